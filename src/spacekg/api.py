"""The Python API: the same queries as the CLI, from code.

import spacekg
kg = spacekg.load()                      # data/spacekg.ttl, in memory
for row in kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }").python_rows():
    print(row["a"])
kg.named("program-timeline", program="ilrs").python_rows()
"""

from __future__ import annotations

from pathlib import Path

from spacekg.model.infer import inferred_file
from spacekg.query.named import bind, get_named_query
from spacekg.query.store import Result, Store, Term, open_store

DEFAULT_GRAPH = Path("data/spacekg.ttl")


class KnowledgeGraph:
    """A graph in one of the stores, queried with SPARQL."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        """Run SPARQL with the project's prefixes predeclared."""
        return self.store.query(sparql, bindings)

    def named(self, name: str, **params: str) -> Result:
        """Run a named query (see ``spacekg query --list``) with parameters
        given as the CLI takes them, e.g. ``actor="russia"``."""
        named = get_named_query(name)
        return self.store.query(named.text, bind(named, params))


def load(
    graph: str | Path = DEFAULT_GRAPH,
    *,
    store: str | None = None,
    endpoint: str | None = None,
    infer: str = "none",
) -> KnowledgeGraph:
    """Open the graph: an RDF file in memory (default), an on-disk Oxigraph
    store (``store="oxigraph:PATH"``), or a SPARQL endpoint URL."""
    if store or endpoint:
        return KnowledgeGraph(open_store(store=store, endpoint=endpoint))
    return KnowledgeGraph(open_store(graph=inferred_file(Path(graph), infer)))
