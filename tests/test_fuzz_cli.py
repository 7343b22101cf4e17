"""Fuzz the CLI in CI: a few hundred seeded hostile inputs, zero tracebacks.

The generator is bench/fuzz.py's (which runs 2,000+ cases, see
docs/robustness.md); here fewer cases, every 25th in a real subprocess.
"""

from __future__ import annotations

import os

from bench.fuzz import run

CASES = int(os.environ.get("SPACEKG_FUZZ_CASES", "300"))


def test_fuzzed_cli_inputs_never_end_in_a_traceback() -> None:
    failures: list[str] = []
    counts = run(CASES, seed=7, subprocess_every=25, report=failures.append)
    assert failures == []
    assert sum(tally["cases"] for tally in counts.values()) == CASES
    # The generator reaches both answers and refusals (it is not only feeding syntax errors).
    assert all(tally["exit 2"] > 0 for tally in counts.values())
    assert sum(tally["exit 0"] for tally in counts.values()) > 0
