"""``spacekg serve``: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql``.

The query engine is Oxigraph's own server (``oxigraph serve-read-only``),
started on a private loopback port: it is multi-threaded, so a slow query
does not hold up other clients, and it cancels queries after a timeout.
In front of it a small threaded HTTP server owns the public interface:

- ``/sparql`` takes GET and POST (form or ``application/sparql-query``),
  predeclares the project's prefixes, negotiates the result format, and
  refuses updates (403);
- Oxigraph answers a timed-out query with status 200 and a cut-off body, so
  the front asks it for JSON or N-Triples only, reads the whole answer (up
  to a size limit) and parses it before replying: a body that does not parse
  becomes 504, an answer over the limit 422, never a truncated 200;
- CORS is off unless one origin is allowed, and credentials never are;
- ``/`` is a small query page; ``/view`` serves the graph view if one exists;
- ``/id/NAME`` dereferences the entity ``<base>NAME``: Turtle, N-Triples or
  JSON-LD (a DESCRIBE), or an HTML page, by content negotiation.
"""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.errors import QueryError, StoreError
from spacekg.query.formats import render, short
from spacekg.query.store import QUERY_PREFIXES, DiskStore, Result, declared_prefixes, from_solutions, syntax_error

SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
}
MEDIA_OF = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}


class HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str:
    """Pick a format from an Accept header (q-values honoured)."""
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        if media in offered:
            choices.append((quality, -position, offered[media]))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((quality - 0.001, -position, default))
    if not choices:
        raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer with {accept}; offered: {', '.join(offered)}")
    return max(choices)[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """In the child: ask Linux to stop it when the serving process dies,
    even by SIGKILL, so no engine outlives its front (no-op elsewhere)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise StoreError("the 'oxigraph' server is not installed; pip install oxigraph")
    return found


@dataclass
class Engine:
    """A read-only Oxigraph server on a private loopback port."""

    location: Path
    timeout: float
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    _tmp: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    @classmethod
    def for_graph(cls, graph: Path, timeout: float) -> Engine:
        tmp = tempfile.TemporaryDirectory(prefix="spacekg-serve-")
        location = Path(tmp.name) / "store"
        store = DiskStore(location, writable=True)
        store.load([graph])
        del store  # release the database before the server opens it
        engine = cls(location=location, timeout=timeout)
        engine._tmp = tmp
        return engine

    def start(self) -> None:
        self.port = _free_port()
        self.process = subprocess.Popen(
            [
                oxigraph_binary(),
                "serve-read-only",
                "--location",
                str(self.location),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout-s",
                str(max(1, round(self.timeout))),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode("utf-8", "replace") if self.process.stderr else ""
                raise StoreError(f"the Oxigraph server did not start: {err.strip()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise StoreError("the Oxigraph server did not start within 30 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def ask(self, query: str, accept: str, max_bytes: int) -> bytes:
        """Send a query; return the whole body or raise HTTPError."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout + 10)
        try:
            body = urllib.parse.urlencode({"query": query})
            connection.request(
                "POST", "/query", body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
            )
            response = connection.getresponse()
            data = response.read(max_bytes + 1)
            if response.status != 200:
                raise HTTPError(response.status, data.decode("utf-8", "replace").strip() or response.reason)
            if len(data) > max_bytes:
                raise HTTPError(
                    HTTPStatus.UNPROCESSABLE_ENTITY,
                    f"the result is larger than this endpoint's limit of {max_bytes} bytes; add a LIMIT",
                )
            return data
        except TimeoutError:
            raise HTTPError(HTTPStatus.GATEWAY_TIMEOUT, f"the query took longer than {self.timeout:g} s") from None
        except http.client.HTTPException:
            raise HTTPError(HTTPStatus.GATEWAY_TIMEOUT, "the query was cut off (time limit)") from None
        finally:
            connection.close()


@dataclass
class Settings:
    engine: Engine
    cors_origin: str | None = None
    max_bytes: int = 10_000_000
    view: Path | None = None
    graph_name: str = ""
    base: str = DEFAULT_BASE


def parse_query(text: str) -> str:
    """Return the query form ("select", "ask" or "graph") or raise HTTPError.

    The query is parsed (and run on an empty store) here, so malformed
    queries and updates never reach the engine.
    """
    try:
        answer = ox.Store().query(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as exc:
        message = str(syntax_error(exc, text))
        if any(word in text.upper() for word in ("INSERT", "DELETE", "DROP", "CLEAR", "LOAD", "CREATE")):
            message += "\n(This endpoint is read-only: SPARQL Update is refused.)"
        raise HTTPError(HTTPStatus.BAD_REQUEST, message) from None
    if isinstance(answer, ox.QueryBoolean):
        return "ask"
    if isinstance(answer, ox.QueryTriples):
        return "graph"
    return "select"


def answer(settings: Settings, text: str, accept: str | None) -> tuple[bytes, str]:
    form = parse_query(text)
    fmt = negotiate(accept, GRAPH_TYPES, "turtle") if form == "graph" else negotiate(accept, SELECT_TYPES, "json")
    missing = set(QUERY_PREFIXES) - declared_prefixes(text)
    full = "".join(f"PREFIX {p}: <{QUERY_PREFIXES[p]}>\n" for p in sorted(missing)) + text
    if form == "graph":
        data = settings.engine.ask(full, "application/n-triples", settings.max_bytes)
        try:
            result = Result(kind="graph", triples=list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
        except SyntaxError:
            raise HTTPError(HTTPStatus.GATEWAY_TIMEOUT, "the query was cancelled at the time limit") from None
    else:
        data = settings.engine.ask(full, "application/sparql-results+json", settings.max_bytes)
        try:
            result = from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
        except SyntaxError:
            raise HTTPError(HTTPStatus.GATEWAY_TIMEOUT, "the query was cancelled at the time limit") from None
    try:
        return render(result, fmt), MEDIA_OF[fmt]
    except QueryError as exc:
        raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, str(exc)) from None


def _entity_rows(settings: Settings, iri: str) -> list[tuple[str, Any, Any]]:
    query = f"""SELECT ?direction ?p ?o WHERE {{
        {{ <{iri}> ?p ?o . BIND("out" AS ?direction) }} UNION {{ ?o ?p <{iri}> . BIND("in" AS ?direction) }}
    }} ORDER BY ?direction ?p ?o LIMIT 2000"""
    data = settings.engine.ask(query, "application/sparql-results+json", settings.max_bytes)
    result = from_solutions(ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
    return [(str(d.value), p, o) for d, p, o in result.rows if d is not None]


def _entity_html(settings: Settings, iri: str, rows: list[tuple[str, Any, Any]]) -> bytes:
    def cell(term: Any) -> str:
        if isinstance(term, ox.NamedNode):
            href = "/id/" + term.value[len(settings.base) :] if term.value.startswith(settings.base) else term.value
            return f'<a href="{_html(href)}">{_html(short(term))}</a>'
        return _html(term.value if isinstance(term, ox.Literal) else str(term))

    label = next(
        (o.value for d, p, o in rows if d == "out" and p.value.endswith("#label") and isinstance(o, ox.Literal)), iri
    )
    out_rows = "".join(f"<tr><td>{cell(p)}</td><td>{cell(o)}</td></tr>" for d, p, o in rows if d == "out")
    in_rows = "".join(f"<tr><td>{cell(o)}</td><td>{cell(p)}</td></tr>" for d, p, o in rows if d == "in")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_html(label)}</title><style>body{{font:15px/1.4 system-ui,sans-serif;margin:2em}}"
        "td{border-top:1px solid #ddd;padding:.2em .6em;vertical-align:top}</style></head><body>"
        f"<h1>{_html(label)}</h1><p><code>{_html(iri)}</code> · <a href='/'>query page</a></p>"
        f"<h2>Statements</h2><table>{out_rows}</table><h2>Referred to by</h2><table>{in_rows}</table></body></html>"
    ).encode()


def page_html(settings: Settings) -> bytes:
    template = resources.files("spacekg").joinpath("templates", "query.html").read_text(encoding="utf-8")
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items() if p in ("skg", "kg"))
    view = '<a href="/view">Open the graph view</a>' if settings.view is not None else ""
    return (
        template.replace("{{GRAPH}}", _html(settings.graph_name))
        .replace("{{VIEW_LINK}}", view)
        .replace("{{PREFIX_NOTE}}", _html(prefixes.strip()))
        .encode("utf-8")
    )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Handler(BaseHTTPRequestHandler):
    server_version = "spacekg"
    settings: Settings  # set on the subclass made by make_server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet by default; the CLI prints where it serves

    # --- plumbing -------------------------------------------------------

    def _send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self._cors_headers()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _cors_headers(self) -> None:
        allowed = self.settings.cors_origin
        origin = self.headers.get("Origin")
        if allowed and origin == allowed:
            self.send_header("Access-Control-Allow-Origin", allowed)
            self.send_header("Vary", "Origin")

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is larger than 1 MB")
        return self.rfile.read(length)

    # --- routes ---------------------------------------------------------

    def do_OPTIONS(self) -> None:
        if self.settings.cors_origin and self.headers.get("Origin") == self.settings.cors_origin:
            self._send(
                HTTPStatus.NO_CONTENT,
                b"",
                "text/plain",
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                },
            )
        else:
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", {"Allow": "GET, POST, OPTIONS"})

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, page_html(self.settings), "text/html; charset=utf-8")
        elif url.path == "/view" and self.settings.view is not None and self.settings.view.is_file():
            self._send(HTTPStatus.OK, self.settings.view.read_bytes(), "text/html; charset=utf-8")
        elif url.path.startswith("/id/"):
            self._describe(urllib.parse.unquote(url.path[len("/id/") :]))
        elif url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            elif "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "give a SPARQL query: /sparql?query=…")
            else:
                self._query(params["query"][0])
        else:
            self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"nothing at {url.path}; the endpoint is /sparql")
            return
        try:
            body = self._read_body()
        except HTTPError as exc:
            self._error(exc.status, exc.message)
            return
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        elif media == "application/sparql-query":
            self._query(body.decode("utf-8", "replace"))
        elif media == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
            elif "query" not in params:
                self._error(HTTPStatus.BAD_REQUEST, "the form has no 'query' field")
            else:
                self._query(params["query"][0])
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/sparql-query or application/x-www-form-urlencoded (query=…)",
            )

    def _describe(self, local: str) -> None:
        """An entity IRI, dereferenced: Turtle/N-Triples/JSON-LD or HTML."""
        iri = self.settings.base + local
        if not local or any(c in iri for c in '<>"{}|^`\\ '):
            self._error(HTTPStatus.BAD_REQUEST, f"not an entity IRI: {iri!r}")
            return
        accept = self.headers.get("Accept") or "text/html"
        offered = {"text/html": "html", "application/xhtml+xml": "html", **GRAPH_TYPES}
        try:
            fmt = negotiate(accept, offered, "html")
            rows = _entity_rows(self.settings, iri)
            if not rows:
                raise HTTPError(HTTPStatus.NOT_FOUND, f"nothing is known about <{iri}>")
            if fmt == "html":
                body, media = _entity_html(self.settings, iri, rows), "text/html; charset=utf-8"
            else:
                body, media = answer(self.settings, f"DESCRIBE <{iri}>", MEDIA_OF[fmt].split(";")[0])
        except HTTPError as exc:
            self._error(exc.status, exc.message)
            return
        self._send(HTTPStatus.OK, body, media, {"Vary": "Accept"})

    def _query(self, text: str) -> None:
        try:
            body, media = answer(self.settings, text, self.headers.get("Accept"))
        except HTTPError as exc:
            self._error(exc.status, exc.message)
            return
        self._send(HTTPStatus.OK, body, media)


class SpaceKGServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 resets connections when 20 clients connect at once.
    request_queue_size = 128
    settings: Settings

    @property
    def endpoint_url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.settings.engine.stop()


def make_server(
    *,
    graph: Path | None = None,
    store: Path | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    cors_origin: str | None = None,
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    view: Path | None = None,
    base: str = DEFAULT_BASE,
) -> SpaceKGServer:
    """Build the server (engine started, socket bound); call serve_forever()."""
    if cors_origin == "*":
        raise StoreError("--cors takes one origin such as https://example.org, not '*'")
    if store is not None:
        if not store.is_dir():
            raise StoreError(f"{store}: no Oxigraph store here; create one with 'spacekg load'")
        engine = Engine(location=store, timeout=timeout)
        name = str(store)
    else:
        assert graph is not None
        if not graph.is_file():
            raise StoreError(f"{graph}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
        engine = Engine.for_graph(graph, timeout)
        name = str(graph)
    engine.start()
    settings = Settings(
        engine=engine, cors_origin=cors_origin, max_bytes=max_bytes, view=view, graph_name=name, base=base
    )
    handler = type("BoundHandler", (Handler,), {"settings": settings})
    try:
        server = SpaceKGServer((host, port), handler)
    except OSError as exc:
        engine.stop()
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    server.settings = settings
    return server
