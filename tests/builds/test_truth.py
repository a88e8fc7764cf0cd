"""Issue 13: every corrected legal or money statement is on the built pages with its condition, in both languages.

The test reads the pages of one strict build (the ``built_site`` fixture) as a reader sees them: tags
removed, entities decoded, white space collapsed. For each statement it checks that the condition the
statute sets is stated, and that the old slogans are gone from the whole site.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SLOGANS = ("ohne Ende", "ohne zeitliche Grenze", "immer zurück")


def text(site: Path, page: str) -> str:
    """The visible text of a built page (``budget-fuer-arbeit`` → site/budget-fuer-arbeit/index.html)."""
    raw = (site / page / "index.html").read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())
    return re.sub(r" ([.,:;?!])", r"\1", shown)  # a linked word followed by a full stop: "Arbeit </a>." reads "Arbeit."


def easy(page: str) -> str:
    return f"leichte-sprache/{page}"


def test_no_slogan_remains_anywhere_on_the_site(built_site):
    found = []
    for path in built_site.rglob("*.html"):
        content = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())
        found += [f"{path.relative_to(built_site)}: {slogan}" for slogan in SLOGANS if slogan.lower() in content.lower()]
    assert not found, found


@pytest.mark.parametrize("page", ["budget-fuer-arbeit", "geld-und-versicherung", "unternehmen", "fragen"])
def test_duration_follows_the_individual_case_and_the_traeger_decides(built_site, page):
    shown = text(built_site, page)
    assert "Das Gesetz nennt keine Höchstdauer" in shown
    assert "§ 61 Abs. 2 Satz 3 SGB IX" in shown
    assert "Der zuständige Träger entscheidet, bewilligt für einen Zeitraum und prüft danach neu" in shown


@pytest.mark.parametrize("page", ["geld-und-versicherung", "unternehmen", "fragen", "budget-fuer-arbeit"])
def test_duration_in_leichte_sprache(built_site, page):
    shown = text(built_site, easy(page))
    assert "Das Amt entscheidet, wie lange der Betrieb das Geld bekommt." in shown


def test_the_calculator_states_the_share_follows_the_reduced_performance(built_site):
    shown = text(built_site, "rechner")
    assert "Der Anteil folgt der verminderten Leistung der beschäftigten Person" in shown
    assert "75 % sind der gesetzliche Höchstwert, nicht der Regelfall" in shown
    raw = (built_site / "rechner" / "index.html").read_text(encoding="utf-8")
    field = re.search(r'<input id="rechner-anteil"[^>]*>', raw).group(0)
    assert "value=" not in field, f"Der Rechner gibt einen Anteil vor: {field}"
    script = (built_site / "assets" / "components" / "calculator" / "calculator.js").read_text(encoding="utf-8")
    assert "Der Rechner gibt keinen Anteil vor" in script
    assert "verminderten Leistung" in script


@pytest.mark.parametrize("page", ["budget-fuer-arbeit", "unternehmen", "fragen"])
def test_double_counting_only_for_schwerbehindert_or_gleichgestellt(built_site, page):
    shown = text(built_site, page)
    assert "zählt ein schwerbehinderter Mensch" in shown
    assert "§ 159 Abs. 2a SGB IX" in shown
    assert "für gleichgestellte behinderte Menschen gilt das ebenso" in shown
    assert "Ohne Schwerbehinderung oder Gleichstellung zählt die Person nicht auf die Pflichtarbeitsplätze" in shown
    assert "zählt eine Person mit Budget für Arbeit" not in shown


def test_double_counting_condition_in_leichte_sprache_and_checklist(built_site):
    assert "Das gilt nur für Menschen mit Schwer-Behinderung oder mit Gleich-Stellung." in text(built_site, easy("unternehmen"))
    assert "Nur dann zählt sie für die ersten 2 Jahre doppelt" in text(built_site, "praxishilfen/checkliste-arbeitgeber")


@pytest.mark.parametrize("page", ["geld-und-versicherung", "wer-kann-es-bekommen"])
def test_pay_is_tariff_or_local_rate_not_as_much_as_colleagues(built_site, page):
    assert "tarifvertraglicher oder, wo kein Tarifvertrag gilt, ortsüblicher Bezahlung (§ 61 Abs. 1 SGB IX)" in text(built_site, page) or page == "wer-kann-es-bekommen"
    shown = text(built_site, easy(page))
    assert "Ihr Lohn ist so hoch wie im Tarif-Vertrag oder wie in Ihrer Gegend üblich." in shown
    assert "so hoch wie bei anderen Menschen im Betrieb" not in shown


@pytest.mark.parametrize("page", ["budget-fuer-arbeit", "zurueck-in-die-werkstatt", "fragen", "geld-und-versicherung"])
def test_return_right_holds_while_still_entitled(built_site, page):
    shown = text(built_site, page)
    assert "weiter leistungsberechtigt ist" in shown
    assert "§ 220 Abs. 3 SGB IX" in shown


@pytest.mark.parametrize("page", ["budget-fuer-arbeit", "zurueck-in-die-werkstatt", "fragen", "geld-und-versicherung", "hindernisse"])
def test_return_right_condition_in_leichte_sprache(built_site, page):
    shown = text(built_site, easy(page))
    assert "Recht auf die Werkstatt" in shown
    assert "Sie haben dann ein Recht auf einen Platz in der Werkstatt." in shown


def test_woanders_means_another_leistungsanbieter(built_site):
    shown = text(built_site, easy("wer-kann-es-bekommen"))
    assert "woanders" not in shown
    assert "Vielleicht arbeiten Sie bei einem anderen Anbieter." in shown
    assert "Der Anbieter macht die gleiche Arbeit wie eine Werkstatt." in shown
    assert "keine anerkannte Werkstatt" in text(built_site, "wer-kann-es-bekommen")


def test_budget_fuer_ausbildung_payer_depends_on_the_group(built_site):
    shown = text(built_site, "budget-fuer-ausbildung")
    assert "in der Regel die Bundesagentur für Arbeit" in shown
    assert "Anspruch auf den Arbeitsbereich** (§ 58 SGB IX)" not in shown  # Markdown rendered, not shown raw
    assert "in der Regel der Träger der Eingliederungshilfe" in shown
    assert "§ 63 Abs. 1 bis 3 SGB IX" in shown
    assert "Meist ist die Bundesagentur für Arbeit zuständig" not in shown
    easy_shown = text(built_site, easy("budget-fuer-ausbildung"))
    assert "Dann bezahlt meistens die Agentur für Arbeit." in easy_shown
    assert "Für Menschen aus dem Arbeits-Bereich bezahlt meistens das Amt für Eingliederungs-Hilfe." in easy_shown
    assert "in der Regel der Träger der Eingliederungshilfe" in text(built_site, "zustaendigkeit")


def test_budget_fuer_ausbildung_covers_accident_insurance_and_sources_erstausbildung(built_site):
    shown = text(built_site, "budget-fuer-ausbildung")
    assert "des Beitrags zur Unfallversicherung" in shown and "§ 61a Abs. 2 SGB IX" in shown
    assert "Nach den Rechtlichen Arbeitsanweisungen der Deutschen Rentenversicherung" in shown
    assert "steht das Wort „erste“ nicht" in shown
    assert "Versicherung bei einem Unfall bei der Arbeit" in text(built_site, easy("budget-fuer-ausbildung"))
    assert "Es ist Ihre erste Ausbildung." not in text(built_site, easy("budget-fuer-ausbildung"))


@pytest.mark.parametrize("page", ["budget-fuer-arbeit", "geld-und-versicherung", "fragen"])
def test_unemployment_insurance_condition_with_dated_source(built_site, page):
    shown = text(built_site, page)
    assert "die volle Erwerbsminderung festgestellt haben (§ 28 Abs. 1 Nr. 2 SGB III)" in shown
    assert "Rente wegen voller Erwerbsminderung" in shown
    if page != "fragen":
        assert "reha-recht.de, Beitrag A7-2024 vom 18. April 2024" in shown


def test_unemployment_insurance_condition_in_leichte_sprache(built_site):
    for page in ("geld-und-versicherung", "fragen"):
        shown = text(built_site, easy(page))
        assert "Vielleicht hat ein Amt festgestellt: Sie sind voll erwerbs-gemindert." in shown
        assert "Dann haben Sie keine Arbeitslosen-Versicherung." in shown


def test_event_attendance_is_marked_as_announced(built_site):
    shown = text(built_site, "termine/2025-03-18-budgetkompetenz-netzwerkveranstaltung")
    assert "Die Ankündigung vor dem Treffen nannte rund 100 erwartete Teilnehmende" in shown
    assert "Etwa 100 Menschen aus ganz Deutschland waren dabei" not in shown


def test_inferred_places_and_years_are_marked(built_site):
    jerichow = text(built_site, "gute-praxis/stata-ideenwettbewerb-jerichower-land")
    assert "erschlossen aus den Namen der empfohlenen Träger" in jerichow
    neue_wege = text(built_site, "gute-praxis/neue-wege-kommunalprojekt-bergstrasse")
    assert "aus der Lage der drei Gemeinden erschlossen" in neue_wege
    assert "das Jahr nennt die Mitteilung nur über die geplante Laufzeit" in neue_wege


def test_sgb_ii_programmes_are_their_own_kind_and_not_said_to_leave_the_werkstatt(built_site):
    for slug in ("stata-landkreis-stendal", "stata-ideenwettbewerb-jerichower-land", "neue-wege-kommunalprojekt-bergstrasse"):
        shown = text(built_site, f"gute-praxis/{slug}")
        assert "Verwandtes Programm (SGB II)" in shown
        assert "Anders als das Budget für Arbeit" in shown
    listing = text(built_site, easy("gute-praxis"))
    assert "So kommen Menschen aus der Werkstatt in einen Betrieb." not in listing
    assert "Diese Menschen kommen nicht aus der Werkstatt." in listing


# --- data ------------------------------------------------------------------------------------------


def _cases() -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "data" / "good-practice").glob("*.yaml"))]


def test_at_least_ten_real_budget_stories_three_from_the_employers_side(built_site):
    stories = [case for case in _cases() if case["kind"] in ("Budget für Arbeit", "Budget für Ausbildung")]
    assert len(stories) >= 10, [case["title"] for case in stories]
    assert sum(case.get("perspective") == "employer" for case in stories) >= 3
    for case in stories:
        assert case["checked"] == "2026-11-30", case["title"]
        assert case.get("summary_leichte_sprache"), case["title"]
        assert any(source.get("url", "").startswith("https://") for source in case["sources"]), case["title"]
    employers = [case for case in stories if case.get("perspective") == "employer"]
    assert all(case.get("sector") or "Gemeinde" in case["summary_leichte_sprache"] for case in employers)


def test_every_story_page_is_built_with_its_source_link(built_site):
    for path in sorted((ROOT / "data" / "good-practice").glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw = (built_site / "gute-praxis" / path.stem / "index.html").read_text(encoding="utf-8")
        for source in case["sources"]:
            if "url" in source:
                assert f'href="{html.escape(source["url"], quote=True)}"' in raw, (path.stem, source["url"])


def test_glossary_has_forty_terms_in_both_languages(built_site):
    terms = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 40
    assert all(term["explanation"].strip() and term["explanation_leichte_sprache"].strip() for term in terms)
    names = {term["term"] for term in terms} | {variant for term in terms for variant in term.get("variants", [])}
    for required in ("Integrationsamt", "Inklusionsamt", "Einheitliche Ansprechstelle für Arbeitgeber", "Träger der Eingliederungshilfe", "Gesamtplan", "Arbeitsassistenz", "Mindestlohn", "Tarifvertrag", "Erwerbsminderungsrente", "Grundsicherung", "Schwerbehindertenausweis", "Gleichstellung", "Ausgleichsabgabe", "Jobcoach", "Zuschuss", "Rente", "Werkstatt"):
        assert required in names, required
    standard, easy_page = text(built_site, "woerterbuch"), text(built_site, easy("woerterbuch"))
    for term in terms:
        assert term["term"] in standard and term["term"] in easy_page, term["term"]


def test_every_fact_has_a_source_url_and_its_own_check_date():
    facts = yaml.safe_load((ROOT / "data" / "facts.yaml").read_text(encoding="utf-8"))["facts"]
    for fact in facts:
        assert fact["source"]["url"].startswith("https://"), fact["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fact["checked"]), fact["id"]
    statutes = {fact["id"]: fact["source"]["url"] for fact in facts}
    assert statutes["rueckkehrrecht"].endswith("/sgb_9_2018/__220.html")
    assert statutes["doppelte-anrechnung-bedingung"].endswith("/sgb_9_2018/__159.html")
    assert statutes["arbeitslosenversicherung-bedingung"].endswith("/sgb_3/__28.html")
    assert statutes["budget-fuer-ausbildung-traeger"].endswith("/sgb_9_2018/__63.html")


def test_figures_budget_fuer_ausbildung_and_lvr_are_shown_with_their_count_dates(built_site):
    shown = text(built_site, "zahlen")
    assert "Am 31. Dezember 2022 meldeten die Träger der Eingliederungshilfe 29 Personen mit einem Budget für Ausbildung" in shown
    assert "Im Jahr 2023 erhielten 312 Personen im Rheinland ein Budget für Arbeit" in shown
    assert "Eine vollständige Aufteilung nach Bundesländern haben wir in keiner Quelle gefunden" in shown
    series = yaml.safe_load((ROOT / "data" / "statistics" / "budget-fuer-arbeit-deutschland.yaml").read_text(encoding="utf-8"))
    assert [(point["date"], point["value"]) for point in series["points"]] == [("2020-12-31", 1679), ("2021-12-31", 2472), ("2022-12-31", 2950), ("2023-12-31", 3457)]
