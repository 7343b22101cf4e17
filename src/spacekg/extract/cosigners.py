"""Two parties that sign an agreement with each other are partners (GUIDELINES, reconciliation of the v24 round:
co-signers; sites25), in the shape the verb rules do not read, the passive with the parties after 'by': ``The
agreement was signed by Examplia and Examplo Corp in 2019`` (the active ``A and B signed a memorandum``, ``A signed an agreement with B`` are
read by the verb rules; the relative ``an agreement that A signed with B`` by ``undertakings.py``, participation25).

Only an agreement, memorandum, contract, deal or arrangement between exactly two named bodies counts (not a treaty,
convention, accords, charter, code or declaration that many may join, nor three or more signatories, nor people
who sign for their governments).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found

Fact = Callable[..., None]

DOCUMENT = r"(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|contracts?|deals?|arrangements?)"
# 'The agreement was signed by ': the parties follow.
SIGNED_BY = re.compile(
    r"\b" + DOCUMENT + r"\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:jointly\s+)?signed\s+by\s+(?:the\s+)?"
)
# What ends a list of parties: the next clause, a place, a date.
PARTY_GAP = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")


def _body(view: Any, mention: Found) -> bool:
    """A state, an agency or a company: no person (people sign for their bodies)."""
    return bool(view.is_(mention, "Agent")) and not view.is_(mention, "Person")


def cosigners(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'The agreement was signed by A and B': A and B are partners."""
    by_start = {m.start: m for m in view.mentions}
    for match in SIGNED_BY.finditer(sentence):
        first = by_start.get(start + match.end())
        if first is None or not _body(view, first):
            continue
        gap = PARTY_GAP.match(view.text, first.end)
        second = by_start.get(gap.end()) if gap is not None else None
        if second is None or not _body(view, second) or "and" not in view.text[first.end : second.start]:
            continue
        after = PARTY_GAP.match(view.text, second.end)
        if after is not None and after.end() in by_start and _body(view, by_start[after.end()]):
            continue  # ('signed by A, B and C': three or more signatories sign it, no pair of partners)
        fact(first, "partnerOf", second, cue=match, before=first, rule="co-signers")
