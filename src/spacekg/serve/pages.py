"""HTML pages of the endpoint, from Jinja2 templates with autoescaping.

Only ``http:``/``https:`` IRIs become links (IRIs under the base link to
their ``/id/`` page); anything else (``javascript:``, ``data:``) is shown as
text. Pages carry a Content-Security-Policy as a second line of defence.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from spacekg.core.namespaces import ONTOLOGY_IRI, local_name, prefix_header, prefixed_name
from spacekg.query.store import QUERY_PREFIXES
from spacekg.serve.engine import Job

if TYPE_CHECKING:
    import jinja2

    from spacekg.serve.settings import Settings

PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    "Referrer-Policy": "no-referrer",
}
QUERY_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'",
    "Referrer-Policy": "no-referrer",
}
EXAMPLES = [
    ("Who leads the ILRS?", "SELECT ?agency ?label WHERE {\n  ?agency skg:leads kg:ilrs ; rdfs:label ?label .\n}"),
    (
        "Claims and who made them",
        "SELECT ?claim ?speaker ?text WHERE {\n  ?claim a skg:Claim ; skg:speaker ?speaker ; rdfs:label ?text .\n}\nORDER BY ?speaker\nLIMIT 50",
    ),
    (
        "Facts with their evidence spans",
        "SELECT ?fact ?start ?end WHERE {\n  ?fact a skg:Fact .\n  ?evidence oa:hasBody ?fact ; oa:hasTarget ?span .\n"
        "  ?span oa:hasSelector ?selector .\n  ?selector oa:start ?start ; oa:end ?end .\n}\nORDER BY ?start\nLIMIT 50",
    ),
]
ROLE_NAMES = {
    QUERY_PREFIXES["rdf"] + "subject": "subject",
    QUERY_PREFIXES["rdf"] + "object": "object",
    QUERY_PREFIXES["skg"] + "statementSubject": "subject",
    QUERY_PREFIXES["skg"] + "statementObject": "object",
}


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("spacekg", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def short(iri: str, prefixes: dict[str, str] = QUERY_PREFIXES) -> str:
    """A prefixed name when a project prefix fits, else the IRI."""
    return prefixed_name(iri, prefixes, plain=True) or iri


def href(settings: Settings, iri: str) -> str | None:
    """Where a link to an IRI goes, or None when it must not be a link."""
    if iri.startswith(settings.base) and len(iri) > len(settings.base):
        return "/id/" + iri[len(settings.base) :]
    if iri == ONTOLOGY_IRI or iri.startswith(ONTOLOGY_IRI + "#"):
        return "/ontology" + iri[len(ONTOLOGY_IRI) :]
    if iri.lower().startswith(("http://", "https://")):
        return iri
    return None


def _cell(settings: Settings, term: Any) -> dict[str, Any]:
    if term is None:
        return {"text": ""}
    kind, value, extra = term
    if kind == "uri":
        return {"text": short(value, settings.prefixes), "href": href(settings, value), "title": value}
    if kind == "literal":
        note = f"@{extra}" if extra and ":" not in extra else ""
        if extra and ":" in extra and not extra.endswith(("#string", "#langString")):
            note = short(extra, settings.prefixes)
        return {"text": value, "note": note}
    return {"text": value}


@functools.cache
def _query_page(graph_name: str, view: bool, base: str) -> bytes:
    from spacekg.query.named import named_queries

    named = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "params": [{"name": p.name, "kind": p.kind, "doc": p.doc} for p in q.params],
            "text": q.text,
        }
        for q in named_queries().values()
    ]
    prefixes = {**QUERY_PREFIXES, "kg": base}
    page = (
        _environment()
        .get_template("query.html")
        .render(
            graph=graph_name,
            view=view,
            prefixes=prefixes,
            prefix_note=prefix_header(prefixes, ("skg", "kg")).rstrip("\n"),
            examples=EXAMPLES,
            named=named,
            config={"prefixes": prefixes, "base": base, "ontology": ONTOLOGY_IRI},
        )
    )
    return page.encode("utf-8")


def query_page(settings: Settings) -> bytes:
    return _query_page(settings.graph_name, settings.view is not None, settings.base)


ENTITY_TRIPLES = """SELECT ?direction ?p ?o WHERE {{
  {{ <{iri}> ?p ?o . BIND("out" AS ?direction) }} UNION {{ ?o ?p <{iri}> . BIND("in" AS ?direction) }}
}} ORDER BY ?direction ?p ?o LIMIT 2000"""
# Facts and claims that mention the entity in any role, with all their statements.
ENTITY_STATEMENTS = """SELECT DISTINCT ?st ?kind ?role ?p ?o WHERE {{
  ?st ?role <{iri}> ; a ?kind .
  FILTER(?kind IN (skg:Fact, skg:Claim, skg:ModalStatement))
  ?st ?p ?o .
}} ORDER BY ?kind ?st ?p ?o LIMIT 3000"""
# Evidence for the entity itself and for those facts and claims.
ENTITY_EVIDENCE = """SELECT DISTINCT ?body ?source ?start ?end ?exact WHERE {{
  {{ BIND(<{iri}> AS ?body) }} UNION {{ ?body ?role <{iri}> ; a ?kind . FILTER(?kind IN (skg:Fact, skg:Claim, skg:ModalStatement)) }}
  ?evidence oa:hasBody ?body ; oa:hasTarget ?span .
  OPTIONAL {{ ?span oa:hasSource ?source }}
  OPTIONAL {{ ?span oa:hasSelector ?selector . OPTIONAL {{ ?selector oa:start ?start }} OPTIONAL {{ ?selector oa:end ?end }}
             OPTIONAL {{ ?selector oa:exact ?exact }} }}
}} ORDER BY ?body ?source ?start LIMIT 3000"""


async def _rows(settings: Settings, deadline: float, query: str) -> list[tuple[Any, ...]]:
    reply = await settings.pool.run(Job(query, None, settings.max_bytes, union=True), deadline)
    return reply.rows


async def entity_page(settings: Settings, deadline: float, iri: str) -> bytes:
    from spacekg.serve.guard import HTTPError

    triples = await _rows(settings, deadline, ENTITY_TRIPLES.format(iri=iri))
    if not triples:
        raise HTTPError(404, f"nothing is known about <{iri}>")
    statements = await _rows(settings, deadline, ENTITY_STATEMENTS.format(iri=iri))
    evidence = await _rows(settings, deadline, ENTITY_EVIDENCE.format(iri=iri))
    label = next(
        (o[1] for d, p, o in triples if d and d[1] == "out" and p[1] == QUERY_PREFIXES["rdfs"] + "label" and o), iri
    )
    types = [_cell(settings, o) for d, p, o in triples if d[1] == "out" and p[1] == QUERY_PREFIXES["rdf"] + "type"]
    spans: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for body, source, start, end, exact in evidence:
        spans[body[1]].append(
            {
                "source": _cell(settings, source),
                "span": f"characters {start[1]}–{end[1]}" if start and end else "",
                "exact": exact[1] if exact else "",
            }
        )
    grouped: dict[str, dict[str, Any]] = {}
    for st, kind, role, p, o in statements:
        entry = grouped.setdefault(
            st[1],
            {
                "node": _cell(settings, st),
                "kind": local_name(kind[1]),
                "roles": set(),
                "props": [],
                "evidence": spans.get(st[1], []),
            },
        )
        entry["roles"].add(ROLE_NAMES.get(role[1], short(role[1], settings.prefixes)))
        if p[1] != QUERY_PREFIXES["rdf"] + "type":
            entry["props"].append((_cell(settings, p), _cell(settings, o)))
    page = (
        _environment()
        .get_template("entity.html")
        .render(
            iri=iri,
            label=label,
            types=types,
            outgoing=[(_cell(settings, p), _cell(settings, o)) for d, p, o in triples if d[1] == "out"],
            incoming=[(_cell(settings, o), _cell(settings, p)) for d, p, o in triples if d[1] == "in"],
            statements=[{**s, "roles": sorted(s["roles"])} for s in grouped.values()],
            evidence=spans.get(iri, []),
            graph=False,
        )
    )
    return page.encode("utf-8")


async def graph_page(settings: Settings, deadline: float, iri: str) -> bytes:
    rows = await _rows(settings, deadline, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    count = rows[0][0][1] if rows and rows[0][0] else "0"
    page = _environment().get_template("entity.html").render(
        iri=iri, label=short(iri, settings.prefixes), types=[], outgoing=[], incoming=[], statements=[], evidence=[], graph=True,
        count=count,
    )  # fmt: skip
    return page.encode("utf-8")
