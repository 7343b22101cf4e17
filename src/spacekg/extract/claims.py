"""Claims: what someone says, and how they stand.

- **Reported speech** — ``X said``, ``said X``, ``X told``, ``X asked``,
  ``according to X``, ``in X's statement`` — is a claim whose speaker is the
  grammatical subject of the speech verb: a named person when one is named
  (``NASA Administrator Jane Doe said`` is Jane Doe, not NASA), otherwise the
  organization or country; ``the agency said``, ``she said`` are resolved to
  the nearest earlier mention of a compatible class. A relation stated in the
  reported words becomes the claim's proposition, with its modality, instead
  of a fact. The noun ``states`` is not a speech verb.
- **Stances**: opposition (``opposed``, ``rejected``) and openness (``open to``).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.core.resources import gazetteer_text
from spacekg.core.text import NOT_AFTER_TITLE
from spacekg.extract.base import Candidates, Found
from spacekg.extract.clients import label_end
from spacekg.extract.coreference import (
    DEFINITE_NOUN,
    NOUN_CLASSES,
    PRONOUN_CLASSES,
    antecedent,
    described,
    resolve,
)
from spacekg.extract.literals import lead, may, scan, search
from spacekg.extract.memberships import counted_subject
from spacekg.extract.modality import ASKED_WHETHER, ELLIPTIC_ANSWER
from spacekg.extract.patterns import OPEN_TO, OPPOSE
from spacekg.extract.relations import ADVERBIAL_PRONOUN, RECENT, SentenceView, skip_parenthesis
from spacekg.extract.stances import Region, positions, stance, stance_subjects

# 'The site, now called the X Centre', 'The rocket, later called the Y': an apposition's participle of naming,
# after a comma and an adverb of time, gives a name; it reports no speech (precision20).
NAMED_SINCE = "".join(
    rf"(?<!,\s{adverb}\s)"
    for adverb in (
        "now",
        "later",
        "then",
        "today",
        "since",
        "once",
        "first",
        "formerly",
        "originally",
        "officially",
        "eventually",
        "soon",
        "thereafter",
        "afterwards",
    )
)

# A name given, not a judgement: 'called the mission Futura', 'which the agency called the Centenary Mission in
# honour of …', 'called it Examplyaan.' (its object and then a proper name that ends the clause); 'called the Artemis
# program too costly', 'called the test a success' and 'called it "Star Wars"' are still speech (speakers26).
NAME_GIVEN = (
    r"(?!\s+(?:(?:it|them)\s+|(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:the\s+)?)[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\d+))*"
    r"(?:\s*(?:[,.;:)]|$)|\s+(?:in\s+honou?r|after|because|when|for\s+short)\b))"
)

SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells(?!\s+(?:how|of|the\s+story)\b)|asked|asks|stated|announced|announces|declared|declares|"
    # Telling someone that …, in any tense: 'X informs the Secretary-General that it will withdraw',
    # 'X notified the council that …' (the one told is named between the verb and 'that').
    r"(?:inform(?:ed|s)?|notif(?:ied|ies|y)|advis(?:ed|es)|remind(?:ed|s)?|assur(?:ed|es))(?=\s+(?:[\w’'.-]+\s+){1,8}?(?:that|of)\b)|"
    # A lawsuit or a formal complaint is the plaintiff's claim: 'X sued Y, arguing …', 'filed a lawsuit against'.
    r"su(?:ed|es)(?=\s+(?:the\s+)?[A-Z])|(?:filed|files|brought|brings)\s+(?:a\s+|an\s+)?(?:law)?suit|"
    r"(?:filed|files|lodged|lodges)\s+(?:a\s+|an\s+)?(?:formal\s+)?(?:complaint|protest|petition|appeal)|"
    # 'calls it the most important …', 'calls the treaty a mistake': naming a thing so is speech, in any tense.
    # ('has called China's test reckless': a possessor's thing too; not 'called NASA', a call made)
    # (not a name given in passing: 'The Agreement Governing …, usually called the Moon Agreement, was adopted')
    r"(?<!usually\s)(?<!commonly\s)(?<!often\s)(?<!also\s)(?<!generally\s)(?<!popularly\s)(?<!sometimes\s)"
    r"(?<!informally\s)(?<!simply\s)(?<!,\s)"
    + NAMED_SINCE
    + r"call(?:s|ed)"
    + NAME_GIVEN
    + r"\s+(?:it|the|on|upon|for)|"
    # ('X, a senator from Ohio, called upon Congress to …': after an apposition's comma, a call on someone named)
    r"(?<=,\s)call(?:s|ed)\s+(?:up)?on(?=\s+(?:the\s+|all\s+|its\s+|their\s+|member\s+)?[A-Z]|\s+(?:all|member)\s)|"
    # ('The site, now called the Example Centre, is run by …', 'later called the X': a name given in passing too;
    # programmes20, precision20)
    r"call(?:s|ed)" + NAME_GIVEN + r"(?=\s+(?:this|that|these|those|them|its|their|[A-Z][\w-]*['’]s?\s+[a-z]))|"
    # 'called him one of NASA's best', 'calls her a true hero': a person judged so; not a call made to them
    # ('called him on Monday', 'called her the next day', 'called him back', 'called them to the meeting').
    r"call(?:s|ed)(?=\s+(?:him|her|them|us|me)\s+(?:(?:a|an|one|his|her|their|our|my)\s|the\s+(?!(?:next|following|"
    r"same|day|night|morning|evening|week|moment)\b)|[A-Z][\w’'-]*\s+[A-Z]|[A-Z][\w’'-]*[.,;]))|"
    # More verbs of saying, in the forms the list above lacks, before 'that' or a quotation's punctuation
    # ('she quips.', 'X concedes that', 'X disputes that'); not the plural nouns 'states', 'reports', 'objects'.
    r"(?:affirms|alleges|answers|boasts|charged|comments|complains|concludes|confess(?:ed|es)|discloses|hints|"
    r"impl(?:ied|ies)|indicates|points\s+out|proclaims|recommends|reveals|swore|swears|testifies|contest(?:ed|s)|"
    r"disput(?:ed|es)|guarantee(?:d|s)|laments|reassures|rebut(?:ted|s)|refut(?:ed|es)|specifies|stipulat(?:ed|es)|"
    r"underlines|underscores|concur(?:red|s)|retorts|suspect(?:ed|s)|posit(?:ed|s)|mus(?:ed|es)|quip(?:ped|s)|jokes)"
    r"(?=\s*(?:that\b|[,.:;!?“”\"]|$))|"
    # A request that something be done: 'Japan requested that the council meet'.
    r"request(?:s|ed)?\s+that|"
    # A stated certainty is a claim like a stated belief: 'X is confident that …', 'was adamant the lander …'.
    r"(?:is|was|are|were|remains|remained)\s+(?:\w+ly\s+)?(?:confident|convinced|certain|adamant|optimistic)"
    r"(?=\s+that\b|\s+(?:the|it|they|he|she|[A-Z]\w*)\s+(?:\w+\s+)?(?:will|would|is|was|could|can|had|has)\b)|"
    # A stated feeling about a fact: 'Japan is concerned that …', 'was pleased that …'.
    r"(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:concerned|worried|alarmed|pleased|disappointed|satisfied|happy|glad|"
    r"proud|relieved|troubled|dismayed)(?=\s+that\b)|"
    # A belief stated without 'that': 'Jane Example thinks the lander is ready'.
    r"(?:believes|believed|thinks|thought)(?=\s+(?:the|it|they|he|she|[A-Z]\w*)\s+(?:\w+\s+)?(?:will|would|is|"
    r"was|are|were|could|can|had|has|should|must)\b)|"
    # A view: 'Japan sees the test as reckless', 'regards it as a threat'.
    r"(?:sees|saw|regards|regarded|views|viewed)(?=\s+(?:[\w’'-]+\s+){1,6}?as\b)|"
    # A stance that ranks or credits something: 'X counts Y as the start of …', 'presented its satellite as a
    # contribution to …', 'credits the flight with opening …', 'considers it (as|to be) …', 'branded the test
    # a threat'; not 'counts Y among its members' (membership), 'as of', 'was credited with' (passive: skipped).
    r"(?:counts|counted|present(?:s|ed)|consider(?:s|ed)|portray(?:s|ed)|depict(?:s|ed)|cast|casts|touts|touted|"
    r"classif(?:ies|ied)|labell?(?:s|ed)|brand(?:s|ed)|hails|hailed)(?=\s+(?:[\w’'.-]+\s+){1,6}?as\b(?!\s+(?:of|well|part\s+of|soon|long|much|many)\b))|"
    r"(?:considers|considered)(?=\s+(?:[\w’'.-]+\s+){1,6}?to\s+be\b)|"
    r"credit(?:s|ed)(?=\s+(?:[\w’'.-]+\s+){1,6}?with\b)|"
    # 'she added', 'added that'; not 'added its signature'.
    # ('added one point:', 'adds a caveat:': what it adds follows the colon; claims12)
    r"add(?:ed|s)(?=\s*(?:[,.;:!?“”\"]|that\b|$)|\s+(?:a|an|one|two|this|another)\s+(?:[a-z-]+\s+){0,2}?(?:point|caveat|warning|note|comment|remark|word|"
    r"thought|detail|condition|qualification|proviso|explanation|clarification|reminder)s?\s*:)|"
    r"noted|notes|"
    r"stressed|stresses|warned|warns|argued|argues|insisted|insists|claimed|claims|explained|explains|confirmed|"
    r"confirms|urged|urges|"
    # 'X wrote that …', 'wrote in a letter', 'wrote: “…”'; not 'wrote the original', 'wrote to X'.
    r"wr(?:ote|ites)(?=\s*(?:[,.;:!?“”\"]|that\b|in\b(?!\s+(?:\d|the\s+(?:\d|early|late|mid|spring|summer|autumn|fall|winter)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))|on\b|$))|replied|replies|commented|remarked|emphasi[sz]ed|emphasi[sz]es|acknowledged|"
    r"admitted|reiterated|underlined|recalled|countered|counters|responded|responds|cautioned|conceded|contended|"
    r"contends|maintained|maintains|suggested|predicted|vowed|promised|tweeted|posted|pointed\s+out|welcomed|hailed|"
    r"praised|congratulated|dismissed|questioned|grilled|pressed(?!\s+(?:for|ahead|on\s+with)\b)|"
    # 'described the test as reckless'; not 'described robotic missions to the Moon'.
    r"described(?=\s+(?:[\w’'-]+\s+){0,6}?as\b)|denied|denies|disclosed|"
    r"revealed|reported|estimated|assured|signall?ed|indicated|hinted|alleged|accused|blamed|thanked|condemned|"
    # 'concluded that …', 'observed: “…”'; not 'concluded an agreement with', 'observed the launch'.
    r"(?:concluded|observed)(?=\s*(?:[,.;:!?“”\"]|that\b|$))|protested|protests|complained|objected|applauded|lauded|slammed|blasted|decried|denounced|"
    r"deplored|lamented|underscored|asserted|affirmed|reaffirmed|answered|retorted|demanded|proclaimed|"
    # 'Japan regretted the decision', 'disagreed with Russia', 'branded the test reckless', 'pledged its support for'
    r"regretted|regrets|disagreed(?=\s+with\b)|(?:branded|labell?ed)(?=\s+(?:the|it|them|this|that|its|their)\b)|"
    r"pledged\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:full\s+|strong\s+|continued\s+)?(?:support|backing)|"
    r"(?:expressed|voiced|raised)\s+(?:\w+\s+)?(?:concerns?|regret|hope|support|opposition|doubts?|alarm|frustration)|"
    r"quoted\s+(?:by\s+[\w ]{1,30}?\s+)?as\s+saying|"
    # 'X made the case that …', 'took the view that …': a view stated, its clause reported (stances.py: idioms).
    r"ma(?:de|kes?|king)\s+the\s+case(?=\s+that\b)|t(?:ook|akes?|aking)\s+the\s+(?:\w+\s+)?view(?=\s+that\b)|"
    # 'Japan pledged to …', 'X threatened to …', 'As Jane Doe put it, …', 'X testified that …'.
    r"(?:pledged|pledges|threatened|threatens)(?=\s+(?:to|that)\b)|echoed|echoes|continued(?=\s*[.,]|\s+that\b)|reassured|testified|clarified|quipped|joked|boasted|recommended|appealed|"
    # (not 'a rocket put it into orbit': a launch, no speech; crews19)
    r"put\s+it(?!\s+(?:into|in|on|onto|up|back|down|aboard|through)\b)|proposed\s+that|"
    # 'Jane Doe believes that …': a stated belief is hers too.
    r"(?:believes|believed|thinks|thought|hopes|hoped|fears|feared|expects|doubts|doubted)\s+that|"
    # 'Tokyo hopes the framework will …': a hope stated now, its clause reported (not 'had hoped', a hope that
    # failed; 'hopes to launch X' stays the author's planned fact, GUIDELINES' table).
    r"(?<!\bhad\s)hopes(?=\s+(?:the|a|an|its|their|this|these|more|further)\s+(?:[\w-]+\s+){1,3}?(?:will|would|can)\b)|"
    # A body's members deciding together, in any tense: 'ESA member states agree to pay more', 'the ministers
    # decided to …' (the body speaks; one country's 'agreed to join' is its own plan, read as a fact's modality).
    r"(?:(?<=states\s)|(?<=members\s)|(?<=ministers\s)|(?<=leaders\s)|(?<=allies\s)|(?<=parties\s)|"
    r"(?<=governments\s)|(?<=delegates\s))(?:(?:also|then|unanimously|jointly)\s+)?"
    r"(?:agree|agreed|decide|decided|resolve|resolved|vow|vowed|pledge|pledged)(?=\s+to\s+[a-z])|"
    # 'agreed that', 'agreed on Monday that', 'decided in June that', 'They also decide that'.
    r"(?:agreed|decided|ruled|concluded|agrees?|decides?)\s+(?:(?:on|in|at|last|this)\s+[\w ]{1,20}?\s+)?that|"
    # a court's or a panel's finding: 'The court held that …', 'the tribunal found that …'.
    r"(?:held|holds|found|finds)\s+that|"
    # A plural subject's present tense: 'Russia and China insist that …', 'officials warn that …'.
    r"(?:insist|argue|warn|maintain|contend|deny)\b|"
    r"(?:claim|acknowledge|admit|concede|complain|stress|note|believe|fear|doubt|point\s+out|reply|respond|counter|"
    r"explain|confirm|reiterate|suggest|tell\s+\w+|ask\s+\w+)(?=\s+that\b)|"
    # A communiqué's present tense: 'We, the leaders of NATO, reaffirm …', 'The ministers welcome …'.
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bto\s)(?:reaffirm|underline|welcome|condemn|urge|emphasi[sz]e|reiterate|"
    r"underscore|deplore|commend)\b|"
    # 'Jane Example made clear that …', 'has made it clear'.
    r"ma(?:de|kes?)\s+(?:it\s+)?(?:abundantly\s+|very\s+)?clear|"
    # 'Roscosmos issued a statement saying …', 'NATO released a communiqué': a statement is speech.
    r"(?:issued|issues|released|releases|put\s+out|puts\s+out|published|publishes)\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:statement|communiqu[eé]|declaration|press\s+release)|"
    # 'Roscosmos also sent its congratulations to India': a message is speech too.
    r"sent\s+(?:its|his|her|their)\s+(?:congratulations|condolences|greetings|thanks|best\s+wishes)|"
    # '…, arguing that …': a participle's speaker is the subject of the clause it hangs on.
    r"(?<=,\s)(?:arguing|saying|insisting|warning|noting|adding|stressing|explaining|claiming|calling|describing|"
    r"accusing|urging|asking|stating|declaring|citing|demanding|announcing|promising|predicting|pledging)|"
    # ('…, telling reporters that …', '…, admitting that …': these only before a 'that' clause)
    r"(?<=,\s)(?:telling|reminding|acknowledging|admitting|conceding|complaining|suggesting|contending|"
    r"cautioning|writing)(?=\s+(?:[\w’'-]+\s+){0,5}?that\b)|"
    # 'wrote a report in 1967 arguing that Canada should …': a participle right before its 'that' clause, with no
    # comma, is still its writer's speech.
    r"(?<!,\s)(?<=\s)(?:arguing|contending|concluding|recommending|urging|warning|insisting)(?=\s+that\b)|"
    # 'Jane Example opened by warning that …', 'closed by saying': a participle after 'by' is the subject's speech.
    r"(?<=\sby\s)(?:warning|saying|arguing|insisting|noting|stressing|asking|declaring|stating|announcing|"
    r"promising|pledging|claiming|demanding|reminding|recalling)|"
    # An offer or a proposal to do something is a speech act: 'offered to waive …', 'proposed on Monday to
    # share …'; not 'offered a contract', 'proposed to the committee'.
    # More of the class, in the forms the list above lacks: 'she recalls', 'he admits', 'X mentioned that'.
    r"recalls|admits|acknowledges|concedes|asserts|suggests|predicts|remarks|cautions|vows|promises|reiterates|"
    r"mention(?:ed|s)(?=\s+that\b)|(?:determined|determines|specified|reckon(?:ed|s)?|speculated|insisting)(?=\s+that\b)|"
    r"observes(?=\s*(?:[,.;:!?“”\"]|that\b|$))|apologi[sz](?:ed|es)|"
    r"characteri[sz](?:ed|es)(?=\s+(?:[\w’'-]+\s+){0,6}?as\b)|describes(?=\s+(?:[\w’'-]+\s+){0,6}?as\b)|"
    r"(?:offered|offers|proposed|proposes)(?=\s+(?:(?:in|on|at|last|this)\s+[^,.;:]{1,40}?\s+)?to\s+"
    r"(?!(?:the|a|an|its|his|her|their|this|that|all|other|member)\b)[a-z]+\b)|"
    # Any verb whose medium is a text or a talk: 'offered in an open letter to …', 'urged in an op-ed …',
    # 'made clear in a speech that …' ('in the letter' too; not 'signed in a ceremony').
    r"[a-z]{3,}(?:ed|ote|ave|ade|aid)(?=\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|"
    r"interview|speech|address|op-ed|blog\s+post|post|tweet|memo|message|filing|complaint|testimony|submission|"
    r"communiqu[eé]|press\s+release|editorial|column|briefing|podcast|video)s?\b))\b"
)
SPEECH_VERB = lead(SPEECH_VERB)  # the same matches, found faster (literals.lead)
# 'In their joint statement, …', 'In a letter to NASA, …': what the clause after the comma says is speech.
IN_STATEMENT = re.compile(
    r"\s*(?:In|Through)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|"
    r"declaration|letter|message|speech|address|remarks)\s*,\s*"
)
SELF_REQUEST = re.compile(r"\s+(?:(?:in|on|last|this)\s+[\w ]{1,20}?\s+)?to\s+[a-z]")
PAST_VERB = re.compile(r"\b(?:[a-z]+ed|made|took|gave|set|put|told|wrote|spoke|sent|said)\b")
REQUEST = re.compile(r"\b(?:asked|asks|urged|urges|call(?:ed|s)\s+(?:up)?on|invited|invites)\b")
ACCORDING_TO = re.compile(
    r"\b(?:according\s+to|in\s+the\s+(?:words|view|opinion|eyes)\s+of|as\s+(?:quoted|reported)\s+by)\b|"
    # 'Per NASA, the lander is ready', '…, per the agency': not 'per cent', 'per launch'.
    r"(?:^|(?<=,\s))[Pp]er(?=\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
ACCORDING_TO = lead(ACCORDING_TO)  # the same matches, found faster (literals.lead)
# 'in X's statement', 'X's spokesperson said' is handled by the verb.
STATEMENT_OF = re.compile(
    r"\b(?:in|In)\s+(?:a\s+|the\s+)?(.{2,60}?)['’]s?\s+(?:statement|remarks|speech|address|letter|message|words|view|opinion|telling|account)\b"
)
STATEMENT_OF = lead(STATEMENT_OF)  # the same matches, found faster (literals.lead)
# A quotation introduced by a colon, and 'his message', 'her answer' before it.
QUOTE_AFTER_COLON = re.compile(r":\s*[“\"]")
POSSESSIVE_SPEECH = re.compile(
    r"\b(His|Her|Its|Their|his|her|its|their)\s+(?:\w+\s+)?(?:message|statement|answer|reply|response|words|verdict|"
    r"position|view|point|argument|warning|promise)\b"
)
# The head noun of a subject phrase that speaks for someone else: 'Russia's UN envoy', 'The agency chief'.
VOICE_TAIL = re.compile(
    r"(?:\b(?:envoy|ambassador|representative|delegate|delegation|spokes(?:person|man|woman)|officials?|mission|"
    r"government|diplomats?|negotiators?)|\b(chief|head|director|administrator|chair(?:man|woman|person)?|president|"
    r"minister|commander|boss))\s*(?:(?:has|had|also|then|later|again)\s*)*$"
)
# An envoy and where it is sent: 'ambassador to the United Nations', 'delegation at the conference'.
VOICE_SENT_TO = re.compile(
    r"\b(?:envoys?|ambassadors?|representatives?|delegates?|delegations?|missions?|negotiators?|diplomats?)\s+"
    r"(?:to|at|in|on|for)\s+"
)
# 'a spokesman of the Ministry of …', 'an official at the agency': an unnamed voice of a named body.
UNNAMED_VOICE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal)\s+(?:[\w-]+\s+)?(?:spokes(?:person|man|woman)|spokespeople|"
    r"representatives?|officials?|delegates?|sources?|press\s+officers?)\s+(?:of|for|at|from|in)\s+(?:the\s+)?$"
)
ROLE_HEAD = re.compile(r"^[\s”\"’]*(?:the|The|its|Its|their|Their)\s+(?:[\w’'-]+\s+){0,2}\w+$")
# 'told Reuters that …', 'assured the council that …': the one spoken to.
ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|tells|tell|inform(?:ed|s)?|notif(?:ied|ies|y)|advis(?:ed|es)|assured|assures|reminded|reminds)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+)?$"
)
# 'that it will withdraw', 'that they would no longer take part': a pronoun subject right before its verb.
PRONOUN_BEFORE_VERB = re.compile(
    r"\b(?:it|they)\s+(?:(?:will|would|shall|should|has|have|had|is|are|was|were|not|no|never|longer|also|then|soon|"
    r"now|still|yet)\s+)*$"
)
# Between two people who speak together: 'and', after an apposition or relative clause of the first,
# before a title of the second ('Jane Doe, who heads NASA, and Russian President John Roe').
PEOPLE_AND = re.compile(
    # ('Jane Doe of Airbus and John Roe of Thales said': a person's body after 'of' before the 'and'; speakers24)
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})?"
    r"(?:\s*,[^,;:“”\"]{1,60},)?\s*(?:and|as\s+well\s+as)\s+(?:(?!(?:with|to|by|of|for)\b)[\w’'.-]+\s+){0,4}"
)
# 'Russia's position is that …', 'The RF and PRC position: …', 'Her answer was blunt: …': a stated view.
POSITION = re.compile(
    r"\b(?:position|view|stance|line|argument|message|verdict|answer|reply|response|assessment|conclusion)"
    r"(?:\s+(?:on|about|to|for)\s+[^,:;.]{1,40}?)?"
    # ('Official line, carried by Xinhua, the state news agency: …': whose line a participle says; speakers25)
    r"(?:\s*,\s*(?:carried|given|issued|relayed|published|stated|voiced|put\s+out|set\s+out)\s+by\s+"
    r"(?P<by>[^:;.“”\"]{1,80}?))?\s*(?::|(?:is|was|remains|remained)\s+(?:(?:simple|clear|blunt|plain|that)\s*)?"
    r"(?:that\b|:))"
)
# Before a speech verb, the subject is the last phrase before it in the clause.
SUBJECT_BREAK = re.compile(r"[;:“”\"]|,\s+(?:and|but|while)\s+|^")
SPEECH_NOUN_SUBJECT = re.compile(
    DEFINITE_NOUN.pattern + r"(?:['’]s\s+\w+)?\s*(?:,[^,]*,\s*)?(?:has\s+|had\s+|also\s+|then\s+|later\s+)*$"
)
RELATIVE_PRONOUN_BEFORE = re.compile(r",?\s*(?:which|that|whom|who)\s+(?:(?:has|had|have|also|once)\s+)*$")
# '…, the statement added', 'The joint communiqué said': a statement speaks for whoever made it.
STATEMENT_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:the|The|this|This|its|Its|their|Their)\s+(?:joint\s+|final\s+|written\s+|brief\s+)?"
    r"(?:statement|communiqu[eé]|declaration|press\s+release|text|resolution|letter|decree|document)\s*(?:also\s+)?$"
)
PRONOUN_SUBJECT = re.compile(r"\b(He|She|It|They|he|she|it|they)\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)*$")


def _nested(mention: Found, mentions: list[Found]) -> bool:
    """True when a longer mention of the list covers ``mention`` ('Space Agency' in 'European Space Agency')."""
    return any(
        o.start <= mention.start and mention.end <= o.end and o.end - o.start > mention.end - mention.start
        for o in mentions
    )


def _best(view: SentenceView, mentions: list[Found], last_person: bool = False) -> Found | None:
    """A named person when there is one, else the first agent (its organization
    is context). Before the verb the person nearest it heads the subject ('White
    House adviser Jane Doe said'); after it, the first one does."""
    # 'according to the UN Office for Outer Space Affairs': not 'UN' inside the longer name.
    agents = [m for m in mentions if view.is_(m, "Agent") and not _nested(m, mentions)]
    people = [m for m in agents if view.is_(m, "Person")]
    # 'In a letter to NASA, Roscosmos said': the agent nearest the verb is its subject.
    return people[-1 if last_person else 0] if people else agents[-1 if last_person else 0] if agents else None


# A speech verb that denies what it reports.
DENIAL = re.compile(
    # ('does not admit that …', 'never acknowledged that …': a stance against what it reports)
    r"\b(?:(?:not|never|n['’]t|refus(?:ed|es|e)\s+to|declin(?:ed|es|e)\s+to)\s+(?:(?:yet|publicly|officially|formally)\s+)?"
    r"(?:admit|acknowledge|concede|accept|recogni[sz]e)(?:s|d|ed)?|"
    r"denied|denies|deny|denying|disputed|disputes|(?:rejected|dismissed|rebuffed)\s+(?:the\s+)?"
    r"(?:claims?|reports?|suggestions?|allegations?))(?:\s+(?:on|in|at|last|this)\s+\w+)?\s+that\b"
)
RELATIVE_OPEN = re.compile(r",\s*(?:whose|which|who|where)\b")
OBJECTS_AS_VERB = re.compile(r"\s*(?:to\b|[.,;:]|$)")
# 'voted against', 'were among the nine against', 'came out against': a stance.
VOTED_AGAINST = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|is|are|was|were|stood|stand|came\s+out|spoke|argued|lobbied)\s+(?:[\w-]+\s+){0,3}?against$"
)
# 'Among the governments that had protested were A, B and C': the speakers are listed after the verb.
LISTED_SPEAKERS = re.compile(
    r"^(?:\s+(?:earlier|also|too|so\s+far))?\s+(?:were|are|included|include|was)\s+(?:the\s+)?"
)
RELATIVE_BEFORE = re.compile(r"\b(?:that|who|which)\s+(?:(?:has|have|had|also|already|publicly|formally)\s+)*$")
JOINT_WITH = re.compile(
    r"\b(?:[Tt]ogether\s+with|[Jj]ointly\s+with|[Aa]longside|[Aa]long\s+with|[Ii]n\s+concert\s+with)\s+(?:the\s+)?$"
)
SUBJECT_BREAK_ANY = re.compile(r"[;:“”\"]|,\s+(?:and|but|while)\s+")
# People who speak for the states or bodies named after them: 'Delegates from A and B', 'officials of A and B'.
GROUP_FROM = re.compile(
    r"\b(?:[Dd]elegates|[Dd]elegations|[Oo]fficials|[Dd]iplomats|[Rr]epresentatives|[Ee]nvoys|[Mm]inisters|"
    r"[Ll]eaders|[Nn]egotiators|[Ss]pokespeople)\s+(?:from|of|in)\s+(?:the\s+)?$"
)
WORDS_BY = re.compile(
    r"\b(?:statement|letter|declaration|communiqu[eé]|note|complaint|submission|paper|message|appeal)\s+"
    r"(?:(?:issued|signed|sent|released)\s+)?(?:by|from)\s+(?:the\s+)?(?=[A-Z])"
)
# ', its administrator said', ', their spokesman told reporters': an unnamed voice of the sentence's opening subject.
TRAILING_OWN_VOICE = re.compile(
    r",\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:administrator|director(?:[- ]general)?|chief|head|president|minister|"
    r"chair(?:man|woman|person)?|spokes(?:person|man|woman)|officials?|representatives?|ambassador|envoy|delegation|"
    r"government|ministry|embassy|press\s+office|leadership|board)\s*(?:(?:has|had|also|then|later)\s+)*$"
)
# What may stand before a sentence's opening subject: a dateline, 'The'.
SENTENCE_OPENING = re.compile(r"(?:[A-Z][A-Z ,.'’-]*\s*(?:\([^)]*\))?\s*[-—–]\s*)?\s*(?:[Tt]he\s+)?")
# Words with their authors in a participle's apposition: 'The statement, signed by Jane Doe, said'.
AUTHORED_WORDS = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|declaration|"
    r"communiqu[eé]|note|report|submission|paper|message|appeal|memo(?:randum)?|op-ed|article|post)\s*,\s*"
    r"(?:(?:issued|signed|sent|released|written|drafted|published|posted|co-signed|authored)\s+(?:jointly\s+)?by\s+)"
    r"(?P<by>[^,;:“”\"]{2,120}?)\s*,\s*(?:(?:has|had|also|then|later)\s+)*$"
)
TO_RECIPIENT = re.compile(r"\bto\s+(?:the\s+)?$")
AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ww]ith|[Aa]longside|[Uu]nlike|[Ll]ike|[Bb]esides|to|from|of|for|by|in|on|at|against|than)\s+(?:the\s+)?$"
)
PARTICIPLE = re.compile(r"[a-z]+ing$")
CLAUSE_AFTER_PARTICIPLE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+")
# The nouns of a person's office or trade that stand for the person named last ('the judge wrote').
_ROLE_NOUNS = (
    r"(?:minister|administrator|director|chief|head|president|ambassador|envoy|spokes(?:person|man|woman)|commander|"
    r"chair(?:man|woman|person)?|secretary|senator|astronaut|cosmonaut|taikonaut|scientist|founder|executive|diplomat|"
    r"official|general|premier|chancellor|judge|justice|commissioner|governor|mayor|lawmaker|congress(?:man|woman)|"
    r"adviser|advisor|manager|engineer)"
)
ROLE_NOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:the|The)\s+(?:[a-z]+\s+)?(?i:(" + _ROLE_NOUNS + r"))\s*(?:,[^,]*,\s*)?"
    r"(?:has\s+|had\s+|also\s+|then\s+|later\s+)*$"
)
CO_AGENT_BEFORE = re.compile(r"\b(?:[Ww]ith|[Aa]longside|[Uu]nlike|[Ll]ike|[Bb]esides)\s+(?:the\s+)?$")


