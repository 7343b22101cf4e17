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
        triples = []
        literals: dict[str, ox.Literal] = {}
        for quad in ox.parse(path=str(graph), format=rdf_format):
            obj = quad.object
            o = str(obj)
            if isinstance(obj, ox.Literal):
                literals[o] = obj
            triples.append((str(quad.subject), str(quad.predicate), o))
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{graph}: cannot read it for inference: {exc}") from None
    if mode == "rdfs":
        closure = rdfs_closure(triples, literals)
    elif owl_rl_supported(triples):
        closure = owl_rl_closure(triples, literals)
    else:
        return None
    return "".join(ntriples_lines(closure)).encode("utf-8")
