"""Coreference: later, shorter names of what was named in full (``the
Gateway`` after ``the Lunar Gateway``, ``Nelson`` after ``Bill Nelson``), and
anaphors (``the document``, ``the mission``) standing for the last one named."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacekg.extract.base import DESCRIBED_GAP, GIVEN_NAME_OF_SYLLABLES, NOT_SYLLABLES, Found, copied, proper
from spacekg.extract.linking import Linker
from spacekg.extract.literals import lead, scan
from spacekg.extract.patterns import DEMONYMS, DOCUMENT_ANAPHOR, GENERIC, HEAD_FIRST, HEADS, PROGRAM_ANAPHOR
from spacekg.extract.propernames import BODIES, NOT_A_PERSON, NOT_NAMES
from spacekg.extract.salience import BODY_PREDICATE, PRONOUN_WORD, Salience

CONNECTOR_WORDS = {"of", "for", "on", "and", "the", "de", "du", "des"}
SURNAME_PARTICLES = {"le", "la", "de", "du", "da", "di", "van", "von", "del", "al", "el", "bin", "ibn", "dos"}
# The particle a first one may take before the surname: 'von der', 'van den', 'de la', 'van de'.
SECOND_PARTICLES = {"der", "den", "de", "la", "le", "los", "las", "ter", "te"}


def _particle_surname(words: list[str]) -> str:
    """'von der Example' of 'Jane von der Example', 'de la Example' of 'Maria de la Example': the surname with the
    lower-case particles before it (one or two), after a given name; '' when the name has none."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return ""
    first = len(words) - 2
    if words[first] in SECOND_PARTICLES and first - 1 >= 1 and words[first - 1] in SURNAME_PARTICLES:
        first -= 1
    elif words[first] not in SURNAME_PARTICLES:
        return ""
    return " ".join(words[first:]) if first >= 1 else ""


def learn_short_forms(
    linker: Linker, text: str, mentions: list[Found], short_forms: dict[str, Found | None], names: dict[str, Any]
) -> bool:
    """After 'the Lunar Gateway' or 'Bill Nelson', later 'the Gateway' and
    'Nelson' name the same entity. A short form two entities share is dropped."""
    added = False
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        if mention.new and mention.rule not in ("short form", "anaphor") and _learnable(words):
            # A new name found by its context ('Example, a private company') names it again without one.
            surface = " ".join(words)
            if surface not in short_forms and surface not in names:
                short_forms[surface] = copied(mention)
                added = True
        if mention.rule not in ("short form", "anaphor", "renamed"):
            for form in _craft_short_forms(linker, mention, words, names):
                # 'Example' after 'the Example Space Telescope', 'Doe' after 'the Jane Doe Space Telescope'
                # (a person's surname learnt before keeps it: 'Jane Doe … the Doe Telescope')
                if form not in short_forms:
                    kind = "craft short form" if CRAFT_KINDS.search(" ".join(words)) else "short form"
                    short_forms[form] = copied(mention, rule=kind)
                    added = True
        # ('Jane von der Example': proper but for the particles of a person's surname)
        bare = (
            [w for w in words if w not in SURNAME_PARTICLES | SECOND_PARTICLES] if mention.type == "Person" else words
        )
        if len(words) < 2 or mention.rule in ("short form", "anaphor") or not proper(" ".join(bare)):
            continue
        if mention.new and mention.type != "Person":
            # 'the Example Geological Survey' … 'the EGS': an acronym its capitals spell, never defined in the text
            pair = (
                {words[0][0] + words[1][0]}
                if len(words) == 2
                and linker.is_(mention, "Organization")
                and all(TITLE_WORD.fullmatch(w) for w in words)
                else set()
            )  # 'Example Machines' … 'EM says': a company of two words by its two initials
            for acronym in _acronyms_of(words) | pair:
                if acronym not in short_forms and acronym not in names:
                    short_forms[acronym] = copied(mention)
                    added = True
        if mention.new and mention.type == "Person":
            tails = [words[-1]]
            if len(words) >= 3 and words[-2].lower() in SURNAME_PARTICLES:
                tails.append(" ".join(words[-2:]))  # 'Le Example' after 'Jean Le Example'
            particles = _particle_surname(words)
            if particles:
                # 'von der Example' after 'Jane von der Example', and 'Von der Example' opening a sentence
                # (speakers22): the surname keeps its particles, and the capital a sentence's first word takes
                tails += [particles, particles[:1].upper() + particles[1:]]
            given = GIVEN_NAME_OF_SYLLABLES.fullmatch(words[1]) if len(words) == 2 else None
            if given is not None and given.group(1) not in NOT_SYLLABLES:
                tails.append(words[0])  # 'Yoon' after 'Yoon Young-bin': the family name first, as in Korean

        elif (
            linker.is_(mention, "Document")
            and (words[-1] in HEADS or words[-1] in DOCUMENT_HEADS)
            and words[-1] not in GENERIC
        ):
            # 'the Accords' after 'the Artemis Accords', 'the Treaty' after 'the Outer Space Treaty'
            tails = [words[-1]]
        elif linker.is_(mention, "Country") or linker.is_(mention, "Document") or linker.is_(mention, "Person"):
            continue
        elif (linker.is_(mention, "Meeting") or linker.is_(mention, "Event")) and any(
                w in CONNECTOR_WORDS for w in words):  # fmt: skip
            continue  # ('Future' after 'the Summit of the Future': a meeting is not named by its topic; names20)
        else:
            tails = [" ".join(words[k:]) for k in range(1, len(words))]
        for tail in tails:
            head = len(tail.split()) == 1 and (tail in HEADS or tail in HEAD_FIRST or tail in THE_HEAD_ONLY)
            # ('the Assembly' after 'the UN General Assembly', 'the Union' after 'the European Union': a generic word
            # alone is no short form, but after 'the' it is the head of the body named before)
            if tail in names or (tail in GENERIC and not head) or len(tail) < 3:
                continue
            if not tail[:1].isupper() and tail.split()[0] not in SURNAME_PARTICLES | SECOND_PARTICLES:
                continue
            if head and not linker.is_(mention, "Document"):
                if tail == words[-1] and len(words) <= 4 and not any(w in CONNECTOR_WORDS for w in words):
                    # 'the Commission' after 'the European Commission': the head word after 'the', capitalised
                    known = short_forms.get("the " + tail)
                    if "the " + tail not in short_forms:
                        short_forms["the " + tail] = copied(mention)
                        added = True
                    elif known is not None and known.entity != mention.entity:
                        short_forms["the " + tail] = None  # two such bodies: neither
                continue
            if tail in BODIES:
                continue  # 'House' in 'White House' is a body of its own
            known = short_forms.get(tail)
            if known is not None and known.rule == "craft short form" and mention.type == "Person":
                continue  # 'Edwin Example' after 'the Example Space Telescope' named after him: 'Example' stays the craft
            if tail not in short_forms:
                short_forms[tail] = copied(mention)
                added = True
            elif (
                known is not None
                and known.entity != mention.entity
                and mention.type == "Person"
                and known.type == "Person"
                and KIN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            ):
                # 'Jane Example … with her brother, Mark Example': a relative introduced by a kinship noun shares
                # the surname; the surname alone still names the person the text is about (news style names the
                # relative in full or by the given name).
                continue
            elif known is not None and known.entity != mention.entity:
                # a known entity's short form beats a new name learnt whole ('Space Force' in a headline)
                short_forms[tail] = copied(mention) if known.new and not mention.new else None
    return added


# A kinship noun right before a person's name: 'his brother, ', 'her husband ', 'Jane Example's daughter, '.
KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|[A-Z][\w’'-]*['’]s?)\s+(?:(?:younger|older|elder|twin|late|eldest|youngest)\s+)?"
    r"(?:brother|sister|wife|husband|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|grandson|"
    r"granddaughter|grandfather|grandmother|widow|widower|partner|spouse)\s*,?\s*$"
)
# Head words of a body's name that name it after 'the' (besides patterns.HEADS): 'the Union'.
THE_HEAD_ONLY = {"Union"}
WORD_CHAR = re.compile(r"[\w-]")
WORD_CHARACTER = re.compile(r"\w")
WORD_START = re.compile(r"(?<![\w-])\w")  # where a short form may begin, when its initials are all word characters
ANOTHER_NUMBER = re.compile(r"\s+\d")  # a number after a short form of a numbered name
TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# The words closing a craft's or an observatory's name after the name proper ('… Space Telescope').
CRAFT_KINDS = re.compile(
    r"\s+(?:(?:Space|Solar|X-ray|Infrared|Radio|Lunar|Mars)\s+)?(?:Telescope|Observatory|Probe|Orbiter|Lander|Rover|"
    r"Space\s+Station)$"  # (not 'Satellite' or 'Mission': 'Example Satellite' is often its owner's name and a noun)
)
# A document's head words besides the shared list's: 'the Charter' after 'the Example Charter'.
DOCUMENT_HEADS = {
    "Charter",
    "Guidelines",
    "Principles",
    "Strategy",
    "Act",
    "Law",
    "Directive",
    "Protocol",
    "Declaration",
}
# A launch site's and a company's closing words: the word before them names the site or the company alone.
SITE_KINDS = re.compile(
    r"\s+(?:(?:Satellite\s+|Space\s+)?Launch\s+(?:Center|Centre|Site|Complex|Base)|Space\s+(?:Center|Centre|Port)"
    r"|Spaceport|Cosmodrome)$"
)
COMPANY_KINDS = re.compile(
    r"\s+(?:Aerospace|Dynamics|Robotics|Technologies|Industries|Systems|Electric|Electronics|Corporation|Aircraft|"
    r"Aviation|Communications|Holdings|Labs)$"
)
ADJECTIVE_END = ("al", "ic", "ar", "an", "ese", "ish", "ary", "ive")
COMPANY_TAIL = re.compile(
    r"(?:\s+(?:Satellite|Space|Communications|Enterprises|Holdings|Group|Technologies|Industries|Systems|Aerospace))*"
    r"(?:,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|plc|PLC|S\.A\.|SA|AG|SE|Corp\.?|Corporation))?$"
)


LEGAL_FORM = re.compile(r"(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|plc|PLC|S\.A\.|SA|AG|SE|Corp\.?|Corporation)$")


