"""The general attribution procedure (spacekg.extract.attribution) on invented sentences in several
styles: wire copy, a reaction story, a live blog, an interview transcript. Each part is tested on its
own (the claim shapes switched off, so only the general procedure speaks) and through the whole
extractor; sentences that must give no claim are tested both ways too."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from spacekg.extract import pipeline
from spacekg.extract.attribution import SPEECH_EVENT
from spacekg.extract.rules import Candidates, RuleExtractor


@pytest.fixture
def general_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The claim shapes of claims.py switched off: what the general procedure finds by itself."""
    monkeypatch.setattr(pipeline, "claims", lambda *args, **kwargs: False)
    yield


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def speakers(extractor: RuleExtractor, text: str, last: bool = True) -> list[str]:
    """The speakers of the claims of the text's last sentence (the ones before set the scene)."""
    start = text.rstrip().rfind("\n") + 1 if last else 0
    found = run(extractor, text).claims
    return sorted({c["speaker"] for c in found if "opposes" not in c and c["evidence"][0][1] > start})


# 1. Speech events: reporting verbs in their inflections, with the complement that makes them speech.
VERBS = [
    "said", "says", "told reporters", "wrote", "added", "argued", "warned", "insisted", "noted", "stressed",
    "claimed", "stated", "conceded", "explained", "maintained", "predicted", "denied", "concluded", "found",
]  # fmt: skip


@pytest.mark.parametrize("verb", VERBS)
def test_a_reporting_verb_with_that_is_speech(extractor: RuleExtractor, general_only: None, verb: str) -> None:
    text = f"Jane Example, a lawyer at Example Partners, {verb} that the mission was safe."
    assert speakers(extractor, text) == ["jane-example"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example warned the station would fall out of orbit within a year.",  # a clause without 'that'
        "“The lander is safe,” Jane Example wrote in a message to the team.",  # the verb after a quotation
        "“The lander is safe,” said Jane Example, the project's manager.",  # inverted
        "Jane Example mocked “a rocket built by committee” at the hearing.",  # judging, with a quotation
        "Jane Example pledged to fly the probe before the end of the decade.",  # a commitment
        "Jane Example had given notice.",  # a formal notice
        "Jane Example refused to sign the contract unless the price came down.",  # a refusal on a condition
        "Jane Example asked whether the agency could afford a second lander.",  # a question put
    ],
)
def test_more_speech_events(extractor: RuleExtractor, general_only: None, text: str) -> None:
    assert speakers(extractor, text) == ["jane-example"]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example has spent two years telling investors that the door is open.",
        "Its chairman, Jane Example, a former director of Example Partners, kept warning that the door was shut.",
        "Jane Example has been arguing that the mission was safe.",
    ],
)
def test_an_ing_form_after_spending_time_or_keeping_on_is_speech(
    extractor: RuleExtractor, general_only: None, text: str
) -> None:
    assert speakers(extractor, text) == ["jane-example"]
    # the same shapes with no speech after them
    assert speakers(extractor, "Jane Example spent two years building the rocket that flew.") == []
    assert speakers(extractor, "Jane Example was telling the truth.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rover carries a copy of the treaty “Why We Said Yes” on a plaque.",  # a verb inside a quoted title
        "Fifty member states signed the code.",  # 'states', the noun
        "Jane Example did not say whether the lander had failed.",  # negated
        "Jane Example may announce the crew next week.",  # a modal: not said yet
        "It should be noted that the lander was built in Bremen.",  # passive, no speaker
        "Officials said the lander had failed.",  # no one named
        "Analysts at banks warned that the company would run out of money.",  # no one named
        "The satellite, called Example-1, reached orbit on Monday.",  # a name given, not speech
        "Jane Example refused to sign the contract.",  # a refusal is a negated fact (GUIDELINES.md)
        "Did Jane Example say the lander had failed?",  # a question
        "Jane Example presented a claim for the lost satellite.",  # 'claim', the noun
        "She chose Jane Example, a former secretary of state, to chair the panel.",  # 'state', the noun
    ],
)
def test_no_speech(extractor: RuleExtractor, general_only: None, text: str) -> None:
    assert speakers(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the lander had failed.",
        "The rover carries a copy of the treaty “Why We Said Yes” on a plaque.",
        "Jane Example did not say whether the lander had failed.",
        "The satellite, called Example-1, reached orbit on Monday.",
    ],
)
def test_no_speech_through_the_whole_extractor(extractor: RuleExtractor, text: str) -> None:
    assert speakers(extractor, text) == []


