"""Stances stated without a verb of saying: where someone's position is reported in the author's words.

A body or a person who is "against" a plan, "uneasy" or "sceptical" about it, who "did not give in",
"refused to let" someone do something or "agreed to let" them, who "resisted" a programme, takes a
position: a claim of that holder (the clause's subject, each name of a list that is the subject), even
with no words quoted. Not a stance: a refusal or consent to do what the ontology has as a relation
("refused to sign", "declined to take part", "agreed to supply"), which is a fact with its modality;
"declined to comment", which says nothing; an adjective that grades a thing ("critical to the mission").

A book's thesis, as a reviewer reports it ("The launch was for him less a stunt than …", "He shows X
resisting …"), is a claim of the book's author, the person the pronoun names.
"""

from __future__ import annotations

import re

from spacekg.extract.base import Candidates, Found
from spacekg.extract.literals import lead, lead_deep, scan, search
from spacekg.extract.relations import SentenceView

Region = tuple[tuple[int, int], ...]

# Degree words that may stand between the verb 'to be' and the stance: 'were also uneasy', 'was deeply sceptical'.
_DEGREE = (
    r"(?:(?:also|still|not|never|equally|deeply|openly|strongly|firmly|initially|at\s+first|more|less|far\s+from|very|"
    r"increasingly|clearly|quietly|privately|publicly|always|long|particularly|especially|no\s+less|just\s+as|as|so|"
    r"too|rather|both|all|somewhat|highly|fiercely|bitterly|sharply|widely|reportedly|then|later|soon|now)\s+)*"
)
_BE = (
    r"(?:is|are|was|were|remained|remains|remain|stayed|stays|seemed|seems|grew|grows|became|"
    r"(?:had|has|have)\s+(?:(?:long|always|also|never|not|already|\w+ly)\s+)?been)"
)
# What the ontology states as a relation: a refusal or a consent to do it is that fact's modality, not a
# stance ('Russia refused to sign', 'ESA declined to take part', 'Japan agreed to supply parts'); saying
# nothing ('declined to comment', 'refused to say whether') is no claim either.
_RELATION_OR_SILENCE = (
    r"(?:sign|join|ratify|accede|take\s+part|participate|cooperate|work|keep|continue|supply|build|provide|fund|"
    r"launch\s+(?:its|their)|stay|remain|host|lead|comment|say|speak|discuss|confirm|deny|disclose|elaborate|"
    r"answer|specify|name|reveal|give\s+(?:details|a|an|any)|be\s+(?:named|identified|interviewed|quoted))\b"
)
# What a holder feels about a plan: an unfavourable or a favourable position on it.
_ATTITUDE = (
    r"(?:uneasy|wary|sceptical|skeptical|doubtful|suspicious|unconvinced|unenthusiastic|unhappy|uncomfortable|"
    r"nervous|hostile|dismissive|distrustful|leery|alarmed|(?:firmly\s+)?opposed|supportive|enthusiastic\s+about|"
    r"in\s+favou?r|against(?=\s*(?:[.,;:]|it\b|them\b|this\b|that\b|the\b|any\b|a\b|an\b|such\b|letting|allowing|$))|"
    # 'critical of the plan' is a stance; 'critical to the mission', 'critical for safety' grade a thing.
    r"critical(?=\s+of\b)|(?:reluctant|unwilling|loath|loth)(?=\s+to\s+(?!"
    + _RELATION_OR_SILENCE
    + r"))|(?:worried|concerned)(?=\s+(?:about|by|over)\b))"
)
# Holding out or giving way: 'Moscow did not give in', 'Tokyo would not back down', 'Beijing stood firm'.
_HOLD = (
    r"(?:(?:did|does|do|would|will|could)\s*(?:not|n['’]t)|never|refus(?:ed|es)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:give\s+in|give\s+way|back\s+down|budge|relent|yield|bend|waver|cave\s+in)\b|"
    r"(?:stood|stands|stand|held|holds|hold)\s+(?:firm|fast|(?:its|their|his|her)\s+ground)\b|"
    r"(?:gave|gives)\s+(?:in|way)\b(?!\s+to\s+(?:the\s+)?(?:pressure|demands?)\s+(?:of|from)\b)|"
    r"(?:backed|backs)\s+down\b|caved\s+in\b|relented\b|"
    r"(?:stuck|sticks|stick)\s+to\s+(?:its|their|his|her)\s+(?:guns|position|line|demands?)\b|"
    r"(?:dug|digs|dig)\s+in\s+(?:its|their|his|her)\s+heels\b|"
    # A refusal with nothing after it: 'Japan asked to join; NASA refused.', 'but Moscow declined, citing …'.
    r"(?:refused|refuses|declined|declines)(?=\s*(?:[.;]|$|,\s+(?:and|but|saying|citing|arguing)\b))"
)
# Nouns that name who holds a stance on a thing.
_STANCE_NOUN = (
    r"(?:backer|supporter|champion|advocate|proponent|defender|critic|opponent|detractor|sceptic|skeptic|foe)"
)
# Refusing or allowing what someone else does, or paying what is claimed: 'refused to let Tito train',
# 'would not allow the test', 'agreed to let him fly', 'agreed to pay three million dollars'.
_PERMIT = (
    # (not 'the budget declined to its lowest level', a fall)
    r"(?:refus(?:ed|es)|declin(?:ed|es))\s+to\s+(?!"
    + _RELATION_OR_SILENCE
    + r"|(?:its|the|a|an|about|around|just|only|"
    r"less|under|below|their|his|her|some|zero|nothing|levels?|lows?)\b)[a-z]+\b|"
    r"(?:(?:did|does|do|would|will)\s*(?:not|n['’]t)|never)\s+(?:let|allow|permit)\b|"
    r"(?:agreed|agrees|agree)\s+to\s+(?:let|allow|permit)\b|"
    # A decision to do what the ontology has no relation for, or against a thing: 'the NSF decided not to rebuild
    # Arecibo', 'opted against a second launch' (a decision to join or sign is that fact's plan; speakers25).
    # (not 'has not decided to', 'would have decided to', 'who decided to leave': no decision, a relative's background)
    r"(?<!not\s)(?<!n['’]t\s)(?<!never\s)(?<!yet\s)(?<!who\s)(?<!which\s)(?<!would\shave\s)(?<!could\shave\s)"
    r"(?:decided|decides|opted|opts|resolved)\s+(?:not\s+)?to\s+(?!"
    + _RELATION_OR_SILENCE
    + r")[a-z]+\b|(?:decided|decides|opted|opts)\s+against\s+(?:the|a|an|any|its|their|further|another|"
    r"building|flying|launching|buying|funding|rebuilding|renewing)\b|"
    r"(?:agreed|agrees|agree|refused|refuses|offered|offers)\s+to\s+pay\s+(?:\w+\s+){0,4}?"
    r"(?:dollars|euros|pounds|roubles|rubles|yen|million|billion|compensation|damages)\b|"
    # 'Canada had doubts about the plan', 'CFIUS raised national security concerns'.
    r"(?:had|has|have|harbou?red|raised|raises|expressed|expresses|voiced|voices|aired)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:doubts|reservations|misgivings|concerns|objections|qualms)\b|"
    # Turning a thing down or pushing back on it: 'NASA turned down the request', 'Russia balked at the cost'.
    r"(?:turned|turns|turn)\s+down\s+(?:the|a|an|its|his|her|their|this|that|any)\s+(?:[\w-]+\s+){0,2}?(?:offer|request|"
    r"proposal|invitation|bid|plan|application|idea|demand)s?\b|"
    r"(?:balk|baulk)(?:ed|s)?\s+at\b|(?:pushed|pushes|push)\s+back\s+(?:against|on)\b|"
    r"(?:took|takes|take)\s+issue\s+with\b|(?:rebuffed|rebuffs|spurned|spurns)\b|"
    r"(?:lobbied|lobbies|campaigned|campaigns|fought|fights)\s+(?:hard\s+)?against\b|"
    r"doubt(?:ed|s)\s+(?:whether|if)\b|"
    # An inquiry's finding: 'The board traced the fire to a spark', 'the panel attributed the loss to …'.
    r"(?:traced|traces|attributed|attributes|pinned|pins)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:fire|failure|accident|explosion|loss|crash|disaster|fault|leak|anomaly|problem|cause|breakup|break-up|"
    r"mishap|malfunction|blast)s?\s+(?:\w+\s+){0,3}?to\b|"
    # Taking a side: 'India sided with Russia', 'ESA distanced itself from the plan', 'was among its critics'.
    r"(?:sided|sides|side)\s+with\b|distanc(?:ed|es)\s+(?:itself|himself|herself|themselves)\s+from\b|"
    r"(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:critics|opponents|"
    r"supporters|backers|champions|sceptics|skeptics)\b|"
    # A holder named by a noun of stance: 'Congress was long the mission's most stubborn backer', 'Japan is a
    # strong supporter of the treaty', 'has been an outspoken critic of the plan', 'remained its chief opponent'
    # (after a possessive or before 'of': not 'was a film critic', 'is a backer' of nothing named).
    r"(?:is|are|was|were|remained|remains|became|becomes|(?:has|have|had)\s+(?:\w+\s+)?been)\s+"
    r"(?:(?:long|also|still|always|once|then|now|\w+ly)\s+)*(?:"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s?|its|their|his|her|(?:one\s+of\s+)?(?:the|a|an)(?=\s(?:[^.,;:]*?)"
    + _STANCE_NOUN
    + r"s?\s+of\b))\s+(?:[\w-]+\s+){0,3}?"
    + _STANCE_NOUN
    + r"s?\b|"
    r"resist(?:ed|s)\b(?!\s+(?:the\s+)?(?:heat|pressure\s+of\s+the|temperatures?|radiation|corrosion|impacts?)\b)"
)
# Idioms of taking a position, in any tense ('made the case that', 'took the view that' are verbs of saying in
# claims.py, their clause reported): 'made the case for', 'struck a cautious
# note', 'sounded the alarm', 'hit back at', 'shot down the idea' (not 'shot down a satellite'), 'poured cold
# water on', 'threw its weight behind', 'cast doubt on', 'has been vocal about', 'is on record as saying'.
_IDIOM = (
    r"(?:made|makes|make|making)\s+the\s+case\s+(?:for|against)\b|"
    r"(?:struck|strikes|strike)\s+an?\s+(?:[\w-]+\s+){1,2}?(?:note|tone)\b|"
    r"(?:sounded|sounds|sound)\s+the\s+alarm\b|(?:hit|hits)\s+back\s+at\b|"
    r"(?:shot|shoots|shoot)\s+down\s+(?:the|a|an|this|that|its|their|any)\s+(?:[\w-]+\s+)?(?:idea|plan|proposal|"
    r"suggestion|request|bid|claims?|reports?)\b|"
    r"(?:poured|pours|pour)\s+cold\s+water\s+on\b|"
    r"(?:threw|throws|throw|put|puts)\s+(?:its|their|his|her)\s+(?:full\s+)?weight\s+behind\b|"
    r"(?:cast|casts)\s+doubts?\s+on\b|(?:called|calls)\s+into\s+question\b|"
    r"(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+|also\s+)?(?:vocal|outspoken)\b|"
    r"on\s+record\s+as\s+(?:saying|opposing|supporting|backing)\b"
)
POSITION = lead_deep(  # the same matches, found faster (literals.lead_deep)
    re.compile(r"\b(?:" + _BE + r"\s+" + _DEGREE + _ATTITUDE + r"|" + _HOLD + r"|" + _PERMIT + r"|" + _IDIOM + r")")
)
# A conditional or a wish is nobody's stance yet: 'if Russia agreed to let …', 'would have to drop its objection'.
HYPOTHETICAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|would\s+have\s+to|might|may)\b[^,;:]*$")

