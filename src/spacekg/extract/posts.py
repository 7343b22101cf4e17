"""Posts, services and stays of people, read from the general shapes of
appositions and clauses around a person's name, whatever the names in them
(people23):

- an office taken in a body described, not named: ``he was sworn in as the
  agency's thirteenth Administrator``, ``she took over as head of the
  agency``, ``was appointed the company's chief executive`` (the body the
  noun stands for; ``will be sworn in`` is a plan, ``was nominated as`` no
  post yet);
- a seat named by its body: ``Jane Doe, who lost his Senate seat in 2018``,
  ``she won a Bundestag seat``, ``lost her seat in the Example Council`` (an
  ended seat is still held, GUIDELINES.md);
- a second post in a coordinated apposition: ``A, a Republican congressman
  from Oklahoma and a former pilot in the US Navy,`` (the post after ``and``
  with its body, not a critic's or a customer's);
- a job with a body described before its name: ``A, a flight attendant with
  the Examplian airline Examplair,``, ``an engineer at the French company
  Example Corp``;
- the people someone teaches or works with at a body: ``the teacher A and
  his pupils at Example School``, ``A and her colleagues at Example Corp``
  (A is of the body; ``A met pupils at`` it is not);
- a stay on the station in focus: ``NASA's A, who has been aboard since
  September,`` (A takes part in the station the text named last).

:func:`posts` is called by :mod:`~spacekg.extract.roles` for each sentence;
the caller writes the facts (with the modality of the verb group when a cue
is given)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacekg.extract.base import Found
from spacekg.extract.careers import PROFESSION, possessed
from spacekg.extract.coreference import NOUN_CLASSES, SALIENT_NOUNS, described
from spacekg.extract.patterns import ROLE

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# 'was sworn in days later as the agency's thirteenth Administrator', 'took over as head of the agency', 'was
# appointed the company's chief executive': an office taken in a body named by a noun (not 'nominated': no post yet).
_TAKEN = (
    r"(?P<verb>sworn\s+in|appointed|named|installed|elected|made|took\s+over|takes\s+over|take\s+over|taking\s+over|"
    r"took\s+office|takes\s+office|take\s+office|became|becomes|become|served|serves|serve|serving)"
)
_ROLE_WORDS = rf"(?:(?:[a-z-]+\s+){{0,2}}?(?i:{ROLE}))"
TAKEN_AS_OWNERS = re.compile(
    rf"\b{_TAKEN}\s+(?:(?:[a-z\d-]+\s+){{0,3}}?as\s+|(?=the\s))?the\s+(?P<noun>[a-z]+)['’]s\s+{_ROLE_WORDS}\b"
)
TAKEN_AS_ROLE_OF = re.compile(
    rf"\b{_TAKEN}\s+(?:(?:[a-z\d-]+\s+){{0,3}}?as\s+)?(?:the\s+)?(?:(?:new|first|next|acting|interim)\s+)?"
    rf"{_ROLE_WORDS}\s+(?:of|at)\s+the\s+(?P<noun>[a-z]+)\b(?!['’-])"
)
# 'who lost his Senate seat in 2018', 'she won a Bundestag seat': a seat in the body named before 'seat'.
SEAT_OF_BODY = re.compile(
    r"\b(?P<verb>won|wins|win|lost|loses|lose|held|holds|hold|kept|keeps|keep|took|takes|gave\s+up|gives\s+up|"
    r"retained|retains|defended|defends|resigned|resigns)\s+(?:his|her|their|a|the)\s+(?:[a-z]+\s+)?"
    r"(?P<after>seat\s+(?:in|on)\s+(?:the\s+)?)?(?=[A-Z])"
)
SEAT_AFTER = re.compile(r"\s+seat\b")
WHO_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+who\s+(?:[a-z]+\s+){0,2}?$")
# ', a Republican congressman from Oklahoma and a former pilot in the US Navy': the second post of the apposition.
SECOND_POST = re.compile(
    r",\s+(?:a|an|the)\s+[^,;:()“”\"]{1,80}?\s+and\s+(?:a|an)\s+(?:(?:former|retired|onetime|one-time|veteran|"
    rf"senior|serving)\s+)?(?:[a-z-]+\s+){{0,2}}?{PROFESSION}\s+(?:in|of|with|at|for)\s+(?:the\s+)?(?=[A-Z])"
)
# Jobs that are no office ('flight attendant', 'mechanic'), besides the professions.
_JOB = (
    rf"(?:{PROFESSION}|attendant|steward|stewardess|mechanic|worker|nurse|consultant|accountant|clerk|reporter|"
    r"correspondent|editor|instructor|trainer|controller|dispatcher|technologist)"
)
# Bodies a job is held with, by the noun that describes them before their name.
_EMPLOYER_NOUN = (
    r"(?:airline|carrier|company|firm|manufacturer|maker|start-up|startup|bank|operator|agency|university|institute|"
    r"laboratory|school|college|broadcaster|newspaper|group|contractor|observatory|centre|center|corporation)"
)
# ', a flight attendant with the Belarusian airline Examplair', ' was an engineer at the French company Example Corp'.
JOB_WITH_DESCRIBED = re.compile(
    r"(?:,\s+|\s+(?:is|was|became|had\s+been|has\s+been)\s+)(?:a|an)\s+(?:(?:former|retired|young|senior|junior)\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?{_JOB}\s+(?:with|at|for|of)\s+(?:the|a|an)\s+(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+)?"
    rf"(?:[a-z-]+\s+)?{_EMPLOYER_NOUN}\s+(?=[A-Z])"
)
# ' and his pupils at Example School', ' and her colleagues at Example Corp': the people someone works with there.
PEOPLE_AT = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:(?:former|young|fellow)\s+)?(?P<noun>pupils|students|colleagues|team|staff|"
    r"co-workers|coworkers|classmates|researchers|engineers|scientists|assistants)\s+(?:at|of|from)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
# ', who has been aboard since September', ', who has been on the station for five months': a stay on the station.
ABOARD_SINCE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?,\s+who\s+(?:has|had)\s+been\s+(?:aboard|on\s+board|on\s+the\s+station|in\s+orbit)\s+"
    r"(?:since|for)\b"
)
STATION_REACH = 1500  # how far back (characters) the station in focus may be named
WORD = re.compile(r"[a-z]+")


def posts(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    people = [m for m in view.mentions if view.is_(m, "Person")]
    if not people and " he " not in sentence and " she " not in sentence and not sentence.startswith(("He ", "She ")):
        return found
    if " as " in sentence or "'s " in sentence or "’s " in sentence or " of the " in sentence:
        found += _offices_taken(view, history)
    if " seat" in sentence:
        found += _seats(view)
    if " and " in sentence and ", " in sentence:
        found += _second_posts(view)
    if " the " in sentence:
        found += _jobs_with_described(view)
    if " and " in sentence:
        found += _people_at(view)
    if "who has been" in sentence or "who had been" in sentence:
        found += _aboard(view, history)
    return found


def _body(view: SentenceView, mention: Found) -> bool:
    """An organization that is no person and no country."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Person") and not view.is_(mention, "Country")


