"""The query engine: a pool of worker processes, each answering one query at a time.

Why processes: a query that runs away (a cartesian product under ORDER BY,
a VALUES/FILTER explosion) cannot be stopped from outside inside a thread,
and Oxigraph's own server keeps computing after its timeout. A worker
process can simply be killed: the front gives every query one deadline
(queue wait, parse, evaluation and serialization together) and SIGKILLs the
worker when it passes, then forks a fresh one. Forking is cheap because the
graph was loaded into memory once, before the first fork, and is shared
copy-on-write (an on-disk store is opened read-only by each worker instead).

Each worker:

- runs in its own network namespace when the kernel allows it (root, or
  unprivileged user namespaces), so ``SERVICE`` or any other fetch cannot
  reach any host, loopback included, even if the front's check missed it;
- has an address-space ceiling (``RLIMIT_AS``) of what it inherited plus
  ``memory_mb``; a query that needs more is stopped by the kernel;
- is reniced to 19 once its query has used ``slow_cpu`` seconds of CPU
  (checked every ``slow_after`` seconds) and replaced in the pool, so a few
  long queries cannot starve the fast ones; at most ``max_slow`` such long
  queries run at once, further ones get 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import os
import pickle
import resource
import signal
import socket
import struct
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import pyoxigraph as ox

from spacekg.query.store import QUERY_PREFIXES, syntax_error
from spacekg.serve.guard import GRAPH_TYPES, MEDIA_OF, SELECT_TYPES, HTTPError, negotiate

_HEADER = struct.Struct("!I")
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Job:
    """One query for a worker. ``accept`` None asks for rows (for HTML pages)."""

    text: str
    accept: str | None = None
    max_bytes: int = 10_000_000
    union: bool = False  # default graph = every graph (entity pages)


@dataclass
class Reply:
    media: str = ""
    body: bytes = b""
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    variables: list[str] = field(default_factory=list)


# --- the worker side -----------------------------------------------------


def _term(term: Any) -> tuple[str, str, str] | None:
    """A term as plain values: (kind, value, datatype or language)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, "")
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.language or term.datatype.value)
    return ("bnode", str(term), "")


def evaluate(store: ox.Store, job: Job, default_graph: list[Any] | None, base: str | None = None) -> Reply:
    """Run one job on a store: the whole of a worker's work (raises HTTPError).
    ``base``: the graph's data base, which ``kg:`` then means."""
    options: dict[str, Any] = {"prefixes": {**QUERY_PREFIXES, "kg": base} if base else QUERY_PREFIXES}
    if job.union:
        options["use_default_graph_as_union"] = True
    elif default_graph:
        options["default_graph"] = default_graph
    try:
        result = store.query(job.text, **options)
    except SyntaxError as exc:
        raise HTTPError(HTTPStatus.BAD_REQUEST, str(syntax_error(exc, job.text))) from None
    if job.accept is None:  # rows for a page
        if not isinstance(result, ox.QuerySolutions):
            raise HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, "a page query must be a SELECT")
        variables = [v.value for v in result.variables]
        rows = [tuple(_term(s[v]) for v in variables) for s in result]
        return Reply(rows=rows, variables=variables)
    if isinstance(result, ox.QueryTriples):
        fmt = negotiate(job.accept, GRAPH_TYPES, "turtle")
        writer_format: Any = RDF_FORMATS[fmt]
    else:
        fmt = negotiate(job.accept, SELECT_TYPES, "json")
        writer_format = RESULT_FORMATS[fmt]
    # Serialized whole, then measured: cheaper than a Python sink pyoxigraph
    # would call per write; the worker's memory ceiling bounds what it holds.
    body = result.serialize(format=writer_format) or b""
    if len(body) > job.max_bytes:
        raise HTTPError(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            f"the result is larger than this endpoint's limit of {job.max_bytes} bytes; add a LIMIT",
        )
    return Reply(media=MEDIA_OF[fmt], body=body)


