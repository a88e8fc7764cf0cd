"""Good-practice cases: the new schema fields one rule at a time, cross-file checks, listing and page."""

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from portal.types import load_dataset
from portal.core.errors import DataError
from portal.core.load import parse_yaml
from portal.types.cases import case_filters, case_listing, case_pages, is_related, period_text
from portal.rendering.dates import partial_date_text
from portal.leichte_sprache.fields import sentences
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document

ROOT = Path(__file__).resolve().parents[2]
CASE = SCHEMA_DIR / "good-practice.schema.json"

VALID = """title: Beispiel
summary: Ein Beispiel.
kind: Modellprojekt
sources: [{title: Q, url: "https://example.org/"}]
checked: "2026-01-15"
"""


def problems_for(extra: str, base: str = VALID):
    return validate_document(parse_yaml(base + extra, "data/good-practice/x.yaml"), CASE)


def test_valid_case_with_all_new_fields():
    extra = """sector: "C – Verarbeitendes Gewerbe"
target_group: [Werkstatt-Beschäftigte, Unternehmen]
what_happened: Es geschah etwas.
what_helped: [Gute Begleitung.]
obstacles: [Wenig bekannt.]
figures: [stata-stendal-agh-besetzt]
quotes: [{text: Schön., by: Eine Budgetnehmerin, date: "2025-01-01", consent: true}]
summary_leichte_sprache: Das ist ein Satz.
"""
    assert problems_for(extra) == []


def test_sector_is_a_wz_2008_section():
    [problem] = problems_for("sector: Gastronomie\n")
    assert problem.field == "sector"
    assert "I – Gastgewerbe" in problem.hint
    sectors = __import__("json").loads(CASE.read_text(encoding="utf-8"))["properties"]["sector"]["enum"]
    assert [sector[0] for sector in sectors] == list("ABCDEFGHIJKLMNOPQRSTU")


def test_target_group_is_a_closed_list():
    [problem] = problems_for("target_group: [Werkstattbeschaeftigte]\n")
    assert problem.field == "target_group[0]"
    assert "Werkstatt-Beschäftigte" in problem.hint


def test_quote_needs_consent_true():
    [problem] = problems_for('quotes: [{text: Z, by: B, date: "2025-01-01", consent: false}]\n')
    assert problem.field == "quotes[0].consent"
    assert problem.message == "„false“ muss true sein: Zitate nur mit Zustimmung der Person"
    assert problem.hint.startswith("Die Person hat der Veröffentlichung zugestimmt.")


def test_quote_needs_a_date():
    [problem] = problems_for("quotes: [{text: Z, by: B, consent: true}]\n")
    assert problem.field == "quotes[0].date"
    assert "Pflichtfeld „date“ fehlt" in problem.message


def test_html_in_what_helped_is_rejected():
    [problem] = problems_for("what_helped: ['<b>fett</b>']\n")
    assert problem.field == "what_helped[0]"
    assert "spitze Klammern" in problem.message


def test_source_without_url_needs_a_seed():
    base = VALID.replace('sources: [{title: Q, url: "https://example.org/"}]', "sources: [{title: Q}]")
    [problem] = problems_for("", base)
    assert problem.field == "sources[0].seed"
    assert "Pflichtfeld „seed“ fehlt" in problem.message
    seeded = VALID.replace('sources: [{title: Q, url: "https://example.org/"}]', "sources: [{title: Q, seed: 002_df185232e2d71f9b.txt, note: intern}]")
    assert problems_for("", seeded) == []


def test_source_url_must_still_be_https():
    base = VALID.replace("https://example.org/", "http://example.org/")
    [problem] = problems_for("", base)
    assert problem.field == "sources[0].url"


@pytest.mark.parametrize("value", ["2017-12", "2010", "2021-10-01"])
def test_period_may_be_as_precise_as_the_source(value):
    assert problems_for(f'period: {{start: "{value}"}}\n') == []


@pytest.mark.parametrize(("value", "message"), [("2017-13", "kein Datum"), ("2026-02-30", "kein gültiges Datum"), ("12.2017", "kein Datum")])
def test_impossible_period_is_rejected(value, message):
    [problem] = problems_for(f'period: {{start: "{value}"}}\n')
    assert problem.field == "period.start"
    assert message in problem.message


