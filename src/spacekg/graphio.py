"""Reading RDF files and writing outputs safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph

from spacekg.errors import GraphError, OutputError

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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename, so a
    failure leaves any existing file untouched and never a half-written one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create the output file ({exc.strerror}).") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror}).") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
