"""Does a statistical stage help on prose the rules had not seen? The learned stage and a precision filter
on top of the candidates each set of development texts got when it was still unseen.

Every development set vN was once held out: the rules of the commit that added it (before anyone studied
it) extracted its texts unseen. Cross-validation on today's candidates (``bench.extract_learned``) cannot
show what a second stage adds where rules fail, since today's rules were written with every development
text in view (in-sample F1 0.87, against 0.42-0.60 on sets never studied). Here each set's texts are
extracted again by the rules of its adding commit (a detached worktree, that commit's own
``spacekg extract``, as ``bench.extract_history`` does; cached under ``.cache/extract-unseen/`` as
``TEXT@COMMIT.yaml``, reused while the text's SHA-256 is unchanged), and then, leaving one set out:

- **learned**: the learned stage (``spacekg.extract.learned``) trained on every other development text
  (today's mentions and features, the gold; as ``bench.extract_learned``), run on the OLD candidates of the
  set left out: their mentions (known and new, with types and spans) grouped by today's sentences, their
  facts and claim propositions as the pairs the rules related; it adds a fact where the old rules left a
  pair unrelated and its probability passes a threshold;
- **learned, neighbours only**: the same, with the stage's ``nearest`` guard (no learned fact between two
  mentions with a third one between them);
- **learned (old)**: the same stage trained instead on the old candidates of every other unseen set (their
  mentions and facts, as the stage meets them on unseen prose), labelled by their gold;
- **filter**: a logistic regression over each old candidate fact (its relation, the classes of its ends,
  their order and distance, the words between, the cue words, how many facts its sentence gave, the
  modality reading of the pair), trained on the old candidates of every other unseen set labelled right or
  false by their gold; a plain fact whose probability of being right is under a threshold is dropped;
- both (the filter, then a learned stage).

Relations are scored as ``spacekg.extract.evaluate`` does (distinct plain triples, new entities by their
first mention), pooled over the unseen sets. Only development texts (tests/corpus/*.txt) are read.

    python -m bench.extract_unseen                 # the pooled table, and per set for the best row
    python -m bench.extract_unseen --sets v18,v19  # some sets only (the others still train)
    python -m bench.extract_unseen --levers        # also the levers over the stage's additions (bench.unseen_levers)
    python -m bench.extract_unseen --seed 1        # another order of the examples in training (the seed's spread)

Today's training pairs are cached there too, under a key of the package's sources and the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.extract_history import GIT, extract_at
from bench.extract_learned import CORPUS, OLDER, Example, all_examples, labelled, text_sets
from bench.unseen_levers import Addition, additions, lever_rows, lever_table, reasons, related_ends
from spacekg.errors import FactsError
from spacekg.extract.base import Candidates, Found
from spacekg.extract.evaluate import _canonical, relation_aliases
from spacekg.extract.learned import (
    NONE,
    Classes,
    LearnedRelations,
    Model,
    features,
    train,
)
from spacekg.extract.linking import Linker
from spacekg.extract.rules import RuleExtractor
from spacekg.extract.sentences import sentences
from spacekg.model.facts import FactsFile, load_dataset, load_facts_file, parse_facts
from spacekg.model.hierarchy import Hierarchy, hierarchy

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "extract-unseen"
LEARNED_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98)
FILTER_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
RIGHT = "right"
TARGET_PRECISION = 0.80  # issue #11's target on unseen prose
Triple = tuple[str, str, str]


@dataclass
class UnseenSet:
    name: str  # 'v12': the set's number in the order held-out sets were added
    commit: str  # the commit that added the set to the held-out folder
    texts: list[Path]


@dataclass
class OldFact:
    triple: Triple  # canonical, new entities by their gold id
    features: list[str]


@dataclass
class OldText:
    """One text's old candidates: their plain facts with the filter's features, and the facts the learned
    stage adds on top (triple, probability)."""

    name: str
    gold: set[Triple]
    facts: list[OldFact] = field(default_factory=list)
    learned: list[tuple[Triple, float]] = field(default_factory=list)
    learned_old: list[tuple[Triple, float]] = field(default_factory=list)  # by the model trained on old candidates
    learned_nearest: list[tuple[Triple, float]] = field(default_factory=list)  # neighbouring mentions only
    examples: list[tuple[list[str], str]] = field(default_factory=list)  # its old pairs, labelled by the gold
    aliases: dict[str, str] = field(default_factory=dict)  # candidate new-entity ids -> gold ids
    recorded: LearnedRelations | None = None  # the old pairs and their features (the stage in record mode)
    found_by: dict[tuple[int, int], str] = field(default_factory=dict)  # mention span -> how the old rules found it
    additions: list[Addition] = field(default_factory=list)  # what the learned stage adds, with what is known of it
    additions_old: list[Addition] = field(default_factory=list)  # the same by the model trained on old candidates


def _git(*args: str) -> str:
    done = subprocess.run([*GIT, *args], capture_output=True, text=True, timeout=120)
    return done.stdout if done.returncode == 0 else ""


def held_out_commits() -> list[str]:
    """The commits that added held-out gold files, oldest first (only their hashes are read)."""
    return _git("log", "--reverse", "--format=%h", "--diff-filter=A", "--", "tests/corpus/heldout/*.gold.yaml").split()


def adding_commit(text: Path, commits: Sequence[str]) -> str | None:
    """The held-out commit that added a development text (followed through its move to development)."""
    for commit in _git("log", "--follow", "--diff-filter=A", "--format=%h", "--", str(text)).split():
        if commit in commits:
            return commit
    return None


def unseen_sets(corpus: Path = CORPUS) -> list[UnseenSet]:
    """The development sets that came in through the held-out folder, each with its adding commit."""
    commits = held_out_commits()
    groups: dict[str, list[Path]] = {}
    for name, group in text_sets(corpus).items():
        if group != OLDER:
            groups.setdefault(group, []).append(corpus / f"{name}.txt")
    found: list[UnseenSet] = []
    for members in groups.values():
        commit = adding_commit(sorted(members)[0], commits)
        if commit is not None:
            found.append(UnseenSet(f"v{commits.index(commit) + 1}", commit, sorted(members)))
    return sorted(found, key=lambda s: commits.index(s.commit))


# An id an old commit cut after a hyphen ('draft-resolution-on-…-in-'), which today's reader refuses.
CUT_ID = re.compile(r"(?<=[a-z0-9])-+(?=[\s,\]}]|$)", re.MULTILINE)


def read_old(path: Path) -> FactsFile:
    """An old commit's candidates file, read by today's reader (ids cut after a hyphen mended)."""
    try:
        return load_facts_file(path)
    except FactsError:
        return parse_facts(CUT_ID.sub("", path.read_text(encoding="utf-8")), str(path))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_candidates(unseen: UnseenSet, cache: Path = CACHE) -> dict[str, Path]:
    """The candidates of the set's texts by its adding commit's rules, extracted once and cached."""
    wanted = {text.stem: cache / f"{text.stem}@{unseen.commit}.yaml" for text in unseen.texts}
    fresh = all(wanted[t.stem].exists() and read_old(wanted[t.stem]).source.sha256 == _sha(t) for t in unseen.texts)
    if not fresh:
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="spacekg-unseen-") as scratch:
            out = Path(scratch) / "out"
            out.mkdir()
            extract_at(unseen.commit, unseen.texts, out, Path(scratch))
            for text in unseen.texts:
                shutil.copyfile(out / f"{text.stem}.yaml", wanted[text.stem])
    return wanted


def old_mentions(candidates: FactsFile) -> list[Found]:
    """The mentions of a candidates file as the pipeline's: new entities with their type, known ones."""
    new = {e.id: e for e in candidates.entities}
    found = [Found(e.mention[0], e.mention[1], e.id, True, e.types[0], e.label) for e in candidates.entities]
    for m in candidates.mentions:
        entity = new.get(m.entity)
        if entity is not None:
            found.append(Found(m.span[0], m.span[1], m.entity, True, entity.types[0], entity.label))
        else:
            found.append(Found(m.span[0], m.span[1], m.entity))
    return sorted(found, key=lambda m: (m.start, m.end))