ROLE_WORD = re.compile(r"[a-z]+(?=\s*(?:,[^,]*,\s*)?(?:(?:has|had|also|then|later)\s+)*$)")


def _unnamed_role_owner(view: SentenceView, phrase: str, history: list[Found], before: int) -> Found | None:
    """Whom 'the minister' speaks for when the text named the role last by its owner's possessive and
    no name ('Japan's science minister met … The minister said'): that owner; else None."""
    noun = ROLE_WORD.search(phrase)
    if noun is None:
        return None
    low = max(0, before - 600)
    uses = [m for m in ROLE_NOUN.finditer(view.text, low, before) if m.group(0) == noun.group(0)]
    if not uses:
        return None
    last = uses[-1]
    at = last.start()
    if re.match(r"\s*,?\s*[A-Z]", view.text[last.end() : last.end() + 4]):
        return None  # 'the minister, Jane Example': named
    owner = POSSESSED_ROLE.search(view.text, max(0, at - 60), at)
    if owner is None:
        return None
    found = next((m for m in reversed(history) if m.end == owner.start() and view.is_(m, "Agent")
                  and not view.is_(m, "Person")), None)  # fmt: skip
    if found is not None and any(view.is_(m, "Person") and NAMED_ROLE_GAP.fullmatch(view.text, m.end, found.start)
                                 for m in history if found.start - 60 <= m.end <= found.start):  # fmt: skip
        return None  # 'Jane Example, Japan's science minister, …': the role of a named person
    return found


ROLE_NOUN = re.compile(r"\b" + _ROLE_NOUNS + r"\b")


def _role_holder(view: SentenceView, noun: str, history: list[Found], before: int) -> Found | None:
    """The person the text names as holding the role ``noun`` ('Chair: Jane Example.', 'Chair
    Jane Example', 'Jane Example, the chair,', 'chaired by Jane Example', 'Jane Example chaired'),
    the nearest such before ``before``; None when no person is tied to the role."""
    before_name, after_name = _holder_patterns(noun.lower())
    for mention in reversed(history):
        if mention.end > before or mention.rule == "anaphor" or not view.is_(mention, "Person"):
            continue
        if before - mention.start > 3000:
            return None
        if before_name.search(view.text, max(0, mention.start - 60), mention.start) or after_name.match(
            view.text, mention.end
        ):
            return mention
    return None


# A person described by what they are, as the subject: 'The physicist said', 'The 82-year-old told reporters',
# 'The billionaire added' (the person the text is about, described so before when it says so).
EPITHET_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:the|The)\s+(?:[a-z-]+\s+)?(physicist|billionaire|millionaire|entrepreneur|businessman|"
    r"businesswoman|tycoon|industrialist|veteran|pilot|student|teacher|professor|astronomer|astrophysicist|"
    r"geologist|biologist|chemist|economist|historian|lawyer|activist|physician|doctor|novelist|writer|author|"
    r"journalist|researcher|investor|retiree|grandmother|grandfather|mother|father|widow|\d+-year-old)\s*"
    r"(?:has\s+|had\s+|also\s+|then\s+|later\s+)*$"
)
AGE_AFTER = re.compile(r"\s*,\s*(\d+)\s*[,.]")


def _epithet_holder(view: SentenceView, noun: str, history: list[Found], before: int) -> Found | None:
    """Who 'the physicist', 'the 82-year-old' is: the person the text gave that description or age ('Jane
    Example, a physicist,', 'Wally Example, 82,'), else the person named last when no other was named since the
    sentence before; None otherwise."""
    age = noun.split("-")[0] if noun[:1].isdigit() else ""
    for mention in reversed(history):
        if mention.end > before or mention.rule == "anaphor" or not view.is_(mention, "Person"):
            continue
        if before - mention.start > 3000:
            return None
        if age:
            found = AGE_AFTER.match(view.text, mention.end)
            if (found is not None and found.group(1) == age) or re.search(
                rf"\b{age}-year-old\s+(?:[a-z-]+\s+)?$", view.text[max(0, mention.start - 40) : mention.start]
            ):
                return mention
        elif _role_holder(view, noun, [mention], before) is not None:
            return mention
    people = [m for m in history[-OWN_REACH:] if m.end <= before and view.is_(m, "Person")]
    if not age and people and len({m.entity for m in people[-3:]}) == 1:
        return people[-1]  # ('Jane Example founded X. … The billionaire said': the only person lately named)
    return None


@functools.cache
def _holder_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The expressions of :func:`_role_holder` for one role word, compiled once per word."""
    role = re.escape(noun)
    before_name = re.compile(
        rf"(?i:\b{role}(?:ed\s+by|\s+is|\s+was)?)\s*[:,]?\s*(?:(?:the|by)\s+)?(?:(?:[A-Z][\w’'-]*|(?:Dr|Mr|Mrs|Ms|Gen|Sen|[A-Z])\.)\s+){{0,3}}$"
    )
    after_name = re.compile(
        rf"\s*(?:,\s*(?:the|its|our|their|a|an|(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s)\s+(?:[a-z-]+\s+)?"
        rf"(?i:{role})\b|\s*\(\s*(?i:{role})\b|"
        rf"\s+(?:(?:is|was|has\s+been|became)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?i:{role})\b|(?i:{role})(?:ed|s)\b))"
    )
    return before_name, after_name


# 'Jane Example, Japan's science minister', 'Jane Example is Japan's science minister': the role is hers.
NAMED_ROLE_GAP = re.compile(
    r"\s*,\s*|\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?:also\s+|now\s+|still\s+)?"
)
ROLE_AFTER = re.compile(r"\s*(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(" + _ROLE_NOUNS + r")\b(?!\s+of\b)")
POSSESSED_ROLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
# Words that put a person in an object position: 'told Jane Doe', 'replaced John Roe as head'.
OBJECT_BEFORE = re.compile(
    r"\b(?:[Ww]ith|[Aa]longside|to|from|of|for|by|on|at|against|than|about|told|asked|met|replaced|succeeded|"
    r"invited|thanked|called|urged|criticized|criticised|named|appointed|visited|and|or)\s+(?:the\s+)?$"
)
VERB_OBJECT_BEFORE = re.compile(
    r"\b(?:told|asked|met|meets|replaced|succeeded|invited|thanked|called|urged|criticized|criticised|named|appointed|"
    r"visited|visits|hosted|hosts|received|welcomed|phoned|briefed)\s+(?:the\s+)?$"
)
UNNAMED_PERSON = re.compile(
    r"\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\w+\s+)?(?:counterparts?|colleagues?|deputy|"
    r"successor|predecessor|boss|opposite\s+number|aides?|advisers?|advisors?)\b(?!\s*,\s*[A-Z])"
)
# A group left unnamed speaks for no one (GUIDELINES.md: "analysts", "several delegations", "Critics say", "Officials
# in Nairobi" give no claim): 'Several members questioned whether …', 'Critics in Parliament argued …', 'Many analysts
# in Japan warned …' (not the body a name inside it or a sentence before it gives; 'officials of NASA said', a
# body's voice, 'Its members found', a body's, and 'Two members, A and B, said', named, are read as before;
# speakers26).
UNNAMED_GROUP = re.compile(
    r"\s*(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Aa]\s+few|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Dd]ozens\s+of|"
    r"[Aa]\s+(?:number|group|handful)\s+of)\s+)?(?:(?!(?:Its|Their|His|Her|Our|The|These|Those)\s)[A-Z][a-z]+\s+)?"
    r"(?i:members|critics|politicians|analysts|experts|lawmakers|legislators|observers|commentators|delegations|diplomats|residents|activists)\b(?!\s*,\s*[A-Z])"
    r"(?!\s+(?:of|at|from|for|with)\b)"
)
ADVERBS_ONLY = re.compile(
    r"(?:\s*(?:has|have|had|is|are|was|were|will|would|also|long|since|then|later|already|again|now|still|once|"
    r"earlier|recently|first|always|often|never|not|[a-z]+ly|\d{1,3}))*\s*"
)
SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+|\n")


def _speaking_person(view: SentenceView, history: list[Found], before: int, pronoun: str = "") -> Found | None:
    """What 'he'/'she' stands for (:func:`_person_by_position`), of the pronoun's gender when the text
    shows one ('John Roe met Jane Example. She said …' is Jane Example: 'her' or 'she' followed her
    name earlier, or a 'Ms'/'Mrs' preceded it)."""
    salience = view.salience if isinstance(view, SentenceView) else None
    if salience is not None and pronoun:
        return salience.referent(pronoun, before, speech=True)
    person = _person_by_position(view, history, before, pronoun)
    want = {"he": "m", "she": "f"}.get(pronoun.lower(), "")
    if person is None or not want or _gender(view, person.entity, history) in ("", want):
        return person
    people = [m for m in reversed(history) if m.end <= before and m.rule != "anaphor" and view.is_(m, "Person")]
    known = {m.entity: _gender(view, m.entity, history) for m in people[:GENDER_REACH]}
    return next((m for m in people if known.get(m.entity) == want), None) or next(
        (m for m in people if known.get(m.entity) == ""), person
    )


GENDER_REACH = 12  # how many earlier mentions of people a pronoun's gender may reach back to
GENDERED = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
TITLE_GENDER = re.compile(r"\b(?:(Mr|Sir)|(Mrs|Ms|Miss|Madam|Dame))\.?\s+$")


def _gender(view: SentenceView, entity: str, history: list[Found]) -> str:
    """'m' or 'f' when the text shows a person's gender: a title before a mention, or the first
    gendered pronoun after one in its sentence before any other person is named; else ''."""
    for mention in history:
        if mention.entity != entity or mention.rule == "anaphor":
            continue
        title = TITLE_GENDER.search(view.text, max(0, mention.start - 8), mention.start)
        if title:
            return "m" if title.group(1) else "f"
        stop = SENTENCE_END.search(view.text, mention.end, mention.end + 200)
        limit = stop.start() if stop else mention.end + 200
        limit = min([m.start for m in history if mention.end <= m.start < limit and m.entity != entity
                     and view.is_(m, "Person")], default=limit)  # fmt: skip
        pronoun = GENDERED.search(view.text, mention.end, limit)
        if pronoun:
            return "m" if pronoun.group(1) else "f"
    return ""


def _person_by_position(view: SentenceView, history: list[Found], before: int, pronoun: str = "") -> Found | None:
    """What 'he'/'she' opening a speech act stands for: the person who is the
    subject of the last sentence naming one (its first person not in an object
    position: 'X told Vladimir Putin that … He said' is X), else the nearest;
    but when that sentence refers to another person by 'him'/'her' ('John Roe
    appointed him director. … he said'), the person named before it."""
    last = next(
        (m for m in reversed(history) if m.end <= before and m.rule != "anaphor" and view.is_(m, "Person")), None
    )
    if last is None:
        return None
    window = view.text[max(0, last.start - 400) : last.start]
    ends = list(SENTENCE_END.finditer(window))
    floor = last.start - len(window) + (ends[-1].end() if ends else 0)
    if not ends and last.start - 400 > 0:
        return last
    same: list[Found] = []
    for mention in reversed(history):  # the people of the sentence that names the last one, in order
        if mention.start < floor:
            break
        if mention.end <= last.end and mention.rule != "anaphor" and view.is_(mention, "Person"):
            same.insert(0, mention)
    # 'After John Roe spoke, Jane Doe took the floor': not a person inside an opening subordinate clause;
    # 'John Roe's successor, Jane Doe, …': nor a possessor.
    opening = SUBORDINATE_OPENING.match(view.text, floor)
    comma = view.text.find(",", floor, last.end) if opening else -1
    stop = SENTENCE_END.search(view.text, last.end, before)
    objective = {"he": OBJECT_HIM, "she": OBJECT_HER}.get(pronoun.lower())
    if objective is not None and objective.search(view.text, last.end, stop.start() if stop else before):
        earlier = next((m for m in reversed(history) if m.end <= floor and m.rule != "anaphor"
                        and view.is_(m, "Person") and all(m.entity != p.entity for p in same)), None)  # fmt: skip
        if earlier is not None:
            return earlier
    for person in same:
        if comma >= 0 and person.start < comma:
            continue
        if POSSESSIVE_AFTER.match(view.text, person.end):
            continue
        if not OBJECT_BEFORE.search(view.text, max(floor, person.start - 20), person.start):
            return person
    return last


OBJECT_HIM = re.compile(r"\b(?:him|himself)\b")
OBJECT_HER = re.compile(r"\bher\s+(?:as|to|in|on|at|for|with|director|head|chief|minister|ambassador|envoy|[.,;])")
COLLECTIVE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:(?:the|The|All|all|Both|both|Its|its|Their|their)\s+)?(?:[a-z]+\s+)?(?:ministers|leaders|"
    r"heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|participants|delegates|member\s+states|"
    r"allies|signatories|members|parties)\s*(?:,[^,]*,\s*)?(?:(?:have|had|also|then|later|again|all|jointly|"
    r"unanimously)\s+)*$"
)
# 'the institute said', 'the centre added': a body named by the last word of its name.
NAME_NOUN_SUBJECT = re.compile(
    r"\b(?:the|The)\s+(?:[a-z]+\s+)?(institute|centre|center|group|consortium|alliance|bloc|union|office|"
    r"laboratory|observatory|university|academy|foundation|corporation|company|operator|forum|commission|court|tribunal|"
    r"council|committee|ministry|agency|administration|organi[sz]ation|service|force|command|delegation|embassy|"
    r"firm|start-?up|manufacturer|contractor|carrier|lab|regulator|watchdog|bureau|authority|department)"
    r"\s*(?:,[^,]*,\s*)?(?:(?:has|had|also|then|later|again)\s+)*$"
)
COUNTRY_NOUNS = ("delegation", "embassy")
# A body named by what it is, when no name the text gives ends in the noun ('SpaceX … The firm said',
# 'the FCC … the regulator said'): the nearest earlier mention of that kind.
COMPANY_NOUNS = (
    "firm",
    "startup",
    "start-up",
    "manufacturer",
    "contractor",
    "carrier",
    "company",
    "corporation",
    "operator",
)
OFFICE_NOUNS = ("regulator", "watchdog", "bureau", "authority", "department", "ministry")
PUBLIC_CLASSES = ("Country", "GovernmentBody", "SpaceAgency", "InternationalOrganization", "InternationalOrgan",
                  "MilitaryOrganization", "MediaOutlet")  # fmt: skip


def _named_by_noun(view: SentenceView, noun: str, history: list[Found], before: int) -> Found | None:
    """The nearest earlier mention whose name ends in ``noun`` ('the institute' after the Korea
    Aerospace Research Institute); a delegation or an embassy is its country's."""
    if noun in COUNTRY_NOUNS:
        return antecedent(view.linker, ("Country",), history, before)
    for mention in reversed(history):
        if mention.end > before or mention.rule == "anaphor" or not view.is_(mention, "Agent"):
            continue
        entity = view.linker.entities.get(mention.entity)
        names = [view.text[mention.start : mention.end], mention.label]
        names += [entity.label, *entity.aliases] if entity is not None else []
        # the last word, or the word before 'of' in a head-first name ('the court': the Federal Court of Example)
        if any(noun in (name.lower().split()[-1], _head_before_of(name)) for name in names if name.split()):
            return mention
    return None


def _body_by_kind(view: SentenceView, noun: str, history: list[Found], before: int) -> Found | None:
    """'The firm said' for the nearest company named before (an organization of no public class),
    'the regulator said' for the nearest government body; None for other nouns or none found."""
    if noun not in COMPANY_NOUNS + OFFICE_NOUNS:
        return None
    for mention in reversed(history[-OWN_REACH:]):
        if mention.end > before or mention.rule == "anaphor":
            continue
        if noun in OFFICE_NOUNS and view.is_(mention, "GovernmentBody") and not view.is_(mention, "SpaceAgency"):
            return mention
        if (
            noun in COMPANY_NOUNS
            and view.is_(mention, "Organization")
            and not any(view.is_(mention, c) for c in PUBLIC_CLASSES)
        ):
            return mention
    return None


OWN_REACH = 40  # how many earlier mentions 'the firm', 'the regulator' look back through


POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def _head_before_of(name: str) -> str:
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else ""


