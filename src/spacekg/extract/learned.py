"""A learned relation stage: for the pairs of a sentence's mentions that the
rules left unrelated, a multinomial logistic regression over general features
(the mentions' classes, their order and distance, the words between and
around them) proposes a relation when its probability passes a threshold.

The weights are trained by this project on the development texts' gold
(``python -m bench.extract_learned --write``) and shipped as
``lexicon/relations-model.tsv``; pure Python, deterministic (a fixed seed and
order), no download. A learned fact still has to fit the relation's domain
and range, and the modality reading of the rules applies: a negated clause
never gives a positive fact.
"""

from __future__ import annotations

import functools
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacekg.core.resources import lexicon_text
from spacekg.extract.base import Candidates, Found
from spacekg.extract.literals import which
from spacekg.extract.modality import NEGATION, modality, undecided
from spacekg.extract.patterns import SIGNATURES
from spacekg.extract.relations import ALL_CUES, CUE_PATTERNS

NONE = "NONE"
# The relations the stage proposes: the rules' signatures, and a person's affiliation.
RELATIONS = (*sorted(SIGNATURES), "affiliatedWith")
MODEL_FILE = "relations-model.tsv"
# The stage's configuration (``--relations rules+learned``): neighbouring mentions only (no other mention between
# the two, see ``across``) at 0.97. Fixed before the v24 texts were scored: on them, while unseen, +3 right and
# no false relation for each of three training seeds; on v25, the set after, no right and 3 false; so the stage
# is off by default (docs/extraction.md, "The learned stage on two sets it never met").
DEFAULT_THRESHOLD = 0.97
NEAREST = True
# A learned fact's confidence: the share of the stage's additions that were right on the 22 sets while unseen
# (36 of 47), not the model's probability (0.97 or more, over-confident on new prose).
LEARNED_CONFIDENCE = 0.77
# Pairs further apart than this many words are not looked at (the work stays linear in the sentence).
MAX_GAP_WORDS = 24
MAX_MENTIONS_AHEAD = 8
# The classes a mention is described by, most specific first (the linker's class test).
CLASSES = ("Person", "Country", "SpaceAgency", "GovernmentBody", "InternationalOrganization", "Organization",
           "Mission", "Program", "Station", "Document", "Facility", "Place", "Event")  # fmt: skip
TOKEN = re.compile(r"[a-z][a-z'’-]*|\d+|[,;:()\"“”–—&]|<[A-Za-z]+>")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
RELATIVE = frozenset({"which", "who", "whom", "whose", "that"})
MODAL = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|plans?|planned|planning|intends?|intended|aims?|aimed|hopes?|"
    r"expects?|expected|proposed|wants?|seeks?|sought|to\s+be|set\s+to|due\s+to)\b|['’]ll\b"
)
QUOTE = re.compile(r"[\"“”]")
SAYS = re.compile(r"\b(?:said|says|told|stated|added|according\s+to|announced|noted)\b")
# The words a question opens with ('Is A a member of B?', 'Which agencies signed it?').
QUESTION = re.compile(
    r"[\"“‘'(\s]*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|"
    r"who|whom|whose|what|which|when|where|why|how)\b",
    re.IGNORECASE,
)
SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "ed", "es", "er", "s")
# Words that are no verb of their own in a verb group ('has also signed', 'was then run by'), for the verb-like word.
AUXILIARY = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "been", "be",
                       "now", "to", "not"})  # fmt: skip


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem by suffix stripping ('signed', 'signs', 'signing' → 'sign')."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def label_of(relation: str, forward: bool, symmetric: bool) -> str:
    """A label: the relation and its direction in text order ('>' when the first mention is the subject)."""
    return relation if symmetric else relation + (">" if forward else "<")


def parse_label(label: str) -> tuple[str, bool]:
    """The relation of a label and whether the first mention is its subject."""
    if label.endswith(">") or label.endswith("<"):
        return label[:-1], label.endswith(">")
    return label, True


