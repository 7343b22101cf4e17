"""The ``spacekg`` command line: a thin layer over the public API.

Each command parses options, calls one or two functions of :mod:`spacekg.api`
(the same defaults, defined there), prints what they return, and turns
SpaceKGError into a message and an exit code (0 ok, 1 the data fails a
check, 2 could not run). The library reports long work to a callback; the
bars on stderr are drawn here. Heavy libraries load inside the API's
functions, so ``--help`` is fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from spacekg import __version__, api
from spacekg.errors import SpaceKGError

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


def _on_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def progress_bars(quiet: bool = False) -> Iterator[Callable[[str, int, int], None] | None]:
    """The callback the library reports long work to (``task, done, total``),
    drawn as a bar per task on stderr; None (no reports) with --quiet or when
    stderr is not a terminal. The library reports only work worth a bar."""
    if quiet or not _on_terminal():
        yield None
        return
    bars: dict[str, Any] = {}
    finished: set[str] = set()

    def close() -> None:
        for bar in bars.values():
            bar.__exit__(None, None, None)
        bars.clear()

    def report(task: str, done: int, total: int) -> None:
        if task in finished and done >= total:
            return  # a repeated last report draws no second bar
        if task not in bars:
            close()  # one task at a time: a new one ends the last
            bars[task] = click.progressbar(length=max(total, 1), label=task, file=sys.stderr, show_eta=True,
                                           show_percent=True, show_pos=total < 1000)  # fmt: skip
            bars[task].__enter__()
        bar = bars[task]
        bar.length = max(total, 1)
        bar.update(done - bar.pos)
        if done >= total:
            finished.add(task)
            close()

    try:
        yield report
    finally:
        close()


def quiet_option(func: F) -> F:
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar on stderr.")(func)


GRAPH_DEFAULT = f"{api.DEFAULT_GRAPH}, else the release graph shipped with spacekg"
FACTS_DEFAULT = f"{api.DEFAULT_FACTS}, else the facts shipped with spacekg"


def graph_option(func: F) -> F:
    return click.option(
        "--graph",
        "graph_path",
        type=click.Path(path_type=Path, dir_okay=False),
        show_default=GRAPH_DEFAULT,
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
        for number, arg in enumerate(args, 1):
            try:
                api.check_text(arg, f"argument {number} ({arg.encode('utf-8', 'replace').decode()[:40]!r})")
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
    default=api.DEFAULT_GRAPH,
    show_default=True,
    help="Turtle file to write.",
)
@click.option(
    "--base",
    default=api.DEFAULT_BASE,
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
@quiet_option
def build(
    facts: tuple[Path, ...],
    sources: tuple[Path, ...],
    out: Path,
    base: str,
    sparql_endpoint: str | None,
    no_entailments: bool,
    quiet: bool,
) -> None:
    """Build the knowledge graph from curated facts files.

    Loads the facts, turns them into ontology + data + provenance triples,
    validates them with SHACL, and writes one Turtle file. Nothing is written
    if any step fails.

    Example:

    \b
        spacekg build --source ../shared/seeds/000_814fbd7705b27452.txt --out data/spacekg.ttl
    """
    try:
        api.check_base(base)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base") from None
    if sparql_endpoint is not None and not sparql_endpoint.startswith(("http://", "https://")):
        raise click.BadParameter("give an http:// or https:// URL", param_hint="--sparql-endpoint")
    with user_errors(), progress_bars(quiet) as progress:
        result = api.build(
            facts,
            out=out,
            sources=sources,
            base=base,
            sparql_endpoint=sparql_endpoint,
            entailments=not no_entailments,
            progress=progress,
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
def validate(file: Path | None, graph_path: Path | None, named_graph: str | None, quiet: bool) -> None:
    """Check a graph (FILE, or --graph) against the SHACL shapes and the ontology.

    Exit code 0: conforms; 1: violations (a report is printed) or an empty
    graph; 2: could not run.

    Example:

    \b
        spacekg validate data/spacekg.ttl
    """
    file = file or graph_path
    with user_errors():
        result = api.validate(file, named_graph=named_graph)  # an empty graph is refused (exit 1)
    file = file or api.default_graph()
    if result.conforms:
        if not quiet:
            click.echo(f"{file}: conforms to the spacekg shapes.")
        return
    if not quiet:
        click.echo(result.report)
        click.echo(f"{file}: {result.violations} violation(s).", err=True)
    sys.exit(1)


def _name_values(ctx: click.Context, param: click.Parameter, pairs: tuple[str, ...]) -> dict[str, str]:
    """``--param NAME=VALUE`` options as a dict."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} must look like name=value", ctx, param)
        params[name] = value
    return params


