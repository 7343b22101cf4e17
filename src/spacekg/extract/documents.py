"""Who is party to the document a text is about, and who drew it up: lists of
parties after a count or a verb ('That left seventeen parties: A, B, …',
'States parties include A and B', 'Twelve states have ratified it: A, B'),
the author of a document in a relative clause without its pronoun ('the
framework the United States launched in 2020'), and a formal title given with
its short name ('The Agreement Governing …, usually called the Moon Agreement').

Each rule reads a construction over names of the right classes; the document of
a list with no name in its sentence is the one in focus (the pipeline's
:meth:`~spacekg.extract.coreference.Anaphora.document`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from spacekg.extract.base import Found, slug
from spacekg.extract.literals import scan
from spacekg.extract.modality import modality

Fact = Any  # relations.relations' inner ``fact`` (subject, relation, object, cue=, before=, rule=)

_COUNT = r"(?:\d+|[a-z]+)\s+(?:(?:more|other|remaining|current|original|founding)\s+)?"
_STATES = r"(?:(?:states?|countries|nations|governments)\s+)"
# 'That left seventeen parties: A, B', 'The treaty now has 17 states parties, namely A, B', 'its 12
# signatories: A, B': a counted list of parties, then the names (after a colon or a list word).
COUNTED_PARTIES = re.compile(
    rf"\b{_COUNT}{_STATES}?(?:parties|signatories)(?:\s+(?:to|of)\s+(?:it|them))?"
    r"(?:\s*:|,?\s+(?:namely|including|among\s+them)\b:?)\s*(?:the\s+)?(?=[A-Z])"
)
# 'States parties include A and B', 'The states parties to it are A, B': the parties of the document
# named in the clause, or of the one in focus.
STATES_PARTIES = re.compile(
    r"(?:^|(?<=[;:]\s))(?:The\s+|the\s+)?(?:(?:States?|Countries|[Nn]ations)\s+(?:parties|signatories)|"
    r"(?:[Pp]arties|[Ss]ignatories)(?=\s+(?:to|of)\s))"
    r"(?P<named>\s+(?:to|of)\s+[^,;:.]{1,60}?)?\s+(?:now\s+|so\s+far\s+|currently\s+)?(?:include[sd]?|are|were)\s*:?\s*"
    r"(?:the\s+)?(?=[A-Z])"
)
# 'Among the parties are A and B', 'Among the treaty's 17 states parties are A and B'.
AMONG_PARTIES = re.compile(
    r"(?:^|(?<=[;:]\s))Among\s+(?:the|its|their)\s+(?:(?:\d+|[a-z]+)\s+)?(?:(?:states?|countries|nations)\s+)?"
    r"(?:parties|signatories)(?P<named>\s+(?:to|of)\s+[^,;:.]{1,60}?)?\s+(?:are|were)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Twelve states have ratified it: A, B', 'Nine countries have since signed the treaty: A, B'.
VERB_THEN_LIST = re.compile(
    rf"\b{_COUNT}{_STATES}(?:have|had)\s+(?:(?:so\s+far|since|now|already|also)\s+)?"
    r"(?P<verb>ratified|signed|joined|acceded\s+to|not\s+(?:yet\s+)?(?:signed|ratified|joined))\s+"
    r"(?:it|them|the\s+[a-z]+|the\s+(?:[A-Z][\w-]*\s+){1,6})\s*:\s*(?:the\s+)?(?=[A-Z])"
)
# 'Peru has signed but not ratified the treaty', 'signed and ratified it': the signing holds whatever the
# ratification.
SIGNED_NOT_RATIFIED = re.compile(
    r"\bsigned\s+(?:,\s*)?(?:but|and)\s+(?:(?:has|have|had|did)\s+)?(?:(?:not|never|yet\s+to)\s+)?"
    r"ratif(?:ied|y)\s+(?:(?P<it>it|them)\b|(?:the\s+)?(?=[A-Za-z]))"
)
DOCUMENT_NOUN = re.compile(r"(?:treaty|agreement|accords?|convention|charter|pact|protocol|text)\b")
# 'Peru, a party to the Example Treaty since 1967, …', 'Chile, a signatory of the Accords': the name before.
APPOSED_PARTY = re.compile(
    r",\s+(?:a|an|the|one\s+of\s+the)\s+(?:(?:founding|original|full|early|first|new)\s+)?(?:state\s+)?"
    r"(?:party|parties|signatory|signatories)\s+(?:to|of)\s+(?:the\s+)?(?=[A-Z])"
)
# 'Congress passed the Example Act', 'Parliament answered with the Example Act in 2017': a legislature drafts the
# law it passes (not an agreement it approves: a ratification is a stance, not a drafting).
PASSED_LAW = re.compile(
    r"\b(?:passed|passes|pass|enacted|enacts|enact|adopted|adopts|approved|approves|answered\s+with|responded\s+with)\s+"
    r"(?:the\s+|a\s+|its\s+)?(?=[A-Z])"
)
# 'The United States declared a moratorium on … tests in 2022', 'Japan proclaimed a new space doctrine', 'adopted a
# policy': the one who declares a moratorium, a doctrine or a policy drafts that statement.
DECLARED = re.compile(
    r"\b(?:declared|declares|declare|declaring|proclaimed|proclaims|proclaim|imposed|imposes|impose|adopted|adopts|"
    r"adopt)\s+(?:a|an|its|their|the)\s+(?:(?:new|unilateral|national|self-imposed|voluntary|formal|first|global)\s+)*"
    r"(?=(?:moratorium|doctrine|policy|ban|pledge)\b)"
)
LAW_NAME = re.compile(r"\b(?:Act|Law|Bill|Code|Statute|Ordinance)(?:\s+(?:of\s+)?\d{4})?$|^(?:Act|Law)\s+(?:on|for)\s")
LEGISLATURE = re.compile(
    r"\b(?:Parliament|Congress|Senate|House|Duma|Diet|Assembly|Legislature|Knesset|Bundestag|Majlis|Chamber|Sejm|"
    r"Riksdag|Storting|Cortes|Sabha)\b"
)
# "Japan's parliament, the Diet, passed …": a legislature's common noun, then its name between commas.
LEGISLATURE_NOUN_BEFORE = re.compile(
    r"\b(?:parliament|legislature|congress|assembly|lower\s+house|upper\s+house|senate|chamber)\s*,\s+(?:the\s+)?$"
)
APPOSITION_CLOSE = re.compile(r"\s*,\s+(?:(?:has|had|have|then|later|also|finally|unanimously|quickly)\s+)*")
# 'The group was set up by the UN General Assembly (UNGA) in resolution 72/250', 'established by the Council
# through its decision 2/15', 'Adopted: by the General Assembly in 1971, in resolution 2777': the body acting by an
# instrument adopts it (the participle's subject is what the instrument made, no relation of its own here).
ACTED_BY = re.compile(
    r"\b(?:set\s+up|established|created|mandated|convened|founded|launched|requested|tasked|authori[sz]ed|adopted|"
    r"approved|endorsed|commended|opened\s+for\s+signature)\s*:?\s+by\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
# Between the body and its instrument: its acronym, a year, then the preposition ('(UNGA) in 1971, in resolution').
BODY_TO_INSTRUMENT = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?)?\s+"
    r"(?:in|through|via|under|with|by)\s+(?:its\s+|a\s+|the\s+)?"
)
INSTRUMENT = re.compile(r"(?:resolution|decision|decree)\b", re.IGNORECASE)
# What else has parties: 'the talks had two parties', 'both parties to the dispute'.
OTHER_PARTIES = re.compile(
    r"\b(?:talks|negotiations?|dispute|case|lawsuit|suit|conflict|contract|deal|war|meeting|conference|election|"
    r"coalition|government)\b"
)
# 'the framework the United States launched in 2020', 'the rules the agency drew up': a document noun,
# then a name and the author's verb (a relative clause without its pronoun).
_DOC_NOUN = (
    r"(?:framework|agreement|accords?|treaty|convention|charter|code|principles|guidelines|rules|law|act|policy|"
    r"resolution|declaration|memorandum|pact|regulation|strategy|text|document|initiative|moratorium|doctrine|pledge|"
    r"statement|ban)"
)
AUTHOR_VERB = (
    r"(?:launched|drafted|drew\s+up|wrote|adopted|proposed|put\s+forward|devised|crafted|unveiled|issued|"
    r"introduced|initiated|negotiated|championed|sponsored|authored|prepared(?!\s+(?:to|for)\b)|promulgated|published|"
    # (a pledge or a policy one announces is one's own text: 'the pledge, which Examplia announced'; ends25)
    r"declared|proclaimed|tabled|submitted|announced)"
)
REDUCED_RELATIVE = re.compile(
    rf"(?:,\s+|\bthe\s+)(?:[a-z][\w-]*\s+){{0,3}}?{_DOC_NOUN}\s+(?:that\s+|which\s+)?(?P<gap>(?:the\s+)?)(?=[A-Z])"
)
# 'the moratorium on … tests that the United States declared in 2022': a document's name (or description), then
# a relative clause with its own subject.
# ('the guidelines … that the UN's Committee on … adopted': past a possessor's name)
RELATIVE_AFTER_DOCUMENT = re.compile(r"\s*,?\s+(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?(?=[A-Z])")
VERB_AFTER_AUTHOR = re.compile(rf"\s+(?:(?:had|has|have|first|jointly|originally)\s+)*(?P<verb>{AUTHOR_VERB})\b")
# 'the Basic Space Act, which the Diet passed in 2008', 'a law that Parliament enacted': a legislature's or an
# assembly's vote makes a law or a resolution its own (not a treaty it approves: that is a ratification; documents21).
LEGISLATING_AFTER_AUTHOR = re.compile(
    r"\s+(?:(?:had|has|have|first|later|finally|unanimously|narrowly|formally|then)\s+)*(?P<verb>passed|enacted|approved)\b"
)
# Between a document and the noun phrase of its apposition: its date at most ('resolution 65/68 of December 2010, a
# text Russia had put forward', 'the Accords in 2020, a framework the United States launched').
DATED_GAP = re.compile(r"(?:\s+(?:of|in|on|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*,?\s*")
# (a sponsor proposes: GUIDELINES v10, "A bill's sponsor proposes it"; guidelines23)
PROPOSING = re.compile(r"propos|put\s+forward|championed|initiated|sponsored")
# (as the verb cues read them: patterns.py, 'tabled', 'introduced' submit a text)
SUBMITTING = re.compile(r"introduced|tabled|submitted")


def _author_relation(verb: str) -> str:
    """proposes, submits or drafts, by the verb of an author's relative clause."""
    return "proposes" if PROPOSING.match(verb) else "submits" if SUBMITTING.match(verb) else "drafts"