def by_sentence(text: str, mentions: Sequence[Found]) -> list[tuple[int, int, list[Found]]]:
    """Today's sentences of the text, each with the mentions inside it."""
    spans = sentences(text)
    grouped: list[tuple[int, int, list[Found]]] = [(s, e, []) for s, e in spans]
    at = 0
    for mention in mentions:
        while at < len(spans) and spans[at][1] <= mention.start:
            at += 1
        if at < len(spans) and spans[at][0] <= mention.start and mention.end <= spans[at][1]:
            grouped[at][2].append(mention)
    return grouped


def _sentence_of(grouped: Sequence[tuple[int, int, list[Found]]], position: int) -> int:
    for index, (start, end, _) in enumerate(grouped):
        if start <= position < end:
            return index
    return -1


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count == 1 else "2" if count == 2 else "3-4" if count <= 4 else "5+"


def fact_features(
    text: str,
    relation: str,
    subject: str,
    obj: str,
    evidence: Sequence[tuple[int, int]],
    grouped: Sequence[tuple[int, int, list[Found]]],
    in_sentence: dict[int, int],
    kind: Classes,
) -> list[str]:
    """What the filter knows of one candidate fact: general, never an entity's id or name."""
    found = [f"R={relation}", f"E={_bucket(len(evidence))}"]
    index = _sentence_of(grouped, evidence[0][0]) if evidence else -1
    if index < 0:
        return [*found, "no-sentence"]
    start, end, mentions = grouped[index]
    found.append(f"F={_bucket(in_sentence.get(index, 0))}")
    found.append(f"R|F={relation}|{_bucket(in_sentence.get(index, 0))}")
    ends = [m for m in mentions if m.entity in (subject, obj)]
    subjects = [m for m in ends if m.entity == subject]
    objects = [m for m in ends if m.entity == obj]
    if not subjects or not objects:
        found += [f"absent={'subject' if not subjects else 'object'}", f"R|absent={relation}"]
        named = subjects or objects
        if named:
            found.append(f"R|T={relation}|{'S' if subjects else 'O'}={kind(named[0])}")
        return found
    best = min(((s, o) for s in subjects for o in objects), key=lambda p: abs(p[0].start - p[1].start))
    first, second = sorted(best, key=lambda m: m.start)
    order = "subject-first" if first.entity == subject else "object-first"
    pair = features(text, (start, end), first, second, mentions, kind)
    found += [order, f"R|{order}={relation}"]
    found += pair + [f"R|{f}={relation}" for f in pair if f.startswith(("T=", "D=", "cue=", "f=", "l=", "Tv"))]
    said = LearnedRelations.modality(text, (start, end), first, second)
    found.append(f"reading={said or 'plain'}")
    return found


