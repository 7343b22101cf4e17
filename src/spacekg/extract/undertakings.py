"""Who runs, launches, builds, supplies, pays for and signs what, read from
general constructions of English reports over any names of the right classes:

- object relatives: ``Example-1, which NASA ran``, ``the rocket, which KARI
  spent a decade developing`` (the craft in focus), ``Example Star, the
  converted airliner that Example Corp used as a launch pad`` (the name before
  the apposition), ``the flight, which the company called Example Run`` (the
  name given), ``the treaty that A signed with B`` (both sign, and are
  partners), ``a programme that A runs with B, C and D`` (each one after
  ``with`` leads it too, and is A's partner; with a pronoun that stands for no
  body named before, ``the laboratory it runs with B``, only B),
  ``the X network, which A and B run together`` (each leads it);
- a body's own clause about the craft in focus: ``Example Corp built its
  engines``, ``B assembled the stages``, ``the body that had run it``,
  ``which had put money into the spaceport``;
- a part supplied by a body: ``with a first stage supplied by Example Corp``
  (the craft the clause is about);
- work handed to others: ``A has handed the building of X rockets to B and
  C`` (B and C take part in X, A is the partner of each).

The one that runs, launches, flies, owns or uses a craft leads it; builders,
suppliers and funders take part. :func:`undertakings` is called by
:mod:`~spacekg.extract.relations` for each sentence; the caller writes the
facts with the modality of the verb group of each cue ('did not build',
'plans to run')."""

from __future__ import annotations

import dataclasses
import re

from spacekg.extract.base import Found
from spacekg.extract.coreference import antecedent
from spacekg.extract.literals import search
from spacekg.extract.sentence_view import Role, SentenceView

REACH = 600  # how many characters before its sentence the craft in focus may be named
PART_REACH = 1200  # how far back the craft whose engines or stages a body built may be named
AGENT_REACH = 1500  # how far back the body 'the company', 'the agency' as a relative's subject may be named
CRAFTS = ("Program", "Station")
SITES = ("Facility", "MilitaryBase")
# A common noun that stands for the craft, station or site in focus, and the classes it may stand for.
NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("rocket", "launcher", "launch vehicle", "booster", "spacecraft", "satellite", "probe", "lander",
                     "rover", "orbiter", "capsule", "telescope", "flight", "mission", "craft", "programme", "program",
                     "project", "test flight", "vehicle"), ("Program",)),
    **dict.fromkeys(("station", "laboratory", "outpost"), ("Station",)),
    **dict.fromkeys(("spaceport", "cosmodrome", "launch site", "site", "base", "range", "pad", "launch pad",
                     "centre", "center", "facility"), SITES),
}  # fmt: skip
_NOUN = "|".join(sorted(NOUNS, key=len, reverse=True)).replace(" ", r"\s+")
# The verbs of leading (run, launch, fly, own, use as) and of taking part (build, develop, supply, fund), by stem.
_LEAD = (
    r"(?P<lead>ran|runs?|running|operat(?:ed|es|e|ing)|launch(?:ed|es|ing)?|fl(?:ew|ies|y|own)|own(?:ed|s)?|"
    r"command(?:ed|s)?|control(?:led|s)?|manag(?:ed|es|e)|us(?:ed|es|e)(?=\s+(?:[\w-]+\s+){0,2}?as\b)|"
    # ('a relay satellite that China put into orbit', 'which the agency placed in orbit': a launch, not funding)
    r"(?:put|puts|putting|placed|places|placing)\s+in(?:to)?\s+(?:(?:a|an|the|its|low|lunar|geostationary|polar|"
    r"high|final|[a-z]+-[a-z]+)\s+)*orbit)"
)
_TAKE_PART = (
    r"(?P<part>buil(?:t|ds?|ding)|develop(?:ed|s|ing)?|design(?:ed|s|ing)?|assembl(?:ed|es|e|ing)|"
    # ('engineers at X had made it'; not 'made it to orbit', 'made it clear', 'made it a priority')
    r"made(?=\s+(?:it|them)\b(?!\s+(?:to|into|through|back|possible|clear|public|work|happen|easier|harder|"
    r"a|an|the|its|their|his|her|one|part|home|out|up|across|past|over)\b))|"
    r"manufactur(?:ed|es|e|ing)|suppl(?:ied|ies|y|ying)|provid(?:ed|es|e|ing)|fund(?:ed|s|ing)?|co-funded|"
    r"financ(?:ed|es|e|ing)|paid\s+for|pays\s+for|"
    r"spen[dt]s?\s+(?:[\w-]+\s+){1,5}?(?:developing|building|designing|working\s+on)|"
    r"help(?:ed|s)?\s+(?:to\s+)?(?:build|develop|design|fund|pay\s+for)|"
    r"(?:put|puts|invested|invests)\s+(?:[$€£\d.,]+\s*(?:[mb]n?|million|billion)?\s+)?(?:money|cash|funds|funding)?"
    r"\s*in(?:to)?(?=\s))"
)
_SIGN = r"(?P<sign>signed|ratified)"
_NAME = r"(?P<name>called|named|dubbed|christened)"
# The auxiliaries and adverbs between a subject and its verb ('had already', 'did not', 'would later').
_AUX = (
    r"(?:(?:had|has|have|would|will|did|does|do|could|was|were|is|are|been|being|also|then|once|later|now|still|"
    r"jointly|first|originally|largely|mainly|already|not|never|no\s+longer|n['’]t|itself|themselves|together|"
    # ('plans to fund', 'is expected to run': the verb group's plan is the caller's to read)
    r"(?:plans?|planned|intends?|intended|hopes?|hoped|wants?|wanted|expects?|aims?|aimed|promised|promises|"
    r"refused|refuses|declined|declines|agreed|agrees|expected|set|due|going|about|able|unable)\s+to)\s+)*"
)
# The verbs of a document's making: adopting or approving one's own text is drafting it (the guidelines' convention).
_DOC = (
    r"(?P<doc>adopt(?:ed|s)?|approv(?:ed|es|e)|draft(?:ed|s)?|dr[ae]w(?:s|n)?\s+up|wr(?:ote|ites|itten)|"
    r"propos(?:ed|es|e)|put\s+forward|submit(?:ted|s)?|tabled|"
    # ('a text that Russia and China had sponsored', 'which Japan had introduced'; documents19)
    r"(?:co-?)?sponsor(?:ed|s)?|introduc(?:ed|es)|prepar(?:ed|es)(?!\s+(?:to|for)\b))"
)
DOC_RELATIONS = {"adopt": "drafts", "approv": "drafts", "draft": "drafts", "drew": "drafts", "draw": "drafts",
                 "wrot": "drafts", "writ": "drafts", "propo": "proposes", "put ": "proposes", "submi": "submits",
                 "table": "submits", "co": "drafts", "spons": "drafts", "introd": "submits", "prepar": "drafts"}  # fmt: skip
VERB = re.compile(rf"\s*{_AUX}(?:{_LEAD}|{_TAKE_PART}|{_SIGN}|{_NAME}|{_DOC})\b")
# ', which', ' that', ', the body that': an object relative pronoun right after its head.
RELATIVE = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,?\s+(?:which|that)\s+(?=\S)")
# A document described by a common noun before its relative ('the regulation, which the Commission had proposed').
_DOC_NOUN = (r"(?:regulation|rules?|guidelines|principles|treaty|convention|agreement|accords?|resolution|law|act|bill|"
             r"policy|strategy|doctrine|text|charter|code|document|declaration|framework|request|proposal|draft)")  # fmt: skip
