"""The ``spacekg`` command line: a thin layer over the library.

Each command parses options, calls the library, and turns SpaceKGError into
a message and an exit code (0 ok, 1 the data fails a check, 2 could not
run). Heavy libraries are imported inside commands so ``--help`` is fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from spacekg import __version__
from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.errors import SpaceKGError

DEFAULT_GRAPH = "data/spacekg.ttl"
DEFAULT_VIEW = "data/spacekg.html"
F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """A SpaceKGError shown without a traceback, with its own exit code."""

    def __init__(self, error: SpaceKGError) -> None:
        super().__init__(str(error))
        # click declares exit_code as a class variable; ours varies per error.
        self.exit_code = error.exit_code  # type: ignore[misc]


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except SpaceKGError as error:
        raise UserError(error) from None


# Files at least this large get a progress bar while they are parsed.
PROGRESS_MIN_BYTES = 2_000_000


@contextmanager
def progress_bar(label: str, length: int, quiet: bool = False) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr, or None when quiet, when stderr is not a terminal, or for small jobs."""
    if quiet or length < PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr, show_eta=True, show_percent=True) as bar:
        yield bar.update


def _size(paths: Iterable[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def quiet_option(func: F) -> F:
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar on stderr.")(func)


def _graph_or_release(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path:
    """No --graph: data/spacekg.ttl in the current folder, else the release graph shipped with spacekg."""
    from spacekg.core.resources import default_graph

    return value if value is not None else default_graph()


def _facts_or_shipped(ctx: click.Context, param: click.Parameter, value: tuple[Path, ...]) -> tuple[Path, ...]:
    """No --facts: data/facts in the current folder, else the curated facts shipped with spacekg."""
    from spacekg.core.resources import default_facts

    return value or (default_facts(),)


FACTS_DEFAULT = "data/facts, else the facts shipped with spacekg"


def graph_option(func: F) -> F:
    return click.option(
        "--graph",
        "graph_path",
        type=click.Path(path_type=Path, dir_okay=False),
        callback=_graph_or_release,
        show_default=f"{DEFAULT_GRAPH}, else the release graph shipped with spacekg",
        help="RDF file to read (syntax from the extension).",
    )(func)


def named_graph_option(func: F) -> F:
    return click.option(
        "--named-graph",
        metavar="IRI|default",
        help="Of a TriG or N-Quads file, read only this graph (default: the union of all its graphs).",
    )(func)


class _Utf8Group(click.Group):
    """Refuse arguments that are not UTF-8 before any command sees them.

    Python hands argument bytes that are not UTF-8 over as lone surrogates
    (``\\udcff``); they would fail deep inside a parser or be written as '?'.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from spacekg.core.text import check_text

        for number, arg in enumerate(args, 1):
            try:
                check_text(arg, f"argument {number} ({arg.encode('utf-8', 'replace').decode()[:40]!r})")
            except SpaceKGError as exc:
                raise click.UsageError(str(exc), ctx) from None
        return super().parse_args(ctx, args)


@click.group(cls=_Utf8Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="spacekg")
def main() -> None:
    """Build, check and query a linked-data knowledge graph of space politics.

    Example:

    \b
        spacekg build --source ../shared/seeds/000_814fbd7705b27452.txt
    """


@main.command()
@click.option(
    "--facts",
    "facts",
    multiple=True,
    type=click.Path(path_type=Path),
    callback=_facts_or_shipped,
    show_default=FACTS_DEFAULT,
    help="Facts file or folder of *.yaml facts files (repeatable).",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Your copy of a source text (repeatable). Checked against the facts' SHA-256; "
    "adds exact quotes to the evidence.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_GRAPH,
    show_default=True,
    help="Turtle file to write.",
)
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Base IRI for data (entities, facts, claims, evidence).",
)
@click.option(
    "--sparql-endpoint",
    metavar="URL",
    help="Public SPARQL endpoint to name in the VoID description (default: none).",
)
@click.option(
    "--no-entailments",
    is_flag=True,
    help="Write the bare graph, without the derived super-property and super-class triples (docs/model.md).",
)
def build(
    facts: tuple[Path, ...],
    sources: tuple[Path, ...],
    out: Path,
    base: str,
    sparql_endpoint: str | None,
    no_entailments: bool,
) -> None:
    """Build the knowledge graph from curated facts files.

    Loads the facts, turns them into ontology + data + provenance triples,
    validates them with SHACL, and writes one Turtle file. Nothing is written
    if any step fails.

    Example:

    \b
        spacekg build --source ../shared/seeds/000_814fbd7705b27452.txt --out data/spacekg.ttl
    """
    from spacekg.core.namespaces import check_base
    from spacekg.model.build import build as run_build

    try:
        check_base(base)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base") from None
    if sparql_endpoint is not None and not sparql_endpoint.startswith(("http://", "https://")):
        raise click.BadParameter("give an http:// or https:// URL", param_hint="--sparql-endpoint")
    with user_errors():
        result = run_build(
            facts=facts,
            out=out,
            sources=sources,
            base=base,
            sparql_endpoint=sparql_endpoint,
            entailments=not no_entailments,
        )
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    click.echo(f"Wrote {result.out} ({result.triples} triples: {counts}) and its VoID/DCAT description.")
    if result.entailed:
        click.echo(f"{result.entailed} of the triples are RDFS entailments, after the '# spacekg:entailments' line.")
    if result.quoted_sources:
        click.echo(f"Evidence quotes taken from: {', '.join(str(p) for p in sources)}.")
        for warning in result.warnings:
            click.echo(f"Warning: {warning}", err=True)
    else:
        click.echo("No --source given: evidence has character offsets only, no quotes.")


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), required=False)
@graph_option
@named_graph_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; use the exit code.")
def validate(file: Path | None, graph_path: Path, named_graph: str | None, quiet: bool) -> None:
    """Check a graph (FILE, or --graph) against the SHACL shapes and the ontology.

    Exit code 0: conforms; 1: violations (a report is printed) or an empty
    graph; 2: could not run.

    Example:

    \b
        spacekg validate data/spacekg.ttl
    """
    from spacekg.core.graphio import read_graph
    from spacekg.model.validate import validate_graph

    file = file or graph_path

    with user_errors():
        graph = read_graph(file, named_graph)
        if len(graph) == 0:  # an empty graph would "conform": say what it is instead
            click.echo(f"{file}: the graph is empty (no triples), so there is nothing to validate.", err=True)
            sys.exit(1)
        result = validate_graph(graph)
    if result.conforms:
        if not quiet:
            click.echo(f"{file}: conforms to the spacekg shapes.")
        return
    if not quiet:
        click.echo(result.report)
        click.echo(f"{file}: {result.violations} violation(s).", err=True)
    sys.exit(1)


def store_options(func: F) -> F:
    func = click.option("--endpoint", help="Query this SPARQL 1.1 endpoint (URL) instead of a local graph.")(func)
    func = click.option(
        "--store",
        "store_spec",
        metavar="memory|oxigraph:PATH",
        help="Query an on-disk Oxigraph store made by 'spacekg load' (default: --graph in memory).",
    )(func)
    return graph_option(named_graph_option(func))


def read_query_text(query: str | None, query_file: str | None) -> str:
    from spacekg.core.limits import max_query_bytes, read_limited, read_stdin
    from spacekg.core.text import decode_utf8
    from spacekg.errors import QueryError

    if query_file is not None:
        with user_errors():
            if query_file == "-":
                return decode_utf8(read_stdin("the query on stdin"), "the query on stdin", QueryError)
            data = read_limited(Path(query_file), QueryError, max_query_bytes())
            return decode_utf8(data, query_file, QueryError)
    if query is None:
        raise click.UsageError("give a query, a named query, -f FILE, -f - (stdin), or --list")
    return query


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", help="Read the query from FILE ('-' for stdin).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Parameter of a named query (repeatable).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt", "jsonld"]),
    help="Output format (default: table for SELECT, turtle for CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--infer",
    type=click.Choice(["none", "rdfs", "owlrl"]),
    default="none",
    show_default=True,
    help="Query the RDFS or OWL RL closure (computed once, cached next to the graph).",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="Write the result to FILE.")
@store_options
@quiet_option
def query(
    query: str | None,
    query_file: str | None,
    params: tuple[str, ...],
    list_queries: bool,
    fmt: str | None,
    infer: str,
    out: Path | None,
    graph_path: Path,
    named_graph: str | None,
    store_spec: str | None,
    endpoint: str | None,
    quiet: bool,
) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) or a named query.

    The project's prefixes (skg:, kg:, rdf:, rdfs:, owl:, oa:, schema:, …)
    are predeclared. ASK prints true or false and exits 0 or 1. A --graph
    file over 8 MB is parsed once into an on-disk store under
    ~/.cache/spacekg (or $SPACEKG_CACHE_DIR); later queries on the unchanged
    file open that store instead of parsing again.

    Example:

    \b
        spacekg query 'SELECT ?agency WHERE { ?agency skg:leads kg:ilrs }'

    \b
        spacekg query claims-by-stance --param stance=opposes --param target=treaty-proposal
    """

    from spacekg.errors import QueryError
    from spacekg.query.formats import render
    from spacekg.query.named import bind, get_named_query, named_queries, parse_params

    with user_errors():
        if list_queries:
            for named in named_queries().values():
                click.echo(f"{named.name}: {named.title}")
                for param in named.params:
                    click.echo(f"    --param {param.name}=…  ({param.kind}) {param.doc}")
            return
        chosen = None
        raw_params: dict[str, str] = {}
        if query is not None and query_file is None and query in named_queries():
            chosen = get_named_query(query)
            text = chosen.text
            raw_params = parse_params(params)
        else:
            if query is not None and query_file is None and re.fullmatch(r"[\w-]+", query):
                from spacekg.core.names import unknown_name_message  # a bare word is never SPARQL

                raise UserError(QueryError(unknown_name_message(query, "named query", named_queries(),
                                                                "'spacekg query --list' shows them all.")))  # fmt: skip
            if params:
                raise click.UsageError("--param is for named queries; see 'spacekg query --list'")
            text = read_query_text(query, query_file)
        if infer != "none" and (store_spec or endpoint):
            raise click.UsageError("--infer works on --graph files; load an inferred file into other stores")
        if named_graph and (store_spec or endpoint or infer != "none"):
            raise click.UsageError("--named-graph picks a graph of a --graph file (without --infer)")
        store = _open_store(graph_path, store_spec, endpoint, infer, named_graph, quiet)
        base = _data_base(store)  # a graph built with --base: kg: and bare ids mean its base
        bindings = bind(chosen, raw_params, base) if chosen is not None else {}
        if base != DEFAULT_BASE and not re.search(r"(?im)^\s*PREFIX\s+kg:", text):
            text = f"PREFIX kg: <{base}>\n{text}"
        if bindings and chosen is not None:
            from spacekg.query.checks import check_parameters

            check_parameters(store, chosen, bindings)
        result = store.query(text, bindings)
        data = render(result, fmt)
    if out is not None:
        with user_errors():
            from spacekg.core.output import write_atomically

            write_atomically(out, data)
    else:
        click.echo(data, nl=False)
    if result.kind == "ask" and not result.boolean:
        sys.exit(1)


def _data_base(store: Any) -> str:
    from spacekg.model.base import BASE_QUERY, base_from_documents

    return base_from_documents(row.get("doc") for row in store.query(BASE_QUERY).python_rows())


def _open_store(
    graph_path: Path,
    store_spec: str | None,
    endpoint: str | None,
    infer: str = "none",
    named_graph: str | None = None,
    quiet: bool = False,
) -> Any:
    from spacekg.model.infer import inferred_file
    from spacekg.query.cache import CACHE_MIN_BYTES, cached_store
    from spacekg.query.store import MemoryStore, open_store

    if store_spec or endpoint:
        return open_store(store=store_spec, endpoint=endpoint)
    with progress_bar(f"Inferring ({infer})", 3 * PROGRESS_MIN_BYTES if infer != "none" else 0, quiet) as bar:
        path = inferred_file(graph_path, infer, step=(lambda: bar(PROGRESS_MIN_BYTES)) if bar else None)
    if named_graph is not None:
        return open_store(graph=path, named_graph=named_graph)
    size = _size([path])
    if size >= CACHE_MIN_BYTES:
        with progress_bar(f"Parsing {path.name} into the store cache", size, quiet) as bar:
            return cached_store(path, bar)
    with progress_bar(f"Parsing {path.name}", size, quiet) as bar:
        return MemoryStore([path], progress=bar)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--store", "store_spec", required=True, metavar="oxigraph:PATH", help="The on-disk store to fill.")
@click.option("--replace", is_flag=True, help="Empty the store first.")
@named_graph_option
@quiet_option
def load(files: tuple[Path, ...], store_spec: str, replace: bool, named_graph: str | None, quiet: bool) -> None:
    """Bulk-load RDF files into an on-disk Oxigraph store, for large graphs.

    All graphs of a TriG or N-Quads file go into the store's default graph
    (their union), unless --named-graph picks one.

    Queries then read the store without reloading: spacekg query --store oxigraph:PATH …

    Example:

    \b
        spacekg load --store oxigraph:data/store data/spacekg.ttl
    """
    from spacekg.query.store import DiskStore

    kind, _, location = store_spec.partition(":")
    if kind != "oxigraph" or not location:
        raise click.BadParameter("use oxigraph:PATH", param_hint="--store")
    with user_errors(), progress_bar(f"Loading {len(files)} file(s)", _size(files), quiet) as bar:
        size = DiskStore(Path(location), writable=True).load(
            files, replace=replace, named_graph=named_graph, progress=bar
        )
    click.echo(f"{location}: {size} triples after loading {len(files)} file(s).")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--endpoint", required=True, help="SPARQL 1.1 Update endpoint URL.")
@click.option("--graph", "graph_iri", required=True, callback=lambda c, p, v: _graph_iri(v),
              help="IRI of the named graph to replace.")  # fmt: skip
@click.option(
    "--batch-size",
    default=10_000,
    show_default=True,
    help="Triples per INSERT DATA request to start with; halved while the server refuses a batch.",
)
@named_graph_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def push(
    files: tuple[Path, ...], endpoint: str, graph_iri: str, batch_size: int, named_graph: str | None, quiet: bool
) -> None:
    """Replace a named graph on a SPARQL server with FILES (default: the built graph).

    Drops the graph, then inserts in batches: pushing twice gives the same graph.
    A batch the server refuses is split and retried (Virtuoso takes about 5000
    triples per request). A progress bar shows on a terminal.

    Example:

    \b
        spacekg push --endpoint http://127.0.0.1:7878/update --graph https://w3id.org/spacekg/graph data/spacekg.ttl
    """
    from spacekg.query.store import RemoteStore

    remote = RemoteStore(endpoint)
    sources = files or (Path(DEFAULT_GRAPH),)
    with user_errors():
        if quiet or not sys.stderr.isatty():
            count = remote.push(sources, graph_iri, batch_size=batch_size, named_graph=named_graph)
        else:
            with click.progressbar(length=1, label="Pushing", file=sys.stderr, show_pos=True) as bar:

                def progress(done: int, total: int) -> None:
                    bar.length = total
                    bar.update(done - bar.pos)

                count = remote.push(
                    sources, graph_iri, batch_size=batch_size, named_graph=named_graph, progress=progress
                )
    if not quiet:
        click.echo(f"Pushed {count} triples to <{graph_iri}> at {endpoint} (batches of {remote.batch_size}).")


@main.command()
@graph_option
@click.option("--store", "store_spec", metavar="oxigraph:PATH", help="Serve an on-disk store made by 'spacekg load'.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--cors", "cors_origin", metavar="ORIGIN", help="Allow cross-origin requests from this one origin.")
@click.option(
    "--timeout", default=10.0, show_default=True, help="Seconds a query may take in all (queue, run, output): then 504."
)
@click.option("--max-result-bytes", default=10_000_000, show_default=True, help="Larger results are refused (422).")
@click.option("--workers", default=0, show_default=True, help="Query worker processes (0: two per CPU, at least 4).")
@click.option("--queue", default=64, show_default=True, help="Queries that may wait for a worker; more get 503.")
@click.option("--memory-mb", default=1024, show_default=True, help="Working memory per query, beyond the graph.")
@click.option(
    "--max-slow", default=2, show_default=True, help="Long queries (50 ms CPU) at once, at low priority; more: 503."
)
@click.option("--header-timeout", default=10.0, show_default=True, help="Seconds a client has to send its request.")
@click.option(
    "--idle-timeout", default=15.0, show_default=True, help="Seconds an idle keep-alive connection stays open."
)
@click.option("--max-connections", default=1000, show_default=True, help="Open connections; more get 503.")
@click.option(
    "--allow-service", "allow_services", multiple=True, metavar="IRI",
    help="Allow SERVICE calls to this endpoint IRI (repeatable); all others are refused (403).",
)  # fmt: skip
@click.option(
    "--allow-host", "allow_hosts", multiple=True, metavar="NAME",
    help="Also answer requests for this Host name (repeatable; '*' for any). Default: the bind address.",
)  # fmt: skip
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Data base IRI: /id/NAME serves <base>NAME.",
)
@click.option(
    "--view",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_VIEW,
    show_default=True,
    help="HTML graph view to serve at /view (if the file exists).",
)
def serve(
    graph_path: Path, store_spec: str | None, host: str, port: int, cors_origin: str | None, timeout: float,
    max_result_bytes: int, workers: int, queue: int, memory_mb: int, max_slow: int, header_timeout: float,
    idle_timeout: float, max_connections: int, allow_services: tuple[str, ...], allow_hosts: tuple[str, ...],
    base: str, view: Path,
) -> None:  # fmt: skip
    """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql.

    GET and POST, content negotiation (JSON, XML, CSV, TSV; Turtle,
    N-Triples, JSON-LD, RDF/XML), a query page at /, entity pages at /id/,
    the ontology at /ontology and the graph view at /view. Updates and
    SERVICE are refused; every query has one deadline, a memory ceiling and
    runs in a worker process with no network (docs/endpoint.md).

    Example:

    \b
        spacekg serve --graph data/spacekg.ttl --port 8000
    """
    from spacekg.serve.server import Limits, make_server

    store = None
    if store_spec:
        kind, _, location = store_spec.partition(":")
        if kind != "oxigraph" or not location:
            raise click.BadParameter("use oxigraph:PATH", param_hint="--store")
        store = Path(location)
    limits = Limits(
        timeout=timeout, max_result_bytes=max_result_bytes, workers=workers, queue=queue, memory_mb=memory_mb,
        max_slow=max_slow, header_timeout=header_timeout, idle_timeout=idle_timeout, max_connections=max_connections,
    )  # fmt: skip
    with user_errors():
        server = make_server(
            graph=graph_path, store=store, host=host, port=port, cors_origin=cors_origin,
            view=view if view.is_file() else None, base=base, limits=limits, allow_services=allow_services,
            allow_hosts=allow_hosts,
        )  # fmt: skip
    click.echo(f"SPARQL endpoint: {server.url} (query page at /; Ctrl-C stops)", err=True)
    server.run()


def _graph_iri(value: str) -> str:
    """An absolute IRI for a named graph; a file name here is a common slip."""

    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*$", value):
        return value
    hint = " That is a file: give it as an argument, and the graph's IRI to --graph." if Path(value).exists() else ""
    raise click.BadParameter(
        f"{value!r} is not an absolute IRI (such as https://w3id.org/spacekg/graph).{hint}", param_hint="--graph"
    )


def _check_view_names(graph: Any, classes: set[str], relations: set[str]) -> None:
    """Unknown --classes or --relations names would silently draw nothing."""
    from spacekg.core.names import check_names
    from spacekg.model.vocabulary import vocabulary

    vocab = vocabulary()
    known_classes = set(vocab.classes)
    known_relations = set(vocab.object_properties) | set(vocab.datatype_properties)
    for _, data in graph.nodes(data=True):
        known_classes.update(data.get("classes", [data.get("cls")]))
    for _, _, data in graph.edges(data=True):
        known_relations.add(str(data.get("predicate", "")).rsplit("#", 1)[-1])
    with user_errors():
        check_names(classes, known_classes - {None}, "class (--classes)")
        check_names(relations, known_relations, "relation (--relations)")


def _csv_set(value: str | None) -> set[str]:
    return {part.strip() for part in value.split(",") if part.strip()} if value else set()


@main.command()
@graph_option
@named_graph_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_VIEW,
    show_default=True,
    help="HTML file to write.",
)
@click.option("--focus", help="Only the neighbourhood of this node (id such as russia, or an IRI).")
@click.option("--depth", default=1, show_default=True, help="Neighbourhood radius for --focus.")
@click.option("--classes", help="Only nodes of these classes (comma-separated; superclasses such as Agent work).")
@click.option("--relations", help="Only edges with these relations (comma-separated, e.g. leads,participatesIn).")
@click.option("--year", type=int, help="Only what is active in this year (phases, milestones, dated documents).")
@click.option("--hide-claims", is_flag=True, help="Draw facts only, no claimed relations or stances.")
@click.option(
    "--query",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Draw the result of a CONSTRUCT or of a SELECT ?s ?p ?o.",
)
@click.option("--title", default="spacekg: actors, programs, documents and claims", show_default=True)
@click.option("--timeline", is_flag=True, help="Open the page on its Timeline tab (dated facts, claims and phases).")
def view(
    graph_path: Path, named_graph: str | None, out: Path, focus: str | None, depth: int, classes: str | None, relations: str | None,
    year: int | None, hide_claims: bool, query_file: Path | None, title: str, timeline: bool,
) -> None:  # fmt: skip
    """Write an interactive HTML view of the graph that works offline.

    Nodes are coloured and shaped by family (the legend toggles them);
    facts are solid edges, facts reported by someone dotted, claims dashed
    (green supports, red opposes); hover or click for label, type, Wikidata
    link and evidence; search centres a node. Labels that would overlap are
    hidden until you zoom in. The Timeline tab puts every dated fact, claim
    and program phase on a time axis, each linked to its node and evidence.

    Example:

    \b
        spacekg view --focus ilrs --depth 2 --out ilrs.html

    \b
        spacekg view --timeline --out timeline.html
    """
    if focus is None and click.get_current_context().get_parameter_source("depth") != ParameterSource.DEFAULT:
        raise click.UsageError("--depth is the radius around --focus; give --focus NODE too")
    from spacekg.core.output import write_atomically
    from spacekg.graphs.projection import project, project_triples, result_triples
    from spacekg.graphs.view import Filters, render_html, select, timeline_items
    from spacekg.query.store import MemoryStore

    with user_errors():
        store = MemoryStore([graph_path], named_graph=named_graph)
        if query_file is not None:
            result = store.query(read_query_text(None, str(query_file)))
            graph = project_triples(result_triples(result), labels=store)
        else:
            graph = project(store)
        _check_view_names(graph, _csv_set(classes), _csv_set(relations))
        filters = Filters(
            focus=focus,
            depth=depth,
            classes=_csv_set(classes),
            relations=_csv_set(relations),
            year=year,
            hide_claims=hide_claims,
        )
        shown = select(graph, filters)
        dated = [item for item in timeline_items(store, graph) if not item["node"] or item["node"] in shown]
        page = render_html(shown, title=title, timeline=dated, open_timeline=timeline)
        write_atomically(out, page.encode("utf-8"))
    click.echo(
        f"Wrote {out} ({shown.number_of_nodes()} nodes, {shown.number_of_edges()} edges). Open {out.resolve().as_uri()}"
    )


@main.command()
@graph_option
@named_graph_option
@click.option(
    "--top", default=10, show_default=True, type=click.IntRange(min=1), help="How many nodes to list by centrality."
)
@click.option("--path", "path_ends", nargs=2, metavar="FROM TO", help="Explain the shortest path between two nodes.")
@click.option("--facts-only", is_flag=True, help="Ignore claimed relations and stances.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option(
    "--export",
    "export_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the projection: .graphml, .gexf (Gephi) or .json (Cytoscape).",
)
def analyze(
    graph_path: Path,
    named_graph: str | None,
    top: int,
    path_ends: tuple[str, str] | None,
    facts_only: bool,
    fmt: str,
    export_file: Path | None,
) -> None:
    """Centrality, blocs (communities) and explained paths between actors.

    Example:

    \b
        spacekg analyze --path united-kingdom russia
    """
    from spacekg.core.output import write_atomically
    from spacekg.graphs import analyze as analytics
    from spacekg.graphs.projection import load_projection

    steps = ["projection", "centrality", "blocs"] + (["path"] if path_ends else [])
    # A progress bar on a terminal only: piped output stays clean.
    bar = click.progressbar(length=len(steps), label="projection", file=sys.stderr) if sys.stderr.isatty() else None

    def advance(step: str) -> None:
        if bar is not None:
            bar.label = step
            bar.update(1)

    with user_errors():
        if bar is not None:
            bar.__enter__()
        try:
            graph = load_projection(graph_path, named_graph)
            report = analytics.analyze(graph, top, path_ends, facts_only, progress=advance)
            advance("done")
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
        if export_file is not None:
            kinds = {".graphml": "graphml", ".gexf": "gexf", ".json": "cytoscape"}
            kind = kinds.get(export_file.suffix.lower())
            if kind is None:
                raise click.BadParameter("use a .graphml, .gexf or .json file", param_hint="--export")
            write_atomically(export_file, analytics.export(graph, export_file, kind))
    click.echo(analytics.render(report, fmt), nl=False)
    if export_file is not None and fmt == "table":
        click.echo(f"\nWrote {export_file}.")


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default="docs/ontology",
    show_default=True,
    help="Folder to write.",
)
def docs(out: Path) -> None:
    """Write HTML documentation of the ontology and a diagram of its structure.

    Example:

    \b
        spacekg docs --out docs/ontology
    """
    from spacekg.core.output import write_files
    from spacekg.interop.docs import render_docs
    from spacekg.model.vocabulary import ontology_graph

    page, diagram = render_docs(ontology_graph())
    with user_errors():
        write_files({out / "index.html": page.encode("utf-8"), out / "structure.svg": diagram.encode("utf-8")})
    click.echo(f"Wrote {out / 'index.html'} and {out / 'structure.svg'}.")


