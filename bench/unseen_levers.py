"""What separates the learned stage's right additions from its false ones on prose the rules had not seen,
and the levers tried on it (``python -m bench.extract_unseen --levers``).

Each fact the stage adds on an unseen set's old candidates (``bench.extract_unseen``, leaving one set out)
is kept with what is known of it: its relation, the classes of its ends, the words between them, whether
a cue word of the relation stands between, whether the old rules related either end in that sentence,
and how the old rules found its ends (the reason the candidates file gives for each mention: a gazetteer
name, 'two- or three-word name', 'titled person' …, which the stage does not see). A lever keeps an
addition by a threshold per key (one for all, or per relation, per relation and class pair …). The
thresholds are chosen on the other sets' additions only (each scored by the model that left that set
out), to maximise right − 3 × false there: a key's additions are kept only when, on the training sets,
they are right at least three times per false one. Then they are applied to the set left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.evaluate import _canonical
from spacekg.extract.learned import NONE, LearnedRelations, Model, fits, parse_label, train
from spacekg.model.hierarchy import Hierarchy

Triple = tuple[str, str, str]
FLOOR = 0.3  # additions below this probability are not kept at all
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)
OFF = 1.01
WEIGHT = 3.0  # right per false an addition must reach on the training sets (issue #11: precision 0.80)
# '#> "Planetary Resources" (two- or three-word name)' before a mention in a candidates file
REASON = re.compile(r'^\s*#> "(?:[^"\\]|\\.)*" \((.*)\)\s*$')
SPAN = re.compile(r"\b(?:span|mention): \[(\d+), (\d+)\]")


@dataclass(frozen=True)
class Addition:
    """A fact the learned stage adds beside the old rules on one text (its best-scored pair)."""

    text: str
    triple: Triple
    probability: float
    right: bool
    relation: str
    classes: str  # 'Person>SpaceAgency', in text order
    distance: str  # the words between, bucketed as the stage does
    cue: str  # 'match': a cue word of the relation between; 'other': another relation's; 'none'
    related: str  # '10': the old rules related the first end (to anything) in this sentence, not the second
    found_by: str  # how the old rules found the two ends: 'two- or three-word name|gazetteer'
    features: tuple[str, ...]


def reasons(candidates: Path) -> dict[tuple[int, int], str]:
    """Each mention's span in a candidates file with the reason its comment gives ('gazetteer')."""
    found: dict[tuple[int, int], str] = {}
    pending = ""
    for line in candidates.read_text(encoding="utf-8").splitlines():
        match = REASON.match(line)
        if match:
            pending = match.group(1)
            continue
        span = SPAN.search(line)
        if span and pending:
            found.setdefault((int(span.group(1)), int(span.group(2))), pending)
            pending = ""
    return found


def related_ends(view: Candidates, grouped: Sequence[tuple[int, int, list[Found]]]) -> dict[int, set[str]]:
    """Per sentence (by its start), the entities the old rules related there (a fact or a claim)."""
    ends: dict[int, set[str]] = {}
    for fact in view.facts:
        for evidence in fact["evidence"]:
            ends.setdefault(evidence[0], set()).update((fact["subject"], fact["object"]))
    for claim in view.claims:
        proposition = claim.get("proposition")
        if isinstance(proposition, dict):
            for evidence in claim["evidence"]:
                for start, _, _ in grouped:
                    if evidence[0] <= start < evidence[1]:
                        ends.setdefault(start, set()).update((proposition["subject"], proposition["object"]))
    return ends


def _value(found: Sequence[str], prefix: str) -> str:
    return next((f[len(prefix) :] for f in found if f.startswith(prefix)), "")


