"""Untrusted RDF files: entity expansion, remote JSON-LD contexts, endless streams, size limits.

Each case goes through the real commands (validate reads with rdflib, query
with Oxigraph) and must end in one clear line and exit 2.
"""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.core.untrusted import MAX_EXPANSION

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BODY = f'<rdf:RDF xmlns:rdf="{RDF_NS}" xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://example.org/s"><ex:p>{{text}}</ex:p></rdf:Description></rdf:RDF>\n'


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def readers(path: Path) -> list[tuple[int, str]]:
    """The answer of an rdflib reader (validate) and an Oxigraph reader (query)."""
    return [run("validate", str(path)), run("query", "--graph", str(path), "ASK { ?s ?p ?o }")]


def xml(tmp_path: Path, doctype: str, text: str, name: str = "doc.rdf") -> Path:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{doctype}\n]>\n' + BODY.format(text=text))
    return path


def test_billion_laughs_is_refused_by_every_reader(tmp_path: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    path = xml(tmp_path, "\n".join(entities), "&lol9;")
    for code, output in readers(path):
        assert code == 2
        assert (
            "the XML entity lol1 is built from other entities, which can expand without bound ('billion laughs')"
            in output
        )


def test_many_references_to_a_long_entity_are_bounded(tmp_path: Path) -> None:
    path = xml(tmp_path, f'<!ENTITY big "{"x" * 4000}">', "&big;" * (MAX_EXPANSION // 4000 + 1))
    for code, output in readers(path):
        assert code == 2
        assert f"the XML's entity references expand to more than {MAX_EXPANSION:,} characters" in output


@pytest.mark.parametrize(
    ("doctype", "expected"),
    [
        ('<!ENTITY ext SYSTEM "file:///etc/passwd">', "declares an external entity (ext)"),
        ('<!ENTITY % pe "x">', "declares a parameter entity (pe)"),
    ],
)
def test_external_and_parameter_entities_are_refused(tmp_path: Path, doctype: str, expected: str) -> None:
    for code, output in readers(xml(tmp_path, doctype, "plain")):
        assert code == 2
        assert expected in output


def test_external_dtd_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "doc.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/x.dtd">\n' + BODY.format(text="x")
    )
    for code, output in readers(path):
        assert code == 2
        assert "refers to an external DTD" in output


def test_protege_style_namespace_entities_still_work(tmp_path: Path) -> None:
    path = xml(tmp_path, '<!ENTITY ex "http://example.org/">', "&ex;plain")
    (validate_code, validate_out), (ask_code, ask_out) = readers(path)
    assert (validate_code, validate_out.strip()) == (0, f"{path}: conforms to the spacekg shapes.")
    assert ask_code == 0 and ask_out.strip() == "true"


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        body = b'{"@context": {"name": "http://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def listener() -> Iterator[tuple[str, list[str]]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/context.jsonld", _Recorder.seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "document",
    [
        '{{"@context": "{url}", "@id": "http://example.org/s", "name": "x"}}',
        '{{"@context": [{{"ex": "http://example.org/"}}, "{url}"], "@id": "http://example.org/s", "name": "x"}}',
        '{{"@context": {{"@import": "{url}"}}, "@id": "http://example.org/s", "name": "x"}}',
        '{{"@graph": [{{"@context": "{url}", "@id": "http://example.org/s", "name": "x"}}]}}',
    ],
)
def test_remote_jsonld_context_is_never_fetched(tmp_path: Path, listener: tuple[str, list[str]], document: str) -> None:
    url, seen = listener
    path = tmp_path / "doc.jsonld"
    path.write_text(document.format(url=url))
    for code, output in readers(path):
        assert code == 2
        assert f"refers to the remote JSON-LD context '{url}'; spacekg never fetches contexts" in output
    assert seen == []


def test_the_listener_would_see_a_fetch(listener: tuple[str, list[str]]) -> None:
    """The no-request assertion above can fail: a plain fetch is recorded."""
    import urllib.request

    url, seen = listener
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
    assert seen == ["/context.jsonld"]


def test_embedded_jsonld_context_still_works(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonld"
    path.write_text('{"@context": {"name": "http://schema.org/name"}, "@id": "http://example.org/s", "name": "x"}')
    code, output = run("query", "--graph", str(path), "ASK { ?s <http://schema.org/name> 'x' }")
    assert (code, output.strip()) == (0, "true")


@pytest.mark.parametrize("command", ["validate", "query"])
def test_dev_zero_as_graph_is_refused(tmp_path: Path, command: str) -> None:
    link = tmp_path / "zero.ttl"
    link.symlink_to("/dev/zero")
    args = [command, str(link)] if command == "validate" else [command, "--graph", str(link), "ASK {}"]
    code, output = run(*args)
    assert code == 2
    assert f"{link}: not a regular file (a device); save the data to a file and pass that" in output


def test_fifo_as_graph_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    code, output = run("validate", str(fifo))
    assert code == 2
    assert "not a regular file (a FIFO)" in output


def test_graph_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACEKG_MAX_INPUT_MB", "1")
    path = tmp_path / "big.nt"
    path.write_text('<http://example.org/s> <http://example.org/p> "%s" .\n' % ("x" * 2_000_000))
    for code, output in readers(path):
        assert code == 2
        assert "the file is larger than 1 MB; if it really is that large, set SPACEKG_MAX_INPUT_MB higher" in output
