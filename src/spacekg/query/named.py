"""The library of named queries shipped in the package (``queries/*.rq``).

Each file starts with a comment header::

    # title: One line saying what it answers
    # description: More detail (continued on lines indented by three spaces)
    # param: NAME KIND  What the parameter is
    # example: spacekg query NAME --param NAME=value

KIND is ``entity`` (an id such as ``russia``, a prefixed name or an IRI),
``property`` (``opposes``, ``skg:opposes`` or an IRI), ``text`` (an English
literal), ``string`` or ``integer``. Parameters are bound as RDF terms and
must appear in triple patterns of the query, so that binding them means the
same thing in every store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

from spacekg.errors import QueryError
from spacekg.query.store import QUERY_PREFIXES, Term

KINDS = ("entity", "property", "text", "string", "integer")
IRI_CHARS = re.compile(r'^[^\x00-\x20<>"{}|^`\\]+$')


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str


def _parse(name: str, text: str) -> NamedQuery:
    fields: dict[str, list[str]] = {}
    last = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        match = re.match(r"^(title|description|param|example):\s*(.*)$", body)
        if match:
            last = match.group(1)
            fields.setdefault(last, []).append(match.group(2))
        elif last and line.startswith("#   "):
            fields[last][-1] += " " + body
    params = []
    for spec in fields.get("param", []):
        match = re.match(r"^(\w+)\s+(\w+)\s+(.*)$", spec)
        if not match or match.group(2) not in KINDS:
            raise QueryError(f"named query {name}: bad param line {spec!r}")
        params.append(Param(match.group(1), match.group(2), match.group(3)))
    if "title" not in fields:
        raise QueryError(f"named query {name}: no '# title:' header")
    return NamedQuery(
        name=name,
        title=fields["title"][0],
        description=" ".join(fields.get("description", [])),
        params=tuple(params),
        examples=tuple(fields.get("example", [])),
        text=text,
    )


def named_queries() -> dict[str, NamedQuery]:
    folder = resources.files("spacekg").joinpath("queries")
    found = {}
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".rq"):
            name = item.name[: -len(".rq")]
            found[name] = _parse(name, item.read_text(encoding="utf-8"))
    return found


def get_named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; 'spacekg query --list' shows them: {', '.join(queries)}")
    return queries[name]


def _iri(value: str, bare_namespace: str, param: str) -> ox.NamedNode:
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    elif re.match(r"^https?://", value):
        pass
    elif ":" in value:
        prefix, _, local = value.partition(":")
        if prefix not in QUERY_PREFIXES:
            raise QueryError(f"parameter {param}: unknown prefix {prefix!r} in {value!r}")
        value = QUERY_PREFIXES[prefix] + local
    else:
        value = bare_namespace + value
    if not IRI_CHARS.match(value):
        raise QueryError(f"parameter {param}: {value!r} is not a valid IRI")
    return ox.NamedNode(value)


def bind(query: NamedQuery, raw: dict[str, str], base: str | None = None) -> dict[str, Term]:
    """Turn ``--param name=value`` strings into RDF terms for ``query``; bare
    entity ids are taken in ``base`` (the graph's data base, default kg:)."""
    declared = {p.name: p for p in query.params}
    unknown = set(raw) - set(declared)
    if unknown:
        raise QueryError(
            f"{query.name} has no parameter {', '.join(sorted(unknown))}; it takes {', '.join(declared) or 'none'}"
        )
    missing = [p for p in declared if p not in raw]
    if missing:
        raise QueryError(f"{query.name} needs --param {missing[0]}=…: {declared[missing[0]].doc}")
    terms: dict[str, Term] = {}
    for name, value in raw.items():
        kind = declared[name].kind
        if kind == "entity":
            terms[name] = _iri(value, base or QUERY_PREFIXES["kg"], name)
        elif kind == "property":
            terms[name] = _iri(value, QUERY_PREFIXES["skg"], name)
        elif kind == "text":
            terms[name] = ox.Literal(value, language="en")
        elif kind == "integer":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"parameter {name}: {value!r} is not a whole number")
            terms[name] = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        else:
            terms[name] = ox.Literal(value)
    return terms
