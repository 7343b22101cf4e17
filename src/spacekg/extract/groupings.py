"""Members of a group named in apposition to the group, read from general constructions of English over any
names (bodies23, v22 round): the members listed in apposition to a plural noun that the group's name
qualifies, ``the five Example Union countries, A, B and C, signed …``, ``the G7 nations — A, B and C —
met``, ``the Example Union's member states, among them A and B,``, ``Example Union (EU) members, including
A,``: each listed country or body is a member of the group. The list must close (a comma, a dash, a
bracket or the sentence's end) or be opened by ``among them``/``including``/``such as``/``namely``; a group
that is contrasted (``Unlike the Example Union countries, A and B …``, ``non-EU states``) gives nothing.

Each function takes the sentence view, the relation stage's ``fact`` and the sentence; the verb group's
negation or plan is read by ``fact`` from the cue match it is given."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Fact = Callable[..., None]

_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"founding|original|other|remaining|current|new|several)"
)
# After the group's name: the plural noun it qualifies ('countries', 'member states'), then the apposition's
# opening ('BRICS countries, ', "ESA's member states, among them ", 'G7 nations — ').
GROUP_NOUN = re.compile(
    r"(?:\s*\([A-Z][\w-]{1,12}\))?(?P<poss>['’]s?)?\s+(?:(?:full|founding|original|permanent|current|other)\s+)?"
    r"(?:member\s+(?:states|countries|nations|agencies|bodies|governments)|members|countries|nations|states|"
    r"economies|governments|allies|partners(?=\s*[,—–]))"
    r"(?P<open>\s*,\s*|\s+[—–]\s*|\s*\(\s*|\s*:\s*|\s+(?=(?:among\s+them|including|such\s+as|notably)\s))"
    r"(?P<intro>(?:among\s+them|including|such\s+as|namely|notably|in\s+particular)\s+)?(?:the\s+)?"
)
# Before the group's name: an article and a count ('the five ', 'all ', "the group's"), or nothing.
GROUP_DETERMINER = re.compile(rf"(?:\b(?:the|all|its|their|both)\s+(?:{_COUNT}\s+)?|\b{_COUNT}\s+)$", re.IGNORECASE)
# A group that is contrasted or excluded: 'Unlike the EU countries', 'besides the G7 nations', 'non-EU states'.
CONTRASTED = re.compile(
    r"(?:\b(?:unlike|besides|beyond|outside|except|excluding|than|apart\s+from|other\s+than|not|nor|against|"
    r"versus|vs\.?)\s+(?:\w+\s+){0,3}|\bnon-?\s*|"
    # ('Partners of the EU countries, such as Norway': the listed names are the partners, not the members)
    r"\b(?:partners?|neighbou?rs?|allies|rivals?|friends?|critics?|opponents?|observers?|candidates?|"
    r"applicants?|customers?|suppliers?)\s+(?:of|to)\s+(?:\w+\s+){0,3})$",
    re.IGNORECASE,
)
# What closes the listed members: a comma, a dash, a bracket, a semicolon or the sentence's end.
LIST_CLOSES = re.compile(r"\s*(?:[,;)—–.]|$)")


# A line that opens an item of a list: a dash or a bullet at the start of a line ('- and the Example Agency (EA);').
ITEM = re.compile(r"\n[ \t]*[-–•*][ \t]+(?:and[ \t]+|or[ \t]+)?(?:the[ \t]+)?")


def dash_items(view: Any, at: int) -> list[Any] | None:
    """The names that open the dash lines of a list starting at ``at`` (right after its colon): one per line,
    whatever the line says after it ('- Roscosmos, the Russian space corporation;' is Roscosmos alone, not the
    country its apposition names). None when no such list starts there (the caller reads a run-on list)."""
    newline = view.text.rfind("\n", 0, at + 1)
    if newline >= 0 and (not view.text[newline:at].strip() or ITEM.fullmatch(view.text, newline, at)):
        at = newline  # (the colon's match took the line's end, or the first item's dash)
    lines = list(ITEM.finditer(view.text, at, view.end))
    if len(lines) < 2 or view.text[at : lines[0].start()].strip(" \t:"):
        return None
    names = [
        max((m for m in view.mentions if m.start == line.end()), key=lambda m: m.end, default=None) for line in lines
    ]
    return [m for m in names if m is not None]


# Bodies 'of' the group's members: 'The space agencies of the five BRICS countries, A, B and C, signed …' (the
# agencies act, the countries listed after them do not).
BODIES_OF = re.compile(
    r"\b(?:(?:space|national|state|military|research|weather|launch)\s+)?(?:agencies|companies|firms|institutes|"
    r"ministries|operators|universities|manufacturers|banks|armed\s+forces|militaries|navies|laboratories|centres|"
    r"centers|offices|delegations|envoys|ambassadors|leaders|ministers|presidents|heads|officials|scientists|"
    r"astronauts|cosmonauts|engineers)\s+(?:of|from)\s+$"
)


def group_members(view: Any, fact: Fact, start: int, sentence: str) -> list[tuple[int, int]]:
    """'the five Example Union countries, A, B and C, signed …': each listed name is a member of the group.
    Returns the spans of the members listed after 'the agencies of' such a group: they are not the clause's
    subject ('The space agencies of the five Example Union countries, A, B and C, signed X': the agencies did)."""
    is_ = view.is_
    owned: list[tuple[int, int]] = []
    for whole in [m for m in view.mentions if start <= m.start and m.end <= view.end]:
        if not is_(whole, "Organization") or is_(whole, "Country") or is_(whole, "Person"):
            continue
        match = GROUP_NOUN.match(view.text, whole.end, view.end)
        if match is None:
            continue
        if (
            not match.group("poss")
            and not match.group("intro")
            and not GROUP_DETERMINER.search(view.text, max(start, whole.start - 30), whole.start)
        ):
            continue  # ('Examplia and Otheria countries, A': no group is named, the name is one of a list)
        if CONTRASTED.search(view.text, max(start, whole.start - 40), whole.start):
            continue  # ('Unlike the EU countries, A and B stayed out', 'non-EU states')
        members = view.group(
            [m for m in view.after(match.end() - start) if is_(m, "Agent") and not is_(m, "Person")], False
        )
        if not members or members[0].start != match.end():
            continue
        if whole in members:
            continue
        closed = LIST_CLOSES.match(view.text, members[-1].end, view.end + 1)
        if match.group("intro") is None and (len(members) < 2 or closed is None):
            continue  # ('the EU countries, France, …' alone, or a list that goes on as a clause's subject)
        for member in members:
            fact(member, "memberOf", whole, cue=match, before=member, rule="members in apposition to the group")
        article = re.search(
            r"\b(?:the|all|its|their)\s+[^,;]{0,40}$", view.text[max(start, whole.start - 50) : whole.start]
        )
        head = max(start, whole.start - 50) + article.start() if article else whole.start
        if BODIES_OF.search(view.text, max(start, head - 60), head):
            owned += [(m.start, m.end) for m in members]
    return owned
