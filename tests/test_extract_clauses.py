"""Relations read from the structure of the clause: appositions and
auxiliaries between subject and verb, subordinate clauses, possessors,
joint subjects, co-agents, passives with a phrase before 'by', pronoun
objects and ellipsis (invented sentences, one construction each)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor

Stated = dict[tuple[str, str, str], str | None]


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def stated(extractor: RuleExtractor, text: str) -> Stated:
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in run(extractor, text).facts}


def plain(found: Stated) -> set[tuple[str, str, str]]:
    """The facts stated as plain facts (no modality)."""
    return {k for k, v in found.items() if v is None}


def test_apposition_then_auxiliaries_before_the_verb(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "Canada, a long-time partner of France, has not joined the International Lunar Research Station."
    )
    assert found[("canada", "participatesIn", "ilrs")] == "negated"
    assert ("france", "participatesIn", "ilrs") not in found


def test_an_opening_subordinate_clause_holds_no_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "After China hosted the talks, Canada signed the Artemis Accords.")
    assert ("canada", "signs", "artemis-accords") in found
    assert not any(s == "china" for s, _, _ in found)


def test_possessors_do_not_act_and_together_makes_partners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Lunar Gateway, which France's CNES and Japan's JAXA run together, grows.")
    assert found.get(("cnes", "leads", "lunar-gateway"), "x") is None
    assert found.get(("jaxa", "leads", "lunar-gateway"), "x") is None
    assert ("cnes", "partnerOf", "jaxa") in found or ("jaxa", "partnerOf", "cnes") in found
    assert not any(s in ("france", "japan") for s, r, _ in found if r == "leads")


def test_together_with_shares_the_verb_and_with_adds_a_participant(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Canada, which leads the Lunar Gateway together with Japan, met in May.")
    assert {("canada", "leads", "lunar-gateway"), ("japan", "leads", "lunar-gateway")} <= found.keys()
    assert ("canada", "partnerOf", "japan") in found
    found = stated(extractor, "Roscosmos runs the Lunar Gateway with the European Space Agency.")
    assert ("esa", "participatesIn", "lunar-gateway") in found
    assert ("roscosmos", "partnerOf", "esa") in found
    assert ("esa", "leads", "lunar-gateway") not in found


def test_passive_with_a_phrase_before_by(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Artemis Accords were signed for Canada by its ambassador, Jane Example, in Ottawa.")
    assert ("jane-example", "signs", "artemis-accords") in found
    found = stated(extractor, "The Artemis Accords, a text first written in 2019 by NASA, set rules.")
    assert ("nasa", "drafts", "artemis-accords") in found
    found = stated(extractor, "The Artemis Accords, a set of principles drawn up by NASA and France, set rules.")
    assert {("nasa", "drafts", "artemis-accords"), ("france", "drafts", "artemis-accords")} <= found.keys()


def test_a_person_chairing_a_body_acts_for_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Space Committee, chaired by Jane Example, met in May.")
    assert ("jane-example", "affiliatedWith", "example-space-committee") in found


def test_pronoun_object_is_the_last_document_or_program_named(extractor: RuleExtractor) -> None:
    text = "The Artemis Accords set rules. Japan signed them in 2020. The International Lunar Research Station grew. Canada joined it."
    found = stated(extractor, text)
    assert ("japan", "signs", "artemis-accords") in found
    assert ("canada", "participatesIn", "ilrs") in found
    assert ("canada", "signs", "artemis-accords") not in found  # 'it' is the program named last


def test_ellipsis_repeats_the_relation_for_another_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan has not signed the Artemis Accords, and neither has Canada.")
    assert found[("canada", "signs", "artemis-accords")] == "negated"
    found = stated(extractor, "Japan signed the Artemis Accords, as did Canada.")
    assert found.get(("canada", "signs", "artemis-accords"), "x") is None


def test_nor_opening_a_sentence_negates_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan stays out. Nor does NASA cooperate with Roscosmos.")
    assert found[("nasa", "cooperatesWith", "roscosmos")] == "negated"


def test_stopping_an_activity_negates_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The European Space Agency stopped working with Roscosmos.")
    assert found[("esa", "cooperatesWith", "roscosmos")] == "negated"


def test_an_unratified_signature_is_still_a_signature(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Artemis Accords set rules. Canada signed them in 2020 but has never ratified them.")
    assert found == {("canada", "signs", "artemis-accords"): None}


def test_a_name_after_an_indefinite_article_describes_a_noun(extractor: RuleExtractor) -> None:
    found = stated(extractor, "A Japanese rocket launched the Example Mission.")
    assert not any(s == "japan" for s, _, _ in found)
    found = stated(extractor, "Japan launched the Example Mission in 2024.")
    assert found.get(("japan", "leads", "example-mission"), "x") is None


def test_role_between_two_joint_subjects(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example and Canada's science minister, John Example, signed the Artemis Accords.")
    assert {("jane-example", "signs", "artemis-accords"), ("john-example", "signs", "artemis-accords")} <= found.keys()
    assert ("canada", "signs", "artemis-accords") not in found


def test_a_participle_after_a_comma_is_about_the_phrase_before_it(extractor: RuleExtractor) -> None:
    text = "In May, the UN General Assembly adopted a resolution on lunar dust, drafted by Canada."
    assert ("canada", "drafts", "resolution-on-lunar-dust") in stated(extractor, text)


def test_a_relative_clause_after_a_parenthesis_keeps_its_subject(extractor: RuleExtractor) -> None:
    text = "The Example Space Agency (ESXA), which runs the Lunar Gateway and is headquartered in Ottawa, grew."
    found = stated(extractor, text)
    assert ("esxa", "leads", "lunar-gateway") in found
    assert ("esxa", "headquarteredAt", "ottawa") in found


def test_a_condition_on_may_or_can(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA may work bilaterally with Roscosmos only if Congress agrees.")
    assert found[("nasa", "cooperatesWith", "roscosmos")] == "conditional"


@pytest.mark.parametrize(
    "text",
    [
        "In 2020, Jane Example, then the head of Roscosmos, spoke in Moscow.",
        "John Example, who had just replaced Jane Example as head of Roscosmos, spoke in Moscow.",
        "Roscosmos was reorganised. Jane Example became its first director.",
    ],
)
def test_affiliation_by_time_adverb_succession_and_its_role(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-example", "affiliatedWith", "roscosmos") in stated(extractor, text)


def test_both_holders_of_a_post_are_affiliated(extractor: RuleExtractor) -> None:
    text = "John Example, who had just replaced Jane Example as head of Roscosmos, spoke in Moscow."
    assert ("john-example", "affiliatedWith", "roscosmos") in stated(extractor, text)


def test_nationality_is_not_an_office(extractor: RuleExtractor) -> None:
    found = stated(extractor, "A Canadian astronaut, Jane Example of the European Space Agency, trained in May.")
    assert ("jane-example", "affiliatedWith", "esa") in found
    # and the country, as GUIDELINES' "Nationality before a profession" (v23 round) and the golds have it (affiliation26)
    assert ("jane-example", "affiliatedWith", "canada") in found


def test_contributions_make_participants(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Example Mission, which Roscosmos will launch in 2027, will carry instruments from France and Japan.",
    )
    assert found[("france", "participatesIn", "example-mission")] == "planned"
    assert found[("japan", "participatesIn", "example-mission")] == "planned"
    assert found[("roscosmos", "leads", "example-mission")] == "planned"
    found = stated(extractor, "The Example Mission flew in May. Canada built a small camera for the mission.")
    assert ("canada", "participatesIn", "example-mission") in found
    found = stated(extractor, "Japan plans to send a rover on the Example Mission.")
    assert found[("japan", "participatesIn", "example-mission")] == "planned"


def test_a_body_of_an_organization_is_part_of_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Committee, a body of the UN General Assembly, met in Vienna.")
    assert ("example-committee", "partOf", "un-general-assembly") in found
    found = stated(extractor, "Roscosmos met. Later the Example Council, the agency's governing body, approved it.")
    assert ("example-council", "partOf", "roscosmos") in found
    text = "NASA met Roscosmos. Later the NASA Advisory Council, the agency's advisory body, approved it."
    assert ("nasa-advisory-council", "partOf", "nasa") in stated(extractor, text)  # its name names the agency


def test_a_pronoun_before_the_verb_is_its_subject(extractor: RuleExtractor) -> None:
    text = "Japan hosted the talks on the Lunar Gateway, and on Friday it signed the Artemis Accords."
    assert stated(extractor, text) == {("japan", "signs", "artemis-accords"): None}
    text = "NASA met in May. In June, it joined the International Lunar Research Station."
    assert ("nasa", "participatesIn", "ilrs") in stated(extractor, text)


def test_signatories_listed_after_a_capitalised_noun(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Artemis Accords set rules. Signatories include Japan, Canada and Italy.")
    assert {(c, "signs", "artemis-accords") for c in ("japan", "canada", "italy")} <= found.keys()


def test_leaving_is_a_negated_participation(extractor: RuleExtractor) -> None:
    assert stated(extractor, "Russia would leave the Lunar Gateway after 2024.") == {
        ("russia", "participatesIn", "lunar-gateway"): "negated"
    }
    found = stated(extractor, "Canada withdrew from the Artemis Accords in 2024.")
    assert found == {("canada", "signs", "artemis-accords"): "negated"}


def test_agreeing_to_do_is_a_plan(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan has agreed to join the Lunar Gateway.")
    assert found[("japan", "participatesIn", "lunar-gateway")] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation between CNES and Roscosmos grew in 2020.",
        "CNES teamed up with Roscosmos in 2020.",
        "CNES signed a memorandum of understanding with Roscosmos in 2020.",
    ],
)
def test_partners_and_cooperation_by_noun(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert {("cnes", r, "roscosmos") for r in ("cooperatesWith", "partnerOf")} & found.keys()


def test_seat_and_base_are_headquarters(extractor: RuleExtractor) -> None:
    assert ("example-agency", "headquarteredAt", "geneva") in stated(
        extractor, "The Example Agency, which has its seat in Geneva, met."
    )
    assert ("example-agency", "headquarteredAt", "vienna") in stated(
        extractor, "The Example Agency, based in Vienna, met."
    )


def test_relative_clause_heads(extractor: RuleExtractor) -> None:
    text = "Indian officials visited the BRICS group, to which Brazil belongs."
    assert ("brazil", "memberOf", "brics") in stated(
        extractor, text
    )  # a preposition before 'which', a noun after the name
    text = "The Artemis Accords, the principles for exploring the Moon that NASA drew up, set rules."
    assert ("nasa", "drafts", "artemis-accords") in stated(extractor, text)  # the relative clause of an apposition


def test_signing_with_the_object_left_out_is_the_document_in_view(extractor: RuleExtractor) -> None:
    text = "The Artemis Accords set rules. Eight countries had signed on 13 October 2020, among them Japan and Italy."
    assert {("japan", "signs", "artemis-accords"), ("italy", "signs", "artemis-accords")} <= stated(
        extractor, text
    ).keys()
    assert stated(extractor, "The Artemis Accords set rules. Japan signed a deal on rice.") == {}


def test_members_listed_after_a_colon(extractor: RuleExtractor) -> None:
    text = "The UN Security Council met. The council's 15 members include five permanent members: China, France and Russia."
    found = stated(extractor, text)
    assert {(c, "memberOf", "un-security-council") for c in ("china", "france", "russia")} <= found.keys()


def test_a_craft_of_a_mission_is_part_of_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Roscosmos said that Orbiter-9, the first flight of the Artemis program, was ready.")
    assert ("orbiter-9", "partOf", "artemis") in found  # the apposition is the author's, not the speaker's


def test_helping_to_build_is_taking_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Mission, an observatory that NASA helped Japan to build, launched.")
    assert ("nasa", "participatesIn", "example-mission") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second passive agent after 'and by'
        (
            "The Artemis Accords, signed by Japan in 2020 and by Canada in 2021, set rules.",
            {("japan", "signs", "artemis-accords"): None, ("canada", "signs", "artemis-accords"): None},
        ),
        # a noun cue's subject is the subject of its verb, past an apposition with a possessor
        ("JAXA, Japan's space agency, signed a memorandum with NASA.", {("jaxa", "partnerOf", "nasa"): None}),
        # partners in a program are partners of each other
        (
            "NASA and ESA are partners in the Lunar Gateway.",
            {
                ("nasa", "participatesIn", "lunar-gateway"): None,
                ("esa", "participatesIn", "lunar-gateway"): None,
                ("nasa", "partnerOf", "esa"): None,
            },
        ),
        # '(CNSA) and Roscosmos jointly lead': the parenthesis closes before the joiner; 'jointly' before the verb
        (
            "The China National Space Administration (CNSA) and Roscosmos jointly lead the International Lunar Research Station.",
            {
                ("cnsa", "leads", "ilrs"): None,
                ("roscosmos", "leads", "ilrs"): None,
                ("cnsa", "partnerOf", "roscosmos"): None,
            },
        ),
        # a member of a program takes part in it
        (
            "India is not a member of the International Lunar Research Station.",
            {("india", "participatesIn", "ilrs"): "negated"},
        ),
        # signatories listed after 'including' or before 'are'
        (
            "The Artemis Accords now have 40 signatories, including Rwanda and Angola.",
            {("rwanda", "signs", "artemis-accords"): None, ("angola", "signs", "artemis-accords"): None},
        ),
        (
            "Among the signatories of the Artemis Accords are Japan and Canada.",
            {("japan", "signs", "artemis-accords"): None, ("canada", "signs", "artemis-accords"): None},
        ),
        # the verb after a noun cue
        (
            "Russia's participation in the Lunar Gateway ended in 2020.",
            {("russia", "participatesIn", "lunar-gateway"): "negated"},
        ),
        # 'neither A nor the B' as objects
        (
            "China has signed neither the Artemis Accords nor the Outer Space Treaty.",
            {("china", "signs", "artemis-accords"): "negated", ("china", "signs", "outer-space-treaty"): "negated"},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_constructions(extractor: RuleExtractor, text: str, expected: Stated) -> None:
    assert stated(extractor, text) == expected


def test_messages_and_people_leaving_are_no_participation(extractor: RuleExtractor) -> None:
    text = "The Example Mission landed. NASA sent its congratulations to Japan on the Example Mission."
    assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text))
    assert stated(extractor, "Astronaut Jane Example left the Lunar Gateway in May.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Artemis Accords were signed by Japan, followed by Canada in October.",
            {("japan", "signs", "artemis-accords"), ("canada", "signs", "artemis-accords")},
        ),
        (
            "Japan (2020), Canada (2020) and Brazil (2021) signed the Artemis Accords early.",
            {
                ("japan", "signs", "artemis-accords"),
                ("canada", "signs", "artemis-accords"),
                ("brazil", "signs", "artemis-accords"),
            },
        ),
        (
            "Signing the Artemis Accords on Monday, Ecuador became the 12th country to join.",
            {("ecuador", "signs", "artemis-accords")},
        ),
        (
            "The Artemis Accords gained two new signatories this week: Rwanda and Nigeria.",
            {("rwanda", "signs", "artemis-accords"), ("nigeria", "signs", "artemis-accords")},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_signatory_lists(extractor: RuleExtractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert set(stated(extractor, text)) == expected


def test_an_attempt_is_no_done_fact_and_an_intro_clause_holds_no_infinitive_subject(extractor: RuleExtractor) -> None:
    assert (
        stated(extractor, "Canada sought to join the Artemis program.")[("canada", "participatesIn", "artemis")]
        == "planned"
    )
    assert stated(extractor, "Canada tried to join the ILRS.")[("canada", "participatesIn", "ilrs")] == "planned"
    found = stated(
        extractor, "After the Soviet Union broke up, the United States looked for ways to work with Russia in space."
    )
    assert not any(s == "soviet-union" or o == "soviet-union" for s, _, o in found)
    assert found.get(("united-states", "cooperatesWith", "russia"), "x") == "planned"


def test_a_document_noun_names_the_document_it_fits_and_an_object_it_follows_the_focus(
    extractor: RuleExtractor,
) -> None:
    # 'the treaty' after a resolution is the treaty, and 'it' after 'signed' is the document referred to last
    text = ("The Lunar Example Treaty was drafted in 2020. Its text is short. It has ten articles. "
            "The General Assembly adopted resolution 4455 in 2021. The treaty was opened for signature in May. "
            "Norway and Chile signed it that month.")  # fmt: skip
    found = stated(extractor, text)
    assert {("norway", "signs", "lunar-example-treaty"), ("chile", "signs", "lunar-example-treaty")} <= found.keys()
    assert not any(o == "resolution-4455" for _, r, o in found if r == "signs")
    # 'the resolution' is no treaty: the resolution stays in focus
    text = ("The Lunar Example Treaty was drafted in 2020. Its text is short. It has ten articles. "
            "The General Assembly adopted resolution 4455 in 2021. The resolution was opened for comment in May. "
            "Norway and Chile signed it that month.")  # fmt: skip
    found = stated(extractor, text)
    assert not any(o == "lunar-example-treaty" for _, r, o in found if r == "signs")
    # a passive with 'The treaty' as its subject, after a resolution named in the same sentence as the treaty
    found = stated(extractor, "Norway tabled the Lunar Example Treaty in 2019 and resolution 4455 in 2020. "
                              "The treaty was signed by Chile in 2021.")  # fmt: skip
    assert ("chile", "signs", "lunar-example-treaty") in found
    assert ("chile", "signs", "resolution-4455") not in found


def test_builders_with_a_partner_or_for_a_client_are_partners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Orbiter was built by Example Corp in partnership with Beta Industries.")
    assert ("example-corp", "partnerOf", "beta-industries") in found
    assert ("beta-industries", "participatesIn", "example-orbiter") in found
    found = stated(extractor, "Example-1, built by Example Corp together with Beta Industries, failed.")
    assert ("example-corp", "partnerOf", "beta-industries") in found
    # built for a client, either order
    for text in ("Example-1 was built for the Lunar Example Agency by Example Corp.",
                 "Example-1 was built by Example Corp for the Lunar Example Agency."):  # fmt: skip
        assert ("example-corp", "partnerOf", "lunar-example-agency") in stated(extractor, text)
    # 'with' a thing, money or someone's help names no partner; plain coordination makes no partners either
    for text in ("Example-1 was built by Example Corp with money from Norway.",
                 "Example-1 was built by Example Corp with a camera from Beta Industries.",
                 "Example-1 was built by Example Corp with Norway's help.",
                 "Example-1 was built by Example Corp and Beta Industries."):  # fmt: skip
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_the_subject_before_a_restrictive_relative_clause_of_a_passive(extractor: RuleExtractor) -> None:
    # the relative clause's own craft is not what was built; the part it set loose was, and its builders
    # take part in the craft's mission
    text = ("The Beta lander that Example-1 dropped on the asteroid in 2019 was built by the Lunar Example "
            "Agency with the Norwegian company Example Corp.")  # fmt: skip
    found = stated(extractor, text)
    assert ("beta-lander", "partOf", "example-1") in found or ("beta", "partOf", "example-1") in found
    assert ("lunar-example-agency", "partnerOf", "example-corp") in found
    assert ("example-corp", "participatesIn", "example-1") in found
    assert not any(r == "leads" and o == "example-1" for _, r, o in found)


def test_who_was_with_the_subject_takes_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example commanded Example-1, with John Example.")
    assert ("john-example", "participatesIn", "example-1") in found
    found = stated(extractor, "The Example-1 crew was commanded by Jane Example, with John Example and Ann Example.")
    assert {("john-example", "participatesIn", "example-1"), ("ann-example", "participatesIn", "example-1")} <= set(
        found
    )
    found = stated(extractor, "NASA leads Example-1, with ESA.")
    assert ("esa", "participatesIn", "example-1") in found and ("esa", "leads", "example-1") not in found
    # more after the name (an absolute clause), a possessive: nothing
    for text in ("NASA leads Example-1, with Japan expected to join.", "NASA leads Example-1, with ESA's help."):
        assert not any(s in ("japan", "esa") for s, _, _ in stated(extractor, text)), text


def test_an_apposition_inside_reported_words_is_the_writers(extractor: RuleExtractor) -> None:
    text = "NASA said that Example Corp, a consortium of Alpha Orbital and Beta Orbital, would build the lander."
    found = stated(extractor, text)
    assert found.get(("alpha-orbital", "memberOf", "example-corp"), "x") is None
    assert found.get(("beta-orbital", "memberOf", "example-corp"), "x") is None
    # what the speaker states with its own verb stays the speaker's claim
    candidates = run(extractor, "NASA said that Example Corp is a consortium of Alpha Orbital and Beta Orbital.")
    assert not any(f["relation"] == "memberOf" for f in candidates.facts)
    assert any(c.get("proposition", {}).get("relation") == "memberOf" for c in candidates.claims)


def test_a_relative_clause_without_its_pronoun_on_an_apposition(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-1, the spacecraft Example Corp operates, has lifted off.")
    assert found.get(("example-corp", "leads", "example-1"), "x") is None
    found = stated(extractor, "The Example Treaty, the text Norway signed in 2020, entered into force.")
    assert ("norway", "signs", "example-treaty") in found
    found = stated(extractor, "Example-1, the satellite NASA launched, joined the Example Programme.")
    assert ("nasa", "leads", "example-1") in found
    # a country is not joined as a treaty or a body is
    assert not any(
        s == "chile" for s, _, _ in stated(extractor, "Norway, the country Chile joined in 2020, signed it.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, after Chile had left, Peru agreed to join the Lunar Gateway.",
        "Last year, when Chile objected, Peru decided to join the Lunar Gateway.",
    ],
)
def test_a_subordinate_clause_between_commas_holds_no_subject_of_the_infinitive(
    extractor: RuleExtractor, text: str
) -> None:
    # (lead16) '…, as France proposed, ESA would not need to buy …': the subject is after the aside
    subjects = {s for s, r, o in stated(extractor, text) if o == "lunar-gateway"}
    assert subjects == {"peru"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, when Chile objected, Peru became the first country to sign the Artemis Accords.",
        "In May, after Chile said it would leave, Peru signed the Artemis Accords.",
    ],
)
def test_a_speech_act_in_a_subordinate_aside_reports_nothing_of_the_main_clause(
    extractor: RuleExtractor, text: str
) -> None:
    # (lead16) the main clause around ', when Chile objected,' is the author's fact, not Chile's words
    assert stated(extractor, text).get(("peru", "signs", "artemis-accords"), "absent") is None


def test_negotiating_a_document_drafts_it(extractor: RuleExtractor) -> None:
    # active and passive, and a pronoun for the document named before (lead17)
    found = stated(extractor, "The United States and the Soviet Union negotiated the Outer Space Treaty.")
    assert ("united-states", "drafts", "outer-space-treaty") in found
    found = stated(
        extractor,
        "The Outer Space Treaty bans weapons in orbit. It was negotiated at the UN by the United States, the Soviet "
        "Union and the United Kingdom.",
    )
    assert {s for s, r, o in found if r == "drafts"} == {"united-states", "soviet-union", "united-kingdom"}
    # negotiating with someone makes partners, not authors
    found = stated(extractor, "Japan negotiated a launch deal with SpaceX.")
    assert not any(r == "drafts" for _, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "NASA built the Lunar Gateway with Japan, Canada and the European Space Agency.",
        "NASA is building the Lunar Gateway together with Japan, Canada and ESA.",
    ],
)
def test_every_co_builder_of_a_list_after_with_takes_part(extractor: RuleExtractor, text: str) -> None:
    # (lead18) not only the first name after 'with'
    found = plain(stated(extractor, text))
    for partner in ("japan", "canada", "esa"):
        assert (partner, "participatesIn", "lunar-gateway") in found
        assert ("nasa", "partnerOf", partner) in found


def test_a_name_after_the_co_builders_clause_is_no_co_builder(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA built the Lunar Gateway with Japan in 2020 and Canada paid for the arm.")
    assert ("canada", "participatesIn", "lunar-gateway") not in found


@pytest.mark.parametrize(
    ("second", "signers"),
    [
        ("Poland, Mexico and Israel also signed that year.", {"poland", "mexico", "israel"}),
        ("Ukraine joined a month later.", {"ukraine"}),
        ("Poland signed two years later.", {"poland"}),
        ("Poland signed shortly after.", {"poland"}),
    ],
)
def test_signing_with_no_object_before_a_time_phrase_is_the_document_in_focus(
    extractor: RuleExtractor, second: str, signers: set[str]
) -> None:
    # (lead18) 'signed that year', 'joined a month later': the document the text is about
    found = plain(stated(extractor, "The Artemis Accords were first signed in October 2020. " + second))
    assert {s for s, r, o in found if r == "signs" and o == "artemis-accords"} == signers


def test_a_co_builder_after_the_crafts_apposition_takes_part(extractor: RuleExtractor) -> None:
    # (lead18) 'built its lander, NAME, with X': past the comma closing the apposition
    found = plain(stated(extractor, "SpaceIL built its lander, Beresheet, with Israel Aerospace Industries."))
    assert ("israel-aerospace-industries", "participatesIn", "beresheet") in found
    assert ("spaceil", "partnerOf", "israel-aerospace-industries") in found
    # help or money is no co-builder
    for text in (
        "SpaceIL built its lander, Beresheet, with help from Israel Aerospace Industries.",
        "SpaceIL built its lander, Beresheet, with NASA funding.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "He flew under Orbitalis, a programme that the Soviet Union had set up in 1967 to carry out research.",
        "The Soviet Union set up the Orbitalis programme in 1967.",
        "In 1967 the Soviet Union established the Orbitalis programme.",
    ],
)
def test_who_founds_a_programme_leads_it(extractor: RuleExtractor, text: str) -> None:
    # (lead18) set up, established, created, founded
    assert ("soviet-union", "leads", "orbitalis") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia set up Roscosmos in 1992.",  # a body, not a programme
        "ISRO established the Chandrayaan-3 mission team in 2019.",  # a mission
        "The kingdom set up the Saudi Space Commission in December 2018.",
    ],
)
def test_founding_what_is_no_programme_leads_nothing(extractor: RuleExtractor, text: str) -> None:
    assert not any(r == "leads" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("The Artemis Accords were drafted in 2020. Other parties include Italy and Brazil.",
         {("italy", "signs", "artemis-accords"), ("brazil", "signs", "artemis-accords")}),
        ("The Moon Agreement entered into force in 1984. The other parties are Chile and Peru.",
         {("chile", "signs", "moon-agreement"), ("peru", "signs", "moon-agreement")}),
        ("ESA was founded in 1975. Other members include Poland and Romania.",
         {("poland", "memberOf", "esa"), ("romania", "memberOf", "esa")}),
    ],
)  # fmt: skip
def test_the_other_parties_or_members_listed_are_of_the_one_in_focus(
    extractor: RuleExtractor, text: str, facts: set[tuple[str, str, str]]
) -> None:
    # (lead18) 'Other parties include A and B'
    assert facts <= plain(stated(extractor, text))


def test_other_countries_listed_belong_to_nothing(extractor: RuleExtractor) -> None:
    assert stated(extractor, "Other countries include Italy and Poland.") == {}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Moon Agreement entered into force in 1984. Australia, one of its few parties, may leave.",
         ("australia", "signs", "moon-agreement")),
        ("The Moon Agreement entered into force in 1984. Australia, one of the few parties with a space programme, "
         "may leave.", ("australia", "signs", "moon-agreement")),
        ("ESA was founded in 1975. Poland, one of its newest members, spoke.", ("poland", "memberOf", "esa")),
    ],
)  # fmt: skip
def test_one_of_its_parties_in_apposition_places_the_name_in_the_list(
    extractor: RuleExtractor, text: str, fact: tuple[str, str, str]
) -> None:
    # (lead18)
    assert fact in plain(stated(extractor, text))


def test_one_of_the_parties_to_something_else_is_not_the_document_in_focus(extractor: RuleExtractor) -> None:
    text = "The Moon Agreement entered into force in 1984. Australia, one of the parties to the dispute, left."
    assert ("australia", "signs", "moon-agreement") not in stated(extractor, text)
