"""Feedback on long work, and `query --graph` on a large file parsed only once.

The progress bars are checked in a real pseudo-terminal (a bar is drawn only
when stderr is a terminal); the store cache with a lowered size threshold, so
small files exercise it.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from bench.synthetic import generate
from click.testing import CliRunner

import spacekg.query.cache as cache
from spacekg.cli import main

runner = CliRunner()
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a skg:leads ?p }"


def in_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run spacekg with stderr (and stdout) on a pseudo-terminal; return its exit code and output."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "spacekg.cli", *args],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.nt"
    generate(40_000, path)  # about 5 MB: over the 2 MB progress threshold
    return path


def test_load_shows_a_progress_bar_in_a_terminal_only(big_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "100"}
    code, shown = in_terminal(["load", "--store", f"oxigraph:{tmp_path / 'a'}", str(big_file)], env)
    assert code == 0, shown
    assert "Loading 1 file(s)" in shown and "100%" in shown
    code, shown = in_terminal(["load", "--quiet", "--store", f"oxigraph:{tmp_path / 'b'}", str(big_file)], env)
    assert code == 0 and "Loading" not in shown and "triples after loading" in shown
    piped = subprocess.run(
        [sys.executable, "-m", "spacekg.cli", "load", "--store", f"oxigraph:{tmp_path / 'c'}", str(big_file)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert piped.stderr == ""  # not a terminal: no bar


def test_query_graph_bar(big_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "100", "SPACEKG_CACHE_DIR": str(tmp_path / "cache")}
    code, shown = in_terminal(["query", "--graph", str(big_file), COUNT], env)
    assert code == 0 and "Parsing big.nt" in shown and "100%" in shown and "4000" in shown


def test_second_query_opens_the_cached_store(big_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACEKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 1000)
    first = runner.invoke(main, ["query", "--graph", str(big_file), COUNT, "--format", "csv"])
    assert first.exit_code == 0, first.output
    stores = list((tmp_path / "cache" / "stores").iterdir())
    assert len(stores) == 1 and (stores[0] / "COMPLETE").is_file()

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was parsed again")

    with monkeypatch.context() as patched:
        patched.setattr(cache, "load_with_progress", no_parsing)
        second = runner.invoke(main, ["query", "--graph", str(big_file), COUNT, "--format", "csv"])
        assert second.exit_code == 0, second.output
        assert second.output == first.output
        os.utime(big_file)  # touched, same content: the same store serves
        touched = runner.invoke(main, ["query", "--graph", str(big_file), COUNT, "--format", "csv"])
        assert touched.output == first.output

    copy = tmp_path / "changed.nt"
    copy.write_bytes(big_file.read_bytes())
    before = runner.invoke(main, ["query", "--graph", str(copy), COUNT, "--format", "csv"]).output
    assert before == first.output and len(list((tmp_path / "cache" / "stores").iterdir())) == 1  # same content
    with copy.open("a", encoding="utf-8") as handle:
        handle.write(
            "<https://w3id.org/spacekg/id/x> <https://w3id.org/spacekg/ontology#leads> <https://w3id.org/spacekg/id/y> .\n"
        )
    after = runner.invoke(main, ["query", "--graph", str(copy), COUNT, "--format", "csv"]).output
    n_before = int(before.split()[-1])
    assert int(after.split()[-1]) == n_before + 1  # a changed file is parsed again, never answered stale
    assert len(list((tmp_path / "cache" / "stores").iterdir())) == 2  # big.nt's store stays: still in use


def test_a_bad_large_file_is_a_clear_error_and_caches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACEKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 10)
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> <c> .\nthis is not N-Triples\n", encoding="utf-8")
    result = runner.invoke(main, ["query", "--graph", str(bad), COUNT])
    assert result.exit_code == 2 and "bad.nt: not valid" in result.output
    assert list((tmp_path / "cache" / "stores").iterdir()) == []


def test_export_shows_a_progress_bar_in_a_terminal_only(big_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "100"}
    out = tmp_path / "big.ttl"
    code, shown = in_terminal(["export", "--graph", str(big_file), "--format", "turtle", "--out", str(out)], env)
    assert code == 0, shown
    assert "Exporting big.nt" in shown and "100%" in shown and out.stat().st_size > 0
    code, shown = in_terminal(["export", "-q", "--graph", str(big_file), "--format", "nt", "--out", str(out)], env)
    assert code == 0 and "Exporting" not in shown and "Wrote" in shown


def test_the_library_reports_long_work_to_a_callback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build and export report their steps only when their input is large;
    the library prints nothing itself."""
    import spacekg
    import spacekg.core.progress as progress
    from tests.conftest import FACTS_DIR

    seen: list[tuple[str, int, int]] = []
    spacekg.build([FACTS_DIR], out=tmp_path / "small.ttl", progress=lambda *report: seen.append(report))
    assert seen == []  # the article's facts are small: quick work is not reported
    monkeypatch.setattr(progress, "LARGE_BYTES", 1)
    spacekg.build([FACTS_DIR], out=tmp_path / "kg.ttl", progress=lambda *report: seen.append(report))
    assert seen[0] == ("Building", 0, 5) and seen[-1] == ("Building", 5, 5)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)
    seen.clear()
    spacekg.load(tmp_path / "kg.ttl").export("jsonld", progress=lambda *report: seen.append(report))
    assert seen[0] == ("Exporting kg.ttl", 0, 2) and seen[-1] == ("Exporting kg.ttl", 2, 2)


def test_build_bar_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI draws the library's reports on stderr when it is a terminal
    (forced here), never with --quiet or when stderr is piped."""
    import spacekg.cli as cli
    import spacekg.core.progress as progress

    monkeypatch.setattr(progress, "LARGE_BYTES", 1)
    args = ["build", "--out", str(tmp_path / "kg.ttl")]
    piped = runner.invoke(main, args)
    assert piped.exit_code == 0 and "Building" not in piped.stderr
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    terminal = runner.invoke(main, args)
    assert terminal.exit_code == 0 and "Building" in terminal.stderr and "Wrote" in terminal.stdout
    quiet = runner.invoke(main, [*args, "--quiet"])
    assert quiet.exit_code == 0 and "Building" not in quiet.stderr
