"""SIGKILL ``spacekg build`` at seeded random moments: the graph and its VoID
description are always a matching pair (the old one or the new one), every
file on disk parses completely, and the next run leaves no temporary files.

Builds alternate between two bases, so an old and a new pair differ: the
VoID's ``void:uriSpace`` names the base its graph was built with and
``void:triples`` its size.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from spacekg.core.output import recover

KILLS = int(os.environ.get("SPACEKG_KILLS", "24"))
BASES = ("https://example.org/a/", "https://example.org/b/")
VOID = "http://rdfs.org/ns/void#"


def build(out: Path, base: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "spacekg.cli", "build", "--out", str(out), "--base", base]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def pair(out: Path) -> tuple[str, int]:
    """The base of a consistent pair and its size; fails on a mixed or partial pair."""
    graph = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))  # a partial file would not parse
    void = list(ox.parse(path=str(out.with_name("kg.void.ttl")), format=ox.RdfFormat.TURTLE))
    space = {q.object.value for q in void if q.predicate.value == VOID + "uriSpace"}
    triples = {
        int(q.object.value)
        for q in void
        if q.predicate.value == VOID + "triples" and "/dataset" in q.subject.value and "links" not in q.subject.value
    }
    bases = {b for b in BASES if any(q.subject.value.startswith(b) for q in graph)}
    assert len(space) == 1 and len(bases) == 1, (space, bases)
    assert space == bases, f"graph built with {bases}, VoID with {space}: a mixed pair"
    assert triples == {len(graph)}, (triples, len(graph))
    return space.pop(), len(graph)


def test_killed_builds_leave_a_matching_pair(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    started = time.monotonic()
    first = build(out, BASES[0])
    assert first.wait(timeout=600) == 0, first.stderr.read() if first.stderr else ""
    duration = time.monotonic() - started
    assert pair(out)[0] == BASES[0]
    rng = random.Random(20261127)
    outcomes = {"old pair": 0, "new pair": 0, "finished by recovery": 0}
    for _ in range(KILLS):
        before, _ = pair(out)
        base = BASES[1] if before == BASES[0] else BASES[0]
        proc = build(out, base)
        # Most of a build is loading and checking; aim at its end, where files are written.
        time.sleep(rng.uniform(0.4, 1.3) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        journals = list(tmp_path.glob(".*.commit"))
        if not journals:
            now, _ = pair(out)
            outcomes["new pair" if now != before else "old pair"] += 1
        recover([out, out.with_name("kg.void.ttl")])  # what the next run does first
        after, _ = pair(out)
        if journals:
            assert after == base
            outcomes["finished by recovery"] += 1
        leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("kg.ttl", "kg.void.ttl"))
        assert leftovers == [], leftovers
    print(f"{KILLS} kills: {outcomes}")
    assert sum(outcomes.values()) == KILLS
