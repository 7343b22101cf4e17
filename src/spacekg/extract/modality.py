"""Modality: whether a relation is stated as done, or as negated, planned,
predicted or conditional (the facts format's ``modality``).

Read from the clause's verb group — the words between the subject and the
verb that carries the relation ("has **not** joined", "**plans to** join",
"**could** sign") — and from a condition anywhere in the clause ("would
join **if** …"). A negation always wins: a negated statement must never read
as a done fact.
"""

from __future__ import annotations

import re

from spacekg.extract.literals import lead

# 'has not joined', 'never signed', 'no longer takes part', 'has yet to sign', 'declined to take part'.
NEGATION = re.compile(
    # 'not only Japan but also Canada', 'not least': no negation ('No sooner had Japan joined X than …' neither:
    # it joined; modality25).
    # 'has never hidden its wish to join', 'made no secret of': a double negation (litotes) affirms.
    r"\b(?:not(?!\s+(?:only|just|merely|least|to\s+mention|hid|hide|hidden|conceal(?:ed)?|hesitat\w*)\b)|"
    r"never(?!\s+(?:hid|hide|hidden|concealed|hesitat\w*)\b)|neither|nor|no(?!\s+(?:secret|sooner)\b)|none|nothing|no\s+longer|yet\s+to|(?:declin|refus|reject|spurn|resist|shun|boycott|"
    r"abstain|avoid)\w*|turn(?:s|ed)?\s+down|fail(?:s|ed|ing)?\s+to|without|stay(?:s|ed)?\s+out|kept\s+out|"
    r"pull(?:s|ed)?\s+out|opt(?:s|ed)?\s+out|remain(?:s|ed)?\s+out|outside|absent|h[eo]ld(?:s|ing)?\s+off|balk(?:s|ed)?|"
    # 'stopped working with', 'suspended its work with', 'ended its partnership with': no longer so.
    # (a stem in lower case: 'Quito', 'Halton', 'Severn' are names)
    r"(?-i:(?:stop|ceas|suspend|halt|quit(?=s\b|ting\b|\b)|abandon|terminat|withdr[ae]w|end(?=ed|s\b|\b))\w*)|"
    # (the inflections only: 'blockchain', 'several', 'preventive' deny nothing)
    r"(?-i:(?:freez(?:e|es|ing)|froz(?:e|en)|sever(?:s|ed|ing)?|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing|lations?)?|"
    r"exclud(?:e|es|ed|ing)|prohibit(?:s|ed|ing|ions?)?|forb(?:id|ids|ade|idden|idding)|prevent(?:s|ed|ing|ion)?|"
    r"block(?:s|ed|ing|ade|aded)?|refrain(?:s|ed|ing)?|oppos(?:e|es|ed|ing|ition)|reluctan(?:t|tly|ce)|"
    r"unwilling(?:ly|ness)?|hesitan(?:t|tly|cy|ce)|loath(?:e|es|ed)?)\b)|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|cut\s+(?:off|ties)|br(?:oke|eaks?|eaking)\s+off|"
    r"drop(?:s|ped)?\s+out|put\s+\w+\s+on\s+hold|wind(?:s|ing)?\s+down|wound\s+down|phas(?:e|es|ed)\s+out|"
    r"hardly|scarcely|barely|seldom|rarely|little\s+(?:interest|appetite|desire|intention)|"
    # 'cannot join', 'held back from signing', 'ruled out joining', 'stopped short of', 'instead of joining'.
    r"cannot|h[eo]ld(?:s|ing)?\s+back|rul(?:e|es|ed|ing)\s+out|short\s+of|instead\s+of|rather\s+than|"
    # 'decided against joining', 'voted against signing', 'put off signing', 'postponed joining', 'has hesitated to
    # join' (not 'did not hesitate to'), 'steered clear of', 'sat out', 'walked away from': not done.
    r"(?:decid|opt|vot|rul|cho(?:os|s)|came\s+out|com(?:e|es|ing)\s+out|lean)\w*\s+against|"
    r"(?:postpon|defer|delay)\w*|put(?:s|ting)?\s+off|(?<!not\s)(?<!never\s)(?<!n['’]t\s)hesitat\w*|"
    r"steer\w*\s+clear|s(?:at|its?|itting)\s+out|stay\w*\s+away|walk\w*\s+away|snub\w*|"
    r"k(?:ept|eeps?|eeping)\s+(?:its|their|his|her)\s+distance|turn\w*\s+(?:its|their|his|her)\s+backs?\s+on|"
    # 'has dropped plans to join', 'shelved its bid to', 'gave up hopes of': a plan given up (claims12).
    r"(?:drop(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|gave\s+up|give[sn]?\s+up|giving\s+up)\s+"
    r"(?:(?:its|their|his|her|the|any|all|earlier|previous|long-held)\s+)*(?:plans?|bids?|applications?|offers?|"
    r"proposals?|intentions?|ambitions?|hopes?|efforts?|attempts?)\b)\b|n['’]t\b",
    re.IGNORECASE,
)
# Verbs that say an actor is not in a program or body: 'has stayed out of', 'takes no part in',
# 'had no role in', 'is not part of', 'remains outside'. The relation extractor reads them like
# its other cues (a program takes ``participatesIn``, an organization ``memberOf``); the
# negation is in their own words, so the relation always comes out ``negated``.
_NOT_IN = (
    r"\b(?:st(?:ay|ays|ayed|aying)|rema(?:in|ins|ined|ining)|k(?:eep|eeps|ept))\s+(?:well\s+)?out\s+of\b|"
    # 'has stayed away from the ILRS', 'kept well clear of it', 'has never been part of the station'
    r"\b(?:st(?:ay|ays|ayed|aying)|k(?:eep|eeps|ept))\s+(?:well\s+)?(?:away\s+from|clear\s+of)\b|"
    r"\b(?:has|have|had)\s+(?:never|not)\s+been\s+(?:a\s+)?part\s+of\b|"
    r"\b(?:tak(?:e|es|en|ing)|took|ha(?:s|ve|d|ving)|play(?:s|ed|ing)?)\s+no\s+(?:[a-z]+\s+)?(?:part|role|share)\s+in\b|"
    r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+)?(?:(?:not|no\s+longer)\s+(?:a\s+)?part\s+of|"
    r"outside|absent\s+from)\b|"
    # 'pulled out of the ISS', 'has been excluded from the programme'.
    r"\bpull(?:s|ed|ing)?\s+out\s+of\b|\b(?:been|was|were|is|are)\s+excluded\s+from\b|"
    # 'NASA has no instrument on board Example-3', 'South Africa has no satellite in the constellation': no part in
    # the craft or network named (GUIDELINES v18, v22; guidelines23)
    r"\bha(?:s|ve|d)\s+no\s+(?:[\w-]+\s+)?(?:instruments?|payloads?|experiments?|satellites?|hardware|equipment|"
    r"sensors?|cameras?|astronauts?|cosmonauts?|modules?)\s+(?:on\s+board(?:\s+of)?|aboard|in|on)\b"
    # ('has no satellite in it': 'it' is the network named before, which the pronoun reading may miss for a craft)
    r"(?<!\bin)(?<!\bon)|\bha(?:s|ve|d)\s+no\s+(?:[\w-]+\s+)?(?:satellites?|instruments?|payloads?|astronauts?|"
    r"cosmonauts?|modules?)\s+(?:in|on)\b(?!\s+(?:it|them)\b)"
)
# 'NASA took no part.', 'ESA had no part in any of this', 'Khrunichev played no role': no object of their own, so
# the mission the text is about (relations.py reads the object from the text's focus).
NO_PART_ALONE = re.compile(
    r"\b(?:tak(?:e|es|en|ing)|took|ha(?:s|ve|d)|play(?:s|ed)?)\s+no\s+(?:[a-z]+\s+)?(?:part|role|share)"
    r"(?:\s+(?:in|at\s+all\s+in)\s+(?:any\s+of\s+)?(?:this|that|these|those)|(?:\s+(?:at\s+all|whatsoever))?)"
    r"(?=\s*(?:[.;:]|,\s+(?:and|but|as|since|because|though|although)\b|\s[–—]\s|$))|"
    # 'NASA has no instrument on board.', 'ESA had no payloads aboard': no part in the mission in focus (documents19)
    r"\b(?:ha(?:s|ve|d)|carr(?:y|ies|ied))\s+(?:nothing|no\s+(?:[\w-]+\s+)?(?:instruments?|payloads?|experiments?|"
    r"equipment|hardware|sensors?|cameras?|astronauts?|cosmonauts?))\s+(?:on\s+board|aboard)"
    r"(?:\s+(?:this\s+time|at\s+all|either))?"
    r"(?=\s*(?:[.;:]|,\s+(?:and|but|as|since|because|though|although)\b|\s[–—]\s|$))|"
    # 'Russia will not take part.', 'declined to take part': with a negation in its verb group only (relations.py)
    r"\b(?:tak(?:e|es|en|ing)|took)\s+part(?=\s*(?:[.;:]|,\s+(?:and|but|as|since|because|citing|saying|arguing)\b|\s[–—]\s|$))"
)
NOT_IN = re.compile(_NOT_IN)
NEGATED_CUES: list[tuple[re.Pattern[str], str]] = [
    (NO_PART_ALONE, "participatesIn"),
    (NOT_IN, "participatesIn"),
    (NOT_IN, "memberOf"),
    # 'remains outside the Accords', 'stayed out of the treaty': not a party ('joining a treaty is signing it').
    (NOT_IN, "signs"),
]
# Verbs of staying in or flying on a program, mostly read in plans ('agreed to stay on the ISS', 'would keep
# operating the station', 'will fly an astronaut on X', 'is to fly to the station'): taking part. Their modality
# comes from the verb group like any cue's. Staying is read in its base form only ('to stay', 'would remain',
# 'they stay'): a done stay on a station ('stayed') is a crew's, whose taking part is in the mission flown.
TAKING_PART_CUES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:stay|remain)\s+(?:on\s+board\s+(?:of\s+)?|aboard|on|in)\b|"
            r"\bkeep\s+operating\b|\bk(?:eep|eeps|ept|eeping)\s+flying\s+(?:crews|astronauts)\s+to\b|"
            r"\bfl(?:y|ies|ew|ying|own)\s+(?:(?:an?|one|two|three|four|its|their|his|her)\s+(?:[\w-]+\s+)?"
            r"(?:astronauts?|cosmonauts?|crew(?:\s+members?)?|payloads?|instruments?|experiments?)\s+(?:to\s+)?)?"
            # 'flew to the station on Axiom Mission 4' takes part in the mission named after; 'will fly to it' in a plan.
            r"(?:on|aboard)\b|\bfl(?:y|ies)\s+to\b|"
            # 'would begin carrying crews to the station', 'SpaceX carried astronauts to the ISS', 'will fly crews to
            # it': a carrier of crews or cargo to a station takes part in it (documents19)
            r"\b(?:carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying)|fl(?:y|ies|ew|own|ying)|transport(?:s|ed|ing)?)\s+"
            r"(?:(?:its|their|the|more|new|private|commercial|NASA['’]s|[a-z]+-person)\s+)?(?:astronauts|cosmonauts|"
            r"crews?|cargo|supplies)\s+to\b"
        ),
        "participatesIn",
    ),
]
# An aspectual verb before the gerund of a verb of running something ('would stop running X', 'ceased operating
# it', 'will keep running the network', 'continues to manage …' is the plain cue): leading. Stopping is a
# negation in the cue's own words, so the relation comes out ``negated``; keeping takes the verb group's modality.
# ('keep operating the station' is read as taking part above.)
ASPECT_LEADING_CUES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?|end(?:s|ed|ing)?|give\s+up|gave\s+up)\s+"
            r"(?:running|operating|managing|overseeing)\b|"
            r"\b(?:keep(?:s|ing)?|kept|continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing))\s+(?:running|managing|overseeing|developing)\b"
        ),
        "leads",
    ),
]
TAKING_PART_CUES += ASPECT_LEADING_CUES
# 'plans its own Korean Positioning System', 'plans further lunar missions, among them Chang'e-6': a plan whose
# object is the craft or system itself, the planner's to run (relations.py takes the name right after the cue).
PLANS_OWN = re.compile(
    r"\bplan(?:s|ned)?\s+(?:(?:its|their)\s+own\s+|(?:further|more|new|several|two|three|four|a|an|another)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:missions|probes|landers|rovers|spacecraft|satellites|flights|stations|rockets|"
    r"constellations|systems|telescopes)(?:,\s+(?:(?:among\s+them|including|such\s+as|notably|starting\s+with)\s+)?|"
    r"\s+(?:among\s+them|including|such\s+as|notably|starting\s+with)\s+))"
    r"(?:the\s+)?"
)
TAKING_PART_CUES += [(PLANS_OWN, "leads")]
# 'the International Lunar Research Station that China and Russia are planning', 'the station Examplia has been
# planning since 2020': a relative clause whose verb of planning closes it (its object is the name the clause is
# about, relations.py) makes the planners lead it, as a plan (modality25). Only at the clause's end: 'is planning
# to join X', 'are planning a visit' are other verbs' or other objects' plans.
PLANNING = re.compile(
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\bjointly\s))planning\b"
    r"(?=\s*(?:[.,;:)]|[–—]|$)|\s+(?:(?:for|since|with|together)\b|(?:in|by)\s+(?:19|20)\d\d\b))"
)
TAKING_PART_CUES += [(PLANNING, "leads")]
# 'PLD Space plans to launch the larger Miura 5', 'ispace intends to launch a second lander, Mission 2': what a body
# itself plans, hopes or wants to launch is its own craft, which it leads (a launch company launching another's
# craft is hired for it: 'will launch it for ESA', 'is scheduled to launch NASA's probe'; relations.py; modality25).
OWN_PLAN_GROUP = re.compile(
    r"\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|hopes?|hoped|hoping|wants?|wanted|"
    r"wanting)\s+(?:(?:eventually|now|also|still|first|then|soon)\s+)?to\s+$"
)
# ('plans to launch the Example-1 satellite': a satellite or a probe is the payload a launch company is hired for)
PAYLOAD_WORD = re.compile(r"\b(?:satellites?|probes?|payloads?|spacecraft|telescopes?|observator(?:y|ies)|cubesats?)\b",
                          re.IGNORECASE)  # fmt: skip
