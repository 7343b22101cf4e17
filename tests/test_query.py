"""spacekg query: inline, file, stdin, formats, ASK, errors, inference, named queries."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from spacekg.cli import main
from spacekg.model.infer import cache_path
from spacekg.query.named import named_queries

runner = CliRunner()


def run(turtle_file: Path, *args: str, stdin: str | None = None) -> Result:
    return runner.invoke(main, ["query", "--graph", str(turtle_file), *args], input=stdin, catch_exceptions=False)


LEADS = "SELECT ?agency WHERE { ?agency skg:leads kg:ilrs ; a skg:SpaceAgency } ORDER BY ?agency"


def test_inline_query_prints_an_aligned_table(turtle_file: Path) -> None:
    result = run(turtle_file, LEADS)
    assert result.exit_code == 0
    assert result.output.splitlines() == ["agency", "------------", "kg:cnsa", "kg:roscosmos", "(2 rows)"]


def test_query_from_file_and_stdin(turtle_file: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "q.rq"
    query_file.write_text(LEADS, encoding="utf-8")
    assert "kg:roscosmos" in run(turtle_file, "-f", str(query_file)).output
    assert "kg:roscosmos" in run(turtle_file, "-f", "-", stdin=LEADS).output


def test_w3c_result_formats_parse_back(turtle_file: Path) -> None:
    query = "SELECT ?p ?label ?end WHERE { kg:ilrs skg:hasPhase ?p . ?p rdfs:label ?label . OPTIONAL { ?p skg:endYear ?end } }"
    for fmt, parser in (
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
    ):
        output = run(turtle_file, "--format", fmt, query).stdout_bytes
        solutions = ox.parse_query_results(output, format=parser)
        rows = {(s["p"].value, s["label"].value, s["end"].value if s["end"] else None) for s in solutions}
        assert ("https://w3id.org/spacekg/id/ilrs-stage-3", "ILRS stage 3", None) in rows
        assert ("https://w3id.org/spacekg/id/ilrs-stage-1", "ILRS stage 1", "2025") in rows
    doc = json.loads(run(turtle_file, "--format", "json", query).output)
    assert doc["head"]["vars"] == ["p", "label", "end"]
    label = doc["results"]["bindings"][0]["label"]
    assert label["type"] == "literal" and label["xml:lang"] == "en"
    rows = list(csv.reader(io.StringIO(run(turtle_file, "--format", "csv", query).output, newline="")))
    assert rows[0] == ["p", "label", "end"]
    assert ["https://w3id.org/spacekg/id/ilrs-stage-3", "ILRS stage 3", ""] in rows


def test_construct_and_describe_in_rdf_formats(turtle_file: Path) -> None:
    construct = "CONSTRUCT { ?a skg:leads kg:ilrs } WHERE { ?a skg:leads kg:ilrs }"
    for fmt, parser in (
        ("turtle", ox.RdfFormat.TURTLE),
        ("nt", ox.RdfFormat.N_TRIPLES),
        ("jsonld", ox.RdfFormat.JSON_LD),
    ):
        output = run(turtle_file, "--format", fmt, construct).stdout_bytes
        assert len(list(ox.parse(output, format=parser))) == 4
    described = run(turtle_file, "DESCRIBE kg:nasa").stdout_bytes
    triples = list(ox.parse(described, format=ox.RdfFormat.TURTLE))
    assert any(t.predicate.value.endswith("#leads") for t in triples)


def test_ask_prints_and_sets_exit_code(turtle_file: Path) -> None:
    yes = run(turtle_file, "ASK { kg:nasa skg:leads kg:artemis }")
    assert (yes.exit_code, yes.output) == (0, "true\n")
    no = run(turtle_file, "ASK { kg:russia skg:competesWith ?x }")
    assert (no.exit_code, no.output) == (1, "false\n")


def test_malformed_query_names_line_and_column(turtle_file: Path) -> None:
    result = run(turtle_file, "SELECT ?x WHERE {\n  ?x skg:leads \n}")
    assert result.exit_code == 2
    assert "SPARQL syntax error at line 3, column 1" in result.output
    assert "Traceback" not in result.output


def test_empty_result_is_not_an_error(turtle_file: Path) -> None:
    result = run(turtle_file, "SELECT ?x WHERE { ?x skg:leads kg:nothing }")
    assert result.exit_code == 0
    assert "(0 rows)" in result.output


def test_wrong_format_for_query_form(turtle_file: Path) -> None:
    assert run(turtle_file, "--format", "turtle", LEADS).exit_code == 2
    assert run(turtle_file, "--format", "csv", "CONSTRUCT WHERE { ?s skg:leads ?o }").exit_code == 2


def test_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    result = run(tmp_path / "none.ttl", LEADS)
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_out_writes_file(turtle_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert run(turtle_file, "--format", "json", "--out", str(out), LEADS).exit_code == 0
    assert json.loads(out.read_text())["head"]["vars"] == ["agency"]


def test_inference_is_computed_once_and_cached(tmp_path: Path, turtle_file: Path) -> None:
    graph = tmp_path / "kg.ttl"
    shutil.copy(turtle_file, graph)
    organizations = "SELECT ?x WHERE { ?x a skg:Organization }"
    assert "kg:roscosmos" not in run(graph, organizations).output  # only asserted as SpaceAgency
    assert "kg:roscosmos" in run(graph, "--infer", "rdfs", organizations).output
    participants = "SELECT ?x WHERE { ?x skg:participatesIn kg:ilrs }"
    assert "kg:cnsa" not in run(graph, participants).output
    assert "kg:cnsa" in run(graph, "--infer", "owlrl", participants).output
    cache = cache_path(graph, "owlrl")
    stamp = cache.stat().st_mtime_ns
    run(graph, "--infer", "owlrl", participants)
    assert cache.stat().st_mtime_ns == stamp  # reused, not recomputed
    graph.write_text(graph.read_text() + "\nkg:x skg:leads kg:ilrs .\n", encoding="utf-8")
    assert "kg:x" in run(graph, "--infer", "owlrl", participants).output  # stale cache recomputed


def test_list_named_queries(turtle_file: Path) -> None:
    output = run(turtle_file, "--list").output
    for name in named_queries():
        assert name in output
    assert "--param actor=" in output


REQUIRED_NAMED = {
    "actor-relations", "program-partners", "program-timeline", "claims-by-speaker", "claims-by-stance",
    "document-stances", "path-between", "fact-sources",
}  # fmt: skip


def test_named_query_library_covers_the_required_questions() -> None:
    queries = named_queries()
    assert set(queries) >= REQUIRED_NAMED
    for query in queries.values():
        assert query.title and query.description and query.examples, query.name


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_query_example_answers(turtle_file: Path, name: str) -> None:
    example = named_queries()[name].examples[0].split()
    assert example[:3] == ["spacekg", "query", name]
    result = run(turtle_file, *example[2:])
    assert result.exit_code == 0, result.output
    assert "(0 rows)" not in result.output


def test_named_query_results(turtle_file: Path) -> None:
    timeline = run(turtle_file, "program-timeline", "--param", "program=ilrs", "--format", "csv").output
    assert timeline.splitlines()[1:4] == [
        "https://w3id.org/spacekg/id/ilrs-stage-1,phase,ILRS stage 1,2021,2025",
        "https://w3id.org/spacekg/id/ilrs-stage-2,phase,ILRS stage 2,2026,2035",
        "https://w3id.org/spacekg/id/ilrs-stage-3,phase,ILRS stage 3,2036,",
    ]
    path = run(turtle_file, "path-between", "--param", "from=united-kingdom", "--param", "to=raf-high-wycombe").output
    assert "kg:uk-space-command" in path
    stances = run(turtle_file, "document-stances", "--param", "document=treaty-proposal").output
    assert "kg:unnamed-us-voices  opposes   claim" in stances  # the article names no one


def test_named_query_parameter_errors(turtle_file: Path) -> None:
    missing = run(turtle_file, "program-timeline")
    assert missing.exit_code == 2 and "needs --param program=" in missing.output
    unknown = run(turtle_file, "program-timeline", "--param", "program=ilrs", "--param", "x=1")
    assert unknown.exit_code == 2 and "has no parameter x" in unknown.output
    bad = run(turtle_file, "program-timeline", "--param", "programilrs")
    assert bad.exit_code == 2 and "name=value" in bad.output
    prefix = run(turtle_file, "program-timeline", "--param", "program=nope:ilrs")
    assert prefix.exit_code == 2 and "unknown prefix 'nope'" in prefix.output


INJECTIONS = [
    '"> } ; DROP ALL #',
    "' } INSERT DATA { <a> <b> <c> } #",
    'x" } UNION { ?s ?p ?o } #',
    "<http://evil/>",
    "line\nbreak",
    '\\"',
    "}}}}",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_are_values(turtle_file: Path, value: str) -> None:
    # As a text literal the value is matched, not executed: no entity has that name.
    result = run(turtle_file, "entity-by-name", "--param", f"name={value}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"] == []
    # As an entity IRI it is refused before it reaches any store, or matches nothing.
    as_iri = run(turtle_file, "actor-relations", "--param", f"actor={value}")
    assert as_iri.exit_code == 2 or "(0 rows)" in as_iri.output
    if as_iri.exit_code == 2:
        assert any(m in as_iri.output for m in ("not a valid IRI", "unknown prefix", "unknown entity"))


def test_hostile_name_is_found_as_a_value(tmp_path: Path) -> None:
    """A label full of SPARQL syntax is matched exactly when asked for."""
    hostile = 'He said "hi" <b> } ; DROP ALL #\nnext'
    graph = tmp_path / "hostile.nt"
    literal = ox.Literal(hostile, language="en")
    graph.write_text(
        f"<https://w3id.org/spacekg/id/h> <http://www.w3.org/2000/01/rdf-schema#label> {literal} .\n"
        "<https://w3id.org/spacekg/id/h> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/spacekg/ontology#Person> .\n",
        encoding="utf-8",
    )
    result = run(graph, "entity-by-name", "--param", f"name={hostile}", "--format", "json")
    bindings = json.loads(result.output)["results"]["bindings"]
    assert [b["entity"]["value"] for b in bindings] == ["https://w3id.org/spacekg/id/h"]
    assert bindings[0]["label"]["value"] == hostile