def _salient(view: SentenceView, nearest: Found, history: list[Found], before: int) -> Found:
    """'The agency said' in a text about one agency: the one of the nearest's classes the text has named
    most often (at least twice as often as the nearest), else the nearest."""
    counts: dict[str, int] = {}
    first: dict[str, Found] = {}
    classes = [c for c in ("SpaceAgency", "GovernmentBody", "Country", "Organization") if view.is_(nearest, c)][:1]
    # 'the agency' read as an anaphor already: its antecedent is the last mention of the same entity.
    named = next((m for m in reversed(history) if m.end <= nearest.start and m.rule != "anaphor"
                  and m.entity == nearest.entity), nearest) if nearest.rule == "anaphor" else nearest  # fmt: skip
    if classes and POSSESSIVE_AFTER.match(view.text, named.end):
        # '… while NASA's network helped to track it. … the agency said': a possessor qualifies
        # another noun; the agency the text is about is the nearest one named on its own.
        for mention in reversed(history):
            if (mention.end <= named.start and mention.rule != "anaphor" and view.is_(mention, classes[0])
                    and not POSSESSIVE_AFTER.match(view.text, mention.end)):  # fmt: skip
                nearest = mention
                break
    for mention in history:
        if mention.end <= before and mention.rule != "anaphor" and classes and view.is_(mention, classes[0]):
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
            first.setdefault(mention.entity, mention)
    best = max(counts, key=lambda e: counts[e], default=nearest.entity)
    return first[best] if counts.get(best, 0) >= 2 * counts.get(nearest.entity, 1) + 1 else nearest


# What may stand before a sentence's subject: 'On Monday, ', 'In 2020 ', 'The ', 'Meanwhile, '.
SUBJECT_OPENING = re.compile(
    r"\s*(?:(?:On|In|At|By|After|Before|Last|This|Earlier|Later|Meanwhile|Since|Then|Also)\b[^,.;:]{0,40},?\s+)?"
    r"(?:the\s+|The\s+)?"
)


# An adverbial that opens a sentence, up to its comma: 'On the same day as the X flight, ', 'After Russia's test, '.
FRONTED_ADVERBIAL = re.compile(
    r"\s*(?:On|In|At|By|After|Before|During|Following|Since|Despite|Unlike|Amid|Within|Shortly|Soon|Earlier|Later|"
    r"Hours|Days|Weeks|Months|Years|Two|Three|Four|Five|Ten)\b[^.;:,]{0,120},\s+"
)
THE_ONLY = re.compile(r"\s*(?:the\s+|The\s+)?")


def _previous_subject(view: SentenceView, history: list[Found], classes: tuple[str, ...]) -> list[Found]:
    """The subject of the sentence before (its coordinated names: 'Russia and China signed …'), when it opens
    that sentence and is of one of ``classes``; else []."""
    floor = max(0, view.start - 400)
    ends = [m.end() for m in SENTENCE_END.finditer(view.text, floor, view.start) if m.end() < view.start]
    if not ends and floor > 0:
        return []
    low = ends[-1] if ends else 0
    inside = [m for m in history if low <= m.start < view.start and m.end <= view.start]
    fronted = FRONTED_ADVERBIAL.match(view.text, low, view.start)
    after = [m for m in inside if fronted is not None and m.start >= fronted.end()]
    if fronted is not None and after and THE_ONLY.fullmatch(view.text, fronted.end(), after[0].start):
        # 'On the same day as the Blue Origin flight, the FAA narrowed …': the names of an opening adverbial,
        # up to its comma, are not the subject; the name after the comma is.
        inside = after
    elif not inside or not SUBJECT_OPENING.fullmatch(view.text, low, inside[0].start):
        return []
    first = inside[0]
    if (not any(view.linker.is_(first, c) for c in classes) or view.linker.is_(first, "Person")
            or not view.linker.is_(first, "Agent")):  # fmt: skip
        return []
    if POSSESSIVE_AFTER.match(view.text, first.end):
        return []  # 'NASA's network tracked it': a possessor is no subject
    return [m for m in view.group([m for m in inside if m.start < first.start + 120], False)]


# A sentence about a body named by its kind: 'Later in 2023 the commission was renamed …', 'The agency has …'.
BODY_OPENING = re.compile(
    r"\s*(?:(?:In|On|At|By|During|Last|This|Earlier|Later|Meanwhile|Then|Since|Now|Today)\b[^,;:.]{0,30}?,?\s+)?"
    r"(?:the|The)\s+(?:[a-z-]+\s+)?(institute|centre|center|group|consortium|alliance|office|laboratory|foundation|"
    r"corporation|company|operator|commission|council|committee|ministry|agency|administration|organi[sz]ation|"
    r"service|firm|start-?up|regulator|bureau|authority|department)\b(?!['’])"
)


VENUE_BEFORE = re.compile(r"\b(?:at|At)\s+(?:the\s+)?$")


def _body_in_focus(view: SentenceView, history: list[Found]) -> Found | None:
    """The body (not a country, not a person) the sentence before opens with: named ('The Saudi Space
    Commission was set up in 2018.') or by its kind ('Later the commission was renamed …'); None otherwise."""
    floor = max(0, view.start - 400)
    ends = [m.end() for m in SENTENCE_END.finditer(view.text, floor, view.start) if m.end() < view.start]
    if not ends and floor > 0:
        return None
    low = ends[-1] if ends else 0
    kind = BODY_OPENING.match(view.text, low, view.start)
    if kind is not None:
        at = kind.start(1)
        target = _named_by_noun(view, kind.group(1), history, at) or _body_by_kind(view, kind.group(1), history, at)
        return None if target is None or view.is_(target, "Country") or view.is_(target, "Person") else target
    named = _previous_subject(view, history, ("Organization",))
    return named[0] if named and not view.is_(named[0], "Country") else None


def _subject_phrase(head: str, clause_start: int, end: int) -> int:
    """Where the subject phrase of a speech verb starts: after the last comma of
    its clause ('Russia will not join, Jane Doe said'), the apposition before the
    verb left out ('Jane Doe, the head of X, said')."""
    stop = len(head[:end].rstrip(" ,"))
    comma = head.rfind(",", clause_start, stop)
    return comma + 1 if comma >= 0 else clause_start


WHICH = re.compile(r"\bwhich\b")
SOURCE_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;:.]*")


def _attributed(fact: dict[str, Any], low: int, high: int, own: int, sources: set[str]) -> bool:
    """Whether a fact stated after an attribution phrase (``low``-``high``) has a party named only
    there: its subject inside it, or its object a name the sentence gives only there."""
    if "cue" not in fact or low <= fact["cue"][0] < own:
        return False
    return low <= fact.get("at", (-1, -1))[0] < high or fact["object"] in sources


ATTRIBUTION_STOP = re.compile(r"[,;:.]|\s[–—]\s")
# ', which Brazil and Chile had signed in 1967', ', who has run the agency since 2019': a relative clause set off
# by a comma, with its own verb in the past or present and no modal, adds the writer's background to a name inside
# reported words; its relation is the writer's fact, as an apposition's is (not part of what is reported).
BACKGROUND_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?P<words>[^,;:“”\"()]*)$")
BACKGROUND_MODAL = re.compile(
    r"\b(?:would|will|could|can|may|might|should|must|shall|wants?|plans?|hopes?|intends?|expects?|to|not|never|no)\b|"
    r"n['’]t\b",
    re.IGNORECASE,
)


# 'A Vega rocket operated by X lifted off …, the company said': a participle with its agent right after a noun
# (no auxiliary before it) describes the name as a relative clause would: the writer's background (speakers25).
PARTICIPLE_AGENT = re.compile(
    r"\s*(?:[a-z][\w-]*\s+)?(?P<verb>[a-z]+ed|built|made|run|led|flown|owned|drawn|written)\s+by\s"
)  # (a rule's cue may open with the noun: ' rocket operated by ')
AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|to|not|and|or|but|that|which|who)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def participle_background(text: str, start: int, cue: int) -> bool:
    """Whether ``cue`` is a participle with its agent right after a noun ('a rocket operated by X'), no auxiliary
    before it, outside quotation marks (the sentence opening at ``start``)."""
    participle = PARTICIPLE_AGENT.match(text, cue)
    if participle is None:
        return False
    before = text[start : participle.start("verb")]
    if not re.search(r"[A-Za-z0-9]\s+$", before):
        return False
    if AUXILIARY_BEFORE.search(before):
        return False
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


def background(text: str, start: int, cue: int) -> bool:
    """Whether ``cue`` is the verb of a non-restrictive relative clause opened after ``start`` (a sentence's start),
    or a participle with its agent right after a noun, outside quotation marks: the writer's background inside
    someone's reported words."""
    before = text[start:cue]
    if participle_background(text, start, cue):
        return True
    found = BACKGROUND_RELATIVE.search(before)
    if found is None or BACKGROUND_MODAL.search(found.group("words")):
        return False
    # (inside a quotation the words are the speaker's own)
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


# Between a body and the person of a participle phrase on it: ', chaired by ', ', led by former senator '.
BY_PHRASE_GAP = re.compile(r"\s*,\s*[a-z]+\s+(?:by|under)\s+(?:[\w.’'-]+\s+){0,3}?")
# An apposition right before a relative clause: 'X, the state news agency, which …' (up to the relative's comma).
APPOSITION_END = re.compile(r",\s*(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]*\s*$")
RELATIVE_SPEAKER = re.compile(
    r",\s*(?:who|which)\s+(?:(?:has|had|have|also|then|later|once|again|both|all|each|long|since)\s+)*$"
)
ACCORDING_TO_BEFORE = re.compile(ACCORDING_TO.pattern + r"\s+(?:the\s+)?$", re.IGNORECASE)
# The end of an attribution inside the clause it reports: 'India, NASA said on Monday, will join'.
ATTRIBUTION_END = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier|later|yesterday|today|recently|also|again|then)\b[^,;:“”\"]{0,30})?\s*,"
)
# '"India," Jane Example said': a quotation's first part closing with a comma right before the speaker.
SPLIT_QUOTE = re.compile(r",\s*[”\"]\s*$")
ADJECTIVE_NOUN_SUBJECT = re.compile(
    r"(?:^|\s)(?:the|The|its|Its)\s+(?:[A-Z][a-z]+|[A-Z]{2,3})\s+(?:(?!(?:and|or|of)\s)[a-z]+\s+){0,2}"
    r"(agency|company|firm|corporation|administration|operator|institute)\s*"
    r"(?:(?:has|had|also|then|later|again)\s+)*$"
)
# A relative clause between a subject and its verb that holds commas of its own (a list, a second
# apposition): from its opening ', which' to the comma before the verb.
RELATIVE_WITH_COMMAS = re.compile(
    r",\s*(?:which|who|whose|whom)\b[^;:“”\"]{0,200}?,\s*(?:(?:has|have|had|also|then|later|again|jointly)\s+)*$"
)
WE_THE = re.compile(r"\s*We,\s+(?:the\s+)?[^,;:]{1,80},\s*$")
REPLY = re.compile(r"(?:replied|replies|answered|answers|responded|responds|retorted|countered)\b")
ASKED = re.compile(
    r"\b(?:asked|asks|pressed|presses|questioned|questions|grilled|grills|quizzed|challenged|challenges)\s+(?:the\s+)?$"
)


def _asked_person(view: SentenceView, history: list[Found], before: int) -> Found | None:
    """The person asked in the sentence before ('X pressed John Roe on …'), or None."""
    low = max(0, before - 400)
    ends = list(SENTENCE_END.finditer(view.text, low, before))
    floor = ends[-2].end() if len(ends) >= 2 else low
    for mention in reversed(history):
        if mention.end > before or mention.start < floor:
            continue
        if view.is_(mention, "Person") and ASKED.search(view.text, max(floor, mention.start - 20), mention.start):
            return mention
    return None


# A plural subject and examples of it between commas, right before the verb: 'Critics, among them Jane Doe, say',
# 'Several states, including A and B, warned'.
# Holders of a view named by what their view is about: 'Critics of NASA', 'Opponents of the treaty', 'supporters of
# the ILRS' (the name is no speaker).
OPINION_HOLDERS_OF = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?:(?:[Ss]ome|[Mm]any|[Oo]ther|[Mm]ost|[Tt]he|[Ll]eading|[Ll]ongtime)\s+)?"
    r"(?:[Cc]ritics|[Oo]pponents|[Dd]etractors|[Ss]ceptics|[Ss]keptics|[Ss]upporters|[Bb]ackers|[Pp]roponents|"
    r"[Aa]dvocates|[Ff]ans|[Aa]dmirers|[Rr]ivals)\s+of\s+(?:the\s+)?[^,;:“”\"]{1,60}?\s*$"
)
EXAMPLES_OF_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and|but)\s+)(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Mm]ost|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Aa]\s+few|[Tt]he)\s+)?(?:[a-z-]+\s+)?[A-Za-z-]+s"
    # ('Critics of NASA, including Jane Doe, say': what the plural is of; lead22)
    r"(?:\s+(?:of|in|at|within)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
    r",\s+(?:among\s+them|including|such\s+as|notably)\s+"
    r"(?P<names>[^,;:“”\"]{3,120}?),\s*(?:(?:have|had|also|all|both|then|now)\s+)*$"
)


# An object relative clause right before a speech verb ('the test that Washington announced', 'the pledge
# which Japan had made'), and a verb followed only by a time, a place or the clause's end: nothing is reported.
OBJECT_RELATIVE = re.compile(
    r"\b[a-z]+,?\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*(?:\s+(?:has|had|have|also|"
    r"first|then|later|once))*\s*$"
)
NOTHING_REPORTED = re.compile(
    r"\s*(?:(?:in|on|at|during|last|this|earlier|since|before|after|for)\s+(?:(?!(?:that|would|will|could|was|were|is|are|had|has)\b)[^,;:“”\"]){0,40}?)?"
    r"(?:[,;.)]|$)"
)
# A text named by its noun: 'the strategy', 'the report', 'the law' (what 'it' stands for after a sentence about it).
TEXT_NOUN = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:strategy|document|text|report|law|act|bill|treaty|resolution|"
    r"declaration|directive|regulation|policy|paper|plan|charter|convention|guidelines|study)\b(?!['’])"
)


def _text_in_focus(view: SentenceView, history: list[Found]) -> bool:
    """Whether the sentence before names a text by its noun and no agent ('What the strategy does. It asks …'):
    then 'it' opening this sentence is the text."""
    ends = list(SENTENCE_END.finditer(view.text, max(0, view.start - 300), view.start))
    if not ends:
        return False
    opening = ends[-2].end() if len(ends) >= 2 else max(0, view.start - 300)
    before = view.text[opening : ends[-1].start()]
    if not TEXT_NOUN.search(before):
        return False
    return not any(opening <= m.start < view.start and m.rule != "anaphor" for m in history[-20:])


# Assent withheld is opposition: 'the ITU never recognised it', 'Moscow has not accepted the offer'.
WITHHELD_ASSENT = re.compile(
    r"(?<=\s)(?:never|not|n['’]t)\s+(?:(?:yet|formally|officially|publicly)\s+)?(?:recogni[sz](?:e|es|ed)|"
    r"accept(?:s|ed)?(?=\s+(?:it|them|the\s+(?:[a-z-]+\s+)?(?:offer|proposal|plan|claim|invitation|demand|terms|"
    r"deal|draft|text|declaration|resolution|treaty|accords?)\b)))(?=\s+(?:it|them|the|its|[A-Z]))"
)
WITHHELD_ASSENT = lead(WITHHELD_ASSENT)  # the same matches, found faster (literals.lead)


def _also_did(view: SentenceView, after: int) -> list[Found]:
    """The agents of '…, as did A and B' / '…, and so did A' after sentence offset ``after`` (named right after
    'did'; not 'as did most members of X', whose speakers are not named)."""
    found: list[Found] = []
    for also in scan(SO_DID, view.sentence) if " did " in view.sentence else ():
        if also.start() < after:
            continue
        limit = view.start + view.clause_end(also.end())
        others = view.group([m for m in view.after(also.end()) if m.start < limit and view.is_(m, "Agent")], False)
        if others and others[0].start == view.start + also.end():
            found += others
    return found


# A subject noun phrase made of a name and an apposition after it, up to the verb (its relative clause left out
# before): 'Jane Doe, the Commission's member for X', 'When Example, the drones' maker' (a subordinate clause's
# subject too: 'When X said …, Y did …', 'as X put it').
APPOSED_SUBJECT = re.compile(
    r"\s*(?:(?:[Ww]hen|[Aa]fter|[Aa]s|[Oo]nce|[Bb]ecause|[Ss]ince|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]efore|[Uu]ntil|"
    r"[Ii]f|[Ee]ven\s+though)\s+)?(?P<np>[^,;:“”\"()]{2,80}?)\s*,\s*(?:(?:the|a|an|its|his|her|their|one\s+of)\s|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s?\s)[^;:“”\"()]*?\s*,?\s*(?:(?:has|had|have|also|then|later|again|"
    r"once)\s+)*"
)
LISTED_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*(?:the\s+)?")
# What follows a person's name inside a subject phrase before its apposition: 'of Ohio', 'from the agency'.
PERSON_OF = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;:]*$")
# Words that open a clause or an adverbial, not a subject's title: 'In Moscow, Jane Doe said'.
NOT_TITLE_WORD = re.compile(
    r"(?:In|On|At|By|For|From|With|To|Of|After|Before|During|Since|Under|Last|This|That|These|Earlier|Later|"
    r"Meanwhile|However|Today|Yesterday|Then|Now|But|And|Also|Still|Yet|So|Thus|Like|Unlike|Despite|Asked|Speaking)"
)


OF_GAP = re.compile(r"\s+of\s+")


def _apposed_head(view: SentenceView, head: str, clause_start: int, end: int) -> Found | None:
    """The name heading a subject 'NAME, APPOSITION' that ends at ``end`` (sentence offsets), or None: the
    name, after titles only, is the whole phrase before the apposition's comma."""
    found = APPOSED_SUBJECT.fullmatch(head, clause_start, len(head[:end].rstrip(" ,")))
    if found is None:
        return None
    low, high = view.start + found.start("np"), view.start + found.end("np")
    # 'Senator Jane Doe of Ohio, the committee's ranking Republican, who …, warned': a person named with where
    # they come from or work heads the subject, not the place or body after 'of' (speakers23)
    named = [m for m in view.mentions if low <= m.start and m.end < high and view.is_(m, "Person")
             and PERSON_OF.match(view.text, m.end, high)][:1]  # fmt: skip
    named = named or [m for m in view.mentions if m.end == high and low <= m.start and view.is_(m, "Agent")]
    if not named:
        # 'Senator Jane Doe of Ohio, the panel's ranking member, who …, warned': a person and the place they are
        # from (a state, a town) head the subject; the person speaks (precision23)
        place = next((m for m in view.mentions if m.end == high and low <= m.start and view.is_(m, "Place")), None)
        named = [m for m in view.mentions if place is not None and low <= m.start and view.is_(m, "Person")
                 and OF_GAP.fullmatch(view.text, m.end, place.start)]  # fmt: skip
        if not named:
            return None
    name = min(named, key=lambda m: m.start)  # the longest name ending there
    titles = view.text[low : name.start].split()
    if any(not w[:1].isupper() or NOT_TITLE_WORD.fullmatch(w) for w in titles):
        return None  # 'Russia will not join, Jane Doe said' is no apposition; 'In Moscow, …' no title
    inside = [m for m in view.mentions if high < m.start < view.start + end and view.is_(m, "Agent")]
    if any(LISTED_NEXT.fullmatch(view.text, a.end, b.start) for a, b in itertools.pairwise(inside)):
        return None  # 'The ROK, the US and Japan called for …': a list of subjects, not an apposition
    people = [m for m in inside if view.is_(m, "Person")]
    if people and not view.is_(name, "Person"):
        return None  # 'NASA, its head Jane Doe, said': the person in the apposition speaks (the other rules)
    return name


