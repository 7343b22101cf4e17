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
- is reniced to 19 once its query has used ``slow_cpu`` seconds of CPU (a
  quarter of that while other queries wait for a worker) and replaced in the
  pool, so a few long queries cannot starve the fast ones; at most
  ``max_slow`` such long queries run at once, further ones get 503;
- is killed when its client goes away (a short query is left to finish).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import os
import pickle
import resource
import signal
import socket
import struct
import sys
import time
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import pyoxigraph as ox

from spacekg.query.store import QUERY_PREFIXES, syntax_error
from spacekg.serve.guard import GRAPH_TYPES, MEDIA_OF, SELECT_TYPES, HTTPError, negotiate

_HEADER = struct.Struct("!I")
_PID = struct.Struct("!i")
_REPLY = struct.Struct("!IB")  # size, kind (0: pickled; n: bytes of media type _MEDIA[n - 1])
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


@functools.lru_cache(maxsize=8)
def _prefixes(base: str | None) -> dict[str, str]:
    """The query prefixes, ``kg:`` being the graph's data base (made once, not per query)."""
    return {**QUERY_PREFIXES, "kg": base} if base else QUERY_PREFIXES


def _negotiated(accept: str, graph: bool) -> str:
    """The answer's format for an Accept header (raises HTTPError 406); short
    headers' verdicts are remembered, as clients repeat theirs."""
    return _negotiate_cached(accept, graph) if len(accept) <= 1024 else _negotiate(accept, graph)


def _negotiate(accept: str, graph: bool) -> str:
    return negotiate(accept, GRAPH_TYPES, "turtle") if graph else negotiate(accept, SELECT_TYPES, "json")


_negotiate_cached = functools.lru_cache(maxsize=256)(_negotiate)


def evaluate(store: ox.Store, job: Job, default_graph: list[Any] | None, base: str | None = None) -> Reply:
    """Run one job on a store: the whole of a worker's work (raises HTTPError).
    ``base``: the graph's data base, which ``kg:`` then means."""
    options: dict[str, Any] = {"prefixes": _prefixes(base)}
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
        fmt = _negotiated(job.accept, True)
        writer_format: Any = RDF_FORMATS[fmt]
    else:
        fmt = _negotiated(job.accept, False)
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


_MEDIA = sorted(set(MEDIA_OF.values()))  # a serialized answer's media type travels as an index into this


def _send(sock: socket.socket, payload: object) -> None:
    """One reply: a serialized answer as its bytes (no pickling on either
    side), anything else (rows for a page, an error) pickled."""
    if isinstance(payload, Reply) and not payload.rows and payload.media in _MEDIA:
        data = payload.body
        kind = 1 + _MEDIA.index(payload.media)
    else:
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        kind = 0
    sock.sendall(_REPLY.pack(len(data), kind) + data)


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