def store_options(func: F) -> F:
    func = click.option("--endpoint", help="Query this SPARQL 1.1 endpoint (URL) instead of a local graph.")(func)
    func = click.option(
        "--store",
        "store_spec",
        metavar="memory|oxigraph:PATH",
        help="Query an on-disk Oxigraph store made by 'spacekg load' (default: --graph in memory).",
    )(func)
    return graph_option(named_graph_option(func))


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", help="Read the query from FILE ('-' for stdin).")
@click.option("--param", "params", multiple=True, callback=_name_values, metavar="NAME=VALUE",
              help="Parameter of a named query (repeatable).")  # fmt: skip
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(api.RESULT_FORMATS),
    help="Output format (default: table for SELECT, turtle for CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--infer",
    type=click.Choice(api.INFER_MODES),
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
    params: dict[str, str],
    list_queries: bool,
    fmt: str | None,
    infer: str,
    out: Path | None,
    graph_path: Path | None,
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

    with user_errors():
        if list_queries:
            for named in api.named_queries().values():
                click.echo(f"{named.name}: {named.title}")
                for param in named.params:
                    click.echo(f"    --param {param.name}=…  ({param.kind}) {param.doc}")
            return
        # A bare word is a named query (never SPARQL): unknown ones get suggestions.
        is_named = query is not None and query_file is None and re.fullmatch(r"[\w-]+", query) is not None
        if params and not is_named:
            raise click.UsageError("--param is for named queries; see 'spacekg query --list'")
        if query is None and query_file is None:
            raise click.UsageError("give a query, a named query, -f FILE, -f - (stdin), or --list")
        if infer != "none" and (store_spec or endpoint):
            raise click.UsageError("--infer works on --graph files; load an inferred file into other stores")
        if named_graph and (store_spec or endpoint or infer != "none"):
            raise click.UsageError("--named-graph picks a graph of a --graph file (without --infer)")
        text = api.read_query(query_file) if query_file is not None else str(query)
        with progress_bars(quiet) as progress:
            kg = api.load(graph_path, store=store_spec, endpoint=endpoint, infer=infer, named_graph=named_graph,
                          progress=progress)  # fmt: skip
        result = kg.named(text, params) if is_named else kg.query(text)
        data = api.format_result(result, fmt, out=out, base=kg.base)
    if out is None:
        click.echo(data, nl=False)
    if result.kind == "ask" and not result.boolean:
        sys.exit(1)


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
    with user_errors(), progress_bars(quiet) as progress:
        size = api.load_store(files, store_spec, replace=replace, named_graph=named_graph, progress=progress)
    click.echo(f"{store_spec.partition(':')[2]}: {size} triples after loading {len(files)} file(s).")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--endpoint", required=True, help="SPARQL 1.1 Update endpoint URL.")
@click.option("--graph", "graph_iri", required=True, callback=lambda c, p, v: _graph_iri(v),
              help="IRI of the named graph to replace.")  # fmt: skip
