"""The public Python API: everything the command line does, from code.

    import spacekg

    spacekg.build(sources=["article.txt"])            # data/facts -> data/spacekg.ttl (+ VoID)
    kg = spacekg.load()                               # data/spacekg.ttl, in memory
    kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }").python_rows()
    kg.named("program-timeline", program="ilrs")
    kg.centrality(top=5)                              # networkx analytics on the projection
    kg.show(spacekg.ViewFilters(focus="ilrs"))        # the interactive view, inline in Jupyter
    kg.export("jsonld")                               # bytes, for other tools
    spacekg.extract_candidates(["new-article.txt"])   # candidate facts to review

The command line is a thin layer over these functions: it parses options,
calls one or two of them and turns :class:`~spacekg.errors.SpaceKGError`
into a message and an exit code. Their defaults are the command line's
defaults, defined once (here, or in :mod:`spacekg.core.resources` for the
paths the lower layers need too). Long work reports to ``progress``
(see :mod:`spacekg.core.progress`); nothing here prints. Heavy libraries
are imported when a function needs them, so this module is light to import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Re-exported for front ends: the default data namespace, and the checks of
# user input (a base IRI for data: ValueError; text that can be written as
# UTF-8: SpaceKGError).
from spacekg.core.namespaces import DEFAULT_BASE as DEFAULT_BASE
from spacekg.core.namespaces import check_base as check_base
from spacekg.core.progress import Counter, Progress, counter
from spacekg.core.resources import LOCAL_FACTS, LOCAL_GRAPH, LOCAL_VIEW
from spacekg.core.text import check_text as check_text
from spacekg.errors import EmptyGraph, GraphError, SpaceKGError
from spacekg.serve.limits import DEFAULT_HOST as DEFAULT_HOST
from spacekg.serve.limits import DEFAULT_PORT as DEFAULT_PORT
from spacekg.serve.limits import Limits as Limits

if TYPE_CHECKING:
    import networkx as nx

    from spacekg.extract.evaluate import NegationCheck, Score
    from spacekg.extract.ingest import Merge
    from spacekg.graphs.analyze import Report, Step
    from spacekg.model.build import BuildResult
    from spacekg.model.validate import ValidationResult
    from spacekg.query.named import NamedQuery
    from spacekg.query.store import Result, Store, Term
    from spacekg.serve.server import Endpoint

# The defaults of the library and the command line, in one place.
DEFAULT_GRAPH = LOCAL_GRAPH  # when absent: the release graph shipped with spacekg
DEFAULT_FACTS = LOCAL_FACTS  # when absent: the facts shipped with spacekg
DEFAULT_VIEW = LOCAL_VIEW
DEFAULT_TITLE = "spacekg: actors, programs, documents and claims"
DEFAULT_TOP = 10  # nodes listed by centrality
DEFAULT_DEPTH = 1  # neighbourhood radius around a focus node
DEFAULT_BATCH_SIZE = 10_000  # triples per INSERT DATA request of push
DEFAULT_DOCS = Path("docs/ontology")
SERVER_LIMITS = Limits()  # the endpoint's default limits (timeouts, sizes, workers); DEFAULT_HOST, DEFAULT_PORT
INFER_MODES = ("none", "rdfs", "owlrl")
EXPORT_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "neo4j")
NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")
EXPORT_PARTS = ("all", "data", "ontology", "claims", "provenance")
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "nt", "jsonld")
ANALYSIS_FORMATS = ("table", "json", "csv")


def _facts_or_shipped(facts: Sequence[str | Path] | None) -> list[Path]:
    from spacekg.core.resources import default_facts

    return [Path(f) for f in facts] if facts else [default_facts()]


def default_graph() -> Path:
    """The graph file read when none is named: ``data/spacekg.ttl`` in the
    current folder, else the release graph shipped with spacekg.

    >>> spacekg.api.default_graph()  # in a clone after 'spacekg build'
    PosixPath('data/spacekg.ttl')
    """
    from spacekg.core.resources import default_graph as found

    return found()


def _graph_or_release(graph: str | Path | None) -> Path:
    return Path(graph) if graph is not None else default_graph()


# --- building and checking ----------------------------------------------------


def build(
    facts: Sequence[str | Path] | None = None,
    *,
    sources: Sequence[str | Path] = (),
    out: str | Path = DEFAULT_GRAPH,
    base: str = DEFAULT_BASE,
    sparql_endpoint: str | None = None,
    entailments: bool = True,
    progress: Progress | None = None,
) -> BuildResult:
    """Build the graph from facts files (or folders of them; default
    ``data/facts``, else the facts shipped with spacekg), validate it with
    SHACL and write it with its VoID description; nothing is written if a step
    fails. ``sources`` are your copies of the source texts: their quotes are
    attached to the evidence. ``sparql_endpoint`` is named in the VoID;
    ``entailments=False`` writes the bare graph.

    >>> result = spacekg.build(sources=["article.txt"], out="kg.ttl")
    >>> result.triples, result.counts["facts"]
    """
    from spacekg.model.build import build as run_build

    return run_build(
        facts=_facts_or_shipped(facts),
        out=Path(out),
        sources=[Path(s) for s in sources],
        base=base,
        sparql_endpoint=sparql_endpoint,
        entailments=entailments,
        progress=progress,
    )


def validate(graph: str | Path | None = None, *, named_graph: str | None = None) -> ValidationResult:
    """Check a graph file against the SHACL shapes; ``.conforms``, ``.report``,
    ``.violations``. Raises :class:`~spacekg.errors.EmptyGraph` for a graph
    without triples (it would trivially conform).

    >>> spacekg.validate("data/spacekg.ttl").conforms
    True
    """
    from spacekg.core.graphio import read_graph
    from spacekg.model.validate import validate_graph

    path = _graph_or_release(graph)
    data = read_graph(path, named_graph)
    if len(data) == 0:
        raise EmptyGraph(f"{path}: the graph is empty (no triples), so there is nothing to validate.")
    return validate_graph(data)


def locate(source: str | Path, phrase: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where ``phrase`` occurs in the text ``source`` (case-sensitive): for each
    occurrence, its ``(start, end)`` and its sentence's, ready to copy into a
    facts file; empty when it never occurs.

    >>> for (start, end), sentence in spacekg.locate("article.txt", "joint statement"):
    ...     print(start, end, sentence)
    """
    from spacekg.core.text import phrase_spans, read_source

    text, _ = read_source(Path(source))
    return list(phrase_spans(text, phrase))


