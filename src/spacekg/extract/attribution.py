"""General attribution: who says what, in a sentence the claim shapes left without a claim.

One procedure instead of a shape per wording (see docs/extraction.md, "Attribution"):

1. **Speech events** from a lexicon of reporting verbs in all their inflections (``say``, ``tell``,
   ``write``, ``argue``, ``warn``, ``insist``, ``find``, ``refuse``, ``mock``, ``give notice`` …).
   A verb counts only with the complement that makes it speech: ``that``, a quotation, a colon or
   the end of the clause (``"…," she added``); ``to`` + a verb for commitments and refusals
   (``refused to launch``, ``pledged to join``); a quotation or an object for verbs of naming and
   judging (``mocked "…"``, ``dismissed the plan``).
2. **The speaker** is the grammatical subject of that verb in its own clause: the clause starts after
   the last ``;``, ``:``, ``that`` or subordinating conjunction (``after``, ``because`` …) before the
   verb; relative clauses (``, who …,``) and participle phrases (``, chaired by …,``) inside it are
   skipped, a possessor or a title before a name qualifies it (``IM's chief executive``), and a
   person named in apposition is preferred to the role beside it. After a quotation the subject may
   follow the verb (``"…," said X``); ``according to X`` names X.
3. **Pronouns and role nouns** (``he``, ``it``, ``the agency``, ``the board``) stand for the nearest
   earlier mention of a compatible class; ``it`` in an aside (``…, it argued, …``) for the subject
   of its own sentence first.
4. **Not speech**: a verb inside a quotation (a quoted title), a verb after a negation or a modal
   (``did not say``, ``may announce``), a question, a headline, a subject that names no one
   (``analysts said``).
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.claims import (
    CONDITION_OPEN,
    NAME_GIVEN,
    NAMED_SINCE,
    NOTHING_REPORTED,
    OBJECT_RELATIVE,
    QUOTATION_BEFORE,
    QUOTE_MARK,
    TAIL_ONLY,
    UNOFFICIAL_PEOPLE,
    VENUE_BEFORE,
    _gender,
    _text_in_focus,
    participle_background,
)
from spacekg.extract.coreference import NOUN_CLASSES, antecedent
from spacekg.extract.literals import lead, scan, search
from spacekg.extract.relations import SentenceView
from spacekg.extract.salience import Salience

# Regular verbs of saying, judging and committing: the base form, -s and -ed (with a final e dropped).
_SAYING = ("add", "argue", "warn", "insist", "note", "stress", "claim", "state", "announce", "declare", "explain",
           "confirm", "deny", "admit", "acknowledge", "concede", "predict", "suggest", "maintain", "contend",
           "assert", "emphasize", "emphasise", "reiterate", "recall", "report", "conclude", "complain", "observe",
           "remark", "reply", "respond", "answer", "caution", "acknowledge", "allege", "estimate", "reckon",
           "believe", "expect", "forecast", "recommend", "propose", "urge", "demand", "point out", "decide")  # fmt: skip
# ('refused to', 'declined to', 'agreed to' are negated or plain facts, not claims: GUIDELINES.md)
_COMMITTING = ("pledge", "promise", "vow", "threaten", "undertake")
_JUDGING = ("mock", "dismiss", "praise", "hail", "criticize", "criticise", "condemn", "deride", "describe",
            "welcome", "denounce", "ridicule", "applaud", "blame", "congratulate")  # fmt: skip
_IRREGULAR = {"say": ("say", "says", "said"), "tell": ("tell", "tells", "told"),
              "write": ("write", "writes", "wrote", "written"), "find": ("find", "finds", "found"),
              "forecast": ("forecast", "forecasts"), "undertake": ("undertake", "undertakes", "undertook"),
              "give notice": ("give notice", "gives notice", "gave notice", "given notice")}  # fmt: skip


def _forms(verb: str) -> tuple[str, ...]:
    """The base form, -s and -ed of a verb ('deny', 'denies', 'denied'; 'note', 'notes', 'noted')."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    head, _, tail = verb.partition(" ")
    tail = " " + tail if tail else ""
    if head.endswith("y") and head[-2] not in "aeiou":
        third, past = head[:-1] + "ies", head[:-1] + "ied"
    elif head.endswith("e"):
        third, past = head + "s", head + "d"
    elif head.endswith(("ss", "sh", "ch", "x")):
        third, past = head + "es", head + "ed"
    else:
        third, past = head + "s", head + "ed"
    return (head + tail, third + tail, past + tail)


