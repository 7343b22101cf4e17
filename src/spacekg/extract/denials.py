"""Denials the relation rules cannot read off a subject before a verb: a quantified subject standing for a list
named before it ('Egypt, Ethiopia and Iran joined BRICS, but none of them has signed the agreement'; 'A and B are
members of X; neither has joined Y'), and having no share in something ('South Africa has no satellite in it',
'Kenya has no instrument on the Gateway'). Each gives a ``negated`` fact per subject (GUIDELINES: "none of them
has signed the agreement" is `signs` `negated` for each; "has no satellite in it" is `participatesIn`
`negated`, like "has no instrument on board"). A negated fact is never asserted, so a wrong subject here costs
no false fact in the graph."""

from __future__ import annotations

import re
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.patterns import CUES, SIGNATURES

# 'but none of them has', 'neither has', '; none of these countries had', 'Not one of them is': the quantifier,
# then the verb group's auxiliary (so that 'Neither India nor Japan' is left to the coordination rules).
NONE_OF = re.compile(
    r"(?:^|[,;]\s*(?:(?:but|and|yet|while|though)\s+)?|\b(?:but|and|yet)\s+)"
    r"(?P<q>[Nn]one|[Nn]either|[Nn]ot\s+one)"
    r"(?:\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:countries|states|nations|agencies|members|companies|"
    r"newcomers|signatories|partners|others|bodies|governments)))?"
    r"\s+(?P<aux>has|have|had|is|are|was|were|did|does|do|will|would|could)\b"
)
# Words after the auxiliary before the verb: 'has yet signed', 'has so far joined', 'has ever taken part'.
FILLER = re.compile(r"(?:\s+(?:yet|ever|so\s+far|since|also|formally|officially|actually))*\s+")
# 'has no satellite in it', 'have no instruments on the Gateway', 'had no astronaut aboard the station'.
NO_SHARE = re.compile(
    r"\b(?:has|have|had)\s+no\s+(?:[a-z-]+\s+)?(?:satellites?|instruments?|payloads?|hardware|astronauts?|"
    r"cosmonauts?|experiments?|modules?|spacecraft|share|stake|role)\s+(?:in|on|aboard|on\s+board|of|inside)\s+"
    r"(?:the\s+|it\b)?"
)
SUBJECT_GAP = re.compile(r"\s*(?:,\s*|\s+)(?:and\s+|or\s+)?(?:the\s+)?")
CLAUSE_END = re.compile(r"[;.]|,\s+(?:but|and|while|although)\s+")
# ', but withdrew', 'but later pulled out': the subject gave up what it had agreed to do.
WITHDREW = re.compile(
    r",?\s+but\s+(?:(?:later|then|soon|eventually|in\s+\d{4})\s+)?(?:withdrew|pulled\s+out|backed\s+out|dropped\s+out|"
    r"reneged|changed\s+(?:its|their|his|her)\s+mind)\b"
    # (not a withdrawal with an object of its own: 'was due to sign X but pulled out of the Y project')
    r"(?!\s+(?:of|from)\s+(?!it\b|them\b))"
)
JOINING = ("participatesIn", "memberOf", "signs")  # what 'joined' states, by the class of what is joined
REACH = 300  # how far back a sentence opening with 'None of them' looks for its list


def _listed(view: Any, mentions: list[Found]) -> list[Found]:
    """The first list of two names or more among ``mentions`` (agents joined by commas and 'and')."""
    index = 0
    while index < len(mentions):
        joined: list[Found] = view.group(mentions[index:], False)
        if len({m.entity for m in joined}) >= 2:
            return joined
        index += max(1, len(joined))
    return []


def _fact(view: Any, subject: Found, relation: str, obj: Found, cue: tuple[int, int], rule: str) -> dict[str, Any]:
    return {"subject": subject.entity, "relation": relation, "object": obj.entity, "evidence": [view.span],
            "confidence": 0.6, "at": (subject.start, subject.end), "rule": rule, "cue": cue,
            "modality": "negated"}  # fmt: skip


def _relation(view: Any, relation: str, obj: Found) -> str | None:
    """The relation a cue states of this object ('joined' a programme takes part, a body is a membership, a
    document is signed), or None when its class fits none."""
    options = (relation, *JOINING) if relation in JOINING else (relation,)
    for candidate in options:
        if view.is_(obj, SIGNATURES[candidate][1]) and not view.is_(obj, "Country") and not view.is_(obj, "Person"):
            return candidate
    return None


