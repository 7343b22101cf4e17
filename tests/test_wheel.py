"""The installed package works anywhere: build the wheel, install it into a
fresh venv, and run the commands from an empty temporary folder.

The fresh venv gets the wheel only; its dependencies are taken from the
project's venv through a .pth file (no network needed). The project's own
editable spacekg is not on that path, so every command below runs the copy
installed from the wheel, with the release graph and facts shipped inside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.servers import free_port, stop, wait_until_up

# A short text of our own (no sentence of any source), naming known entities.
ARTICLE = (
    "Roscosmos and the China National Space Administration met in Moscow.\n"
    "Roscosmos said the International Lunar Research Station is open to partners.\n"
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh venv holding spacekg installed from its wheel."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("spacekg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for shipped in ("spacekg/release/spacekg.ttl", "spacekg/facts/moon-race.yaml", "spacekg/ontology/spacekg.ttl"):
        assert shipped in names, shipped
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # The project's pip installs into the fresh venv (pip --python), console script included.
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
         "--disable-pip-version-check", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    purelib = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # A dependency's program: the oxigraph server that serve starts.
    (venv / "bin" / "oxigraph").symlink_to(Path(sys.executable).with_name("oxigraph"))
    (Path(purelib) / "project-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv / "bin"


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "anywhere"
    folder.mkdir()
    return folder


def clean_env() -> dict[str, str]:
    """The environment without anything that would put the project's source on the path."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = clean_env()
    return subprocess.run(
        [str(bin_dir / "spacekg"), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_the_wheel_is_what_runs(installed: Path, elsewhere: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c", "import spacekg, spacekg.core.resources as r; print(spacekg.__file__); print(r.release_graph())"],
        cwd=elsewhere, capture_output=True, text=True, check=True, env=clean_env(),
    ).stdout.split()  # fmt: skip
    venv = installed.parent
    assert all(Path(p).is_relative_to(venv) for p in where), where
    assert not any(Path(p).is_relative_to(ROOT) for p in where), where


def test_query_view_analyze_export_from_any_folder(installed: Path, elsewhere: Path) -> None:
    result = run(installed, elsewhere, "query", "SELECT ?agency WHERE { ?agency skg:leads kg:ilrs } ORDER BY ?agency")
    assert result.returncode == 0, result.stderr
    assert "kg:roscosmos" in result.stdout and "kg:cnsa" in result.stdout

    result = run(installed, elsewhere, "view", "--out", "view.html")
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "view.html").stat().st_size > 100_000

    result = run(installed, elsewhere, "analyze", "--path", "united-kingdom", "russia")
    assert result.returncode == 0, result.stderr
    assert "Path: " in result.stdout

    result = run(installed, elsewhere, "export", "--format", "nt", "--out", "graph.nt")
    assert result.returncode == 0, result.stderr
    assert len((elsewhere / "graph.nt").read_text(encoding="utf-8").splitlines()) > 1000
    assert sorted(p.name for p in elsewhere.iterdir()) == ["graph.nt", "view.html"]  # no data/ made on the way


def test_extract_from_any_folder(installed: Path, elsewhere: Path) -> None:
    (elsewhere / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(installed, elsewhere, "extract", "article.txt", "--out", "candidates.yaml")
    assert result.returncode == 0, result.stderr
    candidates = (elsewhere / "candidates.yaml").read_text(encoding="utf-8")
    assert "roscosmos" in candidates  # linked to the shipped facts' entity


def test_serve_from_any_folder(installed: Path, elsewhere: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    process = subprocess.Popen(
        [str(installed / "spacekg"), "serve", "--port", str(port)],
        cwd=elsewhere, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/sparql?query=ASK%7B%7D", process, seconds=120)
        query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s a skg:Country }")
        request = urllib.request.Request(
            f"{base}/sparql?query={query}", headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
        assert int(answer["results"]["bindings"][0]["n"]["value"]) == 7
    finally:
        stop(process)
