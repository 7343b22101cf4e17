"""The package's rooms import downwards only, nothing imports the CLI, and there are no cycles.

Read from the source with ``ast`` (imports inside functions count too), so a
lazy import cannot hide a wrong arrow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "spacekg"

# Each room may import from the rooms listed after it (and from itself).
LAYERS = ["cli", "api", "serve", "interop", "graphs", "extract", "query", "model", "core", "errors"]
ALLOWED: dict[str, set[str]] = {room: set(LAYERS[i:]) for i, room in enumerate(LAYERS)}
# extract and query are siblings: neither may import the other.
ALLOWED["extract"] -= {"query"}
ALLOWED["graphs"] -= {"extract"}


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        found[name.removesuffix(".__init__")] = path
    return found


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("spacekg"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("spacekg"):
            names.add(node.module)
            # "from spacekg.graphs import analyze" imports a module too
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: {i for i in _imports(path) if i in modules and i != name} for name, path in modules.items()}


def test_rooms_import_downwards_only() -> None:
    wrong = []
    for module, targets in _graph().items():
        room = _room(module)
        if room == "__init__":
            continue
        for target in targets:
            target_room = _room(target)
            if target_room == "__init__" or target_room == room:
                continue
            if target_room not in ALLOWED.get(room, set()):
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports against the layering: " + ", ".join(sorted(wrong))


def test_nothing_imports_the_cli() -> None:
    importers = [m for m, targets in _graph().items() if "spacekg.cli" in targets]
    assert importers == []


def test_every_module_sits_in_a_known_room() -> None:
    rooms = {_room(m) for m in _modules()}
    assert rooms <= {*LAYERS, "__init__"}, rooms - {*LAYERS, "__init__"}


def test_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    # the package __init__ re-exports the API lazily; it is the root, not a cycle member
    cycles = [c for c in cycles if "spacekg" not in c]
    assert not cycles, cycles


@pytest.mark.parametrize("room", ["core", "model", "query", "graphs", "interop", "extract"])
def test_rooms_exist_and_say_what_they_hold(room: str) -> None:
    init = PACKAGE / room / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))


def test_the_cli_uses_only_the_public_api() -> None:
    """cli.py is a thin layer: it imports the public API and the error types, no lower room."""
    imported = _imports(PACKAGE / "cli.py") - {"spacekg.__version__"}
    assert imported <= {"spacekg", "spacekg.api", "spacekg.errors", "spacekg.errors.SpaceKGError"}, imported


def _python_examples() -> list[tuple[str, str]]:
    """Python code users read: the README's and docs' ```python blocks, and the notebooks' code cells."""
    import json
    import re

    root = PACKAGE.parent.parent
    found = []
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        for number, block in enumerate(re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)):
            found.append((f"{doc.name} block {number + 1}", block))
    for notebook in sorted((root / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        found.append((notebook.name, code))
    return found


def test_examples_for_users_call_only_the_public_api() -> None:
    """The README, docs and notebooks import ``spacekg`` itself and use only its public names."""
    import spacekg

    examples = _python_examples()
    assert any(name == "tour.ipynb" for name, _ in examples) and any("README" in name for name, _ in examples)
    wrong = []
    for name, code in examples:
        tree = ast.parse(code)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                wrong += [f"{name}: import {a.name}" for a in node.names if a.name.startswith("spacekg.")]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("spacekg"):
                wrong.append(f"{name}: from {node.module} import ...")
            elif isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "spacekg":
                wrong += [f"{name}: spacekg.{node.attr}"] if node.attr not in spacekg.__all__ else []
    assert not wrong, wrong
