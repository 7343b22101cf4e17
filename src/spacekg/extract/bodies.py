"""How bodies are built and where they sit, read from general constructions of
English reports over any names:

- a seat stated inside an apposition or after a copula belongs to the name
  the apposition describes, not to the nearest name in it: ``X, an agency of
  the Union based in Exampleton,``, ``X, a specialized agency of Y which is
  headquartered in Exampleton``, ``X is an organization located in
  Exampleton`` (X is seated there; the relation stage leaves these cues to
  this module, see :func:`apposed_seat_cue`);
- a named meeting or body ``of`` a body is part of it: ``the Example
  Conference (EC-9) of the Example Union``, ``the Legal Subcommittee of
  COPUOS`` (not a country's body, ``the Example Agency of Examplia``, and not
  one name holding another, ``Council of the EU``, which the mention stage
  keeps whole);
- a subsidiary named with its parent's description: ``X, the company's
  subsidiary in Exampleton``, ``X, its European arm``: X is part of the
  company the description stands for;
- the units of a body listed after a count are parts of it: ``X has two
  subcommittees, A and B``, ``the two subcommittees of X, A and B``, ``A, one
  of the subcommittees of X``, ``X, which comprises three directorates: A, B
  and C``, ``its two subsidiaries (A and B)`` (not ``has two partners, A and
  B``: the nouns are those of a body's units);
- a body that reports to another through a third is part of both, and the
  third part of the second: ``X reports to Y through its Z``;
- two or more parties that agreed together are partners: ``A and B agreed
  that …``, ``A and B have agreed to build …`` (not ``agreed with the
  assessment``, nor one party alone).

:func:`bodies` is called by :mod:`~spacekg.extract.roles` for each sentence
and returns what it finds; the caller writes the facts, reading the verb
group before a cue for a denial or a plan."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from spacekg.extract.base import Found
from spacekg.extract.coreference import described
from spacekg.extract.literals import lead

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# ', an agency of the Union based in', ' is a specialized agency of the UN which is headquartered in': a seat
# stated in a description of the name before it (the comma of an apposition, or a copula).
APPOSED_SEAT = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?P<link>,\s+|\s+(?:is|was|has\s+been|remains|became)\s+)(?:a|an|the|one)\s+"
    # (no clause or second noun inside: 'the agency that runs X from a centre located in Y' is the centre's seat)
    r"(?P<description>(?:(?!\b(?:whose|who|which|that|and|but|or|with|from|at|for|through|near)\b)[^,;:.()“”\"])"
    r"{1,80}?)\s+"
    r"(?:(?:which|that)\s+(?:is|was|has\s+been|remains)\s+)?(?:(?:now|still|also|formally|officially)\s+)?"
    r"(?P<cue>(?:based|headquartered|located|seated)\s+in|(?:with|having)\s+(?:its\s+)?(?:headquarters|seat)\s+in)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# What describes a body: 'an agency of', 'an intergovernmental organization'.
BODY_NOUN = re.compile(r"\b(?:agency|organi[sz]ation|body|organ|institution|authority|office|subsidiary|company)\b")
# Any description before such a cue, a second noun or a clause inside it too ('X, an agency with a control
# centre based in Y'): the seat is the description's, never the nearest name's.
DESCRIBED_SEAT = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s+|\s+(?:is|was|has\s+been|remains|became)\s+)(?:a|an|the|one)\s+"
    r"(?:(?!\b(?:whose|who)\b)[^,;:.()“”\"]){1,80}?\s+(?:(?:which|that)\s+(?:is|was|has\s+been|remains)\s+)?"
    r"(?:(?:now|still|also|formally|officially)\s+)?(?P<cue>(?:based|headquartered|located|seated)\s+in|"
    r"(?:with|having)\s+(?:its\s+)?(?:headquarters|seat)\s+in)\s+(?:the\s+)?(?=[A-Z])"
)
# '… Conference (EC-9) of the Example Union': a name, its acronym, and the body it belongs to.
OF_BODY = re.compile(r"(?:\s*\([A-Z][\w-]{1,12}\))?\s+of\s+(?:the\s+)?(?=[A-Z])")
# 'WEC-9, the radio conference of the ITU,': a meeting named, then described as a body's (a body described as a
# committee or an agency of another is read by relations.py).
MEETING_APPOSED = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:the|a|an)\s+(?:(?:[a-z-]+|\d{4})\s+){0,3}?(?:conference|meeting|summit|session|"
    r"congress|assembly|forum|convention)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# 'a meeting of NATO defence ministers': the people of a body meet, not the body itself.
PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:ministers|members|states|delegates|experts|officials|countries|leaders|heads|"
    r"staff|scientists|engineers|governments)\b"
)
# ', the company's subsidiary in Exampleton', ', its European arm': a subsidiary named by its parent's description.
DESCRIBED_PARENT = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:(?:the|a)\s+(?P<noun>company|group|firm|corporation|agency|operator|maker|"
    r"manufacturer|start-?up|conglomerate)['’]s|(?P<its>its|their))\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?"
    r"(?:subsidiary|division|unit|arm|affiliate|branch)\b(?!['’-])"
)
# 'A and B agreed that an astronaut would fly', 'A and B have agreed to build': an undertaking agreed together.
AGREED_TOGETHER = re.compile(
    r"\s+(?:(?:have|has|had|also|finally|jointly|both|formally|then|later|quickly)\s+)*"
    r"(?P<cue>agreed|agree)\s+(?:in\s+\d{4}\s+)?(?:to\s+[a-z]|that\b(?=[^.;]{0,120}?\b(?:would|will|should|shall)\b))"
    # (not 'agreed to deepen cooperation', 'to work together more closely': cooperation in general terms)
    r"(?![^.;]{0,40}?\b(?:cooperat|co-operat|collaborat|work\s+(?:together|closely)))"
)

# The units a body is made of ('subcommittees', 'directorates', 'subsidiaries'), not its partners or members.
_UNIT = (
    r"(?:sub-?committees?|committees?|commissions?|subcommissions?|directorates?|divisions?|departments?|bureaus?|"
    r"bureaux|branches|branch|subsidiaries|subsidiary|units?|working\s+groups?|panels?|councils?|chambers?|"
    r"offices?|agencies|agency|institutes?|centres?|centers?|laboratories|laboratory|labs?|commands?|services?|"
    r"boards?|wings?|arms?|sections?|secretariats?"
    # ('its two subsidiary bodies, A and B': a body or organ is a unit only as a subsidiary one, not 'member bodies')
    r"|(?<=subsidiary\s)(?:bodies|body|organs?))"
)
UNIT_WORDS = ("ommittee", "ommission", "irectorate", "ivision", "epartment", "ureau", "ranch", "ubsidiar", "unit",
              "group", "panel", "ouncil", "hamber", "ffice", "agenc", "nstitute", "centre", "center", "abor", "lab",
              "ommand", "ervice", "board", "wing", "arm", "ection", "ecretariat")  # fmt: skip
_COUNT_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several)"
# 'has two subcommittees, A and B', 'which comprises three directorates: A, B and C', 'with two arms (A and B)':
# a verb of having, a count, the units' noun, then the names after a comma, a colon or a parenthesis.
COUNTED_UNITS = re.compile(
    r"\b(?P<verb>has|have|had|having|comprises|comprised|comprising|includes|included|including|with|oversees|"
    r"oversaw|runs|ran|operates|operated|controls|controlled|owns|owned|is\s+made\s+up\s+of|consists\s+of|"
    r"consisted\s+of|is\s+divided\s+into|was\s+divided\s+into)\s+"
    rf"(?:(?:now|also|only|just|since\s+\d{{4}})\s+)?{_COUNT_WORD}\s+"
    r"(?:(?:main|standing|permanent|technical|regional|operating|specialised|specialized|principal|subsidiary|"
    rf"separate|wholly[\s-]owned|major|big|large|national|new|[a-z]+)\s+)?(?P<noun>{_UNIT})"
    r"\s*(?:,|:|\(|—|–)\s*(?:namely\s+|called\s+|including\s+|among\s+them\s+|such\s+as\s+)?(?:the\s+)?(?=[A-Z])"
)
COUNTED_UNITS = lead(COUNTED_UNITS)  # the same matches, found faster (literals.lead)
# 'its two subcommittees, A and B,', "the agency's three directorates: A, B and C": the owner's possessive.
OWNED_UNITS = re.compile(
    rf"\b(?P<its>its|their|(?<=['’]s))\s+(?:{_COUNT_WORD}\s+)(?:(?:main|standing|permanent|technical|regional|"
    rf"operating|principal|subsidiary|separate|major)\s+)?(?P<noun>{_UNIT})\s*(?:,|:|\(|—|–)\s*(?:namely\s+)?"
    r"(?:the\s+)?(?=[A-Z])"
)

# 'The two subcommittees of COPUOS, A and B,', 'the three directorates of the Example Agency: A, B and C'.
UNITS_OF = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:{_COUNT_WORD}\s+)?(?:(?:main|standing|permanent|technical|regional|"
    rf"operating|principal|subsidiary|separate|major)\s+)?(?P<noun>{_UNIT})\s+of\s+(?:the\s+)?(?=[A-Z])"
)
LIST_OPENS = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,|:|—|–)\s*(?:namely\s+)?(?:the\s+)?")
# 'A, one of the two subcommittees of COPUOS', "A, one of ESA's five directorates": the unit before is a part.
ONE_OF_UNITS = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?,\s+(?:now\s+|still\s+)?one\s+of\s+(?:(?:the|its|their)\s+|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+)"
    rf"(?:{_COUNT_WORD}\s+)?(?:(?:main|standing|permanent|technical|regional|operating|principal|subsidiary|separate|"
    rf"major|[a-z]+)\s+)?(?P<noun>{_UNIT})(?P<of>\s+of\s+(?:the\s+)?(?=[A-Z]))?"
)


def bodies(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    if " in " in sentence and ("based" in sentence or "headquarter" in sentence or "located" in sentence
                               or "seat" in sentence):  # fmt: skip
        found += _apposed_seats(view)
    if " of " in sentence:
        found += _parts_of_bodies(view)
    if "'s " in sentence or "’s " in sentence or "its " in sentence or "their " in sentence:
        found += _described_parents(view, history)
    if "agree" in sentence:
        found += _agreed_together(view)
    if any(w in sentence for w in UNIT_WORDS):
        found += _counted_parts(view, history)
    if " through " in sentence or " via " in sentence:
        found += _reports_through(view, history)
    return found


def _body(view: SentenceView, mention: Found) -> bool:
    """An organization that is no person and no country."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Person") and not view.is_(mention, "Country")


