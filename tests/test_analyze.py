"""Network analytics: the projection, centrality, blocs, explained paths, exports."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.errors import GraphError
from spacekg.graphs.analyze import centrality, chain, communities, explain_path, export
from spacekg.graphs.projection import load_projection

KG = "https://w3id.org/spacekg/id/"
runner = CliRunner()


@pytest.fixture(scope="module")
def projection(turtle_file: Path) -> nx.MultiDiGraph:
    return load_projection(turtle_file)


def test_projection_keeps_meaning(projection: nx.MultiDiGraph) -> None:
    russia = projection.nodes[KG + "russia"]
    assert russia["label"] == "Russia" and russia["cls"] == "Country"
    assert russia["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert projection.nodes[KG + "ilrs"]["cls"] == "Program"
    assert projection.nodes[KG + "ilrs-stage-2"]["start"] == 2026
    leads = projection.get_edge_data(KG + "nasa", KG + "artemis")
    edge = leads["https://w3id.org/spacekg/ontology#leads"]
    assert edge["label"] == "leads" and edge["kind"] == "fact"
    assert edge["statement"] == KG + "fact/nasa-leads-artemis"
    assert edge["evidence"] == [{"source": KG + "moon-race-article", "start": 2949, "end": 3193}]
    claimed = projection.get_edge_data(KG + "ilrs", KG + "artemis")
    (claim,) = claimed.values()
    assert claim["kind"] == "claim" and claim["speakers"] == [KG + "vladimir-danilov"]
    # Claims never become facts: no fact edge for a rivalry.
    assert not any(
        d["kind"] == "fact" and d["predicate"].endswith("competesWith") for _, _, d in projection.edges(data=True)
    )


def test_stances_on_claims_point_at_their_speakers(projection: nx.MultiDiGraph) -> None:
    stances = projection.get_edge_data(KG + "vladimir-danilov", KG + "pentagon")
    assert stances is not None
    (edge,) = stances.values()
    assert edge["kind"] == "stance" and edge["stance"] == "opposes"
    assert "significant threat" in edge["label"]


def test_centrality_ranks_hubs(projection: nx.MultiDiGraph) -> None:
    ranking = centrality(projection)
    assert ranking[0]["betweenness"] >= ranking[1]["betweenness"] >= ranking[-1]["betweenness"]
    top = {row["label"] for row in ranking[:5]}
    assert {"International Lunar Research Station", "Russia"} <= top


def test_blocs_the_article_describes(projection: nx.MultiDiGraph) -> None:
    blocs = [set(b) for b in communities(projection)]

    def together(*ids: str) -> bool:
        return any({KG + i for i in ids} <= bloc for bloc in blocs)

    assert together("nasa", "japan", "canada", "esa")  # the Gateway partners
    assert together("united-kingdom", "british-military", "mike-wigston")
    assert together("uk-space-command", "royal-air-force")
    assert together("united-nations", "un-general-assembly", "un-first-committee", "vladimir-ermakov")
    assert not together("nasa", "roscosmos")


def test_explained_path_with_evidence(projection: nx.MultiDiGraph) -> None:
    steps = explain_path(projection, "united-kingdom", "raf-high-wycombe")
    assert chain(projection, steps) == "United Kingdom ←country— UK Space Command —headquartered at→ RAF High Wycombe"
    assert all(step.evidence for step in steps)
    with pytest.raises(GraphError):
        explain_path(projection, "united-kingdom", "atlantis")


def test_exports_load_in_their_readers(projection: nx.MultiDiGraph, tmp_path: Path) -> None:
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{fmt}"
        path.write_bytes(export(projection, path, fmt))
        back = reader(path)
        assert back.number_of_nodes() == projection.number_of_nodes()
        assert back.number_of_edges() == projection.number_of_edges()
    data = json.loads(export(projection, tmp_path / "g.json", "cytoscape"))
    back = nx.cytoscape_graph(data)
    assert back.number_of_edges() == projection.number_of_edges()
    assert len({e["data"]["id"] for e in data["elements"]["edges"]}) == projection.number_of_edges()


def test_analyze_cli_formats(turtle_file: Path, tmp_path: Path) -> None:
    table = runner.invoke(main, ["analyze", "--graph", str(turtle_file), "--path", "united-kingdom", "united-states"])
    assert table.exit_code == 0, table.output
    assert "Blocs of actors" in table.output and "Path: United Kingdom" in table.output
    doc = json.loads(
        runner.invoke(
            main, ["analyze", "--graph", str(turtle_file), "--format", "json", "--path", "nasa", "japan"]
        ).output
    )
    assert doc["path"][0]["relation"] == "partner of" and doc["path"][0]["evidence"]
    csv_out = runner.invoke(main, ["analyze", "--graph", str(turtle_file), "--format", "csv", "--top", "3"]).output
    assert csv_out.splitlines()[0] == "node,label,class,degree,betweenness,bloc" and len(csv_out.splitlines()) == 4
    export_file = tmp_path / "g.gexf"
    assert runner.invoke(main, ["analyze", "--graph", str(turtle_file), "--export", str(export_file)]).exit_code == 0
    assert nx.read_gexf(export_file).number_of_nodes() > 60
    bad = runner.invoke(main, ["analyze", "--graph", str(turtle_file), "--export", str(tmp_path / "g.txt")])
    assert bad.exit_code == 2


def test_large_graphs_get_sampled_betweenness_said_in_the_output(
    projection: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spacekg.graphs import analyze as analytics

    exact = analytics.analyze(projection, top=5, path_ends=("united-kingdom", "united-states"))
    assert exact.methods["betweenness"] == "exact" and "estimated" not in analytics.render(exact)
    monkeypatch.setattr(analytics, "EXACT_LIMIT", 20)
    monkeypatch.setattr(analytics, "PIVOTS", 10)
    steps: list[str] = []
    sampled = analytics.analyze(projection, top=5, path_ends=("united-kingdom", "united-states"), progress=steps.append)
    assert steps == ["centrality", "blocs", "path"]
    assert sampled.methods["betweenness"].startswith("estimated from 10 sampled sources")
    assert "betweenness estimated from 10 sampled sources" in analytics.render(sampled)
    assert json.loads(analytics.render(sampled, "json"))["methods"]["betweenness"].startswith("estimated")
    assert sampled.ranking != exact.ranking  # really sampled
    assert sampled.steps == exact.steps  # paths stay exact
    again = analytics.analyze(projection, top=5)
    assert again.ranking == analytics.analyze(projection, top=5).ranking  # fixed seed


def test_blocs_do_not_depend_on_node_order(projection: nx.MultiDiGraph) -> None:
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(projection.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(projection.edges(keys=True, data=True))))
    assert communities(shuffled) == communities(projection)
    assert centrality(shuffled) == centrality(projection)


def test_analyze_top_must_be_positive(turtle_file: Path) -> None:
    result = runner.invoke(main, ["analyze", "--graph", str(turtle_file), "--top", "-1"])
    assert result.exit_code == 2 and "--top" in result.output


def test_analyze_benchmark_runs() -> None:
    """The benchmark runs end to end at a tiny size (no timing asserted)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "bench.analyze", "--sizes", "150,300", "--rounds", "1"],
        capture_output=True, text=True, check=False, cwd=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "| 300 |" in result.stdout and "exact" in result.stdout, result.stdout
    assert '<!-- growth {"name": "analyze (CPU s)"' in result.stdout, result.stdout


