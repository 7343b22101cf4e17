"""Parameters go into a VALUES block at the start of the WHERE pattern.

That is valid SPARQL 1.1 everywhere (Virtuoso refuses a trailing VALUES
after ORDER BY); tests/test_virtuoso.py runs every named query in Virtuoso.
Here: the block lands in the right place whatever the query text holds, the
result is still the same query, and no value or name can change it.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from spacekg.errors import QueryError
from spacekg.query.named import bind, named_queries
from spacekg.query.store import QUERY_PREFIXES, MemoryStore, where_brace, with_values

KG = QUERY_PREFIXES["kg"]
ILRS = ox.NamedNode(KG + "ilrs")


@pytest.mark.parametrize(
    ("query", "marker"),
    [
        ("SELECT ?x WHERE { ?x ?p ?o }", "{ ?x"),
        ("select ?x where{?x ?p ?o}", "{?x"),
        ("SELECT * { ?x ?p ?o }", "{ ?x"),
        ("ASK { ?x ?p ?o }", "{ ?x"),
        ("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o . BIND(1 AS ?y) }", "{ ?x ?p ?o . BIND"),
        ('SELECT ?x WHERE { ?x rdfs:label "WHERE { }" }', '{ ?x rdfs:label "WHERE'),
        ("# WHERE { in a comment\nSELECT ?x WHERE { ?x ?p ?o }", "{ ?x ?p ?o }"),
        ("SELECT ?x (EXISTS { ?a ?b ?c } AS ?y) WHERE { ?x ?p ?o }", "{ ?x ?p"),
        ("SELECT ?x FROM <urn:g#where> WHERE { ?x <urn:p> ?o }", "{ ?x <urn"),
        ("SELECT ?x WHERE { ?x ?p '''{ \"WHERE\" }''' }", "{ ?x ?p '''"),
        ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } } } ORDER BY ?x", "{ { SELECT"),
        ("PREFIX where: <urn:w#>\nCONSTRUCT { ?x where:p ?o } WHERE { ?x ?p ?o }", "{ ?x ?p ?o }"),
        ("SELECT ?where { ?where ?p ?o }", "{ ?where"),
        ("CONSTRUCT { ?x <urn:p> ?where } WHERE { ?x ?p ?where }", "{ ?x ?p ?where }"),
    ],
)
def test_block_opens_the_where_pattern(query: str, marker: str) -> None:
    assert query[where_brace(query) :].startswith(marker)
    bound = with_values(query, {"x": ILRS})
    ox.Store().query(bound, prefixes=QUERY_PREFIXES)  # still parses
    assert bound.count("VALUES") == 1


def test_query_without_a_pattern_is_refused() -> None:
    with pytest.raises(QueryError, match="no WHERE"):
        with_values("DESCRIBE <urn:x>", {"x": ILRS})


@pytest.mark.parametrize("name", ["x }", "x) { <a> }", "", "1x", "x y"])
def test_parameter_names_are_plain_variables(name: str) -> None:
    with pytest.raises(QueryError, match="not a valid parameter name"):
        with_values("SELECT ?x WHERE { ?x ?p ?o }", {name: ILRS})


def test_literal_is_escaped_and_matched_as_a_value(turtle_file: Path) -> None:
    store = MemoryStore([turtle_file])
    hostile = ox.Literal('x" } } ; DROP ALL # \n \\', language="en")
    query = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert store.query(query, {"name": hostile}).rows == []
    assert len(store) > 2000  # nothing was dropped
    assert store.query(query, {"name": ox.Literal("ILRS", language="en")}).rows == []
    label = store.query("SELECT ?l WHERE { kg:ilrs rdfs:label ?l }").rows[0][0]
    assert isinstance(label, ox.Literal)
    assert store.query(query, {"name": label}).rows == [(ILRS,)]


def test_every_named_query_binds_before_its_order_by() -> None:
    for named in named_queries().values():
        params = {p.name: "1" if p.kind == "integer" else "x" for p in named.params}
        text = with_values(named.text, bind(named, params))
        if "ORDER BY" in named.text:
            assert text.index("VALUES ?") < text.index("ORDER BY")
        ox.Store().query(text, prefixes=QUERY_PREFIXES)
