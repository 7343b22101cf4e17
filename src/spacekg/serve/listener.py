"""The HTTP layer: HTTP/1.1 on an asyncio protocol, parsed by llhttp (httptools).

Why not a framework: the endpoint's answers are bytes a worker wrote, and
all an HTTP layer must do is frame requests and answers safely. uvicorn did
that through ASGI (a scope dict, message dicts, an event and a cycle object
per request), which cost the front about as much CPU per query as the rest
of its work together (``bench/load_serve.py``, docs/endpoint.md). This
protocol hands the routes one :class:`Request` per request and writes each
answer with one system call.

llhttp parses strictly: a Content-Length that is negative, not a number,
repeated with different values or sent together with Transfer-Encoding is
a 400 and the connection is closed. Added here, for a server on a network:

- a header timeout: a connection must complete its request headers within
  ``header_timeout`` seconds of opening (or of its previous answer), or it
  is answered 408 and closed; a silent connection is closed after
  ``idle_timeout`` if that comes first;
- a bound on a request's head (request line and headers): past
  ``MAX_HEAD`` bytes the answer is 431 and the connection is closed;
- a connection cap: past ``max_connections`` open sockets, the connection
  idle the longest (no request being answered) is closed to make room, so a
  flood of idle sockets cannot lock real clients out; when every connection
  is busy with a request, the new one is answered 503 and closed;
- pipelined requests are answered in order, one at a time; reading pauses
  while one waits, so a client cannot queue work without bound;
- word when a client goes away: each request carries a ``Client`` that is
  told when the connection is lost before the answer was sent, so the
  query's worker can be stopped;
- an answer whose request body was not read closes the connection, so an
  unread body is never parsed as the next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
import urllib.parse
from collections import deque
from collections.abc import Awaitable, Callable
from http import HTTPStatus

import httptools

from spacekg.serve.engine import Client

MAX_BODY = 1_000_000  # bytes of a request body
MAX_HEAD = MAX_BODY + 65_536  # bytes of a request line and headers (a GET can carry a long query)
SHUTDOWN_GRACE = 3.0  # seconds answers in progress get when the server is stopped

BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 33\r\n"
    b"retry-after: 1\r\nconnection: close\r\n\r\ntoo many open connections; retry\n"
)
TIMEOUT = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 36\r\n"
    b"connection: close\r\n\r\nthe request headers did not arrive\n"
)
BAD_REQUEST = (
    b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 30\r\n"
    b"connection: close\r\n\r\nInvalid HTTP request received."
)
HEAD_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"content-length: 51\r\nconnection: close\r\n\r\nthe request line and headers are larger than 1 MB\n"
)
INTERNAL = (
    b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 35\r\n"
    b"connection: close\r\n\r\ninternal error; see the server log\n"
)
CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
STATUS_LINES = {s.value: f"HTTP/1.1 {s.value} {s.phrase}\r\n".encode() for s in HTTPStatus}


class BodyError(Exception):
    """Why a request body cannot be had: ``too_large``, ``malformed``, ``timeout`` or ``gone``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _HeadTooLarge(Exception):
    pass


class Request:
    """One parsed request: what the routes read, and the way to answer it."""

    __slots__ = (
        "_connection",
        "_parts",
        "_size",
        "_waiter",
        "client",
        "complete",
        "expect_continue",
        "headers",
        "keep_alive",
        "malformed",
        "method",
        "path",
        "query_string",
        "sent",
        "too_large",
    )

    def __init__(self, connection: Connection, method: str, path: str, query: bytes, headers: dict[str, str]) -> None:
        self._connection = connection
        self.method = method
        self.path = path
        self.query_string = query
        self.headers = headers
        self.keep_alive = True
        self.client = Client()
        self.expect_continue = False
        self.complete = False  # the whole body has arrived
        self.too_large = False
        self.malformed = False
        self.sent = False  # its answer has been written
        self._parts: list[bytes] = []
        self._size = 0
        self._waiter: asyncio.Future[None] | None = None

    # fed by the parser

    def _add(self, chunk: bytes) -> None:
        if self.too_large:
            return
        self._size += len(chunk)
        if self._size > MAX_BODY:
            self.too_large = True
            self._parts.clear()
            self._wake()
        else:
            self._parts.append(chunk)

    def _end(self) -> None:
        self.complete = True
        self._wake()

    def _wake(self, exc: BaseException | None = None) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    # read by the routes

    async def body(self, timeout: float) -> bytes:
        """The whole body (at most MAX_BODY bytes), within ``timeout`` seconds; raises BodyError."""
        if not self.complete and not self.too_large and not self.malformed:
            connection = self._connection
            if connection.lost:
                raise BodyError("gone")
            if self.expect_continue:
                self.expect_continue = False
                connection.transport.write(CONTINUE)
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await asyncio.wait_for(self._waiter, timeout)
            except TimeoutError:
                raise BodyError("timeout") from None
            finally:
                self._waiter = None
        if self.too_large:
            raise BodyError("too_large")
        if self.malformed:
            raise BodyError("malformed")
        return b"".join(self._parts)

    def respond(self, status: int, head: bytes, body: bytes, close: bool = False) -> None:
        """Send the answer: ``head`` is its header lines (each ending CRLF,
        with content-length), ``close`` asks for the connection to end after it."""
        connection = self._connection
        if connection.lost or connection.current is not self or self.sent:
            return
        self.sent = True
        close = close or not self.keep_alive or connection.stopping
        data = STATUS_LINES.get(status) or f"HTTP/1.1 {status} Unknown\r\n".encode()
        data += head + (b"connection: close\r\n\r\n" if close else b"\r\n")
        transport = connection.transport
        if self.method == "HEAD" or not body:
            transport.write(data)
        elif len(body) < 65_536:
            transport.write(data + body)  # one system call
        else:
            transport.write(data)
            transport.write(body)
        connection.answered(close)


