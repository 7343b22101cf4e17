"""A craft that docks with a station is part of it (guidelines23).

GUIDELINES v19 reads '… after it docked with the ISS' as a ``partOf`` proposition and v22 'is expected to dock
with the ISS' as ``partOf`` planned: the spacecraft named as the subject of 'dock with', 'dock at' or 'dock to',
the station its object. The verb group gives the modality ('will dock' planned, 'did not dock', 'failed to dock'
negated). A person who docks is a crew member (read elsewhere as taking part), a pronoun object is left alone
('Shenzhou 8 docked with it': what 'it' stands for is not read here).
"""

from __future__ import annotations

import re

from spacekg.extract.sentence_view import Role, SentenceView

DOCKS = re.compile(r"\b(?:re)?dock(?:ed|s|ing)?\s+(?:with|at|to|onto)\s+(?:the\s+)?(?=[A-Z])")
# Between the craft and the verb: an auxiliary, a plan or a failure ('is expected to', 'failed to', 'will').
CRAFT_TO_VERB = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will|would|could|should|did|does|not|never|also|then|later|finally|"
    r"successfully|automatically|again|soon|now|to|be|been|due|expected|scheduled|set|planned|failed|tried|"
    r"attempted|unable|able)\s+)*"
)


def docked(view: SentenceView) -> list[Role]:
    """'Soyuz MS-25 docked with the ISS', 'The Nauka module docked at the ISS', 'is expected to dock with the
    International Space Station': the craft right before the verb group is part of the station after it."""
    found: list[Role] = []
    by_start = {m.start: m for m in view.mentions}
    for match in DOCKS.finditer(view.text, view.start, view.end):
        station = by_start.get(match.end())
        if station is None or not view.is_(station, "Station"):
            continue
        craft = next((m for m in reversed(view.mentions) if m.end <= match.start() and CRAFT_TO_VERB.fullmatch(
            view.text, m.end, match.start()) is not None), None)  # fmt: skip
        if craft is None:
            # ('The Nauka module docked': a craft's common noun after its name)
            craft = next((m for m in reversed(view.mentions) if m.end <= match.start() and re.fullmatch(
                r"\s+(?:module|spacecraft|capsule|ship|freighter|craft)\b" + CRAFT_TO_VERB.pattern,
                view.text[m.end : match.start()]) is not None), None)  # fmt: skip
        if craft is None or craft.entity == station.entity or view.is_(craft, "Person"):
            continue
        if not view.is_(craft, "Program") and not view.is_(craft, "Station"):
            continue
        cue = re.compile(r"\S+").match(view.sentence, match.start() - view.start)
        found.append((craft, "partOf", station, cue, "docked with a station"))
    return found
