"""Relations read from the roles and descriptions of people and
organizations: whom a person works for (``NASA's Jane Doe``, ``Jane Doe,
then the American agency's administrator``, ``economy minister Jane Doe``
of the country the text is about, ``Jane Doe, the minister for …, chairs
the Example Agency``), who leads or takes part in what (``the station's
program manager``, ``the mission's science lead``, ``who flew … on the
Example capsule``, ``on a rocket of Example Industries``, ``run by
Example Corp``, ``it runs its own forum, EF``), and parts and seats
(``X, the lower house of Y``, ``a command within the air force``, ``was set
up in 2019 in Exampleton``).

:func:`roles` is called by :mod:`~spacekg.extract.relations` for each
sentence; it returns what it finds and the caller writes the facts (with
the modality of the verb when there is one)."""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.bodies import bodies as body_constructions
from spacekg.extract.bodies import of_head
from spacekg.extract.careers import careers, possessed
from spacekg.extract.constructions import constructions
from spacekg.extract.coordination import launcher
from spacekg.extract.coreference import (
    CRAFT_RULES,
    NOUN_CLASSES,
    TOPIC_BEFORE,
    antecedent,
    carried_on,
    coordinated_rival,
    described,
)
from spacekg.extract.crews import apposed_crew, past_nationality
from spacekg.extract.dockings import docked
from spacekg.extract.literals import lead, lead_deep, scan, search
from spacekg.extract.makers import (
    LEADS_INDUSTRY,
    SERIES_BUILT_BY,
    SUPPLIES_PART,
    built_at,
    contracted_builds,
    craft_in_focus,
    industry_leaders,
    qualified_body,
    series_builders,
    supplied_parts,
)
from spacekg.extract.offices import offices
from spacekg.extract.patterns import CAPITALS, INDEFINITE_PHRASE_BEFORE, JOINER, ROLE, TITLE
from spacekg.extract.posts import posts
from spacekg.extract.sentence_view import Role, SentenceView
from spacekg.extract.ventures import ventures

# Roles a person holds in an organization or a mission, the profession words too ('science lead').
_ROLE_WORD = rf"(?:{ROLE}|lead|boss|pilot|member|executive|officer|crew\s+member|flight\s+director)"
_ROLE_PHRASE = rf"(?:(?!(?:not|never|no)\s)[a-z-]+\s+){{0,2}}?{_ROLE_WORD}"  # 'not appointed head' is no role
# Where a role phrase ends: not inside a longer one ('chief' in 'chief scientist').
_ROLE_END = (
    r"(?=\s*(?:[,.;:)”\"]|$)|\s+(?:and|but|who|which|of|at|for|in|on|with|since|from|said|says|told|is|was|when|while|"
    r"after|before|until)\b)"
)
# 'the American agency's', 'the station's', 'its parent company's': a described owner before a role.
_OWNER = r"(?P<det>the|The|its|Its|their|Their)\s+(?P<adjs>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+)['’]s\s+"
# ', then the American agency's administrator', ', the mission's science lead': after a person.
# ('the committee's ranking Democrat', 'the panel's top Republican': a seat on a committee by its party; people23)
_PARTY_SEAT = r"(?:ranking|top|senior|leading)\s+(?:Democrat|Republican|member)"
# ('Senator A of Florida, the committee's ranking Democrat': the home state before the apposition; people23)
_HOME_STATE = r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
OWNER_ROLE_AFTER = re.compile(
    rf"{_HOME_STATE},\s+(?:(?:then|now|once|formerly|later|currently|also)\s+)?{_OWNER}"
    rf"(?P<role>{_ROLE_PHRASE}|{_PARTY_SEAT}){_ROLE_END}"
)
# ' at Example Corp', ' at the Example Agency' after a role of a described owner: where the role is held.
ROLE_AT_BODY = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?(?=[A-Z])")
# ', the project director at the centre': a role in an organization described, not named.
ROLE_AT_DESCRIBED = re.compile(
    rf",\s+(?:(?:then|now|once|formerly)\s+)?(?:(?:the|a|an)\s+)?(?P<role>{_ROLE_PHRASE})\s+(?:of|at|for|with)\s+"
    r"(?P<det>the)\s+(?P<adjs>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+)\b(?!['’-]|\s+(?:of|for|in)\b)"
)
# ', its director,', ', their former chief executive'.
ITS_ROLE_AFTER = re.compile(
    rf",\s+(?:(?:then|now|once|formerly)\s+)?(?:its|their)\s+(?:(?:former|new|current|first)\s+)?"
    rf"(?P<role>{_ROLE_PHRASE}){_ROLE_END}"
)
# 'The agency's chairman, Jane Doe', 'the party's leader in the house, Jane Doe': before a person.
# ('The committee's chairman, Senator Jane Doe', 'its director, Dr Jane Doe': a title before the name; people23)
OWNER_ROLE_BEFORE = re.compile(
    rf"\b{_OWNER}(?P<role>{_ROLE_PHRASE}|{_PARTY_SEAT})(?:\s+(?:in|at|on|for)\s+the\s+[a-z]+)?,?\s+"
    rf"(?:(?:{TITLE}|Representative|Dr\.?|Professor|Prof\.)\s+)?$"
)
# Roles that lead a program or station; any other role in one takes part in it.
LEAD_ROLES = {"manager", "director", "head", "chief", "leader", "commander", "administrator", "flight director"}
ROLE_QUALIFIERS = {"program", "programme", "project", "mission", "flight", "station", "overall"}
# An apposition after a person's name, without a verb: ', the minister for advanced technology,'.
APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their|then|now|once|formerly|former|also)\b[^,;:()“”\"]{1,90}?|"
    r"(?!(?:who|which|whose|whom|that)\b)[a-z][^,;:()“”\"]{0,60}?)\s*,"
)
# ', who had headed ESRO,': a relative clause closed by a comma after a person's name.
RELATIVE_ASIDE = re.compile(r",\s+who\s+[^,;:()“”\"]{1,80}?,")
# A verb of leading right after the person (or the apposition): 'chairs the Example Agency'.
LEADS_VERB = re.compile(
    r"(?:,\s+who)?\s+(?:(?:also|now|still|currently|has|had|long)\s+)*(?P<verb>chairs|chaired|heads|headed|leads|led|runs|ran|"
    r"directs|directed|manages|managed|commands|commanded|oversees|oversaw)\s+(?:the\s+)?"
)
# Verbs of leading that relations.py does not read: 'Jane Doe, who commanded Example-1'.
COMMANDS = re.compile(r"commands|commanded|directs|directed|chairs|chaired")
# '… and is the mission's science lead': a second predicate of the same subject.
AND_IS = re.compile(r"\s+and\s+(?:(?:is|was|has\s+been|had\s+been|became|remains)\s+)(?:also\s+)?")
# ('served as commander of', 'was named commander of': a role held, told in the past; relations15)
IS_ROLE = re.compile(
    r"\s+(?:(?:was|has\s+been)\s+(?:named|appointed|made)|is|was|has\s+been|had\s+been|became|becomes|remains|"
    r"serve[ds]\s+as)\s+(?:also\s+)?"
)
# A time adverbial opening a sentence, before its subject: 'In July 1969 ', 'A year later, ', 'On 5 May 1961 '.
TIME_OPENING = re.compile(
    r"(?:(?:In|On|By|From|Until|During|Since|After)\s+(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"\d{4}|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|\d+)\s+(?:days?|weeks?|months?|years?|"
    r"decades?)\s+later|Later|Then|Soon\s+afterwards?|Afterwards|Eventually|Finally|In\s+the\s+end)\s*,?\s+"
)
COPULA_OWNER_ROLE = re.compile(rf"{_OWNER}(?P<role>{_ROLE_PHRASE}){_ROLE_END}")

# Offices of a country's government: 'President Jane Doe', 'economy minister Jane Doe'.
_GOVERNMENT = (
    r"(?:(?:[Vv]ice\s+)?[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|(?:[A-Za-z]+\s+)?[Mm]inister|"
    # a head of state by birth ('King Jane Doe', 'Emperor X'; people22)
    r"King|Queen|Emperor|Empress|Crown\s+Prince|Crown\s+Princess|Grand\s+Duke|Grand\s+Duchess|"
    # the head of a government named by it ('the government of Jane Doe agreed'; people22)
    r"(?<![A-Z]\w\s)[Gg]overnment\s+of|"
    # a cabinet secretary's title ('Secretary of State Jane Doe', 'Defense Secretary Jane Doe'; roles18)
    r"[Ss]ecretary\s+of\s+(?:State|Defen[cs]e|Energy|Commerce|Transportation|the\s+(?:Air\s+Force|Navy|Army|Interior|"
    r"Treasury))|(?:Defen[cs]e|Foreign|Home|Energy|Commerce|Transport|Science|Treasury|Business)\s+[Ss]ecretary)"
)
GOVERNMENT_BEFORE = re.compile(rf"(?:^|(?<=[\s(“\"]))(?:(?:[Ff]ormer|[Tt]hen)\s+)?{_GOVERNMENT}\s+$")
# ', the science minister and …', ', the minister for advanced technology,': no organization named.
GOVERNMENT_AFTER = re.compile(
    r",\s+(?:(?:then|now|once|formerly)\s+)?(?:the\s+|a\s+)?(?:former\s+)?(?:[a-z]+\s+)?(?:minister|president|"
    r"prime\s+minister|premier|chancellor)(?:\s+(?:for|of)\s+(?!(?:the|a|an|its|their)\b)(?:[a-z]+\s+){0,3}?[a-z]+)?(?=\s*(?:,|;|\.|$|\s+and\b|\s+who\b))"
)

# 'chief executive Jane Doe', 'Jane Doe, the founder,': a company's office, no company named.
_COMPANY_OFFICE = r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|[Ff]ounder|[Cc]hair(?:man|woman|person))"
# 'Secretary General Jane Doe', 'Jane Doe, the director-general,': an international body's or agency's.
_BODY_OFFICE = (
    r"(?:[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|Administrator|[Cc]ommissioner|"
    r"(?:[Ll]aunch|[Ff]light|[Mm]ission|[Pp]rogram(?:me)?|[Pp]roject)\s+[Dd]irector)"
)
_ORG_OFFICES = tuple(
    (
        kind,
        re.compile(rf"(?:^|(?<=[\s(“\"]))(?:(?:[Ff]ormer|[Tt]hen)\s+)?{office}\s+$"),
        re.compile(
            rf",\s+(?:(?:then|now|once|formerly)\s+)?(?:the\s+)?(?:former\s+)?{office}(?=\s*(?:,|;|\.|$|\s+and\b|\s+who\b))"
        ),
    )
    for kind, office in (("Company", _COMPANY_OFFICE), ("Organization", _BODY_OFFICE))
)
OFFICES = (("Country", GOVERNMENT_BEFORE, GOVERNMENT_AFTER), *_ORG_OFFICES)
FOCUS_REACH = 400  # how many characters before the sentence the organization in focus was last named
# Organizations that are not companies.
NOT_COMPANIES = (
    "SpaceAgency",
    "GovernmentBody",
    "InternationalOrganization",
    "InternationalOrgan",
    "MilitaryOrganization",
)
# A name or a possessive right before a title: the owner is named ('ESA President', 'Russia's prime minister').
# (not a weekday, a month or a word opening the sentence: 'On Friday President Jane Doe'; roles18)
OWNER_BEFORE_TITLE = re.compile(
    r"(?:['’]s|(?<![\w.-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|On|In|At|By|When|Then|After|Before|Later|Today|"
    r"Yesterday|Meanwhile|And|But|As|The|Former|Outgoing|Incoming|Acting)\b)[A-Z][\w.-]*)\s+$"
)

# ', who works for the', ' joined the … in 2010': an employer after the person.
WORKS_FOR = re.compile(
    r"(?:,\s+who)?\s+(?:(?:has|had|have|now|still|also|long|once|later|then|never|not)\s+)*(?:been\s+)?"
    r"(?P<verb>works|worked|working|joined|employed)\s+(?:(?<=joined\s)|(?:for|at|by)\s+)(?P<article>the\s+)?"
)
CLOSED_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;:()“”\"]{1,60}?,")
# ', who covers the space industry for The Example Times', 'reports on science for': a reporter's employer.
WRITES_FOR = re.compile(
    r"(?:,\s+who)?\s+(?:(?:has|had|now|still|also|long|once|later|then)\s+)*(?P<verb>covers|covered|reports|reported|"
    r"writes|edits|edited)\s+(?:(?:on|about)\s+)?(?:[\w-]+\s+){0,5}?for\s+(?P<article>the\s+|The\s+)?"
)
# What may follow the body a person joined: a time, a role, the clause's end ('joined ESA in 2010 as an engineer').
JOINED_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in\s+\d{4}|in\s+[A-Z][a-z]+\s+\d{4}|as|at|on\s+\d|last|this|after|before|from|shortly)\b"
)
# ', the commander of Artemis II', ', a scientist on the Example-1 mission'.
ROLE_OF_PROGRAM = re.compile(
    rf",\s+(?:(?:then|now|once|formerly)\s+)?(?:(?:the|a|an|its)\s+)?(?P<role>{_ROLE_PHRASE})\s+(?:of|on|for|with|aboard)\s+(?:the\s+)?"
)
# 'Artemis II commander Jane Doe', 'Artemis II's pilot, Jane Doe'.
PROGRAM_ROLE_BEFORE = re.compile(rf"(?:['’]s)?\s+(?P<role>{_ROLE_PHRASE}),?\s+$")
POSSESSIVE_PROGRAM_ROLE = re.compile(rf"['’]s\s+(?P<role>{_ROLE_PHRASE}){_ROLE_END}")
# 'Jane Doe, the Example-7 project scientist': the apposition's article, and the role right after the name.
APPOSED_THE = re.compile(r",\s+(?:(?:then|now|formerly|currently)\s+)?the\s+")
NAME_ROLE_AFTER = re.compile(rf"\s+(?P<role>{_ROLE_PHRASE}){_ROLE_END}")
# ', speaking on behalf of the', ', who spoke for'.
SPEAKING_FOR = re.compile(
    r",\s+(?:who\s+(?:was\s+|is\s+)?)?(?:speaking|spoke|speaks|acting|negotiating|voting|answers|answered|answering)\s+"
    r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
    # 'Jane Doe answers for JAXA', 'Jane Doe spoke for the agency': the verb right after the name
    r"|\s+(?:(?:also|then|now)\s+)?(?:speaks|spoke|answers|answered)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
)
# ', a researcher with the', ', an engineer from': a role with a named body.
ROLE_WITH = re.compile(
    rf",\s+(?:(?:then|now|once|formerly)\s+)?(?:a|an|the)\s+(?:former\s+|senior\s+|chief\s+)?(?:[a-z-]+\s+)?"
    rf"{_ROLE_WORD}s?\s+(?:with|from)\s+(?:the\s+)?"
)
# ', the head of the Indian delegation'.
ROLE_OF_NATIONAL = re.compile(
    rf",\s+(?:(?:then|now)\s+)?(?:(?:the|a|an)\s+)?{_ROLE_PHRASE}\s+(?:of|in|at|with|to)\s+the\s+"
)
NATIONAL_BODY = re.compile(
    r"\s+(?:delegation|government|embassy|mission\s+to|team|side|foreign\s+ministry|administration|negotiators)\b"
)
# ', both of the', ', all from'.
BOTH_OF = re.compile(r",\s+(?:both|all|each)\s+(?:of|from|at|with)\s+(?:the\s+)?")
# ' is a ', ', an ': what a mission is.
IS_AN = re.compile(r"(?:\s+(?:is|was|will\s+be)|,)\s+(?:a|an)\s+")
OWN_CRAFT = re.compile(
    r"(?:-(?:led|built|run|operated))?\s+(?:[a-z-]+\s+){0,2}?(?:mission|project|programme|program|probe|spacecraft|"
    r"satellite|lander|rover|orbiter|telescope|initiative|observatory)\b"
)
CRAFT_WORDS = ("mission", "project", "program", "probe", "spacecraft", "satellite", "lander", "rover", "orbiter",
               "telescope", "initiative", "observatory")  # fmt: skip
# 'NASA astronauts Jane Doe and …'.
PLURAL_ROLE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:astronauts|cosmonauts|taikonauts|engineers|scientists|officials|researchers|diplomats|"
    r"negotiators|executives|managers|lawmakers|senators)\s+"
)
# 'Artemis II will carry Jane Doe and …'.
CARRIES = re.compile(
    r"\s+(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to|could|did\s+not|will\s+not)\s+)?"
    r"(?P<verb>carry|carries|carried|carrying|take|takes|took|fly|flies|flew)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:[a-z-]+:\s+)?"
)

IN_CHARGE = re.compile(
    r"\b(?:is|was|are|were|remains|been|be|put|placed)\s+(?:(?:now|also|still|not|never|no\s+longer)\s+)*in\s+charge\s+of\s+(?:the\s+)?"
)
# 'instruments from JAXA and ESA', 'a camera supplied by NASA': a payload and its supplier.
PAYLOAD_FROM = re.compile(
    r"\b(?:instruments?|payloads?|experiments?|cameras?|sensors?|spectrometers?|detectors?|radars?|retroreflectors?|"
    r"rovers?|robots?)\s+(?:from|supplied\s+by|provided\s+by|built\s+by|made\s+by|developed\s+by)\s+(?:the\s+)?"
)
# 'Example-1 landed with a small Examplian instrument on board', 'Example-1 carries an Example Corp camera': the
# payload named by its supplier before the noun (the supplier is the mention right before the noun; relations12).
SUPPLIER_BEFORE_PAYLOAD = re.compile(
    r"\b(?:with|carr(?:y|ies|ied|ying)|includ(?:e|es|ed|ing)|host(?:s|ed|ing)?)\s+"
    r"(?:(?:a|an|the|one|two|three|four|several|its)\s+)?(?:[a-z-]+\s+){0,2}?(?=[A-Z])"
)
SUBJECT_OPENING = re.compile(r"(?:\s*(?:[\d.:/]+|[-—–]|[A-Z][\w’'.-]*|the|its|their|this|that))*\s*")
PAYLOAD_AFTER_SUPPLIER = re.compile(
    r"(?:-(?:built|made|supplied|provided))?\s+(?:[a-z-]+\s+)?(?:instruments?|payloads?|experiments?|cameras?|"
    r"sensors?|spectrometers?|detectors?|radars?|retroreflectors?|rovers?|robots?)\b"
)
# Between a mission and a payload it carries: 'Example-1, a lander with', 'Example-1 carried a small'.
CARRIER_GAP = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:with|carrying)\s+(?:(?:a|an|the|two|three|four|several|its)\s+)?(?:[\w-]+\s+){0,3}?|"
    r"\s+(?:(?:will|would|also|is\s+to)\s+)?(?:carr(?:y|ies|ied)|includ(?:e|es|ed)|ha[sd]|t[oa]ok(?:es)?)\s+"
    r"(?:(?:a|an|the|two|three|four|several|its)\s+)?(?:[\w-]+\s+){0,3}?"
)
# 'Its cargo included a camera supplied by NASA', 'It carried …': the mission of the sentence before.
ITS_CARGO = re.compile(r"^\s*(?:(?:Its|It)\s+(?:[a-z]+\s+){0,2}?(?:carr(?:y|ies|ied)|includ(?:e|es|ed)|ha[sd])\b)")

# 'who flew to the International Space Station on Boeing's Starliner': a crew member takes part.
# ('would come home on a Crew Dragon', 'is to return aboard X': the base forms after a modal; claims12)
TRAVELLED = re.compile(
    r"\b(?:flew|flown|fly|flies|flying|travel(?:l)?ed|travels|rode|ridden|ride|rides|returned|launched|went|came|"
    r"come|comes|coming|return|returns|returning|followed|follows|lift(?:ed|s)?\s+off|blast(?:ed|s)?\s+off|took\s+off|takes\s+off|"
    # ('he was back in orbit on Example-9': a stay in orbit on the craft; crews18)
    r"(?:was|were|is|are)\s+(?:back\s+)?in\s+(?:orbit|space)|"
    # ('stayed in orbit aboard the command module X', 'landed in the lunar module Y'; people21)
    r"stayed|stays|remained|remains|landed|lands|descended|descends)\b"
    # ('flew to the edge of space on Tuesday aboard X': a day between; people21)
    r"(?P<gap>(?:,?\s+(?!(?:on|aboard)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"
    r"[\w’'-]+){0,8}?)(?P<comma>,)?\s+(?P<prep>on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|aboard|in(?=\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:module|lander|capsule)\b))\s+(?:board\s+)?"
)
POSSESSIVE = re.compile(r"['’]s\s")
TO_STATION = re.compile(r"\s+to\s+(?:the\s+)?")
STATION_NOUN = re.compile(r"\s+(?:space\s+)?station\b")
# 'to the Mir exhibit', 'to the ISS programme office': the name qualifies a noun after it, no station reached.
MODIFIED_STATION = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:programme|program|office|exhibit(?:ion)?|museum|model|replica|mock-?up)\b"
)
THIS_TIME = re.compile(r",\s+(?:this|that)\s+time\b")
PROVIDER_GAP = re.compile(r"(?:(?:the|a|an)\s+)?")
# ' on the Crew-4 mission', ' as part of Example-3': the mission a craft flew on
# ("the space shuttle Example's STS-1 mission", 'on Example for STS-2': the mission after a possessive or 'for';
# crews18)
ON_MISSION = re.compile(r"(?:['’]s|\s+(?:on|as\s+part\s+of|during|for))\s+(?:the\s+)?")
# 'came in January 1996, on …': a time between the verb and the craft, set off by a comma (crews18)
TIME_ONLY = re.compile(r"\s+(?:in|on)\s+(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?")
# 'Her second flight came …', "Jane Doe's first trip was …": a flight of its possessor, up to the verb
FLIGHT_OF = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:flight|spaceflight|mission|trip|journey|stay)\s+(?:(?:was|were|had|has)\s+)?$"
)
# ', with two cosmonauts, A and B', ' with her crewmates A and B': who flew with the subject
WITH_CREW = re.compile(
    r"(?:\s+(?:from|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,?\s+with\s+"
    r"(?:(?:his|her|their|two|three|four|five|six|fellow|the)\s+)*(?:[a-z-]+\s+)?"
    r"(?:cosmonauts?|astronauts?|taikonauts?|crewmates?|crew\s+members?|colleagues?),?\s+"
)
# 'took command of the', 'assumed command of': the one who takes command of a station or craft leads it
TOOK_COMMAND = re.compile(r"\b(?:t(?:ook|akes?|aking)|assum(?:ed|es?|ing))\s+(?:over\s+)?command\s+of\s+")
# 'handed it over in October to', 'handed over command of the station to', 'handed command to'
HANDED_OVER = re.compile(
    r"\bhand(?:ed|s|ing)?\s+(?:(?P<it>it)\s+over|over\s+(?:the\s+)?command|(?:the\s+)?command)"
    r"(?:\s+of\s+[^,;.]{1,60}?)?(?:\s+(?:in|on|at)\s+[\w\s]{1,25}?)?\s+to\s+"
)
COMMAND_REACH = 400  # how far back 'took command of' may be for 'handed it over'
THE_CRAFT = re.compile(r"the\s+(station|spacecraft|craft|ship|mission|flight|capsule)\b")
# 'spent almost 200 days on', 'lived for six months aboard': a stay on a station or craft
STAYED = re.compile(
    r"\b(?:spent|spends|spend|spending|lived|lives|stayed|stays|worked|works)\s+(?:for\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:days?|weeks?|months?|years?|nights?)\s+(?:on|aboard|in)\s+(?:board\s+)?|"
    # ('the first NASA astronaut to live aboard Mir', 'lived and worked aboard the station')
    r"\b(?:live|lived|lives|living|work|worked|works|working)\s+(?:and\s+(?:work|worked|live|lived)\s+)?"
    r"(?:aboard|on\s+board)\s+"
)
# ('aboard the shuttle Discovery', 'on the spacecraft Example-1': a craft noun before the name; relations15)
CRAFT_GAP = re.compile(
    # ("aboard the company's X", 'in the lunar module X'; people21)
    # ("on the space shuttle Example's STS-1 mission" with the shuttle's name untyped: the mission; people21)
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:space\s+)?(?:shuttle|orbiter)\s+(?=[A-Z][\w-]*['’]s\s))?"
    r"(?:(?:[A-Z][\w-]*|company|agency|firm|country|programme|program)['’]s\s+)?"
    r"(?:(?:space\s+)?(?:shuttle|orbiter|spacecraft|capsule|ship)\s+|(?:lunar|command|service|landing|descent|ascent|crew)\s+"
    r"module\s+|(?:lunar\s+)?lander\s+)?"
    # ('on the replacement, Example-23', 'aboard a new capsule, Example-23': the craft named in apposition; people20)
    r"(?:(?:(?:its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}?(?:replacement|craft|spacecraft|capsule|ship|vehicle|orbiter|"
    r"shuttle)\s*,\s+)?"
)
# 'on an H-IIA rocket of Example Heavy Industries', 'on an Example Corp rocket'.
ROCKET_OF = re.compile(
    r"\b(?:on|aboard)\s+(?:a|an|the)\s+(?P<carrier>(?:[\w-]+\s+){0,3}?)(?:rocket|launcher|booster|launch\s+vehicle)\b"
    r"(?P<of>\s+(?:of|from|built\s+by|operated\s+by|provided\s+by|made\s+by|supplied\s+by)\s+(?:the\s+)?)?"
)
# 'went up on a Falcon 9 of Example Corp', 'flew on an Example Corp capsule': a named craft and its provider.
CARRIED_ON = re.compile(
    # ('reached orbit aboard a Falcon 9 of Example Corp': arriving in orbit on it is going up on it; relations12)
    r"\b(?:launch(?:ed|es)?|lift(?:ed|s)?\s+off|blast(?:ed|s)?\s+off|took\s+off|fl(?:ew|ies|y|own)|went\s+up|"
    r"reach(?:ed|es)?\s+(?:orbit|space)|"
    r"go(?:es)?\s+up|le(?:ft|aves)|rode|travel(?:l)?ed)\b(?P<gap>(?:\s+[\w-]+,?){0,8}?)\s+(?:on|aboard)\s+"
    r"(?:a|an|the|another)\s+"
)
NETWORK_SATELLITES = re.compile(r"\s+(?:[a-z-]+\s+)?satellites?\b")
CARRIER_THEN_CRAFT = re.compile(r"(?:['’]s)?\s+")
CRAFT_THEN_CARRIER = re.compile(r"\s+(?:of|from|(?:built|operated|provided|supplied|made)\s+by)\s+(?:the\s+)?")
# 'Starlink, run by Example Corp': the operator of a network or a body leads it.
RUN_BY = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:run|operated|managed)\s+by\s+(?:the\s+)?"
)
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# 'it runs its own regional forum, EF': an organization or network the subject runs.
RUNS_OWN = re.compile(
    r"\b(?:runs|ran|operates|operated|manages|managed)\s+(?:its|their)\s+own\s+(?:[a-z-]+\s+){0,3}?[a-z-]+"
    r"(?:,\s+(?:the\s+)?|\s+(?=[A-Z]))"
)
# 'Brazil's Chamber of Deputies, the lower house of Congress': a chamber of a legislature is part of it.
HOUSE_OF = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:(?:lower|upper|first|second|other|main|military|space)\s+)?(?:house|chamber|wing|"
    r"service|directorate|department)\s+(?:of|within|in)\s+(?:the\s+)?|,\s+(?:now\s+|still\s+)?part\s+of\s+(?:the\s+)?"
)
PLACED_IN = re.compile(r"\s+(?:in|at)\s+")
CENTRE_HEAD = re.compile(r"\b(?:Cent(?:re|er)|Laboratory|Institute|Office|Directorate)\b")
# 'a command within the air force', 'X, set up within Y'; 'X would be created within Y': a plan (claims12).
WITHIN = re.compile(
    r"(?:,?\s+(?:which|that))?"
    r"\s+(?:(?:was|is|were|are|has\s+been|(?P<modal>(?:will|would|could|may|might|shall|is\s+to|are\s+to)\s+be))\s+)?"
    r"(?:(?:set\s+up|created|formed|established|housed|sits|sat|operates|operated|lies)\s+)?within\s+(?:the\s+)?"
    # ('X, which sits inside the Ministry of Y', 'is housed inside': 'inside' after a verb of placing)
    r"|,?\s+(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:sits|sat|is\s+set\s+up|was\s+set\s+up|housed|lies|operates)\s+"
    r"inside\s+(?:the\s+)?"
    # ('X, housed in the Department of Y', 'was folded into Y': a part of the organization named after; not 'A and B
    # were merged into Y', a merger that forms a new body and gives no relation, by the guidelines; documents22)
    r"|,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?housed\s+(?:in|at)\s+(?:the\s+)?"
    r"|\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:folded|absorbed|integrated)\s+into\s+(?:the\s+)?"
)
WITHIN_VERB = re.compile(r"(?:set\s+up|created|formed|established|within)\b")
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]{1,12}\)")
# 'was set up in September 2019 in Toulouse': where a body was founded is its seat.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = rf"(?:\s+(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH}\s*)?(?:\d{{1,2}},?\s*)?(?:\d{{4}})?)"
# ('The Example Agency opened in Exampleton in May', 'opened its doors in': a body that opens somewhere sits there;
# relations12)
SET_UP_IN = re.compile(
    rf"(?:\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:set\s+up|founded|established|created|"
    rf"formed|inaugurated|opened)|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bremains\s)\bopen(?:s|ed)?(?:\s+its\s+doors)?)"
    rf"(?P<when>{_WHEN}*?)\s+in\s+(?:the\s+)?(?=[A-Z])(?!{_MONTH})"
)