def _bucket(count: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12")):
        if count <= limit:
            return name
    return "13+"


class Classes:
    """A mention's class by the linker's class test, cached per entity (or per new type)."""

    def __init__(self, is_: Any) -> None:
        self.is_ = is_
        self.known: dict[tuple[bool, str], str] = {}

    @staticmethod
    def key(mention: Found) -> tuple[bool, str]:
        """What a mention's classes depend on: a new entity's type, a known entity's id."""
        return (mention.new, mention.type if mention.new else mention.entity)

    def __call__(self, mention: Found) -> str:
        key = self.key(mention)
        found = self.known.get(key)
        if found is None:
            found = next((c for c in CLASSES if self.is_(mention, c)), "Other")
            self.known[key] = found
        return found


def pairs(text: str, mentions: Sequence[Found]) -> list[tuple[Found, Found]]:
    """Ordered pairs (in text order) of mentions of distinct entities, the closest
    pair per two entities, at most ``MAX_GAP_WORDS`` words apart."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    best: dict[tuple[str, str], tuple[int, Found, Found]] = {}
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 : i + 1 + MAX_MENTIONS_AHEAD]:
            if second.start < first.end or second.entity == first.entity:
                continue
            gap = len(WORD.findall(text, first.end, second.start))
            if gap > MAX_GAP_WORDS:
                break
            key = (min(first.entity, second.entity), max(first.entity, second.entity))
            if key not in best or gap < best[key][0]:
                best[key] = (gap, first, second)
    return [(a, b) for _, a, b in sorted(best.values(), key=lambda item: (item[1].start, item[2].start))]


JOINED = re.compile(r"\s*(?:,|and|or|&|as\s+well\s+as|,\s*and|,\s*or)\s*(?:the\s+)?", re.IGNORECASE)
# entity -> (relation, the other entity, whether the entity is the subject) of the rules' plain facts in a sentence
Stated = dict[str, list[tuple[str, str, bool]]]


def coordinated(text: str, mentions: Sequence[Found]) -> dict[int, list[Found]]:
    """For each mention (by id), the others in its coordination ('A, B and C')."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    groups: list[list[Found]] = []
    for mention in ordered:
        last = groups[-1][-1] if groups else None
        if last is not None and last.end <= mention.start and JOINED.fullmatch(text, last.end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return {id(m): [o for o in group if o is not m] for group in groups for m in group}


def stated_features(first: Found, second: Found, stated: Stated, joined: dict[int, list[Found]]) -> list[str]:
    """A name coordinated with another that the rules relate to the pair's other mention: 'A and B
    signed X' with only A's signing found says something of B. (Only this: what the rules found for the
    mention itself is no feature, or the model would learn to trust only what the rules already find.)"""
    found: list[str] = []
    for other in joined.get(id(second), ()):
        found += [f"C2={r}{'>' if s else '<'}" for r, o, s in stated.get(first.entity, ()) if o == other.entity]
    for other in joined.get(id(first), ()):
        found += [f"C1={r}{'<' if s else '>'}" for r, o, s in stated.get(second.entity, ()) if o == other.entity]
    return found


def features(
    text: str,
    span: tuple[int, int],
    first: Found,
    second: Found,
    mentions: Sequence[Found],
    kind: Classes,
    stated: Stated | None = None,
    joined: dict[int, list[Found]] | None = None,
) -> list[str]:
    """The features of a pair of mentions in a sentence: general, never an entity's id or name."""
    start, end = span
    t1, t2 = kind(first), kind(second)
    types = f"{t1}>{t2}"
    # The words between, other mentions replaced by their class.
    pieces: list[str] = []
    at = first.end
    between = [m for m in mentions if m.start >= first.end and m.end <= second.start and m is not first]
    for m in sorted(between, key=lambda m: m.start):
        if m.start < at:
            continue
        pieces += [text[at : m.start].lower(), f" <{kind(m)}> "]
        at = m.end
    pieces.append(text[at : second.start].lower())
    gap_text = "".join(pieces)
    tokens = TOKEN.findall(gap_text)
    words = [t for t in tokens if t[0].isalpha() or t[0] == "<"]
    found = [f"T={types}", f"T1={t1}", f"T2={t2}", f"D={_bucket(len(words))}", f"TD={types}|{_bucket(len(words))}"]
    found += [f"w={w}" for w in words] + [f"s={stem(w)}" for w in words]
    if words:
        found += [f"f={words[0]}", f"l={words[-1]}", f"Tf={types}|{stem(words[0])}", f"Tl={types}|{stem(words[-1])}"]
        if len(words) > 1:
            found += [f"l2={words[-2]} {words[-1]}", f"f2={words[0]} {words[1]}"]
    else:
        found += ["empty", f"Tempty={types}|{''.join(text[first.end : second.start].split())[:2]}"]
    before = WORD.findall(text, max(start, first.start - 40), first.start)
    after = WORD.findall(text, second.end, min(end, second.end + 40))
    found.append(f"b={before[-1].lower() if before else '<s>'}")
    found.append(f"a={after[0].lower() if after else '</s>'}")
    if after:
        found.append(f"Ta={types}|{stem(after[0].lower())}")
    if len(after) > 1:
        found.append(f"a2={after[0].lower()} {after[1].lower()}")
    flags = {
        "mention-between": bool(between),
        "relative": any(w in RELATIVE for w in words),
        "comma": "," in tokens,
        "by": "by" in words,
        "negation": NEGATION.search(gap_text) is not None,
        "modal": MODAL.search(gap_text) is not None,
        "semicolon": ";" in tokens,
        "colon": ":" in tokens,
        "parenthesis": "(" in tokens or ")" in tokens,
        "dash": "–" in tokens or "—" in tokens,
        "possessive": gap_text.startswith(("'s", "’s")),
        "quoted": QUOTE.search(text, start, end) is not None,
        "says": SAYS.search(text, start, end) is not None,
        "negated-before": NEGATION.search(text, max(start, first.start - 30), first.start) is not None,
        "first-anaphor": first.rule == "anaphor",
        "second-anaphor": second.rule == "anaphor",
        "first-new": first.new,
        "second-new": second.new,
    }
    found += [name for name, on in flags.items() if on]
    # the rules' cue words found between the two (a verb of signing, joining, leading …), by relation
    cues = [ALL_CUES[i][1] for i in which(CUE_PATTERNS, gap_text) if CUE_PATTERNS[i].search(gap_text)]
    found += [f"cue={c}" for c in cues] + [f"Tcue={types}|{c}" for c in cues]
    found += conjunctions(types, words)
    if stated is not None and joined is not None:
        found += stated_features(first, second, stated, joined)
    return list(dict.fromkeys(found))


def conjunctions(types: str, words: Sequence[str]) -> list[str]:
    """Features joined with the class pair: the word before a passive's 'by' ('built by', 'signed by'),
    and the verb-like words nearest the first and the second mention (ending in -ed, -s or -ing, or a
    relative pronoun; auxiliaries skipped): 'Country>Document|sign', 'Organization>Mission|built'."""
    found: list[str] = []
    if "by" in words and (at := words.index("by")) > 0:
        found += [f"by={stem(words[at - 1])}", f"Tby={types}|{stem(words[at - 1])}"]
    verbs = [
        w for w in words if w[0] != "<" and w not in AUXILIARY and (w.endswith(("ed", "s", "ing")) or w in RELATIVE)
    ]
    if verbs:
        found += [f"Tv1={types}|{stem(verbs[0])}", f"Tv2={types}|{stem(verbs[-1])}"]
    return found


def fits(relation: str, subject: Found, obj: Found, is_: Any) -> bool:
    """Whether the classes of a fact's ends are ones the relation takes (the rules' signatures; a person
    is affiliated with an organization or a country; nobody takes part in or leads a person or a country)."""
    if relation == "affiliatedWith":
        return bool(is_(subject, "Person") and is_(obj, "Agent") and not is_(obj, "Person"))
    if relation not in SIGNATURES:
        return False
    domain, range_ = SIGNATURES[relation]
    if not is_(subject, domain):
        return False
    if relation in ("participatesIn", "leads"):
        return not is_(obj, "Person") and not is_(obj, "Country") and bool(is_(obj, range_) or is_(obj, "Station"))
    return bool(is_(obj, range_))


@dataclass
class Model:
    """Multinomial logistic regression: a weight per (feature, label) and a bias per label."""

    labels: tuple[str, ...]
    bias: list[float]
    weights: dict[str, list[float]] = field(default_factory=dict)

    @functools.cached_property
    def sparse(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """Each feature's weights that are not zero (pruned weights are many): fewer additions."""
        return {name: tuple((i, w) for i, w in enumerate(row) if w) for name, row in self.weights.items()}

    def probabilities(self, found: Iterable[str]) -> list[float]:
        scores = list(self.bias)
        sparse = self.sparse
        for name in found:
            for index, weight in sparse.get(name, ()):
                scores[index] += weight
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def best(self, found: Iterable[str]) -> tuple[str, float]:
        probabilities = self.probabilities(found)
        index = max(range(len(probabilities)), key=lambda i: (probabilities[i], -i))
        return self.labels[index], probabilities[index]

    def to_tsv(self, header: str = "") -> str:
        """One line per feature: its weights that are not zero, as label number:weight."""
        rows = [f"# {line}\n" for line in header.splitlines()]
        rows.append(
            "# <labels> names the labels (numbered from 0), <bias> is each label's bias; then one line a feature:\n"
        )
        rows.append("# the feature, then label number:weight for each weight not pruned.\n")
        rows.append("<labels>\t" + "\t".join(self.labels) + "\n")
        rows.append("<bias>\t" + " ".join(f"{i}:{b:g}" for i, b in enumerate(self.bias)) + "\n")
        for name in sorted(self.weights):
            rows.append(f"{name}\t" + " ".join(f"{i}:{w:g}" for i, w in enumerate(self.weights[name]) if w) + "\n")
        return "".join(rows)

    @classmethod
    def from_tsv(cls, text: str) -> Model | None:
        labels: tuple[str, ...] = ()
        bias: list[float] = []
        weights: dict[str, list[float]] = {}
        for line in text.splitlines():
            if not line or line.startswith("# "):
                continue
            name, cells = line.split("\t", 1)
            if name == "<labels>":
                labels = tuple(cells.split("\t"))
                continue
            row = [0.0] * len(labels)
            for cell in cells.split():
                index, weight = cell.split(":")
                row[int(index)] = float(weight)
            if name == "<bias>":
                bias = row
            else:
                weights[name] = row
        return cls(labels, bias, weights) if labels else None


def shipped() -> Model | None:
    """The weights shipped with the package (``lexicon/relations-model.tsv``), or None when absent."""
    return Model.from_tsv(lexicon_text(MODEL_FILE))


def train(
    examples: Sequence[tuple[list[str], str]],
    epochs: int = 10,
    rate: float = 0.3,
    l2: float = 1e-4,
    seed: int = 12,
    min_count: int = 2,
    prune: float = 0.05,
    average: int = 5,
) -> Model:
    """Stochastic gradient descent on the log loss with L2, in a fixed shuffled order: deterministic.
    The weights kept are the mean of those after each of the last ``average`` epochs (averaged SGD:
    less dependent on the order of the last examples seen). Features seen in fewer than ``min_count``
    examples are left out, and weights under ``prune`` dropped (a small file, and no weight learnt from
    one sentence)."""
    seen: dict[str, int] = {}
    for found, _ in examples:
        for name in found:
            seen[name] = seen.get(name, 0) + 1
    examples = [([n for n in found if seen[n] >= min_count], label) for found, label in examples]
    labels = tuple(sorted({label for _, label in examples} | {NONE}))
    index = {label: i for i, label in enumerate(labels)}
    size = len(labels)
    bias = [0.0] * size
    weights: dict[str, list[float]] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    average = max(1, min(average, epochs))
    mean_bias = [0.0] * size
    mean: dict[str, list[float]] = {}
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for position in order:
            found, label = examples[position]
            rows = [weights.setdefault(name, [0.0] * size) for name in found]
            scores = [sum(column) for column in zip(bias, *rows, strict=True)]  # bias + each row, in order
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            gradient = [e / total for e in exp]
            gradient[index[label]] -= 1.0
            active = [(k, g) for k, g in enumerate(gradient) if g > 1e-4 or g < -1e-4]
            for k, g in active:
                bias[k] -= step * g
            for row in rows:
                for k, g in active:
                    row[k] -= step * (g + l2 * row[k])
        if epoch >= epochs - average:
            mean_bias = [m + b / average for m, b in zip(mean_bias, bias, strict=True)]
            for name, row in weights.items():
                kept_row = mean.setdefault(name, [0.0] * size)
                for k, w in enumerate(row):
                    kept_row[k] += w / average
    bias, weights = mean_bias, mean
    rounded = {name: [round(w, 2) for w in row] for name, row in weights.items()}
    kept = {name: [w if abs(w) >= prune else 0.0 for w in row] for name, row in rounded.items()}
    kept = {name: row for name, row in kept.items() if any(row)}
    return Model(labels, [round(b, 2) for b in bias], kept)


@dataclass
class Pair:
    """A pair of mentions in one sentence, with its features (recorded for training)."""

    sentence: tuple[int, int]
    first: Found
    second: Found
    features: list[str]
    related: bool = False  # the rules stated a fact (or a claim) between the two in this sentence


class LearnedRelations:
    """The stage: remembers each sentence's mentions during extraction, then
    adds a fact for each pair the rules left unrelated whose most probable label
    is a relation at ``threshold`` or more. With ``record``, it only keeps the
    pairs and their features (for training) and adds nothing. With
    ``everywhere`` (to measure the model alone), the pairs the rules related
    get a learned fact too, marked ``beside_rules: False``. With ``nearest``,
    only neighbours are related: no learned fact across a third mention."""

    def __init__(
        self,
        model: Model | None,
        threshold: float = DEFAULT_THRESHOLD,
        record: bool = False,
        everywhere: bool = False,
        nearest: bool = NEAREST,
    ) -> None:
        self.model = model
        self.threshold = threshold
        self.record = record
        self.everywhere = everywhere
        self.nearest = nearest
        self.recorded: list[Pair] = []

    def add(self, candidates: Candidates, sentences: list[tuple[int, int, list[Found]]], is_: Any) -> None:
        """Learned facts for the sentences of one text (spans and their mentions), after every rule ran."""
        text = candidates.text
        kind = Classes(is_)
        related: set[tuple[int, str, str]] = set()
        for fact in candidates.facts:
            for evidence in fact["evidence"]:
                related.add((evidence[0], fact["subject"], fact["object"]))
                related.add((evidence[0], fact["object"], fact["subject"]))
        for claim in candidates.claims:
            proposition = claim.get("proposition")
            if isinstance(proposition, dict):
                for evidence in claim["evidence"]:
                    for s, _, _ in sentences:
                        if evidence[0] <= s < evidence[1]:
                            related.add((s, proposition["subject"], proposition["object"]))
                            related.add((s, proposition["object"], proposition["subject"]))
        stated: dict[int, Stated] = {}
        for fact in candidates.facts:
            if not fact.get("modality"):
                at = fact["evidence"][0][0]
                stated.setdefault(at, {}).setdefault(fact["subject"], []).append(
                    (fact["relation"], fact["object"], True)
                )
                stated.setdefault(at, {}).setdefault(fact["object"], []).append(
                    (fact["relation"], fact["subject"], False)
                )
        possible: dict[tuple[tuple[bool, str], tuple[bool, str]], bool] = {}
        for start, end, mentions in sentences:
            joined = coordinated(text, mentions)
            for first, second in pairs(text, mentions):
                if not self.record:
                    # two names no relation takes either way round (two persons, a place and a treaty): no question
                    key = (kind.key(first), kind.key(second))
                    if key not in possible:
                        possible[key] = any(
                            fits(r, a, b, is_) for r in RELATIONS for a, b in ((first, second), (second, first))
                        )
                    if not possible[key]:
                        continue
                found = features(text, (start, end), first, second, mentions, kind, stated.get(start, {}), joined)
                if self.record:
                    self.recorded.append(Pair((start, end), first, second, found,
                                              (start, first.entity, second.entity) in related))  # fmt: skip
                    continue
                beside = (start, first.entity, second.entity) not in related
                if self.model is None or not (beside or self.everywhere):
                    continue
                label, probability = self.model.best(found)
                if label == NONE or probability < self.threshold:
                    continue
                relation, forward = parse_label(label)
                subject, obj = (first, second) if forward else (second, first)
                if not fits(relation, subject, obj, is_) or self.unasserted(text, (start, end), first, second):
                    continue
                if self.nearest and self.across(first, second, mentions):
                    continue
                said = self.modality(text, (start, end), first, second)
                if said == "negated" or said == "undecided":
                    continue  # a negated statement never becomes a positive fact
                entry: dict[str, Any] = {"subject": subject.entity, "relation": relation, "object": obj.entity,
                                         "evidence": [[start, end]], "confidence": LEARNED_CONFIDENCE,
                                         "at": (subject.start, subject.end), "rule": "learned",
                                         "probability": round(probability, 2)}  # fmt: skip
                if said:
                    entry["modality"] = said
                if self.everywhere:
                    entry["beside_rules"] = beside
                candidates.facts.append(entry)

    @staticmethod
    def unasserted(text: str, span: tuple[int, int], first: Found, second: Found) -> bool:
        """Whether the two stand where a sentence states nothing of them together: across a semicolon
        (two clauses, or two items of a list), or in a question ('Is A a member of B?'; the clause from
        the sentence's start or its last colon before the pair, to a question mark with no colon before it)."""
        start, end = span
        if ";" in text[first.end : second.start]:
            return True
        mark = text.find("?", second.end, end)
        if mark < 0 or ":" in text[second.end : mark]:
            return False
        opening = text.rfind(":", start, first.start) + 1 or start
        return QUESTION.match(text, opening, first.start) is not None

    @staticmethod
    def across(first: Found, second: Found, mentions: Sequence[Found]) -> bool:
        """Whether another mention stands between the two ('A of X, B of Y': A and Y; 'A, a pilot of X who
        flew with B': X and B). On prose the rules had not seen (``bench.extract_unseen``, at 0.95), the
        stage's additions across a third name are false four times in ten, between neighbours three: a bag
        of words cannot tell which of the names in a list or an apposition the words between bind."""
        return any(m.start >= first.end and m.end <= second.start for m in mentions if m is not first)

    @staticmethod
    def modality(text: str, span: tuple[int, int], first: Found, second: Found) -> str | None:
        """The rules' modality reading, the words between the mentions as the verb group; 'negated'
        also when a negation stands between them or right before the first."""
        start, end = span
        sentence = text[start:end]
        cue = (second.start - start, second.start - start)  # the verb group: the words up to the second name
        if NEGATION.search(text, first.end, second.start) or NEGATION.search(
            text, max(start, first.start - 30), first.start
        ):
            return "negated"
        if undecided(sentence, cue[0]):
            return "undecided"
        return modality(sentence, (first.start - start, first.end - start), cue)
