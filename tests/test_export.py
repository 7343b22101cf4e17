"""Exports load cleanly, completely and identically in independent tools."""

from __future__ import annotations

import csv
import io
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
    kg = b"<https://w3id.org/spacekg/id/"
    assert not any(line.startswith(kg) for line in parts["ontology"])
    evidence = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/spacekg/ontology#Evidence> ."
    assert not any(line.endswith(evidence) for line in parts["data"])
    assert all(b"/claim/" in line.split(b" ", 1)[0] for line in parts["claims"])


def test_parts_found_as_read_equal_parts_found_in_the_sorted_lines(turtle_file: Path, tmp_path: Path) -> None:
    """read() finds the subjects of other parts and the source documents in
    the text as pyoxigraph gave it (no second join of the sorted lines);
    split() and every quad export give the same as when they search the
    sorted lines, also for typed blank nodes, which are relabelled first."""
    import dataclasses
    import random

    from spacekg.interop.export import read, source_documents
    from spacekg.model.base import find_base

    skg, oa, kg = "https://w3id.org/spacekg/ontology#", "http://www.w3.org/ns/oa#", "https://example.org/kg/"
    type_ = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    lines = [
        f"_:c {type_} <{skg}Claim> .", f'_:c <{skg}summary> "a claim" .', f"_:c <{skg}speaker> <{kg}nasa> .",
        f"_:s {type_} <{oa}SpecificResource> .", f"_:s <{oa}hasSource> <{kg}doc> .",
        f"<{kg}doc> <{skg}sha256> \"00\" .", f"<{kg}nasa> {type_} <{skg}SpaceAgency> .",
        f'<{kg}nasa> <{skg}note> "<x> {type_} <{skg}Claim> ." .',
        f"<{skg}leads> {type_} <http://www.w3.org/2002/07/owl#ObjectProperty> .",
    ]  # fmt: skip
    random.Random(5).shuffle(lines)
    small = tmp_path / "small.nt"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in (turtle_file, small):
        found = read(path)
        assert found.elsewhere is not None
        searched = dataclasses.replace(found, elsewhere=None)
        assert split(found) == split(searched)
        assert found.base == find_base(path, lambda: source_documents(found.graphs))  # noqa: B023
        for fmt in ("trig", "nquads"):
            assert export_rdf(found, fmt) == export_rdf(searched, fmt)
    parts = split(read(small))
    assert [line.split(b" ")[1] for line in parts["claims"]] == [type_.encode(), f"<{skg}speaker>".encode(),
                                                                 f"<{skg}summary>".encode()]  # fmt: skip
    assert len(parts["provenance"]) == 2 and len(parts["ontology"]) == 1 and len(parts["data"]) == 3
    assert read(small).base == kg


