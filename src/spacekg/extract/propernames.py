"""New names without a cue word: capitalised phrases that no other rule
explains, typed by the grammar around them.

Runs after the other mention rules, on the parts of a sentence they left
uncovered, so a known or better-typed name always wins:

- a role before or after a name makes it a person (``Russia's ambassador,
  Vassily Nebenzia``; ``Its head, Yuri Borisov``; ``Jane Doe, a senior
  diplomat``), and so does a speech verb after it (``Jane Doe said``);
- a locative preposition makes it a place (``talks in Geneva``): a city;
- a craft noun after it makes it a mission (``the Vikram lander``);
- an acronym that is never spelled out (``OEWG``, ``JAXA``) is an organization;
- any other two- or three-word name is proposed as a person, with a low confidence.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacekg.core.resources import gazetteer_text
from spacekg.extract.base import Found, slug
from spacekg.extract.literals import lead, scan, search
from spacekg.extract.patterns import GENERIC, HEAD_FIRST, HEADS, MONTHS, TITLE

# A capitalised word (not its possessive 's), or an acronym.
# Letters beyond ASCII count ('Maranhão', 'Alcântara', 'Édouard').
# (and those of Latin Extended-A inside a name: 'Gezeravcı', 'Dvořák', 'Łukasz')
UP, LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"
# (a word with a number joined to it: 'Example4', 'Example19+', 'EX3', 'EX-IIA'; two words joined by an en dash:
# 'Example–Exemplo')
# 'EXA-J', 'EXD-d', 'EXAMPLE-REx': capitals joined by a hyphen to a short code (a craft's name, as a rule).
# (a digit may open it or follow the code after the hyphen: '1EXUN-PF', 'EXA-SAT1': a satellite's name; types18)
HYPHEN_CODE = r"\d?[A-Z]{2,8}-(?:[A-Z][A-Za-z]{0,3}\d{0,2}|[a-z]{1,2})"
WORD = (
    rf"(?:[{UP}][{LOW}]+(?:[A-Z][A-Za-z]*[a-z]*)+(?:-\d{{1,3}}[A-Z]?(?![\w-]))?|[A-Z]{{2,}}[a-z]+[A-Za-z]*"
    rf"|[{UP}][{LOW}]+(?:[-'’][{UP}{LOW}]+|–[{UP}][{LOW}]+)*(?<!['’]s)|[{UP}][{LOW}]+\d{{1,3}}\+?(?![\w-])"
    rf"|[A-Z]{{1,6}}\d{{1,3}}[A-Z]?(?![\w-])|[A-Z]{{1,6}}-(?:\d{{1,3}}|I{{1,3}}|IV|VI{{0,3}})[A-Z]{{0,2}}(?![\w-])"
    rf"|{HYPHEN_CODE}(?![\w-])|[A-Z]{{2,8}}[²³](?![\w-])|[A-Z]{{1,3}}&[A-Z]{{1,3}}(?![\w&-])|[A-Z]{{2,12}}s?|[A-Z]\.)"
)
# ("O'Hara", 'D’Souza': one capital, an apostrophe, then a capitalised word; people20)
WORD = WORD[:-1] + rf"|[{UP}]['’][{UP}][{LOW}]+)"
# Names with a number in them: 'Example4' (a flight or a craft, as a rule), 'EX-IIA' (a launcher's generation).
NUMBERED_WORD = re.compile(rf"[{UP}][{LOW}]+\d{{1,3}}\+?")
LAUNCHER_GENERATION = re.compile(r"[A-Z]{1,6}-(?:I{1,3}|IV|VI{0,3})[A-Z]{0,2}")
CODE_WORD = re.compile(r"[A-Z]{1,6}\d{1,3}[A-Z]?|[A-Z]{2,8}[²³]")  # (a superscript number too: 'EXA²')
# 'SpaceIL', 'OneWeb', 'ExoMars': capitals inside a word mark a name (a brand or a program) wherever it stands.
CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+[A-Za-z]*")
# A name may open with an initial without its full stop ('S Somanath').
INITIAL = r"[A-Z](?=\s+[A-Z][a-z])"
CONNECTOR = r"(?:of|de|des|du|da|das|do|dos|di|del|von|van|der|den|ter|bin|bint|ibn|al|el|le|la)"
# (a name stays on its line: 'Jane Example' over 'Examplton, Examplia' in a letter's signature)
PHRASE = re.compile(
    # (two particles may stand together in a person's name: 'Jane von der Example', 'Jane de la Example'; types18)
    rf"(?<![\w’'-])((?:{WORD}|{INITIAL})(?:[^\S\n]+(?:(?:{CONNECTOR}|&)[^\S\n]+(?:the[^\S\n]+)?){{0,2}}{WORD})*)(?![\w-])"
)
PHRASE = lead(PHRASE)  # the same matches, found faster (literals.lead)
CONNECTORS = {
    "of",
    "de",
    "des",
    "du",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "del",
    "von",
    "van",
    "der",
    "den",
    "ter",
    "bin",
    "bint",
    "ibn",
    "al",
    "el",
    "le",
    "la",
    "the",
}
# Honorifics stay outside a person's name ('Sheikh Jane Doe').
# (a ruler's title too: 'Pope Example XIV', 'Emperor Example IX'; typing22)
HONORIFICS = {"Sheikh", "Sheikha", "Emir", "Prince", "Princess", "Crown", "Sir", "Dame", "Lord", "Lady", "Rev", "Imam",
              "Pope", "Emperor", "Empress", "Tsar", "Czar",
              "Sultan", "Ayatollah"}  # fmt: skip
# Capitalised words that do not start a name: function words, weekdays, titles.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "By", "For", "With", "From", "To", "And", "But", "Or", "Nor", "While", "After",
    "Before", "Its", "His", "Her", "Their", "Our", "My", "Your", "This", "That", "These", "Those", "When", "Where",
    "Since", "During", "Under", "Over", "According", "Last", "Next", "Earlier", "Later", "Then", "Now", "Today",
    "Yesterday", "Tomorrow", "There", "Here", "One", "It", "He", "She", "They", "We", "I", "You", "If", "As", "Although", "Though", "Because",
    "Once", "Both", "Neither", "Either", "All", "Some", "Many", "Most", "Several", "Such", "Other", "Another", "Each",
    "Every", "No", "Not", "Yes", "So", "Also", "Still", "Yet", "However", "Meanwhile", "Instead", "Despite", "Without",
    "Asked", "Speaking", "Like", "Unlike", "Among", "Between", "Into", "Until", "Why", "What", "Who", "How", "Which",
    "About", "Across", "Around", "Through", "Within", "Beyond", "Against", "Amid", "Via", "Upon", "Toward", "Towards",
    "Nobody", "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Anybody", "Nothing", "Everything", "None",
    "Police", "See",
    # prepositions and participles opening a sentence before a name ('Alongside Jane Doe were …'; people21)
    "Alongside", "Beside", "Besides", "Joining", "Accompanying",
    # adverbs of degree before a number ('Only 17 states', 'Nearly 40 countries')
    "Only", "Just", "Nearly", "Almost", "Roughly", "Approximately", "Exactly", "Barely", "Fewer", "More", "Less",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Dr", "Prof",
    "President", "Minister", "Prime", "Secretary", "General", "Director", "Administrator", "Ambassador", "Chief",
    "Head", "Deputy", "Vice", "Senator", "Governor", "Chairman", "Commander", "Spokesperson", "Spokesman", "Premier",
    "Chancellor", "King", "Queen", "Foreign", "Defence", "Defense", "Space", "National", "International", "Lunar",
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third",
    "Western", "Eastern", "Northern", "Southern", "Outer", "Moon", "Earth", "Mars", "Sun", "Q", "AM", "PM",
    # auxiliaries opening a question ('Will Rosalind Franklin fly?')
    "Will", "Would", "Can", "Could", "Should", "Shall", "Might", "Must", "Do", "Does", "Did", "Is", "Are", "Was",
    "Were", "Has", "Have", "Had",
    # titles and roles before a name ('Federal Councillor Jane Doe')
    "Federal", "Councillor", "Councilor", "Commissioner", "Representative", "Congressman", "Congresswoman",
    "Astronaut", "Cosmonaut", "Captain", "Lieutenant", "Colonel", "Sergeant", "Judge", "Justice", "Professor",
    "Executive", "Officer",
    # plural titles before two names ('Senators Jane Doe and John Roe voted'; speakers24)
    "Senators", "Presidents", "Ministers", "Ambassadors", "Administrators", "Directors", "Governors", "Commissioners",
    "Representatives", "Congressmen", "Congresswomen", "Astronauts", "Cosmonauts", "Generals", "Judges", "Professors",
    "Drs",
    # abbreviated months
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip
# Acronyms that name no actor.
NOT_ACRONYMS = {"ASAT", "CEO", "GDP", "TV", "AI", "UTC", "GMT", "OK", "PM", "AM", "USD", "EUR", "II", "III", "IV",
                "VI", "VII", "VIII", "IX", "XI", "DA", "LEO", "GEO", "MEO", "GPS", "RPO", "NB", "PS", "PR",
                "SA", "SE", "AG", "NV", "KK", "LLC", "PLC",
                # time zones ('at 3:34 a.m. EST')
                "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST", "JST", "KST", "MSK",
                "IST", "AEST", "HKT", "SGT", "WIB",
                # a script's or a report's parts in capitals ('[SCENE 2. …]', 'NOTE:', 'PHOTO 3')
                "SCENE", "NOTE", "PHOTO", "FIGURE", "TABLE", "STEP", "SLIDE", "PART", "ANNEX", "CUT", "INT", "EXT"}  # fmt: skip
ROLE = (r"(?:head|chief|director(?:[- ]general)?|administrator|president|prime\s+minister|minister|foreign\s+minister|"
        r"spokes(?:person|man|woman)|ambassador|envoy|representative|delegate|official|secretary(?:[- ]general)?|"
        r"chair(?:man|woman|person)?|commander|leader|senator|lawmaker|scientist|astronaut|cosmonaut|engineer|"
        r"diplomat|analyst|expert|researcher|professor|founder|manager|negotiator|adviser|advisor|counterpart|ruler|deputy|"
        r"monarch|emir|crown\s+prince|king|queen|executive|ceo|entrepreneur|billionaire|commissioner|secretary|"
        r"council+or|congress(?:man|woman)|lawmaker|judge|captain|colonel|lieutenant|successor|predecessor)")  # fmt: skip
# 'Russia's ambassador, Jane Doe', 'its head, Jane Doe', 'ambassador Jane Doe', 'the head of Roscosmos, Jane Doe'.
ROLE_BEFORE = re.compile(
    rf"\b{ROLE}(?:\s+(?:of|to|at|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}})?,?\s+$", re.IGNORECASE
)
ROLE_BEFORE = lead(ROLE_BEFORE)  # the same matches, found faster (literals.lead)
# 'Jane Doe, the head of …', 'Jane Doe, a senior diplomat', 'Jane Doe, Russia's ambassador'.
# (a role capitalised as a title too: 'Jane Doe, the Union's High Representative for …')
ROLE_AFTER = re.compile(
    rf"^,\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[A-Z][\w’'-]*['’]s\s+)?|[A-Z][\w’'-]*['’]s?\s+)(?:[A-Za-z-]+(?:['’]s)?\s+){{0,3}}?(?i:{ROLE})\b"
)
SPEECH_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|asked|asks|stated|announced|added|noted|stressed|warned|"
    r"argued|insisted|explained|confirmed|urged|wrote|replied|declared|countered|responded|cautioned|conceded|"
    r"maintained|suggested|predicted|vowed|promised|tweeted|posted|welcomed|hailed|praised|congratulated)\b"
)
# 'Example announced today', 'Example said it would': the speech verbs companies' statements take.
ANNOUNCED_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|also\s+)?(?:said|says|announced|announces|told|confirmed|confirms|stated)\b"
)
# The same verbs after an apposition or a relative clause of the name ('Example, the drones' maker, said',
# 'Jane Doe, who had been briefed, insisted'): the subject noun phrase goes on to its verb.
NAME_MODIFIER = re.compile(r"^,\s+(?:(?:the|a|an|its|their|his|her|which|who|whose)\s+)[^,;:“”\"()]{1,80},")
PERSON_BEFORE_SAID = re.compile(r"\b(?:said|says|told|asked|[Aa]ccording\s+to)\s+$")
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|to|off(?=[ \t])|visited|visit|hosted\s+in|"
    # 'on the coast south of Example', '40 km north-east of Example'
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+$"
)
# 'brought down into the Example', 'sailed across the Example': one word after a motion or place preposition and
# 'the' is a place (an ocean, a sea, a desert).
PLACE_AFTER_THE = re.compile(
    r"\b(?:into|in|over|across|off|near|beneath|under)\s+the\s+$"
    # a river's or a region's reach: 'on the lower Example', 'along the upper Example'
    r"|\b(?:on|along|up|down|in|near|to)\s+the\s+(?:lower|upper|middle)\s+$"
)
# 'takes part in X', 'a stake in X', 'invested in X': what one joins or funds, not a place.
NOT_A_PLACE_BEFORE = re.compile(
    r"\b(?:part|participat\w*|role|share|stake|interest|membership|involve\w*|invest\w*|join\w*|engaged|"
    r"contribut\w*|roles|shares|stakes)\s+in\s+$"
)
# Where a craft comes down: 'landed at X', 'splashed down off X' (a place, not a city).
LANDED_AT = re.compile(
    r"\b(?:landed|touched\s+down|splashed\s+down|came\s+down|crash-landed|impacted)\s+(?:at|in|near|off|inside)\s+(?:the\s+)?$"
)
# After 'to' and 'from' a two-word name may as well be a person's ('a visit to Jane Doe', 'a letter from Jane Doe').
PERSON_OR_PLACE_BEFORE = re.compile(r"\b(?:to|from)\s+$")
# Continents and regions as places or collective actors are not mentions ('in Asia', 'South Asia', 'Europe').
CONTINENTS = {"Asia", "Europe", "Africa", "America", "Americas", "Antarctica", "Oceania", "Eurasia", "Middle East",
              "Far East", "Near East", "Global South", "Global North", "Latin America", "Scandinavia", "Balkans", "Caribbean", "Sahel"}  # fmt: skip
COMPASS = {"North", "South", "East", "West", "Central", "Southeast", "Northeast", "Southwest", "Northwest",
           "Sub-Saharan"}  # fmt: skip
REGION_WORDS = COMPASS | {"Latin"}
ROLE_WORDS = {"President", "Minister", "Secretary", "Director", "Administrator", "Ambassador", "Chief", "Head", "Deputy",
              "Senator", "Governor", "Chairman", "Chairwoman", "Chair", "Commander", "Spokesperson", "Spokesman",
              "Spokeswoman", "Premier", "Chancellor", "Commissioner", "Councillor", "Representative", "Envoy",
              "Congressman", "Congresswoman", "Captain", "Colonel", "Judge", "Professor", "General", "Mayor", "Speaker"}  # fmt: skip
# What only craft do: 'X landed', 'X, built by Y, never reached the Moon' (for a one-word name).
CRAFT_VERB_AFTER = re.compile(
    r"^(?:,[^,;]{1,60},)?\s+(?:(?:has|had|also|then|never|finally|successfully|safely)\s+)*"
    r"(?:landed|touched\s+down|crash-landed|crashed\s+(?:on|into)|docked|undocked|lifted\s+off|blasted\s+off|"
    r"splashed\s+down|entered\s+(?:lunar\s+|Mars\s+)?orbit|reached\s+(?:the\s+Moon|Mars|orbit|lunar\s+orbit)|"
    r"broke\s+(?:apart|up)|burned\s+up|re-?entered|deorbited|was\s+(?:launched|deorbited)|"
    # the present of timelines and headlines ('Example lifts off', 'Example lands near …')
    r"lands\s+(?:on|near|in|at)|touches\s+down|crash-lands|crashes\s+(?:on|into)|docks\s+with|undocks|lifts\s+off|"
    r"blasts\s+off|splashes\s+down|enters\s+(?:lunar\s+|Mars\s+)?orbit|"
    r"(?:was|is)\s+(?:due|expected|scheduled)\s+to\s+(?:land|reach|arrive)|"
    # an attempt to land and a craft's place ('Example should try to land', 'Example is in lunar orbit')
    r"(?:should|will|would|could|must|is\s+to|was\s+to)\s+(?:try|attempt)\s+to\s+(?:land|touch\s+down|dock)|"
    r"(?:tries|tried|attempts|attempted)\s+to\s+(?:land|touch\s+down|dock)|"
    r"(?:is|was|remains|remained)\s+(?:now\s+|still\s+|safely\s+)?in\s+(?:lunar\s+|Mars\s+|low\s+Earth\s+|a\s+\w+\s+)?orbit)\b"
)
# What one launches: 'Example launches EXA-J', 'a rocket carried Example into orbit', 'EXM, which Examplia is to
# launch': a craft.
# (an ordinal between: 'the mission that carried the first Example into orbit'; names20)
LAUNCHED_BEFORE = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|carried|carries|carrying|deployed|deploys)\s+"
    r"(?:the\s+(?:(?:first|second|third|last|new)\s+)?)?$"
)
LAUNCHED_AFTER = re.compile(
    r"^,\s+which\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:(?:is|was|were|are)\s+(?:to|due\s+to)|will|"
    r"plans\s+to|planned\s+to|intends\s+to|hopes\s+to|has|had)?\s*(?:launch(?:ed)?|flown|fly|flew)\b"
)
# 'the Horizon Example programme', 'the Example initiative': a program.
# '18 launches on Example Corp's Example Heavy', '… and 12 on Example Corp's X': a rocket type, not a person
# (and '15 more Example Heavy flights'; deals16).
LAUNCHES_ON_OWNER = re.compile(
    r"\b(?:launch(?:es)?|flights?|rides?|more|\d+)\s+(?:on|aboard)\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+$"
)
COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|more|further)\s+$")
LAUNCHES_AFTER = re.compile(r"\s+(?:launch(?:es)?|flights)\b")
# (a word of its field between: 'the Example research programme', 'its Example navigation programme'; names20)
PROGRAM_AFTER = re.compile(
    r"^\s+(?:(?:research|navigation|space|lunar|science|satellite|exploration|observation|launcher|rocket|flagship|"
    r"defen[cs]e|military|crewed|robotic|technology|development|training|astronaut|partnership|cooperation|funding)\s+)?"
    r"(?:programme|program|project|initiative|constellation)s?\b"
)
# 'the ROS station', 'the Example space station': a station.
STATION_AFTER = re.compile(r"^\s+(?:space\s+|orbital\s+|research\s+)?station\b")
DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic|i)$")
# 'Arab-built', 'Houston-based': a name with a participle joined to it describes, it does not name.
DESCRIBING = re.compile(r"-(?:based|built|led|made|owned|run|born|funded|backed|designed|developed|operated|bound|"
                        r"style|class|era|wide)$")  # fmt: skip
# A word or two may stand between ('the FY-1C weather satellite', 'the Example crew capsule').
CRAFT_MODIFIER = (r"(?:weather|communications?|spy|navigation|reconnaissance|observation|research|cargo|crew|crewed|"
                  r"uncrewed|robotic|lunar|science|military|imaging|radar|relay|mapping|test|demonstration|"
                  r"experimental|meteorological|environmental|Earth|Mars|space|Moon|comet|asteroid|solar|planetary|"
                  r"interplanetary|deep[- ]space|sample[- ]return|X-ray|gamma-ray|infrared|ultraviolet)\s+")  # fmt: skip
CRAFT_AFTER = re.compile(rf"^\s+(?:{CRAFT_MODIFIER})?(?:lander|rover|probe|spacecraft|orbiter|capsule|satellite|telescope|"
                         r"module|mission|crew\s+vehicle|space\s+station|cube[sS]at|nanosatellite|microsatellite|"
                         # (a cargo ship, a spaceplane: 'a Example cargo ship', 'its Example spaceplane'; names20)
                         r"ship|spaceship|freighter|space\s*plane)s?\b")  # fmt: skip
# 'two Example navigation satellites': satellites of one name are a network's (a facility).
NETWORK_AFTER = re.compile(rf"^\s+(?:{CRAFT_MODIFIER})?satellites\b")
# 'its Example network', 'the Example broadband constellation': a network of satellites (types19).
CONSTELLATION_AFTER = re.compile(
    r"^\s+(?:(?:satellite|broadband|internet|navigation|positioning|communications?)\s+)?(?:network|constellation)s?\b"
)
# A locality placed by the town it is near: 'at Example, outside Tarvo', 'Example, on the edge of Tarvo'.
LOCALITY_AFTER = re.compile(
    r"^,\s+(?:just\s+)?(?:outside|near|on\s+the\s+(?:edge|outskirts|fringes?)\s+of|on\s+the\s+[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:above|below|outside|near)|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+[A-Z]"
)
# 'he worked for Example': one word one works for is an employer (types19).
WORKED_FOR_BEFORE = re.compile(r"\b(?:work(?:s|ed|ing)?|went\s+to\s+work)\s+for\s+$")
# 'an H-IIA rocket', 'the Example launcher': a launcher type is a program (guidelines), not one flight.
ROCKET_AFTER = re.compile(r"^\s+(?:heavy[- ]lift\s+|carrier\s+|space\s+)?(?:rocket|launcher|launch\s+vehicle)s?\b")
# 'its Example Streak missile', 'the Example-2 ballistic missile': a weapon type, a programme (an acronym before it
# names a kind of weapon, no type: 'DA-ASAT missile tests'; typing22).
MISSILE_AFTER = re.compile(r"^\s+(?:(?:ballistic|cruise|interceptor)\s+)?missiles?\b")
# 'built the second stage, Example', 'its upper stage, the Example': a rocket's stage named in apposition.
STAGE_BEFORE = re.compile(r"\b(?:first|second|third|fourth|upper|lower|core|kick)\s+stages?,\s+(?:the\s+)?$")
# A station's module: 'the Example core module', 'its first module, Example-1', 'two laboratory modules, A and B'.
MODULE_AFTER = re.compile(r"^\s+(?:(?:core|laboratory|lab|habitation|habitat|docking|node|station)\s+)?modules?\b")
MODULE_BEFORE = re.compile(
    r"(?<!service)(?<!command)(?<!lunar)(?<!descent)(?<!ascent)(?<!propulsion)\s+modules?,?\s+(?:called\s+|named\s+)?$"
)
# 'two cubesats, A and B', 'two modules, A, B and C': the last name of a list after a plural craft noun.
_LISTED = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
LISTED_AFTER_PLURAL = re.compile(
    # (not 'builders of satellites, A, B and C': the list names the builders, the noun before 'of')
    rf"(?<!\bof\s)\b(?:(modules)|(?:landers|rovers|probes|spacecraft|orbiters|capsules|satellites|telescopes|cube[sS]ats))"
    rf",?\s+{_LISTED}(?:,\s+{_LISTED}){{0,4}},?\s+(?:and|or)\s+$"
)
# 'ten satellites ride along, among them A and B': the names a list after a plural craft noun introduces.
LISTED_AMONG = re.compile(
    rf"\b(?:(modules)|(?:landers|rovers|probes|spacecraft|orbiters|capsules|satellites|telescopes|cube[sS]ats))\b"
    rf"[^.;:]{{0,60}}?,\s+(?:among\s+them|including|such\s+as)\s+(?:{_LISTED}(?:,\s+|,?\s+(?:and|or)\s+))*$"
)
# 'the Example launch site', 'the Example spaceport': a facility.
FACILITY_AFTER = re.compile(
    r"^\s+(?:launch\s+(?:site|centre|center|complex|pad|base|facility)|spaceport|cosmodrome|space\s+(?:centre|center|port)|"
    r"(?:tracking|ground|relay)\s+station|test\s+(?:site|range|centre|center)|observatory|(?:missile\s+|rocket\s+)?"
    r"range(?!\s+of)|(?:research\s+|control\s+|data\s+|technical\s+|technology\s+)?(?:centre|center|campus)|"
    # a company's or a programme's site ('the company's Example site', 'the Example test facility': types18)
    r"(?:launch\s+|test\s+|production\s+|assembly\s+)?(?:site|facility))\b(?!\s+(?:of|for)\b)"
)
# 'the Example conference', 'the Example meeting': a meeting.
MEETING_AFTER = re.compile(
    r"^\s+(?:conference|summit|meeting|symposium|congress|workshop|ministerial(?:\s+(?:meeting|council|conference))?)s?\b"
)
# What only meetings do: 'EXAMPLE III met in Examplton', 'Example II (1982) was held there', 'took place in'; and a
# list after a meeting noun: 'the two earlier conferences, EXAMPLE II and EXAMPLE III' (typing22).
MEETING_DEED_AFTER = re.compile(
    r"^(?:\s*\(\d{4}\))?(?:,?\s+and\s+[A-Z][\w+-]*(?:\s+[A-Z\d][\w+-]*)?(?:\s*\(\d{4}\))?)?\s+"
    r"(?:(?:had|has|have)\s+(?:also\s+)?(?:(?P<meet>met|convened)|been\s+held|taken\s+place)|(?:was|were)\s+(?:also\s+)?"
    r"(?:held|convened)|(?P<met>met|convened)|took\s+place)\s+(?:in(?!\s+(?:orbit|space)\b)|at|on|there|from|during|for)\b"
)
# (people meet too: 'met' makes a meeting only of a numbered name, 'EXAMPLE III met in …', not 'Jane Doe met in …')
NUMBERED_LAST = re.compile(r"(?:\s|^)(?:[IVX]{1,5}|\d{1,4}|[A-Z]+\+\d{1,3})$")


def meeting_by_deed(name: str, after: str) -> bool:
    """What only meetings do, after the name: held, taking place; meeting, if the name carries a number."""
    deed = MEETING_DEED_AFTER.match(after)
    return deed is not None and (
        not (deed.group("meet") or deed.group("met")) or NUMBERED_LAST.search(name) is not None
    )


MEETING_LIST_BEFORE = re.compile(
    r"\b(?:conferences|summits|meetings|congresses|sessions|symposia),?\s+(?:such\s+as\s+|including\s+)?"
    r"(?:[A-Z][\w+-]*(?:\s+[A-Z\d][\w+-]*)?(?:\s*\(\d{4}\))?(?:,\s+|,?\s+(?:and|or)\s+))*$"
)
# 'the asteroid Example', 'a small moon of the asteroid Example': a celestial body.
# (a class noun of small bodies may stand in apposition: 'towards another comet, Example'; 'the moon Example')
CELESTIAL_BEFORE = re.compile(
    r"\b(?:(?:asteroid|comet|dwarf\s+planet|exoplanet|minor\s+planet|moon|moonlet)\s+|(?:asteroid|comet)s?,\s+)$"
)
# Where only a small body or a world can be: 'samples from X', 'landed on X', 'in orbit around X'.
CELESTIAL_PREPOSITION = re.compile(
    r"\b(?:(?:landed|lands|landing|touched\s+down|collected|set\s+down|crashed)\s+on|(?:samples?|soil|regolith|rocks?|"
    r"dust|grains|material)\s+(?:from|of|on)|(?:orbit|orbiting|orbits)\s+(?:around|of)|fly-?by\s+(?:of|past))"
    r"\s+(?:the\s+)?(?:asteroid\s+|comet\s+|moon\s+)?$"
)
# Nouns that end names of things, not of people ('Example Access', 'Golden Example Dome').
COMMON_LAST_WORDS = {"Access", "Dome", "Shield", "Disasters", "Network", "Fund", "Plan", "Report", "Services",
                     "Service", "Review", "Summit", "Vision", "Agenda", "Pact", "Deal", "Act", "Bill", "Doctrine"}  # fmt: skip
# Endings of abstract nouns, never of a surname ('Example Cooperation', 'Example Security').
ABSTRACT_NOUN_END = re.compile(r"(?:tion|sion|ment|ness|ity)$")
ABSTRACT_END = re.compile(r"\w\w\w(?:tion|sion|ment|ness|ity|ship|ism|ics)$")
# 'the Example Mont-Example air base': a base.
BASE_AFTER = re.compile(r"^\s+(?:air|naval|military|army|space|missile|air\s+force)\s+base\b")
CRAFT = (
    r"(?:lander|rover|probe|spacecraft|orbiter|capsule|satellite|telescope|observatory|module|mission|robot|"
    r"flight|craft|space\s+station|cube[sS]at|(?:space\s+)?shuttle|demonstrator|space\s*plane|spaceship)"
)
# 'its lander, Vikram', 'the rover Pragyan', 'a joint lander and rover, LUPEX': a craft noun before the name (or
# an instrument's: 'one camera, ExampleCam').
# (and 'a pressurised rover, the Example Cruiser': the name in apposition with its article; types18)
CRAFT_BEFORE = re.compile(
    rf"\b(?:{CRAFT}|camera|instrument|spectrometer)s?(?:\s+and\s+(?:its\s+)?{CRAFT})?(?:,\s+the|,)?\s+(?:called\s+|named\s+)?$"
)
# 'the space station Example', 'its orbital station, Example': a station, not a craft (names20).
SPACE_STATION_BEFORE = re.compile(r"\b(?:space|orbital)\s+stations?,?\s+(?:called\s+|named\s+)?$")
# 'a pressurised rover, the Lunar Example': a name in apposition to a craft noun keeps its first word, even one
# that opens no name elsewhere (types18).
APPOSED_CRAFT = re.compile(rf"\b{CRAFT}s?,\s+the\s+$")
APPOSED_OPENINGS = {"Lunar", "Space", "Moon", "Mars", "Earth", "Outer", "International", "National", "Western",
                    "Eastern", "Northern", "Southern"}  # fmt: skip
# (an ordinal or 'new' between: 'its first Example Roadmap', 'their new Example Plan'; types19)
BODY_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:its|their|our|whose)\s+(?:(?:first|second|third|new|own|latest|next|planned|proposed|original|"
    r"flagship|updated|revised|annual|final)\s+){0,2}$"
)
# What is built, developed or tested is a made thing (a craft, a rocket), never a person ('keep developing Example
# Chaser', 'is building Example Runner'; 'flying Jane Doe' is not: people are flown).
MADE_BEFORE = re.compile(
    r"\b(?:develop(?:s|ed|ing)?|buil[dt](?:s|ing)?|test(?:s|ed|ing)?|assembl(?:e|es|ed|ing)|launch(?:es|ed|ing)?)"
    r"\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:first|new|own|reusable|crewed|uncrewed)\s+)?$"
)
# First words of places' names, never a given name ('La Example', 'San Example', 'Port Example'): a town.
PLACE_OPENERS = {"La", "Las", "Los", "Le", "Les", "El", "San", "Santa", "Santo", "São", "Sao", "Port", "Puerto",
                 "Fort", "Mount", "Saint", "St", "Cape", "Ciudad", "Lake", "Porto", "Sankt"}  # fmt: skip
# A media noun after a name: 'told Example magazine', 'the Example newspaper', 'Example Television'.
MEDIA_NOUN_AFTER = re.compile(r"^\s+(?:magazine|newspaper|daily|weekly|tabloid|broadsheet|news\s+agency|broadcaster)\b")
# 'he flew to the station on Example', 'was back in orbit on Example for …', 'came home on Example': the craft a crew
# rides (types18); a rocket is what a craft is 'launched on', left to the other rules.
CREW_FLEW_ON = re.compile(
    r"\b(?:flew|flown|fly|flies|flying|rode|ride|rides|riding|(?:back|up)\s+in\s+(?:orbit|space)|came\s+(?:home|back)|"
    r"returned(?:\s+(?:home|to\s+Earth))?)\s+(?:(?:to|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:on|aboard)\s+$"
)
# 'XRISM, an X-ray observatory', 'Artemis II, a crewed flight': a craft noun in apposition after it.
# A craft noun before a noun it modifies is no craft: 'a flight attendant', 'a satellite engineer', 'a rocket maker'.
CRAFT_MODIFIED = (
    r"(?:attendant|director|controller|engineer|surgeon|instructor|specialist|crew|operator|manager|designer|"
    r"maker|builder|manufacturer|company|firm|start-?up|school|scientist|expert|analyst|enthusiast|veteran)s?\b"
)
# ('X, the lander's manager at Y', 'the probe's principal investigator': a craft's possessive before a person's role
# names the role's holder, a person; speakers22)
CRAFT_POSSESSED_ROLE = (
    rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?!(?:successor|predecessor)\b)(?i:{ROLE}|{CRAFT_MODIFIED}|investigator|pilot)"
)
CRAFT_APPOSITION = re.compile(
    # (a possessive may open it: 'Example, the agency's first lander'; typing22) (not a craft's possessive before a
    # role: 'Jane Doe, the lander's manager' is a person; people22, speakers22, typing22)
    # (no preposition or relative between: 'Example, the company behind the lander' is no lander; ends25)
    rf"^,\s+(?:a|an|the|its|their)\s+(?:[\w-]+['’]s\s+)?"
    rf"(?:(?!(?:of|for|to|with|by|behind|from|in|on|at|that|which|who|whose|and)\s)[\w-]+\s+){{0,3}}?{CRAFT}\b"
    rf"(?!\s+{CRAFT_MODIFIED})(?!{CRAFT_POSSESSED_ROLE})"
)
NETWORK_NOUN_AFTER = re.compile(
    r"s?\s+(?:(?:navigation|positioning|communications?|internet)\s+)?(?:network|constellation|system)s?\b"
)
# A craft's own module, not a station's: 'the lunar module', 'its service module'.
MODULE_OF_A_CRAFT = re.compile(r"\b(?:service|command|lunar|descent|ascent|propulsion|landing|excursion)\s+module$")
# 'a platform called Kazachok', 'a crater named Shioli': the noun before 'called' gives the type.
CALLED = re.compile(
    rf"\b(?:(?P<craft>{CRAFT}|platform|vehicle|instrument|camera|payload|flight|launch)|(?P<place>crater|site|region|area|"
    r"valley|plain|basin|mountain|town|village|city|base)|(?P<program>scheme|programme|program|initiative|project|"
    r"plan|system|constellation|network|rocket|launcher|launch\s+vehicle)|(?P<facility>(?:launch\s+)?pad|launch\s+(?:site|complex)|spaceport|cosmodrome|"
    r"complex|facility)|(?P<event>test|exercise|operation|campaign)),?\s+"
    # ('the satellite was named Example', 'the rocket will be called Example')
    r"(?:(?:was|is|were|are|has\s+been|had\s+been|will\s+be|would\s+be)\s+)?(?:(?:now|later|locally|also|today|since|then|once|officially|informally|popularly|widely|"
    r"commonly|first)\s+)?(?:called|named|dubbed|known\s+as|(?:(?:which|that)\s+)?(?:it|they|officials|engineers|"
    r"the\s+(?:company|firm|agency|team|military|army|government|ministry|operator)|[A-Z][\w-]+)\s+"
    r"(?:now\s+|also\s+|has\s+|have\s+)?(?:calls?|names?|dubs?|called|named|dubbed))\s+$"
)
LAUNCHED_APPOSITION = re.compile(r"^,\s+launched\s+(?:in|on|from|aboard|atop|by)\s")
CALLS_END = re.compile(r"(?:call|name|dub)s?\s+$")  # 'a rocket it calls Example'
# 'ExSA named that stay Example', 'the agency called the mission Example': a verb of naming, its object, the name.
NAMED_OBJECT = re.compile(
    rf"\b(?:call(?:ed|s)?|nam(?:ed|es)|dub(?:bed|s)?|christen(?:ed|s)?)\s+(?:the|that|this|its|their|her|his)\s+"
    rf"(?:(?:new|first|second|third|next|own|last|long|short)\s+)?(?:{CRAFT}|stay|expedition|increment|visit|voyage)\s+$"
)
# 'SpaceIL, a non-profit group', 'Example is a private company': the noun of an apposition or of 'is a' gives the class.
KIND_NOUNS = {
    # (a body of states: 'X, an intergovernmental organization based in Moscow')
    "InternationalOrganization": r"(?:intergovernmental|inter-governmental|regional|international|multilateral)\s+"
                                 r"(?:[a-z-]+\s+)?organi[sz]ation",
    "Organization": r"group(?!\s+of)|company|firm|start-?up|operator|manufacturer|contractor|maker|builder|"
                    r"non-?profit|organi[sz]ation|consortium|corporation|conglomerate|business|supplier|enterprise|"
                    r"bidder|subcontractor|subsidiary|rival|competitor|airline|bank|investor(?!\s+who\b)|venture|"
                    # a school ('X, a military academy', 'X is a university in …')
                    r"(?:military\s+|naval\s+|air\s+force\s+)?academy|university|college|school",
    # (a relative 'who' after a noun either may be makes a person: 'X, the Example-born investor who')
    "Person": r"investor(?=\s+who\b)|entrepreneur|billionaire|businessman|businesswoman|tycoon",
    "Country": r"country|nation|member\s+state|republic|kingdom",
    "City": r"city|town|village|port|capital|municipality",
    "Place": r"region|province|state|island|crater|area|peninsula|territory|archipelago|desert|plain|valley",
    "Treaty": r"treaty|convention",  # ('X, the treaty that governs …': a treaty, as the head 'Treaty' gives)
    "Document": r"agreement|pact|accord|law|act|bill|declaration|charter|code\s+of\s+conduct",
    "Program": r"program|programme|project|initiative|rocket|launcher|launch\s+vehicle",
    # a network of satellites is a facility ('X, its planned secure constellation')
    "Facility": r"constellation|(?:satellite|navigation|positioning)\s+(?:network|system)|"
                # ('X, a network of 3,236 satellites': types18)
                r"(?:network|system|fleet)\s+of\s+(?:(?:some|about|almost|nearly|more\s+than|over)\s+)?[\d,]+\s+satellite|"
                # a place craft leave from ('X, a Soviet launch site on the Volga', 'X is the country's spaceport')
                r"launch\s+(?:site|centre|center|complex|pad|facility)|spaceport|cosmodrome|(?:missile\s+)?test\s+range",
    "Event": r"competition|prize|contest|race|exercise|festival|exhibition",
    "Meeting": r"summit|conference|meeting|forum|symposium",
    "MediaOutlet": r"newspaper|broadcaster|news\s+agency|outlet|daily|magazine|social\s+network|website",
    "SpaceAgency": r"space\s+agency",
    # a state's agency other than its space agency ('X, the national science agency'; types19)
    "GovernmentBody": r"(?<!space\s)agency(?!\s+of\s+the\s+(?:UN|United|European))|regulator",
    "InternationalOrgan": r"(?:sub)?committee",
    "Mission": r"lander|rover|probe|spacecraft|orbiter|satellite|telescope|capsule|cubesat|(?<!space\s)mission",
    "CelestialBody": r"asteroid|comet|moon|planet|dwarf\s+planet|exoplanet",
    "Station": r"(?<!service\s)(?<!command\s)(?<!lunar\s)module|space\s+station|station",
}  # fmt: skip
# The noun is the head of its phrase: punctuation, a preposition, a relative or a participle follows.
HEAD_END = (
    r"(?=\s*[,.;:)—–]|\s+(?:that|which|who|whose|where|in|on|at|from|of|for|to|with|and|near|off|by|behind|based|"
    r"founded|built|set|created|run|owned|led|launched|headquartered|known|called|beyond|since|under)\b|\s*$"
    # a relative clause without 'that' ('X, the only satellite Examplia has ever launched': names20)
    r"|\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:has|have|had|is|was|were|will|would|built|launched|flew|operates|runs|ran)\b"
    # a participle with an adverb ('the country's oldest rocket still flying'; names20)
    r"|\s+(?:still|now|currently)\s+[a-z]+ing\b"
    # a distance after a place's noun ('X, a town several miles away', 'a village 40 km from …': types18)
    r"|\s+(?:(?:about|some|only|just)\s+)?(?:several|a\s+few|a|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|fifty)\s+(?:miles|kilometres|kilometers|km)\b)"
)
KIND_OF = re.compile(
    # (an adverb may stand before the comma: 'reading about Example again, the only satellite …'; names20)
    r"^(?:(?:\s+(?:again|too|also|itself|now|then|today))?[,:]\s+|"
    r"\s+(?:is|was|became|remains|has\s+been)(?:\s+(?:never|also|still|originally|first|once))?"
    r"(?:\s+(?:meant|designed|built|planned|intended)\s+(?:to\s+be|as))?\s+)"
    r"(?:(?:one\s+of\s+(?:the|its|their)|a|an|the|its|their|one|another)\s+|[A-Z][\w-]*['’]s\s+)"
    # (a possessive among the modifiers: 'is the country's main spaceport')
    # (up to five words, a possessive name among them: 'the European Union's Earth observation programme'; no
    # relative or conjunction: 'the man who built the satellite' is no satellite; names20)
    r"(?:(?!(?:of|for|to|with|in|on|at|by|behind|who|which|that|whose|and|or|but)\s)[\w-]+(?:['’]s)?\s+){0,5}?(?:"
    + "|".join(f"(?P<{kind}>{nouns})" for kind, nouns in KIND_NOUNS.items())
    + r")s?"
    + HEAD_END
)
# '… Tomy, Sony and Example University': the other members of a list share its class.
LIST_AFTER = re.compile(r"^(?:\s*(,)\s*|\s*,?\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?")
# (a country's possessive before the member: '…, Russia's Example Energia, Norway's Tarvo'; names20)
LIST_BEFORE = re.compile(r"(?:,\s*|\s(?:and|or)\s+)(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
# A list's member is followed by the next one, the list's end or a verb, not by the noun it modifies.
LIST_GOES_ON = re.compile(
    r"(?:['’]s)?(?:\s*[,;:.)!?—–]|\s+(?:and|or|as|were|are|was|is|have|has|had|will|would|said)\b|\s*$)"
)
PREPOSITION_BEFORE = re.compile(r"\b(?:from|by|with|between|for)\s+(?:the\s+)?$")
# After a place listed with a comma: the sentence's or the clause's end, no further member ('…, Virginia.').
ADDRESS_END = re.compile(r"\s*(?:[.;:)\n]|$)")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
PLACES_AND = re.compile(r"(\s+and\s+)$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|between)\s+(?:the\s+)?$")
NEW_NAME = "name opening with 'New'"
WEAK = {"place after a preposition", "two- or three-word name", "capitals inside a word", "acronym", "name after 'the'",
        NEW_NAME}  # fmt: skip
# 'on the island of Hainan', 'the city of Wenchang': a place noun before the name.
PLACE_OF = re.compile(r"\b(?:island|province|region|prefecture|county|port|state|coast|shores?)\s+of\s+$")
# 'the town of Example', 'residents of Example Point', 'the mayor of Example': a city or a town (types18).
CITY_OF = re.compile(
    r"\b(?:city|town|village|[Rr]esidents|[Ii]nhabitants|[Tt]ownspeople|[Mm]ayor|outskirts|suburbs)\s+of\s+$"
)
# Plural nouns of people that open a sentence before 'of' ('Residents of Example Beach were …'): no name's start.
PEOPLE_OF = {"Residents", "Inhabitants", "Townspeople", "Citizens", "People", "Officials", "Workers", "Members"}
# Single words that name bodies without a head word of their own.
BODIES = {"Congress": "GovernmentBody", "Parliament": "GovernmentBody", "Senate": "GovernmentBody",
          "Duma": "GovernmentBody", "Kremlin": "GovernmentBody", "Pentagon": "GovernmentBody",
          "Bundestag": "GovernmentBody", "Politburo": "GovernmentBody", "House": "GovernmentBody"}  # fmt: skip


# 'the toy maker Tomy', 'Thailand's space agency, GISTDA', 'the start-up Example Labs': the noun before the name.
KIND_BEFORE = re.compile(
    r"\b(?:(?P<SpaceAgency>space\s+agency)|(?P<Organization>compan(?:y|ies)|(?:firm|start-?up|operator|manufacturer|"
    r"contractor|maker|carmaker|conglomerate|giant|(?:defen[cs]e|industrial|aerospace|media|engineering)\s+group|"
    r"supplier)s?)|(?P<MediaOutlet>broadcaster|newspaper|news\s+agency)|"
    r"(?P<Program>programme|program|initiative|effort|project|scheme)|"
    # a rocket's stage, a programme of its own: 'built the second stage, Example' (typing22)
    r"(?P<Stage>(?:first|second|third|fourth|upper|lower|core|main|kick)\s+stage)|(?P<Facility>(?:navigation|positioning|satellite|"
    r"communications?)\s+(?:systems?|networks?|constellations?)|constellation|(?:control|operations|tracking|launch|"
    r"test|ground|mission|data|research)\s+(?:centre|center|facility|complex)|(?:tracking|ground|relay)\s+station))"
    r"[^\S\n]*,?[^\S\n]+$"
    # without a comma ('the agency, Jane Doe said' names no agency): 'the Examplian agency EXA', 'the station
    # Example', 'the carrier rocket Example-1', 'the daily Example'
    r"|\b(?:(?P<Agency>agency)|(?P<Stations>(?:space\s+|orbital\s+|research\s+)?station)|(?P<Rocket>rocket|launcher)|"
    r"(?P<Outlet>daily|weekly|magazine|tabloid|channel))\s+$"
)
KIND_BEFORE_GROUPS = {
    "Agency": "SpaceAgency",
    "Stations": "Station",
    "Rocket": "Program",
    "Outlet": "MediaOutlet",
    "Stage": "Program",
}
# 'the Example party', 'the Example consortium': a body's kind noun after its name.
ORGANIZATION_NOUN_AFTER = re.compile(r"^\s+(?:party|consortium)\b")
# "Example's EXO optics unit", 'the Example space division': a company's part (a word of its trade may come
# between; types18).
# (a unit only after a company's possessive: 'the Example propulsion unit' is a craft's part)
UNIT_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?P<noun>unit|division|subsidiary|affiliate)s?\b(?!\s+of\b)")
GENERIC_SAT = re.compile(r"(?:Cube|Small|Micro|Nano|Pico|Mega|Mini)[Ss]ats?|NewSpace|SmallSats?")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# 'its Example Clipper probe' with 'Example' a moon's name: the body's name opens the craft's (the body stays a
# mention of its own inside it; programmes21).
BODY_OPENS_CRAFT = re.compile(
    r"\s+(?:[A-Z][a-z][\w-]*\s+){1,2}(?:probe|orbiter|lander|rover|spacecraft|mission|telescope|explorer)s?\b"
)
# 'Example Clipper', 'Example Climate Orbiter' with 'Example' a body's name: a capitalised word or two that no
# other rule explains after a body opens a craft's name (no person's name opens on a planet or a moon; typing22).
BODY_NAME_GOES_ON = re.compile(r" ((?:[A-Z][a-z]{2,}(?: |(?=[,.;:)]|$))){1,2})(?![A-Z\d])")
BODY_NAMED_CRAFT = "a craft named after a body"


def _body_opens_a_name(text: str, at: int, end: int, taken: list[Found]) -> bool:
    """After a body's name at ``at``: one or two capitalised words that no mention covers and that open no
    sentence-level word ('Mars Monday', 'Europa In …')."""
    goes_on = BODY_NAME_GOES_ON.match(text, at, end)
    if goes_on is None:
        return False
    words = goes_on.group(1).split()
    if any(w in NOT_NAMES or w in MONTHS or w in CONNECTORS or w in DAY_WORDS for w in words):
        return False
    return not any(m.start < at + 1 + len(goes_on.group(1)) and m.end > at + 1 for m in taken)


# 'the Exampleton company Example Corp', 'a Tarvo start-up, Example Labs,': a town before a company's class noun
# and the company's name after it (programmes21).
ARTICLE_END = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?)\s+$")
COMPANY_TOWN_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+)?(?:company|firm|start-?up|startup|manufacturer|contractor)\s*,?\s+[A-Z]"
)
# Verbs and possessions only organizations take ('hired 200 engineers', ''s shares', 'is headquartered in').
ORGANIZATION_AFTER = re.compile(
    r"^(?:['’]s\s+(?:shares|stock|employees|engineers|staff|workforce|factory|factories|plant|headquarters|board|"
    r"subsidiary|subsidiaries|customers|shareholders|investors|revenue|founders?|chief\s+executive|ceo)\b|"
    r"\s+(?:(?:is|was|has\s+been)\s+)?(?:headquartered|incorporated|listed|publicly\s+traded)\b|"
    r"\s+(?:hired|employs|manufactures|went\s+public|filed\s+for\s+bankruptcy|raised\s+\$)\b)"
)
# A person's office in an organization before its name ('founder and chief executive of Example', 'an engineer at
# Example'): the organization (a country, a city or a known body is found before this).
ROLE_OF_BEFORE = re.compile(
    r"\b(?:founder|co-?founder|chief\s+executive(?:\s+officer)?|CEO|chief\s+(?:operating|financial|technology|"
    r"technical)\s+officer|chair(?:man|woman)|managing\s+director|vice[- ]president|employees?|engineers?|"
    r"spokes(?:man|woman|person)|shareholders?|owners?|subsidiary|division|joint\s+venture)\s+(?:of|at|between)\s+"
    r"(?:the\s+)?$"
    # ('X, part of the Luftwaffe,', 'which is an arm of Example', 'is now a unit of the Example': a body's parent)
    r"|(?:,|\b(?:is|was|are|were|became|becomes|remains|remained))\s+(?:(?:now|also|still|formally|officially)\s+)?"
    r"(?:(?:an?|the)\s+)?(?:(?:military|research|commercial|space|technical|operational)\s+)?"
    r"(?:part|unit|arm|branch|wing|component|department|directorate|laboratory|agency)\s+(?:of|within)\s+(?:the\s+)?$"
)
# The second owner of a joint venture: 'a joint venture of Example and Tarvo'.
JOINT_VENTURE_OF = re.compile(
    r"\bjoint\s+venture\s+(?:of|between)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+and\s+$"
)
# What only people are ('Jane Example, who was born in', 'Jane Example, 54,', ''s wife').
PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:who\s+was\s+)?(?:born|aged)\b|,\s+\d{2},|\s+(?:was\s+born|died|resigned|retired|"
    r"was\s+(?:appointed|elected|sworn\s+in|re-elected|nominated|arrested|fired|sacked|dismissed))\b|"
    r"['’]s\s+(?:wife|husband|son|daughter|father|mother|family|career|predecessor|successor|term|tenure|"
    r"memoir)\b)"
)
# Common nouns that end capitalised phrases but no person's name ('Mission Control', 'Cold War').
NOT_SURNAMES = {"Control", "War", "Wars", "Change", "Intelligence", "Security", "Policy", "Operations", "Exploration",
                "Generation", "Crisis", "Era", "Economy", "Technology", "Science", "Research", "Development",
                "Affairs", "Relations", "Defence", "Defense", "Sciences", "Studies", "Program", "Programme", "Programs",
                "Programmes", "Portal", "Staff"}  # fmt: skip
# First words of names that are never a given name ('New Glenn' is a rocket, 'New Horizons' a probe).
NOT_FIRST_NAMES = {"New"}
# Last words of companies' names that are never a surname.
COMPANY_LAST_WORDS = {"Space", "Aerospace", "Dynamics", "Robotics", "Analytics", "Capital", "Partners", "Ventures",
                      "Energy", "Electric", "Networks", "Media", "Solutions", "Satellite", "Satellites", "Launch",
                      "Orbital", "Communications", "Telecom", "Microsystems", "Defense", "Defence", "International",
                      "Electronics", "Aviation", "Instruments", "Enterprises", "Laboratories", "Telecommunications",
                      "Semiconductor", "Semiconductors", "Avionics", "Propulsion", "Machines", "Motors", "Mining",
                      "Global", "Holdings", "Airlines", "Airways", "Industries"}  # fmt: skip
# A company's whole name keeps an adjective that opens it ('Eastern Air Lines', 'General Example Industries').
WHOLE_COMPANY_END = re.compile(
    r"(?:Air\s+Lines|Airlines|Airways|Industries|Aerospace|Dynamics|Aviation|Motors|"
    r"Electric|Electronics|Enterprises|Holdings|Laboratories|Corporation)$"
)
NAME_OPENING_ADJECTIVES = {"Western", "Eastern", "Northern", "Southern", "National", "International", "General",
                           "Federal", "First", "Space", "Lunar"}  # fmt: skip
LEADING_TITLE = re.compile(rf"{TITLE}(?:\s+|$)")
BARE_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
# An acronym defined by small words that end in an abstract noun or a plural of measures ('long-term sustainability
# (LTS)', 'confidence-building measures (CBMs)'): a subject of talks, not a body (an agency's or a company's noun
# before the parenthesis is no subject: 'its space agency (EXA)'; types19).
TOPIC_DEFINED = re.compile(
    r"(?<![A-Z])\b[a-z][\w-]*\s+(?:[a-z][\w-]*(?:tion|sion|ment|ness|ity|ance|ence)|measures|norms|principles)\s+\($"
)
# (a surname with its particle joined: 'AlQarni', 'McCandless', 'DeWitt')
TITLECASE_WORD = re.compile(
    rf"[{UP}][{LOW}]+(?:[-'’][{UP}{LOW}]+)*|[A-Z]\.?|(?:Al|El|Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][{LOW}]+"
    rf"|[{UP}]['’][{UP}][{LOW}]+"  # ("O'Hara"; people20)
)


HYPHEN_LOWER = re.compile(r"-[a-z]{3}")
# A compound adjective ('Earth-observation', 'Mars-bound', 'Moon-landing'), not a hyphenated given name ('Young-bin').
COMPOUND_MODIFIER = re.compile(
    r"[A-Z][a-z]+-(?:[a-z]{2,}(?:ing|ed)|observation|bound|built|made|run|class|type|era|sized|scale|wide|style|"
    r"grade|orbit|exploration|resources?|science|weather|quality|related|centric)"
)
# A layout label opening a line or a sentence gives the class of the name after it ('Sponsor: Jane Example',
# 'Payload: Example', 'Vehicle: Example', 'Operator: Example Orbit', 'Target: Example').
LABEL_KINDS = {
    "Person": r"(?:co-?)?sponsor|author|chair(?:man|woman|person)?|speaker|host|presenter|moderator|judge|commander|"
              r"pilot|interviewer|guest|writer|editor|reporter|contact|signatory|signed|by",
    "Mission": r"payload|spacecraft|probe|satellite|lander|rover|orbiter|craft|mission",
    "Program": r"(?:launch\s+)?vehicle|launcher|rocket|programme|program",
    "CelestialBody": r"target|destination",
    "Facility": r"launch\s+(?:site|pad|complex)|pad|spaceport|ground\s+station",
    "Organization": r"operator|customer|(?:prime\s+)?contractor|manufacturer|builder|(?:launch\s+)?provider|company|"
                    r"publisher|owner",
    "MediaOutlet": r"source|newspaper|outlet|publication|broadcaster",
    "Country": r"country|nation|nationality",
}  # fmt: skip
LABEL_BEFORE = re.compile(
    r"(?:^|[\n.;|]\s*)(?:[-*•]\s+)?(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABEL_KINDS.items()) + r")s?:[ \t]+$",
    re.IGNORECASE,
)
# Head nouns that no head-word list holds, for names without other cues: 'the Example Launch System' (a program;
# a navigation or satellite system is a facility), 'the International Example Year' (an event), 'the Example
# Regulated Service' (a program; a government's service is a body).
SYSTEM_NETWORK = re.compile(r"\b(?:Satellite|Navigation|Positioning|Warning|Surveillance|Tracking)\b")
GOVERNMENT_SERVICE = {"National", "Federal", "Foreign", "Secret", "Civil", "Diplomatic", "Weather", "Health", "Postal",
                      "Forest", "Park", "Intelligence", "Security", "Customs", "Border", "Revenue", "Prison"}  # fmt: skip
# A lower-case landform after a name: 'on the Example river', 'the Example steppe'.
PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:river|lake|sea|mountains|desert|steppe|island|islands|valley|strait|canal|bay|plateau|glacier|peninsula|"
    r"delta|gulf|coast|estuary|lagoon)\b"
)
# 'the Example committee', 'the Example commission': a body named after its chair or its seat, with a lower-case
# noun that belongs to the name.
# ('the Example administration': a president's government by his name, a body (GUIDELINES, a report summary;
# speakers22))
BODY_NOUN_AFTER = re.compile(
    r"^\s+(?:committee|commission|panel|inquiry|task\s+force|administration)\b(?!\s+(?:of|on|for)\b)"
)
BODY_NAMED_AFTER = "a body named by a noun after it"
# An adjective before the noun is no name: 'the Steering committee', 'the Scientific panel', 'the Examplian commission'.
ADJECTIVE_SHAPE = re.compile(r"(?:ing|ive|al|ary|ory|ic|an|ese|ish|ed)$|^(?:Joint|Select|Special|Main|Standing)$")
# An acronym joined to a number: 'EXA-2', 'EXS-95' (a flight or a craft, as a rule).
HYPHEN_NUMBER_CODE = re.compile(r"[A-Z]{2,6}-\d{1,3}[A-Z]?")
# ('EXS-C', 'EXS-D': an acronym and a letter, a satellite series' members)
HYPHEN_LETTER_CODE = re.compile(r"[A-Z]{2,6}-[A-Z]")
CAMEL_CODE = re.compile(r"(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+[A-Za-z]*)-\d{1,3}[A-Z]?")
# 'KhalifaSat', 'EXA-SAT1', 'ExSat-2': a name that ends in 'Sat' (and a number) is a satellite's.
# (not 'DA-ASAT': an anti-satellite weapon's letters)
SATELLITE_END = re.compile(r"(?:Sat|(?<![-\s]A)(?<!^A)SAT)(?:-?\d{1,3}[A-Z]?)?$")
NOT_CODES = {"COVID", "SARS", "MERS", "ISO", "EN", "IEC", "RFC", "UTC", "GMT", "ITU", "UN", "EU", "NATO", "PM"}
# What newspapers do: 'Example printed the news', 'Example published an editorial'.
MEDIA_AFTER = re.compile(r"^\s+(?:(?:has|had|also)\s+)?(?:printed|published|headlined|editoriali[sz]ed|front-paged)\b")
# A law or a regime one acts under or breaks: 'a licence under EXAR', 'in breach of the EXTR'.
UNDER_BEFORE = re.compile(r"\b(?:under|breach\s+of|violation\s+of|violating|violated|complies\s+with|"
                          r"comply\s+with|compliance\s+with)\s+(?:the\s+)?$")  # fmt: skip
INSTRUMENT_LETTERS = ("R", "A", "T", "C", "L", "Rs", "As")
# A title and its author: 'The Example Barons, by Jane Example' (a book, a report).
# 'a company founded in Exampleton by Jane Doe', 'built in Exampleton by': the place of a deed, no title.
PLACE_OF_DEED = re.compile(r"\b[a-z]+(?:ed|built|made|set\s+up)\s+in\s+(?:\d{4}\s+in\s+)?$")
AUTHOR_AFTER = re.compile(r"^,?\s+by\s+(?:[A-Z][a-z-]+\.?\s+){1,2}(?:[A-Z]\.\s+)?[A-Z][a-z-]+\b(?![’'-]|\s+[A-Z])")
TITLE_AND_AUTHOR = "a title and its author"
LOCATIVE_END = re.compile(r"\b(?:in|to|at|from|near|outside)\s+$")
AMPERSAND = "names joined by an ampersand"
AIRFIELD_WORDS = {"Field", "Airfield", "Aerodrome", "Airbase", "Airstrip"}
RESOLUTION_SYMBOL = "a resolution by its symbol"
RESOLUTION_NUMBER = re.compile(r"\s+\d{1,4}(?:/\d{1,4})?(?![\w’'/-])")
AMPERSAND_NOUNS = {"R&D", "Q&A", "M&A", "B&W", "P&L", "R&R", "S&T"}  # common nouns: 'R&D spending'
# The tail of a longer name: 'the International Day of Example Flight' (no person after 'Day of').
OF_A_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+of\s+(?:the\s+)?$")


# A list a plural class noun and a colon introduce: every item takes the class ('the six regional organizations:
# the EXA for Europe, EXB for the Americas and the EXC', 'three launch companies: A, B and C').
LIST_CLASSES = {
    "InternationalOrganization": r"(?:regional|intergovernmental|international|multilateral)\s+(?:[a-z-]+\s+){0,2}?"
                                 r"(?:organi[sz]ations|bodies|groupings|alliances)",
    "SpaceAgency": r"space\s+agencies",
    "Organization": r"(?:[a-z-]+\s+)?(?:companies|firms|start-?ups|manufacturers|contractors|operators|organi[sz]ations)",
    "Country": r"(?:[a-z-]+\s+)?(?:countries|nations|states)",
    "Program": r"(?:[a-z-]+\s+)?(?:rockets|launchers|launch\s+vehicles)",
    "Mission": r"(?:[a-z-]+\s+)?(?:satellites|probes|spacecraft|missions|landers|rovers)",
    "Facility": r"(?:[a-z-]+\s+)?(?:constellations|spaceports|cosmodromes|launch\s+sites)",
    "Meeting": r"(?:[a-z-]+\s+)?(?:conferences|summits|meetings)",
    "Treaty": r"(?:[a-z-]+\s+)?(?:treaties|conventions)",
}  # fmt: skip
LIST_INTRO = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{kind}>{nouns})" for kind, nouns in LIST_CLASSES.items())
    + r")\s*:\s+(?P<items>[^:;.!?]*)$"
)
LIST_ITEM_START = re.compile(r"(?:^|,\s+|,?\s+and\s+)(?:the\s+)?$")
LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# An item of such a list: a name and a few words ('the EXA for Europe'), no clause.
LIST_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,6}")
LIST_CLASS_RULE = "class from a list's introduction"


COMPLEMENT = re.compile(r"\s(for|in|of|from|on|at|with|to)\s")


def _list_class(before: str, after: str) -> str | None:
    """The class a list's introduction gives the name between ``before`` and ``after``, or None."""
    if ":" not in before:
        return None
    intro = LIST_INTRO.search(before, max(0, before.rfind(":") - 80))
    if intro is None or intro.lastgroup is None:
        return None
    kind = next((k for k in LIST_CLASSES if intro.group(k)), None)
    items = intro.group("items")
    done = LIST_ITEM_START.search(items)
    if kind is None or done is None:
        return None
    earlier = items[: done.start()]
    if earlier and not all(LIST_ITEM.fullmatch(item) for item in LIST_SPLIT.split(earlier)):
        return None  # ('… countries: the talks failed when Examplia walked out': a clause, no list)
    complement = COMPLEMENT.search(items[items.rfind(",") + 1 :])
    if complement is not None and not after.startswith(f" {complement.group(1)} "):
        return None  # 'the EXA for Asia and the Pacific, …': the complement goes on; 'and the EXB for …' is an item
    return kind


