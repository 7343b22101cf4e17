"""Words and shapes the rules look for: titles, head words of names, cue
words of relations, and the classes they expect.

Kept apart from the stages so that each stage reads as what it does.
"""

from __future__ import annotations

import re

DEMONYMS = {
    "russia": ["Russian", "Russians"], "china": ["Chinese"], "united-states": ["American", "Americans", "U.S."],
    "united-kingdom": ["British", "Briton", "UK", "U.K.", "Britain"], "france": ["French"], "japan": ["Japanese"],
    "canada": ["Canadian", "Canadians"],
}  # fmt: skip
CAPITALS = {
    "russia": "Moscow",
    "china": "Beijing",
    "united-states": "Washington",
    "japan": "Tokyo",
    "canada": "Ottawa",
    "france": "Paris",
}
LINKABLE = {"Agent", "Program", "Place", "Treaty", "Proposal"}  # classes whose proper names travel across texts
# ('Theme designed by', a page's footer; not 'The satellite was designed by NASA', a builder: makers17)
# ('Subscribe to our newsletter', a page's form; not 'states that subscribed to the code', a verb of prose: types18)
BOILERPLATE = re.compile(
    r"(?i)leave a reply|powered by|theme designed by|site designed by|website designed by|template designed by|"
    r"skip to the end|pinging is|all rights reserved|cookie|subscribe to our|subscribe now|subscribe here|"
    r"subscribe today|subscribe for free|click to subscribe|subscribe to get|subscribe to receive"
)
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"], 1)}  # fmt: skip
NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"  # (letters with accents too: 'École', 'Øresund')
TITLE = (r"(?:(?:Assistant|Deputy|Acting|Former|Vice)\s+)?(?:Director(?:\s+General)?|Administrator|Minister|President|"
         r"Prime\s+Minister|Secretary(?:[- ]General)?|Ambassador|Spokes(?:person|man|woman)|Chief(?:\s+(?:Executive|Operating|Financial|Technology|Scientific)(?:\s+Officer)?)?|Head|Chairman|Commander|"
         r"Air\s+Chief\s+Marshal|Air\s+Vice-Marshal|Air\s+Marshal|Air\s+Commodore|(?:Vice\s+|Rear\s+)?Admiral|"
         r"(?:Lieutenant|Major|Brigadier)\s+General|General|Colonel|Senator|Governor|Mayor|Premier|Chancellor|"
         # a legislature's and a commission's offices ('House Speaker Jane Doe', 'Commissioner Jane Doe')
         r"Speaker|Commissioner|Congress(?:man|woman)|Sen\.|Rep\.|"
         # air force and navy ranks ('Group Captain Jane Doe', 'Wing Commander …')
         r"Group\s+Captain|Wing\s+Commander|Squadron\s+Leader|Flight\s+Lieutenant|Lieutenant\s+Colonel|"
         r"Lieutenant\s+Commander|"
         # a monarch ('King Carl XVI Gustaf', 'Queen Jane Doe'; people22)
         r"King|Queen|Emperor|Empress)")  # fmt: skip