def _stated(view: Any, at: int) -> tuple[str, Found, tuple[int, int]] | None:
    """The relation, object and cue of the verb group at sentence offset ``at`` ('has signed the X'): the cue
    that starts it, and the first name after the cue in the clause whose class the relation takes."""
    sentence = view.sentence
    stop = CLAUSE_END.search(sentence, at)
    limit = stop.start() if stop else len(sentence)
    for cue, relation in CUES:
        match = cue.match(sentence, at)
        if match is None:
            continue
        after = [m for m in view.mentions if view.start + match.end() <= m.start < view.start + limit]
        for obj in after[:2]:
            kind = _relation(view, relation, obj)
            if kind is not None:
                return kind, obj, (view.start + match.start(), view.start + match.end())
    return None


def none_of_them(view: Any, candidates: Candidates, first_fact: int, history: list[Found]) -> None:
    """'A, B and C joined X, but none of them has signed Y': Y is signed by none of A, B, C (negated, each);
    'None of them has joined Y' at a sentence's start: the list of the sentence before."""
    sentence = view.sentence
    if not any(word in sentence for word in ("one", "either")):  # (a substring test first)
        return
    for match in NONE_OF.finditer(sentence):
        at = view.start + match.start("q")
        before = [m for m in view.mentions if m.end <= at and view.is_(m, "Agent") and m.rule != "anaphor"]
        if not before and match.start("q") == 0:
            before = [m for m in history if at - REACH <= m.start and m.end <= view.start and m.rule != "anaphor"
                      and view.is_(m, "Agent")]  # fmt: skip
        listed = _listed(view, before)
        if not listed:
            continue
        verb = FILLER.match(sentence, match.end("aux"))
        stated = _stated(view, verb.end() if verb else match.end("aux")) or _stated(view, match.start("aux"))
        if stated is None:
            continue
        relation, obj, cue = stated
        done = {(f["subject"], f["relation"], f["object"]) for f in candidates.facts[first_fact:]}
        for subject in listed:
            if subject.entity != obj.entity and (subject.entity, relation, obj.entity) not in done:
                candidates.facts.append(_fact(view, subject, relation, obj, cue, "none of them"))


def no_share(view: Any, candidates: Candidates, first_fact: int, history: list[Found]) -> None:
    """'South Africa has no satellite in it', 'Kenya has no instrument on the Gateway': the subject takes no part
    in what is named after (negated); 'it' is the programme or craft named last."""
    sentence = view.sentence
    if " no " not in sentence:
        return
    for match in NO_SHARE.finditer(sentence):
        subjects = [s for s in view.clause_subject(match.start(), "Agent") if not view.is_(s, "Person")]
        if not subjects:
            continue
        cue = (view.start + match.start(), view.start + match.end())
        if match.group(0).endswith("it"):
            # ('The constellation includes X. South Africa has no satellite in it': what the text is about, not X)
            salience = getattr(view, "salience", None)
            obj = salience.referent("it", cue[1], opening=False) if salience is not None else None
            obj = obj if obj is not None and view.is_(obj, "Program") else None
        else:
            obj = next((m for m in view.mentions if m.start >= cue[1] and view.is_(m, "Program")), None)
            if obj is not None and view.text[cue[1] : obj.start].strip(" ,"):
                obj = None  # the name right after, not one further on
        if obj is None:
            continue
        done = {(f["subject"], f["relation"], f["object"]) for f in candidates.facts[first_fact:]}
        for subject in subjects:
            if subject.entity != obj.entity and (subject.entity, "participatesIn", obj.entity) not in done:
                candidates.facts.append(_fact(view, subject, "participatesIn", obj, cue, "no share in it"))


def undone_plans(view: Any, candidates: Candidates, first_fact: int) -> None:
    """'Russia had agreed to join X but later withdrew from it', 'had at first agreed to build X, but withdrew': a
    plan the same sentence then reverses is a denial only (GUIDELINES: "had at first agreed to build …, but
    withdrew" is `negated`, no other fact); not a denial before a plan ('India has not joined X but plans to':
    both hold)."""
    facts = candidates.facts[first_fact:]
    if not facts:
        return
    denied = {(f["subject"], f["relation"], f["object"]): f["cue"][0] for f in facts
              if f.get("modality") == "negated" and "cue" in f}  # fmt: skip
    withdrew = WITHDREW.search(view.sentence) if "but" in view.sentence else None
    reversal = view.start + withdrew.start() if withdrew is not None else -1
    kept = []
    for fact in facts:
        if fact.get("modality") == "planned" and "cue" in fact:
            if fact["cue"][0] < denied.get((fact["subject"], fact["relation"], fact["object"]), -1):
                continue  # the denial after it says it all
            if fact["cue"][0] < reversal:
                fact["modality"] = "negated"
        kept.append(fact)
    candidates.facts[first_fact:] = kept