def _alternation(verbs: tuple[str, ...]) -> str:
    forms = sorted({f for v in verbs for f in _forms(v)}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


_PROPOSING = _alternation(("propose", "recommend", "suggest", "urge", "advocate"))
_SPEECH = _alternation((*_SAYING, "say", "tell", "write", "give notice"))
# Verbs that report speech with nothing after them ('…, he added.', 'X insisted:'); the others ('reports',
# 'claims', 'answers', 'states') are nouns as often, and need 'that' or a quotation.
_BARE = _alternation(("say", "add", "warn", "insist", "argue", "note", "stress", "explain", "concede", "admit",
                      "confirm", "deny", "announce", "declare", "write", "reply", "caution", "complain", "give notice"))  # fmt: skip
_COMMIT = _alternation(_COMMITTING)
_JUDGE = _alternation(_JUDGING)
# A clause reported without 'that': a subject and a finite verb within a few words ('said the rover was
# safe', 'warned Europe would fall behind').
_CLAUSE = r"\s+(?:[\w’'.-]+\s+){1,6}?(?:will|would|was|were|is|are|had|has|have|could|can|should|might|must|may|did)\b"
# What follows a verb of saying when it reports speech: 'that', a quotation, a colon, someone told and
# then 'that' ('warned the council that'), a clause; the clause's end for the verbs of _BARE.
# The -ing form after a verb of spending time, keeping on or being, whose subject speaks: 'has spent two years
# telling investors that', 'kept warning that', 'has been arguing that' (the event starts at that verb).
_ING = ("saying", "telling", "arguing", "warning", "insisting", "claiming", "stressing", "explaining", "predicting",
        "complaining", "suggesting", "announcing", "promising", "repeating")  # fmt: skip
_ASPECT_ING = (
    r"(?:(?:spent|spends|spend)\s+(?:[\w-]+\s+){1,3}?|(?:kept|keeps|keep|went\s+on|goes\s+on|continued|continues"
    rf"|been|is|are|was|were)\s+)(?:{'|'.join(_ING)})"
)
SPEECH_EVENT = re.compile(
    rf"\b(?:{_ASPECT_ING}(?=\s+that\b|\s*[:,]?\s*[“\"]|\s+(?:[\w’'.-]+\s+){{1,4}}?that\b)"
    rf"|(?:{_SPEECH})(?=\s+that\b|\s*[:,]?\s*[“\"]|\s+(?:[\w’'.-]+\s+){{1,6}}?that\b|{_CLAUSE})"
    # 'say' and 'tell' report speech whatever follows, but for 'is said to'
    rf"|(?:said|says|say|told|tells)(?!\s+(?:to|how|of|the\s+story)\b)"
    rf"|(?:{_BARE})(?=\s*[.,;:!]|\s*$)|found(?=\s+that\b)"
    rf"|(?:{_COMMIT})\s+to\s+(?=[a-z])"
    # Objections and questions: 'after the US objected', 'asked whether', 'asked Japan to'.
    r"|(?:objected|protested)(?=\s*[.,;]|\s+(?:to|against)\b)"
    # A feeling stated is a stance ('expressed confidence that', 'voiced strong support for'; speakers22)
    r"|(?:expressed|expresses|voiced|voices)\s+(?:(?:its|his|her|their|strong|deep|full|cautious|some)\s+){0,2}"
    r"(?:confidence|hope|optimism|regret|satisfaction|support|disappointment|gratitude|surprise|frustration|dismay)"
    r"(?=\s+(?:that|in|for|at|over|with)\b)"
    # A proposal by a gerund: 'proposed cancelling X', 'recommended keeping the station in service' (GUIDELINES:
    # 'the administration proposed cancelling X' is its claim opposing X)
    rf"|(?:{_PROPOSING})(?=\s+(?!(?:nothing|something|anything|everything|during|spring|morning|evening)\b)[a-z]+ing\b)"
    r"|ask(?:s|ed)(?=\s+(?:whether|what|why|how|if|for)\b|\s+(?:[\w’'.-]+\s+){1,4}?to\s+[a-z])"
    # A refusal on a condition is a demand: 'refused to launch them unless the company …'.
    rf"|(?:refuse[sd]?|decline[sd]?)\s+to\s+(?=[^.;:]*\bunless\b)"
    rf"|(?:{_JUDGE})(?=\s+(?:[“\"]|the\b|it\b|them\b|this\b|that\b|[A-Z]))"
    # 'called it reckless', 'called the plan a mistake' (not 'a rocket called Qased', a name given; nor 'The site,
    # now called the X Centre, …', a name given in an apposition)
    rf"|{NAMED_SINCE}call(?:s|ed)?{NAME_GIVEN}(?=\s+(?:[“\"]|the\b|it\b|them\b|this\b|that\b)))",
)
SPEECH_EVENT = lead(SPEECH_EVENT)  # the same matches, found faster (literals.lead)
# A verb of saying right after a quotation and its subject, whatever follows it: '“…,” Jane Doe wrote in
# a letter', '“…,” the agency said on Monday'.
AFTER_QUOTE = re.compile(rf"[,.!?—–-][”\"]\s+(?:[\w.’'-]+\s+){{0,6}}?\b({_SPEECH})\b")
# A legislature's vote on a text is its claim (GUIDELINES.md): 'the Senate approved the treaty', 'was
# never ratified by the Duma'.
VOTE = re.compile(r"\b(?:approved|ratified|rejected)\b(?!\s+by\b)")
VOTE_BY = re.compile(r"\b(?:approved|ratified|rejected)\s+by\s+")
LEGISLATURE = re.compile(
    r"\b(?:Senate|Congress|Parliament|Bundestag|Bundesrat|Duma|Diet|Knesset|Majlis|Sejm|Riksdag|Storting"
    r"|Assembl[yée]e?|House\s+of\s+\w+|Chamber\s+of\s+\w+|Lok\s+Sabha|Rajya\s+Sabha|Cortes)\b"
)
# A quotation that is the whole sentence, and a line naming whose speech it is.
# (an item of a list may be a quotation: '- "We will fly in May."' under a record's heading; speakers22)
WHOLE_QUOTATION = re.compile(r"\s*(?:[-•*]\s+)?[“\"][^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)*[”\"][.!?]?\s*", re.S)
BULLET = re.compile(r"\s*(?:[-•*]\s*)?")
COLON_QUOTE = re.compile(r":\s*[“\"]")
SPEECH_OWNER = re.compile(
    # ('X's State of the Union address', 'X's Day of the Moon Lecture': a speech's name of up to five words, its
    # noun capitalised in a title; speakers24)
    r"(['’]s?)\s+(?:[\w-]+\s+){0,5}?(?i:address|speech|remarks|statement|letter|message|testimony|lecture|words"
    r"|reply|post|broadcast|announcement|declaration)\b"
)
THAT_AFTER = re.compile(r"\s+that\b")
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")
NEGATION_OR_MODAL = re.compile(
    r"\b(?:not|never|n[o’']t|no\s+longer|may|might|could|would|should|must|can|will|to)\s+(?:\w+ly\s+)?"
    r"(?:(?:have|has|be|been)\s+)?$"
)
# A noun, not a verb: 'presented a claim', 'secretary of state', 'the reported test'.
NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|no|any|each|every|of|in|on|for|with|by|from)\s+$",
    re.IGNORECASE,
)
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$")
HEADLINE_END = re.compile(r"[.!?”\"]\s*$")  # a headline has no full stop
QUESTION_END = re.compile(r"\?[”\"’)]*\s*$")
# Where the speaker's clause begins: a clause break, a complementizer or a subordinating conjunction.
CLAUSE_OPENING = re.compile(
    r"[;:]|[”\"]\s|\b(?:that|after|because|before|when|while|since|although|though|unless|until|if|as)\s"
    r"|,\s+(?:and|but|so)\s|\b(?:and|but)\s+(?=(?:he|she|it|they|we)\b)"
)
# Asides inside a subject: ', who also heads X,', ', which …,', ', chaired by X,', ', led by X,'.
ASIDE = re.compile(r",\s*(?:who|whom|whose|which|where|[a-z]+ed\s+by|[a-z]+ing)\b[^,;:“”\"]*,")
ASIDE_TO_VERB = re.compile(r",\s*(?:who|whom|whose|which)\b[^;:“”\"]*,\s*$")
PRONOUN_OR_ROLE = re.compile(
    r"(?:^|\s)([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]he\s+(?:[a-z-]+\s+)?(" + "|".join(NOUN_CLASSES) + r"|board|panel|court"
    r"|senate|parliament|congress|commission|government|spokesman|spokeswoman|spokesperson))\s*$"
)
FILLER = re.compile(r"(?:\s+(?:has|had|have|also|then|later|again|already|publicly|once|first|repeatedly|\w+ly))*\s*$")
INVERTED = re.compile(rf"[”\"’],?\s*(?:{_SPEECH})\s+$")
ROLE_CLASSES = {"board": ("GovernmentBody", "Organization"), "panel": ("GovernmentBody", "Organization"),
                "court": ("GovernmentBody", "Organization"), "senate": ("GovernmentBody",),
                "parliament": ("GovernmentBody",), "congress": ("GovernmentBody",),
                "commission": ("GovernmentBody", "Organization"), "spokesman": ("Organization", "Country"),
                "spokeswoman": ("Organization", "Country"), "spokesperson": ("Organization", "Country")}  # fmt: skip
