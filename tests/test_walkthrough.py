"""docs/extraction-workflow.md, run: every command it shows is run here, in
a copy of the repository's data, and must print what the page says it prints
(``...`` stands for any text; a line of its own, for any lines). The edits
the page asks the reviewer to make are made from the page's own YAML block.
So the walk-through cannot rot."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.extract.yamlio import dump_facts
from spacekg.model.facts import load_dataset
from tests.conftest import FACTS_DIR, ROOT, require_seed

PAGE = ROOT / "docs" / "extraction-workflow.md"
ARTICLE = ROOT / "docs" / "examples" / "gateway-japan.txt"
REVIEWED_MARK = "<!-- walkthrough: reviewed.yaml -->"


def console_steps(page: str) -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ spacekg ...`` line of the
    page's console blocks, in order."""
    steps: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", page, flags=re.S):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            steps.append((command, output))
    return steps


def matches(expected: str, actual: str) -> bool:
    pattern = "".join(
        r"(?:.*\n)*?" if line == "..." else re.escape(line).replace(re.escape("..."), ".*") + r"\n"
        for line in expected.splitlines()
    )
    return re.fullmatch(pattern, actual if actual.endswith("\n") or not actual else actual + "\n") is not None


def reviewed_sections(page: str) -> str:
    after = page.split(REVIEWED_MARK, 1)[1]
    block = re.search(r"```yaml\n(.*?)```", after, flags=re.S)
    assert block, f"no yaml block after {REVIEWED_MARK}"
    return block.group(1)


def review(candidates: Path, reviewed: Path, sections: str) -> None:
    """What the page asks of the reviewer: keep the header and the mentions of
    known entities (minus those the curated entities now cover), and replace
    the rest by the page's reviewed sections."""
    data: dict[str, Any] = yaml.safe_load(candidates.read_text(encoding="utf-8"))
    curated: dict[str, Any] = yaml.safe_load(sections)
    known = set(load_dataset([FACTS_DIR]).entities())
    spans = [e["mention"] for e in curated["entities"]]
    mentions = [
        m
        for m in data.get("mentions") or []
        if m["entity"] in known and not any(m["span"][0] < e and s < m["span"][1] for s, e in spans)
    ]
    head = dump_facts({"spacekg": 1, "source": data["source"], "mentions": mentions})
    reviewed.write_text(head + "\n" + sections, encoding="utf-8")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root with its own copy of data/facts and the example
    article, and ../shared/seeds/ with the seed article, as on a clone."""
    repo = tmp_path / "repo"
    shutil.copytree(FACTS_DIR, repo / "data" / "facts")
    (repo / "docs" / "examples").mkdir(parents=True)
    shutil.copy(ARTICLE, repo / "docs" / "examples" / ARTICLE.name)
    seeds = tmp_path / "shared" / "seeds"
    seeds.mkdir(parents=True)
    seed = require_seed()
    shutil.copy(seed, seeds / seed.name)
    monkeypatch.chdir(repo)
    return repo


def test_the_walkthrough_runs_as_written(workdir: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    steps = console_steps(page)
    assert [c.split()[1] for c, _ in steps] == [
        "extract",
        *["locate"] * 4,
        "ingest",
        "build",
        "build",
        "query",
        "query",
    ]
    runner = CliRunner()
    reviewed_written = False
    for command, expected in steps:
        args = shlex.split(command)
        assert args[0] == "spacekg", command
        if args[1] == "ingest" and not reviewed_written:
            review(workdir / "candidates.yaml", workdir / "reviewed.yaml", reviewed_sections(page))
            reviewed_written = True
        result = runner.invoke(main, args[1:])
        assert result.exit_code in (0, 1), f"{command}\n{result.output}"  # ASK prints false and exits 1
        assert matches(expected, result.output), f"$ {command}\n--- page says:\n{expected}--- got:\n{result.output}"
    assert reviewed_written
    # What the page promises about the written facts file.
    written = (workdir / "data" / "facts" / "gateway-japan.yaml").read_text(encoding="utf-8")
    assert "# Tokyo the city, where JAXA is based, not Japan" in written and "#>" not in written
    assert "At the end of 2020" not in written  # no sentence of the article in the curated data


def test_the_matcher() -> None:
    assert matches("a ... c\n", "a b c\n") and not matches("a c\n", "a b c\n")
    assert matches("x\n...\nz\n", "x\n1\n2\nz\n") and matches("x\n...\nz\n", "x\nz\n")
    assert not matches("x\n", "x\ny\n")