def speaker_before(
    view: SentenceView,
    verb: int,
    history: list[Found],
    phrase: bool = True,
    previous: Found | None = None,
    speaking: Found | None = None,
) -> tuple[Found | None, int]:
    """The subject of a speech verb at ``verb`` (sentence offset): the phrase
    that ends right before it in its clause (after its last comma when
    ``phrase``); and where that phrase starts. ``previous`` is who spoke
    just before, with no other agent named since ('The leaders agreed … They
    said …', '…, the statement added')."""
    sentence = view.sentence
    head = sentence[:verb]
    examples = EXAMPLES_OF_SUBJECT.search(head) if "," in head else None
    if examples is not None:
        # 'Critics, among them the astronomer Jane Doe, say …': the people named as examples of the subject speak
        exemplars = [m for m in view.mentions if view.start + examples.start("names") <= m.start
                     and m.end <= view.start + examples.end("names") and view.is_(m, "Agent")]  # fmt: skip
        exemplary = [m for m in exemplars if view.is_(m, "Person")]
        if exemplary or exemplars:
            return (exemplary or exemplars)[-1], examples.start()
    if OPINION_HOLDERS_OF.search(head):
        return None, verb  # 'Critics of NASA say …': people no one names, not NASA (lead22)
    trailing = TRAILING_OWN_VOICE.search(head) if "," in head else None
    if trailing is not None:
        # 'NASA will not join X, its administrator said', 'India will sign it, its spokesman said': an unnamed
        # voice of the body or country that opens the sentence speaks for it, not for the name nearest 'its'
        # (speakers23)
        opening = [m for m in view.mentions if m.start < view.start + trailing.start() and view.is_(m, "Agent")]
        first = opening[0] if opening else None
        if (first is not None and not view.is_(first, "Person")
                and SENTENCE_OPENING.fullmatch(view.text, view.start, first.start)):  # fmt: skip
            return first, trailing.start() + 1
    authored = AUTHORED_WORDS.match(head)
    if authored is not None:
        # 'The statement, signed by Jane Doe, said …', 'The letter, sent by A and B, said': the words are their
        # authors', a person first (speakers23)
        authors = [m for m in view.mentions if view.start + authored.start("by") <= m.start
                   and m.end <= view.start + authored.end("by") and view.is_(m, "Agent")]  # fmt: skip
        people = [m for m in authors if view.is_(m, "Person")]
        if people or authors:
            return (people or authors)[0], authored.start("by")
    if previous is not None and STATEMENT_SUBJECT.search(head):
        return previous, STATEMENT_SUBJECT.search(head).start()  # type: ignore[union-attr]
    # 'Much of China's programme, he said, was …': a pronoun right before the verb is its subject.
    pronoun = PRONOUN_SUBJECT.search(head)
    if pronoun and previous is not None and pronoun.group(1).lower() == "they" and not view.is_(previous, "Person"):
        return previous, pronoun.start()  # 'In their joint statement, the leaders agreed … They said …'
    if pronoun:
        at = view.start + pronoun.start()
        if pronoun.group(1).lower() in ("he", "she") and REPLY.match(sentence, verb):
            # 'Jane Doe pressed John Roe on the cost. He replied that …': who was asked answers.
            asked = _asked_person(view, history, at)
            if asked is not None:
                return asked, pronoun.start()
        if (
            pronoun.group(1).lower() in ("he", "she")
            and speaking is not None
            and _gender(view, speaking.entity, history) in ("", {"he": "m", "she": "f"}[pronoun.group(1).lower()])
        ):
            # 'The Chair said that … He added that …': the person speaking goes on, when no one else was named.
            return speaking, pronoun.start()
        if pronoun.group(1).lower() in ("he", "she"):
            person = _speaking_person(view, history, at, pronoun.group(1))
            if person is not None:
                return person, pronoun.start()
        # 'Together with Russia it has called for …': a name after 'with' in the clause is not what 'it' is.
        others = {
            id(m) for m in view.mentions if CO_AGENT_BEFORE.search(view.text, max(view.start, m.start - 20), m.start)
        }
        # '… the Station, which it says is open': 'it' in a relative clause is not the noun the clause is about.
        relative = RELATIVE_PRONOUN_BEFORE.search(head, 0, pronoun.start())
        if relative:
            others |= {id(m) for m in view.mentions if m.end == view.start + relative.start()}
        adverbial = ADVERBIAL_PRONOUN.match(head)
        if adverbial is not None and adverbial.end() == pronoun.start():
            # 'In the CD it rejected the draft': a name inside the opening adverbial is not what 'it' is
            others |= {id(m) for m in view.mentions if view.start <= m.start < at}
        word = pronoun.group(1).lower()
        salience = view.salience if isinstance(view, SentenceView) else None
        if word == "it" and pronoun.start() == 0 and _text_in_focus(view, history):
            return None, pronoun.start()  # 'What the strategy does. It asks …': a document is no speaker
        if word == "it" and pronoun.start() == 0 and salience is not None:
            # 'After talks between A and B, the Council adopted X. It condemned …': the salient body
            target = salience.referent(word, at, exclude=frozenset(m.entity for m in view.mentions if id(m) in others),
                                       speech=True)  # fmt: skip
            if target is not None and view.is_(target, "Country"):
                # 'Later the commission was renamed the X Agency. It has said …': the body the sentence before
                # is about, not the country that owns it (the country is often the text's most salient name).
                target = _body_in_focus(view, history) or target
            if target is not None:
                # ('It asks the High Representative to …' after a strategy: 'it' is no person, a text no speaker)
                return (None if view.is_(target, "Person") else target), pronoun.start()
        if word in ("it", "they") and pronoun.start() == 0:
            # 'NASA signed a contract with SpaceX. It said …': the subject of the sentence before, not its object.
            subject = _previous_subject(view, history, PRONOUN_CLASSES[word])
            if subject:
                return subject[-1] if word == "they" else subject[0], pronoun.start()
        target = resolve(view.linker, pronoun.group(1), [m for m in history if id(m) not in others], at)
        if salience is not None:
            # 'After talks between A and B, the Council adopted X. It condemned …': the salient body
            target = salience.referent(word, at, exclude=frozenset(m.entity for m in view.mentions if id(m) in others),
                                       speech=True) or target  # fmt: skip
        if target is not None:
            return (None if word == "it" and view.is_(target, "Person") else target), pronoun.start()
    breaks = [m.end() for m in SUBJECT_BREAK.finditer(head)]
    # 'He said the United States welcomed …': the words an earlier speech verb reports are a clause of their own.
    breaks += [
        m.end()
        for m in SPEECH_VERB.finditer(head)
        if not PARTICIPLE.match(m.group(0))
        and not RELATIVE_PRONOUN_BEFORE.search(head, 0, m.start())
        and not PASSIVE_BEFORE.search(head[: m.start()].rstrip())
    ]  # 'X, who asked …, said': X; 'X, who was praised by Japan, said': X
    # '… Subcommittee on Commerce, Justice, Science, and Related Agencies said': no break inside a name.
    breaks = [b for b in breaks if not any(m.start < view.start + b < m.end for m in view.mentions)]
    clause_start = max(breaks) if breaks else 0
    topic = TOPIC_HEAD.match(head, clause_start) is not None  # 'Your report on X and Y called it …'
    # 'Jane Doe, the head of the Agency, said', 'Jane Doe, who met John Roe, said': the apposition
    # or relative clause between the subject and the verb is left out, also of the clause's length
    # ('X, a senator from Y, where Z manages the W rockets, said': X is not cut off).
    end = skip_parenthesis(sentence, verb)
    # (a relative clause right before the verb does not count in that length: 'China and Russia, which
    # tabled the draft Treaty on … in 2008 and revised it in 2014, urged …' keeps its subject)
    trailing = RELATIVE_WITH_COMMAS.search(head, clause_start) if end == verb else None
    core_end = trailing.start() if trailing is not None else end
    clause = head[clause_start:core_end]
    if len(clause.split()) > 14:
        clause_start = core_end - len(" ".join(clause.split()[-14:])) - 1
    if end == verb and (relative := RELATIVE_WITH_COMMAS.search(head, clause_start)) is not None:
        end = relative.start()  # 'A, which had bid with B, C and D, protested': a relative clause holding a list
    subject_start = _subject_phrase(head, clause_start, end) if phrase else clause_start
    if subject_start > clause_start and ADVERBS_ONLY.fullmatch(head[subject_start:end].rstrip(" ,")):
        # 'Russia, which is not a member, has long accused …': the subject is before the relative clause.
        end = skip_parenthesis(sentence, subject_start)
        subject_start = _subject_phrase(head, clause_start, end)
    relative = RELATIVE_SPEAKER.search(head, clause_start)
    if relative is not None:
        # '… was shared by John Roe, who said …': a relative pronoun's speaker is the name the clause hangs on.
        antecedents = [m for m in view.mentions if m.end == view.start + relative.start() and view.is_(m, "Agent")]
        apposed = APPOSITION_END.search(view.text, view.start, view.start + relative.start())
        if not antecedents and apposed is not None:
            # 'announced by KCNA, the state news agency, which said …': the relative hangs on the name the
            # apposition describes.
            antecedents = [m for m in view.mentions if m.end == apposed.start() and view.is_(m, "Agent")]
        if antecedents and view.is_(antecedents[-1], "Person") and WHICH.search(relative.group(0)):
            # 'the X Committee, chaired by Jane Example, which reported …': 'which' is no person; it is the
            # body the participle phrase describes.
            person = antecedents[-1]
            antecedents = [m for m in view.mentions if m.end <= person.start and view.is_(m, "Agent")
                           and not view.is_(m, "Person")
                           and BY_PHRASE_GAP.fullmatch(view.text, m.end, person.start)][-1:]  # fmt: skip
        if antecedents:
            return antecedents[-1], antecedents[-1].start - view.start
    head_name = _apposed_head(view, head, clause_start, end) if subject_start > clause_start else None
    if head_name is not None:
        # 'Jane Doe, the Commission's member for X, who …, said', 'When Example, the drones' maker, said':
        # the name an apposition describes heads the subject, not a body named inside the apposition.
        return head_name, head_name.start - view.start
    if UNNAMED_PERSON.match(head, subject_start) or UNNAMED_GROUP.match(head, subject_start):
        return None, subject_start  # 'His counterpart at NASA said', 'Several members said': described, not named
    in_phrase = [m for m in view.mentions if m.start >= view.start + subject_start and m.end <= view.start + end]
    if topic or TOPIC_HEAD.match(head, subject_start):
        # 'Your report on the deal between X and Y called it a first': the subject is the report, and
        # the names of what it is about do not speak.
        in_phrase = [m for m in in_phrase if not TOPIC_BEFORE.search(view.text, max(view.start, m.start - 60), m.start)]
    if subject_start > clause_start and not any(view.is_(m, "Agent") for m in in_phrase):
        # 'The Subcommittee on Commerce, Justice, and Science, chaired by X, had warned': a name with commas.
        stop = view.start + len(head[:end].rstrip(" ,"))
        across = [m for m in view.mentions
                  if m.start < view.start + subject_start < m.end == stop and view.is_(m, "Agent")]  # fmt: skip
        if across:
            return across[-1], across[-1].start - view.start
    words = head[subject_start:end].rstrip(" ,")
    bodies = [m for m in in_phrase if view.is_(m, "Agent") and not _nested(m, in_phrase)]
    if bodies and not view.is_(bodies[0], "Person") and UNNAMED_VOICE.search(view.text, view.start + subject_start,
                                                                             bodies[0].start):  # fmt: skip
        return bodies[0], subject_start  # 'a spokesman of the Ministry of X said': the body speaks
    if not any(view.is_(m, "Person") for m in in_phrase) and (sent := VOICE_SENT_TO.search(words)):
        # 'Russia's ambassador to the United Nations said', 'The Russian delegation to COPUOS said': the envoy
        # speaks for the state that sent it, not for the body it is sent to.
        senders = [m for m in in_phrase if m.end <= view.start + subject_start + sent.start() and view.is_(m, "Agent")
                   and (POSSESSIVE_AFTER.match(view.text, m.end)
                        or (view.is_(m, "Country") and view.linker.nationality(view.text[m.start : m.end])))]  # fmt: skip
        if senders:
            return senders[0], subject_start
    if not any(view.is_(m, "Person") for m in in_phrase) and (voice := VOICE_TAIL.search(words)):
        owners = [m for m in in_phrase if view.is_(m, "Agent") and POSSESSIVE_AFTER.match(view.text, m.end)]
        if owners and voice.group(1) is None:
            return owners[0], subject_start  # 'Russia's UN envoy said': the envoy speaks for Russia
        if voice.group(1) is not None and ROLE_HEAD.search(words):
            owner = _unnamed_role_owner(view, words, history, view.start + subject_start)
            if owner is not None:
                return owner, subject_start  # 'Japan's science minister … The minister said': Japan's voice
            # 'The agency chief said', 'Its chief said': a role named alone is the person last named, or the
            # one the text gave that role ('X, NASA's administrator, met Y, Japan's minister. The administrator
            # said': X; speakers23)
            person = _role_holder(view, voice.group(1), history, view.start + subject_start) or antecedent(
                view.linker, ("Person",), history, view.start + subject_start
            )
            if person is not None:
                return person, subject_start
    if (
        subject_start > clause_start
        and not any(view.is_(m, "Person") for m in in_phrase)
        and ROLE.search(head[subject_start:end].lower())
    ):
        # 'Jane Doe, NASA administrator, said': the role's person is before the comma.
        before_comma = [m for m in view.mentions if m.end == view.start + subject_start - 1]
        if before_comma and view.is_(before_comma[0], "Person"):
            return before_comma[0], clause_start
    adjective = ADJECTIVE_NOUN_SUBJECT.search(head, clause_start)
    if adjective and subject_start > clause_start and adjective.start() + 1 >= subject_start:
        # '…, the Canadian agency said': the agency of the country the adjective names, not the country.
        target = _adjective_body(view, adjective, history)
        if target is not None:
            return target, adjective.start()
    if subject_start > clause_start and in_phrase:
        # 'Russia will not join the Gateway, Jane Doe said': the phrase after the comma speaks.
        found = _best(view, in_phrase, last_person=True)
        if found is not None:
            return _salient(view, found, history, found.start) if found.rule == "anaphor" else found, subject_start
    in_clause = [m for m in view.mentions if m.start >= view.start + clause_start and m.end <= view.start + end]
    adjective = ADJECTIVE_NOUN_SUBJECT.search(head, clause_start)
    if adjective and any(m.end == view.start + adjective.end(1) for m in in_clause):
        adjective = None  # 'The Example administration said': a name of its own (speakers22), no adjective's body
    if adjective and all(view.start + adjective.start() <= m.start for m in in_clause):
        # 'The Russian agency said': the noun speaks, not the country its adjective names.
        target = resolve(view.linker, "the " + adjective.group(1), history, view.start + adjective.start())
        target = _adjective_body(view, adjective, history) or target
        if target is not None and not any(target.entity == m.entity for m in in_clause):
            return _salient(view, target, history, view.start + adjective.start()), adjective.start()
    if WE_THE.match(head, clause_start):
        # 'We, the leaders of NATO, reaffirm …': the body the first person plural names.
        found = _best(view, [m for m in view.mentions if view.start <= m.start and m.end <= view.start + verb
                             and not view.is_(m, "Person")])  # fmt: skip
        if found is not None:
            return found, clause_start
    # 'Jane Doe met John Roe in Tokyo and said …': the object of a verb does not speak.
    subjects = [
        m for m in in_clause if not VERB_OBJECT_BEFORE.search(view.text, max(view.start, m.start - 20), m.start)
    ]
    in_clause = subjects if any(view.is_(m, "Agent") for m in subjects) else in_clause
    if topic:
        in_clause = [m for m in in_clause if not TOPIC_BEFORE.search(view.text, max(view.start, m.start - 60), m.start)]
    found = None if subject_start > clause_start else _best(view, in_clause, last_person=True)
    if found is not None and found.rule == "anaphor" and clause_start == 0 and found.start == view.start:
        # 'ESA worked with NASA on the probe. The agency said …': the subject of the sentence before, not its object.
        definite = DEFINITE_NOUN.match(view.text, found.start)
        subject = _previous_subject(view, history, NOUN_CLASSES[definite.group(1)]) if definite else []
        if subject and clause_start == 0:
            return subject[0], clause_start
    if found is not None:
        return _salient(view, found, history, found.start) if found.rule == "anaphor" else found, clause_start
    noun = SPEECH_NOUN_SUBJECT.search(head)
    if noun:
        words = noun.group(0).split(",")[0].split("'")[0].split("’")[0].strip()
        definite = DEFINITE_NOUN.fullmatch(words)
        if definite and noun.start() == 0 and not re.search(r"['’]", noun.group(0)):
            # 'ESA worked with NASA on the probe. The agency said …': the subject of the sentence before.
            subject = _previous_subject(view, history, NOUN_CLASSES[definite.group(1)])
            if subject:
                return subject[0], noun.start()
        target = resolve(view.linker, words, history, view.start + noun.start())
        if definite and definite.group(1) == "government" and view.salience is not None:
            # 'A: The government has said …' after '… flown on American, Indian and Chinese rockets': the
            # country the text is about, not the nearest adjective of one (speakers23)
            target = view.salience.described(NOUN_CLASSES["government"], view.start + noun.start()) or target
        if target is not None:
            return _salient(view, target, history, view.start + noun.start()), noun.start()
    voice = POSSESSIVE_VOICE_BEFORE.search(head)
    if voice:
        owner = _voice_owner(view, voice.group(1), voice.group(2), history, view.start + voice.start())
        if owner is not None:
            return owner, voice.start()
    named = NAME_NOUN_SUBJECT.search(head)
    if named:
        target = _named_by_noun(view, named.group(1), history, view.start + named.start())
        if target is None:
            target = _body_by_kind(view, named.group(1), history, view.start + named.start())
        if target is not None:
            return target, named.start()
    # 'the minister said', 'The administrator added': a role noun stands for the person last named.
    role = ROLE_NOUN_SUBJECT.search(head)
    if role:
        owner = _unnamed_role_owner(view, role.group(0), history, view.start + role.start())
        if owner is not None:
            return owner, role.start()  # 'Japan's science minister … The minister said': Japan's voice
        holder = _role_holder(view, role.group(1), history, view.start + role.start())
        if holder is not None:
            return holder, role.start()  # 'Chair: Jane Example. … The Chair said': who holds the role
        return antecedent(view.linker, ("Person",), history, view.start + role.start()), role.start()
    # 'The physicist said', 'The 82-year-old told reporters': a person described, not named, in the subject.
    epithet = EPITHET_SUBJECT.search(head)
    if epithet:
        holder = _epithet_holder(view, epithet.group(1), history, view.start + epithet.start())
        if holder is not None:
            return holder, epithet.start()
    # 'The ministers reaffirmed …', 'Leaders agreed that …': a communiqué's members speak as their body.
    members = COLLECTIVE_SUBJECT.search(head)
    if members:
        body = antecedent(
            view.linker, ("InternationalOrganization", "InternationalOrgan"), history, view.start + members.start()
        ) or antecedent(view.linker, ("Organization",), history, view.start + members.start())
        if body is not None:
            return _salient(view, body, history, view.start + members.start()), members.start()
    return None, subject_start


def _adjective_body(view: SentenceView, adjective: re.Match[str], history: list[Found]) -> Found | None:
    """'the Canadian agency', 'the American company': the nearest body the noun describes whose name
    says the country the adjective names (:func:`~spacekg.extract.coreference.described`), not the country."""
    words = adjective.group(0).split()
    at = view.start + adjective.start()
    return described(view.linker, view.text, words[1:2], adjective.group(1), history, at)


def speaker_after(view: SentenceView, position: int, history: list[Found]) -> Found | None:
    """'…, said Jane Doe', 'according to NASA Administrator Jane Doe': the phrase right after."""
    rest = view.sentence[position:]
    if UNNAMED_SOURCE.match(rest):
        return None  # 'according to documents seen by X', 'people familiar with X': no one named speaks
    # '…, said the minister, Jane Doe': the name after the role.
    role = ROLE_THEN_NAME.match(rest)
    if role:
        position, rest = position + role.end(), rest[role.end() :]
    cut = AFTER_CUT.search(rest)
    limit = view.start + position + (cut.start() if cut else len(rest))
    following = [m for m in view.mentions if view.start + position <= m.start < limit]
    found = _best(view, following)
    if found is not None:
        return found
    phrase = re.match(r"\s*((?:the|The|this|This)\s+\w+(?:\s+\w+)?)", rest)
    if phrase:
        words = phrase.group(1).split()
        for size in (len(words), 2):
            target = resolve(view.linker, " ".join(words[:size]), history, view.start + position)
            if target is not None:
                return target
        named = NAME_NOUN_SUBJECT.search(phrase.group(1))
        if named:
            return _named_by_noun(view, named.group(1), history, view.start + position)
    # '“…,” said the minister': a role noun alone stands for the person who holds it, named before.
    role_noun = ROLE_AFTER.match(rest)
    if role_noun:
        holder = _unnamed_role_owner(view, role_noun.group(1), history, view.start + position)
        return holder or antecedent(view.linker, ("Person",), history, view.start + position)
    # 'according to its delegation', 'said his spokesman': the owner speaks through them.
    owner = POSSESSIVE_VOICE.match(rest)
    if owner:
        return _voice_owner(view, owner.group(1), owner.group(2), history, view.start + position)
    return None


# The unnamed subject of a speech verb closing its sentence: ', sources said', ', two officials told reporters',
# ', people familiar with the matter said'.
TRAILING_UNNAMED = re.compile(
    r",\s+(?:(?:an?|the|two|three|four|several|some|many|other|one|senior|unnamed|anonymous|western|[a-z]+)\s+){0,3}"
    r"(?:officials?|sources?|diplomats?|analysts?|experts?|observers?|insiders?|people(?:\s+familiar\s+with\s+"
    r"[\w\s]{2,30}?)?|reports?|aides?|critics|engineers|scientists|industry\s+executives|executives)$"
)
# A quotation that opens the sentence, then the speech verb's subject: '"India has joined X," the minister said'.
QUOTED_BEFORE_UNNAMED = re.compile(r"\s*[\"“]([^\"“”]{4,})[\"”]\s*,?\s*[^\"“”,;:]{1,60}$")
QUOTED_BEFORE_VERB = re.compile(r"\s*[\"“]([^\"“”]{4,})[\"”]\s*,?\s*$")
# What may follow the verb before the sentence ends: 'told reporters', 'said on Monday', 'said.'
SENTENCE_REST = re.compile(
    r"(?:\s+(?:on|in|at|last|this|late|earlier|told|to|reporters|the\s+\w+|\w+day)\b[^,;:.]{0,30})?\s*[.!]?\s*"
)
# Who is no one named after 'according to': 'sources', 'a blog post', 'officials', 'the report', 'state media'.
UNNAMED_ACCORDING = re.compile(
    r"\s*(?:(?:an?|the|two|three|several|some|one|unnamed|anonymous|senior|local|state|[a-z]+)\s+){0,3}"
    r"(?:officials?|sources?|diplomats?|analysts?|experts?|observers?|insiders?|people|reports?|posts?|blogs?|"
    r"media|documents?|estimates?|accounts?|rumou?rs?|press\s+reports?)\b"
)
# A source that is no one's words: 'documents seen by X', 'people familiar with X', 'sources close to X'.
UNNAMED_SOURCE = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[a-z-]+\s+){0,2}?(?:documents?|papers?|records?|files?|"
    r"e-?mails?|messages?|data|people|persons|sources?|analysts?|experts?|observers?|estimates?|reports?|diplomats?|"
    r"insiders?)\s+(?:seen|obtained|reviewed|viewed|examined|familiar|close|briefed|cited|quoted)\b"
)


def _voice_owner(view: SentenceView, pronoun: str, voice: str, history: list[Found], before: int) -> Found | None:
    """Whom 'its delegation', 'his spokesman' speak for: a delegation, an embassy
    or a government is a country's."""
    if pronoun.lower() in ("its", "their") and voice in ("delegation", "embassy", "government"):
        return antecedent(view.linker, ("Country",), history, before)
    return resolve(view.linker, pronoun, history, before)


_VOICES = (
    r"(delegation|spokes(?:person|man|woman)|officials?|representatives?|ambassador|envoy|government|ministry|"
    r"embassy|office|press\s+office|statement|lawyers?|aides?)"
)
POSSESSIVE_VOICE = re.compile(r"\s*(its|their|his|her)\s+(?:[\w-]+\s+)?" + _VOICES + r"\b")
# 'Its delegation said', 'His spokesman added'.
POSSESSIVE_VOICE_BEFORE = re.compile(
    r"\b(Its|Their|His|Her|its|their|his|her)\s+(?:[\w-]+\s+)?"
    + _VOICES
    + r"\s*(?:,[^,]*,\s*)?(?:(?:has|had|also|then|later|again)\s+)*$"
)
# 'the announcement by President Jane Example, on Monday, that …', 'Jane Example's pledge that …'.
SPEECH_NOUN = (
    r"(?:announcement|statement|declaration|decision|pledge|promise|warning|assurance|admission|claim|remarks)"
)
QUOTED_AS = re.compile(
    r"\bquot(?:ed|es)\s+(?!(?:as|by)\b)([^,;:.“”\"]{2,80}?)\s+as\s+(?:saying|telling|stating|warning|arguing)\b"
)
# 'the announcement by X that …', and a speech act's noun with its maker after 'of'/'from' ('reproducing the
# statement of the TASS agency that …', 'citing a warning from NASA that …').
SPEECH_NOUN_BY = re.compile(rf"\b{SPEECH_NOUN}s?\s+(by|of|from)\s+")
NOUN_PHRASE_TO_THAT = re.compile(r"(?:the\s+|its\s+)?(?:[\w’'.-]+\s+){1,6}")
SPEECH_NOUN_OF = re.compile(
    rf"['’]s\s+(?:\w+\s+)?(?:{SPEECH_NOUN}\s+(?:on\s+\w+\s+|in\s+\w+\s+)?that\b|"
    # 'X's promise to land people on Mars', 'X's threat to leave the station':
    # an undertaking or a demand voiced, with what it is to do.
    r"(?:promise|pledge|vow|threat|demand|call|appeal)s?\s+to\s+(?=[a-z]+\b)"
    r"(?!(?:the|a|an|its|his|her|their|this|that|all|other|member|[a-z]+ing)\b))"
)
THAT = re.compile(r"\bthat\b")
# Whom a paper quotes without a name: 'space officials', 'an unnamed source', 'two diplomats'.
UNNAMED_QUOTED = re.compile(
    r"(?:(?:an?|the|two|three|several|some|unnamed|anonymous|senior|[a-z]+)\s+){0,3}(?:officials?|sources?|"
    r"diplomats?|experts?|engineers?|scientists?|spokes(?:person|man|woman)|people|insiders?|aides?)"
)


# Where the phrase after a speech verb ends: not at the point of 'Dr.' or of an initial ('V. Narayanan').
AFTER_CUT = re.compile(r"[,;:“”\"]|\." + NOT_AFTER_TITLE + r"|\s(?:that|who|which)\s")
ROLE_THEN_NAME = re.compile(
    r"\s*(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:minister|administrator|director|chief|head|president|"
    r"ambassador|envoy|spokes(?:person|man|woman)|commander|chair(?:man|woman|person)?|secretary|official)\s*,\s*(?=[A-Z])"
)
ROLE = re.compile(
    r"(?:head|chief|director|administrator|president|minister|spokes(?:person|man|woman)|ambassador|envoy|"
    r"official|secretary|general|representative|deputy|chair(?:man|woman)?|commander|leader|senator|scientist)s?"
)


# Between an inverted speech verb and its speaker: titles, roles and the words of a name only.
# An unnamed voice of a body after the verb: '…, said a NASA spokesperson', 'said one ESA official', 'said a
# spokeswoman for NASA' (the body speaks).
VOICE_BEFORE_NAME = re.compile(r"\s*(?:a|an|one|another)\s+(?:(?:senior|top|chief)\s+)?")
_VOICE_NOUN = r"(?:spokes(?:person|man|woman)|spokespeople|officials?|representatives?)"
VOICE_AFTER_NAME = re.compile(r"\s+(?:[a-z-]+\s+)?" + _VOICE_NOUN + r"\b")
VOICE_OF_NAME = re.compile(
    r"\s*(?:a|an|one|another)\s+(?:(?:senior|top|chief)\s+)?"
    + _VOICE_NOUN
    + r"\s+(?:for|of|at|from|with)\s+(?:the\s+)?"
)
NAMED_NEXT = re.compile(
    r"(?:\s*(?:(?:the|The|its|his|her|their|of|for|" + ROLE.pattern + r")\b|[A-Z][\w.’'-]*))*\s*[,]?\s*"
)


