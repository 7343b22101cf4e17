"""Precision, recall and F1 of extracted candidates against a gold facts file.

Both files are facts files for the same source text. Scored:

- **mentions**: spans that name an entity (new entities' first mention and
  every ``mentions`` entry), matched exactly or by overlap;
- **links**: mentions with the entity they name; a new entity counts as the
  same in both files when their spans match, since its id is arbitrary;
- **relations**: (subject, relation, object) of facts, new entities mapped
  through their matched mention spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacekg.errors import SpaceKGError
from spacekg.model.facts import FactsFile, Span

NEW = "<new>"


@dataclass(frozen=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _links(facts: FactsFile) -> list[tuple[Span, str]]:
    new = [(e.mention, NEW + e.id) for e in facts.entities]
    return new + [(m.span, m.entity) for m in facts.mentions]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(
    predicted: list[tuple[Span, str]], gold: list[tuple[Span, str]], overlap: bool, with_entity: bool
) -> tuple[int, dict[str, str]]:
    """Greedy one-to-one matching; returns hits and new-id correspondences."""
    used: set[int] = set()
    hits = 0
    aliases: dict[str, str] = {}
    for span, entity in predicted:
        for index, (gold_span, gold_entity) in enumerate(gold):
            if index in used:
                continue
            same_span = span == gold_span or (overlap and _overlap(span, gold_span))
            if not same_span:
                continue
            both_new = entity.startswith(NEW) and gold_entity.startswith(NEW)
            if with_entity and not (entity == gold_entity or both_new):
                continue
            used.add(index)
            hits += 1
            if both_new:
                aliases[entity[len(NEW) :]] = gold_entity[len(NEW) :]
            break
    return hits, aliases


def evaluate(candidates: FactsFile, gold: FactsFile) -> dict[str, Score]:
    if candidates.source.sha256 != gold.source.sha256:
        raise SpaceKGError(f"{candidates.path} and {gold.path} describe different texts (SHA-256 differs)")
    predicted, expected = _links(candidates), _links(gold)
    scores = {}
    for name, overlap in (("exact", False), ("overlap", True)):
        hits, _ = _match(predicted, expected, overlap, with_entity=False)
        scores[f"mentions ({name})"] = Score(hits, len(predicted), len(expected))
        hits, aliases = _match(predicted, expected, overlap, with_entity=True)
        scores[f"links ({name})"] = Score(hits, len(predicted), len(expected))
    _, aliases = _match(predicted, expected, True, with_entity=True)
    relations = {
        (aliases.get(f.subject, f.subject), f.relation, aliases.get(f.object or "", f.object or ""))
        for f in candidates.facts
        if f.object
    }
    gold_relations = {(f.subject, f.relation, f.object or "") for f in gold.facts if f.object}
    scores["relations"] = Score(len(relations & gold_relations), len(relations), len(gold_relations))
    return scores


def seed_recall(candidates: FactsFile, curated: FactsFile) -> Score:
    """Entity-link recall on a curated text: each curated entity counts as
    found when a candidate links to it inside its curated mention sentence."""
    found = 0
    for entity in curated.entities:
        if any(m.entity == entity.id and _overlap(m.span, entity.mention) for m in candidates.mentions):
            found += 1
    return Score(found, len(curated.entities), len(curated.entities))
