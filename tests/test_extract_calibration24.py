"""Confidence calibrated on unseen-time facts: the shrinkage and its fallbacks on small hand-made counts,
the table's rows as written and read back, and the shipped table."""

from __future__ import annotations

import pytest

from spacekg.extract import confidence
from spacekg.extract.base import Candidates
from spacekg.extract.confidence import Prior, fit, shrunk

UNSEEN = {("verb", "leads"): (1, 4), ("title", "leads"): (9, 10), ("list", "partOf"): (10, 10), ("", "leads"): (0, 6)}
IN_SAMPLE = {("verb", "leads"): (10, 10), ("new rule", "leads"): (20, 20), ("new rule", "memberOf"): (5, 5)}
PRIOR = Prior(rule=2.0, relation=10.0, in_sample=0.1)


@pytest.mark.parametrize(
    ("right", "seen", "toward", "strength", "expected"),
    [
        (3, 4, 0.5, 2.0, 4 / 6),  # the Beta posterior's mean
        (0, 0, 0.7, 5.0, 0.7),  # no facts: the prior
        (10, 10, 0.5, 0.0, 1.0),  # no prior: the share right
        (0, 0, 0.3, 0.0, 0.3),  # nothing at all: the prior's mean, not a division by zero
        (90, 100, 0.5, 10.0, 95 / 110),  # many facts: close to their share
    ],
)
def test_shrunk(right: int, seen: int, toward: float, strength: float, expected: float) -> None:
    assert shrunk(right, seen, toward, strength) == pytest.approx(expected)


def test_rates_shrink_rule_toward_relation_toward_global() -> None:
    fitted = fit(UNSEEN, IN_SAMPLE, PRIOR)
    overall = 20 / 30  # every unseen fact, a rule's or not
    assert fitted.overall == pytest.approx(overall)
    leads = (10 + 10 * overall) / (20 + 10)  # the fact without a rule counts for its relation
    assert fitted.relations["leads"] == pytest.approx(leads)
    assert fitted.relations["partOf"] == pytest.approx((10 + 10 * overall) / (10 + 10))
    # a relation seen only in-sample: the global rate
    assert fitted.relations["memberOf"] == pytest.approx(overall)
    # unseen counts, plus in-sample ones at a tenth of a fact each, shrunk toward the relation
    assert fitted.facts[("verb", "leads")] == pytest.approx((1 + 0.1 * 10 + 2 * leads) / (4 + 0.1 * 10 + 2))
    assert fitted.facts[("title", "leads")] == pytest.approx((9 + 2 * leads) / (10 + 2))
    assert ("", "leads") not in fitted.facts  # no rule, no row
    # the order the rates say: a rule often wrong unseen stays under its relation, however right in-sample
    assert fitted.of("verb", "leads") < fitted.relations["leads"] < fitted.of("title", "leads")


def test_a_rule_that_did_not_exist_unseen_falls_back_to_its_relation() -> None:
    fitted = fit(UNSEEN, IN_SAMPLE, PRIOR)
    leads = fitted.relations["leads"]
    # 20 of 20 in-sample count as 2 of 2 against a prior of 2 facts at the relation's rate
    assert fitted.of("new rule", "leads") == pytest.approx((0.1 * 20 + 2 * leads) / (0.1 * 20 + 2))
    assert leads < fitted.of("new rule", "leads") < 1.0
    # without in-sample weight: exactly the relation's rate
    assert fit(UNSEEN, IN_SAMPLE, Prior(2.0, 10.0, 0.0)).of("new rule", "leads") == pytest.approx(leads)
    # a rule and relation the table never saw: the relation's rate, then the global one
    assert fitted.of("unknown rule", "partOf") == pytest.approx(fitted.relations["partOf"])
    assert fitted.of("unknown rule", "unknownRelation") == pytest.approx(fitted.overall)


