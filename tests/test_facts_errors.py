"""Bad facts files: each gives one clear FactsError naming file, line and value."""

from __future__ import annotations

import re

import pytest

from spacekg.errors import FactsError
from spacekg.model.facts import check_dataset, parse_facts

SHA = "a" * 64
HEADER = f"""spacekg: 1
source:
  id: src
  type: NewsArticle
  label: "A source"
  sha256: {SHA}
  characters: 100
  mention: [0, 10]
"""
ENTITIES = """entities:
  - id: russia
    type: Country
    label: Russia
    mention: [0, 10]
  - id: ilrs
    type: Program
    label: ILRS
    mention: [10, 20]
"""


def load(text: str) -> None:
    check_dataset([parse_facts(text, "bad.yaml")])


def error_for(text: str) -> FactsError:
    with pytest.raises(FactsError) as info:
        load(text)
    return info.value


def test_valid_minimal_file_loads() -> None:
    facts = parse_facts(
        HEADER + ENTITIES + "facts:\n  - {subject: russia, relation: leads, object: ilrs, evidence: [[0, 20]]}\n"
    )
    assert [f.id for f in facts.facts] == ["russia-leads-ilrs"]
    assert facts.facts[0].line == 19


def test_yaml_syntax_error_names_line() -> None:
    err = error_for(HEADER + "entities:\n  - id: [unclosed\n")
    assert err.path == "bad.yaml"
    assert err.line is not None and err.line >= 10
    assert "YAML syntax error" in str(err)


def test_unknown_entity_reference() -> None:
    err = error_for(
        HEADER + ENTITIES + "facts:\n  - {subject: russia, relation: leads, object: artemis, evidence: [[0, 5]]}\n"
    )
    assert "unknown entity 'artemis'" in str(err)
    assert err.line == 19
    assert str(err).startswith("bad.yaml:19: ")


def test_unknown_type_lists_known_classes() -> None:
    err = error_for(HEADER + "entities:\n  - {id: x, type: Spaceship, label: X, mention: [0, 5]}\n")
    assert "unknown type 'Spaceship'" in str(err)
    assert "SpaceAgency" in str(err)
    assert err.line == 10


def test_unknown_relation() -> None:
    err = error_for(
        HEADER + ENTITIES + "facts:\n  - {subject: russia, relation: befriends, object: ilrs, evidence: [[0, 5]]}\n"
    )
    assert "unknown relation 'befriends'" in str(err)
    assert "cooperatesWith" in str(err)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("'2021'", "must be a whole number, not '2021'"),
        ("20.5", "must be a whole number"),
        ("12021", "out of range"),
        ("1066", "out of range"),
    ],
)
def test_bad_year(value: str, message: str) -> None:
    text = (
        HEADER + ENTITIES + f"facts:\n  - {{subject: ilrs, relation: startYear, value: {value}, evidence: [[0, 5]]}}\n"
    )
    err = error_for(text)
    assert message in str(err)
    assert err.line == 19


def test_bad_month_in_claim_date() -> None:
    text = (
        HEADER + ENTITIES + "claims:\n  - {id: c, speaker: russia, summary: S, date: {month: 13}, evidence: [[0, 5]]}\n"
    )
    assert "month 13 is out of range; expected 1 to 12" in str(error_for(text))


@pytest.mark.parametrize("span", ["[90, 101]", "[-1, 5]", "[5, 5]", "[7, 3]"])
def test_offsets_outside_the_text(span: str) -> None:
    err = error_for(
        HEADER + ENTITIES + f"facts:\n  - {{subject: russia, relation: leads, object: ilrs, evidence: [{span}]}}\n"
    )
    assert "outside the text, which has 100 characters" in str(err)


def test_flat_evidence_list_gets_a_hint() -> None:
    err = error_for(
        HEADER + ENTITIES + "facts:\n  - {subject: russia, relation: leads, object: ilrs, evidence: [0, 5]}\n"
    )
    assert "write [[0, ...]]" in str(err)


