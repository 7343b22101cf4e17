"""Inference, computed once and cached: the RDFS closure by :mod:`spacekg.model.reason`, OWL RL by owlrl.

The closure of a graph file is written next to it as N-Triples
(``spacekg.owlrl.nt`` beside ``spacekg.ttl``), headed by the SHA-256 of the
file it was computed from; it is recomputed only when that file changes.
Under OWL RL, ``owl:sameAs`` links make the Wikidata IRIs carry the same
statements as ours: that is the meaning of sameAs, and it shows in answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacekg.core.output import write_atomically
from spacekg.core.text import sha256_hex
from spacekg.errors import GraphError

MODES = ("none", "rdfs", "owlrl")


def cache_path(graph: Path, mode: str) -> Path:
    return graph.with_name(f"{graph.stem}.{mode}.nt")


def _header(graph: Path, mode: str) -> bytes:
    return f"# spacekg inference cache: mode={mode} source-sha256={sha256_hex(graph.read_bytes())}\n".encode()


def inferred_file(graph: Path, mode: str, step: Callable[[], None] | None = None) -> Path:
    """Return a file holding ``graph`` plus what ``mode`` entails. When the
    closure is computed, ``step`` is called three times as it advances
    (read and close, close, write), for a progress bar."""
    if mode == "none":
        return graph
    if mode not in MODES:
        raise GraphError(f"unknown inference mode {mode!r}; use one of {', '.join(MODES)}")
    if not graph.is_file():
        raise GraphError(f"{graph}: no such file. Run 'spacekg build' first, or pass --graph FILE.")
    cache = cache_path(graph, mode)
    header = _header(graph, mode)
    if cache.is_file():
        with cache.open("rb") as handle:
            if handle.readline() == header:
                return cache
    tick = step or (lambda: None)
    closed = _closure_bytes(graph, mode)
    if closed is not None:
        tick()
        tick()
        write_atomically(cache, header + closed)
        tick()
        return cache
    import owlrl  # heavy; only when the cache is stale
    import rdflib

    from spacekg.core.graphio import read_graph

    data = read_graph(graph)
    tick()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(data)
    # The rules also derive "generalized" triples (a literal as subject),
    # which RDF files cannot hold.
    for triple in [t for t in data if isinstance(t[0], rdflib.Literal) or not isinstance(t[1], rdflib.URIRef)]:
        data.remove(triple)
    tick()
    write_atomically(cache, header + data.serialize(format="nt", encoding="utf-8"))
    tick()
    return cache


def _closure_bytes(graph: Path, mode: str) -> bytes | None:
    """The closure of every triple in ``graph`` (all graphs of a quad file)
    under ``mode``, as sorted N-Triples; None when the graph uses an OWL
    construct the indexed engine does not close (owlrl does it then)."""
    import pyoxigraph as ox

    from spacekg.core.syntax import media_type
    from spacekg.model.reason import ntriples_lines, owl_rl_closure, owl_rl_supported, rdfs_closure

    try:
        rdf_format = ox.RdfFormat.from_media_type(media_type(graph))
        if rdf_format is None:
            raise GraphError(f"{graph}: pyoxigraph cannot read this syntax")
        triples, literals = _read_terms(graph, rdf_format)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{graph}: cannot read it for inference: {exc}") from None
    if mode == "rdfs":
        closure = rdfs_closure(triples, literals)
    elif owl_rl_supported(triples):
        closure = owl_rl_closure(triples, literals)
    else:
        return None
    return "".join(ntriples_lines(closure)).encode("utf-8")


def _read_terms(graph: Path, rdf_format: Any) -> tuple[list[tuple[str, str, str]], dict[str, Any]]:
    """Every triple of ``graph`` as N-Triples term texts, and each literal's
    pyoxigraph term by its text. A triple file is turned into N-Triples by
    pyoxigraph and its lines split (no Python object per term); quad files
    and RDF-star terms are read term by term."""
    import pyoxigraph as ox

    triples: list[tuple[str, str, str]] = []
    literals: dict[str, Any] = {}
    if not rdf_format.supports_datasets:
        text = bytes(ox.serialize(ox.parse(path=str(graph), format=rdf_format), format=ox.RdfFormat.N_TRIPLES) or b"")
        if b"<<" not in text:
            lines = text.decode("utf-8").split("\n")
            lines.pop()  # after the last newline
            for line in lines:
                s, p, o = line[:-2].split(" ", 2)
                triples.append((s, p, o))
                if o[0] == '"':
                    literals[o] = None
            if literals:
                document = "".join(f"<x:s> <x:p> {o} .\n" for o in literals).encode("utf-8")
                for text_of, quad in zip(literals, ox.parse(document, format=ox.RdfFormat.N_TRIPLES), strict=True):
                    literals[text_of] = quad.object
            return triples, literals
        triples.clear()
    for quad in ox.parse(path=str(graph), format=rdf_format):
        obj = quad.object
        o = str(obj)
        if isinstance(obj, ox.Literal):
            literals[o] = obj
        triples.append((str(quad.subject), str(quad.predicate), o))
    return triples, literals