def _bare_phrase(rest: str) -> bool:
    """True when the words after a speech verb are only a name, up to the end
    of the clause ('…, said NASA Administrator Jane Doe.'), not a clause of
    their own ('…, said Russia would build …')."""
    phrase = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
    words = re.findall(r"[\w’'-]+", phrase)
    return 0 < len(words) <= 8 and all(
        # ('…, said its administrator, Jane Doe': a possessive before the role; speakers23)
        w[:1].isupper()
        or w in ("the", "of", "and", "for", "’s", "'s", "its", "his", "her", "their")
        or ROLE.fullmatch(w)
        for w in words
    )


CLAUSE_PERSON = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:(?:has|had|also|then|later|again|first)\s+)*[a-z]+ed\b")
# A counted plural right before the speech verb ('Both countries', 'The two agencies also').
COUNTED_BEFORE = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+(?:two|three|four|five|six|both))(?:\s+[a-z]+)?(?:\s+(?:have|had|also|then|later|jointly|"
    r"again|all))*$"
)
# '“…” — Jane Example, NASA administrator': a dash after a quotation names who said it.
DASH_ATTRIBUTION = re.compile(r"[”\"]\s*(?:[—–]|--?)\s*")
THEY_BEFORE = re.compile(r"\b[Tt]hey(?:\s+(?:have|had|also|then|later|again|jointly|both|all))*\s*$")
COORDINATED_VERB = re.compile(r"\s(?:and|but)(?:\s+(?:also|then|later|again))?$")
COMMA_COORDINATED_VERB = re.compile(r",\s*(?:and|but|yet)(?:\s+(?:also|then|later|again|still))?$")
NEGATED_SPEECH = re.compile(
    r"\b(?:not|never|n['’]t|no\s+longer|(?:declin|refus)(?:ed|es|e)\s+to)(?:\s+(?:yet|publicly|officially|formally))?$"
)
# Verbs of admitting: not admitting that something is so is a stance on it ('X does not admit that …'),
# unlike 'Moscow never explained' (no words reported).
ADMISSION = re.compile(r"(?:admit|acknowledge|concede|recogni[sz]e)(?:s|d|ted)?")
THAT_NEXT = re.compile(r"\s+that\b")
# 'who asked not to be named': no speech of its own.
ANONYMITY = re.compile(r"asked\s+not\s+to\s+be\s+(?:named|identified|quoted)")
# 'no Chinese official has claimed …', 'Nobody has said': no one speaks.
NO_ONE_SUBJECT = re.compile(
    r"(?:\b[Nn]o\s+(?:[\w-]+\s+){0,2}(?:officials?|one|spokes(?:person|man|woman)|leaders?|ministers?|governments?|"
    r"countr(?:y|ies)|states?|agenc(?:y|ies)|members?|part(?:y|ies)|delegations?)|\b[Nn]obody|\b[Nn]one\s+of\s+"
    r"(?:the|its|their|them)(?:\s+[\w-]+){0,2})(?:\s+(?:has|have|had|ever|yet|publicly|officially|so\s+far|also))*\s*$"
)
# '…, and so did X', '…, as did X and Y', '… — and so, later, did X': a second subject of the same act.
SO_DID = re.compile(r"(?:,\s*|\s+)(?:and\s+so|as)(?:\s*,\s*[\w ]{1,20},)?\s+did\s+(?:the\s+)?")
# 'a contract announced on 19 May at its headquarters': a participle after a noun, with only when and where
# after it and no reported clause, qualifies the noun; it reports no one's words.
REDUCED_RELATIVE = re.compile(r"\s+(?:on|in|at|by|during|last|earlier|this|for)\b(?![^.;:“”\"]*\bthat\b)[^:“”\"]*$")
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)(?:\s+(?:also|widely|often|reportedly))?$")
JOINT: Region = ()  # a co-speaker of the act before: the same words
SILENT: Region = ((0, 0),)  # 'The ministry answered within days.': someone spoke, the sentence reports no words
SILENT_VERB = re.compile(
    r"(?:said|says|told|tells|answered|answers|replied|replies|responded|responds|commented|comments|remarked|"
    r"stated|added|adds|wrote|writes)"
)
# After a speech verb, nothing but when, where and to whom ('…, Jane Doe said on Tuesday in a statement.'):
# the words reported are before the speaker.
_WORD = r"(?:(?!(?:that|who|which|whether|if)\b)[\w'’-]+)"
TAIL_ONLY = re.compile(
    rf"(?:,?\s+(?:on|in|at|during|after|before|last|this|late|early|earlier|later|yesterday|today|recently|also|"
    rf"again|then|when|while|as|via|through|with|within|by|from|to|for|quickly|promptly|immediately|swiftly|briefly)\b(?:\s+{_WORD}){{0,8}})*[\s.!?”\"’]*$"
)
TOLD_OBJECT = re.compile(
    rf"\s+(?:the\s+|a\s+|an\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}?(?=[,.!?]|\s+(?:on|in|at|during|after|before|last|this|late|early|earlier|later|yesterday|today|when|while|as|via|through|with)\b|\s*$)"
)
SUBORDINATE_OPENING = re.compile(
    r"(?:After|When|Whenever|Before|Since|Although|Though|If|As|While|Because|Once|Until|Unless|Even\s+though|"
    r"Despite|Following)\b"
)
# ', when Chile', ', after France had': a speech act's subject after a subordinating word and a comma, the act a
# subordinate clause inside the sentence.
ASIDE_OPENED = re.compile(
    r",\s*(?:when|while|after|before|because|although|though|since|once|until|whereas|even\s+though)\s+"
    r"[^,;:“”\"]{1,60}$"
)  # (not 'as': '…, as Chile had urged, Peru signed': what was urged is the main clause)
QUOTE_GOES_ON = re.compile(r"\s*,\s*[“\"‘]")


# An infinitive after a speech verb is what is asked, offered or promised ('asked to join X in 2004'),
# not a phrase of time or place ('said to reporters').
INFINITIVE_AFTER = re.compile(
    r"\s+(?:(?:in|on|last|this)\s+[\w ]{1,20}?\s+)?to\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|"
    r"those|all|reporters|journalists|lawmakers|parliament|congress|me|us|him|her|them|it|each|both|other|one|two|"
    r"members|delegates|senators)\b)[a-z]+\b"
)


# The agent of a speech verb in the passive, with what is said after it: 'was told by X that …'.
PASSIVE_AGENT = re.compile(r"\s+by\s+(?=[^,;:.]{1,80}?\bthat\b)")


# ' him on 19 April 2018, and he was sworn in': a personal pronoun as the verb's object, then a clause of its own.
PERSON_OBJECT_THEN_CLAUSE = re.compile(
    r"\s+(?:him|her|them)\b[^,;:“”\"]{0,60}?(?P<clause>,\s+(?:and|but)\s+(?:(?:[a-z]+\s+){0,2}?(?:he|she|they)\b))"
)


def _reported_region(sentence: str, verb: re.Match[str], subject_start: int) -> Region:
    """The words a speech verb reports: after it ('X said that …'), before its
    subject when only adverbials follow it ('“…,” X said on Tuesday', 'Japan will
    join, X said'), or both for a quotation the attribution splits."""
    rest = sentence[verb.end() :]
    if verb.group(0).startswith(("told", "tell")):
        told = TOLD_OBJECT.match(rest)
        rest = rest[told.end() :] if told else rest
    before = sentence[:subject_start].rstrip(" ,")
    if INFINITIVE_AFTER.match(rest):
        return ((verb.end(), len(sentence)),)  # '…, which it asked to join in 2004': what it asked is after the verb
    person_object = PERSON_OBJECT_THEN_CLAUSE.match(rest)
    if person_object is not None:
        # 'The Senate confirmed him on 19 April, and he was sworn in as …': a person the verb takes reports no
        # clause; the clause after ', and' has its own subject and is the author's (people23)
        return ((verb.end(), verb.end() + person_object.start("clause")),)
    if (
        not before
        and SILENT_VERB.fullmatch(verb.group(0))
        and TAIL_ONLY.match(rest)
        and not QUOTE_MARK.search(sentence)
    ):
        return SILENT
    if SUBORDINATE_OPENING.match(before):
        return ((verb.end(), len(sentence)),)  # 'When India signed the Accords, Pakistan protested': the author's
    if ASIDE_OPENED.search(sentence, 0, verb.start()) and (close := rest.find(",")) >= 0:
        # 'In 2019, when Chile objected, Peru signed …', '…, after Chile said it would leave, Peru …': the speech
        # act is an aside set off by commas; the main clause around it is the author's
        return ((verb.end(), verb.end() + close),) if rest[:close].strip() else SILENT
    if before and TAIL_ONLY.match(rest):
        return ((0, subject_start),)
    if before.endswith(("”", '"', "’")) and QUOTE_GOES_ON.match(rest):
        return ((0, subject_start), (verb.end(), len(sentence)))
    return ((verb.end(), len(sentence)),)


def _agent_since(view: SentenceView, history: list[Found], since: int) -> bool:
    """Whether an agent is named from ``since`` up to the sentence. ``history`` (the text's mentions
    so far) is in text order, so it is read from its end back to ``since`` only, not whole: the work
    per sentence stays the same however long the text."""
    for mention in reversed(history):
        if mention.start < since:
            return False
        if mention.start < view.start and view.is_(mention, "Agent"):
            return True
    return False


OPENING_ADVERBIAL = re.compile(
    r"\s*(?:(?:In|On|At|By|During|Last|This|Earlier|Later|Meanwhile|Then|Also|Yesterday|Today|Now|Still|So|But|And)\b"
    r"[^,;:.]{0,30}?(?:,\s*|\s+(?=[A-Z])))?"
)


# A speech verb after a modal or 'to' is not a speech act that took place: 'should argue for it',
# 'will announce its decision', 'is expected to say', 'must explain why'.
MODAL_BEFORE = re.compile(
    r"\b(?:should|would|could|must|might|may|will|shall|can|cannot|(?<!\bon\s)(?<!\bas\s)to|ought\s+to|n['’]t)"
    # ('should have demanded', 'would have said': a speech act that did not take place either)
    r"(?:\s+(?:also|still|then|soon|first|not|never|publicly|formally|officially|\w+ly|have))*$"
)
# '… should take the rule to X and argue for it there': a bare verb coordinated with one after a modal.
MODAL_IN_CLAUSE = re.compile(
    r"\b(?:should|would|could|must|might|may|will|shall|can|cannot|to)\s+(?:\w+ly\s+)?[a-z]+\b[^,;:“”\"]*\band$"
)
BASE_FORM = re.compile(r"[a-z]+(?<!ed)(?<!s)(?:\s|$)")


# A subject headed by a text or a report, whose names are what it is about: 'Your report on …', 'The
# article about …', 'A study of …' ('A letter from X' is X's).
TOPIC_HEAD = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?:(?:the|The|a|A|an|An|your|Your|this|This|our|Our|its|Its|their|Their|my|My)\s+)"
    r"(?:[a-z-]+\s+){0,2}(?:report|article|story|piece|study|review|book|editorial|column|leader|paper|survey|"
    r"analysis|documentary|film|coverage|headline|post|thread|profile|essay)s?\s+(?:on|about|of|into|over|"
    r"concerning|regarding)\b"
)
TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|of|into|over|concerning|regarding|between|and|with|against)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}$"
)


# A speech verb in a condition's clause: 'If NASA announces a delay, …', '… unless Japan confirms the date',
# 'Whether NASA confirms it …' (not '…, if the launch slips, NASA said, …': the condition's clause ended before).
CONDITION_OPEN = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:that|and|but)\s+|\s)(?:(?:[Oo]nly|[Ee]ven)\s+)?(?:[Ii]f|[Uu]nless|[Ww]hether|"
    r"[Pp]rovided(?:\s+that)?|[Ww]henever)\s+[^,;:“”\"—–]*$|^[Ss]hould\s+[^,;:“”\"]*$"
)


# People a nationality adjective describes who do not speak for their country ('American engineers', 'Russian
# scientists'; 'Chinese officials', 'the Russian delegation' do).
UNOFFICIAL_PEOPLE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:engineers|scientists|astronomers|researchers|students|experts|analysts|academics|"
    r"historians|observers|commentators|critics|fans|enthusiasts|amateurs|journalists|reporters|bloggers|users|"
    r"workers|veterans|astronauts|cosmonauts|pilots|doctors|lawyers|economists|investors|residents|citizens|people|"
    r"companies|firms|start-?ups|manufacturers|newspapers|media)\b"
)


def _unperformed(head: str, verb: str) -> bool:
    """True when the speech verb is one no one performed here: after a modal or 'to' ('will announce'),
    inside a condition ('if NASA announces a delay'), or a bare verb coordinated with one after a modal
    ('should take it to X and argue for it')."""
    if MODAL_BEFORE.search(head) and not verb.startswith(("quoted", "said", "told")):
        return True
    if CONDITION_OPEN.search(head) and not QUOTE_MARK.search(head):
        return True
    return bool(BASE_FORM.match(verb) and MODAL_IN_CLAUSE.search(head))


# Between the names of one subject phrase: titles, roles, a possessive, the commas of an apposition.
SUBJECT_NP_GAP = re.compile(
    r"(?:['’]s?)?(?:\s*,?\s*(?:the|its|his|her|their|of|[A-Z][\w.’'-]*|(?i:" + _ROLE_NOUNS + r")s?|deputy|former|"
    r"acting|then|vice|general|press|senior|foreign|defen[cs]e|prime|top)\b)*\s*,?\s*"
)


def _clause_opening(head: str) -> tuple[int, int] | None:
    """Where the clause a participle at the end of ``head`` hangs on opens, and where its subject may start
    (past an opening subordinate clause and an adverbial: 'In 2014 X sued Y, arguing …', 'When Y cancelled
    it, X protested, saying …'); None when the subordinate clause runs to the end."""
    clause_at = max([b.end() for b in SUBJECT_BREAK_ANY.finditer(head)], default=0)
    intro = SUBORDINATE_OPENING.match(head, clause_at)
    if intro is not None:
        comma = head.find(",", intro.end())
        if comma < 0:
            return None
        clause_at = comma + 1
    opening = OPENING_ADVERBIAL.match(head, clause_at)
    return clause_at, (opening.end() if opening else clause_at)


def _opening_subject(view: SentenceView, head: str) -> Found | None:
    """The subject of the clause a participle at the end of ``head`` hangs on: the agent that opens
    that clause (after an opening subordinate clause or adverbial: 'In 2014 X sued Y, arguing …',
    'When Y cancelled it, X protested, saying …'), a person when one heads it; None when the clause
    does not open with an agent ('The deal, signed by X, was criticised by Y, …')."""
    where = _clause_opening(head)
    if where is None or ADVERBIAL_PRONOUN.match(head, where[0]):
        return None  # ('In the CD it went on …': the pronoun is the subject, not the name before it)
    clause_at, at = where
    first = next((m for m in view.mentions if m.start >= view.start + clause_at and view.is_(m, "Agent")), None)
    if first is None or first.start >= view.start + len(head):
        return None
    gap = view.text[view.start + at : first.start]
    if not re.fullmatch(r"\s*(?:(?:the|The)\s+)?(?:(?:[A-Z][\w.’'-]*|head|chief)\s+(?:of\s+(?:the\s+)?)?){0,4}", gap):
        return None  # 'The deal with X …': the clause opens with something else
    # The subject phrase goes on over a role, a possessive and an apposition ('NASA Administrator Jane
    # Example', 'Russia's ambassador, Jane Example,'): its person speaks, when it names one.
    phrase = [first]
    for mention in view.mentions:
        if mention.start <= phrase[-1].start or mention.start >= view.start + len(head):
            continue
        if not SUBJECT_NP_GAP.fullmatch(view.text, phrase[-1].end, mention.start):
            break
        phrase.append(mention)
    people = [m for m in phrase if view.is_(m, "Person")]
    return people[0] if people else first


# A clause that opens with a pronoun subject, after an adverbial: 'In 2014 it sued …', 'They then sued …'.
PRONOUN_OPENING = re.compile(
    r"(?:It|They|He|She|it|they|he|she)\b(?=\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)*[a-z]+)"
)


# An unnamed voice of a named body opening a clause: 'Officials at NASA', 'A spokesman for Roscosmos'.
VOICE_OPENING = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?(?:(?:[Ss]enior|[Tt]op)\s+)?"
    r"(?:[Ss]pokes(?:person|man|woman)|[Ss]pokespeople|[Rr]epresentatives?|[Oo]fficials?|[Dd]elegates?)\s+"
    r"(?:of|for|at|from)\s+(?:the\s+)?"
)


def _pronoun_opening(view: SentenceView, head: str, history: list[Found]) -> Found | None:
    """What the pronoun subject opening the clause of ``head`` stands for ('In 2014 it sued Y, arguing …'),
    or the body an unnamed voice opening it speaks for ('Officials at NASA briefed reporters, saying …');
    None otherwise."""
    where = _clause_opening(head)
    if where is None:
        return None
    adverbial = ADVERBIAL_PRONOUN.match(head, where[0])
    at = adverbial.end() if adverbial is not None else where[1]
    at += len(head[at:]) - len(head[at:].lstrip())
    pronoun = PRONOUN_OPENING.match(head, at)
    if pronoun is not None and adverbial is not None:
        # a name inside the adverbial is no antecedent: the pronoun stands for one named before the sentence
        before = resolve(view.linker, pronoun.group(0), history, view.start)
        return before if before is not None else speaker_before(view, pronoun.end() + 1, history)[0]
    if pronoun is not None:
        return speaker_before(view, pronoun.end() + 1, history)[0]
    voice = VOICE_OPENING.match(head, at)
    if voice is not None:
        # 'Officials at NASA briefed reporters, saying …': an unnamed voice of a named body is the body's
        body = [m for m in view.mentions if m.start == view.start + voice.end() and view.is_(m, "Agent")]
        return body[0] if body and not view.is_(body[0], "Person") else None
    return None


HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _person_since(view: SentenceView, history: list[Found], since: int, entity: str) -> bool:
    """Whether a person other than ``entity`` is named from ``since`` up to the sentence (read from the
    end of ``history`` back to ``since`` only, as :func:`_agent_since`)."""
    for mention in reversed(history):
        if mention.start < since:
            return False
        if mention.start < view.start and mention.entity != entity and view.is_(mention, "Person"):
            return True
    return False


# A plural subject that names no one itself: 'the groups', 'the four ministers', 'the two leaders', 'the chief
# executives', 'both sides', 'their joint statement' stand for the people or bodies named together before (a number
# in the phrase must match the count); 'The chief executives, A of X, B of Y and C of Z, said': each listed speaks.
_PEOPLE_NOUNS = (
    r"ministers|leaders|presidents|premiers|prime\s+ministers|executives|chiefs|heads|bosses|founders|astronauts|"
    r"cosmonauts|senators|lawmakers|judges|scientists|researchers|directors|administrators|commanders|envoys|"
    r"ambassadors|diplomats|officials|men|women|negotiators|secretaries"
)
_BODY_NOUNS = (
    r"groups|companies|firms|agencies|countries|governments|states|nations|organi[sz]ations|bodies|operators|"
    r"manufacturers|makers|carriers|start-?ups|regulators|institutes|universities|plaintiffs|sides|partners|rivals"
)
_GROUP_NUMBERS = {"pair": 2, "duo": 2, "trio": 3, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10}  # fmt: skip
_GROUP_PHRASE = (
    r"(?P<phrase>(?:[Tt]he|[Bb]oth|[Aa]ll|[Tt]hese|[Tt]hose)\s+(?:(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+)?(?:(?!(?:of|and|or)\b)[a-z-]+\s+){0,2}?(?:(?P<people>"
    + _PEOPLE_NOUNS
    + r")|(?P<bodies>"
    + _BODY_NOUNS
    + r")|(?P<pair>pair|duo|trio)))"
)
_GROUP_TAIL = r"(?:\s+(?:have|had|has|also|then|later|again|all|both|jointly|together|each|themselves))*\s*$"
GROUP_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:“”\"]))" + _GROUP_PHRASE + _GROUP_TAIL)
# 'They said' after a sentence naming two or more people ('Biden received Kishida. They said …').
THEY_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:]))(?P<phrase>They|they)" + _GROUP_TAIL)
# 'Their joint statement welcomed …', 'In their complaint …', 'Their lawyers argued': the owners of the words.
THEIR_TEXT = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<phrase>[Tt]heir)\s+(?:(?:joint|final|written|formal|brief|common|own)\s+)*(?:statement|"
    r"communiqu[eé]|declaration|letter|complaint|lawsuit|suit|filing|petition|appeal|protest|lawyers|attorneys|"
    r"spokes(?:person|man|woman|people))\s*(?:also\s+)?$"
)
# 'The chief executives, A of X, B of Y and C of Z, said': a list in apposition to the plural subject.
GROUP_APPOSITION = re.compile(
    r"(?:^|(?<=[\s,;:“”\"]))"
    + _GROUP_PHRASE
    + r"\s*,\s*(?P<list>[^,;:“”\"()]+(?:,\s*[^,;:“”\"()]+)*?)\s*,"
    + _GROUP_TAIL
)
# Names joined to the plural noun that counts them: 'A and four other groups', 'A, B and other companies'.
OTHER_NOUN_AFTER = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|with)\s+(?:(?:\w+|\d+)\s+)?(?:other|more)\s+$")
# The noun before the names it counts: 'five groups, A, B and C', 'groups including A and B', 'groups led by A'.
NOUN_THEN_NAMES = re.compile(
    r"\s*(?:,|:|\(|,?\s+(?:including|among\s+them|such\s+as|led\s+by|headed\s+by))\s*(?:the\s+)?$"
)
SENTENCE_BEFORE_REACH = 600  # characters back to the start of the sentence before


def _fits_group(view: SentenceView, mention: Found, people: bool) -> bool:
    if not view.is_(mention, "Agent") or id(mention) in view.modifiers:
        return False
    return view.is_(mention, "Person") if people else not view.is_(mention, "Person")


def _distinct(mentions: list[Found]) -> list[Found]:
    """The first mention of each entity, in text order."""
    first: dict[str, Found] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        first.setdefault(mention.entity, mention)
    return list(first.values())


def _named_with_noun(view: SentenceView, window: list[Found], low: int, high: int, noun: str,
                     people: bool | None) -> list[Found]:  # fmt: skip
    """The names the text joined to ``noun`` (a plural) between ``low`` and ``high``: 'A and four other
    groups', 'five groups, A, B and C'; [] when the noun is not there or no name is joined to it."""
    stem = noun.split()[-1]
    for found in reversed(list(re.finditer(rf"\b{stem}\b", view.text[low:high]))):
        at, end = low + found.start(), low + found.end()
        fits = [m for m in window if people is None or _fits_group(view, m, people)]
        fits = [m for m in fits if view.is_(m, "Agent")]
        before = [m for m in fits if m.end <= at]
        if before and OTHER_NOUN_AFTER.fullmatch(view.text, before[-1].end, at):
            return view.group(before, True)
        after = [m for m in fits if m.start >= end]
        if after and NOUN_THEN_NAMES.fullmatch(view.text, end, after[0].start):
            return view.group(after, False)
    return []


