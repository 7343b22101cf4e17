"""Whom people work for, fly for and serve on, read from general
constructions of English reports, whatever the names in them:

- a nationality that makes a record: ``she became the first American woman
  in space``, ``Jane Doe, the first Examplian to fly``, ``who would be the
  first Russian to fly on it`` (the country; not ``the first non-American``);
- a flag or a team flown for: ``Jane Doe flies for Poland``, ``he flew for
  the Example Agency``, ``A and B fly for Hungary`` (not ``flew for the first
  time``, nor ``flew for ten years``);
- a body that chose or hired the person: ``he was selected by the Example
  Agency``, ``she had been recruited by Example Corp in 2010`` (a body, not a
  person: ``appointed by the President`` is no affiliation);
- a seat on a body: ``the President appointed her to the Example
  Commission``, ``Jane Doe was named to the Example Board``, ``she served on
  it`` (the body of the sentence or just before);
- a profession with a body: ``she was a physicist from Example University``,
  ``Jane Doe, a chemist at Example Corp,`` (a body: ``a pilot from Houston``
  names a city, ``an engineer from India`` a nationality);
- a party's adjective before a politician's noun: ``Jane Doe, a Republican
  congressman from Exampleton,`` (the party, a mention of its own);
- a plural post of people listed: ``A and B, both NASA astronauts,``, ``A, B
  and C, three engineers from Example Corp,``;
- acting for a country or body: ``Jane Doe represented Japan at the talks``;
- a body's work under a person: ``designed by the Example Laboratory under
  the engineer Jane Doe`` (she is of the laboratory, and leads the craft the
  clause is about);
- a body that chose a person, in the active voice: ``two years later the
  Example Agency chose him``, ``Example Corp hired Jane Doe`` (a person or a
  pronoun as object, a body as subject: ``Russia chose him``, ``NASA picked
  Example Corp`` are none);
- a fronted apposition before the subject: ``A graduate of Example
  University and an Example Air Force test pilot, Jane Doe was …``, ``A
  former Example Corp engineer, she …`` (each body tied to a post or
  a profession: ``A critic of NASA, she …`` is none).

:func:`careers` is called by :mod:`~spacekg.extract.roles` for each
sentence and returns what it finds; the caller writes the facts (with the
modality of the verb group when a cue is given: ``will fly for`` is a plan)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacekg.extract.base import Found
from spacekg.extract.coreference import NOUN_CLASSES, antecedent, described
from spacekg.extract.literals import lead
from spacekg.extract.patterns import ROLE

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# 'the first American woman in space', 'the first Indian to visit', 'the first Russian ever to fly': a record
# held as a national of the country (the demonym is a mention of it).
# ('the first woman of Indian birth to fly': the demonym after the person's noun; people21)
FIRST_OF = re.compile(
    r"\b[Tt]he\s+first\s+(?:(?P<noun>woman|man|person|citizen|astronaut|cosmonaut|pilot)\s+of\s+|"
    # ('the first astronaut China had launched', 'the first person that Examplia sent into space'; people21)
    r"(?P<sent>astronaut|cosmonaut|taikonaut|person|woman|man)\s+(?:(?:that|whom)\s+)?)?(?=[A-Z])"
)
SENT_AFTER = re.compile(
    r"\s+(?:(?:had|has|have|would|ever)\s+)*(?:launched|sent|flown|put|trained)\b(?:\s+(?:into|to|in)\s+(?:space|orbit))?"
)
BIRTH = re.compile(r"\s+(?:birth|origin|descent|parentage)\b")
RECORD_AFTER = re.compile(
    r"(?:\s+(?:woman|man|person|citizen|national|civilian|astronaut|cosmonaut|taikonaut|pilot|spacewalker|"
    r"women|men|people|astronauts|cosmonauts))?\s+(?:ever\s+)?(?P<prep>to|in|into|on|aboard|from)\b"
)
# Who holds the record: ', becoming the', ' is the', ', who would be the', ', the' (an apposition).
RECORD_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|became|becomes|become|becoming|remains|remained|would\s+be|will\s+be|has\s+been|"
    r"had\s+been|being|(?:celebrated|hailed|honou?red|remembered|known|regarded|seen|described|feted)\s+as)\s+"
    r"(?:(?:also|now|then|thus|later|probably|likely|not|never)\s+)?|,\s+|"
    # ('Nor was he the first German in space': not the first, a German all the same; people20)
    r"\b(?:[Nn]or|[Nn]either)\s+(?:is|was|were|are)\s+(?P<inverted>he|she)\s+)$"
)
# 'flies for Poland', 'flew for the Example Agency', 'will race for': the flag or the team.
FLIES_FOR = re.compile(
    r"\b(?P<verb>flies|flew|flown|fly|flying|competes|competed|compete|competing|plays|played|play|playing)\s+"
    r"for\s+(?:the\s+)?(?=[A-Z])"
)
# 'he was selected by', 'she had been recruited in 2010 by': a passive verb of choosing and its agent.
CHOSEN_BY = re.compile(
    r"\b(?:is|was|were|are|had\s+been|has\s+been|have\s+been|being|been)\s+(?:(?:later|then|first|also|originally|"
    r"eventually|personally|formally)\s+)?(?P<verb>selected|chosen|picked|recruited|hired|employed|appointed|"
    r"nominated|seconded)\s+(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:as\s+(?:an?\s+)?"
    r"(?:[a-z-]+\s+){1,3}?)?by\s+(?:the\s+)?(?=[A-Z]|(?P<noun>agency|organi[sz]ation)\b)"
)
# ' in 1977 together with A of Examplia and B of the Netherlands', ', along with A': others chosen with the person.
CHOSEN_WITH = re.compile(
    r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*,?\s+(?:together|along)\s+with\s+"
)
# Between two people chosen together: ', ', ' and ', ' of Examplia and ', ' from Examplia, '.
CHOSEN_GAP = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;:()]{0,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# 'appointed her to the', 'named Jane Doe to the', 'was elected to the': a seat on a body.
APPOINTED_TO = re.compile(
    r"\b(?P<verb>appointed|appoints|appoint|named|names|elected|elects|nominated|nominates)\s+"
    r"(?:(?P<obj>her|him|them)\s+|(?=[A-Z]))"
)
PASSIVE_APPOINTED_TO = re.compile(
    r"\b(?:is|was|were|are|had\s+been|has\s+been|have\s+been|been)\s+(?:(?:later|then|also)\s+)?"
    r"(?P<verb>appointed|named|elected|nominated)\s+to\s+(?:the\s+)?(?=[A-Z])"
)
TO_BODY = re.compile(r"\s+to\s+(?:the\s+)?(?=[A-Z])")
# 'she served on it', 'he sat on it for a decade': the body 'it' stands for.
SERVED_ON_IT = re.compile(
    r"\b(?:(?:has|had|have|also|later|then|long)\s+)*(?P<verb>served|serves|serve|serving|sat|sits|sit|sitting)\s+"
    r"on\s+(?:it|them)\b"
)
PRONOUN_BEFORE = re.compile(r"\b(?:she|he|they)\s+$")
IT_REACH = 300  # how far before 'it' the body it stands for may be named
# Professions, and the roles of the role rules: 'a physicist from', 'a chemist at'.
PROFESSION = (
    r"(?:physicist|astrophysicist|chemist|biologist|geologist|geophysicist|astronomer|mathematician|economist|"
    r"historian|scientist|researcher|engineer|professor|lecturer|doctor|physician|surgeon|lawyer|pilot|"
    r"technician|programmer|designer|architect|specialist|expert|analyst|scholar|fellow|student|teacher|"
    r"astronaut|cosmonaut|taikonaut|manager|official|officer|executive|employee|veteran|director|head|"
    r"administrator|president|vice[- ]president|chair(?:man|woman|person)?|spokes(?:man|woman|person)|graduate|"
    r"alumn(?:us|a))"
)
# ', a physicist from', ' was an astronaut with', ' became head of human spaceflight at', ' was named chief
# executive of', ', a former employee of': a profession or post with a body (the body's type decides).
PROFESSION_AT = re.compile(
    r"(?:,\s+|\s+(?:(?:later|then|also|eventually|soon|subsequently)\s+)?(?:(?:is|was|were|has\s+been|had\s+been)\s+"
    r"(?:named|appointed|made)|is|was|became|becomes|"
    r"has\s+been|had\s+been|remains|remained)\s+)(?:(?:then|now|once|also|still|later)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:young|former|senior|junior|leading|research|postdoctoral|staff|visiting|chief|deputy|acting|new|"
    r"[a-z]+-?(?:space|rocket|flight|test|plasma|nuclear|solar|lunar|planetary|aerospace|software))\s+){0,2}"
    rf"{PROFESSION}(?:\s+of(?:\s+[a-z-]+){{1,3}}?(?=\s+(?:at|with|for)\s))?\s+"
    # ('she was a chemist working for Example Corp', ', an engineer employed by': the participle of a job; roles19)
    r"(?:(?:from|at|with|of|for)|(?:working|employed)\s+(?:for|at|by))\s+(?:the\s+)?(?=[A-Z])"
)
# 'was working as an engineer for Example Corp', 'worked as a consultant at', 'employed as a pilot by': a profession
# held for a body (a body, not a country: 'worked as an engineer in Japan').
# ('trained as a fighter pilot in the Example Air Force', 'served as an officer in the Example Navy': a post
# trained for or served in a body; roles19)
WORKS_AS = re.compile(
    r"\b(?P<verb>works|worked|working|work|employed|hired|trained|trains|training|served|serves|serving|qualified|"
    r"commissioned)\s+(?:(?:full-time|part-time|briefly|there)\s+)?as\s+"
    rf"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){{0,2}}?{PROFESSION}\s+(?:for|at|with|by|in)\s+(?:the\s+)?(?=[A-Z])"
)
# 'took a job at Example Corp', 'began her career with', 'landed a post at', 'was on the staff of', 'joined the staff
# of': a job taken or held at a body (not 'a job offer from', 'applied for a job at').
JOB_AT = re.compile(
    r"\b(?:(?P<verb>took|takes|take|taking|landed|lands|land|found|finds|find|got|gets|accepted|accepts|began|begins|"
    r"started|starts)\s+(?:up\s+)?(?:a|an|her|his|their)\s+(?:(?:new|first|full-time|part-time|permanent|"
    r"teaching|research|senior|junior|academic|engineering|government|professional)\s+)?(?:job|post|position|"
    r"career|lectureship|professorship|fellowship)\s+(?:at|with|in)|(?P<spent>spent|spends)\s+(?:(?:her|his|their)\s+"
    r"(?:whole\s+|entire\s+)?(?:working\s+)?(?:life|career)|(?:most|much|all)\s+of\s+(?:her|his|their)\s+career)\s+"
    r"(?:at|with)|(?P<been>(?:has|have|had)\s+been)\s+with|(?P<graduated>graduated)\s+from|(?P<moved>(?:moved|moves|switched|defected)\s+to)|(?P<staff>(?:was|is|were|are|been|joined|joins|"
    r"joining|served|serves)\s+(?:on\s+)?the\s+(?:staff|faculty)\s+of))\s+(?:the\s+)?(?=[A-Z])"
)
# 'served as the Example Republic's ambassador to Y', 'was named Examplia's envoy to', 'became NASA's chief
# scientist': an office of a country or body held, its owner's possessive before the office.
SERVES_AS_OWNERS = re.compile(
    r"\b(?P<verb>served|serves|serving|serve|named|appointed|made|became|becomes|become)\s+(?:as\s+)?(?:the\s+)?"
    r"(?=[A-Z])"
)
# 'as X's first astronaut' after a verb's other words (not 'such as', 'as well as', 'known as', 'the same as').
# (nor ', as X's administrator had done': a comparison after a comma)
AS_OWNERS = re.compile(
    r"(?<!\bsuch\s)(?<!\bwell\s)(?<!\bknown\s)(?<!\bsame\s)(?<!,\s)\b(?P<verb>as)\s+(?:the\s+)?(?=[A-Z])"
)
DESCRIBED_AS = re.compile(
    r"\b(?:(?:mis|wrongly\s+|falsely\s+)?(?:identif|describ|call|nam|refer|list|regard|portray|present|brand|hail|"
    r"label|dubb|credit|introduc|titl|styl|cast|report|quot|cit)\w*|mistook|mistaken|seen|saw|known|thought|"
    r"considered|took)\b[^,;.]{0,60}$"
)
VERB_NEXT = re.compile(r"\s+(?:had|has|have|did|does|do|was|is|were|are|would|will|could|can|said|says)\b")
OWNERS_OFFICE = re.compile(
    rf"['’]s\s+(?:(?:first|new|former|chief|top|special|deputy|permanent|acting|interim|senior)\s+)*(?:{ROLE})\b"
    r"(?![-'’])"
)
# 'sat in the Example Assembly for the Example Party', 'served on the council for the Example party': the
# party a member sits for (the body itself is read by the role rules).
SITS_FOR = re.compile(
    r"\b(?P<verb>sits|sat|sitting|serves|served|serving|serve)\s+(?:(?:again|also|later|then|briefly)\s+)?"
    r"(?:in|on)\s+(?:the\s+)?(?=[A-Z])"
)
FOR_PARTY = re.compile(r"\s+(?:(?:from|in|until)\s+\d{4}\s+)?(?:for|representing)\s+(?:the\s+)?(?=[A-Z])")
PARTY_NAME = re.compile(r"\b[Pp]arty\b")
# 'A and B, both NASA astronauts,', 'A and B, two engineers from Example Corp,': a plural post of people listed.
PLURAL_POST = re.compile(
    r"\s*,\s+(?:both|all|two|three|four|five|six|seven)\s+(?:(?:former|senior|veteran)\s+)?(?:(?P<owner>(?=[A-Z]))|"
    rf"(?:[a-z-]+\s+)?{PROFESSION}s\s+(?:from|at|with|of|for)\s+(?:the\s+)?(?=[A-Z]))"
)
PLURAL_AFTER_OWNER = re.compile(rf"\s+(?:[a-z-]+\s+)?{PROFESSION}s\b")
# 'Jane Doe represented Japan at the talks', 'Jane Doe, representing the Example Agency,': whom she acts for.
REPRESENTS = re.compile(r"\b(?P<verb>represents|represented|represent|representing)\s+(?:the\s+)?(?=[A-Z])")
# 'designed by the Example Laboratory, a laboratory of X, under the engineer Jane Doe': the body's work under her.
UNDER_PERSON = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,;:()“”\"]{1,70}?,)?\s+under\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?"
    r"(?:engineer|scientist|director|chief|head|leadership\s+of|direction\s+of|command\s+of|minister|"
    r"administrator|designer|physicist|astronomer|manager|general|colonel|admiral)\s+)?$"
)
# What the body did the work in: 'was designed by', 'built by', 'were developed by'.
WORK_BY = re.compile(
    r"\b(?P<verb>designed|built|developed|drafted|written|prepared|run|operated|managed|assembled|made)\s+"
    r"(?:and\s+[a-z]+\s+)?by\s+(?:the\s+)?$"
)
WORD = re.compile(r"[a-z]+")
LAST_WORD = re.compile(r"[a-z]+(?=\s+$)")


def careers(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    if "first " in sentence:
        found += _records(view, history)
    if " for " in sentence:
        found += _flies_for(view)
    if " by " in sentence:
        found += _chosen_by(view)
    if " to " in sentence and ("appoint" in sentence or "named" in sentence or "elect" in sentence or
                               "nominat" in sentence):  # fmt: skip
        found += _appointed_to(view)
    if " on it" in sentence or " on them" in sentence:
        found += _served_on_it(view, history, found)
    if any(word in sentence for word in (" from ", " at ", " with ", " of ", " for ", " employed by ")):
        found += _professions(view)
    if " under " in sentence:
        found += _under(view)
    if " as " in sentence:
        found += _works_as(view)
    if any(word in sentence for word in JOB_WORDS):
        found += _jobs(view)
    if " with " in sentence or " in " in sentence:
        found += _served_with(view)
    if STUDY_WORDS.search(sentence):
        found += _studies(view)
    if "itizen" in sentence:
        found += _citizens(view)
    if " for " in sentence and ("Party" in sentence or " party" in sentence):
        found += _sits_for(view)
    if "'s " in sentence or "’s " in sentence:
        found += _serves_as_owners(view)
    if " both " in sentence or " all " in sentence or " two " in sentence or " three " in sentence:
        found += _plural_posts(view)
    if "represent" in sentence:
        found += _represents(view)
    if "ocrat" in sentence or "epublican" in sentence:
        found += _party_members(view)
    if CHOOSES_WORDS.search(sentence):
        found += _body_chose(view)
    if FRONTED.match(sentence):
        found += _fronted_posts(view)
    return found


def _body(view: SentenceView, mention: Found) -> bool:
    """An organization that is no person and no country."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Person") and not view.is_(mention, "Country")


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _possessive(view: SentenceView, mention: Found) -> bool:
    return re.match(r"['’]s?\b|(?<=s)['’]", view.text[mention.end : mention.end + 2]) is not None


WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+$")
AND_BEFORE = re.compile(r"\band\s+$")
FIRST_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|became|becomes|joined|flew|flies|will|would)\b")
WHO_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?,?\s+who\s+(?:[a-z]+\s+){0,3}?$")


def _people_before(view: SentenceView, at: int) -> list[Found]:
    """Who the predicate at ``at`` (in the text) is about: the person a 'who'
    clause hangs on, the person an apposition follows, else the clause's
    subject (a pronoun resolved as the relation stage resolves it; a list of
    people when they are coordinated)."""
    if WHICH_BEFORE.search(view.text, max(view.start, at - 12), at):
        return []  # 'SpaceX, which was chosen by NASA': a relative clause about a thing
    who = WHO_BEFORE.search(view.text, max(view.start, at - 60), at)
    if who is not None:
        person = next((m for m in view.mentions if m.end == who.start()), None)
        if person is None:
            # 'Jane Doe, a pilot of the Example Air Force who became …': the person before the apposition
            aside = re.search(r",\s+(?:a|an|the)\s+[^,;:()“”\"]{1,80}$", view.text[view.start : who.start()])
            person = (
                next((m for m in view.mentions if m.end == view.start + aside.start()), None)
                if aside is not None
                else None
            )
        return [person] if person is not None and view.is_(person, "Person") else []
    subjects = [m for m in view.clause_subject(at - view.start, "Person") if view.is_(m, "Person")]
    subjects = [s for s in subjects if s.end <= at]
    fronted = _fronted_subject(view)
    if fronted is not None and fronted.end <= at:
        # ('A graduate of Example Point, Jane Doe was selected by …': the name after the apposition, not one in it)
        subjects = [s for s in subjects if s.start >= fronted.start] or [fronted]
    if not subjects and AND_BEFORE.search(view.text, max(view.start, at - 8), at):
        # 'he was selected by X and is the first …': a second predicate of the clause's subject, the
        # subject of the clause's first verb
        opening = max(view.text.rfind(";", view.start, at), view.start)
        verb = FIRST_VERB.search(view.text, opening, at)
        if verb is not None and verb.start() < at - 8:
            subjects = [m for m in view.clause_subject(verb.start() - view.start, "Person") if view.is_(m, "Person")]
    return subjects