AGENT_REACH = 60  # how many earlier mentions a pronoun or role noun looks back through


def _inside_quotation(sentence: str, at: int, opened: int = 0) -> bool:
    """Whether ``at`` is inside a quotation (``opened``: 1 when one opened in a sentence before)."""
    before = sentence[:at]
    curly, straight = (opened, 0) if "”" in sentence else (0, opened)
    return before.count("“") + curly > before.count("”") or (before.count('"') + straight) % 2 == 1


def _agents(view: SentenceView, low: int, high: int) -> list[Found]:
    """Who may act between two sentence offsets: no possessor or title before a name, no name after
    a preposition ('the head of Roscosmos', 'at NASA')."""
    found = []
    governed: Found | None = None  # the last name after a preposition, whose coordinates are governed too
    for m in view.mentions:
        if not (view.start + low <= m.start and m.end <= view.start + high) or id(m) in view.modifiers:
            continue
        if any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start for n in view.mentions):
            continue  # 'UN' inside 'the UN General Assembly': the whole name acts
        if governed is not None and COORDINATION.fullmatch(view.text, governed.end, m.start):
            governed = m  # 'the deal between NASA and SpaceX'
            continue
        if not view.is_(m, "Agent") or (m.rule == "anaphor" and PRONOUN_WORD.fullmatch(view.text[m.start : m.end])):
            continue  # (a pronoun is resolved here, by what was said last: _person)
        if re.search(r"\b(?:of|at|in|for|from|with|by|on|to|about|against|over|between|among|under|than|like)\s+"
                     r"(?:[Tt]he\s+)?$",
                     view.text[max(view.start + low, m.start - 12) : m.start]):  # fmt: skip
            governed = m
            continue
        if re.match(r"['’]s?\s", view.text[m.end : m.end + 3]):
            continue  # 'IM's chief executive': the possessor does not speak
        if UNOFFICIAL_PEOPLE.match(view.text, m.end) and view.linker.nationality(view.text[m.start : m.end]):
            continue  # 'Russian scientists said': people of a country, not its voice
        found.append(m)
    return found


