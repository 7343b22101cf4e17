"""Each rule is written once: no two functions of the package with the same
body, and the project's known rules only in their one home.

Read from the source with ``ast``, like ``test_layers.py``. The first test
compares every function's body with names of locals and arguments folded
away (``x = f(a)`` and ``y = f(b)`` are the same shape); bodies of a few
statements are too common to count. The second test knows the rules that
were once written several times (the id slug, local names and prefixed names
of IRIs, the SPARQL PREFIX header, the default paths, ``oxigraph:PATH``) and
fails when one is spelled out again outside its home.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "spacekg"

# A body must hold at least this many statements (nested ones included) to
# count as a duplicate: shorter ones (a guard and a return) recur naturally.
MIN_STATEMENTS = 5


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield str(path.relative_to(PACKAGE.parent)), ast.parse(path.read_text(encoding="utf-8"))


class _Fold(ast.NodeTransformer):
    """Fold the names a function chooses for itself (locals, arguments) to one."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name(id="_", ctx=node.ctx), node)

    def visit_arg(self, node: ast.arg) -> ast.AST:
        return ast.copy_location(ast.arg(arg="_", annotation=None), node)


def _body(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
    body = list(function.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    return body


def normalised_bodies(modules: Iterator[tuple[str, ast.Module]]) -> dict[str, list[str]]:
    """Normalised body -> the functions (``file:line name``) that have it,
    for bodies of at least :data:`MIN_STATEMENTS` statements."""
    found: dict[str, list[str]] = defaultdict(list)
    for name, tree in modules:
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            body = _body(node)
            statements = sum(1 for stmt in body for child in ast.walk(stmt) if isinstance(child, ast.stmt))
            if statements < MIN_STATEMENTS:
                continue
            folded = [_Fold().visit(ast.parse(ast.unparse(stmt)).body[0]) for stmt in body]
            found["\n".join(ast.dump(stmt) for stmt in folded)].append(f"{name}:{node.lineno} {node.name}")
    return found


def duplicated_functions(modules: Iterator[tuple[str, ast.Module]]) -> list[list[str]]:
    return sorted(places for places in normalised_bodies(modules).values() if len(places) > 1)


# --- the rules with one home ---------------------------------------------------

HOMES = {
    "slug": "spacekg/core/ids.py",
    "local name": "spacekg/core/namespaces.py",
    "prefixed name": "spacekg/core/namespaces.py",
    "PREFIX header": "spacekg/core/namespaces.py",
    "default path": "spacekg/core/resources.py",
    "oxigraph:PATH": "spacekg/query/store.py",
}
DEFAULT_PATHS = {"data/spacekg.ttl", "data/facts", "data/spacekg.html"}


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the Constant nodes that are docstrings (examples there are prose)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _rule_of(node: ast.AST, docstrings: set[int]) -> str | None:
    """Which known rule ``node`` spells out, if any."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        method, args = node.func.attr, node.args
        first = args[0].value if args and isinstance(args[0], ast.Constant) else None
        if method == "rsplit" and first in ("#", "/"):
            return "local name"  # iri.rsplit("#", 1)[-1]
        if method == "sub" and any(isinstance(a, ast.Constant) and a.value == "-" for a in args):
            target = node.func.value
            if isinstance(target, ast.Call) and getattr(target.func, "attr", "") == "compile":
                return "slug"  # re.compile(...).sub("-", text.lower())
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        lower = node.slice.lower
        measured = lower.args[0] if isinstance(lower, ast.Call) and lower.args else None
        if getattr(getattr(lower, "func", None), "id", "") == "len" and getattr(measured, "id", "") in (
            "SKG",
            "namespace",
            "ns",
        ):
            return "prefixed name"  # iri[len(SKG):], iri[len(namespace):]
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if text.lstrip().startswith("PREFIX ") and "<" in text:
            return "PREFIX header"  # f"PREFIX {p}: <{iri}>"
    if isinstance(node, ast.Constant) and id(node) not in docstrings:
        if node.value in DEFAULT_PATHS:
            return "default path"
        if node.value == "oxigraph":
            return "oxigraph:PATH"  # kind == "oxigraph" after spec.partition(":")
    return None


def rules_outside_their_home(modules: Iterator[tuple[str, ast.Module]]) -> list[str]:
    wrong = []
    for name, tree in modules:
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            rule = _rule_of(node, docstrings)
            if rule is not None and name != HOMES[rule]:
                wrong.append(f"{name}:{getattr(node, 'lineno', '?')}: {rule} (its home is {HOMES[rule]})")
    return wrong


def test_no_two_functions_have_the_same_body() -> None:
    duplicates = duplicated_functions(_sources())
    assert not duplicates, "functions with the same body (write it once and call it): " + "; ".join(
        " = ".join(places) for places in duplicates
    )


def test_known_rules_live_in_their_one_home() -> None:
    wrong = rules_outside_their_home(_sources())
    assert not wrong, "rules written outside their home:\n" + "\n".join(wrong)


# --- the checks can fail ---------------------------------------------------------------


def _module(name: str, code: str) -> tuple[str, ast.Module]:
    return name, ast.parse(code)


def test_the_body_check_finds_a_renamed_copy() -> None:
    original = """
def parse(spec):
    kind, _, location = spec.partition(":")
    if kind != "disk" or not location:
        raise ValueError(spec)
    path = make(location)
    return path
"""
    renamed = original.replace("def parse(spec)", "def other(text)").replace("spec", "text")
    renamed = renamed.replace("location", "where").replace("path", "found")
    found = duplicated_functions(iter([_module("a.py", original), _module("b.py", renamed)]))
    assert found == [["a.py:2 parse", "b.py:2 other"]]
    assert not duplicated_functions(iter([_module("a.py", original), _module("b.py", original.replace("disk", "d"))]))


def test_the_rule_check_finds_each_rule_away_from_home() -> None:
    code = '''
import re
def f(iri, spec, names):
    """data/spacekg.ttl in a docstring is prose."""
    a = iri.rsplit("#", 1)[-1]
    b = iri[len(SKG) :]
    c = "".join(f"PREFIX {p}: <{names[p]}>" for p in names)
    d = Path("data/spacekg.ttl")
    kind, _, where = spec.partition(":")
    e = kind == "oxigraph"
    g = re.compile("[^a-z]+").sub("-", iri.lower())
'''
    found = rules_outside_their_home(iter([_module("spacekg/elsewhere.py", code)]))
    rules = sorted(line.split(": ", 1)[1].split(" (")[0] for line in found)
    assert rules == sorted(["local name", "prefixed name", "PREFIX header", "default path", "oxigraph:PATH", "slug"]), (
        found
    )
    assert not rules_outside_their_home(iter([_module("spacekg/core/namespaces.py", "x = iri.rsplit('#', 1)")]))