# (a noun with modifiers, 'the debris mitigation guidelines', may be another text than the one in focus)
DESCRIBED_DOCUMENT_HEAD = re.compile(rf"\b[Tt]he\s+{_DOC_NOUN}\s*$")
# ('resolution 65/68 of December 2010, a text that Russia had put forward': the date the name carries comes first)
DOCUMENT_APPOSITION = re.compile(
    r"(?:\s+(?:of|in|on|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?,\s+(?:(?:the|a|an)\s+)?[a-z][^,;:()]{1,70}$"
)
RESOLUTION = re.compile(r"(?i)resolution|\bUNSCR\b|/RES/")  # (a symbol: "UNSCR 2087", "A/RES/76/231")
# An agreement one approves is another's (a legislature's approval is a stance, not a drafting).
AGREEMENT = re.compile(r"(?i)treat|accord|agreement|convention|memorandum|charter|protocol|pact|deal")
# 'adopted the Example Guidelines', 'approved the National Space Policy': a body's own text.
ADOPTED = re.compile(
    r"\b(?P<doc>adopt(?:ed|s)?|approv(?:ed|es|e))\s+(?:(?:the|a|an|its|their|new|draft|revised|final)\s+)*(?=[A-Z\d])"
)
# A contact relative after an apposition: 'ADRAS-J, the spacecraft it built', 'X, the rocket Example Corp flies'.
CONTACT = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN})\s+(?=(?P<pronoun>it|they)\s|[A-Z])")
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|once|provided)\s+(?:the\s+)?$")
POSSESSOR = re.compile(r"['’]s?\s+")
# '… are building the X rover together', '… develop it jointly': more than one builder, whatever the subject's shape.
JOINTLY_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:together|jointly)\b")
SHORT_FORM = re.compile(r"\s*\)|\s*\([^()]{1,30}\)")
# A possessive right after an agent's name ('NSF's NOIRLab'): the name after it is the one that acts.
POSSESSED_AGENT = re.compile(r"['’]s\s+(?=[A-Z])")
# 'the company', 'the agency' as the relative's subject: the organization named last.
DESCRIBED_AGENT = re.compile(
    r"(?:the|its)\s+(?P<noun>company|firm|agency|operator|group|startup|start-up|government|ministry|military|"
    r"country|state|manufacturer|contractor|administration|commission|council|committee|cabinet|board)\b"
)
# The described head of a relative ('the three-stage rocket, which'), up to the relative pronoun.
DESCRIBED_HEAD = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_NOUN})\s*$")
# An apposition between a name and its relative ('Example Star, the converted airliner that').
# (or a copula: 'Example-7 is a probe that')
# (a number's thousands separator is no break: 'a constellation of 13,000 satellites that')
APPOSITION = re.compile(r"(?:,|\s+(?:is|was))\s+(?:the|a|an|its|their)\s+(?:[^,;:()]|(?<=\d),(?=\d{3}\b)){1,60}$")
# 'the Example Space Centre in Exampleton, which', 'the Example Base near Y, a base that': a place that says where
# the name before it lies (the relative clause is about the name, a place is run by no one).
LOCATED_IN = re.compile(r"\s+(?:in|near|at|outside|on)\s+(?:the\s+)?")
# 'a seat-swap agreement that', 'the contract, which': an agreement named by a common noun before its relative.
AGREEMENT_NOUN_BEFORE = re.compile(
    r"\b(?:agreements?|contracts?|deals?|memorand(?:um|a)(?:\s+of\s+understanding)?|accords?|arrangements?)"
    r"(?:\s*\([^()]{1,30}\))?\s*,?\s*$"
)
# 'with B' after 'signed': the other party.
WITH_PARTY = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
# The object of a body's own clause: 'it', 'its engines', 'the stages', 'the spaceport'.
_PART = (
    r"(?:(?:first|second|third|upper|lower|core|main|kick)\s+)?(?:engines?|stages?|boosters?|motors?|fairings?|"
    r"heat\s+shields?|solar\s+(?:panels?|arrays?)|tanks?|airframes?|avionics|thrusters?)"
)
DESCRIBED_OBJECT = re.compile(
    rf"\s+(?:(?P<it>it)\b(?!\s+(?:to|was|is|would|will|had|has)\b)|(?:its|the|their)\s+(?:(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<part>{_PART})|(?P<noun>{_NOUN}))\b(?!['’-]|\s+(?:of|for)\b))"
)
# 'with a first stage supplied by', 'its engines, built by': a part and the body that made it.
PART_BY = re.compile(
    rf"\b(?:(?:an?|the|its|their|two|three|four)\s+)?(?:[\w-]+\s+){{0,2}}?{_PART},?\s+(?:(?:was|were|is|are|had\s+been|"
    r"has\s+been|been|all|both)\s+)*(?P<verb>supplied|built|made|provided|developed|designed|manufactured|"
    r"assembled)\s+(?:(?:in\s+[A-Z][\w-]+|jointly|entirely)\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)
# 'handed the building of X to A and B', 'entrusted the launch of X to A': the work of another given to them.
HANDED = re.compile(
    r"\b(?P<verb>hand(?:ed|s)?(?:\s+over)?|gave|gives?|giv(?:en|ing)|entrust(?:ed|s)?|award(?:ed|s)?|"
    r"outsourc(?:ed|es|e)|transferr?(?:ed|s)?|pass(?:ed|es)?|assign(?:ed|s)?)\s+(?:the\s+)?"
    r"(?:job\s+of\s+)?(?P<work>building|construction|manufacture|manufacturing|production|assembly|making|launch(?:es)?|"
    r"operation|running|development|design)\s+of\s+(?:the\s+|its\s+|their\s+)?"
)
HANDED_TO = re.compile(
    r"(?:\s+[a-z]+s)?(?:\s+(?:rockets?|launchers?|satellites?|spacecraft|craft|vehicles?))?\s+to\s+(?:the\s+)?"
)
# 'built and operated', 'designed and now runs': the builder also runs it.
RUNS_TOO = re.compile(r"\s+and\s+(?:(?:now|later|also|still|then)\s+)?(?:operat|run|ran\b|manag|fl[eiy]|control)")
# Building and developing proper, not the effort spent on it nor help given ('spent a decade developing').
# Between a name and its relative pronoun: a short form, or the common noun the name is used with ('the Example-5
# platform, which', 'the Example-1 rocket (EX1), which').
# ('the Example Resources Satellite (ERS) programme, which': a short form, then the class noun)
# ('the Example Relay network, which A and B run together': a network, constellation, system or array run)
NAME_GAP = re.compile(
    rf"\)?(?:\s*\([^()]{{1,30}}\))?(?:\s+(?:{_NOUN}|platform|bus|module|network|constellation|system|observatory|"
    r"array))?(?:\s*\([^()]{1,30}\))?"
)
NAMING_VERB = re.compile(r"\b(?:called|named|dubbed|christened|calls|names|dubs)\s")
# 'named that stay', 'called the mission', 'dubbed its first flight': the verb, the noun, then the name given
NAMED_THE = re.compile(
    rf"\b(?:called|named|dubbed|christened|calls|names|dubs)\s+(?:the|that|this|its|their)\s+(?:[a-z-]+\s+)?"
    rf"(?:{_NOUN}|stay|expedition|increment|spaceflight|voyage|trip|initiative|scheme)\s+"
)
# 'Example-3, which it named Mio', 'Example-3, which the agency later called Mio': a craft named by its maker
NAMED_RELATIVE = re.compile(
    r",\s+which\s+(?:(?P<it>it|they)|(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}))\s+(?:later\s+|then\s+)?"
    r"(?P<verb>named|called|dubbed|christened|renamed)\s+[A-Z\"'‘“]"
)
# 'put Example-3 down', 'placed its Example-1 satellite into orbit', 'landed Example-3 on': the craft right after
PUT_VERB = re.compile(
    r"\b(?:put|puts|putting|plac(?:ed|es|ing)|land(?:ed|s|ing)?|set|sets|setting)\s+"
    r"(?:(?P<own>its|their)\s+(?:own\s+)?(?:first\s+|second\s+|new\s+)?)?"
    # ('has put thousands of Example satellites into orbit': the satellites of its constellation)
    r"(?:(?P<count>(?:(?:more|fewer)\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:thousands|hundreds|"
    r"dozens|[\d,]+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several)(?:\s+of)?)\s+)?(?=[A-Z])"
)
# ('put Example-1, an Earth-observation satellite, into orbit': an apposition between the craft and where it went)
PUT_APPOSITION = re.compile(r",\s+(?:a|an|the|its)\s+[^,;:()]{1,50},")
DESCRIBED_SUBJECT = re.compile(r"\b[Tt]he\s+(?:agency|company|firm|country|organi[sz]ation)\s+(?:[a-z]+ly\s+)?$")
PUT_WHERE = re.compile(
    r"(?:\s+(?:lander|rover|probe|satellites?|spacecraft|craft|orbiter|capsule))?\s+(?:safely\s+|softly\s+|gently\s+)?"
    r"(?:down\b|into\s+(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+)?orbit\b|in\s+orbit\b|on\s+(?:the\s+)?[A-Z]|"
    r"near\s+the\b|on\s+the\s+(?:surface|ground)\b)"
)
# 'was arranged by', 'had been brokered by', ', organised by': a body that arranged a flight
ARRANGED_BY = re.compile(
    r"(?:\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+)?|,\s+)"
    r"(?P<verb>arranged|organi[sz]ed|brokered)\s+by\s+(?:the\s+)?"
)
ARRANGED_GAP = re.compile(r"\s*,?\s*")
DESCRIBED_FLIGHT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>flight|mission|trip|launch|spaceflight)\s*,?\s*$")
# 'launch Example-5 for', 'have carried satellites for', 'was launched by A for': a launch for a client
CARRIED_FOR = re.compile(
    r"\b(?:(?P<by>(?:launched|carried|flown|orbited)\s+by\s+(?:the\s+)?)(?=[A-Z])[^,;.]{1,50}?|"
    r"(?:launch(?:ed|es|ing)?|carr(?:ied|ies|y|ying)|orbit(?:ed|s)?)\s+(?:[\w-]+\s+){1,4}?)"
    r"for\s+(?:the\s+)?(?=[A-Z])"
)
# "Example Corp's Electron rockets have", "its rockets": the owner of the rockets before the verb
ROCKETS_OF = re.compile(
    r"(?:(?P<its>\b[Ii]ts|\b[Tt]heir)|['’]s?)\s+(?:[\w-]+\s+)?(?:rockets?|launchers?|boosters?)\s+(?:(?:have|has|had)\s+)?$"
)
VERB_GROUP = re.compile(r"\S(?:.*\S)?")
OPERATOR_WORDS = re.compile(
    r"\b(?:operator|owner|leadership|direction|lead\s+of|took\s+over|takes\s+over|taken\s+over)\b"
)
# 'is the operator of', ', the owner of', 'took over (the operation of)': the one that runs a craft or programme
OPERATOR_OF = re.compile(
    r"(?:(?P<copula>\s+(?:is|was|remains|became|has\s+been)\s+"
    r"(?:(?:now|also|still|not|no\s+longer|never)\s+)*)(?:the|its)\s+"
    r"(?:[a-z-]+\s+)?(?:operator|owner)\s+of\s+|,\s+(?:the|its)\s+(?:[a-z-]+\s+)?(?:operator|owner)\s+of\s+|"
    r"(?P<took>\s+(?:took|takes|has\s+taken|had\s+taken)\s+over\s+(?:(?:the\s+)?(?:operation|operations|running|"
    r"management|control)\s+of\s+)?))(?:the\s+)?"
)
# 'X, a mission under the leadership of A', 'X is carried out under the direction of A'
# ('was developed under the lead of A'; programmes21)
UNDER_LEADERSHIP = re.compile(r"\bunder\s+the\s+(?:leadership|direction|lead)\s+of\s+(?:the\s+)?")
# (the craft's noun and the comma closing an apposition before the verb: 'the X coronagraph, was developed')
UNDER_GAP = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[a-z][\w\s-]{0,40}?|(?:\s+[a-z]+)?,?\s+(?:is|was|are|were|will\s+be)\s+"
    r"[a-z][\w\s]{0,30}?)\s+"
)
AGENT_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;:()]{1,50},")
# ('built for Iran', 'builds in Bremen for the agency'): the client after the verb
FOR_CLIENT = re.compile(r"\s+(?:(?:in|at)\s+[A-Z][\w-]*\s+)?for\s+(?:the\s+)?(?=[A-Z])")
BUILDS = re.compile(r"(?:buil|develop|design|manufactur|assembl)")
JOINTLY = re.compile(r"\b(?:jointly|together)\b")
# 'the station that NASA plans to build', 'the Example station': what is built is a station (guidelines23)
STATION_WORD = re.compile(r"(?:\s+(?:space\s+)?station\b|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?station\b)", re.I)
# 'developed together with B', 'built with B and C': builders with others.
CO_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:together\s+with|jointly\s+with|with|alongside)\s")
# The running verbs whose 'it' stands for the craft in focus ('the body that had run it').
RUN = re.compile(r"ran|run|operat|manag|control|command")
# 'runs with B', 'has run jointly with B' (not 'runs it with help from B', nor 'runs under an agreement with B')
RUN_WITH = re.compile(
    r"\s+(?:(?:together|jointly|closely)\s+)?(?:in\s+(?:cooperation|collaboration|partnership)\s+)?with\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# What may follow the last co-agent of a relative's verb: the clause's end, a date or place phrase, another name
# in the list ('that A is designing with B since 2021', 'with B, C and D,'); not a noun the name qualifies ('with
# Russian help', 'with Japan's probe'), nor a role ('with Jane Doe as its director').
CO_AGENT_CLOSE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s*[,.;:)]|\s*$|\s+(?:and|or|since|until|in|on|at|from|for|to|under|during|"
    r"after|before|over|through|until|which|who|but|while|when|last|this|each|both)\b)"
)
# 'a station that it is designing with B': the pronoun opening the relative clause, an organization named before.
RELATIVE_PRONOUN_AGENT = re.compile(r"(?P<pronoun>it|they)\s+(?=[a-z])")
# What a builder's described object may be here (the craft nouns are read in roles.py): a launcher, a station, a site.
OWN_CLAUSE_NOUN = re.compile(
    r"(?:rocket|launcher|launch\s+vehicle|booster|vehicle|station|laboratory|outpost|spaceport|cosmodrome|launch\s+site|"
    r"site|base|range|pad|launch\s+pad|centre|center|facility)$"
)
# 'hired Example Corp for the launch and B to build the satellite', 'is paying A under its X programme to carry …'.
HIRED_WORDS = re.compile(r"\b(?:hir|contract|commission|pa[iy]|engag|pick|chose|choos|select)")
HIRED = re.compile(
    r"\b(?P<verb>hired|hires|hire|hiring|contracted|contracts|commissioned|commissions|engaged|paid|pays|paying|pay|"
    # ('picked A and B to fly astronauts', 'chose A, a Swiss start-up, for Example-1'; a company chosen is hired)
    r"picked|picks|pick|chose|chosen|chooses|choose|selected|selects|select)"
    r"\s+(?:the\s+)?(?=[A-Z])"
)
# The verbs whose company is hired whatever the job ('ESA hired Example Corp in 2020.'), not a payment alone.
HIRING = re.compile(r"hir|contract|commission|pick|chose|choos|select")
CHOOSING = re.compile(r"pick|chose|choos|select")
# Where a hiring with no job named ends: the clause's end, past a date ('hired Example Corp in 2020.').
HIRED_ALONE = re.compile(r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s*(?:[.;]|,\s+(?:and|but)\s|$)")
# 'A, the manufacturer that B had picked', 'A, whom B hired in 2021': a company hired, in an object relative.
HIRED_RELATIVE = re.compile(
    r"(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|contractor|start-?up|builder|"
    r"supplier|operator|provider)\s+|\s*,\s+)(?:which|that|whom|who)\s+(?:the\s+)?(?=[A-Z])"
)
HIRED_VERB = re.compile(rf"\s*{_AUX}(?P<verb>hired|picked|chose|chosen|selected|contracted|commissioned|engaged)\b")
# what the one hired is hired for: the launch or the craft in focus, a job on it, a named programme paid under
JOB = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,;()]{1,50},)?(?:\s+(?:about|some|nearly|over|more\s+than|roughly|around|up\s+to)?\s*"
    r"[$€£][\d.,]+\s*(?:[mb]n?|million|billion)?)?(?:\s+(?:under|through)\s+(?:its|the|their|a)\s+(?P<under>))?"
    rf"(?:[^,;.]{{0,80}}?\s+)?(?:for\s+(?:the|its|their)\s+(?P<for>launch(?:es)?|{_NOUN})\b(?!['’-]|\s+of\b)|"
    r"to\s+(?P<job>build|launch|develop|design|operate|supply|provide|make|assemble|carry|fly|deliver|take|"
    r"inspect|remove|capture|deorbit|refuel|service|repair|study|test|demonstrate|run|manage)\b|"
    # ('hired Example Corp, a Swiss start-up, for Example-1': a named craft or programme)
    r"for\s+(?:the\s+)?(?P<named>)(?=[A-Z]))"
)
JOB_OBJECT = re.compile(
    rf"[^,;.]{{0,60}}?\b(?:(?P<it>it)\b|(?:the|its|their)\s+(?:[\w-]+\s+)?(?P<noun>{_NOUN})\b(?!['’-]))"
)
CARRIED_ON = re.compile(
    rf"[^,;.]{{0,60}}?\s+(?:on|aboard|to)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?P<noun>{_NOUN})\b(?!['’-])"
)
NEXT_HIRED = re.compile(r"[^,;.]{0,80}?\s+and\s+(?:the\s+)?(?=[A-Z])")
PAYER_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:(?:had|has|have|is|was|were|are|also|now|then)\s+)*$")
# 'on a SpaceX Falcon 9', 'aboard the Example rocket': a name of what something flew on.
FLOWN_ON = re.compile(r"\b(?:on|aboard)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}$")
# Between a body's name and its verb: a short form, an apposition and a relative pronoun ('Avio, the Italian
# company that builds', 'the KCST, the body that had run it').
SUBJECT_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?(?:which|that|who))?")
# 'built and runs the orbiter', 'built and operated the spacecraft': the builder runs it too.
COORDINATED_RUN = re.compile(
    r"\s+and\s+(?:(?:now|later|also|still|then)\s+)?(?:operat(?:es|ed|e)|runs?|ran|manag(?:es|ed|e)|controls?|"
    r"controlled)\b"
)
# 'SUPARCO engineers', 'Example Corp scientists and technicians': the people of the body named before them.
_PEOPLE = r"(?:engineers|scientists|students|researchers|technicians|specialists|staff|teams?|experts|workers)"
PEOPLE_OF_BODY = re.compile(rf"\s+{_PEOPLE}(?:\s+and\s+{_PEOPLE})?(?=\s)")
ARTICLE_OR_SPACE = re.compile(r"\s+(?:the\s+)?")
# 'builds Example-C rockets for the air force' is fine; 'built the Example-C rocket's engines' is a part.
ROCKET_FLOWN = re.compile(r"['’]s?\b")
BE = re.compile(r"\b(?:was|were|is|are|been|being)\s")


