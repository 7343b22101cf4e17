"""Exports for other linked-data tools.

RDF formats (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) come from
the built graph, split into parts: the ontology, the data (entities and
asserted facts), the claims, and the provenance (reified facts, evidence,
spans). Triple formats hold the chosen parts in one graph; quad formats put
the data in the default graph and each other part in a named graph
(``<base>graph/ontology`` …), or, with ``nanopub``, each claim as a
nanopublication (assertion, provenance and publication-info graphs).

JSON-LD is compacted against the published context ``context.jsonld``,
which lists only the prefixes the graph uses. Neo4j gets the node and
relationship CSV files ``neo4j-admin database import`` reads.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from spacekg.core import rdfwrite
from spacekg.core.namespaces import DEFAULT_BASE, OA, ONTOLOGY_IRI, OWL, PREFIXES, RDF, RDFS, SKG, local_name
from spacekg.errors import GraphError
from spacekg.model.base import find_base

RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml")
QUAD_FORMATS = ("nquads", "trig")
PARTS = ("all", "data", "ontology", "claims", "provenance")
NP = "http://www.nanopub.org/nschema#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
TYPE = ox.NamedNode(RDF + "type")
PROVENANCE_TYPES = frozenset({SKG + "Fact", SKG + "Evidence", OA + "SpecificResource", OA + "TextPositionSelector",
                              OA + "TextQuoteSelector"})  # fmt: skip
ONTOLOGY_TYPES = frozenset({OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty",
                            OWL + "Ontology"})  # fmt: skip


@dataclass
class Statements:
    """A graph as read for export: each graph (None: the default graph) as
    sorted N-Triples lines, and the data namespace."""

    graphs: rdfwrite.Graphs
    base: str = DEFAULT_BASE
    derived: frozenset[bytes] = frozenset()  # lines after the Turtle file's entailments marker
    # Subjects of the default graph typed with a class of another part than the
    # data, found in the text as read (None: not known, split() searches the lines)
    elsewhere: frozenset[bytes] | None = None

    @property
    def quads(self) -> list[ox.Quad]:
        """The statements as pyoxigraph quads (for the small, slow paths)."""
        text = b"\n".join(rdfwrite.nquads_lines(self.graphs))
        return list(ox.parse(text, format=ox.RdfFormat.N_QUADS))

    def ntriples(self) -> bytes:
        """The union of the graphs as N-Triples."""
        return b"".join(line + b"\n" for line in rdfwrite.union(self.graphs))


def read(path: Path) -> Statements:
    """Every statement of an RDF file (all graphs of a quad file), read by
    pyoxigraph and streamed into sorted N-Triples lines; the data namespace
    is found by :func:`spacekg.model.base.find_base` (the source documents'
    IRIs, else the VoID description beside the file, else the default)."""
    from spacekg.core.syntax import media_type

    if not path.exists():
        raise GraphError(f"{path}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
    fmt = ox.RdfFormat.from_media_type(media_type(path))
    if fmt is None:
        raise GraphError(f"{path}: unknown RDF syntax; use .ttl, .nt, .nq, .trig, .jsonld or .rdf")
    derived: frozenset[bytes] = frozenset()
    elsewhere: frozenset[bytes] | None = None
    documents: list[str] | None = None
    try:
        parser = ox.parse(path=path, format=fmt)
        if fmt.supports_datasets:
            graphs = rdfwrite.to_lines(list(parser))
        else:
            text = rdfwrite.canonical_text(bytes(ox.serialize(parser, format=ox.RdfFormat.N_TRIPLES) or b""))
            # Searched here, in the one buffer the serializer gave, rather than
            # in the sorted lines joined again (a copy of every line: 0.5 s at 1M).
            elsewhere = frozenset(typed_elsewhere(text))
            documents = sorted(documents_in(text))
            graphs = {None: rdfwrite.sort_lines(text, canonical=False)}
            del text
        if fmt == ox.RdfFormat.TURTLE:
            derived = _derived_lines(path, graphs[None])
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{path}: not valid RDF: {exc}") from None
    base = find_base(path, lambda: source_documents(graphs) if documents is None else documents)
    return Statements(graphs, base, derived, elsewhere)


def _derived_lines(path: Path, lines: list[bytes]) -> frozenset[bytes]:
    """The lines a ``spacekg build`` Turtle file gives after its entailments
    marker (and not before it): the derived triples (docs/model.md)."""
    from spacekg.model.entail import TURTLE_MARKER

    marker = f"\n{TURTLE_MARKER}\n".encode()
    with path.open("rb") as handle:
        head, found, tail = handle.read().partition(marker)
    if not found:
        return frozenset()

    def turtle_lines(data: bytes) -> list[bytes]:
        triples = ox.parse(data, format=ox.RdfFormat.TURTLE)
        return rdfwrite.sort_lines(bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""))

    asserted, tail_lines, everything = set(turtle_lines(head)), turtle_lines(tail), set(lines)
    return frozenset(line for line in tail_lines if line not in asserted and line in everything)


def _v(term: Any) -> str:
    """The IRI, id or lexical form of a term (a quoted triple as N-Triples)."""
    return str(term) if isinstance(term, ox.Triple) else str(term.value)


SHA256_PREDICATE = f" <{SKG}sha256> ".encode()


def source_documents(graphs: rdfwrite.Graphs) -> list[str]:
    """The IRIs of the source documents (subjects of ``skg:sha256``), sorted;
    found by searching the joined text, not line by line."""
    return sorted(iri for lines in graphs.values() for iri in documents_in(b"\n".join(lines)))


def documents_in(text: bytes) -> list[str]:
    """The subjects of ``skg:sha256`` in N-Triples text (lines in any order)."""
    found = []
    start = 0
    while (at := text.find(SHA256_PREDICATE, start)) >= 0:
        line = text[text.rfind(b"\n", 0, at) + 1 : at]
        if line.startswith(b"<") and b" " not in line:
            found.append(line.decode("utf-8").strip("<>"))
        start = at + 1
    return found


def statements(graph: Any) -> Statements:
    """An rdflib Graph/Dataset or :class:`Statements` as Statements."""
    if isinstance(graph, Statements):
        return graph
    graphs = rdfwrite.to_lines(rdfwrite.from_rdflib(graph))
    return Statements(graphs, find_base(None, lambda: source_documents(graphs)))


def prefixes(base: str) -> dict[str, str]:
    return {**PREFIXES, "kg": base}


def part_graph(base: str, part: str) -> str:
    return f"{base}graph/{part}"


TYPE_TEXT = f" <{RDF}type> <".encode()
ONTOLOGY_START = f"<{ONTOLOGY_IRI}".encode()
# A type line whose class puts its subject in the ontology, claims or provenance part.
OTHER_PART_TYPE = re.compile(
    re.escape(TYPE_TEXT)
    + b"(?:"
    + b"|".join(re.escape(t.encode()) for t in sorted(ONTOLOGY_TYPES | PROVENANCE_TYPES | {SKG + "Claim"}))
    + b")> \\.\n"
)


def typed_elsewhere(text: bytes) -> set[bytes]:
    """The subjects of N-Triples text (each line ending in a newline) that a
    type line puts in another part than the data: one regular-expression
    search of the whole text (in C), in any order of the lines."""
    found: set[bytes] = set()
    for match in OTHER_PART_TYPE.finditer(text):
        at = match.start()
        subject = text[text.rfind(b"\n", 0, at) + 1 : at]
        if b" " not in subject:
            found.add(subject)
    return found


def split(graph: Any) -> dict[str, list[bytes]]:
    """The N-Triples lines by part, decided by what their subject is:
    ontology terms, claims, provenance (reified facts, evidence, selectors),
    data. Lines stay sorted. Other named graphs (e.g. derived entailments)
    are not split; the default graph and spacekg's part graphs are merged."""
    found = statements(graph)
    ours = {part_graph(found.base, name) for name in PARTS[1:]}
    lines = rdfwrite.union({g: v for g, v in found.graphs.items() if g is None or g in ours})
    # Only typed subjects can be outside the data, and only those under the
    # ontology's IRI or with a type of another part: the first are one
    # sorted range of lines (bisection), the second are found by one regular
    # expression search (in C) of the text as read, else of the joined lines.
    # Each candidate's lines are contiguous, being sorted: no Python code
    # runs per line of the data.
    if found.elsewhere is not None and set(found.graphs) == {None}:
        candidates = set(found.elsewhere)
    else:
        candidates = typed_elsewhere(b"\n".join(lines) + b"\n")
    low = bisect.bisect_left(lines, ONTOLOGY_START)
    high = bisect.bisect_left(lines, ONTOLOGY_START + b"\xff", low)
    candidates.update(line.split(b" ", 1)[0] for line in lines[low:high])
    parts: dict[str, list[bytes]] = {name: [] for name in PARTS[1:]}
    done = 0  # lines before this index are placed
    for subject in sorted(candidates):
        low = bisect.bisect_left(lines, subject + b" ", done)
        high = bisect.bisect_left(lines, subject + b" \xff", low)
        kinds = {line[len(subject) + len(TYPE_TEXT) : -3].decode("utf-8")
                 for line in lines[low:high] if line.startswith(TYPE_TEXT, len(subject)) and line.endswith(b"> .")}  # fmt: skip
        part = _part_of(subject + b" ", kinds)
        if part == "data":
            continue
        parts["data"] += lines[done:low]
        parts[part] += lines[low:high]
        done = high
    parts["data"] += lines[done:]
    return parts