# What the record is: 'to visit the station', 'to fly aboard Example-1', 'to command the station'.
RECORD_DEED = re.compile(
    r"to\s+(?P<verb>visit|reach|board|command|fly\s+(?:on|to|aboard)|live\s+(?:on|aboard)|"
    r"walk\s+on|land\s+on|stay\s+(?:on|aboard)|travel\s+to|go\s+to|work\s+(?:on|aboard))\s+"
    r"(?:(?P<det>the|a|an)\s+)?(?P<noun>station|capsule|spacecraft|mission|flight|laboratory|outpost)?\b"
)
DEED_REACH = 600  # how far back the craft 'the station' stands for may be named


def _deed(view: SentenceView, history: list[Found], end: int) -> tuple[str, Found] | None:
    """What a record after ``end`` says the person did: took part in the
    craft or station named (or described: 'the station'), led it when she
    commanded it."""
    deed = RECORD_DEED.match(view.text, end, view.end)
    if deed is None:
        return None
    craft: Found | None
    if deed.group("noun"):
        if deed.group("det") != "the":
            return None  # 'to board a capsule': none named
        craft = described(view.linker, view.text, [], deed.group("noun"), history[-DEED_REACH:], deed.start())
    else:
        craft = _at(view, deed.end())
    if (
        craft is None
        or not (view.is_(craft, "Program") or view.is_(craft, "Station"))
        or view.is_(craft, "Organization")
    ):
        return None
    return ("leads" if deed.group("verb") == "command" else "participatesIn"), craft


