"""The ontology: documented terms, alignments, one copy, HermiT consistency."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from spacekg.core.namespaces import SKG
from spacekg.core.resources import ontology_file, shapes_file
from spacekg.model.entail import with_entailments
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
        # skg:date's xsd:gYearMonth/gMonthDay are outside the OWL 2 datatype map (docs/model.md)
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True)
    return world


def test_hermit_finds_ontology_and_data_consistent(graph: Graph, tmp_path: Path) -> None:
    world = hermit(with_entailments(graph), tmp_path)
    unsatisfiable = list(world.inconsistent_classes())  # type: ignore[attr-defined]
    assert unsatisfiable == []


def test_hermit_detects_an_inconsistency(graph: Graph, tmp_path: Path) -> None:
    """The check above can fail: a program that is also a country is caught, and so is
    a proposal typed as a concluded treaty."""
    import owlready2

    broken = Graph()
    for triple in graph:
        broken.add(triple)
    broken.add((URIRef("https://w3id.org/spacekg/id/ilrs"), RDF.type, URIRef(SKG + "Country")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(broken, tmp_path)
    treaty = Graph()
    for triple in graph:
        treaty.add(triple)
    treaty.add((URIRef("https://w3id.org/spacekg/id/non-deployment-treaty"), RDF.type, URIRef(SKG + "Treaty")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(treaty, tmp_path)


@pytest.fixture(scope="module")
def dl_checker(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Compile tests/owl/DLProfileCheck.java against the OWL API in owlready2's HermiT.jar."""
    import owlready2

    javac = shutil.which("javac")
    assert javac, "the OWL 2 DL check needs javac (apt-get install -y default-jdk-headless)"
    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    assert jar.is_file(), jar
    out = tmp_path_factory.mktemp("owl")
    source = Path(__file__).parent / "owl" / "DLProfileCheck.java"
    subprocess.run([javac, "-cp", str(jar), "-d", str(out), str(source)], check=True, capture_output=True)
    return ["java", "-cp", os.pathsep.join([str(jar), str(out)]), "DLProfileCheck"]


def dl_violations(checker: list[str], graph: Graph, path: Path) -> tuple[int, list[str]]:
    path.write_bytes(graph.serialize(format="xml", encoding="utf-8"))
    run = subprocess.run([*checker, str(path)], check=True, capture_output=True, text=True, timeout=300)
    lines = run.stdout.splitlines()
    assert lines and lines[-1].startswith("violations "), run.stdout + run.stderr
    axioms = next(int(line.split()[1]) for line in lines if line.startswith("axioms "))
    assert axioms > 1000, "the checker must have read the ontology and the data"
    return int(lines[-1].split()[1]), lines[:-2]


def test_ontology_and_data_are_in_owl2_dl(dl_checker: list[str], graph: Graph, tmp_path: Path) -> None:
    count, violations = dl_violations(dl_checker, with_entailments(graph), tmp_path / "graph.owl")
    assert (count, violations) == (0, [])


def test_dl_check_can_fail(dl_checker: list[str], graph: Graph, tmp_path: Path) -> None:
    """The check above can fail: a literal object of rdf:object (reserved vocabulary) is caught."""
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    broken.add((URIRef("https://w3id.org/spacekg/id/fact/x"), RDF.object, Literal(2020)))
    count, violations = dl_violations(dl_checker, broken, tmp_path / "broken.owl")
    assert count >= 1 and any("rdf:object" in v for v in violations)


def test_entailments_are_the_super_property_and_super_class_closure(graph: Graph) -> None:
    from spacekg.model.entail import entailed_triples, split_entailments

    skg = "https://w3id.org/spacekg/ontology#"
    kg = "https://w3id.org/spacekg/id/"
    entailed = entailed_triples(graph)
    assert entailed and not any(t in graph for t in entailed)
    # leads -> participatesIn, SpaceAgency -> Organization -> Agent -> foaf:Agent
    assert (URIRef(kg + "roscosmos"), URIRef(skg + "participatesIn"), URIRef(kg + "ilrs")) in entailed
    assert (URIRef(kg + "nasa"), RDF.type, URIRef(skg + "Agent")) in entailed
    assert (URIRef(kg + "nasa"), RDF.type, URIRef("http://xmlns.com/foaf/0.1/Agent")) in entailed
    # nothing about terms the data does not use, and no domain/range guesses
    assert all(p == RDF.type or str(s).startswith(kg) for s, p, _ in entailed)
    asserted, derived = split_entailments(with_entailments(graph))
    assert derived >= entailed and asserted | derived == set(with_entailments(graph))
    assert derived - entailed <= {t for t in graph if t[1] == RDF.type}  # only types the build also asserts


def test_build_writes_entailments_after_the_marker_and_can_leave_them_out(tmp_path: Path) -> None:
    from spacekg.model.build import build
    from spacekg.model.entail import TURTLE_MARKER

    full = build(out=tmp_path / "full.ttl", facts=[ROOT / "data" / "facts"])
    bare = build(out=tmp_path / "bare.ttl", facts=[ROOT / "data" / "facts"], entailments=False)
    text = (tmp_path / "full.ttl").read_text(encoding="utf-8")
    head, _, tail = text.partition(f"\n{TURTLE_MARKER}\n")
    assert tail and TURTLE_MARKER not in (tmp_path / "bare.ttl").read_text(encoding="utf-8")
    assert set(Graph().parse(data=head, format="turtle")) == set(Graph().parse(tmp_path / "bare.ttl"))
    assert len(Graph().parse(data=tail, format="turtle")) == full.entailed == full.triples - bare.triples > 0
