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
import heapq
import itertools
import json
import re
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


Graphs = dict[str | None, list[bytes]]  # graph IRI (None: default graph) -> sorted N-Triples lines

TYPE_TEXT = f" <{RDF_TYPE}> ".encode()
TYPE_FIRST = b" <> "


def sort_lines(ntriples: bytes, canonical: bool = True) -> list[bytes]:
    """Unique N-Triples lines, sorted by their text with rdf:type first
    within each subject (subjects hold no spaces, so a predicate match is
    the first one on the line; a match inside a literal only moves that line
    within its own predicate). Blank nodes are relabelled canonically first."""
    if canonical:
        ntriples = canonical_text(ntriples)
    ordered = ntriples.replace(TYPE_TEXT, TYPE_FIRST).split(b"\n")
    if TYPE_FIRST not in ntriples:
        # The keys are the lines with the marker in place of rdf:type, one to
        # one (the text holds no marker of its own): sort the keys themselves
        # and put rdf:type back (a bytes method per line, mapped in C) instead of
        # sorting indices by key with a second copy of every line (at 1M lines:
        # a fifth less time, and peak memory 457 instead of 634 MB for an
        # export; the order is the same).
        ordered.sort()
        ordered = list(map(bytes.replace, ordered, itertools.repeat(TYPE_FIRST), itertools.repeat(TYPE_TEXT)))
    else:  # a literal holds the marker: sort the lines by their keys
        lines, keys = ntriples.split(b"\n"), ordered
        ordered = list(map(lines.__getitem__, sorted(range(len(lines)), key=keys.__getitem__)))
    blank = 0  # empty lines (the one after the last newline) sort first
    while blank < len(ordered) and not ordered[blank]:
        blank += 1
    if blank:
        del ordered[:blank]
    if not any(map(bytes.__eq__, ordered, itertools.islice(ordered, 1, None))):
        return ordered  # no duplicates: checked in C, no Python code per line
    out: list[bytes] = []
    previous = b""
    for line in ordered:
        if line != previous:
            out.append(line)
            previous = line
    return out


def canonical_text(ntriples: bytes) -> bytes:
    """N-Triples text with its blank nodes relabelled canonically (see
    :func:`canonical_blank_nodes`); text without blank nodes as it is."""
    return _canonical_ntriples(ntriples) if b"_:" in ntriples else ntriples


def _canonical_ntriples(ntriples: bytes) -> bytes:
    quads = canonical_blank_nodes(list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)))
    return bytes(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES) or b"")


def to_lines(statements: Iterable[Statement]) -> Graphs:
    """Statements grouped by graph, each graph as sorted N-Triples lines."""
    items: Any = list(statements)
    try:
        return {None: sort_lines(bytes(ox.serialize(items, format=ox.RdfFormat.N_TRIPLES) or b""))}
    except ValueError:  # named graphs: group them (slower, and rare)
        pass
    quads = canonical_blank_nodes([_as_quad(s) for s in items])
    grouped: dict[str | None, list[ox.Triple]] = defaultdict(list)
    for q in quads:
        g: Any = q.graph_name
        name = None if isinstance(g, ox.DefaultGraph) else ("_:" + g.value if isinstance(g, ox.BlankNode) else g.value)
        grouped[name].append(ox.Triple(q.subject, q.predicate, q.object))
    return {
        name: sort_lines(bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""), canonical=False)
        for name, triples in grouped.items()
    }


def union(graphs: Graphs) -> list[bytes]:
    """All graphs' lines merged, sorted and unique."""
    if len(graphs) == 1:
        return next(iter(graphs.values()))
    merged = heapq.merge(*graphs.values(), key=lambda line: line.replace(TYPE_TEXT, TYPE_FIRST, 1))
    out: list[bytes] = []
    for line in merged:
        if not out or out[-1] != line:
            out.append(line)
    return out


