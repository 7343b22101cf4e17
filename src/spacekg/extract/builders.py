"""One relation for a builder that also runs what it built (guidelines23).

Building a craft is taking part in it (GUIDELINES: 'built … for the mission', 'developed by'); running it is
leading it, and 'built and run by' is ``leads`` alone. When one sentence says both of one body ('ISRO built
Example-3 and operates it from Bengaluru', 'X built its own lander, Example-3'), the builders' reading gives way
to the runner's, unless the body built it with a partner ('managed by JPL, which designed the spacecraft together
with APL': JPL leads and, one of two builders, takes part).
"""

from __future__ import annotations

from typing import Any

# The rules that read building as taking part (relations.py, undertakings.py, roles.py, makers.py).
BUILDER_RULES = frozenset(
    {"builds a craft", "builder of a named craft", "built a craft named after", "builder of a described craft"}
)


def runners_built(facts: list[dict[str, Any]], first: int) -> None:
    """Drop, among ``facts[first:]`` (one sentence's), a builder's plain ``participatesIn`` where the same
    sentence has the body plainly lead the same thing and name no partner of it."""
    own = facts[first:]
    # (naming the craft is no running of it: 'JAXA built X, which it named Mio' leads and takes part; GUIDELINES)
    leads = {
        (f["subject"], f["object"])
        for f in own
        if f["relation"] == "leads" and not f.get("modality") and f.get("rule") != "named its mission"
    }
    partnered = {e for f in own if f["relation"] == "partnerOf" for e in (f["subject"], f["object"])}
    facts[first:] = [
        f
        for f in own
        if not (
            f["relation"] == "participatesIn"
            and not f.get("modality")
            and f.get("rule") in BUILDER_RULES
            and (f["subject"], f["object"]) in leads
            and f["subject"] not in partnered
        )
    ]
