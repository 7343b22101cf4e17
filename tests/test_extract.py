"""Extraction rules, robustness, review-and-merge, and evaluation."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.errors import FactsError, SourceError
from spacekg.extract.evaluate import Score, evaluate, seed_recall
from spacekg.extract.ingest import ingest
from spacekg.extract.rules import Candidates, RuleExtractor, read_text, to_yaml
from spacekg.model.facts import Dataset, load_dataset, load_facts_file, parse_facts
from tests.conftest import FACTS_DIR, ROOT, require_seed

runner = CliRunner()
CORPUS = ROOT / "tests" / "corpus"


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def facts_of(candidates: Candidates) -> set[tuple[str, str, str]]:
    return {(f["subject"], f["relation"], f["object"]) for f in candidates.facts}


def links(candidates: Candidates, text: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.entity) for m in candidates.mentions if not m.new}


def test_linking_rules(extractor: RuleExtractor) -> None:
    text = (
        "Russia's space agency met officials from Beijing. The Russian-Chinese plan worries Washington. "
        "The China National Space Administration (CNSA) said CNSA would join. Chinese experts agreed. "
        "Ask us about NASA."
    )
    found = links(run(extractor, text), text)
    assert ("Russia", "russia") in found  # possessive
    assert ("Beijing", "china") in found and ("Washington", "united-states") in found  # capitals
    assert ("Russian", "russia") in found and ("Chinese", "china") in found  # hyphenated demonyms
    assert ("China National Space Administration", "cnsa") in found and ("CNSA", "cnsa") in found
    assert ("NASA", "nasa") in found
    assert not any(surface == "us" for surface, _ in found)  # case-sensitive: 'us' is not the US


def test_source_aliases_stay_with_their_source(extractor: RuleExtractor) -> None:
    text = "The proposal was discussed. The first stage begins soon."
    assert links(run(extractor, text), text) == set()  # not proper names: not linked in other texts
    seed = require_seed()
    seed_text = seed.read_text(encoding="utf-8")
    seed_links = extractor.extract(seed_text, seed.name, hashlib.sha256(seed.read_bytes()).hexdigest())
    assert any(m.entity == "treaty-proposal" for m in seed_links.mentions)  # but in their own text they are


def test_new_entities_and_dates(extractor: RuleExtractor) -> None:
    text = "On 9 March 2021, Director General Jane Example of the Lunar Example Agency spoke. In 2025 the Example Space Command opened."
    candidates = run(extractor, text)
    new = {(m.label, m.type) for m in candidates.mentions if m.new}
    assert ("Jane Example", "Person") in new
    assert ("Lunar Example Agency", "SpaceAgency") in new
    assert ("Example Space Command", "MilitaryCommand") in new
    dates = [(d.get("year"), d.get("month"), d.get("day")) for d in candidates.dates]
    assert (2021, 3, 9) in dates and (2025, None, None) in dates
    # each date spans its own words (GUIDELINES: 'April 2024' in 'in April 2024'), inside its clause
    assert [text[d["span"][0] : d["span"][1]] for d in candidates.dates] == ["9 March 2021", "2025"]


def test_relation_cues_respect_types(extractor: RuleExtractor) -> None:
    text = ("Roscosmos and CNSA signed the memorandum on the International Lunar Research Station. "
            "NASA is working with Japan and Canada on the Lunar Gateway. Russia submitted the draft resolution "
            '"No first placement of weapons in outer space". Russia and China opposed the Artemis program.')  # fmt: skip
    candidates = run(extractor, text)
    facts = facts_of(candidates)
    assert ("nasa", "partnerOf", "japan") in facts and ("nasa", "partnerOf", "canada") in facts
    assert ("russia", "submits", "dr-no-first-placement") in facts
    assert not any(o == "lunar-gateway" and p == "partnerOf" for _, p, o in facts)  # a program is no partner
    stances = {(c["speaker"], c.get("opposes")) for c in candidates.claims if "opposes" in c}
    assert ("russia", "artemis") in stances and ("china", "artemis") in stances


def test_boilerplate_is_ignored(extractor: RuleExtractor) -> None:
    text = "NASA leads Artemis.\n\nLeave a Reply\n\nPowered by WordPress | Designed by: Russia Themes"
    assert all(m.start < 20 for m in run(extractor, text).mentions)


def test_candidates_file_loads_as_facts(extractor: RuleExtractor, dataset: Dataset) -> None:
    text = (CORPUS / "gateway-partners-2020.txt").read_text(encoding="utf-8")
    candidates = extractor.extract(text, "gateway-partners-2020.txt", hashlib.sha256(text.encode()).hexdigest())
    facts = parse_facts(to_yaml(candidates, dataset.entities()), "cand.yaml")
    assert facts.source.characters == len(text)
    assert {m.entity for m in facts.mentions} >= {"esa", "nasa", "lunar-gateway", "japan", "moon"}


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"   \n", "empty"), (b"abc\x00def", "binary"), ("café Moscou".encode("latin-1"), "--encoding")],
)
def test_bad_inputs_are_clear_errors(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=message):
        read_text(path)
    result = runner.invoke(main, ["extract", str(path), "--out", str(tmp_path / "o.yaml")])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_encoding_option_and_other_languages(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes(
        "La Russie et la Chine ont signé un mémorandum à Moscou. 月球科研站。".encode("latin-1", errors="ignore")
    )
    result = runner.invoke(main, ["extract", str(path), "--encoding", "latin-1", "--out", str(tmp_path / "o.yaml")])
    assert result.exit_code == 0, result.output
    zh = tmp_path / "zh.txt"
    zh.write_text("国际月球科研站是中国和俄罗斯的项目。", encoding="utf-8")
    assert runner.invoke(main, ["extract", str(zh), "--out", str(tmp_path / "z.yaml")]).exit_code == 0


def test_a_megabyte_of_text(extractor: RuleExtractor) -> None:
    paragraph = (CORPUS / "artemis-accords-2020.txt").read_text(encoding="utf-8")
    text = (paragraph + "\n") * (1_000_000 // len(paragraph))
    candidates = run(extractor, text)
    assert len(text) >= 990_000 and len(candidates.mentions) > 10_000


def test_folder_with_progress_and_summary(tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(CORPUS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    texts = len(list(CORPUS.rglob("*.txt")))  # subfolders too
    assert f"{texts} text(s):" in result.output and "entity mentions linked" in result.output
    assert len(list((tmp_path / "out").glob("*.yaml"))) == texts


def review(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"TO REVIEW: ', '"Reviewed: '), encoding="utf-8")


def test_extract_review_ingest_build(tmp_path: Path) -> None:
    facts_dir = tmp_path / "facts"
    shutil.copytree(FACTS_DIR, facts_dir)
    source = CORPUS / "gateway-partners-2020.txt"
    candidates = tmp_path / "cand.yaml"
    assert runner.invoke(main, ["extract", str(source), "--out", str(candidates)]).exit_code == 0
    unreviewed = runner.invoke(
        main, ["ingest", str(candidates), "--source", str(source), "--facts-dir", str(facts_dir)]
    )
    assert unreviewed.exit_code == 0 or "not reviewed" in unreviewed.output
    (facts_dir / "gateway-partners-2020.yaml").unlink(missing_ok=True)
    review(candidates)
    assert (
        runner.invoke(
            main, ["ingest", str(candidates), "--source", str(source), "--facts-dir", str(facts_dir)]
        ).exit_code
        == 0
    )
    again = runner.invoke(main, ["ingest", str(candidates), "--source", str(source), "--facts-dir", str(facts_dir)])
    assert again.exit_code == 2 and "--replace" in again.output
    out1, out2 = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert runner.invoke(main, ["build", "--facts", str(facts_dir), "--out", str(out1)]).exit_code == 0
    assert runner.invoke(main, ["build", "--facts", str(facts_dir), "--out", str(out2)]).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    # NASA now has evidence in both sources.
    query = runner.invoke(main, ["query", "--graph", str(out1), "--format", "csv",
                                 "SELECT DISTINCT ?src WHERE { ?ev oa:hasBody kg:nasa ; oa:hasTarget/oa:hasSource ?src } ORDER BY ?src"])  # fmt: skip
    assert query.output.split() == [
        "src",
        "https://w3id.org/spacekg/id/gateway-partners-2020",
        "https://w3id.org/spacekg/id/moon-race-article",
    ]


def merge_case(tmp_path: Path, text: str, body: str) -> tuple[Path, Path, Path]:
    """A copy of the curated facts, a source text, and a reviewed file whose
    header matches that text; ``body`` is the rest of the reviewed YAML."""
    facts_dir = tmp_path / "facts"
    shutil.copytree(FACTS_DIR, facts_dir)
    source = tmp_path / "s.txt"
    source.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    reviewed = tmp_path / "r.yaml"
    header = f'spacekg: 1\nsource: {{id: case, type: NewsArticle, label: "T", sha256: {digest}, characters: {len(text)}, mention: [0, 3]}}\n'
    reviewed.write_text(header + body, encoding="utf-8")
    return facts_dir, source, reviewed


def test_merge_rules(tmp_path: Path, dataset: Dataset) -> None:
    text = "The European Space Agency and the Agency Example work with NASA. NASA is working with Japan.\n"
    facts_dir, source, reviewed = merge_case(tmp_path, text, """entities:
  - {id: european-space-agency, type: InternationalOrganization, label: "European Space Agency", mention: [4, 25], status: new}
