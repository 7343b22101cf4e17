"""The one id rule every caller uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spacekg.core.ids import slugify
from spacekg.model.facts import SLUG


def test_examples() -> None:
    assert slugify("Roscosmos State Corporation") == "roscosmos-state-corporation"
    assert slugify("  Chang'e-6 ") == "chang-e-6"
    assert slugify("!!!") == ""
    long = "draft resolution on keeping nuclear weapons out of orbit in the security council"
    cut = slugify(long, 60)
    assert len(cut) <= 60 and long.replace(" ", "-").startswith(cut) and not cut.endswith("-")
    assert cut == "draft-resolution-on-keeping-nuclear-weapons-out-of-orbit-in"  # whole words only


@given(st.text(max_size=200), st.integers(min_value=1, max_value=80))
def test_slugs_are_valid_ids_and_cut_at_word_boundaries(text: str, limit: int) -> None:
    full, cut = slugify(text), slugify(text, limit)
    assert full == "" or SLUG.match(full)
    assert cut == "" or SLUG.match(cut)
    assert len(cut) <= limit and full.startswith(cut)
    if cut and len(full) > len(cut) and "-" in full[1 : limit + 1]:
        assert full[len(cut)] == "-"  # the cut falls between words