def load_old(
    path: Path, candidates_path: Path, linker: Linker, onto: Hierarchy
) -> tuple[OldText, Candidates, list[tuple[int, int, list[Found]]]]:
    """One text's old candidates: scored facts with the filter's features, and the pipeline's view of them
    (facts and claim propositions by sentence, mentions by sentence) for the learned stage."""
    text = path.read_text(encoding="utf-8")
    old = read_old(candidates_path)
    gold_file = load_facts_file(path.with_suffix(".gold.yaml"))
    aliases = relation_aliases(old, gold_file)
    gold = {
        _canonical((f.subject, f.relation, f.object or ""), onto)
        for f in gold_file.facts
        if f.object is not None and f.modality is None
    }
    grouped = by_sentence(text, old_mentions(old))
    kind = Classes(linker.is_)
    facts: list[dict[str, Any]] = []
    for fact in old.facts:
        if fact.object is None:
            continue
        spans: list[list[int]] = []
        for span in fact.evidence:
            index = _sentence_of(grouped, span[0])
            spans.append([grouped[index][0], grouped[index][1]] if index >= 0 else list(span))
        entry: dict[str, Any] = {"subject": fact.subject, "relation": fact.relation, "object": fact.object,
                                 "evidence": spans, "confidence": fact.confidence or 0.5}  # fmt: skip
        if fact.modality:
            entry["modality"] = fact.modality
        facts.append(entry)
    claims: list[dict[str, Any]] = [
        {
            "proposition": {
                "subject": c.proposition.subject,
                "relation": c.proposition.relation,
                "object": c.proposition.object,
            },
            "evidence": [list(e) for e in c.evidence],
        }
        for c in old.claims
        if c.proposition is not None
    ]
    in_sentence: dict[int, int] = {}
    for entry in facts:
        index = _sentence_of(grouped, entry["evidence"][0][0])
        in_sentence[index] = in_sentence.get(index, 0) + 1
    scored = OldText(path.stem, gold, aliases=aliases, found_by=reasons(candidates_path))
    seen: set[Triple] = set()
    for entry in facts:
        if entry.get("modality"):
            continue
        subject, relation, obj = entry["subject"], entry["relation"], entry["object"]
        triple = _canonical((aliases.get(subject, subject), relation, aliases.get(obj, obj)), onto)
        if triple in seen:
            continue
        seen.add(triple)
        evidence = [(e[0], e[1]) for e in entry["evidence"]]
        found = fact_features(text, relation, subject, obj, evidence, grouped, in_sentence, kind)
        scored.facts.append(OldFact(triple, found))
    view = Candidates(source={}, facts=facts, claims=claims, text=text)
    scored.recorded = LearnedRelations(None, record=True)
    scored.recorded.add(view, grouped, linker.is_)
    scored.examples = labelled(scored.recorded, gold_file, aliases)
    return scored, view, grouped


