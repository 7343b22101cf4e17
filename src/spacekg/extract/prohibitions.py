"""What a law or a rule forbids an actor to do, read as that actor's relation denied in the author's voice: 'a US
law bars NASA from most bilateral work with China', 'the Wolf Amendment has barred the agency from cooperation
with Beijing since 2011' (GUIDELINES: a clause that "bars NASA … from … bilateral cooperation with China" is
``cooperatesWith`` ``negated`` for each actor it names). A ban the sentence makes an exception to ('unless it
certifies …') says nothing either way; one that is itself denied ('does not bar') neither.
"""

from __future__ import annotations

import re
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coreference import NOUN_CLASSES, antecedent
from spacekg.extract.literals import scan
from spacekg.extract.modality import EXCEPTED

Fact = Any  # relations.relations' inner ``fact`` (subject, relation, object, cue=, before=, rule=, forced=)

# The verb of a ban, the actors it names, then the kind of working together it forbids and the other party.
# (a gerund, 'from working with', is the verb cue's own: relations.py reads it with PROHIBITED_GERUND)
BARRED_WORK = re.compile(
    r"\b(?P<verb>bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden|idding)|"
    r"prevent(?:s|ed|ing)?|restrict(?:s|ed|ing)?)\s+(?P<who>[^,;.:()]{1,80}?)\s+from\s+"
    r"(?:(?:any|all|most|almost\s+all|much|bilateral|direct|further|formal|official|joint|such|closer|deeper|new|"
    r"scientific|technical|space)\s+)*"
    r"(?:work|cooperation|co-operation|collaboration|contacts?|dealings|ties|partnerships?|exchanges?)\s+"
    r"(?:with|involving)\s+(?:the\s+)?(?=[A-Z])"
)
# 'a law that does not bar …', 'no longer bars': the ban denied.
DENIED_BAN = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\s+(?:\w+\s+)?$")
# 'the agency', 'the company' between the verb and 'from': the body named last.
DESCRIBED_ACTOR = re.compile(r"(?:the|its)\s+(?P<noun>agency|administration|company|government|ministry|institute)$")


def barred_cooperation(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'A US law bars NASA from most bilateral work with China', '… has barred the agency from cooperation with
    Beijing': each actor the ban names ``cooperatesWith`` the party after 'with', ``negated``."""
    if "from" not in sentence:
        return
    is_ = view.is_
    for match in scan(BARRED_WORK, sentence):
        if DENIED_BAN.search(sentence, max(0, match.start() - 20), match.start()):
            continue
        other = next((m for m in view.mentions if m.start == start + match.end() and is_(m, "Agent")), None)
        if other is None or EXCEPTED.match(view.text, other.end, view.end):
            continue
        low, high = start + match.start("who"), start + match.end("who")
        # (a name, not 'the agency' read as an anaphor: the nearest body of the noun's class is looked for below)
        actors = [m for m in view.mentions if low <= m.start and m.end <= high and is_(m, "Agent")
                  and not is_(m, "Person") and m.rule != "anaphor"]  # fmt: skip
        described = DESCRIBED_ACTOR.fullmatch(match.group("who"))
        if not actors and described is not None:
            earlier = [m for m in history if m.end <= low] + [m for m in view.mentions if m.end <= low]
            earlier.sort(key=lambda m: m.start)
            body = antecedent(view.linker, NOUN_CLASSES.get(described.group("noun"), ("Organization",)), earlier, low,
                              exclude=("Person",))  # fmt: skip
            actors = [body] if body is not None else []
        for actor in view.group(actors, False) if actors else ():
            if actor.entity != other.entity:
                fact(actor, "cooperatesWith", other, cue=match, before=actor, rule="barred from cooperation",
                     forced="negated")  # fmt: skip