EXPORT_FORMATS = ["turtle", "nt", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "neo4j"]


@main.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="Target format.")
@click.option("--part", type=click.Choice(["all", "data", "ontology", "claims", "provenance"]), default="all", show_default=True,
              help="What to export. Quad formats put the data in the default graph and each other part in a named graph.")  # fmt: skip
@click.option("--nanopub", is_flag=True, help="With trig/nquads: each claim as a nanopublication.")
@click.option("--out", type=click.Path(path_type=Path), help="File to write (a folder for neo4j); default: stdout.")
def export(graph_path: Path, fmt: str, part: str, nanopub: bool, out: Path | None) -> None:
    """Export the graph for other tools: Protégé, triple stores, Gephi, Neo4j, JSON-LD.

    Example:

    \b
        spacekg export --format rdfxml --part ontology --out spacekg.owl
    """
    from spacekg.core.output import write_atomically, write_files
    from spacekg.interop import export as exporter

    if part != "all" and fmt in ("graphml", "gexf", "neo4j"):
        raise click.UsageError(f"--part is for RDF formats; --format {fmt} always exports the whole graph")
    with user_errors():
        if fmt in ("graphml", "gexf"):
            from spacekg.graphs.analyze import export as export_network
            from spacekg.graphs.projection import load_projection

            data = export_network(load_projection(graph_path), out or Path("-"), fmt)
        else:
            graph = exporter.read(graph_path)
            if fmt == "neo4j":
                if out is None:
                    raise click.UsageError("--format neo4j writes two files; give --out FOLDER")
                write_files({out / name: content for name, content in exporter.neo4j_csv(graph).items()})
                click.echo(f"Wrote {out / 'nodes.csv'} and {out / 'relationships.csv'}.")
                return
            data = exporter.export_rdf(graph, fmt, part, nanopub)
        if out is None:
            click.echo(data, nl=False)
        else:
            write_atomically(out, data)
            click.echo(f"Wrote {out} ({len(data)} bytes).", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", type=click.Path(path_type=Path), required=True, help="Candidates file (one input) or folder (several)."
)
@click.option("--facts", "facts", multiple=True, type=click.Path(path_type=Path), callback=_facts_or_shipped, show_default=FACTS_DEFAULT,
              help="Facts files whose entities are linked to.")  # fmt: skip