def _send(sock: socket.socket, payload: object) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(data)) + data)


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _isolate_network() -> bool:
    """Move this process into an empty network namespace (no interfaces)."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) == 0:
        return True
    return bool(libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0)


def _address_space() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(
    sock: socket.socket, opener: Callable[[], ox.Store], default_graph: list[Any] | None, config: Config
) -> None:
    """The worker's life: isolate, limit, then answer jobs until EOF."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    if sys.platform.startswith("linux"):  # die with the front, even on SIGKILL
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
        if os.getppid() != config.parent:
            os._exit(0)
    if not config.network:
        isolated = _isolate_network()
        if config.require_isolation and not isolated:
            os._exit(3)
    store = opener()
    if config.memory_mb:
        ceiling = _address_space() + config.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    while True:
        try:
            (size,) = _HEADER.unpack(_recv_exactly(sock, _HEADER.size))
            job = Job(*pickle.loads(_recv_exactly(sock, size)))
        except (EOFError, OSError):
            os._exit(0)
        try:
            reply: object = evaluate(store, job, default_graph, config.base)
        except HTTPError as exc:
            reply = exc
        except MemoryError:
            reply = HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, _memory_message(config))
        except Exception as exc:  # an engine error is the query's answer, not a crash
            reply = HTTPError(HTTPStatus.BAD_REQUEST, f"the query failed: {exc}")
        try:
            _send(sock, reply)
        except OSError:
            os._exit(0)


