"""Fuzz the spacekg command line: no input may end in a traceback.

A seeded generator makes hostile and careless inputs of three kinds:

- facts files: a small valid file with one value replaced by a wrong type, a
  YAML tag, an alias, deep nesting, odd Unicode (lone surrogates, NUL,
  bidi controls), huge numbers or broken YAML, run through ``spacekg build``;
- SPARQL strings: valid queries with tokens inserted, replaced or deleted,
  lone surrogates, NULs, huge numbers, deep brackets and escapes, run through
  ``spacekg query`` as an argument, a file (sometimes with bytes that are not
  UTF-8) or stdin;
- parameters of named queries: wrong names, empty values, prefixes, IRIs with
  spaces, surrogates, huge integers.

Every case must exit 0, 1 or 2 without a traceback. Cases run in-process with
click's CliRunner (as the CLI tests do); every ``--subprocess-every``-th case
runs the real ``python -m spacekg.cli`` in a subprocess instead, with its
arguments as bytes, so argv decoding and native crashes are covered too.

    python -m bench.fuzz --cases 2000 --seed 1

prints the counts per kind and the number of tracebacks (target 0); any
failing case is printed with its seed so it can be replayed with --only.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "data" / "facts"

HEADER = """spacekg: 1
source:
  id: src
  type: NewsArticle
  label: {source_label}
  sha256: {sha}
  characters: {characters}
  mention: {mention}
entities:
  - id: {id1}
    type: {type1}
    label: {label1}
    mention: [0, 10]
    aliases: {aliases}
    wikidata: {wikidata}
  - id: ilrs
    type: Program
    label: ILRS
    mention: [10, 20]
facts:
  - subject: {subject}
    relation: {relation}
    object: {object}
    evidence: {evidence}
    confidence: {confidence}
  - subject: ilrs
    relation: {datarel}
    value: {value}
    evidence: [[0, 20]]
claims:
  - id: {claim_id}
    speaker: {speaker}
    summary: {summary}
    evidence: [[20, 40]]
    {stance}: ilrs
    date: {date}
"""
VALID = {
    "source_label": '"A source"',
    "sha": "a" * 64,
    "characters": "100",
    "mention": "[0, 10]",
    "id1": "russia",
    "type1": "Country",
    "label1": "Russia",
    "aliases": "[Rossiya]",
    "wikidata": "Q159",
    "subject": "russia",
    "relation": "leads",
    "object": "ilrs",
    "evidence": "[[0, 20]]",
    "confidence": "0.9",
    "datarel": "startYear",
    "value": "2021",
    "claim_id": "russia-on-ilrs",
    "speaker": "russia",
    "summary": "Russia backs the ILRS.",
    "stance": "supports",
    "date": "{year: 2021}",
}
ODD_TEXT = [
    '"\\ud800"', '"Rus\\udfffsia"', '"\\0"', '"a\\x00b"', '"\\u202eRTL"', '"\\U0001F680 rocket"', '"e\\u0301"',
    '"\\uFEFF"', '"' + "x" * 5000 + '"', "''", '" "', '"\\t"', '"\\x1b[31m"', "|\n      block text", ">-\n      folded",
]  # fmt: skip
WRONG_TYPES = [
    "[startYear]", "[[Country]]", "{a: 1}", "[]", "{}", "null", "~", "true", "no", "0", "-1", "1.5", ".nan", ".inf",
    "-.inf", "0x1F", "0o17", "1_000", "1e309", "9" * 5000, "-" + "9" * 30, "2021-09-09", "2021-99-99",
    "12:30:00", "[0, 10]", "[[0, 10], [0, 10]]", "[[10, 0]]", "[[0, 999999999999999999999]]", "[[0.5, 3]]",
]  # fmt: skip
TAGS = [
    "!!int seven", "!!float abc", "!!timestamp 2021-99-99", "!!binary AAAA", "!!python/name:os.system",
    "!!python/object/apply:os.system ['true']", "!!set {a, b}", "!!omap [a: 1]", "!!str 7", "!!bool maybe",
    "!!null x", "!local thing", "!<tag:yaml.org,2002:int> 3", "! plain",
]  # fmt: skip
BROKEN = ["[unclosed", "{a: 1", "a: b: c", "- - -", "&a x", "*a", "<<: *a", "@at", "`tick", "'unclosed", '"bad \\q"',
          "\t tab", "%YAML 1.1", "--- x", "... x", "? complex"]  # fmt: skip


def deep(rng: random.Random) -> str:
    depth = rng.choice([10, 60, 1000, 100_000])
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return "{a: " * depth + "1" + "}" * depth


def facts_case(rng: random.Random) -> bytes:
    values = dict(VALID)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        key = rng.choice(list(values))
        pick = rng.random()
        if pick < 0.25:
            values[key] = rng.choice(ODD_TEXT)
        elif pick < 0.5:
            values[key] = rng.choice(WRONG_TYPES)
        elif pick < 0.7:
            values[key] = rng.choice(TAGS)
        elif pick < 0.8:
            values[key] = deep(rng)
        elif pick < 0.9:
            values[key] = rng.choice(BROKEN)
        else:
            values[key] = rng.choice(list(VALID.values()))  # a valid value in the wrong place
    text = HEADER.format(**values)
    if rng.random() < 0.1:  # duplicate keys, a truncated file, stray bytes
        cut = rng.randrange(len(text))
        text = rng.choice([text[:cut], text + text[cut:], text + "source: again\n"])
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.choice([0xFF, 0xC3, 0x80, 0x00, 0x1B])]) + data[at:]
    return data


QUERIES = [
    "SELECT ?agency WHERE { ?agency skg:leads kg:ilrs }",
    "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(?n) LIMIT 5",
    'SELECT ?x WHERE { ?x rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "russia")) }',
    "ASK { kg:russia ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
    "DESCRIBE kg:ilrs",
    "SELECT * WHERE { VALUES ?x { 1 2 3 } BIND(?x * 2 AS ?y) }",
    'SELECT (STRLEN("abc") AS ?n) (SUBSTR("abc", 2) AS ?s) (xsd:integer("7") AS ?i) {}',
]
TOKENS = [
    "{", "}", "(", ")", "[", "]", ".", ";", ",", "?x", "$y", "*", "SELECT", "WHERE", "FILTER", "OPTIONAL",
    "UNION", "MINUS", "SERVICE <http://127.0.0.1:9/x>", "GRAPH ?g", "BIND(", "AS", "LIMIT", "OFFSET -1",
    "LIMIT 99999999999999999999999", "1e999999", "-0.0", "9" * 400, '"\\ud800"', '"\\uD83D"', "'\\U0010FFFF'",
    '"\\U00110000"', "\ud800", "\udcff", "\x00", "\u202e", "<>", "<http://a b>", "<javascript:alert(1)>",
    "_:b", "[]", "()", "a", "^^xsd:integer", "@en-x-" + "a" * 100, "#comment\n", '"""long', "'", '"',
    "\\", "REGEX(?x, \"(a+)+$\")", "skg:", "nope:x", "PREFIX p: <http://p/>", "BASE <rel>", "INSERT DATA { <a> <b> <c> }",
    "LOAD <file:///etc/passwd>", "CLEAR ALL",
]  # fmt: skip