def test_named_graphs_of_the_input_stay_in_quad_exports(graph: Graph) -> None:
    """The hook for derived statements (e.g. RDFS entailments): a quad in a
    graph that is not one of spacekg's parts keeps its graph in TriG and
    N-Quads and joins the union in triple formats."""
    from rdflib import Dataset as RDataset

    entailed = "https://w3id.org/spacekg/id/graph/entailments"
    dataset = RDataset()
    dataset.bind("kg", "https://w3id.org/spacekg/id/")
    for triple in graph:
        dataset.add(triple)
    extra = (URIRef("https://w3id.org/spacekg/id/nasa"), RDF.type, URIRef("https://w3id.org/spacekg/ontology#Agent"))
    dataset.graph(URIRef(entailed)).add(extra)
    back = Dataset()
    back.parse(data=export_rdf(dataset, "trig"), format="trig")
    assert extra in back.graph(URIRef(entailed)) and len(back.graph(URIRef(entailed))) == 1
    assert extra in Graph().parse(data=export_rdf(dataset, "turtle"), format="turtle")


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
    assert {"iri:ID", "name", "class", "wikidata", ":LABEL"} <= set(nodes[0])
    ids = {n["iri:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in relations)
    assert {r[":TYPE"] for r in relations if r["kind"] == "stance"} == {"SUPPORTS", "OPPOSES"}


def test_neo4j_keeps_every_label_property_and_evidence_source(graph: Graph) -> None:
    files = neo4j_csv(graph)
    nodes = {n["iri:ID"]: n for n in csv.DictReader(files["nodes.csv"].decode().splitlines())}
    relations = list(csv.DictReader(files["relationships.csv"].decode().splitlines()))
    kg = "https://w3id.org/spacekg/id/"
    for iri, row in nodes.items():  # every asserted type is a label
        asserted = {str(t).rsplit("#", 1)[-1] for t in graph.objects(URIRef(iri), RDF.type) if "spacekg" in str(t)}
        assert asserted - {"Entity"} <= set(row[":LABEL"].split(";")), iri
    assert nodes[kg + "ilrs-stage-1"]["startYear:long"] == "2021"
    assert nodes[kg + "ilrs-stage-1"]["endYear:long"] == "2025"
    # Every literal value of every exported node is in the file, split where an array.
    headers = [h for h in next(iter(nodes.values())) if ":" in h and not h.startswith((":", "iri:"))]
    for iri, row in nodes.items():
        expected = sorted(str(o) for o in graph.objects(URIRef(iri), None) if not isinstance(o, URIRef))
        found = sorted(v for h in headers for v in (row[h].split(";") if h.endswith("[]") else [row[h]]) if v)
        assert found == expected, iri
    claimed = [r for r in relations if r["kind"] == "claim"]
    facts = [r for r in relations if r["kind"] == "fact"]
    assert claimed and all(r[":TYPE"].startswith("CLAIMED_") for r in claimed)
    assert not {r[":TYPE"] for r in facts} & {r[":TYPE"] for r in claimed}
    leads = next(r for r in facts if r[":START_ID"] == kg + "nasa" and r[":TYPE"] == "LEADS")
    assert leads["evidence:string[]"] == kg + "moon-race-article#char=2949,3193"


def test_every_class_of_a_node_survives_every_network_export(turtle_file: Path, tmp_path: Path) -> None:
    from spacekg.graphs.analyze import export as export_network
    from spacekg.graphs.view import Filters, select
    from spacekg.query.store import MemoryStore

    projection = load_projection(turtle_file)
    stations = {
        str(row[0].value)
        for row in MemoryStore([turtle_file]).query("SELECT ?s WHERE { ?s a/rdfs:subClassOf* skg:Station }").rows
        if row[0] is not None
    }
    assert len(stations) >= 2
    assert set(select(projection, Filters(classes={"Station"})).nodes) >= stations  # view --classes
    ilrs = "https://w3id.org/spacekg/id/ilrs"
    import networkx as nx

    graphml = nx.read_graphml(io.BytesIO(export_network(projection, tmp_path / "g.graphml", "graphml")))
    gexf = nx.read_gexf(io.BytesIO(export_network(projection, tmp_path / "g.gexf", "gexf")))
    cytoscape = json.loads(export_network(projection, tmp_path / "g.json", "cytoscape"))
    node = next(n for n in cytoscape["elements"]["nodes"] if n["data"]["id"] == ilrs)
    for classes in (graphml.nodes[ilrs]["classes"].split(";"), gexf.nodes[ilrs]["classes"].split(";"),
                    node["data"]["classes"], node["classes"].split()):  # fmt: skip
        assert set(projection.nodes[ilrs]["classes"]) == set(classes) and "Program" in classes


def test_gexf_keeps_to_the_1_2_schema(turtle_file: Path, tmp_path: Path) -> None:
    """What the GEXF 1.2 XSD rejects in networkx's output (the XSD itself is
    in no package this project can install, so these are its rules as checks)."""
    from xml.etree import ElementTree as ET

    from spacekg.graphs.analyze import export as export_network

    data = export_network(load_projection(turtle_file), tmp_path / "g.gexf", "gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.fromstring(data)
    assert root.get("version") == "1.2"
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert set(graph.attrib) <= {"timeformat", "start", "startopen", "end", "endopen", "defaultedgetype",
                                 "idtype", "mode"}  # fmt: skip
    assert graph.get("timeformat", "integer") in {"integer", "double", "date", "dateTime"}
    assert graph.get("mode") in {"static", "dynamic"} and graph.get("defaultedgetype") == "directed"
    meta = root.find("g:meta", ns)
    assert meta is not None and "lastmodifieddate" not in meta.attrib  # no date: same bytes every day
    allowed = {"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI"}
    assert all(a.get("type") in allowed for a in root.iter("{http://www.gexf.net/1.2draft}attribute"))
    assert [child.tag.split("}")[1] for child in graph] == ["attributes", "attributes", "nodes", "edges"]
    ids = [n.get("id") for n in root.iter("{http://www.gexf.net/1.2draft}node")]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


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


HASH_PROBE = """
import hashlib, sys
from pathlib import Path
from spacekg.interop.export import RDF_FORMATS, export_rdf, neo4j_csv, read
from spacekg.graphs.analyze import export as export_network
from spacekg.graphs.projection import load_projection
from spacekg.model.build import build
out = Path(sys.argv[1]) / "kg.ttl"
build([Path(sys.argv[2])], out)
files = {"ttl": out.read_bytes(), "void": out.with_name("kg.void.ttl").read_bytes()}
graph = read(out)
for fmt in RDF_FORMATS:
    files[fmt] = export_rdf(graph, fmt)
files["nanopub"] = export_rdf(graph, "trig", part="claims", nanopub=True)
files.update(neo4j_csv(graph))
network = load_projection(out)
for fmt in ("graphml", "gexf", "cytoscape"):
    files[fmt] = export_network(network, out, fmt)
for name, data in sorted(files.items()):
    print(name, hashlib.sha256(data).hexdigest())
"""


def test_every_export_is_identical_under_any_hash_seed(tmp_path: Path) -> None:
    import os
    import sys

    digests = []
    for seed in ("0", "1", "4242"):
        work = tmp_path / seed
        work.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", HASH_PROBE, str(work), str(FACTS_DIR)],
            capture_output=True, text=True, env=env, check=False, cwd=ROOT,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        digests.append(result.stdout)
    assert len(digests[0].splitlines()) == 14
    assert digests[0] == digests[1] == digests[2]


def test_blank_nodes_get_labels_from_their_surroundings() -> None:
    turtle = b"""@prefix ex: <http://example.org/> .
    ex:a ex:p [ ex:q ex:b ; ex:r ( 1 2 ) ] ; ex:s [ ex:q ex:c ] ."""
    first = Graph().parse(data=turtle, format="turtle")
    second = Graph().parse(data=turtle, format="turtle")
    assert {str(b) for b in first.all_nodes()} != {str(b) for b in second.all_nodes()}
    for fmt in sorted(OXIGRAPH):
        data = export_rdf(first, fmt)
        assert data == export_rdf(second, fmt), fmt
        assert isomorphic(reread(data, fmt), first), fmt


def test_turtle_is_sorted_with_sorted_used_prefixes(graph: Graph) -> None:
    text = export_rdf(graph, "turtle").decode("utf-8")
    header = [line for line in text.splitlines() if line.startswith("@prefix")]
    names = [line.split()[1] for line in header]
    assert names == sorted(names) and "kg:" in names and "void:" not in names and "np:" not in names
    assert text.startswith("@base <https://w3id.org/spacekg/id/> .\n@prefix ")
    subjects = [line.split(" ", 1)[0] for line in text.splitlines() if line and not line[0].isspace()]
    assert "<russia>" in subjects and "<fact/nasa-leads-artemis>" in subjects
    body = [s for s in subjects if not s.startswith("@")]
    assert len(body) == len(set(body))  # every subject's statements together
    assert "\n<ilrs> a skg:Program" in text  # types first


def test_jsonld_uses_term_definitions_of_the_context(graph: Graph) -> None:
    from pyld import jsonld

    from spacekg.core import rdfwrite
    from spacekg.interop.export import statements

    found = statements(graph)
    context = {
        "kg": found.base, "skg": "https://w3id.org/spacekg/ontology#", "xsd": "http://www.w3.org/2001/XMLSchema#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "leads": {"@id": "skg:leads", "@type": "@id"},
        "startYear": {"@id": "skg:startYear", "@type": "xsd:integer"},
        "label": {"@id": "rdfs:label"},
        "ignored": {"@id": "skg:about", "@container": "@set"},
    }  # fmt: skip
    document = json.loads(rdfwrite.serialize(found.quads, "jsonld", {}, context=context))
    nasa = next(n for n in document["@graph"] if n["@id"] == "kg:nasa")
    assert "kg:artemis" in nasa["leads"] if isinstance(nasa["leads"], list) else nasa["leads"] == "kg:artemis"
    assert "ignored" not in document["@context"] and "leads" in document["@context"]
    nquads = jsonld.to_rdf(jsonld.expand(document), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), graph)


def test_jsonld_writes_values_its_terms_do_not_coerce_as_explicit_objects() -> None:
    """Values whose kind differs from their term's coercion (another language,
    another datatype, a plain string under a language term, an IRI under a
    datatype term), escapes JSON does not share, and a literal rdf:type all
    read back equal with pyld and with pyoxigraph."""
    from pyld import jsonld

    turtle = """@prefix kg: <https://w3id.org/spacekg/id/> . @prefix skg: <https://w3id.org/spacekg/ontology#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @prefix schema: <https://schema.org/> .
    kg:nasa a skg:SpaceAgency, skg:NotAClass ; rdfs:label "NASA"@en, "NASA"@fr, "plain", "tab\tquote\\"x\U0001f680"@en-gb ;
        skg:startYear 1958, "1958"^^xsd:gYear, "about 1958" ; skg:leads kg:artemis, "not an IRI" ;
        schema:memberOf kg:un, "text" ; skg:unknownProperty kg:x, 3, [ rdfs:label "blank"@en ] ;
        <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "a literal type" ."""
    graph = Graph().parse(data=turtle, format="turtle")
    data = export_rdf(graph, "jsonld")
    document = json.loads(data)
    nquads = jsonld.to_rdf(jsonld.expand(document), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), graph)
    assert isomorphic(reread(data, "jsonld"), graph)
    parsed = list(ox.parse(data, format=ox.RdfFormat.JSON_LD))
    assert len(parsed) == len(graph)
    nasa = next(n for n in document["@graph"] if n["id"] == "kg:nasa")
    assert nasa["leads"] == "kg:artemis" and nasa["skg:leads"] == "not an IRI"  # the term coerces to IRIs
    assert nasa["startYear"] == "1958" and nasa["label"] == "NASA" and "SpaceAgency" in nasa["type"]


def test_export_and_build_benchmarks_run(tmp_path: Path) -> None:
    """The benchmarks run at a tiny size, so they cannot rot (no timing asserted)."""
    import sys

    exported = subprocess.run(
        [sys.executable, "-m", "bench.export", "--triples", "2000", "--rounds", "1", "--formats", "turtle,jsonld"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert re.search(r"\| turtle \| [\d.]+ .*\| [\d.]+× [✓✗] \|", exported.stdout), exported.stdout
    assert '"name": "export jsonld: time / raw pyoxigraph"' in exported.stdout, exported.stdout
    assert '<!-- growth {"name": "export turtle"' in exported.stdout, exported.stdout
    built = subprocess.run(
        [sys.executable, "-m", "bench.build", "--factors", "1,2", "--rounds", "1"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert "| ×2 |" in built.stdout and "×2: yaml" in built.stdout, built.stdout
    assert '<!-- growth {"name": "build (CPU s)"' in built.stdout, built.stdout


def test_hard_literals_survive_every_format() -> None:
    turtle = """@prefix ex: <http://example.org/> .
    ex:a ex:p "quote \\" backslash \\\\ tab \\t newline \\n", "emoji 🚀 and ü"@de,
        "1969"^^<http://www.w3.org/2001/XMLSchema#gYear>, "it's" ;
      ex:q <http://example.org/with%20space> ."""
    graph = Graph().parse(data=turtle, format="turtle")
    for fmt in sorted(OXIGRAPH):
        assert isomorphic(reread(export_rdf(graph, fmt), fmt), graph), fmt