def _detach(sock: socket.socket, config: Config) -> None:
    """A forked process's first steps: default signals, only ``sock`` kept
    open, and death with its parent (even when the parent is SIGKILLed)."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)
    with contextlib.suppress(ValueError, OSError):
        signal.set_wakeup_fd(-1)
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != config.parent:
            os._exit(0)


def _isolate(config: Config) -> None:
    if not config.network:
        isolated = _isolate_network()
        if config.require_isolation and not isolated:
            os._exit(3)


def _zygote(
    control: socket.socket, opener: Callable[[], ox.Store], default_graph: list[Any] | None, config: Config
) -> None:
    """The process that forks the workers, so that the front never forks.

    A fork from the front would stop its event loop for milliseconds (page
    tables copied) and leave it paying a copy-on-write fault for each page it
    touches afterwards; under a stream of runaway queries (each one's worker
    killed and replaced) that cost every client. The zygote does nothing
    else: it leaves the network first (its workers inherit the empty
    namespace), then answers each byte on ``control`` with a new worker: its
    pid, its socket and a pidfd (so the front can signal it without a pid
    being reused), as one SOCK_SEQPACKET message."""
    _detach(control, config)
    _isolate(config)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the workers
    config.parent = os.getpid()
    while True:
        try:
            if not control.recv(16):
                os._exit(0)
        except OSError:
            os._exit(0)
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker never returns
            try:
                _child(theirs, opener, default_graph, config)
            finally:
                os._exit(1)
        theirs.close()
        fds = [ours.fileno()]
        with contextlib.suppress(OSError, AttributeError):
            fds.append(os.pidfd_open(pid))
        try:
            socket.send_fds(control, [_PID.pack(pid)], fds)
        except OSError:
            os._exit(0)
        finally:
            ours.close()
            for fd in fds[1:]:
                os.close(fd)


def _child(
    sock: socket.socket, opener: Callable[[], ox.Store], default_graph: list[Any] | None, config: Config
) -> None:
    """The worker's life: limit, then answer jobs until EOF."""
    _detach(sock, config)
    if config.batch and hasattr(os, "sched_setscheduler"):
        # SCHED_BATCH: a worker woken by the front's request does not preempt
        # the front, which finishes what its event loop has in hand first
        with contextlib.suppress(OSError):
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
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
    """CPU time a process has used (user + system); 0 where unreadable.

    The process's CPU-time clock (one system call, about a microsecond) where
    the platform has one, else /proc (an open, a read and a parse: tens of
    microseconds, which would count on every request)."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)  # CPUCLOCK_SCHED of the process (Linux)
    except (OSError, OverflowError, AttributeError):
        pass
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
    slow_cpu: float = 0.02  # CPU seconds after which a query counts as long
    max_slow: int = 2
    network: bool = False  # True only when SERVICE targets are allowed
    require_isolation: bool = False
    parent: int = 0
    base: str | None = None  # the graph's data base: what kg: means in queries
    batch: bool = True  # workers under SCHED_BATCH (see _child)
    idle_slow: bool = True  # long queries under SCHED_IDLE (see Pool._go_slow)


class Channel(asyncio.Protocol):
    """The front's end of a worker's socket: whole replies, one awaited at a
    time (leaner than a StreamReader's two reads and their waiters)."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.transport: asyncio.Transport | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's transports are not asyncio's classes

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._deliver()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(EOFError())

    def _deliver(self) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done() or len(self.buffer) < _REPLY.size:
            return
        size, kind = _REPLY.unpack_from(self.buffer)
        end = _REPLY.size + size
        if len(self.buffer) >= end:
            data = bytes(self.buffer[_REPLY.size : end])
            del self.buffer[:end]
            waiter.set_result((kind, data))

    def write(self, data: bytes) -> None:
        if self.transport is None or self.lost:
            raise ConnectionResetError("the worker is gone")
        self.transport.write(data)

    async def reply(self) -> tuple[int, bytes]:
        self.waiter = asyncio.get_running_loop().create_future()
        self._deliver()
        if self.lost and not self.waiter.done():
            raise EOFError
        try:
            return await self.waiter
        finally:
            self.waiter = None

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


@dataclass(eq=False)
class Worker:
    pid: int
    channel: Channel
    pidfd: int = -1
    slow: bool = False
    busy: bool = False
    stopped: str = ""  # why the front killed it mid-query: "deadline", "slow" or "gone"
    orphan: bool = False  # its client went away: the answer will be thrown away


class Client:
    """What the HTTP layer tells the pool about a query's client: whether it
    went away (closed its connection), so the work done for it can stop."""

    __slots__ = ("gone", "on_gone")

    def __init__(self) -> None:
        self.gone = False
        self.on_gone: Callable[[], None] | None = None

    def went_away(self) -> None:
        self.gone = True
        callback, self.on_gone = self.on_gone, None
        if callback is not None:
            callback()


GONE = "the client went away"
_DEADLINE = "deadline"


def _give_up(future: asyncio.Future[Any]) -> None:
    future.cancel(_DEADLINE)


CHECK_EVERY = 0.005  # shortest wait between two looks at a running query's CPU time


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
        self.workers: set[Worker] = set()
        self.closed = False
        self.zygote = 0
        self.control: socket.socket | None = None
        self.spawning: deque[asyncio.Future[tuple[int, socket.socket, int]]] = deque()
        self.spare: Worker | None = None  # forked ahead, so a freed fast slot is filled at once
        self.stocking = False
        self.background: set[asyncio.Task[None]] = set()  # the loop keeps only weak references to tasks

    # spawning and killing

    async def start(self) -> None:
        """Fork the zygote (once, before any request), then the workers."""
        control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.config.parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the zygote never returns
            try:
                _zygote(theirs, self.opener, self.default_graph, self.config)
            finally:
                os._exit(1)
        theirs.close()
        control.setblocking(False)
        self.zygote, self.control = pid, control
        asyncio.get_running_loop().add_reader(control.fileno(), self._spawned)
        for _ in range(self.config.workers):
            self.fast += 1
            self.idle.append(await self._spawn())
        self._stock()

    async def _fresh(self) -> Worker:
        """A new worker: the spare if there is one (then another is forked ahead)."""
        worker, self.spare = self.spare, None
        if worker is None:
            worker = await self._spawn()
        self._stock()
        return worker

    def _stock(self) -> None:
        if not self.closed and self.spare is None and not self.stocking and self.control is not None:
            self.stocking = True
            self._background(self._stock_one())

    def _background(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    async def _stock_one(self) -> None:
        try:
            worker = await self._spawn()
        except OSError:
            return
        finally:
            self.stocking = False
        if self.closed or self.spare is not None:
            self._kill(worker)
        else:
            self.spare = worker

    async def _spawn(self) -> Worker:
        if self.control is None:
            raise OSError("the worker pool is not running")
        future: asyncio.Future[tuple[int, socket.socket, int]] = asyncio.get_running_loop().create_future()
        self.spawning.append(future)
        self.control.send(b"w")
        pid, sock, pidfd = await future
        _, channel = await asyncio.get_running_loop().create_unix_connection(Channel, sock=sock)
        worker = Worker(pid, channel, pidfd)
        self.workers.add(worker)
        return worker

    def _spawned(self) -> None:
        """The zygote answered: a new worker (or it is gone)."""
        assert self.control is not None
        try:
            message, fds, _, _ = socket.recv_fds(self.control, 16, 2)
        except BlockingIOError:
            return
        except OSError:
            message, fds = b"", []
        if len(message) != _PID.size or not fds:
            for fd in fds:
                os.close(fd)
            self._zygote_gone()
            return
        (pid,) = _PID.unpack(message)
        sock = socket.socket(fileno=fds[0])
        pidfd = fds[1] if len(fds) > 1 else -1
        future = self.spawning.popleft() if self.spawning else None
        if future is None or future.done():  # its caller went away: nobody needs this worker
            self._signal(pid, pidfd, signal.SIGKILL)
            sock.close()
            if pidfd >= 0:
                os.close(pidfd)
            return
        future.set_result((pid, sock, pidfd))

    def _zygote_gone(self) -> None:
        if self.control is not None:
            with contextlib.suppress(ValueError, RuntimeError):
                asyncio.get_running_loop().remove_reader(self.control.fileno())
        while self.spawning:
            future = self.spawning.popleft()
            if not future.done():
                future.set_exception(OSError("the worker pool's zygote process is gone"))

    @staticmethod
    def _signal(pid: int, pidfd: int, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            if pidfd >= 0:
                signal.pidfd_send_signal(pidfd, signum)
            else:
                os.kill(pid, signum)

    def _kill(self, worker: Worker) -> None:
        self._signal(worker.pid, worker.pidfd, signal.SIGKILL)
        worker.channel.close()
        if worker.pidfd >= 0:
            os.close(worker.pidfd)
            worker.pidfd = -1
        self.workers.discard(worker)

    def close(self) -> None:
        self.closed = True
        for worker in list(self.workers):
            self._signal(worker.pid, worker.pidfd, signal.SIGKILL)
            if worker.pidfd >= 0:
                os.close(worker.pidfd)
                worker.pidfd = -1
        self.workers.clear()
        if self.zygote:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.zygote, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.zygote, 0)
            self.zygote = 0
        if self.control is not None:
            with contextlib.suppress(ValueError, RuntimeError):
                asyncio.get_running_loop().remove_reader(self.control.fileno())
            self.control.close()
            self.control = None

    # acquiring a worker

    async def _acquire(self, deadline: float, client: Client | None) -> Worker:
        if self.idle:
            return self.idle.pop()
        if self.fast < self.config.workers:
            self.fast += 1
            try:
                return await self._fresh()
            except BaseException:
                self.fast -= 1
                raise
        if len(self.waiters) >= self.config.queue:
            raise HTTPError(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "the endpoint is busy (all workers and the queue are full); retry shortly",
                {"Retry-After": "1"},
            )
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Worker] = loop.create_future()
        self.waiters.append(future)
        # One timer, not asyncio.wait (sets, callbacks and a second future per
        # waiting query): at the deadline the wait is given up.
        timer = loop.call_later(max(0.0, deadline - time.monotonic()), _give_up, future)
        if client is not None:  # a client that leaves stops waiting (its place in the queue is freed)

            def leave() -> None:
                future.cancel(GONE)

            client.on_gone = leave
        try:
            return await future
        except asyncio.CancelledError as exc:
            if future.cancelled() and exc.args and exc.args[0] in (GONE, _DEADLINE):
                with contextlib.suppress(ValueError):
                    self.waiters.remove(future)
                if exc.args[0] == GONE:
                    raise HTTPError(HTTPStatus.BAD_REQUEST, GONE) from None
                raise HTTPError(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"no worker became free within the time limit of {self.config.timeout:g} s; retry shortly",
                    {"Retry-After": "1"},
                ) from None
            # the server is stopping
            if future.done() and not future.cancelled():
                self._release(future.result())  # handed a worker after all: give it back
            else:
                future.cancel()
                with contextlib.suppress(ValueError):
                    self.waiters.remove(future)
            raise
        finally:
            timer.cancel()
            if client is not None:
                client.on_gone = None

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
            if self.spare is not None:  # at once, without a task
                worker, self.spare = self.spare, None
                self.fast += 1
                self._stock()
                self._release(worker)
            else:
                self._background(self._refill())

    async def _refill(self) -> None:
        if self.fast >= self.config.workers or not self.waiters:
            return
        self.fast += 1
        try:
            worker = await self._fresh()
        except OSError:
            self.fast -= 1
            return
        self._release(worker)

    def _go_slow(self, worker: Worker) -> bool:
        """The query runs long: lower its priority and free its fast slot."""
        if self.slow >= self.config.max_slow:
            return False
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, worker.pid, 19)
        if self.config.idle_slow and hasattr(os, "SCHED_IDLE"):
            # SCHED_IDLE: any other worker (SCHED_BATCH, which never preempts a
            # nice-19 task on waking: it would wait for the next tick) or the
            # front preempts it at once
            with contextlib.suppress(OSError):
                os.sched_setscheduler(worker.pid, os.SCHED_IDLE, os.sched_param(0))
        worker.slow = True
        self.slow += 1
        self._replace_fast()
        return True

    # running a job

    async def run(self, job: Job, deadline: float, client: Client | None = None) -> Reply:
        """Answer a job before the deadline, or raise HTTPError (504 on overrun).

        No task or event per query: two timers, one that kills the worker at
        the deadline and one that moves it out of the fast pool when it runs
        long; a killed worker's socket ends, which ends the wait. When the
        client goes away, a long query's worker is killed at once and a short
        one's at its next look (a short query is left to finish: killing it
        would cost a fork for nothing)."""
        if self.closed:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, "the endpoint is stopping")
        if client is not None and client.gone:
            raise HTTPError(HTTPStatus.BAD_REQUEST, GONE)
        worker = await self._acquire(deadline, client)
        worker.busy = True
        worker.stopped = ""
        worker.orphan = client is not None and client.gone
        loop = asyncio.get_running_loop()
        slow_cpu = self.config.slow_cpu
        pressed = slow_cpu / 4  # the threshold while other queries wait for a worker

        def stop(reason: str) -> None:
            if not worker.stopped:
                worker.stopped = reason
                self._signal(worker.pid, worker.pidfd, signal.SIGKILL)

        def check_slow() -> None:
            # Long in wall time is not enough: on a busy machine a fast query
            # may just be waiting for a CPU. A long query is one that has used
            # slow_cpu of CPU (a fast one needs well under a millisecond), or
            # a quarter of it while other queries wait for a worker: then its
            # slot is worth more to them. Looked at again when it could first
            # have reached the threshold.
            used = _cpu_seconds(worker.pid) - started
            if worker.orphan:
                stop("gone")
            elif used >= slow_cpu:
                if not self._go_slow(worker):
                    stop("slow")
            elif used >= pressed and self.waiters and self.slow < self.config.max_slow:
                self._go_slow(worker)  # never refused for this: it may be a fast query on a busy machine
            else:
                wait = (pressed if used < pressed else slow_cpu) - used
                timers.append(loop.call_later(max(CHECK_EVERY, wait), check_slow))

        def went_away() -> None:
            worker.orphan = True
            if worker.slow or _cpu_seconds(worker.pid) - started >= pressed:
                stop("gone")

        remaining = max(0.0, deadline - time.monotonic())
        timers = [loop.call_later(remaining, stop, "deadline")]
        started = _cpu_seconds(worker.pid)
        if pressed < remaining:
            timers.append(loop.call_later(pressed, check_slow))
        if client is not None:
            client.on_gone = went_away
        outcome = "ok"
        try:
            data = pickle.dumps((job.text, job.accept, job.max_bytes, job.union), protocol=pickle.HIGHEST_PROTOCOL)
            worker.channel.write(_HEADER.pack(len(data)) + data)
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
            if worker.stopped == "gone":
                raise HTTPError(HTTPStatus.BAD_REQUEST, GONE) from None
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, _memory_message(self.config)) from None
        except BaseException:
            outcome = "kill"  # cancelled (server stopping): do not reuse mid-query
            raise
        finally:
            if client is not None:
                client.on_gone = None
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
        kind, data = await worker.channel.reply()
        return Reply(_MEDIA[kind - 1], data) if kind else pickle.loads(data)
