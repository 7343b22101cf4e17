"""Exports load cleanly, completely and identically in independent tools."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, VOID

from spacekg.cli import main
from spacekg.graphs.projection import load_projection
from spacekg.interop.export import export_rdf, neo4j_csv, split
from spacekg.model.facts import load_dataset
from tests.conftest import FACTS_DIR, ROOT
from tests.test_ontology import hermit

runner = CliRunner()
RAPPER = {"turtle": "turtle", "nt": "ntriples", "nquads": "nquads", "trig": "trig", "rdfxml": "rdfxml"}
OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}  # fmt: skip
RDFLIB = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}


def reread(data: bytes, fmt: str) -> Graph:
    """All triples of an export, whatever graph they sit in."""
    if fmt in ("nquads", "trig"):
        dataset = Dataset()
        dataset.parse(data=data, format=RDFLIB[fmt])
        merged = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    return Graph().parse(data=data, format=RDFLIB[fmt])


@pytest.mark.parametrize("fmt", sorted(OXIGRAPH))
def test_every_rdf_export_round_trips(graph: Graph, fmt: str, tmp_path: Path) -> None:
    data = export_rdf(graph, fmt)
    assert isomorphic(reread(data, fmt), graph)
    parsed = list(ox.parse(data, format=OXIGRAPH[fmt]))
    assert len({(q.subject, q.predicate, q.object) for q in parsed}) == len(graph)
    if fmt in RAPPER:
        path = tmp_path / f"export.{fmt}"
        path.write_bytes(data)
        rapper = shutil.which("rapper")
        assert rapper, "rapper is missing: apt-get install -y raptor2-utils"
        result = subprocess.run(
            [rapper, "-i", RAPPER[fmt], "-c", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr.lower(), result.stderr
        count = re.search(r"returned (\d+) (triples|statements)", result.stderr)
        assert count is not None and int(count.group(1)) == len(graph)


def test_jsonld_expands_with_pyld_to_the_same_triples(graph: Graph) -> None:
    from pyld import jsonld

    document = json.loads(export_rdf(graph, "jsonld"))
    nquads = jsonld.to_rdf(jsonld.expand(document), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), graph)
    recompacted = jsonld.compact(jsonld.expand(document), document["@context"])
    assert isomorphic(Graph().parse(data=json.dumps(recompacted), format="json-ld"), graph)


def test_jsonld_context_lists_only_used_prefixes(graph: Graph) -> None:
    published = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    used = json.loads(export_rdf(graph, "jsonld"))["@context"]
    assert set(used) < set(published)
    assert "void" not in used and "np" not in used and "skg" in used and "oa" in used


def test_ontology_as_rdfxml_loads_in_owlready2_and_hermit(graph: Graph, tmp_path: Path) -> None:
    ontology = Graph().parse(data=export_rdf(graph, "rdfxml", part="ontology"), format="xml")
    assert (URIRef("https://w3id.org/spacekg/ontology"), RDF.type, OWL.Ontology) in ontology
    world = hermit(ontology, tmp_path)
    assert list(world.inconsistent_classes()) == []  # type: ignore[attr-defined]


def test_parts_partition_the_graph(graph: Graph) -> None:
    parts = split(graph)
    assert sum(len(p) for p in parts.values()) == len(graph)
    kg = "https://w3id.org/spacekg/id/"
    assert not any(str(s).startswith(kg) for s in parts["ontology"].subjects())
    assert not any(
        t == URIRef("https://w3id.org/spacekg/ontology#Evidence") for t in parts["data"].objects(None, RDF.type)
    )
    assert all("/claim/" in str(s) for s in parts["claims"].subjects())


def test_quads_put_parts_in_named_graphs_and_nanopubs(graph: Graph) -> None:
    dataset = Dataset()
    dataset.parse(data=export_rdf(graph, "trig"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs()}
    for part in ("ontology", "claims", "provenance"):
        assert f"https://w3id.org/spacekg/id/graph/{part}" in names
    nanopubs = Dataset()
    nanopubs.parse(data=export_rdf(graph, "trig", part="claims", nanopub=True), format="trig")
    claims = len(set(graph.subjects(RDF.type, URIRef("https://w3id.org/spacekg/ontology#Claim"))))
    heads = [g for g in nanopubs.graphs() if str(g.identifier).endswith("/np/head")]
    assert len(heads) == claims > 30
    for suffix in ("assertion", "provenance", "pubinfo"):
        assert sum(1 for g in nanopubs.graphs() if str(g.identifier).endswith(f"/np/{suffix}")) == claims


def test_neo4j_csv_files(graph: Graph, turtle_file: Path) -> None:
    files = neo4j_csv(graph)
    nodes = list(csv.DictReader(files["nodes.csv"].decode().splitlines()))
    relations = list(csv.DictReader(files["relationships.csv"].decode().splitlines()))
    projection = load_projection(turtle_file)
    assert len(nodes) == projection.number_of_nodes() and len(relations) == projection.number_of_edges()
    assert set(nodes[0]) == {"iri:ID", "name", "class", "wikidata", ":LABEL"}
    ids = {n["iri:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in relations)
    assert {r[":TYPE"] for r in relations if r["kind"] == "stance"} == {"SUPPORTS", "OPPOSES"}


def test_void_description(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    assert runner.invoke(main, ["build", "--facts", str(FACTS_DIR), "--out", str(out)]).exit_code == 0
    void = Graph().parse(tmp_path / "kg.void.ttl")
    dataset = URIRef("https://w3id.org/spacekg/id/dataset")
    assert int(void.value(dataset, VOID.triples)) == len(Graph().parse(out))  # type: ignore[arg-type]
    countries = URIRef("https://w3id.org/spacekg/id/dataset/class/Country")
    assert int(void.value(countries, VOID.entities)) == 7  # type: ignore[arg-type]
    linkset = URIRef("https://w3id.org/spacekg/id/dataset/wikidata-links")
    linked = sum(1 for e in load_dataset([FACTS_DIR]).entities().values() if e.wikidata)
    assert int(void.value(linkset, VOID.triples)) == linked == 20  # type: ignore[arg-type]
    assert (dataset, VOID.vocabulary, URIRef("https://w3id.org/spacekg/ontology")) in void


def test_export_cli(turtle_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.owl"
    result = runner.invoke(
        main, ["export", "--graph", str(turtle_file), "--format", "rdfxml", "--part", "ontology", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert (URIRef("https://w3id.org/spacekg/ontology"), RDF.type, OWL.Ontology) in Graph().parse(out, format="xml")
    neo = runner.invoke(
        main, ["export", "--graph", str(turtle_file), "--format", "neo4j", "--out", str(tmp_path / "neo")]
    )
    assert neo.exit_code == 0 and (tmp_path / "neo" / "nodes.csv").is_file()
    gexf = runner.invoke(main, ["export", "--graph", str(turtle_file), "--format", "gexf"])
    assert gexf.exit_code == 0 and "<gexf" in gexf.output
    bad = runner.invoke(main, ["export", "--graph", str(turtle_file), "--format", "turtle", "--nanopub"])
    assert bad.exit_code == 2 and "quad format" in bad.output


def test_release_dataset_is_not_stale(tmp_path: Path) -> None:
    """data/release/ must be what scripts/release.sh makes from data/facts."""
    release = ROOT / "data" / "release"
    out = tmp_path / "spacekg.ttl"
    assert runner.invoke(main, ["build", "--facts", str(FACTS_DIR), "--out", str(out)]).exit_code == 0
    assert (
        runner.invoke(
            main, ["export", "--graph", str(out), "--format", "jsonld", "--out", str(tmp_path / "spacekg.jsonld")]
        ).exit_code
        == 0
    )
    for name in ("spacekg.ttl", "spacekg.void.ttl", "spacekg.jsonld"):
        assert (tmp_path / name).read_bytes() == (release / name).read_bytes(), (
            f"data/release/{name} is stale: run scripts/release.sh"
        )
    assert not re.search(r"oa:exact\s+\"", (release / "spacekg.ttl").read_text(encoding="utf-8"))  # no quotes committed