def party_lists(view: Any, fact: Fact, document: Found | None, start: int, sentence: str) -> None:
    """The parties of a document listed after a count, 'States parties', or a verb with a colon."""
    if document is None or not any(w in sentence for w in ("parties", "signatories", ":")):
        return
    for regex in (COUNTED_PARTIES, STATES_PARTIES, AMONG_PARTIES, VERB_THEN_LIST):
        for match in scan(regex, sentence):
            owner = document
            named = match.groupdict().get("named")
            if named:
                # ('States parties to the Example Treaty include A'): the document named in the clause.
                inside = [m for m in view.mentions if start + match.start("named") <= m.start
                          and m.end <= start + match.end("named") and view.is_(m, "Document")]  # fmt: skip
                if not inside:
                    continue
                owner = inside[-1]
            elif owner.end > start + match.start() and owner.start < start + match.end():
                continue
            elif OTHER_PARTIES.search(sentence, 0, match.start()):
                continue  # ('The talks had two parties: A and B': the parties of something else)
            items = view.group(view.after(match.end()), False)
            if not items or items[0].start != start + match.end():
                continue
            verb = match.groupdict().get("verb") or ""
            for party in items:
                if party.entity != owner.entity and view.is_(party, "Agent"):
                    fact(party, "signs", owner, cue=match, before=owner, rule="list of parties",
                         forced="negated" if verb.startswith("not") else None)  # fmt: skip