def test_duplicate_entity_id() -> None:
    text = HEADER + ENTITIES + "  - {id: russia, type: Country, label: Russia again, mention: [0, 5]}\n"
    err = error_for(text)
    assert "duplicate entity id 'russia'" in str(err)
    assert "already defined at bad.yaml:10" in str(err)


def test_duplicate_fact_id() -> None:
    fact = "  - {subject: russia, relation: leads, object: ilrs, evidence: [[0, 5]]}\n"
    err = error_for(HEADER + ENTITIES + "facts:\n" + fact + fact)
    assert "duplicate fact id 'russia-leads-ilrs'" in str(err)


def test_duplicate_yaml_key() -> None:
    err = error_for(HEADER + "entities:\n  - id: a\n    id: b\n")
    assert "duplicate key 'id'" in str(err)
    assert err.line == 11


def test_missing_and_unknown_keys() -> None:
    assert "missing required key 'mention'" in str(
        error_for(HEADER + "entities:\n  - {id: a, type: Country, label: A}\n")
    )
    assert "unknown key 'lable'" in str(
        error_for(HEADER + "entities:\n  - {id: a, type: Country, lable: A, mention: [0, 5]}\n")
    )


def test_bad_id_and_wikidata() -> None:
    assert "is not a valid id" in str(
        error_for(HEADER + "entities:\n  - {id: Russia, type: Country, label: R, mention: [0, 5]}\n")
    )
    assert "must look like 'Q159'" in str(
        error_for(HEADER + "entities:\n  - {id: r, type: Country, label: R, wikidata: 159, mention: [0, 5]}\n")
    )


def test_object_relation_needs_object_and_datatype_needs_value() -> None:
    assert "links two entities" in str(
        error_for(HEADER + ENTITIES + "facts:\n  - {subject: russia, relation: leads, value: 3, evidence: [[0, 5]]}\n")
    )
    assert "takes a literal" in str(
        error_for(
            HEADER + ENTITIES + "facts:\n  - {subject: ilrs, relation: startYear, object: russia, evidence: [[0, 5]]}\n"
        )
    )


def test_claim_with_two_stances() -> None:
    text = (
        HEADER
        + ENTITIES
        + "claims:\n  - {id: c, speaker: russia, summary: S, supports: ilrs, opposes: ilrs, evidence: [[0, 5]]}\n"
    )
    assert "one stance" in str(error_for(text))


def test_claim_stance_may_target_another_claim() -> None:
    text = (
        HEADER
        + ENTITIES
        + (
            "claims:\n"
            "  - {id: a, speaker: russia, summary: S, evidence: [[0, 5]]}\n"
            "  - {id: b, speaker: russia, summary: T, opposes: a, evidence: [[0, 5]]}\n"
        )
    )
    load(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("- a\n- b\n", "must be a mapping"),
        ("spacekg: 2\nsource: {}\n", "unsupported format version"),
        (HEADER.replace(SHA, "xyz"), "64 lower-case hexadecimal digits"),
        (HEADER + "entities: 3\n", "'entities' must be a list"),
        (HEADER + "entities:\n  - 3\n", "must be a mapping"),
    ],
)
def test_structural_errors(text: str, message: str) -> None:
    assert message in str(error_for(text))


def test_message_format_is_file_line_message() -> None:
    err = error_for(HEADER + "entities:\n  - {id: x, type: Nope, label: X, mention: [0, 5]}\n")
    assert re.match(r"^bad\.yaml:\d+: entity 'x': unknown type 'Nope'", str(err))


def test_error_points_at_the_line_of_the_offending_value() -> None:
    text = (
        HEADER
        + ENTITIES
        + "facts:\n  - subject: russia\n    relation: nearby\n    object: ilrs\n    evidence: [[0, 5]]\n"
    )
    assert error_for(text).line == 20
    text = (
        HEADER + ENTITIES + "facts:\n  - subject: ilrs\n    relation: endYear\n    value: 99\n    evidence: [[0, 5]]\n"
    )
    assert error_for(text).line == 21