def _town(view: SentenceView, mention: Found) -> bool:
    """A place that is no facility: a city, a region, a country."""
    return view.is_(mention, "Place") and not view.is_(mention, "Facility")


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _holders(view: SentenceView, at: int) -> list[Found]:
    """The person a 'who' clause ending at ``at`` hangs on, else the subject of the clause (a pronoun resolved)."""
    who = WHO_BEFORE.search(view.text, max(view.start, at - 60), at)
    if who is not None:
        person = next((m for m in view.mentions if m.end == who.start()), None)
        return [person] if person is not None and view.is_(person, "Person") else []
    return [m for m in view.clause_subject(at - view.start, "Person") if view.is_(m, "Person")][-1:]


def _described_body(view: SentenceView, history: list[Found], noun: str, at: int) -> Found | None:
    """What 'the agency', 'the company', 'the committee' at ``at`` stands for: the salient body, else the nearest
    earlier mention the noun fits; None for a noun that names no body ('the mission', 'the country')."""
    classes = NOUN_CLASSES.get(noun)
    if classes is None or not any(c not in ("Country", "Mission", "Program", "Station") for c in classes):
        return None
    body = view.salience.described(classes, at) if view.salience is not None and noun in SALIENT_NOUNS else None
    body = body or described(view.linker, view.text, [], noun, history, at)
    return body if body is not None and _body(view, body) and body.end <= at else None