# A book's thesis in a review, with its author named by a pronoun: 'Sputnik was for him less a stunt than …',
# 'For her, the launch was …', 'In his telling, Apollo was a detour', 'His book argues …', 'He shows
# Eisenhower resisting …', 'She shows how …', 'In her view, …', 'Jane Doe shows that …' ('He argues that …' is a
# verb of saying already).
_WORK = (
    r"(?:new\s+|latest\s+|first\s+|last\s+)?(?:book|study|history|account|biography|memoir|thesis|argument|narrative)"
)
THESIS = re.compile(
    r"\b(?:(?<=\s)(?:is|was|are|were|remains|remained)\s+for\s+(?P<for>him|her|them)\s+(?=(?:less|more|not|above\s+all|"
    r"essentially|simply|chiefly|mainly|nothing|no|a|an|the)\b)|^(?:For|To)\s+(?P<to>him|her|them)\s*,|"
    r"^In\s+(?P<in>his|her|their)\s+(?:telling|account|reading|judge?ment|analysis|version|narrative)\s*,|"
    # ('In her view, …': one person's; 'In their view' after one name may be anyone's; speakers25)
    r"^In\s+(?P<view>his|her)\s+(?:own\s+)?(?:view|opinion|eyes|estimation)\s*,|"
    r"^(?P<whose>His|Her|Their)\s+" + _WORK + r"\s+(?:\w+ly\s+)?(?:argues|shows|contends|claims|maintains|suggests|"
    r"concludes|insists|makes\s+the\s+case|traces|demonstrates)\b|"
    r"^(?:(?:In\s+(?:the|this|his|her)\s+" + _WORK + r"|Here)\s*,\s*)?(?P<who>He|She|They)\s+"
    r"(?:also\s+|then\s+)?(?:shows|showed|demonstrates|demonstrated|traces|traced|documents|documented)\s+"
    r"(?:(?:that|how|why)\b|(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]+ing\b))|"
    # ('Jane Doe, the book's author, shows that …': the author named, a person; speakers25)
    r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})(?:\s*,[^,;:]{1,60},)?\s+(?:also\s+|then\s+)?"
    r"(?:shows|showed|demonstrates|demonstrated|traces|traced|documents|documented)\s+(?:that|how|why)\b"
)
THESIS = lead(THESIS)  # the same matches, found faster (literals.lead)
_PERSONAL = {"him": "he", "his": "he", "her": "she", "them": "they", "their": "they"}


