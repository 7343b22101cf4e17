"""Relations between the mentions of one sentence, from the words that
join them: a subject before a cue (signed, joined, leads, partner of …) and
an object after it, each checked against the relation's domain and range;
passives (``led by``), lists of signatories, and affiliations (``NASA
Administrator Jane Doe``, ``Jane Doe, the head of …``)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.bodies import apposed_seat_cue
from spacekg.extract.clients import acting_through, questioner_outlets, work_for_clients
from spacekg.extract.contributions import (
    carried_instruments,
    committed_main,
    committed_to,
    consortium_built,
    craft_roles,
    done_together,
    gapped_pairs,
    help_given,
    joined_not_members,
    launcher_operators,
    parts_supplied_by,
    respective_pairs,
    shared_crafts,
    supplied_parts,
    worked_on,
)
from spacekg.extract.coordination import (
    JOB,
    apposed_complement,
    carried_crews,
    companions,
    coordinated_payees,
    counted_objects,
    denied_objects,
    founding_members,
    gapped_subjects,
    introduced_list,
    labelled_members,
    listed_items,
    member_body,
)
from spacekg.extract.coreference import (
    LAUNCHER_AFTER,
    LAUNCHER_BEFORE,
    NOUN_CLASSES,
    PRONOUN_CLASSES,
    SALIENT_NOUNS,
    antecedent,
    carried_on,
    coordinated_rival,
    described,
    resolve,
)
from spacekg.extract.cosigners import cosigners
from spacekg.extract.crews import crews
from spacekg.extract.deals import deals
from spacekg.extract.dispatch import fires, gated
from spacekg.extract.documents import (
    LEGISLATURE,
    acceptances,
    adoptions,
    authors,
    declarations,
    instruments,
    lawmakers,
    led_compounds,
    own_texts,
    party_lists,
    signers,
)
from spacekg.extract.flights import flights
from spacekg.extract.groupings import dash_items, group_members
from spacekg.extract.launchsites import launch_sites
from spacekg.extract.linking import Linker
from spacekg.extract.literals import fullmatch, lead, lead_deep, scan, search, which
from spacekg.extract.memberships import (
    OUTSIDE_BEFORE,
    colon_listed_subject,
    counted_subject,
    lists_and_documents,
    nationality_modifiers,
    released,
)
from spacekg.extract.modality import (
    BUILDS_STATION,
    EXCEPTED,
    NEGATED_CUES,
    NEGATION,
    NO_PART_ALONE,
    NOT_IN,
    OWN_CREW,
    OWN_PLAN_GROUP,
    PAYLOAD_WORD,
    PLAN,
    PLANS_OWN,
    PREDICATE_PLAN,
    PROHIBITED,
    PROHIBITED_GERUND,
    TAKING_PART_CUES,
    another_verbs_object,
    answered,
    modality,
    negated_group,
    undecided,
)
from spacekg.extract.participants import (
    carried_crafts,
    counted_instruments,
    counted_parts,
    crew_aboard,
    funded_crafts,
    jointly_run,
    launched_owned,
)
from spacekg.extract.patterns import (
    APPOSITIVE_BETWEEN,
    BETWEEN,
    CARRIES_FROM,
    CONTRIBUTES,
    CRAFT_OF,
    CUES,
    FOUNDED_AT,
    INDEFINITE_PHRASE_BEFORE,
    ITS_CRAFT,
    JOINER,
    LEAVES,
    LIST_INTRO,
    MEMBERS_INCLUDE,
    MORE_PAYLOAD_FROM,
    PART_OF_APPOSITION,
    PART_OF_POSSESSIVE,
    PASSIVE,
    PASSIVE_RELATIONS,
    PASSIVE_TAIL,
    ROLE,
    SIGNATORIES,
    SIGNATURES,
    TITLE,
    TITLED_JOINER,
    WORKS_WITH,
)
from spacekg.extract.prohibitions import barred_cooperation
from spacekg.extract.proposals import agreement_parties, facilitators, proposers, spoken_for
from spacekg.extract.roles import (
    NAME_GOES_ON,
    NOT_COMPANIES,
    complement_of_noun,
    craft_role,
    focus_country,
    innermost,
    possessor,
    roles,
    unit_named,
    unnamed_unit_after,
    without_comparisons,
)
from spacekg.extract.rosters import held_meetings, listed_members
from spacekg.extract.salience import Salience
from spacekg.extract.undertakings import undertakings

# Rule functions registered in dispatch.py run only on sentences holding their cue words; the others as they are.
adoptions = gated(adoptions)
carried_instruments = gated(carried_instruments)
committed_main = gated(committed_main)
committed_to = gated(committed_to)
consortium_built = gated(consortium_built)
craft_roles = gated(craft_roles)
done_together = gated(done_together)
gapped_pairs = gated(gapped_pairs)
help_given = gated(help_given)
launcher_operators = gated(launcher_operators)
group_members = gated(group_members)
parts_supplied_by = gated(parts_supplied_by)
respective_pairs = gated(respective_pairs)
shared_crafts = gated(shared_crafts)
supplied_parts = gated(supplied_parts)
worked_on = gated(worked_on)
carried_crafts = gated(carried_crafts)
counted_instruments = gated(counted_instruments)
crew_aboard = gated(crew_aboard)
funded_crafts = gated(funded_crafts)
jointly_run = gated(jointly_run)
launch_sites = gated(launch_sites)
cosigners = gated(cosigners)
launched_owned = gated(launched_owned)
work_for_clients = gated(work_for_clients)
questioner_outlets = gated(questioner_outlets)
authors = gated(authors)
carried_crews = gated(carried_crews)
companions = gated(companions)
deals = gated(deals)
declarations = gated(declarations)
flights = gated(flights)
founding_members = gated(founding_members)
instruments = gated(instruments)
labelled_members = gated(labelled_members)
listed_members = gated(listed_members)
held_meetings = gated(held_meetings)
lawmakers = gated(lawmakers)
led_compounds = gated(led_compounds)
party_lists = gated(party_lists)
signers = gated(signers)

SYMMETRIC = {"cooperatesWith", "partnerOf"}
# How a new name typed an organization by its shape alone was found (see :mod:`~spacekg.extract.propernames`).
GUESSED = {"acronym", "capitals inside a word", "name after 'the'"}
RECENT = 300  # how many earlier mentions a pronoun or 'its' may reach back to
CRAFT_REACH = 400  # how many characters before its sentence a craft 'it' stands for was named
# Verbs read like the cues of :mod:`~spacekg.extract.patterns`, kept here with the rules that use them.
FOUNDS_PROGRAM = re.compile(
    r"\b(?:set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|creat(?:es|ed|ing)|found(?:s|ed|"
    # ('a founding member of ESA', 'its founding states': an adjective of membership, founding nothing; lead22)
    r"ing(?!\s+(?:members?|states?|signator(?:y|ies)|partners?|fathers?|nations?|countr(?:y|ies)|agenc(?:y|ies)|"
    r"parties|director|chair|document|charter|treaty|convention)\b))|initiat(?:es|ed|ing))\b"
    r"(?!\s+(?:by|in\s+(?:19|20)\d\d\s+by)\b)"
)
MORE_CUES: list[tuple[re.Pattern[str], str]] = [
    # 'is no longer involved in the project': takes part (or no longer does).
    (re.compile(r"\b(?:involved|engaged)\s+in\b"), "participatesIn"),
    # 'Sweden joined NATO', 'has not joined the alliance': joining an organization is membership.
    (re.compile(r"\b(?:re)?(?:joined|joins|join|joining)\b(?!\s+forces)"), "memberOf"),
    # 'sits on the committee', 'has a seat on the council'.
    (
        re.compile(
            r"\b(?:sits?|sat|sitting)\s+(?:on|in)\b|\bha(?:s|ve|d)\s+(?:a\s+)?(?:permanent\s+)?seats?\s+(?:on|in)\b"
        ),
        "memberOf",
    ),
    # 'the CD, whose seat is in Geneva' (not 'which meets in Geneva': where its sessions are held; precision20).
    (
        re.compile(r"\bwhose\s+(?:seat|headquarters|secretariat)\s+(?:is|are|lies)\s+in\b"),
        "headquarteredAt",
    ),
    # 'Nigeria added its name the same day', 'Chile became the 30th signatory': the document in focus.
    (
        re.compile(
            r"\badd(?:s|ed)?\s+(?:its|their)\s+(?:signature|name)s?\b(?!\s+to\b)|\bsignator(?:y|ies)\b(?!\s+(?:of|to)\b)"
        ),
        "signs",
    ),
    # 'Jane Doe commanded Example-1' (a flight's commander leads it).
    (re.compile(r"\bcommanded\b(?!\s+by\b)|\bcommands\b(?!\s+(?:to|from|for|of|were|are|by)\b)"), "leads"),
    # 'Jane Doe will command Example-7', 'is to command', 'was due to command': a commander to be leads it, as
    # a plan (GUIDELINES v13: 'will command the mission' is leads planned; guidelines23)
    (
        re.compile(
            r"(?:(?<=\bwill )|(?<=\bwould )|(?<=\bshall )|(?<=\bto )|(?<=\bnot ))command\b(?!\s+(?:of|by|and|centre|center)\b)"
        ),
        "leads",
    ),
    # 'was elected to the council', 'won a seat on the committee'.
    (re.compile(r"\belected\s+to\b|\b(?:won|gained|took)\s+(?:a\s+)?seat\s+on\b"), "memberOf"),
    # 'Egypt signed on to the ILRS', 'signed up for the programme'.
    (re.compile(r"\bsign(?:ed|s|ing)?\s+(?:up|on)\s+(?:to|for)\b"), "participatesIn"),
    # 'are founding members of', 'is one of five members of', 'became a full member of'.
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becomes|remains?|remained)\s+(?:(?:all|both|now|still|also|already|"
            r"not|never|no\s+longer|a|an)\s+)*(?:founding|full|associate|permanent|original|non-permanent)\s+members?\s+(?:of|in)\b|"
            r"\bone\s+of\s+(?:the\s+|its\s+)?(?:\d+|[a-z]+)\s+(?:[\w-]+\s+)?members\s+(?:of|in)\b|"
            # (not 'open only to member states of X', 'reserved for member states of X': who may join; members26)
            r"(?<!\bto\s)(?<!\bfor\s)\bmember\s+(?:state|country|nation)s?\s+(?:of|in)\b|"
            r"\b(?:all|both)\s+(?:[a-z]+\s+)?members\s+of\b"
        ),
        "memberOf",
    ),
    # 'Peru became a party in 1995', 'Chile acceded in 2009': the document in focus (with BARE_SIGN after).
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becomes|remains?)\s+(?:(?:now|all|also|not|never|no\s+longer|yet|"
            r"still)\s+)*(?:a\s+|(?:the|its|their)\s+(?:\d+(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+)?)(?:state\s+)?part(?:y|ies)\b(?!\s+to\b)|\bacceded\b(?!\s+to\b)"
        ),
        "signs",
    ),
    # 'Norway is a party to the treaty', 'the states parties to the Outer Space Treaty'.
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becomes|remains?)\s+(?:(?:now|all|also|not|never|no\s+longer|yet)\s+)*(?:a\s+|the\s+)?(?:state\s+)?part(?:y|ies)\s+to\b"
        ),
        "signs",
    ),
    # 'China spearheads the ILRS'.
    (
        re.compile(
            r"\b(?:spearhead(?:s|ed|ing)?|helm(?:s|ed)|steer(?:s|ed)(?!\s+clear\b)|oversee(?:s)?|oversaw)\b(?!\s+by\b)"
        ),
        "leads",
    ),
    # 'will contribute a robotic arm to the Gateway', 'provides a module for the station'.
    (
        re.compile(
            # (not a noun of money: 'lacks funds for', 'without funding for', 'cut funding for'; lead20)
            r"\b(?:contribut(?:e|es|ed|ing)|(?<!\blacks\s)(?<!\black\s)(?<!\bno\s)(?<!\bwithout\s)(?<!\bcut\s)"
            r"(?<!\bcuts\s)(?<!\bof\s)(?<!\bmore\s)(?<!\bless\s)(?<!\bnew\s)fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\b"
            r"(?=[^,;.]{0,60}?\b(?:to|for)\s)"
        ),
        "participatesIn",
    ),
    # 'it funds the Example Satellite': the funder takes part.
    (
        re.compile(
            r"\b(?:co-?)?(?:fund(?:s|ed)?|financ(?:es|ed))\b(?=\s+(?:(?:part|a\s+share|some|most|half|much)\s+of\s+)?"
            r"(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+)?[A-Z])"
        ),
        "participatesIn",
    ),
    # 'put money into the project', 'declined to put any money into it', 'invested its own funds in X', 'would not fund
    # it': the funder takes part ('put no money into' is left alone: its negation is inside the cue; documents19).
    (
        re.compile(
            r"\b(?:put(?:s|ting)?|invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|sank|sink(?:s|ing)?)\s+(?:(?:any|some|its|their|"
            r"own|public|much|more|real|serious|extra|additional|federal|state|government)\s+)*(?:money|funds|funding|"
            r"cash|capital)\s+(?:into|in)\b(?=\s+(?:it|them|the\s+|[A-Z]))|\b(?:co-?)?fund(?:s|ed)?\b(?=\s+(?:it|them)\b)"
        ),
        "participatesIn",
    ),
    # 'signed a contract with SpaceX': partners.
    (re.compile(r"\b(?:contract|treaty|alliance)\s+with\b"), "partnerOf"),
    # 'the memorandums that NASA concluded with each partner agency': an agreement's parties are partners.
    (re.compile(r"\b(?:concluded|struck|negotiated)\s+with\b"), "partnerOf"),
    # 'NASA and ESA are partners on the Gateway' (as 'partners in').
    (re.compile(r"\b(?:partner|participant)s?\s+on\b(?=\s+(?:the\s+)?[A-Z])"), "participatesIn"),
    # 'the agency, which bought the seat from Example Corp': buyer and seller are partners.
    # ('would buy flights from X', 'plans to lease it from X': the base form after a modal or 'to'; claims12)
    # ('an option to buy five more from X', 'the right to buy': not bought; deals16)
    (
        re.compile(
            r"(?<!option\sto\s)(?<!options\sto\s)(?<!right\sto\s)"
            # ('leased the position at 119.1 degrees East from X': a longer object, a number in it; orgs17)
            # ('ordered two satellites from X': a buyer too; lists19)
            r"\b(?:bought|buys?|purchased?|purchases|leased?|leases|ordered|orders)\s+(?:[\w-]+(?:\.\d+)?\s+){0,7}?from\b"
        ),
        "partnerOf",
    ),
    # 'has signed agreements with two start-ups, A and B'.
    (re.compile(r"\b(?:agreements|partnerships|deals|contracts)\s+with\b"), "partnerOf"),
    # 'signed cooperation agreements on space resources with A and B': the topic between the noun and its party.
    (
        re.compile(
            r"\b(?:agreements?|deals?|accords?|memorand(?:um|a))\s+(?:on|for|about|covering)\s+(?:[\w-]+\s+){1,4}?with\b"
        ),
        "partnerOf",
    ),
    # 'NASA and ESA jointly operate Example-1', 'will manage the station' (not 'managed to').
    (re.compile(r"\b(?:operate|manage)\b(?!\s+(?:to|by)\b)"), "leads"),
    # 'X is not an agency of the EU', 'became part of the ministry', 'never became part of the station', 'is
    # now a branch of ESA': a part (the negation or plan is read from the verb group like any cue's).
    (
        re.compile(
            r"\b(?:is|are|was|were|be|became|become|becomes|becoming|remains?|remained|has\s+been|have\s+been|had\s+been)\s+"
            r"(?:(?:not|never|no\s+longer|now|also|still|yet|formally|officially|legally)\s+)*(?:an?\s+|the\s+)?"
            r"(?:(?:integral|formal|official|separate|specialised|specialized)\s+)?(?:part|agency|body|organ|branch|arm|"
            r"division|component|subsidiary|unit|module|segment)\s+(?:of|within)\b"
        ),
        "partOf",
    ),
    # 'Congress has renewed the provision every year', 'the legislature amended the Act': a body that renews or
    # amends a law or a policy draws it up again (a country renewing a treaty signs it again: not here).
    (re.compile(r"\b(?:renew(?:s|ed)?|reauthori[sz](?:e|es|ed)|re-?enact(?:s|ed)?|amend(?:s|ed)?)\b"), "drafts"),
    # 'reports to the Ministry of X', 'comes under the Ministry of Y', 'sits within the Department of Z', 'is
    # subordinate to', 'operates under the authority of': a body under another is part of it (not 'reported to
    # the committee that …', an act of reporting; not a legislature a body answers to: documents.LEGISLATURE).
    (
        re.compile(
            # ('answers jointly to A and B', 'reports ultimately to': an adverb of the tie between verb and body)
            # ('reports to both the Ministry of A and …': 'both' before the first parent)
            r"\b(?:reports|answers)\s+(?:(?:directly|jointly|formally|ultimately)\s+)?to\b"
            r"(?=\s+(?:both\s+)?(?:the\s+)?[A-Z])|"
            # ('works under the Ministry of X', 'was placed under the Ministry of Y': a body set under another)
            r"\b(?:comes|came|falls|fell|sits|sat|operates|works|functions|placed|brought)\s+"
            r"(?:(?:directly|jointly|formally)\s+)?(?:under|within)\b(?=\s+(?:both\s+)?(?:the\s+)?[A-Z])|"
            # ('is overseen by the Ministry of X': a body's supervision; a programme overseen is led, MORE_PASSIVE)
            r"\b(?:is|are|was|were|remains|remained|has\s+been|had\s+been)\s+(?:(?:now|still|also|directly|jointly)\s+)*"
            r"(?:overseen|supervised)\s+by\b(?=\s+(?:both\s+)?(?:the\s+)?[A-Z])|"
            r"\b(?:is|are|was|were|remains?|remained)\s+(?:(?:now|still|also|not|no\s+longer|directly)\s+)*"
            r"(?:subordinate|accountable|attached)\s+to\b|"
            r"\b(?:operates|operated|works|worked|functions|is|was)\s+under\s+the\s+(?:authority|umbrella|aegis)\s+of\b"
        ),
        "partOf",
    ),
    # 'presented their satellites as contributions to the Example Year', 'made a major contribution to Example-1'.
    (
        re.compile(
            r"\b(?:as|made|makes|make|making|gave|gives|offered|offers)\s+(?:(?:a|an|any|its|their|his|her|the|first|main|"
            r"major|key|big|large|important|national|own|significant)\s+)*contributions?\s+to\b"
        ),
        "participatesIn",
    ),
    # 'Example-1, a satellite France shares with Italy', 'Norway shares the station with Chile': co-owners take part
    # (and are partners, read from 'with' as for any cue; relations12).
    (re.compile(r"\bshar(?:e|es|ed|ing)\b(?=(?:\s+(?:the|it|its|a|an|[A-Z][\w-]*))*\s+with\b)"), "participatesIn"),
    # 'has a stake in Example-1', 'holds a share in the station', 'has no share in it': an owner takes part.
    (
        re.compile(
            r"\b(?:ha(?:s|ve|d)|holds?|held|owns?|owned|took|takes?)\s+(?:a|an|no|any)\s+(?:[\w-]+\s+){0,2}?(?:stake|share)\s+in\b"
        ),
        "participatesIn",
    ),
    # 'competed in the Example Prize', 'a group founded to compete for the Example Prize': a contestant takes part.
    (re.compile(r"\bcompet(?:e|es|ed|ing)\s+(?:for|in)\b"), "participatesIn"),
    # 'she ran the Example Marathon', 'he runs in the Example Half Marathon': a runner takes part in the race (an
    # event, not a body run: 'ran the Example Agency' is an office; people22).
    (
        re.compile(
            r"\b(?:ran|runs|run|running)\s+(?:in\s+)?(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
            r"(?:Half\s+)?Marathon\b)"
        ),
        "participatesIn",
    ),
    # 'Example Corp is the prime contractor for Example-1': it takes part.
    (re.compile(r"\b(?:(?:prime|main|lead|principal)\s+)?(?:sub)?contractors?\s+(?:for|on)\b"), "participatesIn"),
    # 'SpaceX is the launch provider for Example-1', 'the ground-station operator for': a provider takes part.
    (
        re.compile(
            r"\b(?:launch|service|ground[- ]station|rocket|data|communications?)\s+(?:provider|operator)s?\s+(?:for|on)\b"
        ),
        "participatesIn",
    ),
    # 'the Soviet Union set up Interkosmos', 'a programme that Examplia had established': who founds a programme
    # leads it (only a programme: a mission or a station is built or launched, below).
    (FOUNDS_PROGRAM, "leads"),
]
# the last: 'stayed out of', 'takes no part in', 'agreed to stay on', 'will fly an astronaut on' (modality.py)
ALL_CUES = CUES + MORE_CUES + NEGATED_CUES + TAKING_PART_CUES
CUE_PATTERNS = tuple(cue for cue, _ in ALL_CUES)  # for literals.which: the cues a sentence may hold, at once
ANY_CUE = re.compile("|".join(f"(?:{cue.pattern})" for cue, _ in ALL_CUES))
JOIN = re.compile(r"(?:re)?join")
# ', while it', ', and it', '; it': a subject pronoun opening a later clause of its sentence.
LATER_CLAUSE_PRONOUN = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|although|though|yet|so)|;)\s+(?:(?:then|now|also|later|since)\s+)?"
    r"(?:it|he|she|they)$"
)
# 'two countries outside the Union', 'three states outside NATO': a plural placed by a body it is not in (members26).
PLACED_PLURAL = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:countries|states|nations|members|agencies)\s+outside\s+(?:of\s+)?(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
)
# 'runs X as the first flight of', 'launched as part of': a complement saying what the object is.
AS_COMPLEMENT = re.compile(
    r"\bas\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:of|in|for|within)\s+(?:the\s+)?$"
)
# What a body flies is the phrase right after the verb: 'flew the H3 rocket', 'flew its first Example-1'.
FLOWN_OBJECT = re.compile(r"\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:new|first|next|last|own|[A-Z][\w-]*)\s+){0,2}")
DESCRIPTION_OPENING = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+[a-z]")
FOR_ANOTHER = re.compile(r"[^.;]{0,40}?\bfor\s+(?:the\s+)?[A-Z]")
# 'launched it for Examplia', '… on behalf of X', '… free of charge under an agreement with X': another's craft.
LAUNCHED_FOR_ANOTHER = re.compile(
    r"[^.;]{0,60}?\b(?:for\s+(?:the\s+)?[A-Z]|on\s+behalf\s+of\b|free\s+of\s+charge\b|"
    r"under\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|contract|deal|arrangement)s?\s+with\b)"
)
# ('build a rover for the station': the verb's own object only, right after it)
BUILT_DIRECT = re.compile(r"\s+(?:(?:the|its|their|a|an|own|new|national|first|second|[A-Z][\w-]*)\s+)*")
# ('build the station's modules': the station's part, not the station; 'plans to build', 'will build': a plan)
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
BUILD_IN_PLAN = re.compile(
    r"\b(?:will|would|shall|(?:plans?|planned|planning|intends?|aims?|hopes?|wants?|is|are|was|were)\s+to)\s+$|['’]ll\s+$"
)
# A possessive for the subject right before the object: 'launch its Example One rocket', 'send its own lander'.
# ('launched their own military satellite, Noor,': a described craft in apposition before its name)
OWN_OBJECT = re.compile(
    r"\s+(?:its|their)\s+(?:own\s+)?(?:(?:new|first|next|latest|second|third)\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:satellite|rocket|launcher|spacecraft|probe|lander|rover|orbiter|capsule|telescope|"
    r"station|module|craft),\s+)?"
)
# 'joined early talks with NASA on the Gateway': a noun with its own complement between the
# verb and a later name; the name is not the verb's object.
OTHER_OBJECT = re.compile(r"\b(?!(?:the|a|an|its|their)\b)[a-z]{3,}\s+(?:with|about|over|against|between|among)\b")


# 'Its main instrument, the ', 'Example-1's lander, ': a craft's part named in apposition after its possessive.
OWN_PART_NAMED = re.compile(
    r"(?:\b(?P<its>[Ii]ts)|['’]s)\s+(?:(?:main|chief|principal|primary|key|largest|only|first|second|third|other|"
    r"central|own|small|smaller|larger|science|scientific|imaging|robotic)\s+)*(?:instrument|payload|camera|"
    r"spectrometer|detector|experiment|lander|rover|orbiter|sub-?satellite|impactor|probe|module|helicopter)"
    r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?=[A-Z])"
)
# 'Example of ' right before a country: a name the country completes ('led by Example of Spain').
NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+of\s+(?:the\s+)?$")
# 'The launch was bought from ', 'the ride will be booked with ': a launch sold by the name after it.
LAUNCH_BOUGHT_FROM = re.compile(
    r"\b[Tt]he\s+(?:launch|ride|launch\s+service|launch\s+services)\s+(?:(?P<will>will\s+be|is\s+to\s+be)|was|were|"
    r"had\s+been|has\s+been|is|are)\s+(?:bought|purchased|procured|booked|contracted|ordered)\s+(?:from|with|through)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# ', not by B', ' rather than by B', ' and not B', ', instead of B': an agent set against the passive's own.
DENIED_AGENT = re.compile(
    r"\s*,?\s+(?:and\s+|but\s+)?(?:not|never|rather\s+than|instead\s+of)\s+(?:by\s+|through\s+)?(?:the\s+)?(?=[A-Z])"
)
# 'drafted by the ministry under Jane Doe': the leader the agent acts under; ', together with', 'jointly with': a
# second agent of the same act.
UNDER_LEADER = re.compile(r"\s+under\s+(?:(?:the|its|their)\s+)?(?:(?:[a-z]+|then-[a-z]+)\s+){0,2}?(?=[A-Z])")
JOINTLY_WITH = re.compile(r",?\s+(?:together|along|jointly|in\s+conjunction)\s+with\s+(?:the\s+)?")
# '… and was chaired by': a second predicate of the clause's subject, right before the participle.
SECOND_PREDICATE = re.compile(r"\band\s+(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been)\s+)(?:[a-z]+ly\s+)?$")
RENEWS = re.compile(r"renew|reauthori|re-?enact|amend")
# The words of a body answering to another ('reports to', 'accountable to'; not to a legislature: documents.py).
ANSWERS_TO = re.compile(r"\b(?:reports|answers|accountable|subordinate|authority|overseen|supervised)\b")
# 'an amendment to the', 'amendments of its': what comes after is the text amended, not the one proposed.
AMENDED_BEFORE = re.compile(r"\bamendments?\s+(?:to|of)\s+(?:the\s+|its\s+|their\s+)?$")
# Expressions the per-sentence code below asks many times (compiled once here, not looked up in re's cache).
POSSESSIVE_GAP = re.compile(r"['’]s\s+")
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
FUNCTION_WORD_AFTER = re.compile(
    r"\s+(?:in|on|at|of|for|to|from|with|by|and|or|but|that|which|was|were|is|are|has|had|have|will|would|as|since|"
    r"after|before|during|between|under)\b"
)
TO_BEFORE = lead_deep(re.compile(r"\bto\s+$"))  # the same matches, found faster (literals.lead_deep)
APOSTROPHE_S = re.compile(r"['’]s")
OPEN_PARENTHESIS_GAP = re.compile(r"\s*\(\s*")
CLOSING_PARENTHESIS = re.compile(r"^\s*\)")
SHORT_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")


# ', as France proposed,', ', when Japan joined,': a subordinate clause set off by commas inside the main one.
SUBORDINATE_ASIDE = re.compile(
    r",\s+(?:as|when|while|after|before|because|although|though|if|since|unless|once|until|whereas)\s[^,;:]{1,80},"
)


# The head of a facility's name that acts as a body: a laboratory, a research, flight or operations centre (not a
# launch site's 'Space Center', nor a museum or a station).
ACTING_UNIT = re.compile(
    r"\s(?:Laboratory|Laboratories|(?:Research|Flight|Operations|Control|Science|Intelligence|Data)\s+(?:Center|Centre)|"
    r"Institute)$"
)
ACTING_CLASSES = frozenset({"Agent"})


# 'the agency's ' right before a name: its owner named by its kind (programmes21).
BODY_NOUN_POSSESSIVE = re.compile(
    r"\b[Tt]he\s+(agency|administration|ministry|department|company|firm|corporation|organi[sz]ation)['’]s\s+$"
)


class SentenceView:
    """One sentence and its mentions, with the questions the rules ask of it:
    which mentions come before or after a position, which are joined by 'and'."""

    is_: Callable[[Found, str], bool]

    def __init__(self, linker: Linker, text: str, start: int, end: int, mentions: list[Found]) -> None:
        self.linker, self.text, self.start, self.end = linker, text, start, end
        self.is_ = linker.is_  # whether a mention is of a class (the linker's own method: no call in between)
        # 'managed by NASA's Example Research Center': a research centre or laboratory typed a facility acts as a
        # body does, in this sentence's relations (programmes21); the plain method stays where there is none.
        acting = {id(m) for m in mentions if ACTING_UNIT.search(text, m.start, m.end) and linker.is_(m, "Facility")}
        if acting:
            plain = linker.is_
            self.is_ = lambda m, cls: plain(m, cls) or (cls in ACTING_CLASSES and id(m) in acting)
        self.sentence = text[start:end]
        self.span = [start, end]
        # 'Roscosmos, which joined talks on the Gateway, has left that project': a document or program
        # anaphor stands for one named earlier in its own sentence before any named in the ones before.
        for index, mention in enumerate(mentions):
            if mention.rule != "anaphor" or not (linker.is_(mention, "Program") or linker.is_(mention, "Document")):
                continue
            kind = "Program" if linker.is_(mention, "Program") else "Document"
            inside = [m for m in mentions[:index] if m.rule != "anaphor" and linker.is_(m, kind)]
            if (
                inside
                and inside[-1].entity != mention.entity
                and PROGRAM_OR_DOCUMENT_ANAPHOR.match(text, mention.start)
            ):
                mentions[index] = dataclasses.replace(inside[-1], start=mention.start, end=mention.end, rule="anaphor")
        self.mentions = mentions
        self.history: list[Found] = []  # the text's mentions so far, for pronouns (set by :func:`relations`)
        self.guessed: set[str] | None = None  # new names typed only by a guess (see :meth:`craft`)
        self.salience: Salience | None = None  # the text's running salience, for pronouns (set by the pipeline)
        # 'Roscosmos' in 'Roscosmos Director General Dmitry Rogozin' qualifies the person; it does not act.
        self.modifiers = {id(m) for m, n in itertools.pairwise(mentions)
                          if linker.is_(n, "Person") and TITLE_BETWEEN.fullmatch(text, m.end, n.start)}  # fmt: skip
        # 'Russia's Roscosmos', 'Japan's science minister, Jane Doe': the possessor qualifies the name after it.
        self.modifiers |= {id(m) for m, n in itertools.pairwise(mentions)
                           if POSSESSIVE_GAP.fullmatch(text, m.end, n.start)
                           or (linker.is_(n, "Person") and ROLE_BETWEEN.fullmatch(text, m.end, n.start))}  # fmt: skip
        # 'France's space agency, CNES': the possessor of a noun in apposition to a name qualifies it; it does
        # not act (so 'ESA and France's space agency, CNES, drafted it' has two subjects; coordination, lists14).
        self.modifiers |= {id(m) for m, n in itertools.pairwise(mentions)
                           if linker.is_(n, "Agent") and POSSESSED_APPOSITION.fullmatch(text, m.end, n.start)}  # fmt: skip
        # 'a Chinese rocket', 'an American company': a name after an indefinite article qualifies a noun.
        self.modifiers |= {
            id(m)
            for m in mentions
            if text[m.start : m.start + 1].isupper()
            and INDEFINITE_BEFORE.search(text[max(start, m.start - 4) : m.start])
            and LOWER_WORD_AFTER.match(text[m.end : m.end + 2])
            # ('signed a Technology Safeguards Agreement in 2019': a document's name before a preposition is the
            # object itself, no modifier of a noun; relations12)
            and not (linker.is_(m, "Document") and FUNCTION_WORD_AFTER.match(text, m.end))
        }
        # 'a Japanese H-IIA rocket launched it', 'the Russian Soyuz capsule': a country's adjective right before the
        # name of what is not an agent qualifies that name; it does not act (lead17).
        self.modifiers |= {id(m) for m, n in itertools.pairwise(mentions)
                           if n.start == m.end + 1 and text[m.end] == " " and not linker.is_(n, "Agent")
                           and linker.is_(m, "Country") and linker.nationality(text[m.start : m.end])}  # fmt: skip
        # 'the Tokyo-based company': a place inside a compound adjective qualifies a noun ('US-led' still leads).
        self.modifiers |= {id(m) for m in mentions if BASED.match(text, m.end)}
        qualifying, described = nationality_modifiers(linker, text, mentions)  # 'the French space agency CNES'
        self.modifiers |= qualifying
        self.modifier_spans = [
            (m.start, m.end) for m in mentions if id(m) in self.modifiers and id(m) not in qualifying
        ]
        self.modifier_spans += described

    def craft(self, mention: Found) -> bool:
        """A program or mission, or a new name only guessed to be an organization
        (a bare acronym such as 'NISAR'): what is built or launched is a craft."""
        if self.is_(mention, "Program"):
            return True
        if self.guessed is None:
            self.guessed = {m.entity for m in self.history + self.mentions
                            if m.new and m.type == "Organization" and m.rule in GUESSED}  # fmt: skip
        return mention.entity in self.guessed

    def takes(self, mention: Found, range_: str) -> bool:
        """Whether a mention fits a relation's object: one takes part in or runs a station as a program."""
        return self.is_(mention, range_) or (range_ == "Program" and self.is_(mention, "Station"))

    def company(self, mention: Found) -> bool:
        """An organization that is no agency, government or international body, nor an institute,
        centre, laboratory or university by its name: a company."""
        if not self.is_(mention, "Organization") or any(self.is_(mention, c) for c in NOT_COMPANIES):
            return False
        known = self.linker.entities.get(mention.entity)
        names = (self.text[mention.start : mention.end], mention.label, known.label if known is not None else "")
        return not any(NOT_A_COMPANY.search(name) for name in names if name)

    def before(self, pos: int) -> list[Found]:
        return [m for m in self.mentions if m.end <= self.start + pos and id(m) not in self.modifiers]

    def after(self, pos: int) -> list[Found]:
        return [m for m in self.mentions if m.start >= self.start + pos and id(m) not in self.modifiers]

    def group(self, items: list[Found], last: bool) -> list[Found]:
        return group(self.text, items, last, self.modifier_spans)

    def between_rivals(self, offset: int) -> bool:
        """The pronoun at ``offset`` (in the text) could stand for either of two names listed as equals in the
        sentence before (the salience tracker's ``ambiguous``; coref26): it stands for neither."""
        return self.salience is not None and offset in self.salience.ambiguous

    def clause_subject(self, pos: int, domain: str) -> list[Found]:
        """'ESA signed an agreement with NASA to take part in …': an
        infinitive's subject is the sentence's subject, not the nearest name.
        'Jane Doe, president of the agency CNES, signed': the subject is
        before the apposition or relative clause between commas."""
        dateline = DATELINE.match(self.sentence)
        counted = counted_subject(self, pos, domain)
        if counted is not None:
            return counted  # ('The two countries plan to join X': the counted plural, right before the verb group)
        if TO_BEFORE.search(self.sentence[:pos]):
            # 'OSLO (Wire) - Norway became the 41st country to sign': a dateline is no subject.
            # 'After the Soviet Union broke up, the United States looked for ways to work with': not in the intro.
            intro = SUBORDINATE_INTRO.match(self.sentence)
            floor = self.start + (intro.end() if intro and intro.end() <= pos else 0)
            agents = [m for m in self.before(pos) if self.is_(m, domain) and m.start >= floor
                      and not (dateline and m.start < self.start + dateline.end())]  # fmt: skip
            # '…, as France proposed, ESA would not need to buy …': a subordinate clause between commas holds
            # no subject of the main clause's infinitive
            asides = [
                (self.start + a.start(), self.start + a.end())
                for a in SUBORDINATE_ASIDE.finditer(self.sentence, 0, pos)
            ]
            agents = [m for m in agents if not any(low < m.start and m.end < high for low, high in asides)]
            # 'Jane Doe said that Canada had no plans to join': the infinitive's clause starts after 'that'.
            opens = [m.end() for m in INFINITIVE_CLAUSE.finditer(self.sentence, 0, pos)]
            inner = [m for m in agents if opens and m.start >= self.start + opens[-1]]
            return self.group(inner or agents, False)
        adverbial = ADVERBIAL_ING.search(self.sentence, max(0, pos - 20), pos) if "ing" in self.sentence else None
        if adverbial is not None and ING_FORM.match(self.sentence, pos):
            return self.main_subject(adverbial.start(), domain)
        pronoun = PRONOUN_SUBJECT.search(self.sentence, 0, pos)
        if pronoun:
            # '…, and on Friday it signed': a pronoun right before the verb is its subject, not an earlier name.
            classes = tuple(c for c in PRONOUN_CLASSES[pronoun.group(1).lower()] if domain != "Agent" or c != "Program")
            together = OPENING_TOGETHER.match(self.sentence)
            history = self.history
            adverbial = ADVERBIAL_PRONOUN.match(self.sentence)
            if together or (adverbial is not None and adverbial.end() == pronoun.start()):
                # 'Together with Sweden, it funds …': 'it' is not the co-agent; 'In the CD it rejected …': nor a
                # name inside the opening adverbial.
                history = [m for m in history if not self.start <= m.start < self.start + pronoun.start()]
            # '…, after A and B, to orbit a person when it launched': 'it' is not in the comparison
            history = without_comparisons(self, history)
            target = antecedent(self.linker, classes, history, self.start + pronoun.start())
            referring = [m for m in self.mentions if m.start == self.start + pronoun.start(1)]
            target = referring[0] if referring else target
            if not referring and self.between_rivals(self.start + pronoun.start(1)):
                return []  # ('Jane Doe and John Roe joined X. She later led Y': either of the two, not the nearest)
            salient = self.salience.resolved.get(self.start + pronoun.start(1)) if self.salience is not None else None
            if (not referring and salient is not None and target is not None and salient.entity != target.entity
                    and any(self.is_(salient, c) for c in classes) and REPORTED_PRONOUN.search(self.sentence, 0,
                                                                                             pronoun.end(1))):  # fmt: skip
                # 'Peru launched … on a French rocket. The government said that it would join X': the pronoun of a
                # reported clause is what the text is about (salience.py), not the adjective named nearest
                # (speakers23)
                target = salient
            later = LATER_CLAUSE_PRONOUN.search(self.sentence, 0, pronoun.end(1)) if not referring else None
            if later is not None and self.salience is not None:
                # 'The UK, although it remains a member of ESA, no longer takes part in X, while it has rejoined Y':
                # the subject pronoun of a later clause stands for its sentence's subject, not the name nearest it
                main = self.salience.referent(pronoun.group(1), self.start + pronoun.start(1), opening=False)
                if main is not None and main.start >= self.start and any(self.is_(main, c) for c in classes):
                    target = main
            if (
                target is not None
                and not referring
                and target.end <= self.start + pronoun.start(1)
                and (OBJECT_HIM if pronoun.group(1).lower() == "he" else OBJECT_HER).search(
                    self.text, max(target.end, self.start), self.start + pronoun.start(1)
                )
                if pronoun.group(1).lower() in ("he", "she")
                else False
            ):
                # 'President X made him minister, and in that post he signed Y': the person the clause before
                # took as its object is the later clause's 'he', not that clause's subject (precision25)
                return []
            if (
                target is not None
                and pronoun.group(1) in ("It", "it")
                and coordinated_rival(self.linker, "it", target, history, self.text)
            ):
                return []  # 'Japan and India signed the deal. It later joined X': either (precision23)
            if (
                pronoun.start(1) == 0
                and pronoun.group(1) == "It"
                and not referring
                and self.salience is not None
                and self.salience.after_unnamed_subject()
            ):
                return []  # 'The site was founded in 1957 …. It launched …': the site, no name (salience.py)
            if target is not None and pronoun.start(1) == 0 and self.subject_unfit(classes, target):
                return []  # 'X Cosmodrome is a spaceport in Russia. It launched …': the cosmodrome, not Russia
            if domain == "Program" and (target is None or not self.is_(target, domain)):
                # 'It was launched on a SpaceX rocket': what is launched or flown is a craft, the one named last.
                craft = antecedent(self.linker, ("Program",), history, self.start + pronoun.start())
                target = craft if craft is not None and craft.start >= self.start - CRAFT_REACH else target
            return [target] if target is not None and self.is_(target, domain) else []
        whose = WHOSE_SUBJECT.search(self.sentence, 0, pos)
        if whose is not None and whose.end() == pos:
            return self.whose_subject(whose, domain)
        heads = self.relative_subject(pos, domain)
        if heads is not None:
            return heads
        heads = self.coordinated_subject(pos, domain)
        if heads is not None:
            return heads
        verb_at, pos = pos, skip_parenthesis(self.sentence, pos)
        # 'Twelve countries, including Norway and Chile, have ratified it': the list names the subjects.
        listing = LISTED_SUBJECT.match(self.sentence, pos) if pos < verb_at else None
        if listing and PLURAL_NOUN.search(self.sentence, 0, pos):
            listed = self.group([m for m in self.after(listing.end()) if self.is_(m, domain)], False)
            if listed and listed[0].start == self.start + listing.end() and listed[-1].end <= self.start + verb_at:
                return listed
        # 'After Russia invaded Ukraine, ESA declined …': the subordinate clause's names are not the subject.
        intro = SUBORDINATE_INTRO.match(self.sentence)
        floor = self.start + intro.end() if intro and intro.end() <= pos else self.start
        floor = max(floor, self.start + dateline.end()) if dateline and dateline.end() <= pos else floor
        # '…, calling the accords too centred on the United States, and China has not signed': a clause
        # joined by ', and' after a clause with its own verb has its own subject.
        joins = [m for m in CLAUSE_JOIN.finditer(self.sentence, 0, pos) if self.start + m.start() > floor]
        if joins and FINITE_VERB.search(self.sentence, floor - self.start, joins[-1].start()):
            floor = self.start + joins[-1].end()
        if (where := WHERE_CLAUSE.search(self.sentence, 0, pos)) is not None:
            floor = max(floor, self.start + where.end())  # 'X, a senator from Y, where Z manages W': Z's clause
        if "sa" in self.sentence or "to" in self.sentence:
            reported = [m for m in REPORTED_NOUN_SUBJECT.finditer(self.sentence, 0, pos) if m.end() <= pos]
            if reported:
                # 'Its director, Jane Doe, said the agency would join X': the reported clause has a subject of its
                # own, a noun phrase; the speaker before the verb of saying is not it (lead22)
                floor = max(floor, self.start + reported[-1].end())
        # 'The Accords, drafted by NASA and signed by eight states, now have fifty signatories': the agents of a
        # participle phrase between commas are no subject of the main verb.
        asides = [
            (self.start + a.start(), self.start + a.end()) for a in PARTICIPLE_ASIDE.finditer(self.sentence, 0, pos)
        ]
        # 'The UK, which left the EU in 2020, remains a member of ESA': a relative clause closed before the verb
        # holds none of its subjects (it is about the name it hangs on; precision23)
        asides += [
            (self.start + a.start(), self.start + a.end()) for a in RELATIVE_ASIDE.finditer(self.sentence, 0, pos)
        ]
        asides += [
            (self.start + a.start(), self.start + a.end())
            # (up to the verb, not to the parenthesis skipped before it: the clause's last stretch is one)
            for a in (WHOSE_ASIDE.finditer(self.sentence, 0, verb_at) if "whose" in self.sentence else ())
        ]
        # 'NASA is barred by Congress from working with China': the passive's agent is no subject of the gerund.
        found = self.group([m for m in self.before(pos) if self.is_(m, domain) and m.start >= floor
                            and not self.agent_of_prohibition(m, pos)
                            and not any(low < m.start and m.end < high for low, high in asides)], True)  # fmt: skip
        # ('Besides the member states, two countries outside the Union take part in X: A and B': a name after
        # 'outside' only places the plural subject, which the colon's list names; members26)
        found = [m for m in found if not OUTSIDE_BEFORE.search(self.text, max(0, m.start - 20), m.start)]
        if not found and ":" in self.sentence:
            return colon_listed_subject(self, pos, domain)
        found = self.of_head(found, domain)
        # 'Unlike India, Japan signed': the contrasted name is not a subject.
        found = [m for m in found if not EXCLUDED.search(self.text, max(self.start, m.start - 24), m.start)]
        # ('Example University in Examplia built a detector': the university, not the country it is in; coref25)
        return [self.placed(m, domain) for m in found]

    def placed(self, mention: Found, domain: str) -> Found:
        """The body of the domain right before 'in' and the mention ('Example University in Examplia': the
        university), else the mention."""
        return next((o for o in self.mentions if o.end < mention.start and self.is_(o, domain)
                     and self.is_(o, "Organization") and PLACE_BETWEEN.fullmatch(self.text, o.end, mention.start)),
                    mention)  # fmt: skip

    def subject_unfit(self, classes: tuple[str, ...], target: Found) -> bool:
        """Whether 'It' opening this sentence goes on with the name opening the sentence before, a thing that
        'it' may stand for but no body, country or programme ('Example Cosmodrome is a spaceport in northern
        Russia. It launched its first satellite in 1966': the cosmodrome launched it, not Russia, the nearest
        name that fits; precision23)."""
        before = sentence_start(self.text, self.start)
        if before >= self.start:
            return False
        first = next((m for m in self.history if before <= m.start < self.start), None)
        return (
            first is not None
            and first.entity != target.entity
            and OPENING_THE.fullmatch(self.text, before, first.start) is not None
            and any(self.is_(first, c) for c in UNFIT_FOR_IT)
            and not any(self.is_(first, c) for c in classes)
        )

    def whose_subject(self, whose: re.Match[str], domain: str) -> list[Found]:
        """'Jane Doe, whose company built X, …', 'NASA, whose administrator signed': the possessed noun
        is the verb's subject, not the name the clause hangs on. A government is the country a possessive
        names in the phrase before ('Brazil's former president, Jair Bolsonaro, whose government signed');
        anything else names no one."""
        if whose.group("noun") not in ("government", "administration", "cabinet"):
            return []
        opening = max(self.sentence.rfind(mark, 0, whose.start()) for mark in (";", ":", "(", "“", '"'))
        owners = [m for m in self.mentions if self.start + opening < m.start and m.end <= self.start + whose.start()
                  and self.is_(m, "Country") and self.is_(m, domain)
                  and POSSESSIVE_AFTER.match(self.text, m.end)]  # fmt: skip
        return owners[-1:]

    def main_subject(self, pos: int, domain: str) -> list[Found]:
        """'Jane Doe worked for NASA before joining ESA', 'It signed the Accords
        after leaving the ILRS': an adverbial participle's subject is its main
        clause's, the names (or the pronoun) opening it, not the nearest name."""
        intro = SUBORDINATE_INTRO.match(self.sentence)
        floor = intro.end() if intro and intro.end() <= pos else 0
        pronoun = OPENING_PRONOUN.match(self.sentence, floor)
        if pronoun:
            classes = PRONOUN_CLASSES[pronoun.group(1).lower()]
            target = antecedent(self.linker, classes, self.history, self.start + pronoun.start(1))
            referring = [m for m in self.mentions if m.start == self.start + pronoun.start(1)]
            target = referring[0] if referring else target
            if not referring and self.between_rivals(self.start + pronoun.start(1)):
                return []  # ('Jane Doe and John Roe joined X. She later led Y': either of the two, not the nearest)
            return [target] if target is not None and self.is_(target, domain) else []
        first = [m for m in self.after(floor) if m.start < self.start + pos]
        if not first or not re.fullmatch(r"\s*(?:(?:the|The)\s+)?", self.text[self.start + floor : first[0].start]):
            return []
        return [m for m in self.group(first, False) if self.is_(m, domain)]

    def of_head(self, found: list[Found], domain: str) -> list[Found]:
        """'The Example Agency of Examplia launched X': the subject is the body
        before 'of', not the country completing its name."""
        if (
            len(found) != 1
            or " of " not in self.sentence
            or not (self.is_(found[0], "Country") or self.is_(found[0], "Organization"))
        ):
            return found  # ('Deputies of the Workers' Party voted': not a body of a country)
        # ('The Office for Example Affairs of the United Nations is based in Vienna': the office, not the UN, a body
        # completing another's name as a country does; precision23)
        of = OF_BEFORE.search(self.text, max(self.start, found[0].start - 26), found[0].start)
        head = next((m for m in self.mentions if of and m.end == of.start() and id(m) not in self.modifiers), None)
        if (
            head is None
            or not self.is_(head, domain)
            or not self.is_(head, "Organization")
            or self.is_(head, "Country")
        ):
            return found
        return [head]

    def relative_subject(self, pos: int, domain: str) -> list[Found] | None:
        """'UNOOSA, which serves COPUOS and is based in Vienna': inside a relative
        clause whose pronoun is its subject, every verb's subject is the name the
        clause hangs on (the first verb's, and those joined to it by 'and'), not
        the nearest name. None when ``pos`` is not inside such a clause."""
        # (searched up to the verb itself: ', which runs' looks ahead at the verb's first letter)
        opened = [m for m in SUBJECT_RELATIVE.finditer(self.sentence, 0, pos + 1) if m.end() <= pos]
        opened += (
            [m for m in APPOSED_RELATIVE.finditer(self.sentence, 0, pos + 1) if m.end() <= pos]
            if "," in self.sentence
            else []
        )
        if not opened:
            return None
        relative = max(opened, key=lambda m: m.end())
        inside = self.sentence[relative.end() : pos]
        if re.search(r"[,;:(]|\s[–—]\s", inside):
            return None  # the relative clause closed before the verb
        named = [m for m in self.mentions if relative.end() + self.start <= m.start < self.start + pos]
        if named and not COORDINATED_VERB.search(inside):
            return None  # 'which ran the mission that NASA leads': another clause's verb
        head = [m for m in self.before(relative.start()) if self.is_(m, domain)
                and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", self.text[m.end : self.start + relative.start()])]  # fmt: skip
        if not head and domain == "Person":
            # ('A, an officer of the Example air force, who flew to …': the person the apposition describes; people20)
            head = [m for m in self.before(relative.start()) if self.is_(m, "Person")
                    and PERSON_APPOSITION.fullmatch(self.text, m.end, self.start + relative.start())][-1:]  # fmt: skip
        if not head:
            return None
        if not self.is_(head[-1], "Person") and WHO.search(self.sentence, relative.start(), relative.end()):
            # 'Senator A of Florida, the committee's ranking Democrat, who had flown on X', 'A of Example Corp, who
            # flew': 'who' is the person the complement and the apposition describe, not the party or the body
            # named in them (people23)
            person = [m for m in self.before(relative.start()) if self.is_(m, "Person")
                      and WHO_HEAD_GAP.fullmatch(self.text, m.end, self.start + relative.start())][-1:]  # fmt: skip
            if person:
                return person if self.is_(person[0], domain) else []
        before = [m for m in self.before(relative.start()) if self.is_(m, domain)]
        if self.is_(head[-1], "Country"):
            # 'Example Corp, a start-up based in Munich, Germany, which develops X': the place closes the
            # apposition; the relative clause is about the name the apposition describes (relations12)
            owner = next((m for m in reversed(before) if m.end <= head[-1].start
                          and PLACED_APPOSITION.fullmatch(self.text, m.end, head[-1].start)), None)  # fmt: skip
            if owner is not None:
                return [owner]
        heads = self.group(before[: before.index(head[-1]) + 1], True)
        if len(heads) > 1 and relative.re is SUBJECT_RELATIVE and SINGULAR_VERB.match(self.sentence, relative.end()):
            # 'Egypt works with NASA and China, which leads the ILRS': a verb in the singular agrees with the last
            # name only, not with the list the clause follows (precision23)
            return [max(heads, key=lambda m: m.start)]
        return heads

    def coordinated_subject(self, pos: int, domain: str) -> list[Found] | None:
        """'Peru works with NATO but has not joined it': a verb joined to an
        earlier one by 'and'/'but' without a subject of its own shares that
        verb's subject, the names opening the clause. None when the verb at
        ``pos`` is not such a verb."""
        conjunction = COORDINATED_VERB.search(self.sentence, 0, pos)
        if conjunction is None or re.search(r"[;:]\s*$", self.sentence[: conjunction.start()]):
            return None
        if re.search(r",\s*$", self.sentence[: conjunction.start()]) and not SUBJECTLESS_AFTER_COMMA.match(
            self.sentence, conjunction.start()
        ):
            return None  # '…, and China signed': a clause of its own; '…, and has since signed': the same subject
        opens = [m.end() for m in CLAUSE_OPENING.finditer(self.sentence, 0, conjunction.start())]
        intro = SUBORDINATE_INTRO.match(self.sentence)
        floor = max(opens[-1] if opens else 0, intro.end() if intro and intro.end() <= conjunction.start() else 0)
        first = [m for m in self.after(floor) if m.start < self.start + conjunction.start()]
        if not first or not re.fullmatch(r"\s*(?:(?:the|The)\s+)?", self.text[self.start + floor : first[0].start]):
            # 'Examplova joined the Central Committee and sat in the Duma': the clause opens with no name found
            # (a word not known as one); the first verb's object is still no subject of the second (lead17).
            if first and VERB_BEFORE_OBJECT.search(self.text, self.start + floor, first[0].start):
                return []
            return None
        heads = self.group(first, False)
        return [m for m in heads if self.is_(m, domain)] or []

    def relative_object(self, pos: int, range_: str) -> Found | None:
        """'the Accords, which more than thirty countries had signed': the
        mention a relative clause ending at ``pos`` is about, if of ``range_``."""
        matches = list(scan(RELATIVE_CLAUSE, self.sentence[:pos]))
        match = matches[-1] if matches else None
        contact = CONTACT_CLAUSE.search(self.sentence, 0, pos) if "," in self.sentence else None
        if contact is not None and (match is None or match.end() <= contact.start()):
            # 'Example-1, the spacecraft it built and operates': a relative clause without its pronoun on an
            # apposition is about the name before the apposition.
            head = [m for m in self.before(contact.start()) if m.end == self.start + contact.start()]
            return head[-1] if head and self.takes(head[-1], range_) else None
        if match is None or re.search(r"[;]", self.sentence[match.end() : pos]):
            return None
        # 'the BRICS group, to which', 'the Act, 2024, which': a common noun or a year may follow the name.
        head = [m for m in self.before(match.start())
                if RELATIVE_HEAD_GAP.fullmatch(self.text, m.end, self.start + match.start())]  # fmt: skip
        if head and self.takes(self.located(head[-1]), range_):
            return self.located(head[-1])
        # 'the Artemis Accords, the principles for exploring the Moon that NASA drew up': the
        # relative clause is about the apposition, which stands for the name before it.
        apposed = [self.located(m) for m in self.before(match.start())
                   if APPOSED.fullmatch(self.text, m.end, self.start + match.start())]  # fmt: skip
        apposed = [m for m in apposed if self.takes(m, range_)]
        return apposed[-1] if apposed else None

    def located(self, mention: Found) -> Found:
        """The site a place after 'in'/'near' locates ('the Example Centre in Exampleton, which CNES runs': the
        centre), else ``mention`` itself."""
        if not self.is_(mention, "Place") or self.is_(mention, "Facility") or self.is_(mention, "MilitaryBase"):
            return mention
        site = [m for m in self.before(mention.start - self.start)
                if LOCATED_IN.fullmatch(self.text, m.end, mention.start)]  # fmt: skip
        return site[-1] if site and not self.is_(site[-1], "Place") else mention

    def listed(self, pos: int, domain: str) -> list[Found]:
        """The list after 'among them', 'including', 'such as' following ``pos``."""
        intro = LIST_INTRO.search(self.sentence, pos)
        if intro is None:
            return []
        first = [m for m in self.after(intro.end()) if self.is_(m, domain)]
        if not first or first[0].start > self.start + intro.end() + 12:
            return []
        return self.group(first, False)

    def clause_end(self, pos: int) -> int:
        """Where the clause that goes on at ``pos`` ends (a sentence offset)."""
        match = CLAUSE_END.search(self.sentence, pos)
        return match.start() if match else len(self.sentence)

    def program_after(self, pos: int) -> Found | None:
        """'… with NASA on the Gateway', '… in the Artemis program': the program the clause is about."""
        rest = self.sentence[pos:]
        cut = re.search(r"[,;.]|\band\b(?!\s+the\s+\w+\s+(?:program|mission))", rest)
        limit = self.start + pos + (cut.start() if cut else len(rest))
        for m in self.after(pos):
            if m.start >= limit:
                break
            if self.is_(m, "Program") and re.search(
                r"\b(?:on|in|for)\s+(?:the\s+|its\s+)?$", self.text[self.start + pos : m.start]
            ):
                return m
        return None

    def agent_of_prohibition(self, mention: Found, pos: int) -> bool:
        """True for 'Congress' in 'NASA is barred by Congress from working with': the agent of a passive verb
        of forbidding, whose subject is the one kept from the verb at ``pos`` (claims12)."""
        return bool(
            PROHIBITION_BY.search(self.text, max(self.start, mention.start - 40), mention.start)
            and FROM_BEFORE_VERB.fullmatch(self.text, mention.end, self.start + pos)
        )

    def own_clause(self, subject: Found, pos: int) -> bool:
        """False when a relative clause whose subject is not this mention
        comes between ('… a guide for partners who want to join …')."""
        gap = self.text[subject.end : self.start + pos]
        relative = re.search(r"\b(?:who|whom|whose|which|that)\b", gap)
        pronoun = PRONOUN_SUBJECT.search(gap) if relative is not None else None
        if relative is not None and pronoun is not None and pronoun.start() >= relative.end():
            # 'India said that it would join X': 'that' opens a clause whose pronoun subject (what clause_subject
            # resolved) is right before the verb, not a relative clause about another name (claims12).
            return True
        whose = WHOSE_SUBJECT.search(gap)
        if whose is not None and whose.end() == len(gap) and POSSESSIVE_AFTER.match(gap):
            return True  # 'Brazil's president, X, whose government signed': the country of whose_subject
        # 'Finland and Sweden, which …': the other names of a coordinated subject may come first;
        # 'Example Corp, the company that …': an apposition may.
        return relative is None or bool(
            re.fullmatch(r"(?:[\s,()]|\b(?:and|or|the)\b|\b[A-Z][\w’'.-]*)*", gap[: relative.start()])
            or APPOSITION_BEFORE_RELATIVE.fullmatch(gap, 0, relative.start())
            or PLACED_APPOSITION_THEN_COUNTRY.fullmatch(gap, 0, relative.start())
            or (relative.group(0) in ("that", "who") and PREDICATE_HEAD.fullmatch(gap, 0, relative.start()))
            # ('A, an officer of the Example air force, who flew': an apposition set off by commas; people20)
            or (relative.group(0) == "who" and PERSON_APPOSITION_CLOSED.fullmatch(gap, 0, relative.start()))
            # ('A of Florida, the committee's ranking Democrat, who had flown'; people23)
            or (
                relative.group(0) == "who"
                and self.is_(subject, "Person")
                and WHO_HEAD_GAP_CLOSED.fullmatch(gap, 0, relative.start()) is not None
            )
        )


# A pronoun subject right after a verb of saying and its 'that': 'said that it', 'announced it'.
REPORTED_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+[\w\s]{1,30}?|announced|announces|stated|declared|insisted|added|confirmed|explained|"
    r"noted|argued|warned|pledged|promised|vowed)\s+(?:that\s+)?(?:it|they)$"
)
# 'is barred by', 'were prevented by the': a passive verb of forbidding and its agent ('… from working with').
PROHIBITION_BY = re.compile(
    r"\b(?:barred|banned|prevented|prohibited|forbidden|blocked|stopped|kept|excluded|restricted)\s+by\s+(?:the\s+)?$"
)
FROM_BEFORE_VERB = re.compile(r"[^,;:.]{0,60}?\bfrom\s+")
# 'helped to build', 'helps NASA build': the helper is no builder.
HELPED_TO = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:[\w-]+\s+)?(?:to\s+)?$")
# A parenthesis before a verb: ', president of the agency CNES,' ', which ran the mission,'.
PARENTHESIS = re.compile(
    r",\s*(?:the|a|an|its|their|his|her|who|which|whose|now|then|once|[a-z]+|[A-Z][\w’'-]*['’]s)\b[^,;]{0,100},\s*$"
)
# 'signed on 13 October', 'had signed, among them', 'signed in 2020': a signing with its object left out.
BARE_SIGN = re.compile(
    r"(?<=sign|gned|join|ined|fied|name|ames|ture|ures|tory|ries|arty|ties|eded|ribe|ibed|ibes)(?:\s*(?:[,.;]|$)|\s+(?:on|in|at|during|last|earlier|later|but|"
    r"this|since|before|after|too|either|yet|as\s+well|first|already|so\s+far|the\s+(?:same|following|next)\s+(?:day|week|month|year)|"
    # ('signed that year', 'joined a month later', 'followed two years later', 'signed shortly after')
    r"that\s+(?:day|week|month|year|spring|summer|autumn|fall|winter)|(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:later|after)|(?:days|weeks|months|years)\s+later|shortly|soon|"
    # ('would join if it met the standards', 'will sign once parliament agrees': a condition or a time after it)
    r"if|unless|once|when|provided)\b|"
    # ('A and B signed for their governments': those who sign for a party sign the text in focus; documents18)
    r"\s+for\s+(?:their|his|her|its|the\s+two|both)\s+(?:governments?|countries|country|states?|nations?|sides?|"
    r"agenc(?:y|ies)|compan(?:y|ies)|ministr(?:y|ies))\b)"
)
# 'invited India to', 'urged the agency to', 'wants Japan to': the infinitive is someone else's request.
REQUEST_INFINITIVE = re.compile(
    r"\b(?:ask|urg|invit|call(?:ed|s|ing)?\s+on|encourag|press|push|persuad|want|lobb|pressur|allow|permit|enabl|"
    # 'NASA awarded SpaceX a contract to build', 'picked Example Corp to develop': the chosen one is to do it.
    r"award|pick|chose|choos|select|hire|hiring|tasked|tasks|contract(?=ed|s\b)|"
    # 'It is time for India to join': an exhortation, not a fact ('It is high time for the agency to work with')
    r"it\s+is\s+(?:(?:high|about|now|past)\s+)?time\s+for)\w*"
    # ('selected Example Corp to design and build': coordinated infinitives)
    # ('picked Example Corp, a Houston company, to fly': one apposition on the chosen one; lead17)
    # ('India chose not to join X': its own choice against, no one chosen; speakers23)
    r"\s+(?!to\b|not\s+to\b|never\s+to\b)[^,;.]{1,60}?(?:,[^,;.]{1,40},)?\s+to\s+(?:[a-z]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
REQUEST_INFINITIVE = lead(REQUEST_INFINITIVE)  # the same matches, found faster (literals.lead)
# 'the first Russian to fly', 'an American aboard': a nationality noun for a person (not 'the first Japan-built')
NATIONAL_PERSON = re.compile(
    r"\b(?:(?:the|a)\s+(?:first|second|third|fourth|fifth|last|only|next|youngest|oldest)|an?|another)\s+$",
    re.IGNORECASE,
)
# 'Russian space agency', 'Japanese company', 'Chinese engineers': a nationality before the noun that acts
# 'Example Agency, which launched it, …': a relative clause on a body launching the craft named before.
WHICH_BEFORE = re.compile(r",\s+(?:which|that)\s+(?:(?:had|has|also|first)\s+)*$")
IT_AFTER = re.compile(r"\s+it\b")
NATIONAL_BODY_AFTER = re.compile(
    # ('the French-Italian manufacturer': a compound of nationalities before the noun; makers17)
    # (the words between are adjectives, no verb and article: 'Ireland left the consortium' is the country; members26)
    r"(?:[-–/][A-Z][a-z]+)*\s+(?:(?!(?:the|a|an|its|their)\s)[a-z-]+\s+){0,2}?(?:agency|company|firm|start-?up|operator|"
    r"contractor|manufacturer|institute|university|"
    # (not astronauts: 'a second Canadian astronaut will fly to the station' is the country's part, by the guidelines)
    r"engineers|scientists|researchers|team|consortium)\b"
)
# 'Nelson's agency has worked with X', 'Japan's space agency signed …', 'a deal with Italy's largest company': the
# body the possessive names acts or is the partner, not its owner (precision20; a name after the possessive is
# another matter: 'NASA's Jane Doe').
POSSESSED_BODY_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:agency|company|firm|start-?up|institute|"
    # (not when a name follows the noun: 'Boeing's subsidiary Millennium Space Systems' relates the two)
    r"university|consortium|academy)\b(?!\s*(?:['’]s|of)\b|\s*,?\s+(?:the\s+)?[A-Z])"
)
NOT_A_NAME_AFTER = re.compile(r"(?=\s+(?:to|who|aboard|on|in|at|from|,)\b|\s*,)")
# 'an agreement that lets Russian cosmonauts fly on American craft (and American astronauts fly on X)': a bare
# infinitive after 'let' is a permission, not a flight (relations15).
LET_INFINITIVE = re.compile(r"\b(?:let|lets|letting)\s+(?!(?:it|us|me)\b)[^,;.:]{1,90}?\s+$", re.IGNORECASE)
# 'bars NASA from bilateral work with', 'prevents the agency from any cooperation with': a noun cue after a
# prohibition and its adjectives ('from' right before a verb is modality.py's PROHIBITED).
BARRED_FROM = re.compile(
    r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent\w*|prohibit\w*|forbid\w*|forbade)\b[^,;.]{0,60}\bfrom\s+"
    r"(?:(?:any|all|most|bilateral|direct|further|formal|official|joint|such|closer|deeper|new)\s+)+$",
    re.IGNORECASE,
)
# An attempt or a search whose success the clause does not state (modality.py reads 'seeks to', 'plans to').
ATTEMPTED = re.compile(
    r"\b(?:sought|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|look(?:s|ed|ing)?\s+for\s+(?:ways|a\s+way)|"
    r"search(?:es|ed|ing)?\s+for\s+(?:ways|a\s+way)|strove|striv(?:e|es|ing)|struggl(?:e|es|ed|ing))\s+to\s+$"
)
OWNED_BEFORE = re.compile(r"(?:['’]s?|\b[Ii]ts|\b[Tt]heir)\s+(?:(?:new|main|own|central|global)\s+)?$")
# 'JAXA, Japan's agency, signed a memorandum with NASA': a noun cue's subject is its verb's.
NOUN_CUE_VERB = re.compile(
    r"\b(?:signed|signs|sign|struck|strikes|reached|reaches|concluded|concludes|made|makes|entered\s+into|forged|"
    r"renewed|extended|has|have|had)\s+(?:a|an|the|its|their|his|her|new|own|first|\s)*[^,;.]{0,40}?$"
)
# 'approved the agreement with', 'debates a deal with': a body weighing an agreement is no party to it.
NOT_A_PARTY = re.compile(
    r"\b(?:approv|ratif|endors|debat|discuss|criticiz|criticis|reject|review|block|oppos|welcom|scrutini[sz]|vot)\w*\s+"
    r"(?:(?:the|a|an|its|their|on)\s+)?(?:[\w-]+\s+){0,4}$"
)
# What a noun of cooperation is about, before the first name after it ('cooperation in Galileo', 'partnership on
# the lunar rover with X'): the names there are its field.
FIELD_OF_COOPERATION = re.compile(
    r"\s+(?:in|on|over|for|of|about|regarding|concerning)\b(?![^,;]*\b(?:with|between)\b)"
)
# A share of what the verb's object names ('Europe's part of', 'the European side of', 'its share of the'), right
# before the object.
PART_OF_OBJECT = re.compile(
    r"\b(?:part|parts|share|shares|side|portion|segment|section|element|elements|contribution)\s+(?:of|in|to)\s+"
    r"(?:the\s+)?$"
)
# A noun naming a part of what follows it ('the first module of the', 'a section of', 'its upper stage of'): the
# name after it is the whole, not what the clause is about.
PART_HEAD_BEFORE = re.compile(
    r"\b(?:module|modules|part|parts|section|segment|element|stage|component|piece|half|unit|instrument|payload)\s+"
    r"of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Cues that are nouns: what the clause says about them comes after ('… cooperation with NASA ended').
NOMINAL_CUE = re.compile(
    r"\b(?:participation|cooperation|partnership|membership|(?<=the\s)work|(?<=its\s)work|(?<=their\s)work|"
    r"(?<=['’]s\s)work|collaboration|signing|signature|accession|joining|contributions?|involvement|role)\b",
    re.IGNORECASE,
)
ITS_CRAFT_ANYWHERE = re.compile(ITS_CRAFT.pattern.removesuffix("$"))
ITS_CRAFT_ANYWHERE = lead(ITS_CRAFT_ANYWHERE)  # the same matches, found faster (literals.lead)
# Where the clause governing an infinitive may start: a complementizer, a clause break, a speech verb.
INFINITIVE_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whether|because|while|although|though|when|after|before|since|unless)\b|[;:“”\"]|"
    r",\s+(?:and|but)\b|\b(?:said|says|told|added|stated|announced|noted|argued|insisted|warned|confirmed)\b"
)
# 'OSLO (Wire) - ', 'WASHINGTON, Dec 13 (Wire) - ': a dateline opening a report.
# 'PARIS, March 14 (Wire) -', 'PARIS, 14 March (Wire) -' (the British order of day and month)
DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]+(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*(?:\([^()]{1,30}\))?"
    r"\s+[-–—]+\s+"
)
# 'Together with Sweden and Finland, it funds …': co-agents opening the sentence.
OPENING_TOGETHER = re.compile(r"\s*(?:Together|Jointly|Along)\s+with\s+(?:the\s+)?")
# An adverbial before a pronoun subject: 'In 2010 it went on rejecting the PPWT, arguing …', 'In the CD,
# however, it …' (the name inside the adverbial is not the subject).
ADVERBIAL_PRONOUN = re.compile(
    r"\s*(?:In|On|At|By|During|Last|This|Earlier|Later|Meanwhile|Then|Also|Yesterday|Today|Now|Still|So|But|And)\b"
    r"[^,;:.]{0,30}?(?:,\s*(?:(?:however|though|too|instead|meanwhile|still|nevertheless),\s*)?|\s+)"
    r"(?=(?:it|they|he|she)\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)*[a-z]+)"
)
# '… launched in 2024 on a SpaceX Falcon 9': a company before the rocket's name.