def _apposition_head(view: SentenceView, match: re.Match[str]) -> Found | None:
    """The name an apposition or a copula at ``match`` (in the sentence) describes: the mention right
    before it (the longest one ending there)."""
    at = view.start + match.start()
    return max((m for m in view.mentions if m.end == at), key=lambda m: m.end - m.start, default=None)


def apposed_seat_cue(view: SentenceView, at: int) -> bool:
    """Whether a cue 'based in', 'headquartered in' … at ``at`` (in the sentence) belongs to a description
    of a name ('X, an agency of the UN based in Geneva'): the seat is the described name's, so the relation
    stage does not give it to the nearest name before the cue."""
    return any(match.start("cue") <= at < match.end("cue") for match in DESCRIBED_SEAT.finditer(view.sentence)
               if _apposition_head(view, match) is not None)  # fmt: skip


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _apposed_seats(view: SentenceView) -> list[Role]:
    """'X, an agency of the Union based in Exampleton, near Y': X is seated in
    Exampleton (the first place: the one after a comma says where it lies)."""
    found: list[Role] = []
    for match in APPOSED_SEAT.finditer(view.sentence):
        head = _apposition_head(view, match)
        place = max((m for m in view.mentions if m.start == view.start + match.end()), key=lambda m: m.end,
                    default=None)  # fmt: skip
        if (
            head is None
            or place is None
            or not (_body(view, head) or (view.is_(head, "Facility") and BODY_NOUN.search(match.group("description"))))
        ):
            continue  # ('X, an agency of the Union based in Y': a name guessed a facility is a body when described so)
        if not view.is_(place, "Place") or view.is_(place, "Organization"):
            continue
        cue = re.compile(r"based|headquartered|located|seated|headquarters|seat").search(
            view.sentence, match.start("cue")
        )
        found.append((head, "headquarteredAt", place, cue, "apposed seat"))
    return found


