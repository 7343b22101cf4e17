"""Where the graph lives when it is queried: one small interface, three stores.

- ``MemoryStore``: pyoxigraph in memory, loaded from an RDF file (default).
- ``DiskStore``: pyoxigraph on disk (``oxigraph:PATH``), for millions of
  triples; load once with ``spacekg load``, then query without reloading.
- ``RemoteStore``: any SPARQL 1.1 Protocol endpoint (Fuseki, GraphDB,
  Oxigraph, Virtuoso), read over HTTP; ``push`` writes a named graph with
  SPARQL Update.

All three answer with the same result type, so the same query gives the same
answers whichever store holds the graph. Parameters are bound as RDF terms
through a trailing ``VALUES`` clause, the same in every store: the terms are
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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from spacekg.core.namespaces import DEFAULT_BASE, PREFIXES
from spacekg.core.syntax import media_type
from spacekg.errors import GraphError, QueryError, StoreError

Term = ox.NamedNode | ox.BlankNode | ox.Literal
QUERY_PREFIXES: dict[str, str] = {**PREFIXES, "kg": DEFAULT_BASE}


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
        datatype = term.datatype.value.rsplit("#", 1)[-1]
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


def _load_file(store: ox.Store, path: Path, bulk: bool = False) -> None:
    fmt = rdf_format(path)
    if not path.is_file():
        raise GraphError(f"{path}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
    try:
        if bulk:
            store.bulk_load(path=str(path), format=fmt)
        else:
            store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise GraphError(f"{path}: not valid {fmt.name}: {exc}") from None


class MemoryStore(_OxigraphStore):
    """The graph of one or more RDF files, in memory."""

    def __init__(self, paths: Iterable[Path] = ()) -> None:
        super().__init__(ox.Store())
        for path in paths:
            _load_file(self.store, path)


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

    def load(self, paths: Iterable[Path], *, replace: bool = False) -> int:
        """Bulk-load files (replacing the content if asked); return the size."""
        if replace:
            self.store.clear()
        for path in paths:
            _load_file(self.store, path, bulk=True)
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


def with_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Append a trailing VALUES clause binding each parameter to its term."""
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term_to_sparql(term) for term in bindings.values())
    return f"{sparql.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())


def declared_prefixes(sparql: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", sparql)}


class RemoteStore:
    """A SPARQL 1.1 Protocol endpoint, read over HTTP."""

    ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"

    def __init__(self, endpoint: str, *, timeout: float = 60.0) -> None:
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"endpoint {endpoint!r} must be an http:// or https:// URL")
        self.endpoint = endpoint
        self.timeout = timeout

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
            raise StoreError(f"{self.endpoint}: HTTP {exc.code} {exc.reason}: {detail}") from None
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
        # Parse locally first: a malformed query gets the same message (and
        # line numbers) as with the embedded stores, and never reaches the server.
        try:
            ox.Store().query(query, prefixes=QUERY_PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None
        missing = set(QUERY_PREFIXES) - declared_prefixes(sparql)
        text = "".join(f"PREFIX {p}: <{QUERY_PREFIXES[p]}>\n" for p in sorted(missing)) + query
        body = urllib.parse.urlencode({"query": text}).encode()
        data, media = self._post(body, "application/x-www-form-urlencoded", self.ACCEPT)
        try:
            if media in ("application/sparql-results+json", "application/json"):
                return from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
            if media in ("application/sparql-results+xml",):
                return from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.XML))
            rdf = ox.RdfFormat.from_media_type(media)
            if rdf is None:
                raise StoreError(f"{self.endpoint}: unexpected response type {media!r}")
            return Result(kind="graph", triples=[q.triple for q in ox.parse(data, format=rdf)])
        except SyntaxError as exc:
            # A 200 whose body does not parse, e.g. cut short by a server timeout.
            raise StoreError(f"{self.endpoint}: the response is incomplete or malformed ({exc})") from None

    def push(self, paths: Iterable[Path], graph: str, *, batch_size: int = 10_000) -> int:
        """Replace named ``graph`` with the triples of ``paths``, in batches of
        SPARQL Update ``INSERT DATA``. Running it twice gives the same graph."""
        triples: list[ox.Triple] = []
        for path in paths:
            if not path.is_file():
                raise GraphError(f"{path}: no such file")
            try:
                triples.extend(q.triple for q in ox.parse(path=str(path), format=rdf_format(path)))
            except SyntaxError as exc:
                raise GraphError(f"{path}: not valid RDF: {exc}") from None
        target = term_to_sparql(ox.NamedNode(graph))
        self.update(f"DROP SILENT GRAPH {target}")
        for start in range(0, len(triples), batch_size):
            batch = triples[start : start + batch_size]
            body = " .\n".join(f"{t.subject} {t.predicate} {t.object}" for t in batch)
            self.update(f"INSERT DATA {{ GRAPH {target} {{\n{body} .\n}} }}")
        return len(triples)

    def update(self, sparql: str) -> None:
        body = urllib.parse.urlencode({"update": sparql}).encode()
        self._post(body, "application/x-www-form-urlencoded", "*/*")


def open_store(graph: Path | None = None, store: str | None = None, endpoint: str | None = None) -> Store:
    """Open the store a command asked for: an endpoint, an on-disk store, or
    (default) the RDF file ``graph`` in memory."""
    if endpoint:
        return RemoteStore(endpoint)
    if store and store != "memory":
        kind, _, location = store.partition(":")
        if kind != "oxigraph" or not location:
            raise StoreError(f"unknown store {store!r}; use 'memory' or 'oxigraph:PATH'")
        return DiskStore(Path(location))
    return MemoryStore([graph] if graph is not None else [])