def nquads_lines(graphs: Graphs) -> list[bytes]:
    """N-Quads lines: the default graph first, then named graphs by name
    (a named graph's term goes before the final `` .``)."""
    out = list(graphs.get(None, []))
    for name in sorted(g for g in graphs if g is not None):
        term = f" {name}".encode() if name.startswith("_:") else f" <{name}>".encode()
        out += [line[:-2] + term + b" ." for line in graphs[name]]
    return out


def serialize(
    statements: Iterable[Statement],
    fmt: str,
    prefixes: Mapping[str, str],
    context: Mapping[str, Any] | None = None,
    base: str | None = None,
) -> bytes:
    """``statements`` in ``fmt``: see :func:`write`."""
    return write(to_lines(statements), fmt, prefixes, context, base)


def write(
    graphs: Graphs,
    fmt: str,
    prefixes: Mapping[str, str],
    context: Mapping[str, Any] | None = None,
    base: str | None = None,
) -> bytes:
    """Sorted graphs in ``fmt`` (turtle, nt, nquads, trig, rdfxml, jsonld),
    with ``prefixes`` (Turtle, TriG, RDF/XML) or ``context`` (JSON-LD;
    default: the prefixes) used where they apply; triple formats take the
    union of the graphs. With ``base``, Turtle and TriG write IRIs under it
    relative to an ``@base`` (``<fact/nasa-leads-artemis>`` rather than
    ``kg:fact\\/nasa-leads-artemis``), still declaring the prefixes for it.

    Sorted N-Triples lines stream through pyoxigraph's parser into its
    serializer, so no statement is held as a Python object."""
    if fmt not in OX_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}")
    if fmt == "trig":  # written graph by graph: N-Quads lines only if pyoxigraph must write it all
        lines = []
        source = ox.RdfFormat.N_QUADS
    elif fmt in QUAD_FORMATS:
        lines = nquads_lines(graphs)
        source = ox.RdfFormat.N_QUADS
    else:
        lines = union(graphs)
        source = ox.RdfFormat.N_TRIPLES
    if fmt in ("nt", "nquads"):
        return b"\n".join(lines) + b"\n" if lines else b""
    if fmt == "jsonld":
        return jsonld(lines, context if context is not None else dict(prefixes))
    usable = {p: iri for p, iri in prefixes.items() if iri.endswith(("/", "#"))}
    if fmt == "rdfxml":
        text = b"\n".join(lines)
        return bytes(ox.serialize(ox.parse(text, format=source), format=OX_FORMATS[fmt], prefixes=usable) or b"")
    under_base = {p for p, iri in usable.items() if base and iri.startswith(base)}
    named = {p: iri for p, iri in usable.items() if p not in under_base}
    try:
        body, mentioned = _terse(graphs if fmt == "trig" else {None: lines}, named, base)
    except _EngineOnly:  # RDF-star terms: pyoxigraph writes the whole document
        return _engine_terse(nquads_lines(graphs) if fmt == "trig" else lines, source, fmt, usable, base, under_base)
    header = f"@base <{base}> .\n" if base else ""
    header += "".join(f"@prefix {p}: <{usable[p]}> .\n" for p in sorted(usable) if p in under_base or p in mentioned)
    return (header + "\n").encode("utf-8") + body if header else body


def _engine_terse(
    lines: list[bytes],
    source: ox.RdfFormat,
    fmt: str,
    usable: Mapping[str, str],
    base: str | None,
    under_base: set[str],
) -> bytes:
    """Turtle or TriG of sorted lines, written by pyoxigraph's serializer."""
    text = b"\n".join(lines)
    data = ox.serialize(
        ox.parse(text, format=source),
        format=OX_FORMATS[fmt],
        prefixes={p: iri for p, iri in usable.items() if p not in under_base},
        base_iri=base,
    )
    return _tidy_header(data or b"", usable, base, under_base)


