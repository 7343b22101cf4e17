"""Writing RDF deterministically, at the speed of pyoxigraph's serializers.

Every RDF file spacekg writes goes through :func:`serialize`: statements are
sorted (by graph, then by their N-Triples text, so subjects and predicates
come out grouped), blank nodes get labels derived from their surroundings
(not from parser or hash-seed state), and Turtle/TriG declare exactly the
prefixes they use, sorted by name. The same statements therefore give the
same bytes under any ``PYTHONHASHSEED`` and in any insertion order.

Turtle, TriG, N-Triples, N-Quads and RDF/XML are written by pyoxigraph.
JSON-LD is written here, one node object per line, compacted against a
context of prefixes and simple term definitions; it reads back with any
JSON-LD 1.1 processor (tested with pyld).

Builders hand over statements as pyoxigraph quads (:func:`from_rdflib`
converts an rdflib graph or dataset); a quad in a named graph stays there
in quad formats and joins the union in triple formats.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

OX_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = frozenset({"nquads", "trig"})

Statement = ox.Quad | ox.Triple


def from_rdflib(graph: Any) -> list[ox.Quad]:
    """The statements of an rdflib Graph or Dataset as pyoxigraph quads
    (terms converted once each; named graphs kept)."""
    from rdflib import BNode, Literal, URIRef

    cache: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        found = cache.get(t)
        if found is not None:
            return found
        if isinstance(t, URIRef):
            found = ox.NamedNode(str(t))
        elif isinstance(t, BNode):
            found = ox.BlankNode(str(t))
        elif isinstance(t, Literal):
            if t.language:
                found = ox.Literal(str(t), language=t.language)
            elif t.datatype is not None:
                found = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            else:
                found = ox.Literal(str(t))
        else:
            raise TypeError(f"cannot write RDF term {t!r}")
        cache[t] = found
        return found

    if hasattr(graph, "quads") and hasattr(graph, "default_graph"):
        default = graph.default_graph.identifier
        out = []
        for s, p, o, g in graph.quads((None, None, None, None)):
            name = g.identifier if hasattr(g, "identifier") else g
            graph_name = ox.DefaultGraph() if name is None or name == default else term(name)
            out.append(ox.Quad(term(s), term(p), term(o), graph_name))
        return out
    return [ox.Quad(term(s), term(p), term(o)) for s, p, o in graph]


def _as_quad(statement: Statement) -> ox.Quad:
    return statement if isinstance(statement, ox.Quad) else ox.Quad(*statement)


def canonical_blank_nodes(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Relabel blank nodes by a hash of their neighbourhood (a few rounds of
    colour refinement), so labels do not depend on how the graph was made.
    Blank nodes no round can tell apart are automorphic in practice, and
    then any order of them gives the same output."""
    touching = [q for q in quads if _has_blank(q)]
    if not touching:
        return quads
    colour: dict[str, str] = {}
    for q in touching:
        for t in (q.subject, q.object, q.graph_name):
            if isinstance(t, ox.BlankNode):
                colour[t.value] = ""

    def show(t: Any) -> str:
        return "_:" + colour[t.value] if isinstance(t, ox.BlankNode) else str(t)

    for _ in range(4):
        signature: dict[str, list[str]] = defaultdict(list)
        for q in touching:
            s, o, g = show(q.subject), show(q.object), show(q.graph_name)
            p = str(q.predicate)
            if isinstance(q.subject, ox.BlankNode):
                signature[q.subject.value].append(f"> {p} {o} {g}")
            if isinstance(q.object, ox.BlankNode):
                signature[q.object.value].append(f"< {s} {p} {g}")
            if isinstance(q.graph_name, ox.BlankNode):
                signature[q.graph_name.value].append(f"@ {s} {p} {o}")
        refined = {b: hashlib.sha256("\n".join(sorted(signature[b])).encode("utf-8")).hexdigest()[:16] for b in colour}
        stable = len(set(refined.values())) == len(set(colour.values())) and all(colour.values())
        colour = refined
        if stable:
            break
    label: dict[str, ox.BlankNode] = {}
    seen: dict[str, int] = defaultdict(int)
    for b in sorted(colour, key=lambda b: colour[b]):
        n = seen[colour[b]]
        seen[colour[b]] += 1
        label[b] = ox.BlankNode(f"b{colour[b]}{'' if n == 0 else f'x{n}'}")

    def relabel(t: Any) -> Any:
        return label[t.value] if isinstance(t, ox.BlankNode) else t

    return [
        ox.Quad(relabel(q.subject), q.predicate, relabel(q.object), relabel(q.graph_name)) if _has_blank(q) else q
        for q in quads
    ]


