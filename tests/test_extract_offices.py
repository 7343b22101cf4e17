"""Offices, seats, memberships and parent companies read from general
constructions (``spacekg.extract.offices``, and the copula past a relative
clause in ``spacekg.extract.roles``): invented sentences, several wordings of
each construction, with the shapes that must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway, who until last year ran NASA's astronaut office, will command the flight.",
        "Jane Holloway, who has long run NASA's training division, spoke first.",
        "Jane Holloway, who previously headed NASA's science directorate, will retire.",
    ],
)
def test_who_ran_a_bodys_unnamed_office_is_affiliated_with_the_body(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "nasa") in plain(stated(extractor, text))


def test_headed_and_sat_on_a_body_with_a_pronoun_subject(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Lena Marsh was elected in 2010. From 2001 to 2009 she headed the Kenyan Space Committee, "
        "and she sat on the Board of the African Union.",
    )
    assert ("lena-marsh", "affiliatedWith", "kenyan-space-committee") in plain(found)
    found = stated(extractor, "Omar Haddad joined in 1990. He later chaired the Kenyan Space Committee.")
    assert ("omar-haddad", "affiliatedWith", "kenyan-space-committee") in plain(found)


def test_who_heads_a_facility_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Omar Haddad, who heads Spaceport Cornwall, said the site would stay open.")
    assert ("omar-haddad", "leads", "spaceport-cornwall") in plain(found)
    found = stated(extractor, "Omar Haddad, who runs Spaceport Cornwall, said the site would stay open.")
    assert ("omar-haddad", "leads", "spaceport-cornwall") in plain(found)
    # a member's seat is no leading of a facility
    found = stated(extractor, "Omar Haddad, who sits on Spaceport Cornwall's board, said little.")
    assert ("omar-haddad", "leads", "spaceport-cornwall") not in found


def test_a_denied_or_future_office_is_no_plain_fact(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Omar Haddad has never headed Spaceport Cornwall.")
    assert found.get(("omar-haddad", "leads", "spaceport-cornwall"), "negated") == "negated"
    found = stated(extractor, "Omar Haddad will head Spaceport Cornwall from next year.")
    assert found.get(("omar-haddad", "leads", "spaceport-cornwall"), "planned") == "planned"
    found = stated(extractor, "Jane Holloway has never headed the Kenyan Space Committee.")
    assert ("jane-holloway", "affiliatedWith", "kenyan-space-committee") not in plain(found)


def test_an_office_over_a_person_is_none(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Holloway, who heads Omar Haddad's team, spoke first.")
    assert not any(o == "omar-haddad" for _, _, o in found)


def test_the_copula_past_a_relative_clause(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "ESA was founded in 1975. Mark Dunne, who had headed ESRO, was the agency's first director general."
    )
    assert ("mark-dunne", "affiliatedWith", "esa") in plain(found)
    assert ("mark-dunne", "affiliatedWith", "esro") in plain(found)
    found = stated(extractor, "NASA grew. Mark Dunne, who joined in 1990, became the agency's chief scientist.")
    assert ("mark-dunne", "affiliatedWith", "nasa") in plain(found)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2015 Lena Marsh has been a deputy of the State Duma for the Liberal party.",
        "Lena Marsh was a member of the State Duma for the Liberal party until 2019.",
        "Lena Marsh, a deputy of the State Duma, voted for it.",
    ],
)
def test_a_seat_in_a_body_and_the_party_sat_for(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("lena-marsh", "affiliatedWith", "state-duma") in found
    if "party" in text:
        assert ("lena-marsh", "affiliatedWith", "liberal") in found


def test_a_company_from_or_of_a_city_is_seated_there(extractor: RuleExtractor) -> None:
    for text in (
        "Orbex, a start-up from Glasgow, tested its engine.",
        "Orbex, an engine maker from Glasgow, tested its engine.",
        "Orbex of Glasgow tested its engine.",
        "The rocket was built by Orbex of Glasgow.",
    ):
        assert ("orbex", "headquarteredAt", "glasgow") in plain(stated(extractor, text)), text
    # a route, a person, or a longer name is no seat
    for text in (
        "Orbex, a start-up flying from Glasgow to Delhi, tested its engine.",
        "Orbex, a start-up from Glasgow to Delhi, tested its engine.",
        "Jane Holloway of Glasgow spoke first.",
        "Orbex of Glasgow's science park tested its engine.",
    ):
        assert not any(r == "headquarteredAt" for _, r, _ in stated(extractor, text)), text


def test_a_described_body_with_its_headquarters_is_the_body_in_focus(extractor: RuleExtractor) -> None:
    text = (
        "The European Space Agency was founded in 1975. It merged two older bodies, the European Space Research "
        "Organisation (ESRO) and the European Launcher Development Organisation (ELDO), into a single agency with its "
        "headquarters in Paris."
    )
    found = plain(stated(extractor, text))
    assert ("esa", "headquarteredAt", "paris") in found
    assert ("eldo", "headquarteredAt", "paris") not in found


def test_a_subsidiary_is_part_of_its_parent(extractor: RuleExtractor) -> None:
    for text in (
        "Millennium Space Systems, a Boeing subsidiary, built the satellite.",
        "Millennium Space Systems, a wholly owned subsidiary of Boeing, built the satellite.",
    ):
        assert ("millennium-space-systems", "partOf", "boeing") in plain(stated(extractor, text)), text
    # a former subsidiary is no longer a part
    found = stated(extractor, "Millennium Space Systems, a former Boeing subsidiary, built the satellite.")
    assert ("millennium-space-systems", "partOf", "boeing") not in plain(found)


def test_a_cooperation_agreement_makes_partners_and_no_members(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Canada, which is not a member, has had a cooperation agreement with ESA since 1979.")
    assert ("canada", "partnerOf", "esa") in plain(found)
    assert found.get(("canada", "memberOf", "esa")) == "negated"
    found = stated(extractor, "Israel signed a framework cooperation agreement with ESA in 2011.")
    assert ("israel", "partnerOf", "esa") in plain(found)
    assert ("israel", "memberOf", "esa") not in found
    found = stated(
        extractor,
        "ESA has 22 members. Canada, which is not a member, has a cooperation agreement with the agency.",
    )
    assert ("canada", "partnerOf", "esa") in plain(found)
    assert found.get(("canada", "memberOf", "esa")) == "negated"


def test_a_body_named_before_by_its_kind(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Ronald Reagan appointed the Rogers Commission in 1986. The physicist Richard Feynman, who sat on the "
        "commission, insisted on an appendix.",
    )
    assert ("richard-feynman", "affiliatedWith", "rogers-commission") in plain(found)
    # the board of another body, named after it, is not the one named before
    found = stated(extractor, "The Example Board met. Jane Holloway, who chaired the board of the Example Fund, left.")
    assert ("jane-holloway", "affiliatedWith", "example-board") not in found


def test_a_research_centre_typed_a_facility_is_an_institution(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Holloway of NASA's Marshall Space Flight Center spoke first.")
    assert ("jane-holloway", "affiliatedWith", "marshall-space-flight-center") in plain(found)
    # a launch pad or a cosmodrome is no institution
    found = stated(extractor, "Jane Holloway of Launch Complex 39B spoke first.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)


def test_a_nationality_before_a_noun_of_state_service(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Valentina Example (born 6 March 1937) is a Soviet cosmonaut and Russian politician, and the first woman in space.",
    )
    assert ("valentina-example", "affiliatedWith", "soviet-union") in plain(found)
    assert ("valentina-example", "affiliatedWith", "russia") in plain(found)
    found = stated(extractor, "Pierre Example was a French diplomat.")
    assert ("pierre-example", "affiliatedWith", "france") in plain(found)
    found = stated(extractor, "Konstantin Example, a Russian diplomat, warned that satellites could be targets.")
    assert ("konstantin-example", "affiliatedWith", "russia") in plain(found)
    # a profession too, since GUIDELINES' "Nationality before a profession" (v23 round; professions.py, affiliation26)
    for text in (
        "Edwin Example, an American astronomer, found it.",
        "Edwin Example was an American astronomer who found that the universe grows.",
        "Edwin Example was an American engineer.",
    ):
        assert ("edwin-example", "affiliatedWith", "united-states") in plain(stated(extractor, text)), text


def test_its_centre_is_part_of_the_clause_subject(extractor: RuleExtractor) -> None:
    for text in (
        "NASA was building its new Manned Spacecraft Center in the city.",
        "In 1961 NASA opened its own Goddard Space Flight Center near Washington.",
    ):
        found = plain(stated(extractor, text))
        assert any(r == "partOf" and o == "nasa" for _, r, o in found), text
    # a station or a programme is no centre
    found = stated(extractor, "NASA sent its Example Station crew home.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_a_name_with_a_plural_possessive_inside(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Lena Marsh joined in 1960. From 1968 to 1987 she headed the Soviet Women's Committee.")
    assert ("lena-marsh", "affiliatedWith", "soviet-women-committee") in plain(found)


def test_its_opening_a_sentence_passes_over_a_possessive_modifier(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "In June 2020 the government set up IN-SPACe, the Indian National Space Promotion and Authorization Centre, "
        "to let firms use ISRO's test stands. Its chairman, Pawan Goenka, spoke first.",
    )
    assert ("pawan-goenka", "affiliatedWith", "in-space") in plain(found)
    assert ("pawan-goenka", "affiliatedWith", "isro") not in found
    # the possessive is the only candidate: it stays the owner
    found = stated(extractor, "In 2020 the ministry praised NASA's budget. Its head, Jane Holloway, spoke first.")
    assert ("jane-holloway", "affiliatedWith", "nasa") in plain(found)


def test_a_body_chaired_by_a_person(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Board, chaired by the retired admiral Jane Holloway, did not stop at the foam.",
        "Example Board Report. August 2003. The board, chaired by the retired admiral Jane Holloway, met daily.",
        "NASA asked for more. The Example Subcommittee on Commerce, Justice, and Science, chaired by Jane Holloway, "
        "met in May.",
        "The Example Board, which is headed by Jane Holloway, met in May.",
    ):
        found = plain(stated(extractor, text))
        assert any(s == "jane-holloway" and r == "affiliatedWith" for s, r, _ in found), text
    # a mission led by someone is no body; a board of its kind not named before is none
    found = stated(extractor, "The mission, led by Jane Holloway, landed in May.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    found = stated(extractor, "NASA praised it. The board, chaired by Jane Holloway, met in May.")
    assert ("jane-holloway", "affiliatedWith", "nasa") not in found


def test_a_role_at_a_research_centre(extractor: RuleExtractor) -> None:
    for text in (
        "NASA set up a board under Floyd Example, the director of its Langley Research Center.",
        "NASA set up a board under Floyd Example, the director of the Langley Research Center.",
        "Floyd Example, a former engineer at the Langley Research Center, spoke.",
    ):
        found = plain(stated(extractor, text))
        assert ("floyd-example", "affiliatedWith", "langley-research-center") in found, text
    # a launch pad is no institution
    found = stated(extractor, "Floyd Example, the director of Launch Complex 39B, spoke.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)


def test_a_role_in_a_body_held_or_denied(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Max Example sold his stake in 2022. He no longer has any role at Firefly.")
    assert found.get(("max-example", "affiliatedWith", "firefly-aerospace")) == "negated"
    found = stated(extractor, "Max Example sold his stake in 2022. He has no role at Firefly.")
    assert found.get(("max-example", "affiliatedWith", "firefly-aerospace")) == "negated"
    found = stated(extractor, "Max Example held a post at Firefly from 2010 to 2015.")
    assert ("max-example", "affiliatedWith", "firefly-aerospace") in plain(found)
    # a role in a mission is no office in a body
    found = stated(extractor, "Max Example had a role in Artemis II.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)


def test_a_title_named_after_a_body_is_held_in_the_body_named_before(extractor: RuleExtractor) -> None:
    opening = "The European Commission proposed the act in June. "
    for text in (
        "Commissioner Jane Holloway defended it.",
        "Jane Holloway, the former commissioner who championed it, spoke first.",
        "Jane Holloway, the Commissioner for Defence and Space, spoke first.",
    ):
        found = plain(stated(extractor, opening + text))
        assert ("jane-holloway", "affiliatedWith", "european-commission") in found, text
    # the commission, not the body most named, nor a country
    found = stated(
        extractor,
        "NASA and ESA asked for it. The European Commission proposed the act in June, and NASA agreed. "
        "Jane Holloway, the commissioner for space, defended it.",
    )
    assert ("jane-holloway", "affiliatedWith", "european-commission") in plain(found)


def test_a_party_named_with_a_country(extractor: RuleExtractor) -> None:
    found = plain(
        stated(extractor, "Since 2011 Jane Example has been a deputy of the State Duma for the United Russia party.")
    )
    assert ("jane-example", "affiliatedWith", "united-russia") in found
    assert ("jane-example", "affiliatedWith", "state-duma") in found
    # a country's name alone before 'party' is the country
    found = stated(extractor, "Jane Example visited the Russia party in Moscow.")
    assert not any(o == "united-russia" for _, _, o in found)


def test_a_seat_moved_to_a_city(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Orbex moved its headquarters to Glasgow in 2020.")
    assert ("orbex", "headquarteredAt", "glasgow") in plain(found)
    found = stated(extractor, "Orbex, which moved its headquarters to Glasgow in 2020, tested its engine.")
    assert ("orbex", "headquarteredAt", "glasgow") in plain(found)
    found = stated(extractor, "Orbex will move its headquarters from Forres to Glasgow next year.")
    assert found.get(("orbex", "headquarteredAt", "glasgow")) == "planned"
    assert ("orbex", "headquarteredAt", "forres") not in found
    # a country is no seat of this kind
    found = stated(extractor, "Orbex moved its headquarters to Germany.")
    assert not any(r == "headquarteredAt" for _, r, _ in found)


def test_a_chairman_opening_a_hearing_chairs_the_committee_named_before(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Senate Commerce Committee held a hearing on Wednesday. Chairman Ted Example opened by warning that "
        "China was ahead.",
    )
    assert ("ted-example", "affiliatedWith", "senate-commerce-committee") in plain(found)
    # a body named after the person is the one
    found = stated(
        extractor, "The Senate Commerce Committee held a hearing on Wednesday. Chairman Ted Example of SpaceX spoke."
    )
    assert ("ted-example", "affiliatedWith", "senate-commerce-committee") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Aerospace, a company founded in Nairobi by Jane Holloway, won the contract.",
        "Kestrel Aerospace, a small rocket company founded in 2015 in Nairobi by Jane Holloway, won the contract.",
        "Kestrel Aerospace, founded in Nairobi in 2015 by Jane Holloway, won the contract.",
    ],
)
def test_founded_in_a_city_by_a_person(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("jane-holloway", "affiliatedWith", "kestrel-aerospace") in found


def test_a_company_founded_in_a_city_sits_there(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Kestrel Aerospace, a company founded in Nairobi by Jane Holloway, won."))
    assert ("kestrel-aerospace", "headquarteredAt", "nairobi") in found
    # a route is no seat
    found = stated(extractor, "Kestrel Aerospace, a company flying from Nairobi to Lagos, won.")
    assert ("kestrel-aerospace", "headquarteredAt", "nairobi") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway, who taught at the University of Nairobi when she wrote the book, begins with Kenya.",
        "Jane Holloway has worked at the Kenyan Space Agency since 2010.",
        "Jane Holloway, who previously worked for the Kenyan Space Agency, spoke first.",
    ],
)
def test_who_works_or_taught_at_a_body(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert any(s == "jane-holloway" and r == "affiliatedWith" and o != "kenya" for s, r, o in found)


def test_working_at_a_place_is_no_affiliation(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Holloway worked at Baikonur for a year.")
    assert not any(s == "jane-holloway" and r == "affiliatedWith" for s, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway was a pilot when the Kenyan Space Agency chose her as an astronaut in 2009.",
        "The Kenyan Space Agency selected Jane Holloway as an astronaut in 2009.",
        "Jane Holloway was selected as an astronaut by the Kenyan Space Agency in 2009.",
    ],
)
def test_chosen_as_an_astronaut_by_an_agency(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "kenyan-space-agency") in plain(stated(extractor, text))


def test_chosen_for_something_else_is_no_affiliation(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Kenyan Space Agency selected Jane Holloway's design for the probe.")
    assert ("jane-holloway", "affiliatedWith", "kenyan-space-agency") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad, who had just replaced Lena Marsh at the head of the Kenyan Space Agency, spoke.",
        "Omar Haddad succeeded Lena Marsh as director of the Kenyan Space Agency in 2019.",
        "Omar Haddad took over from Lena Marsh as Kenyan Space Agency chief.",
    ],
)
def test_replaced_at_the_head_of_a_body_both_held_it(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("omar-haddad", "affiliatedWith", "kenyan-space-agency") in found
    assert ("lena-marsh", "affiliatedWith", "kenyan-space-agency") in found


def test_replaced_in_a_role_of_no_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Omar Haddad replaced Lena Marsh in the crew of the Kenyan flight.")
    assert not any(r == "affiliatedWith" and o == "kenyan-space-agency" for _, r, o in found)


def test_succeeded_after_a_date_takes_the_office_of_the_body_in_focus(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "The Kenyan Space Agency opened in 2018. Its first head was Lena Marsh, a former chief of the "
            "Nairobi Science Institute. She was succeeded in 2021 by Omar Haddad.",
        )
    )
    assert ("omar-haddad", "affiliatedWith", "kenyan-space-agency") in found
    assert ("omar-haddad", "affiliatedWith", "nairobi-science-institute") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Example Working Group is chaired by Lena Marsh of Kenya, with Omar Haddad of Peru as vice-chair.",
        "The Example Working Group is chaired by Lena Marsh, with Omar Haddad as her deputy.",
    ],
)
def test_a_vice_chair_beside_the_chair_holds_an_office_of_the_body(extractor: RuleExtractor, text: str) -> None:
    assert ("omar-haddad", "affiliatedWith", "example-working-group") in plain(stated(extractor, text))


def test_someone_with_the_chair_is_no_officer(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "The Example Working Group is chaired by Lena Marsh of Kenya, with support from Omar Haddad."
    )
    assert ("omar-haddad", "affiliatedWith", "example-working-group") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Space Agency, which sits inside the Ministry of Trade and Industry, licenses launches.",
        "The Kenyan Space Agency, which is housed inside the Ministry of Trade and Industry, licenses launches.",
    ],
)
def test_a_body_inside_a_ministry_is_part_of_it(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert any(s == "kenyan-space-agency" and r == "partOf" for s, r, _ in found)


def test_moved_into_its_headquarters_at_a_site_in_a_city(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "The Kenyan Space Agency began work in 2018. The agency moved in 2020 into its headquarters at "
            "Lot Fourteen in Nairobi.",
        )
    )
    assert ("kenyan-space-agency", "headquarteredAt", "lot-fourteen") in found
    assert ("kenyan-space-agency", "headquarteredAt", "nairobi") in found


def test_a_nationality_before_a_civic_standing(extractor: RuleExtractor) -> None:
    assert ("lena-marsh", "affiliatedWith", "united-states") in plain(
        stated(extractor, "Lena Marsh, an American businessman, flew in 2001.")
    )
    # a profession too, since GUIDELINES' "Nationality before a profession" (v23 round; affiliation26)
    found = stated(extractor, "Lena Marsh, an American astronomer, watched the flight.")
    assert ("lena-marsh", "affiliatedWith", "united-states") in plain(found)


@pytest.mark.parametrize(
    "text",
    [
        "The Example Council agreed to establish a Working Group on Debris in 2019.",
        "The Example Council set up a Working Group on Debris in 2019.",
        "In 2019 the Example Council created a new Working Group on Debris.",
    ],
)
def test_a_working_group_an_organ_sets_up_is_part_of_it(extractor: RuleExtractor, text: str) -> None:
    assert ("working-group-on-debris", "partOf", "example-council") in plain(stated(extractor, text))


def test_a_working_group_countries_form_is_no_part_of_them(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Norway and Chile formed a Working Group on Debris.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_the_subject_of_a_sub_body_setting_up_is_the_head_before_of(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "The Legal Subcommittee (LSC) of the Example Council agreed to establish a Working Group on Debris.",
        )
    )
    assert ("working-group-on-debris", "partOf", "lsc") in found
    assert ("lsc", "partOf", "example-council") in found  # past the unit's acronym before 'of'
    assert ("working-group-on-debris", "partOf", "example-council") not in found


@pytest.mark.parametrize("article", ["Article II", "Article IV", "Article 9"])
def test_a_numbered_article_of_a_treaty(extractor: RuleExtractor, article: str) -> None:
    text = f"They said the plan was consistent with {article} of the Outer Space Treaty."
    found = plain(stated(extractor, text))
    assert any(r == "partOf" and o == "outer-space-treaty" for _, r, o in found)


def test_a_body_hosted_in_a_town_has_its_seat_there(extractor: RuleExtractor) -> None:
    text = "Egypt, which hosts the new African Space Agency in Cairo, has launched several satellites."
    assert ("african-space-agency", "headquarteredAt", "cairo") in stated(extractor, text)
    text = "Geneva hosts the Conference on Disarmament."
    assert any(r == "headquarteredAt" and o == "geneva" for _, r, o in stated(extractor, text))
    # a meeting hosted is held, not seated; a country hosting a body names no seat
    assert stated(extractor, "Geneva hosted the Example Summit in 2023.") == {}
    assert stated(extractor, "Egypt hosts the African Space Agency.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Cairo is home to the African Space Agency, which opened in 2023.",
        "Cairo hosts the headquarters of the African Space Agency.",
        "Cairo houses the secretariat of the African Space Agency.",
        "Cairo has long been home to the African Space Agency.",
    ],
)
def test_a_capital_home_to_a_body_is_the_city_and_its_seat(extractor: RuleExtractor, text: str) -> None:
    # (lead16) a capital opening the sentence is its city here, not its state speaking or acting
    assert ("african-space-agency", "headquarteredAt", "cairo") in stated(extractor, text)


def test_a_capital_that_acts_is_still_its_state(extractor: RuleExtractor) -> None:
    assert not any(r == "headquarteredAt" for _, r, _ in stated(extractor, "Cairo is home to many museums."))
    assert not any(o == "cairo" for _, _, o in stated(extractor, "Cairo welcomed the African Space Agency."))