# 'ISRO plans to build the Bharatiya Antariksh Station', 'a station of its own that Examplia will assemble': a body
# building a space station, in a plan (the base form only: 'built' is often a contractor's work, read elsewhere),
# leads it; a company or several builders take part (relations.py keeps a station only; modality25).
BUILDS_STATION = re.compile(r"\b(?:build|assemble|start\s+(?:building|assembling))\b")
TAKING_PART_CUES += [(BUILDS_STATION, "leads")]
# 'will fly its own astronauts on X': one's own crew on a craft one runs.
OWN_CREW = re.compile(r"\b(?:its|their)\s+own\s+(?:astronauts?|cosmonauts?|taikonauts?|crews?)\b")
# 'has signed neither the Accords nor …': the negation follows the verb.
NEGATED_OBJECT = re.compile(r"\s+(?:neither|no|none\s+of|nothing)\b", re.IGNORECASE)
CONDITION = re.compile(
    r"\b(?:if|unless|provided\s+that|on\s+condition\s+that|as\s+long\s+as)\b|,\s+provided\b", re.IGNORECASE
)
CONDITION = lead(CONDITION)  # the same matches, found faster (literals.lead)
MODAL_BEFORE_SUBJECT = re.compile(r"\b(would|will|could|might|shall|should)\s+(?:the\s+)?$", re.IGNORECASE)
# A condition opening the sentence, set off by a comma: 'Provided that Chile agrees, …', 'As long as …, …'.
FRONTED_CONDITION = re.compile(
    r"\s*(?:If|Unless|Provided(?:\s+that)?|Providing(?:\s+that)?|On\s+condition\s+that|As\s+long\s+as|"
    r"So\s+long\s+as|Only\s+if|Even\s+if)\b[^;:.,]*,"
)
# 'would sign it should the cabinet agree', '… were the cabinet to agree': a condition by inversion after the verb.
INVERTED_CONDITION = re.compile(
    r"[^;:.]*?(?:,\s*|\s)(?:should\s+(?:the|its|their|his|her|a|an|[A-Z])|were\s+(?:the|its|their|his|her|[A-Z])[\w\s’'-]{0,40}?\bto\b)"
)
UNLIKELY = re.compile(r"\b(?:unlikely|improbable|doubtful)\b", re.IGNORECASE)
PREDICTION = re.compile(
    # 'may' in lower case only: 'in May' is the month.
    r"\b(?:could|might|(?-i:may)|likely|unlikely|probably|possibly|perhaps|should|ought\s+to|must|"
    # 'is in line to join', 'is said to be joining', 'is tipped to sign': someone's expectation.
    r"(?:is|are|was|were|be)\s+(?:in\s+line|tipped|said|reported|believed|thought|rumou?red|understood)\s+to)\b",
    re.IGNORECASE,
)
# 'remains a non-signatory of the Accords', 'a non-member of ESA', 'non-party': 'non-' right before the cue's noun.
NON_BEFORE = re.compile(r"\bnon-?\s*$", re.IGNORECASE)
# 'Not Spain but Italy signed': the negation is Spain's; the subject after 'but' is affirmed.
NOT_BUT = re.compile(r"\b(?:Not|not)\s+(?!(?:only|just|merely)\b)[^,;:.]*?\bbut\b[^,;:.]*$")
# 'reportedly joined', 'allegedly signed': someone else's report, not the author's statement.
HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|supposedly|rumou?redly|ostensibly)\b", re.IGNORECASE)
# 'almost joined', 'nearly signed': it did not happen.
NEARLY = re.compile(r"\b(?:almost|nearly|all\s+but)\s*$", re.IGNORECASE)
# 'is joining', 'are signing': a joining or a signing under way is not done yet.
UNDER_WAY = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|soon\s+)?$", re.IGNORECASE)
PUNCTUAL_CUE = re.compile(r"(?:join|sign|ratif|acced|becom)\w*ing\b", re.IGNORECASE)
PLAN = re.compile(
    # 'agreed in November to stay', 'decided last year to leave': a time phrase inside the verb group.
    r"\b(?:agree|decide|promise|pledge|vow|commit|plan)(?:s|d|ed|ted)?\s+(?:in|on|at|last|this|earlier)\s+"
    r"[\w ]{1,25}?\s+to\b|"
    # ('hopes eventually to join', 'is working to join', 'is in the process of joining', 'is keen on joining',
    # 'has expressed interest in joining')
    r"\b(?:will|shall|would|plann(?:ed|ing)\s+to|work(?:s|ed|ing)?\s+(?:towards?|to)|(?:plan|intend|aim|hope|expect|prepar|want|seek|promis|pledg|vow|agree|commit(?:t)?|"
    r"decide|offer|undert(?:ake|ook))(?:s|ed|ing|e|es|d)?\s+(?:\w+ly\s+)?to|in\s+the\s+(?:process|midst)\s+of|"
    r"(?:keen|intent|bent|set)\s+on|interest(?:ed)?\s+in|"
    # ('looks set to join', 'appears poised to', 'stands ready to', 'is on course to')
    r"(?:is|are|was|were|be|been|looks?|looked|seems?|seemed|appears?|appeared|stands?|stood|remains?|remained)\s+"
    r"(?:expected|set|scheduled|due|going|poised|about|slated|meant|supposed|ready|willing|"
    r"eager|keen|prepared|on\s+track|on\s+course|invited|asked|cleared|approved|"
    # ('was urged to sign', 'is being pressed to join', 'was told to leave': asked of it, not done)
    r"(?:being\s+)?(?:urged|encouraged|pressed|pressured|called\s+(?:on|upon)|required|obliged|allowed|permitted|"
    r"authori[sz]ed|ordered|told|directed))\s+to|(?:is|are|was|were)\s+to|"
    # 'has applied to join', 'has asked to join', 'offered to take part'.
    r"appl(?:y|ies|ied)\s+(?:\w+\s+)?to|"
    # 'Japan's decision to join', 'its bid to join', 'plans for joining': a plan named by a noun.
    r"(?:decision|plans?|bid|offer|application|request|intention|intent|proposal|attempt|effort|ambition|invitation|"
    r"readiness|willingness|move|push|quest|hopes?|talks|negotiations)\s+(?:to|on|about|for|over)|"
    # 'awarded SpaceX a contract to build X': a contract or a deal to do it is not the deed.
    r"(?:contracts?|deals?|agreements?|orders?|mandate|task|tender)\s+to|"
    # 'is close to signing', 'on the verge of joining', 'one step away from': nearly, so not done (claims12).
    r"(?:close|closer|near|nearer)\s+to|on\s+the\s+(?:verge|brink|cusp|point)\s+of|steps?\s+away\s+from|"
    # 'is considering joining', 'in talks to join', 'asked to join': not done yet.
    r"ask(?:s|ed)?\s+to|appl(?:y|ies|ied|ying)\s+to|wish(?:es|ed)?\s+to|considering|weighing|mulling|exploring|discussing|negotiating|in\s+talks)\b|['’]ll\b|"
    # 'considered joining X', 'weighed signing it', 'toyed with the idea of joining': thought of, in any tense, not
    # done (right before the cue, so 'is considered a member of' is not one) (lead22).
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:consider|weigh|mull|explor|discuss|debat|contemplat|ponder|entertain)(?:ed|s)\s+"
    r"(?:the\s+(?:idea|option|possibility|prospect)\s+of\s+)?$|"
    r"\b(?:toy|flirt)(?:ed|s)\s+with\s+(?:the\s+(?:idea|option|possibility|prospect)\s+of\s+)?$",
    re.IGNORECASE,
)
PLAN = lead(PLAN)  # the same matches, found faster (literals.lead)
# 'was to have joined X', 'had been due to fly on it': a plan told as overtaken, so it did not happen (the v19
# and v20 conventions: a denial, never a plain fact). ('was supposed to join' stays a plan: tests/test_extract_modality.py)
UNREALISED = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?to\s+have\b|\bhad\s+(?:\w+ly\s+)?been\s+(?:due|scheduled|slated|set)\s+to\b",
    re.IGNORECASE,
)
# Where a clause ends: the verb group of one clause says nothing about the next.
CLAUSE_BREAK = re.compile(r";|:|,\s+(?:and|but|while|whereas|although|though)\b|\s[–—]\s|\b(?:which|who|that)\b")


