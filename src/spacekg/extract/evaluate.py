"""Precision, recall and F1 of extracted candidates against a gold facts file.

Both files are facts files for the same source text. Scored (the keys of
:func:`evaluate`'s result):

- ``mentions (exact|overlap)``: spans that name an entity (new entities'
  first mention and every ``mentions`` entry), matched exactly or by overlap;
- ``links (exact|overlap)``: mentions with the entity they name; a new
  entity counts as the same in both files when their first mentions match
  (exact spans first, then overlapping ones), and so do its later mentions,
  since its id is arbitrary;
- ``new entities``: the files' ``entities`` (new to the graph), matched by
  overlapping first mention and a shared type; ``new entities (untyped)``
  by the mention alone;
- ``relations``: distinct (subject, relation, object) of plain facts (no
  ``modality``), new entities mapped through their matched mentions, a
  symmetric relation (``owl:SymmetricProperty``) either way round;
  ``relations (evidence)`` also needs an evidence span of the predicted fact
  to overlap one of the gold fact's; ``relations (subproperty)`` lets a
  predicted subproperty of the gold relation count (``partnerOf`` for
  ``cooperatesWith``, by ``rdfs:subPropertyOf``);
- ``modality``: facts and claim propositions that carry a ``modality``,
  matched by (subject, relation, object, modality);
- ``claims (overlap)``: a predicted claim whose evidence overlaps a gold
  claim's; ``speakers``: such a claim whose speaker set equals the gold one.

:func:`inverted_negations` lists the gold statements marked ``negated`` that
the candidates assert as plain facts (the target is none).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacekg.errors import SpaceKGError
from spacekg.model.facts import Claim, FactsFile, Span
from spacekg.model.hierarchy import Hierarchy, hierarchy

NEW = "<new>"

Triple = tuple[str, str, str]


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


@dataclass(frozen=True)
class NegationCheck:
    """Gold statements marked ``negated`` and those the candidates assert."""

    negated: int
    inverted: tuple[Triple, ...]


def _links(facts: FactsFile) -> list[tuple[Span, str]]:
    new = [(e.mention, NEW + e.id) for e in facts.entities]
    return new + [(m.span, m.entity) for m in facts.mentions]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _any_overlap(these: Iterable[Span], those: Iterable[Span]) -> bool:
    those = tuple(those)
    return any(_overlap(a, b) for a in these for b in those)


def _match(
    predicted: list[tuple[Span, str]], gold: list[tuple[Span, str]], overlap: bool, with_entity: bool
) -> tuple[int, dict[str, str]]:
    """Greedy one-to-one matching; returns hits and new-id correspondences.

    With ``overlap``, exact spans are matched first and overlapping ones
    among the rest after, so two new entities whose first mentions start at
    the same place ('Example' and 'Example Agency') are not swapped."""
    used: set[int] = set()
    matched: set[int] = set()
    hits = 0
    aliases: dict[str, str] = {}
    for exact in (True, False) if overlap else (True,):
        for position, (span, entity) in enumerate(predicted):
            if position in matched:
                continue
            for index, (gold_span, gold_entity) in enumerate(gold):
                if index in used or not (span == gold_span if exact else _overlap(span, gold_span)):
                    continue
                both_new = entity.startswith(NEW) and gold_entity.startswith(NEW)
                if with_entity and not (entity == gold_entity or both_new):
                    continue
                used.add(index)
                matched.add(position)
                hits += 1
                if both_new:
                    aliases[entity[len(NEW) :]] = gold_entity[len(NEW) :]
                break
    return hits, aliases


def _canonical(triple: Triple, onto: Hierarchy) -> Triple:
    subject, relation, obj = triple
    if relation in onto.symmetric and obj < subject:
        return (obj, relation, subject)
    return triple


def _triples_with_evidence(
    facts: FactsFile, onto: Hierarchy, aliases: dict[str, str] | None = None
) -> dict[Triple, set[Span]]:
    """Plain facts' distinct triples (canonical), with all their evidence."""
    aliases = aliases or {}
    found: dict[Triple, set[Span]] = {}
    for fact in facts.facts:
        if fact.object is None or fact.modality is not None:
            continue
        triple = (aliases.get(fact.subject, fact.subject), fact.relation, aliases.get(fact.object, fact.object))
        found.setdefault(_canonical(triple, onto), set()).update(fact.evidence)
    return found