# 'Jane Doe, the head of the Example Agency': a person named with a title after the name.
APPOSITIVE_TITLE = re.compile(
    r"(?:[Tt]he\s+|[Aa]\s+|[Ff]ormer\s+|[Nn]ew\s+|[Cc]urrent\s+)*(?:[Dd]eputy\s+|[Aa]ssistant\s+)?"
    r"(?:[Hh]ead|[Cc]hief|[Dd]irector(?:\s+[Gg]eneral)?|[Aa]dministrator|[Pp]resident|[Cc]hair(?:man|woman)?|[Mm]inister|"
    r"[Ss]pokes(?:person|man|woman)|[Cc]ommander|[Ll]eader|[Aa]mbassador|[Ss]ecretary(?:[- ][Gg]eneral)?)\s+(?:of|at)\s+"
)
HEADS = {
    "Agency": "SpaceAgency", "Administration": "SpaceAgency", "Corporation": "Organization", "Command": "MilitaryCommand",
    "Committee": "InternationalOrgan", "Council": "InternationalOrgan", "Assembly": "InternationalOrgan",
    "Ministry": "GovernmentBody", "Department": "GovernmentBody", "Office": "GovernmentBody", "Force": "MilitaryOrganization",
    "Forces": "MilitaryOrganization", "Organization": "InternationalOrganization", "Organisation": "InternationalOrganization",
    "Institute": "Organization", "Academy": "Organization", "Program": "Program", "Programme": "Program",
    "Station": "Station", "Accords": "Document", "Treaty": "Treaty", "Mission": "Mission", "University": "Organization",
    "Army": "MilitaryOrganization", "Navy": "MilitaryOrganization", "Commission": "GovernmentBody",
    "Conference": "Meeting", "Summit": "Meeting", "Forum": "Event", "Congress": "Event", "Symposium": "Event",
    "Base": "MilitaryBase", "Cosmodrome": "Facility", "Spaceport": "Facility", "Centre": "Facility", "Center": "Facility",
    "Site": "Facility", "Observatory": "Facility", "Agreement": "Document", "Convention": "Treaty",
    "Declaration": "Document", "Memorandum": "Memorandum", "Resolution": "DraftResolution", "Doctrine": "Doctrine",
    "Project": "Program", "Initiative": "Program", "Establishment": "GovernmentBody",
    # a law's, a treaty's or a policy's own name ('the Example Protocol', 'the Example Space Act', 'the National Space
    # Strategy', 'Space Policy Directive'): a document its authors draft, submit or renew
    "Protocol": "Treaty", "Charter": "Document", "Act": "Document", "Amendment": "Document", "Directive": "Document",
    "Strategy": "Doctrine",
    # ('the Example Accord', 'the Example Debris Guidelines', 'the Example Principles', 'the Example Roadmap', 'the
    # Example Safety Framework': a text by its head word, as 'Accords' and 'Charter' are, not an organization. Not
    # 'Policy': 'Office of Science and Technology Policy' is a body, and the head would cut it at 'and'; documents26)
    "Accord": "Document", "Guidelines": "Document", "Principles": "Document", "Roadmap": "Document",
    "Framework": "Document",
    # ('Kettering Grammar School', 'Example College': a school, not a person's three-word name; people23)
    "School": "Organization", "College": "Organization",
}  # fmt: skip
# 'Department of the Air Force', 'Institute of Space Technology': the head word comes first.
HEAD_FIRST = {"Department": "GovernmentBody", "Ministry": "GovernmentBody", "Office": "GovernmentBody",
              "Bureau": "GovernmentBody", "Institute": "Organization", "University": "Organization",
              "Academy": "Organization", "Organization": "InternationalOrganization",
              "Organisation": "InternationalOrganization", "Conference": "Meeting", "Chamber": "GovernmentBody",
              "Agency": "SpaceAgency", "Summit": "Meeting", "Shire": "GovernmentBody", "Pact": "Document"}  # fmt: skip
# A document without a proper name, known by what it is about: 'a resolution on reducing space threats'.
DOCUMENT_KINDS = {"resolution": "DraftResolution", "treaty": "Treaty", "memorandum": "Memorandum",
                  "agreement": "Document", "declaration": "Document", "convention": "Treaty",
                  "moratorium": "Document", "code of conduct": "Document", "law": "Document", "accord": "Document",
                  "protocol": "Document", "pledge": "Statement", "order": "Document", "report": "Document"}  # fmt: skip
