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
from collections.abc import Iterable, Mapping
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
        if p[:1] == '"':  # owlrl never stores a literal predicate
            return
        triple = (s, p, o)
        if triple not in self.triples:
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
        # Most triples are data whose predicate has no domain, range or
        # superproperty: test before copying (the sets can grow while firing).
        if found := self.domains.get(p):  # rdfs2, the data side
            for c in tuple(found):
                add(s, TYPE, c)
        if found := self.ranges.get(p):  # rdfs3, the data side
            for c in tuple(found):
                add(o, TYPE, c)
        if found := self.superproperties.get(p):  # rdfs7, the data side
            for q in tuple(found):
                add(s, q, o)
        if p == TYPE:
            if found := self.superclasses.get(o):  # rdfs9, the instance side
                for c in tuple(found):
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
        queue, index, fire = self.queue, self.index, self.fire
        while queue:
            s, p, o = queue.pop()
            index(s, p, o)
            fire(s, p, o)

    def start(self, triples: set[Triple]) -> None:
        """Take ``triples`` as known and queued, at once (as :meth:`add` one by one)."""
        fresh = {t for t in triples if t[1][:1] != '"'} - self.triples
        self.triples |= fresh
        self.queue.extend(fresh)


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
    closure.start(base)
    # owlrl types the subjects and objects of the graph it starts from as
    # rdfs:Resource (rdfs4a/b, first pass only): not those of derived triples.
    closure.start({(term, TYPE, RESOURCE) for term in {s for s, _, _ in base} | {o for _, _, o in base}})
    closure.run()
    return closure.triples


def ntriples_lines(triples: Iterable[Triple]) -> list[str]:
    """Sorted N-Triples lines, without the generalized triples RDF files cannot hold.

    The lines are made first and sorted as strings, which orders them as
    their triples would sort (a space, the separator, sorts before every
    character a term can continue with) at a fraction of the cost of
    comparing tuples."""
    return sorted(f"{s} {p} {o} .\n" for s, p, o in triples if s[:1] != '"' and p[:1] == "<")


# --- OWL 2 RL, as owlrl's OWLRL_Semantics computes it --------------------------

OWL = "http://www.w3.org/2002/07/owl#"
SAME_AS = f"<{OWL}sameAs>"
EQ_CLASS = f"<{OWL}equivalentClass>"
EQ_PROPERTY = f"<{OWL}equivalentProperty>"
INVERSE_OF = f"<{OWL}inverseOf>"
OWL_CLASS = f"<{OWL}Class>"
THING = f"<{OWL}Thing>"
NOTHING = f"<{OWL}Nothing>"
FUNCTIONAL = f"<{OWL}FunctionalProperty>"
INVERSE_FUNCTIONAL = f"<{OWL}InverseFunctionalProperty>"
SYMMETRIC = f"<{OWL}SymmetricProperty>"
TRANSITIVE = f"<{OWL}TransitiveProperty>"
PROPERTY_TYPES = {f"<{OWL}ObjectProperty>", f"<{OWL}DatatypeProperty>", PROPERTY}
ANNOTATION_PROPERTY = f"<{OWL}AnnotationProperty>"
DISJOINT_WITH = f"<{OWL}disjointWith>"

# Constructs whose owlrl rules this engine does not implement: a graph that
# uses any of them is closed by owlrl itself (``owl_rl_supported`` says which).
UNSUPPORTED = tuple(
    f"<{OWL}{name}>"
    for name in (
        "propertyChainAxiom", "hasKey", "intersectionOf", "unionOf", "someValuesFrom", "allValuesFrom",
        "hasValue", "maxCardinality", "maxQualifiedCardinality", "sourceIndividual", "AllDifferent",
        "AllDisjointClasses", "AllDisjointProperties", "complementOf", "propertyDisjointWith",
        "IrreflexiveProperty", "AsymmetricProperty", "differentFrom",
    )
)  # fmt: skip


def owl_rl_supported(triples: Iterable[Triple]) -> bool:
    """Whether every OWL construct in ``triples`` is one this engine closes."""
    unsupported = set(UNSUPPORTED)
    return not any(p in unsupported or o in unsupported for _, p, o in triples)


