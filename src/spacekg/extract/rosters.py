"""Rosters and meetings: who belongs to a body when a text lists its members item by item, and who holds a
meeting, read from general constructions of institutional prose over any names:

- members listed one per line after a colon, each line opened by a dash or a bullet and often closed by a
  relative clause of its own: ``Its seven founding members were:`` / ``- Examplia, which built the second
  stage;`` / ``- and Otheria, responsible for the range.`` Each listed country or body is a member of the
  body the opening names (``The members of X were:``, ``X's founding members were:``, ``X has three
  members:``) or, with ``Its``/``Their``/``The``, of the body the text is about. What the opening adds is
  read for every item: ``all of which signed the convention`` (each signs it, when the text named it),
  ``what each brought to the project`` (each takes part in the programme the text named just before).
  Inside an item, a craft offered ``as the first stage`` or named in ``built the second stage, X`` is part
  of that programme. Not a list of guests, partners or sponsors (the opening's noun is one of members), and
  not a person (people are read as a committee's members by :mod:`~spacekg.extract.roles`);
- a body that ``held``, ``convened`` or ``organised`` a named meeting leads it: ``The Example Committee
  held the Example Conference in Vienna``, ``… convened its fifth session``. A country that ``hosted`` a
  meeting is its venue, not its organizer, and a person's or a country's meeting is not read.

Called by :func:`~spacekg.extract.relations.relations` with its ``fact`` callback, which reads the verb
group before a cue for a denial or a plan (``will hold``, ``did not convene``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import LISTING_REACH, body_in_focus, centred_body

Fact = Callable[..., None]

_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"several|many)"
)
_MEMBERS = r"(?:members|member\s+states|member\s+countries|member\s+nations|member\s+agencies|member\s+bodies)"
# A line that opens an item of a list: a dash or a bullet at the start of a line ('- and the Netherlands, …').
ITEM = re.compile(r"\n[ \t]*[-–•*][ \t]+(?:and[ \t]+|or[ \t]+)?(?:the[ \t]+)?")
# 'Its seven founding members, all of which signed the convention, were:', "The Example Union's members are:",
# 'The members of the Example Union were:': a noun phrase of members, then a colon closing the line.
MEMBERS_OPENING = re.compile(
    r"(?:(?P<its>[Ii]ts|[Tt]heir|[Tt]he)\s+|(?P<named>[A-Z][^\n,:;]{0,80}?)['’]s?\s+)"
    rf"(?:{_COUNT}\s+)?(?:(?:founding|founder|original|first|current|full|permanent)\s+)?{_MEMBERS}"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>(?=[A-Z])))?(?P<rest>[^:\n]{0,240}):[ \t]*(?=\n[ \t]*[-–•*][ \t])"
)
# 'The Example Union has three members:', 'X had seven founding members, which were:'.
HAS_MEMBERS = re.compile(
    rf"\s+(?:has|had|have|counts|counted)\s+(?:{_COUNT}\s+)(?:(?:founding|founder|original|full|permanent)\s+)?"
    rf"{_MEMBERS}(?P<rest>[^:\n]{{0,240}}):[ \t]*(?=\n[ \t]*[-–•*][ \t])"
)
# ', all of which signed the convention', ', each of whom had signed its charter': every member signed a document.
ALL_SIGNED = re.compile(
    r"\b(?:all|each|both|every\s+one)\s+of\s+(?:which|whom|them)\s+(?:had\s+|have\s+|also\s+)*signed\s+"
    r"(?:the|its|their)\s+(?P<doc>[a-z]+|[A-Z][\w-]*)"
)
# 'and what each brought to the project', 'and what each contributed to the programme': each took part in it.
EACH_BROUGHT = re.compile(
    r"\bwhat\s+each(?:\s+of\s+them)?\s+(?:brought|contributed|supplied|provided|gave|offered|added)\s+to\s+"
    r"(?:the|its|their)\s+(?:project|programme|program|effort|venture|rocket|launcher|undertaking)\b"
)
_ORDINAL = r"(?:first|second|third|fourth|upper|lower|core|main|top|final|kick)"
# 'its Example missile as the first stage': the craft before is a stage of the programme.
AS_STAGE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?as\s+(?:the|its|a)\s+{_ORDINAL}\s+stage(?=\s*(?:[,;.]|of\b|$))")
# 'built the second stage, Example,': the craft after is a stage of the programme.
STAGE_NAMED = re.compile(rf"\b(?:the|its|a)\s+{_ORDINAL}\s+stage,\s+(?:the\s+)?")
# 'held the Example Conference', 'convened its fifth session', 'organised UNISPACE': a body's own meeting.
HELD = re.compile(r"\b(?:held|holds|hold|convened|convenes|convene|organi[sz]ed|organi[sz]es|organi[sz]e)\s+"
                  r"(?:(?:its|the|a)\s+)?(?=[A-Z0-9]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                  r"tenth|last|annual|latest|next)\b)")  # fmt: skip


def _document(view: Any, history: list[Found], noun: str) -> Found | None:
    """The document a later 'the convention' stands for: the last one named shortly before whose words hold
    the noun ('the Example Convention', 'a convention' found as one), else none."""
    low = view.start - LISTING_REACH
    for mention in reversed(history):
        if mention.end > view.start:
            continue
        if mention.start < low:
            break
        if view.is_(mention, "Document") and noun.lower() in view.text[mention.start : mention.end].lower():
            return mention
    return None


def _programme(view: Any, history: list[Found], body: Found) -> Found | None:
    """The programme the text named last before the list (shortly before), not the body itself."""
    low = view.start - LISTING_REACH
    for mention in reversed(history):
        if mention.end > view.start:
            continue
        if mention.start < low:
            break
        if mention.entity != body.entity and view.is_(mention, "Program") and not view.is_(mention, "Station"):
            return mention
    return None


def _opening(view: Any, history: list[Found]) -> tuple[Found, str, int] | None:
    """The body whose members the sentence's opening announces, the words between the noun and the colon, and
    where the list starts; None when the sentence opens no such list."""
    sentence, start = view.sentence, view.start
    opening = MEMBERS_OPENING.match(sentence)
    body: Found | None = None
    if opening is not None:
        if opening["of"] is not None:
            at = start + opening.start("of")
            body = max((m for m in view.mentions if m.start == at), key=lambda m: m.end, default=None)
        elif opening["named"] is not None:
            at = start + opening.end("named")
            body = next((m for m in view.mentions if m.end == at and m.start == start + opening.start("named")), None)
        else:
            body = body_in_focus(view, history) or centred_body(view, history)
        return (body, opening["rest"], opening.end()) if body is not None else None
    has = HAS_MEMBERS.search(sentence)
    if has is None:
        return None
    subjects = [m for m in view.mentions if m.end == start + has.start() and m.start == start]
    if not subjects:
        return None
    return subjects[0], has["rest"], has.end()


def listed_members(view: Any, fact: Fact, history: list[Found], start: int, sentence: str) -> None:
    """'Its seven founding members were:' then one dash line per member: each
    is a member of the body (and signs its convention, takes part in its
    programme, when the opening says every one did)."""
    found = _opening(view, history)
    if found is None:
        return
    body, rest, at = found
    if view.is_(body, "Country") or view.is_(body, "Person") or not view.is_(body, "Organization"):
        return
    lines = list(ITEM.finditer(view.text, start + at, view.end))
    if len(lines) < 2 or view.text[start + at : lines[0].start()].strip():
        return  # (a list of one, or words between the colon and the first dash: no list of members)
    items = [line.end() for line in lines]
    signed = ALL_SIGNED.search(rest)
    document = _document(view, history, signed["doc"]) if signed is not None else None
    programme = _programme(view, history, body) if EACH_BROUGHT.search(rest) else None
    for index, item in enumerate(items):
        end = items[index + 1] if index + 1 < len(items) else view.end
        member = max((m for m in view.mentions if m.start == item), key=lambda m: m.end, default=None)
        if member is None or not view.is_(member, "Agent") or view.is_(member, "Person"):
            continue  # ('- the ground station at X': an item that names no member)
        fact(member, "memberOf", body, 0.8, rule="members listed item by item")
        if document is not None:
            fact(member, "signs", document, 0.8, rule="members listed item by item")
        if programme is None:
            continue
        fact(member, "participatesIn", programme, 0.7, rule="members listed item by item")
        for mention in view.mentions:
            # (a country or body in the item is no stage; a craft's name mistaken for a person's may still be one)
            if not item <= mention.start < end or (view.is_(mention, "Agent") and not view.is_(mention, "Person")):
                continue
            named = STAGE_NAMED.search(view.text, max(item, mention.start - 40), mention.start)
            if AS_STAGE.match(view.text, mention.end, end) or (named is not None and named.end() == mention.start):
                fact(mention, "partOf", programme, 0.7, rule="stage listed item by item")


def held_meetings(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'The Example Committee held the Example Conference in Vienna': a body leads the meeting it holds."""
    for match in HELD.finditer(sentence):
        meeting = max((m for m in view.mentions if m.start == start + match.end()), key=lambda m: m.end, default=None)
        if meeting is None or not (view.is_(meeting, "Meeting") or view.is_(meeting, "Event")):
            continue
        for body in view.clause_subject(match.start(), "Organization")[-1:]:
            if view.is_(body, "Country") or view.is_(body, "Person"):
                continue  # ('Japan held the summit': the host country, not its organizer)
            fact(body, "leads", meeting, 0.7, cue=match, before=body, rule="body holds a meeting")