def _offices_taken(view: SentenceView, history: list[Found]) -> list[Role]:
    """'he was sworn in as the agency's thirteenth Administrator', 'she took over as head of the agency': the holder
    is of the body the noun stands for (the verb group says a plan or a denial)."""
    found: list[Role] = []
    for pattern in (TAKEN_AS_OWNERS, TAKEN_AS_ROLE_OF):
        for match in pattern.finditer(view.sentence):
            body = _described_body(view, history, match.group("noun"), view.start + match.start("noun"))
            if body is None:
                continue
            cue = WORD.match(view.sentence, match.start("verb"))
            for holder in _holders(view, view.start + match.start()):
                if holder.entity != body.entity:
                    found.append((holder, "affiliatedWith", body, cue, "office taken in a described body"))
    return found


def _seats(view: SentenceView) -> list[Role]:
    """'Nelson, who lost his Senate seat in 2018', 'she won a Bundestag seat': a seat in the body named before the
    noun (a body, not a country: 'a French seat')."""
    found: list[Role] = []
    for match in SEAT_OF_BODY.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        if not match.group("after") and not SEAT_AFTER.match(view.text, body.end):
            continue  # ('lost his Senate seat', 'lost her seat in the X Council'; not 'won the Example Prize')
        cue = WORD.match(view.sentence, match.start("verb"))
        for holder in _holders(view, view.start + match.start()):
            found.append((holder, "affiliatedWith", body, cue, "seat in a body"))
    return found


def _second_posts(view: SentenceView) -> list[Role]:
    """'A, a Republican congressman from Oklahoma and a former pilot in the US Navy,': the post after 'and' in the
    apposition is held in its body too (a body: 'and a former pilot in France' names a place)."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person"):
            continue
        match = SECOND_POST.match(view.text, person.end, view.end)
        body = _at(view, match.end()) if match is not None else None
        if body is not None and _body(view, body):
            found.append((person, "affiliatedWith", body, None, "second post in an apposition"))
    return found


def _jobs_with_described(view: SentenceView) -> list[Role]:
    """'A, a flight attendant with the Examplian airline Examplair,', 'A was an engineer at the French company
    Example Corp': the job is held at the body named after its describing noun."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person"):
            continue
        match = JOB_WITH_DESCRIBED.match(view.text, person.end, view.end)
        body = _at(view, match.end()) if match is not None else None
        if body is not None and _body(view, body):
            found.append((person, "affiliatedWith", body, None, "job at a described body"))
    return found


def _people_at(view: SentenceView) -> list[Role]:
    """'the teacher A and his pupils at Example School', 'A and her colleagues at Example Corp': A is of the body
    where those people are (a body: 'and his students at Oxford' is a city)."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person"):
            continue
        match = PEOPLE_AT.match(view.text, person.end, view.end)
        body = _at(view, match.end()) if match is not None else None
        # ('his team at NASA's Ames Research Center': the centre named after the possessive)
        body = possessed(view, body) if body is not None else None
        if body is not None and (_body(view, body) or view.is_(body, "Facility")) and not _town(view, body):
            found.append((person, "affiliatedWith", body, None, "people someone works with at a body"))
    return found


def _aboard(view: SentenceView, history: list[Found]) -> list[Role]:
    """'NASA's A, who has been aboard since September,': A takes part in the station the text named last (within
    reach; none named, nothing)."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person") or ABOARD_SINCE.match(view.text, person.end, view.end) is None:
            continue
        stations = [m for m in history if m.end <= person.start and person.start - m.end <= STATION_REACH
                    and view.is_(m, "Station") and m.rule != "anaphor"]  # fmt: skip
        if stations:
            found.append((person, "participatesIn", stations[-1], None, "stay on the station in focus"))
    return found