def undertakings(view: SentenceView, history: list[Found]) -> list[Role]:
    """What the constructions above state in one sentence; ``history`` are the text's mentions so far."""
    found: list[Role] = []
    sentence = view.sentence
    if " which " in sentence or " that " in sentence or ", the " in sentence:
        found += _object_relatives(view, history)
    found += _own_clauses(view, history)
    if search(NAMING_VERB, sentence):  # (at once when the sentence lacks a word it needs: literals.py)
        found += _named(view)
    if " by " in sentence and ARRANGED_BY.search(sentence):
        found += _arranged(view, history)
    if " for " in sentence and CARRIED_FOR.search(sentence):
        found += _launched_for(view)
    if search(OPERATOR_WORDS, sentence):
        found += _operators(view)
    if search(PUT_VERB, sentence):
        found += _put_down(view, history)
    if " by " in sentence:
        found += _parts_by(view, history)
    if " of " in sentence and " to " in sentence:
        found += _handed(view)
    if " adopt" in sentence or " approv" in sentence:
        found += _adopted(view)
    if search(HIRED_WORDS, sentence):
        found += _hired(view, history)
    if " with " in sentence:
        found += _built_with(view)
    if "its " in sentence or "’s " in sentence or "'s " in sentence:
        found += _its_maker(view)
    return found