@click.option("--encoding", help="Encoding of the texts (default UTF-8), e.g. latin-1.")
def extract(inputs: tuple[Path, ...], out: Path, facts: tuple[Path, ...], encoding: str | None) -> None:
    """Extract candidate facts from new articles, for review (no network, no model).

    Links names to the graph's entities, proposes new entities, dates,
    relations and claims, each with offsets and a confidence, in the facts
    file format. Review the file, then 'spacekg ingest' it.

    Example:

    \b
        spacekg extract article.txt --out candidates.yaml
    """
    from spacekg.core.output import write_atomically
    from spacekg.extract.rules import RuleExtractor, read_text, text_files, to_yaml
    from spacekg.model.facts import load_dataset

    with user_errors():
        dataset = load_dataset(list(facts))
        extractor = RuleExtractor(dataset)
        files = text_files(inputs)
        if not files:
            raise click.UsageError("no .txt files found")
        totals = {"linked": 0, "new": 0, "relations": 0, "claims": 0}
        with (
            click.progressbar(files, label="Extracting", file=sys.stderr, show_pos=True)
            if len(files) > 1
            else _nullbar(files) as bar
        ):
            for path in bar:
                text, digest = read_text(path, encoding)
                candidates = extractor.extract(text, path.name, digest)
                target = out if len(files) == 1 else out / f"{path.stem}.yaml"
                write_atomically(target, to_yaml(candidates, dataset.entities()).encode("utf-8"))
                totals["linked"] += sum(1 for m in candidates.mentions if not m.new)
                totals["new"] += len(candidates.new_entities())
                totals["relations"] += len(candidates.facts)
                totals["claims"] += len(candidates.claims)
    click.echo(
        f"{len(files)} text(s): {totals['linked']} entity mentions linked, {totals['new']} new entities, "
        f"{totals['relations']} relation and {totals['claims']} claim candidates -> {out}"
    )