Handler = Callable[[Request], Awaitable[None]]


class Server:
    """What every connection shares: the routes, the limits and the open connections."""

    def __init__(self, handler: Handler, header_timeout: float, idle_timeout: float, max_connections: int) -> None:
        self.handler = handler
        self.header_timeout = header_timeout
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        self.connections: set[Connection] = set()
        self.stopping = False


class Connection(asyncio.Protocol):
    """One client connection: parses requests and answers them in order."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.loop = asyncio.get_running_loop()
        self.parser = httptools.HttpRequestParser(self)
        with contextlib.suppress(AttributeError):  # answer the first of pipelined requests that end with close
            self.parser.set_dangerous_leniencies(lenient_data_after_close=True)
        self.transport: asyncio.Transport = None  # type: ignore[assignment]
        self.lost = False
        self.stopping = False  # close after the answer under way (server stopping, or a parse error)
        self.current: Request | None = None  # being answered
        self.parsing: Request | None = None  # its body arriving
        self.queue: deque[Request] = deque()  # pipelined, waiting their turn
        self.since = 0.0  # when it last became idle
        self.timer: asyncio.TimerHandle | None = None
        self.silent = False  # the timer is the idle one (no byte since the last answer)
        self.writable: asyncio.Future[None] | None = None
        self.task: asyncio.Task[None] | None = None
        self.draining: asyncio.Task[None] | None = None
        self.head_size = 0
        self.url = b""
        self.headers: dict[str, str] = {}
        self.expect_continue = False

    # connection events

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        server = self.server
        sock = transport.get_extra_info("socket")
        if sock is not None:  # answers go out at once (no Nagle wait for the client's delayed ACK)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        server.connections.add(self)
        self.since = self.loop.time()
        if server.stopping or (len(server.connections) > server.max_connections and not self._evict_idle()):
            self.transport.write(BUSY)
            self.transport.close()
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.server.connections.discard(self)
        self._disarm()
        if self.writable is not None and not self.writable.done():
            self.writable.set_result(None)
        gone = [self.current] if self.current is not None else []
        gone += self.queue
        if self.parsing is not None and self.parsing not in gone:
            gone.append(self.parsing)
        self.queue.clear()
        for request in gone:
            request.client.went_away()
            request._wake(BodyError("gone"))

    def pause_writing(self) -> None:
        if self.writable is None or self.writable.done():
            self.writable = self.loop.create_future()

    def resume_writing(self) -> None:
        if self.writable is not None and not self.writable.done():
            self.writable.set_result(None)

    def data_received(self, data: bytes) -> None:
        if self.silent:
            self._first_byte()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # no protocol switch here: answer what came, then close
            for request in (self.current, *self.queue):
                if request is not None:
                    request.keep_alive = False
            self.transport.pause_reading()
        except httptools.HttpParserError as exc:
            too_large = isinstance(exc.__context__, _HeadTooLarge)
            self._refuse(HEAD_TOO_LARGE if too_large else BAD_REQUEST)

    def _refuse(self, answer: bytes) -> None:
        """A request that cannot be parsed: say so and close, or, when an
        answer is under way, read no more and close after it."""
        self.queue.clear()
        if self.parsing is not None:  # its body was cut short by the error
            self.parsing.malformed = True
            self.parsing._wake()
        if self.current is None:
            self.transport.write(answer)
            self._close()
        else:
            self.stopping = True  # close after the answer under way
            self.transport.pause_reading()

    def _close(self) -> None:
        """Close once what was written has gone out, but never wait longer
        than the idle timeout for a client that does not read."""
        transport = self.transport
        transport.close()
        if transport.get_write_buffer_size():
            self.loop.call_later(self.server.idle_timeout, transport.abort)

    # the connection cap and the timers

    def _evict_idle(self) -> bool:
        """Close the connection idle the longest; False when all are busy."""
        idle = [c for c in self.server.connections if c is not self and c.current is None]
        if not idle:
            return False
        oldest = min(idle, key=lambda c: c.since)
        if not oldest.transport.is_closing():
            oldest.transport.write(TIMEOUT)
            oldest.transport.close()
        self.server.connections.discard(oldest)
        return True

    def _arm(self) -> None:
        """Idle again: the next request's headers must come in time (or, if
        the idle timeout is shorter, some byte of them must)."""
        self._disarm()
        server = self.server
        if server.idle_timeout < server.header_timeout:
            self.silent = True
            self.timer = self.loop.call_later(server.idle_timeout, self._idle_over)
        else:
            self.timer = self.loop.call_later(server.header_timeout, self._headers_late)

    def _disarm(self) -> None:
        self.silent = False
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _first_byte(self) -> None:
        """A byte came after a silence: the idle timer gives way to the header timer."""
        self._disarm()
        if self.current is None:
            self.timer = self.loop.call_later(self.server.header_timeout, self._headers_late)

    def _idle_over(self) -> None:
        self.timer = None
        self.silent = False
        if self.current is None and not self.transport.is_closing():
            self.transport.close()

    def _headers_late(self) -> None:
        self.timer = None
        if self.current is None and not self.transport.is_closing():
            self.transport.write(TIMEOUT)
            self.transport.close()

    # parser callbacks

    def on_message_begin(self) -> None:
        self.url = b""
        self.headers = {}
        self.head_size = 0
        self.expect_continue = False

    def on_url(self, url: bytes) -> None:
        self.head_size += len(url)
        if self.head_size > MAX_HEAD:
            raise _HeadTooLarge
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self.head_size += len(name) + len(value) + 4
        if self.head_size > MAX_HEAD:
            raise _HeadTooLarge
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        if key in self.headers:  # repeated headers: joined as HTTP says
            self.headers[key] += ", " + text
        else:
            self.headers[key] = text
        if key == "expect" and text.lower() == "100-continue":
            self.expect_continue = True

    def on_headers_complete(self) -> None:
        if self.timer is not None and not self.silent:
            self.timer.cancel()
            self.timer = None
        parser = self.parser
        url = httptools.parse_url(self.url)
        path = url.path.decode("ascii")
        if "%" in path:
            path = urllib.parse.unquote(path)
        request = Request(self, parser.get_method().decode("ascii"), path, url.query or b"", self.headers)
        request.keep_alive = parser.get_http_version() != "1.0" and parser.should_keep_alive()
        request.expect_continue = self.expect_continue
        self.parsing = request
        if self.current is None:
            self._start(request)
        else:
            self.queue.append(request)
            self.transport.pause_reading()

    def on_body(self, body: bytes) -> None:
        if self.parsing is not None:
            self.parsing._add(body)

    def on_message_complete(self) -> None:
        if self.parsing is not None:
            self.parsing._end()
            self.parsing = None

    # answering

    def _start(self, request: Request) -> None:
        self.current = request
        self.task = self.loop.create_task(self._run(request))

    async def _run(self, request: Request) -> None:
        try:
            await self.server.handler(request)
        except Exception as exc:  # the routes answer their own errors; this is a bug, said in one line
            print(f"spacekg serve: {type(exc).__name__}: {exc}", file=sys.stderr)
        if not request.sent and self.current is request and not self.lost:  # no answer was sent
            self.transport.write(INTERNAL)
            self.answered(True)

    def answered(self, close: bool) -> None:
        """The current answer has been written: close, or go on with the next request."""
        if close:
            self.current = None
            self.queue.clear()
            self._close()
            return
        if self.writable is not None and not self.writable.done():
            self.draining = self.loop.create_task(self._after_drain())  # a slow reader: wait before the next
            return
        self._next()

    async def _after_drain(self) -> None:
        if self.writable is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self.writable), self.server.idle_timeout)
            except TimeoutError:  # a client that does not read its answer
                self.transport.abort()
                return
        if not self.lost:
            self._next()

    def _next(self) -> None:
        self.current = None
        self.since = self.loop.time()
        if self.stopping:
            self._close()
        elif self.queue:
            self._start(self.queue.popleft())
            if not self.queue:
                self.transport.resume_reading()
        else:
            self.transport.resume_reading()
            self._arm()

    def shutdown(self) -> None:
        """The server stops: close now if idle, else after the answer under way."""
        self.stopping = True
        if self.current is None:
            self.transport.close()


def listen(host: str, port: int) -> socket.socket:
    """Bind and listen (raises OSError: busy port, bad address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, or asyncio does not set TCP_NODELAY on accepted sockets (Nagle + delayed ACK: 40 ms)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(1024)
    except BaseException:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


async def serve(
    handler: Handler, sock: socket.socket, *, idle_timeout: float, header_timeout: float, max_connections: int
) -> None:
    """Answer HTTP on ``sock`` until SIGINT or SIGTERM, then give the
    answers under way up to SHUTDOWN_GRACE seconds and return."""
    loop = asyncio.get_running_loop()
    state = Server(handler, header_timeout, idle_timeout, max_connections)
    stop: asyncio.Future[None] = loop.create_future()

    def stop_now() -> None:
        if not stop.done():
            stop.set_result(None)

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop_now)
    server = await loop.create_server(lambda: Connection(state), sock=sock, backlog=1024)
    try:
        await stop
    finally:
        state.stopping = True
        server.close()
        for connection in list(state.connections):
            connection.shutdown()
        deadline = loop.time() + SHUTDOWN_GRACE
        while any(c.current is not None for c in state.connections) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        for connection in list(state.connections):
            connection.transport.close()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