# 'whom the president picked to lead it', 'picked Jane Example to head', 'was appointed to run': the one chosen.
CHOSEN_TO_LEAD = re.compile(
    r"\b(?P<verb>picked|chosen|chose|selected|named|appointed|tapped|nominated|designated|hired)\s+"
    # ('chose Jane Doe, a former secretary of state, to chair it': an apposition after the one chosen; roles17)
    r"(?P<chosen>(?:[^,;.:]{1,60}?(?P<aside>,\s+(?:a|an|the)\s+[^,;.:]{1,60}?,)?\s+)?)to\s+"
    r"(?P<lead>lead|head|run|command|direct|manage|chair|oversee)\s+(?:the\s+)?"
)
CHOSEN_PASSIVE = re.compile(
    r"\b(?:is|was|were|are|been|being|be)\s+(?:(?:now|also|just|recently|formally|officially|later)\s+)*$"
)
CHOSEN_RELATIVE = re.compile(r",?\s+whom\s+(?:[^,;.:]{1,60}?\s+)?$")
# 'its main partner in ExampleMars was Roscosmos', 'Canada is NASA's partner in the Gateway'.
_PARTNER_IN = (
    r"(?P<owner>\b[Ii]ts|\b[Tt]heir|(?<![\w’'])[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+){0,2}?partners?\s+(?:in|on|for)\s+"
    r"(?:the\s+)?"
)
PARTNER_IN = re.compile(_PARTNER_IN)
PARTNER_COPULA = re.compile(
    r"\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|remains|remained)\s+(?:(?:also|still|now)\s+)?)"
)
WORD = re.compile(r"\w+")
LAST_WORD = re.compile(r"\w+$")
ROLE_WORD = re.compile(_ROLE_WORD, re.IGNORECASE)
ROLE_WORD = lead_deep(ROLE_WORD)  # the same matches, found faster (literals.lead_deep)
PAYLOAD_WORDS = ("instrument", "payload", "experiment", "camera", "sensor", "spectrometer", "detector", "radar",
                 "retroreflector", "rover", "robot")  # fmt: skip
RECENT_FACTS = 300  # how far back the facts of the text are searched for a person's office (linear in the text)
# Words without which a sentence holds no office, part or seat these rules read (a quick test first).
OFFICE_WORD = re.compile(
    r"inister|resident|remier|hancellor|xecutive|CEO|ounder|hair|eneral|dministrator|ommissioner|irector|"
    r"King|Queen|mperor|mpress|Crown|Grand|overnment\s+of"  # (people22)
)
PART_OR_SEAT_WORD = re.compile(
    r"\b(?:house|chamber|wing|service|directorate|department|part|within|set\s+up|founded|established|created|formed|"
    r"inaugurated|open(?:s|ed)?|housed|folded|merged|absorbed|integrated|inside)\b"
)
# 'Chamber of Deputies' taken for a person: people's names hold no such words.
NOT_A_PERSON = re.compile(r"\s(?:of|for|and|the)\s")
RUN_VERB = re.compile(r"\b(?:run|operated|managed)\b")
OPERATED_WORD = re.compile(r"\b(?:buil|develop|design|launch|operat|run|ran\b|own|manag|control|fl[ie])")


def roles(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> list[Role]:
    """What the roles and descriptions in one sentence state; ``history`` are
    the text's mentions so far, ``facts`` its facts so far."""
    # first: the offices below defer to them
    found: list[Role] = structural_affiliations(view, history, facts[-RECENT_FACTS:])
    sentence = view.sentence
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]
    if people:
        possessive = "'s " in sentence or "’s " in sentence
        if possessive:
            found += _possessed_people(view)
        if possessive or ", " in sentence:
            found += _described_owners(view, people, history)
        found += _predicates(view, people, history)
        if "rogram" in sentence:
            found += _programme_managers(view, people, history)
    # ('In July 1969 he was the pilot of Example-11', 'A year later she was named …': past a time opening; people21)
    opening = [
        m
        for m in view.mentions
        if m.rule == "anaphor"
        and view.is_(m, "Person")
        and (m.start == view.start or TIME_OPENING.fullmatch(view.text, view.start, m.start) is not None)
    ][:1]
    for person in opening if not people or people[0].start > view.start else ():
        # 'She was NASA's chief astronaut', 'He became the first ESA astronaut': a pronoun opening the sentence
        copula = IS_ROLE.match(view.text, person.end, view.end)
        found += _copula_role(view, person, copula.end(), history) if copula else []
    # 'She joined NASA in 1990': a pronoun opening the sentence stands for the person named before.
    subjects = people + [m for m in view.mentions if m.rule == "anaphor" and view.is_(m, "Person")]
    if subjects:
        found += _works_for(view, subjects)
    if people:
        if "," in sentence or " for " in sentence or " behalf " in sentence:
            found += _acting_for(view, people)
        if " sign" in sentence and (" for " in sentence or " behalf " in sentence):
            signed = _signed_for(view, people)
            # the one the signer signed for is the country of the office, not a country the text is about
            bodies = {person.entity: body.entity for person, _, body, _, _ in signed}
            found = [r for r in found if not (r[4] == "office of the country in focus" and r[0].entity in bodies
                                              and r[2].entity != bodies[r[0].entity])] + signed  # fmt: skip
        if ROLE_WORD.search(sentence):
            found += _program_roles(view, people)
        found += _groups(view)
        if search(OFFICE_WORD, sentence):
            found += _offices(view, people, history, facts[-RECENT_FACTS:] + [_as_fact(r) for r in found])
    if "dock" in sentence:
        found += docked(view)  # 'Soyuz MS-25 docked with the ISS': part of the station (dockings.py; guidelines23)
    if "command" in sentence or "hand" in sentence:
        found += _command(view, history)
    if search(TRAVELLED, sentence):
        # ('She launched in 2014 on Example-7': a pronoun for the person named before; relations15)
        found += _travelled(view, history)
    if "flight" in sentence or "mission" in sentence or "trip" in sentence:
        found += _flight_was(view, history)
    if subjects and search(STAYED, sentence):
        found += _stayed(view)
    if people and ("crew" in sentence or "board" in sentence):
        found += _crew_list(view, people, history)
    if people and ("crew" in sentence or "aboard" in sentence or "naut" in sentence or "veteran" in sentence):
        found += _crew_members(view, people)
    if ", " in sentence and search(OPERATED_WORD, sentence):
        found += _operated_craft(view, history)
    if "rocket" in view.sentence or "launcher" in view.sentence or "booster" in view.sentence:
        found += _launchers(view)
    if any(word in sentence for word in CRAFT_WORDS):
        found += _own_missions(view)
    if " on " in sentence or " aboard " in sentence:
        found += _named_carriers(view)
    if " by " in sentence or " own " in sentence:
        found += _operators(view)
    if "partner" in sentence:
        found += _partner_in(view, history)
    if " to " in sentence and search(CHOSEN_TO_LEAD, sentence):
        found += _chosen_to_lead(view, history)
    if " charge of " in view.sentence:
        found += _in_charge(view)
    if any(word in sentence for word in PAYLOAD_WORDS):
        found += _payloads(view, history)
    if search(PART_OR_SEAT_WORD, sentence):
        found += _parts_and_seats(view)
    if "headquarters" in sentence or "head office" in sentence:
        found += _owned_seat(view, history)
    if people and ":" in sentence:
        found += _labelled_lines(view, people, history)
    if " the " in sentence and search(BUILDS_DESCRIBED, sentence):
        found += _built_described(view, history)
    if search(OPERATOR_WORD, sentence):
        found += _operated(view, history)
    if ("led " in sentence or "lead" in sentence or "head" in sentence) and LEADS_INDUSTRY.search(sentence):
        found += industry_leaders(view, history)  # 'A led the industrial team'
    if " by " in sentence and SERIES_BUILT_BY.search(sentence):
        found += series_builders(view, history)  # 'The satellites are built by A; on the other side by B'
    if search(SUPPLIES_PART, sentence):
        # 'B supplied the payload module' (makers.py; 'for the orbiter': what the text calls an orbiter)
        found += supplied_parts(view, history, lambda noun, at: _described_thing(view, history, noun, at))
    if (
        "built" in sentence
        or "made" in sentence
        or "help" in sentence
        or "designed" in sentence
        or "assembl" in sentence  # ('It had been assembled at the X Center'; participation26)
        or "lo" in sentence
        or "lent" in sentence
    ):
        found += built_at(view, history)  # 'Example-1, built at Example University,' (makers.py; crews18)
        found += contracted_builds(view, history)  # 'built in China under a contract with X' (makers.py; crews19)
    if people and search(CREW_WORD, sentence):
        found += _crew_roles(view, people, history)
    if people and search(RANK_WORD, sentence):
        found += _ranks(view, people)
    if ":" in sentence and search(DOCUMENT_LABEL, sentence):
        found += _document_labels(view, history)
    if people and ("'s, " in sentence or "’s, " in sentence):
        found += _gapped_possessive_roles(view, people)
    if " the " in sentence and search(SUPPLIED_FOR, sentence):
        found += _supplied_for(view, history)
    if search(SUPPLIED_PART, sentence):
        found += _supplied_in_focus(view, history)
    if "launch" in sentence and search(HANDLED_LAUNCH, sentence):
        found += _launch_handled(view, history)
    if "'s " in sentence or "’s " in sentence:
        found += _possessed_centres(view)
    if " its " in sentence:
        found += _own_craft_objects(view)
    if "partner" in sentence and search(IS_ITS_PARTNER, sentence):
        found += _its_partner(view, history, facts[-RECENT_FACTS:] + [_as_fact(r) for r in found])
    found += constructions(view, history)
    found += offices(view, history)
    found += body_constructions(view, history)
    found += ventures(view, history)
    found += careers(view, history)
    found += posts(view, history)  # 'was sworn in as the agency's Administrator', 'and his pupils at X' (posts.py)
    return found


# A sentence break between two mentions ('. ', '? ', a line break).
SENTENCE_BREAK = re.compile(r"[.!?][\s”\"]|\n")
# 'Its'/'Their' opening a sentence (after a timestamp or a post number too).
PREPOSITION_BEFORE = re.compile(r"\b(?:from|with|to|by|for|at|of|on|against)\s+(?:the\s+)?$")
# A sentence whose subject is described, not named: 'The capsule …', 'Examplia's space agency …'.
UNNAMED_SUBJECT = re.compile(
    r"\s*(?:[\d:/]+\s+)?(?:(?:The|A|An|Its|Their|This|That)\s+|[A-Z][\w-]*['’]s\s+)(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
    r"(?!of\b)[a-z]+(?:s|ed)\b"
)
UNNAMED_CRAFT = re.compile(
    r"\s*(?:[\d:/]+\s+)?(?:The|This|That)\s+(?:[a-z-]+\s+)?(?:flight|launch|mission|satellite|rocket|spacecraft|probe|"
    r"lander|rover|capsule|telescope)\s"
)
UNNAMED_THING = re.compile(
    r"\s*(?:[\d:/]+\s+)?(?:(?:Note|Footnote)\s+\d+\.\s+)?(?:The|This|That)\s+(?:[a-z-]+\s+)?(?:plan|idea|programme|program|"
    r"project|proposal|initiative|scheme|effort|system|network)\s"
)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
CLAUSE_SUBJECT_AFTER = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:was|were|is|are|has|had|will|would)\b")
# ', and it …': a clause whose subject is 'it', after the first clause of the sentence.
IT_CLAUSE = re.compile(r"[,;]?\s+(?:and|but|so|where)\s+it\s+(?!(?:is|was)\s+(?:said|reported|thought|believed)\b)")
OPENING_POSSESSIVE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:[\d:/]+\s+)?$")


def possessor(view: SentenceView, history: list[Found], at: int, classes: tuple[str, ...]) -> Found | None:
    """Whom 'its'/'their' at ``at`` stands for: the subject that opened the
    sentence before, when 'Its' opens a sentence ('The Example Agency helped
    NASA. Its head, …': the agency, not NASA), or this sentence's opening
    subject when the nearest name is a preposition's object ('X bought the
    seat from Y and says its reserve, …': X); otherwise the nearest earlier
    mention of a compatible class. A subject described, not named ('The
    agency worked with ESA. Its head, …'), is never guessed."""
    nearest = antecedent(view.linker, classes, history, at)
    if nearest is None:
        return None
    if view.start <= nearest.start and IT_CLAUSE.search(view.text, nearest.end, at):
        # ('The agency answers to the Ministry of X, and it began work under its first director': 'it' and 'its'
        # stand for the subject that opened the sentence, not the ministry the first clause ended on; roles19)
        opening = next((m for m in view.mentions if m.start <= view.start + 4), None)
        if opening is not None and any(view.is_(opening, c) for c in classes):
            return opening
    if view.text.startswith(("Its ", "Their "), at) and OPENING_POSSESSIVE.search(view.text, max(0, at - 16), at):
        breaks = list(SENTENCE_BREAK.finditer(view.text, max(0, view.start - 600), max(0, view.start - 2)))
        floor, ceiling = (breaks[-1].end() if breaks else max(0, view.start - 600)), view.start
    elif PREPOSITION_BEFORE.search(view.text, max(view.start, nearest.start - 8), nearest.start):
        floor, ceiling = view.start, nearest.start
    else:
        return nearest
    unnamed = UNNAMED_SUBJECT.match(view.text, floor, ceiling)
    if unnamed is not None:
        # ('The flight has drawn a protest from the Example Nation. Its president, …': a craft or a flight
        # owns no office; the organization named after it is the one)
        if UNNAMED_CRAFT.match(unnamed.group(0)) and nearest.start >= unnamed.end():
            return nearest
        if UNNAMED_THING.match(unnamed.group(0)) and view.text.startswith(("Its ", "Their "), at):
            # ('The plan was named X, and in April an Example Organization was set up to run it. Its first
            # director …': a plan owns no office; the organization that is the subject of a later clause is the one)
            subjects = [m for m in history if unnamed.end() <= m.start < ceiling and m.rule != "anaphor"
                        and any(view.is_(m, c) for c in classes) and not view.is_(m, "Country")
                        and CLAUSE_SUBJECT_AFTER.match(view.text, m.end)]  # fmt: skip
            return subjects[-1] if subjects else None
        return None
    opened = next((m for m in history if floor <= m.start < ceiling and m.rule != "anaphor"), None)
    if opened is None or not TOPIC_BEFORE.search(view.text, max(0, opened.start - 40), opened.start):
        if view.text.startswith(("Its ", "Their "), at) and POSSESSIVE_AFTER.match(view.text, nearest.end):
            # ('… set up X, the Example Centre, to let firms use Y's test stands. Its chairman, …': a name that
            # only modifies a noun is less salient than a head noun phrase of the sentence before, the nearest one)
            heads = [m for m in history if floor <= m.start < ceiling and m.rule != "anaphor"
                     and any(view.is_(m, c) for c in classes) and not POSSESSIVE_AFTER.match(view.text, m.end)]  # fmt: skip
            return heads[-1] if heads else nearest
        return nearest
    owned = re.match(r"['’]s\s+", view.text[opened.end : opened.end + 4])
    if owned is not None:
        # 'China's Foreign Ministry answered. Its spokesman, …': the possessed name is the subject
        at_head = opened.end + owned.end()
        opened = next((m for m in history if m.start == at_head and m.rule != "anaphor"), None)
        if opened is None:
            return None
    return opened if any(view.is_(opened, c) for c in classes) else nearest


# A role that belongs to a mission or project rather than a body ('its project director', 'its mission manager').
MISSION_ROLE = re.compile(
    r"\b(?:project|mission|programme|program|flight|science|principal\s+investigator|instrument)\b", re.IGNORECASE
)


def craft_role(view: SentenceView, history: list[Found], at: int, end: int) -> bool:
    """'Hope enters orbit. Its project director, Jane Example, …': 'its' at
    ``at`` is the mission's, a craft the possessive stands for, and the role
    up to ``end`` is a mission's; the person is no member of a body named
    before it (relations12)."""
    if not MISSION_ROLE.search(view.text, at, end):
        return False
    craft = possessor(view, history, at, ("Organization", "Country", "Program"))
    return craft is not None and view.is_(craft, "Program")


# 'a select committee of the House': a common noun whose complement the name is.
NOUN_OF_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|one)\s+(?:[a-z-]+\s+){0,3}?(?:committee|subcommittee|panel|commission|bureau|office|"
    r"division|unit|branch|board|council|group|task\s+force|body|department|directorate|service|wing|team|"
    r"programme|program|project|mission)s?\s+(?:of|within|in|at|under)\s+(?:the\s+)?$"
)


def complement_of_noun(view: SentenceView, mention: Found) -> bool:
    """Whether a name completes a common noun before it ('a select committee
    of the House of Representatives chaired by Jane Doe'): a participle or
    role after the name is then the noun's, not the name's."""
    return NOUN_OF_BEFORE.search(view.text, max(view.start, mention.start - 60), mention.start) is not None


def innermost(view: SentenceView, body: Found) -> Found:
    """'deputy head of the Examplian ministry's Department for X': the office
    is in the last body of a chain of names qualifying the next ('A B's C')."""
    for mention in view.mentions:
        if (
            mention.start > body.end
            and (
                re.fullmatch(r"(?:['’]s)?\s+", view.text[body.end : mention.start])
                # 'Russia's space agency Roscosmos', 'the Japanese agency NASDA': a country's body named after
                # its description (a nationality adjective, or the country's possessive, and a common noun)
                or (view.is_(body, "Country") and COUNTRY_S_BODY.fullmatch(view.text, body.end, mention.start))
                or (view.is_(body, "Country") and COUNTRY_ADJECTIVE_BODY.fullmatch(view.text, body.end, mention.start))
            )
            and (view.is_(mention, "Organization") or unit_named(view, mention))
            and not view.is_(mention, "Country")
        ):
            body = mention
    return body


# The head word of a unit's name: 'Enforcement Bureau', 'Office of X' is found by the names stage.
UNIT_HEAD = re.compile(
    r"\s(?:Bureau|Office|Division|Department|Directorate|Committee|Subcommittee|Council|Commission|Service|Command|"
    r"Agency|Institute|Laboratory|Centre|Center|Board|Unit|Branch|Secretariat|Section)$"
)


def unit_named(view: SentenceView, mention: Found) -> bool:
    """A name ending in a unit's head word ('Enforcement Bureau'), whatever class it was given: no person."""
    return UNIT_HEAD.search(view.text, mention.start, mention.end) is not None


def unnamed_unit_after(view: SentenceView, body: Found) -> bool:
    """'who heads the Commission's Enforcement Bureau' with the bureau not
    found: the office is in a unit of the body, not in the body itself."""
    owned = re.match(r"['’]s\s+(?=[A-Z])", view.text[body.end : body.end + 4])
    if owned is None or any(m.start == body.end + owned.end() for m in view.mentions):
        return False
    # ("the EU's High Representative", "ESA's Director General": capitalised words closing on a role are a
    # title, not a unit)
    run = CAPITALISED_RUN.match(view.text, body.end + owned.end(), view.end)
    if run is not None and UNIT_WORD.search(run.group(0)) is None and LOWER_WORD_AFTER.match(view.text, run.end()):
        return False  # ("ESA's Earth observation programmes": a description of the body's work, not a unit's name)
    return run is None or UNIT_WORD.search(run.group(0)) is not None or TITLE_WORD.search(run.group(0)) is None


# The capitalised words after a possessive: a title ("High Representative", "Director General") when one is a role
# word and none a unit's head word ("Enforcement Bureau").
LOWER_WORD_AFTER = re.compile(r"\s+(?!(?:of|for|and|on|in)\b)[a-z]")
CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
TITLE_WORD = re.compile(rf"\b{ROLE}\b", re.IGNORECASE)
UNIT_WORD = re.compile(UNIT_HEAD.pattern.replace("\\s(", "\\b(").replace(")$", ")\\b"))


COUNTRY_ADJECTIVE_BODY = re.compile(
    r"\s+(?:(?!(?:to|of|for|at|in|with|and|on|from|by|the)\b)[a-z-]+\s+){0,2}(?:agency|company|firm|office|ministry|"
    r"institute|operator|contractor|group|organi[sz]ation|administration|centre|center|body|authority)\s+"
)
COUNTRY_S_BODY = re.compile(r"['’]s\s+(?:(?!(?:to|of|for|at|in|with|and|on|from|by|the)\b)[a-z-]+\s+){1,3}")


def _as_fact(role: Role) -> dict[str, Any]:
    return {"subject": role[0].entity, "relation": role[1], "object": role[2].entity}


