"""Who makes and supplies a craft: the craft a text is about (:func:`craft_in_focus`, for 'the spacecraft' or
'it' with no craft named nearby) and the suppliers of its parts ('Example Corp supplied the payload module',
'NASA provided the detectors for one of its instruments', 'built the engines for Example-5'): a body that
supplies a part of a craft takes part in the craft (GUIDELINES: 'whoever supplies a payload or instrument
participatesIn the mission'). Called by :mod:`~spacekg.extract.roles`, which writes the facts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacekg.extract.base import Found
from spacekg.extract.coreference import carried_on
from spacekg.extract.crews import flight_in_focus
from spacekg.extract.sentence_view import Role, SentenceView


def craft_in_focus(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """The craft or station the text is about at ``at``, the one 'it' would stand for: the most salient one,
    passing over the bodies that run it and the rockets the text names as what a craft flew on."""
    if view.salience is None:
        return None
    carriers = {m.entity for m in history if carried_on(view.text, m)}
    skipped = set(carriers)
    for _ in range(5):
        found = view.salience.referent("it", at, opening=True, exclude=frozenset(skipped))
        if found is None:
            break
        if view.is_(found, "Mission") or view.is_(found, "Station"):
            return next((m for m in reversed(history) if m.entity == found.entity and m.end <= at
                         and m.rule != "anaphor"), found)  # fmt: skip
        skipped.add(found.entity)
    # none named in the last sentences: the craft the text names most (the first named of those named as often)
    crafts = [m for m in history if m.end <= at and m.rule != "anaphor" and m.entity not in carriers
              and (view.is_(m, "Mission") or view.is_(m, "Station"))]  # fmt: skip
    counts = Counter(m.entity for m in crafts)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1] and ranked[0][1] < 2:
        return None  # (two crafts named once each: neither is what the text is about)
    best = max(counts.values())
    return next(m for m in crafts if counts[m.entity] == best)


# The parts of a craft a body supplies ('the payload module', 'the infrared detectors', 'its two engines').
_PART = (
    r"payload(?:\s+module)?s?|(?:service|propulsion|crew|descent|habitation)\s+modules?|modules?|instruments?|"
    r"detectors?|cameras?|engines?|(?:upper\s+|first\s+|second\s+)?stages?|antennas?|antennae|solar\s+(?:panels?|"
    r"arrays?|wings?)|spectrometers?|spectrographs?|sensors?|thrusters?|propulsion\s+system|heat\s+shield|"
    r"robotic\s+arms?|radars?|transponders?|mirrors?|telescopes?|batter(?:y|ies)|star\s+trackers?|"
    r"(?:main\s+)?structure|bus|platform|avionics|optics|"
    # ('a particle analyser', 'a magnetometer', 'an imager'; crews19)
    r"analy[sz]ers?|magnetometers?|imagers?|radiometers?|altimeters?|seismometers?|experiments?"
)
_SUPPLY_VERB = (
    r"supplied|supplies|supply|supplying|provided|provides|provide|providing|contributed|contributes|contribute|"
    r"delivered|delivers|deliver|built|builds|build|developed|develops|develop|designed|designs|made|makes|"
    r"manufactured|manufactures"
)
# 'supplied the payload module', 'provided the infrared detectors for …', 'built its two engines': the verb
# and a part as its direct object (not 'supplied the press with', 'provided the funding': no part of a craft).
SUPPLIES_PART = re.compile(
    # ('built a radiation detector', 'supplied one of the four instruments'; crews19)
    rf"\b(?P<verb>{_SUPPLY_VERB})\s+(?:(?:the|its|their|both|all|two|three|four|five|six|several|some|a|an|one(?:\s+of)?)\s+)+"
    rf"(?:(?:[a-z][\w-]*|[A-Z][\w-]*)\s+){{0,2}}?(?P<part>{_PART})\b(?!['’-])"
)
# What follows the part: 'for Example-1', 'of the Example-1 orbiter', 'aboard Example-1' (a named craft), or
# 'for one of its two instruments', 'for the spacecraft' (the craft in focus).
# ('a particle analyser that rides on the rover', 'an instrument, which flew aboard Example-1'; crews19)
RIDES = r"(?:,?\s+(?:that|which)\s+(?:rides|rode|flies|flew|sits|sat|is\s+mounted|was\s+mounted|is\s+carried|was\s+carried))?"
FOR_NAMED = re.compile(rf"{RIDES}\s+(?:for|of|on|aboard|to)\s+(?:the\s+|its\s+)?(?=[A-Z])")
FOR_DESCRIBED = re.compile(
    rf"{RIDES}\s+(?:for|of|on|aboard|to)\s+(?:(?:one|two|both|each|all|some)\s+of\s+)?(?P<det>the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>satellite|spacecraft|probe|telescope|observatory|orbiter|lander|rover|capsule|"
    r"craft|mission|instrument|payload|station)s?\b(?!['’])"
)
# Nouns that stand for the craft in focus whatever its kind (a more specific one, 'the orbiter', is resolved by
# what the text calls an orbiter: roles.py).
GENERIC_NOUNS = {"satellite", "spacecraft", "craft", "mission", "instrument", "payload"}
OWN_DETERMINER = re.compile(r"\b(?:its|their)\s")
# 'provided the payload module to the agency', 'for NASA': a client, not a craft (left alone).
CLAUSE_STOP = re.compile(r"\s*(?:[,;.:)]|$|\s(?:and|but|while|whereas|in|at|by|under|after|before|since|from)\b)")
TO_BEFORE = re.compile(r"\b(?:to|help(?:s|ed)?)\s+$")
WORD = re.compile(r"\w+")
POSSESSOR_AFTER = re.compile(r"['’]s?(?:\s|$)")


def supplied_parts(
    view: SentenceView, history: list[Found], described: Callable[[str, int], Found | None]
) -> list[Role]:
    """'Example Corp built the spacecraft, while Beta Corp supplied the payload module', 'NASA provided the
    detectors for one of its two instruments': the supplier of a craft's part takes part in the craft (a
    named one after 'for'/'of'/'aboard'; 'for the orbiter', what ``described`` makes of the noun; else the
    craft the text is about; 'supplied its camera' is left to memberships.py); never a person, never a part
    supplied for a client body ('supplied the engines for NASA')."""
    found: list[Role] = []
    text, sentence = view.text, view.sentence
    for match in SUPPLIES_PART.finditer(sentence):
        end = view.start + match.end()
        if TO_BEFORE.search(sentence, max(0, match.start() - 10), match.start()):
            continue  # 'agreed to supply the engines', 'helped build': another verb's infinitive, read elsewhere
        if OWN_DETERMINER.search(match.group(0)):
            continue  # 'supplied its camera': the mission named lately, or the supplier's own (memberships.py)
        craft: Found | None = None
        named = FOR_NAMED.match(text, end, view.end)
        for_described = FOR_DESCRIBED.match(text, end, view.end)
        if named is not None:
            craft = next((m for m in view.mentions if m.start == named.end()), None)
            if craft is None or not (view.is_(craft, "Mission") or view.is_(craft, "Station")):
                continue  # 'supplied the engines for NASA', 'for Europe': a client or a place, not a craft
        elif for_described and for_described.group("det") == "the" and for_described.group("noun") not in GENERIC_NOUNS:
            craft = described(for_described.group("noun"), view.start + match.start())  # 'for the orbiter'
        elif for_described or CLAUSE_STOP.match(text, end, view.end):
            # 'for one of its two instruments', 'supplied the payload module.': the craft the text is about
            craft = craft_in_focus(view, history, view.start + match.start())
        if craft is None:
            continue
        subjects = [qualified_body(view, s) for s in view.clause_subject(match.start(), "Agent")
                    if view.own_clause(s, match.start()) and not POSSESSOR_AFTER.match(text, s.end)
                    and not view.is_(s, "Person")]  # fmt: skip
        cue = WORD.match(sentence, match.start())  # (the verb, for its modality and a speaker's claim)
        for subject in subjects:
            if subject.entity != craft.entity:
                found.append((subject, "participatesIn", craft, cue, "supplier of a part"))
    return found


def qualified_body(view: SentenceView, subject: Found) -> Found:
    """'Example University in Examplia built …': the body a place after 'in' qualifies, not the place (crews19)."""
    if not (view.is_(subject, "Country") or view.is_(subject, "Place")):
        return subject
    body = next((m for m in view.mentions if m.end < subject.start and m.end >= subject.start - 8
                 and re.fullmatch(r"\s+in\s+", view.text[m.end : subject.start])), None)  # fmt: skip
    return body if body is not None and view.is_(body, "Organization") else subject


# 'Example-1, built at Example University,', 'it had been built at the Example Institute': the body where a craft
# or an instrument was made takes part in it (not 'built in Kenya', 'at Baikonur': a place; crews18).
BUILT_AT = re.compile(
    # ('built it at Example University': the craft in focus)
    r"\b(?:built|made|developed|designed|assembled|constructed)\s+(?P<it>(?:it|them)\s+)?(?:(?:entirely|largely|"
    r"mostly|partly|jointly|"
    r"mainly)\s+)?(?:at|in\s+the\s+(?:laboratories|labs|workshops|clean\s+rooms?)\s+of)\s+(?:the\s+)?"
)
POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# What stands between the craft and 'built at': an apposition's comma, or the verb group of a passive.
BUILT_AT_HEAD = re.compile(
    r"\s*(?:,\s*(?:which|that)?\s*|\s+(?:which|that)\s+)?(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:also|all|originally|then)\s+)?"
)
IT_BEFORE = re.compile(r"\b(?:[Ii]t|[Tt]he\s+(?:satellite|spacecraft|probe|cubesat|instrument|experiment|camera))\s+$")
# 'designed the cubesat with help from X', 'built it with the help of X': a helper takes part in the craft.
HELP_FROM = re.compile(
    r"\b(?:built|build|builds|designed|design|designs|developed|develop|develops|made|make|makes|assembled)\s+"
    r"(?:(?P<it>it|them)|the\s+(?P<noun>satellite|spacecraft|probe|cubesat|instrument|rover|lander|telescope|"
    r"orbiter|craft)|(?=[A-Z]))"
)
HELP_TAIL = re.compile(r"\s+with\s+(?:the\s+)?(?:help|assistance|support)\s+(?:from|of)\s+(?:the\s+)?")


def built_at(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1, built at Example University, …', 'It had been built at the Example Institute', 'designed the
    cubesat with help from Example University': the body where a craft was made, and one that helped make it,
    take part in it (an organization, never a place, a country or a person)."""
    found: list[Role] = []
    text, start = view.text, view.start
    craft: Found | None
    for match in BUILT_AT.finditer(view.sentence):
        maker = next((m for m in view.mentions if m.start == start + match.end()), None)
        owned = POSSESSIVE_GAP.match(text, maker.end) if maker is not None else None
        centre = next((m for m in view.mentions if owned is not None and m.start == owned.end()), None)
        if maker is not None and centre is not None and view.is_(maker, "Organization"):
            # ('assembled at NASA's Example Space Center': the body's centre, a facility of its own, takes part, not
            # the body it belongs to; participation26)
            maker = centre if view.is_(centre, "Organization") or view.is_(centre, "Facility") else None
        elif maker is None or not view.is_(maker, "Organization") or view.is_(maker, "Facility"):
            continue
        if maker is None:
            continue
        craft = next((m for m in reversed(view.mentions) if m.end <= start + match.start()
                      and BUILT_AT_HEAD.fullmatch(text, m.end, start + match.start())), None)  # fmt: skip
        # ('built it at Example University': 'it' is the craft in focus)
        if match.group("it") or (
            craft is None and IT_BEFORE.search(view.sentence, 0, _verb_group_start(view.sentence, match.start()))
        ):
            craft = craft_in_focus(view, history, start + match.start())
        if craft is None or not (
            view.is_(craft, "Mission") or view.is_(craft, "Station") or view.is_(craft, "Program")
        ):
            continue
        found.append((maker, "participatesIn", craft, WORD.match(view.sentence, match.start()), "built at"))
    for match in HELP_FROM.finditer(view.sentence):
        at = start + match.end()
        if match.group("it") or match.group("noun"):
            craft = craft_in_focus(view, history, start + match.start())
            if craft is not None and match.group("noun") and view.is_(craft, "Station"):
                # ('the cubesat': not the station module it was released from, the last craft named)
                craft = flight_in_focus(view, history, start + match.start())
            end = at
        else:
            craft = next((m for m in view.mentions if m.start == at), None)
            end = craft.end if craft is not None else at
        tail = HELP_TAIL.match(text, end, view.end)
        helper = next((m for m in view.mentions if tail is not None and m.start == tail.end()), None)
        if craft is None or helper is None or not (view.is_(craft, "Mission") or view.is_(craft, "Station")):
            continue
        if view.is_(helper, "Agent") and not view.is_(helper, "Person") and helper.entity != craft.entity:
            found.append((helper, "participatesIn", craft, WORD.match(view.sentence, match.start()), "helped build"))
    return found