SUBJECT_ROLE = re.compile(
    r"\s*([Tt]he\s+(?:[a-z-]+\s+)?(board|panel|court|commission|agency|company|ministry|committee))\b"
)
COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|,)\s*(?:the\s+)?")
PRONOUN_WORD = re.compile(r"[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir")


# A text a body adopted or issued, speaking in a relative clause: 'adopted resolution 73/6, which welcomed …', 'issued
# a statement that urged …', 'which welcomed X and asked Y to …' (the second verb of the clause): the body speaks
# (GUIDELINES, a UN briefing: a resolution's words are claims of the adopting Assembly).
_TEXT_NOUN = r"(?:resolution|declaration|statement|communiqu[ée]|report|decision|text|motion|letter)"
ADOPTED_TEXT = re.compile(
    r"\b(?:adopted|passed|issued|approved|released|published|endorsed|sent)\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_TEXT_NOUN}(?:\s+[\w/.-]*\d[\w/.-]*)?\s*,?\s+(?:which|that)\s+"
    r"(?:(?:also|then|further|later|again)\s+|[a-z]+ed\b[^,;:.“”\"]{0,120}?\s+and\s+(?:also\s+)?)?$"
)


# A text as the subject, its adopter in an aside right before the verb (group 1: the aside; not 'which Congress had
# requested': who asks for a text does not write it).
_ADOPTING = r"adopted|passed|issued|approved|endorsed|released|published|drafted|tabled|wrote|written"
ADOPTER_ASIDE = re.compile(
    rf"(?:^|[.;:]\s+|\n)\s*(?:(?:[Tt]he|[Ii]ts|[Tt]his)\s+)?(?:{_TEXT_NOUN}|[Rr]esolution\s+[\w/.-]*\d[\w/.-]*)"
    rf"\s*,\s*((?:{_ADOPTING})\s+by\s+[^,;:“”\"]{{2,100}}?|(?:which|that)\s+[^,;:“”\"]{{1,80}}?\b(?:{_ADOPTING})\b"
    r"[^,;:“”\"]{0,60}?),\s*(?:(?:also|then|later)\s+)?$"
)


def _subject(view: SentenceView, verb: int, history: list[Found], said: list[dict[str, Any]]) -> list[Found]:
    """The grammatical subject of the reporting verb at sentence offset ``verb``: the phrase right
    before it (after the asides), or the name a role beside it is in apposition to."""
    sentence = view.sentence
    adopted = ADOPTED_TEXT.search(sentence, 0, verb) if "which" in sentence or "that" in sentence else None
    if adopted is not None:
        return _subject(view, adopted.start(), history, said)  # the text speaks for whoever adopted it
    adopter = ADOPTER_ASIDE.search(sentence, 0, verb) if "," in sentence else None
    if adopter is not None:
        # 'Resolution 12/3, adopted by the Assembly in 2018, welcomed …', 'The resolution, which the Assembly
        # adopted, calls on …': the adopting body named in the text's own aside speaks
        low, high = view.start + adopter.start(1), view.start + adopter.end(1)
        named = [m for m in view.mentions if low <= m.start and m.end <= high and view.is_(m, "Agent")
                 and not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                             for n in view.mentions)]  # fmt: skip
        return named[:1]  # ('by' governs the adopter here: _agents would leave it out)
    opening = 0
    for match in CLAUSE_OPENING.finditer(sentence, 0, verb):
        opening = match.end()
    # The asides inside the subject are blanked out (offsets kept).
    # ('X, which had bid with A, B and C, protested': a relative clause up to the comma before the verb)
    clause = sentence[opening:verb]
    whole = ASIDE_TO_VERB.search(clause)
    if whole is not None:
        clause = clause[: whole.start()] + "," + " " * (len(whole.group(0)) - 1)
    blanked = ASIDE.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ",", clause)
    chunks: list[tuple[int, int]] = []
    at = 0
    for comma in re.finditer(r",", blanked):
        chunks.append((at, comma.start()))
        at = comma.end()
    chunks.append((at, len(blanked)))
    chunks = [(a, b) for a, b in chunks if blanked[a:b].strip()]
    if not chunks:
        return []
    chunks.reverse()  # from the verb back
    low, high = chunks[0]
    agents = _agents(view, opening + low, opening + high)
    people = [m for m in agents if view.is_(m, "Person")]
    if people:
        return people[:1]
    voice = CLASS_VOICE.fullmatch(blanked[low:high].strip()) if not agents else None
    noun = (voice.group(1) or voice.group(2)) if voice is not None else None
    role = PRONOUN_OR_ROLE.search("the " + noun.lower()) if noun is not None else None
    if role is not None:
        # 'Agency officials said', 'the ministry's spokesman told': the body of that class named last speaks
        referent = _resolve(view, role, view.start + opening + low, history, False, said)
        return [referent] if referent is not None else []
    if UNNAMED_PLURAL.fullmatch(blanked[low:high].strip()):
        return []  # 'X was not consulted, aides said': people the text does not name speak, not X
    if len(chunks) > 1:
        # 'Jane Doe, chief executive of X, said', 'Its commander, General Jane Doe, who …, wrote': the
        # person named in apposition to the role (a chunk of capitalised words ending in the name), never
        # across a clause ('Jane Doe, a former minister, was not consulted, …')
        for low_, high_ in chunks[1:3]:
            if FINITE_CLAUSE.search(blanked[low_:high_]):
                break
            named = [m for m in _agents(view, opening + low_, opening + high_) if view.is_(m, "Person")]
            words = blanked[low_:high_].strip()
            if (
                named
                and NAME_ONLY.fullmatch(words)
                and named[-1].end == view.start + opening + low_ + len(blanked[low_:high_].rstrip())
            ):
                return named[-1:]
    if agents:
        joined = [agents[0]]
        for a, b in itertools.pairwise(agents):
            if not COORDINATION.fullmatch(view.text, a.end, b.start):
                break
            joined.append(b)  # 'Russia and China said': each of them
        return joined
    anaphor = PRONOUN_OR_ROLE.search(FILLER.sub("", blanked[low:high]))
    if anaphor is not None:
        referent = _resolve(view, anaphor, view.start + opening + low + anaphor.start(1), history, opening > 0, said)
        return [referent] if referent is not None else []
    return []