# 'Congress barred NASA from cooperating with China': the verb before the subject forbids it.
PROHIBITED = re.compile(
    r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent\w*|prohibit\w*|forbid\w*|forbade|block\w*|stop\w*|"
    r"keep(?:s|ing)?|kept|exclud\w*|restrict\w*|refrain\w*|discourag\w*|deter\w*)\b[^,;.]{0,60}\bfrom\s+$",
    re.IGNORECASE,
)
PROHIBITED = lead(PROHIBITED)  # the same matches, found faster (literals.lead)
# 'bars NASA and the OSTP from using federal money for bilateral cooperation with China': the cue inside the
# gerund's phrase after 'from'.
PROHIBITED_GERUND = lead(
    re.compile(
        r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent\w*|prohibit\w*|forbid\w*|forbade|block\w*|"
        r"exclud\w*|restrict\w*)\b[^,;.]{0,100}?\bfrom\s+[a-z]+ing\b[^,;.:]{0,50}$",
        re.IGNORECASE,
    )
)
# '… unless it first certifies …', '… without the approval of Congress': a prohibition with a way around it.
EXCEPTED = re.compile(r"[^.;]*?\b(?:unless|without\s+(?:the\s+)?(?:prior\s+)?(?:approval|consent|permission)|except)\b")


