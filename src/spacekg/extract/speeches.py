"""A text printed as someone's words: remarks, an address or a statement given whole (speakers25).

The title says whose words the text is, and the passages below it never say so again::

    Remarks by President Jane Example on the tenth anniversary of the landing, Capitalia, 2 May 2031

    Editor's note: the President spoke at the Examplo Museum.

    Ten years ago today, our astronauts landed on the Moon. I am proud that they are here.

    I am asking the Examplo Space Agency to lead the work, and Sampleland will build the second module.

or ``Joint statement of Examplia and Sampleland``, with an editor's note naming the leaders ('after talks between
President Jane Example and Prime Minister John Sample'). No sentence names a speaker, and the first person has no
antecedent in the passage, so this is read after the text: each passage below the title (an editor's note, in
the author's voice, excepted) is the speakers' words, one claim per speaker and per relation read in it (the
relations become the speakers' propositions, not the writer's facts), or one claim per speaker for a passage
that names something and states no relation. The line naming the speakers (the title, or the note's sentence
naming the leaders) is further evidence of each claim. A title whose speaker is followed by a verb ('Remarks by
President Jane Example drew criticism') is a headline about the words, not the words: nothing; nor is a thread,
a review, an opinion or a letter (the writer's own voice), nor a sentence some rule already gave a speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Candidates, Found
from spacekg.extract.claims import Claimed, insert_in_order

# The title's opening: the kind of words, then 'by' or 'of' and the speakers ('Remarks by', 'Joint statement of',
# 'Text of the address by', 'Statement as delivered by').
TITLE = re.compile(
    r"[ \t]*(?:(?:Full[ \t]+)?[Tt]ext[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?)?(?:[Jj]oint[ \t]+)?"
    r"(?:[Rr]emarks|[Aa]ddress|[Ss]peech|[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[ée]|[Tt]estimony|[Mm]essage)"
    r"(?:[ \t]+as[ \t]+(?:delivered|prepared(?:[ \t]+for[ \t]+delivery)?))?[ \t]+(?:by|of|from)[ \t]+"
)
# Before the first speaker: their titles or an article, no punctuation ('President', 'the', 'NASA Administrator').
BEFORE_SPEAKER = re.compile(r"(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,4}")
# Between two speakers: 'and', a comma, their titles ('A and Prime Minister B', 'A, B and C').
BETWEEN_SPEAKERS = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]+)(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,4}")
# Titles between a body and its officer ('NASA Administrator Jane Doe').
TITLE_WORDS = re.compile(r"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}")
# After the last speaker: the occasion, the place, the date, or nothing; never a verb ('… drew criticism').
AFTER_SPEAKERS = re.compile(r"[ \t]*(?:$|[,(:;–—-]|(?:on|at|to|before|in|for|during|upon|after|at)\b)", re.M)
# A passage in the editor's voice.
NOTE = re.compile(r"[ \t]*(?:Editor[’']?s[ \t]+note|Note|Background|Context)\b[^:\n]{0,20}:")
# A leader's title right before a name in the note ('President Jane Example', 'Prime Minister John Sample').
HEAD_TITLE = re.compile(
    r"\b(?:President|Prime[ \t]+Minister|Chancellor|Premier|King|Queen|Emperor|Secretary[- ]General)[ \t]+$"
)
KINDS = ("Person", "Country", "Organization")


def _title_speakers(is_: Callable[[Found, str], bool], text: str, end: int, mentions: list[Found]) -> list[Found]:
    """The agents the title names as the words' owners, in a chain from ``end`` (the opening's end)."""
    speakers: list[Found] = []
    gap = BEFORE_SPEAKER
    for mention in mentions:
        if mention.start < end:
            continue
        if not any(is_(mention, kind) for kind in KINDS):
            break
        if (speakers and is_(mention, "Person") and not is_(speakers[-1], "Person")
                and TITLE_WORDS.fullmatch(text, end, mention.start)):  # fmt: skip
            speakers[-1] = mention  # 'NASA Administrator Jane Doe': the person, the body her title's
        elif gap.fullmatch(text, end, mention.start):
            speakers.append(mention)
        else:
            break
        end, gap = mention.end, BETWEEN_SPEAKERS
    if not speakers or not AFTER_SPEAKERS.match(text, speakers[-1].end):
        return []
    return speakers


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The text's paragraphs after ``start`` (separated by a blank line)."""
    found: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n](?:.|\n(?![ \t]*\n))*", text[start:]):
        found.append((start + match.start(), start + match.end()))
    return found


def speech_as_text(is_: Callable[[Found, str], bool], candidates: Candidates, spans: list[tuple[int, int]]) -> None:
    """Claims of the passages of a text printed as someone's words (see the module's doc); linear in the text."""
    text = candidates.text
    opening = TITLE.match(text)
    if opening is None:
        return
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    mentions = sorted(candidates.mentions, key=lambda m: (m.start, m.end))
    speakers = _title_speakers(is_, text, opening.end(), [m for m in mentions if m.end <= title_end])
    if not speakers:
        return
    line = [0, title_end]
    paragraphs = _paragraphs(text, title_end)
    notes = [p for p in paragraphs if NOTE.match(text, p[0])]
    if not any(is_(s, "Person") for s in speakers):
        # 'Joint statement of Examplia and Sampleland' over a note naming 'President A and Prime Minister B': the
        # leaders speak, the note's sentence naming them the further evidence
        for low, high in (s for s in spans for n in notes if n[0] <= s[0] < n[1]):
            leaders = [m for m in mentions if low <= m.start and m.end <= high and is_(m, "Person")
                       and HEAD_TITLE.search(text, max(low, m.start - 20), m.start)]  # fmt: skip
            if leaders:
                speakers, line = leaders, [low, high]
                break
    ids = list(dict.fromkeys(s.entity for s in speakers))
    claimed = Claimed(candidates.claims)
    starts = [m.start for m in mentions]
    new: list[dict[str, Any]] = []
    moved: set[int] = set()
    for low, high in paragraphs:
        if any(n[0] == low for n in notes):
            continue
        said = [s for s in spans if low <= s[0] < high and not claimed.overlaps(*s)]
        plain: list[tuple[int, int]] = []
        for start, end in said:
            facts = [f for f in candidates.facts if start <= f["evidence"][0][0] and f["evidence"][0][1] <= end]
            for fact in facts:
                moved.add(id(fact))
                for speaker in ids:
                    entry: dict[str, Any] = {"speaker": speaker, "evidence": [[start, end], line], "confidence": 0.5,
                                             "proposition": {k: fact[k] for k in ("subject", "relation", "object")}}  # fmt: skip
                    if fact.get("modality"):
                        entry["modality"] = fact["modality"]
                    new.append(entry)
            index = bisect.bisect_left(starts, start)
            if not facts and index < len(mentions) and mentions[index].end <= end:
                plain.append((start, end))  # names something and states no relation
        for speaker in ids if plain else []:
            new.append({"speaker": speaker, "evidence": [list(s) for s in plain] + [line], "confidence": 0.5})
    if not new:
        return
    candidates.facts[:] = [f for f in candidates.facts if id(f) not in moved]
    new.sort(key=lambda c: c["evidence"][0][0])
    candidates.claims = insert_in_order(candidates.claims, new)
