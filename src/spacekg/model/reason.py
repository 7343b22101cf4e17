"""The RDFS closure of a graph, computed once over indexes instead of by rescanning the graph.

The rules are those of owlrl's ``RDFS_Semantics`` (rdf1, rdfs2-rdfs13 and its
literal rule), with the same quirks, so the result equals owlrl's closure on
the same input; ``tests/test_reason.py`` checks that on the article graph and
on generated graphs. What differs is the evaluation: owlrl re-applies every
rule to every triple of the graph until a whole pass adds nothing (each pass
is a Python loop over the full graph, and it takes several); here each triple
is joined once, when it is first derived, against hash indexes of what is
known (a worklist, or semi-naive, evaluation). The work is proportional to
the number of derivations, not to passes times graph size.

Terms are kept as their N-Triples text (what pyoxigraph prints), so the
closure is written out without converting a term twice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"

TYPE = f"<{RDF}type>"
PROPERTY = f"<{RDF}Property>"
RESOURCE = f"<{RDFS}Resource>"
CLASS = f"<{RDFS}Class>"
LITERAL = f"<{RDFS}Literal>"
DATATYPE = f"<{RDFS}Datatype>"
MEMBER = f"<{RDFS}member>"
CMP = f"<{RDFS}ContainerMembershipProperty>"
SUBCLASS = f"<{RDFS}subClassOf>"
SUBPROPERTY = f"<{RDFS}subPropertyOf>"
DOMAIN = f"<{RDFS}domain>"
RANGE = f"<{RDFS}range>"

Triple = tuple[str, str, str]


def _is_literal(term: str) -> bool:
    return term.startswith('"')


XSD = "http://www.w3.org/2001/XMLSchema#"
# Datatypes whose rdflib value is the lexical text itself.
_TEXT = {f"{XSD}{name}" for name in ("string", "normalizedString", "token", "language", "anyURI")}
# Integer datatypes, with the sign their lexical forms must have to be well formed.
_INTEGERS = {
    f"{XSD}{name}": sign
    for name, sign in (
        ("integer", 0), ("long", 0), ("int", 0), ("short", 0), ("byte", 0),
        ("nonNegativeInteger", 1), ("unsignedLong", 1), ("unsignedInt", 1), ("unsignedShort", 1),
        ("unsignedByte", 1), ("positiveInteger", 2), ("nonPositiveInteger", -1), ("negativeInteger", -2),
    )
}  # fmt: skip
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _value(term: ox.Literal) -> object:
    """The literal's value as rdflib computes it (None: no value), natively for
    the common datatypes so that rdflib is imported only for rare ones."""
    datatype, text = term.datatype.value, term.value
    if term.language is not None or datatype in _TEXT:
        return ("text", text)
    if datatype in _INTEGERS:
        try:
            number = int(text)
        except ValueError:
            return None
        sign = _INTEGERS[datatype]
        wrong = (sign == 1 and number < 0) or (sign == 2 and number <= 0) or (sign == -1 and number > 0)
        return None if wrong or (sign == -2 and number >= 0) else number
    if datatype in (f"{XSD}float", f"{XSD}double"):
        try:
            return float(text)
        except ValueError:
            return None
    if datatype == f"{XSD}decimal":
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    if datatype == f"{XSD}boolean" and text.lower() in _BOOLEANS:
        return _BOOLEANS[text.lower()]
    if datatype == f"{XSD}date" and _PLAIN_DATE.fullmatch(text):
        return date.fromisoformat(text)
    if datatype in (f"{XSD}gYear", f"{XSD}gYearMonth", f"{XSD}gMonthDay", f"{XSD}gMonth", f"{XSD}gDay"):
        return None  # rdflib gives these no value
    from rdflib import Literal, URIRef  # the rest, as rdflib converts them

    value = Literal(text, datatype=URIRef(datatype)).value
    return ("text", value) if isinstance(value, str) else value


def _same_valued_literals(literals: Iterable[ox.Literal]) -> list[list[str]]:
    """Groups of distinct literals whose values are equal by rdflib's value
    conversion: owlrl copies every triple of one literal to the others of its
    group ("1"^^xsd:integer and "1"^^xsd:nonNegativeInteger, "x" and "x"@en)."""
    groups: dict[object, list[str]] = defaultdict(list)
    for term in literals:
        value = _value(term)
        if value is None:
            continue
        try:
            groups[value].append(str(term))
        except TypeError:  # an unhashable value is only equal to itself
            continue
    return [sorted(g) for g in groups.values() if len(g) > 1]


class _Closure:
    def __init__(self) -> None:
        self.triples: set[Triple] = set()
        self.by_predicate: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.instances: dict[str, set[str]] = defaultdict(set)  # class -> members
        self.superclasses: dict[str, set[str]] = defaultdict(set)
        self.subclasses: dict[str, set[str]] = defaultdict(set)
        self.superproperties: dict[str, set[str]] = defaultdict(set)
        self.subproperties: dict[str, set[str]] = defaultdict(set)
        self.domains: dict[str, set[str]] = defaultdict(set)
        self.ranges: dict[str, set[str]] = defaultdict(set)
        self.queue: list[Triple] = []
        self.predicates: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        if _is_literal(p):  # owlrl never stores a literal predicate
            return
        triple = (s, p, o)
        if triple in self.triples:
            return
        self.triples.add(triple)
        self.queue.append(triple)

    def index(self, s: str, p: str, o: str) -> None:
        self.by_predicate[p].add((s, o))
        if p == TYPE:
            self.instances[o].add(s)
        elif p == SUBCLASS:
            self.superclasses[s].add(o)
            self.subclasses[o].add(s)
        elif p == SUBPROPERTY:
            self.superproperties[s].add(o)
            self.subproperties[o].add(s)
        elif p == DOMAIN:
            self.domains[s].add(o)
        elif p == RANGE:
            self.ranges[s].add(o)

    def fire(self, s: str, p: str, o: str) -> None:
        """Join one new triple with everything known (both of each rule's premises)."""
        add = self.add
        if p not in self.predicates:
            self.predicates.add(p)
            add(p, TYPE, PROPERTY)  # rdf1
        for c in tuple(self.domains.get(p, ())):  # rdfs2, the data side
            add(s, TYPE, c)
        for c in tuple(self.ranges.get(p, ())):  # rdfs3, the data side
            add(o, TYPE, c)
        for q in tuple(self.superproperties.get(p, ())):  # rdfs7, the data side
            add(s, q, o)
        if p == TYPE:
            for c in tuple(self.superclasses.get(o, ())):  # rdfs9, the instance side
                add(s, TYPE, c)
            if o == PROPERTY:  # rdfs6
                add(s, SUBPROPERTY, s)
            elif o == CLASS:  # rdfs8, rdfs10
                add(s, SUBCLASS, RESOURCE)
                add(s, SUBCLASS, s)
            elif o == CMP:  # rdfs12
                add(s, SUBPROPERTY, MEMBER)
            elif o == DATATYPE:  # rdfs13
                add(s, SUBCLASS, LITERAL)
        elif p == DOMAIN:  # rdfs2, the schema side
            for x, _ in tuple(self.by_predicate.get(s, ())):
                add(x, TYPE, o)
        elif p == RANGE:  # rdfs3, the schema side
            for _, y in tuple(self.by_predicate.get(s, ())):
                add(y, TYPE, o)
        elif p == SUBPROPERTY:
            for x in tuple(self.superproperties.get(o, ())):  # rdfs5, both ways
                add(s, SUBPROPERTY, x)
            for z in tuple(self.subproperties.get(s, ())):
                add(z, SUBPROPERTY, o)
            for x, y in tuple(self.by_predicate.get(s, ())):  # rdfs7, the schema side
                add(x, o, y)
        elif p == SUBCLASS:
            for v in tuple(self.instances.get(s, ())):  # rdfs9, the schema side
                add(v, TYPE, o)
            for x in tuple(self.superclasses.get(o, ())):  # rdfs11, both ways
                add(s, SUBCLASS, x)
            for z in tuple(self.subclasses.get(s, ())):
                add(z, SUBCLASS, o)

    def run(self) -> None:
        queue = self.queue
        while queue:
            triple = queue.pop()
            self.index(*triple)
            self.fire(*triple)


def rdfs_closure(triples: Iterable[Triple], literals: Mapping[str, ox.Literal]) -> set[Triple]:
    """Return ``triples`` with everything RDFS entails from them, as owlrl's
    ``RDFS_Semantics`` (no axiomatic or datatype axiomatic triples) computes it.

    Triples are N-Triples term texts; ``literals`` maps the text of each
    literal object to its pyoxigraph term. The result may hold "generalized"
    triples (a literal as subject), as owlrl's does; writers drop them.
    """
    closure = _Closure()
    base: set[Triple] = set(triples)
    # owlrl's one-time rule: a triple about a literal holds of every literal of equal value.
    by_object: dict[str, list[Triple]] = defaultdict(list)
    for triple in base:
        if _is_literal(triple[2]):
            by_object[triple[2]].append(triple)
    for group in _same_valued_literals(literals.values()):
        for lt1 in group:
            for s, p, _ in by_object[lt1]:
                for lt2 in group:
                    base.add((s, p, lt2))
    for s, p, o in base:
        closure.add(s, p, o)
    # owlrl types the subjects and objects of the graph it starts from as
    # rdfs:Resource (rdfs4a/b, first pass only): not those of derived triples.
    for term in {s for s, _, _ in base} | {o for _, _, o in base}:
        closure.add(term, TYPE, RESOURCE)
    closure.run()
    return closure.triples


def ntriples_lines(triples: Iterable[Triple]) -> Iterator[str]:
    """Sorted N-Triples lines, without the generalized triples RDF files cannot hold."""
    for s, p, o in sorted(triples):
        if _is_literal(s) or not p.startswith("<"):
            continue
        yield f"{s} {p} {o} .\n"