# (a field of law is no law: 'international law on …')
DESCRIBED_DOCUMENT = re.compile(
    r"\b((?:draft\s+)?(resolution|treaty|memorandum|agreement|declaration|convention|moratorium|code of conduct|"
    r"(?<!international\s)(?<!space\s)(?<!customary\s)(?<!domestic\s)(?<!national\s)law|"
    # (a pledge, an order or a report on a topic, not the verb: 'will report on', 'to order on'; ends25)
    r"(?<!\bto\s)(?<!will\s)(?<!would\s)(?<!must\s)(?<!should\s)(?<!\bcan\s)(?<!could\s)(?<!\bmay\s)"
    r"(?<!might\s)(?<!\bdid\s)(?<!\bnot\s)(?<!\bin\s)(?:pledge|order))"
    r"(?:\s+of\s+understanding)?)"
    # ('signed an agreement on Monday': a day or a date is when, not what it is about)
    r"(\s+(?:on|about|against|(?<=conduct\s)for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|\d)\b|\d)[^,.;:()]+?)(?=\s*(?:[,.;:()“”\"]|\b(?:which|that|who|by|with|was|were|is|are|has|have|had|will|would|and|but|after|because)\b|$"
    # (nor a year after the topic: 'a report on the review in 2021'; ends25)
    r"|in\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d\d\b))"
)
# A document without a proper name, known by when it was signed: 'an agreement signed in January 2004', 'the
# military agreement of September 2018', 'a safeguards agreement, signed in 2000' (a noun before it belongs to it).
_DATE = (
    r"(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d(?![\w/-])"
)
DATED_DOCUMENT = re.compile(
    r"\b(?:(?!(?:a|an|the|this|that|its|their|his|her|our|earlier|later|new|first|second|same|previous|former|latest|"
    r"original|existing|older|which|whose|one|another|such)\s)([a-z]{3,}\s+))?"
    r"(agreement|treaty|memorandum|accord|convention)(,?\s+(?:signed|concluded|reached|agreed)\s+(?:in|on)\s+"
    rf"{_DATE}|\s+of\s+{_DATE})"
)
# A document without a proper name, known by the nouns before it or the purpose after it, as the object of a
# signing: 'signed an integrated crew agreement', 'signed an agreement to make GPS and Galileo work together'
# (not 'signed an agreement with NASA', nor a journalist's adjective: 'a landmark agreement').
_NOT_CLASSIFIER = (
    r"(?!(?:new|first|second|third|final|formal|historic|landmark|bilateral|multilateral|joint|major|similar|separate|"
    r"broad|preliminary|initial|further|binding|informal|other|another|same|earlier|later|previous|secret|short|long|"
    r"brief|draft|revised|interim|big|key|important|modest|ambitious|agreement|deal)\s)"
)
SIGNED_DESCRIPTION = re.compile(
    r"\b(?:signed|signs|sign|signing|concluded|concludes|struck|strikes)\s+(?:a|an)\s+"
    rf"(?P<doc>(?:{_NOT_CLASSIFIER}[a-z][a-z-]+\s+){{1,3}}(?:agreement|accord|memorandum|pact|arrangement)s?"
    r"|(?:agreement|accord|memorandum|pact)\s+to\s+(?!be\b)[a-z]+(?:\s+(?!(?:with|in|on|by|at|for|during|that|which|"
    r"under|last|this)\b)[\w-]+){1,5}?"
    # ('signed a memorandum of understanding on …': the document named by its kind's whole name; types18)
    r"|(?:[a-z][a-z-]+\s+){0,2}?memorandum\s+of\s+(?:understanding|agreement|cooperation)|letter\s+of\s+intent)"
    r"(?=\s*[,.;]|\s+(?:in|on|with|that|which|under|at|for|during|last|this)\b)"
)
# 'the Gateway treaty', 'the APSCO convention': a document named by what it is about or whose it is, and its kind
# in lower case (the name stays a mention of its own).
NAMED_LOWER_DOCUMENT = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?P<doc>(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?P<kind>treaty|agreement|convention|accord|pact|memorandum))\b"
)
# 'Luna-25', 'Chang'e-6': a name with a number joined by a hyphen names a mission.
# (capitals inside the word too: 'ExampleStar-7')
# (capitals before small letters too: 'EXAMPSat-1')
# (several humps, a letter after the number or instead of it: 'ExamCom-1R', 'ExampliaSat-X'; types19)
NUMBERED_MISSION = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:['’][a-z]+)?-\d{1,3}|[A-Z][a-z]+(?:[A-Z][a-z]+){1,3}-(?:\d{1,3}[A-Z]?|[A-Z])"
    r"|[A-Z]{2,8}[a-z]+(?:[A-Z][a-z]+)?-\d{1,3})(?![\w-])"
)
# Single words that are too general to stand for a longer name on their own.
GENERIC = {"Space", "National", "International", "States", "United", "Force", "Forces", "Agency", "Program",
           "Programme", "Station", "Research", "Lunar", "Command", "Administration", "Committee", "Assembly",
           "General", "Council", "Organization", "Organisation", "Department", "Ministry", "Office", "Mission",
           "Union", "Republic", "Kingdom", "Arabia", "Africa", "Korea", "Zealand", "Affairs"}  # fmt: skip
