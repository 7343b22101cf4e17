"""Sentences: boilerplate left out, and the quick test that skips its search never changes the answer."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from spacekg.core.text import sentence_spans
from spacekg.extract.patterns import BOILERPLATE
from spacekg.extract.sentences import (
    _FOLDED,
    _FOLDS,
    LONG_GAP,
    MAX_SENTENCE,
    _no_boilerplate,
    boilerplate,
    sentences,
)


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_a_text_without_boilerplate_keeps_every_sentence() -> None:
    text = "NASA signed it. Japan joined the Artemis program in 2020."
    assert _no_boilerplate(text)
    assert sentences(text) == sentence_spans(text)


def test_boilerplate_sentences_are_left_out_in_any_case() -> None:
    text = "NASA signed it. Proudly POWERED BY WordPress. Japan joined."
    assert not _no_boilerplate(text)
    assert kept(text) == ["NASA signed it.", "Japan joined."]


def test_letters_an_ascii_letter_matches_when_case_is_ignored_still_count() -> None:
    # 'ſ' (long s) matches 's' in a case-blind search; its lowered copy is still 'ſ', so the quick test steps aside.
    text = "NASA signed it. Please ſubscribe to our newsletter. Japan joined."
    assert not _no_boilerplate(text)
    assert kept(text) == ["NASA signed it.", "Japan joined."]
    dotted = "NASA signed it. Pİnging is disabled. Japan joined."  # 'İ' matches 'i' and lowers to two characters
    assert kept(dotted) == ["NASA signed it.", "Japan joined."]


def test_a_title_or_an_initial_before_a_name_ends_no_sentence() -> None:
    text = "“We are ready,” said Dr. Jane Example. The chairman, K. Example, agreed. It was in the U.S. The end."
    assert [text[s:e] for s, e in sentences(text)] == [
        "“We are ready,” said Dr. Jane Example.",
        "The chairman, K. Example, agreed.",
        "It was in the U.S.",
        "The end.",
    ]


WORDS = ["powered", "by", "POWERED BY", "Cookie", "cookie", "subscribe", "ſubscribe", "Pİnging is", "pinging is",
         "leave a reply", "Leave A", "reply", "all rights", "reserved", "\u212aookie", "skip to the end", "é", "NASA",
         "pınging is", "PINGıNG IS", "İ"]  # fmt: skip


@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "", ". ", "\n"]))
def test_the_lowered_search_finds_what_the_case_blind_one_finds(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    assert boilerplate(text) == [m.start() for m in BOILERPLATE.finditer(text)]


def test_the_four_letters_are_every_other_one_an_ascii_letter_matches_when_case_is_ignored() -> None:
    # (the lowered search writes them as those ASCII letters; any other such letter would be missed by it)
    cased = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and chr(c).lower() != chr(c).upper()]
    blind = re.compile("(?i)[a-z]")
    assert sorted(c for c in cased if blind.fullmatch(c)) == sorted(_FOLDS)
    assert all(len(c.translate(_FOLDED).lower()) == 1 for c in cased)


def test_the_lowered_search_on_the_development_texts() -> None:
    corpus = Path(__file__).parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    for text in [*texts, "\n".join(texts)]:
        assert boilerplate(text) == [m.start() for m in BOILERPLATE.finditer(text)]


def test_a_run_of_blank_space_and_a_sentence_without_an_end_are_cut() -> None:
    # (the rules' time grows faster than a sentence's length: 20,000 spaces inside one took minutes)
    text = "NASA" + " " * 20_000 + "signed. " + ", ".join(["Norway"] * 1_500) + " signed it."
    spans = sentences(text)
    assert all(e - s <= MAX_SENTENCE and not LONG_GAP.search(text, s, e) for s, e in spans)
    assert text[spans[0][0] : spans[0][1]] == "NASA"
    assert text[spans[-1][0] : spans[-1][1]].endswith("signed it.")
    assert text[spans[1][0] : spans[1][1]] == "signed."
    assert all(text[spans[k][1] - 1] == "," for k in range(2, len(spans) - 1))  # cut after a comma


@given(st.lists(st.sampled_from(["NASA", "signed", "it", ",", ";", "and", " " * 9, "\n", "Norway", "."]), max_size=600))
def test_cutting_loses_no_word_and_keeps_every_piece_bounded(words: list[str]) -> None:
    text = " ".join(words)
    spans = sentences(text)
    assert all(e - s <= MAX_SENTENCE and text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)
    kept_words = " ".join(text[s:e] for s, e in spans).split()
    whole = [w for s, e in sentence_spans(text) for w in text[s:e].split()]
    assert kept_words == whole  # the same words in the same order: only boundaries were added


def test_no_development_sentence_is_cut() -> None:
    for path in sorted(Path(__file__).resolve().parent.joinpath("corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert all(e - s <= MAX_SENTENCE and not LONG_GAP.search(text, s, e) for s, e in sentence_spans(text))
