"""Who speaks, round 22 (invented sentences, a grid per construction), on shapes the unseen v21 texts had and the
rules did not: a record of a speech whose quotation paragraphs carry no speech verb (the heading names the
speaker); a speaker after the verb with a role in apposition that holds a craft's possessive ('said X, the
lander's manager at Y': a person, not a craft); a surname with its particles opening a sentence ('Von der
Example said' after 'Jane von der Example'); a body that goes on speaking as 'it' ('The committee found …. A
new plan, it concluded, …'); a resolution or statement that speaks for the body that adopted it ('adopted
resolution 12/3, which welcomed …'); a proposal by a gerund ('proposed cancelling X'). Each grid has
near-misses that must give no claim or another speaker."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def speakers_in(extractor: RuleExtractor, text: str, part: str) -> set[str]:
    """The speakers of the claims whose evidence overlaps ``part`` of ``text`` (its last occurrence)."""
    at = text.rindex(part)
    found: set[str] = set()
    for claim in run(extractor, text).claims:
        if any(low < at + len(part) and high > at for low, high in claim["evidence"]):
            speaker = claim["speaker"]
            found |= set(speaker) if isinstance(speaker, list) else {speaker}
    return found


# -- a record of a speech: quotation paragraphs with no speech verb are the heading's speaker's ----------------

NOTE = "Editor's note. The Examplo Space Forum met in Examplton. The passages below are taken from the address."
QUOTE_A = '"It is our policy to return to the Moon within five years."'
QUOTE_B = '"If the agency cannot do it, we will change the agency, not the goal."'
RECORDS = [
    # (heading, the paragraphs between, expected speaker of QUOTE_A and of QUOTE_B)
    ("From the record: Vice President Jane Tamsin at the Examplo Space Forum, Examplton, 26 March 2019", NOTE,
     {"jane-tamsin"}),
    ("From the record: Governor Mark Ostrander at the Examplo Space Forum, 3 May 2021", NOTE, {"mark-ostrander"}),
    ("Transcript: Minister Jane Tamsin on the lunar programme", "", {"jane-tamsin"}),
    ("Remarks by Jane Tamsin, Director General of the Examplo Space Agency, 4 June 2020", NOTE, {"jane-tamsin"}),
    ("In her own words: Jane Tamsin at the Examplo summit", "The summit met in Examplton in May.", {"jane-tamsin"}),
    ("Speech: President Mark Ostrander to the Examplo Congress, 2 February 2022", "", {"mark-ostrander"}),
    ("Jane Tamsin at the Examplo Space Forum (2019)", NOTE, {"jane-tamsin"}),
    ("Excerpts from the address by Jane Tamsin, 4 May 2020", "The forum met in Examplton.", {"jane-tamsin"}),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "between", "expected"), RECORDS)
def test_record_of_a_speech_quotations_are_the_headings_speaker(
    extractor: RuleExtractor, heading: str, between: str, expected: set[str]
) -> None:
    text = "\n\n".join(part for part in (heading, between, QUOTE_A, QUOTE_B) if part)
    assert speakers_in(extractor, text, QUOTE_A) == expected
    assert speakers_in(extractor, text, QUOTE_B) == expected


RECORD_NEAR_MISSES = [
    # two people in the heading: no one's alone
    ("From the record: Jane Tamsin and Mark Ostrander at the Examplo Space Forum", NOTE, set()),
    # no person in the heading: the agency's name is no speaker of a quotation without a verb
    ("From the record: the Examplo Space Agency at the Examplo Space Forum", NOTE, set()),
    # a person's thing, not their words
    ("Jane Tamsin's rocket on the pad, 4 May 1990", "", set()),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "between", "expected"), RECORD_NEAR_MISSES)
def test_record_near_misses(extractor: RuleExtractor, heading: str, between: str, expected: set[str]) -> None:
    text = "\n\n".join(part for part in (heading, between, QUOTE_A) if part)
    assert speakers_in(extractor, text, QUOTE_A) == expected


def test_quotations_listed_under_a_record_are_the_headings_speakers(extractor: RuleExtractor) -> None:
    text = f"Remarks by Jane Tamsin at the Examplo Space Forum\n\n- {QUOTE_A}\n- {QUOTE_B}"
    assert speakers_in(extractor, text, QUOTE_A) == {"jane-tamsin"}
    assert speakers_in(extractor, text, QUOTE_B) == {"jane-tamsin"}


def test_an_attributed_quotation_under_a_record_keeps_its_own_speaker(extractor: RuleExtractor) -> None:
    text = (
        "From the record: Vice President Jane Tamsin at the Examplo Space Forum\n\n"
        f"{NOTE}\n\n"
        '"We will be there first," said Mark Ostrander, the head of the Examplo Space Agency.'
    )
    assert speakers_in(extractor, text, '"We will be there first,"') == {"mark-ostrander"}


def test_a_quotation_sharing_its_paragraph_is_not_the_headings(extractor: RuleExtractor) -> None:
    # a quoted name inside an author's sentence is no speech of the heading's person
    text = (
        "From the record: Vice President Jane Tamsin at the Examplo Space Forum\n\n"
        '"Moon Now" was the name the council gave the plan in 2019.'
    )
    assert speakers_in(extractor, text, "Moon Now") == set()


def test_a_news_headline_naming_a_person_is_no_record(extractor: RuleExtractor) -> None:
    # a quotation alone in a news story with a headline naming someone and no sign of a record: the Discourse's
    # reading (the subject of the sentence before) stays
    text = (
        "Jane Tamsin named head of Examplo Space Agency\n\n"
        "Mark Ostrander, her predecessor, was blunt about the budget.\n\n"
        '"We will not have the money for a lander."'
    )
    assert speakers_in(extractor, text, "We will not have") == {"mark-ostrander"}


# -- a speaker after the verb whose role holds a craft's possessive ------------------------------------------------

CRAFT_POSSESSIVE_ROLES = [
    ('"We maybe even landed twice," said Jane Tamsin, the lander\'s manager at the Examplo Space Agency.',
     "Jane Tamsin"),
    ('"It was a great day," said Mark Ostrander, the rover\'s chief engineer.', "Mark Ostrander"),
    ('"The data are coming in," said Jane Tamsin, the telescope\'s project scientist at Examplo University.',
     "Jane Tamsin"),
    ('"We are healthy," said Mark Ostrander, the probe\'s principal investigator.', "Mark Ostrander"),
    ('"We have a signal," Jane Tamsin, the mission\'s flight director, told reporters.', "Jane Tamsin"),
    ("Mark Ostrander, the satellite's designer, said that the antenna had opened.", "Mark Ostrander"),
    ("Jane Tamsin, the spacecraft's operations manager, warned that the fuel was low.", "Jane Tamsin"),
    # a role of a craft without a possessive, or a word no role list holds: the speech verb decides
    ('"We landed twice," said Jane Tamsin, the lander project manager.', "Jane Tamsin"),
    ('"We landed twice," said Mark Ostrander, the mission\'s lead.', "Mark Ostrander"),
    ("Mark Ostrander, the lander project manager, said it had bounced.", "Mark Ostrander"),
    ("Jane Tamsin, the mission's lead, told reporters that it had bounced.", "Jane Tamsin"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name"), CRAFT_POSSESSIVE_ROLES)
def test_a_role_with_a_crafts_possessive_is_a_persons(extractor: RuleExtractor, sentence: str, name: str) -> None:
    found = run(extractor, sentence)
    typed = [m for m in found.mentions if sentence[m.start : m.end] == name]
    assert typed and typed[0].type == "Person"
    assert speakers_in(extractor, sentence, sentence) == {typed[0].entity}


CRAFT_POSSESSIVE_NEAR_MISSES = [
    # a craft in apposition to a craft stays a craft, and says nothing
    ("Examplosat, the satellite's successor, will launch in 2026.", "Examplosat", "Mission"),
    ("NASA launched Examplo Finder, the probe's twin, in March.", "Examplo Finder", "Mission"),
    ("Examplo Lander, the rover's carrier, touched down on Monday.", "Examplo Lander", "Mission"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "kind"), CRAFT_POSSESSIVE_NEAR_MISSES)
def test_a_craft_beside_a_crafts_possessive_stays_a_craft(
    extractor: RuleExtractor, sentence: str, name: str, kind: str
) -> None:
    found = run(extractor, sentence)
    typed = [m for m in found.mentions if sentence[m.start : m.end] == name]
    assert typed and typed[0].type == kind
    assert not found.claims


# -- a surname with its particles, capitalised at the start of a sentence -----------------------------------------

PARTICLE_SURNAMES = [
    ("Jane von der Tamsin, the president of the Examplo Commission, cut the ribbon.",
     "Von der Tamsin said at the ceremony that the site would keep Europe's access to space.", "jane-von-der-tamsin"),
    ("Mark van den Ostrander, the Examplian minister, opened the site.",
     "Van den Ostrander told reporters that the first launch would come in May.", "mark-van-den-ostrander"),
    ("Maria de la Tamsin, the head of the Examplo Space Agency, spoke first.",
     "De la Tamsin said that the agency would fly its own rocket.", "maria-de-la-tamsin"),
    ("Jean van Ostrander, the Examplian minister, opened the site.",
     "Van Ostrander warned that the budget would not last.", "jean-van-ostrander"),
    ("Jane von der Tamsin, the president of the Examplo Commission, cut the ribbon.",
     "Later that day von der Tamsin said that the site would keep Europe's access to space.", "jane-von-der-tamsin"),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), PARTICLE_SURNAMES)
def test_a_surname_with_particles_names_the_person(
    extractor: RuleExtractor, before: str, sentence: str, expected: str
) -> None:
    text = f"{before} {sentence}"
    assert speakers_in(extractor, text, sentence) == {expected}
    assert not [e for e in run(extractor, text).mentions if e.new and e.entity != expected and e.type == "Person"]


# -- a body goes on speaking as 'it' ---------------------------------------------------------------------------

BODY_GOES_ON = [
    ("The Examplo Review Committee found that the US lunar programme was on an unsustainable path.",
     "A meaningful programme, it concluded, would need three billion dollars a year more.",
     "examplo-review-committee"),
    ("The Examplo Review Committee found that the US lunar programme was on an unsustainable path.",
     "It recommended keeping the station in service beyond 2030.", "examplo-review-committee"),
    ("The Examplo Review Committee found that the US lunar programme was on an unsustainable path.",
     "It also argued that companies could carry crews to orbit.", "examplo-review-committee"),
    ("The Examplo Space Agency said on Monday that the Russian module had leaked again.",
     "It added that the crew was safe.", "examplo-space-agency"),
    ("The Examplo Audit Office reported that the Japanese contract had cost twice its price.",
     "It warned that NASA would face the same risk.", "examplo-audit-office"),
    ("The Examplo Review Board concluded that the Chinese test had made debris.",
     "The debris, it said, would stay in orbit for decades.", "examplo-review-board"),
]  # fmt: skip


# A report summary: the committee is named in the heading only, then as 'the committee', and its report's words go
# on as 'it' after a sentence naming the US, NASA and a person's company.
REPORT_SUMMARY = """Report summary: Review of US Lunar Plans Committee (2011)

