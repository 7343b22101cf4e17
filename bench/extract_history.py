"""Past rule versions on one set of texts: does each round's work carry over to prose no version was written on?

Every figure of `python -m bench.extract` describes today's rules. This one
asks what the rules of earlier commits reach on the same texts. For each
commit, a detached git worktree is checked out in a temporary folder; that
commit's own `spacekg extract` (its rules, its graph in data/facts) writes
the candidates of every text in the folder; today's
`spacekg.extract.evaluate` scores them against today's gold files. Only
pooled figures are printed (no per-text rows), so it is safe to run on the
held-out folder.

The default commits are those that added held-out texts (the rules as they
stood before each round studied the set before) and HEAD. On a held-out set
written after all of them, the table is a learning curve on unseen prose.

    python -m bench.extract_history tests/corpus/heldout
    python -m bench.extract_history tests/corpus/heldout --commits 1e48ace,HEAD
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from spacekg.extract.evaluate import Score, evaluate, inverted_negations
from spacekg.model.facts import load_facts_file

ROOT = Path(__file__).resolve().parent.parent
# safe.directory: a CI clone may belong to another user than the one running the benchmark.
GIT = ["git", "-c", f"safe.directory={ROOT}", "-C", str(ROOT)]


def git(*args: str) -> str:
    done = subprocess.run([*GIT, *args], capture_output=True, text=True)
    if done.returncode != 0:  # an unknown commit, or no git history: one line, no traceback
        raise SystemExit(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout.strip()


def default_commits() -> list[str]:
    """The commits that added held-out gold files, oldest first, then HEAD."""
    added = git("log", "--reverse", "--format=%h", "--diff-filter=A", "--", "tests/corpus/heldout/*.gold.yaml")
    return [*added.split(), "HEAD"]


def extract_at(commit: str, texts: list[Path], out: Path, scratch: Path) -> None:
    """Candidates for ``texts`` by the extractor of ``commit``, one file per text in ``out``."""
    tree = scratch / ("tree-" + "".join(c if c.isalnum() else "_" for c in commit))
    git("worktree", "add", "--quiet", "--detach", str(tree), commit)
    try:
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        command = [sys.executable, "-c", "from spacekg.cli import main; main()", "extract", *map(str, texts)]
        command += ["--out", str(out), "--facts", str(tree / "data" / "facts")]
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"extract at {commit} failed: {done.stderr.strip().splitlines()[-1:]}")
    finally:
        git("worktree", "remove", "--force", str(tree))


def pooled(texts: list[Path], out: Path) -> tuple[dict[str, Score], int, int]:
    """Scores summed over the texts, negated gold statements and how many were asserted."""
    totals: dict[str, list[int]] = {}
    negated = inverted = 0
    for text in texts:
        candidates = load_facts_file(out / f"{text.stem}.yaml")
        gold = load_facts_file(text.with_suffix(".gold.yaml"))
        for name, score in evaluate(candidates, gold).items():
            tally = totals.setdefault(name, [0, 0, 0])
            for i, value in enumerate((score.true_positives, score.predicted, score.gold)):
                tally[i] += value
        check = inverted_negations(candidates, gold)
        negated += check.negated
        inverted += len(check.inverted)
    return {name: Score(*tally) for name, tally in totals.items()}, negated, inverted


def row(commit: str, scores: dict[str, Score], negated: int, inverted: int) -> str:
    when = git("log", "-1", "--format=%ad", "--date=format:%d %b %H:%M", commit)
    links, untyped, typed = scores["links (overlap)"], scores["new entities (untyped)"], scores["new entities"]
    relations, speakers, modality = scores["relations"], scores["speakers"], scores["modality"]
    cells = [
        f"`{git('rev-parse', '--short', commit)}` ({when})",
        f"{links.f1:.2f}",
        f"{untyped.recall:.2f} / {typed.recall:.2f}",
        f"{relations.precision:.2f} / {relations.recall:.2f} / {relations.f1:.2f} ({relations.true_positives})",
        f"{speakers.recall:.2f} ({speakers.true_positives})",
        f"{modality.true_positives}",
        f"{inverted} of {negated}",
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_history", description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="texts with .gold.yaml files beside them, e.g. tests/corpus/heldout")
    parser.add_argument(
        "--commits", help="comma-separated commits (default: those that added held-out texts, and HEAD)"
    )
    args = parser.parse_args()
    commits = args.commits.split(",") if args.commits else default_commits()
    seen: set[str] = set()
    for commit in list(commits):
        known = subprocess.run(
            [*GIT, "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"], capture_output=True, text=True
        )
        if known.returncode != 0:
            parser.error(f"--commits: {commit!r} is no commit of this repository; give ids such as 1e48ace or HEAD")
        if known.stdout in seen:  # HEAD that is also the last commit adding texts: one row, not two
            commits.remove(commit)
        seen.add(known.stdout)
    texts = sorted(args.folder.resolve().glob("*.txt"))
    if not texts:  # bad input like a bad commit: exit 2, one line
        parser.error(f"{args.folder}: no .txt files; give a folder of texts with .gold.yaml files beside them")
    print(f"## Rule versions on the {len(texts)} texts of {args.folder} (today's scorer and gold)\n")
    print("| rules at | links F1 (overlap) | new entities untyped / typed | relations P / R / F1 (right) "
          "| speaker right (n) | modality right | negated as positive |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="spacekg-history-") as scratch:
        for commit in commits:
            out = Path(scratch) / f"out-{commit}"
            out.mkdir()
            extract_at(commit, texts, out, Path(scratch))
            scores, negated, inverted = pooled(texts, out)
            print(row(commit, scores, negated, inverted), flush=True)
    print(f"\nOut of {scores['relations'].gold} gold relations, {scores['speakers'].gold} quoted claims, "
          f"{scores['new entities'].gold} new entities, {scores['modality'].gold} modal statements, {negated} negated.")  # fmt: skip


if __name__ == "__main__":
    main()
