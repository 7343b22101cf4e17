"""Reported clauses and modal verb groups of round 12 (invented sentences): a pronoun
subject after 'said that', a speaker after a comma, 'that' after a verb, leaving a
station, 'do not expect X to', a plan 'to be set up within', and where the
negation of a partnership or of a help stops."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor

Triple = tuple[str, str, str]


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def stated(candidates: Candidates) -> dict[Triple, str | None]:
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in candidates.facts}


def propositions(candidates: Candidates) -> dict[tuple[Any, Triple], str | None]:
    found = {}
    for claim in candidates.claims:
        p = claim.get("proposition")
        if p is not None:
            found[(claim["speaker"], (p["subject"], p["relation"], p["object"]))] = claim.get("modality")
    return found


ILRS = ("india", "participatesIn", "ilrs")

# 'X said that it …': the pronoun after the conjunction is the clause's subject, the speaker's own plan.
PRONOUN_AFTER_THAT = [
    ("India said that it would join the International Lunar Research Station.", "planned"),
    ("India said on Monday that it would join the International Lunar Research Station.", "planned"),
    ("India confirmed that it had joined the International Lunar Research Station.", None),
    ("India insisted that it had never joined the International Lunar Research Station.", "negated"),
    ("India announced that it would leave the International Lunar Research Station.", "negated"),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_AFTER_THAT, ids=[c[0][:45] for c in PRONOUN_AFTER_THAT])
def test_a_pronoun_subject_after_said_that(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    found = run(extractor, text)
    assert propositions(found) == {("india", ILRS): expected}
    assert not found.facts  # reported, never asserted


def test_a_pronoun_in_a_relative_clause_stays_out(extractor: RuleExtractor) -> None:
    # 'that' is a relative pronoun here: the rover is no agent of the station.
    found = run(extractor, "The rover that it built for the International Lunar Research Station was praised by India.")
    assert ILRS not in stated(found)


# 'X noted that Y …': 'that' after a verb opens the reported clause; the speaker is no object of its verb.
THAT_AFTER_A_VERB = [
    "ISRO noted that India had joined the International Lunar Research Station.",
    "ISRO said that India would join the International Lunar Research Station.",
    "ISRO argued that India should join the International Lunar Research Station.",
    "India will join the International Lunar Research Station, ISRO said in a statement.",
    "India will join the International Lunar Research Station, ISRO told reporters.",
]


@pytest.mark.parametrize("text", THAT_AFTER_A_VERB, ids=[c[:45] for c in THAT_AFTER_A_VERB])
def test_the_speaker_is_no_object_of_the_reported_verb(extractor: RuleExtractor, text: str) -> None:
    found = run(extractor, text)
    triples = {t for _, t in propositions(found)} | set(stated(found))
    assert ("india", "memberOf", "isro") not in triples
    assert ("isro", ILRS) in propositions(found)


def test_a_relative_clause_on_a_name_still_names_its_object(extractor: RuleExtractor) -> None:
    # must still fire: 'which'/'that' right after the name is a relative pronoun.
    assert stated(run(extractor, "The European Space Agency, which Poland joined in 2012, has 22 members.")) == {
        ("poland", "memberOf", "esa"): None
    }


def test_names_after_a_comma_without_a_speech_verb_stay_objects(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "India signed a deal with Japan, NASA and ESA."))
    assert ("india", "partnerOf", "esa") in found


def test_member_states_are_no_speakers(extractor: RuleExtractor) -> None:
    # 'states' is a noun here, not a verb of saying.
    found = run(extractor, "The member states that signed the Artemis Accords met in Paris.")
    assert not found.claims


LEAVING = [
    ("Russia will leave the International Space Station after 2024.", "negated"),
    ("Russia left the International Space Station in 2024.", "negated"),
    ("Russia has not left the International Space Station.", None),  # it stays
]


@pytest.mark.parametrize(("text", "expected"), LEAVING, ids=[c[0][:45] for c in LEAVING])
def test_leaving_a_station_is_no_longer_taking_part(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    assert stated(run(extractor, text)) == {("russia", "participatesIn", "iss"): expected}


def test_a_crew_leaving_a_station_states_nothing(extractor: RuleExtractor) -> None:
    assert not run(extractor, "The crew will leave the International Space Station in May.").facts


EXPECTATIONS = [
    ("Analysts do not expect India to join the International Lunar Research Station soon.", "unlikely"),
    ("Analysts don't expect India to join the International Lunar Research Station soon.", "unlikely"),
    ("Analysts do not seriously expect India to join the International Lunar Research Station.", "unlikely"),
    ("Analysts expect India to join the International Lunar Research Station soon.", "predicted"),
    # 'not merely' denies nothing
    ("Analysts do not merely expect India to join the International Lunar Research Station.", "predicted"),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTATIONS, ids=[c[0][:50] for c in EXPECTATIONS])
def test_a_negated_expectation_is_unlikely(extractor: RuleExtractor, text: str, expected: str) -> None:
    assert stated(run(extractor, text)) == {ILRS: expected}


PARTS_PLANNED = [
    ("The Space Command was created within the Air Force.", None),
    ("The Space Command will be created within the Air Force.", "planned"),
    ("The Space Command is to be set up within the Air Force.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_PLANNED, ids=[c[0][:45] for c in PARTS_PLANNED])
def test_a_body_to_be_set_up_within_another(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    assert stated(run(extractor, text)) == {("space-command", "partOf", "air-force"): expected}


def test_buying_from_in_the_base_form(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "If its members approve the money, ESA would buy cargo flights from SpaceX."))
    assert found == {("esa", "partnerOf", "spacex"): "conditional"}
    assert stated(run(extractor, "ESA bought cargo flights from SpaceX.")) == {("esa", "partnerOf", "spacex"): None}


def test_not_helping_to_build_is_no_negated_lead(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "Canada did not help to build the Hubble Space Telescope."))
    assert found == {("canada", "participatesIn", "hubble-space-telescope"): "negated"}
    # (a builder takes part, GUIDELINES: 'built … for the mission'; guidelines23)
    assert stated(run(extractor, "NASA built the Hubble Space Telescope.")) == {
        ("nasa", "participatesIn", "hubble-space-telescope"): None
    }


def test_ending_a_partnership_on_a_programme_keeps_the_programme(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "ESA stopped working with Roscosmos on the ExoMars rover."))
    assert found == {("esa", "partnerOf", "roscosmos"): "negated"}
    # must still fire: working together on it is taking part
    assert ("esa", "participatesIn", "exomars") in stated(
        run(extractor, "ESA worked with Roscosmos on the ExoMars rover.")
    )


def test_the_agent_of_a_prohibition_is_not_the_one_kept_from_it(extractor: RuleExtractor) -> None:
    assert stated(run(extractor, "NASA is barred by Congress from working with China.")) == {
        ("nasa", "cooperatesWith", "china"): "negated"
    }
    assert stated(run(extractor, "Congress barred NASA from working with China.")) == {
        ("nasa", "cooperatesWith", "china"): "negated"
    }


def test_a_speaker_with_a_title_after_the_words_is_no_object(extractor: RuleExtractor) -> None:
    found = run(
        extractor, "India would join the International Lunar Research Station, Jane Example, ISRO's chairman, said."
    )
    assert propositions(found) == {("jane-example", ILRS): "planned"}
    # must not fire: a list of objects before an attribution keeps its names
    listed = stated(run(extractor, "India signed deals with Japan, NASA, ESA and CNES, officials said on Monday."))
    assert {("india", "partnerOf", o) for o in ("japan", "nasa", "esa", "cnes")} <= set(listed)


def test_an_agreement_on_a_topic_with_a_party(extractor: RuleExtractor) -> None:
    text = "Luxembourg is expected to sign cooperation agreements on space resources with the United Arab Emirates and Japan."
    assert stated(run(extractor, text)) == {
        ("luxembourg", "partnerOf", "united-arab-emirates"): "planned",
        ("luxembourg", "partnerOf", "japan"): "planned",
    }
    # must not fire: talking about an agreement is no party to it
    assert not run(extractor, "Luxembourg discussed the agreement on space resources with Japan.").facts


TRAVEL_BASE_FORMS = [
    ("Nick Hague will come home on Crew-9.", "planned"),
    ("Nick Hague is to return aboard Crew-9.", "planned"),
    ("Nick Hague came back aboard Crew-9.", None),
]


@pytest.mark.parametrize(("text", "expected"), TRAVEL_BASE_FORMS, ids=[c[0][:40] for c in TRAVEL_BASE_FORMS])
def test_coming_home_on_a_flight(extractor: RuleExtractor, text: str, expected: str | None) -> None:
    assert stated(run(extractor, text)) == {("nick-hague", "participatesIn", "crew-9"): expected}


def test_coming_home_on_a_date_is_no_flight(extractor: RuleExtractor) -> None:
    assert not run(extractor, "Nick Hague came home on 5 May.").facts


NOT_YET = [
    ("Intelsat is not yet part of SES.", ("intelsat", "partOf", "ses")),
    ("India is not yet a party to the Outer Space Treaty.", ("india", "signs", "outer-space-treaty")),
    ("India is not yet a member of the European Space Agency.", ("india", "memberOf", "esa")),
]


@pytest.mark.parametrize(("text", "triple"), NOT_YET, ids=[c[0][:40] for c in NOT_YET])
def test_not_yet_a_part_party_or_member(extractor: RuleExtractor, text: str, triple: Triple) -> None:
    assert stated(run(extractor, text)) == {triple: "negated"}


def test_that_project_in_the_first_sentence_is_the_one_it_names(extractor: RuleExtractor) -> None:
    text = "Roscosmos, which joined talks on the Lunar Gateway, is no longer involved in that project."
    assert stated(run(extractor, text)) == {("roscosmos", "participatesIn", "lunar-gateway"): "negated"}
    # must not fire: no programme named before the noun, nothing to stand for
    assert not run(extractor, "Roscosmos is no longer involved in that project.").facts


DO_SO_CASES = [
    ("India has signed the Artemis Accords; Japan has not.", "negated"),
    ("India signed the Artemis Accords, while Japan declined to do so.", "negated"),
    ("India has signed the Artemis Accords, but Japan has yet to do so.", "negated"),
    ("India has signed the Artemis Accords, and Japan plans to do so next year.", "planned"),
    ("India has signed the Artemis Accords, and Japan is expected to do so soon.", "planned"),
    ("India signed the Artemis Accords in 2023, and Japan could do so too.", "predicted"),
]


@pytest.mark.parametrize(("text", "expected"), DO_SO_CASES, ids=[c[0][:50] for c in DO_SO_CASES])
def test_do_so_repeats_the_clause_with_its_own_verb_group(
    extractor: RuleExtractor, text: str, expected: str | None
) -> None:
    found = stated(run(extractor, text))
    assert found == {("india", "signs", "artemis-accords"): None, ("japan", "signs", "artemis-accords"): expected}


def test_done_so_after_a_negation_is_done(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "India has not signed the Artemis Accords, but Japan did so in 2020."))
    assert found == {("india", "signs", "artemis-accords"): "negated", ("japan", "signs", "artemis-accords"): None}


def test_do_so_in_reported_words_is_the_speakers_claim(extractor: RuleExtractor) -> None:
    found = run(extractor, "India signed the Artemis Accords, but Japan said it would not do so.")
    assert stated(found) == {("india", "signs", "artemis-accords"): None}
    assert propositions(found) == {("japan", ("japan", "signs", "artemis-accords")): "negated"}


def test_doing_so_without_another_subject_repeats_nothing(extractor: RuleExtractor) -> None:
    found = stated(run(extractor, "India signed the Artemis Accords in 2023, and doing so cost it nothing."))
    assert found == {("india", "signs", "artemis-accords"): None}


PREDICATE_RELATIVE = [
    ("India was the only country that did not sign the Artemis Accords.", "negated"),
    ("India is among the countries that have not signed the Artemis Accords.", "negated"),
    ("India is among the countries that plan to sign the Artemis Accords.", "planned"),
    ("India is one of the few countries that have signed the Artemis Accords.", None),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATE_RELATIVE, ids=[c[0][:50] for c in PREDICATE_RELATIVE])
def test_a_relative_clause_on_the_subjects_predicate_noun(
    extractor: RuleExtractor, text: str, expected: str | None
) -> None:
    assert stated(run(extractor, text)) == {("india", "signs", "artemis-accords"): expected}


def test_a_relative_clause_on_an_object_noun_is_not_the_subjects(extractor: RuleExtractor) -> None:
    # must not fire: the agency that signed is not India
    assert not run(extractor, "India hosts the agency that signed the Artemis Accords.").facts


SPEECH_NOUN_COLON = [
    ("NASA added a caveat: India will join the Artemis program.", True),
    ("NASA added a new module: the Artemis program now has a station.", False),  # a thing added, no words
]


@pytest.mark.parametrize(("text", "spoken"), SPEECH_NOUN_COLON, ids=[c[0][:40] for c in SPEECH_NOUN_COLON])
def test_adding_a_point_before_a_colon_is_speech(extractor: RuleExtractor, text: str, spoken: bool) -> None:
    assert bool(run(extractor, text).claims) == spoken


GIVEN_UP = [
    ("India has dropped plans to join the International Lunar Research Station.", "negated"),
    ("India has shelved its plan to join the International Lunar Research Station.", "negated"),
    ("India gave up its bid to join the International Lunar Research Station.", "negated"),
    ("Plans for India to join the International Lunar Research Station were dropped.", "negated"),
    ("Plans for India to join the International Lunar Research Station were announced.", "planned"),
    ("India has plans to join the International Lunar Research Station.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_UP, ids=[c[0][:50] for c in GIVEN_UP])
def test_a_plan_given_up_is_negated(extractor: RuleExtractor, text: str, expected: str) -> None:
    assert stated(run(extractor, text)) == {ILRS: expected}


TWO_FINITE_VERBS = [
    # the first verb's own words say nothing of the second finite verb
    ("India withdrew from the Artemis Accords and joined the International Lunar Research Station.", None),
    ("India declined to sign the Artemis Accords and joined the International Lunar Research Station.", None),
    # a shared auxiliary or infinitive marker keeps the negation over both (never a negated statement as a fact)
    ("India refused to sign the Artemis Accords and join the International Lunar Research Station.", "negated"),
    ("India has not signed the Artemis Accords and joined the International Lunar Research Station.", "negated"),
    ("India never signed the Artemis Accords and joined the International Lunar Research Station.", "negated"),
]


@pytest.mark.parametrize(("text", "expected"), TWO_FINITE_VERBS, ids=[c[0][:50] for c in TWO_FINITE_VERBS])
def test_the_second_of_two_finite_verbs_has_its_own_group(
    extractor: RuleExtractor, text: str, expected: str | None
) -> None:
    found = stated(run(extractor, text))
    assert found[ILRS] == expected
    assert found[("india", "signs", "artemis-accords")] == "negated"


SPLIT_QUOTES = [
    '"India," Jane Example said, "will join the International Lunar Research Station."',
    "“India,” Jane Example said, “will join the International Lunar Research Station.”",
    "India, Jane Example said, will join the International Lunar Research Station.",
]


@pytest.mark.parametrize("text", SPLIT_QUOTES, ids=[c[:30] for c in SPLIT_QUOTES])
def test_a_name_before_a_split_attribution_is_the_subject(extractor: RuleExtractor, text: str) -> None:
    assert propositions(run(extractor, text)) == {("jane-example", ILRS): "planned"}


def test_a_source_cited_after_the_attribution_is_no_object(extractor: RuleExtractor) -> None:
    found = run(extractor, "India will join the International Lunar Research Station, Reuters reported, citing ISRO.")
    triples = {t for _, t in propositions(found)} | set(stated(found))
    assert triples == {ILRS}


ESA_MEMBER = ("india", "memberOf", "esa")

MEMBERSHIP = [
    ("India has applied for membership of the European Space Agency.", "planned"),
    ("India is seeking full membership of the European Space Agency.", "planned"),
    ("India has not applied for membership of the European Space Agency.", "negated"),
    ("India was expelled from the European Space Agency.", "negated"),
    ("India was suspended from the European Space Agency in 2022.", "negated"),
    ("India will be a member of the European Space Agency.", "planned"),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERSHIP, ids=[c[0][:45] for c in MEMBERSHIP])
def test_membership_sought_or_taken_away(extractor: RuleExtractor, text: str, expected: str) -> None:
    assert stated(run(extractor, text)) == {ESA_MEMBER: expected}


def test_a_person_applying_or_a_launch_suspended_is_no_membership(extractor: RuleExtractor) -> None:
    assert not run(extractor, "Jane Example applied for membership of the European Space Agency.").facts
    assert not run(extractor, "The launch was suspended from March to May.").facts


NEARLY_OR_LATER = [
    ("India is close to signing the Artemis Accords.", ("india", "signs", "artemis-accords"), "planned"),
    ("India is on the verge of signing the Artemis Accords.", ("india", "signs", "artemis-accords"), "planned"),
    ("India is one step away from joining the Artemis program.", ("india", "participatesIn", "artemis"), "planned"),
    ("India will be part of the Artemis program.", ("india", "participatesIn", "artemis"), "planned"),
    ("India will not be part of the Artemis program.", ("india", "participatesIn", "artemis"), "negated"),
    ("India signed the Artemis Accords close to midnight.", ("india", "signs", "artemis-accords"), None),
]


@pytest.mark.parametrize(("text", "triple", "expected"), NEARLY_OR_LATER, ids=[c[0][:45] for c in NEARLY_OR_LATER])
def test_nearly_done_and_to_be_part_of_are_not_done(
    extractor: RuleExtractor, text: str, triple: Triple, expected: str | None
) -> None:
    assert stated(run(extractor, text)) == {triple: expected}


# ', which Peru signed last year': a relative clause set off by a comma inside reported words is the writer's
# background (as an apposition is), a plain fact; a modal, a negation, a quotation or a restrictive clause keeps
# it in the reported words.
ACCORDS = ("peru", "signs", "artemis-accords")
BACKGROUND = [
    ("Jane Roe said the agency would respect the Artemis Accords, which Peru signed last year.", None),
    ("Jane Roe argued that Chile would never breach the Artemis Accords, which Peru had signed in 2024.", None),
    ("Officials claimed the plan broke the Artemis Accords, which Peru has signed.", None),
]
STILL_REPORTED = [
    # (the relative clause's own modal: what Peru would do is still the speaker's)
    "Jane Roe said the agency would respect the Artemis Accords, which Peru would sign next year.",
    # (inside a quotation the whole sentence is the speaker's own)
    "“The agency respects the Artemis Accords, which Peru signed last year,” Jane Roe said.",
    # (a restrictive clause, no comma: part of what is said)
    "Jane Roe said the agency would respect the accords that Peru signed, the Artemis Accords.",
]


@pytest.mark.parametrize(("text", "expected"), BACKGROUND, ids=[c[0][:45] for c in BACKGROUND])
def test_a_relative_clause_inside_reported_words_is_the_writers(
    extractor: RuleExtractor, text: str, expected: str | None
) -> None:
    found = run(extractor, text)
    assert ACCORDS in stated(found) and stated(found)[ACCORDS] == expected
    assert all(key[1] != ACCORDS for key in propositions(found))


@pytest.mark.parametrize("text", STILL_REPORTED, ids=[c[:45] for c in STILL_REPORTED])
def test_a_relative_clause_with_its_own_modal_or_quoted_stays_reported(extractor: RuleExtractor, text: str) -> None:
    found = run(extractor, text)
    assert stated(found).get(ACCORDS, "absent") is not None  # (never a plain fact)
