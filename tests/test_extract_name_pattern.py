"""The names of a text in two expressions (the graph's and gazetteer's, compiled once per linker, and the
text's own acronyms and aliases): read together they find exactly what one expression of all the names finds,
in any text and for any division of the names."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from spacekg.extract.coreference import WORD_CHARACTER, WORD_START
from spacekg.extract.linking import NamePattern, _names_expression
from spacekg.extract.rules import RuleExtractor

CORPUS = Path(__file__).parent / "corpus"


def spans(pattern: NamePattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def test_two_expressions_find_what_one_finds_on_invented_sentences() -> None:
    names = ["ESA", "ESA Council", "European Space Agency", "Examplia", "Examplia Space", "NASA", "Ex", "Exam"]
    text = (
        "The ESA Council met ESA's chiefs; Examplia Space and Examplia's NASA-ESA deal. "
        "Exam, Examplian, Ex. EXA European Space Agency's Examplia-Space ESACouncil ESA Councillor."
    )
    whole = NamePattern(_names_expression(frozenset(names)))
    for cut in range(len(names) + 1):
        main, extra = frozenset(names[:cut]), frozenset(names[cut:])
        if not main or not extra:
            continue
        split = NamePattern(_names_expression(main), _names_expression(extra))
        assert spans(split, text) == spans(whole, text), cut


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="ABab -'s", min_size=1, max_size=5), min_size=2, max_size=8, unique=True),
    st.text(alphabet="ABab -'s.,", max_size=60),
    st.integers(min_value=1, max_value=7),
)
def test_two_expressions_find_what_one_finds(names: list[str], text: str, cut: int) -> None:
    cut = min(cut, len(names) - 1)
    whole = NamePattern(_names_expression(frozenset(names)))
    split = NamePattern(_names_expression(frozenset(names[:cut])), _names_expression(frozenset(names[cut:])))
    assert spans(split, text) == spans(whole, text)


def test_a_text_with_its_own_acronyms_reads_every_name_once(extractor: RuleExtractor) -> None:
    """Each development text's names (with the acronyms it defines) against one expression of them all."""
    linker = extractor.linker
    names = linker.names_for("")
    extra = {word: ("x", 0.9, "acronym") for word in ("UNOOSA-X", "Qq Agency", "Example", "NASA Ames", "Ex")}
    pattern = linker.pattern({**names, **linker.gazetteer, **extra})
    assert pattern.extra is not None
    whole = NamePattern(_names_expression(frozenset({**names, **linker.gazetteer, **extra})))
    for path in sorted(CORPUS.glob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines()[:40]:
            assert spans(pattern, line) == spans(whole, line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abAB1 -_.é’'(", min_size=1, max_size=6), st.text(alphabet="abAB1 -_.é’'(\n", max_size=40))
def test_word_starts_with_their_initial_are_where_the_initials_begin(initials: str, sentence: str) -> None:
    """A short form's places: the word starts whose letter is an initial are what the expression of the
    initials finds, when every initial is a word character (otherwise that expression is used)."""
    initials = "".join(c for c in dict.fromkeys(initials) if WORD_CHARACTER.match(c))
    if not initials:
        return
    expression = re.compile(rf"(?<![\w-])[{re.escape(initials)}]")
    starts = [m.start() for m in WORD_START.finditer(sentence) if sentence[m.start()] in initials]
    assert starts == [m.start() for m in expression.finditer(sentence)]
