"""Every export is byte-identical under any hash seed (set iteration order
changes with PYTHONHASHSEED, and rdflib's N-Quads and RDF/XML writers
followed it). Each seed runs in its own process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = ("0", "1", "4242", "random")
FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "neo4j")

SCRIPT = """
import hashlib, json, sys, tempfile
from pathlib import Path
from click.testing import CliRunner
from spacekg.cli import main

graph, formats = sys.argv[1], sys.argv[2:]
digests = {}
with tempfile.TemporaryDirectory() as tmp:
    for fmt in formats:
        out = Path(tmp) / fmt
        args = ["export", "--graph", graph, "--format", fmt, "--out", str(out)]
        if fmt in ("nquads", "trig"):
            args += ["--nanopub"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        files = sorted(out.iterdir()) if out.is_dir() else [out]
        digests[fmt] = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
print(json.dumps(digests))
"""


def test_exports_do_not_depend_on_the_hash_seed(turtle_file: Path) -> None:
    results = {}
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(turtle_file), *FORMATS],
            capture_output=True, text=True, env=env, timeout=900,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-2000:]
        results[seed] = json.loads(proc.stdout.strip().splitlines()[-1])
    reference = results[SEEDS[0]]
    differing = {fmt for seed in SEEDS[1:] for fmt in FORMATS if results[seed][fmt] != reference[fmt]}
    assert differing == set(), f"these exports change with PYTHONHASHSEED: {sorted(differing)}"
    assert hashlib.sha256  # the digests above are SHA-256 of each file's bytes
