"""The strings an expression cannot match without (extract/literals.py): a
sentence without them is skipped, so they must be in every match."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from spacekg.extract.literals import gate, may_match, required, scan, search
from spacekg.extract.sentences import sentences

CORPUS = Path(__file__).parent / "corpus"
MODULES = ["claims", "coreference", "dates", "linking", "memberships", "mentions", "modality", "patterns",
           "propernames", "relations", "roles"]  # fmt: skip


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
    assert required(re.compile(r"(?=signed)\w+")) is None  # a lookahead is not read
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
