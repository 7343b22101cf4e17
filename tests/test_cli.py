"""The CLI in-process: build, validate, locate, help, exit codes, safe writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from spacekg.cli import main
from tests.conftest import FACTS_FILE, require_seed

runner = CliRunner()


def run(*args: str) -> click.testing.Result:
    return runner.invoke(main, list(args), catch_exceptions=False)


def all_commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_with_an_example(name: str) -> None:
    for flag in ("--help", "-h"):
        result = run(name, flag)
        assert result.exit_code == 0, result.output
        assert "Example:" in result.output


def test_version() -> None:
    from spacekg import __version__

    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys, spacekg.cli\n"
        "heavy = [m for m in ('rdflib', 'pyshacl', 'yaml', 'networkx', 'pyvis', 'owlready2') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_build_writes_and_reports(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    result = run("build", "--facts", str(FACTS_FILE), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.output
    assert "120 facts, 36 claims" in result.output
    assert "no quotes" in result.output
    assert len(Graph().parse(out)) > 2000


def test_build_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert run("build", "--facts", str(FACTS_FILE), "--out", str(first)).exit_code == 0
    # A fresh interpreter with another hash seed must give the same bytes.
    subprocess.run(
        [sys.executable, "-m", "spacekg.cli", "build", "--facts", str(FACTS_FILE), "--out", str(second)],
        check=True,
        capture_output=True,
        env={"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"},
    )
    assert first.read_bytes() == second.read_bytes()


def test_build_with_source_adds_quotes(tmp_path: Path) -> None:
    seed = require_seed()
    out = tmp_path / "kg.ttl"
    result = run("build", "--facts", str(FACTS_FILE), "--source", str(seed), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "quotes taken from" in result.output
    assert "oa:TextQuoteSelector" in out.read_text(encoding="utf-8")


def bad_build(tmp_path: Path, *extra: str, facts: str | None = None) -> tuple[click.testing.Result, Path]:
    """Run a failing build over an existing output; return result and output."""
    out = tmp_path / "kg.ttl"
    out.write_text("previous output\n", encoding="utf-8")
    facts_path = FACTS_FILE
    if facts is not None:
        facts_path = tmp_path / "facts.yaml"
        facts_path.write_text(facts, encoding="utf-8")
    result = run("build", "--facts", str(facts_path), "--out", str(out), *extra)
    return result, out


def assert_untouched(out: Path) -> None:
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []


def facts_with(old: str, new: str) -> str:
    text = FACTS_FILE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("relation: leads\n    object: ilrs", "relation: leads\n    object: ilrs-x", "unknown entity 'ilrs-x'"),
        ("type: SpaceAgency", "type: SpaceAgencee", "unknown type 'SpaceAgencee'"),
        ("relation: near", "relation: nearby", "unknown relation 'nearby'"),
        ("value: 2021", "value: 20x21", "must be a whole number"),
        ("mention: [0, 41]", "mention: [0, 99999]", "outside the text"),
        ("  - id: japan\n", "  - id: canada\n", "duplicate entity id 'canada'"),
        ("entities:\n", "entities:\n  - id: [\n", "YAML syntax error"),
    ],
)
def test_bad_facts_exit_2_and_keep_old_output(tmp_path: Path, old: str, new: str, message: str) -> None:
    result, out = bad_build(tmp_path, facts=facts_with(old, new))
    assert result.exit_code == 2
    assert message in result.output
    assert "facts.yaml:" in result.output  # names the file and line
    assert "Traceback" not in result.output
    assert_untouched(out)


def test_invalid_graph_is_refused_with_exit_1(tmp_path: Path) -> None:
    # Start after end passes the loader but fails the SHACL phase shape.
    result, out = bad_build(tmp_path, facts=facts_with("value: 2025", "value: 2019"))
    assert result.exit_code == 1
    assert "does not conform" in result.output
    assert "no later than its end year" in result.output
    assert_untouched(out)


def test_wrong_source_text_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Not the article.\n", encoding="utf-8")
    result, out = bad_build(tmp_path, "--source", str(other))
    assert result.exit_code == 2
    assert "matches no facts file" in result.output
    assert str(other) in result.output
    assert_untouched(out)


def test_non_utf8_source_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "latin1.txt"
    other.write_bytes("caf\xe9\n".encode("latin-1"))
    result, out = bad_build(tmp_path, "--source", str(other))
    assert result.exit_code == 2
    assert "not UTF-8" in result.output
    assert_untouched(out)


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("build", "--facts", str(FACTS_FILE), "--out", str(blocker / "kg.ttl"))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_base_override(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    result = run("build", "--facts", str(FACTS_FILE), "--out", str(out), "--base", "https://data.example.net/kg/")
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    assert (URIRef("https://data.example.net/kg/russia"), None, None) in graph
    assert not any(str(s).startswith("https://w3id.org/spacekg/id/") for s in graph.subjects())


def test_bad_base_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", "--facts", str(FACTS_FILE), "--out", str(tmp_path / "x.ttl"), "--base", "kg:")
    assert result.exit_code == 2
    assert "--base" in result.output


def test_validate_exit_codes(tmp_path: Path, turtle_file: Path) -> None:
    ok = run("validate", str(turtle_file))
    assert ok.exit_code == 0
    assert "conforms" in ok.output

    broken = tmp_path / "broken.ttl"
    text = turtle_file.read_text(encoding="utf-8").replace('rdfs:label "Russia"@en', 'rdfs:label "Russia"@ru')
    broken.write_text(text, encoding="utf-8")
    bad = run("validate", str(broken))
    assert bad.exit_code == 1
    assert "kg:russia" in bad.output or "id/russia" in bad.output

    missing = run("validate", str(tmp_path / "nope.ttl"))
    assert missing.exit_code == 2
    assert "no such file" in missing.output

    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle", encoding="utf-8")
    unparsable = run("validate", str(garbage))
    assert unparsable.exit_code == 2
    assert "not valid turtle" in unparsable.output


def test_locate_prints_phrase_and_sentence_spans(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    text = "First one. Second has ILRS here. Third: ILRS, ILRS.\nThe ILRS\n\nILRS."
    source.write_text(text, encoding="utf-8")
    result = run("locate", str(source), "ILRS")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "[22, 26] in sentence [11, 32]"
    assert len(lines) == text.count("ILRS") == 5  # every occurrence, several in one sentence too
    for line in lines:
        phrase, sentence = (json.loads(part) for part in line.split(" in sentence "))
        assert text[slice(*phrase)] == "ILRS" and sentence[0] <= phrase[0] < phrase[1] <= sentence[1]
        assert text[slice(*sentence)].strip() == text[slice(*sentence)]
    assert lines[1:3] == ["[40, 44] in sentence [33, 51]", "[46, 50] in sentence [33, 51]"]
    assert run("locate", str(source), "one. Second").output.strip() == "[6, 17] in sentence [0, 32]"
    missing = run("locate", str(source), "Artemis")
    assert missing.exit_code == 1 and "does not occur" in missing.output


def test_validate_reads_the_default_graph_or_graph_option(
    tmp_path: Path, turtle_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shipped = run("validate")  # no data/ here: the release graph shipped with spacekg
    assert shipped.exit_code == 0 and "release/spacekg.ttl: conforms" in shipped.output
    missing = run("validate", "--graph", "nowhere.ttl")
    assert missing.exit_code == 2 and "nowhere.ttl: no such file" in missing.output
    assert run("validate", "--graph", str(turtle_file)).exit_code == 0
    Path("data").mkdir()
    Path("data/spacekg.ttl").write_text("<a> <b> .", encoding="utf-8")
    local = run("validate")  # a local data/spacekg.ttl comes first
    assert local.exit_code == 2 and "data/spacekg.ttl: not valid turtle" in local.output


def test_query_honours_the_base_of_the_graph(tmp_path: Path) -> None:
    """After build --base, named-query ids and kg: in ad-hoc queries mean that base."""
    graph = tmp_path / "other.ttl"
    built = runner.invoke(main, ["build", "--base", "https://data.example.org/kg/", "--out", str(graph)])
    assert built.exit_code == 0, built.output
    csv = ["--format", "csv"]  # full IRIs (the table shows them as kg:, the graph's base)
    timeline = runner.invoke(
        main, ["query", "--graph", str(graph), *csv, "program-timeline", "--param", "program=ilrs"]
    )
    assert timeline.exit_code == 0 and len(timeline.output.splitlines()) == 5, timeline.output
    assert "https://data.example.org/kg/ilrs-stage-1" in timeline.output
    plain = runner.invoke(main, ["query", "--graph", str(graph), *csv, "SELECT ?a { ?a skg:participatesIn kg:ilrs }"])
    assert "https://data.example.org/kg/roscosmos" in plain.output and len(plain.output.splitlines()) == 5
