"""Every fact traces to the span of the source that supports it.

These tests read the user's copy of the seed article (never stored in the
repository) and check each span against the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from rdflib import Graph

from spacekg.core.text import sentence_boundaries, sha256_hex
from spacekg.model.facts import Dataset, Entity, Span
from tests.conftest import require_seed

NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve",
}  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def names(entity: Entity) -> list[str]:
    return [entity.label, *entity.aliases]


def mentioned(entity: Entity, text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names(entity))


def joined(text: str, spans: Iterable[Span]) -> str:
    return "\n".join(text[s:e] for s, e in spans)


def test_seed_matches_the_facts_hash(dataset: Dataset) -> None:
    seed = require_seed()
    source = dataset.files[0].source
    assert sha256_hex(seed.read_bytes()) == source.sha256
    assert len(seed.read_text(encoding="utf-8")) == source.characters


def all_spans(dataset: Dataset) -> list[tuple[str, Span]]:
    spans: list[tuple[str, Span]] = []
    for f in dataset.files:
        spans.append((f"source {f.source.id}", f.source.mention))
        spans += [(f"entity {e.id}", e.mention) for e in f.entities]
        spans += [(f"fact {x.id}", s) for x in f.facts for s in x.evidence]
        spans += [(f"claim {c.id}", s) for c in f.claims for s in c.evidence]
    return spans


def test_every_span_lies_on_sentence_boundaries(dataset: Dataset, seed_text: str) -> None:
    starts, ends = sentence_boundaries(seed_text)
    bad = [(who, span) for who, span in all_spans(dataset) if span[0] not in starts or span[1] not in ends]
    assert bad == []


def test_entities_are_named_in_their_mention(dataset: Dataset, seed_text: str) -> None:
    unnamed = [e.id for e in dataset.entities().values() if not mentioned(e, seed_text[e.mention[0] : e.mention[1]])]
    assert unnamed == []


def literal_forms(value: int | str) -> list[str]:
    """How the text may write a literal. A partial date (skg:date) must appear
    with every part it has: "2020-06" as June and 2020, "--10-07" as October and 7."""
    date = re.match(r"^(?:(\d{4})|-)-(\d\d)(?:-(\d\d))?$", value) if isinstance(value, str) else None
    if date is not None:
        year, month, day = date.groups()
        return [p for p in (year, MONTHS[int(month) - 1], str(int(day)) if day else None) if p]
    forms = [str(value)]
    if isinstance(value, int):
        forms += [NUMBER_WORDS.get(value, str(value))]
        if 1 <= value <= 12:
            forms.append(MONTHS[value - 1])
    return forms


def test_facts_mention_subject_and_object(dataset: Dataset, seed_text: str) -> None:
    entities = dataset.entities()
    sources = {f.source.id for f in dataset.files}
    problems = []
    for fact in (x for f in dataset.files for x in f.facts):
        text = joined(seed_text, fact.evidence)
        for ref in (fact.subject, fact.object):
            if ref is None or ref in sources:  # the source is the text itself
                continue
            if not mentioned(entities[ref], text):
                problems.append((fact.id, ref))
        if fact.value is not None:
            forms = literal_forms(fact.value)
            found = all if fact.relation == "date" else any
            if not found(form in text for form in forms):
                problems.append((fact.id, fact.value))
    assert problems == []


def test_claims_mention_speaker_and_proposition(dataset: Dataset, seed_text: str) -> None:
    entities = dataset.entities()
    problems = []
    for facts_file in dataset.files:
        author = {x.object for x in facts_file.facts if x.subject == facts_file.source.id and x.relation == "author"}
        for claim in facts_file.claims:
            text = joined(seed_text, claim.evidence)
            refs = [s for s in claim.speakers if s not in author]  # the author speaks in every sentence
            if claim.proposition is not None:
                refs += [claim.proposition.subject, claim.proposition.object]
            problems += [(claim.id, r) for r in refs if not mentioned(entities[r], text)]
    assert problems == []


def test_no_statement_without_evidence(graph: Graph) -> None:
    rows = graph.query(
        """
        SELECT ?node WHERE {
            { ?node a/rdfs:subClassOf* skg:ReifiedStatement } UNION { ?node a/rdfs:subClassOf* skg:Entity }
            FILTER NOT EXISTS { ?ev oa:hasBody ?node ; oa:hasTarget/oa:hasSelector/oa:start ?start }
        }""",
        initNs={"skg": "https://w3id.org/spacekg/ontology#", "oa": "http://www.w3.org/ns/oa#",
                "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
    )  # fmt: skip
    assert list(rows) == []


def test_quotes_are_the_spans_of_the_users_copy(quoted_graph: Graph, seed_text: str, dataset: Dataset) -> None:
    rows = list(
        quoted_graph.query(
            """SELECT ?start ?end ?exact WHERE {
                 ?span oa:hasSelector [ oa:start ?start ; oa:end ?end ] , [ oa:exact ?exact ] }""",
            initNs={"oa": "http://www.w3.org/ns/oa#"},
        )
    )
    assert len(rows) == len({span for _, span in all_spans(dataset)})
    for start, end, exact in rows:  # type: ignore[misc]
        assert seed_text[int(start) : int(end)] == str(exact)


def test_claims_are_not_asserted_as_facts(graph: Graph) -> None:
    """A claim's proposition must not appear as a plain triple unless some
    fact also asserts it (the article reports it as fact elsewhere)."""
    rows = graph.query(
        """
        SELECT ?claim WHERE {
            ?claim a skg:Claim ; skg:statementSubject ?s ; skg:statementPredicate ?p ; skg:statementObject ?o .
            ?s ?p ?o .
            FILTER NOT EXISTS { ?fact a/rdfs:subClassOf* skg:Fact ; skg:statementSubject ?s ; skg:statementPredicate ?p ; skg:statementObject ?o }
        }""",
        initNs={"skg": "https://w3id.org/spacekg/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
    )
    assert list(rows) == []


@pytest.mark.parametrize("boilerplate", ["WordPress", "Leave a Reply", "skip to the end"])
def test_no_evidence_in_page_boilerplate(dataset: Dataset, seed_text: str, boilerplate: str) -> None:
    for who, (start, end) in all_spans(dataset):
        assert boilerplate not in seed_text[start:end], who


def test_modal_statements_are_never_asserted(graph: Graph, dataset: Dataset) -> None:
    modal = [x for f in dataset.files for x in f.facts if x.modality]
    assert modal, "the article has planned and negated statements; some facts must carry a modality"
    rows = list(
        graph.query(
            """SELECT ?st ?m WHERE {
                 ?st a skg:ModalStatement ; skg:modality ?m ; skg:statementSubject ?s ; skg:statementPredicate ?p .
                 { ?st skg:statementObject ?o } UNION { ?st skg:objectValue ?o }
                 FILTER NOT EXISTS { ?s ?p ?o } }""",
            initNs={"skg": "https://w3id.org/spacekg/ontology#"},
        )
    )
    assert len(rows) == len(modal)
    assert {str(m).rsplit("#", 1)[1].lower() for _, m in rows} == {x.modality for x in modal}  # type: ignore[misc]


def test_evidence_is_web_annotation(graph: Graph) -> None:
    ns = {"skg": "https://w3id.org/spacekg/ontology#", "oa": "http://www.w3.org/ns/oa#"}
    evidence = {row[0] for row in graph.query("SELECT ?a WHERE { ?a a skg:Evidence }", initNs=ns)}  # type: ignore[index]
    annotations = {
        row[0]  # type: ignore[index]
        for row in graph.query("SELECT ?a WHERE { ?a a oa:Annotation ; oa:motivatedBy ?m ; oa:hasBody ?b }", initNs=ns)
    }
    assert len(evidence) > 200 and evidence == annotations
