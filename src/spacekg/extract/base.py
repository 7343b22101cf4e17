"""What every stage passes on: a mention (:class:`Found`), the candidates of
one text (:class:`Candidates`), and the :class:`Extractor` interface."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Protocol

from spacekg.core.ids import slugify


@dataclass
class Found:
    """One entity mention: a known entity (``entity``) or a new one."""

    start: int
    end: int
    entity: str
    new: bool = False
    type: str = ""
    label: str = ""
    confidence: float = 0.9
    rule: str = ""


def copied(found: Found, **changes: Any) -> Found:
    """``dataclasses.replace(found, **changes)`` in about a fifth of the time (the short forms and the pronouns copy
    a template for each of thousands of mentions in a long text): ``Found`` has no ``__post_init__`` and every
    field is an argument of ``__init__``, so its attributes copied with ``changes`` written over them make the same
    object (tests/test_extract_speed22.py holds both)."""
    copy = Found.__new__(Found)
    copy.__dict__.update(found.__dict__)
    copy.__dict__.update(changes)
    return copy


@dataclass
class Candidates:
    source: dict[str, Any]
    mentions: list[Found] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""  # the text itself, to show reviewers each candidate's words

    def words(self, span: Any, limit: int = 240) -> str:
        """The text of a span on one line, shortened in the middle past ``limit`` characters."""
        start, end = span
        words = " ".join(self.text[start:end].split())
        return words if len(words) <= limit else words[: limit // 2 - 2] + " … " + words[-(limit // 2 - 2) :]

    def new_entities(self) -> dict[str, list[Found]]:
        found: dict[str, list[Found]] = {}
        for mention in self.mentions:
            if mention.new:
                found.setdefault(mention.entity, []).append(mention)
        return found


class Extractor(Protocol):
    """What an extractor does; a statistical one can replace the rules."""

    def extract(self, text: str, name: str, sha256: str) -> Candidates: ...


POSSESSIVE = re.compile(r"['’]s\b")


def slug(text: str, limit: int = 60) -> str:
    """An id from a name by the project's id rule (cut between words past
    ``limit``); a possessive 's is not part of it, and accented letters lose
    their accents ('Maranhão' → ``maranhao``, not ``maranh-o``)."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return slugify(POSSESSIVE.sub("", text), limit) or "entity"


def trim(name: str) -> str:
    """'Air Force.' at the end of a sentence: the full stop is not part of the
    name (but the ones in 'U.S.' are)."""
    last = name.split()[-1]
    return name[:-1] if last.endswith(".") and last.count(".") == 1 else name


@functools.lru_cache(maxsize=4096)
def proper(name: str) -> bool:
    # ('Yoon Young-bin', 'Moon Jae-in': a given name of two syllables joined by a hyphen is one word)
    name = GIVEN_NAME_OF_SYLLABLES.sub(
        lambda m: m.group(0) if m.group(1) in NOT_SYLLABLES else m.group(0)[: -len(m.group(1)) - 1], name
    )
    words = [w for w in re.split(r"[\s-]+", name) if w.lower() not in ("the", "of", "and", "for", "in", "on", "a")]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# 'the French space agency CNES', 'the Japanese agency NASDA', 'the US launch company Example Orbital': a
# country named before a kind of body and the body's own name qualifies the body (memberships.py).
DESCRIPTOR = (
    r"(?:(?!(?:and|or|nor|with|to|of|in|on|at|for|by|from|the|a|an|is|was|has|had|have|its|their)\s)[a-z][\w-]*\s+){0,2}?"
    r"(?:agency|company|firm|operator|contractor|manufacturer|maker|start-?up|institute|regulator|administration|"
    r"authority|office|ministry|laboratory|lab|consortium|giant|group|provider|centre|center|organi[sz]ation|"
    r"non-?profit|charity|foundation|association|society|venture|body)\s+"
)
# 'Israeli company', 'Examplian non-profit': the words between a country's adjective and the body it describes.
DESCRIBED_GAP = re.compile(rf"\s+{DESCRIPTOR}")
# A given name of two syllables joined by a hyphen, the second in lower case ('Young-bin', 'Jae-in'), as names
# written family name first have it; not a word made with a name ('Musk-led', 'Tokyo-based').
GIVEN_NAME_OF_SYLLABLES = re.compile(r"(?<![\w-])[A-Z][a-z]{1,5}-([a-z]{2,5})(?![\w-])")
NOT_SYLLABLES = {"led", "run", "based", "built", "made", "owned", "born", "era", "style", "class", "type", "like",
                 "wide", "free", "only", "sized", "bound", "due", "size", "scale", "fired", "ready", "lunar", "space",
                 "rich", "poor", "heavy", "light", "long", "short", "new", "old", "high", "low"}  # fmt: skip