def _records(view: SentenceView, history: list[Found]) -> list[Role]:
    """'she became the first American woman in space', 'Jane Doe, the first
    Examplian to fly': the record holder is a national of the country the
    demonym names (a plain fact, whatever the verb group: 'would be the first
    Russian to fly' says her nationality now)."""
    found: list[Role] = []
    for match in FIRST_OF.finditer(view.sentence):
        country = _at(view, view.start + match.end())
        if country is None or not view.is_(country, "Country") or _possessive(view, country):
            continue
        end = country.end
        if match.group("sent"):
            sent = SENT_AFTER.match(view.text, end, view.end)
            if sent is None:
                continue  # ('the first astronaut NASA chose': no nationality … nor 'the first person China met')
            holders_at = view.start + match.start()
            before = RECORD_BEFORE.search(view.text, max(view.start, holders_at - 40), holders_at)
            if before is not None and not before.group("inverted") and not before.group(0).startswith(","):
                for national in _people_before(view, before.start()):
                    found.append((national, "affiliatedWith", country, None, "first national"))
            continue
        if match.group("noun"):
            birth = BIRTH.match(view.text, end, view.end)
            if birth is None:
                continue  # 'the first citizen of France': a title, no record
            end = birth.end()
        record = RECORD_AFTER.match(view.text, end, view.end)
        if record is None:
            continue  # 'the first American landing since 1972': no person's record
        at = view.start + match.start()
        before = RECORD_BEFORE.search(view.text, max(view.start, at - 40), at)
        if before is None:
            continue
        if before.group("inverted"):
            at = before.start("inverted")
            pronoun = next((m for m in view.mentions if m.start == at and view.is_(m, "Person")), None)
            holder = pronoun or antecedent(view.linker, ("Person",), history, at)
            holders = [holder] if holder is not None else []
        elif before.group(0).startswith(","):
            person = next((m for m in view.mentions if m.end == view.start + (before.start() - view.start)), None)
            holders = [person] if person is not None and view.is_(person, "Person") else []
            holders = holders or _people_before(view, before.start())
        else:
            holders = _people_before(view, before.start())
        deed = _deed(view, history, record.start("prep"))
        cue = LAST_WORD.search(view.sentence, before.start() - view.start, before.end() - view.start)
        for holder in holders:
            found.append((holder, "affiliatedWith", country, None, "first national"))
            if deed is not None:
                # 'the first Examplian to visit the station': she took part in it (the verb group before says a
                # plan: 'would be the first …')
                found.append((holder, deed[0], deed[1], cue, "first national's deed"))
    return found


def _flies_for(view: SentenceView) -> list[Role]:
    """'Jane Doe flies for Poland', 'A and B flew for the Example Agency': the
    country or body the person flies or competes for."""
    found: list[Role] = []
    for match in FLIES_FOR.finditer(view.sentence):
        flag = _at(view, view.start + match.end())
        if flag is None or view.is_(flag, "Person") or not view.is_(flag, "Agent") or _possessive(view, flag):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", flag, cue, "flies for"))
    return found


def _chosen_by(view: SentenceView) -> list[Role]:
    """'he was selected by the Example Agency', 'Jane Doe, who was hired by
    Example Corp in 2010': the body that chose the person is hers (a body, not
    a person nor a country: 'appointed by the President', 'chosen by
    Russia')."""
    found: list[Role] = []
    for match in CHOSEN_BY.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if match.group("noun"):
            # ('chosen by the agency': the agency the noun stands for, its span opening at the article; people20)
            body = next((m for m in view.mentions if m.rule == "anaphor" and m.start < view.start + match.end()
                         and m.end > view.start + match.end()), None)  # fmt: skip
            if body is None and view.salience is not None:
                # (several agencies named lately: the salient one, as for 'the agency' opening a sentence)
                body = view.salience.described(NOUN_CLASSES[match.group("noun")], view.start + match.end())
        if body is None or not _body(view, body) or _possessive(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()) + _chosen_with(view, body.end):
            found.append((person, "affiliatedWith", body, cue, "chosen by"))
    return found


def _chosen_with(view: SentenceView, at: int) -> list[Found]:
    """The people chosen together with the one chosen, named after ``at`` (the chooser or the chosen): 'chosen by
    the agency in 1977 together with A of Examplia and B of the Netherlands' (people20)."""
    opened = CHOSEN_WITH.match(view.text, at, view.end)
    if opened is None:
        return []
    people: list[Found] = []
    pos = opened.end()
    for mention in sorted(
        (m for m in view.mentions if m.start >= pos and view.is_(m, "Person")), key=lambda m: m.start
    ):
        if mention.start != pos if not people else not CHOSEN_GAP.fullmatch(view.text, pos, mention.start):
            break
        people.append(mention)
        pos = mention.end
    return people