def _craft_short_forms(linker: Linker, mention: Found, words: list[str], names: dict[str, Any]) -> list[str]:
    """'Example' for 'the Example Space Telescope', and 'Doe' for 'the Jane Doe Space Telescope' (named after a
    person); the two parts of a designation with a slash ('67X/Example-Doe')."""
    surface = " ".join(words)
    if "/" in surface and len(words) == 1 and mention.new:
        return [p for p in surface.split("/") if len(p) >= 2 and p[:1].isalnum() and any(c.isupper() for c in p)]
    kinds = CRAFT_KINDS.search(surface)
    craft = kinds is not None
    if kinds is None and mention.new and linker.is_(mention, "Facility"):
        kinds = SITE_KINDS.search(surface)  # 'Example Launch Center': 'Example'
    if kinds is None and mention.new and len(words) == 2 and linker.is_(mention, "Organization"):
        kinds = COMPANY_KINDS.search(surface)  # 'Example Electronics': 'Example'
    if kinds is None and mention.new and 2 <= len(words) <= 4 and linker.is_(mention, "Organization"):
        # 'Example Satellite LLC', 'Example Enterprises': the name without its legal form and the words that say
        # what the company does ('Example'; 'Blue Example' stays two words)
        kinds = COMPANY_TAIL.search(surface)
        kinds = kinds if kinds is not None and kinds.group(0) else None
    if kinds is None or not (linker.is_(mention, "Mission") or linker.is_(mention, "Facility")
                             or linker.is_(mention, "Station") or linker.is_(mention, "Program")
                             or (not craft and linker.is_(mention, "Organization"))):  # fmt: skip
        return []
    before = surface[: kinds.start()].split()
    if not before or len(before) > 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in before):
        return []
    legal = not craft and COMPANY_TAIL.search(surface) is not None and LEGAL_FORM.search(surface) is not None
    # 'Blue Example' after 'Blue Example Corporation': a company's name without its legal form, whatever its length
    forms = [" ".join(before)] if craft or len(before) == 1 or legal else []
    if craft and 2 <= len(before) <= 3 and not before[0].endswith(ADJECTIVE_END) and before[0] not in names:
        forms.append(before[-1])  # 'Jane Doe': the surname
    return [f for f in forms if len(f) >= 3 and f not in names and f not in GENERIC and f not in HEADS
            and f not in HEAD_FIRST and f not in BODIES and f not in DEMONYM_WORDS]  # fmt: skip


DEMONYM_WORDS = {w for words in DEMONYMS.values() for w in words}


# (a middle initial between: 'Doe' of 'Jane Q. Doe' after a headline's 'Jane Doe' is the full name's; precision26)
INSIDE_BEFORE = re.compile(r"\b([A-Z][a-z]+|bin|ibn|al|von|van|de|da)(?:\s[A-Z]\.)?\s$")  # (group 1: the word)
SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;]|\n)\s*[\"“(]?$")
INSIDE_AFTER = re.compile(r"\s(?:[A-Z][a-z]+|bin|ibn|al)\b(?![.,;:])")


def _acronyms_of(words: list[str]) -> set[str]:
    """Acronyms a name's capitals spell: its words' first letters, or all its capitals ('US Deorbit Vehicle':
    USDV); three letters at least, small words left out."""
    words = [w for w in words if w[:1].isupper() and w != "The"]
    found = {"".join(w[0] for w in words), "".join(c for w in words for c in w if c.isupper())}
    return {a for a in found if 3 <= len(a) <= 8}


def _learnable(words: list[str]) -> bool:
    """A new name worth finding again by itself: proper, not a single generic or head word."""
    surface = " ".join(words)
    if not words or not proper(surface) or len(surface) < 2 or not surface[:1].isupper():
        return False
    if len(surface) == 2 and not surface[1].isdigit():  # 'E3' may come back alone; 'Ex' may not
        return False
    return len(words) > 1 or (surface not in GENERIC and surface not in HEADS and surface not in BODIES)


MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"}  # fmt: skip
MONTH_DATE = re.compile(r"\s+(?:\d|of\s+\d|last\b|next\b|this\b)")
MONTH_DATE_BEFORE = re.compile(r"(?:\d|\b(?:in|since|until|by|early|late|mid|last|next|this|of|from))\s+$")
# A lower-case noun after a word: not a verb, an auxiliary, an adverb or a preposition ('State television').
COMMON_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|nor|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|also|"
    r"then|which|that|who|at|in|on|to|for|of|with|by|from|as|but|not|never|first|later|alone|officials|said|says|"
    r"told|put|made|took|set|held|sent|won|lost|led|left|gave|saw|kept|began|became|came|ran|met|wrote|spoke|got)\b)"
    r"[a-z]+(?<!ed)(?<!ly)\b(?!['’])"
)
# A capitalised word, looked up among the new names (not after a slash: 'Example Systems/Example').
CAPITALISED_WORD = re.compile(r"(?<![\w’'/-])[A-Z][\w’'-]*")


class ShortForms:
    """The short forms learnt so far in one text, and where they occur.

    Found by looking up the word starts of a sentence that begin with a
    form's first letter in an index of the forms by their first three letters
    (longest form first), not by a regular expression of all forms rebuilt
    whenever one is learnt: the work stays linear in the length of the text
    however many names it introduces."""

    def __init__(self, linker: Linker, names: dict[str, Any]) -> None:
        self.linker, self.names = linker, names
        self.forms: dict[str, Found | None] = {}
        self.index: dict[str, list[str]] = {}
        self.initials = ""
        self.short: set[str] = set()  # the forms of two characters
        # where a form may begin: a word start (then its first letter is looked up in ``initials``), or, once a
        # form begins with a character that is not a word's, the start of any of the initials
        self.starts: re.Pattern[str] | None = None

    def find(self, text: str, start: int, end: int) -> list[Found]:
        if not self.index:
            return []
        found = []
        sentence = text[start:end]
        after = 0  # matches do not overlap: the next one starts after the last
        initials, starts = self.initials, self.starts
        for word in (starts or WORD_START).finditer(sentence):
            at = word.start()
            if at < after or (starts is None and sentence[at] not in initials):
                continue
            keys = self.index.get(sentence[at : at + 3], ())
            if self.short and sentence[at : at + 2] in self.short:  # a form of two characters ('E3')
                keys = [*keys, *self.index.get(sentence[at : at + 2], ())]
            for key in keys:
                form = key[4:] if key.startswith("the ") else key  # a head word learnt after 'the' ('the Commission')
                if key.startswith("the ") and not sentence.endswith(("the ", "The "), 0, at):
                    continue
                if sentence.startswith(form, at) and self._ends_name(sentence, at + len(form)):
                    if " " not in form and self._inside_a_name(sentence, at, at + len(form)):
                        break  # 'Example' inside 'Jane bin Example Doe' is part of another name
                    template = self.forms[key]
                    if template is not None and self._common_noun_used(text, template, form, sentence, at):
                        break  # 'State television' after 'the Department of State': the word, not the body
                    if (
                        template is not None
                        and template.label[-1:].isdigit()
                        and ANOTHER_NUMBER.match(sentence, at + len(form))
                    ):
                        break  # 'EXR 1874' after 'EXR 2087': another of the numbered series, not a short form
                    if (" " in form and template is not None and not key.startswith("the ")
                            and text[template.start : template.end] != form and self._inside_after(sentence, at)):  # fmt: skip
                        break  # 'Space Agency' (of the China Manned Space Agency) inside 'European Space Agency'
                    after = at + len(form)
                    if template is not None:
                        found.append(copied(template, start=start + at, end=start + after,
                                                         confidence=0.7, rule="short form"))  # fmt: skip
                    break
        return found

    @staticmethod
    def _common_noun_used(text: str, template: Found, form: str, sentence: str, at: int) -> bool:
        """A word that completes a body's name after 'of' or 'for' ('State' of 'Department of State'), or a
        month ('May' of 'Jane May'), used as an ordinary word: before a noun, or a month before or after a number."""
        if " " in form:
            return False
        name = text[template.start : template.end]
        if form in MONTH_NAMES:
            return bool(MONTH_DATE.match(sentence, at + len(form)) or MONTH_DATE_BEFORE.search(sentence, 0, at))
        if not name.endswith((" of " + form, " for " + form)):
            return False
        # (or a plural head of its own phrase: 'Deputies of the party voted' after 'the Chamber of Deputies')
        return COMMON_NOUN_AFTER.match(sentence, at + len(form)) is not None or (
            form.endswith("s") and sentence.startswith(" of ", at + len(form))
        )

    @staticmethod
    def _inside_a_name(sentence: str, at: int, until: int) -> bool:
        """A capitalised word or a name's connector right before, or a capitalised word right after."""
        before = INSIDE_BEFORE.search(sentence, max(0, at - 30), at)
        if before is not None and before.group(1) not in NOT_NAMES:
            return True
        return INSIDE_AFTER.match(sentence, until) is not None

    @staticmethod
    def _inside_after(sentence: str, at: int) -> bool:
        """A capitalised word (not a sentence's first) right before a name of several words."""
        before = INSIDE_BEFORE.search(sentence, max(0, at - 30), at)
        return (
            before is not None
            and before.group(1) not in NOT_NAMES
            and before.group(1)[:1].isupper()
            and before.start() > 0
            and not SENTENCE_END_BEFORE.search(sentence, 0, before.start())
        )

    @staticmethod
    def _ends_name(sentence: str, pos: int) -> bool:
        """No word goes on at ``pos`` (a possessive 's may follow)."""
        return pos >= len(sentence) or not WORD_CHAR.match(sentence, pos)

    def in_title(self, text: str, mentions: list[Found]) -> list[Found]:
        """'Examplo: how …' in a headline, before the text says what Examplo is: the new names learnt
        in the text, found again in its first line where no mention covers them."""
        title_end = text.find("\n")
        if title_end <= 0 or title_end > 300:
            return []
        title = text[:title_end]
        in_title = [m for m in mentions if m.start < title_end]
        taken = [(m.start, m.end) for m in in_title]
        found = []
        for mention in in_title:
            if mention.new and mention.rule.startswith("name ending in"):
                # 'Britain opens its Space Command' before 'UK Space Command': the known one, not a new one
                surface = " " + text[mention.start : mention.end]
                known = next((m for m in mentions if m.start >= title_end and not m.new
                              and text[m.start : m.end].endswith(surface)), None)  # fmt: skip
                if known is not None:
                    mention.entity, mention.new, mention.type, mention.rule = known.entity, False, "", "in the title"
        shouted = title.isupper()  # 'EXAMPLIA QUITS EXAMPLO': the names in capitals
        for form, template in self.forms.items():
            if shouted:
                form = form.upper()
            if template is None or template.start < title_end or form not in title or form.startswith(("the ", "THE ")):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", title):
                if not template.new or any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                if " " not in form and self._inside_a_name(title, match.start(), match.end()):
                    continue
                found.append(copied(template, start=match.start(), end=match.end(), rule="in the title"))
                taken.append((match.start(), match.end()))
        return found + self._before_first(text, title_end, mentions)

    def _before_first(self, text: str, title_end: int, mentions: list[Found]) -> list[Found]:
        """'Q: And Examplo? A: Examplo is …, Examplo is expected to reach …': a new one-word name the text types
        only later, found again where it stood before (capitalised words looked up, over the text once)."""
        forms = {form: template for form, template in self.forms.items()
                 if template is not None and template.new and template.start > title_end and " " not in form
                 and form[:1].isupper() and len(form) >= 3}  # fmt: skip
        if not forms:
            return []
        last = max(template.start for template in forms.values())
        starts = sorted(m.start for m in mentions)
        spans = sorted((m.start, m.end) for m in mentions)
        found = []
        for match in CAPITALISED_WORD.finditer(text, title_end, last):  # a word and a look-up: linear in the text
            template = forms.get(match.group(0))
            if template is None:
                continue
            if match.start() >= template.start:
                continue
            if template.type == "Person" and not (
                text.startswith(":", match.end()) and text[match.start() - 1 : match.start()] in ("", "\n")
            ):
                continue  # a surname comes after the full name, except a headline's speaker ('Doe: …' opening a line)
            index = bisect.bisect_right(starts, match.start())
            if (index > 0 and spans[index - 1][1] > match.start()) or (
                index < len(spans) and spans[index][0] < match.end()
            ):
                continue  # inside another mention
            line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 60)
            if self._inside_a_name(
                text[line_start : match.end() + 30], match.start() - line_start, match.end() - line_start
            ):
                continue
            found.append(copied(template, start=match.start(), end=match.end(), confidence=0.6,
                                             rule="short form"))  # fmt: skip
        return found

    def again(self, text: str, start: int, end: int, mentions: list[Found]) -> list[Found]:
        """The sentence's mentions, with the short forms learnt from it found again later in it ('Example
        rockets …, since an Example crashed', 'the Example Commission … : the Commission leads')."""
        if not self.learn(text, mentions):
            return mentions
        spans = [(m.start, m.end) for m in mentions]
        more = [m for m in self.find(text, start, end)
                if not any(m.start < b and a < m.end for a, b in spans)
                and not CAPITALISED_AFTER.match(text, m.end)
                and any(n.entity == m.entity and n.end <= m.start for n in mentions)]  # fmt: skip
        return sorted(mentions + more, key=lambda m: (m.start, m.end)) if more else mentions

    def learn(self, text: str, mentions: list[Found]) -> bool:
        before = len(self.forms)
        if not learn_short_forms(self.linker, text, mentions, self.forms, self.names):
            return False
        for form in list(self.forms)[before:]:
            self._index(form)
        return True

    def teach(self, form: str, template: Found) -> None:
        """A form the text gives in so many words ('critics called it "Example"')."""
        if form in self.names:
            return
        known = form in self.forms
        if not known or self.forms[form] is None or self.forms[form].rule in GUESSED:  # type: ignore[union-attr]
            self.forms[form] = template  # (over a guess: 'Example Wars' first taken for a person's name)
        if not known:
            self._index(form)

    def _index(self, form: str) -> None:
        word = form[4:] if form.startswith("the ") else form  # indexed by the word after 'the'
        if len(word) == 2:
            self.short.add(word)
        forms = self.index.setdefault(word[:3], [])
        forms.append(form)
        forms.sort(key=len, reverse=True)
        if word[0] not in self.initials:
            self.initials += word[0]
            if self.starts is not None or not WORD_CHARACTER.match(word[0]):
                # (a form opening with no word character, which no text has shown yet: an expression of the
                # initials, compiled anew for each one; compiling one for every text's initials was a tenth
                # of the time of a short text)
                self.starts = re.compile(rf"(?<![\w-])[{re.escape(self.initials)}]")