# What a school's alumni are ('a graduate of Example Point', 'graduated from the Example Institute'): an organization.
SCHOOL_BEFORE = re.compile(
    r"\b(?:(?:graduates?|alumn(?:us|a|i|ae)|cadets?|students?)\s+(?:of|at|from)|graduated\s+(?:from|at)|"
    r"studied\s+at|enrolled\s+(?:at|in))\s+(?:the\s+)?$"
)
# A rocket by what it does: 'an EX-3 put the satellite into orbit', 'a rocket' taken by its article ('lifted off
# atop an Example 5', 'launched on a Example'): a launcher type (a program), not one flight.
INTO_ORBIT_AFTER = re.compile(
    r"^\s+(?:(?:had|has|then|finally|successfully|also)\s+)*(?:put|puts|placed|places|lofted|lofts|boosted|boosts|"
    r"hurled|carried|carries|delivered|delivers)\s+(?:[^.;:]{0,60}?\s+)?into\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?orbit\b"
)
INDEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Aa]nother)\s+$")
# ('flew aboard a X', 'launched on a X' may name the crew's craft: only 'atop' is a rocket's)
ATOP_BEFORE = re.compile(r"\batop\s+(?:an?|another|the)\s+$")
ROCKET_BY_DEED = "a rocket by what it does"
# 'the Book of Example': a scripture or a book by its head word.
BOOK_OF = re.compile(r"(?:Book|Books|Gospel|Epistle)\s+of\s+[A-Z]")


