"""Unknown names answered with the nearest valid ones, instead of silence."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from spacekg.errors import SpaceKGError


def suggest(name: str, known: Iterable[str], n: int = 3) -> list[str]:
    """The known names closest to ``name`` (case-insensitively), best first."""
    by_folded: dict[str, str] = {}
    for item in sorted(known):
        by_folded.setdefault(item.casefold(), item)
    close = difflib.get_close_matches(name.casefold(), list(by_folded), n=n, cutoff=0.6)
    return [by_folded[c] for c in close]


def unknown_name_message(name: str, what: str, known: Iterable[str], listing: str | None = None) -> str:
    """``unknown <what> 'x'; did you mean 'y'?`` plus where to see them all."""
    known = sorted(set(known))
    close = suggest(name, known)
    message = f"unknown {what} {name!r}"
    if close:
        message += "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    if listing is not None:
        message += f" {listing}"
    elif len(known) <= 30:
        message += f" Known: {', '.join(known)}"
    return message


def check_names(
    given: Iterable[str], known: Iterable[str], what: str, error: type[SpaceKGError] = SpaceKGError
) -> None:
    """Raise ``error`` naming the first of ``given`` not in ``known``, with suggestions."""
    known_set = set(known)
    for name in sorted(given):
        if name not in known_set:
            raise error(unknown_name_message(name, what, known_set))
