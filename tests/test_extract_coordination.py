"""Coordination (issue #11, lists14): a verb stated once and carried over a
list of names, a gapped clause ('Finland in 1995'), an object left out
('joined in 1987': the body the headline names), crews carried by a craft
and the people 'with him', companies each hired for their own job. Invented
sentences in several wordings, with look-alikes where nothing may carry over
(a list of places after 'in', 'A, not B', a quotation, a denial)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def test_a_gapped_clause_with_two_names_repeats_the_verb_for_both(extractor: RuleExtractor) -> None:
    for text in (
        "Japan signed the Artemis Accords in 2020, Brazil in 2021, and Rwanda and Nigeria in 2022.",
        "Japan signed the Artemis Accords in 2020; Brazil followed in 2021, and Rwanda and Nigeria in 2022.",
        "Japan signed the Artemis Accords in 2020, Brazil a year later and Rwanda and Nigeria in 2022.",
    ):
        found = stated(extractor, text)
        for country in ("japan", "brazil", "rwanda", "nigeria"):
            assert found.get((country, "signs", "artemis-accords"), "x") is None, (country, text)


def test_no_gapping_over_places_a_contrast_or_a_denial(extractor: RuleExtractor) -> None:
    # a list of places after a preposition, before the time phrase
    for text in (
        "Japan signed the Artemis Accords at ceremonies in France, Italy and Spain in 2020.",
        "Japan signed the Artemis Accords after talks with France and Italy in 2020.",
    ):
        found = stated(extractor, text)
        assert ("japan", "signs", "artemis-accords") in found, text
        assert not any(s in ("france", "italy", "spain") for s, r, _ in found if r == "signs"), text
    # 'A, not B', 'but not B': B did not sign
    for text in (
        "Japan signed the Artemis Accords in 2020, not Brazil.",
        "Japan signed the Artemis Accords in 2020, but not Brazil, and Peru in 2022.",
    ):
        found = stated(extractor, text)
        assert found.get(("brazil", "signs", "artemis-accords"), "negated") == "negated", text
    # a name followed by its own verb is no gapped clause
    found = stated(extractor, "Japan signed the Artemis Accords in 2020, and Brazil said in 2021 that it would wait.")
    assert ("brazil", "signs", "artemis-accords") not in found


def test_joining_with_no_object_is_joining_the_body_the_headline_names(extractor: RuleExtractor) -> None:
    for text in (
        "The member states of the Example Space Agency\n\nAustria and Norway joined in 1987, Finland in 1995 and "
        "Portugal in 2000, followed by Greece in 2005.",
        "Who joined the Example Space Agency, and when\n\nOthers came later. Austria and Norway joined in 1987, "
        "Finland in 1995 and Portugal in 2000, followed by Greece in 2005.",
        "Example Space Agency grows\n\nAustria, which joined in 1987, was first; Norway followed in 1988, Finland "
        "in 1995, and Portugal and Greece in 2005.",
    ):
        found = stated(extractor, text)
        for country in ("austria", "finland", "portugal", "greece"):
            assert found.get((country, "memberOf", "example-space-agency"), "x") is None, (country, text)


def test_no_body_in_focus_without_one_in_the_headline(extractor: RuleExtractor) -> None:
    for text in (
        "New members for two agencies\n\nAustria and Norway joined in 1987, Finland in 1995.",
        "The Example Space Agency and the Sample Space Agency\n\nAustria and Norway joined in 1987.",
        # a headline about a programme too: what one joins may be the programme
        "NASA adds partners to the Artemis program\n\nAustria joined in 2019, Norway in 2020.",
    ):
        assert not any(r == "memberOf" for _, r, _ in stated(extractor, text)), text
    # a person who joins works there: no membership, nor is a denial a member
    found = stated(extractor, "The Example Space Agency\n\nJane Roe joined in 1987 as an engineer.")
    assert not any(r == "memberOf" for _, r, _ in found)
    found = stated(extractor, "The Example Space Agency\n\nAustria has not joined so far.")
    assert found.get(("austria", "memberOf", "example-space-agency"), "negated") == "negated"


def test_a_list_inside_another_speakers_quotation_is_no_plain_fact(extractor: RuleExtractor) -> None:
    text = 'The Example Space Agency\n\n"Austria and Norway joined in 1987, Finland in 1995," said Jane Roe.'
    found = stated(extractor, text)
    assert not any(r == "memberOf" and m is None for (_, r, _), m in found.items())


def test_the_crew_a_craft_carries_takes_part_in_it_and_in_the_station(extractor: RuleExtractor) -> None:
    for text in (
        "Shenzhou 12 brought Jane Roe, John Doe and Ann Poe to the International Space Station.",
        "In 2021 Shenzhou 12 carried Jane Roe, John Doe and Ann Poe to the International Space Station.",
        "A year later Shenzhou 12 ferried Jane Roe, John Doe and Ann Poe up to the International Space Station.",
    ):
        found = stated(extractor, text)
        for person in ("jane-roe", "john-doe", "ann-poe"):
            assert found.get((person, "participatesIn", "shenzhou-12"), "x") is None, (person, text)
            assert found.get((person, "participatesIn", "iss"), "x") is None, (person, text)
    found = stated(extractor, "The Apollo program landed Jane Roe and John Doe on the Moon in 1969.")
    assert ("jane-roe", "participatesIn", "apollo") in found
    assert ("john-doe", "participatesIn", "apollo") in found


def test_carrying_by_no_craft_or_no_people_is_no_crew(extractor: RuleExtractor) -> None:
    for text in (
        "NASA brought Jane Roe and John Doe to the International Space Station programme office.",
        "Jane Roe brought John Doe to the International Space Station.",
        "Jane Roe, who flew on Shenzhou 12, later brought John Doe to the International Space Station.",
        "Shenzhou 12 brought supplies and NASA experiments to the International Space Station.",
    ):
        found = stated(extractor, text)
        assert not any(r == "participatesIn" and s == "john-doe" for s, r, _ in found), text
    found = stated(extractor, "Shenzhou 12 did not bring Jane Roe to the International Space Station.")
    assert found.get(("jane-roe", "participatesIn", "shenzhou-12"), "negated") == "negated"


def test_the_people_with_the_commander_take_part_in_his_flight(extractor: RuleExtractor) -> None:
    for text in (
        "John Doe commanded Shenzhou 12, and with him were Jane Roe and Ann Poe.",
        "John Doe commanded Shenzhou 12; with him flew Jane Roe and Ann Poe, a pilot of the air force.",
        "The first crew came in 2021 aboard Shenzhou 12. John Doe commanded the flight, and with him were Jane Roe "
        "and Ann Poe.",
    ):
        found = stated(extractor, text)
        for person in ("jane-roe", "ann-poe"):
            assert found.get((person, "participatesIn", "shenzhou-12"), "x") is None, (person, text)
    # not what he did not do, nor what he did that is no flight
    for text in (
        "John Doe did not command Shenzhou 12, and with him were Jane Roe and Ann Poe.",
        "John Doe met NASA officials, and with him were Jane Roe and Ann Poe.",
    ):
        found = stated(extractor, text)
        assert not any(s in ("jane-roe", "ann-poe") and m is None for (s, _, _), m in found.items()), text


def test_companies_hired_each_for_their_own_job_are_all_partners(extractor: RuleExtractor) -> None:
    for text in (
        "NASA hired SpaceX for the launch and Boeing to build the capsule.",
        "NASA had hired SpaceX for the launch and Boeing, a Virginia company, to build the capsule.",
        "The mission was run by NASA, which hired SpaceX for the launch and Boeing to build the satellite.",
    ):
        found = stated(extractor, text)
        assert ("nasa", "partnerOf", "spacex") in found or ("spacex", "partnerOf", "nasa") in found, text
        assert ("nasa", "partnerOf", "boeing") in found or ("boeing", "partnerOf", "nasa") in found, text
    found = stated(extractor, "Artemis II is run by NASA, which hired SpaceX for the launch and Boeing to build it.")
    assert ("spacex", "participatesIn", "artemis-ii") in found
    assert ("boeing", "participatesIn", "artemis-ii") in found
    # a public body is no company hired for a job
    found = stated(extractor, "NASA hired SpaceX for the launch and ESA to build the capsule.")
    assert ("nasa", "partnerOf", "esa") not in found and ("esa", "partnerOf", "nasa") not in found


def test_founding_members_listed_after_a_colon_are_members_of_the_body_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Space Agency at fifty\n\nThe Example Treaty was opened for signature in 1975. Ten founding "
        "members signed it that year: Belgium, Denmark, West Germany and the United Kingdom.",
        "The Example Space Agency at fifty\n\nThe Example Treaty was opened for signature in 1975. The four "
        "original member states signed it within a month: Belgium, Denmark, West Germany and the United Kingdom.",
    ):
        found = stated(extractor, text)
        for country in ("belgium", "denmark", "west-germany", "united-kingdom"):
            assert found.get((country, "signs", "example-treaty"), "x") is None, (country, text)
            assert found.get((country, "memberOf", "example-space-agency"), "x") is None, (country, text)
    # members of something else, or no body in the headline: no membership
    for text in (
        "The Example Space Agency at fifty\n\nTen members of parliament signed the letter: Jane Roe and John Doe.",
        "Fifty years of a treaty\n\nTen founding members signed it that year: Belgium, Denmark and Italy.",
    ):
        assert not any(r == "memberOf" for _, r, _ in stated(extractor, text)), text


def test_a_document_named_head_first_with_for(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Convention for the Establishment of an Example Organization was signed by Peru.")
    assert ("peru", "signs", "convention-for-the-establishment-of-an-example-organization") in found
    found = stated(extractor, "The Treaty for the Prohibition of Example Weapons was signed by Peru and Chile.")
    assert ("chile", "signs", "treaty-for-the-prohibition-of-example-weapons") in found


def test_east_and_west_germany_are_states_of_their_own(extractor: RuleExtractor) -> None:
    found = stated(extractor, "West Germany, East Germany and France signed the Outer Space Treaty in 1967.")
    for country in ("west-germany", "east-germany", "france"):
        assert (country, "signs", "outer-space-treaty") in found, country
    assert ("germany", "signs", "outer-space-treaty") not in found
    # a region is no country: 'West Africa', 'South America'
    found = stated(extractor, "West Africa and South America watched as France signed the Outer Space Treaty.")
    assert [s for s, r, _ in found if r == "signs"] == ["france"]


def test_names_completing_an_apposition_on_the_object_are_no_objects(extractor: RuleExtractor) -> None:
    for text in (
        "Russia joined the International Space Station, until then a project of NASA, the European Space Agency "
        "and Canada.",
        "Peru joined the International Space Station, a programme led by NASA and the European Space Agency.",
    ):
        found = stated(extractor, text)
        assert not any(r == "memberOf" and o in ("nasa", "esa") for _, r, o in found), text


def test_a_list_of_objects_with_a_time_after_each(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Roe commanded two flights to the station, Shenzhou 9 in 2012 and Shenzhou 11 in 2016.",
        "Jane Roe commanded Shenzhou 9 in 2012 and Shenzhou 11 in 2016.",
        "Jane Roe later commanded Shenzhou 9 (2012) and Shenzhou 11 (2016).",
    ):
        found = stated(extractor, text)
        for flight in ("shenzhou-9", "shenzhou-11"):
            assert found.get(("jane-roe", "leads", flight), "x") is None, (flight, text)
    found = stated(extractor, "Japan signed the Artemis Accords in 2020 and the Outer Space Treaty in 1967.")
    assert ("japan", "signs", "artemis-accords") in found and ("japan", "signs", "outer-space-treaty") in found
    # a name of another class after the time is no object
    found = stated(extractor, "Japan signed the Artemis Accords in 2020 and NASA in 2021 welcomed it.")
    assert ("japan", "signs", "nasa") not in found


def test_a_members_label_lists_the_members_of_the_body_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "What the Example Alliance agreed\n\nParticipants: the United States; India, represented by Prime Minister "
        "Jane Roe; Australia, by Prime Minister John Doe; and Japan.",
        "What the Example Alliance agreed\n\nMembers: the United States, India, Australia and Japan.",
    ):
        found = stated(extractor, text)
        for country in ("united-states", "india", "australia", "japan"):
            assert found.get((country, "memberOf", "example-alliance"), "x") is None, (country, text)
    # no body in the headline, or a label of something else
    for text in (
        "What the leaders agreed\n\nParticipants: the United States; India; and Japan.",
        "What the Example Alliance agreed\n\nObservers: the United States; India; and Japan.",
    ):
        assert not any(r == "memberOf" for _, r, _ in stated(extractor, text)), text


def test_a_name_after_a_described_noun_is_coordinated_with_the_one_before(extractor: RuleExtractor) -> None:
    for text in (
        "The European Space Agency and France's space agency, CNES, drafted the Example Charter in 1999.",
        "NASA and its long-time partner, CNES, drafted the Example Charter in 1999.",
    ):
        found = stated(extractor, text)
        assert ("cnes", "drafts", "example-charter") in found, text
        assert ("esa" if "European" in text else "nasa", "drafts", "example-charter") in found, text
        # the possessor describes the agency; it drafts nothing
        assert ("france", "drafts", "example-charter") not in found, text


def test_an_excepted_or_denied_name_is_never_a_positive_fact(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Space Agency\n\nAll but Chile joined in 1990.",
        "The Example Space Agency\n\nEvery member but Chile signed the Artemis Accords in 1990.",
        "The Example Space Agency\n\nAustria joined in 1987, but Chile did not.",
        "The Example Space Agency\n\nAustria joined in 1987, not Chile.",
    ):
        found = stated(extractor, text)
        assert not any(s == "chile" and m is None for (s, _, _), m in found.items()), text


def test_a_verb_after_a_comma_and_with_no_subject_shares_the_clause_subject_before(extractor: RuleExtractor) -> None:
    for text in (
        "China joined the ILRS in 2021, and later signed the Outer Space Treaty.",
        "China joined the ILRS in 2021, and has since signed the Outer Space Treaty.",
        "China joined the ILRS in 2021, but has also signed the Outer Space Treaty.",
    ):
        found = stated(extractor, text)
        assert found.get(("china", "signs", "outer-space-treaty"), "x") is None, text
        assert found.get(("china", "participatesIn", "ilrs"), "x") is None, text
    # a clause of its own after ', and' keeps its own subject; a negated verb stays negated
    found = stated(extractor, "China joined the ILRS in 2021, and later India signed the Outer Space Treaty.")
    assert ("china", "signs", "outer-space-treaty") not in found
    assert found.get(("india", "signs", "outer-space-treaty"), "x") is None
    found = stated(extractor, "China joined the ILRS in 2021, and has never signed the Outer Space Treaty.")
    assert found.get(("china", "signs", "outer-space-treaty")) == "negated"


def test_a_subject_pronoun_with_an_adverb_before_its_verb_after_a_comma_and(extractor: RuleExtractor) -> None:
    for text in (
        "China has signed the accords, and it is instead building the ILRS with Russia.",
        "China has signed the accords; it is currently building the ILRS with Russia.",
    ):
        found = stated(extractor, text)
        assert found.get(("china", "participatesIn", "ilrs"), "x") is None, text


def test_a_verb_cue_counted_by_a_quantifier_is_a_noun(extractor: RuleExtractor) -> None:
    text = (
        "The Vega-C rocket flew. Arianespace, which markets the rocket, declined to say how many launches it had sold."
    )
    assert stated(extractor, text) == {}
    assert ("nasa", "participatesIn", "artemis") not in stated(extractor, "Two launches of Artemis for NASA failed.")
    # a verb after a counted subject has no -s, and stays a verb
    text = (
        "The United States, the United Kingdom and the Soviet Union drafted the Outer Space Treaty. All three sign it."
    )
    found = stated(extractor, text)
    for country in ("united-states", "united-kingdom", "soviet-union"):
        assert found.get((country, "signs", "outer-space-treaty"), "x") is None, country


@pytest.mark.parametrize(
    "text",
    [
        "Ghana signed the Artemis Accords, joining Chile and Peru, which had signed the year before.",
        "Ghana signed the Artemis Accords on Monday, following Chile and Peru.",
        "Ghana signed the Artemis Accords, weeks after Chile and Peru did.",
        "Ghana signed the Artemis Accords after Chile and Peru had done so.",
    ],
)
def test_others_who_did_the_same_before_did_it_too(extractor: RuleExtractor, text: str) -> None:
    # (lead16) 'joining A', 'following A', 'after A did': the act of the clause before, done earlier by A
    found = stated(extractor, text)
    assert {s for s, r, o in found if r == "signs" and o == "artemis-accords"} == {"ghana", "chile", "peru"}


def test_no_act_is_copied_to_what_follows_after_without_a_verb_or_to_the_objects_of_joining(
    extractor: RuleExtractor,
) -> None:
    found = stated(extractor, "Ghana signed the Artemis Accords after Chile urged it to.")
    assert ("chile", "signs", "artemis-accords") not in found
    found = stated(extractor, "Ghana signed the Artemis Accords, following talks with Chile.")
    assert ("chile", "signs", "artemis-accords") not in found
    found = stated(extractor, "The Examplian Space Agency joined the Lunar Gateway, joining ESA and JAXA.")
    assert ("esa", "participatesIn", "lunar-gateway") in found
    assert not any(s == "esa" and o == "jaxa" for s, _, o in found)
