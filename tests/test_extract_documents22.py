"""Bodies, meetings, documents and memberships in institutional prose (documents22): members listed one per
dash line after a colon, each with a relative clause of its own ('Its five founding members, all of which signed
the convention, were:' / '- Examplia, which built the second stage;'), and what the opening says of every one
(signed the convention, brought something to the project); a stage named 'as the first stage' or 'the second
stage, X'; a document known by where it was signed ('a convention signed in London'); a body that held, convened
or organised a named meeting; every person on a 'Members included:' line under a committee's title, and a title
that opens the next name ('A and B, the Example University professor C') is no apposition of the name before it;
subsidiary bodies as units; a merger gives no part; a part's builder takes part. Invented sentences, with the
shapes that must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, run, stated


def by_relation(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in plain(found) if r == relation}


HEAD = "Five founders: the members of EXLO\n\n"
BODY = "The Examplo Launcher Organisation (EXLO) was set up under a convention signed in Rome in 1964. "
RAN = "From its offices in Vienna it ran the development of the Ariane rocket. "
MEMBERS = {"france", "italy", "belgium"}


@pytest.mark.parametrize(
    "opening",
    [
        "Its founding members were:",
        "Its three founding members, all of which signed the convention, were:",
        "Its three original member states were:",
        "The founding members of EXLO were:",
        "EXLO's first members were:",
        "EXLO had three founding members:",
        "Its members, and what each brought to the project, were:",
    ],
)
@pytest.mark.parametrize(
    "items",
    [
        "\n- France, which built the second stage;\n- Italy, which supplied the range;\n- and Belgium.",
        "\n- France\n- Italy\n- Belgium",
        "\n• France, responsible for the guidance;\n• Italy, which developed the test satellites;\n• Belgium, "
        "which provided the telemetry links.",
    ],
)
def test_members_listed_item_by_item_are_members(extractor: RuleExtractor, opening: str, items: str) -> None:
    text = HEAD + BODY + RAN + opening + items
    found = by_relation(stated(extractor, text), "memberOf")
    assert {s for s, o in found if o == "exlo"} == MEMBERS, text


def test_all_of_which_signed_the_convention_each_signs_the_document_named_before(extractor: RuleExtractor) -> None:
    text = (HEAD + BODY + "Its three founding members, all of which signed the convention, were:\n- France;\n"
            "- Italy;\n- and Belgium.")  # fmt: skip
    found = stated(extractor, text)
    signers = {s for s, o in by_relation(found, "signs")}
    assert signers == MEMBERS
    assert "exlo" not in signers  # ('was set up under a convention signed in Rome': the participle names no signer)


def test_what_each_brought_to_the_project_is_taking_part_and_a_stage_is_a_part(extractor: RuleExtractor) -> None:
    text = (HEAD + BODY + RAN + "Its founding members, and what each brought to the project, were:\n"
            "- France, which offered its Examplo Mark missile as the first stage;\n"
            "- Italy, which supplied the ground station;\n- and Belgium, which provided the telemetry links.")  # fmt: skip
    found = stated(extractor, text)
    assert ("exlo", "ariane") in by_relation(found, "leads")
    assert {s for s, o in by_relation(found, "participatesIn") if o == "ariane"} >= MEMBERS
    assert not {s for s, o in by_relation(found, "leads") if s in MEMBERS}


@pytest.mark.parametrize(
    "text",
    [
        # a list of guests, partners or sponsors is no list of members
        HEAD + BODY + "Its guests at the opening were:\n- France;\n- Italy;\n- and Belgium.",
        HEAD + BODY + "Its main partners were:\n- France\n- Italy\n- Belgium",
        # the items do not follow the colon: no list of members
        HEAD + BODY + "Its founding members were: not many. Later:\n- France\n- Italy",
        # one item only
        HEAD + BODY + "Its founding members were:\n- France",
    ],
)
def test_lists_that_are_not_of_members_give_no_membership(extractor: RuleExtractor, text: str) -> None:
    found = by_relation(stated(extractor, text), "memberOf")
    assert not {s for s, o in found if s in MEMBERS}, text


@pytest.mark.parametrize(
    ("text", "body", "meeting"),
    [
        (
            "In June the Examplo Space Committee held the Example Conference in Vienna.",
            "examplo-space-committee",
            "example-conference",
        ),
        (
            "The Examplo Space Committee will convene the Example Summit in Geneva next year.",
            "examplo-space-committee",
            "example-summit",
        ),
        ("The Examplo Space Agency organised the Example Forum in 2019.", "examplo-space-agency", "example-forum"),
    ],
)
def test_a_body_that_holds_a_named_meeting_leads_it(
    extractor: RuleExtractor, text: str, body: str, meeting: str
) -> None:
    found = stated(extractor, text)
    assert any(s == body and r == "leads" and o == meeting for s, r, o in found), text


def test_a_meeting_to_come_is_a_plan(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Examplo Space Committee will convene the Example Summit in Geneva next year.")
    assert found[("examplo-space-committee", "leads", "example-summit")] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Japan held the Example Summit in Tokyo.",  # a host country is no organizer
        "France hosted the Example Conference in Paris.",  # hosting is the venue's
        "Jane Doe held the Example Conference in high regard.",  # a person
        "The Examplo Space Committee held talks with the Example Agency in Vienna.",  # no meeting named
    ],
)
def test_hosts_people_and_talks_lead_no_meeting(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert not any(r == "leads" for _, r, _ in found), text


REPORT = (
    "Report summary: Review of Examplo Launch Plans Committee (2031)\n\nChair: Jane Doe, a former head of Acme Corp.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Members included: the former astronauts Ann Example and Bob Sample, the Example University engineering "
        "professor Carl Demo and Dana Test, the head of Omega Rockets.",
        "Members: Ann Example, Bob Sample, Carl Demo and Dana Test.",
        "Committee members were: Ann Example; Bob Sample; Carl Demo; Dana Test.",
    ],
)
def test_every_person_on_a_members_line_is_affiliated_with_the_committee(extractor: RuleExtractor, line: str) -> None:
    found = by_relation(stated(extractor, REPORT + line), "affiliatedWith")
    people = {"ann-example", "bob-sample", "carl-demo", "dana-test"}
    assert {s for s, o in found if o == "examplo-launch-plans-committee"} >= people, line


def test_a_title_before_the_next_name_is_not_an_apposition_of_the_name_before(extractor: RuleExtractor) -> None:
    line = ("Members included: the former astronauts Ann Example and Bob Sample, the Example University engineering "
            "professor Carl Demo and Dana Test, the head of Omega Rockets.")  # fmt: skip
    found = by_relation(stated(extractor, REPORT + line), "affiliatedWith")
    assert ("carl-demo", "example-university") in found
    assert ("bob-sample", "example-university") not in found


def test_guests_are_no_members(extractor: RuleExtractor) -> None:
    found = by_relation(stated(extractor, REPORT + "Guests included: Ann Example and Bob Sample."), "affiliatedWith")
    assert not {s for s, o in found if o == "examplo-launch-plans-committee"} & {"ann-example", "bob-sample"}


@pytest.mark.parametrize(
    "text",
    [
        "Preparations ran through the Examplo Space Committee (ESC) and its two subsidiary bodies, the Technical "
        "Subcommittee and the Legal Subcommittee.",
        "The Examplo Space Committee (ESC) has two subsidiary bodies, the Technical Subcommittee and the Legal "
        "Subcommittee.",
    ],
)
def test_subsidiary_bodies_are_parts(extractor: RuleExtractor, text: str) -> None:
    found = by_relation(stated(extractor, text), "partOf")
    assert {s for s, o in found if o == "esc"} >= {"technical-subcommittee", "legal-subcommittee"}, text


def test_member_bodies_are_no_parts(extractor: RuleExtractor) -> None:
    text = "The Examplo Space Union (ESU) has two member bodies, the Example Agency and the Sample Agency."
    assert not by_relation(stated(extractor, text), "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "In 1975 the Example Agency (EA) and the Sample Agency (SA) were merged into the Examplo Space Agency.",
        "The Example Agency was merged into the Examplo Space Agency in 1990.",
    ],
)
def test_a_merger_gives_no_part(extractor: RuleExtractor, text: str) -> None:
    assert not by_relation(stated(extractor, text), "partOf"), text


def test_folded_into_stays_a_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Office was folded into the Examplo Space Agency in 1990.")
    assert by_relation(found, "partOf")


def test_a_rocket_named_after_a_moon_is_a_launcher(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Examplo Space Agency (ESA-X) developed the Titan rocket in the 1960s.")
    assert any(o == "titan" and r in ("leads", "participatesIn") for _, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Emirati centre joins the Canadian Space Agency, the European Space Agency and the Japan Aerospace "
        "Exploration Agency, which have already committed hardware to the station.",
        "France joined NASA and JAXA in the study.",
    ],
)
def test_joining_a_state_agency_is_no_membership(extractor: RuleExtractor, text: str) -> None:
    assert not by_relation(stated(extractor, text), "memberOf"), text


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Portugal joined the European Space Agency and EUMETSAT in 2000.",
            {("portugal", "esa"), ("portugal", "eumetsat")},
        ),
        (
            "Austria and Norway joined ESA in 1987, Finland in 1995, and Estonia and Hungary in 2015.",
            {("austria", "esa"), ("norway", "esa"), ("finland", "esa"), ("estonia", "esa"), ("hungary", "esa")},
        ),
        (
            "Portugal joined the European Space Agency in 2000 and Estonia in 2015.",
            {("portugal", "esa"), ("estonia", "esa")},
        ),
    ],
)
def test_two_objects_joined_by_and_are_no_gapped_clause(
    extractor: RuleExtractor, text: str, members: set[tuple[str, str]]
) -> None:
    assert by_relation(stated(extractor, text), "memberOf") == members, text


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Examplia built the second stage, Coralix, for the Ariane rocket.", "coralix"),
        ("Otheria was responsible for the third stage, Astrix, of the Ariane rocket.", "astrix"),
        ("The rocket's upper stage, the Example Kick, failed.", "example-kick"),
    ],
)
def test_a_stage_named_in_apposition_is_a_launcher_part_found_as_a_name(
    extractor: RuleExtractor, text: str, stage: str
) -> None:
    candidates = run(extractor, text)
    assert any(m.entity == stage and m.new and m.type == "Program" for m in candidates.mentions), text


def test_a_stage_word_before_a_speaker_is_no_stage(extractor: RuleExtractor) -> None:
    candidates = run(extractor, "After the second stage, Jane Example said the flight went well.")
    assert not any(m.new and m.type == "Program" for m in candidates.mentions)
