"""The ontology: documented terms, alignments, one copy, HermiT consistency."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from spacekg.core.namespaces import SKG
from spacekg.core.resources import ontology_file, shapes_file
from spacekg.model.vocabulary import ontology_graph
from tests.conftest import ROOT

ALIGNED_VOCABULARIES = {
    "ORG": "http://www.w3.org/ns/org#",
    "PROV-O": "http://www.w3.org/ns/prov#",
    "OWL-Time": "http://www.w3.org/2006/time#",
    "Web Annotation": "http://www.w3.org/ns/oa#",
    "schema.org": "https://schema.org/",
    "FOAF": "http://xmlns.com/foaf/0.1/",
    "SKOS": "http://www.w3.org/2004/02/skos/core#",
    "Dublin Core": "http://purl.org/dc/terms/",
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


def own_terms(graph: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in graph.subjects(RDF.type, k) if isinstance(s, URIRef) and str(s).startswith(SKG)}


def test_top_level_ontology_folder_is_the_packaged_copy() -> None:
    for packaged in (ontology_file(), shapes_file()):
        top = ROOT / "ontology" / packaged.name
        assert top.read_bytes() == packaged.read_bytes()


def test_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/spacekg/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    for prop in ("versionIRI", "versionInfo"):
        assert onto.value(header, OWL[prop]) is not None
    dcterms = "http://purl.org/dc/terms/"
    for prop in ("title", "description", "license", "creator", "created"):
        assert onto.value(header, URIRef(dcterms + prop)) is not None, prop


def test_every_term_has_english_label_and_definition(onto: Graph) -> None:
    terms = own_terms(onto)
    assert len(terms) > 80
    for term in terms:
        labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
        comments = [o for o in onto.objects(term, RDFS.comment) if isinstance(o, Literal) and o.language == "en"]
        assert len(labels) == 1, term
        assert comments, term


def test_required_classes_and_properties_exist(onto: Graph) -> None:
    names = {str(t)[len(SKG) :] for t in own_terms(onto)}
    required = {
        "Country", "SpaceAgency", "MilitaryCommand", "DefenceMinistry", "ForeignMinistryDepartment", "AirForce",
        "InternationalOrganization", "InternationalOrgan", "MediaOutlet", "Person", "Program", "ProgramPhase",
        "Mission", "MissionGroup", "Facility", "Station", "Place", "CelestialBody", "Treaty", "DraftTreaty",
        "DraftResolution", "Doctrine", "Memorandum", "JointStatement", "Statement", "NewsArticle", "Claim",
        "cooperatesWith", "competesWith", "alliedWith", "partnerOf", "participatesIn", "leads", "memberOf",
        "partOf", "headquarteredAt", "locatedIn", "proposes", "submits", "supports", "opposes", "signs",
        "targets", "hasPhase", "affiliatedWith", "holdsPosition", "author", "publisher", "publishedIn",
        "speaker", "reportedBy", "startYear", "endYear", "minimumCount",
    }  # fmt: skip
    assert required <= names, required - names


@pytest.mark.parametrize("vocabulary", sorted(ALIGNED_VOCABULARIES))
def test_aligned_to_standard_vocabulary(onto: Graph, vocabulary: str) -> None:
    namespace = ALIGNED_VOCABULARIES[vocabulary]
    alignments = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)
    hits = [
        (s, o)
        for p in alignments
        for s, o in onto.subject_objects(p)
        if str(s).startswith(SKG) and str(o).startswith(namespace)
    ]
    assert hits, f"no skg term is aligned to {vocabulary}"


def test_domains_and_ranges_are_declared_terms(onto: Graph) -> None:
    declared = set(onto.subjects(RDF.type, OWL.Class))
    for prop in (RDFS.domain, RDFS.range):
        for term, target in onto.subject_objects(prop):
            if str(target).startswith(SKG):
                assert target in declared, (term, target)


def java_available() -> bool:
    return shutil.which("java") is not None


def hermit(graph: Graph, tmp_path: Path) -> object:
    """Run HermiT (through owlready2) on ``graph``; return the owlready2 world."""
    import owlready2

    assert java_available(), "HermiT needs Java 17 on PATH (apt-get install -y default-jre-headless)"
    path = tmp_path / "merged.nt"
    path.write_bytes(graph.serialize(format="nt", encoding="utf-8"))
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


def test_hermit_finds_ontology_and_data_consistent(graph: Graph, tmp_path: Path) -> None:
    world = hermit(graph, tmp_path)
    unsatisfiable = list(world.inconsistent_classes())  # type: ignore[attr-defined]
    assert unsatisfiable == []


def test_hermit_detects_an_inconsistency(graph: Graph, tmp_path: Path) -> None:
    """The check above can fail: a program that is also a country is caught."""
    import owlready2

    broken = Graph()
    for triple in graph:
        broken.add(triple)
    broken.add((URIRef("https://w3id.org/spacekg/id/ilrs"), RDF.type, URIRef(SKG + "Country")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(broken, tmp_path)