# A quotation's inverted speech verb right before a name: '"…," said Jane Doe', '"…," added Jane Doe'.
SAID_AFTER_QUOTE = re.compile(r"[,.!?—–-][”\"]\s+(?:said|says|added|adds|told|asked|replied|explained|insisted)\s+$")
APPOSITION = re.compile(r",[^,;:“”\"()]{1,80},")


def _speaker_shaped(words: list[str], before: str, after: str) -> bool:
    """A name of a person's shape (two or three title-case words) that speaks: after a quotation's inverted speech verb,
    or before a speech verb past its apposition ('Jane Doe, the lander project manager, said'). A speaker is a person
    whatever craft its apposition names (speakers22): a craft says nothing."""
    size = sum(w not in CONNECTORS for w in words)
    if not (2 <= size <= 3 and all(TITLECASE_WORD.fullmatch(w) for w in words if w not in CONNECTORS)):
        return False
    if words[-1] in NOT_SURNAMES or words[-1] in COMPANY_LAST_WORDS or words[0] in APPOSED_OPENINGS:
        return False
    if SAID_AFTER_QUOTE.search(before[-40:]):
        return True
    apposed = APPOSITION.match(after)
    return apposed is not None and SPEECH_AFTER.match(after[apposed.end() :]) is not None


def _type(phrase: str, before: str, after: str) -> tuple[str, float, str] | None:
    """The type of an unexplained name, from the words around it, or None."""
    words = phrase.split()
    if phrase.rstrip("s") in NOT_ACRONYMS:
        return None
    if phrase in BODIES:
        return BODIES[phrase], 0.6, "body"
    if "&" in phrase and len(words) <= 5 and phrase not in AMPERSAND_NOUNS:
        return (
            "Organization",
            0.5,
            AMPERSAND,
        )  # 'Example & Example', 'EX&T': firms take the partners' names, people never
    if len(words) == 1 and HYPHEN_LOWER.search(phrase):
        return None  # 'Earth-observation satellite': a compound adjective, not a name
    if phrase in CONTINENTS or (len(words) == 2 and words[0] in COMPASS and words[1] in CONTINENTS):
        return None
    if DESCRIBING.search(phrase) or words[-1] in ROLE_WORDS:
        return None  # 'the European Commissioner for …': a role, not a name
    if len(words) == 2 and words[0] in REGION_WORDS and DEMONYM_SHAPE.match(words[1]):
        return None  # 'the first Latin American country', 'South Korean officials': a region's adjective
    if words[0] == "Operation" and 2 <= len(words) <= 4:
        return "Event", 0.6, "a named operation"  # 'Operation Example Light': a military or relief operation
    if _regnal(words, before):
        return "Person", 0.6, "a ruler's name with its number"  # 'King Example XVI Example', 'Example IX Example'
    listed_class = _list_class(before, after) if len(words) <= 6 else None
    if listed_class is not None:
        return listed_class, 0.6, LIST_CLASS_RULE  # 'the regional organizations: the EXA for Europe, EXB for …'
    if BOOK_OF.match(phrase):
        return "Document", 0.5, "a book by its head word"  # 'read from the Book of Example'
    if (len(words) <= 3 and ((INTO_ORBIT_AFTER.match(after) and INDEFINITE_BEFORE.search(before[-10:]))
                             or ATOP_BEFORE.search(before, max(0, len(before) - 40)))
            and not CRAFT_AFTER.match(after)):  # fmt: skip
        return "Program", 0.5, ROCKET_BY_DEED  # 'an EX-3 put the satellite into orbit', 'lifted off atop an Example'
    labelled = LABEL_BEFORE.search(before) if before.endswith((": ", ":\t")) else None
    if labelled and labelled.lastgroup and len(words) <= 4:
        kind = labelled.lastgroup
        person_like = (2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
                       and words[-1] not in COMPANY_LAST_WORDS and words[-1] not in NOT_SURNAMES)  # fmt: skip
        if kind != "Person" or person_like:
            return kind, 0.6, "class from a layout label"  # 'Sponsor: Jane Example', 'Payload: Example'
    if (
        AUTHOR_AFTER.match(after)
        and len(words) <= 6
        and not SPEECH_AFTER.match(after)
        and not PLACE_OF_DEED.search(before)
        and not (len(words) <= 2 and LOCATIVE_END.search(before))
    ):  # ('founded in Examplton by Jane Example', 'grew up in Examplton, by …': a town, not a title)
        return "Document", 0.5, TITLE_AND_AUTHOR  # 'The Example Barons, by Jane Example'
    if _speaker_shaped(words, before, after):
        return "Person", 0.7, "person by role or speech"  # '"…," said Jane Doe, the lander project manager'
    if PROGRAM_AFTER.match(after):
        return "Program", 0.6, "name before a craft noun"
    if STAGE_BEFORE.search(before, max(0, len(before) - 40)) and len(words) <= 3 and not SPEECH_AFTER.match(after):
        return "Program", 0.6, "name beside a craft noun"  # 'the second stage, Example': a rocket's stage (documents22)
    if (len(words) <= 3 and LAUNCHES_ON_OWNER.search(before, max(0, len(before) - 80))) or (
        COUNTED_BEFORE.search(before[-24:]) and LAUNCHES_AFTER.match(after)
    ):
        return "Program", 0.5, "launcher of counted launches"  # '18 launches on Example Corp's Example Heavy'
    listed = LISTED_AFTER_PLURAL.search(before) if " and " in before[-40:] or " or " in before[-40:] else None
    if listed is None and ("among them" in before or "including" in before or "such as" in before):
        listed = LISTED_AMONG.search(before, max(0, len(before) - 160))
    if listed:  # 'two cubesats, A and B': the last of a list after a plural class noun
        return (
            ("Station", 0.6, "name beside a craft noun")
            if listed.group(1)
            else ("Mission", 0.6, "name beside a craft noun")
        )
    if MODULE_AFTER.match(after) or MODULE_BEFORE.search(before):
        return "Station", 0.6, "name beside a craft noun"  # 'the Example core module', 'two modules, A and B'
    if FACILITY_AFTER.match(after):
        return "Facility", 0.6, "name before a craft noun"  # 'the Example launch site'
    if PLACE_NOUN_AFTER.match(after) and len(words) <= 3 and all(titlecase_word(w) for w in words):
        return "Place", 0.6, "name before a landform"  # 'on the Example river'
    if (BODY_NOUN_AFTER.match(after) and len(words) <= 2 and all(titlecase_word(w) for w in words)
            and THE_BEFORE.search(before[-5:]) and not ADJECTIVE_SHAPE.search(words[-1])):  # fmt: skip
        return "GovernmentBody", 0.5, BODY_NAMED_AFTER  # 'the Example committee' (named after its chair)
    if len(words) <= 3 and (meeting_by_deed(phrase, after) or MEETING_LIST_BEFORE.search(before[-120:])):
        return "Meeting", 0.5, "what only meetings do"  # 'EXAMPLE met in Examplton', 'the conferences, A and B'
    if MEETING_AFTER.match(after) and len(words) <= 3 and phrase not in ("Press", "News", "Video", "Peace", "Party"):
        return "Meeting", 0.6, "name before a craft noun"  # 'the Example conference'
    if CELESTIAL_BEFORE.search(before) and len(words) <= 2 and not SPEECH_AFTER.match(after):
        return "CelestialBody", 0.6, "name beside a craft noun"  # 'the asteroid Example'
    if len(words) == 1 and CELESTIAL_PREPOSITION.search(before, max(0, len(before) - 40)):
        return "CelestialBody", 0.5, "what only celestial bodies are"  # 'samples from Example', 'landed on Example'
    if STATION_AFTER.match(after):
        return "Station", 0.6, "name before a craft noun"
    if (NETWORK_AFTER.match(after) or CONSTELLATION_AFTER.match(after)) and not NUMBERED_WORD.fullmatch(phrase):
        return "Facility", 0.5, "name before a craft noun"  # 'two Example navigation satellites': a network's
    craft = CRAFT_AFTER.match(after)
    rocket = ROCKET_AFTER.match(after) or (MISSILE_AFTER.match(after) and any(c.islower() for c in phrase))
    if (craft or rocket) and DEMONYM_SHAPE.search(phrase) and before.endswith((" a ", " an ", "A ", "An ")):
        return None  # 'a European crewed spacecraft', 'a European launcher market': an adjective of origin
    if craft:
        return "Mission", 0.6, "name before a craft noun"
    if rocket:
        return "Program", 0.6, "name before a craft noun"
    if BASE_AFTER.match(after):
        return "MilitaryBase", 0.6, "name before a craft noun"
    called = (
        CALLED.search(before)
        if "ed " in before[-12:] or "as " in before[-4:] or CALLS_END.search(before[-8:])
        else None
    )
    if called:
        if called.group("program"):
            return "Program", 0.6, "craft called"  # 'a scheme called Example Access'
        if called.group("facility"):
            return "Facility", 0.6, "place called"  # 'the pad now known as Example Start'
        if called.group("event"):
            return "Event", 0.6, "event called"  # 'in a test it called Example Prime'
        return ("Mission", 0.6, "craft called") if called.group("craft") else ("Place", 0.6, "place called")
    if after.startswith(", launched ") and LAUNCHED_APPOSITION.match(after):
        return "Mission", 0.6, "what is launched"  # 'Example, launched in October 1957, was …'
    tail = before[-80:]
    if ("call" in tail or "nam" in tail or "dub" in tail or "christen" in tail) and NAMED_OBJECT.search(tail):
        return "Mission", 0.6, "craft called"  # 'ExSA named that stay Example', 'called the mission Example'
    apposed = CRAFT_APPOSITION.match(after) if after[:1] == "," else None
    if apposed and NETWORK_NOUN_AFTER.match(after, apposed.end()):
        return "Facility", 0.6, "name beside a craft noun"  # 'X, the secure satellite network': a network
    if apposed and apposed.group(0).endswith("module") and not MODULE_OF_A_CRAFT.search(apposed.group(0)):
        return "Station", 0.6, "name beside a craft noun"  # 'Example, the first module of the station'
    if SPACE_STATION_BEFORE.search(before, max(0, len(before) - 30)):
        return "Station", 0.6, "name beside a craft noun"  # 'the American space station Example' (names20)
    if (CRAFT_BEFORE.search(before) and not SPEECH_AFTER.match(after)) or apposed:
        # ('After the SpaceX flight, Jane Example said …': a fronted adverbial ends in the craft noun, and the name
        # after its comma speaks; a craft says nothing)
        return "Mission", 0.6, "name beside a craft noun"
    if (len(words) <= 2 and all(titlecase_word(w) for w in words) and not ROCKET_AFTER.match(after)
            and CREW_FLEW_ON.search(before, max(0, len(before) - 80))):  # fmt: skip
        return "Mission", 0.5, "the craft a crew flew on"  # 'he flew to the station on Example', 'back in orbit on X'

    if (
        len(words) <= 2
        and COMPANY_TOWN_AFTER.match(after)
        and ARTICLE_END.search(before[-5:])
        and not DEMONYM_SHAPE.match(words[-1])  # ('the Examplian company X': a nationality, no town)
    ):
        return "City", 0.5, "a company's town"  # 'the Exampleton company Example Corp' (programmes21)
    if PLACE_OF.search(before) and all(w[:1].isupper() for w in words) and len(words) <= 3:
        return "Place", 0.6, "place after 'island of'"
    if CITY_OF.search(before) and all(w[:1].isupper() for w in words) and len(words) <= 3:
        return "City", 0.6, "town after 'residents of'"
    unit = UNIT_AFTER.match(after) if len(words) <= 3 else None
    if unit is not None and (unit.group("noun") != "unit" or before.endswith(("'s ", "’s "))):
        return "Organization", 0.6, "name before a unit noun"  # "Example's EXO optics unit", 'its Example division'

    kind_before = KIND_BEFORE.search(before, max(0, len(before) - 40)) if before else None
    if (kind_before and kind_before.lastgroup and len(words) <= 3
            and not (kind_before.lastgroup == "Stage" and SPEECH_AFTER.match(after))  # ('the stage, Jane Doe said')
            and (kind_before.lastgroup not in ("Program", "Facility") or "," not in kind_before.group(0)
                 # 'that effort, Example, was run by': an apposition closed by a second comma
                 or (after.startswith(",") and not ROLE_AFTER.match(after)))):  # fmt: skip
        kind = KIND_BEFORE_GROUPS.get(kind_before.lastgroup, kind_before.lastgroup)
        return kind, 0.6, "class from the noun before"  # ('the programme, Jane Doe said': no)
    class_before = CLASS_BEFORE.search(before, max(0, len(before) - 120)) if len(words) <= 3 else None
    if (
        class_before is not None
        and class_before.lastgroup
        and not (class_before.group(class_before.lastgroup).endswith("s") and AUXILIARY_AFTER.match(after))
    ):
        # ('several companies Example had approached': a relative clause's subject, no member of the class)
        # 'the Russian airline Example', 'the Ukrainian firms A and B', 'operators such as A and B' (names20)
        return class_before.lastgroup, 0.6, CLASS_NOUN_BEFORE
    if ORGANIZATION_NOUN_AFTER.match(after) and len(words) <= 3:
        return "Organization", 0.6, "name before a craft noun"  # 'the Example party'

    if len(words) == 1 and CRAFT_VERB_AFTER.match(after) and not OBJECT_OF_BEFORE.search(before[-12:]):
        return "Mission", 0.5, "what only craft do"  # 'SLIM landed upside down', 'Example, built by X, crashed'
    if (
        len(words) == 1
        and (
            LAUNCHED_BEFORE.search(before, max(0, len(before) - 24))
            or (after.startswith(", which") and LAUNCHED_AFTER.match(after))
        )
        and not (after[:1] == "," and KIND_OF.match(after))  # 'launched Example, the first module of': its class
    ):
        return "Mission", 0.5, "what only craft do"  # 'Example launches EXA-J', 'EXM, which Examplia is to launch'
    # ('Example, the drones' maker, said': an apposition or a relative clause on 'which' between name and verb)
    modified = NAME_MODIFIER.match(after) if after[:1] == "," else None
    if len(words) == 1 and modified is not None and phrase[:1].isupper():
        # 'Example, the company that built the lander, said …': the apposition's noun names the class before the
        # speech verb does, and is evidence enough for one word opening a sentence, 'ExampleTech' too (ends25)
        apposed_kind = KIND_OF.match(after)
        if apposed_kind and apposed_kind.lastgroup and apposed_kind.lastgroup not in ("Person", "Country", "City"):
            return apposed_kind.lastgroup, 0.6, "class from an apposition or 'is a'"
    announced = ANNOUNCED_AFTER.match(after) or (
        modified is not None and " who" not in modified.group(0)[:6] and ANNOUNCED_AFTER.match(after[modified.end() :])
    )
    if (len(words) == 1 and titlecase_word(phrase) and not phrase.endswith("s") and announced
            and not CAMEL.fullmatch(phrase) and not ABSTRACT_END.search(phrase)):  # fmt: skip
        # 'Example announced today', 'Example said it would': one word that speaks, not a known person's surname
        # (those are found as the person's short form first), is an organization
        return "Organization", 0.5, "organization by speech"
    if len(words) <= 3 and all(titlecase_word(w) for w in words) and MEDIA_NOUN_AFTER.match(after):
        return "MediaOutlet", 0.5, "name before a media noun"  # 'told Example magazine', 'the Example newspaper'
    if len(words) == 1 and MEDIA_AFTER.match(after) and titlecase_word(phrase):
        return "MediaOutlet", 0.5, "what only newspapers do"  # 'Example printed the news'
    if len(words) == 1 and BARE_ACRONYM.fullmatch(phrase):
        kind_of = KIND_OF.match(after) if after[:1] in ",:" or after[:4] in (" is ", " was") else None
        if kind_of and kind_of.lastgroup:
            return kind_of.lastgroup, 0.6, "class from an apposition or 'is a'"
        if after[:1] == ")" and before.endswith("(") and TOPIC_DEFINED.search(before, max(0, len(before) - 40)):
            return "Topic", 0.5, "acronym of a common noun"  # 'confidence-building measures (CBMs)': a subject
        under = UNDER_BEFORE.search(before, max(0, len(before) - 30))
        if (under and not after.startswith(("'s", "’s"))
                and (not under.group(0).startswith("under") or phrase.endswith(INSTRUMENT_LETTERS))):  # fmt: skip
            # 'a licence under EXAR', 'in breach of the EXT' (after 'under', an acronym whose last word may be
            # Regulations, Rules, Act, Treaty, Code or Law, not 'a unit under EXCOM')
            return "Document", 0.5, "a rule one acts under"
        if phrase.startswith("UN") and phrase.endswith("R") and len(phrase) >= 4 and RESOLUTION_NUMBER.match(after):
            return "Document", 0.6, RESOLUTION_SYMBOL  # 'UNSCR 2087': a UN body's resolution (adopted) by its number
        return _acronym_kind(phrase), 0.5, "acronym"
    by_head = kind_by_head(words)
    if by_head is not None:
        return by_head, 0.5, "class from the last word"
    if words[-1] in HEADS or words[0] in HEAD_FIRST or all(w in GENERIC for w in words):
        return None  # the head-word rules decide these
    if len(words) >= 2 and (words[-1] in COMPANY_LAST_WORDS or phrase.endswith(" Air Lines")):
        return "Organization", 0.5, "a company's last word"  # 'Example Space', 'Example Dynamics': not a person
    titlecase = all(TITLECASE_WORD.fullmatch(w) for w in words if w not in CONNECTORS)
    size = sum(w not in CONNECTORS for w in words)  # 'Mohammed bin Example': two words of a name
    if (titlecase and 2 <= size <= 3 + (size < len(words)) and words[-1] not in NOT_SURNAMES
            and not BODY_POSSESSIVE_BEFORE.search(before[-8:])):  # fmt: skip
        if (ROLE_BEFORE.search(before) or ROLE_AFTER.match(after) or SPEECH_AFTER.match(after)
                or (modified is not None and SPEECH_AFTER.match(after[modified.end() :]))) and not (
                ROLE_OF_BEFORE.search(before, max(0, len(before) - 40)) and after[:1] == ","):  # fmt: skip
            # ('Jane Doe, chairman of the Example Chiefs of Staff, told …': the body a role is of, no speaker)
            return "Person", 0.7, "person by role or speech"
        if PERSON_BEFORE_SAID.search(before):
            return "Person", 0.6, "person after said"
    kind_of = (
        KIND_OF.match(after)
        if after[:1] == "," or after[:4] in (" is ", " was", " bec", " rem", " has") or ADVERB_COMMA.match(after)
        else None
    )
    if kind_of and kind_of.lastgroup:
        return kind_of.lastgroup, 0.6, "class from an apposition or 'is a'"
    if len(words) == 1 and titlecase and WORKED_FOR_BEFORE.search(before[-24:]) and not DEMONYM_SHAPE.search(phrase):
        return "Organization", 0.5, "what only organizations do"  # 'he worked for Example-Bank'
    if len(words) == 1 and titlecase and MAKER_BEFORE.search(before[-24:]) and not DEMONYM_SHAPE.search(phrase):
        return "Organization", 0.5, "what only organizations do"  # 'built by Example': one word, a maker
    if titlecase and size <= 4 and SCHOOL_BEFORE.search(before, max(0, len(before) - 40)):
        return "Organization", 0.5, "a school by its alumni"  # 'a graduate of Example Point'
    if (
        titlecase
        and size <= 3
        and (
            ROLE_OF_BEFORE.search(before, max(0, len(before) - 40))
            or JOINT_VENTURE_OF.search(before, max(0, len(before) - 60))
        )
    ):
        return "Organization", 0.5, "what only organizations do"  # 'the chief executive of Example', 'an engineer at X'
    if (len(words) == 1 and titlecase and PLACE_AFTER_THE.search(before[-20:])
            and not NOT_A_PLACE_BEFORE.search(before[-44:-4])):  # fmt: skip
        return "Place", 0.5, "place after a preposition"  # 'brought down into the Example'
    if titlecase and size <= 2 and LANDED_AT.search(before, max(0, len(before) - 30)):
        return "Place", 0.5, "place after a preposition"  # 'landed at Example Sands': where craft come down
    if (
        PLACE_BEFORE.search(before)
        and titlecase
        and not NOT_A_PLACE_BEFORE.search(before[-40:])
        and size <= 2 + (size < len(words))
        and not CAMEL.fullmatch(phrase)
        and (len(words) == 1 or not PERSON_OR_PLACE_BEFORE.search(before))
        # ('… Strategy in Action': no place; 'at Example City' is one, a short word ending in 'ity'; types19)
        and not (len(words[-1]) > 4 and ABSTRACT_NOUN_END.search(words[-1]))
    ):
        if words[-1] in AIRFIELD_WORDS and len(words) >= 2:
            return "Facility", 0.5, "place after a preposition"  # 'at Example Field': an airfield
        if LOCALITY_AFTER.match(after):
            return "Place", 0.5, "a locality by the town it is near"  # 'at Example, outside Tarvo': a place (types19)
        return "City", 0.5, "place after a preposition"
    if len(words) == 1 and CAMEL.fullmatch(phrase) and not phrase.startswith(("Mc", "Mac")):
        if GENERIC_SAT.fullmatch(phrase):
            return None  # 'CubeSats', 'SmallSat': a kind of satellite
        if SATELLITE_END.search(phrase):
            return "Mission", 0.5, "satellite's name"  # 'KhalifaSat'
        return "Organization", 0.4, "capitals inside a word"
    if titlecase and size <= 3 and ORGANIZATION_AFTER.match(after):
        return (
            "Organization",
            0.5,
            "what only organizations do",
        )  # 'Example Orbit hired 200 engineers', '… is headquartered'

    if titlecase and 2 <= size <= 3 and PERSON_AFTER.match(after):
        return "Person", 0.6, "what only people are"  # 'Jane Example, who was born in', 'Jane Example, 54,'
    if (titlecase and 2 <= size <= 3 and not _person_shaped(before, after)
            and not AS_OWNED_BEFORE.search(before[-40:])):  # fmt: skip
        # ('on a Example Heavy', 'its cancelled Example Streak', 'one option, the "Example Path"': a person takes no
        # article, no owner's possessive and no quotes; what does is a thing, a launcher type or a plan; typing22)
        return "Program", 0.35, NOT_A_PERSON
    if titlecase and 2 <= size <= 3 and THE_BEFORE.search(before[-5:]):
        return "Organization", 0.35, "name after 'the'"  # 'the Example Example': no person takes an article
    if titlecase and 2 <= size <= 3 and MADE_BEFORE.search(before, max(0, len(before) - 40)):
        return "Mission", 0.4, "what is built or developed"  # 'keep developing Example Chaser': a made thing
    if titlecase and size == 2 and words[0] in PLACE_OPENERS:
        return "City", 0.4, "a place's name by its first word"  # 'La Example', 'San Example': a town, not a person
    if titlecase and size == 2 and words[0] in NOT_FIRST_NAMES:
        return "Program", 0.35, NEW_NAME  # 'New Glenn', 'New Example': a rocket or a craft
    if (titlecase and 2 <= size <= 3 + (size < len(words)) and words[-1] not in NOT_SURNAMES
            and words[-1] not in COMMON_LAST_WORDS and not ABSTRACT_END.search(words[-1])
            and words[-1] not in MONTHS and words[-1] not in DAY_WORDS  # ('Late July', 'Example Eve': a date; types19)
            and not OF_A_NAME_BEFORE.search(before, max(0, len(before) - 40))
            and not BODY_POSSESSIVE_BEFORE.search(before[-8:])):  # fmt: skip
        # ('acts as its Example Central Contact': a body's capitalised function, no person; types18)
        return "Person", 0.35, "two- or three-word name"  # 'Luiz Example Lula da Example': a connector inside
    if len(words) == 1 and NUMBERED_WORD.fullmatch(phrase):
        return "Mission", 0.4, "numbered name"  # 'Example4 in 2021': a flight or a craft, as a rule
    if len(words) == 1 and LAUNCHER_GENERATION.fullmatch(phrase):
        return "Program", 0.4, "numbered name"  # 'the EX-IIA': a launcher's generation
    if len(words) == 1 and HYPHEN_NUMBER_CODE.fullmatch(phrase) and phrase.split("-")[0] not in NOT_CODES:
        return "Mission", 0.4, "numbered name"  # 'on EXS-2': a flight, as a rule
    if len(words) == 1 and CAMEL_CODE.fullmatch(phrase):
        return "Mission", 0.4, "numbered name"  # 'launched ExaSAT-1A': a craft of a series (typing22)
    if len(words) == 1 and HYPHEN_LETTER_CODE.fullmatch(phrase) and phrase.split("-")[0] not in NOT_CODES:
        return "Mission", 0.4, "numbered name"  # 'EXS-C flew in 2000': a craft of a lettered series (typing22)
    if len(words) == 1 and not titlecase and SATELLITE_END.search(phrase):
        return "Mission", 0.4, "satellite's name"  # 'followed with EXA-SAT1 in 2021' (types18)
    return None


