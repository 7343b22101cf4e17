"""Property-based tests: round trips and fuzzed facts files."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from spacekg.errors import FactsError, SpaceKGError
from spacekg.model.build import serialize_turtle
from spacekg.model.facts import check_dataset, parse_facts
from spacekg.model.rdf import build_graph
from tests.conftest import FACTS_FILE

LENGTH = 500
slugs = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)
# Labels with quotes, backslashes, newlines and non-ASCII must survive Turtle.
labels = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\x00") | st.sampled_from('"\\\n<>'),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
# (built so, not filtered: a filter rejecting half the pairs made Hypothesis's filter_too_much health check fail
# now and then on a document drawing a dozen spans)
spans = st.integers(0, LENGTH - 1).flatmap(lambda start: st.tuples(st.just(start), st.integers(start + 1, LENGTH)))


@st.composite
def facts_documents(draw: st.DrawFn) -> str:
    ids = draw(st.lists(slugs, min_size=2, max_size=8, unique=True).filter(lambda xs: "src" not in xs))
    entities = [
        {
            "id": i,
            "type": draw(st.sampled_from(["Country", "SpaceAgency", "Program", "Person", "Topic"])),
            "label": draw(labels),
            "aliases": draw(st.lists(labels, max_size=2)),
            "mention": list(draw(spans)),
        }
        for i in ids
    ]
    facts = []
    for n in range(draw(st.integers(0, 6))):
        facts.append(
            {
                "id": f"f{n}",
                "subject": draw(st.sampled_from(ids)),
                "relation": draw(st.sampled_from(["cooperatesWith", "about", "partOf", "competesWith"])),
                "object": draw(st.sampled_from(ids)),
                "evidence": [list(draw(spans))],
            }
        )
    for n in range(draw(st.integers(0, 3))):
        facts.append({"id": f"y{n}", "subject": ids[0], "relation": "year", "value": draw(st.integers(1900, 2200)),
                      "evidence": [list(draw(spans))]})  # fmt: skip
    claims = [
        {
            "id": f"c{n}",
            "speaker": draw(st.lists(st.sampled_from(ids), min_size=1, max_size=2, unique=True)),
            "summary": draw(labels),
            "evidence": [list(draw(spans))],
        }
        for n in range(draw(st.integers(0, 3)))
    ]
    doc = {
        "spacekg": 1,
        "source": {"id": "src", "type": "NewsArticle", "label": "S", "sha256": "0" * 64, "characters": LENGTH,
                   "mention": [0, 1]},
        "entities": entities,
        "facts": facts,
        "claims": claims,
    }  # fmt: skip
    return json.dumps(doc, ensure_ascii=False)  # JSON is YAML


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_documents())
def test_facts_to_turtle_round_trip_is_isomorphic(text: str) -> None:
    dataset = check_dataset([parse_facts(text, "gen.yaml")])
    graph = build_graph(dataset, include_ontology=False)
    reread = Graph().parse(data=serialize_turtle(graph).decode("utf-8"), format="turtle")
    assert isomorphic(graph, reread)


SEED_FACTS = FACTS_FILE.read_text(encoding="utf-8")


@st.composite
def mutated_facts(draw: st.DrawFn) -> str:
    text = SEED_FACTS
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(text) - 1))
        kind = draw(st.sampled_from(["delete", "insert", "replace"]))
        chunk = draw(st.text(alphabet="[]{}:,-'\"\n #&*!|>0123456789abcQ", min_size=1, max_size=6))
        end = pos + draw(st.integers(1, 40))
        if kind == "delete":
            text = text[:pos] + text[end:]
        elif kind == "insert":
            text = text[:pos] + chunk + text[pos:]
        else:
            text = text[:pos] + chunk + text[end:]
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_facts())
def test_fuzzed_facts_raise_only_facts_errors(text: str) -> None:
    try:
        check_dataset([parse_facts(text, "fuzz.yaml")])
    except FactsError as err:
        assert str(err).startswith("fuzz.yaml")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200).map(lambda b: b.decode("utf-8", errors="replace")))
def test_arbitrary_text_raises_only_project_errors(text: str) -> None:
    with contextlib.suppress(SpaceKGError):
        check_dataset([parse_facts(text, "junk.yaml")])
