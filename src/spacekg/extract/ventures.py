"""Who owns a company, what a company's units are, where a company sits and which companies work
together, read from general constructions of business reporting over any names:

- joint ownership makes each owner a member of the venture (GUIDELINES v17, like the owners named in 'a
  joint venture of A and B'): ``X, the rocket maker that A owns jointly with B``, ``X, which A and B
  control``, ``a joint venture that A controls``, ``X is owned jointly by A and B``, ``X is controlled by A,
  with B as the minority partner``, ``A and B jointly own X``; a holding does too: ``in which B holds a
  third``, ``A holds a 49% stake in X``, ``A owns a third of X``, ``A is the minority partner in X`` (not
  'sold its stake in X': no holding now; not one owner alone, 'owned by A', whose reading varies; not
  'state-owned' with no state named);
- a unit named with its owner's possessive is part of the owner: ``A's X optics unit``, ``A's satellite
  business X``;
- a company described with its city sits there: ``X, a Houston company that …``, ``X, an Exampleton-based
  start-up`` (a nationality, 'a French company', gives nothing);
- a body described as another body's agency, committee or office is part of it: ``X, the UN agency in
  Geneva``, ``X is the UN body that …`` (not a country's: 'the Russian agency');
- two bodies that work closely are cooperating: ``A and B already work closely``, ``A and B have long
  cooperated closely`` (work on a named programme is read elsewhere).

:func:`ventures` is called by :mod:`~spacekg.extract.roles` for each sentence and returns what it finds; the
caller writes the facts with the modality of the verb group of each cue ('does not hold a stake', 'plans to
buy a stake')."""

from __future__ import annotations

import itertools
import re

from spacekg.extract.base import Found
from spacekg.extract.sentence_view import Role, SentenceView