# 'Twelve countries, including …': a plural noun and the list naming them, between commas.
LISTED_SUBJECT = re.compile(r",\s*(?:including|among\s+them|such\s+as|notably|namely)\s+(?:the\s+)?")
PLURAL_NOUN = re.compile(
    r"\b(?:countries|states|nations|agencies|governments|members|companies|firms|operators|partners)"
    # ('The other partners in the station, including A and B, were uneasy': the noun's own complement)
    r"(?:\s+(?:of|in|on|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?$"
)
# ', which runs', ', who heads', ', which had never': a relative pronoun that is its clause's subject.
_NOT_A_SUBJECT_PRONOUN = (
    r"(?=[a-z])(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|many|most|more|"
    r"few|several|no|every|each|other|such|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|hundred|dozens?|countries|states|nations|agencies|members|partners|governments)\b)"
)
# A craft's name in apposition to the noun before it: 'its lander, Beresheet', 'a small rover, Example-2'.
APPOSED_CRAFT_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*,\s*$")
# A participle phrase with its agent between commas: ', drafted by NASA and the State Department,'.
PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:first|jointly|originally|later|also|largely|mainly)\s+)?[a-z]+(?:ed|en|wn)\s+"
    r"(?:(?:in|on|at|during)\s+[^,;:()]{1,40}?\s+)?by\s+[^,;:()“”\"]*,"
)
# What a sentence's opening name is when 'it' goes on with it but it can do nothing of a body: a place made for
# launches or work (a cosmodrome, a centre; precision23).
UNFIT_FOR_IT = ("Facility",)  # (not a city: 'London did not ask to rejoin X. It also declined …' is the UK)
OPENING_THE = re.compile(r"\s*(?:The\s+)?")
# A verb in the third person singular right after a relative pronoun (past adverbs): 'which leads', 'which is',
# 'which has long run' ('which led' or 'which lead' says nothing of number).
SINGULAR_VERB = re.compile(
    r"(?:(?:also|now|still|already|currently|jointly|long|once|then|alone)\s+)*(?:is|was|has|does|(?!(?:has|is|was|"
    r"does|this|thus|its|as|us|plus)\b)[a-z]{2,}[^s\W]s)\b"
)
# A nominal apposition set off by commas right before a verb group: ', a copy of NASA's Example-0, was built'.
CLOSED_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+[^,;:()“”\"]{1,60}?,\s*(?:(?:was|were|is|are|has|have|had|been|being|be|will|would|not|also|later|first|"
    r"then|jointly|originally)\s+)*$"
)
DEFINITE_HEAD_BEFORE = re.compile(r"^\s*[Tt]he\s+[a-z]+$")  # 'The lander, a copy of X, was built by'
HEAD_NOUN_TAIL = re.compile(r"(?:-?\w{1,4})?(?:\s+[a-z]+)?\s*")  # 'Example-1 satellite'
AGAINST_PREFIX = re.compile(r"\b(?:anti|non)-$", re.IGNORECASE)  # 'anti-NASA', 'non-ESA': against or outside it
# ', which left the EU in 2020,', ', who once worked at NASA,': a relative clause between commas (its pronoun or
# a name its subject), closed before the main verb.
RELATIVE_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?=[^,;:()“”\"]*?\b(?!and\b|or\b|the\b|its\b)[a-z]{3,}\b)[^,;:()“”\"]{1,90},"
)  # (a verb inside: ', which ESA, ISAS and NASA had set up' is no closed clause; its list goes on past the comma)
# 'X, whose Director General, Jane Doe, has made debris a cause, drafted Y': a whose-clause with a name in
# apposition, closed by a comma before the main verb, holds no subject of it (precision25).
WHOSE_ASIDE = re.compile(
    r",\s+whose\s+[^,;:()“”\"]{1,40},\s+[^,;:()“”\"]{1,60},\s+(?=(?:has|had|have|is|was|were|are|also|then|later|"
    r"once|already|now|[a-z]+ed|[a-z]+s)\b)[^,;:()“”\"]{1,90},"
)
# An object pronoun in the clause before a subject 'he' / 'she': 'made him minister', 'sent her to Houston'.
OBJECT_HIM = re.compile(r"\bhim\b")
OBJECT_HER = re.compile(
    r"\bher\b(?=\s*[,.;]|\s+(?:to|as|in|on|at|for|from|into|with|and|back|a|an|the|minister|head|chief|director)\b)"
)
# 'X, whose government signed': the subject of the verb right after it is the possessed noun.
WHOSE_SUBJECT = re.compile(
    r",\s*whose\s+(?:(?:new|former|own|then|current|parent|[a-z]+-[a-z]+)\s+){0,2}(?P<noun>[a-z]+)\s+"
    r"(?:(?:has|had|have|also|then|later|once|already|first|never|not)\s+)*"
)
SUBJECT_RELATIVE = re.compile(
    r",\s*(?:which|who|whose\s+(?=(?:seat|headquarters|secretariat)\b))\s*" + _NOT_A_SUBJECT_PRONOUN
)
# 'Example Corp, the Italian company that builds Vega-X': a relative clause on an apposition, its pronoun
# the subject; the clause's verbs are the name's before the apposition.
_APPOSITION_HEAD = r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+"
APPOSED_RELATIVE = re.compile(_APPOSITION_HEAD + r"(?:that|which|who)\s+" + _NOT_A_SUBJECT_PRONOUN)
APPOSITION_BEFORE_RELATIVE = re.compile(_APPOSITION_HEAD)
# ', an officer of the Example air force', ', a physicist from Stuttgart': a nominal apposition after a person's name.
PERSON_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,;:()\d]{1,60}?")
# ' of Florida, the committee's ranking Democrat', ' of Example Corp': between a person and the 'who' that is his.
WHO = re.compile(r"\bwho\b")
WHO_HEAD_GAP = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
    r"(?:,\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+[^,;:()\d]{1,60}?)?"
)
WHO_HEAD_GAP_CLOSED = re.compile(WHO_HEAD_GAP.pattern + r",\s*")
PERSON_APPOSITION_CLOSED = re.compile(r",\s+(?:the|a|an)\s+[^,;:()\d]{1,60}?,\s*")
# 'India is among the countries that have not signed X', 'Japan was the only country that did': a relative
# clause on the subject's own predicate noun is about the subject (claims12).
PREDICATE_HEAD = re.compile(
    r"\s+(?:is|was|are|were|became|becomes|remains|remained)\s+(?:now\s+|still\s+|also\s+)?(?:one\s+of\s+|among\s+)?"
    r"(?:the|a|an)\s+(?:(?:only|first|last|few|other|\d+\w*|[a-z]+th|[a-z]+st|second|third)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:countr(?:y|ies)|nations?|states?|agenc(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|bod(?:y|ies)|governments?|"
    r"members?|partners?|signator(?:y|ies)|firms?)\s*"
)
# 'which serves COPUOS and is based in', 'which work with it but have not joined': a second verb of the clause.
COORDINATED_VERB = re.compile(
    # ('joined X and, after 2011, sat in Y': an aside between commas after the conjunction; lead17)
    r"\b(?:and|but|or|nor)(?:\s*,[^,;]{1,40},)?\s+(?:(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|also|"
    r"already|still|now|then|later|never|not|no\s+longer|yet|since|been|n['’]t)\s+)*(?:[a-z]+\s+)?$"
)
# 'Examplova joined the …', 'She later joined the …': a clause's opening word and a verb before a name.
VERB_BEFORE_OBJECT = re.compile(r"^\s*[A-Z][\w’'-]*\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|s)\s+(?:the|its|their|a|an)\s")
# ', and has also signed', ', and later joined': after a comma, a verb with an auxiliary or an adverb before it
# and no subject goes on with the subject of the clause before.
SUBJECTLESS_AFTER_COMMA = re.compile(
    r"(?:and|but)\s+(?:(?:has|have|had|is|are|was|were|will|would|also|already|still|now|then|later|since|"
    r"subsequently|eventually|finally|soon|never|not|no\s+longer|yet)\s+)+[a-z]+"
)
PLURAL_FORM = re.compile(r"[a-z]+s\b")
# 'and nine member states of', 'or several member countries of': a counted list item (see the memberOf cues).
COUNTED_MEMBERS_ITEM = re.compile(
    r"\b(?:and|or)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|"
    r"several|some|many|most|a\s+few|a\s+dozen|dozens\s+of)(?:\s+(?!other\b)[a-z]+)?\s+$"
)
QUANTIFIER_BEFORE = re.compile(
    r"\b(?:many|few|several|more|fewer|most|two|three|four|five|six|seven|eight|nine|ten|dozens?\s+of|\d+)\s+$"
)
CLAUSE_JOIN = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+")
FINITE_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|has|have|had|is|are|was|were|will|would|did|does|said|says|"
    r"built|made|sent|led|ran|won|took|gave|bought|sold|left|began|flew|brought|held|kept|met|paid|wrote|chose|spent)\b"
)  # irregular past forms too: 'Boeing built the satellite, and an Ariane 5 launched it'