class _OwlClosure:
    """The owlrl rules of tables 4-9 of OWL 2 RL that the supported constructs use."""

    def __init__(self) -> None:
        self.triples: set[Triple] = set()
        self.queue: list[Triple] = []
        self.sp: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.po: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_p: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.by_s: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.by_o: dict[str, set[tuple[str, str]]] = defaultdict(set)

    def add(self, s: str, p: str, o: str) -> None:
        if _is_literal(p):
            return
        triple = (s, p, o)
        if triple not in self.triples:
            self.triples.add(triple)
            self.queue.append(triple)

    def has(self, s: str, p: str, o: str) -> bool:
        return (s, p, o) in self.triples

    def objects(self, s: str, p: str) -> tuple[str, ...]:
        return tuple(self.sp.get((s, p), ()))

    def subjects(self, p: str, o: str) -> tuple[str, ...]:
        return tuple(self.po.get((p, o), ()))

    def pairs(self, p: str) -> tuple[tuple[str, str], ...]:
        return tuple(self.by_p.get(p, ()))

    def run(self) -> None:
        while self.queue:
            s, p, o = triple = self.queue.pop()
            self.sp[(s, p)].add(o)
            self.po[(p, o)].add(s)
            self.by_p[p].add((s, o))
            self.by_s[s].add((p, o))
            self.by_o[o].add((s, p))
            self.fire(*triple)

    def fire(self, s: str, p: str, o: str) -> None:
        add, has = self.add, self.has
        # eq-ref
        add(s, SAME_AS, s)
        add(o, SAME_AS, o)
        add(p, SAME_AS, p)
        # --- the triple as data: rules keyed by its predicate's schema
        for c in self.objects(p, DOMAIN):  # prp-dom
            add(s, TYPE, c)
        for c in self.objects(p, RANGE):  # prp-rng
            add(o, TYPE, c)
        for q in self.objects(p, SUBPROPERTY):  # prp-spo1
            add(s, q, o)
        for q in self.objects(p, EQ_PROPERTY) + self.subjects(EQ_PROPERTY, p):  # prp-eqp1/2
            if q != p:
                add(s, q, o)
        for q in self.objects(p, INVERSE_OF) + self.subjects(INVERSE_OF, p):  # prp-inv1/2
            add(o, q, s)
        kinds = self.objects(p, TYPE)
        if FUNCTIONAL in kinds:  # prp-fp
            for y in self.objects(s, p):
                if y != o:
                    add(o, SAME_AS, y)
                    add(y, SAME_AS, o)
        if INVERSE_FUNCTIONAL in kinds:  # prp-ifp
            for x in self.subjects(p, o):
                if x != s:
                    add(s, SAME_AS, x)
                    add(x, SAME_AS, s)
        if SYMMETRIC in kinds:  # prp-symp
            add(o, p, s)
        if TRANSITIVE in kinds:  # prp-trp, both ways
            for z in self.objects(o, p):
                add(s, p, z)
            for x in self.subjects(p, s):
                add(x, p, o)
        # eq-rep-s/p/o: the triple's terms' equals
        for s2 in self.objects(s, SAME_AS):
            add(s2, p, o)
        for p2 in self.objects(p, SAME_AS):
            add(s, p2, o)
        for o2 in self.objects(o, SAME_AS):
            add(s, p, o2)
        # --- the triple as schema
        if p == SAME_AS:
            add(o, SAME_AS, s)  # eq-sym
            for z in self.objects(o, SAME_AS):  # eq-trans, both ways
                add(s, SAME_AS, z)
            for x in self.subjects(SAME_AS, s):
                add(x, SAME_AS, o)
            for pp, oo in tuple(self.by_s.get(s, ())):  # eq-rep-s
                add(o, pp, oo)
            for ss, oo in self.pairs(s):  # eq-rep-p
                add(ss, o, oo)
            for ss, pp in tuple(self.by_o.get(s, ())):  # eq-rep-o
                add(ss, pp, o)
        elif p in (DOMAIN, RANGE):  # prp-dom/rng, scm-dom1/rng1, scm-dom2/rng2
            for x, y in self.pairs(s):
                add(x if p == DOMAIN else y, TYPE, o)
            for c2 in self.objects(o, SUBCLASS):
                if c2 != o:
                    add(s, p, c2)
            for p1 in self.subjects(SUBPROPERTY, s):
                if p1 != s:
                    add(p1, p, o)
        elif p == SUBPROPERTY:
            for x, y in self.pairs(s):  # prp-spo1
                add(x, o, y)
            if s != o:
                for p3 in self.objects(o, SUBPROPERTY):  # scm-spo, both ways
                    if p3 != s:
                        add(s, SUBPROPERTY, p3)
                for p0 in self.subjects(SUBPROPERTY, s):
                    if p0 != o:
                        add(p0, SUBPROPERTY, o)
                if has(o, SUBPROPERTY, s):  # scm-eqp2, both ways
                    add(s, EQ_PROPERTY, o)
                    add(o, EQ_PROPERTY, s)
                for c in self.objects(o, DOMAIN):  # scm-dom2, the hierarchy side
                    add(s, DOMAIN, c)
                for c in self.objects(o, RANGE):  # scm-rng2, the hierarchy side
                    add(s, RANGE, c)
        elif p == EQ_PROPERTY:
            if s != o:
                for x, y in self.pairs(s):  # prp-eqp1
                    add(x, o, y)
                for x, y in self.pairs(o):  # prp-eqp2
                    add(x, s, y)
                add(s, SUBPROPERTY, o)  # scm-eqp1
                add(o, SUBPROPERTY, s)
        elif p == INVERSE_OF:
            for x, y in self.pairs(s):  # prp-inv1
                add(y, o, x)
            for x, y in self.pairs(o):  # prp-inv2
                add(y, s, x)
        elif p == SUBCLASS:
            if s != o:
                for x in self.subjects(TYPE, s):  # cax-sco
                    add(x, TYPE, o)
                for c3 in self.objects(o, SUBCLASS):  # scm-sco, both ways
                    if c3 != s:
                        add(s, SUBCLASS, c3)
                for c0 in self.subjects(SUBCLASS, s):
                    if c0 != o:
                        add(c0, SUBCLASS, o)
                for prop in self.subjects(DOMAIN, s):  # scm-dom1, the hierarchy side
                    add(prop, DOMAIN, o)
                for prop in self.subjects(RANGE, s):  # scm-rng1, the hierarchy side
                    add(prop, RANGE, o)
            if has(o, SUBCLASS, s):  # scm-eqc2, both ways (also for s == o)
                add(s, EQ_CLASS, o)
                add(o, EQ_CLASS, s)
        elif p == EQ_CLASS:
            if s != o:
                for x in self.subjects(TYPE, s):  # cax-eqc1/2
                    add(x, TYPE, o)
                for x in self.subjects(TYPE, o):
                    add(x, TYPE, s)
                add(s, SUBCLASS, o)  # scm-eqc1
                add(o, SUBCLASS, s)
        elif p == TYPE:
            for c in self.objects(o, SUBCLASS):  # cax-sco, the instance side
                if c != o:
                    add(s, TYPE, c)
            for c in self.objects(o, EQ_CLASS) + self.subjects(EQ_CLASS, o):  # cax-eqc, the instance side
                if c != o:
                    add(s, TYPE, c)
            if o == OWL_CLASS:  # scm-cls
                add(s, SUBCLASS, s)
                add(s, EQ_CLASS, s)
                add(s, SUBCLASS, THING)
                add(NOTHING, SUBCLASS, s)
            elif o in PROPERTY_TYPES:  # scm-op, scm-dp
                add(s, SUBPROPERTY, s)
                add(s, EQ_PROPERTY, s)
            elif o == FUNCTIONAL:  # prp-fp, the schema side
                for x, y1 in self.pairs(s):
                    for y2 in self.objects(x, s):
                        if y1 != y2:
                            add(y1, SAME_AS, y2)
            elif o == INVERSE_FUNCTIONAL:  # prp-ifp, the schema side
                for x1, y in self.pairs(s):
                    for x2 in self.subjects(s, y):
                        if x1 != x2:
                            add(x1, SAME_AS, x2)
            elif o == SYMMETRIC:  # prp-symp, the schema side
                for x, y in self.pairs(s):
                    add(y, s, x)
            elif o == TRANSITIVE:  # prp-trp, the schema side
                for x, y in self.pairs(s):
                    for z in self.objects(y, s):
                        add(x, s, z)


