"""The curated facts format: loading, checking and the in-memory model.

A facts file is YAML describing one source text: the source itself, the
entities it names, the facts it reports and the claims it attributes. Every
item points at character offsets of the source, never at its sentences.
See README.md, "The facts file", for the format.

Every problem is reported as a :class:`~spacekg.errors.FactsError` naming the
file, the line and the offending value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from spacekg.core.ids import slugify
from spacekg.errors import FactsError
from spacekg.model.vocabulary import DATE_FORMS, VALUE_RANGES, Vocabulary, date_datatype, vocabulary

FORMAT_VERSION = 1
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_QID = re.compile(r"^Q[1-9][0-9]*$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
STANCES = ("supports", "opposes")
# How a statement that is not a plain, done fact is qualified (tests/corpus/GUIDELINES.md).
MODALITIES = ("negated", "planned", "predicted", "unlikely", "conditional")

Span = tuple[int, int]


@dataclass(frozen=True)
class Source:
    id: str
    types: tuple[str, ...]
    label: str
    sha256: str
    characters: int
    mention: Span
    title: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    types: tuple[str, ...]
    label: str
    mention: Span
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    title: str | None = None
    description: str | None = None
    line: int | None = None
    confidence: float | None = None
    status: str | None = None  # "new" on extracted candidates


@dataclass(frozen=True)
class Fact:
    id: str
    subject: str
    relation: str
    evidence: tuple[Span, ...]
    object: str | None = None  # an entity id, for object properties
    value: int | str | None = None  # a literal, for datatype properties
    reported_by: str | None = None
    line: int | None = None
    confidence: float | None = None
    modality: str | None = None  # one of MODALITIES: never asserted as a plain fact


@dataclass(frozen=True)
class Proposition:
    subject: str
    relation: str
    object: str


@dataclass(frozen=True)
class Claim:
    id: str
    speakers: tuple[str, ...]
    summary: str
    evidence: tuple[Span, ...]
    stance: str | None = None  # "supports" or "opposes"
    target: str | None = None  # entity or claim id the stance is towards
    about: tuple[str, ...] = ()
    proposition: Proposition | None = None
    stated_in: str | None = None
    reported_by: str | None = None
    date: dict[str, int] = field(default_factory=dict)
    line: int | None = None
    confidence: float | None = None
    modality: str | None = None  # of the proposition, one of MODALITIES


@dataclass(frozen=True)
class Mention:
    """A span of this file's source that names an entity defined elsewhere
    (typically in another facts file): evidence of that entity here."""

    entity: str
    span: Span
    confidence: float | None = None
    line: int | None = None


@dataclass(frozen=True)
class DateMention:
    """A date the source gives, tied to its sentence (for review)."""

    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True)
class FactsFile:
    path: str
    source: Source
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateMention, ...] = ()


# --- YAML with line numbers ------------------------------------------------


class _LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line where ``key`` is written, else where the mapping starts."""
        lines: dict[str, int] = getattr(self, "key_lines", {})
        return lines.get(key, self.line)


class _LineList(list[Any]):
    line: int = 0


