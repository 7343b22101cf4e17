"""The indexed RDFS closure equals owlrl's RDFS closure, on the article graph and on generated graphs."""

from __future__ import annotations

from pathlib import Path

import owlrl
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacekg.model.infer import _closure_bytes, cache_path, inferred_file
from spacekg.model.reason import (
    CLASS,
    DATATYPE,
    DOMAIN,
    EQ_CLASS,
    EQ_PROPERTY,
    FUNCTIONAL,
    INVERSE_FUNCTIONAL,
    INVERSE_OF,
    OWL_CLASS,
    PROPERTY,
    RANGE,
    SAME_AS,
    SUBCLASS,
    SUBPROPERTY,
    SYMMETRIC,
    TRANSITIVE,
    TYPE,
)

RELEASE = Path(__file__).resolve().parent.parent / "data" / "release" / "spacekg.ttl"


ERROR = rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")


def owlrl_rdfs(path: Path, semantics: type = owlrl.RDFS_Semantics) -> set[tuple[rdflib.term.Node, ...]]:
    graph = rdflib.Graph()
    graph.parse(path)
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    # owlrl reports inconsistencies as error-message nodes; the engine does not (HermiT checks consistency)
    errors = set(graph.subjects(rdflib.RDF.type, ERROR))
    return {
        t
        for t in graph
        if not isinstance(t[0], rdflib.Literal) and isinstance(t[1], rdflib.URIRef) and t[0] not in errors
    }


def ours(path: Path, mode: str = "rdfs") -> set[tuple[rdflib.term.Node, ...]]:
    closed = _closure_bytes(path, mode)
    assert closed is not None
    graph = rdflib.Graph()
    graph.parse(data=closed.decode("utf-8"), format="nt")
    return set(graph)


def test_article_graph_closure_equals_owlrl() -> None:
    expected = owlrl_rdfs(RELEASE)
    got = ours(RELEASE)
    from spacekg.model.entail import split_entailments

    asserted, _ = split_entailments(rdflib.Graph().parse(RELEASE))  # the release also carries RDFS entailments
    assert len(got) > 1.5 * len(asserted)  # it entails a lot
    assert got == expected, (sorted(got - expected)[:5], sorted(expected - got)[:5])


def test_article_graph_owl_rl_closure_equals_owlrl() -> None:
    expected = owlrl_rdfs(RELEASE, owlrl.OWLRL_Semantics)
    got = ours(RELEASE, "owlrl")
    assert got == expected, (sorted(got - expected)[:5], sorted(expected - got)[:5])


def test_unsupported_owl_constructs_fall_back_to_owlrl(tmp_path: Path) -> None:
    path = tmp_path / "chain.nt"
    path.write_text(
        "<urn:p> <http://www.w3.org/2002/07/owl#propertyChainAxiom> <urn:list> .\n<urn:x> <urn:p> <urn:y> .\n"
    )
    assert _closure_bytes(path, "owlrl") is None
    assert b"<urn:y>" in inferred_file(path, "owlrl").read_bytes()  # owlrl closed it


def test_quad_files_are_closed_over_all_their_graphs(tmp_path: Path) -> None:
    trig = tmp_path / "g.trig"
    trig.write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<urn:g1> { <urn:A> rdfs:subClassOf <urn:B> . }\n"
        "<urn:g2> { <urn:x> a <urn:A> . }\n",
        encoding="utf-8",
    )
    assert b"<urn:x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:B> ." in _closure_bytes(trig, "rdfs")


def test_inferred_file_uses_the_cache_and_notices_changes(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:x> a <urn:A> . <urn:A> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <urn:B> .\n")
    first = inferred_file(graph, "rdfs")
    assert first == cache_path(graph, "rdfs") and b"<urn:B>" in first.read_bytes()
    graph.write_text("<urn:y> a <urn:C> .\n")
    assert b"<urn:B>" not in inferred_file(graph, "rdfs").read_bytes()


# Small random graphs over a handful of terms, schema and data mixed, with the
# literal quirks owlrl has (equal-valued literals of different datatypes).
NODES = [f"<urn:n{i}>" for i in range(5)]
PREDICATES = [f"<urn:p{i}>" for i in range(3)]
LITERALS = [
    '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
    '"1"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
    '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>',
    '"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>',
    '"1E0"^^<http://www.w3.org/2001/XMLSchema#double>',
    '"-1"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
    '"2020"^^<http://www.w3.org/2001/XMLSchema#gYear>',
    '"2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>',
    '"x"^^<http://www.w3.org/2001/XMLSchema#token>',
    '"x"',
    '"x"@en',
]
SCHEMA = [SUBCLASS, SUBPROPERTY, DOMAIN, RANGE]
triples = st.one_of(
    st.tuples(st.sampled_from(NODES), st.sampled_from(SCHEMA), st.sampled_from(NODES)),
    st.tuples(st.sampled_from(PREDICATES), st.sampled_from([SUBPROPERTY, DOMAIN, RANGE]), st.sampled_from(NODES)),
    st.tuples(st.sampled_from(PREDICATES), st.just(SUBPROPERTY), st.sampled_from(PREDICATES)),
    st.tuples(st.sampled_from(NODES), st.sampled_from(PREDICATES), st.sampled_from(NODES + LITERALS)),
    st.tuples(st.sampled_from(NODES), st.just(TYPE), st.sampled_from([*NODES, CLASS, PROPERTY, DATATYPE])),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(triples, min_size=1, max_size=12))
def test_random_graphs_close_like_owlrl(tmp_path: Path, generated: list[tuple[str, str, str]]) -> None:
    path = tmp_path / "random.nt"
    path.write_text("".join(f"{s} {p} {o} .\n" for s, p, o in generated), encoding="utf-8")
    assert ours(path) == owlrl_rdfs(path)


OWL_SCHEMA = [SUBCLASS, SUBPROPERTY, DOMAIN, RANGE, EQ_CLASS, EQ_PROPERTY, INVERSE_OF]
owl_triples = st.one_of(
    st.tuples(st.sampled_from(NODES), st.sampled_from(OWL_SCHEMA), st.sampled_from(NODES)),
    st.tuples(st.sampled_from(PREDICATES), st.sampled_from(OWL_SCHEMA), st.sampled_from(PREDICATES + NODES)),
    st.tuples(st.sampled_from(NODES), st.sampled_from(PREDICATES), st.sampled_from(NODES + LITERALS[:3])),
    st.tuples(st.sampled_from(NODES), st.just(SAME_AS), st.sampled_from(NODES)),
    st.tuples(
        st.sampled_from(PREDICATES),
        st.just(TYPE),
        st.sampled_from([FUNCTIONAL, INVERSE_FUNCTIONAL, SYMMETRIC, TRANSITIVE, PROPERTY]),
    ),
    st.tuples(st.sampled_from(NODES), st.just(TYPE), st.sampled_from([*NODES, OWL_CLASS])),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(owl_triples, min_size=1, max_size=10))
def test_random_graphs_close_like_owlrl_under_owl_rl(tmp_path: Path, generated: list[tuple[str, str, str]]) -> None:
    path = tmp_path / "random.nt"
    path.write_text("".join(f"{s} {p} {o} .\n" for s, p, o in generated), encoding="utf-8")
    assert ours(path, "owlrl") == owlrl_rdfs(path, owlrl.OWLRL_Semantics)