# The adverbs and auxiliaries between an owner and its verb ('has long', 'still jointly').
_AUX = (
    r"(?:(?:has|have|had|would|will|does|do|did|also|now|still|already|then|once|later|jointly|together|both|each|"
    r"largely|mostly|effectively|formally|long|not|no\s+longer|never|(?:plans?|planned|intends?|intended|wants?|wanted|"
    r"agreed|agrees|expects?|expected|hopes?|hoped|is\s+set|was\s+set|is\s+to|are\s+to)\s+to)\s+)*"
)
_OWN = r"(?:co-?)?(?:own(?:s|ed)?|control(?:s|led)?)"
# 'that A owns jointly with B', 'which A and B control', 'that the state-owned group controls': the relative
# pronoun, where its subject opens.
RELATIVE_OWNER = re.compile(r"\b(?:which|that)\s+(?:the\s+)?(?=[A-Z])")
# the verb after the relative's subject, and a co-owner after it ('jointly with B', 'together with B', 'with B')
OWN_VERB = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+{_AUX}(?P<verb>{_OWN})\b")
JOINTLY_WITH = re.compile(r"\s+(?:(?:jointly|together)\s+)?with\s+(?:the\s+)?(?=[A-Z])")
JOINTLY = re.compile(r"\s+(?:jointly|together)\b")
# 'in which B holds a third', 'of which B owns 40%': a holding in the relative's head.
HOLDING_RELATIVE = re.compile(r"\b(?:in|of)\s+which\s+(?:the\s+)?(?=[A-Z])")
_HOLD = (
    r"(?P<verb>hold|holds|held|owns?|owned|has|had|retains?|retained|keeps?|kept|took|takes?|bought|buys?|acquired|"
    r"acquires?)"
)
_SHARE = (
    r"(?:a\s+third|a\s+quarter|half|two[\s-]thirds|three[\s-]quarters|a\s+(?:majority|minority|controlling)\s+"
    r"(?:stake|share|interest|holding)|(?:a|an|its|their|the)?\s*(?:[\w.,%-]+\s+){0,3}?(?:stake|shares|"
    r"shareholding)|(?:a|an|its|their|the)?\s*(?:[\w.,-]+\s+){0,2}?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|"
    r"controlling|majority|minority)\s+(?:share|interest|holding)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
)
HOLDS_SHARE = re.compile(rf"\s+{_AUX}{_HOLD}\s+{_SHARE}\b")
# 'A holds a 49% stake in X', 'A owns a third of X': a holding named after the share.
HOLDS_IN = re.compile(rf"\s+{_AUX}{_HOLD}\s+{_SHARE}\s+(?P<prep>in|of)\s+(?:the\s+)?(?=[A-Z])")
# 'X is owned jointly by A and B', ', controlled by A,': the passive and its agents.
OWNED_BY = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:the|a|an)\s+[^,;:()]{1,60},)?(?:,\s*|\s+(?:is|was|are|were|has\s+been|"
    r"had\s+been|remains|remained)\s+)(?:(?:now|still|also|already|jointly|wholly|largely|partly)\s+)*"
    r"(?P<verb>(?:co-?)?(?:owned|controlled))\s+(?:jointly\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)
# ', which owns the Russian airline X', ' owns X', ' now owns the carrier, X': one owner of a company (a holding,
# 'owns a stake in X', is read above; not 'once owned', 'owned until').
_OWNED_NOUN = (
    r"(?:company|firm|airline|carrier|operator|maker|manufacturer|start-?up|subsidiary|business|provider|builder|"
    r"group|bank|broadcaster|network)"
)
OWNS_ONE = re.compile(
    r"(?:\s+(?:group|company|firm|conglomerate|holding))?(?P<which>,\s+(?:which|that)\s+)?(?:\s*\([^()]{1,30}\))?\s*(?:(?:now|also|still|already|has|have)\s+)*"
    rf"(?P<verb>owns|own|has\s+owned)\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?{_OWNED_NOUN}\s*,?\s+(?:the\s+)?)?(?=[A-Z])"
)
# 'its customers soon included satellite operators such as A and B', "X's first clients were A and B", 'whose
# customers include A': the customers are the seller's partners (GUIDELINES v19); not a seller's hoped-for ones
# ('potential customers include').
CUSTOMERS_INCLUDE = re.compile(
    r"(?:\b(?P<its>[Ii]ts|[Tt]heir|[Ww]hose)|(?P<possessive>['’]s?))\s+"
    r"(?:(?!(?:potential|prospective|possible|would-be|future|target|hoped-for)\b)[a-z][\w-]*\s+){0,2}?"
    r"(?P<verb>customers|clients)\s+(?:(?:soon|now|later|also|already|still|quickly|have|has|had)\s+)*"
    r"(?:include[sd]?|were|are|came\s+to\s+include|grew\s+to\s+include)\s+"
    r"(?:(?:[a-z][\w-]*\s+){0,3}?(?:such\s+as|including|like)\s+)?(?:the\s+)?(?=[A-Z])"
)
# 'A and B are among its customers', 'counts A among its clients', 'A became its first customer', 'A is a customer
# of X'.
AMONG_CUSTOMERS = re.compile(
    r"\s+(?:(?:are|were|is|was|became|become|remain|remained|have\s+been|has\s+been)\s+)?(?:among\s+)?"
    r"(?:(?P<its>its|their)|(?:a|an|the)\s+)\s*(?:(?:first|biggest|largest|main|major|early|key|anchor)\s+)?"
    r"(?P<verb>customers?|clients?)(?P<of>\s+of\s+(?:the\s+)?(?=[A-Z]))?"
)
# 'A and B are among Example Corp's customers'.
AMONG_NAMED = re.compile(
    r"\s+(?:are|were|is|was|remain|remained|have\s+been|has\s+been)\s+(?:now\s+|also\s+)?among\s+(?:the\s+)?(?=[A-Z])"
)
NAMED_CUSTOMERS = re.compile(
    r"['’]s?\s+(?:(?:first|biggest|largest|main|major|early|key|anchor)\s+)?(?P<verb>customers|clients)\b"
)
# ', with B as the minority partner', 'with B as junior shareholder'.
MINORITY_AS = re.compile(
    r"\s+as\s+(?:the\s+|a\s+|its\s+)?(?:minority|majority|junior|senior|smaller|other|second)\s+(?:partner|"
    r"shareholder|owner|stakeholder)\b"
)
# 'A is the minority partner in X', 'A, the largest shareholder of X,'.
PARTNER_IN = re.compile(
    r"(?:\s+(?:is|was|remains|became|has\s+been)\s+|,\s+)(?:the|a|an)\s+(?:minority|majority|junior|senior|largest|"
    r"biggest|main|controlling|principal)\s+(?:partner|shareholder|owner|stakeholder)\s+(?:in|of)\s+(?:the\s+)?(?=[A-Z])"
)
# The owned thing described as a venture ('a joint venture that A controls').
VENTURE_WORDS = re.compile(r"\b(?:joint\s+venture|venture|joint\s+company|consortium|tie-up)\b")
# Between an owned name and its relative pronoun: a short form, an apposition or a copula with a description.
HEAD_GAP = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?P<description>(?:,\s+|\s+(?:is|was|remains|became)\s+)(?:the|a|an|its|their)\s+"
    r"(?:[^,;:()]|(?<=\d),(?=\d{3}\b)){1,60}?)?\s*,?\s*(?:in\s+|of\s+)?$"
)
# 'A's Example optics unit', 'A's satellite business, Example': a unit named after its owner's possessive.
# (not 'business': 'Boeing's Starliner business' is a product line, no body)
_UNIT = r"(?:unit|division|subsidiary|arm|branch|affiliate)"
POSSESSED_UNIT = re.compile(rf"\s+(?:(?:[a-z][\w-]*)\s+){{0,2}}?(?:[a-z][\w-]*\s+)?{_UNIT}\b(?!['’])")
OWNER_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:new|former|own|main|[a-z]+-[a-z]+)\s+)?")
# 'Boeing's subsidiary Example Systems', 'A's satellite arm, X': the unit's noun before its name.
UNIT_NOUN_FIRST = re.compile(
    r"['’]s?\s+(?:(?:[a-z][\w-]*)\s+){0,2}?(?:unit|division|subsidiary|arm|branch|affiliate)\s*,?\s+(?:the\s+)?(?=[A-Z])"
)
# ', a Boeing company,': a company described as another's.
OWNERS_COMPANY_BEFORE = re.compile(r",\s+(?:a|an)\s+$")
OWNERS_COMPANY_AFTER = re.compile(r"\s+company\b(?!['’])")
# 'X's operator, Y', 'X's owner and operator, Y'.
OPERATOR_NAMED = re.compile(
    r"['’]s?\s+(?:(?:owner|operator|manager)\s+and\s+)?(?:owner|operator|manager)s?\s*,\s+(?:the\s+)?(?=[A-Z])"
)
# 'Boeing's Chicago headquarters', 'the agency's Paris head office'.
SEAT_AFTER = re.compile(r"\s+(?:headquarters|head\s+office|head-office|seat)\b")
# ', a Houston company that', ', an Exampleton-based start-up': a company described with its city.
_COMPANY = (
    r"(?:company|firm|start-?up|startup|maker|manufacturer|operator|group|contractor|supplier|provider|builder|"
    r"developer|foundation|institute|consultancy|think[\s-]tank|charity|organi[sz]ation)"
)
CITY_COMPANY_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:(?!based\b)[a-z][\w-]*\s+){0,2}?$")
CITY_COMPANY_AFTER = re.compile(rf"(?:-based)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_COMPANY}\b(?!['’])")
# 'the Pittsburgh company Astrobotic', 'a Beijing start-up, LandSpace,': the city before the class noun, the
# company's name after it (programmes21).
ARTICLE_BEFORE_CITY = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")
CITY_COMPANY_NAMED = re.compile(rf"(?:-based)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_COMPANY}\s*,?\s+(?=[A-Z])")
CITY_COMPANY_HINT = re.compile(rf"\b(?:the|an?|The|An?)\s+[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+)?{_COMPANY}\b")
# ', the UN agency', ' is the UN body that': another body's agency, committee or office.
BODY_OF_BEFORE = re.compile(r"(?:,\s+|\s+(?:is|was|remains|became)\s+)(?:the|a|an)\s+$")
BODY_OF_AFTER = re.compile(
    r"['’]?s?\s+(?:(?:specialized|specialised|own|main|principal|technical|space|legal|standing)\s+)?(?:agency|body|"
    r"organ|committee|subcommittee|office|commission)\b(?!['’])"
)
# 'A and B already work closely', 'have long cooperated closely' (no object after: cooperation in general).
WORK_CLOSELY = re.compile(
    rf"(?:,\s+[^,;:()]{{1,40}},)?\s+{_AUX}(?:work(?:s|ed|ing)?|cooperat(?:e|es|ed|ing)|co-operat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing))\s+"
    r"(?:very\s+|so\s+|more\s+|particularly\s+)?closely\b(?!\s+(?:with|on|in|alongside)\b)"
)