@main.command()
@click.argument("candidates", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--facts", "facts", multiple=True, type=click.Path(path_type=Path), callback=_facts_or_shipped, show_default=FACTS_DEFAULT,
              help="Facts files the candidates link to.")  # fmt: skip
def evaluate(candidates: Path, gold: Path, facts: tuple[Path, ...]) -> None:
    """Score extracted candidates against a hand-made gold file: P, R, F1.

    Mentions, links, new entities (typed and untyped), relations (exact,
    with overlapping evidence, subproperty-aware; symmetric relations either
    way round), modality, claims and their speakers; then how many negated
    gold statements the candidates assert as positive facts.

    Example:

    \b
        spacekg evaluate candidates.yaml tests/corpus/ilrs-memorandum-2021.gold.yaml
    """
    from spacekg.extract.evaluate import evaluate as score
    from spacekg.extract.evaluate import inverted_negations
    from spacekg.model.facts import load_facts_file

    with user_errors():
        predicted, expected = load_facts_file(candidates), load_facts_file(gold)
        scores = score(predicted, expected)
        negations = inverted_negations(predicted, expected)
    click.echo(f"{'':<24} precision  recall  F1     (hits / predicted / gold)")
    for name, s in scores.items():
        click.echo(
            f"{name:<24} {s.precision:9.2f}  {s.recall:6.2f}  {s.f1:5.2f}  ({s.true_positives} / {s.predicted} / {s.gold})"
        )
    click.echo(
        f"negated statements asserted as positive facts: {len(negations.inverted)} of {negations.negated} (target: 0)"
    )
    for subject, relation, obj in negations.inverted:
        click.echo(f"  {subject} {relation} {obj}")


