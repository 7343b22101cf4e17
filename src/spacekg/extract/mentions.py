"""Mentions: names in a sentence that the graph does not know yet, by their
shape — acronym definitions, titled persons, names by their head word
(``… Agency``, ``Department of …``), numbered missions, places after an event
or facility, documents known by what they are about — each typed where the
words say so and marked ``new``."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from spacekg.core.resources import gazetteer_text
from spacekg.extract.base import Found, slug, trim
from spacekg.extract.compounds import acronym_compounds, branch_names
from spacekg.extract.linking import Linker, NamePattern, nested
from spacekg.extract.literals import lead, scan, search
from spacekg.extract.patterns import (
    APPOSITIVE_TITLE,
    DATED_DOCUMENT,
    DESCRIBED_DOCUMENT,
    DOCUMENT_KINDS,
    HEAD_FIRST,
    HEADS,
    MONTHS,
    NAME,
    NAMED_LOWER_DOCUMENT,
    NUMBERED_MISSION,
    ORGANIZATIONS,
    PLACE_OR_EVENT_HEAD,
    PROGRAM_WORD,
    SIGNED_DESCRIPTION,
    TITLE,
)
from spacekg.extract.propernames import (
    COMMON_LAST_WORDS,
    DEMONYM_SHAPE,
    FACILITY_AFTER,
    KIND_OF,
    MEETING_AFTER,
    MEETING_LIST_BEFORE,
    MISSILE_AFTER,
    MODULE_BEFORE,
    NOT_NAMES,
    NOT_SURNAMES,
    ROCKET_AFTER,
    RULER_BEFORE,
    STATION_AFTER,
    kind_by_head,
    meeting_by_deed,
    title_case,
)
from spacekg.extract.proposals import described_documents

WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
NOT_A_TAIL = (
    "Its",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "Our",
    "My",
    "Your",
)

# (an acronym with the year or number of a series: 'World Example Conference (WEC-23)')
PAREN_ACRONYM = re.compile(r"\s\(([A-Z][A-Za-z]{1,9}(?:\d|-\d{2,4})?)\)")
ACRONYM_DEFINITION = re.compile(rf"((?:{NAME}\s+){{1,7}}?(?:{NAME}))\s+\(([A-Z][A-Za-z]{{1,9}}(?:\d|-\d{{2,4}})?)\)")
# Two or three capitalised words, as a person's name is (a name in parentheses after one is no definition).
PERSON_LIKE = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}")
# (a list inside the name too: 'Department for Science, Innovation and Technology (DSIT)')
# (and 'against': 'Example Code of Conduct against Piracy (ECoC)', types18)
# (and 'into', 'by', 'to' after a participle: 'Convention on Registration of Objects Launched into Outer Space (REG)',
# '… for Damage Caused by Space Objects (LIAB)'; documents21)
DEFINITION_WITH_CONNECTORS = re.compile(
    rf"((?:{NAME},?\s+(?:(?:of|on|for|and|in|the|de|du|des|d'|against|(?<=[a-z]ed\s)(?:into|by|to))\s+)*){{1,9}}{NAME})"
    r"\s+\(([A-Z][A-Za-z]{1,9}(?:\d|-\d{2,4})?)\)"
)
# 'the Korea AeroSpace Administration, or KASA': an acronym after ', or'.
DEFINITION_WITH_OR = re.compile(
    rf"((?:{NAME}\s+(?:(?:of|on|for|and|in|the|de|du|des|d')\s+)*){{1,9}}{NAME}),\s+or\s+([A-Z][A-Za-z]{{1,9}})(?![\w-])"
)
# (an Arabic name with its particle may be longer: 'Jane Doe Jane Al Example, Director General of')
NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w])((?:{NAME}\s+){{1,3}}(?:Al|El|bin|bint|ibn)\s+{NAME}|{NAME}\s+{NAME}(?:\s+{NAME})?),\s+$"
)
NAME_AFTER_A_WORD = re.compile(rf"(?<=\s)({NAME}\s+{NAME})(?=,\s+$)")
PLACE_AFTER_IN = re.compile(rf" (?<=[a-z] )(?:in|near) ((?:St\.?\s+)?{NAME}(?:\s+{NAME})?)(?=[\s,.;:]|$)")
# (an ordinal may open it: '1st Example Squadron')
ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)\s+)?"
# (a name stays on its line: 'Friedrichshafen' over 'Ground segment:' in a fact sheet)
NAME_WITH_HEAD = re.compile(rf"(?<![\w])({ORDINAL}(?:{NAME}[^\S\n]+){{1,6}}(?:{'|'.join(HEADS)}))\b")
# 'National Space Research and Development Agency': a name with 'and' inside before its head word.
# (and an act's title: 'the Example Exploration and Utilization Act')
NAME_AND_HEAD = re.compile(
    rf"(?<![\w])((?:{NAME}\s+){{1,4}}and\s+(?:{NAME}\s+){{0,4}}(?:{'|'.join([*HEADS, 'Act'])}))\b"
)
HEAD_WORD = re.compile(rf"\b(?:{'|'.join(HEADS)})\b")
# Bodies named by their head word and what they are of ('Council of the Example Union', 'Court of Example Claims'),
# besides the heads that come first in the shared list.
OF_HEADS = {**HEAD_FIRST, "Council": "InternationalOrgan", "Court": "GovernmentBody", "Tribunal": "GovernmentBody",
            "Committee": "InternationalOrgan", "Commission": "GovernmentBody", "Directorate": "GovernmentBody",
            # foundations, think tanks and societies named by what they are for ('Foundation for Example Research',
            # 'Center for Example Diversity', 'Society of Example Engineers': types18); a centre named by its place
            # or its field first ('Example Space Centre') keeps the name-with-head rule's class
            "Foundation": "Organization", "Center": "Organization", "Centre": "Organization",
            "Society": "Organization", "Association": "Organization", "Fund": "Organization"}  # fmt: skip
# A capitalised word before a head-first name that describes where the body is, not part of its name
# ('the Lisbon-based Foundation for …').
DESCRIBING_BEFORE = re.compile(r"-(?:based|headquartered|led|run|funded|backed)$")
CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\s+$")
# (what the body is of may be a list closed by 'and': 'Ministry of Science, Technology and Innovation')
_LISTED = rf"(?:{NAME}\s+){{0,2}}{NAME}"
# 'Organisation for the Exploitation of Meteorological Satellites', 'Office for the Coordination of Example Affairs': a
# noun made of a verb takes its own 'of' phrase inside the name (it is cut there, one body becomes two, one 'partOf'
# the other; precision23). (Python's look-behind takes one width: the four suffixes have four letters each.)
DEVERBAL_FOR = rf"for\s+the\s+(?:{NAME}\s+)?{NAME}(?<=tion|sion|ment|ance|ence)\s+of\s+(?:the\s+)?(?:{NAME}\s+){{0,3}}{NAME}"  # (only after 'for the': 'Ministry of Defence of the Example Republic' is the republic's ministry)
HEAD_FIRST_NAME = re.compile(
    rf"(?<![\w])((?:{'|'.join(OF_HEADS)})\s+(?:{DEVERBAL_FOR}|(?:of|for)\s+(?:the\s+)?(?:{NAME}\s+){{0,4}}{NAME})"
    rf"(?:(?:,\s+{_LISTED}){{1,3}},?\s+and\s+{_LISTED}|\s+and\s+{_LISTED})?)"
)
# 'Convention on International Example for Damage …', 'Treaty on Open Example': a document's or a body's head word
# first, then what it is on (with a capitalised word before it, the name-with-head rule finds it)
ON_HEADS = {"Convention": "Treaty", "Treaty": "Treaty", "Agreement": "Document", "Declaration": "Document",
            "Pact": "Document", "Compact": "Document",
            "Protocol": "Document", "Charter": "Document", "Committee": "InternationalOrgan",
            "Commission": "GovernmentBody", "Conference": "Meeting",
            # ('the Act on the Promotion of Example Activities', 'the Guidelines for the Example of Outer Space
            # Activities': a law's or a text's head first; not 'Framework', which opens subtitles: 'The Example
            # Strategy: The Framework for Coordination'; documents26)
            "Act": "Document", "Guidelines": "Document", "Accord": "Document"}  # fmt: skip
HEAD_ON_NAME = re.compile(rf"(?<![\w’'-])(?:{'|'.join(ON_HEADS)})(?=\s+(?:on|for)\s+(?:the\s+)?[A-Z])")
RANK_ADJECTIVES = {
    "Federal",
    "National",
    "State",
    "Royal",
    "Imperial",
    "Presidential",
    "Central",
    "Supreme",
    "Joint",
}
# 'Spaceport Cornwall', 'Spaceport Example': a spaceport named by its place after the head word.
SPACEPORT_FIRST = re.compile(rf"(?<![\w’'-])Spaceport\s+({NAME})(?![\w’'-])")
AND_BEFORE_NAME = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+and\s+$")
# 'the Example administration': a government by its leader's surname, the body a leader heads (typing22).
ADMINISTRATION = re.compile(r"(?<![\w’'-])[Tt]he\s+([A-Z][a-zà-ÿ]+(?:[-–][A-Z][a-zà-ÿ]+)?)\s+administration\b")
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# The appositive title right after 'Jane Doe, ': anchored on the comma, so a sentence is scanned fast.
TITLE_AFTER_COMMA = re.compile(r",\s+(" + APPOSITIVE_TITLE.pattern + ")")
# (and 'Dubai-based' before 'Example Space Centre': the place is a name of its own)
LEADING_WORD = re.compile(
    r"^(?:(?:The|A|An|In|On|At|By|For|With|From|And|But|While|If|When|Once|As|Although|Though|Because|Since|Unless|"
    r"Until|After|Before|Whether|Where|Should|Even|Only|Nor|Neither|Yet|So|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
    r"Ten|Several|Many|Some|Both|All|Most|Its|His|Her|Their|Our|This|That|These|Those|Then|Now|Today|Yesterday|"
    r"Later|Earlier|Meanwhile|However|Still|Also|Instead)\s+(?:the\s+)?)?(?:[A-Z][\w’']*-(?:based|built|led|made|owned|run)\s+)?"
)
# 'Artemis II', 'Apollo 11': a name and a number apart names a mission (not 'Article IV', 'World War II').
# The numeral 'I' only where the pronoun cannot stand ('Example I lifts off', 'on Example I, among them', 'Example I.').
NUMERAL_ONE = (
    r"I(?=\s*[,;:)!?]|\.(?!\w)|\s*$|\s+(?:and|or|which|mission|flight|lifts|lifted|launche[sd]|rocket|crew|is|has)\b)"
)
NUMBERED_APART = re.compile(
    # (a small letter may follow the number: 'Example 33e', a satellite of a series)
    # ('Examplsat 5A', 'Anik A1', 'Türksat 3A': a satellite of a series, by a number and a letter; deals16)
    r"([A-Z](?<![\w’'-].)(?:[a-zà-ÿ]+(?:['’][a-z]+)?\s(?:I{2,3}|IV|VI{0,3}|IX|X|[1-9]\d{0,3}[a-zA-Z]?|[A-Z][1-9]|0[1-9]|"
    + NUMERAL_ONE
    + r")"
    # ('EXAMPLO 1A': an acronym's series, by a number and a letter; typing22)
    r"|[A-Z]{2,}\s(?:I{2,3}|IV|VI{0,3})|[A-Z]{3,8}\s[1-9]\d?[A-Z]))"
    r"(?![\w’'-]|[.,]\d)"
)
# 'Long Example 5B', 'Example Mission 4': a number (and a letter) after two capitalised words.
NUMBERED_LONGER = re.compile(
    r"(?<![\w’'-])((?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+\s(?:[1-9]\d{0,2}[A-Z]?|I{2,3}|IV|VI{0,3}))(?![\w’'-]|[.,]\d)"
)
# What every match of NUMBERED_LONGER holds: a number or a Roman numeral after a space (a quick test first).
NUMBER_AFTER_SPACE = re.compile(r"\s(?:[1-9]|I[IV]|V)")
# 'Example-C', 'Example-M': a name and one capital letter joined by a hyphen (a launcher's or craft's variant).
# (before its possessive too: "Soyuz MS-22's crew"; people20)
DESIGNATED_CRAFT = re.compile(
    r"(?<![\w’'-])(?P<family>[A-Z][a-z]{3,})\s+[A-Z]{1,4}-\d{1,3}[A-Z]{0,2}(?![\w-])(?!['’](?!s\b))"
)
LETTERED = re.compile(r"(?<![\w’'-])([A-Z][a-z]{2,}-[A-Z]\d?)(?![\w’'-])")
# 'a Tarvo C rocket', 'the Example B lander': a name and a capital letter apart, before a craft or a rocket noun.
LETTERED_APART = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]{2,}\s[A-Z])(?=\s+(?:carrier\s+)?(?:rocket|launcher|launch\s+vehicle|lander|rover|probe|"
    r"spacecraft|orbiter|capsule|satellite)s?\b)"
)
LETTERED_APART_WORDS = (" rocket", " launcher", " launch vehicle", " lander", " rover", " probe", " spacecraft", " orbiter",
                        " capsule", " satellite")  # fmt: skip
DATED_DOCUMENT_WORDS = ("agreement", "treaty", "memorandum", "accord", "convention")
# Launcher families the reporting names often: a numbered name opening with one is a launcher type (a program).
LAUNCHER_FAMILIES = ("Long March", "Falcon", "Ariane", "Vega", "Atlas", "Delta", "Proton", "Angara", "Soyuz-2",
                     "Electron", "Kuaizhou", "Zhuque", "Epsilon", "Titan", "Saturn", "Minotaur", "Antares", "Vulcan",
                     "New Glenn", "Tianlong", "Ceres", "Hyperbola", "Nuri", "Terran", "Neutron", "Firefly Alpha")  # fmt: skip
# 'Fengyun-1C', 'Kosmos-2553': a hyphenated number with a letter after it, or of four digits (not a year).
NUMBERED_MORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:['’][a-z]+)?-(?:\d{1,3}[A-Z]{1,2}|\d{4}))(?![\w-])")
# A country's adjective, then small words that describe a programme: 'the Examplian lunar landing programme' (not
# a clause: 'Examplian officials said the programme').
NATIONAL_PROGRAMME = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]+)\s+((?:(?!(?:and|or|but|the|a|an|its|their|his|her|this|that|these|those|which|who|"
    r"of|to|in|on|at|for|with|by|from|as|is|was|are|were|be|been|has|had|have|said|says|will|would|could|should|may|"
    r"might|must|can|also|not|no|own)\b)[a-z][a-z-]+\s+){1,3}program(?:me)?)(?![\w’'-])"
)
# A satellite designated by its country's letters and a number or an acronym: 'USA 245', 'UK-EXM' (types19).
COUNTRY_DESIGNATION = re.compile(r"(?<![\w’'-])((?:USA|UK)(?:[ -][1-9]\d{0,3}[A-Z]?|-[A-Z]{2,5}\d?))(?![\w’'-]|[.,]\d)")
YEARLIKE = re.compile(r"(?:19|20)\d\d$")
MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTHS)})\b")
# A count after the number: 'fly past Examplon 49 times', 'orbit Examplon 12 days' (no craft's number; coref25).
COUNT_AFTER = re.compile(
    r"\s+(?:times|days|hours|minutes|weeks|months|years|kilometres|kilometers|km|miles|metres|meters|orbits|flybys)\b"
)
NOT_NUMBERED = {"Article", "Section", "Chapter", "Part", "Phase", "Stage", "Title", "Annex", "Protocol", "Level",
                "Class", "Type", "Category", "Resolution", "War", "Block", "Grade", "Tier", "Volume", "Option", "Plan",
                "Group", "Figure", "Table", "Item", "Rule", "Paragraph", "Round", "Day", "Week", "Year", "Page", "Step",
                "Room", "Pope", "King", "Queen", "Top", "Covid", "Windows", "Number", "No", "Vol", "Session", "Line",
                "Gate", "Pier", "Flight", "Route", "Highway", "Model", "Series", "Version", "Act",
                # a part of the document itself: captions, boxes, appendices ('Photo 2. The rover …', 'see Map 3')
                "Photo", "Photograph", "Picture", "Image", "Fig", "Illustration", "Slide", "Map", "Chart", "Graph",
                "Box", "Exhibit", "Appendix", "Schedule", "Clause", "Question", "Episode", "Footnote", "Note",
                # a course's or a script's parts ('Lecture 7 handout', 'Scene 4')
                "Lecture", "Lesson", "Scene", "Seminar", "Exercise", "Handout", "Unit",
                # abbreviated months ('Dec 13')
                "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}  # fmt: skip
# Head words the shared list lacks, for names without other cues ('National Space Day', 'the Wolf Amendment').
MORE_HEADS = {"Day": "Event", "Act": "Document", "Acts": "Document", "Mechanism": "Program", "Amendment": "Document", "Subcommittee": "InternationalOrgan",
              "Orbiter": "Mission", "Lander": "Mission", "Rover": "Mission", "Probe": "Mission", "Telescope": "Mission",
              "Foundation": "Organization", "Society": "Organization", "Institution": "Organization", "Association": "Organization",
              "Federation": "Organization", "Alliance": "Organization", "Coalition": "Organization",
              "Laboratory": "Organization", "Company": "Organization", "Group": "Organization",
              "College": "Organization",
              "Authority": "GovernmentBody", "Board": "GovernmentBody",
              # a craft's instruments (the annotators' class for them): 'the Example Spectral Instrument'
              "Instrument": "Mission", "Camera": "Mission", "Spectrometer": "Mission", "Imager": "Mission",
              # companies: 'Israel Aerospace Industries', 'Tokyo Stock Exchange', 'Example Systems'
              "Industries": "Organization", "Exchange": "Organization", "Inc": "Organization", "Ltd": "Organization",
              "Limited": "Organization", "Incorporated": "Organization",
              "Corp": "Organization", "Technologies": "Organization", "Systems": "Organization", "Labs": "Organization",
              "Airlines": "Organization", "Party": "Organization", "Bank": "Organization", "Museum": "Organization", "Holdings": "Organization", "Motors": "Organization",
              # armed forces: 'Black Sea Fleet', 'Marine Corps'
              "Fleet": "MilitaryOrganization", "Corps": "MilitaryOrganization", "Brigade": "MilitaryOrganization",
              "Regiment": "MilitaryOrganization", "Squadron": "MilitaryOrganization", "Guard": "MilitaryOrganization",
              "Guards": "MilitaryOrganization",
              # geography: 'Abdul Kalam Island', 'Atlas Crater', 'Example Peninsula'
              "Island": "Place", "Islands": "Place", "Sea": "Place", "Ocean": "Place", "Bay": "Place", "Crater": "Place",
              "Basin": "Place", "Mountains": "Place", "Peninsula": "Place", "Desert": "Place", "Valley": "Place",
              "Strait": "Place", "Gulf": "Place", "Coast": "Place", "Plateau": "Place", "Province": "Place", "Zone": "Place",
              "Oblast": "Place", "Prefecture": "Place", "Region": "Place", "Territory": "Place", "Territories": "Place",
              # sites on the Moon and the planets by their Latin names: 'Example Planitia', 'Example Mons'
              "Planitia": "Place", "Planum": "Place", "Mons": "Place", "Montes": "Place", "Vallis": "Place",
              "Valles": "Place", "Chasma": "Place", "Regio": "Place", "Rupes": "Place", "Patera": "Place",
              # prizes and contests: 'Google Lunar XPRIZE'
              "Prize": "Event", "XPRIZE": "Event", "Award": "Event", "Challenge": "Event", "Olympics": "Event",
              # sporting and public events: 'the Example Marathon', 'the Example Games', 'Example Expo' (people22)
              "Marathon": "Event", "Games": "Event", "Championship": "Event", "Championships": "Event",
              "Tournament": "Event", "Festival": "Event", "Expo": "Event", "Airshow": "Event", "Regatta": "Event",
              # documents: 'Example Guidelines', 'Example Charter'
              "Guidelines": "Document", "Principles": "Document", "Charter": "Document", "Strategy": "Document",
              # missions: 'Mars Sample Return', 'Example Explorer'
              "Return": "Mission", "Explorer": "Mission", "Module": "Mission", "Vehicle": "Mission",
              "Satellite": "Mission", "Spacecraft": "Mission",
              # a satellite or ground network, a national survey: 'Deep Example Network', 'Example Geological Survey'
              "Network": "Facility", "Survey": "GovernmentBody",
              # legislatures, consortia, laws, units, launchers: 'the Examplian Parliament', 'the Example Law'
              "Parliament": "GovernmentBody", "Senate": "GovernmentBody", "Directorate": "GovernmentBody",
              "Consortium": "Organization", "Partnership": "Organization", "Law": "Document", "Wing": "MilitaryOrganization",
              "Troops": "MilitaryOrganization", "Battalion": "MilitaryOrganization", "Rocket": "Program",
              "Launcher": "Program", "Embassy": "GovernmentBody", "Consulate": "GovernmentBody",
              # companies by their legal form: 'Example GmbH', 'Example SA', 'Example plc'
              "GmbH": "Organization", "AG": "Organization", "SA": "Organization", "SE": "Organization",
              "plc": "Organization", "PLC": "Organization", "LLC": "Organization", "Co": "Organization",
              "NV": "Organization", "SpA": "Organization", "Pty": "Organization", "KK": "Organization",
              # courts, directives, sites: 'Example Court of Claims', 'Example Directive-3', 'Example Cemetery'
              "Court": "GovernmentBody", "Tribunal": "GovernmentBody", "Directive": "Document",
              # a government's bureau and its lists: 'the Commission's Example Bureau', 'the Example Munitions List'
              "Bureau": "GovernmentBody", "List": "Document",
              "Cemetery": "Facility", "Complex": "Facility", "Pad": "Facility", "Airport": "Facility",
              "Ground": "Facility", "Range": "Facility", "Regime": "InternationalOrganization",
              # an experiment flown in orbit is a mission, a code and an agenda are documents (types18): 'the Example
              # Docking Experiment', 'the Example Code of Conduct', 'the Example2030 Agenda'
              "Experiment": "Mission", "Code": "Document", "Agenda": "Document",
              # a list of goals is a document, a station's airlock a craft of its own (typing22): 'the Example
              # Development Goals', 'the Example Science Airlock'
              "Goals": "Document", "Airlock": "Mission"}  # fmt: skip
# Heads that name a thing only in a name the text spells out with its acronym ('Example Coordination System (ECS)').
ACRONYM_HEADS = {"System": "Program", "Systems": "Program"}
# Nouns of an undertaking that also name a company ('a private venture to fly …'): no class of their own.
UNDERTAKING_END = re.compile(r"\b(?:venture|enterprise|business)s?$")
LEADING_NUMBER = re.compile(r"^\d{1,4}\s+")
CRAFT_INSIDE = re.compile(r"\b(?:Orbiter|Lander|Rover|Probe|Telescope|Explorer)(?=\s+[A-Z])")
SERVICE_AFTER = re.compile(r"[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+)?(?:System|Service|Portal))(?![\w’'-])")
# 'Scientific and Technical Example Subcommittee': two adjectives joined by 'and' before a name's head word.
ADJECTIVES_AND_HEAD = re.compile(
    rf"(?<![\w’'-])([A-Z][a-z]+(?:ic|al|ive|ary|ory|ous|ing|ch|ce)\s+and\s+(?:{NAME}\s+){{0,4}}"
    rf"(?:{'|'.join([*HEADS, *MORE_HEADS])}))\b"
)
ADJECTIVES_AND_HEAD = lead(ADJECTIVES_AND_HEAD)  # the same matches, found faster (literals.lead)
# 'the carrier rocket Example-1': a launcher's type.
ROCKET_BEFORE = re.compile(r"\b(?:rocket|launcher|launch\s+vehicle),?\s+$")
# 'Sea of Serenity', 'Mission Shakti', 'Mount Example': a head word before the name.
HEAD_BEFORE = re.compile(
    # (and the Latin names of sites on the Moon and the planets: 'Mare Example', 'Oceanus Example')
    rf"(?<![\w])(?:(?P<place>(?:Sea|Gulf|Bay|Isle|Strait|Lake)\s+of\s+(?:the\s+)?{NAME}"
    rf"|(?:Mount|Lake|Cape|Mare|Oceanus|Sinus|Lacus|Palus)\s+{NAME})"
    rf"|(?P<mission>Mission\s+(?!Control\b|Director\b){NAME}(?<!s))|(?P<program>Project\s+{NAME}(?<!s)))(?![\w-])"
)
# (not "People's" opening a name: "People's Liberation Army", nor a plural's inside one: "Example Women's Committee")
POSSESSOR = re.compile(r"^.*(?<!People)(?<!Women)(?<!Children)(?<!Men)['’]s\s+")
POSSESSIVE_WORD = re.compile(r"\w['’]s\b")
LANDFORM_WORDS = (
    " crater",
    " basin",
    " plain",
    " valley",
    " mountain",
    " plateau",
    " highlands",
)
# 'Atlas crater', 'Example basin': a name and a lower-case landform after it name a place together.
LANDFORM = re.compile(
    rf"(?<![\w-])((?:{NAME}\s+){{0,2}}{NAME}\s+(?:crater|basin|plain|valley|mountains?|plateau|highlands))\b"
)
HEAD_BEFORE_WORDS = (
    "Mare ",
    "Oceanus ",
    "Sinus ",
    "Lacus ",
    "Palus ",
    "Sea of",
    "Gulf of",
    "Bay of",
    "Isle of",
    "Strait of",
    "Lake ",
    "Mount ",
    "Cape ",
    "Mission ",
    "Project ",
)
# 'Article 5', 'Article IV': a treaty's clause, a document.
ARTICLE_WORDS = ("Article ", "Section ", "Clause ", "Paragraph ", "Annex ", "Appendix ", " of the ", " of its ",
                 " of this ", " of that ")  # fmt: skip
# 'Section 4', 'Annex II'; 'Action 56 of the Pact', 'Principle 3 of the guidelines', 'Chapter 2 of the treaty':
# a numbered part by a word that names other things too only when 'of' a text follows (not 'filed for Chapter 11').
ARTICLE = re.compile(
    r"\b(?:(?:Article|Section|Clause|Paragraph|Annex|Appendix)\s+(?:\d{1,3}|[IVX]{1,5})\b(?!\.\d)|"
    r"(?:Action|Principle|Part|Title|Rule|Guideline|Recommendation|Chapter|Pillar|Commitment|Objective|Goal)\s+"
    r"(?:\d{1,3}|[IVX]{1,5})\b(?!\.\d)(?=\s+of\s+(?:the|its|this|that)\s+(?:[A-Z]|(?:treaty|agreement|pact|convention|"
    r"guidelines|principles|charter|declaration|agenda|resolution|text|document|report|law|act|code|strategy|"
    r"accords?|compact|protocol)\b)))"
)
# ('the Example 204 Review Board': a numbered craft's name may open the name; roles17)
NAME_WITH_MORE_HEADS = re.compile(
    rf"(?<![\w])({ORDINAL}(?:{NAME}(?:[^\S\n]+\d{{1,4}}(?=[^\S\n]+[A-Z]))?[^\S\n]+){{1,6}}(?:{'|'.join(MORE_HEADS)}))\b"
)
SHORT_MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# 'NEW YORK, April 24 (Wire) -': a dateline's city in capitals opens the text.
# (letters with accents too: 'ANDØYA'; a region or country after the city: 'KOUROU, French Guiana —')
DATELINE = re.compile(
    rf"^([A-ZÀ-ÖØ-Þ]{{2,}}(?:\s[A-ZÀ-ÖØ-Þ]{{2,}}){{0,2}})(?=,\s+(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)}|[A-Z][a-z]+\.?\s+\d)"
    r"|,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s+[—–]\s|(?:\s+\([A-Z][\w .-]*\))?\s+[—–-]\s"
    # 'EXAMPLE, Examplia, June 21 (Wire) -': the city's country, then the date
    # (a month may be cut short: 'EXAMPLE, Examplia, Nov 12 (Wire) -', 'Sept. 3'; typing22)
    rf"|,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(MONTHS)})\b|{SHORT_MONTH}\.?\s+\d))"
    # 'Example City, November 22 (Wire) --': a city in title case before the date and the agency's name
    rf"|^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=,\s+(?:{'|'.join(MONTHS)})\s+\d{{1,2}}\s+\([A-Z][\w .-]*\)\s+[—–-])"
)
# 'resolution 76/231', 'Resolution 2730': a resolution known by its number.
# (the session in parentheses belongs to it: 'resolution 2222 (XXI)')
# 'the 1718 Committee': a sanctions committee named by the resolution that set it up
NUMBERED_COMMITTEE = re.compile(r"\b[Tt]he\s+(\d{3,4}\s+Committee)\b")
# A UN document symbol: 'A/RES/76/231', 'S/RES/2087 (2013)', 'A/C.1/78/L.52', 'A/AC.105/C.1/L.405' (a draft
# is an 'L.' document of a committee or the Assembly).
UN_SYMBOL = (
    r"(?:[AS]/RES/\d{1,4}(?:/\d{1,4})?(?:\s\(\d{4}\))?"
    r"|A/(?:C\.\d/|AC\.\d{2,3}/(?:C\.\d/)?|CONF\.\d{2,3}/)?(?:\d{2}/)?L\.\d{1,4}(?:/Rev\.\d)?"
    # a report or a note by its symbol: 'A/68/189', 'S/2013/123' (documents19), 'A/AC.105/1234' (types19)
    r"|A/(?:(?:AC|CONF)\.\d{2,3}/(?:\d{2}/)?|\d{2}/)\d{1,5}(?:/(?:Rev|Add|Corr)\.\d{1,2})?|S/\d{4}/\d{1,4})(?![\w/])"
)
NUMBERED_RESOLUTION = re.compile(
    # (a part's letter before the session: 'resolution 1721 B (XVI)'; documents21)
    r"\b(?:[Dd]raft\s+)?(?:[Rr]esolution|[Rr]es\.?)\s+(?:(?:[A-Z]+/(?:RES/)?)?\d{1,4}(?:/\d{1,4})*(?![\w/])"
    r"(?:\s[A-H](?=\s\([IVXL]{1,7}\)))?(?:\s\((?:[IVXL]{1,7}|ES-\d{1,2})\))?|"
    + UN_SYMBOL
    + r"|L\.\d{1,4}(?:/Rev\.\d)?(?![\w/]))"
    r"|(?<![\w/])" + UN_SYMBOL
)
# 'The Example Post', 'the Example Times': a newspaper by its head word (a capitalised 'The' is part of its name).
NEWSPAPER_WORDS = (
    "Post",
    "Times",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Guardian",
    "Economist",
    "Chronicle",
    "Observer",
    "Inquirer",
    "Daily",
    "Examiner",
    "Courier",
    "Dispatch",
)
NEWSPAPER = re.compile(
    r"(?<![\w’'-])((?:The\s+)?(?:(?:[A-Z][a-z]+|New|Los|San)\s+){0,3}(?:Post|Times|Journal|Herald|Tribune|Gazette|"
    r"Telegraph|Guardian|Economist|Chronicle|Observer|Inquirer|Examiner|Courier|Dispatch))(?![\w’'-])"
)
# 'wrote on X.', 'posted on Examplegram that …': the social network a person posts on (types18); a one-letter
# network only after a verb of writing or saying, a word only after one of writing.
POSTED_ON = re.compile(
    r"\b(?:(?:wrote|writes|written|posted|posts|posting|tweeted|shared|commented|replied)\s+on\s+(?P<word>[A-Z][a-z]{2,}"
    r"|X)|(?:said|says|announced)\s+on\s+(?P<letter>X))(?=\s*(?:[,.;:)]|$)|\s+(?:that|after|before|late|early|last|this|"
    r"in|on|about|and)\b)"
)
POSTED_WORDS = (" on X", "wrote on ", "writes on ", "posted on ", "posts on ", "posting on ", "tweeted on ",
                "shared on ", "commented on ", "replied on ")  # fmt: skip
# '2001 EX12', '1998 KY26': a small body's provisional designation (a year, two capitals and a number).
MINOR_PLANET = re.compile(r"(?<![\w’'-])((?:19|20)\d\d\s[A-Z]{2}\d{1,3})(?![\w’'-])")
ACT_WORDS = (
    "Order ",
    "Decree ",
    "Ordinance ",
    "Law ",
    "Regulation ",
    "Proclamation ",
    "Directive ",
)
# 'Executive Order 13803', 'Decree No. 1234', 'Public Law 115-10': a government's act known by its number.
NUMBERED_ACT = re.compile(
    r"(?<![\w’'-])((?:(?:Executive|Presidential|Federal|Royal|Ministerial|Public|Government)\s+)?"
    r"(?:Order|Decree|Ordinance|Law|Regulation|Proclamation|Directive)\s+(?:No\.?\s+)?\d{2,6}(?:[-/]\d{1,4})?)(?![\w/-])"
)
# A description ends before 'in the UN Security Council', 'in Washington'.
DESCRIPTION_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
# Words one of which every title contains (TITLE in patterns.py).
TITLE_WORDS = ("Director", "Administrator", "Minister", "President", "Secretary", "Ambassador", "Spokes", "Chief", "Head",
               "Chairman", "Commander", "Marshal", "Commodore", "Admiral", "General", "Colonel", "Senator", "Governor",
               "Mayor", "Premier", "Chancellor", "Speaker", "Commissioner", "Congressman", "Congresswoman", "Sen.", "Rep.")  # fmt: skip
NAME_AFTER_TITLE = re.compile(rf"\s+({NAME}\s+{NAME}(?:\s+{NAME})?)(?=[\s,.;:]|$)")
TITLED_PERSON = re.compile(
    rf"\b{TITLE}(?:\s+of\s+(?:the\s+)?(?:{NAME}\s+){{0,6}}{NAME})?,?\s+({NAME}\s+{NAME}(?:\s+{NAME})?)(?=[\s,.;:]|$)"
)


TIME_AFTER_PREPOSITION = re.compile(rf"\s+(?:on|in|of|for|to|by)\s+(?:{'|'.join([*MONTHS, *WEEKDAYS])})\b")
# ('for the Exploitation of Meteorological Satellites', 'for the Study of Space Debris': a 'for the' phrase of one
# noun goes on with 'of' and two or more capitalised words, as one name; bodies23)
OF_TAIL = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?(?:(?<=for\sthe\s){NAME}\s+of\s+{NAME}(?:\s+{NAME}){{1,3}}(?![\w’'-])|"
    rf"(?:{NAME}\s+){{0,3}}{NAME})"
)
# 'Working Group on Reducing Space Threats through Norms, Rules and Principles', 'Treaty on Open Skies': a body's
# or a document's name goes on after 'on' or 'for' with capitalised words (a list of them closed by 'and').
_RUN = rf"{NAME}(?:\s+{NAME}){{0,4}}"
_ITEMS = rf"{_RUN}(?:(?:,\s+{_RUN}){{0,4}},?\s+and\s+{_RUN})?"
# (a participle inside goes on with 'by' or 'into': '… for Damage Caused by Example Objects')
ON_TAIL = re.compile(
    rf"\s+(?:on|for)\s+(?:the\s+)?{_ITEMS}(?:(?:\s+(?:of|through|for|on|to)|(?<=[a-z]ed)\s+(?:by|into))\s+(?:the\s+|an?\s+)?"
    rf"{_ITEMS}){{0,3}}(?![\w’'-])"
)
# 'the Example Mission to the Asteroid Belt': where a mission goes, in two or more capitalised words, is its name's.
MISSION_TAIL = re.compile(rf"\s+to\s+(?:the\s+)?{NAME}(?:\s+{NAME}){{1,3}}(?![\w’'-])")
LEGAL_FORMS = {
    "GmbH",
    "AG",
    "SA",
    "SE",
    "plc",
    "PLC",
    "LLC",
    "Co",
    "NV",
    "SpA",
    "Pty",
    "KK",
    "Inc",
    "Ltd",
    "Corp",
}
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)")
TAKES_ON = {"Group", "Committee", "Subcommittee", "Commission", "Conference", "Council", "Treaty", "Convention",
            "Agreement", "Declaration", "Guidelines", "Principles", "Forum", "Panel", "Charter", "Strategy", "Act",
            "Law", "Memorandum", "Initiative", "Program", "Programme", "Office", "Institute", "Centre", "Center",
            "Institution"}  # fmt: skip
LEGISLATURE_WORD = re.compile(r"\b(?:National|People's|Federal|Brazilian|US|U\.S\.)\b")
OF_LIKE = re.compile(r"\s+(?:of|on|for|to|in|at)\s+")
COUNTRY_INSIDE = re.compile(r"(?<![\w.])(?:U\.S\.|US|UK|U\.K\.)\s+[A-Z]")  # 'Review of U.S. Example Committee'
LEGISLATURE = re.compile(r"\b(?:Senate|House|Congress|Parliament|Duma|Appropriations|Bundestag|Diet|Assembly of)\b")
SPACE_WORD = re.compile(
    r"\b(?:Space|AeroSpace|Aerospace|Aeronautics|Cosmos|Cosmic|Astronautics|Lunar|Planetary|Satellite|Orbital|Rocket)\b"
)
UNION_BODY = re.compile(r"(?:European\s+Union|European|EU|United\s+Nations|UN|African\s+Union)\s")
NATIONAL = re.compile(r"^(?:National|Federal|State|Presidential)\b")
# A town's, county's or region's council ('Example County Council', 'the City Council'): local government.
LOCAL_COUNCIL = re.compile(
    r"\b(?:City|County|Borough|Town|District|Regional|Municipal|Parish|Shire|Provincial)\s+Council$"
)
DEFENCE = re.compile(r"\b(?:Defen[cs]e|Military|Armed)\b")
# Words that mark a body of several countries ('European …', 'Asia-Pacific …', 'International …').
INTERNATIONAL = re.compile(
    r"\b(?:International|World|Global|United\s+Nations|UN|Inter-\w+|Intergovernmental|Interagency|Asia|Asian|"
    r"Asia-Pacific|Europe|European|Africa|African|Arab|Islamic|Pacific|Atlantic|Commonwealth|Nordic|Gulf|Eurasian|"
    r"Ibero-American|Latin|Americas|American\s+States|Regional|Multilateral|Joint)\b"
)


@functools.lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Names and demonyms of countries in the gazetteer ('Korea', 'Indian')."""
    rows = [line.split("\t") for line in gazetteer_text().splitlines() if line and not line.startswith("#")]
    return frozenset(row[0] for row in rows if len(row) >= 3 and row[1] == "Country")


