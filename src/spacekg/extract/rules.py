"""Candidate facts from new texts, for a person to review.

The extractor is an interface (:class:`Extractor`); the default,
:class:`RuleExtractor`, needs nothing but the graph's own names and a small
gazetteer shipped with the package:

- **linking**: the labels and aliases of known entities, found case-
  sensitively with possessives (``Russia's``), inside hyphenated forms
  (``Russian-Chinese``), with demonyms (``Chinese``) and capitals for
  countries (``Beijing``), acronyms defined in the text
  (``China National Space Administration (CNSA)``), and short forms of a name
  given in full earlier in the same text (``the Gateway`` after ``the Lunar
  Gateway``, ``Nelson`` after ``Bill Nelson``). Aliases that are not proper
  names (``the proposal``, ``first stage``) belong to the text they were
  curated from and are used only for that same text (same SHA-256);
- **new entities**: countries and celestial bodies from the gazetteer
  (``lexicon/gazetteer.tsv``), titled persons before or after their title
  (``Air Vice-Marshal Jane Doe``, ``Jane Doe, the head of …``), names by
  their head word (``… Agency``, ``… Conference``, ``Department of …``),
  numbered missions (``Luna-25``), documents known by what they are about
  (``a resolution on …``; a known document when kind and topic match one),
  places after an event or facility (``… Conference in St Petersburg``), and
  acronym definitions; typed where the words say so and marked ``new``;
- **dates** tied to their sentence; **relations** from cue words between
  the entities of one sentence (signed, signatories, submitted, proposed,
  partner of, agreement with, working with — a partnership when it is on a
  program, cooperation otherwise — cooperation, leads, led by, joined, part
  of, member of, headquartered, formed at, title of), with 'the document'
  and 'the mission' standing for the last one named, and **claims** for
  opposed/open to/said/stated with their speaker.

Every candidate has character offsets and a confidence. Page boilerplate
(comment forms, "Powered by" footers) is skipped.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from spacekg.core.resources import gazetteer_text
from spacekg.core.text import sentence_spans, sha256_hex
from spacekg.errors import SourceError
from spacekg.model.facts import Dataset, Entity

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
BOILERPLATE = re.compile(
    r"(?i)leave a reply|powered by|designed by|skip to the end|pinging is|all rights reserved|cookie|subscribe"
)
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"], 1)}  # fmt: skip
NAME = r"[A-Z][\w’'.-]*"
TITLE = (r"(?:(?:Assistant|Deputy|Acting|Former|Vice)\s+)?(?:Director(?:\s+General)?|Administrator|Minister|President|"
         r"Prime\s+Minister|Secretary(?:-General)?|Ambassador|Spokes(?:person|man|woman)|Chief|Head|Chairman|Commander|"
         r"Air\s+Chief\s+Marshal|Air\s+Vice-Marshal|Air\s+Marshal|Air\s+Commodore|(?:Vice\s+|Rear\s+)?Admiral|"
         r"(?:Lieutenant|Major|Brigadier)\s+General|General|Colonel|Senator|Governor|Mayor|Premier|Chancellor)")  # fmt: skip
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
    "Conference": "Event", "Summit": "Event", "Forum": "Event", "Congress": "Event", "Symposium": "Event",
    "Base": "MilitaryBase", "Cosmodrome": "Facility", "Spaceport": "Facility", "Centre": "Facility", "Center": "Facility",
    "Site": "Facility", "Observatory": "Facility", "Agreement": "Document", "Convention": "Treaty",
    "Declaration": "Document", "Memorandum": "Memorandum", "Resolution": "DraftResolution", "Doctrine": "Doctrine",
    "Project": "Program", "Initiative": "Program",
}  # fmt: skip
# 'Department of the Air Force', 'Institute of Space Technology': the head word comes first.
HEAD_FIRST = {"Department": "GovernmentBody", "Ministry": "GovernmentBody", "Office": "GovernmentBody",
              "Bureau": "GovernmentBody", "Institute": "Organization", "University": "Organization",
              "Academy": "Organization", "Organization": "InternationalOrganization",
              "Organisation": "InternationalOrganization", "Conference": "Event"}  # fmt: skip
# A document without a proper name, known by what it is about: 'a resolution on reducing space threats'.
DOCUMENT_KINDS = {"resolution": "DraftResolution", "treaty": "Treaty", "memorandum": "Memorandum",
                  "agreement": "Document", "declaration": "Document", "convention": "Treaty"}  # fmt: skip
DESCRIBED_DOCUMENT = re.compile(
    r"\b((?:draft\s+)?(resolution|treaty|memorandum|agreement|declaration|convention)(?:\s+of\s+understanding)?)"
    r"(\s+(?:on|about|against)\s+[^,.;:()]+?)(?=\s*(?:[,.;:()“”\"]|\b(?:which|that|who|by|with|was|were|is|are|has|have|had|will|would|and|but|after|because)\b|$))"
)
# 'Luna-25', 'Chang'e-6': a name with a number joined by a hyphen names a mission.
NUMBERED_MISSION = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:['’][a-z]+)?-\d{1,3})(?![\w-])")
# Single words that are too general to stand for a longer name on their own.
GENERIC = {"Space", "National", "International", "States", "United", "Force", "Forces", "Agency", "Program",
           "Programme", "Station", "Research", "Lunar", "Command", "Administration", "Committee", "Assembly",
           "General", "Council", "Organization", "Organisation", "Department", "Ministry", "Office", "Mission",
           "Union", "Republic", "Kingdom", "Arabia", "Africa", "Korea", "Zealand", "Affairs"}  # fmt: skip
APPOSITIVE_BETWEEN = re.compile(APPOSITIVE_TITLE.pattern + r"(?:the\s+)?")
# cue pattern -> (relation, needs): relations between a subject before the cue and an object after it.
CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bsign(?:ed|s|ing)?\b"), "signs"),
    (re.compile(r"\bsubmit(?:ted|s|ting)?\b"), "submits"),
    (re.compile(r"\bpropos(?:ed|es|ing|al)\b"), "proposes"),
    (
        re.compile(
            r"\bpartner(?:s|ed|ing)?\s+(?:with|of)\b|\bin\s+partnership\s+with\b|\b(?:agreement|partnership|deal)\s+with\b"
        ),
        "partnerOf",
    ),
    (re.compile(r"\bcooperat(?:e|es|ed|ing|ion)\b"), "cooperatesWith"),
    (
        re.compile(r"\b(?:joined|joins|join|participat(?:e|es|ed|ing)\s+in|take[sn]?\s+part\s+in|took\s+part\s+in)\b"),
        "participatesIn",
    ),
    (re.compile(r"\b(?:leads?|led|leading|runs?|ran)\b(?!\s+by\b)"), "leads"),
    (re.compile(r"\b(?:is|was|are|were)\s+(?:a\s+)?(?:part|branch|division|component)\s+of\b"), "partOf"),
    (re.compile(r"\b(?:is|was|are|were|became|become|becomes)\s+(?:a\s+)?members?\s+of\b"), "memberOf"),
    (re.compile(r"\bheadquarter(?:ed|s)\b"), "headquarteredAt"),
]
# relation -> (class of the subject, class of the object), after the ontology's domains and ranges.
SIGNATURES = {
    "signs": ("Agent", "Document"), "submits": ("Agent", "Document"), "proposes": ("Agent", "Document"),
    "partnerOf": ("Agent", "Agent"), "cooperatesWith": ("Agent", "Agent"), "participatesIn": ("Agent", "Program"),
    "leads": ("Agent", "Program"), "headquarteredAt": ("Organization", "Place"), "partOf": ("Organization", "Organization"),
    "memberOf": ("Agent", "Organization"),
}  # fmt: skip
# 'works with X on the Gateway' is a partnership in that program; 'works with X on surveillance' is cooperation.
WORKS_WITH = re.compile(r"\b(?:work(?:s|ed|ing)?|collaborat(?:e|es|ed|ing))\s+(?:together\s+|closely\s+)?with\b")
LED_BY = re.compile(r"\b(?:led|run|operated|managed|directed)\s+by\b")
FOUNDED_AT = re.compile(r"\b(?:formed|founded|established|created|set\s+up|opened|inaugurated)\b")
SIGNATORIES = re.compile(r"\bsignator(?:y|ies)\s+(?:were|are|was|is|include[sd]?)\b")
OPPOSE = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed)?|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|against)\b|declared\s+[“\"]?bad"
)
OPEN_TO = re.compile(r"\bopen\s+to\b")
# 'the document', 'the agreement' … refer back to the last document named.
DOCUMENT_ANAPHOR = re.compile(r"\bthe\s+(?:document|agreement|accords?|memorandum|treaty|text|resolution)\b")
# 'the mission', 'the programme' … refer back to the last program or mission named.
PROGRAM_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:mission|program|programme|project)\b")
PLACE_OR_EVENT_HEAD = re.compile(
    "(?:" + "|".join(h for h, t in HEADS.items() if t in {"Event", "Facility", "MilitaryBase", "Station"}) + ")$"
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


@dataclass
class Found:
    """One entity mention: a known entity (``entity``) or a new one."""

    start: int
    end: int
    entity: str
    new: bool = False
    type: str = ""
    label: str = ""
    confidence: float = 0.9
    rule: str = ""


@dataclass
class Candidates:
    source: dict[str, Any]
    mentions: list[Found] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)

    def new_entities(self) -> dict[str, list[Found]]:
        found: dict[str, list[Found]] = {}
        for mention in self.mentions:
            if mention.new:
                found.setdefault(mention.entity, []).append(mention)
        return found


class Extractor(Protocol):
    """What an extractor does; a statistical one can replace the rules."""

    def extract(self, text: str, name: str, sha256: str) -> Candidates: ...


def _nested(word: str, offset: int, names: dict[str, tuple[str, float, str]]) -> list[Found]:
    """Names inside a name, recursively ('UN' in 'UN General Assembly' in
    'UN General Assembly First Committee'), each as its own mention."""
    found = []
    for name, (entity, confidence, rule) in names.items():
        if len(name) >= len(word) or name not in word:
            continue
        for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", word):
            found.append(
                Found(
                    offset + match.start(),
                    offset + match.end(),
                    entity,
                    confidence=confidence - 0.1,
                    rule=rule + " (nested)",
                )
            )
    return found


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "entity"


def _trim(name: str) -> str:
    """'Air Force.' at the end of a sentence: the full stop is not part of the
    name (but the ones in 'U.S.' are)."""
    last = name.split()[-1]
    return name[:-1] if last.endswith(".") and last.count(".") == 1 else name


def _proper(name: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", name) if w.lower() not in ("the", "of", "and", "for", "in", "on", "a")]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


class RuleExtractor:
    """Rules and the graph's names; no model, no network."""

    def __init__(self, dataset: Dataset) -> None:
        self.entities = dataset.entities()
        self.sources = {f.source.sha256 for f in dataset.files}
        self.general: dict[str, tuple[str, float, str]] = {}
        self._is_cache: dict[tuple[str, str], bool] = {}
        self.local: dict[str, tuple[str, float, str]] = {}
        for entity in self.entities.values():
            self._names(entity)
        for country, words in DEMONYMS.items():
            if country in self.entities:
                for word in words:
                    self.general.setdefault(word, (country, 0.8, "demonym"))
        for country, capital in CAPITALS.items():
            if country in self.entities:
                self.general.setdefault(capital, (country, 0.7, "capital"))
        # Places the graph does not know yet: new entities, typed by the gazetteer.
        self.gazetteer: dict[str, tuple[str, str]] = {}
        for line in gazetteer_text().splitlines():
            if line and not line.startswith("#"):
                name, kind, entity_id = line.split("\t")
                if entity_id in self.entities:
                    self.general.setdefault(name, (entity_id, 0.85, "gazetteer"))
                elif name not in self.general:
                    self.gazetteer[name] = (entity_id, kind)

    def _names(self, entity: Entity) -> None:
        linkable = any(c in LINKABLE for c in self._classes(entity))
        if entity.title:  # an official title is a proper name, whatever its case
            self.general.setdefault(entity.title, (entity.id, 0.95, "title"))
        for name in (entity.label, *entity.aliases):
            name = re.sub(r"^the\s+", "", name)
            if linkable and _proper(name) and len(name) > 1:
                self.general.setdefault(name, (entity.id, 0.95, "name"))
            else:
                self.local.setdefault(name, (entity.id, 0.9, "source alias"))

    def _classes(self, entity: Entity) -> set[str]:
        from spacekg.model.vocabulary import ontology_graph

        if not hasattr(self, "_ancestors"):
            from rdflib import RDFS, URIRef

            graph = ontology_graph()
            skg = "https://w3id.org/spacekg/ontology#"
            self._ancestors: dict[str, set[str]] = {}
            for cls in {t for e in self.entities.values() for t in e.types}:
                seen = {cls}
                todo = [URIRef(skg + cls)]
                while todo:
                    for parent in graph.objects(todo.pop(), RDFS.subClassOf):
                        name = str(parent)[len(skg) :]
                        if str(parent).startswith(skg) and name not in seen:
                            seen.add(name)
                            todo.append(parent)  # type: ignore[arg-type]
                self._ancestors[cls] = seen
        return set().union(*(self._ancestors.get(t, {t}) for t in entity.types))

    # --- the passes --------------------------------------------------------

    def extract(self, text: str, name: str, sha256: str) -> Candidates:
        names = dict(self.general)
        if sha256 in self.sources:
            names.update({k: v for k, v in self.local.items() if k not in names})
        sentences = [(s, e) for s, e in sentence_spans(text) if not BOILERPLATE.search(text[s:e])]
        title = text.split("\n", 1)[0].strip()
        source: dict[str, Any] = {"id": _slug(Path(name).stem), "type": "NewsArticle", "label": title[:120] or name,
                                  "sha256": sha256, "characters": len(text), "file": Path(name).name,
                                  "mention": [0, len(title)] if title and len(title) < 200 else list(sentences[0]) if sentences else [0, 1]}  # fmt: skip
        found: list[Found] = []
        acronyms: dict[str, str] = {}
        for start, end in sentences:
            found += self._acronyms(text, start, end, names, acronyms)
        names.update({k: (v, 0.9, "acronym") for k, v in acronyms.items() if k not in names})
        gazetteer = {k: v for k, v in self.gazetteer.items() if k not in names}
        pattern = self._pattern({**names, **gazetteer})
        candidates = Candidates(source=source)
        last_document: Found | None = None
        last_program: Found | None = None
        short_forms: dict[str, Found | None] = {}  # later, shorter names of what was named in full
        short_pattern: re.Pattern[str] | None = None
        acronym_mentions = sorted(found, key=lambda m: m.start)
        next_acronym = 0
        # Sentence by sentence, so the work stays linear in the length of the text.
        for start, end in sentences:
            sentence = text[start:end]
            local: list[Found] = []
            while next_acronym < len(acronym_mentions) and acronym_mentions[next_acronym].start < end:
                if acronym_mentions[next_acronym].start >= start:
                    local.append(acronym_mentions[next_acronym])
                next_acronym += 1
            for match in pattern.finditer(sentence):
                word = match.group(1)
                if word in gazetteer:
                    entity, kind = gazetteer[word]
                    local.append(Found(start + match.start(1), start + match.end(1), entity, new=True, type=kind,
                                       label=word, confidence=0.8, rule="gazetteer"))  # fmt: skip
                    continue
                entity, confidence, rule = names[word]
                found_at = Found(start + match.start(1), start + match.end(1), entity, confidence=confidence, rule=rule)
                # 'the Artemis program': the kind word belongs to the program's name.
                suffix = PROGRAM_WORD.match(text, found_at.end) if self._is(found_at, "Program") else None
                if suffix and not names.get(word + suffix.group(0)):
                    found_at.end = suffix.end()
                local.append(found_at)
                local += _nested(word, start + match.start(1), names)
            if short_pattern is not None:
                for match in short_pattern.finditer(sentence):
                    template = short_forms[match.group(1)]
                    if template is not None:
                        local.append(dataclasses.replace(template, start=start + match.start(1),
                                                         end=start + match.end(1), confidence=0.7, rule="short form"))  # fmt: skip
            # A document the text already names ('… international treaty on …') needs no description.
            documents = [m for m in local if self._is(m, "Document")]
            local += [f for f in self._new_entities(text, start, end, names)
                      if f.rule != "document description" or not any(f.start < d.end and d.start < f.end for d in documents)]  # fmt: skip
            local = self._resolve_overlaps(local)
            candidates.mentions += local
            if self._learn_short_forms(text, local, short_forms, names):
                alternatives = "|".join(re.escape(n) for n in sorted(short_forms, key=len, reverse=True))
                short_pattern = re.compile(rf"(?<![\w-])({alternatives})(?=(?:['’]s)?(?![\w-]))")
            # Anaphors stand for the last document in relations only; they are not mentions.
            referring = list(local)
            for anaphor, antecedent in ((DOCUMENT_ANAPHOR, last_document), (PROGRAM_ANAPHOR, last_program)):
                if antecedent is None:
                    continue
                for match in anaphor.finditer(sentence):
                    if not any(m.start <= start + match.start() < m.end for m in local):
                        referring.append(dataclasses.replace(antecedent, start=start + match.start(),
                                                             end=start + match.end(), rule="anaphor"))  # fmt: skip
            referring.sort(key=lambda m: m.start)
            documents = [m for m in local if self._is(m, "Document")]
            self._relations(text, start, end, referring, candidates, documents[-1] if documents else last_document)
            if documents:
                last_document = documents[-1]
            programs = [m for m in local if self._is(m, "Program")]
            if programs:
                last_program = programs[-1]
            self._dates(text, start, end, candidates)
        return candidates

    def _pattern(self, names: dict[str, Any]) -> re.Pattern[str]:
        ordered = sorted(names, key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in ordered)
        # A name stands alone, or before a possessive or a hyphen (Russian-Chinese).
        return re.compile(rf"(?<![\w])({alternatives})(?=(?:['’]s)?(?![\w]))")

    def _acronyms(
        self, text: str, start: int, end: int, names: dict[str, Any], acronyms: dict[str, str]
    ) -> list[Found]:
        found = []
        for match in re.finditer(rf"((?:{NAME}\s+){{1,7}}?(?:{NAME}))\s+\(([A-Z][A-Za-z]{{1,9}})\)", text[start:end]):
            long_name, short = match.group(1), match.group(2)
            long_name = re.sub(r"^(?:The|the)\s+", "", long_name)
            known = names.get(long_name) or names.get(short)
            if known:
                acronyms[short] = known[0]
                acronyms[long_name] = known[0]
            else:
                entity = _slug(short)
                kind = next((t for head, t in HEADS.items() if long_name.endswith(head)), "Organization")
                offset = start + match.start(1) + match.group(1).find(long_name)
                found.append(
                    Found(
                        offset,
                        offset + len(long_name),
                        entity,
                        new=True,
                        type=kind,
                        label=long_name,
                        confidence=0.7,
                        rule="acronym definition",
                    )
                )
                acronyms[short] = entity
        return found

    def _learn_short_forms(
        self, text: str, mentions: list[Found], short_forms: dict[str, Found | None], names: dict[str, Any]
    ) -> bool:
        """After 'the Lunar Gateway' or 'Bill Nelson', later 'the Gateway' and
        'Nelson' name the same entity. A short form two entities share is dropped."""
        added = False
        for mention in mentions:
            words = text[mention.start : mention.end].split()
            if len(words) < 2 or mention.rule in ("short form", "anaphor") or not _proper(" ".join(words)):
                continue
            if mention.new and mention.type == "Person":
                tails = [words[-1]]
            elif self._is(mention, "Country") or self._is(mention, "Document") or self._is(mention, "Person"):
                continue
            else:
                tails = [" ".join(words[k:]) for k in range(1, len(words))]
            for tail in tails:
                if tail in names or tail in GENERIC or not tail[:1].isupper() or len(tail) < 3:
                    continue
                if len(tail.split()) == 1 and (tail in HEADS or tail in HEAD_FIRST):
                    continue
                known = short_forms.get(tail)
                if tail not in short_forms:
                    short_forms[tail] = dataclasses.replace(mention)
                    added = True
                elif known is not None and known.entity != mention.entity:
                    short_forms[tail] = None
        return added

    def _new_entities(self, text: str, start: int, end: int, names: dict[str, Any]) -> list[Found]:
        sentence = text[start:end]
        found = []
        for match in APPOSITIVE_TITLE.finditer(sentence):
            before = re.search(rf"(?<![\w])({NAME}\s+{NAME}(?:\s+{NAME})?),\s+$", sentence[: match.start()])
            if before and before.group(1).split()[0] not in MONTHS and before.group(1) not in names:
                found.append(Found(start + before.start(1), start + before.end(1), _slug(before.group(1)), new=True,
                                   type="Person", label=before.group(1), confidence=0.6, rule="person, title of"))  # fmt: skip
        head_first = "|".join(HEAD_FIRST)
        for match in re.finditer(
            rf"(?<![\w])((?:{head_first})\s+(?:of|for)\s+(?:the\s+)?(?:{NAME}\s+){{0,4}}{NAME})", sentence
        ):
            words = _trim(match.group(1))
            offset = start + match.start(1)
            found.append(Found(offset, offset + len(words), _slug(words), new=True, type=HEAD_FIRST[words.split()[0]],
                               label=words, confidence=0.6, rule="head-first name"))  # fmt: skip
        # '… Conference in St Petersburg': a name after 'in' that follows a place or an event is a place.
        for match in re.finditer(
            rf"(?<=[a-z]) (?:in|near) ((?:St\.?\s+)?{NAME}(?:\s+{NAME})?)(?=[\s,.;:]|$)", sentence
        ):
            place = _trim(match.group(1))
            if (
                PLACE_OR_EVENT_HEAD.search(sentence[max(0, match.start() - 12) : match.start()])
                and place.split()[0] not in MONTHS
                and place not in names
                and place not in self.gazetteer
            ):
                found.append(Found(start + match.start(1), start + match.start(1) + len(place), _slug(place), new=True,
                                   type="Place", label=place, confidence=0.5, rule="place after in"))  # fmt: skip
        for match in NUMBERED_MISSION.finditer(sentence):
            if match.group(1) not in names:
                found.append(Found(start + match.start(1), start + match.end(1), _slug(match.group(1)), new=True,
                                   type="Mission", label=match.group(1), confidence=0.5, rule="numbered name"))  # fmt: skip
        for match in DESCRIBED_DOCUMENT.finditer(sentence):
            found.append(self._described_document(match, start, names))
        for match in re.finditer(
            rf"\b{TITLE}(?:\s+of\s+(?:the\s+)?(?:{NAME}\s+){{0,6}}{NAME})?,?\s+({NAME}\s+{NAME}(?:\s+{NAME})?)(?=[\s,.;:]|$)",
            sentence,
        ):
            person = match.group(1)
            if person.split()[0] in MONTHS:
                continue
            found.append(
                Found(
                    start + match.start(1),
                    start + match.end(1),
                    _slug(person),
                    new=True,
                    type="Person",
                    label=person,
                    confidence=0.7,
                    rule="titled person",
                )
            )
        heads = "|".join(HEADS)
        for match in re.finditer(rf"(?<![\w])((?:{NAME}\s+){{1,6}}(?:{heads}))\b", sentence):
            words = re.sub(r"^(?:The|A|An|In|On|At|By|For|With|From|And|But|While)\s+", "", match.group(1))
            if len(words.split()) < 2:
                continue
            head = words.split()[-1]
            offset = start + match.start(1) + match.group(1).find(words)
            found.append(
                Found(
                    offset,
                    offset + len(words),
                    _slug(words),
                    new=True,
                    type=HEADS[head],
                    label=words,
                    confidence=0.6,
                    rule=f"name ending in {head}",
                )
            )
        return found

    def _described_document(self, match: re.Match[str], start: int, names: dict[str, Any]) -> Found:
        """A known document when its kind and what it is about match one the
        graph has ('memorandum … on the International Lunar Research Station');
        otherwise a new one labelled by its description."""
        kind = match.group(2)
        about = match.group(3)
        topics = {entity for name, (entity, _, _) in names.items() if len(name) > 2 and name in about}
        for entity in self.entities.values():
            if kind not in entity.label.lower() or "Document" not in self._classes(entity):
                continue
            if any(name in entity.label for topic in topics for name in self._names_of(topic)):
                return Found(start + match.start(1), start + match.end(1), entity.id, confidence=0.6,
                             rule="document by kind and topic")  # fmt: skip
        description = match.group(0)
        label = description[:1].upper() + description[1:]
        return Found(start + match.start(), start + match.end(), _slug(description), new=True,
                     type=DOCUMENT_KINDS[kind], label=label, confidence=0.5, rule="document description")  # fmt: skip

    def _names_of(self, entity_id: str) -> set[str]:
        entity = self.entities.get(entity_id)
        if entity is None:
            return set()
        return {n for n in (entity.label, *entity.aliases) if _proper(n) and len(n) > 3}

    def _relations(
        self,
        text: str,
        start: int,
        end: int,
        mentions: list[Found],
        candidates: Candidates,
        document: Found | None = None,
    ) -> None:
        sentence = text[start:end]
        span = [start, end]

        def fact(subject: Found, relation: str, obj: Found, confidence: float = 0.5) -> None:
            if subject.entity != obj.entity:
                candidates.facts.append({"subject": subject.entity, "relation": relation, "object": obj.entity,
                                         "evidence": [span], "confidence": confidence})  # fmt: skip

        # 'Roscosmos' in 'Roscosmos Director General Dmitry Rogozin' qualifies the person; it does not act.
        modifiers = {id(m) for m, n in itertools.pairwise(mentions)
                     if self._is(n, "Person") and re.fullmatch(rf"\s*{TITLE}\s*", text[m.end : n.start])}  # fmt: skip

        def before(pos: int) -> list[Found]:
            return [m for m in mentions if m.end <= start + pos and id(m) not in modifiers]

        def after(pos: int) -> list[Found]:
            return [m for m in mentions if m.start >= start + pos and id(m) not in modifiers]

        def group(items: list[Found], last: bool) -> list[Found]:
            return _group(text, items, last)

        def clause_subject(pos: int, domain: str) -> list[Found]:
            """'ESA signed an agreement with NASA to take part in …': an
            infinitive's subject is the sentence's subject, not the nearest name."""
            if re.search(r"\bto\s+$", sentence[:pos]):
                agents = [m for m in before(pos) if self._is(m, domain)]
                return group(agents, False)
            return group([m for m in before(pos) if self._is(m, domain)], True)

        def program_after(pos: int) -> Found | None:
            """'… with NASA on the Gateway', '… in the Artemis program': the program the clause is about."""
            rest = sentence[pos:]
            cut = re.search(r"[,;.]|\band\b(?!\s+the\s+\w+\s+(?:program|mission))", rest)
            limit = start + pos + (cut.start() if cut else len(rest))
            for m in after(pos):
                if m.start >= limit:
                    break
                if self._is(m, "Program") and re.search(
                    r"\b(?:on|in|for)\s+(?:the\s+|its\s+)?$", text[start + pos : m.start]
                ):
                    return m
            return None

        def own_clause(subject: Found, pos: int) -> bool:
            """False when a relative clause whose subject is not this mention
            comes between ('… a guide for partners who want to join …')."""
            gap = text[subject.end : start + pos]
            return not re.search(r"\b(?:who|whom|whose|which|that)\b", gap) or bool(
                re.match(r"\s*,?\s*(?:who|which|that)\b", gap)
            )

        for cue, relation in CUES:
            domain, range_ = SIGNATURES[relation]
            for match in cue.finditer(sentence):
                subjects = [m for m in clause_subject(match.start(), domain) if own_clause(m, match.start())]
                objects = [m for m in group([m for m in after(match.end()) if self._is(m, range_)], False)]
                for subject in subjects:
                    for obj in objects:
                        fact(subject, relation, obj)
                if relation == "partnerOf" and objects:
                    program = program_after(objects[-1].end - start)
                    # 'its own Gateway agreement with NASA': the program names the agreement.
                    named = [
                        m
                        for m in before(match.start())
                        if self._is(m, "Program") and m.end == start + match.start() - 1
                    ]
                    for subject in subjects:
                        for taken in [p for p in (program, *named) if p is not None]:
                            fact(subject, "participatesIn", taken)
        for match in WORKS_WITH.finditer(sentence):
            subjects = group([m for m in before(match.start()) if self._is(m, "Agent")], True)
            objects = group([m for m in after(match.end()) if self._is(m, "Agent")], False)
            program = program_after(objects[-1].end - start) if objects else None
            for subject in subjects:
                for obj in objects:
                    fact(subject, "partnerOf" if program else "cooperatesWith", obj)
                if program is not None:
                    fact(subject, "participatesIn", program)
        for match in LED_BY.finditer(sentence):
            programs = [m for m in before(match.start()) if self._is(m, "Program")]
            for leader in group([m for m in after(match.end()) if self._is(m, "Agent")], False):
                if programs:
                    fact(leader, "leads", programs[-1])
        for match in FOUNDED_AT.finditer(sentence):
            organizations = group([m for m in before(match.start()) if self._is(m, "Organization")], True)
            clause = re.split(r"[;]|,\s+(?:and|but|which)\b", sentence[match.end() :])[0]
            places = [m for m in after(match.end()) if m.end <= start + match.end() + len(clause) and self._is(m, "Place")
                      and re.search(r"\bat\s+(?:the\s+)?$", text[max(start, m.start - 8) : m.start])]  # fmt: skip
            for organization in organizations[:1]:
                for place in places[:1]:
                    fact(organization, "headquarteredAt", place)
        if document is not None:
            for match in SIGNATORIES.finditer(sentence):
                for signatory in group([m for m in after(match.end()) if self._is(m, "Agent")], False):
                    fact(signatory, "signs", document)
        # 'Roscosmos Director General Dmitry Rogozin', 'US Vice President Jane Doe': the person acts for it.
        for before_person, person in itertools.pairwise(mentions):
            if (
                self._is(person, "Person")
                and self._is(before_person, "Agent")
                and not self._is(before_person, "Person")
                and re.fullmatch(rf"\s*{TITLE}\s*", text[before_person.end : person.start])
            ):
                fact(person, "affiliatedWith", before_person, 0.6)
        # 'Jane Doe, the head of the Example Agency'.
        for person, organization in itertools.pairwise(mentions):
            between = text[person.end : organization.start]
            if (
                self._is(person, "Person")
                and self._is(organization, "Agent")
                and between.startswith(", ")
                and APPOSITIVE_BETWEEN.fullmatch(between[2:])
            ):
                fact(person, "affiliatedWith", organization, 0.6)
        for match in OPPOSE.finditer(sentence):
            for subject in group([m for m in before(match.start()) if self._is(m, "Agent")], True):
                for obj in group(after(match.end()), False):
                    candidates.claims.append(
                        {"speaker": subject.entity, "opposes": obj.entity, "evidence": [span], "confidence": 0.4}
                    )
        for match in OPEN_TO.finditer(sentence):
            subjects, objects = (
                before(match.start()),
                group([m for m in after(match.end()) if self._is(m, "Agent")], False),
            )
            program = next((m for m in reversed(subjects) if self._is(m, "Program")), None)
            speakers = [m for m in subjects if m is not program and self._is(m, "Agent")]
            for obj in objects:
                if program is not None:
                    candidates.claims.append({"speaker": [s.entity for s in speakers] or [program.entity], "proposition":
                                              {"subject": program.entity, "relation": "openTo", "object": obj.entity},
                                              "evidence": [span], "confidence": 0.5})  # fmt: skip
        for match in SAID.finditer(sentence):
            near = [m for m in mentions if self._is(m, "Agent")]
            if not near:
                continue
            speaker = min(near, key=lambda m: abs(m.start - (start + match.start())))
            candidates.claims.append({"speaker": speaker.entity, "evidence": [span], "confidence": 0.6})

    def _resolve_overlaps(self, found: list[Found]) -> list[Found]:
        """Keep the longest of overlapping mentions (known before new), and
        known names nested in a longer known mention ('Royal Air Force' in
        'Royal Air Force Base in High Wycombe') — except a country inside an
        organization's name ('China' in 'China National Space Administration')."""
        kept: list[Found] = []
        for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.new, m.start)):
            clashes = [k for k in kept if mention.start < k.end and k.start < mention.end]
            nested = all(
                not mention.new and not k.new and k.start <= mention.start and mention.end <= k.end
                and k.entity != mention.entity
                and not (self._is(mention, "Country") and self._is(k, "Organization") and k.rule == "name")
                for k in clashes
            ) or all(
                # what a document is about is its own mention ('resolution on … the Moon')
                not mention.new and k.rule == "document description" and k.start <= mention.start and mention.end <= k.end
                for k in clashes
            )  # fmt: skip
            if not clashes or nested:
                kept.append(mention)
        return sorted(kept, key=lambda m: (m.start, m.end))

    def _is(self, mention: Found, cls: str) -> bool:
        if mention.new:
            return mention.type == cls or mention.type in NEW_TYPE_GROUPS.get(cls, set())
        key = (mention.entity, cls)
        if key not in self._is_cache:
            entity = self.entities.get(mention.entity)
            self._is_cache[key] = entity is not None and cls in self._classes(entity)
        return self._is_cache[key]

    def _dates(self, text: str, start: int, end: int, candidates: Candidates) -> None:
        sentence = text[start:end]
        for match in MONTH_DAY.finditer(sentence):
            month = MONTHS[match.group(1) or match.group(4)]
            day = int(match.group(2) or match.group(3))
            years = YEAR.findall(sentence[match.end() : match.end() + 8])
            date: dict[str, Any] = {"span": [start, end], "month": month, "day": day}
            if years:
                date["year"] = int(years[0])
            if 1 <= day <= 31:
                candidates.dates.append(date)
        dated = {d.get("year") for d in candidates.dates[-8:] if d["span"] == [start, end]}
        for match in YEAR.finditer(sentence):
            if int(match.group(1)) not in dated:
                dated.add(int(match.group(1)))
                candidates.dates.append({"span": [start, end], "year": int(match.group(1))})


