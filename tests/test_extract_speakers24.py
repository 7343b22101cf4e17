"""Who says what, round 24 (invented texts, a grid per shape): the shapes that lost claims on unseen prose across
the 21 development sets at unseen time (docs/extraction.md, speakers24): a transcript's labels with a full name
or a bracketed affiliation ('Jane Doe (NASA): …', 'A (Jane Doe, director): …'), every sentence of a speaker's
turn that names something, a fact check's claim line that names its own speaker, quotations attributed by a
source line after them ('— Jane Doe, speech at …', 'From the record: …'), and people coordinated with their
bodies ('A of X and B of Y said'); each grid with look-alikes that must give no claim or another speaker.

Each row is a text and what must hold of its candidates, as in tests/test_extract_speakers23.py:
- ``claim SPEAKER``: a claim of that speaker; ``claim SPEAKER: S R O [MODALITY]``: with that proposition;
- ``no claim``: no claim at all; ``claims N``: exactly N claims; ``no speaker X``: no claim of X;
- ``fact S R O [MODALITY]``: a fact; ``no fact S R O``: no plain fact of that triple.
"""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_speakers23 import check

# -- a transcript's labels: a full name, a bracketed affiliation, an answer label naming its speaker ------------

LABELS = [
    (
        "Transcript of a press conference.\nJane Doe (NASA): We launched the probe this morning.\n"
        "John Roe (JPL): The craft is healthy and sending data.",
        ["claim jane-doe", "claim john-roe", "claims 2"],
    ),
    (
        "Transcript.\nJane Doe (Examplo Space Agency): The lander will fly in 2027.\n",
        ["claim jane-doe", "no speaker examplo-space-agency"],
    ),
    ("Minutes of the hearing.\nSenator Jane Doe (Ohio): The budget is too small for the Moon.\n", ["claim jane-doe"]),
    (
        "An interview with the agency.\nQ: Will Examplo join the Artemis Accords?\n"
        "A (Jane Doe, director): We have no plans to sign them this year.",
        ["claim jane-doe", "claims 1"],
    ),
    (
        "The briefing was short.\nQ (John Roe, Reuters): Tell us about the budget for the Moon programme.\n"
        "A (Jane Doe, NASA): The budget will grow by ten percent next year.",
        ["claim jane-doe", "no speaker john-roe", "claims 1"],
    ),
    ("Notes.\nAnswer (Jane Doe of ESA): The rover will reach Mars with NASA's help.", ["claim jane-doe"]),
    # look-alikes: a question's label, a label with no person in the brackets, a dateline, a one-word answer
    ("Transcript.\nQ (John Roe, Reuters): When will the probe launch?", ["no claim"]),
    ("Transcript.\nA (unnamed official): The probe will launch in May.", ["no claim"]),
    ("PARIS (Wire): ESA said on Monday that the launch was delayed.", ["claim esa", "claims 1"]),
    ("Speakers: Jane Doe, NASA's science chief.\n\nQ: Is Europe still in?\n\nDOE: Yes.", ["no claim"]),
    ("Price (euros): 40 million for the whole mission, paid by the Examplo Space Agency.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_labels(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- every sentence of a speaker's turn that names something ------------------------------------------------------

TURNS = [
    (
        "Speakers: Jane Doe, head of NASA's science directorate; and John Roe of Arizona State University.\n\n"
        "DOE: Psyche is on its way. Maxar built the body of the spacecraft. It carries a laser experiment from JPL.",
        ["claims 3", "no speaker john-roe"],
    ),
    (
        "Speakers: Jane Doe, head of NASA's science directorate; and John Roe of Arizona State University.\n\n"
        "ROE: The launch slipped by a year. We made the changes that the review asked for. JPL runs the mission "
        "for NASA.",
        ["claims 2", "claim john-roe"],
    ),
    (
        "Speakers: Jane Doe of NASA and John Roe of ESA.\n\nDOE: The orbiter is on track.\n\n"
        "ROE: ESA is still building it. Airbus makes the structure in Toulouse.",
        ["claims 3", "claim jane-doe", "claim john-roe"],
    ),
    (
        "Transcript.\nJane Doe (NASA): We launched this morning. The Falcon Heavy worked well. All is fine now.",
        ["claims 2", "claim jane-doe"],
    ),
    # look-alikes: the writer's sentence after a turn's paragraph, a question in the turn
    (
        "Speakers: Jane Doe of NASA.\n\nDOE: The orbiter is on track.\n\nThe briefing ended at noon in Houston.",
        ["claims 1"],
    ),
    (
        "Speakers: Jane Doe of NASA.\n\nQ: Is ESA still in?\n\nDOE: ESA is still building the orbiter. Did you expect NASA to leave?",
        ["claims 1"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_turns(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a fact check's claim line -------------------------------------------------------------------------------------

CLAIM_LINES = [
    (
        "Fact check.\nClaim: In 2019 John Roe, the minister of science, said that NASA would land on Mars by 2030.\n"
        "Verdict: False.",
        ["claim john-roe"],
    ),
    (
        "Fact check.\nClaim: In April 2014 Russia's deputy prime minister, John Roe, suggested that the Americans "
        "use a trampoline.\nVerdict: He did.",
        ["claim john-roe"],
    ),
    (
        "Claim: Jane Doe told a rally that ESA had joined the ILRS.\nVerdict: False. ESA has not joined the ILRS.",
        ["claim jane-doe: esa participatesIn ilrs", "no fact esa participatesIn ilrs"],
    ),
    (
        "Viral claim: Senator Jane Doe wrote that China had left the Outer Space Treaty.\nRating: False.",
        ["claim jane-doe"],
    ),
    (
        'Fact check.\nClaim: "China could land on the Moon and declare that it is theirs."\n'
        "Who said it: NASA Administrator Jane Doe, in an interview in July 2022.",
        ["claim jane-doe", "no speaker china", "claims 1"],
    ),
    # look-alikes: a claim line with no speaker states nothing and waits; a name inside the tested words
    ("Fact check.\nClaim: The Moon is part of Mars.\nVerdict: False.", ["no claim", "no fact moon partOf mars"]),
    (
        'Fact check.\nClaim: "Russia said it would leave the station in 2024."\nVerdict: Mostly true.',
        ["no speaker russia"],
    ),
    (
        "Fact check.\nClaim: India joined the ILRS in 2023, John Roe's blog says.\nVerdict: False.",
        ["no fact india participatesIn ilrs"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_LINES)
def test_claim_lines(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- quotations attributed by a source line after them --------------------------------------------------------------

SOURCE_LINES = [
    (
        '"It is the stated policy of this administration to return astronauts to the Moon."\n\n'
        '"The first woman on the Moon will be an American astronaut."\n\n'
        "From the record: Vice President Jane Doe at the National Space Council, Huntsville, 26 March 2019",
        ["claim jane-doe", "claims 2"],
    ),
    (
        '"We choose to go to the Moon in this decade."\n\n'
        "— President John Roe, speech at Rice University, 12 September 1962",
        ["claim john-roe", "claims 1"],
    ),
    (
        '"NASA will join the Artemis program. ESA will follow."\n\nJane Doe, speech to the Examplo Congress, 1984',
        ["claim jane-doe: nasa participatesIn artemis planned", "no fact nasa participatesIn artemis planned"],
    ),
    (
        '"NASA will build a station, and other countries will help."\n– Jane Doe, in an address to Congress, 1984',
        ["claim jane-doe"],
    ),
    (
        '"The agency will not fly a crew this year."\n\nSource: John Roe, remarks at the Space Symposium, 2023',
        ["claim john-roe"],
    ),
    (
        '"We will not sign the accords."\n\nFrom Jane Doe\'s letter to the Examplo Congress, May 2021',
        ["claim jane-doe"],
    ),
    # a heading above the quotations that names someone's speech by a title of several capitalised words
    (
        "From President John Roe's State of the Union address to Congress, 25 January 1984:\n\n"
        '"Tonight, I am directing NASA to build a permanently manned space station."\n\n'
        '"NASA will invite other countries to take part."',
        ["claim john-roe", "no speaker state-of-the-union", "claims 2"],
    ),
    (
        "From Jane Doe's Day of the Moon Lecture at the Examplo Academy, 2 May 1990:\n\n"
        '"We will build the lander ourselves."',
        ["claim jane-doe", "claims 1"],
    ),
    # look-alikes: a source that is a document, a writer's sentence between, a quotation already attributed,
    # a name in the line that is not its opening
    ('"NASA will join the Artemis program."\n\nSource: NASA budget summary, 2010', ["no claim"]),
    (
        '"NASA will join the Artemis program."\n\nThe agency published the text in May.\n\n'
        "From the record: Vice President Jane Doe at the National Space Council",
        ["no claim"],
    ),
    (
        'Jane Doe said: "We are ready."\n\nFrom the record: John Roe at the council',
        ["claim jane-doe", "no speaker john-roe"],
    ),
    ('"We are ready."\n\nPhotograph by the agency; with thanks to Jane Doe, who lent it.', ["no speaker jane-doe"]),
    (
        '"We are ready."\n\nFrom the archive of the Examplo Space Agency, kept by Jane Doe since 1990',
        ["no speaker jane-doe"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_LINES)
def test_source_lines(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- people coordinated with their bodies ---------------------------------------------------------------------------

COORDINATED = [
    (
        "Jane Doe of NASA and John Roe of Thales said the merger would help Europe.",
        ["claim jane-doe", "claim john-roe", "no speaker nasa"],
    ),
    (
        "Jane Doe of the Examplo Space Agency and John Roe of Airbus said on Monday that the deal was signed.",
        ["claim jane-doe", "claim john-roe"],
    ),
    (
        "Jane Doe of NASA and John Roe argued that the station should stay in orbit.",
        ["claim jane-doe", "claim john-roe"],
    ),
    (
        "Jane Doe of ESA, the agency's director, and John Roe of CNES warned that Ariane 6 was late.",
        ["claim jane-doe", "claim john-roe"],
    ),
    # look-alikes: the first person is not a subject of the speech verb
    (
        "Jane Doe of NASA met ESA officials, and John Roe said the merger would help Europe.",
        ["claim john-roe", "no speaker jane-doe"],
    ),
    (
        "A letter from Jane Doe of NASA reached John Roe, who said the merger would help Europe.",
        ["claim john-roe", "no speaker jane-doe"],
    ),
    (
        "The prize went to Jane Doe of NASA and John Roe of ESA; the jury said both had earned it.",
        ["no speaker jane-doe", "no speaker john-roe"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a vote cast beside someone's -------------------------------------------------------------------------------

VOTES = [
    (
        "Jane Doe, John Roe and Ann Poe voted with the Chairwoman.",
        ["claim jane-doe", "claim john-roe", "claim ann-poe"],
    ),
    ("Japan sided with the United States in the vote on the draft.", ["claim japan", "no speaker united-states"]),
    ("Jane Doe voted alongside the majority.", ["claim jane-doe"]),
    ("Senator Jane Doe votes with the Republicans on most space bills.", ["claim jane-doe"]),
    # look-alikes: an idiom, a manner of voting, a joint act that is no vote, a condition
    ("The satellites voted with their feet.", ["no claim"]),
    ("Jane Doe voted with a show of hands.", ["no claim"]),
    ("Japan launched a probe with the United States.", ["no claim"]),
    ("If Japan sides with the United States, the draft will pass.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), VOTES)
def test_votes(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a plural title before two coordinated names ----------------------------------------------------------------

PLURAL_TITLES = [
    (
        "Senators Jane Doe and John Roe voted for the bill.",
        ["claim jane-doe", "claim john-roe", "no speaker senators-jane-doe"],
    ),
    (
        "Astronauts Jane Doe and John Roe said the station was safe.",
        ["claim jane-doe", "claim john-roe", "no speaker astronauts-jane-doe"],
    ),
    (
        "Ministers Jane Doe and John Roe argued that the Examplo Space Agency should join ESA.",
        ["claim jane-doe", "claim john-roe"],
    ),
    # look-alikes: a plural word inside a body's name, a holiday
    ("The Senators Association said the bill was good.", ["claim senators-association"]),
    ("Presidents Day fell on a Monday, and NASA was closed.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_TITLES)
def test_plural_titles(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)
