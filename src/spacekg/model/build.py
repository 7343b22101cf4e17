"""The build pipeline: facts files -> checked RDF graph -> Turtle file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from spacekg.core.namespaces import DEFAULT_BASE, SKG
from spacekg.core.output import write_atomically
from spacekg.errors import ValidationFailed
from spacekg.model.facts import load_dataset
from spacekg.model.rdf import build_graph, load_source_texts
from spacekg.model.validate import validate_graph
from spacekg.model.void import describe

DEFAULT_FACTS = Path("data/facts")


@dataclass(frozen=True)
class BuildResult:
    out: Path
    triples: int
    counts: dict[str, int] = field(default_factory=dict)
    quoted_sources: tuple[str, ...] = ()


def description_path(out: Path) -> Path:
    """Where the VoID/DCAT description of ``out`` goes: beside it."""
    return out.with_name(f"{out.stem}.void.ttl")


def serialize_turtle(graph: Graph) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def build(
    facts: Sequence[Path] = (DEFAULT_FACTS,),
    out: Path = Path("data/spacekg.ttl"),
    sources: Sequence[Path] = (),
    base: str = DEFAULT_BASE,
    sparql_endpoint: str | None = None,
) -> BuildResult:
    """Build, validate and write the graph. Nothing is written unless every
    step succeeds; an existing ``out`` is then replaced in one rename."""
    dataset = load_dataset(list(facts))
    texts = load_source_texts(list(sources), dataset)
    graph = build_graph(dataset, base=base, texts=texts)
    result = validate_graph(graph)
    if not result.conforms:
        raise ValidationFailed(result.report)
    description = describe(graph, base, endpoint=sparql_endpoint)
    write_atomically(out, serialize_turtle(graph))
    write_atomically(description_path(out), serialize_turtle(description))
    evidence = sum(1 for _ in graph.subjects(RDF.type, URIRef(SKG + "Evidence")))
    counts = {
        "entities": sum(len(f.entities) + 1 for f in dataset.files),  # +1: the source itself
        "facts": sum(len(f.facts) for f in dataset.files),
        "claims": sum(len(f.claims) for f in dataset.files),
        "evidence": evidence,
    }
    return BuildResult(out=out, triples=len(graph), counts=counts, quoted_sources=tuple(sorted(texts)))