def _works_for(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Doe, who works for the Example Agency', 'Jane Doe joined the
    Example Agency in 2010': a person's employer."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        verb = WORKS_FOR.match(view.text, person.end, view.end) or WRITES_FOR.match(view.text, person.end, view.end)
        aside = (
            CLOSED_APPOSITION.match(view.text, person.end, view.end)
            # ('Jane Doe, who trained as an engineer, joined Example Corp in 2005': past a relative clause)
            or RELATIVE_ASIDE.match(view.text, person.end, view.end)
            if verb is None
            else None
        )
        if aside is not None:
            # 'Jane Doe, a former NASA engineer, now works for Example Corp': past the apposition
            verb = WORKS_FOR.match(view.text, aside.end(), view.end)
        employer = by_start.get(verb.end()) if verb else None
        if verb and employer is None and verb.group("article"):
            employer = by_start.get(verb.start("article"))  # a name that keeps its article ('The Example Times')
        if verb is None or employer is None or view.is_(employer, "Person") or not view.is_(employer, "Agent"):
            continue
        if view.is_(employer, "Country"):
            continue  # 'joined Canada', 'works in France': no office
        employer = possessed(view, employer)  # ("works at NASA's Example Center": the centre; people21)
        if verb.group("verb") == "joined" and not JOINED_END.match(view.text, employer.end, view.end):
            continue  # 'joined NASA officials in calling for …': an act, not a post
        cue = WORD.match(view.sentence, verb.start("verb") - view.start)
        found.append((person, "affiliatedWith", employer, cue, "works for"))
    return found


def _acting_for(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Doe, speaking on behalf of the EU', 'Jane Doe, a researcher with
    the Example Agency', 'Jane Doe and John Roe, both of the Example Agency',
    'Jane Doe, the head of the Indian delegation': whom a person acts for."""
    found: list[Role] = []
    text = view.text
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        link = SPEAKING_FOR.match(text, person.end, view.end) or ROLE_WITH.match(text, person.end, view.end)
        body = by_start.get(link.end()) if link else None
        # ('a researcher from India' is a nationality, not an office)
        if (link is not None and body is not None and view.is_(body, "Agent") and not view.is_(body, "Person")
                and not (view.is_(body, "Country") and link.re is ROLE_WITH)):  # fmt: skip
            found.append((person, "affiliatedWith", body, None, "acts for"))
        delegation = ROLE_OF_NATIONAL.match(text, person.end, view.end)
        country = by_start.get(delegation.end()) if delegation else None
        if (delegation is not None and country is not None and view.is_(country, "Country")
                and NATIONAL_BODY.match(text, country.end, view.end)):  # fmt: skip
            found.append((person, "affiliatedWith", country, None, "acts for"))
        both = BOTH_OF.match(text, person.end, view.end)
        body = by_start.get(both.end()) if both else None
        if both is None or body is None or not view.is_(body, "Organization"):
            continue
        crew = view.group([m for m in view.before(person.end - view.start) if view.is_(m, "Person")], True)
        found += [(member, "affiliatedWith", body, None, "acts for") for member in crew]
    return found


# 'Jane Example signed the Accords for Norway', 'signed them on behalf of the agency': whom the signer acts for.
SIGNED_FOR = re.compile(
    r"\s+(?:(?:has|had|have|formally|also|then)\s+)*sign(?:ed|s)\s+(?:(?:the|it|them|this|that|a|an)\b\s*)?"
    r"(?:[\w’'-]+\s+){0,6}?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
)


def _signed_for(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Example signed the Accords for Norway', 'Jane Example signed
    them on behalf of the agency': the signer acts for the body or country
    named after 'for' (not 'signed the contract for the lander')."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        link = SIGNED_FOR.match(view.text, person.end, view.end)
        body = by_start.get(link.end()) if link else None
        if body is None or not view.is_(body, "Agent") or view.is_(body, "Person"):
            continue
        # (only the document between the verb and 'for': 'signed the deal with NASA for Norway' is two parties)
        between = [m for m in view.mentions if person.end < m.start and m.end <= body.start]
        if any(not view.is_(m, "Document") for m in between):
            continue
        found.append((person, "affiliatedWith", body, None, "signed for"))
    return found


def _own_missions(view: SentenceView) -> list[Role]:
    """'Example-1 is a JAXA mission', 'Example-2, an ESA probe,': the
    organization's own mission, which it leads (not a country's: 'a
    Japanese mission' is a nationality)."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for mission in view.mentions:
        if not view.is_(mission, "Program") or view.is_(mission, "Station"):
            continue
        link = IS_AN.match(view.text, mission.end, view.end)
        owner = by_start.get(link.end()) if link else None
        if link is None or owner is None or not view.is_(owner, "Organization") or view.is_(owner, "Country"):
            continue
        if OWN_CRAFT.match(view.text, owner.end, view.end):
            found.append((owner, "leads", mission, None, "an organization's own mission"))
    return found


def _program_roles(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Doe, the commander of Artemis II', 'Artemis II commander Jane
    Doe', 'Artemis II's pilot, Jane Doe': a role in a mission leads it (a
    commander, a manager) or takes part in it (a pilot, a scientist)."""
    found: list[Role] = []
    text = view.text
    programs = [m for m in view.mentions if view.is_(m, "Program") or view.is_(m, "Station")]
    if not programs:
        return found
    ends = {m.end: m for m in programs}
    starts = {m.start: m for m in programs}
    for person in people:
        role = ROLE_OF_PROGRAM.match(text, person.end, view.end)
        program = starts.get(role.end()) if role else None
        if role is None or program is None:
            role = PROGRAM_ROLE_BEFORE.search(text, max(view.start, person.start - 50), person.start)
            program = ends.get(role.start()) if role else None
            if program is not None and program.rule == "anaphor" and role is not None and role.group(0)[:1] in "'’":
                program = None  # 'the mission's manager, Jane Doe': the noun's class chooses (described owners)
        if role is None or program is None:
            # 'Jane Doe, Artemis II's chief scientist'
            program = starts.get(person.end + 2) if text.startswith(", ", person.end) else None
            role = POSSESSIVE_PROGRAM_ROLE.match(text, program.end, view.end) if program else None
        if role is None or program is None:
            # 'Jane Doe, the Example-7 project scientist,', ', the Example-7 mission manager' (people22)
            opened = APPOSED_THE.match(text, person.end, view.end)
            program = starts.get(opened.end()) if opened else None
            role = NAME_ROLE_AFTER.match(text, program.end, view.end) if program else None
        if role is None or program is None:
            continue
        words = [w for w in role.group("role").lower().split() if w not in ROLE_QUALIFIERS]
        relation = "leads" if " ".join(words) in LEAD_ROLES else "participatesIn"
        found.append((person, relation, program, None, "role in a program"))
    return found


def _groups(view: SentenceView) -> list[Role]:
    """'NASA astronauts Jane Doe and John Roe': each of them; 'Artemis II
    will carry Jane Doe and John Roe': the crew takes part in the mission."""
    found: list[Role] = []
    text = view.text
    for first, second in zip(view.mentions, view.mentions[1:], strict=False):
        if not view.is_(second, "Person") or view.is_(first, "Person"):
            continue
        plural = PLURAL_ROLE.fullmatch(text, first.end, second.start)
        carry = CARRIES.fullmatch(text, first.end, second.start)
        if plural is None and carry is None:
            continue
        crew = view.group([m for m in view.after(second.start - view.start) if view.is_(m, "Person")], False)
        if plural is not None and view.is_(first, "Agent") and not view.is_(first, "Country"):
            # 'NASA astronauts A and B and cosmonaut C': the role's scope ends at a name with a title of its own
            titled = next((i for i, (a, b) in enumerate(itertools.pairwise(crew), 1)
                           if not JOINER.match(text[a.end : b.start])), len(crew))  # fmt: skip
            found += [(person, "affiliatedWith", first, None, "plural role before names") for person in crew[:titled]]
        # ('The Falcon 9 carried A and B to orbit': a rocket carries the capsule the crew ride; deals16)
        if (
            carry is not None
            and view.is_(first, "Program")
            and not view.is_(first, "Station")
            and not launcher(view, first)
        ):
            cue = WORD.match(view.sentence, carry.start("verb") - view.start)
            found += [(person, "participatesIn", first, cue, "crew carried") for person in crew]
    return found


# 'The crew of seven also included', 'Its crew will be', 'On board are', 'Aboard Example-1 were': a crew list follows.
CREW_INTRO = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?crew(?:\s+members)?(?:\s+of\s+[^,;.]{1,40}?)?|"
    r"(?:[Oo]n\s+board|[Aa]board)(?:\s+(?:the\s+)?[A-Z][^,;.]{0,40}?)?)"
    r"(?:\s+(?:also|further|then|now|again))?\s+(?P<verb>included|includes|include|comprised|comprises|consisted\s+of|"
    r"consists\s+of|(?:will|would|is\s+to|are\s+to)\s+(?:include|be|comprise)|was|were|is|are)\s+(?:also\s+)?"
)
# What may stand between the verb and the first name: 'the astronauts', 'commander', 'two Americans,'.
CREW_GAP = re.compile(r"(?:(?:the|a|an|two|three|four|five|six|seven)\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+,\s+)?")
# Where the list ends: a clause of its own after it.
CREW_END = re.compile(r"[;:]|\s[–—]\s|\b(?:who|which|said|says|told|while|but|whereas|after|before|when)\b")
# 'Jane Doe, the commander,', 'commander Jane Doe': the member who commands the flight leads it.
COMMANDER_AFTER = re.compile(r",\s+(?:the|its|their)\s+(?:mission\s+|flight\s+|crew\s+)?(?:commander|captain)\b")
COMMANDER_BEFORE = re.compile(r"\b(?:[Cc]ommander|[Cc]aptain)\s+$")


def _crew_list(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'The crew of seven also included Jane Doe of ESA and John Roe', 'On
    board are Jane Doe, the commander, and John Roe': each member takes part
    in the mission named in the clause or, failing that, the mission the
    text named last; the commander leads it."""
    found: list[Role] = []
    text = view.text
    for match in CREW_INTRO.finditer(view.sentence):
        start, end = view.start + match.start(), view.start + match.end()
        listed = [p for p in people if p.start >= end]
        if not listed or not CREW_GAP.fullmatch(text, end, listed[0].start):
            continue
        if any(end <= m.start < listed[0].start for m in view.mentions):
            continue
        stop = CREW_END.search(view.sentence, match.end())
        limit = view.start + stop.start() if stop else view.end
        crew = [p for p in listed if p.end <= limit and not re.match(r"['’]s\b", text[p.end : p.end + 2])]
        named = [m for m in view.mentions if start <= m.start and m.end <= end and view.is_(m, "Mission")]
        mission = named[-1] if named else antecedent(view.linker, ("Mission",), history, view.start)
        if mission is None or (not named and mission.start < view.start - CREW_REACH):
            continue
        # the verb group's last word, so that 'will include' reads as planned
        cue = LAST_WORD.search(view.sentence, match.start("verb"), match.end("verb"))
        for person in crew:
            leads = COMMANDER_AFTER.match(text, person.end, limit) or COMMANDER_BEFORE.search(
                text, max(view.start, person.start - 12), person.start
            )
            found.append((person, "leads" if leads else "participatesIn", mission, cue, "crew list"))
    return found


CREW_REACH = 400  # how many characters before its sentence the mission a crew list is about was named
_CRAFT_VERB = (
    r"(?:built|builds|developed|develops|designed|designs|launched|launches|operates|operated|runs|ran|owns|owned|"
    r"manages|managed|controls|controlled|flies|flew)"
)
_CRAFT_VERBS = rf"(?:(?:also|now|still|jointly|later)\s+)?(?P<verb>{_CRAFT_VERB})(?:\s+and\s+(?:(?:now|also|still)\s+)?{_CRAFT_VERB})?"
# 'Example-1, the spacecraft it built and operates,', 'Example-1, the satellite Example Corp runs':
# a craft's apposition with a relative clause whose subject is a name or a pronoun.
APPOSED_CRAFT_RELATIVE = re.compile(
    r",\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:spacecraft|satellite|probe|lander|rover|orbiter|telescope|"
    r"capsule|observatory|craft|mission|station)\s+(?:(?P<rel>that|which)\s+)?(?:(?P<pronoun>it|they)\s+)?"
)
APPOSED_CRAFT_VERBS = re.compile(rf"\s*{_CRAFT_VERBS}(?=[\s,.;:)]|$)")
# 'Example Corp, which operates it,': 'it' is the craft named last.
WHICH_VERBS_IT = re.compile(rf",\s+(?:which|that)\s+{_CRAFT_VERBS}\s+(?:it|them)\b")
BUILT_IT_WITH = re.compile(r"\s+(?:together\s+|jointly\s+)?with\s+(?:the\s+)?(?=[A-Z])")
RUNS_CRAFT = re.compile(r"operat|run|ran|own|manag|control")
LAUNCHES = re.compile(r"launch")
CRAFT_REACH = 400  # how far before its sentence the craft 'it' stands for may be named


# 'Example Satellite Company (ESC), a state-owned company set up in 2017, which operates it': the apposition
# between the name and the relative clause.
APPOSITION_BEFORE_WHICH = re.compile(r"\)?\s*(?:\([^()]{1,30}\))?,\s+(?:a|an|the)\s+[^,;:()]{1,80}")


def _relative_head(view: SentenceView, at: int) -> Found | None:
    """The name a relative clause at ``at`` (text offset of its comma) is about: the one right before the comma,
    or the head of an apposition between them ('X, a state-owned company set up in 2017, which …'; makers17)."""
    before = [m for m in view.mentions if m.end <= at]
    if before and before[-1].end == at:
        return before[-1]
    for m in reversed(before):
        if APPOSITION_BEFORE_WHICH.fullmatch(view.text, m.end, at):
            return m
        if not view.is_(m, "Country"):  # (a nationality inside the apposition: 'an Examplian company')
            return None
    return None


def _craft_relation(view: SentenceView, maker: Found, verbs: str) -> str:
    """Who operates, runs or owns a craft leads it; a company that builds or
    launches it takes part; an agency building its own leads it."""
    if RUNS_CRAFT.search(verbs) or not view.company(maker):
        return "leads"
    return "participatesIn"


def _operated_craft(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example Corp said that Example-1, the spacecraft it built and
    operates, …', 'Example-1, the satellite Example Corp runs': the maker
    leads or takes part in the craft; 'Example Corp, which operates it,':
    the craft named last."""
    found: list[Role] = []
    text = view.text
    by_start = {m.start: m for m in view.mentions}
    crafts = [m for m in view.mentions if view.is_(m, "Program") or view.is_(m, "Station")]
    for craft in crafts:
        apposed = APPOSED_CRAFT_RELATIVE.match(text, craft.end, view.end)
        if apposed is None or (apposed.group("rel") and not apposed.group("pronoun")):
            continue  # 'the satellite that Example Corp built': relations.py reads it
        maker: Found | None
        if apposed.group("pronoun"):
            # 'Example Corp announced that Example-1, the spacecraft it built, …': 'it' is named in the sentence
            maker = antecedent(view.linker, ("Organization", "Country"), view.mentions, craft.start)
            at = apposed.end()
        else:
            # a name ('the agency' is left to the rules that weigh what it may stand for)
            maker = by_start.get(apposed.end())
            maker = maker if maker is not None and maker.rule != "anaphor" else None
            at = maker.end if maker is not None else apposed.end()
        if maker is None or not (view.is_(maker, "Organization") or view.is_(maker, "Country")):
            continue
        verbs = APPOSED_CRAFT_VERBS.match(text, at, view.end)
        if verbs is None:
            continue
        # no cue: an apposition is the writer's description, not part of what a speaker reports
        # ('X announced that Example-1, the spacecraft it built, …'); the verbs read are all plain
        found.append((maker, _craft_relation(view, maker, verbs.group(0)), craft, None, "apposed relative clause"))
    if "which" in view.sentence or "that" in view.sentence:
        for match in WHICH_VERBS_IT.finditer(view.sentence):
            runner = _relative_head(view, view.start + match.start())
            # (not a rocket the text names as the one a craft flew on; makers17)
            flown = [m for m in history if not carried_on(view.text, m)]
            run = antecedent(view.linker, ("Mission", "Station"), flown, view.start + match.start())
            if (run is None or run.start < view.start - CRAFT_REACH) and RUNS_CRAFT.search(match.group(0)):
                # ('…, which operates it' far from the craft's name: the craft the text is about; not 'which
                # launched it', often another's craft)
                run = craft_in_focus(view, history, view.start + match.start())
            if runner is None or run is None:
                continue
            if not (view.is_(runner, "Organization") or view.is_(runner, "Country")):
                continue
            # no cue: a relative clause between commas is the writer's, even on a speaker ('According to Y,
            # which operated it, …')
            kind = _craft_relation(view, runner, match.group(0))
            if not RUNS_CRAFT.search(match.group(0)) and LAUNCHES.search(match.group(0)):
                kind = "participatesIn"  # 'Example Agency, which launched it': often another's craft (makers17)
            with_ = BUILT_IT_WITH.match(view.text, view.start + match.end(), view.end)
            partner = next((m for m in view.mentions if with_ is not None and m.start == with_.end()), None)
            if partner is not None and view.is_(partner, "Organization") and not RUNS_CRAFT.search(match.group(0)):
                # ('… supplied by A, which built it with B': both build it, neither alone runs it; relations15)
                kind = "participatesIn"
                found.append((partner, "participatesIn", run, None, "which runs it"))
                found.append((runner, "partnerOf", partner, None, "which runs it"))
            found.append((runner, kind, run, None, "which runs it"))
    return found


# '(Jane Doe) was part of the crew of Example-1', '(and John Roe) are among the four-person crew on Example-2'.
CREW_MEMBER = re.compile(
    # ('served on the crew of Example-1'; people21)
    r"\s+(?P<verb>is|was|are|were|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|became|become|joined|"
    r"served\s+(?:on|in|with))\s+"
    r"(?:(?:also|now|then|later)\s+)?(?:(?:part|a\s+member|members|one|two|three|among)\s+(?:of\s+)?)?(?:the\s+|its\s+)?"
    r"(?:(?:[\w-]+-(?:person|member|strong)|two|three|four|five|six|seven|first|backup|back-up|prime)\s+)?"
    r"crew\s+(?:of|on|aboard|for)\s+(?:the\s+)?|"
    # '(Jane Doe) is one of four astronauts on Example-1', '(…) are the two cosmonauts aboard Example-2'
    r"\s+(?P<verb2>is|was|are|were|will\s+be|would\s+be)\s+(?:(?:one|two|three|four)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|first|only|\w+-person)\s+)?(?:[a-z-]+\s+)?"
    r"(?:astronauts?|cosmonauts?|taikonauts?|crew\s+members?|crewmates?)\s+(?:on|aboard|of|for)\s+(?:the\s+)?|"
    # ('Jane Doe, a veteran of Example-1,', 'she is a veteran of Example-1 and Example-2'; people21)
    r"(?:,\s+|\s+(?:is|was|are|were)\s+)(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?P<verb3>veterans?)\s+of\s+(?:the\s+)?"
)


def _crew_members(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Doe was part of the crew of Example-1', 'Jane Doe and John Roe
    will be among the crew on Example-2': each takes part in the mission."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        match = CREW_MEMBER.match(view.text, person.end, view.end)
        mission = by_start.get(match.end()) if match else None
        if match is None or mission is None or not view.is_(mission, "Program") or view.is_(mission, "Station"):
            continue
        crew = view.group([m for m in people if m.end <= person.end], True)
        verb = next(group for group in ("verb", "verb2", "verb3") if match.group(group))
        cue = LAST_WORD.search(view.sentence, match.start(verb) - view.start, match.end(verb) - view.start)
        found += [(member, "participatesIn", mission, cue, "crew member") for member in crew]
    return found


def _possessed_people(view: SentenceView) -> list[Role]:
    """'NASA's Jane Doe', 'the Example Agency's Jane Doe': the organization or
    country before a person's name (not a person's: 'Jane Doe's John Roe')."""
    found: list[Role] = []
    for owner, person in zip(view.mentions, view.mentions[1:], strict=False):
        if (
            view.is_(person, "Person")
            and not NOT_A_PERSON.search(view.text, person.start, person.end)
            and view.is_(owner, "Agent")
            and not view.is_(owner, "Person")
            and re.fullmatch(r"['’]s\s+", view.text[owner.end : person.start])
        ):
            if not unit_named(view, person):
                found.append((person, "affiliatedWith", owner, None, "possessive before a person"))
                found += _possessive_shared(view, person, owner)
            elif view.is_(owner, "Organization") and not view.is_(owner, "Country"):
                # 'the Commission's Enforcement Bureau': a unit of the body, whatever class its name was given
                found.append((person, "partOf", owner, None, "possessive before a unit"))
    return found


# ', ' or ' and ' between the people a possessive distributes over ('NASA's Jane Doe and John Roe').
PEOPLE_JOINER = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)")
# What after the last person of such a list gives him a body of his own: 'John Roe of ESA', 'John Roe, a Roscosmos
# cosmonaut', "John Roe's" (a possessive of his own).
OWN_BODY_AFTER = re.compile(r"['’]s?\b|\s*,\s+(?:a|an|the|who|its|his|her)\b|\s*\(|\s+(?:of|from|at|with|for)\s+[A-Z]")


def _possessive_shared(view: SentenceView, first: Found, owner: Found) -> list[Role]:
    """'NASA's Jane Doe and John Roe and the Roscosmos cosmonaut X', 'ESA's A,
    B and C': the possessive before the first name of a list of names goes for
    each (not for one with a body of his own: 'NASA's Jane Doe and John Roe of
    ESA', 'NASA's Jane Doe and John Roe, a Roscosmos cosmonaut,')."""
    listed: list[Found] = []
    last, closed = first, False
    for mention in view.mentions:
        if mention.start < last.end:
            continue
        joiner = PEOPLE_JOINER.fullmatch(view.text, last.end, mention.start)
        if joiner is None or not view.is_(mention, "Person") or mention.rule == "anaphor":
            break
        listed.append(mention)
        last = mention
        if "and" in joiner.group(0):
            closed = True  # ('NASA's Jane Doe, John Roe …': no list closed by 'and')
            break
    if not closed or OWN_BODY_AFTER.match(view.text, last.end, view.end):
        return []
    return [(person, "affiliatedWith", owner, None, "possessive over a list of people") for person in listed]


def _owner_relation(view: SentenceView, person: Found, owner: Found, role: str) -> tuple[str, str] | None:
    """affiliatedWith an organization or country; leads or takes part in a program or station."""
    if view.is_(owner, "Organization") or view.is_(owner, "Country"):
        return "affiliatedWith", "role of a described owner"
    if view.is_(owner, "Program") or view.is_(owner, "Station"):
        words = [w for w in role.lower().split() if w not in ROLE_QUALIFIERS]
        leads = " ".join(words) in LEAD_ROLES
        return ("leads" if leads else "participatesIn"), "role in a program"
    return None


# A name right after a verb is its object: 'Roscosmos congratulated ISRO', 'the agency thanked the ESA'.
OBJECT_AFTER_VERB = re.compile(r"\s+(?:(?:also|then|later|quickly|warmly|formally)\s+)?[a-z]{3,}(?:ed|s)\s+(?:the\s+)?")


def _subject_over_object(view: SentenceView, owner: Found, history: list[Found]) -> Found:
    """'Roscosmos congratulated ISRO. Yuri Borisov, its head, said …': in the sentence before, 'its' is the
    subject a verb follows, not the name the verb takes as its object."""
    earlier = [m for m in history if m.end <= owner.start and owner.start - m.end < 60 and m.start >= view.start - 400
               and OBJECT_AFTER_VERB.fullmatch(view.text, m.end, owner.start)
               and (view.is_(m, "Organization") or view.is_(m, "Country"))]  # fmt: skip
    if not earlier or view.text.rfind(".", earlier[-1].end, owner.start) != -1:
        return owner
    return earlier[-1]


# The programme a person manages, named or 'the (space) station' (the station in focus): 'manager of the station
# programme', 'space station programme manager', 'Example programme director' (people20).
_MANAGED = r"(?P<prog>(?:space\s+)?station|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+program(?:me)?"
_MANAGER = r"(?:(?:chief|senior|overall)\s+)?(?P<role>manager|director|head|chief|leader|lead)"
_BODY_OWNER = r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+)"
# ", NASA's manager of the station programme", ', the Example programme director', ", who runs NASA's station programme".
_AFTER_PERSON = rf",\s+(?:(?:then|now|formerly|currently|also)\s+)?(?:{_BODY_OWNER}|the\s+|an?\s+)?"
MANAGER_AFTER = (
    re.compile(rf"{_AFTER_PERSON}{_MANAGER}\s+(?:of|for)\s+(?:the\s+|its\s+|{_BODY_OWNER})?{_MANAGED}\b"),
    re.compile(rf"{_AFTER_PERSON}{_MANAGED}\s+{_MANAGER}\b"),
    re.compile(
        rf",\s+who\s+(?:manages|managed|runs|ran|heads|headed|leads|led|directs|directed)\s+(?:the\s+|{_BODY_OWNER})"
        rf"{_MANAGED}\b"
    ),
)
# "NASA's space station programme manager Jane Doe", 'Example programme director Jane Doe'.
MANAGER_BEFORE = re.compile(rf"(?:^|\b(?:the|The)\s+|{_BODY_OWNER}|\s){_MANAGED}\s+{_MANAGER}\s+$")
MODULE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?module\b")
STATION_FOCUS_REACH = 3000  # how far back (characters) 'the station' of a programme title may name its station


def _programme_managers(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'Jane Doe, NASA's manager of the station programme', 'Jane Doe, NASA's space station programme manager',
    'Example programme director Jane Doe': the person leads the programme named, or the station in focus for 'the
    (space) station programme' (not a deputy's title, nor 'a manager of a supplier to the programme'; people20)."""
    found: list[Role] = []
    text = view.text
    for person in people:
        after = (pattern.match(text, person.end, view.end) for pattern in MANAGER_AFTER)
        match = next((m for m in after if m is not None), None) or MANAGER_BEFORE.search(
            text, max(view.start, person.start - 80), person.start
        )
        if match is None:
            continue
        at = match.start("prog")
        if match.group("prog").split()[-1] == "station":
            near: list[Found] = []
            for m in reversed(history):
                if at - m.end > STATION_FOCUS_REACH:
                    break
                if m.end <= at and view.is_(m, "Station"):
                    near.insert(0, m)
            # (not a module of the station: 'the Zvezda module', 'Nauka laboratory module')
            modules = {m.entity for m in near if MODULE_AFTER.match(text, m.end)}
            program = next((m for m in reversed(near) if m.entity not in modules), None)
        else:
            program = next((m for m in view.mentions if m.start == at and m.end <= match.end()), None)
        if program is None or not (view.is_(program, "Program") or view.is_(program, "Station")):
            continue
        found.append((person, "leads", program, None, "programme manager"))
        # ("NASA's space station programme manager": the body whose programme it is)
        for body in view.mentions:
            if (match.start() <= body.start and body.end <= match.end() and text.startswith(("'s", "’s"), body.end)
                    and (view.is_(body, "Organization") or view.is_(body, "Country"))):  # fmt: skip
                found.append((person, "affiliatedWith", body, None, "programme manager"))
    return found


def _described_owners(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'Jane Doe, then the American agency's administrator', 'the agency's
    chairman, Jane Doe', 'Jane Doe, the station's program manager': the
    owner is the earlier mention the description fits."""
    found: list[Role] = []
    text = view.text
    for person in people:
        matches = [OWNER_ROLE_AFTER.match(text, person.end, view.end), ROLE_AT_DESCRIBED.match(text, person.end, view.end),
                   OWNER_ROLE_BEFORE.search(text, max(view.start, person.start - 90), person.start)]  # fmt: skip
        at = ROLE_AT_BODY.match(text, matches[0].end(), view.end) if matches[0] is not None else None
        employer = next((m for m in view.mentions if at is not None and m.start == at.end()), None)
        if employer is not None and view.is_(employer, "Organization") and not view.is_(employer, "Person"):
            # 'Jane Doe, the lander's manager at Example Corp': the role is held there, whatever it manages (people22)
            found.append((person, "affiliatedWith", possessed(view, employer), None, "role of a described owner"))
        for match in matches:
            if match is None or match.group("det").lower() in ("its", "their"):
                continue  # 'its head, Jane Doe': relations.py reads it
            owner = described(
                view.linker, view.text, match.group("adjs").split(), match.group("noun"), history, match.start()
            )
            if owner is None or owner.entity == person.entity:
                continue
            if not match.group("adjs").split() and coordinated_rival(
                view.linker, "the " + match.group("noun"), owner, history, view.text
            ):
                continue  # ('CNES and DLR signed it. The agency's president, Jane Doe': of either; precision23)
            said = _owner_relation(view, person, owner, match.group("role"))
            if said is not None:
                found.append((person, said[0], owner, None, said[1]))
        # 'ESA said Jane Doe, its director, would come': 'its' is the organization named before.
        its = ITS_ROLE_AFTER.match(text, person.end, view.end)
        owner = antecedent(view.linker, ("Organization", "Country", "Program"), history, person.start) if its else None
        if owner is not None and owner.end <= view.start:
            owner = _subject_over_object(view, owner, history)
        if its is not None and owner is not None:
            said = _owner_relation(view, person, owner, its.group("role"))
            if said is not None:
                found.append((person, said[0], owner, None, said[1]))
    return found


def _predicates(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'Jane Doe, the minister for advanced technology, chairs the Example
    Agency and is the mission's science lead': the verbs and roles of a
    person who is the subject, past an apposition."""
    found: list[Role] = []
    text = view.text
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        pos = person.end
        apposition = APPOSITION.match(text, pos, view.end)
        if apposition is not None:
            pos = apposition.end()
        relative = RELATIVE_ASIDE.match(text, person.end, view.end) if apposition is None else None
        copula = IS_ROLE.match(text, relative.end(), view.end) if relative is not None else None
        if copula is not None:
            # 'Jane Doe, who had headed ESRO, was the agency's first director general': past the relative clause
            found += _copula_role(view, person, copula.end(), history)
        verb = LEADS_VERB.match(text, pos, view.end)
        if verb is not None and apposition is None and not COMMANDS.fullmatch(verb.group("verb")):
            verb = None  # 'Jane Doe leads the agency' (no apposition): relations.py reads it
        if verb is None:
            # 'Jane Doe is the mission's science lead' (a verb right after the name: relations.py reads it).
            copula = IS_ROLE.match(text, pos, view.end)
            if copula is not None:
                found += _copula_role(view, person, copula.end(), history)
            continue
        target = by_start.get(verb.end())
        if target is None:
            continue
        target = innermost(view, target) if view.is_(target, "Organization") else target
        cue = WORD.match(view.sentence, verb.start("verb") - view.start)
        if view.is_(target, "Organization") or view.is_(target, "Country"):
            found.append((person, "affiliatedWith", target, cue, "verb after an apposition"))
        elif view.is_(target, "Program") or view.is_(target, "Station"):
            found.append((person, "leads", target, cue, "verb after an apposition"))
        else:
            continue
        more = AND_IS.match(text, target.end, view.end)
        if more is not None:
            found += _copula_role(view, person, more.end(), history)
    return found


# '(Jane Doe became) the first ESA astronaut', '(is) a NASA engineer': a named body before a role.
COPULA_DETERMINER = re.compile(
    r"(?:(?:the|a|an)\s+(?:(?:first|former|new|current|senior|chief|leading|only|second|third|last|youngest|oldest|"
    r"longest-serving|top)\s+)*)?"
)
BODY_ROLE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{_ROLE_WORD}s?\b(?!['’-])", re.IGNORECASE)
# '(Jane Doe was) the commander of Example-2', '(is) a pilot on Example-3'.
COPULA_PROGRAM_ROLE = re.compile(rf"(?:(?:the|a|an)\s+)?(?P<role>{_ROLE_PHRASE})\s+(?:of|on|for|aboard)\s+(?:the\s+)?")


def _copula_role(view: SentenceView, person: Found, at: int, history: list[Found]) -> list[Role]:
    """'(Jane Doe is) the mission's science lead', '(became) the first ESA
    astronaut', '(was) the commander of Example-2': the role after a copula at ``at``."""
    role = COPULA_OWNER_ROLE.match(view.text, at, view.end)
    if role is None:
        return _copula_named_role(view, person, at)
    if role.group("det").lower() in ("its", "their"):
        return []
    owner = described(view.linker, view.text, role.group("adjs").split(), role.group("noun"), history, role.start())
    said = _owner_relation(view, person, owner, role.group("role")) if owner is not None else None
    if owner is None or said is None or owner.entity == person.entity:
        return []
    return [(person, said[0], owner, None, said[1])]


def _copula_named_role(view: SentenceView, person: Found, at: int) -> list[Role]:
    """'the first ESA astronaut' (a body's, not a country's: 'an American
    astronaut' is a nationality); 'the commander of Example-2' (leads it)."""
    text = view.text
    determiner = COPULA_DETERMINER.match(text, at, view.end)
    named = next((m for m in view.mentions if determiner and m.start == determiner.end()), None)
    if (
        named is not None
        and view.is_(named, "Organization")
        and not view.is_(named, "Country")
        and BODY_ROLE_AFTER.match(text, named.end, view.end)
    ):
        return [(person, "affiliatedWith", named, None, "copula and a body's role")]
    role = COPULA_PROGRAM_ROLE.match(text, at, view.end)
    program = next((m for m in view.mentions if role and m.start == role.end()), None)
    if role is None or program is None or not (view.is_(program, "Program") or view.is_(program, "Station")):
        return []
    words = [w for w in role.group("role").lower().split() if w not in ROLE_QUALIFIERS]
    return [
        (person, "leads" if " ".join(words) in LEAD_ROLES else "participatesIn", program, None, "role in a program")
    ]


def focus_country(view: SentenceView, history: list[Found]) -> Found | None:
    """The country the text is about: the first one it names (its headline's,
    as a rule), unless another is named more often so far, this sentence
    included (nationality adjectives do not count: 'American parts')."""
    counts: dict[str, int] = {}
    first = None
    for mention in history:
        if mention.end <= view.end and view.is_(mention, "Country"):
            first = first or mention
            if mention.rule != "demonym":
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
    if first is None or max(counts.values(), default=0) > counts.get(first.entity, 0):
        return None
    return first


def _passage_country(view: SentenceView, history: list[Found], focus: Found | None) -> Found | None:
    """The country in focus, unless the paragraph of the sentence names other
    countries only: then the one it names, or none if it names several
    (a digest's items, a list of delegations); nor when the paragraph names
    another country more often, nationality adjectives and capitals included
    ('American papers … the United States … President X … American
    security' in a text about the Soviet Union): then that one if it is
    named at least twice as often as any other, else none."""
    if focus is None:
        return None
    passage = view.text.rfind("\n\n", max(0, view.start - PASSAGE_REACH), view.start)
    if passage < 0:
        return focus
    named: dict[str, Found] = {}
    counts: dict[str, int] = {}
    for mention in reversed(history):
        if mention.start < passage:
            break
        if mention.end <= view.end and view.is_(mention, "Country"):
            named.setdefault(mention.entity, mention)
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
    if not named:
        return focus
    if focus.entity in named:
        ranked = sorted(counts.values(), reverse=True)
        best = max(named.values(), key=lambda m: counts[m.entity])
        if counts[focus.entity] == ranked[0]:
            return focus
        return best if ranked[0] >= 2 * ranked[1] else None
    return next(iter(named.values())) if len(named) == 1 else None


LEAD_END = re.compile(r"[.!?](?=\s)")  # where a text's first sentence ends
ACRONYM_GAP = re.compile(r"\s*\(\s*")  # between a name and its acronym in parentheses


def focus_organization(view: SentenceView, history: list[Found], corporate: bool) -> Found | None:
    """The organization the text is about: the one named most often so far
    (at least twice unless it is the only one; the first named on a tie), if
    named in this sentence or the few before; a company (no agency, government or international body)
    for a company's office."""
    counts: dict[str, list[Any]] = {}
    # (a name in the text's opening sentence, its lead, counts twice: the story is about it, 'Flight director X'
    # after a lead naming the agency and a paragraph naming its contractor three times; people22)
    lead = LEAD_END.search(view.text)
    lead_end = lead.end() if lead is not None else 0
    last: dict[str, Found] = {}
    for mention in history:
        if mention.end > view.end or not view.is_(mention, "Organization") or view.is_(mention, "Country"):
            continue
        if corporate and any(view.is_(mention, c) for c in NOT_COMPANIES):
            continue
        entry = counts.setdefault(mention.entity, [0, -mention.start, mention, mention.start])
        previous = last.get(mention.entity)
        last[mention.entity] = mention
        if previous is not None and ACRONYM_GAP.fullmatch(view.text, previous.end, mention.start):
            continue  # ('the Example Agency (EXA)': one naming, not two)
        entry[0] += 2 if mention.end <= lead_end else 1
        entry[3] = mention.start
    best = max(counts.values(), key=lambda e: (e[0], e[1]), default=None)
    if best is None or (best[0] < 2 and len(counts) > 1):
        return None
    return best[2] if best[3] >= view.start - FOCUS_REACH else None


_COUNTRY_NAMES: dict[int, tuple[Any, re.Pattern[str]]] = {}  # a linker's country names, as one pattern


def _country_ahead(view: SentenceView) -> Found | None:
    """The country the rest of the text names most often (by its name, not
    an adjective nor a capital), if at least twice as often as any other."""
    linker = view.linker
    cached = _COUNTRY_NAMES.get(id(linker))
    if cached is None or cached[0] is not linker:
        # (nor a capital's name the gazetteer files as its country's: 'the National Mall in Washington' names
        # no country, so 'under President X' in a text naming only the 'US Air Force' is nobody's; precision25)
        names = {name: entity for name, (entity, _, rule) in linker.general.items()
                 if rule not in ("demonym", "capital") and name.title() not in COUNTRY_OF_CAPITAL
                 and linker.is_(Found(0, 0, entity), "Country")}  # fmt: skip
        names.update({name: entity for name, (entity, kind) in linker.gazetteer.items()
                      if kind == "Country" and name.title() not in COUNTRY_OF_CAPITAL})  # fmt: skip
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                             + r")(?![\w-])")  # fmt: skip
        cached = (linker, pattern)
        _COUNTRY_NAMES[id(linker)] = cached
        _COUNTRY_ENTITIES[id(linker)] = names
    names = _COUNTRY_ENTITIES[id(linker)]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for match in cached[1].finditer(view.text, view.end):
        if NAME_GOES_ON.match(view.text, match.end()):
            continue  # ('the US Navy', 'the United States Naval Academy': a body's name, which names no country)
        entity = names[match.group(0)]
        counts[entity] = counts.get(entity, 0) + 1
        first.setdefault(entity, match.start())
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    entity = ranked[0][0]
    return Found(first[entity], first[entity] + 1, entity, new=entity not in linker.entities, type="Country")


_COUNTRY_ENTITIES: dict[int, dict[str, str]] = {}
# A capitalised word right after a country's name carries a body's name on ('US Navy', 'United States Naval Academy',
# 'US Air Force'), unless it is a title of office ('US President Jane Doe' names the country; precision26).
NAME_GOES_ON = re.compile(
    r"[^\S\n]+(?!(?:President|Vice|Prime|Secretary|Minister|Ambassador|Senator|Governor|Chancellor|King|Queen)\b)"
    r"(?:[A-Z][a-z]|[A-Z]{2,}\b)"
)

# 'Defence Minister Jane Doe', 'Foreign Minister Jane Doe': a department's minister (not a head of government).
DEPARTMENT_MINISTER = re.compile(r"(?<![\w-])(?!Prime\b)[A-Z][a-z]+\s+Minister\s+$")
# "Examplia's president", "Examplia's government": a country named as a government's.
GOVERNMENT_OF = re.compile(
    r"['’]s\s+(?:(?:new|former|then)\s+)?(?:president|government|prime\s+minister|leader|cabinet)\b"
)


# A government's seat, for the country of the head who receives a guest there ('received … at the White House').
SEATS_OF_GOVERNMENT = {"white-house": "united-states", "kremlin": "russia", "elysee": "france",
                       "downing-street": "united-kingdom"}  # fmt: skip
HOSTS = re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\s+")


def _host_or_guest(view: SentenceView, history: list[Found], person: Found) -> Found | None:
    """'President Jane Doe received Prime Minister John Roe at the White
    House': the host is of the seat's country, the guest of the other of the
    two countries the text opens with (none when it opens with more)."""
    seat = next((m for m in view.mentions if m.entity in SEATS_OF_GOVERNMENT), None)
    host = HOSTS.search(view.sentence) if seat is not None else None
    if seat is None or host is None or seat.start < view.start + host.end():
        return None
    country = next((m for m in history if m.entity == SEATS_OF_GOVERNMENT[seat.entity]), None)
    if country is None:
        return None
    if person.end <= view.start + host.start():
        subjects = view.clause_subject(host.start(), "Person")
        return country if any(m.entity == person.entity for m in subjects) else None
    if person.start >= view.start + host.end() and person.end <= seat.start:
        return _other_party(view, history, country)
    return None


COUNTRY_OF_CAPITAL = {capital: country for country, capital in CAPITALS.items()}


def _dateline_country(view: SentenceView, history: list[Found]) -> Found | None:
    """The country whose capital is the dateline's city ('WASHINGTON, Oct 27
    (Wire) -'), named somewhere before the sentence (its headline's 'U.S.'),
    when the sentence names no country but by an adjective ('Chinese
    missiles'): a title of state with no country named is the host's."""
    dateline = next((m for m in history[:8] if m.rule == "dateline"), None)
    if dateline is None or dateline.start > view.start:
        return None
    country = COUNTRY_OF_CAPITAL.get(view.text[dateline.start : dateline.end].title())
    if country is None:
        return None
    if any(
        view.is_(m, "Country") and m.rule != "demonym" and not view.linker.nationality(view.text[m.start : m.end])
        for m in view.mentions
    ):
        return None
    return next((m for m in history if m.entity == country and m.end <= view.start), None)


def _other_party(view: SentenceView, history: list[Found], owner: Found) -> Found | None:
    """The other of the two countries the text's opening names (its title and
    first paragraph), one of them ``owner``; None when it names more or fewer."""
    opening = view.text.find("\n\n", view.text.find("\n\n") + 2)
    named: dict[str, Found] = {}
    for mention in history:
        if 0 <= opening < mention.start:
            break
        if view.is_(mention, "Country") and mention.rule != "demonym":
            named.setdefault(mention.entity, mention)
    if len(named) != 2 or owner.entity not in named:
        return None
    return next(m for e, m in named.items() if e != owner.entity)


def _sentence_government(view: SentenceView, person: Found) -> Found | None:
    """The country whose government the sentence names ("Examplia's
    president") when it names no other country, for a department's minister
    titled before the name ('Defence Minister Jane Doe')."""
    if not DEPARTMENT_MINISTER.search(view.text, max(view.start, person.start - 40), person.start):
        return None
    countries = [m for m in view.mentions if view.is_(m, "Country")]
    if len({m.entity for m in countries}) != 1:
        return None
    return next((m for m in countries if GOVERNMENT_OF.match(view.text, m.end, view.end)), None)


def _offices(view: SentenceView, people: list[Found], history: list[Found], facts: list[dict[str, Any]]) -> list[Role]:
    """'President Jane Doe', 'economy minister Jane Doe', 'Jane Doe, the
    science minister': an office of a government with no country or body
    named holds it for the country the text is about; 'chief executive Jane
    Doe', 'Secretary General Jane Doe': for the organization it is about."""
    found: list[Role] = []
    text = view.text
    given: dict[str, tuple[Found, str]] = {}  # the country each titled person of this sentence got, and how
    for person in people:
        kind = ""
        after = None
        for office, before_name, after_name in OFFICES:
            before = before_name.search(text, max(view.start, person.start - 40), person.start)
            if before is not None and OWNER_BEFORE_TITLE.search(
                text, max(view.start, before.start() - 30), before.start()
            ):
                continue  # 'ESA President Jane Doe', 'Russia's prime minister, Jane Doe': the owner is named
            after = after_name.match(text, person.end, view.end) if before is None else None
            if before is not None or after is not None:
                kind = office
                break
        if not kind:
            continue
        if after is not None and _post_names_body(view, after.end()):
            continue  # ('Jane Doe, the minister of state who oversees the Department of X': that body's only)
        held = {f["object"] for f in facts if f["subject"] == person.entity and f["relation"] == "affiliatedWith"}
        if kind == "Country":
            if held and held & {m.entity for m in history if view.is_(m, "Country")}:
                continue  # the text already says which country this person works for
            if before is not None and "overnment" in before.group(0):
                # 'the government of Jane Doe agreed': the government of the country the text is about, not one
                # the sentence names as acted on ('… had alarmed Washington, and the government of X'; people22)
                country = focus_country(view, history)
                if country is not None:
                    found.append((person, "affiliatedWith", country, None, "office of the country in focus"))
                continue
            # ("Examplia's president told Defence Minister Jane Doe …": a department's minister of the one country
            # the sentence names, as a government's; roles17)
            owner = _sentence_government(view, person)
            if owner is not None:
                found.append((person, "affiliatedWith", owner, None, "minister of the sentence's government"))
                continue
            hosted = _host_or_guest(view, history, person)
            if hosted is not None:
                found.append((person, "affiliatedWith", hosted, None, "host or guest at a seat of government"))
                continue
            owner = _passage_country(view, history, focus_country(view, history))
            if owner is None:
                # ('WASHINGTON, Oct 27 (Wire) - … President Jane Doe answered' in a text that names another country
                # more often: the country of the capital the report is filed from; roles19)
                owner = _dateline_country(view, history)
            if owner is None and not any(view.is_(m, "Country") for m in history if m.end <= view.end):
                # ('From President Jane Doe's address …' before the text names any country: the one the rest of
                # the text names most; roles17)
                owner = _country_ahead(view)
            others = {m.entity for m in people if m.entity != person.entity}
            # (a nationality is no office: 'Prime Minister Jane Doe congratulated John Roe', the first Examplian)
            if owner is not None and any(f["subject"] in others and f["object"] == owner.entity
                                         and f["relation"] == "affiliatedWith" and f.get("rule") != "first national"
                                         for f in facts):  # fmt: skip
                # 'President Jane Doe … Japanese Prime Minister John Roe': the other side's office, the other of
                # the two countries the text opens with ('Examplia and Otherland signed …'; roles18)
                other = _other_party(view, history, owner)
                if other is not None:
                    found.append((person, "affiliatedWith", other, None, "office of the other party"))
                continue
        else:
            if held:
                continue
            owner = focus_organization(view, history, kind == "Company")
        if owner is not None and kind == "Country":
            visited = _visited_country(view, person)
            earlier = next((p for e, (p, c) in given.items() if c == owner.entity and e != person.entity), None)
            if visited == owner.entity or (earlier is not None and _counterparts(view, earlier, person)):
                # ('a visit by President Jane Doe to Washington', 'talks between President A and Prime Minister
                # Jane Doe': the guest, the counterpart, is of the other party, if the text opens with two)
                other = _other_party(view, history, owner)
                if other is None and visited is not None:
                    # ('during a visit by President X to Washington, Examplia and the United States signed': the
                    # other of the sentence's two countries)
                    named = {m.entity: m for m in view.mentions if view.is_(m, "Country") and m.rule != "demonym"}
                    if len(named) == 2 and visited in named:
                        other = next(m for e, m in named.items() if e != visited)
                if other is not None and other.entity != visited:
                    found.append((person, "affiliatedWith", other, None, "office of the other party"))
                continue
            given[person.entity] = (person, owner.entity)
        if owner is not None:
            found.append(
                (
                    person,
                    "affiliatedWith",
                    owner,
                    None,
                    "office of the country in focus" if kind == "Country" else "office of the organization in focus",
                )
            )
    return found


# ', the minister of state who oversees the Department of X': the post is held in the body the clause names.
BODY_POST = re.compile(
    r"\s+(?:who|which|that)\s+(?:now\s+|also\s+)?(?:oversees|overseeing|oversaw|heads|headed|runs|ran|leads|led|"
    r"chairs|chaired|directs|directed|is\s+in\s+charge\s+of|was\s+in\s+charge\s+of)\s+(?:the\s+)?$"
)


def _post_names_body(view: SentenceView, end: int) -> bool:
    """Whether the post in apposition ends in a relative clause that names
    the body it is held in ('X, the minister who oversees the Example
    Agency'): an organization, not a country, right after the verb."""
    return any(
        m.start >= end
        and BODY_POST.fullmatch(view.text, end, m.start)
        and view.is_(m, "Organization")
        and not view.is_(m, "Country")
        for m in view.mentions
    )


# 'a visit by President X to', "President X's visit to", 'President X visited', 'President X, visiting': a guest.
VISIT_BEFORE = re.compile(r"\b(?:visit|trip|journey)\s+(?:\w+\s+)?by\s+$")
VISIT_AFTER = re.compile(
    r"(?:['’]s\s+(?:\w+\s+)?(?:visit|trip|journey)\s+to\s+|,?\s+(?:(?:who|then)\s+)?(?:visited|visits|visiting|"
    r"(?:has|had|was|is)\s+visiting\s+|travelled\s+to|traveled\s+to|flew\s+to|arrived\s+in|went\s+to|"
    r"came\s+to)\s*)"
)
# 'a visit by President ', 'a state visit by Prime Minister ': the visit's guest titled before the name.
VISIT_BY_TITLE = re.compile(r"\b(?:visit|trip|journey)\s+(?:\w+\s+)?by\s+\S+(?:\s+\S+)?\s+$")
GUEST_TAIL = re.compile(r"\s+to\s+$|\s+$")
GUEST_TITLE_REACH = 45  # how far before the name its title and 'a visit by' may begin


def _visited_country(view: SentenceView, person: Found) -> str | None:
    """The country (or the country of the capital) that the titled person
    visits in this sentence, or None."""
    text = view.text
    at = None
    if VISIT_BEFORE.search(text, max(view.start, person.start - GUEST_TITLE_REACH - 20), person.start - 1) or (
        VISIT_BY_TITLE.search(text[max(view.start, person.start - GUEST_TITLE_REACH - 20) : person.start])
    ):
        to = re.match(r"\s+to\s+(?:the\s+)?", text[person.end : view.end])
        at = person.end + to.end() if to else None
    else:
        visit = VISIT_AFTER.match(text, person.end, view.end)
        at = visit.end() if visit is not None else None
    if at is None:
        return None
    place = next((m for m in view.mentions if m.start >= at), None)
    if place is None or not GUEST_TAIL.fullmatch(" " + text[at : place.start]):
        return None
    country = COUNTRY_OF_CAPITAL.get(text[place.start : place.end].title())
    if country is not None:
        return country
    return place.entity if view.is_(place, "Country") else None


# Two office holders who meet: 'talks between A and B', 'A met B', 'A and B held talks', 'A hosted B'.
MEETING_WORD = re.compile(
    r"\b(?:talks|talked|meeting|meetings|met|meets|meet|summit|spoke|speak|speaks|call|phoned|hosted|hosts|received|"
    r"receives|welcomed|welcomes|counterpart|visit|visited|visiting)\b"
)


BETWEEN = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?:\w+\s+){0,3}$")
MET_AFTER = re.compile(
    r"\s*,?\s+(?:(?:have|had|has)\s+)?(?:met|meet|held\s+talks|talked|spoke)\b(?!\s+(?:the|a|an|with|to|reporters)\b)"
)


def _counterparts(view: SentenceView, first: Found, second: Found) -> bool:
    """Whether two titled people of one sentence meet each other ('talks
    between President A and Prime Minister B', 'President A met Prime
    Minister B'): only a short title-bearing gap between them and a word
    of meeting in the sentence."""
    text = view.text
    gap = text[first.end : second.start]
    if len(gap) > 60 or re.search(r"[.;:]", gap):
        return False
    if MEETING_WORD.search(gap):
        return True  # 'President A met Prime Minister B', 'President A hosted B'
    if BETWEEN.search(text, max(view.start, first.start - 40), first.start):
        return True  # 'talks between President A and Prime Minister B'
    # ('President A and Prime Minister B met in X', not 'President A and Vice President B met the crew')
    return MET_AFTER.match(text, second.end, view.end) is not None


def _travelled(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Jane Doe and John Roe, who flew to the station on the Example
    capsule': the crew takes part in the craft's mission."""
    found: list[Role] = []
    for match in TRAVELLED.finditer(view.sentence):
        if (re.search(r"[,;:()]", THIS_TIME.sub("", match.group("gap"))) or match.group("comma")) and not (
            TIME_ONLY.fullmatch(match.group("gap"))
        ):
            continue  # (', this time aboard' is the same clause)
        after = view.start + match.end()
        craft = next((m for m in view.after(match.end()) if m.start >= after), None)
        owner = next((m for m in view.mentions if m.start >= after), None)
        if (
            owner is not None
            and owner is not craft
            and view.is_(owner, "Program")
            and POSSESSIVE.match(view.text, owner.end)
        ):
            craft = owner  # ("the space shuttle Example's STS-1 mission": the shuttle, then its mission; crews18)
        if (
            craft is not None
            and view.is_(craft, "Organization")
            and PROVIDER_GAP.fullmatch(view.text, after, craft.start)
        ):
            # ('aboard a SpaceX Crew Dragon': past the provider's name)
            provider = craft
            craft = next((m for m in view.after(provider.end - view.start) if m.start > provider.end), None)
            if craft is not None and view.text[provider.end : craft.start] == " ":
                after = craft.start
        if craft is None or not view.is_(craft, "Program") or view.is_(craft, "Station"):
            continue
        if not CRAFT_GAP.fullmatch(view.text, after, craft.start):
            continue
        crafts = [craft]
        # ('aboard a SpaceX Crew Dragon on the Crew-4 mission': the mission the craft flew too)
        # ('on Example in November 1983, on the STS-9 mission': a time set off by commas between; people20)
        when = TIME_ONLY.match(view.text, craft.end, view.end)
        mission = ON_MISSION.match(
            view.text, when.end() if when and when.group(0).endswith(",") else craft.end, view.end
        )
        named = next((m for m in view.mentions if mission is not None and m.start == mission.end()), None)
        if named is not None and view.is_(named, "Program") and not view.is_(named, "Station"):
            crafts.append(named)
        # ('flew aboard Example 31 to the Example 6 station', 'to the Russian station Mir': the station reached; people20)
        reached = TO_STATION.match(view.text, craft.end, view.end)
        station = past_nationality(view, next((m for m in view.mentions if reached and m.start == reached.end()), None))
        if (
            station is not None
            and (
                view.is_(station, "Station")
                or (view.is_(station, "Program") and STATION_NOUN.match(view.text, station.end))
            )
            and not MODIFIED_STATION.match(view.text, station.end)
        ):
            crafts.append(station)
        people = [p for p in view.clause_subject(match.start(), "Person") if view.own_clause(p, match.start())]
        # ('Its crew, the cosmonauts A and B and the NASA astronaut C, will come home on …'; people20)
        people = people or apposed_crew(view, match.start())
        flight = FLIGHT_OF.search(view.sentence, 0, match.start()) if not people else None
        if flight is not None:
            # 'Her second flight came in 2022, aboard Example-7', 'Jane Doe's first flight was on Example-7'
            at = view.start + flight.start()
            owner = next((m for m in view.mentions if m.end == at + len(flight.group("owner"))
                          and m.start == at and view.is_(m, "Person")), None)  # fmt: skip
            if owner is None and flight.group("owner").lower() in ("his", "her"):
                owner = antecedent(view.linker, ("Person",), history, at)
            people = [owner] if owner is not None else []
        # ('lifted off aboard Example-7 with two cosmonauts, A and B': who flew with the subject)
        crew = WITH_CREW.match(view.text, crafts[-1].end, view.end) if people else None
        if crew is not None:
            listed = view.group([m for m in view.after(crew.end() - view.start) if view.is_(m, "Person")], False)
            people += listed if listed and listed[0].start == crew.end() else []
        module = MODULE_NOUN.search(view.text, view.start + match.end(), craft.start)
        focus = flight_in_focus(view, history, view.start, CREW_REACH, paragraphs=True) if module and people else None
        if focus is not None and focus.entity != craft.entity and view.is_(craft, "Program"):
            # ('While A and B landed in the lunar module Eagle', Example 11 named before: the module is the
            # mission's, and they flew the mission; people21)
            crafts.append(focus)
            found.append((craft, "partOf", focus, None, "module of the flight in focus"))
        for person in people:
            for flown in crafts:
                found.append((person, "participatesIn", flown, match, "travelled on a craft"))
    return found


# 'His first flight was Example 10', "Jane Doe's last mission was Example-7", 'Her only spaceflight was aboard
# Example-5': the flight named after a copula is the possessor's (people21).
FLIGHT_WAS = re.compile(
    r"(?P<owner>\b(?:[Hh]is|[Hh]er)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+(?:(?:first|second|third|fourth|fifth|"
    r"sixth|last|final|only|maiden|next|latest|own)\s+)?(?:space\s*)?(?:flight|spaceflight|mission|trip)"
    # ('Her first spaceflight, in 1997, was X', 'His second flight, X, took him …': a time between, or the flight in
    # apposition)
    r"(?:,\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},)?(?:\s+(?:(?:into|to)\s+(?:space|orbit)\s+)?(?:was|is)\s+"
    r"(?:(?:on|aboard)\s+)?|,\s+)(?:the\s+)?"
)
# ', in July 1966, which he flew with A', ' which she shared with A and B': the others on it.
WHICH_FLEW_WITH = re.compile(
    r"(?:\s*,?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*,?\s+(?:which|that)\s+(?:he|she|they)\s+"
    r"(?:flew|shared|made|commanded|piloted)\s+(?:together\s+)?with\s+(?:(?:his|her|the)\s+)?(?:[a-z-]+\s+){0,2}?"
)


def _flight_was(view: SentenceView, history: list[Found]) -> list[Role]:
    """'His first flight was Example 10, in July 1966, which he flew with
    Jane Doe': the possessor (a person, 'his' the one named before) takes part
    in the flight named after the copula, and so do those he flew it with."""
    found: list[Role] = []
    for match in FLIGHT_WAS.finditer(view.sentence):
        craft = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if craft is None or not view.is_(craft, "Program") or view.is_(craft, "Station") or view.is_(craft, "Agent"):
            continue
        if re.match(r"\s+(?:rocket|launcher|booster)s?\b", view.text[craft.end : craft.end + 12]):
            continue  # ('Her first flight was a Falcon 9 rocket': a launcher type)
        at = view.start + match.start()
        owner = next((m for m in view.mentions if m.start == at and m.end == at + len(match.group("owner"))
                      and view.is_(m, "Person")), None)  # fmt: skip
        if owner is None and match.group("owner").lower() in ("his", "her"):
            owner = antecedent(view.linker, ("Person",), history, at)
        if owner is None:
            continue
        people = [owner]
        others = WHICH_FLEW_WITH.match(view.text, craft.end, view.end)
        if others is not None:
            listed = view.group([m for m in view.after(others.end() - view.start) if view.is_(m, "Person")], False)
            people += listed if listed and listed[0].start == others.end() else []
        found += [(person, "participatesIn", craft, match, "a person's flight was") for person in people]
    return found


def _command(view: SentenceView, history: list[Found]) -> list[Role]:
    """'In September she took command of the station', 'Jane Doe assumed command of Example-1': the one who takes
    command leads the station or craft; 'She handed it over to John Roe', 'handed command of the station to John
    Roe': the one it is handed to leads it (relations15)."""
    found: list[Role] = []
    for match in TOOK_COMMAND.finditer(view.sentence):
        at = view.start + match.end()
        craft = next((m for m in view.mentions if m.start in (at, at + 4) and (m.start == at or
                      view.text.startswith("the ", at))), None)  # fmt: skip
        if craft is None or not (view.is_(craft, "Program") or view.is_(craft, "Station")):
            continue
        for person in view.clause_subject(match.start(), "Person"):
            if view.own_clause(person, match.start()):
                found.append((person, "leads", craft, match, "took command"))
    for match in HANDED_OVER.finditer(view.sentence):
        at = view.start + match.end()
        receiver = next((m for m in view.mentions if m.start == at and view.is_(m, "Person")), None)
        if receiver is None:
            continue
        named = [m for m in view.mentions if view.start + match.start() <= m.start < at
                 and (view.is_(m, "Program") or view.is_(m, "Station"))]  # fmt: skip
        # ('She handed it over': the station or craft whose command was taken just before)
        craft = named[-1] if named else _commanded_before(view, history, view.start + match.start())
        if craft is not None:
            found.append((receiver, "leads", craft, match, "command handed over"))
    return found


def _commanded_before(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """The station or craft of the last 'took command of' in the few sentences before ``at``: named there, or
    'the station' standing for the one named before it."""
    taken = list(TOOK_COMMAND.finditer(view.text, max(0, at - COMMAND_REACH), at))
    if not taken:
        return None
    end = taken[-1].end()
    named = next((m for m in history if m.start in (end, end + 4)), None)
    if named is not None and (view.is_(named, "Program") or view.is_(named, "Station")):
        return named
    noun = THE_CRAFT.match(view.text, end)
    if noun is None:
        return None
    kind = ("Station",) if noun.group(1) == "station" else ("Program",)
    return antecedent(view.linker, kind, history, end)


def _stayed(view: SentenceView) -> list[Role]:
    """'She spent almost 200 days on the Example Station', 'he lived for six months aboard Example-1': who stays
    on a station or craft takes part in it (relations15)."""
    found: list[Role] = []
    for match in STAYED.finditer(view.sentence):
        after = view.start + match.end()
        craft = next((m for m in view.after(match.end()) if m.start >= after), None)
        named = past_nationality(view, craft)
        if craft is not None and named is not None and named is not craft:
            # ('spent a month on the Russian station Mir'; people20)
            craft, after = named, craft.start
        if (
            craft is None
            or not (view.is_(craft, "Program") or view.is_(craft, "Station"))
            or not CRAFT_GAP.fullmatch(view.text, after, craft.start)
        ):
            continue
        for person in view.clause_subject(match.start(), "Person"):
            if view.own_clause(person, match.start()):
                found.append((person, "participatesIn", craft, match, "stayed on a craft"))
    return found


def _launchers(view: SentenceView) -> list[Role]:
    """'Example-1 left Earth on an H-IIA rocket of Example Heavy Industries':
    whoever supplies the rocket takes part in the mission it carries (a
    rocket named only by a nationality says nothing)."""
    found: list[Role] = []
    for match in ROCKET_OF.finditer(view.sentence):
        low, high = view.start + match.start("carrier"), view.start + match.end("carrier")
        providers = [m for m in view.mentions if low <= m.start and m.end <= high and view.is_(m, "Agent")]
        if match.group("of"):
            providers += [
                m for m in view.after(match.end()) if m.start == view.start + match.end() and view.is_(m, "Agent")
            ]
        providers = [m for m in providers if not view.is_(m, "Country") and not view.is_(m, "Person")]
        missions = [m for m in view.clause_subject(match.start(), "Program") if not view.is_(m, "Station")]
        if not missions:
            relative = view.relative_object(match.start(), "Program")
            missions = [relative] if relative is not None else []
        for provider in providers[:1]:
            for mission in missions[:1]:
                found.append((provider, "participatesIn", mission, match, "rocket of a provider"))
    return found


def _named_carriers(view: SentenceView) -> list[Role]:
    """'Example-1 went up on a Falcon 9 of Example Corp', 'flew on an Example
    Corp Dragon': whoever provides the named rocket or capsule takes part in
    the mission it carries (a rocket named by its maker's nationality says
    nothing; the word 'rocket' after the name is read by :func:`_launchers`)."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for match in CARRIED_ON.finditer(view.sentence):
        if re.search(r"[;:()]|\b(?:and|but|which|that|who)\b", match.group("gap")):
            continue
        first = by_start.get(view.start + match.end())
        if first is None:
            continue
        provider = craft = None
        if view.is_(first, "Program"):
            link = CRAFT_THEN_CARRIER.match(view.text, first.end, view.end)
            provider, craft = (by_start.get(link.end()) if link else None), first
        elif not match.group(0).startswith("launch"):  # 'launched on a SpaceX Falcon 9': relations.py reads it
            link = CARRIER_THEN_CRAFT.match(view.text, first.end, view.end)
            provider, craft = first, by_start.get(link.end()) if link else None
        if provider is None or craft is None or not view.is_(craft, "Program"):
            continue
        if not view.is_(provider, "Organization") or view.is_(provider, "Country"):
            continue
        missions = [m for m in view.clause_subject(match.start(), "Program")
                    if view.own_clause(m, match.start()) and not view.is_(m, "Station")]  # fmt: skip
        if not missions:
            # 'Two Galileo satellites went up on a Falcon 9 of SpaceX': a network's satellites (relations12)
            missions = [m for m in view.clause_subject(match.start(), "Facility")
                        if view.own_clause(m, match.start()) and NETWORK_SATELLITES.match(view.text, m.end)]  # fmt: skip
        for mission in missions[:1]:
            if mission.entity not in (craft.entity, provider.entity):
                found.append((provider, "participatesIn", mission, match, "named craft of a provider"))
    return found


def _operators(view: SentenceView) -> list[Role]:
    """'Examplenet, run by Example Corp': the operator leads a network or
    body; 'it runs its own regional forum, EF' likewise."""
    found: list[Role] = []
    text = view.text
    if " by " in view.sentence:
        for thing in view.mentions:
            if not (view.is_(thing, "Facility") or view.is_(thing, "Organization")) or view.is_(thing, "Country"):
                continue
            by = RUN_BY.match(text, thing.end, view.end)
            if by is None:
                continue
            if AGENT_BEFORE.search(text, max(view.start, thing.start - 12), thing.start):
                # 'The lander, whose camera was built by Example Corp, was operated by ISRO': the agent of the
                # aside's passive is not what the main verb's passive is about (precision23)
                continue
            agent = next((m for m in view.after(by.end() - view.start) if view.is_(m, "Agent")), None)
            if agent is None or view.is_(agent, "Person") or agent.start - by.end() > 30:
                continue
            if not re.fullmatch(r"(?:[\w’'-]+\s+){0,3}", text[by.end() : agent.start]):
                continue
            cue = RUN_VERB.search(view.sentence, by.start() - view.start)
            found.append((agent, "leads", thing, cue, "run by"))
    for match in scan(RUNS_OWN, view.sentence):
        run = next((m for m in view.after(match.end()) if m.start == view.start + match.end()), None)
        if run is None or not any(view.is_(run, c) for c in ("Organization", "Facility", "Program", "Event")):
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if not view.is_(subject, "Person") and subject.entity != run.entity:
                found.append((subject, "leads", run, match, "runs its own"))
    return found


def _partner_in(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Until 2022, its main partner in ExampleMars was Roscosmos', 'Canada
    is NASA's partner in the Gateway': the partner takes part in the program
    and is the owner's partner ('its': the organization or country named last)."""
    found: list[Role] = []
    text = view.text
    by_start = {m.start: m for m in view.mentions}
    for match in PARTNER_IN.finditer(view.sentence):
        program = by_start.get(view.start + match.end())
        if program is None or not (view.is_(program, "Program") or view.is_(program, "Station")):
            continue
        after = PARTNER_COPULA.match(text, program.end, view.end)
        partners: list[Found] = []
        if after is not None:
            # 'its partner in X was Roscosmos (and JAXA)'
            listed = [m for m in view.after(after.end() - view.start) if view.is_(m, "Agent")]
            if listed and re.fullmatch(r"(?:the\s+)?", text[after.end() : listed[0].start]):
                partners = view.group(listed, False)
        else:
            # 'Canada is (now) NASA's partner in X'
            copula = [m for m in view.before(match.start()) if view.is_(m, "Agent")
                      and PARTNER_COPULA.fullmatch(text, m.end, view.start + match.start())]  # fmt: skip
            partners = (
                view.group([m for m in view.before(match.start()) if view.is_(m, "Agent")], True) if copula else []
            )
        owner_word = match.group("owner")
        if owner_word.lower() in ("its", "their"):
            owner = antecedent(view.linker, ("Organization", "Country"), history, view.start + match.start())
        else:
            owner = next((m for m in view.mentions if m.start == view.start + match.start("owner")), None)
        cue = WORD.match(view.sentence, match.start("owner"))
        for partner in partners:
            if view.is_(partner, "Person") or partner.entity == program.entity:
                continue
            found.append((partner, "participatesIn", program, cue, "partner in a program"))
            if owner is not None and owner.entity != partner.entity and not view.is_(owner, "Person"):
                found.append((partner, "partnerOf", owner, cue, "partner in a program"))
    return found


def _chosen_to_lead(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Jane Example, whom the president picked to lead it', 'the agency
    appointed Jane Example to head the Example Program', 'Jane Example was
    chosen to run Example-1': the one chosen leads a program, or works for
    an organization (the choosing verb's modality is the fact's)."""
    found: list[Role] = []
    text = view.text
    for match in CHOSEN_TO_LEAD.finditer(view.sentence):
        at, end = view.start + match.start(), view.start + match.end()
        target = next((m for m in view.mentions if m.start == end), None)
        if target is None and re.match(r"it\b", text[end : end + 3]):
            # 'to lead it': the program named last (a body 'it' stands for is too often another one); 'to chair
            # it': the body named last, one chairs no programme (roles17)
            chaired = match.group("lead") == "chair"
            target = antecedent(view.linker, ("Organization",) if chaired else ("Program", "Station"), history, end)
            if target is not None and (view.is_(target, "Country") or view.is_(target, "Person")):
                target = None
        if target is None or match.group("verb") == "nominated":
            # ('was nominated to lead NASA': a nomination still to be confirmed, no post yet; lead22)
            continue
        if match.group("chosen"):
            # 'picked Jane Example to lead': the verb's object, the phrase ending right before 'to' (or before
            # the apposition after it)
            close = view.start + (match.start("aside") if match.group("aside") else match.end("chosen") - 1)
            named = [m for m in view.after(match.start("chosen")) if m.end <= close]
            chosen = [named[-1]] if named and named[-1].end == close else []
        elif CHOSEN_RELATIVE.search(text, max(view.start, at - 70), at):
            whom = CHOSEN_RELATIVE.search(text, max(view.start, at - 70), at)
            assert whom is not None
            chosen = [m for m in view.before(whom.start() - view.start) if m.end == whom.start()]
        elif CHOSEN_PASSIVE.search(text, max(view.start, at - 40), at):
            chosen = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
        else:
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for one in chosen:
            if one.entity == target.entity or view.is_(one, "Country"):
                continue
            if view.is_(target, "Program") or view.is_(target, "Station"):
                found.append((one, "leads", target, cue, "chosen to lead"))
            elif view.is_(one, "Person") and view.is_(target, "Organization") and not view.is_(target, "Country"):
                found.append((one, "affiliatedWith", target, cue, "chosen to lead"))
    return found


def _in_charge(view: SentenceView) -> list[Role]:
    """'JAXA is in charge of the Example-1 mission': it leads it (a person in
    charge of an organization works for it)."""
    found: list[Role] = []
    for match in IN_CHARGE.finditer(view.sentence):
        target = next((m for m in view.after(match.end()) if m.start == view.start + match.end()), None)
        if target is None:
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if not view.own_clause(subject, match.start()):
                continue
            if view.is_(target, "Program") and not view.is_(subject, "Country"):
                found.append((subject, "leads", target, match, "in charge of"))
            elif view.is_(subject, "Person") and view.is_(target, "Organization"):
                found.append((subject, "affiliatedWith", target, match, "in charge of"))
    return found


def _payloads(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1, a mission with instruments from JAXA and ESA', 'Its cargo
    included a camera supplied by NASA': whoever supplies a payload takes
    part in the mission that carries it."""
    found: list[Role] = []
    for match in PAYLOAD_FROM.finditer(view.sentence):
        limit = view.start + view.clause_end(match.end())
        suppliers = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent") and m.start < limit], False)
        if not suppliers or suppliers[0].start != view.start + match.end():
            continue
        missions = [m for m in view.before(match.start()) if view.is_(m, "Program") and not view.is_(m, "Station")]
        # the payload is the mission's own: its object or its apposition's ('Example-1, a mission with …')
        mission = (
            missions[-1]
            if missions and CARRIER_GAP.fullmatch(view.text, missions[-1].end, view.start + match.start())
            else None
        )
        if mission is None and ITS_CARGO.search(view.sentence, 0, match.start()):
            mission = antecedent(view.linker, ("Program",), history, view.start + match.start())
        if mission is None or view.is_(mission, "Station"):
            continue
        for supplier in suppliers:
            if not view.is_(supplier, "Person") and supplier.entity != mission.entity:
                found.append((supplier, "participatesIn", mission, match, "payload from"))
    found += _suppliers_before_payloads(view)
    return found


def _suppliers_before_payloads(view: SentenceView) -> list[Role]:
    """'Example-1 returned in June, with a small Examplian instrument on
    board', 'Example-1 carries an Example Corp camera': whoever a payload is
    named after (a country or a body) takes part in the craft that carries it,
    the clause's subject."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for match in SUPPLIER_BEFORE_PAYLOAD.finditer(view.sentence):
        supplier = by_start.get(view.start + match.end())
        if supplier is None or not view.is_(supplier, "Agent") or view.is_(supplier, "Person"):
            continue
        if not PAYLOAD_AFTER_SUPPLIER.match(view.text, supplier.end, view.end):
            continue
        missions = [m for m in view.clause_subject(match.start(), "Program")
                    if not view.is_(m, "Station") and view.own_clause(m, match.start())]  # fmt: skip
        for mission in missions[:1]:
            # the craft opens its clause ('The engineers tested Example-1 with a NASA camera': it is the object)
            opening = max(view.text.rfind(mark, view.start, mission.start) for mark in ",;:\n")
            if not SUBJECT_OPENING.fullmatch(view.text, max(opening + 1, view.start), mission.start):
                continue
            if mission.entity != supplier.entity:
                found.append((supplier, "participatesIn", mission, match, "payload named by its supplier"))
    return found


def _parts_and_seats(view: SentenceView) -> list[Role]:
    """'X, the lower house of Y', 'X within Y': a part; 'X was set up in
    2019 in Exampleton': its seat (a city or place, not a country)."""
    found: list[Role] = []
    text = view.text
    organizations = [m for m in view.mentions if view.is_(m, "Organization")]
    # (a centre, laboratory or institute named as a facility is a part as an organization is: 'the Example
    # Operations Centre in Darmstadt, part of ESA')
    centres = [m for m in view.mentions if view.is_(m, "Facility") and not view.is_(m, "Station")
               and CENTRE_HEAD.search(text, m.start, m.end)]  # fmt: skip
    for part in organizations + centres:
        # 'the Example Administration (EA) within the Department': past the acronym in parentheses
        end = acronym.end() if (acronym := ACRONYM_AFTER.match(text, part.end, view.end)) else part.end
        placed = PLACED_IN.match(text, end, view.end)
        city = next((m for m in view.mentions if placed and m.start == placed.end() and view.is_(m, "Place")), None)
        end = city.end if city is not None else end  # 'X in Darmstadt, part of ESA': past the place it is in
        link = HOUSE_OF.match(text, end, view.end) or WITHIN.match(text, end, view.end)
        if link is None:
            continue
        whole = max((m for m in organizations if m.start == link.end()), key=lambda m: m.end, default=None)
        # ('will be set up within Y': the modal verb is the cue's verb group, read like any cue's)
        planned = (
            WITHIN_VERB.search(view.sentence, link.start("modal") - view.start)
            if link.re is WITHIN and link["modal"]
            else None
        )
        if whole is not None and whole.entity != part.entity:
            found.append((part, "partOf", whole, planned, "part by apposition"))
    for match in scan(SET_UP_IN, view.sentence):
        place = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if place is None or not view.is_(place, "Place") or view.is_(place, "Country"):
            continue
        for subject in view.clause_subject(match.start(), "Organization")[:1]:
            head = of_head(view, subject)
            if head is not None:
                # 'The Example Summit of NATO opened in Brussels', 'the 60th session of COPUOS opened in Vienna': a
                # meeting opens there (no seat); 'The Example Office of the UN was set up in X': the office's seat
                if isinstance(head, str) or view.is_(head, "Event"):
                    continue
                subject = head
            found.append((subject, "headquarteredAt", place, match, "set up in a place"))
    return found


# 'at NASA's headquarters in Washington', 'the agency's headquarters in Paris', 'its head office in Tokyo'.
OWNED_SEAT = re.compile(
    r"(?:(?P<det>\b[Tt]he|\b[Ii]ts|\b[Tt]heir)\s+(?:(?P<adjs>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+)['’]s\s+)?|"
    r"(?P<possessive>['’]s?)\s+)(?:(?:new|main|own|central|global)\s+)?(?:headquarters|head\s+office)\s+"
    r"(?:(?:is|are|was|were|lies|sits)\s+)?(?:in|at)\s+(?:the\s+)?"
)

# 'a single agency with its headquarters': 'its' is the described noun's, not the name before.
NOUN_WITH_ITS = re.compile(r"\b(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,3}?[a-z]+\s+(?:with|having)\s+$")


def _owned_seat(view: SentenceView, history: list[Found]) -> list[Role]:
    """'NASA's headquarters in Washington', 'at the agency's headquarters in
    Washington', 'its head office in Tokyo': the owner's seat (a city or
    place, not a country)."""
    found: list[Role] = []
    text = view.text
    for match in OWNED_SEAT.finditer(view.sentence):
        at = view.start + match.start()
        place = next((m for m in view.mentions if m.start == view.start + match.end()), None)
        if place is None or not view.is_(place, "Place") or view.is_(place, "Country"):
            continue
        owner: Found | None
        if match.group("possessive"):
            owner = next((m for m in view.mentions if m.end == at), None)
        elif match.group("noun"):
            owner = described(view.linker, text, match.group("adjs").split(), match.group("noun"), history, at)
        elif NOUN_WITH_ITS.search(text, max(view.start, at - 60), at):
            continue  # 'into a single agency with its headquarters in Paris': the noun's (offices.py reads it)
        else:
            # ('The agency moved into its headquarters at X': the clause's subject, a name or a definite noun)
            subjects = [m for m in view.clause_subject(match.start(), "Organization") if not view.is_(m, "Country")]
            owner = subjects[0] if subjects else antecedent(view.linker, ("Organization",), history, at)
        if owner is not None and view.is_(owner, "Organization") and not view.is_(owner, "Country"):
            found.append((owner, "headquarteredAt", place, None, "owned seat"))
            # ('its headquarters at Example Park in Exampleton': the site and the city it is in)
            there = SITE_IN.match(text, place.end, view.end)
            city = next((m for m in view.mentions if there and m.start == there.end()), None)
            if city is not None and view.is_(city, "City"):
                found.append((owner, "headquarteredAt", city, None, "owned seat"))
    return found


SITE_IN = re.compile(r"\s+in\s+(?=[A-Z])")


# A header line of a record: 'Judge: Jane Doe.' under 'Court: Example Court.', 'Commander: Jane Doe' under
# 'Mission: Example-1'.
PERSON_LABEL = re.compile(
    r"\s*(?:(?:Presiding|Chief|Lead|Mission|Flight|Project|Program(?:me)?|Executive|General|Deputy|Vice|Acting)\s+)?"
    r"(?P<label>Judge|Justice|Chair|Chairman|Chairwoman|Chairperson|President|Director|Administrator|Head|Commander|"
    r"Manager|Spokesperson|Spokesman|Spokeswoman|Rapporteur|Moderator|Pilot|Specialist|Engineer|Crew|Member|"
    r"[Ss]ecretary|[Cc]lerk|[Cc]o-?chair)s?\s*:\s*"
)
# a title before the name: 'Chair: Vice President Jane Doe'
LABEL_TITLE = re.compile(r"(?:(?:[A-Z][a-z]+\.?|of|the)\s+){0,4}")
BODY_LABEL_BEFORE = re.compile(
    r"(?:^|\n|[.;]\s+)\s*(?P<label>Court|Tribunal|Agency|Body|Committee|Organi[sz]ation|Company|Institution|"
    r"Authority|Office|Ministry|Department|Council|Commission|Board|Operator|Mission|Flight|Program(?:me)?|Project)"
    r"\s*:\s*(?:the\s+)?$"
)
LABEL_LEADS = {"Commander", "Director", "Manager", "Head", "Chair", "Chairman", "Chairwoman", "Chairperson"}
LABEL_REACH = 400  # how many characters above the person's line the body's line may be


# 'Members included:', 'Panel members were:', 'Members:': a line listing the people of the body a record is about.
MEMBERS_LINE = re.compile(
    r"\s*(?:(?:Other|Its|Committee|Panel|Board|Council|Commission|Group)\s+)?[Mm]embers"
    r"(?:\s+(?:also\s+)?(?:included|include|were|are))?\s*:\s*"
)


def _labelled_lines(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'Court: Example Court.' then 'Judge: Jane Doe.': the person on a
    labelled line acts for the body on a labelled line above it, or leads
    (a commander, a director) or takes part in the mission so labelled.
    'Members included: the former astronaut A, the Example University
    professor B and C': every person on a members' line (documents22)."""
    members = MEMBERS_LINE.match(view.sentence)
    if members is not None:
        listed = [p for p in people if p.start >= view.start + members.end()]
        return [role for person in listed for role in _labelled_body(view, person, "Member", history)]
    label = PERSON_LABEL.match(view.sentence)
    person = next(
        (p for p in people if label and LABEL_TITLE.fullmatch(view.text, view.start + label.end(), p.start)), None
    )
    if label is None or person is None:
        return []
    return _labelled_body(view, person, label.group("label"), history)


def _labelled_body(view: SentenceView, person: Found, label: str, history: list[Found]) -> list[Role]:
    """What a person on a line labelled ``label`` is to the body or mission on a labelled line above, else to the
    one body the record's title line names."""
    # the body the record is about, named in its title line ('Minutes: first meeting of the Example Council')
    title_end = view.text.find("\n")
    titled = [m for m in history if title_end > 0 and m.end <= title_end and m.rule != "anaphor"
              and view.is_(m, "Organization") and not view.is_(m, "Country")]  # fmt: skip
    titled = titled if len({m.entity for m in titled}) == 1 and view.start - title_end <= LABEL_REACH else []
    for mention in reversed(history):
        if mention.end > view.start or mention.rule == "anaphor":
            continue
        if mention.start < view.start - LABEL_REACH:
            break
        above = BODY_LABEL_BEFORE.search(view.text, max(0, mention.start - 30), mention.start)
        if above is None:
            continue
        if view.is_(mention, "Program") or view.is_(mention, "Station"):
            relation = "leads" if label in LABEL_LEADS else "participatesIn"
            return [(person, relation, mention, None, "labelled lines")]
        if view.is_(mention, "Organization") and not view.is_(mention, "Country"):
            return [(person, "affiliatedWith", mention, None, "labelled lines")]
        return []
    return [(person, "affiliatedWith", titled[0], None, "labelled lines under a title")] if titled else []


# 'the Senate Appropriations Subcommittee …, chaired by': a name inside a longer one the text goes on with.
NAME_GOES_ON = re.compile(r"\s+(?!(?:The|A|An|In|On|At|For|And|But)\b)[A-Z][a-z]+")
# Affiliations read from the structure of a sentence: which person belongs to which of several
# countries or bodies named around them (never simply the nearest one).

# 'India, represented by Prime Minister Jane Doe; Peru, by …': each item's own country.
REPRESENTED = re.compile(r",\s+represented\s+(?:here\s+|there\s+)?by\s+")
GAPPED_BY = re.compile(r",\s+by\s+")
# A title or role between 'by' and the name: 'Prime Minister', 'its foreign minister'.
TITLE_GAP = re.compile(r"(?:(?:the|its|their|a|an)\s+)?(?:[A-Za-z-]+\s+){0,4}?")
NO_GAP = re.compile(r"\s*")
COMMA_THEN = re.compile(r"(?:\s+\([^()]*\))?,\s+")
PASSAGE_REACH = 2000  # how far back a paragraph break is looked for
# 'Putin appointed him director general of Roscosmos', 'named Jane Doe head of the agency',
# 'sent him to Brussels as Russia's envoy to NATO': the object takes the office.
APPOINTS = re.compile(
    r"\b(?P<verb>appoint(?:ed|s)?|nam(?:ed|es)|made|makes|nominat(?:ed|es)|elect(?:ed|s)|install(?:ed|s)|sent|sends|"
    r"chose|picked|hired)\s+(?P<obj>(?:him|her)\b|(?=[A-Z]))"
)
OBJECT_ROLE_OF = re.compile(
    rf"\s+(?:as\s+)?(?:(?:the|its|their)\s+)?(?:(?:new|first|next|acting|interim)\s+)?(?:{_ROLE_PHRASE})\s+"
    r"(?:of|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
OBJECT_AS_POSSESSOR = re.compile(r"(?:\s+to\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+as\s+(?:the\s+)?(?=[A-Z])")
POSSESSOR_ROLE = re.compile(rf"['’]s\s+(?:(?:new|first|next|acting|interim)\s+)?{_ROLE_PHRASE}\b", re.IGNORECASE)
PRONOUN_REACH = 1500  # how far back 'him'/'her' finds the person it stands for
# ', General Secretary of the Example Party and President of Examplia,': each title its own body.
_TITLE_OF = rf"(?:{TITLE}|General\s+Secretary|First\s+Secretary|{_ROLE_PHRASE})(?:\s+of\s+[Ss]tate)?\s+(?:of|at|for)\s+(?:the\s+)?"
# (not a second item of a list: 'A, and the head of the Example Agency, B'; precision20)
APPOSED_TITLE_OPEN = re.compile(
    r",\s+(?!(?:and|or|nor|but|while)\s)(?:(?:then|now|also|once|formerly|former|the|a|an)\s+)*"
)
APPOSED_TITLE_OF = re.compile(_TITLE_OF)
APPOSED_TITLE_NEXT = re.compile(r"\s*,?\s+and\s+(?:(?:the|a|an|also|former)\s+)*|,\s+(?:(?:the|a|an|also|former)\s+)*")
CHAIN_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# After a title's body the apposition closes or goes on ('of Korea' may trail an unnamed place): not 'the
# French space agency CNES', where the first name only qualifies the body's noun.
APPOSED_TITLE_CLOSES = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?=\s*[,;:.)]|\s+and\b|\s*$)"
)
# 'its owner, Jane Doe', 'its reserve, Jane Doe': a possessive role in an apposition before a name.
_MORE_ROLES = (
    rf"(?:{_ROLE_WORD}|owner|co-owner|reserve|backup|back-up|co-founder|deputy|spokes(?:man|woman|person)|"
    r"representative|envoy|delegate|employee|staffer)"
)
ITS_MORE_ROLE_BEFORE = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:former|new|current|first|acting|then|longtime|long-time)\s+)?(?:[a-z-]+\s+)?"
    rf"{_MORE_ROLES},\s+$"
)
# 'UNOOSA, whose director at the time was Jane Doe', 'the agency, whose head, Jane Doe, …'.
WHOSE_ROLE = re.compile(
    # ('whose Director General, Jane Doe': a title in capitals is the same role; roles25)
    rf"\)?,\s+whose\s+(?:(?:former|new|current|first|acting|then)\s+)?(?i:(?:[a-z-]+\s+)?{_MORE_ROLES})"
    r"(?:\s+(?:at\s+the\s+time|then|now|since\s+\d{4}|in\s+\d{4}))?(?:,\s+|\s+(?:is|was|has\s+been|had\s+been)\s+)"
)
# 'The Example Agency, which opened in 2018 under Jane Doe': the person in charge then.
UNDER = re.compile(
    r"\bunder\s+(?:(?:the\s+)?(?:[a-z-]+\s+)?(?:leadership|direction|command|stewardship|guidance)\s+of\s+)?"
)
MODULE_NOUN = re.compile(r"\b(?:lunar|command|service|landing|descent|ascent)\s+module\s+$|\blander\s+$")
HEAD_OF_STATE_BEFORE = re.compile(
    r"\b(?:President|Prime\s+Minister|Chancellor|King|Queen|Premier|Emperor|General\s+Secretary|Tsar)\s+$"
)
CREATED_BETWEEN = re.compile(r"\b(?:set\s+up|created|formed|established|convened|appointed|founded)\b")
# 'was run by its acting administrator, Jane Doe, and later by John Roe'.
RUN_BY_PERSON = re.compile(r"\b(?P<verb>run|led|headed|managed|directed|chaired)\s+by\s+")
THEN_BY = re.compile(r",?\s+(?:and\s+)?(?:later|then|afterwards|subsequently|since\s+\d{4})\s+by\s+")
ROLE_BEFORE_NAME = re.compile(r"(?:(?:its|their|the)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+,\s+)?")
# 'who kept his post as head of the Department of Transportation'.
KEPT_POST = re.compile(
    r"\b(?P<verb>kept|keeps|keep|keeping|retained|retains|held|holds|holding|left|leaves|took\s+up|takes\s+up)\s+"
    rf"(?:his|her|their|the)\s+(?:post|job|seat|role|position|office)\s+as\s+(?:the\s+)?{_ROLE_PHRASE}\s+(?:of|at)\s+(?:the\s+)?"
)
KEPT_POST = lead(KEPT_POST)  # the same matches, found faster (literals.lead)
# 'has since sat in the Federation Council', 'was elected to the Senate', 'served in the air force'.
SITS_IN = re.compile(
    r"\b(?P<verb>sits|sat|sitting|serves|served|serving|elected|re-elected)\s+(?:(?:again|since|now|also|later)\s+)?"
    r"(?:in|on|to)\s+(?:the\s+)?(?=[A-Z])"
)
# A relative clause between a subject and its verb ('that December' is a time, not one).
RELATIVE_WORD = re.compile(
    rf"\b(?:who|whom|whose|which)\b|\bthat\s+(?!(?:{_MONTH}|day|week|month|year|time|spring|summer|autumn|winter)\b)"
)
# 'co-founded the Example party', 'Jane Doe founded Example Corp in 2002'.
WHO_RIGHT_AFTER = re.compile(r",?\s+who\s+(?:(?:has|had|also|later|once|then|first|now|in\s+\d{4},?)\s+)*")
FOUNDED = re.compile(r"\b(?P<verb>co-?founded|founded)\s+(?:the\s+|a\s+)?(?=[A-Z])")
# ', the founder of the payments company Example Corp': a role in a body described before its name.
ROLE_OF_DESCRIBED_NAME = re.compile(
    rf",\s+(?:(?:then|now|once|formerly|also)\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:former|current|new)\s+)?{_ROLE_PHRASE}\s+"
    r"(?:of|at)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}(?:company|firm|agency|start-?up|group|party|institute|"
    r"organi[sz]ation|operator|maker|manufacturer|consortium|office|ministry|network|outlet|newspaper|magazine|"
    r"university|bank|fund|foundation)\s+(?=[A-Z])"
)
# 'with Jane Doe and John Roe in the seats of Examplia and Peru', '… of Examplia and Peru respectively'.
# 'Jane Doe, who is ESA's director of …', 'who was then head of Roscosmos', 'who heads the agency'.
WHO_IS = re.compile(
    # ('left in 2024 to become France's minister', 'resigned to become its chief': the office taken on leaving)
    r",?\s+(?:who\s+)?(?:(?:left|quit|resigned|moved|went\s+on)(?:\s+(?:in|on|at)\s+[\w ]{1,25}?)?\s+to\s+(?=become\b))?"
    r"(?:(?:will|would|could|may|might|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+)?"
    r"(?P<verb>is|was|be|has\s+been|had\s+been|became|become|becomes|remains|remained|heads|headed|leads|led|"
    r"chairs|chaired|runs|ran|directs|directed|(?:took|takes|take|stepped|steps|step|resigned|resigns|retired|retires|"
    r"served|serves|serve)\s+(?:over\s+|down\s+)?as)\s+(?:(?:then|now|also|still|once|later|currently)\s+)?"
)
# 'who spent twenty years at NASA', 'has worked 20 years for ESA'.
YEARS_AT = re.compile(
    r",?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?P<verb>spent|worked|served)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?:years|decades|months)\s+(?P<prep>at|with|for|in)\s+(?:the\s+)?"
)
# 'Jane Doe, representing Japan,', 'Jane Doe, on behalf of the EU,'.
REPRESENTING = re.compile(r",\s+(?:representing|on\s+behalf\s+of)\s+(?:the\s+)?")
# 'gave the post to Jane Doe', 'was succeeded by Jane Doe': the office the one before held.
POST_TO = re.compile(
    r"\b(?P<verb>gave|gives|handed|hands|passed|passes)\s+(?:the|his|her|that)\s+(?:post|job|office|seat|position)\s+"
    r"(?:over\s+)?to\s+"
)
# 'Example Corp hired Jane Doe in 2010', 'Jane Doe, whom NASA hired in 2010': an employer.
HIRES = re.compile(r"\b(?P<verb>hired|hires|recruited|recruits|employs|employed)\s+(?=[A-Z])")
WHOM_HIRED = re.compile(
    r",\s+whom\s+(?:the\s+)?(?P<gap>[^,;]{1,60}?)\s+(?:had\s+|has\s+)?(?P<verb>hired|recruited|employs|employed|"
    r"appointed|named|picked|chose|selected|sent)\b"
)
OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b")
# ('She was succeeded in 2021 by X', 'was replaced as chief two years later by X': a time adverbial before 'by')
SUCCEEDED_BY = re.compile(
    r"\b(?:was|is|were)\s+(?P<verb>succeeded|replaced)\s+(?:as\s+[a-z\s-]{1,40}?\s+)?"
    rf"(?:(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?\d{{4}}\s+|(?:\w+\s+)?(?:years?|months?)\s+later\s+|"
    r"(?:soon|later|eventually|briefly)\s+)?by\s+"
)
WHO_IS_ROLE_OF = re.compile(
    rf"(?:the\s+|a\s+|an\s+)?(?:(?:former|new|current|first|acting|deputy)\s+)?{_ROLE_PHRASE}\s+(?:of|at|for|with)\s+(?:the\s+)?"
)
# ('who chaired the board of the Example Fund': the board is the fund's, not one named before)
WHO_HEADS_DESCRIBED = re.compile(r"the\s+(?P<adjs>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[a-z]+)\b(?!['’-]|\s+of\b)")
LEAD_VERBS = {"heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "directs", "directed"}
# 'Jane Doe (ESA)', 'Jane Doe, formerly of NASA,'.
IN_PARENTHESES = re.compile(r"\s+\(")
FORMERLY_OF = re.compile(r",\s+(?:formerly|previously|once|late|now|currently|then)\s+(?:of|at|with)\s+(?:the\s+)?")
# 'Example Corp hired Jane Doe as its chief engineer': the subject's.
AS_ITS_ROLE = re.compile(rf"\s+as\s+(?:its|their)\s+(?:(?:new|first|next|acting|interim|chief)\s+)?{_ROLE_PHRASE}\b")
# 'ESA's astronauts … (two of them, Jane Doe and John Roe, …)'.
SOME_OF_THEM = re.compile(r"\b(?:two|three|four|five|six|several|some|many|both|one|all)\s+of\s+them,\s+$")
STAFF_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:astronauts|cosmonauts|taikonauts|engineers|scientists|officials|diplomats|"
    r"researchers|employees|negotiators|lawmakers|senators|delegates|pilots)\b"
)
# 'Speaking on behalf of the EU, Jane Doe said …': a fronted participle.
FRONTED_SPEAKING_FOR = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:[A-Z]:\s*)?(?:Speaking|Acting|Negotiating|Voting)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?"
)
# 'the delegation of Japan, led by Jane Doe', 'Japan's delegation, headed by Jane Doe'.
DELEGATION_OF = re.compile(r"\b(?:delegation|delegates|team|negotiators|mission)\s+(?:of|from)\s+(?:the\s+)?$")
DELEGATION_AFTER = re.compile(r"(?:['’]s)?\s+(?:delegation|team|negotiators)")
LED_BY_AFTER = re.compile(r"(?:\s+\([^()]*\))?,?\s+(?:led|headed|represented)\s+by\s+")
# 'signed by Jane Doe for Japan and John Roe for Peru': a name and the body it signs or speaks for.
PERSON_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")
FOR_END = re.compile(r"(?!['’]s)\s*(?:[,;.)]|\band\b|$)")
SIGNED_OR_SPOKE = re.compile(r"\b(?:sign|spok|speak|said|says|vot|initial|represent)")
# 'Roscosmos' Jane Doe': a possessive of a name ending in s.
BARE_APOSTROPHE = re.compile(r"(?<=s)['’]\s+")
# A country's state bodies, named by a nationality adjective before them ('the Italian air force').
_STATE_BODY = (r"(?:air\s+force|army|navy|military|armed\s+forces|space\s+force|government|foreign\s+ministry|"
               r"defen[cs]e\s+ministry|embassy|parliament|senate|police)")  # fmt: skip