def add_learned(
    scored: OldText,
    view: Candidates,
    grouped: list[tuple[int, int, list[Found]]],
    model: Model,
    linker: Linker,
    onto: Hierarchy,
    nearest: bool = False,
) -> list[tuple[Triple, float]]:
    """The learned stage on one text's old candidates: the plain facts it adds, with their probability."""
    first = len(view.facts)
    LearnedRelations(model, threshold=min(LEARNED_THRESHOLDS), nearest=nearest).add(view, grouped, linker.is_)
    aliases = scored.aliases
    best: dict[Triple, float] = {}
    for fact in view.facts[first:]:
        if fact.get("modality"):
            continue
        triple = _canonical((aliases.get(fact["subject"], fact["subject"]), fact["relation"],
                             aliases.get(fact["object"], fact["object"])), onto)  # fmt: skip
        best[triple] = max(best.get(triple, 0.0), fact["probability"])
    del view.facts[first:]
    return sorted(best.items())


def record_additions(
    scored: OldText,
    view: Candidates,
    grouped: list[tuple[int, int, list[Found]]],
    model: Model,
    linker: Linker,
    onto: Hierarchy,
) -> list[Addition]:
    """What the learned stage adds on one text's old candidates, each addition with what is known of it."""
    assert scored.recorded is not None
    old = {f.triple for f in scored.facts}
    return additions(scored.name, view.text, scored.recorded, model, linker.is_, scored.aliases, onto, scored.gold,
                     old, scored.found_by, related_ends(view, grouped))  # fmt: skip


def right_probability(model: Model, found: Iterable[str]) -> float:
    return model.probabilities(found)[model.labels.index(RIGHT)] if RIGHT in model.labels else 0.0


# (set name, mode, learned threshold, filter threshold) -> [true, predicted, gold]
Tally = dict[tuple[str, str, float, float], list[int]]
RULES, FILTER = "old rules alone", "+ filter"
LEARNED, BOTH = "+ learned", "+ filter + learned"
NEAREST = "+ learned, neighbours only"  # the stage's nearest guard: no fact across a third mention
# the learned stage trained on the old candidates of the other sets (their mentions, as the stage meets them)
LEARNED_OLD, BOTH_OLD = "+ learned (old)", "+ filter + learned (old)"
BOTH_GRID = ((0.8, 0.9, 0.95), (0.3, 0.4, 0.5, 0.6))
OFF = 1.01  # a threshold nothing passes (learned off) or everything passes (filter off: 0.0)


def modes() -> list[tuple[str, float, float]]:
    rows = [(RULES, OFF, 0.0)]
    rows += [(LEARNED, t, 0.0) for t in LEARNED_THRESHOLDS]
    rows += [(NEAREST, t, 0.0) for t in LEARNED_THRESHOLDS]
    rows += [(LEARNED_OLD, t, 0.0) for t in LEARNED_THRESHOLDS]
    rows += [(FILTER, OFF, f) for f in FILTER_THRESHOLDS]
    rows += [(mode, t, f) for mode in (BOTH, BOTH_OLD) for f in BOTH_GRID[1] for t in BOTH_GRID[0]]
    return rows


def tally(counts: Tally, set_name: str, scored: OldText, kept: list[float]) -> None:
    """Each mode's triples on one text, counted against its gold."""
    for mode, learned_at, filter_at in modes():
        triples = {f.triple for f, p in zip(scored.facts, kept, strict=True) if p >= filter_at}
        learned = (
            scored.learned_old if "(old)" in mode else scored.learned_nearest if mode == NEAREST else scored.learned
        )
        triples |= {t for t, p in learned if p >= learned_at}
        sums = counts.setdefault((set_name, mode, learned_at, filter_at), [0, 0, 0])
        for i, v in enumerate((len(triples & scored.gold), len(triples), len(scored.gold))):
            sums[i] += v


