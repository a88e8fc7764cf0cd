"""Every seed's project is on the built site with its dates and figures exactly as the seed states them."""

import html
import re
from pathlib import Path

from portal.rendering.render import date_de

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / ".." / "shared" / "seeds"


def seed(prefix: str) -> str:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def page(site: Path, slug: str) -> str:
    text = (site / "gute-praxis" / slug / "index.html").read_text(encoding="utf-8")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def german(dotted: str) -> str:
    """01.10.2021 (as the seeds write dates) → 1. Oktober 2021 (as the pages show them)."""
    day, month, year = dotted.split(".")
    return date_de(f"{year}-{month}-{day}")


def test_the_seeds_are_there():
    assert SEEDS.is_dir(), f"{SEEDS} fehlt: die Projektdokumente liegen neben dem Arbeitsbaum"
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_hessen_dates_and_users(built_site):
    text = seed("000")
    start = re.search(r"Projektbeginn: (\d\d\.\d\d\.\d{4})", text).group(1)
    end = re.search(r"Projektende: (\d\d\.\d\d\.\d{4})", text).group(1)
    users = re.search(r"nur (\d+) Menschen genutzt", text).group(1)
    shown = page(built_site, "hessen-budget-fuer-arbeit-bekannt-machen")
    assert f"{german(start)} bis {german(end)}" in shown
    assert f"nur {users} Menschen" in shown


def test_budgetkompetenz_period(built_site):
    start, end = re.search(r"Projektdauer: (\d\d\.\d\d\.\d{4}) – (\d\d\.\d\d\.\d{4})", seed("001")).groups()
    assert f"{german(start)} bis {german(end)}" in page(built_site, "budgetkompetenz-koordinierung-bundesweit")


def test_stendal_figures_and_end(built_site):
    text = seed("002")
    projects, places, providers = re.search(r"(\d+) Projekte mit (\d+) Einsatzstellen bei (\d+) regionalen Trägern", text).groups()
    filled, day = re.search(r"Stichtag (\d\d\.\d\d\.\d{4}) insgesamt (\d+) der", text).group(2, 1)
    extension = re.search(r"Verlängerung bis (\d\d\.\d\d\.\d{4})", text).group(1)
    shown = page(built_site, "stata-landkreis-stendal")
    assert f"{projects} Projekte mit {places} Einsatzstellen bei {providers} regionalen Trägern" in shown
    assert f"Stichtag {day} waren {filled} der {places} Einsatzstellen besetzt" in shown
    assert f"Dezember 2017 bis {german(extension)}" in shown
    assert "Dezember 2017" in text


def test_jerichower_land_start_and_providers(built_site):
    text = seed("003")
    start = re.search(r"Der Start der Projekte erfolgt zum (\d\d\.\d\d\.\d{4})", text).group(1)
    places = re.search(r"Ideen für (mehr als \d+ Beschäftigungsplätze)", text).group(1)
    shown = page(built_site, "stata-ideenwettbewerb-jerichower-land")
    assert f"ab {german(start)}" in shown
    assert places in shown
    for fact in ("Qualifizierungs- und Strukturförderungsgesellschaft mbH Genthin", "Tafelgärten", "Kleiderkammer"):
        assert fact in text and fact in shown


def test_neue_wege_towns_and_start(built_site):
    text = seed("004")
    towns = re.search(r"Kommunalprojekt mit (\w+, \w+ und \w+)", text).group(1)
    day = re.search(r"das Projekt am (\d+\. \w+),", text).group(1)
    assert "in den Jahren 2009 und 2010" in text
    shown = page(built_site, "neue-wege-kommunalprojekt-bergstrasse")
    assert towns in shown
    # The release names the day without a year and the years only as the planned run: no inferred start date.
    assert "2009 bis 2010" in shown and day in shown
    assert f"{day} 2009" not in shown


def test_case_pages_carry_the_pagefind_filters(built_site):
    raw = (built_site / "gute-praxis" / "stata-landkreis-stendal" / "index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-filter="Bundesland">Sachsen-Anhalt<' in raw
    assert 'data-pagefind-filter="Zielgruppe">Langzeitarbeitslose<' in raw
    assert raw.count('role="img"') == 4


def test_event_page_has_json_ld(built_site):
    raw = (built_site / "termine" / "2025-03-18-budgetkompetenz-netzwerkveranstaltung" / "index.html").read_text(encoding="utf-8")
    assert '<script type="application/ld+json">' in raw and '"@type": "Event"' in raw