def test_partial_dates_are_shown_no_more_precise_than_given():
    assert partial_date_text("2021-10-01") == "1. Oktober 2021"
    assert partial_date_text("2017-12") == "Dezember 2017"
    assert partial_date_text("2010") == "2010"
    assert period_text({"start": "2018-03-15"}) == {"start": "2018-03-15", "start_text": "15. März 2018"}
    assert period_text(None) is None


def project(tmp_path: Path, case: str) -> Path:
    (tmp_path / "data" / "good-practice").mkdir(parents=True)
    (tmp_path / "data" / "statistics").mkdir()
    shutil.copy(ROOT / "data" / "statistics" / "stata-stendal-agh-besetzt.yaml", tmp_path / "data" / "statistics")
    (tmp_path / "data" / "good-practice" / "fall.yaml").write_text(case, encoding="utf-8")
    return tmp_path


def test_unknown_figure_series_is_a_german_problem_with_line(tmp_path):
    root = project(tmp_path, VALID + "figures:\n  - stata-stendal-agh-besetzt\n  - gibt-es-nicht\n")
    with pytest.raises(DataError) as caught:
        load_dataset(root)
    [problem] = [str(problem) for problem in caught.value.problems]
    assert problem.startswith("data/good-practice/fall.yaml:8 figures[1]:")
    assert "Zahlenreihe „gibt-es-nicht“ gibt es nicht" in problem
    assert "stata-stendal-agh-besetzt" in problem


def test_easy_summary_is_checked_for_errors(tmp_path):
    root = project(tmp_path, VALID + "summary_leichte_sprache: Das Programm ist für Menschen, die seit drei Jahren keine Arbeit hatten.\n")
    with pytest.raises(DataError) as caught:
        load_dataset(root)
    [problem] = caught.value.problems
    assert (problem.field, problem.line) == ("summary_leichte_sprache", 6)
    assert problem.message.startswith("Leichte Sprache: ")


def test_good_easy_summary_and_known_figure_pass(tmp_path):
    root = project(tmp_path, VALID + "figures: [stata-stendal-agh-besetzt]\nsummary_leichte_sprache: Das Programm hilft Menschen ohne Arbeit.\n")
    assert len(load_dataset(root).cases) == 1


def test_every_seed_project_is_a_case():
    dataset = load_dataset(ROOT)
    seeds = {source.get("seed") for case in dataset.cases for source in case["sources"]}
    assert {name for name in seeds if name}.issuperset(
        {"000_7eec460a18173ff6.txt", "001_366b4cd4ddf10220.txt", "002_df185232e2d71f9b.txt", "003_751572aa03cc44bd.txt", "004_1fdc031daa0a0dd4.txt"}
    )


def test_listing_is_newest_first_with_period_and_land():
    dataset = load_dataset(ROOT)
    listing = case_listing(dataset, "gute-praxis/index.md")
    newest_first = sorted(dataset.cases, key=lambda c: (c.get("period", {}).get("start", ""), c.slug), reverse=True)
    for group in ([case for case in newest_first if not is_related(case)], [case for case in newest_first if is_related(case)]):
        order = [listing.index(f"({case.slug}.md)") for case in group]
        assert order == sorted(order)
    assert "Verwandtes Programm (SGB II) · Hessen · <time datetime=\"2009\">2009</time> bis <time datetime=\"2010\">2010</time>" in listing
    assert "Modellprojekt · bundesweit ·" in listing