# 'It is not true that India joined …': the clause is denied from outside.
NEGATED_MATRIX = re.compile(
    r"\b(?:not\s+(?:true|the\s+case|correct|so)|untrue|false|no\s+(?:evidence|sign|indication|proof|record|basis|"
    r"confirmation))\s+that\s+$",
    re.IGNORECASE,
)


# 'It was reported that India joined …', 'rumours that Japan had signed …': reported, not asserted; and
# 'Claims that India joined the ILRS are false': denied.
REPORTED_MATRIX = re.compile(
    r"\b(?:it\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?(?:claimed|reported|rumou?red|alleged|suggested)|"
    r"claims?|rumou?rs?|reports?|allegations?|suggestions?|speculation)\s+that\s+$",
    re.IGNORECASE,
)
FALSE_AFTER = re.compile(
    r"[^.;]*?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:false|untrue|wrong|baseless|unfounded|"
    r"incorrect|fabricated|denied|rejected|debunked)\b",
    re.IGNORECASE,
)
# 'Analysts expect India to sign', 'forecast Japan to join': a verb of expectation before the subject.
EXPECTED_SUBJECT = re.compile(
    r"\b(?:expect(?:s|ed)?|predict(?:s|ed)?|anticipat(?:e|es|ed)|forecast(?:s)?|believe[sd]?|want(?:s|ed)?|"
    r"need(?:s|ed)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'do not expect', 'did not predict', 'never anticipated': a negated verb of expectation.
NOT_BEFORE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:(?!(?:merely|only|simply)\b)\w+ly\s+)?$", re.IGNORECASE
)
# 'directs NASA to build', 'requires the agency to launch': a verb of directing before the subject.
DIRECTED_SUBJECT = re.compile(
    r"\b(?:direct|requir|order|instruct|mandat|authori[sz]|charg|compel|oblig|obligat|empower)(?:e|es|ed|s|d)?\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# ('The X Act of 2010 directs NASA to build': the subject found before the verb, its object named after it)
DIRECTED_IN_GROUP = re.compile(
    r"\b(?:direct|requir|order|instruct|mandat|authori[sz]|charg|compel|oblig|obligat|empower)(?:e|es|ed|s|d)?\s+"
    r"(?:the\s+|its\s+)?(?:[\w’'.-]+\s+){1,4}?to\s*$",
    re.IGNORECASE,
)
# 'Talks on Japan joining …', 'plans for India to sign …': a noun of planning before the subject.
PLAN_BEFORE_SUBJECT = re.compile(
    r"\b(?:talks|negotiations|discussions|plans?|proposals?|bid|hopes?)\s+(?:on|about|over|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# 'There are no plans for …', 'has no talks on …', 'without any plans for …': the plan denied.
NO_PLAN_BEFORE = re.compile(r"\b(?:no|without\s+any|not\s+any|never\s+any)\s+(?:(?:firm|concrete|current|immediate)\s+)?$",
                            re.IGNORECASE)  # fmt: skip
# 'After Japan joins the Gateway, Canada will follow': a present tense in a clause of future time.
FUTURE_TIME_CLAUSE = re.compile(
    r"\s*(?:After|after|Once|once|When|when|Until|until|Before|before|As\s+soon\s+as|as\s+soon\s+as)\b"
)
# '… will sign it after parliament ratifies it': the same time clause after its future main clause.
TIME_WORD_BEFORE = re.compile(
    r"\b(?:after|once|when|until|before|as\s+soon\s+as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
PRESENT_CUE = re.compile(r"[a-z]+(?<!ss)s\b")
RELATIVE_BETWEEN = re.compile(r"\b(?:which|who|that|whose)\b")
WILL_LATER = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b")
# '… is planned for June', '… was cancelled': what a clause says about a noun cue after it.
PREDICATE_PLAN = re.compile(r"\b(?:is|are|was|were)\s+(?:planned|scheduled|expected|due|set|foreseen|proposed)\b")


# A subordinating word between a subject and a verb opens the verb's own clause: 'Japan will not join
# the ILRS because it has signed …', '… has not joined X but signed Y', 'Japan, if it joins X, would …'.
SUBORDINATOR = re.compile(
    r"\b(?:because|since|although|though|whereas|(?<!\ball\s)but|unless|if|once|when|whenever|after|before|until|while|"
    r"so\s+that|as\s+soon\s+as)\b",
    re.IGNORECASE,
)
# … unless it is an adverb inside the verb group: 'has not since joined', 'never before signed', 'has once led'.
IN_VERB_GROUP = re.compile(
    r"\b(?:not|never|n['’]t|has|have|had|is|are|was|were|did|does|do|will|would|could|may|might|also|still)\s+$",
    re.IGNORECASE,
)
NOT_ONLY = re.compile(r"\s*(?:Not|not)\s+(?:only|just|merely)\b")


# 'Japan's bid to join NATO was rejected', '… application to join it failed': a plan that came to nothing.
PLAN_NOUN = re.compile(r"\b(?:bid|application|request|attempt|effort|offer|plan|proposal)\s+to\s*$", re.IGNORECASE)
FAILED = re.compile(
    r"[^,;.]*?\b(?:(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:rejected|refused|turned\s+down|blocked|"
    r"vetoed|denied|withdrawn|abandoned|dropped|scrapped|shelved|cancell?ed)|failed|collapsed|fell\s+through)\b",
    re.IGNORECASE,
)
# 'was expected to join X, but it did not': the clause after denies it for the same subject.
BUT_NOT = re.compile(
    # ('… in 2020 but did not': the subject may be left out)
    r"[^.;:,]*,?\s+but\s+(?:(?:it|they|he|she|this)\s+)?(?:(?:did|does|has|have|had|was|were|is|are|would|could|will)\s*"
    r"(?:not|n['’]t|never)|never\s+(?:did|has|had|was|were|would|will))"
    r"(?:\s+(?:do\s+so|happen|materiali[sz]e|come\s+about))?\s*(?:[.;]|$)|"
    # 'was due to sign X in 2021 but pulled out', '… but backed out', '… but changed its mind'
    r"[^.;:,]*,?\s+but\s+(?:(?:it|they|he|she)\s+)?(?:later\s+|then\s+|eventually\s+|finally\s+|in\s+the\s+end\s+)?"
    r"(?:pulled\s+out|backed\s+out|withdrew|changed\s+(?:its|their|his|her)\s+mind|balked|reneged|"
    # 'was invited to join X but declined', '… but refused', 'considered joining X but decided against it', '… but
    # turned the invitation down' (lead22)
    r"declined|refused|said\s+no|(?:decided|opted|chose|voted)\s+against(?:\s+(?:it|that|doing\s+so|joining|signing))?|"
    r"opted\s+out|chose\s+not\s+to|stayed\s+out|walked\s+away|gave\s+up(?:\s+the\s+(?:idea|plan))?|"
    r"(?:turned|voted)\s+(?:it|them|(?:the|that)\s+(?:offer|invitation|idea|proposal|request))\s+down|"
    r"rejected\s+(?:it|them|(?:the|that)\s+(?:offer|invitation|idea|proposal|request))|dropped\s+the\s+(?:idea|plan))"
    r"(?:\s+(?:in|on|after|before|within|last|this|the\s+(?:next|following))\b[^.;:,]{0,30})?\s*(?:[.;]|$)",
    re.IGNORECASE,
)


def _window(sentence: str, subject_end: int, cue_start: int) -> str:
    window = sentence[max(0, subject_end) : max(0, cue_start)]
    # 'Japan, which had not signed before, will sign': a parenthesis between commas is another clause.
    return re.sub(r",[^,]*,", " ", window)


def verb_group(sentence: str, subject_end: int, cue_start: int) -> str:
    """The words between a clause's subject and its verb, cut at the last
    clause break or subordinating word (both offsets are relative to the sentence)."""
    window = _window(sentence, subject_end, cue_start)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(window)] + [m.end() for m in _subordinators(window)]
    # 'Pakistan has not signed X and is a partner of Y', 'is not a member of X and has signed Y', '… and will join Y':
    # a second verb group of the same subject, with its own auxiliary, keeps none of the first one's words (lead22).
    # (the auxiliary may open the cue itself: '… and is a member of')
    ahead = window + sentence[max(0, cue_start) : max(0, cue_start) + 24]
    breaks += [m.end() for m in AND_OWN_GROUP.finditer(ahead) if m.end() <= len(window)]
    group = window[max(breaks) :] if breaks else window
    if (FINITE_THEN_AND.match(group) or MODAL_THEN_AND.match(group)) and FINITE_CUE.match(sentence, cue_start):
        # 'India withdrew from X and joined Y': two finite verbs share the subject, not a verb group; the
        # first one's words ('withdrew', 'dropped out of') say nothing of the second (claims12).
        return ""
    shared = AUX_THEN_AND.match(group)
    if shared and FINITE_CUE.match(sentence, cue_start):
        # 'has withdrawn from X and joined Y': the participle shares 'has' (and a 'not' beside it), not the first
        # verb's own words.
        return shared.group(1)
    return group


# 'and' after a first verb's words, then an auxiliary, a copula or a modal opening a verb group of its own:
# '… signed X and is', '… and has since', '… and will'. ('and' right after the subject, as in 'Japan and Korea have',
# is no break: the window then starts with it.)
AND_OWN_GROUP = re.compile(
    r"(?<=\S)\s+and\s+(?=(?:(?:also|now|still|since|so\s+far|then|later|instead|meanwhile|today)\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|shall|can|could|may|might|must|should|does|do|did|remains?|became|"
    r"becomes)\b)"
)
# A perfect's auxiliary, its adverbs, a first participle and 'and' closing the window: 'has withdrawn from X and '.
AUX_THEN_AND = re.compile(
    r"(\s*(?:has|have|had)\s+(?:(?:not|never|also|already|since|just|recently|now|still|no\s+longer)\s+)*)"
    r"[a-z]+\b[^,;:]*?\band\s+$"
)
# A finite past verb opening the window and 'and' closing it: 'withdrew from X and ', 'dropped out of X and '.
FINITE_THEN_AND = re.compile(
    r"\s*(?:[a-z]+ed|withdrew|quit|left|took|gave|broke|froze|cut|won|lost|became|ran|led|sold|bought)\b[^,;:]*?"
    r"\band\s+$"
)
# A modal or 'to' before a first verb and 'and' closing the window: 'will join X and ', 'plans to join X and '. A past
# second verb ('… and signed Y') cannot share the modal: it is its own finite verb, done.
MODAL_THEN_AND = re.compile(
    r"(?![^,;:]*\b(?:has|have|had|been|being)\b)\s*(?:\w+\s+){0,3}?"
    r"(?:will|would|shall|could|should|may|might|must|can|to)\s[^,;:]*?\band\s+$"
)
# The second verb finite in the past too ('joined', 'took part in', 'signed'), not a base form sharing the first's
# 'refused to' ('refused to sign X and join Y').
FINITE_CUE = re.compile(r"[a-z]+ed\b|(?:took|led|ran|became|won|left)\b")


def negated_group(sentence: str, subject_end: int, cue_start: int) -> bool:
    """Whether the verb group itself is negated ('is not leaving', 'will never leave'), whatever the verb."""
    return NEGATION.search(verb_group(sentence, subject_end, cue_start)) is not None


def _subordinators(window: str) -> list[re.Match[str]]:
    return [m for m in SUBORDINATOR.finditer(window) if not IN_VERB_GROUP.search(window, 0, m.start())]


def opened_by(sentence: str, subject_end: int, cue_start: int) -> str:
    """The subordinating word that opens the verb's clause between its subject and
    the verb ('if' in 'Japan, if it joins X, …'), lower case, or ''."""
    window = _window(sentence, subject_end, cue_start)
    last = None
    for found in _subordinators(window):
        last = found
    if last is None or any(m.start() >= last.end() for m in CLAUSE_BREAK.finditer(window)):
        return ""
    return last.group(0).lower()


def clause_of(sentence: str, position: int) -> str:
    """The clause around a position: from the last break before it to the next one."""
    before = list(CLAUSE_BREAK.finditer(sentence[:position]))
    start = before[-1].end() if before else 0
    after = re.search(r";|\s[–—]\s|,\s+(?:and|but|while|whereas)\b", sentence[position:])
    return sentence[start : position + (after.start() if after else len(sentence) - position)]


# 'has not decided whether to join', 'It is unclear whether Japan will join': undecided, no relation at all.
WHETHER_BEFORE = re.compile(r"\bwhether\b[^,;:.]*$", re.IGNORECASE)
# 'is not expected to join', 'is not likely to sign': a forecast that it will not happen.
NOT_EXPECTED = re.compile(
    r"\b(?:not|n['’]t)\s+(?:(?:widely|generally)\s+)?(?:expected|likely|set|due|poised)\s+to\s*$", re.IGNORECASE
)


# 'did not join X until 2020', 'would not sign it until after the election': the negation only sets a time.
NOT_UNTIL_GROUP = re.compile(
    r"\b(?:did|does|do|will|would|could|was|were|is|are|has|have|had)\s*(?:not|n['’]t)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
NOT_UNTIL = re.compile(
    r"[^,;.]*?\b(?:until|till)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|[A-Z][a-z]+|after|the\s+\w+|last|this|next|\d)"
)
# 'has not ruled out joining', 'did not rule out signing', 'never ruled out': a possibility left open.
NOT_RULED_OUT = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+|entirely\s+|completely\s+)?rul(?:e|es|ed|ing)\s+out\s*$", re.IGNORECASE
)
# 'would have joined', 'could have signed': a past that did not happen, under a condition said or not.
COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)\s+(?:not\s+|never\s+)?have\s+(?:\w+\s+)?$", re.IGNORECASE)