facts:
  - {subject: european-space-agency, relation: partnerOf, object: nasa, evidence: [[0, 64]]}
  - {subject: nasa, relation: partnerOf, object: japan, evidence: [[65, 92]]}
""")  # fmt: skip
    target, merges = ingest(reviewed, source, facts_dir)
    assert [(m.new, m.known) for m in merges] == [("european-space-agency", "esa")]  # merged by label
    merged = load_facts_file(target)
    assert merged.entities == () and {m.entity for m in merged.mentions} == {"esa"}
    assert {f.id for f in merged.facts} == {"esa-partnerof-nasa", "nasa-partnerof-japan"}
    all_files = load_dataset([facts_dir])
    shared = [f for ff in all_files.files for f in ff.facts if f.id == "nasa-partnerof-japan"]
    assert len(shared) == 2  # one fact, stated by two sources, evidence from each
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(text + "changed", encoding="utf-8")
    with pytest.raises(SourceError, match="does not match"):
        ingest(reviewed, wrong, facts_dir, replace=True)


def test_unreviewed_claims_are_refused(tmp_path: Path) -> None:
    facts_dir, source, reviewed = merge_case(tmp_path, "NASA said hello.\n", """claims:
  - {id: c1, speaker: nasa, summary: "TO REVIEW: what NASA says", evidence: [[0, 16]]}
