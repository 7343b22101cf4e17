"""Text whose words are apart by other spaces than one: a line break inside a sentence, a double space, a
no-break space (copied from web pages and word processors), a tab. The extractor must neither fail nor
return a span that starts or ends with a space, and reads a no-break space or a tab as a space; a name
spelled out before its acronym with such spaces between its words once failed with a ValueError
(`spacekg extract` printed a traceback). All sentences are invented."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from spacekg.cli import main
from spacekg.extract.rules import RuleExtractor

SENTENCES = [
    "The Conference on Disarmament (CD) met in Geneva on Monday.",
    "The National Institute for Example Research (NIER) said on Tuesday that it would join the ILRS.",
    "The Example Space Agency (ESPA) and the Japan Aerospace Exploration Agency signed the agreement.",
    "The Financial Times reported that NASA and ESA will build the Lunar Gateway together.",
    "LUXEMBOURG (Wire) - The Examplian Space Agency joined the Artemis Accords, The Example Herald said.",
    "India has not joined the International Lunar Research Station, its foreign minister told reporters.",
]
SPACES = [" ", "  ", "\u00a0", "\t", "\n"]


def run(extractor: RuleExtractor, text: str) -> list[tuple[int, int, str]]:
    candidates = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
    for m in candidates.mentions:
        words = text[m.start : m.end]
        assert 0 <= m.start < m.end <= len(text) and words == words.strip(), (text, m)
    return [(m.start, m.end, m.entity) for m in candidates.mentions]


@pytest.mark.parametrize("space", ["  ", "\u00a0", "\n", "\t"])
def test_a_name_before_its_acronym_with_other_spaces(extractor: RuleExtractor, space: str) -> None:
    text = f"The Conference on{space}Disarmament (CD) met in Geneva."
    candidates = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
    named = [m for m in candidates.mentions if m.rule == "acronym definition"]
    assert [(text[m.start : m.end], m.label) for m in named] == [
        (f"Conference on{space}Disarmament", "Conference on Disarmament")
    ], named


@pytest.mark.parametrize("space", ["  ", "\u00a0"])
def test_a_newspaper_after_an_article_with_other_spaces(extractor: RuleExtractor, space: str) -> None:
    text = f"The{space}Example{space}Times said the agency would join the ILRS."
    spans = run(extractor, text)
    assert any(text[s:e] == f"Example{space}Times" for s, e, _ in spans), spans


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_spaces_between_words(extractor: RuleExtractor, data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(SENTENCES))
    words = sentence.split(" ")
    gaps = data.draw(st.lists(st.sampled_from(SPACES), min_size=len(words) - 1, max_size=len(words) - 1))
    text = words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True))
    found = {entity for _, _, entity in run(extractor, text)}
    if set(gaps) <= {" ", "\u00a0", "\t"}:
        # a no-break space or a tab reads as a space: the same entities as the sentence written plainly
        assert found == {entity for _, _, entity in run(extractor, sentence)}, (text, found)


def test_the_command_reads_a_text_with_no_break_spaces(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("The Conference on\u00a0Disarmament (CD) met in Geneva.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--out", str(tmp_path / "c.yaml"), "-q"])
    assert result.exit_code == 0, result.output
    assert "label: Conference on Disarmament" in (tmp_path / "c.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("space", ["\u00a0", "\t", "\u202f"])
def test_a_known_name_with_a_no_break_space_is_linked(extractor: RuleExtractor, space: str) -> None:
    text = f"The Japan Aerospace Exploration{space}Agency signed the Artemis{space}Accords."
    assert {entity for _, _, entity in run(extractor, text)} == {"jaxa", "artemis-accords"}
