"""Turtle and TriG written from sorted lines (``rdfwrite._terse``) are the
bytes pyoxigraph's serializer writes for the same lines, term by term:
prefixed names, relative IRIs, bare numbers, escapes, named graphs, and the
terms it leaves to pyoxigraph (escaped local names, dot segments, other
hosts). The reference is pyoxigraph writing the whole document."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacekg.core import rdfwrite

BASE = "https://w3id.org/spacekg/id/"
PREFIXES = {
    "kg": BASE,
    "skg": "https://w3id.org/spacekg/ontology#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "ex": "http://example.org/",
    "sub": "http://example.org/sub/",  # nested in ex: pyoxigraph's choice, not ours
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "": "http://empty.example/",
}
XSD = PREFIXES["xsd"]
LOCALS = ["a", "a.b", "a.", "-a", "a-", "_a", "1a", "", "a/b", "a:b", "a#b", "a?b", "a%20b", "a~b", "é", "a!b",
          "./a", "a/./b", "a//b", "..", "fact/x", "a/"]  # fmt: skip
NAMESPACES = [*PREFIXES.values(), "http://x.example/", "https://w3id.org/", "https://w3id.org/spacekg/",
              "https://other.example/", "urn:x:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"]  # fmt: skip
LEXICAL = ["1", "01", "-0", "+1", ".5", "1.", "1.5", "1e3", "1E5", "1.0e-3", "e5", ".", "true", "TRUE", "x",
           'a\nb"c\\d\te\x01f', "time: org: kg:", "ü 🚀", ""]  # fmt: skip
DATATYPES = [f"{XSD}integer", f"{XSD}decimal", f"{XSD}double", f"{XSD}boolean", f"{XSD}date", f"{XSD}string",
             f"{BASE}dt", "http://example.org/dt", "https://other.example/dt#x"]  # fmt: skip

iris = (
    st.builds(lambda ns, local: ns + local, st.sampled_from(NAMESPACES), st.sampled_from(LOCALS))
    .filter(lambda iri: iri.count("#") < 2)
    .map(ox.NamedNode)
)
blanks = st.sampled_from(["b1", "b2", "c"]).map(ox.BlankNode)
literals = st.one_of(
    st.builds(
        lambda v, d: ox.Literal(v, datatype=ox.NamedNode(d)), st.sampled_from(LEXICAL), st.sampled_from(DATATYPES)
    ),
    st.builds(lambda v, lang: ox.Literal(v, language=lang), st.sampled_from(LEXICAL), st.sampled_from(["en", "de-CH"])),
)
predicates = st.one_of(iris, st.just(ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
graph_names = st.one_of(st.just(ox.DefaultGraph()), iris, blanks)
quads = st.lists(
    st.builds(ox.Quad, st.one_of(iris, blanks), predicates, st.one_of(iris, blanks, literals), graph_names),
    max_size=40,
)


def engine(graphs: rdfwrite.Graphs, fmt: str, prefixes: dict[str, str], base: str | None) -> bytes:
    usable = {p: iri for p, iri in prefixes.items() if iri.endswith(("/", "#"))}
    under_base = {p for p, iri in usable.items() if base and iri.startswith(base)}
    if fmt == "trig":
        lines, source = rdfwrite.nquads_lines(graphs), ox.RdfFormat.N_QUADS
    else:
        lines, source = rdfwrite.union(graphs), ox.RdfFormat.N_TRIPLES
    return rdfwrite._engine_terse(lines, source, fmt, usable, base, under_base)


def check(statements: list[ox.Quad], prefixes: dict[str, str]) -> None:
    graphs = rdfwrite.to_lines(statements)
    for fmt in ("turtle", "trig"):
        for base in (BASE, None, "http://example.org/", "urn:x:"):
            ours = rdfwrite.write(graphs, fmt, prefixes, base=base)
            assert ours == engine(graphs, fmt, prefixes, base), (fmt, base, ours.decode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quads)
def test_line_writer_writes_what_pyoxigraph_writes(statements: list[ox.Quad]) -> None:
    check(statements, PREFIXES)
    check(statements, {})


@pytest.mark.parametrize("local", LOCALS)
def test_every_awkward_local_name_and_relative_iri(local: str) -> None:
    statements = [ox.Quad(ox.NamedNode(ns + local), ox.NamedNode(ns + local), ox.NamedNode(ns + local))
                  for ns in NAMESPACES if (ns + local).count("#") < 2]  # fmt: skip
    statements += [ox.Quad(ox.BlankNode("b"), ox.NamedNode(f"{BASE}p"), ox.Literal(v, datatype=ox.NamedNode(d)))
                   for v in LEXICAL for d in DATATYPES]  # fmt: skip
    named = [ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(BASE + local)) for q in statements[:3]]
    check(statements + named, PREFIXES)


def test_rdf_star_terms_go_to_pyoxigraph() -> None:
    inner = ox.Triple(ox.NamedNode(f"{BASE}a"), ox.NamedNode(f"{BASE}p"), ox.NamedNode(f"{BASE}b"))
    statements = [ox.Quad(ox.NamedNode(f"{BASE}x"), ox.NamedNode(f"{BASE}says"), inner), ox.Quad(*inner)]
    check(statements, PREFIXES)


def test_the_pending_terms_keep_their_places() -> None:
    """Terms pyoxigraph writes (escaped locals) between plain ones, in order."""
    statements = [ox.Quad(ox.NamedNode(f"{BASE}s{i}"), ox.NamedNode(f"{BASE}p"), ox.NamedNode(f"http://example.org/{o}"))
                  for i, o in enumerate(["a", "a/b", "b", "c:d", "e"])]  # fmt: skip
    graphs = rdfwrite.to_lines(statements)
    text = rdfwrite.write(graphs, "turtle", PREFIXES, base=BASE).decode()
    assert "<s0> <p> ex:a .\n<s1> <p> ex:a\\/b .\n<s2> <p> ex:b .\n<s3> <p> ex:c:d .\n<s4> <p> ex:e .\n" in text


TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.mark.parametrize("text", ["plain", "has <> inside", f"mentions <{TYPE}> here", f"both <> and <{TYPE}> x"])
def test_sorted_lines_put_types_first_whatever_literals_hold(text: str) -> None:
    """sort_lines sorts the keys themselves when the text holds no marker of
    its own, else indices by key: both give the lines sorted with rdf:type
    first within each subject, literals untouched."""
    s, t = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/t")
    triples = [
        ox.Triple(s, ox.NamedNode("http://a.example/p"), ox.Literal(text)),
        ox.Triple(s, ox.NamedNode(TYPE), ox.NamedNode("http://example.org/C")),
        ox.Triple(s, ox.NamedNode("http://a.example/p"), ox.Literal("a")),
        ox.Triple(t, ox.NamedNode("http://a.example/p"), ox.Literal(text)),
        ox.Triple(t, ox.NamedNode(TYPE), ox.NamedNode("http://example.org/C")),
    ]
    ntriples = bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
    lines = rdfwrite.sort_lines(ntriples + ntriples)  # duplicates go
    expected = sorted(
        set(ntriples.split(b"\n")) - {b""}, key=lambda line: line.replace(rdfwrite.TYPE_TEXT, rdfwrite.TYPE_FIRST)
    )
    assert lines == expected
    assert [line.split(b" ", 2)[1] for line in lines][::3] == [f"<{TYPE}>".encode()] * 2
    assert sorted(lines) == sorted(expected) and all(line in ntriples for line in lines)
