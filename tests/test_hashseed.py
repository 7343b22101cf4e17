"""Every `spacekg export` format, and `spacekg build`, give the same bytes under any hash seed.

Python randomises str hashes per process (PYTHONHASHSEED), so set and dict
orders that leak into output would differ between runs. Each seed gets its
own interpreter, which runs the real CLI commands (click's `main`, as the
console script does) and prints a digest per output file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FACTS_DIR, ROOT

DRIVER = r"""
import hashlib, sys
from pathlib import Path
from spacekg.cli import main

work, facts = Path(sys.argv[1]), sys.argv[2]

def cli(*args):
    try:
        main(list(args), standalone_mode=False)
    except SystemExit as exc:
        if exc.code:
            raise

graph = work / "kg.ttl"
cli("build", "--facts", facts, "--out", str(graph))
runs = [(fmt, ()) for fmt in ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "neo4j")]
runs += [("trig", ("--nanopub",)), ("nquads", ("--nanopub",)), ("turtle", ("--part", "claims"))]
for number, (fmt, extra) in enumerate(runs):
    out = work / f"out{number}.{fmt}"
    cli("export", "--graph", str(graph), "--format", fmt, *extra, "--out", str(out))
files = sorted(p for p in work.rglob("*") if p.is_file())
for path in files:
    print(path.relative_to(work), hashlib.sha256(path.read_bytes()).hexdigest())
"""


def test_build_and_every_export_are_identical_under_several_hash_seeds(tmp_path: Path) -> None:
    digests = {}
    for seed in ("0", "1", "31337"):
        work = tmp_path / seed
        work.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", DRIVER, str(work), str(FACTS_DIR)],
            capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        digests[seed] = [line for line in result.stdout.splitlines() if line.count(" ") == 1]
    first = digests["0"]
    names = {line.split()[0] for line in first}
    # the graph, its VoID, twelve exports (neo4j, out8, is a folder of CSV files)
    assert {"kg.ttl", "kg.void.ttl"} <= names and sum(not n.startswith("out8") for n in names) == 13, names
    assert any(n.startswith("out8") for n in names)
    for seed, lines in digests.items():
        assert lines == first, f"PYTHONHASHSEED={seed} changed: {sorted(set(lines) ^ set(first))}"