def write_ontology_docs(out: str | Path = DEFAULT_DOCS) -> list[Path]:
    """Write the ontology's HTML documentation and its structure diagram into
    the folder ``out``; returns the files written.

    >>> spacekg.write_ontology_docs("docs/ontology")
    [PosixPath('docs/ontology/index.html'), PosixPath('docs/ontology/structure.svg')]
    """
    from spacekg.core.output import write_files
    from spacekg.interop.docs import render_docs
    from spacekg.model.vocabulary import ontology_graph

    page, diagram = render_docs(ontology_graph())
    files = {Path(out) / "index.html": page.encode("utf-8"), Path(out) / "structure.svg": diagram.encode("utf-8")}
    write_files(files)
    return list(files)


# --- queries ------------------------------------------------------------------


def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped with spacekg, by name, each with ``.title``
    and ``.params`` (``.name``, ``.kind``, ``.doc``).

    >>> sorted(spacekg.named_queries())[:2]
    ['actor-relations', 'claims-by-speaker']
    """
    from spacekg.query.named import named_queries as shipped

    return shipped()


def read_query(file: str | Path) -> str:
    """The SPARQL text of ``file`` (``"-"``: standard input), within the size
    limit and as UTF-8, or a :class:`~spacekg.errors.QueryError` saying why not.

    >>> kg.query(spacekg.read_query("question.rq"))
    """
    from spacekg.core.limits import max_query_bytes, read_limited, read_stdin
    from spacekg.core.text import decode_utf8
    from spacekg.errors import QueryError

    if str(file) == "-":
        return decode_utf8(read_stdin("the query on stdin"), "the query on stdin", QueryError)
    return decode_utf8(read_limited(Path(file), QueryError, max_query_bytes()), str(file), QueryError)


def format_result(
    result: Result, fmt: str | None = None, *, out: str | Path | None = None, base: str | None = None
) -> bytes:
    """A query result as ``table`` (SELECT default), ``csv``, ``tsv``,
    ``json``, ``xml`` (SPARQL results), or ``turtle`` (CONSTRUCT default),
    ``nt``, ``jsonld``; ASK gives ``true``/``false``. Written to ``out`` when given.
    ``base``: the graph's data base (``KnowledgeGraph.base``), shown as ``kg:``.

    >>> print(spacekg.format_result(kg.named("program-timeline", program="ilrs")).decode())
    """
    from spacekg.core.output import write_atomically
    from spacekg.query.formats import render

    data = render(result, fmt, base)
    if out is not None:
        write_atomically(Path(out), data)
    return data


@dataclass(frozen=True)
class View:
    """An interactive HTML page of (part of) the graph."""

    html: str
    nodes: int
    edges: int
    path: Path | None = None

    def _repr_html_(self) -> str:  # Jupyter shows it inline
        from spacekg.graphs.view import iframe

        return iframe(self.html)


@dataclass(frozen=True)
class ViewFilters:
    """Which part of the graph a view shows (all of it by default).

    >>> kg.view("ilrs.html", spacekg.ViewFilters(focus="ilrs", depth=2))
    """

    focus: str | None = None
    depth: int = DEFAULT_DEPTH
    classes: frozenset[str] = field(default_factory=frozenset)
    relations: frozenset[str] = field(default_factory=frozenset)
    year: int | None = None
    hide_claims: bool = False


class KnowledgeGraph:
    """A graph in one of the stores: SPARQL, named queries, and its network
    projection for analytics, views and graph exports. Made by :func:`load`."""

    def __init__(self, store: Store, path: Path | None = None) -> None:
        self.store = store
        self.path = path  # the RDF file it was read from, if any

    def __len__(self) -> int:
        return len(self.store)

    # --- SPARQL -----------------------------------------------------------

    @cached_property
    def base(self) -> str:
        """The data namespace (``kg:``) of the graph: the default, or the
        ``--base`` it was built with (:func:`spacekg.model.base.find_base`:
        found in the graph, else in its VoID description)."""
        from spacekg.model.base import find_base, store_documents

        return find_base(self.path, store_documents(self.store))

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        """Run SPARQL with the project's prefixes predeclared (``kg:`` is the
        graph's own data namespace).

        >>> kg.query("SELECT ?a WHERE { ?a skg:leads kg:ilrs }").python_rows()
        """
        from spacekg.query.store import with_base

        return self.store.query(with_base(sparql, self.base), dict(bindings or {}))

    def named(self, name: str, params: Mapping[str, str] | None = None, **more: str) -> Result:
        """Run a named query (see :func:`named_queries`) with parameters given
        as the command line takes them; bare ids are the graph's entities.
        Unknown names, parameters and entities are refused with the nearest ones.

        >>> kg.named("claims-by-stance", stance="opposes", target="treaty-proposal")
        """
        from spacekg.core.names import unknown_name_message
        from spacekg.errors import QueryError
        from spacekg.query.checks import check_parameters
        from spacekg.query.named import bind

        known = named_queries()
        if name not in known:
            raise QueryError(unknown_name_message(name, "named query", known, "'spacekg query --list' shows them all."))
        chosen = known[name]
        bindings = bind(chosen, {**(params or {}), **more}, self.base)
        if bindings:
            check_parameters(self.store, chosen, bindings)
        return self.query(chosen.text, bindings)

    # --- the network projection -------------------------------------------

    @cached_property
    def network(self) -> nx.MultiDiGraph:
        """Entities as nodes, facts and claims as edges (networkx), with
        labels, classes and evidence as attributes.

        >>> kg.network.number_of_nodes()
        """
        from spacekg.graphs.projection import project

        return project(self.store, self.path)

    def select(self, filters: ViewFilters | None = None) -> nx.MultiDiGraph:
        """The part of :attr:`network` that ``filters`` keep; unknown class or
        relation names are refused with the nearest ones.

        >>> kg.select(spacekg.ViewFilters(classes=frozenset({"Agent"}))).number_of_nodes()
        """
        from spacekg.graphs.view import Filters, check_filter_names, select

        f = filters or ViewFilters()
        check_filter_names(self.network, f.classes, f.relations)
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
        """The most central nodes (degree and betweenness), best first.

        >>> [row["label"] for row in kg.centrality(top=3)]
        """
        from spacekg.graphs.analyze import centrality

        ranking = centrality(self.network, facts_only)
        return ranking if top is None else ranking[:top]

    def communities(self, *, facts_only: bool = False) -> list[list[str]]:
        """Blocs of actors (community detection), as lists of node ids.

        >>> kg.communities()[0][:3]
        """
        from spacekg.graphs.analyze import communities

        return communities(self.network, facts_only)

    def explain_path(self, start: str, end: str, *, facts_only: bool = False) -> list[Step]:
        """The shortest path between two nodes, each step with its relation and evidence.

        >>> [step.label for step in kg.explain_path("united-kingdom", "russia")]
        """
        from spacekg.graphs.analyze import explain_path

        return explain_path(self.network, start, end, facts_only=facts_only)

    def analyze(
        self,
        top: int = DEFAULT_TOP,
        path: tuple[str, str] | None = None,
        *,
        facts_only: bool = False,
        progress: Progress | None = None,
    ) -> Report:
        """Centrality, blocs and (with ``path``) an explained path, as one
        report; :func:`format_analysis` writes it as the command prints it.

        >>> print(spacekg.format_analysis(kg.analyze(top=5, path=("united-kingdom", "russia"))))
        """
        from spacekg.graphs import analyze as analytics

        steps = ["projection", "centrality", "blocs"] + (["path"] if path else [])
        count = Counter(progress, "Analysing", len(steps))
        self.network  # noqa: B018 (the projection is the first step)
        count.step()
        report = analytics.analyze(self.network, top, path, facts_only, progress=lambda _name: count.step())
        count.finish()
        return report

    def view(
        self,
        out: str | Path | None = None,
        filters: ViewFilters | None = None,
        *,
        title: str = DEFAULT_TITLE,
        sparql: str | None = None,
        open_timeline: bool = False,
    ) -> View:
        """The interactive page (offline HTML), with its Timeline tab; written
        to ``out`` when given. ``sparql`` (a CONSTRUCT, or SELECT ?s ?p ?o)
        draws its result instead of the whole graph; ``open_timeline`` opens
        the page on the Timeline tab.

        >>> kg.view("ilrs.html", spacekg.ViewFilters(focus="ilrs", depth=2)).nodes
        """
        from spacekg.core.output import write_atomically
        from spacekg.graphs.projection import project_triples, result_triples
        from spacekg.graphs.view import render_html, timeline_items

        if sparql is not None:
            drawn = KnowledgeGraph(self.store, self.path)
            drawn.network = project_triples(result_triples(self.query(sparql)), labels=self.store)
        else:
            drawn = self
        shown = drawn.select(filters)
        dated = [
            item for item in timeline_items(self.store, drawn.network) if not item["node"] or item["node"] in shown
        ]
        page = render_html(shown, title=title, timeline=dated, open_timeline=open_timeline)
        path = Path(out) if out is not None else None
        if path is not None:
            write_atomically(path, page.encode("utf-8"))
        return View(html=page, nodes=shown.number_of_nodes(), edges=shown.number_of_edges(), path=path)

    def show(self, filters: ViewFilters | None = None, *, height: int = 600) -> Any:
        """The view inline in Jupyter.

        >>> kg.show(spacekg.ViewFilters(focus="ilrs"), height=500)
        """
        from IPython.display import HTML

        from spacekg.graphs.view import iframe

        return HTML(iframe(self.view(filters=filters).html, height))  # type: ignore[no-untyped-call]

    # --- exports ------------------------------------------------------------

    def export(
        self,
        fmt: str,
        *,
        part: str = "all",
        nanopub: bool = False,
        out: str | Path | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        """The graph in another format: turtle, nt, nquads, trig, jsonld,
        rdfxml (``part``: all, ontology, data, claims, provenance; quad formats
        put each part in a named graph, ``nanopub`` each claim in a
        nanopublication), or the network projection as graphml, gexf or
        cytoscape (JSON). Written to ``out`` when given. Needs a graph read
        from a file (for the RDF formats).

        >>> Path("spacekg.owl").write_bytes(kg.export("rdfxml", part="ontology"))
        """
        from spacekg.core.output import write_atomically

        if fmt not in NETWORK_FORMATS:  # RDF: read straight from the file
            return export(fmt, self._file(), part=part, nanopub=nanopub, out=out, progress=progress)
        if part != "all":
            raise GraphError(f"part is for RDF formats; {fmt} always exports the whole graph")
        from spacekg.graphs.analyze import export as export_network

        count = Counter(progress, "Exporting", 2, size=self.path.stat().st_size if self.path else 0)
        self.network  # noqa: B018 (the projection is the first step)
        count.step()
        data = export_network(self.network, Path(out) if out is not None else Path("-"), fmt)
        count.finish()
        if out is not None:
            write_atomically(Path(out), data)
        return data

    def neo4j_csv(self, out: str | Path | None = None) -> dict[str, bytes]:
        """Neo4j bulk-import files ``{"nodes.csv": ..., "relationships.csv": ...}``,
        written into the folder ``out`` when given.

        >>> kg.neo4j_csv("neo4j-import")
        """
        return neo4j_csv(self._file(), out)

    def _file(self) -> Path:
        if self.path is None:
            raise GraphError("this export reads the graph's RDF file; open the graph with spacekg.load(FILE)")
        return self.path


def export(
    fmt: str,
    graph: str | Path | None = None,
    *,
    part: str = "all",
    nanopub: bool = False,
    out: str | Path | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The graph file ``graph`` (default: ``data/spacekg.ttl``, else the
    release graph) in another RDF format, read straight from the file:
    turtle, nt, nquads, trig, jsonld, rdfxml (``part``: all, ontology, data,
    claims, provenance; quad formats put each part in a named graph,
    ``nanopub`` each claim in a nanopublication); graphml, gexf and cytoscape
    export its network projection (see :meth:`KnowledgeGraph.export`).
    Written to ``out`` when given.

    >>> spacekg.export("rdfxml", "data/spacekg.ttl", part="ontology", out="spacekg.owl")
    """
    if fmt in NETWORK_FORMATS:
        return load(graph, progress=progress).export(fmt, part=part, out=out, progress=progress)
    from spacekg.core.output import write_atomically
    from spacekg.interop.export import export_rdf, read

    path = _graph_or_release(graph)
    count = Counter(progress, f"Exporting {path.name}", 2, size=path.stat().st_size if path.is_file() else 0)
    statements = read(path)
    count.step()
    data = export_rdf(statements, fmt, part, nanopub)
    count.finish()
    if out is not None:
        write_atomically(Path(out), data)
    return data


