"""Documents a text names only by who made them: a proposal named by its
author ('an amendment put forward by X', 'a motion by X, on behalf of the Y
Group, to …', 'a draft tabled by X'), and an agreement named by its parties
('a 1973 agreement between A and B', 'an accord between A and B').

:func:`described_documents` finds the document's mention (its noun, a new
``Proposal`` or document of its kind) at the mention stage;
:func:`proposers` and :func:`agreement_parties` read who made it at the
relation stage: the author proposes (or submits, or drafts, by the verb), the
group an author acts 'on behalf of' proposes too, and each party to an
agreement 'between' them signs it and is the other's partner.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacekg.extract.base import Found, slug
from spacekg.extract.literals import scan

Fact = Any  # relations.relations' inner ``fact`` (subject, relation, object, cue=, before=, rule=)

# The verbs of making a proposal; a bare 'by' or 'from' after the noun says the same ('a motion by X').
_PROPOSING_VERB = (
    r"put\s+forward|brought\s+forward|tabled|proposed|sponsored|co-?sponsored|submitted|introduced|moved|presented|"
    r"drafted|filed|offered|floated|drawn\s+up|prepared"
)
# 'an amendment put forward by X', 'a motion by X', 'a rival draft, tabled by X,', 'an amendment to the Example Act
# proposed by X', 'a proposal that had been submitted by X', 'one amendment, which was sponsored by X': the
# noun, what it amends (a name), then the author after 'by' (not 'adopted by', 'rejected by': another's act).
AUTHORED_PROPOSAL = re.compile(
    r"\b(?P<det>[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+"
    r"(?P<doc>(?:(?:new|rival|separate|second|joint|last-minute|competing|alternative|procedural|hostile|"
    r"written)\s+)?(?P<kind>amendments?|motions?|proposals?|counter-?proposals?|draft\s+resolutions?|drafts|draft|"
    r"resolutions?|bills?))"
    r"(?:\s+(?:to|on)\s+(?:the\s+|its\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|on\s+)?(?:the\s+)?[A-Z\d][\w/-]*){0,6})?"
    rf"(?P<link>\s*,?\s+(?:(?:that|which)\s+)?(?:(?:had|has|have)\s+been\s+|was\s+|were\s+)?"
    r"(?:(?:first|jointly|originally|earlier|formally|also|itself)\s+)?"
    rf"(?:(?P<verb>{_PROPOSING_VERB})\s+by|(?P<bare>by|from))\s+(?:the\s+)?)(?=[A-Z])"
)
# ', on behalf of the African Group', ' on behalf of A and B': whom the author spoke for.
ON_BEHALF = re.compile(r"\s*,?\s+(?:acting\s+|speaking\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?=[A-Z])")
# Between 'by the' and the first author's mention: words of a longer name ('by the Republic of the Congo').
NAME_OPENING = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?)*")
# Capitalised names joined by 'and', 'of', 'the' or commas: the authors or parties a label names.
AUTHOR_NAMES = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|of|the|for|de)\s+)*[A-Z][\w'’.-]*|,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*)*"
)
# The class of each kind of proposal ('a bill' is one until it is passed).
PROPOSAL_KINDS = {"amendment": "Proposal", "motion": "Proposal", "proposal": "Proposal", "counterproposal": "Proposal",
                  "draft resolution": "DraftResolution", "draft": "DraftResolution", "resolution": "DraftResolution",
                  "bill": "Proposal"}  # fmt: skip

# 'a 1973 agreement between NASA and ESRO', 'the 1988 treaty between A and B': a
# document named by its parties and its year (which says it is one made, and not one the text has named).
AGREEMENT_BETWEEN = re.compile(
    r"\b(?:(?P<indefinite>[Aa]n?|[Oo]ne)\s+(?:(?P<year1>(?:19|20)\d\d)\s+)?|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"(?P<year2>(?:19|20)\d\d)\s+)(?:(?:bilateral|formal|framework|cooperation|intergovernmental)\s+)?"
    r"(?P<doc>agreement|treaty|accord|memorandum(?:\s+of\s+understanding)?|pact|convention|protocol)\s+"
    r"(?:signed\s+(?:in\s+(?:19|20)\d\d\s+)?)?between\s+(?:the\s+)?(?=[A-Z])"
)
# What is no agreement made: one sought, drafted, hoped for, talked about or denied ('talks on an agreement
# between A and B', 'no agreement between A and B', 'a proposed treaty between …').
NOT_MADE = re.compile(
    r"\b(?:no|without|talks?|negotiat\w*|seek\w*|sought|hop\w*|push\w*|draft|proposed|possible|potential|future|"
    r"planned|would|could|might|toward|towards|reach|pursu\w*|discuss\w*|wants?|need\w*|for)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# 'signed the agreement that created the programme', 'ratified the treaty which set up ESA': a document named by
# what it made, as the object of a signing (elsewhere 'the treaty that created X' may repeat one the text named).
FOUNDING_DOCUMENT = re.compile(
    r"\b(?:signed|signs|sign|signing|ratified|ratifies|ratify|concluded|concludes|negotiated|negotiates|joined|"
    r"joins|join|acceded\s+to|accedes\s+to)\s+the\s+(?P<doc>(?P<kind>agreement|treaty|accord|convention|charter|"
    r"memorandum|pact|protocol)\s+(?:that|which)\s+(?:first\s+|formally\s+)?(?:created|established|set\s+up|"
    r"founded|launched|started)\s+(?:(?:the|its|their)\s+[a-z]+"
    r"(?:\s+(?!(?:on|in|at|by|for|with|from|of|to|and|but|that|which|was|were|is|are)\b)[a-z]+)?|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))"
)
# 'an agreement in Moscow that set up Intersputnik', 'a treaty, signed in 1975, which created the agency', 'an
# accord of 1964 that established X': an indefinite document named by the body it set up, wherever it stands (the
# article says it is a new one; a place or a date may come between; documents21).
FOUNDING_INDEFINITE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:international|intergovernmental|multilateral|founding|new)\s+)?"
    r"(?P<kind>agreement|treaty|accord|convention|charter|pact|protocol)"
    r"(?:\s*,?\s+(?:(?:signed|concluded|reached)\s+)?(?:in|at|on|of)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})){0,2}\s*,?\s+(?:that|which)\s+(?:first\s+|formally\s+)?"
    r"(?P<verb>created|established|set\s+up|founded|formed)\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)
# 'Peru proposed an amendment to the Example Treaty', 'tabled two amendments to it': the amendment is the object,
# a new proposal (not the treaty it would change).
AMENDMENT_TO = re.compile(
    r"\b(?:proposed|proposes|propose|proposing|put\s+forward|puts\s+forward|tabled|tables|table|submitted|submits|"
    r"submit|introduced|introduces|introduce|sponsored|sponsors|sponsor|moved|offered|filed)\s+"
    r"(?:(?:an?|one|two|three|four|five|several|some|its|their|new|further|own)\s+){0,2}(?P<doc>amendments?)\s+"
    r"(?:to|of)\s+(?:the\s+|its\s+|their\s+)?(?P<what>[A-Z][\w-]*(?:\s+(?:of\s+|on\s+|for\s+)?(?:the\s+)?[A-Z][\w-]*){0,6})"
)
# The parties, then a modal: the document is hypothetical ('… between A and B would settle the dispute').
HYPOTHETICAL_AFTER = re.compile(
    r"[^,;.]{0,80}?\b(?:would|could|might|should|may)\b(?!\s+(?:have\s+)?(?:been\s+)?(?:later|also)\b)"
)
DOCUMENT_KINDS = {"agreement": "Document", "treaty": "Treaty", "accord": "Document", "memorandum": "Memorandum",
                  "pact": "Document", "convention": "Treaty", "protocol": "Document", "charter": "Document"}  # fmt: skip
# What an agreement that set up a programme or a body is: a treaty between the states that made it (GUIDELINES v19).
FOUNDING_KINDS = {**DOCUMENT_KINDS, "agreement": "Treaty", "accord": "Treaty", "pact": "Treaty"}


def described_documents(text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
    """The new documents a sentence names by their author or their parties (the noun's span)."""
    sentence = text[start:end]
    found: list[Found] = []
    for match in scan(AUTHORED_PROPOSAL, sentence) if " by " in sentence or " from " in sentence else ():
        if match.group("det").lower() == "the" and match.group("verb") is None:
            continue  # ('the motion by X': one the text has named; 'the proposal from X' likewise)
        doc = match.group("doc")
        kind = re.sub(r"s$", "", re.sub(r"\s+", " ", match.group("kind")).replace("-", ""))
        label = f"{doc[:1].upper()}{doc[1:]} by {_author_words(sentence, match.end())}"
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(label), new=True,
                           type=PROPOSAL_KINDS.get(kind, "Proposal"), label=label, confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in scan(AGREEMENT_BETWEEN, sentence) if "between" in sentence else ():
        if NOT_MADE.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        if not (match.group("year1") or match.group("year2")):
            continue  # ('under an agreement between A and B': an arrangement as often as a signed text; 'a treaty
            # between A and B would settle it': one not made)
        if HYPOTHETICAL_AFTER.match(sentence, match.end()):
            continue  # ('a 2025 treaty between A and B would settle it')
        noun = match.group("doc")
        label = f"{noun[:1].upper()}{noun[1:]} between {_author_words(sentence, match.end())}"
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(label), new=True,
                           type=DOCUMENT_KINDS[noun.split()[0]], label=label, confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in scan(AMENDMENT_TO, sentence) if "amendment" in sentence else ():
        label = f"Amendment to the {match.group('what')}"
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(label), new=True, type="Proposal",
                           label=label, confidence=0.5, rule="document description"))  # fmt: skip
    for match in scan(FOUNDING_INDEFINITE, sentence) if " that " in sentence or " which " in sentence else ():
        kind = match.group("kind")
        label = f"{kind[:1].upper()}{kind[1:]} establishing {match.group('body')}"
        found.append(Found(start + match.start("kind"), start + match.end("kind"), slug(label), new=True,
                           type=FOUNDING_KINDS.get(kind, "Document"), label=label, confidence=0.5,
                           rule="document description"))  # fmt: skip
    for match in scan(FOUNDING_DOCUMENT, sentence) if "the " in sentence else ():
        doc = match.group("doc")
        found.append(Found(start + match.start("doc"), start + match.end("doc"), slug(doc), new=True,
                           type=FOUNDING_KINDS.get(match.group("kind"), "Document"), label=doc[:1].upper() + doc[1:],
                           confidence=0.5, rule="document description"))  # fmt: skip
    return found