def _national(name: str) -> bool:
    """A name that opens with a country's name or demonym, or with 'National' ('Indian Example Organisation')."""
    words = name.split()
    return bool(NATIONAL.search(name)) or any(" ".join(words[:n]) in _country_words() for n in (1, 2))


CLASS_NOUN_AFTER_DEFINITION = re.compile(r"\s+(programme|program|project|initiative|scheme|mission)s?\b")
# 'The Example Space (ESx) initiative brings together the space commands of seven states', '…, which groups A
# and B': an initiative made of members is a body, not a program (an initiative is either; its members tell).
COMPOSED_OF_MEMBERS = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?(?:brings\s+together|brought\s+together|groups|grouped|unites|united|gathers|"
    r"(?:is|was)\s+made\s+up\s+of|consists\s+of|comprises)\s+(?:[\w-]+\s+){0,5}?(?:organi[sz]ations|agencies|"
    r"countries|states|nations|governments|ministries|militaries|armed\s+forces|commands|members|allies)\b"
)
GROUND_STATION = re.compile(
    r"\b(?:Launch(?:ing)?|Ground|Tracking|Receiving|Relay|Control|Radar|Earth|Monitoring)\s+Station$"
)


def refine(name: str, kind: str) -> str:
    """A head word's class made precise by the rest of the name: a defence
    ministry, a military space agency, a legislature's subcommittee, a summit
    (the head word is the last before 'of', 'on', 'for' …)."""
    head_part = OF_LIKE.split(name, maxsplit=1)[0].split()
    head = head_part[-1] if head_part else ""
    if name.startswith(("United Nations ", "UN ")) and kind in ORGANIZATIONS:
        return "InternationalOrgan"  # 'United Nations Example Office', 'UN Institute for …': a body of the UN (types19)
    if kind == "GovernmentBody" and ("Ministry" in name or "Department" in name) and DEFENCE.search(name):
        return "DefenceMinistry"  # 'Example Defence Ministry', 'Ministry of Defence', 'Department of Defense'
    if kind == "SpaceAgency" and DEFENCE.search(name):
        return "MilitaryOrganization"  # 'Defence Space Agency'
    if kind == "SpaceAgency" and not SPACE_WORD.search(name) and UNION_BODY.match(name):
        return "InternationalOrgan"  # 'European Union Agency for Example', 'European Example Agency': a union's organ
    if kind == "SpaceAgency" and not SPACE_WORD.search(name):
        return "GovernmentBody"  # 'Example Protection Agency', 'the Example Administration': no space agency
    if kind == "InternationalOrganization" and SPACE_WORD.search(name) and NATIONAL.search(name):
        return "SpaceAgency"  # 'National Example Space Research Organisation'
    if kind == "InternationalOrganization" and not INTERNATIONAL.search(name) and _national(name):
        # one country's 'Organisation': 'Indian Example Research Organisation' a space agency, else a government body
        return "SpaceAgency" if SPACE_WORD.search(name) else "GovernmentBody"
    # (the space word before the head: 'Swedish Institute of Space Physics' is a research institute; types19)
    if (head == "Institute" and SPACE_WORD.search(" ".join(head_part)) and _national(name)
            and not INTERNATIONAL.search(name)):  # fmt: skip
        return "SpaceAgency"  # 'Korea Example Aerospace Research Institute': a country's space institute
    if head == "Congress" and (_national(name) or LEGISLATURE_WORD.search(name)):
        return "GovernmentBody"  # 'the Examplian National Congress' (an 'International … Congress' is an event)
    if head == "Commission" and INTERNATIONAL.search(name):
        return "InternationalOrgan"  # 'the European Example Commission'
    if head == "Group" and re.search(r"\bWorking\s+Group$", " ".join(head_part)):
        return "InternationalOrgan"  # 'Open-Ended Working Group on …'
    if kind == "MilitaryOrganization" and re.search(r"\bAir\s+Force\b", name):
        return "AirForce"
    if kind == "Mission" and name.startswith("Permanent Mission"):
        return "GovernmentBody"  # a country's mission to the UN
    if kind == "Mission" and re.search(r"\bLaunch\s+Vehicle$", name):
        return "Program"  # 'the Example Launch Vehicle': a launcher type
    if head in (
        "Subcommittee",
        "Committee",
        "Group",
        "Council",
        "Commission",
        "Assembly",
    ) and kind in (
        "GovernmentBody",
        "InternationalOrgan",
    ):
        if (LEGISLATURE.search(name) or NATIONAL.search(name) or (_national(name) and not INTERNATIONAL.search(name))
                or COUNTRY_INSIDE.search(name) or LOCAL_COUNCIL.search(name)):  # fmt: skip
            return "GovernmentBody"  # 'Senate … Subcommittee', 'National Security Council'
        return "InternationalOrgan" if head in ("Subcommittee", "Committee", "Group") else kind
    if head == "Summit":
        return "Meeting"
    if kind == "Station" and GROUND_STATION.search(name):
        return "Facility"  # 'the Example Satellite Launching Station', 'Example Ground Station': on the ground
    if head == "Agreement" and kind == "Document":
        return "Treaty"  # 'the Example Agreement': a named agreement between states (a described one stays a Document)
    if name.startswith("Chamber of Commerce"):
        return "Organization"
    return kind