def _has_blank(q: ox.Quad) -> bool:
    return (
        isinstance(q.subject, ox.BlankNode)
        or isinstance(q.object, ox.BlankNode)
        or isinstance(q.graph_name, ox.BlankNode)
    )


def sort_statements(statements: Iterable[Statement], quads: bool) -> list[Any]:
    """Unique statements in a stable order: the default graph first, then
    named graphs by name; within a graph by N-Triples text. With
    ``quads=False`` all graphs are merged into triples."""
    items = canonical_blank_nodes([_as_quad(s) for s in statements])
    keyed: dict[str, Any] = {}
    # rdf:type sorts first within its subject (subjects hold no spaces, so
    # the first match is the predicate when it is rdf:type).
    type_text, first = f" <{RDF_TYPE}> ", " <> "
    if quads:
        for q in items:
            g = q.graph_name
            key = str(q.triple).replace(type_text, first, 1)
            keyed[("" if isinstance(g, ox.DefaultGraph) else str(g)) + "\t" + key] = q
    else:
        for q in items:
            t = q.triple
            keyed[str(t).replace(type_text, first, 1)] = t
    return [keyed[k] for k in sorted(keyed)]


def serialize(
    statements: Iterable[Statement],
    fmt: str,
    prefixes: Mapping[str, str],
    context: Mapping[str, Any] | None = None,
    base: str | None = None,
) -> bytes:
    """``statements`` in ``fmt`` (turtle, nt, nquads, trig, rdfxml, jsonld),
    sorted, with ``prefixes`` (Turtle, TriG, RDF/XML) or ``context``
    (JSON-LD; default: the prefixes) used where they apply. With ``base``,
    Turtle and TriG write IRIs under it relative to an ``@base``
    (``<fact/nasa-leads-artemis>`` rather than ``kg:fact\\/nasa-leads-artemis``),
    still declaring the prefixes for it."""
    if fmt not in OX_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}")
    ordered = sort_statements(statements, quads=fmt in QUAD_FORMATS)
    if fmt == "jsonld":
        return jsonld(ordered, context if context is not None else dict(prefixes))
    if fmt in ("nt", "nquads"):
        return bytes(ox.serialize(ordered, format=OX_FORMATS[fmt]) or b"")
    usable = {p: iri for p, iri in prefixes.items() if iri.endswith(("/", "#"))}
    if fmt == "rdfxml":
        return bytes(ox.serialize(ordered, format=OX_FORMATS[fmt], prefixes=usable) or b"")
    under_base = {p for p, iri in usable.items() if base and iri.startswith(base)}
    data = ox.serialize(
        ordered,
        format=OX_FORMATS[fmt],
        prefixes={p: iri for p, iri in usable.items() if p not in under_base},
        base_iri=base,
    )
    return _tidy_header(data or b"", usable, base, under_base)


def _tidy_header(data: bytes, prefixes: Mapping[str, str], base: str | None, always: set[str]) -> bytes:
    """Replace the serializer's header (in hash order, prefixes made
    relative to the base) by absolute IRIs: the base, then the used
    prefixes by name."""
    body = data
    while body.startswith((b"@prefix ", b"@base ")):
        body = body[body.index(b"\n") + 1 :]
    used = [p for p in sorted(prefixes) if p in always or f"{p}:".encode() in body]
    header = f"@base <{base}> .\n" if base else ""
    header += "".join(f"@prefix {p}: <{prefixes[p]}> .\n" for p in used)
    return (header + "\n").encode("utf-8") + body if header else body


