"""What a query may do, decided from its text before any engine sees it.

SPARQL's grammar is lexed here just far enough to find keywords outside
IRIs, strings and comments: the query form (updates are refused) and every
``SERVICE`` clause (refused unless its IRI is on the allow-list). Codepoint
escapes (``\\u0053ERVICE``) are resolved first, as SPARQL parsers do.
The engine's workers additionally run without a network, so even a keyword
this lexer missed could not fetch anything.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from http import HTTPStatus

UPDATE_VERBS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n\r]|\\.)*"
              |'(?:[^'\\\n\r]|\\.)*')
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<word>[^\W\d][\w.\-]*(?::[\w.\-%:\\]*)?|:[\w.\-%:\\]*)
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class HTTPError(Exception):
    """An answer other than 200, with a message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}

    def __reduce__(self) -> tuple[type[HTTPError], tuple[int, str, dict[str, str]]]:
        return (HTTPError, (self.status, self.message, self.headers))  # workers send these through a pipe


def unescape(text: str) -> str:
    """Resolve SPARQL codepoint escapes, as the parser does before lexing."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _ESCAPE.sub(char, text)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokens(text: str) -> list[Token]:
    """The query's tokens, without spaces and comments."""
    found = []
    for match in _TOKEN.finditer(unescape(text)):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            found.append(Token(kind, match.group()))
    return found


def check(text: str, allowed_services: frozenset[str] = frozenset()) -> None:
    """Refuse updates (403) and SERVICE clauses not on the allow-list (403).

    Verdicts on short texts are remembered: clients repeat their queries,
    and the front should add little to each request."""
    verdict = _cached_verdict(text, allowed_services) if len(text) <= 4096 else _verdict(text, allowed_services)
    if verdict is not None:
        raise HTTPError(verdict.status, verdict.message)


def _verdict(text: str, allowed_services: frozenset[str]) -> HTTPError | None:
    try:
        _check(text, allowed_services)
    except HTTPError as exc:
        return exc
    return None


_cached_verdict = functools.lru_cache(maxsize=2048)(_verdict)


def _check(text: str, allowed_services: frozenset[str]) -> None:
    toks = tokens(text)
    words = [t.text.upper() for t in toks if t.kind == "word"]
    # The first keyword after the prologue (BASE <iri>, PREFIX p: <iri>) says what it is.
    first = next((w for w in words if w not in ("BASE", "PREFIX") and not w.endswith(":") and ":" not in w), "")
    if first in UPDATE_VERBS:
        raise HTTPError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
    for i, tok in enumerate(toks):
        if tok.kind != "word" or tok.text.upper() != "SERVICE":
            continue
        j = i + 1
        if j < len(toks) and toks[j].kind == "word" and toks[j].text.upper() == "SILENT":
            j += 1
        target = toks[j] if j < len(toks) else Token("other", "")
        iri = target.text[1:-1] if target.kind == "iri" else None
        if iri is None or iri not in allowed_services:
            shown = target.text if target.text else "(nothing)"
            raise HTTPError(
                HTTPStatus.FORBIDDEN,
                f"SERVICE {shown} is refused: this endpoint fetches nothing from other servers. "
                "Its operator can allow named services with 'spacekg serve --allow-service IRI' "
                "(the IRI written in full in the query).",
            )


def services(text: str) -> set[str]:
    """The IRIs of the SERVICE clauses written in full in a query."""
    toks = tokens(text)
    found = set()
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            rest = [t for t in toks[i + 1 : i + 3] if not (t.kind == "word" and t.text.upper() == "SILENT")]
            if rest and rest[0].kind == "iri":
                found.add(rest[0].text[1:-1])
    return found


# --- content negotiation -------------------------------------------------

SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
MEDIA_OF = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "html": "text/html; charset=utf-8",
}


def negotiate(accept: str | None, offered: dict[str, str], default: str) -> str:
    """Pick a format from an Accept header (q-values honoured) or raise 406."""
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")[:64]):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        media = media.lower()
        if media in offered:
            choices.append((quality, -position, offered[media]))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((quality - 0.001, -position, default))
    if not choices:
        raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer with {accept}; offered: {', '.join(offered)}")
    return max(choices)[2]
