"""The CLI's text inputs: bytes that are not UTF-8, lone surrogates, endless stdin, file names for IRIs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_inline_query_with_bytes_that_are_not_utf8_from_a_real_argv(turtle_file: Path) -> None:
    # Run the real program: the bytes reach Python as surrogate escapes.
    proc = subprocess.run(
        [sys.executable, "-m", "spacekg.cli", "query", "--graph", str(turtle_file), b"SELECT * { ?s ?p \"\xff\" }"],
        capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"}, timeout=60,
    )  # fmt: skip
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, stderr
    assert "argument 4" in stderr and "not UTF-8 text (byte 0xff at position 18)" in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "args",
    [
        ["query", 'SELECT * { ?s ?p "\ud800" }'],
        ["query", "claims-by-stance", "--param", "stance=\udcff", "--param", "target=x"],
        ["view", "--focus", "rus\udcffsia"],
        ["locate", "x.txt", "\ud83d"],
    ],
)
def test_lone_surrogates_in_any_argument_are_refused(args: list[str]) -> None:
    code, output = run(*args)
    assert code == 2
    assert "not UTF-8 text" in output or "lone surrogate" in output


def test_query_file_not_utf8(tmp_path: Path, turtle_file: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b'SELECT * { ?s ?p "\xe9t\xe9" }')
    code, output = run("query", "--graph", str(turtle_file), "-f", str(bad))
    assert code == 2
    assert f"{bad}: not UTF-8 text (byte 18 is 0xe9); save it as UTF-8" in output


def test_query_on_stdin_not_utf8(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "-f", "-", stdin=b'ASK { ?s ?p "\xff" }')
    assert code == 2
    assert "the query on stdin: not UTF-8 text (byte 13 is 0xff)" in output


def test_endless_stdin_is_cut_at_the_query_limit(turtle_file: Path) -> None:
    env = {**os.environ, "SPACEKG_MAX_QUERY_MB": "1"}
    cmd = [sys.executable, "-m", "spacekg.cli", "query", "--graph", str(turtle_file), "-f", "-"]
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(cmd, stdin=zero, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert (
        "the query on stdin: the input is larger than 1 MB; if it really is that large, set SPACEKG_MAX_QUERY_MB"
        in proc.stderr
    )


def test_query_file_that_is_a_device(turtle_file: Path) -> None:
    code, output = run("query", "--graph", str(turtle_file), "-f", "/dev/zero")
    assert code == 2
    assert "/dev/zero: the input is larger than 16 MB" in output


def test_view_query_file_not_utf8(tmp_path: Path, turtle_file: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } # \xff")
    code, output = run("view", "--graph", str(turtle_file), "--query", str(bad), "--out", str(tmp_path / "v.html"))
    assert code == 2
    assert f"{bad}: not UTF-8 text (byte 44 is 0xff)" in output
    assert not (tmp_path / "v.html").exists()


def test_push_with_a_file_for_the_graph_iri(turtle_file: Path) -> None:
    code, output = run("push", "--endpoint", "http://127.0.0.1:9/update", "--graph", str(turtle_file))
    assert code == 2
    assert "is not an absolute IRI" in output
    assert "That is a file: give it as an argument, and the graph's IRI to --graph." in output


def test_push_with_a_relative_name_for_the_graph_iri() -> None:
    code, output = run("push", "--endpoint", "http://127.0.0.1:9/update", "--graph", "graph one")
    assert code == 2
    assert "'graph one' is not an absolute IRI" in output
