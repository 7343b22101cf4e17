"""Modality of round 16: taking no part with no object (the mission in focus), a sentence that only repeats
the one before ('Nor has Japan.'), 'nor' before a subject, plans whose object is the planner's own craft,
prohibitions whose cue sits in a gerund's phrase (invented sentences, and near-misses that must not fire)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor
from tests.test_extract_modality import run, stated

NO_PART = [
    "China launched Chang'e-5 in November 2020. NASA took no part: a US law bars it.",
    "China launched Chang'e-5 in November 2020. NASA had no part in any of this.",
    "China launched Chang'e-5 in November 2020. NASA played no role at all, and ESA only tracked it.",
    "China launched Chang'e-5 in November 2020. NASA took no part, but ESA tracked the craft.",
    "China's Chang'e-5 returned samples in 2020. It had been launched on a Long March 5 rocket. NASA took no part.",
]


@pytest.mark.parametrize("text", NO_PART, ids=[t[45:80] for t in NO_PART])
def test_taking_no_part_with_no_object_is_about_the_mission_in_focus(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    assert facts.get(("nasa", "participatesIn", "chang-e-5")) == "negated"
    assert not any(s == "nasa" and o == "long-march-5" for s, _, o in facts)  # not the rocket it flew on


NO_PART_MISSES = [
    # a named object of another kind, or a noun phrase after 'in that': not the mission in focus
    "China launched Chang'e-5 in November 2020. NASA took no part in the talks on the Artemis Accords.",
    "China launched Chang'e-5 in November 2020. NASA had no part in that search for the lander.",
    # nothing in focus to take part in
    "ESA and NASA signed an agreement. Brazil took no part.",
]


@pytest.mark.parametrize("text", NO_PART_MISSES, ids=[t[40:75] for t in NO_PART_MISSES])
def test_taking_no_part_needs_a_mission_in_focus(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    assert not any(s == "nasa" and r == "participatesIn" for s, r, _ in facts)
    assert not any(s == "brazil" for s, _, _ in facts)


REPEATED = [
    ("India has not signed the Artemis Accords. Nor has South Korea.", "negated"),
    ("India has not signed the Artemis Accords. Neither has South Korea.", "negated"),
    ("India has not signed the Artemis Accords. South Korea has not, either.", "negated"),
    ("India has not signed the Artemis Accords. South Korea hasn't either.", "negated"),
    ("India has signed the Artemis Accords. So has South Korea.", None),
    ("India has signed the Artemis Accords. South Korea has, too.", None),
    ("India signed the Artemis Accords in 2023. South Korea did too.", None),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED, ids=[c[0][42:] for c in REPEATED])
def test_a_sentence_repeating_the_last_for_another_subject(
    extractor: RuleExtractor, text: str, expected: str | None
) -> None:
    facts = stated(run(extractor, text))
    assert facts[("india", "signs", "artemis-accords")] == expected
    assert facts[("south-korea", "signs", "artemis-accords")] == expected


REPEATED_MISSES = [
    # 'nor' repeats a denial only; 'so' a statement only
    "India has signed the Artemis Accords. Nor has South Korea.",
    "India has not signed the Artemis Accords. So has South Korea.",
    # a sentence with a verb of its own says what it says ('joined the ILRS'), not the last one
    "India has not signed the Artemis Accords. Nor has South Korea joined the ILRS.",
    # a question and its answer: nothing to repeat
    "Who signed the Artemis Accords? South Korea did.",
]


@pytest.mark.parametrize("text", REPEATED_MISSES, ids=[t[38:70] for t in REPEATED_MISSES])
def test_a_repeating_sentence_must_fit_the_last_one(extractor: RuleExtractor, text: str) -> None:
    assert ("south-korea", "signs", "artemis-accords") not in stated(run(extractor, text))


def test_nor_before_a_subject_negates_it_but_not_a_relative_clause_after_it(extractor: RuleExtractor) -> None:
    facts = stated(run(extractor, "Neither India, which tested a missile in 2019, nor Japan has joined the ILRS."))
    assert facts[("japan", "participatesIn", "ilrs")] == "negated"
    facts = stated(
        run(extractor, "India has not signed the Artemis Accords, and neither has Japan, which joined the ILRS.")
    )
    assert facts[("japan", "signs", "artemis-accords")] == "negated"
    assert facts.get(("japan", "participatesIn", "ilrs")) != "negated"  # the relative clause is not denied


PLANS = [
    ("India plans to fly its own astronauts on the Gaganyaan spacecraft.", ("india", "leads", "gaganyaan")),
    ("India will fly its own astronauts on Gaganyaan, its first crewed craft.", ("india", "leads", "gaganyaan")),
    ("China plans further lunar missions, among them Chang'e-7.", ("china", "leads", "chang-e-7")),
    ("China plans two more lunar missions, Chang'e-7 and Chang'e-8.", ("china", "leads", "chang-e-8")),
    (
        "South Korea plans its own Korean Positioning System by 2035.",
        ("south-korea", "leads", "korean-positioning-system"),
    ),
]


@pytest.mark.parametrize(("text", "key"), PLANS, ids=[c[0][:40] for c in PLANS])
def test_a_plan_for_ones_own_craft_is_leading_it(
    extractor: RuleExtractor, text: str, key: tuple[str, str, str]
) -> None:
    facts = stated(run(extractor, text))
    assert facts[key] == "planned"
    assert (key[0], "participatesIn", key[2]) not in facts


def test_plans_near_misses(extractor: RuleExtractor) -> None:
    # astronauts of one's own on another's craft, or any astronaut on a mission: taking part
    facts = stated(run(extractor, "India plans to fly its own astronauts on SpaceX's Crew Dragon."))
    assert facts == {("india", "participatesIn", "crew-dragon"): "planned"}
    facts = stated(run(extractor, "Canada will fly an astronaut on Artemis II."))
    assert facts == {("canada", "participatesIn", "artemis-ii"): "planned"}
    # a name further on is no object of the plan; a pad for a rocket is no part in the rocket
    assert not stated(run(extractor, "China plans a crewed landing by 2030 and will use Chang'e-7 to scout."))
    assert not stated(run(extractor, "Roscosmos plans to build a pad there for the Angara rocket."))


def test_a_prohibition_negates_each_subject_up_to_the_cue_in_its_gerund(extractor: RuleExtractor) -> None:
    text = "The law prohibits NASA and the National Science Foundation from spending money on cooperation with China."
    facts = stated(run(extractor, text))
    assert facts[("nasa", "cooperatesWith", "china")] == "negated"
    assert facts[("national-science-foundation", "cooperatesWith", "china")] == "negated"
    facts = stated(run(extractor, "The sanctions prevent Roscosmos from taking part in ExoMars."))
    assert facts == {("roscosmos", "participatesIn", "exomars"): "negated"}


def test_a_prohibition_with_a_way_around_it_or_in_another_clause(extractor: RuleExtractor) -> None:
    text = "The law bars NASA from working with China unless it first certifies the work to Congress."
    assert not any(s == "nasa" for s, _, _ in stated(run(extractor, text)))
    facts = stated(run(extractor, "NASA, which was barred from flying on Soyuz in 2010, cooperates with ESA."))
    assert facts[("nasa", "cooperatesWith", "esa")] is None  # the relative clause's prohibition stays there


def speakers(candidates: Candidates) -> set[str]:
    return {c["speaker"] for c in candidates.claims if isinstance(c.get("speaker"), str)}


SPOKEN = [
    # a regulator's authorisation is its position on the thing
    (
        "Amazon signed launch contracts with three companies. The Federal Communications Commission had authorised the "
        "system in 2020, on condition that half of it is launched by 2026.",
        "fcc",
    ),
    ("The Federal Communications Commission authorized the constellation last year.", "fcc"),
    # a reproach, with an adverb between the pronoun and the verb
    (
        "President Vladimir Putin watched the launch, and he publicly reprimanded officials for the delay.",
        "vladimir-putin",
    ),
    ("President Vladimir Putin rebuked the agency's managers.", "vladimir-putin"),
    # a participle right before its 'that' clause, with no comma
    (
        "Jane Example went on to write a report for the government in 1967 arguing that Canada should use satellites.",
        "jane-example",
    ),
    ("Jane Example published a study in 2019 concluding that the debris risk was growing.", "jane-example"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKEN, ids=[c[1] + str(i) for i, c in enumerate(SPOKEN)])
def test_positions_told_in_the_authors_words(extractor: RuleExtractor, text: str, speaker: str) -> None:
    assert speaker in speakers(run(extractor, text))


def test_positions_near_misses(extractor: RuleExtractor) -> None:
    # a law that authorises someone to do something directs it; the one reprimanded is no speaker
    assert not speakers(run(extractor, "The Space Act authorised NASA to build a heavy rocket."))
    assert "nasa" not in speakers(run(extractor, "NASA was reprimanded by Congress for the delay."))


INVITED = [
    # an invitation is a plan at most (tests/test_extract_modality.py), and under a condition conditional
    ("India has been invited to join the International Lunar Research Station.", "planned"),
    ("India would be invited to join the International Lunar Research Station if it met the standards.", "conditional"),
    ("India is expected to join the International Lunar Research Station.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), INVITED, ids=[c[0][:40] for c in INVITED])
def test_an_invitation_is_no_done_fact(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    assert stated(run(extractor, text))[("india", "participatesIn", "ilrs")] == expected


def test_an_invitation_in_a_relative_clause_leaves_the_main_verb(extractor: RuleExtractor) -> None:
    facts = stated(run(extractor, "India, which was invited to join the ILRS in 2021, signed the Artemis Accords."))
    assert facts[("india", "signs", "artemis-accords")] is None
    assert facts[("india", "participatesIn", "ilrs")] == "planned"


def test_staying_out_of_a_navigation_system(extractor: RuleExtractor) -> None:
    head = "The Galileo satellite navigation system is run by the EU. "
    for text in (
        "The United Kingdom no longer takes part in Galileo.",
        "The United Kingdom, outside the EU since 2020, takes no part in Galileo, and Norway is undecided.",
    ):
        assert stated(run(extractor, head + text))[("united-kingdom", "participatesIn", "galileo")] == "negated"


TAKE_PART_ALONE = [
    ("ESA launched ExoMars in 2016. Russia will not take part.", "negated"),
    ("ESA launched ExoMars in 2016. Russia declined to take part, citing costs.", "negated"),
    # undenied, or with an object of its own: nothing about the mission in focus
    ("ESA launched ExoMars in 2016. Russia took part.", None),
    ("ESA launched ExoMars in 2016. Russia did not take part in the talks.", None),
]


@pytest.mark.parametrize(("text", "expected"), TAKE_PART_ALONE, ids=[c[0][30:] for c in TAKE_PART_ALONE])
def test_not_taking_part_with_no_object(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    facts = stated(run(extractor, text))
    if expected is None:
        assert ("russia", "participatesIn", "exomars") not in facts
    else:
        assert facts[("russia", "participatesIn", "exomars")] == expected


NOT_DENIED = [
    "India has not only joined the International Lunar Research Station but also hosted its first meeting.",
    "India has not hesitated to join the International Lunar Research Station.",
    # a plan carried out is done
    "India planned to join the International Lunar Research Station in 2022, and it did so in March.",
    "India was expected to join the International Lunar Research Station, which it duly did in 2023.",
    "India, as planned, joined the International Lunar Research Station in 2023.",
]


@pytest.mark.parametrize("text", NOT_DENIED, ids=[t[:45] for t in NOT_DENIED])
def test_look_alikes_of_a_denial_or_a_plan_state_it_done(extractor: RuleExtractor, text: str) -> None:
    assert stated(run(extractor, text))[("india", "participatesIn", "ilrs")] is None


def test_a_plan_carried_out_by_another_stays_a_plan(extractor: RuleExtractor) -> None:
    text = "India plans to join the International Lunar Research Station, and Japan did so last year."
    facts = stated(run(extractor, text))
    assert facts[("india", "participatesIn", "ilrs")] == "planned"
    assert facts[("japan", "participatesIn", "ilrs")] is None
    text = "Never before had a country joined the International Lunar Research Station so quickly."
    assert not any(m == "negated" for m in stated(run(extractor, text)).values())


BODY_HEADLINE = "Who belongs to the Asia-Pacific Space Cooperation Organization\n\nEight states are members. "
JOINING_IN_FOCUS = [
    ("India has not joined. Seoul would be invited to join if it met the group's standards.", "conditional"),
    ("South Korea would join if it met the group's standards.", "conditional"),
    ("Peru will join once its parliament agrees.", "planned"),
    ("South Korea has been invited to join.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), JOINING_IN_FOCUS, ids=[c[0][:30] for c in JOINING_IN_FOCUS])
def test_joining_the_body_in_focus_under_a_condition(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    facts = stated(run(extractor, BODY_HEADLINE + text))
    joined = [m for (s, r, o), m in facts.items() if r == "memberOf" and o == "apsco" and s in ("south-korea", "peru")]
    assert joined == ([] if expected is None else [expected])


KEPT_OUT = [
    (
        "India has so far stayed away from the International Lunar Research Station.",
        ("india", "participatesIn", "ilrs"),
    ),
    ("India has never been part of the International Lunar Research Station.", ("india", "participatesIn", "ilrs")),
    ("India has kept well clear of the International Lunar Research Station.", ("india", "participatesIn", "ilrs")),
    ("India kept well clear of the Artemis Accords.", ("india", "signs", "artemis-accords")),
]


@pytest.mark.parametrize(("text", "key"), KEPT_OUT, ids=[c[0][:40] for c in KEPT_OUT])
def test_keeping_out_is_always_negated(extractor: RuleExtractor, text: str, key: tuple[str, str, str]) -> None:
    assert stated(run(extractor, text)) == {key: "negated"}


def test_keeping_away_from_something_else(extractor: RuleExtractor) -> None:
    # a launch, a meeting: nothing to take part in that the ontology has
    assert not stated(run(extractor, "India stayed away from the launch ceremony in Wenchang."))


HEADED = (
    "Orbitalis: how a programme shared its seats\n\n"
    "Orbitalis, a programme that Russia set up in 1990, flew guests to its station. In 1995 a Pakistani pilot flew "
    "to the Example-7 station aboard Example-9. Japan never took part."
)


def test_taking_no_part_in_a_text_headed_by_a_programme_is_about_the_programme(extractor: RuleExtractor) -> None:
    # (lead18) the programme the headline names, not the station or flight named last
    facts = stated(run(extractor, HEADED))
    assert facts.get(("japan", "participatesIn", "orbitalis")) == "negated"
    assert not any(s == "japan" and o != "orbitalis" for s, _, o in facts)


def test_taking_no_part_after_a_mission_under_another_headline_stays_the_mission(extractor: RuleExtractor) -> None:
    text = "A year of firsts in orbit\n\nChina launched Chang'e-5 in November 2020. NASA took no part."
    assert stated(run(extractor, text)).get(("nasa", "participatesIn", "chang-e-5")) == "negated"
