"""'The agency', 'the company' resolved by salience (``spacekg.extract.salience.Salience.described``): the
salient entity of the noun's class, the text's protagonist of that class before one named in passing."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def test_the_agency_is_the_protagonist_not_the_agency_named_last(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Kenyan Space Agency opened in 2018. The Kenyan Space Agency has forty staff. In 2019 Kenya agreed "
        "with NASA to train engineers for NASA's lunar programme. In 2020 Kenya joined the Artemis Accords. "
        "The agency has also signed cooperation agreements with the UK Space Agency.",
    )
    assert not any(s == "nasa" and o == "uk-space-agency" for s, _, o in found)


def test_an_agency_named_in_passing_is_not_the_agency(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Kenyan Space Agency opened in 2018. The Kenyan Space Agency has forty staff. Its first head was "
        "Lena Marsh, a former chief of the Nairobi Research Agency. She left in 2021. Location: The agency moved "
        "in 2020 into its headquarters at Lot Fourteen in Nairobi.",
    )
    assert ("kenyan-space-agency", "headquarteredAt", "nairobi") in found
    assert ("nairobi-research-agency", "headquarteredAt", "nairobi") not in found


def test_the_agency_after_its_own_name_is_that_agency(extractor: RuleExtractor) -> None:
    # the nearest and the most salient agree: the subject of the sentence before
    found = stated(extractor, "JAXA worked with Toyota on the rover. The agency signed the Artemis Accords in 2019.")
    assert ("jaxa", "signs", "artemis-accords") in found
    assert ("toyota", "signs", "artemis-accords") not in found


def test_the_company_is_no_public_body(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "NASA paid Intuitive Machines to carry NASA instruments. NASA said the flight was on time. "
        "The company, which is based in Houston, runs the mission.",
    )
    assert ("nasa", "headquarteredAt", "houston") not in found