# A ruler's number inside a name: 'King Example XVI Example', 'Queen Example II' (a craft's or a conference's number
# stands alone after one word: 'Example II', 'EXAMPLE III'; typing22).
ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
RULER_BEFORE = re.compile(
    r"\b(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar|Tsarina|Prince|Princess|Sultan|Emir|Shah|Grand\s+Duke|"
    r"Grand\s+Duchess|Duke|Duchess)\s+$"
)


def _regnal(words: list[str], before: str) -> bool:
    """A given name, a ruler's number and perhaps a house's name: after a ruler's title ('King Example XVI'), or
    between two capitalised words ('Example XVI Example')."""
    if not 2 <= len(words) <= 4 or not titlecase_word(words[0]):
        return False
    at = [i for i, w in enumerate(words) if w and ROMAN.fullmatch(w) and i > 0]
    if len(at) != 1 or not all(titlecase_word(w) for i, w in enumerate(words) if i != at[0]):
        return False
    return RULER_BEFORE.search(before[-16:]) is not None or 0 < at[0] < len(words) - 1


NOT_A_PERSON = "a thing by its determiner"
# 'on a Example Heavy', 'another Example Star': an indefinite article before a pair of names.
ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Aa]n?|[Aa]nother)\s+$")
# 'its cancelled Example Streak', 'their own Example Path': an owner's possessive, a modifier or two between (an
# adjective or a participle by its ending or its kind: 'Its crew were Jane Doe' has a noun and a verb, 'its seat in
# Example City' a preposition, 'their son Example Example' a kin noun).
_OWN_MODIFIER = (
    # (not the endings of nouns for people too: 'its general', 'its mechanic', 'its secretary', 'its executive')
    r"(?:[a-z-]{3,}(?:ed|ing)|[a-z-]+(?:ous|ful|ible|able|ern)|new|own|old|first|second|third|next|last|latest|"
    r"joint|main|national|original|big|small|former|future|flagship|prized)"
)
OWNED_BEFORE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:{_OWN_MODIFIER}\s+){{0,2}}$")
# 'acts as its Example Central Contact': a body's capitalised function, no thing of its own (types18).
AS_OWNED_BEFORE = re.compile(r"\bas\s+(?:its|their|our|whose)\s+(?:[a-z][\w-]*\s+){0,2}$")
QUOTE_OPEN = ('"', "“")
QUOTE_CLOSE = ('"', "”")


