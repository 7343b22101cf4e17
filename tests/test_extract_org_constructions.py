"""Relations between organizations, people and places read from general
constructions (``spacekg.extract.constructions`` and the offices of
``spacekg.extract.relations.affiliations``): invented sentences, several
wordings of each construction, with the shapes that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


def test_whose_names_a_part_of_the_organization_before(extractor: RuleExtractor) -> None:
    found = stated(extractor, "US Strategic Command, whose Joint Space Operations Center tracks debris, warned them.")
    assert ("joint-space-operations-center", "partOf", "us-strategic-command") in plain(found)
    found = stated(extractor, "NASA, whose Kennedy Space Center hosted the launch, said little.")
    assert ("kennedy-space-center", "partOf", "nasa") in plain(found)
    # a person, a craft or a station after 'whose' is no part
    found = stated(extractor, "NASA, whose administrator Bill Nelson spoke first, said little.")
    assert not any(r == "partOf" for _, r, _ in found)
    found = stated(extractor, "ESA, whose Euclid telescope launched in 2023, is busy.")
    assert not any(r == "partOf" for _, r, _ in found)
    found = stated(extractor, "Russia, whose Baikonur Cosmodrome lies in Kazakhstan, pays rent.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_the_work_of_an_organization_is_led_by_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Chandrayaan-3 was the work of ISRO.")
    assert ("isro", "leads", "chandrayaan-3") in plain(found)
    found = stated(extractor, "Chandrayaan-3, largely the work of ISRO, landed in August.")
    assert ("isro", "leads", "chandrayaan-3") not in found  # 'largely' without a copula: no construction here
    found = stated(extractor, "Chandrayaan-3, the work of ISRO, landed in August.")
    assert ("isro", "leads", "chandrayaan-3") in plain(found)
    # a craft described at the opening of the sentence stands for the one named before
    found = stated(
        extractor, "India launched Chandrayaan-3 in July. The spacecraft and its rocket were the work of ISRO."
    )
    assert ("isro", "leads", "chandrayaan-3") in plain(found)
    # a denial is no positive fact
    found = stated(extractor, "Chandrayaan-3 was not the work of ISRO.")
    assert found.get(("isro", "leads", "chandrayaan-3"), "negated") == "negated"
    # a person's work is no leading of a mission
    found = stated(extractor, "The Artemis Accords were the work of Jim Bridenstine.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_city_based_description_is_the_nearest_company_not_taken(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Viasat completed its purchase of Inmarsat, and the London-based operator is now a subsidiary of the "
        "California-based group.",
    )
    assert ("inmarsat", "headquarteredAt", "london") in plain(found)
    assert ("viasat", "headquarteredAt", "california") in plain(found)
    assert ("viasat", "headquarteredAt", "london") not in found
    # a country before '-based' and an agency are left alone
    found = stated(extractor, "ESA met Airbus, and the France-based group agreed.")
    assert not any(r == "headquarteredAt" for _, r, _ in found)


def test_a_relative_clause_is_not_repeated_by_an_ellipsis(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Intuitive Machines, which is based in Houston, runs the IM-1 mission; NASA does not.")
    assert ("intuitive-machines", "headquarteredAt", "houston") in plain(found)
    assert ("intuitive-machines", "leads", "im-1") in plain(found)
    assert found.get(("nasa", "leads", "im-1")) == "negated"
    assert ("nasa", "headquarteredAt", "houston") not in found
    # the contrast gives the other subject nothing positive
    assert not any(s == "nasa" for s, _, _ in plain(found))


def test_offices_read_through_a_rank_an_adverb_or_a_bare_apposition(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "According to US Space Command, two objects are tracked. Its commander, General John Raymond, spoke.",
    )
    assert ("john-raymond", "affiliatedWith", "us-space-command") in plain(found)
    found = stated(extractor, "Its first director was Lieutenant General Jane Example. ESA agreed.")
    assert not any(s == "jane-example" for s, _, _ in found)  # no organization named before 'Its'
    found = stated(extractor, "General John Raymond, who also heads the Space Force, spoke yesterday.")
    assert ("john-raymond", "affiliatedWith", "space-force") in plain(found)
    found = stated(extractor, "Bill Nelson, NASA Administrator, spoke.")
    assert ("bill-nelson", "affiliatedWith", "nasa") in plain(found)
    found = stated(extractor, "Jane Example, Intuitive Machines' chief executive, spoke.")
    assert ("jane-example", "affiliatedWith", "intuitive-machines") in plain(found)
    # a name after a role that goes on ('Jane Example, NASA officials said') is no office
    found = stated(extractor, "The launch slipped, Jane Example, NASA officials and ESA said.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)


def test_its_president_after_a_flight_described(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The flight has drawn a protest from the Navajo Nation. Its president, Jane Example, asked NASA to wait.",
    )
    assert ("jane-example", "affiliatedWith", "navajo-nation") in plain(found)
    # an agency described opening the sentence before is never guessed
    found = stated(extractor, "The agency worked with ESA. Its president, Jane Example, spoke.")
    assert not any(s == "jane-example" and o == "esa" for s, _, o in found)


def test_a_participle_after_an_organization_is_the_organizations(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "India launched Chandrayaan-3. The spacecraft was the work of the Example Force, commanded by Jane Example.",
    )
    assert ("jane-example", "leads", "chandrayaan-3") not in found
    assert ("jane-example", "affiliatedWith", "example-force") in plain(found)
    # a mission commanded by a person is led by her
    found = stated(extractor, "The Soyuz 19 flight was commanded by Jane Example.")
    assert any(s == "jane-example" and r == "leads" for s, r, _ in plain(found))


def test_an_apposition_takes_no_condition_from_its_clause(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "If the weather holds, United Launch Alliance, the joint venture of Boeing and Lockheed Martin, would fly "
        "its Vulcan rocket.",
    )
    assert ("boeing", "memberOf", "united-launch-alliance") in plain(found)
    assert ("lockheed-martin", "memberOf", "united-launch-alliance") in plain(found)


def test_operated_today_by(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Global Positioning System is operated today by the US Space Force.")
    assert ("us-space-force", "leads", "global-positioning-system") in plain(found)
    found = stated(extractor, "The Global Positioning System is not operated today by the US Space Force.")
    assert ("us-space-force", "leads", "global-positioning-system") not in plain(found)


def test_a_module_of_a_station_is_part_of_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "A Proton rocket launched Zarya, the first module of the International Space Station.")
    assert ("zarya", "partOf", "iss") in plain(found)
    found = stated(extractor, "Zarya was not a part of the International Space Station.")
    assert ("zarya", "partOf", "iss") not in plain(found)
    # an organization described by its relation to a station is no part of it
    found = stated(extractor, "Roscosmos, the first customer of the International Space Station, paid.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_a_body_that_is_seated_in_a_city_but_not_one_that_meets_there(extractor: RuleExtractor) -> None:
    # where a body meets is where its sessions are held, no seat (GUIDELINES, v19 conventions; precision20)
    found = stated(extractor, "Russia spoke at the Conference on Disarmament, which meets in Geneva and is stuck.")
    assert ("cd", "headquarteredAt", "geneva") not in plain(found)
    found = stated(extractor, "Russia spoke at the Conference on Disarmament, which is seated in Geneva.")
    assert ("cd", "headquarteredAt", "geneva") in plain(found)
    # a meeting held once somewhere is no seat
    found = stated(extractor, "The Conference on Disarmament met in Vienna in June.")
    assert not any(r == "headquarteredAt" for _, r, _ in found)


def test_a_person_under_whom_a_body_is_set_up_is_not_its_creators(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The fire was investigated by a board that NASA set up under Jane Example.")
    assert ("jane-example", "affiliatedWith", "nasa") not in found
    # the organization that works under a person's direction is hers
    found = stated(extractor, "ESA worked under Jane Example for a decade.")
    assert ("jane-example", "affiliatedWith", "esa") in plain(found)


def test_the_company_is_no_agency(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "NASA paid Intuitive Machines to carry six NASA instruments. The company, which is based in Houston, runs "
        "the IM-1 mission; NASA does not.",
    )
    assert ("intuitive-machines", "headquarteredAt", "houston") in plain(found)
    assert ("intuitive-machines", "leads", "im-1") in plain(found)
    assert found.get(("nasa", "leads", "im-1")) == "negated"
    # (NASA paying the company for the job makes them partners: rel13b's construction; nothing else of NASA's)
    assert not any(s == "nasa" and r != "partnerOf" for s, r, _ in plain(found))
    found = stated(extractor, "JAXA hired ispace. The company is based in Tokyo.")
    assert ("ispace", "headquarteredAt", "tokyo") in plain(found)
    assert ("jaxa", "headquarteredAt", "tokyo") not in found


def test_an_organization_that_puts_a_craft_into_orbit(extractor: RuleExtractor) -> None:
    found = stated(extractor, "ISRO put Chandrayaan-3 into orbit in July.")
    assert ("isro", "leads", "chandrayaan-3") in plain(found)
    found = stated(
        extractor, "On Wednesday the Indian Space Research Organisation put India's probe, Chandrayaan-3, into orbit."
    )
    assert ("isro", "leads", "chandrayaan-3") in plain(found)
    # a company launches for another: it takes part
    found = stated(extractor, "SpaceX put Chandrayaan-3 into orbit for ISRO.")
    assert ("spacex", "participatesIn", "chandrayaan-3") in plain(found)
    assert ("spacex", "leads", "chandrayaan-3") not in found
    # the verb group's denial or plan is kept
    assert (
        stated(extractor, "ISRO did not put Chandrayaan-3 into orbit.")[("isro", "leads", "chandrayaan-3")] == "negated"
    )
    found = stated(extractor, "ISRO will put Chandrayaan-3 into orbit next year.")
    assert found[("isro", "leads", "chandrayaan-3")] == "planned"
    # a rocket put into service is no craft in orbit
    found = stated(extractor, "ISRO put the Falcon 9 rocket into orbit.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_programme_set_apart_by_its_kind_is_not_the_one_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Iran put Chandrayaan-3 into orbit. The Iranian Space Agency, which runs the civilian programme, took no part.",
    )
    assert ("iranian-space-agency", "leads", "chandrayaan-3") not in found
    found = stated(extractor, "India launched Chandrayaan-3 in July. ISRO runs the mission.")
    assert ("isro", "leads", "chandrayaan-3") in plain(found)


def test_the_project_is_the_topic_not_a_name_after_a_preposition(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The James Webb Space Telescope was planned as the successor to the Hubble Space Telescope. NASA led the "
        "project.",
    )
    assert ("nasa", "leads", "james-webb-space-telescope") in plain(found)
    assert ("nasa", "leads", "hubble-space-telescope") not in found


def test_a_person_who_works_or_leads_at_an_organization(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example, who leads the Artemis program at NASA, spoke.")
    assert ("jane-example", "affiliatedWith", "nasa") in plain(found)
    found = stated(extractor, "Jane Example worked for a decade at JAXA before she retired.")
    assert ("jane-example", "affiliatedWith", "jaxa") in plain(found)
    found = stated(extractor, "Yuri Borisov, who replaced Dmitry Rogozin at Roscosmos in 2022, spoke.")
    assert {
        ("yuri-borisov", "affiliatedWith", "roscosmos"),
        ("dmitry-rogozin", "affiliatedWith", "roscosmos"),
    } <= plain(found)
    # a denial, an organization's possessive, a relative clause of another subject: nothing positive
    found = stated(extractor, "Jane Example, who has never worked at JAXA, spoke.")
    assert ("jane-example", "affiliatedWith", "jaxa") not in plain(found)
    assert not plain(stated(extractor, "Jane Example, who spoke at NASA's briefing, agreed."))
    assert not plain(stated(extractor, "Jane Example led the team that met at ESA in May."))


def test_a_city_based_noun_before_a_name_and_in_object_position(extractor: RuleExtractor) -> None:
    found = stated(extractor, "JAXA hired Rocket Lab and the Tokyo-based company ispace.")
    assert ("ispace", "headquarteredAt", "tokyo") in plain(found)
    assert ("rocket-lab", "headquarteredAt", "tokyo") not in found
    # a verb's object is not its own subject
    found = stated(extractor, "Rocket Lab met the Tokyo-based company in March.")
    assert ("rocket-lab", "headquarteredAt", "tokyo") not in found
    found = stated(extractor, "Viasat bought the London-based operator in 2023.")
    assert ("viasat", "headquarteredAt", "london") not in found
    # a description opening its own sentence stands for the company named before
    found = stated(extractor, "JAXA hired Rocket Lab. The Tokyo-based company said it was ready.")
    assert ("rocket-lab", "headquarteredAt", "tokyo") in plain(found)


def test_responsible_for_a_named_craft_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "ESA is responsible for the Rosalind Franklin rover.")
    assert ("esa", "leads", "rosalind-franklin") in plain(found)
    found = stated(extractor, "JAXA, which is responsible for Hayabusa2, agreed.")
    assert ("jaxa", "leads", "hayabusa2") in plain(found)
    found = stated(extractor, "ESA is no longer responsible for the Rosalind Franklin rover.")
    assert found[("esa", "leads", "rosalind-franklin")] == "negated"
    found = stated(extractor, "ESA will be responsible for running the Lunar Gateway.")
    assert found[("esa", "leads", "lunar-gateway")] == "planned"
    # responsible for something about the craft, not the craft
    assert not stated(extractor, "ESA is not responsible for the ExoMars delays.")


def test_an_employer_past_an_apposition_and_a_founder_who(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example, a former NASA engineer, now works for SpaceX.")
    assert {("jane-example", "affiliatedWith", "nasa"), ("jane-example", "affiliatedWith", "spacex")} <= plain(found)
    found = stated(extractor, "Jane Example, the daughter of a NASA engineer, never worked for SpaceX.")
    assert not plain(found)
    found = stated(extractor, "Peter Beck, who founded Rocket Lab in 2006, said the launch went well.")
    assert ("peter-beck", "affiliatedWith", "rocket-lab") in plain(found)
    # 'who' about someone else in the sentence
    assert not plain(stated(extractor, "Peter Beck, who met the man who founded Rocket Lab, spoke."))
    found = stated(extractor, "Peter Beck, Rocket Lab's boss, spoke.")
    assert ("peter-beck", "affiliatedWith", "rocket-lab") in plain(found)


def test_parts_placed_housed_folded_and_possessed_centres(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The European Space Operations Centre in Darmstadt, part of ESA, controls the probe.")
    assert ("european-space-operations-centre", "partOf", "esa") in plain(found)
    found = stated(extractor, "ESOC, ESA's mission control centre in Darmstadt, flies the probe.")
    assert ("esoc", "partOf", "esa") in plain(found)
    for wording in (
        "The Office of Space Commerce sits within the Department of Commerce.",
        "The Office of Space Commerce, which sits within the Department of Commerce, tracks debris.",
        "The Office of Space Commerce, housed in the Department of Commerce, tracks debris.",
        "The Office of Space Commerce was folded into the Department of Commerce in 2022.",
    ):
        assert ("office-of-space-commerce", "partOf", "department-of-commerce") in plain(stated(extractor, wording))
    # not a denial, not a station, not a city
    found = stated(extractor, "The Office of Space Commerce was not folded into the Department of Commerce.")
    assert ("office-of-space-commerce", "partOf", "department-of-commerce") not in plain(found)
    found = stated(extractor, "The International Space Station, part of NASA's budget, flies on.")
    assert not any(r == "partOf" for _, r, _ in found)
    found = stated(extractor, "The meeting was housed in Vienna.")
    assert not found


def test_its_after_a_plan_is_the_organization_a_later_clause_opens_with(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The plan was named the Strategic Defense Initiative in 1984, and in April a Strategic Defense Initiative "
        "Organization was set up within the Department of Defense. Its first director was Lieutenant General Jane "
        "Example.",
    )
    assert ("jane-example", "affiliatedWith", "strategic-defense-initiative-organization") in plain(found)
    assert ("jane-example", "affiliatedWith", "department-of-defense") not in found
    # no organization opening a clause: nothing is guessed
    assert not stated(
        extractor, "The plan was announced in 1983. Its first director was Lieutenant General Jane Example."
    )
    found = stated(extractor, "The agency worked with ESA. Its president, Jane Example, spoke.")
    assert ("jane-example", "affiliatedWith", "esa") not in found
