"""Who was aboard: the people a sentence puts on a flight, a craft or a
station, in the shapes the verb rules of :mod:`~spacekg.extract.relations`
and :mod:`~spacekg.extract.roles` leave (crews17).

- a crew that boards, docks with or reaches a craft or station, its members
  named as a joint subject or in apposition to 'the crew' ('the first crew,
  the astronaut A and the cosmonauts B and C, boarded the station');
- a stay in orbit aboard a craft ('A and B spent two weeks in orbit aboard
  Example-7');
- the companions named after 'with' or 'alongside' a traveller ('flew
  Example-8 to the Moon with A and B', 'alongside six crew members, among
  them A'), on the craft the traveller's own clause names or, when it names
  none, on the flight named in the sentence before;
- 'flew to the Example Station on the Example-1 mission': the station
  reached as well as the mission flown;
- 'took part in Operation Example': a named operation or event taken part in.

Every fact goes through the caller's ``fact`` with its cue, so a negation or
a plan before the verb ('did not board', 'will fly to') is read as for any
verb.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import launcher
from spacekg.extract.coreference import antecedent
from spacekg.extract.literals import lead
from spacekg.extract.sentence_view import SentenceView

Fact = Callable[..., None]

# The verbs of going aboard or staying aboard, with the preposition before the craft or station.
ABOARD = re.compile(
    # ('the first woman to visit Mir', 'left the Example 2 capsule': being on the station or craft; crews19)
    # ('was joined aboard Example-12 by A and B'; 'the first woman to reach Mir', a station only; crews19)
    r"\b(?:(?:was|were)\s+joined\s+(?:aboard|on|in)|reach(?:ed|es)?(?=\s+(?:the\s+)?[A-Z])|visit(?:ed|s)?|(?:left|leaves|exited|exits)(?=\s+(?:the\s+)?[A-Z][^,;.]{0,30}?\s+(?:capsule|spacecraft|"
    r"station|orbiter|airlock)\b)|(?:stepped|climbed)\s+out\s+of|"
    r"board(?:ed|s)?|docked\s+(?:with|at)|dock(?:s)?\s+(?:with|at)|arrived\s+(?:at|on|aboard)|"
    r"arrives?\s+(?:at|on|aboard)|moved\s+(?:into|aboard)|(?:went|gone|goes|go)\s+up\s+(?:in|on|aboard)|"
    r"(?:flew|flown|flies|fly|travell?ed|travels|returned|returns|went|came|launched|rocketed)\s+(?:back\s+)?(?:up\s+)?to|"
    # ('returned from Mir aboard X': back from a station, so on it; a station only; people20)
    r"(?:returned|returns|(?:came|comes|flew|flies)\s+back|departed|departs)\s+from(?=\s+(?:the\s+)?[A-Z])|"
    # ('splashed down aboard Example Endeavour', 'rode Example-22 to orbit': the craft as the verb's object)
    r"(?:splashed|splashes|touched|touches)\s+down\s+(?:aboard|in)|(?:rode|ride|rides|ridden)|"
    r"(?:spent|spends|spend|lived|stayed|worked)\s+(?:(?:almost|nearly|about|more\s+than|over|some)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?|nights?|hours?)\s+(?:(?:in\s+)?(?:orbit|space)\s+)?"
    r"(?:aboard|on\s+board|on|in)|"
    # ('lived on Mir'; not 'worked on Example-95', work on a programme)
    r"(?:lived|lives|stayed|stays|worked|works)\s+(?:in\s+orbit\s+)?(?:aboard|on\s+board)|(?:lived|lives|stayed|stays)\s+on|"
    # ('A and B were aboard Example-28': being aboard; crews18)
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:already|still|also|both|all)\s+)?"
    r"(?:aboard|on\s+board))"
    r"\s+(?:the\s+)?"
    # ('aboard the shuttle Example', 'the spacecraft Example-1': a craft noun before the name)
    r"(?:(?:space\s+)?(?:shuttle|orbiter|spacecraft|capsule|ship)\s+)?"
)
ABOARD = lead(ABOARD)  # the same matches, found faster (literals.lead)
# What a crew member is called in the apposition ('the American astronaut A and the cosmonauts B and C').
CREW_NOUN = r"(?:astronauts?|cosmonauts?|taikonauts?|pilots?|commanders?|engineers?|specialists?|crew\s*members?)"
# 'the first crew, …,', 'Its crew: …', 'the crew of three, …': the noun a crew list is apposed to.
CREW_HEAD = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(?:(?:first|second|third|next|last|new|original|whole|entire|international|"
    r"three-person|two-person|\w+-member)\s+)*crew(?:\s+of\s+(?:two|three|four|five|six|seven))?\s*(?:,|:|—|–)\s*"
)
# The words allowed between the people of an apposed crew list.
CREW_GAP = re.compile(
    rf"\s*(?:,\s*|\s+)?(?:and\s+)?(?:(?:the|a|an|two|three|four|five|six|fellow)\s+)?"
    rf"(?:[A-Z][a-z]+(?:-born)?\s+)?(?:[a-z-]+\s+)?(?:{CREW_NOUN}\s+)?"
)
APPOSED_CLOSE = re.compile(
    r"\s*,?\s*(?:(?:had|have|has|then|later|finally|first|all|will|would|shall|could|may|might|must|now|also|both|"
    r"still|soon)\s+)*"
)
CREW_OPENING = re.compile(
    rf"(?:(?:the|a|an|two|three|four|five|six|fellow)\s+)?(?:[A-Z][a-z]+(?:-born)?\s+)?(?:[a-z-]+\s+)?(?:{CREW_NOUN}\s+)?"
)
# 'the Example Station press centre', 'a Mir replica': the name qualifies a noun after it, no craft boarded.
MODIFIED_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:press|launch|site|sites|cent(?:re|er)|office|headquarters|conference|exhibit(?:ion)?|museum|"
    r"model|replica|mock-?up|simulator|trainer|facility|building|hall|pavilion|booth|stand)\b"
)
JOINED_BY = re.compile(
    r"(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s+by\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:cosmonauts?\s+|astronauts?\s+)?"
)
# 'in 2019', 'on 3 May', 'in June 2012': a time between the craft and the companions.
TIME_GAP = re.compile(
    r"(?:\s+(?:in|on|during)\s+(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}|"
    r"\s+on\s+\d{1,2}\s+[A-Z][a-z]+|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+in\s+[A-Z][a-z]+(?=\s*,?\s+(?:with|alongside)\b))*"
)
# 'Example-8 was flown by A, B and C', 'was crewed by A and B': the crew of a craft in the passive.
CREWED_BY = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:crewed|flown|piloted)\s+by\s+(?:the\s+)?")
# Between two people of a list: ', ', ' and ', ', and the ', ' and the Examplian cosmonaut ' (crews18).
LIST_GAP = re.compile(
    rf"\s*(?:,\s*|\s+)(?:and\s+)?(?:(?:the|fellow|his|her)\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?{CREW_NOUN}\s+)?"
)
# ', who commanded the flight, ', ', a former test pilot, ': an aside between two people of a list, closed by a
# comma before 'and' (crews19).
LIST_ASIDE = re.compile(r",\s+(?:who|whom|whose|then|now|a|an|the|his|her|its)\s[^,;:()]{1,80}?,(?=\s+and\s)")
ASIDE_GAP = re.compile(rf"\s+and\s+(?:(?:the|fellow|his|her)\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+)?{CREW_NOUN}\s+)?")
# ' stayed', ' was', ' had': a finite verb after the last name of a list, whose subject that name is.
NEW_CLAUSE = re.compile(
    r"\s+(?:(?:also|then|later|still|had|has|have|was|were|is|are)\s+)?(?:[a-z]+ed|was|were|had|has|is|are|"
    r"stays|remains|went|flew|came|took|became|did|does|will|would)\b"
)
# "NASA's", ' cosmonaut', ' flight engineer': what may follow a body that qualifies the next person of a list.
QUALIFIER_AFTER = re.compile(rf"['’]s\s|\s+(?:[a-z-]+\s+)?{CREW_NOUN}\s")
QUALIFIED_GAP = re.compile(rf"['’]s\s+|\s+(?:[a-z-]+\s+)?{CREW_NOUN}\s+")
FLIGHT_NOUN = re.compile(r"\s+(?:mission|flight|expedition|spacecraft|capsule|space\s+station|station)\b")
# 'Example-28 lifted off with', 'docked in March with': a craft's departure or arrival with people on board.
LIFTED_OFF_WITH = re.compile(
    r"\b(?:(?:lifted|lifts|blasted|blasts|took|takes)\s+off|launched|launches|returned|returns|landed|lands|"
    r"splashed\s+down|splashes\s+down)\b"
)
ROCKET_NOUN = re.compile(r"\s+(?:rocket|launcher|booster|launch\s+vehicle)\b")
OF_MAKER = re.compile(r"(?:\s+(?:rocket|launcher|booster))?\s+(?:of|from|built\s+by|operated\s+by)\s+(?:the\s+)?")
# ', with A and B', 'alongside six crew members, among them A': who went with the traveller.
WITH_COMPANIONS = re.compile(
    r"\s*,?\s*\b(?:with|alongside|together\s+with)\s+"
    r"(?:(?:(?:(?:his|her|their|the|two|three|four|five|six|seven|fellow|other)\s+)*(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?"
    rf"(?:{CREW_NOUN}|crewmates?|colleagues?)|"
    # ('with a crew of two: A and B'; crews19)
    r"(?:a|her|his|their)\s+crew\s+of\s+(?:two|three|four|five|six|seven))"
    # ('with two cosmonauts: A, who commanded the flight, and B': a colon or a dash before the list; crews19)
    r"\s*(?:,|:|—|–)?\s*(?:(?:among\s+them|including|namely)\s+)?)?"
)
# 'he flew as a payload specialist alongside …': a flight whose craft the sentence does not name.
# (a crew role of a spaceflight, not 'as a fighter pilot'; or, right before 'with', no role: the companions' own
# noun must then say they are a crew)
FLEW_UNNAMED = re.compile(
    r"\b(?:flew|flies|fly|flown)\s+(?:(?P<role>as\s+(?:a|an|the)\s+(?:payload|mission)\s+specialist|as\s+(?:a|an|the)\s+"
    r"flight\s+engineer|as\s+(?:a|an|the)\s+crew\s*member|as\s+(?:a|an|the)\s+(?:spaceflight\s+participant|space\s+tourist))"
    r"\s*|(?=with\b|alongside\b))"
)
# Between a flown craft and 'with': phrases of place and time only ('Example-8 to the Moon with', 'in 1968
# together with'), no other verb ('commanded Example-8, met with' is another clause).
FLOWN_TO_WITH = re.compile(
    r"(?:\s*,?\s+(?:to|into|in|on|for|from|around|during|aboard|at)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:\d{1,2}\s+)?[\w-]+(?:\s+\d{4})?)*\s*,?\s*(?:together\s*)?"
)
CREW_WORD = re.compile(rf"\b(?:{CREW_NOUN}|crewmates?)\b")
# "Example-22's three cosmonauts, A, B and C,", "Example-22's crew, A and B": a craft's crew in apposition.
POSSESSED_CREW = re.compile(
    r"['’]s\s+(?:(?:two|three|four|five|six|seven)\s+)?(?:[a-z-]+\s+)?"
    r"(?:crew|astronauts|cosmonauts|taikonauts|crew\s*members)\s*(?:,|:|—|–)\s*(?:the\s+)?"
)
CRAFT_NOUN_BEFORE = re.compile(r"\s+(?:spacecraft|capsule|craft|ship|orbiter|mission|flight)$")
# 'Example-22 lifted off with A and B aboard': the people aboard the craft the clause is about.
WITH_ABOARD = re.compile(r"\bwith\s+")
WITH_ABOARD_GAP = re.compile(
    r"(?:(?:two|three|four|five|six|seven)\s+)?(?:[a-z-]+\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:(?:astronauts|cosmonauts|taikonauts|crew\s*members)\s*,?\s*)?"
)
ABOARD_AFTER = re.compile(r"\s+(?:aboard|on\s+board|inside)\b(?!\s+(?:the\s+)?[A-Z])")
# 'will fly', 'is scheduled to launch': a sentence about what is still to come (as relations.NOT_YET_DONE).
NOT_YET_DONE = re.compile(
    r"\b(?:will|would|shall|could|may|might|(?:is|are)\s+to|plans?|planned|scheduled|expected|set\s+to|due\s+to|if|unless)\b"
)
# 'A, B and C made up the crew of Example-8', 'formed the crew of', 'A piloted Example-8', 'crewed X'.
MADE_UP_CREW = re.compile(
    r"\b(?:made\s+up|make\s+up|makes\s+up|formed|form|forms|completed|completes|rounded\s+out|rounds\s+out)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?crew\s+of\s+(?:the\s+)?|\b(?:piloted|pilots|crewed)\s+(?:the\s+)?"
)
# 'Her crewmates on Example-8 were A and B', "Jane Doe's crewmates aboard X included A and B".
CREWMATES = re.compile(
    r"(?P<owner>\b[Hh]is|\b[Hh]er|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?:fellow\s+)?"
    r"(?:crewmates|crew\s*mates|crew\s+members|companions)\s+(?:on|aboard)\s+(?:the\s+)?"
)
CREWMATES_VERB = re.compile(
    r"\s+(?:were|included|include|are|was)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:astronauts?|cosmonauts?)\s+)?"
)
# 'took part in Operation Example': a named operation or event.
TOOK_PART = re.compile(
    r"\b(?:took|takes|take|taking|taken)\s+part\s+in\s+(?:the\s+)?|\bparticipated\s+in\s+(?:the\s+)?"
)
# Going up and coming back: the verbs of a trip whose craft follows ('came back to Earth with A and B aboard
# Example-11', 'landed in Examplia aboard Example-11, together with A'; crews19).
TRIP = re.compile(
    r"\b(?:(?:lifted|lifts|blasted|blasts|took|takes)\s+off|launched|flew|flies|returned|returns|(?:came|comes)\s+"
    r"(?:back|home|down)|landed|lands|(?:splashed|splashes|touched|touches)\s+down|went\s+up|travell?ed|rode)\b"
)
TRIP = lead(TRIP)  # the same matches, found faster (literals.lead)
# Place and time between the verb, the companions and the craft: ' to Earth', ' from Example City', ' in
# Examplia', ' on 26 May', ' in 1991', ' eight days later'.
TRIP_GAP = re.compile(
    r"(?:\s*,?\s+(?:(?:back\s+|safely\s+)?(?:to|from|in|into|near|at)\s+(?:the\s+)?(?:(?:\d{1,2}\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?(?:\s+\d{4})?|\d{4}|Earth|orbit|space|the\s+ground)|on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"back|home|safely|again|later|(?:\w+\s+)?(?:days|weeks|months)\s+later))*"
)
# The craft of the trip: 'aboard Example-11', 'in the Example-11 capsule', 'on Example-11'.
TRIP_CRAFT = re.compile(
    r"\s*,?\s+(?:aboard|on\s+board|inside|in|on)\s+(?:the\s+)?(?:(?:space\s+)?(?:shuttle|orbiter|spacecraft|capsule|"
    r"ship)\s+)?"
)
# 'with the Russian commander Jane Doe and …', 'with mission commander Jane Doe': the companion named as the commander
# of the craft of the trip leads it rather than riding along (people22; not the rank 'Commander Jane Doe' of a navy).
COMMANDER_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:the|its|their|a|an)\s+)?(?:(?:[A-Z][a-z]+|mission|flight|crew|veteran|experienced)\s+)?"
    r"(?:commander|captain)\s+$"
)
# 'Jane Doe, with John Roe, lifted off': companions set off by commas between the subject and the verb.
WITH_BEFORE = re.compile(r"\b(?:together\s+with|with|alongside)\s+")
# 'was chosen from 13,000 applicants for Project Example', 'was then selected to train for the Example
# programme', 'was assigned to Example-12': a person picked for a flight or programme takes part in it (not
# 'trained for' alone, nor 'chosen to lead the review of'; crews19).
CHOSEN_FOR = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:(?:then|later|also|first|eventually|finally|soon)\s+)?"
    r"(?:chosen|selected|picked|assigned|named)(?P<gap>(?:\s+(?:from|among|out\s+of|by|in|on)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?)?)\s+"
    r"(?:(?:to\s+(?:train|fly)\s+(?:for|on|aboard)|for|to)\s+(?:the\s+)?)"
)
CHOSEN_FOR = lead(CHOSEN_FOR)  # the same matches, found faster (literals.lead)
# 'Example Corp picked Jane Doe for Project Example', 'NASA picked A and B in 2014 under its Example Programme':
# the ones picked take part in the programme (crews19).
PICKED_FOR = re.compile(r"\b(?:chose|picked|selected|assigned)\s+")
PICKED_TAIL = re.compile(
    r"(?:\s+(?:from|among|out\s+of|in|on)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?)?\s+(?:for|under|to)\s+(?:the\s+|its\s+|their\s+)?"
)
# 'commanded Example 19 on the Example Test Project': a craft flown on a project is part of it (crews19).
FLEW_CRAFT = re.compile(r"\b(?:commanded|commands|flew|flies|piloted|pilots)\s+(?:the\s+)?")
ON_PROJECT = re.compile(r"\s+(?:on|as\s+part\s+of|during|for)\s+(?:the\s+)?")
PROJECT_NAME = re.compile(r"(?:[Pp]roject|[Pp]rogram(?:me)?)$")
# 'Its crew, A and B,', "The station's crew: A and B", "The flight's three astronauts (A, B and C)": the crew of the
# flight (or station) in focus named in apposition at a clause's opening (people20).
FOCUS_CREW = re.compile(
    # ('The crew — A, B and C — will stay': the crew of the flight in focus; people21)
    r"(?:^|[;:]\s+|\b(?:and|but|while)\s+)(?:[Ii]ts|[Tt]he(?=\s+(?:[\w-]+\s+){0,2}?crew\b)|[Tt]he\s+(?P<noun>flight|mission|"
    r"capsule|spacecraft|craft|ship|"
    # ('two of her crewmates, A of NASA and B of NASDA,': a person's crewmates, on her flight; people21)
    r"station|laboratory|outpost|expedition)['’]s|(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|[Aa]ll|[Oo]ne)\s+"
    r"of\s+)?(?P<owner>[Hh]is|[Hh]er|[Tt]heir))\s+(?:(?:fellow)\s+)?(?:(?:two|three|four|five|six|seven|eight|original|current|"
    r"whole|entire|international|new|first|resident|[\w]+-(?:member|person|strong))\s+)*(?:crew(?:\s*members)?|"
    r"astronauts|cosmonauts|taikonauts|crewmates)\s*(?:,|:|\(|—|–)\s*"
)
# 'With Bezos were ', 'Alongside her on the flight were ', 'Joining him aboard were ': a traveller's companions
# fronted before a list (people21).
WITH_WERE = re.compile(
    r"(?:^|[.;]\s+)\s*(?:With|Alongside|Beside|Joining|Accompanying)\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|him|her|"
    r"them)\s+(?:(?:on\s+board|aboard|on\s+the\s+(?:flight|trip|mission)|in\s+the\s+(?:capsule|cabin|spacecraft))\s+)?"
    r"(?:were|was|are|is)\s+"
)
WITH_WERE_WORDS = re.compile(r"\b(?:With|Alongside|Beside|Joining|Accompanying)\b")
WITH_WERE_WORDS = lead(WITH_WERE_WORDS)  # the same matches, found faster (literals.lead)
# What may open a segment before the person's name: 'his brother, ', 'and ', 'the pilot ', '' (people21).
SEGMENT_OPENING = re.compile(r"\s*(?:and\s+)?(?:(?:his|her|their|the|a|an)\s+)?(?:[a-z’'-]+\s+){0,2}?(?:[a-z]+,\s+)?")
# 'the Russian cosmonauts ', 'the cosmonaut ': the words before the first member of an apposed crew.
FOCUS_CREW_OPENING = re.compile(rf"(?:(?:the|a|an)\s+)?(?:(?:[a-z-]+\s+)?{CREW_NOUN}\s+)?")
# 'Aboard Example-12 were A and B', 'On board the capsule, Jane Doe …': a craft fronted before its crew (people20).
FRONTED_ABOARD = re.compile(r"(?:^|[.;]\s+)\s*(?:Aboard|On\s+board)\s+(?:the\s+)?")
FRONTED_CREW_VERB = re.compile(
    r"(?:\s+(?:space\s+)?(?:capsule|spacecraft|craft|ship|orbiter|station))?\s+(?:were|was|are|is|will\s+be)\s+(?:the\s+)?"
    rf"(?:(?:[a-z-]+\s+)?{CREW_NOUN}\s+)?"
)
FRONTED_COMMA = re.compile(r"(?:\s+(?:space\s+)?(?:capsule|spacecraft|craft|ship|orbiter|station))?\s*,\s+")
# "Jane Doe's flight to Mir aboard Example-12", 'her second trip on Example-12': a person's flight on a craft.
FLIGHT_OF_PERSON = re.compile(
    r"['’]s\s+(?:(?:first|second|third|fourth|fifth|last|final|only|maiden|eight-day|\w+-day|\w+-month)\s+)?"
    r"(?:flight|spaceflight|trip|journey|mission|stay|visit)\s+(?:to|aboard|on|on\s+board)\s+(?:the\s+)?"
)
# ' aboard Example-12', ' on Example-12' after the station a person's flight went to.
THEN_ABOARD = re.compile(r"(?:\s+(?:space\s+)?station)?\s+(?:aboard|on\s+board|on|in)\s+(?:the\s+)?")
# ', will lift off in May', ') is to fly': the crew's flight still to come, told by the verb after the list.
FUTURE_DEPARTURE = re.compile(
    r"[^.;:]{0,40}?\b(?:will|(?:is|are)\s+(?:to|due\s+to|scheduled\s+to|set\s+to))\s+(?:(?:now|also|then)\s+)?"
    r"(?:fly|launch|lift\s+off|blast\s+off|go\s+up|train|travel)\b(?!\s+(?:again|home|back)\b)"
)
# ' of NASA', then the apposition's close: a comma, a bracket, a dash or the sentence's end.
FOCUS_CREW_CLOSE = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;:()]{0,40}?)?\s*(?:,|\)|—|–|;|[.!?]?\s*$)")
# How far back (characters) the flight in focus of 'the crew', 'its pilot' may be (crews18).
REACH = 700
RECENT = 60  # how many facts back a person's last flight is looked for
SENTENCE_END = re.compile(r"[.!?]\s")
# 'The crew', 'Its four crew members', 'The three astronauts', 'All six crew members': the crew of the flight in focus.
CREW_SUBJECT = re.compile(
    r"(?:^|[,;]\s+|\b(?:then|later|there|and)\s+)(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]ll|[Bb]oth)\s+(?:(?:two|three|four|"
    r"five|six|seven|eight|whole|entire|[\w]+-(?:member|person))\s+)?(?:crew(?:\s*members)?|astronauts|cosmonauts|"
    r"taikonauts|crewmates))\s+(?:(?:then|later|also|had|have|has|all|together|finally)\s+)*$"
)
# A flight named in the sentence before ('when Example lifted off on the Example-1 mission').
FOCUS_REACH = 400
TRAVELLERS = ("Person",)
CRAFT_RULES = {"verb between subject and object", "travelled on a craft", "stayed on a craft", "carried crew",
               "crew role", "operator of a described thing", "crew named", "aboard", "stayed aboard"}  # fmt: skip


# 'the Russian station Mir', 'the Chinese space station Tiangong': a nationality and a station noun before the name.
NATIONAL_STATION = re.compile(r"\s+(?:space\s+)?(?:station|laboratory|outpost)\s+")


def past_nationality(view: SentenceView, mention: Found | None) -> Found | None:
    """The station named after a nationality and a station noun ('the Russian station Mir': Mir, not Russia), else
    the mention itself (people20)."""
    if mention is None or not view.is_(mention, "Country"):
        return mention
    gap = NATIONAL_STATION.match(view.text, mention.end)
    named = next((m for m in view.mentions if gap is not None and m.start == gap.end()), None)
    return named if named is not None and view.is_(named, "Station") else mention


def _craft(view: SentenceView, mention: Found) -> bool:
    """A craft, mission or station one flies on or boards (not a rocket type named as such)."""
    return (view.is_(mention, "Program") or view.is_(mention, "Station")) and not re.match(
        r"\s+(?:rocket|launcher|booster)s?\b", view.text[mention.end : mention.end + 12]
    )


def apposed_crew(view: SentenceView, verb: int) -> list[Found]:
    """The people of a crew list in apposition before the verb at ``verb`` (sentence offset): 'the first crew,
    the American astronaut A and the cosmonauts B and C, boarded …'."""
    sentence, start = view.sentence, view.start
    heads = [m for m in CREW_HEAD.finditer(sentence, 0, verb)]
    if not heads:
        return []
    head = heads[-1]
    opening = CREW_OPENING.match(sentence, head.end(), verb)
    inside = [m for m in view.mentions if start + head.end() <= m.start and m.end <= start + verb]
    # ('the American astronaut A': a nationality adjective before a crew noun is no member)
    people = [m for m in inside if not (view.is_(m, "Country") and re.match(r"\s+[a-z]", view.text[m.end : m.end + 2]))]
    if (
        not people
        or not all(view.is_(m, "Person") for m in people)
        or opening is None
        or start + opening.end() != people[0].start
        or not all(CREW_GAP.fullmatch(view.text, a.end, b.start) for a, b in itertools.pairwise(people))
    ):
        # ('the Russian cosmonauts A and B and the NASA astronaut C': each one's country or agency before the name,
        # read as a list of people; people20)
        first = min(inside, key=lambda m: m.start) if inside else None
        if first is None or not FOCUS_CREW_OPENING.fullmatch(view.text, start + head.end(), first.start):
            return []
        people = people_listed(view, first.start, start + verb)
    # the list closes the apposition right before the verb (', boarded'; ': A and B boarded' has no comma; ', will
    # now come home')
    if not people or not APPOSED_CLOSE.fullmatch(view.text, people[-1].end, start + verb):
        return []
    return people