def sparql_case(rng: random.Random) -> str:
    query = rng.choice(QUERIES)
    pick = rng.random()
    if pick < 0.1:
        depth = rng.choice([50, 300, 10_000, 100_000])
        opener, closer = rng.choice([("(", ")"), ("{", "}"), ("[", "]")])
        return f"SELECT * WHERE {{ FILTER({opener * depth}1{closer * depth}) }}"
    if pick < 0.15:
        return "".join(rng.choice(TOKENS) + " " for _ in range(rng.randint(1, 30)))
    words = query.split(" ")
    for _ in range(rng.randint(1, 4)):
        action, at = rng.random(), rng.randrange(len(words) + 1)
        if action < 0.5:
            words.insert(at, rng.choice(TOKENS))
        elif action < 0.8 and at < len(words):
            words[at] = rng.choice(TOKENS)
        elif at < len(words):
            del words[at]
    return " ".join(words)


PARAM_VALUES = [
    "russia", "treaty-proposal", "opposes", "skg:opposes", "kg:ilrs", "<https://w3id.org/spacekg/id/russia>",
    "https://w3id.org/spacekg/id/ilrs", "", " ", "nope:x", "<http://a b>", "http://a b", "\ud800", "rus\udcffsia",
    "\x00", "9" * 5000, "-1", "+7", "1.5", "a=b", "javascript:alert(1)", "<>", '"', "'", "\\", "{", "} UNION {",
    "x" * 10_000, "Moscow", "the Pentagon", "\u202e", "treaty-proposl", "oposes",
]  # fmt: skip


def param_case(rng: random.Random) -> list[str]:
    from spacekg.query.named import named_queries

    queries = named_queries()
    name = rng.choice(sorted(queries))
    if rng.random() < 0.1:
        name = name[:-1] + rng.choice("xyz-")  # a mistyped name
    args = [name]
    declared = [p.name for p in queries[name].params] if name in queries else ["actor"]
    for param in declared:
        if rng.random() < 0.1:
            continue  # missing
        key = param if rng.random() > 0.1 else rng.choice(["nope", "", param.upper(), param + "="])
        args += ["--param", f"{key}={rng.choice(PARAM_VALUES)}" if rng.random() > 0.05 else key]
    if rng.random() < 0.1:
        args += ["--param", f"extra={rng.choice(PARAM_VALUES)}"]
    if rng.random() < 0.2:
        args += ["--format", rng.choice(["table", "csv", "tsv", "json", "xml", "turtle", "nt", "jsonld"])]
    return args


@dataclass
class Case:
    kind: str
    seed: int
    args: list[str]
    stdin: bytes | None = None


@dataclass
class Outcome:
    exit_code: int
    traceback: bool
    detail: str


