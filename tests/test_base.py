"""A graph built with another data base (``spacekg build --base``) is read
with that base by every command: query and named queries, view, analyze,
serve (its /id/ pages, queries and named queries), export, and the Python
API. All of them ask :func:`spacekg.model.base.find_base`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import spacekg
from spacekg.cli import main
from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.model.base import find_base
from tests.servers import free_port, stop

BASE = "https://data.example.org/kg/"
runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def custom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = tmp_path_factory.mktemp("base") / "other.ttl"
    run("build", "--base", BASE, "--out", str(graph))
    return graph


def test_build_declares_its_base(custom: Path) -> None:
    """The Turtle file's @base and kg: are the given base, in both halves
    (asserted, and after the entailments marker), so other tools read it right."""
    text = custom.read_text(encoding="utf-8")
    assert re.findall(r"(?m)^@prefix kg: <([^>]+)>", text) == [BASE, BASE]
    assert re.findall(r"(?m)^@base <([^>]+)>", text) == [BASE, BASE]
    store = ox.Store()
    store.load(path=str(custom), format=ox.RdfFormat.TURTLE)
    assert ox.NamedNode(BASE + "ilrs") in {q.subject for q in store.quads_for_pattern(None, None, None)}
    assert not any(q.subject.value.startswith(DEFAULT_BASE) for q in store if isinstance(q.subject, ox.NamedNode))


def test_find_base_from_the_graph_then_its_void(custom: Path, tmp_path: Path) -> None:
    assert find_base(custom, lambda: [BASE + "moon-race-article"]) == BASE
    assert find_base(custom) == BASE  # no documents asked: the VoID description beside the file says it
    alone = tmp_path / "alone.ttl"
    alone.write_bytes(custom.read_bytes())
    assert find_base(alone) == DEFAULT_BASE  # neither the graph's documents nor a VoID file
    assert find_base(alone, lambda: [ox.NamedNode(BASE + "moon-race-article")]) == BASE


def test_query_shows_and_takes_kg_in_the_graphs_base(custom: Path) -> None:
    timeline = run("query", "--graph", str(custom), "program-timeline", "--param", "program=ilrs")
    assert "kg:ilrs-stage-1" in timeline and "(4 rows)" in timeline, timeline
    csv = run("query", "--graph", str(custom), "--format", "csv", "program-timeline", "--param", "program=ilrs")
    assert BASE + "ilrs-stage-1" in csv
    plain = run("query", "--graph", str(custom), "SELECT ?a WHERE { ?a skg:participatesIn kg:ilrs } ORDER BY ?a")
    assert "kg:roscosmos" in plain and "(4 rows)" in plain, plain


def test_query_on_a_store_finds_the_base_in_the_store(custom: Path, tmp_path: Path) -> None:
    store = f"oxigraph:{tmp_path / 'db'}"
    run("load", str(custom), "--store", store, "--quiet")
    out = run("query", "--store", store, "--format", "csv", "program-timeline", "--param", "program=ilrs")
    assert BASE + "ilrs-stage-2" in out


def test_view_focus_and_query_file_use_the_base(custom: Path, tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    assert "(" in run("view", "--graph", str(custom), "--focus", "kg:ilrs", "--out", str(page))
    html = page.read_text(encoding="utf-8")
    assert f'"{BASE}ilrs"' in html and f'"{DEFAULT_BASE}ilrs"' not in html
    query = tmp_path / "leads.rq"
    query.write_text("CONSTRUCT { ?a skg:leads kg:ilrs } WHERE { ?a skg:leads kg:ilrs }", encoding="utf-8")
    out = run("view", "--graph", str(custom), "--query", str(query), "--out", str(page))
    assert "(5 nodes, 4 edges)" in out, out  # ILRS and its four leaders: kg: is the graph's base


def test_analyze_path_between_ids_of_the_base(custom: Path) -> None:
    out = run("analyze", "--graph", str(custom), "--path", "kg:united-kingdom", "united-states", "--format", "json")
    report = json.loads(out)
    first, last = report["path"][0], report["path"][-1]
    assert BASE + "united-kingdom" in (first["from"], first["to"])
    assert BASE + "united-states" in (last["from"], last["to"])


def test_export_keeps_the_base(custom: Path, tmp_path: Path) -> None:
    trig = tmp_path / "other.trig"
    run("export", "--graph", str(custom), "--format", "trig", "--out", str(trig))
    dataset = ox.Dataset(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in dataset if isinstance(q.graph_name, ox.NamedNode)}
    assert graphs == {BASE + f"graph/{part}" for part in ("claims", "ontology", "provenance", "entailments")}
    turtle = run("export", "--graph", str(custom), "--format", "turtle", "--part", "data")
    assert f"@prefix kg: <{BASE}>" in turtle and DEFAULT_BASE not in turtle
    nodes = tmp_path / "neo4j"
    run("export", "--graph", str(custom), "--format", "neo4j", "--out", str(nodes))
    assert f"{BASE}ilrs," in (nodes / "nodes.csv").read_text(encoding="utf-8")


def test_api_named_and_query_use_the_base(custom: Path) -> None:
    kg = spacekg.load(custom)
    assert kg.base == BASE
    rows = kg.named("program-timeline", program="ilrs").python_rows()
    assert len(rows) == 4 and all(row["item"].startswith(BASE) for row in rows)
    assert len(kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }")) == 4
    assert kg.explain_path("kg:united-kingdom", "united-states")


@pytest.fixture(scope="module")
def served(custom: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "spacekg.cli",
            "serve",
            "--graph",
            str(custom),
            "--port",
            str(port),
            "--workers",
            "1",
            "--timeout",
            "60",
        ],
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    banner = process.stderr.readline().decode()
    try:
        assert "SPARQL endpoint" in banner, banner
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def get(url: str, accept: str = "text/csv") -> str:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return bytes(response.read()).decode("utf-8")


def test_serve_finds_the_base(served: str) -> None:
    query = urllib.parse.urlencode({"query": "SELECT ?p WHERE { kg:nasa skg:leads ?p }"})
    assert get(f"{served}/sparql?{query}").split() == ["p", BASE + "artemis"]
    named = get(f"{served}/named/program-timeline?program=ilrs")
    assert named.count(BASE + "ilrs-stage-") == 3, named
    page = get(f"{served}/id/ilrs", "text/html")
    assert "International Lunar Research Station" in page and 'href="/id/cnsa"' in page
    turtle = get(f"{served}/id/ilrs", "text/turtle")
    assert f"<{BASE}ilrs>" in turtle or f"@prefix kg: <{BASE}>" in turtle
    claims = get(f"{served}/id/graph/claims", "application/n-triples")
    assert f"<{BASE}" in claims
