"""What the role and construction rules ask of a sentence (:class:`SentenceView`, implemented by
``spacekg.extract.relations.SentenceView``) and what they return (:data:`Role`); a module of its own so
that :mod:`~spacekg.extract.roles` and :mod:`~spacekg.extract.constructions`, which roles calls, share
them without importing each other."""

from __future__ import annotations

import re
from typing import Protocol

from spacekg.extract.base import Found
from spacekg.extract.linking import Linker
from spacekg.extract.salience import Salience


class SentenceView(Protocol):
    """What these rules ask of a sentence (``spacekg.extract.relations.SentenceView``, which calls them)."""

    linker: Linker
    text: str
    sentence: str
    start: int
    end: int
    mentions: list[Found]
    salience: Salience | None  # the text's running salience (None outside the pipeline)

    def is_(self, mention: Found, cls: str) -> bool: ...
    def before(self, pos: int) -> list[Found]: ...
    def after(self, pos: int) -> list[Found]: ...
    def group(self, items: list[Found], last: bool) -> list[Found]: ...
    def clause_subject(self, pos: int, domain: str) -> list[Found]: ...
    def own_clause(self, subject: Found, pos: int) -> bool: ...
    def relative_object(self, pos: int, range_: str) -> Found | None: ...
    def clause_end(self, pos: int) -> int: ...
    def company(self, mention: Found) -> bool: ...


# (subject, relation, object, the match of the verb that states it or None, rule)
Role = tuple[Found, str, Found, "re.Match[str] | None", str]