def group_speakers(view: SentenceView, head: str, history: list[Found]) -> tuple[list[Found], int] | None:
    """The speakers a plural subject ending ``head`` (the sentence's words before a speech verb) stands
    for, and where the subject starts; ([], start) when a counted group of people has no match (no one
    speaks); None when ``head`` does not end in such a subject or nothing named fits (the other rules
    decide)."""
    listed = GROUP_APPOSITION.search(head) if "," in head else None
    if listed is not None:
        of_people = listed.group("people") is not None
        low, high = view.start + listed.start("list"), view.start + listed.end("list")
        inside = _distinct([m for m in view.mentions if low <= m.start and m.end <= high
                            and _fits_group(view, m, of_people)])  # fmt: skip
        count = _GROUP_NUMBERS.get((listed.group("n") or "").lower())
        if len(inside) >= 2 and (count is None or count == len(inside)):
            return inside, listed.start("phrase")
    # ('The two ministers, who met in Tokyo, said': the relative clause or apposition before the verb left out)
    head = head[: skip_parenthesis(head, len(head))] if head.endswith(",") else head
    subject = GROUP_SUBJECT.search(head)
    their = THEIR_TEXT.search(head) if subject is None else None
    they = THEY_SUBJECT.search(head) if subject is None and their is None else None
    if subject is None and their is None and they is None:
        return None
    found = subject or their or they
    assert found is not None
    start = found.start("phrase")
    count = _GROUP_NUMBERS.get((subject.group("n") or "").lower()) if subject else None
    if subject is not None and subject.group("phrase").split()[0].lower() == "both":
        count = 2
    if subject is not None and subject.group("pair"):
        count = _GROUP_NUMBERS[subject.group("pair")]  # 'The pair said': two people or bodies named before
    noun = (subject.group("people") or subject.group("bodies")) if subject else ""
    people: bool | None = (subject.group("people") is not None) if subject else True if they else None
    if noun in ("sides", "partners", "rivals", "plaintiffs") or (subject is not None and subject.group("pair")):
        people = None
    # the sentence before, and this one up to the subject
    floor = max(0, view.start - SENTENCE_BEFORE_REACH)
    ends = [m.end() for m in SENTENCE_END.finditer(view.text, floor, view.start) if m.end() < view.start]
    low = ends[-1] if ends else floor
    here = view.start + start
    window = [m for m in history if low <= m.start and m.end <= view.start and m.rule != "anaphor"]
    window += [m for m in view.mentions if m.end <= here and m.rule != "anaphor" and all(m is not w for w in window)]
    if noun:
        joined = _named_with_noun(view, window, low, here, noun, people)
        if joined:
            return _distinct(joined), start
        if count is None and re.search(rf"\bother\s+{noun.split()[-1]}\b", view.text[low:here]):
            return [], start  # 'Several ranchers and four other groups sued …. The groups said': no name
    kinds = (people,) if people is not None else (True, False)
    for kind in kinds:
        fits = _distinct([m for m in window if _fits_group(view, m, kind)])
        if count is not None:
            if len(fits) == count:
                return fits, start
            grouped = _distinct(view.group(fits, True)) if fits else []
            if len(grouped) == count:
                return grouped, start
            if people:
                return [], start  # 'Three people met. The four ministers said': no count fits, no one speaks
            continue
        alliance = any(view.is_(m, "InternationalOrganization") or view.is_(m, "InternationalOrgan")
                       for m in window)  # fmt: skip
        if kind and 2 <= len(fits) <= 6 and not (alliance and noun):
            # 'Biden received Kishida … Their joint statement': the people named before ('NATO's leaders met
            # in Brussels. The leaders agreed …': an alliance's communiqué is the alliance's, the other rules)
            return fits, start
        if not kind:
            # the coordinated subject that opens the sentence before ('A and B sued NASA. Their lawyers argued …'),
            # else the last names joined by 'and'
            opening = _distinct(_previous_subject(view, history, ("Organization", "Country")))
            if len(opening) >= 2 and all(_fits_group(view, m, False) for m in opening):
                return opening, start
            grouped = _distinct(view.group(fits, True)) if fits else []
            joined_by_and = len(grouped) >= 2 and re.search(r"\band\b", view.text[grouped[0].start : grouped[-1].end])
            if joined_by_and:
                return grouped, start
    return None


def speech_acts(
    view: SentenceView,
    history: list[Found],
    previous: Found | None = None,
    unattributed: list[Region] | None = None,
    speaking: Found | None = None,
) -> list[tuple[Found, Region]]:
    """Each speech act in the sentence: its speaker and the region (sentence
    offsets) of the words reported; ``previous`` as for :func:`speaker_before`;
    the words of speech whose speaker is not named ('analysts said', 'an
    earlier version of this article said') are added to ``unattributed``."""
    sentence = view.sentence
    acts: list[tuple[Found, Region]] = []
    first_verb = search(SPEECH_VERB, sentence)  # the first speech verb, looked for once
    for match in ACCORDING_TO.finditer(sentence):
        speaker = speaker_after(view, match.end(), history)
        if speaker is None:
            if unattributed is not None and UNNAMED_ACCORDING.match(sentence, match.end()):
                # 'Iran has joined X, according to sources', '…, according to a blog post': words of no one named
                # (lead22)
                comma = sentence.find(",", match.end())
                front = match.start() < 3 and comma > 0
                unattributed.append(((comma + 1, len(sentence)) if front else (0, match.start()),))
            continue
        # 'According to X, …' reports what follows; '…, according to X' what precedes.
        comma = sentence.find(",", match.end())
        reported = (comma + 1, len(sentence)) if match.start() < 3 and comma > 0 else (0, match.start())
        if match.start() >= 3 and sentence[: match.start()].rstrip().endswith(",") and comma > 0:
            # 'Japan, according to NASA, will join X': the attribution sits inside the clause it reports.
            acts.append((speaker, ((0, match.start()), (comma + 1, len(sentence)))))
            continue
        acts.append((speaker, (reported,)))
    for match in scan(STATEMENT_OF, sentence):
        inside = [m for m in view.mentions if view.start + match.start(1) <= m.start < view.start + match.end(1) + 1]
        speaker = _best(view, inside)
        if speaker is not None:
            comma = sentence.find(",", match.end())
            acts.append((speaker, ((comma + 1 if comma > 0 else match.end(), len(sentence)),)))
    for match in scan(SPEECH_NOUN_BY, sentence):
        # 'It follows the announcement by President Jane Example, on Monday, that …': what follows 'that'.
        that = THAT.search(sentence, match.end())
        if that and match.group(1) != "by" and not NOUN_PHRASE_TO_THAT.fullmatch(sentence, match.end(), that.start()):
            that = None  # 'the statement of the TASS agency that …', not 'the declaration of 1967, which … that'
        speaker = speaker_after(view, match.end(), history) if that else None
        if that and speaker is not None:
            acts.append((speaker, ((that.end(), len(sentence)),)))
    for match in scan(QUOTED_AS, sentence):
        # 'The Example Post quoted Jane Example as saying that …': the one quoted speaks, not the paper.
        quoted = [
            m for m in view.mentions if view.start + match.start(1) <= m.start and m.end <= view.start + match.end(1)
        ]
        who = _best(view, quoted)
        if who is None and UNNAMED_QUOTED.fullmatch(match.group(1)):
            # 'Xinhua quoted space officials as saying that …': the paper is the only named source of the words.
            who = speaker_before(view, match.start(), history, previous=previous)[0]
        if who is not None:
            acts.append((who, ((match.end(), len(sentence)),)))
    for match in scan(SPEECH_NOUN_OF, sentence):
        owners = [m for m in view.mentions if m.end == view.start + match.start()]
        if owners and view.is_(owners[0], "Agent"):
            acts.append((owners[0], ((match.end(), len(sentence)),)))
    if not acts and first_verb is None:
        for match in scan(POSITION, sentence):
            # 'Russia's position is that …', 'The RF and PRC position: …': the owners of the view speak.
            opening = max([m.end() for m in SUBJECT_BREAK_ANY.finditer(sentence, 0, match.start())], default=0)
            owners = [m for m in view.mentions if view.start + opening <= m.start and m.end <= view.start + match.start()
                      and view.is_(m, "Agent")]  # fmt: skip
            if match.group("by"):
                # 'Official line, carried by Xinhua, …:': the one the participle names first, not a name before
                owners = [m for m in view.mentions if view.start + match.start("by") <= m.start
                          and m.end <= view.start + match.end("by") and view.is_(m, "Agent")][:1]  # fmt: skip
            pronoun = re.search(r"\b(His|Her|Its|Their|his|her|its|their)\s+(?:[a-z]+\s+)?$", sentence[: match.start()])
            if not owners and pronoun:
                referent = resolve(view.linker, pronoun.group(1), history, view.start + pronoun.start())
                owners = [referent] if referent is not None else []
            people = [m for m in owners if view.is_(m, "Person")]
            for number, who in enumerate(people[-1:] or owners):
                acts.append((who, ((match.end(), len(sentence)),) if number == 0 else JOINT))
            if owners:
                break
    in_statement = IN_STATEMENT.match(sentence)
    if in_statement and not acts and not SPEECH_VERB.search(sentence, in_statement.end()):
        # 'In their joint statement, the leaders agreed to …': the subject of the clause after the comma speaks.
        verb = PAST_VERB.search(sentence, in_statement.end())
        speaker = speaker_before(view, verb.start(), history, previous=previous)[0] if verb else None
        if speaker is not None and verb is not None:
            acts.append((speaker, ((verb.start(), len(sentence)),)))
    for match in DASH_ATTRIBUTION.finditer(sentence) if not acts else ():
        speaker = speaker_after(view, match.end(), history)
        if speaker is not None and match.end() + 80 >= len(sentence.rstrip()):
            acts.append((speaker, ((0, match.start() + 1),)))
            break
    if first_verb is None:
        for match in scan(QUOTE_AFTER_COLON, sentence):
            # 'Jane Doe put it bluntly: “…”', 'Her message was simple: “…”': the clause before the colon speaks.
            owner = POSSESSIVE_SPEECH.search(sentence, 0, match.start())
            speaker = (
                resolve(view.linker, owner.group(1), history, view.start + owner.start())
                if owner
                else speaker_before(view, match.start(), history, phrase=False)[0]
            )
            if speaker is not None:
                acts.append((speaker, ((match.end(), len(sentence)),)))
    # (from the first speech verb on: the same matches, the words before it read once)
    for match in SPEECH_VERB.finditer(sentence, first_verb.start()) if first_verb is not None else ():
        head = sentence[: match.start()].rstrip()
        # '“…,” said X' and '…, said X.': the speaker follows; 'X, the head of Y, said' it precedes.
        inverted = (
            not head
            or head.endswith(("”", '"'))
            # '“…,” the head of X, Jane Doe, told Interfax': who is told is not who speaks.
            or (
                head.endswith(",")
                and _bare_phrase(sentence[match.end() :])
                and not match.group(0).startswith(("told", "tell"))
            )
        )
        auxiliary = PASSIVE_BEFORE.search(head)
        passive = auxiliary is not None and not match.group(0).startswith("quoted")
        agent = PASSIVE_AGENT.match(sentence, match.end()) if auxiliary is not None and passive else None
        if (
            agent is not None
            and auxiliary is not None
            and not NEGATED_SPEECH.search(head[: auxiliary.start()].rstrip())
        ):
            # 'John Roe was told by Jane Example that …', 'It was announced by NASA that …': the agent speaks.
            speaker = speaker_after(view, agent.end(), history)
            that = THAT.search(sentence, agent.end())
            if speaker is not None and that is not None:
                acts.append((speaker, ((that.end(), len(sentence)),)))
                continue
        if (
            passive
            or ANONYMITY.match(sentence, match.start())
            or (
                NEGATED_SPEECH.search(head)
                and not (ADMISSION.fullmatch(match.group(0)) and THAT_NEXT.match(sentence, match.end()))
            )
            or NO_ONE_SUBJECT.search(head)
            or _unperformed(head, match.group(0))
            # 'the moratorium that the United States declared in April 2022': the verb's object is the noun
            # the relative clause hangs on, and nothing is reported
            or (OBJECT_RELATIVE.search(head) and NOTHING_REPORTED.match(sentence, match.end()))
        ):
            continue  # 'India is said to be joining', 'Jane Doe was told', 'Moscow never explained': no speech
        if not inverted and acts and acts[-1][1] != JOINT and COORDINATED_VERB.search(head):
            # 'he called the program too costly and said …': a verb with no subject of its own shares the last one's.
            acts.append((acts[-1][0], ((match.end(), len(sentence)),)))
            continue
        comma_and = None if inverted or acts else COMMA_COORDINATED_VERB.search(head)
        shared = _opening_subject(view, head[: comma_and.start()] + ",") if comma_and is not None else None
        if shared is not None:
            # 'X declined to discuss the report, but said …', 'X smiled, and added …': no subject of its own, the
            # verb shares the clause's (not the object nearest it)
            acts.append((shared, ((match.end(), len(sentence)),)))
            continue
        # 'In their complaint the groups said …', 'The chief executives, A, B and C, said': the people or
        # bodies the plural subject stands for.
        grouped = None if inverted else group_speakers(view, head, history)
        together: list[Found] = grouped[0] if grouped else []
        if grouped is not None:
            speaker, subject_start = (together[0] if together else None), grouped[1]
        else:
            speaker, subject_start = (None, 0) if inverted else speaker_before(view, match.start(), history,
                                                                                 previous=previous,
                                                                                 speaking=speaking)  # fmt: skip
        if speaker is not None and not inverted and TO_RECIPIENT.search(view.text, max(view.start, speaker.start - 8),
                                                                          speaker.start):  # fmt: skip
            # 'A letter from Norway and Chile to Peru said …': the words' authors, not their addressee
            by = WORDS_BY.search(sentence, 0, max(0, speaker.start - view.start))
            authors = [m for m in view.mentions if by is not None and view.start + by.end() <= m.start
                       and m.end <= speaker.start and view.is_(m, "Agent")]  # fmt: skip
            speaker = authors[-1] if authors else speaker
        if (
            speaker is not None
            and speaker.start >= view.start
            and UNOFFICIAL_PEOPLE.match(view.text, speaker.end)
            and view.linker.nationality(view.text[speaker.start : speaker.end])
        ):
            speaker = None  # 'American engineers had doubted that …': people of a country, not its voice
        counted = counted_subject(view, match.start(), "Agent") if speaker is None and not inverted else None
        if counted and COUNTED_BEFORE.search(head):
            # 'Japan and India signed it. Both countries said …', 'The two agencies said': the group named before.
            speaker = counted[0]
            acts += [(other, JOINT) for other in counted[1:] if other.entity != speaker.entity]
        if not inverted and PARTICIPLE.match(match.group(0)):
            # 'In 2014 X sued Y, arguing that …', 'X met Y in Tokyo, saying …': a participle hanging on a
            # clause has that clause's subject, not the verb's object nearest to it.
            # ('Japan will join, NASA said, adding that …': the participle goes on with the speech act before it)
            spoken = [a for a in acts if a[1] != JOINT]
            opening_subject = _opening_subject(view, head) if not spoken else None
            if not spoken and opening_subject is None:
                # 'Last week a coalition of ranchers sued the FAA, arguing …': the clause's subject names no
                # one, and the object nearest the participle does not speak; 'It sued the FAA, arguing …':
                # the pronoun that opens the clause does.
                speaker = _pronoun_opening(view, head, history)
            speaker = spoken[-1][0] if spoken else opening_subject or speaker
            # 'After the war he halted the launches, demanding that …': the clause's subject pronoun speaks.
            clause_at = max([b.end() for b in SUBJECT_BREAK_ANY.finditer(head)], default=0)
            he = CLAUSE_PERSON.search(head, clause_at)
            if he and not any(view.is_(m, "Person") for m in view.mentions
                              if view.start + clause_at <= m.start < view.start + he.start()):  # fmt: skip
                speaker = _speaking_person(view, history, view.start + he.start(), he.group(1)) or speaker
        if speaker is not None:
            # '…, calling the accords one-sided, and China has not signed': a participle reports its own clause.
            close = CLAUSE_AFTER_PARTICIPLE.search(sentence, match.end()) if PARTICIPLE.match(match.group(0)) else None
            region = (
                ((match.end(), close.start() if close else len(sentence)),)
                if PARTICIPLE.match(match.group(0))
                else _reported_region(sentence, match, subject_start)
            )
            acts.append((speaker, region))
            acts += [(other, JOINT) for other in together[1:] if speaker is together[0]]
            # 'Russia and China said': each speaks (a joint statement, one claim with both).
            if view.is_(speaker, "Person"):
                # 'Jane Doe and John Roe said', 'Russian President A and Chinese President B said': both speak.
                people = [m for m in view.mentions if view.is_(m, "Person") and m.end <= speaker.start]
                current = speaker
                for other in reversed(people):
                    if not PEOPLE_AND.fullmatch(view.text, other.end, current.start):
                        break
                    if other.entity != speaker.entity:
                        acts.append((other, JOINT))
                    current = other
            else:
                # ('Japan and Canada, both partners of NASA, said': the names up to the speaker, not an apposition's)
                agents = [m for m in view.before(match.start()) if view.is_(m, "Agent") and not view.is_(m, "Person")
                          and (m.end <= speaker.end or speaker.end <= view.start)]  # fmt: skip
                joined = view.group(agents, True)
                # Coordinated by 'and' ('Russia and China said'), not a comma after a phrase ('In a letter
                # to NASA, Roscosmos said'); a name after a preposition ('Together with Russia it') does not speak.
                words = view.text[joined[-1].start : joined[0].end] if joined else ""
                coordinated = re.search(r"\b(?:and|nor|as\s+well\s+as)\b", words) is not None
                # 'Delegates from Egypt and Kenya welcomed …': the people of every state listed speak for it
                envoys = bool(joined) and (
                    GROUP_FROM.search(view.text, max(view.start, joined[-1].start - 40), joined[-1].start) is not None
                    # 'A joint statement by Norway and Chile said …': the authors of the words, each
                    or WORDS_BY.search(view.text, max(view.start, joined[-1].start - 40), joined[-1].start + 1)
                    is not None
                )
                for other in joined if coordinated else ():
                    # 'The IADC, whose members include NASA and ESA, said': a relative clause's names do not speak.
                    low, high = sorted((speaker.end, other.end))
                    if (
                        other.entity != speaker.entity
                        and (
                            envoys
                            or not AFTER_PREPOSITION.search(view.text, max(view.start, other.start - 20), other.start)
                        )
                        and not RELATIVE_OPEN.search(view.text, low, high)
                    ):
                        acts.append((other, JOINT))
            for also in scan(SO_DID, sentence) if " did " in sentence else ():
                # '…, and so did Dynetics', '…, as did India and Brazil': the same act by a second subject.
                if also.start() > match.end():
                    limit = view.start + view.clause_end(also.end())
                    others = view.group([m for m in view.after(also.end()) if m.start < limit and view.is_(m, "Agent")],
                                        False)  # fmt: skip
                    if others and others[0].start == view.start + also.end():
                        acts += [(other, JOINT) for other in others if other.entity != speaker.entity]
            if THEY_BEFORE.search(head) and speaker.end <= view.start and not together:
                # 'Russia and China launched it. They said …': the group 'they' stands for.
                earlier = [m for m in history if speaker.start - 200 <= m.start and m.end <= speaker.end
                           and m.rule != "anaphor" and view.is_(m, "Agent") and not view.is_(m, "Person")]  # fmt: skip
                joined = view.group(earlier, True)
                if len(joined) > 1 and re.search(r"\band\b", view.text[joined[-1].start : joined[0].end]):
                    acts += [(other, JOINT) for other in joined if other.entity != speaker.entity]
            # 'Together with Russia, China called for …': the co-agent speaks too.
            clause = SUBJECT_BREAK_ANY.split(sentence[: match.start()])[-1]
            floor = view.start + match.start() - len(clause)
            for other in view.before(match.start()):
                if (other.start >= floor and other.entity != speaker.entity and view.is_(other, "Agent")
                        and JOINT_WITH.search(view.text, max(view.start, other.start - 20), other.start)
                        # 'Blue Origin, which had bid together with Draper, protested': not inside its relative clause
                        and not (speaker.end <= other.start and RELATIVE_OPEN.search(view.text, speaker.end,
                                                                                     other.start))):  # fmt: skip
                    acts.append((other, JOINT))
            continue
        listed = LISTED_SPEAKERS.match(sentence[match.end() :])
        if listed and RELATIVE_BEFORE.search(sentence, 0, match.start()):
            speakers = view.group([m for m in view.after(match.end() + listed.end()) if view.is_(m, "Agent")], False)
            if speakers and speakers[0].start == view.start + match.end() + listed.end():
                acts += [(speakers[0], ((0, len(sentence)),))] + [(other, JOINT) for other in speakers[1:]]
                continue
        if head and not inverted and not head.endswith((",", ":", "—", "–")):
            if (unattributed is not None and not PARTICIPLE.match(match.group(0))
                    and not REDUCED_RELATIVE.match(sentence, match.end())):  # fmt: skip
                unattributed.append(((match.end(), len(sentence)),))
                trailing = TRAILING_UNNAMED.search(head)
                quoted_before = QUOTED_BEFORE_UNNAMED.match(head)
                if quoted_before is not None:
                    # '"India has joined X," the minister said', with no minister named: the quotation is
                    # someone's words all the same, never the writer's fact (speakers23)
                    unattributed.append(((quoted_before.start(1), quoted_before.end(1)),))
                if trailing is not None and SENTENCE_REST.fullmatch(sentence, match.end()):
                    # 'Iran has joined X, sources said.', '…, two officials told reporters': the words before
                    # (lead22)
                    unattributed.append(((0, trailing.start()),))
            continue  # 'He wrote to Jane Doe', 'analysts said': the subject is before the verb, unnamed here
        speaker = speaker_after(view, match.end(), history)
        if speaker is None and unattributed is not None and (quoted_before := QUOTED_BEFORE_VERB.match(head)):
            # '"India has joined X," said the minister', with no minister named: someone's words (speakers23)
            unattributed.append(((quoted_before.start(1), quoted_before.end(1)),))
        if speaker is not None and (
            speaker.start < view.start + match.end()
            or NAMED_NEXT.fullmatch(view.text, view.start + match.end(), speaker.start)
            or (
                VOICE_BEFORE_NAME.fullmatch(view.text, view.start + match.end(), speaker.start)
                and VOICE_AFTER_NAME.match(view.text, speaker.end)
            )
            or VOICE_OF_NAME.fullmatch(view.text, view.start + match.end(), speaker.start)
        ):
            # '…, said NASA Administrator Jane Doe': the name right after the verb; not a name inside the clause
            # the verb reports ('When the maker, a Turkish firm, said it would give them to Ukraine, …').
            acts.append((speaker, ((0, match.start()),)))
    return acts


# A stance in the passive: 'was opposed by Russia', 'backed by Japan and Canada'.
PASSIVE_STANCE = re.compile(
    r"\b(opposed|rejected|vetoed|critici[sz]ed|backed|supported|endorsed|welcomed|condemned|praised|hailed|applauded|"
    r"commended|lauded|denounced|decried|deplored|"
    # 'had been nominated by President X', 'was confirmed by the Senate': a nominee's backers (GUIDELINES: a
    # president's nomination and a chamber's confirmation of a nominee are claims of theirs; speakers23)
    r"nominated|renominated|confirmed)\s+(?:jointly\s+|widely\s+|sharply\s+|strongly\s+)?by\s+"
    r"(?:the\s+)?|"
    # The same stance as a noun: 'drew sharp criticism from Japan', 'met with protests from A and B'.
    r"\b(?:drew|draws|drawn|attracted|attracts|received|receives|faced|faces|met\s+with|meets\s+with)\s+"
    r"(?:[\w-]+\s+){0,2}?(criticism|condemnation|praise|protests?|objections?|rebukes?)\s+from\s+(?:the\s+)?"
)
# Titles before a name: 'by President Jane Doe', 'by Senator X' (no other words).
TITLES_ONLY = re.compile(r"(?:(?:[A-Z][a-z]+|Dr|Mr|Mrs|Ms|Sen|Gen|Rep)\.?\s+){0,3}")
PRAISE = re.compile(r"(?:praised|hailed|applauded|commended|lauded)\b")
RELATIVE_PASSIVE = re.compile(
    r"\b(?:who|which|that|whom)\s+(?:(?:was|were|is|are|has|have|had|been|also|once|often)\s+)+$"
)
PASSIVE_BY = re.compile(r"\s+(?:jointly\s+|strongly\s+|largely\s+)?by\b")
# Support: a vote for, backing, endorsement (the voter is the speaker).
SUPPORT = re.compile(
    r"\b(?:supports|supported|backs|backed|endorses|endorsed|voted\s+(?:for|in\s+favou?r)|favou?rs|favou?red|"
    # 'A, B and C voted with the Chairwoman', 'sided with Japan': a vote cast beside someone's (speakers24)
    r"(?:voted|votes|vote|sided|sides)\s+(?:with|alongside)\s+(?:the\s+)?"
    r"(?=[A-Z]|(?:chair\w*|majority|minority|president|government|rest)\b)|"
    # 'France had pressed for more support': a stance in the author's words.
    r"(?:press|push|lobb(?:y|i)|campaign)(?:es|ed|s)?\s+(?:hard\s+)?for|"
    # A patron's backing: 'championed the mission', 'pushed money into the project', 'steered funds to it'.
    r"champion(?:s|ed)(?=\s+(?:the|a|an|its|their|his|her|this|that|[A-Z]))|"
    r"(?:push|pour|steer|funnel|channel)(?:es|ed|led|s)?\s+(?:more\s+|extra\s+|new\s+)?(?:money|funds|funding|cash|"
    r"billions|millions)\s+(?:into|to|toward|towards)|"
    # 'The regulator had authorised the system': an authorisation is the authority's position on a thing (not
    # 'authorised NASA to build', a law's direction).
    r"authori[sz](?:es|ed)(?!\s+(?:[\w’'-]+\s+){1,5}?to\s+[a-z])|"
    # 'President X nominated Jane Doe', 'The committee approved the nomination', 'approved her nomination': a
    # nominee's backers (GUIDELINES, twenty-second set; speakers23)
    r"(?:re)?nominat(?:es|ed)(?=\s+(?:[A-Z]|him\b|her\b))|"
    r"approv(?:es|ed)\s+(?:the|his|her|their|[A-Z][\w’'-]*['’]s)\s+(?:[a-z]+\s+)?nominations?)\b"
)