# A condition by inversion before its subject: 'Had Japan joined', 'Were India to sign', '…, had it joined', 'would
# lose it had it joined' (a clause's opening, a comma or a verb's object before 'had'; not 'as had Japan').
INVERTED_HAD = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|or|it|them|seat|place|role)\s+)(?:Had|had|Were|were)\s+(?:the\s+)?$"
)
HAD_PRONOUN = re.compile(
    r"(?<![Tt]hat\s)(?<![Ww]hich\s)(?<!\bas\s)\b(?:[Hh]ad|[Ww]ere)\s+(?:it|they|he|she)\s+(?:to\s+)?$"
)
NOR_BEFORE = re.compile(r"\b(?:nor|Nor)\s+(?:the\s+)?$")
# ', which joined …', ', who flew …': a relative clause opened after the subject, not closed before the cue.
OPEN_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,;:]*$")


def _inside_relative(sentence: str, subject_end: int, cue_start: int) -> bool:
    return subject_end <= cue_start and OPEN_RELATIVE.search(sentence, subject_end, cue_start) is not None


# 'Asked whether India would join X, Jane Doe said it would not': the question the answer takes up, …
ASKED_WHETHER = re.compile(
    r"\s*(?:When\s+|Once\s+)?[Aa]sked\s+(?:by\s+[^,;:]{1,60}?\s+|again\s+|later\s+)?(?:whether|if)\s+(?P<q>[^,;:]{5,200}),\s*"
)
# … and the answer that repeats only its auxiliary: 'said it would not', 'replied that they had', 'said no'.
ELLIPTIC_ANSWER = re.compile(
    r"\b(?:said|says|replied|replies|answered|answers|told\s+[^,;:]{1,40}?|insisted|conceded|confirmed)\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she|the\s+\w+|[A-Z][\w-]*)\s+(?P<aux>would|will|could|did|does|do|had|has|have|was|is|were|are|"
    r"might|may)(?P<not>\s+not|n['’]t|\s+never)?|(?P<no>no))\s*[.!]?\s*$"
)


