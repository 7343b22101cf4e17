"""Who speaks, round 21 (invented sentences, a grid per construction): the subject's shape, not the verb, is
what failed on unseen prose. A quotation cut off from its attribution by the sentence splitter ('“…!” X said as
…') is X's, not the subject's of the sentence before; a fronted adverbial ending in a craft noun ('After the
X flight, Jane Example said') leaves the name after its comma a speaker; 'called upon' is 'called on'; a noun
of stance ('was long the mission's most stubborn backer', 'a strong critic of') and a patron's backing
('championed', 'pushed money into') are claims of the holder; nothing of that where the noun names a job
('a film critic') or no one holds a stance."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def speakers_of(extractor: RuleExtractor, before: str, sentence: str, joint: str = " ") -> set[str]:
    """The speakers of the claims whose evidence overlaps ``sentence`` (after ``before``)."""
    text = f"{before}{joint}{sentence}" if before else sentence
    at = len(text) - len(sentence)
    found = set()
    for claim in run(extractor, text).claims:
        if any(low < len(text) and high > at for low, high in claim["evidence"]):
            speaker = claim["speaker"]
            found |= set(speaker) if isinstance(speaker, list) else {speaker}
    return found


QUOTATION_THEN_ATTRIBUTION = [
    # the splitter cuts after '!' or '?' before a capital: the attribution is the next sentence
    (
        "Jane Tamsin flew with Mark Roe and Oliver Dane. Dane took the seat after the winner did not fly.",
        '"Best day ever!" Tamsin said as the capsule settled under its parachutes.',
        {"jane-tamsin"},
    ),
    (
        "Jane Tamsin flew with Mark Roe and Oliver Dane. Dane took the seat after the winner did not fly.",
        '"What a ride!" Tamsin told reporters after the landing.',
        {"jane-tamsin"},
    ),
    (
        "Jane Tamsin flew with Mark Roe and Oliver Dane. Dane took the seat after the winner did not fly.",
        '"Are we there yet?" Tamsin asked as the capsule came down.',
        {"jane-tamsin"},
    ),
    (
        "Jane Tamsin flew with Mark Roe and Oliver Dane. Dane took the seat after the winner did not fly.",
        '"Wow!" said Tamsin.',
        {"jane-tamsin"},
    ),
    (
        "Jane Tamsin flew with Mark Roe and Oliver Dane.",
        '"Best day ever!" Tamsin said.',
        {"jane-tamsin"},
    ),
]


@pytest.mark.parametrize(("before", "sentence", "expected"), QUOTATION_THEN_ATTRIBUTION)
@pytest.mark.parametrize("joint", [" ", "\n\n"])
def test_quotation_cut_off_from_its_attribution(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str], joint: str
) -> None:
    assert speakers_of(extractor, before, sentence, joint) == expected


def test_quotation_alone_still_goes_to_the_subject_before_without_attribution(extractor: RuleExtractor) -> None:
    # near-miss: no attribution follows, the quotation is the subject's of the sentence before (Discourse)
    assert speakers_of(extractor, "Jane Tamsin was blunt.", '"We will not join."') == {"jane-tamsin"}


def test_attributed_quotation_evidence_covers_the_words(extractor: RuleExtractor) -> None:
    text = 'Jane Tamsin flew with Oliver Dane.\n\n"Best day ever!" Tamsin said as the capsule landed.'
    claims = [c for c in run(extractor, text).claims if c["speaker"] == "jane-tamsin"]
    assert claims and claims[0]["evidence"] == [[text.index('"Best'), len(text)]]


FRONTED_ADVERBIAL = [
    ("On the same day as the SpaceX flight, Jane Tamsin said the rules would change.", {"jane-tamsin"}),
    ("On the day of the SpaceX flight, Jane Tamsin said the rules would change.", {"jane-tamsin"}),
    ("After the SpaceX flight, Jane Tamsin warned that the rules would change.", {"jane-tamsin"}),
    ("After the launch of the probe, Jane Tamsin told reporters that the rules would change.", {"jane-tamsin"}),
    ("On the same day as the flight, Jane Tamsin said the rules would change.", {"jane-tamsin"}),
    ("On the day of NASA's launch, ESA said its own probe was healthy.", {"esa"}),
    ("After Russia's missile test, Japan warned that debris threatened every satellite.", {"japan"}),
    ("At a news conference with NASA officials, Jane Tamsin said the probe was healthy.", {"jane-tamsin"}),
]


@pytest.mark.parametrize(("sentence", "expected"), FRONTED_ADVERBIAL)
def test_fronted_adverbial_naming_another_actor(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


def test_a_craft_named_in_apposition_is_still_a_craft(extractor: RuleExtractor) -> None:
    # near-miss: no speech verb after the name, 'the probe, Example Finder' names the probe
    text = "NASA launched the probe, Examplo Finder, in March."
    found = [m for m in run(extractor, text).mentions if text[m.start : m.end] == "Examplo Finder"]
    assert found and found[0].type == "Mission"
    assert not run(extractor, text).claims


CALLED_UPON = [
    ("In resolution 1721 of December 1961, the General Assembly called upon States to register their satellites.",
     {"un-general-assembly"}),
    ("In 1961, the General Assembly called upon States to register their satellites.", {"un-general-assembly"}),
    ("In resolution 1721, the General Assembly called on States to register their satellites.",
     {"un-general-assembly"}),
    ("Japan calls upon all states to refrain from such tests.", {"japan"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CALLED_UPON)
def test_called_upon(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


STANCE_NOUNS = [
    ("NASA's probe Examplo reached Jupiter in 2030.", "Congress was long the mission's most stubborn backer.",
     {"congress"}),
    ("", "Japan was long the treaty's most vocal supporter.", {"japan"}),
    ("", "Japan was an early backer of the treaty.", {"japan"}),
    ("", "Japan has been a strong critic of the test.", {"japan"}),
    ("", "Japan is one of the strongest supporters of the treaty.", {"japan"}),
    ("The treaty was drafted in 2019.", "Japan remained its chief opponent.", {"japan"}),
    ("", "Jane Tamsin has long been an outspoken critic of the programme.", {"jane-tamsin"}),
    ("", "Jane Tamsin, a senator from Ohio, became the mission's loudest champion in Congress.", {"jane-tamsin"}),
    # a patron's backing
    ("", "Jane Tamsin championed the mission for a decade.", {"jane-tamsin"}),
    ("", "Jane Tamsin, who chairs the budget panel, steered extra funds to the rover.", {"jane-tamsin"}),
    ("", "In the Senate, Jane Tamsin poured money into the lander programme.", {"jane-tamsin"}),
    ("", "Jane Tamsin, a Republican congresswoman from Texas who chaired the subcommittee that writes NASA's budget, "
         "pushed money into the probe in years when the White House asked for little.", {"jane-tamsin", "white-house"}),
    # near-misses: a job, a thing, no one's stance
    ("", "Jane Tamsin was a film critic for the Daily Example.", set()),
    ("", "Jane Tamsin is a theatre critic.", set()),
    ("", "The rocket's main backer is a pension fund.", set()),
    ("", "The company is a supplier of the mission.", set()),
    ("", "The probe was a champion of engineering.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), STANCE_NOUNS)
def test_stance_nouns_and_backing(extractor: RuleExtractor, before: str, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, before, sentence) == expected


APPOSED_CALLERS = [
    "Jane Tamsin, a senator from Ohio who chairs the panel that oversees NASA, called upon Congress to fund the mission.",
    "Jane Tamsin, who heads the agency's science directorate in Washington, called upon Congress to fund the mission.",
    "The head of NASA's science directorate, Jane Tamsin, called upon Congress to fund the mission.",
    "Jane Tamsin, NASA's associate administrator, called on all member states to fund the mission.",
]


@pytest.mark.parametrize("sentence", APPOSED_CALLERS)
def test_called_upon_after_an_apposition(extractor: RuleExtractor, sentence: str) -> None:
    assert speakers_of(extractor, "", sentence) == {"jane-tamsin"}


def test_a_name_given_after_a_comma_is_no_call(extractor: RuleExtractor) -> None:
    # near-miss: ', called the X' names a thing ('The site, called the Example Centre, …')
    assert speakers_of(extractor, "", "The site, called the Examplo Centre, opened in 2019.") == set()


SUBJECT_AFTER_FRONTED_ADVERBIAL = [
    # the sentence before opens with an adverbial naming another actor; 'the agency', 'it' is the subject after it
    ("On the same day as the Blue Origin flight, the Federal Aviation Administration narrowed the rules of its "
     "wings program.", "The agency said that the wings would now go only to crew members.", {"faa"}),
    ("After the Blue Origin flight, the Federal Aviation Administration changed its rules.",
     "The agency said the wings would now go only to crew members.", {"faa"}),
    ("The Federal Aviation Administration changed its rules after the Blue Origin flight.",
     "The agency said the wings would now go only to crew members.", {"faa"}),
    ("Following SpaceX's launch on Tuesday, the European Space Agency delayed its own mission.",
     "The agency said the delay would be short.", {"esa"}),
    ("Following SpaceX's launch on Tuesday, the European Space Agency delayed its own mission.",
     "It said the delay would be short.", {"esa"}),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), SUBJECT_AFTER_FRONTED_ADVERBIAL)
def test_the_agency_after_a_fronted_adverbial(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert speakers_of(extractor, before, sentence) == expected


SHARED_SURNAME = [
    # a relative introduced by a kinship noun shares the surname; the surname alone is still the person in focus
    ("Jane Tamsin flew with her brother, Mark Tamsin, and Oliver Dane.",
     "At a news conference afterwards, Tamsin thanked the company's employees.", {"jane-tamsin"}),
    ("John Roe flew with his wife Mary Roe in 2021.", "Roe said the flight was a gift.", {"john-roe"}),
    ("John Roe and his daughter, Mary Roe, flew in 2021.", "Roe said the flight was a gift.", {"john-roe"}),
    ("Jane Tamsin flew with her brother, Mark Tamsin.", '"Best day ever!" Tamsin said as the capsule landed.',
     {"jane-tamsin"}),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), SHARED_SURNAME)
def test_surname_shared_with_a_relative(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert speakers_of(extractor, before, sentence, "\n\n") == expected


def test_surname_of_two_people_not_kin_names_neither_of_them(extractor: RuleExtractor) -> None:
    # near-miss: two people of one surname, neither introduced as the other's relative
    found = speakers_of(extractor, "John Roe and Mary Roe, two astronauts, flew in 2021.", "Roe said it was a gift.")
    assert not found & {"john-roe", "mary-roe"}


PERSON_OF_BODY = [
    ("Jane Tamsin of Examplo Rockets said the rocket had performed well.", {"jane-tamsin"}),
    ("Jane Tamsin of NASA said the rocket had performed well.", {"jane-tamsin"}),
    ("Jane Tamsin of the European Space Agency told reporters the rocket had performed well.", {"jane-tamsin"}),
]


@pytest.mark.parametrize(("sentence", "expected"), PERSON_OF_BODY)
def test_person_of_a_body_speaks(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


def test_a_single_name_before_of_stays_whole(extractor: RuleExtractor) -> None:
    # near-miss: one word before 'of' is a name of its own ('Catherine of Aragon'), not a person and a body
    text = "Catherine of Aragon said the ship was ready."
    assert speakers_of(extractor, "", text) == {"catherine-of-aragon"}


SPEECH_ON_A_CONDITION = [
    # a speech act inside a condition's clause has not been made
    ("If NASA announces a delay, ESA will wait.", set()),
    ("Unless Japan confirms the date, the launch will slip.", set()),
    ("ESA will wait if NASA says the launch must slip.", set()),
    ("Whether NASA confirms the date is not clear.", set()),
    ("Should Japan announce a delay, the launch will slip.", set()),
    ("A state may withdraw if it notifies the Secretary-General that it will leave.", set()),
    # the condition's clause ends before the speech verb: a claim
    ("If the launch slips, NASA said, ESA will wait.", {"nasa"}),
    ("NASA said that if the launch slips, ESA will wait.", {"nasa"}),
    ("Jane Tamsin said that ESA would wait if NASA announced a delay.", {"jane-tamsin"}),
    ("Asked if the launch would slip, Jane Tamsin said it would not.", {"jane-tamsin"}),
    ('"If the launch slips," Jane Tamsin said, "ESA will wait."', {"jane-tamsin"}),
    ("Jane Tamsin, who once said that the launch would slip, warned that it was late.", {"jane-tamsin"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SPEECH_ON_A_CONDITION)
def test_speech_on_a_condition(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


STANCE_IN_THE_PASSIVE_OR_BY_A_NOUN = [
    ("The test was criticised by Japan.", {"japan"}),
    ("The decision was praised by Jane Tamsin, who heads the panel.", {"jane-tamsin"}),
    ("The launch was widely hailed by ESA.", {"esa"}),
    ("The test drew sharp criticism from Japan.", {"japan"}),
    ("The test drew a rebuke from Japan, which called it reckless.", {"japan"}),
    ("The plan met with protests from Japan and India.", {"japan", "india"}),
    # near-misses: people of a country are not its voice; unnamed critics are no one
    ("American engineers had doubted that the sounder would work.", set()),
    ("Russian scientists said the probe was lost.", set()),
    ("Critics said the test was reckless.", set()),
    ("The test drew criticism from scientists.", set()),
    # (its officials are: GUIDELINES, 'Chinese officials said' makes the country the speaker)
    ("Russian officials said the test was safe.", {"russia"}),
]


@pytest.mark.parametrize(("sentence", "expected"), STANCE_IN_THE_PASSIVE_OR_BY_A_NOUN)
def test_stance_in_the_passive_or_by_a_noun(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


VOICE_AFTER_THE_VERB = [
    ('"The launch will slip," said a NASA spokesperson.', {"nasa"}),
    ('"The launch will slip," said a spokeswoman for NASA.', {"nasa"}),
    ("The launch will slip, said one NASA official, who asked not to be named.", {"nasa"}),
    ("The launch will slip, said a NASA official.", {"nasa"}),
    ('"The launch will slip," a NASA spokesperson said.', {"nasa"}),
    # near-misses: no body named, a former official, an employee who does not speak for the body
    ("The launch will slip, said one official, who asked not to be named.", set()),
    ("The launch will slip, said a former NASA official.", set()),
    ("The launch will slip, said a NASA engineer.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), VOICE_AFTER_THE_VERB)
def test_unnamed_voice_of_a_body_after_the_verb(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_of(extractor, "", sentence) == expected


EPITHETS = [
    # a person described, not named, as the subject: the one the text described so, or gave that age
    ("Wally Dunk, 82, flew with the crew.", "The 82-year-old said she wanted to go again.", {"wally-dunk"}),
    ("Wally Dunk, 82, flew with Jane Tamsin, 57.", "The 82-year-old said she wanted to go again.", {"wally-dunk"}),
    ("Jane Tamsin, a physicist, joined ESA in 2010.", "The physicist told reporters that the probe was healthy.",
     {"jane-tamsin"}),
    ("Jane Tamsin, a physicist, met John Roe, a pilot, in Paris.",
     "The physicist told reporters that the probe was healthy.", {"jane-tamsin"}),
    ("Jane Tamsin, a physicist, met John Roe, a pilot, in Paris.", "The pilot told reporters that the probe was healthy.",
     {"john-roe"}),
    # the only person named lately
    ("Jane Tamsin founded Blue Origin in 2000.", "The billionaire said the flight was the best day of her life.",
     {"jane-tamsin"}),
    # near-misses: two people and no description, or no one named
    ("Jane Tamsin met John Roe in Paris.", "The physicist told reporters that the probe was healthy.", set()),
    ("", "The physicist told reporters that the probe was healthy.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), EPITHETS)
def test_a_person_described_as_the_subject(
    extractor: RuleExtractor, before: str, sentence: str, expected: set[str]
) -> None:
    assert speakers_of(extractor, before, sentence) == expected
