"""Text that no sentence of prose holds: the extractor with and without its sentence bounds.

Some rules' regular expressions backtrack faster than linearly in a sentence's length. Prose never shows it (the
longest development sentence has 563 characters), but a table, a page margin or a dump without full stops does.
The shipped extractor cuts a run of eight or more blank characters and a stretch of more than 1,000 characters
without a sentence end into sentences of their own (``spacekg.extract.sentences``); the baseline is the same
extractor with both bounds switched off. Side by side, in interleaved rounds, CPU seconds of this process:

    python -m bench.extract_bounds --size 8000 --rounds 3
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import spacekg.extract.sentences as sentences
from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import load_dataset

ROOT = Path(__file__).resolve().parent.parent
NEVER = re.compile(r"(?!)")


def inputs(size: int) -> dict[str, str]:
    rng = random.Random(7)
    words = ["Norway", "Chile", "and", "the", "Example", "Agency", "said", "signed", "of", "which", "not", "will",
             "Treaty", "NASA", "in", "2020", "who", "its", "head"]  # fmt: skip
    return {
        "a run of blank space": "NASA" + " " * (size // 8) + "signed.",  # (the baseline grows by its cube)
        "words without a full stop": " ".join(rng.choice(words) for _ in range(size // 5)),
        "names separated by commas": ", ".join(["Norway"] * (size // 8)) + " signed it.",
    }


def timed(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--size", type=int, default=8000, help="characters of the wordy inputs, an eighth of it blank (default 8000)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    extractor = RuleExtractor(load_dataset([ROOT / "data" / "facts"]))
    extractor.extract("NASA signed the Artemis Accords.", "warm.txt", "0" * 64)
    shipped = (sentences.MAX_SENTENCE, sentences.LONG_GAP)
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.rounds):
        for name, text in inputs(args.size).items():
            for mode in ("unbounded", "bounded"):
                sentences.MAX_SENTENCE, sentences.LONG_GAP = shipped if mode == "bounded" else (10**9, NEVER)
                try:
                    took = timed(functools.partial(extractor.extract, text, "bounds.txt", "0" * 64))
                finally:
                    sentences.MAX_SENTENCE, sentences.LONG_GAP = shipped
                best[name, mode] = min(took, best.get((name, mode), took))
    print(f"{args.size:,} characters per input; best CPU seconds of {args.rounds} interleaved rounds\n")
    print("| input | unbounded (baseline) | bounded (shipped) | ratio |")
    print("|---|---|---|---|")
    for name in inputs(args.size):
        slow, fast = best[name, "unbounded"], best[name, "bounded"]
        print(f"| {name} | {slow:.2f} s | {fast:.2f} s | {slow / max(fast, 1e-3):.0f}x |")


if __name__ == "__main__":
    main()