def _travellers(view: SentenceView, verb: int) -> list[Found]:
    """The people who are the subject of the verb at ``verb``: a joint subject ('he and A'), or a crew list in
    apposition."""
    crew = apposed_crew(view, verb)
    if crew:
        return crew
    people = [m for m in view.clause_subject(verb, "Person") if view.own_clause(m, verb)]
    # ('X said, although Russian cosmonauts still fly to the station': another clause, its own plural subject; lead22)
    return [
        m
        for m in people
        if view.is_(m, "Person") and not OTHER_SUBJECT_BETWEEN.search(view.text, m.end, view.start + verb)
    ]


# A clause opened between a person and a verb, or a plural of people as the verb's own subject.
OTHER_SUBJECT_BETWEEN = re.compile(
    r"\b(?:although|though|while|whereas|because)\b|"
    r"\b(?:astronauts|cosmonauts|taikonauts|crews|tourists|engineers|scientists|people|passengers)\s+"
    r"(?:(?:still|now|also|often|regularly|later|then|will|would|can|could|may|might)\s+){0,2}$"
)


def _companions(view: SentenceView, at: int, limit: int) -> tuple[Any, list[Found]]:
    """The people named right after 'with'/'alongside' at ``at`` (absolute), and the match."""
    time = TIME_GAP.match(view.text, at, limit)
    opened = WITH_COMPANIONS.match(view.text, time.end() if time else at, limit)
    if opened is None:
        return None, []
    # (the list may run past a relative clause that closes the clause: 'A, who commanded the flight, and B')
    listed = people_listed(view, opened.end(), max(limit, _list_limit(view, opened.end())))
    if not listed:
        return None, []
    return opened, listed