@main.command()
@click.argument("reviewed", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--source",
    "source_text",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The text the candidates were extracted from.",
)
@click.option("--facts-dir", type=click.Path(path_type=Path, file_okay=False), default="data/facts", show_default=True)
@click.option("--replace", is_flag=True, help="Replace a facts file of the same source.")
@click.option("--no-merge", "no_merge", multiple=True, metavar="ID",
              help="Keep this reviewed entity as a new one, even if the graph knows its name (repeatable).")  # fmt: skip
def ingest(reviewed: Path, source_text: Path, facts_dir: Path, replace: bool, no_merge: tuple[str, ...]) -> None:
    """Add a reviewed candidates file to the curated facts.

    Checks the source hash, merges entities the graph already knows (same
    id, Wikidata item or name, and types that agree; each merge is printed),
    keeps every source's provenance, dates and your '# notes', and validates
    everything before writing. Then run 'spacekg build'.

    Example:

    \b
        spacekg ingest reviewed.yaml --source article.txt --no-merge washington
    """
    from spacekg.extract.ingest import ingest as run_ingest

    with user_errors():
        target, merges = run_ingest(reviewed, source_text, facts_dir, replace=replace, no_merge=set(no_merge))
    for merge in merges:
        click.echo(
            f"merged {merge.new} ({', '.join(merge.types)}) into known entity {merge.known} "
            f"({', '.join(merge.known_types)}): {merge.reason}; to keep it apart: --no-merge {merge.new}"
        )
    click.echo(f"Wrote {target}. Rebuild with: spacekg build")