# 'the 60th session of COPUOS', 'a summit of the African Union': a meeting named by a common noun before 'of'.
MEETING_OF_BEFORE = re.compile(
    r"\b(?:session|meeting|summit|conference|congress|assembly|talks|plenary|gathering)s?\s+of\s+(?:the\s+)?$"
)


def of_head(view: SentenceView, mention: Found) -> Found | str | None:
    """What the name ``mention`` completes after 'of', when it is no subject of its own: the named meeting
    or body before it ('The Example Summit (ES-3) of NATO opened …': the summit), the word 'meeting' for a
    meeting named by a common noun ('the 60th session of COPUOS'), else None."""
    if MEETING_OF_BEFORE.search(view.text, max(view.start, mention.start - 40), mention.start):
        return "meeting"
    for head in view.mentions:
        if head.end < mention.start and head.end >= mention.start - 40:
            link = OF_BODY.match(view.text, head.end, mention.start + 1)
            if link is not None and link.end() == mention.start and (view.is_(head, "Event") or _body(view, head)):
                return head
    return None


def _parts_of_bodies(view: SentenceView) -> list[Role]:
    """'The Example Conference (EC-9) of the Example Union closed': a named
    meeting or body of a body is part of it (not of a country, nor a person's)."""
    found: list[Role] = []
    for part in view.mentions:
        if view.is_(part, "Person") or view.is_(part, "Country"):
            continue
        if not (view.is_(part, "Event") or _body(view, part)):
            continue
        link = OF_BODY.match(view.text, part.end, view.end)
        if link is None:
            continue
        whole = _at(view, link.end())
        while whole is not None and (following := _at(view, whole.end + 1)) is not None and (
                view.text[whole.end] == " " and _body(view, following)):  # fmt: skip
            whole = following  # 'of the UN Committee on X': the name the modifier opens
        acronym = re.match(r"\s*\(", view.text[part.end : part.end + 3])
        named = _at(view, part.end + acronym.end()) if acronym is not None else None
        if named is not None and not any(view.is_(named, c) for c in ("Person", "Country", "Place")):
            part = named  # 'the Example Conference (EC-9) of X': the acronym is the text's name for it
        if whole is None or not _body(view, whole) or view.is_(whole, "Event") or whole.entity == part.entity:
            continue
        if any(m.start <= part.start and m.end >= whole.end for m in view.mentions):
            continue  # 'Council of the EU': one name holding the other
        if re.match(r"['’]s?\s", view.text[whole.end : whole.end + 3]) or PEOPLE_AFTER.match(view.text, whole.end):
            continue  # 'the Office of the agency's director', 'a Summit of NATO leaders': not the body's own
        found.append((part, "partOf", whole, None, "body of a body"))
    for match in MEETING_APPOSED.finditer(view.sentence):
        # 'WEC-9, the radio conference of the ITU, closed': the named meeting is the body's.
        meeting = max((m for m in view.mentions if m.end == view.start + match.start()),
                      key=lambda m: m.end - m.start, default=None)  # fmt: skip
        body = _at(view, view.start + match.end())
        if meeting is None or body is None or not _body(view, body) or meeting.entity == body.entity:
            continue
        if any(view.is_(meeting, c) for c in ("Person", "Country", "Place")) or PEOPLE_AFTER.match(view.text, body.end):
            continue
        found.append((meeting, "partOf", body, None, "meeting of a body"))
    return found


