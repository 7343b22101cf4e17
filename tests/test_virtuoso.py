"""Virtuoso 7 (Debian's virtuoso-opensource), started for real on 127.0.0.1.

A fresh database in a temporary folder, on free ports. The TriG export of
the release file (entailments in their own named graph) is bulk-loaded with
``ld_dir`` / ``rdf_loader_run`` (Virtuoso's own loader); every named query
and competency question then gives the same rows over Virtuoso's SPARQL
endpoint as ``spacekg query`` on the release file, the competency questions
their golden answers, the README's example queries what spacekg gives, and
``spacekg push`` writes to it, splitting batches Virtuoso refuses.

Virtuoso's default graph is the union of all its graphs (its own system
graphs too), which is why the quad file needs no setting there.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.query.named import bind, named_queries
from spacekg.query.store import EndpointRefused, MemoryStore, RemoteStore, Result
from tests.conftest import ROOT
from tests.servers import free_port, stop, wait_until_up
from tests.test_competency import QUESTIONS, shorten_ox
from tests.test_readme_queries import PROLOGUE, QUERIES, as_values
from tests.test_stores import cases

RELEASE = ROOT / "data" / "release" / "spacekg.ttl"

runner = CliRunner()
INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 4
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def need(binary: str) -> str:
    found = shutil.which(binary)
    if found is None:
        pytest.fail(f"{binary} is not installed; scripts/test.sh installs Debian's virtuoso-opensource", pytrace=False)
    return found


@contextlib.contextmanager
def virtuoso(folder: Path) -> Iterator[tuple[str, int]]:
    """A Virtuoso server with an empty database; yields (SPARQL URL, SQL port)."""
    server = need("virtuoso-t")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen(
        [server, "-f", "-c", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    endpoint = f"http://127.0.0.1:{http}/sparql"
    try:
        wait_until_up(f"{endpoint}?query=ASK%7B%7D", process, seconds=120)
        # Let the anonymous SPARQL user update, as 'spacekg push' needs.
        isql(sql, "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
        yield endpoint, sql
    finally:
        stop(process)


def isql(port: int, statements: str) -> str:
    result = subprocess.run(
        [need("isql-vt"), f"127.0.0.1:{port}", "dba", "dba", f"exec={statements}"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0 and "Error" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RemoteStore, int]]:
    folder = tmp_path_factory.mktemp("virtuoso")
    exported = folder / "load" / "spacekg.trig"
    exported.parent.mkdir()
    result = runner.invoke(main, ["export", "--graph", str(RELEASE), "--format", "trig", "--out", str(exported)])
    assert result.exit_code == 0, result.output
    with virtuoso(folder) as (endpoint, sql):
        # Triples of the default graph go to the graph named here; the named graphs keep their names.
        isql(sql, f"ld_dir('{exported.parent}', '*.trig', 'https://w3id.org/spacekg/id/graph/data'); ")
        loaded = isql(sql, "rdf_loader_run(); checkpoint; SELECT ll_state, ll_error FROM DB.DBA.LOAD_LIST;")
        assert "NULL" in loaded, loaded  # ll_error of the one file
        yield RemoteStore(endpoint), sql


def count_in_graphs(store: RemoteStore, prefix: str) -> int:
    result = store.query(
        f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}'
    )
    value = result.rows[0][0]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def rows(result: Result) -> object:
    """Rows by value: Virtuoso stores xsd:nonNegativeInteger as xsd:integer,
    and computed booleans come back as 0 and 1."""
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return sorted(str(t) for t in result.triples)
    return result.variables, sorted(
        repr(sorted((k, int(v) if isinstance(v, bool) else v) for k, v in row.items())) for row in result.python_rows()
    )


def test_bulk_load_keeps_every_triple(server: tuple[RemoteStore, int]) -> None:
    store, _ = server
    assert count_in_graphs(store, "https://w3id.org/spacekg/id/graph/") == len(MemoryStore([RELEASE])) > 2000
    derived = count_in_graphs(store, "https://w3id.org/spacekg/id/graph/entailments")
    assert derived > 500  # the release file's RDFS entailments, recognisable by their graph


@pytest.mark.parametrize(("label", "query", "params"), cases(), ids=[c[0] for c in cases()])
def test_same_answers_as_spacekg(
    server: tuple[RemoteStore, int], label: str, query: str, params: dict[str, str]
) -> None:
    store, _ = server
    bindings = {}
    if label.startswith("named:"):
        named = named_queries()[query]
        query, bindings = named.text, bind(named, params)
    expected = rows(MemoryStore([RELEASE]).query(query, bindings))
    assert rows(store.query(query, bindings)) == expected
    assert expected not in ([], ([], [])), "an empty answer would make parity trivial"


def test_cli_named_query_against_virtuoso(server: tuple[RemoteStore, int]) -> None:
    store, _ = server
    args = ["query", "program-timeline", "--param", "program=ilrs", "--format", "csv"]
    remote = runner.invoke(main, [*args, "--endpoint", store.endpoint])
    local = runner.invoke(main, [*args, "--graph", str(RELEASE)])
    assert remote.exit_code == 0, remote.output
    assert remote.output == local.output and "ilrs-stage-1" in local.output


def as_numbers(lines: list[str], booleans: dict[str, str]) -> list[str]:
    return ["\t".join(booleans.get(cell, cell) for cell in line.split("\t")) for line in lines]


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.stem for q in QUESTIONS])
def test_competency_golden_answers_over_virtuoso(server: tuple[RemoteStore, int], question: Path) -> None:
    """Plain SPARQL, no inference: Virtuoso answers every competency question
    as its .tsv says, from the release file's TriG export."""
    store, _ = server
    expected = question.with_suffix(".tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    result = store.query(PROLOGUE + question.read_text(encoding="utf-8"))
    if result.kind == "ask":
        header, found = ["boolean"], [str(bool(result.boolean)).lower()]
    else:
        header = result.variables
        found = ["\t".join(shorten_ox(term) for term in row) for row in result.rows]
    assert header == expected[0].split("\t")
    # Virtuoso gives a computed boolean (BIND(EXISTS …)) as 1 or 0.
    booleans = {"true": "1", "false": "0"}
    assert sorted(as_numbers(found, booleans)) == sorted(as_numbers(expected[1:], booleans))


@pytest.mark.parametrize(("where", "query"), QUERIES, ids=[f"{w}:{i}" for i, (w, _) in enumerate(QUERIES)])
def test_readme_example_queries_over_virtuoso(server: tuple[RemoteStore, int], where: str, query: str) -> None:
    store, _ = server
    expected = as_values(MemoryStore([RELEASE]).query(query))
    assert as_values(store.query(PROLOGUE + query)) == expected and expected, where


def test_ask_and_construct_over_virtuoso(server: tuple[RemoteStore, int]) -> None:
    store, _ = server
    assert store.query("ASK { ?c a skg:Claim }").boolean is True
    assert store.query("ASK { ?c a skg:NoSuchClass }").boolean is False
    built = store.query("CONSTRUCT { ?c a skg:Claim } WHERE { ?c a skg:Claim }")
    assert built.kind == "graph" and len(built.triples) > 10


def test_push_splits_batches_virtuoso_refuses(server: tuple[RemoteStore, int], tmp_path: Path) -> None:
    store, _ = server
    big = tmp_path / "big.nt"
    lines = (f'<https://example.org/s{i}> <https://example.org/p> "value {i}" .\n' for i in range(12_000))
    big.write_text("".join(lines), encoding="utf-8")
    graph = "https://example.org/big"
    # Virtuoso's SPARQL parser runs out of memory near 5000 lines in one request.
    with pytest.raises(EndpointRefused, match=r"SP030|memory exhausted"):
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{big.read_text(encoding='utf-8')}}} }}")
    endpoint = store.endpoint
    pushed = runner.invoke(main, ["push", "--endpoint", endpoint, "--graph", graph, "--batch-size", "12000", str(big)])
    assert pushed.exit_code == 0, pushed.output
    batch = int(pushed.output.rsplit("batches of ", 1)[1].rstrip(").\n"))
    assert batch < 12_000
    assert count_in_graphs(store, graph) == 12_000
    again = RemoteStore(endpoint)
    seen: list[tuple[int, int]] = []
    assert again.push([big], graph, batch_size=batch, progress=lambda d, t: seen.append((d, t))) == 12_000
    assert again.batch_size == batch and seen[-1] == (12_000, 12_000) and len(seen) == -(-12_000 // batch)
    assert count_in_graphs(store, graph) == 12_000


def test_push_the_quad_export(server: tuple[RemoteStore, int], turtle_file: Path, tmp_path: Path) -> None:
    store, _ = server
    quads = tmp_path / "spacekg.nq"
    runner.invoke(main, ["export", "--graph", str(turtle_file), "--format", "nquads", "--out", str(quads)])
    graph = "https://example.org/pushed"
    pushed = runner.invoke(main, ["push", "--quiet", "--endpoint", store.endpoint, "--graph", graph, str(quads)])
    assert pushed.exit_code == 0 and pushed.output == "", pushed.output
    assert count_in_graphs(store, graph) == len(MemoryStore([turtle_file]))
