"""Find the data base IRI of a built graph, so a graph built with
``spacekg build --base …`` is read with its own base by every command.

:func:`find_base` is the one place that decides it. Every build gives each
source document an IRI ``<base><source id>`` with a ``skg:sha256``; source
ids are slugs without ``/`` or ``#``, so the base is that IRI up to its last
``/`` or ``#``. The VoID description written beside a graph file says the
same with ``void:uriSpace``, which is used when the graph holds no source
document (a part exported without provenance, say).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from spacekg.core.namespaces import DEFAULT_BASE, SKG

# Runs in any SPARQL 1.1 store; the first source document's IRI, or nothing.
BASE_QUERY = f"SELECT ?doc WHERE {{ ?doc <{SKG}sha256> ?hash }} ORDER BY ?doc LIMIT 1"
SHA256 = f"{SKG}sha256"
VOID_URI_SPACE = "http://rdfs.org/ns/void#uriSpace"


def base_of_source(iri: str) -> str:
    """The data base of a source document's IRI (``…/kg/moon-race-article`` -> ``…/kg/``)."""
    return re.sub(r"[^/#]+$", "", iri)


def base_from_documents(documents: Iterable[object]) -> str | None:
    """The base from source document IRIs (terms or strings); None if there are none."""
    for document in documents:
        text = str(getattr(document, "value", document) or "")
        if text.startswith(("http://", "https://")):
            return base_of_source(text)
    return None


def base_from_void(graph_file: Path) -> str | None:
    """``void:uriSpace`` of the VoID description beside ``graph_file``, if there is one."""
    void = graph_file.with_name(f"{graph_file.stem}.void.ttl")
    if not void.is_file():
        return None
    try:
        text = void.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    match = re.search(rf'<{re.escape(VOID_URI_SPACE)}>\s+"([^"]+)"|void:uriSpace\s+"([^"]+)"', text)
    return (match.group(1) or match.group(2)) if match else None


def find_base(graph_file: Path | None = None, documents: Callable[[], Iterable[object]] | None = None) -> str:
    """The data base of a built graph.

    ``documents`` gives the graph's source document IRIs (for a store: the
    ``?doc`` answers of :data:`BASE_QUERY`); the first one decides. Failing
    that, the VoID description beside ``graph_file``; failing that, the
    default base. Used by query, named queries, view, analyze, serve, export
    and the Python API alike."""
    if documents is not None:
        found = base_from_documents(documents())
        if found is not None:
            return found
    if graph_file is not None:
        found = base_from_void(graph_file)
        if found is not None:
            return found
    return DEFAULT_BASE


class _Store(Protocol):
    def query(self, sparql: str, /) -> Any: ...


def store_documents(store: _Store) -> Callable[[], Iterable[object]]:
    """``documents`` for :func:`find_base` from a spacekg store (its result has ``rows``)."""

    def documents() -> Iterable[object]:
        return [row[0] for row in store.query(BASE_QUERY).rows]

    return documents
