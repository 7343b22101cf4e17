"""spacekg: a linked-data knowledge graph of space politics, with provenance.

The public API (see :mod:`spacekg.api`)::

    import spacekg
    spacekg.build(sources=["article.txt"])
    kg = spacekg.load()
    kg.named("program-timeline", program="ilrs")

Imports are lazy so the command line starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Extraction",
    "KnowledgeGraph",
    "Pushed",
    "View",
    "ViewFilters",
    "__version__",
    "build",
    "evaluate",
    "export",
    "extract_candidates",
    "format_analysis",
    "format_result",
    "ingest",
    "inverted_negations",
    "load",
    "load_store",
    "locate",
    "make_server",
    "named_queries",
    "neo4j_csv",
    "push",
    "read_query",
    "validate",
    "write_ontology_docs",
]

if TYPE_CHECKING:
    from spacekg.api import (
        Extraction,
        KnowledgeGraph,
        Pushed,
        View,
        ViewFilters,
        build,
        evaluate,
        export,
        extract_candidates,
        format_analysis,
        format_result,
        ingest,
        inverted_negations,
        load,
        load_store,
        locate,
        make_server,
        named_queries,
        neo4j_csv,
        push,
        read_query,
        validate,
        write_ontology_docs,
    )


def __getattr__(name: str) -> Any:
    if name in __all__ and name != "__version__":
        from spacekg import api

        return getattr(api, name)
    raise AttributeError(f"module 'spacekg' has no attribute {name!r}")
