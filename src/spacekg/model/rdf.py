"""Turn checked facts into RDF: ontology + entities + facts + claims + evidence.

The output is deterministic: every node is an IRI derived from the ids in
the facts files (no blank nodes), so two builds give the same triples and
the same Turtle bytes.

Evidence follows the W3C Web Annotation model. Each fact, claim and entity
gets one annotation (``oa:Annotation`` and ``skg:Evidence``) per supporting
span, motivated by ``skg:evidencing`` (statements) or ``oa:identifying``
(an entity's mention); spans are shared ``oa:SpecificResource`` nodes on the
source with a ``oa:TextPositionSelector`` and, when the build is given the
source text, a ``oa:TextQuoteSelector``.

Statements are reified with ``skg:statementSubject``/``Predicate``/``Object``
(``skg:objectValue`` for literals), never ``rdf:Statement``, which OWL 2 DL
reserves. A fact is asserted and reified; a fact relayed through someone
(``reported_by``) is a ``skg:ReportedFact``; a fact with a modality is a
``skg:ModalStatement`` and its triple is never asserted. See docs/model.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from spacekg.core.namespaces import DEFAULT_BASE, OA, PREFIXES, SKG, WIKIDATA_ENTITY, check_base
from spacekg.core.text import read_source
from spacekg.errors import SourceError
from spacekg.model.facts import Claim, Dataset, Entity, Fact, FactsFile, Source, Span
from spacekg.model.vocabulary import date_datatype, date_value, ontology_graph, vocabulary

SKG_NS = Namespace(SKG)
OA_NS = Namespace(OA)
WD = Namespace(WIKIDATA_ENTITY)


@dataclass(frozen=True)
class SourceText:
    """A user's copy of a source text, matched to a facts file by hash."""

    path: Path
    text: str
    sha256: str


def load_source_texts(paths: list[Path], dataset: Dataset) -> dict[str, SourceText]:
    """Read source texts and match each to the facts file with its SHA-256.

    Raises SourceError when a file matches no facts file, naming the hashes
    so the user can see which copy differs.
    """
    by_hash = {f.source.sha256: f.source for f in dataset.files}
    matched: dict[str, SourceText] = {}
    for path in paths:
        text, digest = read_source(path)
        source = by_hash.get(digest)
        if source is None:
            expected = "; ".join(f"{s.id} ({s.file or 'no file name'}): {h}" for h, s in by_hash.items())
            raise SourceError(
                f"{path}: SHA-256 {digest} matches no facts file (expected {expected}). "
                "This is not the text the offsets refer to; pass the original file."
            )
        if len(text) != source.characters:
            raise SourceError(f"{path}: has {len(text)} characters, the facts file says {source.characters}.")
        matched[source.id] = SourceText(path=path, text=text, sha256=digest)
    return matched