# A regulator's licence or approval, in the author's words: the authority's decision on a thing, its claim
# (GUIDELINES: a regulator's decision is a claim; 'licences' and 'approval' for a constellation like 'had
# authorised the system'): 'under licences from the FCC', 'with a licence from X', 'won the regulator's approval
# for X', 'received approval from the FAA'; not 'without the licences the law required', 'needed a licence'.
_PERMIT = r"(?:licen[cs]es?|authori[sz]ations?|approvals?|permits?|permission)"
PERMIT_FROM = re.compile(
    r"\b(?:under|with)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?" + _PERMIT + r"\s+(?:from|of|granted\s+by|issued\s+by)\s+"
    r"(?:the\s+)?(?=[A-Z])|"
    r"\b(?:won|wins|received|receives|got|gets|obtained|obtains|secured|secures|gained|gains|(?:was|were|has\s+been|"
    r"had\s+been)\s+granted)\s+(?:(?:a|an|the|its|their)\s+)?(?P<owner>(?:[\w.’'-]+\s+){0,4}?[\w.-]+['’]s?\s+)?"
    r"(?:regulatory\s+|final\s+|formal\s+|official\s+)?"
    + _PERMIT
    + r"\b(?P<from>\s+(?:from|of)\s+(?:the\s+)?(?=[A-Z]))?"
)
OWNER_NOUN = re.compile(r"(?:the\s+)?(\w+)['’]s?\s+$")


def _permit_holder(view: SentenceView, match: re.Match[str], history: list[Found]) -> Found | None:
    """Who grants the licence or approval ``match`` names: the name after 'from' ('under licences from the FCC'),
    or the possessor ('won the FCC's approval'; 'the regulator's approval' for the regulator named before)."""
    if match.group("owner") is None:
        if not (match.group(0).startswith(("under", "with")) or match.group("from")):
            return None  # 'won approval for the plan': from whom, the sentence does not say
        found = speaker_after(view, match.end(), history)
        return found if found is not None and view.is_(found, "Agent") and not view.is_(found, "Person") else None
    owner_end = view.start + match.end("owner")
    named = [m for m in view.mentions if m.start >= view.start + match.start("owner") and m.end <= owner_end
             and POSSESSIVE_AFTER.match(view.text, m.end) and view.is_(m, "Agent")]  # fmt: skip
    if named:
        return named[-1]
    noun = OWNER_NOUN.search(match.group("owner"))
    if noun is None:
        return None
    at = view.start + match.start("owner")
    return _body_by_kind(view, noun.group(1).lower(), history, at) or _named_by_noun(
        view, noun.group(1).lower(), history, at
    )


# A stance stated in the author's words, with no object to oppose or back.
STANCE = re.compile(
    r"\b(?:block(?:s|ed|ing)?\s+(?:a\s+|the\s+)?(?:consensus|adoption)|"
    # 'The United States had joined the consensus in the GGE', 'broke with the consensus': a stance on the text
    r"(?:join(?:s|ed|ing)?|broke\s+with|breaks\s+with|went\s+along\s+with)\s+(?:the\s+)?consensus\b|play(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?down\b|"
    r"play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?|(?:never|not|n['’]t)\s+(?:hid|hide|hidden|conceal(?:ed)?)\s+"
    r"(?:its|their|his|her)\b|ma(?:de|kes?)\s+no\s+secret\s+of|"
    # 'The EU wants wider rules', 'Japan wanted a binding instrument': a stated wish for a thing (not 'wants to
    # join', an intention read as a fact's modality; not 'a company that wants a licence').
    r"(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)\bwant(?:s|ed)\s+(?:a|an|more|less|wider|stricter|tighter|"
    r"binding|new|clear|common|firm|its|their|[a-z]+er)\s+[a-z]|"
    # 'Congress did not accept the cancellation', 'refused to approve the plan': a stance against a thing decided.
    r"(?:(?:did|does|do|has|have|had|would|will)\s*(?:not|n['’]t|never)|never|refus(?:ed|es)\s+to|declin(?:ed|es)\s+to)"
    r"\s+(?:\w+ly\s+)?(?:accept(?:ed)?|approved?|endorsed?)\s+(?:the|this|that|these|those|its|his|her|their|it|them)\b|"
    # 'he publicly reprimanded officials for the delay', 'rebuked the agency': a reproach is the reproacher's.
    r"(?:reprimand(?:s|ed)?|rebuk(?:es|ed)|scold(?:s|ed)|chid(?:es|ed)|castigat(?:es|ed)|censur(?:es|ed)|"
    r"upbraid(?:s|ed)|admonish(?:es|ed)|dress(?:es|ed)\s+down)\s+(?!(?:by|for)\b)[a-z])"
)


def _is_claimed(candidates: Candidates, speaker: str, span: list[int], since: int) -> bool:
    return any(c.get("speaker") == speaker and c["evidence"] == [span] for c in candidates.claims[since:])


def _remove_recent(facts: list[dict[str, Any]], gone: list[dict[str, Any]]) -> None:
    """Remove ``gone`` (a quotation's facts, the last ones stated) from ``facts``,
    looking back only as far as they go, so the work stays linear in the text."""
    ids = {id(f) for f in gone}
    index, left = len(facts), len(ids)
    while index > 0 and left:
        index -= 1
        left -= id(facts[index]) in ids
    facts[index:] = [f for f in facts[index:] if id(f) not in ids]


UNATTRIBUTED = re.compile(r"\s*[“\"]")
QUESTION_END = re.compile(r"\?[”\"’)]*\s*$")
CLAIM_LINE = re.compile(r"(?:The\s+|Viral\s+|What\s+was\s+)?(?:[Cc]laim(?:ed)?|Rumou?r|Myth|Allegation)\s*:\s")
WHO_SAID = re.compile(
    r"(?:Who\s+(?:said|made|claimed)\s+(?:it|this|that)|(?:Said|Claimed|Made|Posted|Stated)\s+by|Speaker|Source|"
    r"Attributed\s+to|Attribution)\s*:\s*"
)
QUESTION_LINE = re.compile(r"(?:Q|Question)\s*[:.]\s")
ANSWER_LINE = re.compile(r"(?:A|Answer)\s*[:.]\s")
# Before the first question, the text says whom it interviews.
INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:s|ed)?|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|answer(?:s|ed)\s+"
    r"(?:\w+\s+)?questions|in\s+conversation\s+with|(?:we|I)\s+asked|put\s+(?:\w+\s+)?questions\s+to|Q\s*&\s*A)\b",
    re.IGNORECASE,
)
BARE_QUESTION = re.compile(r"[^\n]{3,200}\?[”\"’)]*\s*")
TITLE_WORD = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Senator|Sen|Gen|General|Judge|Ambassador)\.?\s+", re.I)
# 'NELSON: We will go back.', 'Jane Example: …': a transcript's line names its speaker.
# ('About X:', 'Note:', 'Contact:' open a press release's boilerplate, not a speaker's line)
LINE_SPEAKER = re.compile(
    r"(?!(?:About|Re|Note|Notes|Update|Correction|Editor|Contact|Contacts|Source|Media|Background|Disclaimer)\b)"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\(([^()\n]{1,80})\))?\s*:\s"
)
# 'A (Jane Example, director): …', 'Answer (NASA's Jane Example): …': an answer label naming its speaker inside
# the brackets (speakers24); 'Q (…):' is the asking reporter's, no claim.
ANSWER_LABEL = re.compile(r"(?:A|Answer|Reply|Response)$")


# 'The statement said …', 'The joint communiqué added …': a statement named before speaks for its maker.
THE_STATEMENT = re.compile(
    r"\s*(?:The|This|That|Its|Their|His|Her)\s+(?:joint\s+|brief\s+|written\s+|short\s+)?(?:statement|communiqu[eé]|"
    r"declaration|press\s+release|letter|message)\s+(?:also\s+)?(?:said|says|stated|states|added|adds|read|reads|noted|"
    r"notes|warned|warns)\b"
)
QUOTE_CLOSES = re.compile(r"[”\"][)\s]*$")
# An attribution that opens the next sentence on the same line, after a quotation that ends in '!' or '?' (a
# sentence break for the splitter): '“Best day ever!” Jane Example said as …', '“Why now?” asked the minister.'
# The quotation is that speaker's, not the subject's of the sentence before it.
_ATTRIBUTING = (
    r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|exclaimed|shouted|yelled|cried|replied|replies|"
    r"recalled|recalls|joked|quipped|remarked|declared|announced|tweeted|posted|radioed|laughed|wondered)"
)
ATTRIBUTION_NEXT = re.compile(
    r"[ \t]+(?:(?:The|His|Her|Its|Their)\s+(?:[\w-]+\s+){0,3}?|(?:(?:[A-Z][\w.’'-]*|of|de|van|von)\s+){1,5}?)"
    r"(?:(?:has|had|also|then|later)\s+)?" + _ATTRIBUTING + r"\b"
)
# The quotation alone right before a sentence, on its line: where it opens.
QUOTATION_BEFORE = re.compile(r"[“\"][^“”\"\n]{1,600}[!?.,]['’]?[”\"][ \t]+$")
QUOTE_MARK = re.compile(r"[“”\"]")


# 'X's State of the Union address', 'X's letter to the council': a speech or a text and whose it is.
SPEECH_OWNER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,5}?(?:address|speech|remarks|statement|letter|message|testimony|lecture|broadcast|"
    r"announcement|declaration|interview|memoir|diary|memo|cable|telegram|article|op-ed|post)\b"
)


def _sentence_subject(view: SentenceView) -> Found | None:
    """The person a sentence opens with ('Jane Example was blunt.', 'Roscosmos chief Jane
    Example went further.', 'The minister, Jane Example, …'): the first agent that is not
    a modifier of the next name, in the sentence's first words and not after a preposition,
    when it is a person (a quotation after 'Japan built a rover.' is no one's)."""
    if view.sentence.rstrip().endswith(":"):
        # 'From President Jane Example's address to Congress, 25 January 1984:': the quotations under a line
        # naming someone's speech are that someone's (a primary source), not the speech's title's.
        for owner in scan(SPEECH_OWNER, view.sentence):
            named = [m for m in view.mentions if m.end == view.start + owner.start() and view.is_(m, "Agent")]
            if named:
                return named[-1]
    for mention in view.mentions:
        if mention.start - view.start > 50:
            return None
        if id(mention) in view.modifiers or not view.is_(mention, "Agent"):
            continue
        if OBJECT_BEFORE.search(view.text, max(view.start, mention.start - 20), mention.start):
            return None
        return mention if view.is_(mention, "Person") else None
    return None


class Discourse:
    """Who speaks across sentences. In an interview transcript, the one person
    the text's opening names beside a word of interviewing ('Jane Example, the
    head of the agency, spoke to us'); each 'A:' line is hers, and so are a
    paragraph right after a question standing alone ('Is Japan joining?') and
    the paragraphs an answer goes on with, up to the next question. A line opening
    with a person's name and a colon is that person's. A quotation with no
    attribution right after someone's speech goes on with their words, and a
    quotation standing alone right after a sentence that opens with an agent
    ('Jane Example was blunt. “…”') is that agent's."""

    def __init__(self) -> None:
        self.last_speaker: Found | None = None
        self.last_end = -1  # where the last sentence with a speech act ends
        self.last_start = -1  # and where it starts
        self.answerer: Found | None = None
        self.decided = False
        self.line = -1  # the answer line being read
        self.claimed = -1  # the answer line that has a claim already
        self.subject: Found | None = None  # the subject of the last sentence, when it has no speech
        self.subject_end = -1
        self.answering = False  # inside an interviewee's answer, until the next question
        self.asked_line = -1  # where the last question line starts
        self.claim_line: list[int] | None = None  # a fact check's 'Claim: …' line, until its speaker is named

    @staticmethod
    def previous_line(text: str, line: int) -> int:
        """Where the last non-blank line before the line at ``line`` starts."""
        end = line  # back over the blank lines (no copy of the text before: the work stays linear in the text)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return text.rfind("\n", 0, end) + 1 if end else -1

    def speaker(self, view: SentenceView, history: list[Found]) -> Found | None:
        text = view.text
        line = text.rfind("\n", 0, view.start) + 1
        end = text.find("\n", line)
        # A question: 'Q: …', or a paragraph that is one question ('Is Japan joining the ILRS?').
        question = QUESTION_LINE.match(text, line) is not None or (
            view.start == line and BARE_QUESTION.fullmatch(text, line, end if end >= 0 else len(text)) is not None
        )
        if question and not self.decided:
            self.decided = True
            people = {m.entity: m for m in history if m.end <= line and view.is_(m, "Person")}
            if len(people) == 1 and INTERVIEW_CUE.search(text, 0, line):
                self.answerer = next(iter(people.values()))
        if question:
            self.asked_line, self.answering = line, False
        elif self.answerer is not None and (
            ANSWER_LINE.match(text, line) or self.answering or self.asked_line == self.previous_line(text, line)
        ):
            # 'A: …', a paragraph right after a bare question, and the paragraphs an answer goes on with.
            self.answering = True
            self.line = line
            return self.answerer
        # 'Fox: One option …' opens a line, or a sentence after a question on the same line ('Q: Which? Fox: …').
        for at in dict.fromkeys((line, view.start)):
            named = LINE_SPEAKER.match(text, at)
            if not named or at < 1 or QUESTION_LINE.match(text, at) or ANSWER_LINE.match(text, at):
                continue
            name = TITLE_WORD.sub("", named.group(1)).lower()  # 'Dr. Example:'
            if len(text[named.end() : view.end].split()) < 3:
                return None  # 'Fox: Yes.': a one-word answer is evidence of the claim the next sentence states
            if named.group(2) and ANSWER_LABEL.match(named.group(1)):
                # 'A (Jane Example, director): …': the first person named inside the brackets.
                low, high = named.span(2)
                inside = [m for m in history if low <= m.start and m.end <= high and view.is_(m, "Person")]
                if inside:
                    self.line = at
                    return inside[0]
                continue
            for mention in reversed(history):
                if mention.end <= at + len(named.group(1)) and view.is_(mention, "Person"):
                    label = (mention.label or text[mention.start : mention.end]).lower()
                    if name in (label, label.split()[-1]) or (label.split()[0] == name and " " not in name):
                        self.line = at
                        return mention
        return None


