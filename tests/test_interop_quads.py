"""Quad exports (TriG, N-Quads) read back whole in every spacekg reader.

The exports put the data in the default graph and the ontology, claims and
provenance in named graphs. Every reader (query, validate, analyze, view,
load, push, the Python API) takes the union of the graphs by default, so it
sees the same triples and gives the same answers as with the Turtle file;
``--named-graph`` picks one graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

import spacekg
from spacekg.cli import main
from spacekg.core.graphio import read_graph
from spacekg.errors import GraphError
from spacekg.graphs.projection import load_projection
from spacekg.query.named import bind, named_queries
from spacekg.query.store import MemoryStore, RemoteStore
from tests.servers import oxigraph_server
from tests.test_stores import answers, cases

runner = CliRunner()
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CLAIMS_GRAPH = "https://w3id.org/spacekg/id/graph/claims"


@pytest.fixture(scope="module", params=["trig", "nq"])
def quad_file(request: pytest.FixtureRequest, turtle_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("quads") / f"spacekg.{request.param}"
    fmt = "trig" if request.param == "trig" else "nquads"
    result = runner.invoke(main, ["export", "--graph", str(turtle_file), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def count(*args: str) -> int:
    result = runner.invoke(main, ["query", *args, COUNT, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return int(result.output.split()[-1])


def test_the_export_really_has_named_graphs(quad_file: Path, turtle_file: Path) -> None:
    # Otherwise the union would be trivially the whole file.
    default_only = count("--graph", str(quad_file), "--named-graph", "default")
    assert 0 < default_only < count("--graph", str(turtle_file))


def test_query_counts_every_graph(quad_file: Path, turtle_file: Path) -> None:
    assert count("--graph", str(quad_file)) == count("--graph", str(turtle_file)) > 2000


def test_rdflib_reader_is_isomorphic_to_turtle(quad_file: Path, turtle_file: Path) -> None:
    assert isomorphic(read_graph(quad_file), Graph().parse(turtle_file))


@pytest.mark.parametrize(("label", "query", "params"), cases(), ids=[c[0] for c in cases()])
def test_same_answers_as_turtle(
    quad_file: Path, turtle_file: Path, label: str, query: str, params: dict[str, str]
) -> None:
    bindings = {}
    if label.startswith("named:"):
        named = named_queries()[query]
        query, bindings = named.text, bind(named, params)
    quads, turtle = MemoryStore([quad_file]), MemoryStore([turtle_file])
    assert answers(quads.query(query, bindings)) == answers(turtle.query(query, bindings))


def test_validate_passes(quad_file: Path) -> None:
    result = runner.invoke(main, ["validate", str(quad_file)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_analyze_and_view_see_the_whole_network(quad_file: Path, turtle_file: Path, tmp_path: Path) -> None:
    whole, from_quads = load_projection(turtle_file), load_projection(quad_file)
    assert from_quads.number_of_nodes() == whole.number_of_nodes() > 20
    assert from_quads.number_of_edges() == whole.number_of_edges()
    shown = []
    for source in (turtle_file, quad_file):
        result = runner.invoke(main, ["view", "--graph", str(source), "--out", str(tmp_path / "view.html")])
        assert result.exit_code == 0, result.output
        shown.append(re.search(r"\((\d+) nodes, (\d+) edges\)", result.output).groups())  # type: ignore[union-attr]
    assert shown[0] == shown[1]
    analysed = runner.invoke(main, ["analyze", "--graph", str(quad_file), "--format", "json"])
    assert analysed.exit_code == 0 and '"centrality": []' not in analysed.output


def test_load_then_query_the_store(quad_file: Path, turtle_file: Path, tmp_path: Path) -> None:
    location = tmp_path / "store"
    loaded = runner.invoke(main, ["load", "--store", f"oxigraph:{location}", str(quad_file)])
    assert loaded.exit_code == 0, loaded.output
    assert count("--store", f"oxigraph:{location}") == count("--graph", str(turtle_file))
    picked = tmp_path / "claims"
    loaded = runner.invoke(
        main, ["load", "--store", f"oxigraph:{picked}", "--named-graph", CLAIMS_GRAPH, str(quad_file)]
    )
    assert loaded.exit_code == 0, loaded.output
    assert count("--store", f"oxigraph:{picked}") == count("--graph", str(quad_file), "--named-graph", CLAIMS_GRAPH)


def test_python_api_reads_the_union(quad_file: Path, turtle_file: Path) -> None:
    assert len(spacekg.load(quad_file)) == len(spacekg.load(turtle_file))
    claims = spacekg.load(quad_file, named_graph=CLAIMS_GRAPH)
    assert len(claims) == count("--graph", str(quad_file), "--named-graph", CLAIMS_GRAPH)


def test_push_sends_every_graph(quad_file: Path, turtle_file: Path) -> None:
    with oxigraph_server() as base:
        pushed = runner.invoke(
            main, ["push", "--endpoint", f"{base}/update", "--graph", "https://example.org/g", str(quad_file)]
        )
        assert pushed.exit_code == 0, pushed.output
        remote = RemoteStore(f"{base}/query")
        in_graph = remote.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } }")
        assert int(in_graph.rows[0][0].value) == count("--graph", str(turtle_file))  # type: ignore[union-attr]


def test_one_named_graph(quad_file: Path) -> None:
    claims = count("--graph", str(quad_file), "--named-graph", CLAIMS_GRAPH)
    assert 0 < claims < count("--graph", str(quad_file))
    only = read_graph(quad_file, CLAIMS_GRAPH)
    assert len(only) == claims
    assert {str(o) for o in only.objects(None, None) if str(o).endswith("#Claim")}


def test_unknown_named_graph_is_a_clear_error(quad_file: Path, turtle_file: Path) -> None:
    for command in (["query", "--graph", str(quad_file), COUNT], ["validate", str(quad_file)]):
        result = runner.invoke(main, [*command, "--named-graph", "https://example.org/nope"])
        assert result.exit_code == 2
        assert "no graph <https://example.org/nope>" in result.output and CLAIMS_GRAPH in result.output
        assert "Traceback" not in result.output
    with pytest.raises(GraphError, match="only a default graph"):
        MemoryStore([turtle_file], named_graph=CLAIMS_GRAPH)
    with pytest.raises(GraphError, match="only a default graph"):
        read_graph(turtle_file, CLAIMS_GRAPH)


def test_broken_quad_file_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text("<https://example.org/g> { <https://example.org/s> <https://example.org/p> ", encoding="utf-8")
    for command in (["query", "--graph", str(broken), COUNT], ["validate", str(broken)]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2 and "broken.trig: not valid" in result.output, result.output


def test_oxigraph_cli_with_union_default_graph(quad_file: Path, turtle_file: Path, tmp_path: Path) -> None:
    """The command docs/other-tools.md gives for Oxigraph: load the quad file,
    query with --union-default-graph; the named queries give spacekg's rows."""
    import shutil
    import subprocess
    import sys

    import pyoxigraph as ox

    from spacekg.core.namespaces import prefix_header
    from spacekg.query.store import QUERY_PREFIXES, from_solutions, with_values

    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    location = tmp_path / "oxigraph"
    subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(quad_file)], check=True)
    turtle = MemoryStore([turtle_file])

    def run(query: str, *extra: str) -> bytes:
        done = subprocess.run(
            [oxigraph, "query", "--location", str(location), "--results-format", "json", *extra, "--query", query],
            capture_output=True,
            check=True,
        )
        return done.stdout

    def total(*extra: str) -> int:
        parsed = ox.parse_query_results(run(COUNT, *extra), format=ox.QueryResultsFormat.JSON)
        return int(next(iter(parsed))["n"].value)  # type: ignore[index, union-attr]

    assert total("--union-default-graph") == len(turtle)
    assert total() < len(turtle)  # without the setting, the default graph only
    for label, query, params in cases():
        if not label.startswith("named:"):
            continue
        named = named_queries()[query]
        bindings = bind(named, params)
        text = prefix_header(QUERY_PREFIXES) + with_values(named.text, bindings)
        got = from_solutions(
            ox.parse_query_results(run(text, "--union-default-graph"), format=ox.QueryResultsFormat.JSON)
        )
        assert answers(got) == answers(turtle.query(named.text, bindings)), label
    assert QUERY_PREFIXES["skg"] in prefix_header(QUERY_PREFIXES)


def test_push_shows_a_progress_bar_on_a_terminal_only(turtle_file: Path) -> None:
    """Under a pseudo-terminal (util-linux `script`) push draws a bar on stderr;
    piped or with --quiet it prints no bar."""
    import shutil
    import subprocess
    import sys

    script = shutil.which("script")
    assert script, "util-linux 'script' is missing"
    spacekg = str(Path(sys.executable).with_name("spacekg"))
    with oxigraph_server() as base:
        command = [spacekg, "push", "--endpoint", f"{base}/update", "--graph", "https://example.org/g"]
        command += ["--batch-size", "500", str(turtle_file)]
        tty = subprocess.run(
            [script, "-qec", " ".join(command), "/dev/null"], capture_output=True, text=True, check=True, timeout=120
        )
        assert "Pushing" in tty.stdout and "batches of 500" in tty.stdout, tty.stdout
        piped = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
        assert "Pushing" not in piped.stderr and "batches of 500" in piped.stdout
        quiet = subprocess.run([*command, "--quiet"], capture_output=True, text=True, check=True, timeout=120)
        assert quiet.stdout == quiet.stderr == ""
