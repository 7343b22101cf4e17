"""Who runs, builds and launches what, in the wordings the v20 texts showed and the others a reporter would use
(programmes21): a research centre or laboratory that acts as a body does ('managed by NASA's Example Research
Center', 'the agency's Example Laboratory'), in the passive, the participle, the relative and the active; a body
named with its owner's possessive as the subject of an object relative ('which NSF's NOIRLab runs'); a whole named
by its parts ('consists of two satellites, A and B', 'is made up of two spacecraft: A and B'). Near-misses beside
each: a centre where a craft was only assembled, a company that is no programme, a list that is no list of parts.
Invented sentences, none taken from the corpus."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated


def test_a_research_centre_acts_in_every_voice(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Rover was managed by NASA's Ames Research Center.",
        "The Example Rover is run by NASA's Ames Research Center.",
        "The Example Rover, managed by NASA's Ames Research Center, was cancelled.",
        "The Example Rover, which is managed by NASA's Ames Research Center, was cancelled.",
        "NASA's Ames Research Center manages the Example Rover.",
        "The Example Rover, which NASA's Ames Research Center runs, was cancelled.",
        "NASA built the Example Rover. The mission was managed by the agency's Ames Research Center.",
    ):
        found = plain(stated(extractor, text))
        assert ("ames-research-center", "leads", "example-rover") in found, text
        assert ("ames-research-center", "partOf", "nasa") in found, text
    found = plain(stated(extractor, "The Example Rover was built by NASA's Example Flight Center."))
    assert ("example-flight-center", "participatesIn", "example-rover") in found


def test_a_centre_where_a_craft_only_stood_does_nothing(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Rover was tested at NASA's Ames Research Center in California.",
        # ('assembled at NASA's Ames Research Center' went: a centre where a craft was built or assembled takes
        # part in it, GUIDELINES, the v24 reconciliation, "Where a craft was built"; test_extract_participation26.py)
        # ('NASA launched the Example Rover from the Kennedy Space Center' went: a launch site takes part in
        # what it launches, GUIDELINES, the v24 reconciliation; tests/test_extract_sites25.py)
    ):
        found = stated(extractor, text)
        assert not any(r in ("leads", "participatesIn") and s != "nasa" for s, r, _ in found), text


def test_a_body_named_with_its_owners_possessive_runs_in_a_relative(extractor: RuleExtractor) -> None:
    for text, runner in (
        ("The Example Centre, which NSF's NOIRLab runs, opened in 2022.", "noirlab"),
        ("The Example Centre, which Japan's JAXA runs, opened in 2022.", "jaxa"),
        ("The Example Centre, which NASA's Goddard Institute runs, opened in 2022.", "goddard-institute"),
        ("NSF funds it. The Example Centre, which the agency's NOIRLab runs, opened in 2022.", "noirlab"),
        ("The Example Centre, which NSF's NOIRLab operates, opened in 2022.", "noirlab"),
    ):
        found = plain(stated(extractor, text))
        assert (runner, "leads", "example-centre") in found, text
        assert not any(s in ("nsf", "japan", "nasa") for s, r, _ in found if r == "leads"), text


def test_a_whole_named_by_its_parts(extractor: RuleExtractor) -> None:
    for text in (
        "The Example-1 mission consists of two spacecraft, Alpha-1 and Beta-1.",
        "Example-1 consists of two satellites, the Alpha-1 and the Beta-1, which fly in formation.",
        "The Example-1 mission is made up of two spacecraft: Alpha-1 and Beta-1.",
        "The Example-1 mission comprises two satellites, Alpha-1 and Beta-1.",
        "The Example-1 mission is made up of the Alpha-1 orbiter and the Beta-1 lander.",
        "Example-1 will consist of two small satellites, Alpha-1 and Beta-1.",
    ):
        found = plain(stated(extractor, text))
        assert {("alpha-1", "partOf", "example-1"), ("beta-1", "partOf", "example-1")} <= found, text


def test_what_is_no_list_of_parts(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Corp board consists of two members, Alpha Holdings and Beta Holdings.",
        "Example-1 consists of a camera and a radio; NASA built it with Boeing.",
        "The launch of Example-1 consisted of a long wait, and Alpha-1 flew in May.",
    ):
        found = stated(extractor, text)
        assert not any(r == "partOf" and o == "example-1" for _, r, o in found), text


def test_an_agent_set_against_the_passives_own_is_denied(extractor: RuleExtractor) -> None:
    for text, doer, denied, relation in (
        ("The Example-1 satellite is operated by JAXA, not by the Ministry of Defense.", "jaxa",
         "ministry-of-defense", "leads"),
        ("The Example-1 satellites are operated by JAXA rather than by the Ministry of Defense.", "jaxa",
         "ministry-of-defense", "leads"),
        ("The Example-1 satellite is run by JAXA and not by the Ministry of Defense.", "jaxa",
         "ministry-of-defense", "leads"),
        ("Example-1 was built by Boeing, not Airbus.", "boeing", "airbus", "participatesIn"),
    ):  # fmt: skip
        found = stated(extractor, text)
        assert found.get((doer, relation, "example-1"), "x") is None, text
        assert found.get((denied, relation, "example-1")) == "negated", text
    found = stated(extractor, "Example-1 was launched by JAXA, not by a foreign company.")
    assert not any(m == "negated" for m in found.values())


def test_a_company_named_after_its_town_and_class_noun(extractor: RuleExtractor) -> None:
    for text, company, city in (
        ("Zhuque-2, a rocket built by the Beijing company LandSpace, took off in July.", "landspace", "beijing"),
        ("The Houston firm Intuitive Machines built the Odysseus lander.", "intuitive-machines", "houston"),
        ("A Houston start-up, Intuitive Machines, built the Odysseus lander.", "intuitive-machines", "houston"),
        ("Griffin is a lander that the Exampleton company Example Corp builds for NASA.", "example-corp",
         "exampleton"),
    ):  # fmt: skip
        found = plain(stated(extractor, text))
        assert (company, "headquarteredAt", city) in found, text
        assert any(s == company and r == "participatesIn" for s, r, _ in found), text
    found = plain(stated(extractor, "The Houston company that built the Odysseus lander is Intuitive Machines."))
    assert not any(r == "headquarteredAt" for _, r, _ in found)
    for text in (
        "The French firm Thales built the Odysseus lander.",
        "Example Corp built it with the Examplian company Beta Corp.",
    ):
        assert not any(r == "headquarteredAt" for _, r, _ in stated(extractor, text)), text


def test_a_builder_that_a_country_only_locates(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-1 was built for ESA by a consortium led by Sener of Spain.")
    assert not any(s == "spain" for s, _, _ in found)
    found = plain(stated(extractor, "Example-1 was led by the Republic of Korea."))
    assert ("south-korea", "leads", "example-1") in found


def test_a_part_named_in_apposition_to_its_crafts_possessive(extractor: RuleExtractor) -> None:
    text = (
        "Example-1 consists of two satellites, Alpha-1 and Beta-1. Its main instrument, the Gamma coronagraph, was "
        "developed under the lead of the Example Institute in Belgium."
    )
    found = plain(stated(extractor, text))
    assert {("gamma", "partOf", "example-1"), ("example-institute", "leads", "gamma")} <= found
    found = plain(stated(extractor, "Example-1's lander, Beta-2, touched down in May."))
    assert ("beta-2", "partOf", "example-1") in found
    # 'its' standing for a country or a body names no whole
    for text in (
        "China, its neighbour, had lost its own first orbiter, Yinghuo-1, in 2011.",
        "NASA's lander, Beta-2, touched down in December.",
    ):
        assert not any(r == "partOf" for _, r, _ in stated(extractor, text)), text


def test_a_launch_bought_from_a_commercial_arm(extractor: RuleExtractor) -> None:
    for text in (
        "ESA's Example-1 mission was launched today. The launch was bought from Example Launch Limited (ELL), the "
        "commercial arm of the Indian Space Research Organisation (ISRO).",
        "ESA's Example-1 mission was launched today. The launch had been purchased from Example Launch Limited, "
        "the commercial arm of ISRO.",
    ):
        found = plain(stated(extractor, text))
        seller = "ell" if "(ELL)" in text else "example-launch-limited"
        assert {(seller, "participatesIn", "example-1"), (seller, "partOf", "isro")} <= found, text
    found = stated(extractor, "NASA built the Example-1 probe. The launch will be bought from Example Corp.")
    assert found.get(("example-corp", "participatesIn", "example-1")) == "planned"
    for text in (
        "NASA built the Example-1 probe. The fuel was bought from Example Corp.",
        "NASA built the Example-1 probe. The launch was bought from India.",
    ):
        assert not any(s in ("example-corp", "india") for s, _, _ in stated(extractor, text)), text


def test_the_mission_is_the_name_the_text_called_a_mission(extractor: RuleExtractor) -> None:
    text = (
        "ESA's Example-1 mission was launched today. Example-1 consists of two satellites, the Alpha-1 and the "
        "Beta-1, and the Alpha-1 will shade the Beta-1. The mission was built for ESA by Airbus."
    )
    found = plain(stated(extractor, text))
    assert ("airbus", "participatesIn", "example-1") in found
    assert not any(s == "airbus" and o in ("alpha-1", "beta-1") for s, _, o in found)


def test_a_craft_named_after_a_moon_or_planet_is_one_name(extractor: RuleExtractor) -> None:
    for text, craft in (
        ("NASA launched its Europa Clipper probe on a Falcon Heavy rocket.", "europa-clipper"),
        ("The Venus Express probe reached Venus in 2006.", "venus-express"),
        ("NASA flew to the Moon in May. Its Moon Lander mission failed.", "moon-lander"),
    ):
        candidates = run(extractor, text)
        named = {(text[m.start : m.end], m.entity) for m in candidates.mentions}
        assert any(entity == craft for _, entity in named), text
        body = craft.split("-")[0].capitalize()
        assert any(label == body for label, _ in named), text  # the body's name inside stays a mention
    found = plain(stated(extractor, "NASA launched its Europa Clipper probe on a Falcon Heavy rocket."))
    assert ("nasa", "leads", "europa-clipper") in found
    assert not any(o in ("clipper", "europa") for _, _, o in found)
    # a body's name before a verb or another noun opens no craft's name
    candidates = run(extractor, "The probe reached Jupiter Tuesday and its Juno mission goes on.")
    assert not any(m.entity.startswith("jupiter-") for m in candidates.mentions)