def answered(sentence: str, cue_start: int) -> bool:
    """True when the relation at ``cue_start`` is the question of 'Asked whether …, X said it would not': the answer
    after it says it (claims.answered_questions), so it is kept for the answer to take up."""
    asked = ASKED_WHETHER.match(sentence) if "sked" in sentence else None
    return (
        asked is not None
        and asked.start("q") <= cue_start < asked.end("q")
        and ELLIPTIC_ANSWER.search(sentence) is not None
    )


def undecided(sentence: str, cue_start: int) -> bool:
    """True when the relation at ``cue_start`` is inside a 'whether' clause: the text says nothing either way."""
    return WHETHER_BEFORE.search(sentence, max(0, cue_start - 80), cue_start) is not None


# '… planned to join X in 2022, and it did so in March', '…, which it duly did': the plan carried out.
FULFILLED = re.compile(
    r"[^.;:]*?,?\s+(?:and|which)\s+(?:(?:it|they|he|she)\s+)?(?:duly\s+|finally\s+|eventually\s+|later\s+)?"
    r"did(?:\s+so)?(?=\s*[,.;]|\s+(?:in|on|at|that|the|a|last|within|after|soon|just)\b)"
)


def modality(sentence: str, subject: tuple[int, int], cue: tuple[int, int], anchor: int = -1) -> str | None:
    """``negated``, ``conditional``, ``predicted``, ``planned`` or None (a done
    fact), for a relation whose subject and cue are at these offsets in the sentence;
    ``anchor`` is where the subject's mention starts when it comes after the cue
    ('The signatories do not include A')."""
    said = _modality(sentence, subject, cue, anchor)
    if said in ("planned", "predicted") and FULFILLED.match(sentence, cue[1]):
        return None  # 'India planned to join X in 2022, and it did so in March': done as planned
    return said


