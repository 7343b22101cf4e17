"""Output files: written through symlinks, never onto devices or FIFOs, sets committed together."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.core.output import recover, write_atomically, write_files
from spacekg.errors import OutputError


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_symlink_is_written_through_to_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real" / "kg.ttl"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "kg.ttl"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["kg.ttl"]


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "kg.ttl"
    link.symlink_to(tmp_path / "made.ttl")
    write_atomically(link, b"new")
    assert link.is_symlink() and (tmp_path / "made.ttl").read_bytes() == b"new"


def test_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "out.ttl"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match=r"out.ttl: is a FIFO, not a regular file; spacekg writes only regular files"):
        write_atomically(fifo, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_device_is_refused_through_the_cli_and_left_alone(turtle_file: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--graph", str(turtle_file), "--out", "/dev/full", "ASK {}"])
    assert result.exit_code == 2
    assert "/dev/full: is a device, not a regular file" in result.output
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_symlink_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.ttl"
    link.symlink_to("/dev/null")
    with pytest.raises(OutputError, match="is a device"):
        write_atomically(link, b"x")
    assert link.is_symlink()


def test_stale_temp_files_of_dead_runs_are_removed_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "kg.ttl"
    stale = tmp_path / f".kg.ttl.{dead_pid()}.abc123.tmp"
    live = tmp_path / f".kg.ttl.{os.getppid()}.def456.tmp"  # a running process: maybe mid-write
    other = tmp_path / f".other.ttl.{dead_pid()}.x.tmp"
    for path in (stale, live, other):
        path.write_bytes(b"partial")
    write_atomically(target, b"new")
    assert not stale.exists()
    assert live.exists() and other.exists()


def test_a_failed_set_changes_nothing(tmp_path: Path) -> None:
    first, blocked = tmp_path / "kg.ttl", tmp_path / "file" / "kg.void.ttl"
    first.write_bytes(b"old")
    (tmp_path / "file").write_bytes(b"a file where a folder should be")
    with pytest.raises(OutputError, match=r"kg.void.ttl: cannot write \(Not a directory\)"):
        write_files({first: b"new", blocked: b"new"})
    assert first.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "kg.ttl"]


def test_an_interrupted_commit_is_finished_by_the_next_run(tmp_path: Path) -> None:
    """The state a kill between the two renames leaves: the graph renamed, the
    VoID still a temp file, the journal present. The next write finishes it."""
    graph, void = tmp_path / "kg.ttl", tmp_path / "kg.void.ttl"
    pid = dead_pid()
    graph.write_bytes(b"new graph")
    void.write_bytes(b"old void")
    void_tmp = tmp_path / f".kg.void.ttl.{pid}.x1.tmp"
    void_tmp.write_bytes(b"new void")
    journal = tmp_path / f".kg.ttl.{pid}.commit"
    journal.write_text(json.dumps([[str(tmp_path / f".kg.ttl.{pid}.x0.tmp"), str(graph)], [str(void_tmp), str(void)]]))
    recover([graph, void])
    assert (graph.read_bytes(), void.read_bytes()) == (b"new graph", b"new void")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl", "kg.void.ttl"]


def test_a_live_runs_journal_is_left_alone(tmp_path: Path) -> None:
    graph = tmp_path / "kg.ttl"
    journal = tmp_path / f".kg.ttl.{os.getppid()}.commit"
    journal.write_text("[]")
    recover([graph])
    assert journal.exists()


def test_build_writes_the_pair_and_leaves_no_temp_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path / "kg.ttl")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl", "kg.void.ttl"]
