"""Write docs/cli-reference.md, the command-line reference, from the commands' own --help.

    python scripts/cli_reference.py            # rewrite docs/cli-reference.md
    python scripts/cli_reference.py --check    # exit 1 if docs/cli-reference.md is stale

tests/test_cli_reference.py runs the check, so the reference cannot drift
from what `spacekg COMMAND --help` prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from spacekg.cli import main

TARGET = Path(__file__).resolve().parent.parent / "docs" / "cli-reference.md"


def _help(command: click.Command, name: str, parent: click.Context | None = None) -> str:
    # A fixed width, so the text does not depend on the terminal that runs this.
    context = click.Context(command, info_name=name, parent=parent, terminal_width=100, max_content_width=100)
    return command.get_help(context)


def reference() -> str:
    root = click.Context(main, info_name="spacekg", terminal_width=100, max_content_width=100)
    lines = [
        "# Command-line reference",
        "",
        "Generated from `spacekg --help` and each command's `--help` by `python scripts/cli_reference.py`;",
        "a test fails when it is out of date. [docs/cli.md](cli.md) is the guide to the commands.",
        "",
        "```",
        _help(main, "spacekg"),
        "```",
        "",
    ]
    for name in sorted(main.list_commands(root)):
        command = main.get_command(root, name)
        assert command is not None
        lines += [f"## spacekg {name}", "", "```", _help(command, name, root), "```", ""]
    return "\n".join(lines)


def run(argv: list[str]) -> int:
    text = reference()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print(f"{TARGET} is stale: run python scripts/cli_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"Wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