def _author_words(sentence: str, at: int) -> str:
    """The names after 'by' or 'between', for a label ('Brazil', 'NASA and ESRO', 'the Republic of the Congo')."""
    words = AUTHOR_NAMES.match(sentence, at)
    return words.group(0) if words else sentence[at : at + 30].split(",")[0]


def proposers(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'an amendment put forward by X': X proposes the amendment (submits it when 'tabled', 'submitted' or
    'introduced'; drafts it when 'drafted' or 'drawn up', as the passive cues read them; a sponsor proposes, GUIDELINES
    v10); 'a motion by A, on behalf of the B Group': both
    propose it. The document is the mention at the noun, new or named before."""
    if " by " not in sentence and " from " not in sentence:
        return
    is_ = view.is_
    for match in scan(AUTHORED_PROPOSAL, sentence):
        paper = next((m for m in view.mentions if m.start == start + match.start("doc") and is_(m, "Document")), None)
        if paper is None:
            continue
        authors = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if not authors or not NAME_OPENING.fullmatch(view.text, start + match.end(), authors[0].start):
            continue
        behalf = ON_BEHALF.match(view.text, authors[-1].end, view.end)
        if behalf is not None:
            groups = view.group([m for m in view.after(behalf.end() - start) if is_(m, "Agent")], False)
            if groups and NAME_OPENING.fullmatch(view.text, behalf.end(), groups[0].start):
                authors += groups
        verb = match.group("verb") or match.group("bare")
        relation = ("submits" if re.match(r"tabled|submitted|introduced|filed", verb)
                    else "drafts" if re.match(r"drafted|drawn|prepared", verb)
                    else "proposes")  # fmt: skip
        cue = re.compile(re.escape(verb)).search(sentence, match.start("link"))
        for author in authors:
            if author.entity != paper.entity:
                fact(author, relation, paper, cue=cue, before=paper, rule="proposal by its author")


def agreement_parties(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'a 1973 agreement between NASA and ESRO': each party (no person) signs it, and they are partners."""
    if "between" not in sentence:
        return
    is_ = view.is_
    for match in scan(AGREEMENT_BETWEEN, sentence):
        paper = next((m for m in view.mentions if m.start == start + match.start("doc") and is_(m, "Document")), None)
        if paper is None:
            continue
        parties = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if len(parties) < 2 or parties[0].start != start + match.end() or any(is_(p, "Person") for p in parties):
            continue
        cue = re.compile("between").search(sentence, match.start("doc"))
        for party in parties:
            fact(party, "signs", paper, cue=cue, before=paper, rule="agreement between parties")
        for one, other in itertools.combinations(parties, 2):
            if one.entity != other.entity:
                fact(one, "partnerOf", other, cue=cue, before=paper, rule="agreement between parties")


# 'negotiated under co-facilitators from A and B', 'co-facilitated by A and B', 'under the co-facilitation of A and B':
# the states that steered the negotiation of a text draft it.
FACILITATED_BY = re.compile(
    r"\b(?:(?:under|with|by)\s+(?:the\s+)?co-?facilitat(?:ors?|ion)\s+(?:from|of)|co-?facilitated\s+by)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# 'A and B co-facilitated the negotiations on the Pact', 'A and B served as co-facilitators of the Pact'.
FACILITATED = re.compile(
    r"\s+(?:(?:have|has|had|jointly|also)\s+)*(?:co-?facilitated|(?:served|acted)\s+as\s+(?:its\s+|the\s+)?"
    r"co-?facilitators\s+(?:of|for|on))\s+(?:the\s+)?(?:(?:negotiations?|talks|process|text)\s+(?:on|of|for)\s+"
    r"(?:the\s+)?)?(?=[A-Z])"
)
# A sentence whose subject is a text named by a common noun ('The text, negotiated …', 'It was co-facilitated …').
TEXT_SUBJECT = re.compile(r"\s*(?:(?:The|This|That)\s+(?:[a-z-]+\s+)?(?:text|pact|treaty|agreement|declaration|"
                          r"document|resolution|compact|charter|convention|accord|draft)\b|It\b)")  # fmt: skip


def facilitators(view: Any, fact: Fact, document: Found | None, start: int, sentence: str) -> None:
    """'The text, negotiated under co-facilitators from A and B, was adopted', 'A and B co-facilitated the talks
    on the Example Pact': the states (or bodies) that steered the negotiation draft the text; the text is the one
    named before the cue in the sentence, or the one in focus when a common noun or 'it' opens the sentence."""
    if "facilitat" not in sentence:
        return
    is_ = view.is_
    for match in scan(FACILITATED_BY, sentence):
        states = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if not states or states[0].start != start + match.end() or any(is_(s, "Person") for s in states):
            continue
        papers = [m for m in view.before(match.start()) if is_(m, "Document")]
        paper = papers[-1] if papers else document if TEXT_SUBJECT.match(sentence) else None
        if paper is None:
            continue
        cue = re.compile(r"facilitat\w+").search(sentence, match.start())
        for state in states:
            fact(state, "drafts", paper, cue=cue, before=state, rule="co-facilitators")
    for match in scan(FACILITATED, sentence):
        paper = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Document")), None)
        if paper is None:
            continue
        cue = re.compile(r"facilitat\w+").search(sentence, match.start())
        for state in view.clause_subject(match.start(), "Agent"):
            if not is_(state, "Person") and view.own_clause(state, match.start()):
                fact(state, "drafts", paper, cue=cue, before=state, rule="co-facilitators")


# 'on behalf of the Arab Group' anywhere in a clause (the author's apposition or after its verb).
ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?=[A-Z])")
AUTHORING = ("proposes", "submits", "drafts")


def spoken_for(view: Any, facts: list[dict[str, Any]], first: int, start: int, sentence: str) -> None:
    """'Egypt, on behalf of the Arab Group, tabled X', 'Egypt tabled X on behalf of the Arab Group': the group the
    author acted for proposes (submits, drafts) the text too; the facts this sentence stated from ``first`` on."""
    if "behalf" not in sentence:
        return
    is_ = view.is_
    for match in ON_BEHALF_OF.finditer(sentence):
        groups = view.group([m for m in view.after(match.end()) if is_(m, "Agent")], False)
        if not groups or not NAME_OPENING.fullmatch(view.text, start + match.end(), groups[0].start):
            continue
        at = start + match.start()
        stated = {(f["subject"], f["relation"], f["object"]) for f in facts[first:]}
        for f in list(facts[first:]):
            if f["relation"] not in AUTHORING or f.get("modality") or "cue" not in f or f["at"][1] > at:
                continue
            between = view.text[f["at"][1] : at]
            # (right after the author, ', on behalf of', or after the verb in its clause: no clause break between)
            if re.search(r"[;:.]|\b(?:and|but|which|who|while|whereas)\b", between) and not re.fullmatch(
                r"\s*,?\s*", between
            ):
                continue
            if f["cue"][0] > at and not re.fullmatch(r"\s*,?\s*(?:acting\s+|speaking\s+)?", between):
                continue
            for group in groups:
                key = (group.entity, f["relation"], f["object"])
                if key not in stated and group.entity != f["object"]:
                    stated.add(key)
                    facts.append({**f, "subject": group.entity, "at": (group.start, group.end), "rule": "on behalf of"})
