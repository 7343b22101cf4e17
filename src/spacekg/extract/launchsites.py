"""A named launch site takes part in what lifts off from it (GUIDELINES, reconciliation of the v24 round; sites25).

Read from the grammar of a launch, not from any one sentence:

- a launch verb (``lifted off``, ``was launched``, ``launches``, ``took off``, ``blasted off``, ``flew``, ``fired``,
  ``went up``) or its noun (``the launch of X``, ``lift-off``) followed by ``from`` and a named site:
  ``Example-9 lifted off from the Examplo Cosmodrome``, ``launched Example-9 on a PSLV rocket from Launch Complex
  2``, ``the launch of Example-8 from the X Space Centre``;
- the site fronted or described: ``From the X Space Launch Site, Example-5 was launched``, ``the X Cosmodrome,
  where Example-4 lifted off``, ``the X Cosmodrome, from which …``;
- the site as the subject: ``The Examplo Cosmodrome launched Example-3``.

What takes part is the craft of the clause: the spacecraft carried and the named flight (``A Zenit rocket carrying
Example-4 lifted off from Y``, ``launches Example Shuttle from Y on STS-90``: both the craft and the flight), or the
rocket when no other craft is named (``Zhuque-9 took off from Y``). The verb group gives the modality (``will
launch``, ``plans to launch`` planned; ``did not launch`` negated). A site is a facility whose name (or the name of
the known entity it stands for) has a launch site's head word (cosmodrome, spaceport, space centre, launch site,
launch complex, pad, base, range, platform, launching ground) or a military base; a town, a region, a country, a
station (``deployed from the ISS``), a date (``from 2020``), ``from orbit`` and a verb of no launch (``moved
from``, ``a signal from``) give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacekg.extract.base import Found
from spacekg.extract.coordination import launcher

Fact = Callable[..., None]

# The verb (or its noun) of a launch: 'lifted off', 'was launched', 'launches', 'took off', 'flew', 'fired'.
LAUNCH = re.compile(
    r"\b(?:(?:lift|lifts|lifted|lifting|blast|blasts|blasted|blasting|take|takes|took|taking|taken)\s+off|"
    r"launch(?:es|ed|ing)?|fl(?:ew|y|ies|own|ying)|fired|went\s+up|go(?:es)?\s+up|"
    r"lift-?offs?|take-?offs?)\b",
    re.IGNORECASE,
)
# 'from the ', "from NASA's ", 'from its ': 'from' right before the site's name.
FROM = re.compile(r"\b[Ff]rom\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*['’]s\s+)?$")
# What may stand between the verb and 'from': the craft, the rocket, a date, a time (no clause of its own).
GAP = re.compile(r"[^;:.!?()]{0,140}")
GAP_BREAK = re.compile(r"\b(?:which|who|whom|whose|where|while|because|although|but|and\s+(?!then\b)[a-z]+ed)\b|"
                       r"\bto\s+(?!the\b|a\b|an\b|orbit\b)[a-z]+\b|\s[—–]\s")  # fmt: skip
# Where the clause of the verb begins, read backwards: a clause break or a subordinator.
CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|,\s+(?:which|who|and|but|while|as|when|after|before)\s|"
                          r"\b(?:when|after|before|while|because|since|until|once|as)\s+(?=[a-z]+\s|it\s|they\s)")  # fmt: skip
# ', which ' at a clause's start: a relative clause whose subject is the name before the comma.
RELATIVE_BEFORE = re.compile(r",\s+(?:which|that)\s+$")
# Where the clause after the site ends: a clause break, a comma not before 'carrying', 'aboard', or a new verb.
TAIL_END = re.compile(
    r"[;.!?]|\s[—–]\s|\(|,\s+(?!carrying\b|aboard\b|on\s+board\b|with\b)|"
    r"\s(?:which|who|that|when|after|before|while|as|but|where|because|two|three|four)\b|"
    r"\sand\s+(?!the\b|an?\b|its\b|[A-Z])|\sto\s+(?!the\s+[A-Z])"
)
# The site's name or its known label: the head word of a launch site.
SITE_HEAD = re.compile(
    r"\b(?:cosmodrome|spaceport|space\s*port|space\s+(?:center|centre)|launch(?:ing)?\s+(?:site|center|centre|"
    r"complex|pad|base|station|ground|facility|platform|range)|complex|pad|(?:s?lc|slc)-?\d+|range|air\s+force\s+"
    r"station|base|platform|proving\s+ground|test\s+site)\b",
    re.IGNORECASE,
)
# A craft named as a relation's other end, not as what lifts off: 'to the ISS', 'the first module of X', 'for X'.
NOT_LAUNCHED_BEFORE = re.compile(
    r"\b(?:of|to|towards?|for|by|than|like|into|at|under|after|before|since|with\s+the)\s+(?:the\s+|an?\s+)?$"
)
# 'the launch of Example-8 from Y': the craft after the launch's noun is what lifts off.
LAUNCH_OF = re.compile(r"\b(?:launch|launching|lift-?off)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A launcher type named as such: 'on a Scout', 'atop a Zenit', 'the X family'.
TYPE_BEFORE = re.compile(r"\b(?:an?|atop)\s+(?:[a-z-]+\s+)?$")
# 'an agreement … to fly', 'plans to launch', 'is set to lift off': the launch still to come.
INTENDED_TO = re.compile(
    r"\b(?:agree\w*|agreements?|deals?|contracts?|plans?|planned|planning|intends?|intended|hopes?|hoped|aims?|"
    r"aimed|wants?|wanted|due|expects?|expected|set|scheduled|preparing|prepares?|licensed|licen[cs]es?)\b"
    r"[^.;:]{0,60}?\bto\s+$"
)
# The means of a launch: 'on a SpaceX Falcon 9 rocket', 'by the new-type carrier rocket X', 'with an X rocket'.
CARRIER_BEFORE = re.compile(
    r"\b(?:on|aboard|atop|by|with|under|using)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}$"
)
ROCKET_BEFORE = re.compile(r"\b(?:rocket|launcher|booster|launch\s+vehicle)\s+$", re.IGNORECASE)
FAMILY_AFTER = re.compile(r"\s+(?:family|series|class)\b")
# 'The Examplo Cosmodrome launched Example-3': the site as the subject of the verb.
SITE_LAUNCHED = re.compile(r"\s+(?:(?:has|had|have|also|first|then|later|once)\s+)*launch(?:ed|es)\s+")
# 'the X Cosmodrome, where Example-4 lifted off', ', from which …': a relative clause on the site.
WHERE_AFTER = re.compile(r",?\s+(?:where|from\s+which|from\s+where)\s+")
# 'From the X Space Launch Site, Example-5 was launched': the site fronted, a comma after it.
FRONTED_AFTER = re.compile(r"\s*,\s+")


def site(view: Any, mention: Found) -> bool:
    """A named launch facility: a base, or a facility (not a station, nor a body) whose name or known label has a
    launch site's head word."""
    is_ = view.is_
    if not is_(mention, "Facility") or is_(mention, "Station") or is_(mention, "Agent"):
        return False
    if is_(mention, "MilitaryBase"):
        return True
    known = view.linker.entities.get(mention.entity)
    names = (view.text[mention.start : mention.end], mention.label or "", known.label if known is not None else "")
    return any(SITE_HEAD.search(name) and "Space Station" not in name for name in names if name)


