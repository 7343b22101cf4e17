"""One claim for one voice in one sentence (speakers26).

A speaker who says two things in one sentence, with two speech verbs joined, makes one claim when neither part
states a relation the ontology has (GUIDELINES.md: "X warned that …, but he insisted that …" in one sentence is
one claim)::

    Jane Example told reporters that the lander was lost, and she insisted that the agency would try again.
    Jane Example said the lander was lost, but she warned that the data would take years to study.

Every speech verb the claim shapes read gives its own claim, so such a sentence gave two claims with the same
speaker, the same evidence and no proposition: the second one is dropped (its ``about`` joins the first). A claim
with a proposition is one claim per relation in the manual and stays as it is; so do two speakers' claims on one
sentence, and one speaker's claims over different evidence (a quotation and the sentence after it).
"""

from __future__ import annotations

from typing import Any


def one_claim_per_voice(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims with each bare repeat (same speaker, same evidence, same stance, no proposition) dropped."""
    kept: list[dict[str, Any]] = []
    first: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for claim in claims:
        if "proposition" in claim:
            kept.append(claim)
            continue
        key = (
            repr(claim.get("speaker")),
            repr(claim.get("evidence")),
            str(claim.get("stance")),
            str(claim.get("target")),
        )
        earlier = first.get(key)
        if earlier is None:
            first[key] = claim
            kept.append(claim)
            continue
        about = [*earlier.get("about", []), *(a for a in claim.get("about", []) if a not in earlier.get("about", []))]
        if about:
            earlier["about"] = about
    return kept
