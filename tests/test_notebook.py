"""The notebook tour runs end to end (nbclient), so it never rots."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT

TOUR = ROOT / "notebooks" / "tour.ipynb"


def test_tour_is_committed_without_outputs() -> None:
    notebook = nbformat.read(TOUR, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_tour_uses_only_the_public_api() -> None:
    notebook = nbformat.read(TOUR, as_version=4)
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    assert "from spacekg" not in code and "spacekg." in code


def test_tour_runs(tmp_path: Path) -> None:
    notebook = nbformat.read(TOUR, as_version=4)
    built = ROOT / "data" / "spacekg.ttl"
    before = built.stat().st_mtime_ns if built.exists() else None
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(TOUR.parent)}}
    ).execute()
    text = "".join(  # stream output may arrive in pieces: join them as printed
        str(output.get("text", "")) + str(output.get("data", {}).get("text/html", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )
    assert "ILRS stage 1" in text and "2021" in text
    assert "article copy found: True" in text
    assert "asserted as fact: False" in text
    assert "<iframe srcdoc=" in text  # the inline view
    assert "UK Space Command —headquartered at→ RAF High Wycombe" in text
    assert (built.stat().st_mtime_ns if built.exists() else None) == before  # built elsewhere, not over data/
