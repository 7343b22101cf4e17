"""VoID/DCAT a catalogue accepts, and the w3id.org redirect rules, in Apache.

The rules in w3id/.htaccess run in a real Apache httpd (Debian's apache2,
mod_rewrite, on 127.0.0.1): every IRI the release files advertise redirects
to a file that exists in this repository, by content negotiation.
"""

from __future__ import annotations

import contextlib
import http.client
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, VOID

from spacekg.cli import main
from spacekg.core.namespaces import DEFAULT_BASE, ONTOLOGY_IRI
from tests.servers import free_port, stop

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "data" / "release"
DATASET = URIRef(DEFAULT_BASE + "dataset")
W3ID = "https://w3id.org/spacekg/"
runner = CliRunner()


@pytest.fixture(scope="module")
def void() -> Graph:
    return Graph().parse(RELEASE / "spacekg.void.ttl")


def test_no_endpoint_unless_one_is_given(void: Graph, tmp_path: Path) -> None:
    text = (RELEASE / "spacekg.void.ttl").read_text(encoding="utf-8")
    assert "127.0.0.1" not in text and "localhost" not in text
    assert void.value(DATASET, VOID.sparqlEndpoint) is None
    out = tmp_path / "kg.ttl"
    endpoint = "https://example.org/sparql"
    built = runner.invoke(main, ["build", "--out", str(out), "--sparql-endpoint", endpoint])
    assert built.exit_code == 0, built.output
    described = Graph().parse(tmp_path / "kg.void.ttl")
    assert described.value(DATASET, VOID.sparqlEndpoint) == URIRef(endpoint)
    bad = runner.invoke(main, ["build", "--out", str(out), "--sparql-endpoint", "ftp://x"])
    assert bad.exit_code == 2 and "--sparql-endpoint" in bad.output