# 'was built in Examplia under a contract with X', 'made under contract with X': the body the contract was with
# takes part in the craft built (a passive: in the active, the one under contract builds; crews19).
UNDER_CONTRACT = re.compile(
    r"\b(?:built|made|developed|designed|assembled|manufactured)(?P<where>\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+under\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?contract\s+with\s+(?:the\s+)?"
)
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|all|originally|then)\s+)?$"
)
# 'China built a replacement, Example-1R', 'developed a successor called Example-2': the craft named after the
# common noun of what the subject built (crews19).
BUILT_APPOSED = re.compile(
    r"\b(?:built|builds|developed|develops|designed|designs|made|makes|assembled)\s+(?:a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:replacement|successor|satellite|spacecraft|probe|lander|rover|orbiter|telescope|craft|"
    r"cubesat|capsule)\s*,\s+(?:(?:called|named|dubbed)\s+)?"
)

# 'lent most of the 300 million dollars that it cost', 'loaned $200m for the satellite': a lender of the money a
# craft cost takes part in it (GUIDELINES v18: a bank that 'lent most of the money it cost'; crews19).
LENT = re.compile(
    r"\b(?:lent|loaned|lends|loans)\s+(?:[\w$€£.,-]+\s+){0,6}?(?:money|dollars|euros|yuan|pounds|funds)\b"
    r"(?:\s+(?:that|which)\s+(?:it|the\s+(?:satellite|spacecraft|mission|probe|station|telescope))\s+(?:cost|needed)|"
    r"\s+(?:for|towards)\s+(?:it|the\s+(?:satellite|spacecraft|mission|probe|project|station|telescope)))\b"
)
# 'paid for with a loan from X', 'financed by a loan from X': the lender (crews19).
LOAN_FROM = re.compile(r"\b(?:with|through|by)\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,3}?loans?\s+from\s+(?:the\s+)?")