def _described_parents(view: SentenceView, history: list[Found]) -> list[Role]:
    """'X, the company's subsidiary in Exampleton', 'X, its European arm': X
    is part of the company the description (or 'its') stands for."""
    found: list[Role] = []
    for part in view.mentions:
        if not _body(view, part):
            continue
        match = DESCRIBED_PARENT.match(view.text, part.end, view.end)
        if match is None:
            continue
        earlier = [m for m in history if m.end <= part.start and m.entity != part.entity]
        noun = "agency" if match.group("noun") == "agency" else "company"
        if noun != "agency":
            # ('its German arm', 'the group's subsidiary': a company, the one an arm or a subsidiary belongs to)
            earlier = [m for m in earlier if view.company(m)]
        parent = described(view.linker, view.text, [], noun, earlier, part.start)
        if parent is not None and _body(view, parent) and parent.entity != part.entity:
            found.append((part, "partOf", parent, None, "subsidiary described"))
    return found


def _agreed_together(view: SentenceView) -> list[Role]:
    """'In 1995 A and B agreed that an astronaut would fly', 'A and B have
    agreed to build it': the parties listed before the verb are partners."""
    found: list[Role] = []
    for part in view.mentions:
        match = AGREED_TOGETHER.match(view.text, part.end, view.end)
        if match is None:
            continue
        parties = view.group([m for m in view.before(part.end - view.start) if view.is_(m, "Agent")], True)
        if len(parties) < 2 or all(p.end != part.end for p in parties) or any(view.is_(p, "Person") for p in parties):
            continue
        cue = re.compile(r"agree").search(view.sentence, match.start("cue") - view.start)
        for one, other in itertools.combinations(parties, 2):
            if one.entity != other.entity:
                found.append((one, "partnerOf", other, cue, "agreed together"))
    return found


