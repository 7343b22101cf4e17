"""Salience: what a pronoun stands for, read from a running state of the text so far.

One procedure, used by the coreference, relation, claim and attribution stages, in place of
"the nearest earlier mention of a compatible class":

1. **Salience** (centering-style). Each sentence's mentions add to their entity's score: a
   sentence's grammatical subject (its first name after an opening adverbial or subordinate clause,
   or a subject pronoun resolved here) weighs most, a name after a preposition, a possessor, a name
   inside a quotation or a relative clause least. Scores halve with each sentence, so the subject
   of the sentence before outweighs an older one; the text's protagonist (the entity named most
   often, as subject counted twice, the headline's counted more) keeps a bonus that does not fade.
2. **Agreement.** ``he``/``she`` only for persons whose gender the text does not contradict: a title
   (Mr, Ms, Mrs), the first ``he``/``his``/``she``/``her`` after their name in its sentence, a
   description as ``the first woman``, an earlier ``he``/``she`` resolved to them with no rival;
   a person the text gives no gender is compatible with both. ``it`` for a body, a country, a
   programme or craft, or a document, not one named in a list; ``they`` prefers a list.
3. **Clause position.** A subject pronoun of a later clause ('…, and she sat on …') stands for the
   subject of its own sentence when that is compatible.

The state is updated once per sentence (:meth:`Salience.observe`) and never rescans the history:
its cost is the number of mentions, so extraction stays linear in the text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from spacekg.extract.base import DESCRIBED_GAP, Found, copied

IsA = Callable[[Found, str], bool]

# The classes a pronoun may stand for.
PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("Person",),
    "she": ("Person",),
    # (a built place on the ground too: 'The Example Launch Centre lies in the desert. It is run by …'; coref26)
    "it": ("Organization", "Country", "Program", "Facility"),
    "they": ("Organization", "Country"),
}
DECAY = 0.5  # what a mention's weight keeps with each later sentence
SUBJECT_WEIGHT, OTHER_WEIGHT, MINOR_WEIGHT = 1.0, 0.5, 0.25
SAME_SENTENCE = 1.5  # a compatible subject of the pronoun's own sentence, before it
PROTAGONIST_BONUS = 0.3  # the text's most named entity of its kind (person, or body)
PROTAGONIST_MIN = 3.0  # how much naming makes a protagonist
SPEAKER_BONUS = 0.3  # for the subject of a speech verb: who spoke last ('… he said. … He added')
CENTER_BONUS = 0.5  # the subject of the sentence before (centering: the centre goes on)
CHAIN_WEIGHT = 0.75  # a person referred to by 'him', 'his' or 'her': what the text goes on about
GENDER_BONUS = 0.2  # a person whose gender the text shows and the pronoun matches
LIST_MALUS = 0.5  # 'it' for a name inside a list ('A, B and C')
DESCRIBED_PROTAGONIST_BONUS = 0.5  # 'the agency' for the agency the text names most (its protagonist of that class)
DESCRIBED_MARGIN = 0.1  # how much more salient than the next the entity a definite description stands for must be
REACH = 8  # sentences a pronoun looks back through (older entities count only as the protagonist)

# What may open a sentence before its subject: an adverbial or subordinate clause up to its comma,
# or a date ('In 2013 Pyongyang replaced …', 'From 1968 to 1987 she headed …').
OPENING_CLAUSE = re.compile(
    r"\s*[\"“]?(?:(?:After|Before|When|Whenever|While|Since|Although|Though|Because|As|If|Unless|Once|Until|Whereas)"
    r"\b[^,;:.“”\"]{0,120}|(?:Under|In|On|At|By|During|Following|Despite|With|Without|For|From|Unlike|Like|Amid|"
    r"Through|Over|Within|Upon|Meanwhile|However|Later|Earlier|Instead|Also|Then|Still|Today|Yesterday|Now|Born|"
    r"Asked|Speaking)\b(?:(?!\b(?:he|she|it|they|we)\b)[^,;:.“”\"]){0,120}),\s+|"
    # 'It should be noted that X, …', 'It is true that X …': the dummy subject of an extraposition (lead20)
    r"\s*It\s+(?:is|was|should|must|has|had|may|might|can|could|seems|seemed|remains)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:noted|said|reported|clear|true|known|likely|possible|worth\s+noting|understood|believed|expected)\s+that\s+"
)  # (a phrase opening with a preposition holds no subject pronoun: 'From 1968 she headed X, and …')
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
OPENING_DATE = re.compile(
    r"\s*(?:In|On|From|Since|By|Until|During|Between|Last|This|Early|Late)\s+(?:(?:early|late|mid-?|the|"
    r"\d{1,4}(?:s|th|st|nd|rd)?|" + MONTHS + r"|to|and|until|year|month|week|spring|summer|autumn|fall|winter|"
    r"following|next|same)\s+)+"
)
# The words a subject may carry before its name: an article, a possessive, titles ('US President').
SUBJECT_LEAD = re.compile(
    r"[\s\"“]*(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*,\s+)?(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ff]ormer|[Ss]oviet|[Ee]x-)\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}"
)
# A title or role between a body or country and the person it qualifies ('NASA Administrator Jane Doe').
QUALIFIER_GAP = re.compile(r"(?:['’]s)?\s+(?:[\w.’'-]+\s+){0,3}")
PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|at|in|for|from|with|by|on|to|about|against|over|between|among|under|than|like|unlike|into|"
    r"onto|after|before|since|aboard|behind|beside|besides|including|as|via|through|toward|towards)\s+"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?$"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
VENUE_BEFORE = re.compile(r"\b(?:at|At)\s+(?:the\s+)?$")  # 'met him at the White House': a venue
RELATIVE_BEFORE = re.compile(r",\s*(?:who|which|whose|whom|where|that)\b[^,;:.]*$")
# Between two names of a list: 'A, B and C', 'the ROK, the US and Japan'.
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# A subject pronoun: 'she headed', ', and she sat', 'In 1962 she was'; not 'her' (often an object or possessive).
# An opening quotation mark right before a name, at the start of a sentence or after a colon or comma.
QUOTE_OPENED_BEFORE = re.compile(r"(?:^|[:,]\s*|\s)[\"“]$")
# 'It is the policy of …', 'It was a good day', 'It's time': a quotation's 'It' that judges or points, no body.
QUOTED_JUDGEMENT = re.compile(
    r"\s*(?:is|was|['’]s|will\s+be|would\s+be|has\s+been)\s+(?:the|a|an|time|clear|important|true|hard|difficult|"
    r"possible|impossible|likely|unlikely|our|my|not\s+(?:clear|true|easy|possible)|[a-z]+ly)\b"
)
# The opening quotation mark of a quotation that starts its sentence.
QUOTE_OPENS = re.compile(r"\s*[\"“]")
SUBJECT_PRONOUN = re.compile(r"(?<![\w’'-])(He|She|It|They|he|she|it|they)(?=\s+[a-z])")
PRONOUN_WORD = re.compile(r"[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Hh]im|[Hh]er|[Ii]ts|[Tt]heir|[Tt]hem")
# A verb group in the past perfect right after a subject: 'had flown', ', who …, had never been'.
PAST_PERFECT = re.compile(
    r"(?:\s*,[^,;]{0,80},)?\s+(?:[a-z]+ly\s+)?had\s+(?!to\b)(?:not\s+|never\s+|already\s+|just\s+)?[a-z]+"
)
PERSON_PRONOUN = re.compile(r"(?<![\w’'-])(him|his|her|Him|His|Her)\b")
# 'It should be noted that', 'it is likely that', 'It was not clear whether': an empty 'it', standing for nothing.
EXPLETIVE = re.compile(
    r"\s+(?:[a-z]+\s+){0,4}?(?:noted|said|reported|believed|thought|expected|likely|unlikely|unclear|clear|possible|"
    r"impossible|time|hard|difficult|easy|important|true|estimated|understood|feared|hoped|worth|necessary|known|"
    r"obvious|evident|striking|remarkable|surprising|rumoured|rumored|claimed|argued|agreed|decided|announced)\s+"
    r"(?:that|whether|to|how|why|what|if)\b"
)
# A name opening a later clause of its sentence and followed by a verb: '…, and Odysseus should try to land'.
CLAUSE_SUBJECT_BEFORE = re.compile(
    r"(?:[,;]\s*(?:and|but|while|whereas|so)?|\s(?:and|but|while|whereas))\s+(?:the\s+)?$"
)
VERB_AFTER = re.compile(
    r"(?:['’]s\s+[a-z]+ed\b)?\s+(?:(?:has|have|had|is|are|was|were|will|would|should|could|can|may|might|must|did|does|"
    r"do|also|then|later|now|still|never|not)\b|[a-z]+(?:ed|es)\b)"
)
# Before a pronoun that is a clause's subject: the sentence's start or an opening, a clause break, a conjunction.
CLAUSE_BREAK_BEFORE = re.compile(
    r"(?:^|[,;:][”\"’]?\s*|[”\"]\s+|\b(?:and|but|or|so|that|when|because|after|before|while|since|although|though|as|if|where|until|"
    r"once|yet|then)\s+|"
    # ('Nor was he the first', 'Neither did she': a subject after an inverted auxiliary; people20)
    r"\b(?:[Nn]or|[Nn]either)\s+(?:was|is|were|are|did|does|do|had|has|have|could|would|"
    r"will|can)\s+)$"
)
# A date opening a later clause before its subject pronoun: '…, and in April he ran', '; in 1992 she joined',
# 'and on 3 May 2001 they signed' (a time, not an object: the pronoun is the clause's subject; people22).
LATER_DATE_BEFORE = re.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+|then\s+)?|\b(?:and|but|then)\s+)(?:in|on|by|from|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:\d{1,2}\s+)?(?:" + MONTHS + r")(?:\s+\d{4})?|\d{4})\s*,?\s+$"
)
DATE_REACH = 40  # how far before a pronoun such a date may start
# An opening participle clause with no comma before the subject pronoun: 'After leaving the corps he worked for …',
# 'Before joining NASA she flew …' (people22).
OPENING_PARTICIPLE = re.compile(
    r"\s*[\"“]?(?:After|Before|Since|On|Upon|While|When)\s+[a-z]+ing\s+[^,;:.\"“”]{0,60}?\s+"
)
# Evidence of gender.
TITLE_GENDER = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Madam|Dame|Lady))\.?\s+$")
GENDERED = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
# ', her father', ' (his brother': a possessive opening an apposition after a name.
APPOSED_POSSESSOR = re.compile(r"\s*[,(]\s*(?:[Hh]is|[Hh]er)")
APPOSED_KIN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:(father|son|husband|brother|uncle|grandfather|nephew)|"
    r"(mother|daughter|wife|sister|aunt|grandmother|niece))\b"
)
# 'Later she flew', 'Then he joined': an adverb opening the sentence without a comma before its subject pronoun.
OPENING_ADVERB = re.compile(
    r"\s*(?:Later|Then|Now|Soon|Eventually|Afterwards|Subsequently|Meanwhile|Today|Yesterday|Recently|Previously|"
    r"Earlier|Finally|Next|Once)\s+(?=(?:he|she|it|they)\s)"
)
DESCRIBED_GENDER = re.compile(
    r"\b(?:is|was|became|becomes|remains|remained|,)\s+(?:[\w-]+\s+){0,8}?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(man|men's|boy|father|son|husband|brother|king|prince|businessman|spokesman|chairman|congressman)|"
    r"(woman|women's|girl|mother|daughter|wife|sister|queen|princess|businesswoman|spokeswoman|chairwoman|"
    r"congresswoman|actress))\b"
)
SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+|\n")
# What only a body says of itself, never a country: 'It is based in Ankara', 'it reports to the Ministry of X',
# 'It is part of the Luftwaffe'. A subject 'it' or 'they' before it stands for a body (a country has no seat
# and answers to no ministry), so the country the sentence before opened with is passed over.
BODY_PREDICATE = re.compile(
    r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|also|still|currently|officially|formally)\s+)?"
    r"(?:(?:based|headquartered|seated)\s+in|(?:a\s+|an\s+)?(?:part|unit|branch|arm|division|directorate|"
    r"subsidiary|department)\s+(?:of|within)|(?:directly\s+)?(?:subordinate|accountable|attached)\s+to)\b|"
    r"(?:now\s+|also\s+|still\s+)?(?:ha[sd]|have)\s+(?:its|their)\s+(?:headquarters|seat|head\s+office)\s+in\b|"
    r"(?:now\s+|also\s+|still\s+)?(?:reports|report|answers|answer|comes|come|falls|fall|sits|sit)\s+"
    r"(?:directly\s+)?(?:to|under|within)\s+(?:the\s+)?[A-Z])"
)


@dataclass
class _Entity:
    """What the text has shown of one entity so far."""

    template: Found  # its last mention named (not a pronoun), copied for a pronoun that stands for it
    score: float = 0.0  # salience as of sentence ``at``
    at: int = 0
    count: float = 0.0  # how often named (subjects twice), never fading
    names: float = 0.0  # the same, by its name only (not by a pronoun or a definite noun resolved to it)
    gender: str = ""  # 'm', 'f' or '' (unknown)
    listed: bool = False  # last named inside a list
    person: bool = False  # of the class Person
    agent: bool = False  # of the class Agent (a person, a body or a country)


# A possessor opening a subject with no name of its own, its verb right after: "'s space agency was founded",
# "'s new satellite will" (not "'s Roscosmos said": a name).
# A sentence opening with a site named by a plain noun and its verb: 'The site was founded …', 'The base has …'.
UNNAMED_THING = re.compile(
    r"\s*The\s+(?:[a-z][\w-]*\s+){0,2}?(?:site|base|spaceport|cosmodrome|facility|complex|range|plant|factory|"
    r"building|town|area)\s+(?:was|is|were|are|has|had|have|will|would)\b"
)  # (a place for work or launches; 'The agency is …' stands for a body coreference.py finds)
UNNAMED_POSSESSED = re.compile(
    r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:was|is|were|are|has|had|have|will|would|[a-z]{2,}ed)\b"
)


@dataclass
class Salience:
    """The running state of one text: call :meth:`observe` once per sentence, in order, and
    :meth:`referent` for a pronoun of the sentence being read."""

    is_: IsA
    text: str = ""
    entities: dict[str, _Entity] = field(default_factory=dict)
    sentence: int = -1  # the index of the sentence being read (the state holds the ones before it)
    subjects: list[str] = field(default_factory=list)  # the entities that are subjects of the sentence being read
    resolved: dict[int, Found] = field(default_factory=dict)  # the pronouns of this sentence, by offset
    protagonists: dict[bool, str] = field(default_factory=dict)  # person or not -> the most named entity
    recent: deque[tuple[int, str]] = field(default_factory=deque)  # (sentence, entity) named lately, oldest first
    named: list[Found] = field(default_factory=list)  # the names of the sentence being read
    span: tuple[int, int] = (0, 0)
    heading: bool = False
    _subject_at: int = -1
    clause_subjects: set[int] = field(default_factory=set)  # where the later clauses' subjects start
    listed: set[int] = field(default_factory=set)  # where the names inside a list start
    centers: set[str] = field(default_factory=set)  # the subjects of the sentence before, not in the background
    fitting: dict[tuple[str, str, tuple[str, ...]], bool] = field(default_factory=dict)  # class checks made
    speaker: tuple[str, int] = ("", -1)  # who spoke last, and in which sentence (set by :meth:`spoke`)
    # the entities named so far only as a venue ('received him at the White House'): a place there, no speaker
    venues: set[str] = field(default_factory=set)
    acting: set[str] = field(default_factory=set)  # the entities named so far other than as a venue
    # the classes a definite description names ('the agency'; 'the company': an organization and no public body),
    # each with its protagonist (its most named entity)
    tracked: tuple[tuple[str, tuple[str, ...]], ...] = ()
    class_protagonists: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    class_of: dict[tuple[str, str, str], bool] = field(default_factory=dict)  # (entity, type, class) -> of the class
    # the sentences whose subject is a thing with no name that a possessor qualifies ("The UK's space agency was …")
    unnamed_subjects: set[int] = field(default_factory=set)
    ambiguous: set[int] = field(
        default_factory=set
    )  # where a pronoun or 'the agency' could stand for either of two listed names

    def observe(self, text: str, start: int, end: int, mentions: list[Found]) -> list[Found]:
        """Read one sentence (its mentions in order): the sentence before joins the state, then this
        one's subject pronouns are resolved (returned as anaphor mentions). Called again for the same
        sentence, it reads it again with the mentions given (the state is not added to twice)."""
        if (start, end) != self.span or self.sentence < 0:
            self._commit()
            self.sentence += 1
        self.text = text
        self.span = (start, end)
        self.resolved = {}
        self.subjects = []
        self.clause_subjects = set()
        # (read again with the sentence's definite nouns resolved: 'says the agency will … until it has')
        self.named = _outermost([m for m in mentions if m.entity and not PRONOUN_WORD.fullmatch(text, m.start, m.end)])
        # 'The Israeli company SpaceIL': a country's adjective describing the body named after it is no mention
        # of the country that a pronoun may take up
        self.named = [m for m, n in zip(self.named, [*self.named[1:], None], strict=False)
                      if n is None or not (self.is_(m, "Country") and self.is_(n, "Agent") and not self.is_(n, "Country")
                                           and DESCRIBED_GAP.fullmatch(text, m.end, n.start))]  # fmt: skip
        self.heading = start == 0 and text[end : end + 1] == "\n"
        floor = self._floor(start, end)
        subject = self._subject(self.named, floor, end)
        first = next((m for m in self.named if m.start >= floor), None)
        if (
            subject is None
            and first is not None
            and SUBJECT_LEAD.fullmatch(text, floor, first.start)
            and UNNAMED_POSSESSED.match(text, first.end, end)
        ):
            self.unnamed_subjects.add(self.sentence)
        unnamed = UNNAMED_THING.match(text, floor, end) if subject is None else None
        if unnamed is not None and not any(m.start < unnamed.end() for m in mentions if m.start >= floor):
            # 'The site was founded in 1957 as a base for the R-7. It launched …': a subject the text names by a
            # plain noun no name stands for, which 'It' goes on with, not the country named after it (precision23)
            self.unnamed_subjects.add(self.sentence)
        self._pronouns(start, end, floor, subject)
        return list(self.resolved.values())

    def after_unnamed_subject(self) -> bool:
        """Whether the sentence before had a subject with no name that a possessor qualifies ("The UK's space
        agency was founded …"): a sentence-opening 'It' stands for that thing, no entity named."""
        return self.sentence - 1 in self.unnamed_subjects

    def spoke(self, entity: str) -> None:
        """The sentence being read reports ``entity``'s words."""
        self.speaker = (entity, self.sentence)

    def _commit(self) -> None:
        """Add the sentence read last to the state."""
        if self.sentence < 0:
            return
        start, end = self.span
        quote_depth = _QuoteDepth(self.text, start, end)
        # The sentence's subjects are the centre the next sentence's pronoun goes on with, unless their verb is in
        # the past perfect ('Alex Roe had flown from Tulsa in 1970'): a flashback, background to the story.
        subject_end = next((m.end for m in [*self.named, *self.resolved.values()] if m.start == self._subject_at), -1)
        background = subject_end >= 0 and PAST_PERFECT.match(self.text, subject_end, end) is not None
        self.centers = set() if background else set(self.subjects)
        self.centers |= {m.entity for m in self.named if m.start in self.clause_subjects}  # ('…, and B should land')
        referred = self._persons_referred(start, end, quote_depth)
        if referred:  # (the centre is the one the sentence refers to by a pronoun: 'Peter Roe appointed him')
            self.centers = {m.entity for m in referred} | {m.entity for m in self.resolved.values()}
        self.listed = set()
        chain: list[Found] = self.named[:1]
        joined = False  # whether a gap of the chain has 'and' or 'or' ('A, B and C'; not 'A, the head of B')
        for one, other in zip(self.named, [*self.named[1:], None], strict=False):
            gap = LIST_GAP.fullmatch(self.text, one.end, other.start) if other is not None else None
            # (a list ends with the name after its 'and': 'A and B, the C adopted …')
            if gap is not None and other is not None and self._person(one) == self._person(other) and not joined:
                chain.append(other)
                joined = joined or bool(re.search(r"\b(?:and|or)\b", gap.group(0)))
                continue
            if joined:
                self.listed |= {m.start for m in chain}
            chain, joined = [other] if other is not None else [], False
        for mention in self.named:
            if VENUE_BEFORE.search(self.text, max(0, mention.start - 12), mention.start) is None:
                self.acting.add(mention.entity)
                self.venues.discard(mention.entity)
            elif mention.entity not in self.acting:
                self.venues.add(mention.entity)
            if mention.start == self._subject_at or mention.start in self.clause_subjects:
                weight = SUBJECT_WEIGHT
            else:
                # (the name that opens a quotation is its subject: 'she said: "India will join X. It …"'; speakers23)
                opens_quote = QUOTE_OPENED_BEFORE.search(self.text, max(start, mention.start - 3), mention.start)
                weight = (
                    MINOR_WEIGHT
                    if quote_depth.inside(mention.start) and opens_quote is None
                    else self._weight(mention, start)
                )
            self._add(mention, weight, self.heading)
        for at, found in self.resolved.items():
            self._add(found, SUBJECT_WEIGHT if at == self._subject_at else OTHER_WEIGHT, False, named=False)
        for found in referred:
            self._add(found, CHAIN_WEIGHT, False, named=False)
        self._genders(start, end, self.named)

    def _persons_referred(self, start: int, end: int, quote_depth: _QuoteDepth) -> list[Found]:
        """The persons 'him', 'his' and 'her' stand for ('Jane Roe appointed him director' after John Doe
        was named: John Doe, not the subject of his own clause): a person referred to by a pronoun
        is the one the text goes on about."""
        sentence = self.text[start:end]
        if " him" not in sentence and "his " not in sentence.lower() and "her " not in sentence.lower():
            return []
        found = []
        for match in PERSON_PRONOUN.finditer(self.text, start, end):
            if quote_depth.inside(match.start()):
                continue
            word = match.group(1).lower()
            # (an object is not its own clause's subject: 'Jane Roe appointed him')
            exclude = frozenset(self.subjects) if word == "him" else frozenset()
            target = self.referent("she" if word == "her" else "he", match.start(), opening=False, exclude=exclude)
            if target is not None:
                found.append(copied(target, start=match.start(), end=match.end(1), rule="anaphor"))
        return found

    # -- the sentence's structure -------------------------------------------------------------------------

    def _floor(self, start: int, end: int) -> int:
        """Where the main clause starts: after an opening adverbial, subordinate clause or date."""
        floor = start
        for _ in range(2):  # 'On Monday, after the vote, NASA said'
            opening = OPENING_CLAUSE.match(self.text, floor, end) or OPENING_DATE.match(self.text, floor, end)
            if opening is None:
                break
            floor = opening.end()
        adverb = OPENING_ADVERB.match(self.text, floor, end)  # ('Later she flew …'; people20)
        return adverb.end() if adverb is not None else floor

    def _subject(self, named: list[Found], floor: int, end: int) -> Found | None:
        """The main clause's subject when it is a name: the first name after the floor with only an
        article or titles before it (a body qualifying the person after it gives way to the person)."""
        self._subject_at = -1
        first = next((m for m in named if m.start >= floor), None)
        if first is None or not SUBJECT_LEAD.fullmatch(self.text, floor, first.start):
            return None
        if not self.is_(first, "Agent") and not self.is_(first, "Program") and not self.is_(first, "Document"):
            return None
        following = next((m for m in named if m.start >= first.end), None)
        if (
            following is not None
            and self.is_(following, "Person")
            and not self.is_(first, "Person")
            and QUALIFIER_GAP.fullmatch(self.text, first.end, following.start)
        ):
            first = following  # 'NASA Administrator Jane Doe', "Russia's envoy Jane Doe"
        elif POSSESSIVE_AFTER.match(self.text, first.end):
            return None  # "NASA's network tracked it": the possessor is no subject
        self._subject_at = first.start
        self.subjects.append(first.entity)
        self._clause_subjects(named, first, end)
        return first

    def _clause_subjects(self, named: list[Found], first: Found, end: int) -> None:
        """The subjects of the sentence's later clauses ('A is in orbit, and B should land'): as salient as
        the first, and nearer."""
        start = self.span[0]
        for mention in named:
            if (mention.start > first.end and mention.entity not in self.subjects
                    and CLAUSE_SUBJECT_BEFORE.search(self.text, max(start, mention.start - 14), mention.start)
                    and VERB_AFTER.match(self.text, mention.end, end)
                    and (self.is_(mention, "Agent") or self.is_(mention, "Program"))):  # fmt: skip
                self.clause_subjects.add(mention.start)

    def _weight(self, mention: Found, start: int) -> float:
        before = self.text[max(start, mention.start - 40) : mention.start]
        if POSSESSIVE_AFTER.match(self.text, mention.end) or PREPOSITION_BEFORE.search(before):
            return MINOR_WEIGHT
        if RELATIVE_BEFORE.search(self.text, max(start, mention.start - 80), mention.start):
            return MINOR_WEIGHT
        return OTHER_WEIGHT

    def _pronouns(self, start: int, end: int, floor: int, subject: Found | None) -> None:
        """The sentence's subject pronouns, each resolved as it comes (a later one may stand for an earlier)."""
        quote_depth = _QuoteDepth(self.text, start, end)
        for match in SUBJECT_PRONOUN.finditer(self.text, start, end):
            at = match.start()
            quoted_opening = (
                match.group(1) in ("It", "They")
                and quote_depth.inside(at)
                and (at == floor or QUOTE_OPENS.fullmatch(self.text, floor, at) is not None)
                and not QUOTED_JUDGEMENT.match(self.text, match.end(1), end)
            )
            if quoted_opening:
                # '"India will join X," she said. "It has not joined Y."', 'She said: "India will join X. It has
                # not …"': 'It' or 'They' opening a sentence, inside a quotation or opening one, goes on about what
                # the text is about, like the pronoun outside any quotation (speakers23)
                at = floor
            elif quote_depth.inside(at):
                continue  # a speaker's own 'it' or 'they' inside a quotation
            if (at != floor and not CLAUSE_BREAK_BEFORE.search(self.text, max(start, at - 12), at)
                    and not LATER_DATE_BEFORE.search(self.text, max(start, at - DATE_REACH), at)
                    and not OPENING_PARTICIPLE.fullmatch(self.text, start, at)):  # fmt: skip
                continue
            word = match.group(1).lower()
            if word == "it" and EXPLETIVE.match(self.text, match.end(1), end):
                continue
            if word == "it" and at == floor and self.sentence - 1 in self.unnamed_subjects:
                # 'The UK's space agency was founded in 2010. It is part of …': the body the sentence before was
                # about has no name here; not its possessor (a red team's false fact; lead22)
                continue
            opening = at == floor or (subject is None and not self.resolved
                                      and not any(m.start < at for m in self.named))  # fmt: skip
            rivals: list[str] = []
            # ('It is based in Ankara': a body, not the country the sentence before opened with)
            countries = (
                self._countries(at)
                if word in ("it", "they") and BODY_PREDICATE.match(self.text, match.end(1), end)
                else frozenset()
            )
            target = self.referent(word, at, opening=opening, rivals=rivals, exclude=countries)
            if target is None:
                continue
            if at == floor or (subject is None and not self.subjects):
                self._subject_at = at
                self.subjects.append(target.entity)
            want = {"he": "m", "she": "f"}.get(word, "")
            known = self.entities.get(target.entity)
            if want and known is not None and not known.gender and rivals == [target.entity]:
                known.gender = want  # 'she' with no other person she could be: her gender from now on
            self.resolved[at] = copied(target, start=match.start(), end=match.end(1), rule="anaphor")

    # -- the state ----------------------------------------------------------------------------------------

    def _add(self, mention: Found, weight: float, heading: bool, named: bool = True) -> None:
        entity = self.entities.get(mention.entity)
        if entity is None:
            entity = self.entities[mention.entity] = _Entity(
                template=mention, person=self.is_(mention, "Person"), agent=self.is_(mention, "Agent")
            )
        elif named:
            entity.template = mention
        entity.score = entity.score * DECAY ** (self.sentence - entity.at) + weight
        entity.at = self.sentence
        entity.count += (2.0 if heading else 1.0) * (2.0 if weight == SUBJECT_WEIGHT else 1.0)
        if named and mention.rule != "anaphor":
            entity.names += (2.0 if heading else 1.0) * (2.0 if weight == SUBJECT_WEIGHT else 1.0)
        entity.listed = named and mention.start in self.listed
        if entity.agent:
            best = self.entities.get(self.protagonists.get(entity.person, ""))
            if best is None or entity.count > best.count:
                self.protagonists[entity.person] = mention.entity
        # (a class's protagonist by its names alone: a definite noun resolved wrongly does not feed itself)
        for kind in self.tracked if not entity.person and named and mention.rule != "anaphor" else ():
            if self._of(mention, kind[0]) and not any(self._of(mention, u) for u in kind[1]):
                best = self.entities.get(self.class_protagonists.get(kind, ""))
                if best is None or entity.names > best.names:
                    self.class_protagonists[kind] = mention.entity
        self.recent.append((self.sentence, mention.entity))
        while self.recent and self.recent[0][0] < self.sentence - REACH:
            self.recent.popleft()

    def _genders(self, start: int, end: int, named: list[Found]) -> None:
        """Gender shown in this sentence: a title before a person's name, the first gendered pronoun
        after it before any other person is named, a description ('the first woman')."""
        people = [m for m in named if self._person(m)]
        for index, person in enumerate(people):
            entity = self.entities[person.entity]
            if entity.gender:
                continue
            title = TITLE_GENDER.search(self.text, max(0, person.start - 8), person.start)
            if title is not None:
                entity.gender = "m" if title.group(1) else "f"
                continue
            limit = next((p.start for p in people[index + 1 :] if p.entity != person.entity), end)
            pronoun = GENDERED.search(self.text, person.end, limit)
            if pronoun is not None and APPOSED_POSSESSOR.fullmatch(self.text, person.end, pronoun.end()):
                # ('John Roe, her father, …': the possessor of an apposition is someone else, the kin noun says the
                # person's gender; people20)
                kin = APPOSED_KIN.match(self.text, pronoun.end(), limit)
                if kin is not None:
                    entity.gender = "m" if kin.group(1) else "f"
                    continue
                pronoun = GENDERED.search(self.text, pronoun.end(), limit)
            if pronoun is not None:
                entity.gender = "m" if pronoun.group(1) else "f"
                continue
            if len({p.entity for p in people}) == 1:
                described = DESCRIBED_GENDER.search(self.text, person.end, end)
                if described is not None:
                    entity.gender = "m" if described.group(1) else "f"

    def _countries(self, before: int) -> frozenset[str]:
        """The countries a pronoun at ``before`` could otherwise stand for (named lately or before it)."""
        return frozenset(
            m.entity
            for m in [*self.named, *(e.template for e in self.entities.values())]
            if m.end <= before and self.is_(m, "Country")
        )

    def _person(self, mention: Found) -> bool:
        known = self.entities.get(mention.entity)
        return known.person if known is not None else self.is_(mention, "Person")

    def gender(self, entity: str) -> str:
        known = self.entities.get(entity)
        return known.gender if known is not None else ""

    # -- resolution ---------------------------------------------------------------------------------------

    def referent(
        self,
        word: str,
        before: int,
        opening: bool | None = None,
        exclude: frozenset[str] = frozenset(),
        rivals: list[str] | None = None,
        speech: bool = False,
    ) -> Found | None:
        """What ``he``/``she``/``it``/``they`` at ``before`` (in the sentence being read) stands for: among
        the entities named lately and the names of its own sentence before it, the most salient one of a
        compatible class, number and gender; None when none is. ``opening``: whether the pronoun opens
        its sentence's main clause (else a compatible subject of its sentence before it comes first;
        None: as found when the sentence was read). ``rivals`` receives the compatible entities.
        ``speech``: the pronoun is a speech verb's subject, and who spoke last is likelier to go on."""
        word = word.lower()
        kinds = PRONOUN_KINDS.get(word)
        if kinds is None:
            return None
        if speech:
            kinds = tuple(k for k in kinds if k != "Program")  # a programme does not speak
            exclude = exclude | self.venues  # nor does a place ('… at the White House. It said …')
        if opening is None:
            opening = before == self._subject_at or not self.subjects
        want = {"he": "m", "she": "f"}.get(word, "")
        here = [m for m in self.named + list(self.resolved.values()) if m.end <= before and m.entity not in exclude]
        if not opening:
            # A compatible subject of the pronoun's own sentence before it: '…, and she sat on …'.
            for subject in self.subjects:
                mention = next((m for m in here if m.entity == subject), None)
                if mention is not None and self._fits(mention, kinds, want):
                    if rivals is not None:
                        rivals.append(subject)
                    return self._template(mention)
        if speech and word == "it":
            # 'The committee found that …. A meaningful programme, it concluded, …', 'It recommended …': a body that
            # spoke in this sentence or the one before goes on speaking as 'it' (speakers22), whatever the reported
            # words named since (a country, a programme)
            last, at = self.speaker
            entity = self.entities.get(last)
            if (entity is not None and last not in exclude and self.sentence - at <= 1
                    and entity.template.end <= before and self._fits(entity.template, kinds, want)):  # fmt: skip
                if rivals is not None:
                    rivals.append(last)
                return entity.template
        scores: dict[str, float] = {}
        templates: dict[str, Found] = {}
        for mention in here:
            if self._fits(mention, kinds, want):
                weight = SUBJECT_WEIGHT if mention.start == self._subject_at else self._weight(mention, self.span[0])
                scores[mention.entity] = scores.get(mention.entity, 0.0) + weight * SAME_SENTENCE
                templates.setdefault(mention.entity, self._template(mention))
        seen = set(exclude)
        for _, entity_id in reversed(self.recent):
            if entity_id in templates or entity_id in seen:
                continue
            seen.add(entity_id)
            entity = self.entities[entity_id]
            if entity.template.end > before or not self._fits(entity.template, kinds, want):
                continue
            scores[entity_id] = self._faded(entity)
            templates[entity_id] = entity.template
        for person in (True, False):
            protagonist = self.protagonists.get(person, "")
            champion = self.entities.get(protagonist)
            if (champion is None or protagonist in exclude or champion.count < PROTAGONIST_MIN
                    or champion.template.end > before or not self._fits(champion.template, kinds, want)):  # fmt: skip
                continue
            if protagonist not in scores:
                scores[protagonist] = self._faded(champion)
                templates[protagonist] = champion.template
            scores[protagonist] += PROTAGONIST_BONUS
        for entity_id in scores:
            known = self.entities.get(entity_id)
            if known is None:
                continue
            if want and known.gender == want:
                scores[entity_id] += GENDER_BONUS
            if known.listed:
                scores[entity_id] += LIST_MALUS if word == "they" else -LIST_MALUS
            if speech and entity_id == self.speaker[0] and self.sentence - self.speaker[1] <= REACH:
                scores[entity_id] += SPEAKER_BONUS
            if entity_id in self.centers:
                scores[entity_id] += CENTER_BONUS
        if rivals is not None:
            rivals.extend(scores)
        if not scores:
            return None
        best = max(scores, key=lambda e: scores[e])  # (the first of equals: the nearest)
        # ('Jane Doe and John Roe joined X. She later led Y': the text shows neither's gender; coref26) (a person the
        # pronoun's own sentence names is no rival: 'she and Roe went outside' is not Roe)
        persons = {m.entity for m in self.named} if word != "it" else set()
        if word in ("it", "he", "she") and self._listed_rival(
            best, {e: v for e, v in scores.items() if e == best or e not in persons}
        ):
            self.ambiguous.add(before)
            return None  # ('Japan and India signed it. It later joined X': which of the two? none is guessed)
        return templates[best]

    def _listed_rival(self, best: str, scores: dict[str, float]) -> bool:
        """Whether ``best`` was last named in a list beside another candidate of ``scores`` named in the same list
        (precision23: for 'it' here and for 'the agency' in :meth:`described`)."""
        known = self.entities.get(best)
        return (
            known is not None
            and known.listed
            and any(
                other != best
                and (rival := self.entities.get(other)) is not None
                and rival.listed
                and rival.at == known.at
                for other in scores
            )
        )

    def described(
        self, classes: tuple[str, ...], before: int, unfit: tuple[str, ...] = (), exclude: frozenset[str] = frozenset()
    ) -> Found | None:
        """What a definite description of a class ('the agency', 'the company', 'the committee') at
        ``before`` stands for: among the entities of its first class named lately, in its own sentence
        before it, and that class's protagonist (the one of the class the text names most), the most
        salient; of the noun's wider classes only when none of the first is. Not one of the ``unfit``
        classes ('the company' is no public body), nor a person or one of ``exclude``; None when none fits.
        The nearest mention of the class is often a name in passing ('CSIRO, the national science
        agency'); the agency a text is about is its subject and its protagonist."""
        scores: dict[str, float] = {}
        templates: dict[str, Found] = {}

        def fits(mention: Found, cls: str) -> bool:
            return (mention.entity not in exclude and self._of(mention, cls) and not self._of(mention, "Person")
                    and not any(self._of(mention, u) for u in unfit))  # fmt: skip

        for cls in classes:
            for mention in self.named + list(self.resolved.values()):
                if mention.end <= before and fits(mention, cls):
                    weight = (
                        SUBJECT_WEIGHT if mention.start == self._subject_at else self._weight(mention, self.span[0])
                    )
                    scores[mention.entity] = scores.get(mention.entity, 0.0) + weight * SAME_SENTENCE
                    templates.setdefault(mention.entity, self._template(mention))
            for _, entity_id in reversed(self.recent):
                entity = self.entities[entity_id]
                if entity_id in templates or entity.template.end > before or not fits(entity.template, cls):
                    continue
                scores[entity_id] = self._faded(entity)
                templates[entity_id] = entity.template
            champion = self.entities.get(self.class_protagonists.get((cls, unfit), ""))
            if (champion is not None and champion.names >= PROTAGONIST_MIN and champion.template.end <= before
                    and fits(champion.template, cls)):  # fmt: skip
                entity_id = champion.template.entity
                if entity_id not in scores:
                    scores[entity_id] = self._faded(champion)
                    templates[entity_id] = champion.template
                scores[entity_id] += DESCRIBED_PROTAGONIST_BONUS
            if scores:
                break  # (the noun's own class first: 'the agency' is a space agency before any organization)
        for entity_id in scores:
            known = self.entities.get(entity_id)
            if known is None:
                continue
            if known.listed:
                scores[entity_id] -= LIST_MALUS
            if entity_id in self.centers:
                scores[entity_id] += CENTER_BONUS
        if not scores:
            return None
        best = max(scores, key=lambda e: scores[e])
        ranked = sorted(scores.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < DESCRIBED_MARGIN:
            return None  # (two as salient: none is guessed)
        if self._listed_rival(best, scores):
            # ('The Example Agency and NASA met. … the agency joined': which of the list? none is guessed, and the
            # nearest of the two is not taken in its place either; coref26)
            self.ambiguous.add(before)
            return None
        return templates[best]

    def weight_of(self, entity: str) -> float:
        """How salient an entity is now (its faded score, with the bonus of a protagonist of its kind)."""
        known = self.entities.get(entity)
        if known is None:
            return 0.0
        bonus = PROTAGONIST_BONUS if entity in self.protagonists.values() else 0.0
        bonus += DESCRIBED_PROTAGONIST_BONUS if entity in self.class_protagonists.values() else 0.0
        return self._faded(known) + bonus

    def _of(self, mention: Found, cls: str) -> bool:
        key = (mention.entity, mention.type, cls)
        known = self.class_of.get(key)
        if known is None:
            known = self.class_of[key] = self.is_(mention, cls)
        return known

    def _faded(self, entity: _Entity) -> float:
        """An entity's salience now: halved for each sentence since the one before this one."""
        return entity.score * DECAY ** max(0, self.sentence - 1 - entity.at)

    def _template(self, mention: Found) -> Found:
        known = self.entities.get(mention.entity)
        return mention if mention.rule != "anaphor" or known is None else known.template

    def _is_kind(self, mention: Found, kind: str) -> bool:
        """Whether the mention is of the pronoun's class ``kind``; a facility only on the ground: a station in
        orbit is read as a craft (coreference.crafts_referred), and 'It was Zeta-5, … had made it' after
        '… pushed out of the Example Space Station' is not the station (coref26)."""
        if kind == "Facility":
            return self.is_(mention, kind) and not self.is_(mention, "Station")
        return self.is_(mention, kind)

    def _fits(self, mention: Found, kinds: tuple[str, ...], want: str) -> bool:
        key = (mention.entity, mention.type, kinds)
        fits = self.fitting.get(key)
        if fits is None:  # (once per entity and pronoun: the classes do not change)
            fits = self.fitting[key] = any(self._is_kind(mention, kind) for kind in kinds) and (
                "Person" in kinds or not self.is_(mention, "Person")
            )
        if not fits:
            return False
        if want:
            known = self.entities.get(mention.entity)
            return known is None or known.gender in ("", want)
        return True


def _outermost(mentions: list[Found]) -> list[Found]:
    """The mentions (in text order) not nested in a longer one ('UN' in 'UN Security Council')."""
    kept: list[Found] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if kept and mention.end <= kept[-1].end and mention is not kept[-1]:
            continue
        kept.append(mention)
    return kept


class _QuoteDepth:
    """Whether an offset of a sentence is inside a quotation opened in it."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start = text, start
        sentence = text[start:end]
        self.quoted = "“" in sentence or '"' in sentence

    def inside(self, at: int) -> bool:
        if not self.quoted:
            return False
        before = self.text[self.start : at]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1