class _Builder:
    def __init__(self, base: str, texts: Mapping[str, SourceText]) -> None:
        self.base = base
        self.kg = Namespace(base)
        self.texts = texts
        self.graph = Graph()
        self.vocab = vocabulary()
        for prefix, iri in PREFIXES.items():
            self.graph.bind(prefix, iri, replace=True)
        self.graph.bind("kg", base, replace=True)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def node(self, node_id: str) -> URIRef:
        return self.kg[node_id]

    def statement_node(self, node_id: str, claims: set[str]) -> URIRef:
        return self.kg[f"claim/{node_id}"] if node_id in claims else self.kg[node_id]

    def english(self, text: str) -> Literal:
        return Literal(text, lang="en")

    # --- provenance -----------------------------------------------------

    def span(self, source: Source, span: Span) -> URIRef:
        start, end = span
        iri = self.kg[f"{source.id}/chars/{start}-{end}"]
        if (iri, RDF.type, OA_NS.SpecificResource) in self.graph:
            return iri
        self.add(iri, RDF.type, OA_NS.SpecificResource)
        self.add(iri, OA_NS.hasSource, self.node(source.id))
        position = URIRef(f"{iri}/position")
        self.add(iri, OA_NS.hasSelector, position)
        self.add(position, RDF.type, OA_NS.TextPositionSelector)
        self.add(position, OA_NS.start, Literal(start, datatype=XSD.nonNegativeInteger))
        self.add(position, OA_NS.end, Literal(end, datatype=XSD.nonNegativeInteger))
        copy = self.texts.get(source.id)
        if copy is not None:
            quote = URIRef(f"{iri}/quote")
            self.add(iri, OA_NS.hasSelector, quote)
            self.add(quote, RDF.type, OA_NS.TextQuoteSelector)
            self.add(quote, OA_NS.exact, Literal(copy.text[start:end]))
        return iri

    def evidence(
        self, body: URIRef, source: Source, spans: tuple[Span, ...], motivation: URIRef = SKG_NS.evidencing
    ) -> None:
        for span in spans:
            annotation = URIRef(f"{body}/evidence/{source.id}/{span[0]}-{span[1]}")
            self.add(annotation, RDF.type, SKG_NS.Evidence)
            self.add(annotation, RDF.type, OA_NS.Annotation)
            self.add(annotation, OA_NS.motivatedBy, motivation)
            self.add(annotation, OA_NS.hasBody, body)
            self.add(annotation, OA_NS.hasTarget, self.span(source, span))

    # --- content --------------------------------------------------------

    def source(self, source: Source) -> None:
        node = self.node(source.id)
        for t in source.types:
            self.add(node, RDF.type, SKG_NS[t])
        self.add(node, RDFS.label, self.english(source.label))
        if source.title:
            self.add(node, DCTERMS.title, self.english(source.title))
        self.add(node, SKG_NS.sha256, Literal(source.sha256))
        self.add(node, SKG_NS.characterCount, Literal(source.characters, datatype=XSD.nonNegativeInteger))
        self.evidence(node, source, (source.mention,), OA_NS.identifying)

    def entity(self, entity: Entity, source: Source) -> None:
        node = self.node(entity.id)
        for t in entity.types:
            self.add(node, RDF.type, SKG_NS[t])
        self.add(node, RDFS.label, self.english(entity.label))
        for alias in entity.aliases:
            self.add(node, SKOS.altLabel, self.english(alias))
        if entity.wikidata:
            self.add(node, OWL.sameAs, WD[entity.wikidata])
        if entity.title:
            self.add(node, DCTERMS.title, self.english(entity.title))
        if entity.description:  # our words, not the source's: never sourced knowledge
            self.add(node, SKOS.editorialNote, self.english(entity.description))
        self.evidence(node, source, (entity.mention,), OA_NS.identifying)

    def literal(self, relation: str, value: int | str) -> Literal:
        if relation == "date":
            datatype = date_datatype(str(value))
            assert datatype is not None  # the facts loader checks the form
            return Literal(str(value), datatype=XSD[datatype])
        datatype = self.vocab.datatype_of(relation)
        return Literal(value, datatype=XSD[datatype])

    def reify(self, node: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef | Literal) -> None:
        self.add(node, SKG_NS.statementSubject, subject)
        self.add(node, SKG_NS.statementPredicate, predicate)
        self.add(node, SKG_NS.statementObject if isinstance(obj, URIRef) else SKG_NS.objectValue, obj)

    def fact(self, fact: Fact, source: Source) -> None:
        subject, predicate = self.node(fact.subject), SKG_NS[fact.relation]
        obj: URIRef | Literal
        if fact.object is not None:
            obj = self.node(fact.object)
        else:
            assert fact.value is not None
            obj = self.literal(fact.relation, fact.value)
        node = self.kg[f"fact/{fact.id}"]  # reified to carry its evidence
        if fact.modality is not None:  # not a plain, done fact: never asserted
            self.add(node, RDF.type, SKG_NS.ModalStatement)
            self.add(node, SKG_NS.modality, SKG_NS[fact.modality.capitalize()])
        else:
            self.add(subject, predicate, obj)  # a fact is asserted ...
            self.add(node, RDF.type, SKG_NS.ReportedFact if fact.reported_by else SKG_NS.Fact)
        self.reify(node, subject, predicate, obj)
        if fact.reported_by:
            self.add(node, SKG_NS.reportedBy, self.node(fact.reported_by))
        self.evidence(node, source, fact.evidence)

    def claim(self, claim: Claim, source: Source, claims: set[str]) -> None:
        node = self.kg[f"claim/{claim.id}"]
        self.add(node, RDF.type, SKG_NS.Claim)
        self.add(node, RDFS.label, self.english(claim.summary))
        for speaker in claim.speakers:
            self.add(node, SKG_NS.speaker, self.node(speaker))
        if claim.stance and claim.target:
            self.add(node, SKG_NS[claim.stance], self.statement_node(claim.target, claims))
        for topic in claim.about:
            self.add(node, SKG_NS.about, self.node(topic))
        if claim.proposition is not None:  # reified only: a claim is not a fact
            prop = claim.proposition
            self.reify(node, self.node(prop.subject), SKG_NS[prop.relation], self.node(prop.object))
        if claim.modality is not None:
            self.add(node, SKG_NS.modality, SKG_NS[claim.modality.capitalize()])
        if claim.stated_in:
            self.add(node, SKG_NS.statedIn, self.node(claim.stated_in))
        if claim.reported_by:
            self.add(node, SKG_NS.reportedBy, self.node(claim.reported_by))
        if "year" in claim.date:
            self.add(node, SKG_NS.year, self.literal("year", claim.date["year"]))
        date = date_value(claim.date)
        if date is not None:
            self.add(node, SKG_NS.date, self.literal("date", date))
        self.evidence(node, source, claim.evidence)

    def facts_file(self, facts_file: FactsFile, claims: set[str]) -> None:
        source = facts_file.source
        self.source(source)
        for entity in facts_file.entities:
            self.entity(entity, source)
        for fact in facts_file.facts:
            self.fact(fact, source)
        for claim in facts_file.claims:
            self.claim(claim, source, claims)
        for mention in facts_file.mentions:
            self.evidence(self.node(mention.entity), source, (mention.span,), OA_NS.identifying)


def build_graph(
    dataset: Dataset,
    *,
    base: str = DEFAULT_BASE,
    texts: Mapping[str, SourceText] | None = None,
    include_ontology: bool = True,
) -> Graph:
    """Return the knowledge graph of ``dataset``.

    ``texts`` maps source ids to the user's copies of the source texts; where
    one is given, evidence carries exact quotes taken from it.
    """
    builder = _Builder(check_base(base), texts or {})
    if include_ontology:
        for triple in ontology_graph():
            builder.graph.add(triple)
    claims = {c.id for f in dataset.files for c in f.claims}
    for facts_file in dataset.files:
        builder.facts_file(facts_file, claims)
    return builder.graph