def authors(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the framework the United States launched': the name before the verb of a relative clause
    without its pronoun drafts (or proposes) the document the noun stands for."""
    is_ = view.is_
    for match in scan(REDUCED_RELATIVE, sentence):
        at = start + match.end()
        author = next((m for m in view.mentions if m.start == at and is_(m, "Agent")), None)
        if author is None:
            continue
        verb = VERB_AFTER_AUTHOR.match(sentence, author.end - start)
        if verb is None:
            continue
        # the document: a name right before the noun phrase ('the Accords, the framework …') or the noun's
        # own anaphor ('the agreement that NASA drew up' after the agreement's name)
        documents = [m for m in view.mentions if m.end <= start + match.start() + 2 and is_(m, "Document")]
        if not documents or not DATED_GAP.fullmatch(view.text, documents[-1].end, start + match.start()):
            continue
        relation = _author_relation(verb.group("verb"))
        fact(author, relation, documents[-1], cue=verb, before=author, rule="author in a relative clause")
    for paper in [m for m in view.mentions if is_(m, "Document")] if "that" in sentence or "which" in sentence else ():
        relative = RELATIVE_AFTER_DOCUMENT.match(view.text, paper.end, view.end)
        if relative is None:
            continue
        author = next((m for m in view.mentions if m.start == relative.end() and is_(m, "Agent")), None)
        verb = VERB_AFTER_AUTHOR.match(sentence, author.end - start) if author is not None else None
        if (
            author is not None
            and verb is None
            and (vote := LEGISLATING_AFTER_AUTHOR.match(sentence, author.end - start))
        ):
            title = view.text[paper.start : paper.end]
            if PASSABLE.search(title) and not AGREED_TEXT.search(title) and _assembly(view, author):
                fact(author, "drafts", paper, cue=vote, before=author, rule="passed in a relative clause")
            continue
        if author is None or verb is None:
            continue
        relation = _author_relation(verb.group("verb"))
        fact(author, relation, paper, cue=verb, before=author, rule="author in a relative clause")


# (by the id, for a body named by an acronym: 'GA', 'UNGA')
ASSEMBLY_ID = re.compile(r"assembly|parliament|congress|senate|diet|duma|council|house")


def _assembly(view: Any, body: Found) -> bool:
    """A legislature or an assembly, council or committee that votes texts (not a state, a person or an agency)."""
    if not view.is_(body, "Organization") or view.is_(body, "Country") or view.is_(body, "Person"):
        return False
    words = view.text[body.start : body.end]
    return bool(LEGISLATURE.search(words) or re.search(r"\b(?:Council|Committee|Commission)\b", words)
                or ASSEMBLY_ID.search(body.entity))  # fmt: skip


# ', usually called the Moon Agreement', ', commonly known as the Example Treaty': the short name of the
# formal title before it.
CALLED_AFTER_TITLE = re.compile(
    r",\s+(?:(?:usually|commonly|often|generally|popularly|better|also|simply|informally)\s+)?"
    r"(?:called|known\s+as|referred\s+to\s+as)\s+(?:the\s+)?"
)
TITLE_HEAD = re.compile(r"\b(?:Treaty|Agreement|Convention|Protocol|Declaration|Charter|Code|Principles)\b")
# The words of a formal title: capitalized words, and the lower-case words titles hold ('Treaty Banning
# Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water').
TITLE_BODY = re.compile(
    r"(?:[A-Z][\w’'-]*|of|the|on|in|and|for|to|with|between|including|concerning|relating|regarding)"
    r"(?:,?\s+(?:[A-Z][\w’'-]*|of|the|on|in|and|for|to|with|between|including|concerning|relating|regarding|a|an))*"
)
TITLE_WORDS = ("called", "known as", "referred to as")


def formal_title(linker: Any, text: str, start: int, end: int, mentions: list[Found]) -> list[Found]:
    """'The Agreement Governing the Activities of States on the Moon …, usually called the Moon Agreement':
    the formal title is a mention of the document its short name names (the names the title holds stay
    mentions when known; the guesses its capitals gave are dropped)."""
    sentence = text[start:end]
    if not any(w in sentence for w in TITLE_WORDS):
        return mentions
    for called in scan(CALLED_AFTER_TITLE, sentence):
        at = start + called.end()
        short = next((m for m in mentions if m.start == at and linker.is_(m, "Document")), None)
        if short is None:
            continue
        head = next(
            (
                h
                for h in TITLE_HEAD.finditer(sentence, 0, called.start())
                if TITLE_BODY.fullmatch(sentence, h.start(), called.start())
                and re.search(r"(?:^|[.;:]\s+|\b[Tt]he\s+)$", sentence[: h.start()])
            ),
            None,
        )
        if head is None:
            continue
        low, high = start + head.start(), start + called.start()
        # (a title the graph knows whole: no change; one read as a new name is the short name's document)
        if any(m.start <= low and high <= m.end and not m.new for m in mentions):
            continue
        kept = [m for m in mentions if not (low <= m.start and m.end <= high and m.new)]
        if short.new and (common := slug(text[short.start : short.end])) != short.entity:
            # ('the Declaration of the First Meeting of X, better known as the Bogotá Declaration'): a new document
            # goes by the name the text uses for it (the one its headline may name), not by a guess inside the title
            kept = [dataclasses.replace(m, entity=common) if m is short else m for m in kept]
            short = dataclasses.replace(short, entity=common)
        title = Found(low, high, short.entity, new=short.new, type=short.type, label=short.label,
                      confidence=0.6, rule="formal title")  # fmt: skip
        mentions = sorted([*kept, title], key=lambda m: (m.start, m.end))
    return mentions


# 'the PPWT, the draft treaty on weapons in outer space that …', 'the Example Treaty, a convention on …': between a
# named document and a description in apposition to it (the description says what the named one is).
APPOSED_TO_NAME = re.compile(
    r"(?:\s+(?:of|in|on|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*,\s+(?:the|a|an)\s+$"
)
# ('the Outer Space Treaty, the Moon Agreement, the convention on X and Y': a list goes on; each item is its own)
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


def apposed_descriptions(linker: Any, text: str, mentions: list[Found]) -> list[Found]:
    """'the PPWT, the draft treaty on weapons in outer space that Russia and China had submitted': a description of
    a document in apposition to the document's name is that document, not a new one (the description's guess is
    dropped, so what the clause after it says goes to the name)."""
    kept = []
    for mention in mentions:
        if mention.new and mention.rule == "document description":
            named = [m for m in mentions if m.end <= mention.start and m.rule != "document description"]
            if (
                named
                and linker.is_(named[-1], "Document")
                and APPOSED_TO_NAME.fullmatch(text, named[-1].end, mention.start)
                and not LIST_GOES_ON.match(text, mention.end)
            ):
                continue
        kept.append(mention)
    return kept


def signers(view: Any, fact: Fact, document: Found | None, start: int, sentence: str) -> None:
    """'Peru has signed but not ratified the treaty': Peru signs it; 'Peru, a party to the Example Treaty,':
    the name before the apposition signs the document after it."""
    is_ = view.is_
    for match in scan(SIGNED_NOT_RATIFIED, sentence) if "ratif" in sentence else ():
        at = start + match.end()
        paper = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
        if paper is None and (match.group("it") or DOCUMENT_NOUN.match(sentence, match.end())):
            # ('… ratified it', '… ratified the treaty': the document in focus)
            paper = document
        if paper is None:
            continue
        cue = (match.start(), match.start() + len("signed"))  # ('never ratified' says nothing of the signing)
        for subject in view.clause_subject(match.start(), "Agent"):
            if view.own_clause(subject, match.start()):
                said = modality(sentence, (subject.start - start, subject.end - start), cue, subject.start - start)
                fact(subject, "signs", paper, rule="signed but not ratified", forced=said)
    for match in scan(APPOSED_PARTY, sentence) if ("part" in sentence or "signator" in sentence) else ():
        at = start + match.end()
        paper = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
        party = next((m for m in view.mentions if m.end == start + match.start() and is_(m, "Agent")), None)
        if paper is not None and party is not None:
            fact(party, "signs", paper, cue=match, before=party, rule="apposed party")


def declarations(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'The United States declared a moratorium on … tests': the subject drafts the moratorium (a document
    described by that phrase), as it does a doctrine or a policy it proclaims or adopts."""
    is_ = view.is_
    for match in scan(DECLARED, sentence):
        at = start + match.end()
        paper = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
        if paper is None:
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if view.own_clause(subject, match.start()):
                fact(subject, "drafts", paper, cue=match, before=subject, rule="declared a moratorium")