def _datatype_axioms(base: set[Triple], literals: Mapping[str, ox.Literal]) -> set[Triple]:
    """owlrl's one-time rules cls-thing, cls-nothing1, prp-ap and dt-type1/2, dt-eq, dt-diff."""
    from owlrl.AxiomaticTriples import OWLRL_Datatypes_Disjointness
    from owlrl.OWLRL import OWLRL_Annotation_properties
    from owlrl.XsdDatatypes import OWL_Datatype_Subsumptions, OWL_RL_Datatypes

    def nt(term: object) -> str:
        return f"<{term}>"

    rl_datatypes = {nt(d) for d in OWL_RL_Datatypes}
    subsumptions = {nt(k): [nt(v) for v in vs] for k, vs in OWL_Datatype_Subsumptions.items()}
    out: set[Triple] = {(THING, TYPE, OWL_CLASS), (NOTHING, TYPE, OWL_CLASS)}
    out |= {(nt(a), TYPE, ANNOTATION_PROPERTY) for a in OWLRL_Annotation_properties}
    implicit: dict[str, str] = {}
    for text, term in literals.items():
        # rdflib reads a plain literal with no datatype; pyoxigraph calls it xsd:string
        if term.language is None and not text.endswith('"'):
            datatype = nt(term.datatype.value)
            if datatype in rl_datatypes:
                implicit[text] = datatype
    used = set(implicit.values())
    explicit: dict[str, set[str]] = defaultdict(set)
    for s, p, o in base:
        if p == TYPE and o in rl_datatypes:
            used.add(o)
            if s not in implicit:
                explicit[s].add(o)
    for s, p, o in base:
        if p == SAME_AS:
            if o in implicit:
                explicit[s].add(implicit[o])
            if o in explicit:
                explicit[s].add(o)
            if s in explicit:
                explicit[o].add(s)
    for text, datatype in implicit.items():
        out.add((text, TYPE, datatype))
    out |= {(d, TYPE, DATATYPE) for d in rl_datatypes}
    out |= {(d, TYPE, DATATYPE) for dts in explicit.values() for d in dts}
    for resource, datatypes in [*((r, set(d)) for r, d in explicit.items()), *((r, {d}) for r, d in implicit.items())]:
        for datatype in datatypes:
            for wider in subsumptions.get(datatype, ()):
                out.add((resource, TYPE, wider))
                out.add((wider, TYPE, DATATYPE))
                used.add(wider)
    for left, _, right in OWLRL_Datatypes_Disjointness:
        if nt(left) in used and nt(right) in used:
            out.add((nt(left), DISJOINT_WITH, nt(right)))
    return out


def owl_rl_closure(triples: Iterable[Triple], literals: Mapping[str, ox.Literal]) -> set[Triple]:
    """Return ``triples`` with what owlrl's ``OWLRL_Semantics`` (no axiomatic or
    datatype axiomatic triples) entails from them; only for graphs where
    :func:`owl_rl_supported` holds. Inconsistencies are not reported (owlrl
    adds error-message nodes for them; HermiT checks consistency in the tests)."""
    base = set(triples)
    closure = _OwlClosure()
    for triple in base | _datatype_axioms(base, literals):
        closure.add(*triple)
    bnodes = {t for triple in closure.triples for t in triple if t.startswith("_:")}
    closure.run()
    # owlrl drops triples whose predicate is a blank node of the starting graph
    return {t for t in closure.triples if t[1] not in bnodes}