# 2. The speaker: the verb's subject in its own clause.
SUBJECTS = [
    # apposition and relative clause skipped, the person preferred to the role beside it
    ("Its commander, General Jane Example, who also heads the Example Command, wrote on Monday that the "
     "satellite was a toy.", "jane-example"),
    ("Jane Example, chief executive of Example Orbital, said the capsule would fly in May.", "jane-example"),
    # a possessor before a role does not speak
    ("Example Orbital's chief executive, Jane Example, said the capsule would fly in May.", "jane-example"),
    # a subordinate clause opens the speaker's clause
    ("The shares fell after Example Orbital warned that the launch would slip.", "example-orbital"),
    # a relative clause holding a list, up to the comma before the verb
    ("Example Orbital, which had bid with Acme Rockets, Beta Space and Gamma Labs, protested to the court.",
     "example-orbital"),
    # after a colon or a semicolon, the subject of the new clause
    ("The talks ended in June; Japan argued that the text was too weak.", "japan"),
    # the object of 'according to'
    ("According to the Example Space Agency, the probe is healthy.", "example-space-agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), SUBJECTS, ids=[s[0][:40] for s in SUBJECTS])
def test_the_speaker_is_the_clause_subject(
    extractor: RuleExtractor, general_only: None, text: str, speaker: str
) -> None:
    assert speakers(extractor, text) == [speaker]


def test_coordinated_subjects_each_speak(extractor: RuleExtractor, general_only: None) -> None:
    assert speakers(extractor, "Russia and China called the plan deeply destabilising.") == ["china", "russia"]


# 3. Pronouns and role nouns.
def test_he_goes_on_with_the_last_speaker(extractor: RuleExtractor, general_only: None) -> None:
    # wire copy: the pronoun is the man who just spoke, not the man spoken of
    text = (
        "John Example, the first man on the rock, died on Monday.\n"
        "In a statement, Director Jack Sample said that the flight had changed the agency.\n"
        "He added that the agency mourned a pioneer."
    )
    assert speakers(extractor, text) == ["jack-sample"]


def test_he_is_the_last_subject_not_a_name_in_a_relative_clause(extractor: RuleExtractor, general_only: None) -> None:
    text = (
        "John Example kept the treaty, which Jack Sample and Joe Roe had signed in 1972.\n"
        "In 1986 he told reporters that the shield would be shared."
    )
    assert speakers(extractor, text) == ["john-example"]


def test_an_aside_pronoun_is_its_sentences_subject(extractor: RuleExtractor, general_only: None) -> None:
    # a report's review: 'it argued' inside the sentence is the commission that opens it, not the company
    text = (
        "The Federal Communications Commission fined Example Orbital in October.\n"
        "The commission, chaired by Jane Example, looked past the fine: the company's culture, it argued, "
        "mattered as much."
    )
    assert speakers(extractor, text) == ["fcc"]


def test_the_commission_is_the_body_named_commission(extractor: RuleExtractor, general_only: None) -> None:
    # a role noun stands for the nearest body whose name has it, not the nearest organization
    text = (
        "The Saudi Space Commission met Example Orbital in May.\nThe commission found that the units had been mixed up."
    )
    assert speakers(extractor, text) == ["saudi-space-commission"]


# The styles, through the whole extractor (the shapes first, the general procedure for what they leave).
STYLES = [
    # live blog
    ("09:15 - At the news conference, Example Orbital's founder Jane Example says the second capsule is ready.",
     "jane-example"),
    # interview transcript
    ("Q: What happens next?\nA: Jane Example, the lab's director, told the committee that the budget would shrink.",
     "jane-example"),
    # quote-heavy reaction story
    ("“This is a dark day,” Jane Example, the senator, wrote in a post on Monday.", "jane-example"),
    # wire copy
    ("TOKYO, May 2 (Wire) - Example Orbital said on Tuesday it had lost contact with its lander.", "example-orbital"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), STYLES, ids=[s[0][:40] for s in STYLES])
def test_styles_through_the_whole_extractor(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


def test_a_reported_relation_is_the_claims_proposition(extractor: RuleExtractor, general_only: None) -> None:
    found = run(extractor, "Jane Example wrote that Japan had joined the Artemis Accords.")
    assert any(c.get("proposition", {}).get("object") == "artemis-accords" for c in found.claims)
    assert not any(f["object"] == "artemis-accords" for f in found.facts)


def test_the_lexicon_has_the_inflections() -> None:
    for form in ("denies", "denied", "notes", "noted", "stresses", "stressed", "wrote", "written"):
        assert SPEECH_EVENT.search(f"Jane {form} that it was so.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The US Senate approved the treaty in September by 70 votes to 20.", ["senate"]),
        ("The agreement was never ratified by the Bundestag.", ["bundestag"]),
        ("The treaty was ratified in 1968.", []),  # no one named
        ("The Senate Committee on Commerce, Science, and Transportation approved the nomination.", []),  # a committee
        ("The company approved the design in May.", []),  # no legislature
    ],
)
def test_a_legislatures_vote_is_its_claim(
    extractor: RuleExtractor, general_only: None, text: str, speaker: list[str]
) -> None:
    assert speakers(extractor, text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready. The lander is fuelled,” Jane Example told the crowd in Houston.",
        '"We are ready. The lander is fuelled," Jane Example wrote in a post.',
        "“We are ready. The lander is fuelled,” said Jane Example, the company’s founder.",
    ],
)
def test_a_quotation_over_sentences_is_the_speakers_whole(
    extractor: RuleExtractor, general_only: None, text: str
) -> None:
    found = run(extractor, text).claims
    assert [c["speaker"] for c in found] == ["jane-example"]
    assert found[0]["evidence"] == [[0, len(text)]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an excerpt under the line that names the speech
        (
            "Primary source: Jane Example's address to the nation, 4 May 1990\n\n“We choose to go back. We will not "
            "stop.”\n\nNote 1. The plan was dropped.",
            ["jane-example"],
        ),
        ('From Jane Example\'s letter to the council:\n"The station must stay open."', ["jane-example"]),
        # the line names no speech: a rocket, not words
        ("Jane Example's rocket on the pad, 4 May 1990\n\n“Go for launch.”", []),
    ],
)
def test_a_quotation_under_a_line_naming_the_speech(
    extractor: RuleExtractor, general_only: None, text: str, speaker: list[str]
) -> None:
    assert sorted({c["speaker"] for c in run(extractor, text).claims}) == speaker


