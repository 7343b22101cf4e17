"""The strings an expression cannot match without (extract/literals.py): a
sentence without them is skipped, so they must be in every match."""

from __future__ import annotations

import contextlib
import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacekg.extract import literals
from spacekg.extract.literals import gate, may, may_match, present, required, scan, search, which
from spacekg.extract.mentions import NUMBER_AFTER_SPACE, NUMBERED_LONGER
from spacekg.extract.sentences import sentences

CORPUS = Path(__file__).parent / "corpus"
MODULES = ["attribution", "claims", "constructions", "coordination", "coreference", "dates", "documents", "linking",
           "memberships", "mentions", "modality", "offices", "patterns", "propernames", "relations", "roles",
           "stances", "undertakings"]  # fmt: skip


def test_required_reads_the_words_of_an_alternation() -> None:
    assert required(re.compile(r"\bsign(?:ed|s|ing)?\b|\b(?:signature|accession)\s+(?:of|to)\b")) == (
        "accession",
        "sign",
    )
    assert required(re.compile(r"\b(?:launch(?:ed|es)?)\s+on\b")) == ("launch",)


def test_required_knows_nothing_it_cannot_be_sure_of() -> None:
    assert required(re.compile(r"\bsigned\b", re.IGNORECASE)) is None  # case ignored: 'SIGNED' matches
    assert required(re.compile(r"(?i:signed)")) is None  # a group with flags of its own
    assert required(re.compile(r"\w+|signed")) is None  # a branch with no literal
    assert required(re.compile(r"(?:signed)?\s+by")) == ("by",)  # an optional word is not needed
    assert required(re.compile(r"(?!signed)\w+")) is None  # a negative lookahead is not read
    assert required(re.compile(r"(?<=signed )\w+")) is None  # nor a lookbehind (it sees before a search's start)
    assert required(re.compile(r"(?=signed)\w+")) == ("signed",)  # a lookahead's words are in the text too
    assert required(re.compile(r"\w+(?=\s+by\b)")) == ("by",)
    assert required(re.compile(r"(?:ab){2}")) == ("ab",)


def test_scan_and_search_answer_as_the_expression_does() -> None:
    cue = re.compile(r"\bjoin(?:ed|s)?\b")
    assert [m.span() for m in scan(cue, "Norway joined it and Chile joins")] == [(7, 13), (27, 32)]
    assert list(scan(cue, "Norway signed it")) == []
    found = search(cue, "Chile joined")
    assert found is not None and found.span() == (6, 12)
    assert search(cue, "Chile signed") is None
    assert gate(re.compile(r"x", re.IGNORECASE)) is None
    assert may_match(None, "anything") and not may_match(("join",), "signed")


TRICKY = [
    r"a(?:b|-)+c",
    r"(?:ab|a)b",
    r"a\b-",
    r"(?:ab)+|ba",
    r"a(?:bc|b)?a",
    r"(?<!a)ba",
    r"\b(?:a|b)\s+(?:ab|ba)\b",
    r"(?:a\s*){2,3}b",
    r"(?P<x>ab)(?:-|\s)(?P=x)",
    r"a[b-]a|bb",
    r"a(?=\s*ba)",
    r"(?=a|b-)b?",
    r"(?!ab)a|b(?=a)",
]


@given(st.text(alphabet="ab- \n", max_size=30), st.sampled_from(TRICKY))
def test_a_text_without_the_strings_never_matches(text: str, pattern: str) -> None:
    compiled = re.compile(pattern)
    if compiled.search(text):
        assert may_match(required(compiled), text)
        strings = gate(compiled)
        assert strings is None or strings.search(text)


