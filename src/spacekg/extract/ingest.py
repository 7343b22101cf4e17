"""Reviewed candidates into the curated data: ``spacekg ingest``.

A reviewed candidates file joins ``data/facts/`` as a facts file of its own,
so no other source's provenance is ever touched. On the way in:

- its source must be the text the user passes (same SHA-256 and length);
- claims whose summary still says ``TO REVIEW`` are refused;
- a new entity that the graph already knows is merged into the known one:
  references are rewritten to the known id, and its span becomes a mention
  of that entity (evidence from this source). "Knows" means the same id, the
  same Wikidata item, or a label or alias equal to one of the known entity's
  names, and in every case **types that agree** by the ontology's class
  hierarchy (``SpaceAgency`` agrees with ``Organization``; a curator's
  ``{id: washington, type: City}`` does not merge into the country whose
  alias is "Washington"). An entity listed in ``no_merge`` is never merged.
  Each merge is returned, with its reason, for the CLI to print;
- facts equal to known ones keep their id, and so become one fact with
  evidence from both sources; a fact with a ``modality`` gets an id of its
  own (``india-participatesin-ilrs-negated``), so it never joins a plain one;
- ``dates:``, modalities and the reviewer's ``# notes`` are kept; the
  ``#>`` review lines (see :mod:`spacekg.extract.yamlio`) are dropped, and
  so is any note that quotes six or more words of the source in a row, since
  the article's sentences never enter the curated data;
- everything is checked together (ids, references, spans) before the file
  is written, atomically; an existing file of the same name is not replaced
  unless asked.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacekg.core.ids import slugify
from spacekg.core.text import read_source
from spacekg.errors import FactsError, SourceError
from spacekg.extract.yamlio import COMMENT, dump_facts, entry_comments
from spacekg.model.facts import (
    Dataset,
    Entity,
    FactsFile,
    Mention,
    Proposition,
    check_dataset,
    load_facts_file,
    parse_facts,
)
from spacekg.model.hierarchy import hierarchy


@dataclass(frozen=True)
class Merge:
    """A reviewed entity merged into an entity the graph already knows."""

    new: str
    known: str
    reason: str  # "same id", "same Wikidata item Q...", "same name 'X'"
    types: tuple[str, ...] = ()
    known_types: tuple[str, ...] = ()


def _names(entity: Entity) -> set[str]:
    return {n.strip().lower() for n in (entity.label, *entity.aliases)}


Notes = dict[str, list[list[str]]]


def _notes_of(notes: Notes, section: str, index: int) -> list[str]:
    entries = notes.get(section, [])
    return entries[index] if index < len(entries) else []


def merge_candidates(
    reviewed: FactsFile, known: Dataset, *, no_merge: Collection[str] = (), notes: Notes | None = None
) -> tuple[FactsFile, list[Merge], Notes]:
    """Rewrite ``reviewed`` against ``known``.

    Returns the rewritten file, the merges made, and the reviewer's notes
    per entry of the rewritten file (``notes`` gives them per entry of
    ``reviewed``, as :func:`~spacekg.extract.yamlio.entry_comments` reads them)."""
    notes = notes or {}
    onto = hierarchy()
    entities = known.entities()
    by_name: dict[str, list[str]] = {}
    for entity in entities.values():
        for name in sorted(_names(entity)):
            by_name.setdefault(name, []).append(entity.id)
    by_wikidata: dict[str, list[str]] = {}
    for entity in entities.values():
        if entity.wikidata:
            by_wikidata.setdefault(entity.wikidata, []).append(entity.id)
    unknown = sorted(set(no_merge) - {e.id for e in reviewed.entities})
    if unknown:
        raise FactsError(reviewed.path, None, f"--no-merge {unknown[0]!r}: no entity of that id in this file")

    merged: dict[str, str] = {}
    merges: list[Merge] = []
    kept: list[Entity] = []
    out_notes: Notes = {"entities": [], "mentions": [], "facts": [], "claims": [], "dates": []}
    mentions = list(reviewed.mentions)
    out_notes["mentions"] = [_notes_of(notes, "mentions", i) for i in range(len(mentions))]

    def agree(entity: Entity, other: str) -> bool:
        return onto.types_agree(entity.types, entities[other].types)

    for index, entity in enumerate(reviewed.entities):
        target, reason = None, ""
        if entity.id in no_merge:
            pass
        elif entity.id in entities:
            if not agree(entity, entity.id):
                raise FactsError(
                    reviewed.path,
                    entity.line,
                    f"entity {entity.id!r} ({', '.join(entity.types)}) has the id of a known "
                    f"{', '.join(entities[entity.id].types)}; give it another id, e.g. '{entity.id}-{entity.types[0].lower()}'",
                )
            target, reason = entity.id, "same id"
        elif entity.wikidata and any(agree(entity, i) for i in by_wikidata.get(entity.wikidata, ())):
            target = next(i for i in by_wikidata[entity.wikidata] if agree(entity, i))
            reason = f"same Wikidata item {entity.wikidata}"
        else:
            for name in sorted(_names(entity)):
                match = next((i for i in by_name.get(name, ()) if agree(entity, i)), None)
                if match is not None:
                    target, reason = match, f"same name {name!r}"
                    break
        if target is None:
            kept.append(dataclasses.replace(entity, status=None, confidence=None))
            out_notes["entities"].append(_notes_of(notes, "entities", index))
        else:
            merged[entity.id] = target
            merges.append(Merge(entity.id, target, reason, entity.types, entities[target].types))
            mentions.append(Mention(entity=target, span=entity.mention, line=entity.line))
            out_notes["mentions"].append(_notes_of(notes, "entities", index))

    def ref(value: str | None) -> str | None:
        return merged.get(value, value) if value is not None else None

    facts = []
    for fact in reviewed.facts:
        subject, obj = ref(fact.subject) or fact.subject, ref(fact.object)
        default = f"{subject}-{fact.relation.lower()}-{obj if obj is not None else fact.value}"
        if fact.modality:
            default += f"-{fact.modality}"
        facts.append(dataclasses.replace(fact, subject=subject, object=obj, id=slugify(default), confidence=None))
    out_notes["facts"] = [_notes_of(notes, "facts", i) for i in range(len(facts))]
    claims = []
    for claim in reviewed.claims:
        if claim.summary.startswith("TO REVIEW"):
            raise FactsError(
                reviewed.path,
                claim.line,
                f"claim {claim.id!r} is not reviewed: write its summary in your own words, or delete it",
            )
        proposition = claim.proposition
        if proposition is not None:
            proposition = Proposition(
                ref(proposition.subject) or "", proposition.relation, ref(proposition.object) or ""
            )
        claims.append(dataclasses.replace(
            claim, speakers=tuple(ref(s) or s for s in claim.speakers), target=ref(claim.target),
            about=tuple(ref(a) or a for a in claim.about), proposition=proposition, stated_in=ref(claim.stated_in),
            reported_by=ref(claim.reported_by), confidence=None,
        ))  # fmt: skip
    out_notes["claims"] = [_notes_of(notes, "claims", i) for i in range(len(claims))]
    out_notes["dates"] = [_notes_of(notes, "dates", i) for i in range(len(reviewed.dates))]
    mentions = [dataclasses.replace(m, entity=ref(m.entity) or m.entity, confidence=None) for m in mentions]
    result = dataclasses.replace(
        reviewed, entities=tuple(kept), facts=tuple(facts), claims=tuple(claims), mentions=tuple(mentions)
    )
    return result, merges, out_notes


def _one_or_list(values: Sequence[str]) -> str | list[str]:
    return values[0] if len(values) == 1 else list(values)


def _with_notes(entries: list[dict[str, Any]], notes: list[list[str]]) -> list[dict[str, Any]]:
    for entry, lines in zip(entries, notes, strict=False):
        if lines:
            entry[COMMENT] = lines
    return entries


def facts_document(facts: FactsFile, notes: Notes | None = None) -> dict[str, Any]:
    """A facts file as the mapping :func:`~spacekg.extract.yamlio.dump_facts`
    writes; ``notes`` (per section, per entry) become ``# comments``."""
    notes = notes or {}
    source = facts.source
    head: dict[str, Any] = {"id": source.id, "type": _one_or_list(source.types), "label": source.label,
                            "sha256": source.sha256, "characters": source.characters, "mention": list(source.mention)}  # fmt: skip
    if source.title:
        head["title"] = source.title
    if source.file:
        head["file"] = source.file
    entities = []
    for e in facts.entities:
        entry: dict[str, Any] = {
            "id": e.id,
            "type": _one_or_list(e.types),
            "label": e.label,
            "mention": list(e.mention),
        }
        for key, value in (("aliases", list(e.aliases)), ("wikidata", e.wikidata), ("title", e.title),
                           ("description", e.description)):  # fmt: skip
            if value:
                entry[key] = value
        entities.append(entry)
    mentions: list[dict[str, Any]] = [{"entity": m.entity, "span": list(m.span)} for m in facts.mentions]
    fact_entries = []
    for f in facts.facts:
        item: dict[str, Any] = {"id": f.id, "subject": f.subject, "relation": f.relation}
        item.update({"object": f.object} if f.object is not None else {"value": f.value})
        if f.modality:
            item["modality"] = f.modality
        if f.reported_by:
            item["reported_by"] = f.reported_by
        item["evidence"] = [list(s) for s in f.evidence]
        fact_entries.append(item)
    claims = []
    for c in facts.claims:
        claim: dict[str, Any] = {"id": c.id, "speaker": list(c.speakers), "summary": c.summary}
        if c.stance and c.target:
            claim[c.stance] = c.target
        if c.about:
            claim["about"] = list(c.about)
        if c.proposition:
            p = c.proposition
            claim["proposition"] = {"subject": p.subject, "relation": p.relation, "object": p.object}
        if c.modality:
            claim["modality"] = c.modality
        claim.update(
            {k: v for k, v in (("stated_in", c.stated_in), ("reported_by", c.reported_by), ("date", c.date)) if v}
        )
        claim["evidence"] = [list(s) for s in c.evidence]
        claims.append(claim)
    dates = []
    for d in facts.dates:
        date: dict[str, Any] = {"span": list(d.span)}
        date.update({k: v for k, v in (("year", d.year), ("month", d.month), ("day", d.day)) if v is not None})
        dates.append(date)
    return {
        "spacekg": 1,
        "source": head,
        "entities": _with_notes(entities, notes.get("entities", [])),
        "mentions": _with_notes(mentions, notes.get("mentions", [])),
        "facts": _with_notes(fact_entries, notes.get("facts", [])),
        "claims": _with_notes(claims, notes.get("claims", [])),
        "dates": _with_notes(dates, notes.get("dates", [])),
    }