def additions(
    name: str,
    text: str,
    stage: LearnedRelations,
    model: Model,
    is_: Any,
    aliases: dict[str, str],
    onto: Hierarchy,
    gold: set[Triple],
    old: set[Triple],
    found_by: dict[tuple[int, int], str],
    ends: dict[int, set[str]],
) -> list[Addition]:
    """The plain facts ``model`` adds on the pairs ``stage`` recorded (the rules left them unrelated), decoded
    as the stage decodes (domain and range, no fact across a semicolon or in a question, none negated or
    modal), at ``FLOOR`` or more; a triple the old rules already gave is no addition. One per triple."""
    best: dict[Triple, Addition] = {}
    for pair in stage.recorded:
        if pair.related:
            continue
        label, probability = model.best(pair.features)
        if label == NONE or probability < FLOOR:
            continue
        relation, forward = parse_label(label)
        first, second = pair.first, pair.second
        subject, obj = (first, second) if forward else (second, first)
        if not fits(relation, subject, obj, is_) or LearnedRelations.unasserted(text, pair.sentence, first, second):
            continue
        if LearnedRelations.modality(text, pair.sentence, first, second):
            continue
        subject_id, object_id = aliases.get(subject.entity, subject.entity), aliases.get(obj.entity, obj.entity)
        triple = _canonical((subject_id, relation, object_id), onto)
        if triple in old or (triple in best and best[triple].probability >= probability):
            continue
        cues = {f[4:] for f in pair.features if f.startswith("cue=")}
        related = ends.get(pair.sentence[0], set())
        best[triple] = Addition(
            name,
            triple,
            probability,
            triple in gold,
            relation,
            _value(pair.features, "T="),
            _value(pair.features, "D="),
            "match" if relation in cues else "other" if cues else "none",
            f"{int(first.entity in related)}{int(second.entity in related)}",
            "|".join(_found_by(m, found_by) for m in (first, second)),
            tuple(pair.features),
        )
    return sorted(best.values(), key=lambda a: a.triple)


def _found_by(mention: Found, found_by: dict[tuple[int, int], str]) -> str:
    return found_by.get((mention.start, mention.end), "?")


# a lever: a key per addition (its additions share a threshold), or a second filter
Key = Callable[[Addition], str]
Counted = tuple[int, int]  # right, false


def count(found: Sequence[Addition], keep: Callable[[Addition], bool]) -> Counted:
    kept = [a for a in found if keep(a)]
    right = sum(a.right for a in kept)
    return right, len(kept) - right


def thresholds(training: Sequence[Addition], key: Key, weight: float = WEIGHT) -> dict[str, float]:
    """Per key, the threshold of the grid (or off) with the most right − weight × false on ``training``."""
    by_key: dict[str, list[Addition]] = {}
    for addition in training:
        by_key.setdefault(key(addition), []).append(addition)
    chosen: dict[str, float] = {}
    for name, found in by_key.items():
        scores = {t: count([a for a in found if a.probability >= t], lambda _: True) for t in (*GRID, OFF)}
        chosen[name] = max(scores, key=lambda t: (scores[t][0] - weight * scores[t][1], t))
    return chosen


def nested(by_set: dict[str, list[Addition]], key: Key, weight: float = WEIGHT) -> dict[str, Counted]:
    """Per set left out, its additions kept by the thresholds chosen on the other sets' additions."""
    result: dict[str, Counted] = {}
    for name, found in by_set.items():
        chosen = thresholds([a for other, more in by_set.items() if other != name for a in more], key, weight)
        result[name] = count([a for a in found if a.probability >= chosen.get(key(a), OFF)], lambda _: True)
    return result


def fixed(by_set: dict[str, list[Addition]], threshold: float) -> dict[str, Counted]:
    return {name: count(found, lambda a: a.probability >= threshold) for name, found in by_set.items()}


def second_features(addition: Addition) -> list[str]:
    """What a second filter over the additions knows of one: the keys above, the probability's tenth, and
    the words around and between the two ends (the stage's own features of them)."""
    r = addition.relation
    found = [f"r={r}", f"rc={r}|{addition.classes}", f"rd={r}|{addition.distance}", f"cue={addition.cue}",
             f"rel={addition.related}", f"p={min(9, int(addition.probability * 10))}",
             *(f"by={why}" for why in addition.found_by.split("|"))]  # fmt: skip
    found += [f for f in addition.features if f.startswith(("f=", "l=", "b=", "a=", "T="))]
    return found


