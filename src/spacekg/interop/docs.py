"""HTML documentation of the ontology, with a diagram of its structure.

``spacekg docs`` writes ``index.html`` (every class and property: label,
definition, super- and sub-terms, domain, range, alignments to standard
vocabularies) and ``structure.svg`` (the class tree, each class with the
properties whose domain it is), from the packaged Jinja2 templates
``ontology.html`` and ``structure.svg``. Small on purpose: pyLODE and
ontospy pull in far more than this needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from spacekg.core.namespaces import ONTOLOGY_IRI, SKG, local_name, prefixed_name
from spacekg.core.templates import render


def _short(term: object) -> str:
    return prefixed_name(str(term)) or str(term)


def _local(term: object) -> str:
    return local_name(str(term))


def _own(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(
        (t for t in graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and str(t).startswith(SKG)), key=str
    )


def _ref(term: object) -> dict[str, str]:
    """A term as the templates link it: to its section, or to its IRI."""
    href = f"#{_local(term)}" if str(term).startswith(SKG) else str(term)
    return {"href": href, "short": _short(term)}


def _refs(terms: Iterable[object]) -> list[dict[str, str]]:
    return [_ref(t) for t in sorted(terms, key=str)]


def render_docs(graph: Graph) -> tuple[str, str]:
    """Return (index.html, structure.svg) for the ontology in ``graph``."""
    header = URIRef(ONTOLOGY_IRI)
    classes = _own(graph, OWL.Class)
    object_props = _own(graph, OWL.ObjectProperty)
    data_props = _own(graph, OWL.DatatypeProperty)

    def text(term: URIRef, prop: URIRef) -> str:
        value = graph.value(term, prop)
        return str(value) if value is not None else ""

    children: dict[URIRef, list[URIRef]] = defaultdict(list)
    for cls in classes:
        for parent in graph.objects(cls, RDFS.subClassOf):
            children[parent].append(cls)  # type: ignore[index]

    def term(t: URIRef) -> dict[str, Any]:
        return {"anchor": _local(t), "label": text(t, RDFS.label), "short": _short(t), "comment": text(t, RDFS.comment)}

    def property_entry(prop: URIRef) -> dict[str, Any]:
        characteristics = [
            _short(t) for t in graph.objects(prop, RDF.type) if t not in (OWL.ObjectProperty, OWL.DatatypeProperty)
        ]
        return {
            **term(prop),
            "domain": _refs(graph.objects(prop, RDFS.domain)),
            "range": _refs(graph.objects(prop, RDFS.range)),
            "supers": _refs(graph.objects(prop, RDFS.subPropertyOf)),
            "inverse": _refs(graph.objects(prop, OWL.inverseOf)),
            "characteristics": ", ".join(sorted(characteristics)),
            "close": _refs(graph.objects(prop, SKOS.closeMatch)),
        }

    page = render(
        "ontology.html",
        title=text(header, DCTERMS.title),
        description=text(header, DCTERMS.description),
        iri=ONTOLOGY_IRI,
        version=str(graph.value(header, OWL.versionIRI)),
        license=_ref(graph.value(header, DCTERMS.license)),
        namespace=SKG,
        classes=[
            {
                **term(cls),
                "supers": _refs(graph.objects(cls, RDFS.subClassOf)),
                "subs": _refs(children.get(cls, [])),
                "domain_of": _refs(graph.subjects(RDFS.domain, cls)),
                "range_of": _refs(graph.subjects(RDFS.range, cls)),
                "close": _refs(graph.objects(cls, SKOS.closeMatch)),
                "disjoint": _refs(graph.objects(cls, OWL.disjointWith)),
            }
            for cls in classes
        ],
        object_properties=[property_entry(p) for p in object_props],
        datatype_properties=[property_entry(p) for p in data_props],
    )
    return page, _diagram(graph, classes, children)


def _diagram(graph: Graph, classes: list[URIRef], children: dict[URIRef, list[URIRef]]) -> str:
    """The class tree, drawn left to right, with each class's properties."""
    own = set(classes)
    roots = [c for c in classes if not any(p in own for p in graph.objects(c, RDFS.subClassOf))]
    tree: list[tuple[int, URIRef, URIRef | None]] = []

    def walk(cls: URIRef, depth: int, parent: URIRef | None) -> None:
        tree.append((depth, cls, parent))
        for child in sorted(children.get(cls, []), key=str):
            if child in own:
                walk(child, depth + 1, cls)

    for root in roots:
        walk(root, 0, None)
    row_of: dict[URIRef, int] = {}
    rows = []
    for index, (depth, cls, parent) in enumerate(tree):
        x, y = 10 + depth * 150, 20 + index * 22
        if cls not in row_of:
            row_of[cls] = index
        edge = ""
        if parent is not None and parent in row_of:
            px, py = 10 + (depth - 1) * 150, 20 + row_of[parent] * 22
            edge = f"M{px + 4} {py + 4} V{y - 4} H{x - 2}"
        label = _local(cls)
        props = sorted(_local(p) for p in graph.subjects(RDFS.domain, cls) if str(p).startswith(SKG))
        rows.append(
            {"x": x, "y": y, "edge": edge, "label": label, "props": ", ".join(props), "props_x": x + 8 + 8 * len(label)}
        )
    return render("structure.svg", rows=rows, height=30 + len(tree) * 22)