def head_kind(name: str) -> str | None:
    """The class a name's head word gives it ('… Agency', '… Industries'), made precise by :func:`refine`;
    the head of 'Example Lander for Investigating X' is the word before 'for'."""
    head_part = OF_LIKE.split(name, maxsplit=1)[0]
    head = head_part.split()[-1] if head_part.split() else ""
    kind = HEADS.get(head) or MORE_HEADS.get(head)
    return refine(head_part, kind) if kind else None


def acronyms(
    linker: Linker,
    text: str,
    start: int,
    end: int,
    names: dict[str, Any],
    acronyms: dict[str, str],
) -> list[Found]:
    found = []
    sentence = text[start:end]
    definitions = [(m.start(1), m.group(1), m.group(2), m.end()) for m in scan(ACRONYM_DEFINITION, sentence)]
    if "(" in sentence:
        # where the capitals before it do not spell the acronym, a long name with small words inside may
        spelled = {d[3] for d in definitions if _spells(d[1].split(), d[2])}
        better = {d[3]: d for d in _defined_with_connectors(sentence) if d[3] not in spelled}
        # an acronym of another language ('National Institute for Example Research (INPE)'): the whole name
        # with small words inside, when it has a head word, rather than its last capitalised words
        for d in definitions:
            if d[3] not in spelled and d[3] not in better:
                whole = _whole_name(sentence, d[3])
                if whole is not None:
                    better[d[3]] = whole
        # (also where no run of capitalised words stands right before it: 'National Example Agency of Examplia
        # (NEXA)', whose last word before the parenthesis alone is no name)
        known_ends = {d[3] for d in definitions} | set(better)
        for paren in scan(PAREN_ACRONYM, sentence):
            if paren.end() not in known_ends and (whole := _whole_name(sentence, paren.end())) is not None:
                better[paren.end()] = whole
        definitions = sorted([d for d in definitions if d[3] not in better] + list(better.values()))
    if ", or " in sentence:
        definitions = sorted(definitions + _defined_with_connectors(sentence, DEFINITION_WITH_OR))
    for at, written, short, defined_end in definitions:
        written = re.sub(r"^(?:The|the)\s+", "", written)
        long_name = " ".join(written.split())  # its words one space apart, as the graph and gazetteer name it
        if PERSON_LIKE.fullmatch(long_name) and not (
            long_name in names or _spells(long_name.split(), short) or head_kind(long_name)
        ):
            continue  # 'Jane Doe (ESA)', 'Jane Doe (Roscosmos)': a person and the body she is with, no definition
        known = names.get(long_name) or names.get(short)
        if (known and long_name not in names and head_kind(long_name) is None and len(long_name.split()) <= 3
                and not _spells(long_name.split(), short)):  # fmt: skip
            continue  # 'Jane Example (NASA) said': whom a person works for, not a definition of NASA
        if known:
            acronyms[short] = known[0]
            acronyms[long_name] = known[0]
        else:
            entity = slug(short)
            kind = head_kind(long_name) or _system_kind(long_name) or kind_by_head(long_name.split())
            if kind is None:  # 'the Example Regulations (ER), the treaty that governs …': the apposition's class
                apposed = KIND_OF.match(sentence[defined_end:]) if sentence.startswith(",", defined_end) else None
                kind = apposed.lastgroup if apposed is not None and apposed.lastgroup else "Organization"
            noun_after = CLASS_NOUN_AFTER_DEFINITION.match(sentence, defined_end)
            if noun_after is not None and head_kind(long_name) is None:
                # 'the Example Payload Services (EPS) programme': the noun after the definition gives the class
                kind = "Program" if noun_after.group(1) != "mission" else "Mission"
                if noun_after.group(1) == "initiative" and COMPOSED_OF_MEMBERS.match(sentence, noun_after.end()):
                    kind = "InternationalOrganization"
            # A name the gazetteer knows keeps its id and type ('Indian Space Research Organisation': a space agency).
            if (
                kind == "Facility"
                and long_name.split()[-1] in ("Centre", "Center")
                and SPACE_WORD.search(long_name)
                and (_national(long_name))
            ):
                kind = "SpaceAgency"  # 'the Examplian Aerospace Center (EAC)': a country's space centre is its agency
            entity, kind = linker.gazetteer.get(long_name) or linker.gazetteer.get(short) or (entity, kind)
            offset = start + at + sentence[at:].find(written)
            found.append(
                Found(
                    offset,
                    offset + len(written),
                    entity,
                    new=True,
                    type=kind,
                    label=long_name,
                    confidence=0.7,
                    rule="acronym definition",
                )
            )
            acronyms[short] = entity
    return found