def test_sampled_betweenness_is_networkx_estimate_to_the_bit() -> None:
    """The fast estimate above EXACT_LIMIT nodes gives networkx's floats exactly."""
    import networkx as nx

    from spacekg.graphs.analyze import sampled_betweenness

    scaffold = nx.barabasi_albert_graph(600, 2, seed=3)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(f"n{i}" for i in scaffold))
    graph.add_edges_from(sorted((f"n{u}", f"n{v}") for u, v in scaffold.edges()))
    graph.add_node("isolated")
    for pivots in (1, 40):
        expected = nx.betweenness_centrality(graph, k=pivots, seed=42)
        found = sampled_betweenness(graph, pivots, 42)
        assert found.keys() == expected.keys()
        assert all(found[v] == expected[v] or (found[v] != found[v] and expected[v] != expected[v]) for v in found)


def test_sampled_sources_shrink_past_the_full_limit_and_the_output_says_so() -> None:
    """Past FULL_PIVOTS_LIMIT nodes fewer sources are sampled (a constant
    budget of node visits, at least MIN_PIVOTS); the method text gives the
    number used and the thresholds."""
    from spacekg.graphs import analyze as analytics

    assert analytics.pivots_for(5_000) == analytics.PIVOTS == 100
    assert analytics.pivots_for(analytics.FULL_PIVOTS_LIMIT) == 100
    assert analytics.pivots_for(20_000) == 50
    assert analytics.pivots_for(50_000) == analytics.pivots_for(1_000_000) == analytics.MIN_PIVOTS == 40
    assert analytics.pivots_for(30) == 30  # never more sources than nodes
    method = analytics.betweenness_method(50_000)
    assert method.startswith("estimated from 40 sampled sources (seed 42; exact up to 2000 nodes")
    assert "100 sources up to 10000 nodes, fewer above, at least 40" in method
    assert analytics.betweenness_method(2_000) == "exact"


