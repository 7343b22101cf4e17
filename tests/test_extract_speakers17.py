"""Who speaks, round 17 (invented sentences): the whole subject noun phrase (title, name, apposition, relative
clause) is headed by its name, not by a body inside its modifiers; speech acts inside a subordinate clause;
'called him a hero' as a judgement; the quotations under a line naming someone's speech are theirs."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def speakers(extractor: RuleExtractor, text: str) -> list[str]:
    return sorted({c["speaker"] for c in run(extractor, text).claims if "opposes" not in c})


APPOSED = [
    # a body named inside the apposition of a person
    (
        "The European Commission adopted a plan. Jane Tamsin, the Commission's member for industry, who presented "
        "the plan alongside John Roe, said that the work would go on.",
        "jane-tamsin",
    ),
    (
        "Jane Tamsin, NASA's chief scientist, who had met China's delegation, warned that the launch would slip.",
        "jane-tamsin",
    ),
    ("Jane Tamsin, a former adviser to Roscosmos, said the station was safe.", "jane-tamsin"),
    # a body headed by its own name, with another body in the apposition
    ("Kelvor, the Turkish maker of the drones, which Ukraine uses, said it would give three of them away.", "kelvor"),
    ("NASA, the US space agency, said the launch would slip.", "nasa"),
    # a title before the name and a relative clause before the verb
    ("House Speaker Jane Tamsin, who had been briefed, insisted there was no need for alarm.", "jane-tamsin"),
    ("Commissioner Jane Tamsin, who leads the talks, said the text was ready.", "jane-tamsin"),
    ("Sen. Jane Tamsin, who chairs the panel, argued that the budget was too small.", "jane-tamsin"),
]


@pytest.mark.parametrize(("text", "speaker"), APPOSED, ids=[c[0][:40] for c in APPOSED])
def test_the_name_heads_the_subject_phrase(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


SUBORDINATE = [
    (
        "When Kelvor, the drones' maker, said it would give three of them to Ukraine for free, the foundation spent "
        "the money on something else.",
        "kelvor",
    ),
    (
        "After Jane Tamsin, the head of the agency, warned that the rocket was unsafe, the launch was called off.",
        "jane-tamsin",
    ),
    ("The launch was called off after Roscosmos warned that the rocket was unsafe.", "roscosmos"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBORDINATE, ids=[c[0][:40] for c in SUBORDINATE])
def test_a_speech_act_in_a_subordinate_clause(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


def test_a_list_of_subjects_is_no_apposition(extractor: RuleExtractor) -> None:
    text = "The ROK, the US and Japan called for a firm response."
    assert speakers(extractor, text) == ["japan", "south-korea", "united-states"]


def test_a_name_in_the_reported_clause_does_not_speak(extractor: RuleExtractor) -> None:
    # the subject is a noun phrase no one is named in; the country after the verb is inside what is said
    text = "When the company, the drones' maker, said it would give three of them to Ukraine, the plan changed."
    assert "ukraine" not in speakers(extractor, text)


def test_an_adverbial_before_the_comma_is_no_title(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "In Moscow, Jane Tamsin said the work would go on.") == ["jane-tamsin"]
    assert speakers(extractor, "Russia will not join the station, Jane Tamsin said.") == ["jane-tamsin"]


@pytest.mark.parametrize(
    "text",
    [
        "NASA Administrator Jane Tamsin called him one of NASA's best and a true American hero.",
        "Jane Tamsin calls her a reckless gambler.",
        "Jane Tamsin called them the finest crew the agency ever had.",
    ],
)
def test_calling_someone_something_is_a_judgement(extractor: RuleExtractor, text: str) -> None:
    assert speakers(extractor, text) == ["jane-tamsin"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Tamsin called him on Monday to congratulate him.",
        "Jane Tamsin called her the next day.",
        "Jane Tamsin called him back.",
    ],
)
def test_a_call_made_is_no_judgement(extractor: RuleExtractor, text: str) -> None:
    assert speakers(extractor, text) == []


def test_quotations_under_a_line_naming_a_speech_are_the_speakers(extractor: RuleExtractor) -> None:
    text = (
        "Primary source: a station is ordered\n\n"
        "From President Jane Tamsin's State of the Nation address to Congress, 25 January 1984:\n\n"
        '"Tonight, I am directing NASA to develop a station."\n\n'
        '"NASA will invite other countries to take part."\n'
    )
    claims = run(extractor, text).claims
    assert len(claims) == 2 and {c["speaker"] for c in claims} == {"jane-tamsin"}


def test_quotations_under_a_letter_line_are_the_writers(extractor: RuleExtractor) -> None:
    text = 'From Jane Tamsin\'s letter to the Secretary-General, 3 May 2021:\n\n"Russia will not place weapons in orbit."\n'
    assert speakers(extractor, text) == ["jane-tamsin"]


def test_a_quotation_of_a_documents_text_is_no_persons(extractor: RuleExtractor) -> None:
    text = 'From the Outer Space Treaty, Article IV:\n\n"States shall not place nuclear weapons in orbit."\n'
    assert speakers(extractor, text) == []


def stances(extractor: RuleExtractor, text: str) -> set[tuple[str, str]]:
    return {(c["speaker"], c["opposes"]) for c in run(extractor, text).claims if "opposes" in c}


BOGOTA = "The Bogota Declaration was adopted in 1976. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BOGOTA + "The United States rejected it, as did India and Brazil.",
         {("united-states", "bogota-declaration"), ("india", "bogota-declaration"), ("brazil", "bogota-declaration")}),
        (BOGOTA + "The United States rejected it, and so did France.",
         {("united-states", "bogota-declaration"), ("france", "bogota-declaration")}),
        # unnamed speakers after 'as did' take no stance; a body with a relative clause that never recognised it does
        (BOGOTA + "The United States rejected it, as did most members of the UN Committee on the Peaceful Uses of "
         "Outer Space, and the International Telecommunication Union, which allots orbital slots, never recognised it.",
         {("united-states", "bogota-declaration"), ("itu", "bogota-declaration")}),
        ("Japan has not recognised the Bogota Declaration.", {("japan", "bogota-declaration")}),
    ],
)  # fmt: skip
def test_each_subject_of_a_stance_holds_it(extractor: RuleExtractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert stances(extractor, text) == expected


def test_accepting_nothing_named_is_no_stance(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "NASA did not accept applications from students.") == []


@pytest.mark.parametrize(
    "text",
    [
        "It backs the moratorium on anti-satellite tests that the United States declared in April 2022.",
        "Neither Russia nor China has joined the moratorium that Washington announced in 2022.",
        "The rover, which NASA announced, will fly.",
    ],
)
def test_a_speech_verb_whose_object_is_the_noun_before_reports_nothing(extractor: RuleExtractor, text: str) -> None:
    assert speakers(extractor, text) == []


def test_what_is_reported_after_a_relative_speech_verb_is_still_claimed(extractor: RuleExtractor) -> None:
    assert speakers(extractor, "It was the test that Jane Tamsin said would never happen.") == ["jane-tamsin"]
    assert speakers(extractor, "The rover, which NASA announced in 2020 would fly, is late.") == ["nasa"]


def test_it_is_no_person(extractor: RuleExtractor) -> None:
    text = (
        "Jane Tamsin presented the strategy in March. The strategy is short. "
        "It asks the member states to draw up an analysis of threats."
    )
    claims = run(extractor, text).claims
    assert not [c for c in claims if c["evidence"][0][0] >= text.index("It asks")]


def test_a_capitalised_office_in_apposition_makes_a_person(extractor: RuleExtractor) -> None:
    text = "The plan was prepared by the European Commission and Jane Tamsin, the EU's High Representative, in March."
    found = {m.entity: m.type for m in run(extractor, text).mentions}
    assert found.get("jane-tamsin") == "Person"


def test_it_after_a_sentence_about_a_text_is_the_text(extractor: RuleExtractor) -> None:
    text = "The Union adopted a strategy in March. What the strategy does. It asks the member states to act."
    claims = run(extractor, text).claims
    assert not [c for c in claims if c["evidence"][0][0] >= text.index("It asks")]
    # (a body named in the sentence before still speaks as 'it')
    assert speakers(extractor, "NASA presented the report. It said the rocket was safe.") == ["nasa"]
