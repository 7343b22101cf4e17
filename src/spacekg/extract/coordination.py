"""Coordination: one verb stated once and carried over a list or a later clause.

- Gapping: 'Austria and Norway joined in 1987, Finland in 1995, and Estonia
  and Hungary in 2015': the names (or pairs of names) left with only a time
  phrase of their own repeat the verb and object of the clause before
  (:func:`gapped_subjects`; ``relations`` copies the facts).
- The object left out: 'Austria joined in 1987', 'X, which joined in 2008':
  joining with no object is joining the body the text is about, the one
  organization its headline names (:func:`body_in_focus`).
- Crews carried: 'Example-10 brought A, B and C to the station', 'the
  Example program landed A and B on the Moon': every person listed after a
  craft's verb of carrying takes part in the craft, and in the station they
  were brought to (:func:`carried_crews`); 'X commanded the flight, and with
  him were A and B': the people with him take part in what he led
  (:func:`companions`).
- Objects each with their own job: 'hired A for the launch and B, a Boeing
  subsidiary, to build the satellite' (:func:`coordinated_payees`).

Called by :func:`~spacekg.extract.relations.relations` with its ``fact``
callback, so modality, requests and provenance are handled there.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.literals import may, scan
from spacekg.extract.sentence_view import SentenceView

Fact = Callable[..., None]

# ', Chile in 2021', ' and Peru a year later': a subject with only a time phrase left of its clause.
GAPPED_BEFORE = re.compile(r"(?:[,;]\s+(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?)(?:the\s+)?$")
GAPPED_AFTER = re.compile(
    r"\s+(?:(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d\b|[A-Z][a-z]+\b|\d{1,2}\s+[A-Z][a-z]+)|"
    r"(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|years?)\s+later)[^,;.]{0,20}?(?=[,;.]|\s+and\b|$)"
)
# 'Estonia and Hungary in 2015': names of one gapped clause joined by 'and' (not by a comma, which
# separates the gapped clauses themselves: 'Finland in 1995, Portugal in 2000').
GAPPED_PAIR = re.compile(r"\s+and\s+(?:the\s+)?")
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|from|with|for|on|across|over|between|among|including|like|than|as|into|via|by)\s+(?:the\s+)?$"
)
FOLLOWED_BY = re.compile(r",?\s+(?:followed|joined)\s+(?:soon\s+|later\s+|shortly\s+)?by\s+(?:the\s+)?")
# '…, joining Chile and Peru', '…, following Chile', '…, days after Chile did': others who did it before.
PRECEDED_BY = re.compile(
    r"(?:,\s+(?P<joining>joining|following)|,?\s+(?:(?:just|only|shortly|soon|a|one|two|three|four|five|six|\d{1,2})\s+)?"
    r"(?:(?:days?|weeks?|months?|years?)\s+)?after)\s+(?:the\s+)?"
)
# the verb group that repeats the act after 'after Chile' ('did', 'had', 'had done so')
DID_AFTER = re.compile(r"\s+(?:did|had|had\s+done\s+so|did\s+so)\b")


def gapped_subjects(view: Any) -> list[tuple[Found, str]]:
    """Subjects whose verb and object are left out: 'Norway signed it in 2020,
    Chile in 2021 and Peru a year later', '…, and Estonia and Hungary in
    2015'; '…, followed by Chile and Peru'."""
    found: list[tuple[Found, str]] = []
    agents = [m for m in view.mentions if view.is_(m, "Agent") and id(m) not in view.modifiers]
    taken: set[int] = set()
    for index, mention in enumerate(agents[1:], 1):
        # a comma or 'and' opens the gapped clause and a time phrase ends it, after one name or a pair
        if id(mention) in taken or not GAPPED_BEFORE.search(
            view.text, max(view.start, mention.start - 14), mention.start
        ):
            continue
        if GAPPED_PAIR.fullmatch(view.text, agents[index - 1].end, mention.start):
            continue  # ('Portugal joined ESA and EUMETSAT in 2000': a name right before 'and' makes a list; documents22)
        # ('… at ceremonies in France, Italy and Spain in 2020': a list after a preposition names places; '… on
        # cooperation in Galileo and EGNOS in 2013': with the names that are no agents too, precision20)
        listed = view.group([m for m in view.mentions if m.end <= mention.end and id(m) not in view.modifiers], True)
        if PREPOSITION_BEFORE.search(view.text, max(view.start, listed[-1].start - 16), listed[-1].start):
            continue
        names = [mention]
        for following in agents[index + 1 :]:
            if not GAPPED_PAIR.fullmatch(view.text, names[-1].end, following.start):
                break
            names.append(following)
        for count in range(len(names), 0, -1):
            if GAPPED_AFTER.match(view.text, names[count - 1].end, view.end):
                found += [(m, "gapping") for m in names[:count]]
                taken.update(id(m) for m in names[:count])
                break
    for match in FOLLOWED_BY.finditer(view.sentence) if " by " in view.sentence else ():
        others = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if others and others[0].start == view.start + match.end():
            found += [(m, "followed by") for m in others if id(m) not in taken]
    for match in PRECEDED_BY.finditer(view.sentence) if "after " in view.sentence or ", " in view.sentence else ():
        # 'Rwanda signed the Accords, joining Nigeria, which had signed in May': the same act, done before
        others = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if not others or others[0].start != view.start + match.end():
            continue
        if match.group("joining") or DID_AFTER.match(view.text, others[-1].end):
            found += [(m, "done before by") for m in others if id(m) not in taken]
    return found