def _system_kind(name: str) -> str | None:
    """'Example Coordination System for Space (ECSS)': a system is a program, a satellite system a facility."""
    head_part = OF_LIKE.split(name, maxsplit=1)[0].split()
    if not head_part or head_part[-1] not in ACRONYM_HEADS:
        return None
    return "Facility" if re.search(r"\b(?:Satellite|Navigation|Positioning)\b", name) else ACRONYM_HEADS[head_part[-1]]


def _whole_name(sentence: str, end: int) -> tuple[int, str, str, int] | None:
    """The name with small words inside that ends at the acronym in parentheses ending at ``end``, when a
    head word gives its class ('National Institute for Example Research (INPE)')."""
    for match in DEFINITION_WITH_CONNECTORS.finditer(sentence, max(0, end - 200), end):
        if match.end() != end:
            continue
        name = POSSESSOR.sub("", LEADING_WORD.sub("", match.group(1)))
        last = re.split(r"\s+and\s+(?:the\s+)?", name)[-1]
        if len(last.split()) >= 2 and head_kind(last) is not None:
            name = last  # 'the Example Foundation and the UN Institute for X (UNIDX)': the second name
            return (
                match.start(1) + match.group(1).rindex(name),
                name,
                match.group(2),
                end,
            )
    return None


def _letters(short: str) -> str:
    """The letters an acronym's words spell (not a plural's 's', not a number after them: 'EXD2')."""
    short = short.rstrip("0123456789").rstrip("-")  # ('EXC-23': a series' number)
    return short.upper()[:-1] if short.endswith("s") and len(short) > 2 else short.upper()


def _initials(words: list[str]) -> str:
    """The capitals that start the words and their hyphenated parts ('Open-Ended Working Group' → OEWG), without
    their accents ('École Polytechnique …' → EP…)."""
    return "".join(_plain(part[0]) for word in words for part in word.split("-") if part[:1].isupper())


def _plain(letter: str) -> str:
    return unicodedata.normalize("NFKD", letter)[0] if ord(letter) > 127 else letter


def _spells(words: list[str], short: str) -> bool:
    """The capitals that start the words spell the acronym, or those and the capitals inside words
    ('Korea AeroSpace Administration' → KASA); a small word inside may lend its letter or not ('Committee on
    Example Uses' → COEU or CEU); an acronym with small letters may be spelled by its capitals alone
    ('Example Coordination System for Space' → ExCSS)."""
    letters = _letters(short)
    if _initials(words) == letters or "".join(c for w in words for c in w if c.isupper()) == letters:
        return True
    capitals = "".join(c for c in short if c.isupper())
    return _spelled_with_small_words(tuple(words), letters) or (
        capitals != letters and len(capitals) >= 2 and _spelled_with_small_words(tuple(words), capitals)
    )


@functools.lru_cache(maxsize=1024)
def _spelled_with_small_words(words: tuple[str, ...], letters: str) -> bool:
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if first in SMALL_WORDS:  # 'on', 'of', 'for', 'and': its letter or none
        return _spelled_with_small_words(rest, letters) or (
            letters[:1] == first[0].upper() and _spelled_with_small_words(rest, letters[1:])
        )
    initials = _initials([first])
    return bool(initials) and letters.startswith(initials) and _spelled_with_small_words(rest, letters[len(initials) :])


SMALL_WORDS = {"of", "on", "for", "and", "the", "in", "to", "de", "du", "des"}


def _defined_with_connectors(sentence: str, pattern: re.Pattern[str] | None = None) -> list[tuple[int, str, str, int]]:
    """'Conference on Disarmament (CD)', 'Open-Ended Working Group on Space
    Threats (OEWG)': the words before an acronym in parentheses whose
    capitals spell it, small words inside allowed; the longest such run that
    ends at the parenthesis, else the first run that spells it."""
    found = []
    for match in (pattern or DEFINITION_WITH_CONNECTORS).finditer(sentence):
        words, short = match.group(1).split(), match.group(2)
        for last in [len(words), *range(len(words) - 1, 0, -1)]:
            if not words[last - 1][:1].isupper():
                continue
            first = next(
                (i for i in range(last) if words[i][:1].isupper() and _spells(words[i:last], short)),
                None,
            )
            if first is not None:
                if last < len(words) and words[last][:1].isupper():
                    # 'International Committee on Global Example Systems (ICG)': the acronym spells the name's
                    # start only, and a name does not stop inside a run of capitalised words: all of it to the
                    # parenthesis ('Working Group on Example Threats (OEWG)' stops before 'on')
                    last = len(words)
                # the name as written, with its own spaces (a line break or a no-break space between its words)
                spans = [w.span() for w in re.finditer(r"\S+", match.group(1))]
                found.append(
                    (
                        match.start(1) + spans[first][0],
                        match.group(1)[spans[first][0] : spans[last - 1][1]],
                        match.group(2),
                        match.end(),
                    )
                )
                break
    return found


# A party's adjective before a politician's noun: 'a Republican congressman', 'the Democratic senator'.
PARTIES = {
    "Republican": "Republican Party",
    "Democratic": "Democratic Party",
    "Democrat": "Democratic Party",
}
PARTY_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<party>Republican|Democratic|Democrat)\s+(?:(?:former|veteran|freshman|senior|junior)\s+)?"
    r"(?:[Cc]ongress(?:man|woman|member)|[Ss]enator|[Ll]awmaker|[Rr]epresentative|[Gg]overnor|[Ll]egislator|"
    r"[Pp]olitician|[Cc]andidate|[Ll]eader|[Cc]hair(?:man|woman)?|[Mm]ember|[Ss]en\.|[Rr]ep\.)s?\b"
    # ('the committee's ranking Democrat', 'a Republican from Ohio', 'no Democrat supported him': the noun names the
    # party as well as the adjective; not a name going on, 'Republican Guard'; people23)
    r"|(?:(?<=\ba\s)|(?<=\bno\s)|(?<=ranking\s)|(?<=\btop\s)|(?<=senior\s)|(?<=leading\s)|(?<=\blone\s)|"
    r"(?<=fellow\s))(?P<noun>Republican|Democrat)(?![\w'’-])(?!\s+[A-Z])"
)


# 'the debris mitigation guidelines that COPUOS adopted in 2007', 'the five-year rule, which the Commission adopted',
# 'the guidelines on long-term sustainability that the UN's committee adopted': a body's own text without a name,
# known by its description and the relative clause saying who made it (documents19).
AUTHORED_TEXT = re.compile(
    r"\b[Tt]he\s+(?P<doc>(?P<modifiers>(?:[a-z\d][\w-]*\s+){0,3}?)"
    r"(?P<head>guidelines|rules?|principles|regulations?|standards|recommendations|norms|code\s+of\s+conduct|"
    r"strategy|policy|report|framework|doctrine|roadmap|law|act|bill|decree|resolution)"
    r"(?P<about>\s+(?:on|for)\s+(?!the\b)[a-z][\w-]*(?:\s+(?!that\b|which\b)[a-z][\w-]*){0,4})?)"
    r"(?=\s*,?\s+(?:that|which)\s+(?:the\s+)?[A-Z][^,;.]{0,70}?\s+(?:(?:had|has|have|first|formally|later|jointly|"
    r"unanimously)\s+)*(?:adopted|drew\s+up|drafted|wrote|issued|published|proposed|put\s+forward|laid\s+down|"
    r"set\s+out|agreed|passed|enacted)\b)"
)
# 'a seat-swap agreement that Examplia signed with Tarvia', 'its first space security strategy, drafted by the
# Ministry', 'the bilateral framework agreement, which ExSA negotiated': a document named by the words before its kind
# noun, known by the clause or participle naming who made or signed it (an acronym before it is its owner's, not
# part of the description: 'the US pledge …'; ends25).
MADE_TEXT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z]{2,5}\s+)?"
    r"(?P<doc>(?P<modifiers>(?:[a-z\d][\w-]*\s+){1,3}?)"
    r"(?P<head>agreement|accord|pact|memorandum|pledge|strategy|doctrine|policy|charter|framework|declaration|"
    r"statement|roadmap|report|order))"
    r"(?=\s*,?\s+(?:(?:that|which)\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+(?:(?:had|has|have|first|formally|later|jointly|"
    r"originally)\s+)*(?:signed|announced|adopted|drafted|drew\s+up|wrote|issued|published|proposed|put\s+forward|"
    r"concluded|negotiated|unveiled)\b|(?:drafted|signed|written|drawn\s+up|issued|adopted|published|proposed|"
    r"announced|unveiled|negotiated|concluded)\s+(?:jointly\s+)?by\s+(?:the\s+)?[A-Z]))"
)
MADE_TEXT_KINDS = {"memorandum": "Memorandum", "pledge": "Statement", "statement": "Statement"}
# Words that make no description of their own ('the new rules that …', 'the same guidelines').
NOT_DESCRIBING = {"new", "same", "other", "latest", "first", "current", "these", "such", "its", "their", "those", "own",
                  "old", "previous", "final", "revised", "draft", "original"}  # fmt: skip


# 'a resolution that the Diet passed in 1969', 'a law which Parliament enacted', 'an act that Congress approved': an
# indefinite text a body passed, a new document known by that clause (its noun the mention; documents21).
PASSED_TEXT = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:new|short|brief|binding|non-binding|special|landmark)\s+)?"
    r"(?P<head>resolution|law|act|bill|decree|statute|ordinance)"
    r"(?=\s*,?\s+(?:that|which)\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:(?:had|has|have|"
    r"first|later|finally|unanimously|narrowly|formally)\s+)*(?P<verb>passed|adopted|enacted|approved)\b)"
)


# 'If the LSC agrees on guidelines for registering constellations', 'adopted rules on debris removal in 2020': a
# body's text without a name, known by what it is for, as the object of the act that makes it (documents21).
AGREED_GUIDELINES = re.compile(
    r"\b(?:agree[sd]?\s+on|adopt(?:s|ed)?|draft(?:s|ed)?|dr[ae]w\s+up|draws\s+up|prepared?|prepares|"
    r"negotiat(?:e|es|ed)|issued?|issues|publish(?:es|ed)?|approv(?:e|es|ed))\s+(?:(?:new|draft|voluntary|common|"
    r"technical|binding)\s+)?"
    r"(?P<doc>(?:guidelines|principles|rules|standards|recommendations|norms)\s+(?:for|on)\s+(?!the\b|its\b|their\b|"
    r"a\b|an\b)[a-z][\w-]*(?:\s+(?!(?:that|which|by|in|to|and|but|or|at|with|from|as|after|before|within|"
    r"under|until|on|for)\b)[a-z][\w-]*){0,3})(?=\s*[,.;:]|\s+(?:that|which|by|in|to|and|but|at|with|"
    r"as|after|before|within|under|until)\b)"
)


# 'forming a joint venture, Lockheed Martin Intersputnik', 'a joint venture called Example Launch Services': the
# venture's name, which may be made of its owners' names (each still a mention of its own; documents21).
VENTURE_NAME = re.compile(
    r"\bjoint\s+(?:venture|company)(?:\s+with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
    r"(?:\s*,\s*(?:(?:called|named|known\s+as|dubbed)\s+)?|\s+(?:called|named|known\s+as|"
    r"dubbed)\s+)(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})(?![\w-])"
)