# ', ISRO said.', ', Jane Doe, ISRO's chairman, told reporters on Monday.': an attribution closing the sentence.
# (not a list of objects: 'with Japan, NASA and ESA, officials said')
ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:(?!\band\b)[^;:,“”\"]){1,60}(?:,\s+(?:(?!\band\b)[^;:,“”\"]){1,60})?,?\s+(?:(?:has|had|also|then|later)\s+)*(?:said|says|told|tells|added|"
    r"adds|stated|announced|announces|noted|wrote|writes|confirmed|confirms|argued|argues|insisted|insists|warned|warns|"
    r"explained|explains|claimed|stressed|stresses|reported)\b[^;:,“”\"]{0,60}(?:,\s+(?:citing|quoting)\b[^;:“”\"]{0,80})?$"
)
# ', citing ISRO.', ', quoting a NASA report': the source the attribution names, closing the sentence.
SOURCE_TAIL = re.compile(r",\s+(?:citing|quoting)\b[^;:“”\"]{0,80}$")
ATTRIBUTION_BETWEEN = re.compile(r"\b(?:according\s+to|as\s+(?:quoted|reported)\s+by|seen\s+by)\b", re.IGNORECASE)
WHERE_CLAUSE = re.compile(r",\s+where\s+(?=[^,;]*$)")
# Where a clause opens: a semicolon, a colon, a dash, a complementizer.
CLAUSE_OPENING = re.compile(r"[;:]\s*|\s[–—]\s|\b(?:that|because|although|though|while|whereas|since|when)\s+")
PROGRAM_OR_DOCUMENT_ANAPHOR = re.compile(
    r"(?:the|that|this|The|That|This)\s+(?:mission|program|programme|project|document|agreement|accords?|treaty|text|"
    r"convention|charter|pact|guidelines|bill)\b"
)
# A relative pronoun, perhaps after its preposition ('to which'; a whole word: 'the Station that', 'the Mission
# that' end in no preposition; modality25).
RELATIVE = r",?\s*(?:\b(?:to|in|of|with|by|for|from|under|on)\s+)?\b(?:which|that|whom)\b"
RELATIVE_CLAUSE = re.compile(RELATIVE)
# ('ISRO noted that India …', 'NASA says that …': a verb before 'that' makes it a conjunction, no relative; claims12)
RELATIVE_HEAD_GAP = re.compile(
    # ('the Example X-ray telescope, which': a hyphenated modifier before the noun; 'the Example Satellite (ES)
    # programme, which': past the acronym's closing bracket; relations12)
    r"\)?(?:(?:\s+[A-Za-z]+-[a-z]+)?\s+(?![a-z]+ed\b|(?:said|says|say|told|tells|wrote|writes|thought|thinks|knew|knows|felt|feels|held|holds|"
    r"states|notes|argues|insists|warns|claims|believes|hopes|expects|adds|reports|announces|confirms|stresses|"
    r"explains|suggests|fears|denies|admits|agrees|recalls|maintains|predicts|estimates|concedes)\b)[a-z]+|,\s*\d{4})?\s*"
)
# ', the spacecraft it built and ', ', the text Norway signed ': an apposition whose noun a relative clause
# without its pronoun completes, up to the verb (its subject a pronoun or a name).
CONTACT_CLAUSE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:spacecraft|satellite|probe|mission|rover|lander|orbiter|telescope|"
    r"station|programme|program|project|text|treaty|agreement|accords?|document|rules?|guidelines|law|convention|"
    r"company|firm|agency|body|group|consortium|alliance)\s+(?:it|they|he|she|(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})"
    # ('the small station NASA plans to place in orbit': a plan's verb group too; modality25)
    r"(?:(?:has|have|had|will|would|also|now|then|jointly|later|first|(?:plans?|intends?|aims?|hopes?|wants?)\s+to|"
    r"(?:[a-z]+ed|[a-z]+t)\s+and)\s+)*$"
)
# 'the Example Centre in Exampleton': a place saying where the name before it lies.
LOCATED_IN = re.compile(r"\s+(?:in|near|at|outside)\s+(?:the\s+)?")
# ', the principles for exploring the Moon ' between a name and its relative pronoun.
# (past an acronym's closing bracket: 'the Example Regime (ER), a group that …'; documents18)
APPOSED = re.compile(r"\)?,\s+(?:the|a|an)\s+[^,;:()]{1,80}?\s*")
# Where a clause ends: a semicolon, a dash, or a comma before a conjunction that starts a new clause.
RELATIVE_BETWEEN = re.compile(r"\s*,\s*(?:which|who)\b[^,;]*$")
CLAUSE_END = re.compile(
    r";|\s[–—]\s|,\s+(?:but|while|whereas|although|though|which|who|where|when|because|after|unless|if|once|until)\b|"
    r",\s+and\s+(?:(?:the\s+)?[A-Z][\w’'-]*\s+){0,4}(?:has|have|had|is|are|was|were|will|would|can|could|did|does|"
    r"[a-z]+(?:ed|es))\b|,\s+and\s+(?:it|they|he|she)\b"
)


# 'an agreement between A and B', 'the 2014 memorandum of understanding between A and B'.
AGREEMENT_BETWEEN = re.compile(
    r"\b(?P<det>an?|the|this|that|its|their|no|any)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|memorand(?:um|a)|"
    r"deals?|contracts?|pacts?|treaty|treaties|arrangements?)(?:\s+of\s+understanding)?\s+between\s+(?:the\s+)?",
    re.IGNORECASE,
)
# What leaves an agreement unsettled: talks, a proposal, a hope or a plan for it.
UNSETTLED_BEFORE = re.compile(
    r"\b(?:talks?|negotiat\w*|propos\w*|draft|plans?|hopes?|seek\w*|sought|pursu\w*|possible|potential|future|"
    r"would|could|might|may|will)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)
# '… participation in X remains uncertain', '… is in doubt', '… is up in the air': what a noun cue's verb leaves open.
UNSETTLED_PREDICATE = re.compile(
    r"\b(?:uncertain|unclear|undecided|unconfirmed|unsettled|in\s+doubt|in\s+question|up\s+in\s+the(?:\s+air\b|\s*$)|"
    r"(?:an\s+)?open\s+question)\b"
)
# '… membership of X is under discussion', '… is pending': not done yet.
PENDING_PREDICATE = re.compile(r"\b(?:under\s+(?:discussion|consideration|review|negotiation|study)|pending)\b")
UNSETTLED_AFTER = re.compile(
    r"^(?:\S+\s+){0,2}?(?:would|could|might|may|will|remains?|collapsed|fell|failed|expired|lapsed|ended|is\s+expected|"
    r"is\s+being|was\s+being)\b"
)
# 'The Example Agency of the DPRK': 'of' between a body and the name completing it.
OF_BEFORE = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+of\s+(?:the\s+)?$")
EXCLUDED = re.compile(
    r"\b(?:[Uu]nlike|[Ee]xcept(?:\s+for)?|[Oo]ther\s+than|[Aa]part\s+from|[Bb]esides|[Ww]ithout|[Bb]ut\s+not|"
    # 'With the exception of Norway, the Nordic states signed', 'Chile rather than Norway signed'
    r"(?:[Ww]ith\s+the\s+)?[Ee]xception\s+of|[Ee]xcluding|[Rr]ather\s+than|[Ii]nstead\s+of|[Ss]ave\s+for|"
    r"(?<=,\s)not|"  # ('It was Chile, not Norway, that joined')
    r"(?:[Aa]ll|[Ee]veryone|[Ee]very\s+\w+|[Aa]ny\s+\w+)\s+but)\s+(?:the\s+)?$"
)


# 'before joining', 'after leaving', 'by signing': an adverbial participle, whose subject is the main clause's.
ADVERBIAL_ING = re.compile(r"\b(?:before|after|while|since|by|without|upon|when|instead\s+of|besides|despite)\s+$")
ING_FORM = re.compile(r"[a-z]+ing\b")
OPENING_PRONOUN = re.compile(r"\s*(It|He|She|They)\b")
# 'it signed', 'they have not joined': a pronoun subject right before the verb group.
PRONOUN_SUBJECT = re.compile(
    r"(?<![\w’'])(it|It|they|They|he|He|she|She)"
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|did|does|do|not|never|"
    r"also|already|then|now|just|still|yet|first|later|jointly|together|formally|officially|finally|soon|recently|"
    r"once|both|all|instead|again|eventually|subsequently|currently|reportedly|previously|originally|initially|"
    r"since|effectively|quietly|publicly|openly|privately|repeatedly|sharply|swiftly|promptly|"
    r"n['’]t|(?:plan|intend|aim|hope|expect|want|agree|decide)(?:s|ed|d)?\s+to|(?:is|are|was|were)\s+to))*\s+$"
)
# '… has not signed it, and neither has Russia', '…, as has India': a verb group left out.
ELLIPSIS = re.compile(
    r"(?:,\s*|\b)(?:and\s+|but\s+)?(neither|nor|so|as)\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)"
    r"\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
ELLIPSIS = lead(ELLIPSIS)  # the same matches, found faster (literals.lead)
AUXILIARY_MODALITY = {"will": "planned", "shall": "planned", "would": "conditional", "could": "predicted",
                      "can": "predicted", "might": "predicted", "may": "predicted"}  # fmt: skip
AUXILIARY = re.compile(r"\b(will|shall|would|could|can|might|may)\b", re.IGNORECASE)


def aux_modality(words: str) -> str | None:
    """The modality an elliptical clause's own auxiliary gives ('as will Chile': planned), or None."""
    found = AUXILIARY.search(words)
    return AUXILIARY_MODALITY[found.group(1).lower()] if found is not None else None


PAST_VERB = re.compile(r",\s+(?:[a-z]+\s+)?[a-z]{3,}ed\b")
# '… leads the ILRS together with Russia', '… runs the mission with ESA': who else acts.
# 'lead it together', 'jointly built', 'co-developed': what several subjects did as partners.
JOINTLY_DONE = re.compile(
    r"\b(?:together|jointly)\b|\bco-?(?:develop|buil|design|fund|financ|operat|manag|produc|lead|led)"
)
RELATIVE_OPENS = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$")
RUN_VERB = re.compile(r"(?i)(?:runs?|ran|running|operat(?:es?|ed|ing))$")
CO_AGENT = re.compile(r"\s+(?:(together\s+with|jointly\s+with|alongside)|with)\s+(?:the\s+)?")
# A participle followed by 'by' ('signed by', 'signed for India by', 'written in 2011 by'): a passive.
# 'After Russia invaded Ukraine, …', 'When Japan signed, …': a subordinate clause opening the sentence.
SUBORDINATE_INTRO = re.compile(
    r"\s*(?:(?:After|Before|When|Whenever|While|Since|Although|Though|Because|As|If|Unless|Once|Until|Whereas|Under)"
    r"\b[^,;]{3,120},"
    # ('Rather than join ESA, Poland signed …', 'Instead of working with X, Y signed …': what was not done; precision23)
    r"|(?:Rather\s+than|Instead\s+of)\s+[a-z]+\b[^,;]{3,120},"
    # ('At the Conference on Disarmament, China and Russia tabled …': a place or time opening the clause, with no
    # subject pronoun in it: 'In June 1983 she flew …, becoming …' is the main clause; lead17)
    r"|(?:At|In|During|Inside|Within|Throughout|Amid|Despite|Following|Ahead\s+of)\b"
    # ('In 2031 NASA, ESA and JAXA released …': a date with no comma after it, then a list of subjects; lists19)
    r"(?!\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:the\s+)?[A-Z])"
    r"(?:(?!\b(?:[Ss]he|[Hh]e|[Ii]t|[Tt]hey|[Ww]e|I)\b)[^,;]){3,100},)"
)
# The auxiliaries and adverbs of a verb group: 'Japan, a partner of NASA, has not yet joined'.
# A verb of saying and the common noun phrase that opens the clause it reports: 'said the agency ', 'told reporters
# that the company '.
REPORTED_NOUN_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|parliament|the\s+\w+)|added|warned|stated|announced|argued|"
    r"insisted|noted|claimed|confirmed|explained|predicted)\s+(?:that\s+)?(?=(?:the|its|their|his|her)\s+[a-z])"
)
# A finite verb right after a name: the name is a clause's subject ('… and the ILRS is led by China', '… and ESA has').
CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:program(?:me)?|treaty|agreement|accords|station|mission|project)?\s*"
    r"(?:is|are|was|were|has|have|had|will|would|does|did|remains|became)\b"
)
# A copula and the article of a noun cue before it: ' is also a ', ' has long been a key ', ' remains an '.
COPULA_NOUN_TAIL = re.compile(
    r"\s+(?:is|are|was|were|be|been|became|becomes|become|remains?|remained|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:also|now|still|already|long|not|never|no\s+longer|since|once|then))*"
    r"\s+(?:a|an|the|one|its|their)(?:\s+[a-z][a-z-]*){0,2}?\s*$"
)
# A copula other than 'be' right before a noun cue that starts at its article: 'X, which left the EU that year,
# remains a member of Y' (the cue 'a member of' after 'remains'; the relative clause before is no subject; bodies23).
COPULA_VERB_TAIL = re.compile(
    r"\s+(?:remains?|remained|stays?|stayed|became|becomes|become)(?:\s+(?:also|now|still|already|not|never))*\s*$"
)
VERB_GROUP_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|did|does|do|not|never|"
    r"also|already|since|then|now|just|still|yet|first|later|jointly|together|formally|officially|finally|soon|"
    r"recently|once|both|all|so\s+far|n['’]t|no\s+longer|been|being|reportedly|apparently|currently|still|even))*\s*$"
)


CO_AGENT_AFTER_IT = re.compile(r"\s+it\s+(?:together|jointly)\s+with\b|\s+it\s+alongside\b")
CARRIED_ON = re.compile(r"\b(?:on|aboard)\s+(?:an?\s+|the\s+)?$")
CARRIED_ON_PROVIDERS = re.compile(r"\b(?:on|aboard)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+){1,3}$")
# 'signed a Technology Safeguards Agreement', 'signed an agreement on …': an indefinite article before the document.
# 'a memorandum of understanding', 'a contract', 'a deal': what several parties sign as partners (not a treaty).
SEVERAL_PARTNERS_DOCUMENT = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:memorandum|memoranda|MoU|MOU|contract|deal|joint\s+venture\s+agreement|"
    r"partnership\s+agreement|cooperation\s+agreement)\b",
    re.I,
)
NEW_DOCUMENT_GAP = re.compile(r"\s+(?:(?:on\s+\w+|in\s+\w+(?:\s+\d{4})?|yesterday|today)\s+)?(?:a|an)\s+(?:new\s+)?")
# ', a start-up based in Munich, ', ', a company in ': an apposition placing a name, up to its country.
PLACED_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:(?:based|headquartered|located)\s+)?(?:in|at)\s+"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s+"
)
PLACED_APPOSITION_THEN_COUNTRY = re.compile(
    PLACED_APPOSITION.pattern + r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?\s*"
)
RELATIVE_PRONOUN_SUBJECT = re.compile(
    r"[^;:.]*?\b(?:which|that|whom)\s+(?:it|they|he|she)\s+(?:(?:has|have|had|is|are|was|were|will|would|now|also|still|"
    r"not|never|long|since|jointly|together|successfully|then|once)\s+){0,3}"
)
PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b(?=\s+(?:together|jointly|alongside|with)\b)")
# What may come before the first name of a subject: the sentence's or a clause's start, 'both', an article.
CLAUSE_OPENER = re.compile(r"(?:^|[;:]\s*|,\s+)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?$")
# 'carried out by', 'conducted by', 'built and run by': more passives of leading.
MORE_PASSIVE = re.compile(
    # ('was put into orbit by China', 'placed in a polar orbit by': a launch, read as 'launched by')
    r"\b(carried\s+out|conducted|overseen|coordinated|spearheaded|helmed|steered|commanded|"
    r"(?:put|placed)\s+in(?:to)?\s+(?:(?:a|an|its|low|lunar|polar|geostationary|[a-z]+-[a-z]+)\s+)*orbit)(?="
    + PASSIVE_TAIL.pattern
    + ")"
)
# 'Example-1, built by Example Corp': a builder (what it built is right before the participle).
# (not 'built for export by', 'made for sale by': a market, no client; programmes20)
BUILT_BY = re.compile(
    # ('was designed and assembled by A', 'assembled by A': the last verb of building before 'by'; participation26)
    r"\b(built|developed|designed|manufactured|assembled)(?!\s+for\s+(?:export|sale|the\s+export\s+market)\b)(?="
    + PASSIVE_TAIL.pattern
    + ")"
)
OWNED_ROLE = re.compile(
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+(?:[a-z]+\s+){0,2}?((?:partner|participant|(?:sub)?contractor)s?)\s+(?:in|for|on)$"
)
BUILT_GAP_PATTERN = (
    # ('the Example System (ES), was developed by': an apposition's closing comma, past an acronym; relations13)
    # ('Example-1, which was designed by Example Corp, …': a relative clause's pronoun before the auxiliaries;
    # programmes20)
    r"(?:\s*,?\s*|\)?(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has|have|had|been|will|be|being|not|never|also|jointly|originally|first|"
    r"mainly|largely|partly)\s+)+)"
)
BUILT_GAP = re.compile(BUILT_GAP_PATTERN)
# "APSCO's observer group", "the alliance's working group": a group a body has, after its possessive.
OWNED_GROUP = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:group|panel|board|council|committee|forum|network|club|caucus|"
    r"subcommittee|working\s+party)\b"
)
# "China's astronauts", "the country's engineers": people of a country or body, after its possessive.
PEOPLE_OF = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:astronauts|cosmonauts|taikonauts|engineers|scientists|researchers|officials|"
    r"citizens|nationals|soldiers|officers|troops|pilots|diplomats|people|staff|employees|workers)\b"
)
RELATIVE_WORD = re.compile(r"\b(?:whose|which|who|that|where)\b")
# '; the seat was bought from': a semicolon, then a clause that opens with its own common-noun subject (and no name
# after it up to the verb: '; the agency, NASA, …' is read as ever).
NEW_CLAUSE_AFTER_SEMICOLON = re.compile(r";\s+(?:the|a|an|its|their|this|that)\s+[a-z][^;A-Z]*$")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|into|to|from|on|inside|within)\s+(?:the\s+)?$")
# 'the lander made by Examplo Robotics joined X', 'the probe, funded by the Examplo Agency, flew on Y': the agent of
# a participle modifying a noun before it is not the subject of the verb after it (the noun is; precision24).
# ('followed by', 'joined by', 'together with' add subjects; 'led by', 'headed by' name who acts for the noun.)
# ', and B works with ESA', '; B signed …': a second clause with a name of its own as subject.
NAMED_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:the\s+)?[A-Z])")
APPOSITION_AFTER = re.compile(r"\s*,\s+(?:a|an|the|its|their)\s")
# 'Russian cosmonauts fly on X', 'Japanese engineers built Y': a country's adjective before people named by their
# trade; the people act, the country is named only by nationality and takes no part (GUIDELINES; precision24)
PEOPLE_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:astronauts|cosmonauts|taikonauts|crews|crew\s+members|engineers|scientists|researchers|"
    r"pilots|students|technicians|experts|specialists|workers|officers|soldiers|troops)\b"
)
PARTICIPLE_AGENT_BEFORE = re.compile(
    r"\b(?!(?:followed|joined|accompanied|led|headed|chaired|flanked|represented)\b)"
    r"(?:[a-z]+ed|made|built|run|owned|held|flown|sent|written|drawn|bought|sold|paid\s+for|won|given|taken|set\s+up)"
    r"\s+(?:jointly\s+|largely\s+|mainly\s+|partly\s+)?by\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,3}"
    # ('designed by A and B joined': the names coordinated with the agent; not past ', and', which opens a clause)
    r"(?:[A-Z][\w.&'’-]*\s+(?:[A-Z][\w.&'’-]*\s+)*(?:and|or)\s+(?:the\s+)?|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*,\s+(?!and\b))*$"
)
# 'under a contract managed by': an indefinite noun phrase right before a participle is its subject.
# (after a preposition: not an apposition, 'X, a mission run by', nor an agent, 'built by a consortium led by')
# 'the Vienna-based UN office', 'the Paris-based EU agency': a body's name before a common noun for a body.
MODIFIED_BODY_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:office|agency|body|unit|arm|branch|division|subsidiary|company|firm|group|cent(?:re|er)|"
    r"organi[sz]ation|secretariat|department|bureau|team|start-?up|operator|manufacturer|institute|programme|program)\b"
)
# 'UNOOSA, the Vienna-based': the apposition's head before the place.
APPOSED_BASED = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+(?:the|a|an)\s+")
INDEFINITE_HEAD = re.compile(
    r"\b(?:under|in|with|for|on|from|through|into|to|of|at|after|via|within|about)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}$"
)
APPOSED_CRAFT_GAP = re.compile(
    # ('Example-2, a rocket built by': a launcher named and described; programmes21)
    # ('Example-5, a cubesat that was built by'; participation26)
    r",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:satellite|cubesat|spacecraft|probe|lander|rover|orbiter|telescope|capsule|"
    r"module|observatory|craft|rocket|launcher|launch\s+vehicle)\s+(?:(?:that|which)\s+(?:was|were|is|had\s+been|has\s+been)\s+)?"
)
# 'The Example-1 rover was built by', 'The rover for Example-1 was supplied by': a part of the craft named ('The
# Example-1 cubesat, built by': the craft named with its noun; relations12).
PART_GAP = re.compile(
    r"\s+(?:for\s+(?:the\s+)?)?(?:[a-z-]+\s+){0,2}?(?:rover|lander|orbiter|module|camera|instrument|spacecraft|probe|"
    r"capsule|stage|engines?|antenna|radar|arm|telescope|payload|spectrometer|cubesat|satellite)s?"
    + BUILT_GAP_PATTERN
    + "$"
)
# What may be left of a name before its apposition's comma ('Example Satellite' + '-1').
NAME_TAIL = re.compile(r"(?:-?\w{1,4})?\s*")
BUILT_FOR_CLIENT = re.compile(r"\s+for\s+(?:the\s+)?")
FOR_CLIENT = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")
ACCOMPANIED = re.compile(r"\s*,\s*with\s+(?:the\s+)?")
# (', with A and B as partners' is a list of partners: memberships.py; ', with A (AA) among its members' closes too)
CLAUSE_CLOSE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+among\s+(?:its|their|the)\s+(?:members|partners|participants))?\s*(?:[.;]|$)"
)
# 'the French space agency', 'the toy maker': lower-case words (and a nationality) naming what a partner is.
DESCRIBED_PARTNER = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:(?!(?:from|of|for|by|in|on|at|to|help|support|funds?|funding|money|parts|instruments?|"
    r"the|a|an)\b)[a-z][a-z-]+\s+){1,3}"
)
# 'built by DLR with CNES', '… together with B', '… in partnership with B': who builds with the builder.
CO_BUILDER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:with|together\s+with|jointly\s+with|alongside|in\s+(?:partnership|cooperation|"
    r"collaboration)\s+with)\s+(?:the\s+)?"
)
# The words a partner's name may follow ('with the French space agency CNES'), no other noun's complement.
# 'Filipino engineers', 'Russian specialists': people named by a nationality after 'by'
NATIONALS = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:engineers|scientists|specialists|researchers|students|technicians|experts|designers|"
    r"teams?|workers|staff)\b"
)
CO_BUILDER_WORDS = re.compile(
    r"(?:(?!(?:a|an|from|of|for|by|in|on|at|to|money|funds|funding|help|support|parts|instruments?)\b)"
    r"(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,4}"
)
# 'the Example lander that Example-1 dropped on Ryugu in 2018 was': a restrictive relative clause up to the verb group.
RESTRICTIVE_RELATIVE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:that|which)\s+(?!(?:is|are|was|were|has|have|had)\b)[^,;:()]{1,80}?\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)(?:\s+(?:not|never|also|jointly|originally|first|mainly|"
    r"largely|partly))*\s+"
)
COORDINATED_PARTICIPLE = re.compile(
    r"\b[a-z]+(?:ed|en|wn|lt|un|de|ne)\s+(?:and|or)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
    r"been|being|now|also|later|still)\s+)*$"
)
# 'built by students of the Example University', 'by a team of engineers at the X Institute', 'by engineers and
# students from X': the people of a body before it after 'by'; the body is the builder (participation26, as
# 'Example engineers built it' is, participation25).
PEOPLE_BEFORE_AGENT = re.compile(
    r"\s*(?:(?:a|an|the)\s+(?:small\s+|young\s+|joint\s+)?(?:team|group)\s+of\s+)?(?:[a-z-]+\s+)?"
    r"(?:students|engineers|scientists|researchers|technicians|specialists|experts)"
    r"(?:\s+and\s+(?:students|engineers|scientists|researchers|technicians|specialists|experts))?"
    r"\s+(?:of|at|from)\s+(?:the\s+)?"
)
# What may come between 'by' and its agent: 'the', 'the Dubai-based', 'its partner'.
AGENT_AFTER_BY = re.compile(
    r"\s*(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,2}(?:[\w’'-]+\s*[:,]\s*(?:(?:including|among\s+them|such\s+as|"
    r"notably|namely)\s+)?(?:(?:the|its|their)\s+)?)?"
)
# 'is a Mars program led by', 'was a joint mission run by': a predicate noun right before the participle.
COPULA_CRAFT = re.compile(
    r"\b(?:is|was|are|were|remains|became)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:mission|program|programme|project|"
    r"satellite|probe|spacecraft|rover|lander|orbiter|telescope|station|craft|flight)\s+$"
)
# 'The test', 'a small satellite': a phrase without a name, at the end of what comes before.
COMMON_NOUN_PHRASE = re.compile(
    r"(?:^|[,;:]\s*|\b)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$"
)
# Between a verb and its object: articles, adjectives and nouns, an apposition's comma ('a joint lander, LUPEX').
DIRECT_OBJECT_GAP = re.compile(r"\s+(?:(?!(?:for|on|to|aboard|with|from|in|at|of|by|that|which)\b)[\w-]+,?\s+){0,6}")
WITH_PARTNER = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\bto\s+$")
BUILDS = re.compile(r"buil|develop|design|send|sent")
SENDS = re.compile(r"sen[dt]")
OWN_AFTER_ITS = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+own\b")  # 'its own probe, X': the subject's own
NOT_A_COMPANY = re.compile(
    r"\b(?:Institute|Institution|Centre|Center|Laborator(?:y|ies)|University|Academy|Foundation|Observatory|College|"
    r"School|Council|Society|Administration|Agency|Ministry|Department|Office|Commission|Authority|Committee|"
    # (a state's own forces and services are no companies either: 'the Revolutionary Guards launched …')
    r"Bureau|Directorate|Guards?|Corps|Forces?|Army|Navy|Command|Government|Service)\b|"
    r"\b(?:Institute|University|Laboratory)\s+of\b"
)
CRAFT_TOPIC = re.compile(
    r"\s+on\s+(?:the|its|their|a|an)\s+(?:(?:new|joint|next|first|second|planned)\s+)?(?:[a-z-]+\s+)?(?:rover|lander|"
    r"orbiter|probe|satellite|spacecraft|station|module|telescope|rocket|launcher|capsule|vehicle)s?(?:['’]s)?\b"
)
# 'built and operated', 'designed and runs': the builder runs it too.
RUNS_TOO = re.compile(r"\s+and\s+(?:(?:now|also|still)\s+)?(?:operat|run|ran\b|manag|fl[eiy])")
BODY_HEAD = re.compile(
    r"\b(?:Committee|Subcommittee|Sub-Committee|Council|Commission|Office|Directorate|Bureau|Secretariat|Division|"
    r"Laboratory|Command|Working\s+Group|Cent(?:er|re)|Network)\s*$"
)
# ('the UN's Committee on the Peaceful Uses of Outer Space', 'NASA's Office of Inspector General': the head first)
BODY_HEAD_FIRST = re.compile(
    r"(?:Committee|Subcommittee|Sub-Committee|Council|Commission|Office|Directorate|Bureau|Secretariat|Division)"
    r"\s+(?:on|for|of)\s"
)
# "A's B and its C": the possessive of the first conjunct, whose owner 'its' stands for (the match opens at it).
CONJUNCT_ITS = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){1,6}(?:and|or|as\s+well\s+as)\s+[Ii]ts\s+$")
PARTY_CLOSE = re.compile(r"\s*(?:[,.;)]|$|\s+(?:in|on|at|during|last|this|that|after|before|and)\b)")
SIGNED_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
# 'Examplar, the program of …', '… consists of …': a program or station and the parts named after it.
WHOLE_OF_PARTS = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:program(?:me)?|system|family|series|complex)\s+of\s+(?:the\s+)?"
    # ('consists of two satellites, the Coronagraph and the Occulter', 'is made up of two spacecraft: A and B',
    # 'will comprise three modules, A, B and C'; programmes21)
    r"(?=[A-Z])|\s+(?:(?:will\s+|would\s+)?consists?\s+of|consisted\s+of|(?:will\s+)?compris(?:es|ed|e)|"
    r"(?:is|was|are|were|will\s+be)\s+(?:made\s+up|composed)\s+of)\s+"
    r"(?:the\s+|its\s+)?(?:(?:two|three|four|five|six)\s+)?(?:(?:[a-z-]+\s+)?(?:[a-z]+s|spacecraft|craft)\s*[,:]?\s+"
    r"(?:the\s+)?)?(?=[A-Z])"
)
# Between two parts of such a list: a noun after the first name ('the Alpha orbiter and the Beta lander'), a comma
# or 'and', an article.
PART_LIST_GAP = re.compile(r"(?:\s+[a-z]+)?(?:\s*,)?(?:\s+and)?\s*(?:the\s+)?")
# Between a whole's name and the verb of its parts: its common noun ('The Example-1 mission consists of').
WHOLE_NOUN_GAP = re.compile(r"(?:\s+(?:mission|spacecraft|satellite|probe|observatory|station|system|constellation))?")
# 'Russia's president, Jane Example', 'Chile's, John Example', 'ESA's control centre, ESOC': a possessor, a noun
# (or none, left out after a first such phrase) and the name in apposition.
POSSESSED_APPOSED = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,4},\s+(?:the\s+)?(?=[A-Z])")
# 'ESA's control centre, ESOC': a possessive, a body's common noun and the body's name in apposition.
POSSESSED_BODY_NAMED = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?:cent(?:re|er)|laboratory|lab|directorate|office|division|branch|arm|unit|"
    r"subsidiary|committee|subcommittee|body|organ|bureau|department),\s+(?:the\s+)?(?=[A-Z])"
)
ONE_OF_BODIES = re.compile(
    r",\s+one\s+of\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:sub)?(?:committees|bodies|organs|branches|agencies|offices|"
    r"divisions|units|councils|commissions)\s+(?:of|within|under)\s+(?:the\s+)?"
)
MEMBERS_LISTED = re.compile(
    r"\b([Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:\w+\s+)?members,?\s+(?:among\s+them|including|such\s+as|notably|namely)"
    r"\s+(?:the\s+)?"
)
# ('lifted off on', 'went up on', 'flew on', 'rode aboard': any verb of going up on a rocket; relations13)
_WENT_UP = r"\b(?:launch(?:ed|es)?|lift(?:ed|s)?\s+off|went\s+up|goes\s+up|took\s+off|takes\s+off|blasted\s+off|fl(?:ew|ies|y|own)|rode|rides|ride)\b"
LAUNCHED_ON = re.compile(
    _WENT_UP + r",?(?:\s+[\w,-]+){0,8}?\s+(?:on|aboard)\s+(?:a|an|the)\s+(?P<carrier>(?:[\w-]+\s+){0,3}?)"
    r"(?:rocket|launcher|booster|launch\s+vehicle)\b(?P<of>\s+(?:of|from|built\s+by|operated\s+by|provided\s+by)\s+(?:the\s+)?)?"
)
LAUNCHED_ON_NAMED = re.compile(_WENT_UP + r",?(?:\s+[\w,-]+){0,8}?\s+(?:on|aboard)\s+(?:a|an|the)\s+")
LAUNCH_WORDS = re.compile(r"launch|off\b|went|goes|fl[eiyo]|rode|ride")
# ', or EA, in Lyon', ' at Vienna': where an organization just named was founded.
SEAT_AFTER_NAME = re.compile(r"(?:,?\s+(?:or|also\s+known\s+as)\s+[^,]{1,30},)?\s+(?:in|at)\s+(?:the\s+)?")
# '…, but Chile did not.', '…, and Peru has too': a subject and a bare verb group closing the clause.
SUBJECT_ELLIPSIS = re.compile(
    r"(?P<gap>\s+)(?P<aux>did|does|do|has|have|had|is|are|was|were|will|would|could|can)"
    r"(?P<neg>\s+not|\s+never|n['’]t)?(?:\s+(?:too|either|as\s+well|so\s+far|yet|since))?\s*(?=[.;,]|$)"
)
# A sentence that only repeats the one before for another subject: 'Nor has Japan.', 'Neither did Peru.', 'So has
# Chile.', 'Japan has not, either.', 'Peru did too.'
OPENING_ELLIPSIS = re.compile(
    r"(?:And\s+|But\s+)?(Neither|Nor|So)\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s+(?:the\s+)?"
    r"(?=[A-Z])"
)
CLOSING_ELLIPSIS = re.compile(
    # ('Norway, however, has not.', 'Norway did not.': a denial needs no 'either')
    r"(?:\s*,\s*(?:however|though|for\s+its\s+part|in\s+contrast|by\s+contrast)\s*,)?"
    r"\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)(?P<neg>\s+not|\s+never|n['’]t)?"
    r"(?(neg)(?:\s*,?\s+(?:either|yet|so\s+far))?|\s*,?\s+(?:too|as\s+well|also))\s*(?=[.;!]|$)"
)
ELLIPSIS_TAIL = re.compile(r"\s*(?:,\s+either|,?\s+(?:either|too|as\s+well|yet|so\s+far))?\s*(?:[.;!,]|$)")
BASED_NOUN_THEN_NAME = re.compile(
    r"(?:[a-z-]+\s+){0,2}?(?:company|firm|agency|startup|start-up|operator|group)\s+(?=[A-Za-z])"
)
OBJECT_BEFORE_BASED = re.compile(
    r"\b(?:[a-z]+ed|met|meets|with|against|bought|buys|chose|sued|hired|joined)\s+(?:the|a|an)\s+$"
)
INSIDE_RELATIVE = re.compile(r",\s*(?:which|who|that)\b[^,;]*$")
# 'applied for membership of', 'is seeking full membership in', 'a bid for membership of': a membership sought.
MEMBERSHIP_SOUGHT = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)\s+for|seek(?:s|ing)?|sought|bid(?:s|ding)?\s+for|push(?:es|ed|ing)?\s+for|"
    r"campaign(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?)\s+(?:(?:full|associate|formal)\s+)?membership\s+(?:of|in)\s+(?:the\s+)?"
)
# 'do so', 'did so', 'has done so', 'doing so': a verb phrase standing for the one before.
DO_SO = re.compile(r"\b(?:do|does|did|done|doing)\s+so\b(?!\s+(?:that|as|much|many|far|well)\b)")
# Between the other subject and 'do so': its verb group only ('has yet to', 'declined to', 'is expected to').
DO_SO_GROUP = re.compile(r"\s+(?:(?!(?:which|who|that|and|but)\b)[a-z’'-]+\s+){0,5}")
DO_SO_OPENING = re.compile(r"(?:\b(?:but|and|while|whereas|although|though|yet)|[;,])\s+(?:the\s+)?$")
PARTNERS_INCLUDE = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:partners|participants|members|signatories|parties)\s+(?:include[sd]?|are|were|now\s+include)"
    r"(?:\s*:\s*|\s+)(?:the\s+)?"
)
# 'the Example-1 crew', "Example-1's crew", 'the crew of Example-1': a mission's crew, named next.
CREW_NAMED = re.compile(
    r"(?:['’]s)?\s+crew\b(?!\s+(?:members\s+)?of\b)|\b[Cc]rew\s+(?:members\s+)?of\s+(?P<of>(?:the\s+)?)"
)
CREW_LIST = re.compile(r"(?:\s*,|\s*:|\s+(?:was|were|is|are|comprised|included|includes|consisted\s+of))\s+")
# 'funded by', 'financed jointly by', ', co-funded by': a passive of paying for a craft or programme.
FUNDED_BY = re.compile(
    r"\b(?:co-?)?(?:funded|financed|bankrolled)\s+(?:(?:jointly|partly|largely|mostly|entirely|mainly|in\s+part)\s+)?by\s+(?:the\s+)?"
)
FUNDED_GAP = re.compile(r"\s*,?\s*(?:(?:is|was|were|are|has\s+been|had\s+been|been|being|also|now|not)\s+)*")
# 'Boeing-built', 'Airbus-made': a builder named in a compound adjective before the craft's noun or name.
BUILT_COMPOUND = re.compile(r"-(?:built|made|designed|developed|manufactured|supplied)\b")
COMPOUND_TO_CRAFT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
DESCRIBED_BY_COMPOUND = re.compile(
    r"(?:,\s+|\s+(?:is|was|are|were|remains?|became)\s+)(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# 'the ISS partners', 'an Artemis partner': a programme's name before the noun.
PROGRAM_PARTNER = re.compile(r"(?<=\s)(?:partner|participant)s?\b(?!\s+(?:of|with|in|on|to)\b)")
# ', one of the ', ' is an ', ' is not one of the ': what comes before the programme's name.
# What a role only might have been: 'a would-be NASA contractor', 'a rival ESA contractor' (precision23).
_UNREALISED = r"(?:would-be|prospective|potential|possible|aspiring|rejected|failed|unsuccessful|losing|rival)\b"
PARTNER_OPENING = re.compile(
    r"(?:,\s+|(?P<copula>\s+(?:is|was|are|were|became|becomes|become|remains?|remained)\s+(?:(?:now|also|still|not|never|no\s+longer|"
    r"already|all|both)\s+)*))(?:one\s+of\s+(?:the\s+)?(?:\w+\s+)?|an?\s+(?:(?!"
    + _UNREALISED
    + r")[a-z][\w-]*\s+){0,2}?|"
    r"the\s+(?:(?!" + _UNREALISED + r")\w+\s+)?)$"
)
POSSESSOR_OPENING = re.compile(
    r"(?:,\s+|(?P<copula>\s+(?:is|was|are|were|became|becomes|remains?|remained)\s+(?:(?:now|also|still|not|never|no\s+longer)\s+)*))$"
)
NOT_YET_DONE = re.compile(
    r"\b(?:will|would|shall|could|may|might|(?:is|are)\s+to|plans?|planned|scheduled|expected|set\s+to|due\s+to|if|unless)\b"
)
# "NASA's prime contractor", 'a NASA contractor': a client named before the noun.
CONTRACTOR_OF = re.compile(r"(?:['’]s?)?\s+(?:(?:prime|main|lead|principal|biggest|largest)\s+)?(?:sub)?contractor\b")
# 'Japan followed in 2021', 'followed suit', 'will follow': a verb that repeats the clause before for its subject.
FOLLOWED = re.compile(
    r"\b(?:followed|follows|follow)(?:\s+suit)?\b(?=\s+(?:in|on|during|later|soon|shortly|the\s+(?:next|following)\s+"
    r"(?:day|week|month|year)|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+later)\b|\s*[,.;)]|\s*$)"
)
FOLLOWED_OPENING = re.compile(r"(?:;|\b(?:and|but|while|whereas|then))\s+(?:the\s+)?$")
# 'which AT&T had built and NASA launched': a builder and a launcher named in one relative clause.
_CAPITALIZED = r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}"
BUILT_THEN_LAUNCHED = re.compile(
    rf"\b(?:which|that)\s+(?:the\s+)?{_CAPITALIZED}\s+(?:(?:had|has|have)\s+)?(?:built|developed|designed|made|manufactured)"
    rf"\s+and\s+(?:the\s+)?(?P<launcher>{_CAPITALIZED})\s+(?:(?:had|has|then|later)\s+)?launched\b"
)
# 'brings together A and B', 'involves A and B': a programme's verb whose objects take part in it.
INVOLVES = re.compile(
    r"\b(?:involv(?:es|ed|ing|e)|br(?:ings|ought|ing|inging)\s+together|unit(?:es|ed|e)|gather(?:s|ed)?)\s+(?:the\s+)?"
)
INVOLVES_WORDS = re.compile(r"involv|together|unit|gather")
# 'The partners in the Example programme are', 'Signatories of the Example Treaty include': the noun before the whole.
PARTNERS_IN = re.compile(
    r"(?:^|(?<=[;:,]\s)|\b[Tt]he\s+)(?:(?:other|main|current|original|first|international|foreign|founding)\s+)*"
    r"(?:[Pp]artners|[Pp]articipants|[Ss]ignatories|[Pp]arties|[Mm]embers|[Mm]ember\s+(?:states|countries|agencies|nations))"
    r"\s+(?:in|of|to)\s+(?:the\s+)?"
)
PARTNERS_VERB = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:include[sd]?|are|were|now\s+include|so\s+far\s+are)(?:\s*:\s*|\s+)(?:the\s+)?"
)
CRAFT_HEAD = re.compile(
    r"\s+(?:mission|program|programme|project|lander|orbiter|rover|probe|satellite|spacecraft|telescope|station)s?\b"
)
JOINT_MISSION_OF = re.compile(
    r"(?:\s+(?:mission|program|programme|project|lander|orbiter|rover|probe|satellite|spacecraft|telescope))?"
    r"(?:,?\s+(?:is|was|will\s+be)\s+|,\s+)(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:mission|project|programme|program|venture|effort|"
    r"collaboration|partnership)\s+"
    r"(?:of|by|between|from)\s+(?:the\s+)?"
)
SITS_WITH = re.compile(r"\b(?:sits?|sat|sitting)\s+(?:together\s+)?with\s+(?:the\s+)?")
BY_TIME = re.compile(
    r"\s+(?:(?:1[89]|2[01])\d\d\b|\d{1,2}\s+[A-Z][a-z]+|(?:the\s+)?(?:end|middle|start|beginning|spring|summer|autumn|fall|winter)\b|then\b|now\b|"
    r"(?:early|late|mid)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
BASED = re.compile(r"-based\b")
PLURAL_APPOSED = re.compile(
    r"\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"[a-z-]+s,\s+(?:the\s+)?"
)
# 'with each cooperating agency: A, B and C': a common noun phrase and the list naming it after a colon.
COLON_APPOSED = re.compile(
    r"\s+(?:each|every|all|the|its|their|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*\s*:\s*(?:the\s+)?"
)
# ', the EU's High Representative': a possessor opening an apposition.
APPOSED_POSSESSOR = re.compile(r",\s+(?:the\s+)?$")
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
PREPOSITION_END = re.compile(r"\b(?:with|of|in|to|on|from)$")
NEAR_OBJECT = re.compile(r"\s*(?:[\w’'.-]+\s+){0,4}")
IT_OBJECT_KINDS = ("Document", "Program", "Organization")
# A document named in the plural ('the Accords', 'the Example Guidelines'): what 'them' stands for first.
PLURAL_DOCUMENT = re.compile(r"(?i:accords|guidelines|principles|rules|regulations|arrangements|norms|standards)$")


def in_focus(view: SentenceView, document: Found | None, pronoun: str, before: int) -> Found | None:
    """The document the text is about, for an 'it' (or a 'them' when its name is plural: 'the Accords')
    that nothing named in the last sentences can stand for."""
    if document is None or document.end > before:
        return None
    if pronoun == "them" and not PLURAL_DOCUMENT.search(view.text, document.start, document.end):
        return None  # ('A and B drafted it, and C joined them': the agents)
    return document


def refer_back(view: SentenceView, history: list[Found], document: Found | None) -> None:
    """Anaphors the earlier stages leave open or point at a part: 'The text,
    drafted by …' opening a sentence is the document in focus; 'the mission'
    is the mission itself, not a lander or rover introduced as its part
    ('its lander, Vikram')."""
    text = view.text
    opening = OPENING_DOCUMENT.match(text, view.start)
    if opening and document is not None and not any(m.start < opening.end() for m in view.mentions):
        view.mentions.insert(
            0, dataclasses.replace(document, start=opening.start(1), end=opening.end(), rule="anaphor")
        )
    for index, mention in enumerate(view.mentions) if "overnment" in view.sentence else ():
        # 'The government has signed …': the government of the country the text is about, not a
        # legislature or ministry named in passing.
        if mention.rule == "anaphor" and re.fullmatch(r"(?:the|The)\s+government", text[mention.start : mention.end]):
            country = focus_country(view, history) if not view.is_(mention, "Country") else mention
            if country is None:
                view.mentions[index] = dataclasses.replace(mention, entity="", rule="unresolved")
            elif country is not mention:
                view.mentions[index] = dataclasses.replace(
                    country, start=mention.start, end=mention.end, rule="anaphor"
                )
    view.mentions = [m for m in view.mentions if m.rule != "unresolved"]
    for match in scan(STATION_ANAPHOR, view.sentence):
        # 'Five agencies take part in the station': the space station the text named last.
        at = view.start + match.start()
        if any(m.start < view.start + match.end() and at < m.end for m in view.mentions):
            continue
        # (one named in an earlier sentence: 'X never became part of the new station' is not X itself)
        target = antecedent(view.linker, ("Station",), history, view.start) or antecedent(
            view.linker, ("Station",), history, at
        )
        if target is not None:
            view.mentions.append(dataclasses.replace(target, start=at, end=view.start + match.end(), rule="anaphor"))
            view.mentions.sort(key=lambda m: (m.start, m.end))
    # 'The flight was run by Axiom Space', 'Both the satellite and the rocket were built by …': crafts named by
    # their common noun opening the sentence (alone, or two joined by 'and').
    both = BOTH_CRAFTS.match(text, view.start) if "oth " in view.sentence[:6] else None
    openings = [both.span(1), both.span(3)] if both else []
    if not both and "The " in view.sentence[:12] and (opening_craft := OPENING_CRAFT.match(text, view.start)):
        openings = [opening_craft.span(1)]
    if openings and any(m.start < openings[-1][1] for m in view.mentions):
        openings = []  # a name among the opening words: no craft left to stand for
    for low, high in openings:
        # (the mission named in the last sentence or two; for 'the rocket', the launcher named last)
        named: Found | None = antecedent(view.linker, ("Mission",), history, view.start)
        if LAUNCHER_NOUN.search(text, low, high):
            named = next((m for m in reversed(history) if m.end <= view.start and m.rule != "anaphor"
                          and view.is_(m, "Program") and not view.is_(m, "Mission")), None)  # fmt: skip
        if named is not None and named.start >= view.start - CRAFT_REACH:
            view.mentions.append(dataclasses.replace(named, start=low, end=high, rule="anaphor"))
    view.mentions.sort(key=lambda m: (m.start, m.end))
    for index, mention in enumerate(view.mentions):
        if mention.rule != "anaphor" or not re.match(
            r"(?:the|that|this)\s+mission\b", text[mention.start : mention.end], re.I
        ):
            continue
        craft = [
            m
            for m in history
            if m.entity == mention.entity
            and m.rule != "anaphor"
            and CRAFT_BEFORE.search(text, max(0, m.start - 30), m.start)
        ]
        if not craft:
            continue
        whole = next((m for m in reversed(history) if m.end <= mention.start and m.rule != "anaphor"
                      and view.is_(m, "Program") and m.entity != mention.entity
                      and re.match(r"\s+mission\b", text[m.end : m.end + 9])), None)  # fmt: skip
        if whole is not None:
            view.mentions[index] = dataclasses.replace(whole, start=mention.start, end=mention.end, rule="anaphor")


STATION_ANAPHOR = re.compile(
    r"\b(?:the|The|this|This)\s+(?:(?:new|old|orbiting|international|same|whole|entire)\s+)?(?:space\s+)?station\b(?!['’]s|-)"
)
STATION_ANAPHOR = lead(STATION_ANAPHOR)  # the same matches, found faster (literals.lead)
OPENING_DOCUMENT = re.compile(
    r"\s*((?:The|This|That)\s+(?:text|document|draft|resolution|treaty|agreement|accords?|convention|charter|pact|"
    r"guidelines|bill))\b"
)
_CRAFT_NOUN = r"(?:flight|spacecraft|craft|capsule|lander|orbiter|probe|rover|satellite|rocket|launcher)"
OPENING_CRAFT = re.compile(rf"\s*(The\s+{_CRAFT_NOUN})\b(?!['’]s|-)")
BOTH_CRAFTS = re.compile(rf"\s*Both\s+(the\s+{_CRAFT_NOUN})(\s+and\s+)(the\s+{_CRAFT_NOUN})\b(?!['’]s|-)")
LAUNCHER_NOUN = re.compile(r"\b(?:rocket|launcher)\b")
# ', usually called the Moon Agreement,', ', known as APSCO,': an apposition that only gives another name.
CALLED_GAP = re.compile(r",\s+(?:[a-z]+\s+)?(?:called|known\s+as)\s[^,;]{1,80},\s")
# A glossary's term on its own line or sentence ('Example Accords.'), and the entry's opening noun phrase after
# it ('Principles for lunar exploration, drafted by …', 'A treaty of 1979, negotiated in …').
TERM_HEADING = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,5}\.[ \t]*$")
ENTRY_OPENING = re.compile(r"\s*(?:An?\s+|The\s+)?[A-Z]?[a-z]+(?:\s+[a-z][\w-]*|\s+(?:of|for|on)\s+[\w-]+){0,6},\s")
# 'It was signed by', '; they had been drafted by': a pronoun subject opening the clause of a passive participle.
PRONOUN_PASSIVE = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|but)\s+)(?P<it>It|it|They|they)\s+(?:(?:was|were|had|has|have|been|first|later|formally|"
    r"then|finally|also|eventually|originally)\s+)+$"
)
# 'NASA paid Example Corp', 'which NASA is paying', 'hired Example Corp': a client paying a company.
PAID = re.compile(r"\b(?:paid|pays|paying|pay|hired|hires|contracted)(?P<gap>\s+(?:the\s+)?)")
PAID_WORDS = re.compile(r"\bpa(?:id|ys?|ying)\b|\bhire|\bcontracted\b")  # (a cheap gate before PAID)
# '… about $118m under the Example programme', '… to carry five instruments': what the payment is for.
PAID_FOR_JOB = re.compile(
    r"(?:\s+(?:about|some|nearly|almost|over|more\s+than|roughly|around|up\s+to)?\s*[$€£]?[\d.,]+\s*(?:[mb]n?|million|"
    r"billion|dollars|euros)?)?(?:\s+(?P<under>under\s+(?:the\s+|its\s+|their\s+|a\s+)?)|\s+to\s+(?!the\b|[A-Z])[a-z]+\b)"
)
# 'bought X together with', 'bid jointly with', 'invested in it alongside': a purchase or stake shared with a partner.
JOINT_DEAL = re.compile(
    r"\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?|took\s+over|takes?\s+over|bid|bids|"
    r"bidding|invested|invests?|investing)\b"
)
TOGETHER_WITH = re.compile(
    r"(?:\s+(?![Ww]ith\b)[\w’'-]+){0,6}?\s+(?:together|jointly)\s+with\s+(?:the\s+)?|\s+it\s+alongside\s+(?:the\s+)?"
)
# ', to which both A and B are parties', ', to which neither A nor B is a party': the parties of the document before.
PARTIES_RELATIVE = re.compile(r",?\s*\bto\s+which\s+(?:both\s+|all\s+|only\s+|(?P<neither>neither)\s+)?(?:the\s+)?")
PARTIES_VERB = re.compile(
    r"\s+(?P<group>(?:(?:is|are|was|were|has|have|had|become|became|becomes|remains?|remained|been|now|also|all|both|"
    r"not|never|no\s+longer|already|since|yet)\s+)+)(?:a\s+|the\s+)?(?:state\s+|contracting\s+)?part(?:y|ies)\b(?!\s+to\b)"
)
# 'the Example Convention of 1972, to which': a year may follow the document's name.
DOCUMENT_HEAD_GAP = re.compile(r"(?:\s+(?:of|from)\s+\d{4})?")
CRAFT_BEFORE = re.compile(r"\b(?:lander|rover|orbiter|probe|module|capsule|spacecraft)s?,?\s+(?:the\s+)?$")


def fits_signature(view: SentenceView, subject: Found, relation: str, obj: Found) -> bool:
    """Whether the classes of a fact's ends are ones the relation takes (the ontology's domain and range):
    only a person is affiliated, with an organization or a country; an actor takes part in or leads what is
    neither a person nor a country ('commanded Soyuz 19' is no leading of the Soviet Union)."""
    if relation == "affiliatedWith":
        # 'who heads the Commission's Enforcement Bureau': the bureau's office, not the Commission's (a
        # unit never found is no affiliation); a name ending in 'Bureau' is no person
        in_sentence = view.start <= obj.start < view.end
        # (a research centre or laboratory typed a facility is an institution one works for: 'X of NASA's
        # Example Space Flight Center')
        institution = view.is_(obj, "Agent") or (view.is_(obj, "Facility") and unit_named(view, obj))
        return (view.is_(subject, "Person") and institution and (not view.is_(obj, "Person") or unit_named(view, obj))
                and not unit_named(view, subject) and not (in_sentence and unnamed_unit_after(view, obj)))  # fmt: skip
    if relation == "participatesIn" and view.is_(subject, "Mission") and view.is_(obj, "Station"):
        return not view.is_(
            subject, "Station"
        )  # ('STS-92, which added a truss to the station': a flight's part; crews18)
    if relation in ("participatesIn", "leads"):
        return view.is_(subject, "Agent") and not view.is_(obj, "Person") and not view.is_(obj, "Country")
    return True


RELATIVE_RIGHT_BEFORE = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:now|also|still|no\s+longer|not|never|does|did)\s+)*$"
)