# 6. Arbitration: where the shapes give a claim, the general procedure corrects speakers they add.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body as the possessor of the person's role (wire copy), and in a reaction story
        (
            "Australia's foreign minister, Jane Example, said Canberra had raised its concern with the Chinese "
            "government.",
            ["jane-example"],
        ),
        # a news agency after a preposition in an aside, the speaker a pronoun for the person named before
        (
            "Jane Example met the press in Tokyo.\nIn her message, reported by Xinhua, she said the landing was a "
            "first.",
            ["jane-example"],
        ),
        # must stay: the body speaks in its own clause ('according to', a subject of 'said')
        ("The rover, according to ISRO, had rolled onto the soil, and Jane Example said it was safe.",
         ["isro", "jane-example"]),
        ("ISRO said the rover was safe, and Jane Example, its chairman, added that the next mission would fly "
         "in 2026.", ["isro", "jane-example"]),
        # must stay: the body is the subject of a verb of saying the general procedure does not read as speech
        ("Jane Example wrote that Germany would join the programme, and the government confirmed it.",
         ["germany", "jane-example"]),
        ("Jane Example wrote that Germany would join the programme, and the German government said it would pay.",
         ["germany", "jane-example"]),
        # must stay: a body alone, before its name in apposition (no person speaks)
        ("Brazil's space agency, AEB, said the launch would go ahead.", ["aeb"]),
        ("Jane Example, NASA's chief scientist, told reporters the lander was safe.", ["jane-example"]),
    ],
)  # fmt: skip
def test_the_general_procedure_drops_a_body_the_shapes_add_to_a_person(
    extractor: RuleExtractor, text: str, speaker: list[str]
) -> None:
    assert speakers(extractor, text) == speaker