# 'the Example-2 rocket failed, its maker Example Space said', 'Example-1 and its operator, Example Corp': the
# craft's maker takes part in it, its operator or owner leads it.
ITS_MAKER = re.compile(
    r"\b(?:its|the\s+(?:rocket|satellite|craft|spacecraft|probe|lander|launcher|mission)['’]s)\s+"
    r"(?P<role>maker|builder|manufacturer|developer|designer|operator|owner)\s*,?\s+(?=[A-Z])"
)


def _its_maker(view: SentenceView) -> list[Role]:
    found: list[Role] = []
    for match in ITS_MAKER.finditer(view.sentence):
        at = view.start + match.end()
        maker = next((m for m in view.mentions if m.start == at), None)
        things = [m for m in view.mentions if m.end <= view.start + match.start() and _thing(view, m, CRAFTS)]
        if maker is None or not _agent(view, maker) or view.is_(maker, "Person") or not things:
            continue
        kind = "leads" if match.group("role") in ("operator", "owner") else "participatesIn"
        cue = WORD_AT.match(view.sentence, match.start("role"))
        found.append((maker, kind, things[-1], cue, "its maker"))
    return found


# 'EXR-2 was built with Example Corp and the toy maker Tomy', 'was developed together with ExSA': a passive
# without its agent, the partners after 'with' take part in the craft or programme that is its subject.
BUILT_WITH = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:jointly|partly|largely)\s+)?"
    r"(?P<verb>built|developed|designed|made|assembled|co-developed)\s+(?:(?:together|jointly)\s+)?with\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])"
)


WORD_AT = re.compile(r"\S+")


def _built_with(view: SentenceView) -> list[Role]:
    found: list[Role] = []
    for thing in view.mentions:
        if not _thing(view, thing, CRAFTS):
            continue
        match = BUILT_WITH.match(view.text, thing.end, view.end)
        if match is None:
            continue
        partners = view.group([m for m in view.after(match.end() - view.start) if _agent(view, m)], False)
        if not partners or partners[0].start != match.end():
            continue
        cue = WORD_AT.match(view.sentence, match.start("verb") - view.start)
        for partner in partners:
            if partner.entity != thing.entity and not view.is_(partner, "Person"):
                found.append((partner, "participatesIn", thing, cue, "built with"))
    return found


def _agent(view: SentenceView, mention: Found) -> bool:
    return view.is_(mention, "Agent")


def _thing(view: SentenceView, mention: Found, classes: tuple[str, ...] = CRAFTS + SITES) -> bool:
    """A craft, programme, station or site: no organization, country or person."""
    return any(view.is_(mention, c) for c in classes) and not any(
        view.is_(mention, c) for c in ("Organization", "Country", "Person")
    )


def _in_focus(
    view: SentenceView,
    history: list[Found],
    at: int,
    classes: tuple[str, ...],
    reach: int = REACH,
    flown: bool = False,
) -> Found | None:
    """The craft, station or site named last before ``at`` (within reach) of the classes a noun stands for (the
    craft someone flew on only when ``flown``: 'the flight' may be it, 'the spacecraft' is not)."""
    earlier = [m for m in history if m.end <= at and m.start >= at - reach and m.rule != "anaphor"]
    earlier += [m for m in view.mentions if m.end <= at and m.rule != "anaphor" and m not in earlier]
    earlier = [m for m in earlier if flown or not _flown_on(view, m)]
    earlier.sort(key=lambda m: m.start)
    thing = antecedent(view.linker, classes, earlier, at, exclude=("Organization", "Country", "Person"))
    return thing if thing is not None and _thing(view, thing, classes) else None


def _flown_on(view: SentenceView, mention: Found) -> bool:
    """A rocket or craft named as the one something flew on ('aboard a SpaceX Falcon 9'): not the one in focus."""
    return FLOWN_ON.search(view.text, max(0, mention.start - 40), mention.start) is not None


def _kind(
    view: SentenceView, verb: re.Match[str], subject: Found, several: bool = False, thing: Found | None = None
) -> str:
    """Leads for running, launching, flying, owning, using; taking part for supplying, funding, helping and
    building: any builder of a craft takes part, an agency as much as a company, alone or with others
    (GUIDELINES: 'built … for the mission', 'developed by', 'the rocket that SpaceX is building', 'which ISRO
    designed'; guidelines23). A station is the undertaking itself: a single body that is no company and builds
    it leads it, its partners after 'with' take part ('the station that NASA plans to build … with Japan', 'a
    national space station that it plans to start assembling'). A company that launches takes part, as it launches for another; 'built and
    operated' leads."""
    lead = verb.group("lead")
    if lead is None:
        if RUNS_TOO.match(verb.string, verb.end()):
            return "leads"
        part = verb.group("part")
        # (one of several builders, 'which NASA and JAXA developed', 'A and B jointly built', takes part)
        jointly = several or JOINTLY.search(verb.group(0)) is not None
        # (the station's partners named after 'with' take part; GUIDELINES v17)
        if thing is not None and _station(view, thing, verb.start()) and BUILDS.match(part) and not jointly:
            return "leads" if not view.company(subject) else "participatesIn"
        return "participatesIn"
    if (lead.startswith("launch") or lead.startswith("p")) and view.company(subject):
        return "participatesIn"
    return "leads"


def _station(view: SentenceView, thing: Found, verb: int) -> bool:
    """A station, by type or by the noun the text gives it up to the verb ('the Gateway, the station that
    NASA plans to build'; 'the Example station')."""
    if view.is_(thing, "Station"):
        return True
    upto = verb if verb > thing.end else min(view.end, thing.end + 12)
    return STATION_WORD.match(view.text, thing.end, upto) is not None


def _client(view: SentenceView, at: int) -> Found | None:
    """The body named after 'for' right after a verb ending at ``at`` ('that Russia had built for Iran', 'which
    Example Corp builds for the agency'): the one the work is done for, a partner rather than a leader."""
    opened = FOR_CLIENT.match(view.text, at, view.end)
    named = next((m for m in view.mentions if opened is not None and m.start == opened.end()), None)
    if named is None or not _agent(view, named) or view.is_(named, "Person"):
        return None
    return named


def _named(view: SentenceView) -> list[Role]:
    """'ESA named that stay Example', 'The agency, which had arranged the flight, called the mission Example': the
    body that gives a mission its name leads it (a person naming it does not; relations15)."""
    found: list[Role] = []
    for match in NAMED_THE.finditer(view.text, view.start, view.end):
        named = next((m for m in view.mentions if m.start == match.end()), None)
        if named is None or not _thing(view, named, CRAFTS):
            continue
        at = match.start() - view.start
        for body in view.clause_subject(at, "Agent"):
            if not view.is_(body, "Person") and view.own_clause(body, at) and body.entity != named.entity:
                found.append((body, "leads", named, re.compile(r"\S+").match(view.sentence, at), "named its mission"))
    for match in NAMED_RELATIVE.finditer(view.text, view.start, view.end):
        # 'JAXA built Example-3, which it named Mio', 'Example-3, which the agency named Mio,': whoever gives a
        # craft its name leads it (GUIDELINES: 'which the agency named X', 'named that stay'; guidelines23)
        craft = next((m for m in view.mentions if m.end == match.start()), None)
        if (craft is None or not _thing(view, craft, CRAFTS) or craft.rule == "anaphor"
                or not view.text[craft.start : craft.start + 1].isupper()):  # fmt: skip
            continue  # ('The mission, which ESA named Principia': the name given is the new one, read in constructions)
        at = match.start("verb") - view.start
        if match.group("it") is not None:
            bodies = [m for m in view.clause_subject(match.start() - view.start, "Agent") if m.start < craft.start]
        else:
            bodies = [m for m in view.mentions if m.start == match.start("body")]
        for body in bodies[-1:]:
            if _agent(view, body) and not view.is_(body, "Person") and body.entity != craft.entity:
                found.append((body, "leads", craft, re.compile(r"\S+").match(view.sentence, at), "named its mission"))
    return found


def _arranged(view: SentenceView, history: list[Found]) -> list[Role]:
    """'The flight was arranged by Example Tours', 'Example-1, organised by the Example Foundation': the body that
    arranges or brokers a flight takes part in it (the craft named right before, or the one 'the flight' stands
    for; relations15). 'and sold to him by B' after it makes the traveller and B partners."""
    found: list[Role] = []
    for match in ARRANGED_BY.finditer(view.text, view.start, view.end):
        body = next((m for m in view.mentions if m.start == match.end() and view.is_(m, "Organization")
                     and not view.is_(m, "Person")), None)  # fmt: skip
        if body is None:
            continue
        before = view.text[view.start : match.start()]
        named = [m for m in view.mentions if m.end <= match.start() and m.start >= view.start]
        flight: Found | None = None
        if named and ARRANGED_GAP.fullmatch(view.text, named[-1].end, match.start()):
            flight = named[-1] if _thing(view, named[-1], ("Program",)) else None
        else:
            described = DESCRIBED_FLIGHT.search(before)
            if described is not None:
                noun = re.sub(r"\s+", " ", described.group("noun"))
                flight = _in_focus(
                    view, history, view.start + described.start(), NOUNS.get(noun, ("Program",)), flown=True
                )
        if flight is None or view.is_(flight, "Station") or flight.entity == body.entity:
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb") - view.start)
        found.append((body, "participatesIn", flight, cue, "arranged a flight"))
    return found


