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

:func:`scan`, :func:`search` and :func:`which` (the cues of a sentence at once)
answer from one pass per sentence that finds the strings of all the gates
together (:func:`present`), a set operation per rule instead of a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own reader and compiler of expressions
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
        elif op is _parser.ASSERT and av[0] == 1:
            # a lookahead's words are in the text too (it cannot look past the end a search is given)
            inner = _required(av[1])
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


# One pass per sentence for all the gates. A gate expression per rule (below, ``gate``) costs a search
# per rule and sentence, and that was most of what the gates saved. Instead, the strings of every
# pattern asked so far form one trie, tried at every place of a text with a lookahead: ``findall``
# gives the longest string that starts at each place. A string occurs in the text exactly when it is
# a prefix of one of those (both are prefixes of the text where it starts, the found one the longer),
# so a pattern's gate is the set of strings having one of its strings as a prefix, and the question
# "may it match?" is whether that set meets the strings found: no expression, one set operation.
#
# Each pattern's entry by the pattern's id (hashing a pattern hashes its whole compiled code; the
# pattern is kept in the entry, so it stays alive and its id is never another's):
# [pattern, its own gate expression (its source until first needed) or None, its set as above once the finder has
# its strings, its strings].
_GATES: dict[int, list[Any]] = {}
_FINDER: re.Pattern[str] | None = None
_STRINGS: set[str] = set()  # the finder's strings
_PENDING: list[list[Any]] = []  # entries asked since the finder was built: their own gate answers till then
_BUILDS = [0, 0]  # finders built, texts read since the last build
_LONGEST: dict[str, frozenset[str] | None] = {}  # text → the strings found (None: a text asked about once)
_TAILS: dict[str, frozenset[str]] = {}  # text[1:] → the strings found from place 1 on
_WHICH: dict[int, tuple[Any, ...]] = {}  # id(patterns) → (patterns, builds, always, index) for :func:`which`


def _entry(pattern: re.Pattern[str]) -> list[Any]:
    entry = _GATES.get(id(pattern))
    if entry is None:
        strings = required(pattern)
        # the strings share their prefixes in the expression (a trie): a few letters tried at each place
        # (compiled only when first asked: the finder answers for most patterns, and compiling costs at start-up)
        entry = [pattern, _trie(frozenset(strings)) if strings else None, None, strings]
        _GATES[id(pattern)] = entry
        if strings:
            _PENDING.append(entry)
    return entry


def _build() -> None:
    """The finder for the strings of every entry so far; texts already read are read again."""
    global _FINDER
    entries = [e for e in _GATES.values() if e[1] is not None]
    strings = frozenset(s for e in entries for s in e[3])
    _FINDER = re.compile(f"(?=({_trie(strings)}))" if strings else "(?!)()")
    _STRINGS.clear()
    _STRINGS.update(strings)
    longer: dict[str, set[str]] = {}  # a string → the strings it is a prefix of (itself too)
    for s in strings:
        for k in range(1, len(s) + 1):
            if s[:k] in strings:
                longer.setdefault(s[:k], set()).add(s)
    for e in entries:
        e[2] = frozenset().union(*[longer[s] for s in e[3]])
    _PENDING.clear()
    _LONGEST.clear()
    _TAILS.clear()
    _BUILDS[0] += 1
    _BUILDS[1] = 0


def _longest(text: str) -> frozenset[str]:
    """The longest string of the finder found at each place of ``text`` (one pass, kept for the next questions)."""
    found = _LONGEST.get(text)
    if found is not None:
        return found
    # a few finders per process (each compiles the strings of all the gates; the wait grows fourfold): a
    # pattern asked for the first time late waits with its own gate
    if _FINDER is None or (_PENDING and _BUILDS[1] >= 32 << 2 * _BUILDS[0]):
        _build()
    assert _FINDER is not None
    _BUILDS[1] += 1
    # from place 1 on, a sentence and the same sentence with its first letter lowered (as the cues
    # read it) are the same: read once
    tail = text[1:]
    found = _TAILS.get(tail)
    if found is None:
        if len(_TAILS) >= 64:
            _TAILS.clear()
        found = _TAILS[tail] = frozenset(_FINDER.findall(text, 1))
    first = _FINDER.match(text)
    if first is not None:
        found = found | {first.group(1)}
    if len(_LONGEST) >= 64:
        _LONGEST.clear()
    _LONGEST[text] = found
    return found


def present(text: str) -> frozenset[str]:
    """The strings of the patterns asked so far that occur in ``text``."""
    return frozenset(s[:k] for s in _longest(text) for k in range(1, len(s) + 1) if s[:k] in _STRINGS)


