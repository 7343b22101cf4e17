"""Relations between organizations, people and places read from general
constructions of English reports, whatever the names in them:

- ``X, whose Example Operations Center …``: the centre or body is part of X;
- ``Example-1 was the work of the Example Force``, ``…, the work of X,``:
  X leads what the clause is about;
- ``the London-based operator``, ``the Paris-based group``: a company named
  by a description and its city (two descriptions in one sentence stand for
  two different companies).

:func:`constructions` is called by :mod:`~spacekg.extract.roles` for each
sentence and returns what it finds; the caller writes the facts (with the
modality of the verb group when a cue is given)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacekg.extract.base import Found
from spacekg.extract.coreference import antecedent
from spacekg.extract.literals import scan

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# ', whose Example Operations Center', ', whose own Example Council': what follows 'whose' belongs to the name before.
WHOSE = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+whose\s+(?:(?:own|new|main|former|permanent)\s+)?$")
# 'was the work of', 'were largely the work of', ', the work of': who made and ran it.
WORK_OF = re.compile(
    r"(?P<copula>\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:all|both|entirely|largely|mainly|chiefly)\s+)?"
    r"|,\s+)the\s+(?:(?:joint|sole|own)\s+)?work\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# A clause opening on a craft or flight described, not named ('The satellite and the launch were …').
DESCRIBED_CRAFT = re.compile(
    r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?(?:satellite|spacecraft|probe|lander|rover|mission|flight|launch|"
    r"test|capsule|telescope|orbiter)s?\b"
)
CRAFT_REACH = 400  # how far before its sentence the craft a described subject stands for may be named
# 'the London-based operator', 'the Paris-based group': a company by its kind.
BASED_DESCRIPTION = re.compile(
    r"-based\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+)?(?:operator|group|maker|manufacturer|provider|contractor|startup|start-up|"
    r"giant|conglomerate)\b"  # ('the Lyon-based company': relations.py resolves 'the company' as other anaphors)
)
BASED_REACH = 600  # how far back the company a '-based' description stands for may be named
WORD = re.compile(r"\S+")
ROCKET_BEFORE = re.compile(r"\b(?:rocket|launcher|booster|launch\s+vehicle|upper\s+stage)\s+(?:the\s+)?$")
# 'released Example-2 satellites', 'deployed Example-2 images': a name before a plural noun is no craft released.
RELEASED_NOUN_NAME = re.compile(r"\s+(?:images?|data|photos?|pictures?|footage|results?|statements?)\b")
ROCKET_AFTER = re.compile(r"\s+(?:carrier\s+)?(?:rocket|launcher|launch\s+vehicle|booster)s?\b")
POSSESSIVE = re.compile(r"['’]s?\b|(?<=s)['’]")
NAME_AFTER_NOUN = re.compile(r"\s+(?:[A-Z]|[a-z]+[A-Z])")
OBJECT_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|met|meets|with|against|bought|buys|chose|sued|hired|joined)\s+(?:the|a|an)\s+$"
)
# 'Jane Doe, who leads the Example program at NASA', 'Jane Doe worked for a decade at JAXA': her body.
_WORK_VERB = (r"(?:leads|led|manages|managed|runs|ran|directs|directed|heads|headed|oversees|oversaw|works|worked|"
              r"serves|served|spent)")  # fmt: skip
WORKS_AT = re.compile(
    # ('Jane Doe, a former NASA astronaut who now directs human spaceflight at Example Space': past an apposition)
    rf"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?who|,?\s+who)?\s+(?:(?:now|also|still|currently|has|had|have)\s+)*{_WORK_VERB}\b"
    r"(?:(?!\b(?:that|which|who|whom|when|where|while|and|but)\b)[^,;:.()“”\"]){0,60}?\s+at\s+"
    r"(?:the\s+)?"
)
# 'Jane Doe, who replaced John Roe at Roscosmos': both held the post.
REPLACED = re.compile(r",?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?:replaced|succeeded|replaces|succeeds)\s+")
REPLACED_AT = re.compile(r"\s+at\s+(?:the\s+)?")
# 'ESA is responsible for the Example-1 rover', 'NASA, which is responsible for Example-2': it leads it.
RESPONSIBLE_FOR = re.compile(
    r"\b(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been|remains|became)\s+(?:(?:also|now|still|solely|"
    r"primarily|chiefly|not|no\s+longer|never)\s+)*(?P<cue>responsible\s+for)\s+(?:the\s+|running\s+(?:the\s+)?|"
    r"operating\s+(?:the\s+)?)?(?=[A-Z])"
)
RESPONSIBLE = re.compile(r"responsible\s+for")
# 'coordinates the Brazilian part of the programme', 'manages the Italian share of Example-1', 'is responsible for
# its side of the mission': a body that runs a part of an undertaking takes part in it, it does not lead it
# (GUIDELINES v19; programmes20).
_SHARE_NOUN = r"(?:part|share|side|contribution|segment|portion|component)"
SHARE_OF = re.compile(
    r"\b(?P<verb>coordinat(?:es|ed|e|ing)|manag(?:es|ed|e|ing)|runs|ran|run|running|leads|led|leading|heads|headed|"
    r"oversees|oversaw|overseeing|handles|handled|handling|(?:is|was|are|were)\s+(?:also\s+)?(?:in\s+charge\s+of|"
    r"responsible\s+for))\s+(?:the|its|their)\s+(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,2}?"
    rf"{_SHARE_NOUN}\s+(?:of|in)\s+(?:the\s+)?"
)
# What may follow a craft's or programme's name that is still about it ('the Example-1 rover', not 'the X delays').
CRAFT_NOUN_AFTER_NAME = re.compile(
    r"(?:\s+(?:mission|programme|program|project|rover|lander|orbiter|probe|spacecraft|satellite|telescope|"
    r"observatory|station|module|capsule|system|constellation|network)s?)?(?=[\s,.;:)]|$)(?!\s+[a-z]+s\b)"
)
# 'put Example-1 into orbit', 'placed its first satellite, Example-1, in orbit': a launch, read as 'launched'.
# ('plans to place it in orbit': the base form too; 'the station NASA plans to place in orbit': no object after
# the verb, the relative clause's name is the object; modality25)
PUT_IN_ORBIT = re.compile(
    r"\b(?P<verb>put|puts|putting|place|placed|places|placing)\s+(?:(?P<object>[^;:.]{1,80}?)\s+)?in(?:to)?\s+orbit\b"
)
# 'was placed in orbit by': a passive, read as 'launched by' elsewhere.
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
# 'Example-1, the first module of the Example Station', 'Example-2 is a part of Example-1': a craft's part.
CRAFT_PART = re.compile(
    r"(?:,\s+|\s+(?:is|was|became)\s+)(?:the|a|an|one)\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?"
    r"(?:module|segment|element|component|part|section)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# 'Example-1 releases a smaller satellite, Example-2', 'the lander released a rover, which the agency named X',
# 'Example-1 deployed Example-2': a craft set loose from another was part of it (a rocket's or a station's payload
# is no part: ROCKET_AFTER, Station).
_RELEASE = r"(?P<verb>releas(?:ed|es|e|ing)|deploy(?:ed|s|ing)?|eject(?:ed|s|ing)?|dispens(?:ed|es|ing))"
_RELEASED_NOUN = (
    r"(?:(?:sub-?|daughter\s+|mini-?|micro-?|nano-?)?satellite|subsatellite|probe|rover|lander|cube-?sat|craft|"
    r"spacecraft|impactor|hopper|capsule|module)"
)
RELEASED = re.compile(
    rf"\b{_RELEASE}\s+(?:(?:(?:a|an|the|its|one|another|second|third|smaller|small|tiny|little|separate|"
    rf"[a-z]+-[a-z]+),?\s+)*{_RELEASED_NOUN}(?P<named>\s*,\s+(?:(?:called|named|dubbed)\s+)?|\s+(?:called|named|dubbed)\s+|"
    rf"\s*,?\s+(?:which|that)\s+(?:the\s+[a-z]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+(?:later\s+)?"
    rf"(?:named|called|dubbed|christened)\s+)|(?P<bare>))(?=[A-Z])"
)
# 'the lander', 'the spacecraft': the craft in focus, as the one that releases another.
CRAFT_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:main\s+|mother\s+)?(?:lander|orbiter|spacecraft|probe|mothership|satellite)\s+"
    r"(?:(?:has|had|have|then|later|also|first|finally|successfully|will|would)\s+)*$"
)
# 'Both were operated by Example Corp', 'All three are run by the agency', 'Example Corp operates both': the craft
# counted are the last ones named before the sentence, each run by the body.
_COUNT = r"(?:two|three|four|five)"
_COUNTED_CRAFT = r"(?:satellites|spacecraft|craft|probes|missions|orbiters|landers|rovers)"
COUNTED_OPERATED = re.compile(
    rf"\s*(?P<count>Both|All\s+{_COUNT}|The\s+{_COUNT}(?:\s+{_COUNTED_CRAFT})?|Both\s+{_COUNTED_CRAFT})\s+"
    r"(?:(?:are|were|have\s+been|had\s+been|will\s+be|would\s+be|is|was)\s+)(?:(?:jointly|all|both|now|still|also|"
    r"later|then|not|never|no\s+longer)\s+)*(?P<verb>operated|run|managed|controlled)\s+by\s+(?:the\s+)?(?=[A-Z])"
)
COUNTED_OBJECT = re.compile(
    rf"\b(?P<verb>operates|operated|operate|runs|ran|run|manages|managed|manage|controls|controlled)\s+"
    rf"(?P<count>both|all\s+{_COUNT}|the\s+{_COUNT}\s+{_COUNTED_CRAFT}|both\s+{_COUNTED_CRAFT})(?:\s+of\s+them)?"
    r"(?=\s*[,.;]|\s+(?:from|in|on|at|for|since|until|today|now|together|jointly)\b)"
)
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# How far back the counted craft may be named (about two sentences).
COUNTED_REACH = 400
# 'The Example Council is seated in Lyon': a body's seat. Where a body meets or sits ('the Committee, which meets in
# Vienna', 'sits in Geneva') is where its sessions are held, no seat (GUIDELINES, v19 conventions; precision20).
MEETS_IN = re.compile(r"(?:,?\s+(?:which|that)\s+|\s+)is\s+seated\s+in\s+(?:the\s+)?(?=[A-Z])")

# "Japan, ESA's partner in the station, …", 'Canada is NASA's closest partner': whose partner a name is (not a
# partner still to be found: 'a potential partner', 'its future partners').
OWNERS_PARTNER = re.compile(
    r"['’]s?\s+(?:(?!(?:potential|possible|prospective|would-be|future|likely|preferred|ideal|natural|only|next)\b)"
    r"[a-z][\w-]*\s+){0,2}?partners?\b(?!['’])(?:\s+(?:in|on|for)\s+(?:the\s+)?)?"
)
# What joins the partner to the owner's name: an apposition's comma or a copula ('is', 'has long been').
PARTNER_BEFORE_OWNER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s+|\s+(?:is|was|are|were|has\s+(?:long\s+)?been|have\s+(?:long\s+)?been|"
    r"remains?|remained|became|becomes)\s+(?:(?:also|still|now|long)\s+)*)(?:the\s+)?"
)
# 'NASA and Roscosmos have been partners on the station for decades', 'A and B are close partners': a copula
# after names listed together (not 'are not partners', 'could become partners'; 'partners in X' is relations.py's).
ARE_PARTNERS = re.compile(
    r"\s+(?:are|were|have\s+(?:long\s+)?been|had\s+(?:long\s+)?been|became|remain|remained)\s+"
    r"(?:(?:also|still|now|long|old|close|longtime|long-time|long-standing|natural|equal|strategic|key|firm)\s+)*"
    r"partners\b(?!\s+(?:in|on)\s+(?:the\s+)?[A-Z])"
)
# 'Its partnership with NASA began', 'Their cooperation with ESA ended': a sentence opening on the pronoun's relation.
ITS_PARTNERSHIP = re.compile(
    r"^\s*(?:Its|Their)\s+(?:(?:[a-z]+-year|long|long-?standing|longtime|long-time|close|closer|new|growing|"
    r"decades-old|strategic)\s+){0,2}(?P<noun>partnership|cooperation|collaboration)\s+with\s+(?:the\s+)?"
)

# A body's units counted and named: 'X has two subcommittees, A and B', 'the two subcommittees of X, A and B',
# 'Its working groups are A and B', "X's directorates include A" (programmes20); not partners, rivals or members.
_UNITS = (
    r"(?:sub-?committees|committees|working\s+groups|directorates|divisions|subsidiaries|branches|departments|"
    r"bureaux|bureaus|panels|units|institutes|commissions|subsidiary\s+bodies|agencies|offices)"
)
_COUNT = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|main|standing|permanent|own)\s+)"
HAS_UNITS = re.compile(
    rf"(?:,\s+(?:which|that)\s+(?:[^,;.]{{1,40}}?\s+and\s+)?|\s+)(?:has|had|have|comprises|includes)\s+"
    rf"{_COUNT}{{1,2}}(?:[a-z-]+\s+)?{_UNITS}\s*[,:]\s+(?:the\s+)?(?=[A-Z])"
)
UNITS_OF = re.compile(rf"\b[Tt]he\s+{_COUNT}{{0,2}}(?:[a-z-]+\s+)?{_UNITS}\s+of\s+(?:the\s+)?(?=[A-Z])")
ITS_UNITS = re.compile(
    rf"(?:\b(?P<its>[Ii]ts|[Tt]heir)|['’]s?)\s+{_COUNT}{{0,2}}(?:[a-z-]+\s+)?{_UNITS}\s+(?:are|were|include[sd]?)\s*:?\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# What may open a sentence before its subject's name ('The', a pronoun's sentence has none).
TOPIC_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
PRONOUN_OPENING = re.compile(r"\s*(?:It|They|Its|Their)\b")


def constructions(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    if "whose " in sentence:
        found += _whose_parts(view)
    if " work of " in sentence:
        found += _work_of(view, history)
    if "-based " in sentence:
        found += _based_descriptions(view, history)
    if " orbit" in sentence:
        found += _put_in_orbit(view)
    if " at " in sentence:
        found += _works_at(view)
    if "responsible for " in sentence:
        found += _responsible_for(view)
    if " of " in sentence or " in " in sentence:
        found += _share_of(view) if SHARE_OF.search(sentence) else []
    if " of " in sentence:
        found += _craft_parts(view)
    if " in " in sentence:
        found += _meeting_seats(view)
    if (
        "Both " in sentence
        or "All " in sentence
        or " both" in sentence
        or " all " in sentence
        or "The t" in sentence
        or " the t" in sentence
    ):
        found += _counted_operated(view, history)
    if re.search(_UNITS, sentence):
        found += _units_listed(view, history)
    if "partner" in sentence:
        found += _owners_partner(view)
        found += _are_partners(view)
    if sentence.lstrip().startswith(("Its ", "Their ")):
        found += _its_partnership(view, history)
    return found


def _body(view: SentenceView, mention: Found) -> bool:
    """An organization that is no person and no country."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Person") and not view.is_(mention, "Country")


