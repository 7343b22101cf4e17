"""Launch deals: who buys launches from whom, and for what, read from general
constructions of English reports over any names:

- a purchase or an order and its seller: ``X bought three Example launches
  from Y``, ``X has booked two flights with Y for its Example constellation``,
  ``X, which ordered launches from Y and Z`` (buyer and seller are partners;
  the seller takes part in the program the launches are ``for``);
- launches counted on a rocket named with its maker's possessive: ``X
  ordered 18 launches on A's Example Heavy and 12 on B's Example 2`` (each
  maker is a seller);
- the deal's details in the next sentence: ``X said it had signed launch
  contracts with three companies for its Example constellation. The deal
  covers 18 launches on A's R1, 38 on B's R2 …`` (the buyer and the program
  are the earlier sentence's; that sentence is further evidence).

Options and plans are not purchases: ``with options for 15 more`` gives
nothing, and the verb group's plan or denial ('plans to buy', 'did not
order') is the caller's to read, as for any cue. A rocket named in the deal
is a vehicle, not a party: its maker's possessive gives no relation of its
own (guidelines: 'Boeing's Starliner' gives none)."""

from __future__ import annotations

import re

from spacekg.extract.base import Found
from spacekg.extract.sentence_view import Role, SentenceView

# A verb of buying or ordering launches: 'bought three Example launches', 'has booked two flights'.
PURCHASE = re.compile(
    r"\b(?:bought|buys?|buying|purchased|purchases?|purchasing|ordered|orders|ordering|booked|books|booking|"
    r"reserved|reserves|procured|procures|secured|secures)\s+"
    r"(?:up\s+to\s+|another\s+|about\s+|some\s+|a\s+further\s+)?(?:[\w.,-]+\s+){0,4}?"
    r"(?:launch(?:es)?|flights|rides|launch\s+(?:slots?|services|opportunities))\b"
)
# The seller after the launches: '… from Y', '… with Y' (not 'with options').
SELLER = re.compile(r"[^.;:]{0,50}?\b(?:from|with)\s+(?:the\s+)?(?=[A-Z])")
# A count of launches on a rocket named with its maker's possessive: '18 launches on A's', 'and 12 on B's'.
COUNTED_ON = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)\s+"
    r"(?:(?:more|further|additional|other)\s+)?(?:launch(?:es)?\s+|flights\s+|missions\s+)?(?:on|aboard|with)\s+(?:the\s+)?(?=[A-Z])"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?=[A-Z\d])")
