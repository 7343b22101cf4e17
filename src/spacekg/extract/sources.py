"""Quotations whose speaker a source line after them names (speakers24).

A primary source, a history column or a speech excerpt prints the words first and says whose they are on a
line of their own after them::

    "We will return to the Moon within five years."

    "The first woman on the Moon will be an American astronaut."

    From the record: Vice President Jane Example at the Space Council, 26 March 2019

or ``— Jane Example, speech at Example University, 1962``. No sentence-by-sentence reading can resolve that
forward reference, so this is read after the text: each quotation paragraph right before such a line, with no
claim yet, is a claim of the person the line names first, with the line as second evidence; what the
quotation states (its facts) is the speaker's proposition, not the writer's fact. A line that only cites a
document ('Source: NASA budget, 2010') names no person and gives nothing; nor does a quotation separated from
the line by a sentence of the writer's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.claims import Claimed, insert_in_order

# The line's opening: a dash, or 'From …:', 'Source:', 'Excerpt from …:' (up to a colon on the line), or 'From'.
SOURCE_OPENING = re.compile(
    r"[ \t]*(?:[—–―]|-{1,2})[ \t]*|[ \t]*(?:From|Source|Excerpt|Extract|Quoted|Quote)\b[^:\n“”\"]{0,40}:[ \t]*"
    r"|[ \t]*From[ \t]+"
)
# 'Jane Example, speech at …', 'Jane Example, in an address to …': a line that opens with the name and says what
# kind of words they were.
KIND_AFTER_NAME = re.compile(
    r"[’']?s?,?[ \t]+(?:in[ \t]+)?(?:(?:a|an|the|her|his|their)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:speech|address|remarks|statement|testimony|interview|letter|lecture|broadcast|message|at|to|before)\b"
)
QUOTE_OPENING = re.compile(r"\s*[“\"]")
MAX_PARAGRAPHS = 8  # quotations above one source line


class _Lines:
    """The text's lines, found once: the line around an offset in O(log n) (the pass stays linear)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.size = len(text)

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else self.size
        return self.starts[index], end


def _source_person(
    is_: Callable[[Found, str], bool], text: str, line: tuple[int, int], mentions: list[Found]
) -> Found | None:
    """The person a source line names first, when the line is one ('— Jane Example, …', 'From the record: Vice
    President Jane Example at …', 'From Jane Example's address …'); None for any other line."""
    start, end = line
    body = text[start:end]
    if not body.strip() or QUOTE_OPENING.match(body) or any(q in body for q in '“”"'):
        return None
    people = [m for m in mentions if start <= m.start and m.end <= end and is_(m, "Person")]
    if not people:
        return None
    first = people[0]
    opening = SOURCE_OPENING.match(text, start)
    if opening is not None:
        # only titles between the opening and the name ('From the record: Vice President Jane Example')
        between = text[opening.end() : first.start]
        if len(between.split()) <= 4 and not re.search(r"[,.;]", between):
            return first
        return None
    # 'Jane Example, speech at Example University, 1962'
    if not text[start : first.start].strip() and KIND_AFTER_NAME.match(text, first.end):
        return first
    return None


def source_lines(is_: Callable[[Found, str], bool], candidates: Candidates, spans: list[tuple[int, int]]) -> None:
    """Claims of the quotations a source line after them attributes. ``spans`` are the text's sentences in
    order; linear in the text (each sentence looked at once as a line's end, a bounded walk back from it)."""
    text = candidates.text
    claimed = Claimed(candidates.claims)
    persons = [m for m in candidates.mentions if is_(m, "Person")]
    new: list[dict[str, Any]] = []
    index = 0
    lines = _Lines(text)
    for number, (start, _) in enumerate(spans):
        line = lines.at(start)
        if text[line[0] : start].strip():
            continue  # the sentence does not open its line
        while index < len(persons) and persons[index].end <= line[0]:
            index += 1
        nearby = persons[index : index + 4]
        person = _source_person(is_, text, line, nearby)
        if person is None:
            continue
        quotes: list[tuple[int, int]] = []
        for before in reversed(spans[max(0, number - MAX_PARAGRAPHS * 3) : number]):
            opening = lines.at(before[0])
            if not QUOTE_OPENING.match(text, opening[0]):
                break  # a sentence of the writer's between the words and the line
            quotes.append(before)
        for low, high in reversed(quotes):
            if claimed.overlaps(low, high):
                continue
            said = [f for f in candidates.facts if low <= f["evidence"][0][0] and f["evidence"][0][1] <= high]
            claim: dict[str, Any] = {"speaker": person.entity, "evidence": [[low, high], list(line)],
                                     "confidence": 0.5}  # fmt: skip
            if not said:
                new.append(claim)
            for fact in said:
                entry = {**claim, "proposition": {k: fact[k] for k in ("subject", "relation", "object")}}
                if fact.get("modality"):
                    entry["modality"] = fact["modality"]
                new.append(entry)
            gone = {id(f) for f in said}
            candidates.facts[:] = [f for f in candidates.facts if id(f) not in gone]
    if new:
        candidates.claims = insert_in_order(candidates.claims, new)