def _part_of(subject: bytes, types: set[str]) -> str:
    if types and (subject.startswith((f"<{SKG}".encode(), f"<{ONTOLOGY_IRI}".encode())) or types & ONTOLOGY_TYPES):
        return "ontology"
    if SKG + "Claim" in types:
        return "claims"
    if types & PROVENANCE_TYPES:
        return "provenance"
    return "data"


def quads(graph: Any, part: str, nanopub: bool = False) -> rdfwrite.Graphs:
    """Data in the default graph; every other part in its own named graph
    (``<base>graph/<part>``); other named graphs of the input kept as they
    are (with ``all``), e.g. derived entailments."""
    found = statements(graph)
    parts = split(found)
    wanted = PARTS[1:] if part == "all" else (part,)
    out: rdfwrite.Graphs = {}
    derived: list[bytes] = []  # a built file's entailments: their own named graph
    for name in wanted:
        if found.derived:
            derived += [line for line in parts[name] if line in found.derived]
            parts[name] = [line for line in parts[name] if line not in found.derived]
        if name == "claims" and nanopub:
            for g, lines in rdfwrite.to_lines(_nanopublications(found, parts["claims"])).items():
                out[g] = lines
            continue
        if parts[name] or name == "data":
            out[None if name == "data" else part_graph(found.base, name)] = parts[name]
    if derived:
        out[part_graph(found.base, "entailments")] = sorted(
            derived, key=lambda line: line.replace(rdfwrite.TYPE_TEXT, rdfwrite.TYPE_FIRST, 1)
        )
    if part == "all":
        ours = {part_graph(found.base, name) for name in PARTS[1:]}
        out.update({g: lines for g, lines in found.graphs.items() if g is not None and g not in ours})
    return out


