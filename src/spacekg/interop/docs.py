"""HTML documentation of the ontology, with a diagram of its structure.

``spacekg docs`` writes ``index.html`` (every class and property: label,
definition, super- and sub-terms, domain, range, alignments to standard
vocabularies) and ``structure.svg`` (the class tree, each class with the
properties whose domain it is). Small and dependency-free on purpose:
pyLODE and ontospy pull in far more than this needs.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from spacekg.core.namespaces import ONTOLOGY_IRI, PREFIXES, SKG


def _short(term: object) -> str:
    text = str(term)
    best = max(((p, ns) for p, ns in PREFIXES.items() if text.startswith(ns)), key=lambda i: len(i[1]), default=None)
    return f"{best[0]}:{text[len(best[1]) :]}" if best else text


def _local(term: object) -> str:
    return str(term)[len(SKG) :]


def _own(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(
        (t for t in graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and str(t).startswith(SKG)), key=str
    )


def _link(term: object) -> str:
    if str(term).startswith(SKG):
        return f'<a href="#{html.escape(_local(term))}"><code>{html.escape(_short(term))}</code></a>'
    return f'<a href="{html.escape(str(term))}"><code>{html.escape(_short(term))}</code></a>'


def _links(terms: Sequence[object]) -> str:
    return ", ".join(_link(t) for t in sorted(terms, key=str)) or "—"


def render_docs(graph: Graph) -> tuple[str, str]:
    """Return (index.html, structure.svg) for the ontology in ``graph``."""
    header = URIRef(ONTOLOGY_IRI)
    classes = _own(graph, OWL.Class)
    object_props = _own(graph, OWL.ObjectProperty)
    data_props = _own(graph, OWL.DatatypeProperty)

    def text(term: URIRef, prop: URIRef) -> str:
        value = graph.value(term, prop)
        return html.escape(str(value)) if value is not None else ""

    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>spacekg ontology</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
        "section{border-top:1px solid #ddd;padding:.4em 0}dt{font-weight:600;float:left;width:9em;clear:left}"
        "dd{margin-left:10em}code{background:#f3f3f3;padding:0 .2em}h3{margin:.6em 0 .2em}</style></head><body>",
        f"<h1>{text(header, DCTERMS.title)}</h1>",
        f"<p>{text(header, DCTERMS.description)}</p>",
        f"<p>IRI <code>{html.escape(ONTOLOGY_IRI)}</code>, version <code>{html.escape(str(graph.value(header, OWL.versionIRI)))}</code>; "
        f"license {_link(graph.value(header, DCTERMS.license))}. Prefix <code>skg:</code> = <code>{html.escape(SKG)}</code>.</p>",
        '<p><img src="structure.svg" alt="Class tree with the properties each class is the domain of" style="max-width:100%"></p>',
        f"<p>{len(classes)} classes, {len(object_props)} object properties, {len(data_props)} datatype properties.</p>",
        "<h2>Classes</h2>",
    ]
    children: dict[URIRef, list[URIRef]] = defaultdict(list)
    for cls in classes:
        for parent in graph.objects(cls, RDFS.subClassOf):
            children[parent].append(cls)  # type: ignore[index]
    for cls in classes:
        supers = list(graph.objects(cls, RDFS.subClassOf))
        parts.append(
            f'<section id="{html.escape(_local(cls))}"><h3>{text(cls, RDFS.label)} <code>{html.escape(_short(cls))}</code></h3>'
            f"<p>{text(cls, RDFS.comment)}</p><dl>"
            f"<dt>Subclass of</dt><dd>{_links(supers)}</dd>"
            f"<dt>Subclasses</dt><dd>{_links(list(children.get(cls, [])))}</dd>"
            f"<dt>Domain of</dt><dd>{_links(list(graph.subjects(RDFS.domain, cls)))}</dd>"
            f"<dt>Range of</dt><dd>{_links(list(graph.subjects(RDFS.range, cls)))}</dd>"
            f"<dt>Close match</dt><dd>{_links(list(graph.objects(cls, SKOS.closeMatch)))}</dd>"
            f"<dt>Disjoint with</dt><dd>{_links(list(graph.objects(cls, OWL.disjointWith)))}</dd></dl></section>"
        )
    for title, props in (("Object properties", object_props), ("Datatype properties", data_props)):
        parts.append(f"<h2>{title}</h2>")
        for prop in props:
            characteristics = [
                _short(t) for t in graph.objects(prop, RDF.type) if t not in (OWL.ObjectProperty, OWL.DatatypeProperty)
            ]
            parts.append(
                f'<section id="{html.escape(_local(prop))}"><h3>{text(prop, RDFS.label)} <code>{html.escape(_short(prop))}</code></h3>'
                f"<p>{text(prop, RDFS.comment)}</p><dl>"
                f"<dt>Domain</dt><dd>{_links(list(graph.objects(prop, RDFS.domain)))}</dd>"
                f"<dt>Range</dt><dd>{_links(list(graph.objects(prop, RDFS.range)))}</dd>"
                f"<dt>Subproperty of</dt><dd>{_links(list(graph.objects(prop, RDFS.subPropertyOf)))}</dd>"
                f"<dt>Inverse of</dt><dd>{_links(list(graph.objects(prop, OWL.inverseOf)))}</dd>"
                f"<dt>Characteristics</dt><dd>{html.escape(', '.join(sorted(characteristics))) or '—'}</dd>"
                f"<dt>Close match</dt><dd>{_links(list(graph.objects(prop, SKOS.closeMatch)))}</dd></dl></section>"
            )
    parts.append("</body></html>\n")
    return "".join(parts), _diagram(graph, classes, children)


def _diagram(graph: Graph, classes: list[URIRef], children: dict[URIRef, list[URIRef]]) -> str:
    """The class tree, drawn left to right, with each class's properties."""
    own = set(classes)
    roots = [c for c in classes if not any(p in own for p in graph.objects(c, RDFS.subClassOf))]
    rows: list[tuple[int, URIRef, URIRef | None]] = []

    def walk(cls: URIRef, depth: int, parent: URIRef | None) -> None:
        rows.append((depth, cls, parent))
        for child in sorted(children.get(cls, []), key=str):
            if child in own:
                walk(child, depth + 1, cls)

    for root in roots:
        walk(root, 0, None)
    row_of: dict[URIRef, int] = {}
    out = []
    for index, (depth, cls, parent) in enumerate(rows):
        x, y = 10 + depth * 150, 20 + index * 22
        if cls not in row_of:
            row_of[cls] = index
        if parent is not None and parent in row_of:
            px, py = 10 + (depth - 1) * 150, 20 + row_of[parent] * 22
            out.append(f'<path d="M{px + 4} {py + 4} V{y - 4} H{x - 2}" fill="none" stroke="#999"/>')
        props = sorted(_local(p) for p in graph.subjects(RDFS.domain, cls) if str(p).startswith(SKG))
        label = html.escape(_local(cls))
        out.append(f'<text x="{x}" y="{y}" font-weight="600">{label}</text>')
        if props:
            out.append(f'<text x="{x + 8 + 8 * len(label)}" y="{y}" fill="#2a6">{html.escape(", ".join(props))}</text>')
    height = 30 + len(rows) * 22
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="{height}" font-family="sans-serif" font-size="13">'
        '<rect width="100%" height="100%" fill="white"/>' + "".join(out) + "</svg>\n"
    )