def owned_program(view: SentenceView, at: int) -> Found | None:
    """The mission or program that is the subject of the verb at ``at``
    ('Example-1 belongs to', '…, and it belongs to' with 'it' a mission), or None; after a relative
    pronoun, the phrase right before it ('inside the Example range, which belongs to': the range)."""
    relative = RELATIVE_RIGHT_BEFORE.search(view.sentence, max(0, at - 40), at)
    if relative is not None:
        head = [m for m in view.before(relative.start()) if m.end == view.start + relative.start()]
        return head[-1] if head and view.is_(head[-1], "Program") else None
    pronoun = PRONOUN_SUBJECT.search(view.sentence, 0, at)
    if pronoun:
        target = antecedent(view.linker, PRONOUN_CLASSES[pronoun.group(1).lower()], view.history,
                            view.start + pronoun.start())  # fmt: skip
        referring = [m for m in view.mentions if m.start == view.start + pronoun.start(1)]
        target = referring[0] if referring else target
        return target if target is not None and view.is_(target, "Program") else None
    if view.clause_subject(at, "Agent"):
        return None
    programs = view.clause_subject(at, "Program")
    return programs[-1] if len(programs) == 1 else None


# 'on a new rocket it calls Qased', 'the rocket, Example-1': a launcher named after its noun.
ROCKET_NOUN_BEFORE = re.compile(
    r"\b(?:rocket|launcher|booster|launch\s+vehicle)s?\b[^.,;:]{0,24}$|\brocket,\s+(?:the\s+)?$"
)


# 'on SpaceX's Crew Dragon', 'aboard an Axiom mission', 'on a Russian Soyuz': a craft that is someone else's.
OTHERS_CRAFT = re.compile(r"(?:['’]s?|\b(?:an?|the)\s+[A-Z][\w-]*)\s+(?:[\w-]+\s+)?$")


# What is built on the ground for a rocket or a programme ('a pad for the Angara rocket', 'a launch complex for X').
GROUND_WORKS = re.compile(
    r"\b(?:(?:launch\s+)?pads?|launch\s+(?:complex(?:es)?|sites?|towers?)|spaceports?|cosmodromes?|factor(?:y|ies)|"
    r"plants?|hangars?|runways?|roads?|assembly\s+(?:buildings?|halls?))\b"
)


def elliptical_sentence(view: SentenceView, candidates: Candidates, first: int) -> None:
    """'India has not signed the Accords. Nor has Japan.', '… Japan has not, either.', '… So has Chile.': a
    sentence that is only a subject and a verb group repeats the sentence before for that subject, negated
    after 'nor', 'neither' or 'not … either' (only a denial is repeated by these), as it was after 'so', 'too'."""
    sentence, start = view.sentence, view.start
    opening = OPENING_ELLIPSIS.match(sentence)
    others = view.group([m for m in view.mentions if view.is_(m, "Agent")], False)
    if not others:
        return
    if opening is not None:
        if others[0].start != start + opening.end() or not ELLIPSIS_TAIL.match(view.text, others[-1].end, view.end):
            return
        negative = opening.group(1) in ("Neither", "Nor")
        planned = aux_modality(opening.group(0))  # ('So will Japan.': a plan; 'Nor has Japan.': none of its own)
        contrast = False
    else:
        closing = CLOSING_ELLIPSIS.match(view.text, others[-1].end, view.end)
        if closing is None or not re.fullmatch(r"\s*(?:the\s+)?", view.text[start : others[0].start]):
            return
        if not re.fullmatch(r"\s*[.;!]?\s*", view.text[closing.end() : view.end]):
            return
        negative = closing.group("neg") is not None
        planned = aux_modality(closing.group(0))  # ('Chile will, too.': a plan)
        # ('India signed the Accords. Japan has not.': a bare denial after a done fact sets the two apart)
        contrast = negative and "either" not in closing.group(0)
    before = sentence_start(view.text, start)
    for stated in [f for f in candidates.facts[:first] if f.get("cue") and before <= f["evidence"][0][0]
                   and f["evidence"][0][1] <= start and f["at"][0] < f["cue"][0]
                   and f["relation"] != "affiliatedWith" and f.get("rule") != "ellipsis"
                   and ((f.get("modality") == "negated") == negative
                        or (contrast and not f.get("modality")))]:  # fmt: skip
        for other in others:
            if other.entity not in (stated["subject"], stated["object"]):
                copy = {**stated, "subject": other.entity, "at": (other.start, other.end), "rule": "ellipsis",
                        "evidence": [view.span, *stated["evidence"]]}  # fmt: skip
                if planned and not negative:
                    copy["modality"] = planned
                if negative:
                    copy["modality"] = "negated"
                candidates.facts.append(copy)


# 'no Chinese or Russian instrument is on board', 'No American payloads were aboard': the countries named by their
# adjectives take no part in the mission in focus (documents19).
NO_NATIONAL_ABOARD = re.compile(
    r"\b[Nn]o\s+(?P<who>(?:[A-Z][\w.-]*(?:\s*,\s*|\s+(?:or|and|nor)\s+))*[A-Z][\w.-]*)\s+(?:[a-z-]+\s+)?"
    r"(?:instruments?|payloads?|experiments?|equipment|hardware|sensors?|cameras?|astronauts?|cosmonauts?)\s+"
    r"(?:is|are|was|were|will\s+be|flies|fly|flew)\s+(?:on\s+board|aboard)\b(?!\s+(?:the\s+)?[A-Z])"
)


def nothing_national_aboard(view: SentenceView, fact: Any, history: list[Found], start: int, sentence: str) -> None:
    """'no Chinese or Russian instrument is on board': each country its adjective names ``participatesIn`` the
    mission in focus, ``negated``."""
    for match in scan(NO_NATIONAL_ABOARD, sentence):
        countries = [m for m in view.mentions if start + match.start("who") <= m.start and m.end <= start + match.end("who")
                     and view.is_(m, "Country")]  # fmt: skip
        # (from the sentence's start: 'contributed to the mission, and no Chinese … is on board' names it before)
        focus = mission_in_focus(view, history, start) if countries else None
        for country in countries if focus is not None and not view.is_(focus, "Station") else ():
            fact(country, "participatesIn", focus, cue=match, before=country, rule="nothing of theirs aboard",
                 forced="negated")  # fmt: skip


def mission_in_focus(view: SentenceView, history: list[Found], before: int) -> Found | None:
    """The mission or craft the text is about at ``before``, the one 'it' would stand for, passing over the
    rockets it flew on ('X was launched on a Long March 5. NASA took no part': X)."""
    if view.salience is None:
        return None
    text, skipped = view.text, set(m.entity for m in view.mentions if view.start <= m.start < before)
    for _ in range(5):
        found = view.salience.referent("it", before, opening=True, exclude=frozenset(skipped))
        if found is None:
            return None
        if not view.is_(found, "Program"):
            skipped.add(found.entity)  # (the body or country that ran it: not what one takes part in)
            continue
        named = [m for m in history if m.entity == found.entity and m.end <= before and m.rule != "anaphor"]
        if not any(
            LAUNCHER_AFTER.match(text, m.end)
            or LAUNCHER_BEFORE.search(text, max(0, m.start - 12), m.start)
            or ROCKET_NOUN_BEFORE.search(text, max(0, m.start - 40), m.start)
            for m in named
        ):
            return named[-1] if named else found
        skipped.add(found.entity)
    return None


def program_in_headline(view: SentenceView, history: list[Found]) -> Found | None:
    """The one programme (no mission, station or craft) the text's headline names, or None."""
    title_end = view.text.find("\n")
    if title_end <= 0 or title_end > 200 or view.start < title_end:
        return None
    # (a name opening the headline may be found only where the body names it again: its words are in the headline)
    headline = view.text[:title_end]
    programs = {m.entity: m for m in history if view.is_(m, "Program") and not view.is_(m, "Mission")
                and not view.is_(m, "Station") and (m.end <= title_end
                                                    or re.search(rf"\b{re.escape(view.text[m.start : m.end])}\b", headline))}  # fmt: skip
    return next(iter(programs.values())) if len(programs) == 1 else None


def sentence_start(text: str, before: int) -> int:
    """Where the sentence before offset ``before`` starts (roughly: after the last full stop or line break)."""
    stop = text.rfind(". ", 0, max(0, before - 2))
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, max(0, before - 2)) + 1)


def object_antecedent(view: SentenceView, history: list[Found], before: int, pronoun: str) -> Found | None:
    """What 'it' or 'them' after a verb stands for: the nearest document or
    program named in the last three sentences ('them': the Accords), else for
    'it' the nearest organization of this sentence or the one before, passing
    over a name that only completes another ('a body of the UN General
    Assembly': the body)."""
    kinds = IT_OBJECT_KINDS if pronoun == "it" else IT_OBJECT_KINDS[:2]
    if pronoun == "it" and view.salience is not None:
        # the salient craft, programme or document (the last sentence's subject, the text's centre), the names
        # of its own clause before it left out: 'X was launched on a Y rocket. Z operates it' is X, not Y
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(view.text, view.start, before)]
        floor = breaks[-1] if breaks else view.start  # ('X was built in Russia, but NASA paid for it': X stays)
        own = frozenset(m.entity for m in view.mentions if floor <= m.start < before)
        salient = view.salience.referent("it", before, opening=True, exclude=own)
        if salient is not None and any(view.is_(salient, k) for k in IT_OBJECT_KINDS[:2]):
            return next((m for m in reversed(history) if m.entity == salient.entity and m.end <= before
                         and m.rule != "anaphor"), salient)  # fmt: skip
    previous = sentence_start(view.text, view.start)
    floors = {"thing": sentence_start(view.text, sentence_start(view.text, previous)), "Organization": previous}
    found: dict[str, list[Found]] = {}
    for mention in reversed(history):
        if mention.end > before or mention.rule == "anaphor":
            continue
        if mention.start < floors["thing"]:
            break
        if CARRIED_ON_PROVIDERS.search(view.text, max(0, mention.start - 40), mention.start):
            continue  # ('Example-9 reached orbit aboard a SpaceX Falcon 9. X ran it': not the rocket it flew on)
        kind = next((k for k in kinds if view.is_(mention, k)), None)
        group_ = "Organization" if kind == "Organization" else "thing"
        if kind is not None and mention.start >= floors[group_]:
            found.setdefault(group_, []).append(mention)
    things = found.get("thing", [])
    # ('X was launched on a Vega rocket. A built it, and B operates it': the craft, not the rocket it rode; roles25)
    things = [m for m in things if not carried_on(view.text, m)] or things
    candidates = things or found.get("Organization") or []
    if pronoun == "them":
        # 'NASA says the accords put the Outer Space Treaty into practice. China has declined to sign them':
        # 'them' is the document with a plural name before the singular one named since.
        plural = [m for m in candidates if PLURAL_DOCUMENT.search(view.text, m.start, m.end)]
        candidates = plural + [m for m in candidates if m not in plural]
    # 'ESA and CNES drafted the Charter, and the CSA joined them': the agents opening the sentence, unless the
    # document is named after them ('A and B drafted the Accords, and C signed them').
    opening = view.group([m for m in view.before(before - view.start) if view.is_(m, "Agent")], False)
    if (pronoun == "them" and len(opening) > 1 and candidates and candidates[0].start < opening[0].start
            and re.fullmatch(r"(?:the\s+|The\s+)?", view.text[view.start : opening[0].start])):  # fmt: skip
        return None
    # ('formed by five Example Union countries, A and B; C joined it': a name that only qualifies a plural of
    # members is not what 'it' stands for; members26)
    candidates = [m for m in candidates if not QUALIFIES_MEMBERS.match(view.text, m.end)] or candidates
    for mention in candidates[:3]:
        if not re.search(r"\b(?:of|in|by|for)\s+(?:the\s+)?$", view.text[max(0, mention.start - 12) : mention.start]):
            return mention
    return candidates[0] if candidates else None


# 'Example Union countries', 'G7 member states', 'NATO allies': a body's name that qualifies a plural of members.
QUALIFIES_MEMBERS = re.compile(r"\s+(?:member\s+)?(?:countries|states|nations|allies|governments|economies)\b")


RISK_RUN = re.compile(r"\s+(?:the\s+|a\s+)?(?:risks?|gauntlet)\b")  # an idiom
PLACE_BETWEEN = re.compile(r"\s+in\s+(?:the\s+)?")  # 'Example University in Examplia': where the one before is
CLAUSE_BREAK = re.compile(r"[,;:]\s|\b(?:but|while|whereas|although|though|because)\s")
# ', with help from', 'with the support of', 'with technical assistance from': who helps the one named before.
HELPED_BY = re.compile(
    r"\s*,?\s*(?:with|thanks\s+to)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:help|support|assistance|contributions?|funding)\s+"
    r"(?:from|of|by)\s+(?:the\s+)?"
)


HELPER_RELATIVE = re.compile(r",\s+(?:whose|which|who|where)\b")


def helpers(view: SentenceView, at: int, limit: int) -> list[Found]:
    """', with help from A and B' after a verb's agent: the agents who helped
    (countries too: 'with help from the United States'); none when the phrase
    does not start right at a name."""
    acronym = SHORT_PARENTHESIS.match(view.text, at, limit)
    at = acronym.end() if acronym else at
    opened = HELPED_BY.match(view.text, at, limit)
    if opened is None:
        return []
    # ('with help from A, whose engineers had worked in B': not B, a name of the relative clause; coref25)
    relative = HELPER_RELATIVE.search(view.text, opened.end(), limit)
    limit = relative.start() if relative else limit
    others = view.group([m for m in view.after(opened.end() - view.start) if view.is_(m, "Agent")
                         and m.start < limit], False)  # fmt: skip
    if not others or others[0].start != opened.end() or view.is_(others[0], "Person"):
        return []
    return [m for m in others if not view.is_(m, "Person") and not APOSTROPHE_S.match(view.text, m.end)]


# 'built it with': a pronoun object, then a plain 'with' (the partner is checked by :func:`named_co_builder`).
PLAIN_WITH_AFTER_IT = re.compile(r"\s+it\s+with\s+(?:the\s+)?")
# What may follow a co-builder's name: the clause's end or a preposition, not a noun it qualifies ('NASA funding').
CO_BUILDER_END = re.compile(r"\s*(?:[.,;:)]|$|\s(?:and|in|on|at|for|from|since|during|to|under|as|between)\b)")


def named_co_builder(view: SentenceView, with_: re.Match[str], limit: int) -> Found | None:
    """Whether a plain 'with' opens a co-builder: a body's or country's name
    right after it (or after words saying what it is: 'the Bulgarian company
    EnduroSat'), not a noun it qualifies ('with NASA funding', 'with NASA's
    help') nor a person."""
    for named in [m for m in view.after(with_.end() - view.start) if m.start < limit][:3]:
        if not view.is_(named, "Agent") or view.is_(named, "Person"):
            return None
        if named.start != with_.end() and not CO_BUILDER_WORDS.fullmatch(view.text, with_.end(), named.start):
            return None
        if CO_BUILDER_END.match(view.text, named.end):
            return named
        if not view.is_(named, "Country") or not LOWER_WORD_AFTER.match(view.text, named.end):
            return None  # ('the Bulgarian company EnduroSat': a nationality before the noun goes on to the name)
    return None


def co_builders_listed(view: SentenceView, first: Found, limit: int) -> list[Found]:
    """The co-builders listed after the first ('with Japan, Canada and the European Space Agency'): bodies or
    countries joined to it by commas and 'and', up to ``limit``."""
    listed = view.group([m for m in view.after(first.start - view.start) if m.start < limit], False)
    if not listed or listed[0] is not first:
        return []
    return [m for m in listed[1:] if view.is_(m, "Agent") and not view.is_(m, "Person")]


# 'flew to the Moon aboard', 'rode on board', 'went up on': the verb of a payload carried by another craft.
CARRIED_ABOARD = re.compile(
    r"\b(?:flew|flies|fly|flown|rode|rides|travel(?:l)?ed|went|was\s+carried|is\s+carried)\b[^,;:]{0,40}?"
    r"\b(?:aboard|on\s+board|on)\s+(?:the\s+|an?\s+)?"
)


def carrier_of(view: SentenceView, payload: Found, after_at: int) -> Found | None:
    """The spacecraft (a mission, not a rocket type) the payload's own clause
    says it flew aboard ('…, built by A, flew aboard China's Example-6'), or
    None."""
    found = CARRIED_ABOARD.search(view.sentence, after_at)
    if found is None:
        return None
    named = [m for m in view.after(found.end()) if m.start >= view.start + found.end()]
    # ('aboard China's Example-6': past the possessor, a modifier of the name after it)
    carrier = next((m for m in view.mentions if m.start == view.start + found.end()), None)
    if carrier is not None and id(carrier) in view.modifiers:
        carrier = named[0] if named and APOSTROPHE_S.match(view.text, carrier.end) else None
    if carrier is None or carrier.entity == payload.entity or not view.is_(carrier, "Mission"):
        return None
    return carrier


def accompanying(view: SentenceView, at: int, limit: int) -> list[Found]:
    """', with A and B' closing the clause after a verb's object or agent ('commanded Soyuz 19, with
    Jane Example'): the names of who was with the subject; none when more follows them (', with Japan
    expected to join')."""
    # ('the German Example Centre (GEC), with …': past the agent's acronym)
    acronym = SHORT_PARENTHESIS.match(view.text, at, limit)
    at = acronym.end() if acronym else at
    opened = ACCOMPANIED.match(view.text, at, limit)
    if opened is None:
        return []
    others = view.group([m for m in view.after(opened.end() - view.start) if view.is_(m, "Agent")
                         and m.start < limit], False)  # fmt: skip
    # ('with the French space agency CNES': a common noun may say what the first one is)
    if not others or not (others[0].start == opened.end() or (not view.is_(others[0], "Person")
                          and DESCRIBED_PARTNER.fullmatch(view.text, opened.end(), others[0].start))):  # fmt: skip
        return []
    if not CLAUSE_CLOSE.match(view.text, others[-1].end):
        return []
    return [m for m in others if not view.is_(m, "Country") and not APOSTROPHE_S.match(view.text, m.end)]


# 'with Jane Doe as its director': the role the person named after 'with' holds in the subject's undertaking.
AS_ROLE_OF_PERSON = re.compile(
    r"\s+as\s+(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?(?:director|head|chief|leader|manager|administrator|"
    r"commander|chair|chairman|chairwoman|president|adviser|advisor|scientist)\b"
)


def builder_partners(
    view: SentenceView, fact: Callable[..., None], match: Any, by: Any, agents: list[Found], built: Found, limit: int
) -> None:
    """'built by DLR with CNES', 'built by A in partnership with B': the builder and the one it builds with
    are partners, and that one takes part; 'built for NASA by Rockwell', 'built by X for NASA': the builder
    and the one it builds for are partners."""
    text, start = view.text, view.start
    # ('together with' joins a list: 'built by A together with B' gives A and B as agents)
    co = CO_BUILDER.match(text, agents[0].end, limit) or CO_BUILDER.match(text, agents[-1].end, limit)
    partners = view.group([m for m in view.after(co.end() - start) if view.is_(m, "Agent")], False) if co else []
    partners = [m for m in partners if m.start < limit and not view.is_(m, "Person")
                and not APOSTROPHE_S.match(text, m.end) and m.entity != agents[0].entity]  # fmt: skip
    if co and partners and CO_BUILDER_WORDS.fullmatch(text, co.end(), partners[0].start):
        for partner in partners:
            fact(agents[0], "partnerOf", partner, cue=match, before=built, rule="built with")
            fact(partner, "participatesIn", built, cue=match, before=built, rule="built with")
    # 'built for NASA by …' (between the participle and 'by'), '… by Example Corp for the agency'
    clients = [m for m in view.mentions for at in (FOR_CLIENT.match(text, start + match.end()),
               BUILT_FOR_CLIENT.match(text, agents[-1].end, limit)) if at is not None and m.start == at.end()]  # fmt: skip
    for client in clients:
        if view.is_(client, "Organization") and not view.is_(client, "Country") and client.end <= limit:
            for agent in agents:
                fact(agent, "partnerOf", client, cue=match, before=built, rule="built for")


def apposed_name(view: SentenceView, possessor: Found, limit: int) -> Found | None:
    """The name after 'Russia's president, ', 'Chile's, ', 'ESA's control centre, ' following ``possessor``."""
    apposed = POSSESSED_APPOSED.match(view.text, possessor.end, limit)
    return next((m for m in view.mentions if m.start == apposed.end()), None) if apposed else None


# Between a noun cue's own determiner and the noun: a possessive with up to two modifiers ('Britain's full
# participation'), or a nationality with at most one ('German participation', 'Japanese scientific cooperation').
NOUN_DETERMINER_GAP = re.compile(r"['’]s\s+(?:[a-z][a-z-]*\s+){0,2}|\s+(?:[a-z][a-z-]*\s+)?")
# Two determiners of one noun ('German and French participation', 'Japan's and India's membership').
DETERMINERS_JOINED = re.compile(r"(?:['’]s)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)")
# Words that may stand between a nationality and its noun without being a verb of the clause
NOUN_MODIFIER = re.compile(
    r"(?:full|continued|active|formal|future|further|joint|early|scientific|technical|industrial|financial|"
    r"military|official|direct|closer|close|greater|own|new)\s+"
)


def noun_cue_determiners(view: SentenceView, at: int) -> list[Found]:
    """The names that determine the noun cue at text offset ``at`` ('German' in 'together with German participation
    in X', 'Britain's' in 'Britain's full membership of Y', 'German and French' in 'German and French
    participation'); none when the noun has no name of its own right before it."""
    owner = next(
        (m for m in view.mentions if m.end <= at and NOUN_DETERMINER_GAP.fullmatch(view.text, m.end, at)), None
    )
    if owner is None:
        return []
    gap = view.text[owner.end : at]
    if not re.match(r"['’]s", gap) and gap.strip() and not NOUN_MODIFIER.fullmatch(gap.lstrip()):
        return []  # 'Japan signed cooperation …', 'ESA ended cooperation …': a verb, not a modifier
    owners = [owner]
    while True:
        earlier = next((m for m in reversed(view.mentions) if m.end <= owners[0].start
                        and DETERMINERS_JOINED.fullmatch(view.text, m.end, owners[0].start)), None)  # fmt: skip
        if earlier is None:
            return owners
        owners.insert(0, earlier)


def signing_parties(view: SentenceView, verb_end: int, object_end: int, limit: int) -> list[Found]:
    """'… the Example Agreement with Chile and Peru in 2011', '… it with Chile': the parties named after 'with'
    that closes a signing (offsets in the text); none when more follows them ('with Chile watching')."""
    at = max(verb_end, object_end)
    pronoun = re.match(r"\s+(?:it|them)\b", view.text[at:limit]) if object_end < at else None
    opened = SIGNED_WITH.match(view.text, at + (pronoun.end() if pronoun else 0), limit)
    if opened is None:
        return []
    parties = view.group([m for m in view.after(opened.end() - view.start) if view.is_(m, "Agent") and m.start < limit],
                         False)  # fmt: skip
    if not parties or parties[0].start != opened.end() or not PARTY_CLOSE.match(view.text, parties[-1].end):
        return []
    return parties


def parts_listed(view: SentenceView, at: int) -> list[Found]:
    """The crafts or programs listed from sentence offset ``at`` ('Alpha rockets and Beta capsules', 'Alpha, Beta
    and Gamma'): a plural noun may follow each name; the list ends at anything else."""
    parts: list[Found] = []
    pos = view.start + at
    for mention in view.after(at):
        if not PART_LIST_GAP.fullmatch(view.text, pos, mention.start) or not view.takes(mention, "Program"):
            break
        if parts and not re.search(r",|\band\b", view.text[pos : mention.start]):
            break
        parts.append(mention)
        pos = mention.end
    return parts


def skip_parenthesis(sentence: str, pos: int) -> int:
    """The position before an apposition or relative clause that ends at ``pos``
    (or before the auxiliaries that follow it: '…, a partner of NASA, has not')."""
    match = _parenthesis(sentence[:pos])
    if match:
        return match.start()
    tail = VERB_GROUP_TAIL.search(sentence, 0, pos)
    if tail and tail.start() < pos:
        match = _parenthesis(sentence[: tail.start()])
        if match:
            return match.start()
    copula = COPULA_NOUN_TAIL.search(sentence, 0, pos) if "," in sentence[:pos] else None
    copula = copula or (COPULA_VERB_TAIL.search(sentence, 0, pos) if "," in sentence[:pos] else None)
    if copula is not None:
        # 'Italy, a founding member of ESA, is also a partner of NASA': a noun cue after a copula (lead22)
        match = _parenthesis(sentence[: copula.start()])
        if match:
            return match.start()
    return pos


