"""Find the data base IRI of a built graph, so a graph built with
``spacekg build --base …`` is queried with its own base.

Every build gives each source document an IRI ``<base><source id>`` with a
``skg:sha256``; source ids are slugs without ``/`` or ``#``, so the base is
that IRI up to its last ``/`` or ``#``. The VoID description written beside a
graph file says the same with ``void:uriSpace``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from spacekg.core.namespaces import DEFAULT_BASE, SKG

# Runs in any SPARQL 1.1 store; the first source document's IRI, or nothing.
BASE_QUERY = f"SELECT ?doc WHERE {{ ?doc <{SKG}sha256> ?hash }} ORDER BY ?doc LIMIT 1"
VOID_URI_SPACE = "http://rdfs.org/ns/void#uriSpace"


def base_of_source(iri: str) -> str:
    """The data base of a source document's IRI (``…/kg/moon-race-article`` -> ``…/kg/``)."""
    return re.sub(r"[^/#]+$", "", iri)


def base_from_documents(documents: Iterable[object]) -> str:
    """The base from :data:`BASE_QUERY`'s answers; the default base if there are none."""
    for document in documents:
        text = str(getattr(document, "value", document))
        if text.startswith(("http://", "https://")):
            return base_of_source(text)
    return DEFAULT_BASE


def base_from_void(graph_file: Path) -> str | None:
    """``void:uriSpace`` of the VoID description beside ``graph_file``, if there is one."""
    void = graph_file.with_name(f"{graph_file.stem}.void.ttl")
    if not void.is_file():
        return None
    match = re.search(rf'<{re.escape(VOID_URI_SPACE)}>\s+"([^"]+)"|void:uriSpace\s+"([^"]+)"', void.read_text("utf-8"))
    return (match.group(1) or match.group(2)) if match else None
