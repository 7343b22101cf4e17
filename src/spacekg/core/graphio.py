"""Reading RDF files with rdflib."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from spacekg.core.syntax import media_type
from spacekg.errors import GraphError

# Media type -> rdflib parser name.
RDFLIB_PARSERS: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "text/n3": "n3",
}
DEFAULT_GRAPH = Path("data/spacekg.ttl")


def guess_format(path: Path) -> str:
    return RDFLIB_PARSERS[media_type(path)]


def read_graph(path: Path) -> Graph:
    """Parse an RDF file, choosing the syntax from its extension."""
    fmt = guess_format(path)
    if not path.exists():
        hint = " Run 'spacekg build' first, or pass --graph FILE." if path == DEFAULT_GRAPH else ""
        raise GraphError(f"{path}: no such file.{hint}")
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many unrelated types
        raise GraphError(f"{path}: not valid {fmt}: {exc}") from None
    return graph