def test_distributions_download_release_files(void: Graph) -> None:
    distributions = list(void.objects(DATASET, DCAT.distribution))
    assert len(distributions) >= 2
    dumps = set(void.objects(DATASET, VOID.dataDump))
    for distribution in distributions:
        url = str(void.value(distribution, DCAT.downloadURL))
        assert url.startswith(W3ID + "release/"), url
        assert (RELEASE / url.rsplit("/", 1)[1]).is_file(), url
        assert URIRef(url) in dumps
        assert str(void.value(distribution, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
        assert void.value(distribution, DCTERMS.license) is not None


def test_entities_are_the_subjects_in_the_iri_space(void: Graph) -> None:
    store = ox.Store()
    store.load(path=str(RELEASE / "spacekg.ttl"), format=ox.RdfFormat.TURTLE)
    query = f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{DEFAULT_BASE}")) }}'
    expected = int(next(iter(store.query(query)))["n"].value)  # type: ignore[index, union-attr]
    assert int(void.value(DATASET, VOID.entities)) == expected > 400  # type: ignore[arg-type]
    triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)  # type: ignore[index, union-attr]
    assert int(void.value(DATASET, VOID.triples)) == triples  # type: ignore[arg-type]


def test_one_iri_per_vocabulary_and_creator_is_an_agent(void: Graph) -> None:
    vocabularies = [str(v) for v in void.objects(DATASET, VOID.vocabulary)]
    assert ONTOLOGY_IRI in vocabularies and ONTOLOGY_IRI + "#" not in vocabularies
    assert len({v.rstrip("#/") for v in vocabularies}) == len(vocabularies)
    creator = void.value(DATASET, DCTERMS.creator)
    assert creator is not None and not isinstance(creator, Literal)
    assert isinstance(void.value(creator, FOAF.name), Literal)


def test_void_parses_in_rapper() -> None:
    rapper = shutil.which("rapper")
    assert rapper, "rapper is missing: apt-get install -y raptor2-utils"
    result = subprocess.run(
        [rapper, "-i", "turtle", "-c", str(RELEASE / "spacekg.void.ttl")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "warning" not in result.stderr.lower(), result.stderr


APACHE_CONF = """LoadModule mpm_prefork_module {modules}/mod_mpm_prefork.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule rewrite_module {modules}/mod_rewrite.so
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {root}/httpd.pid
ErrorLog {root}/error.log
User www-data
Group www-data
DocumentRoot {root}/www
<Directory {root}/www>
  AllowOverride All
  Require all granted
</Directory>
"""


@contextlib.contextmanager
def apache() -> Iterator[int]:
    binary = shutil.which("apache2") or "/usr/sbin/apache2"
    if not Path(binary).exists():
        pytest.fail("apache2 is not installed; scripts/test.sh installs Debian's apache2", pytrace=False)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        root.chmod(0o755)  # Apache's worker user reads the rules
        (root / "www" / "spacekg").mkdir(parents=True)
        shutil.copy(ROOT / "w3id" / ".htaccess", root / "www" / "spacekg" / ".htaccess")
        for path in (root / "www", root / "www" / "spacekg", root / "www" / "spacekg" / ".htaccess"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        port = free_port()
        conf = root / "httpd.conf"
        conf.write_text(APACHE_CONF.format(modules="/usr/lib/apache2/modules", port=port, root=root))
        # Its own process group: on SIGTERM, Apache's prefork parent signals its whole group.
        process = subprocess.Popen(
            [binary, "-f", str(conf), "-DFOREGROUND"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            for _ in range(100):
                with contextlib.suppress(OSError):
                    http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("HEAD", "/")
                    break
                if process.poll() is not None:
                    raise RuntimeError((root / "error.log").read_text() if (root / "error.log").exists() else "")
                subprocess.run(["sleep", "0.1"], check=True)
            yield port
        finally:
            stop(process)


def redirect(port: int, path: str, accept: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/spacekg/" + path, headers={"Accept": accept})
    response = connection.getresponse()
    return response.status, response.getheader("Location") or ""


def repository_file(location: str, rules: str) -> Path:
    """The repository file a redirect target names (after the RAW or PAGES base)."""
    for line in rules.splitlines():
        if line.startswith("RewriteRule ^ - [E="):
            base = line.split(":", 1)[1].rstrip("]")
            if location.startswith(base + "/"):
                return ROOT / location[len(base) + 1 :]
    raise AssertionError(f"{location} is not under a published location of the rules")


def test_w3id_rules_redirect_to_files_that_exist() -> None:
    rules = (ROOT / "w3id" / ".htaccess").read_text(encoding="utf-8")
    void = Graph().parse(RELEASE / "spacekg.void.ttl")
    downloads = [str(u)[len(W3ID) :] for u in void.objects(None, DCAT.downloadURL)]
    cases = {
        ("ontology", "text/turtle"): "src/spacekg/ontology/spacekg.ttl",
        ("ontology", "application/rdf+xml"): "data/release/ontology.rdf",
        ("ontology", "application/ld+json"): "data/release/context.jsonld",
        ("ontology", "text/html,application/xhtml+xml,*/*;q=0.8"): "docs/ontology/index.html",
        ("context.jsonld", "*/*"): "data/release/context.jsonld",
        ("id/dataset", "text/turtle"): "data/release/spacekg.void.ttl",
        ("id/nasa", "text/turtle"): "data/release/spacekg.ttl",
        ("id/nasa", "application/ld+json"): "data/release/spacekg.jsonld",
        ("id/graph/claims", "*/*"): "data/release/spacekg.ttl",
        **{(d, "*/*"): f"data/release/{d.rsplit('/', 1)[1]}" for d in downloads},
    }
    with apache() as port:
        for (path, accept), expected in cases.items():
            status, location = redirect(port, path, accept)
            assert status in (302, 303), (path, accept, status)
            target = repository_file(location, rules)
            assert target == ROOT / expected, (path, accept, location)
            assert target.is_file(), target
        status, location = redirect(port, "id/nasa", "text/html")
        assert status == 303 and location.startswith("https://github.com/")
    assert (ROOT / "w3id" / "README.md").is_file()
