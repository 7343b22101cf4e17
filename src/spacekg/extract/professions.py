"""A nationality before a person's profession (GUIDELINES.md, "Nationality
before a profession", settled in the v23 round): ``Jane Doe, an Examplian
astronomer``, ``Jane Doe is a German civil engineer``, ``Jane Doe, the
Ukrainian-born investor``, ``the Finnish physicist Jane Doe``, ``A Canadian
astronaut, Jane Doe,`` make the person ``affiliatedWith`` the country.

What gives nothing: a nationality before a body's noun (``a scientist at the
Italian Space Agency``, ``the Russian agency's chief engineer``: the body, not
the country), a nationality that is not an adjective of the person's noun
(``an expert on Chinese rockets``, ``a French-speaking engineer``,
``an American football player``), a profession that is no apposition of the
name (``Jane Doe met an Italian scientist``), a possessive (``the American
astronomer's wife, Jane Doe``).

Nouns of state service and civic standing (``a Russian diplomat``, ``an
American businessman``) are :mod:`~spacekg.extract.offices`'s (``cosmonaut``
both read); this module
reads the professions, in apposition after the name, fronted before it, and
fronted with a comma (``An Italian astronaut, Jane Doe,``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacekg.extract.base import Found

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# The person's noun: a profession ('cosmonaut' offices.py reads too, as state service: the two facts are one entry
# in the candidates file, and the plural after a list is read only here), with up to two lower-case words of its field before it ('civil engineer',
# 'plasma physicist', 'test pilot'), and nothing that makes it a compound or a possessive after it.
_PROFESSION = (
    r"(?:[a-z]+\s+){0,2}?(?:scientist|astronomer|astrophysicist|physicist|chemist|biologist|geologist|"
    r"mathematician|engineer|astronaut|cosmonaut|taikonaut|spationaut|pilot|aviator|aviatrix|researcher|inventor|"
    r"investor|entrepreneur|explorer|designer|architect|economist|historian|physician|doctor|surgeon|journalist|"
    r"writer|professor|academic|rocketeer|meteorologist|astrobiologist|geophysicist|cosmologist)"
)
PROFESSION_AFTER = re.compile(rf"(?:-born)?\s+{_PROFESSION}s?\b(?![-'’])")
BORN_THEN = re.compile(r"-born\s+(?=[A-Z])")
# The same noun closing the fronted apposition right before the name ('the Finnish physicist Jane Doe').
PROFESSION_BEFORE_NAME = re.compile(rf"(?:-born)?\s+{_PROFESSION}\s+$")
# ', an', ' is a', ' was a former', ', the': the apposition or the copula after the person's name.
APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+\d{1,3}(?=,))?"
    r"(?:\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+(?:also\s+)?(?:a|an)|,\s+(?:a|an|the))\s+"
    r"(?:(?:first|second|third|only|former|retired|young|leading|noted|renowned|veteran|prominent|distinguished|"
    r"pioneering|celebrated|well-known|famous)\s+)?"
)
# What stands before the nationality of a fronted noun: a determiner (and an adjective) or nothing after the
# sentence's opening or a comma ('Italian astronomer Jane Doe said').
FRONT_DETERMINER = re.compile(
    r"(?:\b(?:the|The|a|A|an|An)\s+(?:(?:former|retired|young|leading|noted|renowned|veteran|prominent|"
    r"distinguished|pioneering|celebrated|well-known|famous)\s+)?|^\s*|[,;:]\s+)$"
)
# 'A Canadian astronaut, Jane Doe, …' opening the sentence or a clause (both read on the sentence cut out of the
# text: '^' does not match at a search's start position).
FRONTED_COMMA = re.compile(rf"(?:-born)?\s+{_PROFESSION},\s+$")
CLAUSE_START = re.compile(r"(?:^\s*|[,;:]\s+(?:and\s+)?|\b(?:when|while|after|before|because|but)\s+)$")
FRONT_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:former|retired|young|veteran)\s+)?$")
# (offices.py reads its appositions with these two as well)
SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|argued|wrote|believes|thinks)\b")
# ', two Italian astronauts', ', both German engineers': a plural noun in apposition to a list of names.
LIST_APPOSITION = re.compile(r",\s+(?:two|three|four|five|both|all)\s+")
PLURAL_PROFESSION = re.compile(rf"(?:-born)?\s+{_PROFESSION}s\b(?![-'’])")
LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
SHORT_FORM = re.compile(r"U\.?S\.?|U\.?K\.?|USA|UAE")
PERSONAL_PRONOUN = re.compile(r"[Hh]e|[Ss]he")


def professionals(view: SentenceView) -> list[Role]:
    """Each person a nationality names before the person's profession, in apposition or after a copula."""
    found: list[Role] = []
    for person in view.mentions:
        pronoun = person.rule == "anaphor" and PERSONAL_PRONOUN.fullmatch(view.text, person.start, person.end)
        if not view.is_(person, "Person") or (person.rule == "anaphor" and not pronoun):
            continue
        countries = _national_after(view, person)
        before = None if countries or pronoun else _national_before(view, person)
        for country in countries or ([before] if before is not None else []):
            found.append((person, "affiliatedWith", country, None, "nationality before a profession"))
        if not pronoun:
            found += _listed(view, person)
    return found