def test_no_unseen_facts_at_all() -> None:
    fitted = fit({}, {("r", "leads"): (3, 4)}, PRIOR)
    assert fitted.overall == 0.5 and fitted.of("r", "leads") == pytest.approx((0.3 + 1.0) / (0.4 + 2))


def test_rows_written_and_read_back() -> None:
    fitted = fit(UNSEEN, IN_SAMPLE, PRIOR)
    text = confidence.write({("mention", "name"): [9, 10], ("mention", "rare"): [2, 2]})
    text += confidence.write_facts(fitted, UNSEEN, IN_SAMPLE, PRIOR)
    assert "rule 2, relation 10, in-sample weight 0.1" in text
    assert "fact\tverb\tleads\t10\t10\t1\t4\t" in text  # in-sample counts, then unseen ones
    table = confidence.parse(text)
    assert table[("mention", "name", "")] == 0.83
    assert ("mention", "rare", "") not in table  # mention rules seen fewer than three times keep their default
    assert table[("fact", "verb", "leads")] == round(fitted.of("verb", "leads"), 2)
    assert table[("fact", "new rule", "memberOf")] == round(fitted.of("new rule", "memberOf"), 2)
    assert table[("relation", "", "partOf")] == round(fitted.relations["partOf"], 2)
    assert confidence.clipped(1.0) == 0.99 and confidence.clipped(0.0) == 0.01


def test_calibrate_uses_the_rule_then_the_relation() -> None:
    table = {("fact", "verb", "leads"): 0.4, ("relation", "", "leads"): 0.6, ("relation", "", "partOf"): 0.7}
    facts = [
        {"subject": "a", "relation": "leads", "object": "b", "rule": "verb", "confidence": 0.9},
        {"subject": "a", "relation": "leads", "object": "c", "rule": "other", "confidence": 0.9},
        {"subject": "a", "relation": "memberOf", "object": "c", "rule": "other", "confidence": 0.9},
        {"subject": "a", "relation": "partOf", "object": "c", "rule": "learned", "confidence": 0.55},
    ]
    candidates = Candidates(source={}, facts=facts, text="")
    confidence.calibrate(candidates, table)
    assert [f["confidence"] for f in candidates.facts] == [0.4, 0.6, 0.9, 0.55]


def test_the_shipped_table_reads_back() -> None:
    table = confidence.table()
    kinds = {kind for kind, _, _ in table}
    assert kinds == {"mention", "fact", "relation"}
    assert all(0.0 < value < 1.0 for value in table.values())
    relations = {relation for kind, _, relation in table if kind == "relation"}
    assert {"leads", "participatesIn", "affiliatedWith", "partOf"} <= relations
    # unseen prose: no relation's fallback at the top of the scale
    assert all(value < 0.97 for (kind, _, _), value in table.items() if kind == "relation")


@pytest.mark.parametrize(
    ("pairs", "brier", "error"),
    [
        ([(1.0, True), (0.0, False)], 0.0, 0.0),
        ([(0.8, True), (0.8, False)], (0.04 + 0.64) / 2, 0.3),
        ([(0.25, True), (0.25, False), (0.25, False), (0.25, False)], 0.1875, 0.0),
        ([], 0.0, 0.0),
    ],
)
def test_band_scores(pairs: list[tuple[float, bool]], brier: float, error: float) -> None:
    from bench.extract_calibration import brier as brier_score
    from bench.extract_calibration import calibration_error

    assert brier_score(pairs) == pytest.approx(brier)
    assert calibration_error(pairs) == pytest.approx(error)


def test_sums_leaving_sets_out() -> None:
    from bench.extract_calibration import _minus, _sum

    total = _sum([{("a", "leads"): (1, 2)}, {("a", "leads"): (3, 3), ("b", "partOf"): (0, 1)}])
    assert total == {("a", "leads"): (4, 5), ("b", "partOf"): (0, 1)}
    assert _minus(total, [{("b", "partOf"): (0, 1)}]) == {("a", "leads"): (4, 5)}
