"""The endpoint's own HTTP layer (serve/listener.py), exercised with raw sockets against the real server."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import stop
from tests.test_redteam import alive, children, healthy, port_of, raw
from tests.test_serve import LEADS, Served, start


@pytest.fixture(scope="module")
def served(turtle_file: Path) -> Iterator[Served]:
    server = start(turtle_file, "--timeout", "30", "--header-timeout", "3", "--idle-timeout", "2")
    yield server
    stop(server.process)


def get(port: int, query: str, *, method: str = "GET", extra: str = "") -> bytes:
    return (
        f"{method} /sparql?{urllib.parse.urlencode({'query': query})} HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\nAccept: text/csv\r\n{extra}\r\n"
    ).encode()


def post(port: int, query: str) -> bytes:
    body = urllib.parse.urlencode({"query": query}).encode()
    return (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/csv\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def answers(data: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    """Split a byte stream of HTTP/1.1 answers (each with Content-Length)."""
    found = []
    while data:
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        size = int(headers.get("content-length", "0"))
        found.append((int(lines[0].split()[1]), headers, rest[:size]))
        data = rest[size:]
    return found


def read_until(sock: socket.socket, marker: bytes) -> bytes:
    """What the server sends until ``marker`` arrives (fails if it closes first)."""
    data = b""
    while marker not in data:
        chunk = sock.recv(65536)
        assert chunk, data
        data += chunk
    return data


def count(port: int, kind: str) -> str:
    return f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x a skg:{kind} }}"


def test_pipelined_requests_are_answered_in_order(served: Served) -> None:
    port = port_of(served)
    asks = [count(port, kind) for kind in ("Country", "Claim", "Agency", "Country")]
    stream = get(port, asks[0]) + post(port, asks[1]) + get(port, asks[2]) + post(port, asks[3])
    stream += get(port, LEADS, extra="Connection: close\r\n")
    got = answers(raw(port, stream))
    assert [status for status, _, _ in got] == [200] * 5
    assert got[0][2] == got[3][2] and got[0][2] != got[1][2]  # the same query twice, each answer in its place
    assert b"roscosmos" in got[4][2] and got[4][1]["connection"] == "close"
    for query, (_, _, body) in zip(asks, got, strict=False):
        assert body.startswith(b"n\r\n"), (query, body)
    healthy(served)


def test_a_request_arriving_byte_by_byte_is_answered(served: Served) -> None:
    port = port_of(served)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        for byte in post(port, LEADS):
            sock.sendall(bytes([byte]))
        data = read_until(sock, b"roscosmos")
    assert data.startswith(b"HTTP/1.1 200 ")


def test_oversized_head_is_431_and_closed(served: Served) -> None:
    port = port_of(served)
    padding = b"X-Pad: " + b"a" * 60_000 + b"\r\n"
    head = f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode() + padding * 20
    answer = raw(port, head + b"\r\n")
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert answer.count(b"HTTP/1.1") == 1
    healthy(served)


@pytest.mark.parametrize(
    "garbage",
    [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64) + b"\r\n\r\n",  # a TLS hello
        b"GET /sparql HTTP/9.9\r\nHost: localhost\r\n\r\n",
        b"GET /spa rql HTTP/1.1\r\nHost: localhost\r\n\r\n",
        b"GET /sparql HTTP/1.1\r\nHost localhost\r\n\r\n",
        b"GET /sparql HTTP/1.1\r\nHo\x00st: localhost\r\n\r\n",
        b"GET /\xff HTTP/1.1\r\nHost: localhost\r\n\r\n",
        b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
def test_malformed_requests_are_400_and_closed(served: Served, garbage: bytes) -> None:
    answer = raw(port_of(served), garbage)
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert answer.count(b"HTTP/1.1") == 1 and b"connection: close" in answer.lower()
    healthy(served)


def test_expect_100_continue(served: Served) -> None:
    port = port_of(served)
    body = urllib.parse.urlencode({"query": LEADS}).encode()
    head = (
        f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head)
        assert sock.recv(1024) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        data = read_until(sock, b"roscosmos")
    assert data.startswith(b"HTTP/1.1 200 ")


def test_http_1_0_and_connection_close_end_the_connection(served: Served) -> None:
    port = port_of(served)
    for request in (
        get(port, LEADS).replace(b"HTTP/1.1", b"HTTP/1.0", 1),
        get(port, LEADS, extra="Connection: close\r\n"),
    ):
        got = answers(raw(port, request + get(port, LEADS)))  # nothing after it is answered
        assert len(got) == 1 and got[0][0] == 200 and got[0][1]["connection"] == "close"


def test_head_has_the_length_but_no_body(served: Served) -> None:
    port = port_of(served)
    full = answers(raw(port, get(port, LEADS, extra="Connection: close\r\n")))[0]
    answer = raw(port, get(port, LEADS, method="HEAD", extra="Connection: close\r\n"))
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and body == b""
    assert f"content-length: {len(full[2])}".encode() in head.lower()


def test_an_upgrade_is_answered_and_the_connection_closed(served: Served) -> None:
    port = port_of(served)
    extra = "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    got = answers(raw(port, get(port, LEADS, extra=extra) + get(port, LEADS)))
    assert len(got) == 1 and got[0][0] == 200 and got[0][1]["connection"] == "close"


def test_idle_connection_is_closed_after_the_idle_timeout(served: Served) -> None:
    port = port_of(served)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(get(port, LEADS))
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200 ")
        began = time.monotonic()
        assert sock.recv(1024) == b""  # closed, silently (idle timeout 2 s, before the header timeout)
        assert time.monotonic() - began < 20


def test_sigterm_stops_the_server_and_its_workers(turtle_file: Path) -> None:
    server = start(turtle_file)
    healthy(server)
    workers = children(server.process.pid)
    assert workers
    os.kill(server.process.pid, signal.SIGTERM)
    assert server.process.wait(timeout=20) == 0
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_a_client_that_does_not_read_its_answer_is_cut_off(served: Served) -> None:
    """An answer the client leaves unread is dropped after the idle timeout (2 s here), not held forever."""
    port = port_of(served)
    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 14000"
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(30)
        sock.connect(("127.0.0.1", port))
        sock.sendall(get(port, big).replace(b"text/csv", b"application/sparql-results+json"))
        data = sock.recv(4096)  # the answer is on its way: from now on, read nothing for a while
        time.sleep(5)
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(1 << 20):
                data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 "), head[:200]
    length = int(
        next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
    )
    assert length > 6_000_000 and len(body) < length and b"HTTP/1.1 500" not in body
    healthy(served)


def test_a_large_answer_read_late_arrives_whole(served: Served) -> None:
    port = port_of(served)
    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 14000"
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(30)
        sock.connect(("127.0.0.1", port))
        sock.sendall(get(port, big))
        data = sock.recv(4096)
        time.sleep(1)  # within the idle timeout (2 s)
        while True:
            head, _, body = data.partition(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0]) if body else -1
            if 0 <= length <= len(body):
                break
            chunk = sock.recv(1 << 20)
            assert chunk, (len(data), length)
            data += chunk
        time.sleep(0.5)  # anything sent after the answer would have arrived by now
        sock.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            body += sock.recv(1 << 20)
        assert head.startswith(b"HTTP/1.1 200 ") and b"connection: close" not in head
        assert not body[length:]  # one answer, nothing after it (no error answer appended)


def test_garbage_after_a_good_request_ends_the_connection_after_its_answer(served: Served) -> None:
    port = port_of(served)
    got = answers(raw(port, get(port, LEADS) + b"NOT HTTP AT ALL\r\n\r\n" + get(port, LEADS)))
    assert len(got) == 1 and got[0][0] == 200 and b"roscosmos" in got[0][2]
    assert got[0][1]["connection"] == "close"
