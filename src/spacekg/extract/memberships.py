"""Relations stated by lists and nominal shapes rather than by a verb
between subject and object: who the members, partners or signatories of a
body, program or document are ('whose members include A, B and C', 'the
members are A, B …', 'a consortium of A, B and C', 'became its tenth
member'), and where a document goes ('submitted to the CD', 'sent it up to
COPUOS', 'negotiated in the STSC').

Called by :func:`~spacekg.extract.relations.relations` for each sentence with
its ``fact`` callback, so modality, requests and provenance are handled
there as for every other relation.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import DESCRIBED_GAP, DESCRIPTOR, Found
from spacekg.extract.constructions import released_more
from spacekg.extract.coordination import MEMBERS_BODIES, member_body
from spacekg.extract.coreference import antecedent, resolve
from spacekg.extract.documents import founded_by
from spacekg.extract.groupings import dash_items
from spacekg.extract.literals import may, scan, search
from spacekg.extract.modality import NEGATION, PLAN

Fact = Callable[..., None]

# 'whose members include', 'its 15 member states are', 'The members are thus', 'whose founding
# partners were': the owner of the list, the kind of list, then the list (after a colon, or at once).
# 'X, one of its few parties,', 'X, one of the 23 members,': an apposition placing X in the list in focus (not
# 'one of the members of Y', whose owner is named, nor 'one of the partners': a partner is no member).
ONE_OF_KIND = re.compile(
    r",\s+(?:now\s+|then\s+|also\s+)?one\s+of\s+(?:its|their|the)\s+(?:(?:\d+|[a-z]+)\s+){0,2}?"
    r"(?P<kind>signatories|parties|members)\b(?!\s+(?:of|to|in|at)\b)"
)
MEMBERS_ARE = re.compile(
    # ('Other parties include A and B', 'The other signatories are …': the rest of the list in focus)
    r"(?P<owner>\bwhose|\b[Ii]ts|\b[Tt]heir|(?:^|(?<=[;:]\s))(?:[Tt]he\s+)?[Oo]ther|(?:^|(?<=[;:]\s))[Tt]he|^(?=[A-Z]))"
    r"\s*(?:(?:\d+|[a-z]+)\s+){0,2}?"
    r"(?P<kind>(?i:m)embers|(?i:m)ember\s+states|(?i:p)artners|(?i:p)articipants|(?i:s)ignatories|(?i:p)arties|"
    r"(?i:a)uthors|(?i:d)rafters|(?i:c)o-?authors)(?:\s+"
    r"(?:(?:thus|now|so\s+far|today|currently|then|therefore)\s+)?(?:(?:do|does)\s+not\s+)?(?:include[sd]?|are|were|comprise[sd]?)"
    r"(?:\s+(?:thus|now|so\s+far|today|currently|then|therefore))?(?:\s+[^:;.]{1,40}?:\s*|\s*:\s*|\s+)|\s*[:(–—]\s*|\s+-\s+)"
    # ('Its members included experts from A and B', 'The members are officials of A': the people stand for their
    # states or agencies, read past by list_of; lists19)
    r"(?:[-•*]\s+)?(?:the\s+)?(?=[A-Z]|(?:experts|representatives|delegates|officials|diplomats|envoys|delegations|"
    r"scientists|engineers)\s+(?:from|of)\s)"
)
# 'The council was later joined by Japan', 'It has since been joined by A and B' (not ', joined by', an addition to
# the clause's subject: coordination.FOLLOWED_BY).
JOINED_BY = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+(?:(?:since|also|now|already)\s+)?been)\s+(?:(?:later|since|soon|then|also|subsequently|"
    r"quickly|eventually|now)\s+)*joined\s+(?:(?:later|since|soon|in\s+\d{4})\s+)?by\s+(?:the\s+)?"
)
# 'experts from', 'representatives of the': people named by where they come from, before the names of a list.
PEOPLE_FROM = re.compile(
    r"(?:experts|representatives|delegates|officials|diplomats|envoys|delegations|scientists|engineers)\s+(?:from|of)\s+"
    r"(?:the\s+)?"
)
# 'the five permanent members of the Security Council, A, B, C, D and E': a counted class of the members of a body
# in apposition to the names that follow (each a member of that body too).
COUNTED_MEMBERS_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2})\s+(?:[a-z]+\s+)?"
    r"(?:members|member\s+states|member\s+countries|member\s+agencies)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
COUNTED_APPOSITION = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s+(?:namely\s+)?(?:the\s+)?")
# ', and from C and D', 'as well as from C': a list of where people come from carried on after 'and'.
AND_FROM = re.compile(
    r"\s*,?\s+(?:and|as\s+well\s+as|plus)\s+(?:(?:experts|representatives|delegates|officials|diplomats|envoys|"
    r"delegations|scientists|engineers)\s+)?(?:from|of)\s+(?:the\s+)?"
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}  # fmt: skip

GROUPS_WORDS = {"groups", "grouped", "brings", "brought", "made", "consists", "consisted", "comprises", "comprised",
                "unites", "united", "includes", "included", "comprising", "grouping", "bringing", "consisting",
                "uniting"}  # fmt: skip
GROUP_OF_WORDS = {
    "consortium",
    "coalition",
    "alliance",
    "grouping",
    "association",
    "federation",
    "club",
    "bloc",
    "venture",
}
NO_MEMBER_WORDS = {"not", "never", "no", "stayed", "stays", "stay", "remained", "remains", "kept"}
SENT_WORDS = {"sent", "send", "sends", "forwarded", "forward", "forwards", "referred", "refer", "refers", "passed",
              "passes"}  # fmt: skip
SUBMIT_WORD = re.compile(r"submit|table[sd]|introduce[sd]|present|put\s+forward|propos")
JOINT_WORDS = {"agreed", "agrees", "agree", "decided", "pledged", "undertook", "signed", "signs", "sign", "concluded",
               "struck", "reached"}  # fmt: skip
FOUNDED_WORDS = {"founded", "co-founded", "cofounded", "established", "created", "set", "formed"}
NEGOTIATED_WORDS = {"negotiated", "drafted", "prepared", "worked", "hammered"}
LIST_WORD = re.compile(
    r"(?i:m)ember|(?i:p)artners|(?i:p)articipants|(?i:s)ignator|(?i:p)arties|(?i:a)uthors|(?i:d)rafters"
)
# What a list means for each kind of owner.
LIST_RELATIONS = {
    "members": (("Organization", "memberOf"), ("Program", "participatesIn")),
    "member states": (("Organization", "memberOf"),),
    # (a station's partners take part in it, as in a programme: 'The station's other partners, A, B and C'; lead22)
    "partners": (("Program", "participatesIn"), ("Station", "participatesIn")),
    "participants": (("Program", "participatesIn"), ("Station", "participatesIn")),
    "signatories": (("Document", "signs"),),
    "parties": (("Document", "signs"),),
    # ('Its authors were A, B and C', 'The drafters included A': those who wrote the document in focus; lists19)
    "authors": (("Document", "drafts"),),
    "drafters": (("Document", "drafts"),),
    "co-authors": (("Document", "drafts"),),
    "coauthors": (("Document", "drafts"),),
}
WRITERS = ("authors", "drafters", "co-authors", "coauthors")
# 'SpaceRISE, a consortium of the satellite operators A, B and C', 'X is an alliance of A and B':
# the names listed make up the group.
# ('X was set up in 1995 as a joint venture of A and B', 'X began as a consortium of …', 'a joint venture of
# companies from three countries: A, B and C'; programmes20)
GROUP_OF = re.compile(
    r"(?:,\s+|\s+(?:is|was|are|were|remains)\s+|\s+(?:(?:is|was|were)\s+(?:set\s+up|founded|formed|created|"
    r"established)|began|started)\s+(?:(?:in|on)\s+(?:[\w-]+\s+){0,2}?\d{4},?\s+)?as\s+)(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:consortium|coalition|alliance|grouping|association|federation|club|bloc|joint\s+venture)\s+"
    r"(?:of|between|formed\s+by|made\s+up\s+of|comprising|that\s+includes)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:(?:from|in)\s+(?:[\w-]+\s+)?(?:countries|nations|states)\s*:\s*(?:the\s+)?)?"
    r"(?=[A-Z])"
)
# 'Chile became its 30th member', 'Peru was admitted as the tenth member': a member of the body in focus.
ITS_MEMBER = re.compile(
    r"\b(?:became|becomes|become|has\s+become|was\s+admitted\s+as|joined\s+as)\s+(?:its|their|the\s+(?:body|group|"
    r"organi[sz]ation|alliance|club|agency|council|committee)['’]s)\s+(?:[\w-]+\s+){0,2}?member\b(?!\s+(?:of|in)\b)"
)
# 'Peru was admitted to the council', 'admitted into the club'.
ADMITTED = re.compile(r"\badmitted\s+(?:as\s+a\s+(?:full\s+)?member\s+)?(?:to|into)\s+(?:the\s+)?")
# 'sent it up to COPUOS', 'was referred to the First Committee': where a document goes.
SENT_TO = re.compile(
    r"\b(?P<verb>sen[dt]s?|forward(?:ed|s)?|referr?(?:ed|s)?|passe[sd]\s+on)\s+(?P<it>(?:it|them)\s+)?"
    r"(?:(?:up|on)\s+)?(?:formally\s+)?to\s+(?:the\s+)?"
)
SENT_DOCUMENT = re.compile(
    r"\b(?:sen[dt]s?|forward(?:ed|s)?|referr?(?:ed|s)?)\s+(?:formally\s+)?(?:the\s+|its\s+|their\s+)?"
)
SENT_DOCUMENT_TO = re.compile(r"\s+(?:(?:up|on|formally|back)\s+)?to\s+(?:the\s+)?")
# 'The PPWT, submitted to the CD', 'tabled by A and B at the CD', 'introduced in the Senate': where it was put.
SUBMITTED = re.compile(
    r"\b(?:re)?(?:submit(?:ted|s)?|table[sd]|introduce[sd]|present(?:ed|s)|put\s+forward|propos(?:ed|es))\b"
)
# 'NASA and ISRO agreed to build it together', 'A and B signed an agreement on …': the subjects are partners.
JOINT_AGREEMENT = re.compile(
    r"\b(?:agreed|agrees|agree|decided|pledged|undertook)(?=\s+to\s+(?:[\w-]+\s+){1,6}?(?:together|jointly)\b)|"
    r"\b(?:signed|signs|sign|concluded|struck|reached)(?=\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|"
    r"memorandum|contract|accord|pact)s?\b(?!\s+with\b))"
)
FEW_PARTIES_DOCUMENT = re.compile(r"\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|deal|contract)s?\b")
# 'The Example Council's 22 member states include …', 'ESA's members, among them …', 'the ESA member
# states, including …': the list right after the owner's name.
NAMED_OWNER_LIST = re.compile(
    r"(?:['’]s?)?\s+(?:(?:\d+|[a-z]+)\s+){0,2}?(?P<kind>members|member\s+(?:states|agencies|countries|nations|"
    r"organi[sz]ations|governments)|partners|participants|signatories|"
    r"parties)(?:\s*,\s*|\s+(?:(?:now|thus|currently)\s+)?(?:include[sd]?|are|were|comprise[sd]?)\s*:?\s*)"
    r"(?:(?:including|among\s+them|such\s+as|namely|notably)\s+)?(?:the\s+)?(?=[A-Z])"
)
# 'As a member of the Example Council, Norway …', 'As one of the Accords' signatories, Chile …'.
AS_MEMBER = re.compile(
    r"^\s*(?:As|Being)\s+(?:a|an|one\s+of\s+the|the)\s+(?:(?:founding|full|permanent|new|original|first)\s+)?"
    r"(?P<kind>members?|signator(?:y|ies)|part(?:y|ies))\s+(?:of|to|in)\s+(?:the\s+)?"
)
# 'NATO members Poland and Hungary', 'ESA member states France and Germany': the owner's name, the noun, the names.
OWNER_NOUN_LIST = re.compile(
    r"\s+(?:member\s+(?:states|countries|agencies|nations)|members|allies)\s+(?:the\s+)?(?=[A-Z])"
)
# 'The Example Council has 22 members, including A and B', '… with 40 signatories, among them A'.
HAS_LIST = re.compile(
    r"\b(?P<verb>has|have|had|with|now\s+has|now\s+have)\s+(?:(?:\d+|[a-z]+)\s+){0,2}?(?P<kind>members|member\s+states|"
    r"partners|participants|signatories|parties)(?:\s*,?\s+(?:including|among\s+them|such\s+as|notably|namely)\s+|"
    r"\s*:\s*(?:[-•*]\s+)?)(?:the\s+)?"
)
# 'The Example Council, which groups A, B and C', 'brings together A and B', 'is made up of A and B'.
# ('A and four other groups sued B': after a number or a quantifier 'groups' is the plural noun, no verb; types18)
_QUANTIFIED = "".join(
    f"(?<!{w} )"
    for w in [
        *[
            "other",
            "several",
            "many",
            "some",
            "the",
            "these",
            "those",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "of",
        ],
        r"\d",
    ]
)
GROUPS = re.compile(
    r"\b(?:"
    + _QUANTIFIED
    + r"groups|grouped|brings\s+together|brought\s+together|(?:is|was|are|were)\s+made\s+up\s+of|consists\s+of|"
    r"consisted\s+of|comprises|comprised|unites|united|includes|included|,\s+(?:comprising|grouping|bringing\s+together|"
    r"made\s+up\s+of|consisting\s+of|uniting))\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?=[A-Z])"
)
# 'admitted to the council as an observer (a permanent observer, a guest)': a seat without membership.
AS_OBSERVER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+as\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:observer|guest)s?\b")
# 'became ESA's 23rd member state', 'is NATO's newest member', 'has been the agency's full member since 2020'.
BECAME_ITS_MEMBER = re.compile(
    r"\b(?:is|was|became|becomes|become|remains|been)\s+"
    r"(?:(?:not|no\s+longer|never|also|still|now)\s+)*(?:the\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s?\s+"
    r"(?:(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|newest|latest|youngest|full|founding)\s+)*"
    r"member(?:\s+(?:state|country|nation))?\b"
)
# 'The council admitted Norway and Chile in 2021'.
ADMITS = re.compile(r"\badmit(?:s|ted)?\s+(?:the\s+)?(?=[A-Z])")
# What ends the names a body admits: a sentence or clause break, 'as members', 'to', 'into', a time.
ADMITTED_CLOSE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s*(?:[,.;:)]|$|\s+(?:as|to|into|in|on|at|after|last|this|during|when|while|and\s+(?:the\s+)?[a-z]))"
)
# 'awarded a contract to Example Orbital': partners.
AWARDED = re.compile(
    r"\b(?:award(?:s|ed)?|gave|gives|grant(?:s|ed)?)\s+(?:(?:a|an|the|its|two|three|several)\s+)?"
    r"(?:[\w$.,-]+\s+){0,3}?contracts?\s+to\s+(?:the\s+)?"
)
# 'NASA has awarded SpaceX a contract', 'gave Example Corp a $4 million contract'.
AWARDED_TO = re.compile(
    r"\b(?:award(?:s|ed)?|gave|gives|grant(?:s|ed)?|(?P<contracted>contracted))\s+(?:the\s+)?(?=[A-Z])"
)
CONTRACT_AFTER = re.compile(r"\s+(?:(?:a|an|the|its|two|three|several)\s+(?:[\w$.,-]+\s+){0,3}?contracts?|contracts)\b")
# 'NASA and ESA are working together on …': partners in the program named after 'on', else cooperation.
WORK_TOGETHER = re.compile(r"\b(?:work(?:s|ed|ing)?|collaborat(?:e|es|ed|ing))\s+(?:closely\s+)?together\b")
# '… with contributions from JAXA and NASA': each contributor takes part.
CONTRIBUTIONS_FROM = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:contributions?|instruments?|payloads?|hardware|participation|support)\s+"
    r"(?:from|by)\s+(?:the\s+)?"
)
# 'so it is not a member', 'Japan has stayed out', 'India has not joined.': no membership, of the body
# whose members the text has been listing.
NO_MEMBER = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:not|no\s+longer|never)\s+(?:been\s+)?(?:a\s+|an\s+)?(?:full\s+)?members?|"
    r"(?:stayed|stays|stay|remained|remains|kept)\s+(?:out|away|outside)|"
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?joined)\b(?=\s*(?:[,.;]|$|\s+(?:either|yet|so\s+far|too|since)\b))"
)
# 'France and Germany were admitted in 2020', 'Japan and Norway later became members as well', 'Peru became a full
# member the following year': a membership with no body named, of the body in focus (coordination.member_body);
# not 'admitted to X' nor 'became members of X' (a body named: other rules), nor 'admitted that …' (a clause).
_BARE_END = (
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|during|last|earlier|later|too|either|yet|as\s+well|the\s+(?:same|following|next)|"
    r"a\s+(?:year|decade)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?)|soon|after|"
    r"before|since|when|while|and|but|along|alongside|together|with\s+(?!the\b)|making|bringing|taking|raising)\b)"
)
BARE_MEMBERSHIP = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|be|being)\s+(?:(?:also|later|then|finally|formally|"
    r"only|not|never|eventually|subsequently)\s+)*admitted(?:\s+as\s+(?:(?:a|an)\s+)?(?:full\s+|new\s+)?members?)?|"
    r"(?:became|become|becomes|becoming|has\s+become|have\s+become|had\s+become|(?:is|are|was|were|remains|remain|"
    r"remained)\s+(?:(?:also|now|still|both|all|likewise|too|not|never|no\s+longer)\s+)*)\s*(?:(?:a|an)\s+)?"
    r"(?:(?:full|founding|associate|permanent|new)\s+)?members?)" + _BARE_END
)
# 'After 1991 Russia took over the Soviet Union's seat', 'inherited the Soviet seat on the Council', 'took its
# predecessor's place in the body': a successor sits where a member sat (documents21); of the body named after 'on',
# 'in' or 'at', else of the body in focus.
SUCCEEDED_SEAT = re.compile(
    r"\b(?:took\s+over|takes\s+over|take\s+over|taking\s+over|inherited|inherits|inherit|assumed|assumes|took|takes)\s+"
    r"(?:the\s+)?(?P<before>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?|Soviet|Yugoslav|Czechoslovak|its\s+predecessor['’]s)\s+"
    r"(?:permanent\s+|former\s+)?(?:seat|place|membership)\b(?!\s+of\b)(?P<on>\s+(?:on|in|at|of)\s+(?:the\s+)?)?"
)
# 'A and B formed a joint venture, X', 'went into business with B, forming a joint venture, X', 'A set up a joint
# venture with B, called X', 'set up a joint venture named X': the owners that form a venture are its members and
# partners (GUIDELINES v17, v20; documents21).
FORMED_VENTURE = re.compile(
    r"\b(?:form(?:ed|ing|s)?|creat(?:ed|ing|es?)|set(?:ting|s)?\s+up|launch(?:ed|ing|es)?|establish(?:ed|ing|es)?|"
    r"start(?:ed|ing|s)?)\s+a\s+(?:new\s+)?(?:\d{2}-\d{2}\s+|fifty-fifty\s+)?joint\s+(?:venture|company)"
    r"(?P<with>\s+with\s+(?:the\s+)?(?=[A-Z]))?"
)
# Between the venture (or its partner) and its name: ', ', ' called ', ', named ', ' known as '.
VENTURE_NAMED = re.compile(r"\s*,?\s+(?:called|named|known\s+as|dubbed)\s+|\s*,\s*")
# 'went into business with B', 'teamed up with B', 'joined forces with B': a partner before the participle.
BUSINESS_WITH = re.compile(
    r"\b(?:went\s+into\s+business|teamed\s+up|joined\s+forces|partnered|linked\s+up)\s+with\s+(?:the\s+)?"
)
# 'the alliance welcomed Ecuador as its fourth member', 'accepted A and B as new members': the subject's members.
WELCOMED_AS = re.compile(r"\b(?:welcome[sd]?|accept(?:s|ed)?|admit(?:s|ted)?|invited)\s+(?:the\s+)?(?=[A-Z])")
AS_ITS_MEMBER = re.compile(
    r"\s+as\s+(?:(?:its|their|a|an|the)\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+)\s+){0,2}?(?:full\s+)?members?\b(?!\s+(?:of|in)\s+(?:the\s+)?[A-Z])"
)
# 'Colombia, a member since 2011, …', 'Peru, a founding member,': an apposition of membership, no body named.
MEMBER_SINCE = re.compile(
    r",\s+(?:a|an|one)\s+(?:(?:founding|full|associate|original)\s+)?member\s*(?:,|\s+(?:since|from)\s+\d{4}\b)"
)
# 'Its membership grew to include A and B', 'the council's membership now includes A', 'whose membership
# expanded to take in A': the names after the verb are members of the owner of 'membership'.
MEMBERSHIP_INCLUDES = re.compile(
    r"\b(?P<owner>[Ii]ts|[Tt]heir|whose|['’]s?)\s+membership\s+(?:(?:has|had|have)\s+)?(?:(?:now|since|later|then|"
    r"also|quickly|gradually|steadily)\s+)*(?:(?:grew|grown|expanded|widened|rose|risen|extended)\s+to\s+(?:include|take\s+in|"
    r"embrace)|includes?|included|comprises?|comprised|spans?|spanned)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Norway, Chile and Peru founded the Example Council', 'was founded in 2005 by Norway, Chile and Peru'.
FOUNDED = re.compile(r"\b(?:co-?)?(?:founded|established|created|set\s+up|formed)\b")
FOUNDED_IT = re.compile(r"\b(?:(?:co-?)?(?:founded|established|created|formed)\s+it|set\s+it\s+up)\b")
# 'the United States and six partners', 'France and several other states': one founder named among several.
UNNAMED_CO_FOUNDERS = re.compile(
    r"\s+and\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+handful\s+of|"
    r"a\s+dozen)\s+)?(?:other\s+)?(?:partners|allies|others|countries|states|nations|governments)\b"
)
# 'the consortium that the United States had formed with other Western countries', 'which France founded with
# Germany and Italy': the founder named, and others after 'with' (named ones are founders too; documents21).
WITH_CO_FOUNDERS = re.compile(
    r"\s+(?:(?:together|jointly)\s+)?with\s+(?:(?P<unnamed>(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a\s+few|a\s+handful\s+of|a\s+dozen|some|other)\s+)+(?:[A-Z]?[a-z]+\s+)?(?:partners|allies|others|"
    r"countries|states|nations|governments|agencies))\b|(?:the\s+)?(?=[A-Z]))"
)
APPOSED_RELATIVE = re.compile(
    r"\s*(?:\([^()]{1,30}\))?\s*,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:that|which)|which)\s+(?:the\s+)?"
)
FOUNDED_BY = re.compile(r"\s+(?:(?:in|on)\s+(?:[\w,]+\s+){1,3}?)?by\s+(?:the\s+)?")
# 'formed by five Example Union countries, A, B and C', 'set up by three companies, A, B and C': the founders are
# the names in apposition to a counted plural (members26; the plural's group keeps its own members, groupings.py).
COUNTED_FOUNDERS = re.compile(
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:countries|states|nations|governments|agencies|companies|firms|members|partners|allies|organi[sz]ations|"
    r"institutes|operators),\s+(?:the\s+)?(?=[A-Z])"
)
# 'The Example Council, of which Norway is a member', 'of which Norway and Chile are founding members'.
# ('The Example Council (EC), of which …': past the acronym in brackets)
OF_WHICH = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s*of\s+which\s+(?:the\s+)?")
MEMBER_PREDICATE = re.compile(
    r"\s+(?:is|are|was|were|became|has\s+been|have\s+been)\s+(?:(?:now|also|still|all|both|a|an|the)\s+)*"
    r"(?:(?:founding|full|permanent|associate)\s+)?members?\b"
)
# 'Chile is one of the Example Council's 15 members', 'is among the council's members'.
ONE_OF_BEFORE = re.compile(
    r"\b(?:is|are|was|were|became|becomes|become)\s+(?:(?:now|not|no\s+longer|never|still)\s+)*(?:one\s+of|among)\s+(?:the\s+)?$"
)
OWNERS_MEMBERS = re.compile(r"['’]s?\s+(?:(?:\d+|[a-z]+)\s+){0,2}?(?:members|member\s+states)\b")
# 'Under an agreement signed with NASA, JAXA will …': partners.
UNDER_AGREEMENT = re.compile(
    r"\s*(?:Under|Through|In)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|contract|memorandum|"
    r"partnership|arrangement)\s+(?:(?:signed|struck|reached|concluded)\s+)?with\s+(?:the\s+)?"
)
# Between a document and the participle or relative clause about it.
ATTACHED = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:[\w’'-]+\s+){0,5}?)?(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|"
    r"had|has|have|first|formally|later|then|also|jointly|originally)\s+)*"
)
OBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their|new|draft|revised)\s+)*")
BODY_AFTER = re.compile(r"\b(?:at|in|to|before)\s+(?:the\s+)?$")
# 'The text was negotiated in the STSC', 'a treaty negotiated at the CD': the body drafted it.
# 'The Moon Agreement is a treaty of 1979, negotiated in …', 'Moon Agreement. A treaty of 1979, negotiated in …' (a
# glossary entry), 'the Example Code, a text drafted in …': what the document is, between it and the participle.
DESCRIBED_BETWEEN = re.compile(
    r"(?:\.\s+|\s*,\s+|\s+(?:is|was)\s+)(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,4}?(?:treaty|agreement|convention|text|"
    r"document|accord|code|resolution|charter|protocol|declaration)(?:\s+of\s+\d{4})?\s*,\s*"
)
NEGOTIATED_IN = re.compile(
    r"\b(?:negotiated|drafted|prepared|worked\s+out|hammered\s+out)\s+(?:in|at|within)\s+(?:the\s+)?"
)


DESCRIPTOR_NOUNS = {"agency", "company", "firm", "operator", "contractor", "manufacturer", "maker", "startup", "start-up",
                    "institute", "regulator", "administration", "authority", "office", "ministry", "laboratory", "lab",
                    "consortium", "giant", "group", "provider", "centre", "center", "organization", "organisation",
                    "non-profit", "nonprofit", "charity", "foundation", "association", "society", "venture", "body"}  # fmt: skip
# 'the Korean agency KASA', 'the space agency NASA': the words before a body's name that say what kind it is.
DESCRIBED_BEFORE = re.compile(rf"\b(?:the|its|their)\s+(?P<span>(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+)?{DESCRIPTOR})$")
DESCRIBED_REACH = 60  # characters before a name that its descriptor may take


# 'the agreement that created the programme' (proposals.FOUNDING_DOCUMENT): an agreement named by what it made.
FOUNDING_AGREEMENT = re.compile(r"(?:agreement|accord|pact|memorandum)\s+(?:that|which)\s")


def nationality_modifiers(linker: Any, text: str, mentions: list[Found]) -> tuple[set[int], list[tuple[int, int]]]:
    """The country mentions that only qualify the body named after a
    descriptor ('the French space agency CNES': the agency is CNES; France
    neither acts nor is listed), by id, and the spans of the words that
    describe a body before its name ('the Korean agency KASA', with the
    country if named), which are left out of the words between list items."""
    ids: set[int] = set()
    spans: list[tuple[int, int]] = []
    for index, mention in enumerate(mentions):
        if text[mention.start - 1 : mention.start] != " ":
            continue
        space = text.rfind(" ", max(0, mention.start - 16), mention.start - 1)
        # (no space in reach: the word is longer than any descriptor, and is not copied from the text's start)
        if text[max(space + 1, mention.start - 17) : mention.start - 1] not in DESCRIPTOR_NOUNS:
            continue  # (a cheap test first: most names follow no descriptor)
        before = text[max(0, mention.start - DESCRIBED_REACH) : mention.start]
        if not linker.is_(mention, "Organization") or linker.is_(mention, "Country"):
            continue
        previous = mentions[index - 1] if index else None
        if (
            previous is not None
            and linker.is_(previous, "Country")
            and DESCRIBED_GAP.fullmatch(text, previous.end, mention.start)
        ):
            ids.add(id(previous))
            spans.append((previous.start, mention.start))
            continue
        described = DESCRIBED_BEFORE.search(before)
        low = mention.start - len(before) + described.start("span") if described else mention.start
        if described and (previous is None or previous.end <= low):
            spans.append((low, mention.start))
    return ids, spans


# What may stand between two owners of a venture besides a plain joiner: a country's possessive before the next
# ('…, Norway's Kvaerner'), a relative clause about the last ('Boeing, which held 40 per cent, …'), a plural noun
# of the next ones' kind ('and the Ukrainian firms A and B').
_OWNER_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;:.()]{1,60},")
_OWNER_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+$")
_OWNER_GAP = re.compile(
    r"\s*,?\s*(?:(?:and|as\s+well\s+as)\s+)?(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:firms?|compan(?:y|ies)|groups?|"
    r"agenc(?:y|ies)|operators?|makers?|builders?|manufacturers?|institutes?|contractors?)\s+)?"
)

# (what may follow the last item of a list: punctuation, a joiner, a preposition or an infinitive, 'a joint
# venture of A and B to sell launches'; not a verb, '…, and NASA became its first customer')
_ITEM_END = re.compile(
    r"\s*(?:[,.;:()]|(?:and|or|as\s+well\s+as|of|to|in|on|at|for|with|from|that|which|who|whose|as|under|since|"
    r"until|each|both|respectively)\b|$)"
)


def listed_on(view: Any, members: list[Found], candidates: list[Found]) -> list[Found]:
    """The owners of a venture listed past what :meth:`group` stops at: 'Boeing of the United States, which held
    40 per cent, Russia's RSC Energia, Norway's Kvaerner, and the Ukrainian firms A and B' (a country after 'of'
    qualifies the name before it; programmes20)."""
    found = list(members)
    last_end = found[-1].end
    for mention in candidates:
        if mention.start < last_end:
            continue
        gap = view.text[last_end : mention.start]
        if view.is_(mention, "Country") and re.fullmatch(r"\s+of\s+(?:the\s+)?", gap):
            last_end = mention.end  # 'Boeing of the United States': where the company is from
            continue
        if view.is_(mention, "Country") and re.match(r"\s+[a-z]", view.text[mention.end : mention.end + 2]):
            continue  # ('and the French firms A and B': a nationality before the next owners' noun)
        if view.is_(mention, "Country") and re.match(r"['’]s?\s", view.text[mention.end : mention.end + 3]):
            break  # ('Norway's Kvaerner' with the company's name not found: the country is no owner)
        gap = _OWNER_ASIDE.sub(",", gap, count=1)
        possessor = _OWNER_POSSESSOR.search(gap)
        gap = gap[: possessor.start()] if possessor else gap
        if not _OWNER_GAP.fullmatch(gap) or ("," not in gap and "and" not in gap):
            break
        if not _ITEM_END.match(view.text, mention.end):
            break  # ('…, and NASA became its first customer': a new clause's subject, no item of the list)
        found.append(mention)
        last_end = mention.end
    return found


def opens(view: Any, first: Found, pos: int) -> bool:
    """Whether a list's first item starts at ``pos``, past a name that only
    qualifies it ('the French space agency CNES', 'Russia's Roscosmos')."""
    if first.start == pos:
        return True
    for low, high in sorted(view.modifier_spans):
        if low == pos:
            tail = APOSTROPHE_GAP.match(view.text, high)
            pos = tail.end() if tail else high
    return first.start == pos


APOSTROPHE_GAP = re.compile(r"(?:['’]s?)?\s+")


def lists_and_documents(
    view: Any,
    fact: Fact,
    history: list[Found],
    document: Found | None,
    start: int,
    sentence: str,
    earlier: list[dict[str, Any]],
) -> None:
    """Every list and document-flow relation of one sentence (``view`` is a
    :class:`~spacekg.extract.relations.SentenceView`)."""
    is_, after = view.is_, view.after
    fact = states_only(view, fact, earlier)
    # Cheap word tests first: most sentences hold none of the words a rule needs.
    words = set(sentence.lower().split())
    listing = search(LIST_WORD, sentence) is not None
    for match in scan(MEMBERS_ARE, sentence) if listing else ():
        owner_word = match.group("owner").lower()
        kind = match.group("kind").lower()
        if owner_word == "whose":
            # 'The IADC, whose members include …': the name the relative clause hangs on.
            owner = next((m for m in view.mentions if re.fullmatch(r"\s*(?:\([^()]*\))?\s*,?\s*",
                          view.text[m.end : start + match.start()]) and m.end <= start + match.start()), None)  # fmt: skip
        elif kind in ("signatories", "parties", *WRITERS):
            owner = document if document is not None and document.end <= start + match.start() else None
        elif "crew" in match.group(0).lower():
            # ('Two of its four crew members were A and B': the crew of a flight, not the staff of the company
            # named last, 'a mission organised by Example Corp'; roles18)
            owner = antecedent(view.linker, ("Program",), history, start + match.start())
            owner = owner if owner is not None and not is_(owner, "Organization") else None
        else:
            owner = antecedent(view.linker, ("Organization", "Program", "Document"), history, start + match.start())
        list_of(view, fact, owner, match, start, "list of members")
    if " members of " in sentence or " member states of " in sentence:
        counted_members(view, fact, start, sentence)  # 'the five permanent members of the Security Council, A, B …'
    if " member" in sentence or " body" in sentence or " organ" in sentence or " outside " in sentence:
        body_noun_and_outside(view, fact, start, sentence)  # 'is not an EU member', 'countries outside the Union'
    for match in scan(JOINED_BY, sentence) if "joined by" in sentence else ():
        joined_by(view, fact, history, start, match)
    for match in scan(ONE_OF_KIND, sentence) if "one of" in sentence else ():
        # 'Australia, one of its few parties, …', 'Poland, one of the newest members of it': the name before
        # the apposition is one of the list of the document or body in focus.
        placed = [
            m for m in view.mentions if m.end == start + match.start() and is_(m, "Agent") and not is_(m, "Person")
        ]
        kind = match.group("kind").lower()
        if not placed:
            continue
        if kind in ("signatories", "parties"):
            owner = document if document is not None and document.end <= start + match.start() else None
        else:
            owner = antecedent(view.linker, ("Organization", "Program", "Document"), history, placed[0].start)
        relation = next((r for cls, r in LIST_RELATIONS[kind] if owner is not None and is_(owner, cls)), None)
        if owner is not None and relation is not None and owner.entity != placed[-1].entity:
            fact(placed[-1], relation, owner, cue=match, before=owner, rule="one of a list")
    for match in scan(NAMED_OWNER_LIST, sentence) if listing else ():
        owner = next((m for m in view.mentions if m.end == start + match.start()), None)
        list_of(view, fact, owner, match, start, "list of members")
    for match in scan(HAS_LIST, sentence) if listing else ():
        if match.group("verb") == "with":
            owners = [m for m in view.before(match.start()) if not is_(m, "Person") and not is_(m, "Country")]
            owner = owners[-1] if owners else None
        else:
            owners = [m for k in ("Organization", "Program", "Document") for m in view.clause_subject(match.start(), k)]
            owner = owners[0] if len({m.entity for m in owners}) == 1 else None
        list_of(view, fact, owner, match, start, "list of members")
    for match in scan(GROUPS, sentence) if words & GROUPS_WORDS else ():
        owners = view.clause_subject(match.start(), "Organization")
        members = view.group([m for m in after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        if len(owners) != 1 or not members or not opens(view, members[0], start + match.end()):
            continue
        if match.group(0).startswith("includ") and len(members) < 2:
            continue  # 'the council includes a subcommittee': a list of members, not any name
        for member in members:
            fact(member, "memberOf", owners[0], cue=match, rule="group of")
    for match in scan(ADMITS, sentence) if "admit" in sentence else ():
        owners = view.clause_subject(match.start(), "Organization")
        members = view.group([m for m in after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        # ('NASA admitted Boeing had erred': a clause admitted, no member; 'admitted Morocco in 2017' is one)
        closed = bool(members) and ADMITTED_CLOSE.match(view.text, max(m.end for m in members)) is not None
        if len(owners) == 1 and members and closed and opens(view, members[0], start + match.end()):
            for member in members:
                fact(member, "memberOf", owners[0], cue=match, rule="admitted to")
    for match in scan(BECAME_ITS_MEMBER, sentence) if "member" in sentence else ():
        # 'Slovenia became ESA's 23rd member state', 'Finland is NATO's newest member': the body before the
        # possessive, the clause's subject its member (a negation or a plan is read by the modality stage)
        at, until = start + match.start("owner"), start + match.end("owner")
        body = next((m for m in view.mentions if m.start == at and m.end == until
                     and is_(m, "Organization") and not is_(m, "Country")), None)  # fmt: skip
        members = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        for member in members if body is not None else ():
            fact(member, "memberOf", body, cue=match, rule="its member")
    for match in scan(GROUP_OF, sentence) if words & GROUP_OF_WORDS else ():
        # The group is the name right before the apposition or the copula.
        whole = next((m for m in view.mentions if m.end == start + match.start()), None)
        if whole is None or not (is_(whole, "Organization") or (whole.new and not (
                is_(whole, "Person") or is_(whole, "Country") or is_(whole, "Place")))):  # fmt: skip
            continue  # a new name called a consortium is one, whatever its first guessed type
        members = view.group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if not members or members[0].start > start + match.end() + 2:
            continue
        members = listed_on(view, members, [m for m in after(match.end()) if is_(m, "Agent")])
        # ('a joint venture of A and B, and NASA became its first customer': the list ends before a clause's subject)
        ends = [i for i, m in enumerate(members) if i and not _ITEM_END.match(view.text, m.end)]
        members = members[: ends[0]] if ends else members
        # ('If the weather holds, X, the joint venture of A and B, would fly': an apposition is no part of the
        # clause's condition or plan; only the copula's verb group says one)
        cue = None if match.group(0).startswith(",") else match
        for member in members:
            if member.entity != whole.entity:
                fact(member, "memberOf", whole, cue=cue, before=whole, rule="group of")
    for match in scan(ITS_MEMBER, sentence) if "member" in sentence else ():
        body = antecedent(view.linker, ("Organization",), history, start + match.start())
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        for subject in subjects if body is not None else ():
            fact(subject, "memberOf", body, cue=match, rule="became its member")
    for match in scan(ADMITTED, sentence) if "admit" in sentence else ():
        body = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        if body is None or not is_(body, "Organization"):
            continue
        if AS_OBSERVER.match(view.text, body.end):
            continue  # 'was admitted to the council as an observer': not a member
        for subject in [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]:
            fact(subject, "memberOf", body, cue=match, rule="admitted to")
    for match in scan(SENT_TO, sentence) if words & SENT_WORDS else ():
        body = whole_name(view, next((m for m in after(match.end()) if m.start == start + match.end()), None))
        if body is None or not is_(body, "Organization"):
            continue
        paper = sent_document(view, match, document, start, match.end("verb"))
        if paper is None:
            continue
        fact(paper, "submittedTo", body, cue=match, before=paper, rule="sent to")
        if match.group("it"):
            # 'the STSC adapted it and sent it up to COPUOS': the sender submits it.
            for sender in view.clause_subject(match.start(), "Agent"):
                if sender.entity != body.entity:
                    fact(sender, "submits", paper, cue=match, rule="sent to")
    for match in scan(SENT_DOCUMENT, sentence) if words & SENT_WORDS else ():
        # 'Norway sent the Example Treaty to the CD': the sender submits it, and it goes to the body.
        paper = next((m for m in after(match.end()) if m.start == start + match.end() and is_(m, "Document")), None)
        to = SENT_DOCUMENT_TO.match(view.text, paper.end) if paper is not None else None
        body = next((m for m in after(to.end() - start) if m.start == to.end()), None) if to else None
        if paper is None or body is None or not is_(body, "Organization") or is_(body, "Country"):
            continue
        fact(paper, "submittedTo", body, cue=match, before=paper, rule="sent to")
        for sender in view.clause_subject(match.start(), "Agent"):
            if sender.entity != body.entity:
                fact(sender, "submits", paper, cue=match, rule="sent to")
    for match in scan(SUBMITTED, sentence) if search(SUBMIT_WORD, sentence) else ():
        # 'The PPWT, tabled by A and B at the CD': the body named after 'at', 'in', 'to' in the clause.
        limit = start + view.clause_end(match.end())
        body = whole_name(view, next((m for m in after(match.end()) if m.start < limit and is_(m, "Organization")
                     and BODY_AFTER.search(view.text, max(start, m.start - 12), m.start)), None))  # fmt: skip
        paper = sent_document(view, match, document, start, match.end()) if body is not None else None
        presenters: list[Found] = []
        if paper is None and body is not None:
            # 'Russia tabled a new treaty at the CD': the verb's object.
            paper = next((m for m in after(match.end()) if m.start < body.start and is_(m, "Document")
                          and OBJECT_GAP.fullmatch(view.text, start + match.end(), m.start)), None)  # fmt: skip
            # 'Norway presented the treaty to the CD': presenting a text to a body is submitting it.
            presenting = paper is not None and match.group(0).startswith("present")
            presenters = view.clause_subject(match.start(), "Agent") if presenting else []
        if paper is not None and body is not None:
            fact(paper, "submittedTo", body, cue=match, before=paper, rule="submitted to")
            if not presenters and re.match(r"\s+(?:it|them)\b", sentence[match.end() :]):
                # 'wrote the guidelines and presented them to X': the clause's subject submits the text in focus
                presenters = doers(view, match.start())
            elif not presenters and paper.end <= start + match.start():
                # 'the Example Guidelines, which it then presented to X': the relative clause's own subject
                presenters = relative_doers(view, paper, match.start())
            for presenter in presenters:
                fact(presenter, "submits", paper, cue=match, rule="submitted to")
        elif body is None and TO_SOMEONE.match(sentence, match.end()):
            # 'the Example Guidelines, which it presented to a subcommittee': submitted, to a body not named as one
            paper = sent_document(view, match, document, start, match.end())
            for presenter in relative_doers(view, paper, match.start()) if paper is not None else ():
                fact(presenter, "submits", paper, cue=match, rule="submitted to")
    for match in scan(JOINT_AGREEMENT, sentence) if words & JOINT_WORDS else ():
        named = next((m for m in after(match.end()) if m.start <= start + match.end() + 8), None)
        if named is not None and is_(named, "Document") and not FOUNDING_AGREEMENT.match(view.text, named.start):
            # 'A and B signed a memorandum of understanding on X': they sign it (the verb rules); an agreement
            # named by what it created is theirs together ('signed the agreement that created the programme')
            continue
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        if (
            len(subjects) == 2
            or (len(subjects) > 2 and match.group(0).startswith(("agree", "decide", "pledge", "under")))
            or (
                # ('three companies, A, B and C, signed a memorandum of understanding to combine …': a few parties to a
                # memorandum, a deal or a contract are partners, GUIDELINES v17; not the many parties to a treaty)
                2 < len(subjects) <= 4
                and FEW_PARTIES_DOCUMENT.match(view.text, start + match.end(), view.end) is not None
            )
        ):
            for one, other in itertools.combinations(subjects[::-1], 2):
                fact(one, "partnerOf", other, cue=match, rule="joint agreement")
    for match in scan(AWARDED, sentence) if "contract" in sentence else ():
        contractors = _contractors(view, start + match.end())  # ('… contracts to A and B': each)
        for subject in view.clause_subject(match.start(), "Agent") if contractors else ():
            for contractor in contractors if not is_(subject, "Person") else ():
                fact(subject, "partnerOf", contractor, cue=match, rule="contract")
    for match in scan(AWARDED_TO, sentence) if "contract" in sentence else ():
        # 'NASA has awarded SpaceX a contract to develop …', 'awarded A and B contracts worth …': the names
        # between the verb and the contract.
        contractors = _contractors(view, start + match.end())
        if not contractors:
            continue
        if not match.group("contracted") and not CONTRACT_AFTER.match(view.text, contractors[-1].end):
            continue  # ('contracted Example Corp to build X' needs no noun)
        for subject in view.clause_subject(match.start(), "Agent"):
            for contractor in contractors if not is_(subject, "Person") else ():
                fact(subject, "partnerOf", contractor, cue=match, rule="contract")
    for match in scan(WORK_TOGETHER, sentence) if "together" in sentence else ():
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        program = view.program_after(match.end())
        for one, other in itertools.combinations(subjects[::-1], 2):
            fact(one, "partnerOf" if program else "cooperatesWith", other, cue=match, rule="work together")
        for subject in subjects if program is not None and len(subjects) > 1 else ():
            fact(subject, "participatesIn", program, cue=match, rule="work together")
    for match in scan(CONTRIBUTIONS_FROM, sentence) if "with " in sentence else ():
        limit = start + view.clause_end(match.end())
        programs = [m for m in view.before(match.start()) if is_(m, "Program")]
        givers = view.group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if programs and givers and opens(view, givers[0], start + match.end()):
            for giver in givers:
                fact(giver, "participatesIn", programs[-1], cue=match, before=programs[-1], rule="contribution")
    parts(view, fact, start, sentence)
    joint_work(view, fact, history, start, sentence)
    for match in scan(PART_OF_WHOLE, sentence) if "part of" in sentence else ():
        # 'Norway has been part of ESA since 2020' (a member), 'Chile is part of the ILRS' (takes part).
        whole = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        owner = next((m for m in view.mentions if m.start == start + match.end()), None) if whole is None else None
        owned = POSSESSOR_GAP.match(view.text, owner.end) if owner is not None else None
        if owned is not None:
            # 'part of the European Union's Copernicus programme': the whole is the possessor's (participation23)
            whole = next((m for m in after(owned.end() - start) if m.start == owned.end()), None)
        if whole is None:
            continue
        program = is_(whole, "Program") or is_(whole, "Station")
        if not program and not (is_(whole, "Organization") and not is_(whole, "Country")):
            continue
        crafts = view.clause_subject(match.start(), "Program") if program else []
        # ('X carries the Y instrument, which is part of Z': the relative clause's head, not the sentence's subject)
        relative = RELATIVE_BEFORE_CUE.search(sentence, 0, match.start())
        head = next((m for m in view.mentions if relative and m.end <= start + relative.start()
                     and re.fullmatch(r"(?:\s+[a-z-]+)?", view.text[m.end : start + relative.start()])), None)  # fmt: skip
        for craft in crafts[-1:]:
            if head is not None and head.entity != craft.entity:
                continue
            if craft.entity != whole.entity:
                fact(craft, "partOf", whole, cue=match, rule="part of")
        for subject in [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]:
            if program:
                fact(subject, "participatesIn", whole, cue=match, rule="part of")
            elif is_(subject, "Country"):
                fact(subject, "memberOf", whole, cue=match, rule="part of")
    if "partners" in sentence or "participants" in sentence or "contributors" in sentence:
        partners_listed(view, fact, start, sentence)
    if " its " in sentence:
        supplies_its_part(view, fact, history, start, sentence)
    if any(w in sentence for w in ARTICLE_CUES):
        articles(view, fact, history, start)
    if "crew" in sentence:
        crew(view, fact, history, start, sentence)
    if " on " in sentence or " aboard " in sentence:
        riders(view, fact, start, sentence)
    if "headquarters" in sentence or "head office" in sentence or "seat" in sentence:
        seats(view, fact, start, sentence)
    as_member = AS_MEMBER.match(sentence) if sentence.startswith(("As ", "Being ")) else None
    whole = next((m for m in after(as_member.end()) if m.start == start + as_member.end()), None) if as_member else None
    if as_member and whole is not None:
        # 'As a member of X, Norway voted': the main clause's subject, right after the comma.
        comma = sentence.find(",", whole.end - start)
        if as_member.group("kind").startswith("member"):
            relation = "memberOf" if is_(whole, "Organization") and not is_(whole, "Country") else None
        else:
            relation = "signs" if is_(whole, "Document") else None
        named = [m for m in after(comma + 1) if is_(m, "Agent")][:1] if relation and comma > 0 else []
        for subject in (
            named if named and re.fullmatch(r",\s*(?:the\s+)?", view.text[start + comma : named[0].start]) else ()
        ):
            if relation is not None and not is_(subject, "Person"):
                fact(subject, relation, whole, cue=as_member, before=whole, rule="as a member of")
    for body in view.mentions if ("members " in sentence or "member " in sentence or "allies " in sentence) else ():
        listing_ = (
            OWNER_NOUN_LIST.match(view.text, body.end)
            if is_(body, "Organization") and not is_(body, "Country")
            else None
        )
        if listing_ is None or re.search(r"['’]s?\s*$", view.text[body.start : body.end]):
            continue
        named = view.group([m for m in after(listing_.end() - start) if is_(m, "Agent")], False)
        if named and opens(view, named[0], listing_.end()):
            for member in named:
                if not is_(member, "Person"):
                    fact(member, "memberOf", body, cue=listing_, before=body, rule="list of members")
    if "propos" in sentence or "draft" in sentence or "initiative" in sentence:
        document_agents(view, fact, start, sentence)
    denials = list(scan(NO_MEMBER, sentence)) if words & NO_MEMBER_WORDS else []
    # (looked up only when needed: the facts so far grow with the text)
    listed = (
        next((f["object"] for f in reversed(earlier) if f["relation"] == "memberOf" and not f.get("modality")), None)
        if denials
        else None
    )
    for match in denials if listed is not None else ():
        body = next((m for m in reversed(history) if m.entity == listed and m.rule != "anaphor"), None)
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        for subject in subjects if body is not None else ():
            fact(subject, "memberOf", body, cue=match, rule="not a member", forced="negated")
    for match in scan(MEMBERSHIP_INCLUDES, sentence) if "membership" in words else ():
        owner_word = match.group("owner").lower()
        if owner_word in ("its", "their"):
            owner = antecedent(view.linker, ("Organization",), history, start + match.start())
        else:  # 'The Example Council, whose membership', 'the council's membership'
            at = start + match.start() + (len(owner_word) if owner_word != "whose" else 0)
            owner = next((m for m in view.mentions if re.fullmatch(r"\s*,?\s*", view.text[m.end : at])
                          and m.end <= at), None) if owner_word == "whose" else next(
                (m for m in view.mentions if m.end == start + match.start()), None)  # fmt: skip
        members = view.group([m for m in after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        if owner is None or is_(owner, "Country") or not members or not opens(view, members[0], start + match.end()):
            continue
        for member in members:
            fact(member, "memberOf", owner, cue=match, rule="list of members")
    for match in scan(MEMBER_SINCE, sentence) if " member" in sentence else ():
        # 'Colombia, a member since 2011, hosts …': the name before the apposition
        member = next((m for m in view.mentions if m.end == start + match.start()), None)
        body = member_body(view, history, earlier) if member is not None else None
        if member is not None and body is not None and is_(member, "Agent") and not is_(member, "Person"):
            fact(member, "memberOf", body, cue=match, before=member, rule="bare membership")
    for match in scan(WELCOMED_AS, sentence) if " member" in sentence else ():
        listed = view.group([m for m in after(match.end()) if is_(m, "Agent") and not is_(m, "Person")], False)
        said = AS_ITS_MEMBER.match(view.text, listed[-1].end) if listed else None
        if said is None or not opens(view, listed[0], start + match.end()) or match.group(0).startswith("invit"):
            continue  # ('invited Peru as its member' is asked, not done)
        owners = [m for m in view.clause_subject(match.start(), "Organization") if not is_(m, "Country")]
        for member in listed if len(owners) == 1 else ():
            if member.entity != owners[0].entity:
                fact(member, "memberOf", owners[0], cue=match, rule="bare membership")
    for match in scan(BARE_MEMBERSHIP, sentence) if "admitted" in words or "member" in sentence else ():
        members = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        body = member_body(view, history, earlier) if members else None
        for member in members if body is not None else ():
            fact(member, "memberOf", body, cue=match, rule="bare membership")
    for match in (
        scan(SUCCEEDED_SEAT, sentence) if "seat" in sentence or "place" in sentence or "membership" in sentence else ()
    ):
        successors = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        if match.group("on"):
            # ('on the UN Security Council': the whole name, not the 'UN' inside it)
            body = max((m for m in view.mentions if m.start == start + match.end()), key=lambda m: m.end, default=None)
        else:
            # (of the body the predecessor was said to belong to: not any body in focus, which may be one it never
            # joined)
            before = next((m for m in view.mentions if m.start == start + match.start("before")), None)
            held = next((f["object"] for f in reversed(earlier) if before is not None and f["relation"] == "memberOf"
                         and f["subject"] == before.entity and not f.get("modality")), None)  # fmt: skip
            body = next((m for m in reversed(history) if m.entity == held), None) if held else None
            if body is None and before is not None:
                # (or of the body set up by an agreement it signed: documents.founders adds those memberships last)
                signed = {f["object"] for f in earlier if f["relation"] == "signs" and f["subject"] == before.entity
                          and not f.get("modality")}  # fmt: skip
                papers = [m for m in history if m.entity in signed]
                body = next((b for p in papers if (b := founded_by(is_, view.text, p, history)) is not None), None)
        if body is None or not is_(body, "Organization") or is_(body, "Country"):
            continue
        for successor in successors:
            if successor.end <= start + match.start():
                fact(successor, "memberOf", body, cue=match, rule="took over a seat")
    for match in scan(FORMED_VENTURE, sentence) if "joint " in sentence else ():
        owners = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        partners: list[Found] = []
        if match.group("with"):
            partners = view.group([m for m in after(match.end()) if is_(m, "Agent")], False)
            partners = partners if partners and partners[0].start == start + match.end() else []
        elif went_with := BUSINESS_WITH.search(sentence, 0, match.start()):
            # ('A went into business with B, forming a joint venture': the subject of the clause the participle
            # hangs on)
            owners = [m for m in view.clause_subject(went_with.start(), "Agent") if not is_(m, "Person")]
            named = [m for m in after(went_with.end()) if m.start < start + match.start()]
            # ('with the American company X': the company, not the country that qualifies it)
            partners = [m for m in named if is_(m, "Organization") and not is_(m, "Country")][:1]
        name_at = partners[-1].end if partners and match.group("with") else start + match.end()
        naming = VENTURE_NAMED.match(view.text, name_at)
        venture = max((m for m in view.mentions if naming is not None and m.start == naming.end()),
                      key=lambda m: m.end, default=None)  # fmt: skip
        if venture is None or not is_(venture, "Organization") or is_(venture, "Country"):
            continue
        members = [m for m in owners + partners if m.entity != venture.entity and not is_(m, "Person")]
        for member in members:
            fact(member, "memberOf", venture, cue=match, rule="formed a joint venture")
        for one, other in itertools.combinations(members, 2):
            if one.entity != other.entity:
                fact(one, "partnerOf", other, cue=match, rule="formed a joint venture")
    for match in scan(FOUNDED_IT, sentence) if words & FOUNDED_WORDS else ():
        # 'Chile, Peru and Norway set it up in 2016': the body named last before the sentence
        founders = view.clause_subject(match.start(), "Agent")
        if len(founders) < 2 or not all(is_(m, "Country") or is_(m, "SpaceAgency") for m in founders):
            continue
        # (an international body only: 'SpaceX built the rocket. Chile and Peru founded it' is no founding of SpaceX)
        body = antecedent(view.linker, ("Organization", "Program", "Event"), history, min(m.start for m in founders))
        if (body is not None and body.end <= start and any(is_(body, c) for c in MEMBERS_BODIES)
                and not any(m.entity == body.entity for m in founders)):  # fmt: skip
            for founder in founders:
                fact(founder, "memberOf", body, cue=match, rule="founders")
    for match in scan(FOUNDED, sentence) if words & FOUNDED_WORDS else ():
        # Countries or agencies founding a body together are its first members (a company's founders are people).
        by = FOUNDED_BY.match(sentence, match.end())
        if by:
            bodies = [m for m in view.before(match.start()) if is_(m, "Organization")]
            counted = COUNTED_FOUNDERS.match(sentence, by.end())
            at = counted.end() if counted else by.end()
            founders = view.group([m for m in after(at) if is_(m, "Agent")], False)
            founders = founders if founders and opens(view, founders[0], start + at) else []
        else:
            founders = view.clause_subject(match.start(), "Agent")
            bodies = [m for m in after(match.end()) if re.fullmatch(r"\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?",
                      view.text[start + match.end() : m.start])][:1]  # fmt: skip
            relative = view.relative_object(match.start(), "Organization") if not bodies else None
            if relative is not None and founders:
                # ('X was the answer to Intelsat, the consortium that A had formed': the name the clause hangs on)
                relative = next((m for m in view.mentions if m.end <= founders[0].start and is_(m, "Organization")
                                 and APPOSED_RELATIVE.fullmatch(view.text, m.end, founders[0].start)), relative)  # fmt: skip
            if relative is not None and relative.end <= min((m.start for m in founders), default=relative.end):
                # 'The Example Alliance, which Chile and Peru founded in 2009, …': the body the clause hangs on
                bodies = [relative]
        # (states or their space agencies: 'formed by NASA, ESA and JAXA'; companies founding a company together
        # own it, and the owners of a venture are its members, GUIDELINES v17: 'A and B formed X in 2006')
        # ('that the United States and six partners had founded', 'Canada co-founded it': one named of several)
        # ('which A had formed with B', 'A founded X with B': after the verb, or after its object)
        co_at = bodies[-1].end if bodies and bodies[-1].start > start + match.start() else start + match.end()
        co = WITH_CO_FOUNDERS.match(view.text, co_at) if not by and founders else None
        if co is not None and not co.group("unnamed"):
            named = view.group([m for m in after(co.end() - start) if is_(m, "Agent")], False)
            founders += named if named and named[0].start == co.end() else []
        several = len(founders) > 1 or (
            len(founders) == 1
            and (
                UNNAMED_CO_FOUNDERS.match(view.text, founders[0].end)
                or match.group(0).lower().startswith("co")
                or (co is not None and co.group("unnamed"))
            )
        )
        # (a state's institute counts as its agency: 'which ESA, Japan's ISAS and NASA had set up'; programmes20)
        states = all(is_(m, "Country") or is_(m, "SpaceAgency") or is_(m, "GovernmentBody") for m in founders)
        companies = len(founders) > 1 and all(view.company(m) for m in founders)
        if not several or not (states or companies) or not bodies:
            continue
        if is_(bodies[-1], "Organization") and not is_(bodies[-1], "Country"):
            for founder in founders:
                fact(founder, "memberOf", bodies[-1], cue=match, before=bodies[-1] if by else None, rule="founders")
    for match in scan(OF_WHICH, sentence) if "of which" in sentence else ():
        whole = next((m for m in view.mentions if m.end == start + match.start() and is_(m, "Organization")), None)
        named = view.group([m for m in after(match.end()) if is_(m, "Agent")], False)
        if whole is None or not named or not opens(view, named[0], start + match.end()):
            continue
        said = MEMBER_PREDICATE.match(view.text, named[-1].end)
        for member in named if said else ():
            fact(member, "memberOf", whole, cue=match, rule="of which")
    for body in view.mentions if "member" in sentence else ():
        if not is_(body, "Organization") or not OWNERS_MEMBERS.match(view.text, body.end):
            continue
        one_of = ONE_OF_BEFORE.search(sentence, max(0, body.start - start - 40), body.start - start)
        for member in view.clause_subject(one_of.start(), "Agent") if one_of else ():
            fact(member, "memberOf", body, cue=one_of, rule="one of")
    under = UNDER_AGREEMENT.match(sentence) if may(UNDER_AGREEMENT, sentence) else None
    partner = next((m for m in after(under.end()) if m.start == start + under.end()), None) if under else None
    if under and partner is not None and is_(partner, "Agent"):
        comma = sentence.find(",", under.end())
        subjects = view.group([m for m in after(comma + 1) if is_(m, "Agent")], False) if comma > 0 else []
        for subject in (
            subjects[:3]
            if subjects and re.fullmatch(r",\s*(?:the\s+)?", sentence[comma : subjects[0].start - start])
            else ()
        ):
            fact(subject, "partnerOf", partner, cue=under, rule="under an agreement with")
    for match in scan(ADOPTS, sentence) if "adopt" in sentence or "approv" in sentence else ():
        # 'the committee adopted the Example Committee Guidelines', 'adopted its own rules': the author adopts it.
        paper = next((m for m in after(match.end()) if m.start == start + match.end() and is_(m, "Document")), None)
        if paper is None:
            continue
        for adopter in doers(view, match.start()) or definite_subject(view, history, start, match.start()):
            if match.group("own") or named_inside(view, history, adopter, paper):
                fact(adopter, "drafts", paper, cue=match, rule="adopted its own")
    for match in scan(NEGOTIATED_IN, sentence) if words & NEGOTIATED_WORDS else ():
        body = next((m for m in after(match.end()) if m.start == start + match.end()), None)
        if body is None or not is_(body, "Organization"):
            continue
        near = [m for m in view.before(match.start()) if is_(m, "Document")]
        # (the history holds this sentence's mentions too: the last one before it, walked back from the newest)
        term = next((m for m in reversed(history) if m.end <= start), None) if not near else None
        if term is not None and is_(term, "Document") and re.fullmatch(r"\.?\s*", view.text[term.end : start]):
            near = [term]  # ('Moon Agreement. A treaty of 1979, negotiated in …': a glossary's term, then what it is)
        gap = view.text[near[-1].end : start + match.start()] if near else ""
        if near and (re.fullmatch(r"\s*,?\s*(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|first|"
                                  r"originally|largely|mostly|also)\s+)*", gap)
                     or DESCRIBED_BETWEEN.fullmatch(gap)):  # fmt: skip
            fact(body, "drafts", near[-1], cue=match, before=near[-1], rule="negotiated in")


# 'had bid together with A, B and C', 'will build it jointly with A', 'teamed up with A to', 'in partnership with A':
# whoever does something with others is their partner ('A, together with B, signed': a joined subject, read elsewhere).
WITH_PARTNERS = re.compile(
    r"(?<![,(])\s(?:(?:together|jointly|along)\s+with|(?:teamed|partnered|paired)\s+(?:up\s+)?with|in\s+(?:partnership|"
    r"collaboration|cooperation|a\s+(?:joint\s+)?venture)\s+with)\s+(?:the\s+)?"
)
WITH_PARTNER_WORDS = ("together with", "jointly with", "along with", "teamed", "partnered", "paired", "partnership with",
                      "collaboration with", "cooperation with", "venture with")  # fmt: skip
# Doing a thing beside others that makes no partnership: speaking, voting, signing, joining, leaving, meeting.
NOT_JOINT_WORK = re.compile(
    r"\b(?:call|urg|sa(?:y|id)|stat|condemn|vot|sign|ratif|join|leav|left|meet|met|attend|abstain|travel|visit|oppos|"
    r"support|criticis|criticiz|welcom|announc|warn|protest|argu|ask|back|endors|co-?sponsor|sponsor)\w*\b"
    # (nor paying or settling a penalty: 'X paid 32 million dollars together with Y', 'was fined along with Y')
    r"|\b(?:pa(?:y|ys|id|ying)|settl(?:e|ed|es|ing)|fined|sued|charged|indicted)\b"
    # ('the rocket maker that A owns jointly with B': joint owners are members of the venture, ventures.py)
    r"|\b(?:co-?)?(?:owns|owned|controls|controlled)\b"
)
# 'NASA chose SpaceX to build the lander', 'has selected Example Corp to design and build': a contract award.
CHOSE_TO = re.compile(
    r"\b(?:chose|chosen|choose[sn]?|select(?:s|ed)?|pick(?:s|ed)?|tapp(?:ed)?|taps|hire[sd]?|commission(?:s|ed)?|"
    r"contract(?:s|ed)?)\s+(?:the\s+)?(?=[A-Z])"
)
CHOSEN_THEN_TO = re.compile(
    # ('picked Example Corp, a Houston company, to fly': an apposition on the chosen one; lead17)
    # ('chose SpaceX in 2021 to build': a time between; crews18)
    r"(?:\s*,\s*[^,]{1,40},\s*|(?:\s+(?:in|on)\s+(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?"
    r"\s+(?:alone\s+|instead\s+|again\s+|as\s+well\s+)?)to\s+(?:help\s+)?(?:design|build|develop|"
    r"supply|provide|deliver|launch|make|manufacture|operate|run|fly|produce|construct|study|test)\b"
)
# What a contractor chosen 'to launch', 'to build' makes or launches is the verb's own object: 'the Example-6
# observatory', 'its first Example-7 satellites' (not 'to operate': running a craft is leading it).
MAKING_OR_LAUNCHING = re.compile(
    r"\b(?:design|build|develop|supply|deliver|launch|make|manufacture|produce|construct)$"
)
DIRECT_OBJECT = re.compile(r"\s+(?:(?:the|its|their|a|an|two|three|four|first|next|new)\s+){0,2}")
CHOSEN_BY = re.compile(r"\b(?:chosen|selected|picked|tapped|hired|commissioned|contracted)\s+by\s+(?:the\s+)?")
CONTRACT_FROM = re.compile(
    r"\b(?:won|wins|win|winning|secured|secures|landed|lands|received|receives|got|gets|holds|held|was\s+awarded|"
    r"were\s+awarded|has\s+been\s+awarded)\s+(?:a|an|the|its|their|two|three|several)\s+(?:[\w$.,-]+\s+){0,4}?"
    r"contracts?\s+(?:from|with|by)\s+(?:the\s+)?"
)
# 'which counts A, B and C among its members', 'lists A and B as members'.
COUNTS_AMONG = re.compile(
    r"\s+(?:among|as)\s+(?:(?:its|their)\s+)?(?:(?:\d+|[a-z]+)\s+){0,2}?(?:members|member\s+states|member\s+countries)\b"
)
COUNTS_VERB = re.compile(
    r"\b(?:counts?|counted|counting|lists?|listed|listing|numbers?|numbered|includes?|included)\s+(?:the\s+)?"
)
AND_ITS_PARTNERS = re.compile(r"\s+and\s+(?:its|their)\s+(?:[a-z]+\s+)?partners,?\s+(?:the\s+)?(?=[A-Z])")
MEMBERSHIP_OF = re.compile(r"['’]s?\s+(?:(?:full|formal|associate|early)\s+)?membership\s+(?:of|in)\s+(?:the\s+)?")
ITS_NEWEST_MEMBER = re.compile(
    r"(?P<as>\s+as\s+)?\b(?P<owner>[Ii]ts|[Tt]heir)\s+(?:(?:newest|latest|new|first|founding|\d+(?:st|nd|rd|th)|[a-z]+th|"
    r"second|third)\s+)?member(?(as)\b(?!\s+(?:of|states?)\b)|,\s+(?:the\s+)?)"
)
OPEN_BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?")
CLOSE_BRACKET = re.compile(r"\s*\)")
PROGRAM_FOR = re.compile(r"\b(?:for|of|in|on)\s+(?:the\s+|its\s+|their\s+)?$")
# 'the United Kingdom remains one of its members', 'is among their members', 'is no longer one of its members'.
ONE_OF_ITS = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|became|becomes|become|has\s+been|have\s+been|stays?|stayed)\s+"
    r"(?:(?:now|not|no\s+longer|never|still|also|already)\s+)*(?:one\s+of|among)\s+(?P<owner>its|their|the\s+(?:body|"
    r"group|organi[sz]ation|agency|council|committee|forum|club|alliance|union))(?:['’]s)?\s+(?:(?:\d+|[a-z]+)\s+){0,2}?"
    r"(?:members|member\s+states|member\s+countries)\b"
)


AMONG_MEMBERS = re.compile(
    r"Among\s+(?P<owner>its|their|the)\s+(?:(?:\d+|[a-z]+)\s+){0,2}?(?:members|member\s+states|member\s+countries)\s*,\s*"
    r"(?:the\s+)?"
)


def joint_work(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """Partners read from how a clause names them: 'A, which had bid together
    with B, C and D' and 'A will build it together with B' (A is the partner of
    each; not the partners of each other), 'NASA chose A to build X' (a contract
    award: the agency and A are partners, and A takes part in the program it
    builds for), 'A remains one of its members'."""
    is_ = view.is_
    for match in scan(WITH_PARTNERS, sentence) if any(w in sentence for w in WITH_PARTNER_WORDS) else ():
        limit = start + view.clause_end(match.end())
        partners = view.group([m for m in view.after(match.end()) if m.start < limit], False)
        if not partners or not opens(view, partners[0], start + match.end()):
            continue
        # ('designed by A and built together with B': a passive's agent is no subject)
        leads = [
            m for m in doers(view, match.start()) if not PASSIVE_AGENT.search(view.text, max(0, m.start - 8), m.start)
        ]
        # the lead is a subject: a verb comes between it and the cue ('leave ESA together with the EU': ESA is none)
        if not leads or not VERB_WORD.search(view.text, leads[-1].end, start + match.start()):
            continue
        if VERBS_OBJECT.search(view.text, max(start, leads[0].start - 30), leads[0].start):
            continue  # 'which had bought OneWeb … together with B': the verb's object is no partner (precision16)
        if NOT_JOINT_WORK.search(view.text, leads[-1].end, start + match.start()):
            continue
        for partner in partners:
            if not is_(partner, "Agent") or is_(partner, "Person"):
                continue
            for lead in leads:
                if lead.entity != partner.entity:
                    fact(lead, "partnerOf", partner, cue=match, rule="together with")
    for match in scan(CHOSE_TO, sentence) if " to " in sentence else ():
        chosen = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        then = CHOSEN_THEN_TO.match(view.text, chosen.end) if chosen is not None else None
        if chosen is None or then is None or not is_(chosen, "Agent") or is_(chosen, "Person"):
            continue
        choosers = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        for chooser in choosers:
            fact(chooser, "partnerOf", chosen, cue=match, rule="chose to build")
        limit = start + view.clause_end(then.end() - start)
        # (the program it builds for: 'the lander of its Example program', 'a rover for the Example mission')
        program = next((m for m in view.after(then.end() - start) if m.start < limit and is_(m, "Program")
                        and PROGRAM_FOR.search(view.text, max(start, m.start - 12), m.start)), None) if choosers else None  # fmt: skip
        if program is None and choosers and MAKING_OR_LAUNCHING.search(then.group(0)):
            # 'selected SpaceX to launch the Example-6 observatory': the craft it launches or builds (deals16)
            program = next((m for m in view.after(then.end() - start) if m.start < limit and is_(m, "Program")
                            and DIRECT_OBJECT.fullmatch(view.text, then.end(), m.start)), None)  # fmt: skip
        if program is not None and program.entity != chosen.entity:
            fact(chosen, "participatesIn", program, cue=match, before=choosers[0], rule="chose to build")
    among = AMONG_MEMBERS.match(sentence) if sentence.startswith("Among") else None
    owner = its_owner(view, history, start, among.start("owner")) if among else None
    subject = next((m for m in view.after(among.end()) if opens(view, m, start + among.end())), None) if among else None
    if owner is not None and subject is not None and is_(subject, "Agent") and not is_(subject, "Person"):
        # 'Among its members, Norway pays most': the subject right after the comma is one of them.
        fact(subject, "memberOf", owner, cue=among, rule="one of its members")
    for match in scan(CHOSEN_BY, sentence) if " by " in sentence else ():
        # 'Delta Launch was selected by the agency to build the lander': the passive of a contract award.
        chooser = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        then = CHOSEN_THEN_TO.match(view.text, chooser.end) if chooser is not None else None
        if chooser is None or then is None or not is_(chooser, "Agent") or is_(chooser, "Person"):
            continue
        for chosen in doers(view, match.start()):
            if chosen.entity != chooser.entity:
                fact(chosen, "partnerOf", chooser, cue=match, rule="chose to build")
    for match in scan(CONTRACT_FROM, sentence) if "contract" in sentence else ():
        # 'Delta Launch won a contract from the agency', 'holds a $2 million contract with Examplia': partners.
        giver = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if giver is None or not is_(giver, "Agent") or is_(giver, "Person"):
            continue
        for holder in doers(view, match.start()):
            if holder.entity != giver.entity:
                fact(holder, "partnerOf", giver, cue=match, rule="contract")
    for match in scan(COUNTS_AMONG, sentence) if "among" in sentence or " as " in sentence else ():
        # 'The council, which counts Norway and Chile among its members': the list before 'among its members'.
        listed = view.group([m for m in view.before(match.start()) if m.start >= start], True)
        verb = COUNTS_VERB.search(sentence, 0, listed[-1].start - start) if listed else None
        if not listed or verb is None or not re.fullmatch(r"\)?", view.text[listed[0].end : start + match.start()]):
            continue
        if any(m.start >= start + verb.end() for m in view.mentions if m.end <= listed[-1].start):
            continue  # (the list starts right after the verb)
        owners = [m for m in view.clause_subject(verb.start(), "Organization") if not is_(m, "Country")]
        for member in listed if len(owners) == 1 else ():
            if is_(member, "Agent") and not is_(member, "Person") and member.entity != owners[0].entity:
                fact(member, "memberOf", owners[0], cue=match, before=member, rule="list of members")
    for lead in view.mentions if "partners" in sentence else ():
        # 'Delta Launch and its partners Alpha Aerospace and Beta Orbital': the lead is each one's partner.
        said = AND_ITS_PARTNERS.match(view.text, lead.end)
        if said is None or not is_(lead, "Agent") or is_(lead, "Person"):
            continue
        named = view.group([m for m in view.after(said.end() - start)], False)
        if not named or not opens(view, named[0], said.end()):
            continue
        for partner in named:
            if is_(partner, "Agent") and not is_(partner, "Person") and partner.entity != lead.entity:
                fact(lead, "partnerOf", partner, cue=said, rule="its partners")
    for whole in view.mentions if "(" in sentence and ("," in sentence or " and " in sentence) else ():
        # 'the Example Quad (Norway, Chile, Peru and Examplia)': the names in brackets after a body make it up.
        bracket = OPEN_BRACKET.match(view.text, whole.end)
        if bracket is None:
            continue
        named = view.group([m for m in view.after(bracket.end() - start)], False)
        if not named or not opens(view, named[0], bracket.end()) or not CLOSE_BRACKET.match(view.text, named[-1].end):
            continue
        relation = "memberOf" if is_(whole, "Organization") and not is_(whole, "Country") else None
        relation = "participatesIn" if is_(whole, "Program") else relation
        if relation is None or len({m.entity for m in named} - {whole.entity}) < 2:
            continue
        for member in named:
            if is_(member, "Agent") and not is_(member, "Person") and member.entity != whole.entity:
                fact(member, relation, whole, cue=bracket, before=whole, rule="list of members")
    for match in scan(MEMBERSHIP_OF, sentence) if "membership" in sentence else ():
        # 'Norway's membership of the council began in 2010' (the verb after the noun says whether it holds).
        possessor = next((m for m in view.mentions if m.end == start + match.start()), None)
        body = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if possessor is None or body is None or not is_(possessor, "Agent") or is_(possessor, "Person"):
            continue
        if is_(body, "Organization") and not is_(body, "Country"):
            fact(possessor, "memberOf", body, cue=match, rule="membership of")
    for match in scan(ITS_NEWEST_MEMBER, sentence) if "member" in sentence else ():
        # 'welcomed its newest member, Norway', 'welcomed Norway as its 20th member'.
        named = match.group("as") is not None
        owner = its_owner(view, history, start, match.start("owner"))
        if named:
            member = next((m for m in view.mentions if m.end == start + match.start()), None)
        else:
            member = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if owner is None or member is None or not is_(member, "Agent") or is_(member, "Person"):
            continue
        # (the verb before the member says whether it is done: 'will take in Chile as its newest member')
        clause = sentence[: match.start()].rsplit(",", 1)[-1] if named else ""
        modal = "negated" if NEGATION.search(clause) else "planned" if PLAN.search(clause) else None
        fact(member, "memberOf", owner, cue=match, rule="its newest member", forced=modal)
    for match in scan(ONE_OF_ITS, sentence) if "member" in sentence else ():
        owner = its_owner(view, history, start, match.start("owner"))
        subjects = [m for m in view.clause_subject(match.start(), "Agent") if not is_(m, "Person")]
        for subject in subjects if owner is not None else ():
            fact(subject, "memberOf", owner, cue=match, rule="one of its members")


PASSIVE_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
VERB_WORD = re.compile(r"\b[a-z]{2,}\b")
# 'had bought OneWeb', 'which acquired X': a name right after a finite or past verb (past its article) is its object.
VERBS_OBJECT = re.compile(
    r"\b(?:had|has|have|was|were|is|are)\s+(?!(?:not|also|been|being|now|still|never|already|jointly)\b)"
    r"[a-z]{3,}(?:ed|ght|ld|un|ne|en|wn)\s+(?:the\s+)?$|\b(?:bought|acquired|purchased|sold|owns|owned)\s+(?:the\s+)?$"
)
# ', founded by Jane Example,' ', a company in Examplia,': a participle or apposition between commas after the subject.
ASIDE = re.compile(
    r",\s+(?:[a-z]+(?:ed|en|wn|lt)\s+(?:by|in|on|at|from|for)\b|(?:a|an|the|its|their)\s)[^,;()]*,\s+[^,;]*$"
)


def doers(view: Any, pos: int) -> list[Found]:
    """The bodies or countries that are the subject of the verb before ``pos``,
    past an aside between commas that names a person ('The company, founded
    by Jane Example, will build it': the company)."""
    doing = [m for m in view.clause_subject(pos, "Agent") if not view.is_(m, "Person")]
    aside = ASIDE.search(view.sentence, 0, pos) if not doing and "," in view.sentence else None
    if aside is not None:
        doing = [m for m in view.clause_subject(aside.start(), "Agent") if not view.is_(m, "Person")]
    return doing


TO_SOMEONE = re.compile(r"\s+(?:(?:it|them|formally|later)\s+)?to\s+(?:the|a|an|its|their)\s")
ADOPTS = re.compile(r"\b(?:adopt(?:s|ed)?|approv(?:es|ed))\s+(?:(?:the|its|their)\s+(?P<own>own\s+)?)?")
RELATIVE_OWN_SUBJECT = re.compile(r"\s*,?\s*(?:which|that)\s+(?!(?:was|were|is|are|has|had|have|been)\b)")


def relative_doers(view: Any, head: Found, pos: int) -> list[Found]:
    """The subject of a relative clause that has its own ('the guidelines,
    which it then presented', 'the text that Norway tabled'), not the head."""
    opened = RELATIVE_OWN_SUBJECT.match(view.text, head.end)
    if opened is None or opened.end() >= view.start + pos:
        return []
    if re.match(r"(?:it|they)\b", view.text[opened.end() : opened.end() + 5]):
        # 'the committee adopted X, which it then presented': the pronoun is the main clause's subject
        main = doers(view, head.start - view.start)
        return main or definite_subject(view, view.history, view.start, head.start - view.start)
    return [m for m in view.clause_subject(pos, "Agent") if not view.is_(m, "Person") and m.entity != head.entity]


# 'The committee …', 'In 2002 the committee …', 'Later, the council …': a definite noun opening the sentence.
DEFINITE_SUBJECT = re.compile(r"\s*(?:(?:In|On|By|Since|Later|Then|After\s+that)\b[^,;]{0,25}?,?\s+)?[Tt]he\s+(\w+)\b")


def definite_subject(view: Any, history: list[Found], start: int, pos: int) -> list[Found]:
    """'In 2002 the committee adopted …' when no stage named the definite
    noun: what it stands for."""
    noun = DEFINITE_SUBJECT.match(view.sentence, 0, pos)
    if noun is None or noun.group(1).lower() not in ("committee", "council", "agency", "body", "assembly", "group",
                                                     "forum", "organization", "organisation", "commission"):  # fmt: skip
        return []
    found = resolve(view.linker, "the " + noun.group(1).lower(), history, start + noun.start())
    return [found] if found is not None and view.is_(found, "Organization") else []


def named_inside(view: Any, history: list[Found], body: Found, paper: Found) -> bool:
    """Whether a document's name holds one of the body's names ('the Example
    Committee Guidelines' of the Example Committee (EC) or of EC)."""
    known = view.linker.entities.get(body.entity)
    names = {
        view.text[m.start : m.end] for m in history + view.mentions if m.entity == body.entity and m.rule != "anaphor"
    }
    names |= {known.label} if known is not None and known.label else set()
    inside = view.text[paper.start : paper.end]
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", inside) for name in names if len(name) > 1)


def its_owner(view: Any, history: list[Found], start: int, pos: int) -> Found | None:
    """The body 'its' stands for in '…, and A remains one of its members':
    the subject of the sentence's first clause when it is a body ('ESA is not
    an agency of the EU, and the UK remains one of its members': ESA, not the
    EU), else the body named last."""
    first = next(iter(view.mentions), None)
    if (
        first is not None
        and re.fullmatch(r"\s*(?:[^.;:]{0,40}:\s+)?(?:[Tt]he\s+)?", view.text[start : first.start])
        and view.is_(first, "Organization")
        and not view.is_(first, "Country")
        and re.search(r"(?:,\s+and|;)\s", view.text[first.end : start + pos])
    ):
        return first  # type: ignore[no-any-return]
    inside = [m for m in view.mentions if m.end <= start + pos and not (history and m.start <= history[-1].start)]
    found = antecedent(view.linker, ("Organization",), history + inside, start + pos)
    return found if found is None or not view.is_(found, "Country") else None


# 'where both put forward the PPWT', 'The three signed an agreement', 'the two agencies have worked together':
# a counted plural subject stands for the last names the text joined in a group of that size.
COUNTED_SUBJECT = re.compile(
    r"(?:^|[,;:–—]\s+|\b(?:where|while|when|and|but|since|after|though|although|as|so|then)\s+)"
    r"(?P<n>[Bb]oth|[Tt]he\s+(?:two|three|four|five)|[Aa]ll\s+(?:three|four|five))"
    r"(?:\s+(?P<noun>countries|states|nations|governments|agencies|space\s+agencies|companies|firms|bodies|sides|"
    r"partners|organi[sz]ations))?"
    r"(?:\s+(?:of\s+them\s+)?(?:has|have|had|are|were|will|would|did|do|not|never|also|already|then|later|jointly|"
    r"together|formally|officially|first|once|since|long|each|both|all|"
    # ('The two countries plan to build X', 'Both agencies are expected to join': the verb group read for modality)
    r"plan|planned|intend|intended|hope|hoped|aim|aimed|want|wanted|agreed|decided|expect|expected|due|set|"
    r"preparing|going|be|to))*\s+$"
)
COUNTED_WORDS = ("both", "Both", "two", "three", "four", "five")
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
COUNTED_CLASSES = {"countries": "Country", "states": "Country", "nations": "Country", "governments": "Country",
                   "agencies": "SpaceAgency", "space agencies": "SpaceAgency", "companies": "Organization",
                   "firms": "Organization", "bodies": "Organization", "organizations": "Organization",
                   "organisations": "Organization"}  # fmt: skip
COUNTED_REACH = 600  # characters back to the group a counted subject stands for


def counted_subject(view: Any, pos: int, domain: str) -> list[Found] | None:
    """The names 'both', 'the three', 'the two agencies' before the verb at
    ``pos`` stand for: the nearest group of that many names joined by 'and'
    or commas (of the class the noun gives), or, with a class noun, the last
    that many different names of the class; [] when none fits; None when
    the subject is not a counted plural."""
    sentence = view.sentence
    if not any(word in sentence for word in COUNTED_WORDS):
        return None  # (a substring test first: clause subjects are asked for many times a sentence)
    match = COUNTED_SUBJECT.search(sentence, 0, pos)
    if match is None:
        return None
    count = COUNTS[match.group("n").split()[-1].lower()]
    noun = re.sub(r"\s+", " ", match.group("noun") or "")
    cls = COUNTED_CLASSES.get(noun, domain)
    at = view.start + match.start("n")
    earlier = [m for m in view.history if at - COUNTED_REACH <= m.start and m.end <= at and m.rule != "anaphor"
               and view.is_(m, domain) and view.is_(m, cls) and not (cls == "Organization" and view.is_(m, "Country"))]  # fmt: skip
    while earlier:
        joined = view.group(earlier, True)
        if len({m.entity for m in joined}) == count:
            return standing_at(joined, at, view.start + match.end("n"))
        earlier = earlier[: len(earlier) - len(joined)]
    if not noun:
        return []
    last: dict[str, Found] = {}
    for mention in reversed([m for m in view.history if at - COUNTED_REACH <= m.start and m.end <= at
                             and m.rule != "anaphor" and view.is_(m, domain) and view.is_(m, cls)]):  # fmt: skip
        last.setdefault(mention.entity, mention)
        if len(last) == count:
            return standing_at(list(last.values()), at, view.start + match.end("n"))
    return []


# 'Eight countries signed the Accords in October: A, B and C', 'Five agencies take part in the station: A, B …':
# a counted plural subject named by the list after a colon at the sentence's end.
PLURAL_OPENER = re.compile(
    # ('Besides the 27 member states, two countries outside the Union take part in X: A and B'; members26)
    r"(?:^|[;]\s+)(?:(?:In|By|Since|On|At|Besides|Beyond|Apart\s+from)\s+[^,;:]{1,30},\s+)?"
    r"(?:[Aa]ll\s+|[Oo]nly\s+|[Ss]o\s+far\s+)?"
    r"(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ss]everal|"
    r"[Mm]ore\s+than\s+\w+|[Tt]he\s+(?:\w+\s+)?(?:first|founding|original|other)(?:\s+\w+)?)\s+"
    r"(?:[a-z]+\s+)?(?:countries|states|nations|governments|agencies|companies|firms|operators|members|partners|"
    r"signatories|organi[sz]ations|bodies)\b"
)
OUTSIDE_BEFORE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$")
COLON_LIST_END = re.compile(r"\s*(?:,\s*(?:among\s+others|for\s+instance|for\s+example))?\s*[.;]?\s*$")


def colon_listed_subject(view: Any, pos: int, domain: str) -> list[Found]:
    """The names after a colon that end the sentence, when the clause of the
    verb at ``pos`` opens with a counted plural noun ('Eight countries
    signed it in October: A, B and C'); [] otherwise."""
    sentence = view.sentence
    colon = sentence.find(":", pos)
    if colon < 0:
        return []
    opener = PLURAL_OPENER.match(sentence)
    if opener is None or opener.end() > pos:
        return []
    # (a name after 'outside' only places the plural: 'two countries outside the Union take part in X: A and B')
    if any(opener.end() <= m.start - view.start < pos and not OUTSIDE_BEFORE.search(view.text, view.start, m.start)
           for m in view.mentions):  # fmt: skip
        return []
    listed = view.group([m for m in view.after(colon + 1) if view.is_(m, domain)], False)
    if not listed or not re.fullmatch(r":\s*(?:[-•*]\s+)?(?:the\s+)?", view.text[view.start + colon : listed[0].start]):
        return []
    return listed if COLON_LIST_END.fullmatch(view.text, listed[-1].end, view.end) else []


def standing_at(named: list[Found], start: int, end: int) -> list[Found]:
    """The names a counted plural stands for, placed where it stands (so the
    verb group read for modality is the one after 'both', not after the names)."""
    return [dataclasses.replace(m, start=start, end=end) for m in sorted(named, key=lambda m: m.start)]


# 'A, B and C, all of which are now parts of the programme': the names listed before make up the whole.
ALL_OF_WHICH = re.compile(
    r",\s+(?:all|both|each)\s+(?:three\s+|four\s+|five\s+)?of\s+(?:which|them)\s+(?:(?:are|is|were|was|became|"
    r"have\s+become|has\s+become|now|also|still|today)\s+)+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?"
    r"(?P<kind>parts?|components?|elements?|pillars?|members?|units?|branch(?:es)?)\s+of\s+(?:the\s+)?"
)
# 'X is the core module of Y', 'X was the first landing of the Y programme': a craft or flight of a mission.
IS_CRAFT_OF = re.compile(
    r"\s+(?:is|was|became|remains)\s+(?:the|a|an|one)\s+(?:(?:of\s+the\s+)?[\w-]+\s+){0,3}?"
    r"(?:module|lander|rover|orbiter|probe|spacecraft|capsule|stage|element|component|segment|flight|landing|mission)s?\s+(?:of|for)\s+(?:the\s+)?"
)
# 'as the first flight of the', 'as part of the': a craft's place in a larger mission or program.
AS_CRAFT_OF = re.compile(
    r"\bas\s+(?:(?:the|a|an|its|their|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?(?:flight|mission|launch|landing|element|"
    r"component|module|part|phase|stage|segment)s?\s+(?:of|in|for|within)\s+(?:the\s+)?"
)
CRAFT_BEFORE_AS = re.compile(
    r"\s*|,?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+)?(?:[a-z]+(?:ed|en|wn|un|lt)\s+)?"
)
# 'its crew also included A and B', 'the crew of X was A, B and C', 'X's crew comprised A and B'.
CREW = re.compile(
    r"(?P<owner>\b[Ii]ts|\b[Tt]heir|\b[Tt]he|['’]s)\s+(?:(?:four|three|two|five|six|seven|international|first|"
    r"whole|full)\s+)?crew(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){0,3}))?\s+(?:(?:also|then|now)\s+)*"
    r"(?:included|includes|include|comprised|comprises|consisted\s+of|consists\s+of|(?:was|were|is|are)\s+made\s+up\s+of|"
    r"were|are|was|is)\b(?:\s*:)?"
)
# 'Ten small satellites ride along on Artemis I, among them A and B from JAXA and C, built for ASI': whoever
# supplies a craft riding along takes part in the mission it rides on.
RIDE_ALONG = re.compile(
    r"\b(?:rid(?:e|es|ing)|rode|fl(?:y|ies|ew|ying)|travel(?:s|led|ed)?|(?:is|are|was|were)\s+carried)\s+(?:along\s+)?"
    r"(?:on|aboard)\s+(?:the\s+)?"
)
SUPPLIED_FROM = re.compile(
    r"(?:\b(?:satellites?|cubesats?|payloads?|instruments?|experiments?|rovers?|probes?|landers?)|[A-Z][\w-]*[A-Z0-9][\w-]*)\s+"
    r"from\s+(?:the\s+)?|,\s+(?:built|developed|supplied|provided)\s+(?:for|by)\s+(?:the\s+)?"
)

CUT_NUMERAL = re.compile(r"\s+[IVX]+\b")


def riders(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Ten small satellites ride along on X, among them A from JAXA and B,
    built for the Example Agency': the suppliers of the craft that ride on a
    mission take part in it."""
    for match in scan(RIDE_ALONG, sentence):
        mission = next((m for m in view.mentions if m.start == start + match.end()), None)
        if mission is None or not view.is_(mission, "Program") or CUT_NUMERAL.match(view.text, mission.end):
            continue  # ('Artemis I' read as 'Artemis': the flight is not the whole program)
        end = sentence.find(". ", match.end())
        for supplied in SUPPLIED_FROM.finditer(sentence, 0, end if end > 0 else len(sentence)):
            agent = next((m for m in view.mentions if m.start == start + supplied.end()), None)
            if (
                agent is not None
                and view.is_(agent, "Agent")
                and not view.is_(agent, "Person")
                and agent.entity != mission.entity
            ):
                fact(agent, "participatesIn", mission, cue=match, before=mission, rule="rides along")


CREW_REACH = 400  # characters before its sentence that the mission of 'its crew' may be named
# Where a list of people ends: a new clause or another relative clause.
CREW_END = re.compile(r"[;.]|\b(?:who|whom|which|that|while|whereas|but|after|before|when)\b")


def crew(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'its crew also included A and B', 'the crew of X were A, B and C': the
    people listed take part in the mission ('its': the mission named last)."""
    for match in scan(CREW, sentence):
        mission: Found | None = None
        if match.group("of") is not None:
            mission = next((m for m in view.mentions if m.start == start + match.start("of")), None)
        elif match.group("owner") in ("'s", "’s"):
            mission = next((m for m in view.mentions if m.end == start + match.start()), None)
        else:
            # 'its crew', 'The crew': the mission named last, in this sentence or just before
            mission = antecedent(view.linker, ("Mission",), history, start + match.start())
            mission = mission if mission is not None and mission.start >= start - CREW_REACH else None
        if mission is None or not view.is_(mission, "Mission"):
            continue
        tail = CREW_END.search(sentence, match.end())
        limit = start + (tail.start() if tail else len(sentence))
        # (after the mission named in 'the crew of X')
        floor = max(start + match.end(), mission.end)
        for person in [m for m in view.mentions if floor <= m.start and m.end <= limit and view.is_(m, "Person")]:
            fact(person, "participatesIn", mission, cue=match, before=mission, rule="crew")


# 'has been part of ESA', 'is not part of the programme'.
# ('will be part of', 'to be part of', 'is not yet part of': the verb group's modality is read as any cue's; claims12)
PART_OF_WHOLE = re.compile(
    r"\b(?:is|are|was|were|be|has\s+been|have\s+been|had\s+been|remains?|remained|became|become|becomes)\s+"
    r"(?:(?:not|no\s+longer|now|still|also|already|never|all|both|yet)\s+)*(?:a\s+)?part\s+of\s+(?:the\s+)?"
)
RELATIVE_BEFORE_CUE = re.compile(r",\s+(?:which|that)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:\w+\s+){0,2}$")
# The possessive between a possessor and the whole it owns: "the European Union's Copernicus programme".
POSSESSOR_GAP = re.compile(r"['’]s?\s+")
# 'NASA leads the program, with ESA, JAXA and CSA as partners'.
WITH_LIST = re.compile(r"\bwith\s+(?:the\s+)?(?=[A-Z])")
AS_PARTNERS = re.compile(
    r"\s+as\s+(?:its\s+|their\s+|the\s+)?(?:[a-z]+\s+)?(?:partners|participants|contributors|junior\s+partners)\b"
)
# 'ESA's partners in Example-5 include Roscosmos and NASA'.
PARTNERS_IN = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:partners|participants)\s+(?:in|on|for)\s+(?:the\s+)?")
PARTNERS_IN_ARE = re.compile(r"\s+(?:include[sd]?|are|were|now\s+include)\s*:?\s+(?:the\s+)?")


def partners_listed(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """Partners named by a list: 'NASA leads X, with ESA and JAXA as partners'
    (each takes part in X); 'ESA's partners in X include A and B' (each takes
    part in X and is ESA's partner)."""
    is_, text = view.is_, view.text
    for match in scan(WITH_LIST, sentence) if " as " in sentence else ():
        listed = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if not listed or not opens(view, listed[0], start + match.end()) or not AS_PARTNERS.match(text, listed[-1].end):
            continue
        programs = [m for m in view.before(match.start()) if is_(m, "Program") or is_(m, "Station")]
        # the clause before says whether it is done ('NASA will lead X, with A as partners' is a plan)
        clause = sentence[: match.start()]
        if not programs or NEGATION.search(clause):
            continue
        said = "planned" if PLAN.search(clause) else None
        for partner in listed:
            fact(partner, "participatesIn", programs[-1], rule="with … as partners", forced=said)
    for match in scan(PARTNERS_IN, sentence):
        owner = next((m for m in view.mentions if m.end == start + match.start() and is_(m, "Agent")), None)
        program = next((m for m in view.mentions if m.start == start + match.end()), None)
        are = PARTNERS_IN_ARE.match(text, program.end) if program is not None else None
        if owner is None or program is None or are is None or not (is_(program, "Program") or is_(program, "Station")):
            continue
        listed = view.group([m for m in view.after(are.end() - start) if is_(m, "Agent")], False)
        for partner in listed if listed and opens(view, listed[0], are.end()) else ():
            if partner.entity != owner.entity:
                fact(partner, "participatesIn", program, cue=match, before=program, rule="partners in")
                fact(partner, "partnerOf", owner, cue=match, before=program, rule="partners in")


# 'JAXA supplied its thermal infrared camera', 'ESA is building its Earth Return Orbiter': a part of the
# mission in focus ('its' is the mission, not the supplier: 'its own' is the supplier's).
SUPPLIES_ITS = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|buil[dt]s?|building|develop(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|"
    r"deliver(?:s|ed|ing)?|ma(?:de|kes|king))\s+its\s+(?!own\b)(?:[\w-]+\s+){0,3}?(?:[A-Z][\w-]*\s+)*(?i:camera|instrument|"
    r"spectrometer|radar|orbiter|lander|rover|module|arm|engines?|antenna|sensor|telescope|payload|detector|laser|altimeter|"
    r"magnetometer|stage|thrusters?|panels?|computer|heat\s+shield|capsule|service\s+module)s?\b"
)


def supplies_its_part(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'NASA leads X, and ESA is building its orbiter': whoever supplies a
    part of the mission named last takes part in it."""
    for match in scan(SUPPLIES_ITS, sentence):
        suppliers = [m for m in view.clause_subject(match.start(), "Agent") if not view.is_(m, "Person")]
        its = start + sentence.index(" its ", match.start()) + 1
        named = [m for m in view.mentions if m.end <= its and m.rule != "anaphor"]
        mission = antecedent(view.linker, ("Program", "Station"), history + named, its)
        # (named in this sentence or the one before)
        dot, line = view.text.rfind(". ", 0, max(0, start - 2)), view.text.rfind("\n", 0, max(0, start - 1))
        floor = max(dot + 2 if dot >= 0 else 0, line + 1)
        if mission is None or mission.start < floor:
            continue  # ('Examplia supplied its own lander': the supplier's own)
        for supplier in suppliers:
            if supplier.entity != mission.entity:
                fact(supplier, "participatesIn", mission, cue=match, rule="supplies its part")


# 'Article 28', 'Section 4(b)': a numbered clause of a document.
ARTICLE = re.compile(
    r"(?:Article|Section|Clause|Paragraph|Chapter|Annex|Appendix|Action|Principle|Part|Title|Rule|Guideline|"
    r"Recommendation|Pillar|Commitment|Objective|Goal)\s+(?:\d+[A-Za-z]?|[IVXL]+)"
)  # ('Article II', 'Action 56 of the Pact')
HEAD_WORD = re.compile(r"([A-Z][a-z]{2,})\b(?!\s+[A-Z])")  # 'the Pact', 'the Treaty' (one capitalised word)
ARTICLE_CUES = ("Article ", "Section ", "Clause ", "Paragraph ", "Annex ", "Appendix ", " of the ", " of its ")
ARTICLE_OF = re.compile(r"\s+of\s+(?:the\s+)?")
ARTICLE_REACH = 600  # characters back to the document a bare 'Article 5' belongs to


def articles(view: Any, fact: Fact, history: list[Found], start: int) -> None:
    """'Article 28 allows any partner to withdraw': a numbered article is part
    of the document named after it ('Article 5 of the Example Treaty'), else of
    the document the text named last, a few sentences before."""
    for article in view.mentions:
        if not view.is_(article, "Document") or not ARTICLE.fullmatch(view.text, article.start, article.end):
            continue
        of = ARTICLE_OF.match(view.text, article.end)
        whole = next((m for m in view.mentions if of and m.start == of.end()), None)
        head = HEAD_WORD.match(view.text, of.end()) if of is not None and whole is None else None
        if head is not None:
            # ('Action 56 of the Pact', after 'the Pact for the Future': the named text its head word stands for)
            whole = next((m for m in reversed(history) if m.end <= article.start and view.is_(m, "Document")
                          and re.search(rf"\b{head.group(1)}\b", view.text[m.start : m.end])
                          and not ARTICLE.fullmatch(view.text, m.start, m.end)), None)  # fmt: skip
        if whole is None and not re.match(r"\s+of\b", view.text[article.end : article.end + 4]):
            whole = next((m for m in reversed(history) if m.end <= article.start and m.rule != "anaphor"
                          and view.is_(m, "Document") and not ARTICLE.fullmatch(view.text, m.start, m.end)), None)  # fmt: skip
            whole = whole if whole is not None and whole.start >= article.start - ARTICLE_REACH else None
        if whole is not None and view.is_(whole, "Document") and whole.entity != article.entity:
            fact(article, "partOf", whole, rule="numbered article")


# 'the Legal Directorate of the Example Council', 'the First Committee of the UNGA': a named unit whose head word
# comes last, then 'of' its parent.
UNIT_HEAD = re.compile(
    r"\b(?:Directorate|Division|Bureau|Secretariat|Subcommittee|Sub-Committee|Command|Department|Office|Branch|Unit|"
    r"Wing|Section|Service|Working\s+Group|Working\s+Party|Task\s+Force|Committee|Commission|Council|Board|Panel)\s*$"
)
UNIT_OF = re.compile(r"\s+(?:of|within|under)\s+(?:the\s+)?")


# 'The Example Treaty, a proposal by Norway and Chile', 'the Example Treaty, a draft from Norway': who put it forward.
DOCUMENT_BY = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:to|of|for|on|against|with|and)\s)[\w-]+\s+){0,2}?(?P<noun>proposal|draft|initiative)s?\s+"
    r"(?:by|from)\s+(?:the\s+)?"
)
# 'The Example Treaty, Norway's proposal,': the possessor put it forward.
DOCUMENT_OF = re.compile(
    r"['’]s?\s+(?:(?:own|joint|new|revised|first|latest)\s+)?(?P<noun>proposal|draft|initiative)\b"
)
DOCUMENT_NOUNS = {"proposal": "proposes", "initiative": "proposes", "draft": "drafts"}


def document_agents(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """Who drafted or proposed a document, said by the noun of an apposition
    ('X, a proposal by A and B', 'X, A's draft,')."""
    for match in scan(DOCUMENT_BY, sentence):
        paper = next((m for m in view.before(match.start()) if m.end == start + match.start()), None)
        agents = view.group([m for m in view.after(match.end()) if view.is_(m, "Agent")], False)
        if (
            paper is None
            or not view.is_(paper, "Document")
            or not agents
            or not opens(view, agents[0], start + match.end())
        ):
            continue
        for agent in agents:
            fact(agent, DOCUMENT_NOUNS[match.group("noun")], paper, cue=match, before=paper, rule="proposal by")
    for paper in view.mentions if "," in sentence else ():
        if not view.is_(paper, "Document"):
            continue
        comma = re.match(r",\s+", view.text[paper.end : paper.end + 3])
        agent = next((m for m in view.mentions if comma and m.start == paper.end + comma.end()), None)
        said = DOCUMENT_OF.match(view.text, agent.end) if agent is not None and view.is_(agent, "Agent") else None
        if agent is not None and said is not None:
            fact(agent, DOCUMENT_NOUNS[said.group("noun")], paper, cue=said, before=paper, rule="proposal by")


# 'It carries two cubesats, Milani and Juventas', 'carried a small rover called Example': craft of the mission.
CARRIES_CRAFT = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|host(?:s|ed|ing)?|brought|bring(?:s|ing)?)\s+(?:(?:a|an|two|three|four|its|their|"
    r"\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:cubesats?|rovers?|landers?|orbiters?|probes?|sub-?satellites?|modules?|hoppers?|"
    r"nanosats?|microsats?|smallsats?|impactors?)\s*(?:,\s*|\s+(?:called|named|dubbed)\s+)(?:the\s+)?"
)


# 'The Debris Office is a unit of the Example Agency', 'X was a subsidiary of Y' ('part', 'branch', 'division',
# 'component' are read with the verb cues).
IS_UNIT_OF = re.compile(
    r"\s+(?:is|was|remains|became|has\s+been)\s+(?:now\s+|still\s+)?(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:unit|subsidiary|arm|department|directorate|wing|office|agency|body|organ|service|command|subcommittee)\s+"
    r"(?:of|within|under)\s+(?:the\s+)?"
)
# 'The Toulouse headquarters of the Example Agency', 'the Example Agency's Toulouse headquarters'.
HEADQUARTERS_OF = re.compile(r"\s+(?:headquarters|head\s+office|seat)\s+of\s+(?:the\s+)?")
OWN_HEADQUARTERS = re.compile(r"['’]s?\s+$")
HEADQUARTERS_AFTER = re.compile(r"\s+(?:headquarters|head\s+office)\b")


def seats(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """Seats named by a noun phrase ('the Toulouse headquarters of X', 'X's
    Toulouse headquarters'; 'moved its headquarters to' is read with the verb cues)."""
    is_ = view.is_
    places = [m for m in view.mentions if is_(m, "City")]
    for place in places:
        of = HEADQUARTERS_OF.match(view.text, place.end)
        body = next((m for m in view.mentions if of and m.start == of.end()), None)
        if body is None:
            after = HEADQUARTERS_AFTER.match(view.text, place.end)
            owner = [m for m in view.mentions if after and m.end < place.start
                     and OWN_HEADQUARTERS.fullmatch(view.text, m.end, place.start)]  # fmt: skip
            body = owner[-1] if owner else None
        if body is not None and is_(body, "Organization") and not is_(body, "Country"):
            fact(body, "headquarteredAt", place, rule="headquarters of")


def parts(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """Parts named by the shape of the phrase: a list closed by 'all of
    which are parts of Y', 'X is the core module of Y', 'the X Directorate
    of Y' (``view`` is a :class:`~spacekg.extract.relations.SentenceView`)."""
    is_ = view.is_
    for match in scan(ALL_OF_WHICH, sentence) if " of " in sentence else ():
        whole = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        listed = view.group([m for m in view.before(match.start()) if not is_(m, "Person")], True)
        if whole is None or not listed or listed[0].end != start + match.start():
            continue
        if match.group("kind").startswith("member"):
            relation = "memberOf" if is_(whole, "Organization") and not is_(whole, "Country") else None
        else:
            relation = "partOf" if not is_(whole, "Agent") or is_(whole, "Organization") else None
        for part in listed if relation is not None and not is_(whole, "Country") else ():
            if relation == "partOf" and is_(part, "Country"):
                continue  # a country is no part of a programme
            fact(part, relation, whole, cue=match, before=part, rule="all of which are parts of")
    for match in scan(IS_CRAFT_OF, sentence) if " of " in sentence or " for " in sentence else ():
        craft = next((m for m in view.before(match.start()) if m.end == start + match.start()), None)
        whole = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if craft is None or whole is None or is_(craft, "Agent"):
            continue
        if is_(craft, "Place") and not (is_(craft, "Station") and is_(whole, "Station")):
            continue  # (a module named like a station is part of the station it is the module of)
        if not (is_(whole, "Program") or is_(whole, "Station")):
            continue
        fact(craft, "partOf", whole, cue=match, rule="is the module of")
    for match in scan(AS_CRAFT_OF, sentence) if " as " in sentence else ():
        # 'Example-1, which NASA runs as the first flight of the Artemis program', 'launched X as part of Y':
        # the craft the complement is about (the name right before 'as', else the relative clause's head).
        whole = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if whole is None or not (is_(whole, "Program") or is_(whole, "Station")):
            continue
        craft = next(
            (
                m
                for m in view.before(match.start())
                if CRAFT_BEFORE_AS.fullmatch(view.text, m.end, start + match.start())
            ),
            None,
        )
        craft = craft or view.relative_object(match.start(), "Program")
        if craft is not None and view.craft(craft) and craft.entity != whole.entity:
            fact(craft, "partOf", whole, cue=match, before=craft, rule="as the flight of")
    for match in (
        scan(CARRIES_CRAFT, sentence)
        if "carr" in sentence or "host" in sentence or "bring" in sentence or "brought" in sentence
        else ()
    ):
        crafts = view.group([m for m in view.after(match.end()) if view.craft(m)], False)
        if not crafts or crafts[0].start != start + match.end():
            continue
        for whole in view.clause_subject(match.start(), "Program")[:1]:
            for craft in crafts:
                if craft.entity != whole.entity:
                    fact(craft, "partOf", whole, cue=match, rule="carries its craft")
    for part, whole, match in released(view):
        fact(part, "partOf", whole, cue=match, before=part, rule="released craft")
    for match in scan(CHOSEN_FOR, sentence) if any(w in sentence for w in CHOSEN_WORDS) else ():
        chosen_for(view, fact, match)
    for match in scan(IS_UNIT_OF, sentence) if " of " in sentence or " under " in sentence else ():
        unit = next((m for m in view.before(match.start()) if m.end == start + match.start()), None)
        whole = next((m for m in view.after(match.end()) if m.start == start + match.end()), None)
        if unit is None or whole is None or not is_(unit, "Organization") or is_(unit, "Country"):
            continue
        if is_(whole, "Organization") and not is_(whole, "Country"):
            fact(unit, "partOf", whole, cue=match, before=unit, rule="is a unit of")
    for unit in view.mentions if " of " in sentence else ():
        # 'the Department of Defense' is one name: the unit's name must stop before 'of'.
        # ('the Legal Subcommittee (LSC) of the Committee …': past the unit's acronym)
        acronym = re.match(r"\s*\([A-Z][\w-]{1,12}\)", view.text[unit.end : unit.end + 16])
        of = (
            UNIT_OF.match(view.text, unit.end + (acronym.end() if acronym else 0))
            if is_(unit, "Organization")
            else None
        )
        if of is None or not UNIT_HEAD.search(view.text, unit.start, unit.end):
            continue
        whole = whole_name(
            view, next((m for m in view.mentions if m.start == of.end() and m.entity != unit.entity), None)
        )
        if (
            whole is not None
            and whole.entity != unit.entity
            and is_(whole, "Organization")
            and not is_(whole, "Country")
        ):
            # (a name's own words, no verb: the clause's negation or plan is not about it, 'has nothing to send to
            # the First Committee of the UNGA')
            fact(unit, "partOf", whole, rule="unit of")


# 'Example-1 released its rover, X', 'the X lander that Example-1 dropped': a craft set loose by another.
RELEASES = re.compile(
    r"\b(?:dropp(?:ed|ing)|drops?|releas(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|jettison(?:s|ed|ing)?|eject(?:s|ed|ing)?)\b"
    r"(?!\s+(?:out|off|from|by|plans?|its\s+(?:bid|plans?|claim|opposition|support)))"
)
SUB_CRAFT = (
    r"(?:rovers?|landers?|probes?|impactors?|hoppers?|cubesats?|sub-?satellites?|capsules?|nanosats?|microsats?)"
)
# What may stand between the verb and the craft it releases: 'its small rover, X', 'the X lander'.
RELEASED_GAP = re.compile(
    r"\s+(?:(?:the|its|a|an|two|three|four)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?" + SUB_CRAFT + r"\s*,?\s*)?"
)
SUB_CRAFT_AFTER = re.compile(r"\s+" + SUB_CRAFT + r"\b")
SUB_CRAFT_BEFORE = re.compile(r"\b" + SUB_CRAFT + r"\s*,?\s*(?:(?:called|named|dubbed)\s+)?(?:the\s+)?$")
# Between a released craft (the relative clause's head) and the craft releasing it: 'lander that', 'which'.
RELEASED_RELATIVE = re.compile(r"(?:\s+" + SUB_CRAFT + r")?\s*,?\s+(?:that|which)\s+(?:the\s+)?")
RELEASE_WORDS = ("drop", "releas", "deploy", "jettison", "eject")


def released(view: Any) -> list[tuple[Found, Found, re.Match[str]]]:
    """Craft set loose by another craft, as (part, whole, cue): 'Example-1 dropped the X lander',
    'the X lander that Example-1 dropped'. The part is named as a lander, rover, probe … (not a
    satellite a rocket deploys); the whole is a mission, not a launcher or an actor."""
    sentence, start, is_ = view.sentence, view.start, view.is_
    found: list[tuple[Found, Found, re.Match[str]]] = []
    for match in scan(RELEASES, sentence) if any(w in sentence for w in RELEASE_WORDS) else ():
        whole = next((m for m in view.before(match.start()) if re.fullmatch(
            r"\s+(?:(?:then|later|also|successfully|safely|has|had|will)\s+)*", view.text[m.end : start + match.start()])), None)  # fmt: skip
        if whole is None or not is_(whole, "Mission"):
            continue
        gap = RELEASED_GAP.match(view.text, start + match.end())
        part = next((m for m in view.after(gap.end() - start) if m.start == gap.end()), None) if gap else None
        named = part is not None and (SUB_CRAFT_BEFORE.search(view.text, max(start, part.start - 30), part.start)
                                      or SUB_CRAFT_AFTER.match(view.text, part.end))  # fmt: skip
        if part is None or not named:
            # 'the X lander that Example-1 dropped': the relative clause's head.
            part = next((m for m in view.before(whole.start - start)
                         if RELEASED_RELATIVE.fullmatch(view.text, m.end, whole.start)), None)  # fmt: skip
            named = part is not None and SUB_CRAFT_AFTER.match(view.text, part.end)
        if part is not None and named and view.craft(part) and not is_(part, "Agent") and part.entity != whole.entity:
            found.append((part, whole, match))
    # ('X releases a smaller satellite, Y', 'the lander released a rover, which the agency named Y': constructions)
    found += [(p, w, m) for p, w, m in released_more(view) if all(p.entity != q.entity for q, _, _ in found)]
    return found


# 'X was chosen by JAXA for the first phase of P', 'Example Corp, selected for P': a choice for a program.
CHOSEN_FOR = re.compile(r"\b(?:chosen|selected|picked|shortlisted)\b(?!\s+(?:to|as)\b)")
CHOSEN_WORDS = ("chosen", "selected", "picked", "shortlisted")
CHOSEN_GAP = re.compile(
    r"(?:\s+(?:probe|rover|lander|orbiter|satellite|spacecraft|craft|mission|telescope|module|capsule))?"
    r"(?:\s*,\s*|\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|also|first|later|then|finally)\s+)+)"
)
BY_CHOOSER = re.compile(r"\s+by\s+(?:the\s+)?")
FOR_PROGRAM = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s+(?:in\s+\d{4}\s+)?for\s+(?:the\s+|its\s+)?(?:(?:first|second|third|fourth|next|"
    r"final|initial|last|early|demonstration|pilot|opening)\s+)?(?:(?:phase|stage|part|round|leg|step)\s+of\s+(?:the\s+)?)?"
)


def chosen_for(view: Any, fact: Fact, match: re.Match[str]) -> None:
    """'X was chosen by A for (the first phase of) P': a craft chosen for a program is its part; an
    organization chosen for it takes part, and the one choosing it is its partner (a contract award)."""
    is_, start, text = view.is_, view.start, view.text
    chosen = next(
        (m for m in view.before(match.start()) if CHOSEN_GAP.fullmatch(text, m.end, start + match.start())), None
    )
    if chosen is None:
        return
    at = start + match.end()
    by = BY_CHOOSER.match(text, at)
    choosers = view.group([m for m in view.after(by.end() - start) if is_(m, "Agent")], False) if by else []
    choosers = [m for m in choosers if by is not None and (m.start == by.end() or m is not choosers[0])]
    if by is not None and not (choosers and choosers[0].start == by.end()):
        return  # 'chosen by a panel for …'
    at = choosers[-1].end if choosers else at
    for_ = FOR_PROGRAM.match(text, at)
    program = next((m for m in view.after(for_.end() - start) if m.start == for_.end()), None) if for_ else None
    if program is None or not is_(program, "Program") or program.entity == chosen.entity:
        return
    if view.craft(chosen) and not is_(chosen, "Agent"):
        fact(chosen, "partOf", program, cue=match, before=chosen, rule="chosen for")
    elif is_(chosen, "Organization") and not is_(chosen, "Country"):
        fact(chosen, "participatesIn", program, cue=match, before=chosen, rule="chosen for")
        for chooser in choosers:
            if not is_(chooser, "Person"):
                fact(chooser, "partnerOf", chosen, cue=match, before=chosen, rule="chosen for")


def whole_name(view: Any, found: Found | None) -> Found | None:
    """The name a mention opens, not the mention alone: the longest one starting where it starts ('the
    UNGA First Committee', not 'UNGA'), or the organization named right after it ('the UN Committee on
    the Peaceful Uses of Outer Space': the committee, not the UN)."""
    if found is None:
        return None
    longer: list[Found] = [m for m in view.mentions if m.start == found.start and m.end > found.end]
    found = max(longer, key=lambda m: m.end) if longer else found
    head: Found | None = next(
        (m for m in view.mentions if m.start == found.end + 1 and view.text[found.end] == " "), None
    )
    if head is not None and view.is_(head, "Organization") and not view.is_(head, "Country"):
        return head
    return found


def sent_document(view: Any, match: re.Match[str], document: Found | None, start: int, verb_end: int) -> Found | None:
    """The document a verb of sending is about: 'it' after the verb (the
    document in focus), else the name the participle or relative clause
    follows ('The PPWT, submitted to', 'the request that the White House sent to')."""
    if re.match(r"\s+(?:it|them)\b", view.sentence[verb_end:]):
        return document if document is not None and document.end <= start + match.start() else None
    near = [m for m in view.before(match.start()) if view.is_(m, "Document")]
    if near and ATTACHED.fullmatch(view.text, near[-1].end, start + match.start()):
        return near[-1]  # type: ignore[no-any-return]
    return None


BODIES_OF_STATES = ("SpaceAgency", "InternationalOrganization", "InternationalOrgan", "GovernmentBody",
                    "MilitaryOrganization", "MilitaryCommand", "Program")  # fmt: skip


# Rules that show the body takes states, whatever its type was guessed to be ('an alliance of A and B', 'was
# founded by A, B and C', 'A and B were admitted' after its members were named).
OF_STATES_RULES = {"group of", "founders", "bare membership"}
# A name whose head word says it gathers members, of any kind, states too ('the Example SST Partnership, whose
# members are: A, B, C', 'the Example Consortium, whose members include France'; members26): not a company's name.
GATHERING_NAME = re.compile(r"\b(?:Consortium|Partnership|Alliance|Coalition|Forum|Club)$")


def states_only(view: Any, fact: Fact, earlier: list[dict[str, Any]] | None = None) -> Fact:
    """``fact`` for lists of members, except a country listed as a member of a
    body that takes no countries ('The agency, whose members include France',
    with 'the agency' read as a company: the reading is wrong, not the company),
    unless the text has just named the body's members (in ``earlier``)."""

    def checked(subject: Found, relation: str, obj: Found, *args: Any, **kwargs: Any) -> None:
        if (relation == "memberOf" and kwargs.get("rule") not in OF_STATES_RULES and view.is_(subject, "Country")
                and not any(view.is_(obj, cls) for cls in BODIES_OF_STATES)
                and not GATHERING_NAME.search(view.text, obj.start, obj.end)
                and not takes_states(obj.entity, earlier or [])):  # fmt: skip
            return
        fact(subject, relation, obj, *args, **kwargs)

    return checked


def takes_states(body: str, earlier: list[dict[str, Any]]) -> bool:
    """Whether the text has lately stated plain members of ``body`` (a body with members listed takes states)."""
    return any(f["relation"] == "memberOf" and f["object"] == body and not f.get("modality") for f in earlier[-60:])


def list_of(view: Any, fact: Fact, owner: Found | None, match: re.Match[str], start: int, rule: str) -> None:
    """The names listed right after ``match`` are members, partners or
    signatories of ``owner``, by the kind of list and the owner's class."""
    if owner is None:
        return
    kind = re.sub(r"\s+", " ", match.group("kind").lower())
    relation = next((r for cls, r in LIST_RELATIONS["member states" if kind.startswith("member ") else kind]
                     if view.is_(owner, cls)), None)  # fmt: skip
    # (the list is read whatever its items' types, so an item typed wrongly does not cut it short)
    at = start + match.end()
    people = PEOPLE_FROM.match(view.text, at)
    listed = None
    if people is not None and relation == "memberOf":
        # 'Its members included experts from A, B …, and from C': the states the people come from are members
        items, at = listed_from(view, people.end())
    elif people is None:
        # ('The signatories were:' then one name per dash line, each with words of its own after it; bodies23)
        listed = dash_items(view, at)
        items = listed or view.group(view.after(match.end()), False)
    else:
        return
    if relation is None or not items or not (opens(view, items[0], at) or listed is not None):
        return
    for member in items:
        if member.entity != owner.entity and view.is_(member, "Agent"):
            fact(member, relation, owner, cue=match, before=owner, rule=rule)


def listed_from(view: Any, at: int) -> tuple[list[Found], int]:
    """The names of a list of where people come from, starting at ``at``
    ('A, B and C', 'the five permanent members of the Security Council, A, B,
    C, D and E, and from F and G'), and where its first name is expected (past
    a counted class of a body's members: :func:`counted_members`)."""
    first_at = at
    counted = COUNTED_MEMBERS_OF.match(view.text, at)
    if counted is not None:
        body = next((m for m in view.after(counted.end() - view.start) if m.start == counted.end()), None)
        apposed = COUNTED_APPOSITION.match(view.text, body.end) if body is not None else None
        if body is None or apposed is None or not view.is_(body, "Organization") or view.is_(body, "Country"):
            return [], at
        first_at = apposed.end()
    items = view.group(view.after(first_at - view.start), False)
    if not items or not opens(view, items[0], first_at):
        return [], first_at
    if counted is not None and len(items) != count_of(counted.group("count")):
        return [], first_at
    more = AND_FROM.match(view.text, items[-1].end)
    if more is not None:
        rest, _ = listed_from(view, more.end())
        items = items + rest
    return items, first_at


def joined_by(view: Any, fact: Fact, history: list[Found], start: int, match: re.Match[str]) -> None:
    """'The council was later joined by Japan and India', 'It has since been
    joined by A': the names after 'by' are members of the international body
    the clause is about (signatories of the treaty it is about)."""
    is_ = view.is_
    joiners = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
    if not joiners or not opens(view, joiners[0], start + match.end()) or any(is_(m, "Person") for m in joiners):
        return
    if re.fullmatch(r"\s*(?:[Ii]t|[Tt]hey)\s*", view.sentence[: match.start()]):
        # 'It has since been joined by A': the body or the document named last
        referent = antecedent(view.linker, ("Organization", "Document"), history, start + match.start())
        wholes = [referent] if referent is not None else []
    else:
        wholes = view.clause_subject(match.start(), "Organization") or view.clause_subject(match.start(), "Document")
    if len(wholes) != 1:
        return
    whole = wholes[0]
    relation = (
        "memberOf"
        if any(is_(whole, c) for c in MEMBERS_BODIES) and not is_(whole, "Country")
        else "signs"
        if is_(whole, "Document")
        else None
    )
    for joiner in joiners if relation is not None else ():
        if joiner.entity != whole.entity:
            fact(joiner, relation, whole, cue=match, rule="joined by")


def count_of(word: str) -> int:
    """'five' -> 5, '12' -> 12; 0 for any other word."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


# 'is not an ', 'has never been a ', ', which is not an ': the copula before a body's name used as a noun's modifier
# ('an EU member', 'a NATO member state', 'an EU body'); the group before the article is read for negation by ``fact``.
COPULA_ARTICLE = re.compile(
    r"\b(?:is|are|was|were|be|been|become|becomes|became|remains?|remained|stays?|stayed)\s+"
    r"(?:(?:not|no\s+longer|never|also|still|now|yet|already|itself|themselves)\s+)*"
    r"(?P<article>(?:an?\s+)?(?:(?:full|founding|associate|permanent|non-permanent|original|new|official)\s+)?)$"
)
BODY_NOUN_AFTER = re.compile(
    r"\s+(?P<noun>members?(?:\s+(?:states?|countr(?:y|ies)|nations?|agenc(?:y|ies)))?|bod(?:y|ies)|agenc(?:y|ies)|organs?|"
    r"institutions?)\b(?!\s+(?:of|to|in)\b)"
)
# The subject before the copula: next to it, or the head of a relative clause ('X, which is not …').
SUBJECT_TO_COPULA = re.compile(
    r"(?:\s*,\s*(?:which|who|that)\s+|\s+)(?:(?:has|have|had|will|would|does|do|did)\s+(?:(?:not|never|long|always)\s+)?)?"
)
# 'stays outside the ', 'remain outside of the ': a body one is not in.
OUTSIDE_VERB = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|stays?|stayed|keeps?|kept|lies|lie|lay|sits?|sat)\s+"
    r"(?:(?:still|firmly|also|now|well)\s+)?outside\s+(?:of\s+)?(?:the\s+)?$"
)
# 'two countries outside the ', 'states outside of the ': a class of those not in the body, named after it.
OUTSIDE_CLASS = re.compile(
    r"\b(?:countries|states|nations|members|agencies|governments)\s+(?:from\s+)?outside\s+(?:of\s+)?(?:the\s+)?$"
)


def body_noun_and_outside(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """Membership told by a body's name used as a modifier ('Norway is not an
    EU member', 'Switzerland, which is not an EU member either', 'ESA is not
    an EU body': ``memberOf`` or, for a body's body, ``partOf``, negated when
    the verb group is), and non-membership told by 'outside' ('Norway stays
    outside the Union'; 'two countries outside the Union …: A and B')."""
    is_ = view.is_
    for body in view.mentions:
        if not is_(body, "Organization") or is_(body, "Country") or body.start < start:
            continue
        before = view.text[max(start, body.start - 80) : body.start]
        copula = COPULA_ARTICLE.search(before)
        noun = BODY_NOUN_AFTER.match(view.text, body.end) if copula is not None else None
        if copula is not None and noun is not None:
            at = body.start - len(before) + copula.start()
            subject = next((m for m in reversed(view.mentions) if m.end <= at
                            and SUBJECT_TO_COPULA.fullmatch(view.text, m.end, at)), None)  # fmt: skip
            plural = noun.group("noun").endswith("s")
            if (
                subject is None
                or not is_(subject, "Agent")
                or is_(subject, "Person")
                or plural == bool(copula.group("article"))
            ):
                continue  # ('is not an EU member', 'are not EU members'; not 'is EU policy', 'are an EU body')
            relation = "memberOf" if noun.group("noun").startswith("member") else "partOf"
            subjects = view.group([m for m in view.mentions if m.end <= subject.end], True) if plural else [subject]
            article = body.start - len(before) + copula.start("article")
            cue_match = re.compile(re.escape(view.text[article : noun.end()])).search(sentence, article - start)
            for one in subjects if cue_match is not None else ():
                if is_(one, "Agent") and not is_(one, "Person") and not (relation == "partOf" and is_(one, "Country")):
                    # (a country is no body of a union)
                    fact(one, relation, body, cue=cue_match, before=subject, rule="a body's name as a modifier")
            continue
        outside = OUTSIDE_VERB.search(before)
        if outside is not None:
            at = body.start - len(before) + outside.start()
            subject = next((m for m in reversed(view.mentions) if m.end <= at
                            and SUBJECT_TO_COPULA.fullmatch(view.text, m.end, at)), None)  # fmt: skip
            cue_match = re.compile(r"outside").search(sentence, at - start)
            if subject is not None and is_(subject, "Agent") and not is_(subject, "Person") and cue_match is not None:
                fact(subject, "memberOf", body, cue=cue_match, before=subject, rule="outside a body",
                     forced="negated")  # fmt: skip
            continue
        if OUTSIDE_CLASS.search(before) is None:
            continue
        # the names of the class: in apposition right after the body, or listed after a colon ending the sentence
        apposed = re.match(r"\s*,\s+(?:namely\s+)?(?:the\s+)?", view.text[body.end : view.end])
        listed: list[Found] = []
        if apposed is not None:
            listed = view.group([m for m in view.after(body.end + apposed.end() - start)], False)
            listed = listed if listed and listed[0].start == body.end + apposed.end() else []
        elif ":" in sentence[body.end - start :]:
            colon = sentence.index(":", body.end - start)
            listed = view.group([m for m in view.after(colon + 1)], False)
            listed = (
                listed
                if listed and re.fullmatch(r":\s*(?:the\s+)?", view.text[start + colon : listed[0].start])
                else []
            )
        cue_match = re.compile(r"outside").search(sentence, body.start - start - len(before))
        for member in listed:
            if is_(member, "Agent") and not is_(member, "Person") and cue_match is not None:
                fact(member, "memberOf", body, cue=cue_match, before=member, rule="outside a body", forced="negated")


def counted_members(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the five permanent members of the Security Council, A, B, C, D and E':
    the names in apposition to a counted class of a body's members, as many
    as the count says, are its members."""
    for counted in scan(COUNTED_MEMBERS_OF, sentence):
        at = start + counted.end()
        body = next((m for m in view.after(counted.end()) if m.start == at), None)
        apposed = COUNTED_APPOSITION.match(view.text, body.end) if body is not None else None
        if body is None or apposed is None or not view.is_(body, "Organization") or view.is_(body, "Country"):
            continue
        items = view.group(view.after(apposed.end() - start), False)
        if not items or not opens(view, items[0], apposed.end()) or len(items) != count_of(counted.group("count")):
            continue
        for member in items:
            if view.is_(member, "Agent") and not view.is_(member, "Person") and member.entity != body.entity:
                fact(member, "memberOf", body, cue=counted, rule="counted members of")


def _contractors(view: Any, at: int) -> list[Found]:
    """The organizations named from ``at`` on, one or a list ('A', 'A and B', 'A, B and C'), none a person."""
    first = next((m for m in view.after(at - view.start) if m.start == at), None)
    if first is None or not view.is_(first, "Agent") or view.is_(first, "Person"):
        return []
    listed = view.group([m for m in view.after(at - view.start) if view.is_(m, "Agent")], False)
    named = listed if listed and listed[0].start == at else [first]
    return [m for m in named if not view.is_(m, "Person")]