def _appointed_to(view: SentenceView) -> list[Role]:
    """'the President appointed her to the Example Commission', 'Jane Doe was
    named to the Example Board': a seat on the body (not a country: 'sent her
    to Japan', nor a person)."""
    found: list[Role] = []
    salience = view.salience
    for match in APPOINTED_TO.finditer(view.sentence):
        person: Found | None
        if match.group("obj"):
            if match.group("obj") == "them":
                continue
            at = view.start + match.start("obj")
            person = next((m for m in view.mentions if m.start == at and view.is_(m, "Person")), None)
            if person is None and salience is not None:
                # (not the one who appoints: 'President Jane Doe appointed her to …')
                appointer = frozenset(m.entity for m in view.clause_subject(match.start(), "Agent"))
                pronoun = "she" if match.group("obj") == "her" else "he"
                person = salience.referent(pronoun, at, opening=False, exclude=appointer)
            end = view.start + match.end("obj")
        else:
            person = _at(view, view.start + match.end())
            end = person.end if person is not None else -1
        if person is None or not view.is_(person, "Person") or _possessive(view, person):
            continue
        to = TO_BODY.match(view.text, end, view.end)
        body = _at(view, to.end()) if to is not None else None
        if body is None or not _body(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        found.append((person, "affiliatedWith", body, cue, "appointed to a body"))
    for match in PASSIVE_APPOINTED_TO.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for chosen in _people_before(view, view.start + match.start()):
            found.append((chosen, "affiliatedWith", body, cue, "appointed to a body"))
    return found


def _served_on_it(view: SentenceView, history: list[Found], seated: list[Role]) -> list[Role]:
    """'… appointed her to the Example Commission, and she served on it': the
    body 'it' stands for (the last body named before, in the sentence or just
    before it); a pronoun for the one the sentence seated on it already."""
    found: list[Role] = []
    for match in SERVED_ON_IT.finditer(view.sentence):
        at = view.start + match.start()
        # (the last thing named before 'it', which must be a body: 'launched the station, and she served on it')
        things = [m for m in view.mentions if m.end <= at and m.rule != "anaphor" and not view.is_(m, "Person")]
        if not things:
            things = [m for m in history if at - IT_REACH <= m.start and m.end <= at and m.rule != "anaphor"
                      and not view.is_(m, "Person")]  # fmt: skip
        body = things[-1] if things else None
        if body is None or not _body(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        if PRONOUN_BEFORE.search(view.sentence, max(0, match.start() - 12), match.start()):
            people = [r[0] for r in seated if r[2].entity == body.entity and r[1] == "affiliatedWith"]
            if people:
                continue  # 'appointed her to X, and she served on it': the same seat
        for person in _people_before(view, view.start + match.start("verb")):
            found.append((person, "affiliatedWith", body, cue, "served on it"))
    return found


# 'became a test pilot in the Example Air Force', 'was named the first director of the Example Institution's
# Example Museum', 'was appointed chief engineer at': a post taken at a body, the subject anywhere before (people21).
BECAME_PROFESSION = re.compile(
    r"\b(?P<verb>became|becomes|become|becoming|(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:(?:later|then|also|soon)\s+)?(?:named|appointed|made))\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:(?:first|founding|new|young|former|chief|deputy|acting|senior)\s+)*(?:[a-z-]+\s+){{0,2}}?{PROFESSION}"
    r"\s+(?:of|at|with|in|for)\s+(?:the\s+)?(?=[A-Z])"
)
BECAME_PROFESSION = lead(BECAME_PROFESSION)  # the same matches, found faster (literals.lead)


def _professions(view: SentenceView) -> list[Role]:
    """'she was a physicist from Example University', 'Jane Doe, a chemist at
    Example Corp,': the body the professional is from (a city or a country
    after 'from' is no employer)."""
    found: list[Role] = []
    for match in BECAME_PROFESSION.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        body = possessed(view, body)
        if not (_body(view, body) or view.is_(body, "Facility")):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", body, cue, "became a professional at a body"))
    people = [m for m in view.mentions if view.is_(m, "Person")]
    for person in people:
        link = PROFESSION_AT.match(view.text, person.end, view.end)
        body = _at(view, link.end()) if link is not None else None
        if body is None or not _body(view, body) or _possessive(view, body):
            continue
        found.append((person, "affiliatedWith", body, None, "profession at a body"))
    return found


def _works_as(view: SentenceView) -> list[Role]:
    """'Jane Doe was working as an engineer for Example Corp when …', 'she
    had worked as a consultant at the Example Institute': the body the
    profession was held for (a body: 'as a pilot for Japan' is no employer)."""
    found: list[Role] = []
    for match in WORKS_AS.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body) or _possessive(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", body, cue, "works as a professional for"))
    return found


# What may follow the body one 'has been with': how long ('has been with Example Corp since 1990, for ten years').
BEEN_WITH_END = re.compile(r"\s+(?:since|for\s+(?:\w+\s+)?(?:years|decades|months)|from\s+\d{4})\b")
# What may follow the body one moved to: a time, the clause's end, a role ('moved to Example Corp in 2010 as …').
MOVED_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in\s+\d{4}|as|in|after|before|when|where|and)\b")
JOB_WORDS = (
    " been with ",
    "graduated from ",
    " moved to ",
    " moves to ",
    " switched to ",
    " defected to ",
    " job ",
    " post ",
    " position ",
    " career ",
    " staff of ",
    " faculty of ",
    " lectureship ",
    " professorship ",
    " fellowship ",
)


def _jobs(view: SentenceView) -> list[Role]:
    """'Later she took a job at Example Corp', 'Jane Doe began her career
    with the Example Agency', 'he was on the staff of the Example Institute':
    the body the job was taken or held at (a body: 'took a job in Japan'
    names no employer)."""
    found: list[Role] = []
    for match in JOB_AT.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body) or _possessive(view, body):
            continue
        if match.group("moved") and not MOVED_END.match(view.text, body.end, view.end):
            continue  # ('moved to Example Corp's plant', 'switched to NASA rules': a place or a thing, no employer)
        if match.group("been") and not BEEN_WITH_END.match(view.text, body.end, view.end):
            continue  # ('has been with NASA officials all day': company kept, no post)
        verb = next(g for g in ("verb", "spent", "been", "graduated", "moved", "staff") if match.group(g))
        cue = WORD.match(view.sentence, match.start(verb))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", body, cue, "job at a body"))
    return found


# 'served with the Example Rifles', 'flew helicopters with the Example Air Corps', 'flew fighters in the Example Air
# Force', 'fought with the Example Brigade': service in an armed force (people22; not 'trained with', a guest's).
SERVED_WITH = re.compile(
    r"\b(?P<verb>served|serves|serving|flew|flies|flying|fought|fights|fighting)\s+(?:(?:[a-z-]+\s+){0,3}?)"
    r"(?:with|in)\s+(?:the\s+)?(?=[A-Z])"
)


def _served_with(view: SentenceView) -> list[Role]:
    """'Jane Doe joined the army and flew helicopters with the Example Air Corps', 'he served with the Example
    Rifles': a person serving in an armed force is of it (an armed force only: 'flew with Example Corp' is a
    flight bought, 'served in Examplia' a place)."""
    found: list[Role] = []
    for match in SERVED_WITH.finditer(view.sentence):
        force = _at(view, view.start + match.end())
        if force is None or not view.is_(force, "MilitaryOrganization") or _possessive(view, force):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", force, cue, "served in a force"))
    return found


# What one learns a trade at: 'studied aeronautics at', 'earned a master's degree at', 'received her doctorate from',
# 'did a PhD in physics at', 'trained at', 'was a student at', 'attended' (a school's name), in every tense; people21.
_DEGREE = (
    r"(?:(?:a|an|the|her|his|their|two|three)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:degrees?|doctorate|PhD|Ph\.D\.?|"
    r"master['’]s|bachelor['’]s|masters|diploma|MBA|MSc|BSc|doctoral\s+degree)(?:\s+(?:in|of)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?"
)
STUDIED_AT = re.compile(
    r"\b(?:(?P<verb>studied|studies|study|studying|trained|trains|training|enrolled|enrols|enrolls|lectured|"
    # ('graduated in physics from A', 'was employed at A', 'has been employed by A'; people21)
    r"graduated|graduates|graduating|employed|(?:went|began|started)\s+(?:on\s+)?to\s+(?:study|work|teach)|"
    # ('taught physics at A', 'lectured on rockets at A'; people21)
    r"taught|teaches|teaching|lectures|lecturing|researched|(?:earned|earns|earn|earning|received|receives|receive|receiving|"
    r"obtained|obtains|gained|gains|took|takes|completed|completes|got|gets|did|does|holds|held|was\s+awarded|"
    r"were\s+awarded)\s+" + _DEGREE + r")|(?P<student>(?:was|is|were|became|been)\s+(?:a|an)\s+(?:[a-z-]+\s+)?"
    r"(?:student|undergraduate|graduate|postgraduate|cadet|trainee)))"
    # ('studied aeronautical engineering at', 'studied in Texas at': a subject, a place or a year between)
    r"(?:\s+(?!(?:at|from|with|for|by|and|but|then|under|before|after)\b)[\w-]+){0,4}?\s+(?P<prep>at|from|with|for|by)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
TEACH_VERB = re.compile(
    r"taught|teach(?:es|ing)?|lectur(?:ed|es|ing)|researched|(?:went|began|started)\s+(?:on\s+)?to\s+teach"
)
PARTICIPLE_OPENING = re.compile(r"\s*(?:After|Having|Before|Since|Upon|On|While|Once)?\s*")
STUDY_VERB = re.compile(r"stud(?:ied|ies|y|ying)|train(?:ed|s|ing)|enrol(?:led|s|ls)|lectured")
ATTENDED = re.compile(r"\b(?P<verb>attended|attends|attending)\s+(?:the\s+)?(?=[A-Z])")
SCHOOL_NAME = re.compile(r"\b(?:University|College|Academy|Institute|School|Polytechnic|Universit[éy]|Lyc[ée]e)\b")
STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ied|ies|ying|ent)|train(?:ed|s|ing)?|enrol|degree|doctorate|Ph\.?D|master|"
                         r"bachelor|diploma|attend|(?:went|began|started)\s+(?:on\s+)?to\s+work|"
                         r"cadet|graduat|employed|taught|teach|lectur|researched)")  # fmt: skip
