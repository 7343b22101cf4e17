"""Targets and growth figures every benchmark reports, gathered by `python -m bench`.

A benchmark calls :func:`target` for each issue-#17 target it measures and
:func:`growth` for how its time grows with the work; both print one line of
JSON inside an HTML comment (invisible in the Markdown report), which
``python -m bench`` reads back to print one table of every target with its
measured ratio, and one of growth ratios, at the end of the run.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

MARK = re.compile(r"^<!-- (target|growth) (\{.*\}) -->$", re.MULTILINE)


def load_average() -> str:
    """The 1-minute load average: how busy the (2-core) machine was."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def target(
    name: str, measured: float, limit: float, unit: str = "×", at: str = "", more_is_better: bool = False
) -> None:
    """One target: ``measured`` against ``limit`` (≤ unless ``more_is_better``); ``at``: the size measured."""
    met = measured >= limit if more_is_better else measured <= limit
    record = {"name": name, "measured": round(measured, 3), "limit": limit, "unit": unit, "at": at, "met": met,
              "sense": "≥" if more_is_better else "≤"}  # fmt: skip
    print(f"<!-- target {json.dumps(record, ensure_ascii=False)} -->")


def growth(name: str, base: str, ratios: dict[str, float]) -> None:
    """Time at more work over time at ``base`` work, e.g. ``{"10×": 9.2, "100×": 97.0}``."""
    record = {"name": name, "base": base, "ratios": {k: round(v, 2) for k, v in ratios.items()}}
    print(f"<!-- growth {json.dumps(record, ensure_ascii=False)} -->")


def collect(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The targets and growth records printed in ``text``."""
    targets, growths = [], []
    for kind, payload in MARK.findall(text):
        (targets if kind == "target" else growths).append(json.loads(payload))
    return targets, growths


def summary(targets: list[dict[str, Any]], growths: list[dict[str, Any]], small: bool) -> list[str]:
    """Markdown tables of every target and growth figure."""
    lines = ["## Targets (issue #17)", ""]
    if small:
        lines += ["Small sizes: the figures show the benchmarks run, not whether the targets hold.", ""]
    lines += ["| target | measured at | measured | target | met |", "|---|---|---|---|---|"]
    for t in targets:
        unit = t["unit"]
        lines.append(
            f"| {t['name']} | {t['at']} | {t['measured']:.2f}{unit} | {t['sense']} {t['limit']:g}{unit} "
            f"| {'✓' if t['met'] else '✗'} |"
        )
    lines += ["", "## Growth (time at more work / time at the first size; linear = the work factor)", ""]
    lines += ["| what | first size | ratios |", "|---|---|---|"]
    for g in growths:
        ratios = ", ".join(f"{k} the work: {v:.1f}×" for k, v in g["ratios"].items())
        lines.append(f"| {g['name']} | {g['base']} | {ratios} |")
    return lines