def _tidy_header(data: bytes, prefixes: Mapping[str, str], base: str | None, always: set[str]) -> bytes:
    """Replace the serializer's header (in hash order, prefixes made
    relative to the base) by absolute IRIs: the base, then the used
    prefixes by name."""
    end = 0
    while data.startswith((b"@prefix ", b"@base "), end):
        end = data.index(b"\n", end) + 1
    body = data[end:]  # one copy, not one per header line
    used = [p for p in sorted(prefixes) if p in always or f"{p}:".encode() in body]
    header = f"@base <{base}> .\n" if base else ""
    header += "".join(f"@prefix {p}: <{prefixes[p]}> .\n" for p in used)
    return (header + "\n").encode("utf-8") + body if header else body


class _Compactor:
    """Compact IRIs, keys and values against a JSON-LD context, choosing
    terms as a JSON-LD 1.1 compactor does for the definitions it reads:
    ``@id``/``@type`` aliases (``"id": "@id"``), prefixes, class terms
    (``"Country": "skg:Country"``) and property terms with at most one
    coercion (``"@type": "@id"``, ``"@type": datatype`` or ``"@language"``).
    Other definitions (containers, ``@vocab``, a default language) are left
    unused and out of the written context, which keeps the output correct:
    a value whose form its key's coercion would change is written as an
    explicit value or node object, which no coercion touches."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.context = context
        self.prefixes = sorted(
            ((iri, name) for name, iri in context.items() if _is_prefix(name, iri)),
            key=lambda item: (-len(item[0]), item[1]),
        )
        self.prefix_names = {name for _, name in self.prefixes}
        self.by_start: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for iri, name in self.prefixes:
            self.by_start[iri[:8]].append((iri, name))
        self.alias: dict[str, str] = {}
        # term name -> (IRI, coercion): None, ("@id",), ("type", datatype IRI) or ("lang", language)
        self.definitions: dict[str, tuple[str, tuple[str, ...] | None]] = {}
        for name, definition in sorted(context.items()):
            if name.startswith("@") or name in self.prefix_names:
                continue
            if definition in ("@id", "@type"):
                self.alias.setdefault(definition, name)
                continue
            parsed = self._definition(definition)
            if parsed is not None:
                self.definitions[name] = parsed
        self.alias.setdefault("@id", "@id")
        self.alias.setdefault("@type", "@type")
        # (IRI, coercion) -> term name; the shortest name wins, then the first by name
        self.terms: dict[tuple[str, tuple[str, ...] | None], str] = {}
        for name in sorted(self.definitions, key=lambda n: (len(n), n)):
            self.terms.setdefault(self.definitions[name], name)
        self.cache: dict[str, str] = {}
        self.vocab_cache: dict[str, str] = {}
        self.used: set[str] = set()

    def _definition(self, definition: Any) -> tuple[str, tuple[str, ...] | None] | None:
        if isinstance(definition, str):
            iri = self.expand(definition)
            return (iri, None) if ":" in iri else None
        if not isinstance(definition, dict) or not isinstance(definition.get("@id"), str):
            return None
        if set(definition) - {"@id", "@type", "@language"} or len(definition) > 2:
            return None
        iri = self.expand(definition["@id"])
        if ":" not in iri:
            return None
        kind = definition.get("@type")
        if kind == "@id":
            return iri, ("@id",)
        if isinstance(kind, str) and not kind.startswith("@"):
            return iri, ("type", self.expand(kind))
        language = definition.get("@language")
        if isinstance(language, str):
            return iri, ("lang", language.lower())
        if kind is None and "@language" not in definition:
            return iri, None
        return None

    def expand(self, value: str) -> str:
        prefix, _, local = value.partition(":")
        iri = self.context.get(prefix)
        if isinstance(iri, str) and prefix in self.prefix_names and not local.startswith("//"):
            return iri + local
        return value

    def iri(self, value: str) -> str:
        """``value`` as a compact IRI (document-relative: no terms)."""
        found = self.cache.get(value)
        if found is None:
            found = value
            for iri, name in self.by_start.get(value[:8], ()):
                local = value[len(iri) :]
                if value.startswith(iri) and not local.startswith("//"):
                    candidate = f"{name}:{local}"
                    # a compact IRI that is also a term must mean the same IRI
                    if candidate not in self.definitions or self.definitions[candidate][0] == value:
                        found = candidate
                        self.used.add(name)
                        break
            self.cache[value] = found
        return found

    def node(self, value: str) -> str:
        return value if value.startswith("_:") else self.iri(value)

    def vocab(self, value: str) -> str:
        """``value`` where a vocabulary term may stand for it (``@type`` values)."""
        found = self.vocab_cache.get(value)
        if found is None:
            term = self.terms.get((value, None))
            if term is not None and not value.startswith("_:"):
                self.used.add(term)
                found = term
            else:
                found = self.node(value)
            self.vocab_cache[value] = found
        return found

    def key(self, p: str, coercion: tuple[str, ...] | None) -> tuple[str, bool]:
        """The key for values of ``p`` of one kind, and whether the key's
        coercion lets the value be written short."""
        term = self.terms.get((p, coercion)) if coercion is not None else None
        if term is not None:
            self.used.add(term)
            return term, True
        term = self.terms.get((p, None))
        if term is not None:
            self.used.add(term)
            return term, coercion is None
        name = self.iri(p)
        definition = self.definitions.get(name)
        if definition is not None:  # a term spelt as a compact IRI
            self.used.add(name)
            return name, definition[1] == coercion
        return name, coercion is None

    def head(self) -> dict[str, Any]:
        """The context to write: what the document used, and the prefixes
        the used terms are defined with."""
        kept: dict[str, Any] = {}
        for alias, keyword in ((self.alias["@id"], "@id"), (self.alias["@type"], "@type")):
            if alias != keyword:
                kept[alias] = keyword
        for name in self.used:
            kept[name] = self.context[name]
            definition = self.context[name]
            for value in definition.values() if isinstance(definition, dict) else (definition,):
                prefix = str(value).partition(":")[0]
                if prefix in self.prefix_names:
                    kept[prefix] = self.context[prefix]
        return dict(sorted(kept.items()))


def _is_prefix(name: str, iri: Any) -> bool:
    return isinstance(iri, str) and ":" not in name and not name.startswith("@") and iri.endswith(("/", "#"))


def jsonld(lines: Iterable[bytes], context: Mapping[str, Any]) -> bytes:
    """Sorted N-Triples lines (as pyoxigraph writes them) as a compacted
    JSON-LD document: ``@context`` (what is used of ``context``), then
    ``@graph`` with one node object per subject, one per line, in the
    lines' order. Read straight from the lines: a literal is a JSON string
    once its quotes are kept (the rare one whose escapes JSON does not
    share is read by pyoxigraph); IRIs are compacted once each."""
    compact = _Compactor(context)
    id_key, type_key = compact.alias["@id"], compact.alias["@type"]
    # predicate -> value kind -> (key, whether the value is written short)
    keys: dict[bytes, dict[Any, tuple[str, bool]]] = {}
    iris: dict[bytes, str] = {}
    nodes: dict[bytes, str] = {}  # IRI or blank node -> its compact form
    literals: dict[bytes, tuple[str, Any]] = {}  # literal -> text, kind
    type_predicate = f"<{RDF_TYPE}>".encode()
    out: list[str] = []
    node: dict[str, Any] = {}
    types: list[str] = []
    subject = b""
    dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode
    iri_kind = ("@id",)

    def flush() -> None:
        if types:
            node[type_key] = types[0] if len(types) == 1 else types
        out.append(dumps(node))

    for raw in lines:
        s, predicate, obj = raw.split(b" ", 2)
        if s != subject:
            if subject:
                flush()
            subject = s
            found = nodes.get(s)
            if found is None:
                found = nodes[s] = compact.node(_node_id(s))
            node, types = {id_key: found}, []
        obj = obj[:-2]
        literal = obj[:1] == b'"'
        if not literal and predicate == type_predicate:
            types.append(compact.vocab(_node_id(obj)))
            continue
        kinds = keys.get(predicate)
        if kinds is None:
            iri = iris[predicate] = predicate[1:-1].decode("utf-8")
            kinds = keys[predicate] = {iri_kind: compact.key(iri, iri_kind)}
        value: Any
        if not literal:
            key, short = kinds[iri_kind]
            found = nodes.get(obj)
            if found is None:
                found = nodes[obj] = compact.node(_node_id(obj))
            value = found if short else {"@id": found}
        else:
            parts = literals.get(obj)
            if parts is None:
                parts = literals[obj] = _literal_parts(obj)
            text, kind = parts
            entry = kinds.get(kind)
            if entry is None:
                entry = kinds[kind] = compact.key(iris[predicate], kind)
            key, short = entry
            if short:
                value = text
            elif kind is None:
                value = {"@value": text}
            elif kind[0] == "lang":
                value = {"@language": _language(obj), "@value": text}
            else:
                value = {"@type": compact.iri(kind[1]), "@value": text}
        values = node.get(key)
        if values is None:
            node[key] = value
        elif type(values) is list:
            values.append(value)
        else:
            node[key] = [values, value]
    if subject:
        flush()
    head = json.dumps({"@context": compact.head()}, ensure_ascii=False, indent=1, sort_keys=True)
    graph = ("[\n" + ",\n".join(out) + "\n ]") if out else "[]"
    return (head[:-2] + ',\n "@graph": ' + graph + "\n}\n").encode("utf-8")


def _term_id(term: bytes, compact: _Compactor, cache: dict[bytes, str]) -> str:
    found = cache.get(term)
    if found is None:
        found = cache[term] = compact.node(_node_id(term))
    return found


def _node_id(term: bytes) -> str:
    return term[1:-1].decode("utf-8") if term[:1] == b"<" else term.decode("utf-8")


_scan = json.decoder.scanstring  # type: ignore[attr-defined]  # the C string scanner json.loads uses


def _literal_parts(term: bytes) -> tuple[str, tuple[str, ...] | None]:
    """A literal's text and its kind: None (a plain string), ("type", datatype) or ("lang", tag)."""
    end = term.rindex(b'"')
    quoted, suffix = term[: end + 1], term[end + 1 :]
    if b"\\U" in quoted or b"\\'" in quoted:
        parsed = next(iter(ox.parse(b"<x:s> <x:p> " + term + b" .", format=ox.RdfFormat.N_TRIPLES))).object
        text = str(parsed.value)
    else:
        text = _scan(quoted.decode("utf-8"), 1)[0]
    if suffix.startswith(b"@"):
        return text, ("lang", suffix[1:].decode("utf-8").lower())
    if suffix.startswith(b"^^<"):
        datatype = suffix[3:-1].decode("utf-8")
        return text, None if datatype == XSD_STRING else ("type", datatype)
    return text, None


