"""Ontology documentation: every term documented, the committed copy current."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from click.testing import CliRunner

from spacekg.cli import main
from spacekg.model.vocabulary import vocabulary
from tests.conftest import ROOT


def test_docs_cover_every_term_and_are_current(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    vocab = vocabulary()
    for term in vocab.classes | vocab.object_properties | set(vocab.datatype_properties):
        assert f'id="{term}"' in page, term
    ElementTree.fromstring((tmp_path / "structure.svg").read_text(encoding="utf-8"))  # well-formed SVG
    for name in ("index.html", "structure.svg"):
        committed = ROOT / "docs" / "ontology" / name
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), (
            f"docs/ontology/{name} is stale: run spacekg docs"
        )


def test_docs_escape_hostile_labels() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from spacekg.core.namespaces import SKG
    from spacekg.interop.docs import render_docs

    graph = Graph()
    cls = URIRef(SKG + "Evil")
    graph.add((cls, RDF.type, OWL.Class))
    graph.add((cls, RDFS.label, Literal('<script>alert("x")</script>')))
    graph.add((cls, RDFS.comment, Literal("<img src=x onerror=alert(1)>")))
    page, svg = render_docs(graph)
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert "<text" in svg and "Evil" in svg