def _launched_for(view: SentenceView) -> list[Role]:
    """'Example Corp will launch Example-5 for NASA', 'its rockets have carried satellites for the Example Office',
    'Example-5 was launched by A for B': the launcher and the one it launches for are partners, as a launch
    contract makes them (relations15)."""
    found: list[Role] = []
    for match in CARRIED_FOR.finditer(view.text, view.start, view.end):
        client = next((m for m in view.mentions if m.start == match.end()), None)
        if client is None or not _agent(view, client) or view.is_(client, "Person"):
            continue
        at = match.start() - view.start
        cue = re.compile(r"\S+").match(view.sentence, at)
        by = match.group("by")
        if by is not None:
            launchers = [m for m in view.mentions if m.start == view.start + at + len(by)]
        else:
            # ('Example Corp's Electron rockets have carried': the owner of the rockets)
            launchers = [m for m in view.clause_subject(at, "Agent") if view.own_clause(m, at)]
            owner = ROCKETS_OF.search(view.text, max(view.start, match.start() - 60), match.start())
            if not launchers and owner is not None and owner.group("its"):
                # ('… and its Electron rockets have carried': the body named before in the sentence)
                body = antecedent(view.linker, ("Organization",), view.mentions, owner.start(), exclude=("Person",))
                launchers = [body] if body is not None else []
            elif not launchers and owner is not None:
                launchers = [m for m in view.mentions if m.end == owner.start() and not view.is_(m, "Person")]
        for launcher in launchers:
            if _agent(view, launcher) and not view.is_(launcher, "Person") and launcher.entity != client.entity:
                found.append((launcher, "partnerOf", client, cue, "launched for a client"))
    return found


def _operators(view: SentenceView) -> list[Role]:
    """'A is the operator of X', 'A, the owner of X,', 'A took over (the operation of) X', 'X, a mission under the
    leadership of A': the operator, owner or leader of a craft or programme leads it (relations15)."""
    found: list[Role] = []
    for match in OPERATOR_OF.finditer(view.text, view.start, view.end):
        craft = next((m for m in view.mentions if m.start == match.end()), None)
        if craft is None or not _thing(view, craft):
            continue
        at = match.start() - view.start
        if match.group("copula") is not None:
            bodies = [b for b in view.clause_subject(at, "Agent") if view.own_clause(b, at)]
        else:
            bodies = [m for m in view.mentions if m.end == match.start()]  # ('A, the operator of X')
        verb = match.group("copula") or match.group("took")
        # (the verb itself, for the caller's modality: 'is no longer the operator of', 'had taken over')
        lead = at + len(verb) - len(verb.lstrip()) if verb else at
        cue = VERB_GROUP.match(view.sentence, lead, lead + len(verb.strip())) if verb else None
        found += [(b, "leads", craft, cue, "operator of") for b in bodies
                  if _agent(view, b) and not view.is_(b, "Person") and b.entity != craft.entity]  # fmt: skip
    for match in UNDER_LEADERSHIP.finditer(view.text, view.start, view.end):
        body = next((m for m in view.mentions if m.start == match.end()), None)
        crafts = [m for m in view.mentions if m.end <= match.start() and m.start >= view.start and _thing(view, m)]
        if body is None or not crafts or not _agent(view, body) or view.is_(body, "Person"):
            continue
        if not UNDER_GAP.fullmatch(view.text, crafts[-1].end, match.start()):
            continue
        found.append((body, "leads", crafts[-1], None, "under the leadership of"))
    return found


def _put_down(view: SentenceView, history: list[Found]) -> list[Role]:
    """'the agency put Example-3 down near the pole', 'Examplia put its Example-1 satellite into orbit', 'landed
    Example-3 on the Moon': the body that sets its craft down or in orbit runs it; a company putting a craft into
    orbit launches it for another and takes part (relations15)."""
    found: list[Role] = []
    for match in PUT_VERB.finditer(view.text, view.start, view.end):
        own = match.group("own") is not None
        craft = next((m for m in view.mentions if m.start == match.end()), None)
        if craft is None or not _thing(view, craft, CRAFTS + (("Facility",) if match.group("count") else ())):
            continue
        if view.is_(craft, "Station"):
            continue
        apposed = PUT_APPOSITION.match(view.text, craft.end, view.end)
        if not PUT_WHERE.match(view.text, apposed.end() if apposed else craft.end, view.end):
            continue
        if match.group("count") and not re.match(r"\s+satellites\b", view.text[craft.end : craft.end + 12]):
            continue  # ('put three Example satellites into orbit', not 'put two Example-1 into orbit')
        at = match.start() - view.start
        bodies = [b for b in view.clause_subject(at, "Agent") if view.own_clause(b, at)]
        described = DESCRIBED_SUBJECT.search(view.text, max(view.start, match.start() - 40), match.start())
        if not bodies and described is not None:
            # ('Four years later the agency put Example-3 down': the body the noun stands for)
            bodies = _agents_at(view, history, described.start())[0]
        for body in bodies:
            if view.is_(body, "Person") or body.entity == craft.entity:
                continue
            # (thousands of satellites are a constellation's, put up by the company that runs it: 'SpaceX has put
            # thousands of X satellites into orbit'; dozens may be a launch company's work for a client)
            many = bool(re.search(r"thousands|hundreds|\d,?\d\d\d?", match.group("count") or ""))
            kind = "participatesIn" if view.company(body) and not own and not many else "leads"
            found.append((body, kind, craft, re.compile(r"\S+").match(view.sentence, at), "put its craft down"))
    return found


def _passive(verb: re.Match[str]) -> bool:
    """'was built', 'had been run': a form of 'be' before a participle (not 'is building')."""
    return bool(BE.search(verb.group(0))) and not verb.group(0).endswith("ing")


def _cue(view: SentenceView, verb: re.Match[str]) -> re.Match[str] | None:
    """The verb itself as a match over the sentence (for the caller's modality)."""
    name = next(g for g in ("lead", "part", "sign", "name", "doc") if verb.group(g) is not None)
    return re.compile(r"\S+").match(view.sentence, verb.start(name) - view.start)


# 'which the state-owned Example Group will run': the article and an ownership adjective before an agent's name.
AGENT_ARTICLE = re.compile(
    r"the\s+(?:(?:state|privately|publicly|government|family|foreign)[- ](?:owned|run|held|controlled|backed)\s+)?"
    # ('that the Pittsburgh company Example Corp is building', 'which the French firm X builds': the class noun
    # and the town or nationality before the name; programmes21)
    r"(?:(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?(?:company|firm|start-?up|startup|manufacturer|contractor)\s+(?=[A-Z]))?"
)


def _agents_at(view: SentenceView, history: list[Found], at: int) -> tuple[list[Found], int]:
    """The agents whose names (or 'the company') open at ``at``, and where they end."""
    article = AGENT_ARTICLE.match(view.text, at)
    first = next(
        (m for m in view.mentions if m.start == at or (article is not None and m.start == article.end())), None
    )
    described = DESCRIBED_AGENT.match(view.text, at) if first is None else None
    owner_end = first.end if first is not None else described.end() if described is not None else None
    owned = POSSESSED_AGENT.match(view.text, owner_end) if owner_end is not None else None
    if owned is not None:
        # 'which NSF's NOIRLab runs', 'that the agency's Example Laboratory built': the body the possessive
        # qualifies acts, not its owner (programmes21)
        first = next((m for m in view.mentions if m.start == owned.end() and _agent(view, m)), first)
    if (first is not None and _agent(view, first) and not view.is_(first, "Person")) or (
        first is not None and view.is_(first, "Person") and first.start == at
    ):
        agents = view.group([m for m in view.mentions if m.start >= first.start and _agent(view, m)], False)
        agents = [m for m in agents if m.start >= first.start]
        if agents and agents[0].start == first.start:
            # (past the parenthesis of a short form: 'the Example Research Institute (ERI) spent')
            short = SHORT_FORM.match(view.text, agents[-1].end)
            return agents, short.end() if short else agents[-1].end
    described = DESCRIBED_AGENT.match(view.text, at)
    if described is not None:
        earlier = [m for m in history if m.end <= at and m.start >= at - AGENT_REACH]
        earlier += [m for m in view.mentions if m.end <= at and m not in earlier]
        earlier.sort(key=lambda m: m.start)
        classes = ("Country",) if described.group("noun") in ("country", "state") else ("Organization",)
        if described.group("noun") in ("company", "firm"):
            # ('The regulator had licensed the flight, which the company called X': the company, not the regulator)
            earlier = [m for m in earlier if view.company(m)]
        body = antecedent(view.linker, classes, earlier, at, exclude=("Person",))
        if body is not None and (described.group("noun") not in ("company", "firm") or view.company(body)):
            return [body], described.end()
    return [], at