def _person_shaped(before: str, after: str) -> bool:
    """Nothing before or around a pair of capitalised words argues against a person's name: no indefinite article,
    no owner's possessive, no quotes ('an option, the "Example Path"': a nickname's quotes hold one word)."""
    if ARTICLE_BEFORE.search(before[-10:]) or OWNED_BEFORE.search(before[-40:]):
        return False
    return not (before.endswith(QUOTE_OPEN) and after.startswith(QUOTE_CLOSE))


# A class noun before a name, an adjective or two between ('the Russian airline Example', 'the daily Example'), or
# a plural one before a list of names ('the Ukrainian firms A and B', 'satellite operators such as A and B'): the
# name's class (craft nouns are CRAFT_BEFORE's; names20).
CLASS_NOUNS_BEFORE = {
    "Organization": r"compan(?:y|ies)|firms?|start-?ups?|operators?|manufacturers?|contractors?|makers?|consortium|"
                    r"consortia|conglomerates?|airlines?|banks?|suppliers?|subsidiar(?:y|ies)|carmakers?|shipyards?",
    "Program": r"rockets?|launchers?|launch\s+vehicles?",
    "MediaOutlet": r"newspapers?|dail(?:y|ies)|magazines?|broadcasters?|tabloids?|news\s+agenc(?:y|ies)",
    "Facility": r"spaceports?|cosmodromes?",
    "Meeting": r"conferences|summits",
}  # fmt: skip
_CLASS_NOUN = "|".join(f"(?P<{kind}>{nouns})" for kind, nouns in CLASS_NOUNS_BEFORE.items())
_ITEM = r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|\d{1,3}))?"
CLASS_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:of|for|to|and|or|with|in|on|at|by|from|who|which|that)\s)[\w-]+\s+){0,2}?"
    rf"|\b(?:two|three|four|five|six|several|many|other|\d+)\s+(?:[\w-]+\s+){{0,2}}?|\s)(?:{_CLASS_NOUN})"
    rf"(?:\s+|,\s+|,?\s+(?:such\s+as|including|like|among\s+them|notably)\s+)"
    rf"(?:{_ITEM}(?:,\s+|,?\s+(?:and|or|as\s+well\s+as)\s+))*$"
)
CLASS_NOUN_BEFORE = "class from the noun before"
AUXILIARY_AFTER = re.compile(r"^\s+(?:had|has|have|would|will|could|can|should|might|must|was|is|were|are)\b")
# An adverb between a name and its apposition: 'reading about Example again, the only satellite …' (names20).
ADVERB_COMMA = re.compile(r"\s+(?:again|too|also|itself|now|then|today),\s")
# Last words of a day's name, never a surname: 'Christmas Eve', 'Example Day', 'Late Monday'.
DAY_WORDS = {"Eve", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# ('Coordinated Example Time': a time standard is a document, guidelines; no person's name ends in 'Time': names20)
DOCUMENT_LAST_WORDS = {"Roadmap", "Report", "Guidelines", "Handbook", "Yearbook", "Whitepaper", "Time"}


def kind_by_head(words: list[str]) -> str | None:
    """The class a last word gives a name that no head-word list covers ('the Example Launch System')."""
    if len(words) < 2 or not all(titlecase_word(w) for w in words):
        return None
    if words[0] == "Shuttle" or (words[:2] == ["Space", "Shuttle"] and len(words) > 2):
        return "Mission"  # 'the Space Shuttle Example': one orbiter
    if words[-1] == "System":
        return "Facility" if SYSTEM_NETWORK.search(" ".join(words)) else "Program"
    if words[-1] == "Service" and words[0] not in GOVERNMENT_SERVICE:
        return "Program"
    if words[-1] in DOCUMENT_LAST_WORDS:
        return "Document"  # 'the Global Example Roadmap', 'the Example Report': a document, no person
    if words[-1] == "Year" and len(words) >= 3:
        return "Event"  # 'the International Example Year'
    return None


def _inside(text: str, word: str) -> bool:
    """The word stands capitalised inside a sentence somewhere in the text (a proper name, not a common noun)."""
    return re.search(rf"[\w,;]\s+{re.escape(word)}\b", text) is not None


def titlecase_word(word: str) -> bool:
    return TITLECASE_WORD.fullmatch(word) is not None and "." not in word


def _acronym_kind(acronym: str) -> str:
    """An acronym the text never spells out, typed by how such acronyms end or begin: '…SA' a space agency
    ('Space Agency': KASA, UKSA), '…SAT' a satellite, 'UN…' a UN organ; otherwise an organization."""
    if acronym.endswith("SAT") and len(acronym) >= 4:
        return "Mission"
    if acronym.endswith("SA") and len(acronym) >= 3:
        return "SpaceAgency"
    if acronym.startswith("UN") and len(acronym) >= 4:
        return "InternationalOrgan"
    return "Organization"


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Countries' names in the gazetteer ('Vietnam', 'Korea')."""
    rows = [line.split("\t") for line in gazetteer_text().splitlines() if line and not line.startswith("#")]
    return frozenset(row[0] for row in rows if len(row) >= 3 and row[1] == "Country")


COMPASS_COUNTRY = "a country's name after a compass word"


def _compass_country(words: list[str], names: Mapping[str, object], kind_of: KindOf) -> bool:
    """'North Example', 'South Example': a compass word before a country's name names a country (a state
    divided or split off), not a person."""
    if (len(words) != 2 or words[0] not in ("North", "South", "East", "West") or DEMONYM_SHAPE.match(words[1])
            or words[1] in CONTINENTS):  # fmt: skip
        return False  # ('North America': a continent)
    if words[1] in _country_names():
        return True
    known = names.get(words[1])
    entity = known[0] if isinstance(known, tuple) and known and isinstance(known[0], str) else None
    return entity is not None and kind_of(Found(0, 0, entity)) == "Country"


# Titles that stand after a body's name and before a person's ('House Speaker Jane Doe', 'Senate Majority Leader
# Jane Doe'): the name after the title is a person.
INNER_TITLES = {"Speaker", "Leader", "Whip", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
                "President", "Chairman", "Chairwoman", "Chair", "Director", "Administrator", "Ambassador",
                "Commissioner", "Governor", "Senator", "Chief", "Envoy", "Commander", "Premier"}  # fmt: skip


def _after_inner_title(words: list[str]) -> int:
    """Where a person's name starts after a title inside a capitalised run (0: no title there)."""
    for index in range(1, min(4, len(words) - 2)):
        if words[index] in INNER_TITLES:
            rest = words[index + 1 :]
            core = [w for w in rest if w not in CONNECTORS]  # ('Jane von der Example': two words of a name)
            if (2 <= len(core) <= 3 and rest[0] not in CONNECTORS and all(titlecase_word(w) for w in core)
                    and rest[-1] not in NOT_SURNAMES
                    and rest[-1] not in COMPANY_LAST_WORDS and rest[-1] not in HEADS and rest[0] not in NOT_NAMES):  # fmt: skip
                return index + 1
            return 0
    return 0


# 'It was named Example' (the thing the sentence before is about): the class noun that opens that sentence.
IT_NAMED_BEFORE = re.compile(
    r"(?:^|[;,]\s+|\b(?:and|but|so)\s+)(?:It|it)\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:(?:later|officially|formally|then|also|first|eventually)\s+)?(?:named|called|dubbed|christened)\s+$"
)
SUBJECT_NOUN = re.compile(
    r"\b(?:(?P<Mission>satellite|probe|spacecraft|lander|rover|orbiter|telescope|capsule|observatory|cube[sS]at)|"
    r"(?P<Program>rocket|launcher|launch\s+vehicle)|(?P<Station>space\s+station)|"
    r"(?P<Organization>company|firm|start-?up))s?\b(?!['’])"  # ('the company's first rocket': the rocket)
)
SENTENCE_END_BEFORE = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _it_named(text: str, start: int) -> tuple[str, float, str] | None:
    """The class of what 'It' refers to in 'It was named X': the first class noun of the sentence before."""
    window = text[max(0, start - 400) : start]
    ends = [m.end() for m in SENTENCE_END_BEFORE.finditer(window.rstrip())]
    previous = window[ends[-1] if ends else 0 :]
    noun = SUBJECT_NOUN.search(previous)
    if noun is None or noun.lastgroup is None:
        return None
    return noun.lastgroup, 0.5, "what 'it' names"


def unexplained(
    text: str, start: int, end: int, taken: list[Found], names: Mapping[str, object], kind_of: KindOf | None = None
) -> list[Found]:
    """New names in the parts of a sentence that no mention covers
    (``kind_of`` gives a mention's class, for names listed beside it)."""
    sentence = text[start:end]
    found: list[Found] = (
        _designations(text, start, sentence, taken) if any(h in sentence for h in DESIGNATION_HINTS) else []
    )
    if any(h in sentence for h in LOG_SPEAKER_HINTS):
        found += _log_speakers(text, start, sentence, taken)
    opening = [m for m in taken + found
               if kind_of is not None and m.end < end and text[m.end] == " " and kind_of(m) == "CelestialBody"
               and (BODY_OPENS_CRAFT.match(text, m.end, end) or _body_opens_a_name(text, m.end, end, taken))]  # fmt: skip
    opening_bodies = {m.start - start for m in opening}
    # (only the body's own mention is left uncovered: a longer name from the same word on, 'Example Sample
    # Return', still covers its words)
    covered = [(m.start - start, m.end - start) for m in taken + found if not any(m is b for b in opening)]
    pending: list[_Pending] = []
    shouted = (
        [(m.start(), m.end()) for m in SHOUTED.finditer(sentence) if _shouting(m.group(0))] if " " in sentence else []
    )
    for match in PHRASE.finditer(sentence):
        if shouted and any(a <= match.start(1) < b for a, b in shouted):
            continue  # 'PRESS RELEASE', 'FOR IMMEDIATE RELEASE': words in capitals, not acronyms
        for piece_start, piece_end in _uncovered(match.start(1), match.end(1), covered):
            piece = sentence[piece_start:piece_end]
            # Strip words that do not start a name, and connectors at the edges.
            words = piece.split()
            while words and (words[0] in NOT_NAMES or words[0] in MONTHS or words[0] in CONNECTORS
                             or (words[0] in PART_OF_MONTH and len(words) > 1 and words[1] in MONTHS)
                             # ('Late Dec 2021: X docks with Y' in a thread: a date, no one's name; precision26)
                             or (words[0] in PART_OF_MONTH and len(words) > 1 and words[1] in MONTH_SHORT)
                             or (words[0] in MONTH_SHORT and len(words) == 1)
                             or (words[0] in HONORIFICS and not GIVEN_NAME_BEFORE_AL.match(" ".join(words)))
                             or DESCRIBING.search(words[0])
                             or (words[0] in PEOPLE_OF and len(words) > 2 and words[1] == "of")
                             ) and not (words[0] == "Jan" and len(words) > 1) and not _modifier_opens(words) and not (
                    words[0] in NAME_OPENING_ADJECTIVES and len(words) >= 2
                    and WHOLE_COMPANY_END.search(" ".join(words[1:])) is not None):  # fmt: skip
                words.pop(0)  # ('Jan' before a name is a given name: 'Jan Example'; the month's has a number)
            unstripped = piece.split()
            if (len(unstripped) >= 2 and unstripped[0] in APPOSED_OPENINGS
                    and APPOSED_CRAFT.search(sentence, 0, piece_start)):  # fmt: skip
                words = unstripped  # 'a pressurised rover, the Lunar Example': the adjective is the name's
            while words and words[-1] in CONNECTORS:
                words.pop()
            while len(words) > 1 and COMPOUND_MODIFIER.fullmatch(words[-1]):
                words.pop()  # 'the EXSAT-3 Earth-observation satellite': a compound adjective after the name
            if not words:
                continue
            phrase = " ".join(words)
            title = LEADING_TITLE.match(phrase)
            if title:  # 'Air Vice-Marshal Jane Doe': the title is not the name
                phrase = phrase[title.end() :]
                if not phrase:
                    continue
                words = phrase.split()
            title_typed: tuple[str, float, str] | None = None
            inner = _after_inner_title(words) if len(words) >= 3 else 0
            if inner:  # 'House Speaker Jane Doe': the name after the title is a person
                words = words[inner:]
                phrase = " ".join(words)
                title_typed = ("Person", 0.7, "person by role or speech")
            offset = piece_start + piece.index(words[0])
            if (
                len(words) >= 4
                and words[2] == "of"
                and all(TITLECASE_WORD.fullmatch(w) for w in words[:2])
                and SPEECH_AFTER.match(sentence[offset + len(phrase) :])
            ):
                # 'Jane Example of Examplo Rockets said …': a person and the body she speaks for, not one name
                words = words[:2]
                phrase = " ".join(words)
            if phrase in names or sentence[offset : offset + len(phrase)] != phrase:
                continue
            before, after = sentence[:offset], sentence[offset + len(phrase) :]
            at, until = start + offset, start + offset + len(phrase)
            if after[:1] == ":" and BARE_ACRONYM.fullmatch(phrase) and _a_label(text, at, until):
                continue  # 'HOST: …' in a transcript
            if after[:1] == ")" and DATELINE_AGENCY.search(text, max(0, at - 60), at) and DASH_AFTER.match(after):
                continue  # 'WASHINGTON (AP) —': a dateline's news agency, not a name the text is about
            later = _named_again(after, until, taken)
            same = later or _named_before(before, at, taken)
            if same is None and pending:
                # 'the Example Services program, known as EXS': the name before is one this pass found
                earlier = _named_before(before, at, [Found(q.at, q.until, str(i)) for i, q in enumerate(pending)])
                if earlier is not None:
                    pending.append(_Pending(at, until, phrase, len(words), offset == 0, None, True, before, after,
                                            alias_of=int(earlier.entity)))  # fmt: skip
                    continue
            typed = title_typed or _type(phrase, before, after)
            if offset in opening_bodies and 2 <= len(words) <= 3 and (typed is None or typed[0] == "Person"):
                typed = ("Mission", 0.5, BODY_NAMED_CRAFT)  # 'Example Clipper': a craft named after its target
            if typed is not None and typed[2] == TITLE_AND_AUTHOR and piece.rstrip().endswith(phrase):
                whole = piece.strip()  # the whole title, its article and small words too: 'The Example Barons'
                at, phrase = until - len(whole), whole
            if typed is not None and typed[2] == RESOLUTION_SYMBOL:
                number = RESOLUTION_NUMBER.match(after)
                if number is not None:  # the number is part of the name: 'UNSCR 2087'
                    phrase, until = phrase + after[: number.end()], until + number.end()
                    after = after[number.end() :]
            if typed is not None and typed[2] == BODY_NAMED_AFTER:
                noun = BODY_NOUN_AFTER.match(after)
                if noun is not None:  # the noun is part of the name: 'the Example committee'
                    phrase, until = phrase + after[: noun.end()], until + noun.end()
                    after = after[noun.end() :]
            strong = typed is not None and typed[2] in STRONG
            if same is not None:  # 'Example, known as the Example Orbiter': one thing, typed by the longer name
                if not same.new or later is None:  # 'the Example Agency, known as ExA': a name of the one before
                    found.append(dataclasses.replace(same, start=at, end=until, confidence=0.6, rule="known as"))
                    continue
                typed, strong = (same.type, 0.6, "known as"), True
                same.entity = slug(phrase)
            if (
                typed is not None
                and typed[2] == "two- or three-word name"
                and kind_of is not None
                and any(m.end == at - 1 and kind_of(m) == "Country" for m in taken)
            ):
                typed = None  # 'the Russian Orbital Segment': a country's thing, not a person
            pending.append(_Pending(at, until, phrase, len(words), offset == 0, typed, strong, before, after))
    if kind_of is not None:
        # '… Kembla, Toshiro and Example University': the list's class passes from name to name.
        for _ in range(2):
            typed_now = [Found(p.at, p.until, "", new=True, type=p.typed[0], rule=p.typed[2])
                         for p in pending if p.typed and p.typed[2] not in WEAK]  # fmt: skip
            for p in pending:
                if (
                    (p.words == 1 or PLACES_AND.search(p.before))
                    and (p.typed is None or p.typed[2] in WEAK)
                    and p.phrase not in CONTINENTS  # ('Russia, Ukraine and Europe': a continent is no country)
                ):
                    listed = _listed_with(p.before, p.after, p.at, p.until, taken + found + typed_now, kind_of)
                    if listed:
                        p.typed, p.strong = (listed, 0.5, "listed with a name of its class"), True

    if kind_of is not None:
        for p in pending:
            if (
                p.words == 1
                and (p.typed is None or p.typed[2] in ("acronym", "capitals inside a word"))
                and not HYPHEN_LOWER.search(p.phrase)  # "JAXA's Earth-observation satellite": an adjective
                and (
                    p.before.endswith(("'s ", "’s "))
                    and any(m.end == p.at - 3 and kind_of(m) in ("SpaceAgency", "Organization") for m in taken)
                )
            ):
                p.typed, p.strong = ("Mission", 0.5, "an agency's craft"), True  # 'ExSA's Example', 'NASA's EXM'
        for p in pending:
            if (
                p.words == 1
                and p.typed is not None
                and p.typed[2] == "acronym"
                and p.typed[0] == "Organization"
                and p.before.endswith(("'s ", "’s "))
                and any(m.end == p.at - 3 and kind_of(m) == "Country" for m in taken)
            ):
                # "Examplia's EXRO", "the Examplian state's EXM": a country's body by its letters is a state body
                p.typed, p.strong = ("GovernmentBody", 0.5, "a country's body"), True
        for p in pending:
            if p.typed is not None and p.typed[2] not in WEAK:
                continue
            if _compass_country(p.phrase.split(), names, kind_of):
                p.typed, p.strong = ("Country", 0.6, COMPASS_COUNTRY), True  # 'held by North Example'
            elif IT_NAMED_BEFORE.search(p.before) and p.words <= 3:
                named_it = _it_named(text, start)  # 'India's first satellite lifted off … It was named Example'
                if named_it is not None:
                    p.typed, p.strong = named_it, True
        for p in pending:
            if p.typed is not None and p.typed[2] not in WEAK:
                continue
            titled = p.words <= 2 and all(titlecase_word(w) for w in p.phrase.split())
            if titled and HONORIFIC_BEFORE.search(p.before):
                p.typed, p.strong = ("Person", 0.6, "a person after an honorific"), True  # 'Lord Example'
            elif (
                p.words == 1
                and titled
                and WHO_AFTER.match(p.after)
                and not p.phrase.endswith(("s", "S"))
                and not COMMON_NOUN_BEFORE.search(p.before)
            ):
                # 'Examplov, who ran the agency until 2022, …': one word that a 'who' clause describes is a person's
                # name, even opening a sentence (not 'Officials, who …', 'Critics, who …': plural nouns; lead17);
                # not after a determiner or a possessive: 'X, the panel's ranking Democrat, who …' is a noun of
                # party or kind in an apposition, the 'who' clause is X's (precision23)
                p.typed, p.strong = ("Person", 0.5, "a name a 'who' clause describes"), True
            elif (
                titled
                and OF_BEFORE_END.search(p.before)
                # (its acronym in parentheses between: 'Example Robotics Ltd (ERL) of Tarvo'; types19)
                and any((m.end == p.at - 4 or (m.end == p.at - 5 and text[m.end] == ")"))
                        and kind_of(m) == "Organization" for m in taken)
            ):  # fmt: skip
                p.typed, p.strong = ("City", 0.5, "a company's town"), True  # 'built by Example Robotics of Tarvo'
            elif titled and OPENING_LOCATIVE.fullmatch(p.before) and DATED_AFTER.match(p.after):
                p.typed, p.strong = ("City", 0.5, "place after a preposition"), True  # 'At Tarvo in May 1986 …'
        for p in pending:
            # 'moved to Examplton, Examplia.': a name after a preposition of place with its state or country after
            # a comma is a town, not a person (the weak guess of a two-word name)
            if (
                (p.typed is None or p.typed[2] in WEAK)
                and p.words <= 3
                and LOCATIVE_END.search(p.before)
                and text.startswith(", ", p.until)
                and all(titlecase_word(w) for w in p.phrase.split())
            ):
                region = next((m for m in taken if m.start == p.until + 2 and kind_of(m) in ("Country", "Place")), None)
                if region is not None and REGION_END_AFTER.match(text, region.end):
                    p.typed, p.strong = ("City", 0.5, "a town and its region"), True
                    continue
            # 'died in Examplton, Examplia.': a name after a town that follows a preposition of place, at the
            # clause's end, is the town's region (a state, a province), not a person
            if (
                p.typed is None
                and p.words <= 2
                and p.before.endswith(", ")
                and all(titlecase_word(w) for w in p.phrase.split())
                and REGION_AFTER_TOWN.match(p.after)
            ):
                town = next(
                    (q for q in pending if q.until == p.at - 2 and q.typed is not None and q.typed[0] == "City"), None
                )
                if town is not None and LOCATIVE_END.search(town.before):
                    p.typed, p.strong = ("Place", 0.5, "a town's region"), True
                    continue
            # 'Examplton, Examplia' on a line of its own (a letter's or a byline's address): a town and its country
            if p.typed is None and p.words <= 2 and LINE_START.search(text, max(0, p.at - 8), p.at):
                country = next((m for m in taken if m.start == p.until + 2 and kind_of(m) == "Country"), None)
                if country is not None and text.startswith(", ", p.until) and LINE_END_AFTER.match(text, country.end):
                    p.typed, p.strong = ("City", 0.5, "a town and its country"), True
    headline = start == 0 and title_case(sentence)
    emitted: dict[int, Found] = {}
    for index, p in enumerate(pending):
        if p.alias_of is not None:
            if p.alias_of in emitted:
                found.append(dataclasses.replace(emitted[p.alias_of], start=p.at, end=p.until, confidence=0.6,
                                                 rule="known as"))  # fmt: skip
            continue
        if p.opens and p.words == 1 and not p.strong and not _named_by_shape(p.phrase):
            continue  # one capitalised word opening a sentence may be any word
        if p.opens and p.typed is not None and p.typed[2] == "organization by speech" and not _inside(text, p.phrase):
            continue  # 'Research says …': a common noun opening a sentence, unless the word stands inside one too
        if (
            p.opens
            and p.words == 1
            and p.phrase not in BODIES
            and (ABSTRACT_OPENING.search(p.phrase) or GERUND_OPENING.search(p.phrase))
            and not CAMEL.fullmatch(p.phrase)  # ('AeroExampment': a capital inside makes a name; ends25)
        ):
            continue  # 'Reconnaissance satellite launched', 'Docking module': a common noun opening a line
        if p.typed is None and index == len(pending) - 1 and not p.opens and p.words == 1:
            # 'It spent a decade on Tarvo. The rocket failed …': one unexplained word, the sentence's last name,
            # typed by the class noun that opens the next sentence and refers back to it
            p.typed = _named_next(text, end, p, taken)
        if p.typed is None:
            continue
        if (p.typed[2] in WEAK or p.typed[2] == "listed with a name of its class") and (
            headline or DETERMINER_BEFORE.search(p.before)
        ):
            continue  # 'In Our View', a headline in title case: capitals that need not mark a name
        kind, confidence, rule = p.typed
        if p.phrase.endswith((" Jr", " Sr")) and text.startswith(".", p.until):
            p.phrase, p.until = p.phrase + ".", p.until + 1  # 'Jane Example Jr.': the suffix keeps its full stop
        emitted[index] = Found(p.at, p.until, slug(p.phrase), new=True, type=kind, label=p.phrase,
                               confidence=confidence, rule=rule)  # fmt: skip
        found.append(emitted[index])
    return sorted(found, key=lambda m: m.start)


# The class noun of a definite description opening a sentence ('The rocket failed'), and its class.
NEXT_DESCRIPTION = re.compile(
    r"\s*(?:The|the)\s+(?:(?P<Program>rocket|launcher)|(?P<Mission>satellite|probe|lander|rover|spacecraft|"
    r"orbiter|capsule|telescope|mission)|(?P<Organization>company|firm|start-?up|manufacturer)|"
    r"(?P<Document>treaty|agreement|accord|pact))\s+(?!of\b|that\b|which\b)[a-z]"
)
NAMED_NEXT = "a name the next sentence describes"
AGENT_OR_PLACE_BEFORE = re.compile(r"\b(?:by|from|at|in|near|with)\s+$")
# 'built by Example', 'made by Example': one word after a verb of making and 'by' is the maker, an organization.
MAKER_BEFORE = re.compile(r"\b(?:built|made|developed|designed|manufactured|assembled|supplied)\s+by\s+$")


def _named_next(text: str, end: int, p: _Pending, taken: list[Found]) -> tuple[str, float, str] | None:
    """The class of a last unexplained word from the definite description opening the next sentence,
    when no mention between them could be what it describes."""
    if not titlecase_word(p.phrase) or p.phrase in NOT_NAMES or p.phrase.endswith("s"):
        return None
    if AGENT_OR_PLACE_BEFORE.search(p.before[-12:]):
        return None  # ('built by Example. The probe …': the maker or the place is not what the next sentence is about)
    described = NEXT_DESCRIPTION.match(text, end)
    if described is None or described.lastgroup is None:
        return None
    if any(m.start >= p.until and m.start < end for m in taken):
        return None  # another name after it in its sentence may be the one described
    return described.lastgroup, 0.5, NAMED_NEXT


# ', who ran …', ', who has led …': a relative clause only a person takes (not ', who said', which a body may take).
# A determiner or a possessive and at most two words in small letters (adjectives, nouns) right before a name.
COMMON_NOUN_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|an?|its|his|her|their|our)|['’]s)"
    r"(?:\s+(?!(?:by|of|to|in|on|at|for|with|from|was|is|were|are|has|had|and|or|as)\b)[a-z][a-z-]*){0,2}\s+$"
)
WHO_AFTER = re.compile(r",\s+who\s+(?!said\b|says\b|told\b|added\b)[a-z]")
HONORIFIC_BEFORE = re.compile(r"(?:^|[\s(])(?:Lord|Lady|Sir|Dame)\s+$")
OF_BEFORE_END = re.compile(r"\s+of\s+$")
OPENING_LOCATIVE = re.compile(r"\s*(?:At|In|Near)\s+")
DATED_AFTER = re.compile(
    rf"\s+(?:in|on)\s+(?:(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})\b|(?:1[89]|20)\d\d\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# A preposition's object is no subject of the verb after it ('a capsule from Example lands in the outback').
OBJECT_OF_BEFORE = re.compile(r"\b(?:from|of|to|at|near|around|on|in|with|by|for)\s+(?:the\s+)?$")
DATELINE_AGENCY = re.compile(r"(?:^|\n)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+(?:,[^()\n]{0,30})?\s+\($")
DASH_AFTER = re.compile(r"\)\s+[-—–]+\s")
# 'Sultan Al Example': a given name before a family name with its particle, not the title.
# (an honorific's word before 'bin', 'ibn' is the given name: 'Prince Sultan bin Example'; types18)
GIVEN_NAME_BEFORE_AL = re.compile(r"Sultan\s+Al[\s-]?[A-Z]|[A-Z][a-z]+\s+(?:bin|ibn|bint)\s+[A-Z]")
LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
LINE_END_AFTER = re.compile(r"[ \t.]*(?:\n|$)")
REGION_AFTER_TOWN = re.compile(r"\s*(?:[.;:)\n]|$|\s(?:where|in|on|for)\b)")  # (not before 'and': a list of towns)
REGION_END_AFTER = re.compile(r"\s*(?:[.,;:)\n]|$|\s(?:and|where|which|in|on|for)\b)")
ABSTRACT_OPENING = re.compile(r"\w\w\w(?:tion|sion|ment|ness|ity|ance|ence)$")
GERUND_OPENING = re.compile(r"^[A-Z][a-z]{3,}ing$")
# 'In Our View': a possessive determiner before capitals makes them a common noun in title case.
DETERMINER_BEFORE = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z]{3,}\b")
# A small word capitalised inside the line: 'Signs Deal As', 'Joins Pact With'.
TITLE_CASE_SMALL_WORD = re.compile(
    r"(?<=\S)\s+(?:And|As|At|By|For|From|In|Into|Of|On|Over|To|With|After|Amid|Against)\s"
)
UPPER_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]{3,}\b")


