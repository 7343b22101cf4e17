"""Negation, plans, predictions and conditions: a relation the text does not
state as done is never a plain fact (invented sentences)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.modality import modality
from spacekg.extract.rules import Candidates, RuleExtractor
from spacekg.model.facts import Dataset, parse_facts


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def stated(candidates: Candidates) -> dict[tuple[str, str, str], str | None]:
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in candidates.facts}


CASES = [
    ("India has not joined the International Lunar Research Station.", "negated"),
    ("India hasn't joined the International Lunar Research Station.", "negated"),
    ("India declined to take part in the International Lunar Research Station.", "negated"),
    ("India refused to join the International Lunar Research Station.", "negated"),
    ("India never joined the International Lunar Research Station.", "negated"),
    ("India has yet to join the International Lunar Research Station.", "negated"),
    ("India no longer takes part in the International Lunar Research Station.", "negated"),
    ("India has no plans to join the International Lunar Research Station.", "negated"),
    ("India turned down an invitation to join the International Lunar Research Station.", "negated"),
    ("India has joined neither the International Lunar Research Station nor any other programme.", "negated"),
    ("India will join the International Lunar Research Station.", "planned"),
    ("India plans to join the International Lunar Research Station.", "planned"),
    ("India intends to join the International Lunar Research Station.", "planned"),
    ("India is expected to join the International Lunar Research Station next year.", "planned"),
    ("India could join the International Lunar Research Station.", "predicted"),
    ("India is likely to join the International Lunar Research Station.", "predicted"),
    ("India would join the International Lunar Research Station if Russia paid for it.", "conditional"),
    ("India joined the International Lunar Research Station in 2023.", None),
    ("India may join the International Lunar Research Station.", "predicted"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_modality_of_a_relation(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    facts = stated(run(extractor, text))
    assert facts == {("india", "participatesIn", "ilrs"): expected}


def test_the_month_may_is_no_modal_verb(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "Japan signed the Artemis Accords in May, becoming the 40th signatory.")
    assert {f.get("modality") for f in candidates.facts} == {None}
    assert ("japan", "signs", "artemis-accords") in stated(candidates)


def test_negation_wins_and_stays_in_its_clause(extractor: RuleExtractor) -> None:
    text = (
        "Neither India nor Brazil has joined the International Lunar Research Station. "
        "Russia will not take part in the Artemis program. "
        "Japan did not hesitate, and Canada joined the Lunar Gateway."
    )
    facts = stated(run(extractor, text))
    assert facts[("india", "participatesIn", "ilrs")] == "negated"
    assert facts[("russia", "participatesIn", "artemis")] == "negated"  # a negated plan is negated
    assert facts[("canada", "participatesIn", "lunar-gateway")] is None  # the other clause's 'not' stays there


def test_no_negated_sentence_becomes_a_positive_fact(extractor: RuleExtractor) -> None:
    negated = [text for text, expected in CASES if expected == "negated"]
    for text in negated:
        assert all(f.get("modality") == "negated" for f in run(extractor, text).facts), text


def test_modality_is_written_and_loads(extractor: RuleExtractor, dataset: Dataset) -> None:
    from spacekg.extract.rules import to_yaml

    text = "India has not joined the International Lunar Research Station. Japan will sign the memorandum."
    facts = parse_facts(to_yaml(run(extractor, text), dataset.entities()), "c.yaml")
    assert {(f.subject, f.modality) for f in facts.facts} >= {("india", "negated")}


def test_modality_reads_the_verb_group() -> None:
    sentence = "Japan, which had not signed before, will sign the treaty."
    # subject 'Japan' (0-5), cue 'sign' after 'will': the relative clause's 'not' is not this clause's.
    cue = sentence.index("sign the")
    assert modality(sentence, (0, 5), (cue, cue + 4)) == "planned"


def test_a_denied_relation_is_not_asserted_from_another_sentence(extractor: RuleExtractor) -> None:
    text = "India joins the International Lunar Research Station? India has not joined the International Lunar Research Station."
    assert stated(run(extractor, text)) == {("india", "participatesIn", "ilrs"): "negated"}


def test_subject_after_the_verb_keeps_the_clause_negation(extractor: RuleExtractor) -> None:
    text = (
        "The Artemis Accords, which several large countries have not signed, among them India and Pakistan, set rules."
    )
    facts = stated(run(extractor, text))
    assert facts == {
        ("india", "signs", "artemis-accords"): "negated",
        ("pakistan", "signs", "artemis-accords"): "negated",
    }


MORE_CASES = [
    # a verb before the subject forbids it
    ("Congress barred India from joining the International Lunar Research Station.", "negated"),
    # freezing, breaking off, reluctance, little interest
    ("India froze its participation in the International Lunar Research Station.", "negated"),
    ("India is reluctant to join the International Lunar Research Station.", "negated"),
    ("India has shown little interest in joining the International Lunar Research Station.", "negated"),
    ("India opposes joining the International Lunar Research Station.", "negated"),
    # leaving and withdrawing are a stated end of taking part
    ("India will leave the International Lunar Research Station in 2030.", "negated"),
    ("India withdrew from the International Lunar Research Station.", "negated"),
    # under consideration, in talks, asked to: not done
    ("India is considering joining the International Lunar Research Station.", "planned"),
    ("India is in talks on joining the International Lunar Research Station.", "planned"),
    ("India has agreed to join the International Lunar Research Station.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES, ids=[c[0][:40] for c in MORE_CASES])
def test_more_modalities(extractor: RuleExtractor, text: str, expected: str) -> None:
    assert stated(run(extractor, text)) == {("india", "participatesIn", "ilrs"): expected}


def test_a_request_to_someone_else_states_no_relation(extractor: RuleExtractor) -> None:
    for text in (
        "Russia invited India to join the International Lunar Research Station.",
        "China wants India to join the International Lunar Research Station.",
        "Russia urged India to take part in the International Lunar Research Station.",
    ):
        assert stated(run(extractor, text)) == {}, text


def test_a_clause_denied_from_outside_is_negated(extractor: RuleExtractor) -> None:
    for text in (
        "It is not true that India joined the International Lunar Research Station.",
        "There is no evidence that India joined the International Lunar Research Station.",
    ):
        assert stated(run(extractor, text)) == {("india", "participatesIn", "ilrs"): "negated"}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If India joins the International Lunar Research Station, Japan will follow.", "conditional"),
        ("Analysts expect India to join the International Lunar Research Station.", "predicted"),
        ("India's participation in the International Lunar Research Station is planned for 2030.", "planned"),
    ],
)
def test_modality_from_outside_the_verb_group(extractor: RuleExtractor, text: str, expected: str) -> None:
    assert stated(run(extractor, text)) == {("india", "participatesIn", "ilrs"): expected}


VERB_GROUP_CASES = [
    # a negation in a modal, a phrasal verb or an adverb of degree
    ("India cannot join the International Lunar Research Station.", "negated"),
    ("India has held back from joining the International Lunar Research Station.", "negated"),
    ("India has ruled out joining the International Lunar Research Station.", "negated"),
    ("India stopped short of joining the International Lunar Research Station.", "negated"),
    ("India almost joined the International Lunar Research Station.", "negated"),
    ("India nearly joined the International Lunar Research Station.", "negated"),
    # intentions, readiness, schedules and requests granted
    ("India has applied to join the International Lunar Research Station.", "planned"),
    ("India has been invited to join the International Lunar Research Station.", "planned"),
    ("India is ready to join the International Lunar Research Station.", "planned"),
    ("India is keen to join the International Lunar Research Station.", "planned"),
    ("India is on track to join the International Lunar Research Station.", "planned"),
    ("India was supposed to join the International Lunar Research Station.", "planned"),
    ("India is joining the International Lunar Research Station next year.", "planned"),
    # what should or is said to happen is someone's expectation
    ("India should join the International Lunar Research Station.", "predicted"),
    ("India ought to join the International Lunar Research Station.", "predicted"),
    ("India is in line to join the International Lunar Research Station.", "predicted"),
    ("India is said to be joining the International Lunar Research Station.", "predicted"),
    # a condition after ', provided'
    ("India will join the International Lunar Research Station, provided its parliament agrees.", "conditional"),
]


@pytest.mark.parametrize(("text", "expected"), VERB_GROUP_CASES, ids=[c[0][:48] for c in VERB_GROUP_CASES])
def test_modality_of_more_verb_groups(extractor: RuleExtractor, text: str, expected: str) -> None:
    candidates = run(extractor, text)
    assert stated(candidates) == {("india", "participatesIn", "ilrs"): expected}
    assert candidates.claims == []  # 'is said to' is nobody's speech


def test_a_done_statement_with_these_words_elsewhere_stays_a_fact(extractor: RuleExtractor) -> None:
    for text in (
        "India joined the International Lunar Research Station without hesitation.",
        "Nearly a year ago, India joined the International Lunar Research Station.",
        "India, which cannot fly crews yet, joined the International Lunar Research Station.",
    ):
        assert stated(run(extractor, text)) == {("india", "participatesIn", "ilrs"): None}, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present tense in a clause of future time
        ("After India joins the International Lunar Research Station in 2026, Japan will follow.", "planned"),
        ("Once India joins the International Lunar Research Station, Japan will follow.", "planned"),
        # a plan named by a noun
        ("India's decision to join the International Lunar Research Station was welcomed.", "planned"),
        ("Talks on India joining the International Lunar Research Station stalled.", "planned"),
        # doing something else instead
        ("India built its own station instead of joining the International Lunar Research Station.", "negated"),
        ("India built its own station rather than join the International Lunar Research Station.", "negated"),
        # the past tense in the same clauses is a done fact
        ("After India joined the International Lunar Research Station in 2021, Japan followed.", None),
    ],
)
def test_modality_of_time_clauses_and_plan_nouns(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    # (India's facts only: 'Japan followed' is Japan's own part, read by flights.py since crews18)
    found = {k: v for k, v in stated(run(extractor, text)).items() if k[0] != "japan"}
    assert found == {("india", "participatesIn", "ilrs"): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the negation stays in its own clause: a subordinating word opens another
        ("Japan did not wait but signed the Artemis Accords in 2020.", {("japan", "signs", "artemis-accords"): None}),
        (
            "Japan did not wait long because it signed the Artemis Accords in 2020.",
            {("japan", "signs", "artemis-accords"): None},
        ),
        ("Not only Japan but also Canada signed the Artemis Accords.", {("canada", "signs", "artemis-accords"): None}),
        ("Japan has yet to sign the Artemis Accords.", {("japan", "signs", "artemis-accords"): "negated"}),
        # an adverb inside the verb group opens no clause
        ("Japan has not yet signed the Artemis Accords.", {("japan", "signs", "artemis-accords"): "negated"}),
        ("Japan has not since joined the ILRS.", {("japan", "participatesIn", "ilrs"): "negated"}),
        # a plan that the next clause says did not happen
        ("Japan was expected to join the ILRS, but it did not.", {("japan", "participatesIn", "ilrs"): "negated"}),
        # (the second clause's subject left out; 'is to' a schedule, 'was to … but did not' one that failed)
        (
            "Norway was to sign the Artemis Accords in 2020 but did not.",
            {("norway", "signs", "artemis-accords"): "negated"},
        ),
        ("Canada had planned to join the ILRS but never did.", {("canada", "participatesIn", "ilrs"): "negated"}),
        ("Norway is to sign the Artemis Accords next year.", {("norway", "signs", "artemis-accords"): "planned"}),
        # ('and it did': a plan carried out is done; modal16)
        ("Canada was to join the ILRS in 2024, and it did.", {("canada", "participatesIn", "ilrs"): None}),
        ("Japan had planned to join the ILRS in 2024.", {("japan", "participatesIn", "ilrs"): "planned"}),
        ("Japan is working towards joining the ILRS.", {("japan", "participatesIn", "ilrs"): "planned"}),
        # a plan that came to nothing; a list of signatories that leaves someone out
        ("Japan's bid to join the ILRS was rejected.", {("japan", "participatesIn", "ilrs"): "negated"}),
        ("Japan's application to join NATO failed.", {("japan", "memberOf", "nato"): "negated"}),
        (
            "The signatories of the Artemis Accords do not include Japan.",
            {("japan", "signs", "artemis-accords"): "negated"},
        ),
        # a relation inside an 'if' clause between the subject and its verb is the condition
        (
            "Japan, if it joins the ILRS, would be the first ally to do so.",
            {("japan", "participatesIn", "ilrs"): "conditional"},
        ),
        # not in a program or body, said by the verb itself
        ("India has stayed out of the ILRS.", {("india", "participatesIn", "ilrs"): "negated"}),
        ("Japan played no role in the Artemis program.", {("japan", "participatesIn", "artemis"): "negated"}),
        ("Japan takes no part in the ILRS.", {("japan", "participatesIn", "ilrs"): "negated"}),
        ("Japan remains outside the ILRS.", {("japan", "participatesIn", "ilrs"): "negated"}),
        ("Brazil remains outside NATO.", {("brazil", "memberOf", "nato"): "negated"}),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_negation_scope_and_verbs_of_staying_out(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


def test_a_contract_to_build_is_not_the_building() -> None:
    sentence = "The Example Agency has awarded Examplia Aerospace a contract to develop the Example Vehicle."
    cue = sentence.index("develop")
    assert modality(sentence, (0, len("The Example Agency")), (cue, cue + len("develop"))) == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claim: India has joined the ILRS.", {}),  # a fact check's claim line is what it tests, not a fact
        (
            "It was widely reported that India joined the ILRS in 2024.",
            {("india", "participatesIn", "ilrs"): "predicted"},
        ),
        ("Claims that India joined the ILRS are false.", {("india", "participatesIn", "ilrs"): "negated"}),
        ("There is no record that India joined the ILRS.", {("india", "participatesIn", "ilrs"): "negated"}),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_reported_and_tested_statements_are_not_facts(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staying on and flying on a program: taking part, with the verb group's modality
        (
            "Japan agreed in November 2022 to stay on the International Space Station.",
            {("japan", "participatesIn", "iss"): "planned"},
        ),
        (
            "Canada has nothing aboard this time, but it will fly an astronaut on Artemis II.",
            {("canada", "participatesIn", "artemis-ii"): "planned"},
        ),
        (
            "Japan would keep operating the International Space Station until 2030.",
            {("japan", "participatesIn", "iss"): "planned"},
        ),
        ("Canada will not fly on Artemis II.", {("canada", "participatesIn", "artemis-ii"): "negated"}),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_staying_and_flying_on_a_program(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


def test_the_station_stands_for_the_station_named_last(extractor: RuleExtractor) -> None:
    text = "Tiangong orbits at 400 km. The White House said that America would keep operating the station."
    candidates = run(extractor, text)
    claim = next(c for c in candidates.claims if "proposition" in c)
    assert claim["speaker"] == "white-house"
    assert claim["proposition"]["subject"] == "united-states" and claim["modality"] == "planned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia pulled out of the International Space Station.", {("russia", "participatesIn", "iss"): "negated"}),
        (
            "Japan has been excluded from the International Lunar Research Station.",
            {("japan", "participatesIn", "ilrs"): "negated"},
        ),
        (
            "Japan is no longer part of the International Lunar Research Station.",
            {("japan", "participatesIn", "ilrs"): "negated"},
        ),
        ("Japan remains outside the Artemis Accords.", {("japan", "signs", "artemis-accords"): "negated"}),
        (
            "Japan was supposed to join the International Lunar Research Station, but it never did.",
            {("japan", "participatesIn", "ilrs"): "negated"},
        ),
        # a negation inside a relative clause is not the main verb's
        (
            "Japan, which has not joined the International Lunar Research Station, signed the Artemis Accords.",
            {("japan", "participatesIn", "ilrs"): "negated", ("japan", "signs", "artemis-accords"): None},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_leaving_staying_out_and_relative_negations(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech without a named speaker reports, it does not assert; a sentence that only denies the one before
        (
            "Analysts said Japan had joined the International Lunar Research Station.",
            {("japan", "participatesIn", "ilrs"): "predicted"},
        ),
        (
            "An earlier version of this article said that Japan had joined the International Lunar Research Station. "
            "It has not.",
            {("japan", "participatesIn", "ilrs"): "negated"},
        ),
        (
            "Japan joined the International Lunar Research Station in 2021. That is not true.",
            {("japan", "participatesIn", "ilrs"): "negated"},
        ),
        # another subject's denial is not this one's
        (
            "Japan joined the International Lunar Research Station in 2021. India did not.",
            # (and India's own denial is India's: lead19)
            {("japan", "participatesIn", "ilrs"): None, ("india", "participatesIn", "ilrs"): "negated"},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_corrections_and_unattributed_reports(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan is not expected to join the International Lunar Research Station.",
            {("japan", "participatesIn", "ilrs"): "unlikely"},
        ),
        # undecided: nothing either way
        ("Japan has not yet decided whether to join the International Lunar Research Station.", {}),
        ("It is unclear whether Japan will join the International Lunar Research Station.", {}),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_forecasts_against_and_undecided_questions(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


SCOPE_CASES = [
    # a negation or a modal governs its own clause or coordinated verb, not the next one's
    (
        "Japan joined the Artemis program and has not signed the Artemis Accords.",
        {("japan", "participatesIn", "artemis"): None, ("japan", "signs", "artemis-accords"): "negated"},
    ),
    (
        "Japan joined the Artemis program and will sign the Artemis Accords next year.",
        {("japan", "participatesIn", "artemis"): None, ("japan", "signs", "artemis-accords"): "planned"},
    ),
    (
        "Japan has not joined the Artemis program but signed the Artemis Accords in 2020.",
        {("japan", "participatesIn", "artemis"): "negated", ("japan", "signs", "artemis-accords"): None},
    ),
    (
        "India has not signed the Artemis Accords; Japan signed them in 2020.",
        {("india", "signs", "artemis-accords"): "negated", ("japan", "signs", "artemis-accords"): None},
    ),
    (
        "Japan signed the Artemis Accords in 2020, while India has not joined the ILRS.",
        {("japan", "signs", "artemis-accords"): None, ("india", "participatesIn", "ilrs"): "negated"},
    ),
    # a relative clause's present tense is no future time clause's verb
    (
        "When NASA, which leads the Artemis program, signed the deal, few expected that Japan would join.",
        {("nasa", "leads", "artemis"): None},
    ),
    # 'not … until' only sets the time
    ("Japan did not join the Artemis program until 2020.", {("japan", "participatesIn", "artemis"): None}),
    ("Japan will not join the Artemis program until 2026.", {("japan", "participatesIn", "artemis"): "planned"}),
    (
        "Japan did not join the Artemis program, and India waited until 2023.",
        {("japan", "participatesIn", "artemis"): "negated"},
    ),
    # a past that did not happen
    (
        "Japan would have joined the Artemis program had India agreed.",
        {("japan", "participatesIn", "artemis"): "conditional"},
    ),
    ("Japan could have signed the Artemis Accords in 2020.", {("japan", "signs", "artemis-accords"): "conditional"}),
    # a double negation affirms: the plan is what is left
    (
        "Japan has never hidden its wish to join the Artemis program.",
        {("japan", "participatesIn", "artemis"): "planned"},
    ),
    (
        "Japan made no secret of its plan to join the Artemis program.",
        {("japan", "participatesIn", "artemis"): "planned"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCOPE_CASES, ids=[c[0][:40] for c in SCOPE_CASES])
def test_the_scope_of_a_negation_or_modal_is_its_clause(
    extractor: RuleExtractor, text: str, expected: dict[tuple[str, str, str], str | None]
) -> None:
    assert stated(run(extractor, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stopping the gerund of running something: a leading that ends (negated); keeping it up: its plan
        ("NASA would stop running the Artemis program and pay companies instead.", ("nasa", "artemis", "negated")),
        ("Russia will stop operating the ISS in 2028.", ("russia", "iss", "negated")),
        ("ESA ceased managing the Example Probe in 2020.", ("esa", "example-probe", "negated")),
        ("NASA will keep running the Artemis program.", ("nasa", "artemis", "planned")),
        ("NASA kept running the Artemis program after 2020.", ("nasa", "artemis", None)),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_aspectual_verbs_before_running_something(
    extractor: RuleExtractor, text: str, expected: tuple[str, str, str | None]
) -> None:
    subject, obj, mod = expected
    assert stated(run(extractor, text)).get((subject, "leads", obj), "absent") == mod


def test_a_thing_that_keeps_running_leads_nothing(extractor: RuleExtractor) -> None:
    assert not [f for f in run(extractor, "The rover kept running for years after NASA landed it.").facts
                if f["relation"] == "leads" and f["subject"] != "nasa"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a law or an order directs someone to do is still to be done
        ("The law directs NASA to keep operating the International Space Station.", ("nasa", "participatesIn", "iss")),
        ("The act requires NASA to launch the Example Probe by 2030.", ("nasa", "leads", "example-probe")),
        # (building is taking part, GUIDELINES: 'went on to develop a launcher'; guidelines23)
        (
            "The Example Act of 2030 directs NASA to build a heavy rocket, the Example Launcher.",
            ("nasa", "participatesIn", "example-launcher"),
        ),
        ("A decree ordered Roscosmos to run the Example Probe.", ("roscosmos", "leads", "example-probe")),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_what_a_law_directs_is_planned(extractor: RuleExtractor, text: str, expected: tuple[str, str, str]) -> None:
    assert stated(run(extractor, text)).get(expected, "absent") == "planned"


def test_a_directive_elsewhere_leaves_a_done_fact_done(extractor: RuleExtractor) -> None:
    text = "NASA runs the Example Probe, and the law directs the agency to report on it every year."
    assert stated(run(extractor, text)).get(("nasa", "leads", "example-probe"), "absent") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving is a negated membership; not leaving, refusing to leave, not withdrawing: it stays
        ("The United Kingdom will leave ESA.", "negated"),
        ("The United Kingdom left ESA in 2020.", "negated"),
        ("The United Kingdom is not leaving ESA.", None),
        ("UK not leaving ESA, which also counts Norway among its members.", None),
        ("The United Kingdom refused to leave ESA.", None),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_not_leaving_is_staying(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    assert stated(run(extractor, text)).get(("united-kingdom", "memberOf", "esa"), "absent") == expected


def test_a_stated_withdrawal_stays_negated(extractor: RuleExtractor) -> None:
    text = "Saudi Arabia informs the UN Secretary-General that it will withdraw from the Moon Agreement."
    claims = run(extractor, text).claims
    assert [(c["speaker"], c.get("modality")) for c in claims if "proposition" in c] == [("saudi-arabia", "negated")]