STUDY_WORDS = lead(STUDY_WORDS)  # the same matches, found faster (literals.lead)
# After the first school, a second one: "…, and a doctorate at B", ' and later at B', ' and B' (people21).
NEXT_SCHOOL = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s+in\s+\d{4})?(?:\s*,\s*(?:and\s+)?|\s+(?:and|then)\s+)"
    r"(?:(?:then|later|also|finally)\s+)?(?:(?P<degree>" + _DEGREE + r")(?:\s+in\s+\d{4})?\s+(?:at|from)\s+|at\s+|"
    r"(?P<bare>))(?:the\s+)?(?=[A-Z])"
)
# A bare second name must end its clause: 'at A and B.', 'at A and B in 1990' (not 'at A and NASA hired her').
BARE_SCHOOL_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|from|until|where|before|after|when)\b")


# 'became a citizen of the United States', 'took American citizenship', 'was granted Russian citizenship', 'a
# naturalised citizen of Examplia' (the country; 'became an American citizen' is read with the nationalities).
CITIZEN_OF = re.compile(
    r"\b(?P<verb>became|becomes|become|becoming|is|was|are|were|remains|remained)\s+(?:a|an)\s+(?:(?:naturali[sz]ed|full|"
    r"dual)\s+)?citizen\s+of\s+(?:the\s+)?(?=[A-Z])"
)
TOOK_CITIZENSHIP = re.compile(
    r"\b(?P<verb>took|takes|take|taking|acquired|acquires|obtained|obtains|received|receives|gained|gains|adopted|"
    r"(?:was|were|had\s+been|has\s+been)\s+granted|applied\s+for|holds|held)\s+(?:(?:his|her|their)\s+)?(?=[A-Z])"
)
CITIZENSHIP_AFTER = re.compile(r"\s+(?:citizenship|nationality)\b")


def _citizens(view: SentenceView) -> list[Role]:
    """'She became a citizen of the United States', 'he took American
    citizenship in 1991', 'was granted Russian citizenship': the person is a
    national of the country (not 'applied for': a wish)."""
    found: list[Role] = []
    for pattern in (CITIZEN_OF, TOOK_CITIZENSHIP):
        for match in pattern.finditer(view.sentence):
            country = _at(view, view.start + match.end())
            if country is None or not view.is_(country, "Country") or _possessive(view, country):
                continue
            if pattern is TOOK_CITIZENSHIP and (
                not CITIZENSHIP_AFTER.match(view.text, country.end, view.end)
                or match.group("verb").startswith("applied")
            ):
                continue
            cue = WORD.match(view.sentence, match.start("verb"))
            for person in _people_before(view, view.start + match.start()):
                found.append((person, "affiliatedWith", country, cue, "citizen of a country"))
    return found


def possessed(view: SentenceView, body: Found) -> Found:
    """The centre or unit a body's possessive names ('NASA's Ames Research Center' is the centre), else the body."""
    if not _possessive(view, body):
        return body
    unit = next(
        (m for m in view.mentions if m.start > body.end and re.fullmatch(r"['’]s?\s+", view.text[body.end : m.start])),
        None,
    )
    if unit is not None and (_body(view, unit) or view.is_(unit, "Facility")) and not view.is_(unit, "Program"):
        return unit
    return body


def _studies(view: SentenceView) -> list[Role]:
    """'She studied aeronautics at Example Polytechnic and then …, where she
    earned a master's degree at A and a doctorate at B', 'he received his PhD
    from A', 'was a student at A', 'attended Example University', 'in 1988
    she went to work at NASA's Example Research Center': the person is of each
    school or employer (a body, or the centre a body's possessive names; not a
    city: 'studied in Paris', nor a person: 'studied under Jane Doe')."""
    found: list[Role] = []
    matches = list(STUDIED_AT.finditer(view.sentence)) + list(ATTENDED.finditer(view.sentence))
    for match in matches:
        verb_word = match.group("verb") or "" if match.re is STUDIED_AT else ""
        if match.re is STUDIED_AT and match.group("prep") == "by" and verb_word != "employed":
            continue  # ('employed by A', not 'studied by A'; 'employed with A' and 'employed at A' both)
        if verb_word == "employed" and match.group("prep") not in ("at", "by", "with"):
            continue
        if verb_word.startswith("graduat") and match.group("prep") != "from":
            continue  # ('graduated with honours': no school)
        if TEACH_VERB.fullmatch(verb_word) and match.group("prep") != "at":
            continue  # ('taught students from NASA', 'lectured for Example Corp': no post named)
        study = match.re is STUDIED_AT and not verb_word.endswith("work") and verb_word != "employed"
        if study and match.group("prep") in ("with", "for"):
            continue  # 'trained with the crew', 'studied for a year': company or a time, no school
        if study and match.group("prep") == "from" and STUDY_VERB.fullmatch(match.group("verb") or ""):
            continue  # 'studied data from NASA's probe': a source, no school
        body = _at(view, view.start + match.end())
        if body is None or view.is_(body, "Person") or not (_body(view, body) or _possessive(view, body)):
            continue
        if match.re is ATTENDED and not SCHOOL_NAME.search(view.text, body.start, body.end):
            continue  # 'attended the Example Council': a meeting, no school
        schools = [possessed(view, body)]
        pos = schools[0].end
        while (more := NEXT_SCHOOL.match(view.text, pos, view.end)) is not None:
            school = _at(view, more.end())
            if school is None or not _body(view, school):
                break
            if more.group("bare") is not None and (
                not BARE_SCHOOL_END.match(view.text, school.end, view.end) or " and " not in more.group(0)
            ):
                break  # ('the University of Example, Berkeley': a campus after a comma, no second school)
            schools.append(possessed(view, school))
            pos = schools[-1].end
        schools = [s for s in schools if _body(view, s) or view.is_(s, "Facility")]
        verb = next((g for g in ("verb", "student") if match.group(g)), None) if match.re is STUDIED_AT else "verb"
        cue = WORD.match(view.sentence, match.start(verb)) if verb else None
        people = _people_before(view, view.start + match.start())
        if not people and PARTICIPLE_OPENING.fullmatch(view.sentence, 0, match.start()):
            # ('After graduating from A, she joined B': the main clause's subject after the comma)
            comma = view.sentence.find(", ", match.end())
            subject = next((m for m in view.mentions if comma >= 0 and m.start == view.start + comma + 2), None)
            people = [subject] if subject is not None and view.is_(subject, "Person") else []
        for person in people:
            for school in schools:
                found.append((person, "affiliatedWith", school, cue, "studied or worked at"))
    return found


