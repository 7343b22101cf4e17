"""Linking: the names the graph knows (labels, aliases, official titles,
demonyms, capitals, gazetteer places) and the classes of entities, known or
new. Aliases that are not proper names (``the proposal``) belong to the text
they were curated from and are used only for that same text (same SHA-256).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacekg.core.resources import gazetteer_text
from spacekg.extract.base import Found, proper, slug
from spacekg.extract.patterns import CAPITALS, DEMONYMS, GENERIC, HEAD_FIRST, HEADS, LINKABLE, NEW_TYPE_GROUPS
from spacekg.model.facts import Dataset, Entity

CONNECTORS = {"of", "the", "and", "for", "on", "in", "a", "an", "to"}
# Last words of companies' names after which the first word alone names the company ('Example Aerospace').
COMPANY_WORDS = {"Space", "Aerospace", "Dynamics", "Robotics", "Technologies", "Industries", "Systems", "Electric"}
# 'Space Command', 'Space Force', 'Space Agency': a body many countries have; an alias of one country's only
# in its own text (elsewhere 'France's Space Command' is another).
# A number in a name ('Example 33e'): a craft of a series.
NUMBER = re.compile(r"\s\d")
NATIONAL_BODY = re.compile(r"Space\s+(?:" + "|".join(HEADS) + ")")
# Where a capital is the city, besides 'in', 'at', 'visit to' (mentions.LOCATIVE): a direction or a part of it
# ('south of Examplton', 'the outskirts of'), the start of a journey ('tours leave from', 'flights from').
# 'Examplton is home to the Example Agency', 'Examplton hosts the headquarters of …': the city, not its state.
HOME_AFTER = re.compile(
    r"\s+(?:(?:is|was|has\s+(?:long\s+)?been|remains|became)\s+home\s+to|(?:hosts|hosted|houses|housed)\s+"
    r"(?:the\s+)?(?:headquarters|seat|offices|secretariat)\b)"
)
PLACE_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|outskirts|suburbs|centre|center|heart|outside|miles|km)\s+of\s+$"
    r"|\b(?:tours?|trips?|flights?|fl(?:y|ies|ew|own)|travel\w*|journeys?|excursions?|trains?|bus(?:es)?|drives?|"
    r"routes?|ferr(?:y|ies)|operators?|depart\w*|leav(?:e|es|ing))\b[^.;:!?]{0,40}\bfrom\s+$"
)
# A law's title: a country's name opening it counts as a mention of the country.
LAW_TITLE = re.compile(r"\b(?:Act|Law|Bill|Code|Statute)(?:\s+of\s+\d{4})?$")
# A craft's name by its head word (found inside a body's name: 'the Example Orbiter Mishap Investigation Board').
CRAFT_HEAD_RULES = {
    f"name ending in {head}" for head in ("Orbiter", "Lander", "Rover", "Probe", "Telescope", "Explorer")
}
# A letter's or cable's address line ('TO: Example Ministry, Examplton'): a name, a comma and the city ending it.
ADDRESS_BEFORE = re.compile(r"(?:^|\n)(?:[A-Z][A-Za-z]*:[ \t]*)?[A-Z][\w.’'-]*(?:[ \t]+[\w.’'-]+){0,6},[ \t]+$")
LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# 'the Example Embassy Examplton': a diplomatic post named by its city (the city belongs to the post's name).
POST_BEFORE = re.compile(
    r"(?<![\w’'-])((?:(?!The\b)[A-Z][\w.’'-]*[ \t]+){1,3}(?:Embassy|Consulate(?:[ -]General)?))[ \t]+$"
)
# A verb right after a known capital city: the city acting is its country's government ('Examplton says').
ACTS_AFTER = re.compile(
    r"\s+(?:says|said|insist(?:s|ed)|argue[sd]?|want(?:s|ed)|hopes|claim(?:s|ed)|accused|rejected|denied|agreed|"
    r"announced|warned|objected|protested|refused|owes|plans|intends|told|responded|replied|welcomed|urged|vetoed|"
    r"blocked|backed|opposed|will|would|must|should|"
    r"ha[sd]\s+(?:long\s+|already\s+|also\s+|not\s+|never\s+)?(?:[a-z]+ed|said|told|put|made|sent|paid|spent))\b"
)


class Linker:
    """The graph's names and classes: what a name in a new text refers to,
    and what class an entity (known or new) belongs to."""

    def __init__(self, dataset: Dataset) -> None:
        self.entities = dataset.entities()
        self.sources = {f.source.sha256 for f in dataset.files}
        self.general: dict[str, tuple[str, float, str]] = {}
        self._is_cache: dict[tuple[str, str], bool] = {}
        self._new_is_cache: dict[tuple[str, str], bool] = {}
        self.local: dict[str, tuple[str, float, str]] = {}
        for entity in self.entities.values():
            self._add_names(entity)
        for country, words in DEMONYMS.items():
            if country in self.entities:
                for word in words:
                    self.general.setdefault(word, (country, 0.8, "demonym"))
        for country, capital in CAPITALS.items():
            if country in self.entities:
                self.general.setdefault(capital, (country, 0.7, "capital"))
        self._derived_names()
        # Places the graph does not know yet: new entities, typed by the gazetteer.
        self.gazetteer: dict[str, tuple[str, str]] = {}
        self.gazetteer_labels: dict[str, str] = {}  # id -> its first name in the gazetteer ('India' for 'Indian')
        # A capital: the city after 'in', 'at', 'visit to'; elsewhere the country it stands for ('Tokyo said').
        self.capitals: dict[str, str] = {capital: slug(capital) for capital in CAPITALS.values()}
        rows = [line.split("\t") for line in gazetteer_text().splitlines() if line and not line.startswith("#")]
        kinds = {row[2]: row[1] for row in rows if len(row) == 3}
        for name, kind, entity_id, *stands_for in rows:
            self.gazetteer_labels.setdefault(entity_id, name)
            if stands_for:
                # a capital stands for its country ('Tokyo said'), Brussels for the European Union
                self.capitals.setdefault(name, entity_id)
                entity_id, kind = stands_for[0], kinds.get(stands_for[0], "Country")
            if entity_id in self.entities:
                rule = (0.7, "capital") if stands_for else (0.85, "gazetteer")
                self.general.setdefault(name, (entity_id, *rule))
            elif name not in self.general:
                self.gazetteer[name] = (entity_id, kind)
        # 'were Saudis', 'ordinary Ukrainians': a nationality's plural used as a noun names the country (roles18)
        labels = {entity_id: name for name, _, entity_id, *_ in reversed(rows)}
        for name, kind, entity_id, *stands_for in rows:
            plural = name + "s"
            if (kind != "Country" or stands_for or labels[entity_id] == name or " " in name
                    or name.endswith(("s", "sh", "ch", "ese")) or plural in self.general or plural in self.gazetteer):  # fmt: skip
                continue
            if entity_id in self.entities:
                self.general[plural] = (entity_id, 0.8, "demonym")
            else:
                self.gazetteer[plural] = (entity_id, kind)
        for name, (entity_id, kind) in list(self.gazetteer.items()):
            titled = _titled_acronym(name)
            if titled and kind not in ("Country", "Place", "City") and titled not in self.gazetteer:
                self.gazetteer[titled] = (entity_id, kind)  # 'Isro', 'Jaxa': the British press's spelling
        self._company_short_names()
        # A capital the graph knows as a city ('London'): its country where the city acts ('London says').
        capital_of = {capital: country for country, capital in CAPITALS.items()}
        capital_of.update({row[0]: row[3] for row in rows if len(row) == 4})
        self.capital_country = {capital: country for capital, country in capital_of.items()
                                if country in self.entities and self.general.get(capital, ("",))[0] not in ("", country)}  # fmt: skip

    @staticmethod
    def capital_is_a_place(text: str, at: int, until: int) -> bool:
        """A capital where the text puts something, not its government: after a direction ('south of X'),
        a journey's start ('tours usually leave from X'), at the end of an address line ('TO: Ministry, X'),
        home to a body ('X is home to the Example Agency', 'X hosts the headquarters of …')."""
        return (
            PLACE_BEFORE.search(text, max(0, at - 60), at) is not None
            or (
                ADDRESS_BEFORE.search(text, max(0, at - 80), at) is not None and LINE_END.match(text, until) is not None
            )
            or HOME_AFTER.match(text, until) is not None
        )

    @staticmethod
    def post_named_by_city(text: str, at: int, until: int, city: str) -> Found | None:
        """'the Example Embassy Examplton': the post and its city as one new name."""
        before = POST_BEFORE.search(text, max(0, at - 60), at)
        if before is None:
            return None
        label = text[before.start(1) : until]
        return Found(before.start(1), until, slug(label), new=True, type="GovernmentBody", label=label,
                     confidence=0.6, rule="post named by its city")  # fmt: skip

    def acting_capital(self, word: str, entity: str, text: str, until: int) -> str:
        """A known capital city followed by a verb stands for its country ('Examplton says …')."""
        country = self.capital_country.get(word)
        if country is not None and entity != country and ACTS_AFTER.match(text, until):
            return str(country)
        return entity

    def _company_short_names(self) -> None:
        """'Example' for the gazetteer's 'Example Space' or 'Example Aerospace': a company is named by its first
        word alone, when no other name holds that word."""
        self.company_words: set[str] = set()  # (not before another capitalised word: 'Example Mission 4')
        words: dict[str, int] = {}
        for name in [*self.general, *self.gazetteer]:
            for word in set(name.split()):
                words[word] = words.get(word, 0) + 1
        for name, (entity_id, kind) in list(self.gazetteer.items()):
            parts = name.split()
            if (kind == "Organization" and len(parts) == 2 and parts[1] in COMPANY_WORDS and len(parts[0]) >= 4
                    and parts[0].isalpha() and parts[0][:1].isupper() and words.get(parts[0]) == 1
                    and parts[0] not in GENERIC and parts[0] not in HEADS and parts[0] not in self.gazetteer):  # fmt: skip
                self.gazetteer[parts[0]] = (entity_id, kind)
                self.company_words.add(parts[0])

    def _derived_names(self) -> None:
        """Names derived from the known ones, used when unambiguous: the
        initials of a long name ('UNGA' for 'United Nations General
        Assembly', 'UN General Assembly'), and a distinctive last word
        ('Gateway' for 'Lunar Gateway', a surname for a person)."""
        derived: dict[str, set[str]] = {}
        kinds: dict[str, str] = {}
        for name, (entity_id, _, rule) in list(self.general.items()):
            if rule not in ("name", "title"):
                continue
            words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in CONNECTORS]
            entity = self.entities[entity_id]
            organization = "Organization" in self.classes(entity)
            named_thing = any(c in self.classes(entity) for c in ("Person", "Program", "Station"))
            if len(words) >= 2 + (not organization) and all(w[:1].isupper() for w in words) and organization:
                initials = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
                if len(initials) >= 3 and initials.isalpha():
                    derived.setdefault(initials, set()).add(entity_id)
                    kinds[initials] = "initials"
            if len(words) >= 2 and all(w[:1].isupper() for w in words) and named_thing:
                tail = words[-1]
                if (len(tail) >= 4 and tail.isalpha() and tail[0].isupper() and not tail.isupper()
                        and tail not in GENERIC and tail not in HEADS and tail not in HEAD_FIRST):  # fmt: skip
                    derived.setdefault(tail, set()).add(entity_id)
                    kinds[tail] = "last word of a known name"
            # 'General Assembly' for 'UN General Assembly': the rest of a name after a known name.
            if organization:
                for size in (1, 2):
                    head, rest = " ".join(name.split()[:size]), " ".join(name.split()[size:])
                    owner = self.entities.get(self.general[head][0]) if head in self.general else None
                    if (owner is not None and owner.id != entity_id and len(rest.split()) >= 2
                            and "Country" not in self.classes(owner)):  # fmt: skip
                        derived.setdefault(rest, set()).add(entity_id)
                        kinds[rest] = "last words of a known name"
            # 'First Committee' for 'First Committee of the United Nations General Assembly': a body's name
            # before 'of the' and another known name.
            if organization and " of the " in name:
                head, owner_name = name.split(" of the ", 1)
                if (len(head.split()) >= 2 and owner_name in self.general and self.general[owner_name][0] != entity_id
                        and all(w[:1].isupper() for w in head.split())):  # fmt: skip
                    derived.setdefault(head, set()).add(entity_id)
                    kinds[head] = "first words of a known name"
            # 'Nasa', 'Isro': a body's acronym as the British press writes it, in title case
            titled = _titled_acronym(name) if organization else None
            if titled:
                derived.setdefault(titled, set()).add(entity_id)
                kinds[titled] = "an acronym in title case"
        for name, ids in derived.items():
            if len(ids) == 1 and name not in self.general:
                self.general[name] = (ids.pop(), 0.6, kinds[name])

    def names_for(self, sha256: str) -> dict[str, tuple[str, float, str]]:
        """The names to look for in a text: source aliases only in their own text."""
        names = dict(self.general)
        if sha256 in self.sources:
            names.update({k: v for k, v in self.local.items() if k not in names})
        return names

    def _add_names(self, entity: Entity) -> None:
        linkable = any(c in LINKABLE for c in self.classes(entity))
        if entity.title:  # an official title is a proper name, whatever its case
            self.general.setdefault(entity.title, (entity.id, 0.95, "title"))
        for name in (entity.label, *entity.aliases):
            name = re.sub(r"^the\s+", "", name)
            if linkable and proper(name) and len(name) > 1 and not NATIONAL_BODY.fullmatch(name):
                self.general.setdefault(name, (entity.id, 0.95, "name"))
            else:
                self.local.setdefault(name, (entity.id, 0.9, "source alias"))

    def ancestors(self, cls: str) -> set[str]:
        """A class and its superclasses in the ontology (all classes read at once, the first time)."""
        table: dict[str, set[str]] | None = self.__dict__.get("_class_ancestors")
        if table is None:
            from rdflib import RDFS

            from spacekg.model.vocabulary import ontology_graph

            skg = "https://w3id.org/spacekg/ontology#"
            parents: dict[str, set[str]] = {}
            for child, parent in ontology_graph().subject_objects(RDFS.subClassOf):
                if str(child).startswith(skg) and str(parent).startswith(skg):
                    parents.setdefault(str(child)[len(skg) :], set()).add(str(parent)[len(skg) :])
            table = {}
            for name in parents:
                seen, todo = {name}, [name]
                while todo:
                    for above in parents.get(todo.pop(), ()):
                        if above not in seen:
                            seen.add(above)
                            todo.append(above)
                table[name] = seen
            self.__dict__["_class_ancestors"] = table
        return table.get(cls, {cls})

    def classes(self, entity: Entity) -> set[str]:
        from spacekg.model.vocabulary import ontology_graph

        if not hasattr(self, "_ancestors"):
            from rdflib import RDFS, URIRef

            graph = ontology_graph()
            skg = "https://w3id.org/spacekg/ontology#"
            self._ancestors: dict[str, set[str]] = {}
            for cls in {t for e in self.entities.values() for t in e.types}:
                seen = {cls}
                todo = [URIRef(skg + cls)]
                while todo:
                    for parent in graph.objects(todo.pop(), RDFS.subClassOf):
                        name = str(parent)[len(skg) :]
                        if str(parent).startswith(skg) and name not in seen:
                            seen.add(name)
                            todo.append(parent)  # type: ignore[arg-type]
                self._ancestors[cls] = seen
        return set().union(*(self._ancestors.get(t, {t}) for t in entity.types))

    # --- the passes --------------------------------------------------------

    def names_of(self, entity_id: str) -> set[str]:
        entity = self.entities.get(entity_id)
        if entity is None:
            return set()
        return {n for n in (entity.label, *entity.aliases) if proper(n) and len(n) > 3}

    def pattern(self, names: dict[str, Any]) -> NamePattern:
        """One expression for all the names, the longest that fits at each
        place first. The names share their prefixes in it (a trie), so it
        tries a few letters at each place rather than every name in turn.
        The graph's and the gazetteer's names, in every text's set, are
        compiled once per linker; a text's own names (its acronyms, its
        source aliases) in a small expression of their own, read beside it
        (:class:`NamePattern`): compiling the whole set for each text cost
        more than extracting a short one."""
        key = frozenset(names)
        base: tuple[frozenset[str], re.Pattern[str]] | None = self.__dict__.get("_base_pattern")
        if base is None or not base[0] <= key:
            whole = frozenset(self.general) | frozenset(self.gazetteer)
            base = (whole, self._names_expression(whole, kept=False)) if whole <= key else None
            if base is not None:
                self.__dict__["_base_pattern"] = base
        if base is None:  # a set without the graph's names: one expression
            return NamePattern(self._names_expression(key))
        extra = key - base[0]
        return NamePattern(base[1], self._names_expression(extra) if extra else None)

    def _names_expression(self, names: frozenset[str], kept: bool = True) -> re.Pattern[str]:
        """:func:`_names_expression`, kept for the last few sets of names (``kept``)."""
        cache: dict[frozenset[str], re.Pattern[str]] = self.__dict__.setdefault("_patterns", {})
        if not kept:
            return cache.get(names) or _names_expression(names)
        if names not in cache:
            if len(cache) >= 8:
                cache.clear()
            cache[names] = _names_expression(names)
        return cache[names]

    def resolve_overlaps(self, found: list[Found]) -> list[Found]:
        """Keep the longest of overlapping mentions (known before new), and
        known names nested in a longer known mention ('Royal Air Force' in
        'Royal Air Force Base in High Wycombe') — except a country inside an
        organization's name ('China' in 'China National Space Administration')."""
        kept: list[Found] = []
        # ('the First Committee of the UNGA': a new name guessed from inside a known one, 'Committee of the UNGA',
        # started in the middle of a name and gives way to it)
        found = [m for m in found if not m.new or not any(
            not k.new and k.start < m.start < k.end < m.end for k in found)]  # fmt: skip
        for mention in sorted(found, key=lambda m: (-(m.end - m.start), m.new, m.start)):
            clashes = [k for k in kept if mention.start < k.end and k.start < mention.end]
            nested = all(
                not mention.new and not k.new and k.start <= mention.start and mention.end <= k.end
                and k.entity != mention.entity
                and not (self.is_(mention, "Country") and self.is_(k, "Organization") and k.rule == "name")
                for k in clashes
            ) or all(self._names_another(mention, k) for k in clashes) or all(
                # what a document is about is its own mention ('resolution on … the Moon')
                not mention.new and k.rule == "document description" and k.start <= mention.start and mention.end <= k.end
                for k in clashes
            )  # fmt: skip
            if not clashes or nested:
                kept.append(mention)
        return sorted(kept, key=lambda m: (m.start, m.end))

    def _place_in_facility(self, inner: Found, outer: Found) -> bool:
        """'High Wycombe' in 'RAF High Wycombe': a place inside a facility's name is not a mention of its own."""
        return self.is_(inner, "Place") and any(self.is_(outer, c) for c in ("Facility", "MilitaryBase", "Station"))

    def _names_another(self, inner: Found, outer: Found) -> bool:
        """A known name opening a new name counts on its own when it names
        something else ('ESA' in 'ESA Council', 'Moon' in 'Moon Agreement',
        'UN' in 'UN Security Council'; a name the gazetteer knows too: 'NATO'
        in 'NATO Space Centre'), except a country opening any longer name
        ('Japan' in 'Japan Aerospace Exploration Agency', 'US' in 'US-Example
        Summit', 'Korea' in 'Korea Example Orbiter') or a company opening a
        numbered craft's name ('Example 33e'), a program lending its
        name ('Artemis' in 'Artemis Accords' or 'Artemis II') and a place in a
        facility's name."""
        return (
            (not inner.new or inner.rule in ("gazetteer", "acronym")
             # a craft opening a body's name ('the Example Orbiter Mishap Investigation Board')
             # (or a numbered one: 'the Example 204 Review Board'; roles17)
             or ((inner.rule in CRAFT_HEAD_RULES or inner.rule == "numbered name")
                 and outer.type in ("GovernmentBody", "InternationalOrgan")))
            and outer.new
            # at the name's start, or what it is of at its end ('Example Union' in 'Council of the Example Union')
            and ((inner.start == outer.start and inner.end < outer.end)
                 # a legislature inside its committee's name ('the Examplian Senate Example Committee')
                 or (inner.rule == "gazetteer" and inner.type == "GovernmentBody" and outer.type == "GovernmentBody"
                     and outer.start < inner.start and inner.end < outer.end)
                 # a celestial body anywhere in a craft's name ('Example Mars Mission', '… for Investigating Moon')
                 or (self.is_(inner, "CelestialBody") and outer.type in ("Mission", "Program")
                     and self._body_inside(inner, outer))
                 or (outer.start < inner.start and inner.end == outer.end and outer.rule == "head-first name"
                     and self.is_(inner, "Organization")))
            and inner.entity != outer.entity and outer.type not in ("Person", "City", "Place")
            # (a country opening a law's title counts: 'Examplian Space Resources Act')
            and (not self.is_(inner, "Country") or (inner.start == outer.start and LAW_TITLE.search(outer.label) is not None))
            # a company's name opening its craft's counts no more than a country's ('Example 33e' of Example)
            and not (outer.type == "Mission" and NUMBER.search(outer.label) and self.is_(inner, "Organization"))
            # nor a city opening a newspaper's ('Example City Times')
            and not (outer.type == "MediaOutlet" and self.is_(inner, "City"))
            and (not self.is_(inner, "Program") or inner.rule in CRAFT_HEAD_RULES
                 or (inner.rule == "numbered name" and outer.type in ("GovernmentBody", "InternationalOrgan")))
            and not self._place_in_facility(inner, outer)
        )  # fmt: skip

    @staticmethod
    def _body_inside(inner: Found, outer: Found) -> bool:
        """Inside the name, or at its end after a small word or a verb ('… for Investigating Moon'; not 'Blue Moon')."""
        before = outer.label[: inner.start - outer.start].split()
        return inner.end < outer.end or (bool(before) and (before[-1].islower() or before[-1].endswith("ing")))

    def kind(self, mention: Found) -> str | None:
        """A mention's class: a new entity's type, a known entity's first type."""
        if mention.new:
            return mention.type or None
        entity = self.entities.get(mention.entity)
        return entity.types[0] if entity is not None and entity.types else None

    def nationality(self, word: str) -> bool:
        """A country's adjective ('Soviet', 'Examplian'): a name of a country, known or in the gazetteer, that is
        not the country's own label nor an abbreviation."""
        if word.isupper():
            return False
        general = self.general.get(word)
        if general is not None:
            entity = self.entities.get(general[0])
            return entity is not None and entity.label != word and "Country" in self.classes(entity)
        entry = self.gazetteer.get(word)
        return entry is not None and entry[1] == "Country" and self.gazetteer_labels.get(entry[0], word) != word

    def is_(self, mention: Found, cls: str) -> bool:
        # answers kept per (entity, class) and per (new type, class): the classes never change
        if mention.new:
            key = (mention.type, cls)
            answer = self._new_is_cache.get(key)
            if answer is None:
                kind = mention.type
                # by the ontology's subclasses too: a new DefenceMinistry is an Organization
                answer = kind == cls or kind in NEW_TYPE_GROUPS.get(cls, set()) or cls in self.ancestors(kind)
                self._new_is_cache[key] = answer
            return answer
        key = (mention.entity, cls)
        answer = self._is_cache.get(key)
        if answer is None:
            entity = self.entities.get(mention.entity)
            # a known mission is checked like a program, as a new one is (both are led and joined)
            kinds = NEW_TYPE_GROUPS.get(cls, {cls}) if cls == "Program" else {cls}
            answer = self._is_cache[key] = entity is not None and bool(kinds & self.classes(entity))
        return answer


