"""Where the graph lives when it is queried: one small interface, three stores.

- ``MemoryStore``: pyoxigraph in memory, loaded from an RDF file (default).
- ``DiskStore``: pyoxigraph on disk (``oxigraph:PATH``), for millions of
  triples; load once with ``spacekg load``, then query without reloading.
- ``RemoteStore``: any SPARQL 1.1 Protocol endpoint (Fuseki, GraphDB,
  Oxigraph, Virtuoso), read over HTTP; ``push`` writes a named graph with
  SPARQL Update.

All three answer with the same result type, so the same query gives the same
answers whichever store holds the graph. Parameters are bound as RDF terms
through a ``VALUES`` block at the start of the WHERE pattern, the same in
every store (Virtuoso included): the terms are
serialized strictly (IRIs checked, literals escaped as in N-Triples), so no
value can change the query. (Oxigraph's own substitutions would require the
parameter in the SELECT projection, and a remote endpoint only takes text.)
"""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pyoxigraph as ox

from spacekg.core.graphio import DEFAULT_GRAPH_NAME, check_exists, is_quad_file, read_triples
from spacekg.core.namespaces import DEFAULT_BASE, PREFIXES, local_name, prefix_header
from spacekg.core.syntax import media_type
from spacekg.errors import GraphError, QueryError, StoreError
from spacekg.query.guard import check_nesting

Term = ox.NamedNode | ox.BlankNode | ox.Literal
QUERY_PREFIXES: dict[str, str] = {**PREFIXES, "kg": DEFAULT_BASE}
# Called with the number of bytes just read, for progress bars.
Progress = Callable[[int], None]


@dataclass
class Result:
    """A query result: solutions (SELECT), a boolean (ASK) or triples (graph).

    Solutions and triples are lists of pyoxigraph terms, identical whichever
    store answered.
    """

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.triples)
        return 1

    def python_rows(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of plain Python values (IRIs as str)."""
        return [
            {v: to_python(t) for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows
        ]


def to_python(term: Term | ox.Triple) -> Any:
    if isinstance(term, ox.Literal):
        datatype = local_name(term.datatype.value)
        value = term.value
        try:
            if datatype in {"integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                            "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong"}:  # fmt: skip
                return int(value)
            if datatype in {"decimal", "double", "float"}:
                return float(value)
        except ValueError:
            return value
        if datatype == "boolean":
            return value in ("true", "1")
        return value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def from_solutions(solutions: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Result:
    if isinstance(solutions, ox.QueryBoolean):
        return Result(kind="ask", boolean=bool(solutions))
    if isinstance(solutions, ox.QueryTriples):
        return Result(kind="graph", triples=list(solutions))
    variables = [v.value for v in solutions.variables]
    rows = [tuple(solution[v] for v in variables) for solution in solutions]
    return Result(kind="select", variables=variables, rows=rows)


def syntax_error(exc: SyntaxError, query: str) -> QueryError:
    """Turn Oxigraph's parser message into one that names line and column."""
    message = str(exc)
    if len(message) > 160:  # Oxigraph lists every token it expected
        message = message[:160] + "…"
    position = re.match(r"error at (\d+):(\d+)", message)
    if position:
        line, column = int(position.group(1)), int(position.group(2))
        lines = query.splitlines() or [""]
        shown = lines[line - 1] if 0 < line <= len(lines) else ""
        return QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {message}\n  {shown}\n  {' ' * (column - 1)}^"
        )
    return QueryError(f"SPARQL syntax error: {message}")


class Store(Protocol):
    """What every store offers."""

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result: ...

    def __len__(self) -> int: ...