def _rocket(view: Any, mention: Found) -> bool:
    """A launcher: a rocket type, one with 'rocket' after it, or one named as a type ('on a Scout')."""
    return bool(
        launcher(view, mention)
        or TYPE_BEFORE.search(view.text, max(0, mention.start - 30), mention.start)
        or ROCKET_BEFORE.search(view.text, max(0, mention.start - 30), mention.start)
        or FAMILY_AFTER.match(view.text, mention.end)
    )


def _crafts(view: Any, low: int, high: int, site_: Found, verb: re.Match[str]) -> list[Found]:
    """The crafts named in [low, high) that lift off: the spacecraft and named flights, or the rockets when the
    clause names nothing else and the rocket is itself what lifts off (not the carrier of something unnamed: 'on
    a Falcon 9 rocket', 'an Ariane 5 launched it')."""
    named = [
        m
        for m in view.mentions
        if low <= m.start
        and m.end <= high
        and m.rule != "anaphor"  # ('The rocket lifted off from Y': a craft the sentence does not name)
        and m.entity != site_.entity
        and view.craft(m)
        and not view.is_(m, "Agent")
        and not (view.is_(m, "Facility") and not view.is_(m, "Station"))
        and (
            not NOT_LAUNCHED_BEFORE.search(view.text, max(0, m.start - 20), m.start)
            or LAUNCH_OF.search(view.text, max(0, m.start - 30), m.start)
        )
    ]
    crafts = [m for m in named if not _rocket(view, m)]
    # (the rocket only when the sentence names no craft it carries: 'A Vega rocket lifted off from Y and placed
    # X into orbit' is X's launch, read in another clause)
    carried = any(view.craft(m) and not view.is_(m, "Agent") and not _rocket(view, m) for m in view.mentions
                  if m.entity != site_.entity and not view.is_(m, "Facility"))  # fmt: skip
    chosen = crafts or ([] if carried else [m for m in named if _lifts_off(view, m, verb)])
    unique: dict[str, Found] = {}
    for m in chosen:
        unique.setdefault(m.entity, m)
    return list(unique.values())