# ', until then a project of ', ', led by ', ', a partnership between the ': an apposition whose last words take
# the names after them as their complement.
APPOSED_COMPLEMENT = re.compile(r",\s+(?:[^,;:()]{0,50}?\s)?(?:of|by|between|among|from|for)\s+(?:the\s+)?")

# ' Copernicus, the ', ' the Example Programme, an ': a capitalised name no rule found, right after the verb, and
# the opening of an apposition on it.
APPOSITION_OPENING = re.compile(r",\s+(?:the|an?|its|their)\s+(?:[^,;:()]{0,50}?\s)?")
UNFOUND_APPOSED = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){0,4}" + APPOSITION_OPENING.pattern)


def apposed_complement(view: Any, verb_end: int, first: int) -> bool:
    """True when the name at ``first`` completes an apposition on another
    name right after the verb ('joined the ISS, until then a project of
    NASA': NASA is no object of 'joined')."""
    inner = [m for m in view.mentions if verb_end <= m.start and m.end <= first]
    if not inner:
        # 'rejoined Copernicus, the European Union's programme': the verb's object is a name not found, and
        # the names of its apposition are no objects either (the v19 inversion of 'after it left the EU').
        return UNFOUND_APPOSED.fullmatch(view.text, verb_end, first) is not None
    if APPOSED_COMPLEMENT.fullmatch(view.text, inner[-1].end, first) is not None:
        return True
    # ('rejoined Examplenet, the European Union's programme', the name found but of a kind the verb does not take)
    return (re.fullmatch(r"\s+(?:the\s+)?", view.text[verb_end : inner[0].start]) is not None
            and APPOSITION_OPENING.fullmatch(view.text, inner[0].end, first) is not None)  # fmt: skip


# Between two items of a list: a comma, 'and', 'as well as', after an aside of the item before: a time
# ('Inspiration4 in 2021 and Polaris Dawn in 2024') or a parenthesis ('Japan (2020), Canada (2020) and …').
ITEM_JOINER = re.compile(
    r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|\s*\([^()]{1,40}\))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?"
)
# 'two private flights on SpaceX's Crew Dragon, ': a counted plural noun (perhaps with a phrase of its own)
# that the list after its comma names.
COUNTED_PLURAL = re.compile(
    r"\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)|several|both)\s+(?:[\w’'-]+\s+){0,3}?[a-z-]+s\b"
    r"[^,;:.]{0,50}?,\s+(?:the\s+)?"
)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def listed_items(view: Any, first: Found, limit: int, fits: Callable[[Found], bool]) -> list[Found]:
    """The list that opens with ``first``: the names that ``fits`` accepts,
    joined by commas, 'and' or 'as well as', past a time or a parenthesis
    after an item."""
    items = [first]
    for mention in view.after(first.end - view.start):
        if mention.start >= limit:
            break
        if mention.start < items[-1].end:
            continue  # (a name inside the one before)
        if not ITEM_JOINER.fullmatch(view.text, items[-1].end, mention.start) or not fits(mention):
            break
        items.append(mention)
    return items


# ' or the ', ', nor ', ', the EU's navigation system, nor ' (past an apposition on the item before): the next item of a
# list of alternatives, all denied together after a negated verb ('has not joined X or Y', 'did not rejoin X, nor Y').
ALTERNATIVE_JOINER = re.compile(
    r"(?:\s*,\s+(?:the\s+|an?\s+|its\s+|[A-Z][\w’'-]*['’]s\s+)[^,;:()]{1,60}?)?\s*,?\s+(?:or|nor)\s+(?:even\s+)?(?:the\s+)?"
)


