"""Competency questions: each tests/competency/NN-name.rq has its expected
answers in NN-name.tsv (header of variable names, then one row per answer;
IRIs as prefixed names, literals by lexical form, unbound as empty).
Answers are compared as multisets; ASK answers as a single 'boolean' column."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.query import Result
from rdflib.term import Node

from spacekg.core.namespaces import DEFAULT_BASE, PREFIXES
from spacekg.model.entail import with_entailments

HERE = Path(__file__).parent / "competency"
QUESTIONS = sorted(HERE.glob("*.rq"))
NAMESPACES = {**PREFIXES, "kg": DEFAULT_BASE}


def shorten(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        matches = [(p, ns) for p, ns in NAMESPACES.items() if str(term).startswith(ns)]
        if matches:
            prefix, ns = max(matches, key=lambda m: len(m[1]))
            return f"{prefix}:{str(term)[len(ns) :]}"
        return f"<{term}>"
    return str(term)


def rows_of(result: Result) -> tuple[list[str], list[str]]:
    if result.type == "ASK":
        return ["boolean"], [str(bool(result.askAnswer)).lower()]
    header = [str(v) for v in result.vars or []]
    return header, ["\t".join(shorten(row[i]) for i in range(len(header))) for row in result]  # type: ignore[index]


def test_there_are_at_least_twenty_questions() -> None:
    assert len(QUESTIONS) >= 20
    for question in QUESTIONS:
        assert question.with_suffix(".tsv").is_file(), f"{question.name} has no expected answers"
        assert question.read_text(encoding="utf-8").startswith("# "), f"{question.name} does not say what it asks"


@pytest.fixture(scope="module")
def built(graph: Graph) -> Graph:
    """The graph as ``spacekg build`` writes it: asserted triples plus their entailments."""
    return with_entailments(graph)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.stem for q in QUESTIONS])
def test_competency_question(built: Graph, question: Path) -> None:
    expected_lines = question.with_suffix(".tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    result = built.query(question.read_text(encoding="utf-8"), initNs=NAMESPACES)
    header, rows = rows_of(result)
    assert header == expected_lines[0].split("\t")
    assert sorted(rows) == sorted(expected_lines[1:])
    assert rows, "an empty answer proves nothing; every question here has answers"


@pytest.fixture(scope="module")
def release_store() -> object:
    """The committed release file in a plain Oxigraph store: no inference, no spacekg code."""
    import pyoxigraph as ox

    from tests.conftest import ROOT

    store = ox.Store()
    store.load(path=str(ROOT / "data" / "release" / "spacekg.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def shorten_ox(term: object) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten(URIRef(term.value))
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.stem for q in QUESTIONS])
def test_competency_question_in_a_plain_store(release_store: object, question: Path) -> None:
    """The same answers from the release file in a store that does no inference."""
    import pyoxigraph as ox

    assert isinstance(release_store, ox.Store)
    expected_lines = question.with_suffix(".tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in NAMESPACES.items())
    result = release_store.query(prologue + question.read_text(encoding="utf-8"))
    if isinstance(result, ox.QueryBoolean):
        header, rows = ["boolean"], [str(bool(result)).lower()]
    else:
        assert isinstance(result, ox.QuerySolutions)
        header = [v.value for v in result.variables]
        rows = ["\t".join(shorten_ox(solution[v]) for v in header) for solution in result]
    assert header == expected_lines[0].split("\t")
    assert sorted(rows) == sorted(expected_lines[1:])
