"""Reading RDF files with rdflib."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from spacekg.errors import GraphError

# File extension -> rdflib parser name.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".n3": "n3",
}
DEFAULT_GRAPH = Path("data/spacekg.ttl")


def guess_format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise GraphError(
            f"{path}: cannot tell the RDF syntax from the extension {path.suffix!r}; use one of {known}"
        ) from None


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
