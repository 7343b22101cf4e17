"""Checks run on every RDF file before a parser reads it.

RDF files come from anywhere, so before rdflib or Oxigraph parses one:

- it must be a regular file within the input size limit (:mod:`spacekg.core.limits`),
  so ``/dev/zero`` or a FIFO ends in a clear error instead of exhausting memory;
- RDF/XML may declare internal entities (Protégé writes ``<!ENTITY owl "…">``)
  but not external or parameter entities, nor entities built from other
  entities ("billion laughs"), and the document may not expand them to more
  than ``MAX_EXPANSION`` characters in all. Both parsers would otherwise expand
  them without bound (rdflib took 20 s for a 1 MB expansion, and longer beyond);
- JSON-LD may not refer to a remote ``@context`` (or ``@import`` one): rdflib
  would fetch it over the network. spacekg never fetches; embed the context.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacekg.core.limits import check_file_size, read_limited
from spacekg.core.syntax import media_type
from spacekg.errors import GraphError

MAX_EXPANSION = 1_000_000  # characters produced by entity references in one document
MAX_ENTITY_CHARS = 4096  # the longest entity value (Protégé's are namespace IRIs)
_PROLOG_BYTES = 1024 * 1024  # a DOCTYPE must end within the first MiB

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY = re.compile(
    rb"""<!ENTITY\s+(?P<pe>%\s+)?(?P<name>[^\s%"'>]+)\s+(?:(?P<ext>SYSTEM|PUBLIC)\b|(?P<q>["'])(?P<value>.*?)(?P=q))""",
    re.DOTALL,
)
_REFERENCE = re.compile(rb"&([A-Za-z_][\w.-]*);")


def check_rdf_file(path: Path) -> None:
    """Refuse ``path`` unless it is safe to hand to a parser (see the module)."""
    fmt = media_type(path)
    check_file_size(path, GraphError)
    if fmt == "application/rdf+xml":
        check_xml_entities(path)
    elif fmt == "application/ld+json":
        check_jsonld_contexts(path)


def check_xml_entities(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(_PROLOG_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4096]:
        raise GraphError(f"{path}: RDF/XML must be encoded as UTF-8 (this looks like UTF-16); convert it")
    doctype = _DOCTYPE.search(head)
    if doctype is None:
        return
    closing = head.find(b">", doctype.end())
    opening = head.find(b"[", doctype.end())
    header = head[doctype.end() : min(i for i in (closing, opening, len(head)) if i >= 0)]
    if re.search(rb"\b(SYSTEM|PUBLIC)\b", header):
        raise GraphError(f"{path}: the XML DOCTYPE refers to an external DTD; spacekg does not read those. Remove it")
    if opening == -1 or (closing != -1 and closing < opening):
        return  # no internal subset, so no entities
    end = re.compile(rb"\]\s*>").search(head, opening)
    if end is None:
        raise GraphError(f"{path}: the XML DOCTYPE is longer than 1 MB or not closed; remove it (RDF/XML needs none)")
    prolog = head[opening : end.start()]
    values: dict[bytes, int] = {}
    for match in _ENTITY.finditer(prolog):
        name = match.group("name").decode("utf-8", "replace")
        if match.group("pe") or match.group("ext"):
            kind = "a parameter entity" if match.group("pe") else "an external entity"
            raise GraphError(
                f"{path}: the XML declares {kind} ({name}); spacekg does not read those. Remove the declaration"
            )
        value = match.group("value")
        if len(match.group("name")) > 200:
            raise GraphError(f"{path}: the XML entity name {name[:40]}… is too long")
        if b"&" in value or b"%" in value:
            raise GraphError(
                f"{path}: the XML entity {name} is built from other entities, which can expand without bound "
                "('billion laughs'); write its value out"
            )
        if len(value) > MAX_ENTITY_CHARS:
            raise GraphError(f"{path}: the XML entity {name} is longer than {MAX_ENTITY_CHARS} characters")
        values[match.group("name")] = len(value)
    if prolog.count(b"<!ENTITY") != len(values):
        raise GraphError(f"{path}: an XML entity declaration cannot be read; remove the DOCTYPE")
    if not values:
        return
    expansion = 0
    for name in _references(path):
        expansion += values.get(name, 0)
        if expansion > MAX_EXPANSION:
            raise GraphError(
                f"{path}: the XML's entity references expand to more than {MAX_EXPANSION:,} characters; "
                "write the values out instead of using entities"
            )


def _references(path: Path) -> Iterator[bytes]:
    """Names of the ``&name;`` references in the file, read in chunks."""
    tail = b""
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(1024 * 1024)
            data = tail + chunk
            # A reference (name <= 200 bytes) starting in the last 256 bytes may continue in the next chunk.
            end = len(data) if not chunk else max(0, len(data) - 256)
            for match in _REFERENCE.finditer(data):
                if match.start() >= end:
                    break
                yield match.group(1)
            if not chunk:
                return
            tail = data[end:]


def check_jsonld_contexts(path: Path) -> None:
    data = read_limited(path, GraphError)
    try:
        document = json.loads(data)
    except ValueError:
        return  # the parser reports the syntax error with its position
    except RecursionError:
        raise GraphError(f"{path}: the JSON is nested too deeply") from None
    for remote in _remote_contexts(document):
        raise GraphError(
            f"{path}: refers to the remote JSON-LD context {remote!r}; spacekg never fetches contexts "
            "over the network. Put the context object itself in the file"
        )


def _remote_contexts(node: Any, depth: int = 0) -> Iterator[str]:
    if depth > 500:
        raise GraphError("the JSON-LD is nested more than 500 levels deep")
    if isinstance(node, list):
        for item in node:
            yield from _remote_contexts(item, depth + 1)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield from _context_references(value)
            if key == "@import" and isinstance(value, str):
                yield value
            yield from _remote_contexts(value, depth + 1)


def _context_references(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield item