# 'Jane Doe, the Chinese foreign ministry spokesman,': a role in a country's state body after a name.
STATE_BODY_ROLE_AFTER = re.compile(
    rf",\s+(?:the|an?)\s+(?:(?:former|then|current)\s+)?(?P<country>[A-Z][a-z]+)\s+{_STATE_BODY}"
    rf"\s+{_ROLE_PHRASE}{_ROLE_END}"
)
RESPECTIVE = re.compile(
    r"\s+(?:in\s+the\s+seats?\s+of|representing|on\s+behalf\s+of|(?P<plain>of|from|for))\s+(?:the\s+)?(?=[A-Z])"
)
RESPECTIVELY = re.compile(r",?\s+respectively\b")
# 'the Italian air force officer Jane Doe': a role in a country's state body before a name.
STATE_BODY_ROLE = re.compile(
    rf"\b(?:the|an?|The|An?)\s+(?P<country>[A-Z][a-z]+)\s+{_STATE_BODY}\s+{_ROLE_PHRASE},?\s+$"
)


def structural_affiliations(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> list[Role]:
    """Affiliations the structure of the sentence assigns (see the shapes above)."""
    found: list[Role] = []
    sentence, text = view.sentence, view.text
    owner: Found | None
    named: Found | None
    by_start: dict[int, Found] = {}
    for mention in view.mentions:
        if mention.rule != "anaphor" and (mention.start not in by_start or mention.end > by_start[mention.start].end):
            by_start[mention.start] = mention  # the longest name starting there
    people = [m for m in view.mentions if view.is_(m, "Person") and m.rule != "anaphor"]

    def body(mention: Found | None) -> bool:
        return (
            mention is not None
            and not view.is_(mention, "Person")
            and (view.is_(mention, "Organization") or view.is_(mention, "Country"))
        )

    def named_after(pos: int, gap: re.Pattern[str] = TITLE_GAP) -> Found | None:
        """The person named right after ``pos`` (past a title)."""
        person = next((m for m in people if m.start >= pos), None)
        if person is None or not gap.fullmatch(text, pos, person.start):
            return None
        if any(pos <= m.start < person.start for m in view.mentions):
            return None
        return person

    if " by " in sentence and search(REPRESENTED, sentence):
        first = search(REPRESENTED, sentence)
        assert first is not None
        for owner in view.mentions:
            if not body(owner) or owner.start < view.start + first.start() - 80:
                continue
            link = REPRESENTED.match(text, owner.end, view.end)
            if link is None and owner.end > view.start + first.start():
                link = GAPPED_BY.match(text, owner.end, view.end)
            named = named_after(link.end()) if link is not None else None
            if named is not None:
                found.append((named, "affiliatedWith", owner, None, "represented by"))
    for match in scan(APPOINTS, sentence):
        at = view.start + match.end()
        chosen: Found | None
        if match.group("obj"):
            chosen = _person_pronoun(view, history, view.start + match.start())
            after = at
        else:
            chosen = by_start.get(at)
            after = chosen.end if chosen is not None else at
        if chosen is None or not view.is_(chosen, "Person"):
            continue
        cue = WORD.match(sentence, match.start("verb"))
        role = OBJECT_ROLE_OF.match(text, after, view.end)
        owner = by_start.get(role.end()) if role is not None else None
        if role is None:
            role = OBJECT_AS_POSSESSOR.match(text, after, view.end)
            owner = by_start.get(role.end()) if role is not None else None
            if owner is not None and not POSSESSOR_ROLE.match(text, owner.end, view.end):
                owner = None
        if owner is None and AS_ITS_ROLE.match(text, after, view.end):
            # 'Example Corp hired Jane Doe as its chief engineer': the one who hires
            owner = next(iter(view.clause_subject(match.start(), "Agent")), None)
        if body(owner) and owner is not None:
            owner = innermost(view, owner) if view.is_(owner, "Organization") else owner
            found.append((chosen, "affiliatedWith", owner, cue, "appointed to an office"))
    if ", " in sentence:
        for person in people:
            found += _apposed_titles(view, person, by_start)
    for person in people:
        its = ITS_MORE_ROLE_BEFORE.search(text, max(view.start, person.start - 60), person.start)
        owner = possessor(view, history, its.start(), ("Organization", "Country")) if its else None
        if its is not None and craft_role(view, history, its.start(), person.start):
            owner = None
        if its is not None and owner is not None and owner.entity != person.entity:
            found.append((person, "affiliatedWith", owner, None, "its role before a name"))
        state = STATE_BODY_ROLE.search(text, max(view.start, person.start - 80), person.start)
        state = state or STATE_BODY_ROLE_AFTER.match(text, person.end, view.end)
        country = by_start.get(state.start("country")) if state else None
        if country is not None and view.is_(country, "Country"):
            found.append((person, "affiliatedWith", country, None, "role in a state body"))
        description = ROLE_OF_DESCRIBED_NAME.match(text, person.end, view.end)
        owner = by_start.get(description.end()) if description else None
        if body(owner) and owner is not None and not view.is_(owner, "Country"):
            found.append((person, "affiliatedWith", owner, None, "role in a described body"))
    if "whose" in sentence:
        for match in scan(WHOSE_ROLE, sentence):
            owner = next((m for m in reversed(view.before(match.start())) if m.end == view.start + match.start()), None)
            named = named_after(view.start + match.end(), NO_GAP)
            if body(owner) and owner is not None and named is not None:
                found.append((named, "affiliatedWith", owner, None, "whose role"))
    if "under " in sentence:
        for match in scan(UNDER, sentence):
            named = named_after(view.start + match.end())
            if named is None or re.match(r"['’]s\b", text[named.end : named.end + 2]):
                continue
            if HEAD_OF_STATE_BEFORE.search(text, max(view.start, named.start - 30), named.start):
                continue  # ('left NASA to become an envoy under President Jane Doe': a government's head; people21)
            for subject in view.clause_subject(match.start(), "Organization")[:1]:
                if CREATED_BETWEEN.search(text, subject.end, view.start + match.start()):
                    continue  # 'a board that NASA set up under Jane Doe': she heads the board, not NASA
                if not view.is_(subject, "Country") and view.own_clause(subject, match.start()):
                    found.append((named, "affiliatedWith", subject, None, "under a person"))
    if " by " in sentence:
        for match in scan(RUN_BY_PERSON, sentence):
            if INDEFINITE_PHRASE_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
                continue  # 'set up a working group on X, co-chaired by Jane Doe': she chairs the group (lead17)
            subjects = [s for s in view.clause_subject(match.start(), "Organization") if not view.is_(s, "Country")
                        and not NAME_GOES_ON.match(text, s.end)]  # fmt: skip
            if subjects and complement_of_noun(view, subjects[0]):
                continue  # 'a committee of the House chaired by Jane Doe': she chairs the committee
            described_ = DESCRIBED_SUBJECT.match(sentence) if not subjects else None
            if described_ is not None and described_.end() <= match.start():
                # 'The agency is led by Jane Doe': the body the noun describes
                owner = described(view.linker, text, [], described_.group("noun"), history, view.start)
                subjects = [owner] if owner is not None and body(owner) and not view.is_(owner, "Country") else []
            if not subjects:
                continue
            cue = WORD.match(sentence, match.start("verb"))
            named = named_after(view.start + match.end(), ROLE_BEFORE_NAME)
            while named is not None:
                found.append((named, "affiliatedWith", subjects[0], cue, "run by a person"))
                later = THEN_BY.match(text, named.end, view.end)
                named = named_after(later.end(), ROLE_BEFORE_NAME) if later else None
    for match in scan(KEPT_POST, sentence):
        owner = by_start.get(view.start + match.end())
        if not body(owner) or owner is None:
            continue
        cue = WORD.match(sentence, match.start("verb"))
        for person in view.clause_subject(match.start(), "Person")[:1]:
            found.append((person, "affiliatedWith", innermost(view, owner), cue, "kept a post"))
    # 'Elected to the Senate in 1974, he …': a verb opening the sentence is matched in lower case.
    lowered = sentence[:1].lower() + sentence[1:]
    for pattern, rule in (
        (SITS_IN, "sits in a body"),
        (FOUNDED, "founded a body"),
        (JOINS_OR_LEAVES, "joined or left a body"),
        (ELECTED_FOR, "elected for a party"),
    ):
        for match in scan(pattern, lowered):
            owner = by_start.get(view.start + match.end())
            if not body(owner) or owner is None or view.is_(owner, "Country"):
                continue
            if pattern is ELECTED_FOR and view.is_(owner, "GovernmentBody"):
                continue  # 'ran for the Senate': a seat sought, not a party
            if pattern is JOINS_OR_LEAVES and not EMPLOYER_END.match(text, owner.end, view.end):
                continue  # 'joined NASA officials in calling for …', 'left NASA headquarters': no post
            cue = WORD.match(sentence, match.start("verb"))
            subjects = view.clause_subject(match.start(), "Person") or fronted_subject(view, match.start(), history)
            # ('A, B and C joined NASA in 1990': each person of a list; roles17)
            people_listed = [m for m in subjects if view.is_(m, "Person")]
            for person in people_listed if len(people_listed) == len(subjects) else subjects[:1]:
                # ('Jane Doe, who founded Example Corp': 'who' right after the person is about her)
                if not RELATIVE_WORD.search(text, max(person.end, view.start), view.start + match.start()) or (
                    WHO_RIGHT_AFTER.fullmatch(text, person.end, view.start + match.start())
                ):
                    found.append((person, "affiliatedWith", innermost(view, owner), cue, rule))
    if " by " in sentence and people:
        found += _founded_by(view, history, named_after)
    for match in scan(SERVED_THERE, sentence) if " there" in sentence else ():
        # 'Elected to the Senate in 1974, he served four terms there': the body 'there' stands for.
        place = _there(view, history, view.start + match.start("there"))
        if place is None or not body(place) or view.is_(place, "Country"):
            continue
        cue = WORD.match(sentence, match.start("verb"))
        subjects = view.clause_subject(match.start(), "Person") or fronted_subject(view, match.start(), history)
        for person in subjects[:1]:
            found.append((person, "affiliatedWith", innermost(view, place), cue, "served there"))
    if len(people) > 1:
        found += _respective(view, people)
    for match in scan(HIRES, sentence) if people else ():
        hired = by_start.get(view.start + match.end())
        if hired is None or not view.is_(hired, "Person"):
            continue
        cue = WORD.match(sentence, match.start("verb"))
        for employer in view.clause_subject(match.start(), "Organization")[:1]:
            if not view.is_(employer, "Country"):
                found.append((hired, "affiliatedWith", employer, cue, "hired by"))
    for match in scan(WHOM_HIRED, sentence) if "whom" in sentence else ():
        whom = next((m for m in people if m.end == view.start + match.start()), None)
        hirer = by_start.get(view.start + match.start("gap"))
        if whom is None or hirer is None or hirer.end != view.start + match.end("gap"):
            continue
        if body(hirer):
            found.append(
                (whom, "affiliatedWith", hirer, WORD.match(sentence, match.start("verb")), "whom a body hired")
            )
    if people and ("post" in sentence or "job" in sentence or "succeeded" in sentence or "replaced" in sentence):
        found += _successors(view, history, facts)
    for person in people:
        found += _who_is(view, person, by_start, history)
        link = YEARS_AT.match(text, person.end, view.end) or REPRESENTING.match(text, person.end, view.end)
        owner = by_start.get(link.end()) if link else None
        stay = link is not None and link.re is YEARS_AT and link.group("prep") == "in"
        if stay and owner is not None and view.is_(owner, "Country"):
            link = None  # 'spent ten years in Japan': a stay in the country, not a post held for it (roles19)
        if link is not None and body(owner) and owner is not None:
            cue = WORD.match(sentence, link.start("verb") - view.start) if link.re is YEARS_AT else None
            found.append((person, "affiliatedWith", owner, cue, "years at or representing a body"))
        link = IN_PARENTHESES.match(text, person.end, view.end) or FORMERLY_OF.match(text, person.end, view.end)
        owner = by_start.get(link.end()) if link else None
        if (link is not None and body(owner) and owner is not None
                and (link.re is FORMERLY_OF or text.startswith(")", owner.end))):  # fmt: skip
            found.append((person, "affiliatedWith", owner, None, "body beside a name"))
    for owner, person in itertools.pairwise(view.mentions) if "' " in sentence or "’ " in sentence else ():
        # 'Roscosmos' Jane Doe' (not a person's: 'Jones' John Roe')
        if (view.is_(person, "Person") and body(owner) and owner is not None
                and BARE_APOSTROPHE.fullmatch(text, owner.end, person.start)):  # fmt: skip
            found.append((person, "affiliatedWith", owner, None, "possessive before a person"))
    if "of them" in sentence:
        found += _some_of_them(view, people)
    fronted = search(FRONTED_SPEAKING_FOR, sentence) if "behalf" in sentence or "for" in sentence else None
    owner = by_start.get(view.start + fronted.end()) if fronted else None
    if fronted is not None and body(owner) and owner is not None:
        comma = COMMA_THEN.match(text, owner.end, view.end)
        named = named_after(comma.end(), NO_GAP) if comma else None
        if named is not None:
            found.append((named, "affiliatedWith", owner, None, "fronted speaking for"))
    if " by " in sentence:
        for owner in [m for m in view.mentions if body(m)]:
            of = DELEGATION_OF.search(text, max(view.start, owner.start - 25), owner.start)
            behind = DELEGATION_AFTER.match(text, owner.end, view.end)
            if of is None and behind is None:
                continue
            led = LED_BY_AFTER.match(text, behind.end() if behind else owner.end, view.end)
            named = named_after(led.end()) if led else None
            if named is not None:
                found.append((named, "affiliatedWith", owner, None, "a delegation led by"))
    if " for " in sentence and search(SIGNED_OR_SPOKE, sentence):
        for person in people:
            link = PERSON_FOR.match(text, person.end, view.end)
            owner = by_start.get(link.end()) if link else None
            if link is not None and body(owner) and owner is not None and FOR_END.match(text, owner.end, view.end):
                found.append((person, "affiliatedWith", owner, None, "a name and whom it is for"))
    return found


# 'He left NASA in 1964', 'she retired from the agency's board', 'rejoined ESA': a person's employer then.
JOINS_OR_LEAVES = re.compile(
    r"\b(?P<verb>left|leaves|leaving|quit|quits|joined|joins|joining|rejoined|rejoins|(?:retired|retires|retiring|resigned|resigns|resigning|"
    r"stepped\s+down|steps\s+down|departed|departs)\s+from|(?:was|were)\s+(?:fired|dismissed|sacked)\s+from|"
    r"returned\s+to|returns\s+to)\s+(?:the\s+)?(?=[A-Z])"
)
JOINS_OR_LEAVES = lead(JOINS_OR_LEAVES)  # the same matches, found faster (literals.lead)
# What may follow the body: a time, the clause's end, another verb ('left NASA two years later and turned …').
EMPLOYER_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|after|before)|and|as|after|before|"
    r"for|to|when|last|this|that|shortly|soon|later|early|late)\b"
)
# 'Elected … for the Democratic Party', 'ran for the Example Party': a party a politician stands for.
ELECTED_FOR = re.compile(
    r"\b(?P<verb>elected|re-elected|ran|runs|running|stood|stands|standing|campaigned)\b"
    r"(?:\s+(?!(?:for|and|but|which|who)\b)[\w-]+){0,8}?\s+for\s+(?:the\s+)?(?=[A-Z])"
)
# 'Elected to the Senate in 1974, he …', 'Having joined ESA in 1990, Jane Doe …': a participle opening the
# sentence, whose subject is the main clause's, after the comma.
FRONTED_PARTICIPLE = re.compile(
    r"\s*(?:(?:Once|After|Having(?:\s+been)?|Newly|First|Later)\s+)?(?:[A-Z][a-z]+|[a-z]+)(?:ed|en|ing)\b[^,;:]{0,150}?,\s+"
)
FRONTED_PRONOUN = re.compile(r"(?:he|she|He|She)\b")


