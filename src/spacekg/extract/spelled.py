"""A name spelled out in apposition right after its acronym is the acronym's entity (bodies23, v22 round):
``EXAMSAT, the European Organisation for the Example of Meteorological Satellites, is based in …``. The long
name's own guess (a new body) is dropped, so what the clause after it says goes to the acronym's entity, not
to a second body beside it (that gave a false part and a false seat).

The acronym's letters must all appear, in order, in the long name's letters, the first on its first letter
(``EUMETSAT`` in ``EUropean … METeorological SATellites``; ``NASA, the European Space Agency`` is no spelling of
it; an acronym the text has not defined takes the long name's type), and the long name must close the apposition (a comma, a bracket, a full stop): ``ESA, the Example Agency
and NASA`` is a list, not a name."""

from __future__ import annotations

import re
from typing import Any

from spacekg.extract.base import Found, copied

# Between the acronym and its long name: a comma and an article ('EXAMSAT, the …').
APPOSED = re.compile(r",\s+(?:the\s+)?")
ACRONYM = re.compile(r"[A-Z][A-Z-]{1,11}")
CLOSES = re.compile(r"\s*(?:[,;.)]|\(|$)")
SPELLED_TYPES = ("Organization", "Program", "Facility")


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters appear in order in the name's, the first on the name's first letter."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w[:1].isupper()]
    if not letters or not words or words[0][0].lower() != letters[0]:
        return False
    flat = iter("".join(words).lower())
    return all(letter in flat for letter in letters)


def spelled_out(linker: Any, text: str, mentions: list[Found]) -> list[Found]:
    """The sentence's mentions, with a new long name right after its acronym made a mention of the acronym's entity."""
    is_ = linker.is_
    kept: list[Found] = []
    for mention in mentions:
        if mention.new and len(text[mention.start : mention.end].split()) >= 3:
            acronym = next(
                (
                    m
                    for m in reversed(kept)
                    if m.end <= mention.start and APPOSED.fullmatch(text, m.end, mention.start) is not None
                ),
                None,
            )
            if (
                acronym is not None
                and ACRONYM.fullmatch(text, acronym.start, acronym.end)
                and CLOSES.match(text, mention.end)
                and (acronym.new or any(is_(acronym, kind) and is_(mention, kind) for kind in SPELLED_TYPES))
                and _spells(text[acronym.start : acronym.end], text[mention.start : mention.end])
            ):
                if acronym.new and acronym.type != mention.type:
                    # ('EXAMSAT' guessed a craft by its letters: the long name's head word says what it is)
                    kept[kept.index(acronym)] = acronym = copied(acronym, type=mention.type)
                kept.append(
                    copied(
                        mention,
                        entity=acronym.entity,
                        new=acronym.new,
                        type=acronym.type,
                        label=acronym.label,
                        rule="spelled out after its acronym",
                    )
                )
                continue
        kept.append(mention)
    return kept