def _list_limit(view: SentenceView, at: int) -> int:
    """Where a list of people that starts at ``at`` (absolute) must end: the sentence's end or a semicolon."""
    stop = re.compile(r";|\s[–—]\s").search(view.text, at, view.end)
    return stop.start() if stop else view.end


def people_listed(view: SentenceView, at: int, limit: int) -> list[Found]:
    """The people named one after another from ``at`` (absolute): 'A and B', 'A, B and C', "NASA's A and B and
    the Roscosmos cosmonaut C" (a body before a person or a crew noun qualifies the person; crews18). The list
    ends at the first word that is neither a name, a crew noun nor a joining word."""
    people: list[Found] = []
    pos, qualifier = at, False
    for mention in sorted(
        (m for m in view.mentions if at <= m.start and m.end <= limit),
        key=lambda m: m.start,
    ):
        if mention.start < pos:
            continue
        gap = view.text[pos : mention.start]
        if people and not qualifier and not LIST_GAP.fullmatch(gap):
            # ('A, who commanded the flight, and B', 'A, a former pilot, and B': a clause or an apposition set
            # off by commas between two people of the list, the next one after 'and'; crews19)
            aside = LIST_ASIDE.match(view.text, pos, limit)
            if aside is None:
                break
            if mention.start < aside.end():
                continue  # (a name inside the aside: passed over)
            if not ASIDE_GAP.fullmatch(view.text, aside.end(), mention.start) or not view.is_(mention, "Person"):
                break
            people.append(mention)
            pos = mention.end
            continue
        if qualifier:
            if not QUALIFIED_GAP.fullmatch(gap):
                break
        elif not (gap == "" if not people else LIST_GAP.fullmatch(gap)):
            break
        if view.is_(mention, "Person"):
            if people and NEW_CLAUSE.match(view.text, mention.end):
                break  # ('with A, and B stayed on the station': B opens a clause of its own; crews19)
            people.append(mention)
            qualifier = False
            body = _of_body(view, mention, limit)
            if body is not None:
                pos = body.end  # ('A of NASA and B of the Japanese agency NASDA': past each one's body; people21)
                continue
        elif view.is_(mention, "Agent") and QUALIFIER_AFTER.match(view.text, mention.end) and not qualifier:
            qualifier = True  # ("NASA's", 'the Roscosmos cosmonaut': the person comes next)
        else:
            break
        pos = mention.end
    return people


