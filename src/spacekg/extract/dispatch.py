"""Cue-gated rule dispatch: a rule function runs only on the sentences that hold its cue words.

Most rule functions of the relation stage open with a loop over the matches of a few expressions
on the sentence, or return at once unless a word is there; on most sentences none of those words
is, and the call does nothing but cost. :data:`REGISTRY` names, for some rule functions, what they
cannot fire without: expressions of the function's own module (every match of which contains one
of the strings :func:`~spacekg.extract.literals.required` reads from it) and plain words (the
function's own ``in`` tests). :func:`gated` wraps a registered function: per sentence, one pass
of one expression made of every registered function's strings finds which are there, and a
function whose strings are all absent is not called (its empty result is returned instead).
The output never changes, only how fast it comes; ``tests/test_extract_dispatch.py`` checks that
on every development text, with :data:`GATING` off and on.

A function that is not registered is returned as it is by :func:`gated` and runs on every
sentence. A registered function must take the sentence view first and read nothing of the
sentence but through its cues (a cue list that misses a word the function can fire on is a
wrong one: :func:`audit` finds the sentences where an ungated run gave something its cues
denied).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from spacekg.extract.linking import _trie
from spacekg.extract.literals import required

F = TypeVar("F", bound=Callable[..., Any])


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class Cues:
    """What a rule function cannot fire without: one of the strings of its ``patterns`` (names of
    expressions in the function's module) or one of its ``words``; ``empty`` its result when it does not run."""

    patterns: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    empty: Callable[[], Any] = _nothing


# By the function's module and name. Patterns are read from the function's own module when it is gated. Each entry
# is what the function's own body tests first: the expressions of its loops, or the words of its opening return.
_DOC = "spacekg.extract.documents."
_COORD = "spacekg.extract.coordination."
_CONTRIB = "spacekg.extract.contributions."
_PART = "spacekg.extract.participants."
REGISTRY: dict[str, Cues] = {
    # six loops over the matches of six expressions, nothing else
    "spacekg.extract.flights.flights": Cues(
        patterns=("ROLE_OF_FLIGHT", "CREW_COLON", "FLEW_UNDER", "FOLLOWED", "EACH_SENT", "ADDED_TO")
    ),
    # returns [] at once unless one of these words is there
    "spacekg.extract.deals.deals": Cues(
        words=("launch", "flights", "rides", "orbit", "carried", "carries", "lofted", "boosted"), empty=list
    ),
    _DOC + "authors": Cues(patterns=("REDUCED_RELATIVE",), words=("that", "which")),
    _DOC + "party_lists": Cues(words=("parties", "signatories", ":")),
    _DOC + "signers": Cues(words=("ratif", "part", "signator")),
    _DOC + "lawmakers": Cues(patterns=("PASSED_LAW",)),
    _DOC + "adoptions": Cues(words=("adopt", "passe", "approv")),
    _DOC + "led_compounds": Cues(words=("-led", "-run")),
    _DOC + "declarations": Cues(patterns=("DECLARED",)),
    _DOC + "instruments": Cues(words=("esolution", "ecision", "ecree")),
    _COORD + "carried_crews": Cues(patterns=("CARRIED",)),
    _COORD + "companions": Cues(words=("ith h",)),
    _COORD + "labelled_members": Cues(patterns=("MEMBERS_LABEL",)),
    _COORD + "founding_members": Cues(patterns=("MEMBERS_OPENING",)),
    "spacekg.extract.rosters.listed_members": Cues(patterns=("MEMBERS_OPENING", "HAS_MEMBERS")),
    "spacekg.extract.rosters.held_meetings": Cues(patterns=("HELD",)),
    # contributions.py: each function's expressions need one of these words (participation22)
    _CONTRIB + "supplied_parts": Cues(
        words=("suppl", "provid", "contribut", "deliver", "furnish", "buil", "design", "made", "make", "develop")
    ),
    _CONTRIB + "parts_supplied_by": Cues(words=(" by ", "from")),
    _CONTRIB + "carried_instruments": Cues(words=("carr", "host", "flew", "flies", "on board")),
    _CONTRIB + "help_given": Cues(words=("help", "assistance", "support", "funding", "aid")),
    _CONTRIB + "committed_to": Cues(
        words=("committed", "contributed", "supplied", "provided", "delivered", "pledged"), empty=list
    ),
    _CONTRIB + "committed_main": Cues(words=("committed",)),
    _CONTRIB + "shared_crafts": Cues(words=("share", "co-own", "jointly")),
    _CONTRIB + "worked_on": Cues(words=("worked", "working")),
    _CONTRIB + "craft_roles": Cues(words=("scientist", "investigator", "science lead", "manager", "director")),
    _CONTRIB + "done_together": Cues(words=("with",)),
    _CONTRIB + "gapped_pairs": Cues(words=("second",)),
    _CONTRIB + "respective_pairs": Cues(words=("respectively",)),
    _CONTRIB + "launcher_operators": Cues(words=("rocket", "launcher", "vehicle", "booster")),
    # groupings.py (bodies23): a plural noun of members after the group's name
    "spacekg.extract.groupings.group_members": Cues(
        words=("members", "countries", "nations", "states", "economies", "governments", "allies", "partners"),
        empty=list,
    ),
    _CONTRIB + "consortium_built": Cues(words=("consortium", "team", "group", "partnership", "alliance")),
    # participants.py (participation23)
    _PART + "jointly_run": Cues(words=("jointly",)),
    _PART + "counted_instruments": Cues(patterns=("COUNTED_INSTRUMENTS",)),
    _PART + "carried_crafts": Cues(words=("carr", "releas", "deploy", "drop", "deliver")),
    _PART + "crew_aboard": Cues(patterns=("ABOARD_LIST",)),
    "spacekg.extract.launchsites.launch_sites": Cues(words=("from", "From", "launche", "where")),  # (sites25)
    "spacekg.extract.cosigners.cosigners": Cues(words=("signed",)),  # (sites25)
    _PART + "launched_owned": Cues(words=("launch",)),
    _PART + "funded_crafts": Cues(words=("upport", "back", "help", "put", "invest", "sank", "sunk")),
    # clients.py (relations24)
    "spacekg.extract.clients.work_for_clients": Cues(patterns=("WORK_FOR",)),
    "spacekg.extract.clients.questioner_outlets": Cues(patterns=("QUESTIONER",)),
}

# The switch: gating on (the default) or off (every function on every sentence, as if unregistered).
GATING = [True]
# While auditing: every function runs; (name, sentence) of each run that gave something its cues denied.
AUDIT: list[list[tuple[str, str]]] = []

_STRINGS: set[str] = set()  # every gated function's strings
_FINDER: list[re.Pattern[str] | None] = [None]
_LONGER: dict[str, frozenset[str]] = {}  # a string found → the registered strings that are its prefixes
_LAST: list[Any] = [None, frozenset()]  # the last sentence asked about and its strings


def strings_of(function: Callable[..., Any], cues: Cues) -> frozenset[str] | None:
    """The strings one of which ``function`` needs in a sentence (None when a pattern's are unknown)."""
    found: set[str] = set(cues.words)
    for name in cues.patterns:
        pattern = function.__globals__[name]
        strings = required(pattern)
        if strings is None:
            return None
        found.update(strings)
    return frozenset(found) if found and "" not in found else None


def _present(sentence: str) -> frozenset[str]:
    """The registered strings in ``sentence``: one pass for all the gated functions (kept for the next question)."""
    if _LAST[0] is sentence:
        return _LAST[1]  # type: ignore[no-any-return]
    finder = _FINDER[0]
    if finder is None:
        # the strings as a trie: where several start at one place, the longest (the others are its prefixes);
        # re skips at once the places whose letter opens none of them
        finder = _FINDER[0] = re.compile(_trie(frozenset(_STRINGS)))
        _LONGER.clear()
    found: set[str] = set()
    match = finder.search(sentence)
    while match is not None:
        longest = match.group()
        prefixes = _LONGER.get(longest)
        if prefixes is None:
            prefixes = _LONGER[longest] = frozenset(longest[:k] for k in range(1, len(longest) + 1)
                                                    if longest[:k] in _STRINGS)  # fmt: skip
        found.update(prefixes)
        match = finder.search(sentence, match.start() + 1)  # (a string may start inside the one found)
    _LAST[0], _LAST[1] = sentence, frozenset(found)
    return _LAST[1]  # type: ignore[no-any-return]


def gated(function: F) -> F:
    """``function`` called only on sentences holding one of its cues, when it is registered; else ``function``."""
    name = f"{function.__module__}.{function.__qualname__}"
    cues = REGISTRY.get(name)
    strings = strings_of(function, cues) if cues is not None else None
    if cues is None or strings is None:
        return function
    _STRINGS.update(strings)
    _FINDER[0] = None
    _LAST[0] = None
    empty = cues.empty

    @functools.wraps(function)
    def run(view: Any, *args: Any, **kwargs: Any) -> Any:
        if not GATING[0]:
            return function(view, *args, **kwargs)
        sentence = view.sentence
        if strings.isdisjoint(_present(sentence)):
            if AUDIT:
                _audit(name, function, sentence, empty(), view, args, kwargs)
            return empty()
        return function(view, *args, **kwargs)

    run.strings = strings  # type: ignore[attr-defined]  # for the tests
    return run  # type: ignore[return-value]


def fires(function: Callable[..., Any], view: Any) -> bool:
    """Whether a function :func:`gated` wrapped may fire on the view's sentence (for a call whose arguments cost
    to build: they are built only then); always true for another function, with gating off, or while auditing."""
    strings: frozenset[str] | None = getattr(function, "strings", None)
    return strings is None or not GATING[0] or bool(AUDIT) or not strings.isdisjoint(_present(view.sentence))


def _audit(
    name: str, function: Callable[..., Any], sentence: str, empty: Any, view: Any, args: Any, kwargs: Any
) -> None:
    """Run a function its cues skipped; note the sentence when it gave something (a result, or a call of
    a function it was handed: the relation stage's ``fact``)."""
    called: list[bool] = []

    def spy(given: Callable[..., Any]) -> Callable[..., Any]:
        def note(*a: Any, **k: Any) -> Any:
            called.append(True)  # (not passed on: the audit leaves the candidates as gating made them)

        return note

    args = tuple(spy(a) if callable(a) and getattr(a, "__name__", "") == "fact" else a for a in args)
    result = function(view, *args, **kwargs)
    if result != empty or called:
        AUDIT[-1].append((name, sentence))


@contextlib.contextmanager
def audit() -> Iterator[list[tuple[str, str]]]:
    """``with audit() as wrong:`` every gated function also runs where its cues say it cannot fire;
    ``wrong`` gets (name, sentence) of each such run that gave something (a wrong cue list)."""
    AUDIT.append([])
    try:
        yield AUDIT[-1]
    finally:
        AUDIT.pop()