def denied_objects(view: Any, last: Found, limit: int, fits: Callable[[Found], bool]) -> list[Found]:
    """The names after ``last`` joined by 'or' or 'nor', for a negated verb
    ('has not joined the ILRS or the Artemis program': neither; a positive
    verb's 'or' leaves both open and is not read)."""
    items = [last]
    for mention in view.after(last.end - view.start):
        if mention.start >= limit:
            break
        if mention.start < items[-1].end:
            continue
        if mention.start - items[-1].end > 80:
            break
        if (ALTERNATIVE_JOINER.fullmatch(view.text, items[-1].end, mention.start)
                or ITEM_JOINER.fullmatch(view.text, items[-1].end, mention.start)) and fits(mention):  # fmt: skip
            items.append(mention)
        # (else a name inside an apposition on the item before: 'the ILRS, China's programme, nor X')
    return (
        items[1:]
        if len(items) > 1
        and any(ALTERNATIVE_JOINER.fullmatch(view.text, one.end, two.start) for one, two in itertools.pairwise(items))
        else []
    )


def counted_objects(view: Any, verb_end: int, limit: int, fits: Callable[[Found], bool]) -> list[Found]:
    """'commanded two private flights on SpaceX's Crew Dragon, Inspiration4 in
    2021 and Polaris Dawn in 2024': the names a counted plural object lists
    (as many as it counts)."""
    counted = COUNTED_PLURAL.match(view.text, verb_end, limit)
    if counted is None:
        return []
    first = next((m for m in view.after(counted.end() - view.start) if m.start == counted.end()), None)
    if first is None or not fits(first):
        return []
    items = listed_items(view, first, limit, fits)
    wanted = NUMBERS.get(counted.group("n") or "", 0)
    return items if len(items) > 1 and (not wanted or len(items) == wanted) else []


# The headline: the text's first line, when it is short.
HEADLINE_REACH = 300


