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
    sentence_of = _sentences(candidates)
    # In text order, each with its words and its sentence as comments (ingest ignores comments).
    for entity_id, mentions in sorted(new.items(), key=lambda item: item[1][0].start):
        first = mentions[0]
        lines += [f"  - id: {entity_id}  # {q(candidates.words((first.start, first.end)))}",
                  f"    # in: {candidates.words(sentence_of(first.start))}",
                  f"    type: {first.type}", f"    label: {q(first.label)}",
                  f"    mention: {q([first.start, first.end])}", "    status: new",
                  f"    confidence: {first.confidence}  # {first.rule}"]  # fmt: skip
    lines += ["", "mentions:  # known entities named in this text"]
    for mention in candidates.mentions:
        if not mention.new:
            lines.append(
                f"  - {{entity: {mention.entity}, span: {q([mention.start, mention.end])}, confidence: {mention.confidence}}}"
                f"  # {q(candidates.words((mention.start, mention.end)))} {mention.rule}"
            )
    lines += ["", "facts:"]
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for fact in candidates.facts:
        key = (fact["subject"], fact["relation"], fact["object"], fact.get("modality") or "")
        if key in merged:
            merged[key]["evidence"] += [e for e in fact["evidence"] if e not in merged[key]["evidence"]]
        else:
            merged[key] = {**fact, "evidence": list(fact["evidence"])}
    for fact in merged.values():
        modality = f"modality: {fact['modality']}, " if fact.get("modality") else ""
        lines.append(f"  # {candidates.words(fact['evidence'][0])}")
        lines.append(f"  - {{subject: {fact['subject']}, relation: {fact['relation']}, object: {fact['object']}, "
                     f"{modality}evidence: {q(fact['evidence'])}, confidence: {fact['confidence']}}}")  # fmt: skip
    lines += ["", "claims:"]
    labels: dict[str, str] = {**{e: m[0].label for e, m in new.items()}, **{i: e.label for i, e in entities.items()}}
    for number, claim in enumerate(candidates.claims, 1):
        speakers = claim["speaker"] if isinstance(claim["speaker"], list) else [claim["speaker"]]
        lines += [f"  # {candidates.words(claim['evidence'][0])}",
                  f"  - id: {source['id']}-claim-{number}", f"    speaker: [{', '.join(speakers)}]",
                  f"    summary: {q('TO REVIEW: what ' + ', '.join(str(labels.get(s, s)) for s in speakers) + ' says here, in your words')}"]  # fmt: skip
        if "opposes" in claim:
            lines.append(f"    opposes: {claim['opposes']}")
        if "proposition" in claim:
            p = claim["proposition"]
            lines.append(
                f"    proposition: {{subject: {p['subject']}, relation: {p['relation']}, object: {p['object']}}}"
            )
        if claim.get("modality"):
            lines.append(f"    modality: {claim['modality']}")
        lines += [f"    evidence: {q(claim['evidence'])}", f"    confidence: {claim['confidence']}"]
    lines += ["", "dates:"]
    for date in candidates.dates:
        parts = ", ".join(f"{k}: {date[k]}" for k in ("year", "month", "day") if k in date)
        lines.append(f"  - {{span: {q(date['span'])}, {parts}}}")
    return "\n".join(lines) + "\n"