def _names_expression(names: frozenset[str]) -> re.Pattern[str]:
    """The names as one expression (see :meth:`Linker.pattern`)."""
    # A name stands alone, or before a possessive or a hyphen (Russian-Chinese).
    # (no word character before it: tested after its first letter, so that re skips at once
    # the places where no name begins, as it does for an expression opening with letters)
    return re.compile(rf"({_trie(names, word_start=True)})(?=(?:['’]s)?(?![\w]))")


class NamePattern:
    """The names of a text as two expressions read as one: the graph's and the gazetteer's (compiled once) and
    the text's own. Each finds, at each place, the longest of its names that fits there; the longest of the
    two answers is the one expression of all the names would find there, so taking the earlier match, the
    longer at the same place, and going on after its end gives that expression's ``finditer``."""

    def __init__(self, main: re.Pattern[str], extra: re.Pattern[str] | None = None) -> None:
        self.main, self.extra = main, extra

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.extra is None:
            yield from self.main.finditer(text)
            return
        main, extra = self.main.search(text), self.extra.search(text)
        while main is not None or extra is not None:
            if extra is None or (main is not None and (main.start(), -main.end()) <= (extra.start(), -extra.end())):
                assert main is not None
                chosen = main
            else:
                chosen = extra
            yield chosen
            at = chosen.end()
            if main is not None and main.start() < at:
                main = self.main.search(text, at)
            if extra is not None and extra.start() < at:
                extra = self.extra.search(text, at)