@contextmanager
def _nullbar(items: list[Path]) -> Iterator[list[Path]]:
    yield items


@main.command()
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("phrase")
def locate(source: Path, phrase: str) -> None:
    """Print where PHRASE occurs in SOURCE: its own [start, end] span and its sentence's.

    One line per occurrence, in text order, so offsets are never counted by
    hand: the phrase's span is an entity's 'mention' or a mention's 'span',
    the sentence's is a fact's or claim's 'evidence'.

    Example:

    \b
        spacekg locate article.txt "joint statement"
    """
    from spacekg.core.text import phrase_spans, read_source

    with user_errors():
        text, _ = read_source(source)
    found = list(phrase_spans(text, phrase))
    if not found:
        raise click.ClickException(f"{phrase!r} does not occur in {source} (the search is case-sensitive)")
    for (start, end), (sentence_start, sentence_end) in found:
        click.echo(f"[{start}, {end}] in sentence [{sentence_start}, {sentence_end}]")


# Ranges of numeric options, in one place: out-of-range values are refused by
# click with the range in the message (and shown in --help). Options another
# version of a command does not have are skipped.
POSITIVE = click.FloatRange(min=0, min_open=True)
OPTION_RANGES: dict[str, dict[str, click.IntRange | click.FloatRange]] = {
    "serve": {
        "port": click.IntRange(0, 65535),  # 0: any free port
        "timeout": POSITIVE,
        "max_result_bytes": click.IntRange(min=1),
        "workers": click.IntRange(min=0),
        "queue": click.IntRange(min=0),
        "memory_mb": click.IntRange(min=1),
        "max_slow": click.IntRange(min=1),
        "header_timeout": POSITIVE,
        "idle_timeout": POSITIVE,
        "max_connections": click.IntRange(min=1),
    },
    "view": {"depth": click.IntRange(min=0), "year": click.IntRange(-9999, 9999)},
    "analyze": {"top": click.IntRange(min=1)},
    "push": {"batch_size": click.IntRange(min=1)},
}


def _apply_ranges() -> None:
    for command_name, ranges in OPTION_RANGES.items():
        command = main.commands.get(command_name)
        for param in command.params if command is not None else ():
            if param.name in ranges and isinstance(param, click.Option):
                param.type = ranges[param.name]


_apply_ranges()


if __name__ == "__main__":  # pragma: no cover
    main()