def second_filter(by_set: dict[str, list[Addition]], floor: float = 0.5, weight: float = WEIGHT) -> dict[str, Counted]:
    """A logistic regression over the additions of the other sets (right or false) drops the set left out's
    additions under a cut; the cut is chosen by leaving each training set out in turn (nested)."""

    def scorer(training: Sequence[Addition]) -> Callable[[Addition], float]:
        model = train([(second_features(a), "right" if a.right else NONE) for a in training])
        at = model.labels.index("right") if "right" in model.labels else -1
        return lambda a: model.probabilities(second_features(a))[at] if at >= 0 else 0.0

    kept = {name: [a for a in found if a.probability >= floor] for name, found in by_set.items()}
    cuts = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, OFF)
    result: dict[str, Counted] = {}
    for name, found in kept.items():
        others = [o for o in kept if o != name]
        inner: list[tuple[Addition, float]] = []
        for o in others:
            score = scorer([a for x in others if x != o for a in kept[x]])
            inner += [(a, score(a)) for a in kept[o]]
        totals = {c: count([a for a, s in inner if s >= c], lambda _: True) for c in cuts}
        cut = max(cuts, key=lambda c: (totals[c][0] - weight * totals[c][1], c))
        score = scorer([a for o in others for a in kept[o]])
        result[name] = count([a for a in found if score(a) >= cut], lambda _: True)
    return result


# (row name, what it keeps per set) for the lever table
LEVERS: tuple[tuple[str, Key], ...] = (
    ("one threshold", lambda a: ""),
    ("a threshold per relation", lambda a: a.relation),
    ("per relation and class pair", lambda a: f"{a.relation}|{a.classes}"),
    ("per relation and distance", lambda a: f"{a.relation}|{a.distance}"),
    ("per relation and cue word between (the relation's, another's, none)", lambda a: f"{a.relation}|{a.cue}"),
    ("per relation and ends the old rules related in the sentence", lambda a: f"{a.relation}|{a.related}"),
    ("per relation and how the old rules found each end", lambda a: f"{a.relation}|{a.found_by}"),
    ("per class pair and how the old rules found each end", lambda a: f"{a.classes}|{a.found_by}"),
)


def lever_rows(
    by_set: dict[str, list[Addition]], old_model: dict[str, list[Addition]]
) -> list[tuple[str, dict[str, Counted]]]:
    """Each lever's additions per set (right, false), thresholds nested."""
    rows: list[tuple[str, dict[str, Counted]]] = [(f"learned ≥ {t:.2g} (fixed)", fixed(by_set, t)) for t in (0.5, 0.9)]
    rows.append(("one threshold, chosen at one right per false (F1's side)", nested(by_set, lambda a: "", 1.0)))
    neighbours = {name: [a for a in found if "mention-between" not in a.features] for name, found in by_set.items()}
    rows.append(("neighbours only (no other mention between): one threshold", nested(neighbours, lambda a: "")))
    rows += [(name, nested(by_set, key)) for name, key in LEVERS]
    if old_model:
        rows.append(("trained on old candidates: one threshold", nested(old_model, lambda a: "")))
        rows.append(("trained on old candidates: per relation and class pair",
                     nested(old_model, lambda a: f"{a.relation}|{a.classes}")))  # fmt: skip
    rows.append(("a second filter over the additions ≥ 0.5 (cut nested)", second_filter(by_set)))
    return rows


def lever_table(rows: Sequence[tuple[str, dict[str, Counted]]], base: dict[str, tuple[int, int, int]]) -> list[str]:
    """The pooled table: the old rules (true, predicted, gold per set) and each lever's additions on top."""
    true, predicted, gold = (sum(v[i] for v in base.values()) for i in range(3))
    lines = ["| lever (thresholds chosen on the other sets) | P | R | F1 | true / predicted / gold | "
             "added: right / false | right per false |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    lines.append(f"| old rules alone | {_prf(true, predicted, gold)} | {true} / {predicted} / {gold} | — | — |")
    for name, counted in rows:
        right = sum(counted.get(s, (0, 0))[0] for s in base)
        false = sum(counted.get(s, (0, 0))[1] for s in base)
        ratio = f"{right / false:.1f}" if false else "—"
        lines.append(f"| {name} | {_prf(true + right, predicted + right + false, gold)} | {true + right} / "
                     f"{predicted + right + false} / {gold} | {right} / {false} | {ratio} |")  # fmt: skip
    return lines


def _prf(true: int, predicted: int, gold: int) -> str:
    p = true / predicted if predicted else 0.0
    r = true / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} | {r:.3f} | {f1:.3f}"
