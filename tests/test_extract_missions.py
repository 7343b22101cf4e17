"""Who leads, builds, launches, pays for and signs missions, programmes, craft
and sites, read from general constructions (``spacekg.extract.undertakings``):
invented sentences, several wordings of each construction, with the shapes
that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


def test_an_object_relative_runs_or_builds_what_it_is_about(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Luna-25, which Roscosmos ran, crashed in August.")
    assert ("roscosmos", "leads", "luna-25") in plain(found)
    found = stated(extractor, "Hakuto-2, the lander that Example Corp built and operated, was lost.")
    assert ("example-corp", "leads", "hakuto-2") in plain(found)
    found = stated(extractor, "Vega-7, the rocket that Example Corp builds, flew in May.")
    assert ("example-corp", "participatesIn", "vega-7") in plain(found)
    # an agency that develops a craft takes part, alone or with others (guidelines23: a builder takes part, agency or company, as GUIDELINES says: 'built … for the mission')
    found = stated(extractor, "Hope-3, a probe that the Example Space Agency developed, reached Mars.")
    assert ("example-space-agency", "participatesIn", "hope-3") in plain(found)
    found = stated(extractor, "Hope-3, a probe that JAXA developed together with Sony, reached Mars.")
    assert ("jaxa", "participatesIn", "hope-3") in plain(found)
    # the verb's modality is kept, and a request to someone else is no doing
    found = stated(extractor, "Luna-25, which Roscosmos did not run, crashed.")
    assert found.get(("roscosmos", "leads", "luna-25")) == "negated"
    found = stated(extractor, "Luna-26, which NASA asked Roscosmos to run, is delayed.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_described_head_stands_for_the_craft_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Chandrayaan-3 reached orbit in July. The spacecraft, which ISRO spent four years developing, landed in August.",
    )
    assert ("isro", "participatesIn", "chandrayaan-3") in plain(found)
    found = stated(extractor, "Vega-7 flew in May. The rocket, which Example Corp had built, worked well.")
    assert ("example-corp", "participatesIn", "vega-7") in plain(found)
    # nothing named before: no craft to stand for
    found = stated(extractor, "The rocket, which Example Corp had built, worked well.")
    assert not any(r in ("leads", "participatesIn") for _, r, _ in found)


def test_the_name_before_an_apposition_is_the_one_used(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "Eve-2, the converted Boeing 747 that Example Galactic used as a flying launch pad, took off."
    )
    assert ("example-galactic", "leads", "eve-2") in plain(found)
    assert ("example-galactic", "leads", "boeing-747") not in found
    assert ("example-galactic", "participatesIn", "boeing-747") not in found
    found = stated(extractor, "Eve-3, the old airliner that Example Galactic uses as its carrier aircraft, flew again.")
    assert ("example-galactic", "leads", "eve-3") in plain(found)
    # 'used to' is no use as
    found = stated(extractor, "Eve-2, the converted Boeing 747 that Example Galactic used to carry cargo, took off.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_name_given_by_the_operator(extractor: RuleExtractor) -> None:
    found = stated(extractor, "ESA launched Hera-1 in October. The flight, which the agency called Hera-2, went well.")
    assert ("esa", "leads", "hera-2") in plain(found)
    found = stated(extractor, "Kosmos-9 flew in May. The test, which Roscosmos named Kosmos-10, failed.")
    assert ("roscosmos", "leads", "kosmos-10") in plain(found)
    # a name given by a journalist is no operator's
    found = stated(extractor, "ESA launched Hera-1. The flight, which reporters called Hera-2, went well.")
    assert ("esa", "leads", "hera-2") not in found


def test_a_document_signed_with_another(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Artemis Accords, which Canada signed with the United States in 2020, set rules.")
    assert {("canada", "signs", "artemis-accords"), ("united-states", "signs", "artemis-accords")} <= plain(found)
    assert ("canada", "partnerOf", "united-states") in plain(found) or (
        "united-states",
        "partnerOf",
        "canada",
    ) in plain(found)
    found = stated(extractor, "Under the Artemis Accords, which Canada signed in 2020, it will fly.")
    assert ("canada", "signs", "artemis-accords") in plain(found)
    assert not any(r == "partnerOf" for _, r, _ in found)


def test_a_body_builds_a_part_of_the_craft_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The H3 rocket flew in March. Mitsubishi Heavy Industries built its engines, and Kawasaki Heavy "
        "Industries assembled the stages.",
    )
    assert ("mitsubishi-heavy-industries", "participatesIn", "h3") in plain(found)
    assert ("kawasaki-heavy-industries", "participatesIn", "h3") in plain(found)
    found = stated(extractor, "Vega-7 flew in May. Example Corp supplied the upper stage.")
    assert ("example-corp", "participatesIn", "vega-7") in plain(found)
    found = stated(extractor, "The H3 rocket flew in March. Mitsubishi Heavy Industries did not build its engines.")
    assert found.get(("mitsubishi-heavy-industries", "participatesIn", "h3")) == "negated"
    # no craft before: a company's own engines
    found = stated(extractor, "Mitsubishi Heavy Industries builds its engines in Nagoya.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    # running a part is no building of it
    found = stated(extractor, "Vega-7 flew in May. Example Corp tested the stages.")
    assert not any(s == "example-corp" for s, _, _ in found)


def test_a_part_supplied_by_a_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Vega-3 reached orbit in 2012 with a first stage supplied by Example Corp.")
    assert ("example-corp", "participatesIn", "vega-3") in plain(found)
    found = stated(extractor, "Vega-3 flew in 2012. Its engines, built by Example Corp, worked.")
    assert ("example-corp", "participatesIn", "vega-3") in plain(found)
    found = stated(extractor, "Vega-3 flew in 2012 with engines that were not built by Example Corp.")
    assert found.get(("example-corp", "participatesIn", "vega-3"), "negated") == "negated"


def test_money_put_into_a_site_or_craft(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Spaceport Nova opened in May. The UK Space Agency, which had put money into the spaceport, said it "
        "was pleased.",
    )
    assert ("uk-space-agency", "participatesIn", "spaceport-nova") in plain(found)
    found = stated(extractor, "Spaceport Nova opened in May. The UK Space Agency funded the spaceport.")
    assert ("uk-space-agency", "participatesIn", "spaceport-nova") in plain(found)
    found = stated(extractor, "India would join the International Lunar Research Station if Russia paid for it.")
    assert not any(s == "russia" for s, _, _ in found)
    found = stated(extractor, "Spaceport Nova opened in May. The UK Space Agency plans to fund the spaceport.")
    assert found.get(("uk-space-agency", "participatesIn", "spaceport-nova")) == "planned"


def test_a_pronoun_run_by_a_body_is_the_craft_named_before(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Kosmos-2553 was launched in 2022. The Russian Space Forces, the unit that ran it, declined to comment.",
    )
    assert ("russian-space-forces", "leads", "kosmos-2553") in plain(found)
    # 'it' standing for an organization is no craft
    found = stated(extractor, "ESA met NASA in May. The Russian Space Forces, which ran it, declined to comment.")
    assert not any(r == "leads" for _, r, _ in found)


def test_work_handed_to_others(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA has handed the building of SLS rockets to Boeing and Northrop Grumman.")
    assert {("boeing", "participatesIn", "sls"), ("northrop-grumman", "participatesIn", "sls")} <= plain(found)
    partners = {frozenset((s, o)) for s, r, o in plain(found) if r == "partnerOf"}
    assert {frozenset(("nasa", "boeing")), frozenset(("nasa", "northrop-grumman"))} <= partners
    assert frozenset(("boeing", "northrop-grumman")) not in partners
    found = stated(extractor, "ESA entrusted the operation of Galileo-5 to Example Corp.")
    assert ("example-corp", "participatesIn", "galileo-5") in plain(found)
    # refused, or asked of someone else
    found = stated(extractor, "NASA refused to hand the building of SLS rockets to Boeing.")
    assert found.get(("boeing", "participatesIn", "sls"), "negated") == "negated"
    found = stated(extractor, "NASA has asked Congress to hand the building of SLS rockets to Boeing.")
    assert ("boeing", "participatesIn", "sls") not in found


def test_the_rocket_a_craft_flew_on_is_not_the_one_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "Example-9 reached orbit aboard a SpaceX Falcon 9. The Example Force, which ran it, was pleased."
    )
    assert ("example-force", "leads", "example-9") in plain(found)
    assert ("example-force", "leads", "falcon-9") not in found


def test_those_hired_take_part_and_partner_the_one_who_hired_them(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Victus-2 flew in September. It was run by Space Systems Command, which had hired Example Corp for the "
        "launch and Beta Systems, a Boeing subsidiary, to build the satellite.",
    )
    assert {("example-corp", "participatesIn", "victus-2"), ("beta-systems", "participatesIn", "victus-2")} <= plain(
        found
    )
    partners = {frozenset((s, o)) for s, r, o in plain(found) if r == "partnerOf"}
    assert {
        frozenset(("space-systems-command", "example-corp")),
        frozenset(("space-systems-command", "beta-systems")),
    } <= partners
    found = stated(extractor, "Victus-2 flew in September. NASA contracted Example Corp to build it.")
    assert ("example-corp", "participatesIn", "victus-2") in plain(found)
    # paid under a programme to carry instruments on the craft in focus: the payee in the programme, the payer on it
    found = stated(
        extractor,
        "Blue Ghost-1 will land in March. NASA is paying Example Corp under its Commercial Lunar Payload Services "
        "programme to carry ten NASA instruments on the lander.",
    )
    assert ("example-corp", "participatesIn", "commercial-lunar-payload-services") in plain(found)
    assert ("nasa", "participatesIn", "ghost-1") in plain(found)
    # hired for something else, or not hired
    found = stated(extractor, "Victus-2 flew in September. NASA hired Example Corp for its legal work.")
    assert ("example-corp", "participatesIn", "victus-2") not in found
    found = stated(extractor, "Victus-2 flew in September. NASA did not hire Example Corp for the launch.")
    assert found.get(("example-corp", "participatesIn", "victus-2"), "negated") == "negated"


def test_built_and_runs_leads_the_craft_in_focus(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Danuri-2 flew in August. KARI built and runs the orbiter.")
    assert ("kari", "leads", "danuri-2") in plain(found)
    found = stated(extractor, "Dart-2 hit the asteroid. Example Corp built and operated the spacecraft.")
    assert ("example-corp", "leads", "dart-2") in plain(found)
    found = stated(extractor, "Dart-2 hit the asteroid. Example Corp built and no longer operates the spacecraft.")
    assert ("example-corp", "leads", "dart-2") not in plain(found)


def test_a_body_described_in_apposition_builds_a_named_craft(extractor: RuleExtractor) -> None:
    found = stated(extractor, "They decided that Avio, the Italian company that builds Vega-C, will sell launches.")
    assert ("avio", "participatesIn", "vega-c") in found
    found = stated(extractor, "Example Corp, a start-up that designs Nyx-2, raised money.")
    assert ("example-corp", "participatesIn", "nyx-2") in plain(found)
    # the country of a city is no subject of the relative after it
    found = stated(extractor, "Example Corp, a start-up based in Munich, Germany, which develops Nyx-2, won.")
    assert not any(s == "germany" for s, _, _ in found)


def test_a_document_made_in_a_relative_clause(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Artemis Accords, principles for exploring the Moon that NASA drew up, were signed.")
    assert ("nasa", "drafts", "artemis-accords") in plain(found)
    found = stated(
        extractor,
        "ESA published the Zero Debris Charter in May. The charter, which the agency had drafted, won support.",
    )
    assert ("esa", "drafts", "zero-debris-charter") in plain(found)
    found = stated(extractor, "The Outer Space Treaty, which the United States proposed in 1966, entered into force.")
    assert ("united-states", "proposes", "outer-space-treaty") in plain(found)
    # approving another's resolution in a vote is no drafting
    found = stated(
        extractor, "Japan tabled Resolution 77/41 on tests, which the First Committee also approved in November."
    )
    assert not any(r == "drafts" and s != "japan" for s, r, _ in found)


def test_a_body_that_adopts_its_own_text_drafts_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "After weeks of talks, the UN Security Council unanimously adopted Resolution 2087.")
    assert ("un-security-council", "drafts", "resolution-2087") in plain(found)
    found = stated(extractor, "The UNSC unanimously adopted UNSCR 2087 in January.")
    assert ("un-security-council", "drafts", "unscr-2087") in plain(found)
    # an assembly adopting a text others wrote does not draft it (a resolution is the adopting organ's own)
    found = stated(extractor, "The UN General Assembly adopted the Outer Space Treaty in 1966.")
    assert ("un-general-assembly", "drafts", "outer-space-treaty") not in found
    found = stated(extractor, "The Cabinet of Examplia approved the National Space Doctrine in April.")
    assert ("cabinet-of-examplia", "drafts", "national-space-doctrine") in plain(found)
    found = stated(extractor, "The UN Security Council did not adopt Resolution 2087.")
    assert found.get(("un-security-council", "drafts", "resolution-2087"), "negated") == "negated"
    # approving an agreement is a legislature's stance, not a drafting
    found = stated(extractor, "The Senate approved the Artemis Accords.")
    assert not any(r == "drafts" for _, r, _ in found)


def test_relative_subjects_with_a_short_form_or_a_described_company(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Vega-7 flew in May. The rocket, which the Example Research Institute (ERI) spent a decade developing, worked.",
    )
    assert ("eri", "participatesIn", "vega-7") in plain(found)
    # 'the company' is the company named before, not the regulator nearer to it
    found = stated(
        extractor,
        "Example Aerospace planned a launch in May. The Civil Aviation Authority had licensed the flight, which the "
        "company called Hera-9.",
    )
    assert ("example-aerospace", "leads", "hera-9") in plain(found)
    assert ("civil-aviation-authority", "leads", "hera-9") not in found


def test_a_maker_owned_by_a_country_and_a_site_before_the_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Vega-3 reached orbit in 2012 with a first stage supplied by Italy's Avio.")
    assert ("avio", "participatesIn", "vega-3") in plain(found)
    assert ("italy", "participatesIn", "vega-3") not in found
    # a clause about a site named before: not the craft in focus
    found = stated(
        extractor,
        "Vega-3 flew in May. Unlike Kourou Spaceport, which opened with a first stage supplied by Avio, it worked.",
    )
    assert ("avio", "participatesIn", "vega-3") not in found


def test_a_craft_built_with_partners_in_a_passive_without_its_agent(extractor: RuleExtractor) -> None:
    found = stated(extractor, "EXR-2 was built with Tarvo Corp and the toy maker Okavo.")
    assert ("tarvo-corp", "participatesIn", "exr-2") in found and ("okavo", "participatesIn", "exr-2") in found
    found = stated(extractor, "EXR-2 was developed together with Tarvo Corp.")
    assert ("tarvo-corp", "participatesIn", "exr-2") in found
    # 'with care', a person, or a negated passive: nothing plain
    assert stated(extractor, "EXR-2 was built with care.") == {}
    found = stated(extractor, "EXR-2 was not built with Tarvo Corp.")
    assert found.get(("tarvo-corp", "participatesIn", "exr-2"), "negated") == "negated"


def test_a_crafts_maker_takes_part_in_it_and_its_operator_leads_it(extractor: RuleExtractor) -> None:
    text = "A commercial rocket, the Tarvo-2, failed to reach orbit on Wednesday, its maker Okavo Space said."
    assert ("okavo-space", "participatesIn", "tarvo-2") in stated(extractor, text)
    text = "The satellite EXAMPSat-1 and its operator, Tarvo Corp, lost contact."
    assert ("tarvo-corp", "leads", "exampsat-1") in stated(extractor, text)
    # an organization's maker of something else, or no craft before: nothing
    assert stated(extractor, "Tarvo Corp praised its maker Okavo Space.") == {}
