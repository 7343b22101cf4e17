"""The public API: what a notebook user calls, end to end on the article graph."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

import spacekg
from spacekg.errors import SpaceKGError
from tests.conftest import FACTS_DIR, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("api") / "kg.ttl"
    result = spacekg.build([FACTS_DIR], out=out)
    assert result.out == out and out.is_file() and result.triples > 1000
    return out


def test_public_names_do_not_clash_with_subpackages() -> None:
    import spacekg.extract.rules  # binds the subpackage as an attribute of spacekg

    assert callable(spacekg.extract_candidates) and callable(spacekg.build)


def test_every_public_name_is_documented() -> None:
    for name in spacekg.__all__:
        if name != "__version__":
            assert getattr(spacekg, name).__doc__, name
    with pytest.raises(AttributeError):
        spacekg.no_such_thing  # noqa: B018


def test_build_validate_load_query(built: Path) -> None:
    assert spacekg.validate(built).conforms
    kg = spacekg.load(built)
    assert len(kg) > 1000
    leaders = {row["a"] for row in kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }").python_rows()}
    assert leaders  # ILRS is led by agencies in the article
    assert kg.named("program-timeline", program="ilrs").python_rows()


def test_analytics_use_the_cli_defaults(built: Path) -> None:
    from click.testing import CliRunner

    from spacekg.cli import main

    kg = spacekg.load(built)
    assert isinstance(kg.network, nx.MultiDiGraph) and kg.network.number_of_nodes() > 20
    top = kg.centrality()
    assert len(top) == spacekg.api.DEFAULT_TOP
    cli = CliRunner().invoke(main, ["analyze", "--graph", str(built), "--format", "json"])
    assert cli.exit_code == 0, cli.output
    import json

    assert [r["node"] for r in json.loads(cli.output)["centrality"]] == [r["node"] for r in top]
    assert kg.communities()
    steps = kg.explain_path("united-kingdom", "united-states")
    ends = {node.rsplit("/", 1)[-1] for step in steps for node in (step.source, step.target)}
    assert {"united-kingdom", "united-states"} <= ends


def test_view_writes_and_shows(built: Path, tmp_path: Path) -> None:
    kg = spacekg.load(built)
    view = kg.view(tmp_path / "v.html", spacekg.ViewFilters(focus="ilrs"))
    assert view.path is not None and view.path.read_text(encoding="utf-8") == view.html
    assert 0 < view.nodes < kg.network.number_of_nodes()
    assert "<iframe" in view._repr_html_()


def test_exports(built: Path) -> None:
    kg = spacekg.load(built)
    assert kg.export("nt").count(b"\n") > 1000
    assert b"<graphml" in kg.export("graphml")
    assert set(kg.neo4j_csv()) >= {"nodes.csv", "relationships.csv"}
    with pytest.raises(SpaceKGError):
        spacekg.KnowledgeGraph(kg.store).export("turtle")  # no file to read


def test_extract_and_evaluate(tmp_path: Path) -> None:
    corpus = ROOT / "tests" / "corpus"
    text = corpus / "ilrs-memorandum-2021.txt"
    facts = tmp_path / "facts"
    shutil.copytree(FACTS_DIR, facts)
    [extraction] = spacekg.extract_candidates([text], facts=[facts])
    assert extraction.source == text and extraction.linked > 0
    candidates = tmp_path / "c.yaml"
    candidates.write_text(extraction.yaml, encoding="utf-8")
    scores = spacekg.evaluate(candidates, corpus / "ilrs-memorandum-2021.gold.yaml")
    assert scores["links (overlap)"].f1 > 0.5
