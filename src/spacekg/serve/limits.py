"""The endpoint's limits and defaults, in one place: the server applies them,
``spacekg serve``'s options take their defaults from here (through
:mod:`spacekg.api`). Light to import: no pyoxigraph, no HTTP layer."""

from __future__ import annotations

from dataclasses import dataclass

from spacekg.errors import StoreError

DEFAULT_HOST = "127.0.0.1"  # loopback: nothing is exposed unless asked
DEFAULT_PORT = 8000


@dataclass
class Limits:
    """Every limit of the endpoint in one place (the CLI's options map onto these)."""

    timeout: float = 10.0  # seconds per query: queue wait, evaluation, serialization
    max_result_bytes: int = 10_000_000
    workers: int = 0  # 0: one per CPU, at least 4 (measured: bench.load_serve, docs/endpoint.md)
    queue: int = 64  # queries waiting for a worker; more get 503
    memory_mb: int = 1024  # per worker, beyond the shared graph
    max_slow: int = 2  # long queries (past slow_ms of CPU) at once; more get 503
    slow_ms: float = 20.0  # CPU milliseconds after which a query counts as long
    header_timeout: float = 10.0
    idle_timeout: float = 15.0
    max_connections: int = 1000

    def check(self) -> None:
        for name in ("timeout", "header_timeout", "idle_timeout"):
            value = getattr(self, name)
            if not 0 < value <= 86_400:
                raise StoreError(f"--{name.replace('_', '-')} must be between 0 and 86400 seconds, not {value}")
        for name, low, high in (
            ("max_result_bytes", 1, 1 << 40),
            ("workers", 0, 256),
            ("queue", 0, 100_000),
            ("memory_mb", 0, 1 << 20),
            ("max_slow", 0, 256),
            ("slow_ms", 1, 86_400_000),
            ("max_connections", 1, 1_000_000),
        ):
            value = getattr(self, name)
            if not low <= value <= high:
                raise StoreError(f"--{name.replace('_', '-')} must be between {low} and {high}, not {value}")