# Speakers a text leaves unnamed, as the whole subject of a reporting verb: 'aides said', 'two diplomats told'.
UNNAMED_PLURAL = re.compile(
    r"(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ss]enior|[Uu]nnamed|[Aa]nonymous|"
    r"[a-z]+)\s+){0,3}(?:officials|sources|diplomats|experts|analysts|aides|people|insiders|observers|critics|"
    r"engineers|scientists|residents|witnesses|officers|lawmakers|legislators|executives|employees|staff)"
)
# The voice of a body named by its class: 'Agency officials', 'the ministry's spokesman', 'company sources'.
CLASS_VOICE = re.compile(
    r"(?:[Tt]he\s+)?(?i:(" + "|".join(NOUN_CLASSES) + r"))(?:['’]s)?\s+(?:(?:senior|top|two|three|several)\s+)?"
    r"(?:officials|sources|spokesman|spokeswoman|spokesperson|engineers|scientists|executives|staff|managers)"
    # ('An agency spokesperson said', 'a ministry spokesman': one voice of the body, as 'said a NASA spokesperson'
    # is; speakers22)
    r"|(?:[Aa]n?|[Oo]ne)\s+(?i:(" + "|".join(NOUN_CLASSES) + r"))\s+(?:spokesman|spokeswoman|spokesperson|official)"
)
FINITE_CLAUSE = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|did|does|do|could|can|should|may|might)\b")
NAME_ONLY = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|the|de|da|von|van|bin)\s+)*[A-Z][\w.’'-]*")


# A person named at the start of a sentence or clause, after titles only: the subject a later 'he' goes on with.
SUBJECT_POSITION = re.compile(r"(?:^|[.!?:;][”\"’]?\s+|\n)(?:[A-Z][^,.;:\n]{0,40},\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")
SPEAKER_REACH = 600  # how many characters back the last claim's speaker is the one 'he' goes on with


def _person(
    view: SentenceView, word: str, before: int, history: list[Found], said: list[dict[str, Any]]
) -> Found | None:
    """'he', 'she': the last speaker when a claim was just made, else the last person named as a
    subject, else the nearest person; of the pronoun's gender when the text shows it."""
    pool = [m for m in history[-AGENT_REACH:] + view.mentions
            if m.end <= before and m.rule != "anaphor" and view.is_(m, "Person")]  # fmt: skip
    gender = "m" if word == "he" else "f"
    pool = [m for m in pool if _gender(view, m.entity, history) in ("", gender)] or pool
    if not pool:
        return None
    subjects = [m for m in pool if SUBJECT_POSITION.search(view.text, max(0, m.start - 80), m.start)]
    last = said[-1] if said else None
    if last is not None and isinstance(last.get("speaker"), str):
        spoke_at = last["evidence"][-1][1]
        named = [m for m in pool if m.entity == last["speaker"]]
        if named and 0 <= before - spoke_at < SPEAKER_REACH and not any(m.start >= spoke_at for m in subjects):
            return named[-1]
    return (subjects or pool)[-1]


def _resolve(
    view: SentenceView,
    anaphor: re.Match[str],
    before: int,
    history: list[Found],
    aside: bool,
    said: list[dict[str, Any]],
) -> Found | None:
    word = anaphor.group(1).lower()
    if word == "it" and before == view.start and _text_in_focus(view, history):
        return None  # 'What the strategy does. It asks …': a document is no speaker
    salience: Salience | None = getattr(view, "salience", None)  # (set on the pipeline's views)
    if word in ("he", "she", "it", "they") and salience is not None:
        found = salience.referent(word, before, speech=True)  # (salience.py: the one procedure for pronouns)
        if found is not None or word in ("he", "she"):
            return found
    if word in ("he", "she"):
        return _person(view, word, before, history, said)
    if word in ("it", "they"):
        if aside:
            # '…, it argued, …': the subject of its own sentence first (the phrase before its first comma)
            first = re.search(r"[,;:]", view.sentence)
            head = first.start() if first else before - view.start
            opening = [m for m in _agents(view, 0, head) if not view.is_(m, "Person")]
            if opening:
                return opening[0]
            role = SUBJECT_ROLE.match(view.sentence, 0, head)
            if role is not None:
                return _resolve(view, role, view.start, history, False, said)
        return antecedent(view.linker, ("Organization", "Country"), history[-AGENT_REACH:] + view.mentions, before)
    noun = (anaphor.group(2) or "").lower()
    classes = NOUN_CLASSES.get(noun) or ROLE_CLASSES.get(noun) or ("Organization",)
    if noun == "government" and salience is not None:
        # 'A: The government has said …' after '… on American, Indian and Chinese rockets': the country the text
        # is about, not the nearest adjective of one (speakers23)
        described = salience.described(classes, before)
        if described is not None:
            return described
    pool = history[-AGENT_REACH:] + [m for m in view.mentions if m.end <= before]
    # 'the board': the nearest body whose own name has the noun ('the Review Board'), else of its class
    for mention in reversed(pool):
        if mention.rule != "anaphor" and noun and noun in view.text[mention.start : mention.end].lower():
            return mention
    return antecedent(view.linker, classes, pool, before)


def _last_named(entity: str, history: list[Found], mentions: list[Found]) -> Found | None:
    """The last mention of ``entity``, in the sentence's mentions or else the text's before (read from the
    end: the whole history is read only for an entity never named, so the work stays linear in the text)."""
    for mention in itertools.chain(reversed(mentions), reversed(history)):
        if mention.entity == entity:
            return mention
    return None


def _named_speech_before(view: SentenceView, at: int, history: list[Found]) -> list[Found]:
    """A quotation standing alone under a line that names someone's speech ('X's address to the nation,
    23 March', 'From Jane Doe's letter to the council:'): that someone."""
    line_end = view.text.rfind("\n", max(0, at - 400), at)
    if line_end < 0 or view.text[line_end:at].strip():
        return []  # the quotation does not open its own line
    while line_end > 0 and not view.text[view.text.rfind("\n", 0, line_end) + 1 : line_end].strip():
        line_end = view.text.rfind("\n", 0, line_end)  # blank lines between
    line_start = view.text.rfind("\n", 0, line_end) + 1
    speech = SPEECH_OWNER.search(view.text, line_start, line_end)
    if speech is None:
        return []
    owner = next((m for m in reversed(history) if m.end == speech.start(1) and view.is_(m, "Agent")), None)
    return [owner] if owner is not None else []


def _record_speaker(view: SentenceView, at: int, history: list[Found]) -> list[Found]:
    """A quotation that is a paragraph of its own, with no speech verb, in a text whose heading names one person
    ('From the record: Vice President Jane Doe at the X Council', 'Transcript: Minister Jane Doe on …', 'Remarks by
    Jane Doe, …'): a record of that person's words, and the quotation is theirs (GUIDELINES, a record of a speech).
    A heading naming two people, or none, names no one's record."""
    line_start = view.text.rfind("\n", 0, at) + 1
    line_end = view.text.find("\n", view.end)
    if (
        line_start == 0
        or not BULLET.fullmatch(view.text, line_start, at)
        or view.text[view.end : line_end if line_end >= 0 else None].strip()
    ):
        return []  # not a paragraph of its own (or the heading itself)
    heading = view.text.find("\n")
    # (a possessor names a thing of theirs, not their words: 'Jane Doe's rocket on the pad, 4 May 1990')
    named = [m for m in history if m.end <= heading and m.rule != "anaphor" and view.is_(m, "Person")]
    # ('From President Jane Doe's State of the Union address …:': the owner of the speech the heading names is
    # the one whose record it is, whatever else the heading's words were taken for; speakers24)
    owners = [m for m in named if SPEECH_OWNER.match(view.text, m.end)]
    if owners:
        return owners[:1]
    people = [m for m in named if not view.text.startswith(_POSSESSIVE, m.end)]
    return people[:1] if people and all(m.entity == people[0].entity for m in people) else []


def _legislature(view: SentenceView, mention: Found) -> bool:
    """A legislature itself, not one of its committees."""
    name = view.text[mention.start : mention.end]
    return view.is_(mention, "GovernmentBody") and LEGISLATURE.search(name) is not None and "ommittee" not in name


def _after(view: SentenceView, verb_end: int) -> list[Found]:
    """'"…," said X': the speaker named right after the verb (a person in it first)."""
    stop = re.search(r"[.;:“”\"]|\s(?:that|who|which)\s", view.sentence[verb_end:])
    high = verb_end + (stop.start() if stop else len(view.sentence) - verb_end)
    agents = _agents(view, verb_end, high)
    people = [m for m in agents if view.is_(m, "Person")]
    return (people or agents)[:1]


def attribute(
    view: SentenceView, candidates: Candidates, history: list[Found], first_fact: int, quote: list[int] | None = None
) -> bool:
    """Claims of a sentence by the general procedure; True when it found a speaker.

    Facts stated in the reported words move into the claim as its proposition. ``quote``: the span of a
    quotation that opened in a sentence before this one and closes in it (the claim's evidence)."""
    opened = 1 if quote else 0
    sentence = view.sentence
    headline = view.start == 0 and view.text[view.end : view.end + 1] == "\n" and not HEADLINE_END.search(sentence)
    if search(QUESTION_END, sentence) or headline:
        return False
    events: list[tuple[Found, int, int]] = []  # speaker, where the reported words start and end
    verbs = {m.start(): m.end() for m in scan(SPEECH_EVENT, sentence)}
    for match in scan(AFTER_QUOTE, sentence):
        verbs.setdefault(match.start(1), match.end(1))
    for start, end in sorted(verbs.items()):
        before = sentence[max(0, start - 30) : start]
        if _inside_quotation(sentence, start, opened) or NEGATION_OR_MODAL.search(before) or PASSIVE.search(before):
            continue  # a quoted title; 'did not say', 'may announce'; 'it should be noted that'
        if CONDITION_OPEN.search(sentence, 0, start) and not QUOTE_MARK.search(sentence, 0, start):
            continue  # 'If NASA announces a delay, …': a speech act on a condition, not one made
        if NOUN_BEFORE.search(sentence[max(0, start - 12) : start]):
            continue
        if OBJECT_RELATIVE.search(sentence, 0, start) and NOTHING_REPORTED.match(sentence, end):
            continue  # 'the rover, which NASA announced, will fly': the verb's object is the rover
        inverted = INVERTED.search(sentence[:end] + " ")
        speakers = _after(view, end) if inverted else _subject(view, start, history, candidates.claims)
        stop = view.clause_end(end)
        if speakers and THAT_AFTER.match(sentence, end):
            # 'Jane Doe wrote that Japan had joined X': the verb reports; it drafts nothing
            candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:]
                                             if not ("cue" in f and view.start + start <= f["cue"][0] < view.start + end)]  # fmt: skip
        events += [(s, 0 if inverted else end, len(sentence) if inverted else stop) for s in speakers]
    for match in scan(VOTE, sentence):
        if not NEGATION_OR_MODAL.search(sentence[max(0, match.start() - 30) : match.start()]) and not PASSIVE.search(
            sentence[max(0, match.start() - 30) : match.start()]
        ):
            events += [(s, match.end(), len(sentence)) for s in _subject(view, match.start(), history, candidates.claims)
                       if _legislature(view, s)]  # fmt: skip
    for match in scan(VOTE_BY, sentence):
        events += [(s, 0, len(sentence)) for s in _agents(view, match.end() - 0, view.clause_end(match.end()))[:1]
                   if _legislature(view, s)]  # fmt: skip
    for match in scan(ACCORDING_TO, sentence):
        agents = _agents(view, match.end(), view.clause_end(match.end()))
        if agents and not _inside_quotation(sentence, match.start(), opened):
            events.append((agents[0], 0, len(sentence)))
    for match in scan(COLON_QUOTE, sentence) if not events else ():
        # 'From Jane Doe's letter to the council: "…"': whose words these are
        speech = SPEECH_OWNER.search(sentence, 0, match.start())
        if speech is not None:
            events += [(m, match.end(), len(sentence)) for m in view.mentions
                       if m.end == view.start + speech.start(1) and view.is_(m, "Agent")]  # fmt: skip
    if not events and WHOLE_QUOTATION.fullmatch(view.text, quote[0] if quote else view.start, view.end):
        at = quote[0] if quote else view.start
        events += [
            (s, 0, len(sentence)) for s in _named_speech_before(view, at, history) or _record_speaker(view, at, history)
        ]
    if not events:
        return False
    seen: set[str] = set()
    for speaker, low, high in events:
        if speaker.end <= view.start and VENUE_BEFORE.search(view.text, max(0, speaker.start - 12), speaker.start):
            continue  # '… received him at the White House. It said …': a place named before is no speaker
        if speaker.entity in seen:
            continue
        seen.add(speaker.entity)
        alone = _quotation_before(view, low) if not quote else None
        evidence = [alone, view.end] if alone is not None else quote or view.span
        claim: dict[str, Any] = {"speaker": speaker.entity, "evidence": [evidence], "confidence": 0.5}
        # ('A Vega rocket operated by X lifted off …, the company said': the participle's relation is the writer's)
        reported = [f for f in candidates.facts[first_fact:]
                    if "cue" in f and view.start + low <= f["cue"][0] < view.start + high
                    and not participle_background(view.text, view.start, f["cue"][0])]  # fmt: skip
        if not reported:
            candidates.claims.append(claim)
            continue
        moved = {id(f) for f in reported}
        candidates.facts[first_fact:] = [f for f in candidates.facts[first_fact:] if id(f) not in moved]
        stated: set[tuple[str, ...]] = set()
        for fact in reported:
            key = (fact["subject"], fact["relation"], str(fact["object"]), fact.get("modality") or "")
            if key in stated:
                continue  # two rules read one relation: one claim (speakers25)
            stated.add(key)
            entry = {**claim, "proposition": {k: fact[k] for k in ("subject", "relation", "object")}}
            if fact.get("modality"):
                entry["modality"] = fact["modality"]
            candidates.claims.append(entry)
    return True