def evaluate_sets(
    sets: Sequence[UnseenSet],
    candidates: dict[str, Path],
    collected: dict[str, list[tuple[list[str], str]]],
    linker: Linker,
    only: set[str] | None = None,
    added: dict[str, tuple[list[Addition], list[Addition]]] | None = None,
    seed: int = 12,
) -> Tally:
    """Leave one set out: the learned stage trained on every other development text, the filter on the old
    candidates of every other set; both applied to the old candidates of the set left out. ``added``, when
    given, receives per set the learned stage's additions (by today's model, by the old candidates' model)."""
    onto = hierarchy()
    loaded: dict[str, list[tuple[OldText, Candidates, list[tuple[int, int, list[Found]]]]]] = {
        s.name: [load_old(t, candidates[t.stem], linker, onto) for t in s.texts] for s in sets
    }
    counts: Tally = {}
    for unseen in sets:
        if only and unseen.name not in only:
            continue
        left_out = {t.stem for t in unseen.texts}
        model = train([e for name in sorted(collected) if name not in left_out for e in collected[name]], seed=seed)
        facts = [(f.features, RIGHT if f.triple in scored.gold else NONE)
                 for other in sets if other.name != unseen.name
                 for scored, _, _ in loaded[other.name] for f in scored.facts]  # fmt: skip
        filter_model = train(facts, seed=seed) if facts else None
        pairs = [e for other in sets if other.name != unseen.name for scored, _, _ in loaded[other.name]
                 for e in scored.examples]  # fmt: skip
        model_old = train(pairs, seed=seed) if pairs else None
        for scored, view, grouped in loaded[unseen.name]:
            scored.learned = add_learned(scored, view, grouped, model, linker, onto)
            scored.learned_nearest = add_learned(scored, view, grouped, model, linker, onto, nearest=True)
            scored.additions = record_additions(scored, view, grouped, model, linker, onto)
            if model_old is not None:
                scored.learned_old = add_learned(scored, view, grouped, model_old, linker, onto)
                scored.additions_old = record_additions(scored, view, grouped, model_old, linker, onto)
            kept = [right_probability(filter_model, f.features) if filter_model else 1.0 for f in scored.facts]
            tally(counts, unseen.name, scored, kept)
            if added is not None:
                mine, old = added.setdefault(unseen.name, ([], []))
                mine += scored.additions
                old += scored.additions_old
    return counts


def pooled(counts: Tally, mode: str, learned_at: float, filter_at: float, names: Iterable[str]) -> tuple[int, ...]:
    sums = [0, 0, 0]
    for name in names:
        for i, v in enumerate(counts.get((name, mode, learned_at, filter_at), (0, 0, 0))):
            sums[i] += v
    return tuple(sums)


