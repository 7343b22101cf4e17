"""Dates: day, month and year as the text gives them, each with the span of
its own words ('April 2024' in 'in April 2024', '23 August', 'July'), so a
reviewer sees which clause it belongs to. A year the text does not give is
never added; a year inside a name ('Fiscal year 2024', 'Vision 2030', an
act's title) is not a date; a month alone counts only after a preposition
('in July', not 'May' the verb)."""

from __future__ import annotations

import re
from typing import Any

from spacekg.extract.base import Candidates
from spacekg.extract.literals import scan
from spacekg.extract.patterns import MONTHS

# 'Dec 13', '5 Sept. 2021': abbreviated months, only beside a day or a year ('Mar' alone is no date).
ABBREVIATED = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
               "Nov": 11, "Dec": 12}  # fmt: skip
_MONTH = "|".join(MONTHS)
_SHORT = "|".join(sorted(ABBREVIATED, key=len, reverse=True))
_DAY_MONTH = rf"(?:{_MONTH}|(?:{_SHORT})\.?)"
_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"
DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_DAY_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_DAY_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<y2>{_YEAR}))?(?![\d:])"
    rf"|(?P<m3>{_DAY_MONTH})(?:\s+of)?\s+(?P<y3>{_YEAR})"
    rf"|(?P<m4>{_MONTH})"
    rf"|(?P<y4>{_YEAR}))\b(?![-/.]\d)"
)
# 'in July', 'since March', 'early June', 'last September': a month alone, as a date.
MONTH_CONTEXT = re.compile(
    r"\b(?:in|by|since|until|till|from|during|before|after|through|of|early|late|mid|last|next|this|that|each|every|"
    r"between|and|or|to)[\s-]+$",
    re.IGNORECASE,
)
# What makes a year part of a name: 'Fiscal year 2024', 'FY 2024', 'Act, 2024', 'Vision 2030'.
YEAR_IN_NAME = re.compile(r"(?:\b[Yy]ear\s+|\bFY\s*|\bAct,?\s+(?:of\s+)?|\b[A-Z][a-z]+\s+)$")
OPENERS = {"In", "By", "Since", "Until", "From", "During", "Before", "After", "Through", "Of", "And", "Or", "Between",
           "Early", "Late", "Last", "Next", "This", "That", "Circa", "Around", "To", "On", "At"}  # fmt: skip


def dates(text: str, start: int, end: int, candidates: Candidates) -> None:
    sentence = text[start:end]
    if not any(d in sentence for d in "0123456789") and not any(m in sentence for m in MONTHS):
        return  # no digit and no month: no date (a cheaper test than the expression)
    for match in scan(DATE, sentence):
        found = _date(sentence, match)
        if found is not None:
            found["span"] = [start + match.start(), start + match.end()]
            candidates.dates.append(found)


def _month(word: str) -> int:
    return MONTHS.get(word) or ABBREVIATED[word.rstrip(".")]


def _date(sentence: str, match: re.Match[str]) -> dict[str, Any] | None:
    groups = match.groupdict()
    month = next((_month(groups[k]) for k in ("m1", "m2", "m3", "m4") if groups[k]), None)
    day = next((int(groups[k]) for k in ("d1", "d2") if groups[k]), None)
    year = next((int(groups[k]) for k in ("y1", "y2", "y3", "y4") if groups[k]), None)
    before = sentence[: match.start()]
    if groups["m4"] and not MONTH_CONTEXT.search(before):
        return None  # 'May' the verb, 'March' the noun
    if groups["y4"]:
        name = YEAR_IN_NAME.search(before)
        if name and name.group(0).split()[0] not in OPENERS and name.group(0).split()[0] not in MONTHS:
            return None
    if day is not None and not 1 <= day <= 31:
        return None
    found: dict[str, Any] = {}
    if year is not None:
        found["year"] = year
    if month is not None:
        found["month"] = month
    if day is not None:
        found["day"] = day
    return found