def _nanopublications(found: Statements, claim_lines: list[bytes]) -> list[ox.Quad]:
    """One nanopublication per claim: the assertion graph holds what the
    speaker claims (its proposition, or the claim node's own statements);
    provenance says who said it and on which span; pubinfo says who made it."""
    speakers: dict[str, list[Any]] = defaultdict(list)
    targets: dict[str, list[Any]] = defaultdict(list)
    bodies: dict[str, list[str]] = defaultdict(list)
    for q in found.quads:
        p = q.predicate.value
        if p == SKG + "speaker":
            speakers[_v(q.subject)].append(q.object)
        elif p == OA + "hasTarget":
            targets[_v(q.subject)].append(q.object)
        elif p == OA + "hasBody":
            bodies[_v(q.object)].append(_v(q.subject))
    claims = list(ox.parse(b"\n".join(claim_lines), format=ox.RdfFormat.N_TRIPLES))
    by_claim: dict[str, list[Any]] = defaultdict(list)
    for t in claims:
        by_claim[_v(t.subject)].append(t)
    claim_ids = {_v(t.subject) for t in claims if t.predicate == TYPE and _v(t.object) == SKG + "Claim"}
    out: list[Any] = []
    for claim in sorted(claim_ids):
        nanopub = ox.NamedNode(f"{claim}/np")
        head, assertion, provenance, pubinfo = (ox.NamedNode(f"{claim}/np/{g}") for g in
                                                ("head", "assertion", "provenance", "pubinfo"))  # fmt: skip
        out += [
            ox.Quad(nanopub, TYPE, ox.NamedNode(NP + "Nanopublication"), head),
            ox.Quad(nanopub, ox.NamedNode(NP + "hasAssertion"), assertion, head),
            ox.Quad(nanopub, ox.NamedNode(NP + "hasProvenance"), provenance, head),
            ox.Quad(nanopub, ox.NamedNode(NP + "hasPublicationInfo"), pubinfo, head),
        ]
        out += [ox.Quad(t.subject, t.predicate, t.object, assertion) for t in by_claim[claim]]
        out += [ox.Quad(assertion, ox.NamedNode(PROV + "wasAttributedTo"), s, provenance) for s in speakers[claim]]
        out += [
            ox.Quad(assertion, ox.NamedNode(PROV + "wasDerivedFrom"), span, provenance)
            for annotation in bodies[claim]
            for span in targets[annotation]
        ]
        out.append(ox.Quad(nanopub, ox.NamedNode(DCTERMS + "creator"), ox.Literal("spacekg"), pubinfo))
        out.append(
            ox.Quad(
                nanopub,
                ox.NamedNode(RDFS + "comment"),
                ox.Literal("Claim as reported by the source; not asserted as fact.", language="en"),
                pubinfo,
            )
        )
    return out


