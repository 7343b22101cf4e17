"""The HTML view: in a real headless Chromium, offline, safe, explorable."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.graphs.projection import load_projection
from spacekg.graphs.view import Filters, layout, select
from tests.browser import chromium_page

runner = CliRunner()


@pytest.fixture(scope="module")
def view_file(turtle_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("view") / "view.html"
    result = runner.invoke(main, ["view", "--graph", str(turtle_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


class Opened:
    def __init__(self, page: Any) -> None:
        self.page = page
        self.requests: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on(
            "console", lambda m: self.problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
        )
        page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)


@pytest.fixture()
def browser() -> Iterator[Opened]:
    with chromium_page() as page:
        yield Opened(page)


def test_page_loads_offline_without_errors(browser: Opened, view_file: Path, turtle_file: Path) -> None:
    browser.open(view_file)
    assert browser.problems == []
    assert [u for u in browser.requests if not u.startswith(("file:", "data:", "blob:"))] == []
    graph = load_projection(turtle_file)
    counts = browser.page.evaluate("[spacekgView.nodes.length, spacekgView.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    drawn = browser.page.evaluate("Object.keys(spacekgView.network.body.nodes).length")
    assert drawn >= graph.number_of_nodes()


def test_no_remote_references_in_the_file(view_file: Path) -> None:
    html = view_file.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link " not in html  # everything is inline
    assert 'src="http' not in html and 'href="http' not in html and "url(http" not in html


def test_legend_toggles_a_family(browser: Opened, view_file: Path) -> None:
    browser.open(view_file)
    count = browser.page.evaluate("spacekgView.nodes.get({filter: n => n.family === 'states'}).length")
    assert count == 7
    browser.page.click("#classes button[data-family=states]")
    hidden = browser.page.evaluate("spacekgView.nodes.get({filter: n => n.family === 'states' && n.hidden}).length")
    assert hidden == 7
    browser.page.click("#classes button[data-family=states]")
    assert browser.page.evaluate("spacekgView.nodes.get({filter: n => n.hidden}).length") == 0


def test_legend_has_a_few_families_each_in_its_own_colour(browser: Opened, view_file: Path) -> None:
    browser.open(view_file)
    styles = browser.page.evaluate("spacekgView.data.styles")
    titles = [s["title"] for s in styles]
    for family in ("States", "Agencies and militaries", "International bodies", "People", "Programs and phases",
                   "Documents", "Topics"):  # fmt: skip
        assert family in titles
    assert len(styles) <= 10
    assert len({s["color"] for s in styles}) == len(styles)  # colour tells the family
    documents = browser.page.evaluate(
        "spacekgView.nodes.get({filter: n => n.cls.includes('Resolution') || n.cls === 'Statement'}).map(n => n.family)"
    )
    assert documents and set(documents) == {"documents"}


LABEL_BOXES = """() => {
  const out = [];
  for (const n of spacekgView.nodes.get()) {
    const body = spacekgView.network.body.nodes[n.id];
    if (n.hidden || !n.label || !body.labelModule.size.width) continue;
    const s = body.labelModule.size;
    out.push({id: n.id, label: n.label, box: [s.left, s.top, s.left + s.width, s.top + s.height]});
  }
  return out;
}"""


def _intersections(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    clashes = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a["box"], b["box"]
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                clashes.append((a["label"], b["label"]))
    return clashes


def test_visible_labels_never_overlap_and_zooming_in_shows_more(browser: Opened, view_file: Path) -> None:
    browser.open(view_file)
    page = browser.page
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 20  # most of the picture is labelled
    assert _intersections(boxes) == []
    page.evaluate("spacekgView.network.moveTo({scale: spacekgView.network.getScale() * 2.5}); spacekgView.declutter()")
    closer = page.evaluate(LABEL_BOXES)
    assert len(closer) > len(boxes) and _intersections(closer) == []


def test_the_whole_graph_fits_the_window_on_open(browser: Opened, view_file: Path) -> None:
    browser.open(view_file)
    inside = browser.page.evaluate("""() => {
      const net = spacekgView.network, box = document.getElementById('graph').getBoundingClientRect();
      return spacekgView.nodes.get().map(n => {
        const b = net.getBoundingBox(n.id), a = net.canvasToDOM({x: b.left, y: b.top}), z = net.canvasToDOM({x: b.right, y: b.bottom});
        return a.x >= 0 && a.y >= 0 && z.x <= box.width && z.y <= box.height;
      });
    }""")
    assert inside and all(inside)


def test_facts_reported_facts_and_claims_are_drawn_differently(view_file: Path, browser: Opened) -> None:
    browser.open(view_file)
    styles = browser.page.evaluate(
        "spacekgView.edges.get().map(e => [e.kind, e.reported, JSON.stringify(e.dashes), e.color])"
    )
    facts = {(d, c) for k, r, d, c in styles if k == "fact" and not r}
    reported = {(d, c) for k, r, d, c in styles if k == "fact" and r}
    claims = {(d, c) for k, r, d, c in styles if k != "fact"}
    assert facts == {("false", "#777777")}
    assert reported and not reported & facts and not reported & claims
    assert all(d != "false" for d, _ in claims)


def test_modal_statements_are_drawn_as_not_done(view_file: Path, browser: Opened) -> None:
    """Negated, planned, predicted and conditional statements are drawn, in a
    style of their own (dash-dot, purple), and say what they are; their
    triple is never drawn as a fact."""
    browser.open(view_file)
    page = browser.page
    edges = page.evaluate(
        "spacekgView.edges.get().map(e => [e.id, e.from.split('/').pop(), e.to.split('/').pop(), e.kind,"
        " e.modality, JSON.stringify(e.dashes), e.color, e.reported])"
    )
    modal = [e for e in edges if e[3] == "modal"]
    planned = [e for e in modal if (e[1], e[2]) == ("british-military", "united-states")]
    assert planned and planned[0][4] == "planned"
    assert not [e for e in edges if (e[1], e[2], e[3]) == ("british-military", "united-states", "fact")]
    assert {e[1] for e in modal} >= {"ilrs-stage-2", "ilrs-stage-3"}
    others = {(e[5], e[6]) for e in edges if e[3] != "modal"}
    assert {(e[5], e[6]) for e in modal} == {("[12,4,2,4]", "#9467bd")} and not others & {("[12,4,2,4]", "#9467bd")}
    reported = {(e[5], e[6]) for e in edges if e[7]}
    assert reported == {("[2,5]", "#1f77b4")}  # the French media's report of the memorandum: dotted blue
    page.evaluate(f"spacekgView.network.body.emitter.emit('hoverEdge', {{edge: '{planned[0][0]}'}})")
    assert (page.text_content("#details .statement-kind") or "").startswith("Planned: a plan or schedule, not done")
    assert "cooperates with (planned)" in (page.text_content("#details") or "")
    reported_edge = next(e[0] for e in edges if e[7])
    page.evaluate(f"spacekgView.network.body.emitter.emit('hoverEdge', {{edge: '{reported_edge}'}})")
    assert page.text_content("#details .statement-kind") == "Fact reported by French media"
    assert "not done" in (page.text_content("#legend") or "")
    assert browser.problems == []


QUALIFIED_TEXT = "Alpha Agency will launch Beta in 2031. Gamma Radio says Beta flew in 2019. Alpha may never fly.\n"


def qualified_build(tmp_path: Path) -> Path:
    """A tiny graph with a planned year, a reported year and a claim with a modality."""
    source = tmp_path / "qualified.txt"
    source.write_text(QUALIFIED_TEXT, encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    first = [0, QUALIFIED_TEXT.index(".") + 1]
    second = [first[1] + 1, QUALIFIED_TEXT.index(".", first[1]) + 1]
    third = [second[1] + 1, len(QUALIFIED_TEXT.rstrip())]
    facts = tmp_path / "qualified.yaml"
    facts.write_text(
        f"""spacekg: 1
