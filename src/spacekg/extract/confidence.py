"""Confidence that means something: each rule's share of right answers on
the development texts (``lexicon/confidence.tsv``, written by ``python -m
bench.extract --calibrate``), smoothed; rules seen fewer than three times
keep their default."""

from __future__ import annotations

import functools
import re

from spacekg.core.resources import lexicon_text
from spacekg.extract.base import Candidates

HEADER = "# kind\trule\tright\tseen\tconfidence (right + 1) / (seen + 2), from the development texts\n"


@functools.lru_cache(maxsize=1024)
def rule_key(rule: str) -> str:
    """A mention rule without its variable part ('name ending in Agency' → 'name ending in a head word')."""
    return re.sub(r"^name ending in \S+", "name ending in a head word", rule)


def table() -> dict[tuple[str, str], float]:
    found: dict[tuple[str, str], float] = {}
    for line in lexicon_text("confidence.tsv").splitlines():
        if line and not line.startswith("#"):
            kind, rule, _, seen, confidence = line.split("\t")
            if int(seen) >= 3:
                found[(kind, rule)] = float(confidence)
    return found


def calibrate(candidates: Candidates, calibrated: dict[tuple[str, str], float]) -> None:
    for mention in candidates.mentions:
        mention.confidence = calibrated.get(("mention", rule_key(mention.rule)), mention.confidence)
    for fact in candidates.facts:
        if fact.get("rule") == "learned":
            continue  # the model's own probability
        fact["confidence"] = calibrated.get(("fact", fact.get("rule", "")), fact["confidence"])


def write(counts: dict[tuple[str, str], list[int]]) -> str:
    rows = [HEADER]
    for (kind, rule), (right, seen) in sorted(counts.items()):
        # Two decimals, never 1.00: a rule right 285 times of 285 is still not certain.
        rows.append(f"{kind}\t{rule}\t{right}\t{seen}\t{min((right + 1) / (seen + 2), 0.99):.2f}\n")
    return "".join(rows)
