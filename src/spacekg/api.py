"""The public Python API: everything the command line does, from code.

    import spacekg

    spacekg.build(sources=["article.txt"])            # data/facts -> data/spacekg.ttl (+ VoID)
    kg = spacekg.load()                               # data/spacekg.ttl, in memory
    kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }").python_rows()
    kg.named("program-timeline", program="ilrs")
    kg.centrality(top=5)                              # networkx analytics on the projection
    kg.show(focus="ilrs")                             # the interactive view, inline in Jupyter
    kg.export("jsonld")                               # bytes, for other tools
    spacekg.extract_candidates(["new-article.txt"])   # candidate facts to review

The command line calls these same functions with the same defaults (defined
once, here and in the modules they come from). Heavy libraries are imported
when a function needs them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.errors import GraphError
from spacekg.model.infer import inferred_file
from spacekg.query.named import bind, get_named_query
from spacekg.query.store import Result, Store, Term, open_store

if TYPE_CHECKING:
    import networkx as nx

    from spacekg.extract.evaluate import Score
    from spacekg.graphs.analyze import Step
    from spacekg.model.build import BuildResult
    from spacekg.model.validate import ValidationResult

DEFAULT_GRAPH = Path("data/spacekg.ttl")
DEFAULT_FACTS = Path("data/facts")
DEFAULT_VIEW = Path("data/spacekg.html")
DEFAULT_TITLE = "spacekg: actors, programs, documents and claims"
DEFAULT_TOP = 10  # nodes listed by centrality
DEFAULT_DEPTH = 1  # neighbourhood radius around a focus node


def build(
    facts: Sequence[str | Path] = (DEFAULT_FACTS,),
    *,
    sources: Sequence[str | Path] = (),
    out: str | Path = DEFAULT_GRAPH,
    base: str = DEFAULT_BASE,
) -> BuildResult:
    """Build the graph from facts files (or folders of them), validate it with
    SHACL and write it with its VoID description; nothing is written if a step
    fails. ``sources`` are your copies of the source texts: their quotes are
    attached to the evidence."""
    from spacekg.model.build import build as run_build

    return run_build(facts=[Path(f) for f in facts], out=Path(out), sources=[Path(s) for s in sources], base=base)


def validate(graph: str | Path = DEFAULT_GRAPH) -> ValidationResult:
    """Check a graph file against the SHACL shapes; ``.conforms``, ``.report``."""
    from spacekg.core.graphio import read_graph
    from spacekg.model.validate import validate_graph

    return validate_graph(read_graph(Path(graph)))


@dataclass(frozen=True)
class View:
    """An interactive HTML page of (part of) the graph."""

    html: str
    nodes: int
    edges: int
    path: Path | None = None

    def _repr_html_(self) -> str:  # Jupyter shows it inline
        import html

        page = html.escape(self.html, quote=True)
        return f'<iframe srcdoc="{page}" style="width:100%;height:600px;border:1px solid #ddd"></iframe>'


@dataclass(frozen=True)
class ViewFilters:
    """Which part of the graph a view shows (all of it by default)."""

    focus: str | None = None
    depth: int = DEFAULT_DEPTH
    classes: frozenset[str] = field(default_factory=frozenset)
    relations: frozenset[str] = field(default_factory=frozenset)
    year: int | None = None
    hide_claims: bool = False


class KnowledgeGraph:
    """A graph in one of the stores: SPARQL, named queries, and its network
    projection for analytics, views and graph exports."""

    def __init__(self, store: Store, path: Path | None = None) -> None:
        self.store = store
        self.path = path  # the RDF file it was read from, if any

    def __len__(self) -> int:
        return len(self.store)

    # --- SPARQL -----------------------------------------------------------

    def query(self, sparql: str, bindings: dict[str, Term] | None = None) -> Result:
        """Run SPARQL with the project's prefixes predeclared."""
        return self.store.query(sparql, bindings)

    def named(self, name: str, **params: str) -> Result:
        """Run a named query (see ``spacekg query --list``) with parameters
        given as the CLI takes them, e.g. ``actor="russia"``."""
        named = get_named_query(name)
        return self.store.query(named.text, bind(named, params))

    # --- the network projection -------------------------------------------

    @cached_property
    def network(self) -> nx.MultiDiGraph:
        """Entities as nodes, facts and claims as edges (networkx), with
        labels, classes and evidence as attributes."""
        from spacekg.graphs.projection import project

        return project(self.store)

    def select(self, filters: ViewFilters | None = None) -> nx.MultiDiGraph:
        """The part of :attr:`network` that ``filters`` keep."""
        from spacekg.graphs.view import Filters, select

        f = filters or ViewFilters()
        return select(
            self.network,
            Filters(
                focus=f.focus,
                depth=f.depth,
                classes=set(f.classes),
                relations=set(f.relations),
                year=f.year,
                hide_claims=f.hide_claims,
            ),
        )

    def centrality(self, top: int | None = DEFAULT_TOP, *, facts_only: bool = False) -> list[dict[str, Any]]:
        """The most central nodes (degree and betweenness), best first."""
        from spacekg.graphs.analyze import centrality

        ranking = centrality(self.network, facts_only)
        return ranking if top is None else ranking[:top]

    def communities(self, *, facts_only: bool = False) -> list[list[str]]:
        """Blocs of actors (community detection), as lists of node ids."""
        from spacekg.graphs.analyze import communities

        return communities(self.network, facts_only)

    def explain_path(self, start: str, end: str, *, facts_only: bool = False) -> list[Step]:
        """The shortest path between two nodes, each step with its relation and evidence."""
        from spacekg.graphs.analyze import explain_path

        return explain_path(self.network, start, end, facts_only=facts_only)

    def view(
        self, out: str | Path | None = None, filters: ViewFilters | None = None, *, title: str = DEFAULT_TITLE
    ) -> View:
        """The interactive page (offline HTML); written to ``out`` when given."""
        from spacekg.core.output import write_atomically
        from spacekg.graphs.view import render_html

        shown = self.select(filters)
        page = render_html(shown, title=title)
        path = Path(out) if out is not None else None
        if path is not None:
            write_atomically(path, page.encode("utf-8"))
        return View(html=page, nodes=shown.number_of_nodes(), edges=shown.number_of_edges(), path=path)

    def show(self, filters: ViewFilters | None = None, *, height: int = 600) -> Any:
        """The view inline in Jupyter."""
        from spacekg.graphs.view import notebook_view

        return notebook_view(self.select(filters), height=height)

    # --- exports ------------------------------------------------------------

    def export(self, fmt: str, *, part: str = "all", nanopub: bool = False) -> bytes:
        """The graph in another format: turtle, nt, nquads, trig, jsonld,
        rdfxml (``part``: all, ontology, data, claims, provenance), or the
        network as graphml or gexf. Needs a graph read from a file."""
        if fmt in ("graphml", "gexf"):
            from spacekg.graphs.analyze import export as export_network

            return export_network(self.network, Path("-"), fmt)
        from spacekg.core.graphio import read_graph
        from spacekg.interop.export import export_rdf

        return export_rdf(read_graph(self._file()), fmt, part, nanopub)

    def neo4j_csv(self) -> dict[str, bytes]:
        """Neo4j bulk-import files: ``{"nodes.csv": ..., "relationships.csv": ...}``."""
        from spacekg.core.graphio import read_graph
        from spacekg.interop.export import neo4j_csv

        return neo4j_csv(read_graph(self._file()))

    def _file(self) -> Path:
        if self.path is None:
            raise GraphError("this export reads the graph's RDF file; open the graph with spacekg.load(FILE)")
        return self.path