class _OxigraphStore:
    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        check_nesting(sparql)  # deep nesting would crash Oxigraph's parser (segfault)
        try:
            answer = self.store.query(with_values(sparql, bindings or {}), prefixes=QUERY_PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None
        except OSError as exc:
            raise StoreError(f"the store could not answer: {exc}") from None
        return from_solutions(answer)


def rdf_format(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_media_type(media_type(path))
    assert fmt is not None  # every media type in the table is one Oxigraph parses
    return fmt


class CountingReader:
    """A binary file that reports how many bytes have been read, for progress bars."""

    def __init__(self, handle: BinaryIO, progress: Progress | None) -> None:
        self.handle = handle
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        if self.progress is not None and data:
            self.progress(len(data))
        return data

    def readable(self) -> bool:
        return True


def load_with_progress(store: ox.Store, path: Path, progress: Progress | None, *, bulk: bool = False) -> None:
    """Parse ``path`` into ``store``, calling ``progress(bytes)`` as a triple
    file is read (through a Python reader, which costs 10–20 %, so only when asked)."""
    _load_file(store, path, bulk=bulk, progress=progress)


def _load_file(
    store: ox.Store, path: Path, bulk: bool = False, named_graph: str | None = None, progress: Progress | None = None
) -> None:
    """Load ``path`` into the default graph of ``store``: every graph of a quad
    file (their union), or only ``named_graph`` (an IRI or ``default``)."""
    fmt = rdf_format(path)
    check_exists(path)
    if is_quad_file(path):
        # Oxigraph keeps a quad file's graphs apart (``to_graph`` applies to
        # triple formats only), so the quads are moved to the default graph here.
        quads = (ox.Quad(t.subject, t.predicate, t.object) for t in read_triples(path, named_graph))
        if bulk:
            store.bulk_extend(quads)
        else:
            store.extend(quads)
        return
    if named_graph not in (None, DEFAULT_GRAPH_NAME):
        raise GraphError(f"{path}: a triple file has only a default graph; --named-graph works on .trig and .nq files")
    load = store.bulk_load if bulk else store.load
    try:
        if progress is None:
            load(path=str(path), format=fmt)
        else:
            with path.open("rb") as handle:
                reader: Any = CountingReader(handle, progress)
                load(input=reader, format=fmt)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {fmt.name}: {exc}") from None


class MemoryStore(_OxigraphStore):
    """The graph of one or more RDF files, in memory."""

    def __init__(
        self, paths: Iterable[Path] = (), named_graph: str | None = None, progress: Progress | None = None
    ) -> None:
        super().__init__(ox.Store())
        for path in paths:
            _load_file(self.store, path, named_graph=named_graph, progress=progress)


class DiskStore(_OxigraphStore):
    """An Oxigraph database directory. Read-only unless opened for loading."""

    def __init__(self, path: Path, *, writable: bool = False) -> None:
        self.path = path
        try:
            if writable:
                store = ox.Store(str(path))
            else:
                if not path.is_dir():
                    raise StoreError(
                        f"{path}: no Oxigraph store here; create one with 'spacekg load --store oxigraph:{path} FILE'"
                    )
                store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store ({exc})") from None
        super().__init__(store)

    def load(
        self,
        paths: Iterable[Path],
        *,
        replace: bool = False,
        named_graph: str | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Bulk-load files (replacing the content if asked) into the default
        graph: all graphs of a quad file, or only ``named_graph``; return the
        size. ``progress`` is called with the bytes read from triple files."""
        if replace:
            self.store.clear()
        for path in paths:
            _load_file(self.store, path, bulk=True, named_graph=named_graph, progress=progress)
        self.store.optimize()
        return len(self.store)


def term_to_sparql(term: Term) -> str:
    """Serialize a term for a query text; the only place terms become text.

    IRIs are checked for characters that could end the IRI; literals use
    N-Triples escaping, so no value can break out of its term.
    """
    if isinstance(term, ox.NamedNode):
        if re.search(r'[\x00-\x20<>"{}|^`\\]', term.value):
            raise QueryError(f"not a valid IRI: {term.value!r}")
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return str(term)  # Oxigraph writes the N-Triples form, escaped
    raise QueryError(f"cannot bind a blank node over the protocol: {term}")


# What matters when finding the WHERE pattern: comments, strings and IRIs are
# skipped whole, so a brace or keyword inside them is never taken.
_SKIP = (
    r"#[^\n]*"
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
)
# WHERE the keyword, not ?where, $where, ex:where or where: (a prefix).
_WHERE = r"(?<![\w?$:])WHERE(?![\w:])"
_TOKENS = re.compile(rf"(?P<skip>{_SKIP})|(?P<where>{_WHERE})|(?P<open>[{{(])|(?P<close>[}})])", re.IGNORECASE)
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the query's WHERE pattern.

    That is the first brace outside any braces or parentheses after a
    top-level ``WHERE``, or, for queries that leave the keyword out
    (``ASK { … }``, ``SELECT * { … }``), the first such brace at all.
    """
    depth = 0
    first = after_where = -1
    seen_where = False
    for match in _TOKENS.finditer(sparql):
        kind = match.lastgroup
        if kind == "where" and depth == 0:
            seen_where = True
        elif kind == "open":
            if depth == 0 and match.group() == "{":
                first = match.start() if first < 0 else first
                if seen_where and after_where < 0:
                    after_where = match.start()
            depth += 1
        elif kind == "close":
            depth -= 1
    brace = after_where if seen_where else first
    if brace < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE { … } pattern")
    return brace


def with_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Bind each parameter with a ``VALUES`` block at the start of the WHERE
    pattern. Every SPARQL 1.1 engine accepts it there (Virtuoso refuses a
    trailing VALUES clause after ORDER BY), and it joins first.

    The terms are written by ``term_to_sparql`` (IRIs checked, literals
    escaped) and names must be plain variable names, so no value can change
    the query.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _VARIABLE_NAME.fullmatch(name):
            raise QueryError(f"not a valid parameter name: {name!r}")
    # One single-variable block per parameter: Virtuoso 7 fails on some
    # multi-variable blocks ("ssg_print_rvr_fixed_val"); the join is the same.
    blocks = "".join(f"\n  VALUES ?{name} {{ {term_to_sparql(term)} }}" for name, term in bindings.items())
    at = where_brace(sparql) + 1
    return f"{sparql[:at]}{blocks}{sparql[at:]}"


def declared_prefixes(sparql: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", sparql)}


def with_base(sparql: str, base: str) -> str:
    """``sparql`` with ``kg:`` meaning ``base`` (a graph built with another
    data base), unless the query declares ``kg:`` itself."""
    if base == QUERY_PREFIXES["kg"] or "kg" in declared_prefixes(sparql):
        return sparql
    return prefix_header({"kg": base}) + sparql


def _ask_answer(result: Result) -> Result:
    """Virtuoso 7 answers ASK with one row binding ``__ASK_RETVAL`` to 0 or 1."""
    if result.kind == "select" and len(result.variables) == 1 and len(result.rows) <= 1:
        value = result.rows[0][0] if result.rows else None
        return Result(kind="ask", boolean=isinstance(value, ox.Literal) and value.value not in ("0", "false"))
    return result


class EndpointRefused(StoreError):
    """The endpoint answered with an HTTP error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class RemoteStore:
    """A SPARQL 1.1 Protocol endpoint, read over HTTP."""

    # One Accept per query form: Virtuoso answers a CONSTRUCT with SPARQL
    # results (?s ?p ?o rows) when those are acceptable at all.
    ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
    ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9"

    def __init__(self, endpoint: str, *, timeout: float = 60.0) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"endpoint {endpoint!r} must be an http:// or https:// URL")
        self.endpoint = endpoint
        self.timeout = timeout
        self.batch_size = 0  # the batch size the last push settled on

    def __len__(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        value = result.rows[0][0] if result.rows else None
        return int(value.value) if isinstance(value, ox.Literal) else 0

    def _post(self, body: bytes, content_type: str, accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(
            self.endpoint, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read()
                media = response.headers.get_content_type()
                expected = response.headers.get("Content-Length")
        except urllib.error.HTTPError as exc:
            detail = exc.read(2000).decode("utf-8", "replace").strip()
            raise EndpointRefused(f"{self.endpoint}: HTTP {exc.code} {exc.reason}: {detail}", exc.code) from None
        except urllib.error.URLError as exc:
            raise StoreError(f"{self.endpoint}: cannot reach the endpoint ({exc.reason})") from None
        except http.client.IncompleteRead as exc:
            raise StoreError(f"{self.endpoint}: the response was cut short ({len(exc.partial)} bytes read)") from None
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            raise StoreError(f"{self.endpoint}: the request failed ({exc})") from None
        if expected is not None and int(expected) != len(data):
            raise StoreError(f"{self.endpoint}: the response was cut short ({len(data)} of {expected} bytes)")
        return data, media

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Result:
        query = with_values(sparql, bindings or {})
        check_nesting(sparql)
        # Parse locally first: a malformed query gets the same message (and
        # line numbers) as with the embedded stores, and never reaches the server.
        try:
            form = ox.Store().query(query, prefixes=QUERY_PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None
        missing = set(QUERY_PREFIXES) - declared_prefixes(sparql)
        text = prefix_header(QUERY_PREFIXES, sorted(missing)) + query
        body = urllib.parse.urlencode({"query": text}).encode()
        accept = self.ACCEPT_GRAPH if isinstance(form, ox.QueryTriples) else self.ACCEPT
        data, media = self._post(body, "application/x-www-form-urlencoded", accept)
        try:
            results = None
            if media in ("application/sparql-results+json", "application/json"):
                results = from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
            elif media in ("application/sparql-results+xml",):
                results = from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.XML))
            if results is not None:
                return _ask_answer(results) if isinstance(form, ox.QueryBoolean) else results
            rdf = ox.RdfFormat.from_media_type(media)
            if rdf is None:
                raise StoreError(f"{self.endpoint}: unexpected response type {media!r}")
            return Result(kind="graph", triples=[q.triple for q in ox.parse(data, format=rdf)])
        except SyntaxError as exc:
            # A 200 whose body does not parse, e.g. cut short by a server timeout.
            raise StoreError(f"{self.endpoint}: the response is incomplete or malformed ({exc})") from None

    def push(
        self,
        paths: Iterable[Path],
        graph: str,
        *,
        batch_size: int = 10_000,
        named_graph: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Replace named ``graph`` with the triples of ``paths`` (the union of a
        quad file's graphs, or only ``named_graph``), in batches of SPARQL
        Update ``INSERT DATA``. Running it twice gives the same graph.

        A batch the server refuses (Virtuoso's parser gives up near 5000
        lines) is split in half and retried, and later batches keep the size
        that worked; ``self.batch_size`` says which. ``progress(done, total)``
        is called after every batch.
        """
        triples: dict[ox.Triple, None] = {}
        for path in paths:
            triples.update(dict.fromkeys(read_triples(path, named_graph)))
        todo = list(triples)
        target = term_to_sparql(ox.NamedNode(graph))
        self.update(f"DROP SILENT GRAPH {target}")
        size = max(1, batch_size)
        done = 0
        while done < len(todo):
            batch = todo[done : done + size]
            body = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in batch)
            try:
                self.update(f"INSERT DATA {{ GRAPH {target} {{\n{body} .\n}} }}")
            except EndpointRefused as exc:
                # Authorisation and routing errors will not go away in smaller
                # batches; nor will a single triple the server refuses.
                if len(batch) == 1 or exc.status in (401, 403, 404, 405):
                    raise
                size = max(1, len(batch) // 2)
                continue
            done += len(batch)
            if progress is not None:
                progress(done, len(todo))
        self.batch_size = size
        return len(todo)

    def update(self, sparql: str) -> None:
        body = urllib.parse.urlencode({"update": sparql}).encode()
        self._post(body, "application/x-www-form-urlencoded", "*/*")


def store_location(spec: str) -> Path:
    """The folder of an on-disk store named ``oxigraph:PATH``."""
    kind, _, location = spec.partition(":")
    if kind != "oxigraph" or not location:
        raise StoreError(f"unknown store {spec!r}; use 'oxigraph:PATH' (or 'memory' to read --graph)")
    return Path(location)


def open_store(
    graph: Path | None = None, store: str | None = None, endpoint: str | None = None, named_graph: str | None = None
) -> Store:
    """Open the store a command asked for: an endpoint, an on-disk store, or
    (default) the RDF file ``graph`` in memory (the union of its graphs, or
    only ``named_graph``)."""
    if endpoint:
        return RemoteStore(endpoint)
    if store and store != "memory":
        return DiskStore(store_location(store))
    return MemoryStore([graph] if graph is not None else [], named_graph=named_graph)
