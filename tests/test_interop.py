"""What we emit, read by independent tools: rapper, pyoxigraph, rdflib."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from spacekg.model.facts import Dataset
from tests.conftest import REFERENCE


def test_rapper_parses_turtle_without_warnings(turtle_file: Path, graph: Graph) -> None:
    rapper = shutil.which("rapper")
    assert rapper, "rapper is missing: apt-get install -y raptor2-utils"
    result = subprocess.run(
        [rapper, "-i", "turtle", "-o", "ntriples", str(turtle_file)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr
    counted = re.search(r"returned (\d+) triples", result.stderr)
    assert counted is not None and int(counted.group(1)) == len(graph)
    reread = Graph().parse(data=result.stdout, format="nt")
    assert isomorphic(reread, graph)


def test_pyoxigraph_parses_turtle_isomorphically(turtle_file: Path, graph: Graph) -> None:
    # The parser, not a Store: Oxigraph's Store keeps xsd:nonNegativeInteger
    # values as xsd:integer, which would change the offsets' datatype.
    triples = list(pyoxigraph.parse(path=str(turtle_file), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(graph)
    ntriples = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert ntriples is not None
    reread = Graph().parse(data=ntriples.decode("utf-8"), format="nt")
    assert isomorphic(reread, graph)


def test_rdflib_reads_its_own_turtle_isomorphically(turtle_file: Path, graph: Graph) -> None:
    assert isomorphic(Graph().parse(turtle_file), graph)


def load_reference() -> dict[str, str]:
    path = REFERENCE / "wikidata-links.tsv"
    if not path.is_file():
        pytest.fail(f"The checked Wikidata list is not at {path}; put shared/ beside the repository.", pytrace=False)
    rows = (line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    reader = csv.DictReader(rows, delimiter="\t")
    return {row["qid"]: row["label"] for row in reader}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - {"of", "the", "and"}


def test_wikidata_links_come_only_from_the_checked_list(dataset: Dataset, graph: Graph) -> None:
    reference = load_reference()
    linked = {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, OWL.sameAs)}
    assert linked, "no Wikidata links at all"
    assert linked <= set(reference), linked - set(reference)
    for entity in dataset.entities().values():
        if entity.wikidata:
            # the reference label shares a word with ours: catches swapped ids
            assert words(reference[entity.wikidata]) & words(" ".join([entity.label, *entity.aliases])), entity.id
