"""Which RDF syntax a file is in, from its extension (one table for every reader)."""

from __future__ import annotations

from pathlib import Path

from spacekg.errors import GraphError

MEDIA_TYPES: dict[str, str] = {
    ".ttl": "text/turtle",
    ".turtle": "text/turtle",
    ".nt": "application/n-triples",
    ".ntriples": "application/n-triples",
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".jsonld": "application/ld+json",
    ".json": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".xml": "application/rdf+xml",
    ".n3": "text/n3",
}


def media_type(path: Path) -> str:
    """The media type of ``path``'s RDF syntax, or a GraphError saying which extensions work."""
    try:
        return MEDIA_TYPES[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(MEDIA_TYPES))
        raise GraphError(
            f"{path}: cannot tell the RDF syntax from the extension {path.suffix!r}; use one of {known}"
        ) from None
