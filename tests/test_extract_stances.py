"""Stances stated in the author's words, with no verb of saying: a body or a person who is against a
plan, uneasy about it, holds out, refuses or allows what someone else does, turns an offer down, sides with
someone, or a book's thesis as a reviewer reports it, is a claim of that holder (invented sentences;
src/spacekg/extract/stances.py)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def holders(extractor: RuleExtractor, text: str, sentence: str) -> list[str]:
    """The speakers of the claims whose evidence is ``sentence`` (the last one of ``text``, when it
    follows a sentence that introduces a referent)."""
    full = f"{text} {sentence}".strip()
    start = full.rindex(sentence)
    return sorted(c["speaker"] for c in run(extractor, full).claims if any(a <= start < b for a, b in c["evidence"]))


STANCES = [
    # Being against, or for: with the holder as subject, in any tense, after an adverb or a comma.
    ("", "Japan was firmly against the plan.", ["japan"]),
    ("NASA planned the Artemis II mission.", "The agency was against it.", ["nasa"]),
    ("", "Roscosmos, however, was against it.", ["roscosmos"]),
    ("", "ESA has been in favour of a joint mission.", ["esa"]),
    ("", "NASA and ESA were both against the plan.", ["esa", "nasa"]),
    # Unease, doubt, hostility: an adjective of attitude after 'to be', 'remain', 'had long been'.
    ("", "Germany was sceptical about the cost.", ["germany"]),
    ("", "Russia had long been wary of the plan.", ["russia"]),
    ("", "China remained deeply suspicious of the proposal.", ["china"]),
    ("", "Tokyo was critical of the test.", ["japan"]),
    ("", "Jane Example, who heads ESA, was uneasy about the cost.", ["jane-example"]),
    ("", "Canada had doubts about the plan.", ["canada"]),
    # A relative clause on the holder, and 'they' for a group named before.
    ("", "Russia, which had been against the flight, sold the seat.", ["russia"]),
    ("", "Jane Example, who was sceptical of the plan, left NASA in 2020.", ["jane-example"]),
    ("ESA and JAXA joined the station.", "They were also uneasy.", ["esa", "jaxa"]),
    ("Japan and India signed the accords.", "They would not back down.", ["india", "japan"]),
    # A list that is the subject: each name holds the stance.
    ("", "The other members of the station, including France and Italy, were also uneasy.", ["france", "italy"]),
    # Holding out or giving way.
    ("", "Beijing did not give in.", ["china"]),
    ("", "Tokyo would not back down.", ["japan"]),
    ("", "Moscow refused to yield.", ["russia"]),
    ("", "Moscow held its ground.", ["russia"]),
    ("", "Beijing stuck to its position.", ["china"]),
    ("Japan asked to join the programme.", "NASA refused.", ["nasa"]),
    ("", "Moscow declined, citing the cost.", ["russia"]),
    ("", "NASA was reluctant to let him fly.", ["nasa"]),
    # Refusing or allowing what someone else does, paying what is claimed, turning a thing down.
    ("", "In the end, ESA agreed to let the crew fly.", ["esa"]),
    ("", "The Soviet Union agreed to pay three million dollars.", ["soviet-union"]),
    ("", "NASA turned down the request.", ["nasa"]),
    ("", "Russia balked at the cost.", ["russia"]),
    ("", "ESA resisted pressure to cancel the mission.", ["esa"]),
    ("", "Japan doubted whether the plan would work.", ["japan"]),
    ("", "India sided with Russia in the debate.", ["india"]),
    ("", "ESA distanced itself from the plan.", ["esa"]),
    ("", "Japan was among the critics of the test.", ["japan"]),
    # Idioms of taking a position, and views stated with their clause.
    ("", "Russia made the case that the station was unsafe.", ["russia"]),
    ("", "Japan made the case for a new treaty.", ["japan"]),
    ("", "Japan struck a cautious note on the plan.", ["japan"]),
    ("", "Russia sounded the alarm over debris.", ["russia"]),
    ("", "China hit back at the report.", ["china"]),
    ("", "NASA shot down the idea.", ["nasa"]),
    ("", "India has been vocal about debris.", ["india"]),
    ("", "NASA is on record as saying the station is safe.", ["nasa"]),
    ("", "Germany threw its weight behind the plan.", ["germany"]),
    ("", "Japan poured cold water on the idea.", ["japan"]),
    # An inquiry's finding.
    ("", "The Columbia Accident Investigation Board traced the loss of the orbiter to a piece of foam.",
     ["columbia-accident-investigation-board"]),
    # A subordinate clause's holder: the one named in it, not the main clause's subject.
    ("", "Max Example sold his stake to Boeing after the Committee on Foreign Investment in the United States "
     "(CFIUS) raised national security concerns.", ["cfius"]),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "speakers"), STANCES, ids=[c[1][:40] for c in STANCES])
def test_a_stance_is_a_claim_of_its_holder(
    extractor: RuleExtractor, before: str, sentence: str, speakers: list[str]
) -> None:
    assert holders(extractor, before, sentence) == speakers


NOT_STANCES = [
    # A refusal or a consent to do what the ontology has as a relation is that fact's modality.
    "Russia refused to sign the Artemis Accords.",
    "ESA declined to take part in the Artemis programme.",
    "ESA refused to keep working with Roscosmos.",
    "Japan agreed to supply parts for the Lunar Gateway.",
    "Russia later agreed to stay on the station until 2028.",
    "Russia was reluctant to sign the treaty.",
    # Saying nothing is no claim.
    "NASA declined to comment.",
    "Roscosmos declined to say whether the launch would go ahead.",
    # A thing graded, a thing that resists, an unnamed holder, a noun's complement, a condition.
    "The Artemis programme was critical to NASA.",
    "The heat shield resisted temperatures of 1,600 degrees.",
    "Analysts were sceptical.",
    "The crew was worried about the cost.",
    "Protests against the launch grew in Japan.",
    "The vote in the council was 12 in favour and two against.",
    "If Russia refused to pay, NASA would lose the seat.",
    "NASA's budget declined to its lowest level in 2013.",
    # The subject of the main clause does not hold the stance of a subordinate clause's unnamed subject.
    "Congress shelved the bill after critics raised the same objections.",
    # An idiom's literal sense, or a thing as its subject.
    "Russia shot down a satellite in 2021.",
    "The failure cast doubt on the programme.",
    # 'for him' as a beneficiary, not a view.
    "NASA bought a house for him.",
]


@pytest.mark.parametrize("sentence", NOT_STANCES, ids=[s[:40] for s in NOT_STANCES])
def test_not_a_stance(extractor: RuleExtractor, sentence: str) -> None:
    assert run(extractor, sentence).claims == []


def test_a_view_s_clause_is_reported(extractor: RuleExtractor) -> None:
    # 'took the view that …' reports its clause: the relation in it is the claim's proposition, not a fact.
    candidates = run(extractor, "India took the view that Japan had joined the Artemis Accords.")
    assert [c["speaker"] for c in candidates.claims] == ["india"]
    assert candidates.claims[0]["proposition"]["subject"] == "japan"
    assert not [f for f in candidates.facts if f["relation"] == "signs"]


def test_two_speakers_in_one_sentence(extractor: RuleExtractor) -> None:
    text = (
        "NASA Administrator Jane Example argued that the plan was too costly, "
        "and in May the agency refused to let the company launch."
    )
    assert sorted(c["speaker"] for c in run(extractor, text).claims) == ["jane-example", "nasa"]


def test_reported_stance_stays_the_speaker_s(extractor: RuleExtractor) -> None:
    # 'Jane Example said that Russia was against it': Russia's stance is inside her words, her claim only.
    text = "NASA Administrator Jane Example said that Russia was against the plan, and that Japan was uneasy."
    assert sorted(c["speaker"] for c in run(extractor, text).claims) == ["jane-example"]


THESES = [
    "Sputnik was for him less a stunt than a warning.",
    "For him, Apollo was a detour.",
    "In his telling, Apollo was a detour.",
    "His book argues that the agency lost its way.",
    "He shows how the agency lost its way.",
    "He shows Dwight Eisenhower resisting a crash programme.",
]


@pytest.mark.parametrize("sentence", THESES, ids=[s[:40] for s in THESES])
def test_a_book_s_thesis_is_its_author_s_claim(extractor: RuleExtractor, sentence: str) -> None:
    before = "John Example wrote a history of NASA."
    assert holders(extractor, before, sentence) == ["john-example"]


def test_a_thesis_needs_an_author(extractor: RuleExtractor) -> None:
    # Nobody named before: no one's thesis. 'She shows the visitors around': a guide, not a thesis.
    assert run(extractor, "The shuttle was for him a workplace.").claims == []
    assert run(extractor, "Jane Example met the crew. She shows the visitors around the station.").claims == []
