"""Documents named by who made them, and the structure of bodies (documents20): a proposal named by its author
('an amendment put forward by X', 'a motion by X, on behalf of the Y Group, to …') in the participle, relative
and bare-'by' forms; an agreement named by its parties and year ('a 1973 agreement between A and B') or by what it
created ('signed the agreement that created the programme'); the states that co-facilitated a text; the units of a
body listed after a count ('has two subcommittees, A and B'); a body reporting to another through a third; a
shorter acronym of a defined name ('GA' after 'UN General Assembly (UNGA)'); numbered parts of a text ('Action 56
of the Pact'). Invented sentences, with the shapes that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, run, stated


def by_relation(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in plain(found) if r == relation}


def authors(found: Stated, relation: str) -> set[str]:
    return {s for s, _ in by_relation(found, relation)}


def test_a_proposal_named_by_its_author_in_every_form(extractor: RuleExtractor) -> None:
    for text, who in (
        ("The Assembly rejected an amendment put forward by Brazil.", {"brazil"}),
        ("The Assembly rejected an amendment proposed by Brazil and Peru.", {"brazil", "peru"}),
        ("The Assembly rejected an amendment, put forward by Brazil, that would have cut the budget.", {"brazil"}),
        ("A motion by Mexico to adjourn the debate passed by 90 votes to 40.", {"mexico"}),
        ("A proposal from France to delay the vote was withdrawn.", {"france"}),
        ("The Assembly also rejected another amendment, which had been put forward by Iran.", {"iran"}),
        ("A motion by the Republic of Examplia, on behalf of the African Group, to take no action passed.",
         {"african-group"}),
    ):  # fmt: skip
        found = stated(extractor, text)
        assert who <= authors(found, "proposes"), text
    found = stated(extractor, "Delegates backed a draft resolution submitted by Egypt and Sri Lanka.")
    assert {"egypt", "sri-lanka"} <= authors(found, "submits")


def test_a_proposal_spoken_for_and_its_class(extractor: RuleExtractor) -> None:
    text = "An amendment tabled by Japan on behalf of the Group of 77 failed."
    candidates = run(extractor, text)
    amendment = next(m for m in candidates.mentions if text[m.start : m.end] == "amendment")
    assert amendment.new and amendment.type == "Proposal"
    facts = {(f["subject"], f["relation"]) for f in candidates.facts if f["object"] == amendment.entity}
    assert ("japan", "submits") in facts
    assert len({s for s, _ in facts}) == 2  # Japan and the group it spoke for


def test_who_only_acts_on_a_proposal_proposes_nothing(extractor: RuleExtractor) -> None:
    for text, voter in (
        ("Japan voted against an amendment put forward by Peru.", "japan"),
        ("Brazil voted against the amendment put forward by Peru.", "brazil"),
    ):
        found = stated(extractor, text)
        assert "peru" in authors(found, "proposes"), text
        assert voter not in authors(found, "proposes") | authors(found, "drafts"), text
    for text in (
        "An amendment adopted by the Senate cut the budget.",
        "The amendment rejected by the Assembly came from Peru.",
        "A proposal approved by ESA will be funded.",
        "The resolution adopted by the Assembly was short.",
    ):
        assert not by_relation(stated(extractor, text), "proposes"), text


def test_an_agreement_named_by_its_year_and_parties(extractor: RuleExtractor) -> None:
    for text, parties in (
        ("Spacelab was built under a 1973 agreement between NASA and ESA.", {"nasa", "esa"}),
        ("The station was built under a 1998 agreement between NASA and Roscosmos.", {"nasa", "roscosmos"}),
        ("The 1988 treaty between China and Brazil created the programme.", {"china", "brazil"}),
    ):
        found = stated(extractor, text)
        assert authors(found, "signs") == parties, text
    for text in (
        "Talks on a 2024 agreement between NASA and ISRO resumed.",
        "There is no treaty between NASA and China.",
        "A meeting between NASA and ESA took place.",
        "Under an agreement between JAXA and NASA, a tenth of the samples go to NASA.",
    ):
        assert not by_relation(stated(extractor, text), "signs"), text


def test_an_agreement_named_by_what_it_created(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Brazil and China agreed to build two satellites. The two governments signed the agreement that created "
        "the programme on 6 July 1988.",
    )
    assert authors(found, "signs") == {"brazil", "china"}
    found = stated(extractor, "France has not signed the treaty that created the agency.")
    assert {(s, m) for (s, r, o), m in found.items() if r == "signs"} == {("france", "negated")}


def test_co_facilitators_draft_the_text(extractor: RuleExtractor) -> None:
    for text in (
        "The UN General Assembly adopted the Pact for the Future. The text, negotiated for months under "
        "co-facilitators from Germany and Namibia, was adopted without a vote.",
        "The Pact for the Future was co-facilitated by Germany and Namibia.",
        "Germany and Namibia co-facilitated the negotiations on the Pact for the Future.",
    ):
        found = stated(extractor, text)
        assert by_relation(found, "drafts") >= {("germany", "pact-for-the-future"), ("namibia", "pact-for-the-future")}
    assert not by_relation(stated(extractor, "The co-facilitators from Germany and Namibia met reporters."), "drafts")


def test_units_listed_after_a_count_are_parts(extractor: RuleExtractor) -> None:
    for text, whole, parts in (
        ("The Committee on the Peaceful Uses of Outer Space (COPUOS), which meets in Vienna, has two subcommittees, "
         "the Scientific and Technical Subcommittee (STSC) and the Legal Subcommittee (LSC).", "copuos", 2),
        ("The Example Space Agency comprises three directorates: the Example Launch Directorate, the Example Science "
         "Directorate and the Example Earth Directorate.", "example-space-agency", 3),
        ("ESA has two centres: ESTEC and ESOC.", "esa", 2),
        ("NASA has ten field centres, including the Johnson Space Center and the Kennedy Space Center.", "nasa", 2),
        ("The Example Agency's three directorates, the Example Launch Directorate, the Example Science Directorate "
         "and the Example Earth Directorate, report to Jane Doe.", "example-agency", 3),
    ):  # fmt: skip
        found = stated(extractor, text)
        assert len({s for s, o in by_relation(found, "partOf") if o == whole}) == parts, text
    for text in (
        "Boeing has two partners, Lockheed Martin and Airbus.",
        "Boeing has two big rivals, Airbus and Comac.",
    ):
        assert not by_relation(stated(extractor, text), "partOf"), text


def test_a_body_reporting_through_another_and_a_shorter_acronym(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The United Nations General Assembly (UNGA) met. The Committee on the Peaceful Uses of Outer Space (COPUOS) "
        "reports to the GA through its Fourth Committee.",
    )
    parts = by_relation(found, "partOf")
    assert ("copuos", "un-general-assembly") in parts
    assert ("fourth-committee", "un-general-assembly") in parts
    assert ("copuos", "fourth-committee") in parts
    assert not any("ga" in pair for pair in parts)
    assert not by_relation(stated(extractor, "NASA reports to reporters through its press office."), "partOf")


def test_shorter_acronyms_need_a_name_before_them(extractor: RuleExtractor) -> None:
    text = "The UN Office for Outer Space Affairs (UNOOSA) is in Vienna. OOSA keeps the register."
    assert {m.entity for m in run(extractor, text).mentions if text[m.start : m.end] == "OOSA"} == {"unoosa"}
    text = "The Example Space Agency (ESA) met. SA said nothing."
    assert "example-space-agency" not in {m.entity for m in run(extractor, text).mentions if m.start > 40}


def test_numbered_parts_of_a_text(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The UN General Assembly adopted the Pact for the Future in 2024. Action 56 of the Pact deals with outer "
        "space.",
    )
    assert ("action-56", "pact-for-the-future") in by_relation(found, "partOf")
    for text, part in (
        ("Annex II of the Example Convention lists the fees.", "annex-ii"),
        ("Principle 3 of the Example Principles is about debris.", "principle-3"),
    ):
        assert part in {s for s, _ in by_relation(stated(extractor, text), "partOf")}, text
    text = "Part 2 of the mission begins in May."
    assert not any(m.type == "Document" for m in run(extractor, text).mentions)


def test_a_plural_head_shared_by_several_bodies(extractor: RuleExtractor) -> None:
    for text, words in (
        ("NASA is to work on it with the Departments of Commerce, Defense, State and Transportation.",
         ["Commerce", "Defense", "State", "Transportation"]),
        ("The Ministries of Defence and Foreign Affairs signed it.", ["Defence", "Foreign Affairs"]),
        ("The plan was drafted by the Ministries of Science and of Finance.", ["Science", "Finance"]),
    ):  # fmt: skip
        mentions = run(extractor, text).mentions
        assert [text[m.start : m.end] for m in mentions if text[m.start : m.end] != "NASA"] == words, text
    text = "NASA is to work on it with the Departments of Commerce, Defense, State and Transportation."
    assert "pentagon" in {m.entity for m in run(extractor, text).mentions}  # the graph's 'Department of Defense'


def test_a_station_named_by_its_place_after_an_agency_possessive(extractor: RuleExtractor) -> None:
    found = stated(extractor, "An Italian team launched it on a Scout from NASA's Wallops Island station in 1964.")
    assert ("wallops-island", "nasa") in by_relation(found, "partOf")
    for text in (
        "NASA's Florida station is busy.",
        "ESA's Mars station is a dream.",
        "Russia's Baikonur station is old.",
    ):
        assert not by_relation(stated(extractor, text), "partOf"), text
    found = stated(extractor, "NASA built no probe, but its Deep Space Network tracked the two Vegas.")
    assert ("deep-space-network", "nasa") in by_relation(found, "partOf")


def test_the_group_an_author_acts_for_in_active_forms(extractor: RuleExtractor) -> None:
    for text in (
        "Egypt, on behalf of the Arab Group, tabled the Example Resolution.",
        "Egypt tabled the Example Resolution on behalf of the Arab Group.",
    ):
        assert authors(stated(extractor, text), "submits") == {"egypt", "arab-group"}, text
    found = stated(extractor, "The Example Treaty, which Russia put forward on behalf of the Group of 77, failed.")
    assert authors(found, "proposes") == {"russia", "g77"}
    for text in (
        "Egypt tabled the Example Resolution, and Peru spoke on behalf of the Arab Group.",
        "Egypt, speaking on behalf of the Arab Group, said the Example Resolution was fair.",
    ):
        found = stated(extractor, text)
        assert "arab-group" not in authors(found, "submits") | authors(found, "proposes"), text


def test_a_sponsor_proposes_and_an_amendment_is_no_proposal_of_the_text_it_amends(extractor: RuleExtractor) -> None:
    # (a sponsor proposes, GUIDELINES v10: "A bill's sponsor proposes it"; was drafts before guidelines23)
    for text in (
        "Japan sponsored the Example Resolution.",
        "Mexico withdrew a motion, sponsored by Japan, to adjourn the debate.",
        "The Example Resolution was sponsored by Japan.",
    ):
        found = stated(extractor, text)
        assert authors(found, "proposes") == {"japan"} and not by_relation(found, "drafts"), text
    found = stated(extractor, "NASA sponsors the Example Prize.")
    assert not by_relation(found, "drafts") and not by_relation(found, "proposes")
    for text in (
        "Peru proposed an amendment to the Example Treaty.",
        "Peru has proposed amendments to the Example Treaty.",
        "The Assembly rejected an amendment to the Example Treaty proposed by Peru.",
    ):
        found = stated(extractor, text)
        assert ("peru", "example-treaty") not in by_relation(found, "proposes"), text
        assert "peru" in authors(found, "proposes"), text
    assert ("chile", "example-treaty") in by_relation(stated(extractor, "The Example Treaty was proposed by Chile."),
                                                      "proposes")  # fmt: skip


def test_units_named_after_the_body_or_one_of_them(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The two subcommittees of COPUOS, the Scientific and Technical Subcommittee (STSC) and the Legal Subcommittee "
        "(LSC), met.",
    )
    assert {s for s, o in by_relation(found, "partOf") if o == "copuos"} == {"scientific-and-technical-subcommittee",
                                                                             "lsc"}  # fmt: skip
    for text, part, whole in (
        ("The text was negotiated in the STSC, one of the two subcommittees of COPUOS.", "stsc", "copuos"),
        ("The Example Directorate, one of ESA's five directorates, is in Paris.", "example-directorate", "esa"),
    ):
        assert (part, whole) in by_relation(stated(extractor, text), "partOf"), text
    for text in ("The two sides of the Example Agency, NASA and ESA, met.", "ESA, one of the partners of NASA, met."):
        assert not by_relation(stated(extractor, text), "partOf"), text