def _lifts_off(view: Any, rocket: Found, verb: re.Match[str]) -> bool:
    """Whether the rocket is what lifts off: not the means of another's launch ('on a Falcon 9 rocket', 'by the
    carrier rocket X', 'with a LauncherOne rocket under its wing'), nor the subject of 'launched' with an object
    of its own ('a Proton rocket launched Zarya', 'an Ariane 5 launched it')."""
    if CARRIER_BEFORE.search(view.text, max(0, rocket.start - 60), rocket.start):
        return False
    transitive = verb.group(0).lower().startswith("launch") and not re.match(
        r"\s+(?:from|in|on|at)\b", view.text[verb.end() :]
    )
    return not (rocket.end <= verb.start() and transitive)


def _clause_start(view: Any, pos: int) -> int:
    """Where the clause holding the text position ``pos`` starts (a clause break or a subordinator before it)."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(view.text, view.start, pos)]
    return breaks[-1] if breaks else view.start


def _tail_end(view: Any, pos: int) -> int:
    """Where the clause going on after ``pos`` ends."""
    end = TAIL_END.search(view.text, pos, view.end)
    return end.start() if end else view.end


def launch_sites(view: Any, fact: Fact, start: int, sentence: str) -> None:
    """'Example-9 lifted off from the X Cosmodrome', 'was launched from Launch Complex 2 on STS-9', 'From the X
    Space Launch Site, Example-5 was launched', 'the X Cosmodrome, where Example-4 lifted off', 'The X Cosmodrome
    launched Example-3': the site takes part in the crafts of the clause, with the verb's modality."""
    for site_ in [m for m in view.mentions if m.rule != "anaphor" and site(view, m)]:
        before = FROM.search(view.text, max(view.start, site_.start - 40), site_.start)
        tail = _tail_end(view, site_.end)
        if before is not None:
            verbs = [v for v in LAUNCH.finditer(view.text, view.start, before.start())
                     if GAP.fullmatch(view.text, v.end(), before.start())
                     and not GAP_BREAK.search(view.text, v.end(), before.start())]  # fmt: skip
            if verbs:
                verb = verbs[-1]
                low = _clause_start(view, verb.start())
                crafts = _crafts(view, low, tail, site_, verb)
                relative = RELATIVE_BEFORE.search(view.text, max(view.start, low - 12), low)
                if not crafts and relative is not None:
                    # ('Example-9, which lifted off from Y in 2023, crashed': the relative's antecedent)
                    crafts = [m for m in _crafts(view, view.start, low, site_, verb) if m.end == relative.start()]
                _state(view, fact, site_, crafts, verb, start)
                continue
            fronted = FRONTED_AFTER.match(view.text, site_.end)
            opening = view.text[_clause_start(view, before.start()) : before.start()]
            if fronted is not None and not opening.strip(" ,") and view.text[before.start()] == "F":
                # 'From the X site, Example-5 was launched': the verb in the clause after the comma
                end = _tail_end(view, fronted.end())
                verb_ = LAUNCH.search(view.text, fronted.end(), end)
                if verb_ is not None:
                    _state(
                        view,
                        fact,
                        site_,
                        _crafts(view, fronted.end(), max(end, verb_.end()), site_, verb_),
                        verb_,
                        start,
                    )
            continue
        where = WHERE_AFTER.match(view.text, site_.end)
        if where is not None:
            end = _tail_end(view, where.end())
            verb_ = LAUNCH.search(view.text, where.end(), end)
            if verb_ is not None:
                _state(view, fact, site_, _crafts(view, where.end(), end, site_, verb_), verb_, start)
            continue
        launched = SITE_LAUNCHED.match(view.text, site_.end)
        if launched is not None:
            end = _tail_end(view, launched.end())
            verb_ = LAUNCH.search(view.text, site_.end, launched.end())
            if verb_ is None:
                continue
            crafts = [m for m in _crafts(view, launched.end(), end, site_, verb_) if m.start == launched.end()
                      or re.fullmatch(r"(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}", view.text[launched.end() : m.start])
                      or re.match(r",\s+$", view.text[m.start - 2 : m.start])]  # fmt: skip
            _state(view, fact, site_, crafts[:1], verb_, start)


def _state(view: Any, fact: Fact, site_: Found, crafts: list[Found], verb: re.Match[str], start: int) -> None:
    """The site takes part in each craft; the verb (a match on the whole text) is the cue, shifted to the
    sentence as ``fact`` reads it."""
    cue = re.compile(re.escape(verb.group(0))).search(view.sentence, verb.start() - start)
    # ('signed an agreement in 2021 to fly its X rocket from Y': an infinitive of what was agreed or planned)
    planned = INTENDED_TO.search(view.text, max(view.start, verb.start() - 80), verb.start())
    for craft in crafts:
        fact(site_, "participatesIn", craft, cue=cue, before=craft, rule="launch site",
             forced="planned" if planned else None)  # fmt: skip
