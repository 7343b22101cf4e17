"""Confidence that means something on new text (``lexicon/confidence.tsv``, written by ``python -m
bench.extract --calibrate``).

A fact's confidence is the share of right answers its rule and relation gave on development texts while
they were still unseen (each held-out set, extracted by the rules of the commit that added it, scored
against today's gold), shrunk toward the relation's unseen rate, which is itself shrunk toward the
global one (Beta priors). The rules were written with the development texts in view, so their share
right there (in-sample) says little about new prose; it enters only as weak evidence, each in-sample
fact counting as a fraction of an unseen one: a rule that did not exist yet when any set was unseen
gets its relation's unseen rate, nudged by how it does in-sample. A fact whose rule and relation are not
in the table gets its relation's row. Mentions keep their share right on the development texts,
smoothed; mention rules seen fewer than three times keep their default."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacekg.core.resources import lexicon_text
from spacekg.extract.base import Candidates

HEADER = "# kind\trule\tright\tseen\tconfidence (right + 1) / (seen + 2), from the development texts (mention rows)\n"
FACT_HEADER = (
    "# kind\trule\trelation\tright in-sample\tseen in-sample\tright unseen\tseen unseen\tconfidence\n"
    "# fact and relation rows: calibrated on unseen-time facts (see the module's docstring); {prior}\n"
)
# (kind, rule, relation): mentions by rule (relation ''), facts by rule and relation, relations by relation
# (rule '').
Key = tuple[str, str, str]
Counts = dict[tuple[str, str], tuple[int, int]]  # (rule, relation) -> (right, seen)


@functools.lru_cache(maxsize=1024)
def rule_key(rule: str) -> str:
    """A mention rule without its variable part ('name ending in Agency' → 'name ending in a head word')."""
    return re.sub(r"^name ending in \S+", "name ending in a head word", rule)


def table() -> dict[Key, float]:
    return parse(lexicon_text("confidence.tsv"))


def parse(text: str) -> dict[Key, float]:
    """The rows of a confidence table: mention rows seen three times or more, every fact and relation row."""
    found: dict[Key, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "mention":
            if int(cells[3]) >= 3:
                found[("mention", cells[1], "")] = float(cells[4])
        else:  # fact and relation rows are shrunk already: every row counts, however few its facts
            found[(cells[0], cells[1], cells[2])] = float(cells[-1])
    return found


def calibrate(candidates: Candidates, calibrated: dict[Key, float]) -> None:
    for mention in candidates.mentions:
        mention.confidence = calibrated.get(("mention", rule_key(mention.rule), ""), mention.confidence)
    for fact in candidates.facts:
        rule, relation = fact.get("rule", ""), fact["relation"]
        if rule == "learned":
            continue  # the model's own probability
        value = calibrated.get(("fact", rule, relation), calibrated.get(("relation", "", relation)))
        if value is not None:
            fact["confidence"] = value


def write(counts: dict[tuple[str, str], list[int]]) -> str:
    """Mention rows: each rule's share right on the development texts, smoothed."""
    rows = [HEADER]
    for (kind, rule), (right, seen) in sorted(counts.items()):
        # Two decimals, never 1.00: a rule right 285 times of 285 is still not certain.
        rows.append(f"{kind}\t{rule}\t{right}\t{seen}\t{min((right + 1) / (seen + 2), 0.99):.2f}\n")
    return "".join(rows)


@dataclass(frozen=True)
class Prior:
    """Prior strengths, in facts: of the relation's rate on a rule's (``rule``), of the global rate on a
    relation's (``relation``), and what one in-sample fact counts against one unseen (``in_sample``)."""

    rule: float = 5.0
    relation: float = 20.0
    in_sample: float = 0.05

    def describe(self) -> str:
        return f"prior strengths: rule {self.rule:g}, relation {self.relation:g}, in-sample weight {self.in_sample:g}"


def shrunk(right: float, seen: float, toward: float, strength: float) -> float:
    """The mean of a Beta posterior: ``right`` of ``seen`` under a prior of mean ``toward`` worth ``strength``
    facts."""
    return (right + strength * toward) / (seen + strength) if seen + strength > 0 else toward


@dataclass
class Calibration:
    overall: float
    relations: dict[str, float]
    facts: dict[tuple[str, str], float]

    def of(self, rule: str, relation: str) -> float:
        """A fact's confidence: its rule and relation's, else its relation's, else the global rate."""
        return self.facts.get((rule, relation), self.relations.get(relation, self.overall))


def fit(unseen: Counts, in_sample: Counts, prior: Prior) -> Calibration:
    """Each (rule, relation)'s unseen rate, shrunk toward its relation's unseen rate (itself shrunk toward
    the global one); in-sample facts count ``prior.in_sample`` each."""
    right = sum(r for r, _ in unseen.values())
    seen = sum(s for _, s in unseen.values())
    overall = right / seen if seen else 0.5
    by_relation: dict[str, list[int]] = {}
    for (_, relation), (r, s) in unseen.items():
        sums = by_relation.setdefault(relation, [0, 0])
        sums[0] += r
        sums[1] += s
    for _, relation in in_sample:
        by_relation.setdefault(relation, [0, 0])
    relations = {name: shrunk(r, s, overall, prior.relation) for name, (r, s) in by_relation.items()}
    facts: dict[tuple[str, str], float] = {}
    for key in set(unseen) | set(in_sample):
        if not key[0]:
            continue  # a fact of an old commit that kept no rule: its relation's rate only
        r_u, s_u = unseen.get(key, (0, 0))
        r_i, s_i = in_sample.get(key, (0, 0))
        w = prior.in_sample
        facts[key] = shrunk(r_u + w * r_i, s_u + w * s_i, relations[key[1]], prior.rule)
    return Calibration(overall, relations, facts)


def clipped(value: float) -> float:
    """Two decimals, within 0.01 and 0.99: no rule is certain either way."""
    return round(min(max(value, 0.01), 0.99), 2)


def write_facts(calibration: Calibration, unseen: Counts, in_sample: Counts, prior: Prior) -> str:
    """Fact rows (rule, relation) and relation rows (the fallback), with their counts."""
    rows = [FACT_HEADER.format(prior=prior.describe())]
    for relation, value in sorted(calibration.relations.items()):
        r_u = sum(r for (_, rel), (r, _) in unseen.items() if rel == relation)
        s_u = sum(s for (_, rel), (_, s) in unseen.items() if rel == relation)
        r_i = sum(r for (_, rel), (r, _) in in_sample.items() if rel == relation)
        s_i = sum(s for (_, rel), (_, s) in in_sample.items() if rel == relation)
        rows.append(f"relation\t\t{relation}\t{r_i}\t{s_i}\t{r_u}\t{s_u}\t{clipped(value):.2f}\n")
    for (rule, relation), value in sorted(calibration.facts.items()):
        r_i, s_i = in_sample.get((rule, relation), (0, 0))
        r_u, s_u = unseen.get((rule, relation), (0, 0))
        rows.append(f"fact\t{rule}\t{relation}\t{r_i}\t{s_i}\t{r_u}\t{s_u}\t{clipped(value):.2f}\n")
    return "".join(rows)
