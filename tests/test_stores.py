"""The same answers from every store, and clear errors from remote ones.

The remote store is a real `oxigraph serve` on 127.0.0.1, filled with
`spacekg push`; the on-disk store is filled with `spacekg load`.
"""

from __future__ import annotations

import http.server
import shlex
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import spacekg
from spacekg.cli import main
from spacekg.errors import StoreError
from spacekg.query.named import bind, named_queries
from spacekg.query.store import DiskStore, MemoryStore, RemoteStore, Result, Store
from tests.servers import free_port, oxigraph_server

COMPETENCY = sorted((Path(__file__).parent / "competency").glob("*.rq"))
GRAPH_IRI = "https://w3id.org/spacekg/graph/test"
runner = CliRunner()


@pytest.fixture(scope="module")
def remote(turtle_file: Path) -> Iterator[RemoteStore]:
    with oxigraph_server("--union-default-graph") as base:
        pushed = runner.invoke(
            main,
            ["push", "--endpoint", f"{base}/update", "--graph", GRAPH_IRI, "--batch-size", "500", str(turtle_file)],
        )
        assert pushed.exit_code == 0, pushed.output
        yield RemoteStore(f"{base}/query")


@pytest.fixture(scope="module")
def disk(turtle_file: Path, tmp_path_factory: pytest.TempPathFactory) -> DiskStore:
    location = tmp_path_factory.mktemp("oxigraph") / "store"
    loaded = runner.invoke(main, ["load", "--store", f"oxigraph:{location}", str(turtle_file)])
    assert loaded.exit_code == 0, loaded.output
    return DiskStore(location)


@pytest.fixture(scope="module")
def memory(turtle_file: Path) -> MemoryStore:
    return MemoryStore([turtle_file])


def answers(result: Result) -> object:
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return sorted(str(t) for t in result.triples)
    return result.variables, sorted(tuple("" if t is None else str(t) for t in row) for row in result.rows)


def cases() -> list[tuple[str, str, dict[str, str]]]:
    found = [(f"cq:{q.stem}", q.read_text(encoding="utf-8"), {}) for q in COMPETENCY]
    for name, query in named_queries().items():
        args = shlex.split(query.examples[0])
        raw = dict(args[i + 1].split("=", 1) for i, a in enumerate(args) if a == "--param")
        found.append((f"named:{name}", name, raw))
    return found


@pytest.mark.parametrize(("label", "query", "params"), cases(), ids=[c[0] for c in cases()])
def test_same_answers_in_every_store(
    memory: MemoryStore, disk: DiskStore, remote: RemoteStore, label: str, query: str, params: dict[str, str]
) -> None:
    bindings = {}
    if label.startswith("named:"):
        named = named_queries()[query]
        query, bindings = named.text, bind(named, params)
    results = {
        name: answers(store.query(query, bindings))
        for name, store in (("memory", memory), ("disk", disk), ("remote", remote))
    }
    assert results["memory"] == results["disk"] == results["remote"]
    assert results["memory"] not in ([], ([], [])), "an empty answer would make parity trivial"


def test_store_sizes_agree(memory: Store, disk: Store, remote: Store) -> None:
    assert len(memory) == len(disk) == len(remote) > 2000


def test_push_twice_replaces_the_graph(turtle_file: Path, remote: RemoteStore) -> None:
    endpoint = remote.endpoint.replace("/query", "/update")
    before = len(remote)
    assert runner.invoke(main, ["push", "--endpoint", endpoint, "--graph", GRAPH_IRI, str(turtle_file)]).exit_code == 0
    assert len(remote) == before


def test_cli_query_against_endpoint_and_disk(remote: RemoteStore, disk: DiskStore) -> None:
    query = "SELECT ?agency WHERE { ?agency skg:leads kg:ilrs ; a skg:SpaceAgency } ORDER BY ?agency"
    for option in (["--endpoint", remote.endpoint], ["--store", f"oxigraph:{disk.path}"]):
        result = runner.invoke(main, ["query", *option, query])
        assert result.exit_code == 0, result.output
        assert "kg:cnsa" in result.output and "kg:roscosmos" in result.output


def test_python_api_on_every_store(turtle_file: Path, disk: DiskStore, remote: RemoteStore) -> None:
    for kg in (
        spacekg.load(turtle_file),
        spacekg.load(store=f"oxigraph:{disk.path}"),
        spacekg.load(endpoint=remote.endpoint),
    ):
        rows = kg.named("program-timeline", program="ilrs").python_rows()
        assert rows[0] == {
            "item": "https://w3id.org/spacekg/id/ilrs-stage-1",
            "kind": "phase",
            "label": "ILRS stage 1",
            "start": 2021,
            "end": 2025,
        }
        assert "end" not in rows[2]  # the final stage has no end year


def test_unreachable_endpoint() -> None:
    with pytest.raises(StoreError, match="cannot reach the endpoint"):
        RemoteStore(f"http://127.0.0.1:{free_port()}/query").query("ASK {}")


def test_http_error_status(remote: RemoteStore) -> None:
    with pytest.raises(StoreError, match="HTTP 4"):
        RemoteStore(remote.endpoint.replace("/query", "/nowhere")).query("ASK {}")


def test_malformed_query_never_reaches_the_server(remote: RemoteStore) -> None:
    result = runner.invoke(main, ["query", "--endpoint", remote.endpoint, "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 2 and "line 1, column" in result.output


class _Truncating(http.server.BaseHTTPRequestHandler):
    """Answers 200 with a JSON body cut short, as a server that times out
    mid-response does; with or without a Content-Length header."""

    with_length = False

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "http://a"'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if self.with_length:
            self.send_header("Content-Length", str(len(body) + 100))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("with_length", [False, True])
def test_truncated_200_is_an_error_not_a_partial_result(with_length: bool) -> None:
    handler = type("Handler", (_Truncating,), {"with_length": with_length})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(StoreError, match=r"incomplete|cut short|failed"):
            RemoteStore(f"http://127.0.0.1:{server.server_address[1]}/sparql").query("SELECT ?s WHERE { ?s ?p ?o }")
    finally:
        server.shutdown()
        server.server_close()


def test_disk_store_must_exist(tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "--store", f"oxigraph:{tmp_path / 'none'}", "ASK {}"])
    assert result.exit_code == 2 and "spacekg load" in result.output


def test_oxigraph_store_keeps_values_not_subtypes(turtle_file: Path) -> None:
    """Documented quirk: Oxigraph stores xsd:nonNegativeInteger as xsd:integer,
    in every store kind alike, so answers still agree across stores."""
    start = MemoryStore([turtle_file]).query("SELECT ?s WHERE { ?x oa:start ?s } LIMIT 1").rows[0][0]
    assert isinstance(start, ox.Literal) and start.datatype.value.endswith("#integer")