def _parenthesis(head: str) -> re.Match[str] | None:
    """PARENTHESIS in ``head``: it ends with a comma and spaces at most, so a head that does not cannot match
    (``\\s`` is what ``str.rstrip`` strips); the test spares a search from every comma."""
    return PARENTHESIS.search(head) if head.rstrip().endswith(",") else None


# 'Example Corp of Exampleton, which': the name before a place that says where it is from.
PLACED_HEAD = re.compile(r"\s+(?:of|from|in)\s+")
PLACED_TAIL = re.compile(r"\s+(?:of|from|in)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")


def paid_relative(view: SentenceView, at: int) -> Found | None:
    """The company a relative clause whose verb is at ``at`` is about, when
    the verb has no object of its own ('Example Corp of Exampleton, which NASA
    is paying under …': Example Corp)."""
    relative = list(scan(RELATIVE_CLAUSE, view.sentence[:at]))
    if not relative or not re.match(r",?\s*(?:which|that|whom)\b", relative[-1].group(0)):
        return None
    named = view.before(relative[-1].start())
    if not named:
        return None
    at_ = view.start + relative[-1].start()
    if named[-1].end != at_:
        # ('Example Corp of Exampleton, which': a place no mention names)
        return named[-1] if PLACED_TAIL.fullmatch(view.text, named[-1].end, at_) else None
    if (
        view.is_(named[-1], "Place")
        and len(named) > 1
        and PLACED_HEAD.fullmatch(view.text, named[-2].end, named[-1].start)
    ):
        return named[-2]
    return named[-1]


def repeated_objects(view: SentenceView, preposition: str, at: int, limit: int, range_: str) -> list[Found]:
    """'… with A and with B', '… with A, and also with B': the names after a
    preposition repeated in a coordination, each right after its preposition."""
    again = re.compile(rf"\s*,?\s+and\s+(?:also\s+|then\s+)?{re.escape(preposition)}\s+(?:the\s+)?")
    found: list[Found] = []
    while (more := again.match(view.text, at, limit)) is not None:
        named = view.group([m for m in view.after(more.end() - view.start) if view.takes(m, range_)
                            and m.start < limit], False)  # fmt: skip
        if not named or named[0].start != more.end():
            break
        found += named
        at = named[-1].end
    return found


# 'under the engineer Jane Doe', 'by a team that the physicist Jane Doe led', 'by a team led by Jane Doe': the
# person who led the building, after its agent.
TEAM_LEADER = re.compile(
    r"\b(?:under\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?|by\s+a\s+team\s+(?:(?:led|headed)\s+by|(?:that|which)|"
    r"under)\s+(?:the\s+)?)(?:(?:[a-z]+|then-[a-z]+)\s+){0,2}?(?=[A-Z])"
)
TEAM_LED_AFTER = re.compile(r"\s+(?:led|headed|ran)\b")
RELATIVE_TEAM = re.compile(r"(?:that|which)\s+(?:the\s+)?(?:(?:[a-z]+|then-[a-z]+)\s+){0,2}?$")


def team_leaders(view: SentenceView, at: int) -> list[Found]:
    """The person named after 'under (the engineer)' or 'by a team that … led' / 'led by' in the clause after
    ``at`` (the agent's end), up to the sentence's first semicolon."""
    stop = view.text.find(";", at, view.end)
    end = stop if stop >= 0 else view.end
    for match in TEAM_LEADER.finditer(view.text, at, end):
        person = next((m for m in view.mentions if m.start == match.end() and view.is_(m, "Person")), None)
        if person is None or POSSESSIVE_GAP.match(view.text, person.end):
            continue  # ('under President Jane Doe's plan': the plan's, not the building's)
        if RELATIVE_TEAM.search(match.group(0)) and not TEAM_LED_AFTER.match(view.text, person.end, end):
            continue  # ('a team that Jane Doe led': the relative clause's verb closes it)
        return [person]
    return []


def named_after_nationality(view: SentenceView, agents: list[Found]) -> list[Found]:
    """'built by the French-Italian manufacturer Example Space': the body named after the nationalities and the
    noun they describe acts, not the countries (makers17); agents without such a name are kept as they are."""
    at = 0
    while at < len(agents) and view.is_(agents[at], "Country"):
        body = NATIONAL_BODY_AFTER.match(view.text, agents[at].end)
        if body is None:
            return agents
        named = next((m for m in view.mentions if m.start >= body.end()
                      and re.fullmatch(r"\s*", view.text[body.end() : m.start])), None)  # fmt: skip
        if named is not None and view.is_(named, "Organization") and not view.is_(named, "Country"):
            return [named]
        at += 1
    return agents