JOINER = re.compile(r"^(?:\s*(?:,|and|&|as well as|together with)\s*)+$|^\s*,?\s*and\s+the\s*$|^\s*,\s*the\s*$")
# 'Dmitry Rogozin and CNSA Administrator Zhang Kejian': a title and its organization between two names.
TITLED_JOINER = re.compile(rf"^\s*,?\s*and\s+(?:the\s+)?(?:{NAME}\s+){{0,5}}{TITLE}\s*$")


def _group(text: str, mentions: list[Found], last: bool) -> list[Found]:
    """The mentions nearest a cue that are joined by 'and' or commas:
    'Russia and China signed' gives both subjects, not every earlier name."""
    if not mentions:
        return []
    ordered = list(reversed(mentions)) if last else list(mentions)
    chosen = [ordered[0]]
    for previous, current in itertools.pairwise(ordered):
        left, right = (current, previous) if last else (previous, current)
        gap = text[left.end : right.start]
        if left.entity == right.entity and re.fullmatch(r"\s*\(\s*", gap):
            continue  # 'the China National Space Administration (CNSA)': one actor
        if not (JOINER.match(gap) or TITLED_JOINER.match(gap)):
            break
        chosen.append(current)
    return chosen


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Read an article; refuse empty, binary and undecodable files clearly."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise SourceError(f"{path}: the file is empty")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: looks binary (it has NUL bytes); give a plain-text article")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not {encoding or 'UTF-8'} (byte {exc.start} is {data[exc.start]:#04x}); pass --encoding, e.g. --encoding latin-1"
        ) from None
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}") from None
    return text, sha256_hex(data)


