"""The project's exception types.

Library code raises these; only the CLI turns them into messages and exit
codes. ``exit_code`` follows pySHACL: 1 means the data failed a check,
2 means the command could not run.
"""

from __future__ import annotations


class SpaceKGError(Exception):
    """Base class: an error the user can fix, with a message saying how."""

    exit_code = 2


class FactsError(SpaceKGError):
    """A facts file is malformed or refers to something that does not exist."""

    def __init__(self, path: object, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class SourceError(SpaceKGError):
    """The source text is missing, unreadable or not the one the facts describe."""


class GraphError(SpaceKGError):
    """An RDF file cannot be read."""


class EmptyGraph(GraphError):
    """A graph has no triples where some are needed (there is nothing to validate)."""

    exit_code = 1


class ValidationFailed(SpaceKGError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 1

    def __init__(self, report: str) -> None:
        self.report = report
        super().__init__(f"the graph does not conform to the shapes:\n{report}")


class OutputError(SpaceKGError):
    """An output file cannot be written."""


class QueryError(SpaceKGError):
    """A query is malformed, or a named query or parameter is wrong."""


class StoreError(SpaceKGError):
    """A store cannot be opened or reached, or answered with an error."""