# 'Jane Doe, then the head of Roscosmos,': a time adverb may open the apposition.
APPOSITIVE_BETWEEN = re.compile(r"(?:(?:then|now|once|formerly|later)\s+)?" + APPOSITIVE_TITLE.pattern + r"(?:the\s+)?")
# 'runs the Italian part of the programme', 'manages its share of X': no leading of the whole (constructions.py).
NOT_A_SHARE = (
    r"(?!\s+(?:the|its|their)\s+(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,2}?(?:part|share|side|contribution|segment|"
    r"portion|component)\s+(?:of|in)\b)"
)
# cue pattern -> (relation, needs): relations between a subject before the cue and an object after it.
CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bsign(?:ed|s|ing)?\b|\b(?:signature|accession)\s+(?:of|to)\b"), "signs"),
    (re.compile(r"\bsubmit(?:ted|s|ting)?\b"), "submits"),
    (re.compile(r"\bpropos(?:ed|es|ing|al)\b"), "proposes"),
    (
        re.compile(
            r"\bpartner(?:s|ed|ing)?\s+(?:with|of)\b|\bin\s+partnership\s+with\b|\b(?:agreement|partnership|deal)\s+with\b"
        ),
        "partnerOf",
    ),
    # not the adjective 'each cooperating agency', nor 'a cooperation agreement' (its parties are partners)
    (
        re.compile(
            r"\bcooperat(?:e|es|ed|ing(?!\s+(?:agenc|countr|partner|state|nation|bod|organi))|"
            r"ion(?!\s+(?:agreements?|accords?|memorand(?:um|a|ums)|deals?|pacts?|treat(?:y|ies)|arrangements?)\b))\b"
        ),
        "cooperatesWith",
    ),
    (
        re.compile(
            r"\b(?:(?:re-?)?(?:joined|joins|join|joining)|participat(?:e|es|ed|ing)\s+in|take[sn]?\s+part\s+in|took\s+part\s+in|"
            r"taking\s+part\s+in|participation\s+in)\b"
        ),
        "participatesIn",
    ),
    # (not 'runs the Italian part of the programme': a share of it is taken part in; programmes20)
    (re.compile(r"\b(?:leads?|led|leading|runs?|ran)\b(?!\s+by\b)" + NOT_A_SHARE), "leads"),
    (re.compile(r"\b(?:is|was|are|were|be)\s+(?:a\s+)?(?:part|branch|division|component)\s+of\b"), "partOf"),
    (
        re.compile(
            r"\b(?:is|was|are|were|became|become|becomes)\s+(?:(?:not|no\s+longer|never|now|all|also|still)\s+)*"
            r"(?:a\s+)?members?\s+of\b"
        ),
        "memberOf",
    ),
    # 'headquartered in', 'based in', 'which has its seat in Geneva'.
    (
        re.compile(
            r"\bheadquarter(?:ed|s)\b|\b(?:based|seated)\s+(?:in|out\s+of)\b|\bha(?:s|ve|d)\s+(?:its|their)\s+(?:seat|headquarters)\s+in\b"
        ),
        "headquarteredAt",
    ),
    # 'teamed up with', 'joined forces with', 'signed a memorandum with': partners.
    (
        re.compile(
            r"\bteam(?:s|ed|ing)?\s+up\s+with\b|\bjoin(?:s|ed|ing)?\s+forces\s+with\b|"
            r"\b(?:memorandum(?:\s+of\s+understanding)?|MoU|pact|accord)\s+with\b|\bagreed\s+with\b(?=[^.;]*?\bto\s+[a-z])"
        ),
        "partnerOf",
    ),
    # 'an observatory that NASA helped it to build': the helper takes part.
    (
        re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:[\w-]+\s+)?(?:to\s+)?(?:build|develop|design|fund|launch|operate)\b"),
        "participatesIn",
    ),
    # 'added its signature to the Accords'.
    (re.compile(r"\b(?:add(?:s|ed)?|put(?:s)?)\s+(?:its|their|his|her)\s+(?:signature|name)s?\s+to\b"), "signs"),
    # 'joined the Accords', 'was among the founding signatories of', 'ratified': a document is signed.
    (
        re.compile(
            r"\b(?:(?:re-?)?(?:joined|joins|join|joining)|ratif(?:ied|ies|y)|adhered\s+to|acceded\s+to|signator(?:y|ies)\s+(?:of|to)|"
            # 'subscribed to the code', 'India subscribed in 2016' (a code of conduct is subscribed to; documents18)
            r"subscrib(?:ed|es|e|ing)(?!\s+to\s+(?:the\s+|this\s+|that\s+)?(?:view|idea|notion|theory|belief)s?\b)(?:\s+to)?)\b"
        ),
        "signs",
    ),
    # 'has been a party to the Outer Space Treaty since 1967', 'it was among the eight founding signatories of the
    # Accords', 'is not a party to it': a party or a signatory after a copula signs (the copula and a negation stay
    # in the verb group before the cue, where the subject and the modality are read).
    (
        re.compile(
            r"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bbe\s)|(?<=\bbecame\s)|"
            r"(?<=\bbecome\s)|(?<=\bbecomes\s)|(?<=\bremains\s)|(?<=\bremained\s)|(?<=\bremain\s)|(?<=\bnot\s)|"
            r"(?<=\bstill\s)|(?<=\blonger\s)|(?<=\bnow\s)|(?<=\balso\s)|(?<=\bboth\s)|(?<=\ball\s))"
            r"(?:(?:both|all|each)\s+)?(?:(?:a|an|the|one\s+of\s+the|among\s+the|its|their)\s+)?"
            # (the words of the noun phrase: 'eight founding', not a verb's 'invited as' or 'expected to be')
            r"(?:(?!(?:as|to|be|become|being|not|never|no|longer)\b|[\w-]+ed\b)[\w-]+\s+){0,3}?"
            r"(?:part(?:y|ies)\s+to|signator(?:y|ies)\s+(?:to|of))\b"
        ),
        "signs",
    ),
    (re.compile(r"\b(?:tabled|tables|introduced|introduces)\b"), "submits"),
    (re.compile(r"\bput(?:s|ting)?\s+forward\b"), "proposes"),
    # 'Senator X sponsored the Example Act': a bill's sponsor proposes it (GUIDELINES v10; guidelines23)
    (re.compile(r"\b(?:co-?)?sponsor(?:ed|s)?(?!\s+(?:of|to)\b)"), "proposes"),
    (
        re.compile(
            r"\b(?:draft(?:ed|s|ing)|(?:co-?)?authored|dr[ae]w(?:s|n)?\s+up|written)\b"
            # ('wrote that Japan would sign X', 'wrote to the council', 'wrote in an op-ed': writing words, not the
            # document named in them; speakers23)
            r"|\bwr(?:ote|ites)\b(?!\s+(?:that|to|in|on|about|of|for|back|again)\b|\s*[:,\"“])"
            # 'a draft that Norway had prepared' (not 'prepared to sign', 'prepared for the vote')
            r"|\bprepar(?:ed|es)\b(?!\s+(?:to|for)\b)"
            # 'the three powers negotiated the treaty' (not 'negotiated with', a partner; lead17)
            r"|\bnegotiat(?:ed|es)\b(?!\s+(?:with|for|over|on|about|in|at)\b)"
            # 'fourteen agencies released the Example Strategy', 'the group published its first roadmap': who puts
            # out a document (the relation's range keeps it to documents; not 'released by', 'published in'; lists19)
            # (the document's name right after the verb: 'published its comments on the Accords' is no drafting)
            r"|\b(?:releas(?:ed|es)|publish(?:ed|es)|issu(?:ed|es))\b(?=\s+(?:(?:the|a|an)\s+)?[A-Z])"
        ),
        "drafts",
    ),
    # 'CNSA is expected to launch Chang'e-7': the launcher runs the mission.
    # (not the noun of 'a flying launch pad', 'the launch site': a place or a service is no launching)
    (
        re.compile(
            r"\blaunch(?:es|ed|ing)?\b(?!\s+(?:pads?|sites?|complex(?:es)?|towers?|windows?|vehicles?|providers?|"
            r"services?|contracts?|dates?|facilit(?:y|ies)|bases?|mounts?|platforms?|partners?|customers?)\b)"
        ),
        "leads",
    ),
    (re.compile(r"\bbelong(?:s|ed)?\s+to\b|\bbelongs?\b(?=\s*[,.;])"), "memberOf"),
    # 'Japan, India and Canada make up the council' (not 'is made up of', the body first; lists19)
    (
        re.compile(
            r"\b(?:make|makes|made|making)\s+up\b(?!\s+(?:of|for|the\s+(?:difference|shortfall|rest|bulk|"
            r"majority|gap|loss)))"
        ),
        "memberOf",
    ),
    # 'an astronaut … is to fly on Artemis II': a crew member takes part in the mission.
    (
        re.compile(r"\b(?:fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed)?|rid(?:e|es|den)|rode)\s+(?:on|aboard)\b"),
        "participatesIn",
    ),
    (re.compile(r"\b(?:operat(?:es|ed)|manag(?:es|ed)|heads|headed)\b" + NOT_A_SHARE), "leads"),
    # 'JAXA flew the H3 rocket', 'the institute plans to fly Nuri again': a body flying a craft runs it (a
    # person flying it is its crew: relations.py; 'flew on' is above).
    (
        re.compile(
            r"\bfl(?:y|ies|ew|own)\b(?!\s+(?:on|aboard|in|into|to|from|with|over|past|around|by|for|out|off|as)\b)"
        ),
        "leads",
    ),
    (re.compile(r"\bcontribut(?:e|es|ed|ing)\s+to\b|\b(?:partner|participant)s?\s+in\b"), "participatesIn"),
    # The ordinary words of taking part (lead20 grid): 'is a contributor to', "Japan's contribution to", 'has a role
    # in', 'played a key part in', 'has a stake in', 'collaborates on', 'pays for',
    # 'is among the partners of', 'sent two astronauts to'.
    (
        re.compile(
            r"\bcontributors?\s+to\b|(?:(?<=['’]s\s)|(?<=\bits\s)|(?<=\btheir\s))(?:[\w-]+\s+)?"
            r"(?:contributions?\s+to|involvement\s+in|role\s+in)\b|"
            r"\b(?:has|have|had|play(?:s|ed|ing)?|holds?|held)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:part|role|stake|share|hand)\s+in\b|"
            # (not 'worked on': a person working on a mission is no member of its crew; crews tests)
            r"\bcollaborat(?:es?|ed|ing)\s+(?:together\s+|closely\s+|jointly\s+)?on\b|"
            r"\bpa(?:ys|id|y)\s+for\b(?=\s+(?:the|a|an|part|some|most|half|much|its|their|[A-Z]))|"
            r"\b(?:among|one\s+of)\s+the\s+(?:\w+\s+)?(?:partners|participants|contributors)\s+(?:of|in|to)\b|"
            r"\bsen(?:ds?|t|ding)\s+(?:[\w-]+\s+){0,3}?(?:astronauts?|cosmonauts?|taikonauts?|crews?|modules?|"
            r"instruments?|experiments?|rovers?|landers?)\s+to\b"
        ),
        "participatesIn",
    ),
    (re.compile(r"\b(?:a|an|one\s+of\s+the|the|its)\s+(?:[\w-]+\s+){0,3}?members?\s+(?:of|in)\b"), "memberOf"),
    # 'India is not a member of the ILRS': a member of a program takes part in it.
    (re.compile(r"\b(?:a|an|one\s+of\s+the|the|its)\s+(?:[\w-]+\s+){0,3}?members?\s+(?:of|in)\b"), "participatesIn"),
]
# A participle followed by 'by' ('signed by', 'signed for India by', 'written in 2011 by'): a passive.
PASSIVE_TAIL = re.compile(
    r"\s+(?:(?:jointly|together|first|originally|formally|only|also|later|now|today|still|currently)\s+)*"
    # ('signed in Beijing in October 2005 by': a place and a time may both come before 'by')
    # (not across a second participle: 'launched in 2020 and is operated by X' is X's operating; makers17)
    r"(?:(?:for|on\s+behalf\s+of|in|on|at|during|to)\s+(?:(?!(?:and|or|but)\s)[\w’'.-]+\s+){1,5}?){0,2}by\b"
)
# 'set up a working group on space resources, co-chaired by A and B': a participle after an unnamed noun phrase
# and its comma is about that noun, not about a name before it (lead17).
INDEFINITE_PHRASE_BEFORE = re.compile(
    r"\b(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:on|of|for|in|to)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
    r",\s+(?:co-|jointly\s+)?$"
)
# A passive: the object comes first, the subjects after 'by' ('a resolution drafted by the United States').
PASSIVE = re.compile(
    r"\b(signed|ratified|submitted|tabled|introduced|proposed|put\s+forward|drafted|prepared|negotiated|drawn\s+up|written|adopted|(?:co-?)?authored|(?:co-?)?sponsored|renewed|reauthori[sz]ed|amended|"
    r"released|published|issued|declared|proclaimed|imposed|led|run|operated|managed|directed|headed|chaired|launched|organi[sz]ed)(?="
    + PASSIVE_TAIL.pattern
    + ")"
)
PASSIVE_RELATIONS = {"signed": "signs", "ratified": "signs", "submitted": "submits", "tabled": "submits",
                     "introduced": "submits", "proposed": "proposes", "drafted": "drafts", "prepared": "drafts", "negotiated": "drafts", "cosponsored": "proposes",
                     "co-sponsored": "proposes", "sponsored": "proposes", "drawn up": "drafts", "written": "drafts", "adopted": "drafts", "authored": "drafts", "coauthored": "drafts", "co-authored": "drafts", "renewed": "drafts", "declared": "drafts", "proclaimed": "drafts", "imposed": "drafts", "reauthorized": "drafts", "reauthorised": "drafts", "amended": "drafts", "released": "drafts", "published": "drafts", "issued": "drafts", "led": "leads", "run": "leads",
                     "operated": "leads", "managed": "leads", "directed": "leads", "headed": "leads", "chaired": "leads",
                     "organised": "leads", "organized": "leads",
                     "launched": "leads"}  # fmt: skip