def test_every_rule_expression_matches_only_where_its_strings_are() -> None:
    """Every compiled expression of the rule modules, on every sentence of the
    development texts (and with its first word lowered, as the cues read it):
    where it matches, the strings it is said to need are there."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    pieces = []
    for text in texts:
        for start, end in sentences(text):
            sentence = text[start:end]
            pieces.append(sentence)
            pieces.append(sentence[:1].lower() + sentence[1:])  # the cues read the first word lowered
    checked = 0
    for name in MODULES:
        module = importlib.import_module(f"spacekg.extract.{name}")
        patterns = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
        patterns += [item[0] for v in vars(module).values() if isinstance(v, list) for item in v
                     if isinstance(item, tuple) and item and isinstance(item[0], re.Pattern)]  # fmt: skip
        for pattern in patterns:
            strings = gate(pattern)
            if strings is None:
                continue
            checked += 1
            for piece in pieces:
                if pattern.search(piece):
                    assert strings.search(piece), (name, pattern.pattern, piece)
    assert checked > 100


def test_the_parenthesis_test_answers_as_the_search() -> None:
    """skip_parenthesis searches PARENTHESIS only in a head that ends with a comma (and spaces):
    on every prefix of every development sentence, that gives what the search gives."""
    from spacekg.extract.relations import PARENTHESIS, _parenthesis

    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in sentences(text):
            sentence = text[start:end]
            for pos in range(len(sentence) + 1):
                head = sentence[:pos]
                if pos % 5 and not head[-1:].isspace() and not head.endswith(","):
                    continue  # every head ending at a comma or a space, and one in five of the others
                expected, got = PARENTHESIS.search(head), _parenthesis(head)
                assert (expected and expected.span()) == (got and got.span()), head
    for head in ["Japan, a partner,", "Japan, a partner, \n", "Japan, a partner,\u00a0", "Japan, a partner"]:
        expected, got = PARENTHESIS.search(head), _parenthesis(head)
        assert (expected and expected.span()) == (got and got.span()), head


def _pieces() -> list[str]:
    """Every development sentence, and again with its first letter lowered (as the cues read it)."""
    pieces = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start, end in sentences(text):
            pieces += [text[start:end], text[start : start + 1].lower() + text[start + 1 : end]]
    return pieces


def _rule_patterns() -> list[re.Pattern[str]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(f"spacekg.extract.{name}")
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


def test_one_pass_finds_exactly_the_strings_in_a_sentence() -> None:
    """present() (one lookahead pass, longest string at each place, then its prefixes) gives
    exactly the strings of the gates asked so far that a text holds, on every development
    sentence, with the strings of every rule expression in the finder."""
    for pattern in _rule_patterns():
        may(pattern, "")
    literals._build()
    strings = literals._STRINGS
    assert len(strings) > 300
    for piece in _pieces():
        assert present(piece) == {s for s in strings if s in piece}, piece


@given(st.text(alphabet="ab- \nA", max_size=30), st.lists(st.sampled_from(TRICKY), min_size=1, max_size=4))
def test_one_pass_on_tricky_strings(text: str, patterns: list[str]) -> None:
    """Strings that overlap, contain each other or start inside each other ('ab', 'ba', 'a-')."""
    with _fresh_gates():
        _tricky(text, [re.compile(p) for p in patterns])


@contextlib.contextmanager
def _fresh_gates() -> Iterator[None]:
    """literals.py's tables as at start (and the process's own back afterwards)."""
    names = ["_GATES", "_FINDER", "_STRINGS", "_PENDING", "_BUILDS", "_LONGEST", "_TAILS", "_WHICH"]
    saved = {name: getattr(literals, name) for name in names}
    fresh = {name: type(value)() for name, value in saved.items() if name not in ("_FINDER", "_BUILDS")}
    fresh |= {"_FINDER": None, "_BUILDS": [0, 0]}
    try:
        for name, value in fresh.items():
            setattr(literals, name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(literals, name, value)


def _tricky(text: str, compiled: list[re.Pattern[str]]) -> None:
    for pattern in compiled:
        may(pattern, "")
    literals._build()
    assert present(text) == {s for s in literals._STRINGS if s in text}
    for pattern in compiled:
        needs = required(pattern)
        expected = needs is None or any(s in text for s in needs)
        assert may(pattern, text) == expected and may(pattern, text) == expected  # own gate, then the one pass
        if pattern.search(text):
            assert expected
    assert which(tuple(compiled), text) == [i for i, p in enumerate(compiled) if may(p, text)]


def test_which_gives_the_cues_that_can_match() -> None:
    """The cue loop of relations() tries only the cues which() gives: every cue that matches a
    development sentence (its first letter lowered) is among them, in the cues' order."""
    from spacekg.extract.relations import CUE_PATTERNS

    for piece in _pieces():
        chosen = which(CUE_PATTERNS, piece)
        assert chosen == sorted(chosen)
        assert chosen == [i for i, cue in enumerate(CUE_PATTERNS) if may(cue, piece)], piece
        assert all(i in chosen for i, cue in enumerate(CUE_PATTERNS) if cue.search(piece)), piece