def authored_texts(text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    """'the debris mitigation guidelines that COPUOS adopted': a new document named by its description (words
    before its head noun, or what it is on), when a relative clause names who drew it up."""
    sentence = text[start:end]
    found = []
    for match in scan(AUTHORED_TEXT, sentence) if " that " in sentence or " which " in sentence else ():
        modifiers = [w for w in match.group("modifiers").split() if w not in NOT_DESCRIBING]
        if not modifiers and not match.group("about"):
            continue  # ('the guidelines, which the committee adopted': the text in focus, no new one)
        words = match.group("doc")
        if any(w in NOT_DESCRIBING for w in match.group("modifiers").split()[:1]):
            words = words.split(None, 1)[1]
        if words in names:
            continue
        at = start + match.end("doc") - len(words)
        found.append(Found(at, start + match.end("doc"), slug(words), new=True, type="Document", label=words,
                           confidence=0.5, rule="document description"))  # fmt: skip
    taken = [(m.start, m.end) for m in found]
    for match in (
        scan(MADE_TEXT, sentence) if " by " in sentence or " that " in sentence or " which " in sentence else ()
    ):
        modifiers = match.group("modifiers").split()
        while modifiers and modifiers[0] in NOT_DESCRIBING and modifiers[0] != "draft":
            modifiers.pop(0)  # 'its first space security strategy': the strategy's description starts after 'first'
        if not modifiers or all(w in NOT_DESCRIBING for w in modifiers):
            continue  # ('a new agreement that Examplia signed': the kind alone describes nothing)
        words = " ".join([*modifiers, match.group("head")])
        at = start + match.end("doc") - len(words)
        if words in names or any(a < start + match.end("doc") and at < b for a, b in taken):
            continue
        found.append(Found(at, start + match.end("doc"), slug(words), new=True,
                           type=MADE_TEXT_KINDS.get(match.group("head"), "Document"), label=words,
                           confidence=0.5, rule="document description"))  # fmt: skip
    for match in scan(VENTURE_NAME, sentence) if "joint " in sentence else ():
        words = match.group("name")
        if words not in names and words.split()[-1] not in ("In", "On", "The"):
            found.append(Found(start + match.start("name"), start + match.end("name"), slug(words), new=True,
                               type="Organization", label=words, confidence=0.5, rule="joint venture's name"))  # fmt: skip
    for match in scan(AGREED_GUIDELINES, sentence) if " for " in sentence or " on " in sentence else ():
        words = match.group("doc")
        if words in names:
            continue
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(words), new=True,
                           type="Document", label=words[:1].upper() + words[1:], confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in scan(PASSED_TEXT, sentence) if " that " in sentence or " which " in sentence else ():
        label = f"{match.group('head')} {match.group('verb')} by the {match.group('body')}"
        found.append(Found(start + match.start("head"), start + match.end("head"), slug(label), new=True,
                           type="Document", label=label[:1].upper() + label[1:], confidence=0.5,
                           rule="document description"))  # fmt: skip
    return found


# 'the Departments of Commerce, Defense, State and Transportation', 'the Ministries of Defence and of Finance': a
# plural head word shared by several bodies, each named at its own word.
PLURAL_HEADS = {"Departments": "Department", "Ministries": "Ministry", "Offices": "Office", "Institutes": "Institute",
                "Committees": "Committee", "Councils": "Council", "Bureaus": "Bureau", "Commissions": "Commission",
                "Directorates": "Directorate", "Universities": "University"}  # fmt: skip
_SHARED_ITEM = r"[A-Z][\w-]+(?:\s+(?!and\b)[A-Z][\w-]+)?"
SHARED_HEAD = re.compile(
    rf"(?<![\w])(?P<head>{'|'.join(PLURAL_HEADS)})\s+(?P<prep>of|for)\s+(?:the\s+)?(?P<items>{_SHARED_ITEM}"
    rf"(?:\s*,\s*(?:of\s+|for\s+)?{_SHARED_ITEM})*,?\s+and\s+(?:of\s+|for\s+)?{_SHARED_ITEM})"
)
SHARED_ITEM = re.compile(_SHARED_ITEM)


def shared_heads(linker: Linker, text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    """Each body of 'the Departments of A, B and C', at its own word: 'Department of A' (the graph's body when its
    label alone ends so: 'United States Department of Defense'), a new body of the head's class otherwise."""
    sentence = text[start:end]
    found = []
    for match in scan(SHARED_HEAD, sentence):
        head = PLURAL_HEADS[match.group("head")]
        for item in SHARED_ITEM.finditer(sentence, match.start("items"), match.end("items")):
            label = f"{head} {match.group('prep')} {item.group(0)}"
            known = names.get(label)
            if known is None:
                ends = {e.id for e in linker.entities.values() if e.label.endswith(" " + label)}
                known = (ends.pop(), None) if len(ends) == 1 else None
            # ('State Department' in the gazetteer: the head after the word)
            listed = linker.gazetteer.get(label) or linker.gazetteer.get(f"{item.group(0)} {head}")
            at = start + item.start()
            if known is not None:
                found.append(Found(at, start + item.end(), known[0], confidence=0.6, rule="shared head"))
            elif listed is not None:
                found.append(Found(at, start + item.end(), listed[0], new=True, type=listed[1], label=label,
                                   confidence=0.6, rule="shared head"))  # fmt: skip
            else:
                found.append(Found(at, start + item.end(), slug(label), new=True, type=OF_HEADS[head], label=label,
                                   confidence=0.6, rule="shared head"))  # fmt: skip
    return found


def new_entities(linker: Linker, text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    sentence = text[start:end]
    found = []
    for match in PARTY_ADJECTIVE.finditer(sentence) if "ocrat" in sentence or "epublican" in sentence else ():
        # 'a Republican congressman', 'Democratic senator Jane Doe': the party, named by its adjective
        party_group = next(g for g in ("party", "noun") if match.group(g))
        label = PARTIES[match.group(party_group)]
        found.append(Found(start + match.start(party_group), start + match.end(party_group), slug(label), new=True,
                           type="Organization", label=label, confidence=0.6, rule="party adjective"))  # fmt: skip
    # Each shape is looked for only when a word it needs is in the sentence (a substring test is much cheaper).
    for match in scan(TITLE_AFTER_COMMA, sentence) if "," in sentence else ():
        before = NAME_BEFORE_COMMA.search(sentence[: match.start(1)])
        if before and before.group(1).split()[0] in NOT_NAMES and len(before.group(1).split()) == 3:
            before = NAME_AFTER_A_WORD.search(
                sentence, before.start(1), before.end(1)
            )  # 'There Jane Doe, President of'
        if before and before.group(1).split()[0] not in MONTHS and before.group(1) not in names:
            found.append(Found(start + before.start(1), start + before.end(1), slug(before.group(1)), new=True,
                               type="Person", label=before.group(1), confidence=0.6, rule="person, title of"))  # fmt: skip
    for match in scan(HEAD_FIRST_NAME, sentence):
        words = before_possessive(trim(match.group(1)))
        word_before = CAPITALISED_BEFORE.search(sentence, max(0, match.start(1) - 40), match.start(1))
        if (words.split()[0] not in HEAD_FIRST and word_before and word_before.group(1) not in NOT_NAMES
                and not DESCRIBING_BEFORE.search(word_before.group(1))):  # fmt: skip
            continue  # 'Example Council of the …': the head word ends a name before it, it opens none
        body, *others = LIST_SEPARATOR.split(words)
        # 'the Ministry of Example and NASA', '… and the Example Agency', 'the Ministry of Example, ESA and NASA':
        # names of their own
        if others and any(other in names or other in linker.gazetteer or other.split()[0] in NOT_NAMES
                          or other.isupper() or (len(other.split()) > 1 and head_kind(other) is not None)
                          for other in others):  # fmt: skip
            words = body
        offset = start + match.start(1)
        head = words.split()[0]
        if word_before and word_before.end() == match.start(1) and word_before.group(1) in RANK_ADJECTIVES:
            # 'the Federal Ministry for …', 'the National Institute of …': the adjective is the name's
            words, offset = (
                f"{word_before.group(1)} {words}",
                start + word_before.start(1),
            )
        kind = refine(words, OF_HEADS[head])
        found.append(Found(offset, offset + len(words), slug(words), new=True, type=kind,
                           label=words, confidence=0.6, rule="head-first name"))  # fmt: skip
    for match in scan(SPACEPORT_FIRST, sentence) if "Spaceport " in sentence else ():
        if match.group(1) not in NOT_NAMES and match.group(0) not in names:
            found.append(Found(start + match.start(), start + match.end(), slug(match.group(0)), new=True, type="Facility",
                               label=match.group(0), confidence=0.6, rule="head-first name"))  # fmt: skip
    for match in ADMINISTRATION.finditer(sentence) if " administration" in sentence else ():
        leader = match.group(1)
        if leader in NOT_NAMES or leader in MONTHS or linker.nationality(leader) or leader in linker.gazetteer:
            continue  # ('the Examplian administration', 'the Examplia administration': a country's government)
        found.append(Found(start + match.start(1), start + match.end(), slug(match.group(0)[4:]), new=True,
                           type="GovernmentBody", label=match.group(0)[4:], confidence=0.5,
                           rule="a leader's administration"))  # fmt: skip
    for match in (
        scan(HEAD_ON_NAME, sentence)
        if (" on " in sentence or " for " in sentence) and any(h in sentence for h in ON_HEADS)
        else ()
    ):
        word_before = CAPITALISED_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
        if word_before and word_before.group(1) not in NOT_NAMES:
            continue  # 'the Example Convention on …': the name-with-head rule's
        tail = _tail(sentence, match.end(), "Treaty")
        if not tail:
            continue
        words = match.group(0) + tail
        offset = start + match.start()
        found.append(Found(offset, offset + len(words), slug(words), new=True, type=refine(words, ON_HEADS[match.group(0)]),
                           label=words, confidence=0.6, rule="head-first name"))  # fmt: skip
    # '… Conference in St Petersburg': a name after 'in' that follows a place or an event is a place.
    for match in scan(PLACE_AFTER_IN, sentence) if " in " in sentence or " near " in sentence else ():
        place = trim(match.group(1))
        if POSSESSIVE_WORD.search(place):
            continue  # "in Examplia's Example Islands": the country, and the islands by their head word
        if (
            PLACE_OR_EVENT_HEAD.search(sentence[max(0, match.start() - 12) : match.start()])
            and place.split()[0] not in MONTHS
            and place not in names
            and place not in linker.gazetteer
        ):
            found.append(Found(start + match.start(1), start + match.start(1) + len(place), slug(place), new=True,
                               type="Place", label=place, confidence=0.5, rule="place after in"))  # fmt: skip
    for match in NUMBERED_APART.finditer(sentence):
        first = match.group(1).split()[0]
        if YEARLIKE.fullmatch(match.group(1).split()[-1]) or MONTH_AFTER.match(sentence, match.end(1)):
            continue  # 'Vision 2030', 'Before 2019': a year; 'Updated 16 November': a date
        if COUNT_AFTER.match(sentence, match.end(1)):
            continue  # ('flew past Examplon 49 times': a count, not a numbered craft; coref25)
        if POSSESSIVE_WORD.search(first):
            continue  # "Japan's H3 rocket": the possessor, then the rocket by its own shape (lead17)
        if ARTICLE.match(sentence, match.start(1)):
            continue  # ('Action 56 of the Pact': a numbered part of a text, the numbered-article rule's)
        if RULER_BEFORE.search(sentence, max(0, match.start(1) - 16), match.start(1)):
            continue  # ('King Example XVI', 'Queen Example II': a ruler's number, the proper-name rules' person; typing22)
        if first not in NOT_NUMBERED and first not in MONTHS and first not in NOT_NAMES:
            # ('the Example 6 station': a class with a reason, which the series' other names share; types18)
            station = STATION_AFTER.match(sentence[match.end(1) : match.end(1) + 40]) is not None
            found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                               type=_craft_or_rocket(sentence, match.end(1), match.group(1)), label=match.group(1), confidence=0.5,
                               rule="numbered name before a station noun" if station else "numbered name"))  # fmt: skip
    for match in NUMBERED_LONGER.finditer(sentence) if NUMBER_AFTER_SPACE.search(sentence) else ():
        parts = match.group(1).split()
        while parts and (parts[0] in NOT_NAMES or parts[0] in MONTHS):
            parts.pop(0)
        # 'the Examplian Example 3 lander': the country's adjective is a mention of its own
        adjective = bool(parts) and linker.nationality(parts[0])
        if adjective:
            parts.pop(0)
        name = " ".join(parts)
        dated = not name.startswith(LAUNCHER_FAMILIES) and any(w in MONTHS or w in WEEKDAYS for w in parts)
        if len(parts) < 3 - adjective or parts[-2] in NOT_NUMBERED or dated:
            continue  # 'Artemis II' is the rule above's; 'Example Article 5', 'Friday 13' are no names
        if name in names:
            continue
        offset = start + match.end(1) - len(name)
        found.append(Found(offset, offset + len(name), slug(name), new=True,
                           type=_craft_or_rocket(sentence, match.end(1), name), label=name, confidence=0.5,
                           rule="numbered name"))  # fmt: skip
    for match in scan(LETTERED_APART, sentence) if any(w in sentence for w in LETTERED_APART_WORDS) else ():
        first = match.group(1).split()[0]
        if match.group(1) in names or first in NOT_NAMES or first in NOT_NUMBERED or first in MONTHS:
            continue  # ('Plan B', 'Group A': a part of something, not a craft)
        found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                           type=_craft_or_rocket(sentence, match.end(1), match.group(1)), label=match.group(1),
                           confidence=0.5, rule="numbered name"))  # fmt: skip
    for match in DESIGNATED_CRAFT.finditer(sentence) if "-" in sentence else ():
        # 'Soyuz TMA-15M', 'Progress MS-20': a known craft or launcher family and a flight's designation after it
        # name one flight (relations15)
        family = match.group("family")
        known = linker.gazetteer.get(family)
        of_craft = (known is not None and known[1] in ("Mission", "Program")) or (
            family in names and linker.is_(Found(0, 0, names[family][0]), "Mission")
        )
        if of_craft and match.group(0) not in names:
            found.append(Found(start + match.start(), start + match.end(), slug(match.group(0)), new=True,
                               type="Mission", label=match.group(0), confidence=0.5, rule="designated flight"))  # fmt: skip
    for match in scan(LETTERED, sentence):
        if match.group(1) in names or match.group(1).split("-")[0] in NOT_NAMES:
            continue
        found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                           type=_craft_or_rocket(sentence, match.end(1), match.group(1)), label=match.group(1),
                           confidence=0.5, rule="numbered name"))  # fmt: skip
    for match in scan(NAME_WITH_MORE_HEADS, sentence):
        words = POSSESSOR.sub("", LEADING_WORD.sub("", match.group(1)))  # "NASA's Example Network": the network
        words = LEADING_NUMBER.sub("", words)  # ('In 2019 Review Board members met': no name opens on a number)
        if len(words.split()) < 2 or words in names:
            continue
        offset = start + match.start(1) + match.group(1).find(words)
        joined = AND_BEFORE_NAME.search(sentence, max(0, offset - start - 30), offset - start)
        if joined is not None and joined.group(1) not in names and joined.group(1) not in linker.gazetteer:
            # 'the Crew and Example Airlock': two nouns joined inside the name, after its article (typing22)
            words = sentence[joined.start(1) : offset - start] + words
            offset = start + joined.start(1)
        head = words.split()[-1]
        if head in LEGAL_FORMS and (
            words[: -len(head)].strip() in names or words[: -len(head)].strip() in linker.gazetteer
        ):
            continue  # 'Airbus SE': the company the name before already names
        words += _tail(sentence, match.end(1), head)
        kind = refine(words, MORE_HEADS[head])
        served = SERVICE_AFTER.match(sentence, match.end(1)) if kind == "Mission" else None
        if served is not None and not served.group(1).endswith(".") and served.group(1) not in names:
            # 'the Example Satellite System', 'the Example Cargo Return Service': a craft's name opening a
            # system's or a service's (a network of satellites is a facility, a service a programme)
            words += served.group(0)
            kind = "Facility" if served.group(0).endswith("System") else "Program"
        if kind == "InternationalOrgan" and LEGISLATURE.search(match.group(1)[: match.group(1).find(words)]):
            kind = "GovernmentBody"  # "the Senate's Example Subcommittee": a legislature's
        found.append(Found(offset, offset + len(words), slug(words), new=True, type=kind, label=words,
                           confidence=0.5, rule=f"name ending in {head}"))  # fmt: skip
        craft = CRAFT_INSIDE.search(words) if kind == "GovernmentBody" else None
        if craft is not None and len(words[: craft.end()].split()) >= 2:
            # 'the Example Orbiter Mishap Investigation Board': the craft the board is named after
            found.append(Found(offset, offset + craft.end(), slug(words[: craft.end()]), new=True, type="Mission",
                               label=words[: craft.end()], confidence=0.5, rule=f"name ending in {craft.group(0)}"))  # fmt: skip
    dateline = DATELINE.match(sentence) if start == 0 or text[start - 1] == "\n" else None
    group = 1 if dateline and dateline.group(1) else 2
    label_of = _label_in_capitals(linker, dateline, start, names) if dateline and dateline.group(1) else None
    if label_of is not None:
        found.append(label_of)  # 'KENYA — …', 'AFRICAN UNION — …': a country or a body heading a paragraph
        dateline = None
    if dateline and (
        dateline.group(group) in linker.capitals
        or (dateline.group(group) not in names and dateline.group(group) not in linker.gazetteer)
    ):
        place = dateline.group(group).title()
        # 'LUXEMBOURG (Wire) -': the city, even where a country has the same name
        gazetteer_entry = linker.gazetteer.get(place, ("", ""))
        city = linker.capitals.get(place) or (gazetteer_entry[0] if gazetteer_entry[1] == "City" else slug(place))
        if (
            place not in linker.capitals
            and gazetteer_entry[1] != "City"
            and (city in linker.entities or place in names or gazetteer_entry[0])
        ):
            city = f"{city}-city"
        found.append(Found(start, start + dateline.end(group), city, new=city not in linker.entities, type="City", label=place,
                           confidence=0.6, rule="dateline"))  # fmt: skip
    for match in scan(NEWSPAPER, sentence) if any(w in sentence for w in NEWSPAPER_WORDS) else ():
        words = match.group(1)
        article = re.match(r"The\s+", words)  # (any spaces after it: a double or a no-break space)
        if words in names or (words.split()[-1] == words and not article):
            continue
        if article and match.start(1) == 0:
            words = words[
                article.end() :
            ]  # 'The Example Times said': the article opening a sentence may be only an article
        offset = start + match.end(1) - len(words)
        found.append(Found(offset, start + match.end(1), slug(re.sub(r"^The\s+", "", words)), new=True,
                           type="MediaOutlet", label=words, confidence=0.6, rule="newspaper"))  # fmt: skip
    for match in scan(POSTED_ON, sentence) if any(w in sentence for w in POSTED_WORDS) else ():
        network = match.group("word") or match.group("letter")
        part = "word" if match.group("word") else "letter"
        if network in names or network in linker.gazetteer or network in MONTHS or network in WEEKDAYS:
            continue  # 'wrote on Twitter' (a known name), 'posted on Monday'
        if network in NOT_NAMES:
            continue
        label = "X (social network)" if network == "X" else network
        found.append(Found(start + match.start(part), start + match.end(part), slug(label), new=True,
                           type="MediaOutlet", label=label, confidence=0.6, rule="social network posted on"))  # fmt: skip
    for match in scan(MINOR_PLANET, sentence):
        found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                           type="CelestialBody", label=match.group(1), confidence=0.6, rule="minor planet"))  # fmt: skip
    for match in scan(NUMBERED_ACT, sentence) if any(w in sentence for w in ACT_WORDS) else ():
        found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                           type="Document", label=match.group(1), confidence=0.6, rule="numbered act"))  # fmt: skip
    for match in scan(NUMBERED_RESOLUTION, sentence) if "esolution " in sentence or "/" in sentence else ():
        # a resolution cited by its number has been adopted, a document (guidelines); a draft says so, or its symbol
        # is an 'L.' one (types18)
        draft = match.group(0)[:1] in "Dd" or "L." in match.group(0)
        found.append(Found(start + match.start(), start + match.end(), slug(match.group(0)), new=True,
                           type="DraftResolution" if draft else "Document", label=match.group(0), confidence=0.6,
                           rule="numbered resolution"))  # fmt: skip
    for match in scan(NUMBERED_COMMITTEE, sentence) if "Committee" in sentence else ():
        found.append(Found(start + match.start(1), start + match.end(1), slug(match.group(1)), new=True,
                           type="InternationalOrgan", label=match.group(1), confidence=0.6, rule="numbered committee"))  # fmt: skip
    for match in [*scan(NUMBERED_MISSION, sentence), *scan(NUMBERED_MORE, sentence)] if "-" in sentence else ():
        if (
            match.group(1) not in names
            and not YEARLIKE.search(match.group(1))
            and match.group(1).split("-")[0] not in MONTHS
        ):
            name, begin = _with_words_before(sentence, match.group(1), match.start(1), names)
            found.append(Found(start + begin, start + match.end(1), slug(name), new=True,
                               type=_craft_or_rocket(sentence, match.end(1), name), label=name, confidence=0.5,
                               rule="numbered name"))  # fmt: skip
    for match in scan(NATIONAL_PROGRAMME, sentence) if "program" in sentence else ():
        if linker.nationality(match.group(1)):
            # 'the Examplian lunar landing programme': a country's programme known by its description (the
            # adjective a mention of the country of its own; types19)
            label = match.group(2)
            found.append(Found(start + match.start(2), start + match.end(2), slug(label), new=True, type="Program",
                               label=label, confidence=0.5, rule="a country's programme by its description"))  # fmt: skip
    for match in scan(COUNTRY_DESIGNATION, sentence) if "USA" in sentence or "UK-" in sentence else ():
        code = match.group(1)
        tail = code[code.index("-") + 1 :] if "-" in code else ""
        if code in names or YEARLIKE.search(code) or tail in names or tail in linker.gazetteer:
            continue  # ('the UK-EU deal': two names joined; 'USA 2026': a year)
        found.append(Found(start + match.start(1), start + match.end(1), slug(code), new=True, type="Mission",
                           label=code, confidence=0.5, rule="a country's satellite designation"))  # fmt: skip
    # 'the UN-Example programme': a hyphenated name opening with a known acronym is not the acronym's body (names24)
    taken = {(f.start, f.end) for f in found}
    found += [f for f in acronym_compounds(linker, text, start, end, names) if (f.start, f.end) not in taken]
    found += branch_names(linker, text, start, end, names)  # 'Example Corp Europe', 'the Air Force Reserve'
    for match in scan(HEAD_BEFORE, sentence) if any(h in sentence for h in HEAD_BEFORE_WORDS) else ():
        words = trim(match.group(0))
        if words in names:
            continue
        kind = "Place" if match.group("place") else "Program" if match.group("program") else "Mission"
        apposed = KIND_OF.match(sentence[match.end() :]) if sentence.startswith(",", match.end()) else None
        if (kind == "Program" and apposed is not None and apposed.lastgroup in ("Facility", "Mission", "Organization")
                and not UNDERTAKING_END.search(apposed.group(0))):  # fmt: skip
            # 'Project Example, a network of 3,000 satellites': the apposition's class ('Project Example, a private
            # venture to fly …': an undertaking, the project its head word says; types19)
            kind = apposed.lastgroup
        found.append(Found(start + match.start(), start + match.start() + len(words), slug(words), new=True, type=kind,
                           label=words, confidence=0.5, rule="head word before the name"))  # fmt: skip
    for match in scan(LANDFORM, sentence) if any(w in sentence for w in LANDFORM_WORDS) else ():
        words = LEADING_WORD.sub("", match.group(1))
        words = POSSESSOR.sub("", words)  # "the Moon's Example basin": the basin, not the Moon
        if not words or words.split()[0] in MONTHS or words in names:
            continue
        offset = start + match.start(1) + match.group(1).find(words)
        found.append(Found(offset, offset + len(words), slug(words), new=True, type="Place", label=words,
                           confidence=0.6, rule="name before a landform"))  # fmt: skip
    for match in scan(ARTICLE, sentence) if any(w in sentence for w in ARTICLE_WORDS) else ():
        found.append(Found(start + match.start(), start + match.end(), slug(match.group(0)), new=True, type="Document",
                           label=match.group(0), confidence=0.5, rule="numbered article"))  # fmt: skip
    found += authored_texts(text, start, end, names)
    for match in scan(DESCRIBED_DOCUMENT, sentence):
        if RECURRING_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # ('to file an annual declaration on their policies': a kind of filing, not one document)
        found.append(described_document(linker, match, start, names))
    for match in scan(PARTICIPLE_DOCUMENT, sentence) if "ing " in sentence else ():
        if not INDEFINITE_NOUN_PHRASE.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # 'the resolution calling for …': most often one the text has named
        kind = match.group(2).lower()
        head = match.group(1)
        what = TRAILING_DATE.sub("", match.group(5))  # ('banning weapons in orbit in 2020': the date is no part)
        label = f"{head} {match.group(4)} {what}"
        found.append(Found(start + match.start(1), start + match.end(1), slug(label), new=True,
                           type=PARTICIPLE_KINDS.get(kind, "Document"), label=label[:1].upper() + label[1:],
                           confidence=0.5, rule="document described by what it does"))  # fmt: skip
    for match in (
        scan(SIGNED_DESCRIPTION, sentence) if "sign" in sentence or "struck" in sentence or "conclu" in sentence else ()
    ):
        # 'NASA and Roscosmos signed an integrated crew agreement': a new document by its description.
        description = match.group("doc")
        if description in names:
            continue
        kind = next(
            (k for k in ("memorandum", "agreement", "accord") if k in description),
            "agreement",
        )
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(description), new=True,
                           type=DOCUMENT_KINDS[kind], label=description[:1].upper() + description[1:],
                           confidence=0.5, rule="document description"))  # fmt: skip
    for match in scan(SIGNED_ON_TOPIC, sentence) if "sign" in sentence or "conclu" in sentence else ():
        # 'signed an agreement in August 2021 on a virtual constellation of …': a new document by its topic, with
        # the date or the place between them (the noun alone is the mention: the topic may hold names; bodies23).
        if not match.group("when").strip():
            continue  # ('signed an agreement on X': the document described by DESCRIBED_DOCUMENT above)
        kind = match.group("doc").split()[0].lower()
        label = f"{kind[:1].upper()}{kind[1:]} on {match.group('about')}"
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(label), new=True,
                           type=DOCUMENT_KINDS[kind], label=label, confidence=0.5, rule="document by its topic"))  # fmt: skip
    for match in scan(NAMED_LOWER_DOCUMENT, sentence) if any(w in sentence for w in DATED_DOCUMENT_WORDS) else ():
        # 'the Gateway treaty that Canada signed', 'signed the APSCO convention': a document of the body or
        # programme named (not a country's or a person's: 'the Canada agreement' stays the country's name).
        known = names.get(match.group("name"))
        entity = linker.entities.get(known[0]) if known else None
        if known is None or (entity is not None and ({"Person", "Country"} & set(linker.classes(entity)))):
            continue
        description = match.group("doc")
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(description), new=True,
                           type=DOCUMENT_KINDS[match.group("kind")], label=description, confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in scan(DATED_DOCUMENT, sentence) if any(w in sentence for w in DATED_DOCUMENT_WORDS) else ():
        if match.group(1) is None and not INDEFINITE_BEFORE.search(sentence, max(0, match.start() - 4), match.start()):
            continue  # 'the treaty of 1967': a document the text has named, not a new one
        if PREDICATE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) or (
            OPENS.match(sentence[: match.start()]) and TERM_BEFORE.search(text, max(0, start - 80), start)
        ):
            continue  # '… is a treaty of 1979', 'Example Agreement. A treaty of 1979, …': what a named one is
        description = match.group(0)
        label = description[:1].upper() + description[1:]
        found.append(Found(start + match.start(), start + match.end(), slug(description), new=True,
                           type=DOCUMENT_KINDS[match.group(2)], label=label, confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in PLACED_DOCUMENT.finditer(sentence) if any(w in sentence for w in DATED_DOCUMENT_WORDS) else ():
        if DATED_DOCUMENT.match(sentence, match.start("kind")):
            continue  # ('a treaty signed in 1967': read above, with its date)
        label = match["kind"] + match["where"].lstrip(",")
        found.append(Found(start + match.start("kind"), start + match.end("kind"), slug(label), new=True,
                           type=DOCUMENT_KINDS.get(match["kind"], "Document"), label=label[:1].upper() + label[1:],
                           confidence=0.5, rule="document description"))  # fmt: skip
    for match in scan(TITLED_PERSON, sentence):
        person, at = trim(match.group(1)), match.start(1)
        title_word = next((w for w in reversed(person.split()[:-1]) if w in TITLE_WORDS), None)
        if title_word is not None:
            # 'Chief Cabinet Secretary Jane Example': the title goes on, the name comes after its last word
            after = match.start(1) + person.rindex(title_word) + len(title_word)
            named = NAME_AFTER_TITLE.match(sentence, after)
            if named is None:
                continue
            person, at = trim(named.group(1)), named.start(1)
        if person.split()[0] in MONTHS or POSSESSIVE_WORD.search(person):
            continue  # "the General Assembly's First Committee" names no general
        if person.split()[-1] in NOT_SURNAMES or person.split()[-1] in COMMON_LAST_WORDS:
            continue  # 'Director of Earth Observation Programmes': the rest of the office, no person
        found.append(
            Found(
                start + at,
                start + at + len(person),
                slug(person),
                new=True,
                type="Person",
                label=person,
                confidence=0.7,
                rule="titled person",
            )
        )
    has_head = search(HEAD_WORD, sentence) is not None
    for match in scan(NAME_WITH_HEAD, sentence) if has_head else ():
        words = POSSESSOR.sub("", LEADING_WORD.sub("", match.group(1)))  # "X's Example Council": the council
        if PLURAL_POSSESSOR.match(words) and OF_A_NAME_BEFORE.search(
            sentence, max(0, match.start(1) - 60), match.start(1)
        ):
            # "the Academy of Sciences' Example Institute": the possessive closes the name before
            words = PLURAL_POSSESSOR.sub("", words)
        opening = words.split()[0]
        if "-" in opening and all(linker.nationality(part) for part in opening.split("-")):
            # 'the Examplian-Russian Example Station': the countries' adjectives are mentions of their own
            words = words[len(opening) :].lstrip()
            if words in names:
                continue  # the known name is found as it is
        if len(words.split()) < 2:
            continue
        head = words.split()[-1]
        offset = start + match.start(1) + match.group(1).find(words)
        first, _, rest = words.partition(" ")
        if first in names and rest in names and " " in rest:
            # 'the UNEX First Committee': a known name after the known name of its parent is the known body
            found.append(Found(offset, offset + len(words), names[rest][0], confidence=0.6,
                               rule="known name after its parent's"))  # fmt: skip
            continue
        words += _tail(sentence, match.end(1), head)
        number = NUMBERED_NEXT.match(sentence, offset - start + len(words)) if head == "Mission" else None
        if head == "Resolution":  # 'the Example Council Resolution 1718', 'Resolution 76/231': its number
            number = RESOLUTION_NUMBER.match(sentence, offset - start + len(words))
        if number and not MEASURE_AFTER.match(sentence, number.end()):
            words += number.group(0)  # 'Example-R Mission 1': a series' flight keeps its number (not '… 10 years')
        kind = refine(words, HEADS[head])
        after = offset - start + len(words)
        apposed = KIND_OF.match(sentence[after:]) if kind == "Document" and sentence.startswith(",", after) else None
        if apposed is not None and apposed.lastgroup == "Treaty":
            kind = "Treaty"  # ('The Example Accord, the treaty that governs …': the apposition names the class)
        found.append(
            Found(
                offset,
                offset + len(words),
                slug(words),
                new=True,
                type=kind,
                label=words,
                confidence=0.6,
                rule=f"name ending in {head}",
            )
        )
    for match in scan(NAME_AND_HEAD, sentence) if (has_head or " Act" in sentence) and " and " in sentence else ():
        words = POSSESSOR.sub("", LEADING_WORD.sub("", match.group(1)))  # "X's Example and Tarvo Center": the centre
        left = words.split(" and ")[0].split()
        listed = sentence[: match.start(1)].rstrip().endswith(",")
        # a field's word before 'and' after 'the' opens the name too ('the Air and Space Force'; 'the Example and
        # Tarvo Agency' may be two bodies)
        one_word = len(left) == 1 and left[0] in FIELD_WORDS and THE_BEFORE_NAME.search(sentence, 0, match.start(1))
        if ((len(left) < 2 and not one_word) or listed or " ".join(left) in names
                or any(w in names or w in linker.gazetteer for w in left)):  # fmt: skip
            continue  # 'Roscosmos and China National Space Administration', 'Tomy, Sony and X University': two names
        if left[-1] == words.split()[-1]:
            continue  # 'Tohoku University and Hokkaido University': two names with the same head word (relations15)
        offset = start + match.start(1) + match.group(1).find(words)
        head = words.split()[-1]
        words += _tail(sentence, match.end(1), head)
        found.append(Found(offset, offset + len(words), slug(words), new=True, label=words, confidence=0.5,
                           type=refine(words, HEADS.get(head) or MORE_HEADS[head]), rule=f"name ending in {head}"))  # fmt: skip
    for match in scan(ADJECTIVES_AND_HEAD, sentence) if " and " in sentence else ():
        words, head = match.group(1), match.group(1).split()[-1]
        if words in names or words.split()[0] in names or words.split()[0] in linker.gazetteer:
            continue
        offset = start + match.start(1)
        found.append(Found(offset, offset + len(words), slug(words), new=True, label=words, confidence=0.5,
                           type=refine(words, HEADS.get(head) or MORE_HEADS[head]), rule=f"name ending in {head}"))  # fmt: skip
    # 'an amendment put forward by X', 'a 1973 agreement between A and B' (not where a participle already says what
    # the text does: 'a draft resolution, tabled by A, calling on states to stop' keeps that description)
    described = [d for d in described_documents(text, start, end, names)
                 if not any(f.start < d.end and d.start < f.end and f.rule == "document described by what it does"
                            for f in found)]  # fmt: skip
    found += described
    if any(f"{head} of " in sentence or f"{head} for " in sentence for head in PLURAL_HEADS):
        shared = shared_heads(linker, text, start, end, names)
        if shared:
            # ('the Departments of Commerce, …': no one body named 'Departments of Commerce')
            heads = [(start + m.start(), start + m.end()) for m in scan(SHARED_HEAD, sentence)]
            found = [f for f in found if not any(low <= f.start < high for low, high in heads)] + shared
    return found


# A state that an earlier one's capital stood for until a year: the capital acting in a sentence dated before it
# ('Moscow did not pay: in a protocol signed in 1981 …'), in a text that names the earlier state.
PREDECESSORS = {"russia": ("soviet-union", 1992, re.compile(r"\b(?:Soviet|USSR|U\.S\.S\.R\.)"))}
YEAR = re.compile(r"(?<![\w/.-])(1[89]\d\d|20\d\d)(?![\w/-])")


def _state_of_the_time(entity: str, text: str, start: int, end: int) -> str | None:
    """The earlier state a capital stands for in a sentence whose years all come before the later state began."""
    if entity not in PREDECESSORS:
        return None
    earlier, until, named = PREDECESSORS[entity]
    years = [int(y) for y in YEAR.findall(text, start, end)]
    if years and max(years) < until and named.search(text):
        return earlier
    return None


PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|becomes?|became|remains?|remained)\s+(?:an?\s+)?(?:[a-z]{3,}\s+)?$"
)
# A term defined in a glossary's line: 'Example Agreement. A treaty of 1979, …'.
OPENS = re.compile(r"\s*(?:[Aa]n?\s+)?(?:[a-z]{3,}\s+)?$")
TERM_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,5}\.[ \t]*$")
FIELD_WORDS = {"Air", "Aeronautics", "Aerospace", "Research", "Science", "Sciences", "Technology", "Defence",
               "Defense", "Security", "Land", "Sea", "Trade", "Industry", "Energy", "Education", "Innovation",
               "Development", "Arms", "Economic", "Scientific", "Technical", "Transport", "Communications"}  # fmt: skip