def _listed(view: SentenceView, last: Found) -> list[Role]:
    """'Jane Doe and John Roe, two Italian astronauts,': each person of the list the plural noun closes."""
    opening = LIST_APPOSITION.match(view.text, last.end, view.end)
    country = _country(view, opening.end()) if opening is not None else None
    if country is None or PLURAL_PROFESSION.match(view.text, country.end, view.end) is None:
        return []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor" and m.end <= last.start]
    listed = [last]
    for person in reversed(people):
        if not LIST_JOINT.fullmatch(view.text, person.end, listed[-1].start):
            break
        listed.append(person)
    if len(listed) < 2:
        return []  # ('Jane Doe, two Italian astronauts': no list)
    return [(person, "affiliatedWith", country, None, "nationality before a profession") for person in listed]


def _country(view: SentenceView, start: int, end: int | None = None) -> Found | None:
    """The country whose adjective starts at ``start`` (and ends at ``end``, if given)."""
    for mention in view.mentions:
        if mention.start != start or (end is not None and mention.end != end):
            continue
        if view.is_(mention, "Country") and _adjective(view, mention):
            return mention
    return None


def _adjective(view: SentenceView, country: Found) -> bool:
    """A country's adjective ('Italian') or its short form ('US', 'UK': 'a US astronaut'), not its name ('Italy')."""
    word = view.text[country.start : country.end]
    return view.linker.nationality(word) or SHORT_FORM.fullmatch(word) is not None


def _national_after(view: SentenceView, person: Found) -> list[Found]:
    """'Jane Doe, an Examplian astronomer', 'Jane Doe is a German civil engineer', 'Jane Doe, a German-born
    American engineer' (both countries)."""
    opening = APPOSITION.match(view.text, person.end, view.end)
    country = _country(view, opening.end()) if opening is not None else None
    if country is None:
        return []
    born = BORN_THEN.match(view.text, country.end, view.end)
    second = _country(view, born.end()) if born is not None else None
    if second is not None and PROFESSION_AFTER.match(view.text, second.end, view.end) is not None:
        return [country, second]
    return [country] if PROFESSION_AFTER.match(view.text, country.end, view.end) is not None else []


def _national_before(view: SentenceView, person: Found) -> Found | None:
    """'the Finnish physicist Jane Doe', 'A Canadian astronaut, Jane Doe, will fly'."""
    low = max(view.start, person.start - 80)
    noun = PROFESSION_BEFORE_NAME.search(view.text, low, person.start)
    comma = None if noun is not None else FRONTED_COMMA.search(view.text, low, person.start)
    closing = noun or comma
    if closing is None:
        return None
    country = next(
        (m for m in view.mentions if m.end == closing.start() and view.is_(m, "Country") and _adjective(view, m)),
        None,
    )
    if country is None:
        return None
    if noun is not None:
        return country if FRONT_DETERMINER.search(view.text[view.start : country.start]) else None
    # the comma-fronted apposition: an article opening a clause, no speech verb or own body after the name
    article = FRONT_ARTICLE.search(view.text, max(view.start, country.start - 20), country.start)
    if article is None or not CLAUSE_START.search(view.text[view.start : article.start()]):
        return None
    if SPEECH_AFTER.match(view.text, person.end, view.end):
        return None  # ('The Italian astronaut, Jane Doe said, …': a parenthetical speaker)
    # ('A Canadian astronaut, Jane Doe of the Example Agency': the country and the body, as GUIDELINES' example
    # and the golds have it; offices._nationals keeps the body alone for a noun of state service)
    return country