class Anaphora:
    """'the document', 'the mission' stand for the last document or program
    named; they take part in relations but are not mentions."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self.last_document: Found | None = None
        self.documents: list[Found] = []  # the documents named lately, nearest last
        self.referred: list[Found] = []  # the documents this sentence refers to by a definite noun
        self.last_program: Found | None = None
        self.last_station: Found | None = None
        self.last_craft: Found | None = None  # the last craft (a Mission, not a rocket it flew on) named
        self.crafts: list[Found] = []  # the crafts named or referred to lately, nearest last
        self.carriers: set[str] = set()  # the rockets crafts flew on, as the text has named them so far
        self.previous: list[Found] = []  # the mentions of the sentence before
        self.text: str | None = None
        # what the subject pronouns and the definite descriptions of a class stand for (salience.py)
        self.salience = Salience(linker.is_, tracked=DESCRIBED_CLASSES)

    def refer(
        self, text: str, start: int, end: int, mentions: list[Found], history: list[Found] | None = None
    ) -> list[Found]:
        self.text = text
        referring = list(mentions)
        # 'It joined the ILRS in 2021', 'The agency signed …': a subject pronoun or
        # definite noun opening the sentence stands for the nearest compatible mention.
        opening = SUBJECT_ANAPHOR.match(text, start, end)
        if opening and history is not None and not any(m.start < start + opening.end() - start for m in mentions):
            target = resolve(self.linker, opening.group(1), history, start)
            if " " not in opening.group(1):  # a pronoun: the salient one (read again below, with the definite nouns)
                self.salience.observe(text, start, end, mentions)
                target = self.salience.resolved.get(opening.start(1)) or target
                if opening.group(1) == "It" and self.salience.after_unnamed_subject():
                    target = None  # ('The UK's space agency was founded in 2010. It is …': not the UK; lead22)
                if opening.start(1) in self.salience.ambiguous:
                    target = None  # ('Japan and India signed the deal. It later joined X': either; precision23)
            elif (noun := opening.group(1).split()[-1].lower()) in SALIENT_NOUNS | {"government"}:
                # ('Indonesia launched … on an American rocket. The government said …': the country the text is
                # about, not the nearest adjective of a country; speakers23)
                # 'The agency has also signed …': the salient agency of the text, not the nearest one named
                # ('CSIRO, the national science agency' in passing; salience.py)
                self.salience.observe(text, start, end, mentions)
                unfit = PUBLIC_BODIES if noun in COMPANY_NOUNS else ()
                target = self.salience.described(NOUN_CLASSES[noun], opening.start(1), unfit) or target
                if opening.start(1) in self.salience.ambiguous:
                    target = None  # ('The Example Agency and the Ruritanian Space Agency met. The agency …'; coref26)
            # 'The Example Command was set up in Lyon, where CNES has a centre. It is part of …': a subject
            # pronoun continues the subject that opened the sentence before, not its last name.
            topic = (
                self.previous[0]
                if self.previous
                and opening.group(1) in ("It", "They")
                and opening.start(1) not in self.salience.ambiguous
                else None
            )
            if (
                topic is not None
                and self.linker.is_(topic, "Country")
                and BODY_PREDICATE.match(text, opening.end(), end)
            ):
                topic = None  # ('It is based in Ankara': a body, not the country that opened the sentence before)
            if (
                topic is not None
                and len(self.previous) > 1
                and self.linker.is_(topic, "Country")
                and not self.linker.is_(self.previous[1], "Country")
                and DESCRIBED_GAP.fullmatch(text, topic.end, self.previous[1].start)
            ):
                topic = self.previous[1]  # 'The Examplian company Tarvo …. It …': the body the adjective describes
            if (
                target is not None
                and topic is not None
                and topic.entity != target.entity
                and topic.rule != "anaphor"
                and any(self.linker.is_(topic, c) for c in PRONOUN_CLASSES[opening.group(1).lower()])
                and TOPIC_BEFORE.search(text, max(0, topic.start - 40), topic.start)
            ):
                target = topic
            noun = opening.group(1).split()[-1].lower()
            if target is not None and noun in CRAFT_NOUNS and not _called(text, target, noun):
                # 'ESA's Example-1 mission was launched … two satellites, A and B … The mission was built …': the
                # name the text itself called a mission lately, not a part named after it (programmes21)
                called = [m for m in history if m.end <= start and start - m.end <= CALLED_REACH
                          and _called(text, m, noun) and self.linker.is_(m, NOUN_CLASSES[noun][0])]  # fmt: skip
                target = called[-1] if called else target
            if (
                target is not None
                and noun == "mission"
                and self.craft_for_mission(target, opening.group(1), opening.start(1))
            ):
                # ('… other missions of its Example programme. The mission was managed by …': the craft; coref25)
                target = self.last_craft or target
            if target is not None and opening.group(1).split()[-1].lower() in CRAFT_NOUNS and self.launcher(target):
                # 'launched X on an Example-5 rocket. The mission …': the craft, not the rocket it flew on
                flown = [m for m in history if not self.launcher(m)]
                target = (
                    antecedent(self.linker, NOUN_CLASSES[opening.group(1).split()[-1].lower()], flown, start) or target
                )
            if target is not None:
                referring.append(copied(target, start=start + opening.start(1) - start,
                                                     end=start + opening.end(1) - start, rule="anaphor"))  # fmt: skip
        sentence = text[start:end]
        if history is not None and any(noun in sentence for noun in ACTOR_NOUNS):
            # 'an observatory that the agency leads': an organization's definite noun anywhere in the
            # sentence, when one entity only of a compatible class is named in it or the sentence before
            # (not a possessive: 'the agency's headquarters' often means an agency the text never named).
            for match in DEFINITE_NOUN.finditer(text, start, end):
                at, until = match.start(), match.end()
                if (match.group(1) not in ACTOR_NOUNS or (opening and at < opening.end())
                        or text.startswith(("'s", "’s"), until)
                        or any(m.start < until and at < m.end for m in mentions)):  # fmt: skip
                    continue
                classes = NOUN_CLASSES[match.group(1)]
                public = PUBLIC_BODIES if match.group(1) in COMPANY_NOUNS else ()
                near = {m.entity for m in self.previous + mentions
                        if m.end <= at and any(self.linker.is_(m, c) for c in classes)
                        and not any(self.linker.is_(m, c) for c in public)}  # fmt: skip
                target = antecedent(self.linker, classes, history, at, public) if len(near) == 1 else None
                if (
                    target is None
                    and match.group(1) in SALIENT_NOUNS - COMPANY_NOUNS
                    and not OBJECT_POSITION.search(text, max(start, at - 12), at)
                ):
                    # 'Location: The agency moved …', 'X, who headed the agency,': the salient agency (salience.py)
                    self.salience.observe(text, start, end, referring)
                    target = self.salience.described(classes, at, public)
                if (
                    target is None
                    and not near
                    and match.group(1) in COUNTRY_NOUNS
                    and not OBJECT_POSITION.search(text, max(start, at - 12), at)
                ):
                    # 'The kingdom set up a space commission. In 2022 the country signed …': no country named in
                    # this sentence or the one before; the country the text is about (salience.py; documents18)
                    self.salience.observe(text, start, end, referring)
                    target = self.salience.described(classes, at)
                if target is None and OBJECT_POSITION.search(text, max(start, at - 12), at):
                    # 'NASA worked with the agency': not NASA itself; the one agency the sentence before named
                    here = {m.entity for m in mentions if m.end <= at}
                    before = {m.entity for m in self.previous if any(self.linker.is_(m, c) for c in classes)}
                    if len(before - here) == 1:
                        target = antecedent(
                            self.linker, classes, [m for m in self.previous if m.entity not in here], at
                        )
                if target is not None:
                    referring.append(copied(target, start=at, end=until, rule="anaphor"))
        if history is not None and BODY_WORD.search(sentence):
            # 'New Zealand joined the initiative', 'making the group larger', 'accused the alliance of …': a
            # definite description of a body anywhere in the sentence stands for the most salient body of its
            # class (salience.py), never a country nor a person; not when a name follows ('the group Example
            # Space'), not a possessive ('the group's standards' may be a group the text never named).
            for match in BODY_DESCRIPTION.finditer(text, start, end):
                at, until = match.start(), match.end()
                if (
                    any(m.start < until and at < m.end for m in referring)
                    or text.startswith(("'s", "’s", "'", "’"), until)
                    or CAPITALISED_AFTER.match(text, until)
                    or OWN_COMPLEMENT.match(text, until)
                ):
                    continue  # ('joined the club of nations that …', 'the group of countries able to': its own description)
                self.salience.observe(text, start, end, referring)
                noun = match.group("noun").lower()
                # ('The Example SST Consortium was formed by … The UK left the consortium': the body whose own name
                # ends in the noun, before the most salient body of its class, the Union its name opens with; members26)
                target = next((m for m in reversed([*history[-DESCRIBED_REACH:], *mentions]) if m.end <= at
                               and m.rule != "anaphor" and text[m.start : m.end].endswith(" " + noun.capitalize())),
                              None) or self.body(noun, at)  # fmt: skip
                if target is not None and introduced(text, noun, target.end, at):
                    continue  # ('They formed a coalition in 2019. Peru joined the coalition': not the body named before)
                if target is not None:
                    referring.append(copied(target, start=at, end=until, rule="anaphor"))
        if self.last_craft is not None or any(self.linker.is_(m, "Mission") for m in mentions):
            referring += self.crafts_referred(text, start, end, referring)
        anaphors = ((DOCUMENT_ANAPHOR, self.last_document), (PROGRAM_ANAPHOR, self.last_program),
                    (STATION_ANAPHOR, self.last_station))  # fmt: skip
        self.referred = []
        for anaphor, antecedent_ in anaphors:
            kind = "Program" if anaphor is PROGRAM_ANAPHOR else "Station" if anaphor is STATION_ANAPHOR else ""
            if antecedent_ is None and not any(kind and self.linker.is_(m, kind) for m in mentions):
                continue
            for match in scan(anaphor, text[start:end]):
                if any(m.start <= start + match.start() < m.end for m in mentions):
                    continue
                # 'Roscosmos, which joined talks on the Gateway, has left that project' in a text's first
                # sentence: the programme named before it in the sentence (claims12).
                inside = [m for m in mentions if kind and m.end <= start + match.start() and self.linker.is_(m, kind)]
                target = antecedent_ or (inside[-1] if inside else None)
                if target is None:
                    continue
                if (
                    anaphor is PROGRAM_ANAPHOR
                    and not inside
                    and self.craft_for_mission(target, match.group(0), start + match.start())
                ):
                    # ('… would put other missions of its Example programme at risk. … the mission was managed
                    # by …': the craft named lately, not the programme named since; coref25)
                    target = self.last_craft or target
                if anaphor is DOCUMENT_ANAPHOR:
                    # 'the treaty' after '… in resolution 2222': the nearest document the noun can name.
                    target = self.nearest_document(match.group(1).lower())
                    if target is None:
                        continue
                found = copied(target, start=start + match.start(), end=start + match.end(),
                                            rule="anaphor")  # fmt: skip
                referring.append(found)
                if anaphor is DOCUMENT_ANAPHOR:
                    self.referred.append(found)
        referring.sort(key=lambda m: m.start)
        # 'From 1968 she headed X, and she sat on Y': every subject pronoun, as salience resolves it
        # once the sentence's definite nouns are known ('says the agency will … until it has').
        # (not one whose referent the sentence named before it: 'Japan, if it joins X, would …' is read from the
        # name, the pronoun inside the clause between the subject and its verb)
        pronouns = self.salience.observe(text, start, end, referring)
        taken = [(m.start, m.end) for m in referring]
        named = {m.entity: m.start for m in reversed(referring) if not PRONOUN_WORD.fullmatch(text, m.start, m.end)}
        referring += [p for p in pronouns if not any(a < p.end and p.start < b for a, b in taken)
                      and not named.get(p.entity, p.start) < p.start]  # fmt: skip
        referring.sort(key=lambda m: m.start)
        return referring

    def body(self, noun: str, at: int) -> Found | None:
        """What 'the group', 'the alliance', 'the initiative' at ``at`` stands for: the most salient body of the
        noun's classes ('the initiative' also a program: of the salient body and the salient program, the
        more salient)."""
        found = self.salience.described(BODY_NOUNS[noun], at, UNFIT_FOR_BODY)
        if noun not in PROGRAM_BODY_NOUNS:
            return found
        program = self.salience.described(("Program",), at)
        if found is None or program is None:
            return found or program
        weight = self.salience.weight_of
        return program if weight(program.entity) > weight(found.entity) else found

    def nearest_document(self, noun: str) -> Found | None:
        """The nearest document named lately that a definite noun ('the treaty') can stand for."""
        unfit = NOT_FOR_NOUN.get(noun, ())
        fit = [d for d in reversed(self.documents) if not any(self.linker.is_(d, kind) for kind in unfit)
               and not ("DraftResolution" in unfit and self.resolution(d))]  # fmt: skip
        # 'The Moon Agreement … the Artemis Accords. France, which signed the agreement': a document whose own
        # name has the noun as its head is the one meant, though another was named since.
        stem = noun[:-1] if noun.endswith("s") else noun
        headed = [d for d in fit if self.text is not None
                  and re.search(rf"\b{re.escape(stem)}s?\b", self.text[d.start : d.end], re.IGNORECASE)]  # fmt: skip
        chosen = headed or fit
        return chosen[0] if chosen else None

    def resolution(self, mention: Found) -> bool:
        """A resolution cited by its number ('resolution 2222 (XXI)'): adopted, a document, yet no treaty a
        definite 'the treaty' stands for (types18)."""
        return self.text is not None and CITED_RESOLUTION.match(self.text, mention.start, mention.end) is not None

    def document(self, mentions: list[Found]) -> Found | None:
        """The document a sentence's relations are about: the last one it names or refers to by a
        definite noun ('The treaty is opened for signature'), or the last one before."""
        documents = [m for m in mentions if self.linker.is_(m, "Document")] + self.referred
        return max(documents, key=lambda m: m.start) if documents else self.last_document

    def launcher(self, mention: Found) -> bool:
        """A rocket: named before 'rocket' or 'launcher', or after 'on'/'aboard'/'atop' a (the rocket a craft flew on)."""
        if self.text is None:
            return False
        return LAUNCHER_AFTER.match(self.text, mention.end) is not None or (
            LAUNCHER_BEFORE.search(self.text, max(0, mention.start - 12), mention.start) is not None
            and not self.linker.is_(mention, "Mission")
        )

    def crafts_referred(self, text: str, start: int, end: int, referring: list[Found]) -> list[Found]:
        """'the spacecraft', 'the satellite', 'the lander' anywhere in a sentence: the one craft this sentence
        named before it, else the last craft named within reach (not the rocket it flew on): 'Doe Robotics built
        the spacecraft', 'a detector on the lander' (coref25)."""
        found: list[Found] = []
        for match in scan(CRAFT_ANAPHOR, text[start:end]):
            at, until = start + match.start(), start + match.end()
            if any(m.start < until and at < m.end for m in referring):
                continue  # (the opening subject, read above; a name)
            if SOUGHT_BEFORE.search(text, max(start, at - 24), at):
                continue  # ('NASA had no part in that search for the lander': the search, not the craft)
            here = [m for m in referring if m.end <= at and m.rule != "anaphor" and self.linker.is_(m, "Mission")
                    and not self.launcher(m) and m.entity not in self.carriers]  # fmt: skip
            if len({m.entity for m in here}) > 1:
                continue  # ('Zeta-5 docked with Zeta-6, and the spacecraft …': either)
            before = {m.entity for m in self.previous if self.linker.is_(m, "Mission") and not self.launcher(m)
                      and m.entity not in self.carriers}  # fmt: skip
            if not here and len(before) > 1:
                continue  # ('Zeta-5 docked with Zeta-6. Doe built the spacecraft': either)
            noun = match.group("noun").lower()
            # the one craft this sentence or the one before named, else the text's craft within reach
            if here:
                target: Found | None = here[-1]
            elif len(before) == 1 and self.craft_fits(next(iter(before)), noun):
                target = next(m for m in reversed(self.previous) if m.entity in before)
            else:
                target = self.recent_craft(noun, at)
            if target is None:
                continue
            found.append(copied(target, start=at, end=until, rule="anaphor"))
        return found

    def recent_craft(self, noun: str, at: int) -> Found | None:
        """The craft 'the <noun>' at ``at`` stands for: of the crafts named within reach, those the noun fits
        (not one the text called another kind: 'the Philae lander … the orbiter'), the one named most
        (the text's topic, not a relay satellite named in passing), the last named of equals."""
        counts: dict[str, int] = {}
        last: dict[str, Found] = {}
        for mention in self.crafts:
            if mention.end <= at and at - mention.end <= CALLED_REACH:
                counts[mention.entity] = counts.get(mention.entity, 0) + 1
                last[mention.entity] = mention
        fitting = [e for e in counts if self.craft_fits(e, noun)]
        if not fitting:
            return None
        best = max(fitting, key=lambda e: (counts[e], last[e].start))
        if sum(counts[e] == counts[best] for e in fitting) > 1:
            return None  # ('Zeta-5 was launched in March. Zeta-6 followed. Doe built the spacecraft': either)
        return last[best]

    def craft_fits(self, entity: str, noun: str) -> bool:
        """Whether the text never called the craft a kind other than ``noun`` ('the Example lander', 'a rover,
        which the agency named Example-2'); a probe, spacecraft or craft is any kind."""
        want = CRAFT_KIND.get(noun)
        if want is None or self.text is None:
            return True
        kinds = set()
        for mention in self.crafts:
            if mention.entity == entity and mention.rule != "anaphor":
                after = CALLED_AFTER.match(self.text, mention.end)
                before = CALLED_BEFORE.search(self.text, max(0, mention.start - 50), mention.start)
                kinds |= {CRAFT_KIND[m.group("noun").lower()] for m in (after, before) if m is not None}
        return not kinds or want in kinds

    def craft_for_mission(self, target: Found, phrase: str, at: int) -> bool:
        """Whether 'the mission' (``phrase``) at ``at`` stands for the last craft rather than ``target``, the last
        programme: a programme only (no mission), named after a craft within reach, and not itself
        called a mission."""
        craft = self.last_craft
        return (
            craft is not None
            and self.text is not None
            and phrase.split()[-1].lower() == "mission"
            and craft.entity != target.entity
            and not self.linker.is_(target, "Mission")
            and at - craft.end <= CALLED_REACH
            and not _called(self.text, target, "mission")
        )

    def named_as_program(self, mention: Found) -> bool:
        return self.text is not None and PROGRAM_NOUN_AFTER.match(self.text, mention.end) is not None

    def update(self, mentions: list[Found]) -> None:
        self.previous = list(mentions)
        documents = [m for m in mentions if self.linker.is_(m, "Document")]
        if documents:
            self.documents = (self.documents + documents)[-DOCUMENT_REACH:]
        if documents or self.referred:
            self.last_document = max(documents + self.referred, key=lambda m: m.start)
        programs = [m for m in mentions if self.linker.is_(m, "Program")]
        if self.text is not None:
            self.carriers |= {m.entity for m in programs if carried_on(self.text, m)}
        if programs:
            # 'the mission' after 'X's Example-3 mission set its lander, Vikram, down': the one named a
            # mission or program, before a craft that is a part of it.
            named = [m for m in programs if self.named_as_program(m)]
            whole = [m for m in programs if m.rule not in CRAFT_RULES]
            # (not the rocket it went up on: 'launched X on an Example-5 rocket. The mission …' is X)
            # ('It flew on the first Example-9 Block 5, …. ESA, which runs the mission': nor a rocket named a
            # carrier anywhere before; makers17)
            flown = [m for m in programs if not self.launcher(m) and m.entity not in self.carriers]
            if (
                flown
                or not self.last_program
                or not (self.launcher(programs[-1]) or programs[-1].entity in self.carriers)
            ):
                chosen = named or [m for m in whole if m in flown] or flown or whole or programs
                # ('Webb was planned as the successor to Hubble. NASA led the project': a name after a
                # preposition is less the topic than one before it)
                text = self.text or ""
                topical = [m for m in chosen if not AFTER_PREPOSITION.search(text, max(0, m.start - 12), m.start)]
                self.last_program = (topical or chosen)[0]
        crafts = [m for m in programs if self.linker.is_(m, "Mission")
                  and not self.launcher(m) and m.entity not in self.carriers]  # fmt: skip
        if crafts:
            text = self.text or ""
            topical = [m for m in crafts if not AFTER_PREPOSITION.search(text, max(0, m.start - 12), m.start)]
            self.last_craft = (topical or crafts)[0]
            self.crafts = (self.crafts + crafts)[-CRAFTS_KEPT:]
        # (not a name inside a longer one: 'Tiangong' in 'Tiangong-1' is no station named; crews17)
        stations = [m for m in mentions if self.linker.is_(m, "Station")
                    and not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                for o in mentions)]  # fmt: skip
        if stations:
            self.last_station = stations[-1]


