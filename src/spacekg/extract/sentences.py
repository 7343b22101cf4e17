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
# The same phrases, case kept, for the lowered text: re finds an alternation of plain words by their first
# letters at once, where the case-blind one is tried at every place (a text without the four letters
# above lowers to as many characters, so the places are the same).
_LOWERED = re.compile("|".join(_PHRASES)) if _PHRASES is not None else None


def _no_boilerplate(text: str) -> bool:
    """True when BOILERPLATE cannot match in ``text`` (one ``in`` test per phrase instead of a case-blind search)."""
    if _PHRASES is None or (not text.isascii() and any(c in text for c in _FOLDS)):
        return False
    lowered = text.lower()
    return not any(phrase in lowered for phrase in _PHRASES)


def boilerplate(text: str) -> list[int]:
    """Where BOILERPLATE matches in ``text`` (its phrases searched in the lowered text when that is the same)."""
    if _LOWERED is None or (not text.isascii() and any(c in text for c in _FOLDS)):
        return [m.start() for m in BOILERPLATE.finditer(text)]
    lowered = text.lower()
    if len(lowered) != len(text):
        return [m.start() for m in BOILERPLATE.finditer(text)]
    return [m.start() for m in _LOWERED.finditer(lowered)]


def sentences(text: str) -> list[tuple[int, int]]:
    # One search over the whole text (its words never cross a sentence's end), then the sentences that hold a match.
    spans = sentence_spans(text)
    hits = [] if _no_boilerplate(text) else boilerplate(text)
    if not hits:
        return spans
    return [(s, e) for s, e in spans if bisect.bisect_left(hits, s) == bisect.bisect_left(hits, e)]