def _trie(names: frozenset[str], word_start: bool = False) -> str:
    """An expression matching exactly the names, longest first: names that
    match at one place are prefixes of each other, so trying the longer
    continuation before stopping gives the longest name that fits.
    ``word_start``: only where no word character comes before the name
    (``(?<![\\w])`` in front, written as a look back past the first letter)."""
    root: dict[str, Any] = {}
    for name in names:
        node = root
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def build(node: dict[str, Any], first: bool = False) -> str:
        branches = [re.escape(char) + (rf"(?<![\w]{re.escape(char)})" if first else "") + build(child)
                    for char, child in sorted(node.items()) if char]  # fmt: skip
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, word_start)


DERIVED = ("initials", "last word of a known name", "last words of a known name", "first words of a known name")


def nested(
    word: str,
    offset: int,
    names: dict[str, tuple[str, float, str]],
    cache: dict[str, list[tuple[int, int, str, float, str]]],
) -> list[Found]:
    """Names inside a name, recursively ('UN' in 'UN General Assembly' in
    'UN General Assembly First Committee'), each as its own mention. Names
    derived from others (initials, last words) are not looked for inside.
    ``cache`` keeps each name's inner names for the rest of the text."""
    if word not in cache:
        inner = []
        if " " in word or "-" in word:
            for name, (entity, confidence, rule) in names.items():
                if len(name) >= len(word) or name not in word or rule in DERIVED:
                    continue
                for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", word):
                    inner.append((match.start(), match.end(), entity, confidence - 0.1, rule + " (nested)"))
        cache[word] = inner
    return [Found(offset + a, offset + b, entity, confidence=c, rule=r) for a, b, entity, c, r in cache[word]]


