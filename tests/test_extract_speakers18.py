"""Who speaks, round 18 (invented sentences): a plural subject that names no one itself ('the groups', 'the four
ministers', 'the two leaders', 'their joint statement', 'they') stands for the people or bodies named together
just before, a number in the phrase matching their count; a list in apposition to a plural subject ('The chief
executives, A of X, B of Y and C of Z, said') makes each listed one a speaker; a participle after a main clause
('…, arguing that …') is the speech of that clause's subject, never of its object."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def last_speakers(extractor: RuleExtractor, before: str, sentence: str) -> set[str]:
    """The speakers of the claims whose evidence starts in ``sentence`` (after ``before``)."""
    text = f"{before} {sentence}" if before else sentence
    at = len(text) - len(sentence)
    return {c["speaker"] for c in run(extractor, text).claims if c["evidence"][0][0] >= at}


GROUPS = [
    # a counted noun of people: the people named in the sentence before, as many as the number says
    (
        "On Tuesday Jane Tamsin and John Roe met Mary Okafor and Peter Lindqvist in Tokyo.",
        "In their joint statement the four ministers reaffirmed that the treaty covers attacks in space.",
        {"jane-tamsin", "john-roe", "mary-okafor", "peter-lindqvist"},
    ),
    (
        "President Jane Tamsin received Prime Minister John Roe in Washington on Friday.",
        "The two leaders said in a joint statement that the alliance now extends to space.",
        {"jane-tamsin", "john-roe"},
    ),
    # a possessive text with no noun of its own: its owners
    (
        "On Friday President Jane Tamsin received Prime Minister John Roe at the White House.",
        "Their joint statement welcomed the new framework.",
        {"jane-tamsin", "john-roe"},
    ),
    (
        "Jane Tamsin hosted John Roe in Ottawa.",
        "They said in a statement that the framework was a milestone.",
        {"jane-tamsin", "john-roe"},
    ),
    # bodies: the coordinated subject of the sentence before, and 'both sides'
    (
        "Airbus and Boeing signed a memorandum on Tuesday.",
        "The companies said that the merger would close in 2027.",
        {"airbus", "boeing"},
    ),
    (
        "The European Space Agency and JAXA launched the probe in March.",
        "The agencies have said the probe is healthy.",
        {"esa", "jaxa"},
    ),
    (
        "Russia and China signed a memorandum on the lunar station.",
        "Both sides said the station would be open to other countries.",
        {"russia", "china"},
    ),
    # other wordings: an opening participle, a relative clause before the verb, 'the plaintiffs', a comma
    (
        "President Jane Tamsin met Prime Minister John Roe in Tokyo on Monday.",
        "Speaking after the meeting, both leaders said that the alliance covered space.",
        {"jane-tamsin", "john-roe"},
    ),
    (
        "Jane Tamsin and John Roe signed the framework for their governments.",
        "The two ministers, who met in Tokyo, said that the deal was a milestone.",
        {"jane-tamsin", "john-roe"},
    ),
    (
        "Jane Tamsin and John Roe sued NASA in March.",
        "The plaintiffs argue that the agency broke its contract.",
        {"jane-tamsin", "john-roe"},
    ),
    (
        "Airbus and Boeing agreed to merge their space units.",
        "In a joint statement, the companies said the deal would close in 2027.",
        {"airbus", "boeing"},
    ),
    # 'the pair', 'the duo': two people or two bodies; 'their lawyers': the subject joined by 'and' before
    (
        "Jane Tamsin met John Roe in Geneva on Monday.",
        "The pair said that the talks had gone well.",
        {"jane-tamsin", "john-roe"},
    ),
    (
        "Airbus and Boeing signed a memorandum on Tuesday.",
        "The duo said the venture would start in 2027.",
        {"airbus", "boeing"},
    ),
    (
        "The Sierra Club and the Audubon Society sued NASA in March.",
        "Their lawyers argued that the agency had broken the law.",
        {"sierra-club", "audubon-society"},
    ),
    # the noun joined to its names: 'A and four other groups', then 'the groups'
    (
        "The Sierra Club and four other groups sued NASA in federal court on Monday.",
        "In their complaint the groups said the agency should have held public hearings.",
        {"sierra-club"},
    ),
]


@pytest.mark.parametrize(("before", "sentence", "expected"), GROUPS)
def test_a_plural_subject_stands_for_those_named_together_before(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert last_speakers(extractor, before, sentence) == expected


LISTED = [
    (
        "The chief executives, Jane Tamsin of Airbus, John Roe of Boeing and Mary Okafor of Lockheed Martin, said in "
        "a joint statement that the venture would be ready by 2027.",
        {"jane-tamsin", "john-roe", "mary-okafor"},
    ),
    (
        "The three companies, Airbus, Boeing and Lockheed Martin, said that the new firm would employ 25,000 people.",
        {"airbus", "boeing", "lockheed-martin"},
    ),
    (
        "The two ministers, Jane Tamsin and John Roe, have warned that the station is ageing.",
        {"jane-tamsin", "john-roe"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTED)
def test_each_name_listed_in_apposition_to_a_plural_subject_speaks(
    extractor: RuleExtractor, sentence: str, expected: set[str]
) -> None:
    assert last_speakers(extractor, "", sentence) == expected


NO_ONE = [
    # no group named before: the plural noun finds no one (not a satellite, not a name far back)
    ("The satellites were built by Airbus and launched on a Soyuz.", "The groups said the launch had been delayed."),
    # a count that fits no group: not the nearest company
    ("Airbus hired Jane Tamsin, John Roe and Mary Okafor.", "The four ministers said that space was a domain of war."),
    # 'the pair' of things that do not speak
    ("The pair of satellites was built by Airbus.", "The pair said nothing."),
    # the noun named, its members not: 'several ranchers and four other groups'
    (
        "Last week several ranchers and four other groups sued NASA over the launch site.",
        "The groups said the agency had ignored the wetlands.",
    ),
]


@pytest.mark.parametrize(("before", "sentence"), NO_ONE)
def test_a_plural_subject_with_no_group_before_gives_no_speaker(
    extractor: RuleExtractor, before: str, sentence: str
) -> None:
    assert last_speakers(extractor, before, sentence) == set()


PARTICIPLES = [
    (
        "The Sierra Club and three other groups sued NASA in federal court, arguing that the agency had ignored the "
        "damage.",
        {"sierra-club"},
    ),
    ("In May the Sierra Club sued the FAA, saying the agency had broken the law.", {"sierra-club"}),
    ("Japan criticised Russia at the meeting, warning that the test had endangered the station.", {"japan"}),
    ("NASA awarded SpaceX a contract on Monday, saying the company had offered the best price.", {"nasa"}),
    (
        "After the launch, Roscosmos congratulated ISRO, adding that the two agencies would work together.",
        {"roscosmos"},
    ),
    ("Officials at NASA briefed reporters on Friday, saying the rover was healthy.", {"nasa"}),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTICIPLES)
def test_a_participle_after_a_main_clause_is_its_subjects_speech(
    extractor: RuleExtractor, sentence: str, expected: set[str]
) -> None:
    assert last_speakers(extractor, "", sentence) == expected


def test_a_participle_takes_the_pronoun_that_opens_its_clause(extractor: RuleExtractor) -> None:
    before = "The Sierra Club has long opposed the launch site."
    sentence = "In May it sued the FAA in federal court, arguing that the agency had ignored the harm."
    assert last_speakers(extractor, before, sentence) == {"sierra-club"}


def test_a_participle_after_an_unnamed_subject_is_not_the_objects(extractor: RuleExtractor) -> None:
    sentence = "Last week a coalition of ranchers sued the FAA in federal court, arguing that the agency had erred."
    assert "faa" not in last_speakers(extractor, "", sentence)


def test_a_speech_verb_after_should_have_is_no_speech(extractor: RuleExtractor) -> None:
    sentence = "Critics said NASA should have demanded a full review before the launch."
    assert "nasa" not in last_speakers(extractor, "", sentence)


FOCUS = [
    # 'It' after a sentence about a body named by its kind: the body, not the country that owns it
    (
        "Japan set up the Japan Aerospace Exploration Agency in 2003. In 2020 the agency opened a new centre in Tokyo.",
        "It has said that it plans to land an astronaut on the Moon.",
        {"jaxa"},
    ),
    # near-miss: the sentence before is about the country itself
    (
        "Japan joined the Artemis Accords in 2020.",
        "It has said that it plans to land an astronaut on the Moon.",
        {"japan"},
    ),
]


@pytest.mark.parametrize(("before", "sentence", "expected"), FOCUS)
def test_it_as_a_speaker_is_the_body_in_focus(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert last_speakers(extractor, before, sentence) == expected


def test_a_venue_named_before_is_no_speaker(extractor: RuleExtractor) -> None:
    before = "On Friday President Jane Tamsin received Prime Minister John Roe at the White House."
    assert "white-house" not in last_speakers(extractor, before, "It said the talks had gone well.")
    # near-miss: the same body as a subject speaks
    assert last_speakers(extractor, "", "The White House said on Friday that the talks had gone well.") == {
        "white-house"
    }


PERMITS = [
    (
        "",
        "SpaceX has put thousands of satellites into orbit under licences from the Federal Communications Commission.",
        {"fcc"},
    ),
    (
        "The FCC opened a new round of filings in 2019.",
        "Amazon won the regulator's approval for Project Kuiper.",
        {"fcc"},
    ),
    ("", "The startup received approval from the FAA for its second launch.", {"faa"}),
    # near-misses: a licence no one granted here, or one that was missing
    ("", "Engineers gave advice without the licences the law required.", set()),
    ("", "Every launch now needs an authorisation from the minister.", set()),
]


@pytest.mark.parametrize(("before", "sentence", "expected"), PERMITS)
def test_a_regulators_licence_or_approval_is_its_claim(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert last_speakers(extractor, before, sentence) == expected


def test_an_alliances_leaders_speak_as_the_alliance(extractor: RuleExtractor) -> None:
    # near-miss: people named beside an alliance do not take its communiqué
    before = "NATO leaders met in Brussels with Jane Tamsin and John Roe."
    assert last_speakers(extractor, before, "The leaders agreed that space is an operational domain.") == {"nato"}