# Designations of catalogues and of law: a bill's number ('H.R. 1234', 'S. 56'), a public law's, a part of a law
# ('Title IV', 'Section 3'), a comet's ('9P/Example', 'C/2020 F3'); and 'the Sun', a body without a class noun.
DESIGNATION = re.compile(
    r"(?<![\w./-])(?:(?P<Document>(?:H\.\s?R\.|S\.|[HS]\.\s?(?:J\.\s?|Con\.\s?)?Res\.)\s?\d{1,5}"
    r"|(?:Public\s+Law|P\.\s?L\.)\s+\d{2,3}[-–]\d{1,3}|(?:Title|Section|Chapter|Annex|Appendix)\s+(?:[IVX]{1,6}|\d{1,3}[A-Z]?))"
    r"|(?P<CelestialBody>\d{1,4}[PD]/[A-Z][\w’'-]*[a-z]|[PC]/\d{4}\s[A-Z]{1,2}\d{1,3}|(?<=[Tt]he\s)Sun(?!\s+[A-Z]|\s+(?:newspaper|tabloid|reported|reports|said|says|wrote|writes|published|printed|"
    r"quoted|claimed|revealed|editor|columnist|story)\b)))"
    r"(?![\w/-])"
)
DESIGNATION_HINTS = ("/", ". ", "Title ", "Section ", "Chapter ", "Annex ", "Appendix ", "Law ", "Sun")
# 'H.R. 1234, the Example Act': a designation and the name after it in apposition are one thing.
APPOSED = re.compile(r",\s+(?:the\s+)?")


