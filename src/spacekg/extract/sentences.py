"""Sentences: the text cut into sentences, page boilerplate (comment forms,
"Powered by" footers) left out."""

from __future__ import annotations

from spacekg.core.text import sentence_spans
from spacekg.extract.patterns import BOILERPLATE


def sentences(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentence_spans(text) if not BOILERPLATE.search(text[s:e])]
