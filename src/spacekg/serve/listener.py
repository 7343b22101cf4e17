"""The HTTP layer: uvicorn (llhttp parser via httptools) with the endpoint's limits.

uvicorn parses strictly (a Content-Length that is negative, not a number or
repeated with different values, or sent together with Transfer-Encoding, is
a 400 and the connection is closed) and runs every connection on one event
loop, so idle sockets cost no threads. What it lacks is added here:

- a header timeout: a connection must complete its request headers within
  ``header_timeout`` seconds of opening (or of its previous response), so
  slow or silent clients are closed (uvicorn's keep-alive timer only starts
  after a first response);
- a connection cap: past ``max_connections`` open sockets, the connection
  idle the longest (no request being answered) is closed to make room, so a
  flood of idle sockets cannot lock real clients out; when every connection
  is busy with a request, the new one is answered 503 and closed;
- word when a client goes away: each request's scope carries a ``Client``
  (``scope["spacekg.client"]``) that is told when the connection is lost
  before the answer was sent, so the query's worker can be stopped
  (uvicorn only marks the request as disconnected, which an application
  notices only when it next reads or writes).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from spacekg.serve.engine import Client

CLIENT = "spacekg.client"

BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 33\r\n"
    b"retry-after: 1\r\nconnection: close\r\n\r\ntoo many open connections; retry\n"
)
TIMEOUT = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 36\r\n"
    b"connection: close\r\n\r\nthe request headers did not arrive\n"
)


class GuardedProtocol(HttpToolsProtocol):
    header_timeout = 10.0
    max_connections = 1000

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:  # answers go out at once (no Nagle wait for the client's delayed ACK)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._header_timer: asyncio.TimerHandle | None = None
        self._since = self.loop.time()
        if len(self.connections) > self.max_connections and not self._evict_idle():
            transport.write(BUSY)
            transport.close()
            return
        self._arm()

    def _idle(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _evict_idle(self) -> bool:
        """Close the connection idle the longest; False when all are busy."""
        idle = [c for c in self.connections if c is not self and isinstance(c, GuardedProtocol) and c._idle()]
        if not idle:
            return False
        oldest = min(idle, key=lambda c: c._since)
        if not oldest.transport.is_closing():
            oldest.transport.write(TIMEOUT)
            oldest.transport.close()
        self.connections.discard(oldest)
        return True

    def _arm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _headers_late(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete:
            self.transport.write(TIMEOUT)
            self.transport.close()

    def on_headers_complete(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None
        self.scope[CLIENT] = Client()  # type: ignore[literal-required]
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._since = self.loop.time()
        if not self.transport.is_closing():
            self._arm()  # the next request's headers must come in time too

    def connection_lost(self, exc: Exception | None) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
        unanswered = [self.cycle] if self.cycle is not None and not self.cycle.response_complete else []
        unanswered += [cycle for cycle, _ in getattr(self, "pipeline", ())]
        super().connection_lost(exc)
        for cycle in unanswered:
            client = cycle.scope.get(CLIENT)
            if isinstance(client, Client):
                client.went_away()


def protocol(header_timeout: float, max_connections: int) -> type[GuardedProtocol]:
    return type(
        "BoundProtocol", (GuardedProtocol,), {"header_timeout": header_timeout, "max_connections": max_connections}
    )


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
    app: Any, sock: socket.socket, *, idle_timeout: float, header_timeout: float, max_connections: int
) -> None:
    import uvicorn

    config = uvicorn.Config(
        app,
        http=protocol(header_timeout, max_connections),
        loop="none",
        lifespan="off",
        access_log=False,
        log_level="error",
        timeout_keep_alive=max(1, round(idle_timeout)),
        timeout_graceful_shutdown=3,
        server_header=False,
        date_header=False,
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    await server.serve(sockets=[sock])