def relations(
    view: SentenceView, candidates: Candidates, document: Found | None = None, history: list[Found] | None = None
) -> None:
    sentence, start = view.sentence, view.start
    # Antecedents are looked for among the last few hundred mentions, so the work stays linear in the text.
    history = (history or [])[-RECENT:]
    view.history = history
    refer_back(view, history, document)
    first = len(candidates.facts)
    is_, before, after, group = view.is_, view.before, view.after, view.group

    def fact(
        subject: Found,
        relation: str,
        obj: Found,
        confidence: float = 0.5,
        cue: Any = None,
        before: Found | None = None,
        rule: str = "verb between subject and object",
        forced: str | None = None,
    ) -> None:
        """A relation; ``cue`` is the match of the words that state it and
        ``before`` the mention before them (the subject, or the object of a passive)."""
        if subject.entity == obj.entity:
            return
        if relation == "memberOf" and view.is_(subject, "Person"):
            relation = "affiliatedWith"  # a person in a body is affiliated with it; members are states or bodies
        if not fits_signature(view, subject, relation, obj) and not (
            rule in ("launch site", "built at") and is_(subject, "Facility") and view.craft(obj)
        ):
            # classes the relation does not take (a person leading a country, a mission affiliated); a launch site
            # takes part in the craft it launched (GUIDELINES v22; participation23), and a body's centre in the craft
            # assembled there ('at NASA's Example Center': makers.built_at lets no other facility through;
            # participation26)
            return
        if cue is not None and REQUEST_INFINITIVE.search(sentence, max(0, cue.start() - 100), cue.start()):
            return  # 'NASA invited India to join the Artemis program': asked, not done
        if (
            relation in ("participatesIn", "leads")
            and is_(subject, "Country")
            and NATIONAL_PERSON.search(view.text, max(0, subject.start - 30), subject.start)
            and NOT_A_NAME_AFTER.match(view.text, subject.end)
        ):
            return  # 'the first Russian to fly on X', 'an American aboard X': a person, not the country (relations15)
        if (relation == "memberOf" and not is_(subject, "Person") and OWNED_GROUP.match(view.text, obj.end)
                and cue is not None and 0 <= obj.start - (start + cue.end()) <= 5):  # fmt: skip
            return  # "a member of APSCO's observer group": of the group the body has, not of the body (precision16)
        if OUTSIDE_BEFORE.search(view.text, max(0, subject.start - 20), subject.start):
            return  # 'two countries outside the Union take part': the name after 'outside' is no actor
        if relation in ("memberOf", "partOf") and PEOPLE_OF.match(view.text, subject.end):
            return  # "China's astronauts belong to the PLA": the people are members, not their country (precision16)
        if relation != "affiliatedWith" and any(
            is_(arg, "Country") and NATIONAL_BODY_AFTER.match(view.text, arg.end) for arg in (subject, obj)
        ):
            # 'the Russian space agency launched X', 'a Japanese company built X': the body acts (relations15);
            # 'signed a deal with the Japanese firm X', 'with the Emirati space agency': the body is the partner
            return
        if (
            relation != "affiliatedWith"
            and any(
                POSSESSED_BODY_AFTER.match(view.text, arg.end)
                # ('Northrop Grumman, NASA's prime contractor, built …': an apposition says whose the other name is)
                # (nor a predicate: 'Example Corp is NASA's main contractor')
                and not re.search(
                    r"(?:,\s*|\b(?:is|was|are|were|became|becomes|remains)\s+)(?:the\s+)?$",
                    view.text[max(0, arg.start - 12) : arg.start],
                )
                for arg in (subject, obj)
            )
        ):
            return  # 'Nelson's agency has worked with Luxembourg': the agency, not its head (precision20)
        if cue is not None and LET_INFINITIVE.search(sentence, max(0, cue.start() - 100), cue.start()):
            return  # 'a deal that lets Example cosmonauts fly on X': allowed, not done
        if cue is not None and BARRED_FROM.search(sentence, max(0, cue.start() - 100), cue.start()):
            return  # 'a law bars NASA from bilateral work with China': forbidden, not done (nor denied by the actor)
        if (
            cue is not None
            and (
                PROHIBITED.search(sentence, max(0, cue.start() - 100), cue.start())
                or PROHIBITED_GERUND.search(sentence, max(0, cue.start() - 200), cue.start())
            )
            and EXCEPTED.match(view.text, max(obj.end, start + cue.end()), view.end)
        ):
            return  # 'bars the agency from working with China unless it first certifies …': neither done nor denied
        if cue is not None and undecided(sentence, cue.start()) and not answered(sentence, cue.start()):
            return  # 'has not decided whether to join X': nothing either way (claims8)
        if (
            cue is not None
            and obj.start > start + cue.end()
            and another_verbs_object(view.text, start + cue.end(), obj.start)
        ):
            return  # 'Japan joined X and has not signed Y': Y is the second verb's (claims9)
        if (
            cue is not None
            and obj.start > start + cue.end()
            and ATTRIBUTION_BETWEEN.search(view.text, start + cue.end(), obj.start)
        ):
            return  # 'Japan will join X, according to NASA': a source is no object (claims11)
        comma = view.text.rfind(",", start + cue.end(), obj.start) if cue is not None else -1
        if comma >= 0 and (
            ATTRIBUTION_TAIL.fullmatch(view.text, comma, view.end) or SOURCE_TAIL.fullmatch(view.text, comma, view.end)
        ):
            # 'India will join X, ISRO said', '…, Jane Doe, ISRO's chairman, told reporters': the speaker named in
            # the attribution that closes the sentence is no object of the verb before it (claims12).
            return
        entry: dict[str, Any] = {"subject": subject.entity, "relation": relation, "object": obj.entity,
                                 "evidence": [view.span], "confidence": confidence}  # fmt: skip
        entry["at"] = (subject.start, subject.end)
        entry["rule"] = rule
        if cue is not None:
            anchor = before or subject
            entry["cue"] = (start + cue.start(), start + cue.end())
            at = (anchor.start - start, anchor.end - start)
            if at[0] > cue.start():
                # The subject comes after the verb ('…, which thirty countries have not signed, among them A'):
                # the verb group is the clause's words before the verb.
                breaks = [m.end() for m in re.finditer(r"[,;:]|\b(?:which|that)\b", sentence[: cue.start()])]
                at = (breaks[-1], breaks[-1]) if breaks else (0, 0)
                placed = PLACED_PLURAL.match(sentence, at[1], cue.start())
                # ('two countries outside the Union take part in X: A and B': where the plural is, no negation)
                at = (placed.end(), placed.end()) if placed is not None else at
            # 'The signatories do not include A': a subject after the verb, with a negation before it.
            said = modality(sentence, at, (cue.start(), cue.end()), anchor.start - start)
            if not said and NOMINAL_CUE.search(sentence, cue.start(), cue.end()) and obj.end > start + cue.end():
                # 'Russia's participation in the Gateway ended in 2020': the verb after a noun cue says it.
                predicate = re.split(
                    r"[,;.]|\b(?:and|but|while|although|though|whereas)\b", view.text[obj.end : view.end]
                )[0]
                predicate = " ".join(predicate.split()[:4])
                if NEGATION.search(predicate):
                    said = "negated"
                elif UNSETTLED_PREDICATE.search(predicate):
                    return  # 'Russia's participation in X remains uncertain': nothing either way (as 'whether')
                elif PREDICATE_PLAN.search(predicate) or PLAN.search(predicate) or PENDING_PREDICATE.search(predicate):
                    said = "planned"
            if cue.re is NOT_IN and said is None:
                said = "negated"  # 'kept well clear of X': the negation is in the cue's own words, never a done fact
            if said == "negated" and cue.group(0).lower().startswith("ratif"):
                return  # 'has never ratified it' says nothing against having signed it
            if (
                said == "negated"
                and DENIED_UNTIL_THEN.search(sentence, max(0, cue.start() - 30), cue.start())
                and UNTIL_THEN_AFTER.match(sentence, cue.end())
            ):
                # 'He had never worked at NASA before' beside his later post there: a denial of the time before,
                # not of the relation (GUIDELINES.md, the twenty-second set; people23)
                return
            if not said and ATTEMPTED.search(sentence, max(0, cue.start() - 40), cue.start()):
                said = "planned"  # 'Canada sought to join', 'tried to join', 'looked for ways to work with': not done
            if said in ("planned", "predicted") and rule == "released craft":
                said = None  # 'X will release Y next year': Y is aboard X now (GUIDELINES.md, the golds reconciled)
            if said:
                entry["modality"] = said
        if forced == "negated" and rule == "leaves" and cue is not None and negated_group(sentence, at[1], cue.start()):
            entry.pop("modality", None)  # 'the UK is not leaving ESA', 'will not leave it': it stays (claims11)
        elif forced:
            entry["modality"] = forced
        candidates.facts.append(entry)

    def joint(subjects: list[Found], relation: str, objects: list[Found], cue: Any, limit: int) -> None:
        """'CNSA and Roscosmos lead it together': the subjects are partners.
        '… leads the ILRS together with Russia': Russia leads it too; '… runs
        the mission with ESA': ESA takes part; either way they are partners."""
        opening = min([s.end for s in subjects] + [start + cue.start()])
        document = relation in ("signs", "drafts", "submits", "proposes")
        if len(subjects) > 1 and not document and re.search(JOINTLY_DONE, view.text[opening:limit]):
            for one, other in itertools.combinations(subjects[::-1], 2):
                fact(one, "partnerOf", other, cue=cue, rule="joint subjects")
        tail = max(cue.end() + start, objects[-1].end)
        # 'NASA built it together with ESA': past a pronoun object standing for a name before the verb.
        pronoun = PRONOUN_OBJECT.match(view.text, tail, limit) if objects[-1].end < tail else None
        tail = pronoun.end() if pronoun else tail
        # '… operates the Example-5 mission together with ESA': the object's head noun comes first.
        head = CRAFT_HEAD.match(view.text, tail, limit)
        with_ = CO_AGENT.match(view.text, head.end() if head else tail, limit)
        if (
            with_ is None
            and view.text[tail : tail + 1] == ","
            and APPOSED_CRAFT_BEFORE.search(view.text, max(start, objects[-1].start - 40), objects[-1].start)
        ):
            # 'built its first satellite, X, together with Y': past the comma closing the craft's apposition, as
            # a plain 'with' is read there (participation23)
            with_ = CO_AGENT.match(view.text, tail + 1, limit)
        if with_ is None:
            # 'X commanded Soyuz 19, with Jane Example': who was with the subject takes part.
            for other in accompanying(view, head.end() if head else tail, limit) if relation != "drafts" else ():
                for obj in objects:
                    fact(other, "participatesIn", obj, cue=cue, before=subjects[0] if subjects else None,
                         rule="accompanied by")  # fmt: skip
                for subject in subjects if not is_(other, "Person") else ():
                    fact(subject, "partnerOf", other, cue=cue, rule="accompanied by")
            return
        others = group([m for m in after(with_.end() - start) if is_(m, "Agent") and m.start < limit], False)
        others = [m for m in others if not re.match(r"['’]s\b", view.text[m.end : m.end + 2])]
        # ('runs it with Jane Doe as its director': a person in a role of the subject's runs nothing with it)
        others = [m for m in others if not (is_(m, "Person") and AS_ROLE_OF_PERSON.match(view.text, m.end))]
        # 'together with the toy maker Example Corp': a common noun may name what the partner is.
        if not others or not (others[0].start == with_.end() or (with_.group(1) and re.fullmatch(
                r"(?:[a-z][\w-]*\s+){1,3}", view.text[with_.end() : others[0].start]))):  # fmt: skip
            return
        # ('a programme that A runs with B': running with another body in a relative clause is running it together,
        # GUIDELINES v17; 'NASA runs the mission with ESA', 'leads the mission with ESA' leave ESA taking part)
        run_with = (
            relation == "leads"
            and RUN_VERB.match(cue.group(0)) is not None
            and bool(subjects)
            and (RELATIVE_OPENS.search(view.text, max(start, subjects[0].start - 12), subjects[0].start) is not None)
        )
        shared = relation if with_.group(1) or document or run_with else "participatesIn"
        for other in others:
            for obj in objects:
                fact(other, shared, obj, cue=cue, before=subjects[0] if subjects else None, rule="joint subjects")
            for subject in subjects if not document else ():
                if is_(subject, "Person") and is_(other, "Person"):
                    continue  # ('A flew Example-9 with B': crewmates each take part, no partners; GUIDELINES v16)
                fact(subject, "partnerOf", other, cue=cue, rule="joint subjects")

    def co_built(subjects: list[Found], built: Found, partner: Found, cue: Any, limit: int) -> None:
        """'A built X with B', 'with B, C and D': each builder takes part in X, A is each partner's partner."""
        for other in [partner, *co_builders_listed(view, partner, limit)]:
            for subject in subjects:
                if subject.entity != other.entity:
                    fact(subject, "participatesIn", built, cue=cue, rule="built with")
                    fact(subject, "partnerOf", other, cue=cue, rule="built with")
            if other.entity != built.entity:
                fact(other, "participatesIn", built, cue=cue, before=subjects[0] if subjects else None,
                     rule="built with")  # fmt: skip

    # 'Signing the Accords on Monday, Ecuador …': a verb opening the sentence is matched in lower case.
    lowered = sentence[:1].lower() + sentence[1:]
    for at_cue in which(CUE_PATTERNS, lowered):  # the cues whose words are there, in order (see literals.py)
        cue, relation = ALL_CUES[at_cue]
        domain, range_ = SIGNATURES[relation]
        for match in cue.finditer(lowered):
            owned = OWNED_ROLE.search(sentence, max(0, match.start() - 40), match.end())
            if relation == "participatesIn" and owned and owned.group(1).startswith("partner"):
                continue  # 'Canada is NASA's partner in X': roles.py reads who is whose partner
            tail = PASSIVE_TAIL.match(sentence, match.end())
            if tail and not BY_TIME.match(sentence, tail.end()):
                continue  # a passive: below ('signed by 2023' is a time)
            if PLURAL_FORM.match(lowered, match.start()) and QUANTIFIER_BEFORE.search(
                lowered, max(0, match.start() - 16), match.start()
            ):
                # 'how many launches it had sold', 'two launches for NASA': a counted noun, not a verb (a verb
                # after a plural subject has no -s: 'all three sign it')
                continue
            if relation == "memberOf" and COUNTED_MEMBERS_ITEM.search(
                lowered, max(0, match.start() - 30), match.start()
            ):
                # 'with Canada, Japan and nine member states of ESA': a counted noun phrase coordinated with the
                # names before it is one more item of the list, not what they are ('A and other member states
                # of X' still makes A one).
                continue
            verb = NOUN_CUE_VERB.search(sentence, max(0, match.start() - 60), match.start())
            if (
                relation == "partnerOf"
                and not verb
                and NOT_A_PARTY.search(sentence, max(0, match.start() - 60), match.start())
            ):
                continue  # 'Congress approves launch safeguards deal with the United States': not a party to it
            at = verb.start() if verb and relation == "partnerOf" else match.start()
            subjects = [m for m in view.clause_subject(at, domain) if view.own_clause(m, at)]
            if (subjects and PREPOSITION_BEFORE.search(view.text, max(view.start, subjects[0].start - 12), subjects[0].start)
                    and not RELATIVE_WORD.search(view.text, subjects[-1].end, start + match.end())
                    # (not a gerund's subject right before it: 'talks on India joining X')
                    and view.text[subjects[-1].end : start + match.start()].strip()):  # fmt: skip
                # 'She served in the State Duma as a member of X': a preposition's object is no subject, unless a
                # relative clause opens after it ('to the CD, whose seat is in Geneva'; precision16)
                subjects = []
            semicolon_clause = NEW_CLAUSE_AFTER_SEMICOLON.search(sentence, 0, at)
            if semicolon_clause is not None:
                # 'X … after launching with A in March; the seat was bought from B': past a semicolon, a clause with
                # a subject of its own (a common noun) has no subject before the semicolon (precision26)
                subjects = [m for m in subjects if m.start > start + semicolon_clause.start()]
            nationals = [m for m in subjects if is_(m, "Country") and PEOPLE_NOUN_AFTER.match(view.text, m.end)]
            if relation in ("participatesIn", "leads", "memberOf") and nationals:
                # 'Russian cosmonauts fly on Crew Dragon': the people, not their country, are the subject, and no
                # name before them is ('under a deal NASA signed with Roscosmos, Russian cosmonauts fly'; precision24)
                subjects = [m for m in subjects if m.start > nationals[-1].end]
            agent_at = next(
                (i for i, m in enumerate(subjects)
                 if m.end <= start + match.start()
                 and PARTICIPLE_AGENT_BEFORE.search(view.text, max(view.start, m.start - 60), m.start)
                 and not RELATIVE_WORD.search(view.text, m.end, start + match.start())
                 # ('run by A, a group founded to compete for X', 'built by A, a company based in B, under a
                 # contract with C': past an apposition on the agent, the verb may be the agent's own)
                 and not APPOSITION_AFTER.match(view.text, subjects[-1].end)),
                None,
            )  # fmt: skip
            if agent_at is not None and not PASSIVE_TAIL.match(sentence, match.end()):
                # 'The lander made by Examplo Robotics joined the Artemis programme': the participle's agent, and the
                # names coordinated after it, are not the subjects of the verb (precision24)
                subjects = subjects[:agent_at]
            if NOMINAL_CUE.match(lowered, match.start()) and not verb:
                # 'together with German participation in X', 'and Britain's full membership of Y': a noun cue with a
                # name of its own before it (a nationality, a possessive) has that name as its only subject, not
                # the names of the clause around the noun phrase (precision20).
                determiners = noun_cue_determiners(view, start + match.start())
                if determiners:
                    subjects = [m for m in determiners if is_(m, domain)]
            range_ = SIGNATURES[relation][1]
            if relation == "partOf" and not subjects:
                # 'Example Station never became part of the ISS': a station or module in a station.
                subjects = [m for m in view.clause_subject(at, "Station") if view.own_clause(m, at)]
                range_ = "Station" if subjects else range_
            if relation == "participatesIn" and owned:
                # 'Example Corp, NASA's prime contractor for X': the possessor is not the contractor
                subjects = [m for m in subjects if m.end != start + owned.start()]
            limit = start + view.clause_end(match.end())
            if relation == "leads" and RISK_RUN.match(sentence, match.end()):
                continue  # ('runs the risk of losing Example-1', 'ran the gauntlet': an idiom, nothing run; coref25)
            if subjects and RELATIVE_BETWEEN.fullmatch(view.text, subjects[-1].end, start + match.start()):
                # 'Japan, which has not joined X, signed Y': the relative clause ends at its comma (claims8).
                limit = min(limit, start + (sentence.find(",", match.end()) % (len(sentence) + 1)))
            for aside in RELATIVE_ASIDE.finditer(sentence) if "," in sentence else ():
                if aside.start() < match.start() and aside.end() > match.end():
                    # 'Pakistan, which China helped to launch its first satellite, joined the ILRS': a verb inside a
                    # relative clause set off by commas takes no object past its closing comma (precision23)
                    limit = min(limit, start + aside.end() - 1)
            if subjects and subjects[0].start > start + match.end() and ":" in sentence[match.end() :]:
                # 'Five agencies joined it: A, B and C': the subjects listed after a colon are no objects.
                limit = min(limit, start + sentence.index(":", match.end()))
            # 'ISRO launched NISAR': what is launched is a craft, even a new name guessed to be an organization.
            launched = relation == "leads" and match.group(0).startswith("launch")
            # 'as contributions to the Example Year': one contributes to an event as to a craft or program.
            given = relation == "participatesIn" and match.group(0).endswith(" to") and "contribution" in match.group(0)
            # ('competed in the Example Prize': a contest is an event one takes part in; relations13)
            given = given or (relation == "participatesIn" and match.group(0).startswith("compet"))
            # ('took part in the Example Games', 'ran the Example Marathon': a public event other than a meeting is
            # taken part in like a programme; people22)
            event = relation == "participatesIn"
            # ('no longer takes part in Galileo': a navigation system, typed a facility, is taken part in too)
            kept_out = cue is NOT_IN and relation == "participatesIn"
            objects = [m for m in group([m for m in after(match.end()) if m.start < limit and (
                view.craft(m) if launched else view.takes(m, range_) or (given and (view.craft(m) or is_(m, "Event")))
                or (kept_out and is_(m, "Facility"))
                or (event and is_(m, "Event") and not is_(m, "Meeting")))], False)]  # fmt: skip
            if objects and PREPOSITION_END.search(match.group(0)):
                # 'signed contracts with SpaceX and with ISRO': the preposition repeated before each name.
                objects += repeated_objects(view, match.group(0).split()[-1], objects[-1].end, limit, range_)
            if (
                (launched or match.group(0).startswith("command"))
                and objects
                and not DIRECT_OBJECT_GAP.fullmatch(view.text, start + match.end(), objects[0].start)
            ):
                objects = []  # 'launched in 2024 on a Falcon 9': the rocket it went up on is no object
            if range_ in ("Program", "Document") and not PREPOSITION_END.search(match.group(0)):
                # 'commanded two flights, X in 2021 and Y in 2024', 'signed the Accords in 2020 and the Charter in
                # 2021': the objects of a list with a time after each (coordination.py).
                def fits(m: Found, range_: str = range_, launched: bool = launched) -> bool:
                    return view.craft(m) if launched else view.takes(m, range_)

                if not objects:
                    objects = counted_objects(view, start + match.end(), limit, fits)
                elif len(objects) == 1 and DIRECT_OBJECT_GAP.fullmatch(
                    view.text, start + match.end(), objects[0].start
                ):
                    objects = listed_items(view, objects[0], limit, fits)
            for index, later in enumerate(objects[1:], 1):
                if CLAUSE_VERB_AFTER.match(view.text, later.end):
                    # 'China leads the ILRS and the Artemis program is led by NASA': a name after 'and' that a
                    # verb of its own follows opens another clause, it is no second object (lead22)
                    objects = objects[:index]
                    break
            if objects and subjects and negated_group(sentence, subjects[-1].end - start, match.start()):
                # 'has not joined the ILRS or the Artemis program', 'did not rejoin X, nor Y': every alternative denied
                objects += [m for m in denied_objects(view, objects[-1], limit, functools.partial(view.takes, range_=range_))
                            if m not in objects]  # fmt: skip
            apposed = (PLURAL_APPOSED.match(view.text, start + match.end(), limit)
                       or COLON_APPOSED.match(view.text, start + match.end(), limit)) if objects else None  # fmt: skip
            if apposed is not None and PREPOSITION_END.search(match.group(0)):
                # 'agreements with two American start-ups, A and B': the names after the plural noun.
                named = [m for m in after(apposed.end() - start) if view.takes(m, range_) and m.start < limit]
                objects = group(named, False) if named and named[0].start == apposed.end() else []
            elif objects and (
                OTHER_OBJECT.search(view.text, start + match.end(), objects[0].start)
                # 'which NASA runs as the first flight of the Artemis program': what the object is, not the object.
                or AS_COMPLEMENT.search(view.text, start + match.end(), objects[0].start)
                # 'a contract with SpaceX to keep the service running for Kyiv': a preposition's object is
                # the phrase right after it, not a name further on.
                or (PREPOSITION_END.search(match.group(0))
                    and not NEAR_OBJECT.fullmatch(view.text, start + match.end(), objects[0].start))
                # 'joined the ISS, until then a project of NASA and ESA': the names completing an apposition
                # on the verb's own object are not objects of the verb (coordination.py)
                or apposed_complement(view, start + match.end(), objects[0].start)
            ):  # fmt: skip
                objects = []
            if (
                objects
                and relation in SYMMETRIC
                and NOMINAL_CUE.match(lowered, match.start())
                and FIELD_OF_COOPERATION.match(view.text, start + match.end(), objects[0].start)
            ):
                # 'an agreement with the EU on cooperation in Galileo and EGNOS': what a noun of cooperation is in,
                # on or over is its field, not a partner, and the noun names no partner of its own ('cooperation
                # with ESA', 'between A and B' do; precision20)
                continue
            if relation == "headquarteredAt" and OWNED_BEFORE.search(
                sentence, max(0, match.start() - 12), match.start()
            ):
                continue  # 'at the agency's headquarters in Washington': the possessor's seat (roles.py)
            if relation == "headquarteredAt" and apposed_seat_cue(view, match.start()):
                continue  # 'X, an agency of the UN based in Geneva': X's seat, not the UN's (bodies.py)
            if relation == "headquarteredAt":
                # 'based in Hawthorne, California': a place after a comma is where the first one lies.
                objects = objects[:1] + [o for p, o in itertools.pairwise(objects)
                                         if not re.fullmatch(r"\s*,\s*", view.text[p.end : o.start])]  # fmt: skip
            if relation == "memberOf" and match.group(0).startswith("belong"):
                belonging = owned_program(view, at)
                if belonging is not None:
                    # 'Hera is the follow-up, and it belongs to ESA': a mission belongs to the one who runs it.
                    holder = next((m for m in after(match.end()) if m.start <= start + match.end() + 5), None)
                    if holder is not None and is_(holder, "Agent") and not is_(holder, "Person"):
                        fact(holder, "leads", belonging, cue=match, before=belonging, rule="belongs to")
                    continue
            if cue is PLANS_OWN:
                # 'plans its own X': the name right after the cue, nothing further on (a navigation system, typed a
                # facility, too)
                named = group([m for m in after(match.end()) if m.start < limit
                               and (view.takes(m, range_) or is_(m, "Facility"))], False)  # fmt: skip
                objects = named if named and named[0].start == start + match.end() else []
                if not objects:
                    continue
            if cue is BUILDS_STATION:
                # a station only, named as the verb's own object (not 'build the station's modules'), and only in a
                # plan or under a modal ('will build', 'plans to build'; modality.py gives the modality)
                objects = [o for o in objects if is_(o, "Station") and not POSSESSIVE_AFTER.match(view.text, o.end)
                           and BUILT_DIRECT.fullmatch(view.text, start + match.end(), o.start)]  # fmt: skip
                # (not a relative clause's: 'a station that it plans to build' leaves 'it' to be read, and the clause
                # may say whose station it is: 'for India's station, which ISRO will build')
                if not objects or not BUILD_IN_PLAN.search(sentence, max(0, match.start() - 40), match.start()):
                    continue
            if cue is FOUNDS_PROGRAM:
                # a programme only (not 'set up a company', 'created a mission'); its name right after the verb or
                # the relative clause's head ('X, a programme that Examplia had set up')
                objects = [o for o in objects if is_(o, "Program") and not is_(o, "Mission") and not is_(o, "Station")
                           and not is_(o, "Document")]  # fmt: skip
                relative_program = view.relative_object(match.start(), "Program")
                if not objects and (relative_program is None or is_(relative_program, "Mission")
                                    or is_(relative_program, "Station")):  # fmt: skip
                    continue
            if cue is NO_PART_ALONE:
                # 'NASA took no part.', 'ESA had no part in any of this': the mission the text is about, the one
                # 'it' would stand for (what follows the cue is another clause's); 'will not take part.' only
                # denied ('Japan took part.' says too little to state).
                if (
                    " no " not in match.group(0)
                    and " nothing " not in match.group(0)
                    and not (subjects and negated_group(sentence, subjects[-1].end - start, match.start()))
                ):
                    continue
                focus = mission_in_focus(view, history or [], start + match.start())
                if focus is None or is_(focus, "Station") or is_(focus, "Mission"):
                    # 'China … never took part' in a text headed 'Interkosmos: …': the programme the headline names,
                    # not the station or flight a guest went on last
                    focus = program_in_headline(view, history or []) or focus
                objects = [focus] if focus is not None else []
                if not objects:
                    continue
            if relation == "memberOf" and JOIN.match(match.group(0)):
                # A person joining an agency works there; that is not membership.
                subjects = [m for m in subjects if not is_(m, "Person")]
            relative = view.relative_object(match.start(), range_)
            listed = False
            if not objects and relative is not None:
                # 'the Accords, which thirty countries had signed': the object comes first.
                objects = [relative]
                # ('the programme, which it has run with China since 1988': the pronoun after 'which' is the
                # subject, standing for a name before the head; relations12)
                pronoun_subject = RELATIVE_PRONOUN_SUBJECT.fullmatch(view.text, relative.end, start + match.start())
                if not subjects or (subjects[0].end <= relative.end and pronoun_subject is None):
                    subjects, listed = view.listed(match.end(), domain), True
            elif not subjects and match.start() == 0 and match.group(0).endswith("ing"):
                # 'Signing the Accords on Monday, Ecuador became …': the participle's subject is the main clause's.
                comma = sentence.find(",", match.end())
                subjects = group([m for m in after(comma + 1) if is_(m, domain)], False)[:1] if comma > 0 else []
                subjects = [
                    m for m in subjects if re.fullmatch(r"\s*(?:the\s+)?", view.text[start + comma + 1 : m.start])
                ]
            elif not subjects:
                # 'Thirty countries have signed it, among them A, B and C'.
                subjects, listed = view.listed(match.end(), domain), True
                # the listed subjects are not the verb's objects ('have joined X, among them A, B and C')
                objects = [m for m in objects if not subjects or m.end <= subjects[0].start]
            else:
                relative = None
            if (not objects and relative is None and relation == "signs" and document is not None
                    and document.end <= start + match.start() and BARE_SIGN.match(sentence, match.end())
                    # ('Austria joined in 1987' under a headline about a body, not a document: membership)
                    # ('Other agencies have joined since' after 'the agencies set up X': the body they joined; lists19)
                    and not (JOIN.match(match.group(0))
                             and member_body(view, history or [], candidates.facts) is not None)):  # fmt: skip
                # 'the eight countries that had signed on 13 October, among them A and B': signed
                # with no object is the document the text is about.
                objects = [document]
                if not subjects:
                    subjects, listed = view.listed(match.end(), domain), True
            if (
                not objects
                and relative is None
                and relation == "memberOf"
                and JOIN.match(match.group(0))
                and BARE_SIGN.match(sentence, match.end())
                and (body := member_body(view, history or [], candidates.facts)) is not None
            ):
                # 'Austria and Norway joined in 1987', 'X, which joined in 2008': joining with no object is
                # joining the body the headline names (coordination.py).
                objects = [body]
            if (
                not objects
                and (range_ in ("Document", "Program") or relation == "memberOf")
                and (pronoun := re.match(r"\s+(it|them)\b", sentence[match.end() :]))
            ):
                # 'The United States did not sign it', 'Pakistan has joined it': 'it', 'them' after the
                # verb stand for the document or program named last, when that is what the verb takes.
                referent = object_antecedent(view, history or [], start + match.start(), pronoun.group(1))
                if (range_ == "Document" and document is not None and document.rule == "anaphor"
                        and referent is not None and referent.end <= document.start < start + match.start()):  # fmt: skip
                    # 'The treaty is opened for signature … All three sign it': the document the text referred
                    # to since, by a noun that fits it, not a resolution named before.
                    referent = document
                if (
                    range_ == "Document"
                    and (referent is None or not (is_(referent, "Program") or is_(referent, "Document")))
                    # ('The agency … Norway joined it in 1987': a body one joins is what 'it' is)
                    and (referent is None or not match.group(0).lower().startswith("join"))
                    and (focus := in_focus(view, document, pronoun.group(1), start + match.start())) is not None
                ):
                    # 'The Example Treaty … [three sentences on its parties] … Japan has not signed it': with
                    # nothing named lately (or only a body), 'it' is the document the text is about (not when a
                    # program was: 'X leads the ILRS. A and B have joined it').
                    referent = focus
                if (
                    referent is not None
                    and relation == "leads"
                    and subjects
                    and all(is_(m, "Person") for m in subjects)
                    and referent.end < sentence_start(view.text, view.start)
                ):
                    # 'One of the experiments, called X, had been built at Y, and he operated it himself': what a
                    # person runs as 'it' is named in this sentence or the one before, not a flight named further
                    # back (makers17)
                    referent = None
                if referent is not None and is_(referent, range_):
                    objects = [referent]
            if relation in SYMMETRIC and not objects:
                # 'CNES and NASA have cooperated on …': each with the others.
                for one, other in itertools.combinations(subjects[::-1], 2):
                    fact(one, relation, other, cue=match, rule="joint subjects of a symmetric verb")
            how = "relative clause or list" if relative is not None or listed else "verb between subject and object"
            for subject in subjects:
                for obj in objects:
                    # 'Example Corp, the company that launched Example-1': a launch provider takes part (not of
                    # its own rocket: 'plans to launch its Example One rocket').
                    own = len(subjects) == 1 and (
                        OWN_OBJECT.fullmatch(view.text, start + match.end(), obj.start)
                        # ('It plans to launch the larger Miura 5': the company's own plan, its own rocket)
                        or (
                            launched
                            and OWN_PLAN_GROUP.search(view.text, subject.end, start + match.start()) is not None
                            and PAYLOAD_WORD.search(view.text, start + match.end(), obj.end + 12) is None
                        )
                    )
                    kind = "participatesIn" if launched and view.company(subject) and not own else relation
                    past = obj.end if start <= obj.start < view.end else start + match.end()  # ('launched it')
                    if (
                        launched
                        and WHICH_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                        and IT_AFTER.match(sentence, match.end())
                    ):
                        kind = (
                            "participatesIn"  # 'Roscosmos, which launched it, said': often another's craft (makers17)
                        )
                    if launched and LAUNCHED_FOR_ANOTHER.match(view.text, past, limit):
                        # 'NASA launched it free of charge under an agreement with Canada', 'launched X for
                        # Examplia': launching another's craft is taking part in it (deals16)
                        kind = "participatesIn"
                    if relation == "leads" and match.group(0).startswith("fl"):
                        # 'JAXA flew the H3 rocket': only the verb's own object ('asking to fly again, … aboard X'
                        # is not), and never for another ('flies the mission for ESA') or jointly
                        if (
                            not FLOWN_OBJECT.fullmatch(view.text, start + match.end(), obj.start)
                            or FOR_ANOTHER.match(view.text, obj.end)
                            or "joint" in sentence[max(0, match.start() - 20) : match.start()]
                        ):
                            continue
                        if is_(subject, "Person"):
                            kind = "participatesIn"  # 'Jane Doe flew Example-2': the crew takes part
                    if cue is BUILDS_STATION and (len(subjects) > 1 or view.company(subject)):
                        kind = (
                            "participatesIn"  # 'Examplo Corp will build the station', 'the two agencies plan to build'
                        )
                    if (
                        relation == "participatesIn"
                        and OWN_CREW.search(match.group(0))
                        and not OTHERS_CRAFT.search(view.text, max(start, obj.start - 30), obj.start)
                    ):
                        kind = "leads"  # 'India plans to fly its own astronauts on the Gaganyaan spacecraft'
                    if relation == "leads" and PART_OF_OBJECT.search(view.text, start + match.end(), obj.start):
                        # 'which leads Europe's part of the Artemis programme', 'runs the European side of X': who
                        # runs a share of it takes part in it (GUIDELINES: 'coordinates the Brazilian part of the
                        # programme'; precision20)
                        kind = "participatesIn"
                    if relation == "drafts" and RENEWS.match(match.group(0)) and is_(subject, "Country"):
                        continue  # ('Russia and the United States renewed the treaty': parties, not drafters)
                    if (
                        relation == "partOf"
                        and ANSWERS_TO.search(match.group(0))
                        and LEGISLATURE.search(view.text, obj.start, obj.end)
                    ):
                        continue  # 'NASA answers to Congress': oversight, not a part of the legislature
                    if relation == "memberOf" and match.group(0).endswith("part of") and not is_(subject, "Country"):
                        kind = "partOf"  # 'the committee is not part of the UN': a body in a body is a part
                    if (
                        relation == "memberOf"
                        and len({o.entity for o in objects}) > 1
                        and any(is_(o, "SpaceAgency") and not is_(o, "InternationalOrganization") for o in objects)
                    ):
                        # 'The Emirati centre joins the Canadian Space Agency, ESA and JAXA, which have committed
                        # hardware': several agencies joined at once are partners joined in their work, not bodies
                        # one becomes a member of (one agency alone may be an international one: 'joined the X
                        # Space Agency in 1987'; documents22)
                        continue
                    if (
                        relation == "signs"
                        and obj.end <= start + match.start()
                        and re.fullmatch(r",?\s*", view.text[obj.end : start + match.start()])
                        and match.group(0).endswith("ed")
                    ):
                        # 'X was set up under a convention signed in London': a participle after the document says
                        # it was signed, by someone the clause does not name, not by the clause's subject
                        continue
                    fact(subject, kind, obj, cue=match, rule=how)

            parties = list({m.entity: m for m in subjects}.values())  # (a capital before its country's name: one)
            if (
                relation == "signs"
                and len(objects) == 1
                and len(parties) >= 2
                and (len(parties) == 2 or SEVERAL_PARTNERS_DOCUMENT.match(view.text, objects[0].start, objects[0].end))
                and not listed
                and match.group(0).startswith("sign")
                and not any(is_(m, "Person") for m in parties)
                and NEW_DOCUMENT_GAP.fullmatch(view.text, start + match.end(), objects[0].start)
                and subjects[-1].end <= start + match.start()
            ):
                # 'Brazil and the United States signed a safeguards agreement': the two parties of a new bilateral
                # agreement are partners, as 'signed an agreement with' makes them (not 'A and B signed the
                # Artemis Accords', a text many sign; relations12); three or more are, each pair, when what they
                # sign is a memorandum, contract or deal ('A, B and C signed a memorandum of understanding';
                # GUIDELINES), not a treaty or a declaration (relations24).
                for one, other in itertools.combinations(parties, 2):
                    fact(one, "partnerOf", other, cue=match, rule="co-signed an agreement")
            if relation == "signs" and objects and subjects and match.group(0).startswith("sign"):
                # 'Norway signed the Example Agreement with Chile': the other party signs it too.
                for party in signing_parties(view, start + match.end(), objects[-1].end, limit):
                    for obj in objects:
                        fact(party, "signs", obj, cue=match, before=subjects[0], rule="signed with")
                    for subject in subjects:
                        fact(subject, "partnerOf", party, cue=match, rule="signed with")
            if relation in ("leads", "participatesIn", "drafts") and objects:
                joint(subjects, relation, objects, match, limit)
            if relation == "participatesIn" and objects and match.group(0).startswith("partner"):
                # 'NASA and ESA are partners in the Gateway': partners of each other too.
                for one, other in itertools.combinations(subjects[::-1], 2):
                    fact(one, "partnerOf", other, cue=match, rule="joint subjects")
            if relation == "partnerOf" and objects:
                program = view.program_after(objects[-1].end - start)
                # 'its own Gateway agreement with NASA': the program names the agreement.
                named = [m for m in before(match.start()) if is_(m, "Program") and m.end == start + match.start() - 1]
                for subject in subjects:
                    for taken in [p for p in (program, *named) if p is not None]:
                        fact(subject, "participatesIn", taken, cue=match, rule="program of a partnership")
    for match in scan(LAUNCHED_ON, sentence) if search(LAUNCH_WORDS, sentence) else ():
        # 'It was launched on a SpaceX rocket', 'a satellite that had been launched on a rocket of ISRO': the
        # launcher takes part in the mission (a rocket named only by a nationality says nothing).
        at = start + match.start("carrier")
        providers = [
            m for m in view.mentions if at <= m.start and m.end <= start + match.end("carrier") and is_(m, "Agent")
        ]
        if match.group("of"):
            providers += [m for m in after(match.end()) if m.start == start + match.end() and is_(m, "Agent")]
        providers = [m for m in providers if not is_(m, "Country")]
        missions = view.clause_subject(match.start(), "Program")
        relative = view.relative_object(match.start(), "Program") if not missions else None
        missions = missions or ([relative] if relative is not None else [])
        for provider in providers[:1]:
            for mission in missions[:1]:
                fact(provider, "participatesIn", mission, cue=match, before=mission, rule="launched on")
    for match in scan(LAUNCHED_ON_NAMED, sentence) if search(LAUNCH_WORDS, sentence) else ():
        carrier = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Agent")), None)
        rocket = next((m for m in view.mentions if carrier and m.start > carrier.end
                       and re.fullmatch(r"['’]s\s+|\s+", view.text[carrier.end : m.start])), None)  # fmt: skip
        if carrier is None or rocket is None or is_(carrier, "Country") or LAUNCHED_ON.match(sentence, match.start()):
            continue
        missions = view.clause_subject(match.start(), "Program")
        relative = view.relative_object(match.start(), "Program") if not missions else None
        for mission in (missions or ([relative] if relative is not None else []))[:1]:
            if mission.entity != rocket.entity:
                fact(carrier, "participatesIn", mission, cue=match, before=mission, rule="launched on")
    for match in scan(PARTNERS_INCLUDE, sentence):
        # 'The ILRS partners include A, B and C', 'The Accords' signatories are A and B'.
        whole = next((m for m in before(match.start() + 1) if m.end == start + match.start()), None)
        members = group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if whole is None or not members or members[0].start != start + match.end():
            continue
        kinds = [
            k
            for c, k in (("Program", "participatesIn"), ("Organization", "memberOf"), ("Document", "signs"))
            if is_(whole, c)
        ]
        for member in members if kinds else ():
            fact(member, kinds[0], whole, cue=match, before=whole, rule="list of members")
    for match in scan(PROGRAM_PARTNER, sentence) if re.search(r"artner|articipant", sentence) else ():
        # 'NASA, one of the ISS partners,', 'Japan is an Artemis partner', 'Japan is not a Gateway partner': the
        # programme's name before the noun (relations13).
        # (a name after 'an' qualifies the noun, 'an Artemis partner': looked for among all the mentions)
        program = next((m for m in view.mentions if m.end <= start + match.start()
                        and not view.text[m.end : start + match.start()].strip()), None)  # fmt: skip
        opening = PARTNER_OPENING.search(sentence, 0, program.start - start) if program is not None else None
        # ('Japan is a NASA partner': a body's name before the noun makes partners)
        whose = program is not None and is_(program, "Agent") and not is_(program, "Person")
        if program is None or opening is None or not (view.takes(program, "Program") or whose):
            continue
        if opening.group("copula") is not None:
            members = [m for m in view.clause_subject(opening.start(), "Agent") if view.own_clause(m, opening.start())]
        else:
            members = [m for m in before(opening.start()) if m.end == start + opening.start() and is_(m, "Agent")]
        for member in members if not whose else [m for m in members if not is_(m, "Person")]:
            fact(member, "partnerOf" if whose else "participatesIn", program, cue=opening, rule="programme partner")
    for match in scan(CONTRACTOR_OF, sentence) if "ontractor" in sentence else ():
        # 'Northrop Grumman, NASA's prime contractor,', 'Boeing is NASA's main contractor', 'Example Corp, a NASA
        # contractor,': a company and its client are partners (relations13).
        client = next((m for m in view.mentions if m.end == start + match.start()), None)
        opening = PARTNER_OPENING.search(sentence, 0, client.start - start) if client is not None else None
        if client is None or not is_(client, "Agent") or is_(client, "Person"):
            continue
        if opening is None:
            # (right after a comma or a copula: 'Northrop Grumman, NASA's prime contractor', 'Boeing is NASA's …')
            opening = POSSESSOR_OPENING.search(sentence, 0, client.start - start)
            if opening is None:
                continue
        if opening.group("copula") is not None:
            contractors = [
                m for m in view.clause_subject(opening.start(), "Agent") if view.own_clause(m, opening.start())
            ]
        else:
            contractors = [m for m in before(opening.start()) if m.end == start + opening.start()]
        for contractor in contractors:
            if is_(contractor, "Agent") and not is_(contractor, "Person"):
                fact(contractor, "partnerOf", client, cue=opening, rule="client's contractor")
    # (a crew named in a sentence about what is still to come is no done fact: left to the verb rules)
    for match in scan(CREW_NAMED, sentence) if "crew" in sentence and not search(NOT_YET_DONE, sentence) else ():
        # 'the Example-1 crew, A, B and C', 'the crew of Example-1 were A and B', 'Example-1's crew: A and B': each
        # person named takes part in the mission (relations13).
        flight: Found | None
        if match.group("of") is not None:
            flight = next((m for m in after(match.end("of")) if m.start == start + match.end("of")), None)
            tail = CREW_LIST.match(view.text, flight.end) if flight is not None else None
        else:
            flight = next((m for m in before(match.start() + 1) if m.end == start + match.start()), None)
            tail = CREW_LIST.match(view.text, start + match.end())
        if flight is None or tail is None or not view.craft(flight) or is_(flight, "Station"):
            continue
        crew = group([m for m in after(tail.end() - start) if is_(m, "Agent")], False)
        if not crew or crew[0].start != tail.end() or not all(is_(m, "Person") for m in crew):
            continue
        for person in crew:
            fact(person, "participatesIn", flight, rule="crew named")
    for match in scan(FUNDED_BY, sentence) if " by " in sentence else ():
        # 'Example-1, funded by A and B,', 'Example-1 was financed jointly by A': a funder takes part.
        funded = [
            m
            for m in before(match.start())
            if view.craft(m) and FUNDED_GAP.fullmatch(view.text, m.end, start + match.start())
        ]
        limit = start + view.clause_end(match.end())
        funders = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if not funded or not funders or funders[0].start != start + match.end():
            continue
        for funder in funders:
            fact(funder, "participatesIn", funded[-1], cue=match, before=funded[-1], rule="funded by")
    for match in scan(INVOLVES, sentence) if search(INVOLVES_WORDS, sentence) else ():
        # 'The Example programme brings together A, B and C', 'Example-1, which involves A and B': a programme's
        # participants named after its verb (relations13).
        programs = view.clause_subject(match.start(), "Program")
        relative = view.relative_object(match.start(), "Program") if not programs else None
        programs = programs or ([relative] if relative is not None else [])
        limit = start + view.clause_end(match.end())
        members = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if not programs or not members or members[0].start != start + match.end():
            continue
        for member in members:
            fact(member, "participatesIn", programs[-1], cue=match, before=programs[-1], rule="involves")
    for match in (
        scan(PARTNERS_IN, sentence) if re.search(r"[Pp]art(?:ie|ner|icipant)|[Ss]ignator|[Mm]ember", sentence) else ()
    ):
        # 'The partners in the Example programme are A, B and C', 'Signatories of the Example Treaty include A and
        # B': the whole named after the noun, its members after the verb (relations13).
        whole = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        verb = PARTNERS_VERB.match(view.text, whole.end) if whole is not None else None
        members = group([m for m in after(verb.end() - start) if is_(m, "Agent")], False) if verb else []
        if whole is None or verb is None or not members or members[0].start != verb.end():
            continue
        # ('Members of the Example Council are A and B': a body's members; a programme's take part in it)
        kinds = [k for c, k in (("Program", "participatesIn"), ("Document", "signs")) if view.takes(whole, c)]
        if not kinds and "member" in match.group(0).lower() and view.takes(whole, "Organization"):
            kinds = ["memberOf"]
        for member in members if kinds else ():
            fact(member, kinds[0], whole, cue=match, before=whole, rule="list of members")
    for match in scan(JOINT_MISSION_OF, sentence):
        # 'Luna-40 is a joint mission of Chile and Peru': each takes part; a joint one makes them partners.
        craft = next((m for m in before(match.start() + 1) if m.end == start + match.start()), None)
        makers = group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if craft is None or not is_(craft, "Program") or not makers or makers[0].start != start + match.end():
            continue
        # 'Example-3, a mission of the Example Agency': one maker, not called joint, runs it.
        alone = len(makers) == 1 and not re.search(
            r"\b(?:joint|shared|common|combined|co-?operative|collaboration|partnership)\b", match.group(0)
        )
        for maker in makers:
            fact(maker, "leads" if alone else "participatesIn", craft, cue=match, before=craft, rule="joint mission")
        for one, other in itertools.combinations(makers, 2):
            fact(one, "partnerOf", other, cue=match, before=craft, rule="joint mission")
    for match in scan(SITS_WITH, sentence):
        # 'India sits with China and Russia in BRICS': all of them are members.
        limit = start + view.clause_end(match.end())
        others = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if not others or others[0].start != start + match.end():
            continue
        seat = re.match(r"\s+(?:in|on)\s+(?:the\s+)?", view.text[others[-1].end : limit])
        whole = next(
            (m for m in after(others[-1].end - start) if seat and m.start == others[-1].end + seat.end()), None
        )
        if whole is None or not is_(whole, "Organization"):
            continue
        for member in view.clause_subject(match.start(), "Agent") + others:
            fact(member, "memberOf", whole, cue=match, rule="sits with")
    for match in scan(WORKS_WITH, sentence):
        subjects = view.clause_subject(match.start(), "Agent")
        # 'A works with NASA, and B works with ESA': a clause joined by ', and', ', but', ';' has its own subject and
        # objects; neither list runs across the join (precision24)
        joins = list(NAMED_CLAUSE_JOIN.finditer(sentence, 0, match.start()))
        if joins and any(m.start >= start + joins[-1].end() for m in subjects):
            subjects = [m for m in subjects if m.start >= start + joins[-1].end()]
        next_join = NAMED_CLAUSE_JOIN.search(sentence, match.end())
        ends = start + next_join.start() if next_join is not None else view.end
        objects = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < ends], False)
        program = view.program_after(objects[-1].end - start) if objects else None
        # 'working with Example Corp on the rover's design': a thing they build together makes partners.
        on_craft = bool(objects) and CRAFT_TOPIC.match(view.text, objects[-1].end, view.end) is not None
        for subject in subjects:
            for obj in objects:
                kind = "partnerOf" if program or on_craft else "cooperatesWith"
                fact(subject, kind, obj, cue=match, rule="works with")
            if program is not None:
                so_far = len(candidates.facts)
                fact(subject, "participatesIn", program, cue=match, rule="works with")
                if candidates.facts[so_far:] and candidates.facts[-1].get("modality") == "negated":
                    # 'ESA stopped working with Roscosmos on ExoMars': the partnership ends, not the
                    # subject's part in the programme (claims12).
                    candidates.facts.pop()
    lists_and_documents(view, fact, history, document, start, sentence, candidates.facts)
    party_lists(view, fact, document, start, sentence)  # 'That left seventeen parties: A, B, …'
    authors(view, fact, start, sentence)  # 'the framework the United States launched'
    proposers(view, fact, start, sentence)  # 'an amendment put forward by X', 'a motion by X, on behalf of Y,'
    agreement_parties(view, fact, start, sentence)  # 'a 1973 agreement between A and B'
    facilitators(view, fact, document, start, sentence)  # 'negotiated under co-facilitators from A and B'
    spoken_for(view, candidates.facts, first, start, sentence)  # 'X, on behalf of the Y Group, tabled Z'
    signers(view, fact, document, start, sentence)  # 'signed but not ratified the treaty', ', a party to X,'
    acceptances(view, fact, history or [], start, sentence)  # 'ESA has declared its acceptance of the Convention'
    lawmakers(view, fact, start, sentence)  # 'Congress passed the Example Act'
    adoptions(view, fact, history or [], document, start, sentence)  # 'the Assembly adopted resolution 76/3'
    led_compounds(view, fact, start, sentence)  # 'the Accords, the American-led set of principles'
    declarations(view, fact, start, sentence)  # 'The United States declared a moratorium on …'
    instruments(view, fact, start, sentence)  # 'set up by the General Assembly in resolution 72/250'
    own_texts(view, fact, start, sentence)  # 'the GGE adopted its report, A/68/189'
    if " on board" in sentence or " aboard" in sentence:
        nothing_national_aboard(view, fact, history or [], start, sentence)  # 'no Chinese instrument is on board'
    barred_cooperation(view, fact, history or [], start, sentence)  # 'a US law bars NASA from work with China'
    carried_crews(view, fact, start, sentence)  # 'Example-10 brought A, B and C to the station'
    founding_members(view, fact, history or [], start, sentence)  # 'Ten founding members signed it: A, B and C'
    labelled_members(view, fact, history or [], start, sentence)  # 'Participants: A; B, represented by X; and C'
    listed_members(view, fact, history or [], start, sentence)  # 'Its founding members were:' then '- A, which …'
    held_meetings(view, fact, start, sentence)  # 'The Example Committee held the Example Conference'
    if "up" in sentence or "join" in sentence:
        bare_sign_up(view, fact, start, sentence)  # 'China leads the ILRS; Pakistan and Egypt have signed up'
    if " with " in sentence:
        made_with(view, fact, start, sentence)  # 'The Naro rocket, developed with Russia's Khrunichev centre, …'
    introduced_list(view, fact, history or [], document, start, sentence)  # 'The signatories were:' + 'A; B; C.'
    if " which " in sentence:
        pied_piped(view, fact, start, sentence)  # 'X, in which Japan takes part,': the preposition before 'which'
    for match in ELLIPSIS.finditer(sentence):
        # '…, and neither has Russia', '…, as has India': the same relation for another subject.
        others = group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if not others or others[0].start != start + match.end():
            continue
        negative = match.group(1).lower() in ("neither", "nor")
        if negative:
            # ('…, and neither have A, B or C', 'nor has A or B': under a denial 'or' joins the list, each denied)
            others = denied_alternatives(view, others)
        for stated in [f for f in candidates.facts[first:] if f.get("cue") and f["cue"][1] <= start + match.start()
                       # ('refused to sign, and so did China': 'so' repeats a refusal too, as negated)
                       and (f.get("modality") == "negated" or not negative)
                       # (the verb left out is the last one before it: 'A, which had bid with B, protested, and so
                       # did C' repeats 'protested', not 'bid with B')
                       and not PAST_VERB.search(view.text, f["cue"][1], start + match.start())]:  # fmt: skip
            for other in others:
                if other.entity not in (stated["subject"], stated["object"]):
                    copy = {**stated, "subject": other.entity, "at": (other.start, other.end), "rule": "ellipsis"}
                    copy.pop("modality", None)
                    # ('…, as will Chile': the auxiliary's own plan, not the done fact it repeats)
                    was = stated.get("modality")
                    said = "negated" if negative or was == "negated" else (aux_modality(match.group(0)) or was)
                    candidates.facts.append({**copy, **({"modality": said} if said else {})})
    copied: set[tuple[str, str, str]] = set()
    gapped = gapped_subjects(view)
    # ('X joined the Gateway, joining A and B': what X did with A and B themselves is no act of theirs)
    done_before = {other.entity for other, how in gapped if how == "done before by"}
    for other, how in gapped:
        # 'Norway signed the Accords in 2020, Chile in 2021 and Peru in 2022', '…, followed by Chile': the
        # verb and object left out repeat the clause before for another subject (coordination.py).
        for stated in [f for f in candidates.facts[first:] if f.get("cue") and f["cue"][1] <= other.start
                       and f["at"][0] < f["cue"][0] and f["relation"] != "affiliatedWith"
                       and not (how == "done before by" and f["object"] in done_before)]:  # fmt: skip
            if other.entity not in (stated["subject"], stated["object"]):
                key = (other.entity, stated["relation"], stated["object"])
                if key not in copied:
                    copied.add(key)
                    candidates.facts.append(
                        {**stated, "subject": other.entity, "at": (other.start, other.end), "rule": how}
                    )
    for match in scan(SUBJECT_ELLIPSIS, sentence):
        # 'Peru signed the Accords, but Chile did not', '…, and Chile has too': the verb group alone
        # repeats the clause before for another subject, denied when it says 'not'.
        others = view.group([m for m in before(match.start("aux")) if is_(m, "Agent")], True)
        if not others or others[0].end != start + match.start("aux") - len(match.group("gap")):
            continue
        if not re.search(
            # ('India has signed it; Japan has not': a semicolon joins the clauses too; claims12)
            r"(?:\b(?:but|and|while|whereas|although|though)|;)\s+(?:the\s+)?$",
            view.text[max(start, others[0].start - 16) : others[0].start],
        ):
            continue
        negative = bool(match.group("neg"))
        # (not what a relative clause inside the first one said: 'The company, which is based in Houston, runs
        # the mission; NASA does not' denies the running only)
        earlier = [f for f in candidates.facts[first:] if f.get("cue") and f["cue"][1] <= others[-1].start
                   and f["relation"] != "affiliatedWith"
                   and not INSIDE_RELATIVE.search(view.text, f["at"][1], max(f["at"][1], f["cue"][0]))]  # fmt: skip
        for stated in earlier:
            for other in others:
                if other.entity not in (stated["subject"], stated["object"]):
                    copy = {**stated, "subject": other.entity, "at": (other.start, other.end), "rule": "ellipsis"}
                    copy.pop("modality", None)
                    was = stated.get("modality")
                    # ('…, and Chile will too': a plan, whatever the clause before did)
                    said = (
                        "negated"
                        if negative
                        else (aux_modality(match.group("aux")) or (None if was == "negated" else was))
                    )
                    candidates.facts.append({**copy, **({"modality": said} if said else {})})
    elliptical_sentence(view, candidates, first)
    so_or_followed = [*scan(DO_SO, sentence)] if " so" in sentence else []
    # ('India signed the Accords in 2020; Japan followed in 2021', '…, and Japan followed suit': the same; relations13)
    so_or_followed += [*scan(FOLLOWED, sentence)] if "follow" in sentence else []
    for match in so_or_followed:
        # 'India signed the Accords, while Japan declined to do so', '…; Japan has yet to do so', '…, and Japan
        # plans to do so': 'do so' repeats the clause before for another subject, with its own verb group's
        # negation or plan (modality.py reads it as it reads any cue's; claims12).
        others = view.group([m for m in before(match.start()) if is_(m, "Agent")], True)
        if not others or not DO_SO_GROUP.fullmatch(view.text, others[-1].end, start + match.start()):
            continue
        if not DO_SO_OPENING.search(view.text, max(start, others[0].start - 16), others[0].start):
            continue
        earlier = [f for f in candidates.facts[first:] if f.get("cue") and f["cue"][1] <= others[0].start
                   and f["at"][0] < f["cue"][0] and f["relation"] != "affiliatedWith"]  # fmt: skip
        if match.re is FOLLOWED:
            # ('If India joins X, Japan will follow': only a done fact is followed, not a condition or a plan, and
            # only a main clause joined by a conjunction or a semicolon, not 'After India joined X, Japan followed')
            earlier = [f for f in earlier if not f.get("modality")]
            if not FOLLOWED_OPENING.search(view.text, max(start, others[0].start - 16), others[0].start):
                continue
        for stated in earlier:
            for other in others:
                if other.entity in (stated["subject"], stated["object"]):
                    continue
                said = modality(sentence, (other.start - start, other.end - start), (match.start(), match.end()))
                copy = {**stated, "subject": other.entity, "at": (other.start, other.end), "rule": "ellipsis",
                        "cue": (start + match.start(), start + match.end())}  # fmt: skip
                copy.pop("modality", None)
                candidates.facts.append({**copy, **({"modality": said} if said else {})})
    known = {(f["subject"], f["object"]) for f in candidates.facts[first:] if f["relation"] == "affiliatedWith"}
    for person, body in affiliations(view, history or []):
        if (person.entity, body.entity) not in known:
            known.add((person.entity, body.entity))
            # 'Jane Doe was not appointed head of X': the words between deny it.
            low, high = (person.end, body.start) if person.end <= body.start else (body.end, person.start)
            low = max(low, view.start)
            if body.end <= person.start:
                # 'NASA will not join X, its administrator, Jane Doe, said': the denial is the clause's before the
                # apposition that names her, not her office's (speakers23)
                comma = view.text.rfind(",", low, len(view.text[:high].rstrip(" ,")))
                low = comma + 1 if comma >= 0 else low
            denied = "negated" if DENIED_BETWEEN.search(view.text, low, high) else None
            fact(person, "affiliatedWith", body, 0.6, rule="affiliation by phrase", forced=denied)
    for match in scan(NOT_A_CITIZEN, sentence) if "not a" in sentence else ():
        # 'the first person who was not a US citizen to fly', 'Jane Doe is not a citizen of Examplia': the
        # nationality denied (people20)
        at = start + match.end()
        country = next((m for m in view.mentions if m.start == at and is_(m, "Country")), None)
        if country is None or not (match.group("of") or CITIZEN_AFTER.match(view.text, country.end)):
            continue
        if UNTIL_AFTER.match(view.text, country.end, view.end):
            continue  # ('was not a US citizen until 1990': she became one)
        holders = [m for m in view.clause_subject(match.start(), "Person") if is_(m, "Person") and m.end <= at]
        # ('He was … the first person who was not a US citizen': the pronoun opening the sentence)
        holders = holders or [m for m in view.mentions if m.start == start and is_(m, "Person")]
        for person in holders[-1:]:
            fact(person, "affiliatedWith", country, 0.6, rule="nationality denied", forced="negated")
    for subject, relation, obj, role_cue, rule in roles(view, history or [], candidates.facts):
        fact(subject, relation, obj, 0.6, cue=role_cue, rule=rule)
    for subject, relation, obj, role_cue, rule in undertakings(view, history or []):
        fact(subject, relation, obj, 0.6, cue=role_cue, rule=rule)
    for (subject, relation, obj, role_cue, rule), reported in deals(view, history or []):
        written = len(candidates.facts)
        fact(subject, relation, obj, 0.6, cue=role_cue, rule=rule)
        if reported is not None and len(candidates.facts) > written:
            candidates.facts[-1]["evidence"] = [view.span, list(reported)]  # the sentence that reported the deal
    # '… and with him were A and B' (after the roles: 'X commanded the flight' is read there)
    companions(view, fact, candidates.facts[first:], history or [], start, sentence)
    # 'the first crew, A and B, boarded the station', 'flew X to the Moon with A and B' (crews.py)
    # (the text's facts so far copied only for a sentence that may speak of 'the crew': crews reads them for it alone)
    text_facts = candidates.facts[:first] if "crew" in sentence or "nauts" in sentence else None
    crews(view, fact, candidates.facts[first:], history or [], start, sentence, text_facts)
    # 'its pilot was A', 'He flew under Example', 'A followed in June', 'each sent a cosmonaut' (flights.py)
    if fires(flights, view):  # (the text's facts so far copied only for a sentence that holds its cues)
        flights(view, fact, candidates.facts[first:], candidates.facts[:first], history or [], start, sentence)
    passives = [(m, PASSIVE_RELATIONS[re.sub(r"\s+", " ", m.group(1)).replace("put forward", "proposed")])
                for m in scan(PASSIVE, sentence)]  # fmt: skip
    passives += [(m, "leads") for m in scan(MORE_PASSIVE, sentence)]
    passives += [(m, "leads") for m in scan(BUILT_BY, sentence)] if " by " in sentence else []
    for match, relation in sorted(passives, key=lambda p: p[0].start()):
        # 'a resolution …, drafted by the United States', 'the mission, led by CNSA'.
        if match.group(1).startswith("put") and "orbit" not in match.group(1):
            relation = "proposes"
        domain, range_ = SIGNATURES[relation]
        by = PASSIVE_TAIL.match(sentence, match.end())
        assert by is not None  # PASSIVE looks ahead for it
        if BY_TIME.match(sentence, by.end()):
            continue  # 'had signed by 2023': a time, not an agent
        # 'was built and is operated by', 'designed and run by': the participles share their subject.
        shared = COORDINATED_PARTICIPLE.search(sentence, 0, match.start())
        verb_at = shared.start() if shared else match.start()
        # 'a resolution on …, drafted by the United States': a participle after a comma is about the
        # phrase right before it; otherwise the apposition or relative clause before it is skipped.
        # 'the network, run by SpaceX': a facility is run as a program is.
        # ('Operation Example, the clean-up, was led by': a named operation is led as a mission is; relations12)
        # (not 'a summit chaired by Jane Example': a meeting's chair is no leader of an undertaking)
        fitting: tuple[str, ...] = (range_, "Facility") if relation == "leads" else (range_,)
        fitting += ("Event",) if relation == "leads" and match.group(1) in ("led", "run", "directed", "managed") else ()
        near = [m for m in before(verb_at) if any(is_(m, k) for k in fitting)]
        attached = bool(near) and re.fullmatch(r"\s*,?\s*", view.text[near[-1].end : start + verb_at]) is not None
        skipped = skip_parenthesis(sentence, verb_at)
        targets = near if attached else [m for m in before(skipped) if any(is_(m, k) for k in fitting)]
        if range_ == "Document":
            # ('an amendment to the Example Treaty proposed by Chile': the amendment is proposed, not the treaty)
            targets = [t for t in targets if not AMENDED_BEFORE.search(view.text, max(start, t.start - 40), t.start)]
        if targets and PART_HEAD_BEFORE.search(view.text, max(view.start, targets[-1].start - 40), targets[-1].start):
            # 'The first module of the ISS, Zarya, was launched by Russia': the participle is about the part the
            # noun names, not about the whole after 'of' (precision20)
            targets = targets[:-1]
        built = match.re is BUILT_BY
        if (not attached and not built and (INDEFINITE_HEAD.search(sentence, max(0, verb_at - 60), verb_at)
                                            or INDEFINITE_PHRASE_BEFORE.search(sentence, max(0, verb_at - 80), verb_at))
                and not (near and APPOSED_CRAFT_GAP.fullmatch(view.text, near[-1].end, start + verb_at))):  # fmt: skip
            # 'under a contract managed by ESA', 'a study led by X': the participle is about the unnamed noun
            # right before it, not about a name earlier in the sentence (precision16)
            targets = []
        part_of: list[Found] = []
        if built:
            # 'Example-1 carries a camera built by NASA': what was built is the name right before
            # (past the auxiliaries of 'was not built by').
            targets = near[-1:] if near and BUILT_GAP.fullmatch(view.text, near[-1].end, start + verb_at) else []
            if not targets and near and APPOSED_CRAFT_GAP.fullmatch(view.text, near[-1].end, start + verb_at):
                targets = near[-1:]  # 'Example-1, a satellite built by Example Corp': the apposition's noun is the name
            part_of = [m for m in before(verb_at) if view.craft(m)][-1:] if not targets else []
            part_of = part_of if part_of and PART_GAP.fullmatch(sentence, part_of[0].end - start, verb_at) else []
            # 'The Example-1 rover was built by Example Corp': the builder of a part takes part.
            targets = targets or part_of
            if not targets and skipped < verb_at:
                # 'Example-1, the country's first satellite, was built by': past the apposition.
                named_before = [m for m in before(skipped) if any(is_(m, k) for k in fitting)]
                tail = NAME_TAIL.fullmatch(view.text, named_before[-1].end, start + skipped) if named_before else None
                targets = named_before[-1:] if tail else []
        closed = CLOSED_APPOSITION.search(sentence, 0, verb_at) if targets and ", " in sentence else None
        if closed is not None and not (
            DEFINITE_HEAD_BEFORE.search(sentence, 0, closed.start())
            or any(HEAD_NOUN_TAIL.fullmatch(view.text, m.end, start + closed.start()) for m in before(closed.start()))
        ):
            closed = None  # (an apposition follows a name or 'the lander', not 'In May, the UN adopted X, drafted by')
        if closed is not None and targets[-1].start > start + closed.start():
            # 'The Example-1 satellite, a copy of NASA's Example-0, was built by ISRO': a name inside an apposition
            # closed before the verb only describes the subject, the name before it (precision23)
            head = [m for m in before(closed.start()) if any(is_(m, k) for k in fitting)
                    and HEAD_NOUN_TAIL.fullmatch(view.text, m.end, start + closed.start())]  # fmt: skip
            targets = head[-1:]
        if built and not targets:
            # 'The Example lander that Example-1 dropped in 2018 was built by': the head of a restrictive
            # relative clause that runs up to the verb group is the subject.
            heads = [m for m in before(verb_at) if any(is_(m, k) for k in fitting)
                     and RESTRICTIVE_RELATIVE.fullmatch(view.text, m.end, start + verb_at)]  # fmt: skip
            targets = heads[:1]
            # (a part another craft set loose: its builder takes part in that craft's mission)
            whole = next((w for p, w, _ in released(view) if targets and p is targets[0]), None)
            targets, part_of = ([whole], [whole]) if whole is not None else (targets, part_of)
        copula = COPULA_CRAFT.search(sentence, 0, verb_at) if not targets and relation == "leads" else None
        if copula is not None:
            # 'It is a Mars program led by ESA', 'Example-1 was a mission run by NASA': the copula's subject.
            targets = view.clause_subject(copula.start(), "Program")[-1:]
        opening_pronoun = PRONOUN_PASSIVE.search(sentence, 0, verb_at) if not targets and range_ == "Document" else None
        if opening_pronoun is not None:
            # 'It was signed in Moscow by A, B and C', '…; they were drafted by NASA': a pronoun opening the
            # clause stands for the document named last (in this sentence or the ones before).
            referent = object_antecedent(view, history, start + opening_pronoun.start("it"),
                                         "it" if opening_pronoun.group("it").lower() == "it" else "them")  # fmt: skip
            targets = [referent] if referent is not None and is_(referent, "Document") else []
            if not targets and document is not None and document.end <= start + opening_pronoun.start("it"):
                # ('3. The text. It was signed in Moscow by …': only a text is signed; with none named near, the
                # document in focus; documents18)
                targets = [document]
        it_built = PRONOUN_PASSIVE.search(sentence, 0, verb_at) if not targets and built else None
        if it_built is not None and it_built.group("it").lower() == "it":
            # 'The Example-7 lander was released. It was built by a consortium led by A, with B and C among the
            # partners': 'it' is the craft in focus, as it is for a document (participation22)
            referent = object_antecedent(view, history, start + it_built.start("it"), "it")
            # (not the rocket the craft went up on: 'launched X on a Falcon 9 rocket. It was built by …')
            targets = [referent] if referent is not None and view.craft(referent) and not (
                LAUNCHER_AFTER.match(view.text, referent.end) or LAUNCHER_BEFORE.search(
                    view.text, max(0, referent.start - 12), referent.start)) else []  # fmt: skip
        if not targets and TERM_HEADING.search(view.text, max(0, start - 80), start):
            # 'Example Accords. Principles for …, drafted by NASA and first signed … by A and B': a glossary's
            # entry is about the term that heads it.
            term = next((m for m in reversed(history) if m.end <= start), None)
            if (term is not None and any(is_(term, k) for k in fitting) and re.fullmatch(r"\.\s*", view.text[term.end : start])
                    and ENTRY_OPENING.match(sentence)):  # fmt: skip
                targets = [term]
        if not targets and skipped < verb_at and COMMON_NOUN_PHRASE.search(sentence, 0, skipped):
            # 'The test, code-named Mission Shakti, was carried out by …': the apposition names the subject.
            named = [m for m in after(skipped) if m.end <= start + verb_at and any(is_(m, k) for k in fitting)]
            targets = named if len(named) == 1 else []
        if closed is not None:
            targets = [t for t in targets if not start + closed.start() < t.start < start + closed.end()]
        limit = start + view.clause_end(by.end())
        # 'by Russia's president, Jane Example, and Chile's, John Example', 'by ESA's control centre, ESOC': the
        # name in apposition acts; its possessor only says whose it is (its span is left out between the names).
        possessors = {id(m) for m in after(by.end()) if m.start < limit and apposed_name(view, m, limit) is not None}
        spans = view.modifier_spans + [(m.start, m.end) for m in view.mentions if id(m) in possessors]
        agents = [m for m in after(by.end()) if is_(m, domain) and m.start < limit and id(m) not in possessors]
        # ('adopted by the UN General Assembly': the whole body's name, not the 'UN' inside it)
        agents = [m for m in agents if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                               and not n.new for n in agents)]  # fmt: skip
        # ('by the Commission and Jane Doe, the EU's High Representative': the possessor opening an apposition
        # says whose title it is; it is no agent)
        agents = [m for m in agents if not APPOSED_POSSESSOR.search(view.text, max(start, m.start - 8), m.start)
                  or not POSSESSIVE_AFTER.match(view.text, m.end)]  # fmt: skip
        # ('drafted by the Ministry of Defence under Boris Pistorius together with the Foreign Office': the person a
        # body acted under is no co-agent, and the words naming him are left out between the bodies; documents19)
        acted_under = [(u.start(), m.end) for m in agents if is_(m, "Person") and m.start > agents[0].start
                 and (u := UNDER_HEAD.search(view.text, max(start, m.start - 40), m.start)) is not None]  # fmt: skip
        agents = [m for m in agents if not any(low <= m.start and m.end <= high for low, high in acted_under)]
        agents = group_names(view.text, agents, False, spans + acted_under)
        agents = named_after_nationality(view, agents)
        # ('led by Example of Spain' with 'Example' no name found: the country says where the agent is from; it is
        # no agent itself; programmes21)
        agents = [m for m in agents if not (is_(m, "Country") and (of := NAME_OF_BEFORE.search(
            view.text, max(start + by.end(), m.start - 60), m.start)) is not None and not any(
            n.start <= of.start() < n.end for n in view.mentions))]  # fmt: skip
        people_of = built and agents and PEOPLE_BEFORE_AGENT.fullmatch(view.text, start + by.end(), agents[0].start)
        if people_of:
            # ('built by students of the University of X': the body whose people built it; a company or an
            # institute, never a country, as 'engineers from Japan' are named by their nationality, as 'Filipino
            # engineers' are, below)
            agents = [m for m in agents if not is_(m, "Country")]
        elif agents and not AGENT_AFTER_BY.fullmatch(view.text, start + by.end(), agents[0].start):
            agents = []  # 'built by the Dubai-based centre, and a robot from JAXA': the agent is the phrase after 'by'
        counted = COUNTED_AGENTS.match(sentence, by.end()) if not agents and range_ == "Document" else None
        if counted is not None:
            # 'ratified by more than 110 countries, including A and B', 'signed by 93 states, among them A': the
            # named ones of those counted (documents18)
            agents = [m for m in view.listed(counted.end(), domain) if m.start < limit]
        people = NATIONALS.match(view.text, agents[0].end, limit) if agents and is_(agents[0], "Country") else None
        if people is not None:
            # 'built by Filipino engineers together with A and B': people named by their nationality give the
            # country no relation; the bodies they built it with take part (relations15).
            agents = []
            co = CO_BUILDER.match(view.text, people.end(), limit)
            others = group([m for m in after(co.end() - start) if is_(m, "Organization")], False) if co else []
            if built and targets and others and others[0].start == co.end():  # type: ignore[union-attr]
                for other in others:
                    if other.end <= limit and not is_(other, "Country"):
                        fact(other, "participatesIn", targets[-1], cue=match, before=targets[-1], rule="built with")
        if agents and range_ == "Document":
            # 'drafted by the Ministry of Defence under Jane Doe together with the Foreign Office', 'written by A
            # jointly with B': who wrote or signed it with the agent did so too (past a person the agent acts
            # under, who is that body's: roles.py).
            at = agents[-1].end
            under = UNDER_LEADER.match(view.text, at, limit)
            leader = (
                [m for m in after(under.end() - start) if m.start == under.end() and is_(m, "Person")] if under else []
            )
            at = leader[0].end if leader else at
            joint_with = JOINTLY_WITH.match(view.text, at, limit)
            fellows = (
                [m for m in after(joint_with.end() - start) if is_(m, domain) and m.end <= limit] if joint_with else []
            )
            if fellows and fellows[0].start == joint_with.end():  # type: ignore[union-attr]
                agents += [m for m in group_names(view.text, fellows, False, spans) if m.end <= limit]
        for more in re.finditer(
            r"(?:\band\s+(?:also\s+)?by|\b(?:followed|joined)\s+by|\bthen\s+by)\s+(?:the\s+)?",
            view.text[by.end() + start : limit],
        ):
            # 'signed by Japan in 2020 and by India in 2023'.
            at = by.end() + start + more.end()
            agents += group([m for m in view.mentions if m.start == at and is_(m, domain)], False)
        if relation == "leads" and targets and agents and all(is_(a, "Person") for a in agents):
            # 'the work of the Example Force, commanded by Jane Doe': the participle right after an organization
            # is about it (she commands the force), not about a mission named before it.
            bodies_before = [m for m in before(verb_at) if is_(m, "Organization") and not is_(m, "Person")]
            if (
                bodies_before
                and bodies_before[-1].end > targets[-1].end
                and re.fullmatch(r"\s*,\s*", view.text[bodies_before[-1].end : start + verb_at])
            ):
                targets = []
        if relation == "leads" and targets and agents:
            # 'The crew was commanded by Jane Example, with A and B': who was with the agent takes part.
            for other in accompanying(view, agents[-1].end, limit):
                fact(other, "participatesIn", targets[-1], cue=match, before=targets[-1], rule="accompanied by")
            # 'was led by A, with help from B', '…, with support from B and C': the helpers take part (relations12).
            for other in helpers(view, agents[-1].end, limit):
                fact(other, "participatesIn", targets[-1], cue=match, before=targets[-1], rule="helped by")
        if built and targets and agents and not is_(agents[0], "Person"):
            # 'designed by A … under the engineer B', 'built by A … by a team that B led': B leads the craft and
            # works for A (makers17)
            for chief in team_leaders(view, agents[-1].end):
                fact(chief, "leads", targets[-1], cue=match, before=targets[-1], rule="built under a leader")
                fact(chief, "affiliatedWith", agents[0], 0.6, rule="built under a leader")
            builder_partners(view, fact, match, by, agents, targets[-1], limit)
            # 'The Example-4 cubesat, built by A, flew to the Moon aboard China's Example-6': the builder of a
            # payload takes part in the craft that carries it (not the rocket it went up on; relations12).
            carrier = carrier_of(view, targets[-1], by.end())
            if carrier is not None:
                for agent in agents:
                    fact(agent, "participatesIn", carrier, cue=match, before=targets[-1], rule="payload's builder")
        # 'Both Example-1 and Example-2 were built by X', 'the Accords and the Charter, signed by Y': every
        # name of a coordinated subject is the participle's.
        coordinated = targets[-1:]
        if targets and not part_of:
            joined = group([m for m in before(targets[-1].end - start) if any(is_(m, k) for k in fitting)], True)
            # (only a group opening its clause: not 'NASA launched Example-1, and Example-2 was built by')
            opens = CLAUSE_OPENER.search(sentence[: joined[-1].start - start]) if len(joined) > 1 else None
            coordinated = joined if joined[:1] == targets[-1:] and opens else coordinated
            # 'The mission, Ax-4, is commanded by': a description and the name in apposition to it are one
            # subject, the name (the description may stand for another craft named before; deals16)
            coordinated = [
                t
                for t in coordinated
                if not (
                    DESCRIPTION_OPENING.match(view.text, t.start, t.end)
                    and any(
                        re.fullmatch(r"\s*,\s*", view.text[t.end : n.start]) for n in coordinated if n.start >= t.end
                    )
                )
            ]
        for agent, target in itertools.product(agents, coordinated):
            if targets:
                # 'Example-1, launched by Example Corp': a launch provider takes part.
                # ('put into orbit by Example Corp' likewise)
                launch = match.group(1) == "launched" or match.group(1).endswith("orbit")
                kind = "participatesIn" if launch and view.company(agent) else relation
                if match.group(1) == "chaired" and is_(agent, "Person"):
                    # 'WRC-23 was chaired by Jane Doe': the chair of a meeting or body sits in it, she does not
                    # run it (GUIDELINES: '"chaired by X of Brazil" is X affiliatedWith the group'; makers17)
                    kind = "affiliatedWith"
                if built:
                    # 'Example-1, built by Example Corp (for the Agency)', 'designed by the Example Agency': the
                    # builder takes part, a company or an agency alike (GUIDELINES: '"built by X" alone makes X
                    # participatesIn'; 'built and operated by X' leads by its second participle; makers17)
                    if is_(agent, "Person"):
                        continue
                    kind = "participatesIn"
                anchor = target
                if called := CALLED_GAP.match(view.text, target.end, start + verb_at):
                    # ('The Agreement Governing …, usually called the Moon Agreement, was adopted by': the verb's
                    # words start after the name it is usually called, not at 'usually')
                    anchor = dataclasses.replace(target, start=called.end(), end=called.end())
                fact(agent, kind, target, cue=match, before=anchor, rule="passive")
        set_against = DENIED_AGENT.match(view.text, agents[-1].end, view.end) if targets and agents else None
        if set_against is not None and match.group(1) != "launched":
            # 'are run by A, not by B', 'built by A rather than B': the agent set against the first is denied
            # (programmes21)
            for other in [m for m in view.mentions if m.start == set_against.end() and is_(m, domain)][:1]:
                kind = "participatesIn" if built else relation
                fact(other, kind, coordinated[-1], cue=match, before=coordinated[-1], rule="passive", forced="negated")
        if relation == "leads":
            # 'the Subcommittee, chaired by Jane Doe': a person who leads an organization acts for it.
            # (not a name modifying a noun: 'An anti-NASA campaign was launched by X', 'the NASA study, led by X')
            bodies = [m for m in before(skip_parenthesis(sentence, match.start())) if is_(m, "Organization")
                      and not NAME_GOES_ON.match(view.text, m.end) and id(m) not in view.modifiers
                      and not AGAINST_PREFIX.search(view.text, max(0, m.start - 5), m.start)]  # fmt: skip
            if bodies and SECOND_PREDICATE.search(sentence, 0, match.start()):
                # 'The group was set up by the Assembly in resolution 72/250 and was chaired by X': the second
                # predicate's subject is the clause's, not the agent of the first one.
                bodies = view.main_subject(match.start(), "Organization")[:1]
            if INDEFINITE_PHRASE_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
                bodies = []  # 'set up a working group on X, co-chaired by Jane Doe': she chairs the group (lead17)
            for agent in [a for a in agents if is_(a, "Person")]:
                if bodies and not targets and not complement_of_noun(view, bodies[-1]):
                    fact(agent, "affiliatedWith", bodies[-1], 0.6, rule="passive")
    for match in scan(FOUNDED_AT, sentence):
        organizations = group([m for m in before(match.start()) if is_(m, "Organization")], True)
        clause = re.split(r"[;]|,\s+(?:and|but|which)\b", sentence[match.end() :])[0]
        places = [m for m in after(match.end()) if m.end <= start + match.end() + len(clause) and is_(m, "Place")
                  and re.search(r"\bat\s+(?:the\s+)?$", view.text[max(start, m.start - 8) : m.start])]  # fmt: skip
        for organization in organizations[:1]:
            for place in places[:1]:
                fact(organization, "headquarteredAt", place, cue=match, rule="founded at")
        # 'the government opened the Example Agency, or EA, in Lyon': the organization founded is after the verb.
        opened = next((m for m in after(match.end()) if is_(m, "Organization")), None)
        if opened is None or not re.fullmatch(
            r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:new\s+)?", view.text[start + match.end() : opened.start]
        ):
            continue
        there = SEAT_AFTER_NAME.match(view.text, opened.end)
        places = [m for m in after(there.end() - start) if m.start == there.end() and is_(m, "Place")] if there else []
        if places and not is_(places[0], "Country"):
            fact(opened, "headquarteredAt", places[0], cue=match, rule="founded at")
    for match in re.finditer(r"-based\s+(?:the\s+)?", sentence) if "-based" in sentence else ():
        # 'the Lyon-based Example Institute', 'the Lyon-based company': its seat.
        based_at = next((m for m in view.mentions if m.end == start + match.start() and is_(m, "Place")), None)
        if based_at is None or is_(based_at, "Country"):
            continue
        seated = next(
            (m for m in after(match.end()) if m.start == start + match.end() and is_(m, "Organization")), None
        )
        if seated is not None and MODIFIED_BODY_NOUN.match(view.text, seated.end):
            # 'UNOOSA, the Vienna-based UN office for outer space affairs': the name only qualifies the noun after
            # it; the seat is the apposition's head's (lead17)
            based_head = next(
                (
                    m
                    for m in before(based_at.start - start)
                    if APPOSED_BASED.fullmatch(view.text, m.end, based_at.start)
                ),
                None,
            )
            seated = based_head if based_head is not None and is_(based_head, "Organization") else None
            if seated is None:
                continue
        nouns = [w for w in re.findall(r"[a-z]+", sentence[match.end() : match.end() + 30])[:2] if w in NOUN_CLASSES]
        noun_then_name = BASED_NOUN_THEN_NAME.match(sentence, match.end())
        if seated is None and noun_then_name is not None:
            # 'the Tokyo-based company ispace': the name after the noun, no company named before
            at_name = noun_then_name.end()
            seated = next((m for m in after(at_name) if m.start == start + at_name), None)
            nouns = [] if seated is not None else nouns
        if seated is None and nouns:
            # ('Rocket Lab met the Tokyo-based company': a verb's object is not its own subject)
            doers = {m.entity for m in view.clause_subject(based_at.start - start, "Agent")} if OBJECT_BEFORE_BASED.search(
                view.text, max(start, based_at.start - 30), based_at.start) else set()  # fmt: skip
            others = [m for m in history or [] if m.entity not in doers]
            seated = resolve(view.linker, "the " + nouns[0], others, based_at.start)
        if seated is not None and is_(seated, "Organization"):
            fact(seated, "headquarteredAt", based_at, 0.6, rule="based in")
    for match in scan(MEMBERSHIP_SOUGHT, sentence):
        # 'India has applied for membership of ESA', 'is seeking full membership in X': a member to be, unless the
        # verb group denies it ('has not applied for membership': not a member; claims12).
        limit = start + view.clause_end(match.end())
        sought = next((m for m in after(match.end()) if m.start < limit), None)
        if sought is None or sought.start != start + match.end() or not is_(sought, "Organization"):
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if view.own_clause(subject, match.start()) and not is_(subject, "Person"):
                so_far = len(candidates.facts)
                fact(subject, "memberOf", sought, cue=match, rule="membership sought")
                if candidates.facts[so_far:] and not candidates.facts[-1].get("modality"):
                    candidates.facts[-1]["modality"] = "planned"
    for match in scan(LEAVES, sentence):
        # 'Russia would leave the ISS after 2024', 'withdrew from the treaty': it stops taking part.
        limit = start + view.clause_end(match.end())
        targets = [m for m in after(match.end()) if m.start < limit
                   and (is_(m, "Program") or is_(m, "Station") or is_(m, "Document") or is_(m, "Organization"))]  # fmt: skip
        pronoun = (
            re.match(r"\s+(it|them)\b", sentence[match.end() :])
            if re.match(r"withdr|pull|its|their", match.group(0))
            else None
        )
        if pronoun is not None:
            # 'Saudi Arabia withdrew from it in January 2023': what 'it' stands for (the document the text is
            # about when nothing fitting was named lately).
            referent = object_antecedent(view, history or [], start + match.start(), pronoun.group(1)) or in_focus(
                view, document, pronoun.group(1), start + match.start()
            )
            targets = [dataclasses.replace(referent, start=start + pronoun.start(1), end=start + pronoun.end(1))
                       ] if referent is not None and referent.end <= start + match.start() else []  # fmt: skip
        elif not targets or not re.fullmatch(
            r"\s+(?:the\s+|its\s+)?", view.text[start + match.end() : targets[0].start]
        ):
            continue
        if not targets:
            continue
        relation = "signs" if is_(targets[0], "Document") else "memberOf"
        if is_(targets[0], "Program") or is_(targets[0], "Station"):
            relation = "participatesIn"  # ('would leave the ISS': a station's partners take part in it; claims12)
        for subject in view.clause_subject(match.start(), "Agent"):
            # A country or an agency leaves a programme; a person leaving a station only goes home.
            if view.own_clause(subject, match.start()) and not is_(subject, "Person"):
                fact(subject, relation, targets[0], cue=match, rule="leaves", forced="negated")
    for match in scan(PAID, sentence) if search(PAID_WORDS, sentence) else ():
        # 'NASA paid Example Corp $118m under the Example programme to carry its instruments', 'Example Corp,
        # which NASA is paying under its Example programme': the client and the company it pays for a job are
        # partners, and the company takes part in the programme it is paid under.
        limit = start + view.clause_end(match.end())
        payee = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        payers = view.clause_subject(match.start(), "Agent")
        if payee is None:
            payee = paid_relative(view, match.start())
        elif (relative_head := view.relative_object(match.start(), "Agent")) is not None and all(
            relative_head.entity != payer.entity for payer in payers
        ):
            # ('the firm, which NASA paid SpaceX to …': the head is not the payee; in 'NASA, which hired SpaceX
            # for …' it is the payer, the clause's subject)
            continue
        job = PAID_FOR_JOB.match(view.text, payee.end if payee is not None and payee.end > start + match.end()
                                 else start + match.start("gap"), limit)  # fmt: skip
        if (
            payee is not None
            and job is None
            and payee.end > start + match.end()
            and coordinated_payees(view, payee, limit)
        ):
            job = JOB.match(view.text, payee.end, limit)  # ('hired A for the launch and B to …')
        if payee is None or job is None or not view.company(payee):
            continue
        program = (
            next((m for m in after(job.end() - start) if m.start == job.end()), None)
            if job.re is PAID_FOR_JOB and job.group("under")
            else None
        )
        # 'hired A for the launch and B, a Boeing subsidiary, to build the satellite': each company its job.
        payees = [payee, *coordinated_payees(view, payee, limit)]
        for payer in payers:
            if payer.entity == payee.entity or is_(payer, "Person") or not view.own_clause(payer, match.start()):
                continue
            for other in payees[1:]:
                fact(payer, "partnerOf", other, cue=match, rule="paid for a job")
            fact(payer, "partnerOf", payee, cue=match, rule="paid for a job")
            if len(payees) > 1:
                # 'X, run by A, which hired B for the launch and C to build the satellite': B and C take part in
                # what A runs (the mission those jobs are for).
                led = {f["object"] for f in candidates.facts[first:] if f["relation"] == "leads"
                       and f["subject"] == payer.entity and not f.get("modality")}  # fmt: skip
                for program in [m for m in view.mentions if m.entity in led][:1]:
                    for other in payees:
                        fact(other, "participatesIn", program, cue=match, before=payer, rule="paid for a job")
            if program is not None and view.takes(program, "Program"):
                fact(payee, "participatesIn", program, cue=match, before=payer, rule="paid for a job")
    for match in scan(JOINT_DEAL, sentence) if "with" in sentence else ():
        # 'The government, which bought Example Corp out of bankruptcy together with Bharti', 'A bid for the
        # contract jointly with B': buying, bidding or investing together makes partners.
        with_ = TOGETHER_WITH.match(sentence, match.end())
        partner = next((m for m in after(with_.end()) if m.start == start + with_.end()), None) if with_ else None
        if partner is None or not is_(partner, "Agent") or is_(partner, "Person"):
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if view.own_clause(subject, match.start()) and not is_(subject, "Person"):
                fact(subject, "partnerOf", partner, cue=match, rule="bought together with")
    for match in scan(PARTIES_RELATIVE, sentence) if "to which" in sentence else ():
        # 'the Example Convention, to which both Chile and Peru are parties', '…, to which Peru is not a party':
        # the names between the relative pronoun and 'party' have signed the document the clause is about.
        parties = group([m for m in after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        verb = PARTIES_VERB.match(view.text, parties[-1].end) if parties else None
        if verb is None or parties[0].start != start + match.end():
            continue
        head = [m for m in before(match.start()) if is_(m, "Document")
                and DOCUMENT_HEAD_GAP.fullmatch(view.text, m.end, start + match.start())]  # fmt: skip
        document_ = head[-1] if head else view.relative_object(match.end(), "Document")
        if document_ is None:
            continue
        not_party = bool(match.group("neither") or NEGATION.search(verb.group("group")))
        for party in parties:
            fact(party, "signs", document_, rule="party to", forced="negated" if not_party else None)
    for match in scan(BETWEEN, sentence):
        # 'cooperation between CNES and NASA': each with the others.
        relation = "cooperatesWith" if match.group(1).lower() != "partnership" else "partnerOf"
        if any(
            f.get("rule") == "joint mission" and f["cue"][1] == start + match.end() for f in candidates.facts[first:]
        ):
            continue  # ('Example-1, a collaboration between A and B': a shared craft, read as a joint mission)
        limit = start + view.clause_end(match.end())
        members = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if len(members) > 1 and members[0].start == start + match.end():
            for one, other in itertools.combinations(members, 2):
                fact(one, relation, other, cue=match, rule="between")
    for match in scan(AGREEMENT_BETWEEN, sentence) if "between" in sentence else ():
        # 'Under an agreement between JAXA and NASA', 'the 2014 accord between A and B': its parties are
        # partners; not one only talked about ('talks on an agreement between', 'no agreement between').
        if match.group("det").lower() in ("no", "any") or UNSETTLED_BEFORE.search(
            sentence, max(0, match.start() - 50), match.start()
        ):
            continue
        limit = start + view.clause_end(match.end())
        members = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if len(members) < 2 or members[0].start != start + match.end():
            continue
        predicate = " ".join(re.split(r"[,;:(]", view.text[members[-1].end : limit])[0].split()[:6])
        if NEGATION.search(predicate) or PLAN.search(predicate) or UNSETTLED_AFTER.search(predicate):
            continue  # 'an agreement between A and B would settle it', '… was never signed'
        for one, other in itertools.combinations(members, 2):
            fact(one, "partnerOf", other, cue=match, rule="agreement between")
    for match in scan(CONTRIBUTES, sentence):
        # 'Pakistan plans to send a rover on Chang'e-8', 'X built a satellite for the mission together with Y'.
        limit = start + view.clause_end(match.end())
        programs = [m for m in after(match.end()) if m.start < limit and is_(m, "Program")
                    and re.search(r"\b(?:for|on|to|aboard)\s+(?:the\s+|its\s+|that\s+|this\s+)?$",
                                  view.text[max(start, m.start - 12) : m.start])]  # fmt: skip
        if programs and GROUND_WORKS.search(view.text, start + match.end(), programs[0].start):
            continue  # 'plans to build a pad there for the Angara rocket': a launch site is no part of the rocket
        if programs and not any(is_(m, "Program") for m in after(match.end()) if m.start < programs[0].start):
            subjects = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
            # 'the landers for Artemis III and Artemis IV': each program of a coordinated list.
            coordinated = group(
                [m for m in after(programs[0].start - start) if m.start < limit and is_(m, "Program")], False
            )
            for subject in subjects:
                for program in coordinated or programs[:1]:
                    fact(subject, "participatesIn", program, cue=match, rule="contribution")
            joint(subjects, "participatesIn", programs[:1], match, limit)
            continue
        # 'ISRO and JAXA intend to send a joint lander, LUPEX', 'the centre will build a second rover,
        # Rover-2': the craft is the verb's own object. One builder leads it; several take part as partners.
        # ('co-developed', 'co-built': a builder among others; not 'Boeing-built', a name before the hyphen)
        co_prefixed = sentence[max(0, match.start() - 3) : match.start()].lower() == "co-"
        if not BUILDS.match(match.group(0)) or (sentence[match.start() - 1 : match.start()] == "-" and not co_prefixed):
            continue
        if HELPED_TO.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # 'Canada did not help to build Hubble': the helper takes part (a cue of its own), no builder
        direct = next((m for m in after(match.end()) if m.start < limit), None)
        it_with = CO_AGENT_AFTER_IT.match(sentence, match.end())
        plain_with = PLAIN_WITH_AFTER_IT.match(view.text, start + match.end(), limit) if it_with is None else None
        # 'Example Corp built it with the Examplian company Beta Corp' (relations12)
        partner = named_co_builder(view, plain_with, limit) if plain_with is not None else None
        pronoun = PRONOUN_OBJECT.match(sentence, match.end()) if it_with or partner else None
        if pronoun is not None:
            # 'NASA built it together with ESA and the CSA': the craft 'it' stands for, built with partners.
            # (not the rocket it flew on: 'Webb went up on an Ariane 5 rocket. NASA built it together with ESA')
            # ('aboard a SpaceX Falcon 9': past the provider's name too; relations12)
            flown = [m for m in history or [] if not CARRIED_ON.search(view.text, max(0, m.start - 12), m.start)
                     and not CARRIED_ON_PROVIDERS.search(view.text, max(0, m.start - 40), m.start)]  # fmt: skip
            referent = object_antecedent(view, flown, start + match.start(), "it")
            subjects = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
            if referent is not None and view.craft(referent) and subjects:
                if partner is not None:
                    co_built(subjects, referent, partner, match, limit)
                else:
                    joint(subjects, "participatesIn", [referent], match, limit)
            continue
        if (
            direct is None
            or not view.craft(direct)
            or not DIRECT_OBJECT_GAP.fullmatch(view.text, start + match.end(), direct.start)
        ):
            # 'LEV-2, a small robot that JAXA developed together with Sony': the relative clause's head.
            direct = view.relative_object(match.start(), "Program") if not direct or direct.start >= limit or not view.craft(direct) else None  # fmt: skip
            if direct is None:
                continue
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if view.own_clause(m, match.start())]
        if direct.end <= start + match.start():
            # the relative clause's own subject and verb ('that JAXA developed'), not 'that NASA helped it to build'
            subjects = [m for m in subjects if m.start > direct.end
                        and VERB_GROUP_TAIL.fullmatch(view.text, m.end, start + match.start())]  # fmt: skip
            if subjects:
                # ('which NASA and JAXA developed': each of a coordinated subject builds it; relations15)
                subjects = (
                    group([m for m in before(match.start()) if m.start > direct.end and is_(m, "Agent")], True)
                    or subjects
                )
        together = CO_AGENT.match(view.text, start + match.end(), limit)
        if together is None and direct.start > start + match.end():
            together = CO_AGENT.match(view.text, direct.end, limit)  # 'JAXA built Example-1 with NASA'
            if together is None and APPOSED_CRAFT_BEFORE.search(view.text, max(start, direct.start - 40), direct.start):
                # 'SpaceIL built its lander, Beresheet, with IAI': past the comma closing the craft's apposition
                together = (
                    CO_AGENT.match(view.text, direct.end + 1, limit)
                    if view.text[direct.end : direct.end + 1] == ","
                    else None
                )
            # 'built the Example-1 probe with NASA': a plain 'with' past the craft's head noun
            craft_noun = CRAFT_HEAD.match(view.text, direct.end, limit) if together is None else None
            plain_with = CO_AGENT.match(view.text, craft_noun.end(), limit) if craft_noun else None
            together = plain_with if plain_with is not None and not plain_with.group(1) else together
        # 'which JAXA built with NASA', 'built Example-1 with the Examplian company Example Corp': a plain 'with'
        # before a body's name is a co-builder, as 'together with' is (not 'with NASA funding'; relations12)
        partner = named_co_builder(view, together, limit) if together and not together.group(1) else None
        several = len(subjects) > 1 or bool(together and together.group(1)) or partner is not None or co_prefixed
        # 'Norway teamed up with Chile to build X': built with a partner named before the infinitive.
        several = several or bool(subjects and WITH_PARTNER.search(view.text, subjects[-1].end, start + match.start()))
        # 'Example Corp, the company that builds Example-5': a company builds for others and takes part;
        # one that builds and runs it ('built and operated') leads it.
        runs = RUNS_TOO.match(sentence, match.end())
        # 'the company is due to send its Example lander': a company's own craft is its to run
        runs = runs or (
            OWN_OBJECT.fullmatch(view.text, start + match.end(), direct.start) if len(subjects) == 1 else None
        )
        # 'a satellite that Russia had built for Iran', 'X built Example-1 for the agency': the builder takes
        # part and partners the client it builds for (relations15)
        client = None
        for_at = FOR_CLIENT.match(view.text, start + match.end(), limit)
        if for_at is None and direct.start > start + match.end():
            for_at = FOR_CLIENT.match(view.text, direct.end, limit)
        if for_at is not None:
            client = next((m for m in view.mentions if m.start == for_at.end() and is_(m, "Agent")
                           and not is_(m, "Person")), None)  # fmt: skip
        # Building, developing or designing a craft is taking part in it (GUIDELINES: 'built … for the mission',
        # 'developed by', 'went on to develop', 'China built a replacement'); the builder leads it only when it
        # also runs it ('built and operated'), builds its own ('its lander'), sends it, or builds a station, the
        # undertaking itself ('a national space station that it plans to start assembling'; guidelines23).
        sends = SENDS.match(match.group(0)) is not None or is_(direct, "Station")
        for subject in subjects:
            runner = runs is not None or (sends and not view.company(subject))
            fact(
                subject,
                "leads" if runner and not several and client is None else "participatesIn",
                direct,
                cue=match,
                rule="builds a craft",
            )
            if client is not None and client.entity not in (subject.entity, direct.entity):
                fact(subject, "partnerOf", client, cue=match, rule="built for a client")
        for one, other in itertools.combinations(subjects[::-1], 2):
            fact(one, "partnerOf", other, cue=match, rule="builds a craft")
        if together and together.group(1):
            joint(subjects, "participatesIn", [direct], match, limit)
        elif partner is not None:
            co_built(subjects, direct, partner, match, limit)
    for match in scan(BUILT_COMPOUND, sentence) if "-" in sentence else ():
        # 'the Boeing-built Example-1', 'Example-1, a Boeing-built satellite,', 'Example-1 is an Airbus-made probe':
        # the company in the compound adjective takes part in the craft (relations13).
        builder = next((m for m in view.mentions if m.end == start + match.start()), None)
        if builder is None or not view.company(builder):
            continue
        following = next((m for m in after(match.end()) if m.start < start + match.end() + 40), None)
        craft = (
            following
            if following is not None and COMPOUND_TO_CRAFT.fullmatch(view.text, start + match.end(), following.start)
            else None
        )
        if craft is None:
            # (the craft the description is about: an apposition or a copula's subject before it)
            described = DESCRIBED_BY_COMPOUND.search(sentence, 0, builder.start - start)
            head = [m for m in before(described.start()) if m.end == start + described.start()] if described else []
            craft = head[-1] if head else None
        if craft is None or not view.craft(craft):
            continue
        fact(builder, "participatesIn", craft, rule="company-built craft")
        candidates.facts[first:] = [f for f in candidates.facts[first:] if not (f["subject"] == builder.entity
                                    and f["object"] == craft.entity and f["relation"] == "leads")]  # fmt: skip
    for match in scan(BUILT_THEN_LAUNCHED, sentence) if "launched" in sentence else ():
        # 'Telstar 1, which AT&T had built and NASA launched': one body built the craft, another launched it;
        # the launcher takes part rather than leads (relations13).
        launcher = next((m for m in view.mentions if m.start == start + match.start("launcher")), None)
        if launcher is None:
            continue
        for f in candidates.facts[first:]:
            if (
                f["subject"] == launcher.entity
                and f["relation"] == "leads"
                and f.get("cue", (0, 0))[0] >= start + match.end("launcher")
            ):
                f["relation"], f["rule"] = "participatesIn", "launched what another built"
    for match in scan(CARRIES_FROM, sentence):
        # 'Chang'e-7, which …, will carry instruments from A, B and C': each of them takes part.
        missions = [m for m in before(skip_parenthesis(sentence, match.start())) if is_(m, "Program")]
        limit = start + view.clause_end(match.end())
        sources = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        while sources and (further := MORE_PAYLOAD_FROM.match(view.text, sources[-1].end, limit)) is not None:
            # ('carries micro-rovers from A and a radiation detector from B': each payload's source; relations13)
            named = group([m for m in after(further.end() - start) if is_(m, "Agent") and m.start < limit], False)
            if not named or named[0].start != further.end():
                break
            sources += named
        # 'carrying the Example-1 satellite built by X': a payload with a name of its own is what X built
        # and takes part in, not the craft or rocket that carries it (deals16)
        named = [m for m in after(match.start()) if m.end <= start + match.end() and is_(m, "Program")]
        carrier = named[-1] if named else missions[-1] if missions else None
        if (
            carrier is not None
            and not named
            and re.match(r"\s+(?:rocket|launcher)\b", view.text[carrier.end : carrier.end + 12])
            and re.search(r"satellite|lander|probe|rover|telescope", match.group(0))
        ):
            # 'a Soyuz rocket carrying a satellite built by X': X built the satellite, not the rocket
            carrier = None
        for agent in sources:
            if carrier is not None:
                fact(agent, "participatesIn", carrier, cue=match, before=carrier, rule="contribution")
    for match in scan(MEMBERS_INCLUDE, sentence):
        # 'The council's 15 members include five permanent members: A, B and C'.
        owner_word = match.group("owner") or match.group("of") or ""
        owner_at = start + (match.start("owner") if match.group("owner") else match.start("of"))
        named = [m for m in view.mentions if m.start <= owner_at < m.end and is_(m, "Organization")]
        whole = named[0] if named else resolve(view.linker, "the " + owner_word.lower(), history or [], owner_at)
        members = group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if whole is not None and is_(whole, "Organization") and members and members[0].start <= start + match.end() + 4:
            for member in members:
                fact(member, "memberOf", whole, cue=match, rule="list of members")
    for craft in view.mentions if search(ITS_CRAFT_ANYWHERE, sentence) or search(CRAFT_OF, sentence) else ():
        # 'its lander, Vikram' (its: the mission named before); 'Artemis III, the first landing of the Artemis program'.
        if not is_(craft, "Program"):
            continue
        whole = None
        its = ITS_CRAFT.search(view.text, max(start, craft.start - 60), craft.start)
        if (
            its is not None
            and OWN_AFTER_ITS.match(its.group(0))
            and any(not is_(m, "Program") for m in view.clause_subject(its.start() - start, "Agent"))
        ):
            pass  # ('NASA, which does not run X, is building its own probe, Y': 'its own' is the subject's; guidelines23)
        elif its is not None:
            # 'China had lost its own first orbiter, X': 'its' is the nearest owner, a country as well as a mission.
            # (not a rocket: 'launched X on an Example-3 rocket. Its lander, Y': a lander is no part of its
            # launcher; precision16)
            owners = [m for m in history or [] if not LAUNCHER_AFTER.match(view.text, m.end)]
            whole = antecedent(view.linker, ("Program", "Agent", "Station"), owners, craft.start - 1)
            whole = whole if whole is not None and is_(whole, "Program") else None
        of = CRAFT_OF.match(view.text, craft.end)
        # 'a radar satellite for the European Union's Copernicus programme': past the possessor.
        possessive = next((p for m in view.mentions if of and m.start == of.end()
                           and (p := POSSESSIVE_GAP.match(view.text, m.end))), None)  # fmt: skip
        at = possessive.end() if possessive else of.end() if of else -1
        wholes = [m for m in view.mentions if of and m.start == at and is_(m, "Program")]
        whole = max(wholes, key=lambda m: m.end) if wholes else whole
        if whole is not None and whole.entity != craft.entity:
            fact(craft, "partOf", whole, 0.6, rule="apposition")
    for member in view.mentions if search(PART_OF_APPOSITION, sentence) else ():
        # 'COPUOS, a body of the UN General Assembly' (the longest name there, not 'UN' inside it).
        # ('Example Corp (EC), the commercial arm of': past the short form's parenthesis; programmes21)
        closing = member.end + (view.text[member.end : member.end + 1] == ")")
        apposition = PART_OF_APPOSITION.match(view.text, closing) if is_(member, "Organization") else None
        wholes = [m for m in view.mentions if apposition and m.start == apposition.end() and is_(m, "Organization")]
        if wholes:
            fact(member, "partOf", max(wholes, key=lambda m: m.end), 0.6, rule="apposition")
    for match in re.finditer(r",\s+(?:the\s+)?", sentence) if search(PART_OF_POSSESSIVE, sentence) else ():
        # 'the ESA Council, the agency's governing body,': the possessor is the whole, 'the agency' its antecedent.
        part = next((m for m in before(match.start()) if m.end == start + match.start()), None)
        owner = re.match(r"(?:the\s+|The\s+)?(\w+)(?=['’]s?\s)", sentence[match.end() :])
        if part is None or owner is None or not (is_(part, "Organization") or is_(part, "Facility")):
            continue
        if is_(part, "Station") or is_(part, "Person"):
            continue
        if not PART_OF_POSSESSIVE.match(sentence, match.end() + owner.end()):
            continue
        named = [m for m in after(match.end()) if m.start == start + match.end() + owner.start(1)]
        # 'the ESA Council, the agency's …': an organization whose name opens the body's name comes first.
        name = view.text[part.start : part.end]
        opener = next((m for m in reversed(history or []) if m.end <= part.start and m.entity != part.entity
                       and name.startswith(view.text[m.start : m.end] + " ") and is_(m, "Organization")), None)  # fmt: skip
        named += [opener] if opener is not None else []
        whole = named[0] if named else resolve(view.linker, "the " + owner.group(1), history or [], part.start)
        if (
            not named
            and whole is not None
            and coordinated_rival(view.linker, "the " + owner.group(1), whole, history or [], view.text)
        ):
            whole = None  # 'a mission of ESA and JAXA. … ESOC, the agency's centre': either agency (precision23)
        elif not named and whole is not None and owner.group(1).lower() in SALIENT_NOUNS and view.salience is not None:
            # 'ESA built X and JAXA built Y. … It is run from ESOC, the agency's centre': with several agencies named
            # lately or none, the one the text is about, none on a tie (salience.py), not merely the last one named
            classes = NOUN_CLASSES[owner.group(1).lower()]
            lately = sentence_start(view.text, start)
            nearby = {m.entity for m in history or [] if lately <= m.start and m.end <= part.start
                      and m.entity != part.entity and any(is_(m, c) for c in classes)}  # fmt: skip
            if len(nearby) > 1 or whole.start < lately:
                whole = view.salience.described(classes, part.start)
        if whole is not None and is_(whole, "Organization"):
            fact(part, "partOf", whole, 0.6, rule="apposition")
    for body in view.mentions if ("'s " in sentence or "’s " in sentence or "its " in sentence) else ():
        # 'the UN General Assembly's First Committee', 'its Fourth Committee': a body named with its parent's
        # possessive is part of the parent.
        # ('NASA's Marshall Space Flight Center': a centre is part of the agency whose possessive names it)
        if not (is_(body, "Organization") or is_(body, "Facility")) or not (
            BODY_HEAD.search(view.text, body.start, body.end) or BODY_HEAD_FIRST.match(view.text, body.start, body.end)
        ):
            continue
        parent = next((m for m in view.mentions if m.start == body.start and m.end < body.end and is_(m, "Organization")
                       and POSSESSIVE_GAP.match(view.text, m.end)), None)  # fmt: skip
        if parent is None and re.search(r"\b[Ii]ts\s+$", view.text[max(start, body.start - 5) : body.start]):
            # 'the UNGA's First Committee and its Fourth Committee': 'its' is the possessor of the first conjunct
            conjunct = CONJUNCT_ITS.search(view.text, max(start, body.start - 90), body.start)
            parent = next((m for m in view.mentions if conjunct is not None and m.end == conjunct.start()
                           and is_(m, "Organization")), None)  # fmt: skip
            if parent is None:
                parent = antecedent(view.linker, ("Organization",), history or [], body.start - 4)
        if parent is None:
            parent = next((m for m in view.mentions if m.end < body.start and is_(m, "Organization")
                           and POSSESSIVE_GAP.fullmatch(view.text, m.end, body.start)), None)  # fmt: skip
        if parent is None and (
            owner := BODY_NOUN_POSSESSIVE.search(view.text, max(start, body.start - 24), body.start)
        ):
            # 'the agency's Example Research Center', 'the company's Example Laboratory': the body the noun
            # stands for (programmes21)
            parent = resolve(view.linker, "the " + owner.group(1), history or [], owner.start())
            if parent is not None and coordinated_rival(
                view.linker, "the " + owner.group(1), parent, history or [], view.text
            ):
                parent = None  # ('ESA and JAXA … the agency's Example Centre': either agency; precision23)
        if parent is not None and parent.entity != body.entity and not is_(parent, "Country"):
            fact(body, "partOf", parent, 0.6, rule="possessive body")
    for match in scan(POSSESSED_BODY_NAMED, sentence):
        # 'ESA's control centre, ESOC', 'the Example Agency's research arm, Example Labs': the named body is part
        # of the possessor.
        possessed_owner = next(
            (m for m in view.mentions if m.end == start + match.start() and is_(m, "Organization")), None
        )
        possessed_name = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        if (
            possessed_owner is None
            or possessed_name is None
            or is_(possessed_owner, "Country")
            or possessed_owner.entity == possessed_name.entity
        ):
            continue
        if is_(possessed_name, "Organization") or is_(possessed_name, "Facility"):
            fact(possessed_name, "partOf", possessed_owner, 0.6, rule="possessive body")
    for match in scan(WHOLE_OF_PARTS, sentence):
        # 'Examplar, the program of Alpha rockets and Beta capsules', 'the station consists of Alpha and Beta': a
        # program or station and the crafts, rockets or modules it is made of.
        made_of = next((m for m in before(match.start())
                        if WHOLE_NOUN_GAP.fullmatch(view.text, m.end, start + match.start())), None)  # fmt: skip
        if made_of is None or not view.takes(made_of, "Program"):
            continue
        for part in parts_listed(view, match.end()):
            fact(part, "partOf", made_of, 0.6, cue=match, before=made_of, rule="parts listed")
    for match in scan(OWN_PART_NAMED, sentence) if "," in sentence else ():
        # 'Its main instrument, the X coronagraph, was developed by', 'Example-1's lander, Beta, …': a part named in
        # apposition to a craft's possessive is part of that craft (programmes21)
        part = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        if part is None or not view.takes(part, "Program") or is_(part, "Organization"):
            continue
        if match.group("its"):
            # (what 'its' stands for, a country or a body as well: 'China had lost its own first orbiter, X' names
            # no whole)
            opens_sentence = not sentence[: match.start()].strip()
            whole = view.salience.referent("it", start + match.start(), opens_sentence) if view.salience else None
        else:
            whole = next((m for m in view.mentions if m.end == start + match.start()), None)
        if whole is not None and view.takes(whole, "Program") and not is_(whole, "Organization"):
            fact(part, "partOf", whole, 0.6, rule="part named in apposition")
    for match in scan(LAUNCH_BOUGHT_FROM, sentence) if "from" in sentence or "with" in sentence else ():
        # 'The launch was bought from Example Corp', 'the ride had been booked with X': the seller of the launch
        # of the craft in focus takes part in it (programmes21)
        seller = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        craft = mission_in_focus(view, history or [], start + match.start())
        if seller is not None and craft is not None and is_(seller, "Organization") and not is_(seller, "Country"):
            fact(seller, "participatesIn", craft, 0.6, rule="launch bought from",
                 forced="planned" if match.group("will") else None)  # fmt: skip
    for match in scan(ONE_OF_BODIES, sentence):
        # 'the STSC, one of the two subcommittees of COPUOS'.
        part = next((m for m in before(match.start()) if m.end == start + match.start()), None)
        whole = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        if part is not None and whole is not None and is_(part, "Organization") and is_(whole, "Organization"):
            fact(part, "partOf", whole, 0.6, rule="apposition")
    for match in scan(MEMBERS_LISTED, sentence):
        # 'it relies on its members, among them A, B and C': members of the organization 'its' stands for.
        possessor = match.group(1)
        if possessor.lower() in ("its", "their"):
            whole = antecedent(view.linker, ("Organization",), history or [], start + match.start())
        else:
            whole = next(
                (
                    m
                    for m in view.mentions
                    if m.end == start + match.start(1) + len(possessor.split("'")[0].split("’")[0])
                ),
                None,
            )
        members = group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if whole is not None and is_(whole, "Organization") and members and members[0].start == start + match.end():
            for member in members:
                fact(member, "memberOf", whole, cue=match, rule="list of members")
    if document is not None:
        for match in scan(SIGNATORIES, sentence):
            # ('The signatories were:' then '- A;', '- B, the Examplian agency;': one per dash line; bodies23)
            items = dash_items(view, start + match.end())
            for signatory in (
                group([m for m in after(match.end()) if is_(m, "Agent")], False)
                if items is None
                else [m for m in items if is_(m, "Agent")]
            ):
                fact(signatory, "signs", document, cue=match, rule="list of signatories")
    mentions, text = view.mentions, view.text
    # 'Roscosmos Director General Dmitry Rogozin', 'US Vice President Jane Doe': the person acts for it.
    for before_person, person in itertools.pairwise(mentions):
        if (
            is_(person, "Person")
            and is_(before_person, "Agent")
            and not is_(before_person, "Person")
            and TITLE_BETWEEN.fullmatch(text, before_person.end, person.start)
        ):
            fact(person, "affiliatedWith", before_person, 0.6, rule="title before a person")
    # 'Jane Doe, the head of the Example Agency' (the longest name there: not 'UN' in 'UN Committee on …').
    for person, organization in itertools.pairwise(mentions):
        organization = max((m for m in mentions if m.start == organization.start), key=lambda m: m.end)
        between = text[person.end : organization.start]
        if (
            is_(person, "Person")
            and is_(organization, "Agent")
            and between.startswith(", ")
            and APPOSITIVE_BETWEEN.fullmatch(between[2:])
        ):
            # 'president of the French space agency CNES': the agency, not its country.
            inner = next((m for m in mentions if m.start > organization.end and is_(m, "Organization")
                          and is_(organization, "Country")
                          and re.fullmatch(r"(?:\s+(?!(?:at|of|in|for|and|with|from|on|by)\b)[a-z]+){1,3}\s+",
                                           text[organization.end : m.start])), None)  # fmt: skip
            fact(person, "affiliatedWith", inner or innermost(view, organization), 0.6, rule="apposition with a title")
    opening = OPENING_TOGETHER.match(sentence)
    comma = sentence.find(",", opening.end()) if opening else -1
    if opening and comma > 0:
        co_agents = group([m for m in after(opening.end()) if is_(m, "Agent") and m.end <= start + comma], False)
        main_end = start + view.clause_end(comma + 1)
        for stated in [f for f in candidates.facts[first:] if f.get("cue") and start + comma < f["cue"][0] < main_end
                       and f["relation"] in ("leads", "participatesIn", "signs", "drafts", "submits", "proposes")]:  # fmt: skip
            # 'Together with Sweden and Finland, it funds X': they fund it too, as its partners.
            for other in co_agents if co_agents and co_agents[0].start == start + opening.end() else ():
                if other.entity not in (stated["subject"], stated["object"]):
                    candidates.facts.append({**stated, "subject": other.entity, "at": (other.start, other.end),
                                             "rule": "joint subjects"})  # fmt: skip
                    if stated["relation"] in ("leads", "participatesIn"):
                        candidates.facts.append({**stated, "relation": "partnerOf", "object": other.entity,
                                                 "rule": "joint subjects"})  # fmt: skip
    # who contributes to a craft: parts supplied, instruments carried, help, commitments, roles (contributions.py)
    so_far = len(candidates.facts)
    read = {(f["subject"], f["relation"], f["object"], f.get("modality")) for f in candidates.facts[first:]}
    supplied_parts(view, fact, history or [], start, sentence)  # 'X, which supplied three of the orbiter's cameras'
    parts_supplied_by(view, fact, history or [], start, sentence)  # 'Example-3's cameras were supplied by JAXA'
    carried_instruments(view, fact, start, sentence)  # 'Example-3, which carried NASA's Aquarius instrument'
    help_given(view, fact, start, sentence)  # 'A launched Example-1 with help from B'
    joined_not_members(
        candidates.facts, first, committed_to(view, fact, history or [], start, sentence)
    )  # 'joins A and B, which have …'
    committed_main(view, fact, start, sentence)  # 'CNES has committed hardware to the Lunar Gateway'
    shared_crafts(view, fact, start, sentence)  # 'France shares the Example-3 satellite with Italy'
    worked_on(view, fact, start, sentence)  # 'X has worked for years on a launcher of its own, Example-5'
    craft_roles(view, fact, start, sentence)  # 'Jane Doe, the Example-3 project scientist'
    gapped_pairs(view, fact, history or [], start, sentence)  # 'A built the first and B the second'
    done_together(view, fact, history or [], start, sentence)  # 'was carried out together with X'
    consortium_built(view, fact, start, sentence, lambda at: object_antecedent(view, history or [], at, "it"))
    respective_pairs(view, fact, candidates.facts, first, start, sentence)  # 'A and B built X and Y respectively'
    launcher_operators(view, fact, candidates.facts, first, start, sentence)  # 'on an Example 5 rocket operated by X'
    # who takes part in a mission and what a craft is made of (participants.py)
    jointly_run(view, fact, candidates.facts, first, start, sentence)  # 'Example-5 is run jointly by A and B'
    # 'carries nine instruments: five from A, …'
    counted_instruments(view, fact, candidates.facts, history or [], start, sentence)
    carried_crafts(view, fact, start, sentence)  # 'The X probe, which Example-1 carried, was released'
    crew_aboard(view, fact, start, sentence)  # 'lifted off with three people aboard: the commander A, …'
    launch_sites(view, fact, start, sentence)  # 'Example-9 lifted off from the X Cosmodrome'
    cosigners(view, fact, start, sentence)  # 'The agreement was signed by A and B' (cosigners.py)
    launched_owned(view, fact, start, sentence)  # 'Rocket Lab launched NASA's X probe'
    funded_crafts(view, fact, start, sentence)  # 'The government has supported X with a loan'
    work_for_clients(view, fact, start, sentence)  # 'Example Corp built the satellite for Egypt' (clients.py)
    questioner_outlets(view, fact, start, sentence)  # 'Q (Jane Doe, Reuters):' (clients.py)
    acting_through(view, candidates.facts, first)  # 'Canada, which supplied X through the Canadian Space Agency'
    counted_parts(view, fact, candidates.facts, first, history or [], start, sentence)  # 'It is three spacecraft. …'
    listed_in_apposition = group_members(
        view, fact, start, sentence
    )  # 'the five Example Union countries, A, B and C, met'
    if listed_in_apposition:
        # 'The space agencies of the five BRICS countries, A, B and C, signed X': the agencies did, not the
        # countries listed in apposition to the group (groupings.py)
        candidates.facts[first:] = [f for f in candidates.facts[first:]
                                    if f["relation"] == "memberOf" or tuple(f.get("at", ())) not in listed_in_apposition]  # fmt: skip
    # (what an earlier rule of this sentence already read is not added twice: a reported sentence's facts become
    # one claim each)
    so_far = min(so_far, len(candidates.facts))
    candidates.facts[so_far:] = [
        f
        for f in candidates.facts[so_far:]
        if (f["subject"], f["relation"], f["object"], f.get("modality")) not in read
    ]
    # 'NASA and ISRO agreed to build X together': the agreement makes them partners now; the same partnership
    # read again from the planned building is not a second, planned one.
    plain = {(f["relation"], *sorted((f["subject"], f["object"]))) for f in candidates.facts[first:]
             if f["relation"] in SYMMETRIC and not f.get("modality")}  # fmt: skip
    candidates.facts[first:] = [f for f in candidates.facts[first:] if not (f["relation"] in SYMMETRIC
                                and f.get("modality") == "planned" and (f["relation"], *sorted((f["subject"], f["object"]))) in plain)]  # fmt: skip


_ROLE = rf"(?:[\w-]+\s+){{0,2}}?{ROLE}s?"
TITLE_BETWEEN = re.compile(rf"\s*{TITLE}\s*")
# 'US Secretary of State Jane Doe': a role may name its department.
# (not 'Soyuz TM-32 with two cosmonauts, A and B': a preposition opens a phrase of its own; relations15)
# (not a verb between two people: "Examplia's president met Foreign Minister Jane Doe"; roles17)
_NOT_VERB = (
    r"(?!(?:met|meets|told|tells|said|says|thanked|thanks|asked|asks|called|calls|named|names|received|"
    r"receives|welcomed|welcomes|visited|visits|phoned|urged|urges|warned|warns|praised|praises|appointed|"
    r"appoints|sacked|fired|replaced|congratulated|hosted|hosts|invited|invites|and|or)\b)"
)
_UNVERBED_ROLE = rf"(?:{_NOT_VERB}[\w-]+\s+){{0,2}}?{ROLE}s?"
# ("Telesat's president and chief executive, A", "ESA's director of human spaceflight and robotic exploration, A":
# two coordinated roles, a field in lower case after the role; people23)
ROLE_BETWEEN = re.compile(
    rf"(?:['’]s)?\s+(?!(?:with|and|or|by|from|to|on|aboard|after|before|alongside)\b){_UNVERBED_ROLE}"
    # (the second role without a determiner or a name of its own: "X's president and the NASA administrator, A" are two)
    rf"(?:\s+and\s+(?!(?:the|a|an|its|their|his|her)\b)(?-i:(?:[a-z-]+\s+){{0,2}}?){ROLE}s?)?"
    rf"(?:\s+(?:of|for)\s+(?:State|Defen[cs]e|Space|Foreign\s+Affairs|(?-i:(?:[a-z-]+\s+){{0,4}}?[a-z-]+)(?=,))"
    # ("India's ambassador in Washington, A", "Kenya's envoy to the United Nations, A": where the post is held; roles25)
    rf"|\s+(?:in|to|at)\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})(?=,))?,?\s+",
    re.IGNORECASE,
)
# "'s science directorate, ", "'s human spaceflight programme, ": a body's unit by a description, before the name.
OWNED_DESCRIPTION = re.compile(
    r"['’]s\s+(?:[A-Za-z-]+\s+){0,3}?(?:programmes?|programs?|directorate|division|office|department|"
    r"unit|team|branch)\s*,\s+"
)
OF_ASIDE = re.compile(r",\s+(?:(?:then|now|formerly|previously)\s+)?of\s+(?:the\s+)?")
ASIDE_CLOSES = re.compile(r"\s*(?:[,.;)]|$)")
ROLE_OF_BEFORE = re.compile(rf"\b{ROLE}\s+(?:of|at|for)\s+(?:the\s+)?$", re.IGNORECASE)
# ('The head of the Example Directorate, Air Vice-Marshal Jane Doe,', 'the chief of X, Dr Jane Doe': a rank, a title
# or an honorific before the name; roles19)
TITLED_COMMA = re.compile(rf",\s+(?:(?:{TITLE}|Dr\.?|Professor|Prof\.|Sir|Dame|Lord|Lady)\s+)?")
WHO_HEADS = re.compile(
    # ('who chairs the board of Example Corp': roles17)
    rf",\s+(?:who\s+(?:also\s+|now\s+|still\s+)?(?:heads|leads|runs|directs|chairs|represents)"
    rf"(?:\s+the\s+(?:supervisory\s+|advisory\s+)?(?:board|council)\s+of)?|(?:(?:then|now|once|formerly|later)\s+)?(?:the|a|an)\s+"
    rf"{_ROLE}\s+(?:of|at|for|with|in))\s+(?:the\s+)?",
    re.IGNORECASE,
)
# 'Nelson and Japan's science minister, Jane Doe' (the possessor left out): a role between two names.
ROLE_JOINER = re.compile(rf"^\s*,?\s*and\s+(?:the\s+|its\s+|their\s+)?{_ROLE}\s*,?\s*$", re.IGNORECASE)
# 'a Canadian astronaut, Jane Doe': an indefinite description with a profession states a nationality.
NATIONALITY = re.compile(
    r".*\b(?:a|an|A|An)\s+[A-Z][\w.]*\s+(?:astronaut|cosmonaut|taikonaut|scientist|engineer|researcher|professor|"
    r"analyst|expert|student|pilot|physician|businessman|businesswoman|entrepreneur)s?,?\s+",
    re.DOTALL,
)
# 'Jane Doe, who replaced John Roe as head of Roscosmos', 'Jane Doe became its first commander'.
AS_ROLE = re.compile(rf"\s+as\s+(?:the\s+|its\s+)?(?:new\s+|first\s+)?{_ROLE}\s+(?:of|at)\s+(?:the\s+)?", re.IGNORECASE)
# 'Jane Doe was appointed head of the Agency in 2022', 'Jane Doe became its director': an office taken.
# (', named head of the Agency last year,', 'rose to become head of', 'went on to become': roles19)
BECAME_ROLE = re.compile(
    rf",?\s+(?:(?:has|had)\s+(?:been\s+)?|was\s+|is\s+)?(?:(?:rose|went\s+on|moved\s+on|returned)\s+to\s+)?"
    rf"(?:became|become|becomes|appointed|named|elected|chosen|"
    rf"installed|made|remains|served\s+as|serves\s+as)\s+(?!(?:him|her|them)\s)(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+|first\s+|acting\s+)?"
    rf"{_ROLE}\s+(?:of|at|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# 'Jane Doe heads the Agency', 'Jane Doe, who has led ESA since 2021': a person leading a body works for it.
# ('who was then running the Agency', 'went on to lead it': roles19)
HEADS_BODY = re.compile(
    r"(?:,?\s+who)?\s+(?:(?:has|had|now|still|currently|also|later|then|(?:was|is)(?:\s+(?:then|now|still))?"
    r"(?=\s+[a-z]+ing\b)|(?:went|moved)\s+on\s+to)\s+)*(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|"
    r"directed|heading|leading|running|chairing|directing|(?<=to\s)(?:head|lead|run|chair|direct))\s+(?:the\s+)?"
)
PLURAL_ROLE_APPOSED = re.compile(
    r",\s+(?:the|their)\s+(?:[a-z-]+\s+){0,2}[a-z]+[^s\W]s\s+(?:of|at|for|in)\s+(?:the\s+)?"
)
BODY_LIST_GAP = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")
REPLACED = re.compile(r",?\s+who\s+(?:had\s+|has\s+)?(?:just\s+|recently\s+)?(?:replaced|succeeded)\s+$")
BECAME_ITS_ROLE = re.compile(
    rf"\s+(?:became|becomes|has\s+become|is|was|remains|was\s+named|was\s+appointed)\s+(?:its|their)\s+"
    rf"(?:first\s+|new\s+|next\s+|current\s+)?{_ROLE}\b",
    re.IGNORECASE,
)
# ('Jane Doe, 54, a NASA engineer': an age may stand before the apposition; roles17)
_AGE = r"(?:,\s+\d{1,3})?"
DESCRIBED_AFTER = re.compile(
    _AGE + r",\s+(?:the|a|an)\s+(?:(?:former|retired|veteran|senior|longtime|long-time|current|new|top|then)\s+)?"
)
# ('was sworn in as NASA administrator', 'was confirmed by the Senate as NASA administrator': roles17)
SERVED_AS = re.compile(
    r",?\s+(?:who\s+)?(?:(?:has|had|have)\s+)?(?:(?:served|serves|serving|worked|works|working)|(?:(?:was|is|has\s+been|"
    # (not 'was nominated as': a nomination is no post yet, GUIDELINES.md; people23)
    r"had\s+been)\s+(?:sworn\s+in|confirmed|installed|appointed|named|elected|chosen|selected)|took\s+over|"
    r"takes\s+over|took\s+office)(?:\s+by\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?:\s+on\s+\w+|\s+in\s+\d{4})?)"
    r"\s+as\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:former|senior|acting|deputy)\s+)?"
)
PROFESSION = re.compile(
    r"\s+(?:astronaut|cosmonaut|taikonaut|scientist|engineer|researcher|professor|analyst|expert|student|pilot|"
    r"physician|businessman|businesswoman|entrepreneur|diplomat|lawyer|journalist|writer|citizen)s?\b"
)
# ' engineering professor ': lower-case role words between a body and the person they describe.
TITLE_OF_NEXT_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+")
PLURAL_ROLE_LIST = re.compile(rf"{ROLE}s,\s+$", re.IGNORECASE)
PLURAL_ROLE_LIST = lead_deep(PLURAL_ROLE_LIST)  # the same matches, found faster (literals.lead_deep)
# ('a longtime NASA employee', 'a NASA staffer': roles17)
_OFFICE = rf"(?:{ROLE}|executive|officer|chief\s+executive|employee|staffer|pilot|taikonaut)"  # (pilot: roles18)
# ', chief executive of the', ', then the director of': a role with its organization after the name.
ROLE_OF_APPOSITION = re.compile(
    # (not a second item of a list: 'A, and the head of the Example Agency, B'; precision20)
    rf"{_AGE},\s+(?!(?:for|to|and|or|nor|but|while)\s)(?:(?:then|now|once|formerly|later)\s+)?(?:the\s+|a\s+|an\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_OFFICE}\s+"
    rf"(?:of|at|for)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# ', the top Democrat on the', ', a member on the': a seat on a committee, a board or a council.
SEAT_ON_APPOSITION = re.compile(
    r",\s+(?:(?:then|now|once|formerly|later)\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:top|ranking|senior|leading|"
    r"longest-serving|only|most\s+senior)\s+)?(?:Democrat|Republican|member|chair(?:man|woman|person)?|vice[- ]chair|"
    r"co-?chair)\s+on\s+(?:the\s+)?"
)
# 'Jane Doe, the NASA administrator': a role after the organization's name.
# ('Jane Doe, the White House national security spokesman': up to two words qualify the role; roles17)
ROLE_AFTER_NAME = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_OFFICE}\b(?!s)", re.IGNORECASE)
# 'Jane Doe, NASA Administrator.', 'Jane Doe, ESA Director General, said': a bare apposition, the role closing it.
ROLE_CLOSES_APPOSITION = re.compile(rf"\s+(?:[\w-]+\s+)?{_OFFICE}(?=\s*(?:[,.;:)\]]|$))", re.IGNORECASE)
# 'Its first head is Jane Doe'.
# ('Its first director was Lieutenant General Jane Doe': a rank or title may stand before the name)
ITS_ROLE_IS = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir)\s+{_ROLE}\s+(?:is|was|will\s+be|has\s+been|became)\s+(?:{TITLE}\s+)?$"
)
# 'the country's vice prime minister, Jane Doe' / 'Jane Doe, the group's president'.
NOUN_ROLE_BEFORE = re.compile(rf"\b(?:the|The)\s+([a-z]+)['’]s\s+{_ROLE},?\s+$")
NOUN_ROLE_AFTER = re.compile(rf",\s+the\s+([a-z]+)['’]s\s+{_ROLE}\b")
# ('Jane Doe, Example Machines' chief executive': a plural name's possessive is a bare apostrophe)
# ', ', ', then the ', ', at the time ': what stands between a person and the owner of the office in apposition.
APPOSED_BEFORE_POSSESSOR = re.compile(
    _AGE + r",\s+(?:(?:then|now|formerly|currently|later|since|at\s+the\s+time|until\s+\d{4})\s+)?(?:the\s+)?"
)
# ("Jane Doe, the Commission's member for industry": a seat in the body is held for it too; roles17)
# ("Jane Doe, NASA's space station programme manager": up to three words before the role; roles25)
POSSESSIVE_ROLE = re.compile(
    rf"(?:['’]s|(?<=s)['’])\s+(?:(?:[a-z][\w-]*\s+)?{_ROLE}|(?:[\w-]+\s+){{0,2}}?member)\b", re.IGNORECASE
)
# ('under its first director, the engineer Jane Doe': a profession in apposition before the name; roles19)
ITS_ROLE = re.compile(
    rf"\b(?:[Ii]ts|[Tt]heir)\s+{_ROLE},?\s+(?:the\s+(?:[a-z-]+\s+)?(?:engineer|scientist|physicist|economist|"
    # ('Its chairwoman, Dr Jane Doe', 'Its chairman, Representative John Roe': an honorific; people23)
    rf"diplomat|lawyer|astronaut|cosmonaut|general|admiral|officer|chemist|astronomer|mathematician)\s+)?"
    rf"(?:(?:{TITLE}|Dr\.?|Professor|Prof\.|Representative)\s+)?$"
)