# 'have called this arrangement their Example Alliance', 'call their joint venture X': the owners' name for what
# they do together.
_ARRANGEMENT = (
    r"(?:arrangement|partnership|alliance|cooperation|collaboration|tie-up|joint\s+venture|venture|grouping|"
    r"consortium)"
)
NAMED_ARRANGEMENT = re.compile(
    rf"\b(?P<verb>call(?:ed|s)?|nam(?:ed|es)|dubb?(?:ed|s)?|christen(?:ed|s)?)\s+(?:this|that|the|their|its)\s+"
    rf"(?:[a-z-]+\s+)?{_ARRANGEMENT}\s+(?:their\s+|the\s+)?(?=[A-Z])"
)
# 'The two groups', 'Both companies': a subject that stands for the pair of bodies named last.
THE_TWO = re.compile(
    r"(?:^|\b[Tt]he\s+|\b[Bb]oth\s+)(?:two\s+)?(?:groups|companies|firms|partners|agencies|sides|organi[sz]ations|"
    r"operators|makers|manufacturers)\s*$"
)
PAIR_REACH = 600  # how far back the pair 'the two groups' stands for may be named


# 'JAXA is developing a pressurised rover, the Example Cruiser, with Toyota': a thing made with a partner body
# (the partner's name ends the phrase: not 'with Russian engines', 'with help from X', 'with ESA's help').
DEVELOPED_WITH = re.compile(
    r"\b(?P<verb>develop(?:s|ed|ing)?|buil(?:t|ds?|ding)|design(?:s|ed|ing)?|co-develop(?:s|ed|ing)?)\s+"
    r"(?:a|an|the|its|their|two|three|new)\s+(?:[\w-]+\s+){0,4}?[\w-]+(?:,\s+(?:the|a|an)\s+[^,;:()]{1,40},)?"
    r"\s+(?:together\s+|jointly\s+)?with\s+(?:the\s+)?(?=[A-Z])"
)
PARTNER_ENDS = re.compile(r"(?!['’])(?=\s*[,.;:)]|\s*$|\s+(?:in|on|for|to|and|under|since|by|from|at|as|until)\b)")