def dump(facts: FactsFile, notes: Notes | None = None) -> str:
    """A facts file as YAML, written by the YAML library (reads back equal)."""
    return dump_facts(
        facts_document(facts, notes),
        header=["spacekg facts file, merged by 'spacekg ingest' from reviewed candidates."],
    )


QUOTE_WORDS = 6  # a note sharing this many words in a row with the source quotes it


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + QUOTE_WORDS]) for i in range(len(words) - QUOTE_WORDS + 1)}


def _without_quotes(notes: Notes, source: str) -> Notes:
    """Notes minus any line that quotes the source (``QUOTE_WORDS`` words in a
    row): the article's sentences never enter the curated data, whoever
    wrote them into a comment."""
    runs = _word_runs(source)
    return {
        section: [[line for line in entry if not (_word_runs(line) & runs)] for entry in entries]
        for section, entries in notes.items()
    }


def ingest(
    reviewed_path: Path,
    source_text: Path,
    facts_dir: Path,
    *,
    replace: bool = False,
    no_merge: Collection[str] = (),
) -> tuple[Path, list[Merge]]:
    """Merge a reviewed candidates file into ``facts_dir``; return where it
    went and the merges made (nothing is printed)."""
    from spacekg.core.output import write_atomically
    from spacekg.model.facts import facts_paths

    reviewed = load_facts_file(reviewed_path)
    text, digest = read_source(source_text)
    if digest != reviewed.source.sha256 or len(text) != reviewed.source.characters:
        raise SourceError(
            f"{source_text}: SHA-256 {digest} does not match {reviewed_path} ({reviewed.source.sha256}); "
            "its offsets would point into a different text"
        )
    target = facts_dir / f"{reviewed.source.id}.yaml"
    existing = [p for p in facts_paths([facts_dir]) if p.resolve() != target.resolve() or not replace]
    if target.exists() and not replace:
        raise FactsError(target, None, "already exists; pass --replace to update it")
    known = check_dataset([load_facts_file(p) for p in existing])
    notes = _without_quotes(entry_comments(reviewed_path.read_text(encoding="utf-8")), text)
    merged, merges, out_notes = merge_candidates(reviewed, known, no_merge=no_merge, notes=notes)
    text_out = dump(merged, out_notes)
    check_dataset([*known.files, parse_facts(text_out, str(target))])  # everything together, before writing
    write_atomically(target, text_out.encode("utf-8"))
    return target, merges
