"""Who runs, builds, joins and belongs to programmes, companies and facilities, in the shapes the v19 texts
showed and the other wordings a reporter would use for them (programmes20): a body set up by agencies listed
with a country's possessive ('which ESA, Japan's ISAS and NASA had set up'); a company set up 'as a joint
venture of' owners listed with their countries; one company owning another ('which owns the airline X', 'X is
owned by Y'); a seller's customers ('its customers included A and B', 'A and B are among its customers');
near-misses where nothing may be read (a rival, a stake, a past or partial owner, hoped-for customers, a new
clause after the list). Invented sentences, none taken from the corpus."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated
from tests.test_extract_lists17 import doers


def test_founders_listed_with_a_countrys_possessive(extractor: RuleExtractor) -> None:
    # a relative clause, a country's institute among the agencies
    text = (
        "Their agencies worked through the Inter-Agency Debris Panel, which ESA, Japan's ISAS and NASA had set "
        "up in 1981."
    )
    assert doers(stated(extractor, text), "memberOf", "inter-agency-debris-panel") == {"esa", "isas", "nasa"}
    # the passive with 'by', the active with the body after the verb
    text = "The Example Working Group was formed in 2004 by NASA, Japan's ISAS and the UK Space Agency."
    assert doers(stated(extractor, text), "memberOf", "example-working-group") == {"nasa", "isas", "uk-space-agency"}
    text = "Germany's DLR and Italy's ASI set up the Example Working Group in 2004."
    assert doers(stated(extractor, text), "memberOf", "example-working-group") == {"dlr", "asi"}


def test_a_company_set_up_as_a_joint_venture(extractor: RuleExtractor) -> None:
    text = "Orbit Launch was set up in 2001 as a joint venture of Boeing, Airbus and Lockheed Martin."
    assert doers(stated(extractor, text), "memberOf", "orbit-launch") == {"boeing", "airbus", "lockheed-martin"}
    text = "Orbit Launch was founded in May 2001 as a consortium of Boeing and Airbus."
    assert doers(stated(extractor, text), "memberOf", "orbit-launch") == {"boeing", "airbus"}
    text = "Orbit Launch began as a joint venture between Boeing and Airbus."
    assert doers(stated(extractor, text), "memberOf", "orbit-launch") == {"boeing", "airbus"}
    # owners listed with where they are from, a relative clause about one of them, a plural noun before the last
    text = (
        "Orbit Launch was set up in 1995 as a joint venture of companies from three countries: Boeing of the "
        "United States, which held 40 per cent, Russia's RSC Energia, and the French firms Airbus and Arianespace."
    )
    found = doers(stated(extractor, text), "memberOf", "orbit-launch")
    assert {"boeing", "airbus", "arianespace"} <= found
    assert not found & {"united-states", "russia", "france"}
    # near-misses: a rival; a new clause after the list
    assert doers(stated(extractor, "Orbit Launch was set up in 2001 as a rival of Boeing and Airbus."),
                 "memberOf", "orbit-launch") == set()  # fmt: skip
    text = (
        "Orbit Launch was set up in 2001 as a joint venture of Boeing and Airbus, and NASA became its first customer."
    )
    assert doers(stated(extractor, text), "memberOf", "orbit-launch") == {"boeing", "airbus"}


def test_a_company_one_company_owns(extractor: RuleExtractor) -> None:
    for text in (
        "The Vesta Holdings Inc group, which owns the Russian airline Nova Airlines, bought the platform.",
        "Vesta Holdings Inc owns Nova Airlines.",
        "Nova Airlines is owned by Vesta Holdings Inc.",
        "Nova Airlines is wholly owned by Vesta Holdings Inc.",
    ):
        assert ("nova-airlines", "partOf", "vesta-holdings-inc") in stated(extractor, text), text
    text = "Vesta Holdings Inc now owns the satellite operator Nova Satellite Corporation."
    assert ("nova-satellite-corporation", "partOf", "vesta-holdings-inc") in stated(extractor, text)
    # near-misses: a part owner, a past owner, a stake, joint owners (members, not parts), a facility
    for text in (
        "Nova Airlines is partly owned by Vesta Holdings Inc.",
        "Nova Airlines was once owned by Vesta Holdings Inc.",
        "Vesta Holdings Inc owns a stake in Nova Airlines.",
        "Vesta Holdings Inc and Boeing own Nova Airlines.",
        "Vesta Holdings Inc owns Nova Airlines jointly with Boeing.",
        "Vesta Holdings Inc, which owns the Baikonur Cosmodrome, bought a rocket.",
    ):
        assert not any(r == "partOf" for _, r, _ in stated(extractor, text)), text


def test_a_sellers_customers_are_its_partners(extractor: RuleExtractor) -> None:
    opening = "Orbit Launch Inc was based in Long Beach. "
    for text in (
        opening + "Its first launch took place in 1999, and its customers soon included operators such as Intelsat "
        "and SES.",
        "Orbit Launch Inc's customers include Intelsat and SES.",
        "Orbit Launch Inc, whose customers include Intelsat and SES, moved to Russia.",
        "Intelsat and SES are among Orbit Launch Inc's customers.",
        opening + "Intelsat and SES were among its customers.",
        opening + "Its first clients were Intelsat and SES.",
    ):
        assert doers(stated(extractor, text), "partnerOf", "orbit-launch-inc") == {"intelsat", "ses"}, text
    text = "Intelsat became the first customer of Orbit Launch Inc."
    assert doers(stated(extractor, text), "partnerOf", "orbit-launch-inc") == {"intelsat"}
    # near-misses: hoped-for customers, rivals, customers in general
    for text in (
        opening + "Its potential customers include Intelsat and SES.",
        opening + "Its rivals include Arianespace and SpaceX.",
        opening + "Customers such as Intelsat pay in advance.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_a_builder_in_a_relative_clause(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Orbiter, which was designed by Airbus, flew in 2031.",
        "The Example Orbiter, which was built in Toulouse by Airbus, flew in 2031.",
        "NASA flew the Example Orbiter, which was built by Airbus.",
        "The Example Orbiter, which was launched by NASA, was built by Airbus.",
    ):
        assert ("airbus", "participatesIn", "example-orbiter") in stated(extractor, text), text
    text = "The Example Orbiter, that was developed by Airbus and OHB, flew in 2031."
    assert doers(stated(extractor, text), "participatesIn", "example-orbiter") == {"airbus", "ohb"}
    # near-miss: a market is no client, and the maker of an export model takes part in no mission
    assert stated(extractor, "The Example Orbiter was built for export by Airbus.") == {}


def test_a_name_given_in_passing_is_no_speech(extractor: RuleExtractor) -> None:
    # 'now called X' names the site; the sentence is the writer's, not someone's words
    for text in (
        "The site, now called the Example Space Centre, is run by the Italian Space Agency.",
        "The site, later called the Example Space Centre, was run by the Italian Space Agency.",
    ):
        found = stated(extractor, text)
        assert found.get(("asi", "leads", "example-space-centre"), "x") is None, text


def test_the_builders_of_a_programmes_craft(extractor: RuleExtractor) -> None:
    opening = "The Example Orbiter programme began in 2020. "
    for text, builders in (
        (opening + "The satellites are built by Airbus, which is based in Toulouse.", {"airbus"}),
        (
            opening + "On the French side the satellites are built by Airbus, which is based in Toulouse; on the "
            "Italian side by Thales Alenia Space in Rome.",
            {"airbus", "thales-alenia-space"},
        ),
        (opening + "Its satellites were built in Bremen by OHB and Airbus.", {"ohb", "airbus"}),
        (opening + "The satellites were built by Airbus, and by OHB.", {"airbus", "ohb"}),
    ):
        assert doers(stated(extractor, text), "participatesIn", "example-orbiter") == builders, text
    # near-misses: people named by where they work, a launcher (read elsewhere, as leading)
    text = opening + "The satellites were built by engineers from Airbus."
    assert doers(stated(extractor, text), "participatesIn", "example-orbiter") == set()


def test_the_lead_company_of_the_industrial_team(extractor: RuleExtractor) -> None:
    opening = "The Example Orbiter flew in 2020. "
    for text in (
        opening + "Airbus led the industrial team, and the probe was launched from Kourou.",
        opening + "Airbus led the industrial consortium that built the probe.",
        opening + "Airbus heads the European consortium that builds it.",
        opening + "Airbus, based in Toulouse, led a team of contractors from six countries.",
    ):
        assert ("airbus", "leads", "example-orbiter") in stated(extractor, text), text
    # near-misses: a team of scientists, a person, a consortium for a client or for another craft
    for text in (
        opening + "Airbus led the team of scientists.",
        opening + "Jane Doe led the industrial team.",
        opening + "Airbus led the consortium for NASA.",
        opening + "Airbus led the consortium that bid for the Example Lander.",
    ):
        assert ("airbus", "leads", "example-orbiter") not in stated(extractor, text), text
        assert ("jane-doe", "leads", "example-orbiter") not in stated(extractor, text), text


def test_a_bodys_units_counted_and_named(extractor: RuleExtractor) -> None:
    text = (
        "Space matters are handled by the Committee on Example Affairs (CEA), which meets in Vienna and has two "
        "subcommittees, the Scientific Subcommittee (SSC) and the Legal Subcommittee (LSC)."
    )
    found = stated(extractor, text)
    assert {("ssc", "partOf", "cea"), ("lsc", "partOf", "cea")} <= set(found)
    text = "The Committee on Example Affairs (CEA) has two subcommittees: the Scientific Subcommittee and the Legal Subcommittee."
    assert doers(stated(extractor, text), "partOf", "cea") == {"scientific-subcommittee", "legal-subcommittee"}
    text = (
        "The Example Agency has three directorates, the Directorate of Science, the Directorate of Launchers and "
        "the Directorate of Operations."
    )
    assert len(doers(stated(extractor, text), "partOf", "example-agency")) == 3
    text = (
        "The Example Agency met in June. Its subcommittees are the Scientific Subcommittee and the Legal Subcommittee."
    )
    assert doers(stated(extractor, text), "partOf", "example-agency") == {
        "scientific-subcommittee",
        "legal-subcommittee",
    }
    text = (
        "The subcommittees of the Example Agency, the Scientific Subcommittee and the Legal Subcommittee, met in June."
    )
    assert doers(stated(extractor, text), "partOf", "example-agency") == {
        "scientific-subcommittee",
        "legal-subcommittee",
    }
    # near-misses: partners, rivals, offices in places
    for text in (
        "The Example Agency has two partners, NASA and JAXA.",
        "The Example Agency has two rivals, NASA and JAXA.",
        "The Example Agency met in June. Its partners are NASA and JAXA.",
        "The partners of the Example Agency, NASA and JAXA, met in June.",
        "The Example Agency has two offices, in Paris and in Rome.",
    ):
        assert not any(r == "partOf" for _, r, _ in stated(extractor, text)), text


def test_a_body_that_runs_a_part_of_a_programme_takes_part(extractor: RuleExtractor) -> None:
    opening = "The Example Orbiter programme began in 2020. "
    for text in (
        opening + "The Italian Space Agency coordinates the Italian part of the programme.",
        opening + "The Italian Space Agency manages the Italian share of the programme.",
        opening + "The Italian Space Agency is responsible for the Italian part of the programme.",
        "The Italian Space Agency runs its part of the Example Orbiter programme from Rome.",
    ):
        found = stated(extractor, text)
        assert found.get(("asi", "participatesIn", "example-orbiter"), "x") is None, text
        assert ("asi", "leads", "example-orbiter") not in found, text
    # the whole is still led; a person managing a share gives the programme nothing
    assert ("asi", "leads", "example-orbiter") in stated(
        extractor, "The Italian Space Agency runs the Example Orbiter programme."
    )
    found = stated(extractor, "Jane Doe manages the Italian part of the Example Orbiter programme.")
    assert not any(o == "example-orbiter" for _, _, o in found)


def test_a_venture_then_its_first_customer(extractor: RuleExtractor) -> None:
    # the owners' list ends at an infinitive; the customer after ', and' partners the venture, not its last owner
    text = "Orbit Launch was created in 2001 as a joint venture of Boeing and Airbus to sell launches to NASA."
    assert doers(stated(extractor, text), "memberOf", "orbit-launch") == {"boeing", "airbus"}
    text = (
        "Orbit Launch was set up in 2001 as a joint venture of Boeing and Airbus, and NASA became its first customer."
    )
    found = stated(extractor, text)
    assert doers(found, "memberOf", "orbit-launch") == {"boeing", "airbus"}
    assert ("nasa", "partnerOf", "orbit-launch") in found
    assert not {("nasa", "partnerOf", "airbus"), ("airbus", "partnerOf", "orbit-launch")} & set(found)