def _counted_parts(view: SentenceView, history: list[Found]) -> list[Role]:
    """'X has two subcommittees, A and B': each unit listed after the count is part of X (the clause's
    subject; for 'its' the name it stands for, the nearest body before; for "X's" the name before); 'the two
    subcommittees of X, A and B' and 'A, one of the two subcommittees of X' (or "one of X's …") likewise."""
    found: list[Role] = []
    for regex in (COUNTED_UNITS, OWNED_UNITS):
        for match in regex.finditer(view.sentence):
            units = _listed(view, view.start + match.end())
            if not units:
                continue
            at = match.start()
            if regex is OWNED_UNITS and match.group("its") is None:
                owners = [m for m in view.mentions if m.end == view.start + at - 2]  # "X's two …"
            elif regex is OWNED_UNITS:
                nearest = next((m for m in reversed(history) if m.end <= view.start + at and _body(view, m)), None)
                owners = [nearest] if nearest is not None else []
            else:
                owners = [m for m in view.clause_subject(at, "Organization") if view.own_clause(m, at)]
                if match.group("verb") == "with" or not owners:
                    owners = [m for m in view.mentions if m.end <= view.start + at and _body(view, m)][-1:]
            cue = re.compile(re.escape(match.group("noun"))).search(view.sentence, match.start())
            found += _parts_of(view, units, owners, cue)
    for match in UNITS_OF.finditer(view.sentence):
        if not match.group("noun").endswith("s") and match.group("noun") not in ("bureaux",):
            continue  # ('the committee of COPUOS, A': one body, an apposition the relation stage reads)
        whole = _at(view, view.start + match.end())
        opens = LIST_OPENS.match(view.text, whole.end, view.end) if whole is not None else None
        units = _listed(view, opens.end()) if opens is not None else []
        if whole is not None and units:
            cue = re.compile(re.escape(match.group("noun"))).search(view.sentence, match.start())
            found += _parts_of(view, units, [whole], cue)
    for match in ONE_OF_UNITS.finditer(view.sentence):
        unit = max((m for m in view.mentions if m.end == view.start + match.start()), key=lambda m: m.end - m.start,
                   default=None)  # fmt: skip
        if match.group("owner"):
            owner_end = view.start + match.start("owner") + len(match.group("owner"))
            whole = max((m for m in view.mentions if m.end == owner_end), key=lambda m: m.end - m.start, default=None)
        else:
            whole = _at(view, view.start + match.end()) if match.group("of") else None
        if unit is not None and whole is not None and (_body(view, unit) or view.is_(unit, "Facility")):
            cue = re.compile(re.escape(match.group("noun"))).search(view.sentence, match.start())
            found += _parts_of(view, [unit], [whole], cue)
    return found


