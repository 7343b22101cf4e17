"""Shared fixtures: the curated facts, the built graph, the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph

from spacekg.extract.rules import RuleExtractor
from spacekg.model.build import serialize_turtle
from spacekg.model.facts import Dataset, load_dataset
from spacekg.model.rdf import build_graph, load_source_texts

ROOT = Path(__file__).resolve().parent.parent
FACTS_DIR = ROOT / "data" / "facts"
FACTS_FILE = FACTS_DIR / "moon-race.yaml"
# The seed article is not part of the repository; CI clones it beside shared/.
SEED = Path(os.environ.get("SPACEKG_SOURCE", ROOT.parent / "shared" / "seeds" / "000_814fbd7705b27452.txt"))
REFERENCE = ROOT.parent / "shared" / "reference"


def require_seed() -> Path:
    if not SEED.is_file():
        pytest.fail(
            f"The seed article is not at {SEED}. Put the shared/ folder beside the repository, "
            "or set SPACEKG_SOURCE to your copy of 000_814fbd7705b27452.txt.",
            pytrace=False,
        )
    return SEED


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset([FACTS_DIR])


@pytest.fixture(scope="session")
def extractor(dataset: Dataset) -> RuleExtractor:
    """One rule extractor for the whole run: the extraction tests only call it (its caches hold compiled
    expressions and the graph's names, nothing one test could leave for another)."""
    return RuleExtractor(dataset)


@pytest.fixture(scope="session")
def graph(dataset: Dataset) -> Graph:
    """The built graph without quotes (what a user gets without --source)."""
    return build_graph(dataset)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_seed()


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def quoted_graph(dataset: Dataset, seed_path: Path) -> Graph:
    return build_graph(dataset, texts=load_source_texts([seed_path], dataset))


@pytest.fixture(scope="session")
def turtle_file(tmp_path_factory: pytest.TempPathFactory, graph: Graph) -> Path:
    path = tmp_path_factory.mktemp("built") / "spacekg.ttl"
    path.write_bytes(serialize_turtle(graph))
    return path
