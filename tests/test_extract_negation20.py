"""Negated membership and taking part, by a grid of wordings (lead, v19 round): a body's name used as a
modifier ('not an EU member', 'not an EU body'), 'outside' a body, alternatives after a negated verb ('or',
'nor', past an apposition), 'rejoined', and 'the Union' / 'the Assembly' after the body's full name. All
sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated

NEG = "negated"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Norway is not an EU member.", [("norway", "memberOf", "european-union")]),
        (
            "Switzerland, which is not an EU member either, signed an agreement with Japan in 2013.",
            [("switzerland", "memberOf", "european-union")],
        ),
        (
            "Norway and Iceland are not EU members.",
            [("norway", "memberOf", "european-union"), ("iceland", "memberOf", "european-union")],
        ),
        ("Norway has never been an EU member.", [("norway", "memberOf", "european-union")]),
        ("ESA is not an EU body.", [("esa", "partOf", "european-union")]),
        ("Norway remains outside the European Union.", [("norway", "memberOf", "european-union")]),
        (
            "Norway, which stays outside the European Union, joined the ILRS.",
            [("norway", "memberOf", "european-union")],
        ),
        (
            "Two countries outside the European Union take part in the programme: Norway and Iceland.",
            [("norway", "memberOf", "european-union"), ("iceland", "memberOf", "european-union")],
        ),
        (
            "Two countries outside the European Union, Norway and Iceland, take part in the programme.",
            [("norway", "memberOf", "european-union"), ("iceland", "memberOf", "european-union")],
        ),
        (
            "Norway has not joined the ILRS or the Artemis program.",
            [("norway", "participatesIn", "ilrs"), ("norway", "participatesIn", "artemis")],
        ),
        (
            "Norway refused to rejoin the ILRS or the Artemis program.",
            [("norway", "participatesIn", "ilrs"), ("norway", "participatesIn", "artemis")],
        ),
        (
            "Norway did not ask to rejoin the ILRS, China's lunar programme, nor the Artemis program.",
            [("norway", "participatesIn", "ilrs"), ("norway", "participatesIn", "artemis")],
        ),
    ],
)
def test_denied_membership_and_taking_part(extractor: RuleExtractor, text: str, facts: list[tuple[str, ...]]) -> None:
    found = stated(extractor, text)
    for fact in facts:
        assert found.get(fact, "absent") == NEG, (text, fact, found)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the same shapes stated: plain facts
        ("Switzerland, which is an EU member, signed an agreement with Japan in 2013.",
         ("switzerland", "memberOf", "european-union")),
        ("ESA is an EU body.", ("esa", "partOf", "european-union")),
        ("Norway rejoined the ILRS in 2024.", ("norway", "participatesIn", "ilrs")),
    ],
)  # fmt: skip
def test_the_same_shapes_stated_are_plain_facts(extractor: RuleExtractor, text: str, fact: tuple[str, ...]) -> None:
    found = stated(extractor, text)
    assert fact in found and found[fact] is None, (text, found)  # type: ignore[comparison-overlap]


def test_near_misses_give_no_denial_or_no_fact(extractor: RuleExtractor) -> None:
    # a positive verb's 'or' names no one for sure
    found = stated(extractor, "Norway has joined the ILRS or the Artemis program.")
    assert ("norway", "participatesIn", "artemis") not in found, found
    # 'but not': the first stated, the second never a plain fact
    found = stated(extractor, "Norway joined the ILRS but not the Artemis program.")
    assert found.get(("norway", "participatesIn", "ilrs"), "absent") is None, found
    assert ("norway", "participatesIn", "artemis") not in plain(found), found
    # a plural noun with an article, a singular one without, a person: no membership
    for text in ("Norway is EU policy.", "Jane Example is not an EU member."):
        found = stated(extractor, text)
        assert not any(r in ("memberOf", "partOf") and o == "european-union" for _, r, o in found), (text, found)
    # the name after 'outside' is no actor of the verb
    found = stated(extractor, "Two countries outside the European Union take part in the ILRS.")
    assert not any(s == "european-union" and r == "participatesIn" for s, r, _ in found), found


@pytest.mark.parametrize(
    ("text", "head", "entity"),
    [
        ("The European Union launched the ILRS. Norway is outside the Union.", "Union", "european-union"),
        ("The UN General Assembly met in New York. Later the Assembly adopted a resolution.", "Assembly",
         "un-general-assembly"),
    ],
)  # fmt: skip
def test_the_head_word_after_the_names_the_body_named_before(
    extractor: RuleExtractor, text: str, head: str, entity: str
) -> None:
    candidates = run(extractor, text)
    at = text.rindex(head)
    assert any(m.start == at and m.entity == entity for m in candidates.mentions), [
        (text[m.start : m.end], m.entity) for m in candidates.mentions
    ]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # a noun of joining whose predicate plans it
        ("China's joining of the ILRS is planned for 2026.", [("china", "participatesIn", "ilrs")]),
        # a counted plural subject before a verb group of intention
        (
            "China and Brazil signed the agreement in 1988. The two countries plan to join the ILRS.",
            [("china", "participatesIn", "ilrs"), ("brazil", "participatesIn", "ilrs")],
        ),
        (
            "China and Russia met in Moscow. Both countries are expected to join the ILRS.",
            [("china", "participatesIn", "ilrs"), ("russia", "participatesIn", "ilrs")],
        ),
    ],
)
def test_plans_told_by_a_noun_or_after_a_counted_subject(
    extractor: RuleExtractor, text: str, facts: list[tuple[str, ...]]
) -> None:
    found = stated(extractor, text)
    for fact in facts:
        assert found.get(fact, "absent") == "planned", (text, fact, found)  # type: ignore[call-overload]
    # the same counted subject with a done verb stays a plain fact
    found = stated(extractor, "China and Brazil met in Rio. The two countries joined the ILRS in 2021.")
    assert found.get(("brazil", "participatesIn", "ilrs"), "absent") is None, found
