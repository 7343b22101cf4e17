"""Reviewed candidates into the curated data: ``spacekg ingest``.

A reviewed candidates file joins ``data/facts/`` as a facts file of its own,
so no other source's provenance is ever touched. On the way in:

- its source must be the text the user passes (same SHA-256 and length);
- claims whose summary still says ``TO REVIEW`` are refused;
- a new entity that the graph already knows — same id, same Wikidata item,
  or a label or alias equal to one of the known entity's names — is merged:
  references are rewritten to the known id, and its span becomes a mention
  of that entity (evidence from this source);
- facts equal to known ones keep their id, and so become one fact with
  evidence from both sources;
- everything is checked together (ids, references, spans) before the file
  is written, atomically; an existing file of the same name is not replaced
  unless asked.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from spacekg.core.ids import slugify
from spacekg.core.text import read_source
from spacekg.errors import FactsError, SourceError
from spacekg.model.facts import Dataset, Entity, FactsFile, Mention, Proposition, check_dataset, load_facts_file


def _names(entity: Entity) -> set[str]:
    return {n.strip().lower() for n in (entity.label, *entity.aliases)}


def merge_candidates(reviewed: FactsFile, known: Dataset) -> tuple[FactsFile, dict[str, str]]:
    """Rewrite ``reviewed`` against ``known``; return it and the merges made."""
    entities = known.entities()
    by_name: dict[str, str] = {}
    for entity in entities.values():
        for name in _names(entity):
            by_name.setdefault(name, entity.id)
    by_wikidata = {e.wikidata: e.id for e in entities.values() if e.wikidata}
    merged: dict[str, str] = {}
    kept: list[Entity] = []
    mentions = list(reviewed.mentions)
    for entity in reviewed.entities:
        target = None
        if entity.id in entities:
            target = entity.id
        elif entity.wikidata and entity.wikidata in by_wikidata:
            target = by_wikidata[entity.wikidata]
        else:
            target = next((by_name[n] for n in sorted(_names(entity)) if n in by_name), None)
        if target is None:
            kept.append(dataclasses.replace(entity, status=None, confidence=None))
        else:
            merged[entity.id] = target
            mentions.append(Mention(entity=target, span=entity.mention, line=entity.line))

    def ref(value: str | None) -> str | None:
        return merged.get(value, value) if value is not None else None

    facts = []
    for fact in reviewed.facts:
        subject, obj = ref(fact.subject) or fact.subject, ref(fact.object)
        default = f"{subject}-{fact.relation.lower()}-{obj if obj is not None else fact.value}"
        facts.append(dataclasses.replace(fact, subject=subject, object=obj, id=slugify(default), confidence=None))
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
    mentions = [dataclasses.replace(m, entity=ref(m.entity) or m.entity, confidence=None) for m in mentions]
    result = dataclasses.replace(
        reviewed, entities=tuple(kept), facts=tuple(facts), claims=tuple(claims), mentions=tuple(mentions), dates=()
    )
    return result, merged


def dump(facts: FactsFile) -> str:
    """A facts file as YAML (flow style per entry; JSON strings are YAML)."""

    def q(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    def span_list(spans: tuple[tuple[int, int], ...]) -> str:
        return q([list(s) for s in spans])

    source = facts.source
    out = ["# spacekg facts file, merged by 'spacekg ingest' from reviewed candidates.", "spacekg: 1", "source:"]
    out += [f"  id: {source.id}", f"  type: {source.types[0] if len(source.types) == 1 else q(list(source.types))}",
            f"  label: {q(source.label)}", f"  sha256: {source.sha256}", f"  characters: {source.characters}",
            f"  mention: {q(list(source.mention))}"]  # fmt: skip
    if source.title:
        out.append(f"  title: {q(source.title)}")
    if source.file:
        out.append(f"  file: {q(source.file)}")
    out += ["", "entities:"]
    for e in facts.entities:
        entry = {
            "id": e.id,
            "type": e.types[0] if len(e.types) == 1 else list(e.types),
            "label": e.label,
            "mention": list(e.mention),
        }
        entry.update(
            {
                k: v
                for k, v in (
                    ("aliases", list(e.aliases)),
                    ("wikidata", e.wikidata),
                    ("title", e.title),
                    ("description", e.description),
                )
                if v
            }
        )
        out.append(f"  - {q(entry)}")
    out += ["", "mentions:"] + [f"  - {q({'entity': m.entity, 'span': list(m.span)})}" for m in facts.mentions]
    out += ["", "facts:"]
    for f in facts.facts:
        item: dict[str, object] = {"subject": f.subject, "relation": f.relation}  # fmt: skip
        item.update({"object": f.object} if f.object is not None else {"value": f.value})
        if f.reported_by:
            item["reported_by"] = f.reported_by
        out.append(
            f'  - {{{", ".join(f"{json.dumps(k)}: {q(v)}" for k, v in item.items())}, "evidence": {span_list(f.evidence)}}}'
        )
    out += ["", "claims:"]
    for c in facts.claims:
        claim: dict[str, object] = {"id": c.id, "speaker": list(c.speakers), "summary": c.summary}
        if c.stance and c.target:
            claim[c.stance] = c.target
        if c.about:
            claim["about"] = list(c.about)
        if c.proposition:
            claim["proposition"] = {
                "subject": c.proposition.subject,
                "relation": c.proposition.relation,
                "object": c.proposition.object,
            }
        claim.update(
            {k: v for k, v in (("stated_in", c.stated_in), ("reported_by", c.reported_by), ("date", c.date)) if v}
        )
        claim["evidence"] = [list(s) for s in c.evidence]
        out.append(f"  - {q(claim)}")
    return "\n".join(out) + "\n"


def ingest(
    reviewed_path: Path, source_text: Path, facts_dir: Path, *, replace: bool = False
) -> tuple[Path, dict[str, str]]:
    """Merge a reviewed candidates file into ``facts_dir``; return where it went."""
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
    merged, merges = merge_candidates(reviewed, known)
    text_out = dump(merged)
    from spacekg.model.facts import parse_facts

    check_dataset([*known.files, parse_facts(text_out, str(target))])  # everything together, before writing
    write_atomically(target, text_out.encode("utf-8"))
    return target, merges