CITED_RESOLUTION = re.compile(r"(?:[Dd]raft\s+)?(?:[Rr]esolution|[Rr]es\.?)\s|[AS]/RES/")
AFTER_PREPOSITION = re.compile(r"\b(?:to|than|like|unlike|as|from)\s+(?:the\s+)?$")
# What a document's definite noun cannot stand for: 'the treaty' is no resolution, 'the resolution' no treaty.
NOT_FOR_NOUN: dict[str, tuple[str, ...]] = {
    "treaty": ("DraftResolution", "Memorandum", "Statement", "NewsArticle"),
    "convention": ("DraftResolution", "Memorandum", "Statement", "NewsArticle"),
    "pact": ("DraftResolution", "Statement", "NewsArticle"),
    "resolution": ("Treaty", "DraftTreaty", "Memorandum", "Statement", "NewsArticle"),
    "memorandum": ("Treaty", "DraftTreaty", "DraftResolution", "Statement", "NewsArticle"),
    # (a law's clause or amendment, a government's strategy or decree: no treaty, resolution or memorandum)
    **dict.fromkeys(
        ("clause", "provision", "amendment", "strategy", "directive", "decree", "statute"),
        ("Treaty", "DraftTreaty", "DraftResolution", "Memorandum", "Statement", "NewsArticle"),
    ),
}
DOCUMENT_REACH = 12  # how many documents named lately a definite noun may reach back to
# 'the station', 'the space station' (not 'the station's', not before a name): the last station named; 'the
# laboratory', 'the orbital outpost' name a station as well once one is named (crews17).
STATION_ANAPHOR = re.compile(
    r"\bthe\s+(?:(?:space|orbital|orbiting)\s+)?(?:station|laboratory|outpost)\b(?!['’]|\s+[A-Z])"
)
STATION_ANAPHOR = lead(STATION_ANAPHOR)  # the same matches, found faster (literals.lead)
# Where a sentence's subject opens it: the sentence's start, perhaps 'The' or an interview's 'A:'.
TOPIC_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:[A-Z]:\s*)?(?:The\s+)?$")
# A preposition or a verb's object position right before 'the agency'.
OBJECT_POSITION = re.compile(r"\b(?:with|to|for|from|by|on|into|against|and|joined|signed|invited|asked|urged)\s+$")
# Rules that find a craft beside its noun ('its lander, Vikram'): often a part of the mission named before.
CRAFT_RULES = {"name beside a craft noun", "name before a craft noun", "craft called"}
CRAFT_NOUNS = {"mission", "probe", "spacecraft", "lander", "rover"}
CRAFTS_KEPT = 40  # how many craft mentions 'the spacecraft' weighs (coref25)
CALLED_REACH = 800  # how far back a name the text called 'mission' may be, for 'The mission' opening a sentence


