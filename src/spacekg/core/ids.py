"""The id rule: how a name becomes an entity, fact or source id (one place for every caller)."""

from __future__ import annotations

import re

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int | None = None) -> str:
    """Lower-case letters and digits joined by single hyphens ("Roscosmos State
    Corporation" -> "roscosmos-state-corporation"). With ``max_length``, a long
    id is cut at a hyphen, never inside a word (unless its first word is
    longer than that). May return "" when ``text`` has no letter or digit."""
    slug = _NOT_ID.sub("-", text.lower()).strip("-")
    if max_length is not None and len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[1:] else slug[:max_length]
        slug = slug.strip("-")
    return slug