def test_related_programmes_are_listed_apart_with_how_they_differ():
    dataset = load_dataset(ROOT)
    related = [case for case in dataset.cases if is_related(case)]
    assert len(related) == 3, "Stendal, Jerichower Land und Neue Wege Bergstraße"
    listing = case_listing(dataset, "gute-praxis/index.md")
    filtered, apart = listing.split("## Verwandte Programme (SGB II)")
    for case in dataset.cases:
        assert (f"({case.slug}.md)" in apart) == is_related(case), case.slug
        assert (f"({case.slug}.md)" in filtered) != is_related(case), case.slug
    # The filtered list (#case-list) ends before the section; its filters never offer the related kind.
    assert filtered.index('id="case-list"') < filtered.rindex("</div>")
    assert "Verwandtes Programm (SGB II)" not in filtered
    assert "kein\nBudget für Arbeit und zahlen keinen Lohnkostenzuschuss nach § 61 SGB IX" in apart
    assert "nicht an Menschen mit Anspruch auf Werkstattleistungen" in apart
    easy = case_listing(dataset, "leichte-sprache/gute-praxis/index.md")
    easy_filtered, easy_apart = easy.split("## Andere Programme")
    for case in related:
        assert f"### {case['title']}" in easy_apart and case["title"] not in easy_filtered
    assert "Die Programme sind **nicht** für Menschen aus der Werkstatt." in easy_apart
    assert "Die Programme sind **kein** Budget für Arbeit." in easy_apart
    assert "Werkstatt in einen Betrieb" not in easy_apart


def test_perspective_is_a_label_and_a_filter():
    dataset = load_dataset(ROOT)
    listing = case_listing(dataset, "gute-praxis/index.md")
    filters = {item["name"]: item for item in case_filters([case for case in dataset.cases if not is_related(case)])}
    sicht = [(option["value"], option["label"]) for option in filters["sicht"]["options"]]
    assert sicht == [("employer", "Betrieb"), ("person", "Beschäftigte Person"), ("programme", "Träger oder Projekt")]
    assert '<select id="case-filter-sicht" name="sicht" data-field="perspective">' in listing
    assert '<option value="employer">Betrieb (3)</option>' in listing
    assert 'data-perspective="employer"' in listing
    assert '<span class="portal-case-perspective">Sicht: Betrieb</span>' in listing
    easy = case_listing(dataset, "leichte-sprache/gute-praxis/index.md")
    assert "- Wer erzählt: ein Betrieb" in easy and "- Wer erzählt: ein Mensch mit Budget" in easy
    pages = {page.src_uri: page.markdown for page in case_pages(dataset)}
    employer = pages["gute-praxis/gartenbiber-garten-und-landschaftsbau.md"]
    assert '<dt>Sicht</dt>\n  <dd data-pagefind-filter="Sicht">Betrieb</dd>' in employer
    assert "portal-related-note" not in employer
    stendal = pages["gute-praxis/stata-landkreis-stendal.md"]
    assert "Verwandtes Programm, kein Budget für Arbeit:" in stendal


def _case(slug: str, **fields):
    from portal.core.model import Record

    data = {"title": slug, "summary": "S", "kind": "Modellprojekt", "sources": [], "checked": "2026-01-01", **fields}
    return Record("case", slug, data, f"data/good-practice/{slug}.yaml", 1)


def test_listing_filters_offer_only_present_values_in_schema_order_with_counts():
    records = [
        _case("a", kind="Peer-Angebot", land="Sachsen-Anhalt", sector="I – Gastgewerbe", target_group=["Unternehmen", "Budgetnehmende"]),
        _case("b", kind="Budget für Arbeit", land="Bayern", sector="C – Verarbeitendes Gewerbe", target_group=["Unternehmen"]),
        _case("c", kind="Budget für Arbeit", target_group=["Werkstatt-Beschäftigte"]),
    ]
    filters = {item["name"]: item for item in case_filters(records)}
    assert list(filters) == ["art", "land", "branche", "zielgruppe"]  # no case names a perspective: no "Sicht" filter
    values = {name: [(option["value"], option["count"]) for option in item["options"]] for name, item in filters.items()}
    assert values["art"] == [("Budget für Arbeit", 2), ("Peer-Angebot", 1)]  # the schema's order, not the data's
    assert values["land"] == [("Bayern", 1), ("Sachsen-Anhalt", 1), ("bundesweit", 1)]
    assert values["branche"] == [("C – Verarbeitendes Gewerbe", 1), ("I – Gastgewerbe", 1)]
    assert values["zielgruppe"] == [("Budgetnehmende", 1), ("Unternehmen", 2), ("Werkstatt-Beschäftigte", 1)]
    # No case names a sector: no empty "Branche" filter.
    assert [item["name"] for item in case_filters([_case("d"), _case("e", land="Hessen")])] == ["art", "land"]