OPTION_BEFORE = re.compile(r"\boptions?\s+(?:for|on|of|to)\s+(?:up\s+to\s+)?$")
# 'an option to buy five more launches', 'options for 15 more': a right to buy, not a purchase.
OPTION_TO = re.compile(r"\boptions?\s+(?:for|on|of|to)\s+(?:[\w-]+\s+){0,3}$")
# A sentence whose subject is the deal just reported: 'The deal, announced on …, covers 18 launches on …'.
DEAL_SUBJECT = re.compile(
    r"\s*(?:(?:[A-Z][\w-]*\s+){0,3}[-—–:]\s+)?(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|order|purchase|procurement|award)s?\b"
)
DEAL_VERB = re.compile(
    r"\b(?:covers?|covered|includes?|included|comprises?|comprised|calls?\s+for|called\s+for|provides?\s+for|"
    r"provided\s+for|involves?|involved|consists?\s+of|consisted\s+of|(?:is|are|was|were)\s+(?:split\s+)?(?:for|between))\b"
)
# The sentence before that reported it: 'X said it had signed launch contracts with three companies for …'.
SIGNED_DEAL = re.compile(
    r"\b(?:signed|agreed|concluded|struck|reached|awarded|placed|booked|finalised|finalized)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:contracts?|deals?|agreements?|orders?)\b"
)
# The seller's side: 'Y sold two launches to X', 'Y won a contract to launch X's Example-1', 'Y has been awarded
# a contract for three launches for X'.
SOLD = re.compile(
    r"\b(?:sold|sells?|selling)\s+(?:[\w.,-]+\s+){0,4}?(?:launch(?:es)?|flights|rides|seats?)\s+to\s+(?:the\s+)?(?=[A-Z])"
)
WON = re.compile(
    r"\b(?:won|wins?|winning|secured|secures|landed|lands|(?:was|were|has\s+been|have\s+been|had\s+been|been)\s+awarded)\s+"
    r"(?:[\w$€£.,-]+\s+){0,4}?(?:contracts?|deals?|orders?)\s+(?:(?:worth|valued\s+at)\s+[^,;]{1,30}?\s+)?"
    r"(?:to\s+launch|for\s+(?:[\w-]+\s+){0,3}?(?:launch(?:es)?|flights))\b"
)
# The customer after it: "… X's Example-1" (a possessive before the craft), '… for X', '… from X'.
CUSTOMER = re.compile(r"[^.;:]{0,60}?\b(?:for|from|by)\s+(?:the\s+)?(?=[A-Z])")
# 'signed a contract with Y to launch its Example-9 satellite', 'a deal with Y for the launch of Example-9': the
# party after 'with' launches the craft (the clause's subject is its partner, read by the 'contract with' cue).
CONTRACT_WITH = re.compile(r"\b(?:contracts?|deals?|agreements?)\s+with\s+(?:the\s+)?(?=[A-Z])")
TO_LAUNCH = re.compile(
    r"\s+(?:to\s+launch|for\s+(?:the\s+)?launch(?:es)?\s+of)\s+(?:(?:the|its|their|his|her|a|an|two|three|first|next|new)\s+){0,2}"
)
# The craft a company's rocket carried: 'Example-5 was carried into orbit by a SpaceX Falcon 9', 'SpaceX lofted
# Example-5 into orbit' (the launch company takes part in the craft, as 'launched on a SpaceX rocket').
CARRIED_BY = re.compile(
    r"\b(?:carried|lofted|boosted|sent|put|placed|delivered)\s+(?:(?:in|into|to)\s+(?:[\w-]+\s+){0,2}?(?:orbit|space)\s+)?"
    r"by\s+(?:a|an|the)\s+(?=[A-Z])"
)
ROCKET_AFTER_COMPANY = re.compile(
    r"(?:['’]s)?\s+(?:(?P<noun>(?:[\w-]+\s+)?(?:rocket|launcher|booster)s?\b)|(?=[A-Z\d]))"
)
CARRIED_INTO_ORBIT = re.compile(
    r"\b(?:carried|carries|lofted|lofts|boosted|boosts)\s+(?P<object>(?:(?:the|its|a|an)\s+)?[^,;.]{1,60}?)\s+"
    r"(?:in|into|to)\s+(?:(?:low|high|lunar|geostationary|polar|a|an|the|its)\s+){0,2}(?:orbit|space)\b"
)
REACH = 700  # how far before the sentence the deal it details may be reported
SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
FOR_PROGRAM = re.compile(r"\bfor\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+){0,2}?$|\bfor\s+$")


