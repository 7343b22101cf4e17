"""Who says what, round 26 (invented texts, a grid): one speaker who says two things in one sentence with two speech
verbs joined ('X told reporters that …, and she insisted that …', 'X warned that …, but he insisted that …') makes
one claim, as the manual has it (docs/extraction.md, speakers26: the duplicate claims that unseen prose of seven
sets got); with look-alikes that must keep two claims or more: two speakers in one sentence, one speaker over two
sentences, a quotation and the next one, claims with propositions (one per relation in the manual). And a name
given is no speech: 'called the mission Futura', 'the flight, which the agency called the Centenary Mission in
honour of …' (a judgement, 'called the test a success', 'called the Artemis program too costly', still is). And
a group left unnamed speaks for no one ('Several members questioned …', 'Critics in Parliament argued …'), not for
the body named inside it or before it.

Each row is a text and what must hold of its candidates, as in tests/test_extract_speakers23.py:
- ``claim SPEAKER``: a claim of that speaker; ``claim SPEAKER: S R O [MODALITY]``: with that proposition;
- ``no claim``: no claim at all; ``claims N``: exactly N claims; ``no speaker X``: no claim of X.
"""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_speakers23 import check

ONE_VOICE = [
    # two speech verbs of one speaker, joined in one sentence: one claim
    (
        "Jane Doe told reporters that the lander was lost, and she insisted that the agency would try again.",
        ["claim jane-doe", "claims 1"],
    ),
    ("Jane Doe said the lander was lost, but she warned that the data would take years to study.", ["claims 1"]),
    (
        "John Roe warned that the rover could not be repaired, but he insisted that the team would download its data.",
        ["claim john-roe", "claims 1"],
    ),
    (
        "John Roe, the agency's chief, told the engineers that they had made history, and he said the country had "
        "dared to reach into the unknown.",
        ["claim john-roe", "claims 1"],
    ),
    ("Jane Doe said the rover was healthy, and she added that more tests would follow.", ["claims 1"]),
    (
        "Asked whether the mission would bring rocks back, Jane Doe noted that the rover would collect samples, but "
        "she warned that they would not reach Earth before 2033.",
        ["claim jane-doe", "claims 1"],
    ),
    (
        "The Examplo Space Agency said the rover had stopped, and it warned that the mission might end.",
        ["claim examplo-space-agency", "claims 1"],
    ),
    (
        "Senator Jane Doe said her committee had seen the report, and she asked the President to publish it.",
        ["claim jane-doe", "claims 1"],
    ),
    (
        "Jane Doe argued that the launch had been a success, and she predicted that the rocket would fly for years.",
        ["claims 1"],
    ),
    (
        "The lander was built by Examplo Aerospace, Jane Doe said, and she insisted that it would fly.",
        ["claim jane-doe", "claims 1"],
    ),
    # already one claim: stays one
    ("Jane Doe praised the crew and said that the flight had been a triumph.", ["claim jane-doe", "claims 1"]),
    ("Jane Doe said on Monday that the lander was lost; she also said that the agency would try again.", ["claims 1"]),
    ("Jane Doe said the lander was lost, but the rover, she insisted, was healthy.", ["claims 1"]),
    # two speakers who each speak twice: one claim each
    (
        "Jane Doe and John Roe said the lander was lost, and they insisted that the agency would try again.",
        ["claim jane-doe", "claim john-roe", "claims 2"],
    ),
    # look-alikes: two speakers, two sentences, a quotation and the next one, claims with propositions
    (
        "Jane Doe said the lander was lost, and John Roe insisted that the agency would try again.",
        ["claim jane-doe", "claim john-roe", "claims 2"],
    ),
    (
        "Jane Doe said the lander was lost, and the Examplo Space Agency insisted that it would try again.",
        ["claim jane-doe", "claim examplo-space-agency", "claims 2"],
    ),
    ("Jane Doe said the lander was lost. She insisted that the agency would try again.", ["claims 2"]),
    ('"We lost the lander," Jane Doe said. "We will try again," she added.', ["claim jane-doe", "claims 2"]),
    (
        '"The lander is lost," said Jane Doe. John Roe said the agency would try again.',
        ["claim jane-doe", "claim john-roe", "claims 2"],
    ),
    (
        "Jane Doe said NASA would join the Artemis program, and she insisted that India would sign the Artemis Accords.",
        [
            "claim jane-doe: nasa participatesIn artemis planned",
            "claim jane-doe: india signs artemis-accords planned",
        ],
    ),
    (
        "Jane Doe said India had joined the ILRS, and she warned that the lander was late.",
        ["claim jane-doe: india participatesIn ilrs"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_VOICE)
def test_one_claim_per_voice(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


NAMING = [
    # a name given to a thing: no claim
    ("The Examplo Space Agency, which had arranged the flight, called the mission Futura.", ["no claim"]),
    (
        "The flight, which the agency called the Centenary Mission in honour of an aviator, took Jane Doe to the "
        "station for a week.",
        ["no claim"],
    ),
    ("The Civil Aviation Authority had licensed the flight, which the company called Start Me Up.", ["no claim"]),
    ("The Examplo Space Agency called the rover Pathfinder.", ["no claim"]),
    ("The Examplo Space Agency called its new rover Pathfinder 2.", ["no claim"]),
    (
        "Its official name was the Examplo Orbiter Mission; at home the Examplo Space Agency called it Examplyaan.",
        ["no claim"],
    ),
    (
        "NASA launched the probe in 2031, and the Examplo Space Agency called the flight the Friendship Mission "
        "after its two crews.",
        ["no claim"],
    ),
    # a judgement, a call on someone, a description: still speech
    ("NASA called the test a success.", ["claim nasa", "claims 1"]),
    ("The Examplo Space Agency called the launch a triumph.", ["claim examplo-space-agency"]),
    ("Jane Doe called the Artemis program too centred on the United States.", ["claim jane-doe"]),
    ("Jane Doe called the mission Futura a turning point for the agency.", ["claim jane-doe"]),
    ("Jane Doe called the Moon Agreement a failure.", ["claim jane-doe"]),
    ("Jane Doe called it reckless and irresponsible.", ["claim jane-doe"]),
    ("Jane Doe called on NASA to delay the launch.", ["claim jane-doe"]),
    ("John Roe called the treaty the most important arms control agreement in years.", ["claim john-roe"]),
    (
        "John Roe called the test dangerous, and the Examplo Space Agency called it a provocation.",
        [
            "claim john-roe",
            "claim examplo-space-agency",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMING)
def test_a_name_given_is_no_speech(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


UNNAMED_GROUPS = [
    # an unnamed group: no claim, and not the body named in it or before it
    (
        "The Examplian Party held a majority in the committee. Several members questioned whether a separate service "
        "was needed at all.",
        ["no claim"],
    ),
    ("Critics in Parliament argued that the cap should be written into the act itself.", ["no claim"]),
    ("Many analysts in Japan warned that the rocket was too expensive.", ["no claim"]),
    ("Some Examplian politicians criticized the decision and said the agency had wasted money.", ["no claim"]),
    (
        "A few lawmakers in Capitalia complained that the Examplo Space Agency had hidden the costs.",
        ["no speaker examplo-space-agency"],
    ),
    ("Several delegations insisted that COPUOS should stay out of security questions.", ["no speaker copuos"]),
    ("Critics say the money would be better spent on the Examplo Space Agency's own rockets.", ["no claim"]),
    ("Observers in Capitalia said the launch had been rushed.", ["no claim"]),
    # look-alikes: named members, a body's officials, a body's own members, a named group
    (
        "Two members, Jane Doe and John Roe, questioned whether the service was needed.",
        [
            "claim jane-doe",
            "claim john-roe",
        ],
    ),
    ("Its members found that a seal had failed, the Examplo Commission said.", ["claim examplo-commission"]),
    ("Officials of the Examplo Space Agency said the launch would slip.", ["claim examplo-space-agency"]),
    ("Jane Doe, one of the critics, said the launch had been rushed.", ["claim jane-doe"]),
    ("The Examplo Space Agency said the rover was healthy, and its members agreed.", ["claim examplo-space-agency"]),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_GROUPS)
def test_an_unnamed_group_speaks_for_no_one(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)
