"""The ``spacekg`` command line: a thin layer over the library.

Each command parses options, calls the library, and turns SpaceKGError into
a message and an exit code (0 ok, 1 the data fails a check, 2 could not
run). Heavy libraries are imported inside commands so ``--help`` is fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from spacekg import __version__
from spacekg.errors import SpaceKGError

DEFAULT_GRAPH = "data/spacekg.ttl"
F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """A SpaceKGError shown without a traceback, with its own exit code."""

    def __init__(self, error: SpaceKGError) -> None:
        super().__init__(str(error))
        # click declares exit_code as a class variable; ours varies per error.
        self.exit_code = error.exit_code  # type: ignore[misc]


@contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except SpaceKGError as error:
        raise UserError(error) from None


def graph_option(func: F) -> F:
    return click.option(
        "--graph",
        "graph_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=DEFAULT_GRAPH,
        show_default=True,
        help="RDF file to read (syntax from the extension).",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="spacekg")
def main() -> None:
    """Build, check and query a linked-data knowledge graph of space politics.

    Example:

        spacekg build --source ../shared/seeds/000_814fbd7705b27452.txt
    """


@main.command()
@click.option(
    "--facts",
    "facts",
    multiple=True,
    type=click.Path(path_type=Path),
    default=["data/facts"],
    show_default=True,
    help="Facts file or folder of *.yaml facts files (repeatable).",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Your copy of a source text (repeatable). Checked against the facts' SHA-256; "
    "adds exact quotes to the evidence.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_GRAPH,
    show_default=True,
    help="Turtle file to write.",
)
@click.option(
    "--base",
    default="https://w3id.org/spacekg/id/",
    show_default=True,
    help="Base IRI for data (entities, facts, claims, evidence).",
)
def build(facts: tuple[Path, ...], sources: tuple[Path, ...], out: Path, base: str) -> None:
    """Build the knowledge graph from curated facts files.

    Loads the facts, turns them into ontology + data + provenance triples,
    validates them with SHACL, and writes one Turtle file. Nothing is written
    if any step fails.

    Example:

        spacekg build --source ../shared/seeds/000_814fbd7705b27452.txt --out data/spacekg.ttl
    """
    from spacekg.build import build as run_build
    from spacekg.namespaces import check_base

    try:
        check_base(base)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base") from None
    with user_errors():
        result = run_build(facts=facts, out=out, sources=sources, base=base)
    counts = ", ".join(f"{n} {name}" for name, n in result.counts.items())
    click.echo(f"Wrote {result.out} ({result.triples} triples: {counts}).")
    if result.quoted_sources:
        click.echo(f"Evidence quotes taken from: {', '.join(str(p) for p in sources)}.")
    else:
        click.echo("No --source given: evidence has character offsets only, no quotes.")


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), required=False)
@graph_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; use the exit code.")
def validate(file: Path | None, graph_path: Path, quiet: bool) -> None:
    """Check a graph (FILE, or --graph) against the SHACL shapes and the ontology.

    Exit code 0: conforms; 1: violations (a report is printed); 2: could not run.

    Example:

        spacekg validate data/spacekg.ttl
    """
    from spacekg.graphio import read_graph
    from spacekg.validate import validate_graph

    file = file or graph_path

    with user_errors():
        result = validate_graph(read_graph(file))
    if result.conforms:
        if not quiet:
            click.echo(f"{file}: conforms to the spacekg shapes.")
        return
    if not quiet:
        click.echo(result.report)
        click.echo(f"{file}: {result.violations} violation(s).", err=True)
    sys.exit(1)


@main.command()
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("phrase")
def locate(source: Path, phrase: str) -> None:
    """Print the [start, end] sentence spans of SOURCE that contain PHRASE.

    A helper for curators writing evidence offsets into a facts file.

    Example:

        spacekg locate article.txt "joint statement"
    """
    from spacekg.text import locate as find_spans
    from spacekg.text import read_source

    with user_errors():
        text, _ = read_source(source)
    spans = list(find_spans(text, phrase))
    if not spans:
        raise click.ClickException(f"{phrase!r} occurs in no sentence of {source}")
    for start, end in spans:
        click.echo(f"[{start}, {end}]")


if __name__ == "__main__":  # pragma: no cover
    main()
