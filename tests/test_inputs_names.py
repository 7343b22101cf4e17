"""Silent acceptance turned into errors: unknown names get the nearest valid ones; numbers get ranges."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.core.names import suggest, unknown_name_message


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def test_suggest_is_case_insensitive_and_keeps_spelling() -> None:
    assert suggest("place", ["Place", "Person", "Program"]) == ["Place"]
    assert suggest("zzz", ["Place"]) == []
    assert unknown_name_message("x", "class", ["a", "b"]) == "unknown class 'x' Known: a, b"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--classes", "Planet"], "unknown class (--classes) 'Planet'; did you mean 'Place'?"),
        (["--classes", "Country,SpaceAgency,Planet"], "unknown class (--classes) 'Planet'"),
        (["--relations", "leadz"], "unknown relation (--relations) 'leadz'; did you mean 'leads'?"),
        (["--depth", "2"], "--depth is the radius around --focus; give --focus NODE too"),
        (["--focus", "russia", "--depth", "-1"], "Invalid value for '--depth': -1 is not in the range x>=0"),
    ],
)
def test_view_refuses_what_it_would_ignore(turtle_file: Path, tmp_path: Path, args: list[str], expected: str) -> None:
    out = tmp_path / "v.html"
    code, output = run("view", "--graph", str(turtle_file), "--out", str(out), *args)
    assert code == 2
    assert expected in output
    assert not out.exists()


def test_view_accepts_superclasses_and_claim_relations(turtle_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, output = run("view", "--graph", str(turtle_file), "--out", str(out), "--classes", "Agent",
                       "--relations", "opposes,leads", "--focus", "russia", "--depth", "2")  # fmt: skip
    assert code == 0, output
    assert out.is_file()


def test_mistyped_named_query(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "claims-by-stanse")
    assert code == 2
    assert "unknown named query 'claims-by-stanse'; did you mean 'claims-by-stance'" in output
    assert "'spacekg query --list' shows them all." in output
    assert "SPARQL syntax error" not in output


def test_unknown_entity_parameter(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "claims-by-stance",
                       "--param", "stance=opposes", "--param", "target=treaty-proposl")  # fmt: skip
    assert code == 2
    assert "--param target: unknown entity 'treaty-proposl'; did you mean 'treaty-proposal'" in output


def test_unknown_property_parameter(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "claims-by-stance",
                       "--param", "stance=oposes", "--param", "target=treaty-proposal")  # fmt: skip
    assert code == 2
    assert "--param stance: unknown relation 'oposes'; did you mean 'opposes'" in output


def test_known_parameters_still_answer(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "claims-by-stance",
                       "--param", "stance=opposes", "--param", "target=treaty-proposal")  # fmt: skip
    assert code == 0, output
    assert output.strip()


def test_export_part_a_format_ignores(turtle_file: Path) -> None:
    for fmt in ("graphml", "gexf"):
        code, output = run("export", "--graph", str(turtle_file), "--format", fmt, "--part", "claims")
        assert code == 2
        assert f"--part is for RDF formats; --format {fmt} always exports the whole graph" in output


def test_empty_graph_does_not_conform(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix ex: <http://example.org/> .\n")
    code, output = run("validate", str(empty))
    assert code == 1
    assert f"{empty}: the graph is empty (no triples), so there is nothing to validate." in output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["analyze", "--top", "-1"], "Invalid value for '--top': -1 is not in the range x>=1"),
        (["analyze", "--top", "0"], "Invalid value for '--top': 0 is not in the range x>=1"),
        (["serve", "--port", "70000"], "Invalid value for '--port': 70000 is not in the range 0<=x<=65535"),
        (["serve", "--port", "-5"], "Invalid value for '--port': -5 is not in the range 0<=x<=65535"),
        (["serve", "--timeout", "0"], "Invalid value for '--timeout': 0.0 is not in the range x>0"),
        (["serve", "--max-result-bytes", "0"], "Invalid value for '--max-result-bytes'"),
        (["push", "--endpoint", "http://127.0.0.1:9/u", "--graph", "http://g/", "--batch-size", "0"],
         "Invalid value for '--batch-size': 0 is not in the range x>=1"),
    ],
)  # fmt: skip
def test_numeric_ranges(args: list[str], expected: str) -> None:
    code, output = run(*args)
    assert code == 2
    assert expected in output