def _subproperty_hits(predicted: Iterable[Triple], gold: Iterable[Triple], onto: Hierarchy) -> int:
    """One-to-one: a predicted triple matches a gold one with the same ends
    (either way round for a symmetric gold relation) when its relation equals
    or specializes the gold relation. Exact matches are taken first."""
    gold_left = set(gold)
    rest = []
    hits = 0
    for triple in predicted:
        if triple in gold_left:
            gold_left.discard(triple)
            hits += 1
        else:
            rest.append(triple)
    for subject, relation, obj in rest:
        for g in sorted(gold_left):
            g_subject, g_relation, g_object = g
            ends = (subject, obj) == (g_subject, g_object) or (
                g_relation in onto.symmetric and (obj, subject) == (g_subject, g_object)
            )
            if ends and onto.is_subproperty(relation, g_relation):
                gold_left.discard(g)
                hits += 1
                break
    return hits


def _modal(facts: FactsFile, onto: Hierarchy, aliases: dict[str, str]) -> set[tuple[Triple, str]]:
    """(triple, modality) of facts and claim propositions that carry one."""
    items: set[tuple[Triple, str]] = set()
    for fact in facts.facts:
        if fact.modality is not None and fact.object is not None:
            triple = (aliases.get(fact.subject, fact.subject), fact.relation, aliases.get(fact.object, fact.object))
            items.add((_canonical(triple, onto), fact.modality))
    for claim in facts.claims:
        p = claim.proposition
        if claim.modality is not None and p is not None:
            triple = (aliases.get(p.subject, p.subject), p.relation, aliases.get(p.object, p.object))
            items.add((_canonical(triple, onto), claim.modality))
    return items


def _speaker_scores(
    predicted: tuple[Claim, ...], gold: tuple[Claim, ...], aliases: dict[str, str]
) -> tuple[Score, Score]:
    """Claims found by overlapping evidence, and those with the right speakers.

    Each gold claim takes one unused predicted claim whose evidence overlaps,
    preferring one with the right speaker set."""
    used: set[int] = set()
    found = right = 0
    for gold_claim in gold:
        speakers = set(gold_claim.speakers)
        overlapping = [
            i for i, c in enumerate(predicted) if i not in used and _any_overlap(c.evidence, gold_claim.evidence)
        ]
        if not overlapping:
            continue
        good = [i for i in overlapping if {aliases.get(s, s) for s in predicted[i].speakers} == speakers]
        used.add((good or overlapping)[0])
        found += 1
        right += bool(good)
    return Score(found, len(predicted), len(gold)), Score(right, len(predicted), len(gold))


