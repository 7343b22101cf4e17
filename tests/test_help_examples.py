"""Every command's --help ends with examples that copy and paste.

Each example line is read from the help as a user sees it in a narrow
terminal (so a re-wrapped line would be cut and fail), split like a shell
would, and parsed by click against the real command: options, choices,
types and required arguments are all checked. Input files that the reader is
expected to bring (article.txt, reviewed.yaml) may be missing; any other
parse error fails.
"""

from __future__ import annotations

import shlex
import warnings
from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from spacekg.cli import main


def commands(group: click.Group = main, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, group
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))
        else:
            yield (*path, name), command


ALL = sorted(commands(), key=lambda item: item[0])


def examples(path: tuple[str, ...]) -> list[str]:
    result = CliRunner().invoke(main, [*path, "--help"], terminal_width=40)
    assert result.exit_code == 0, result.output
    text = result.output.split("Options:")[0]
    assert "Example" in text, f"spacekg {' '.join(path)} --help has no Example"
    block = text.split("Example", 1)[1]
    lines = [line.strip() for line in block.splitlines()]
    found = [line for line in lines if line.startswith("spacekg")]
    assert found, f"spacekg {' '.join(path)} --help: no example command"
    return found


def remaining(ctx: click.Context) -> list[str]:
    """The tokens a group left for its subcommand (click 8.2+ warns on ``protected_args`` until 9.0 folds them into ``args``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return [*ctx.protected_args, *ctx.args]


def parse(argv: list[str]) -> None:
    """Parse ``argv`` (after 'spacekg') down to the last subcommand, as click would run it."""
    ctx = main.make_context("spacekg", list(argv))
    command: click.Command = main
    args = remaining(ctx)
    while isinstance(command, click.Group) and args:
        name, sub, rest = command.resolve_command(ctx, args)
        assert sub is not None and name is not None
        ctx = sub.make_context(name, rest, parent=ctx)
        command = sub
        args = remaining(ctx) if isinstance(sub, click.Group) else []


@pytest.mark.parametrize(("path", "command"), ALL, ids=[" ".join(p) or "spacekg" for p, _ in ALL])
def test_every_help_example_parses(path: tuple[str, ...], command: click.Command) -> None:
    for line in examples(path):
        argv = shlex.split(line)
        assert argv[0] == "spacekg"
        try:
            parse(argv[1:])
        except click.BadParameter as exc:
            # A file the reader brings; the rest of the line parsed up to it.
            assert "does not exist" in exc.format_message(), f"{line!r}: {exc.format_message()}"
        except click.ClickException as exc:
            pytest.fail(f"{line!r} does not parse: {exc.format_message()}")


def test_examples_are_not_rewrapped() -> None:
    """The long evaluate example stays on one line even at 40 columns."""
    assert "spacekg evaluate candidates.yaml tests/corpus/ilrs-memorandum-2021.gold.yaml" in examples(("evaluate",))


def test_a_broken_example_would_fail() -> None:
    with pytest.raises(click.ClickException):
        parse(["query", "--format", "nonsense", "SELECT * WHERE {}"])
    with pytest.raises(click.UsageError):
        parse(["no-such-command"])