def text_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.exists():
            found.append(path)
        else:
            raise SourceError(f"{path}: no such file or folder")
    return found


def to_yaml(candidates: Candidates, entities: dict[str, Entity]) -> str:
    """The candidates as a facts file (same format) for review."""
    import json

    def q(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    source = candidates.source
    lines = [
        "# spacekg candidate facts, extracted by rules: review every entry, fix or delete it,",
        "# write each claim's summary in your own words, then run: spacekg ingest THIS_FILE --source TEXT",
        "spacekg: 1",
        "source:",
        *(f"  {key}: {q(source[key])}" for key in ("id", "type", "label", "sha256", "characters", "file", "mention")),
        "",
        "entities:  # not in the graph yet",
    ]
    new = candidates.new_entities()
    for entity_id, mentions in sorted(new.items()):
        first = mentions[0]
        lines += [f"  - id: {entity_id}", f"    type: {first.type}", f"    label: {q(first.label)}",
                  f"    mention: {q([first.start, first.end])}", "    status: new",
                  f"    confidence: {first.confidence}  # {first.rule}"]  # fmt: skip
    lines += ["", "mentions:  # known entities named in this text"]
    for mention in candidates.mentions:
        if not mention.new:
            lines.append(
                f"  - {{entity: {mention.entity}, span: {q([mention.start, mention.end])}, confidence: {mention.confidence}}}  # {mention.rule}"
            )
    lines += ["", "facts:"]
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for fact in candidates.facts:
        key = (fact["subject"], fact["relation"], fact["object"])
        if key in merged:
            merged[key]["evidence"] += [e for e in fact["evidence"] if e not in merged[key]["evidence"]]
        else:
            merged[key] = {**fact, "evidence": list(fact["evidence"])}
    for fact in merged.values():
        lines.append(f"  - {{subject: {fact['subject']}, relation: {fact['relation']}, object: {fact['object']}, "
                     f"evidence: {q(fact['evidence'])}, confidence: {fact['confidence']}}}")  # fmt: skip
    lines += ["", "claims:"]
    labels: dict[str, str] = {**{e: m[0].label for e, m in new.items()}, **{i: e.label for i, e in entities.items()}}
    for number, claim in enumerate(candidates.claims, 1):
        speakers = claim["speaker"] if isinstance(claim["speaker"], list) else [claim["speaker"]]
        lines += [f"  - id: {source['id']}-claim-{number}", f"    speaker: [{', '.join(speakers)}]",
                  f"    summary: {q('TO REVIEW: what ' + ', '.join(str(labels.get(s, s)) for s in speakers) + ' says here, in your words')}"]  # fmt: skip
        if "opposes" in claim:
            lines.append(f"    opposes: {claim['opposes']}")
        if "proposition" in claim:
            p = claim["proposition"]
            lines.append(
                f"    proposition: {{subject: {p['subject']}, relation: {p['relation']}, object: {p['object']}}}"
            )
        lines += [f"    evidence: {q(claim['evidence'])}", f"    confidence: {claim['confidence']}"]
    lines += ["", "dates:"]
    for date in candidates.dates:
        parts = ", ".join(f"{k}: {date[k]}" for k in ("year", "month", "day") if k in date)
        lines.append(f"  - {{span: {q(date['span'])}, {parts}}}")
    return "\n".join(lines) + "\n"
