"""Work done for a client, and a questioner's outlet in a transcript, read from general constructions over any
names (relations24, v23 round):

- work done for a client: ``Example Corp built the satellite for Egypt``, ``builds communications satellites for
  the agency``, ``has flown sounding rockets from X since the 1960s, often for ESA and for DLR``, ``leads the
  mission for NASA``, ``Russia built it for Iran``: a body that builds, launches, carries, flies, runs or leads
  something for another body is its partner (GUIDELINES: 'built for NASA by Rockwell', 'that Russia had built for
  Iran', 'carried satellites for an agency'). The object may be unnamed (a common noun or a pronoun); the named
  craft of ``built Example-1 for the agency`` is read by the verb rules of relations.py, a passive by
  ``builder_partners``. A person working for a body, a client named with a possessive (``for NASA's programme``),
  a place or a craft after ``for`` and an infinitive (``chose A to build it for B``) give nothing;
- a questioner's label: ``Q (Jane Doe, Reuters):``, ``Q (from Jane Doe of SpaceNews):``: the reporter is
  affiliated with the outlet (GUIDELINES, the twenty-third set: 'Q (Marcia Dunn, Associated Press):').

Each function takes the sentence view, the relation stage's ``fact`` and the sentence; the verb group's negation
or plan is read by ``fact`` from the cue match it is given."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found

Fact = Callable[..., None]

_CRAFT_NOUNS = (
    r"(?:satellites?|probes?|rockets?|spacecraft|craft|missions?|landers?|rovers?|orbiters?|modules?|capsules?|"
    r"instruments?|cameras?|telescopes?|launch(?:es)?|launchers?|flights?|payloads?|cargo|crews?|astronauts|"
    r"engines?|stages?|buses|bus|ground\s+stations?|systems?|constellations?|networks?|parts|components|hardware)"
)
# The prepositions of the adjuncts of place and time allowed between the object and 'for' (each adjunct's words are
# no preposition, so the adjuncts split one way only and a long chain of them costs no backtracking).
_ADJUNCT = r"(?:from|in|at|since|during|into|to|on)"
# 'built the satellite for', 'builds communications satellites … for', 'has flown sounding rockets from Esrange since
# the 1960s, often for', 'leads the mission for', 'built it for': a working verb, its object (a pronoun or a noun
# phrase ending in a craft noun, at most three words before it) and a few adjuncts of place and time, then 'for'
# (not a compound: 'a Russian-built satellite for Iran' names no subject).
WORK_FOR = re.compile(
    r"(?<![\w-])(?:built|builds|build|developed|develops|develop|designed|designs|design|made|makes|make|manufactured|"
    r"manufactures|manufacture|assembled|assembles|launched|launches|launch|carried|carries|carry|flown|flew|flies|"
    r"fly|operated|operates|operate|runs|ran|run|leads|led|lead|managed|manages|manage)\s+"
    rf"(?:(?P<pronoun>it|them)|(?:(?:the|a|an|its|their|two|three|four|five|six|several|many|some|all|\d+)\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?{_CRAFT_NOUNS})"
    rf"(?:\s+{_ADJUNCT}\s+(?:the\s+)?(?!{_ADJUNCT}\b)[\w-]+(?:\s+(?!{_ADJUNCT}\b|for\b)[\w-]+){{0,2}}(?=[\s,])){{0,3}}"
    r"(?:\s*,\s*(?:often|mostly|mainly|largely|chiefly|usually|sometimes))?"
    r"\s+for\s+(?:the\s+)?(?=[A-Z])"
)
# What before the verb says it is not done by the clause's subject: 'to build', 'was built', 'has been built'.
NOT_ITS_OWN = re.compile(r"(?:\bto|\b(?:was|were|is|are|be|been|being))\s+(?:\w+ly\s+)?$")
# 'no satellite', 'never built': nothing done ('NASA built no probe for the encounter' gives nothing; GUIDELINES).
NONE_DONE = re.compile(r"^\S+\s+no\b")
# 'for NASA's programme', 'for the Examplo mission': the client's own undertaking, not the client.
CLIENT_OWNS = re.compile(
    r"(?:['’]s?\b|\s+(?:mission|missions|programme|programmes|program|programs|project|projects|probe|satellite|"
    r"satellites|rover|station|telescope|launch|launches|effort|initiative)\b)"
)
# 'and for DLR', ', DLR and CNES', 'and the German Aerospace Center': further clients after the first.
MORE_CLIENTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:for\s+)?(?:the\s+)?(?=[A-Z])")
# 'Q (Jane Doe, Reuters):', 'Question (from Jane Doe of SpaceNews):', 'REPORTER (Jane Doe, the Examplo Times):'.
QUESTIONER = re.compile(
    r"(?:^|(?<=\n))\s*(?:Q|Question|QUESTION|Reporter|REPORTER|Questioner|QUESTIONER)\s*\(\s*(?:from\s+)?(?=[A-Z])"
)
# The whole label: 'Q (Jane Doe, Reuters):' up to its colon.
LABEL = re.compile(r"\s*(?:Q|Question|QUESTION|Reporter|REPORTER|Questioner|QUESTIONER)\s*\([^()\n]{3,100}\)\s*:")
OUTLET_AFTER = re.compile(r"\s*(?:,|\s+of)\s+(?:the\s+)?(?=[A-Z])")
LABEL_CLOSE = re.compile(r"\s*\)\s*:")


def _client(view: Any, mention: Found | None) -> bool:
    """A body that work can be done for: an agent that is no person, no place and no craft."""
    if mention is None or not view.is_(mention, "Agent") or view.is_(mention, "Person"):
        return False
    return not CLIENT_OWNS.match(view.text, mention.end)


def work_for_clients(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Example Corp built the satellite for Egypt', 'has flown sounding rockets …, often for ESA and for DLR',
    'leads the mission for NASA': the worker and each client are partners (see the module's docstring)."""
    is_ = view.is_
    for match in WORK_FOR.finditer(sentence):
        if NOT_ITS_OWN.search(sentence, max(0, match.start() - 20), match.start()) or NONE_DONE.match(match.group(0)):
            continue
        at = start + match.end()
        first = next((m for m in view.mentions if m.start == at), None)
        if first is None or not _client(view, first):
            continue
        clients: list[Found] = [first]
        while True:
            more = MORE_CLIENTS.match(view.text, clients[-1].end, view.end)
            following = next((m for m in view.mentions if more is not None and m.start == more.end()), None)
            if following is None or not _client(view, following):
                break
            clients.append(following)
        # (the clause's subject before the verb, in its own clause: 'Acme, which built it for NASA, …' is Acme's;
        # 'The engineers who built it for NASA left Acme' has no named subject)
        workers = [m for m in view.clause_subject(match.start(), "Agent")
                   if m.start >= view.start and m.end <= start + match.start() and view.own_clause(m, match.start())]  # fmt: skip
        for worker in workers:
            if is_(worker, "Person"):
                continue
            for client in clients:
                if client.entity != worker.entity:
                    fact(worker, "partnerOf", client, cue=match, rule="work for a client")