""")  # fmt: skip
    with pytest.raises(FactsError, match="not reviewed"):
        ingest(reviewed, source, facts_dir)


@pytest.mark.parametrize("gold", sorted(CORPUS.rglob("*.gold.yaml")), ids=lambda p: p.name)
def test_corpus_gold_files_describe_their_texts(gold: Path) -> None:
    facts = load_facts_file(gold)
    text_file = gold.with_name(gold.name.replace(".gold.yaml", ".txt"))
    data = text_file.read_bytes()
    assert facts.source.sha256 == hashlib.sha256(data).hexdigest()
    length = len(data.decode("utf-8"))
    spans = [e.mention for e in facts.entities] + [m.span for m in facts.mentions]
    spans += [span for fact in facts.facts for span in fact.evidence]
    assert spans and all(0 <= start < end <= length for start, end in spans)


def test_evaluation_of_a_perfect_answer_is_one() -> None:
    gold = load_facts_file(CORPUS / "ilrs-memorandum-2021.gold.yaml")
    assert all(score.f1 == 1.0 for score in evaluate(gold, gold).values())


def corpus_scores(extractor: RuleExtractor) -> dict[str, Score]:
    totals: dict[str, list[int]] = {}
    for text_file in sorted(CORPUS.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        candidates = extractor.extract(text, text_file.name, hashlib.sha256(text_file.read_bytes()).hexdigest())
        facts = parse_facts(to_yaml(candidates, extractor.entities), "cand.yaml")
        for name, score in evaluate(facts, load_facts_file(text_file.with_suffix(".gold.yaml"))).items():
            tally = totals.setdefault(name, [0, 0, 0])
            tally[0] += score.true_positives
            tally[1] += score.predicted
            tally[2] += score.gold
    return {name: Score(*tally) for name, tally in totals.items()}


def test_extraction_quality_gates(extractor: RuleExtractor, dataset: Dataset) -> None:
    """Hold what the rules reach on the development texts and the seed article,
    so a change cannot quietly lose it (held-out scores are in bench/extract.py)."""
    scores = corpus_scores(extractor)
    # 0.99 / 0.88 on the eleven v1-v3 development texts; 0.88 / 0.55 since the ten
    # v3 held-out texts (written in unfamiliar styles) joined the development set.
    # Links 0.96 and new entities typed 0.89 at precision 0.92 after the entity rules studied on
    # those texts (gazetteer, later mentions of new entities, craft nouns, numbered names, …).
    # 0.94 / typed new entities 0.82 at precision 0.85 since the ten v4 held-out texts joined;
    # 0.98 / 0.97 at precision 0.97 after the entity rules studied on them (grammar around a name, head words,
    # gazetteer of regions, companies and UN bodies, acronyms after ', or', headlines).
    # 0.96 / typed new entities 0.90 at precision 0.90 since the ten v5 held-out texts joined.
    # 0.97 / 0.94 at precision 0.94 after the entity rules studied on them (initials, accents, continents,
    # rockets and bases, plural class nouns, legislatures, named agreements, datelines with an agency).
    # 0.95 / typed new entities 0.88 at precision 0.89 since the eleven v6 held-out texts joined.
    # 0.97 / 0.92 at precision 0.94 after the name rules studied on them (tests/test_extract_names.py: class nouns
    # beside a name, launcher families, acronyms spelled by an earlier name, shouted capitals, list modifiers).
    # 0.96 / typed new entities 0.90 at precision 0.92 since the ten v7 held-out texts joined.
    # 0.955 / typed new entities 0.89 at precision 0.92 since the ten v8 held-out texts joined.
    # 0.97 / 0.92 at precision 0.93 after the name rules studied on them (tests/test_extract_names.py: numbered and
    # coded names, class nouns before a name, acronyms spelled with small words, head-first bodies, labels).
    # 0.965 / typed new entities 0.895 at precision 0.92 since the ten v9 held-out texts joined.
    # 0.976 / 0.928 at precision 0.939 after the name rules studied on them (tests/test_extract_names.py: numbered
    # craft of a series, a country's adjective before a craft, numbered acts, hyphenated codes, what is launched,
    # offices in an organization, newspapers, launch and landing sites, names found before the text typed them).
    # 0.964 / typed new entities 0.906 at precision 0.926 since the ten v10 held-out texts joined.
    # 0.969 / 0.936 at precision 0.942 after the name rules studied on them (tests/test_extract_names.py: layout
    # labels, class nouns of small bodies, designations of bills and comets, last words, closed appositions);
    # 0.970 / 0.939 at precision 0.945 with coded flights and bodies named by a noun after them.
    # 0.978 (0.970 without them) with the linking rules of tests/test_extract_linking.py (a capital as a place or
    # acting, craft, site and company short forms, renaming, shouted headlines, a law's country, short forms in a sentence).
    # 0.969 / typed new entities 0.918 at precision 0.922 since the ten v11 held-out texts joined.
    # 0.978 / 0.932 at precision 0.946 after the name rules studied on them (tests/test_extract_names.py: captions,
    # capitals heading a paragraph, head-first names through lists, dated documents, a capital of its time, a
    # cable's 'Post', countries' adjectives joined before a name).
    # 0.968 / typed new entities 0.912 at precision 0.927 since the ten v12 held-out texts joined.
    # 0.975 / 0.923 at precision 0.934 after the name rules studied on them (tests/test_extract_names_context.py:
    # log speakers, 'a rocket it calls X', a company without its legal form, craft inside a body's name, …).
    # 0.972 / typed new entities 0.910 at precision 0.926 since the ten v13 held-out texts joined.
    # 0.972 / typed new entities 0.914 at precision 0.924 since the twelve v14 held-out texts joined.
    # 0.972 / typed new entities 0.917 at precision 0.927 since the twelve v15 held-out texts joined.
    # 0.970 / typed new entities 0.904 at precision 0.918 since the twelve v16 held-out texts joined.
    # 0.966 since the twelve v21 held-out texts joined.
    # 0.968 on main's head at the v21 round's end (every engineer's rules).
    # 0.966 since the twelve v22 held-out texts joined; 0.966 on main's head at the v22 round's end.
    # 0.964 since the twelve v23 held-out texts joined; 0.964 on main's head at the v23 round's end.
    # 0.963 since the twelve v24 held-out texts joined.
    # 0.961 since the twelve v25 held-out texts joined; 0.9615 on main's head at the v25 round's end.
    assert scores["links (overlap)"].f1 >= 0.96
    # 0.915 / 0.927 with the typing evidence of tests/test_extract_types17.py (appositions, lists' introductions,
    # titles, what only a class does, later mentions' explicit classes).
    # 0.968 / typed new entities 0.908 at precision 0.925 since the twelve v17 held-out texts joined.
    # 0.971 / 0.921 at precision 0.931 with the finding and typing evidence of tests/test_extract_types18.py (head-first
    # foundations, codes, digits in names, class nouns around a name, a crew's craft, lists after 'builders of').
    # 0.969 / typed new entities 0.909 at precision 0.923 since the twelve v18 held-out texts joined.
    # 0.971 / 0.918 at precision 0.929 with the typing by evidence of tests/test_extract_types19.py (a pair is a
    # person on evidence: towns by context or first word, made things, media and network nouns, designations).
    # 0.966 / typed new entities 0.903 at precision 0.918 since the twelve v19 held-out texts joined.
    # 0.968 / 0.914 at precision 0.925 with the class evidence of tests/test_extract_names20.py (long appositions,
    # class nouns before names and lists, nouns after with a word between, a country's company, towns left from).
    # 0.967 / typed new entities 0.911 at precision 0.920 since the twelve v20 held-out texts joined.
    # 0.968 / typed new entities 0.914 at precision 0.922 on main's head at the v20 round's end.
    # 0.965 / typed new entities 0.907 at precision 0.917 since the twelve v21 held-out texts joined.
    # 0.967 / typed new entities 0.914 at precision 0.920 on main's head at the v21 round's end.
    # 0.966 / typed new entities 0.911 at precision 0.917 since the twelve v22 held-out texts joined.
    # 0.966 / typed new entities 0.912 at precision 0.918 on main's head at the v22 round's end.
    # 0.964 / typed new entities 0.907 at precision 0.914 since the twelve v23 held-out texts joined.
    # 0.964 / typed new entities 0.908 at precision 0.913 on main's head at the v23 round's end.
    # 0.963 / typed new entities 0.903 at precision 0.910 since the twelve v24 held-out texts joined.
    # 0.961 / typed new entities 0.899 at precision 0.906 since the twelve v25 held-out texts joined.
    # 0.961 / typed new entities 0.900 at precision 0.907 on main's head at the v25 round's end.
    assert scores["new entities"].recall >= 0.895 and scores["new entities"].precision >= 0.905
    # Relations 0.55 -> 0.78 at precision 0.99, speakers 0.54 -> 0.75 of the quoted claims, after the
    # clause rules studied on those texts (appositions, relative clauses, passives, joint subjects, lists, …).
    # 0.96 / 0.61 / 0.75 and speakers 0.76 of the quoted claims since the v4 texts joined.
    # 0.97 / 0.70 / 0.81 and speakers 0.89 after the structure rules of tests/test_extract_structure.py.
    # 0.95 / 0.74 / 0.83 with the entity rules of the same round; of the 10 wrong, 3 are new names nested at the
    # same offset ('Mars' in 'Mars Sample Return') whose ids the scorer's overlap matching swaps.
    # 0.95 / 0.61 / 0.74 and speakers 0.88 of the quoted claims since the ten v5 held-out texts joined.
    # 0.95 / 0.66 / 0.78 after the role rules of tests/test_extract_roles.py (affiliation, leading and taking part
    # read from roles and descriptions; parts and seats).
    # 0.95 / 0.70 / 0.81 after the list and membership rules of tests/test_extract_lists.py (memberOf 15 -> 31 of 31);
    # 0.95 / 0.75 / 0.84 with both.
    # 0.93 / 0.68 / 0.78 (288 of 424) since the eleven v6 held-out texts joined.
    # 0.94 / 0.68 / 0.79 (290 of 424) after the part, document and counted-subject rules of tests/test_extract_lists.py.
    # 0.94 / 0.71 / 0.81 (300 of 424) after the participation rules of tests/test_extract_participation.py.
    # 0.93 / 0.65 / 0.77 (334 of 515) since the ten v7 held-out texts joined.
    # 0.95 / 0.70 / 0.80 (358 of 515) after the structural affiliation rules of tests/test_extract_roles.py.
    # 0.96 / 0.73 / 0.83 (376 of 515) with the v7 participation, partner, crew and part shapes of
    # tests/test_extract_participation.py and tests/test_extract_lists.py (353 of 515 on their own).
    # 0.945 / 0.66 / 0.78 (394 of 593) since the ten v8 held-out texts joined.
    # 0.947 / 0.70 / 0.80 (414 of 593) after the list, 'together with', contract-award and adoption shapes of
    # tests/test_extract_lists.py (a list read whatever opens it and past 'the French space agency CNES').
    # 0.962 / 0.69 / 0.80 (409 of 593, 16 wrong) after the structure rules of this round in tests/test_extract_roles.py,
    # test_extract_structure.py and test_extract_clauses.py (crew lists, fronted participles, copula parts, founders);
    # 0.964 / 0.72 / 0.83 (429 of 593) with both.
    # 0.941 / 0.705 / 0.806 (459 of 651) since the ten v9 held-out texts joined.
    # 0.946 / 0.725 / 0.821 (472 of 651) after the document-noun, agreement-between, builder-partner, released-craft,
    # chosen-for, accompaniment, apposition-in-reported-words and whole-name shapes of tests/test_extract_lists.py and tests/test_extract_clauses.py.
    # 0.964 / 0.740 / 0.838 (482 of 651) with the v9 role and participation shapes of tests/test_extract_roles.py
    # and tests/test_extract_participation.py ('Its head' the last subject, a unit's office, apposed relative
    # clauses, 'which operates it', 'a mission of X', the domain and range guard).
    # 0.964 / 0.709 / 0.817 (512 of 722) since the ten v10 held-out texts joined.
    # 0.965 / 0.726 / 0.828 (524 of 722) after the coordination, possessive-part and signing-party shapes of
    # tests/test_extract_lists.py and tests/test_extract_structure.py; 0.965 / 0.730 / 0.831 with the name rules.
    # 0.969 / 0.724 / 0.829 (523 of 722) after the v10 role shapes of tests/test_extract_roles.py and
    # tests/test_extract_participation.py (operator verbs and passives with a described object, crew roles, ranks,
    # a paragraph's country for a President, comparison asides, 'is its partner', possessed centres).
    # 0.955 / 0.708 / 0.813 (572 of 808) since the ten v11 held-out texts joined.
    # 0.958 / 0.743 / 0.837 (600 of 808) after the relation constructions of tests/test_extract_constructions.py.
    # 0.944 / 0.681 / 0.791 (621 of 912) since the ten v12 held-out texts joined.
    # 0.948 / 0.697 / 0.804 (636 of 912) after the organization constructions of tests/test_extract_org_constructions.py.
    # 0.948 / 0.714 / 0.814 (651 of 912) after the programme constructions of tests/test_extract_programme_constructions.py.
    # 0.948 / 0.715 / 0.815 (652 of 912) with both, and 'Its first director' after a plan described.
    # 0.949 / 0.716 / 0.816 (653 of 912) with the launcher construction of tests/test_extract_programme_constructions.py.
    # 0.944 / 0.668 / 0.782 (692 of 1036) since the ten v13 held-out texts joined.
    # 0.947 / 0.712 / 0.813 (738 of 1036) after the coordination of tests/test_extract_coordination.py.
    # 0.947 / 0.728 / 0.823 (754 of 1036) with the office, seat and membership constructions of tests/test_extract_offices.py.
    # 0.947 / 0.731 / 0.825 (757 of 1036) with titles named after a body ('Commissioner X' in the Commission).
    # 0.951 / 0.735 / 0.829 (761 of 1036) with subject pronouns resolved by salience (tests/test_extract_pronouns.py).
    # 0.953 / 0.748 / 0.838 (775 of 1036) with the mission constructions of tests/test_extract_missions.py.
    # 0.944 / 0.711 / 0.811 (815 of 1146) since the twelve v14 held-out texts joined.
    # 0.947 / 0.728 / 0.823 (834 of 1146) with the office and part constructions and 'the agency' by salience (roles15).
    # 0.952 / 0.750 / 0.839 (859 of 1146) with the crew, command and builder constructions of test_extract_crews.py.
    # 0.954 / 0.786 / 0.862 (901 of 1146) with the document constructions of tests/test_extract_documents.py.
    # 0.943 / 0.753 / 0.838 (931 of 1236) since the twelve v15 held-out texts joined.
    # 0.944 / 0.762 / 0.843 (942 of 1236) with membership of the body in focus (tests/test_extract_membership_coref.py).
    # 0.941 / 0.772 / 0.848 (954 of 1236) with the people's constructions of tests/test_extract_people.py.
    # 0.949 / 0.760 / 0.844 (939 of 1236) with the launch deals and carriers of tests/test_extract_deals.py alone.
    # 0.947 / 0.778 / 0.854 (962 of 1236) with the membership, people and deal rules together.
    # 0.950 / 0.784 / 0.859 (969 of 1236) with the institution and document-author constructions (test_extract_bodies.py).
    # 0.939 / 0.744 / 0.830 (1008 of 1355) since the twelve v16 held-out texts joined.
    # 0.941 / 0.751 / 0.835 (1017 of 1355) with the affiliations of tests/test_extract_roles17.py.
    # 0.938 / 0.754 / 0.836 (1022 of 1355) with the crews alone, of tests/test_extract_crews17.py.
    # 0.941 / 0.761 / 0.841 (1031 of 1355) with the crews and the rules merged before them.
    # 0.942 / 0.748 / 0.834 (1014 of 1355) with the seats, parts and partners of bodies (test_extract_orgs17.py) alone.
    # 0.943 / 0.768 / 0.846 (1040 of 1355) with orgs17 on main's head after the crews.
    # 0.941 / 0.751 / 0.835 (1018 of 1355) with the lists after a colon and the parties of tests/test_extract_lists17.py
    # alone; 0.944 / 0.775 / 0.851 (1050 of 1355) with lists17 on main's head after orgs17 and speakers17.
    # 0.944 / 0.754 / 0.838 (1022 of 1355) with the makers, suppliers and carriers (test_extract_makers17.py) alone.
    # 0.949 / 0.787 / 0.861 (1067 of 1355) with makers17 on main's head after lists17.
    # 0.947 / 0.739 / 0.830 (1129 of 1527) since the twelve v17 held-out texts joined.
    # 0.950 / 0.752 / 0.840 (1149 of 1527) with the owners, units, seats and operators of tests/test_extract_orgs18.py.
    # 0.948 / 0.759 / 0.843 (1159 of 1527) with the crews of the flight in focus (test_extract_crews18.py) alone;
    # 0.951 / 0.772 / 0.852 (1179 of 1527) with crews18 on main's head after orgs18 and speakers18.
    # 0.949 / 0.749 / 0.837 (1143 of 1527) with the nationalities, offices and titles of tests/test_extract_roles18.py
    # alone; 0.951 / 0.762 / 0.846 (1163 of 1527) with roles18 on main's head after orgs18; 0.952 / 0.783 / 0.859
    # (1195 of 1527) on main's head after crews18.
    # 0.948 / 0.749 / 0.836 (1143 of 1527) with the signing, adopting and founding shapes of documents18 alone;
    # 0.950 / 0.764 / 0.847 (1166 of 1527) with documents18 on main's head after orgs18 and lead18;
    # 0.951 / 0.783 / 0.859 (1196 of 1527) on main's head after crews18; 0.953 / 0.792 / 0.865 (1209 of 1527) on
    # main's head after roles18.
    # 0.948 / 0.756 / 0.841 (1256 of 1662) since the twelve v18 held-out texts joined.
    # 0.948 / 0.761 / 0.844 (1264 of 1662) with the document and modal shapes of tests/test_extract_documents19.py.
    # 0.948 / 0.761 / 0.844 (1265 of 1662) with the jobs, titles and listed nationals of test_extract_roles19.py
    # alone; 0.948 / 0.766 / 0.847 (1273 of 1662) with roles19 on main's head after documents19.
    # 0.950 / 0.774 / 0.853 (1287 of 1662) with the lists of members, authors and signatories of lists19 alone.
    # 0.947 / 0.762 / 0.845 (1267 of 1662) with the companions, trips, choices and builders of test_extract_crews19.py.
    # 0.950 / 0.760 / 0.844 (1263 of 1662) with the seats, parents, released and counted craft of test_extract_orgs19.py
    # alone; 0.951 / 0.783 / 0.859 (1302 of 1662) with orgs19 on main's head after lists19 and documents19.
    # 0.941 / 0.770 / 0.847 (1361 of 1768) since the twelve v19 held-out texts joined.
    # 0.942 / 0.777 / 0.852 (1374 of 1768) with the founders, ventures, owners, customers, builders and units of
    # tests/test_extract_programmes20.py.
    # 0.943 / 0.781 / 0.854 (1380 of 1768) with the proposals, agreements, counted units and shorter acronyms of
    # tests/test_extract_documents20.py alone; 0.943 / 0.787 / 0.858 (1392 of 1768) with documents20 on main's head
    # after programmes20 and lead20.
    # 0.943 / 0.777 / 0.852 (1374 of 1768) with the crews, programme managers, trips, nationalities and pronouns of
    # tests/test_extract_people20.py alone; 0.944 / 0.795 / 0.863 (1405 of 1768) with people20 on main's head after
    # programmes20, lead20 and documents20.
    # 0.948 / 0.770 / 0.850 (1361 of 1767) with the false facts of invented prose removed (precision20) alone;
    # 0.950 / 0.800 / 0.869 (1414 of 1767) with precision20 on main's head after the round's other merges.
    # 0.951 / 0.800 / 0.869 (1414 of 1767) on main's head at the v19 round's end (every engineer's rules).
    # 0.948 / 0.762 / 0.845 (1450 of 1903) since the twelve v20 held-out texts joined.
    # 0.949 / 0.776 / 0.854 (1476 of 1903) with the schools, citizenships, flights, companions and crewmates of
    # tests/test_extract_people21.py alone.
    # 0.950 / 0.769 / 0.850 (1463 of 1903) with the centres, parts, denied agents, towns and craft named after a
    # moon of tests/test_extract_programmes21.py alone; 0.951 / 0.782 / 0.858 (1489 of 1903) with programmes21 on
    # main's head after people21.
    # 0.949 / 0.776 / 0.854 (1477 of 1903) with the founding agreements, passed texts, acceptances, seats and bodies
    # formed with others of tests/test_extract_documents21.py alone; 0.950 / 0.790 / 0.863 (1503 of 1903) with
    # documents21 on main's head after people21 and plans21; 0.952 / 0.797 / 0.867 (1516 of 1903) after programmes21 too;
    # 0.952 / 0.798 / 0.868 (1519 of 1903) with the joint ventures of documents21.
    # 0.952 / 0.798 / 0.868 (1519 of 1903) on main's head at the v20 round's end (every engineer's rules).
    # 0.947 / 0.771 / 0.850 (1569 of 2035) since the twelve v21 held-out texts joined.
    # 0.954 / 0.800 / 0.871 (1629 of 2035) on main's head at the v21 round's end (every engineer's rules).
    # 0.949 / 0.775 / 0.853 (1663 of 2146) since the twelve v22 held-out texts joined.
    # 0.956 / 0.797 / 0.869 (1710 of 2146) on main's head at the v22 round's end (every engineer's rules).
    # 0.951 / 0.771 / 0.852 (1744 of 2261) since the twelve v23 held-out texts joined.
    # 0.951 / 0.768 / 0.850 (1744 of 2272) with the development golds reconciled with the manual (conventions24).
    # 0.957 / 0.775 / 0.856 (1761 of 2272) on main's head at the v23 round's end (every engineer's rules).
    # 0.950 / 0.758 / 0.843 (1807 of 2384) since the twelve v24 held-out texts joined.
    # 0.954 / 0.742 / 0.835 (1816 of 2446) with the golds reconciled with the manual (conventions25).
    # 0.960 / 0.766 / 0.852 (1873 of 2446) on main's head at the v24 round's end (every engineer's rules).
    # 0.953 / 0.749 / 0.839 (1924 of 2570) since the twelve v25 held-out texts joined.
    # 0.961 / 0.767 / 0.853 (1974 of 2573) on main's head at the v25 round's end (every engineer's rules).
    assert scores["relations"].f1 >= 0.85 and scores["relations"].precision >= 0.96
    # Speakers 0.94 (102 of 108) after the claim rules of this round (the words reported before the attribution,
    # the subject phrase after the last comma, titles and initials inside a sentence, 'the institute', 'its
    # delegation', 'the announcement by', two speech acts in one sentence, 'According to Jane Doe' a person).
    # 0.92 (129 of 140) since the eleven v6 held-out texts joined.
    # 0.96 (135 of 140) after the v6 claim shapes ('The RF and PRC position:', author-voice stances, 'they decide
    # that', 'the agency' not a possessor) of tests/test_extract_speakers.py.
    # 0.89 (162 of 182) since the ten v7 held-out texts joined.
    # 0.96 (175 of 182) after the v7 claim shapes of tests/test_extract_speakers.py (a role in apposition, an
    # unnamed spokesman of a body, a fact check's 'Who said it:', a joint statement over sentences, 'him' in a profile).
    # 0.95 (194 of 204) since the ten v8 held-out texts joined.
    # 0.96 (196 of 204) after the v8 claim shapes (a relative clause holding a list, 'and so did X', an offer in a letter).
    # 0.92 (220 of 239) since the ten v9 held-out texts joined.
    # 0.95 (227 of 239) after the speech-report grammar of this round (a participle's clause subject, telling
    # someone that … in any tense, lawsuits, no speech after a modal, a report's topic no speaker, 'X's promise
    # to', a capitalised role for the person named in it, 'he added' going on with the person speaking).
    # 0.91 (252 of 277) since the ten v10 held-out texts joined.
    # 0.97 (269 of 277) after the v10 claim shapes of tests/test_extract_speakers.py (stances that rank or credit,
    # not admitting, a speech act's noun 'of' its maker, a paper quoting unnamed officials, a capital speaking,
    # 'which' after a person's participle phrase, a headline's 'Surname:', a submitted request's items).
    # 0.957 (291 of 304) since the ten v11 held-out texts joined.
    # 0.924 (305 of 330) since the ten v12 held-out texts joined.
    # 0.948 (313 of 330) with the general attribution stage of tests/test_extract_attribution.py.
    # 0.928 (337 of 363) since the ten v13 held-out texts joined.
    # 0.950 (345 of 363) with pronouns by salience (tests/test_extract_pronouns.py: he/she/it by salience and
    # agreement, 'the Canadian agency', 'X, the state news agency, which said').
    # 0.934 (370 of 396) since the twelve v14 held-out texts joined.
    # 0.962 (381 of 396) with stances told without a verb of saying (tests/test_extract_stances.py).
    # 0.959 (398 of 415) since the twelve v15 held-out texts joined.
    # 0.949 (411 of 433) since the twelve v16 held-out texts joined.
    # 0.965 (418 of 433) with the subject noun phrases of tests/test_extract_speakers17.py (a name heading its
    # apposition, 'House Speaker X, who …, insisted', 'called him one of the best', a primary source's heading).
    # 0.940 (435 of 463) since the twelve v17 held-out texts joined.
    # 0.965 (447 of 463) with plural subjects, lists of speakers, participles, the body in focus and licences
    # (tests/test_extract_speakers18.py).
    # 0.958 (474 of 495) since the twelve v18 held-out texts joined.
    # 0.959 (494 of 515) since the twelve v19 held-out texts joined.
    # 0.948 (506 of 534) since the twelve v20 held-out texts joined.
    # 0.959 (512 of 534) with the subject shapes of tests/test_extract_speakers21.py (a quotation cut off from its
    # attribution, a fronted adverbial, a surname shared with a relative, stance nouns, an unnamed voice after the verb).
    # 0.936 (524 of 560) since the twelve v21 held-out texts joined.
    # 0.952 (533 of 560) on main's head at the v21 round's end.
    # 0.942 (553 of 587) since the twelve v22 held-out texts joined.
    # 0.947 (556 of 587) on main's head at the v22 round's end.
    # 0.928 (583 of 628) since the twelve v23 held-out texts joined.
    # 0.938 (589 of 628) on main's head at the v23 round's end.
    # 0.905 (600 of 663) since the twelve v24 held-out texts joined.
    # 0.931 (617 of 663) on main's head at the v24 round's end.
    # 0.924 (648 of 701) since the twelve v25 held-out texts joined.
    # 0.924 (647 of 700) on main's head at the v25 round's end.
    assert scores["speakers"].recall >= 0.92
    # Modality (negated, planned, predicted, conditional facts and claim propositions, the relation found too):
    # 0.735 / 0.432 (83 of 192) since the ten v11 held-out texts joined; 0.769 / 0.469 (90 of 192) after the
    # reported-clause and verb-group shapes of tests/test_extract_reported_modal.py ('said that it would',
    # 'do so', 'not yet part of', leaving a station, 'do not expect X to', 'that project' in a first sentence).
    # 0.750 / 0.462 (96 of 208) since the ten v12 held-out texts joined.
    # 0.754 / 0.449 (101 of 225) since the ten v13 held-out texts joined.
    # 0.760 / 0.465 (114 of 245) since the twelve v14 held-out texts joined.
    # 0.775 / 0.486 (124 of 255) since the twelve v15 held-out texts joined; 0.793 / 0.510 (130 of 255) with taking
    # no part in the mission in focus, plans of one's own craft and prohibitions in a gerund's phrase (modal16);
    # 0.799 / 0.529 (135 of 255) with members16's memberships of the body in focus; 0.800 / 0.533 (136) with
    # joining it under a condition ('would be invited to join if …').
    # 0.802 / 0.527 (138 of 262) since the twelve v16 held-out texts joined.
    # 0.785 / 0.495 (142 of 287) since the twelve v17 held-out texts joined.
    # 0.789 / 0.502 (150 of 299) since the twelve v18 held-out texts joined.
    # 0.788 / 0.522 (156 of 299) with the modal frames of tests/test_extract_documents19.py (bans, nothing on board).
    # 0.767 / 0.485 (161 of 332) since the twelve v19 held-out texts joined.
    # 0.778 / 0.485 (161 of 332) with headlines' infinitives planned and naming participles no speech (precision20)
    # alone; 0.790 / 0.509 (169 of 332) on main's head after the round's other merges.
    # 0.790 / 0.509 (169 of 332) on main's head at the v19 round's end.
    # 0.785 / 0.500 (172 of 344) since the twelve v20 held-out texts joined.
    # 0.788 / 0.509 (175 of 344) on main's head at the v20 round's end.
    # 0.794 / 0.504 (185 of 367) since the twelve v21 held-out texts joined.
    # 0.796 / 0.510 (187 of 367) on main's head at the v21 round's end.
    # 0.777 / 0.490 (192 of 392) since the twelve v22 held-out texts joined.
    # 0.792 / 0.495 (194 of 392) on main's head at the v22 round's end.
    # 0.785 / 0.489 (194 of 397) since the twelve v23 held-out texts joined.
    # 0.789 / 0.490 (194 of 396) on main's head at the v23 round's end.
    # 0.782 / 0.482 (201 of 417) since the twelve v24 held-out texts joined.
    # 0.786 / 0.478 (202 of 423) with the golds reconciled with the manual (conventions25).
    # 0.791 / 0.501 (212 of 423) on main's head at the v24 round's end.
    # 0.784 / 0.485 (214 of 441) since the twelve v25 held-out texts joined.
    # 0.786 / 0.490 (216 of 441) on main's head at the v25 round's end.
    assert scores["modality"].recall >= 0.485 and scores["modality"].precision >= 0.785
    seed = require_seed()
    text = seed.read_text(encoding="utf-8")
    candidates = extractor.extract(text, seed.name, hashlib.sha256(seed.read_bytes()).hexdigest())
    facts = parse_facts(to_yaml(candidates, extractor.entities), "cand.yaml")
    assert seed_recall(facts, dataset.files[0]).recall >= 0.95


def test_affiliation_anaphora_and_agreements(extractor: RuleExtractor) -> None:
    text = ("NASA and the Lunar Example Agency (LEA) signed the Artemis Accords in 2020. "
            "NASA Administrator Jane Example signed the document in Washington. "
            "The European Space Agency signed an agreement with NASA.")  # fmt: skip
    candidates = run(extractor, text)
    facts = facts_of(candidates)
    assert ("jane-example", "affiliatedWith", "nasa") in facts  # ORG Title Person
    assert ("jane-example", "signs", "artemis-accords") in facts  # 'the document' is the Accords
    assert ("esa", "partnerOf", "nasa") in facts  # agreement with
    assert not any(m.rule == "anaphor" for m in candidates.mentions)  # anaphors are not mentions


def new_of(candidates: Candidates, text: str) -> dict[str, tuple[str, str]]:
    """New entities by label: (type, surface of the first mention)."""
    return {m[0].label: (m[0].type, text[m[0].start : m[0].end]) for m in candidates.new_entities().values()}


def test_new_names_from_the_gazetteer_and_name_shapes(extractor: RuleExtractor) -> None:
    text = ("Norway and Chile met at the Example Summit in Tromsø. Britain sent a team. "
            "The Department of the Example Force is part of the Example Agency. "
            "The Orbiter-7 probe carried a camera from the Institute of Example Studies.")  # fmt: skip
    candidates = run(extractor, text)
    new = new_of(candidates, text)
    assert new["Norway"][0] == "Country" and new["Chile"][0] == "Country"  # gazetteer, typed
    assert ("Britain", "united-kingdom") in links(candidates, text)  # another name of a known country
    assert new["Example Summit"][0] == "Meeting" and new["Tromsø"][0] == "Place"  # a place after an event
    assert new["Department of the Example Force"] == ("GovernmentBody", "Department of the Example Force")  # no '.'
    assert new["Institute of Example Studies"][0] == "Organization"
    assert new["Orbiter-7"][0] == "Mission"
    assert ("department-of-the-example-force", "partOf", "example-agency") in facts_of(candidates)


def test_short_forms_name_what_was_named_in_full(extractor: RuleExtractor) -> None:
    text = ("NASA works with Jane Example, the head of the Example Space Agency, on the Lunar Gateway. "
            "Example said the Gateway needs a robotic arm.")  # fmt: skip
    candidates = run(extractor, text)
    assert ("Gateway", "lunar-gateway") in links(candidates, text)  # short form of a known name
    assert any(m.rule == "short form" and m.entity == "jane-example" for m in candidates.mentions)  # surname
    assert ("jane-example", "affiliatedWith", "example-space-agency") in facts_of(candidates)  # 'X, the head of Y'
    # a distinctive last word of a known name links even before the full name ('the Gateway')
    assert links(run(extractor, "The Gateway opens."), "The Gateway opens.") == {("Gateway", "lunar-gateway")}
    assert not run(extractor, "The Station opens.").mentions  # a generic last word does not


def test_documents_known_by_what_they_are_about(extractor: RuleExtractor) -> None:
    text = ("Roscosmos and the China National Space Administration (CNSA) signed a memorandum of understanding "
            "on the International Lunar Research Station. Canada proposed a resolution on orbital debris, which passed.")  # fmt: skip
    candidates = run(extractor, text)
    assert ("memorandum of understanding", "ilrs-memorandum") in links(candidates, text)  # known: kind and topic
    assert ("International Lunar Research Station", "ilrs") in links(candidates, text)  # the topic is a mention too
    assert new_of(candidates, text)["Resolution on orbital debris"][0] == "DraftResolution"
    facts = facts_of(candidates)
    assert {("roscosmos", "signs", "ilrs-memorandum"), ("cnsa", "signs", "ilrs-memorandum")} <= facts  # (CNSA) joins
    assert ("canada", "proposes", "resolution-on-orbital-debris") in facts


def test_relation_forms(extractor: RuleExtractor) -> None:
    text = ("The founding signatories were Japan, France and the United Kingdom. "
            "Canada works with Japan on space surveillance. "
            "The European Space Agency is working with NASA on the Lunar Gateway. "
            "The European Space Agency signed an agreement with NASA to take part in the Artemis program. "
            "The Example Mission, led by Roscosmos, landed. "
            "The Example Command was formed on 1 May at RAF High Wycombe, near London. "
            "Roscosmos published a guide for partners who want to join the project. "
            "Roscosmos Director General Jane Example and CNSA Administrator John Example signed a memorandum on the International Lunar Research Station.")  # fmt: skip
    candidates = run(extractor, text + " The Artemis Accords were presented first.")
    facts = facts_of(run(extractor, "NASA presented the Artemis Accords. " + text))
    assert {("japan", "signs", "artemis-accords"), ("united-kingdom", "signs", "artemis-accords")} <= facts
    assert ("canada", "cooperatesWith", "japan") in facts  # about a field: cooperation
    assert ("canada", "partnerOf", "japan") not in facts
    assert {("esa", "partnerOf", "nasa"), ("esa", "participatesIn", "lunar-gateway")} <= facts  # on a program
    assert ("esa", "participatesIn", "artemis") in facts  # the infinitive's subject is the sentence's
    assert ("nasa", "participatesIn", "artemis") not in facts
    assert ("roscosmos", "leads", "example-mission") in facts  # passive
    assert ("example-command", "headquarteredAt", "raf-high-wycombe") in facts
    assert ("example-command", "headquarteredAt", "london") not in facts
    assert ("roscosmos", "participatesIn", "example-mission") not in facts  # the partners join, not Roscosmos
    assert {("jane-example", "signs", "ilrs-memorandum"), ("john-example", "signs", "ilrs-memorandum")} <= facts
    assert ("roscosmos", "signs", "ilrs-memorandum") not in facts  # 'Roscosmos' only qualifies the person
    assert not facts_of(candidates) & {("japan", "signs", "artemis-accords")}  # no document named before


def test_no_negated_gold_statement_is_asserted_on_the_development_texts(extractor: RuleExtractor) -> None:
    """The target for negations is none, whatever else the rules miss."""
    from spacekg.extract.evaluate import inverted_negations

    inverted = []
    for text_file in sorted(CORPUS.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        candidates = extractor.extract(text, text_file.name, hashlib.sha256(text_file.read_bytes()).hexdigest())
        facts = parse_facts(to_yaml(candidates, extractor.entities), "cand.yaml")
        check = inverted_negations(facts, load_facts_file(text_file.with_suffix(".gold.yaml")))
        inverted += [(text_file.stem, triple) for triple in check.inverted]
    # The one inversion the rules made on the v4 texts when they joined the development set
    # ('…, which joined talks on X, is no longer involved in that project') is gone since the
    # relation rules read negated involvement and a preposition's own object.
    assert inverted == []
