"""Who took part in the flight or programme a text is telling of, in the shapes that name the flight only
earlier in the text (crews18):

- 'the crew' as the subject of a stay or a trip ('The crew spent eight days aboard the Example Station'):
  every person the text has put on the flight in focus;
- a role or a crew list of the flight in focus ('its pilot was A', 'Its crew were A and B', 'Two of its four
  crew members were Examplians: A, a chemist, and B, a pilot');
- 'flew under' a programme ('He flew under Example, a programme that …', 'went into space as part of X');
- the elliptical 'followed' ('A followed in June and B in August', 'B followed him there in 1984'): the
  followers do what the last person or body named before them did (their part in the same flight, station
  or programme);
- 'each sent a cosmonaut into orbit': the senders take part in the programme in focus;
- a flight 'which added a module to' a station, 'delivered … to the station': the flight takes part in it.

Every fact goes through the caller's ``fact`` with its cue, so a negation or a plan before the verb is read as
for any verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import launcher
from spacekg.extract.crews import CREW_NOUN, REACH, flight_in_focus, people_listed
from spacekg.extract.sentence_view import SentenceView

Fact = Callable[..., None]

# 'its pilot was', 'The crew were', "the mission's commander was", 'Its crew included': a role of the flight in focus.
ROLE_OF_FLIGHT = re.compile(
    r"\b(?P<det>[Ii]ts|[Tt]heir|[Tt]he\s+(?:mission|flight)['’]s)\s+(?:(?:other|two|three|four|five|six|seven)\s+)?"
    r"(?P<role>(?P<lead>commander)|pilot|co-?pilot|flight\s+engineers?|mission\s+specialists?|payload\s+specialists?|crew(?:\s*members)?|"
    r"crewmates|passengers)\s+(?:was|were|is|are|included|include|includes)\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[a-z-]+\s+)?(?:{CREW_NOUN}\s+)?(?=[A-Z])"
)
# 'Two of its four crew members were Examplians:', 'Its crew were:': a crew list after a colon.
CREW_COLON = re.compile(
    r"\b(?:(?:\w+\s+of\s+)?(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:mission|flight)['’]s)\s+(?:(?:two|three|four|five|six|seven)\s+)?"
    r"(?:crew(?:\s*members)?|astronauts|cosmonauts|passengers)\s+(?:was|were|are|included|include)\b[^:;.]{0,40}:\s*)"
)
# Where a person of a list after a colon may start: right after the colon, after ', and' or ' and'.
COLON_ITEM = re.compile(r"(?::\s*|,\s+(?:and\s+)?|\s+and\s+)$")
# 'flew under Example', 'went into space as part of the Example programme': a programme flown under.
FLEW_UNDER = re.compile(
    # ('she went under Project Example', after a flight: went, as flew; people22)
    r"\b(?:flew|flown|fly|flies|flying|went(?:\s+(?:up|into\s+(?:space|orbit)|to\s+(?:space|orbit)))?|"
    r"travell?ed\s+to\s+space)"
    r"(?:\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s+in\s+\d{4})?\s+(?:under|as\s+part\s+of)\s+(?:the\s+)?"
)
# 'A followed in June', 'B followed him there in 1984', 'C followed suit': the follower did the same.
FOLLOWED = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:followed|follows)"
    r"(?:\s+(?:him|her|them|suit))?(?:\s+(?:there|into\s+(?:orbit|space)|to\s+(?:orbit|space)))?"
    r"(?=\s*(?:[,.;]|$|\s+on\s+\d|\s+(?:in|at|a|an|two|three|four|five|six|seven|eight|nine|ten|later|soon|shortly|"
    r"within|and|the\s+(?:next|following))\b))"
)
# ', and B in August', ', Poland in 2012, and Estonia and Hungary in 2015': the gapped followers after it.
GAPPED_OPENING = re.compile(r"(?:\s+[^,;.]{0,30}?)?(?:,\s*(?:and\s+)?|\s+and\s+)$")
GAPPED_TIME = re.compile(r"\s+(?:in|on)\s+(?:\d|[A-Z])")
# 'each sent a cosmonaut into orbit', 'each flew an astronaut to the station': a country's part in the programme.
EACH_SENT = re.compile(
    r"\b(?:each|all|both)\s+(?:also\s+)?(?:sent|flew|launched|put)\s+(?:a|an|one|their\s+own|its\s+own)\s+"
    r"(?:[a-z-]+\s+)?(?:cosmonauts?|astronauts?|taikonauts?)\s+(?:into|to)\s+(?:orbit|space|the\s+station)\b"
)
# 'which added a truss segment to the', 'delivered the Example module to': a flight's work on a station.
ADDED_TO = re.compile(
    r"\b(?:added|adds|delivered|delivers|installed|installs|attached|attaches|brought|brings|carried|carries)\s+"
    r"(?:(?:a|an|the|its|two|three|another|new|first|second|last)\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:segments?|modules?|truss|arm|airlock|lab(?:oratory)?|node|panels?|arrays?|parts?|components?)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?"
)
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
RELATIVE_AFTER = re.compile(r",?\s+(?:which|that)\s+(?:(?:also|later|then|first)\s+)?")
COPIED = ("participatesIn",)
OF_BEFORE = re.compile(r"\bof\s+$")  # ('A of Examplia followed': the country qualifies the follower)


def _kind(view: SentenceView, history: list[Found], entity: str, cls: str) -> bool:
    """Whether the entity of an earlier fact is of class ``cls`` (read from its last mention)."""
    mention = next((m for m in reversed(history) if m.entity == entity), None)
    return mention is not None and view.is_(mention, cls)


def flights(
    view: SentenceView,
    fact: Fact,
    facts: list[dict[str, Any]],
    earlier: list[dict[str, Any]],
    history: list[Found],
    start: int,
    sentence: str,
) -> None:
    """The facts of the module's shapes for one sentence (``facts``: those the sentence gave so far;
    ``earlier``: those of the sentences before)."""
    is_ = view.is_
    for match in ROLE_OF_FLIGHT.finditer(sentence):
        flight = flight_in_focus(view, history, start + match.start())
        crew = people_listed(view, start + match.end(), start + view.clause_end(match.end()))
        # (the list opens right after the verb: a name, or a body qualifying one: "its pilot was NASA's A")
        if flight is None or not crew or not any(m.start == start + match.end() for m in view.mentions):
            continue
        relation = "leads" if match.group("lead") else "participatesIn"  # ('its commander was A': A leads it)
        for person in crew:
            fact(person, relation, flight, cue=match, before=flight, rule="crew of the flight in focus")
    for match in CREW_COLON.finditer(sentence):
        flight = flight_in_focus(view, history, start + match.start())
        limit = start + (sentence.find(";", match.end()) % (len(sentence) + 1) if ";" in sentence[match.end() :]
                         else len(sentence))  # fmt: skip
        listed = [m for m in view.mentions if start + match.end() <= m.start < limit and is_(m, "Person")
                  and COLON_ITEM.search(view.text, start + match.end() - 2, m.start)]  # fmt: skip
        if flight is None or not listed or listed[0].start != start + match.end():
            continue
        for person in listed:
            fact(person, "participatesIn", flight, cue=match, before=flight, rule="crew of the flight in focus")
    for match in FLEW_UNDER.finditer(sentence):
        at = start + match.end()
        programme = next((m for m in view.mentions if m.start == at), None)
        if programme is None or not is_(programme, "Program") or is_(programme, "Station"):
            continue
        if is_(programme, "Document"):
            continue  # ('flew under an agreement': no programme)
        for person in [m for m in view.clause_subject(match.start(), "Person") if view.own_clause(m, match.start())]:
            if is_(person, "Person"):
                fact(person, "participatesIn", programme, cue=match, rule="flew under a programme")
    for match in FOLLOWED.finditer(sentence):
        _followed(view, fact, facts, earlier, history, start, match)
    for match in EACH_SENT.finditer(sentence):
        senders = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
        programme = _programme_in_focus(view, history, earlier + facts, start + match.start())
        for sender in senders if programme is not None else ():
            if not is_(sender, "Person"):
                fact(sender, "participatesIn", programme, cue=match, rule="each sent a crew member")
    for match in ADDED_TO.finditer(sentence):
        at = start + match.end()
        station = next((m for m in view.mentions if m.start == at or (m.start < at < m.end)), None)
        if station is None or not is_(station, "Station"):
            continue
        # ('STS-92, which added a truss to the station': the flight the relative clause hangs on)
        subjects = [m for m in view.mentions if RELATIVE_AFTER.fullmatch(view.text, m.end, start + match.start())]
        if not subjects:
            subjects = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        for flight in subjects:
            if is_(flight, "Mission") and not is_(flight, "Station") and not launcher(view, flight):
                fact(flight, "participatesIn", station, cue=match, rule="flight's work on a station")


def _programme_in_focus(view: SentenceView, history: list[Found], facts: list[dict[str, Any]], at: int) -> Found | None:
    """The programme (not a single flight nor a station) that the last facts within reach put people or bodies in."""
    for f in reversed(facts):
        if f["relation"] != "participatesIn" or f.get("modality") or at - f["evidence"][0][1] > REACH:
            continue
        mention = next((m for m in reversed(history) if m.entity == f["object"]), None)
        if mention is not None and view.is_(mention, "Program") and not view.is_(mention, "Mission"):
            return mention
    return None


def _followed(
    view: SentenceView,
    fact: Fact,
    facts: list[dict[str, Any]],
    earlier: list[dict[str, Any]],
    history: list[Found],
    start: int,
    match: re.Match[str],
) -> None:
    """'A followed in June and B in August': A and B take part in what the last one named before them did."""
    is_ = view.is_
    followers = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())
                 and not OF_BEFORE.search(view.text, max(0, m.start - 4), m.start)]  # fmt: skip
    if not followers:
        return
    person = is_(followers[0], "Person")
    # (the gapped ones after it: ', and B in August')
    limit = start + view.clause_end(match.end())
    for mention in (m for m in view.after(match.end()) if m.start < view.end):
        if not (is_(mention, "Person") == person and is_(mention, "Agent")):
            continue
        opening = view.text[max(start + match.end(), mention.start - 60) : mention.start]
        qualified = [m for m in view.mentions if m.end <= mention.start and m.end + 3 >= mention.start
                     and re.match(r"['’]s\s", view.text[m.end : m.end + 3])]  # fmt: skip
        if qualified:
            opening = view.text[max(start + match.end(), qualified[-1].start - 60) : qualified[-1].start]
        if GAPPED_OPENING.search(opening) and GAPPED_TIME.match(view.text, mention.end):
            followers.append(mention)
    del limit
    here = [f for f in facts if f.get("cue") and f["cue"][1] <= start + match.start()]
    deeds = [f for f in earlier + here if f["relation"] in COPIED and not f.get("modality")
             and start + match.start() - f["evidence"][0][1] <= REACH
             and f["subject"] not in {m.entity for m in followers}
             and _kind(view, history, f["subject"], "Person") == person]  # fmt: skip
    if not deeds:
        return
    last = deeds[-1]
    done = [f for f in deeds if f["subject"] == last["subject"] and f["evidence"][0] == last["evidence"][0]]
    objects = {f["object"]: f for f in done}

    def there(entity: str) -> bool:
        """'followed him there': the place the one followed went to ('flew to X'), whatever its type."""
        if not match.group(0).endswith("there"):
            return False
        first, last = objects[entity]["evidence"][0]
        return any(m.entity == entity and first <= m.start < last and TO_BEFORE.search(view.text, m.start - 8, m.start)
                   for m in history + view.mentions)  # fmt: skip

    for follower in followers:
        for entity in objects:
            obj = next((m for m in reversed(history + view.mentions) if m.entity == entity), None)
            # (a programme or a station, which many flights share; never a single flight: 'A flew Example 1 in
            # April; B followed in August' on Example 2)
            if obj is not None and (is_(obj, "Station") or not is_(obj, "Mission") or there(entity)):
                fact(follower, "participatesIn", obj, cue=match, rule="followed")