# What may come before the subject that opens a headline ('Russia to send …', 'The agency to join …',
# 'Exclusive: ESA to fly …').
HEADLINE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+:\s+)?(?:(?:The|the)\s+)?")
# 'Norway joining the group is unlikely', 'India's signing of the accords looks likely': a gerund phrase as the
# subject of a judgement of likelihood, said after it.
GERUND_CUE = re.compile(r"[A-Za-z]+ing\b")
JUDGED_AFTER = re.compile(
    r"[^,;:.]{0,80}?\s(?:is|was|looks|seems|appears|remains|would\s+be)\s+(?:(?:very|highly|now|still|increasingly)\s+)?"
    r"(?P<word>unlikely|improbable|doubtful|likely|possible|probable|expected|planned|imminent)\b"
)
JUDGED = {"unlikely": "unlikely", "improbable": "unlikely", "doubtful": "unlikely", "likely": "predicted",
          "possible": "predicted", "probable": "predicted", "expected": "planned", "planned": "planned",
          "imminent": "planned"}  # fmt: skip


def _modality(sentence: str, subject: tuple[int, int], cue: tuple[int, int], anchor: int = -1) -> str | None:
    cue_start = cue[0]
    group = verb_group(sentence, subject[1], cue_start)
    if (subject[1] <= cue_start and INVERTED_HAD.search(sentence, max(0, subject[0] - 16), subject[0])) or (
        HAD_PRONOUN.search(sentence, max(0, cue_start - 16), cue_start)
    ):
        return "conditional"  # 'Had Japan joined X, it would …', 'Were India to sign it', '… had it joined X' (lead22)
    inverted = MODAL_BEFORE_SUBJECT.search(sentence, max(0, subject[0] - 12), subject[0])
    if inverted is not None and subject[1] <= cue_start:
        # 'Only if Chile agrees would Norway join X', 'Nor will Japan sign it': the modal before the subject is
        # the verb group's
        group = inverted.group(1) + " " + group
        if NEGATION.search(sentence, max(0, inverted.start() - 14), inverted.start()):
            return "negated"  # 'Never would Norway join X', 'Nor will Japan sign it'
        if CONDITION.search(sentence, 0, subject[0]):
            return "conditional"
    judged = (
        JUDGED_AFTER.match(sentence, cue[1]) if not group.strip() and GERUND_CUE.match(sentence, cue_start) else None
    )
    if judged is not None:
        return JUDGED[judged.group("word")]
    if anchor > cue[1] and NEGATION.search(verb_group(sentence, cue[1], anchor)):
        return "negated"
    if NOT_EXPECTED.search(group):
        return "unlikely"  # 'Japan is not expected to join the ILRS'
    if NOT_UNTIL_GROUP.search(group) and NOT_UNTIL.match(sentence, cue[1]):
        # 'Japan did not join X until 2020': it joined, in 2020; 'will not join X until 2026': it plans to.
        return "planned" if WILL_LATER.search(group) else None
    if NOT_RULED_OUT.search(group):
        return "predicted"  # 'has not ruled out joining X': possible, neither done nor denied
    if COUNTERFACTUAL.search(group):
        return "conditional"  # 'Japan would have joined X had India agreed': not done

    # 'Neither India nor Brazil has signed': the negation comes before the subject.
    opening_clause = clause_of(sentence, min(subject[0], cue_start))  # the clause the subject or cue opens, read once
    opening = opening_clause[:8]
    if (
        NEGATION.search(group)
        or NEGATION.search(sentence[cue[0] : cue[1]])
        or NON_BEFORE.search(sentence, max(0, cue[0] - 5), cue[0])
        or (
            re.match(r"\s*(?:Neither|neither|No(?!\s+sooner\b)|Not|None|Nor|nor)\b", opening_clause[:16])
            and not NOT_ONLY.match(opening)
            and not NOT_BUT.search(sentence, 0, subject[0])
            # ('Nor has Japan, which joined the ILRS in 2021': the relative clause's verb is not denied)
            and not _inside_relative(sentence, subject[1], cue_start)
        )
        # 'Neither India, which tested a missile, nor Japan has joined X': 'nor' right before the subject.
        or (
            NOR_BEFORE.search(sentence, max(0, subject[0] - 12), subject[0]) is not None
            and subject[1] <= cue_start
            and not _inside_relative(sentence, subject[1], cue_start)
        )
        or NEGATED_OBJECT.match(sentence, cue[1])
        or NEARLY.search(group)
        or PROHIBITED.search(sentence, max(0, cue_start - 100), cue_start)
        or PROHIBITED_GERUND.search(sentence, max(0, cue_start - 200), cue_start)
        or NEGATED_MATRIX.search(sentence, max(0, min(subject[0], cue_start) - 80), min(subject[0], cue_start))
    ):
        return "negated"
    if REPORTED_MATRIX.search(sentence, max(0, min(subject[0], cue_start) - 60), min(subject[0], cue_start)):
        return "negated" if FALSE_AFTER.match(sentence, cue[1]) else "predicted"
    if BUT_NOT.match(sentence, cue[1]):
        return "negated"  # 'Japan was expected to join the ILRS, but it did not.'
    if PLAN_NOUN.search(group) and FAILED.match(sentence, cue[1]):
        return "negated"  # 'Japan's bid to join the ILRS was rejected'
    if (CONDITION.search(clause_of(sentence, cue_start)) or INVERTED_CONDITION.match(sentence, cue[1])) and re.search(
        r"\b(?:would|could|will|might|may|can)\b", group
    ):
        return "conditional"
    fronted = FRONTED_CONDITION.match(sentence)
    if (
        fronted is not None
        and fronted.end() <= subject[0]
        and re.search(r"\b(?:would|could|will|might|may|can)\b", group)
    ):
        return "conditional"  # 'Provided that Chile agrees, Norway will join X': the main clause under a condition
    if opened_by(sentence, subject[1], cue_start) in ("if", "unless"):
        return "conditional"  # 'Japan, if it joins the ILRS, would be the first': the relation is the condition
    # 'If India signs the Accords, Japan will follow': the relation is the condition itself.
    if re.match(r"\s*(?:If|if|Unless|unless|Should|should)\b", opening_clause):
        return "conditional"
    if (
        FUTURE_TIME_CLAUSE.match(opening_clause)
        and PRESENT_CUE.match(sentence, cue_start)
        and WILL_LATER.search(sentence, cue[1])
        and not re.search(r"\b(?:has|have|had)\b", group)
        # 'When NASA, which leads the program, signed …, few expected …': a relative clause's present is no
        # future time clause's verb.
        and not RELATIVE_BETWEEN.search(sentence, subject[1], cue_start)
    ):
        return "planned"  # 'Once India signs the Accords, Pakistan will follow'
    if (
        (
            TIME_WORD_BEFORE.search(sentence, max(0, subject[0] - 30), subject[0])
            or opened_by(sentence, subject[1], cue_start) in ("after", "once", "when", "until", "before", "as soon as")
        )
        and PRESENT_CUE.match(sentence, cue_start)
        and WILL_LATER.search(sentence, 0, cue_start)
        and not re.search(r"\b(?:has|have|had)\b", group)
    ):
        return "planned"  # 'India will sign X once parliament ratifies it': the time clause of a future
    if (plan := PLAN_BEFORE_SUBJECT.search(sentence, max(0, subject[0] - 40), subject[0])) is not None:
        # 'Plans for India to join X were dropped': a plan that came to nothing (claims12); 'There are no plans
        # for India to join X', 'no talks on Japan joining': no plan at all (speakers23)
        if NO_PLAN_BEFORE.search(sentence, max(0, plan.start() - 30), plan.start()):
            return "negated"
        return "negated" if FAILED.match(sentence, cue[1]) else "planned"
    # 'Analysts expect India to sign': someone else's expectation about the subject.
    expected = EXPECTED_SUBJECT.search(sentence, max(0, subject[0] - 60), subject[0])
    if re.fullmatch(r"\s*to\s*", group) and expected:
        # 'Analysts do not expect India to sign': expected not to hold (claims12).
        return (
            "unlikely" if NOT_BEFORE.search(sentence, max(0, expected.start() - 24), expected.start()) else "predicted"
        )
    if (
        re.fullmatch(r"\s*to\s*", group)
        and subject[1] <= cue_start
        and HEADLINE_OPENING.fullmatch(sentence, 0, subject[0])
    ):
        # 'Russia to send empty Soyuz …', 'ESA to join X': a headline's infinitive after the subject that opens
        # it announces what is to be done (precision20).
        return "planned"
    # 'The act directs NASA to build X', 'requires the agency to launch Y': what a law or an order makes
    # someone do is still to be done.
    directed = DIRECTED_SUBJECT.search(sentence, max(0, subject[0] - 40), subject[0])
    if (directed and re.fullmatch(r"\s*to\s*", group)) or DIRECTED_IN_GROUP.search(group):
        return "planned"
    if UNREALISED.search(group):
        return "negated"  # 'India was to have joined X', 'the crew who had been due to fly on it'
    # 'is unlikely to join': expected not to hold.
    if UNLIKELY.search(group):
        return "unlikely"
    if PREDICTION.search(group):
        return "predicted"
    if PLAN.search(group) or PLANS_OWN.match(sentence, cue_start) or PLANNING.match(sentence, cue_start):
        return "planned"
    if HEARSAY.search(group):
        return "predicted"  # 'Brazil reportedly joined X': reported, not asserted
    if UNDER_WAY.search(group) and PUNCTUAL_CUE.match(sentence, cue_start):
        return "planned"
    return None