def _quotation_before(view: SentenceView, low: int) -> int | None:
    """Where a quotation standing alone right before the sentence, on its line, opens, when the sentence only
    names who spoke it ('“Best day ever!” Jane Example said as the capsule landed.': the splitter cuts after '!');
    None otherwise."""
    if QUOTE_MARK.search(view.sentence) or not TAIL_ONLY.match(view.sentence[low:]):
        return None
    found = QUOTATION_BEFORE.search(view.text, view.text.rfind("\n", 0, view.start) + 1, view.start)
    return found.start() if found is not None else None


# 'by Xinhua', 'of NASA': a name after a preposition (with an article) qualifies or reports; it does not speak.
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|of|from|at|for|in|with|to)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'", "’")
_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_SPEECH})\b")


def _qualifier(view: SentenceView, entity: str) -> bool:
    """Whether ``entity`` is named in the sentence as a possessor or after a preposition, and never
    right before a verb of saying ('Canberra had raised …' in the reported words does not speak)."""
    named = [m for m in view.mentions if m.entity == entity and view.start <= m.start < view.end]
    sentence = view.sentence
    return any(
        sentence.startswith(_POSSESSIVE, m.end - view.start)
        or _PREPOSITION_BEFORE.search(sentence, 0, m.start - view.start)
        for m in named
    ) and not any(_VERB_AFTER.match(sentence, m.end - view.start) for m in named)