def published_context() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        resources.files("spacekg").joinpath("ontology", "context.jsonld").read_text(encoding="utf-8")
    )
    return dict(document["@context"])


def context(graph: Any) -> dict[str, Any]:
    """The published JSON-LD context (terms generated from the ontology), cut
    to the prefixes and terms ``graph`` uses."""
    from spacekg.model.context import context_for

    found = statements(graph)
    return context_for(_rdflib(found), found.base)


def _rdflib(found: Statements) -> Any:
    from rdflib import Graph

    return Graph().parse(data=found.ntriples(), format="nt")


def to_jsonld(found: Statements, lines: list[bytes]) -> bytes:
    """Compacted against the ontology's term context (``id``/``type``
    aliases, class and property terms with their coercions), written
    straight from the sorted lines (:func:`spacekg.core.rdfwrite.jsonld`);
    the document carries the part of the context it uses."""
    return rdfwrite.jsonld(lines, {**published_context(), "kg": found.base})


NEO4J_TYPES = {
    **dict.fromkeys(("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                     "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "gYear"), "long"),
    **dict.fromkeys(("decimal", "double", "float"), "double"),
    "boolean": "boolean", "date": "date",
}  # fmt: skip


def neo4j_csv(graph: Any) -> dict[str, bytes]:
    """nodes.csv and relationships.csv for ``neo4j-admin database import``.

    Nodes carry every label (each class of each type, with superclasses)
    and every literal property, typed (``startYear:long``) and as an array
    (``altLabel:string[]``, ``;`` between items, neo4j-admin's default) where
    a node has several values. Relationships are typed by what they are: a
    fact ``LEADS``, a claimed relation ``CLAIMED_LEADS``, a stance
    ``SUPPORTS``/``OPPOSES``; evidence is a ``string[]`` of source IRIs with
    RFC 5147 character ranges (``…/moon-race-article#char=2949,3193``)."""
    from spacekg.graphs.projection import project
    from spacekg.query.store import MemoryStore

    found = statements(graph)
    store = MemoryStore()
    store.store.load(found.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    network = project(store)
    values: dict[str, dict[str, list[ox.Literal]]] = defaultdict(lambda: defaultdict(list))
    rows: Any = store.store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s) && isLiteral(?o)) }")
    for row in rows:
        s_, p_, o_ = row[0], row[1], row[2]
        if isinstance(o_, ox.Literal) and str(s_.value) in network:
            values[str(s_.value)][str(p_.value)].append(o_)
    columns = _property_columns(values)
    nodes_out, rels_out = io.StringIO(), io.StringIO()
    nodes = csv.writer(nodes_out, lineterminator="\n")
    nodes.writerow(["iri:ID", "name", "class", "wikidata", ":LABEL", *(header for _, header, _ in columns)])
    for node, data in sorted(network.nodes(data=True)):
        labels = ";".join(sorted({c for c in data.get("classes", [data.get("cls", "Thing")]) if c != "Entity"}))
        row = [node, data.get("label", ""), data.get("cls", ""), data.get("wikidata", ""), labels]
        for predicate, _, kind in columns:
            items = sorted(lit.value for lit in values[node].get(predicate, []))
            row.append(";".join(items) if kind.endswith("[]") else (items[0] if items else ""))
        nodes.writerow(row)
    rels = csv.writer(rels_out, lineterminator="\n")
    rels.writerow([":START_ID", ":END_ID", ":TYPE", "kind", "predicate", "label", "statement", "reportedBy",
                   "speakers:string[]", "summary", "evidence:string[]"])  # fmt: skip
    for u, v, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("statement", ""))):
        kind = data.get("kind", "fact")
        name = _constant(local_name(data["predicate"]))
        rel_type = {"fact": name, "claim": f"CLAIMED_{name}"}.get(kind, str(data.get("stance", kind)).upper())
        evidence = ";".join(sorted(f"{e['source']}#char={e['start']},{e['end']}" for e in data.get("evidence", [])))
        rels.writerow([u, v, rel_type, kind, data["predicate"], data.get("label", ""), data.get("statement", ""),
                       data.get("reported_by", ""), ";".join(data.get("speakers", [])), data.get("summary", ""),
                       evidence])  # fmt: skip
    return {"nodes.csv": nodes_out.getvalue().encode(), "relationships.csv": rels_out.getvalue().encode()}


