"""Offices, seats, memberships and parent companies read from general
constructions of English reports, whatever the names in them:

- verbs of office with their tenses and relative clauses: ``she headed the
  Example Committee``, ``Jane Doe, who until last year ran NASA's astronaut
  office,`` (the owner of an office not named), ``who sat on the Example
  Council``, ``X, who heads Example Spaceport`` (a facility: she leads it);
- seats in the chamber of a body and the party sat for: ``she has been a
  deputy of the Example Assembly for the Example party`` (both);
- a company's city (or its state or region: ``a company from Colorado``): ``Example Corp, a start-up from Exampleton,``,
  ``Example Corp of Exampleton``, ``a single agency with its headquarters in
  Exampleton`` (the agency described, not the names merged into it);
- a parent company: ``Example Systems, an Example Corp subsidiary,``,
  ``Example Systems, a subsidiary of Example Corp,``;
- partners that are no members: ``X, which is not a member, has a
  cooperation agreement with the agency`` (a partner, and not a member).

:func:`offices` is called by :mod:`~spacekg.extract.roles` for each sentence
and returns what it finds; the caller writes the facts, reading the verb
group before a cue for a denial or a plan (``has never headed``, ``will
head``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacekg.extract.base import Found
from spacekg.extract.coreference import COMPANY_NOUNS, NOUN_CLASSES, SALIENT_NOUNS, antecedent, described
from spacekg.extract.literals import scan
from spacekg.extract.patterns import ROLE
from spacekg.extract.professions import PERSONAL_PRONOUN, SPEECH_AFTER, professionals

if TYPE_CHECKING:
    from spacekg.extract.sentence_view import Role, SentenceView

# 'headed', 'has run', 'who until last year ran', 'sat on', 'has long chaired': a verb of office and its object.
_OFFICE_VERB = (
    r"(?:heads|headed|head|leads|led|runs|ran|run|chairs|chaired|chair|directs|directed|direct|presides\s+over|"
    r"presided\s+over|sits\s+on|sat\s+on|serves\s+on|served\s+on|sit\s+on|serve\s+on)"
)
# 'who sat on the commission': a body named before by its kind.
BODY_NOUN = (
    r"(?:commission|committee|subcommittee|board|council|panel|agency|inquiry|office|ministry|department|directorate|"
    r"institute|administration|authority)"
)
OFFICE_VERB = re.compile(
    r"\b(?:(?:has|had|have|also|once|long|later|then|still|now|previously|formerly|briefly|jointly|"
    r"until\s+(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|until\s+\d{4}|"
    r"from\s+\d{4}\s+(?:to|until)\s+\d{4}|since\s+\d{4}),?\s+)*"
    # ('who heads both Example Command and the Example Force': roles19)
    rf"(?P<verb>{_OFFICE_VERB})\s+(?:both\s+)?(?:the\s+)?(?:(?=[A-Z])|(?<=the\s)(?P<noun>{BODY_NOUN})\b(?!['’-]|\s+of\b))"
)
# ' and the newly created Example Force', ', and Example Corp': a second body the verb of office governs (roles19).
OFFICE_CONJUNCT = re.compile(
    r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:the\s+)?(?:(?:newly\s+(?:created|formed|established|founded)|new|"
    r"recently\s+(?:created|formed|established))\s+)?(?=[A-Z])"
)
# Where the second body ends: the clause's end or an adverbial ('and NASA agreed': a subject of its own).
CONJUNCT_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|since|until|from|for|at|as|and|while|when|before|after|to|until)\s"
)
# Verbs of office that only a member, not a head, uses: no leading of a facility.
SEAT_VERB = re.compile(r"(?:sits|sat|serves|served|sit|serve)\s+on")
# ', who' (past the auxiliaries and time adverbials the verb pattern reads itself): the person before it.
WHO_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+who\s+$")
# "NASA's astronaut office", "the agency's launch division": an office of the body not named by a name.
UNNAMED_UNIT = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=[\s,.;:)]|$)")
# 'was a deputy of', 'has been a member of', ', a senator in': a seat in a body.
SEAT_IN_BODY = re.compile(
    r"(?:\s+(?:(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained|served\s+as|serves\s+as)\s+)|,\s+)"
    r"(?:(?:also|now|still|long|then)\s+)?(?:a|an|the)\s+(?:(?:former|senior|leading|longtime|long-time|"
    r"permanent|voting|founding|full|elected)\s+)?(?P<seat>deputy|member|senator|representative|delegate|"
    r"councillor|councilor|legislator|lawmaker|MP|congressman|congresswoman)\s+(?:of|in|on|to)\s+(?:the\s+)?(?=[A-Z])"
)
# 'for the Example party', 'for Example Party': the party a member sits for.
FOR_PARTY = re.compile(r"\s+(?:for|representing)\s+(?:the\s+)?(?=[A-Z])")
PARTY_AFTER = re.compile(r"\s+[Pp]arty\b")
# ', a start-up from Exampleton', ', an engine maker based in Exampleton': a company described with its city.
COMPANY_FROM = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:a|an|the)\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,2}?(?:start-?up|company|firm|"
    r"maker|manufacturer|operator|provider|developer|supplier|contractor|group|venture)\s+(?:from|based\s+in|"
    r"headquartered\s+in|(?:co-?)?founded\s+(?:in\s+\d{4}\s+)?in|set\s+up\s+(?:in\s+\d{4}\s+)?in)\s+(?:the\s+)?(?=[A-Z])"
)
# A continent is no seat ('a start-up from Europe').
CONTINENT = re.compile(
    r"Europe|Asia|Africa|North\s+America|South\s+America|Latin\s+America|Oceania|Antarctica|the\s+West"
)
# 'Example Corp of Exampleton': a company and its city.
# ('Example Systems Ltd (ESL) of Exampleton': past the short form in brackets)
COMPANY_OF = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+of\s+(?=[A-Z])")
# 'Houston's Example Machines': a city's possessive right before a body's name (not 'Houston's own').
CITY_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?(?=[A-Z])")
# What may follow the city of 'a start-up from Exampleton': not a route ('from A to B'), nor a longer name.
CITY_END = re.compile(r"(?!['’]s)(?!\s+(?:to|and|via|into|toward|towards)\b)(?!\s+[A-Z])")
# 'into a single agency with its headquarters in Exampleton': 'its' is the agency described.
DESCRIBED_WITH_SEAT = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:single|new|joint|common|European|international|national|unified|merged)\s+)*"
    r"(?P<noun>[a-z]+)\s+(?:with|having)\s+its\s+(?:(?:main|own|new)\s+)?(?:headquarters|seat|head\s+office)\s+in\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# ', an Example Corp subsidiary,', ', a subsidiary of Example Corp': a parent company.
SUBSIDIARY_BEFORE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:a|an|the)\s+(?:(?:wholly[- ]owned|majority[- ]owned)\s+)?"
)
SUBSIDIARY_AFTER = re.compile(r"['’]?s?\s+(?:subsidiary|division|unit|affiliate)\b")
SUBSIDIARY_OF = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+(?:a|an|the)\s+(?:(?:wholly[- ]owned|majority[- ]owned)\s+)?"
    r"(?:subsidiary|division|affiliate)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# 'has had a cooperation agreement with the agency', 'signed a framework cooperation agreement with X'.
COOPERATION_AGREEMENT = re.compile(
    r"\b(?:has|have|had|signed|signs|concluded|concludes|holds|held|keeps|kept)\s+(?:had\s+|long\s+had\s+)?"
    r"(?:a|an)\s+(?:(?:[a-z-]+)\s+){0,2}?(?:cooperation|co-operation|partnership)\s+(?:agreement|accord|deal)\s+"
    r"with\s+(?P<object>the\s+(?P<noun>[a-z]+)\b|(?=[A-Z]))"
)
# 'Canada, which is not a member,': no member of the body the sentence names.
NOT_A_MEMBER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,\s+which\s+is\s+(?:not|no\s+longer)\s+(?:a|an)\s+(?:full\s+)?member\s*,"
)
# '(is) a Soviet cosmonaut and Russian politician': a nationality before a noun of state service.
# ('Jane Doe, 18, a Dutch student': an age before the apposition; people21)
COPULA_NATIONAL = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+\d{1,3}(?=,))?(?:\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+(?:also\s+)?|,\s+)(?:a|an)\s+"
    r"(?:former\s+)?"
)
STATE_SERVICE = re.compile(
    r"\s+(?:(?:retired|career|senior|leading|veteran|military)\s+)?(?:politician|diplomat|official|senator|lawmaker|"
    r"legislator|minister|envoy|ambassador|general|admiral|negotiator|cosmonaut|"
    r"civil\s+servant|(?:air\s+force|naval|navy|army|military|fighter|marine)\s+(?:test\s+)?(?:pilot|officer|"
    r"colonel|major|captain|lieutenant|commander|aviator)|(?:army|air\s+force|naval|military)\s+(?:[a-z]+\s+)?officer)"
    r"s?\b(?![-'’])"
)
# 'In 1978 a Czechoslovak air force pilot, ', 'The Cuban, ': a nationality (and a post) in apposition before a
# name (not after a preposition: 'Like the French, Jane Doe …').
FRONTED_NATIONAL = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?P<det>[Aa]n?|[Tt]he)\s+(?:(?:former|retired|young|veteran)\s+)?(?P<country>[A-Z])[^,;:()“”\"]{1,60}?,\s+$"
)
NATIONAL_COMMA = re.compile(r",\s+")
OWN_BODY = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?=[A-Z])")
# What may stand before such an apposition: the sentence's opening, a time adverbial opening it ('In March
# 1978'), a comma or a conjunction of clauses ('They met the French, Jane Doe said' is no apposition).
CLAUSE_OPENING = re.compile(
    r"(?:^\s*(?:(?:In|On|By|During|Since|After|Before|Later|Then|Now|Today|Yesterday|Last|Next|That|This|Early|"
    r"Late|Two|Three|Four|Five|Six|Ten)\b[^,;:]{0,30}?,?\s+)?|[,;:]\s+(?:and\s+)?|\b(?:when|while|where|after|before|because|"
    r"but|and\s+then)\s+)$"
)
AND_NATIONAL = re.compile(r"\s+and\s+(?:(?:a|an)\s+)?(?:former\s+)?")
# 'its new Example Space Center', 'its own Example Laboratory': a centre of the body 'its' stands for.
ITS_CENTRE = re.compile(r"\b[Ii]ts\s+(?:(?:new|own|main|first|largest|former)\s+)?$")
CENTRE_NAME = re.compile(r"\s(?:Cent(?:re|er)|Laboratory|Institute|Directorate|Office)$")
# ', chaired by the retired admiral X', ' headed by X': the person who holds the office of the body before.
HELD_BY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:(?:(?:which|that)\s+)?(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?P<verb>chaired|headed|led|directed|presided\s+over)\s+(?:since\s+\d{4}\s+|until\s+\d{4}\s+)?by\s+"
    r"(?:(?:the|its|a|an)\s+)?(?:(?:[a-z-]+|[A-Z][a-z]+\.?)\s+){0,4}?$"
)
# 'a select committee of the House chaired by X': the participle is the common noun's, not the name's.
NOUN_OF_BEFORE = re.compile(
    rf"\b(?:a|an|the|its|their|one)\s+(?:[a-z-]+\s+){{0,3}}?(?:{BODY_NOUN}|group|body|team|office|unit|division)s?\s+"
    r"(?:of|within|in|at|under)\s+(?:the\s+)?$"
)
# Between a name and the common noun in apposition to it: 'the Example Committee, a select committee of …'.
APPOSED_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?,\s*")
# 'The board, chaired by …': a body named before by its kind, opening the sentence.
DESCRIBED_BODY = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<noun>{BODY_NOUN})$")
# ', the director of its Example Research Center', ', deputy head at the Example Laboratory': an office there.
ROLE_AT_CENTRE = re.compile(
    rf",\s+(?:(?:then|now|formerly|later)\s+)?(?:(?:the|a|an)\s+)?(?:(?:former|acting|deputy|first|founding)\s+)?"
    rf"{ROLE}\s+(?:of|at)\s+(?:(?:the|its|their)\s+)?(?:(?:new|own)\s+)?$",
    re.IGNORECASE,
)
# 'has a seat on', 'no longer has any role at', 'holds no post in': an office in a body (the verb group and the
# determiner say a denial; the cue is the noun, so both are read before it).
ROLE_IN_BODY = re.compile(
    r"\b(?:has|had|have|holds|held|hold|keeps|kept)\s+(?:(?:a|an|any|no|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>role|post|position|seat|job|office|place)\s+(?:at|in|with|on)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Commissioner Jane Doe', 'Jane Doe, the former commissioner who …', ', the Commissioner for Space': a title
# named after the body it sits in (the commission, the senate, the council named before).
# ('Senator Jane Doe' alone is no seat in the Senate the text names: a title, like 'President'; GUIDELINES.md, the
# twenty-second set; people23)
BODY_TITLE = {"commissioner": "commission", "councillor": "council", "councilor": "council"}
TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:(?:[Ff]ormer|[Tt]hen)\s+)?(?P<title>[Cc]ommissioner|Chairman|Chairwoman)\s+$"
)
# 'Chairman Jane Doe' (opening a hearing): the chair of the committee, commission, council or board named last.
CHAIRED_BODIES = ("committee", "subcommittee", "commission", "council", "board")
OF_AFTER = re.compile(r"\s+(?:of|at|for)\s")
TITLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?:former|then|new|current|outgoing|incoming)\s+)?(?:[A-Z][A-Za-z]*\s+)?"
    r"(?P<title>[Cc]ommissioner|[Cc]ouncill?or)\b(?!['’-])"
)
# 'moved its headquarters to Exampleton', 'will relocate its seat from A to B': the new seat (the verb group
# says a plan).
SEAT_MOVED = re.compile(
    r"\b(?P<verb>moved|moves|move|relocated|relocates|relocate|transferred|transfers|transfer)\s+its\s+"
    r"(?:headquarters|head\s+office|seat)\s+(?:from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?to\s+(?:the\s+)?(?=[A-Z])"
)
VERB_WORD = re.compile(r"[a-z]+")
# 'The headquarters of the Example Agency are in Exampleton', 'its seat will be in Exampleton'.
SEAT_OF = re.compile(r"\b(?:[Hh]eadquarters|[Ss]eat|[Hh]ead\s+office)\s+of\s+(?:the\s+)?(?=[A-Z])")
SEAT_IS_IN = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?P<verb>is|are|was|were|remains?|remained|will\s+be|would\s+be|has\s+been|have\s+been)"
    r"\s+(?:(?:now|still|also|currently|to\s+be|not|no\s+longer|never)\s+)*(?:(?:located|situated|based)\s+)?"
    r"(?P<in>in)\s+(?:the\s+)?(?=[A-Z])"
)
# 'the government chose Exampleton as the seat of the new Example Agency', 'Exampleton was picked as the home of
# the agency': the city chosen (after the active verb, before the passive one) and the body whose seat it is.
_CHOSEN = r"(?:chose|chosen|choose|chooses|choosing|picked|picks|pick|selected|selects|select|designated|designates)"
SEAT_CHOSEN = re.compile(rf"\b(?P<verb>{_CHOSEN})\s+(?:the\s+(?:city|town)\s+of\s+)?(?=[A-Z])")
SEAT_CHOSEN_PASSIVE = re.compile(
    rf"\s+(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|would\s+be)\s+)(?:(?:finally|formally|officially|"
    rf"eventually)\s+)?(?P<verb>{_CHOSEN})\s+"
)
SEAT_AS = re.compile(
    r"(?:,\s+[A-Z][\w-]*,)?\s*(?:(?:in|on)\s+[\w ]{1,20}?\s+)?as\s+(?:the\s+)?(?:(?:new|future|permanent|official)\s+)?"
    r"(?:seat|headquarters|head\s+office|home|base)\s+(?:of|for)\s+(?:the\s+|its\s+)?"
    r"(?:(?:new|future|planned|newly\s+created|proposed)\s+)?(?=[A-Z])"
)
# 'the subcommittee agreed to establish a Working Group on X', 'the council set up a new Task Force on Y': a body
# the organ makes for itself is part of it.
SETS_UP_BODY = re.compile(
    r"\b(?:(?:agreed|decided|voted|moved)\s+to\s+)?(?:establish(?:ed|es)?|set(?:s)?\s+up|creat(?:e|ed|es)|form(?:ed|s)?)\s+"
    r"(?:a|an|its|their)\s+(?:(?:new|own|standing|special)\s+)?(?=[A-Z])"
)
OF_COMPLEMENT = re.compile(r"(?:\s*\([A-Z][\w-]{1,12}\))?\s+of\s+(?:the\s+)?")
SUB_BODY = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}?(?:Working\s+Group|Working\s+Party|Subcommittee|Sub-Committee|Task\s+Force|Panel|"
    r"Expert\s+Group|Group\s+of\s+Experts)\b"
)
# 'who taught at the University of X', 'she works at Example Corp', 'has worked for NASA since 2001': an employer.
WORKS_AT = re.compile(
    r"\b(?:(?:has|had|have|also|once|long|later|then|still|now|previously|formerly|briefly)\s+)*"
    r"(?P<verb>taught|teaches|teach|lectured|lectures|worked|works|work|researched|researches)\s+"
    r"(?:(?:there\s+)?(?:since|from|until|in)\s+\d{4}\s+)?(?:at|for)\s+(?:the\s+)?(?=[A-Z])"
)
POSSESSED_GAP = re.compile(r"['’]s?\s+")
# 'ESA chose her as an astronaut in 2009', 'NASA selected Jane Doe as an astronaut': the corps she joins.
CHOSEN_AS = re.compile(
    r"\b(?P<verb>chose|choses|chooses|selected|selects|picked|picks|recruited|recruits)\s+(?P<whom>her|him|(?=[A-Z]))"
)
CHOSEN_AS_AFTER = re.compile(
    r"\s+(?:to\s+(?:become|be)|as)\s+(?:(?:a|an|one\s+of\s+its|its)\s+)?(?:(?:new|first|reserve|career|[A-Z][a-z]+)\s+)?"
    r"(?:astronaut|cosmonaut|taikonaut|astronaut\s+candidate)s?\b"
)
CHOSEN_PASSIVE = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:chosen|selected|picked|recruited)\s+)(?:as|to\s+(?:become|be))\s+"
    r"(?:(?:a|an)\s+)?(?:(?:new|first|reserve|career)\s+)?(?:astronaut|cosmonaut|taikonaut)s?\s+"
    r"(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)
# 'chaired by Jane Doe of Poland, with John Roe of Kenya as vice-chair': the second officer of the same body.
WITH_OFFICER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*,?\s+(?:and\s+)?with\s+")
AS_OFFICER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+as\s+(?:(?:its|the|a|his|her|their)\s+)?"
    r"(?:vice[- ]chair(?:man|woman|person)?|co-?chair(?:man|woman|person)?|deputy(?:\s+(?:chair|head|director))?|"
    r"rapporteur|secretary|vice[- ]president|treasurer)\b"
)
# 'who had just replaced Jane Doe at the head of X', 'succeeded Jane Doe as head of X', 'took over from Jane Doe
# as director of X': both held an office of the body.
REPLACED_AT_HEAD = re.compile(
    r"\b(?:(?:has|had|have|just|also|recently|then|later)\s+)*(?P<verb>replaced|replaces|replace|succeeded|succeeds|"
    r"succeed|took\s+over\s+from|takes\s+over\s+from|take\s+over\s+from)\s+(?=[A-Z])"
)
AT_HEAD_OF = re.compile(
    r"\s+(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:at\s+the\s+(?:head|helm|top)\s+of|"
    r"as\s+(?:(?:the|its)\s+)?(?:(?:acting|interim|new)\s+)?"
    r"(?:head|chief|director(?:[- ]general)?|administrator|chair(?:man|woman|person)?|president|leader|boss|"
    r"secretary[- ]general|commander|general\s+director|chief\s+executive)\s+(?:of|at)|as\s+(?:the\s+)?"
    r"(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:head|chief|director|administrator|chair|boss)\b))\s*(?:the\s+)?"
)
# 'an American businessman', 'a Japanese billionaire': a nationality before a noun of a person's civic standing
# (a profession is no such noun: 'an American astronomer').
CIVIC_STANDING = re.compile(
    r"\s+(?:(?:retired|wealthy|former)\s+)?(?:businessman|businesswoman|businesspeople|entrepreneur|billionaire|"
    r"millionaire|industrialist|tycoon|investor|citizen|national|student|schoolboy|schoolgirl|teenager)s?\b(?![-'’])"
)


def offices(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    if any(view.is_(m, "Person") for m in view.mentions) or re.search(r"\b(?:[Ss]he|[Hh]e)\b", sentence):
        found += _office_verbs(view, history)
        if " role " in sentence or " post " in sentence or " position " in sentence or " seat " in sentence:
            found += _roles_in_bodies(view)
        if " of " in sentence or " in " in sentence or " on " in sentence or " to " in sentence:
            found += _seats_in_bodies(view)
    if " from " in sentence or " based in " in sentence or " headquartered in " in sentence or " in " in sentence:
        found += _companies_from(view)
    if " of " in sentence:
        found += _companies_of(view)
    if "'s " in sentence or "’s " in sentence:
        found += _city_possessives(view)
    if " its " in sentence and (" headquarters " in sentence or " seat " in sentence or " head office " in sentence):
        found += _described_seats(view, history)
        found += _moved_seats(view)
    if "eadquarters of " in sentence or "eat of " in sentence or "ead office of " in sentence:
        found += _seats_of_bodies(view)
    if " as " in sentence and any(
        w in sentence for w in (" seat ", " headquarters ", " home ", " base ", " head office ")
    ):
        found += _chosen_seats(view)
    if "subsidiar" in sentence or "division" in sentence or "affiliate" in sentence or " unit" in sentence:
        found += _subsidiaries(view)
    if "agreement" in sentence or " accord " in sentence or " deal " in sentence:
        found += _cooperation(view, history)
    if " by " in sentence:
        found += _held_by(view, history)
    if "ommissioner" in sentence or "ouncil" in sentence or "Chair" in sentence:
        found += _body_titles(view, history)
    if " a" in sentence or "he " in sentence or sentence.startswith("A"):
        found += _nationals(view)
    # (its own shapes include the bare fronted 'Finnish physicist Jane Doe spoke', which the gate above can miss)
    found += professionals(view)
    if ":" in sentence or " both " in sentence or " all " in sentence:
        found += _listed_nationals(view)
    if "nauts" in sentence or "s, " in sentence or "s: " in sentence:
        found += _nationals_listed_after(view)
    if " at " in sentence or " for " in sentence:
        found += _works_at(view)
    if "stronaut" in sentence or "osmonaut" in sentence or "aikonaut" in sentence:
        found += _chosen_as(view)
    if "replace" in sentence or "succeed" in sentence or "took over" in sentence or "take" in sentence:
        found += _replaced(view)
    if " up " in sentence or "establish" in sentence or "creat" in sentence or "form" in sentence:
        found += _sub_bodies_set_up(view)
    if " with " in sentence and found:
        found += _fellow_officers(view, found)
    if "host" in sentence or " home to " in sentence or " hous" in sentence:
        found += _hosted_seats(view)
    if "its " in sentence or "Its " in sentence:
        found += _its_centres(view, history)
    if " of " in sentence or " at " in sentence:
        found += _roles_at_centres(view)
    return found


# 'Egypt, which hosts the Example Agency in Cairo', 'Geneva hosts the Example Conference', 'Tarvo is home to the
# Example Agency': the body has its seat in the place after 'in', else in the host when that is a place.
HOSTS = re.compile(
    r"\b(?:host(?:s|ed|ing)?|hous(?:es|ed)|(?:is|was|has\s+(?:long\s+)?been|remains)\s+home\s+to)\s+(?:the\s+)?"
    # 'Examplton hosts the headquarters of the Example Agency': the body whose seat it is
    r"(?:(?:headquarters|seat|offices|secretariat)\s+of\s+(?:the\s+)?)?(?:(?:new|newly\s+created|"
    r"young|main)\s+)?(?=[A-Z])"
)
IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")


def _hosted_seats(view: SentenceView) -> list[Role]:
    found: list[Role] = []
    for match in HOSTS.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body) or view.is_(body, "Meeting") or view.is_(body, "Event"):
            continue  # ('hosted the Example Summit': a meeting is held, it has no seat)
        within = IN_PLACE_AFTER.match(view.text, body.end)
        place = _at(view, within.end()) if within is not None else None
        if place is None:
            # the host right before the verb, a town ('Tarvo is home to …'; a country hosting one names no seat)
            hosts = [m for m in view.mentions if m.end <= view.start + match.start()]
            host = hosts[-1] if hosts else None
            bare = host is not None and re.fullmatch(r"\s*", view.text[host.end : view.start + match.start()])
            place = host if bare and host is not None and view.is_(host, "City") else None
        if place is not None and view.is_(place, "Place"):
            found.append((body, "headquarteredAt", place, match, "hosts its seat"))
    return found


def _salient(view: SentenceView, noun: str, at: int) -> Found | None:
    """What 'the agency' at ``at`` stands for, read from the text's salience (None outside the pipeline, or
    for a noun salience does not resolve)."""
    if view.salience is None or noun not in SALIENT_NOUNS - COMPANY_NOUNS:
        return None
    return view.salience.described(NOUN_CLASSES[noun], at)


def _body(view: SentenceView, mention: Found) -> bool:
    """An organization that is no person and no country."""
    return view.is_(mention, "Organization") and not view.is_(mention, "Person") and not view.is_(mention, "Country")


def _at(view: SentenceView, pos: int) -> Found | None:
    """The longest mention starting at ``pos``."""
    return max((m for m in view.mentions if m.start == pos), key=lambda m: m.end, default=None)


def _holders(view: SentenceView, opening: int, at: int) -> list[Found]:
    """Who holds the office stated by the verb at ``at`` (in the text): the
    person a relative clause opened by 'who' hangs on ('Jane Doe, who until
    last year ran …'), else the subject of the verb's clause (a pronoun
    resolved as the relation stage resolves it)."""
    who = WHO_BEFORE.search(view.text, max(view.start, opening - 80), opening)
    if who is not None:
        person = next((m for m in view.mentions if m.end == who.start()), None)
        return [person] if person is not None and view.is_(person, "Person") else []
    # (the clause's subject of any kind: 'Jane Doe maintained that India was a member of ESA' seats India, no one;
    # speakers23)
    subjects = view.clause_subject(at - view.start, "Agent")
    if subjects and not any(view.is_(m, "Person") for m in subjects):
        return []
    return [m for m in view.clause_subject(at - view.start, "Person") if view.is_(m, "Person")]


def _office_verbs(view: SentenceView, history: list[Found]) -> list[Role]:
    """'she headed the Example Committee', 'Jane Doe, who until last year ran
    NASA's astronaut office,' (the body whose unnamed office it is), 'he sat
    on the Example Council': the holder is affiliated with the body; 'who
    heads Example Spaceport' (a facility): she leads it. A country is no
    office ('ran France'), nor is a person."""
    found: list[Role] = []
    for match in scan(OFFICE_VERB, view.sentence):
        if match.group("noun"):
            # ('who sat on the commission': the commission named before, by its name's head word or its class;
            # 'who headed the agency': the salient agency, salience.py)
            obj = _salient(view, match.group("noun"), view.start + match.start("noun"))
            obj = obj or described(
                view.linker, view.text, [], match.group("noun"), history, view.start + match.start("noun")
            )
            obj = obj if obj is not None and obj.end <= view.start + match.start() else None
        else:
            obj = _at(view, view.start + match.end())
        if obj is None or view.is_(obj, "Person") or view.is_(obj, "Country"):
            continue
        verb = match.group("verb")
        if _body(view, obj):
            unit = UNNAMED_UNIT.match(view.text, obj.end, view.end)
            named_unit = re.match(r"['’]s\s+(?=[A-Z])", view.text[obj.end : obj.end + 4])
            if named_unit is not None and unit is None:
                continue  # "ran the Commission's Enforcement Bureau": the unit's office (if it is found, its own)
            relation = "affiliatedWith"
        elif view.is_(obj, "Facility") and not view.is_(obj, "Station") and not SEAT_VERB.fullmatch(verb):
            relation = "leads"
        else:
            continue
        cue = VERB_WORD.match(view.sentence, match.start("verb"))
        objects = [obj]
        conjunct = OFFICE_CONJUNCT.match(view.text, obj.end, view.end) if relation == "affiliatedWith" else None
        second = _at(view, conjunct.end()) if conjunct is not None else None
        if second is not None and _body(view, second) and CONJUNCT_END.match(view.text, second.end, view.end):
            # 'who heads both Example Command and the newly created Example Force': each body (roles19; not
            # 'heads Example Corp and NASA's office': another's unit; not a second verb's object, its own clause)
            objects.append(second)
        for holder in _holders(view, view.start + match.start(), view.start + match.start("verb")):
            for held in objects:
                if holder.entity != held.entity:
                    found.append((holder, relation, held, cue, "verb of office"))
    return found


def _seats_in_bodies(view: SentenceView) -> list[Role]:
    """'she has been a deputy of the Example Assembly for the Example party',
    'Jane Doe, a member of the Example Council,': the member is affiliated with
    the body, and with the party sat for."""
    found: list[Role] = []
    for match in SEAT_IN_BODY.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        cue = VERB_WORD.match(view.sentence, match.start("seat"))
        holders: list[Found]
        if view.sentence.startswith(",", match.start()):
            # ', a member of the Example Council,': the apposition's person, right before it
            person = next((m for m in view.mentions if m.end == view.start + match.start()), None)
            holders = [person] if person is not None and view.is_(person, "Person") else []
        else:
            holders = _holders(view, view.start + match.start(), view.start + match.start() + 1)
        party: Found | None = None
        sits_for = FOR_PARTY.match(view.text, body.end, view.end)
        if sits_for is not None:
            party = _at(view, sits_for.end())
            named = party is not None and _body(view, party)
            if party is not None and not (named and (PARTY_AFTER.match(view.text, party.end, view.end)
                                                     or "Party" in view.text[party.start : party.end])):  # fmt: skip
                party = None
        for holder in holders:
            found.append((holder, "affiliatedWith", body, cue, "seat in a body"))
            if party is not None:
                found.append((holder, "affiliatedWith", party, cue, "seat in a body for a party"))
    return found


def _companies_from(view: SentenceView) -> list[Role]:
    """'Example Corp, a start-up from Exampleton,', ', a maker based in
    Exampleton': the company's seat (a city, not a country; not a route,
    'from A to B')."""
    found: list[Role] = []
    for company in view.mentions:
        if not view.company(company):
            continue
        link = COMPANY_FROM.match(view.text, company.end, view.end)
        city = _at(view, link.end()) if link is not None else None
        if city is None or not CITY_END.match(view.text, city.end):
            continue
        if not view.is_(city, "City") and (
            not view.is_(city, "Place")
            or view.is_(city, "Country")
            or CONTINENT.fullmatch(view.text[city.start : city.end])
        ):
            continue  # ('a company from Colorado': a state or a region too, not a country nor a continent; bodies23)
        found.append((company, "headquarteredAt", city, None, "company from a city"))
    return found


def _companies_of(view: SentenceView) -> list[Role]:
    """'Example Cosmos of Exampleton followed': a company and its city (not a
    person's, 'a company of Jane Doe', nor a longer name, nor a public body)."""
    found: list[Role] = []
    for company in view.mentions:
        if not view.company(company):
            continue
        link = COMPANY_OF.match(view.text, company.end, view.end)
        city = _at(view, link.end()) if link is not None else None
        if city is None or not view.is_(city, "City") or not CITY_END.match(view.text, city.end):
            continue
        if re.search(
            r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}$",
            view.text[max(view.start, company.start - 30) : company.start],
        ):
            continue  # 'the Example Corp of Exampleton': a name's article, maybe one longer name
        found.append((company, "headquarteredAt", city, None, "company of a city"))
    return found


def _city_possessives(view: SentenceView) -> list[Role]:
    """'Houston's Example Machines', 'Bengaluru's Example Agency': a body named with its city's possessive sits
    there (a city, not a country or a capital standing for one; not a centre or site, which is no body)."""
    found: list[Role] = []
    for city in view.mentions:
        if not view.is_(city, "City") or view.is_(city, "Country") or view.is_(city, "Organization"):
            continue
        possessive = CITY_POSSESSIVE.match(view.text, city.end, view.end)
        body = _at(view, possessive.end()) if possessive is not None else None
        if body is None or not _body(view, body) or view.is_(body, "Facility") or view.is_(body, "Meeting"):
            continue
        if body.entity != city.entity:
            found.append((body, "headquarteredAt", city, None, "city's possessive body"))
    return found


def _described_seats(view: SentenceView, history: list[Found]) -> list[Role]:
    """'… merged A and B into a single agency with its headquarters in
    Exampleton': the seat is the described agency's, the body of that kind
    the text is about (named most often so far), not A's or B's; nothing
    when the text names no such body."""
    found: list[Role] = []
    for match in DESCRIBED_WITH_SEAT.finditer(view.sentence):
        city = _at(view, view.start + match.end())
        classes = NOUN_CLASSES.get(match.group("noun"))
        if city is None or not view.is_(city, "Place") or view.is_(city, "Country") or not classes:
            continue
        named = [m for m in view.mentions if view.start + match.start() <= m.start < view.start + match.end()]
        if named:
            continue  # ('an agency, ESA, with its headquarters in'): read as any owned seat
        owner = _most_named(view, history, classes[:1], view.start + match.start())
        if owner is not None and _body(view, owner):
            found.append((owner, "headquarteredAt", city, None, "seat of a described body"))
    return found


def _most_named(view: SentenceView, history: list[Found], classes: tuple[str, ...], before: int) -> Found | None:
    """The mention of the entity of ``classes`` named most often before ``before`` (the first named on a tie)."""
    counts: dict[str, list[int]] = {}
    first: dict[str, Found] = {}
    for mention in history:
        if mention.end > before or mention.rule == "anaphor" or not any(view.is_(mention, c) for c in classes):
            continue
        first.setdefault(mention.entity, mention)
        counts.setdefault(mention.entity, [0, -mention.start])[0] += 1
    best = max(counts, key=lambda e: (counts[e][0], counts[e][1]), default=None)
    return first[best] if best is not None else None


def _subsidiaries(view: SentenceView) -> list[Role]:
    """'Example Systems, an Example Corp subsidiary,', 'Example Systems, a
    wholly owned subsidiary of Example Corp': the company is part of its parent."""
    found: list[Role] = []
    companies = [m for m in view.mentions if _body(view, m)]
    for part in companies:
        of = SUBSIDIARY_OF.match(view.text, part.end, view.end)
        parent = _at(view, of.end()) if of is not None else None
        if of is None:
            parent = next((m for m in view.mentions if m.start > part.end), None)
            if parent is None or not SUBSIDIARY_BEFORE.fullmatch(view.text, part.end, parent.start):
                continue
            if not SUBSIDIARY_AFTER.match(view.text, parent.end, view.end):
                continue
        if parent is not None and _body(view, parent) and parent.entity != part.entity:
            found.append((part, "partOf", parent, None, "subsidiary"))
    return found


def _cooperation(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Canada has had a cooperation agreement with the agency since 1979',
    'X signed a framework cooperation agreement with ESA': partners; 'X, which
    is not a member, has …': X is no member of that body (a denial)."""
    found: list[Role] = []
    for match in COOPERATION_AGREEMENT.finditer(view.sentence):
        if match.group("noun"):
            at = view.start + match.start("object")
            other = described(view.linker, view.text, [], match.group("noun"), history, at)
        else:
            other = _at(view, view.start + match.end())
        if other is None or not (view.is_(other, "Organization") or view.is_(other, "Country")):
            continue
        cue = VERB_WORD.match(view.sentence, match.start())
        for subject in view.clause_subject(match.start(), "Agent"):
            if subject.entity == other.entity or view.is_(subject, "Person"):
                continue
            found.append((subject, "partnerOf", other, cue, "cooperation agreement"))
            denied = NOT_A_MEMBER.match(view.text, subject.end, view.end)
            if denied is not None and _body(view, other):
                # (the cue is 'member': the verb group before it, 'is not', says the denial)
                member = re.compile(r"member").search(view.sentence, denied.start() - view.start)
                found.append((subject, "memberOf", other, member, "not a member"))
    return found


def _nationals(view: SentenceView) -> list[Role]:
    """'Jane Doe (born 1950) is a Soviet cosmonaut and Russian politician', 'Jane Doe, a Russian diplomat,':
    a person is affiliated with each country a nationality names before a
    noun of state service (a politician, a diplomat, a cosmonaut); a
    profession is no service ('an American astronomer')."""
    found: list[Role] = []
    for person in view.mentions:
        pronoun = person.rule == "anaphor" and PERSONAL_PRONOUN.fullmatch(view.text, person.start, person.end)
        if not view.is_(person, "Person") or (person.rule == "anaphor" and not pronoun):
            continue
        copula = COPULA_NATIONAL.match(view.text, person.end, view.end)
        at = copula.end() if copula is not None else -1
        while at >= 0:
            country = _at(view, at)
            service = (
                STATE_SERVICE.match(view.text, country.end, view.end)
                or CIVIC_STANDING.match(view.text, country.end, view.end)
                if country is not None
                else None
            )
            if country is None or service is None or not view.is_(country, "Country"):
                break
            found.append((person, "affiliatedWith", country, None, "nationality and state service"))
            more = AND_NATIONAL.match(view.text, service.end(), view.end)
            at = more.end() if more is not None else -1
        if pronoun:
            continue  # ('She became an American citizen': a pronoun's copula only; people21)
        # 'a Czechoslovak air force pilot, Jane Doe,', 'The Cuban, Jane Doe, was …': the nationality before the name
        fronted = FRONTED_NATIONAL.search(view.text, max(view.start, person.start - 70), person.start)
        country = _at(view, fronted.start("country")) if fronted is not None else None
        if fronted is None or country is None or not view.is_(country, "Country"):
            continue
        if not CLAUSE_OPENING.search(view.text[view.start : fronted.start()]):
            continue
        if not view.linker.nationality(view.text[country.start : country.end]):
            continue  # ('the United States, Jane Doe': a list, not a nationality)
        if SPEECH_AFTER.match(view.text, person.end, view.end):
            continue  # ('The Kenyan, Jane Doe said, would fly': a parenthetical speaker)
        own = OWN_BODY.match(view.text, person.end, view.end)
        body = _at(view, own.end()) if own is not None else None
        if body is not None and _body(view, body):
            continue  # 'A Canadian astronaut, Jane Doe of the Example Agency': the body says whom she flies for
        if fronted.group("det").lower() == "the" and NATIONAL_COMMA.fullmatch(view.text, country.end, person.start):
            found.append((person, "affiliatedWith", country, None, "nationality in apposition"))  # 'The Cuban, X'
            continue
        service = STATE_SERVICE.match(view.text, country.end, view.end)
        if service is not None and NATIONAL_COMMA.fullmatch(view.text, service.end(), person.start):
            found.append((person, "affiliatedWith", country, None, "nationality in apposition"))
    return found


# 'Two of its crew were Saudis: A and B', 'A and B, both Kenyans,', 'A and B are both Americans': a plural demonym
# over the people listed after a colon or before it.
NATIONALS_BEFORE_LIST = re.compile(r"\b(?:are|were|both|all|two|three|four)\s+$")
LIST_OPENING = re.compile(r"\s*:\s+")
NATIONALS_AFTER_LIST = re.compile(r"(?:,\s+|\s+(?:are|were)\s+)(?:both|all)\s+$")
NATIONALS_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|who|by)\b")
LIST_ITEM_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")


def _listed_nationals(view: SentenceView) -> list[Role]:
    """'Two of its four crew members were Saudis: A, a doctor who …, and B, a
    pilot', 'A and B, both Kenyans, …', 'A and B are both Americans': each
    person listed is of the country the plural demonym names."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    for country in view.mentions:
        word = view.text[country.start : country.end]
        if not word.endswith("s") or not view.is_(country, "Country") or not view.linker.nationality(word):
            continue
        opening = LIST_OPENING.match(view.text, country.end, view.end)
        if opening is not None and NATIONALS_BEFORE_LIST.search(view.text, max(view.start, country.start - 8),
                                                                country.start):  # fmt: skip
            listed = [p for p in people if p.start == opening.end()]
            for person in people:
                if (
                    listed
                    and person.start > listed[-1].end
                    and LIST_ITEM_BEFORE.search(view.text, max(view.start, person.start - 8), person.start)
                ):
                    listed.append(person)
        else:
            before = NATIONALS_AFTER_LIST.search(view.text, max(view.start, country.start - 20), country.start)
            listed = view.group([p for p in people if before is not None and p.end <= before.start()], True)
            if before is None or len(listed) < 2 or max(m.end for m in listed) != before.start():
                continue
            if not NATIONALS_END.match(view.text, country.end, view.end):
                continue  # ('A and B, both Examplian citizens': read as a nationality before a noun)
        found += [(person, "affiliatedWith", country, None, "listed nationals") for person in listed]
    return found


# 'two Soviet cosmonauts: A, who commanded the flight, and B', 'the Russian cosmonauts A and B', 'two Indian air
# force pilots, A and B,': a nationality before a plural noun of state service, the people listed right after it
# (roles19; 'two American astronauts, A and B' stays a nationality with no office, as the older texts annotate it).
SERVICE_PLURAL = re.compile(
    r"\s+(?:(?:air\s+force|naval|military|army|fighter|test|senior|veteran|former)\s+)?(?:cosmonauts|diplomats|"
    r"officials|negotiators|politicians|officers|pilots|generals|senators|lawmakers|envoys|ambassadors|ministers)"
    r"(?P<gap>\s*[:,]\s+|\s+)"
)
# What opens such a phrase: a number or an article ('with two Soviet cosmonauts', 'the Russian cosmonauts').
SERVICE_PLURAL_OPENING = re.compile(
    r"(?:^|\b(?:the|The|two|Two|three|Three|four|Four|both|Both|fellow|its|their|his|her)\s+)$"
)
# 'A and B, both …': the list before such an apposition.
LISTED_BEFORE = re.compile(r",\s+(?:the\s+)?(?:both|all|two|three|four|five|six|seven)\s+$")
APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")
# ', who commanded the flight, and ', ', ', ' and ': between two people of such a list.
NATIONAL_LIST_GAP = re.compile(r"(?:\s*,\s+(?:who|whom)\s+[^,;:()“”\"]{1,80}?)?(?:\s*,\s+(?:and\s+)?|\s+and\s+)")


def _nationals_listed_after(view: SentenceView) -> list[Role]:
    """'… with two Soviet cosmonauts: A, who commanded the flight, and B',
    'Russian cosmonauts A and B flew with her': each person listed right
    after a nationality and a plural noun of state service is of the country
    (not 'two Russian journalists: A and B', a profession; nor a person of a
    body of her own: 'A of the Example Agency')."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    for country in view.mentions:
        if not view.is_(country, "Country") or not view.linker.nationality(view.text[country.start : country.end]):
            continue
        noun = SERVICE_PLURAL.match(view.text, country.end, view.end)
        after = LISTED_BEFORE.search(view.text, max(view.start, country.start - 20), country.start)
        if noun is not None and after is not None:
            # 'A and B, both Russian cosmonauts, flew': the people listed before the apposition
            listed = view.group([p for p in people if p.end <= after.start()], True)
            if (
                len(listed) >= 2
                and max(m.end for m in listed) == after.start()
                and APPOSITION_CLOSES.match(view.text, noun.start("gap"), view.end)
            ):
                found += [(p, "affiliatedWith", country, None, "nationals listed before their post") for p in listed]
            continue
        if noun is None or not SERVICE_PLURAL_OPENING.search(
            view.text, max(view.start, country.start - 8), country.start
        ):
            continue
        listed = [p for p in people if p.start == noun.end()]
        for person in people:
            if listed and person.start > listed[-1].end:
                if any(listed[-1].end <= m.start < person.start for m in view.mentions):
                    break
                if not NATIONAL_LIST_GAP.fullmatch(view.text, listed[-1].end, person.start):
                    break
                listed.append(person)
        if noun.group("gap").strip() == "" and len(listed) < 2:
            continue  # ('the Russian cosmonaut A': one name is read by the title rules)
        for person in listed:
            own = OWN_BODY.match(view.text, person.end, view.end)
            body = _at(view, own.end()) if own is not None else None
            if body is None or not _body(view, body):
                found.append((person, "affiliatedWith", country, None, "nationals listed after their post"))
    return found


def _its_centres(view: SentenceView, history: list[Found]) -> list[Role]:
    """'NASA was building its new Example Spacecraft Center in the city': a
    centre, laboratory or institute named after 'its' is part of the
    organization 'its' stands for (the clause's subject, else the nearest
    organization before it)."""
    found: list[Role] = []
    for centre in view.mentions:
        if not (view.is_(centre, "Organization") or view.is_(centre, "Facility")) or view.is_(centre, "Country"):
            continue
        if not CENTRE_NAME.search(view.text, centre.start, centre.end) or view.is_(centre, "Station"):
            continue
        its = ITS_CENTRE.search(view.text, max(view.start, centre.start - 20), centre.start)
        if its is None:
            continue
        owners = [m for m in view.clause_subject(its.start() - view.start, "Organization") if _body(view, m)]
        if not owners:
            nearest = antecedent(view.linker, ("Organization",), history, its.start())
            owners = [nearest] if nearest is not None and _body(view, nearest) else []
        for owner in owners[:1]:
            if owner.entity != centre.entity:
                found.append((centre, "partOf", owner, None, "its centre"))
    return found


def _held_by(view: SentenceView, history: list[Found]) -> list[Role]:
    """'The Example Board, chaired by the retired admiral Jane Doe,', 'The
    board, headed by Jane Doe,' (the board named before by its kind), 'a
    subcommittee which is chaired by Jane Doe': the person holds an office
    of the body (a facility she leads)."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person") or person.rule == "anaphor":
            continue
        held = HELD_BY.search(view.text, max(view.start, person.start - 90), person.start)
        if held is None:
            continue
        body = next((m for m in view.mentions if m.end <= held.start() and m.end >= held.start() - 1
                     and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?", view.text[m.end : held.start()])), None)  # fmt: skip
        if body is None:
            kind = DESCRIBED_BODY.search(view.text, max(view.start, held.start() - 30), held.start())
            at = kind.start() if kind is not None else 0
            body = described(view.linker, view.text, [], kind.group("noun"), history, at) if kind else None
        if body is None or view.is_(body, "Person") or view.is_(body, "Country"):
            continue
        noun = NOUN_OF_BEFORE.search(view.text, max(view.start, body.start - 60), body.start)
        if noun is not None:
            # 'a select committee of the House chaired by X': the committee's chair; when that committee is an
            # apposition to a name ('the Example Committee, a select committee of the Senate chaired by X'), the
            # named one's (people22)
            named = next((m for m in view.mentions if m.end <= noun.start()
                          and APPOSED_GAP.fullmatch(view.text, m.end, noun.start())), None)  # fmt: skip
            if named is None or not _body(view, named) or named.entity == body.entity:
                continue
            body = named
        cue = VERB_WORD.match(view.sentence, held.start("verb") - view.start)
        if _body(view, body):
            found.append((person, "affiliatedWith", body, cue, "office held by"))
        elif view.is_(body, "Facility") and not view.is_(body, "Station"):
            found.append((person, "leads", body, cue, "office held by"))
    return found


def _roles_at_centres(view: SentenceView) -> list[Role]:
    """'Jane Doe, the director of its Example Research Center', ', deputy
    head at the Example Laboratory': the person holds an office of the centre,
    an institution even where it is typed a facility (a launch pad or a
    cosmodrome is none: its name has no centre's head word)."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    for centre in view.mentions if people else ():
        if not view.is_(centre, "Facility") or view.is_(centre, "Station"):
            continue
        if not CENTRE_NAME.search(view.text, centre.start, centre.end):
            continue
        role = ROLE_AT_CENTRE.search(view.text, max(view.start, centre.start - 80), centre.start)
        person = next((m for m in people if role is not None and m.end == role.start()), None)
        if person is not None:
            found.append((person, "affiliatedWith", centre, None, "role at a centre"))
    return found


def _roles_in_bodies(view: SentenceView) -> list[Role]:
    """'She has a seat on the Example Council', 'He no longer has any role at
    Example Corp', 'holds no post in': the holder (the clause's subject) is
    affiliated with the body, or denied to be."""
    found: list[Role] = []
    for match in ROLE_IN_BODY.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        cue = VERB_WORD.match(view.sentence, match.start("noun"))
        for holder in _holders(view, view.start + match.start(), view.start + match.start()):
            found.append((holder, "affiliatedWith", body, cue, "role in a body"))
    return found


def _body_titles(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Commissioner Jane Doe', 'Jane Doe, the former commissioner who …',
    'Jane Doe, the Commissioner for Space': a title named after a body is held
    in the body of that head word the text named before (the Example
    Commission); nothing when it names none."""
    found: list[Role] = []
    for person in view.mentions:
        if not view.is_(person, "Person") or person.rule == "anaphor":
            continue
        title = TITLE_BEFORE.search(view.text, max(view.start, person.start - 30), person.start)
        title = title or TITLE_AFTER.match(view.text, person.end, view.end)
        if title is None:
            continue
        at = min(person.start, title.start())
        if title.group("title").startswith("Chair"):
            if OF_AFTER.match(view.text, person.end):
                continue  # 'Chairman Jane Doe of Example Corp': the body is named after the person
            bodies = [described(view.linker, view.text, [], noun, history, at) for noun in CHAIRED_BODIES]
            named = [(b, n) for b, n in zip(bodies, CHAIRED_BODIES, strict=True) if b is not None]
            body, noun = max(named, key=lambda p: p[0].start) if named else (None, "")
        else:
            noun = BODY_TITLE[title.group("title").lower()]
            body = described(view.linker, view.text, [], noun, history, at)
        if body is None or not _body(view, body) or noun not in view.text[body.start : body.end].lower():
            continue  # (only a body whose name holds the noun: 'the Example Commission', not any organization)
        found.append((person, "affiliatedWith", body, None, "title of a body"))
    return found


def _seats_of_bodies(view: SentenceView) -> list[Role]:
    """'The headquarters of the Example Agency are in Exampleton', 'the seat of the agency is now in
    Exampleton': the body's seat is the city after the copula (a city or place, not a country)."""
    found: list[Role] = []
    for match in SEAT_OF.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        located = SEAT_IS_IN.match(view.text, body.end, view.end) if body is not None else None
        city = _at(view, located.end()) if located is not None else None
        if body is None or located is None or city is None or not _body(view, body) or view.is_(body, "Meeting"):
            continue
        cue = VERB_WORD.match(view.sentence, located.start("in") - view.start)
        if view.is_(city, "Place") and not view.is_(city, "Country") and not view.is_(city, "Organization"):
            found.append((body, "headquarteredAt", city, cue, "seat of"))
    return found


def _chosen_seats(view: SentenceView) -> list[Role]:
    """'The government chose Exampleton as the seat of the new Example Agency', 'Exampleton was selected as
    the home of the agency': the body named after the noun has its seat in the city chosen (a city or place,
    not a country; 'the seat of government' names no body)."""
    found: list[Role] = []
    for match in SEAT_CHOSEN.finditer(view.sentence):
        city = _at(view, view.start + match.end())
        seat = SEAT_AS.match(view.text, city.end, view.end) if city is not None else None
        body = _at(view, seat.end()) if seat is not None else None
        if city is not None and body is not None:
            found += _seat_chosen(view, body, city, VERB_WORD.match(view.sentence, match.start("verb")))
    for city in view.mentions:
        passive = SEAT_CHOSEN_PASSIVE.match(view.text, city.end, view.end)
        seat = SEAT_AS.match(view.text, passive.end(), view.end) if passive is not None else None
        body = _at(view, seat.end()) if seat is not None else None
        if passive is not None and body is not None:
            found += _seat_chosen(view, body, city, VERB_WORD.match(view.sentence, passive.start("verb") - view.start))
    return found


def _seat_chosen(view: SentenceView, body: Found, city: Found, cue: re.Match[str] | None) -> list[Role]:
    if not view.is_(city, "Place") or view.is_(city, "Country") or view.is_(city, "Organization"):
        return []
    if not _body(view, body) or view.is_(body, "Meeting") or view.is_(body, "Event"):
        return []  # ('chose Exampleton as the host of the Example Summit': a meeting has no seat)
    return [(body, "headquarteredAt", city, cue, "seat chosen")]


def _moved_seats(view: SentenceView) -> list[Role]:
    """'Example Corp moved its headquarters to Exampleton in 2020', 'will
    relocate its seat from A to B': the organization's seat is the city it
    moved to (a city or place, not a country; 'will move' planned)."""
    found: list[Role] = []
    for match in SEAT_MOVED.finditer(view.sentence):
        city = _at(view, view.start + match.end())
        if city is None or not view.is_(city, "Place") or view.is_(city, "Country"):
            continue
        cue = VERB_WORD.match(view.sentence, match.start("verb"))
        for owner in view.clause_subject(match.start(), "Organization")[:1]:
            if _body(view, owner):
                found.append((owner, "headquarteredAt", city, cue, "seat moved"))
    return found


def _works_at(view: SentenceView) -> list[Role]:
    """'Jane Doe, who taught at the University of Exampleton when she wrote
    it,', 'she has worked at Example Corp since 2010', 'he works for the
    Example Agency': the worker (a 'who' clause's person, else the clause's
    subject) is affiliated with the body (not a country, nor a place)."""
    found: list[Role] = []
    for match in WORKS_AT.finditer(view.sentence):
        body = _at(view, view.start + match.end())
        if body is None or not _body(view, body):
            continue
        unit = next(
            (m for m in view.mentions if m.start > body.end and POSSESSED_GAP.fullmatch(view.text, body.end, m.start)),
            None,
        )
        if unit is not None and (_body(view, unit) or view.is_(unit, "Facility")) and not view.is_(unit, "Program"):
            body = unit  # ("worked at NASA's Example Research Center": the centre; people21)
        cue = VERB_WORD.match(view.sentence, match.start("verb"))
        for holder in _holders(view, view.start + match.start(), view.start + match.start("verb")):
            if holder.entity != body.entity:
                found.append((holder, "affiliatedWith", body, cue, "works at a body"))
    return found


def _chosen_as(view: SentenceView) -> list[Role]:
    """'ESA chose her as an astronaut in 2009', 'when the Example Agency
    selected Jane Doe to become an astronaut', 'Jane Doe was picked as an
    astronaut by the Example Agency': the one chosen joins the agency's corps
    (she is affiliated with it); 'her' is the person salience finds."""
    found: list[Role] = []
    salience = view.salience
    for match in CHOSEN_AS.finditer(view.sentence):
        at = view.start + match.start("whom")
        chooser = [m for m in view.clause_subject(match.start(), "Organization") if _body(view, m)]
        if not chooser:
            before = [m for m in view.mentions if m.end <= view.start + match.start() and _body(view, m)]
            near = before[-1] if before else None
            chooser = (
                [near]
                if near is not None
                and re.fullmatch(
                    r"\s+(?:(?:also|then|later|first|finally|eventually)\s+)?",
                    view.text[near.end : view.start + match.start()],
                )
                else []
            )
        person: Found | None = None
        if match.group("whom"):
            end = at + len(match.group("whom"))
            if salience is not None:
                exclude = frozenset(m.entity for m in chooser)
                person = salience.referent("she" if match.group("whom") == "her" else "he", at, opening=False,
                                           exclude=exclude)  # fmt: skip
        else:
            person = _at(view, at)
            end = person.end if person is not None else at
        if person is None or not view.is_(person, "Person") or not CHOSEN_AS_AFTER.match(view.text, end, view.end):
            continue
        cue = VERB_WORD.match(view.sentence, match.start("verb"))
        for chooser_body in chooser[:1]:
            found.append((person, "affiliatedWith", chooser_body, cue, "chosen as an astronaut"))
    for chosen in view.mentions if "by " in view.sentence else ():
        passive = CHOSEN_PASSIVE.match(view.text, chosen.end, view.end) if view.is_(chosen, "Person") else None
        by = _at(view, passive.end()) if passive is not None else None
        if by is not None and _body(view, by):
            found.append((chosen, "affiliatedWith", by, None, "chosen as an astronaut"))
    return found


def _replaced(view: SentenceView) -> list[Role]:
    """'Jane Doe, who had just replaced John Roe at the head of the Example
    Agency,', 'she succeeded John Roe as director of X', 'took over from John
    Roe as Example Agency chief': both held an office of the body."""
    found: list[Role] = []
    for match in REPLACED_AT_HEAD.finditer(view.sentence):
        former = _at(view, view.start + match.end())
        if former is None or not view.is_(former, "Person"):
            continue
        head = AT_HEAD_OF.match(view.text, former.end, view.end)
        body = _at(view, head.end()) if head is not None else None
        if body is None or not _body(view, body):
            continue
        cue = VERB_WORD.match(view.sentence, match.start("verb"))
        successors = _holders(view, view.start + match.start(), view.start + match.start("verb"))
        for holder in [*successors, former]:
            if holder.entity != body.entity and (holder is former or holder.entity != former.entity):
                found.append(
                    (holder, "affiliatedWith", body, None if holder is former else cue, "replaced at the head")
                )
    return found


def _fellow_officers(view: SentenceView, found: list[Role]) -> list[Role]:
    """'The group is chaired by Jane Doe of Poland, with John Roe of Kenya as
    vice-chair': the second officer holds an office of the body the first
    one's office is in."""
    more: list[Role] = []
    people = {m.start: m for m in view.mentions if view.is_(m, "Person")}
    for holder, relation, body, cue, _ in found:
        if relation != "affiliatedWith" or not _body(view, body) or not view.is_(holder, "Person"):
            continue
        link = WITH_OFFICER.match(view.text, holder.end, view.end)
        other = people.get(link.end()) if link is not None else None
        if other is None or other.entity == holder.entity or not AS_OFFICER.match(view.text, other.end, view.end):
            continue
        more.append((other, "affiliatedWith", body, cue, "fellow officer"))
    return more


def _sub_bodies_set_up(view: SentenceView) -> list[Role]:
    """'The Legal Subcommittee agreed to establish a Working Group on X', 'the
    council set up a Task Force on Y': the working group, subcommittee, panel
    or task force an organ sets up is part of it (not one a country or a
    person sets up: 'Norway and Chile formed a Working Group' makes them
    members, read elsewhere)."""
    found: list[Role] = []
    for match in SETS_UP_BODY.finditer(view.sentence):
        made = _at(view, view.start + match.end())
        if made is None or not _body(view, made) or not SUB_BODY.match(view.text[made.start : made.end]):
            continue
        for parent in view.clause_subject(match.start(), "Organization")[:1]:
            # ('the Legal Subcommittee (LSC) of the Committee …': the head of the subject, not its complement)
            named_at = [m.start for m in view.mentions if m.entity == parent.entity and m.start <= parent.start]
            head = next((m for m in view.mentions if m.entity != parent.entity and any(
                m.end < at and OF_COMPLEMENT.fullmatch(view.text, m.end, at) for at in named_at)), None)  # fmt: skip
            parent = head if head is not None and _body(view, head) else parent
            if _body(view, parent) and parent.entity != made.entity:
                found.append((made, "partOf", parent, None, "sub-body set up"))
    return found