def _called(text: str, mention: Found, noun: str) -> bool:
    """Whether the text named the mention with the noun right after it ('the Example-1 mission')."""
    after = text[mention.end : mention.end + len(noun) + 2]
    return after[:1] == " " and after[1:].startswith(noun) and not after[1 + len(noun) :][:1].isalpha()


LAUNCHER_AFTER = re.compile(r"\s+(?:carrier\s+)?(?:rocket|launcher|launch\s+vehicle|booster)s?\b")
LAUNCHER_BEFORE = re.compile(r"\b(?:on|aboard|atop|by)\s+(?:an?|the)\s+$")
# 'on the first Example-9 Block 5', 'a ride … on a Russian Soyuz', 'atop a new Example-5': the rocket a craft rode,
# past an ordinal or a nationality between the article and the name (a crewed craft after the plain article is
# left to LAUNCHER_BEFORE's own reading).
CARRIER_BEFORE = re.compile(
    r"\b(?:on|aboard|atop)\s+(?:an?|the)\s+(?:(?:first|second|third|last|final|new|maiden|latest|upgraded|"
    r"[A-Z][a-z]+(?:an|ian|ese|ish|ch|i))\s+){1,2}$"
    # ('went up on a SpaceX Example 9', 'aboard an Example Corp rocket': the provider's name before the rocket's)
    r"|\b(?:went\s+up|lifted\s+off|launched|flew|blasted\s+off|rode)\s+(?:on|aboard|atop)\s+(?:an?|the)\s+"
    r"(?:[A-Z][\w-]*(?:['’]s)?\s+){1,2}$"
)
# 'X, the last major version of Example's rocket', 'X, a heavy-lift rocket': an apposition calling it a rocket.
# 'Europe's new heavy rocket, Example 6', 'the launcher Example-5': a name after the noun of a rocket.
CARRIER_NOUN_BEFORE = re.compile(r"\b(?:rocket|launcher|launch\s+vehicle|booster)s?,?\s+(?:the\s+)?$")
CARRIER_APPOSED = re.compile(r"\s*,\s+(?:the|a|an|its)\s+[^,;.()]{0,50}?\b(?:rocket|launcher|launch\s+vehicle)s?\b")
PROGRAM_NOUN_AFTER = re.compile(r"\s+(?:mission|programme|program|project)\b")
# 'the spacecraft', 'the satellite' (not 'the satellite's', not before a name: 'the lander Vikram'): a craft
# named before (Anaphora.crafts_referred; coref25).
CRAFT_ANAPHOR = lead(
    re.compile(
        r"\b[Tt]he\s+(?:(?:new|small|same|little)\s+)?(?P<noun>spacecraft|probe|satellite|lander|rover|telescope|craft|"
        r"orbiter|cubesat|helicopter)\b(?!['’]|-|\s+[A-Z]|\s+(?:and|or)\s)"
    )
)
SOUGHT_BEFORE = re.compile(r"\b(?:search|searches|searching|hunt|hunting|looking|looked|look)\s+for\s+$")
# The kinds of craft a definite noun names ('the probe', 'the spacecraft', 'the craft': any kind).
CRAFT_KIND = {"lander": "lander", "rover": "rover", "orbiter": "orbiter", "helicopter": "helicopter",
              "telescope": "telescope", "satellite": "satellite", "cubesat": "satellite"}  # fmt: skip