# A second verb phrase coordinated after the cue's ('Japan joined X and has not signed Y', '… but will sign Y',
# '… but signed Y'):
# what follows it is that verb's object, with that verb's modality, not the first verb's.
COORDINATED_VERB_GROUP = re.compile(
    r"\b(?:and|but|or|yet)\s+(?:(?:also|then|later|so\s+far|since|now|still|soon)\s+)?(?:has|have|had|did|does|do|will|would|"
    r"shall|is|are|was|were|could|can|may|might|should|must|never|not|no\s+longer|plans?|intends?|hopes?|wants?|"
    r"refused|declined|failed|[a-z]{3,}ed)\b|['’]ll\b"
)


CLAUSE_WITH_SUBJECT = re.compile(
    r"[,;]\s+(?:and|but|while|whereas|yet)\s+(?:(?:later|then|now|also|since|meanwhile|soon|so\s+far)\s+)?"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:has|have|had|did|does|will|would|is|are|was|were|never|"
    r"not|also|[a-z]{3,}ed)\b"
)


def another_verbs_object(text: str, cue_end: int, object_start: int) -> bool:
    """True when a coordinated verb group stands between a cue and a mention after it: the mention is the
    other verb's object ('Japan joined the Artemis program and has not signed the Accords')."""
    if COORDINATED_VERB_GROUP.search(text, cue_end, object_start) is not None:
        return True
    # '…, and later India signed the Treaty': a clause of its own, with its own subject and verb, after a comma
    return "," in text[cue_end:object_start] and CLAUSE_WITH_SUBJECT.search(text, cue_end, object_start) is not None