def may(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``text`` lacks every string a match of ``pattern`` needs."""
    entry = _GATES.get(id(pattern)) or _entry(pattern)
    if entry[1] is None:
        return True
    found = _LONGEST.get(text)
    if found is None and text in _LONGEST:
        found = _longest(text)  # asked about before: read it once for all the gates
    if found is not None and entry[2] is not None:
        return not entry[2].isdisjoint(found)
    if found is None:  # the first question about this text: the pattern's own gate answers
        if len(_LONGEST) >= 64:
            _LONGEST.clear()
        _LONGEST[text] = None
    return _own_gate(entry).search(text) is not None


def which(patterns: tuple[re.Pattern[str], ...], text: str) -> list[int]:
    """The positions in ``patterns`` of those that may match ``text``, in order: one lookup per
    string found rather than a question per pattern (for a rule trying many cues in turn)."""
    known = _WHICH.get(id(patterns))
    found = _longest(text)
    if known is None or known[1] != _BUILDS[0]:
        entries = [_GATES.get(id(p)) or _entry(p) for p in patterns]
        if any(e[1] is not None and e[2] is None for e in entries):
            _build()  # every pattern's strings in the finder, once
            found = _longest(text)
        index: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            for s in e[2] or ():
                index.setdefault(s, []).append(i)
        always = [i for i, e in enumerate(entries) if e[1] is None]
        known = _WHICH[id(patterns)] = (patterns, _BUILDS[0], always, index)
    index = known[3]
    chosen = set(known[2])
    for s in found:
        chosen.update(index.get(s, ()))
    return sorted(chosen)


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The strings of :func:`required` as one expression (``re`` finds one of many literal
    strings far faster than as many ``in`` tests), or ``None``; built once per pattern."""
    entry = _GATES.get(id(pattern)) or _entry(pattern)
    return _own_gate(entry) if entry[1] is not None else None


def _own_gate(entry: list[Any]) -> re.Pattern[str]:
    """The entry's own gate expression, compiled the first time it is asked for."""
    if isinstance(entry[1], str):
        entry[1] = re.compile(entry[1])
    return entry[1]  # type: ignore[no-any-return]


def scan(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``text`` lacks every string a match needs."""
    entry = _GATES.get(id(pattern))
    if entry is not None and entry[2] is not None:  # the usual case, without a call
        found = _LONGEST.get(text)
        if found is not None:
            return pattern.finditer(text) if not entry[2].isdisjoint(found) else ()
    return pattern.finditer(text) if may(pattern, text) else ()


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, or ``None`` at once when ``text`` lacks every string a match needs."""
    entry = _GATES.get(id(pattern))
    if entry is not None and entry[2] is not None:
        found = _LONGEST.get(text)
        if found is not None:
            return pattern.search(text) if not entry[2].isdisjoint(found) else None
    return pattern.search(text) if may(pattern, text) else None


def fullmatch(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.fullmatch(text, pos, endpos)``, or ``None`` at once when the span lacks every string a match needs."""
    strings = gate(pattern)
    return pattern.fullmatch(text, pos, endpos) if strings is None or strings.search(text, pos, endpos) else None


# The characters a match can begin with. Python's ``re`` finds the places where a match may begin by a
# fast scan only when the expression opens with a literal or a character class; one that opens with
# ``\b``, a lookbehind or a group of alternatives ('\b(?:said|says|told|…)') is tried in full at every
# place. The same expression behind a lookahead of the characters its matches can begin with is
# rejected at most places by one class test, and finds exactly the same matches.
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
LED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []  # (what :func:`lead` made, what it was given), for a test


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a match of ``items`` can begin with (``None``: any) and whether it can match nothing."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item decides (a superset: the assertion only narrows)
        if op is _parser.LITERAL:
            return chars | {chr(av)}, False
        if op is _parser.IN:
            inner = _class(av)
            # (None: a negated class, a category such as \w or \s, a wide range)
            return (None, False) if inner is None else (chars | inner, False)
        if op is _parser.BRANCH:
            empty = False
            for branch in av[1]:
                inner, nullable = _first(branch)
                if inner is None:
                    return None, False
                chars |= inner
                empty |= nullable
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:
            inner, empty = _first(av[-1])
            if inner is None:
                return None, False
            chars |= inner
        elif op in _REPEATS:
            inner, empty = _first(av[2])
            if inner is None:
                return None, False
            chars |= inner
            empty = empty or av[0] == 0
        else:
            return None, False  # anything else (any character, a back reference, flags in a group): unknown
        if not empty:
            return chars, False
    return chars, True


def _class(av: Any) -> set[str] | None:
    """The characters of a class of literals and short ranges, or ``None`` (negated, a category, a wide range)."""
    chars: set[str] = set()
    for kind, value in av:
        if kind is _parser.LITERAL:
            chars.add(chr(value))
        elif kind is _parser.RANGE and value[1] - value[0] < 256:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _starts(items: Any, begun: set[str], depth: int) -> set[str] | None:
    """The strings of ``depth`` characters (fewer where a match may end sooner, or where what comes next is not
    known: those end with _KNOWN) that a match of ``begun`` then ``items`` begins with, each of ``begun`` being
    what came before; ``None`` when there are more than _MANY. A superset: zero-width assertions are passed
    over, as in :func:`_first`."""
    for op, av in items:
        open_ = {b for b in begun if len(b) < depth and not b.endswith(_KNOWN)}
        if not open_:
            return begun  # every string is long enough: what follows does not matter
        if op in _ZERO_WIDTH:
            continue
        if op is _parser.LITERAL or op is _parser.IN:
            chars = {chr(av)} if op is _parser.LITERAL else _class(av)
            if chars is None:
                begun = (begun - open_) | {b + _KNOWN for b in open_}  # (a category, a negated class …)
                continue
            if _KNOWN in chars:
                return None
            begun = (begun - open_) | {b + c for b in open_ for c in chars}
        elif op is _parser.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                inner = _starts(branch, begun, depth)
                if inner is None:
                    return None
                union |= inner
            begun = union
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            inner = _starts(av[-1], begun, depth)
            if inner is None:
                return None
            begun = inner
        elif op in _REPEATS:
            low, high, body = av
            repeated, after = begun, set(begun) if low == 0 else set()
            for count in range(
                1, low + depth + 2
            ):  # past that, more rounds add nothing (each adds a character or nothing)
                if count > high:
                    break
                grown = _starts(body, repeated, depth)
                if grown is None:
                    return None
                if count >= low:
                    if grown <= after:
                        break
                    after |= grown
                repeated = grown
            begun = after
        else:  # any character, a back reference, flags in a group …: the strings so far are all that is known
            begun = (begun - open_) | {b + _KNOWN for b in open_}
        if len(begun) > _MANY:
            return None
    return begun


_MANY = 400
_KNOWN = "\uffff"  # ends a string whose next character is not known (a noncharacter, so in no expression's class)


def lead_deep(pattern: re.Pattern[str], depth: int = 3) -> re.Pattern[str]:
    """Like :func:`lead`, with a second lookahead of the strings of ``depth`` characters its matches begin with
    (as a trie): for a long list of cue words after ``\\b``, where nearly every letter may begin one, most word
    starts are passed at once instead of being tried against every word. ``pattern`` itself when those strings
    are not known (or too many), or when a match may begin with nothing known."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    begun = _starts(tree, {""}, depth)
    if begun is not None:
        begun = {b.removesuffix(_KNOWN) for b in begun}
    if not begun or "" in begun or pattern.flags & re.VERBOSE:
        return pattern
    if max(len(b) for b in begun) == 1:
        return lead(pattern)  # (the first characters alone: the second lookahead would add nothing)
    flags = re.match(r"\(\?[aiLmsux]+\)", pattern.pattern)  # flags for the whole expression stay first
    head = flags.group(0) if flags else ""
    ahead = "".join(re.escape(c) for c in sorted({b[0] for b in begun}))
    led = re.compile(
        f"{head}(?=[{ahead}])(?={_trie(frozenset(begun))})(?:{pattern.pattern[len(head) :]})", pattern.flags
    )
    LED.append((led, pattern))
    return led


def lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of the characters its matches begin with (the same matches,
    found faster when it opens with ``\\b``, a lookbehind or alternatives); ``pattern`` itself when
    they are not known, when it can match nothing, or when ``re`` already scans for its first character."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    chars, empty = _first(tree)
    opening = tree[0][0] if len(tree) else None
    if not chars or empty or opening in (_parser.LITERAL, _parser.IN) or pattern.flags & re.VERBOSE:
        return pattern
    if _compiler._get_literal_prefix(tree, pattern.flags)[0] or _compiler._get_charset_prefix(tree, pattern.flags):
        return pattern  # ('(?:said|says)', '(Example|Sample) \d': re scans for the letters its alternatives open with)
    flags = re.match(r"\(\?[aiLmsux]+\)", pattern.pattern)  # flags for the whole expression stay first
    head = flags.group(0) if flags else ""
    ahead = "".join(re.escape(c) for c in sorted(chars))
    # (in a group: 'a|b' as a whole follows the lookahead)
    led = re.compile(f"{head}(?=[{ahead}])(?:{pattern.pattern[len(head) :]})", pattern.flags)
    LED.append((led, pattern))
    return led