source: {{id: q-source, type: NewsArticle, label: "Q", sha256: {digest}, characters: {len(QUALIFIED_TEXT)}, mention: [0, 5]}}
entities:
  - {{id: alpha, type: SpaceAgency, label: "Alpha Agency", mention: {first}}}
  - {{id: beta, type: Mission, label: "Beta", mention: {first}}}
  - {{id: gamma, type: MediaOutlet, label: "Gamma Radio", mention: {second}}}
  - {{id: delta, type: Mission, label: "Delta", mention: {second}}}
facts:
  - {{subject: alpha, relation: leads, object: beta, evidence: [{first}]}}
  - {{subject: beta, relation: year, value: 2031, modality: planned, evidence: [{first}]}}
  - {{subject: delta, relation: year, value: 2019, reported_by: gamma, evidence: [{second}]}}
claims:
  - id: alpha-may-not-lead-beta
    speaker: gamma
    summary: "Alpha may not lead Beta."
    proposition: {{subject: alpha, relation: leads, object: beta}}
    modality: negated
    date: {{year: 2024}}
    evidence: [{third}]
""",
        encoding="utf-8",
    )
    graph = tmp_path / "qualified.ttl"
    built = runner.invoke(main, ["build", "--facts", str(facts), "--source", str(source), "--out", str(graph)])
    assert built.exit_code == 0, built.output
    out = tmp_path / "qualified.html"
    assert runner.invoke(main, ["view", "--graph", str(graph), "--timeline", "--out", str(out)]).exit_code == 0
    return out


def test_timeline_marks_what_is_not_a_plain_fact(browser: Opened, turtle_file: Path, tmp_path: Path) -> None:
    """A planned or reported date, a claim's modality, and the modal
    statements about a dated thing are marked on its row and in its details."""
    browser.open(qualified_build(tmp_path))
    page = browser.page
    rows = page.evaluate(
        "[...document.querySelectorAll('#timeline .tl-row')].map(r => [r.dataset.id.split('/').pop(),"
        " r.dataset.marks || '', r.querySelector('.bar') ? r.querySelector('.bar').className : '',"
        " [...r.querySelectorAll('.mark')].map(m => m.textContent).join(' ')])"
    )
    by_id = {r[0]: r[1:] for r in rows}
    assert by_id["beta"][0] == "planned" and "modal" in by_id["beta"][1].split() and by_id["beta"][2] == "planned"
    assert by_id["delta"][0] == "reported" and "reported" in by_id["delta"][1].split()
    assert by_id["alpha-may-not-lead-beta"][0] == "negated" and "modal" in by_id["alpha-may-not-lead-beta"][1]
    page.click("#timeline .tl-row[data-id$='/beta']")
    assert "The date: Planned" in (page.text_content("#details") or "")
    page.click("#timeline .tl-row[data-id$='/delta']")
    assert "The date: reported by Gamma Radio" in (page.text_content("#details") or "")
    page.click("#tab-graph")
    claimed = page.evaluate("spacekgView.edges.get({filter: e => e.kind === 'claim'}).map(e => e.modality)")
    assert claimed == ["negated"]
    # The article: ILRS stages 2 and 3 are dated phases whose work is planned.
    out = tmp_path / "article.html"
    assert runner.invoke(main, ["view", "--graph", str(turtle_file), "--timeline", "--out", str(out)]).exit_code == 0
    browser.open(out)
    assert page.get_attribute("#timeline .tl-row[data-id$='ilrs-stage-2']", "data-marks") == "planned"
    assert page.get_attribute("#timeline .tl-row[data-id$='ilrs-stage-1']", "data-marks") is None
    page.click("#timeline .tl-row[data-id$='ilrs-stage-2']")
    assert "planned: involves Construction and mass deliveries" in (page.text_content("#details ul.qualified") or "")
    assert browser.problems == []


def test_timeline_places_every_dated_item_and_links_it(browser: Opened, turtle_file: Path, tmp_path: Path) -> None:
    from spacekg.query.store import MemoryStore

    out = tmp_path / "timeline.html"
    result = runner.invoke(main, ["view", "--graph", str(turtle_file), "--timeline", "--out", str(out)])
    assert result.exit_code == 0, result.output
    # What should be there, asked of the graph directly.
    store = MemoryStore([turtle_file])
    with_year = store.query(
        "SELECT DISTINCT ?n WHERE { { ?n skg:year|skg:startYear|skg:endYear ?y }"
        " UNION { ?n skg:date ?d FILTER(DATATYPE(?d) != xsd:gMonthDay) } }"
    ).python_rows()
    without_year = store.query(
        "SELECT DISTINCT ?n WHERE { ?n skg:date ?d FILTER(DATATYPE(?d) = xsd:gMonthDay)"
        " FILTER NOT EXISTS { ?n skg:year|skg:startYear|skg:endYear ?y } }"
    ).python_rows()
    assert without_year  # the article's 7 October
    browser.open(out)
    page = browser.page
    assert page.evaluate("document.body.dataset.tab") == "timeline"
    dated = page.evaluate(
        "[...document.querySelectorAll('#timeline .tl-row .bar')].map(b => [b.closest('.tl-row').dataset.id, +b.dataset.start, b.getBoundingClientRect().left])"
    )
    assert {d[0] for d in dated} == {r["n"] for r in with_year}
    by_year = sorted(dated, key=lambda d: d[1])
    assert [d[2] for d in by_year] == sorted(d[2] for d in dated)  # later years further right
    undated = page.evaluate(
        "[...document.querySelectorAll('#timeline .tl-undated .tl-row')].map(r => [r.dataset.id, r.querySelectorAll('.bar').length, r.textContent])"
    )
    assert {u[0] for u in undated} == {r["n"] for r in without_year}
    assert all(bars == 0 and "7 October" in text and "year not given" in text for _, bars, text in undated)
    assert {
        r[0] for r in page.evaluate("[...document.querySelectorAll('#timeline .tl-row')].map(r => [r.dataset.kind])")
    } == {"fact", "claim", "phase"}
    # An item shows its evidence and leads to its node in the graph.
    page.click("#timeline .tl-row[data-id$='ilrs-stage-1']")
    assert "characters" in (page.text_content("#details") or "")
    page.click("#details button.goto")
    assert page.evaluate("document.body.dataset.tab") == "graph"
    assert page.evaluate("spacekgView.network.getSelectedNodes()") == ["https://w3id.org/spacekg/id/ilrs-stage-1"]
    claim = next(u[0] for u in undated if "/claim/" in u[0])
    page.click("#tab-timeline")
    page.click(f"#timeline .tl-row[data-id='{claim}']")
    assert "Claim by Vladimir Ermakov" in (page.text_content("#details") or "")
    assert browser.problems == []


def test_search_centres_and_selects_a_node(browser: Opened, view_file: Path) -> None:
    browser.open(view_file)
    browser.page.fill("#search", "Roscosmos")
    browser.page.press("#search", "Enter")
    selected = browser.page.evaluate("spacekgView.network.getSelectedNodes()")
    assert selected == ["https://w3id.org/spacekg/id/roscosmos"]
    assert browser.page.text_content("#details h2") == "Roscosmos"


def test_claims_are_drawn_apart_from_facts(view_file: Path, browser: Opened) -> None:
    browser.open(view_file)
    kinds = browser.page.evaluate("spacekgView.edges.get().map(e => [e.kind, e.dashes, e.stance, e.color])")
    assert {k[0] for k in kinds} == {"fact", "modal", "claim", "stance"}
    assert all(bool(dashes) for kind, dashes, _, _ in kinds if kind != "fact")
    colours = {(stance, colour) for kind, _, stance, colour in kinds if kind == "stance"}
    assert colours == {("supports", "#2ca02c"), ("opposes", "#d62728")}


HOSTILE_TEXT = (
    'Intro. <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> lead the ILRS.\n'
)


def hostile_build(tmp_path: Path) -> Path:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE_TEXT, encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    sentence = [len("Intro. "), len(HOSTILE_TEXT.rstrip())]
    facts = tmp_path / "hostile.yaml"
    facts.write_text(
        f"""spacekg: 1