def neo4j_csv(graph: str | Path | None = None, out: str | Path | None = None) -> dict[str, bytes]:
    """Neo4j bulk-import files of the graph file ``graph`` (default as for
    :func:`export`): ``{"nodes.csv": ..., "relationships.csv": ...}``,
    written into the folder ``out`` when given.

    >>> spacekg.neo4j_csv(out="neo4j-import")
    """
    from spacekg.core.output import write_files
    from spacekg.interop.export import neo4j_csv as tables
    from spacekg.interop.export import read

    files = tables(read(_graph_or_release(graph)))
    if out is not None:
        write_files({Path(out) / name: content for name, content in files.items()})
    return files


def format_analysis(report: Report, fmt: str = "table") -> str:
    """An :meth:`KnowledgeGraph.analyze` report as ``table`` (for reading), ``json`` or ``csv``.

    >>> print(spacekg.format_analysis(kg.analyze(), "json"))
    """
    from spacekg.graphs.analyze import render

    return render(report, fmt)


def load(
    graph: str | Path | None = None,
    *,
    store: str | None = None,
    endpoint: str | None = None,
    infer: str = "none",
    named_graph: str | None = None,
    progress: Progress | None = None,
) -> KnowledgeGraph:
    """Open the graph: an RDF file in memory (default), an on-disk Oxigraph
    store (``store="oxigraph:PATH"``), or a SPARQL endpoint URL. ``infer``
    (``rdfs`` or ``owlrl``) adds what the ontology entails, cached beside the file.
    A TriG or N-Quads file gives the union of its graphs, or only
    ``named_graph`` (an IRI, or ``"default"``). Without ``graph``:
    ``data/spacekg.ttl`` in the current folder, else the release graph
    shipped with spacekg. A large file is parsed once into an on-disk store
    cache (``$SPACEKG_CACHE_DIR``) that later loads of the unchanged file open.

    >>> kg = spacekg.load("data/spacekg.ttl", infer="rdfs")
    >>> kg = spacekg.load(store="oxigraph:data/store")
    """
    from spacekg.model.infer import inferred_file
    from spacekg.query.store import MemoryStore, open_store

    if store == "memory":  # the file, in memory: the default
        store = None
    if store or endpoint:
        if infer != "none" or named_graph is not None:
            raise GraphError("infer and named_graph work on graph files; load an inferred file into other stores")
        return KnowledgeGraph(open_store(store=store, endpoint=endpoint))
    if named_graph is not None and infer != "none":
        raise GraphError("named_graph picks a graph of a file read without inference")
    path = _graph_or_release(graph)
    steps = Counter(progress, f"Inferring ({infer})", 3) if infer != "none" else None
    inferred = inferred_file(path, infer, step=steps.step if steps else None)
    if steps is not None:
        steps.finish()
    if named_graph is not None:
        return KnowledgeGraph(open_store(graph=inferred, named_graph=named_graph), path=path)
    from spacekg.query.cache import CACHE_MIN_BYTES, cached_store

    size = inferred.stat().st_size if inferred.is_file() else 0
    if size >= CACHE_MIN_BYTES:
        kept: Store = cached_store(inferred, counter(progress, f"Parsing {inferred.name} into the store cache", size))
    else:
        kept = MemoryStore([inferred], progress=counter(progress, f"Parsing {inferred.name}", size))
    return KnowledgeGraph(kept, path=path)