_KIND_WORDS = "|".join(CRAFT_KIND)
# A kind of craft the text gives a name: after it ('the Example lander', 'Example, a relay satellite') or before
# it ('the lander Example', 'a rover, which the agency named Example').
CALLED_AFTER = re.compile(
    r"(?:['’]s)?,?\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>" + _KIND_WORDS + r")s?\b", re.IGNORECASE
)
CALLED_BEFORE = re.compile(
    r"\b(?P<noun>" + _KIND_WORDS + r")s?(?:,\s+which\s+(?:[\w-]+\s+){0,4}?(?:named|called)|\s+(?:called|named))?\s+$",
    re.IGNORECASE,
)
# 'the agency', 'the ministry', 'the mission' … and the classes they can stand for.
NOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "agency": ("SpaceAgency", "Organization"), "administration": ("SpaceAgency", "GovernmentBody"),
    "ministry": ("GovernmentBody",), "department": ("GovernmentBody",), "government": ("Country", "GovernmentBody"),
    "country": ("Country",), "nation": ("Country",), "kingdom": ("Country",), "republic": ("Country",), "command": ("MilitaryCommand", "MilitaryOrganization"),
    "organization": ("Organization",), "organisation": ("Organization",), "company": ("Organization",),
    "firm": ("Organization",), "corporation": ("Organization",), "body": ("Organization",),
    "alliance": ("Organization",), "consortium": ("Organization",),
    "committee": ("InternationalOrgan",), "council": ("InternationalOrgan",), "assembly": ("InternationalOrgan",),
    "mission": ("Mission", "Program"), "probe": ("Mission",), "spacecraft": ("Mission",), "lander": ("Mission",),
    "rover": ("Mission",), "programme": ("Program",), "program": ("Program",), "project": ("Program",),
    "station": ("Station", "Program"), "base": ("MilitaryBase", "Facility"),
    "accords": ("Document",), "treaty": ("Treaty",), "agreement": ("Document",), "memorandum": ("Memorandum",),
    "resolution": ("DraftResolution",), "document": ("Document",),
}  # fmt: skip
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}
# Definite descriptions resolved by salience (salience.py): the nouns of an actor a text is often about.
SALIENT_NOUNS = {"agency", "administration", "ministry", "company", "firm", "organization", "organisation"}
# Nouns of a company, and the classes no company belongs to.
COMPANY_NOUNS = {"company", "firm"}  # ('the corporation' is often a state corporation: Roscosmos)
PUBLIC_BODIES = ("SpaceAgency", "GovernmentBody", "InternationalOrganization", "InternationalOrgan",
                 "MilitaryOrganization", "Country")  # fmt: skip
DESCRIBED_CLASSES = tuple(dict.fromkeys(
    (cls, PUBLIC_BODIES if noun in COMPANY_NOUNS else ())
    for noun in sorted(SALIENT_NOUNS) for cls in NOUN_CLASSES[noun]
))  # fmt: skip
# Definite descriptions of a body of members ('joined the initiative', 'the group grew', 'left the alliance') and
# the classes they stand for, resolved by salience wherever they occur (Anaphora.body).
BODY_NOUNS: dict[str, tuple[str, ...]] = {
    "initiative": ("InternationalOrganization", "Organization"), "group": ("InternationalOrganization", "Organization"),
    "alliance": ("InternationalOrganization", "Organization"), "coalition": ("InternationalOrganization", "Organization"),
    "bloc": ("InternationalOrganization", "Organization"), "club": ("InternationalOrganization", "Organization"),
    "forum": ("InternationalOrganization", "InternationalOrgan", "Organization"),
    "consortium": ("Organization",), "grouping": ("InternationalOrganization", "Organization"),
    "partnership": ("InternationalOrganization",),
    # (after the actor nouns' own reading: a body of members when no agency or ministry is near)
    "organisation": ("InternationalOrganization", "Organization"),
    "organization": ("InternationalOrganization", "Organization"),
}  # fmt: skip
PROGRAM_BODY_NOUNS = {"initiative"}  # (an initiative is a body or a program)
UNFIT_FOR_BODY = ("SpaceAgency", "GovernmentBody")  # ('the group' is no agency, ministry or armed force)
BODY_WORD = re.compile(r"\b(?:" + "|".join(BODY_NOUNS) + r")\b")
BODY_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:new|same|whole|entire|wider|enlarged|expanded|military|western|defen[cs]e|"
    r"transatlantic|space|intergovernmental|international|informal|multinational|loose|small)\s+)?"
    r"(?P<noun>" + "|".join(BODY_NOUNS) + r")\b(?!-)"
)
# 'A group of experts met …', 'Five states formed a coalition': an unnamed body of the noun, brought into the text
# by an indefinite subject or object of a verb of founding; a later 'the coalition' is that one.
INTRODUCED_BODY = re.compile(
    r"(?:(?:^|[.!?]\s+|\n)(?:A|An)|\b(?:formed|form|forms|forming|created|set\s+up|sets\s+up|established|launched|founded|"
    r"started|assembled|convened|convenes|convene)\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(BODY_NOUNS)
    + r")\b"
)
OWN_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:[a-z]|\d)")  # 'the club of nations that …', 'the group of 20 states'
INTRODUCED_REACH = 1500  # characters back an unnamed body brought in may be referred to


def introduced(text: str, noun: str, since: int, at: int) -> bool:
    """Whether an unnamed body of the ``noun`` was brought into the text between ``since`` and ``at``."""
    return any(m.group("noun") == noun for m in INTRODUCED_BODY.finditer(text, max(since, at - INTRODUCED_REACH), at))


# Definite nouns that stand for an actor wherever they occur ('that the agency leads').
ACTOR_NOUNS = {"agency", "administration", "ministry", "department", "government", "country", "nation", "kingdom",
               "republic", "command",
               "organization", "organisation", "company", "firm", "corporation", "committee", "council"}  # fmt: skip
PRONOUN_CLASSES: dict[str, tuple[str, ...]] = {
    "he": ("Person",), "she": ("Person",), "him": ("Person",), "her": ("Person",), "his": ("Person",),
    "it": ("Organization", "Country", "Program"), "its": ("Organization", "Country", "Program"),
    "they": ("Organization", "Country"), "their": ("Organization", "Country"),
}  # fmt: skip
DEFINITE_NOUN = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:Russian|Chinese|American|space|national|lunar|military|new|Indian|Japanese|European|same)\s+)?("
                           + "|".join(NOUN_CLASSES) + r")\b")  # fmt: skip
PRONOUN = re.compile(r"\b(" + "|".join(PRONOUN_CLASSES) + r")\b", re.IGNORECASE)


OWN_CLASS_REACH = 12  # how many earlier mentions 'the agency' looks back through for an agency first


# The answers of carried_on for the text read last, by span: the craft in focus asks it of every recent mention
# at each question, four expressions each (the text is kept, so its identity is never another's).
_CARRIED: dict[tuple[int, int], bool] = {}
_CARRIED_TEXT: list[str | None] = [None]


def carried_on(text: str, mention: Found) -> bool:
    """Whether the text names the mention as the rocket a craft flew on: before 'rocket' ('Example-5 rockets'),
    after 'on the first', 'aboard a Russian', or with an apposition calling it a rocket."""
    if _CARRIED_TEXT[0] is not text:
        _CARRIED.clear()
        _CARRIED_TEXT[0] = text
    span = (mention.start, mention.end)
    answer = _CARRIED.get(span)
    if answer is None:
        answer = _CARRIED[span] = (
            LAUNCHER_AFTER.match(text, mention.end) is not None
            or CARRIER_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            or CARRIER_APPOSED.match(text, mention.end) is not None
            or CARRIER_NOUN_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
        )
    return answer


def antecedent(
    linker: Linker, classes: tuple[str, ...], history: list[Found], before: int, exclude: tuple[str, ...] = ()
) -> Found | None:
    """The nearest earlier mention (ending before ``before``) of a compatible class, passing over mentions
    of the ``exclude`` classes (walked back from the newest, so the cost is the distance to the antecedent,
    not the length of the history: filtering the whole history per phrase made extraction quadratic)."""
    return _nearest(linker, classes, _kept(linker, history, exclude), before)


def _kept(linker: Linker, history: list[Found], exclude: tuple[str, ...]) -> Iterator[Found]:
    """The history newest first, without mentions of the ``exclude`` classes."""
    for mention in reversed(history):
        if not (exclude and any(linker.is_(mention, c) for c in exclude)):
            yield mention


def _nearest(linker: Linker, classes: tuple[str, ...], newest_first: Iterable[Found], before: int) -> Found | None:
    for mention in newest_first:
        if mention.end > before or mention.rule == "anaphor":
            continue
        if any(linker.is_(mention, cls) for cls in classes):
            return mention
    return None


