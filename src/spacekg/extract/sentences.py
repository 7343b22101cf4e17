"""Sentences: the text cut into sentences, page boilerplate (comment forms,
"Powered by" footers) left out."""

from __future__ import annotations

import bisect
import re

from spacekg.core.text import sentence_spans
from spacekg.extract.patterns import BOILERPLATE

# BOILERPLATE's phrases when it is a case-blind list of plain phrases, else None. A text whose lowered copy holds
# none of them has no match: ASCII letters lower the same everywhere and no other character lowers to one, except
# the four below, which an ASCII letter matches when case is ignored (and İ, which lowers to two characters).
_SPLIT = BOILERPLATE.pattern.removeprefix("(?i)").split("|")
_PLAIN = bool(BOILERPLATE.flags & re.IGNORECASE) and all(re.fullmatch(r"[a-z ]+", p) for p in _SPLIT)
_PHRASES: list[str] | None = _SPLIT if _PLAIN else None
_FOLDS = ("İ", "ı", "ſ", "\u212a")
# Each of the four as the ASCII letter it matches: a text with them translated, then lowered, has an ASCII letter
# exactly where the case-blind search matches that letter, and as many characters ('İ' is one 'i' before lowering).
_FOLDED = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
# The same phrases, case kept, for the lowered text: re finds an alternation of plain words by their first
# letters at once, where the case-blind one is tried at every place (a text without the four letters
# above lowers to as many characters, so the places are the same).
_LOWERED = re.compile("|".join(_PHRASES)) if _PHRASES is not None else None


def _lowered(text: str) -> str:
    """``text`` lowered, the four letters above first written as the ASCII letters they match."""
    if not text.isascii() and any(c in text for c in _FOLDS):
        text = text.translate(_FOLDED)
    return text.lower()


def _no_boilerplate(text: str) -> bool:
    """True when BOILERPLATE cannot match in ``text`` (one ``in`` test per phrase instead of a case-blind search)."""
    if _PHRASES is None:
        return False
    lowered = _lowered(text)
    return not any(phrase in lowered for phrase in _PHRASES)


def boilerplate(text: str) -> list[int]:
    """Where BOILERPLATE matches in ``text`` (its phrases searched in the lowered text when that is the same;
    the case-blind search over a long text that holds one of the four letters above took about a tenth of a
    second per 250,000 characters)."""
    if _LOWERED is None:
        return [m.start() for m in BOILERPLATE.finditer(text)]
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return [m.start() for m in BOILERPLATE.finditer(text)]
    return [m.start() for m in _LOWERED.finditer(lowered)]


# The rules read one sentence at a time, some of them in time that grows faster than its length; so what no
# sentence of prose holds is a boundary too: a run of blank space (a table's columns, a page's margin) and more
# than MAX_SENTENCE characters without an end (a list or a dump without full stops), cut at its last semicolon,
# comma or space. No development text has either (their longest sentence is 563 characters).
# A space of one character other than the plain one: a tab, a no-break, figure, thin or ideographic space.
OTHER_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """``text`` with each one-character space other than the plain one (a no-break space copied from a web
    page, a thin space, a tab) written as a plain space: the same length, so every offset into the result is
    one into ``text``. The rules are written with plain spaces between words."""
    return OTHER_SPACE.sub(" ", text) if "\t" in text or not text.isascii() else text


LONG_GAP = re.compile(r"\s{8,}")
MAX_SENTENCE = 1000
CUT = re.compile(r"[;,]\s|\s")


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        pieces = []
        at = start
        for gap in LONG_GAP.finditer(text, start, end):
            pieces.append((at, gap.start()))
            at = gap.end()
        pieces.append((at, end))
        for low, high in pieces:
            while high - low > MAX_SENTENCE:
                cuts = [m.end() for m in CUT.finditer(text, low + MAX_SENTENCE // 2, low + MAX_SENTENCE)]
                semicolons = [m.end() for m in CUT.finditer(text, low + MAX_SENTENCE // 2, low + MAX_SENTENCE)
                              if text[m.start()] in ";,"]  # fmt: skip
                cut = (semicolons or cuts or [low + MAX_SENTENCE])[-1]
                bounded.append((low, len(text[low:cut].rstrip()) + low))
                low = cut + len(text[cut:high]) - len(text[cut:high].lstrip())
            if low < high:
                bounded.append((low, high))
    return bounded


def sentences(text: str) -> list[tuple[int, int]]:
    # One search over the whole text (its words never cross a sentence's end), then the sentences that hold a match.
    spans = sentence_spans(text)
    if any(end - start > MAX_SENTENCE or LONG_GAP.search(text, start, end) for start, end in spans):
        spans = _bounded(text, spans)
    hits = [] if _no_boilerplate(text) else boilerplate(text)
    if not hits:
        return spans
    return [(s, e) for s, e in spans if bisect.bisect_left(hits, s) == bisect.bisect_left(hits, e)]
