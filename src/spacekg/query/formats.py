"""Writing query results: W3C result formats, RDF syntaxes, and a table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from xml.sax.saxutils import escape

import pyoxigraph as ox

from spacekg.core.namespaces import prefixed_name
from spacekg.errors import QueryError
from spacekg.query.store import QUERY_PREFIXES, Result, Term

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("turtle", "nt", "jsonld")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_OUTPUT = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def short(term: Term | ox.Triple | None, prefixes: dict[str, str] = QUERY_PREFIXES) -> str:
    """A term as a person reads it: prefixed names, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return prefixed_name(term.value, prefixes) or f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(result: Result, max_width: int = 60, prefixes: dict[str, str] = QUERY_PREFIXES) -> str:
    headers = result.variables
    cells = [[_clip(short(t, prefixes), max_width) for t in row] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(result: Result, fmt: str | None, base: str | None = None) -> bytes:
    """Serialize a result; ``fmt`` None picks table / turtle / true-false.
    ``base``: the graph's data base, shown as ``kg:`` (default: the default base)."""
    prefixes = {**QUERY_PREFIXES, "kg": base} if base else QUERY_PREFIXES
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode() + b"\n"
        if fmt == "xml":
            return _xml_document(f"<head/><boolean>{str(bool(result.boolean)).lower()}</boolean>")
        return b"true\n" if result.boolean else b"false\n"
    if result.kind == "graph":
        fmt = fmt or "turtle"
        if fmt not in RDF_OUTPUT:
            raise QueryError(
                f"--format {fmt} is for SELECT results; CONSTRUCT and DESCRIBE give {', '.join(GRAPH_FORMATS)}"
            )
        out = io.BytesIO()
        ox.serialize(result.triples, out, format=RDF_OUTPUT[fmt], prefixes=prefixes if fmt == "turtle" else None)
        return out.getvalue()
    fmt = fmt or "table"
    writers: dict[str, Callable[[Result], str | bytes]] = {
        "table": lambda r: table(r, prefixes=prefixes),
        "json": _json,
        "xml": _xml,
        "csv": _csv,
        "tsv": _tsv,
    }
    if fmt not in writers:
        raise QueryError(f"--format {fmt} is for graphs; SELECT results can be {', '.join(SELECT_FORMATS)}")
    text = writers[fmt](result)
    return text if isinstance(text, bytes) else text.encode("utf-8")


# --- W3C SPARQL 1.1 Query Results formats ---------------------------------


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    value: dict[str, str] = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        value["datatype"] = term.datatype.value
    return value


def _json(result: Result) -> bytes:
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None} for row in result.rows
    ]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8") + b"\n"


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    if term.datatype.value != XSD_STRING:
        return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'
    return f"<literal>{escape(term.value)}</literal>"


def _xml_document(body: str) -> bytes:
    return (
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">' + body + "</sparql>\n"
    ).encode("utf-8")


def _xml(result: Result) -> bytes:
    head = "".join(f'<variable name="{escape(v)}"/>' for v in result.variables)
    rows = "".join(
        "<result>"
        + "".join(
            f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
            for v, t in zip(result.variables, row, strict=True)
            if t is not None
        )
        + "</result>"
        for row in result.rows
    )
    return _xml_document(f"<head>{head}</head><results>{rows}</results>")


def _csv(result: Result) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(
            ["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value) for t in row]
        )
    return out.getvalue()


def _tsv(result: Result) -> str:
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"