def resolve(linker: Linker, phrase: str, history: list[Found], before: int) -> Found | None:
    """What 'the agency', 'it' or 'she' stands for, or None."""
    noun = DEFINITE_NOUN.fullmatch(phrase.strip())
    if noun:
        # 'JAXA worked with Toyota. The agency's president …': the nearest mention of the noun's own class
        # (a space agency for 'the agency') in the last few mentions, before the nearest of the wider classes
        # that contain it (an organization).
        classes = NOUN_CLASSES[noun.group(1)]
        # 'NASA paid Example Machines to carry NASA instruments. The company …': a company is no agency,
        # ministry or armed force
        exclude = PUBLIC_BODIES if noun.group(1) in COMPANY_NOUNS else ()
        narrower = len(classes) > 1 and all(c in linker.ancestors(classes[0]) for c in classes[1:])
        # ('The ISS … Progress ships supply it. The station's partners …': a station first, then a programme called
        # a station; lead22)
        narrower = narrower or noun.group(1) == "station"
        # (the last few mentions left once those are passed over)
        window = itertools.islice(_kept(linker, history, exclude), OWN_CLASS_REACH)
        own = _nearest(linker, classes[:1], window, before) if narrower else None
        return own or antecedent(linker, classes, history, before, exclude)
    pronoun = PRONOUN.fullmatch(phrase.strip())
    if pronoun:
        return antecedent(linker, PRONOUN_CLASSES[pronoun.group(1).lower()], history, before)
    return None


# Two names joined as equals: 'ESA and JAXA', 'NASA, ESA or JAXA' (the text between them).
JOINED_EQUALS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?")


RIVAL_CLASSES = ("Country", "SpaceAgency", "Company", "Organization")


def coordinated_rival(linker: Linker, phrase: str, found: Found, history: list[Found], text: str) -> bool:
    """Whether 'the agency' resolved to ``found`` could as well stand for a name joined to it as an equal ('a
    joint mission of ESA and JAXA. It is run from ESOC, the agency's centre': ESA's or JAXA's? the text does not
    say, and the nearest is only the last written), a name of the same class as the noun names."""
    noun = DEFINITE_NOUN.fullmatch(phrase.strip())
    # ('Japan and India signed it. It later joined X': 'it' for one of two countries named as equals)
    classes = NOUN_CLASSES[noun.group(1)] if noun is not None else RIVAL_CLASSES if PRONOUN.fullmatch(phrase) else ()
    own = next((c for c in classes if linker.is_(found, c)), None)
    if own is None:
        return False
    for other in reversed(history):  # (newest first, up to just before the name: not the whole history)
        if other.end < found.start - 12:
            break
        if other.entity == found.entity or not linker.is_(other, own):
            continue  # (of the class the noun names first that ``found`` is of: 'JAXA and Toyota … the agency' is JAXA)
        low, high = (other, found) if other.end <= found.start else (found, other)
        if low.end <= high.start and high.start - low.end <= 12 and JOINED_EQUALS.fullmatch(text, low.end, high.start):
            return True
    return False


SUBJECT_ANAPHOR = re.compile(
    r"(?:(?:Meanwhile|However|Later|Since\s+then|In\s+\d{4}),\s+)?((?:It|He|She|They)|(?:The|This)\s+(?:"
    + "|".join(NOUN_CLASSES)
    + r"))\b"
)


# Nouns naming an organization by its kind, found again by the last word of its name ('the centre': the Example
# Space Centre; 'the party': the Example Workers' Party).
HEAD_NOUNS = {"centre": ("centre", "center"), "center": ("centre", "center"), "institute": ("institute",),
              "university": ("university",), "laboratory": ("laboratory", "lab"), "party": ("party",),
              "consortium": ("consortium",), "observatory": ("observatory",), "forum": ("forum",),
              "agency": ("agency",), "administration": ("administration",), "command": ("command",),
              "council": ("council",), "committee": ("committee",), "station": ("station",)}  # fmt: skip


@functools.lru_cache(maxsize=4)
def country_words(linker: Linker) -> dict[str, set[str]]:
    """Each country's names and nationality adjectives, capitalised single words ('India', 'Indian')."""
    words: dict[str, set[str]] = {}
    for name, (entity_id, *_) in linker.general.items():
        entity = linker.entities.get(entity_id)
        if entity is not None and " " not in name and name[:1].isupper() and "Country" in linker.classes(entity):
            words.setdefault(entity_id, set()).add(name)
    for name, (entity_id, kind) in linker.gazetteer.items():
        if kind == "Country" and " " not in name and name[:1].isupper():
            words.setdefault(entity_id, set()).add(name)
    for country, demonyms in DEMONYMS.items():
        words.setdefault(country, set()).update(w for w in demonyms if w[:1].isupper())
    return words


HEAD_WORD = re.compile(r"\S+$|^(?:[\w-]+\s+){0,3}?([\w-]+)(?=\s+(?:on|of|for)\s)")
DESCRIBED_REACH = 60  # how many earlier mentions a description may reach back to


def _names(linker: Linker, text: str, mention: Found) -> list[str]:
    names = [text[mention.start : mention.end], mention.label, linker.gazetteer_labels.get(mention.entity, "")]
    known = linker.entities.get(mention.entity)
    if known is not None:
        names += [known.label, *known.aliases]
    return [n for n in names if n]