def contracted_builds(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1 was built in Examplia under a contract with Example Corp', 'China built a replacement,
    Example-1R': the contractor and the builder take part in the craft (GUIDELINES: 'built in China under a
    contract with X' makes X participatesIn the satellite, 'China built a replacement' is participatesIn)."""
    found: list[Role] = []
    text, start = view.text, view.start
    for match in UNDER_CONTRACT.finditer(view.sentence):
        contractor = next((m for m in view.mentions if m.start == start + match.end()), None)
        if contractor is None or not view.is_(contractor, "Organization") or view.is_(contractor, "Person"):
            continue
        if not PASSIVE_BEFORE.search(view.sentence, 0, match.start()):
            continue  # ('Example Corp built it under a contract with NASA': the client, read elsewhere)
        head = PASSIVE_BEFORE.search(view.sentence, 0, match.start())
        assert head is not None
        craft = next((m for m in reversed(view.mentions) if m.end <= start + head.start()
                      and re.fullmatch(r"\s*", text[m.end : start + head.start()])), None)  # fmt: skip
        if craft is None and IT_BEFORE.search(view.sentence, 0, head.start()):
            craft = craft_in_focus(view, history, start + match.start())
        if craft is None or not (view.is_(craft, "Mission") or view.is_(craft, "Station")):
            continue
        found.append(
            (contractor, "participatesIn", craft, WORD.match(view.sentence, match.start()), "built under contract")
        )
    for match in LENT.finditer(view.sentence) if "lent" in view.sentence or "loan" in view.sentence else ():
        focus = craft_in_focus(view, history, start + match.start())
        if focus is None:
            continue
        lenders = [qualified_body(view, m) for m in view.clause_subject(match.start(), "Agent")
                   if view.own_clause(m, match.start()) and not view.is_(m, "Person")]  # fmt: skip
        for lender in lenders:
            if lender.entity != focus.entity:
                found.append(
                    (lender, "participatesIn", focus, WORD.match(view.sentence, match.start()), "lent the money")
                )
    for match in LOAN_FROM.finditer(view.sentence) if "loan" in view.sentence else ():
        bank = next((m for m in view.mentions if m.start == start + match.end()), None)
        if bank is None or not view.is_(bank, "Organization") or view.is_(bank, "Person"):
            continue
        # (the craft the clause is about: named as its subject, else 'it' or 'the satellite' for the one in focus)
        named = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        craft = named[-1] if named else None
        if craft is None and IT_BEFORE.search(view.sentence, 0, _verb_group_start(view.sentence, match.start())):
            craft = craft_in_focus(view, history, start + match.start())
        if craft is not None and (view.is_(craft, "Mission") or view.is_(craft, "Station")):
            found.append((bank, "participatesIn", craft, WORD.match(view.sentence, match.start()), "loan from"))
    for match in BUILT_APPOSED.finditer(view.sentence):
        craft = next((m for m in view.mentions if m.start == start + match.end()), None)
        if craft is None or not view.is_(craft, "Mission") or view.is_(craft, "Station"):
            continue
        if re.match(r"\s+(?:rocket|launcher|booster)", text[craft.end : craft.end + 10]):
            continue
        subjects = [qualified_body(view, m) for m in view.clause_subject(match.start(), "Agent")
                    if view.own_clause(m, match.start()) and not view.is_(m, "Person")]  # fmt: skip
        for subject in subjects:
            if subject.entity != craft.entity:
                found.append(
                    (
                        subject,
                        "participatesIn",
                        craft,
                        WORD.match(view.sentence, match.start()),
                        "built a craft named after",
                    )
                )
    return found


def _verb_group_start(sentence: str, at: int) -> int:
    """Where the verb group before 'built at' starts ('It had been built at': right after 'It ')."""
    head = re.search(r"\s(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:also|all|originally|then)\s+)?$",
                     sentence[:at])  # fmt: skip
    return head.start() + 1 if head else at


# 'The satellites are built by A', 'Its probes were designed in Bremen by A': the craft of a series or a
# programme, named by a plural noun, and their builder (programmes20).
SERIES_BUILT_BY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:satellites|spacecraft|probes|orbiters|landers)\s+"
    r"(?:are|were|have\s+been|had\s+been|will\s+be)\s+(?:(?:all|mostly|largely|jointly|now|still|also)\s+)*"
    r"(?P<verb>built|developed|designed|made|manufactured|assembled)\s+(?:(?:in|at)\s+[^,;.]{1,30}?\s+)?by\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# '…; on the Chinese side by B', ', and by B': a second builder after the first, the participle left out
