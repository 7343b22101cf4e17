"""Candidate facts from new texts, for a person to review.

The extractor is an interface (:class:`Extractor`); the default,
:class:`RuleExtractor`, needs nothing but the graph's own names and a small
gazetteer shipped with the package. It is a pipeline of stages, one module
each (see :mod:`spacekg.extract.pipeline`):

- :mod:`~spacekg.extract.sentences` — the text in sentences, boilerplate out;
- :mod:`~spacekg.extract.linking` — names the graph knows, and classes;
- :mod:`~spacekg.extract.mentions` — new names by their shape;
- :mod:`~spacekg.extract.coreference` — short forms and anaphors;
- :mod:`~spacekg.extract.relations` — relations between a sentence's mentions;
- :mod:`~spacekg.extract.claims` — stances and reported speech;
- :mod:`~spacekg.extract.dates` — dates tied to their sentence;

and this module reads texts and writes the candidates for review.
Every candidate has character offsets and a confidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacekg.core.text import sentence_spans, sha256_hex
from spacekg.errors import SourceError
from spacekg.extract.base import Candidates, Extractor, Found
from spacekg.extract.pipeline import RuleExtractor
from spacekg.model.facts import Entity

__all__ = ["Candidates", "Extractor", "Found", "RuleExtractor", "read_text", "text_files", "to_yaml"]


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


def _sentences(candidates: Candidates) -> Any:
    """A function from an offset to the span of its sentence."""
    import bisect

    spans = sentence_spans(candidates.text)
    starts = [s for s, _ in spans]

    def sentence_of(offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, offset) - 1
        return spans[index] if index >= 0 else (offset, offset)

    return sentence_of


def held_back(fact: dict[str, Any], min_confidence: float | None) -> bool:
    """A plain fact (an object, no modality) whose confidence is under ``min_confidence``: written as a
    commented suggestion, not as a fact. Modal facts and literals are never held back (the threshold was
    measured on plain facts only: ``bench.extract_selection``)."""
    if min_confidence is None or fact.get("object") is None or fact.get("modality"):
        return False
    return float(fact.get("confidence", 1.0)) < min_confidence


def merged_facts(candidates: Candidates) -> list[dict[str, Any]]:
    """The facts as the candidates file writes them: one entry per (subject, relation, object, modality),
    the first fact's fields and confidence, every fact's evidence."""
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for fact in candidates.facts:
        key = (fact["subject"], fact["relation"], fact["object"], fact.get("modality") or "")
        if key in merged:
            merged[key]["evidence"] += [e for e in fact["evidence"] if e not in merged[key]["evidence"]]
        else:
            merged[key] = {**fact, "evidence": list(fact["evidence"])}
    return list(merged.values())


def to_yaml(candidates: Candidates, entities: dict[str, Entity], min_confidence: float | None = None) -> str:
    """The candidates as a facts file (same format) for review, written by the
    YAML library (:mod:`spacekg.extract.yamlio`: ids like ``no`` read back as
    written). In text order, each entry with its words, its sentence and the
    rule as ``#>`` review lines, which ``spacekg ingest`` drops.

    ``min_confidence``: plain facts whose confidence (as written: the first of
    their triple's) is under it are held back, each written where it stands
    as a commented-out entry (``#? - {...}``, after its ``#>`` line) that
    ``ingest`` and ``evaluate`` skip and a reviewer keeps by deleting ``#? ``."""
    from spacekg.extract.yamlio import HELD, REVIEW, dump_facts

    source = candidates.source
    new = candidates.new_entities()
    sentence_of = _sentences(candidates)
    document: dict[str, Any] = {"spacekg": 1, "source": {k: source[k] for k in ("id", "type", "label", "sha256", "characters", "file", "mention")}}  # fmt: skip
    document["entities"] = [
        {"id": entity_id, "type": m[0].type, "label": m[0].label, "mention": [m[0].start, m[0].end], "status": "new",
         "confidence": m[0].confidence,
         REVIEW: [f"{json.dumps(candidates.words((m[0].start, m[0].end)), ensure_ascii=False)} ({m[0].rule})",
                  f"in: {candidates.words(sentence_of(m[0].start))}"]}
        for entity_id, m in sorted(new.items(), key=lambda item: item[1][0].start)
    ]  # fmt: skip
    document["mentions"] = [
        {"entity": m.entity, "span": [m.start, m.end], "confidence": m.confidence,
         REVIEW: f"{json.dumps(candidates.words((m.start, m.end)), ensure_ascii=False)} ({m.rule})"}
        for m in candidates.mentions
        if not m.new or (m.start, m.end) != (new[m.entity][0].start, new[m.entity][0].end)
    ]  # fmt: skip
    document["facts"] = [
        {**{k: f[k] for k in ("subject", "relation", "object")}, **({"modality": f["modality"]} if f.get("modality") else {}),
         "evidence": f["evidence"], "confidence": f["confidence"],
         REVIEW: ("(learned stage) " if f.get("rule") == "learned" else "") + candidates.words(f["evidence"][0]),
         **({HELD: True} if held_back(f, min_confidence) else {})}
        for f in merged_facts(candidates)
    ]  # fmt: skip
    labels: dict[str, str] = {**{e: m[0].label for e, m in new.items()}, **{i: e.label for i, e in entities.items()}}
    document["claims"] = []
    for number, claim in enumerate(candidates.claims, 1):
        speakers = claim["speaker"] if isinstance(claim["speaker"], list) else [claim["speaker"]]
        entry: dict[str, Any] = {"id": f"{source['id']}-claim-{number}", "speaker": speakers,
                 "summary": "TO REVIEW: what " + ", ".join(str(labels.get(s, s)) for s in speakers) + " says here, in your words"}  # fmt: skip
        entry.update({k: claim[k] for k in ("opposes", "proposition", "modality") if claim.get(k)})
        entry.update(evidence=claim["evidence"], confidence=claim["confidence"])
        entry[REVIEW] = candidates.words(claim["evidence"][0])
        document["claims"].append(entry)
    document["dates"] = [{k: d[k] for k in ("span", "year", "month", "day") if k in d} for d in candidates.dates]
    return dump_facts(
        document,
        header=["spacekg candidate facts, extracted by rules: review every entry, fix or delete it,",
                "write each claim's summary in your own words, then run: spacekg ingest THIS_FILE --source TEXT",
                "Lines '#> ...' show the source's words for review; ingest drops them. Your '# notes' are kept.",
                *([f"Lines '#? - ...' are facts held back under confidence {min_confidence:g} (--min-confidence): "
                   "delete the '#? ' to keep one."] if min_confidence is not None else [])],
        section_comments={"entities": "not in the graph yet", "mentions": "known entities named in this text"},
    )  # fmt: skip