def ventures(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence."""
    found: list[Role] = []
    sentence = view.sentence
    if re.search(r"\b(?:own|owns|owned|co-own|control|controls|controlled|stake|share|shares|third|cent|%|partner|"
                 r"shareholder)\b", sentence):  # fmt: skip
        found += _owners(view)
    if "'s " in sentence or "’s " in sentence:
        found += _possessed_units(view)
        found += _operators_named(view) if re.search(r"\b(?:operator|owner|manager)", sentence) else []
        found += _seats_named(view) if re.search(r"\bhead(?:quarters|\s+office)|\bseat\b", sentence) else []
    if " company" in sentence:
        found += _company_of(view)
    if ", a" in sentence or ", the" in sentence or CITY_COMPANY_HINT.search(sentence):
        found += _city_companies(view)
    if re.search(r"\b(?:agency|body|organ|committee|subcommittee|office|commission)\b", sentence):
        found += _bodies_of(view)
    if "closely" in sentence:
        found += _work_closely(view)
    if re.search(r"\b(?:customers?|clients?)\b", sentence):
        found += _customers(view, history)
    if NAMED_ARRANGEMENT.search(sentence):
        found += _named_arrangements(view, history)
    if " with " in sentence:
        found += _developed_with(view)
    return found


def _seller(view: SentenceView, history: list[Found], at: int, pronoun: str | None) -> Found | None:
    """Whose customers: the name before a possessive ending at ``at``, or for 'its', 'their', 'whose' the last
    body named before it (no country, person or place)."""
    if pronoun is None:
        return max((m for m in view.mentions if m.end == at), key=lambda m: m.end - m.start, default=None)
    if view.salience is not None:
        # ('Orbit Launch was set up as a venture of A and B, and NASA became its first customer': the salient
        # company, the sentence's subject, not the name nearest 'its')
        opening = not view.text[view.start : at].strip()
        found = view.salience.referent("it", at, opening=opening)
        if found is not None and _company(view, found) and not view.is_(found, "Person"):
            return found
    # (walked back from the newest: the cost is the distance to the seller, not the length of the text)
    here = [m for m in view.mentions if m.end <= at and _company(view, m)]
    if here:
        return max(here, key=lambda m: m.end)
    return next((m for m in reversed(history) if m.end <= at and _company(view, m)), None)


def _customers(view: SentenceView, history: list[Found]) -> list[Role]:
    """'its customers soon included satellite operators such as A and B', "X's clients are A and B", 'A and B
    are among its customers', 'A became the first customer of X': the customers and the seller are partners."""
    found: list[Role] = []
    for match in CUSTOMERS_INCLUDE.finditer(view.sentence):
        seller = _seller(view, history, view.start + match.start(), match.group("its"))
        buyers = _listed_from(view, view.start + match.end())
        if seller is None or not _company(view, seller):
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb"))
        found += [(b, "partnerOf", seller, cue, "customers") for b in buyers
                  if b.entity != seller.entity and not view.is_(b, "Person")]  # fmt: skip
    for mention in view.mentions:
        among = AMONG_CUSTOMERS.match(view.text, mention.end, view.end)
        named = AMONG_NAMED.match(view.text, mention.end, view.end) if among is None else None
        if among is None and named is None:
            continue
        # the buyers: the names joined right before the verb ('A and B are among its customers')
        # (the clause's subject: not a name before ', and' that opens another clause, 'A and B set it up, and
        # NASA became its first customer')
        at = mention.end - view.start
        buyers = [m for m in view.clause_subject(at, "Agent") if view.own_clause(m, at) and _owner(view, m)]
        buyers = buyers if any(b is mention or b.entity == mention.entity for b in buyers) else [mention]
        first = min((b.start for b in buyers), default=mention.start)
        seller = None
        if among is not None and among.group("of"):
            seller = _at(view, among.end())
        elif among is not None and among.group("its"):
            seller = _seller(view, history, first, among.group("its"))
        elif named is not None:
            seller = _at(view, named.end())
            among = NAMED_CUSTOMERS.match(view.text, seller.end, view.end) if seller is not None else None
        if among is None or seller is None or not _company(view, seller):
            continue
        buyers = [b for b in buyers if not view.is_(b, "Person") and b.entity != seller.entity]
        found += [(b, "partnerOf", seller, _cue(view, among), "customers") for b in buyers]
    return found


def _developed_with(view: SentenceView) -> list[Role]:
    """'JAXA is developing a pressurised rover, the Example Cruiser, with Toyota', 'B built a lander with C':
    the maker and the body it works with are partners (GUIDELINES v17)."""
    found: list[Role] = []
    for match in DEVELOPED_WITH.finditer(view.sentence):
        partner = _at(view, view.start + match.end())
        if partner is None or not _owner(view, partner) or view.is_(partner, "Person"):
            continue
        if not PARTNER_ENDS.match(view.text, partner.end, view.end):
            continue
        at = match.start()
        makers = [m for m in view.clause_subject(at, "Agent") if view.own_clause(m, at) and not view.is_(m, "Person")]
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb"))
        found += [(m, "partnerOf", partner, cue, "developed with") for m in makers if m.entity != partner.entity]
    return found


def _pair(view: SentenceView, history: list[Found], at: int) -> list[Found]:
    """The two bodies named last as 'A and B' before ``at`` (what 'the two groups' stands for)."""
    earlier = [m for m in history if at - PAIR_REACH <= m.start and m.end <= at and _owner(view, m)]
    for one, other in reversed(list(itertools.pairwise(earlier))):
        if re.fullmatch(r"\s+and\s+(?:the\s+)?", view.text[one.end : other.start]) and one.entity != other.entity:
            return [one, other]
    return []


def _named_arrangements(view: SentenceView, history: list[Found]) -> list[Role]:
    """'The two groups have called this arrangement their Example Alliance since 2005', 'A and B call their joint
    venture X': the pair are members of what they named."""
    found: list[Role] = []
    for match in NAMED_ARRANGEMENT.finditer(view.sentence):
        named = _at(view, view.start + match.end())
        if named is None or not _company(view, named):
            continue
        at = match.start()
        members = [m for m in view.clause_subject(at, "Agent") if view.own_clause(m, at) and _owner(view, m)
                   and not view.is_(m, "Person")]  # fmt: skip
        if not members:
            subject = re.compile(r"\s*(?:(?:have|has|had|now|long|also|since|then)\s+)*$")
            head = subject.search(view.sentence, 0, match.start())
            if head is not None and THE_TWO.search(view.sentence, max(0, head.start() - 40), head.start()):
                members = _pair(view, history, view.start + match.start())
        if len(members) < 2:
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb"))
        found += [(m, "memberOf", named, cue, "named by its members") for m in members if m.entity != named.entity]
    return found


def _owner(view: SentenceView, mention: Found) -> bool:
    """A body or a state that may own a company (a name typed otherwise by a guess is taken at its role)."""
    if any(view.is_(mention, c) for c in ("Person", "Place", "Document")) and not view.is_(mention, "Country"):
        return False
    return view.is_(mention, "Agent") or mention.new


def _company(view: SentenceView, mention: Found) -> bool:
    """What may be owned: an organization that is no country, no person."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Country") and not view.is_(mention, "Person")


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _listed_from(view: SentenceView, pos: int) -> list[Found]:
    """The owners named from ``pos``: 'A', 'A and B', 'A, B and C'."""
    first = _at(view, pos)
    if first is None or not _owner(view, first):
        return []
    names = view.group([m for m in view.mentions if m.start >= first.start and _owner(view, m)], False)
    return [m for m in names if m.start >= first.start] if names and names[0].start == first.start else [first]


def _cue(view: SentenceView, match: re.Match[str], group: str = "verb") -> re.Match[str] | None:
    """The verb of ``match`` (a match over the text) as a match over the sentence, for the caller's modality."""
    return re.compile(r"\S+").match(view.sentence, match.start(group) - view.start)


def _head(view: SentenceView, at: int) -> tuple[Found | None, str]:
    """The name a relative pronoun at ``at`` is about, past a short form, an apposition or a copula, and the
    description between them ('X, the rocket maker that', 'X is a joint venture that')."""
    for mention in sorted((m for m in view.mentions if view.start <= m.start and m.end <= at),
                          key=lambda m: (-m.end, m.start)):  # fmt: skip
        gap = HEAD_GAP.fullmatch(view.text, mention.end, at)
        if gap is not None:
            return (mention if view.company(mention) else None), gap.group("description") or ""
        if at - mention.end > 90:
            break
    return None, ""


def _owners(view: SentenceView) -> list[Role]:
    found: list[Role] = []
    text = view.text
    heads: list[tuple[int, Found | None, str]] = []  # each relative's start, its head and the head's description
    for relative in RELATIVE_OWNER.finditer(text, view.start, view.end):
        # 'X, the rocket maker that A owns jointly with B', 'a joint venture that A and B control'
        head, description = _head(view, relative.start())
        heads.append((relative.start(), head, description))
        owners = _listed_from(view, relative.end())
        if head is None or not owners:
            continue
        verb = OWN_VERB.match(text, owners[-1].end, view.end)
        if verb is None:
            continue
        co_owner = JOINTLY_WITH.match(text, verb.end(), view.end)
        other = _at(view, co_owner.end()) if co_owner is not None else None
        owners += [other] if other is not None and _owner(view, other) else []
        jointly = JOINTLY.match(text, verb.end(), view.end) or "jointly" in verb.group(0) or "together" in verb.group(0)
        if len(owners) > 1 or jointly or VENTURE_WORDS.search(description):
            found += [(o, "memberOf", head, _cue(view, verb), "joint owners") for o in owners
                      if o.entity != head.entity]  # fmt: skip
    for relative in HOLDING_RELATIVE.finditer(text, view.start, view.end):
        # 'a joint venture that A controls and in which B holds a third': the head of the first relative
        head, _ = _head(view, relative.start())
        if head is None:
            earlier = [(s, h) for s, h, _ in heads if s < relative.start()]
            if earlier and re.fullmatch(r"[^,;:.()]*\s+and\s+", text[earlier[-1][0] : relative.start()]):
                head = earlier[-1][1]
        holders = _listed_from(view, relative.end())
        share = HOLDS_SHARE.match(text, holders[-1].end, view.end) if holders else None
        if head is not None and share is not None:
            found += [(h, "memberOf", head, _cue(view, share), "holds a share") for h in holders
                      if h.entity != head.entity]  # fmt: skip
    for mention in view.mentions:
        if not _owner(view, mention):
            continue
        # 'A holds a 49% stake in X', 'A and B own a third of X each'
        holding = HOLDS_IN.match(text, mention.end, view.end)
        if holding is not None:
            owned = _at(view, holding.end())
            if (
                owned is not None
                and view.company(owned)
                and not re.match(r"['’]", view.text[owned.end : owned.end + 1])
            ):
                holders = [h for h in view.clause_subject(holding.start() - view.start, "Agent")
                           if view.own_clause(h, holding.start() - view.start) and _owner(view, h)]  # fmt: skip
                found += [(h, "memberOf", owned, _cue(view, holding), "holds a share") for h in holders or [mention]
                          if h.entity != owned.entity]  # fmt: skip
        # 'A is the minority partner in X'
        partner = PARTNER_IN.match(text, mention.end, view.end)
        owned = _at(view, partner.end()) if partner is not None else None
        if (
            partner is not None
            and owned is not None
            and view.company(owned)
            and owned.entity != mention.entity
            and not re.match(r"['’]", view.text[owned.end : owned.end + 1])
        ):
            found.append((mention, "memberOf", owned, None, "partner in a company"))
    for mention in view.mentions:
        if not view.company(mention):
            continue  # (a state's body is run, not owned: 'NASA is controlled by Congress and the White House')
        # 'X is owned jointly by A and B', 'X is controlled by A, with B as the minority partner'
        passive = OWNED_BY.match(text, mention.end, view.end)
        if passive is None:
            continue
        owners = _listed_from(view, passive.end())
        if not owners:
            continue
        tail = MINORITY_AS.match(text, owners[-1].end, view.end)
        with_ = re.compile(r",?\s+with\s+(?:the\s+)?(?=[A-Z])").match(text, owners[-1].end, view.end)
        minority = _at(view, with_.end()) if with_ is not None else None
        if minority is not None and _owner(view, minority) and MINORITY_AS.match(text, minority.end, view.end):
            owners.append(minority)
        elif tail is None and len(owners) < 2 and "jointly" not in passive.group(0):
            # ('X is owned by A', 'X is wholly owned by A': a company one company owns is part of it; not one it
            # owns partly or largely, a holding; programmes20)
            if (
                passive.group("verb") == "owned"
                and not re.search(r"\b(?:partly|largely)\b", passive.group(0))
                and _company(view, owners[0])
                and owners[0].entity != mention.entity
            ):
                found.append((mention, "partOf", owners[0], _cue(view, passive), "wholly owned"))
            continue  # one owner alone: a subsidiary or a holding, the text does not say which
        found += [(o, "memberOf", mention, _cue(view, passive), "joint owners") for o in owners
                  if o.entity != mention.entity]  # fmt: skip
    for mention in view.mentions:
        if not _owner(view, mention):
            continue
        # 'A and B jointly own X', 'A owns X jointly with B'
        verb = OWN_VERB.match(text, mention.end, view.end)
        if verb is None:
            continue
        owned = _at(view, verb.end() + 1) or _at(view, verb.end() + 5)
        if (
            owned is None
            or not view.company(owned)
            or not re.fullmatch(r"\s+(?:the\s+)?", text[verb.end() : owned.start])
        ):
            continue
        owners = [o for o in view.clause_subject(verb.start() - view.start, "Agent")
                  if view.own_clause(o, verb.start() - view.start) and _owner(view, o)]  # fmt: skip
        co_owner = JOINTLY_WITH.match(text, owned.end, view.end)
        other = _at(view, co_owner.end()) if co_owner is not None else None
        owners += [other] if other is not None and _owner(view, other) else []
        jointly = bool(JOINTLY.search(verb.group(0)) or JOINTLY.match(text, owned.end, view.end))
        if len(owners) > 1 or jointly:
            found += [(o, "memberOf", owned, _cue(view, verb), "joint owners") for o in owners
                      if o.entity != owned.entity]  # fmt: skip
    found += _single_owner(view)
    return found


def _single_owner(view: SentenceView) -> list[Role]:
    """'The S7 Group, which owns the Russian airline S7', 'Example Holdings owns Example Air': a company owned by
    one company alone is part of it (GUIDELINES v19; joint owners are members: :func:`_owners`)."""
    found: list[Role] = []
    for mention in view.mentions:
        if not _company(view, mention):
            continue
        verb = OWNS_ONE.match(view.text, mention.end, view.end)
        owned = _at(view, verb.end()) if verb is not None else None
        if verb is None or owned is None or not _company(view, owned) or owned.entity == mention.entity:
            continue
        if JOINTLY_WITH.match(view.text, owned.end, view.end) or JOINTLY.match(view.text, owned.end, view.end):
            continue  # ('A owns X jointly with B': joint owners, above)
        if not verb.group("which"):
            owners = view.clause_subject(verb.start() - view.start, "Agent")
            if len(owners) != 1 or owners[0].entity != mention.entity:
                continue  # ('A and B own X': joint owners, above)
        found.append((owned, "partOf", mention, _cue(view, verb), "owns a company"))
    return found


def _possessed_units(view: SentenceView) -> list[Role]:
    """'A's Example optics unit': the unit named after its owner's possessive is part of the owner."""
    found: list[Role] = []
    for owner in view.mentions:
        if not _company(view, owner):
            continue
        possessive = OWNER_POSSESSIVE.match(view.text, owner.end, view.end)
        if possessive is None:
            continue
        unit = _at(view, possessive.end())
        if (
            unit is None
            or unit.entity == owner.entity
            or any(view.is_(unit, c) for c in ("Person", "Country", "Place", "Document"))
        ):
            continue
        if POSSESSED_UNIT.match(view.text, unit.end, view.end):
            found.append((unit, "partOf", owner, None, "owner's unit"))
    for owner in view.mentions:
        # 'Boeing's subsidiary Example Systems', 'A's satellite arm, X': the unit's noun first, then its name
        noun = UNIT_NOUN_FIRST.match(view.text, owner.end, view.end) if _company(view, owner) else None
        unit = _at(view, noun.end()) if noun is not None else None
        if unit is not None and unit.entity != owner.entity and _company(view, unit):
            found.append((unit, "partOf", owner, None, "owner's unit"))
    return found


def _company_of(view: SentenceView) -> list[Role]:
    """'X, a Boeing company, …': X is part of the company named before the noun (a company's own phrase)."""
    found: list[Role] = []
    for owner in view.mentions:
        if not view.company(owner) or not OWNERS_COMPANY_AFTER.match(view.text, owner.end, view.end):
            continue
        before = OWNERS_COMPANY_BEFORE.search(view.text, max(view.start, owner.start - 6), owner.start)
        part = (max((m for m in view.mentions if m.end == before.start()), key=lambda m: m.end - m.start, default=None)
                if before is not None else None)  # fmt: skip
        if part is not None and _company(view, part) and part.entity != owner.entity:
            found.append((part, "partOf", owner, None, "a company's company"))
    return found


def _operators_named(view: SentenceView) -> list[Role]:
    """'The Example Network's operator, Boeing, …', 'X's owner, Y': Y runs X (GUIDELINES: 'the owner of the
    rival Starlink network' leads)."""
    found: list[Role] = []
    for thing in view.mentions:
        if not any(view.is_(thing, c) for c in ("Program", "Facility", "Station")):
            continue
        described = OPERATOR_NAMED.match(view.text, thing.end, view.end)
        operator = _at(view, described.end()) if described is not None else None
        if operator is not None and _owner(view, operator) and not view.is_(operator, "Person"):
            found.append((operator, "leads", thing, None, "its operator named"))
    return found


def _seats_named(view: SentenceView) -> list[Role]:
    """'at Boeing's Chicago headquarters': the body's seat named before the noun."""
    found: list[Role] = []
    for body in view.mentions:
        if not _company(view, body) and not view.is_(body, "GovernmentBody"):
            continue
        possessive = re.match(r"['’]s?\s+", view.text[body.end : body.end + 3])
        city = _at(view, body.end + possessive.end()) if possessive is not None else None
        if city is None or not view.is_(city, "Place") or view.is_(city, "Country"):
            continue
        if SEAT_AFTER.match(view.text, city.end, view.end):
            found.append((body, "headquarteredAt", city, None, "seat named"))
    return found


def _city_companies(view: SentenceView) -> list[Role]:
    """'X, a Houston company that …', 'X, an Exampleton-based start-up': the company sits in the city."""
    found: list[Role] = []
    for city in view.mentions:
        if not view.is_(city, "Place") or view.is_(city, "Country") or view.is_(city, "Organization"):
            continue
        before = CITY_COMPANY_BEFORE.search(view.text, max(view.start, city.start - 40), city.start)
        named = (
            CITY_COMPANY_NAMED.match(view.text, city.end, view.end)
            if ARTICLE_BEFORE_CITY.search(view.text, max(view.start, city.start - 5), city.start)
            else None
        )
        if named is not None:
            # 'a rocket built by the Beijing company LandSpace': the name after the class noun
            company = next((m for m in view.mentions if m.start == named.end()), None)
            if company is not None and _company(view, company):
                found.append((company, "headquarteredAt", city, None, "company of a city"))
            continue
        if before is None or not CITY_COMPANY_AFTER.match(view.text, city.end, view.end):
            continue
        company = max((m for m in view.mentions if m.end == before.start()), key=lambda m: m.end - m.start,
                      default=None)  # fmt: skip
        if company is not None and _company(view, company):
            found.append((company, "headquarteredAt", city, None, "company of a city"))
    return found


def _bodies_of(view: SentenceView) -> list[Role]:
    """'X, the UN agency in Geneva', 'X is the UN body that …': X is part of the body named."""
    found: list[Role] = []
    for whole in view.mentions:
        if not _company(view, whole) or not BODY_OF_AFTER.match(view.text, whole.end, view.end):
            continue
        before = BODY_OF_BEFORE.search(view.text, max(view.start, whole.start - 20), whole.start)
        if before is None:
            continue
        part = max((m for m in view.mentions if m.end == before.start()), key=lambda m: m.end - m.start, default=None)
        if part is not None and _company(view, part) and part.entity != whole.entity:
            found.append((part, "partOf", whole, None, "another body's agency"))
    return found


def _work_closely(view: SentenceView) -> list[Role]:
    """'A and B already work closely': the two cooperate."""
    found: list[Role] = []
    for mention in view.mentions:
        match = WORK_CLOSELY.match(view.text, mention.end, view.end)
        if match is None:
            continue
        subjects = [s for s in view.group([m for m in view.before(mention.end - view.start) if _owner(view, m)], True)
                    if not view.is_(s, "Person")]  # fmt: skip
        if len(subjects) < 2 or all(s.end != mention.end for s in subjects):
            continue
        cue = re.compile(r"\b(?:work|cooperat|co-operat|collaborat)\w*").search(
            view.sentence, match.start() - view.start
        )
        for i, one in enumerate(subjects):
            for other in subjects[i + 1 :]:
                if one.entity != other.entity:
                    found.append((one, "cooperatesWith", other, cue, "work closely"))
    return found
