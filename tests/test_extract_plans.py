"""Plans, predictions, conditions and negations in news wordings the first
rules did not read (invented sentences, a red team's: several wordings of each
construction, and look-alikes where it must not fire)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor

Key = tuple[str, str, str]


def stated(extractor: RuleExtractor, text: str) -> dict[Key, set[str | None]]:
    candidates: Candidates = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
    found: dict[Key, set[str | None]] = {}
    for fact in candidates.facts:
        found.setdefault((fact["subject"], fact["relation"], fact["object"]), set()).add(fact.get("modality"))
    return found


ILRS = ("india", "participatesIn", "ilrs")
ACCORDS = ("india", "signs", "artemis-accords")
GATEWAY = ("india", "participatesIn", "lunar-gateway")
ESA = ("india", "memberOf", "esa")

NEGATED = [
    # 'non-' before the noun of membership or signature
    ("India remains a non-signatory of the Artemis Accords.", ACCORDS),
    ("India is still a non-signatory to the Artemis Accords.", ACCORDS),
    # a decision or vote against
    ("India decided against joining the International Lunar Research Station.", ILRS),
    ("India opted against signing the Artemis Accords.", ACCORDS),
    ("India voted against joining the European Space Agency.", ESA),
    ("India has chosen against taking part in the Gateway project.", GATEWAY),
    # put off, postponed, delayed: not done
    ("India postponed joining the International Lunar Research Station.", ILRS),
    ("India has put off signing the Artemis Accords.", ACCORDS),
    ("India delayed signing the Artemis Accords.", ACCORDS),
    ("India has deferred joining the International Lunar Research Station.", ILRS),
    # hesitating
    ("India has hesitated to join the International Lunar Research Station.", ILRS),
    ("India hesitates to sign the Artemis Accords.", ACCORDS),
]


@pytest.mark.parametrize(("text", "key"), NEGATED, ids=[c[0][:48] for c in NEGATED])
def test_more_wordings_of_not_doing_it(extractor: RuleExtractor, text: str, key: Key) -> None:
    assert stated(extractor, text).get(key) == {"negated"}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # litotes: not hesitating is doing it
        ("India did not hesitate to join the International Lunar Research Station.", ILRS, None),
        ("India never hesitated to sign the Artemis Accords.", ACCORDS, None),
        # 'non-' elsewhere, 'against' not after a verb of deciding
        ("India, a non-aligned nation, signed the Artemis Accords.", ACCORDS, None),
        ("India signed the Artemis Accords against the advice of Russia.", ACCORDS, None),
        # 'steered clear of' is no leading
        ("India steered the International Lunar Research Station for a decade.", ("india", "leads", "ilrs"), None),
    ],
)
def test_look_alikes_of_not_doing_it(extractor: RuleExtractor, text: str, key: Key, expected: str | None) -> None:
    assert stated(extractor, text).get(key) == {expected}


def test_steering_clear_is_not_leading(extractor: RuleExtractor) -> None:
    found = stated(extractor, "India steered clear of the International Lunar Research Station.")
    assert found.get(("india", "leads", "ilrs"), {"negated"}) == {"negated"}


PLANNED = [
    # a verb of seeming before 'set', 'poised', 'ready'
    ("India looks set to sign the Artemis Accords.", ACCORDS),
    ("India appears poised to join the International Lunar Research Station.", ILRS),
    ("India seems set to join the Gateway project.", GATEWAY),
    ("India stands ready to join the International Lunar Research Station.", ILRS),
    ("India is on course to sign the Artemis Accords this year.", ACCORDS),
    # work under way, an adverb inside the plan verb, interest
    ("India is in the process of joining the International Lunar Research Station.", ILRS),
    ("India is working to join the International Lunar Research Station.", ILRS),
    ("India hopes eventually to join the International Lunar Research Station.", ILRS),
    ("India intends formally to sign the Artemis Accords.", ACCORDS),
    ("India is keen on joining the International Lunar Research Station.", ILRS),
    ("India has expressed interest in joining the International Lunar Research Station.", ILRS),
    # a time clause after its future main clause
    ("India will sign the Artemis Accords only after parliament ratifies them.", ACCORDS),
]


@pytest.mark.parametrize(("text", "key"), PLANNED, ids=[c[0][:48] for c in PLANNED])
def test_more_wordings_of_a_plan(extractor: RuleExtractor, text: str, key: Key) -> None:
    assert stated(extractor, text).get(key) == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "India would sign the Artemis Accords should the cabinet agree.",
        "India would join the International Lunar Research Station, should Russia pay for it.",
        "India would sign the Artemis Accords were the cabinet to agree.",
        "India could join the Gateway project were its budget to grow.",
    ],
)
def test_a_condition_by_inversion(extractor: RuleExtractor, text: str) -> None:
    assert {m for ms in stated(extractor, text).values() for m in ms} == {"conditional"}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a past second verb does not share the first verb's modal
        ("India will join the Gateway project and signed the Artemis Accords in 2023.", ACCORDS, None),
        ("India plans to join the Gateway project and signed the Artemis Accords last year.", ACCORDS, None),
        # … but a base form does
        ("India will join the Gateway project and sign the Artemis Accords.", ACCORDS, "planned"),
        ("India refused to join the Gateway project and sign the Artemis Accords.", ACCORDS, "negated"),
        # … and a participle shares its auxiliary
        ("India has not joined the Gateway project and signed the Artemis Accords.", ACCORDS, "negated"),
        # a time clause in the past or with no future before it is done
        ("India signed the Artemis Accords after parliament approved them.", ACCORDS, None),
        ("India signs agreements when parliament ratifies the Artemis Accords.", ACCORDS, None),
        # 'should' and 'were' that open no condition
        ("India would sign the Artemis Accords, officials said.", ACCORDS, "planned"),
        ("India was the first to sign the Artemis Accords.", ACCORDS, None),
    ],
)
def test_look_alikes_of_plans_and_conditions(
    extractor: RuleExtractor, text: str, key: Key, expected: str | None
) -> None:
    assert expected in stated(extractor, text).get(key, {"absent"})
    assert None not in stated(extractor, text).get(key, set()) or expected is None


def test_not_one_but_another(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Not Russia but India signed the Artemis Accords.")
    assert found.get(ACCORDS) == {None}
    found = stated(extractor, "Not India but Japan signed the Artemis Accords.")
    assert found.get(ACCORDS, {"negated"}) == {"negated"}
    assert found.get(("japan", "signs", "artemis-accords")) == {None}
    found = stated(extractor, "Not only India but also Japan signed the Artemis Accords.")
    assert found.get(("japan", "signs", "artemis-accords")) == {None}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a perfect's first participle says nothing of the second; its 'not' does
        ("India has withdrawn from the Moon Agreement and joined the Artemis Accords.", ACCORDS, None),
        ("India has pulled out of the Gateway project and signed the Artemis Accords.", ACCORDS, None),
        ("India has never joined the Gateway project and signed the Artemis Accords.", ACCORDS, "negated"),
        # a plan's 'to' is not shared by a past verb after 'and'
        ("India is expected to join the Gateway project and signed the Artemis Accords in 2020.", ACCORDS, None),
        ("India was invited to join the Gateway project and signed the Artemis Accords.", ACCORDS, None),
        ("India is expected to join the Gateway project and sign the Artemis Accords.", ACCORDS, "planned"),
    ],
)
def test_what_a_coordinated_verb_shares(extractor: RuleExtractor, text: str, key: Key, expected: str | None) -> None:
    assert stated(extractor, text).get(key) == {expected}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("India did not rule out joining the International Lunar Research Station.", ILRS, "predicted"),
        ("India has not ruled out signing the Artemis Accords.", ACCORDS, "predicted"),
        ("India has never ruled out joining the Gateway project.", GATEWAY, "predicted"),
        ("India hasn't yet ruled out joining the International Lunar Research Station.", ILRS, "predicted"),
        # ruling it out is a refusal
        ("India ruled out joining the International Lunar Research Station.", ILRS, "negated"),
        ("India has firmly ruled out signing the Artemis Accords.", ACCORDS, "negated"),
    ],
)
def test_not_ruling_out_leaves_it_open(extractor: RuleExtractor, text: str, key: Key, expected: str) -> None:
    assert stated(extractor, text).get(key) == {expected}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # a noun cue whose verb leaves it open states nothing
        ("India's participation in the Gateway project remains uncertain.", GATEWAY, "absent"),
        ("India's membership of the European Space Agency is in doubt.", ESA, "absent"),
        ("India's participation in the International Lunar Research Station is up in the air.", ILRS, "absent"),
        ("India's participation in the Gateway project is unclear.", GATEWAY, "absent"),
        # … or not done yet
        ("India's membership of the European Space Agency is under discussion.", ESA, "planned"),
        ("India's accession to the Artemis Accords is pending.", ACCORDS, "planned"),
        # look-alikes: a verb that dates it
        ("India's participation in the Gateway project began in 2020.", GATEWAY, None),
        ("India's membership of the European Space Agency dates from 1995.", ESA, None),
    ],
)
def test_what_the_verb_after_a_noun_cue_leaves_open(
    extractor: RuleExtractor, text: str, key: Key, expected: str | None
) -> None:
    assert stated(extractor, text).get(key, {"absent"}) == {expected}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # hearsay in the verb group: reported, not the author's statement
        ("India reportedly joined the International Lunar Research Station.", ILRS, "predicted"),
        ("India allegedly signed the Artemis Accords in secret.", ACCORDS, "predicted"),
        ("India has supposedly left the Gateway project.", GATEWAY, "negated"),
        # 'all but' is 'nearly', no 'but' opening a clause
        ("India has all but joined the International Lunar Research Station.", ILRS, "negated"),
        ("India all but signed the Artemis Accords last year.", ACCORDS, "negated"),
        # a letter of intent is a plan
        ("India signed a letter of intent to join the International Lunar Research Station.", ILRS, "planned"),
        ("India expressed its intent to join the Gateway project.", GATEWAY, "planned"),
        # look-alikes
        ("India, reportedly after long talks, joined the International Lunar Research Station.", ILRS, None),
        ("India joined the Gateway project, but all its partners stayed.", GATEWAY, None),
    ],
)
def test_hearsay_nearly_and_intent(extractor: RuleExtractor, text: str, key: Key, expected: str | None) -> None:
    assert stated(extractor, text).get(key) == {expected}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("India was due to sign the Artemis Accords in 2021 but pulled out.", ACCORDS, "negated"),
        ("India had planned to join the Gateway project, but later backed out.", GATEWAY, "negated"),
        ("India was expected to join the International Lunar Research Station but changed its mind.", ILRS, "negated"),
        # look-alike: the clause after 'but' has its own object
        ("India was due to sign the Artemis Accords but pulled out of the Gateway project.", ACCORDS, "planned"),
    ],
)
def test_a_plan_given_up_in_the_next_clause(extractor: RuleExtractor, text: str, key: Key, expected: str) -> None:
    assert stated(extractor, text).get(key) == {expected}
