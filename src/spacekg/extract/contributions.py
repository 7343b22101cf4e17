"""Who contributes to a craft or programme, read from general constructions of English over any names
(participation22, v21 round):

- a part supplied, with the craft as its owner: ``X, which supplied three of the orbiter's
  instruments,``, ``X provided two of Example-3's cameras``, ``A and B supplied parts of several of
  them`` (after a sentence counting the craft's instruments): X takes part in the craft;
- a craft that carries a body's instrument: ``Example-3, which carried NASA's Aquarius instrument``
  (NASA takes part in Example-3; the named instrument is part of it);
- help given to the act of a clause: ``A launched Example-1 with help from B`` (B takes part);
- bodies listed before a relative clause of committing: ``joins A, B and C, which have already
  committed hardware to the station`` (each takes part in the station; joining them is not
  membership, so the ``memberOf`` the verb 'joins' reads is dropped);
- a long effort: ``X has worked for years on a launcher of its own, Example-5``;
- a person's role on a craft: ``Jane Doe, the Example-3 project scientist`` (takes part), ``…, the
  Example-3 project manager`` (leads);
- gapping and ``respectively``: ``Example-1 and Example-2 …; A built the first and B the second``,
  ``A and B built Example-1 and Example-2 respectively`` (each builder its own craft, not the other);
- a launcher's operator: ``on an Example 5 rocket operated by X`` (X leads the rocket, not the craft
  it carries: the ``leads`` of the payload the passive reads is dropped);
- parts after a passive: ``Example-3's cameras were supplied by JAXA``, ``Two of its instruments came
  from JAXA`` ('its' only when it stands for a craft);
- commitments and sharing in a main clause: ``CNES has committed hardware to X``, ``France shares
  the Example-3 satellite with Italy``, ``Example-3 is a satellite that France shares with Italy``;
- work done together: ``X was carried out together with Y`` (with an opening 'Its', the owner it
  stands for takes part and is Y's partner); ``built by a consortium led by A, with B and C among
  the partners`` (A leads, B and C take part), ``It was built by …`` for the craft in focus.

Each function takes the sentence view, the relation stage's ``fact`` and what it needs of the
text; the verb group's negation or plan is read by ``fact`` from the cue match it is given."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import launcher
from spacekg.extract.coreference import antecedent

Fact = Callable[..., None]

# What a body supplies for a craft: its parts, by the common nouns of hardware.
_PART = (
    r"(?:instruments?|cameras?|sensors?|spectrometers?|detectors?|magnetometers?|radars?|antennas?|experiments?|"
    r"payloads?|parts|components?|engines?|(?:rocket\s+)?motors?|thrusters?|stages?|modules?|arms?|panels?|"
    r"solar\s+arrays?|subsystems?|hardware|electronics|batteries|wheels|legs|drills?|heat\s+shields?|"
    # (the other common nouns of a craft's hardware: 'supplied the spacecraft's laser altimeter'; relations24)
    r"altimeters?|imagers?|radiometers?|spectrographs?|transponders?|receivers?|transmitters?|radios?|mirrors?|"
    r"lasers?|tanks?|computers?|star\s+trackers?|gyroscopes?|booms?|sails?)"
)
_SUPPLY_VERB = (
    r"(?:supplied|supplies|supply|provided|provides|provide|contributed|contributes|contribute|delivered|delivers|"
    r"deliver|furnished|furnishes|built|builds|build|designed|designs|made|makes|developed|develops)"
)
# 'supplied three of the orbiter's instruments', 'provided parts of several of them', 'built two of Example-3's
# cameras', 'supplied its rocket motors': the craft is the possessor of the part (named, a noun, or 'them').
SUPPLIED_PART = re.compile(
    rf"\b{_SUPPLY_VERB}\s+(?:(?:the|its|their|an?|some|several|most|all|many|one|two|three|four|five|six|seven|"
    rf"eight|nine|ten|\d+|parts|part|each|both|any|none)\s+(?:of\s+)?){{0,4}}"
    rf"(?:(?:(?P<noun>the\s+(?:[a-z-]+\s+)?(?:orbiter|probe|lander|rover|spacecraft|satellite|craft|telescope|"
    rf"observatory|mission|station|rocket|launcher)['’]s\s+)|(?P<poss>(?=[A-Z\d])[^\s,;.]+(?:\s+[A-Za-z\d-]+){{0,3}}?"
    rf"['’]s\s+))(?:[a-z-]+\s+){{0,2}}?(?P<part>{_PART})\b|(?<=of\s)(?P<them>them\b))"
)
# The sentence before names the craft's parts: 'JUICE … carries ten instruments.'
PARTS_BEFORE = re.compile(rf"\b(?:carries|carried|carry|has|had|holds|held|hosts|hosted)\s+(?:[\w-]+\s+){{0,2}}{_PART}")
# A subject's relative clause opening right after its name: ', which had', ', who also'.
RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|who)\s+(?:(?:had|has|have|also|already|once|then|later)\s+)*$")
# A craft that carries a body's instrument: 'which carried NASA's Aquarius instrument', 'carries a JAXA camera'.
CARRIED = re.compile(
    r"\b(?:carried|carries|carry|carrying|hosted|hosts|flew|flies|had\s+on\s+board|has\s+on\s+board)\s+"
    r"(?:an?\s+|the\s+|(?:one|two|three|four|five|several|some|both)\s+(?:of\s+)?)?"
)
CARRIED_TAIL = re.compile(rf"['’]s\s+(?:[A-Za-z\d-]+\s+){{0,3}}?{_PART}\b")
# 'with help from B', 'with the help of B', 'with support from B', 'with funding from B'.
HELP = re.compile(
    r"\bwith\s+(?:(?:the|technical|financial|some|American|Soviet|Russian)\s+)?"
    r"(?:help|assistance|support|funding|aid)\s+(?:from|of)\s+(?:the\s+)?(?=[A-Z])"
)
# 'which have already committed hardware to the station', 'who had contributed modules to'.
COMMITTED = re.compile(
    r"\s*,\s*(?:which|who)\s+(?:(?:have|has|had|already|also|each|all|both)\s+)*"
    r"(?:committed|contributed|supplied|provided|delivered|pledged)\s+(?:[\w-]+\s+){0,4}?(?:to|for)\s+(?:the\s+)?"
)
CRAFT_NOUN = re.compile(
    r"(station|mission|programme|program|project|spacecraft|probe|lander|rover|telescope|observatory)\b(?![-'’])"
)
NOUN_CRAFT_CLASSES: dict[str, tuple[str, ...]] = {
    "station": ("Station", "Program"), "mission": ("Mission", "Program"), "programme": ("Program",), "program": ("Program",),
    "project": ("Program",),
}  # fmt: skip
STATION_NAME = re.compile(r"\b(?:[Ss]tation|Gateway|ISS|Tiangong|Mir|Skylab|Salyut)\b")
# 'CNES has committed hardware to the Lunar Gateway' (a main clause: the subject is the clause's).
COMMITTED_MAIN = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|also|now|each|all|both|(?P<not>not|never))\s+)*committed\s+(?:[\w-]+\s+){0,4}?(?:to|for)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# 'France shares the Example-3 satellite with Italy'; 'Example-3, a satellite that France shares with Italy'.
SHARES = re.compile(r"\b(?:shares|shared|co-owns|co-owned|jointly\s+(?:owns|owned|operates|operated|runs|ran))\s+")
SHARED_WITH = re.compile(r"\s*with\s+(?:the\s+)?(?=[A-Z])")
SHARED_CRAFT_GAP = re.compile(
    r"(?:\s*,\s*|\s+(?:is|was|are|were)\s+)(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:that\s+|which\s+)?"
)
JOINS_BEFORE = re.compile(r"\b(?:joins|joined|join|joining|will\s+join)\s+(?:the\s+)?$")
# 'has worked for years on', 'is working on', 'has been working since 2010 on' + 'a launcher of its own, X'.
WORKED_ON = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+(?:also\s+|long\s+|been\s+|(?P<not>not\s+|never\s+))*(?:worked|working)\s+"
    r"(?:(?:for\s+(?:years|decades|a\s+decade|\w+\s+years)|since\s+\d{4}|together|closely|hard)\s+)*on\s+"
    r"(?:(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:of\s+(?:its|their)\s+own\s*)?,\s+|the\s+)?"
)
# A person's role on a craft after the name: 'Jane Doe, the Example-3 project scientist', '…, the mission's …'.
CRAFT_ROLE = re.compile(
    r"\s*,\s+(?:the|its|then|now|then\s+the|now\s+the)\s+(?P<craft>[A-Z][^,;.]{0,40}?)\s+"
    r"(?:(?:deputy|chief|lead|senior)\s+)?(?P<role>project\s+scientist|mission\s+scientist|principal\s+investigator|"
    r"science\s+lead|lead\s+scientist|chief\s+scientist|instrument\s+scientist|project\s+manager|mission\s+manager|"
    r"programme\s+manager|program\s+manager|mission\s+director)\b"
)
# 'Example-1 and Example-2 …; A built the first and B the second'.
FIRST_SECOND = re.compile(
    r"\b(?P<verb>built|launched|made|designed|supplied|provided|developed|operates|operated|runs|ran)\s+the\s+first"
    r"(?:\s+one)?\s*,?\s+(?:and|while|whereas)\s+(?P<b>(?:the\s+)?[A-Z][^,;.]{0,60}?)\s+the\s+second\b"
)
RESPECTIVELY = re.compile(r",?\s+respectively\b")
RESPECTIVE_GAP = re.compile(r"(?:\s+(?:in|on|at|from|by|for|between)\s+[^,;:.()]{1,40}?)?")
PAIR_VERB = re.compile(
    r"\b(?P<verb>built|build|builds|launched|launch|launches|made|designed|supplied|provided|developed|operate|"
    r"operates|operated|run|runs|ran|lead|leads|led)\s+(?:the\s+)?"
)
_LEADING_VERBS = ("operate", "operates", "operated", "run", "runs", "ran", "lead", "leads", "led")
# 'an Example 5 rocket operated by X': the participle is the rocket's.
ROCKET_PARTICIPLE = re.compile(
    r"\s+(?:rocket|launcher|launch\s+vehicle|booster)s?\s*,?\s*(?P<verb>operated|run|flown|built|made|supplied)\s+by\s+"
    r"(?:the\s+)?"
)
ROCKET_BEFORE_CUE = re.compile(r"\b(?:rocket|launcher|launch\s+vehicle|booster)s?\s*,?\s*$")
ROCKET_GAP = re.compile(r"\s+(?:rocket|launcher|launch\s+vehicle|booster)s?\s*,?\s*")
# 'was built by a consortium led by A (ACR), with B and C among the partners'.
CONSORTIUM = re.compile(
    r"\b(?:(?P<it>[Ii]t)\s+|(?P<its>[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:satellites|spacecraft|probes|craft|orbiters|"
    r"modules|rovers|landers)\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:[a-z]+\s+)?(?:built|developed|designed|made|"
    r"assembled)\s+by\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:consortium|team|group|partnership|alliance)\s+(?:led|headed|run)\s+"
    r"by\s+(?:the\s+)?"
)
CONSORTIUM_PARTNERS = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*,\s+(?:and\s+)?with\s+(?P<list>[^;.]{1,200}?)\s*,?\s+(?:among|as)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:main|chief|principal|junior|major|key|industrial)\s+)?"
    r"(?:partners?|members?|other\s+partners)\b"
)
# 'was carried out together with the Italian Space Agency', 'is being developed jointly with JAXA'.
DONE_TOGETHER = re.compile(
    r"\b(?P<aux>was|were|is|are|has|have|had|will|is\s+being|are\s+being)\s+(?P<not>not\s+|never\s+)?(?:been\s+|be\s+)?"
    r"(?:[a-z]+ly\s+)?(?:carried\s+out|developed|built|designed|made|conducted|undertaken|prepared|assembled)\s+"
    r"(?:(?:together|jointly)\s+with|in\s+(?:cooperation|collaboration|partnership)\s+with)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Its most ambitious project, …', 'Their joint satellite …': the owner the possessive opening the clause stands for.
OWNER_OPENING = re.compile(r"(?:Its|Their)\s+")
# 'Example-3's cameras were supplied by JAXA', 'The probe's spectrometer was built by CNES', 'Two of its instruments
# came from JAXA': the parts' supplier after a passive or 'came from'.
PARTS_BY = re.compile(
    rf"(?:(?P<noun>\b[Tt]he\s+(?:[a-z-]+\s+)?(?:orbiter|probe|lander|rover|spacecraft|satellite|craft|telescope|observatory|"
    rf"mission|station)['’]s)|(?P<its>\b[Ii]ts)|(?P<poss>['’]s))\s+(?:[a-z-]+\s+){{0,2}}?{_PART}\s+"
    rf"(?:(?P<aux>were|was|are|is|had\s+been|have\s+been|has\s+been|will\s+be)\s+(?P<not>not\s+|never\s+)?"
    rf"(?:(?:all|also|jointly|each)\s+)?(?:supplied|provided|built|made|designed|developed|contributed|delivered)\s+by|"
    rf"(?P<came>came|come|comes|will\s+come)\s+from)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Jane Doe is the principal investigator of Example-3', 'Jane Doe, project scientist for Example-3,'.
ROLE_OF_CRAFT = re.compile(
    r"(?:\s*,\s+|\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+)(?:the\s+|its\s+)?(?:(?:deputy|chief|lead|senior)\s+)?"
    r"(?P<role>project\s+scientist|mission\s+scientist|principal\s+investigator|science\s+lead|lead\s+scientist|"
    r"chief\s+scientist|instrument\s+scientist|project\s+manager|mission\s+manager|programme\s+manager|"
    r"program\s+manager|mission\s+director)\s+(?:of|for|on)\s+(?:the\s+)?(?=[A-Z])"
)


def _crafts(view: Any, items: list[Found]) -> list[Found]:
    return [m for m in items if view.craft(m) or view.takes(m, "Program")]


def _focus_craft(view: Any, history: list[Found], before: int) -> Found | None:
    """The spacecraft in focus: the nearest earlier mission (this sentence's mentions, then the text's)."""
    earlier = sorted([m for m in history if m.end <= before] + [m for m in view.mentions if m.end <= before],
                     key=lambda m: m.start)  # fmt: skip
    return antecedent(view.linker, ("Mission",), earlier, before)


def _its_craft(view: Any, history: list[Found], before: int) -> Found | None:
    """What 'its' stands for when that is a craft: the nearest earlier craft, body or country ('NASA … Its
    cameras' is the agency's, no craft's)."""
    earlier = sorted([m for m in history if m.end <= before] + [m for m in view.mentions if m.end <= before],
                     key=lambda m: m.start)  # fmt: skip
    found = antecedent(view.linker, ("Mission", "Program", "Organization", "Country"), earlier, before,
                       exclude=("Person",))  # fmt: skip
    return found if found is not None and view.craft(found) else None


def supplied_parts(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'X, which supplied three of the orbiter's instruments,', 'A and B supplied parts of several of them',
    'X provided two of Example-3's cameras': the supplier takes part in the craft that owns the parts."""
    is_ = view.is_
    for match in SUPPLIED_PART.finditer(sentence):
        at = start + match.start()
        craft: Found | None = None
        if match.group("poss"):
            craft = next((m for m in _crafts(view, view.mentions) if start + match.start("poss") <= m.start
                          and m.end <= start + match.end("poss")), None)  # fmt: skip
        elif match.group("noun"):
            craft = _focus_craft(view, history, at)
        elif match.group("them") and PARTS_BEFORE.search(view.text, max(0, start - 300), start):
            craft = _focus_craft(view, history, start)
        if craft is None:
            continue
        earlier = [m for m in view.mentions if m.end <= at and is_(m, "Agent") and not is_(m, "Person")]
        if not earlier:
            continue
        relative = RELATIVE_OPENING.search(view.text, earlier[-1].end, at)
        if relative is not None and relative.start() == earlier[-1].end:
            subjects = [earlier[-1]]
        else:
            subjects = view.clause_subject(match.start(), "Agent")
        for subject in subjects:
            if not is_(subject, "Person"):
                fact(subject, "participatesIn", craft, cue=match, rule="supplied a craft's parts")


def parts_supplied_by(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Example-3's cameras were supplied by JAXA', 'The probe's spectrometer was built by CNES', 'Two of its
    instruments came from JAXA': the supplier takes part in the craft the possessive names."""
    is_ = view.is_
    for match in PARTS_BY.finditer(sentence):
        at = start + match.start()
        craft: Found | None = None
        if match.group("poss"):
            craft = next((m for m in view.mentions if m.end == at and view.craft(m)), None)
        elif match.group("its"):
            craft = _its_craft(view, history, at)
        else:
            craft = _focus_craft(view, history, at)
        if craft is None or launcher(view, craft):
            continue
        agents = view.group([m for m in view.after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        if not agents or agents[0].start != start + match.end():
            continue
        said = (
            "negated"
            if match.group("not")
            else "planned"
            if "will" in (match.group("aux") or match.group("came"))
            else None
        )
        for agent in agents:
            if not re.match(r"['’]s\b", view.text[agent.end : agent.end + 2]):
                fact(agent, "participatesIn", craft, cue=match, before=craft, rule="parts supplied by", forced=said)


def carried_instruments(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Example-3, which carried NASA's Aquarius instrument': the body takes part in the craft, the named
    instrument is part of it; 'Example-3 carries a JAXA camera' likewise."""
    is_ = view.is_
    for match in CARRIED.finditer(sentence):
        at = start + match.end()
        owner = next((m for m in view.mentions if m.start == at and is_(m, "Agent") and not is_(m, "Person")), None)
        if owner is None:
            continue
        tail = CARRIED_TAIL.match(view.text, owner.end)
        if tail is None:
            continue
        carriers = [m for m in _crafts(view, view.mentions) if m.end <= start + match.start()]
        if not carriers:
            continue
        craft = carriers[-1]
        if launcher(view, craft):
            continue  # 'A Falcon 9 rocket carried NASA's X payload': the rocket is no craft the body takes part in
        gap = view.text[craft.end : start + match.start()]
        if not re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*,?\s*(?:(?:which|that)\s+)?(?:(?:also|once|will|had|has)\s+)*", gap):
            continue  # the craft must be the verb's subject: 'Example-3 (satellite), which carried'
        fact(owner, "participatesIn", craft, cue=match, before=craft, rule="carried a body's instrument")
        for part in view.mentions:
            if owner.end < part.start and part.end <= tail.end() and view.craft(part) and part.entity != craft.entity:
                fact(part, "partOf", craft, cue=match, before=craft, rule="carried a body's instrument")


def help_given(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'A launched Example-1 from X with help from B', 'Example-1 flew in 1962 with the help of B': the helper
    takes part in the craft of the clause it closes."""
    is_ = view.is_
    for match in HELP.finditer(sentence):
        clause_open = max(sentence.rfind(";", 0, match.start()), sentence.rfind(":", 0, match.start()))
        crafts = [m for m in _crafts(view, view.before(match.start())) if m.start >= start + clause_open + 1]
        if not crafts:
            continue
        actors = [
            m for m in view.before(crafts[0].start - start) if is_(m, "Agent") and m.start >= start + clause_open + 1
        ]
        if actors and is_(actors[0], "Person"):
            continue  # 'John Sample commanded Example-9, with help from NASA': help to a person's act, no crew
        helpers = view.group([m for m in view.after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        if not helpers or helpers[0].start != start + match.end():
            continue
        for helper in helpers:
            fact(helper, "participatesIn", crafts[0], cue=match, before=crafts[0], rule="helped by")


def committed_to(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> list[str]:
    """'joins A, B and C, which have already committed hardware to the station': each takes part in the
    station. Returns the ids of the bodies a 'joins' put before such a clause (no membership in them)."""
    is_ = view.is_
    joined: list[str] = []
    for match in COMMITTED.finditer(sentence):
        before = [m for m in view.before(match.start()) if is_(m, "Agent") and not is_(m, "Person")]
        if not before or before[-1].end != start + match.start():
            continue
        listed = view.group(before, True)
        first = min(listed, key=lambda m: m.start)
        if JOINS_BEFORE.search(view.text, max(start, first.start - 30), first.start):
            joined += [m.entity for m in listed]
        target = next((m for m in view.after(match.end()) if m.start == start + match.end()
                       and (view.craft(m) or view.takes(m, "Program"))), None)  # fmt: skip
        noun = CRAFT_NOUN.match(sentence, match.end()) if target is None else None
        if noun is not None:
            # 'which have committed hardware to the station': the craft in focus of the noun's class; a station
            # may be a programme the graph knows by a name that says it ('the Gateway', 'Example Station')
            earlier = sorted([m for m in history if m.end <= start] + [m for m in view.mentions
                             if m.end <= start + match.start()], key=lambda m: m.start)  # fmt: skip
            word = noun.group(1)
            if word == "station":
                earlier = [m for m in earlier if is_(m, "Station") or STATION_NAME.search(view.text, m.start, m.end)]
            target = antecedent(view.linker, NOUN_CRAFT_CLASSES.get(word, ("Mission",)), earlier, start + match.start())
        if target is None or not (view.craft(target) or view.takes(target, "Program")):
            continue
        for body in listed:
            fact(body, "participatesIn", target, cue=match, before=body, rule="committed to")
    return joined


def committed_main(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'CNES has committed hardware to the Lunar Gateway': the subject takes part."""
    for match in COMMITTED_MAIN.finditer(sentence):
        target = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if target is None or not (view.craft(target) or view.takes(target, "Program")):
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if not view.is_(subject, "Person"):
                fact(subject, "participatesIn", target, cue=match, rule="committed to",
                     forced="negated" if match.group("not") else None)  # fmt: skip


def shared_crafts(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'France shares the Example-3 satellite with Italy', 'Example-3, a satellite France shares with Italy':
    both take part in the craft and are partners (GUIDELINES: 'a joint mission of A and B')."""
    is_ = view.is_
    for match in SHARES.finditer(sentence):
        owners = [m for m in view.before(match.start()) if is_(m, "Agent") and not is_(m, "Person")]
        if not owners or not re.fullmatch(r"\s*(?:(?:also|now|still|jointly)\s+)?", view.text[owners[-1].end : start
                                                                                                + match.start()]):  # fmt: skip
            continue
        owner = owners[-1]
        craft = next((m for m in view.after(match.end()) if view.craft(m)
                      and re.fullmatch(r"(?:the\s+|its\s+)?", view.text[start + match.end() : m.start])), None)  # fmt: skip
        after_craft = craft.end if craft is not None else start + match.end()
        if craft is not None:
            noun = re.match(r"(?:\s+(?!with\b)[a-z-]+){0,2}", view.text[craft.end :])
            after_craft += noun.end() if noun else 0
        else:
            before = [m for m in view.before(owner.start - start) if view.craft(m)]
            craft = (
                before[-1] if before and SHARED_CRAFT_GAP.fullmatch(view.text, before[-1].end, owner.start) else None
            )
        with_ = SHARED_WITH.match(view.text, after_craft, view.end)
        if craft is None or with_ is None:
            continue
        others = view.group([m for m in view.after(with_.end() - start) if is_(m, "Agent") and not is_(m, "Person")],
                            False)  # fmt: skip
        if not others or others[0].start != with_.end():
            continue
        fact(owner, "participatesIn", craft, cue=match, rule="shared craft")
        for other in others:
            fact(other, "participatesIn", craft, cue=match, before=owner, rule="shared craft")
            fact(owner, "partnerOf", other, cue=match, rule="shared craft")


def worked_on(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'X has worked for years on a launcher of its own, Example-5', 'X is working on Example-5': X takes part."""
    for match in WORKED_ON.finditer(sentence):
        target = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if target is None or not (view.craft(target) or view.takes(target, "Program")):
            continue
        if re.match(r"['’]s\b", view.text[target.end : target.end + 2]):
            continue  # 'has worked on Example-5's successor': another craft
        for subject in view.clause_subject(match.start(), "Agent"):
            fact(
                subject,
                "participatesIn",
                target,
                cue=match,
                rule="worked on",
                forced="negated" if match.group("not") else None,
            )


def craft_roles(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Jane Doe, the Example-3 project scientist,': she takes part; '…, the Example-3 project manager': she
    leads it (GUIDELINES: a program's manager leads it, 'the mission's science lead' takes part)."""
    is_ = view.is_
    for person in view.mentions:
        if not is_(person, "Person"):
            continue
        match = CRAFT_ROLE.match(view.text, person.end, view.end)
        if match is None:
            continue
        craft = next((m for m in view.mentions if m.start == match.start("craft")
                      and m.end >= match.end("craft") - 3 and (view.craft(m) or view.takes(m, "Program"))), None)  # fmt: skip
        if craft is None:
            continue
        leads = "manager" in match.group("role") or "director" in match.group("role")
        fact(person, "leads" if leads else "participatesIn", craft, rule="role on a craft")
    for person in view.mentions:
        of = ROLE_OF_CRAFT.match(view.text, person.end, view.end) if is_(person, "Person") else None
        craft = next((m for m in view.mentions if of is not None and m.start == of.end() and view.craft(m)), None)
        if of is not None and craft is not None:
            leads = "manager" in of.group("role") or "director" in of.group("role")
            fact(person, "leads" if leads else "participatesIn", craft, rule="role on a craft")


def consortium_built(view: Any, fact: Fact, start: int, sentence: str, referent: Callable[[int], Found | None]) -> None:
    """'Example-7 was built by a consortium led by A, with B and C among the partners', or 'It was …': A leads
    the craft, B and C take part in it (GUIDELINES v21: no partnership between them); ``referent`` finds what
    'it' stands for before a position."""
    is_ = view.is_
    for match in CONSORTIUM.finditer(sentence):
        leader = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Agent")), None)
        if leader is None:
            continue
        if match.group("it"):
            craft = referent(start + match.start("it"))
        elif match.group("its"):
            # 'Its satellites were built by a team headed by A': the programme 'its' stands for (participation23)
            craft = referent(start + match.start("its"))
        else:
            subjects = [m for m in view.before(match.start()) if view.craft(m)]
            craft = subjects[-1] if subjects and re.fullmatch(
                r"(?:\s+[a-z]+){0,2}\s*", view.text[subjects[-1].end : start + match.start()]) else None  # fmt: skip
        if craft is None or not view.craft(craft):
            continue
        fact(leader, "leads", craft, cue=match, before=craft, rule="consortium")
        partners = CONSORTIUM_PARTNERS.match(view.text, leader.end, view.end)
        if partners is None:
            continue
        for other in view.mentions:
            if not (partners.start("list") <= other.start and other.end <= partners.end("list")):
                continue
            # ('with the French space agency CNES': the adjective's country is no partner)
            if (
                not is_(other, "Agent")
                or is_(other, "Person")
                or (is_(other, "Country") and re.match(r"\s+(?!(?:and|or|among|as)\b)[a-z]", view.text[other.end :]))
            ):
                continue
            if not re.match(r"['’]s\b", view.text[other.end : other.end + 2]):
                fact(other, "participatesIn", craft, cue=match, before=craft, rule="consortium")


def done_together(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Its most ambitious project, the Example-5 satellites, was carried out together with the Italian Space
    Agency': the partner takes part in the craft; the owner 'its' stands for takes part too and is the partner's
    partner (GUIDELINES v21)."""
    is_ = view.is_
    for match in DONE_TOGETHER.finditer(sentence):
        floor = max(sentence.rfind(";", 0, match.start()), sentence.rfind(":", 0, match.start())) + 1
        crafts = [m for m in view.before(match.start()) if view.craft(m) and m.start >= start + floor]
        others = view.group([m for m in view.after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        if not crafts or not others or others[0].start != start + match.end():
            continue
        if any(re.match(r"['’]s?\b", view.text[m.end : m.end + 2]) for m in others):
            continue  # 'together with JAXA's old partner': the possessor is no partner
        craft = crafts[-1]
        # (the auxiliaries are the cue's own words: their plan or denial is read here)
        said = "negated" if match.group("not") else "planned" if match.group("aux") == "will" else None
        for other in others:
            fact(other, "participatesIn", craft, cue=match, before=craft, rule="done together with", forced=said)
        owner: Found | None = None
        opening = OWNER_OPENING.match(sentence, floor + len(sentence[floor:]) - len(sentence[floor:].lstrip()))
        if opening is not None:
            earlier = sorted([m for m in history if m.end <= start], key=lambda m: m.start)
            owner = antecedent(view.linker, ("Organization", "Country"), earlier, start, exclude=("Person",))
        if owner is None:
            continue
        fact(owner, "participatesIn", craft, cue=match, before=craft, rule="done together with", forced=said)
        for other in others:
            fact(owner, "partnerOf", other, cue=match, before=craft, rule="done together with", forced=said)


def _pairing(view: Any, verb: str) -> str:
    return "leads" if verb in _LEADING_VERBS else "participatesIn"


def gapped_pairs(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Two satellites, Example-1 and Example-2, were launched; China built the first and X the second'."""
    is_ = view.is_
    for match in FIRST_SECOND.finditer(sentence):
        at = start + match.start()
        firsts = [m for m in view.before(match.start()) if is_(m, "Agent") and not is_(m, "Person")]
        if not firsts:
            continue
        a = firsts[-1]
        if not re.fullmatch(r"\s*", view.text[a.end : at]):
            continue
        b = next((m for m in view.mentions if start + match.start("b") <= m.start and m.end <= start + match.end("b")
                  and is_(m, "Agent")), None)  # fmt: skip
        earlier = [m for m in history if m.end <= start] + [m for m in view.mentions if m.end <= a.start]
        crafts = _crafts(view, earlier)
        if b is None or len(crafts) < 2:
            continue
        one, two = crafts[-2], crafts[-1]
        if not re.fullmatch(r"\s*(?:,\s*)?and\s+", view.text[one.end : two.start]):
            continue
        relation = _pairing(view, match.group("verb"))
        fact(a, relation, one, cue=match, rule="gapped pair")
        fact(b, relation, two, cue=match, rule="gapped pair")


def respective_pairs(view: Any, fact: Fact, facts: list[dict[str, Any]], first: int, start: int, sentence: str) -> None:
    """'A and B built Example-1 and Example-2 respectively': each builder its own craft; the crossed facts and
    the partnership the verb read between the subjects are dropped from ``facts`` (this sentence's)."""
    is_ = view.is_
    for match in RESPECTIVELY.finditer(sentence):
        objects = [m for m in view.before(match.start()) if view.craft(m) or view.takes(m, "Program")]
        # ('built X and Y in 2019 and 2020, respectively': words with no name may come between)
        if not objects or not RESPECTIVE_GAP.fullmatch(view.text, objects[-1].end, start + match.start()):
            continue
        if any(objects[-1].end <= m.start < start + match.start() for m in view.mentions):
            continue
        objects = sorted(view.group(objects, True), key=lambda m: m.start)
        verbs = list(PAIR_VERB.finditer(sentence, 0, objects[0].start - start))
        verb = verbs[-1] if verbs else None  # (the verb right before the objects)
        if verb is None or start + verb.end() != objects[0].start:
            continue
        subjects = [m for m in view.before(verb.start()) if is_(m, "Agent") and not is_(m, "Person")]
        if not subjects or not re.fullmatch(r"\s*(?:(?:have|has|had|will|also|jointly)\s+)*",
                                            view.text[subjects[-1].end : start + verb.start()]):  # fmt: skip
            continue
        subjects = sorted(view.group(subjects, True), key=lambda m: m.start)
        if len(subjects) != len(objects) or len(subjects) < 2:
            continue
        pairs = {(s.entity, o.entity) for s, o in zip(subjects, objects, strict=True)}
        names = {s.entity for s in subjects}
        crafts = {o.entity for o in objects}
        facts[first:] = [f for f in facts[first:] if not (
            (f["subject"] in names and f["object"] in crafts and (f["subject"], f["object"]) not in pairs)
            or (f["relation"] == "partnerOf" and f["subject"] in names and f["object"] in names))]  # fmt: skip
        relation = _pairing(view, verb.group("verb"))
        read = {(f["subject"], f["object"]) for f in facts[first:]}
        for subject, obj in zip(subjects, objects, strict=True):
            if (subject.entity, obj.entity) not in read:  # (a pair the verb's rule read keeps its relation)
                fact(subject, relation, obj, cue=verb, rule="respectively")


def launcher_operators(
    view: Any, fact: Fact, facts: list[dict[str, Any]], first: int, start: int, sentence: str
) -> None:
    """'on an Example 5 rocket operated by X': X leads the rocket (built or supplied by X: takes part in it);
    the 'leads' of the craft carried that the passive read is dropped from ``facts`` (this sentence's)."""
    is_ = view.is_
    for match in ROCKET_PARTICIPLE.finditer(sentence):
        rocket = next((m for m in view.mentions if m.end == start + match.start() and view.craft(m)), None)
        agent = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Agent")), None)
        if rocket is None or agent is None:
            continue
        relation = "leads" if match.group("verb") in ("operated", "run", "flown") else "participatesIn"
        fact(agent, relation, rocket, cue=match, before=rocket, rule="rocket's operator")

    def rocket_itself(f: dict[str, Any]) -> bool:
        return any(m.entity == f["object"] and ROCKET_GAP.fullmatch(view.text, m.end, f["cue"][0])
                   for m in view.mentions)  # fmt: skip

    facts[first:] = [f for f in facts[first:] if not (
        f["relation"] == "leads" and f.get("rule") == "passive" and f.get("cue")
        and ROCKET_BEFORE_CUE.search(view.text, max(0, f["cue"][0] - 40), f["cue"][0]) and not rocket_itself(f))]  # fmt: skip


def joined_not_members(facts: list[dict[str, Any]], first: int, joined: list[str]) -> None:
    """'X joins A, B and C, which have committed hardware to Y': joining them is no membership in them (this
    sentence's ``facts``, from ``first``)."""
    if joined:
        facts[first:] = [f for f in facts[first:] if not (f["relation"] == "memberOf" and f["object"] in joined)]
