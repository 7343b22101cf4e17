"""The words an expression cannot match without, to skip it cheaply.

Python's ``re`` tries an expression at every position of a sentence; for the
rules' long alternations of cue words that is most of the extractor's time,
and most sentences hold none of the words. :func:`required` reads, once at
import, strings of which every match of an expression contains at least one
(``sign`` or ``signature`` or ``accession`` for ``\\bsign(?:ed|s|ing)?\\b|
\\b(?:signature|accession)\\s+…``); :func:`may_match` tests for them with
``in`` (a plain substring search, much faster than the expression) before the
rule runs the expression. The answer never changes, only how fast it comes:
when none of the strings is in the sentence, the expression cannot match.

Strings are read conservatively: only runs of literal characters every match
consumes in a row, in groups without flags of their own, in repeats of at
least one, and in alternations whose every branch has some; expressions that
ignore case are not read at all (:func:`required` gives ``None``, and
:func:`may_match` is then always true).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _parser  # type: ignore[attr-defined]  # the standard library's own reader of expressions
from typing import Any

from spacekg.extract.linking import _trie

_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: a string's chance to be in a sentence taken as falling
    fourfold with each letter ('a' is everywhere, 'with' in few sentences)."""
    if not options:
        return None
    return min(options, key=lambda o: (sum(4.0 ** (1 - len(s)) for s in o), len(o), sorted(o)))


def _required(items: Any) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _parser.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append(frozenset([run]))
            run = ""
        if op is _parser.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                options.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            inner = _required(av[-1])
            if inner is not None:
                options.append(inner)
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(av[2])
            if inner is not None:
                options.append(inner)
    if run:
        options.append(frozenset([run]))
    return _best(options)


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings every match of ``pattern`` contains one of, or ``None`` when none are known."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    found = _required(_parser.parse(pattern.pattern, pattern.flags))
    if found is None or "" in found:
        return None
    # a string containing another is redundant: the shorter one is found wherever the longer is
    kept = {s for s in found if not any(o != s and o in s for o in found)}
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


def may_match(strings: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` holds none of ``strings`` (from :func:`required`), so cannot match."""
    if strings is None:
        return True
    for s in strings:  # noqa: SIM110 - a plain loop: any() with a generator costs more than the tests
        if s in text:
            return True
    return False


# Each pattern's gate by the pattern's id (hashing a pattern hashes its whole compiled code); the
# pattern is kept in the entry, so it stays alive and its id is never another's.
_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The strings of :func:`required` as one expression (``re`` finds one of many literal
    strings far faster than as many ``in`` tests), or ``None``; built once per pattern."""
    entry = _GATES.get(id(pattern))
    if entry is None:
        strings = required(pattern)
        # the strings share their prefixes in the expression (a trie): a few letters tried at each place
        entry = _GATES[id(pattern)] = (pattern, re.compile(_trie(frozenset(strings))) if strings else None)
    return entry[1]


def scan(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``text`` lacks every string a match needs."""
    entry = _GATES.get(id(pattern))
    strings = entry[1] if entry is not None else gate(pattern)
    return pattern.finditer(text) if strings is None or strings.search(text) else ()


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, or ``None`` at once when ``text`` lacks every string a match needs."""
    entry = _GATES.get(id(pattern))
    strings = entry[1] if entry is not None else gate(pattern)
    return pattern.search(text) if strings is None or strings.search(text) else None


def fullmatch(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.fullmatch(text, pos, endpos)``, or ``None`` at once when the span lacks every string a match needs."""
    entry = _GATES.get(id(pattern))
    strings = entry[1] if entry is not None else gate(pattern)
    return pattern.fullmatch(text, pos, endpos) if strings is None or strings.search(text, pos, endpos) else None