# 'who was not a US citizen', 'is not an Examplian national', 'was not a citizen of': a nationality denied.
NOT_A_CITIZEN = re.compile(
    r"\b(?:is|was|were|are|had\s+been|has\s+been)\s+not\s+(?:a|an)\s+(?:(?P<of>citizen\s+of|national\s+of)\s+(?:the\s+)?)?"
)
UNTIL_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:until|till|before|when\s+(?:he|she)\s+became)\b")
CITIZEN_AFTER = re.compile(r"\s+(?:citizen|national|passport\s+holder)\b")
DENIED_BETWEEN = re.compile(r"\b(?:not(?!\s+(?:only|just|merely)\b)|never|no\s+longer)\b")
# 'had never worked at NASA before', 'had not flown until then': a past perfect denial bounded by the time after it.
DENIED_UNTIL_THEN = re.compile(r"\bhad\s+(?:never|not)\s+(?:(?:yet|once|even)\s+)?$")
UNTIL_THEN_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:before|previously|until\s+then|till\s+then|until\s+(?:that|this)\s+\w+|until\s+\d{4})"
    r"(?=\s*(?:[,;.:]|$))"
)
# 'wrongly described Jane Doe as the head of X', 'misidentified Jane Doe as': a correction, not an office.
MISDESCRIBED = re.compile(
    r"\b(?:described|misidentified|identified|referred\s+to|called|labell?ed|mistook|misnamed|listed)\s+$"
)