def _head(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """What a relative pronoun at ``at`` (its clause's start) is about: the name right before it, the name
    before an apposition ('Example Star, the converted airliner that'), or the craft in focus a described
    head stands for ('the three-stage rocket, which')."""
    apposed = APPOSITION.search(view.text, view.start, at)
    if apposed is not None:
        # ('Example Star, the converted Boeing 747 that …': the name before the apposition, not one inside it)
        name = next((m for m in view.mentions if m.end == apposed.start()), None)
        if name is not None:
            name = _located(view, name)
            return name if _thing(view, name) else None
    right_before = [m for m in view.mentions if m.end <= at and view.start <= m.start]
    if right_before and NAME_GAP.fullmatch(view.text[right_before[-1].end : at]):
        # ('Example Corp (ECO)'): the name with its short form
        named = right_before[-1]
        while right_before and right_before[-1].entity == named.entity:
            candidate = right_before.pop()
        candidate = _located(view, candidate)
        return candidate if _thing(view, candidate) else None
    described = DESCRIBED_HEAD.search(view.text, max(view.start, at - 80), at)
    if described is not None and not any(described.start() <= m.start < at for m in view.mentions):
        noun = re.sub(r"\s+", " ", described.group("noun"))
        return _in_focus(view, history, described.start(), NOUNS[noun])
    return None


def _located(view: SentenceView, name: Found) -> Found:
    """The site a place after 'in'/'near' locates ('the Example Centre in Exampleton'), else ``name`` itself."""
    if not view.is_(name, "Place") or any(view.is_(name, c) for c in SITES):
        return name
    site = max((m for m in view.mentions if m.end < name.start and m.start >= view.start
                and LOCATED_IN.fullmatch(view.text, m.end, name.start)), key=lambda m: m.end - m.start, default=None)  # fmt: skip
    return site if site is not None and _thing(view, site, SITES) else name


def _document_head(view: SentenceView, history: list[Found], at: int) -> Found | None:
    """The document a relative pronoun at ``at`` is about: the name right before it (past a short form in
    parentheses or a date after it), else the document in focus a described head stands for ('the regulation,
    which')."""
    near = [m for m in view.mentions if m.end <= at and m.start >= view.start and view.is_(m, "Document")]
    if near and re.fullmatch(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:of|in)\s+\d{4})?", view.text[near[-1].end : at]):
        return near[-1]
    apposed = DOCUMENT_APPOSITION.search(view.text, max(view.start, at - 90), at)
    named = next((m for m in view.mentions if apposed is not None and m.end == apposed.start()), None)
    if named is not None and view.is_(named, "Document"):
        return named  # ('the Accords, principles for exploring the Moon that NASA drew up')
    described = DESCRIBED_DOCUMENT_HEAD.search(view.text, max(view.start, at - 90), at)
    if described is None or any(described.start() <= m.start < at for m in view.mentions):
        return None
    earlier = [m for m in history if m.end <= described.start() and m.start >= described.start() - REACH]
    earlier += [m for m in view.mentions if m.end <= described.start() and m not in earlier]
    earlier.sort(key=lambda m: m.start)
    return antecedent(view.linker, ("Document",), earlier, described.start())


def _document_relation(view: SentenceView, verb: re.Match[str], document: Found | None) -> str | None:
    """drafts, proposes or submits, by the verb; none for approving an agreement (another's text)."""
    if document is None:
        return None
    word = verb.group("doc")
    known = view.linker.entities.get(document.entity)
    names = (view.text[document.start : document.end], document.label, known.label if known is not None else "")
    if word.startswith("adopt") and not (
        view.is_(document, "DraftResolution") or any(RESOLUTION.search(n) for n in names if n)
    ):
        return None  # (an assembly adopts texts others wrote; the organ that adopts a resolution is its author)
    if word.startswith("approv") and (
        view.is_(document, "Treaty")
        or view.is_(document, "DraftResolution")
        or any(AGREEMENT.search(n) or RESOLUTION.search(n) for n in names if n)
    ):
        return None
    return next(r for stem, r in DOC_RELATIONS.items() if word.startswith(stem))


def _adopted(view: SentenceView) -> list[Role]:
    """'the Council unanimously adopted Resolution 2087', 'The Cabinet approved the National Space Policy': the
    body that adopts or approves its own text drafts it (not a person, nor the approval of an agreement)."""
    found: list[Role] = []
    for match in ADOPTED.finditer(view.text, view.start, view.end):
        document = next((m for m in view.mentions if m.start == match.end()), None)
        if document is None or not view.is_(document, "Document"):
            continue
        relation = _document_relation(view, match, document)
        if relation is None:
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("doc") - view.start)
        for body in view.clause_subject(match.start() - view.start, "Agent"):
            if not view.is_(body, "Person") and view.own_clause(body, match.start() - view.start):
                found.append((body, relation, document, cue, "adopted its text"))
    return found


