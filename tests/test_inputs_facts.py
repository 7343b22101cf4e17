"""Hostile or careless facts files: one FactsError naming file and line, never a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.errors import FactsError
from spacekg.model.facts import MAX_DEPTH, check_dataset, load_facts_file, parse_facts

HEADER = f"""spacekg: 1
source:
  id: src
  type: NewsArticle
  label: "A source"
  sha256: {"a" * 64}
  characters: 100
  mention: [0, 10]
entities:
  - {{id: russia, type: Country, label: Russia, mention: [0, 10]}}
  - {{id: ilrs, type: Program, label: ILRS, mention: [10, 20]}}
"""


def error_for(text: str) -> FactsError:
    with pytest.raises(FactsError) as info:
        check_dataset([parse_facts(text, "bad.yaml")])
    assert "\n" not in str(info.value)
    return info.value


def test_the_header_alone_is_valid() -> None:
    check_dataset([parse_facts(HEADER, "ok.yaml")])


@pytest.mark.parametrize(
    ("old", "new", "line", "expected"),
    [
        ("type: Country", "type: [[Country]]", 10, "'type' must be a class name or a list of them, not [['Country']]"),
        ("type: Country", "type: {a: 1}", 10, "'type' must be a class name or a list of them, not {'a': 1}"),
        ("characters: 100", "characters: !!int seven", 7, "YAML tag '!!int' is not allowed"),
        ("characters: 100", "characters: !!float abc", 7, "YAML tag '!!float' is not allowed"),
        ("characters: 100", "characters: !!timestamp 2021-99-99", 7, "YAML tag '!!timestamp' is not allowed"),
        ("label: Russia", "label: !!python/object/apply:os.system [true]", 10, "'!!python/object/apply:os.system'"),
        ("label: Russia", "label: !local x", 10, "YAML tag '!local' is not allowed"),
        ("label: Russia", "label: 2021-99-99", 10, "cannot read the value '2021-99-99' (month must be in 1..12)"),
        ("characters: 100", "characters: " + "9" * 5000, 7, "cannot read the value '999"),
        ("label: Russia", 'label: "Rus\\ud800sia"', 10, "the text 'Rus\\ud800sia' contains a lone surrogate"),
        ("label: Russia", 'label: "\\udfff"', 10, "contains a lone surrogate"),
        ("label: Russia", "label: &a Russia", 10, "anchors and aliases"),
    ],
)
def test_bad_values_name_line_and_value(old: str, new: str, line: int, expected: str) -> None:
    assert old in HEADER
    err = error_for(HEADER.replace(old, new, 1))
    assert err.line == line
    assert expected in err.detail


def test_relation_given_as_a_list_is_checked_before_it_is_looked_up() -> None:
    err = error_for(HEADER + "facts:\n  - {subject: russia, relation: [startYear], value: 3, evidence: [[0, 5]]}\n")
    assert err.line == 13
    assert "'relation' must be one relation name, not ['startYear']" in err.detail


@pytest.mark.parametrize("key", ["modality: [planned]", "modality: {a: 1}"])
def test_modality_of_the_wrong_type(key: str) -> None:
    err = error_for(
        HEADER + f"facts:\n  - {{subject: russia, relation: leads, object: ilrs, {key}, evidence: [[0, 5]]}}\n"
    )
    assert "modality" in err.detail


def test_status_of_the_wrong_type() -> None:
    err = error_for(HEADER.replace("label: Russia", "label: Russia, status: [new]"))
    assert "status ['new'] must be 'new' or 'linked'" in err.detail


@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_deep_nesting_is_refused_without_recursion_error(opening: str) -> None:
    depth = 100_000
    if opening == "- ":
        nested = "\n  " + "- " * 200 + "1"  # block style
    else:
        closing = "]" if opening == "[" else "}"
        nested = opening * depth + ("1" if opening != "[" else "") + closing * depth
    err = error_for(HEADER + "x: " + nested + "\n")
    assert f"nested more than {MAX_DEPTH} levels deep" in err.detail
    assert err.line is not None and err.line >= 12


def test_nesting_within_the_limit_is_still_parsed() -> None:
    err = error_for(HEADER + "x: " + "[" * 10 + "]" * 10 + "\n")
    assert "unknown key 'x'" in err.detail


def test_endless_facts_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACEKG_MAX_INPUT_MB", "1")
    endless = tmp_path / "zero.yaml"
    endless.symlink_to("/dev/zero")
    with pytest.raises(FactsError, match=r"larger than 1 MB; if it really is that large, set SPACEKG_MAX_INPUT_MB"):
        load_facts_file(endless)


def test_not_utf8_names_the_byte(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(HEADER.encode().replace(b"Russia", b"Rus\xffsia"))
    with pytest.raises(FactsError, match=r"bad.yaml: not UTF-8 text \(byte \d+\)"):
        load_facts_file(bad)


def test_cli_build_surrogate_label_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text(HEADER.replace("label: Russia", 'label: "Rus\\ud800sia"'), encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(main, ["build", "--facts", str(facts), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "lone surrogate" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_cli_build_with_dev_zero_as_source_exits_2(tmp_path: Path) -> None:
    import subprocess

    env = {**os.environ, "SPACEKG_MAX_INPUT_MB": "8"}
    proc = subprocess.run(
        [sys.executable, "-m", "spacekg.cli", "build", "--source", "/dev/zero", "--out", str(tmp_path / "kg.ttl")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert "/dev/zero: the input is larger than 8 MB" in proc.stderr
    assert "Traceback" not in proc.stderr