# 'among them A, B and C', 'including A and B': a list that names the members of a group just mentioned.
LIST_INTRO = re.compile(r"\b(?:among\s+them|including|such\s+as|namely|among\s+which|notably)\b[:,]?\s*")
ROLE = (r"(?:head|chief|director(?:[- ]general)?|administrator|president|vice[- ]president|prime\s+minister|minister|"
        r"foreign\s+minister|spokes(?:person|man|woman)|ambassador|envoy|representative|delegate|official|"
        r"secretary(?:[- ]general)?|chair(?:man|woman|person)?|commander|leader|senator|lawmaker|scientist|astronaut|"
        r"cosmonaut|engineer|diplomat|analyst|researcher|professor|founder|manager|negotiator|advis[eo]r|deputy|boss|CEO|"
        r"commissioner|governor|mayor|rapporteur|coordinator|chancellor|premier|officer|executive)")  # fmt: skip
# relation -> (class of the subject, class of the object), after the ontology's domains and ranges.
SIGNATURES = {
    "signs": ("Agent", "Document"), "submits": ("Agent", "Document"), "proposes": ("Agent", "Document"),
    "partnerOf": ("Agent", "Agent"), "cooperatesWith": ("Agent", "Agent"), "participatesIn": ("Agent", "Program"),
    "leads": ("Agent", "Program"), "headquarteredAt": ("Organization", "Place"), "partOf": ("Organization", "Organization"),
    "memberOf": ("Agent", "Organization"), "drafts": ("Agent", "Document"),
}  # fmt: skip
# 'works with X on the Gateway' is a partnership in that program; 'works with X on surveillance' is cooperation.
# ('works closely with', 'will work more closely with', 'worked together with')
WORKS_WITH = re.compile(
    r"\b(?:work(?:s|ed|ing)?|collaborat(?:e|es|ed|ing))\s+(?:together\s+|(?:(?:more|most|very|so)\s+)?[a-z]+ly\s+)?with\b"
)
LED_BY = re.compile(r"\b(?:led|run|operated|managed|directed)\s+by\b")
FOUNDED_AT = re.compile(r"\b(?:formed|founded|established|created|set\s+up|opened|inaugurated)\b")
# 'The signatories were A and B', 'now has 40 signatories, including A and B', 'Among the signatories of X are A'.
SIGNATORIES = re.compile(
    r"\b[Ss]ignator(?:y|ies)(?:\s+(?:of|to)\s+[^,;.]{1,60}?)?(?:,?\s+(?:including|among\s+them|such\s+as|namely)|"
    r"\s+(?:were|are|was|is|include[sd]?|now\s+include))\b[:,]?|\b[Ss]ignator(?:y|ies)\b[^.;:]{0,30}:"
)
# Stances: opposition, a veto, a vote against, an objection, an abstention (the voter is the speaker).
OPPOSE = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed)?|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|against|veto(?:es|ed)|"
    r"object(?:s|ed)|abstain(?:s|ed)?)\b|declared\s+[“\"]?bad"
)
OPEN_TO = re.compile(r"\bopen\s+to\b")
# 'the document', 'the agreement' … refer back to the last document named; so do the nouns of a law's or a
# policy's part or kind ('the clause', 'the provision', 'the amendment', 'the strategy': coreference.NOT_FOR_NOUN).
DOCUMENT_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(document|agreement|accords?|memorandum|treaty|text|resolution|convention|charter|pact|guidelines|bill|"
    r"clause|provision|amendment|strategy|directive|decree|statute)\b(?!['’])"
)
# 'the mission', 'the programme' … refer back to the last program or mission named.
PROGRAM_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:mission|program|programme|project)\b")
PLACE_OR_EVENT_HEAD = re.compile(
    "(?:"
    + "|".join(h for h, t in HEADS.items() if t in {"Event", "Meeting", "Facility", "MilitaryBase", "Station"})
    + ")$"
)
ORGANIZATIONS = {"SpaceAgency", "Organization", "MilitaryCommand", "InternationalOrgan", "GovernmentBody",
                 "MilitaryOrganization", "InternationalOrganization"}  # fmt: skip