def deals(view: SentenceView, history: list[Found]) -> list[tuple[Role, tuple[int, int] | None]]:
    """The partners and participants of the launch deals in one sentence, each
    with the span of an earlier sentence that is further evidence (or None)."""
    sentence = view.sentence
    if not re.search(r"launch|flights|rides|orbit|carried|carries|lofted|boosted", sentence):
        return []
    found: list[tuple[Role, tuple[int, int] | None]] = []
    for match in PURCHASE.finditer(sentence):
        if OPTION_TO.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        limit = view.start + view.clause_end(match.end())
        sellers = _sellers(view, match.end(), limit) + _makers(view, match.start(), limit)
        buyers = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
        program = _program(view, view.start + match.end(), view.end)
        found += [(role, None) for role in _roles(view, buyers, sellers, program, match, "bought launches")]
    for match in [*SOLD.finditer(sentence), *WON.finditer(sentence)]:
        limit = view.start + view.clause_end(match.end())
        sellers = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
        buyers, program = _customer(view, match, limit)
        found += [(role, None) for role in _roles(view, buyers, sellers, program, match, "sold launches")]
    for match in CONTRACT_WITH.finditer(sentence):
        limit = view.start + view.clause_end(match.end())
        named = [m for m in view.after(match.end()) if m.start < limit and _party(view, m)]
        if not named or named[0].start != view.start + match.end() or view.is_(named[0], "Person"):
            continue
        launchers = view.group(named, False)
        then = TO_LAUNCH.match(view.text, launchers[-1].end, limit)
        craft = next((m for m in view.mentions if then is not None and m.start == then.end()), None)
        if craft is not None and view.is_(craft, "Program"):
            found += [((m, "participatesIn", craft, match, "contract to launch"), None) for m in launchers]
    if "orbit" in sentence or "space" in sentence or " by " in sentence:
        found += [(role, None) for role in _carried(view)]
    subject = DEAL_SUBJECT.match(sentence)
    verb = DEAL_VERB.search(sentence, subject.end()) if subject else None
    if subject is not None and verb is not None:
        sellers = _makers(view, verb.end(), view.end - view.start)
        earlier = _reported(view, history) if sellers else None
        if earlier is not None:
            buyers, program, span = earlier
            for role in _roles(view, buyers, sellers, program, verb, "launches of a deal"):
                found.append((role, span))
    return found


def _roles(
    view: SentenceView, buyers: list[Found], sellers: list[Found], program: Found | None, cue: re.Match[str], rule: str
) -> list[Role]:
    roles: list[Role] = []
    for seller in {m.entity: m for m in sellers}.values():
        for buyer in buyers:
            if buyer.entity != seller.entity:
                roles.append((buyer, "partnerOf", seller, cue, rule))  # (as the 'bought … from' cue has it)
        if program is not None and not view.is_(seller, "Person") and seller.entity != program.entity:
            roles.append((seller, "participatesIn", program, cue, rule))
    return roles


def _sellers(view: SentenceView, at: int, limit: int) -> list[Found]:
    """'… from Y', '… from Y and Z': the names right after the preposition."""
    seller = SELLER.match(view.sentence, at)
    if seller is None or view.start + seller.end() >= limit:
        return []
    if OPTION_BEFORE.search(view.sentence, max(0, seller.start()), seller.end()) or "option" in seller.group(0):
        return []
    named = [m for m in view.after(seller.end()) if m.start < limit and _party(view, m)]
    if not named or named[0].start != view.start + seller.end():
        return []
    return view.group(named, False)


def _carried(view: SentenceView) -> list[Role]:
    """'Example-5 was carried into orbit by a SpaceX Falcon 9', 'SpaceX lofted Example-5 into orbit': the
    launch company takes part in the craft (a rocket alone, 'by a Falcon 9', names no company)."""
    roles: list[Role] = []
    for match in CARRIED_BY.finditer(view.sentence):
        company = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if company is None or not view.company(company):
            continue
        gap = ROCKET_AFTER_COMPANY.match(view.text, company.end)
        if gap is None or not (
            gap.group("noun") or any(m.start == gap.end() and view.is_(m, "Program") for m in view.mentions)
        ):
            continue  # ('by a SpaceX Falcon 9', 'by a SpaceX rocket': the company's rocket, not the company's staff)
        crafts = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        roles += [(company, "participatesIn", craft, match, "carried by a company's rocket") for craft in crafts[:1]]
    for match in CARRIED_INTO_ORBIT.finditer(view.sentence):
        low, high = view.start + match.start("object"), view.start + match.end("object")
        crafts = [m for m in view.mentions if low <= m.start and m.end <= high and view.is_(m, "Program")]
        companies = [m for m in view.clause_subject(match.start(), "Agent") if view.company(m)]
        if crafts and companies and view.own_clause(companies[0], match.start()):
            roles.append((companies[0], "participatesIn", crafts[-1], match, "carried by a company's rocket"))
    return roles


