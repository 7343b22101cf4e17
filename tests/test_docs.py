"""Ontology documentation: every term documented, the committed copy current."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from click.testing import CliRunner

from spacekg.cli import main
from spacekg.model.vocabulary import vocabulary
from tests.conftest import ROOT


def test_docs_cover_every_term_and_are_current(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["docs", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    vocab = vocabulary()
    for term in vocab.classes | vocab.object_properties | set(vocab.datatype_properties):
        assert f'id="{term}"' in page, term
    ElementTree.fromstring((tmp_path / "structure.svg").read_text(encoding="utf-8"))  # well-formed SVG
    for name in ("index.html", "structure.svg"):
        committed = ROOT / "docs" / "ontology" / name
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), (
            f"docs/ontology/{name} is stale: run spacekg docs"
        )


def test_docs_escape_hostile_labels() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF, RDFS

    from spacekg.core.namespaces import SKG
    from spacekg.interop.docs import render_docs

    graph = Graph()
    cls = URIRef(SKG + "Evil")
    graph.add((cls, RDF.type, OWL.Class))
    graph.add((cls, RDFS.label, Literal('<script>alert("x")</script>')))
    graph.add((cls, RDFS.comment, Literal("<img src=x onerror=alert(1)>")))
    page, svg = render_docs(graph)
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert "<text" in svg and "Evil" in svg


# --- the README's examples run, and print what the README shows -------------------


def readme_examples() -> list[tuple[list[str], list[str]]]:
    """(commands, expected output lines) for every README sh block with
    `.venv/bin/spacekg` lines; the output is the text block right after, if any."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(\w*)\n(.*?)```", readme, flags=re.S)
    examples: list[tuple[list[str], list[str]]] = []
    for number, (kind, body) in enumerate(blocks):
        if kind != "sh":
            continue
        commands = [line for line in body.splitlines() if line.startswith(".venv/bin/spacekg ")]
        following = blocks[number + 1] if number + 1 < len(blocks) else ("", "")
        expected = following[1].splitlines() if following[0] == "text" else []
        if commands:
            examples.append((commands, expected))
    return examples


def test_readme_has_two_quick_start_commands_and_venv_examples() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    import re

    commands = [body.strip() for kind, body in re.findall(r"```(\w*)\n(.*?)```", quick, flags=re.S) if kind == "sh"]
    assert commands[0].startswith("python3 -m venv .venv && .venv/bin/pip install")
    assert commands[1] == "sh scripts/test.sh"
    assert len(commands) == 2
    assert len(readme.splitlines()) <= 300
    for banned in ("target missed", "this round", "the issue asked", "(target"):
        assert banned not in readme.lower()
    assert sum(len(commands) for commands, _ in readme_examples()) >= 7


def test_readme_examples_run_and_print_what_the_readme_shows(tmp_path: Path) -> None:
    """Each command runs, in README order, in a fresh copy of the clone's data
    (the shared/ folder beside it); where the README shows output, every shown
    line is printed (paths after file:// may differ). `serve` runs until
    stopped, so it is started, answered and stopped by tests/test_serve.py
    instead."""
    import os
    import shlex
    import shutil
    import subprocess
    import sys

    from tests.conftest import require_seed

    seed = require_seed()
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "data" / "facts", clone / "data" / "facts")
    shutil.copytree(ROOT / "tests" / "corpus", clone / "tests" / "corpus")
    (tmp_path / "shared" / "seeds").mkdir(parents=True)
    shutil.copy(seed, tmp_path / "shared" / "seeds" / seed.name)
    env = {**os.environ, "COLUMNS": "200"}
    spacekg = [sys.executable, "-m", "spacekg.cli"]
    subprocess.run([*spacekg, "build", "--source", f"../shared/seeds/{seed.name}"], cwd=clone, env=env, check=True,
                   capture_output=True)  # fmt: skip
    ran = 0
    for commands, expected in readme_examples():
        shown: list[str] = []
        for command in commands:
            args = shlex.split(command)[1:]
            if args[0] == "serve":
                break
            done = subprocess.run([*spacekg, *args], cwd=clone, env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"{command}: {done.stderr}"
            shown += (done.stdout + done.stderr).splitlines()
            ran += 1
        else:
            command = " && ".join(commands)
        for line in expected if shown else []:
            line = line.split("file://")[0] if "file://" in line else line
            assert any(out.startswith(line) if "file://" in out else out == line for out in shown), (
                f"{command}: the README shows {line!r}; it printed:\n" + "\n".join(shown)
            )
    assert ran >= 6  # every command but serve
    # The Python example, after the commands (so on the graph they built).
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code, printed = re.search(r"```python\n(.*?)```\s*```text\n(.*?)```", readme, flags=re.S).groups()  # type: ignore[union-attr]
    done = subprocess.run([sys.executable, "-c", code], cwd=clone, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == printed