THE_BEFORE_NAME = re.compile(r"\bthe\s+$")
INDEFINITE_BEFORE = re.compile(r"(?:^|\b)[Aa]n?\s+$")
# 'under a convention signed in London in 1962', 'an agreement concluded at Exampleton': a document without a
# name, known by where it was signed; the noun is its mention (a later 'the convention' stands for it; documents22).
PLACED_DOCUMENT = re.compile(
    r"\b[Aa]n?\s+(?:[a-z]{3,}\s+)?(?P<kind>treaty|convention|agreement|accord|charter)"
    r"(?=(?P<where>,?\s+(?:signed|concluded|agreed)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b)"
)
LABEL_DASH = re.compile(r"\s+[—–]\s")


def _label_in_capitals(linker: Linker, dateline: re.Match[str], start: int, names: dict[str, Any]) -> Found | None:
    """A name in capitals opening a line ('KENYA —', 'AFRICAN UNION —') that the graph or the gazetteer knows as
    something other than a city: that entity (a capital is left to the dateline: 'LUXEMBOURG (Wire) -')."""
    words = dateline.group(1)
    name = words.title()
    if name in linker.capitals or words in names or not LABEL_DASH.match(dateline.string, dateline.end(1)):
        return None  # ('LUXEMBOURG (Wire) -', 'LUXEMBOURG, 3 May -': a dateline's agency or date, the city)
    end = start + dateline.end(1)
    known = names.get(name)
    entry = linker.gazetteer.get(name)
    if known is not None:
        return Found(start, end, known[0], confidence=0.6, rule="name in capitals")
    if entry is None or entry[1] == "City":
        return None
    return Found(start, end, entry[0], new=entry[0] not in linker.entities, type=entry[1], label=name,
                 confidence=0.6, rule="name in capitals")  # fmt: skip


