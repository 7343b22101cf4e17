"""Dates: day, month and year as the text gives them, tied to their sentence."""

from __future__ import annotations

from typing import Any

from spacekg.extract.base import Candidates
from spacekg.extract.patterns import MONTH_DAY, MONTHS, YEAR


def dates(text: str, start: int, end: int, candidates: Candidates) -> None:
    sentence = text[start:end]
    for match in MONTH_DAY.finditer(sentence):
        month = MONTHS[match.group(1) or match.group(4)]
        day = int(match.group(2) or match.group(3))
        years = YEAR.findall(sentence[match.end() : match.end() + 8])
        date: dict[str, Any] = {"span": [start, end], "month": month, "day": day}
        if years:
            date["year"] = int(years[0])
        if 1 <= day <= 31:
            candidates.dates.append(date)
    dated = {d.get("year") for d in candidates.dates[-8:] if d["span"] == [start, end]}
    for match in YEAR.finditer(sentence):
        if int(match.group(1)) not in dated:
            dated.add(int(match.group(1)))
            candidates.dates.append({"span": [start, end], "year": int(match.group(1))})
