"""Relations and names found by the shape of the sentence rather than by
cue words next to each other (invented sentences)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.base import slug
from spacekg.extract.rules import Candidates, RuleExtractor


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def facts(extractor: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts if not f.get("modality")}


def new(extractor: RuleExtractor, text: str) -> dict[str, str]:
    return {m[0].label: m[0].type for m in run(extractor, text).new_entities().values()}


def test_relative_clause_with_a_list_of_signatories(extractor: RuleExtractor) -> None:
    text = ("The Artemis Accords, which more than thirty countries had signed by 2023, among them Japan, "
            "Brazil, Nigeria and Rwanda, set rules for the Moon.")  # fmt: skip
    assert {(c, "signs", "artemis-accords") for c in ("japan", "brazil", "nigeria", "rwanda")} <= facts(extractor, text)


def test_passives_and_signatory_phrases(extractor: RuleExtractor) -> None:
    text = ("A resolution on space debris was tabled by the United Kingdom. "
            "The Example Mission, led by Roscosmos and CNSA, landed. "
            "Japan was among the eight founding signatories of the Artemis Accords. "
            "Rwanda joined the Artemis Accords in 2023.")  # fmt: skip
    found = facts(extractor, text)
    assert ("united-kingdom", "submits", "resolution-on-space-debris") in found
    assert {("roscosmos", "leads", "example-mission"), ("cnsa", "leads", "example-mission")} <= found
    assert ("japan", "signs", "artemis-accords") in found
    assert ("rwanda", "signs", "artemis-accords") in found  # joining a document is signing it


def test_symmetric_subjects_and_clause_bounded_objects(extractor: RuleExtractor) -> None:
    text = "Roscosmos and NASA have cooperated on science for decades, and Japan takes part in the Lunar Gateway."
    found = facts(extractor, text)
    assert ("roscosmos", "cooperatesWith", "nasa") in found or ("nasa", "cooperatesWith", "roscosmos") in found
    assert not any(o == "japan" for _, r, o in found if r == "cooperatesWith")
    assert ("japan", "participatesIn", "lunar-gateway") in found


def test_apposition_between_subject_and_verb(extractor: RuleExtractor) -> None:
    text = "Jane Example, president of the French space agency CNES, signed the Artemis Accords."
    found = facts(extractor, text)
    assert ("jane-example", "signs", "artemis-accords") in found
    assert ("jane-example", "affiliatedWith", "cnes") in found  # the agency, not its country
    assert ("cnes", "signs", "artemis-accords") not in found


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("NASA administrator Jane Example spoke.", "jane-example", "nasa"),
        ("Russian ambassador Jane Example objected.", "jane-example", "russia"),
        ("Jane Example of Roscosmos agreed.", "jane-example", "roscosmos"),
        ("Russia's ambassador, Jane Example, spoke.", "jane-example", "russia"),
        ("Jane Example, Russia's ambassador, spoke.", "jane-example", "russia"),
        ("The head of Roscosmos, Jane Example, resigned.", "jane-example", "roscosmos"),
        ("Jane Example, who heads Roscosmos, resigned.", "jane-example", "roscosmos"),
        ("Roscosmos changed course. Its head, Jane Example, resigned.", "jane-example", "roscosmos"),
    ],
)
def test_affiliation_by_the_shape_of_the_phrase(extractor: RuleExtractor, text: str, person: str, body: str) -> None:
    assert (person, "affiliatedWith", body) in facts(extractor, text)


def test_new_names_without_cue_words(extractor: RuleExtractor) -> None:
    text = ("Russia's ambassador, Vassily Example, spoke at talks in Geneva. The XQWG met again. "
            "The Vikram lander touched down. Narendra Sample's government welcomed it. "
            "The Soviet Union launched the first satellite. Congress approved the budget.")  # fmt: skip
    found = new(extractor, text)
    assert found["Vassily Example"] == "Person"
    assert found["Geneva"] == "City"
    assert found["XQWG"] == "Organization"  # an acronym never spelled out
    assert found["Vikram"] == "Mission"
    assert found["Narendra Sample"] == "Person"  # the possessive is not part of the name
    assert found["Soviet Union"] == "Country"
    assert found["Congress"] == "GovernmentBody"
    assert not any("Sample's" in label or label.endswith("-s") for label in found)


def test_linking_forms(extractor: RuleExtractor) -> None:
    text = "The UNGA met. The Gateway will orbit the Moon. The treaty was signed in Washington. Washington objected."
    candidates = run(extractor, text)
    linked = {(text[m.start : m.end], m.entity, m.new) for m in candidates.mentions}
    assert ("UNGA", "un-general-assembly", False) in linked  # initials of a known name
    assert ("Gateway", "lunar-gateway", False) in linked  # without the full name first
    assert ("Washington", "washington", True) in linked  # the city, as a place
    assert ("Washington", "united-states", False) in linked  # the country, as an actor


def test_ids_are_cut_at_word_boundaries() -> None:
    long_name = "Draft resolution on keeping weapons of every kind out of orbit around the Earth for ever"
    assert slug(long_name) == "draft-resolution-on-keeping-weapons-of-every-kind-out-of"
    assert slug("Narendra Modi's") == "narendra-modi"


def test_a_subject_pronoun_stands_for_the_nearest_compatible_mention(extractor: RuleExtractor) -> None:
    text = (
        "Brazil is a large country. It joined the Artemis Accords in 2021. "
        "It has not joined the International Lunar Research Station."
    )
    candidates = run(extractor, text)
    stated = {(f["subject"], f["relation"], f["object"], f.get("modality")) for f in candidates.facts}
    assert ("brazil", "signs", "artemis-accords", None) in stated
    assert ("brazil", "participatesIn", "ilrs", "negated") in stated
    assert not any(m.rule == "anaphor" for m in candidates.mentions)  # not written as mentions