def _serves_as_owners(view: SentenceView) -> list[Role]:
    """'He served as the Example Republic's ambassador to Y', 'Jane Doe was
    named Examplia's envoy to the talks': the person holds an office of the
    country or body whose possessive names it."""
    found: list[Role] = []
    matches = list(SERVES_AS_OWNERS.finditer(view.sentence))
    # ('flew to the ISS in 2008 as South Korea's first astronaut': any verb of the person's, then 'as'; lead22)
    matches += [m for m in AS_OWNERS.finditer(view.sentence) if not any(n.end() == m.end() for n in matches)]
    for match in matches:
        owner = _at(view, view.start + match.end())
        if owner is None or view.is_(owner, "Person") or not view.is_(owner, "Agent"):
            continue
        office = OWNERS_OFFICE.match(view.text, owner.end, view.end)
        if office is None or (
            match.re is AS_OWNERS
            and (VERB_NEXT.match(view.text, office.end()) or DESCRIBED_AS.search(view.sentence, 0, match.start()))
        ):
            # ('as NASA's administrator had done': the office holder acts in a clause of its own; 'misidentified
            # Jane Doe as NASA's deputy administrator', 'described her as': what someone called her, no office)
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", owner, cue, "office of a possessor held"))
    return found


def _sits_for(view: SentenceView) -> list[Role]:
    """'He sat in the Example Assembly for the Example Party', 'Jane Doe, who
    serves on the council for the Green Party,': the member is of the party
    she sits for (a party: 'sat on the board for ten years' names none)."""
    found: list[Role] = []
    for match in SITS_FOR.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        link = FOR_PARTY.match(view.text, body.end, view.end) if body is not None and _body(view, body) else None
        party = _at(view, link.end()) if link is not None else None
        if party is None or not _body(view, party) or _possessive(view, party):
            continue
        if not PARTY_NAME.search(view.text, party.start, min(view.end, party.end + 6)):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", party, cue, "sits for a party"))
    return found


def _under(view: SentenceView) -> list[Role]:
    """'designed by the Example Laboratory under the engineer Jane Doe', 'the
    Ministry of Example under Jane Doe': she is of the body; when the body did
    the work on a craft the clause is about ('The satellite was designed by
    …'), she leads the craft."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    for person in people:
        link = UNDER_PERSON.search(view.text, max(view.start, person.start - 110), person.start)
        if link is None:
            continue
        body = next((m for m in view.mentions if m.end == link.start() and m.rule != "anaphor"), None)
        if body is None or not _body(view, body):
            continue
        found.append((person, "affiliatedWith", body, None, "works under"))
        work = WORK_BY.search(view.text, max(view.start, body.start - 40), body.start)
        if work is None:
            continue
        crafts = [m for m in view.clause_subject(work.start() - view.start, "Program")
                  if view.is_(m, "Program") and not view.is_(m, "Organization")]  # fmt: skip
        for craft in crafts[:1]:
            found.append((person, "leads", craft, None, "work under"))
    return found


# ', a Republican congressman', ' was a Democratic senator': a party's adjective before a politician's noun.
PARTY_LINK = re.compile(
    # ('Senator A of Florida, the committee's ranking Democrat': a home state, a body's possessive, a seat; people23)
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"(?:\s*\([^()]{1,30}\))?(?:,\s+|\s+(?:is|was|became|has\s+been|had\s+been|remains|remained)\s+)"
    r"(?:(?:then|now|once|also|still)\s+)?(?:a|an|the|(?:the\s+)?[a-z]+['’]s)\s+"
    r"(?:(?:former|veteran|longtime|long-time|ranking|top|senior|leading|lone|only)\s+)?$"
)


def _party_members(view: SentenceView) -> list[Role]:
    """'Jane Doe, a Republican congressman from Exampleton,', 'Jane Doe was a
    Democratic senator': the politician is of the party its adjective names."""
    found: list[Role] = []
    for party in view.mentions:
        if party.rule != "party adjective":
            continue
        for person in view.mentions:
            if (
                view.is_(person, "Person")
                and person.end < party.start
                and PARTY_LINK.fullmatch(view.text, person.end, party.start)
            ):
                found.append((person, "affiliatedWith", party, None, "party adjective"))
    return found


def _represents(view: SentenceView) -> list[Role]:
    """'Jane Doe represented Japan at the talks', 'Jane Doe, who represents
    the Example Agency on the board,': the person acts for the country or
    body (not a possessive: 'represents NASA's first …')."""
    found: list[Role] = []
    for match in REPRESENTS.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or view.is_(body, "Person") or not view.is_(body, "Agent") or _possessive(view, body):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for person in _people_before(view, view.start + match.start()):
            found.append((person, "affiliatedWith", body, cue, "represents"))
    return found