source: {{id: hostile-source, type: NewsArticle, label: "Hostile", sha256: {digest}, characters: {len(HOSTILE_TEXT)}, mention: [0, 6]}}
entities:
  - id: evil
    type: SpaceAgency
    label: "<script>window.__pwned = 3</script>"
    aliases: ['<img src=x onerror="window.__pwned = 4">']
    description: "</script><script>window.__pwned = 5</script>"
    mention: {sentence}
  - id: ilrs
    type: Program
    label: "ILRS"
    mention: {sentence}
facts:
  - {{subject: evil, relation: leads, object: ilrs, evidence: [{sentence}]}}
""",
        encoding="utf-8",
    )
    graph = tmp_path / "hostile.ttl"
    built = runner.invoke(main, ["build", "--facts", str(facts), "--source", str(source), "--out", str(graph)])
    assert built.exit_code == 0, built.output
    out = tmp_path / "hostile.html"
    assert runner.invoke(main, ["view", "--graph", str(graph), "--out", str(out)]).exit_code == 0
    return out


def test_hostile_labels_and_quotes_never_run(browser: Opened, tmp_path: Path) -> None:
    page_file = hostile_build(tmp_path)
    browser.open(page_file)
    page = browser.page
    evil = "https://w3id.org/spacekg/id/evil"
    page.evaluate(f"spacekgView.network.selectNodes(['{evil}'])")
    page.fill("#search", "script")
    page.press("#search", "Enter")
    assert "<script>window.__pwned = 3</script>" in (page.text_content("#details") or "")
    edge = page.evaluate("spacekgView.edges.get()[0].id")
    page.evaluate(f"spacekgView.network.body.emitter.emit('hoverEdge', {{edge: '{edge}'}})")
    details = page.text_content("#details") or ""
    assert "<img src=x onerror=" in details  # the quote, shown as text
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('#details script, #details img').length") == 0
    assert [u for u in browser.requests if not u.startswith(("file:", "data:", "blob:"))] == []
    assert browser.problems == []


def test_filters(turtle_file: Path) -> None:
    graph = load_projection(turtle_file)
    focus = select(graph, Filters(focus="ilrs", depth=1))
    assert "https://w3id.org/spacekg/id/ilrs-stage-1" in focus and "https://w3id.org/spacekg/id/london" not in focus
    in_2030 = select(graph, Filters(year=2030))
    ids = {n.rsplit("/", 1)[1] for n in in_2030}
    assert "ilrs-stage-2" in ids and "ilrs-stage-1" not in ids and "ilrs-stage-3" not in ids
    assert "artemis-crewed-landing" not in ids and "pentagon-space-doctrine-2020" not in ids
    assert "russia" in ids  # undated nodes stay
    facts_only = select(graph, Filters(hide_claims=True))
    assert {d["kind"] for _, _, d in facts_only.edges(data=True)} == {"fact"}
    actors = select(graph, Filters(classes={"Agent"}))
    assert all("Agent" in d["classes"] for _, d in actors.nodes(data=True))
    leads = select(graph, Filters(relations={"leads"}))
    assert {d["predicate"].rsplit("#", 1)[1] for _, _, d in leads.edges(data=True)} == {"leads"}


def test_layout_is_deterministic_and_spread(turtle_file: Path) -> None:
    graph = load_projection(turtle_file)
    first, second = layout(graph), layout(graph)
    assert first == second
    positions = list(first.values())
    assert len({(round(x), round(y)) for x, y in positions}) == len(positions)  # no two nodes on one spot


def test_view_from_a_query(turtle_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("CONSTRUCT { ?a skg:leads ?p } WHERE { ?a skg:leads ?p }", encoding="utf-8")
    out = tmp_path / "q.html"
    result = runner.invoke(main, ["view", "--graph", str(turtle_file), "--query", str(query), "--out", str(out)])
    assert result.exit_code == 0, result.output
    # leads: Russia, China, Roscosmos, CNSA -> ILRS; NASA -> Artemis; Russia, China -> the robotic missions
    assert "(8 nodes, 7 edges)" in result.output
    select_query = tmp_path / "s.rq"
    select_query.write_text("SELECT ?s ?p ?o WHERE { ?s skg:partnerOf ?o BIND(skg:partnerOf AS ?p) }", encoding="utf-8")
    result = runner.invoke(main, ["view", "--graph", str(turtle_file), "--query", str(select_query), "--out", str(out)])
    assert "(4 nodes, 3 edges)" in result.output
    bad = tmp_path / "b.rq"
    bad.write_text("SELECT ?x WHERE { ?x a skg:Country }", encoding="utf-8")
    result = runner.invoke(main, ["view", "--graph", str(turtle_file), "--query", str(bad), "--out", str(out)])
    assert result.exit_code == 2 and "SELECT ?s ?p ?o" in result.output


def test_focus_on_unknown_node_is_a_clear_error(turtle_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["view", "--graph", str(turtle_file), "--focus", "atlantis", "--out", str(tmp_path / "x.html")]
    )
    assert result.exit_code == 2 and "'atlantis'" in result.output


def test_a_large_view_opens_with_every_edge_labels_apart_and_two_drawings(browser: Opened, tmp_path: Path) -> None:
    """Past 3,000 nodes the page draws the nodes alone first (to measure the
    labels), then the whole network once: every edge is there when it is
    ready, labels do not overlap, and no other full drawing came before."""
    from bench.view import synthetic

    from spacekg.graphs.view import render_html

    graph = synthetic(3200)
    out = tmp_path / "large.html"
    out.write_text(render_html(graph), encoding="utf-8")
    browser.page.add_init_script(
        "window.__drawings = 0; const clear = CanvasRenderingContext2D.prototype.clearRect;"
        "CanvasRenderingContext2D.prototype.clearRect = function (...a) { window.__drawings++; return clear.apply(this, a); };"
    )
    browser.page.goto(out.as_uri())
    browser.page.wait_for_selector("body[data-ready=true]", timeout=120_000)
    assert browser.problems == []
    counts = browser.page.evaluate("[spacekgView.nodes.length, spacekgView.edges.length, window.__drawings]")
    assert counts[:2] == [graph.number_of_nodes(), graph.number_of_edges()]
    assert counts[2] <= 3  # vis clears the canvas once per drawing; the old page drew four or five times
    boxes = browser.page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 20 and _intersections(boxes) == []
    # The first drawing drew the labelled nodes only: the others' bounding
    # boxes were updated without drawing, so the fit still takes in every node.
    outside = browser.page.evaluate("""() => {
      const net = spacekgView.network, box = document.getElementById('graph').getBoundingClientRect();
      return spacekgView.nodes.getIds().filter(id => {
        const b = net.getBoundingBox(id), a = net.canvasToDOM({x: b.left, y: b.top}), z = net.canvasToDOM({x: b.right, y: b.bottom});
        return !(a.x >= 0 && a.y >= 0 && z.x <= box.width && z.y <= box.height);
      }).length;
    }""")
    assert outside == 0
    # An edge's details wait in their own block until it is first shown.
    edge = browser.page.evaluate("spacekgView.edges.get()[0]")
    assert "relation" not in edge and "evidence" not in edge
    browser.page.evaluate(f"() => {{ spacekgView.network.body.emitter.emit('hoverEdge', {{edge: '{edge['id']}'}}); }}")
    assert browser.page.text_content("#details .kind") == "cooperates with"
    assert browser.page.text_content("#details .statement-kind") == "Fact"
    assert browser.problems == []


def test_the_page_keeps_what_is_drawn_apart_from_what_is_shown_on_hover() -> None:
    from spacekg.graphs.view import page_edges, page_nodes

    edges = [
        {"id": "e0", "from": "a", "to": "b", "kind": "fact", "color": "#777777", "dashes": False, "width": 1,
         "arrows": "to", "reported": False, "modality": "", "stance": "", "relation": "leads", "speakers": [],
         "summary": "", "evidence": [{"source": "s", "start": 1, "end": 2}], "statement": "", "reportedBy": ""},
        {"id": "e1", "from": "b", "to": "a", "kind": "claim", "color": "#ff7f0e", "dashes": [10, 6], "width": 1.5,
         "reported": True, "modality": "planned", "stance": "", "relation": "joins", "speakers": ["X"],
         "summary": "S", "evidence": [], "statement": "st", "reportedBy": "Y"},
    ]  # fmt: skip
    drawn, details = page_edges(edges)
    assert drawn == [
        {"id": "e0", "from": "a", "to": "b", "kind": "fact", "color": "#777777", "dashes": False},
        {"id": "e1", "from": "b", "to": "a", "kind": "claim", "color": "#ff7f0e", "dashes": [10, 6], "width": 1.5,
         "reported": True, "modality": "planned"},
    ]  # fmt: skip
    assert details == [
        {"relation": "leads", "evidence": [{"source": "s", "start": 1, "end": 2}]},
        {"relation": "joins", "reportedBy": "Y", "speakers": ["X"], "summary": "S", "statement": "st"},
    ]
    nodes = page_nodes([{"id": "a", "label": "", "wikidata": "", "years": "", "fullLabel": "A"},
                        {"id": "b", "label": "B", "wikidata": "http://www.wikidata.org/entity/Q1", "years": "2020"}])  # fmt: skip
    assert nodes == [{"id": "a", "label": "", "fullLabel": "A"},
                     {"id": "b", "label": "B", "wikidata": "http://www.wikidata.org/entity/Q1", "years": "2020"}]  # fmt: skip