def _designations(text: str, start: int, sentence: str, taken: list[Found]) -> list[Found]:
    found = []
    for match in scan(DESIGNATION, sentence):
        at, until = start + match.start(), start + match.end()
        if any(m.start < until and at < m.end for m in taken):
            continue
        kind = match.lastgroup or "Document"
        label = re.sub(r"\s+", " ", match.group(0))
        entity = slug(label)
        apposed = APPOSED.match(sentence, match.end())
        same = (
            next((m for m in taken if m.start == start + apposed.end() and m.new and m.type == kind), None)
            if apposed
            else None
        )
        if same is not None:
            same.entity = entity  # 'Title IV, the Example Act of 2015': the act is the title
        found.append(Found(at, until, entity, new=True, type=kind, label=label, confidence=0.6, rule="designation"))
    return found


# Who writes a line of a log: a chat export's speaker after the line's time ('[16:05] Jane: …', '09:12 Jane Doe: …')
# and a talk page's signature ('… --ExampleUser88 (talk) 09:12, 3 June 2024'): a person (or a username), typed by
# the layout alone, since such a name is seldom typed by the words around it.
LOG_SPEAKER = re.compile(
    rf"(?:(?<=\n)|^)[ \t]*\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]+([{UP}][{LOW}’'-]+(?:[ \t][{UP}][{LOW}’'-]+)?):[ \t]"
    r"|(?<![\w-])(?:--|—|~~)[ \t]?([A-Za-z][\w.’'-]{1,29}?)[ \t]*\((?:talk|Talk|contribs)\)"
)
LOG_SPEAKER_HINTS = (":", "(talk)", "(Talk)", "(contribs)")