# 'SpaceX, a private company', 'the toy maker Tomy': the words that describe a name beside it.
DESCRIPTION_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+((?:(?!(?:at|of|in|for|with|on|by|from|to|and)\b)[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=[,;.)]|\s+(?:that|which|who|founded|based|set|run|created|of|in|for|with|at|and)\b)"
)
# ('appointed the commission after Challenger broke apart': a conjunction or a preposition ends the description; roles17)
DESCRIPTION_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+((?:(?!(?:the|a|an|of|to|in|on|at|for|with|by|from|and|or|after|before|since|during|until|"
    r"when|while|because|as|into|over|under|than|that|which|who)\b)[a-z-]+\s+){1,3})$"
)
# What a described name may be when the noun names no class ('the group', 'the centre').
DESCRIBED_KINDS = ("Organization", "Program", "Facility", "Event")


# Craft nouns that name a kind of craft, not any craft: 'the lander', 'the rover' (not 'the mission').
KIND_OF_CRAFT = frozenset({"lander", "rover", "orbiter"})


def _described_as(text: str, mention: Found, noun: str) -> bool:
    """True when the text describes the mention with the noun beside it ('SpaceX, a private company')."""
    after = DESCRIPTION_AFTER.match(text, mention.end, mention.end + 80)
    before = DESCRIPTION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    # (after the name, the noun heads the description: 'according to NASA, the telescope would have enough fuel'
    # is a new clause, no description of NASA)
    return (after is not None and after.group(1).split()[-1] == noun) or (
        before is not None and noun in before.group(1).split()
    )


def described(
    linker: Linker, text: str, adjectives: list[str], noun: str, history: list[Found], before: int
) -> Found | None:
    """What 'the agency', 'the American agency', 'the centre', 'the station'
    stands for: the nearest earlier mention whose name ends in the noun or
    whose class the noun names (one of its first class before any of the
    others), of the country a nationality adjective names (by its name, or as
    the one such mention that names no other country); None if none fits."""
    noun = noun.lower()
    classes = NOUN_CLASSES.get(noun, ())
    heads = HEAD_NOUNS.get(noun, (noun,))
    by_country = country_words(linker)
    countries = {c for c, words in by_country.items() if any(a in words for a in adjectives)} if adjectives else set()
    ranked: list[tuple[int, Found]] = []
    seen: set[str] = set()
    # (the crafts the text called by the noun at any of their mentions: 'Philae, the lander of …')
    called = (
        {m.entity for m in history[-DESCRIBED_REACH:] if m.end <= before and _described_as(text, m, noun)}
        if noun in KIND_OF_CRAFT
        else None
    )
    for mention in reversed(history[-DESCRIBED_REACH:]):
        if mention.end > before or mention.rule == "anaphor" or mention.entity in seen:
            continue
        # 'the committee': a name ending in the noun or opening with it ('Senate Committee on Commerce').
        head_named = any((w.group(1) or w.group(0)).lower() in heads
                    for n in _names(linker, text, mention) for w in HEAD_WORD.finditer(n))  # fmt: skip
        if not head_named and not any(linker.is_(mention, c) for c in classes or DESCRIBED_KINDS):
            continue
        first_class = bool(classes) and linker.is_(mention, classes[0])
        if first_class and called is not None and mention.entity not in called:
            # 'the lander' is the craft the text called a lander ('Philae, the lander of the Example mission'),
            # before the nearest craft of any kind (the mission it rode on; people22)
            first_class = False
        head = first_class or head_named
        rank = 0 if head or _described_as(text, mention, noun) else 1
        if rank and not classes:
            continue
        if (linker.is_(mention, "Country") and "Country" not in classes) or linker.is_(mention, "Person"):
            continue
        if rank == 0 and not countries:
            return mention  # the nearest of the best rank
        seen.add(mention.entity)
        ranked.append((rank, mention))
    if countries:
        words = set().union(*(by_country[c] for c in countries))
        others = set().union(*(w for c, w in by_country.items() if c not in countries))

        def says(mention: Found, which: set[str]) -> bool:
            return any(w in which for n in _names(linker, text, mention) for w in re.findall(r"[\w.]+", n))

        named = [(r, m) for r, m in ranked if says(m, words)]
        ranked = named or [(r, m) for r, m in ranked if not says(m, others)]
    ranked.sort(key=lambda rm: rm[0])  # stable: the nearest of the best rank
    return ranked[0][1] if ranked else None


# 'X, the company now called Y', 'X (renamed Y in 1999)', 'Y, formerly X': the two names of one entity.
RENAMED_BEFORE = re.compile(
    r"(?:\b(?:now|later|since|then|today|subsequently|since\s+renamed|since\s+then)\s+(?:called|known\s+as|named|renamed)"
    r"|\b(?:renamed|rebranded)(?:\s+as)?|\bformerly(?:\s+(?:called|known\s+as|named))?"
    r"|\b(?:called|nicknamed|dubbed)\s+(?:it|them))\s+(?:the\s+)?$"
)
CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
CLAUSE_BREAK = re.compile(r"[;:,(]")
# 'X; at home everyone called it Y': a name given to what the clause named before, found by the verb alone.
CALLED_IT = re.compile(r"\b(?:called|nicknamed|dubbed)\s+(?:it|them)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
# 'Renames the Office of X … as the Office of Y': a law's or a decision's verb of renaming and its 'as'.
RENAMES_VERB = re.compile(r"\b(?:[Rr]enam(?:es|ed|ing|e)|[Rr]ebrand(?:s|ed|ing)?)\s+(?:the\s+)?")
AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$")


def renamed(linker: Linker, text: str, start: int, end: int, mentions: list[Found]) -> list[Found]:
    """The new name of an entity named just before ('X, now called Y', 'renames X as Y') is a mention of that
    entity (the known one when either is known), not an entity of its own."""
    if not any(
        w in text[start:end] for w in ("called", "known as", "named", "rename", "Rename", "rebrand", "formerly")
    ):
        return mentions
    out = list(mentions)
    for called in CALLED_IT.finditer(text, start, end):
        at, until = called.span(1)
        hits = [k for k, m in enumerate(out) if m.start < until and at < m.end]
        if hits and (len(hits) > 1 or not out[hits[0]].new):
            continue  # a known name, or several
        # (the name before a clause break: in 'NASA called it Y' NASA is the one who calls)
        earlier = next((m for m in reversed(out) if m.end <= called.start() and not linker.is_(m, "Country")), None)
        if earlier is None or not CLAUSE_BREAK.search(text, earlier.end, called.start()):
            continue
        if hits:
            at, until = out[hits[0]].start, out[hits[0]].end
            del out[hits[0]]
        if _renamable(linker, earlier, earlier):
            out.append(copied(earlier, start=at, end=until, rule="renamed", confidence=0.6))
    out.sort(key=lambda m: (m.start, m.end))
    for index, later in enumerate(out):
        if RENAMED_BEFORE.search(text, max(start, later.start - 60), later.start):
            bridge = RENAMED_BEFORE.search(text, max(start, later.start - 60), later.start)
            assert bridge is not None
            if bridge.group(0).rstrip().endswith((" it", " them")):
                continue  # found above, when a clause break shows who calls it
            earlier = next((m for m in reversed(out[:index]) if m.end <= bridge.start() and _renamable(linker, m, later)
                            and "." not in text[m.end : bridge.start()]), None)  # fmt: skip
        elif AS_BEFORE.search(text, max(start, later.start - 8), later.start):
            verbs = list(RENAMES_VERB.finditer(text, start, later.start))
            verb = verbs[-1] if verbs else None
            earlier = next((m for m in out[:index] if verb is not None and m.start == verb.end()), None)
            earlier = earlier if earlier is not None and _renamable(linker, earlier, later) else None
        else:
            continue
        if earlier is None or earlier.entity == later.entity:
            continue
        if earlier.new and not later.new:
            # the old name was new to the graph, the new one is known: the old name is a mention of the known one
            position = out.index(earlier)
            out[position] = copied(later, start=earlier.start, end=earlier.end, rule="renamed")
        else:
            out[index] = copied(earlier, start=later.start, end=later.end, rule="renamed",
                                             confidence=min(earlier.confidence, 0.7))  # fmt: skip
    return out


def _renamable(linker: Linker, earlier: Found, later: Found) -> bool:
    """Two names that can be one entity's: no country or place, persons only with persons."""
    if any(linker.is_(m, c) for m in (earlier, later) for c in ("Country", "City", "Place", "CelestialBody")):
        return False
    return linker.is_(earlier, "Person") == linker.is_(later, "Person")


# 'Post does not expect …', 'Post believes': a cable's word for the embassy or consulate that writes it.
POST_AS_AUTHOR = re.compile(
    r"(?<![\w’'-])Post(?=\s+(?:does|did|is|was|has|had|will|would|can|cannot|could|should|also|believes?|expects?|"
    r"assesses?|understands?|notes?|judges?|sees?|considers?|remains?|agrees?|recommends?|continues?|thinks?)\b)"
)
POST_NOUNS = re.compile(r"\b(?:Embassy|Consulate|Mission|Delegation)\b")
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]+$")


def post_as_author(
    linker: Linker, text: str, start: int, end: int, earlier: list[Found], taken: list[Found]
) -> list[Found]:
    """'Post' acting in a text an embassy or consulate wrote: that post (named before, as in a cable's
    'FROM:' line); not 'The Example Post', a newspaper, nor a post the text never named."""
    if "Post" not in text[start:end]:
        return []
    found = []
    for match in POST_AS_AUTHOR.finditer(text, start, end):
        if CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()) or any(
            m.start < match.end() and match.start() < m.end for m in taken
        ):
            continue  # 'The Post', 'the Example Post', a newspaper's short form
        post = next((m for m in reversed(earlier) if POST_NOUNS.search(_label(linker, m))), None)
        if post is not None:
            found.append(copied(post, start=match.start(), end=match.end(), new=post.new,
                                             confidence=0.6, rule="post as the author"))  # fmt: skip
    return found


def _label(linker: Linker, mention: Found) -> str:
    if mention.new:
        return mention.label
    entity = linker.entities.get(mention.entity)
    return entity.label if entity is not None else ""


# What a series' craft adds to its name: 'Example Mission 1', 'Example 2', 'Example-3', 'Example II'.
SERIES_SUFFIX = re.compile(
    r"(?:\s+(?:Mission|Flight|Lander|Rover|Probe|Orbiter))?[\s-](?:\d{1,3}[A-Za-z]?|I{1,3}|IV|VI{0,3})$"
)
# (a pair of names typed a thing only by what argues against a person is a guess too: typing22)
GUESSED = {"two- or three-word name", "name after 'the'", "capitals inside a word", "acronym", "short form",
           NOT_A_PERSON}  # fmt: skip


def series_classes(mentions: list[Found]) -> None:
    """A new name guessed a person or a body ('Example Ghost lands on the Moon') that opens the numbered name of
    a craft or a launcher elsewhere in the text ('the Example Ghost Mission 1 lander') takes that class."""
    craft = [
        m for m in mentions if m.new and m.type in ("Mission", "Program", "Station") and SERIES_SUFFIX.search(m.label)
    ]
    if not craft:
        return
    by_entity: dict[str, list[Found]] = {}
    for mention in mentions:
        if mention.new:
            by_entity.setdefault(mention.entity, []).append(mention)
    for entity, found in by_entity.items():
        if not all(m.rule in GUESSED for m in found) or found[0].type not in ("Person", "Organization"):
            continue
        label = found[0].label
        series = next((c for c in craft if c.entity != entity and c.label.startswith(label) and
                       SERIES_SUFFIX.fullmatch(c.label[len(label):])), None)  # fmt: skip
        if series is not None:
            for mention in found:
                mention.type, mention.rule, mention.confidence = series.type, "a series' name", 0.5


class People:
    """The names of several words met so far, by their first and last word: 'Jane Ann Example' after 'Jane
    Example' (a headline's short name, or a middle name or patronymic added later), or the other way round, is
    one person, the one named first. Each sentence looks up only the names sharing its names' ends, so the
    work stays linear in the text (a scan of every earlier mention per sentence was quadratic)."""

    def __init__(self) -> None:
        self.by_ends: dict[tuple[str, str], list[Found]] = {}

    def add(self, mentions: list[Found]) -> None:
        """Mentions as they join the candidates, in text order."""
        for mention in mentions:
            words = mention.label.split()
            if len(words) >= 2:
                self.by_ends.setdefault((words[0], words[-1]), []).append(mention)

    def same_person(self, found: list[Found]) -> None:
        """Give each new person of ``found`` the entity of the first earlier person it names again."""
        for mention in found:
            if not (mention.new and mention.type == "Person") or mention.rule == "short form":
                continue
            words = mention.label.split()
            if len(words) < 2:
                continue
            for person in self.by_ends.get((words[0], words[-1]), ()):
                other = person.label.split()
                if (
                    person.new
                    and person.type == "Person"
                    and person.rule != "short form"
                    and person.entity != mention.entity
                    and len(other) != len(words)
                    and (set(other) <= set(words) or set(words) <= set(other))
                ):
                    mention.entity = person.entity
                    break


# A given name alone on a letter's, memo's or post's last line, after a blank line.
SIGN_OFF = re.compile(r"\n[ \t]*\n[ \t]*([A-Z][a-z]{2,})[ \t]*\s*$")


def sign_off(text: str, mentions: list[Found], is_a: Callable[[Found, str], bool]) -> list[Found]:
    """'Jane' signing the last line after 'From: Jane Example': the one person of the text with that given name."""
    match = SIGN_OFF.search(text, max(0, len(text) - 120))
    if match is None or any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
        return []
    given = match.group(1)
    people = {m.entity: m for m in mentions
              if m.rule != "anaphor" and is_a(m, "Person") and text[m.start : m.end].split()[0] == given
              and " " in text[m.start : m.end]}  # fmt: skip
    if len(people) != 1:
        return []
    (person,) = people.values()
    return [copied(person, start=match.start(1), end=match.end(1), confidence=0.6, rule="sign-off")]


# 'Critics called it "Example Wars"', 'the press dubbed the programme “Example”': a nickname in quotation marks.
NICKNAMED = re.compile(
    r"\b(?:called|dubbed|nicknamed|branded)\s+(?:it|the\s+(?:programme|program|plan|project|initiative|system|"
    r"mission|treaty|agreement|lander|probe|spacecraft|telescope))\s+[\"“]([A-Z][\w’' -]{1,38}[\w’'])[\"”]"
)
NICKNAMED_CLASSES = ("Program", "Mission", "Document", "Event", "Facility", "Station")


def nickname(
    text: str, start: int, end: int, history: list[Found], local: list[Found], is_a: Callable[[Found, str], bool]
) -> Found | None:
    """The nickname a sentence gives the programme, craft or document named last before it, as a mention of it
    (``history``: the text's mentions before the sentence, ``local``: the sentence's)."""
    match = (
        NICKNAMED.search(text, start, end)
        if "called " in text[start:end]
        or "dubbed " in text[start:end]
        or "named " in text[start:end]
        or "branded " in text[start:end]
        else None
    )
    if match is None:
        return None
    # the last one, read from the end (the history is not copied: the work stays linear in the text)
    target = next((m for m in itertools.chain(reversed(local), reversed(history))
                   if m.end <= match.start() and any(is_a(m, c) for c in NICKNAMED_CLASSES)), None)  # fmt: skip
    if target is None:
        return None
    return copied(target, start=match.start(1), end=match.end(1), confidence=0.6, rule="nickname")