# ' of NASA', ' of the Japanese space agency NASDA', ' from Example Corp': a person's body right after the name.
OF_BODY = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?")


def _of_body(view: SentenceView, person: Found, limit: int) -> Found | None:
    """The body (not a person, a country or a craft) named right after ``person`` by 'of' or 'from', if any."""
    if not view.text.startswith((" of ", " from "), person.end):
        return None
    for mention in view.mentions:
        if mention.start <= person.end or mention.end > limit or mention.start - person.end > 60:
            continue
        if view.is_(mention, "Country") and re.match(r"\s+[a-z]", view.text[mention.end : mention.end + 2]):
            continue  # ('the Japanese space agency NASDA': the nationality before the agency's noun)
        if not OF_BODY.fullmatch(view.text, person.end, mention.start):
            return None
        if view.is_(mention, "Organization") and not view.is_(mention, "Person"):
            return mention
        return None
    return None


def _flight_before(view: SentenceView, history: list[Found]) -> list[Found]:
    """The crafts and missions of the last sentence before this one that named one (within reach)."""
    crafts = [m for m in history if m.end <= view.start and view.start - m.end < FOCUS_REACH and m.rule != "anaphor"
              and view.is_(m, "Mission") and not view.is_(m, "Station")]  # fmt: skip
    if not crafts:
        return []
    last = crafts[-1]
    opening = max(view.text.rfind(". ", 0, last.start), view.text.rfind("\n", 0, last.start))
    between = view.text[last.end : view.start].rstrip()
    if re.search(r"[.!?]\s", between[:-1] if between.endswith((".", "!", "?")) else between):
        return []  # (a sentence between: the flight is no longer in focus)
    seen: dict[str, Found] = {}
    for m in crafts:
        if m.start > opening:
            seen.setdefault(m.entity, m)
    return list(seen.values())


