"""Hyphenated names that open with a known acronym ('UN-Example', 'EU-EXAMPLE', 'ESA-Example'): one new name,
not the known body it opens with.

Unseen prose lost such ends to the acronym inside them (names24: the known 'UN' linked inside a programme's
name, the relation to the programme gone). The whole token is one name when the acronym is known (or in the
gazetteer) and the part after the hyphen is a capitalised word that names nothing known itself: two known names
joined are two names ('the ESA-NASA team', 'the EU-Japan summit'), a country's adjective is a description
('US-Soviet talks'), a lower-case part a compound adjective ('UN-backed', 'NASA-funded'). The type comes from
the noun after it ('the UN-Example programme'), else an organization (typed a programme by default, the body that runs it gained false leads and participatesIn).
"""

from __future__ import annotations

import re
from typing import Any

from spacekg.extract.base import Found, slug
from spacekg.extract.linking import Linker

# A known acronym, a hyphen, one capitalised part ('UN-Example', 'EU-EXAMPLE'; not 'UN-backed', not 'UN-1').
ACRONYM_COMPOUND = re.compile(r"(?<![\w’'.-])([A-Z]{2,6})-([A-Z][A-Za-z]{2,15})(?![\w’'-]|[.,]\d)")
# The noun after the compound that says what it names.
KIND_AFTER = re.compile(r"\s+(programmes?|programs?|initiative|project|satellites?|missions?|network|system)\b")
KINDS = {"program": "Program", "initiative": "Program", "project": "Program", "satellite": "Mission",
         "mission": "Mission", "network": "Facility", "system": "Program"}  # fmt: skip


def acronym_compounds(linker: Linker, text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    """The hyphenated names of one sentence that open with a known acronym, as new entities."""
    sentence = text[start:end]
    found: list[Found] = []
    for match in ACRONYM_COMPOUND.finditer(sentence) if "-" in sentence else ():
        acronym, part = match.group(1), match.group(2)
        whole = match.group(0)
        if whole in names or (acronym not in names and acronym not in linker.gazetteer):
            continue
        if part in names or part in linker.gazetteer or part.upper() in names or linker.nationality(part):
            continue  # 'ESA-NASA', 'EU-Japan', 'US-Soviet': two names, or a name and a country's adjective
        kind = KIND_AFTER.match(sentence, match.end())
        word = kind.group(1).lower().rstrip("s").removesuffix("me") if kind else ""
        found.append(Found(start + match.start(), start + match.end(), slug(whole), new=True,
                           type=KINDS.get(word, "Organization"), label=whole, confidence=0.5,
                           rule="hyphenated name opening with an acronym"))  # fmt: skip
    return found
