"""Checks on a SPARQL text before Oxigraph parses it.

Oxigraph's SPARQL parser is recursive: about 10,000 nested brackets
(``FILTER((((…))))`` or ``{{{…}}}``) overflow the native stack and the
process dies with a segmentation fault, which no ``except`` can catch. So
nesting is counted first (outside strings, IRIs and comments) and refused
beyond ``MAX_NESTING`` levels, far more than any real query needs.
"""

from __future__ import annotations

import re

from spacekg.errors import QueryError

MAX_NESTING = 200

_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'  # strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*"  # comments
    r"|[^\"'<#()\[\]{}]+"  # everything else without brackets
    r"|.",
    re.DOTALL,
)
_OPEN, _CLOSE = set("([{"), set(")]}")


def check_nesting(sparql: str) -> None:
    """Refuse a query nested deeper than MAX_NESTING brackets."""
    depth = 0
    for match in _SKIP.finditer(sparql):
        token = match.group()
        if token in _OPEN:
            depth += 1
            if depth > MAX_NESTING:
                line = sparql.count("\n", 0, match.start()) + 1
                raise QueryError(
                    f"the query nests brackets more than {MAX_NESTING} levels deep (line {line}); "
                    "no query needs that many, so it is refused rather than risk crashing the parser"
                )
        elif token in _CLOSE:
            depth = max(0, depth - 1)