def flight_in_focus(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """The flight (a mission or craft, not a station nor a rocket type) named last before ``at``, within reach."""
    for mention in reversed(history):
        if mention.end > at:
            continue
        if at - mention.end > REACH or len(SENTENCE_END.findall(view.text, mention.end, at)) > 3:
            return None  # (named more than three sentences back: no longer in focus)
        if view.is_(mention, "Mission") and not view.is_(mention, "Station") and not launcher(view, mention):
            return mention
    return None


def crew_of(view: SentenceView, history: list[Found], earlier: list[dict[str, Any]], flight: str) -> list[Found]:
    """The people the text has put on ``flight`` so far (a mention of each, the last)."""
    people: dict[str, Found] = {}
    for f in earlier:
        if f["object"] == flight and f["relation"] in ("participatesIn", "leads") and not f.get("modality"):
            mention = next((m for m in reversed(history) if m.entity == f["subject"]), None)
            if mention is not None and view.is_(mention, "Person"):
                people.setdefault(f["subject"], mention)
    return list(people.values())


def _crewed_last(view: SentenceView, history: list[Found], earlier: list[dict[str, Any]], at: int) -> Found | None:
    """The flight of the last fact that put a person on a flight, stated within three sentences before ``at``."""
    for f in reversed(earlier):
        end = f["evidence"][0][1]
        if at - end > REACH or len(SENTENCE_END.findall(view.text, end, at)) > 3:
            return None
        if f["relation"] not in ("participatesIn", "leads") or f.get("modality"):
            continue
        person = next((m for m in reversed(history) if m.entity == f["subject"]), None)
        flight = next(
            (m for m in reversed(history) if m.entity == f["object"] and m.rule != "anaphor"),
            None,
        )
        if person is None or flight is None or not view.is_(person, "Person"):
            continue
        if view.is_(flight, "Mission") and not view.is_(flight, "Station") and not launcher(view, flight):
            return flight
    return None


def the_crew(
    view: SentenceView, history: list[Found], earlier: list[dict[str, Any]], verb: int
) -> tuple[Any, list[Found]]:
    """'The crew spent …': the crew of the flight in focus when 'the crew' is the subject of the verb at
    ``verb`` (sentence offset), each as a mention at the words 'the crew'."""
    subject = CREW_SUBJECT.search(view.sentence, 0, verb)
    if subject is None:
        return None, []
    # (the flight the text put people on last, in the last sentences; else the flight named last)
    flight = _crewed_last(view, history, earlier, view.start) or flight_in_focus(view, history, view.start)
    if flight is None:
        return None, []
    at, end = view.start + subject.start("np"), view.start + subject.end("np")
    crew = crew_of(view, history, earlier, flight.entity)
    return subject, [dataclasses.replace(m, start=at, end=end) for m in crew]


def crews(
    view: SentenceView,
    fact: Fact,
    facts: list[dict[str, Any]],
    history: list[Found],
    start: int,
    sentence: str,
    earlier: list[dict[str, Any]] | None = None,
) -> None:
    """The facts of the module's shapes for one sentence (``facts``: those the sentence gave so far; ``earlier``:
    those of the sentences before, for 'the crew')."""
    is_ = view.is_
    for match in ABOARD.finditer(sentence):
        at = start + match.end()
        # ('boarded the station': a common noun for the station in focus spans its article)
        craft = next((m for m in view.mentions if m.start == at or (m.end > at and m.start < at
                      and re.fullmatch(r"[Tt]he\s+", view.text[m.start : at]))), None)  # fmt: skip
        craft = past_nationality(view, craft)
        if craft is None or not _craft(view, craft) or MODIFIED_NOUN.match(view.text, craft.end):
            continue
        if match.group(0).startswith(("rod", "rid")) and launcher(view, craft):
            continue  # ('rode a Falcon 9 to orbit': the rocket type, not the craft the crew flew)
        if (match.group(0).startswith("reach") or match.group(0).rstrip().endswith("from")) and not is_(
            craft, "Station"
        ):
            continue  # ('reached Example-1' may be a probe's target: a station only; crews19)
        travellers = _travellers(view, match.start())
        rule = "went aboard"
        if not travellers and ("crew" in sentence or "nauts" in sentence):
            # ('The crew spent eight days aboard the station': each one the text put on the flight in focus)
            travellers, rule = (
                the_crew(view, history, earlier or [], match.start())[1],
                "the crew of the flight in focus",
            )
        for person in travellers:
            fact(person, "participatesIn", craft, cue=match, rule=rule)
        limit = start + view.clause_end(match.end())
        # ('flew to the Example Station on the Example-1 mission': the mission flown as well)
        # ('flew to the Example 6 station aboard Example 28': past the station's common noun; crews18)
        mission = re.match(
            r"(?:\s+(?:space\s+)?(?:station|laboratory|outpost))?\s+(?:on|aboard|during)\s+(?:the\s+)?",
            view.text[craft.end : limit],
        )
        flown = next(
            (m for m in view.mentions if mission is not None and m.start == craft.end + mission.end()),
            None,
        )
        if flown is not None and _craft(view, flown) and not is_(flown, "Station"):
            for person in travellers:
                fact(person, "participatesIn", flown, cue=match, rule="went aboard")
        # (', with A and B': who went with them)
        # ('on the Example-5 mission, alongside A': past the flight's common noun)
        noun = FLIGHT_NOUN.match(view.text, (flown or craft).end, limit)
        _, others = _companions(view, noun.end() if noun else (flown or craft).end, limit)
        joined = JOINED_BY.match(view.text, craft.end, limit) if "joined" in match.group(0) else None
        if joined is not None:
            # ('was joined aboard Example-12 by A and B'; crews19)
            others = people_listed(view, joined.end(), _list_limit(view, joined.end()))
        for person in others if travellers else ():
            for obj in (craft, flown) if flown is not None else (craft,):
                fact(
                    person,
                    "participatesIn",
                    obj,
                    cue=match,
                    before=travellers[0],
                    rule="went aboard with",
                )
    for match in CHOSEN_FOR.finditer(sentence):
        _chosen_for(view, fact, start, match)
    for match in PICKED_FOR.finditer(sentence):
        _picked_for(view, fact, start, match)
    for match in FLEW_CRAFT.finditer(sentence) if "Pro" in sentence or "pro" in sentence else ():
        _craft_on_project(view, fact, start, match)
    for match in TRIP.finditer(sentence):
        _trip_with(view, fact, start, match)
    for match in LIFTED_OFF_WITH.finditer(sentence) if "with" in sentence else ():
        _lifted_off_with(view, fact, start, match)
    for match in CREWED_BY.finditer(sentence) if " by " in sentence else ():
        crafts = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        crew = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if not crafts or not _craft(view, crafts[-1]) or not crew or crew[0].start != start + match.end():
            continue
        for person in crew if all(is_(m, "Person") for m in crew) else ():
            fact(
                person,
                "participatesIn",
                crafts[-1],
                cue=match,
                before=crafts[-1],
                rule="crewed by",
            )
    # 'flew Example-8 to the Moon with A and B': the companions of a traveller on the craft the sentence gave
    if "with" in sentence or "alongside" in sentence:
        _with_travellers(view, fact, facts, history, start, sentence)
    # (a crew named in a sentence about what is still to come is no done fact, as in relations.CREW_NAMED)
    named = ("'" in sentence or "’" in sentence) and not NOT_YET_DONE.search(sentence)
    for match in POSSESSED_CREW.finditer(sentence) if named else ():
        # ("the Example-22 spacecraft's crew": past the craft's noun; people20)
        noun = CRAFT_NOUN_BEFORE.search(sentence, 0, match.start())
        craft = next(
            (m for m in view.mentions if m.end == start + (noun.start() if noun else match.start())),
            None,
        )
        crew = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if craft is None or not _craft(view, craft) or is_(craft, "Station") or launcher(view, craft):
            continue
        if not crew or crew[0].start != start + match.end() or not all(is_(m, "Person") for m in crew):
            continue
        for person in crew:
            fact(
                person,
                "participatesIn",
                craft,
                cue=match,
                before=craft,
                rule="crew of a craft's possessive",
            )
    for match in FRONTED_ABOARD.finditer(sentence) if "board" in sentence else ():
        _fronted_aboard(view, fact, start, match)
    for match in FLIGHT_OF_PERSON.finditer(sentence) if "'" in sentence or "’" in sentence else ():
        _flight_of_person(view, fact, start, match)
    for match in FOCUS_CREW.finditer(sentence) if "crew" in sentence or "nauts" in sentence else ():
        _focus_crew(view, fact, history, start, match, earlier or [])
    for match in WITH_WERE.finditer(sentence) if WITH_WERE_WORDS.search(sentence) else ():
        _with_were(view, fact, history, start, match)
    for match in WITH_ABOARD.finditer(sentence) if "board" in sentence or "inside" in sentence else ():
        crew = view.group([m for m in view.after(match.end()) if is_(m, "Person")], False)
        if not crew or not WITH_ABOARD_GAP.fullmatch(view.text, start + match.end(), crew[0].start):
            continue
        if not ABOARD_AFTER.match(view.text, crew[-1].end):
            continue
        crafts = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
        if not crafts or not _craft(view, crafts[-1]) or launcher(view, crafts[-1]):
            continue  # ('a Falcon 9 lifted off with A and B aboard': the capsule on top, not the rocket type)
        for person in crew:
            fact(
                person,
                "participatesIn",
                crafts[-1],
                cue=match,
                before=crafts[-1],
                rule="with the crew aboard",
            )
    for match in MADE_UP_CREW.finditer(sentence) if "crew" in sentence or "pilot" in sentence else ():
        at = start + match.end()
        craft = next((m for m in view.mentions if m.start == at), None)
        if craft is None or not _craft(view, craft) or MODIFIED_NOUN.match(view.text, craft.end):
            continue
        for person in [m for m in view.clause_subject(match.start(), "Person") if view.own_clause(m, match.start())]:
            if is_(person, "Person"):
                fact(person, "participatesIn", craft, cue=match, rule="made up the crew")
    for match in CREWMATES.finditer(sentence) if "mates" in sentence or "crew members" in sentence else ():
        _crewmates(view, fact, history, start, match)
    for match in TOOK_PART.finditer(sentence):
        at = start + match.end()
        event = next((m for m in view.mentions if m.start == at), None)
        if event is None or not is_(event, "Event") or is_(event, "Program"):
            continue
        # ('took part in Operation Example': an operation is named so; a meeting's participants are left to claims)
        if not re.match(r"(?:Operation|Exercise)\b", view.text[event.start : event.end]):
            continue
        for agent in [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]:
            fact(
                agent,
                "participatesIn",
                event,
                cue=match,
                rule="took part in an operation",
            )


def _fronted_aboard(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'Aboard Example-12 were A and B', 'On board the capsule Example-12 are the cosmonauts A and B', 'Aboard
    Example-12, Jane Doe flew to Mir': the craft fronted, its crew after a copula or the clause's subject
    (people20)."""
    at = start + match.end()
    craft = past_nationality(view, next((m for m in view.mentions if m.start == at), None))
    if craft is None or not _craft(view, craft) or launcher(view, craft) or MODIFIED_NOUN.match(view.text, craft.end):
        return
    verb = FRONTED_CREW_VERB.match(view.text, craft.end, view.end)
    if verb is not None:
        crew = people_listed(view, verb.end(), _list_limit(view, verb.end()))
        if crew and crew[0].start == verb.end():
            for person in crew:
                fact(
                    person,
                    "participatesIn",
                    craft,
                    cue=match,
                    before=person,
                    rule="fronted aboard",
                )
        return
    comma = FRONTED_COMMA.match(view.text, craft.end, view.end)
    subject = next((m for m in view.mentions if comma is not None and m.start == comma.end()), None)
    if subject is None or not view.is_(subject, "Person"):
        return
    crew = people_listed(view, subject.start, _list_limit(view, subject.start))
    after = crew[-1].end + 1 if crew else view.end
    if crew and (TRIP.match(view.text, after) is not None or ABOARD.match(view.text, after) is not None):
        for person in crew:
            fact(
                person,
                "participatesIn",
                craft,
                cue=match,
                before=person,
                rule="fronted aboard",
            )


def _flight_of_person(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """ "Jane Doe's flight to Mir aboard Example-12", "her second trip on Example-12": the person's flight on the
    craft or to the station named (people20)."""
    at = start + match.start()
    person = next((m for m in view.mentions if m.end == at and view.is_(m, "Person")), None)
    if person is None:
        return
    craft = past_nationality(view, next((m for m in view.mentions if m.start == start + match.end()), None))
    if craft is None or not _craft(view, craft) or launcher(view, craft) or MODIFIED_NOUN.match(view.text, craft.end):
        return
    flown = [craft]
    then = THEN_ABOARD.match(view.text, craft.end, view.end)
    other = next((m for m in view.mentions if then is not None and m.start == then.end()), None)
    if other is not None and _craft(view, other) and not launcher(view, other):
        flown.append(other)
    for obj in flown:
        fact(
            person,
            "participatesIn",
            obj,
            cue=match,
            before=person,
            rule="a person's flight",
        )


def _with_were(view: SentenceView, fact: Fact, history: list[Found], start: int, match: re.Match[str]) -> None:
    """'With Bezos were his brother, A; B, 82, a pilot who …; and C, 18, a student', 'Alongside her on the flight
    were A and B': the person named after 'with' and each one listed take part in the flight in focus (named in
    the sentences before; people21)."""
    anchor = next((m for m in view.mentions if m.start == start + match.start("who")), None)
    if anchor is not None and not view.is_(anchor, "Person"):
        return
    if anchor is None and match.group("who")[0].isupper():
        return  # ('With Example Corp were …': no traveller)
    flight = flight_in_focus(view, history, view.start)
    if flight is None or not _craft(view, flight):
        return
    at = start + match.end()
    listed: list[Found] = []
    if ";" in view.text[at : view.end]:
        # one person a segment, each with its own apposition ('B, 82, a pilot who had trained …')
        pos = at
        for segment in re.finditer(r"[^;]+", view.text[at : view.end]):
            seg_start, seg_end = at + segment.start(), at + segment.end()
            person = next((m for m in sorted(view.mentions, key=lambda m: m.start)
                           if seg_start <= m.start < seg_end and view.is_(m, "Person")), None)  # fmt: skip
            if person is None or not SEGMENT_OPENING.fullmatch(view.text, seg_start, person.start):
                break
            listed.append(person)
            pos = seg_end
        del pos
    else:
        first = next((m for m in sorted(view.mentions, key=lambda m: m.start) if m.start >= at), None)
        if first is not None and SEGMENT_OPENING.fullmatch(view.text, at, first.start):
            listed = people_listed(view, first.start, view.end)
    if not listed:
        return
    for person in ([anchor] if anchor is not None else []) + listed:
        fact(person, "participatesIn", flight, cue=match, before=person, rule="with the person were")


def _flown_last(view: SentenceView, history: list[Found], earlier: list[dict[str, Any]], person: Found) -> Found | None:
    """The flight (a mission, not a station nor a rocket type) of the last plain fact that put ``person`` on one."""
    for f in reversed(earlier[-RECENT:]):
        if f["subject"] != person.entity or f["relation"] not in ("participatesIn", "leads") or f.get("modality"):
            continue
        flight = next((m for m in reversed(history) if m.entity == f["object"] and m.rule != "anaphor"), None)
        if (
            flight is not None
            and view.is_(flight, "Mission")
            and not view.is_(flight, "Station")
            and not launcher(view, flight)
        ):
            return flight
    return None


def _focus_crew(
    view: SentenceView,
    fact: Fact,
    history: list[Found],
    start: int,
    match: re.Match[str],
    earlier: list[dict[str, Any]],
) -> None:
    """'Its crew, the cosmonauts A and B and the NASA astronaut C, will come home on …', "The station's crew: A and
    B": each person named takes part in the flight in focus (the station in focus for 'the station's'), each one's
    nationality or agency before the name read by the list (people20)."""
    text = view.text
    at = start + match.end()
    limit = _list_limit(view, at)
    first = next(
        (m for m in sorted(view.mentions, key=lambda m: m.start) if m.start >= at and m.end <= limit),
        None,
    )
    if first is None or not FOCUS_CREW_OPENING.fullmatch(text, at, first.start):
        return
    crew = people_listed(view, first.start, limit)
    if not crew or not FOCUS_CREW_CLOSE.match(text, crew[-1].end, limit):
        return
    noun = match.group("noun")
    head = start + match.start()
    flight: Found | None = None
    if match.group("owner"):
        # ('her crewmates': the flight the text put her on last, else the flight in focus; people21)
        owner = antecedent(view.linker, ("Person",), history, head)
        flight = _flown_last(view, history, earlier, owner) if owner is not None else None
        flight = flight or flight_in_focus(view, history, view.start)
    elif noun in ("station", "laboratory", "outpost"):
        flight = next((m for m in reversed(history) if m.end <= head and head - m.end <= REACH
                       and m.rule != "anaphor" and view.is_(m, "Station")), None)  # fmt: skip
    else:
        flight = flight_in_focus(view, history, head)
    if flight is None or not _craft(view, flight):
        return
    # (the crew of a flight still to come, told so where the flight was named or by the verb after the list:
    # 'Example-2 will fly in 2025. Its crew, A and B, …', 'Its crew, A and B, will lift off in May')
    opening = max(view.text.rfind(". ", 0, flight.start), view.text.rfind("\n", 0, flight.start))
    closing = SENTENCE_END.search(view.text, flight.end)
    told = view.text[opening + 1 : closing.start() if closing else view.end]
    to_come = NOT_YET_DONE.search(told) is not None or FUTURE_DEPARTURE.match(view.text, crew[-1].end, view.end)
    for person in crew:
        fact(person, "participatesIn", flight, cue=match, before=person, rule="crew of the flight in focus named",
             forced="planned" if to_come else None)  # fmt: skip


def _chosen_for(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'She was chosen from 13,000 applicants for Project Example', 'He was then chosen to train for the Example
    programme', 'was assigned to Example-12': the person takes part in the programme or flight (crews19)."""
    at = start + match.end()
    flight = next((m for m in view.mentions if m.start == at), None)
    if (
        flight is None
        or not _craft(view, flight)
        or launcher(view, flight)
        or MODIFIED_NOUN.match(view.text, flight.end)
    ):
        return
    if view.is_(flight, "Station") and not match.group(0).rstrip().endswith(("to", "aboard", "on")):
        return  # ('chosen for the station' is no shape of a crew; 'assigned to the station' is)
    for person in [m for m in view.clause_subject(match.start(), "Person") if view.own_clause(m, match.start())]:
        if view.is_(person, "Person"):
            fact(person, "participatesIn", flight, cue=match, rule="chosen for a flight")


def _picked_for(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'Example Corp picked Jane Doe for Project Example', 'NASA picked A and B in 2014 under its Example
    Programme': the ones picked take part in the programme; the picker gets nothing here (crews19)."""
    at = start + match.end()
    hard = start + view.clause_end(match.end())
    picked = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
    if not picked or picked[0].start != at or picked[-1].end > hard:
        return
    tail = PICKED_TAIL.match(view.text, picked[-1].end, hard)
    flight = next((m for m in view.mentions if tail is not None and m.start == tail.end()), None)
    if flight is None or not _craft(view, flight) or view.is_(flight, "Station") or launcher(view, flight):
        return
    if not view.is_(flight, "Program") or MODIFIED_NOUN.match(view.text, flight.end):
        return
    pickers = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
    for agent in picked:
        if agent.entity != flight.entity and agent.entity not in {p.entity for p in pickers}:
            fact(
                agent,
                "participatesIn",
                flight,
                cue=match,
                before=(pickers or picked)[0],
                rule="picked for a programme",
            )


def _craft_on_project(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'He commanded Example 19 on the Example Test Project': the person takes part in the project and the craft
    is part of it (a project or programme by its name; not 'on the Example-5 mission', a craft's own flight;
    crews19)."""
    at = start + match.end()
    craft = next((m for m in view.mentions if m.start == at), None)
    if craft is None or not _craft(view, craft) or view.is_(craft, "Station") or launcher(view, craft):
        return
    on = ON_PROJECT.match(view.text, craft.end, view.end)
    project = next((m for m in view.mentions if on is not None and m.start == on.end()), None)
    if project is None or project.entity == craft.entity or not view.is_(project, "Program"):
        return
    named = PROJECT_NAME.search(view.text, project.start, project.end) or re.match(
        r"\s+(?:project|program(?:me)?)\b", view.text[project.end : project.end + 12]
    )
    if not named:
        return
    people = [m for m in view.clause_subject(match.start(), "Person") if view.own_clause(m, match.start())]
    for person in people:
        if view.is_(person, "Person"):
            fact(
                person,
                "participatesIn",
                project,
                cue=match,
                rule="flew a craft on a project",
            )
    if people:
        fact(
            craft,
            "partOf",
            project,
            cue=match,
            before=craft,
            rule="flew a craft on a project",
        )


def _trip_with(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'She came back to Earth with A and B aboard Example-11', 'He landed in Examplia aboard Example-11, together
    with A', 'She, with A, lifted off aboard Example-12': the travellers and their companions take part in the
    craft of the trip (the companions before or after the craft; crews19)."""
    text = view.text
    at = start + match.end()
    hard = _list_limit(view, at)
    craft: Found | None = None
    companions: list[Found] = []
    for mention in sorted(
        (m for m in view.mentions if at < m.start and m.end <= hard),
        key=lambda m: m.start,
    ):
        into = TRIP_CRAFT.search(text, at, mention.start)
        while into is not None and into.end() != mention.start:
            into = TRIP_CRAFT.search(text, into.start() + 1, mention.start)
        if into is None or not _craft(view, mention) or view.is_(mention, "Station") or launcher(view, mention):
            continue  # ('landed in Examplia aboard Example-11': a place, passed over)
        gap = TRIP_GAP.match(text, at, into.start())
        if gap is None or gap.end() != into.start():
            # (the companions between: ' to Earth with A and B aboard')
            opened, listed = _companions(view, gap.end() if gap else at, into.start())
            tail = TRIP_GAP.match(text, listed[-1].end, into.start()) if listed else None
            if opened is None or tail is None or tail.end() != into.start():
                break
            companions = listed
        craft = mention
        break
    if craft is None:
        return
    if MODIFIED_NOUN.match(text, craft.end) or ROCKET_NOUN.match(text, craft.end):
        return
    if not companions:
        after = TRIP_GAP.match(text, craft.end, hard)
        _, companions = _companions(view, after.end() if after else craft.end, hard)
    travellers = _travellers(view, match.start())
    before = WITH_BEFORE.search(view.sentence, 0, match.start())
    if before is not None and travellers:
        # ('Jane Doe, with John Roe, lifted off': the list closes with a comma right before the verb)
        listed = people_listed(view, start + before.end(), start + match.start())
        if listed and re.fullmatch(r"\s*,\s*", text[listed[-1].end : start + match.start()]):
            companions = companions + listed
    if not travellers:
        return
    for person in travellers:
        fact(person, "participatesIn", craft, cue=match, rule="trip aboard a craft")
    for person in companions:
        if person.entity not in {t.entity for t in travellers}:
            commands = _commander(view, person)
            fact(
                person,
                "leads" if commands else "participatesIn",
                craft,
                cue=match,
                before=travellers[0],
                rule="commander aboard a craft with" if commands else "trip aboard a craft with",
            )


def _commander(view: SentenceView, person: Found) -> bool:
    """Whether a companion on a trip is named as its commander: 'the Russian commander A' (the commander leads
    the craft; the others take part). ('A, who commanded the flight,' is left to the crew-role rules, which give
    the leading, beside the taking part the annotators also give there.)"""
    return bool(COMMANDER_BEFORE.search(view.text, max(view.start, person.start - 40), person.start))


def _lifted_off_with(view: SentenceView, fact: Fact, start: int, match: re.Match[str]) -> None:
    """'Example-28 lifted off with A and B': the people a craft took; "an Example Corp rocket lifted off with
    Example-2": the rocket's maker takes part in the flight it launched."""
    limit = start + view.clause_end(match.end())
    subjects = [m for m in view.clause_subject(match.start(), "Program") if view.own_clause(m, match.start())]
    if not subjects:
        return
    craft = subjects[-1]
    gap = FLOWN_TO_WITH.match(view.text, start + match.end(), limit)
    at = gap.end() if gap else start + match.end()
    if not view.text.startswith("with", at):
        return
    if launcher(view, craft) or ROCKET_NOUN.match(view.text, craft.end):
        # ('a SpaceX Falcon 9 rocket lifted off with Example-2', 'a Falcon 9 of SpaceX'): the launch provider
        flown = next((m for m in view.mentions if m.start == at + 5 or (m.start == at + 9
                      and view.text.startswith("with the ", at))), None)  # fmt: skip
        makers = [m for m in view.mentions if m.end <= craft.start and m.end >= craft.start - 2
                  and view.is_(m, "Organization")]  # fmt: skip
        of = OF_MAKER.match(view.text, craft.end)
        makers += [m for m in view.mentions if of is not None and m.start == of.end() and view.is_(m, "Organization")]
        if flown is not None and view.is_(flown, "Mission") and not launcher(view, flown):
            for maker in makers:
                fact(
                    maker,
                    "participatesIn",
                    flown,
                    cue=match,
                    before=maker,
                    rule="rocket lifted off with",
                )
        return
    if not _craft(view, craft) or view.is_(craft, "Station"):
        return
    _, crew = _companions(view, at - 1, limit)
    for person in crew:
        fact(
            person,
            "participatesIn",
            craft,
            cue=match,
            before=craft,
            rule="lifted off with",
        )


def _crewmates(
    view: SentenceView,
    fact: Fact,
    history: list[Found],
    start: int,
    match: re.Match[str],
) -> None:
    """'Her crewmates on Example-8 were A and B': the people listed and the owner take part in the craft."""
    at = start + match.end()
    craft = next((m for m in view.mentions if m.start == at), None)
    verb = CREWMATES_VERB.match(view.text, craft.end) if craft is not None else None
    if craft is None or verb is None or not _craft(view, craft):
        return
    crew = view.group([m for m in view.after(verb.end() - start) if view.is_(m, "Agent")], False)
    if not crew or crew[0].start != verb.end() or not all(view.is_(m, "Person") for m in crew):
        return
    owner = match.group("owner")
    if owner.lower() in ("his", "her"):
        found = antecedent(view.linker, ("Person",), history, start + match.start())
    else:
        found = next(
            (m for m in view.mentions if m.start == start + match.start() and view.is_(m, "Person")),
            None,
        )
    for person in crew + ([found] if found is not None else []):
        fact(person, "participatesIn", craft, cue=match, before=craft, rule="crewmates")


def _with_travellers(
    view: SentenceView,
    fact: Fact,
    facts: list[dict[str, Any]],
    history: list[Found],
    start: int,
    sentence: str,
) -> None:
    """'X flew Example-8 to the Moon with A and B', 'He flew as a payload specialist alongside six crew members,
    among them A': the people with a traveller take part in what the traveller flew."""
    for match in re.finditer(r"\b(?:with|alongside)\b", sentence):
        at = start + match.start()
        limit = start + view.clause_end(match.end())
        opened, others = _companions(view, at - (1 if view.text[at - 1 : at] == " " else 0), limit)
        if opened is None:
            continue
        done = [f for f in facts if f["relation"] in ("participatesIn", "leads") and not f.get("modality")
                and f.get("cue") is not None and f["cue"][1] <= at and list(f["evidence"][0]) == [view.start, view.end]
                and f.get("rule") != "went aboard with"]  # fmt: skip
        people = {m.entity for m in history + view.mentions if is_person(view, m)}
        # (the traveller's own span, a pronoun's too: 'he flew Example-8 … with A and B')
        travellers = [dataclasses.replace(m, entity=f["subject"], start=f["at"][0], end=f["at"][1])
                      for f in done for m in view.mentions[:1] if f["subject"] in people and f["at"][1] <= at]  # fmt: skip
        flown = {f["object"] for f in done if f["subject"] in people and f["at"][1] <= at}
        crafts = [m for m in view.mentions if m.entity in flown and m.end <= at and _craft(view, m)
                  and FLOWN_TO_WITH.fullmatch(view.text, m.end, opened.start())]  # fmt: skip
        subject: Found | None = None
        if not crafts:
            unnamed = FLEW_UNNAMED.search(sentence, 0, match.start())
            if unnamed is None or any(_craft(view, m) for m in view.mentions):
                continue
            if unnamed.group("role") is None and not CREW_WORD.search(opened.group(0)):
                continue  # ('He flew with John Roe to Houston': no crew)
            if not re.fullmatch(r"[^,;:]*", sentence[unnamed.end() : match.start()]):
                continue
            flyers = [m for m in view.clause_subject(unnamed.start(), "Person") if view.own_clause(m, unnamed.start())]
            if not flyers:
                continue
            subject = flyers[0]
            crafts = _flight_before(view, history)
            for person in flyers:
                for craft in crafts:
                    fact(
                        person,
                        "participatesIn",
                        craft,
                        cue=unnamed,
                        rule="flew on the flight in focus",
                    )
        for person in others:
            for craft in {c.entity: c for c in crafts}.values():
                anchor = subject or (travellers[-1] if travellers else None)
                fact(
                    person,
                    "participatesIn",
                    craft,
                    cue=opened,
                    before=anchor,
                    rule="flew with",
                )


def is_person(view: SentenceView, mention: Found) -> bool:
    return view.is_(mention, "Person")
