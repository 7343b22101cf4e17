"""Reading RDF files, triples or quads, into one graph.

Quad files (TriG, N-Quads) hold several graphs: spacekg's own exports put the
data in the default graph and the ontology, claims and provenance in named
graphs. Every reader takes the UNION of all graphs by default, so a quad file
reads back whole, with the same triples as the Turtle it came from. Pass
``named_graph`` to read one graph only: an IRI, or ``"default"`` for the
default graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from spacekg.core.resources import LOCAL_GRAPH
from spacekg.core.syntax import media_type
from spacekg.errors import GraphError

if TYPE_CHECKING:  # both imported where used: the stores need only pyoxigraph
    import pyoxigraph
    from rdflib import Graph

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
QUAD_MEDIA_TYPES = {"application/n-quads", "application/trig"}
# What ``named_graph`` takes to mean the default graph of a quad file.
DEFAULT_GRAPH_NAME = "default"


def guess_format(path: Path) -> str:
    return RDFLIB_PARSERS[media_type(path)]


def is_quad_file(path: Path) -> bool:
    return media_type(path) in QUAD_MEDIA_TYPES


def check_exists(path: Path) -> None:
    """Before any parser opens ``path``: it exists, and it is safe to parse
    (a regular file within the size limit, no XML entity expansion, no remote
    JSON-LD context; see :mod:`spacekg.core.untrusted`)."""
    from spacekg.core.untrusted import check_rdf_file

    if not path.exists():
        hint = " Run 'spacekg build' first, or pass --graph FILE." if path == LOCAL_GRAPH else ""
        raise GraphError(f"{path}: no such file.{hint}")
    check_rdf_file(path)


def _no_such_graph(path: Path, named_graph: str, names: set[str]) -> GraphError:
    listed = ", ".join(sorted(f"<{n}>" for n in names if n != DEFAULT_GRAPH_NAME))
    return GraphError(
        f"{path}: no graph <{named_graph}>; pick 'default' or one of its named graphs: {listed or 'none'}"
    )


def read_triples(
    path: Path, named_graph: str | None = None, prefixes: dict[str, str] | None = None
) -> Iterator[pyoxigraph.Triple]:
    """The triples of ``path`` (pyoxigraph terms): of every graph, or of the
    one named. A triple file has only a default graph. The prefixes the file
    declares are added to ``prefixes`` once it is read."""
    import pyoxigraph as ox

    check_exists(path)
    fmt = ox.RdfFormat.from_media_type(media_type(path))
    assert fmt is not None  # every syntax in the table is one Oxigraph parses
    names: set[str] = set()
    found = named_graph is None
    try:
        parser = ox.parse(path=str(path), format=fmt)
        for quad in parser:
            name = DEFAULT_GRAPH_NAME if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            if named_graph is None or name == named_graph:
                found = True
                yield quad.triple
            else:
                names.add(name)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {fmt.name}: {exc}") from None
    if not found:
        raise _no_such_graph(path, named_graph or "", names)
    if prefixes is not None:
        prefixes.update(parser.prefixes)


def read_graph(path: Path, named_graph: str | None = None) -> Graph:
    """Parse an RDF file, choosing the syntax from its extension.

    A quad file gives the union of its graphs (or only ``named_graph``); the
    prefixes it declares are kept.
    """
    from rdflib import Graph

    fmt = guess_format(path)
    check_exists(path)
    quads = fmt in ("nquads", "trig")
    if not quads and named_graph not in (None, DEFAULT_GRAPH_NAME):
        raise GraphError(f"{path}: a {fmt} file has only a default graph; --named-graph works on .trig and .nq files")
    graph = Graph()
    if not quads:
        try:
            graph.parse(path, format=fmt)
        except Exception as exc:  # rdflib's parsers raise many unrelated types
            raise GraphError(f"{path}: not valid {fmt}: {exc}") from None
        return graph
    # Oxigraph parses the quads (fast, and the graph names are kept apart);
    # rdflib gets their triples as N-Triples.
    import pyoxigraph as ox

    prefixes: dict[str, str] = {}
    triples = list(read_triples(path, named_graph, prefixes))
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