def _customer(view: SentenceView, match: re.Match[str], limit: int) -> tuple[list[Found], Found | None]:
    """Who bought what the seller sold: 'sold two launches to X', '… to launch X's Example-1' (X, and
    Example-1 the craft), '… launches for X'."""
    if match.group(0).endswith(("to ", "to\n")) or re.search(r"\bto\s+(?:the\s+)?$", match.group(0)):
        named = [m for m in view.after(match.end()) if m.start < limit and view.is_(m, "Agent")]
        if named and named[0].start == view.start + match.end():
            return view.group(named, False), _program(view, named[-1].end, limit)
        return [], None
    nearest = next((m for m in view.mentions if m.start >= view.start + match.end() and m.start < limit), None)
    possessive = POSSESSIVE_AFTER.match(view.text, nearest.end) if nearest is not None else None
    if nearest is not None and possessive is not None and view.is_(nearest, "Agent"):
        # '… to launch Example Corp's Example-1 satellite'
        craft = next((m for m in view.mentions if m.start == possessive.end() and view.is_(m, "Program")), None)
        if re.fullmatch(r"\s*(?:the\s+|two\s+|three\s+|\d+\s+)?", view.text[view.start + match.end() : nearest.start]):
            return [nearest], craft
    customer = CUSTOMER.match(view.sentence, match.end())
    if customer is None or view.start + customer.end() >= limit:
        return [], None
    named = [m for m in view.after(customer.end()) if m.start < limit and view.is_(m, "Agent")]
    if not named or named[0].start != view.start + customer.end() or view.is_(named[0], "Person"):
        return [], None
    return view.group(named, False), _program(view, view.start + match.end(), limit)


def _makers(view: SentenceView, at: int, limit: int) -> list[Found]:
    """'18 launches on A's R1, 38 on B's R2': the makers of the rockets counted (not those of options)."""
    makers: list[Found] = []
    for count in COUNTED_ON.finditer(view.sentence, at, limit):
        if OPTION_BEFORE.search(view.sentence, max(0, count.start() - 30), count.start()):
            continue
        maker = next((m for m in view.mentions if m.start == view.start + count.end()), None)  # (a possessor)
        if maker is None or not _party(view, maker) or view.is_(maker, "Person"):
            continue
        rocket = POSSESSIVE_AFTER.match(view.text, maker.end)
        if rocket is not None and any(m.start == rocket.end() and view.is_(m, "Program") for m in view.mentions):
            makers.append(maker)
    return makers


def _party(view: SentenceView, mention: Found) -> bool:
    return view.is_(mention, "Agent")


def _program(view: SentenceView, at: int, limit: int) -> Found | None:
    """'… for its Example constellation': the program the launches are for (not a rocket)."""
    for m in view.mentions:
        if (
            at <= m.start < limit
            and view.is_(m, "Program")
            and FOR_PROGRAM.search(view.text, max(at, m.start - 40), m.start)
        ):
            return m
    return None


def _reported(view: SentenceView, history: list[Found]) -> tuple[list[Found], Found | None, tuple[int, int]] | None:
    """The buyer and program of the deal the sentence before reported ('X said it had signed launch contracts
    … for its Example constellation'), with that sentence's span."""
    low = max(0, view.start - REACH)
    signed = max(SIGNED_DEAL.finditer(view.text, low, view.start), key=lambda m: m.start(), default=None)
    if signed is None:
        return None
    breaks = [b.end() for b in SENTENCE_BREAK.finditer(view.text, low, signed.start())]
    begin = breaks[-1] if breaks else low
    if len(re.findall(r"[.!?][\"”]?\s", view.text[signed.end() : view.start])) > 1:
        return None  # only the sentence right before: 'The deal …' details the deal just reported
    end = view.start
    while end > signed.end() and view.text[end - 1].isspace():
        end -= 1
    before = [m for m in history if begin <= m.start and m.end <= signed.start()]
    buyers = [m for m in before if view.is_(m, "Agent") and not view.is_(m, "Country") and not view.is_(m, "Person")]
    if not buyers:
        return None
    program = next((m for m in history if signed.end() <= m.start < end and view.is_(m, "Program")
                    and FOR_PROGRAM.search(view.text, max(signed.end(), m.start - 40), m.start)), None)  # fmt: skip
    return buyers[-1:], program, (begin, end)
