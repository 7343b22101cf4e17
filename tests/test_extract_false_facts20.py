"""False facts a red team found on news paragraphs written for the v20 round (precision20): each construction
is tried in several wordings where it must not fire, with near-misses where it must still fire. All sentences
are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed in June by Chancellor Jan Example and the prime minister of Japan, Taro Sample, "
        "together with German participation in the Gateway.",
        "The deal was agreed by Japan and the president of France, Jean Exemple, along with German participation "
        "in the Gateway.",
        "Japan and France, with Britain's full participation in the Gateway, signed the memorandum.",
        "It was approved by Japan and by France; German participation in the Gateway followed.",
    ],
)
def test_a_noun_cue_with_its_own_determiner_has_no_other_subject(extractor: RuleExtractor, text: str) -> None:
    # the nationality or possessive before 'participation' is the one who takes part, not the names of the
    # clause around it, and they become no partners of each other by it
    found = plain(stated(extractor, text))
    assert ("japan", "participatesIn", "lunar-gateway") not in found, text
    assert ("france", "participatesIn", "lunar-gateway") not in found, text
    assert not any(r == "participatesIn" and s not in ("germany", "united-kingdom") for s, r, _ in found), text
    assert not any(r == "partnerOf" and "germany" in (s, o) for s, r, o in found), text


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("German participation in the Gateway was agreed in 2020.", {"germany"}),
        ("German and French participation in the Gateway was agreed in 2020.", {"germany", "france"}),
        ("Britain's participation in the Gateway was agreed in 2023.", {"united-kingdom"}),
        ("Under the accord, Italy's participation in the Gateway began in 2021.", {"italy"}),
        # no determiner of its own: the clause's subject, as before
        ("Japan began its participation in the Gateway in 2020.", {"japan"}),
    ],
)
def test_a_noun_cues_own_determiner_still_takes_part(extractor: RuleExtractor, text: str, subjects: set[str]) -> None:
    found = plain(stated(extractor, text))
    assert {s for s, r, o in found if r == "participatesIn" and o == "lunar-gateway"} == subjects, text


@pytest.mark.parametrize(
    "text",
    [
        "Russia spoke at the Conference on Disarmament, which meets in Geneva and is stuck.",
        "The Conference on Disarmament, which convenes in Geneva each year, failed again.",
        "The Conference on Disarmament meets in Geneva three times a year.",
    ],
)
def test_where_a_body_meets_is_no_seat(extractor: RuleExtractor, text: str) -> None:
    assert ("cd", "headquarteredAt", "geneva") not in plain(stated(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The Conference on Disarmament, which is based in Geneva, failed again.",
        "The draft went to the Conference on Disarmament, whose seat is in Geneva.",
        "The Conference on Disarmament is headquartered in Geneva.",
    ],
)
def test_a_seat_is_still_a_seat(extractor: RuleExtractor, text: str) -> None:
    assert ("cd", "headquarteredAt", "geneva") in plain(stated(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The site, now called the Example Range, is run by the Norwegian Space Agency.",
        "The rocket, later called the Example Launcher, is operated by the Norwegian Space Agency.",
        "The range, today called the Example Range, is managed by the Norwegian Space Agency.",
        "The base, since called the Example Range, is run by the Norwegian Space Agency.",
    ],
)
def test_a_name_given_in_an_apposition_is_no_speech(extractor: RuleExtractor, text: str) -> None:
    # 'now called X' names the thing; it reports no one's words, so what the sentence states is a plain fact
    found = stated(extractor, text)
    led = [k for k in found if k[0] == "norwegian-space-agency" and k[1] == "leads"]
    assert led and all(found[k] is None for k in led), (text, found)
    assert not run(extractor, text).claims, text


def test_calling_something_something_is_still_speech(extractor: RuleExtractor) -> None:
    for text in ("NASA later called the test a success.", "The Norwegian Space Agency called the plan a mistake."):
        assert run(extractor, text).claims, text


@pytest.mark.parametrize(
    "text",
    [
        "Switzerland signed an agreement with the EU on cooperation in Galileo and EGNOS in 2013.",
        "Norway has an agreement with the European Union on cooperation on EGNOS and Galileo.",
        "The cooperation on EGNOS between Norway and the EU began in 2019.",
    ],
)
def test_what_cooperation_is_in_is_no_partner(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert not any("egnos" in (s, o) and r in ("partnerOf", "cooperatesWith") for s, r, o in found), (text, found)


def test_cooperation_with_and_between_still_names_partners(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Japan's cooperation with ESA on Hera began in 2019."))
    assert ("japan", "cooperatesWith", "esa") in found
    found = plain(stated(extractor, "Cooperation between NASA and ESA on Mars began in 2019."))
    assert ("nasa", "cooperatesWith", "esa") in found or ("esa", "cooperatesWith", "nasa") in found
    found = plain(stated(extractor, "Switzerland signed an agreement with the EU on cooperation in Galileo in 2013."))
    assert ("switzerland", "partnerOf", "european-union") in found


def test_a_list_after_a_preposition_is_no_gapped_clause(extractor: RuleExtractor) -> None:
    # '… in Galileo and EGNOS in 2013': the last name of a list after 'in' opens no clause of its own
    found = plain(
        stated(extractor, "Switzerland signed an agreement with the EU on cooperation in Galileo and EGNOS in 2013.")
    )
    assert not any("egnos" in (s, o) for s, _, o in found)
    # gapped clauses after a comma still share the verb
    found = plain(stated(extractor, "Norway signed the Artemis Accords in 2020, Chile in 2021 and Peru a year later."))
    assert {s for s, r, o in found if r == "signs"} == {"norway", "chile", "peru"}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Russia to send empty Soyuz MS-23 to bring station crew home", ("russia", "leads", "soyuz-ms-23")),
        ("ESA to join NASA's Dragonfly mission", ("esa", "participatesIn", "dragonfly")),
        ("Exclusive: Japan to sign the Artemis Accords next week", ("japan", "signs", "artemis-accords")),
        ("The agency to launch Soyuz MS-23 in March", None),
    ],
)
def test_a_headlines_infinitive_is_a_plan(
    extractor: RuleExtractor, text: str, fact: tuple[str, str, str] | None
) -> None:
    found = stated(extractor, text)
    assert not plain(found) - {k for k in found if k[1] == "affiliatedWith"}, (text, found)
    if fact is not None:
        assert found.get(fact) == "planned", (text, found)


def test_a_headline_with_a_finite_verb_or_an_infinitive_in_a_clause_is_unchanged(extractor: RuleExtractor) -> None:
    assert ("esa", "participatesIn", "dragonfly") in plain(stated(extractor, "ESA joins NASA's Dragonfly mission"))
    found = stated(extractor, "Japan has signed the Artemis Accords.")
    assert ("japan", "signs", "artemis-accords") in plain(found)


@pytest.mark.parametrize(
    "text",
    [
        "Bill Nelson met Franz Fayot in Washington. Nelson's agency has worked with Luxembourg on lunar resources "
        "since 2019.",
        "Japan's space agency has signed an agreement with Luxembourg.",
        "Luxembourg signed an agreement with Japan's space agency.",
        "Italy's largest company has joined the Artemis programme.",
    ],
)
def test_the_owner_of_a_body_named_by_a_possessive_is_not_the_actor(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert not any(r != "affiliatedWith" and {"bill-nelson", "japan", "italy"} & {s, o} for s, r, o in found), (
        text,
        found,
    )


def test_a_possessive_apposition_or_a_possessed_name_still_relates(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Northrop Grumman, NASA's prime contractor, built the spacecraft."))
    assert ("northrop-grumman", "partnerOf", "nasa") in found or ("nasa", "partnerOf", "northrop-grumman") in found
    found = plain(stated(extractor, "Japan's JAXA signed an agreement with Luxembourg."))
    assert ("jaxa", "partnerOf", "luxembourg") in found
    found = plain(stated(extractor, "Japan has signed an agreement with Luxembourg."))
    assert ("japan", "partnerOf", "luxembourg") in found or ("luxembourg", "partnerOf", "japan") in found


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum was signed by the minister of science of Examplia, Jan Example, and the head of the "
        "Brazilian Space Agency, Carlos Sample.",
        "The minister, Jan Example, and the head of the Brazilian Space Agency, Carlos Sample, signed it.",
        "Jan Example, and the director of the Brazilian Space Agency, Carlos Sample, met in Lisbon.",
        "The memorandum was signed by Jan Example, or the president of the Brazilian Space Agency, Carlos Sample.",
    ],
)
def test_a_title_after_and_belongs_to_the_name_after_it(extractor: RuleExtractor, text: str) -> None:
    # ', and the head of X, B': the second item of a list with its own title, not an apposition to A
    found = plain(stated(extractor, text))
    assert ("jan-example", "affiliatedWith", "brazilian-space-agency") not in found, text
    assert ("carlos-sample", "affiliatedWith", "brazilian-space-agency") in found, text


def test_titles_in_an_apposition_still_belong_to_the_name_before(extractor: RuleExtractor) -> None:
    for text in (
        "Carlos Sample, the head of the Brazilian Space Agency, signed it.",
        "Carlos Sample, head of the Brazilian Space Agency and of its council, signed it.",
        "Carlos Sample, founder and chief executive of the Brazilian Space Agency, said it.",
    ):
        assert ("carlos-sample", "affiliatedWith", "brazilian-space-agency") in plain(stated(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("ESA, which leads Europe's part of the Artemis programme, pays for the modules.", ("esa", "artemis")),
        ("ESA runs the European side of the ExoMars mission.", ("esa", "exomars")),
        ("Italy leads the robotic part of the ExoMars mission.", ("italy", "exomars")),
        ("The agency ESA manages its share of the Artemis programme from Noordwijk.", ("esa", "artemis")),
    ],
)
def test_who_runs_a_part_of_something_takes_part_in_it(
    extractor: RuleExtractor, text: str, fact: tuple[str, str]
) -> None:
    found = plain(stated(extractor, text))
    assert (fact[0], "leads", fact[1]) not in found, (text, found)
    assert (fact[0], "participatesIn", fact[1]) in found, (text, found)


def test_who_runs_the_whole_still_leads_it(extractor: RuleExtractor) -> None:
    assert ("esa", "leads", "exomars") in plain(stated(extractor, "ESA leads the ExoMars mission."))
    assert ("esa", "leads", "exomars") in plain(stated(extractor, "ESA runs the ExoMars mission from Darmstadt."))


@pytest.mark.parametrize(
    "text",
    [
        "Your report says that NASA runs the Example Mission. It does not: ESA runs it.",
        "Sir, your article suggests that NASA built the Example Mission. It did not: ESA built it.",
        "The section says that NASA leads the Example Mission. That is not true: ESA leads it.",
    ],
)
def test_a_denial_before_a_colon_denies_the_sentence_before(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    # (building is taking part, GUIDELINES: 'built … for the mission'; guidelines23: the denied builder's)
    relation = "participatesIn" if " built " in text else "leads"
    assert found.get(("nasa", relation, "example-mission")) == "negated", (text, found)
    assert ("esa", "leads", "example-mission") in plain(found) or (
        "esa",
        "participatesIn",
        "example-mission",
    ) in plain(found), (text, found)


def test_a_confirmation_is_no_denial(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Your report says that NASA runs the Example Mission. It does: it has run it since 2020.")
    assert found.get(("nasa", "leads", "example-mission")) != "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "1998 - The first module of the ISS, Zarya, is launched by Russia from Baikonur.",
        "The first module of the ISS was launched by Russia in 1998.",
        "A section of the ISS was launched by Russia in 1998.",
    ],
)
def test_a_participle_after_a_part_is_not_about_the_whole(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert not any(o == "iss" and r in ("leads", "participatesIn") for _, r, o in found), (text, found)


def test_a_participle_after_the_whole_or_its_part_by_name_still_fires(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Zarya, the first module of the ISS, was launched by Russia in 1998."))
    assert ("russia", "leads", "zarya") in found
    found = plain(stated(extractor, "The ISS, a station of five agencies, is run by NASA."))
    assert ("nasa", "leads", "iss") in found
    # who builds a part takes part in the whole (GUIDELINES: a payload's or an instrument's supplier)
    found = plain(stated(extractor, "A section of the ISS was built by Japan."))
    assert ("japan", "participatesIn", "iss") in found
