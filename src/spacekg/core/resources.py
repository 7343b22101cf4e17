"""Files shipped inside the package, read through importlib.resources."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _package_dir(name: str) -> Traversable:
    return resources.files("spacekg").joinpath(name)


def ontology_file() -> Traversable:
    return _package_dir("ontology").joinpath("spacekg.ttl")


def shapes_file() -> Traversable:
    return _package_dir("ontology").joinpath("shapes.ttl")


def ontology_text() -> str:
    return ontology_file().read_text(encoding="utf-8")


def shapes_text() -> str:
    return shapes_file().read_text(encoding="utf-8")


def gazetteer_text() -> str:
    return _package_dir("lexicon").joinpath("gazetteer.tsv").read_text(encoding="utf-8")


def lexicon_text(name: str) -> str:
    """A file of the package's lexicon (``lexicon/NAME``), or '' when it is absent."""
    path = _package_dir("lexicon").joinpath(name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


# The release dataset (data/release/) and the curated facts (data/facts/) ship
# in the wheel as spacekg/release/ and spacekg/facts/ (pyproject's
# force-include): one copy in the repository, found here whether spacekg is
# installed from a wheel or run from a checkout (editable install).
_CHECKOUT = Path(__file__).resolve().parents[3]
LOCAL_GRAPH = Path("data/spacekg.ttl")
LOCAL_FACTS = Path("data/facts")
LOCAL_VIEW = Path("data/spacekg.html")


def _shipped(package_name: str, checkout_name: str) -> Path:
    inside = Path(str(resources.files("spacekg").joinpath(package_name)))
    if inside.is_dir():
        return inside
    return _CHECKOUT / "data" / checkout_name


def release_dir() -> Path:
    """The folder of the release dataset shipped with spacekg."""
    return _shipped("release", "release")


def release_graph() -> Path:
    """The release graph (Turtle, evidence as offsets without quotes)."""
    return release_dir() / "spacekg.ttl"


def shipped_facts() -> Path:
    """The folder of curated facts files shipped with spacekg."""
    return _shipped("facts", "facts")


def default_graph() -> Path:
    """``data/spacekg.ttl`` when the current folder has one, else the release graph."""
    return LOCAL_GRAPH if LOCAL_GRAPH.is_file() else release_graph()


def default_facts() -> Path:
    """``data/facts`` when the current folder has it, else the shipped facts."""
    return LOCAL_FACTS if LOCAL_FACTS.is_dir() else shipped_facts()