def test_gated_extraction_is_the_ungated_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """No rule is ever skipped where it could fire: the candidates of every development text
    are the same, byte for byte, with every gate of literals.py replaced by the bare expression
    and every expression sped up by literals.lead() by the expression it was given."""
    from spacekg.extract.rules import RuleExtractor, to_yaml
    from spacekg.model.facts import load_dataset

    extractor = RuleExtractor(load_dataset([Path(__file__).parent.parent / "data" / "facts"]))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    gated = {name: to_yaml(extractor.extract(text, name, "0" * 64), extractor.entities) for name, text in texts.items()}
    bare = {
        literals.scan: lambda pattern, text: pattern.finditer(text),
        literals.search: lambda pattern, text: pattern.search(text),
        literals.fullmatch: lambda pattern, text, pos, endpos: pattern.fullmatch(text, pos, endpos),
        literals.which: lambda patterns, text: list(range(len(patterns))),
    }
    replaced = 0
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("spacekg.extract.") and module is not literals:
            for attribute, value in list(vars(module).items()):
                if callable(value) and value in bare:
                    monkeypatch.setattr(module, attribute, bare[value])
                    replaced += 1
    assert replaced >= 6
    # and every expression literals.lead() sped up is its plain self again
    plain = {id(led): original for led, original in literals.LED}
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("spacekg.extract.") and module is not literals:
            for attribute, value in list(vars(module).items()):
                if isinstance(value, re.Pattern) and id(value) in plain:
                    monkeypatch.setattr(module, attribute, plain[id(value)])
                    replaced += 1
    assert replaced >= 6 + 10
    for name, text in texts.items():
        assert to_yaml(extractor.extract(text, name, "0" * 64), extractor.entities) == gated[name], name


LEAD_TRICKY = [
    r"\b(?:ab|ba)",
    r"(?<!a)(?:b|-)+a",
    r"(?i)\bk\b",
    r"(?i)(?:s|ſ)\w",
    r"\b(?:a|b)|-a",
    r"(?:a?b)",
    r"a*b",
    r"(?:ab){0,2}-",
    r"(?=a)\w+",
    r"\b(?P<x>a|b)(?P=x)",
    r"[^a]b|\bab",
    r"(?:\s|-)b",
    r"(?:a|\b)(?:b|K)",
]


@given(st.text(alphabet="abk- \nAKſs\u212a", max_size=30), st.sampled_from(LEAD_TRICKY))
def test_lead_finds_the_same_matches(text: str, pattern: str) -> None:
    """An expression behind the lookahead of its first characters matches exactly where it did, with the same groups,
    from any place (also with case ignored, where 'K' is matched by the Kelvin sign)."""
    plain = re.compile(pattern)
    led = literals.lead(plain)
    assert [(m.span(), m.groups()) for m in led.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    for pos in range(len(text) + 1):
        a, b = led.match(text, pos), plain.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_lead_leaves_alone_what_it_cannot_speed_up() -> None:
    for pattern in [r"said\b", r"[A-Z]\w+", r"\b\w+", r"\b(?:a|b?)", r"(?x) \b (?:a|b) # words", r"."]:
        assert literals.lead(re.compile(pattern)).pattern == pattern
    assert literals.lead(re.compile(r"(?i)\bfoo|bar")).pattern == r"(?i)(?=[bf])(?:\bfoo|bar)"


def test_every_rule_expression_led_matches_as_before() -> None:
    """Every compiled expression of the rule modules behind its lookahead (:func:`literals.lead`) finds the
    same matches with the same groups in every development sentence (and with its first word lowered)."""
    pieces = _pieces()
    checked = 0
    for pattern in {id(p): p for p in _rule_patterns()}.values():
        led = literals.lead(pattern)
        if led is pattern:
            continue
        checked += 1
        for piece in pieces:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(piece)]
            assert [(m.span(), m.groups()) for m in led.finditer(piece)] == expected, (pattern.pattern, piece)
    assert checked > 100


@given(st.text(alphabet="Ab 1IV-.\n", max_size=30))
def test_a_numbered_name_has_a_number_after_a_space(text: str) -> None:
    """mentions.NUMBER_AFTER_SPACE, the quick test before NUMBERED_LONGER, holds wherever it matches."""
    for piece in (text, "Long Example 5B lifted off", "the Example Mission IV crew", "Example Space Flight V."):
        if NUMBERED_LONGER.search(piece):
            assert NUMBER_AFTER_SPACE.search(piece), piece