def fronted_subject(view: SentenceView, pos: int, history: list[Found]) -> list[Found]:
    """The person a participial clause opening the sentence is about, when
    ``pos`` is inside it: the name or the 'he'/'she' right after its comma."""
    opening = FRONTED_PARTICIPLE.match(view.sentence)
    if opening is None or pos >= opening.end():
        return []
    at = view.start + opening.end()
    named = next((m for m in view.mentions if m.start >= at), None)
    if named is not None and view.is_(named, "Person") and TITLE_GAP.fullmatch(view.text, at, named.start):
        return [named]
    if FRONTED_PRONOUN.match(view.text, at):
        person = antecedent(view.linker, ("Person",), history, at)
        return [person] if person is not None else []
    return []


# 'Example Corp, founded by Jane Doe', 'The company, which was co-founded in 2000 by Jane Doe and John Roe'.
# ('a company founded in Auckland by Jane Doe': the city it was founded in between, its seat read in offices.py)
FOUNDED_BY = re.compile(
    r"\b(?P<verb>(?:co-?)?founded|established|set\s+up|started)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?)?\s+by\s+"
)
# Between the body and the participle: an apposition's comma, a relative pronoun, a passive auxiliary.
# (or an apposition naming its kind: 'Example Corp, a rocket company founded by Jane Doe')
FOUNDED_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|start-?up|maker|manufacturer|"
    r"operator|provider|developer|venture|business|group|organi[sz]ation|non-?profit|charity|foundation)\s+)?"
    r"(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:originally\s+)?"
)
DESCRIBED_BODY = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<noun>[a-z]+)$")


