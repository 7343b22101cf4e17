"""Who says what, round 25 (invented texts, a grid): a text printed as someone's words, the shape that lost most
claims of the v24 set at unseen time (docs/extraction.md, speakers25): remarks, an address or a statement whose
title names the speaker ('Remarks by President Jane Doe on …') and whose passages never do, in the first person
or not; a joint statement whose title names countries and whose editor's note names the leaders ('after talks
between President A and Prime Minister B'), one claim per leader; with look-alikes that must give no claim or
another speaker (a headline about someone's remarks, a thread, a review or an opinion by someone, a title naming
no agent, the editor's note itself, a passage some rule already attributes).

Each row is a text and what must hold of its candidates, as in tests/test_extract_speakers23.py:
- ``claim SPEAKER``: a claim of that speaker; ``claim SPEAKER: S R O [MODALITY]``: with that proposition;
- ``no claim``: no claim at all; ``claims N``: exactly N claims; ``no speaker X``: no claim of X;
- ``fact S R O [MODALITY]``: a fact; ``no fact S R O``: no plain fact of that triple.
"""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_speakers23 import check

NOTE = "Editor's note: the President spoke at the museum.\n\n"

SPEECHES = [
    # remarks, an address, a statement, a testimony: the title's person speaks every passage
    (
        "Remarks by President Jane Doe on the tenth anniversary of the landing, Capitalia, 2 May 2031\n\n"
        + NOTE
        + "Ten years ago today, our astronauts landed on the Moon. I am proud of them.\n\n"
        "I am asking NASA to lead the work, and the European Space Agency will build the second module.",
        ["claim jane-doe", "claims 2"],
    ),
    (
        "Address by Prime Minister John Roe to the Examplian parliament, 3 March 2030\n\n"
        "We will join the Artemis Accords this year. Our astronauts will fly with NASA.",
        ["claim john-roe"],
    ),
    (
        "Statement by NASA Administrator Jane Doe on the Examplo mission\n\n"
        "The Examplo probe reached Mars today, and the European Space Agency built its camera.",
        ["claim jane-doe", "no speaker nasa"],
    ),
    (
        "Testimony by Senator Jane Doe before the Senate, 4 June 2029\n\nNASA is not ready to land on the Moon in 2030.",
        ["claim jane-doe"],
    ),
    (
        "Text of the speech by President Jane Doe at Examplo University\n\n"
        "India and Japan will take part in the Examplo Station.",
        ["claim jane-doe"],
    ),
    (
        "Speech of President Jane Doe, Capitalia, 2031\n\nWe will go back to the Moon with Canada.",
        ["claim jane-doe"],
    ),
    # the relation the passage states is the speaker's proposition, not the writer's fact
    (
        "Remarks by President Jane Doe at the Space Council\n\n"
        "I am asking Vice President John Roe, who chairs the National Space Council, to lead the council.",
        [
            "claim jane-doe: john-roe affiliatedWith national-space-council",
            "no fact john-roe affiliatedWith national-space-council",
        ],
    ),
    # several passages: a claim each
    (
        "Remarks by President Jane Doe in Capitalia\n\nNASA will fly to Mars.\n\nESA will build the lander.\n\n"
        "Japan will send a rover.",
        ["claim jane-doe", "claims 3"],
    ),
    # a body's statement: the body speaks
    (
        "Statement by the European Space Agency on the launch of Examplosat\n\n"
        "Examplosat reached orbit this morning, and NASA tracked it from the ground.",
        ["claim esa"],
    ),
    # a joint statement of countries: the leaders the note names speak, one claim each
    (
        "Joint statement of the United States and India (condensed)\n\n"
        "Editor's note: the statement was issued after talks between President Jane Doe and Prime Minister "
        "John Roe.\n\nNASA will train Indian astronauts at its Johnson Space Center.",
        [
            "claim jane-doe: johnson-space-center partOf nasa",
            "claim john-roe: johnson-space-center partOf nasa",
            "no fact johnson-space-center partOf nasa",
        ],
    ),
    (
        "Joint statement of Japan and France\n\n"
        "Note: issued in Tokyo after a meeting of Prime Minister Jane Doe and President John Roe.\n\n"
        "JAXA and CNES will build a rover for the Martian Moons eXploration mission.",
        ["claim jane-doe", "claim john-roe", "no speaker japan"],
    ),
    # a joint statement with no note naming leaders: the countries speak
    (
        "Joint statement of Japan and France on space\n\nJAXA and CNES will fly a rover to Phobos together.",
        ["claim japan", "claim france"],
    ),
    # a passage some rule already gives a speaker keeps it
    (
        "Remarks by President Jane Doe at the White House\n\n"
        "As John Roe of NASA said last week, the agency will fly to the Moon in 2028.",
        ["claim john-roe", "no speaker jane-doe"],
    ),
    # look-alikes: a headline about someone's remarks, a thread, a review, an opinion, a letter, a title naming no
    # agent, a note paragraph, a passage naming nothing
    (
        "Remarks by President Jane Doe drew criticism from Examplia\n\nNASA will fly to Mars in 2035.",
        ["no speaker jane-doe"],
    ),
    ("Thread by Jane Doe, orbital analyst: the towed satellite\n\nChina launched SJ-21 in 2021.", ["no claim"]),
    ("Review by Jane Doe: how Moscow lost the race\n\nNASA landed on the Moon in 1969.", ["no claim"]),
    ("Opinion by Jane Doe: Europe must clean up orbit\n\nESA signed the Zero Debris Charter.", ["no claim"]),
    ("Statement of work for the Examplo lander\n\nNASA will buy two landers from industry.", ["no claim"]),
    ("Address book of the agency\n\nNASA has its seat in Washington.", ["no claim"]),
    (
        "Remarks by President Jane Doe in Capitalia\n\nEditor's note: ESA and NASA sent delegations.\n\n"
        "Thank you all for coming today.",
        ["no claim"],
    ),
    ("The statement by President Jane Doe\n\nNASA will fly to Mars.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), SPEECHES)
def test_speeches(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- '…, the European launch company said': a body described by adjectives and its class noun ----------------
# The adjective ('US', 'European', 'Russian') and the words before the noun ('space', 'launch', 'state space')
# describe the body named before; the country the adjective names does not speak. A participle with its agent
# after a noun ('a rocket operated by X') describes a name inside the reported words: the writer's fact.

DESCRIBED = [
    ("NASA launched Examplosat on Monday, the US space agency said.", ["claim nasa", "no speaker united-states"]),
    (
        "SpaceX won the contract on Monday. The first flight will carry Examplosat in 2027, the US rocket company said.",
        ["claim spacex", "no speaker united-states"],
    ),
    ("ISRO tracked Examplosat on Monday, the Indian space agency said.", ["claim isro", "no speaker india"]),
    (
        "Airbus built the Examplo lander, the European aerospace company said.",
        ["claim airbus: airbus participatesIn examplo", "claims 1"],
    ),
    ("JAXA will launch Examplosat in 2026, the Japanese space agency said.", ["claim jaxa", "no speaker japan"]),
    (
        "Roscosmos delayed the launch of Examplosat, the Russian state space corporation said.",
        ["claim roscosmos", "no speaker russia"],
    ),
    (
        "CAPITALIA, Oct 9 (Wire) - A Vega rocket operated by Arianespace lifted off and placed Examplosat into orbit, "
        "the European launch company said.",
        ["claim arianespace", "fact arianespace leads vega"],
    ),
    (
        "A Falcon 9 rocket operated by SpaceX placed Examplosat into orbit, NASA said.",
        ["claim nasa", "fact spacex leads falcon-9"],
    ),
    (
        "A Proton rocket built by Khrunichev placed Examplosat into orbit on Monday, the Russian company said.",
        ["claim khrunichev", "fact khrunichev participatesIn proton", "no speaker russia"],
    ),
    # look-alikes: a passive keeps its relation in the reported words, a country speaks as itself, unnamed
    # officials, a name the noun is part of, the agency's own name
    (
        "The Examplo lander was built by Airbus, the European company said.",
        ["claim airbus: airbus participatesIn examplo", "no fact airbus participatesIn examplo"],
    ),
    ("NASA launched the probe on Monday, the United States said.", ["claim united-states", "no speaker nasa"]),
    ("The US space agency budget was cut, officials said.", ["no claim"]),
    ("Examplosat was launched by SpaceX. The European launch company Arianespace lost the contract.", ["no claim"]),
    ("ESA tracked Examplosat on Monday, the European Space Agency said.", ["claim esa", "claims 1"]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_described(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a view or an author's thesis in the writer's words, and a line whose owner a participle names --------------
# 'In her view, …' (a person named before), 'Jane Doe, the book's author, shows that …', 'Official line, carried
# by X, the state news agency: …' are claims of that person or body; look-alikes: 'their' after one name, a view
# 'of' something, a report or data that shows, a person who shows a thing, a line that is a rail or a route.

VIEWS = [
    (
        "Jane Doe heads the Examplo Space Agency. In her view, the Examplo rover should still reach Mars, with "
        "NASA's help.",
        ["claim jane-doe", "claims 1"],
    ),
    ("John Roe wrote the book. In his opinion, NASA should have kept the Examplo programme.", ["claim john-roe"]),
    (
        "Jane Doe, the book's author, shows that Roscosmos refused to build engines for the N1 rocket.",
        ["claim jane-doe"],
    ),
    ("Jane Doe documents how NASA chose the lunar orbit rendezvous.", ["claim jane-doe"]),
    (
        "Official line, carried by TASS, the state news agency: a routine test of the Examplo satellite.",
        ["claim tass", "claims 1"],
    ),
    (
        "The official position, set out by the Foreign Ministry of Japan: the test was reckless.",
        ["claim foreign-ministry-of-japan"],
    ),
    ("Jane Doe wrote the book. In her view of the history, the race ended in 1969.", ["no claim"]),
    ("Jane Doe wrote the book. In their view, NASA and ESA will return to the Moon.", ["no claim"]),
    ("The report shows that NASA spent too much on the Examplo lander.", ["no claim"]),
    ("NASA Administrator Jane Doe shows the lander to reporters.", ["no claim"]),
    ("Jane Doe's data shows that ESA launched the probe.", ["no claim"]),
    ("The launch line, built by Airbus, runs along the coast.", ["no claim"]),
    ("In our view, NASA should return to the Moon.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), VIEWS)
def test_views(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)


# -- a body's decision in the writer's words ---------------------------------------------------------------------
# 'The NSF decided not to rebuild the telescope', 'opted against a second launch': a claim of the body that decides (the
# manual: an agency's decision is its claim); a decision to join or sign is that relation's plan, not a claim; no
# decision taken ('has not decided', 'would have decided', 'if ESA decides'), nor a relative clause's background.

DECISIONS = [
    ("In 2019 the NSF decided not to rebuild the Examplo telescope.", ["claim nsf", "claims 1"]),
    ("ESA decided to drop the Examplo lander.", ["claim esa"]),
    ("The Examplo Space Agency decided against a second launch.", ["claim examplo-space-agency"]),
    ("Russia opted not to renew the Examplo agreement.", ["claim russia"]),
    ("JAXA has decided to end the SLIM mission.", ["claim jaxa"]),
    # look-alikes
    ("Japan decided to join the Artemis Accords.", ["no claim", "fact japan signs artemis-accords planned"]),
    ("ESA has not decided to drop the lander.", ["no claim"]),
    ("The committee has not decided whether to fund the lander.", ["no claim"]),
    ("NASA will decide next year whether to fly the Examplo probe.", ["no claim"]),
    ("If ESA decides to fly the lander, Airbus will build it.", ["no claim"]),
    ("NASA would have decided to drop the lander if the budget had fallen.", ["no claim"]),
    ("Jane Doe, who decided to leave NASA in 2019, now works for ESA.", ["no claim"]),
    ("The launch was decided by NASA in 2020.", ["no claim"]),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_decisions(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    check(extractor, text, expected)