def stance(view: SentenceView, candidates: Candidates, subject: Found, verb: int, since: int) -> None:
    """A stance whose object the sentence does not name ('Russia vetoed a draft …', 'China abstained'):
    the subject's claim, once per sentence; not for an infinitive ('calling on all states to reject')."""
    if re.search(r"\bto\s+$", view.sentence[:verb]):
        return
    if not any(c.get("speaker") == subject.entity and c["evidence"] == [view.span] for c in candidates.claims[since:]):
        candidates.claims.append({"speaker": subject.entity, "evidence": [view.span], "confidence": 0.4})


# A clause of its own after a reported one: '… argued that X, and in March the agency refused to …'
# (not '…, and that …', which goes on reporting).
OWN_CLAUSE_BEFORE = re.compile(r"(?:;|,\s+(?:and|but|while|whereas)\s+)(?!that\b)")


def stance_subjects(view: SentenceView, verb: int, acts: list[tuple[Found, Region]]) -> list[Found]:
    """Who takes the stance at ``verb``: its clause's subject; inside someone's reported words only
    the speaker ('the board said it backed the director'); 'Jane Doe told the council that Russia
    opposed the draft' is her claim, not Russia's stance."""
    named = view.clause_subject(verb, "Agent")
    # (the envoy named in apposition speaks for the sender: 'The Chinese ambassador to the UN, Zhang Jun, vetoed')
    person = any(view.is_(s, "Person") for s in named)
    subjects = [t for s in named if (t := _sender(view, s)) is not None and (t is s or not person)]
    for speaker, region in acts:
        if any(low <= verb < high for low, high in region):
            return [s for s in subjects if s.entity == speaker.entity]
    if CONDITION_BEFORE.search(view.sentence, 0, verb):
        return []  # 'If Russia backs the draft, it will pass', 'Unless China endorses it': a stance not taken
    return subjects