def arbitrate(
    view: SentenceView,
    candidates: Candidates,
    history: list[Found],
    first_fact: int,
    first_claim: int,
    quote: list[int] | None = None,
) -> None:
    """Let the general procedure correct the speakers of claims the shapes found (from ``first_claim`` on).

    The shapes can name a body beside the person who speaks (``Australia's foreign minister, Jane Doe,
    said``: Australia and Jane Doe; ``In his message, reported by X, he said``: X and him). When the
    general procedure, reading the reporting verb's subject, finds only some of the shapes' speakers,
    all of them people, and every speaker the shapes add is no person, named in the sentence as a
    possessor or after a preposition and never right before a verb of saying, the people alone speak.
    Any other disagreement leaves the shapes' speakers: where the procedure resolves a pronoun or a
    role noun (``the agency said``) the shapes, fit to these constructions, were right on development."""
    if not all(isinstance(c.get("speaker"), str) for c in candidates.claims[first_claim:]):
        return  # a claim of several speakers at once (a joint position): the shapes' own reading
    shape = {c["speaker"] for c in candidates.claims[first_claim:]}
    if len(shape) < 2:
        return
    shadow = copy.copy(candidates)
    shadow.facts, shadow.claims = list(candidates.facts), candidates.claims[:first_claim]
    attribute(view, shadow, history, first_fact, quote)
    general = {c["speaker"] for c in shadow.claims[first_claim:]}
    if not general or not general < shape:
        return
    found = {e: _last_named(e, history, view.mentions) for e in general | shape}
    if not all((m := found[e]) is not None and view.is_(m, "Person") for e in general):
        return
    if any((m := found[e]) is None or view.is_(m, "Person") or not _qualifier(view, e) for e in shape - general):
        return
    kept: list[dict[str, Any]] = []
    seen: set[str] = set()
    for claim in candidates.claims[first_claim:]:
        for speaker in sorted(general) if claim["speaker"] not in general else [claim["speaker"]]:
            entry = {**claim, "speaker": speaker}
            key = repr(sorted((k, repr(v)) for k, v in entry.items()))
            if key not in seen:
                seen.add(key)
                kept.append(entry)
    candidates.claims[first_claim:] = kept


