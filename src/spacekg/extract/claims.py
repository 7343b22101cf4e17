"""Claims: what someone says or how they stand — opposition (``opposed``,
``rejected``), openness (``open to``) and reported speech (``said``) with
its speaker."""

from __future__ import annotations

from spacekg.extract.base import Candidates
from spacekg.extract.patterns import OPEN_TO, OPPOSE, SAID
from spacekg.extract.relations import SentenceView


def claims(view: SentenceView, candidates: Candidates) -> None:
    sentence, span = view.sentence, view.span
    is_, before, after, group = view.is_, view.before, view.after, view.group
    for match in OPPOSE.finditer(sentence):
        for subject in group([m for m in before(match.start()) if is_(m, "Agent")], True):
            for obj in group(after(match.end()), False):
                candidates.claims.append(
                    {"speaker": subject.entity, "opposes": obj.entity, "evidence": [span], "confidence": 0.4}
                )
    for match in OPEN_TO.finditer(sentence):
        subjects, objects = (
            before(match.start()),
            group([m for m in after(match.end()) if is_(m, "Agent")], False),
        )
        program = next((m for m in reversed(subjects) if is_(m, "Program")), None)
        speakers = [m for m in subjects if m is not program and is_(m, "Agent")]
        for obj in objects:
            if program is not None:
                candidates.claims.append({"speaker": [s.entity for s in speakers] or [program.entity], "proposition":
                                          {"subject": program.entity, "relation": "openTo", "object": obj.entity},
                                          "evidence": [span], "confidence": 0.5})  # fmt: skip
    for match in SAID.finditer(sentence):
        near = [m for m in view.mentions if is_(m, "Agent")]
        if not near:
            continue
        speaker = min(near, key=lambda m: abs(m.start - (view.start + match.start())))
        candidates.claims.append({"speaker": speaker.entity, "evidence": [span], "confidence": 0.6})