@click.option(
    "--batch-size",
    default=api.DEFAULT_BATCH_SIZE,
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
    with user_errors(), progress_bars(quiet) as progress:
        pushed = api.push(files, endpoint, graph_iri, batch_size=batch_size, named_graph=named_graph, progress=progress)
    if not quiet:
        click.echo(f"Pushed {pushed.triples} triples to <{graph_iri}> at {endpoint} (batches of {pushed.batch_size}).")


def limit_option(field: str, help: str) -> Callable[[F], F]:
    """An option of ``serve`` for one of the endpoint's limits, with its default."""
    return click.option(
        f"--{field.replace('_', '-')}", default=getattr(api.SERVER_LIMITS, field), show_default=True, help=help
    )


@main.command()
@graph_option
@click.option("--store", "store_spec", metavar="oxigraph:PATH", help="Serve an on-disk store made by 'spacekg load'.")
@click.option("--host", default=api.DEFAULT_HOST, show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=api.DEFAULT_PORT, show_default=True, help="Port to listen on.")
@click.option("--cors", "cors_origin", metavar="ORIGIN", help="Allow cross-origin requests from this one origin.")
@limit_option("timeout", "Seconds a query may take in all (queue, run, output): then 504.")
@limit_option("max_result_bytes", "Larger results are refused (422).")
@limit_option("workers", "Query worker processes (0: one per CPU, at least 4).")
@limit_option("queue", "Queries that may wait for a worker; more get 503.")
@limit_option("memory_mb", "Working memory per query, beyond the graph.")
@limit_option("max_slow", "Long queries (see --slow-ms) at once, at low priority; more: 503.")
@limit_option("slow_ms", "CPU milliseconds after which a query counts as long.")
@limit_option("header_timeout", "Seconds a client has to send its request.")
@limit_option("idle_timeout", "Seconds an idle keep-alive connection stays open.")
@limit_option("max_connections", "Open connections; more get 503.")
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
    default=None,
    help="Data base IRI: /id/NAME serves <base>NAME, kg: means it.  [default: the graph's own, as built]",
)
@click.option(
    "--view",
    type=click.Path(path_type=Path, dir_okay=False),
    default=api.DEFAULT_VIEW,
    show_default=True,
    help="HTML graph view to serve at /view (if the file exists).",
)
def serve(
    graph_path: Path | None, store_spec: str | None, host: str, port: int, cors_origin: str | None, timeout: float,
    max_result_bytes: int, workers: int, queue: int, memory_mb: int, max_slow: int, slow_ms: float,
    header_timeout: float,
    idle_timeout: float, max_connections: int, allow_services: tuple[str, ...], allow_hosts: tuple[str, ...],
    base: str | None, view: Path,
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
    limits = dict(
        timeout=timeout, max_result_bytes=max_result_bytes, workers=workers, queue=queue, memory_mb=memory_mb,
        max_slow=max_slow, slow_ms=slow_ms, header_timeout=header_timeout, idle_timeout=idle_timeout,
        max_connections=max_connections,
    )  # fmt: skip
    with user_errors():
        server = api.make_server(
            graph_path, store=store_spec, host=host, port=port, cors_origin=cors_origin, view=view, base=base,
            limits=limits, allow_services=allow_services, allow_hosts=allow_hosts,
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


def _csv_set(value: str | None) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip()) if value else frozenset()


@main.command()
@graph_option
@named_graph_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=api.DEFAULT_VIEW,
    show_default=True,
    help="HTML file to write.",
)
@click.option("--focus", help="Only the neighbourhood of this node (id such as russia, or an IRI).")
@click.option("--depth", default=api.DEFAULT_DEPTH, show_default=True, help="Neighbourhood radius for --focus.")
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
@click.option("--title", default=api.DEFAULT_TITLE, show_default=True)
@click.option("--timeline", is_flag=True, help="Open the page on its Timeline tab (dated facts, claims and phases).")
def view(
    graph_path: Path | None, named_graph: str | None, out: Path, focus: str | None, depth: int, classes: str | None, relations: str | None,
    year: int | None, hide_claims: bool, query_file: Path | None, title: str, timeline: bool,
) -> None:  # fmt: skip
    """Write an interactive HTML view of the graph that works offline.

    Nodes are coloured and shaped by family (the legend toggles them);
    facts are solid edges, facts reported by someone dotted, statements
    that are planned, predicted, negated or conditional (not done)
    dash-dotted, claims dashed (green supports, red opposes); hover or click for label, type, Wikidata
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
    filters = api.ViewFilters(focus=focus, depth=depth, classes=_csv_set(classes), relations=_csv_set(relations),
                              year=year, hide_claims=hide_claims)  # fmt: skip
    with user_errors():
        kg = api.load(graph_path, named_graph=named_graph)
        sparql = api.read_query(query_file) if query_file is not None else None
        shown = kg.view(out, filters, title=title, sparql=sparql, open_timeline=timeline)
    click.echo(f"Wrote {out} ({shown.nodes} nodes, {shown.edges} edges). Open {out.resolve().as_uri()}")


@main.command()
@graph_option
@named_graph_option
@click.option(
    "--top",
    default=api.DEFAULT_TOP,
    show_default=True,
    type=click.IntRange(min=1),
    help="How many nodes to list by centrality.",
)
@click.option("--path", "path_ends", nargs=2, metavar="FROM TO", help="Explain the shortest path between two nodes.")
@click.option("--facts-only", is_flag=True, help="Ignore claimed relations and stances.")
@click.option("--format", "fmt", type=click.Choice(api.ANALYSIS_FORMATS), default="table", show_default=True)
@click.option(
    "--export",
    "export_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the projection: .graphml, .gexf (Gephi) or .json (Cytoscape).",
)
@quiet_option
def analyze(
    graph_path: Path | None,
    named_graph: str | None,
    top: int,
    path_ends: tuple[str, str] | None,
    facts_only: bool,
    fmt: str,
    export_file: Path | None,
    quiet: bool,
) -> None:
    """Centrality, blocs (communities) and explained paths between actors.

    Example:

    \b
        spacekg analyze --path united-kingdom russia
    """
    kinds = {".graphml": "graphml", ".gexf": "gexf", ".json": "cytoscape"}
    kind = kinds.get(export_file.suffix.lower()) if export_file is not None else None
    if export_file is not None and kind is None:
        raise click.BadParameter("use a .graphml, .gexf or .json file", param_hint="--export")
    with user_errors():
        kg = api.load(graph_path, named_graph=named_graph)
        with progress_bars(quiet) as progress:
            report = kg.analyze(top, path_ends, facts_only=facts_only, progress=progress)
        if export_file is not None and kind is not None:
            kg.export(kind, out=export_file)
    click.echo(api.format_analysis(report, fmt), nl=False)
    if export_file is not None and fmt == "table":
        click.echo(f"\nWrote {export_file}.")


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=api.DEFAULT_DOCS,
    show_default=True,
    help="Folder to write.",
)
def docs(out: Path) -> None:
    """Write HTML documentation of the ontology and a diagram of its structure.

    Example:

    \b
        spacekg docs --out docs/ontology
    """
    with user_errors():
        written = api.write_ontology_docs(out)
    click.echo(f"Wrote {' and '.join(str(path) for path in written)}.")


@main.command()
@graph_option
@click.option("--format", "fmt", type=click.Choice(api.EXPORT_FORMATS), required=True, help="Target format.")
@click.option("--part", type=click.Choice(api.EXPORT_PARTS), default="all", show_default=True,
              help="What to export. Quad formats put the data in the default graph and each other part in a named graph.")  # fmt: skip
@click.option("--nanopub", is_flag=True, help="With trig/nquads: each claim as a nanopublication.")
@click.option("--out", type=click.Path(path_type=Path), help="File to write (a folder for neo4j); default: stdout.")
@quiet_option
def export(graph_path: Path | None, fmt: str, part: str, nanopub: bool, out: Path | None, quiet: bool) -> None:
    """Export the graph for other tools: Protégé, triple stores, Gephi, Neo4j, JSON-LD.

    Example:

    \b
        spacekg export --format rdfxml --part ontology --out spacekg.owl
    """
    if part != "all" and fmt in ("graphml", "gexf", "neo4j"):
        raise click.UsageError(f"--part is for RDF formats; --format {fmt} always exports the whole graph")
    if fmt == "neo4j" and out is None:
        raise click.UsageError("--format neo4j writes two files; give --out FOLDER")
    with user_errors():
        if fmt == "neo4j":
            api.neo4j_csv(graph_path, out)
            click.echo(f"Wrote {out / 'nodes.csv'} and {out / 'relationships.csv'}.")  # type: ignore[operator]
            return
        with progress_bars(quiet) as progress:
            data = api.export(fmt, graph_path, part=part, nanopub=nanopub, out=out, progress=progress)
    if out is None:
        click.echo(data, nl=False)
    else:
        click.echo(f"Wrote {out} ({len(data)} bytes).", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out", type=click.Path(path_type=Path), required=True, help="Candidates file (one input) or folder (several)."
)
@click.option("--facts", "facts", multiple=True, type=click.Path(path_type=Path), show_default=FACTS_DEFAULT,
              help="Facts files whose entities are linked to.")  # fmt: skip
@click.option("--encoding", help="Encoding of the texts (default UTF-8), e.g. latin-1.")
@click.option("--relations", type=click.Choice(["rules", "rules+learned"]), default="rules", show_default=True,
              help="Relations from the rules alone, or also from the learned stage (weights trained on the "
                   "development texts, shipped with spacekg; only neighbouring names the rules left unrelated, "
                   "at probability 0.97 or more).")  # fmt: skip
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0),
              help="Hold back plain facts under this confidence: written as commented-out suggestions ('#? - ...') "
                   "that ingest skips; delete the '#? ' to keep one. Default: none held back.")  # fmt: skip
@quiet_option
def extract(
    inputs: tuple[Path, ...],
    out: Path,
    facts: tuple[Path, ...],
    encoding: str | None,
    relations: str,
    min_confidence: float | None,
    quiet: bool,
) -> None:
    """Extract candidate facts from new articles, for review (no network, no download).

    Links names to the graph's entities, proposes new entities, dates,
    relations and claims, each with offsets and a confidence, in the facts
    file format. Review the file, then 'spacekg ingest' it.

    Example:

    \b
        spacekg extract article.txt --out candidates.yaml
        spacekg extract article.txt --out candidates.yaml --min-confidence 0.45
    """
    with user_errors(), progress_bars(quiet) as progress:
        done = api.extract_candidates(
            inputs, facts=facts, encoding=encoding, out=out, progress=progress, relations=relations,
            min_confidence=min_confidence,
        )  # fmt: skip
    totals = {
        "linked": sum(e.linked for e in done),
        "new": sum(e.new_entities for e in done),
        "relations": sum(e.relations for e in done),
        "claims": sum(e.claims for e in done),
    }
    click.echo(
        f"{len(done)} text(s): {totals['linked']} entity mentions linked, {totals['new']} new entities, "
        f"{totals['relations']} relation and {totals['claims']} claim candidates -> {out}"
        + (f" ({sum(e.held_back for e in done)} facts held back under {min_confidence:g}, as comments)"
           if min_confidence is not None else "")
    )  # fmt: skip


@main.command()
@click.argument("candidates", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--facts", "facts", multiple=True, type=click.Path(path_type=Path), show_default=FACTS_DEFAULT,
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
    with user_errors():
        scores = api.evaluate(candidates, gold)
        negations = api.inverted_negations(candidates, gold)
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
@click.option(
    "--facts-dir", type=click.Path(path_type=Path, file_okay=False), default=api.DEFAULT_FACTS, show_default=True
)
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
    with user_errors():
        target, merges = api.ingest(reviewed, source_text, facts_dir, replace=replace, no_merge=no_merge)
    for merge in merges:
        click.echo(
            f"merged {merge.new} ({', '.join(merge.types)}) into known entity {merge.known} "
            f"({', '.join(merge.known_types)}): {merge.reason}; to keep it apart: --no-merge {merge.new}"
        )
    click.echo(f"Wrote {target}. Rebuild with: spacekg build")


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
    with user_errors():
        found = api.locate(source, phrase)
    if not found:  # exit 1, as grep does
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