def _titled_acronym(name: str) -> str | None:
    """'Nasa' for 'NASA': an acronym of four to six letters in title case, unless that is a word of its own."""
    if not (name.isalpha() and name.isupper() and 4 <= len(name) <= 6):
        return None
    titled = name[0] + name[1:].lower()
    return None if titled.lower() in TITLED_ACRONYM_WORDS else titled


# Acronyms whose title-case spelling is an English word or a common given name ('CAST' is a word, 'KARI' a name).
TITLED_ACRONYM_WORDS = {
    "cast",
    "kari",
    "nisar",
    "care",
    "safe",
    "wise",
    "star",
    "aim",
    "iris",
    "mars",
    "luna",
    "aria",
    "nova",
    "sara",
    "lisa",
    "maria",
    "dart",
    "hope",
    "soar",
    "swot",
    "grace",
}


SMALL_WORDS = frozenset({"of", "for", "on", "the", "and", "in", "to", "de", "du", "des", "la", "le"})


def shorter_acronyms(text: str, defined: dict[str, str], *known: dict[str, Any]) -> dict[str, str]:
    """Acronyms of a defined name's last words that the text uses for the same body: 'GA' after 'UN General
    Assembly (UNGA)', 'OOSA' after 'UN Office for Outer Space Affairs (UNOOSA)' (the shorter acronym ends the
    defined one and spells the name's last capitalised words). ``defined`` maps each acronym and long name the
    text defines to its entity; ``known`` hold names already read otherwise (never taken over)."""
    found: dict[str, str] = {}
    for long_name, entity in defined.items():
        words = [w for w in long_name.split() if w.lower() not in SMALL_WORDS]
        if len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        acronyms = [a for a, e in defined.items() if e == entity and a.isupper() and " " not in a and len(a) >= 3]
        for size in range(2, len(words) + 1):
            short = "".join(w[0] for w in words[-size:]).upper()
            if any(short in k for k in known) or short in defined or short in found:
                continue
            # (what the longer acronym adds is a name of its own: the 'UN' of 'UNGA', not the 'E' of 'ESA')
            if any(
                a.endswith(short) and any(a[: -len(short)] in k for k in known) for a in acronyms if a != short
            ) and (re.search(rf"\b{short}\b", text)):
                found[short] = entity
    return found


# A capitalised run of letters that may be an acronym ('UNGA', 'GA', 'OOSA').
ACRONYM_WORD = re.compile(r"(?<![\w.-])[A-Z]{2,8}(?![\w-])")


def known_acronym_tails(text: str, *known: dict[str, Any]) -> dict[str, str]:
    """'GA' in a text that also writes 'UNGA' (a name the graph knows): the end of a known acronym whose
    beginning is a name of its own ('UN') and that the text uses on its own names the same body (what
    :func:`shorter_acronyms` does for an acronym the text defines). ``known`` hold the names already read
    (never taken over)."""
    words = set(ACRONYM_WORD.findall(text)) if re.search(r"[A-Z]{2}", text) else set()
    found: dict[str, str] = {}
    for word in words:
        entity = next((k[word] for k in known if word in k), None)
        if entity is None or len(word) < 4:
            continue
        for cut in range(1, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if tail in words and any(head in k for k in known) and not any(tail in k for k in known):
                found.setdefault(tail, entity[0] if isinstance(entity, tuple) else entity)
    return found