# An envoy's noun before the body it is sent to: "China's ambassador to the UN", 'the Russian delegation at'.
SENT_TO = re.compile(
    r"\b(?:ambassadors?|envoys?|representatives?|delegates?|delegations?|missions?)\s+(?:to|at)\s+(?:the\s+)?$"
)


def _sender(view: SentenceView, subject: Found) -> Found | None:
    """The subject itself, or, when it is the body an envoy is sent to ("China's ambassador to the UN vetoed
    it"), the country that sent the envoy (named right before the envoy's noun), else none (lead22)."""
    envoy = SENT_TO.search(view.text, max(view.start, subject.start - 40), subject.start)
    if envoy is None:
        return subject
    senders = [m for m in view.mentions if view.start <= m.start and m.end <= envoy.start()
               and envoy.start() - m.end <= 12 and view.is_(m, "Country")]  # fmt: skip
    return senders[-1] if senders else None


# A condition whose clause the verb is in: 'If Russia (backs)', '…, unless China (endorses)'.
CONDITION_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\bthat\s+)(?:(?:[Oo]nly|[Ee]ven)\s+)?(?:[Ii]f|[Uu]nless|[Ss]hould|[Pp]rovided(?:\s+that)?|"
    r"[Ww]hether)\s+[^,;:]*$|\s(?<!\bas\s)(?:if|unless|whether)\s+[^,;:]*$"
)


def _own_clause_subjects(view: SentenceView, verb: int, acts: list[tuple[Found, Region]]) -> list[Found]:
    """The subjects of a stance in a clause of its own after someone's reported words ('Jane Doe argued
    that the risk was too high, and in March the agency refused to let him train': the agency's)."""
    subjects = stance_subjects(view, verb, acts)
    if subjects or not any(any(low <= verb < high for low, high in region) for _, region in acts):
        return subjects
    boundaries = list(OWN_CLAUSE_BEFORE.finditer(view.sentence, 0, verb))
    if not boundaries:
        return []
    opening = view.start + boundaries[-1].end()
    speech_before = any(any(low < boundaries[-1].start() for low, _ in region) for _, region in acts)
    return [s for s in view.clause_subject(verb, "Agent") if s.start >= opening] if speech_before else []