# 'the Assembly set up the group in resolution 65/68', 'In resolution 68/50 the Assembly welcomed the report', 'the
# Council, by resolution 2087, condemned …': a body acting in (by, through) its resolution adopted it.
ACTING_IN = re.compile(r"\b(?P<opening>^)?(?:[Ii]n|[Bb]y|[Tt]hrough|[Vv]ia|[Uu]nder)\s+(?:its\s+)?$")
# After an opening 'In resolution 68/50': its date or an apposition, then the body ('In resolution 68/50 that
# December the UNGA', 'In resolution 68/50, adopted in 2013, the Assembly').
OPENING_TO_BODY = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:of|in|on|that|last|this)\s+(?:\d{1,2}\s+)?[A-Za-z]*(?:\s+\d{4})?)?"
    r"(?:\s*,\s+(?:adopted|passed|approved)\s+[^,]{1,40})?\s*,?\s+(?:the\s+)?"
)
# The words of a passive or a participle before 'in resolution N': the subject is what the text made, not its author
# ('The group was set up in resolution 65/68', 'As requested in resolution 65/68, the Committee met').
NOT_ACTING = re.compile(
    r"\b(?:was|were|is|are|been|being|be|as)\s+(?:(?:first|later|also|then|originally|already|not)\s+)*"
    r"(?:[a-z]+ed|set\s+up|laid\s+down|set\s+out|called\s+for|referred\s+to|written|made|given|taken|born|drawn\s+up)"
    r"(?:\s+\w+){0,3}\s*$|,\s+(?:[a-z]+ed|set\s+up|set\s+out|laid\s+down|called\s+for)(?:\s+\w+){0,3}\s*$"
)
# A verb of making, then its object's name, right before 'in resolution N' ('set up the Example Platform (EXP) of the
# UN ', 'established UN-X '): the object is no subject; the verb's position is the one to read the subject from.
MADE_OBJECT = re.compile(
    r"\b(?:set\s+up|established|created|founded|launched|mandated|convened|requested|tasked|authori[sz]ed)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?=[A-Z])[^,;:]{1,160}?$"
)
# What one acts under that is no act of one's own ('works under resolution 1721', 'a state acting under …').
UNDER_OWN = re.compile(r"(?i)\bunder\b")


# Between a subject and its object: a verb in the active voice (with a particle), no preposition nor conjunction.
VERB_TO_OBJECT = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|first|formally|jointly)\s+)*"
    r"(?!(?:of|and|or|in|for|with|to|at|on|by|from|is|are|was|were|be|been|whose|which|who|that|as)\b)"
    r"[a-z]+(?:ed|s)?(?:\s+(?:up|out|down))?\s+(?:the\s+|a\s+|an\s+|its\s+|new\s+)*"
)


GLOSS_GAP = re.compile(r"\s*\(")


def _verb_object(view: Any, body: Found) -> Found | None:
    """The subject of the verb whose object ``body`` is ('the UNGA set up X': the UNGA for X), or None when
    ``body`` is no verb's object."""
    return next((m for m in reversed(view.mentions) if m.end < body.start and view.is_(m, "Agent")
                 and VERB_TO_OBJECT.fullmatch(view.text, m.end, body.start)), None)  # fmt: skip


