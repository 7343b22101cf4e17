"""spacekg: a linked-data knowledge graph of space politics, with provenance.

``spacekg.load()`` opens a graph for querying; see :mod:`spacekg.api`.
Imports are lazy so the command line starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__", "load"]

if TYPE_CHECKING:
    from spacekg.api import KnowledgeGraph, load


def __getattr__(name: str) -> Any:
    if name in ("load", "KnowledgeGraph"):
        from spacekg import api

        return getattr(api, name)
    raise AttributeError(f"module 'spacekg' has no attribute {name!r}")
