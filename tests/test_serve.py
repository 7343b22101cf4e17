"""spacekg serve, exercised by real clients over loopback."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from bench.load_serve import run_load
from click.testing import CliRunner

from spacekg.cli import main
from tests.servers import free_port, stop

ALLOWED = "https://allowed.example"
LEADS = "SELECT ?a WHERE { ?a skg:leads kg:ilrs } ORDER BY ?a"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    banner: str
    graph: Path


def start(graph: Path, *extra: str) -> Served:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "spacekg.cli", "serve", "--graph", str(graph), "--port", str(port), *extra],
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    banner = process.stderr.readline().decode()
    assert "SPARQL endpoint" in banner, banner + process.stderr.read().decode()
    return Served(f"http://127.0.0.1:{port}/sparql", process, banner, graph)


@pytest.fixture(scope="module")
def server(turtle_file: Path) -> Iterator[Served]:
    served = start(turtle_file, "--cors", ALLOWED, "--timeout", "2", "--max-result-bytes", "200000")
    yield served
    stop(served.process)


@pytest.fixture(scope="module")
def plain_server(turtle_file: Path) -> Iterator[Served]:
    served = start(turtle_file)
    yield served
    stop(served.process)


def request(url: str, *, query: str | None = None, method: str = "GET", accept: str | None = None,
            body: bytes | None = None, content_type: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:  # fmt: skip
    if query is not None and method == "GET":
        url = f"{url}?{urllib.parse.urlencode({'query': query})}"
    all_headers = dict(headers or {})
    if accept:
        all_headers["Accept"] = accept
    if content_type:
        all_headers["Content-Type"] = content_type
    req = urllib.request.Request(url, data=body, method=method, headers=all_headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, _names(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, _names(exc.headers), exc.read()


def _names(headers: Any) -> dict[str, str]:
    """Header names in one spelling (HTTP names are case-insensitive)."""
    return {name.title(): value for name, value in headers.items()}


def test_binds_loopback_by_default(plain_server: Served) -> None:
    assert "http://127.0.0.1:" in plain_server.banner
    host = next(p for p in main.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_sparqlwrapper_client(server: Served) -> None:
    from rdflib import Graph
    from SPARQLWrapper import JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(server.url)
    client.setQuery(
        "PREFIX skg: <https://w3id.org/spacekg/ontology#> PREFIX kg: <https://w3id.org/spacekg/id/> " + LEADS
    )
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert sorted(r["a"]["value"].rsplit("/", 1)[1] for r in rows) == ["china", "cnsa", "roscosmos", "russia"]
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("result").length == 4  # type: ignore[union-attr]
    client.setQuery("ASK { <https://w3id.org/spacekg/id/nasa> ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True  # type: ignore[index,call-overload]
    client.setQuery(
        "CONSTRUCT WHERE { ?a <https://w3id.org/spacekg/ontology#leads> <https://w3id.org/spacekg/id/ilrs> }"
    )
    client.setMethod("POST")
    client.setReturnFormat(TURTLE)
    turtle = client.queryAndConvert()
    assert isinstance(turtle, bytes)
    assert len(Graph().parse(data=turtle, format="turtle")) == 4


def test_rdflib_sparqlstore_client(server: Served) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(server.url))
    rows = graph.query(
        "SELECT ?a WHERE { ?a <https://w3id.org/spacekg/ontology#leads> <https://w3id.org/spacekg/id/ilrs> }"
    )
    assert len(list(rows)) == 4


@pytest.mark.parametrize(
    ("accept", "media", "parser"),
    [
        (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        ("text/csv", "text/csv", None),
        (
            "text/html;q=0.5, application/sparql-results+xml;q=0.9, */*;q=0.1",
            "application/sparql-results+xml",
            ox.QueryResultsFormat.XML,
        ),
    ],
)
def test_select_content_negotiation(
    server: Served, accept: str | None, media: str, parser: ox.QueryResultsFormat | None
) -> None:
    status, headers, body = request(server.url, query=LEADS, accept=accept)
    assert status == 200
    assert headers["Content-Type"].startswith(media)
    if parser is None:
        rows = list(csv.reader(io.StringIO(body.decode())))
        assert rows[0] == ["a"] and len(rows) == 5
    else:
        assert len(list(ox.parse_query_results(body, format=parser))) == 4


@pytest.mark.parametrize(
    ("accept", "media", "parser"),
    [
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("text/turtle", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_graph_content_negotiation(server: Served, accept: str | None, media: str, parser: ox.RdfFormat) -> None:
    status, headers, body = request(server.url, query="CONSTRUCT WHERE { ?a skg:leads kg:ilrs }", accept=accept)
    assert status == 200
    assert headers["Content-Type"].startswith(media)
    assert len(list(ox.parse(body, format=parser))) == 4


def test_post_form_and_direct_query(server: Served) -> None:
    form = urllib.parse.urlencode({"query": LEADS}).encode()
    status, _, body = request(server.url, method="POST", body=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 4
    status, _, body = request(server.url, method="POST", body=LEADS.encode(), content_type="application/sparql-query")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 4


def test_unacceptable_accept_is_406(server: Served) -> None:
    assert request(server.url, query=LEADS, accept="image/png")[0] == 406


def test_updates_are_refused(server: Served) -> None:
    before = request(server.url, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2]
    update = "DELETE WHERE { ?s ?p ?o }"
    form = urllib.parse.urlencode({"update": update}).encode()
    assert request(server.url, method="POST", body=form, content_type="application/x-www-form-urlencoded")[0] == 403
    assert request(server.url, method="POST", body=update.encode(), content_type="application/sparql-update")[0] == 403
    assert request(f"{server.url}?{urllib.parse.urlencode({'update': update})}")[0] == 403
    status, _, body = request(server.url, query=update)
    assert status == 403 and b"read-only" in body
    assert request(server.url, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2] == before


def test_malformed_query_is_400_with_position(server: Served) -> None:
    status, _, body = request(server.url, query="SELECT * WHERE { ?s ?p }")
    assert status == 400 and b"line 1, column" in body


def test_cors_only_for_the_allowed_origin(server: Served, plain_server: Served) -> None:
    _, headers, _ = request(server.url, query=LEADS, headers={"Origin": ALLOWED})
    assert headers.get("Access-Control-Allow-Origin") == ALLOWED
    assert "Access-Control-Allow-Credentials" not in headers
    _, headers, _ = request(server.url, query=LEADS, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = request(
        server.url, method="OPTIONS", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "POST"}
    )
    assert status == 204 and headers.get("Access-Control-Allow-Origin") == ALLOWED
    _, headers, _ = request(plain_server.url, query=LEADS, headers={"Origin": ALLOWED})
    assert "Access-Control-Allow-Origin" not in headers


def test_wildcard_cors_is_refused(turtle_file: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--graph", str(turtle_file), "--port", str(free_port()), "--cors", "*"])
    assert result.exit_code == 2 and "not '*'" in result.output


def test_timeout_is_an_error_status_not_a_truncated_200(server: Served) -> None:
    status, _, body = request(server.url, query=HEAVY)
    assert status == 504
    assert b"time limit" in body or b"longer than" in body


def test_result_size_limit(server: Served) -> None:
    status, _, body = request(server.url, query="SELECT * WHERE { ?s ?p ?o }")
    assert status == 422 and b"limit of 200000 bytes" in body


def test_slow_query_does_not_block_others(server: Served) -> None:
    slow_done = threading.Event()

    def slow() -> None:
        request(server.url, query=HEAVY)
        slow_done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    try:
        status, _, _ = request(server.url, query=LEADS)
        assert status == 200
        assert not slow_done.is_set(), "the quick query had to wait for the slow one"
    finally:
        thread.join()


def test_query_page_and_unknown_paths(server: Served) -> None:
    base = server.url.rsplit("/", 1)[0]
    status, headers, body = request(base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"/sparql" in body and b"<textarea" in body
    assert request(base + "/nope")[0] == 404
    assert request(server.url)[0] == 400  # no query


def test_bounded_load_has_no_errors(plain_server: Served) -> None:
    result = run_load(plain_server.url, clients=20, per_client=200)
    assert len(result.latencies) == 20 * 200
    assert result.errors == []


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--graph", str(tmp_path / "none.ttl"), "--port", str(free_port())])
    assert result.exit_code == 2 and "no such file" in result.output


def test_entity_iris_dereference_by_content_negotiation(server: Served) -> None:
    base = server.url.rsplit("/", 1)[0]
    status, headers, body = request(base + "/id/russia", accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert any(t.predicate.value.endswith("#label") and t.object.value == "Russia" for t in triples)
    status, headers, body = request(base + "/id/russia", accept="text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<h1>Russia</h1>" in body and b'href="/id/china"' in body
    assert request(base + "/id/russia", accept="application/ld+json")[0] == 200
    assert request(base + "/id/atlantis", accept="text/turtle")[0] == 404
    assert request(base + "/id/atlantis")[0] == 404
    assert request(base + "/id/a%3Cb", accept="text/turtle")[0] == 400


def test_query_page_in_a_browser(server: Served) -> None:
    from tests.browser import chromium_page

    base = server.url.rsplit("/", 1)[0]
    with chromium_page() as page:
        problems: list[str] = []
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(base + "/")
        page.fill("#query", "SELECT ?label WHERE { kg:roscosmos rdfs:label ?label }")
        page.click("button[type=submit]")
        page.wait_for_selector("#results table")
        assert page.text_content("#results td") == "Roscosmos @en"
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("button[type=submit]")
        page.wait_for_selector("#status.error")
        assert "400" in (page.text_content("#status") or "")
        assert problems == []


def test_rdf_xml_and_resolvable_dataset_ontology_and_graph_iris(server: Served) -> None:
    base = server.url.rsplit("/", 1)[0]
    status, headers, body = request(base + "/id/russia", accept="application/rdf+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rdf+xml")
    assert any(t.object.value == "Russia" for t in ox.parse(body, format=ox.RdfFormat.RDF_XML))
    status, _, body = request(base + "/ontology", accept="text/turtle")
    triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
    assert status == 200 and any(t.object.value.endswith("#Ontology") for t in triples)
    status, headers, body = request(base + "/ontology", accept="application/rdf+xml")
    assert status == 200 and len(list(ox.parse(body, format=ox.RdfFormat.RDF_XML))) == len(triples)
    assert request(base + "/ontology", accept="text/html")[0] == 200
    # the export's named graphs: claims as the TriG export names them
    status, _, body = request(base + "/id/graph/claims", accept="application/n-triples")
    claims = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    assert status == 200 and any(t.object.value.endswith("#Claim") for t in claims)
    assert not any(t.object.value.endswith("#Fact") for t in claims)
    status, _, body = request(base + "/id/graph/claims", accept="text/html")
    assert status == 200 and b"named graph" in body
    # user queries see the data graph, not the added ones
    status, _, body = request(server.url, query="ASK { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200 and json.loads(body)["boolean"] is True
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    served = int(json.loads(request(server.url, query=count)[2])["results"]["bindings"][0]["n"]["value"])
    assert served == len(list(ox.parse(path=str(server.graph), format=ox.RdfFormat.TURTLE)))


def test_dataset_description_resolves(tmp_path: Path, turtle_file: Path) -> None:
    graph = tmp_path / "kg.ttl"
    graph.write_bytes(turtle_file.read_bytes())
    (tmp_path / "kg.void.ttl").write_text(
        "@prefix void: <http://rdfs.org/ns/void#> .\n<https://w3id.org/spacekg/id/dataset> a void:Dataset ;\n"
        "  void:triples 42 .\n",
        encoding="utf-8",
    )
    served = start(graph)
    try:
        base = served.url.rsplit("/", 1)[0]
        status, _, body = request(base + "/id/dataset", accept="text/turtle")
        assert status == 200 and any(
            t.object.value.endswith("void#Dataset") for t in ox.parse(body, format=ox.RdfFormat.TURTLE)
        )
        assert request(base + "/id/dataset", accept="text/html")[0] == 200
    finally:
        stop(served.process)


def test_entity_page_shows_facts_and_claims_both_ways_with_evidence(server: Served) -> None:
    base = server.url.rsplit("/", 1)[0]
    status, headers, body = request(base + "/id/russia", accept="text/html")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    page = body.decode()
    assert "Facts and claims about Russia" in page
    statements = page.split('id="statements"', 1)[1].split("</table>", 1)[0]
    assert "fact/russia-cooperateswith-china" in statements  # Russia as subject
    assert ">subject<" in statements.replace("<td>", ">").replace("</td>", "<")
    assert "object" in statements  # and as object of someone else's fact
    assert "Claim" in statements and "speaker" in statements  # claims Russia made
    assert "characters 1516–1669" in statements  # each with its evidence span
    assert 'href="/id/moon-race-article"' in statements


def test_query_page_links_prefixes_named_queries_and_examples(server: Served) -> None:
    from tests.browser import chromium_page

    base = server.url.rsplit("/", 1)[0]
    with chromium_page() as page:
        problems: list[str] = []
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(base + "/")
        assert page.locator("#examples a").count() >= 2
        page.locator("#examples a").nth(1).click()
        assert "skg:Claim" in page.input_value("#query")
        page.select_option("#named", "actor-relations")
        page.fill("#params input[name=actor]", "nasa")
        page.click("button[type=submit]")
        page.wait_for_selector("#results table")
        links = page.eval_on_selector_all("#results a", "els => els.map(e => [e.getAttribute('href'), e.textContent])")
        assert ["/id/nasa", "kg:nasa"] not in links  # the parameter is bound, not a column
        assert any(href.startswith("/id/") and text.startswith("kg:") for href, text in links), links
        assert any(text.startswith("skg:") for _, text in links), links
        page.locator("#results a[href^='/id/']").first.click()
        page.wait_for_selector("h1")
        assert page.url.startswith(base + "/id/")
        assert problems == []


def test_busy_or_out_of_range_port_is_one_clear_line(turtle_file: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--graph", str(turtle_file), "--port", str(port)])
        assert result.exit_code == 2 and "cannot listen on 127.0.0.1" in result.output, result.output
    for option, value in (("--port", "70000"), ("--timeout", "0"), ("--workers", "-1"), ("--memory-mb", "-5")):
        result = CliRunner().invoke(main, ["serve", "--graph", str(turtle_file), option, value])
        assert result.exit_code == 2 and option in result.output, result.output
        assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["serve", "--graph", str(turtle_file), "--allow-service", "file:///etc/passwd"])
    assert result.exit_code == 2 and "http(s)" in result.output


def test_load_benchmark_runs_small(tmp_path: Path) -> None:
    """The benchmark's mixed load and side-by-side run end to end (tiny sizes; no timing asserted)."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-m", "bench.load_serve", "--clients", "2", "--queries", "10", "--rounds", "1",
         "--graph", str(root / "data" / "release" / "spacekg.ttl")],
        cwd=root, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "fast-query errors under mixed load: 0" in done.stdout
    assert "runaway queries: 1," in done.stdout
    assert done.stdout.count("-> throughput") == 2 and "errors 0" in done.stdout
