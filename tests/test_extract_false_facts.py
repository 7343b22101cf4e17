"""False facts found by a red team on news paragraphs nobody had annotated (precision16): each sentence
that fired wrongly must give no such fact, and a close sentence where the rule is right must still give it.
All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated


def test_a_product_or_a_company_after_a_possessive_is_no_person(extractor: RuleExtractor) -> None:
    # a rocket whose name opens with 'New', a company whose name ends with 'Global': no affiliation
    found = stated(extractor, "Example Orbit's New Falcon reached orbit on its first attempt last year.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    found = stated(extractor, "The government bought the firm together with India's Example Global.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    # a person after an agency's possessive still is
    found = stated(extractor, "The crew included NASA's Jane Example and two cosmonauts.")
    assert ("jane-example", "affiliatedWith", "nasa") in found


def test_a_nationality_before_a_body_noun_is_not_the_partner(extractor: RuleExtractor) -> None:
    # the adjective qualifies the firm or agency that is the partner
    found = stated(extractor, "Example Launch signed a deal with the Japanese firm Exampleco to fly eight satellites.")
    assert ("japan", "partnerOf") not in {(o, r) for _, r, o in found} | {(s, r) for s, r, _ in found}
    found = stated(
        extractor, "The Luxembourg Space Agency signed a cooperation agreement with the Emirati space agency."
    )
    assert not any("united-arab-emirates" in (s, o) and r == "partnerOf" for s, r, o in found)
    # the country named as such still is
    found = stated(
        extractor, "The Luxembourg Space Agency signed a cooperation agreement with the United Arab Emirates."
    )
    assert any("united-arab-emirates" in (s, o) and r == "partnerOf" for s, r, o in found)
    # a person's team keeps the country: 'led the American team'
    found = stated(extractor, "Jane Example led the American team at the talks.")
    assert ("jane-example", "affiliatedWith", "united-states") in found


def test_a_plural_role_ends_at_a_name_with_its_own_title(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "She flew with NASA astronauts Jane Example and John Sample and cosmonaut Ivan Testov last year."
    )
    assert {("jane-example", "affiliatedWith", "nasa"), ("john-sample", "affiliatedWith", "nasa")} <= found.keys()
    assert ("ivan-testov", "affiliatedWith", "nasa") not in found
    # a plain list keeps every name
    found = stated(extractor, "She flew with NASA astronauts Jane Example, John Sample and Ivan Testov last year.")
    assert ("ivan-testov", "affiliatedWith", "nasa") in found


def test_a_participle_after_an_unnamed_noun_is_about_that_noun(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example Corp will build two satellites for the Copernicus programme, under a contract managed by ESA.",
    )
    assert ("esa", "leads", "copernicus") not in found
    # the name right before the participle, or in apposition, is still its subject
    found = stated(extractor, "Example Corp will build two satellites for the Copernicus programme, managed by ESA.")
    assert ("esa", "leads", "copernicus") in found
    found = stated(extractor, "He flew on STS-95, a mission run by NASA.")
    assert ("nasa", "leads", "sts-95") in found


def test_a_prepositions_object_is_no_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "She later served in the State Duma as a member of the Example Party.")
    assert ("state-duma", "memberOf", "example-party") not in found
    # the subject of the clause still is; a relative clause after the prepositional object has its own subject
    found = stated(extractor, "Norway, a member of the European Space Agency, signed the deal.")
    assert ("norway", "memberOf", "esa") in found
    found = stated(extractor, "The talks moved to the Example Council, whose seat is in Geneva.")
    assert ("example-council", "headquarteredAt", "geneva") in found


def test_a_day_after_a_bodys_name_is_not_part_of_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Russia tabled a draft treaty at the Conference on Disarmament on Tuesday.")
    assert not any(o.endswith("tuesday") for _, _, o in found)
    names = [m.label for m in run(extractor, "Delegates met at the Committee on Example Matters in March.").mentions]
    assert "Committee on Example Matters" in names


def test_a_name_opening_with_new_is_a_craft_not_a_person(extractor: RuleExtractor) -> None:
    found = run(extractor, "The satellites will fly on Example Orbit's New Falcon next year.")
    types = {m.label: m.type for m in found.mentions if m.new}
    assert types.get("New Falcon") == "Program"


def test_its_lander_is_no_part_of_the_rocket(extractor: RuleExtractor) -> None:
    text = (
        "The agency launched Example-7 in July on an Examplar-3 rocket. Its lander, Testlander, touched down in August."
    )
    found = stated(extractor, text)
    assert ("testlander", "partOf", "examplar-3") not in found
    assert ("testlander", "partOf", "example-7") in found


def test_a_subordinate_clause_after_a_comma_holds_no_object(extractor: RuleExtractor) -> None:
    found = stated(extractor, "ESA and Roscosmos ended their cooperation on the rover in 2022, after Russia invaded.")
    assert not any("russia" in (s, o) for s, _, o in found)
    assert any({s, o} == {"esa", "roscosmos"} and r == "cooperatesWith" for s, r, o in found)
    found = stated(extractor, "Canada signed an agreement with Japan, unless the report is wrong.")
    assert any({s, o} == {"canada", "japan"} and r == "partnerOf" for s, r, o in found)


def test_cnes_spelled_without_its_accent(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example led the Centre National d'Etudes Spatiales from 1976 to 1984.")
    assert ("jane-example", "affiliatedWith", "cnes") in found


def test_a_countrys_people_are_members_not_the_country(extractor: RuleExtractor) -> None:
    found = stated(extractor, "China's astronauts belong to the People's Liberation Army.")
    assert ("china", "memberOf", "pla") not in found
    found = stated(extractor, "Examplia's engineers are part of the European Space Agency's team.")
    assert not any(s == "examplia" for s, _, _ in found)
    # the country itself still is
    found = stated(extractor, "Norway belongs to the European Space Agency.")
    assert ("norway", "memberOf", "esa") in found


def test_the_object_of_a_verb_is_no_partner_of_together_with(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "The government, which had acquired Example Space together with Sample Holdings, keeps a share."
    )
    assert ("example-space", "partnerOf", "sample-holdings") not in found
    # the subject before the verb still is
    found = stated(extractor, "Example Space has built the module together with Airbus.")
    assert ("example-space", "partnerOf", "airbus") in found


def test_a_member_of_a_bodys_group_is_no_member_of_the_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Space Agency is also a member of APSCO's observer group.")
    assert not any(r == "memberOf" for _, r, _ in found)
    found = stated(extractor, "Norway is a member of ESA's council.")
    assert ("norway", "memberOf", "esa") not in found
    # the body itself, and a possessive that is not the body's group
    assert ("norway", "memberOf", "esa") in stated(extractor, "Norway is a member of ESA.")
    found = stated(extractor, "Norway is a member of ESA, whose council meets in Paris.")
    assert ("norway", "memberOf", "esa") in found


def test_a_gerunds_subject_after_a_preposition_stays(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Talks on Norway joining the International Lunar Research Station stalled.")
    assert found.get(("norway", "participatesIn", "ilrs")) == "planned"


def test_a_counted_list_item_of_member_states_makes_no_member_of_the_other_items(extractor: RuleExtractor) -> None:
    # 'A, B and nine member states of X': the counted noun phrase is one more item of the list (lead17)
    for sentence in (
        "The United States signed the agreement with Canada, Japan and nine member states of the European Space Agency.",
        "Talks went on between Canada, Japan, and eleven member states of ESA.",
        "Canada or several member countries of ESA could host the meeting.",
    ):
        found = stated(extractor, sentence)
        assert not any(r == "memberOf" for _, r, _ in found), (sentence, found)
    # the copula, the apposition and 'other member states' still make a member
    found = stated(extractor, "France and two other member states of ESA objected to the plan.")
    assert ("france", "memberOf", "esa") in found
    found = stated(extractor, "Norway is a member state of the European Space Agency.")
    assert ("norway", "memberOf", "esa") in found


def test_an_apposition_on_the_chosen_one_keeps_the_infinitive_theirs(extractor: RuleExtractor) -> None:
    # 'NASA picked Example Corp, a Houston company, to fly the lander': the company is to fly it (lead17)
    found = stated(extractor, "NASA picked Intuitive Machines, a Houston company, to fly the IM-1 lander in 2024.")
    assert ("nasa", "leads", "im-1") not in found
    assert ("nasa", "partnerOf", "intuitive-machines") in found
    found = stated(
        extractor, "The agency selected Example Orbital, a start-up from Ohio, to build the Example-7 probe."
    )
    assert not any(s == "nasa" for s, _, _ in found)
    # without the apposition, as before
    found = stated(extractor, "NASA picked Intuitive Machines to build the IM-1 lander.")
    assert ("intuitive-machines", "participatesIn", "im-1") in found


def test_a_country_adjective_before_a_craft_name_does_not_act(extractor: RuleExtractor) -> None:
    # 'a Japanese H-IIA rocket launched it': the rocket launched it, not Japan (lead17)
    found = stated(extractor, "A Japanese H-IIA rocket launched the Hope probe from Tanegashima.")
    assert not any(s == "japan" for s, _, _ in found), found
    found = stated(extractor, "The UAE built the Hope probe. A Japanese H-IIA rocket launched it in 2020.")
    assert not any(s == "japan" for s, _, _ in found), found
    # the country's name, and an adjective before an agent's name, still act as before
    found = stated(extractor, "Japan launched the Hope probe on an H-IIA rocket.")
    assert ("japan", "leads", "hope") in found


def test_a_place_or_time_opening_the_clause_holds_no_subject(extractor: RuleExtractor) -> None:
    # 'At the Conference on Disarmament, China and Russia tabled …': the body is where, not who (lead17)
    found = stated(extractor, "At the Conference on Disarmament (CD), China and Russia again tabled their PPWT draft.")
    assert {s for s, r, _ in found if r == "submits"} == {"china", "russia"}
    found = stated(extractor, "During the ESA council meeting, Norway signed the Artemis Accords.")
    assert ("esa", "signs", "artemis-accords") not in found and ("norway", "signs", "artemis-accords") in found
    # a main clause after 'In …' with its own pronoun subject is no opening phrase
    found = stated(extractor, "Norway joined ESA in 1987. In 2019 it signed the Artemis Accords, ahead of Sweden.")
    assert ("norway", "signs", "artemis-accords") in found


def test_a_participle_after_an_unnamed_noun_phrase_is_about_that_noun(extractor: RuleExtractor) -> None:
    # 'set up a working group on X, co-chaired by A and B': they chair the group, not the body named before (lead17)
    found = stated(
        extractor,
        "The Legal Subcommittee of COPUOS agreed to set up a working group on space resources, co-chaired by Steven "
        "Freeland of Australia and Andrzej Misztal of Poland.",
    )
    assert not any(o == "copuos" and r == "affiliatedWith" for _, r, o in found), found
    assert ("steven-freeland", "affiliatedWith", "australia") in found
    found = stated(extractor, "NASA formed a review board, chaired by Jane Example, after the accident.")
    assert not any(o == "nasa" and r == "affiliatedWith" for _, r, o in found), found
    # the body itself chaired by a person still is
    found = stated(extractor, "The Legal Subcommittee, chaired by Jane Example, met in Vienna.")
    assert ("jane-example", "affiliatedWith", "legal-subcommittee") in found


def test_a_body_named_inside_a_based_noun_phrase_is_not_the_one_seated(extractor: RuleExtractor) -> None:
    # 'UNOOSA, the Vienna-based UN office for …': the office is UNOOSA, seated in Vienna, not the UN (lead17)
    found = stated(
        extractor, "UNOOSA, the Vienna-based UN office for outer space affairs, is led by Aarti Holla-Maini."
    )
    assert ("united-nations", "headquarteredAt", "vienna") not in found
    assert ("unoosa", "headquarteredAt", "vienna") in found
    # a body's own name after '-based' is still the one seated
    found = stated(extractor, "The Lyon-based Example Institute opened a second office.")
    assert ("example-institute", "headquarteredAt", "lyon") in found


def test_the_first_verbs_object_is_no_subject_of_the_second(extractor: RuleExtractor) -> None:
    # 'X joined A and, after 2011, sat in B': A does not sit in B, whoever X is (lead17)
    for sentence in (
        "She later joined the Communist Party's Central Committee and, after 2011, sat in the State Duma.",
        "Examplova joined the Central Committee and sat in the State Duma.",
    ):
        found = stated(extractor, sentence)
        assert not any(s == "central-committee" and o == "state-duma" for s, _, o in found), found
    found = stated(extractor, "Norway joined ESA and, in 2019, signed the Artemis Accords.")
    assert ("esa", "signs", "artemis-accords") not in found and ("norway", "signs", "artemis-accords") in found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Jane Example, whose agency signed the Outer Space Treaty, retired in 2020.", "jane-example"),
        ("Jane Example, whose company built the Starliner capsule, spoke first.", "jane-example"),
        ("NASA, whose administrator signed the Artemis Accords, agreed to the plan.", "nasa"),
    ],
)
def test_what_a_possessed_noun_did_in_a_whose_clause_is_not_the_possessors(
    extractor: RuleExtractor, text: str, subject: str
) -> None:
    # (lead18) 'X, whose agency signed Y': the agency signed, not X
    assert not any(s == subject and r in ("signs", "leads", "participatesIn") for s, r, _ in stated(extractor, text))


def test_whose_government_is_the_country_the_possessive_names(extractor: RuleExtractor) -> None:
    text = "Brazil's former president, Jair Example, whose government signed the Artemis Accords in 2021, lost."
    found = stated(extractor, text)
    assert ("brazil", "signs", "artemis-accords") in found
    assert ("jair-example", "signs", "artemis-accords") not in found
    text = "Poland's president, Jan Example, whose government joined the European Space Agency in 2012, spoke."
    assert ("poland", "memberOf", "esa") in stated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rover was sold to Exampleco, a blockchain firm based in New York.",
        "Exampleco, a several-year-old firm based in New York, bought the rover.",
        "Exampleco, a maker of preventive maintenance kits based in New York, bought the rover.",
    ],
)
def test_a_word_that_starts_like_a_negation_denies_nothing(extractor: RuleExtractor, text: str) -> None:
    # (lead18) 'blockchain', 'several', 'preventive' are no 'block', 'sever', 'prevent'
    assert stated(extractor, text).get(("exampleco", "headquarteredAt", "new-york"), "absent") is None


def test_a_negation_verb_still_denies(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Canada has refrained from joining the International Lunar Research Station.")
    assert found[("canada", "participatesIn", "ilrs")] == "negated"


def test_a_passive_participle_of_support_takes_no_subject_before_it(extractor: RuleExtractor) -> None:
    # (lead18) 'backed by the state': the state backs, unnamed; the company sold afterwards takes no stance
    text = "Example Resources, an American company backed by the state, was later sold to Exampleco."
    assert [c for c in run(extractor, text).claims] == []
    # 'a draft backed by A and opposed by B': A backs it and B opposes it, and A opposes no one
    claims = run(extractor, "A draft backed by the United States and opposed by China failed.").claims
    assert not any(c.get("opposes") == "china" for c in claims)
    assert {c["speaker"] for c in claims} == {"united-states", "china"}


@pytest.mark.parametrize(
    "text",
    [
        "The Artemis Accords, drafted by NASA and signed by eight countries, now have fifty signatories.",
        "The Artemis Accords, drafted by NASA and the State Department and first signed in October 2020 by eight "
        "countries, now have more than fifty signatories.",
    ],
)
def test_the_agent_of_a_participle_between_commas_is_no_subject_of_the_main_verb(
    extractor: RuleExtractor, text: str
) -> None:
    # (lead18) NASA drafted the Accords; the signatories are not named
    found = stated(extractor, text)
    assert ("nasa", "drafts", "artemis-accords") in found
    assert not any(r == "signs" for _, r, _ in found)


MOON_TEXT = (
    "The Moon Agreement entered into force in 1984. Saudi Arabia left it in 2023, a year after signing the Artemis "
    "Accords. France, which signed the agreement in 1980, never ratified it."
)


def test_the_agreement_is_the_document_whose_name_it_heads(extractor: RuleExtractor) -> None:
    # (lead18) 'the agreement' is the Moon Agreement, though the Artemis Accords were named since
    found = stated(extractor, MOON_TEXT)
    assert ("france", "signs", "artemis-accords") not in found
    assert ("france", "signs", "moon-agreement") in found


def test_a_noun_no_name_has_as_its_head_is_the_nearest_document(extractor: RuleExtractor) -> None:
    text = (
        "The Outer Space Treaty was signed in 1967. Since then the Artemis Accords were drafted. Japan signed the text."
    )
    found = stated(extractor, text)
    assert ("japan", "signs", "outer-space-treaty") not in found
    assert ("japan", "signs", "artemis-accords") in found
    # and 'the treaty' there is the treaty, named further back
    found = stated(extractor, text.replace("the text", "the treaty"))
    assert ("japan", "signs", "outer-space-treaty") in found
    assert ("japan", "signs", "artemis-accords") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a name set apart from the subjects is none of them (a grid of exclusion phrases, lead19)
        "With the exception of Norway, the Nordic states signed the Example Treaty.",
        "Chile rather than Norway signed the Example Treaty.",
        "Excluding Norway, the Nordic states signed the Example Treaty.",
        "Chile, instead of Norway, signed the Example Treaty.",
        "All Nordic states except Norway signed the Example Treaty.",
        "Chile and Peru signed the Example Treaty, unlike Norway.",
        "It was Chile, not Norway, that signed the Example Treaty.",
    ],
)
def test_a_name_set_apart_from_the_subjects_signs_nothing(extractor: RuleExtractor, text: str) -> None:
    assert ("norway", "signs", "example-treaty") not in plain(stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        # asked of someone by others: not done
        ("Norway was urged to sign the Example Treaty.", ("norway", "signs", "example-treaty"), "planned"),
        (
            "Norway is being pressed to join the Example Organization.",
            ("norway", "memberOf", "example-organization"),
            "planned",
        ),
        (
            "Norway was told to join the Example Programme by 2030.",
            ("norway", "participatesIn", "example-programme"),
            "planned",
        ),
        # a gerund phrase judged likely or unlikely after it
        (
            "Norway joining the Example Organization is unlikely.",
            ("norway", "memberOf", "example-organization"),
            "unlikely",
        ),
        (
            "Norway joining the Example Organization now looks likely.",
            ("norway", "memberOf", "example-organization"),
            "predicted",
        ),
    ],
)
def test_what_is_urged_or_judged_likely_is_not_done(
    extractor: RuleExtractor, text: str, triple: tuple[str, str, str], modality: str
) -> None:
    found = stated(extractor, text)
    assert triple not in plain(found)
    assert found.get(triple) in (modality, None)


def test_a_gerund_judged_likely_needs_the_judgement_after_it(extractor: RuleExtractor) -> None:
    # 'joining' as the verb of a clause with a subject of its own, the judgement elsewhere: a plan, as before
    found = stated(extractor, "Talks on Norway joining the Example Organization stalled.")
    assert ("norway", "memberOf", "example-organization") not in plain(found)
    assert ("chile", "memberOf", "example-organization") in plain(
        stated(extractor, "Chile joined the Example Organization, which is likely to grow.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Provided that Chile agrees, Norway will join the Example Organization.",
        "As long as the budget holds, Norway will join the Example Organization.",
        "Only if Chile agrees would Norway join the Example Organization.",
    ],
)
def test_a_condition_opening_the_sentence_makes_the_main_clause_conditional(
    extractor: RuleExtractor, text: str
) -> None:
    found = stated(extractor, text)
    assert found.get(("norway", "memberOf", "example-organization")) in ("conditional", None)
    assert ("norway", "memberOf", "example-organization") not in plain(found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an elliptical clause's own auxiliary says whether it is done
        ("Norway signed the Example Treaty, as will Chile.", "planned"),
        ("Norway signed the Example Treaty, and Chile will too.", "planned"),
        ("Norway signed the Example Treaty. Chile will, too.", "planned"),
        ("Norway signed the Example Treaty. So will Chile.", "planned"),
        ("Norway did not sign the Example Treaty. Nor has Chile.", "negated"),
        ("Norway signed the Example Treaty. Chile has not.", "negated"),
        ("Norway signed the Example Treaty. Chile, however, did not.", "negated"),
        ("Norway did not sign the Example Treaty. Chile has not either.", "negated"),
        ("Norway signed the Example Treaty, as did Chile.", None),
        ("Norway signed the Example Treaty, but Chile did not.", "negated"),
        # a modal before an inverted subject
        ("Only if Peru agrees would Chile sign the Example Treaty.", "conditional"),
        ("Never would Chile sign the Example Treaty.", "negated"),
        ("Nor will Chile sign the Example Treaty.", "negated"),
    ],
)
def test_the_auxiliary_of_an_ellipsis_or_an_inversion_gives_the_modality(
    extractor: RuleExtractor, text: str, modality: str | None
) -> None:
    assert stated(extractor, text).get(("chile", "signs", "example-treaty"), "absent") == modality


def test_a_name_not_found_after_the_verb_keeps_its_apposition_from_being_the_object(
    extractor: RuleExtractor,
) -> None:
    # the v19 inversion: the object of 'rejoined' is the unknown name, not the body of its apposition (the text
    # said the country had left that body)
    for text in (
        "Norway rejoined Examplenet, the European Union's navigation programme, in 2024.",
        "Japan joined Lunaris Prime, an effort of the Chinese space agency, last year.",
    ):
        found = plain(stated(extractor, text))
        assert not any(o in ("european-union", "cnsa") for _, _, o in found), (text, found)
    # a name found right after the verb, and a list after an unknown first item, still are objects
    found = plain(stated(extractor, "Norway rejoined the European Union in 2024."))
    assert ("norway", "memberOf", "european-union") in found
    found = plain(stated(extractor, "Japan joined Lunaris Prime, the Artemis program and the ILRS last year."))
    assert ("japan", "participatesIn", "ilrs") in found