def document_voices(is_: Callable[[Found, str], bool], candidates: Candidates) -> None:
    """A text is nobody's voice of its own: a claim whose speaker is a document ('The resolution welcomed …', 'The
    document called for …') is the claim of the body the text says drafted or adopted it, and no claim when it
    names none (the gold never has a document speak; speakers22). Read after the text: the adopting sentence may
    come before or after."""
    documents = {m.entity for m in candidates.mentions if is_(m, "Document")}
    if not documents or not any(_speakers(c) & documents for c in candidates.claims):
        return
    authors: dict[str, set[str]] = {}
    for fact in candidates.facts:
        if fact["relation"] in ("drafts", "proposes") and fact["object"] in documents:
            authors.setdefault(fact["object"], set()).add(fact["subject"])
    # (a text of many authors, 'drafted by fourteen agencies', speaks for none of them alone)
    drafter = {document: next(iter(found)) for document, found in authors.items() if len(found) == 1}
    kept = []
    for claim in candidates.claims:
        speaker = claim["speaker"]
        voices = [speaker] if isinstance(speaker, str) else list(speaker)
        if not set(voices) & documents:
            kept.append(claim)
            continue
        voices = [drafter.get(s, "") if s in documents else s for s in voices]
        if all(voices):
            kept.append({**claim, "speaker": voices[0] if isinstance(speaker, str) else list(dict.fromkeys(voices))})
        elif "proposition" in claim:
            # no one's words: what they stated goes back to the facts it was taken from
            fact = {**claim["proposition"], "evidence": claim["evidence"], "confidence": claim["confidence"]}
            candidates.facts.append({**fact, "modality": claim["modality"]} if claim.get("modality") else fact)
    candidates.claims[:] = kept


def _speakers(claim: dict[str, Any]) -> set[str]:
    speaker = claim.get("speaker")
    return {speaker} if isinstance(speaker, str) else set(speaker) if isinstance(speaker, list) else set()