def _parts_of(view: SentenceView, units: list[Found], owners: list[Found], cue: re.Match[str] | None) -> list[Role]:
    """Each unit part of each owner that is a body (no country, nor the unit itself)."""
    found: list[Role] = []
    for whole in owners:
        if not _body(view, whole):
            continue
        for unit in units:
            if unit.entity != whole.entity and not view.is_(unit, "Country"):
                found.append((unit, "partOf", whole, cue, "counted units"))
    return found


# Between two names of a list: a comma, 'and', 'as well as' or a semicolon (an acronym in parentheses before it).
LIST_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?"
)


def _listed(view: SentenceView, at: int) -> list[Found]:
    """The bodies (or facilities) listed from ``at``: 'A (AA), B and the C' (the longest name at each place)."""
    items: list[Found] = []
    while (item := _at(view, at)) is not None and (_body(view, item) or view.is_(item, "Facility")):
        items.append(item)
        gap = LIST_GAP.match(view.text, item.end, view.end)
        if gap is None:
            break
        at = gap.end()
    return items


# 'X reports to Y through its Z', 'X reports to the Assembly via the Fourth Committee'.
REPORTS_THROUGH = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:also|formally|still|now|directly|then)\s+)?(?:reports|reported|answers|answered|is\s+accountable|"
    r"was\s+accountable)\s+to\s+(?:the\s+)?(?=[A-Z])"
)
THROUGH = re.compile(r"\s+(?:through|via|by\s+way\s+of)\s+(?:its|their|the)\s+(?=[A-Z])")


def _reports_through(view: SentenceView, history: list[Found]) -> list[Role]:
    """'COPUOS reports to the GA through its Fourth Committee': X is part of Y and of Z, and Z of Y."""
    found: list[Role] = []
    for lower in view.mentions:
        match = REPORTS_THROUGH.match(view.text, lower.end, view.end)
        if match is None or not _body(view, lower):
            continue
        upper = _at(view, match.end())
        if upper is None or not _body(view, upper):
            continue
        through = THROUGH.match(view.text, upper.end, view.end)
        middle = _at(view, through.end()) if through is not None else None
        if middle is None or not _body(view, middle) or len({lower.entity, upper.entity, middle.entity}) < 3:
            continue
        cue = re.compile(r"reports|reported|answers|answered|accountable").search(
            view.sentence, match.start() - view.start
        )
        found += [(lower, "partOf", upper, cue, "reports through"), (lower, "partOf", middle, cue, "reports through"),
                  (middle, "partOf", upper, cue, "reports through")]  # fmt: skip
    return found