def affiliations(view: SentenceView, history: list[Found]) -> list[tuple[Found, Found]]:
    """(person, organization or country) pairs stated by the shape of the
    phrase: 'NASA administrator Jane Doe', 'Russian ambassador Jane Doe',
    'Jane Doe of Roscosmos', 'Russia's ambassador, Jane Doe', 'Jane Doe,
    Russia's ambassador', 'the head of Roscosmos, Jane Doe', 'Jane Doe, who
    heads Roscosmos', 'Its head, Jane Doe' (its: the nearest earlier organization)."""
    text, mentions, is_ = view.text, view.mentions, view.is_
    pairs: list[tuple[Found, Found]] = []
    people = [m for m in mentions if is_(m, "Person")]
    bodies = [m for m in mentions if is_(m, "Agent") and not is_(m, "Person")]
    # 'the UN Committee on …': the longer name, not 'UN' inside it
    bodies = [m for m in bodies if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                           for o in bodies)]  # fmt: skip
    for person in people:
        for body in bodies:
            if body.end <= person.start:
                between = text[body.end : person.start]
                if body.rule == "anaphor" and NOUN_ROLE_BEFORE.search(
                    text, max(view.start, body.start - 4), person.start
                ):
                    continue  # 'The agency's president, Jane Doe': read below from the noun (described)
                if is_(body, "Country") and fullmatch(NATIONALITY, text, max(view.start, body.start - 4), person.start):
                    continue  # 'a Canadian astronaut, Jane Doe': her nationality, not an office held for Canada
                if PLURAL_ROLE_LIST.search(between):
                    continue  # 'the four NASA astronauts, Jane Doe of ESA and …': a list, not an apposition
                if ROLE_BETWEEN.fullmatch(between) or (
                    # ('The head of ESA's human spaceflight programme, Jane Doe': of the body's unit named by a
                    # description; roles17)
                    (TITLED_COMMA.fullmatch(between) or OWNED_DESCRIPTION.fullmatch(between))
                    and ROLE_OF_BEFORE.search(text, view.start, body.start)
                ):
                    pairs.append((person, body))
            else:
                between = text[person.end : body.start]
                if (
                    re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", between)
                    # ('Jane Doe, of the Example Agency, said': an aside closed by a comma; roles19)
                    or (OF_ASIDE.fullmatch(between) and ASIDE_CLOSES.match(text, body.end, view.end) is not None)
                    or WHO_HEADS.fullmatch(between)
                    or (
                        AS_ROLE.fullmatch(between)
                        and not MISDESCRIBED.search(text, max(view.start, person.start - 30), person.start)
                    )
                    or BECAME_ROLE.fullmatch(between)
                    or HEADS_BODY.fullmatch(between)
                ):
                    pairs.append((person, innermost(view, body)))
                    # 'Jane Doe, who had replaced John Roe as head of Roscosmos': both held the post.
                    successor = REPLACED.search(text, max(view.start, person.start - 80), person.start)
                    if AS_ROLE.fullmatch(between) and successor:
                        earlier = [p for p in people if p.end <= successor.start() and
                                   re.fullmatch(r",?\s*", text[p.end : successor.start()])]  # fmt: skip
                        pairs += [(p, body) for p in earlier[-1:]]
                elif APPOSED_BEFORE_POSSESSOR.fullmatch(between) and POSSESSIVE_ROLE.match(
                    text, body.end, body.end + 60
                ):
                    pairs.append(
                        (person, body)
                    )  # 'Jane Doe, Russia's ambassador', 'Jane Doe, then the EU's commissioner'
                elif re.fullmatch(r",\s+", between) and ROLE_CLOSES_APPOSITION.match(text, body.end, view.end):
                    pairs.append((person, body))  # 'Jane Doe, NASA Administrator.'
                elif (
                    (ROLE_OF_APPOSITION.fullmatch(between) or SEAT_ON_APPOSITION.fullmatch(between))
                    and not re.match(r"\s+[a-z]", text[body.end : body.end + 2])
                ) or (
                    (DESCRIBED_AFTER.fullmatch(between) or SERVED_AS.fullmatch(between))
                    and ROLE_AFTER_NAME.match(text, body.end)
                ):
                    # 'Jane Doe, chief executive of the Example Agency', 'Jane Doe, the NASA administrator',
                    # 'Jane Doe, a former NASA astronaut', 'who served as NASA administrator'.
                    if is_(body, "Country") and PROFESSION.match(text, body.end) and not between.endswith("the "):
                        continue  # 'Jane Doe, an American astronaut': her nationality, not an office
                    if any(TITLE_OF_NEXT_NAME.fullmatch(text, body.end, p.start) for p in people if p.start > body.end):
                        # 'A and B, the Example University professor C and D': the title opens the next name in a
                        # list, it is no apposition of the name before it (documents22)
                        continue
                    pairs.append((person, innermost(view, body)))
        # 'Its head, Jane Doe', 'Jane Doe became its first commander': the organization named before.
        possessive = (
            ITS_ROLE.search(text, max(view.start, person.start - 60), person.start)
            or BECAME_ITS_ROLE.match(text, person.end)
            or ITS_ROLE_IS.search(text, max(view.start, person.start - 60), person.start)
        )
        # (its: opening a sentence, the subject the sentence before opened with; see roles.possessor)
        at = min(possessive.start(), person.start) if possessive else 0
        owner = possessor(view, history, at, ("Organization", "Country")) if possessive else None
        if owner is not None and not craft_role(view, history, at, person.start):
            pairs.append((person, owner))
        # 'the country's deputy minister, Jane Doe', 'Jane Doe, the group's president': the noun names an
        # organization or country named before.
        noun = NOUN_ROLE_BEFORE.search(text, max(view.start, person.start - 70), person.start) or NOUN_ROLE_AFTER.match(
            text, person.end
        )
        # (described: the nearest mention the noun fits, by its class or its name's head word)
        owner = described(view.linker, text, [], noun.group(1), history, person.start) if noun else None
        if (
            noun
            and owner is not None
            and re.search(r"\b[Tt]he\s+$", text[max(0, noun.start(1) - 4) : noun.start(1)])  # (no adjective)
            and coordinated_rival(view.linker, "the " + noun.group(1), owner, history, text)
        ):
            owner = None  # ('CNES and DLR signed it. The agency's president, Jane Doe, …': of either; precision23)
        if owner is not None and (is_(owner, "Organization") or is_(owner, "Country")):
            pairs.append((person, owner))
    # 'Jane Doe and John Roe, the heads of NASA and ESA, met': a plural role over two people and two bodies pairs
    # them by an order the words do not give (only 'respectively' would); the last person is not the first body's
    # (precision23)
    return [
        (p, b)
        for p, b in pairs
        if b.start < p.end
        or not PLURAL_ROLE_APPOSED.fullmatch(text, p.end, b.start)
        or not any(BODY_LIST_GAP.fullmatch(text, b.end, o.start) for o in bodies if o.start > b.end)
    ]


# 'more than 110 countries', '93 states', 'dozens of governments': a count of the agents a list then names.
COUNTED_AGENTS = re.compile(
    r"\s*(?:(?:more|fewer)\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?|"
    r"dozens\s+of|scores\s+of)\s+(?:other\s+)?(?:countries|states|nations|governments|agencies|members|parties)\b"
)
# ', or ', ' or the ', ' nor ': the last item of a list a denial distributes over ('neither have A, B or C').
OR_JOINER = re.compile(r"\s*,?\s*(?:or|nor)\s+(?:the\s+)?")


def denied_alternatives(view: Any, items: list[Found]) -> list[Found]:
    """A list whose last item comes after 'or' ('neither have A, B or C'): under a denial each item is denied,
    so the items after 'or' join the group (outside a denial 'A or B' names no one for sure)."""
    if not items:
        return items
    items = list(items)
    for mention in view.after(items[-1].end - view.start):
        if mention.start < items[-1].end:
            continue
        if not view.is_(mention, "Agent") or not OR_JOINER.fullmatch(view.text, items[-1].end, mention.start):
            break
        items.append(mention)
    return items


def group(text: str, mentions: list[Found], last: bool, modifiers: list[tuple[int, int]] | None = None) -> list[Found]:
    """The mentions nearest a cue that are joined by 'and' or commas:
    'Russia and China signed' gives both subjects, not every earlier name.
    ``modifiers`` are spans of names that qualify the next one ('Russia's' in
    'CNSA and Russia's Roscosmos'); they are left out of the words between."""
    if not mentions:
        return []
    ordered = list(reversed(mentions)) if last else list(mentions)
    chosen = [ordered[0]]
    for previous, current in itertools.pairwise(ordered):
        left, right = (current, previous) if last else (previous, current)
        gap = text[left.end : right.start]
        for low, high in sorted(modifiers or (), reverse=True):
            if left.end <= low and high <= right.start:
                cut_end = high - left.end
                tail = APOSTROPHE_S.match(gap[cut_end:])
                gap = gap[: low - left.end] + gap[cut_end + (tail.end() if tail else 0) :]
        if left.entity == right.entity and OPEN_PARENTHESIS_GAP.fullmatch(gap):
            continue  # 'the China National Space Administration (CNSA)': one actor
        gap = CLOSING_PARENTHESIS.sub("", gap)  # 'the China National Space Administration (CNSA) and Roscosmos'
        gap = SHORT_PARENTHESIS.sub("", gap)  # 'Japan (2020), Canada (2020) and Brazil'

        if not (JOINER.match(gap) or TITLED_JOINER.match(gap) or ROLE_JOINER.match(gap) or DESCRIBED_JOINER.match(gap)):
            break
        chosen.append(current)
    return chosen


# 'under Boris Pistorius', 'under its director Jane Doe': the person a body acts under, after its name.
UNDER_HEAD = re.compile(r"\s+under\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,3}$")
POSSESSED_APPOSITION = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:the\s+)?")
# 'ESA and France's space agency, CNES', 'NASA and its long-time partner, JAXA': the next name after a common
# noun that describes it (the possessor already left out as a modifier).
DESCRIBED_JOINER = re.compile(r"^\s*,?\s*and\s+(?:(?:the|its|their)\s+)?\s*(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*$")


group_names = group  # (the name `relations` uses where its own `group` is the view's)


# ', in which ', ', to which ', ', of which ': a relative clause whose preposition comes before 'which', then its
# words up to the clause's end ('X, in which Japan has not taken part, …').
PIED_PIPED = re.compile(r",\s+(?P<prep>in|to|of|on)\s+which\s+(?P<clause>[^,;:.()]{3,90}?)(?=\s*(?:[,;:.)]|$))")


# A signing up or joining with its object left out, closing its clause: 'have signed up', 'has joined since',
# 'signed up too', 'has not signed up' (the verb group is read for negation and plans as anywhere).
BARE_SIGN_UP = re.compile(
    r"\b(?:sign(?:ed|s)?\s+up|joined|join|joins|signed\s+on)"
    r"(?=(?:\s+(?:too|as\s+well|since|so\s+far|already|since\s+then|in\s+(?:19|20)\d\d|last\s+year|this\s+year))?"
    r"\s*(?:[.;]|$))"
)


# A craft's participle of making with a partner: ', developed with ', ' was built jointly with ', ', designed with help
# from '.
MADE_WITH = re.compile(
    r"(?P<lead>,\s+|\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)"
    r"(?:(?:jointly|partly|largely|mostly|originally|also)\s+)?(?:developed|built|designed|made|produced|assembled)\s+"
    r"(?:(?:jointly|together)\s+)?with\s+(?:(?:help|assistance|support)\s+from\s+)?(?:the\s+)?"
)


def made_with(view: SentenceView, fact: Callable[..., None], start: int, sentence: str) -> None:
    """'The Naro rocket, developed with Russia's Khrunichev centre, reached orbit', 'Example-1 was built with
    Examplo Corp': the one named after 'with' takes part in the craft named right before (its possessor qualifying
    it), which is the participle's head or the passive's subject (lead22)."""
    for match in MADE_WITH.finditer(sentence):
        craft = next((m for m in view.mentions if start + match.start() - 12 <= m.end <= start + match.start()
                      and re.fullmatch(r"(?:\s+(?:rocket|launcher|satellite|probe|rover|lander|orbiter|spacecraft|"
                                       r"telescope|mission|module))?", view.text[m.end : start + match.start()])), None)  # fmt: skip
        if craft is None or not (view.is_(craft, "Program") or view.is_(craft, "Station")):
            continue
        partner = next((m for m in view.mentions if m.start == start + match.end()), None)
        if partner is not None and POSSESSIVE_AFTER.match(view.text, partner.end):
            # ("Russia's Khrunichev centre": the body the possessor qualifies)
            partner = next((m for m in view.mentions if m.start > partner.end
                            and re.fullmatch(r"['’]s?\s+", view.text[partner.end : m.start])), None)  # fmt: skip
        if partner is None or not view.is_(partner, "Agent") or view.is_(partner, "Person"):
            continue
        for one in view.group([m for m in view.mentions if m.start >= partner.start and m.end <= view.end
                               and view.is_(m, "Agent") and not view.is_(m, "Person")], False):  # fmt: skip
            fact(one, "participatesIn", craft, cue=match, before=one, rule="made with")


def bare_sign_up(view: SentenceView, fact: Callable[..., None], start: int, sentence: str) -> None:
    """'Russia and China lead the ILRS; Pakistan, Venezuela and South Africa have signed up', 'China leads the
    ILRS, and Pakistan has joined': a clause after a semicolon or ', and' whose verb of joining has no object
    takes part in the one programme named earlier in the sentence (lead22). Not a body (joining one is
    membership, read by the document and headline rules), not two programmes (which one is unsaid)."""
    for match in BARE_SIGN_UP.finditer(sentence):
        opening = max(
            (m.end() for m in re.finditer(r";\s*|,\s+(?:and|while|whereas)\s+", sentence[: match.start()])),
            default=-1,
        )
        if opening < 0:
            continue
        programmes = {m.entity: m for m in view.mentions if m.end <= start + opening and view.is_(m, "Program")}
        if len(programmes) != 1:
            continue
        programme = next(iter(programmes.values()))
        subjects = view.group(
            [m for m in view.mentions if start + opening <= m.start and m.end <= start + match.start()
             and view.is_(m, "Agent") and not view.is_(m, "Person")],
            True,
        )  # fmt: skip
        if not subjects or subjects[-1].start != start + opening + len(
            re.match(r"(?:the\s+)?", sentence[opening:]).group(0)  # type: ignore[union-attr]
        ):
            continue  # the names must open the clause: 'Pakistan, Venezuela and South Africa have …'
        for subject in subjects:
            fact(subject, "participatesIn", programme, cue=match, before=subject, rule="bare signing up")


def pied_piped(view: SentenceView, fact: Callable[..., None], start: int, sentence: str) -> None:
    """'the Artemis program, in which Japan takes part', 'the ILRS, of which
    Russia is a member', 'the Gateway, to which Canada contributes an arm':
    the clause's words with its preposition put back after them are read by
    the cues of every relation (the head before the comma is the object, the
    names opening the clause the subjects; the verb group between them is
    read for negation and plans as anywhere)."""
    for match in PIED_PIPED.finditer(sentence):
        head = next((m for m in view.mentions if m.end == start + match.start()), None)
        clause_at = start + match.start("clause")
        subjects = view.group([m for m in view.after(match.start("clause")) if m.start < start + match.end()], False)
        if head is None or not subjects or subjects[0].start != clause_at or not view.is_(subjects[0], "Agent"):
            continue
        rest = view.text[subjects[-1].end : start + match.end()]
        probe = rest + " " + match.group("prep") + " "
        done: set[str] = set()
        for pattern, relation in ALL_CUES:
            # the last match: the cue that ends with the preposition put back
            cue = next(reversed(list(pattern.finditer(probe))), None)
            if cue is None or cue.end() < len(probe) - 1 or cue.start() >= len(rest) or relation in done:
                continue
            # the cue's words as they stand in the sentence (up to the clause's end), for the verb group before them
            found = re.compile(re.escape(rest[cue.start() :].strip())).search(sentence, subjects[-1].end - start)
            if found is None or relation not in SIGNATURES or not view.takes(head, SIGNATURES[relation][1]):
                continue  # ('NASA, to which Norway and Chile are parties': a body is signed by no one)
            done.add(relation)
            for subject in subjects:
                fact(
                    subject, relation, head, cue=found, before=subjects[-1], rule="relative clause after a preposition"
                )