def make_case(kind: str, seed: int, workdir: Path, graph: Path) -> Case:
    rng = random.Random(seed)
    if kind == "facts":
        path = workdir / f"facts-{seed}.yaml"
        path.write_bytes(facts_case(rng))
        return Case(kind, seed, ["build", "--facts", str(path), "--out", str(workdir / f"out-{seed}.ttl")])
    if kind == "sparql":
        text = sparql_case(rng)
        how = rng.random()
        if how < 0.6:
            return Case(kind, seed, ["query", "--graph", str(graph), text])
        data = _bytes(text)
        if rng.random() < 0.2:
            at = rng.randrange(len(data) + 1)
            data = data[:at] + bytes([rng.choice([0xFF, 0xFE, 0xC0, 0xED])]) + data[at:]
        if how < 0.8:
            path = workdir / f"query-{seed}.rq"
            path.write_bytes(data)
            return Case(kind, seed, ["query", "--graph", str(graph), "-f", str(path)])
        return Case(kind, seed, ["query", "--graph", str(graph), "-f", "-"], stdin=data)
    return Case(kind, seed, ["query", "--graph", str(graph), *param_case(rng)])


def _bytes(text: str) -> bytes:
    """UTF-8, with \\udc80-\\udcff as the raw bytes they stand for (as argv
    decoding makes them) and other lone surrogates encoded as-is (invalid UTF-8)."""
    return b"".join(
        bytes([ord(c) - 0xDC00]) if 0xDC80 <= ord(c) <= 0xDCFF else c.encode("utf-8", "surrogatepass") for c in text
    )


def run_in_process(case: Case) -> Outcome:
    from click.testing import CliRunner

    from spacekg.cli import main

    result = CliRunner().invoke(main, case.args, input=case.stdin)
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    output = result.output
    detail = repr(result.exception) if crashed else output[-300:]
    return Outcome(result.exit_code, crashed or "Traceback (most recent call last)" in output, detail)


def run_subprocess(case: Case) -> Outcome:
    argv = [_bytes(a) for a in case.args]
    try:
        done = subprocess.run(
            [sys.executable.encode(), b"-m", b"spacekg.cli", *argv],
            input=case.stdin or b"", capture_output=True, timeout=300, env={**os.environ, "LC_ALL": "C.UTF-8"},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return Outcome(-1, False, "timed out after 300 s")
    stderr = done.stderr.decode("utf-8", "replace")
    return Outcome(done.returncode, "Traceback (most recent call last)" in stderr, stderr[-300:])


def run(cases: int, seed: int, subprocess_every: int, only: int | None = None,
        report: Callable[[str], None] = print) -> dict[str, Counter[str]]:  # fmt: skip
    """Run ``cases`` cases; return counts per kind of: cases, tracebacks, bad exit codes, codes."""
    kinds = ("facts", "sparql", "params")
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="spacekg-fuzz-") as tmp:
        workdir = Path(tmp)
        graph = workdir / "kg.ttl"
        from spacekg.model.build import build

        build(facts=[FACTS], out=graph)
        for number in range(cases):
            case_seed = seed * 1_000_003 + number
            if only is not None and case_seed != only:
                continue
            kind = kinds[number % len(kinds)]
            case = make_case(kind, case_seed, workdir, graph)
            # argv cannot carry NUL bytes: such cases run in-process only
            real = subprocess_every > 0 and number % subprocess_every == 0 and not any("\x00" in a for a in case.args)
            outcome = run_subprocess(case) if real else run_in_process(case)
            tally = counts[kind]
            tally["cases"] += 1
            tally["subprocess"] += real
            tally[f"exit {outcome.exit_code}"] += 1
            bad_code = outcome.exit_code not in (0, 1, 2)
            if outcome.traceback or bad_code:
                tally["tracebacks" if outcome.traceback else "bad exit codes"] += 1
                report(
                    f"FAIL {kind} seed={case_seed} exit={outcome.exit_code} args={case.args!r:.200}\n  {outcome.detail}"
                )
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--subprocess-every", type=int, default=20, help="every Nth case in a real process (0: none)")
    parser.add_argument("--only", type=int, help="replay one case by its seed")
    args = parser.parse_args()
    started = time.monotonic()
    counts = run(args.cases, args.seed, args.subprocess_every, args.only)
    elapsed = time.monotonic() - started
    total: Counter[str] = Counter()
    print(f"{'kind':<8} {'cases':>6} {'in subprocess':>14} {'tracebacks':>11} {'bad exit':>9}  exit codes")
    for kind, tally in counts.items():
        total.update(tally)
        codes = ", ".join(f"{k.split()[1]}: {v}" for k, v in sorted(tally.items()) if k.startswith("exit "))
        print(
            f"{kind:<8} {tally['cases']:>6} {tally['subprocess']:>14} {tally['tracebacks']:>11} {tally['bad exit codes']:>9}  {codes}"
        )
    print(
        f"{'all':<8} {total['cases']:>6} {total['subprocess']:>14} {total['tracebacks']:>11} {total['bad exit codes']:>9}"
    )
    print(f"tracebacks: {total['tracebacks']}  ({elapsed:.0f} s, seed {args.seed})")
    sys.exit(1 if total["tracebacks"] or total["bad exit codes"] else 0)


if __name__ == "__main__":
    main()