# What a new entity's type counts as (a mission is checked like a program: both are led and joined).
NEW_TYPE_GROUPS = {"Agent": ORGANIZATIONS | {"Person", "Country"}, "Organization": ORGANIZATIONS,
                   "Program": {"Program", "Mission"}, "Document": {"Document", "Treaty", "DraftResolution", "Memorandum", "Doctrine"},
                   "Place": {"Station", "Facility", "MilitaryBase", "City", "Place"}}  # fmt: skip
PROGRAM_WORD = re.compile(r"\s+(?:program|programme|project)\b")
SAID = re.compile(r"\b(?:said|says|stated|states|noted|stressed|told|declared|announced|added)\b")
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d|21\d\d)\b")
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b")
JOINER = re.compile(
    r"^(?:\s*(?:,|and|nor|&|as well as|together with)\s*)+$|^\s*,?\s*(?:and|nor)\s+the\s*$|^\s*,\s*the\s*$"
    # the items of a bulleted list, one a line
    r"|^[,;]?[ \t]*\n\s*[-•*][ \t]+(?:the\s+)?$"
)
# 'Dmitry Rogozin and CNSA Administrator Zhang Kejian': a title and its organization between two names.
TITLED_JOINER = re.compile(rf"^\s*,?\s*and\s+(?:the\s+)?(?:{NAME}\s+){{0,5}}{TITLE}\s*$")
# 'built a small satellite for the mission', 'plans to send a rover on Chang'e-8': the builder takes part.
CONTRIBUTES = re.compile(
    # ('is providing a robotic arm for the station', 'supplying': the progressive too; relations12)
    r"\b(?:buil[dt]s?|building|develop(?:s|ed|ing)?|design(?:s|ed)?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|"
    r"send(?:s|ing)?|sent|deliver(?:s|ed|ing)?)\b"
    # 'sent its congratulations to ISRO on Chandrayaan-3': a message is no contribution.
    r"(?!\s+(?:(?:its|his|her|their|a|an|the|warm|best)\s+)*(?:congratulations|messages?|letters?|greetings|"
    r"condolences|delegations?|teams?|invitations?|notes?|praise|thanks|wishes|signals?|envoys?|officials?)\b)"
)
# 'Chang'e-7 will carry instruments from A, B and C': the mission carries others' contributions.
# ('micro-rovers', 'a radiation detector': a prefixed or qualified noun too; relations13)
PAYLOAD_NOUN = (
    r"(?:[\w]+-)?(?:instruments?|payloads?|experiments?|equipment|devices?|sensors?|cameras?|rovers?|satellites?|"
    r"detectors?|spectrometers?|telescopes?|radars?|cubesats?|landers?|probes?|imagers?|magnetometers?)"
)
PAYLOAD_SOURCE = r"\s+(?:from|built\s+by|supplied\s+by|provided\s+by|made\s+by)\s+(?:the\s+)?"
CARRIES_FROM = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|host(?:s|ed)?|fl(?:y|ies|ew))\s+(?:[\w-]+\s+){0,3}?" + PAYLOAD_NOUN + PAYLOAD_SOURCE
)
# '… from A and a radiation detector from B': another payload and its source, coordinated.
MORE_PAYLOAD_FROM = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:and\s+|as\s+well\s+as\s+)?(?:(?:an?|the|one|two|three|four|five|six|some|several)\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + PAYLOAD_NOUN + PAYLOAD_SOURCE
)
# 'the ESA Council, the agency's governing body', 'COPUOS, a body of the UN General Assembly': part of it.
BODY = (
    r"(?:[\w-]+\s+){0,2}?(?:body|organ|branch|arm|division|unit|subsidiary|part|component|committee|subcommittee|office|"
    r"cent(?:re|er)|laboratory|directorate|department|institute|agency)"
)  # ('ESOC, ESA's control centre')
PART_OF_APPOSITION = re.compile(rf",\s+(?:a|an|the|one)\s+{BODY}\s+(?:of|within|under)\s+(?:the\s+)?")
PART_OF_POSSESSIVE = re.compile(rf"['’]s?\s+{BODY}\b")
# 'Russia will leave the ISS', 'withdrew from the treaty': a stated end of taking part (negated).
LEAVES = re.compile(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)\s+from|(?:its|their)\s+withdrawal\s+from|"
    # 'withdrew its signature from', 'revoked its accession to': no signatory any more (not 'revoked its
    # ratification', which leaves the signature; documents18)
    r"(?:withdr(?:aw|aws|ew|awn|awing)|revok(?:ed|es|e|ing)|rescind(?:ed|s|ing)?)\s+(?:its|their)\s+"
    r"(?:signature|accession)\s+(?:from|of|to)|pull(?:s|ed|ing)?\s+out\s+of|le(?:ave|aves|aving|ft)|quit(?:s|ting)?|"
    r"exit(?:s|ed|ing)?|(?:stepped|steps|step)\s+(?:back|away)\s+from|"
    # 'was expelled from', 'has been suspended from': put out of it (claims12).
    r"(?:expelled|ousted|suspended|kicked\s+out)\s+(?:from|of))\b"
)
# 'cooperation between CNES and NASA', 'a partnership between JAXA and ISRO'.
# ('joint work between NASA and JAXA', 'close coordination between A and B': cooperation in general terms, v17)
BETWEEN = re.compile(
    r"\b([Cc]ooperation|[Cc]ollaboration|[Pp]artnership|(?<=joint\s)work|[Cc]oordination)\s+between\s+(?:the\s+)?"
)
# 'The council's 15 members include …: A, B and C', 'Members of the group are A and B'.
MEMBERS_INCLUDE = re.compile(
    r"\b(?:(?P<owner>\w+)['’]s\s+(?:[\w-]+\s+){0,3}?members|[Mm]embers\s+of\s+(?:the\s+)?(?P<of>\w+)[^,;:.]{0,40}?)\s+"
    r"(?:include[sd]?|are|were)\b[^:;.]{0,60}?(?::\s*|\s+)(?=(?:the\s+)?[A-Z])"
)
# 'its lander, Vikram', 'Artemis III, the first landing of the Artemis program': a craft or flight of a mission.
CRAFT = (r"(?:[\w-]+\s+){0,3}?(?:lander|rover|orbiter|probe|module|spacecraft|satellite|capsule|stage|flight|landing|"
         r"mission|launch|element|component|phase|part)s?")  # fmt: skip
ITS_CRAFT = re.compile(rf"\b(?:[Ii]ts|[Tt]heir)\s+{CRAFT},\s+$")
CRAFT_OF = re.compile(rf",\s+(?:the|a|an|one)\s+{CRAFT}\s+(?:of|in|for)\s+(?:the\s+)?")