def _log_speakers(text: str, start: int, sentence: str, taken: list[Found]) -> list[Found]:
    found = []
    for match in scan(LOG_SPEAKER, sentence):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        at, until = start + match.start(group), start + match.end(group)
        if (name in NOT_NAMES or name in MONTHS or any(w in GENERIC or w in HEADS for w in name.split())
                or any(m.start < until and at < m.end for m in taken)):  # fmt: skip
            continue
        found.append(Found(at, until, slug(name), new=True, type="Person", label=name, confidence=0.6,
                           rule="a speaker of a log's line"))  # fmt: skip
    return found


# A part of a month opening a dated line or sentence ('Late July 2020 - …', 'Early March'): a date, no name.
PART_OF_MONTH = {"Early", "Late", "Mid", "Mid-"}
# A month's short form ('Dec 2021', 'Sept 14'); 'Jan' alone before a name is a given name, and stays one.
MONTH_SHORT = {"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


# Words in capitals side by side on one line ('FOR IMMEDIATE RELEASE').
SHOUTED = re.compile(r"(?<![\w’'-])[A-Z]{2,}(?:[ \t]+[A-Z]{2,}[:]?)+(?![\w’'-])")
SHOUTED = lead(SHOUTED)  # the same matches, found faster (literals.lead)
SMALL_WORDS = {"FOR", "THE", "AND", "OF", "TO", "IN", "ON", "AT", "BY", "WITH", "FROM", "A", "AN", "IS", "ARE", "NOT"}


def _shouting(run: str) -> bool:
    """A run of words in capitals that is ordinary words shouted: a small word or a word of seven letters or more."""
    return any(w in SMALL_WORDS or len(w) >= 7 for w in run.rstrip(":").split())


def title_case(sentence: str) -> bool:
    """A headline in title case ('Examplia Signs Lunar Pact As Examplon Looks East'): no word of four
    letters or more in lower case, at least four capitalised ones, and a small word capitalised inside."""
    return (
        "\n" not in sentence
        and not LOWER_WORD.search(sentence)
        and len(UPPER_WORD.findall(sentence)) >= 4
        and search(TITLE_CASE_SMALL_WORD, sentence) is not None
    )


# Words that open names of things ('Space Example System', 'National Example Day') when two more capitalised
# words follow; alone or before one word they are no name's start ('Space Force', 'National').
MODIFIERS = {"Space", "National", "International", "Lunar"}


def _modifier_opens(words: list[str]) -> bool:
    return words[0] in MODIFIERS and len(words) >= 3 and all(TITLECASE_WORD.fullmatch(w) for w in words[1:])


# A transcript's or a FAQ's label in capitals opening a line ('HOST:', 'FAQ:'): no name where the text uses the
# word only so.
LABEL = re.compile(r"(?m)^[ \t]*([A-Z]{2,}):")


# A word in capitals standing alone ('HOST', not 'HOST-ED' nor 'NASAs'), written to open with its first letter
# (the look back past it), so that ``re`` looks for the letter before trying the rest.
CAPITALS_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]+(?![\w-])")


@functools.lru_cache(maxsize=2)
def _labels(text: str) -> frozenset[str]:
    """The label words the text uses only as labels: as often alone as opening a line before a colon
    (two passes over the text for all the words, not two per word)."""
    as_label = collections.Counter(LABEL.findall(text))
    if not as_label:
        return frozenset()
    anywhere = collections.Counter(w for w in CAPITALS_WORD.findall(text) if w in as_label)
    return frozenset(w for w, n in as_label.items() if anywhere[w] == n)


def _a_label(text: str, at: int, until: int) -> bool:
    return text.startswith(":", until) and (at == 0 or text[at - 1] in "\n \t") and text[at:until] in _labels(text)


def _named_by_shape(word: str) -> bool:
    shaped = BARE_ACRONYM.fullmatch(word) or CAMEL.fullmatch(word) or NUMBERED_WORD.fullmatch(word)
    # (a code joined to a number, 'EXM-1', 'EX-30': a craft's or a flight's name, not 'COVID-19')
    coded = (
        HYPHEN_NUMBER_CODE.fullmatch(word) or HYPHEN_LETTER_CODE.fullmatch(word) or CAMEL_CODE.fullmatch(word)
    ) and (word.split("-")[0] not in NOT_CODES)  # ('EXS-C', 'ExaTES-1A': a lettered or camel-case code too; typing22)
    return bool(shaped or coded or CODE_WORD.fullmatch(word) or LAUNCHER_GENERATION.fullmatch(word)) or word in BODIES


@dataclass
class _Pending:
    """A name found, before the names listed beside it lend it their class."""

    at: int
    until: int
    phrase: str
    words: int
    opens: bool  # it opens the sentence
    typed: tuple[str, float, str] | None
    strong: bool
    before: str
    after: str
    alias_of: int | None = None  # the pending name this one is 'known as'


KindOf = Callable[[Found], "str | None"]
# Rules whose evidence is the grammar right beside the name: enough for one word opening a sentence.
STRONG = {
    AMPERSAND,
    RESOLUTION_SYMBOL,
    "organization by speech",
    "class from an apposition or 'is a'",
    "name beside a craft noun",
    "name before a craft noun",
    "craft called",
    "what is launched",
    "what only organizations do",
}
KNOWN_AS = re.compile(
    r"^,?\s+(?:(?:also|formerly|previously|originally|once|first|later|better|more|widely|commonly|popularly|"
    r"locally|officially|informally|simply)\s+)?(?:known|called|named|dubbed|renamed)\s+"
    r"(?:[a-z]+\s+){0,3}?as\s+(?:the\s+)?|^\s+\((?:formerly|previously|also|or)\s+(?:known\s+as\s+)?(?:the\s+)?"
)


KIND_WORD_AT_END = re.compile(
    r"\s+(?:program|programme|project|initiative|mission|agency|treaty|agreement|satellite|spacecraft|lander|rover|"
    r"constellation|network|station|rocket|company|group|body|committee)$"
)
KNOWN_AS_BEFORE = re.compile(
    r",\s+(?:(?:also|formerly|previously|originally|once|first|later|locally|widely|better|more|commonly|popularly|"
    r"officially|informally|simply)\s+)?(?:known\s+(?:[a-z]+\s+){0,2}?as|"
    r"known\s+by\s+(?:its|their|the)\s+(?:[A-Za-z]+\s+){0,2}?(?:initials|acronym|abbreviation)|"
    r"called|dubbed|named)\s+(?:the\s+)?$"
)


def _named_again(after: str, until: int, taken: list[Found]) -> Found | None:
    """The mention that 'known as' right after a name introduces, if any."""
    if not after.startswith((",", " (", " known", " also", " formerly")):
        return None
    known_as = KNOWN_AS.match(after)
    if known_as is None:
        return None
    return next((m for m in taken if m.start == until + known_as.end()), None)


def _named_before(before: str, at: int, taken: list[Found]) -> Found | None:
    """'The Example Space Agency, known as ExSA': the mention that a name is said to be 'known as'."""
    if not before.endswith(
        ("as ", "as the ", "called ", "dubbed ", "named ", "initials ", "acronym ", "abbreviation ")
    ):
        return None
    known_as = KNOWN_AS_BEFORE.search(before)
    if known_as is None:
        return None
    # 'the Example Payload Services program, known as EPS': the kind word after the name is not part of it
    kind_word = KIND_WORD_AT_END.search(before, 0, known_as.start())
    end = kind_word.start() if kind_word else known_as.start()
    return next((m for m in taken if m.end == at - (len(before) - end)), None)


def _listed_with(before: str, after: str, at: int, until: int, taken: list[Found], kind_of: KindOf) -> str | None:
    """The class of a mention listed right before or after a name ('Tomy, Sony and Example University'),
    in a list with a comma on one side at least ('A and B' may join two clauses), or after a place that
    follows a locative preposition ('in Kourou and New Example')."""
    if OF_BEFORE.search(before):
        return None  # 'the Permanent Mission of Examplia, the Example Agency': a complement, not a list's member
    places = PLACES_AND.search(before)
    if places:
        neighbour = next((m for m in taken if m.end == at - (len(before) - places.start(1))), None)
        kind = kind_of(neighbour) if neighbour is not None else None
        if kind in ("City", "Place", "Country") and neighbour is not None:
            text_before = before[: len(before) - (at - neighbour.start)]
            if LOCATIVE_BEFORE.search(text_before):
                return kind
    if not (after.lstrip().startswith(",") or before.rstrip().endswith(",") or PREPOSITION_BEFORE.search(before)):
        return None  # ('A and B' may join two clauses, not after a preposition: 'engineers from A and B')
    joined = LIST_AFTER.match(after)
    if joined:
        neighbour = next((m for m in taken if m.start == until + joined.end()), None)
        kind = kind_of(neighbour) if neighbour is not None else None
        if kind in ("Country", "Place") and joined.group(1) and not before.rstrip().endswith(","):
            return None  # 'in Examplton, Norway': a place and the country it is in, not a list
        if (kind in ("Country", "Place") and joined.group(1) and neighbour is not None
                and ADDRESS_END.match(after, neighbour.end - until)):  # fmt: skip
            return "City"  # 'Example Center, Examplton, Virginia.': a town and the state it is in, no list
        if neighbour is not None and not LIST_GOES_ON.match(after, neighbour.end - until):
            kind = None  # 'Example, the Earth observation programme': a name that modifies a noun is no list's member
        if kind is not None:
            return kind
    joined_before = LIST_BEFORE.search(before)
    if joined_before:
        gap = len(before) - joined_before.start()
        neighbour = next((m for m in taken if m.end == at - gap), None)
        if neighbour is not None and OF_BEFORE.search(before, 0, len(before) - (at - neighbour.start)):
            return None  # 'Jane Doe of Example Corp and John Roe': the second is listed with the first, not the body
        if neighbour is not None:
            return kind_of(neighbour)
    return None


def _uncovered(low: int, high: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [low, high) outside every covered span."""
    covered = [c for c in covered if c[0] < high and low < c[1]]
    if not covered:
        return [(low, high)] if high - low > 1 else []
    pieces = [(low, high)]
    for c_low, c_high in covered:
        next_pieces = []
        for p_low, p_high in pieces:
            if c_high <= p_low or p_high <= c_low:
                next_pieces.append((p_low, p_high))
                continue
            if p_low < c_low:
                next_pieces.append((p_low, c_low))
            if c_high < p_high:
                next_pieces.append((c_high, p_high))
        pieces = next_pieces
    return [(a, b) for a, b in pieces if b - a > 1]


# 'firms such as The Example Company': a capitalised article inside a sentence belongs to the name after it.
ARTICLE_INSIDE = re.compile(r"(?<=[a-z,;(] )The $")


def with_article(text: str, start: int, end: int, found: list[Found]) -> None:
    """New names after a capitalised 'The' inside a sentence take it into their span and label ('The Example
    Company', 'The Example Times'); not in a headline in title case, nor before a known name."""
    if "The " not in text[start + 1 : end] or title_case(text[start:end]):
        return
    for mention in found:
        if (
            mention.new
            and mention.start - 4 > start
            and ARTICLE_INSIDE.search(text, mention.start - 6, mention.start)
            and not any(m.end > mention.start - 4 and m.start < mention.start for m in found if m is not mention)
        ):
            mention.start -= 4
            mention.label = mention.label if mention.label.startswith("The ") else "The " + mention.label


# A company's name opened by its country's adjective or name ('British Aerospace', 'Examplian Airlines'): the last
# word is a trade's, never a person's nor a thing's; the country inside the company's name is no mention of its own
# (guidelines; names20).
COUNTRY_COMPANY_TAIL = re.compile(
    r"[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+)?(?:Aerospace|Airways|Airlines|Air\s+Lines|Aircraft|Aviation|Telecom|"
    r"Railways|Shipbuilding|Steel|Petroleum|Broadcasting|Electronics|Industries|Dynamics))(?![\w’'-])"
)
COUNTRY_COMPANY = "a company opened by its country's name"


def country_companies(text: str, end: int, found: list[Found], kind_of: KindOf) -> list[Found]:
    """The mentions with a country's adjective or name that opens a company's name joined to the rest of it."""
    out: list[Found] = []
    skip: set[int] = set()
    for index, mention in enumerate(found):
        if index in skip:
            continue
        tail = (
            COUNTRY_COMPANY_TAIL.match(text, mention.end, end) if text[mention.end : mention.end + 1] == " " else None
        )
        if tail is None or mention.new or kind_of(mention) != "Country":
            out.append(mention)
            continue
        inside = [i for i, m in enumerate(found) if i != index and m.start < tail.end() and m.end > mention.end]
        if any(not found[i].new or found[i].rule not in GUESSED_FIRST for i in inside):
            out.append(mention)  # ('Russian Example Industries' the graph knows: the known name wins)
            continue
        skip.update(inside)
        name = text[mention.start : tail.end()]
        out.append(Found(mention.start, tail.end(), slug(name), new=True, type="Organization", label=name,
                         confidence=0.6, rule=COUNTRY_COMPANY))  # fmt: skip
    return out


# First typings that are guesses from a name's shape or from one verb, which an explicit class later in the text
# overrides (a class noun in apposition or after 'is', 'the asteroid X', 'the rover X').
GUESSED_FIRST = WEAK | {"two- or three-word name", "numbered name", "acronym", "what only craft do",
                        "organization by speech", "listed with a name of its class", "a company's last word",
                        NOT_A_PERSON}  # fmt: skip
SETTLED = "class from a later mention"
SERIES_NUMBER = re.compile(r"([A-Z][\w-]*?)[- ](\d{1,4})")
SERIES_RULE = "class of its series"


def _explicit_class(text: str, mention: Found) -> str | None:
    """The class that the words right around a mention name explicitly, or None."""
    line_end = text.find("\n", mention.end)
    after = text[mention.end : min(mention.end + 160, line_end if line_end >= 0 else len(text))]
    before = text[max(0, mention.start - 60) : mention.start].rsplit("\n", 1)[-1]
    if after[:1] == "," or after[:4] in (" is ", " was", " bec", " rem", " has"):
        kind_of = KIND_OF.match(after)
        if kind_of is not None and kind_of.lastgroup and kind_of.lastgroup != "Person":
            return kind_of.lastgroup  # 'Example is the core module of …', 'Example, a launch site'
    if len(mention.label.split()) <= 2 and CELESTIAL_BEFORE.search(before):
        return "CelestialBody"  # 'grains of the asteroid Example'
    return None


def settle_types(text: str, mentions: list[Found]) -> None:
    """A new entity first typed by a guess takes the class that the words around a later mention of it name
    ('a capsule from Example lands' (a town, by the preposition) … 'grains of the asteroid Example'; 'carried
    Example into orbit' … 'Example is the core module of the station'): explicit evidence beats a guess."""
    by_entity: dict[str, list[Found]] = {}
    for mention in mentions:
        if mention.new:
            by_entity.setdefault(mention.entity, []).append(mention)
    # a series' names with their numbers ('EXC-23' and 'EXC-27'): one class, the one a name of it has for a reason
    series = {
        (stem.group(1), stem.group(2)): found[0].type
        for found in by_entity.values()
        if found[0].type and any(m.rule not in GUESSED_FIRST and m.rule != "short form" for m in found)
        for m in found
        if (stem := SERIES_NUMBER.fullmatch(text, m.start, m.end))
    }
    for found in by_entity.values():
        if found[0].rule == "numbered name" and (stem := SERIES_NUMBER.fullmatch(found[0].label)):
            kind = next((k for (s, n), k in series.items() if s == stem.group(1) and n != stem.group(2)), None)
            if kind is not None and kind != found[0].type:
                for mention in found:
                    mention.type = kind
                found[0].rule = SERIES_RULE
                continue
        if len(found) < 2 or found[0].rule not in GUESSED_FIRST:
            continue
        kind = next((k for m in found[1:] if (k := _explicit_class(text, m)) is not None), None)
        if kind is not None and kind != found[0].type:
            for mention in found:
                mention.type = kind
            found[0].rule = SETTLED


def settle_as_read(text: str, local: list[Found], seen: dict[str, list[Found]]) -> None:
    """:func:`settle_types` sentence by sentence, for the relation stage: a new name the headline typed by a guess
    ('BepiColombo, the long way to Mercury': an organization, by its capitals) takes the class that the words
    around its mention in this sentence name ('BepiColombo is a joint mission of …') before this sentence's
    relations are read, so the rules that ask for a mission find one (participation23). ``seen``: the new
    entities' mentions so far, by entity (kept up to date here)."""
    for mention in local:
        if not mention.new:
            continue
        found = seen.setdefault(mention.entity, [])
        found.append(mention)
        if len(found) < 2 or found[0].rule not in GUESSED_FIRST:
            continue
        kind = _explicit_class(text, mention)
        if kind is not None and kind != found[0].type:
            for earlier in found:
                earlier.type = kind
            found[0].rule = SETTLED