def load(
    graph: str | Path | None = None,
    *,
    store: str | None = None,
    endpoint: str | None = None,
    infer: str = "none",
    named_graph: str | None = None,
) -> KnowledgeGraph:
    """Open the graph: an RDF file in memory (default), an on-disk Oxigraph
    store (``store="oxigraph:PATH"``), or a SPARQL endpoint URL. ``infer``
    (``rdfs`` or ``owlrl``) adds what the ontology entails, cached beside the file.
    A TriG or N-Quads file gives the union of its graphs, or only
    ``named_graph`` (an IRI, or ``"default"``). Without ``graph``:
    ``data/spacekg.ttl`` in the current folder, else the release graph
    shipped with spacekg."""
    from spacekg.core.resources import default_graph

    if store or endpoint:
        return KnowledgeGraph(open_store(store=store, endpoint=endpoint))
    path = Path(graph) if graph is not None else default_graph()
    return KnowledgeGraph(open_store(graph=inferred_file(path, infer), named_graph=named_graph), path=path)


# --- growing the graph from new texts -----------------------------------------


@dataclass(frozen=True)
class Extraction:
    """Candidate facts for one text, as a facts file to review."""

    source: Path
    yaml: str
    linked: int
    new_entities: int
    relations: int
    claims: int


def extract_candidates(
    texts: Iterable[str | Path], *, facts: Sequence[str | Path] = (), encoding: str | None = None
) -> list[Extraction]:
    """Extract candidates from each text (files, or folders of ``*.txt``),
    linking names to the entities of ``facts`` (default: ``data/facts``, else
    the facts shipped with spacekg)."""
    from spacekg.core.resources import default_facts
    from spacekg.extract.rules import RuleExtractor, read_text, text_files, to_yaml
    from spacekg.model.facts import load_dataset

    dataset = load_dataset([Path(f) for f in facts] or [default_facts()])
    extractor = RuleExtractor(dataset)
    results = []
    for path in text_files([Path(t) for t in texts]):
        text, digest = read_text(path, encoding)
        candidates = extractor.extract(text, path.name, digest)
        results.append(
            Extraction(
                source=path,
                yaml=to_yaml(candidates, dataset.entities()),
                linked=sum(1 for m in candidates.mentions if not m.new),
                new_entities=len(candidates.new_entities()),
                relations=len(candidates.facts),
                claims=len(candidates.claims),
            )
        )
    return results


def evaluate(candidates: str | Path, gold: str | Path) -> dict[str, Score]:
    """Precision, recall and F1 of a candidates file against a gold facts file."""
    from spacekg.extract.evaluate import evaluate as score
    from spacekg.model.facts import load_facts_file

    return score(load_facts_file(Path(candidates)), load_facts_file(Path(gold)))