Commissioned: May 2011, by NASA at the request of the White House Office of Examplo Policy.
Chair: Jane Tamsin, a former chief executive of Examplo Rockets.
Members included: the former astronauts Mark Ostrander and Lena Quill, and Tom Vargo, the head of Examplo Aerospace.
Final report: "A Lunar Program Worthy of a Great Nation", released in October 2011.

Main findings. The committee found that the US human spaceflight programme was on an unsustainable path: Examplo, \
the programme meant to return astronauts to the Moon, could not meet its goals on the budget that NASA had been given. \
{sentence}"""
REPORT_WORDS = [
    "A meaningful programme, it concluded, would need three billion dollars a year more.",
    "It recommended keeping the station in service beyond 2030.",
    "It recommended keeping the station in service beyond 2030, and it argued that companies could carry crews.",
    "It warned that the lander would come too late.",
]


@pytest.mark.parametrize("sentence", REPORT_WORDS)
def test_a_committee_named_in_the_heading_goes_on_speaking(extractor: RuleExtractor, sentence: str) -> None:
    assert speakers_in(extractor, REPORT_SUMMARY.format(sentence=sentence), sentence) == {"us-lunar-plans-committee"}


def test_a_committee_that_stops_speaking_gives_no_claim(extractor: RuleExtractor) -> None:
    sentence = "It was disbanded in 2012."
    assert speakers_in(extractor, REPORT_SUMMARY.format(sentence=sentence), sentence) == set()


@pytest.mark.parametrize(("before", "sentence", "expected"), BODY_GOES_ON)
def test_a_body_goes_on_speaking_as_it(extractor: RuleExtractor, before: str, sentence: str, expected: str) -> None:
    assert speakers_in(extractor, f"{before} {sentence}", sentence) == {expected}


BODY_GOES_ON_NEAR_MISSES = [
    # 'it' that is no speech, after a body's claim: no claim
    ("The Examplo Review Committee found that the US lunar programme was on an unsustainable path.",
     "It was disbanded in 2012.", set()),
    # a person spoke last: 'it' is not the person
    ("NASA launched the probe in May. Jane Tamsin, the Examplo Space Agency's director, said that it was healthy.",
     "It added that the team would publish data in June.", {"nasa"}),
    # the sentence's own subject before 'it' still speaks ('Japan, it said, …' is left to the rules before)
    ("The Examplo Review Committee found that the US lunar programme was on an unsustainable path.",
     "Three years later it was disbanded.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("before", "sentence", "expected"), BODY_GOES_ON_NEAR_MISSES)
def test_body_goes_on_near_misses(extractor: RuleExtractor, before: str, sentence: str, expected: set[str]) -> None:
    assert speakers_in(extractor, f"{before} {sentence}", sentence) == expected


# -- a resolution or statement speaks for the body that adopted it -------------------------------------------------

ADOPTED_TEXT_SPEAKS = [
    ("Later that year the UN General Assembly (UNGA) adopted resolution 73/6, which welcomed the outcome of the "
     "conference and asked COPUOS to go on developing an agenda.", {"un-general-assembly"}),
    ("In 2019 the Examplo Council adopted a declaration that called on all states to register their satellites.",
     {"examplo-council"}),
    ("The Examplo Union issued a statement, which urged Russia to stop the tests.", {"examplo-union"}),
    ("The UN General Assembly passed a resolution which condemned the test.", {"un-general-assembly"}),
    ("The Examplo Council approved a communiqué that welcomed the Artemis Accords.", {"examplo-council"}),
    ("On Monday the Examplo Assembly adopted resolution 12/3, which also warned that debris threatened every "
     "satellite.", {"examplo-assembly"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ADOPTED_TEXT_SPEAKS)
def test_an_adopted_text_speaks_for_its_body(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_in(extractor, sentence, sentence) == expected


ADOPTED_TEXT_NEAR_MISSES = [
    # no speech verb in the relative clause
    "The Examplo Assembly adopted resolution 12/3, which was drafted by Examplia.",
    "The Examplo Assembly adopted resolution 12/3, which runs to twelve pages.",
    # what the body made is a craft, not a text: 'found water' is no speech
    "NASA launched a probe, which found water on the Moon.",
    # a report a body did not adopt
    "The Examplo Assembly discussed a report, which the secretariat had written in May.",
]  # fmt: skip


ADOPTER_IN_AN_ASIDE = [
    ("Resolution 73/6, adopted by the UN General Assembly in 2018, welcomed the outcome and asked COPUOS to draft an "
     "agenda.", {"un-general-assembly"}),
    ("The resolution, which the UN General Assembly adopted in 2018, says that all states must register their "
     "satellites.", {"un-general-assembly"}),
    ("The statement, issued by the Examplo Council on Monday, warned that debris threatened every satellite.",
     {"examplo-council"}),
    # near-misses: who asked for a text did not write it; a craft is no text
    ("The report, which Congress had requested in 2019, said that the agency was late.", set()),
    ("The rocket, which the Examplo Space Agency tested in 2018, said nothing.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), ADOPTER_IN_AN_ASIDE)
def test_a_texts_adopter_in_an_aside_speaks(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_in(extractor, sentence, sentence) == expected


def test_a_resolution_named_as_speaker_is_its_adopters(extractor: RuleExtractor) -> None:
    text = (
        "The UN General Assembly adopted resolution 73/6. "
        "The resolution welcomed the outcome and asked COPUOS to draft an agenda."
    )
    assert speakers_in(extractor, text, "The resolution welcomed") == {"un-general-assembly"}


def test_a_text_of_many_authors_speaks_for_none(extractor: RuleExtractor) -> None:
    # near-miss: a document is nobody's voice, and one drafted by two bodies is neither's alone
    text = "NASA and ESA drafted the Examplo Strategy in 2007. The strategy called for a group to coordinate plans."
    assert speakers_in(extractor, text, "The strategy called for") == set()


@pytest.mark.parametrize("sentence", ADOPTED_TEXT_NEAR_MISSES)
def test_adopted_text_near_misses(extractor: RuleExtractor, sentence: str) -> None:
    assert not run(extractor, sentence).claims


# -- a proposal by a gerund ----------------------------------------------------------------------------------------

PROPOSED_GERUNDS = [
    ("In February 2010 the Obama administration proposed cancelling Constellation.", {"obama-administration"}),
    ("The Examplo Space Agency recommended keeping the station in service until 2030.", {"examplo-space-agency"}),
    ("Jane Tamsin, the Examplian minister, suggested moving the launch to May.", {"jane-tamsin"}),
    ("The Examplo Review Committee urged extending the mission by two years.", {"examplo-review-committee"}),
    ("Japan proposed setting up a working group on debris.", {"japan"}),
    ("The Examplo Space Agency has proposed scrapping the lander.", {"examplo-space-agency"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), PROPOSED_GERUNDS)
def test_a_proposal_by_a_gerund(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_in(extractor, sentence, sentence) == expected


def test_a_second_administration_is_its_own_speaker(extractor: RuleExtractor) -> None:
    text = (
        "In 2010 the Obama administration proposed cancelling Constellation. "
        "The Trump administration said that it would return astronauts to the Moon."
    )
    assert speakers_in(extractor, text, "The Trump administration") == {"trump-administration"}


PROPOSED_GERUND_NEAR_MISSES = [
    "The proposed landing site lies near the south pole.",
    "The Examplo Space Agency proposed nothing new in 2010.",
    "The plan, proposed in 2010, was cancelled.",
    "The ministry did not propose cutting the budget.",
]  # fmt: skip


@pytest.mark.parametrize("sentence", PROPOSED_GERUND_NEAR_MISSES)
def test_proposal_near_misses(extractor: RuleExtractor, sentence: str) -> None:
    assert not run(extractor, sentence).claims


# -- a quotation that runs on over paragraphs ---------------------------------------------------------------------

RUN_ON_QUOTATIONS = [
    ('"The rocket will fly in May. We have the money and the crew.\n\n"What we lack is time," Tamsin said.',
     "We have the money", {"jane-tamsin"}),
    ("“The rocket will fly in May. We have the money.\n\n“We have the crew.\n\n“What we lack is time,” Tamsin said.",
     "We have the crew", {"jane-tamsin"}),
    ('"The rocket will fly in May.\n\n"What we lack is time," said Mark Ostrander, the head of the agency.',
     "The rocket will fly", {"mark-ostrander"}),
    ('"The rocket will fly in May.\n\n"What we lack is time," the agency said in a statement.',
     "The rocket will fly", {"examplo-space-agency"}),
]  # fmt: skip


@pytest.mark.parametrize(("quotation", "part", "expected"), RUN_ON_QUOTATIONS)
def test_a_quotation_over_paragraphs_is_its_speakers(
    extractor: RuleExtractor, quotation: str, part: str, expected: set[str]
) -> None:
    text = (
        "Jane Tamsin, the head of the Examplo Space Agency, visited the launch site on Monday with Mark Ostrander."
        f"\n\n{quotation}"
    )
    assert speakers_in(extractor, text, part) == expected


def test_paragraphs_each_closing_their_quotation_stay_apart(extractor: RuleExtractor) -> None:
    # near-miss: each paragraph closes its own quotation; the second is the Discourse's (the speaker who went on)
    text = (
        "Jane Tamsin, the head of the Examplo Space Agency, visited the launch site with Mark Ostrander.\n\n"
        '"The rocket will fly in May," Ostrander said.\n\n'
        '"We have the crew," Tamsin said.'
    )
    assert speakers_in(extractor, text, "The rocket will fly") == {"mark-ostrander"}
    assert speakers_in(extractor, text, "We have the crew") == {"jane-tamsin"}


# -- a feeling stated is a stance ---------------------------------------------------------------------------------

FEELINGS_STATED = [
    ("Jane Tamsin expressed confidence that the rocket would fly in May.", {"jane-tamsin"}),
    ("Jane Tamsin voiced strong support for the Artemis Accords.", {"jane-tamsin"}),
    ("Japan expressed its regret over the delay.", {"japan"}),
    ("The Examplo Space Agency expressed satisfaction with the test.", {"examplo-space-agency"}),
    ("Russia voiced frustration at the new sanctions.", {"russia"}),
    # one voice of a body named by its class, with an article
    ("The Examplo Space Agency met in May. An agency spokesperson said the rocket would fly in June.",
     {"examplo-space-agency"}),
    ("A spokesperson said the rocket would fly in June.", set()),
    # near-misses: no speaker, or no feeling
    ("The letter expressed a hope for peace.", set()),
    ("The engines expressed no faults.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), FEELINGS_STATED)
def test_a_feeling_stated_is_a_stance(extractor: RuleExtractor, sentence: str, expected: set[str]) -> None:
    assert speakers_in(extractor, sentence, sentence) == expected
