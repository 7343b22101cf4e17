"""docs/cli-reference.md is generated from --help and must be current; every command is in it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_cli_reference_is_current() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/cli_reference.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_every_command_is_documented() -> None:
    import click

    from spacekg.cli import main

    text = (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    for name in main.list_commands(click.Context(main)):
        assert f"## spacekg {name}\n" in text, name