def acting_in(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the Assembly set up the group in resolution 65/68', 'In resolution 68/50 the UNGA welcomed the report': the
    body (not a state, nor a person) that acts in its resolution, decision or decree adopted (drafts) it; not
    the subject of a passive ('was set up in resolution …') nor one that works 'under' another's resolution."""
    is_ = view.is_
    for paper in [m for m in view.mentions if is_(m, "Document") and INSTRUMENT.match(view.text, m.start, m.end)]:
        prep = ACTING_IN.search(view.text, max(start, paper.start - 16), paper.start)
        if prep is None or UNDER_OWN.match(prep.group(0)):
            continue
        at = prep.start() - start
        if re.fullmatch(r"\s*", sentence[:at]):
            gap = OPENING_TO_BODY.match(view.text, paper.end, view.end)
            bodies = [m for m in view.mentions if gap is not None and m.start == gap.end()]
            bodies = [max(bodies, key=lambda m: m.end)] if bodies else []
        else:
            if NOT_ACTING.search(sentence, max(0, at - 60), at):
                continue
            made = MADE_OBJECT.search(sentence, 0, at)
            if made is not None:
                # 'The UNGA set up the Example Platform (EXP) in resolution 61/110': the name after the verb is
                # what the act made, its object; the body acting is the verb's subject (bodies23).
                at = made.start()
            bodies = [b for b in view.clause_subject(at, "Organization") if view.own_clause(b, at)]
            # 'The UNGA set up the Example Platform in resolution 61/110': a name right after a verb is its object,
            # what the resolution made, not who acted; the name before the verb is (precision23)
            # (nor a letter-name glossing another in parentheses: '… Response (UN-SPIDER) in resolution 61/110')
            # (unless it glosses the name right before it: 'the UN General Assembly (UNGA) in resolution 72/250')
            bodies = [
                b
                for b in bodies
                if view.text[b.start - 1 : b.start] != "("
                or any(m.entity == b.entity and GLOSS_GAP.fullmatch(view.text, m.end, b.start) for m in view.mentions)
            ]
            objects = [b for b in bodies if _verb_object(view, b)]
            if objects:
                bodies = [a for b in objects if (a := _verb_object(view, b)) is not None and a.start >= start]
            # ('reported on the principles cited in resolution 68/50': a participle after the verb's object)
            words = re.findall(r"[a-z]+", sentence[bodies[-1].end - start : at]) if bodies else []
            if len(words) > 1 and words[-1].endswith("ed") and any(w.endswith(("ed", "s")) for w in words[:-1]):
                continue
        for body in bodies:
            if is_(body, "Organization") and not is_(body, "Country") and not is_(body, "Person"):
                fact(body, "drafts", paper, cue=prep, before=body, rule="acted in an instrument")


# 'Its recommendations were adopted by the GA as resolution 62/101', 'The Assembly adopted the text as resolution
# 76/3', 'which the Council approved as decision 2/15': the act gave the instrument named after 'as' (documents21).
ADOPTED_AS = re.compile(
    r"\b(?P<verb>adopted|adopts|adopt|passed|passes|approved|approves|endorsed|endorses|enacted)\b"
    r"(?P<middle>[^,.;:()]{0,60}?)\s+as\s+(?:its\s+|the\s+)?(?=(?:[Rr]esolution|[Dd]ecision|[Dd]ecree)\s|[A-Z]/RES/)"
)
# A passive voice before the verb ('were adopted', 'has been endorsed'): its agent is the one after 'by'.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:then|later|also|formally|unanimously)\s+)?$")
BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?")


def adopted_as(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'were adopted by the GA as resolution 62/101', 'the Assembly adopted them as resolution 76/3': the body (after
    'by' in a passive, else the clause's subject; not a state, nor a person) drafts the instrument named after 'as'."""
    is_ = view.is_
    for match in scan(ADOPTED_AS, sentence) if " as " in sentence else ():
        paper = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Document")), None)
        if paper is None or not INSTRUMENT.match(view.text, paper.start, paper.end):
            continue
        middle = start + match.start("middle")
        by = BY_AGENT.search(view.text, middle, start + match.end("middle"))
        if by is not None:
            bodies = [max((m for m in view.mentions if m.start == by.end()), key=lambda m: m.end, default=None)]
        elif PASSIVE_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # ('It was adopted as resolution 62/101': no author named)
        else:
            bodies = [
                b for b in view.clause_subject(match.start(), "Organization") if view.own_clause(b, match.start())
            ]
        for body in bodies:
            if body is not None and is_(body, "Organization") and not is_(body, "Country") and not is_(body, "Person"):
                fact(body, "drafts", paper, cue=match, rule="adopted as an instrument")


def instruments(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'set up by the General Assembly in resolution 72/250': the body adopts (drafts) the resolution it acted by."""
    is_ = view.is_
    if "esolution" in sentence or "ecision" in sentence or "ecree" in sentence:
        acting_in(view, fact, start, sentence)
        adopted_as(view, fact, start, sentence)
    for match in (
        scan(ACTED_BY, sentence) if "esolution" in sentence or "ecision" in sentence or "ecree" in sentence else ()
    ):
        at = start + match.end()
        body = next((m for m in view.mentions if m.start == at and is_(m, "Organization")), None)
        if body is None:
            continue
        # ('the UN General Assembly': the whole name, not the 'UN' inside it)
        body = max((m for m in view.mentions if m.start == at and is_(m, "Organization")), key=lambda m: m.end)
        gap = BODY_TO_INSTRUMENT.match(view.text, body.end, start + len(sentence))
        paper = next(
            (m for m in view.mentions if gap is not None and m.start == gap.end() and is_(m, "Document")), None
        )
        if paper is not None and INSTRUMENT.match(view.text, paper.start, paper.end):
            fact(body, "drafts", paper, cue=match, rule="acted by an instrument")


def lawmakers(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Congress passed the Example Act in 2015', 'Parliament answered with the Example Act': the
    legislature drafts the law (a negation or a plan in the verb group carries over)."""
    is_ = view.is_
    for match in scan(PASSED_LAW, sentence):
        at = start + match.end()
        law = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
        if law is None or not LAW_NAME.search(view.text[law.start : law.end]):
            continue  # (the slice, not a position: the 'Act on …' alternative is anchored at the name's start)
        bodies = view.clause_subject(match.start(), "Organization")
        if not bodies:
            # 'Japan's parliament, the Diet, passed …': the name in apposition to a legislature's common noun
            bodies = [m for m in view.mentions if m.end <= at and is_(m, "Organization")
                      and LEGISLATURE_NOUN_BEFORE.search(view.text, max(start, m.start - 40), m.start)
                      and APPOSITION_CLOSE.fullmatch(view.text, m.end, start + match.start())][-1:]  # fmt: skip
        for body in bodies:
            if LEGISLATURE.search(view.text, body.start, body.end) and view.own_clause(body, match.start()):
                fact(body, "drafts", law, cue=match, rule="legislature passed a law")


# 'the Outer Space Treaty and the Liability Convention, both of which the country has ratified', '…, all of which
# Japan has signed', '…, neither of which India has joined': the relative clause is about every document of the list.
QUANTIFIED_RELATIVE = re.compile(r"\s*,\s+(?:both|all|each|(?P<none>neither|none))\s+of\s+which\b")


def quantified_relatives(view: Any, facts: list[dict[str, Any]], first: int, start: int, sentence: str) -> None:
    """'A and B, both of which the country has ratified': what the relative clause said of the last document of the
    list before it (the one its pronoun reaches) it says of each; 'neither of which' denies it of each
    (``facts[first:]``: the sentence's facts)."""
    if " of which" not in sentence:
        return
    is_ = view.is_
    for match in scan(QUANTIFIED_RELATIVE, sentence):
        at = start + match.start()
        before = [m for m in view.mentions if m.end <= at and is_(m, "Document")]
        if not before or before[-1].end != at:
            continue
        heads = view.group(before, True)
        names = {m.entity for m in heads}
        clause_end = start + view.clause_end(match.end())
        stated = [f for f in facts[first:] if f["object"] in names and f.get("cue")
                  and start + match.end() <= f["cue"][0] < clause_end]  # fmt: skip
        if match.group("none"):
            for fact in stated:
                if view.text[fact["cue"][0] : fact["cue"][1]].lower().startswith("ratif"):
                    facts.remove(fact)  # ('neither of which it has ratified' says nothing against signing)
                else:
                    fact["modality"] = "negated"
            stated = [f for f in stated if f in facts]
        for fact in stated:
            for other in heads:
                if other.entity not in (fact["object"], fact["subject"]):
                    facts.append({**fact, "object": other.entity, "rule": "quantified relative"})


# 'the UN General Assembly adopted resolution 76/3', 'the Council passed a resolution', 'Parliament passed it', 'the
# Senate approved the act': the body that adopts its resolution, or the legislature that passes a law, drafts it.
ADOPTED = re.compile(
    r"\b(?:(?:unanimously|formally|finally|quickly|overwhelmingly|also|then|later|eventually)\s+)?"
    r"(?P<verb>adopted|adopts|adopt|passed|passes|approved|approves)\s+"
    r"(?:(?P<it>it|them)\b|(?P<noun>(?:the|this|that)\s+(?:text|resolution|act|law|bill|code|guidelines|decision|"
    r"policy|strategy|regulation|statute|measure|legislation)\b)|(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?=[A-Z\d]|"
    r"resolution\s+\d))"
)
# A text another body drew up: the adopter is no drafter when the sentence names the one who drafted it ('the
# Assembly adopted a resolution …, drafted by the United States').
DRAFTED_BY_ANOTHER = re.compile(
    r"\b(?:drafted|prepared|written|drawn\s+up|proposed|sponsored|co-?sponsored|put\s+forward|tabled|submitted|"
    r"introduced|negotiated)\s+(?:\w+\s+){0,2}?by\b"
)
# ', "The ', ', “', ', the ': between a resolution's number and the quoted title of the text it adopts.
QUOTED_TITLE_GAP = re.compile(r"\s*,\s*[\"“]\s*(?:The\s+)?['‘’\"]?")
# What a body's vote makes its own: a resolution or a decision (an assembly's or a council's act; GUIDELINES: "A
# council that 'adopted' a resolution drafts it"), not guidelines or a treaty others wrote and it adopted.
ADOPTED_INSTRUMENT = re.compile(r"(?i)\b(?:resolution|decision|decree)\b|\bUNSCR\b|[AS]/RES/")
# What one approves and does not draft: an agreement between others (its approval is a ratification, a stance).
AGREED_TEXT = re.compile(r"(?i)\b(?:treaty|agreement|accords?|convention|protocol|memorandum|pact|deal)\b")
# A body's own statement of aims, voted in by the body itself ('The Assembly adopted the Example Space Policy', 'the
# Cabinet approved the Example Strategy', 'adopted the Pact for the Example'): the adopter drafts it, as in the passive
# ('was adopted by the Assembly'), unless the sentence names another drafter.
ADOPTED_POLICY = re.compile(r"(?i)\b(?:policy|strategy|pact|agenda|framework|plan|roadmap|vision|doctrine)\b")
# What 'passes' only when it is a law or a resolution ('passed the Example Test', 'passed over the Example Plan').
PASSABLE = re.compile(r"(?i)\b(?:act|law|bill|resolution|code|statute|ordinance|decree|amendment|budget|legislation)\b")


def adoptions(view: Any, fact: Fact, history: list[Found], document: Found | None, start: int, sentence: str) -> None:
    """'the UN General Assembly adopted resolution 76/3', 'Parliament passed it': the body (not a state, nor a
    person) that adopts, passes or approves a resolution, or the legislature that passes a law, drafts it, unless
    the sentence names another drafter; 'it', 'the text', 'the act' stand for the document in focus."""
    if not any(w in sentence for w in ("adopt", "passe", "approv")) or DRAFTED_BY_ANOTHER.search(sentence):
        return
    is_ = view.is_
    for match in scan(ADOPTED, sentence):
        at = start + match.end()
        if match.group("it") or match.group("noun"):
            paper = document if document is not None and document.end <= start + match.start() else None
            if paper is None and document is not None:
                # ('Parliament passed it after years of debate over … the Example Treaty': the one named before)
                paper = next((m for m in reversed(history) if m.end <= start + match.start() and is_(m, "Document")),
                             None)  # fmt: skip
            if paper is not None and match.group("noun"):
                noun = match.group("noun").split()[-1]
                # ('the act' stands for a law; 'the text', 'the resolution' for any; never another kind's noun)
                # (the name sliced out: LAW_NAME's '^' branch must see the name's start, not the text's)
                if noun in ("act", "law", "bill", "statute", "legislation") and not LAW_NAME.search(
                    view.text[paper.start : paper.end]
                ):
                    paper = None
        else:
            paper = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
            # ('adopted resolution 76/3': the resolution named by its number)
        if paper is None:
            continue
        title = view.text[paper.start : paper.end]
        verb = match.group("verb")
        if verb.startswith("pass") and not PASSABLE.search(title):
            continue
        if verb.startswith("approv") and AGREED_TEXT.search(title):
            continue
        law = LAW_NAME.search(title) is not None
        own_policy = ADOPTED_POLICY.search(title) is not None and not verb.startswith("pass")
        if not law and not ADOPTED_INSTRUMENT.search(title) and not is_(paper, "DraftResolution") and not own_policy:
            continue  # ('The Council adopted the Example Guidelines': another's text, voted in; lists.py reads 'its own')
        for body in view.clause_subject(match.start(), "Organization"):
            if is_(body, "Country") or is_(body, "Person") or not view.own_clause(body, match.start()):
                continue
            if law and not LEGISLATURE.search(view.text, body.start, body.end):
                continue  # ('The Example Space Agency adopted the Example Space Act': only a legislature makes a law)
            fact(body, "drafts", paper, cue=match, before=body, rule="body adopted a text")
            titled = next((m for m in view.mentions if m.start >= paper.end and is_(m, "Document")), None)
            if titled is not None and QUOTED_TITLE_GAP.fullmatch(view.text, paper.end, titled.start):
                # ('adopted resolution 76/3, "The Example Agenda: …"': the text its quoted title names, too)
                fact(body, "drafts", titled, cue=match, before=body, rule="body adopted a text")


# 'the GGE adopted its report, A/68/189', 'The group published its first Example Roadmap', 'the agency issued its
# own Example Guidelines': the body that adopts, publishes or issues its own text drafts it (the possessive says
# the text is the subject's; GUIDELINES: a body that "adopted" its own guidelines drafts them).
OWN_TEXT = re.compile(
    r"\b(?P<verb>adopted|adopts|adopt|published|publishes|publish|released|releases|release|issued|issues|issue|"
    r"produced|produces|completed|completes|finali[sz]ed|finali[sz]es|unveiled|unveils|wrote|writes|drew\s+up|"
    r"draws\s+up|agreed\s+on)\s+(?:its|their|his|her)\s+(?:(?:own|first|second|third|final|annual|latest|new|revised|"
    r"draft|interim|consensus|long-awaited|updated)\s+)*"
    r"(?:(?:report|guidelines|strategy|roadmap|principles|rules|code|plan|policy|statement|declaration|recommendations|"
    r"framework|agenda|study|review|document|text|findings)\s*(?:,\s*|\s+\()(?:the\s+)?)?(?=[A-Z\d])"
)


def own_texts(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the GGE adopted its report, A/68/189', 'The group published its first Global Exploration Roadmap': the
    subject drafts the document its possessive makes its own (not when the sentence names another drafter: 'adopted
    its strategy, drafted by the ministry')."""
    if not any(w in sentence for w in (" its ", " their ", " his ", " her ")) or DRAFTED_BY_ANOTHER.search(sentence):
        return
    is_ = view.is_
    for match in scan(OWN_TEXT, sentence):
        at = start + match.end()
        paper = next((m for m in view.mentions if m.start == at and is_(m, "Document")), None)
        if paper is None or AGREED_TEXT.search(view.text, paper.start, paper.end):
            continue  # ('adopted its treaty': an agreement is the parties', not the adopter's alone)
        for subject in view.clause_subject(match.start(), "Agent"):
            if view.own_clause(subject, match.start()) and subject.entity != paper.entity:
                fact(subject, "drafts", paper, cue=match, before=subject, rule="adopted its own text")


# The number that names an adopted resolution, by its symbol or by the word: 'A/RES/76/3', 'resolution 76/3' (not a
# draft, 'A/C.1/78/L.52', nor 'draft resolution 12').
RESOLUTION_SYMBOL_NUMBER = re.compile(
    r"(?:[AS]/RES/|[Rr]esolution\s+|[Rr]es\.?\s+)(\d{1,4}(?:/\d{1,4})?)(?:\s\(\d{4}\))?"
)


def resolution_numbers(text: str, mentions: list[Found], first: dict[str, str]) -> list[Found]:
    """'A/RES/76/3' in a headline and 'resolution 76/3' below: one new resolution, known by its number (the id of
    its first citation, whichever way a later one cites it). ``first``: the id of each number's first citation
    in the text so far, kept by the caller from sentence to sentence and updated here (a pass over the text's
    earlier mentions at every sentence had made extraction quadratic in the text's length)."""
    for mention in mentions:
        number = RESOLUTION_SYMBOL_NUMBER.fullmatch(text, mention.start, mention.end) if mention.new else None
        if number is not None and mention.rule == "numbered resolution":
            first.setdefault(number.group(1), mention.entity)
    kept = []
    for mention in mentions:
        number = RESOLUTION_SYMBOL_NUMBER.fullmatch(text, mention.start, mention.end) if mention.new else None
        if number is not None and mention.rule == "numbered resolution" and first[number.group(1)] != mention.entity:
            mention = dataclasses.replace(mention, entity=first[number.group(1)])
        kept.append(mention)
    return kept


# 'the American-led set of principles', 'the China-led International Lunar Research Station', 'a NASA-run
# mission': a compound adjective of a leader's name and '-led' or '-run'.
LED_COMPOUND = re.compile(r"-(?:led|run)\b")
# (the noun's own words, not past a preposition: 'the NASA-led mission to Mars' leads no Mars)
NOUN_WORDS = re.compile(r"\s+(?:(?!(?:to|of|and|or|in|on|for|with|against|by|at|from|the|a|an)\b)[a-z][\w-]*\s+){0,3}")
APPOSITION_OPENING = re.compile(r",\s+(?:the|an?)\s+$")


def led_compounds(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'the Artemis Accords, the American-led set of principles', 'the China-led ILRS': the state or body named
    in the compound leads what the noun phrase names, or the name it stands in apposition to (not a person: a
    'Musk-led' company says who heads it, roles.py)."""
    if "-led" not in sentence and "-run" not in sentence:
        return
    is_ = view.is_
    for match in scan(LED_COMPOUND, sentence):
        at = start + match.start()
        leader = next((m for m in view.mentions if m.end == at and is_(m, "Agent") and not is_(m, "Person")), None)
        if leader is None:
            continue
        after = [m for m in view.mentions if m.start >= start + match.end()]
        led = after[0] if after and NOUN_WORDS.fullmatch(view.text, start + match.end(), after[0].start) else None
        if led is None:
            opening = APPOSITION_OPENING.search(view.text, max(start, leader.start - 8), leader.start)
            named = [m for m in view.mentions if opening is not None and m.end == opening.start()]
            led = named[-1] if named else None
        if led is None or is_(led, "Person") or is_(led, "Country") or led.entity == leader.entity:
            continue
        fact(leader, "leads", led, cue=match, before=leader, rule="led compound")


# After a document's noun: what it set up ('agreement in Moscow that set up Intersputnik', 'treaty, signed in 1975,
# which created the agency'; proposals.FOUNDING_INDEFINITE names the document).
FOUNDED_AFTER = re.compile(
    r"(?:\s*,?\s+(?:(?:signed|concluded|reached)\s+)?(?:in|at|on|of)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})){0,2}\s*,?\s+(?:that|which)\s+(?:first\s+|formally\s+)?"
    r"(?:created|established|set\s+up|founded|formed)\s+(?:the\s+)?"
)


def founded_by(is_: Any, text: str, paper: Found, mentions: list[Found]) -> Found | None:
    """The body a new agreement set up ('an agreement in Moscow that set up X': X), among ``mentions``."""
    if not paper.new or not is_(paper, "Document") or not AGREED_TEXT.search(text, paper.start, paper.end):
        return None  # ('signed the Space Act, which created NASA': a law the president signs; no member of NASA)
    after = FOUNDED_AFTER.match(text, paper.end)
    body = next((m for m in mentions if after is not None and m.start == after.end()), None)
    return body if body is not None and is_(body, "Organization") and not is_(body, "Country") else None


def founders(is_: Any, text: str, mentions: list[Found], facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'nine states signed an agreement that set up Intersputnik. The signatories were: A; B; …': each signer of
    an agreement that set up a body is a member of it (a founding member), with the same evidence and modality;
    the facts to add (``mentions``: the text's, in order; ``facts``: its facts so far)."""
    founded: dict[str, str] = {}
    people: set[str] = set()
    for mention in mentions:
        if is_(mention, "Person"):
            people.add(mention.entity)
        if mention.entity in founded:
            continue
        body = founded_by(is_, text, mention, mentions)
        if body is not None:
            founded[mention.entity] = body.entity
    if not founded:
        return []
    stated = {(f["subject"], f["relation"], f["object"]) for f in facts}
    added: list[dict[str, Any]] = []
    for one in facts:
        # (a plain signing only: not signing a founding treaty does not keep a state out for good)
        body_id = founded.get(one["object"]) if one["relation"] == "signs" and not one.get("modality") else None
        if body_id is None or one["subject"] in people or body_id == one["subject"]:
            continue
        if (one["subject"], "memberOf", body_id) in stated:
            continue
        stated.add((one["subject"], "memberOf", body_id))
        added.append({**one, "relation": "memberOf", "object": body_id, "rule": "signed the founding agreement"})
    return added


# 'ESA has declared its acceptance of the rights and obligations of the Convention', 'EUMETSAT declared that it
# accepts the rights and obligations of the REG': an organization that cannot sign a treaty accepts it by a
# declaration, which makes it a party (GUIDELINES v20; documents21).
ACCEPTANCE = re.compile(
    r"\b(?:accept(?:s|ed)?|(?:declar(?:ed|es|e)|made|submitted|deposited|filed|lodged)\s+(?:a\s+(?:declaration|"
    r"statement)\s+of\s+)?(?:its\s+|their\s+)?acceptance\s+of)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:rights\s+and\s+obligations|provisions|obligations)\s+(?:of|under|in|set\s+out\s+in)\s+(?:the\s+|that\s+)?"
)
# 'ESA and EUMETSAT have made such declarations', 'has deposited a declaration of acceptance': the acceptance the
# text has just described, of the document it named there.
SUCH_DECLARATION = re.compile(
    r"\b(?:made|make|makes|submitted|deposited|filed|lodged|issued)\s+(?:such\s+(?:a\s+)?declarations?|"
    r"(?:a|the|its|their)\s+declarations?\s+of\s+acceptance)\b(?!\s+(?:of|on|about)\b)"
)
# What is no acceptance done: one allowed, wished or asked for ('may register if it declares that it accepts', 'is
# expected to accept', 'called upon X to accept').
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|may|might|can|could|would|should|must|whether|to)\s+(?:\w+\s+){0,6}?$|\bonce\b[^,;]*$"
)
DESCRIBED_REACH = 600  # characters back to the sentence that describes the acceptance


def acceptances(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'ESA has declared its acceptance of the rights and obligations of the Convention', 'declared that it accepts
    the rights and obligations of the REG', 'ESA and EUMETSAT have made such declarations' (after a sentence that
    describes that acceptance of a named document): the organizations sign the document."""
    if "ccept" not in sentence and "declaration" not in sentence:
        return
    is_ = view.is_
    for match in scan(ACCEPTANCE, sentence):
        if HYPOTHETICAL_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            continue
        paper = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Document")), None)
        if paper is None:
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if not is_(subject, "Person"):
                fact(subject, "signs", paper, cue=match, before=subject, rule="declared acceptance")
    for match in scan(SUCH_DECLARATION, sentence):
        described = view.text.rfind("ccept", max(0, start - DESCRIBED_REACH), start)
        if described < 0:
            continue
        at = described + 5
        paper = next((m for m in history if at <= m.start < start and is_(m, "Document")
                      and ACCEPTANCE.search(view.text, max(0, m.start - 90), m.start + 1)), None)  # fmt: skip
        if paper is None:
            continue
        for subject in view.clause_subject(match.start(), "Agent"):
            if not is_(subject, "Person"):
                fact(subject, "signs", paper, cue=match, before=subject, rule="declared acceptance")