# --- stores and servers -------------------------------------------------------


def load_store(
    files: Sequence[str | Path],
    store: str,
    *,
    replace: bool = False,
    named_graph: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Bulk-load RDF files into the on-disk Oxigraph store ``store``
    (``"oxigraph:PATH"``, created if absent; emptied first with ``replace``);
    returns its size in triples. All graphs of a quad file go into the
    default graph (their union) unless ``named_graph`` picks one.

    >>> spacekg.load_store(["data/spacekg.ttl"], "oxigraph:data/store")
    """
    from spacekg.query.store import DiskStore, store_location

    paths = [Path(f) for f in files]
    size = sum(p.stat().st_size for p in paths if p.is_file())
    bar = counter(progress, f"Loading {len(paths)} file(s)", size)
    return DiskStore(store_location(store), writable=True).load(
        paths, replace=replace, named_graph=named_graph, progress=bar
    )


@dataclass(frozen=True)
class Pushed:
    """What :func:`push` did: triples sent, and the batch size that worked."""

    triples: int
    batch_size: int


def push(
    files: Sequence[str | Path],
    endpoint: str,
    graph_iri: str,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    named_graph: str | None = None,
    progress: Progress | None = None,
) -> Pushed:
    """Replace the named graph ``graph_iri`` on a SPARQL 1.1 Update endpoint
    with ``files`` (default: the built graph); batches the server refuses are
    halved and retried.

    >>> spacekg.push(["data/spacekg.ttl"], "http://127.0.0.1:7878/update", "https://w3id.org/spacekg/graph")
    """
    from spacekg.query.store import RemoteStore

    remote = RemoteStore(endpoint)
    sources = [Path(f) for f in files] or [_graph_or_release(None)]

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress("Pushing", done, total)

    count = remote.push(sources, graph_iri, batch_size=batch_size, named_graph=named_graph, progress=report)
    return Pushed(triples=count, batch_size=remote.batch_size)


def make_server(
    graph: str | Path | None = None,
    *,
    store: str | None = None,
    view: str | Path | None = None,
    limits: Limits | Mapping[str, float] | None = None,
    **options: Any,
) -> Endpoint:
    """A read-only SPARQL endpoint on ``graph`` (or the on-disk ``store``,
    ``"oxigraph:PATH"``), bound and ready: ``.url``, and ``.run()`` serves.
    ``view`` is the HTML page served at /view (when the file exists);
    ``limits`` its timeouts and sizes (a :class:`Limits`, or a mapping of
    some of its fields: ``timeout``, ``max_result_bytes``, ``workers``, ...;
    the others keep :data:`SERVER_LIMITS`); ``options`` are
    ``host``, ``port``, ``cors_origin``, ``base``, ``allow_services`` and
    ``allow_hosts``.

    >>> spacekg.make_server("data/spacekg.ttl", port=8000).run()
    """
    from spacekg.query.store import store_location
    from spacekg.serve.server import make_server as bind_server

    if limits is not None and not isinstance(limits, Limits):
        limits = Limits(**limits)  # type: ignore[arg-type]
    return bind_server(
        graph=_graph_or_release(graph),
        store=store_location(store) if store else None,
        view=Path(view) if view is not None and Path(view).is_file() else None,
        limits=limits,
        **options,
    )


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
    path: Path | None = None  # where it was written, if it was
    held_back: int = 0  # plain facts written as commented suggestions (under ``min_confidence``)


def extract_candidates(
    texts: Iterable[str | Path],
    *,
    facts: Sequence[str | Path] | None = None,
    encoding: str | None = None,
    out: str | Path | None = None,
    progress: Progress | None = None,
    relations: str = "rules",
    min_confidence: float | None = None,
) -> list[Extraction]:
    """Extract candidates from each text (files, or folders of ``*.txt``),
    linking names to the entities of ``facts`` (default: ``data/facts``, else
    the facts shipped with spacekg). With ``out``, each candidates file is
    written: to ``out`` itself for one text, else to ``out/NAME.yaml``.
    ``relations``: ``rules``, or ``rules+learned`` to add the learned relation
    stage (:mod:`spacekg.extract.learned`) after the rules, for neighbouring
    names they left unrelated. ``min_confidence``: plain facts under this
    confidence are held back, written as commented-out suggestions (``#? ``)
    that ingest skips and a reviewer can uncomment (default: none held back).

    >>> [e.relations for e in spacekg.extract_candidates(["new-article.txt"])]
    """
    from spacekg.core.output import write_atomically
    from spacekg.errors import SourceError
    from spacekg.extract.rules import RuleExtractor, held_back, merged_facts, read_text, text_files, to_yaml
    from spacekg.model.facts import load_dataset

    if relations not in ("rules", "rules+learned"):
        raise SpaceKGError(f"relations must be 'rules' or 'rules+learned', not {relations!r}")
    if min_confidence is not None and (
        isinstance(min_confidence, bool)
        or not isinstance(min_confidence, (int, float))
        or not 0.0 <= min_confidence <= 1.0  # (also refuses nan)
    ):
        raise SpaceKGError(f"the minimum confidence must be a number from 0 to 1, not {min_confidence!r}")
    dataset = load_dataset(_facts_or_shipped(facts))
    extractor = RuleExtractor(dataset, learned=relations == "rules+learned")
    files = text_files([Path(t) for t in texts])
    if out is not None and not files:
        raise SourceError("no .txt files found")
    count = Counter(progress if len(files) > 1 else None, "Extracting", len(files))
    results = []
    for path in files:
        text, digest = read_text(path, encoding)
        candidates = extractor.extract(text, path.name, digest)
        document = to_yaml(candidates, dataset.entities(), min_confidence)
        target = None
        if out is not None:
            target = Path(out) if len(files) == 1 else Path(out) / f"{path.stem}.yaml"
            write_atomically(target, document.encode("utf-8"))
        results.append(
            Extraction(
                source=path,
                yaml=document,
                linked=sum(1 for m in candidates.mentions if not m.new),
                new_entities=len(candidates.new_entities()),
                relations=len(merged_facts(candidates)),
                claims=len(candidates.claims),
                path=target,
                held_back=sum(held_back(f, min_confidence) for f in merged_facts(candidates)),
            )
        )
        count.step()
    return results


def evaluate(candidates: str | Path, gold: str | Path) -> dict[str, Score]:
    """Precision, recall and F1 of a candidates file against a gold facts file.

    >>> spacekg.evaluate("candidates.yaml", "tests/corpus/ilrs-memorandum-2021.gold.yaml")["relations"].f1
    """
    from spacekg.extract.evaluate import evaluate as score
    from spacekg.model.facts import load_facts_file

    return score(load_facts_file(Path(candidates)), load_facts_file(Path(gold)))


def inverted_negations(candidates: str | Path, gold: str | Path) -> NegationCheck:
    """The gold file's negated statements that the candidates assert as
    positive facts (``.inverted``), of ``.negated`` in all.

    >>> spacekg.inverted_negations("candidates.yaml", "gold.yaml").inverted
    """
    from spacekg.extract.evaluate import inverted_negations as check
    from spacekg.model.facts import load_facts_file

    return check(load_facts_file(Path(candidates)), load_facts_file(Path(gold)))


def ingest(
    reviewed: str | Path,
    source: str | Path,
    facts_dir: str | Path = DEFAULT_FACTS,
    *,
    replace: bool = False,
    no_merge: Iterable[str] = (),
) -> tuple[Path, list[Merge]]:
    """Add a reviewed candidates file to the curated facts in ``facts_dir``:
    checks the source's hash, merges entities the graph already knows (except
    those in ``no_merge``), validates, writes; returns the file written and
    the merges made. Then :func:`build`.

    >>> path, merges = spacekg.ingest("reviewed.yaml", "article.txt")
    """
    from spacekg.extract.ingest import ingest as run_ingest

    return run_ingest(Path(reviewed), Path(source), Path(facts_dir), replace=replace, no_merge=set(no_merge))
