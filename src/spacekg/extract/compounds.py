"""Names that open with a known body's name and go on (names24): one new name, not the body it opens with.

- Hyphenated names that open with a known acronym ('UN-Example', 'EU-EXAMPLE', 'ESA-Example').
- An organization's name and a word that names a branch of it: a place ('Example Corp Europe', 'Example
  Japan'), a unit's word ('Example Ventures', 'the Example Force Reserve', 'Example International').

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


# A branch's word after an organization's name: places and the words of a subsidiary, a unit or a fund.
BRANCH_WORDS = {"Europe", "America", "Americas", "Asia", "Africa", "International", "Ventures", "Reserve",
                "Capital", "Holdings", "Services", "Solutions", "Innovations", "Italia", "Deutschland"}  # fmt: skip
# A name of one to four capitalised words (the organization's), a space, then one more capitalised word.
EXTENDED = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w&’'-]*|[a-z][a-z]+)(?: [A-Z][\w&’'-]*){0,3}) ([A-Z][a-z]+|[A-Z]{2,3})(?![\w’'-])"
)
BRANCHES = ("Military", "AirForce")  # a military branch's reserve is a military body
ARMED_HEADS = {"Force", "Forces", "Army", "Navy", "Corps", "Guard"}  # 'the Example Force Reserve', named or not


def _organization(linker: Linker, name: str, names: dict[str, Any]) -> str | None:
    """The class of a known or gazetteer name when it names an organization (else None)."""
    if name in names:
        mention = Found(0, 0, names[name][0])
    elif name in linker.gazetteer:
        mention = Found(0, 0, linker.gazetteer[name][0], new=True, type=linker.gazetteer[name][1])
    else:
        return None
    kind = linker.kind(mention)
    if kind is None or linker.is_(mention, "Country") or not linker.is_(mention, "Organization"):
        return None
    return kind


def branch_names(linker: Linker, text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    """'Example Corp Europe', 'Example Ventures', 'the Air Force Reserve': an organization's branch, a new name."""
    sentence = text[start:end]
    found: list[Found] = []
    for match in EXTENDED.finditer(sentence):
        word = match.group(2)
        if word not in BRANCH_WORDS and not _place(linker, word, names):
            continue
        words = match.group(1).split(" ")
        if word == "Reserve" and words[-1] in ARMED_HEADS:
            owner = " ".join(words[1:] if words[0] in ("The", "the") else words)
            label = f"{owner} {word}"
            found.append(Found(start + match.end() - len(label), start + match.end(), slug(label), new=True,
                               type="MilitaryOrganization", label=label, confidence=0.5,
                               rule="an organization's branch"))  # fmt: skip
            continue
        # the organization's name: the longest run of the capitalised words before the branch's word
        for first in range(len(words)):
            owner = " ".join(words[first:])
            kind = _organization(linker, owner, names)
            if kind is not None:
                break
        else:
            continue
        whole = f"{owner} {word}"
        if whole in names or whole in linker.gazetteer:
            continue
        at = start + match.end() - len(whole)
        military = word == "Reserve" and any(b in kind for b in BRANCHES)
        found.append(Found(at, start + match.end(), slug(whole), new=True,
                           type="MilitaryOrganization" if military else "Organization", label=whole,
                           confidence=0.5, rule="an organization's branch"))  # fmt: skip
    return found


def _place(linker: Linker, word: str, names: dict[str, Any]) -> bool:
    """A country's name ('Japan', 'UK'): a subsidiary named after where it is."""
    if word in names:
        return linker.is_(Found(0, 0, names[word][0]), "Country")
    known = linker.gazetteer.get(word)
    return known is not None and known[1] == "Country"
