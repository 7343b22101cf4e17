"""Sentences: the text cut into sentences, page boilerplate (comment forms,
"Powered by" footers) left out."""

from __future__ import annotations

import bisect

from spacekg.core.text import sentence_spans
from spacekg.extract.patterns import BOILERPLATE


def sentences(text: str) -> list[tuple[int, int]]:
    # One search over the whole text (its words never cross a sentence's end), then the sentences that hold a match.
    spans = sentence_spans(text)
    hits = [m.start() for m in BOILERPLATE.finditer(text)]
    if not hits:
        return spans
    return [(s, e) for s, e in spans if bisect.bisect_left(hits, s) == bisect.bisect_left(hits, e)]