def _constant(name: str) -> str:
    """``cooperatesWith`` -> ``COOPERATES_WITH``."""
    out = "".join(f"_{c}" if c.isupper() and i else c for i, c in enumerate(name))
    return out.upper().replace("-", "_")


def _property_columns(values: Mapping[str, Mapping[str, list[ox.Literal]]]) -> list[tuple[str, str, str]]:
    """(predicate, header, type) for every literal property: local names
    (prefixed where two namespaces share one), Neo4j types from the
    datatypes (string when they disagree), arrays where a node has several."""
    kinds: dict[str, set[str]] = defaultdict(set)
    many: set[str] = set()
    for properties in values.values():
        for predicate, literals in properties.items():
            kinds[predicate] |= {
                "string" if lit.language else NEO4J_TYPES.get(local_name(lit.datatype.value), "string")
                for lit in literals
            }
            if len(literals) > 1:
                many.add(predicate)
    local = {p: local_name(p) for p in kinds}
    clash = {n for n in local.values() if list(local.values()).count(n) > 1}
    short = {iri: name for name, iri in PREFIXES.items()}
    columns = []
    for predicate in sorted(kinds, key=lambda p: local[p]):
        name = local[predicate]
        if name in clash or name in {"name", "class", "wikidata"}:
            namespace = predicate[: len(predicate) - len(name)]
            name = f"{short.get(namespace, 'ns')}_{name}"
        kind = next(iter(kinds[predicate])) if len(kinds[predicate]) == 1 else "string"
        kind += "[]" if predicate in many else ""
        columns.append((predicate, f"{name}:{kind}", kind))
    return columns


def export_rdf(graph: Any, fmt: str, part: str = "all", nanopub: bool = False) -> bytes:
    """Serialize ``graph`` (an rdflib graph, or :class:`Statements` from
    :func:`read`), or one part of it, in ``fmt``: sorted, deterministic."""
    if fmt not in RDF_FORMATS:
        raise GraphError(f"unknown format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}, graphml, gexf, neo4j")
    if part not in PARTS:
        raise GraphError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    if nanopub and fmt not in QUAD_FORMATS:
        raise GraphError("--nanopub needs a quad format: trig or nquads")
    found = statements(graph)
    names = {**prefixes(found.base), "np": NP}
    chosen: rdfwrite.Graphs
    if fmt in QUAD_FORMATS:
        chosen = quads(found, part, nanopub)
    elif part == "all":
        chosen = found.graphs
    else:
        chosen = {None: split(found)[part]}
    if fmt == "jsonld":
        return to_jsonld(found, rdfwrite.union(chosen))
    return rdfwrite.write(chosen, fmt, names, base=found.base)