# Head words whose name goes on with 'of' besides the head-first ones: 'Court of …', 'International Day of Human
# Space Flight', 'International Year of …', 'Workers' Party of Example'.
OF_AFTER_HEADS = {
    "Court",
    "Day",
    "Year",
    "Decade",
    "Party",
    "Code",
}  # ('Example Code of Conduct': types18)
PLURAL_POSSESSOR = re.compile(r"^[A-Z][\w-]*s['’]\s+")
OF_A_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+of\s+$")
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])(?=\s|$)")


def before_possessive(name: str) -> str:
    """ "the Academy of Sciences' Example Institute", "the University of Examplia's team": a name ends at a
    possessive, and another name (or none) follows it."""
    possessive = POSSESSIVE_END.search(name)
    if possessive is None:
        return name
    rest = name[possessive.end() :].strip()
    if rest and head_kind(rest) is None:
        return name  # "the Department of Veterans' Affairs": a plural's possessive inside the name
    return name[: possessive.start() + 1 if possessive.group(0).startswith("s") else possessive.start()]


ACT_OF_YEAR = re.compile(r"\s+of\s+(?:1[89]|20)\d\d(?![\w-])")


HEAD_RUN = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|the)\s+)*)*[A-Z][\w’'-]*$")


def _acronym_goes_on(sentence: str, end: int, tail: re.Match[str]) -> bool:
    """'the Example Committee on Global Examples (ECG)': the acronym spells more than the words up to the
    head, and its next letter is the tail's first capital: the name goes on to the acronym."""
    acronym = ACRONYM_AFTER.match(sentence, tail.end())
    run = HEAD_RUN.search(sentence, max(0, end - 120), end)
    if acronym is None or run is None:
        return False
    letters = acronym.group(0).strip(" ()")
    initials = "".join(w[0] for w in run.group(0).split() if w[:1].isupper() and w != "The")
    first = next((w for w in tail.group(0).split() if w[:1].isupper()), "")
    return len(letters) > len(initials) and letters.startswith(initials + first[:1])


# One capitalised word right after a school's head word, the clause going on in small letters or ending: the town
# in the school's name ('Example College London'; not 'Example College Professor Jane Doe'; types19).
SCHOOL_TOWN = re.compile(r"[^\S\n]+([A-Z][a-z]{2,})(?=[^\S\n]+[a-z]|[.,;:)]|$)")


def _tail(sentence: str, end: int, head: str) -> str:
    """The rest of a name after its head word: 'of …' after a head that comes first elsewhere ('Institute of
    Technology'), 'on …'/'for …' after a body's or a document's head ('Working Group on Example Threats');
    not a weekday, a month or a possessive; an act's year ('Example Act of 2015')."""
    if head == "Act":
        year = ACT_OF_YEAR.match(sentence, end)
        return year.group(0) if year else ""
    if head in ("College", "University"):
        town = SCHOOL_TOWN.match(sentence, end)  # 'Example College London': the town is the school's name's
        if town is not None and town.group(1) not in WEEKDAYS and town.group(1) not in MONTHS:
            return town.group(0)
    tail = OF_TAIL.match(sentence, end) if head in HEAD_FIRST or head in OF_AFTER_HEADS else None
    if tail is None and head in TAKES_ON and (" on " in sentence[end : end + 4] or " for " in sentence[end : end + 5]):
        tail = ON_TAIL.match(sentence, end)
    if tail is None and head == "Mission":
        tail = MISSION_TAIL.match(sentence, end)
    if tail is None or (ACRONYM_AFTER.match(sentence, tail.end()) and not _acronym_goes_on(sentence, end, tail)):
        return ""  # '… Working Group on Example Threats (OEWG)': the acronym's definition says where the name ends
    if POSSESSIVE_END.search(tail.group(0)):
        return before_possessive(tail.group(0))
    # ('… Agreement on Monday.': a name's letters may take a full stop, a weekday's never does; documents18)
    first = tail.group(0).split()[2 if tail.group(0).split()[1] == "the" else 1].rstrip(".")
    if first in MONTHS or first in WEEKDAYS or first in NOT_A_TAIL or any(c.isdigit() for c in first):
        return ""  # ('the Example Center on EX-1': a flight's number after 'on' is where, not what, the centre is)
    # 'the Conference on Disarmament on Tuesday', '… for Outer Space in March': a day or a month after a
    # preposition is when, not part of the name (precision16)
    when = TIME_AFTER_PREPOSITION.search(tail.group(0))
    kept = tail.group(0)[: when.start()] if when else tail.group(0)
    return trim(kept) if kept.strip() else ""


def _with_words_before(sentence: str, name: str, at: int, names: dict[str, Any]) -> tuple[str, int]:
    """'Example Policy Directive-3', 'Example Satellite-1': the capitalised words before a numbered head word
    belong to its name (not a known name, a function word or a month)."""
    if name.split("-")[0] not in MORE_HEADS and name.split("-")[0] not in HEADS:
        return name, at
    words: list[str] = []
    while len(words) < 3:
        word = CAPITALISED_BEFORE.search(sentence, max(0, at - 40), at)
        if word is None or POSSESSIVE_WORD.search(word.group(1)) or word.group(1) in names:
            break
        words.insert(0, word.group(1))
        at = word.start(1)
    while words and (words[0] in MONTHS or words[0] in WEEKDAYS or LEADING_WORD.fullmatch(words[0] + " ")):
        at += len(words.pop(0))
        at += len(sentence[at:]) - len(sentence[at:].lstrip())
    return " ".join([*words, name]), at


# A numbered part of a named document ('Action 56 of the Pact', 'Goal 4 of the Example Agenda'; names20).
PART_OF_A_DOCUMENT = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|that\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|the)\s+)*){0,5}"
    r"(?:Pact|Treaty|Agreement|Convention|Charter|Declaration|Agenda|Act|Protocol|Accord|Plan|Strategy|Guidelines)\b"
)
# Craft listed after their plural noun ('two Soviet probes, Example 1 and Example 2'; names20).
CRAFT_LIST_BEFORE = re.compile(
    r"\b(?:probes|landers|rovers|orbiters|spacecraft|satellites|capsules|telescopes),?\s+"
    r"(?:[A-Z][\w’'-]*(?:[\s-]\d{1,3}[A-Za-z]?)?(?:,\s+|,?\s+(?:and|or)\s+))*$"
)


def _craft_or_rocket(sentence: str, end: int, name: str = "") -> str:
    """A numbered name is a mission, or a launcher type (a program) before 'rocket' ('a Falcon 9 rocket') or of
    a known launcher family or after 'rocket' ('the carrier rocket Example-1'), or a station's module ('its first
    module, Example-1'), or what its head word says ('Example Launch Complex 39B': a facility)."""
    words = name.split()
    base = words[-1].split("-")[0] if "-" in words[-1] or len(words) == 1 else words[-2]
    if base in MORE_HEADS and MORE_HEADS[base] not in ("Mission", "Program"):
        return MORE_HEADS[base]
    if HEADS.get(base) == "Facility":
        return "Facility"  # 'Site 31', 'Example Centre 2'
    if f"{base} " in ACT_WORDS:
        return "Document"  # 'Decree 4410'
    if (MEETING_AFTER.match(sentence[end : end + 40]) or meeting_by_deed(name, sentence[end : end + 80])
            or MEETING_LIST_BEFORE.search(sentence, max(0, end - len(name) - 120), end - len(name))):  # fmt: skip
        return "Meeting"  # 'the EXAMPLE III conference', 'EXAMPLE II met in …', 'the conferences, A and B'
    if PART_OF_A_DOCUMENT.match(sentence, end):
        return "Document"  # 'Action 56 of the Pact', 'Goal 4 of the Example Agenda': a document's numbered part
    if not ROCKET_AFTER.match(sentence[end : end + 40]) and CRAFT_LIST_BEFORE.search(
        sentence, max(0, end - len(name) - 80), end - len(name)
    ):
        return "Mission"  # 'two probes, Example 1 and Example 2': craft, even of a launcher family's name
    if (ROCKET_AFTER.match(sentence[end : end + 40]) or MISSILE_AFTER.match(sentence[end : end + 40])
            or name.startswith(LAUNCHER_FAMILIES)
            or ROCKET_BEFORE.search(sentence, max(0, end - len(name) - 30), end - len(name))):  # fmt: skip
        return "Program"
    if MODULE_BEFORE.search(sentence, max(0, end - len(name) - 40), end - len(name)):
        return "Station"
    if STATION_AFTER.match(sentence[end : end + 40]):
        return "Station"  # 'the Example 6 station', 'the Example 2 space station' (types18)
    return "Mission"


# 'a draft resolution, tabled by A and B, calling on states not to …', 'an amendment extending the ban to …': a
# document without a name, known by what it does (a participle after it, past a 'by' apposition).
PARTICIPLE_DOCUMENT = re.compile(
    r"\b((?:draft\s+)?(resolution|treaty|agreement|declaration|convention|amendment|proposal|moratorium|bill|"
    r"(?<=draft\s)text))(,\s+(?:tabled|sponsored|co-sponsored|drafted|proposed|put\s+forward|submitted|introduced|"
    r"backed|written)\s+by\s+[^,;.]{2,80},)?\s+(calling\s+(?:on|for)|urging|banning|prohibiting|requiring|condemning|"
    r"demanding|establishing|extending|allowing|limiting|restricting|barring|creating|setting\s+up)\s+"
    r"([^,.;:()“”\"]{3,100}?)(?=\s*(?:[,.;:()“”\"]|$|\b(?:which|that|and\s+(?:the|a|an|its|was|were|is))\b))"
)
TRAILING_DATE = re.compile(
    r"\s+(?:in|on|since|by)\s+(?:(?:early|late|mid-)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b.*|(?:19|20)\d\d\b.*)$"
)
PARTICIPLE_KINDS = {"resolution": "DraftResolution", "treaty": "Treaty", "convention": "Treaty", "amendment": "Proposal",
                    "proposal": "Proposal", "text": "DraftResolution"}  # fmt: skip
# An indefinite noun phrase opening before a document's noun: 'a', 'an', 'another', 'a similar', 'a new draft'.
INDEFINITE_NOUN_PHRASE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){0,2}$")


# 'an annual declaration', 'yearly reports', 'a regular statement': a filing that recurs, not one text (documents18).
RECURRING_BEFORE = re.compile(r"\b(?:annual|yearly|monthly|quarterly|weekly|periodic|regular)\s+$", re.IGNORECASE)


def described_document(linker: Linker, match: re.Match[str], start: int, names: dict[str, Any]) -> Found:
    """A known document when its kind and what it is about match one the
    graph has ('memorandum … on the International Lunar Research Station');
    otherwise a new one labelled by its description."""
    kind = match.group(2)
    about = match.group(3)
    place = DESCRIPTION_PLACE.search(about)  # 'on debris in the UN General Assembly' is about debris
    about = about[: place.start()] if place else about
    topics = {entity for name, (entity, _, _) in names.items() if len(name) > 2 and name in about}
    for entity in linker.entities.values():
        if kind not in entity.label.lower() or "Document" not in linker.classes(entity):
            continue
        if any(name in entity.label for topic in topics for name in linker.names_of(topic)):
            return Found(start + match.start(1), start + match.end(1), entity.id, confidence=0.6,
                         rule="document by kind and topic")  # fmt: skip
    description = match.group(0)[: match.start(3) - match.start() + len(about)]
    label = description[:1].upper() + description[1:]
    return Found(start + match.start(), start + match.start() + len(description), slug(description), new=True,
                 type=DOCUMENT_KINDS[kind], label=label, confidence=0.5, rule="document description")  # fmt: skip


# 'signed an agreement in August 2021 on a virtual constellation', 'concluded a treaty in Moscow on X': a document
# without a name, known by its topic after the time or the place of its signing (bodies23).
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
SIGNED_ON_TOPIC = re.compile(
    r"\b(?:signed|signs|sign|signing|concluded|concludes)\s+(?:an?|a\s+new|one)\s+"
    r"(?P<doc>agreement|accord|memorandum(?:\s+of\s+understanding)?|treaty|convention|protocol)"
    rf"(?P<when>(?:\s+(?:in|on)\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},\s+)?)?(?:19|20)\d\d)?"
    r"(?:\s+(?:in|at)\s+[A-Z][a-z]+)?)"
    r"\s+(?:on|about|covering)\s+(?P<about>(?:the|a|an|its|their|joint|common)\s+[^,.;:()]{3,80}?)"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:which|that|with|and|but|to|under|for)\b)"
)
# A capitalised word after a place name that makes them one longer name (not a title or a role after it).
PART_OF_A_NAME = re.compile(
    r"\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?<!Prime)(?<!President)(?<!Minister)(?<!Foreign)(?<!Defence)(?<!Defense)(?<!Ambassador)"
    # a title after a country's word is a role, not part of a name ('Examplian Premier Jane Doe')
    r"(?<!Premier)(?<!Chancellor)(?<!Secretary)(?<!Envoy)(?<!Senator)(?<!Governor)(?<!Cosmonaut)(?<!Astronaut)"
    r"(?<!Leader)(?<!Consul)\b(?![-'’])"
)
# A company's trade word after its short name ('Example Communications', 'Example Group'; a legal form stays out
# of a known company's mention: 'Airbus SE').
TRADE_TAIL = re.compile(r"(?:[^\S\n]+(?:Communications|Group|Holdings))+(?![\w’'-]|[^\S\n]+[A-Z])")
CRAFT_NOUN_NEXT = re.compile(r"\s+(?:lander|rover|probe|spacecraft|orbiter|satellite|space\s+telescope|capsule)s?\b")
MEASURE_AFTER = re.compile(
    r"\s*(?:years?|days?|months?|weeks?|hours?|minutes?|km|kilomet(?:re|er)s?|kg|tonnes?|tons?|per\s*cent|percent|%|"
    r"million|billion|astronauts|people|satellites)\b"
)
NUMBERED_NEXT = re.compile(r"\s\d{1,3}[a-zA-Z]?(?![\w’'-])")
RESOLUTION_NUMBER = re.compile(r"\s\d{1,4}(?:/\d{1,4})?(?![\w’'/-])")
LOCATIVE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|near|outside|visited|(?:arrived|based|held|signed|met|talks|headquartered)\s+in|"
    r"(?:visit|trip|travel(?:l?ed)?|flew|came|went|returned|moved)\s+to|"
    # 'sent him to Brussels', 'posted to Paris': where one is sent
    r"(?:sent|posted|moved|transferred|dispatched)\s+(?:him|her|them|us|me)\s+to|posted\s+to|"
    # 'a statement from Tokyo', 'by teleconference from Washington': where one speaks from
    r"(?:statement|teleconference|video\s+link|broadcast|briefing|speaking|spoke|reporting)\s+from)\s+$"
)