# A subordinate clause between a name and the stance has a subject of its own: 'Congress shelved it after
# critics raised objections' (the critics', unnamed); not an apposition or a relative clause between commas.
SUBORDINATOR = re.compile(r"\b(?:after|before|when|because|since|while|until|although|though|once|that|who|which)\b")
OWN_RELATIVE = re.compile(r"\s*,?\s*(?:who|which|that)\s+(?:(?:has|have|had|also|long|always|once|then|still)\s+)*")
ENCLOSED = re.compile(r",[^,]*,|\([^()]*\)")


def _across_clause(view: SentenceView, subject: Found, verb: int) -> bool:
    """Whether ``subject`` is cut off from the stance at ``verb`` by a subordinate clause's opening."""
    gap = view.text[subject.end : view.start + verb]
    if OWN_RELATIVE.fullmatch(gap):
        return False  # 'Russia, which had been against the flight, …': a relative clause on the holder
    return SUBORDINATOR.search(ENCLOSED.sub(" ", gap)) is not None


THEY_BEFORE = re.compile(r"\b[Tt]hey\s+(?:(?:have|had|also|then|later|again|both|all|still)\s+)*$")


def _they(view: SentenceView, subjects: list[Found], verb: int) -> list[Found]:
    """'ESA and JAXA joined the station. They were also uneasy.': the group 'they' stands for, when the
    pronoun's antecedent is one of a coordinated group named before the sentence."""
    if len(subjects) != 1 or not THEY_BEFORE.search(view.sentence, 0, verb):
        return subjects
    # (the pronoun may be a mention of its own, resolved: its antecedent is the last earlier mention)
    named = next((m for m in reversed(view.history) if m.end <= view.start and m.entity == subjects[0].entity
                  and m.rule != "anaphor"), None)  # fmt: skip
    if named is None:
        return subjects
    # the coordinated names that start with it or end with it ('A and B', named as A or as B)
    later = [m for m in view.history if named.start <= m.start and m.end <= view.start
             and m.rule != "anaphor" and view.is_(m, "Agent") and not view.is_(m, "Person")]  # fmt: skip
    earlier = [m for m in view.history if named.start - 200 <= m.start and m.end <= named.end
               and m.rule != "anaphor" and view.is_(m, "Agent") and not view.is_(m, "Person")]  # fmt: skip
    for joined in (view.group(later, False), view.group(earlier, True)):
        ends = sorted((m.start, m.end) for m in joined)
        if (len(joined) > 1 and named in joined
                and re.search(r"\band\b", view.text[ends[0][1] : ends[-1][0]])):  # fmt: skip
            return joined
    return subjects


def positions(view: SentenceView, candidates: Candidates, acts: list[tuple[Found, Region]], since: int) -> None:
    """Claims of the stances stated in the author's words in one sentence (``since``: where its claims start)."""
    sentence = view.sentence
    for match in scan(POSITION, sentence):  # (at once when the sentence lacks a word it needs: literals.py)
        if HYPOTHETICAL_BEFORE.search(sentence, 0, match.start()):
            continue
        for subject in _they(view, _own_clause_subjects(view, match.start(), acts), match.start()):
            if _across_clause(view, subject, match.start()):
                continue
            stance(view, candidates, subject, match.start(), since)
    thesis = search(THESIS, sentence)
    if thesis is not None and thesis.lastgroup is not None:
        at = thesis.start(thesis.lastgroup)
        author = next((m for m in view.mentions if m.start == view.start + at), None)
        if author is None:
            pronoun = thesis.group(thesis.lastgroup).lower()
            author = _pronoun_person(view, _PERSONAL.get(pronoun, pronoun), view.start + at)
        if author is not None and view.is_(author, "Person"):
            stance(view, candidates, author, len(sentence), since)


def _pronoun_person(view: SentenceView, pronoun: str, before: int) -> Found | None:
    """The person 'he', 'she' or 'they' names: the salient person before ``before``."""
    if view.salience is not None and pronoun in ("he", "she"):
        return view.salience.referent(pronoun, before, speech=True)
    people = [m for m in view.history if m.end <= before and view.is_(m, "Person")]
    return people[-1] if people else None
