"""Running something together, read from general constructions over any names (roles25, v24 round):

- a relative clause with a co-runner: ``the Example Array, which NOIRLab runs together with the SKA Observatory``,
  ``the laboratory it runs with Roscosmos, ESA, Japan and Canada``, ``which the observatory operates jointly with
  Chile``: the runner and every body after ``with`` lead the thing run, and the runner is each one's partner
  (GUIDELINES: 'a programme that A runs with B is leads for both and partnerOf'; 'which NSF's NOIRLab runs together
  with the SKA Observatory'; 'the laboratory it runs with Roscosmos, ESA, Japan and Canada'). A pronoun runner
  (``it``) gives only the co-runners; a main clause (``NASA runs the mission with ESA``) is left to the verb rules,
  which make the body after ``with`` take part (GUIDELINES v17);
- coordinated runners in a relative clause: ``which ESA and CNES run together``: each leads it.

(``is run jointly by A and B`` stays what participants.jointly_run reads: each takes part, as in a joint mission.)

A person after ``with`` (``runs with help from``, ``with Jane Doe``), a possessor (``with NASA's help``), a
negated or wished verb group (``does not run``, ``wants to run``) and a body as the thing run (``a company that A
runs with B`` is ownership, not a programme) give nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found

Fact = Callable[..., None]

# What can be run: a programme, mission, craft, station, site or facility (no body: 'a company that A runs with B').
_RUN_THINGS = ("Program", "Mission", "Station", "Facility", "MilitaryBase")
_RUN = r"(?:runs|ran|run|operates|operated|operate|manages|managed|manage|co-runs|co-ran|co-run|co-operates)"
# The words of a verb group allowed between the runner and the verb: an auxiliary of a done fact and an adverb.
_AUX = r"(?:(?:has|have|had|also|now|still|long|since|already|then|been|jointly|together)\s+)*"
# 'which NOIRLab runs together with', 'it has run jointly with', 'operates with': the verb, then 'with' and a name.
RUN_WITH = re.compile(rf"(?<![\w-]){_RUN}\s+(?:(?:jointly|together|closely)\s+)?with\s+(?:the\s+)?(?=[A-Z])")
# 'which A and B run together', 'that A and B operate jointly': coordinated runners, then the verb.
RUN_TOGETHER = re.compile(rf"(?<![\w-]){_RUN}(?:\s+(?:it|them))?\s+(?:jointly|together)\b")
# Between the thing run and the runner: a relative pronoun ('X, which', 'X (XY), that') or a contact relative after
# an apposition naming what the thing is ('X, the laboratory', 'X, a telescope that').
_HEAD_NOUN = (
    r"(?:\s+(?:programme|program|project|mission|network|constellation|system|satellite|spacecraft|probe|rover|"
    r"lander|telescope|observatory|array|station|laboratory|centre|center|facility|base|site|spaceport|range))?"
)
HEAD_GAP = re.compile(
    _HEAD_NOUN
    + r"(?:\s*\([^()]{1,40}\))?(?:\s*,?\s+(?:which|that)|\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*"
    r"(?:\s+(?:which|that))?)\s+(?:the\s+)?$"
)
# Between the runner and the verb.
RUNNER_GAP = re.compile(rf"\s+{_AUX}$")
PRONOUN_RUNNER = re.compile(
    _HEAD_NOUN
    + rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*,?\s+(?:which|that)|\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*)\s+(?:it|they)\s+{_AUX}$"
)
COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])")
POSSESSIVE = re.compile(r"['’]s?\b")


def _body(view: Any, mention: Found | None) -> bool:
    """A body that can run something: an agent that is no person and is not a possessor ('with NASA's help')."""
    if mention is None or not view.is_(mention, "Agent") or view.is_(mention, "Person"):
        return False
    return POSSESSIVE.match(view.text, mention.end) is None


def _thing(view: Any, mention: Found | None) -> bool:
    return mention is not None and not view.is_(mention, "Agent") and any(view.is_(mention, k) for k in _RUN_THINGS)


def _at(view: Any, position: int) -> Found | None:
    return next((m for m in view.mentions if m.start == position), None)


def _listed(view: Any, first: Found) -> list[Found]:
    """'with Roscosmos, ESA, Japan and Canada': the first body and each one coordinated after it."""
    bodies = [first]
    while True:
        more = MORE.match(view.text, bodies[-1].end, view.end)
        following = _at(view, more.end()) if more is not None else None
        if not _body(view, following):
            return bodies
        assert following is not None
        bodies.append(following)


def _ending_before(view: Any, position: int, gap: re.Pattern[str]) -> Found | None:
    """The mention nearest before ``position`` whose words up to it match ``gap`` (as a suffix)."""
    mentions: list[Found] = [m for m in view.mentions if m.end <= position and m.start >= view.start]
    for mention in sorted(mentions, key=lambda m: -m.end):
        if gap.fullmatch(view.text, mention.end, position):
            return mention
        if position - mention.end > 80:
            return None
    return None


def _runners_before(view: Any, position: int) -> list[Found]:
    """'NOIRLab', 'the Examplo Space Agency and CNES': the body (or coordinated bodies) right before the verb."""
    last = _ending_before(view, position, RUNNER_GAP)
    if not _body(view, last):
        return []
    assert last is not None
    runners = [last]
    while True:
        earlier = next((m for m in view.mentions if m.end <= runners[0].start and m.start >= view.start
                        and COORDINATED.fullmatch(view.text, m.end, runners[0].start)), None)  # fmt: skip
        if not _body(view, earlier):
            return runners
        assert earlier is not None
        runners.insert(0, earlier)


def co_runners(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the Example Array, which NOIRLab runs together with the SKA Observatory', 'which ESA and CNES run together',
    everyone named as running it leads it (see the module's docstring)."""
    for match in RUN_WITH.finditer(sentence):
        verb = start + match.start()
        runners = _runners_before(view, verb)
        if runners:
            head = _ending_before(view, runners[0].start, HEAD_GAP)
        else:
            pronoun = re.search(PRONOUN_RUNNER, view.text[max(view.start, verb - 120) : verb])
            head = (_ending_before(view, max(view.start, verb - 120) + pronoun.start(), re.compile(r"\s*$"))
                    if pronoun is not None else None)  # fmt: skip
        first = _at(view, start + match.end())
        if not _thing(view, head) or not _body(view, first):
            continue
        assert head is not None and first is not None
        others = [m for m in _listed(view, first) if m.entity != head.entity]
        for runner in runners:
            fact(runner, "leads", head, cue=match, before=runner, rule="run with")
        for other in others:
            fact(other, "leads", head, cue=match, before=runners[0] if runners else first, rule="run with")
            for runner in runners:
                if runner.entity != other.entity:
                    fact(runner, "partnerOf", other, cue=match, before=runner, rule="run with")
    for match in RUN_TOGETHER.finditer(sentence):
        runners = _runners_before(view, start + match.start())
        if len(runners) < 2:
            continue
        head = _ending_before(view, runners[0].start, HEAD_GAP)
        if not _thing(view, head):
            continue
        assert head is not None
        for runner in runners:
            fact(runner, "leads", head, cue=match, before=runner, rule="run together")