# (past a relative clause about the first: 'A, which is based in X; … by B').
ELLIPTIC_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,\s+(?:which|that)\s+[^;.()]{1,80}?)?\s*[;,]\s+(?:and\s+|while\s+)?"
    r"(?:(?:on|in|for|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:side|end|part)\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)
SERIES_REACH = 1500  # how far before its sentence the programme the craft belong to may be named


def series_builders(view: SentenceView, history: list[Found]) -> list[Role]:
    """'The CBERS programme … The satellites are built by A, which is based in X; on the other side by B': the
    builders of a programme's craft named by a plural noun take part in the programme named last (GUIDELINES
    v19); not a person (an engineer builds for a body)."""
    found: list[Role] = []
    for match in SERIES_BUILT_BY.finditer(view.sentence):
        at = view.start + match.start()
        programme = next((m for m in reversed(history) if m.end <= at and at - m.end <= SERIES_REACH
                          and m.rule != "anaphor" and view.is_(m, "Program")), None)  # fmt: skip
        if programme is None:
            continue
        builders: list[Found] = []
        pos = view.start + match.end()
        while True:
            first = next((m for m in view.mentions if m.start == pos), None)
            if first is None or not view.is_(first, "Agent"):
                break
            listed = view.group([m for m in view.mentions if m.start >= pos and view.is_(m, "Agent")], False)
            builders += listed
            more = ELLIPTIC_BY.match(view.text, listed[-1].end, view.end)
            if more is None:
                break
            pos = more.end()
        cue = WORD.match(view.sentence, match.start("verb"))
        found += [(b, "participatesIn", programme, cue, "builds a programme's craft") for b in builders
                  if not view.is_(b, "Person") and b.entity != programme.entity]  # fmt: skip
    return found


