"""Files shipped inside the package, read through importlib.resources."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


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
