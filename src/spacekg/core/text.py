"""Plain-text helpers: sentence spans and phrase search over a source text.

Offsets are Python string indices, i.e. Unicode code points of the
UTF-8-decoded text, which is what ``oa:TextPositionSelector`` counts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from spacekg.errors import SourceError, SpaceKGError

# A sentence ends at . ! or ? (optionally followed by closing quotes or
# brackets) when whitespace and an upper-case letter, digit or opening quote
# follow; a blank line always ends one.
# A title before a name ('Dr. Jane Doe', 'Gen. John Roe') and a person's initial ('V. Narayanan') end no sentence.
_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Sen", "Rep", "Gov", "Maj")  # fmt: skip
# (Checked after the full stop, so the search still jumps from one '.', '!' or '?' to the next.)
NOT_AFTER_TITLE = (
    "".join(rf"(?<!\b(?:{'|'.join(t for t in _TITLES if len(t) == n)})\.)" for n in sorted({len(t) for t in _TITLES}))
    + r"(?<![\s(][A-Z]\.)"
)
# After a dotted abbreviation ('U.S.', 'U.N.') only a word that opens sentences starts a new one ('the U.N.
# General Assembly' is one sentence), and no number does ('H.R. 2262', a bill's designation).
_OPENERS = (
    "The|A|An|In|On|At|It|He|She|They|We|I|This|That|These|Those|But|And|Its|His|Her|Their|There|For|By|As|"
    "After|Before|When|While|Since|If|Some|Many|Most|Other|Both|Neither|No|Yet|So|Then|Now|Still|However|Also"
)
NOT_AFTER_ABBREVIATION = rf"(?!(?<=\b[A-Z]\.[A-Z]\.)\s+(?:(?!(?:{_OPENERS})\b)[A-Z]|\d))"
_END = re.compile(
    r"""[.!?]"""
    + NOT_AFTER_TITLE
    + NOT_AFTER_ABBREVIATION
    + r"""["”’)\]]*(?=\s+["“‘(]?[A-Z0-9])|[.!?]["”’)\]]*\s*$|\n\s*\n"""
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``.

    Spans exclude surrounding whitespace; ``text[start:end]`` is the sentence.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _END.finditer(text):
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append_trimmed(text, pos, end, spans)
        pos = match.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((start + lead, start + lead + len(stripped)))


def sentence_boundaries(text: str) -> tuple[set[int], set[int]]:
    """Return the sets of sentence start and end offsets."""
    spans = sentence_spans(text)
    return {s for s, _ in spans}, {e for _, e in spans}


def locate(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Yield the sentence spans that contain ``phrase`` (case-sensitive)."""
    for start, end in sentence_spans(text):
        if phrase in text[start:end]:
            yield start, end


def phrase_spans(text: str, phrase: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Yield ``(phrase span, sentence span)`` for every occurrence of
    ``phrase`` (case-sensitive, overlapping ones too); a phrase that runs
    across a sentence end gets the span of all the sentences it touches."""
    if not phrase:
        return
    sentences = sentence_spans(text)
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        touched = [s for s in sentences if s[0] < end and start < s[1]] or [(start, end)]
        yield (start, end), (touched[0][0], touched[-1][1])
        start = text.find(phrase, start + 1)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source(path: Path) -> tuple[str, str]:
    """Read a source text as UTF-8; return ``(text, sha256 of its bytes)``."""
    from spacekg.core.limits import read_limited

    data = read_limited(path, SourceError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not UTF-8 (byte {exc.start} is {data[exc.start]:#04x}); convert the file to UTF-8 and try again."
        ) from exc
    return text, sha256_hex(data)


def decode_utf8(data: bytes, what: str, error: type[SpaceKGError] = SpaceKGError) -> str:
    """``data`` as UTF-8 text, or one clear error naming ``what`` and the bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(
            f"{what}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x}); save it as UTF-8 and try again"
        ) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(value: str, what: str, error: type[SpaceKGError] = SpaceKGError) -> str:
    """Refuse text that cannot be written as UTF-8: lone surrogates, which is
    also how Python hands over argument bytes that are not UTF-8."""
    match = _SURROGATE.search(value)
    if match is None:
        return value
    char = ord(match.group())
    if 0xDC80 <= char <= 0xDCFF:  # surrogateescape: an undecodable byte from argv or a file name
        raise error(
            f"{what}: not UTF-8 text (byte {char - 0xDC00:#04x} at position {match.start()}); "
            "pass UTF-8 text (check the terminal's or file's encoding)"
        )
    raise error(
        f"{what}: contains a lone surrogate {match.group()!a} at character {match.start()}, "
        "which is not a character; write the character itself"
    )
