"""The ontology's vocabulary, as the facts loader needs it.

Classes and properties are read from the packaged ``spacekg.ttl`` so the
facts files can only use terms the ontology defines.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, XSD

from spacekg.core.namespaces import SKG
from spacekg.core.resources import ontology_text

# Year-valued properties get a plausibility range on top of their datatype.
YEAR_PROPERTIES = frozenset({"startYear", "endYear", "year"})
VALUE_RANGES: dict[str, tuple[int, int]] = {
    "startYear": (1900, 2200),
    "endYear": (1900, 2200),
    "year": (1900, 2200),
    "month": (1, 12),
    "day": (1, 31),
    "minimumCount": (0, 10**9),
    "count": (0, 10**9),
}


@dataclass(frozen=True)
class Vocabulary:
    """Local names of the ontology's classes and properties."""

    classes: frozenset[str]
    object_properties: frozenset[str]
    datatype_properties: dict[str, str]  # local name -> XSD local name of range

    def datatype_of(self, relation: str) -> str:
        return self.datatype_properties[relation]


def ontology_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ontology_text(), format="turtle")
    return graph


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    graph = ontology_graph()

    def local_names(kind: rdflib.URIRef) -> set[str]:
        return {
            str(term)[len(SKG) :]
            for term in graph.subjects(RDF.type, kind)
            if isinstance(term, rdflib.URIRef) and str(term).startswith(SKG)
        }

    datatype: dict[str, str] = {}
    for name in local_names(OWL.DatatypeProperty):
        rng = graph.value(rdflib.URIRef(SKG + name), RDFS.range)
        datatype[name] = str(rng)[len(str(XSD)) :] if rng is not None else "string"
    return Vocabulary(
        classes=frozenset(local_names(OWL.Class)),
        object_properties=frozenset(local_names(OWL.ObjectProperty)),
        datatype_properties=datatype,
    )