def _object_relatives(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1, which NASA ran', 'the rocket, which KARI spent a decade developing', 'Example Star, the
    converted airliner that Example Corp used as a launch pad', 'the flight, which the company called Example
    Run', 'the treaty that A signed with B'."""
    found: list[Role] = []
    relatives = list(RELATIVE.finditer(view.text, view.start, view.end))
    relatives += list(CONTACT.finditer(view.text, view.start, view.end)) if ", the " in view.sentence else []
    for relative in relatives:
        at = relative.end()
        if relative.re is CONTACT and relative.group("pronoun"):
            # 'ADRAS-J, the spacecraft it built and operates': the organization named before the head
            head_at = relative.start()
            earlier = [m for m in history + view.mentions if m.end <= head_at and m.start >= view.start - REACH]
            earlier.sort(key=lambda m: m.start)
            body = antecedent(view.linker, ("Organization", "Country"), earlier, head_at, exclude=("Person",))
            end = at + len(relative.group("pronoun"))
            # (the pronoun stands in the relative clause: the verb's modality is read there, not at the name)
            # (no body for the pronoun: 'the laboratory it runs with Japan' still names Japan as running it)
            agents = [dataclasses.replace(body, start=at, end=end, rule="anaphor")] if body is not None else []
        else:
            agents, end = _agents_at(view, history, at)
        if relative.re is RELATIVE and _pronoun_verb(view, at) and (not agents or _own_partner(view, agents, at)):
            # ('which it has run jointly with China': 'it' is no body named after 'with' in its own clause)
            agents, end = _pronoun_agent(view, history, relative, at)
        if not agents and end == at:
            continue  # (no body, and no pronoun standing for one)
        # ('which VNIIEM, a Russian space company, builds for Roscosmos': past the agent's apposition)
        apposed = AGENT_APPOSITION.match(view.text, end, view.end)
        end = apposed.end() if apposed is not None else end
        verb = VERB.match(view.text, end, view.end)
        if verb is None or _passive(verb):
            continue
        runs = verb.group("lead") is not None and RUN.match(verb.group("lead")) is not None
        if not agents and not runs:
            continue  # (a pronoun with no body: only the bodies it runs something with are read, below)
        if verb.group("name") is not None:
            # 'the flight, which the company called Example Run': the name given is led by the one that gave it
            named = next((m for m in view.mentions if m.start in (verb.end() + 1, verb.end())), None)
            if named is not None and _thing(view, named, CRAFTS):
                found += [(a, "leads", named, _cue(view, verb), "named by its operator") for a in agents
                          if not view.is_(a, "Person")]  # fmt: skip
            continue
        if any(m.start >= verb.end() and m.start <= verb.end() + 1 and m.end <= view.end for m in view.mentions):
            continue  # 'the firm that NASA paid Example Corp …': the verb's own object is named
        if verb.group("doc") is not None:
            if verb.group("doc").startswith("approv"):
                continue  # ('a resolution …, which the committee also approved': a vote on another's text)
            document = _document_head(view, history, relative.start())
            relation = _document_relation(view, verb, document)
            if document is not None and relation is not None:
                found += [(a, relation, document, _cue(view, verb), "document's relative") for a in agents
                          if a.entity != document.entity]  # fmt: skip
            continue
        head = _head(view, history, relative.start())
        if head is None and verb.group("sign") is not None and not verb.group("sign").startswith("rat"):
            # 'under a seat-swap agreement that NASA signed with Roscosmos': an agreement no name is given, whose
            # two parties are partners all the same
            if AGREEMENT_NOUN_BEFORE.search(view.text, max(view.start, relative.start() - 40), relative.start()):
                with_ = WITH_PARTY.match(view.text, verb.end())
                other = next((m for m in view.mentions if with_ is not None and m.start == with_.end()), None)
                if other is not None and _agent(view, other) and not view.is_(other, "Person"):
                    found += [(a, "partnerOf", other, _cue(view, verb), "signed with") for a in agents
                              if a.entity != other.entity and not view.is_(a, "Person")]  # fmt: skip
            continue
        if head is None:
            continue
        if verb.group("sign") is not None:
            if not view.is_(head, "Document") and not view.is_(head, "Treaty"):
                continue
            parties = list(agents)
            with_ = WITH_PARTY.match(view.text, verb.end())
            other = next((m for m in view.mentions if with_ is not None and m.start == with_.end()), None)
            if other is not None and _agent(view, other) and not view.is_(other, "Person"):
                parties.append(other)
                found += [(a, "partnerOf", other, _cue(view, verb), "signed with") for a in agents
                          if a.entity != other.entity]  # fmt: skip
            found += [(p, "signs", head, _cue(view, verb), "object relative") for p in parties]
            continue
        if view.is_(head, "Document"):
            continue
        client = _client(view, verb.end()) if verb.group("part") is not None else None
        if (runs or (verb.group("part") is not None and BUILDS.match(verb.group("part")))) and not view.is_(
            head, "Organization"
        ):
            # 'a programme that A runs with B', 'which it has run jointly with China': both run it, as partners;
            # 'a station that A is designing together with B', 'the laboratory it runs with B, C and D': each one
            # after 'with' runs it or takes part in it, and is the partner of the relative's subject
            rule = "run with" if runs else "built with"
            for other in _co_agents(view, verb.end()):
                found.append((other, "leads" if runs else "participatesIn", head, _cue(view, verb), rule))
                found += [(a, "partnerOf", other, _cue(view, verb), rule) for a in agents
                          if a.entity != other.entity and not view.is_(a, "Person")]  # fmt: skip
        for agent in agents:
            if agent.entity != head.entity:
                # 'a satellite that Russia had built for Iran': the builder takes part and partners the client
                kind = "participatesIn" if client is not None else _kind(view, verb, agent, len(agents) > 1, head)
                found.append((agent, kind, head, _cue(view, verb), "object relative"))
                if client is not None and client.entity not in (agent.entity, head.entity):
                    found.append((agent, "partnerOf", client, _cue(view, verb), "built for a client"))
    return found


def _pronoun_agent(
    view: SentenceView, history: list[Found], relative: re.Match[str], at: int
) -> tuple[list[Found], int]:
    """'Example-5, which it is designing with B', 'a station that it runs': the organization or country named
    before the relative's head is the one 'it' stands for (none when another name comes between)."""
    pronoun = RELATIVE_PRONOUN_AGENT.match(view.text, at, view.end)
    if pronoun is None:
        return [], at
    # ('the China–Example programme, which it runs jointly with China': one named after 'with' is another body)
    verb = VERB.match(view.text, pronoun.end() - 1, view.end)
    others = {m.entity for m in _co_agents(view, verb.end())} if verb is not None else set()
    earlier = [m for m in history + view.mentions if m.end <= relative.start() and m.start >= view.start - REACH
               and m.entity not in others]  # fmt: skip
    earlier.sort(key=lambda m: m.start)
    # (an organization of the same sentence first: 'Example Corp, a company based in Kent, Washington, …, a
    # station that it designs' is the company's, not the country a place in its address names; else the body
    # named last, 'Brazil has kept the X programme, which it runs' after a congress named the sentence before)
    here = [m for m in earlier if m.start >= view.start]
    body = antecedent(view.linker, ("Organization",), here, relative.start(), exclude=("Person", "Country"))
    if body is None:
        body = antecedent(view.linker, ("Organization", "Country"), earlier, relative.start(), exclude=("Person",))
    if body is None:
        # ('Example-5, which it runs with B' with no body named before: the pronoun's end, for the bodies after 'with')
        return [], pronoun.end("pronoun")
    # (the pronoun stands in the relative clause: the verb's modality is read there, not at the name before)
    end = at + len(pronoun.group("pronoun"))
    return [dataclasses.replace(body, start=at, end=end, rule="anaphor")], end


def _own_partner(view: SentenceView, agents: list[Found], at: int) -> bool:
    """The pronoun at ``at``, already read as one of ``agents``, stands for a body named after 'with' in the
    same clause (a body is not its own partner: the pronoun is to be read again)."""
    pronoun = RELATIVE_PRONOUN_AGENT.match(view.text, at, view.end)
    verb = VERB.match(view.text, pronoun.end() - 1, view.end) if pronoun is not None else None
    if verb is None or not all(a.rule == "anaphor" for a in agents):
        return False
    return bool({a.entity for a in agents} & {m.entity for m in _co_agents(view, verb.end())})


def _pronoun_verb(view: SentenceView, at: int) -> bool:
    """A verb of running or building after 'it' at ``at`` ('which it runs', 'that it is designing'; not 'which
    it named X', a name given, nor 'which it signed', read with the documents)."""
    pronoun = RELATIVE_PRONOUN_AGENT.match(view.text, at, view.end)
    verb = VERB.match(view.text, pronoun.end() - 1, view.end) if pronoun is not None else None
    if verb is None or _passive(verb):
        return False
    return (verb.group("lead") is not None and RUN.match(verb.group("lead")) is not None) or (
        verb.group("part") is not None and BUILDS.match(verb.group("part")) is not None
    )


def _co_agents(view: SentenceView, at: int) -> list[Found]:
    """The bodies named after 'with' right after a relative's verb ending at ``at`` ('runs with B, C and D',
    'is designing together with B'): none when the first is a person, qualifies a noun ('with Russian help',
    'with Japan's probe') or the list goes on into other words."""
    with_ = RUN_WITH.match(view.text, at, view.end)
    if with_ is None:
        return []
    others = view.group([m for m in view.mentions if m.start >= with_.end() and m.end <= view.end
                         and _agent(view, m)], False)  # fmt: skip
    if not others or others[0].start != with_.end():
        return []
    if any(view.is_(m, "Person") or POSSESSOR.match(view.text, m.end) for m in others):
        return []
    if not CO_AGENT_CLOSE.match(view.text, others[-1].end):
        return []
    return others


def _own_clauses(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example Corp built its engines, and B assembled the stages', 'the body that had run it', 'X, which had
    put money into the spaceport': a body's verb whose object is the craft, station or site in focus (a
    pronoun, a part of it, or a common noun for it), named in the sentences before."""
    found: list[Role] = []
    agents = [m for m in view.mentions if _agent(view, m) and not view.is_(m, "Person")]
    for agent in agents:
        if view.is_(agent, "Country") and any(
            view.is_(m, "Place") and re.fullmatch(r",\s+", view.text[m.end : agent.start]) for m in view.mentions
        ):
            continue  # ('based in Munich, Germany, which develops …': the country of a city, no subject)
        if CONDITION_BEFORE.search(view.text, max(view.start, agent.start - 12), agent.start):
            continue  # ('India would join X if Russia paid for it': a condition, not a fact)
        gap = SUBJECT_GAP.match(view.text, agent.end)
        assert gap is not None
        verb = VERB.match(view.text, gap.end(), view.end)
        people = PEOPLE_OF_BODY.match(view.text, agent.end, view.end) if verb is None else None
        if people is not None and not view.is_(agent, "Country") and not POSSESSOR.match(view.text, agent.end):
            # 'SUPARCO engineers built it', 'Example Corp's team designed the rocket' (not 'Nepali engineers':
            # people named by their country give it no part; GUIDELINES): the body whose people made it
            verb = VERB.match(view.text, people.end(), view.end)
            if verb is not None and (verb.group("part") is None or not BUILDS.match(verb.group("part"))):
                verb = None
        if verb is None or verb.group("name") or verb.group("sign") or verb.group("doc") or _passive(verb):
            continue
        runs = COORDINATED_RUN.match(view.text, verb.end(), view.end)
        lead, part = verb.group("lead"), verb.group("part")
        named = next((m for m in view.mentions if m.start in (verb.end() + 1, verb.end() + 5)
                      and ARTICLE_OR_SPACE.fullmatch(view.text, verb.end(), m.start)), None)  # fmt: skip
        if part is not None and named is not None and runs is None:
            # 'Avio, the Italian company that builds Example-C': a named craft built or supplied
            if _thing(view, named, ("Program",)) and not ROCKET_FLOWN.match(view.text, named.end):
                # ('Japan's JAXA and India's ISRO are building X': the possessors qualify the builders, lead22)
                builders = [m for m in agents if m.end <= agent.end and not POSSESSOR.match(view.text, m.end)]
                several = len(view.group(builders, True)) > 1 or JOINTLY_AFTER.match(view.text, named.end) is not None
                kind = _kind(view, verb, agent, several, named)
                found.append((agent, kind, named, _cue(view, verb), "builder of a named craft"))
            continue
        obj = DESCRIBED_OBJECT.match(view.text, runs.end() if runs else verb.end(), view.end)
        if obj is None:
            continue
        if lead is not None and (obj.group("it") is None or not RUN.match(lead)):
            continue  # ('runs the telescope' is read in roles.py; 'owns it', 'launched it' by the rules for names)
        if obj.group("part") is not None and (part is None or runs is not None):
            continue  # ('runs its engines': only building or supplying a part is taking part)
        if obj.group("part") is not None and any(
            m.start > obj.end() and re.fullmatch(r",\s+", view.text[obj.end() : m.start]) for m in view.mentions
        ):
            continue  # ('built the second stage, Example': the part has its own name, no earlier craft's; typing22)
        if (obj.group("noun") is not None and BUILDS.search(part or "") and runs is None
                and not OWN_CLAUSE_NOUN.match(obj.group("noun")) and not (part or "").startswith("help")):  # fmt: skip
            continue  # ('Boeing built the satellite' is read in roles.py; 'built and runs the orbiter' here)
        if obj.group("it") is not None:
            classes: tuple[str, ...] = CRAFTS + SITES
        elif obj.group("part") is not None:
            classes = ("Program",)
        else:
            classes = NOUNS[re.sub(r"\s+", " ", obj.group("noun"))]
        salient = _salient_object(view, obj.start("it"), agent) if obj.group("it") is not None else None
        if salient is not None and _thing(view, salient, classes) and not _passed_over(view, salient, agent):
            # 'X was built by A and launched on a Y rocket. B operates it': the salient craft (the last sentence's
            # subject, the text's centre), not the rocket or the site named last (salience.py)
            thing: Found | None = salient
        elif obj.group("it") is not None:
            # 'it' stands for the nearest name before it that the verb may take (none when that is an organization)
            nearest = [m for m in history + view.mentions if m.end <= agent.start and m.start >= view.start - REACH
                       and m.entity != agent.entity and not view.is_(m, "Person") and not _flown_on(view, m)]  # fmt: skip
            nearest.sort(key=lambda m: m.start)
            if not nearest or not _thing(view, nearest[-1], classes):
                continue
            # (a pronoun before it that stands for the craft: the craft's own name)
            thing = next((m for m in reversed(nearest) if m.entity == nearest[-1].entity and m.rule != "anaphor"), None)
        else:
            # (a part of a craft: the report named the craft, then its makers, a few paragraphs on)
            reach = PART_REACH if obj.group("part") is not None else REACH
            thing = _in_focus(view, history, agent.start, classes, reach)
        if thing is None or thing.entity == agent.entity:
            continue
        kind = "leads" if runs is not None else _kind(view, verb, agent, thing=thing)
        if obj.group("part") is not None and runs is None:
            kind = "participatesIn"  # ('France, which built the second stage': a part's builder, not the rocket's lead)
        # ('A, B and C helped to build the spacecraft': each of a coordinated subject; relations15)
        joined = view.group([m for m in agents if m.end <= agent.end], True) if part and part.startswith("help") else []
        for one in joined or [agent]:
            if one.entity != thing.entity:
                found.append((one, kind, thing, _cue(view, verb), "described object"))
    return found


def _salient_object(view: SentenceView, at: int, agent: Found) -> Found | None:
    """What an object 'it' at ``at`` stands for by the text's salience, the clause's own subject left out
    (None outside the pipeline or when salience has no candidate)."""
    if view.salience is None:
        return None
    return view.salience.referent("it", at, opening=True, exclude=frozenset({agent.entity}))


def _passed_over(view: SentenceView, salient: Found, agent: Found) -> bool:
    """Whether a station or a module, which salience does not weigh, is named in the sentence before the agent:
    'Zarya was built in Russia, but NASA paid for it' is Zarya, whatever salience says."""
    return any(
        m.entity != salient.entity and m.end <= agent.start and m.start >= view.start and view.is_(m, "Station")
        for m in view.mentions
    )


def _parts_by(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example-1 reached orbit with a first stage supplied by Example Corp', 'its engines, built by B': the
    body that made a part takes part in the craft the clause is about (the name before the part in this
    sentence, else the craft in focus)."""
    found: list[Role] = []
    for match in PART_BY.finditer(view.text, view.start, view.end):
        maker = next((m for m in view.mentions if m.start == match.end()), None)
        owned = POSSESSOR.match(view.text, maker.end) if maker is not None else None
        if owned is not None:
            # ('supplied by Russia's Example Corp': the company, not its country)
            maker = next((m for m in view.mentions if m.start == owned.end()), None)
        if maker is None or not _agent(view, maker) or view.is_(maker, "Person"):
            continue
        makers = [m for m in view.group([m for m in view.mentions if m.start >= maker.start and _agent(view, m)], False)
                  if not view.is_(m, "Person") and not POSSESSOR.match(view.text, m.end)]  # fmt: skip
        before = [m for m in view.mentions if view.start <= m.start and m.end <= match.start()]
        own = [m for m in before if _thing(view, m, ("Program",))]
        if not own and any(_thing(view, m, ("Station", *SITES)) for m in before):
            continue  # (the clause is about a station or a site named before: not the craft in focus)
        thing = own[-1] if own else _in_focus(view, history, match.start(), ("Program",))
        if thing is None:
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb") - view.start)
        found += [(m, "participatesIn", thing, cue, "part supplied by") for m in makers if m.entity != thing.entity]
    return found


def _handed(view: SentenceView) -> list[Role]:
    """'A has handed the building of X rockets to B and C': B and C take part in X, A is the partner of each."""
    found: list[Role] = []
    for match in HANDED.finditer(view.text, view.start, view.end):
        thing = next((m for m in view.mentions if m.start == match.end()), None)
        if thing is None or not _thing(view, thing, ("Program",)):
            continue
        to = HANDED_TO.match(view.text, thing.end, view.end)
        first = next((m for m in view.mentions if to is not None and m.start == to.end()), None)
        if first is None or not _agent(view, first):
            continue
        takers = [m for m in view.group([m for m in view.mentions if m.start >= first.start and _agent(view, m)], False)
                  if not view.is_(m, "Person")]  # fmt: skip
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb") - view.start)
        givers = [m for m in view.clause_subject(match.start() - view.start, "Agent") if not view.is_(m, "Person")]
        for taker in takers:
            found.append((taker, "participatesIn", thing, cue, "work handed to"))
            found += [(g, "partnerOf", taker, cue, "work handed to") for g in givers if g.entity != taker.entity]
    return found


def _hired(view: SentenceView, history: list[Found]) -> list[Role]:
    """'Example Command, which had hired Example Corp for the launch and B to build the satellite': each one hired
    for a launch or to build, launch or run a craft takes part in it (the craft in focus for 'the launch', 'the
    satellite', 'it'), and is the partner of the one who hired it; 'is paying A under its X programme to carry
    instruments on the lander': A takes part in X and the payer in the lander (its instruments fly on it)."""
    found: list[Role] = []
    for match in HIRED.finditer(view.text, view.start, view.end):
        relative = PAYER_RELATIVE.search(view.text, max(view.start, match.start() - 40), match.start())
        head = next((m for m in view.mentions if relative is not None and m.end == relative.start()), None)
        payers = [head] if head is not None else view.clause_subject(match.start() - view.start, "Agent")
        payers = [m for m in payers if not view.is_(m, "Person")]
        cue = re.compile(r"\S+").match(view.sentence, match.start("verb") - view.start)
        at = match.end()
        while True:
            payee = next((m for m in view.mentions if m.start == at), None)
            if payee is None or not view.company(payee) or POSSESSOR.match(view.text, payee.end):
                break  # (a public body is no company hired for a job; 'chose SpaceX's capsule': a thing chosen)
            # ('picked Boeing and SpaceX to fly astronauts': each company of a list)
            listed = view.group([m for m in view.mentions if m.start >= at and view.company(m)], False)
            listed = listed if listed and listed[0].start == at else [payee]
            job = JOB.match(view.text, listed[-1].end, view.end)
            if job is not None and job.group("job") and CHOOSING.match(match.group("verb")) and len(listed) == 1:
                break  # ('chose Example Corp to build X': memberships.py reads one company chosen for a job)
            if job is None:
                if HIRING.match(match.group("verb")) and HIRED_ALONE.match(view.text, listed[-1].end, view.end):
                    # 'ESA hired Example Corp in 2020.': hired, the job left unsaid
                    found += [(p, "partnerOf", one, cue, "hired") for p in payers for one in listed
                              if p.entity != one.entity]  # fmt: skip
                break
            if len(listed) > 1:
                found += [(p, "partnerOf", one, cue, "hired for a job") for p in payers for one in listed[1:]
                          if p.entity != one.entity]  # fmt: skip
                if job.group("named") is not None:
                    named = next((m for m in view.mentions if m.start == job.end("named")), None)
                    found += [(one, "participatesIn", named, cue, "hired for a job") for one in listed[1:]
                              if named is not None and _thing(view, named, ("Program",))]  # fmt: skip
            found += [(p, "partnerOf", payee, cue, "hired for a job") for p in payers if p.entity != payee.entity]
            if job.group("named") is not None:
                named = next((m for m in view.mentions if m.start == job.end("named")), None)
                if named is not None and _thing(view, named, ("Program",)):
                    found.append((payee, "participatesIn", named, cue, "hired for a job"))
            if job.group("under") is not None:
                program = next((m for m in view.mentions if m.start == job.end("under")), None)
                if program is not None and _thing(view, program, ("Program",)):
                    found.append((payee, "participatesIn", program, cue, "hired for a job"))
            thing: Found | None = None
            if job.group("for") is not None:
                noun = re.sub(r"\s+", " ", job.group("for"))
                thing = _in_focus(view, history, payee.start, NOUNS.get(noun, ("Program",)))
                found += [(payee, "participatesIn", thing, cue, "hired for a job")] if thing is not None else []
            elif job.group("job") in ("carry", "fly", "deliver", "take"):
                on = CARRIED_ON.match(view.text, job.end(), view.end)
                if on is not None:
                    thing = _in_focus(view, history, payee.start, NOUNS[re.sub(r"\s+", " ", on.group("noun"))])
                    found += [(p, "participatesIn", thing, cue, "hired for a job") for p in payers
                              if thing is not None and p.entity != thing.entity]  # fmt: skip
            else:
                named = next((m for m in view.mentions if job.end() < m.start <= job.end() + 30
                              and _thing(view, m, ("Program",))), None)  # fmt: skip
                object_ = JOB_OBJECT.match(view.text, job.end(), view.end)
                if named is not None:
                    thing = named
                elif object_ is not None:
                    noun = object_.group("noun")
                    classes = NOUNS[re.sub(r"\s+", " ", noun)] if noun else ("Program",)
                    thing = _in_focus(view, history, payee.start, classes)
                found += [(payee, "participatesIn", thing, cue, "hired for a job")] if thing is not None else []
            following = NEXT_HIRED.match(view.text, job.end(), view.end)
            if following is None:
                break
            at = following.end()
    found += _hired_relative(view)
    return found


def _hired_relative(view: SentenceView) -> list[Role]:
    """'A, the manufacturer that B had picked in 2021', 'A, which B hired for the launch': the company named
    before the relative is the partner of the one that hired it."""
    found: list[Role] = []
    for relative in HIRED_RELATIVE.finditer(view.text, view.start, view.end):
        company = next((m for m in view.mentions if m.end == relative.start()), None)
        if company is None or not view.company(company):
            continue
        agents, end = _agents_at(view, [], relative.end())
        verb = HIRED_VERB.match(view.text, end, view.end) if agents else None
        if verb is None or _passive(verb):
            continue
        cue = re.compile(r"\S+").match(view.sentence, verb.start("verb") - view.start)
        found += [(a, "partnerOf", company, cue, "hired") for a in agents
                  if a.entity != company.entity and not view.is_(a, "Person")]  # fmt: skip
    return found