# 'A led the industrial team', 'A heads the consortium that builds the probe', 'A led the team of contractors':
# the lead company of those who build the craft in focus leads it (GUIDELINES v19, like 'built by a consortium
# led by A'); not 'the team of scientists', a team named for another body ('the consortium for NASA').
LEADS_INDUSTRY = re.compile(
    r"\b(?P<verb>led|leads|heads|headed)\s+(?:the|a|an|its)\s+(?:(?:industrial|european|international|multinational|"
    r"prime|main|[A-Z][a-z]+)\s+)*(?:industrial\s+(?:team|consortium|group)|team\s+of\s+(?:companies|contractors|"
    r"firms|manufacturers|industrial\s+partners)|consortium|contractors)\b(?!\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z])"
)


def industry_leaders(view: SentenceView, history: list[Found]) -> list[Role]:
    """'British Example led the industrial team, and the probe was launched …': the company leads the craft the
    text is about."""
    found: list[Role] = []
    for match in LEADS_INDUSTRY.finditer(view.sentence):
        leaders = [m for m in view.clause_subject(match.start(), "Agent")
                   if view.own_clause(m, match.start()) and view.is_(m, "Organization")
                   and not view.is_(m, "Country")]  # fmt: skip
        craft = craft_in_focus(view, history, view.start + match.start()) if leaders else None
        if craft is None:
            continue
        stop = re.compile(r"[,;:.()]").search(view.sentence, match.end())
        limit = view.start + (stop.start() if stop else len(view.sentence))
        if any(view.is_(m, "Program") and m.entity != craft.entity for m in view.mentions
               if view.start + match.end() <= m.start < limit):  # fmt: skip
            continue  # ('led the consortium that bid for Example-2': the team works on another craft)
        cue = WORD.match(view.sentence, match.start("verb"))
        found += [(m, "leads", craft, cue, "led the industrial team") for m in leaders if m.entity != craft.entity]
    return found
