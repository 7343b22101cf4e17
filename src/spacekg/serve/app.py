"""The endpoint's HTTP routes, called by :mod:`spacekg.serve.listener` with each request.

Every request gets one deadline when it arrives; the query's queue wait,
evaluation and serialization in a worker all count against it. The front
does no per-request setup and never re-parses what the engine wrote: a
worker's serialized answer is sent as it is.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import sys
import time
import urllib.parse
from http import HTTPStatus

from spacekg.core.namespaces import ONTOLOGY_IRI
from spacekg.serve import listener, pages
from spacekg.serve.engine import Client, Job
from spacekg.serve.guard import GRAPH_TYPES, MEDIA_OF, HTTPError, check, negotiate
from spacekg.serve.listener import MAX_BODY
from spacekg.serve.settings import Settings

IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"


def allowed_hosts(host: str, port: int, extra: tuple[str, ...]) -> frozenset[str]:
    """Host header values accepted for a bind address (DNS-rebinding defence).

    Names other than ``localhost`` must be configured; an IP literal is
    accepted when it is the bind address (any address for a wildcard bind),
    since a rebinding attack needs a name. ``*`` turns the check off.
    """
    if "*" in extra:
        return frozenset()
    names = {h.lower() for h in extra}
    for name in list(names):
        if ":" not in name.strip("[]") or name.startswith("["):
            names.add(f"{name}:{port}")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        names.update({host.lower(), f"{host.lower()}:{port}"})
        return frozenset(names)
    literal = f"[{host}]" if address.version == 6 else host
    names.update({literal, f"{literal}:{port}"})
    if address.is_loopback:
        names.update({"localhost", f"localhost:{port}"})
    if address.is_unspecified:
        names.add("*ip")
    return frozenset(names)


def _host_ok(settings: Settings, host: str) -> bool:
    if not settings.allowed_hosts:
        return True
    host = host.lower()
    if host in settings.allowed_hosts:
        return True
    if "*ip" in settings.allowed_hosts:
        bare = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
        try:
            ipaddress.ip_address(bare.strip("[]"))
            return True
        except ValueError:
            return False
    return False


class Request:
    """A request as the routes see it: the HTTP layer's request, with this endpoint's deadline."""

    __slots__ = ("body_read", "client", "deadline", "headers", "http", "method", "settings")

    def __init__(self, http: listener.Request, settings: Settings) -> None:
        self.http = http
        self.settings = settings
        self.deadline = time.monotonic() + settings.timeout
        self.client: Client | None = http.client
        self.headers = http.headers
        self.method = http.method
        self.body_read = http.method in ("GET", "HEAD", "OPTIONS") and not (
            "content-length" in http.headers or "transfer-encoding" in http.headers
        )

    async def body(self) -> bytes:
        """The request body, at most MAX_BODY bytes, within the body timeout."""
        length = self.headers.get("content-length")
        if length is not None and int(length) > MAX_BODY:  # llhttp has checked it is a number
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is larger than {MAX_BODY} bytes")
        try:
            body = await self.http.body(self.settings.body_timeout)
        except listener.BodyError as exc:
            if exc.reason == "too_large":
                raise HTTPError(
                    HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is larger than {MAX_BODY} bytes"
                ) from None
            if exc.reason == "malformed":
                raise HTTPError(HTTPStatus.BAD_REQUEST, "the request body is malformed") from None
            if exc.reason == "timeout":
                raise HTTPError(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive in time") from None
            raise HTTPError(HTTPStatus.BAD_REQUEST, "the client went away") from None
        self.body_read = True
        return body

    def send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        head = b"content-type: %s\r\ncontent-length: %d\r\nx-content-type-options: nosniff\r\n" % (
            media.encode(),
            len(body),
        )
        vary = "Origin"
        for name, value in (extra or {}).items():
            if "\r" in value or "\n" in value:
                raise ValueError(f"a line break in the {name} header")
            if name == "Vary":
                vary += ", " + value
            else:
                head += f"{name.lower()}: {value}\r\n".encode("latin-1")
        head += b"vary: " + vary.encode() + b"\r\n"
        allowed = self.settings.cors_origin
        if allowed and self.headers.get("origin") == allowed:
            head += b"access-control-allow-origin: " + allowed.encode() + b"\r\n"
        # never parse an unread body as the next request
        close = not self.body_read or status in (HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        self.http.respond(status, head, body, close)

    def error(self, exc: HTTPError) -> None:
        self.send(exc.status, (exc.message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", exc.headers)


class App:
    """The routes (one per server; all state lives in ``settings``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def __call__(self, http: listener.Request) -> None:
        request = Request(http, self.settings)
        try:
            await self.route(request)
        except HTTPError as exc:
            request.error(exc)
        except Exception as exc:  # one line for the client and the log, never a traceback
            print(f"spacekg serve: {type(exc).__name__}: {exc}", file=sys.stderr)
            request.error(HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log"))

    async def route(self, request: Request) -> None:
        settings = self.settings
        if not _host_ok(settings, request.headers.get("host", "")):
            raise HTTPError(
                HTTPStatus.MISDIRECTED_REQUEST,
                f"this endpoint does not answer for Host {request.headers.get('host', '')!r}; "
                "its operator can allow names with 'spacekg serve --allow-host NAME'",
            )
        method = request.method
        path = request.http.path
        if method == "OPTIONS":
            await self.options(request)
        elif path == "/sparql":
            if method in ("GET", "HEAD"):
                await self.sparql_get(request)
            elif method == "POST":
                await self.sparql_post(request)
            else:
                raise HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST", {"Allow": "GET, POST, OPTIONS"})
        elif method not in ("GET", "HEAD"):
            raise HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, "use GET", {"Allow": "GET, HEAD"})
        elif path == "/":
            request.send(HTTPStatus.OK, pages.query_page(settings), MEDIA_OF["html"], pages.QUERY_PAGE_HEADERS)
        elif path == "/view" and settings.view is not None and settings.view.is_file():
            request.send(HTTPStatus.OK, settings.view.read_bytes(), MEDIA_OF["html"])
        elif path.startswith("/named/"):
            await self.named(request, path[len("/named/") :])
        elif path.startswith("/id/"):
            await self.resource(request, settings.base + path[len("/id/") :])
        elif path in ("/ontology", "/ontology/"):
            await self.ontology(request)
        else:
            raise HTTPError(HTTPStatus.NOT_FOUND, f"nothing at {path}; the endpoint is /sparql")

    async def options(self, request: Request) -> None:
        extra = {"Allow": "GET, POST, OPTIONS"}
        if self.settings.cors_origin and request.headers.get("origin") == self.settings.cors_origin:
            extra.update(
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                }
            )
        request.send(HTTPStatus.NO_CONTENT, b"", "text/plain", extra)

    async def sparql_get(self, request: Request) -> None:
        params = urllib.parse.parse_qs(request.http.query_string.decode("latin-1"))
        if "update" in params:
            raise HTTPError(HTTPStatus.FORBIDDEN, READ_ONLY)
        if "query" not in params:
            raise HTTPError(HTTPStatus.BAD_REQUEST, "give a SPARQL query: /sparql?query=…")
        await self.query(request, params["query"][0])

    async def sparql_post(self, request: Request) -> None:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if media == "application/sparql-update":
            raise HTTPError(HTTPStatus.FORBIDDEN, READ_ONLY)
        if media == "application/sparql-query":
            await self.query(request, _text(body))
        elif media == "application/x-www-form-urlencoded":
            if body.startswith(b"query=") and b"&" not in body:  # the usual form, decoded as parse_qs would
                await self.query(request, _form_query(_text(body[6:])) if len(body) <= 4096 else _unquote(body[6:]))
                return
            params = urllib.parse.parse_qs(_text(body))
            if "update" in params:
                raise HTTPError(HTTPStatus.FORBIDDEN, READ_ONLY)
            if "query" not in params:
                raise HTTPError(HTTPStatus.BAD_REQUEST, "the form has no 'query' field")
            await self.query(request, params["query"][0])
        else:
            raise HTTPError(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/sparql-query or application/x-www-form-urlencoded (query=…)",
            )

    async def query(self, request: Request, text: str) -> None:
        check(text, self.settings.allowed_services)
        job = Job(text, request.headers.get("accept") or "*/*", self.settings.max_bytes)
        reply = await self.settings.pool.run(job, request.deadline, request.client)
        request.send(HTTPStatus.OK, reply.body, reply.media)

    async def named(self, request: Request, name: str) -> None:
        from spacekg.errors import QueryError
        from spacekg.query.named import bind, get_named_query
        from spacekg.query.store import with_values

        params = {k: v[0] for k, v in urllib.parse.parse_qs(request.http.query_string.decode("latin-1")).items()}
        try:
            named = get_named_query(name)
            text = with_values(named.text, bind(named, params, self.settings.base))
        except QueryError as exc:
            raise HTTPError(HTTPStatus.BAD_REQUEST, str(exc)) from None
        await self.query(request, text)

    async def resource(self, request: Request, iri: str) -> None:
        """An IRI under the base, dereferenced: RDF by content negotiation, or HTML."""
        settings = self.settings
        if iri == settings.base or IRI_UNSAFE.search(iri):
            raise HTTPError(HTTPStatus.BAD_REQUEST, f"not an entity IRI: {iri!r}")
        offered = {"text/html": "html", "application/xhtml+xml": "html", **GRAPH_TYPES}
        fmt = negotiate(request.headers.get("accept") or "text/html", offered, "html")
        accept = MEDIA_OF[fmt].split(";")[0]
        if iri in settings.graphs:
            construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
            if fmt == "html":
                body = await pages.graph_page(settings, request.deadline, iri)
                request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
                return
            reply = await settings.pool.run(Job(construct, accept, settings.max_bytes), request.deadline)
            request.send(HTTPStatus.OK, reply.body, reply.media, {"Vary": "Accept"})
            return
        if fmt == "html":
            body = await pages.entity_page(settings, request.deadline, iri)
            request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
            return
        known = await settings.pool.run(
            Job(
                f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}",
                "application/sparql-results+json",
                union=True,
            ),
            request.deadline,
        )
        if b"true" not in known.body:
            raise HTTPError(HTTPStatus.NOT_FOUND, f"nothing is known about <{iri}>")
        job = Job(f"DESCRIBE <{iri}>", accept, settings.max_bytes, union=True)
        reply = await settings.pool.run(job, request.deadline)
        request.send(HTTPStatus.OK, reply.body, reply.media, {"Vary": "Accept"})

    async def ontology(self, request: Request) -> None:
        offered = {"text/html": "html", "application/xhtml+xml": "html", **GRAPH_TYPES}
        fmt = negotiate(request.headers.get("accept") or "text/html", offered, "html")
        if fmt == "html":
            body = await pages.entity_page(self.settings, request.deadline, ONTOLOGY_IRI)
            request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
        else:
            request.send(HTTPStatus.OK, self.settings.ontology[fmt], MEDIA_OF[fmt], {"Vary": "Accept"})


def _unquote(value: bytes) -> str:
    return urllib.parse.unquote_plus(_text(value))


# Clients repeat their queries: a short form's decoding is remembered (urllib's
# unquote is pure Python, about a twentieth of the front's work per query).
_form_query = functools.lru_cache(maxsize=2048)(urllib.parse.unquote_plus)


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"the request body is not UTF-8 (byte {exc.start})") from None