# 'The agency is led by', 'The company was run by': a described body opening the sentence.
DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:The|Its)\s+(?P<noun>agency|company|firm|organi[sz]ation|ministry|department|office|committee|council|"
    r"consortium|alliance|administration|institute|centre|center|body)\s+(?:(?:is|was|has\s+been|had\s+been|"
    r"will\s+be|is\s+now|is\s+still)\s+)"
)


# 'served four terms there', 'worked there for a decade', 'spent twenty years there'.
SERVED_THERE = re.compile(
    r"\b(?P<verb>served|serves|serving|worked|works|working|sat|sits|taught|teaches|spent|spends)\b"
    r"(?:\s+(?!(?:and|but|which|who|that|in|to|at|for)\b)[\w-]+){0,4}?\s+(?P<there>there)\b"
)
# Where a place or body 'there' may stand for was named: after a locative preposition or a verb of entering.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|into|joined|rejoined|entered)\s+(?:the\s+)?$")
THERE_REACH = 300  # how many characters before 'there' its place or body was named


def _there(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """What 'there' at ``at`` stands for: the nearest place, country or body
    named shortly before after 'in', 'at', 'to' or 'joined' (None if none)."""
    for mention in reversed(history):
        if mention.end > at or mention.rule == "anaphor":
            continue
        if mention.start < at - THERE_REACH:
            return None
        if not any(view.is_(mention, c) for c in ("Organization", "Place", "Country")):
            continue
        if LOCATIVE_BEFORE.search(view.text, max(0, mention.start - 12), mention.start):
            return mention
    return None


def _founded_by(view: SentenceView, history: list[Found], named_after: Any) -> list[Role]:
    """'Example Corp, founded by Jane Doe', 'The company, founded by Jane Doe,':
    the founders of a body named, or described by its noun, right before."""
    found: list[Role] = []
    text = view.text
    for match in FOUNDED_BY.finditer(view.sentence):
        at = view.start + match.start()
        gap = [g for g in FOUNDED_GAP.finditer(text, max(view.start, at - 70), at) if g.end() == at]
        head_end = min((g.start() for g in gap), default=at)
        body = next((m for m in view.mentions if m.end == head_end and m.rule != "anaphor"), None)
        if body is None:
            noun = DESCRIBED_BODY.search(text, max(view.start, head_end - 30), head_end)
            body = described(view.linker, text, [], noun.group("noun"), history, noun.start()) if noun else None
        if body is None or not view.is_(body, "Organization") or view.is_(body, "Country"):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        bodies = [body]
        like = next((m for m in view.mentions if m.rule != "anaphor" and LIKE_ASIDE.fullmatch(text, m.end, body.start)),
                    None)  # fmt: skip
        if like is not None and view.is_(like, "Organization") and not view.is_(like, "Country"):
            bodies.append(like)  # 'Example Corp, like Example Space, was founded by Jane Doe': both were
        person = named_after(view.start + match.end())
        while person is not None:
            found += [(person, "affiliatedWith", b, cue, "founded by") for b in bodies]
            more = FOUNDERS_AND.match(text, person.end, view.end)
            person = named_after(more.end()) if more else None
    return found


LIKE_ASIDE = re.compile(r",\s+like\s+")
FOUNDERS_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _who_is(view: SentenceView, person: Found, by_start: dict[int, Found], history: list[Found]) -> list[Role]:
    """'Jane Doe, who is ESA's director of …', 'Jane Doe, who was then head of
    Roscosmos', 'Jane Doe, who heads the agency': a role or a body led, named
    or described, after a copula or a verb of leading."""
    text = view.text
    verb = WHO_IS.match(text, person.end, view.end)
    if verb is None:
        return []
    cue = WORD.match(view.sentence, verb.start("verb") - view.start)
    at = verb.end()
    if verb.group("verb") in LEAD_VERBS and not text.startswith(",", person.end):
        return []  # 'Jane Doe heads …' right after the name: relations.py reads it
    if verb.group("verb") in LEAD_VERBS:
        named = by_start.get(at if not text.startswith("the ", at) else at + 4)
        if named is not None:
            return []  # 'who heads the Example Agency': relations.py reads it
        described_ = WHO_HEADS_DESCRIBED.match(text, at, view.end)
        owner = (
            described(view.linker, text, described_.group("adjs").split(), described_.group("noun"), history, at)
            if described_ is not None
            else None
        )
        if owner is None or not view.is_(owner, "Organization") or view.is_(owner, "Country"):
            return []
        return [(person, "affiliatedWith", owner, cue, "leads a described body")]
    determiner = COPULA_DETERMINER.match(text, at, view.end)
    owner = by_start.get(at) or (by_start.get(determiner.end()) if determiner else None)
    if owner is not None and (
        POSSESSOR_ROLE.match(text, owner.end, view.end)
        # 'who was NASA administrator from 2009', 'who is the ESA director': a bare body before its role
        or (not view.is_(owner, "Country") and BODY_ROLE_AFTER.match(text, owner.end, view.end))
    ):
        pass  # 'who is ESA's director'
    else:
        role = WHO_IS_ROLE_OF.match(text, at, view.end)
        owner = by_start.get(role.end()) if role else None
        owner = innermost(view, owner) if owner is not None and view.is_(owner, "Organization") else owner
    if (
        owner is None
        or view.is_(owner, "Person")
        or not (view.is_(owner, "Organization") or view.is_(owner, "Country"))
    ):
        return []
    return [(person, "affiliatedWith", owner, cue, "who is a role")]


def _some_of_them(view: SentenceView, people: list[Found]) -> list[Role]:
    """'ESA's astronauts … (two of them, Jane Doe and John Roe, …)': the
    people named belong to the body whose staff 'them' stands for."""
    found: list[Role] = []
    text = view.text
    for person in people:
        them = SOME_OF_THEM.search(text, max(view.start, person.start - 30), person.start)
        if them is None:
            continue
        staff = [m for m in view.mentions if m.end <= them.start() and not view.is_(m, "Person")
                 and (view.is_(m, "Organization") or view.is_(m, "Country"))
                 and STAFF_AFTER.match(text, m.end, them.start())]  # fmt: skip
        if not staff:
            continue
        crew = view.group([m for m in people if m.start >= person.start], False)
        found += [(member, "affiliatedWith", staff[-1], None, "some of them") for member in crew]
    return found


def _successors(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> list[Role]:
    """'Putin removed him and gave the post to Jane Doe', 'Jane Doe was
    succeeded by John Roe': the successor holds the office the one before
    held, the body of that person's last affiliation so far."""
    found: list[Role] = []
    people = [m for m in view.mentions if view.is_(m, "Person")]
    bodies = {m.entity: m for m in history[-RECENT_FACTS:] if not view.is_(m, "Person")}
    for pattern in (POST_TO, SUCCEEDED_BY):
        for match in pattern.finditer(view.sentence):
            successor = next((m for m in people if m.start == view.start + match.end()), None)
            if successor is None:
                continue
            if pattern is POST_TO:
                # the one the post was taken from: the object of the verb before ('removed him')
                took = OBJECT_PRONOUN.search(view.sentence, 0, match.start())
                former = _person_pronoun(view, history, view.start + took.start()) if took else None
            else:
                former = next(iter(view.clause_subject(match.start(), "Person")), None)
            if former is None or former.entity == successor.entity:
                continue
            held = [f["object"] for f in facts if f["subject"] == former.entity and f["relation"] == "affiliatedWith"
                    and f["object"] in bodies and not view.is_(bodies[f["object"]], "Country")]  # fmt: skip
            if held:
                # (of several, the most salient: 'Its first head was X, a former chief of Y. X was succeeded by Z':
                # the body the text is about, not the one named last in passing)
                salience = view.salience
                body = max(reversed(held), key=salience.weight_of) if salience is not None else held[-1]
                cue = WORD.match(view.sentence, match.start("verb"))
                found.append((successor, "affiliatedWith", bodies[body], cue, "successor in a post"))
    return found


def _person_pronoun(view: SentenceView, history: list[Found], before: int) -> Found | None:
    """Whom 'him'/'her' after a verb at ``before`` stands for: of the people
    named shortly before, not in the verb's own sentence (its subject), the
    one named most often (the text's protagonist), the last one on a tie."""
    subjects = {m.entity for m in view.mentions if m.end <= before and view.is_(m, "Person")}
    counts: dict[str, int] = {}
    last: dict[str, Found] = {}
    for mention in reversed(history):
        if mention.end > before or mention.rule == "anaphor" or not view.linker.is_(mention, "Person"):
            continue
        if mention.end < before - PRONOUN_REACH:
            break
        if mention.entity not in subjects:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
            last.setdefault(mention.entity, mention)
    if not counts:
        return None
    best = max(counts.values())
    return next(m for e, m in last.items() if counts[e] == best)


def _apposed_titles(view: SentenceView, person: Found, by_start: dict[int, Found]) -> list[Role]:
    """'Jane Doe, General Secretary of the Example Party and President of
    Examplia,': each title gives its own body (the country at the end of a
    chain 'President of the State Council of Examplia')."""
    text = view.text
    opened = APPOSED_TITLE_OPEN.match(text, person.end, view.end)
    found: list[Role] = []
    pos = opened.end() if opened else -1
    while opened is not None:
        title = APPOSED_TITLE_OF.match(text, pos, view.end)
        first = by_start.get(title.end()) if title else None
        if (
            first is None
            or view.is_(first, "Person")
            or not (view.is_(first, "Organization") or view.is_(first, "Country"))
        ):
            break
        chain = [first]
        while (link := CHAIN_OF.match(text, chain[-1].end, view.end)) and link.end() in by_start:
            chain.append(by_start[link.end()])
        closes = APPOSED_TITLE_CLOSES.match(text, chain[-1].end, view.end)
        if closes is None:
            break
        owner = chain[-1] if len(chain) > 1 and view.is_(chain[-1], "Country") else first
        found.append((person, "affiliatedWith", owner, None, "titles in an apposition"))
        more = APPOSED_TITLE_NEXT.match(text, closes.end(), view.end)
        if more is None:
            break
        pos = more.end()
    return found


def _respective(view: SentenceView, people: list[Found]) -> list[Role]:
    """'with Jane Doe and John Roe in the seats of Examplia and Peru', '… of
    Examplia and Peru respectively': the lists pair up in order."""
    found: list[Role] = []
    text = view.text
    for person in people:
        link = RESPECTIVE.match(text, person.end, view.end)
        if link is None:
            continue
        persons = sorted(view.group([m for m in people if m.end <= person.end], True), key=lambda m: m.start)
        bodies = view.group(
            [m for m in view.after(link.end() - view.start) if view.is_(m, "Agent") and not view.is_(m, "Person")],
            False,
        )
        if not persons or not bodies or bodies[0].start != link.end() or len(persons) != len(bodies):
            continue
        if link.group("plain") and (len(persons) < 2 or not RESPECTIVELY.match(text, bodies[-1].end, view.end)):
            continue
        found += [(p, "affiliatedWith", b, None, "respective lists") for p, b in zip(persons, bodies, strict=True)]
    return found


# Who runs what, read from the family of operator verbs and their passives, with a named object or one
# described by a common noun ('runs the telescope': the telescope named before).
_OPERATOR_VERB = (
    r"(?:runs|ran|operates|operated|manages|managed|controls|controlled|oversees|oversaw|administers|administered|"
    r"supervises|supervised|directs|directed|commands|commanded)"
)
# Participles of operating that relations.py's passive does not read ('run', 'operated', 'managed' it does).
_OPERATOR_PARTICIPLE = r"(?:controlled|overseen|administered|supervised|commanded)"
# What a common noun after an operator verb may stand for, by the noun.
OPERATED_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("telescope", "observatory"), ("Mission", "Program", "Facility")),
    **dict.fromkeys(("satellite", "probe", "spacecraft", "orbiter", "lander", "rover",
                     "capsule", "craft", "flight", "mission"), ("Mission", "Program")),
    **dict.fromkeys(("cosmodrome", "spaceport", "launch site", "site", "range", "base", "facility", "centre", "center",
                     "ground station"), ("Facility", "MilitaryBase")),
    **dict.fromkeys(("programme", "program", "project", "network", "system", "constellation"), ("Program", "Facility")),
    "station": ("Station", "Program"),
    # ('the China Example Agency, which ran the laboratory': a space laboratory is a station)
    **dict.fromkeys(("laboratory", "space laboratory", "outpost"), ("Station", "Program")),
}  # fmt: skip
_OPERATED_NOUN = "|".join(sorted(OPERATED_NOUNS, key=len, reverse=True)).replace(" ", r"\s+")
# 'runs the telescope', 'now operates the new cosmodrome' (not 'the satellite's camera', 'the station of').
OPERATES_DESCRIBED = re.compile(
    rf"\b(?P<verb>{_OPERATOR_VERB})\s+the\s+(?P<adjs>(?:[a-z-]+\s+){{0,2}}?)(?P<noun>{_OPERATED_NOUN})s?\b"
    r"(?!['’-]|\s+(?:of|for|to|in|at)\b)"
)
# Adjectives that set a described thing apart from the one in focus ('the other programme', 'the civilian one').
KIND_ADJECTIVES = {"other", "separate", "rival", "civilian", "military", "commercial", "private"}
OPERATES_NAMED = re.compile(rf"\b(?P<verb>{_OPERATOR_VERB})\s+(?:the\s+)?(?=[A-Z])")
# 'Example-1 is controlled by', 'Example-1, overseen by', 'The telescope is operated by'.
OPERATED_BY = re.compile(
    rf"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|"
    rf"is\s+being|was\s+being)\s+)?(?:(?:not|no\s+longer|never|now|also|still|jointly|largely|mainly)\s+)*"
    rf"(?P<verb>{_OPERATOR_PARTICIPLE})\s+by\s+(?:the\s+)?"
)
DESCRIBED_OPERATED_BY = re.compile(
    rf"\b[Tt]he\s+(?P<adjs>(?:[a-z-]+\s+){{0,2}}?)(?P<noun>{_OPERATED_NOUN})\s+(?:(?:is|was|are|were|has\s+been|"
    rf"have\s+been|had\s+been|will\s+be|would\s+be)\s+)(?:(?:not|no\s+longer|never|now|also|still|jointly|largely|"
    rf"mainly)\s+)*(?P<verb>run|operated|managed|{_OPERATOR_PARTICIPLE})\s+by\s+(?:the\s+)?"
)
# 'Boeing built the satellite', 'designed the lander': the builder of a craft the noun stands for (relations12).
BUILDS_DESCRIBED = re.compile(
    # ('helped to build the spacecraft': the helper takes part)
    r"\b(?P<helped>help(?:s|ed)?\s+(?:to\s+)?(?=build\b|develop\b|design\b))?"
    r"(?P<verb>built|builds|build|developed|develops|develop|designed|designs|design|manufactured|manufactures)\s+the\s+"
    r"(?P<adjs>(?:[a-z-]+\s+){0,2}?)(?P<noun>satellite|probe|spacecraft|orbiter|lander|rover|capsule|telescope|"
    r"observatory)s?\b(?!['’-]|\s+(?:of|for|to|in|at|on)\b)"
)
TO_BEFORE_VERB = re.compile(r"\bto\s+$")
OPERATOR_WORD = re.compile(r"\b(?:run|ran|operat|manag|control|overs[ea]|administ|supervis|direct|command)")
CREW_WORD = re.compile(r"command|captain|pilot|engineer|specialist|officer|crew")
OPERATED_REACH = 600  # how far before its sentence what 'the telescope' stands for may be named