def _plural_posts(view: SentenceView) -> list[Role]:
    """'Jane Doe and John Roe, both NASA astronauts,', 'A, B and C, three
    engineers from Example Corp,': each person listed before holds the post."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    for match in PLURAL_POST.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        if match.group("owner") is not None and (
            _possessive(view, body) or not PLURAL_AFTER_OWNER.match(view.text, body.end, view.end)
        ):
            continue  # 'both NASA's astronauts', 'both Example Corp and …': no post named after the body
        if match.group("owner") is None and _possessive(view, body):
            continue
        listed = view.group([m for m in people if m.end <= view.start + match.start()], True)
        if len(listed) < 2 or max(m.end for m in listed) != view.start + match.start():
            continue
        found += [(person, "affiliatedWith", body, None, "plural post") for person in listed]
    return found


# 'the Example Agency chose him', 'Example Corp hired Jane Doe in 2010', 'NASA picked her': a body's choice of a person.
CHOOSES = re.compile(
    # (not 'named': 'the paper named Jane Doe' mentions her name)
    r"\b(?P<verb>chose|chooses|choose|picked|picks|selected|selects|hired|hires|recruited|recruits)\s+"
    r"(?:(?P<obj>him|her)\b|(?=[A-Z])|(?P<list>(?:(?:its|their|the|\w+)\s+)?(?:(?:first|new|next|[a-z]+)\s+)?"
    r"(?:astronauts|cosmonauts|taikonauts|candidates|pilots|engineers|scientists|members)\b[^:;.]{0,40}:\s+))"
)
CHOOSES_WORDS = re.compile(r"\b(?:cho(?:se|oses?)|pick|select|hire|recruit)")
CHOOSES_WORDS = lead(CHOOSES_WORDS)  # the same matches, found faster (literals.lead)
# What a choice of a person may not go on with: 'picked her up', 'picked him out'.
NOT_A_CHOICE = re.compile(r"\s+(?:after|up|out|off)\b")


def _body_chose(view: SentenceView) -> list[Role]:
    """'two years later the Example Agency chose him', 'Example Corp picked
    Jane Doe to lead it': the body that chose or hired a person is hers (the
    clause's subject must be a body: not a country, 'Russia chose him', nor a
    person, 'the President named her'; the object a person: 'NASA selected
    Example Corp' is a contract)."""
    found: list[Role] = []
    salience = view.salience
    for match in CHOOSES.finditer(view.sentence):
        choosers = [m for m in view.clause_subject(match.start(), "Agent") if m.end <= view.start + match.start()]
        body = choosers[-1] if choosers else None
        if body is None or not _body(view, body) or _possessive(view, body):
            continue
        if not view.own_clause(body, match.start()):
            continue
        person: Found | None
        if match.group("list"):
            # ('NASA selected its first astronauts in 1959: A, B and C': each person listed after the colon)
            at = view.start + match.end()
            listed = [m for m in view.mentions if m.start >= at and view.is_(m, "Person")]
            listed = view.group(listed, False) if listed and listed[0].start == at else []
            cue = WORD.match(view.sentence, match.start("verb"))
            found += [(one, "affiliatedWith", body, cue, "a body chose a person") for one in listed]
            continue
        if match.group("obj"):
            end = view.start + match.end("obj")
            person = next((m for m in view.mentions if m.start == view.start + match.start("obj")), None)
            if person is None and salience is not None:
                person = salience.referent(
                    "she" if match.group("obj") == "her" else "he",
                    view.start + match.start("obj"),
                    opening=False,
                    exclude=frozenset({body.entity}),
                )
        else:
            person = _at(view, view.start + match.end())
            end = person.end if person is not None else -1
        if person is None or not view.is_(person, "Person") or _possessive(view, person):
            continue
        if NOT_A_CHOICE.match(view.text, end, view.end):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for one in [person, *_chosen_with(view, end)]:
            found.append((one, "affiliatedWith", body, cue, "a body chose a person"))
    return found


# 'A graduate of Example University and an Example Air Force test pilot, Jane Doe …': a fronted apposition, its
# subject right after the comma.
FRONTED = re.compile(
    r"\s*(?:(?:Once|Formerly|Previously|Then|Still)\s+(?:a|an)|A|An)\s+(?P<phrase>[^,;:()“”\"]{3,150}?),\s+"
    r"(?=[A-Z]|(?:he|she)\b)"
)
_POST = rf"(?:graduate|alumnus|alumna|veteran|member|employee|{PROFESSION})"
# 'a graduate of', 'a veteran of the', 'an engineer at': a post before the body.
POST_BEFORE_BODY = re.compile(rf"\b{_POST}\s+(?:of|at|from|with|in)\s+(?:the\s+)?$")
NOUN_AFTER_BODY = re.compile(r"\s+(?!(?:and|or|in|at|from|for|since|until|before|after|who|where|as)\b)[a-z]")
# 'an Example Air Force test pilot', 'a former NASA engineer': a post after the body.
POST_AFTER_BODY = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_POST}\b(?![-'’])")


def _fronted_subject(view: SentenceView) -> Found | None:
    """The person named right after a fronted apposition opening the sentence."""
    match = FRONTED.match(view.sentence)
    if match is None:
        return None
    at = view.start + match.end()
    person = next((m for m in view.mentions if m.start == at and view.is_(m, "Person")), None)
    if person is None and view.sentence.startswith(("he", "she"), match.end()) and view.salience is not None:
        word = "he" if view.sentence.startswith("he", match.end()) else "she"
        person = view.salience.referent(word, at, opening=True)
    return person


def _fronted_posts(view: SentenceView) -> list[Role]:
    """'A graduate of Example University and an Example Air Force test pilot,
    Jane Doe was selected …': the subject after the apposition is of each body
    the apposition ties to a post or a profession ('a graduate of X', 'an X
    test pilot'; not 'A critic of NASA, she …')."""
    match = FRONTED.match(view.sentence)
    person = _fronted_subject(view)
    if match is None or person is None:
        return []
    low, high = view.start + match.start("phrase"), view.start + match.end("phrase")
    found: list[Role] = []
    for body in view.mentions:
        if not (low <= body.start and body.end <= high) or not _body(view, body) or _possessive(view, body):
            continue
        before = POST_BEFORE_BODY.search(view.text, max(low, body.start - 40), body.start)
        if before is not None and NOUN_AFTER_BODY.match(view.text, body.end, high):
            before = None  # ('A student of NASA history, she …': of the history, not of the body)
        if before is not None or POST_AFTER_BODY.match(view.text, body.end, high):
            found.append((person, "affiliatedWith", body, None, "fronted apposition"))
    return found


def headline_records(
    is_: Callable[[Found, str], bool], text: str, mentions: list[Found], spans: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    """A headline that names a record and no person ('The first Examplian astronaut in the Example corps', 'The
    first Examplian in space') over a profile whose opening sentence starts with a person's name ('Jane Doe did
    not set out to …'): she is the national of the country (the headline and that sentence as evidence; people22).
    The facts to add (``mentions``: the text's, in order; ``spans``: its sentences)."""
    if len(spans) < 2 or "\n" not in text[spans[0][1] : spans[1][0]]:
        return []  # (no headline line of its own)
    title, body = spans[0], spans[1]
    match = HEADLINE_FIRST.match(text, title[0], title[1])
    if match is None:
        return []
    in_title = [m for m in mentions if title[0] <= m.start and m.end <= title[1]]
    if any(is_(m, "Person") for m in in_title):
        return []  # ('The first Examplian in space: Jane Doe …': the record rules read the named holder)
    country = next((m for m in in_title if m.start == match.end()), None)
    if country is None or not is_(country, "Country") or not RECORD_AFTER.match(text, country.end, title[1]):
        return []
    person = next((m for m in mentions if m.start == body[0]), None)
    if person is None or not is_(person, "Person"):
        return []
    return [{"subject": person.entity, "relation": "affiliatedWith", "object": country.entity,
             "evidence": [list(title), list(body)], "confidence": 0.6, "at": (person.start, person.end),
             "rule": "first national in the headline"}]  # fmt: skip


# 'The first Examplian astronaut in …', 'First Examplian in space': a record, opening a headline.
HEADLINE_FIRST = re.compile(r"\s*(?:[Tt]he\s+)?[Ff]irst\s+(?=[A-Z])")