def _quoted_at(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after ``start`` ('Claim: "China could … declare that …"':
    the tested words' own subject is no speaker)."""
    between = text[start:at]
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1


def _label_end(view: SentenceView, line: int) -> int:
    """Where the speaker label opening the line at ``line`` ends ('FOX:', 'Jane Doe (NASA):'); -1 if none."""
    named = LINE_SPEAKER.match(view.text, line)
    return named.end() if named is not None else -1


class Claimed:
    """The spans the claims' first evidence covers, asked in O(log n): whether a span overlaps one."""

    def __init__(self, claims: list[dict[str, Any]]) -> None:
        spans = sorted(tuple(c["evidence"][0]) for c in claims if c.get("evidence"))
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)
        return index > 0 and self.reach[index - 1] > start


def insert_in_order(claims: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``claims`` with ``new`` (in text order) each placed before the first claim starting after it: one pass."""
    merged: list[dict[str, Any]] = []
    pending = iter(new)
    upcoming = next(pending, None)
    for claim in claims:
        while upcoming is not None and claim.get("evidence") and claim["evidence"][0][0] > upcoming["evidence"][0][0]:
            merged.append(upcoming)
            upcoming = next(pending, None)
        merged.append(claim)
    return merged + ([upcoming] if upcoming is not None else []) + list(pending)


# A sentence whose speech verb opens a quotation that it does not close: 'Jane Doe said: "India will join X.'
SPOKEN_OPENING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|declared|declares|announced|insisted|insists|argued|argues|"
    r"warned|warns|explained|explains|noted|notes|continued|stated|replied|replies|answered|recalled|put\s+it)"
    r"(?:\s+[^\"“”:,]{1,40}?)?\s*[:,]\s*[\"“][^\"“”]*$"
)


def quotation_goes_on(candidates: Candidates, speaker: Any, span: list[int], first_fact: int) -> bool:
    """The sentences of a quotation after the one that named its speaker ('Jane Doe said: "India will join X. It
    has not joined Y."') are the speaker's words: what they state is a proposition of the speaker's, never a
    fact; a claim without one when they state no relation."""
    low, high = span
    while low < high and candidates.text[low].isspace():
        low += 1
    if high <= low:
        return False
    said = [f for f in candidates.facts[first_fact:] if "cue" in f and low <= f["cue"][0] < high]
    moved = {id(f) for f in said}
    candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:] if id(f) not in moved]
    claim: dict[str, Any] = {"speaker": speaker, "evidence": [[low, high]], "confidence": 0.6}
    if not said:
        candidates.claims.append(claim)
    for fact in said:
        entry = {**claim, "proposition": {"subject": fact["subject"], "relation": fact["relation"],
                                          "object": fact["object"]}}  # fmt: skip
        if fact.get("modality"):
            entry["modality"] = fact["modality"]
        if entry not in candidates.claims:
            candidates.claims.append(entry)
    return True


def answered_questions(view: SentenceView, candidates: Candidates, first_fact: int, first_claim: int) -> None:
    """'Asked whether India would join X, Jane Doe said it would not': the speaker answers the question with its
    relation, denied ('would not', 'no') or affirmed (a plan for 'would', 'will'; done for 'did', 'has'); the
    question's relation is neither a fact nor a condition of the writer's (speakers23)."""
    sentence = view.sentence
    if "sked" not in sentence:
        return
    asked, answer = ASKED_WHETHER.match(sentence), ELLIPTIC_ANSWER.search(sentence)
    said = [c for c in candidates.claims[first_claim:] if isinstance(c.get("speaker"), str)]
    if asked is None or answer is None or not said:
        return
    low, high = view.start + asked.start("q"), view.start + asked.end("q")
    question = [f for f in candidates.facts[first_fact:] if "cue" in f and low <= f["cue"][0] < high]
    if not question:
        return
    moved = {id(f) for f in question}
    candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:] if id(f) not in moved]
    if answer.group("not") or answer.group("no"):
        modality: str | None = "negated"
    else:
        modality = "planned" if answer.group("aux") in ("would", "will") else None
    speaker = said[0]["speaker"]
    bare = [c for c in said if "proposition" not in c and c["speaker"] == speaker]
    for claim in bare:
        candidates.claims.remove(claim)
    for fact in question:
        entry: dict[str, Any] = {"speaker": speaker, "evidence": [list(view.span)], "confidence": 0.6,
                                 "proposition": {"subject": fact["subject"], "relation": fact["relation"],
                                                 "object": fact["object"]}}  # fmt: skip
        if modality is not None:
            entry["modality"] = modality
        candidates.claims.append(entry)


def named_lines(view_of: Callable[[Found, str], bool], candidates: Candidates, spans: list[tuple[int, int]]) -> None:
    """A headline's or deck's 'Surname: words' ('May: armed forces won't depend on …') is the claim of the
    person the text names so later (its first mention after the line, whose name is or ends with the
    word): a forward reference no sentence-by-sentence reading can resolve, so read after the text.
    ``view_of`` is the class test of the extractor's linker (``linker.is_``). Linear in the text."""
    text, is_ = candidates.text, view_of
    claimed = Claimed(candidates.claims)
    first: dict[str, Found] = {}  # the first person named with each last word
    for mention in candidates.mentions:
        if mention.rule != "anaphor" and is_(mention, "Person"):
            words = (mention.label or text[mention.start : mention.end]).split()
            if words:
                first.setdefault(words[-1], mention)
    new: list[dict[str, Any]] = []
    for start, end in spans:
        named = LINE_SPEAKER.match(text, start)
        if (named is None or (start and text[start - 1] != "\n") or ROLE_NOUN.fullmatch(named.group(1).lower())
                or len(text[named.end() : end].split()) < 3 or claimed.overlaps(start, end)):  # fmt: skip
            continue
        name = named.group(1)
        person = first.get(name.split()[-1])
        if (
            person is not None
            and person.start >= end
            and (person.label or text[person.start : person.end]).endswith(name)
        ):
            new.append({"speaker": person.entity, "evidence": [[start, end]], "confidence": 0.5})
    if new:
        candidates.claims = insert_in_order(candidates.claims, new)


# 'President Jane Example sent Congress his budget request', 'the minister presented her plan': who proposes.
SUBMITTED_PLAN = re.compile(
    r"\b(?:sent|sends|submitted|submits|presented|presents|proposed|proposes|unveiled|unveils|tabled|tables|"
    r"released|releases)\s+(?:[\w’'-]+\s+){0,3}?(?:his|her|its|their|the|a)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:request|proposal|plan|budget|blueprint|bill|agenda)s?\b"
)
SUBMITTED_PLAN = lead(SUBMITTED_PLAN)  # the same matches, found faster (literals.lead)
# A list item ('- ', '• ', '1. ', '(a) ') and, after a heading of its own ('- Space station. '), an imperative
# verb opening the sentence: an item of a proposal ('Cancel X, …', 'Keep the station in operation …').
IMPERATIVE = re.compile(
    r"(?:Cancel|Keep|Extend|Fund|Build|End|Retire|Create|Increase|Cut|Add|Move|Start|Stop|Replace|Expand|Reduce|"
    r"Establish|Develop|Launch|Invest|Provide|Support|Terminate|Continue|Restore|Transfer|Delay|Accelerate|Phase|"
    r"Close|Open|Buy|Sell|Allow|Require|Direct|Authori[sz]e|Eliminate|Shift|Raise|Double|Halve|Begin|Resume|"
    r"Return|Send|Set|Give|Use|Pay|Hire|Consolidate|Merge|Abolish|Repeal|Restructure|Redirect|Boost|Freeze|"
    r"Maintain|Preserve|Ban|Prohibit|Withdraw|Join|Leave|Sign|Ratify|Scrap|Drop|Defer|Postpone|Outsource)\s"
)
# The item's own heading may stand before the verb ('- Space station. Keep …'), nothing else.
PROPOSAL_ITEM = re.compile(
    r"^[ \t]*(?:[-•*–]|\d{1,2}[.)]|\([a-z\d]\))[ \t]+(?:[^.;:\n]{1,40}[.:][ \t]+)?(?=" + IMPERATIVE.pattern + ")",
    re.MULTILINE,
)


def proposal_items(is_: Callable[[Found, str], bool], candidates: Candidates, spans: list[tuple[int, int]]) -> None:
    """The items of a proposal that a text lists ('- Human spaceflight. Cancel Constellation, …') are the
    claims of whoever the text says sent or presented the request, plan or bill ('President Jane Example
    sent Congress his budget request'), named before or after the list: read after the text. A list of
    imperatives with no one named as submitting a plan (a brief's own recommendations) is no one's claim."""
    text = candidates.text
    proposer: Found | None = None
    for start, end in spans:
        verb = SUBMITTED_PLAN.search(text, start, end)
        if verb is None:
            continue
        agents = [m for m in candidates.mentions if start <= m.start and m.end <= verb.start() and is_(m, "Agent")]
        people = [m for m in agents if is_(m, "Person")]
        if people or agents:
            proposer = (people or agents)[-1]
            break
    if proposer is None:
        return
    claimed = Claimed(candidates.claims)
    starts = [a for a, _ in spans]
    new: list[dict[str, Any]] = []
    for item in PROPOSAL_ITEM.finditer(text):
        index = bisect.bisect_right(starts, item.end()) - 1
        if index < 0 or spans[index][1] <= item.end():
            continue
        start, end = spans[index]
        if claimed.overlaps(start, end) or (new and new[-1]["evidence"][0] == [start, end]):
            continue
        new.append({"speaker": proposer.entity, "evidence": [[start, end]], "confidence": 0.5})
    if new:
        candidates.claims = insert_in_order(candidates.claims, new)


@functools.cache
def _stands_for() -> dict[str, str]:
    """The gazetteer's cities that stand for a country or a union when they act ('London says'): city id -> id."""
    rows = [line.split("\t") for line in gazetteer_text().splitlines() if line and not line.startswith("#")]
    return {row[2]: row[3] for row in rows if len(row) >= 4 and row[1] == "City"}


def _capitals_speak(view: SentenceView) -> None:
    """A capital that is the subject of a speech verb ('London says it has put …', 'Moscow has warned
    that …') speaks for the country it stands for, even where the text names it as a city elsewhere:
    the sentence's mention is replaced (for the claims stage only; the text's mentions keep the city)."""
    cities = _stands_for()
    for index, mention in enumerate(view.mentions):
        country = cities.get(mention.entity)
        if (country is None or country not in view.linker.entities
                or PLACE_BEFORE.search(view.text, max(view.start, mention.start - 12), mention.start)):  # fmt: skip
            continue  # ('leaders meeting in London declared …': a place)
        verb = SPEECH_VERB.match(view.text, CAPITAL_VERB_GAP.match(view.text, mention.end).end())  # type: ignore[union-attr]
        if verb is not None and verb.start() < view.end:
            view.mentions = [*view.mentions]
            view.mentions[index] = dataclasses.replace(mention, entity=country, new=False, rule="capital as speaker")


PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|of|for|on|via|into|outside|around|across|through|by|with)\s+$", re.I
)
CAPITAL_VERB_GAP = re.compile(r"\s*(?:(?:has|have|had|also|again|then|later|now|on\s+\w+)\s+)*")


# 'It has not.', 'Japan did not.', 'That is not true.': a sentence that only denies the one before.
ELLIPTIC_DENIAL = re.compile(
    r"\s*(?:(?:It|They|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:has|have|had|did|does|is|was|were|are)\s*"
    r"(?:not|n['’]t|never)(?:\s+(?:done\s+so|yet|either))?|(?:That|This)\s+is\s+(?:not\s+(?:true|the\s+case|correct)|"
    r"false|wrong|incorrect))\s*[.!]\s*"
)
# 'Your report says that X runs Y. It does not: Z runs it.': the same denial opening a sentence that goes on after
# a colon to say what is so (GUIDELINES: "The section says A runs X. It does not:"; precision20).
ELLIPTIC_DENIAL_COLON = re.compile(ELLIPTIC_DENIAL.pattern.replace(r"\s*[.!]\s*", r"\s*:\s+", 1))
# A speech verb in a clause joined by 'but'/'and' with its own subject: '…, but she insisted that'.
OWN_CLAUSE = re.compile(
    r"(?:;|,\s+(?:and|but|while|whereas)\s+)(?:he|she|they|it|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?:(?:also|later|then|has|had)\s+)*[a-z]+(?:\s+(?:that|on|in))?\s*$"
)


def claims(
    view: SentenceView,
    candidates: Candidates,
    history: list[Found],
    first_fact: int = 0,
    quote_span: list[int] | None = None,
    quoted: list[dict[str, Any]] | None = None,
    interview: Discourse | None = None,
) -> bool:
    """Claims of one sentence; ``first_fact`` is where its facts start in
    ``candidates.facts`` (facts in reported words move into claims);
    ``quote_span`` the sentences of a quotation that began before this one
    and ``quoted`` the facts stated in them, which become the speaker's.
    True when the sentence reports speech."""
    sentence, span = view.sentence, view.span
    is_, before, after, group = view.is_, view.before, view.after, view.group
    history = history[-RECENT:]  # antecedents among the last few hundred mentions: linear in the text
    answerer = interview.speaker(view, history) if interview is not None else None
    # 'Q: Will Japan join the Gateway?': a question states nothing, as fact or as anyone's claim;
    # nor does a fact check's 'Claim: …' line, the words it goes on to test.
    line_start = view.text.rfind("\n", 0, view.start) + 1
    if search(QUESTION_END, sentence):
        # (but a transcript's label before the question is no part of it: 'Q (Jane Doe, Reuters): Who built it?'
        # still makes the reporter the outlet's; clients.questioner_outlets, relations24)
        label = label_end(view.text, line_start)
        candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:] if label >= 0 and "at" in f
                                         and f["at"][1] <= label and f.get("cue", f["at"])[1] <= label]  # fmt: skip
        return False
    tested = CLAIM_LINE.match(view.text, line_start) is not None
    who_said = WHO_SAID.match(view.text, line_start) if interview is not None and interview.claim_line else None
    if who_said is not None and interview is not None and interview.claim_line is not None and view.start == line_start:
        # A fact check's 'Claim: “…”' and then 'Who said it: NASA Administrator Jane Example, in …'.
        speaker = speaker_after(view, who_said.end() - view.start, history)
        if speaker is not None:
            candidates.claims.append({"speaker": speaker.entity, "evidence": [interview.claim_line, span],
                                      "confidence": 0.6})  # fmt: skip
            interview.claim_line = None
            return True
    # A headline (the text's first line, without a full stop) announces what the body reports.
    if view.start == 0 and not re.search(r"[.!?”\"]\s*$", sentence) and view.text[view.end : view.end + 1] == "\n":
        return False
    previous = None
    if (
        interview is not None
        and interview.last_speaker is not None
        and 0 <= view.start - interview.last_end < 400
        and not _agent_since(view, history, interview.last_end)
    ):
        previous = interview.last_speaker
    elliptic = (
        (ELLIPTIC_DENIAL.fullmatch(sentence) or ELLIPTIC_DENIAL_COLON.match(sentence))
        if may(ELLIPTIC_DENIAL, sentence)
        else None
    )
    if elliptic is not None:
        # '… said that Japan had joined X. It has not.': the sentence before is denied for its subject (only the
        # names of the denial itself, not those of what a colon adds after it).
        named = [m for m in view.mentions if view.is_(m, "Agent") and m.start < view.start + elliptic.end()]
        for fact in reversed(candidates.facts[:first_fact]):
            low, high = fact["evidence"][0]
            if high > view.start or view.text[high : view.start].strip():
                break
            if fact["relation"] != "affiliatedWith" and (not named or fact["subject"] == named[0].entity):
                fact["modality"] = "negated"
    unattributed: list[Region] = []
    speaking = None
    if (
        interview is not None
        and interview.last_speaker is not None
        and view.is_(interview.last_speaker, "Person")
        and 0 <= view.start - interview.last_end < 400
        and not _person_since(view, history, interview.last_start, interview.last_speaker.entity)
    ):
        # ('Jane Example met John Roe. She said … He added …': not when the sentence before used the other pronoun)
        own = search(HE_SHE, sentence)
        other = {"he": "she", "she": "he"}[own.group(0).lower()] if own else ""
        if not other or not re.search(rf"\b{other}\b", view.text[interview.last_start : interview.last_end], re.I):
            speaking = interview.last_speaker
    _capitals_speak(view)
    acts = speech_acts(view, history, previous, unattributed, speaking)
    if tested and not [a for a in acts if a[0].start >= line_start and a[1] not in (SILENT, JOINT)
                       and not _quoted_at(view.text, line_start, a[0].start)]:  # fmt: skip
        # A fact check's 'Claim: …' line states nothing, as fact or as anyone's claim, until a line names who
        # said it ('Who said it: …'); a claim line that names its own speaker ('Claim: In 2019 Jane Example
        # said that …') is that speaker's claim (speakers24).
        candidates.facts[first_fact:] = []
        if interview is not None:
            claimed = interview.claim_line
            interview.claim_line = [claimed[0] if claimed and claimed[0] >= line_start else view.start, view.end]
        return False
    # '… received Y at the White House. It said …': a name earlier in the text that was a venue (after
    # 'at') is a place there, and a place is no speaker.
    acts = [a for a in acts if a[0].end > view.start or not VENUE_BEFORE.search(view.text, max(0, a[0].start - 12),
                                                                                a[0].start)]  # fmt: skip
    for fact in candidates.facts[first_fact:] if unattributed else ():
        # 'Analysts said Japan had joined X', 'An earlier version of this article said …': reported, not asserted.
        at = fact["cue"][0] - view.start if "cue" in fact else -1
        if (not fact.get("modality") and any(a <= at < b for region in unattributed for a, b in region)
                and not any(a <= at < b for _, region in acts for a, b in region)
                and not background(view.text, view.start, fact["cue"][0])):  # fmt: skip
            fact["modality"] = "predicted"
    opening = quote_span[0] if quote_span else view.start
    # '“Best day ever!” Jane Example said as …': the next sentence names who speaks these words.
    attributed_next = ATTRIBUTION_NEXT.match(view.text, view.end) is not None
    if (not acts and answerer is None and interview is not None and interview.last_speaker is not None
            and not attributed_next
            and UNATTRIBUTED.match(view.text, opening) and not view.text[interview.last_end : opening].strip()
            and (quote_span or (sentence.count("“") <= sentence.count("”") and sentence.count('"') % 2 == 0))):  # fmt: skip
        # '… Jane Example said. “We have no choice.”': her words go on.
        acts = [(interview.last_speaker, ((0, len(sentence)),))]
    if (not acts and answerer is None and interview is not None and interview.subject is not None
            and not attributed_next and UNATTRIBUTED.match(view.text, opening) and not view.text[interview.subject_end : opening].strip()
            and QUOTE_CLOSES.search(sentence)
            and (quote_span or (sentence.count("“") == sentence.count("”") == 1 and '"' not in sentence)
                 or (sentence.count('"') == 2 and "“" not in sentence))):  # fmt: skip
        # 'Jane Example was blunt. “We will not join.”': a quotation alone right after a sentence
        # about someone is theirs.
        acts = [(interview.subject, ((0, len(sentence)),))]
    if interview is not None:
        interview.subject = None if acts or QUOTE_MARK.search(sentence) else _sentence_subject(view)
        interview.subject_end = view.end
    statement = THE_STATEMENT.match(sentence) if not acts and interview is not None else None
    if (statement and interview is not None and interview.last_speaker is not None
            and 0 <= view.start - interview.last_end < 400
            and not any(interview.last_end <= m.start < view.start and view.is_(m, "Agent") for m in history)):  # fmt: skip
        # 'NASA issued a statement. The statement said …': the words of whoever made it.
        acts = [(interview.last_speaker, ((statement.end(), len(sentence)),))]
    if interview is not None and acts:
        interview.last_speaker, interview.last_end, interview.last_start = acts[0][0], view.end, view.start
    if answerer is not None and interview is not None and not acts:
        # An interview's answer is the interviewee's: one claim per answer, and one per relation it states.
        stated = any("cue" in f for f in candidates.facts[first_fact:])
        # ('FOX: Psyche is on its way. JPL manages the mission.': a later sentence of the turn that names something
        # is a claim of its own even where no relation was read in it; speakers24)
        turn_label = _label_end(view, line_start)
        names = any(m.start >= max(view.start, turn_label) for m in view.mentions)
        if stated or names or interview.claimed != interview.line:
            acts = [(answerer, ((0, len(sentence)),))]
            interview.claimed = interview.line
    for match in ACCORDING_TO.finditer(sentence) if first_fact < len(candidates.facts) else ():
        # 'According to documents seen by The Example Post, NASA will join X', 'According to NASA, which
        # leads P, Japan will join': a name in the attribution is a source, no party to what it reports.
        stop = ATTRIBUTION_STOP.search(sentence, match.end())
        low, high = view.start + match.end(), view.start + (stop.start() if stop else len(sentence))
        sources = {m.entity for m in view.mentions if low <= m.start < high} - {
            m.entity for m in view.mentions if not low <= m.start < high
        }
        # ('According to NASA, which leads P, …': the relative clause on the source is the writer's own fact)
        source_clause = SOURCE_RELATIVE.match(view.text, high)
        kept_to = source_clause.end() if source_clause else high
        candidates.facts[first_fact:] = [
            f for f in candidates.facts[first_fact:] if not _attributed(f, low, high, kept_to, sources)
        ]
    first_claim = len(candidates.claims)  # the claims of this sentence start here (compared only with each other)
    if acts and all(a[1] in (SILENT, JOINT) for a in acts):
        acts = []  # someone answered or commented, and the sentence does not say what
    joint = [a for a in acts if a[1] == JOINT]
    acts = [a for a in acts if a[1] not in (JOINT, SILENT)]
    for number, (speaker, region) in enumerate(acts):
        low = region[0][0]

        def inside(at: int, region: Region = region) -> bool:
            return any(view.start + a <= at < view.start + b for a, b in region)

        # ('arguing that ULA, a joint venture of A and B, …': an apposition describing a name is the writer's)
        # (', which Brazil had signed in 1967': a relative clause's background is the writer's too)
        reported = [f for f in candidates.facts[first_fact:] if "cue" in f and inside(f["cue"][0])
                    and not view.text.startswith(",", f["cue"][0])
                    and not background(view.text, view.start, f["cue"][0])]  # fmt: skip
        if reported:
            moved = {id(f) for f in reported}
            candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:] if id(f) not in moved]
        hosted: set[int] = set()
        split = speaker.start >= view.start and SPLIT_QUOTE.search(view.text, view.start, speaker.start) is not None
        if (ATTRIBUTION_END.match(sentence, low) or split) and speaker.start >= view.start:
            # ('"India," Jane Example said, "will join X"': a quotation split by its attribution; claims12)
            # 'India, Jane Example said, has no plans to join X': the attribution sits inside the clause it
            # reports, and the clause's subject is the name before it, not the speaker.
            opening = view.text.rfind(",", view.start, speaker.start)
            host = [m for m in view.mentions if opening >= 0 and m.end == opening and view.is_(m, "Agent")
                    and not view.text[opening + 1 : speaker.start].strip(" ,").count(",")]  # fmt: skip
            seen: set[tuple[str, str, str]] = set()
            for fact in reported if host else ():
                if fact["subject"] == speaker.entity and speaker.start <= fact.get("at", (0, 0))[0] < speaker.end:
                    fact["subject"], fact["at"] = host[-1].entity, (host[-1].start, host[-1].end)
                key = (fact["subject"], fact["relation"], fact["object"])
                if fact.get("at") == (host[-1].start, host[-1].end) and key not in seen:
                    hosted.add(id(fact))
                    seen.add(key)
            reported = [f for f in reported if id(f) in hosted or f["subject"] != host[-1].entity] if host else reported
        # 'According to NASA, Japan will join': the speaker is not a subject of what is reported.
        # 'Japan pledged to join': the speaker's own plan is what it says.
        # 'According to NASA, Japan will join': a speaker named in the attribution's own phrase is no subject.
        cited = ACCORDING_TO_BEFORE.search(view.text, max(view.start, speaker.start - 30), speaker.start) is not None
        reported = [f for f in reported if inside(f["at"][0]) or id(f) in hosted
                    or (f["subject"] == speaker.entity and not (cited and f.get("at", (0, 0))[0] == speaker.start))]  # fmt: skip
        if number == 0 and quoted:
            _remove_recent(candidates.facts, quoted)
            reported = quoted + reported
        # 'asked China to join': a request states no relation.
        # ('Japan asked to join X': its own application, a plan it states)
        if REQUEST.search(sentence[max(0, low - 12) : low + 1]) and not SELF_REQUEST.match(sentence, low):
            reported = []
        # 'X told Reuters that Japan would join …': who is told is no party to what is said.
        addressed = [
            m for m in view.mentions if ADDRESSEE_BEFORE.search(view.text, max(view.start, m.start - 25), m.start)
        ]
        told = {m.entity for m in addressed} - {
            n.entity for n in view.mentions if inside(n.start) and all(n is not m for m in addressed)
        }
        for number_, fact in enumerate(reported):
            cue_ = fact.get("cue", (0, 0))[0]
            if fact["subject"] in told and PRONOUN_BEFORE_VERB.search(
                view.text, max(view.start + low, cue_ - 60), cue_
            ):
                # 'X informs the Secretary-General that it will withdraw': a pronoun subject of the words
                # told is the teller, not the one told.
                reported[number_] = {**fact, "subject": speaker.entity, "at": (speaker.start, speaker.end)}
        reported = [f for f in reported if f["object"] not in told and f["subject"] not in told]
        own_clause = number > 0 and OWN_CLAUSE.search(sentence, max(0, low - 60), low) is not None
        denied = DENIAL.search(sentence, max(0, low - 40), low + 40)
        denial = denied is not None and denied.start() < low
        # 'Russia and China said': each speaker's claim, with the same words.
        together = [speaker.entity] + [o.entity for o, _ in joint if o.entity != speaker.entity]
        for who in dict.fromkeys(together):
            claim: dict[str, Any] = {"speaker": who, "evidence": [quote_span or span], "confidence": 0.6}
            # Two verbs of one speech act ('said …, adding that') are one claim; a speech verb that opens
            # a clause of its own ('X said …, but she insisted that …') is another.
            if not reported and (claim not in candidates.claims[first_claim:] or own_clause):
                candidates.claims.append(claim)
            for fact in reported:
                proposition = {"subject": fact["subject"], "relation": fact["relation"], "object": fact["object"]}
                entry = {**claim, "proposition": proposition}
                if fact.get("modality"):
                    entry["modality"] = fact["modality"]
                if denial and fact.get("modality") == "negated":
                    # 'denied that Russia had left': a denied negation is no proposition to state
                    if claim not in candidates.claims[first_claim:]:
                        candidates.claims.append(claim)
                    continue
                if denial:
                    entry["modality"] = "negated"  # 'Roscosmos denied that Russia had joined the station'
                if entry in candidates.claims[first_claim:]:
                    continue  # two rules read one relation: one claim (speakers25)
                candidates.claims.append(entry)
    spoke = bool(acts)
    withheld = scan(WITHHELD_ASSENT, sentence) if may(WITHHELD_ASSENT, sentence) else ()
    for match in itertools.chain(scan(OPPOSE, sentence), withheld):
        if match.group(0) == "against" and not VOTED_AGAINST.search(sentence, max(0, match.start() - 40), match.end()):
            continue  # 'a treaty against weapons in space': a noun's complement, no one's stance
        if match.group(0).startswith("object") and not OBJECTS_AS_VERB.match(sentence, match.end()):
            continue  # 'telescopes to track objects in orbit': the noun
        if PASSIVE_BEFORE.search(sentence[: match.start()].rstrip()) and not match.group(0).startswith(
            ("abstain", "against")
        ):
            continue  # 'Japan's bid was rejected': the subject is what is opposed (by whom: PASSIVE_STANCE)
        if PASSIVE_BY.match(sentence, match.end()):
            continue  # 'a draft backed by A and opposed by B': a participle; B opposes (PASSIVE_STANCE), not A
        # 'Russia vetoed it, and China abstained': what is opposed is in the verb's own clause.
        limit = view.start + view.clause_end(match.end())
        did = SO_DID.search(sentence, match.end()) if " did " in sentence else None
        if did is not None:
            limit = min(limit, view.start + did.start())  # 'rejected it, as did India': India is no object
        pronoun = re.match(r"\s+(?:it|them)\b", sentence[match.end() :])
        objects = [] if pronoun else group([m for m in after(match.end()) if m.start < limit], False)
        if not objects and pronoun:
            # 'The United States rejected it': the document or programme named last.
            referent = antecedent(view.linker, ("Document", "Program"), history, view.start + match.start())
            objects = [referent] if referent is not None else []
        holders = stance_subjects(view, match.start(), acts)
        if holders:
            # 'A and B rejected it, as did C', 'A abstained, as did B': the same stance of a second subject (named
            # right after 'did')
            holders += [o for o in _also_did(view, match.end()) if all(o.entity != h.entity for h in holders)]
        for subject in holders:
            for obj in objects:
                candidates.claims.append(
                    {"speaker": subject.entity, "opposes": obj.entity, "evidence": [span], "confidence": 0.4}
                )
            # 'Russia vetoed a draft …', 'China abstained', 'Washington rejected both versions': a stance
            # on something not named here is still the subject's claim.
            if not objects:
                stance(view, candidates, subject, match.start(), first_claim)
    for match in scan(PASSIVE_STANCE, sentence):
        # 'The draft was opposed by Russia and China', 'a text backed by Japan': the agents take the stance.
        if PRAISE.match(match.group(0)) and RELATIVE_PASSIVE.search(sentence, 0, match.start()):
            continue  # 'Jane Example, who was praised by A and B, said …': an honour in the background, no stance
        limit = view.start + view.clause_end(match.end())
        targets = [m for m in before(match.start()) if not is_(m, "Agent")]
        agents = group([m for m in after(match.end()) if is_(m, "Agent") and m.start < limit], False)
        if agents and not TITLES_ONLY.fullmatch(view.text, view.start + match.end(), agents[0].start):
            continue  # 'a company backed by the state, was sold to X': the agent is unnamed; X took no stance
        for agent in agents:
            if (match.group(1) or match.group(2)).startswith(("oppos", "reject", "veto", "critici")) and targets:
                candidates.claims.append({"speaker": agent.entity, "opposes": targets[-1].entity, "evidence": [span],
                                          "confidence": 0.4})  # fmt: skip
            else:
                stance(view, candidates, agent, 0, first_claim)
    for match in scan(STANCE, sentence):
        # 'Russia blocked consensus', 'Beijing played the danger down', 'Berlin never hid its doubts'.
        for subject in stance_subjects(view, match.start(), acts):
            stance(view, candidates, subject, match.start(), first_claim)
    for match in scan(SUPPORT, sentence):
        # 'Japan backed the draft', 'France voted for it': a stance is the voter's claim.
        if PASSIVE_BY.match(sentence, match.end()):
            continue  # 'X, a company backed by the state': a passive participle; its agent (PASSIVE_STANCE) backs
        for subject in stance_subjects(view, match.start(), acts):
            stance(view, candidates, subject, match.start(), first_claim)
    for match in scan(PERMIT_FROM, sentence):
        # 'X has put satellites into orbit under licences from the FCC': the regulator's decision is its claim.
        holder = _permit_holder(view, match, history)
        if holder is not None and not _is_claimed(candidates, holder.entity, span, first_claim):
            candidates.claims.append({"speaker": holder.entity, "evidence": [span], "confidence": 0.4})
    # 'NASA was against it', 'Moscow did not give in', 'the agency refused to let him train': stances.
    positions(view, candidates, acts, first_claim)
    for match in scan(OPEN_TO, sentence):
        subjects, objects = (
            before(match.start()),
            group([m for m in after(match.end()) if is_(m, "Agent")], False),
        )
        program = next((m for m in reversed(subjects) if is_(m, "Program")), None)
        speakers = [m for m in subjects if m is not program and is_(m, "Agent")]
        for obj in objects:
            if program is not None:
                candidates.claims.append({"speaker": [s.entity for s in speakers] or [program.entity], "proposition":
                                          {"subject": program.entity, "relation": "openTo", "object": obj.entity},
                                          "evidence": [span], "confidence": 0.5})  # fmt: skip
    return spoke
