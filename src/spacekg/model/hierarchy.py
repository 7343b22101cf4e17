"""The ontology's class and property hierarchy, by local name.

Used where two terms must be compared as the ontology relates them: a
curator's ``City`` is not a ``Country`` (ingest), a predicted ``partnerOf``
is a ``cooperatesWith`` (evaluate), and ``partnerOf`` holds either way round
(``owl:SymmetricProperty``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from spacekg.core.namespaces import SKG, skg_name
from spacekg.model.vocabulary import ontology_graph


@dataclass(frozen=True)
class Hierarchy:
    """Reflexive-transitive super-terms of each ``skg:`` class and property."""

    superclasses: dict[str, frozenset[str]]
    superproperties: dict[str, frozenset[str]]
    symmetric: frozenset[str]

    def is_subclass(self, sub: str, sup: str) -> bool:
        return sup in self.superclasses.get(sub, frozenset({sub}))

    def types_agree(self, these: Iterable[str], those: Iterable[str]) -> bool:
        """True when some class of one side equals or specializes some class
        of the other (``Agency`` and ``Organization`` agree; ``City`` and
        ``Country`` do not)."""
        those = tuple(those)
        return any(self.is_subclass(a, b) or self.is_subclass(b, a) for a in these for b in those)

    def is_subproperty(self, sub: str, sup: str) -> bool:
        return sup in self.superproperties.get(sub, frozenset({sub}))


def _closure(graph: rdflib.Graph, kinds: tuple[rdflib.URIRef, ...], link: rdflib.URIRef) -> dict[str, frozenset[str]]:
    def local(term: object) -> str | None:
        return skg_name(term) if isinstance(term, rdflib.URIRef) else None

    names = {name for kind in kinds for term in graph.subjects(RDF.type, kind) if (name := local(term))}
    result: dict[str, frozenset[str]] = {}
    for name in names:
        seen, todo = {name}, [rdflib.URIRef(SKG + name)]
        while todo:
            for parent in graph.objects(todo.pop(), link):
                parent_name = local(parent)
                if parent_name and parent_name not in seen:
                    seen.add(parent_name)
                    todo.append(rdflib.URIRef(SKG + parent_name))
        result[name] = frozenset(seen)
    return result


@lru_cache(maxsize=1)
def hierarchy() -> Hierarchy:
    graph = ontology_graph()
    symmetric = frozenset(name for t in graph.subjects(RDF.type, OWL.SymmetricProperty) if (name := skg_name(t)))
    return Hierarchy(
        superclasses=_closure(graph, (OWL.Class,), RDFS.subClassOf),
        superproperties=_closure(graph, (OWL.ObjectProperty, OWL.DatatypeProperty), RDFS.subPropertyOf),
        symmetric=symmetric,
    )