def test_listing_carries_the_filter_values_on_each_case_and_escapes_them():
    from portal.core.model import Record

    hostile = Record("case", "h", {"title": "T", "summary": "S", "kind": "Peer-Angebot", "land": "Hessen", "sources": [], "checked": "2026-01-01",
                                   "target_group": ['Un"ternehmen <b>']}, "h.yaml", 1)

    class Data:
        cases = [hostile]

    listing = case_listing(Data(), "gute-praxis/index.md")
    assert 'data-kind="Peer-Angebot" data-perspective="" data-land="Hessen" data-sector=""' in listing
    assert 'data-target="[&#34;Un\\&#34;ternehmen \\u003cb\\u003e&#34;]"' in listing
    assert "<b>" not in listing
    assert '<option value="Hessen">Hessen (1)</option>' in listing
    # The script comes with the page's front matter (components: [case-filter]), not with the listing.
    assert "<script" not in listing


def test_case_page_has_pagefind_filters_and_charts():
    dataset = load_dataset(ROOT)
    pages = {page.src_uri: page.markdown for page in case_pages(dataset)}
    stendal = pages["gute-praxis/stata-landkreis-stendal.md"]
    for name in ("Art", "Bundesland", "Zielgruppe"):
        assert f'data-pagefind-filter="{name}"' in stendal
    assert stendal.count('role="img"') == 4  # five series, two of them share one chart
    assert 'id="chart-stata-stendal-profilings"' in stendal


def test_case_page_escapes_hostile_text():
    from portal.core.model import Record

    record = Record("case", "x", {"title": "T", "summary": "S", "kind": "Peer-Angebot", "sources": [{"title": "<script>alert(1)</script>", "seed": "002_df185232e2d71f9b.txt"}],
                                  "what_helped": ["<img src=x onerror=alert(1)>"], "checked": "2026-01-01"}, "x.yaml", 1)

    class Data:
        cases = [record]
        statistics = {}

        def provider(self, name):
            return None

    [page] = case_pages(Data())
    assert "<script>alert" not in page.markdown and "&lt;script&gt;" in page.markdown
    assert "<img" not in page.markdown


def _without_titles(markdown: str) -> str:
    """The easy listings name each case or event by its (standard) title; everything else must be Leichte Sprache.

    The filter form's option labels (one per Land) are no sentence; the build's checker skips the form too.
    """
    lines, in_form = [], False
    for line in markdown.splitlines():
        in_form = in_form or line.startswith("<form")
        if not in_form and not line.startswith(("## ", "### ")):
            lines.append(line)
        in_form = in_form and not line.startswith("</form>")
    return "\n".join(lines)


def test_easy_listings_pass_the_leichte_sprache_checker_and_keep_dates_whole():
    from portal.leichte_sprache.checker import check_text, has_errors
    from portal.types.events import event_listing

    dataset = load_dataset(ROOT)
    now = datetime(2026, 11, 23, tzinfo=timezone.utc)
    cases = case_listing(dataset, "leichte-sprache/gute-praxis/index.md")
    upcoming = event_listing(dataset, "leichte-sprache/termine/index.md", now, when="upcoming")
    past = event_listing(dataset, "leichte-sprache/termine/index.md", now, when="past")
    for markdown in (cases, upcoming, past):
        findings = check_text(_without_titles(markdown))
        assert not has_errors(findings), [finding.message for finding in findings]
    # Every case shows its own Leichte-Sprache summary, one sentence per paragraph.
    for record in dataset.cases:
        for line in sentences(record.get("summary_leichte_sprache")):
            assert f"\n{line}\n" in cases
    assert "Das Treffen war am 18. März 2025 in Berlin.\n" in past
    assert "Wir kennen gerade keine neuen Termine." in upcoming
    assert "(../anbieter/index.md)" in upcoming
    assert 'data-easy="1"' in cases and "Bundes-Land" in cases and "ganz Deutschland" in cases
    # The standard listing is unchanged by the easy one.
    assert "Beispiele filtern" in case_listing(dataset, "gute-praxis/index.md")
