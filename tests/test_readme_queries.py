"""The example queries of the README and of docs/model.md work as written in
a plain SPARQL store: the release file loaded into pyoxigraph with no
inference and no spacekg code gives what ``spacekg query`` gives (Virtuoso:
tests/test_virtuoso.py). Only the prefixes spacekg predeclares are added."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest

from spacekg.query.store import QUERY_PREFIXES, MemoryStore, Result
from tests.conftest import ROOT

RELEASE = ROOT / "data" / "release" / "spacekg.ttl"
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())


def example_queries() -> list[tuple[str, str]]:
    """(where, SPARQL) for every SPARQL example: the README's `spacekg query '…'`
    and `curl … --data-urlencode 'query=…'` commands, and docs/model.md's sparql blocks."""
    found: list[tuple[str, str]] = []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", readme, re.S):
        for line in block.splitlines():
            words = shlex.split(line) if ("spacekg query" in line or "query=" in line) else []
            for i, word in enumerate(words):
                if word.endswith("spacekg") and words[i + 1 : i + 2] == ["query"] and "{" in words[i + 2]:
                    found.append(("README: spacekg query", words[i + 2]))
                if word.startswith("query=") and "{" in word:
                    found.append(("README: curl", word[len("query=") :]))
    model = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    found += [("docs/model.md", q) for q in re.findall(r"```sparql\n(.*?)```", model, re.S)]
    return found


QUERIES = example_queries()


def test_the_docs_have_example_queries() -> None:
    wheres = [where for where, _ in QUERIES]
    assert wheres.count("README: spacekg query") >= 1 and wheres.count("README: curl") >= 1
    assert wheres.count("docs/model.md") >= 3


def as_values(result: Result) -> list[tuple[str, ...]]:
    return sorted(tuple("" if t is None else str(t.value) for t in row) for row in result.rows)


def plain_values(solutions: ox.QuerySolutions) -> list[tuple[str, ...]]:
    names = [v.value for v in solutions.variables]
    return sorted(tuple("" if s[n] is None else str(s[n].value) for n in names) for s in solutions)


@pytest.fixture(scope="module")
def plain() -> ox.Store:
    store = ox.Store()
    store.load(path=str(RELEASE), format=ox.RdfFormat.TURTLE)
    return store


@pytest.mark.parametrize(("where", "query"), QUERIES, ids=[f"{w}:{i}" for i, (w, _) in enumerate(QUERIES)])
def test_example_query_in_a_plain_store(plain: ox.Store, where: str, query: str) -> None:
    expected = as_values(MemoryStore([Path(RELEASE)]).query(query))
    answer = plain.query(PROLOGUE + query)
    assert isinstance(answer, ox.QuerySolutions)
    assert plain_values(answer) == expected
    assert expected, f"{where}: an empty answer proves nothing"


def test_quad_exports_keep_the_entailments_in_their_own_graph(tmp_path: Path) -> None:
    """The release file's derived triples (after the Turtle marker) go to
    <base>graph/entailments in TriG; nothing else does, and nothing is lost."""
    from click.testing import CliRunner

    from spacekg.cli import main
    from spacekg.model.entail import TURTLE_MARKER

    trig = tmp_path / "release.trig"
    result = CliRunner().invoke(main, ["export", "--graph", str(RELEASE), "--format", "trig", "--out", str(trig)])
    assert result.exit_code == 0, result.output
    dataset = ox.Dataset(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    entailments = ox.NamedNode("https://w3id.org/spacekg/id/graph/entailments")
    derived = {ox.Triple(q.subject, q.predicate, q.object) for q in dataset if q.graph_name == entailments}
    tail = RELEASE.read_bytes().partition(f"\n{TURTLE_MARKER}\n".encode())[2]
    assert derived == triples(ox.parse(tail, format=ox.RdfFormat.TURTLE)) and len(derived) > 500
    leads = ox.Triple(ox.NamedNode(QUERY_PREFIXES["kg"] + "roscosmos"), ox.NamedNode(QUERY_PREFIXES["skg"] + "participatesIn"),
                      ox.NamedNode(QUERY_PREFIXES["kg"] + "ilrs"))  # fmt: skip
    assert leads in derived
    others = {ox.Triple(q.subject, q.predicate, q.object) for q in dataset if q.graph_name != entailments}
    assert not derived & others
    assert derived | others == triples(ox.parse(path=str(RELEASE), format=ox.RdfFormat.TURTLE))


def triples(quads: object) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}  # type: ignore[attr-defined]
