"""Extraction stays linear in the length of the text, checked by counting work, not by timing it.

A rule that scans every earlier mention for each sentence makes extraction quadratic; twice this
project's rounds shipped one (a same-person lookup, then a filter of the whole history for each
'the company'), and only the benchmark's growth line saw it. Here the number of Python function
calls (Python and C: a loop of regular-expression calls over the earlier mentions, as the resolution numbers of
the v17 round did, makes no Python call) made while extracting a text is counted (``sys.setprofile``: deterministic, the same on any
machine and under any load) for a text and for the same prose four times as long. Linear work gives
a ratio of about 4 (3.8 here: warm caches make the long text a little cheaper per character); the
quadratic 'the company' filter gave 5.6 on these sizes, so the bound sits between them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset

CORPUS = Path(__file__).resolve().parent / "corpus"
SIZE = 120_000
BOUND = 4.6  # (15% over linear)


def prose(size: int) -> str:
    """The development texts joined and repeated to ``size`` characters (as bench.extract's speed table)."""
    paragraph = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return (paragraph * (size // len(paragraph) + 1))[:size]


def calls(extractor: RuleExtractor, text: str) -> int:
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        extractor.extract(text, "growth.txt", "0" * 64)
    finally:
        sys.setprofile(None)
    return count


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    found = RuleExtractor(dataset)
    found.extract(prose(20_000), "warm-up.txt", "0" * 64)  # expressions compiled, caches filled
    return found


def test_four_times_the_text_is_about_four_times_the_work(extractor: RuleExtractor) -> None:
    short, long = calls(extractor, prose(SIZE)), calls(extractor, prose(4 * SIZE))
    ratio = long / short
    assert ratio <= BOUND, (
        f"{4 * SIZE:,} characters made {ratio:.2f}x the calls of {SIZE:,} (linear is about 4): some rule's work grows "
        "faster than the text; profile both sizes (python -m cProfile) and look for a scan of all earlier mentions"
    )