def questioner_outlets(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Q (Jane Doe, Reuters):', 'Q (from Jane Doe of SpaceNews):': the questioner is affiliated with the outlet
    named beside the name in a transcript's label."""
    is_ = view.is_
    for match in QUESTIONER.finditer(sentence):
        person = next((m for m in view.mentions if m.start == start + match.end()), None)
        if person is None or not is_(person, "Person"):
            continue
        between = OUTLET_AFTER.match(view.text, person.end, view.end)
        outlet = next((m for m in view.mentions if between is not None and m.start == between.end()), None)
        if outlet is None or not is_(outlet, "Organization") or is_(outlet, "Country") or is_(outlet, "Person"):
            continue
        if LABEL_CLOSE.match(view.text, outlet.end, view.end) is None:
            continue
        fact(person, "affiliatedWith", outlet, cue=match, rule="questioner's outlet")


def label_end(text: str, line_start: int) -> int:
    """Where a questioner's label that opens the line at ``line_start`` ends ('Q (Jane Doe, Reuters):'), or -1:
    what is read inside the label stands when the question after it states nothing."""
    label = LABEL.match(text, line_start)
    return label.end() if label is not None else -1


# A grouping of states by its name's head word: 'the European Economic Area', 'the Examplo Union' (not an agency,
# a company, nor a consortium or group that companies form).
GROUPING_HEAD = re.compile(r"\b(?:Area|Union|Community|Alliance|Partnership|Coalition|Forum|Bloc)$")


def grouping_of_states(view: Any, body: Found) -> bool:
    """A body of states a country can take part through as a member ('the European Economic Area'): an
    organization (no space agency) whose name ends in a grouping's word."""
    if view.is_(body, "SpaceAgency") or view.is_(body, "GovernmentBody") or view.is_(body, "Country"):
        return False
    # (the head word for every kind: 'through the World Bank', 'through the UN office' name no grouping; review26)
    return bool(view.is_(body, "Organization")) and GROUPING_HEAD.search(view.text, body.start, body.end) is not None


# 'supplied the probe's altimeter through the Canadian Space Agency', 'took part in X through its agency, ASI':
# the body a country acted through, right after the verb group's words (no clause break before it).
THROUGH_BODY = re.compile(
    r"[^,;.:()]{0,60}?\s+through\s+(?:the\s+|its\s+|their\s+)?(?:(?:[a-z]+\s+){0,2}[a-z]+,\s+|(?:[a-z]+\s+){0,2}?)(?=[A-Z])"
)


def acting_through(view: Any, facts: list[dict[str, Any]], first: int) -> None:
    """'Canada, which supplied the laser altimeter through the Canadian Space Agency': the country takes part and
    so does the agency it acted through (GUIDELINES, the twenty-third set: 'participatesIn for both'). A grouping
    the country takes part through ('through the EEA') is no such agency, nor is a person, a country or a deal."""
    is_ = view.is_
    for stated in list(facts[first:]):
        if stated["relation"] != "participatesIn" or "cue" not in stated or "at" not in stated:
            continue
        subject = next((m for m in view.mentions if (m.start, m.end) == tuple(stated["at"])), None)
        if subject is None or not is_(subject, "Country"):
            continue
        through = THROUGH_BODY.match(view.text, stated["cue"][1], view.end)
        body = next((m for m in view.mentions if through is not None and m.start == through.end()), None)
        if body is not None and grouping_of_states(view, body) and body.entity != stated["object"]:
            # 'Norway takes part in the programme through the European Economic Area': the country is a member of
            # the grouping it takes part through, and the grouping takes no part of its own (GUIDELINES, the v19
            # and v25 sets; not an agency, ESA included: 'France takes part in X through ESA'; members26)
            facts.append({**stated, "relation": "memberOf", "object": body.entity, "rule": "took part through"})
            continue
        if (
            body is None
            or not is_(body, "Organization")
            or any(is_(body, kind) for kind in ("Country", "Person", "InternationalOrganization"))
            or body.entity in (subject.entity, stated["object"])
        ):
            continue
        facts.append({**stated, "subject": body.entity, "at": (body.start, body.end), "rule": "acted through"})