def _language(term: bytes) -> str:
    return term[term.rindex(b'"') + 2 :].decode("utf-8")


# --- Turtle and TriG written from the sorted lines ------------------------------------------

XSD = "http://www.w3.org/2001/XMLSchema#"
# Literals pyoxigraph writes bare (its Turtle grammar checks), by datatype.
_BARE = {
    f"{XSD}integer": re.compile(rb"[+-]?[0-9]+"),
    f"{XSD}decimal": re.compile(rb"[+-]?[0-9]*\.[0-9]+"),
    f"{XSD}double": re.compile(rb"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
    f"{XSD}boolean": re.compile(rb"true|false"),
}
# Local names and relative IRIs the serializer writes as they are; anything
# else (escapes, dot segments, colons, non-ASCII) is left to pyoxigraph.
_PLAIN_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_PLAIN_RELATIVE = re.compile(rb"(?:[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*/?)?")


class _EngineOnly(Exception):
    """A term the line writer does not handle (an RDF 1.2 triple term)."""


class _Terms:
    """Each N-Triples term as the Turtle text pyoxigraph's serializer gives
    it: prefixed name, IRI relative to the base, bare number or boolean,
    literal with a prefixed datatype. Terms outside these plain cases are
    written by pyoxigraph, in one batch at the end, and stand meanwhile as
    placeholders (NUL, which no Turtle body holds: N-Triples escapes it).
    The output is byte-identical to pyoxigraph writing the whole document
    (tested against it)."""

    def __init__(self, prefixes: Mapping[str, str], base: str | None) -> None:
        namespaces = list(prefixes.values())
        self.by_namespace: dict[str, str] = {}
        for name, iri in prefixes.items():
            nested = any(other != iri and iri.startswith(other) for other in namespaces)
            if namespaces.count(iri) == 1 and not nested:
                self.by_namespace[iri] = name
        self.namespaces = tuple(namespaces)
        self.prefixes = dict(prefixes)
        self.mention_names = [(name, f"{name}:".encode()) for name in prefixes]
        self.base = base
        plain = base is not None and base.endswith("/") and "?" not in base and "#" not in base and "://" in base
        self.plain_base = base if plain else None
        self.scheme = base[: base.index(":") + 1] if base and ":" in base else None
        # IRIs under the base, no prefix can match them: the quick path of node()
        quick = plain and base is not None and not any(base.startswith(ns) for ns in namespaces)
        self.under_base = f"<{base}".encode() if quick else b"\0"
        self.cut = len(self.under_base)
        self.plain_relative = _PLAIN_RELATIVE.fullmatch
        self.datatypes: dict[bytes, tuple[Any, bytes | None]] = {}
        self.mentioned: set[str] = set()  # prefix names whose "p:" occurs in the body
        self.pending: list[bytes] = []  # N-Triples terms pyoxigraph is to write

    def iri(self, value: str, relative: bool = True) -> str | None:
        """The IRI as written, or None where pyoxigraph must say."""
        cut = max(value.rfind("/"), value.rfind("#")) + 1
        name = self.by_namespace.get(value[:cut])
        if name is not None:
            return f"{name}:{value[cut:]}" if _PLAIN_LOCAL.fullmatch(value, cut) else None
        if value.startswith(self.namespaces):
            return None
        if self.base is None or not value.startswith(self.scheme or "\0"):
            return f"<{value}>"  # no base, or another scheme: absolute
        if relative and self.plain_base is not None and value.startswith(self.plain_base):
            rest = value[len(self.plain_base) :].encode("utf-8")
            return f"<{rest.decode('utf-8')}>" if self.plain_relative(rest) else None
        return None

    def node(self, term: bytes) -> bytes:
        """A subject, predicate, graph name or object that is an IRI or a blank node."""
        if term.startswith(self.under_base) and self.plain_relative(term, self.cut, len(term) - 1):
            return b"<" + term[self.cut :]
        if term[:1] == b"<":
            if term[:2] == b"<<":
                raise _EngineOnly
            found = self.iri(term[1:-1].decode("utf-8"))
            return self.pend(term) if found is None else self.done(found.encode("utf-8"))
        return self.done(term)  # a blank node: its "_:" counts as a mention, as in the engine's output

    def value(self, term: bytes) -> bytes:
        """An object."""
        if term[:1] != b'"':
            return self.node(term)
        end = term.rindex(b'"')
        if end + 1 == len(term) or term[end + 1] == 64:  # a plain or language-tagged string: as in N-Triples
            return self.done(term)
        suffix = term[end + 1 :]
        entry = self.datatypes.get(suffix)
        if entry is None:
            datatype = suffix[3:-1].decode("utf-8")
            bare = _BARE.get(datatype)
            written = self.iri(datatype, relative=False)
            entry = self.datatypes[suffix] = (
                bare.fullmatch if bare is not None else None,
                None if written is None else b"^^" + written.encode("utf-8"),
            )
        bare_match, tail = entry
        if bare_match is not None and bare_match(term, 1, end):
            return term[1:end]
        return self.pend(term) if tail is None else self.done(term[: end + 1] + tail)

    def done(self, text: bytes) -> bytes:
        if b":" in text:
            self.mentioned.update(name for name, mention in self.mention_names if mention in text)
        return text

    def pend(self, term: bytes) -> bytes:
        self.pending.append(term)
        return b"\0%d\0" % (len(self.pending) - 1)

    def resolve(self, body: bytes) -> bytes:
        """The body with each placeholder replaced by what pyoxigraph writes
        for its term, as the object of a triple of its own (a term's text
        does not depend on its position)."""
        document = b"".join(b"_:t%d <urn:spacekg:term> %s .\n" % (i, t) for i, t in enumerate(self.pending))
        data = ox.serialize(
            ox.parse(document, format=ox.RdfFormat.N_TRIPLES),
            format=ox.RdfFormat.TURTLE,
            prefixes=self.prefixes,
            base_iri=self.base,
        )
        lines = [
            line for line in bytes(data or b"").split(b"\n") if line and not line.startswith((b"@prefix", b"@base"))
        ]
        if len(lines) != len(self.pending):
            raise _EngineOnly
        texts = [self.done(line.split(b" ", 2)[2][:-2]) for line in lines]
        parts = body.split(b"\0")
        parts[1::2] = [texts[int(i)] for i in parts[1::2]]
        return b"".join(parts)


def _terse(graphs: Graphs, prefixes: Mapping[str, str], base: str | None) -> tuple[bytes, set[str]]:
    """Turtle (one graph, keyed None) or TriG of sorted lines as pyoxigraph
    writes them: subjects grouped with ``;``, objects with ``,``, named
    graphs in braces after the default graph. Returns the body and the
    prefix names whose ``name:`` occurs in it. One pass over the lines, one
    string per line; each distinct object and predicate is written once."""
    terms = _Terms(prefixes, base)
    node, value = terms.node, terms.value
    predicates: dict[bytes, bytes] = {TYPE_TEXT.strip(): b"a"}
    objects: dict[bytes, bytes] = {}  # keyed by the term with its line's " ." (no slicing per line)
    pg, og = predicates.get, objects.get
    out: list[bytes] = []
    add = out.append
    names = sorted(g for g in graphs if g is not None)
    for name in [None, *names] if None in graphs else names:
        lines = graphs[name]
        if not lines:
            continue
        if name is None:
            start, more = b" .\n", b" ;\n\t"
        else:
            label = name.encode("utf-8") if name.startswith("_:") else b"<" + name.encode("utf-8") + b">"
            add(node(label) + b" {")
            start, more = b" .\n\t", b" ;\n\t\t"
        first = len(out)
        subject = predicate = b""
        for line in lines:
            s, p, o = line.split(b" ", 2)
            obj = og(o)
            if obj is None:
                obj = objects[o] = value(o[:-2])
            if s == subject:
                if p == predicate:
                    add(b" , " + obj)
                else:
                    predicate = p
                    add(more + (pg(p) or predicates.setdefault(p, node(p))) + b" " + obj)
            else:
                subject, predicate = s, p
                add(start + node(s) + b" " + (pg(p) or predicates.setdefault(p, node(p))) + b" " + obj)
        out[first] = out[first][3:] if name is None else b"\n" + out[first][3:]  # no " ." before the first subject
        add(b" .\n" if name is None else b" .\n}\n")
    body = b"".join(out)
    return terms.resolve(body) if terms.pending else body, terms.mentioned
