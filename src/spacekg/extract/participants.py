"""Who takes part in a mission or craft, and what a craft is made of, read from general constructions of English
over any names (participation23, v22 round):

- a mission run jointly: ``Example-5 is run jointly by A and B``, ``a probe operated jointly by A and B``,
  ``jointly managed by``: each takes part and they are partners (GUIDELINES: 'a joint mission of A and B'), not
  two leaders;
- instruments counted by their source: ``The orbiter carries eleven instruments: five from A, three from B, two
  from C, among them the X mapper, and one from D``, ``Of its nine instruments, five come from A and four from
  B``: each body (an agency or company, not a country: GUIDELINES v22) takes part in the craft, an instrument
  named among them is part of it;
- a craft carried by another: ``The X probe, which Example-1 carried, was released``, ``Example-1 released the X
  lander``, ``Example-1 will deploy X``: the carried craft is part of the carrier (not of a rocket or a station);
- the people aboard, listed after a colon: ``lifted off with three people aboard: the commander A of Roscosmos,
  the NASA astronaut B and C, a teacher``: each takes part in the craft, the titled commander leads it;
- (a launch site: moved to :mod:`~spacekg.extract.launchsites`, sites25);
- a launch of another's craft: ``Rocket Lab launched NASA's X probe``: the launcher takes part in it;
- money given: ``The Canadian government has supported X with a loan``, ``has put money into X``: the funder takes
  part (GUIDELINES v22);
- a whole counted before its parts are named: ``It is really three spacecraft stacked together. A built the P
  and the Q, and B built the R``: each part is part of the whole, each builder takes part in its part (a part's
  builder does not run it: the ``leads`` the verb read is made ``participatesIn``).

Each function takes the sentence view, the relation stage's ``fact`` and what it needs of the text; the verb
group's negation or plan is read by ``fact`` from the cue match it is given."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import launcher
from spacekg.extract.coreference import antecedent

Fact = Callable[..., None]

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|\d+)"
_INSTRUMENTS = r"(?:instruments|experiments|payloads|cameras|sensors|detectors|spectrometers|science\s+packages)"

# 'is run jointly by', 'was operated jointly by', 'jointly managed by', ', run jointly by'.
JOINTLY_BY = re.compile(
    r"\b(?:(?:run|operated|managed|led|conducted|directed|carried\s+out)\s+jointly|jointly\s+(?:run|operated|"
    r"managed|led|conducted|directed))\s+by\s+(?:the\s+)?(?=[A-Z])"
)
# 'carries eleven instruments: ', 'has nine science instruments:', 'Of its nine instruments, ', 'Of the probe's ten
# instruments, ': a count of a craft's instruments, then what each source gave.
COUNTED_INSTRUMENTS = re.compile(
    rf"\b(?:(?P<verb>carries|carried|carry|has|had|have|hosts|hosted|host|flies|flew|fly)\s+(?:{_COUNT}\s+)"
    rf"(?:[a-z-]+\s+)?{_INSTRUMENTS}\s*:\s*|(?P<of>[Oo]f)\s+(?:its|the\s+(?:[a-z-]+\s+)?(?:orbiter|probe|lander|"
    rf"rover|spacecraft|satellite|craft|telescope|observatory|mission)['’]s|(?P<poss>\S+['’]s))\s+(?:{_COUNT}\s+)?"
    rf"(?:[a-z-]+\s+)?{_INSTRUMENTS}\s*,\s*)"
)
# One source of the list: 'five from ISRO', 'three come from the European Space Agency', 'one of them from'.
FROM_SOURCE = re.compile(
    rf"(?:^|(?<=[\s,:;]))(?:{_COUNT}|the\s+rest|the\s+others)\s+(?:(?:of\s+them|more|others?|instruments?)\s+)?"
    rf"(?:(?:come|came|comes|are|were|will\s+come)\s+)?(?:(?:each\s+)?from|by)\s+(?:the\s+)?(?=[A-Z])"
)
# 'among them the Moon Mineralogy Mapper', 'including the X camera', 'one of which is X'.
NAMED_AMONG = re.compile(r"\b(?:among\s+them|including|one\s+of\s+(?:them|which)\s+(?:is|was))\s+(?:the\s+)?(?=[A-Z])")
# 'The X probe, which Example-1 carried,', ', which Example-1 had released'.
WHICH_CARRIED = re.compile(r"\s*,\s+which\s+(?:the\s+)?$")
CARRIED_VERB = re.compile(
    r"\s+(?:had\s+|has\s+|also\s+)*(?:carried|carries|released|releases|deployed|deploys|dropped|delivered)\b"
)
# 'Example-1 released the X lander', 'will release X', 'Example-1 carried the X probe to the Moon'.
RELEASES = re.compile(
    r"\b(?:carried|carries|carry|released|releases|release|deployed|deploys|deploy|dropped|drops|drop)\s+"
    r"(?:(?:its|the|a|an)\s+(?:[a-z-]+\s+){0,2}?)?(?=[A-Z\d])"
)
FUTURE = re.compile(r"\b(?:will|would|shall|plans?\s+to|(?:is|are)\s+(?:to|due\s+to|expected\s+to))\b")
# 'released by Example-1', 'was carried by Example-1': the passive, its carrier after 'by'.
RELEASED_BY = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|will\s+be)\s+(?:(?:not|never|later|then|first)\s+)?"
    r"(?:carried|released|deployed|dropped)\s+(?:(?:into\s+\w+\s+orbit|to\s+the\s+\w+|in\s+\d{4})\s+)?by\s+(?:the\s+)?"
    r"(?=[A-Z\d])"
)
# 'with three people aboard:', 'carrying four astronauts:', 'with a crew of three aboard:'.
ABOARD_LIST = re.compile(
    rf"\b(?:with\s+(?:{_COUNT}|a\s+crew\s+of\s+{_COUNT})\s+(?:(?:people|persons|crew(?:\s*members)?|astronauts|"
    rf"cosmonauts|taikonauts|passengers|men|women)\s+)?(?:aboard|on\s+board|inside)|carrying\s+{_COUNT}\s+"
    rf"(?:people|persons|crew(?:\s*members)?|astronauts|cosmonauts|taikonauts|passengers))\s*:\s*"
)
# One item of such a list: after the colon, ', ' or ' and '.
ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+")
# What may stand before a person's name in an item: 'the Russian commander', 'the NASA astronaut', 'Commander'.
ITEM_HEAD = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,4}?")
NOT_IN_HEAD = re.compile(r"\b(?:who|which|that|with|of|for|by|from|to|at|on|in)\b")
COMMANDER_BEFORE = re.compile(r"\b[Cc]ommander\s+$")
# 'launched NASA's X probe', 'launched Japan's Example-3 satellite': a craft of another body.
LAUNCHED_OWNED = re.compile(r"\b(?:launched|launches|launch)\s+(?=[A-Z])")
# 'has supported Example-5 with a loan', 'backed X with a grant of $50m': a funder of the craft or programme.
SUPPORTED = re.compile(r"\b(?:supported|supports|support|backed|backs|back|helped|helps|help)\s+(?:the\s+)?(?=[A-Z])")
WITH_MONEY = re.compile(
    r"(?:\s+(?:programme|program|project|mission|satellites?|constellation|probe|network|system))?"
    r"\s+with\s+(?:an?\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,3}?(?:loans?|grants?|subsid(?:y|ies)|funding|money|funds|"
    r"investments?|credits?)\b"
)
# 'has put money into Example-5', 'invested $40m in the Example programme'.
PUT_MONEY = re.compile(
    r"\b(?:put|puts|putting|invested|invests|invest|investing|sank|sunk)\s+(?:(?:money|funds|cash|capital|"
    r"[$€£]?[\d.,]+\s*(?:m|bn|million|billion)?)\s+)?(?:into|in)\s+(?:the\s+)?(?=[A-Z])"
)
# 'It is really three spacecraft stacked together', 'X consists of two craft', 'is made up of three modules'.
COUNTED_WHOLE = re.compile(
    r"\b(?:is|are|was)\s+(?:(?:really|actually|in\s+fact|in\s+reality)\s+)?(?:made\s+up\s+of\s+|made\s+of\s+)?"
    r"(?P<n>two|three|four|five)\s+(?:separate\s+|different\s+)?(?:spacecraft|craft|probes|satellites|modules|"
    r"orbiters|parts|vehicles)\b|\b(?:consists|consisted|consist)\s+of\s+(?:two|three|four|five)\s+(?:separate\s+)?"
    r"(?:spacecraft|craft|probes|satellites|modules|orbiters|parts|vehicles)\b"
)
# What may stand before and after the whole's name in that sentence ('The X mission', 'Example-7, launched in 2018,').
WHOLE_SUBJECT = re.compile(r"\s*(?:The\s+)?")
WHOLE_TAIL = re.compile(r"(?:\s+(?:mission|probe|spacecraft|craft|observatory|stack))?(?:\s*,[^,;]{1,60},)?\s*")
PRONOUN_WHOLE = re.compile(r"\s*(?:It|The\s+(?:[a-z-]+\s+)?(?:mission|probe|spacecraft|craft|stack|observatory))\s+")
MADE_PART = re.compile(r"\b(?:built|builds|build|supplied|supplies|provided|provides|developed|develops|made|makes|"
                       r"designed|designs)\s+(?:the\s+|its\s+)?(?=[A-Z])")  # fmt: skip
# The end of the sentence before: where the previous sentence starts.
SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


def _focus_craft(view: Any, history: list[Found], before: int) -> Found | None:
    """The craft in focus: the nearest earlier mission of this sentence, then of the text."""
    earlier = sorted([m for m in history if m.end <= before] + [m for m in view.mentions if m.end <= before],
                     key=lambda m: m.start)  # fmt: skip
    return antecedent(view.linker, ("Mission",), earlier, before)


def _subjects(view: Any, pos: int, domain: str) -> list[Found]:
    """The clause's subjects of a class, named in this sentence ('It also carried X' whose 'It' stands for no craft
    is no craft named sentences before)."""
    return [m for m in view.clause_subject(pos, domain) if m.start >= view.start and view.own_clause(m, pos)]


def _body(view: Any, mention: Found) -> bool:
    """An agency, company or other organization (no country, no person)."""
    is_ = view.is_
    return bool(is_(mention, "Organization")) and not is_(mention, "Country") and not is_(mention, "Person")


def jointly_run(view: Any, fact: Fact, facts: list[dict[str, Any]], first: int, start: int, sentence: str) -> None:
    """'Example-5 is run jointly by A and B': both take part and are partners; the ``leads`` the passive read for
    each is dropped from ``facts`` (this sentence's)."""
    for match in JOINTLY_BY.finditer(sentence):
        crafts = [m for m in view.before(match.start()) if view.craft(m) or view.takes(m, "Program")]
        runners = view.group([m for m in view.after(match.end()) if _body(view, m)], False)
        if not crafts or not runners or runners[0].start != start + match.end():
            continue
        craft = crafts[-1]
        names = {m.entity for m in runners}
        facts[first:] = [f for f in facts[first:] if not (f["relation"] == "leads" and f["subject"] in names
                                                          and f["object"] == craft.entity)]  # fmt: skip
        for runner in runners:
            fact(runner, "participatesIn", craft, cue=match, before=craft, rule="run jointly")
        for one, other in itertools.combinations(runners, 2):
            fact(one, "partnerOf", other, cue=match, before=craft, rule="run jointly")


def counted_instruments(
    view: Any, fact: Fact, facts: list[dict[str, Any]], history: list[Found], start: int, sentence: str
) -> None:
    """'The orbiter carries eleven instruments: five from ISRO, three from ESA, two from NASA, among them the X
    mapper, and one from Bulgaria': each body takes part in the craft, the named instrument is part of it (the
    body the text's ``facts`` say runs the craft already has more than a part in it)."""
    led = {(f["subject"], f["object"]) for f in facts if f["relation"] == "leads" and not f.get("modality")}
    for match in COUNTED_INSTRUMENTS.finditer(sentence):
        at = start + match.start()
        craft: Found | None = None
        if match.group("poss"):
            craft = next((m for m in view.mentions if start + match.start("poss") <= m.start
                          and m.end <= start + match.end("poss") and view.craft(m)), None)  # fmt: skip
        elif match.group("verb"):
            subjects = [m for m in view.before(match.start()) if view.craft(m)]
            if subjects and re.fullmatch(r"(?:\s+[a-z-]+){0,2}\s*(?:(?:also|now|will|still)\s+)?", view.text[
                    subjects[-1].end : at]):  # fmt: skip
                craft = subjects[-1]  # 'Example-3 carries …', 'The Example-3 orbiter carries …'
        if craft is None:
            craft = _focus_craft(view, history, at)  # 'The orbiter carries …', 'It carries …', 'Of its …'
        if craft is None or launcher(view, craft):
            continue
        tail = sentence[match.end() :]
        for source in FROM_SOURCE.finditer(tail):
            body = next((m for m in view.mentions if m.start == start + match.end() + source.end()), None)
            if body is not None and _body(view, body) and (body.entity, craft.entity) not in led:
                fact(body, "participatesIn", craft, cue=match, before=craft, rule="instruments by source")
        for named in NAMED_AMONG.finditer(tail):
            part = next((m for m in view.mentions if m.start == start + match.end() + named.end()), None)
            if part is None or re.match(r"\s+[A-Z]", view.text[part.end : part.end + 2]):
                continue  # ('the Moon Mineralogy Mapper' with only 'Moon' found: no name of the instrument)
            if not any(view.is_(part, c) for c in ("Agent", "Place")) and part.entity != craft.entity:
                fact(part, "partOf", craft, cue=match, before=craft, rule="instruments by source")


def _carrier(view: Any, mention: Found | None) -> bool:
    return (
        mention is not None
        and bool(view.craft(mention))
        and not launcher(view, mention)
        and not view.is_(mention, "Station")
    )


def carried_crafts(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'The X probe, which Example-1 carried, was released', 'Example-1 released the X lander', 'X was deployed by
    Example-1': the carried craft is part of its carrier (a rocket carries no part: its payload is its own, nor a
    station: what it releases was brought to it). 'X will release Y' stays planned, as tests/test_extract_orgs19.py
    asks (GUIDELINES v22 would make it plain): a release to come is left to the rule that test holds."""
    is_ = view.is_
    for carrier in view.mentions:
        verb = CARRIED_VERB.match(view.text, carrier.end, view.end)
        if verb is None or not _carrier(view, carrier):
            continue
        which = WHICH_CARRIED.search(view.text, max(start, carrier.start - 16), carrier.start)
        carried = next((m for m in view.mentions if which and m.end == which.start()), None)
        if carried is not None and view.craft(carried) and not is_(carried, "Agent"):
            fact(carried, "partOf", carrier, cue=verb, before=carrier, rule="carried craft")
    for match in RELEASES.finditer(sentence):
        carried = next((m for m in view.mentions if m.start == start + match.end()), None)
        if carried is None or not view.craft(carried) or launcher(view, carried):
            continue
        if re.match(r"['’]s?\b|\s+(?:team|crew|data|images?|results?|camera|instruments?)\b", view.text[carried.end :]):
            continue  # 'carried the X lander's camera', 'released the X team's data': not the craft itself
        carriers = _subjects(view, match.start(), "Program")
        if carriers and FUTURE.search(view.text, carriers[-1].end, start + match.start()):
            continue  # ('Photon will … release X': a release to come is left to memberships.released, planned)
        if carriers and _carrier(view, carriers[-1]) and not is_(carriers[-1], "Agent"):
            fact(carried, "partOf", carriers[-1], cue=match, rule="carried craft")
    for match in RELEASED_BY.finditer(sentence):
        carrier = next((m for m in view.mentions if m.start == start + match.end()), None)
        carried_ = [m for m in view.before(match.start()) if view.craft(m)]
        if carrier is None or not _carrier(view, carrier) or not carried_:
            continue
        if re.fullmatch(r"(?:\s+[a-z-]+){0,2}\s*", view.text[carried_[-1].end : start + match.start()]):
            fact(carried_[-1], "partOf", carrier, cue=match, before=carried_[-1], rule="carried craft")


def crew_aboard(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Example-9 lifted off with three people aboard: the commander A of Roscosmos, the NASA astronaut B and C, a
    teacher': each person listed takes part in the craft, the one titled commander leads it (GUIDELINES v22)."""
    is_ = view.is_
    for match in ABOARD_LIST.finditer(sentence):
        crafts = _subjects(view, match.start(), "Program")
        if not crafts:
            crafts = [m for m in view.before(match.start()) if view.craft(m)][-1:]
        if not crafts or not view.craft(crafts[-1]) or launcher(view, crafts[-1]) or is_(crafts[-1], "Station"):
            continue
        craft = crafts[-1]
        listed = start + match.end()
        breaks = [listed] + [start + b.end() for b in ITEM_BREAK.finditer(sentence, match.end())]
        people = [m for m in view.mentions if m.start >= listed and is_(m, "Person")]
        for person in people:
            opening = max((b for b in breaks if b <= person.start), default=listed)
            head = view.text[opening : person.start]
            if any(opening <= b < person.start for b in (m.start for m in people if m is not person)):
                continue  # (the item's person is the first named in it)
            if not ITEM_HEAD.fullmatch(head) or NOT_IN_HEAD.search(head):
                continue  # 'a teacher who trained B': a name inside another item's description
            commander = COMMANDER_BEFORE.search(head) is not None
            fact(person, "leads" if commander else "participatesIn", craft, cue=match, before=craft,
                 rule="crew listed aboard")  # fmt: skip


def launched_owned(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Rocket Lab launched NASA's X probe': the launcher takes part in a craft the possessive says is another's."""
    is_ = view.is_
    for match in LAUNCHED_OWNED.finditer(sentence):
        owner = next((m for m in view.mentions if m.start == start + match.end()), None)
        if owner is None or not is_(owner, "Agent") or is_(owner, "Person"):
            continue
        possessive = re.match(r"['’]s\s+", view.text[owner.end : owner.end + 3])
        craft = next((m for m in view.mentions if possessive and m.start == owner.end + possessive.end()), None)
        if craft is None or not view.craft(craft) or launcher(view, craft):
            continue
        for launcher_ in _subjects(view, match.start(), "Agent"):
            if not is_(launcher_, "Person") and launcher_.entity != owner.entity:
                fact(launcher_, "participatesIn", craft, cue=match, rule="launched another's craft")


def counted_parts(
    view: Any, fact: Fact, facts: list[dict[str, Any]], first: int, history: list[Found], start: int, sentence: str
) -> None:
    """'It is really three spacecraft stacked together. ESA built the P and the Q, and JAXA built the R': after a
    sentence counting the craft a whole is made of (and naming none), each craft built in the next is part of
    the whole and its builder takes part in it (the ``leads`` the verb read is made ``participatesIn``)."""
    breaks = [b for b in SENTENCE_BREAK.finditer(view.text, max(0, start - 400), start + 1) if b.end() <= start]
    if not breaks or breaks[-1].end() != start:
        return
    opening = breaks[-2].end() if len(breaks) > 1 else max(0, start - 400)
    count = COUNTED_WHOLE.search(view.text, opening, start)
    if count is None or any(count.end() <= m.start < start for m in history if view.craft(m)):
        return  # ('consists of two craft, A and B': the parts named there are read by the apposition rules)
    # the whole is the count's subject: a craft's name, or 'It', 'The probe' for the craft in focus ('There are two
    # satellites in orbit now' counts no whole)
    named = [m for m in history if opening <= m.start and m.end <= count.start() and view.craft(m)]
    if named and WHOLE_SUBJECT.fullmatch(view.text, opening, named[0].start) and WHOLE_TAIL.fullmatch(
            view.text, named[0].end, count.start()):  # fmt: skip
        whole: Found | None = named[0]
    elif not named and PRONOUN_WHOLE.fullmatch(view.text, opening, count.start()):
        whole = _focus_craft(view, history, count.start())
    else:
        return
    if whole is None or launcher(view, whole):
        return
    parts: list[Found] = []
    for match in MADE_PART.finditer(sentence):
        named = view.group([m for m in view.after(match.end()) if view.craft(m)], False)
        if named and named[0].start == start + match.end():
            parts += [m for m in named if m.entity != whole.entity and not launcher(view, m)]
    names = {m.entity for m in parts}
    verbs = [m for m in MADE_PART.finditer(sentence)]
    for match, following in itertools.zip_longest(verbs, verbs[1:]):
        # 'ESA built the P and the Q, and JAXA built the R': each builder takes part in the parts of its own verb
        upto = start + (following.start() if following is not None else len(sentence))
        built = [m for m in parts if start + match.end() <= m.start < upto]
        builders = _subjects(view, match.start(), "Agent")
        for builder in builders if built else ():
            if not view.is_(builder, "Person") and builder.entity != whole.entity:
                for part in built:
                    fact(builder, "participatesIn", part, cue=match, rule="part of a counted whole")
    for f in facts[first:]:
        if f["relation"] == "leads" and f["object"] in names:
            f["relation"] = "participatesIn"  # a part's builder does not run the whole's part
    for part in parts:
        fact(part, "partOf", whole, rule="part of a counted whole")


def funded_crafts(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'The Canadian government has supported Example-5 with a loan', 'X has put money into Example-5': the funder
    takes part in the craft or programme (GUIDELINES v22: like a bank that lent); support with no money named,
    and money put into a company, give nothing."""
    matches = [(m, True) for m in SUPPORTED.finditer(sentence)] + [(m, False) for m in PUT_MONEY.finditer(sentence)]
    for match, supported in matches:
        funded = next((m for m in view.mentions if m.start == start + match.end()), None)
        if funded is None or not (view.craft(funded) or view.takes(funded, "Program")) or view.is_(funded, "Agent"):
            continue
        if supported and WITH_MONEY.match(view.text, funded.end, view.end) is None:
            continue  # ('NASA supported Example-5': support of any kind is no part in it)
        for funder in _subjects(view, match.start(), "Agent"):
            if not view.is_(funder, "Person") and funder.entity != funded.entity:
                fact(funder, "participatesIn", funded, cue=match, rule="funded")
