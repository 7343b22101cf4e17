"""Who drafts, proposes and submits documents, and modal frames (issue #11, documents19): a body acting in its
resolution ('set up the group in resolution 65/68'), adopting or publishing its own text ('adopted its report,
A/68/189'), a described text whose author a relative clause names ('the debris mitigation guidelines that COPUOS
adopted'), a description in apposition to a named document (no new entity), a date between a resolution and its
apposition ('resolution 65/68 of December 2010, a text that Russia had put forward'); a ban on working together
('bars the agency from most bilateral work with China'), 'has no instrument on board', funding ('declined to put
any money into it'), carrying crews to a station, 'a crewed version of its Dragon spacecraft'. Invented
sentences, several wordings each, and look-alikes that must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated

ASSEMBLY = "UN General Assembly"


def test_a_body_acting_in_its_resolution_drafts_it(extractor: RuleExtractor) -> None:
    for text, number in (
        (f"The {ASSEMBLY} set up the group in resolution 65/68.", "65-68"),
        (f"The {ASSEMBLY} created the panel through resolution 65/68 of December 2010.", "65-68"),
        (f"In resolution 68/50 that December the {ASSEMBLY} welcomed the report.", "68-50"),
        (f"In resolution 68/50, adopted in 2013, the {ASSEMBLY} welcomed the report.", "68-50"),
        (f"The {ASSEMBLY}, in resolution 68/50, endorsed the guidelines.", "68-50"),
        ("The UN Security Council, by resolution 2087, condemned the launch.", "2087"),
        (f"The {ASSEMBLY} has referred to the principles in resolution 68/50.", "68-50"),
        (f"The panel, which the {ASSEMBLY} created in resolution 65/68, met in Geneva.", "65-68"),
    ):
        body = "un-security-council" if "Council" in text else "un-general-assembly"
        assert (body, "drafts", f"resolution-{number}") in plain(stated(extractor, text)), text
    # a passive, a participle, another's resolution one works under, a state: no author
    for text in (
        "The Committee on the Peaceful Uses of Outer Space was set up in resolution 1472.",
        "As requested in resolution 65/68, the Committee on the Peaceful Uses of Outer Space met in Vienna.",
        "The Committee on the Peaceful Uses of Outer Space, set up in resolution 1472, met in Vienna.",
        "The Committee on the Peaceful Uses of Outer Space works under resolution 1721.",
        "The Committee on the Peaceful Uses of Outer Space reported on the principles cited in resolution 68/50.",
        "Russia, in resolution 65/68, called for talks.",
        "Russia voted for resolution 68/50.",
    ):
        assert not any(r == "drafts" for _, r, _ in stated(extractor, text)), text


def test_a_text_apposed_to_a_resolution_after_its_date(extractor: RuleExtractor) -> None:
    for text, author, relation in (
        (
            f"The {ASSEMBLY} set up the group in resolution 65/68 of December 2010, a text that Russia had put "
            "forward in the First Committee.",
            "russia",
            "proposes",
        ),
        (
            "The Assembly adopted resolution 65/68 on 8 December 2010, a draft that Russia had put forward.",
            "russia",
            "proposes",
        ),
        (
            "The Security Council adopted resolution 2087 in January 2013, a text that the United States had tabled.",
            "united-states",
            "submits",
        ),
    ):
        found = plain(stated(extractor, text))
        number = "65-68" if "65/68" in text else "2087"
        assert (author, relation, f"resolution-{number}") in found, text


def test_a_description_in_apposition_to_a_named_document_is_that_document(extractor: RuleExtractor) -> None:
    text = "Diplomats discussed the Outer Space Treaty, a treaty on weapons in outer space that Russia had drafted."
    candidates = run(extractor, text)
    assert not any("weapons" in m.entity for m in candidates.mentions), candidates.mentions
    assert ("russia", "drafts", "outer-space-treaty") in plain(stated(extractor, text))
    for text in (
        "Peru signed the Outer Space Treaty, an agreement on rescue in 1968.",
        "Peru signed the Outer Space Treaty, the agreement on rescue of astronauts.",
    ):
        assert not any("rescue" in m.entity for m in run(extractor, text).mentions), text
    # a list goes on: the description is an item of its own
    text = (
        "Peru signed the Outer Space Treaty, the Moon Agreement, the agreement on rescue and the Liability Convention."
    )
    assert ("peru", "signs", "agreement-on-rescue") in plain(stated(extractor, text))


def test_a_body_adopting_or_publishing_its_own_text_drafts_it(extractor: RuleExtractor) -> None:
    for text in (
        "In July 2013 the GGE adopted its report, A/68/189, by consensus.",
        "The GGE released its final report (A/68/189) in May.",
        "The GGE published its report, A/68/189, in July.",
        "The GGE issued its consensus report, A/68/189.",
    ):
        assert ("gge", "drafts", "a-68-189") in plain(stated(extractor, text)), text
    for text in (
        "NASA published its comments on the Artemis Accords.",
        "NASA adopted its position on the Artemis Accords in 2020.",
        "In 2023 the government adopted its first Example Strategy, drafted by the Ministry of Defence.",
    ):
        found = stated(extractor, text)
        assert not any(r == "drafts" and s in ("nasa", "government") for s, r, _ in found), text


def test_a_described_text_with_its_author_in_a_relative_clause(extractor: RuleExtractor) -> None:
    for text, body, words in (
        ("That became the basis of the debris mitigation guidelines that COPUOS adopted in 2007.", "copuos",
         "debris mitigation guidelines"),
        ("I welcome the five-year rule, which the Federal Communications Commission adopted in September 2022.",
         "fcc", "five-year rule"),
        ("The guidelines on long-term sustainability that the UN's Committee on the Peaceful Uses of Outer Space "
         "adopted in 2019 are voluntary.", "copuos", "guidelines on long-term sustainability"),
        ("The code of conduct for space operations that COPUOS drew up stalled.", "copuos",
         "code of conduct for space operations"),
    ):  # fmt: skip
        candidates = run(extractor, text)
        document = next((m for m in candidates.mentions if text[m.start : m.end] == words), None)
        assert document is not None and document.new and document.type == "Document", text
        assert (body, "drafts", document.entity) in plain(stated(extractor, text)), text
    # no description of its own: 'the new rules', 'the guidelines' stand for a text named before
    for text in (
        "The new rules that the Federal Communications Commission adopted are strict.",
        "The guidelines, which the Federal Communications Commission adopted in 2022, are strict.",
        "The rules that apply in orbit are strict.",
    ):
        assert not [m for m in run(extractor, text).mentions if m.type == "Document"], text


def test_a_ban_on_working_together_is_cooperation_denied(extractor: RuleExtractor) -> None:
    for text in (
        "The Wolf Amendment bars NASA from bilateral cooperation with China.",
        "NASA and CNSA are both members, although a US law has barred NASA from most bilateral work with China.",
        "Chang'e 4 landed. NASA congratulated China. A US law bars the agency from most bilateral work with China.",
        "A US law prohibits NASA from any direct contact with China.",
    ):
        assert stated(extractor, text).get(("nasa", "cooperatesWith", "china")) == "negated", text
    text = (
        "The European Space Agency supported the flight, the agency said. NASA took no part: US law bars the agency "
        "from most bilateral work with Beijing."
    )
    found = stated(extractor, text)
    assert found.get(("nasa", "cooperatesWith", "china")) == "negated"
    assert ("esa", "cooperatesWith", "china") not in found
    # an exception ('unless …') says nothing either way; a ban on something else is no cooperation
    for text in (
        "The Wolf Amendment bars NASA and the Office of Science and Technology Policy from cooperation with China "
        "unless the FBI certifies it.",
        "The treaty bars states from placing weapons in orbit.",
        "The rule bars NASA from work on the rover with JAXA.",
    ):
        assert not any(r == "cooperatesWith" for _, r, _ in stated(extractor, text)), text


def test_nothing_on_board_is_no_part_in_the_mission_in_focus(extractor: RuleExtractor) -> None:
    opening = "Chang'e 4 landed on the far side of the Moon in 2019. "
    for text in (
        "NASA has no instrument on board.",
        "NASA had no payloads aboard, but ESA helped.",
        "NASA has nothing aboard this time, but it will fly an instrument on the next one.",
    ):
        assert stated(extractor, opening + text).get(("nasa", "participatesIn", "chang-e-4")) == "negated", text
    for text in (
        "NASA has an instrument on board.",
        "The lander has no camera on board.",
        "NASA has no comment.",
        "NASA has nothing on board to report.",
    ):
        assert not any(s == "nasa" for s, _, _ in stated(extractor, opening + text)), text


def test_funding_a_project_is_taking_part_in_it(extractor: RuleExtractor) -> None:
    opening = "Project Juno was a private venture to fly a Briton to Mir. "
    for text, modal in (
        ("The British government declined to put any money into it, and the companies struggled.", "negated"),
        ("The British government declined to fund it.", "negated"),
        ("The British government refused to invest public money in Project Juno.", "negated"),
        ("The British government put money into Project Juno.", None),
        ("The British government will put more money into Project Juno.", "planned"),
    ):
        found = stated(extractor, opening + text)
        assert ("united-kingdom", "participatesIn", "project-juno") in found, text
        assert found[("united-kingdom", "participatesIn", "project-juno")] == modal, text
    for text in (
        "The British government put no money into it.",  # (the negation inside the cue: left alone)
        "NASA put money into research.",
        "The British government put its trust in Project Juno.",
    ):
        found = stated(extractor, opening + text)
        assert not any(r == "participatesIn" and s in ("united-kingdom", "nasa") for s, r, _ in found), text


def test_carrying_crews_to_a_station_is_taking_part_in_it(extractor: RuleExtractor) -> None:
    for text, modal in (
        ("Boeing will carry crews to the International Space Station.", "planned"),
        ("Boeing will begin carrying crews to the International Space Station.", "planned"),
        ("SpaceX carried astronauts to the International Space Station in 2020.", None),
        ("SpaceX has flown crews to the International Space Station since 2020.", None),
        ("If Boeing stays on schedule, Boeing would begin carrying crews to the International Space Station.",
         "conditional"),
    ):  # fmt: skip
        company = "boeing" if "Boeing" in text else "spacex"
        found = stated(extractor, text)
        assert found.get((company, "participatesIn", "iss"), "x") == modal, text
    for text in (
        "Boeing carried crews to orbit.",
        "Boeing carried the crew's hopes to the International Space Station.",
    ):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text)), text


def test_a_version_of_ones_own_craft(extractor: RuleExtractor) -> None:
    for text, modal in (
        ("SpaceX, which will fly a crewed version of its Dragon spacecraft, can earn up to 2.6 billion dollars.",
         "planned"),
        ("SpaceX will fly a crewed version of its Dragon spacecraft next year.", "planned"),
        ("SpaceX flew a cargo version of its Dragon capsule in 2012.", None),
    ):  # fmt: skip
        assert stated(extractor, text).get(("spacex", "leads", "dragon"), "x") == modal, text
    assert ("nasa", "leads", "dragon") not in stated(extractor, "NASA praised a version of its Dragon spacecraft.")


def test_the_body_a_described_document_was_negotiated_in_drafts_it(extractor: RuleExtractor) -> None:
    for text in (
        "The Moon Agreement is a treaty of 1979, negotiated in the Committee on the Peaceful Uses of Outer Space.",
        "Terms.\nMoon Agreement. A treaty of 1979, negotiated in the Committee on the Peaceful Uses of Outer Space "
        "(COPUOS), that calls the Moon the common heritage of mankind.",
        "The Moon Agreement was negotiated in the Committee on the Peaceful Uses of Outer Space.",
    ):
        assert ("copuos", "drafts", "moon-agreement") in plain(stated(extractor, text)), text
    for text in (
        "The Moon Agreement is a treaty of 1979, signed in Vienna.",
        "The Moon Agreement entered into force. The talks, negotiated in the Committee on the Peaceful Uses of Outer "
        "Space, failed.",
    ):
        assert not any(r == "drafts" for _, r, _ in stated(extractor, text)), text


def test_a_person_a_drafting_body_acted_under_is_no_co_author(extractor: RuleExtractor) -> None:
    for text in (
        "In 2023 the government adopted its first Example Strategy, drafted by the Federal Ministry of Defence under "
        "Boris Pistorius together with the Foreign Office.",
        "The Example Strategy was drafted by the Federal Ministry of Defence under Boris Pistorius and the Foreign "
        "Office.",
    ):
        found = plain(stated(extractor, text))
        for body in ("federal-ministry-of-defence", "foreign-office"):
            assert (body, "drafts", "example-strategy") in found, text
        assert ("boris-pistorius", "drafts", "example-strategy") not in found, text
    # a person named as a co-author drafts too
    found = plain(stated(extractor, "The Example Charter was drafted by ESA and Josef Aschbacher."))
    assert ("josef-aschbacher", "drafts", "example-charter") in found


def test_no_national_instrument_aboard_denies_each_country(extractor: RuleExtractor) -> None:
    opening = "The Hope probe reached Mars in 2021. "
    for text, countries in (
        ("Neither country contributed to the mission, and no Chinese or Russian instrument is on board.",
         ("china", "russia")),
        ("No Chinese instrument is on board.", ("china",)),
        ("No American, Russian or Japanese payloads were aboard.", ("united-states", "russia", "japan")),
    ):  # fmt: skip
        found = stated(extractor, opening + text)
        for country in countries:
            assert found.get((country, "participatesIn", "hope")) == "negated", text
    for text in (
        "No Chinese instrument is on board the ISS.",
        "No instrument is on board.",
        "A Chinese camera is aboard.",
    ):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, opening + text)), text