def evaluate(candidates: FactsFile, gold: FactsFile) -> dict[str, Score]:
    if candidates.source.sha256 != gold.source.sha256:
        raise SpaceKGError(f"{candidates.path} and {gold.path} describe different texts (SHA-256 differs)")
    onto = hierarchy()
    predicted, expected = _renamed_links(candidates, gold), _links(gold)
    scores = {}
    for name, overlap in (("exact", False), ("overlap", True)):
        hits, _ = _match(predicted, expected, overlap, with_entity=False)
        scores[f"mentions ({name})"] = Score(hits, len(predicted), len(expected))
        hits, aliases = _match(predicted, expected, overlap, with_entity=True)
        scores[f"links ({name})"] = Score(hits, len(predicted), len(expected))
    _, aliases = _match(predicted, expected, True, with_entity=True)

    for name, typed in (("new entities", True), ("new entities (untyped)", False)):
        used: set[int] = set()
        matched: set[int] = set()
        hits = 0
        for same_span in (True, False):  # the same span first, as in _match
            for position, entity in enumerate(candidates.entities):
                if position in matched:
                    continue
                for index, g in enumerate(gold.entities):
                    if index in used or not (
                        entity.mention == g.mention if same_span else _overlap(entity.mention, g.mention)
                    ):
                        continue
                    if typed and not set(entity.types) & set(g.types):
                        continue
                    used.add(index)
                    matched.add(position)
                    hits += 1
                    break
        scores[name] = Score(hits, len(candidates.entities), len(gold.entities))

    relations = _triples_with_evidence(candidates, onto, aliases)
    gold_relations = _triples_with_evidence(gold, onto)
    exact = relations.keys() & gold_relations.keys()
    scores["relations"] = Score(len(exact), len(relations), len(gold_relations))
    with_evidence = sum(1 for t in exact if _any_overlap(relations[t], gold_relations[t]))
    scores["relations (evidence)"] = Score(with_evidence, len(relations), len(gold_relations))
    sub_hits = _subproperty_hits(sorted(relations), gold_relations, onto)
    scores["relations (subproperty)"] = Score(sub_hits, len(relations), len(gold_relations))

    modal, gold_modal = _modal(candidates, onto, aliases), _modal(gold, onto, {})
    scores["modality"] = Score(len(modal & gold_modal), len(modal), len(gold_modal))

    claims, speakers = _speaker_scores(candidates.claims, gold.claims, aliases)
    scores["claims (overlap)"] = claims
    scores["speakers"] = speakers
    return scores


def _renamed_links(candidates: FactsFile, gold: FactsFile) -> list[tuple[Span, str]]:
    """The candidates' links, a new entity's later mentions named by the gold id of the entity whose first
    mention matches it (ids of new entities are arbitrary, 'uae' or 'united-arab-emirates')."""
    predicted, expected = _links(candidates), _links(gold)
    _, first = _match(predicted[: len(candidates.entities)], expected[: len(gold.entities)], True, with_entity=True)
    return predicted[: len(candidates.entities)] + [
        (s, first.get(e, e)) for s, e in predicted[len(candidates.entities) :]
    ]


def relation_aliases(candidates: FactsFile, gold: FactsFile) -> dict[str, str]:
    """Candidate new-entity ids mapped to gold ids exactly as :func:`evaluate` compares relations."""
    _, aliases = _match(_renamed_links(candidates, gold), _links(gold), True, with_entity=True)
    return aliases


def new_entity_aliases(candidates: FactsFile, gold: FactsFile) -> dict[str, str]:
    """Candidate new-entity ids mapped to the gold new-entity ids whose first
    mentions they overlap (how relations and speakers are compared)."""
    _, aliases = _match(_links(candidates), _links(gold), True, with_entity=True)
    return aliases


def inverted_negations(candidates: FactsFile, gold: FactsFile) -> NegationCheck:
    """Gold facts and claim propositions marked ``negated`` whose (subject,
    relation, object) the candidates state as a plain, positive fact."""
    onto = hierarchy()
    asserted = _triples_with_evidence(candidates, onto, new_entity_aliases(candidates, gold))
    negated = sorted({triple for triple, modality in _modal(gold, onto, {}) if modality == "negated"})
    return NegationCheck(negated=len(negated), inverted=tuple(t for t in negated if t in asserted))


def seed_recall(candidates: FactsFile, curated: FactsFile) -> Score:
    """Entity-link recall on a curated text: each curated entity counts as
    found when a candidate links to it inside its curated mention sentence."""
    found = 0
    for entity in curated.entities:
        if any(m.entity == entity.id and _overlap(m.span, entity.mention) for m in candidates.mentions):
            found += 1
    return Score(found, len(curated.entities), len(curated.entities))