# Craft nouns that tell one craft from another ('the orbiter' is not 'the Philae lander').
SPECIFIC_CRAFT = {"lander", "rover", "orbiter", "telescope", "observatory", "capsule", "cosmodrome", "spaceport"}
# (what a text may call a name beside it: a craft of those kinds, or a rocket, so 'the lander' is never the launcher
# 'a GSLV rocket' named before it; lead22)
_SPECIFIC_CRAFT = "|".join(sorted(SPECIFIC_CRAFT | {"rocket", "launcher", "booster"}))
CRAFT_NOUN_AFTER = re.compile(
    rf"\s+({_SPECIFIC_CRAFT})\b|,\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){{0,3}}?({_SPECIFIC_CRAFT})\b"
)
CRAFT_NOUN_BEFORE = re.compile(rf"\b(?:the|its|a|an)\s+(?:[\w-]+\s+){{0,2}}?({_SPECIFIC_CRAFT})\s+$")


def _called_other_craft(text: str, mention: Found, noun: str) -> bool:
    """Whether the text calls the mention a craft of another kind than ``noun``
    right beside it ('the Philae lander', 'Example-1, a small rover')."""
    after = CRAFT_NOUN_AFTER.match(text, mention.end, mention.end + 60)
    before = CRAFT_NOUN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    called = {g for found in (after, before) if found is not None for g in found.groups() if g}
    return bool(called) and noun not in called


# The nouns of a craft that, with no craft named in their paragraph, stand for the craft the text is about.
FOCUS_CRAFT_NOUNS = {"satellite", "probe", "spacecraft", "orbiter", "lander", "rover", "capsule", "craft",
                     "telescope", "observatory"}  # fmt: skip


def _operated_thing(view: SentenceView, history: list[Found], match: re.Match[str], at: int) -> Found | None:
    """What 'the telescope', 'the cosmodrome' at ``at`` stands for: a name
    described by the noun or ending in it, else the nearest earlier name of
    the noun's class (in this sentence or the few before), if it can be led."""
    return _described_thing(view, history, re.sub(r"\s+", " ", match.group("noun")), at)


def _described_thing(view: SentenceView, history: list[Found], noun: str, at: int) -> Found | None:
    """What the noun ('telescope', 'cosmodrome', 'mission') of a description at ``at`` stands for (see
    :func:`_operated_thing`)."""
    if noun in ("mission", "flight"):
        return flight_in_focus(view, history, at, at - view.start + OPERATED_REACH)
    classes = OPERATED_NOUNS[noun]
    head = noun.split()[-1]
    # a name ending in the noun or described by it ('Example-1, a small orbiter'), when the noun names no class
    thing = None if head in NOUN_CLASSES else described(view.linker, view.text, [], head, history, at)
    if thing is None or not any(view.is_(thing, c) for c in classes):
        # else the one name of the noun's class in the paragraph within reach ('the orbiter' with an orbiter and
        # a lander named is neither)
        near: dict[str, Found] = {}
        for m in reversed(history):
            if m.start < view.start - OPERATED_REACH or (m.end <= at and "\n" in view.text[m.end : at]):
                break
            if m.end <= at and m.rule != "anaphor" and any(view.is_(m, c) for c in classes):
                if head in SPECIFIC_CRAFT and any(
                    _called_other_craft(view.text, x, head) for x in history if x.entity == m.entity
                ):
                    continue  # 'the orbiter' is not the one the text calls a lander
                near[m.entity] = m
        thing = next(iter(near.values())) if len(near) == 1 else None
        if not near and head in FOCUS_CRAFT_NOUNS:
            # no craft named in its paragraph: the craft the text is about ('Europe's X telescope lifted off …
            # [paragraphs on] … Example Corp built the spacecraft'; makers17)
            thing = craft_in_focus(view, history, at)
            if thing is not None and not any(view.is_(thing, c) for c in classes):
                thing = None
            return thing
    if thing is None or thing.start < view.start - OPERATED_REACH or view.is_(thing, "Country"):
        return None
    return thing if any(view.is_(thing, c) for c in ("Program", "Station", "Facility")) else None


def _operator_agent(view: SentenceView, at: int) -> Found | None:
    """The agent named right after 'by' at ``at`` (a name, not 'a team of …')."""
    agent = next((m for m in view.mentions if m.start == at), None)
    return agent if agent is not None and view.is_(agent, "Agent") else None


def _verb_subjects(view: SentenceView, at: int) -> list[Found]:
    """The agents the clause gives the verb at ``at`` (sentence offset), none
    when a name that is no agent stands right before it ('where NASA's
    Example Center manages the rockets': the centre, not an earlier person)."""
    right_before = [m for m in view.mentions if m.end <= view.start + at and re.fullmatch(r"\s*(?:(?:also|now|still|jointly)\s+)?",
                                                             view.text[m.end : view.start + at])]  # fmt: skip
    # a possessor does not act ("Russia's state corporation, which runs X": not Russia)
    subjects = [s for s in view.clause_subject(at, "Agent") if not POSSESSOR_AFTER.match(view.text, s.end)]
    if right_before and not any(s.entity == right_before[-1].entity for s in subjects):
        return []
    return subjects


POSSESSOR_AFTER = re.compile(r"['’]s?(?:\s|$)")


def _built_described(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-7 broke up in orbit. Boeing built the satellite': the builder
    of the craft the noun stands for (named in the sentences before) takes
    part in it, a company or an agency, alone or one of several, as for a
    named craft (:mod:`relations`)."""
    found: list[Role] = []
    for match in BUILDS_DESCRIBED.finditer(view.sentence):
        if any(view.start + match.end("verb") < m.start < view.start + match.end() for m in view.mentions):
            continue  # coreference found what 'the satellite' is: relations.py reads it
        thing = _operated_thing(view, history, match, view.start + match.start())
        if thing is None or view.is_(thing, "Station"):
            continue
        cue = WORD.match(view.sentence, match.start())
        if not match.group("helped") and TO_BEFORE_VERB.search(
            view.sentence, max(0, match.start() - 12), match.start()
        ):
            continue  # 'plans to build the lander', 'helped NASA to build': another verb's infinitive, read elsewhere
        subjects = [m for m in _verb_subjects(view, match.start()) if not view.is_(m, "Person")]
        for subject in subjects:
            if subject.entity != thing.entity:
                # (a builder takes part, company or agency: 'China built a replacement'; guidelines23)
                found.append((subject, "participatesIn", thing, cue, "builder of a described craft"))
    return found


def _operated(view: SentenceView, history: list[Found]) -> list[Role]:
    """'NASA, the American space agency, runs the telescope', 'Example Corp
    controls Example-4', 'Example-3 is overseen by the Example Agency', 'The
    cosmodrome is run by Roscosmos': the operator leads what it runs (the
    verb's modality kept: 'no longer runs' is negated, 'will be run' planned)."""
    found: list[Role] = []
    text, sentence = view.text, view.sentence
    by_start = {m.start: m for m in view.mentions}
    for match in scan(OPERATES_DESCRIBED, sentence):
        if any(view.start + match.end("verb") < m.start < view.start + match.end() for m in view.mentions):
            continue  # 'runs the mission' where coreference found what 'the mission' is: relations.py reads it
        if set(match.group("adjs").split()) & KIND_ADJECTIVES:
            continue  # 'which runs the civilian programme' after a military satellite: another one, unnamed
        thing = _operated_thing(view, history, match, view.start + match.start())
        if thing is None:
            continue
        cue = WORD.match(sentence, match.start("verb"))
        for subject in _verb_subjects(view, match.start()):
            if subject.entity != thing.entity:
                found.append((subject, "leads", thing, cue, "operator of a described thing"))
    for match in scan(OPERATES_NAMED, sentence):
        thing = by_start.get(view.start + match.end())
        if thing is None or not any(view.is_(thing, c) for c in ("Program", "Station", "Facility")):
            continue
        if view.is_(thing, "Organization") or view.is_(thing, "Country"):
            continue
        cue = WORD.match(sentence, match.start("verb"))
        for subject in _verb_subjects(view, match.start()):
            if subject.entity != thing.entity:
                found.append((subject, "leads", thing, cue, "operator verb"))
    for thing in view.mentions:
        if not any(view.is_(thing, c) for c in ("Program", "Station", "Facility")):
            continue
        by = OPERATED_BY.match(text, thing.end, view.end)
        agent = _operator_agent(view, by.end()) if by else None
        if by is None or agent is None:
            continue
        found.append((agent, "leads", thing, WORD.match(sentence, by.start("verb") - view.start), "operated by"))
    for match in scan(DESCRIBED_OPERATED_BY, sentence):
        if view.start + match.start() in by_start:
            continue  # 'The Example Spaceport is run by': a name, read by relations.py
        thing = _operated_thing(view, history, match, view.start + match.start())
        agent = _operator_agent(view, view.start + match.end())
        if thing is not None and agent is not None and agent.entity != thing.entity:
            found.append((agent, "leads", thing, WORD.match(sentence, match.start("verb")), "described thing run by"))
    return found


# A crew role in the flight in focus: '(Jane Doe) commands the flight', '(John Roe) is the pilot',
# '(…), the flight engineer,'; the commander leads the mission, the others take part in it.
_CREW_ROLE = (
    r"(?P<role>commander|captain|pilot|co-?pilot|flight\s+engineer|mission\s+specialist|payload\s+specialist|"
    r"science\s+officer|(?:only\s+)?crew\s+member)"
)
# The same role after its verb, wherever the subject stands: '(Jane Doe, who ran the office,) will command the
# mission', '(A and B, a … astronaut,) will fly as mission specialists'; the subject is the clause's.
CREW_ROLE_VERB = re.compile(
    r"\b(?P<verb>(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|became|serves?\s+as|served\s+as|flies\s+as|"
    r"flew\s+as|will\s+fly\s+as|will\s+serve\s+as|are|were)\s+(?:(?:also|again|now)\s+)?(?:the\s+)?(?:(?:mission|flight|"
    r"crew|mission['’]s|flight['’]s)\s+)?(?P<role>commander|captain|pilot|co-?pilot|flight\s+engineers?|mission\s+"
    r"specialists?|payload\s+specialists?|science\s+officer)(?=\s*(?:[,;.)]|$)|\s+and\b)"
    r"|(?:commands|commanded|will\s+command|is\s+to\s+command|pilots|piloted|will\s+pilot)\s+the\s+(?:(?:first|second|"
    r"third|next|last|whole|entire)\s+)?(?:flight|mission|crew|spacecraft|capsule|shuttle|orbiter)\b(?!['’-]|\s+(?:of|to|for)\b))"
)
CREW_ROLE_AFTER = re.compile(
    r"(?:\s+(?P<verb>is|was|will\s+be|would\s+be|has\s+been|had\s+been|became|serves\s+as|served\s+as|flies\s+as|"
    r"flew\s+as|will\s+fly\s+as)\s+|,\s+)(?:(?:also|again|now)\s+)?(?:the\s+)?(?:(?:mission|flight|crew|mission['’]s|"
    rf"flight['’]s)\s+)?{_CREW_ROLE}(?=\s*(?:[,;.)]|$)|\s+and\b)"
)
# ', Example 11' right after a role in apposition, on the same line (a signature line 'Name, commander, Example 11').
ROLE_THEN_FLIGHT = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z])")
COMMANDS_FLIGHT = re.compile(
    r"\s+(?:(?:also|again|later|then)\s+)?(?P<verb>commands|commanded|will\s+command|pilots|piloted|will\s+pilot)\s+"
    r"the\s+(?:(?:first|second|third|next|last|whole|entire)\s+)?(?P<noun>flight|mission|crew|spacecraft|capsule|"
    r"shuttle|orbiter)\b(?!['’-]|\s+(?:of|to|for)\b)"
)


