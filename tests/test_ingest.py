"""Ingest respects the curator: types decide merges, merges are printed and
can be refused, dates, modalities and notes survive, source quotes do not."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.errors import FactsError
from spacekg.extract.ingest import ingest
from spacekg.model.facts import load_dataset, load_facts_file
from tests.conftest import FACTS_DIR

runner = CliRunner()
TEXT = "Officials met in Washington on 7 October 2024. The European Space Agency will not join, NASA said.\n"


def at(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def case(tmp_path: Path, body: str) -> tuple[Path, Path, Path]:
    facts_dir = tmp_path / "facts"
    shutil.copytree(FACTS_DIR, facts_dir)
    source = tmp_path / "s.txt"
    source.write_text(TEXT, encoding="utf-8")
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    reviewed = tmp_path / "r.yaml"
    header = f"spacekg: 1\nsource: {{id: case, type: NewsArticle, label: Case, sha256: {digest}, characters: {len(TEXT)}, mention: [0, 9]}}\n"
    reviewed.write_text(header + body, encoding="utf-8")
    return facts_dir, source, reviewed


WASHINGTON_CITY = f"""entities:
  - {{id: washington, type: City, label: Washington, mention: {at("Washington")}}}
"""


def test_a_curators_city_is_not_merged_into_the_country(tmp_path: Path) -> None:
    facts_dir, source, reviewed = case(tmp_path, WASHINGTON_CITY)
    target, merges = ingest(reviewed, source, facts_dir)
    assert merges == []
    written = load_facts_file(target)
    assert [(e.id, e.types) for e in written.entities] == [("washington", ("City",))]
    load_dataset([facts_dir])  # and the whole dataset still checks


def test_same_name_and_agreeing_types_merge_and_the_cli_prints_it(tmp_path: Path) -> None:
    # ESA is known as an InternationalOrganization, which is an Organization: the types agree.
    facts_dir, source, reviewed = case(tmp_path, f"""entities:
  - {{id: european-space-agency, type: Organization, label: European Space Agency, mention: {at("European Space Agency")}}}
  - {{id: washington-dc, type: Country, label: Washington, mention: {at("Washington")}}}
""")  # fmt: skip
    result = runner.invoke(main, ["ingest", str(reviewed), "--source", str(source), "--facts-dir", str(facts_dir)])
    assert result.exit_code == 0, result.output
    assert "merged european-space-agency (Organization) into known entity esa" in result.output
    assert "same name 'european space agency'" in result.output
    assert "merged washington-dc (Country) into known entity united-states (Country): same name 'washington'" in (
        result.output
    )
    assert "--no-merge washington-dc" in result.output
    written = load_facts_file(facts_dir / "case.yaml")
    assert written.entities == () and {m.entity for m in written.mentions} == {"esa", "united-states"}


def test_a_merge_can_be_refused(tmp_path: Path) -> None:
    facts_dir, source, reviewed = case(tmp_path, f"""entities:
  - {{id: european-space-agency, type: Organization, label: European Space Agency, mention: {at("European Space Agency")}}}
""")  # fmt: skip
    args = ["ingest", str(reviewed), "--source", str(source), "--facts-dir", str(facts_dir)]
    result = runner.invoke(main, [*args, "--no-merge", "european-space-agency"])
    assert result.exit_code == 0, result.output
    assert "merged" not in result.output
    assert [e.id for e in load_facts_file(facts_dir / "case.yaml").entities] == ["european-space-agency"]
    wrong = runner.invoke(main, [*args, "--replace", "--no-merge", "esa-typo"])
    assert wrong.exit_code == 2 and "--no-merge 'esa-typo': no entity of that id" in wrong.output


def test_a_known_id_with_another_type_is_a_clear_error(tmp_path: Path) -> None:
    facts_dir, source, reviewed = case(tmp_path, f"""entities:
  - {{id: united-states, type: City, label: Washington, mention: {at("Washington")}}}
""")  # fmt: skip
    with pytest.raises(FactsError, match="has the id of a known Country; give it another id"):
        ingest(reviewed, source, facts_dir)


def test_dates_modalities_and_notes_survive_but_source_quotes_do_not(tmp_path: Path) -> None:
    facts_dir, source, reviewed = case(tmp_path, f"""entities:
  #> "Washington"
  #> in: {TEXT[: TEXT.index(".") + 1]}
  # the city, not the country: checked by hand
  # in: The European Space Agency will not join, NASA said.
  - id: washington
    type: City
    label: Washington
    mention: {at("Washington")}
  # merged below
  - {{id: european-space-agency, type: Organization, label: European Space Agency, mention: {at("European Space Agency")}}}
facts:
  - {{subject: european-space-agency, relation: participatesIn, object: artemis, modality: negated, evidence: [{at("The European")}]}}  # not joining
claims:
  #> NASA said
  - {{id: case-claim-1, speaker: nasa, summary: ESA will stay out, evidence: [[48, 98]]}}
dates:
  - {{span: {at("7 October 2024")}, year: 2024, month: 10, day: 7}}
""")  # fmt: skip
    target, _ = ingest(reviewed, source, facts_dir)
    text = target.read_text(encoding="utf-8")
    written = load_facts_file(target)
    assert [(d.year, d.month, d.day) for d in written.dates] == [(2024, 10, 7)]
    assert [(f.id, f.subject, f.modality) for f in written.facts] == [
        ("esa-participatesin-artemis-negated", "esa", "negated")
    ]
    assert "  # the city, not the country: checked by hand\n  - id: washington\n" in text
    assert "  # merged below\n  - {entity: esa," in text  # the merged entity's note goes with its mention
    assert "# not joining\n  - {id: esa-participatesin-artemis-negated" in text
    assert "#>" not in text and "Officials met" not in text and "NASA said" not in text
    assert "will not join" not in text  # a '#' note quoting six words of the source in a row is dropped
    load_dataset([facts_dir])


def test_build_names_the_facts_files_whose_source_text_is_missing(tmp_path: Path) -> None:
    facts_dir, source, reviewed = case(tmp_path, WASHINGTON_CITY)
    ingest(reviewed, source, facts_dir)
    out = tmp_path / "g.ttl"
    args = ["build", "--facts", str(facts_dir), "--out", str(out)]
    partial = runner.invoke(main, [*args, "--source", str(source)])
    assert partial.exit_code == 0, partial.output
    warnings = [line for line in partial.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and "moon-race.yaml" in warnings[0] and "without quotes" in warnings[0]
    assert "case.yaml" not in partial.stderr
    assert "Warning" not in runner.invoke(main, args).stderr  # no text at all: the plain build, said on stdout