def body_in_focus(view: SentenceView, history: list[Found]) -> Found | None:
    """The organization the text is about: the one body (no country or
    person) its headline names, if it names exactly one and no document
    or programme (under 'Who signed the Example Treaty', joining is signing it)."""
    title_end = view.text.find("\n")
    if title_end <= 0 or title_end > HEADLINE_REACH or view.start < title_end:
        return None
    if any(m.end <= title_end and (view.is_(m, "Document") or view.is_(m, "Program")) for m in history):
        return None  # (a headline about a programme or a document: what one joins there may be either)
    bodies = {
        m.entity: m
        for m in history
        if m.end <= title_end
        and view.is_(m, "Organization")
        and not view.is_(m, "Country")
        and not view.is_(m, "Person")
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


LISTING_REACH = 1500  # characters back to the membership a bodiless 'were admitted' goes on from


def listing_body(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> Found | None:
    """The body whose members the text has just been naming ('It was founded by A and B. C joined the
    initiative in 2015. D and E were admitted in 2020'): the object of the last plain ``memberOf`` fact
    stated shortly before (within :data:`LISTING_REACH`), as its last named mention."""
    for found in reversed(facts[-40:]):
        evidence = found.get("evidence") or [[0, 0]]
        if evidence[0][0] < view.start - LISTING_REACH:
            break
        if found["relation"] != "memberOf" or found.get("modality") or evidence[0][0] >= view.start:
            continue
        body = next((m for m in reversed(history) if m.entity == found["object"] and m.end <= view.start), None)
        if body is not None and not view.is_(body, "Country") and not view.is_(body, "Person"):
            return body
        return None
    return None


def member_body(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> Found | None:
    """The body a bodiless 'joined in 1987', 'were admitted', 'became members as well' is about: the one the
    headline names, else the one whose members the text has just been naming, else an international body that was
    the subject of the sentence before ('NATO was founded in 1949. Greece joined in 1952')."""
    return (
        body_in_focus(view, history)
        or listing_body(view, history, facts)
        or centred_body(view, history)
        or founded_body(view, history)
    )


# 'the agencies set up the Example Coordination Group', 'Five countries founded the X in 2009': a body set up by
# states or agencies (not named one by one) is one whose members they are.
SET_UP_BY_STATES = re.compile(
    r"\b(?:the|these|those|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty|\d{1,2})\s+(?:[a-z]+\s+)?(?:agencies|countries|states|nations|governments)\s+(?:(?:jointly|later|"
    r"then|also|together)\s+)?(?:set\s+up|(?:co-?)?founded|established|created|formed)\s+(?:the\s+|a\s+|an\s+)?"
)


def founded_body(view: SentenceView, history: list[Found]) -> Found | None:
    """The body that states or space agencies were said to set up shortly
    before (within :data:`LISTING_REACH`): 'the agencies set up the X. … A and
    B are both members' (lists19)."""
    low = max(0, view.start - LISTING_REACH)
    found = [m.end() for m in SET_UP_BY_STATES.finditer(view.text, low, view.start)]
    if not found:
        return None
    body = next((m for m in reversed(history) if m.start == found[-1]), None)
    # (a 'Group' set up by states is no company, whatever its name's head word)
    if body is None or not view.is_(body, "Organization") or view.is_(body, "Country") or view.is_(body, "Person"):
        return None
    return next((m for m in reversed(history) if m.entity == body.entity and m.end <= view.start), body)


MEMBERS_BODIES = ("InternationalOrganization", "InternationalOrgan")  # bodies whose members are states or agencies


def centred_body(view: SentenceView, history: list[Found]) -> Found | None:
    """The international body (not a country, a person, a company) that was the subject of the sentence before."""
    salience = getattr(view, "salience", None)
    centers = salience.centers if salience is not None else set()
    for mention in reversed(history[-30:]) if centers else ():
        if mention.end > view.start or mention.entity not in centers:
            continue
        if any(view.is_(mention, cls) for cls in MEMBERS_BODIES) and not view.is_(mention, "Country"):
            return mention
    return None


# 'Ten founding members signed it that year: A, B and C', 'The original member states were: A and B': a
# sentence opening with members (no owner named) whose names a colon lists.
MEMBERS_OPENING = re.compile(
    r"(?:(?:\d+|[A-Z]?[a-z]+)\s+){1,2}(?:(?:founding|founder|original|first)\s+)(?:members|member\s+states)\b(?!\s+of\b)[^:;]*:\s*"
    r"(?:the\s+)?"
)


def founding_members(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Ten founding members signed it that year: A, B and C': the names
    listed are members of the body the headline names."""
    opening = MEMBERS_OPENING.match(sentence) if may(MEMBERS_OPENING, sentence) else None
    if opening is None or not (sentence[:1].isupper() or sentence[:1].isdigit()):
        return
    listed = view.group([m for m in view.after(opening.end()) if view.is_(m, "Agent")], False)
    if not listed or listed[0].start != start + opening.end() or any(view.is_(m, "Person") for m in listed):
        return
    body = body_in_focus(view, history)
    for member in listed if body is not None else ():
        fact(member, "memberOf", body, rule="founding members listed")


# 'Participants: the United States; India, represented by …; and Japan, by …': a label opening a line, then the
# members of the body the text is about, one item each between semicolons (or commas).
MEMBERS_LABEL = re.compile(
    r"(?:Participants|Members|Member\s+states|Member\s+countries|Participating\s+countries)\s*:\s*"
)
# Where an item of a list separated by semicolons ends.
ITEM_END = re.compile(r";\s*(?:and\s+)?")


def semicolon_items(view: Any, at: int, limit: int, fits: Callable[[Found], bool]) -> list[Found]:
    """'the United States; India, represented by X; Australia, by Y; and
    Japan': the first name of each item (an apposition may follow it), when
    every item opens with a name that ``fits``; [] otherwise."""
    items: list[Found] = []
    while at < limit:
        opening = re.compile(r"\s*(?:the\s+)?").match(view.text, at, limit)
        first = (
            next((m for m in view.after(opening.end() - view.start) if m.start == opening.end()), None)
            if opening
            else None
        )
        if first is None or not fits(first):
            return []
        items += listed_items(view, first, limit, fits)
        end = ITEM_END.search(view.text, items[-1].end, limit)
        if end is None:
            break
        at = end.end()
    return items


def labelled_members(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Participants: the United States; India, represented by …; and Japan':
    the names a members' label lists are members of the body the headline names."""
    label = MEMBERS_LABEL.match(sentence)
    if label is None:
        return
    body = body_in_focus(view, history)
    if body is None:
        return

    def fits(m: Found) -> bool:
        return view.is_(m, "Agent") and not view.is_(m, "Person") and m.entity != body.entity

    for member in semicolon_items(view, start + label.end(), view.end, fits):
        fact(member, "memberOf", body, rule="members labelled")


# 'Example-10 brought A and B to …', 'the program landed A and B on the Moon', 'carried A, B and C': a craft's
# verb of carrying people, right before the first of them.
CARRIED = re.compile(
    r"\b(?:brought|brings|bring|carried|carries|carry|ferried|ferries|took|takes|flew|flies|landed|lands|delivered|"
    r"delivers|returned|returns)\s+(?:back\s+)?(?=[A-Z])"
)
# '… to the laboratory', '… to Example Station': where the crew was brought.
CARRIED_TO = re.compile(r"\s+(?:back\s+)?(?:to|into|aboard|up\s+to)\s+(?:the\s+)?")


# 'a Falcon 9 rocket', 'the Example launcher': a rocket, by the noun after its name.
ROCKET_NOUN_AFTER = re.compile(r"\s+(?:heavy[- ]lift\s+)?(?:rocket|launcher|booster|launch\s+vehicle)s?\b")
LAUNCHER_FAMILIES = re.compile(
    r"(?:Long March|Falcon|Ariane|Vega|Atlas|Delta|Proton|Angara|Soyuz-2|Electron|Kuaizhou|Zhuque|Epsilon|Titan|"
    r"Saturn|Minotaur|Antares|Vulcan|New Glenn|H-II|H3|PSLV|GSLV|LVM3|SLS|Space Launch System)\b"
)


def launcher(view: Any, mention: Found) -> bool:
    """A rocket (a launcher type, or one named with 'rocket' after it), not a spacecraft."""
    if ROCKET_NOUN_AFTER.match(view.text, mention.end):
        return True
    return bool(LAUNCHER_FAMILIES.match(view.text, mention.start, mention.end))


def carried_crews(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Example-10 brought A, B and C to the station': each person carried by
    a craft, mission or program takes part in it, and in the station (or
    other craft) they were brought to."""
    for match in scan(CARRIED, sentence):
        crew = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if not crew or crew[0].start != start + match.end() or not all(view.is_(m, "Person") for m in crew):
            continue
        crafts = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        # ('Jane Roe, who flew on Apollo 11, brought …': a person between the craft and the verb is the subject)
        crafts = [c for c in crafts if not any(view.is_(m, "Agent") and c.end <= m.start and m.end <= start
                                               + match.start() for m in view.mentions)]  # fmt: skip
        relative = view.relative_object(match.start(), "Program") if not crafts else None
        crafts = crafts or ([relative] if relative is not None else [])
        if crafts and launcher(view, crafts[-1]):
            continue  # 'a Falcon 9 rocket carried A and B': the crew ride the capsule on top, not the rocket
        to = CARRIED_TO.match(view.text, crew[-1].end)
        # ('to the laboratory': a common noun for the station in focus spans its article; crews17)
        station = next((m for m in view.mentions if m.start == to.end() or (m.start < to.end() < m.end
                        and re.fullmatch(r"[Tt]he\s+", view.text[m.start : to.end()]))), None) if to else None  # fmt: skip
        for person in crew if crafts else ():
            fact(person, "participatesIn", crafts[-1], cue=match, before=crafts[-1], rule="carried crew")
            if station is not None and view.takes(station, "Program"):
                fact(person, "participatesIn", station, cue=match, before=crafts[-1], rule="carried crew")


# 'and with him were A and B', 'With her flew A and B', 'with them was A': the people who went with a person.
WITH_HIM = re.compile(
    r"\b[Ww]ith\s+(?P<pronoun>him|her)\s+(?:were|was|flew|went|came|travell?ed|rode|sat)\s+(?:the\s+)?(?=[A-Z])"
)


def companions(
    view: Any, fact: Fact, facts: list[dict[str, Any]], history: list[Found], start: int, sentence: str
) -> None:
    """'X commanded the flight, and with him were A and B': the people with
    him take part in what the sentence says he led or took part in."""
    for match in scan(WITH_HIM, sentence) if "ith h" in sentence else ():
        people = [m for m in view.before(match.start()) if view.is_(m, "Person")]
        if not people:
            continue
        leader = people[-1]
        crew = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if not crew or crew[0].start != start + match.end() or not all(view.is_(m, "Person") for m in crew):
            continue
        done = {
            f["object"]
            for f in facts
            if f["subject"] == leader.entity
            and f["relation"] in ("leads", "participatesIn")
            and f["evidence"][0] == view.span
            and (f.get("cue") is None or f["cue"][1] <= start + match.start())
            and not f.get("modality")
        }
        # (the flight may be named by a common noun: 'commanded the flight', its mention the one named before)
        objects = {m.entity: m for m in history + view.mentions if m.entity in done and m.end <= start + match.start()}
        for person in crew:
            for obj in objects.values():
                fact(person, "participatesIn", obj, cue=match, before=leader, rule="with him were")


# 'for the launch', 'to build the satellite': the job a company is hired or paid for.
JOB = re.compile(r"\s+(?:for\s+(?:the|its|their|a|an)\s+[a-z][\w-]*|to\s+(?!the\b|[A-Z])[a-z]+\b)")
# ', and B, a Boeing subsidiary, to …': the next payee, perhaps with an apposition between commas.
NEXT_PAYEE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;()]{1,60}?,")


def coordinated_payees(view: Any, payee: Found, limit: int) -> list[Found]:
    """'hired A for the launch and B, a Boeing subsidiary, to build the
    satellite': the companies after the first one, each followed by its own
    job ('for …', 'to …')."""
    found: list[Found] = []
    current = payee
    while True:
        job = JOB.match(view.text, current.end, limit)
        if job is None:
            break
        # the job phrase runs to the next 'and' before a name
        rest = re.search(r"\s*,?\s+and\s+(?=(?:the\s+)?[A-Z])", view.text[job.end() : limit])
        if rest is None:
            break
        at = job.end() + rest.start()
        joined = NEXT_PAYEE.match(view.text, at, limit)
        following = (
            next((m for m in view.after(joined.end() - view.start) if m.start == joined.end()), None)
            if joined
            else None
        )
        if following is None or not view.company(following):
            break
        after = following.end
        apposed = APPOSITION.match(view.text, after, limit)
        if apposed is not None:
            after = apposed.end()
        if not JOB.match(view.text, after, limit):
            break
        found.append(following)
        current = dataclasses.replace(following, end=after)  # (its job phrase starts after the apposition)
    return found


# What may follow an item of a list before the next: a parenthesis, an apposition (', the host'), a 'for' phrase
# ('the CEPT for Europe').
_ITEM_TAIL = (
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+(?:the|a|an|its|their|then|now|once|formerly)\s+[^,;:()\n]{1,60}?|"
    r"\s+for\s+[^,;:()\n]{1,60}?)?"
)
# Between two items: a comma or a semicolon (perhaps with 'and'), 'and', or a line break (perhaps before a bullet
# or a number).
_ITEM_SEPARATOR = (
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*\n\s*(?:(?:[-•*]|\d{1,2}[.)])\s+)?)(?:the\s+)?"
    # ('France's CNES', 'the United States' NASA': a country's name in the possessive before an item; lists19)
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+)?"
)
# An item the mentions left out ('Zaire' unknown): capitalized words, passed over (a list still, but no fact).
_UNNAMED_ITEM = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,4}"
ITEM_GAP = re.compile(rf"{_ITEM_TAIL}(?:{_ITEM_SEPARATOR}{_UNNAMED_ITEM}{_ITEM_TAIL})*{_ITEM_SEPARATOR}")
LIST_CLOSE = re.compile(rf"{_ITEM_TAIL}(?:{_ITEM_SEPARATOR}{_UNNAMED_ITEM}{_ITEM_TAIL})*\s*[.;]?\s*")
POSSESSOR = re.compile(r"['’]s?\s+(?=[A-Z])")
LIST_OPEN = re.compile(
    r"\s*(?:(?:[-•*]|\d{1,2}[.)])\s+)?(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?\s+(?=[A-Z]))?"
)


def list_items(view: Any, at: int, end: int, fits: Callable[[Found], bool]) -> list[Found]:
    """'Colombia, the host; Congo; Ecuador', 'the CEPT for Europe, CITEL for the Americas and the ATU for Africa',
    '- A\\n- B': the names of a list that fills the text from ``at`` to ``end`` (commas, semicolons, 'and', line
    breaks and bullets between the items, an apposition or a 'for' phrase after each), when at least two
    items open with a name that ``fits``; [] when anything else stands between them or after the last."""
    opening = LIST_OPEN.match(view.text, at, end)
    if opening is None:
        return []
    mentions = [m for m in view.after(at - view.start) if m.end <= end]
    first = next((m for m in mentions if m.start == opening.end()), None)
    if first is None or not fits(first):
        return []
    items = [first]
    for mention in mentions:
        if mention.start < items[-1].end or not fits(mention):
            continue  # (a name inside the one before, or a place in a 'for' phrase)
        if POSSESSOR.match(view.text, mention.end, end):
            continue  # ('France's CNES': the country only qualifies the item after it)
        if ITEM_GAP.fullmatch(view.text, items[-1].end, mention.start):
            items.append(mention)
    return items if len(items) > 1 and LIST_CLOSE.fullmatch(view.text, items[-1].end, end) else []


# The clause that introduces a list after its colon ('Eight countries signed it:', 'The signatories were:', 'The
# text was drawn up by three agencies:'): the act it names, by its words ...
INTRO_SIGNS = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|signator(?:y|ies)|ratif(?:ied|ies|y)|acceded|accede|adhered|part(?:y|ies)\s+to|"
    r"states\s+parties)\b"
)
INTRO_DRAFTS = re.compile(
    r"\b(?:draft(?:ed|ers)|dr[ae]w(?:n)?\s+up|prepared|wr(?:ote|itten)|(?:co-?)?authored|authors|"
    r"(?:co-?)?sponsor(?:ed|s)|released|published|issued)\b"
)
# ('Three countries joined the Example Council in 2015:', 'Five agencies set up the X': the body after the verb)
INTRO_JOINS = re.compile(
    r"\b(?:joined|became\s+(?:full\s+|founding\s+)?members\s+of|were\s+admitted\s+(?:to|into)|(?:co-?)?founded|"
    r"set\s+up|formed|established)\s+(?:the\s+)?"
)
INTRO_PROPOSES = re.compile(r"\b(?:proposed|put\s+forward|proposers)\b")
# ... with a plural noun for those the list names,
INTRO_PLURAL = re.compile(
    r"\b(?:countries|states|nations|governments|agencies|organi[sz]ations|bodies|companies|firms|members|partners|"
    r"signatories|parties|delegations|sponsors|co-?sponsors|authors|drafters|institutions|ministries|administrations|"
    r"they|those)\b"
    # (or the agent of a passive right before the colon: 'It was signed by: A; B; C'; documents21)
    r"|\b(?:signed|ratified|drafted|prepared|written|drawn\s+up|(?:co-?)?sponsored|proposed|put\s+forward)\s+by\s*$"
)
INTRO_BY = re.compile(r"\bby\s*$")
# ... and a document named in it, or the one in focus ('it', 'the treaty', 'The signatories were:').
INTRO_DOCUMENT_WORD = re.compile(
    r"\b(?:[Ii]t|them|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:treaty|declaration|agreement|accords?|convention|charter|text|document|"
    r"resolution|pact|protocol|statement|memorandum)|signatories|parties\s+to|states\s+parties|"
    r"sponsors|authors)\b"
)
INTRO_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|refused|declined|rejected|stayed\s+out|held\s+out|withdrew|abstained|no\s+longer)\b"
)
INTRO_PLANNED = re.compile(r"\b(?:will|would|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|expected\s+to|are\s+to)\b")
# What else has parties or members: 'the talks had two parties:', 'the parties to the conflict:'.
INTRO_OTHER = re.compile(
    r"\b(?:talks|negotiations?|dispute|case|lawsuit|suit|conflict|contract|war|election|coalition|teams?|"
    r"visited|cities|places|sites|regions)\b"
)
# 'Among them are A and B', 'A, B and C were among them': the list names some of those the sentence before counts.
AMONG_THEM = re.compile(r"Among\s+them\s+(?:are|were|is|was)\s+(?:also\s+)?(?:the\s+)?")
THEM_AMONG = re.compile(r".+?(?P<verb>\s+(?:are|were|is|was)\s+(?:also\s+|now\s+)?among\s+them)\s*[.!]?\s*$", re.DOTALL)
# 'Among those that signed the treaty were A and B', 'Among the states that have ratified it are A and B'.
AMONG_THOSE = re.compile(
    r"Among\s+(?P<intro>(?:those|the\s+(?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:that|which|who)\s+[^,;:]{3,120}?)\s+"
    r"(?:are|were)\s+(?:the\s+)?(?=[A-Z])"
)
# Where the sentence before a list ends (the list's introducing sentence starts after it).
SENTENCE_BREAK = re.compile(r"[.!?][”\"’)]?\s+|\n\s*\n")
INTRO_REACH = 400
# 'The fourteen were: A; B; …', 'The three agencies are A, B and C', 'These five were:': a sentence that only names
# the members of a group counted earlier ('fourteen space agencies released X'); the act is that earlier clause's.
_COUNT = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|\d{1,2}"
)
COUNTED_NAMED = re.compile(
    rf"(?:The|These|Those|All)\s+(?P<count>{_COUNT})\s+(?:(?P<noun>[a-z][\w-]*s)\s+)?(?:were|are)\b\s*:?\s*(?:the\s+)?"
    r"(?=[A-Z])"
)
COUNTED_REACH = 1500  # characters back to the clause that counts the group


def counted_clause(text: str, start: int, counted: re.Match[str]) -> tuple[int, int] | None:
    """The span of the latest earlier sentence (within reach) that counts as
    many things as ``counted`` names ('fourteen space agencies released X'
    for 'The fourteen were:'), of the same kind when it names one ('The three
    companies are …' after 'three companies bid'); None when there is none."""
    count = counted.group("count").lower()
    noun = counted.group("noun")
    tail = re.escape(noun) if noun else r"[a-z][\w-]*s"
    group = re.compile(rf"\b(?i:{re.escape(count)})\s+(?:[a-z][\w-]*\s+){{0,2}}?{tail}\b")
    low = max(0, start - COUNTED_REACH)
    found = next(reversed(list(group.finditer(text, low, start))), None)
    if found is None:
        return None
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, low, found.start())]
    after = SENTENCE_BREAK.search(text, found.end(), start)
    return (breaks[-1] if breaks else low, after.start() + 1 if after else start)


def introduced_list(
    view: Any, fact: Fact, history: list[Found], document: Found | None, start: int, sentence: str
) -> None:
    """'Eight countries signed it: Colombia, the host; Congo; …', 'The signatories were:' then a sentence of
    names, 'drawn up by three agencies: A for Europe, B for Asia and C': the names of a list after a colon
    take the act and the document of the clause that introduces it (signs, drafts or proposes; negated after
    'refused to sign', planned after 'will sign')."""
    text = view.text
    colon = sentence.find(":")
    list_end = view.end
    among = AMONG_THEM.match(sentence) or THEM_AMONG.match(sentence) if "mong" in sentence else None
    inverted = AMONG_THOSE.match(sentence) if among is None and sentence.startswith("Among") else None
    counted = COUNTED_NAMED.match(sentence) if among is None and inverted is None else None
    counting = counted_clause(text, start, counted) if counted is not None else None
    if counted is not None and counting is not None:
        # 'Fourteen agencies released X. … The fourteen were: A; B; …': the clause that counts them introduces them
        intro_span, list_at = counting, start + counted.end()
        intro_mentions = [m for m in history if intro_span[0] <= m.start and m.end <= intro_span[1]]
    elif counted is not None:
        return
    elif among is not None:
        # 'Forty states have signed it. Among them are A and B.', '… A, B and C were among them.'
        if not re.search(r"[.!]\s*$", text[max(0, start - 4) : start]):
            return
        end = len(text[:start].rstrip()) - 1  # the full stop closing the sentence before
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, end - INTRO_REACH), end)]
        low = breaks[-1] if breaks else max(0, end - INTRO_REACH)
        intro_span = (low, end)
        intro_mentions = [m for m in history if low <= m.start and m.end <= end]
        if among.re is AMONG_THEM:
            list_at = start + among.end()
        else:
            list_at, list_end = start, start + among.start("verb")
    elif inverted is not None:
        # 'Among those that signed it were A and B': the clause inside, the list after the verb
        intro_span, list_at = (start + inverted.start("intro"), start + inverted.end("intro")), start + inverted.end()
        intro_mentions = [m for m in view.mentions if m.end <= intro_span[1]]
    elif colon >= 0 and not sentence[colon + 1 : colon + 2].isdigit():
        low = text.rfind("\n\n", start, start + colon) + 1 or start  # (a heading line above is not its clause)
        intro_span, list_at = (max(low, start), start + colon), start + colon + 1
        intro_mentions = [m for m in view.mentions if m.end <= start + colon]
    else:
        before = text[max(0, start - INTRO_REACH) : start].rstrip()
        if not before.endswith(":"):
            return
        end = start - (len(text[max(0, start - INTRO_REACH) : start]) - len(before)) - 1  # the colon
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, end - INTRO_REACH), end)]
        low = breaks[-1] if breaks else max(0, end - INTRO_REACH)
        intro_span, list_at = (low, end), start
        intro_mentions = [m for m in history if low <= m.start and m.end <= end]
    intro = text[intro_span[0] : intro_span[1]]
    if not INTRO_PLURAL.search(intro) or INTRO_OTHER.search(intro):
        return
    relation = (
        "drafts"
        if INTRO_DRAFTS.search(intro)
        else "proposes"
        if INTRO_PROPOSES.search(intro)
        else "signs"
        if INTRO_SIGNS.search(intro)
        else None
    )
    is_ = view.is_
    forced = "negated" if INTRO_NEGATED.search(intro) else "planned" if INTRO_PLANNED.search(intro) else None
    rule = "list after a colon" if among is None and inverted is None else "among them"
    if relation is None:
        # 'Three countries joined the Example Council in 2015: A, B and C', '… set up the X. The three were …':
        # the body right after the verb of joining or founding is the one the names listed are members of
        joins = INTRO_JOINS.search(intro)
        at = intro_span[0] + joins.end() if joins else -1
        body = next((m for m in intro_mentions if m.start == at), None)
        # ('Five countries joined the Accords': joining a document is signing it)
        joined = "signs" if body is not None and joins and is_(body, "Document") and "join" in joins.group(0) else None
        if body is None or not (joined or is_(body, "Organization")) or is_(body, "Country") or view.company(body):
            return
        for member in list_items(view, list_at, list_end, lambda m: bool(is_(m, "Agent")) and not is_(m, "Person")
                                 and m.entity != body.entity):  # fmt: skip
            fact(member, joined or "memberOf", body, rule=rule, forced=forced)
        return
    documents = [m for m in intro_mentions if is_(m, "Document")]
    # ('The United States signed agreements with three countries:': the list names the partners, not the signers;
    # not after a passive's 'by', whose subject is the text: 'It was signed by:')
    if not INTRO_BY.search(intro) and any(
        is_(m, "Agent") and not any(d.start <= m.start and m.end <= d.end for d in documents) for m in intro_mentions
    ):
        return
    paper = documents[-1] if documents else None
    if paper is None and INTRO_DOCUMENT_WORD.search(intro) and document is not None and document.end <= intro_span[1]:
        paper = document
    if paper is None:
        return

    owner = paper.entity

    def fits(m: Found) -> bool:
        return bool(is_(m, "Agent")) and m.entity != owner

    for party in list_items(view, list_at, list_end, fits):
        fact(party, relation, paper, rule=rule, forced=forced)
