"""The endpoint's HTTP routes, as a plain ASGI application.

Every request gets one deadline when it arrives; the query's queue wait,
evaluation and serialization in a worker all count against it. The front
does no per-request setup and never re-parses what the engine wrote: a
worker's serialized answer is sent as it is.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import sys
import time
import urllib.parse
from collections.abc import Awaitable, Callable, MutableMapping
from http import HTTPStatus
from typing import Any

from spacekg.core.namespaces import ONTOLOGY_IRI
from spacekg.serve import pages
from spacekg.serve.engine import Client, Job
from spacekg.serve.guard import GRAPH_TYPES, MEDIA_OF, HTTPError, check, negotiate
from spacekg.serve.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY = 1_000_000
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
    def __init__(self, scope: Scope, receive: Receive, send: Send, settings: Settings) -> None:
        self.scope = scope
        self.receive = receive
        self._send = send
        self.settings = settings
        self.deadline = time.monotonic() + settings.timeout
        client = scope.get("spacekg.client")
        self.client: Client | None = client if isinstance(client, Client) else None
        self.headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            key = name.decode("latin-1")
            if key in self.headers:  # repeated headers: join as HTTP says
                self.headers[key] += ", " + value.decode("latin-1")
            else:
                self.headers[key] = value.decode("latin-1")
        self.body_read = scope["method"] in ("GET", "HEAD", "OPTIONS") and not (
            "content-length" in self.headers or "transfer-encoding" in self.headers
        )

    async def body(self) -> bytes:
        """The request body, at most MAX_BODY bytes, within the body timeout."""
        length = self.headers.get("content-length")
        if length is not None and int(length) > MAX_BODY:  # llhttp has checked it is a number
            raise HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is larger than {MAX_BODY} bytes")
        parts: list[bytes] = []
        size = 0

        async def read() -> None:
            nonlocal size
            while True:
                message = await self.receive()
                if message["type"] == "http.disconnect":
                    raise HTTPError(HTTPStatus.BAD_REQUEST, "the client went away")
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > MAX_BODY:
                    raise HTTPError(
                        HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is larger than {MAX_BODY} bytes"
                    )
                parts.append(chunk)
                if not message.get("more_body", False):
                    return

        try:
            await asyncio.wait_for(read(), self.settings.body_timeout)
        except TimeoutError:
            raise HTTPError(HTTPStatus.REQUEST_TIMEOUT, "the request body did not arrive in time") from None
        self.body_read = True
        return b"".join(parts)

    async def send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        headers = [
            (b"content-type", media.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"x-content-type-options", b"nosniff"),
        ]
        vary = ["Origin"]
        for name, value in (extra or {}).items():
            if name == "Vary":
                vary.append(value)
            else:
                headers.append((name.lower().encode(), value.encode("latin-1")))
        headers.append((b"vary", ", ".join(vary).encode()))
        allowed = self.settings.cors_origin
        if allowed and self.headers.get("origin") == allowed:
            headers.append((b"access-control-allow-origin", allowed.encode()))
        if not self.body_read or status in (HTTPStatus.REQUEST_TIMEOUT, HTTPStatus.REQUEST_ENTITY_TOO_LARGE):
            headers.append((b"connection", b"close"))  # never parse an unread body as the next request
        await self._send({"type": "http.response.start", "status": status, "headers": headers})
        await self._send({"type": "http.response.body", "body": body})

    async def error(self, exc: HTTPError) -> None:
        await self.send(exc.status, (exc.message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", exc.headers)


class App:
    """The ASGI application (one per server; all state lives in ``settings``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive, send, self.settings)
        try:
            await self.route(request)
        except HTTPError as exc:
            await request.error(exc)
        except Exception as exc:  # one line for the client and the log, never a traceback
            print(f"spacekg serve: {type(exc).__name__}: {exc}", file=sys.stderr)
            await request.error(HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log"))

    async def route(self, request: Request) -> None:
        settings = self.settings
        if not _host_ok(settings, request.headers.get("host", "")):
            raise HTTPError(
                HTTPStatus.MISDIRECTED_REQUEST,
                f"this endpoint does not answer for Host {request.headers.get('host', '')!r}; "
                "its operator can allow names with 'spacekg serve --allow-host NAME'",
            )
        method = request.scope["method"]
        path = request.scope["path"]
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
            await request.send(HTTPStatus.OK, pages.query_page(settings), MEDIA_OF["html"], pages.QUERY_PAGE_HEADERS)
        elif path == "/view" and settings.view is not None and settings.view.is_file():
            await request.send(HTTPStatus.OK, settings.view.read_bytes(), MEDIA_OF["html"])
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
        await request.send(HTTPStatus.NO_CONTENT, b"", "text/plain", extra)

    async def sparql_get(self, request: Request) -> None:
        params = urllib.parse.parse_qs(request.scope["query_string"].decode("latin-1"))
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
                await self.query(request, urllib.parse.unquote_plus(_text(body[6:])))
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
        await request.send(HTTPStatus.OK, reply.body, reply.media)

    async def named(self, request: Request, name: str) -> None:
        from spacekg.errors import QueryError
        from spacekg.query.named import bind, get_named_query
        from spacekg.query.store import with_values

        params = {k: v[0] for k, v in urllib.parse.parse_qs(request.scope["query_string"].decode("latin-1")).items()}
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
                await request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
                return
            reply = await settings.pool.run(Job(construct, accept, settings.max_bytes), request.deadline)
            await request.send(HTTPStatus.OK, reply.body, reply.media, {"Vary": "Accept"})
            return
        if fmt == "html":
            body = await pages.entity_page(settings, request.deadline, iri)
            await request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
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
        await request.send(HTTPStatus.OK, reply.body, reply.media, {"Vary": "Accept"})

    async def ontology(self, request: Request) -> None:
        offered = {"text/html": "html", "application/xhtml+xml": "html", **GRAPH_TYPES}
        fmt = negotiate(request.headers.get("accept") or "text/html", offered, "html")
        if fmt == "html":
            body = await pages.entity_page(self.settings, request.deadline, ONTOLOGY_IRI)
            await request.send(HTTPStatus.OK, body, MEDIA_OF["html"], {"Vary": "Accept", **pages.PAGE_HEADERS})
        else:
            await request.send(HTTPStatus.OK, self.settings.ontology[fmt], MEDIA_OF[fmt], {"Vary": "Accept"})


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(HTTPStatus.BAD_REQUEST, f"the request body is not UTF-8 (byte {exc.start})") from None


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
