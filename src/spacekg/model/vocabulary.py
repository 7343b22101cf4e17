"""The ontology's vocabulary, as the facts loader needs it.

Classes and properties are read from the packaged ``spacekg.ttl`` so the
facts files can only use terms the ontology defines.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, XSD

from spacekg.core.namespaces import SKG, skg_name
from spacekg.core.resources import ontology_text

# Year-valued properties get a plausibility range on top of their datatype.
VALUE_RANGES: dict[str, tuple[int, int]] = {
    "startYear": (1900, 2200),
    "endYear": (1900, 2200),
    "year": (1900, 2200),
    "month": (1, 12),
    "day": (1, 31),
    "minimumCount": (0, 10**9),
    "count": (0, 10**9),
}


# Parts of a date as the facts format writes them (claims' ``date:`` and the
# ``dates:`` list): whole numbers, checked against VALUE_RANGES. They are not
# relations: the graph gives a partial date as one skg:date literal.
DATE_PARTS: dict[str, str] = {"year": "integer", "month": "integer", "day": "integer"}

# skg:date values: the XSD form of exactly the precision the source gives.
DATE_FORMS: tuple[tuple[str, str, str], ...] = (
    (r"^[0-9]{4}$", "gYear", "2020"),
    (r"^[0-9]{4}-(0[1-9]|1[0-2])$", "gYearMonth", "2020-06"),
    (r"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "gMonthDay", "--10-07"),
    (r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "date", "2020-06-30"),
)


def date_datatype(value: str) -> str | None:
    """The XSD local name for a skg:date value, or None if it has no standard form."""
    import re

    for pattern, datatype, _ in DATE_FORMS:
        if re.match(pattern, value):
            return datatype
    return None


def date_value(parts: dict[str, int]) -> str | None:
    """A claim's or date mention's parts as one skg:date lexical form (None if only a year)."""
    year, month, day = parts.get("year"), parts.get("month"), parts.get("day")
    if month is None:
        return None
    if year is not None and day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year is not None:
        return f"{year:04d}-{month:02d}"
    return f"--{month:02d}-{day:02d}" if day is not None else None


@dataclass(frozen=True)
class Vocabulary:
    """Local names of the ontology's classes and properties."""

    classes: frozenset[str]
    object_properties: frozenset[str]
    datatype_properties: dict[str, str]  # local name -> XSD local name of range

    def datatype_of(self, relation: str) -> str:
        if relation in self.datatype_properties:
            return self.datatype_properties[relation]
        return DATE_PARTS[relation]


def ontology_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=ontology_text(), format="turtle")
    return graph


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    graph = ontology_graph()

    def local_names(kind: rdflib.URIRef) -> set[str]:
        return {
            name
            for term in graph.subjects(RDF.type, kind)
            if isinstance(term, rdflib.URIRef) and (name := skg_name(term))
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