# 'Example-1, its first crewed flight', 'the Example-1 mission': a name the text calls a flight or mission.
CALLED_FLIGHT = re.compile(r"\s+(?:mission|flight)\b|,\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:mission|flight)\b")


def flight_in_focus(
    view: SentenceView, history: list[Found], at: int, reach: int, paragraphs: bool = False
) -> Found | None:
    """The mission 'the flight', 'the mission' or a crew role at ``at`` is
    about: of the missions named in its paragraph (or, with ``paragraphs``,
    in the paragraphs before: a news report names the flight, then its crew)
    within ``reach`` characters, the nearest the text calls a flight or
    mission, else the nearest that is no part named beside a craft noun
    ('its lander, X')."""
    best: tuple[int, Found] | None = None
    for mention in reversed(history):
        if mention.end > at or mention.rule == "anaphor":
            continue
        if mention.start < at - reach or (not paragraphs and "\n" in view.text[mention.end : at]):
            break
        if not view.is_(mention, "Mission"):
            continue
        rank = 0 if CALLED_FLIGHT.match(view.text, mention.end, at) else 1 if mention.rule not in CRAFT_RULES else 2
        if rank == 0:
            return mention
        if best is None or rank < best[0]:
            best = (rank, mention)
    return best[1] if best is not None and best[0] < 2 else None


# 'The only crew member, Lieutenant Colonel Jane Doe', 'Its commander, Jane Doe': a crew role before the name.
CREW_ROLE_BEFORE = re.compile(
    rf"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:only|sole|first|mission|flight|crew|mission['’]s|flight['’]s)\s+){{0,2}}"
    rf"{_CREW_ROLE},\s+(?:[A-Z][a-z]+\.?\s+){{0,3}}$"
)


def _crew_roles(view: SentenceView, people: list[Found], history: list[Found]) -> list[Role]:
    """'John Young commands the flight and Robert Crippen is the pilot': a
    crew role with no mission named after it is held in the mission named in
    this sentence or shortly before (a name the text calls a flight or
    mission first); nothing if none is."""
    found: list[Role] = []
    text = view.text
    for person in people:
        before = CREW_ROLE_BEFORE.search(text, max(view.start, person.start - 80), person.start)
        if before is not None:
            # 'Its commander, X': 'its' must stand for a mission, not a body ('The Command … Its commander, X')
            owner = (
                possessor(view, history, before.start(), ("Organization", "Country", "Program"))
                if before.group("det").lower() in ("its", "their")
                else None
            )
            mission = flight_in_focus(view, history, before.start(), before.start() - view.start + CREW_REACH)
            if mission is not None and (owner is None or owner.entity == mission.entity):
                leads = bool(re.search(r"command|captain", before.group("role")))
                found.append((person, "leads" if leads else "participatesIn", mission, None, "crew role"))
            continue
        role = CREW_ROLE_AFTER.match(text, person.end, view.end)
        command = COMMANDS_FLIGHT.match(text, person.end, view.end) if role is None else None
        match = role or command
        if match is None:
            continue
        if (
            role is not None
            and not role.group("verb")
            and not re.fullmatch(r"\s*(?:[,;.)]|$)", text[role.end() : role.end() + 1])
        ):
            continue  # 'Jane Doe, the pilot and …': an apposition closes with a comma
        # 'Jane Doe, commander, Example 11' (a signature line): the flight named right after the role, on its line,
        # is the one held, not a flight named on the line before (GUIDELINES, the twenty-third set; relations24)
        named = (
            ROLE_THEN_FLIGHT.match(text, role.end(), view.end) if role is not None and not role.group("verb") else None
        )
        mission = next((m for m in view.mentions if named is not None and m.start == named.end()
                        and view.is_(m, "Mission")), None)  # fmt: skip
        mission = mission or flight_in_focus(
            view, history, person.start, person.start - view.start + CREW_REACH, paragraphs=True
        )
        if mission is None:
            continue
        word = role.group("role") if role is not None else match.group("verb")
        leads = bool(re.search(r"command|captain", word))
        verb = match.group("verb")
        cue = LAST_WORD.search(view.sentence, 0, match.end("verb") - view.start) if verb else None
        found.append((person, "leads" if leads else "participatesIn", mission, cue, "crew role"))
    done = {person.entity for person, *_ in found}
    for match in CREW_ROLE_VERB.finditer(view.sentence):
        # the role's subject past an apposition or a relative clause, and each of a coordinated subject
        subjects = [p for p in view.clause_subject(match.start(), "Person") if p.entity not in done]
        subjects = [p for p in subjects if view.own_clause(p, match.start())]
        if not subjects:
            continue
        mission = flight_in_focus(
            view, history, subjects[0].start, subjects[0].start - view.start + CREW_REACH, paragraphs=True
        )
        if mission is None:
            continue
        leads = match.group("role") is None or bool(re.search(r"command|captain", match.group("role")))
        cue = LAST_WORD.search(view.sentence, 0, match.end("verb")) if match.group("verb") else None
        cue = cue or WORD.match(view.sentence, match.start())
        for person in subjects:
            done.add(person.entity)
            found.append((person, "leads" if leads else "participatesIn", mission, cue, "crew role"))
    return found


# A rank or membership in a body, in an apposition or after a copula: 'Jane Doe, a senior lieutenant of the
# Example Air Force', 'Jane Doe, a co-founder of Example Corp', 'Jane Doe, member of the House of …', 'Jane Doe
# is a captain in the navy'. (Offices such as 'head of' and 'chief executive of' are read in relations.py.)
_RANK = (
    r"(?:(?:first|second)\s+)?(?:lieutenant(?:[- ](?:colonel|general|commander))?|captain|major(?:[- ]general)?|colonel|"
    r"brigadier(?:[- ]general)?|general|sergeant|corporal|commodore|admiral|marshal|officer|pilot|test\s+pilot|"
    r"member|co-?founder|founding\s+member|employee|staffer|staff\s+member|veteran\s+engineer|trustee|"
    r"board\s+member|fellow)"
)
RANK_OF = re.compile(
    r"(?:,\s+|\s+(?P<verb>is|was|has\s+been|had\s+been|became|remains|remained|will\s+be|served\s+as|serves\s+as)\s+)"
    r"(?:(?:then|now|once|formerly|later|also|still)\s+)?(?:(?:a|an|the)\s+)?(?:(?:former|retired|senior|junior|"
    r"serving|active|founding|longtime|long-time|leading|veteran|fighter|naval|air|army|distinguished)\s+){0,2}"
    rf"{_RANK}\s+(?:of|in|at|with)\s+(?:the\s+)?"
)
RANK_WORD = re.compile(
    r"ieutenant|aptain|ajor|olonel|rigadier|eneral|ergeant|orporal|ommodore|dmiral|arshal|fficer|ilot|ember|"
    r"ounder|mployee|taff|eteran|rustee|ellow"
)


def _ranks(view: SentenceView, people: list[Found]) -> list[Role]:
    """'Jane Doe, a senior lieutenant of the Example Air Force', 'Jane Doe,
    a co-founder of Example Corp', 'John Roe is a member of the Example
    Council': the person acts for the body named right after (an
    organization, not a country or a place: 'a member of the public')."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for person in people:
        rank = RANK_OF.match(view.text, person.end, view.end)
        body = by_start.get(rank.end()) if rank else None
        if rank is None or body is None or not view.is_(body, "Organization") or view.is_(body, "Country"):
            continue
        if view.is_(body, "Person"):
            continue
        cue = LAST_WORD.search(view.sentence, 0, rank.end("verb") - view.start) if rank.group("verb") else None
        found.append((person, "affiliatedWith", innermost(view, body), cue, "rank in a body"))
    return found


# A labelled line naming who put a document forward: 'Sponsor: Jane Doe', 'Introduced by: Senator Jane Doe'.
DOCUMENT_LABEL = re.compile(
    r"(?:^|(?<=[.;\n])\s*|(?<=\.\s))(?P<label>Sponsors?|Sponsored\s+by|Primary\s+sponsor|Introduced\s+by|Submitted\s+by|"
    r"Tabled\s+by|Authors?|Drafted\s+by|Drafters?|Proposed\s+by)\s*:\s*"
)
LABEL_RELATIONS = {"sponsor": "proposes", "sponsored": "proposes", "primary": "proposes", "proposed": "proposes",
                   "introduced": "submits", "submitted": "submits", "tabled": "submits", "author": "drafts",
                   "drafted": "drafts", "drafter": "drafts"}  # fmt: skip


def _document_labels(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Sponsor: Jane Doe, member of …' on a bill's summary: the sponsor
    proposes the document the record is about (the one named in its title
    line, else the one named last above the label)."""
    found: list[Role] = []
    for label in DOCUMENT_LABEL.finditer(view.sentence):
        at = view.start + label.end()
        first = next((m for m in view.mentions if m.start >= at and view.is_(m, "Agent")), None)
        if first is None or not LABEL_TITLE.fullmatch(view.text, at, first.start):
            continue
        named = view.group([m for m in view.mentions if m.start >= first.start and view.is_(m, "Agent")], False)
        title_end = view.text.find("\n")
        documents = [m for m in history if m.end <= at and m.rule != "anaphor" and view.is_(m, "Document")]
        titled = [m for m in documents if m.end <= title_end]
        document = titled[0] if titled else (documents[-1] if documents else None)
        if document is None or (document.start < view.start - LABEL_REACH and not titled):
            continue
        word = label.group("label").split()[0].lower().rstrip("s")
        relation = LABEL_RELATIONS.get(word, "proposes")
        found += [(agent, relation, document, None, "labelled document line") for agent in named]
    return found


# ', after the Soviet Union and the United States,', ', like Japan,': a comparison set off by commas names
# others beside the subject; none of them is what a later pronoun of the clause stands for.
COMPARISON_ASIDE = re.compile(
    r",\s+(?:after|before|behind|ahead\s+of|like|unlike|besides|apart\s+from|following|as\s+(?:did|had|have|has|were|was))"
    r"\s+[^,;:.()]{1,80},"
)


def without_comparisons(view: SentenceView, history: list[Found]) -> list[Found]:
    """The mentions of ``history`` less those of this sentence that stand in
    a comparison aside ('China became the third country, after A and B, to …
    when it launched': 'it' is not B); ``history`` itself when there is none."""
    if ", " not in view.sentence:
        return history
    asides = [(view.start + a.start(), view.start + a.end()) for a in COMPARISON_ASIDE.finditer(view.sentence)]
    if not asides:
        return history
    return [m for m in history if not any(low <= m.start < high for low, high in asides)]


# "Russia's president, Jane Doe, and Examplia's, John Roe": the role left out after the second possessive.
GAPPED_OWNER = re.compile(r",?\s+(?:and|while|with|as\s+did)\s+$")
FULL_POSSESSIVE_ROLE = re.compile(rf"['’]s\s+{_ROLE_PHRASE},\s+")


def _gapped_possessive_roles(view: SentenceView, people: list[Found]) -> list[Role]:
    """ "Russia's president, Jane Doe, and Examplia's, John Roe": the second
    possessive repeats the first one's role, so John Roe acts for Examplia."""
    found: list[Role] = []
    text = view.text
    for person in people:
        if not re.search(r"['’]s,\s+$", text[max(view.start, person.start - 5) : person.start]):
            continue
        owner_end = text.rfind("'", view.start, person.start)
        owner_end = max(owner_end, text.rfind("’", view.start, person.start))
        owner = next((m for m in view.mentions if m.end == owner_end and m.entity != person.entity), None)
        if owner is None or view.is_(owner, "Person") or not view.is_(owner, "Agent"):
            continue
        if not GAPPED_OWNER.search(text, max(view.start, owner.start - 12), owner.start):
            continue
        if FULL_POSSESSIVE_ROLE.search(view.sentence, 0, owner.start - view.start) is None:
            continue
        found.append((person, "affiliatedWith", owner, None, "role left out after a possessive"))
    return found


# 'NASA supplied three instruments for the orbiter', 'built the camera on the probe': a part for a craft
# described by a common noun (a named craft is read in relations.py).
SUPPLIED_FOR = re.compile(
    r"\b(?P<verb>suppl(?:ied|ies|y)|provid(?:ed|es|e)|buil(?:t|ds|d)|contribut(?:ed|es|e)|deliver(?:ed|s)?|"
    r"develop(?:ed|s)?)\s+(?:(?:a|an|the|its|their|two|three|four|five|six|seven|eight|several|some|all|most|one|any|"
    r"\d+)\s+)?(?:(?:of\s+)?(?:the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:instrument|payload|experiment|camera|sensor|"
    r"spectrometer|detector|radar|module|arm|antenna|engine|component|solar\s+panel)s?\s+(?:for|to|on|aboard)\s+the\s+"
    rf"(?P<adjs>(?:[a-z-]+\s+){{0,2}}?)(?P<noun>{_OPERATED_NOUN})\b(?!['’-])"
)


def _supplied_for(view: SentenceView, history: list[Found]) -> list[Role]:
    """'NASA supplied three instruments for the orbiter': the supplier takes
    part in the craft the noun stands for (named in this sentence or the few
    before); 'will supply' is planned."""
    found: list[Role] = []
    for match in SUPPLIED_FOR.finditer(view.sentence):
        if any(view.start + match.start("noun") - 4 <= m.start < view.start + match.end() for m in view.mentions):
            continue  # coreference already found what the noun stands for: relations.py reads it
        thing = _operated_thing(view, history, match, view.start + match.start())
        if thing is None:
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        # ('Example University in Examplia built …': the university, not the country; crews19)
        for subject in [qualified_body(view, m) for m in view.clause_subject(match.start(), "Agent")]:
            if subject.entity != thing.entity and not view.is_(subject, "Person"):
                found.append((subject, "participatesIn", thing, cue, "supplies a part for a described craft"))
    return found


# 'NASA supplied one camera, ShadowCam.', 'ESA provided two instruments.': a part supplied with no craft named after
# it (the sentence ends, or the part's own name closes it in apposition; 'its camera' may be the supplier's own, so
# only a counted or indefinite part; relations12).
SUPPLIED_PART = re.compile(
    r"\b(?P<verb>suppl(?:ied|ies|y)|provid(?:ed|es|e)|contribut(?:ed|es|e)|deliver(?:ed|s)?)\s+(?:(?:a|an|"
    r"two|three|four|five|six|seven|eight|several|some|one|\d+)\s+)(?:[\w-]+\s+){0,3}?(?:instrument|payload|experiment|"
    r"camera|sensor|spectrometer|detector|radar|antenna|magnetometer|laser|retroreflector)s?"
    r"(?=\s*(?:[.;]|$|,\s+(?:(?:called|named|the)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:[.;]|$)))"
)
# a craft named as the one something flew on ('launched on a SpaceX Falcon 9') is not the one in focus
FLOWN_ON = re.compile(r"\b(?:on|aboard)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}$")


def _supplied_in_focus(view: SentenceView, history: list[Found]) -> list[Role]:
    """'KARI runs the orbiter. NASA supplied one camera, ShadowCam.': a part
    supplied with no craft named for it goes to the craft in focus, the one
    named last in the few sentences before (not a rocket it flew on); none
    when this sentence names a craft or program of its own."""
    found: list[Role] = []
    for match in SUPPLIED_PART.finditer(view.sentence):
        if any(view.is_(m, "Program") and m.end <= view.start + match.start() for m in view.mentions):
            continue
        earlier = [m for m in history if m.end <= view.start and m.start >= view.start - CRAFT_REACH
                   and not FLOWN_ON.search(view.text, max(0, m.start - 40), m.start)]  # fmt: skip
        thing = antecedent(view.linker, ("Program",), earlier, view.start)
        if thing is None or view.is_(thing, "Station"):
            continue
        cue = WORD.match(view.sentence, match.start("verb"))
        for subject in view.clause_subject(match.start(), "Agent")[-1:]:
            if subject.entity != thing.entity and not view.is_(subject, "Person"):
                found.append((subject, "participatesIn", thing, cue, "supplies a part for the craft in focus"))
    return found


# 'Example Corp handled the launch', 'provided the launch service': the launch of the craft just named (relations12).
HANDLED_LAUNCH = re.compile(
    r"\b(?:handled|handles|handle|performed|performs|perform|conducted|conducts|provided|provides|provide|"
    r"carried\s+out|carries\s+out)\s+(?:the|its|this)\s+(?:[a-z]+\s+)?launch(?:es)?(?:\s+services?)?\b"
    r"(?!\s+(?:of|for)\b)"
)
PREVIOUS_SENTENCE_BREAK = re.compile(r"[.!?][\s”\"]+|\n")


def _launch_handled(view: SentenceView, history: list[Found]) -> list[Role]:
    """'An H-IIA rocket lifts off carrying A and B. Example Corp handled the
    launch.': the company that handles a launch takes part in each spacecraft
    the sentence before says was launched (missions, not the rocket type)."""
    found: list[Role] = []
    for match in HANDLED_LAUNCH.finditer(view.sentence):
        providers = [m for m in view.clause_subject(match.start(), "Organization")
                     if not view.is_(m, "Country") and view.own_clause(m, match.start())]  # fmt: skip
        if not providers:
            continue
        # (the sentence right before: from the break before it; the last break is the one before this sentence)
        breaks = [b.end() for b in PREVIOUS_SENTENCE_BREAK.finditer(view.text, max(0, view.start - 600), view.start)]
        breaks = [b for b in breaks if b < view.start - 1] or [max(0, view.start - 600)]
        opening = breaks[-1]
        crafts = {m.entity: m for m in history if opening <= m.start and m.end <= view.start
                  and view.is_(m, "Mission") and not view.is_(m, "Station")}  # fmt: skip
        for craft in crafts.values():
            if craft.entity != providers[-1].entity:
                found.append((providers[-1], "participatesIn", craft, match, "handled the launch"))
    return found


# '(ESA) is its partner', '(A and B) are its partners': the partners of a mission or program 'its' stands for.
IS_ITS_PARTNER = re.compile(
    r"\s+(?P<verb>is|was|are|were|has\s+been|have\s+been|remains|remain|became|become)\s+(?:(?:also|still|now)\s+)?"
    r"(?:its|their)\s+(?:(?:main|chief|principal|only|biggest|key|junior|senior|closest)\s+)?partners?\b"
    r"(?!\s+(?:in|on|for|of)\b|['’])"
    # 'NASA would delay the mission. ESA, its partner on the mission, has not commented': the apposition (lead17)
    r"|,\s+(?P<its>its|their)\s+(?:(?:main|chief|principal|only|biggest|key|junior|senior|closest|long-time|longtime)\s+)?"
    r"partners?(?:\s+(?:on|in|for)\s+the\s+(?:mission|programme|program|project|station|telescope|flight|probe))?\s*,"
)


def _its_partner(view: SentenceView, history: list[Found], facts: list[dict[str, Any]]) -> list[Role]:
    """'NASA runs the telescope. ESA is its partner': with 'its' a mission or
    program, the partner takes part in it and is the partner of whoever the
    text says leads it; with 'its' an organization, relations.py reads it."""
    found: list[Role] = []
    text = view.text
    for match in IS_ITS_PARTNER.finditer(view.sentence):
        at = view.start + match.start()
        partners = view.group([m for m in view.before(match.start()) if view.is_(m, "Agent")], True)
        if not partners or not re.fullmatch(r"\)?(?:\s*\([^()]{1,20}\))?", text[partners[-1].end : at]):
            continue
        # (before the partners' first name: 'The European Space Agency (ESA) is its partner')
        named = {p.entity for p in partners}
        first = min(m.start for m in view.mentions if m.entity in named and m.end <= at)
        # (a nationality adjective is no antecedent: 'NASA, the American agency, runs it. ESA is its partner')
        owner = possessor(
            view,
            [m for m in history[-RECENT_FACTS:] if m.rule != "demonym"],
            first,
            ("Organization", "Country", "Program"),
        )
        if owner is None or owner.start < view.start - OPERATED_REACH:
            continue
        plain = [f for f in facts if f["relation"] == "leads" and not f.get("modality")]
        runner: Found | None
        program: Found | None
        if view.is_(owner, "Organization") or view.is_(owner, "Country"):
            # 'NASA runs the telescope. ESA is its partner': NASA's partner, in what NASA was just said to run
            runner = owner
            led = {f["object"] for f in plain if f["subject"] == owner.entity
                   and f["evidence"][0][0] >= view.start - OPERATED_REACH}  # fmt: skip
            program = next((m for m in reversed(history) if m.entity in led and m.end <= at), None)
        else:
            program = owner
            leaders = {f["subject"] for f in plain if f["object"] == program.entity}
            runner = next((m for m in reversed(history) if m.entity in leaders and m.end <= at), None)
        cue = WORD.match(view.sentence, match.start("verb") if match.group("verb") else match.start("its"))
        for partner in partners:
            if view.is_(partner, "Person"):
                continue
            if program is not None and partner.entity != program.entity:
                found.append((partner, "participatesIn", program, cue, "its partner"))
            if runner is not None and runner.entity != partner.entity and not view.is_(runner, "Person"):
                found.append((partner, "partnerOf", runner, cue, "its partner"))
    return found


# "NASA's Marshall Space Flight Center", "ESA's control centre, ESOC": a centre named with an agency's
# possessive (directly, or after a common noun and a comma) is part of the agency.
_CENTRE_NOUN = (
    r"(?:centre|center|laboratory|lab|facility|observatory|institute|directorate|establishment|station|range)"
)
CENTRE_NAME = re.compile(
    r"\s(?:Centre|Center|Laboratory|Laboratories|Lab|Facility|Observatory|Institute|Directorate|Establishment)$"
)
# 'JAXA's Institute of Space and Astronautical Science', 'ESA's Directorate of Earth Observation': the head word first;
# 'ESA's ESRIN centre', 'NASA's JPL laboratory': a lower-case centre noun after the name (relations12).
CENTRE_HEAD_FIRST = re.compile(
    r"(?:Institute|Directorate|Laboratory|Centre|Center|Office|Division|Bureau|Department)\s+(?:of|for)\s"
)
CENTRE_NOUN_AFTER = re.compile(rf"\s+{_CENTRE_NOUN}\b")
POSSESSIVE_CENTRE = re.compile(rf"['’]s\s+(?:(?:[a-z-]+\s+){{0,2}}?{_CENTRE_NOUN},\s+(?:the\s+)?)?")


# 'Example Corp lost contact with its Example-7 lander', 'fails to land its Example-7 lander', 'will fly its Example-7
# satellite': a verb of running a craft with 'its' craft as object (the owner runs it; relations12).
OWN_CRAFT_OBJECT = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|land(?:ed|s|ing)?|los(?:t|e|es|ing)(?:\s+contact\s+with)?|fl(?:y|ies|ew|own|ying)|"
    r"operat(?:e|es|ed|ing)|control(?:s|led|ling)?|steer(?:s|ed|ing)?|guid(?:e|es|ed|ing)|park(?:s|ed|ing)?|"
    r"deorbit(?:s|ed|ing)?|retir(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|buil[dt]s?|building|develop(?:s|ed|ing)?|"
    # ('will fly a crewed version of its Dragon spacecraft': a version of one's own craft; documents19)
    r"design(?:s|ed|ing)?)\s+(?:an?\s+(?:[a-z-]+\s+){0,2}?(?:version|variant)\s+of\s+)?its\s+"
    r"(?:(?:own|new|first|second|third|latest|[a-z]+)\s+){0,2}?(?=[A-Z])"
)
FAILED_TO = re.compile(r"\bfail(?:s|ed|ing)?\s+to\b")
OWN_CRAFT_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:lander|rover|orbiter|probe|spacecraft|satellite|capsule|telescope|"
    r"station|module|mission|observatory|cubesat)s?\b"
)


def _own_craft_objects(view: SentenceView) -> list[Role]:
    """'Example Corp lost contact with its Example-7 lander', 'the company
    fails to land its Example-7 lander': the subject that runs, flies, lands,
    builds or loses its own named craft leads it ('will build its lander' is
    planned; a failed act still says whose craft it is; a speech verb before
    'its' opens a clause of its own and is not read; a person is no owner)."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for match in OWN_CRAFT_OBJECT.finditer(view.sentence):
        craft = by_start.get(view.start + match.end())
        if craft is None or not view.is_(craft, "Program") or view.is_(craft, "Station"):
            continue
        if not OWN_CRAFT_NOUN.match(view.text, craft.end, view.end):
            continue  # 'launched its Example programme': a programme, read by the verb's own cue
        owners = [m for m in view.clause_subject(match.start(), "Agent")
                  if not view.is_(m, "Person") and view.own_clause(m, match.start())]  # fmt: skip
        for owner in owners[-1:]:
            if owner.entity != craft.entity:
                # (the verb group says a plan or a denial, 'will build its lander'; but 'its' states whose craft
                # it is even when the act failed: 'fails to land its lander')
                failed = FAILED_TO.search(view.text, owner.end, view.start + match.start())
                found.append((owner, "leads", craft, None if failed else match, "runs its own craft"))
    return found


def _possessed_centres(view: SentenceView) -> list[Role]:
    """ "NASA's Marshall Space Flight Center manages …", "ESA's control
    centre, ESOC, in Darmstadt": the centre is part of the agency (an
    organization, not a country: "Russia's Baikonur Cosmodrome")."""
    found: list[Role] = []
    text = view.text
    for owner in view.mentions:
        if not view.is_(owner, "Organization") or view.is_(owner, "Country") or view.is_(owner, "Person"):
            continue
        gap = POSSESSIVE_CENTRE.match(text, owner.end, view.end)
        centre = next((m for m in view.mentions if gap and m.start == gap.end()), None) if gap else None
        if centre is None or centre.entity == owner.entity or view.is_(centre, "Person") or view.is_(centre, "Country"):
            continue
        if not (view.is_(centre, "Facility") or view.is_(centre, "Organization")) and not (
            # ("NASA's Wallops Island station": a place's name before the centre's noun names the centre)
            view.is_(centre, "Place")
            and centre.new
            and centre.rule != "gazetteer"  # (not a known place: "NASA's Florida station" is a station in Florida)
            and not view.is_(centre, "CelestialBody")
            and CENTRE_NOUN_AFTER.match(text, centre.end, view.end)
        ):
            continue
        described_first = gap is not None and "," in gap.group(0)
        if (
            not described_first
            and not CENTRE_NAME.search(text, centre.start, centre.end)
            and not CENTRE_HEAD_FIRST.match(text, centre.start, centre.end)
            and not CENTRE_NOUN_AFTER.match(text, centre.end, view.end)
        ):
            continue  # "NASA's Artemis program", "ESA's Euclid": no centre
        found.append((centre, "partOf", owner, None, "centre named with an agency's possessive"))
    return found
