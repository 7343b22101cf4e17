"""Put the endpoint together: load the graph, bind the socket, run the pool and the HTTP layer."""

from __future__ import annotations

import contextlib
import os
import resource
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from spacekg.errors import StoreError
from spacekg.model.base import BASE_QUERY, find_base
from spacekg.serve.app import App, allowed_hosts
from spacekg.serve.engine import RDF_FORMATS, Config, Pool
from spacekg.serve.limits import DEFAULT_HOST, DEFAULT_PORT, Limits
from spacekg.serve.settings import Settings


@dataclass
class Endpoint:
    settings: Settings
    sock: Any
    limits: Limits
    url: str
    isolated: bool = False
    notes: list[str] = field(default_factory=list)

    def run(self) -> None:
        """Serve until SIGINT/SIGTERM; the workers are stopped on the way out."""
        import uvloop  # libuv's event loop: the front's per-request cost drops by about a third

        uvloop.run(self._run())

    async def _run(self) -> None:
        from spacekg.serve.listener import serve

        pool = self.settings.pool
        try:
            await pool.start()
            await serve(
                App(self.settings),
                self.sock,
                idle_timeout=self.limits.idle_timeout,
                header_timeout=self.limits.header_timeout,
                max_connections=self.limits.max_connections,
            )
        finally:
            pool.close()
            self.sock.close()


def _raise_file_limit() -> None:
    """Let idle sockets be refused by the connection cap, not by EMFILE."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(
            resource.RLIMIT_NOFILE, (min(hard, 65_536) if hard != resource.RLIM_INFINITY else 65_536, hard)
        )


def _ontology_serializations() -> dict[str, bytes]:
    data = resources.files("spacekg").joinpath("ontology", "spacekg.ttl").read_bytes()
    triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    found = {name: ox.serialize(triples, format=fmt) or b"" for name, fmt in RDF_FORMATS.items()}
    found["turtle"] = data  # the file itself, with its prefixes and comments
    return found


PART_LIMIT = 300_000  # triples; larger triple files get no per-part named graphs (rdflib would be slow)


def _parts(store: ox.Store) -> dict[str, bytes]:
    """The export's parts (ontology, claims, provenance) of a one-graph store, as N-Triples."""
    from spacekg.core.rdfwrite import sort_lines
    from spacekg.interop.export import Statements, split

    lines = sort_lines(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
    return {
        name: b"".join(line + b"\n" for line in part)
        for name, part in split(Statements({None: lines})).items()
        if name != "data"
    }


def _memory_store(graph: Path, base: str | None) -> tuple[ox.Store, list[Any], str]:
    """The graph in memory (shared by the workers), plus named graphs for the
    export's parts (``<base>graph/claims`` …, as ``spacekg export`` names
    them in TriG), the ontology and the dataset description, so their IRIs
    resolve; returns the store, the graphs that make up the data (the
    default graph of queries) and the data base (``base``, or found)."""
    from spacekg.query.store import MemoryStore

    store = MemoryStore([graph]).store
    base = base or find_base(graph, _documents(store))
    data_graphs = list(store.named_graphs())
    names = {g.value for g in data_graphs if isinstance(g, ox.NamedNode)}  # the file's own
    extra: list[tuple[str, bytes, ox.RdfFormat]] = []
    if not data_graphs and len(store) <= PART_LIMIT:
        extra += [(name, data, ox.RdfFormat.N_TRIPLES) for name, data in _parts(store).items() if data.strip()]
    ontology = resources.files("spacekg").joinpath("ontology", "spacekg.ttl").read_bytes()
    extra.append(("ontology", ontology, ox.RdfFormat.TURTLE))
    void = graph.with_name(graph.name.split(".")[0] + ".void.ttl")
    if void.is_file() and void != graph:
        extra.append(("void", void.read_bytes(), ox.RdfFormat.TURTLE))
    for name, data, fmt in extra:
        iri = f"{base}graph/{name}"
        if iri not in names:  # never add to a graph the file itself holds
            store.load(data, format=fmt, to_graph=ox.NamedNode(iri))
    default = [ox.DefaultGraph(), *data_graphs] if data_graphs else []
    return store, default, base


def _documents(store: ox.Store) -> Callable[[], list[Any]]:
    """The source documents of a store's graphs, for :func:`find_base`."""
    return lambda: [row[0] for row in store.query(BASE_QUERY, use_default_graph_as_union=True)]  # type: ignore[union-attr]


def make_server(
    *,
    graph: Path | None = None,
    store: Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    cors_origin: str | None = None,
    view: Path | None = None,
    base: str | None = None,
    limits: Limits | None = None,
    allow_services: tuple[str, ...] = (),
    allow_hosts: tuple[str, ...] = (),
) -> Endpoint:
    """Load the graph and bind the socket; ``run()`` serves. Raises StoreError.
    ``base`` None: the data base the graph says (:func:`spacekg.model.base.find_base`)."""
    from spacekg.serve.listener import listen

    limits = limits or Limits()
    limits.check()
    if not 0 <= port <= 65_535:
        raise StoreError(f"--port must be between 0 and 65535, not {port}")
    if cors_origin == "*":
        raise StoreError("--cors takes one origin such as https://example.org, not '*'")
    for iri in allow_services:
        if not iri.startswith(("http://", "https://")):
            raise StoreError(f"--allow-service takes an http(s) IRI, not {iri!r}")
    if store is not None:
        if not store.is_dir():
            raise StoreError(f"{store}: no Oxigraph store here; create one with 'spacekg load'")
        location = str(store)

        def opener() -> ox.Store:
            return ox.Store.read_only(location)

        try:  # fail now, with a clear message, rather than in every worker
            probe = ox.Store.read_only(location)
            graphs = {g.value for g in probe.named_graphs() if isinstance(g, ox.NamedNode)}
            base = base or find_base(None, _documents(probe))
            del probe
        except OSError as exc:
            raise StoreError(f"{store}: cannot open the Oxigraph store ({exc})") from None
        default: list[Any] = []
        name = str(store)
    else:
        assert graph is not None
        if not graph.is_file():
            raise StoreError(f"{graph}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
        memory, default, base = _memory_store(graph, base)
        graphs = {g.value for g in memory.named_graphs() if isinstance(g, ox.NamedNode)}

        def opener() -> ox.Store:
            return memory

        name = str(graph)
    _raise_file_limit()
    config = Config(
        workers=limits.workers or max(4, os.cpu_count() or 4),
        queue=limits.queue,
        timeout=limits.timeout,
        memory_mb=limits.memory_mb,
        slow_cpu=limits.slow_ms / 1000,
        max_slow=limits.max_slow,
        network=bool(allow_services),
        base=base,
    )
    pool = Pool(opener, config, default or None)
    try:
        sock = listen(host, port)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    bound_host, bound_port = sock.getsockname()[:2]
    settings = Settings(
        pool=pool,
        timeout=limits.timeout,
        max_bytes=limits.max_result_bytes,
        body_timeout=limits.header_timeout,
        cors_origin=cors_origin,
        allowed_hosts=allowed_hosts(host, bound_port, allow_hosts),
        allowed_services=frozenset(allow_services),
        view=view,
        graph_name=name,
        base=base,
        graphs=frozenset(graphs),
        ontology=_ontology_serializations(),
    )
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    return Endpoint(settings, sock, limits, f"http://{shown}:{bound_port}/sparql")