def _units_listed(view: SentenceView, history: list[Found]) -> list[Role]:
    """'X, which meets in Vienna and has two subcommittees, A (AA) and B (BB)', 'The two subcommittees of X, A and
    B, met', 'Its working groups are A and B': each unit named is part of the body (GUIDELINES v19)."""
    found: list[Role] = []
    text = view.text

    def units(at: int) -> list[Found]:
        named = view.group([m for m in view.after(at - view.start) if _body(view, m)], False)
        return named if named and named[0].start == at else []

    for match in HAS_UNITS.finditer(view.sentence):
        owner = next((m for m in view.mentions if m.end == view.start + match.start() and _body(view, m)), None)
        if owner is None and match.group(0).startswith(","):
            head = re.compile(r"(?:\s*\([^()]{1,20}\))?$").search(text, view.start, view.start + match.start())
            owner = next((m for m in view.mentions if head is not None and m.end == head.start() and _body(view, m)),
                         None)  # fmt: skip
        if owner is None and not match.group(0).startswith(","):
            owners = view.clause_subject(match.start(), "Organization")
            owner = owners[-1] if len(owners) == 1 and _body(view, owners[0]) else None
        found += [(u, "partOf", owner, None, "its units named") for u in units(view.start + match.end())
                  if owner is not None and u.entity != owner.entity]  # fmt: skip
    for match in UNITS_OF.finditer(view.sentence):
        owner = next((m for m in view.mentions if m.start == view.start + match.end() and _body(view, m)), None)
        apposed = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s+(?:the\s+)?").match(text, owner.end) if owner else None
        found += [(u, "partOf", owner, None, "its units named") for u in (units(apposed.end()) if apposed else [])
                  if owner is not None and u.entity != owner.entity]  # fmt: skip
    for match in ITS_UNITS.finditer(view.sentence):
        if match.group("its"):
            owner = antecedent(view.linker, ("Organization",), history, view.start + match.start())
        else:
            owner = next((m for m in view.mentions if m.end == view.start + match.start()), None)
        if owner is None or not _body(view, owner):
            continue
        found += [(u, "partOf", owner, None, "its units named") for u in units(view.start + match.end())
                  if u.entity != owner.entity]  # fmt: skip
    return found