def test_the_path_is_the_same_with_the_undirected_graph_passed_in(projection: nx.MultiDiGraph) -> None:
    from spacekg.graphs.analyze import undirected

    for facts_only in (False, True):
        simple = undirected(projection, facts_only)
        assert explain_path(projection, "united-kingdom", "raf-high-wycombe", facts_only, simple=simple) == (
            explain_path(projection, "united-kingdom", "raf-high-wycombe", facts_only)
        )


def test_projection_sorted_in_python_matches_order_by_and_the_on_disk_store(turtle_file: Path, tmp_path: Path) -> None:
    """The projection's queries are sorted in Python (not by ORDER BY, which
    reads IRIs back from RocksDB on every comparison on disk): the rows come
    in ORDER BY's order, and a store on disk gives the same projection,
    nodes with their attributes and each node's edges in order, as one in memory."""
    import pyoxigraph as ox

    from spacekg.graphs.projection import _rows, project
    from spacekg.query.store import DiskStore, MemoryStore

    memory = MemoryStore([turtle_file])
    query = "SELECT ?fact ?s ?body WHERE { ?fact skg:statementSubject ?s . OPTIONAL { ?e oa:hasBody ?fact } }"
    ordered = _rows(memory, query.replace("?body", "?e") + " ORDER BY ?fact ?s")
    mine = _rows(memory, query.replace("?body", "?e"), order=("fact", "s"))
    assert len(mine) > 100 and [(r["fact"], r["s"]) for r in mine] == [(r["fact"], r["s"]) for r in ordered]
    disk_path = tmp_path / "store"
    raw = ox.Store(str(disk_path))
    raw.bulk_load(path=str(turtle_file), format=ox.RdfFormat.TURTLE)
    del raw
    from_disk = project(DiskStore(disk_path), turtle_file)
    from_memory = project(memory, turtle_file)
    assert sorted(from_disk.nodes(data=True)) == sorted(from_memory.nodes(data=True))
    for node in from_memory:  # each node's edges in the same order (the nodes' order is the engine's)
        assert list(from_disk.out_edges(node, keys=True, data=True)) == list(
            from_memory.out_edges(node, keys=True, data=True)
        )
    assert from_memory.nodes[KG + "ilrs-stage-2"]["start"] == 2026  # attributes still read
