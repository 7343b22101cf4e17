"""What the endpoint's routes need to know: the pool, the limits and the graph's names."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.query.store import QUERY_PREFIXES
from spacekg.serve.engine import Pool


@dataclass
class Settings:
    pool: Pool
    timeout: float = 10.0
    max_bytes: int = 10_000_000
    body_timeout: float = 10.0
    cors_origin: str | None = None
    allowed_hosts: frozenset[str] = frozenset()  # empty: any Host
    allowed_services: frozenset[str] = frozenset()
    view: Path | None = None
    graph_name: str = ""
    base: str = DEFAULT_BASE
    graphs: frozenset[str] = frozenset()  # named graphs the store holds
    ontology: dict[str, bytes] = field(default_factory=dict)  # format -> serialized ontology

    @property
    def prefixes(self) -> dict[str, str]:
        """The query prefixes, ``kg:`` being this graph's data base."""
        return {**QUERY_PREFIXES, "kg": self.base}
