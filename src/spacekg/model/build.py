"""The build pipeline: facts files -> checked RDF graph -> Turtle file.

The Turtle file holds the asserted graph, then (unless ``entailments`` is
off) its RDFS entailments after the comment line
:data:`spacekg.model.entail.TURTLE_MARKER`, so stores that do no inference
answer plain queries over super-properties and super-classes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from spacekg.core import rdfwrite
from spacekg.core.namespaces import DEFAULT_BASE, PREFIXES, SKG
from spacekg.core.output import write_files
from spacekg.core.progress import Counter, Progress
from spacekg.core.resources import LOCAL_FACTS, LOCAL_GRAPH
from spacekg.errors import ValidationFailed
from spacekg.model.entail import TURTLE_MARKER, Triple, entailed_triples
from spacekg.model.facts import Dataset, load_dataset
from spacekg.model.rdf import build_graph, load_source_texts
from spacekg.model.validate import validate_graph
from spacekg.model.void import describe


@dataclass(frozen=True)
class BuildResult:
    out: Path
    triples: int
    counts: dict[str, int] = field(default_factory=dict)
    quoted_sources: tuple[str, ...] = ()
    entailed: int = 0
    warnings: tuple[str, ...] = ()  # for the caller to show; the library prints nothing


def description_path(out: Path) -> Path:
    """Where the VoID/DCAT description of ``out`` goes: beside it."""
    return out.with_name(f"{out.stem}.void.ttl")


def serialize_turtle(graph: Graph, base: str = DEFAULT_BASE) -> bytes:
    """The graph as Turtle, sorted, through pyoxigraph (see core.rdfwrite).
    Quads in named graphs of a Dataset are merged here; quad formats keep them."""
    ours = {**PREFIXES, "kg": base}
    bound = {str(p): str(iri) for p, iri in graph.namespaces() if p and str(iri) not in ours.values()}
    return rdfwrite.serialize(rdfwrite.from_rdflib(graph), "turtle", {**bound, **ours}, base=base)


def serialize_with_entailments(graph: Graph, entailed: set[Triple], base: str = DEFAULT_BASE) -> bytes:
    """Turtle of ``graph``, then the marker comment, then the derived triples."""
    derived = Graph()
    for prefix, namespace in graph.namespaces():
        derived.bind(prefix, namespace, replace=True)
    for triple in entailed:
        derived.add(triple)
    return serialize_turtle(graph, base) + f"\n{TURTLE_MARKER}\n".encode() + serialize_turtle(derived, base)


def build(
    facts: Sequence[Path] = (LOCAL_FACTS,),
    out: Path = LOCAL_GRAPH,
    sources: Sequence[Path] = (),
    base: str = DEFAULT_BASE,
    sparql_endpoint: str | None = None,
    entailments: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Build, validate and write the graph. Nothing is written unless every
    step succeeds; an existing ``out`` is then replaced in one rename.

    With ``entailments`` (the default) the derived triples follow the
    asserted ones in the same file, after a marker comment. ``progress`` is
    told of its five steps (read, convert, validate, entail, write)."""
    size = sum(f.stat().st_size for p in facts for f in ([p] if p.is_file() else p.rglob("*.yaml")))
    steps = Counter(progress, "Building", 5, size=size)  # reported for large facts only
    dataset = load_dataset(list(facts))
    texts = load_source_texts(list(sources), dataset)
    steps.step()
    graph = build_graph(dataset, base=base, texts=texts)
    steps.step()
    result = validate_graph(graph)
    if not result.conforms:
        raise ValidationFailed(result.report)
    steps.step()
    entailed = entailed_triples(graph) if entailments else set()
    steps.step()
    full = graph
    if entailed:
        full = Graph()
        for triple in graph:
            full.add(triple)
        for triple in entailed:
            full.add(triple)
    description = describe(full, base, endpoint=sparql_endpoint)
    # One commit: a killed build leaves the old pair or the new pair, never a mix.
    graph_bytes = serialize_with_entailments(graph, entailed, base) if entailed else serialize_turtle(graph, base)
    write_files({out: graph_bytes, description_path(out): serialize_turtle(description, base)})
    steps.finish()
    evidence = sum(1 for _ in graph.subjects(RDF.type, URIRef(SKG + "Evidence")))
    counts = {
        "entities": sum(len(f.entities) + 1 for f in dataset.files),  # +1: the source itself
        "facts": sum(len(f.facts) for f in dataset.files),
        "claims": sum(len(f.claims) for f in dataset.files),
        "evidence": evidence,
    }
    return BuildResult(
        out=out,
        triples=len(full),
        counts=counts,
        quoted_sources=tuple(sorted(texts)),
        entailed=len(entailed),
        warnings=missing_sources(dataset, texts),
    )


def missing_sources(dataset: Dataset, texts: Mapping[str, object]) -> tuple[str, ...]:
    """When some source texts were given but not all: one warning naming each
    facts file whose text is missing (its evidence is then written without
    quotes). With no text given at all, nothing is said: that is the plain
    build without quotes."""
    if not texts:
        return ()
    return tuple(
        f"{f.path}: its source text ({f.source.file or f.source.id}, SHA-256 {f.source.sha256[:12]}…) was not "
        "given with --source; its evidence is written without quotes"
        for f in dataset.files
        if f.source.id not in texts
    )
