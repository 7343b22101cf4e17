"""Taking part, leading, partnering and working for, read from shapes beyond
"subject verb object" in one clause (``spacekg.extract.relations`` and
``spacekg.extract.roles``): invented sentences, one grammatical shape each,
with the look-alikes that must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_clauses import stated


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


def test_a_plural_subject_named_by_the_list_after_a_colon(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The International Space Station was launched in 1998. Four agencies take part in the station: NASA, "
        "the Canadian Space Agency, JAXA and Roscosmos.",
    )
    assert {(a, "participatesIn", "iss") for a in ("nasa", "csa", "jaxa", "roscosmos")} <= found.keys()
    assert all(v is None for v in found.values())
    # the list names the subjects, so none of them is the verb's object
    found = stated(extractor, "Three agencies have not joined the Artemis program: NASA, JAXA and Roscosmos.")
    assert {found[(a, "participatesIn", "artemis")] for a in ("nasa", "jaxa", "roscosmos")} == {"negated"}
    assert not any(r == "memberOf" for _, r, _ in found)
    # a colon after a named subject lists something else
    found = stated(extractor, "Canada takes part in the Artemis program: NASA, JAXA and Roscosmos lead it.")
    assert ("nasa", "participatesIn", "artemis") not in found


def test_a_relative_clause_on_an_apposition_has_the_name_as_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example Corp, the Italian company that builds Example-5, will sell its launches.")
    # a company builds for others: it takes part, it does not lead
    assert found.get(("example-corp", "participatesIn", "example-5"), "x") is None
    assert ("example-corp", "leads", "example-5") not in found
    found = stated(extractor, "Example Corp, the company that had also launched Example-1, is based in Lyon.")
    assert found.get(("example-corp", "participatesIn", "example-1"), "x") is None
    # the pronoun is the object when a subject follows it
    found = stated(extractor, "Tiangong, the station that the China Manned Space Agency runs, was struck.")
    assert ("cmsa", "leads", "tiangong") in found
    assert not any(s == "tiangong" for s, _, _ in found)


def test_a_company_that_builds_and_runs_a_craft_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The lander, Example-1, which Example Corp built and operated, was lost.")
    assert ("example-corp", "leads", "example-1") in found
    found = stated(extractor, "The Lunar Example Agency built Example-1.")
    assert ("lunar-example-agency", "leads", "example-1") in found
    found = stated(extractor, "Example-2, launched by Example Corp in May, reached orbit.")
    assert ("example-corp", "participatesIn", "example-2") in found
    assert ("example-corp", "leads", "example-2") not in found


def test_the_chosen_one_does_what_it_was_chosen_for(extractor: RuleExtractor) -> None:
    # 'awarded X a contract to develop': X is to develop it, not the one who awarded it
    found = stated(extractor, "NASA has awarded Example Corp a contract to develop and deliver Example-3, a tug.")
    assert not any(s == "nasa" and r in ("leads", "participatesIn") for s, r, _ in found)
    found = stated(extractor, "The Lunar Example Agency picked Example Corp to build Example-3.")
    assert not any(s == "lunar-example-agency" and r in ("leads", "participatesIn") for s, r, _ in found)
