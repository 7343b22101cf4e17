"""Speed without a change of answer (round speed22): the deeper lookahead of an expression's first characters
(:func:`literals.lead_deep`) finds the same matches, and a mention copied by :func:`base.copied` is the one
``dataclasses.replace`` makes. The candidates of every development text stay byte for byte the same
(``scripts/extract_identical.py``, run before and after each change)."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import spacekg.extract
from spacekg.extract import literals
from spacekg.extract.base import Found, copied
from tests.test_extract_literals import LEAD_TRICKY, _pieces

DEEP_TRICKY = [
    *LEAD_TRICKY,
    r"\b(?:said|says|told)\b",
    r"(?:a\w|b)k",
    r"\bab\w+k|\bs",
    r"a{2,3}b|b+",
    r"(?:ab)*k|s",
    r"(?:a|)(?:b|)k",
    r"(?<!a)(?:k|s)(?=b)a?",
    r"(?i)\bk(?:a|b)",
    r"(?i)(?:s|ſ)(?-i:K)a",
    r"[ab][^a]k",
    r"\bA(?:[abk]+|-)s?",
    r"(?:a|b)(?:\s|k)(?:a|b)",
    r"(?:ab|a)(?:b|-)?",
]


@given(st.text(alphabet="abk- \nAKſs\u212a", max_size=30), st.sampled_from(DEEP_TRICKY), st.integers(2, 4))
def test_lead_deep_finds_the_same_matches(text: str, pattern: str, depth: int) -> None:
    """Behind the lookahead of the strings its matches begin with, an expression matches exactly where it did, with
    the same groups, from any place (also with case ignored, where 'K' is matched by the Kelvin sign)."""
    plain = re.compile(pattern)
    led = literals.lead_deep(plain, depth)
    assert [(m.span(), m.groups()) for m in led.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    for pos in range(len(text) + 1):
        a, b = led.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_lead_deep_reads_the_first_words() -> None:
    assert literals.lead_deep(re.compile(r"\b(?:said|says|told)\b")).pattern == (
        r"(?=[st])(?=(?:sa(?:i|y)|tol))(?:\b(?:said|says|told)\b)"
    )
    # an unknown character ends a string early ('ab' then a word character); a back reference too
    assert literals.lead_deep(re.compile(r"\bab\w+c|\bxyz")).pattern == r"(?=[ax])(?=(?:ab|xyz))(?:\bab\w+c|\bxyz)"
    # a match that may begin anywhere, and one known only by its first letter, are left to lead()
    for pattern in [r"\b\w+", r"(?:a|b?)c*", r"(?x) \b (?:a|b) # words", r"."]:
        assert literals.lead_deep(re.compile(pattern)).pattern == pattern
    assert literals.lead_deep(re.compile(r"\b(?:a|b)\w")).pattern == literals.lead(re.compile(r"\b(?:a|b)\w")).pattern


def _all_patterns() -> list[re.Pattern[str]]:
    """The compiled expressions of every module of the extractor."""
    found = []
    for info in pkgutil.iter_modules(spacekg.extract.__path__):
        module = importlib.import_module(f"spacekg.extract.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


def test_every_rule_expression_led_deep_matches_as_before() -> None:
    """Every compiled expression of the extractor's modules that :func:`literals.lead_deep` changes finds the same
    matches with the same groups in every eighth development sentence (and with its first word lowered); those
    the modules use led deep, in every one."""
    pieces = _pieces()
    patterns = {id(p): p for p in _all_patterns()}  # (every module imported first: their expressions in LED)
    plain_of = {id(led): plain for led, plain in literals.LED}
    checked = used = 0
    for module_pattern in patterns.values():
        pattern = plain_of.get(id(module_pattern), module_pattern)
        led = literals.lead_deep(pattern)
        if led is pattern:
            continue
        checked += 1
        deep = led.pattern == module_pattern.pattern  # one the extractor uses led deep
        used += deep
        for piece in pieces if deep else pieces[::16] + pieces[1::16]:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(piece)]
            assert [(m.span(), m.groups()) for m in led.finditer(piece)] == expected, (pattern.pattern, piece)
    assert checked > 100 and used >= 4


FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "start": st.integers(0, 99),
        "end": st.integers(0, 99),
        "entity": st.text(max_size=4),
        "new": st.booleans(),
        "type": st.sampled_from(["", "Person", "Organization"]),
        "label": st.text(max_size=4),
        "confidence": st.floats(0, 1),
        "rule": st.text(max_size=4),
    },
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(FIELDS, FIELDS)
def test_copied_is_dataclasses_replace(fields: dict[str, object], changes: dict[str, object]) -> None:
    template = Found(**{"start": 1, "end": 2, "entity": "x", **fields})  # type: ignore[arg-type]
    copy = copied(template, **changes)
    assert copy == dataclasses.replace(template, **changes)  # type: ignore[arg-type]
    assert copy is not template and vars(copy) == vars(dataclasses.replace(template, **changes))  # type: ignore[arg-type]
    assert vars(template) == vars(Found(**{"start": 1, "end": 2, "entity": "x", **fields}))  # type: ignore[arg-type]


def test_found_has_nothing_copied_would_skip() -> None:
    # copied() writes attributes instead of calling __init__: sound only while there is nothing else to run
    assert not hasattr(Found, "__post_init__")
    assert all(f.init for f in dataclasses.fields(Found))