REGION_BEFORE = re.compile(r"\b(?:Latin|South|North|Central|(?P<half>East|West))\s+$")
REGION_BEFORE = lead(REGION_BEFORE)  # the same matches, found faster (literals.lead)
# Short names that are also common abbreviations: a name only after 'the' and before no noun.
AMBIGUOUS = {"RF"}
NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|nor|will|would|could|can|may|might|must|should|did|also|then|which|that|who|at|in|on|to|for|of|"
    r"with|by|from|as|but|not|never|first|later|alone|delegation|delegate|government|side|authorities|officials|"
    r"representative|envoy|ambassador|mission|proposal|draft|position|leadership|said|told|put|made|took|set|held|"
    r"sent|won|lost|led|left|gave|saw|kept|began|became|came|ran|met|wrote|spoke|got|had|did|was|were)\b)"
    r"[a-z]+(?<!ed)(?<!s)\b"
)
# 'the Vienna forum', 'the Geneva talks': a capital before a noun is the city (not 'the Beijing government').
PLACE_MODIFIER = re.compile(
    r"\s+(?!(?:government|leadership|regime|administration|authorities|officials|side|delegation|and|or|has|had|"
    r"is|was|will|would|could|can|may|might|must|should|does|did)\b)[a-z]+\b"
)


# After 'a'/'an', a nationality adjective followed by no noun is a person ('an Examplian should', 'an Examplian.').
NO_NOUN_AFTER = re.compile(
    r"(?:\s+(?:should|will|would|could|can|may|might|must|has|had|is|was|who|to|in|on|at|of|for|and|or)\b|\s*[,.;:!?\"”’)])"
)


def _a_person_of(text: str, at: int, until: int) -> bool:
    """'non-Examplian', or 'a'/'an' before a nationality adjective and no noun after it: a person or a thing of
    that country, not the country."""
    if text.endswith("non-", 0, at) or text.endswith("Non-", 0, at):
        return True
    return text.endswith((" an ", " a ", "An ", "A "), 0, at) and NO_NOUN_AFTER.match(text, until) is not None


# 'RF blocked consensus', 'the RF MFA': a verb in the past or a body's acronym after the short name.
VERB_OR_BODY_AFTER = re.compile(r"\s+(?:[a-z]+ed|has|had|was|is|will|would|said|says|vetoed|[A-Z]{2,6})\b")


def _used_as_a_name(text: str, at: int, until: int) -> bool:
    if VERB_OR_BODY_AFTER.match(text, until) and not text.endswith(("-", "/"), 0, at):
        return True
    return text.endswith(("the ", "The "), 0, at) and not NOUN_AFTER.match(text, until)


# 'Example City, November 22 (Wire) --': a dateline's city in title case.
DATED_AFTER = re.compile(rf",\s+(?:{'|'.join(MONTHS)})\s+\d{{1,2}}\s+\([A-Z][\w .-]*\)\s+[—–-]")
WORD_BEFORE = re.compile(r"(?<=[a-z,;(] )([A-Z][a-z]+)\s$")


def _after_a_name_word(
    text: str,
    start: int,
    at: int,
    until: int,
    names: dict[str, Any],
    gazetteer: dict[str, Any],
) -> bool:
    """A capitalised word (not a known name, not one opening a sentence) right before a one-word name that ends a
    run of capitalised words ('will build its Example Moon lander')."""
    before = WORD_BEFORE.search(text, max(start, at - 30), at)
    if (before is None or before.group(1) in names or before.group(1) in gazetteer or before.group(1) in NOT_NAMES
            or before.group(1).endswith("ing")):  # fmt: skip
        return False
    return not re.match(r"\s+[A-Z]", text[until : until + 2])


DASHED_BEFORE = re.compile(r"([A-Z][\w’'-]*)–$")
DASHED_AFTER = re.compile(r"–([A-Z][\w’'-]*)")


def _dashed_to_unknown(text: str, at: int, until: int, names: dict[str, Any], gazetteer: dict[str, Any]) -> bool:
    """A name joined by an en dash to a capitalised word that names nothing known ('Example–Mir')."""
    joined = None
    if at > 1 and text[at - 1] == "–":
        joined = DASHED_BEFORE.search(text, max(0, at - 30), at)
    elif text.startswith("–", until):
        joined = DASHED_AFTER.match(text, until)
    return joined is not None and joined.group(1) not in names and joined.group(1) not in gazetteer


# Classes an apposition gives a name the gazetteer knows as a place or a planet ('Example, the confectionery company').
APPOSED_OVER_GAZETTEER = ("Organization", "MediaOutlet", "Mission", "Program")
# Buildings that also stand for the body seated in them: 'at the White House' names the building (guidelines).
SEAT_BUILDINGS = {"White House", "Kremlin", "Pentagon", "Élysée", "Elysee", "Élysée Palace", "Downing Street", "Capitol",
                  "Blue House", "Zhongnanhai"}  # fmt: skip
LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _listed_after_a_city(text: str, at: int, until: int, found: list[Found]) -> bool:
    """'in Examplton, Exampleburg and Example City': a capital listed right after a city is a city too (after a
    comma only where the list goes on: not 'in Examplton, Exampleburg said')."""
    if not found or found[-1].type != "City" or (not found[-1].new and found[-1].rule != "capital as a place"):
        return False
    joined = LIST_JOIN.fullmatch(text, found[-1].end, at)
    return joined is not None and ("and" in joined.group(0) or LIST_GOES_ON.match(text, until) is not None)


LIST_GOES_ON = re.compile(r",?\s+and\s|,\s")


def _modifies_a_noun(text: str, at: int, until: int) -> bool:
    return text.endswith(("the ", "The "), 0, at) and PLACE_MODIFIER.match(text, until) is not None


# 'the United Example party': capitalised words after 'the' before a country's name, and 'party' after it.
WORDS_BEFORE_COUNTRY = re.compile(r"\b(?:the|a)\s+(?P<words>(?:[A-Z][a-z]+\s+){1,2})$")
PARTY_AFTER = re.compile(r"\s+party\b")


def known_names(
    linker: Linker,
    text: str,
    start: int,
    end: int,
    pattern: NamePattern,
    names: dict[str, Any],
    gazetteer: dict[str, tuple[str, str]],
    cache: dict[str, list[tuple[int, int, str, float, str]]],
) -> list[Found]:
    """Names the graph knows, and gazetteer places it does not know yet
    (``cache``: inner names of each name, kept across sentences)."""
    found: list[Found] = []
    headline = start == 0 and title_case(text[start:end])
    for match in pattern.finditer(text[start:end]):
        word = match.group(1)
        kind = gazetteer.get(word, ("", ""))[1]
        place = word in linker.capitals or kind in ("City", "Country", "Place")
        longer = PART_OF_A_NAME.match(text, start + match.end(1)) if place and " " not in word else None
        if longer and headline and word + longer.group(0) not in text[end:]:
            longer = None  # 'Examplia Launches First Satellite': in a headline in title case every word is capitalised
        if longer and kind == "Country" and NUMBERED_NEXT.match(text, longer.end()):
            longer = None  # 'the Examplian Example 3 lander': a country's adjective before a craft's numbered name
        if longer and kind == "Country" and DEMONYM_SHAPE.match(word) and CRAFT_NOUN_NEXT.match(text, longer.end()):
            longer = None  # 'the Examplian Tarvo probe': a country's adjective before a craft's name
        if longer and (kind != "Place" or longer.group(0).split("-")[0].strip() not in NOT_NAMES):
            # 'Sofia Example said', 'Paris Club', 'Arizona State University': a place name opening a longer name
            continue
        if (region := REGION_BEFORE.search(text, max(0, start + match.start(1) - 9), start + match.start(1))) and (
            linker.is_(Found(0, 0, names[word][0]), "Country") if word in names else gazetteer[word][1] == "Country"
        ):
            if region.group("half"):
                # 'West Germany', 'East Germany': a state of its own, not the country of today
                whole = text[region.start() : start + match.end(1)]
                found.append(Found(region.start(), start + match.end(1), slug(whole), new=True,
                                   type="Country", label=whole, confidence=0.6, rule="half of a country"))  # fmt: skip
            continue  # 'Latin America', 'North America': a region, not the country
        if (
            (kind == "Country" or (word in names and linker.is_(Found(0, 0, names[word][0]), "Country")))
            and PARTY_AFTER.match(text, start + match.end(1))
            and (
                opening := WORDS_BEFORE_COUNTRY.search(
                    text,
                    max(start, start + match.start(1) - 40),
                    start + match.start(1),
                )
            )
        ):
            # 'the United Example party': a party's name ending in a country's, not the country
            whole = text[opening.start("words") : start + match.end(1)]
            found.append(Found(opening.start("words"), start + match.end(1), slug(whole), new=True,
                               type="Organization", label=whole, confidence=0.6, rule="party named with a country"))  # fmt: skip
            continue
        if word in linker.company_words and re.match(
            r"\s+[A-Z]", text[start + match.end(1) : start + match.end(1) + 2]
        ):
            continue  # 'Example Mission 4': the company's short name opening a longer name
        if (
            kind == "CelestialBody" or (word in names and linker.is_(Found(0, 0, names[word][0]), "CelestialBody"))
        ) and (
            _after_a_name_word(
                text,
                start,
                start + match.start(1),
                start + match.end(1),
                names,
                gazetteer,
            )
        ):
            continue  # 'the Blue Moon lander': the last word of a name, not the body
        if _dashed_to_unknown(text, start + match.start(1), start + match.end(1), names, gazetteer):
            continue  # 'the Example–Mir programme': one name of two joined by an en dash, the other one unknown
        if kind == "CelestialBody" and text.startswith(
            (" observation", "-observation", " Observation", "-Observation"),
            start + match.end(1),
        ):
            continue  # 'Earth observation': a field of work, not the planet
        if DEMONYM_SHAPE.match(word) and _a_person_of(text, start + match.start(1), start + match.end(1)):
            continue  # 'an Examplian should walk on the Moon', 'the first non-Examplian': a person, not the country
        if word in AMBIGUOUS and not _used_as_a_name(text, start + match.start(1), start + match.end(1)):
            continue  # 'RF' the Russian Federation after 'the', not 'RF interference'
        if word in linker.capitals and (
            post := linker.post_named_by_city(text, start + match.start(1), start + match.end(1), word)
        ):
            found.append(post)  # 'the Example Embassy Examplton': one name
            continue
        if word in linker.capitals and (
            LOCATIVE.search(text, max(start, start + match.start(1) - 28), start + match.start(1))
            or linker.capital_is_a_place(text, start + match.start(1), start + match.end(1))
            or _listed_after_a_city(text, start + match.start(1), start + match.end(1), found)
            or text.startswith("-based", start + match.end(1))
            or _modifies_a_noun(text, start + match.start(1), start + match.end(1))
            or (
                text[start + match.start(1) - 1 : start + match.start(1)] in ("", "\n")
                and DATED_AFTER.match(text, start + match.end(1))
            )
        ):
            # 'signed in Washington': the city, not the country it stands for elsewhere.
            city = linker.capitals[word]
            found.append(Found(start + match.start(1), start + match.end(1), city, new=city not in linker.entities,
                               type="City", label=word, confidence=0.6, rule="capital as a place"))  # fmt: skip
            continue
        after = start + match.end(1)
        facility = FACILITY_AFTER.match(text[after : after + 40]) if kind in ("City", "Place") else None
        if facility and INDEFINITE_BEFORE.search(text, max(start, start + match.start(1) - 4), start + match.start(1)):
            facility = None  # 'an Arctic launch site', 'a Scottish spaceport': a description, no site's name
        if facility and word in gazetteer:
            # 'from the Example launch site': the site the place names (a place inside a facility's name)
            site = f"{word} {facility.group(0).strip()}"
            found.append(Found(start + match.start(1), start + match.end(1), slug(site), new=True, type="Facility",
                               label=site, confidence=0.6, rule="name before a craft noun"))  # fmt: skip
            continue
        if word in gazetteer:
            entity, kind = gazetteer[word]
            apposed = (
                KIND_OF.match(text[after : after + 100])
                if kind in ("CelestialBody", "City", "Place") and text.startswith(",", after)
                else None
            )
            if apposed is not None and apposed.lastgroup in APPOSED_OVER_GAZETTEER:
                # 'Example, the confectionery company': the class the apposition names wins over the place's or the
                # planet's name (types19)
                kind = apposed.lastgroup
                found.append(Found(start + match.start(1), after, slug(f"{word} {kind}"), new=True, type=kind,
                                   label=word, confidence=0.6, rule="class from an apposition or 'is a'"))  # fmt: skip
                continue
            if kind in ("Mission", "CelestialBody") and ROCKET_AFTER.match(text[after : after + 40]):
                # 'on an Example rocket': a launcher type, not one craft; 'the Europa rocket', 'a Titan rocket': a
                # rocket named after a moon or planet (a known body, 'the Moon rocket', is linked, not read here)
                kind = "Program"
            if (
                kind == "GovernmentBody"
                and word in SEAT_BUILDINGS
                and text.endswith(" at the ", 0, start + match.start(1))
            ):
                kind = "Facility"  # 'received the minister at the White House': the building, where it happens
            until = start + match.end(1)
            trade = TRADE_TAIL.match(text, until) if kind == "Organization" else None
            if trade is not None and trade.end() <= end and word + trade.group(0) not in names:
                until = trade.end()  # 'Example Communications', 'Example Group SA': the company's whole name
            found.append(Found(start + match.start(1), until, entity, new=True, type=kind,
                               label=linker.gazetteer_labels.get(entity, word), confidence=0.8, rule="gazetteer"))  # fmt: skip
            found += nested(word, start + match.start(1), names, cache)
            continue
        entity, confidence, rule = names[word]
        entity = linker.acting_capital(word, entity, text, start + match.end(1))  # 'Examplton says': its country
        if word in linker.capitals and (earlier := _state_of_the_time(entity, text, start, end)):
            found.append(Found(start + match.start(1), start + match.end(1), earlier, new=earlier not in linker.entities,
                               type="Country", label=linker.gazetteer_labels.get(earlier, word), confidence=0.6,
                               rule="capital for the state of its time"))  # fmt: skip
            continue
        found_at = Found(
            start + match.start(1),
            start + match.end(1),
            entity,
            confidence=confidence,
            rule=rule,
        )
        # 'the Artemis program': the kind word belongs to the program's name.
        suffix = PROGRAM_WORD.match(text, found_at.end) if linker.is_(found_at, "Program") else None
        if suffix and not names.get(word + suffix.group(0)):
            found_at.end = suffix.end()
        found.append(found_at)
        inner = nested(word, start + match.start(1), names, cache)
        if inner and any(linker.is_(found_at, c) for c in ("Facility", "MilitaryBase", "Station")):
            # 'High Wycombe' in 'RAF High Wycombe' is part of the base's name; in '… Base in High Wycombe' it is the place.
            inner = [m for m in inner if not linker.is_(m, "Place") or text.endswith(" in ", 0, m.start)]
        found += inner
    return found
