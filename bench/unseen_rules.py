"""Which rule made each fact a set's texts got when they were still unseen.

The cached unseen-time candidates (``.cache/extract-unseen/TEXT@COMMIT.yaml``, written by
``bench.extract_unseen``) are facts files: they keep no ``rule:``. Here the adding commit's own extractor runs
again on the set's texts (a detached worktree, that commit's ``spacekg extract``, as ``bench.extract_history``
does) with its ``RuleExtractor.extract`` wrapped so that each raw candidate fact (before facts of one triple
are merged for the file) is also written with its rule, as ``TEXT@COMMIT.rules.json`` beside the YAML. The
YAML the run writes is compared with the cached one: the rules are only kept when the run reproduces it.
Only development texts (tests/corpus/*.txt) are read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.extract_history import git
from bench.extract_unseen import CACHE, UnseenSet, cached_candidates

# Run by the old commit's Python path: wrap the extractor, then its own command line.
RECORDER = """
import json, sys
from pathlib import Path
from spacekg.extract.rules import RuleExtractor
out = Path(sys.argv[1])
plain = RuleExtractor.extract
def extract(self, text, name, sha256):
    candidates = plain(self, text, name, sha256)
    keys = ("subject", "relation", "object", "modality", "evidence", "confidence", "rule")
    rows = [{k: fact.get(k) for k in keys} for fact in candidates.facts]
    (out / (Path(name).stem + ".rules.json")).write_text(json.dumps(rows, default=list), encoding="utf-8")
    return candidates
RuleExtractor.extract = extract
from spacekg.cli import main
sys.argv = ["spacekg", "extract", *sys.argv[3:], "--out", str(out), "--facts", sys.argv[2]]
main()
"""


def record_at(commit: str, texts: list[Path], out: Path, scratch: Path) -> None:
    """The candidates (YAML) and raw facts with their rules (JSON) of ``texts`` by ``commit``'s extractor."""
    tree = scratch / f"tree-{commit}"
    git("worktree", "add", "--quiet", "--detach", str(tree), commit)
    try:
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        command = [sys.executable, "-c", RECORDER, str(out), str(tree / "data" / "facts"), *map(str, texts)]
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"extract at {commit} failed: {done.stderr.strip().splitlines()[-1:]}")
    finally:
        git("worktree", "remove", "--force", str(tree))


def rules_files(unseen: UnseenSet, cache: Path = CACHE) -> dict[str, Path]:
    """Each text's raw facts with their rules at the set's adding commit, recorded once and cached."""
    yamls = cached_candidates(unseen, cache)
    wanted = {text.stem: cache / f"{text.stem}@{unseen.commit}.rules.json" for text in unseen.texts}
    if all(path.exists() for path in wanted.values()):
        return wanted
    with tempfile.TemporaryDirectory(prefix="spacekg-rules-") as scratch:
        out = Path(scratch) / "out"
        out.mkdir()
        record_at(unseen.commit, unseen.texts, out, Path(scratch))
        for text in unseen.texts:
            written = (out / f"{text.stem}.yaml").read_text(encoding="utf-8")
            if written != yamls[text.stem].read_text(encoding="utf-8"):
                raise SystemExit(f"{text.stem} at {unseen.commit}: the run does not reproduce the cached candidates")
            wanted[text.stem].write_text((out / f"{text.stem}.rules.json").read_text(encoding="utf-8"), "utf-8")
    return wanted


def raw_facts(path: Path) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


if __name__ == "__main__":
    from bench.extract_unseen import unseen_sets

    for found in unseen_sets():
        files = rules_files(found)
        print(found.name, found.commit, len(files), "texts", flush=True)