def prf(true: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = true / predicted if predicted else 0.0
    r = true / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def pooled_table(counts: Tally, names: Sequence[str]) -> list[str]:
    lines = ["| relations from | learned ≥ | filter ≥ | P | R | F1 | true / predicted / gold | vs old rules: "
             "right / false |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    base = pooled(counts, RULES, OFF, 0.0, names)
    for mode, learned_at, filter_at in modes():
        true, predicted, gold = pooled(counts, mode, learned_at, filter_at, names)
        p, r, f1 = prf(true, predicted, gold)
        change = "—" if mode == RULES else f"{true - base[0]:+d} / {predicted - true - (base[1] - base[0]):+d}"
        shown_l = "—" if learned_at > 1 else f"{learned_at:.2g}"
        shown_f = "—" if filter_at == 0 else f"{filter_at:.2g}"
        lines.append(f"| {mode} | {shown_l} | {shown_f} | {p:.3f} | {r:.3f} | {f1:.3f} | "
                     f"{true} / {predicted} / {gold} | {change} |")  # fmt: skip
    return lines


def best_row(
    counts: Tally, names: Sequence[str], precision: float = TARGET_PRECISION
) -> tuple[str, float, float] | None:
    """The second-stage row of best F1 above the old rules' F1 with a precision of ``precision`` or more."""
    floor = prf(*pooled(counts, RULES, OFF, 0.0, names))[2]
    best: tuple[str, float, float] | None = None
    for row in modes()[1:]:
        p, _, f1 = prf(*pooled(counts, row[0], row[1], row[2], names))
        if p >= precision and f1 > floor:
            best, floor = row, f1
    return best


def set_table(counts: Tally, sets: Sequence[UnseenSet], row: tuple[str, float, float]) -> list[str]:
    mode, learned_at, filter_at = row
    title = f"{mode} (learned ≥ {learned_at:.2g}, filter ≥ {filter_at:.2g})"
    lines = [
        f"| set | commit | texts | gold | old rules P / R / F1 | {title} P / R / F1 |",
        "|---|---|---|---|---|---|",
    ]
    for s in sets:
        if (s.name, RULES, OFF, 0.0) not in counts:
            continue
        rules = prf(*pooled(counts, RULES, OFF, 0.0, [s.name]))
        other = prf(*pooled(counts, mode, learned_at, filter_at, [s.name]))
        gold = pooled(counts, RULES, OFF, 0.0, [s.name])[2]
        lines.append(f"| {s.name} | `{s.commit}` | {len(s.texts)} | {gold} | "
                     + " / ".join(f"{v:.2f}" for v in rules) + " | " + " / ".join(f"{v:.2f}" for v in other) + " |")  # fmt: skip
    return lines


def cached_examples(extractor: RuleExtractor, corpus: Path = CORPUS, cache: Path = CACHE) -> dict[str, list[Example]]:
    """Today's training pairs of every development text (``bench.extract_learned.all_examples``), cached
    under a key of the package's sources and the corpus (minutes of extraction on a busy machine)."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src" / "spacekg").rglob("*")) + sorted(corpus.glob("*.*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".tsv", ".yaml", ".json"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    stored = cache / f"examples-{digest.hexdigest()[:16]}.json"
    if stored.exists():
        loaded: dict[str, list[list[Any]]] = json.loads(stored.read_text(encoding="utf-8"))
        return {name: [(found, label) for found, label in pairs] for name, pairs in loaded.items()}
    collected = all_examples(extractor, corpus)
    cache.mkdir(parents=True, exist_ok=True)
    stored.write_text(json.dumps(collected), encoding="utf-8")
    return collected


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_unseen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated sets to score (default: every set with an adding commit)")
    parser.add_argument("--levers", action="store_true", help="also the levers over the learned stage's additions "
                        "(bench.unseen_levers), each row with its thresholds chosen on the other sets")  # fmt: skip
    parser.add_argument("--seed", type=int, default=12, help="the training's seed (12: the shipped weights')")
    args = parser.parse_args()
    sets = unseen_sets()
    candidates: dict[str, Path] = {}
    for unseen in sets:
        candidates.update(cached_candidates(unseen))
    extractor = RuleExtractor(load_dataset([ROOT / "data" / "facts"]))
    collected = cached_examples(extractor)
    only = set(args.sets.split(",")) if args.sets else None
    added: dict[str, tuple[list[Addition], list[Addition]]] = {}
    counts = evaluate_sets(sets, candidates, collected, extractor.linker, only, added, args.seed)
    names = [s.name for s in sets if (s.name, RULES, OFF, 0.0) in counts]
    texts = sum(len(s.texts) for s in sets if s.name in names)
    print(f"## Relations on {len(names)} sets once unseen ({', '.join(names)}; {texts} texts), candidates by the "
          "rules of each set's adding commit\n")  # fmt: skip
    print("\n".join(pooled_table(counts, names)) + "\n")
    best = best_row(counts, names)
    if best is None:
        print(f"No second stage raises the old rules' F1 at a precision of {TARGET_PRECISION:.2f} or more.\n")
        best = max(modes()[1:], key=lambda row: prf(*pooled(counts, row[0], row[1], row[2], names))[2])
        print("Per set, the old rules and the second-stage row of best F1 (any precision):\n")
    else:
        print(f"Per set, the old rules and the row of best F1 at a precision of {TARGET_PRECISION:.2f} or more:\n")
    print("\n".join(set_table(counts, sets, best)))
    if args.levers:
        base = {name: (lambda t: (t[0], t[1], t[2]))(pooled(counts, RULES, OFF, 0.0, [name])) for name in names}
        rows = lever_rows({n: added[n][0] for n in names}, {n: added[n][1] for n in names if added[n][1]})
        print("\n## Levers over the learned stage's additions, thresholds chosen on the other sets\n")
        print("\n".join(lever_table(rows, base)))


if __name__ == "__main__":
    main()