# Deeper nesting than this is never a facts file; the composer is recursive.
MAX_DEPTH = 50
# Text that is not valid Unicode scalar values cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Loader(yaml.SafeLoader):
    """SafeLoader that remembers where each mapping and list starts, refuses
    duplicate keys (plain YAML would silently keep the last one), explicit
    tags (``!!int seven``, ``!!python/...``), anchors and aliases, nesting
    deeper than MAX_DEPTH, and text with lone surrogates such as ``"\\ud800"``."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise FactsError(
                self.name, line, "YAML anchors and aliases (&name, *name) are not allowed; write the value out"
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":  # the parser leaves tag None unless one is written
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise FactsError(
                self.name, line, f"YAML tag {shown!r} is not allowed; write plain values (quote text, e.g. '7')"
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise FactsError(self.name, line, f"entries are nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            value = super().construct_object(node, deep=deep)
        except (ValueError, TypeError, OverflowError) as exc:
            # e.g. a plain 2021-99-99 is read as a date that does not exist
            shown = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            raise FactsError(
                self.name, node.start_mark.line + 1, f"cannot read the value {_short(shown)} ({exc}); quote it as text"
            ) from None
        if isinstance(value, str) and _SURROGATE.search(value):
            raise FactsError(
                self.name,
                node.start_mark.line + 1,
                f"the text {_short(value, ascii)} contains a lone surrogate "
                "(\\ud800-\\udfff), which is not a character; write the character itself",
            )
        return value


def _short(value: Any, show: Any = repr, limit: int = 60) -> str:
    text: str = show(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LineDict:
    result = _LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise FactsError(loader.name, key_node.start_mark.line + 1, f"key {key!r} must be text")
        if key in result:
            raise FactsError(
                loader.name,
                key_node.start_mark.line + 1,
                f"duplicate key {key!r} in this entry; keep one of them",
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> _LineList:
    result = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _parse_yaml(text: str, path: str) -> Any:
    try:
        loader = _Loader(text)  # the reader rejects control characters here
    except yaml.YAMLError as exc:
        raise FactsError(path, None, f"not a YAML text: {exc}") from None
    loader.name = path
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "syntax error"
        raise FactsError(path, line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise FactsError(path, None, f"YAML error: {exc}") from None
    finally:
        loader.dispose()


# --- Checking ----------------------------------------------------------------


class _Reader:
    """Checks one facts file's structure, remembering lines for messages."""

    def __init__(self, path: str, vocab: Vocabulary) -> None:
        self.path = path
        self.vocab = vocab
        self.length = 0

    def fail(self, line: int | None, message: str) -> FactsError:
        return FactsError(self.path, line, message)

    def mapping(self, value: Any, what: str, line: int | None) -> _LineDict:
        if not isinstance(value, dict):
            raise self.fail(line, f"{what} must be a mapping of keys to values, not {_kind(value)}")
        return value  # type: ignore[return-value]

    def keys(self, entry: _LineDict, what: str, required: Iterable[str], optional: Iterable[str]) -> None:
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in entry:
            if key not in allowed:
                raise self.fail(
                    entry.line_of(key),
                    f"{what}: unknown key {key!r}; expected one of {', '.join(sorted(allowed))}",
                )
        for key in required:
            if key not in entry or entry[key] is None:
                raise self.fail(entry.line, f"{what}: missing required key {key!r}")

    def text(self, entry: _LineDict, key: str, what: str) -> str:
        value = entry[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(entry.line_of(key), f"{what}: {key!r} must be non-empty text, not {value!r}")
        return value

    def optional_text(self, entry: _LineDict, key: str, what: str) -> str | None:
        return self.text(entry, key, what) if entry.get(key) is not None else None

    def slug(self, entry: _LineDict, key: str, what: str) -> str:
        value = entry[key]
        if not isinstance(value, str) or not SLUG.match(value):
            raise self.fail(
                entry.line_of(key),
                f"{what}: {key} {value!r} is not a valid id; use lower-case letters, digits "
                "and single hyphens, e.g. 'china-national-space-administration'",
            )
        return value

    def id_list(self, entry: _LineDict, key: str, what: str) -> tuple[str, ...]:
        value = entry.get(key)
        if value is None:
            return ()
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, str) or not SLUG.match(item):
                raise self.fail(entry.line_of(key), f"{what}: {key} {item!r} is not a valid id")
        return tuple(items)

    def types(self, entry: _LineDict, what: str) -> tuple[str, ...]:
        value = entry["type"]
        items = value if isinstance(value, list) else [value]
        if not items:
            raise self.fail(entry.line, f"{what}: 'type' must name at least one class")
        for item in items:
            if not isinstance(item, str):
                raise self.fail(
                    entry.line_of("type"), f"{what}: 'type' must be a class name or a list of them, not {value!r}"
                )
            if item not in self.vocab.classes:
                raise self.fail(
                    entry.line_of("type"),
                    f"{what}: unknown type {item!r}; the ontology's classes are "
                    f"{', '.join(sorted(self.vocab.classes))}",
                )
        return tuple(items)

    def span(self, value: Any, what: str, line: int | None) -> Span:
        line = getattr(value, "line", line)
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            raise self.fail(line, f"{what}: a span must be [start, end] character offsets, not {value!r}")
        start, end = value
        if not 0 <= start < end <= self.length:
            raise self.fail(
                line,
                f"{what}: span [{start}, {end}] lies outside the text, which has "
                f"{self.length} characters; offsets must satisfy 0 <= start < end <= {self.length}",
            )
        return (start, end)

    def evidence(self, entry: _LineDict, what: str) -> tuple[Span, ...]:
        value = entry["evidence"]
        line = entry.line_of("evidence")
        if not isinstance(value, list) or not value:
            raise self.fail(line, f"{what}: 'evidence' must be a list of [start, end] spans")
        if all(isinstance(v, int) for v in value):
            raise self.fail(
                getattr(value, "line", entry.line),
                f"{what}: 'evidence' is a list of spans; write [[{value[0]}, ...]] not [{value[0]}, ...]",
            )
        spans = tuple(self.span(v, what, line) for v in value)
        if len(set(spans)) != len(spans):
            raise self.fail(line, f"{what}: the same evidence span is listed twice")
        return spans

    def confidence(self, entry: _LineDict, what: str) -> float | None:
        value = entry.get("confidence")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise self.fail(entry.line_of("confidence"), f"{what}: confidence {value!r} must be a number from 0 to 1")
        return float(value)

    def modality(self, entry: _LineDict, what: str) -> str | None:
        value = entry.get("modality")
        if value is None:
            return None
        if not isinstance(value, str) or value not in MODALITIES:
            raise self.fail(
                entry.line_of("modality"), f"{what}: modality {value!r} must be one of {', '.join(MODALITIES)}"
            )
        return str(value)

    def relation(self, entry: _LineDict, key: str, what: str) -> str:
        value = entry[key]
        if not isinstance(value, str):
            raise self.fail(entry.line_of(key), f"{what}: {key!r} must be one relation name, not {value!r}")
        if value in self.vocab.object_properties or value in self.vocab.datatype_properties:
            return str(value)
        known = sorted(self.vocab.object_properties | set(self.vocab.datatype_properties))
        raise self.fail(
            entry.line_of(key), f"{what}: unknown relation {value!r}; the ontology's relations are {', '.join(known)}"
        )

    def literal(self, relation: str, value: Any, what: str, line: int) -> int | str:
        datatype = self.vocab.datatype_of(relation)
        if datatype in ("integer", "nonNegativeInteger"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise self.fail(line, f"{what}: {relation} must be a whole number, not {value!r}")
            low, high = VALUE_RANGES.get(relation, (0 if datatype == "nonNegativeInteger" else -(10**9), 10**9))
            if not low <= value <= high:
                raise self.fail(line, f"{what}: {relation} {value} is out of range; expected {low} to {high}")
            return value
        if not isinstance(value, str) or not value.strip():
            raise self.fail(line, f"{what}: {relation} must be non-empty text, not {value!r}")
        if relation == "date" and date_datatype(value) is None:
            forms = ", ".join(f"{example!r} ({name})" for _, name, example in DATE_FORMS)
            raise self.fail(line, f"{what}: date {value!r} is not a standard partial date; write one of {forms}")
        return value


def _kind(value: Any) -> str:
    return {list: "a list", str: "text", int: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


def _read_source(reader: _Reader, raw: Any, line: int) -> Source:
    entry = reader.mapping(raw, "source", line)
    reader.keys(entry, "source", ("id", "type", "label", "sha256", "characters", "mention"), ("title", "file"))
    sha = entry["sha256"]
    if not isinstance(sha, str) or not SHA256.match(sha):
        raise reader.fail(entry.line, f"source: sha256 {sha!r} must be 64 lower-case hexadecimal digits")
    characters = entry["characters"]
    if not isinstance(characters, int) or isinstance(characters, bool) or characters <= 0:
        raise reader.fail(entry.line, f"source: characters {characters!r} must be a positive whole number")
    reader.length = characters
    return Source(
        id=reader.slug(entry, "id", "source"),
        types=reader.types(entry, "source"),
        label=reader.text(entry, "label", "source"),
        sha256=sha,
        characters=characters,
        mention=reader.span(entry["mention"], "source", entry.line_of("mention")),
        title=reader.optional_text(entry, "title", "source"),
        file=reader.optional_text(entry, "file", "source"),
    )


def _read_entity(reader: _Reader, raw: Any, line: int) -> Entity:
    entry = reader.mapping(raw, "entity", line)
    what = f"entity {entry.get('id', '?')!r}"
    reader.keys(
        entry,
        what,
        ("id", "type", "label", "mention"),
        ("aliases", "wikidata", "title", "description", "confidence", "status"),
    )
    status = entry.get("status")
    if status is not None and (not isinstance(status, str) or status not in ("new", "linked")):
        raise reader.fail(entry.line_of("status"), f"{what}: status {status!r} must be 'new' or 'linked'")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise reader.fail(entry.line, f"{what}: 'aliases' must be a list of non-empty names")
    qid = entry.get("wikidata")
    if qid is not None and (not isinstance(qid, str) or not WIKIDATA_QID.match(qid)):
        raise reader.fail(entry.line, f"{what}: wikidata {qid!r} must look like 'Q159'")
    return Entity(
        id=reader.slug(entry, "id", what),
        types=reader.types(entry, what),
        label=reader.text(entry, "label", what),
        mention=reader.span(entry["mention"], what, entry.line_of("mention")),
        aliases=tuple(aliases),
        wikidata=qid,
        title=reader.optional_text(entry, "title", what),
        description=reader.optional_text(entry, "description", what),
        line=entry.line,
        confidence=reader.confidence(entry, what),
        status=status,
    )


def _read_fact(reader: _Reader, raw: Any, line: int) -> Fact:
    entry = reader.mapping(raw, "fact", line)
    what = "fact"
    reader.keys(
        entry,
        what,
        ("subject", "relation", "evidence"),
        ("id", "object", "value", "reported_by", "confidence", "modality"),
    )
    subject = reader.slug(entry, "subject", what)
    relation = reader.relation(entry, "relation", what)
    has_object, has_value = entry.get("object") is not None, entry.get("value") is not None
    if relation in reader.vocab.object_properties:
        if not has_object or has_value:
            raise reader.fail(
                entry.line, f"{what}: {relation} links two entities; give 'object: <entity id>' and no 'value'"
            )
        obj: str | None = reader.slug(entry, "object", what)
        value = None
    else:
        if not has_value or has_object:
            raise reader.fail(entry.line, f"{what}: {relation} takes a literal; give 'value: ...' and no 'object'")
        obj, value = None, reader.literal(relation, entry["value"], what, entry.line_of("value"))
    default_id = f"{subject}-{relation.lower()}-{obj if obj is not None else value}"
    fact_id = reader.slug(entry, "id", what) if "id" in entry else slugify(default_id)
    return Fact(
        id=fact_id,
        subject=subject,
        relation=relation,
        object=obj,
        value=value,
        evidence=reader.evidence(entry, what),
        reported_by=reader.slug(entry, "reported_by", what) if entry.get("reported_by") else None,
        line=entry.line,
        confidence=reader.confidence(entry, what),
        modality=reader.modality(entry, what),
    )


def _read_claim(reader: _Reader, raw: Any, line: int) -> Claim:
    entry = reader.mapping(raw, "claim", line)
    what = f"claim {entry.get('id', '?')!r}"
    reader.keys(
        entry,
        what,
        ("id", "speaker", "summary", "evidence"),
        ("supports", "opposes", "about", "proposition", "stated_in", "reported_by", "date", "confidence", "modality"),
    )
    stances = [s for s in STANCES if entry.get(s) is not None]
    if len(stances) > 1:
        raise reader.fail(entry.line, f"{what}: a claim takes one stance; give 'supports' or 'opposes', not both")
    stance = stances[0] if stances else None
    proposition = None
    if entry.get("proposition") is not None:
        prop = reader.mapping(entry["proposition"], f"{what}: proposition", entry.line)
        reader.keys(prop, f"{what}: proposition", ("subject", "relation", "object"), ())
        relation = reader.relation(prop, "relation", f"{what}: proposition")
        if relation not in reader.vocab.object_properties:
            raise reader.fail(prop.line, f"{what}: proposition relation {relation!r} must link two entities")
        proposition = Proposition(
            subject=reader.slug(prop, "subject", what), relation=relation, object=reader.slug(prop, "object", what)
        )
    date: dict[str, int] = {}
    if entry.get("date") is not None:
        raw_date = reader.mapping(entry["date"], f"{what}: date", entry.line)
        reader.keys(raw_date, f"{what}: date", (), ("year", "month", "day"))
        for key, val in raw_date.items():
            literal = reader.literal(key, val, what, raw_date.line)
            assert isinstance(literal, int)
            date[key] = literal
    speakers = reader.id_list(entry, "speaker", what)
    if not speakers:
        raise reader.fail(entry.line, f"{what}: 'speaker' must name at least one entity")
    return Claim(
        id=reader.slug(entry, "id", what),
        speakers=speakers,
        summary=reader.text(entry, "summary", what),
        evidence=reader.evidence(entry, what),
        stance=stance,
        target=reader.slug(entry, stance, what) if stance else None,
        about=reader.id_list(entry, "about", what),
        proposition=proposition,
        stated_in=reader.slug(entry, "stated_in", what) if entry.get("stated_in") else None,
        reported_by=reader.slug(entry, "reported_by", what) if entry.get("reported_by") else None,
        date=date,
        line=entry.line,
        confidence=reader.confidence(entry, what),
        modality=reader.modality(entry, what),
    )


def _read_mention(reader: _Reader, raw: Any, line: int) -> Mention:
    entry = reader.mapping(raw, "mention", line)
    reader.keys(entry, "mention", ("entity", "span"), ("confidence",))
    return Mention(
        entity=reader.slug(entry, "entity", "mention"),
        span=reader.span(entry["span"], "mention", entry.line_of("span")),
        confidence=reader.confidence(entry, "mention"),
        line=entry.line,
    )


def _read_date(reader: _Reader, raw: Any, line: int) -> DateMention:
    entry = reader.mapping(raw, "date", line)
    reader.keys(entry, "date", ("span",), ("year", "month", "day"))
    values: dict[str, int] = {}
    for key in ("year", "month", "day"):
        if entry.get(key) is not None:
            value = reader.literal(key, entry[key], "date", entry.line_of(key))
            assert isinstance(value, int)
            values[key] = value
    return DateMention(span=reader.span(entry["span"], "date", entry.line_of("span")), **values)


def _items(reader: _Reader, doc: _LineDict, key: str) -> list[tuple[Any, int]]:
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise reader.fail(doc.line, f"'{key}' must be a list of entries")
    line = getattr(value, "line", doc.line)
    return [(item, getattr(item, "line", line)) for item in value]


def parse_facts(text: str, path: str = "<facts>") -> FactsFile:
    """Parse and check the structure of one facts file's text."""
    reader = _Reader(path, vocabulary())
    doc = _parse_yaml(text, path)
    if doc is None:
        raise FactsError(path, None, "the file is empty; see README.md, 'The facts file', for the format")
    doc = reader.mapping(doc, "the top level", 1)
    reader.keys(doc, "the top level", ("spacekg", "source"), ("entities", "facts", "claims", "mentions", "dates"))
    if doc["spacekg"] != FORMAT_VERSION:
        raise reader.fail(
            doc.line, f"unsupported format version spacekg: {doc['spacekg']!r}; this release reads {FORMAT_VERSION}"
        )
    source = _read_source(reader, doc["source"], doc.line)
    return FactsFile(
        path=path,
        source=source,
        entities=tuple(_read_entity(reader, raw, line) for raw, line in _items(reader, doc, "entities")),
        facts=tuple(_read_fact(reader, raw, line) for raw, line in _items(reader, doc, "facts")),
        claims=tuple(_read_claim(reader, raw, line) for raw, line in _items(reader, doc, "claims")),
        mentions=tuple(_read_mention(reader, raw, line) for raw, line in _items(reader, doc, "mentions")),
        dates=tuple(_read_date(reader, raw, line) for raw, line in _items(reader, doc, "dates")),
    )


def load_facts_file(path: Path) -> FactsFile:
    from spacekg.core.limits import read_limited
    from spacekg.errors import SpaceKGError

    try:
        data = read_limited(path)
    except SpaceKGError as exc:
        raise FactsError(path, None, str(exc).removeprefix(f"{path}: ")) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FactsError(path, None, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None
    return parse_facts(text, str(path))


def facts_paths(paths: Sequence[Path]) -> list[Path]:
    """Expand folders to the ``*.yaml`` files in them, sorted by name."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        elif path.exists():
            found.append(path)
        else:
            raise FactsError(path, None, "no such file or folder; pass a facts file or a folder of them")
    if not found:
        raise FactsError(", ".join(map(str, paths)), None, "no facts files (*.yaml) found")
    return found


@dataclass(frozen=True)
class Dataset:
    """All facts files of a build, checked together."""

    files: tuple[FactsFile, ...]

    def entities(self) -> dict[str, Entity]:
        return {e.id: e for f in self.files for e in f.entities}


def check_dataset(files: Sequence[FactsFile]) -> Dataset:
    """Check ids are unique and every reference names a known entity."""
    known: dict[str, tuple[str, int | None]] = {}

    def define(node_id: str, path: str, line: int | None, what: str) -> None:
        if node_id in known:
            first_path, first_line = known[node_id]
            raise FactsError(
                path, line, f"duplicate {what} id {node_id!r}; it is already defined at {first_path}:{first_line}"
            )
        known[node_id] = (path, line)

    for facts_file in files:
        define(facts_file.source.id, facts_file.path, None, "source")
        for entity in facts_file.entities:
            define(entity.id, facts_file.path, entity.line, "entity")
    entity_ids = set(known)
    statement_ids: dict[str, tuple[str, int | None]] = {}
    fact_content: dict[str, tuple[str, str, str | None, int | str | None]] = {}

    def duplicate(node_id: str, what: str, path: str, line: int | None) -> FactsError:
        first_path, first_line = statement_ids[node_id]
        return FactsError(
            path, line,
            f"duplicate {what} id {node_id!r}; it is already used at {first_path}:{first_line}. Give one of them an explicit 'id'",
        )  # fmt: skip

    for facts_file in files:
        for fact in facts_file.facts:
            content = (fact.subject, fact.relation, fact.object, fact.value)
            if fact.id in statement_ids:
                # The same fact reported by another source is one fact with evidence from both.
                if statement_ids[fact.id][0] != facts_file.path and fact_content.get(fact.id) == content:
                    continue
                raise duplicate(fact.id, "fact", facts_file.path, fact.line)
            statement_ids[fact.id] = (facts_file.path, fact.line)
            fact_content[fact.id] = content
        for claim in facts_file.claims:
            if claim.id in statement_ids:
                raise duplicate(claim.id, "claim", facts_file.path, claim.line)
            statement_ids[claim.id] = (facts_file.path, claim.line)

    def need(ref: str | None, path: str, line: int | None, what: str, allow_claims: bool = False) -> None:
        if ref is None or ref in entity_ids or (allow_claims and ref in statement_ids):
            return
        raise FactsError(
            path, line, f"{what} refers to unknown entity {ref!r}; define it under 'entities' or fix the id"
        )

    for facts_file in files:
        p = facts_file.path
        for fact in facts_file.facts:
            what = f"fact {fact.id!r}"
            need(fact.subject, p, fact.line, what)
            need(fact.object, p, fact.line, what)
            need(fact.reported_by, p, fact.line, what)
        for mention in facts_file.mentions:
            need(mention.entity, p, mention.line, "mention")
        for claim in facts_file.claims:
            what = f"claim {claim.id!r}"
            for ref in (*claim.speakers, *claim.about, claim.stated_in, claim.reported_by):
                need(ref, p, claim.line, what)
            need(claim.target, p, claim.line, what, allow_claims=True)
            if claim.proposition is not None:
                need(claim.proposition.subject, p, claim.line, what)
                need(claim.proposition.object, p, claim.line, what)
    return Dataset(files=tuple(files))


def load_dataset(paths: Sequence[Path]) -> Dataset:
    return check_dataset([load_facts_file(p) for p in facts_paths(paths)])