def _whose_parts(view: SentenceView) -> list[Role]:
    """'US Example Command, whose Joint Example Center had tracked it': the
    centre or body after 'whose' is part of the organization the relative
    clause is attached to (not a person, 'whose director, Jane Doe', nor a
    craft or programme, 'whose Example-1 probe', nor a country)."""
    found: list[Role] = []
    for part in view.mentions:
        if not (view.is_(part, "Facility") or _body(view, part)) or view.is_(part, "Program"):  # (not a city)
            continue
        if view.is_(part, "Person") or view.is_(part, "Country") or view.is_(part, "Station"):
            continue  # (a station is shared, not a centre of one body's)
        gap = WHOSE.search(view.text, max(view.start, part.start - 60), part.start)
        if gap is None:
            continue
        owner = next((m for m in view.mentions if m.end == gap.start() and _body(view, m)), None)
        if owner is not None and owner.entity != part.entity:
            found.append((part, "partOf", owner, None, "whose part"))
    return found


def _work_of(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1 was the work of the Example Force', 'The satellite and the
    launch were the work of X' (the craft named before), 'Example-1, the work
    of X, …': X leads it. A denial ('was not the work of') does not match."""
    found: list[Role] = []
    text = view.text
    for match in WORK_OF.finditer(view.sentence):
        at = view.start + match.end()
        makers = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if not makers or makers[0].start != at:
            continue
        if match.group("copula").startswith(","):
            # the apposition is about the name right before it
            made = [m for m in view.mentions if m.end == view.start + match.start() and view.is_(m, "Program")]
        else:
            made = [m for m in view.clause_subject(match.start(), "Program") if m.end <= view.start + match.start()]
            opening = DESCRIBED_CRAFT.match(text, view.start)
            if not made and opening is not None and opening.end() <= view.start + match.start():
                craft = antecedent(view.linker, ("Program",), history, view.start)
                made = [craft] if craft is not None and craft.end >= view.start - CRAFT_REACH else []
        for maker in makers:
            for thing in made:
                if maker.entity != thing.entity and not view.is_(maker, "Person"):
                    found.append((maker, "leads", thing, None, "the work of"))
    return found


def _based_descriptions(view: SentenceView, history: list[Found]) -> list[Role]:
    """'…, and the London-based operator of the constellation is now a
    subsidiary of the Paris-based group': each description stands for the
    nearest company named before it that no earlier description in the
    sentence took; the city is its seat (a description right after a name,
    'Example Corp, the Lyon-based maker', is that name's)."""
    found: list[Role] = []
    taken: set[str] = set()
    earlier = [m for m in history if m.end <= view.start] + [m for m in view.mentions if m.rule != "anaphor"]
    for match in BASED_DESCRIPTION.finditer(view.sentence):
        based_at = next((m for m in view.mentions if m.end == view.start + match.start()), None)
        if based_at is None or not view.is_(based_at, "Place") or view.is_(based_at, "Country"):
            continue
        if not re.search(r"\b(?:the|a|an|its)\s+$", view.text[max(view.start, based_at.start - 6) : based_at.start]):
            continue
        if NAME_AFTER_NOUN.match(view.text, view.start + match.end()):
            continue  # 'the Tokyo-based operator Example Corp': the name itself (relations.py)
        # ('Example Corp bought the Paris-based group': a verb's object is not its own subject)
        object_of = OBJECT_BEFORE.search(view.text, max(view.start, based_at.start - 30), based_at.start)
        doers = {m.entity for m in view.clause_subject(based_at.start - view.start, "Agent")} if object_of else set()
        candidates = [m for m in earlier if _body(view, m) and m.entity not in taken | doers and m.end <= based_at.start
                      and m.end >= view.start - BASED_REACH and not view.is_(m, "SpaceAgency")]  # fmt: skip
        company = antecedent(view.linker, ("Organization",), candidates, based_at.start)
        if company is None or not view.company(company):
            continue
        taken.add(company.entity)
        found.append((company, "headquarteredAt", based_at, None, "based description"))
    return found


def _craft(view: SentenceView, mention: Found) -> bool:
    """A craft, station or facility (no organization, country or person)."""
    return (view.is_(mention, "Program") or view.is_(mention, "Facility")) and not (
        view.is_(mention, "Organization") or view.is_(mention, "Country") or view.is_(mention, "Person")
    )


def _craft_parts(view: SentenceView) -> list[Role]:
    """'Example-1, the first module of the Example Station', 'Example-2 was a
    part of Example-1': the craft named before the apposition or the copula is
    part of the craft named after 'of' (organizations are read by
    relations.py; 'was not a part of' does not match)."""
    found: list[Role] = []
    for match in CRAFT_PART.finditer(view.sentence):
        part = next((m for m in view.mentions if m.end == view.start + match.start()), None)
        whole = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if part is None or whole is None or part.entity == whole.entity:
            continue
        if _craft(view, part) and _craft(view, whole):
            found.append((part, "partOf", whole, None, "a craft's part"))
    return found


def _counted_operated(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1 followed in 2007 and Example-2 in 2011. Both were operated by Example Corp', 'Example Corp
    runs all three': the body named runs each of the craft counted, the last ones the text named before the
    sentence (as many distinct craft as the count says, within about two sentences; none when fewer)."""
    found: list[Role] = []
    matches: list[tuple[re.Match[str], Found | None]] = []
    passive = COUNTED_OPERATED.match(view.sentence)
    if passive is not None:
        matches.append((passive, _at(view, view.start + passive.end())))
    for match in COUNTED_OBJECT.finditer(view.sentence):
        subjects = view.clause_subject(match.start(), "Organization")
        matches.append((match, subjects[0] if subjects and view.own_clause(subjects[0], match.start()) else None))
    for match, body in matches:
        if body is None or not _body(view, body):
            continue
        count = next(COUNTS[w] for w in match.group("count").lower().split() if w in COUNTS)
        crafts: list[Found] = []
        for mention in reversed(history):
            if mention.end > view.start or mention.start < view.start - COUNTED_REACH:
                continue
            if (
                _craft(view, mention)
                and not view.is_(mention, "Station")
                and all(c.entity != mention.entity for c in crafts)
            ):
                crafts.append(mention)
        if len(crafts) < count:
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        found += [(body, "leads", c, cue, "counted craft run") for c in crafts[:count] if c.entity != body.entity]
    return found


def released_more(view: SentenceView) -> list[tuple[Found, Found, re.Match[str]]]:
    """'Example-1 releases a smaller satellite, Example-2', 'Example-1 deployed Example-2', 'the lander released a
    rover, which the agency named Example-3': the craft set loose is part of the craft that releases it (the
    one named as the clause's subject, or the mission in focus for 'the lander'); a rocket or a station that
    releases its payload gives nothing, nor does a body ('the agency released Example-2': no craft). As
    (part, whole, cue), for :func:`spacekg.extract.memberships.released`."""
    found: list[tuple[Found, Found, re.Match[str]]] = []
    for match in RELEASED.finditer(view.sentence):
        part = _at(view, view.start + match.end())
        if part is None or not _craft(view, part) or view.is_(part, "Station"):
            continue
        if match.group("bare") is not None and (
            RELEASED_NOUN_NAME.match(view.text, part.end) or not re.match(r"(?!\s+[a-z]+s\b)", view.text[part.end :])
        ):
            continue
        verb_at = view.start + match.start()
        subject = next((m for m in reversed(view.mentions) if m.end <= verb_at
                        and re.fullmatch(r"\s+(?:(?:has|had|have|then|later|also|first|finally|will|would)\s+)*",
                                         view.text[m.end : verb_at])), None)  # fmt: skip
        if subject is None and view.salience is not None:
            described = CRAFT_DESCRIBED.search(view.text, max(view.start, verb_at - 40), verb_at)
            if described is not None:
                subject = view.salience.described(("Mission",), described.start(), exclude=frozenset({part.entity}))
        if subject is None or subject.entity == part.entity or not _craft(view, subject):
            continue
        if (
            view.is_(subject, "Station")
            or ROCKET_AFTER.match(view.text, subject.end)
            or ROCKET_BEFORE.search(view.text, max(view.start, subject.start - 30), subject.start)
        ):
            continue
        cue = WORD.match(view.sentence, match.start())
        if cue is not None:
            found.append((part, subject, cue))
    return found


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _meeting_seats(view: SentenceView) -> list[Role]:
    """'the Conference on Example, which meets in Geneva': the body that
    meets or sits in a city is seated there."""
    found: list[Role] = []
    for match in scan(MEETS_IN, view.sentence):
        body = next((m for m in view.mentions if m.end == view.start + match.start()), None)
        place = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if body is None or place is None or not _body(view, body):
            continue
        if view.is_(place, "Place") and not view.is_(place, "Facility") and not view.is_(place, "Country"):
            found.append((body, "headquarteredAt", place, None, "meets in"))
    return found


def _put_in_orbit(view: SentenceView) -> list[Role]:
    """'The Example Corps put Examplia's first satellite, Example-1, into
    orbit': as 'launched', the organization that does so leads the craft, a company
    takes part (it launches for another); the verb group's denial or plan is
    the caller's to read ('did not put it into orbit': no name, no fact)."""
    found: list[Role] = []
    for match in PUT_IN_ORBIT.finditer(view.sentence):
        if match.group("object") is None:
            # 'the Gateway, the small station NASA plans to place in orbit': the name the relative clause is about
            if PASSIVE_BEFORE.search(view.sentence, max(0, match.start() - 20), match.start()):
                continue
            relative = view.relative_object(match.start(), "Program")
            crafts = [relative] if relative is not None and not view.is_(relative, "Organization") else []
            # (its subject is the body named inside the relative clause, not the main clause's: 'Canada will
            # supply X for the Gateway, the small station NASA plans to place in orbit')
            inside = [m for m in view.mentions if relative is not None and relative.end <= m.start
                      and m.end <= view.start + match.start() and _body(view, m)]  # fmt: skip
            if crafts and inside:
                subject = inside[-1]
                if subject.entity != crafts[0].entity:
                    kind = "participatesIn" if view.company(subject) else "leads"
                    found.append((subject, kind, crafts[0], match, "put into orbit"))
                continue
        else:
            low, high = view.start + match.start("object"), view.start + match.end("object")
            crafts = [m for m in view.mentions if low <= m.start and m.end <= high and view.is_(m, "Program")
                      and not view.is_(m, "Organization") and not ROCKET_AFTER.match(view.text, m.end)]  # fmt: skip
        if not crafts:
            continue
        # (an organization: a country that put its satellite into orbit is read by the launch rules, if at all)
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if _body(view, m)
                    and view.own_clause(m, match.start())]  # fmt: skip
        for subject in subjects:
            if subject.entity != crafts[-1].entity:
                kind = "participatesIn" if view.company(subject) else "leads"
                found.append((subject, kind, crafts[-1], match, "put into orbit"))
    return found


def _works_at(view: SentenceView) -> list[Role]:
    """'Jane Doe, who leads the Example program at NASA', 'Jane Doe worked
    for a decade at JAXA', 'Jane Doe, who replaced John Roe at Roscosmos'
    (both): the organization after 'at' is the person's (not a place, nor
    an organization's possessive, 'at NASA's briefing'; a denial, 'who has
    never worked at', does not match)."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person")]
    bodies = [m for m in view.mentions if _body(view, m) and not POSSESSIVE.match(view.text, m.end)]
    for person in people:
        for body in bodies:
            if body.start <= person.end:
                continue
            if WORKS_AT.fullmatch(view.text, person.end, body.start):
                found.append((person, "affiliatedWith", body, None, "works at"))
            replaced = REPLACED.match(view.text, person.end, body.start)
            other = next((p for p in people if replaced and p.start == replaced.end()), None)
            if other is not None and REPLACED_AT.fullmatch(view.text, other.end, body.start):
                found.append((person, "affiliatedWith", body, None, "replaced at"))
                found.append((other, "affiliatedWith", body, None, "replaced at"))
    return found


def _responsible_for(view: SentenceView) -> list[Role]:
    """'ESA is responsible for the Example-1 rover', 'JAXA, which is
    responsible for Example-2, agreed': the organization or person responsible
    for a named craft or programme leads it (the verb group's denial or plan is the
    caller's to read: 'is no longer responsible for')."""
    found: list[Role] = []
    for match in RESPONSIBLE_FOR.finditer(view.sentence):
        thing = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if thing is None or not view.is_(thing, "Program") or view.is_(thing, "Organization"):
            continue
        if not CRAFT_NOUN_AFTER_NAME.match(view.text, thing.end, view.end):
            continue  # 'responsible for the Example-1 delays': not the craft itself
        # (the cue is 'responsible for': the verb group before it says a denial or a plan)
        cue = RESPONSIBLE.match(view.sentence, match.start("cue"))
        # (a person responsible for a programme manages it: she leads it, as the guidelines' programme manager)
        for subject in view.clause_subject(match.start(), "Agent"):
            if subject.entity != thing.entity:
                found.append((subject, "leads", thing, cue, "responsible for"))
    return found


def _share_of(view: SentenceView) -> list[Role]:
    """'The Brazilian Space Agency, AEB, coordinates the Brazilian part of the programme': the body takes part in
    the programme named after 'of' (a name, or 'the programme' for the one in focus); not a person (who manages a
    share of a programme works for a body)."""
    found: list[Role] = []
    for match in SHARE_OF.finditer(view.sentence):
        at = view.start + match.end()
        # (a name, or 'the programme' whose mention opens at its article)
        whole = next((m for m in view.mentions if m.start == at or (m.start < at and m.end > at
                      and re.fullmatch(r"the\s+", view.text[m.start : at]))), None)  # fmt: skip
        if whole is None or not view.is_(whole, "Program"):
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb"))
        for subject in view.clause_subject(match.start(), "Agent"):
            if subject.entity != whole.entity and not view.is_(subject, "Person"):
                found.append((subject, "participatesIn", whole, cue, "runs a part of"))
    return found


def _owners_partner(view: SentenceView) -> list[Role]:
    """ "Japan, ESA's partner in the Example station, …", 'Canada is NASA's
    closest partner', 'Canada and Japan have long been NASA's partners': the
    name before the apposition or the copula is the owner's partner, and takes
    part in the programme or station named after 'in' ('is not NASA's partner',
    'a potential partner' do not match; 'Canada is NASA's partner in X' alone
    is read by roles.py too)."""
    found: list[Role] = []
    text = view.text
    for match in OWNERS_PARTNER.finditer(view.sentence):
        at = view.start + match.start()
        owner = next((m for m in view.mentions if m.end == at), None)
        if owner is None or view.is_(owner, "Person") or not view.is_(owner, "Agent"):
            continue
        joined = next((j for m in view.before(owner.start - view.start) if view.is_(m, "Agent")
                       if (j := PARTNER_BEFORE_OWNER.fullmatch(text, m.end, owner.start))), None)  # fmt: skip
        if joined is None:
            continue
        partners = view.group([m for m in view.before(joined.start() - view.start) if view.is_(m, "Agent")], True)
        partners = [m for m in partners if not view.is_(m, "Person")]
        program = None
        if match.group(0).rstrip().endswith(("in", "on", "for", "the")):
            program = next((m for m in view.mentions if m.start == view.start + match.end()), None)
            if program is not None and not (view.is_(program, "Program") or view.is_(program, "Station")):
                program = None
        cue = re.search(r"partners?", match.group(0))
        assert cue is not None
        for partner in partners:
            if partner.entity == owner.entity:
                continue
            found.append((partner, "partnerOf", owner, None, "the owner's partner"))
            if program is not None and partner.entity != program.entity:
                found.append((partner, "participatesIn", program, None, "the owner's partner"))
    return found


def _its_partnership(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Rocket Lab grew fast. Its cooperation with the Example Force began in
    2019': the pronoun's organization (or country) named last cooperates with
    the name after 'with'; a partnership makes partners."""
    match = ITS_PARTNERSHIP.match(view.sentence)
    if match is None:
        return []
    other = next((m for m in view.mentions if m.start == view.start + match.end()), None)
    if other is None or not view.is_(other, "Agent") or view.is_(other, "Person"):
        return []
    # ('Rocket Lab grew. It partnered with Example Inc. Its cooperation with …': the topic, the subject opening the
    # sentence before, as for a subject 'It'; else the organization or country named last)
    owner = _topic(view, history) or antecedent(view.linker, ("Organization", "Country"), history, view.start)
    if owner is None or owner.entity == other.entity or owner.end < view.start - CRAFT_REACH:
        return []
    relation = "partnerOf" if match.group("noun") == "partnership" else "cooperatesWith"
    # (the noun is the cue: what the clause says of it comes after, 'will begin', 'never materialised')
    cue = re.compile(match.group("noun")).match(view.sentence, match.start("noun"))
    return [(owner, relation, other, cue, "its partnership with")]


def _topic(view: SentenceView, history: list[Found]) -> Found | None:
    """The organization or country that opens the sentence before as its
    subject, or the one before that when it opens on a pronoun ('Example Corp
    grew. It partnered with B. Its …': Example Corp), within a short reach."""
    base = max(0, view.start - CRAFT_REACH)
    end = view.start
    for _ in range(3):
        before = view.text[base:end].rstrip()
        stop = before.rfind(". ", 0, len(before) - 1)
        opening = base + max(stop + 2 if stop >= 0 else 0, before.rfind("\n") + 1)
        if PRONOUN_OPENING.match(view.text, opening) and opening > base:
            end = opening
            continue
        topic = next((m for m in history if opening <= m.start < end), None)
        if topic is None or not TOPIC_OPENING.fullmatch(view.text, opening, topic.start):
            return None
        fits = view.is_(topic, "Organization") or view.is_(topic, "Country")
        return topic if fits and not view.is_(topic, "Person") else None
    return None


def _are_partners(view: SentenceView) -> list[Role]:
    """'NASA and Roscosmos have been partners on the station for two decades':
    the names listed before the copula are one another's partners."""
    found: list[Role] = []
    for match in ARE_PARTNERS.finditer(view.sentence):
        names = view.group([m for m in view.before(match.start()) if view.is_(m, "Agent")], True)
        names = [m for m in names if not view.is_(m, "Person")]
        if len(names) < 2 or max(m.end for m in names) != view.start + match.start():
            continue
        for index, one in enumerate(names):
            for other in names[index + 1 :]:
                if one.entity != other.entity:
                    found.append((one, "partnerOf", other, None, "are partners"))
    return found