def _cpu_seconds(pid: int) -> float:
    """CPU time a process has used (user + system), from /proc; 0 where unreadable."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _memory_message(config: Config) -> str:
    return f"the query needed more than this endpoint's {config.memory_mb} MB of working memory and was stopped"


# --- the front side --------------------------------------------------------


@dataclass
class Config:
    workers: int = 2
    queue: int = 64
    timeout: float = 10.0
    memory_mb: int = 1024
    slow_after: float = 0.1  # how often a running query's CPU time is looked at
    slow_cpu: float = 0.05  # CPU seconds after which a query counts as long
    max_slow: int = 2
    network: bool = False  # True only when SERVICE targets are allowed
    require_isolation: bool = False
    parent: int = 0
    base: str | None = None  # the graph's data base: what kg: means in queries


@dataclass(eq=False)
class Worker:
    pid: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    slow: bool = False
    busy: bool = False
    stopped: str = ""  # why the front killed it mid-query: "deadline" or "slow"


class Pool:
    """Worker processes behind one bounded queue, with one deadline per query."""

    def __init__(self, opener: Callable[[], ox.Store], config: Config, default_graph: list[Any] | None = None) -> None:
        self.opener = opener
        self.config = config
        self.default_graph = default_graph
        self.idle: list[Worker] = []
        self.fast = 0  # workers counted against config.workers (idle or busy, not slow)
        self.slow = 0
        self.waiters: deque[asyncio.Future[Worker]] = deque()
        self.pids: set[int] = set()
        self.closed = False
        self.isolated: bool | None = None

    # spawning and killing

    async def _spawn(self) -> Worker:
        parent_sock, child_sock = socket.socketpair()
        self.config.parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                parent_sock.close()
                _child(child_sock, self.opener, self.default_graph, self.config)
            finally:
                os._exit(1)
        child_sock.close()
        self.pids.add(pid)
        reader, writer = await asyncio.open_unix_connection(sock=parent_sock)
        return Worker(pid, reader, writer)

    def _kill(self, worker: Worker) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(worker.pid, signal.SIGKILL)
        worker.writer.close()
        self._reap(worker.pid)

    def _reap(self, pid: int, tries: int = 0) -> None:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            self.pids.discard(pid)
        elif tries < 200:
            asyncio.get_running_loop().call_later(0.05, self._reap, pid, tries + 1)

    async def start(self) -> None:
        for _ in range(self.config.workers):
            self.fast += 1
            self.idle.append(await self._spawn())

    def close(self) -> None:
        self.closed = True
        for pid in list(self.pids):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        for pid in list(self.pids):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.pids.clear()

    # acquiring a worker

    async def _acquire(self, deadline: float) -> Worker:
        if self.idle:
            return self.idle.pop()
        if self.fast < self.config.workers:
            self.fast += 1
            try:
                return await self._spawn()
            except BaseException:
                self.fast -= 1
                raise
        if len(self.waiters) >= self.config.queue:
            raise HTTPError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "the endpoint is busy (all workers and the queue are full); retry shortly",
                {"Retry-After": "1"},
            )
        future: asyncio.Future[Worker] = asyncio.get_running_loop().create_future()
        self.waiters.append(future)
        try:
            await asyncio.wait({future}, timeout=max(0.0, deadline - time.monotonic()))
        except asyncio.CancelledError:  # the client went away while waiting
            if future.done():
                self._release(future.result())  # handed a worker after all: give it back
            else:
                future.cancel()
                self.waiters.remove(future)
            raise
        if future.done():
            return future.result()
        future.cancel()
        self.waiters.remove(future)
        raise HTTPError(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"no worker became free within the time limit of {self.config.timeout:g} s; retry shortly",
            {"Retry-After": "1"},
        )

    def _release(self, worker: Worker) -> None:
        """A fast worker is free again: hand it to the first waiter or park it."""
        worker.busy = False
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                worker.busy = True
                waiter.set_result(worker)
                return
        self.idle.append(worker)

    def _replace_fast(self) -> None:
        """A fast slot was freed (worker killed or gone slow): serve a waiter with a new worker."""
        self.fast -= 1
        if self.waiters and not self.closed:
            asyncio.get_running_loop().create_task(self._refill())

    async def _refill(self) -> None:
        if self.fast >= self.config.workers or not self.waiters:
            return
        self.fast += 1
        try:
            worker = await self._spawn()
        except OSError:
            self.fast -= 1
            return
        self._release(worker)

    def _go_slow(self, worker: Worker) -> bool:
        """The query passed slow_after: lower its priority and free its fast slot."""
        if self.slow >= self.config.max_slow:
            return False
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, worker.pid, 19)
        worker.slow = True
        self.slow += 1
        self._replace_fast()
        return True

    # running a job

    async def run(self, job: Job, deadline: float) -> Reply:
        """Answer a job before the deadline, or raise HTTPError (504 on overrun).

        No task or event per query: two timers, one that kills the worker at
        the deadline and one that moves it out of the fast pool when it runs
        long; a killed worker's socket ends, which ends the wait."""
        if self.closed:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, "the endpoint is stopping")
        worker = await self._acquire(deadline)
        worker.busy = True
        worker.stopped = ""
        loop = asyncio.get_running_loop()

        def stop(reason: str) -> None:
            if not worker.stopped:
                worker.stopped = reason
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker.pid, signal.SIGKILL)

        def check_slow() -> None:
            # Long in wall time is not enough: on a busy machine a fast query
            # may just be waiting for a CPU. A long query is one that has used
            # slow_cpu seconds of CPU (a fast one needs a few milliseconds).
            if _cpu_seconds(worker.pid) - started < self.config.slow_cpu:
                timers.append(loop.call_later(self.config.slow_after, check_slow))
            elif not self._go_slow(worker):
                stop("slow")

        remaining = max(0.0, deadline - time.monotonic())
        timers = [loop.call_later(remaining, stop, "deadline")]
        started = _cpu_seconds(worker.pid)
        if self.config.slow_after < remaining:
            timers.append(loop.call_later(self.config.slow_after, check_slow))
        outcome = "ok"
        try:
            data = pickle.dumps((job.text, job.accept, job.max_bytes, job.union), protocol=pickle.HIGHEST_PROTOCOL)
            worker.writer.write(_HEADER.pack(len(data)) + data)
            reply = await self._read_reply(worker)
        except (EOFError, asyncio.IncompleteReadError, ConnectionError):
            outcome = "dead"
            if worker.stopped == "deadline":
                raise HTTPError(
                    HTTPStatus.GATEWAY_TIMEOUT,
                    f"the query took longer than the time limit of {self.config.timeout:g} s and was stopped",
                ) from None
            if worker.stopped == "slow":
                raise HTTPError(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"{self.config.max_slow} long queries are already running; retry shortly",
                    {"Retry-After": "2"},
                ) from None
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, _memory_message(self.config)) from None
        except BaseException:
            outcome = "kill"  # cancelled (client gone, server stopping): do not reuse mid-query
            raise
        finally:
            for timer in timers:
                timer.cancel()
            self._finish(worker, outcome)
        if isinstance(reply, HTTPError):
            raise reply
        assert isinstance(reply, Reply)
        return reply

    def _finish(self, worker: Worker, outcome: str) -> None:
        if outcome == "ok" and not worker.slow and not worker.stopped and not self.closed:
            self._release(worker)
            return
        self._kill(worker)
        if worker.slow:
            self.slow -= 1
        else:
            self._replace_fast()

    @staticmethod
    async def _read_reply(worker: Worker) -> object:
        (size,) = _HEADER.unpack(await worker.reader.readexactly(_HEADER.size))
        return pickle.loads(await worker.reader.readexactly(size))