class _Compactor:
    """Compact IRIs and keys against a context of prefixes and simple terms
    (``{"@id": ..., "@type": "@id" | datatype}``); anything else in the
    context is left unused, which keeps the output correct."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.prefixes = sorted(
            ((iri, name) for name, iri in context.items() if isinstance(iri, str) and iri.endswith(("/", "#"))),
            key=lambda item: (-len(item[0]), item[1]),
        )
        self.by_start: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for iri, name in self.prefixes:
            self.by_start[iri[:8]].append((iri, name))
        self.terms: dict[tuple[str, str | None], str] = {}
        for name, definition in sorted(context.items()):
            if not isinstance(definition, dict) or set(definition) - {"@id", "@type"} or ":" in name:
                continue
            iri = self.expand(str(definition.get("@id", "")))
            kind = definition.get("@type")
            if kind is not None and kind != "@id":
                kind = self.expand(str(kind))
            self.terms.setdefault((iri, kind), name)
        self.cache: dict[str, str] = {}
        self.used: set[str] = set()
        self.used_terms: set[str] = set()

    def use(self, name: str) -> str:
        self.used.add(name)
        self.used_terms.add(name)
        return name

    def expand(self, value: str) -> str:
        prefix, _, local = value.partition(":")
        for iri, name in self.prefixes:
            if name == prefix and not local.startswith("//"):
                return iri + local
        return value

    def iri(self, value: str) -> str:
        found = self.cache.get(value)
        if found is None:
            found = value
            for iri, name in self.by_start.get(value[:8], ()):
                if value.startswith(iri) and not value[len(iri) :].startswith("//"):
                    found = f"{name}:{value[len(iri) :]}"
                    self.used.add(name)
                    break
            self.cache[value] = found
        return found

    def term(self, t: Any) -> str:
        return "_:" + t.value if isinstance(t, ox.BlankNode) else self.iri(t.value)


def jsonld(triples: list[ox.Triple], context: Mapping[str, Any]) -> bytes:
    """A JSON-LD document with one node object per line, sorted by subject."""
    compact = _Compactor(context)
    lines: list[str] = []
    node: dict[str, Any] = {}
    subject: Any = None

    def add(key: str, value: Any) -> None:
        old = node.get(key)
        if old is None:
            node[key] = value
        elif isinstance(old, list):
            old.append(value)
        else:
            node[key] = [old, value]

    def flush() -> None:
        if node:
            lines.append(json.dumps(node, ensure_ascii=False, sort_keys=True))

    for t in triples:
        if t.subject != subject:
            flush()
            subject = t.subject
            node = {"@id": compact.term(subject)}
        p, o = t.predicate.value, t.object
        if p == RDF_TYPE and not isinstance(o, ox.Literal):
            add("@type", compact.term(o))
            continue
        if isinstance(o, ox.Literal):
            datatype = o.datatype.value
            term = compact.terms.get((p, datatype))
            if term is not None:
                add(compact.use(term), o.value)
                continue
            term = compact.terms.get((p, None))
            key = compact.use(term) if term else compact.iri(p)
            if o.language:
                add(key, {"@language": o.language, "@value": o.value})
            elif datatype == XSD_STRING:
                add(key, o.value)
            else:
                add(key, {"@type": compact.iri(datatype), "@value": o.value})
            continue
        term = compact.terms.get((p, "@id"))
        if term is not None:
            add(compact.use(term), compact.term(o))
        else:
            term = compact.terms.get((p, None))
            add(compact.use(term) if term else compact.iri(p), {"@id": compact.term(o)})
    flush()
    kept = {name: context[name] for name in compact.used}
    for name in compact.used_terms:
        for value in context[name].values():
            prefix = str(value).partition(":")[0]
            if isinstance(context.get(prefix), str):
                kept[prefix] = context[prefix]
    head = json.dumps({"@context": dict(sorted(kept.items()))}, ensure_ascii=False, indent=1, sort_keys=True)
    graph = ("[\n" + ",\n".join(lines) + "\n ]") if lines else "[]"
    return (head[:-2] + ',\n "@graph": ' + graph + "\n}\n").encode("utf-8")
