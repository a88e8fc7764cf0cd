"""What depends on the build date, read from built HTML and the build log.

/termine/ with and without upcoming events (no raw Markdown, a useful empty
state in both languages), and the list of facts whose check is older than
twelve months once the build date moves forward.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import FIXTURES, build_site, make_project

# 2028-01-10 12:00 Berlin: every fact (checked 2026) is older than twelve months, the fixture's event is past.
LATER = "1831114800"
LISTINGS = ("termine/index.html", "leichte-sprache/termine/index.html")


def main_text(site: Path, path: str) -> str:
    """The page's main content (what Pagefind indexes), without theme chrome."""
    html = (site / path).read_text(encoding="utf-8")
    return html.split("data-pagefind-body", 1)[1].split("</article>", 1)[0]


def upcoming_part(html: str) -> str:
    """From the heading of upcoming events to the heading of past ones."""
    return re.split(r'<h2 id="(?:vergangene|alte)-termine"', html.split('-termine">', 1)[1], maxsplit=1)[0]


def assert_no_raw_markup(html: str, path: str) -> None:
    for raw in ("{:", "{ :", "portal:", "markdown=\"1\""):
        assert raw not in html, f"{path}: „{raw}“ steht als Text auf der Seite"


def assert_good_empty_state(html: str, path: str) -> None:
    upcoming = upcoming_part(html)
    assert 'class="portal-empty"' in upcoming, f"{path}: der leere Zustand fehlt"
    assert re.search(r'href="(\.\./)*beratung/"', upcoming), f"{path}: kein Hinweis auf die Beratung"
    assert re.search(r'href="(\.\./)*(termine/)?termine\.ics"', upcoming), f"{path}: kein Hinweis auf den Kalender"


@pytest.fixture(scope="module")
def fixture_sites(tmp_path_factory):
    """The invented fixture data built today (an upcoming event) and at a later build date (none upcoming)."""
    base = tmp_path_factory.mktemp("build-date")
    root = make_project(base / "project", FIXTURES / "valid" / "data")
    sites = {}
    for name, extra in (("today", {}), ("later", {"SOURCE_DATE_EPOCH": LATER})):
        result = build_site(root, base / name, extra)
        assert result.returncode == 0, result.stderr
        sites[name] = (base / name, result.stdout + result.stderr)
    return sites


@pytest.mark.parametrize("path", LISTINGS)
def test_without_upcoming_events_the_real_site_shows_a_useful_empty_state(built_site, path):
    html = main_text(built_site, path)
    assert_no_raw_markup(html, path)
    assert_good_empty_state(html, path)
    words = "Zurzeit kennen wir keine kommenden Termine." if path.startswith("termine") else "Wir kennen gerade keine neuen Termine."
    assert words in html


@pytest.mark.parametrize("path", LISTINGS)
def test_with_an_upcoming_event_it_is_listed_and_no_empty_state_shows(fixture_sites, path):
    site, _log = fixture_sites["today"]
    html = main_text(site, path)
    assert_no_raw_markup(html, path)
    upcoming = upcoming_part(html)
    assert "Kommende Sprechstunde" in upcoming
    assert "portal-empty" not in upcoming
    assert "termine.ics" in upcoming


@pytest.mark.parametrize("path", LISTINGS)
def test_when_the_event_has_passed_the_empty_state_shows(fixture_sites, path):
    site, _log = fixture_sites["later"]
    html = main_text(site, path)
    assert_no_raw_markup(html, path)
    assert_good_empty_state(html, path)
    assert "Kommende Sprechstunde" not in upcoming_part(html)


def test_the_build_log_lists_stale_facts_once_the_build_date_moves_forward(fixture_sites):
    _site, today = fixture_sites["today"]
    assert "seit mehr als 12 Monaten nicht geprüft" not in today
    _site, later = fixture_sites["later"]
    assert re.search(r"INFO\s+-\s+HINWEIS: \d+ Angaben in data/facts\.yaml seit mehr als 12 Monaten nicht geprüft", later), later[-3000:]
    assert re.search(r"data/facts\.yaml:\d+ lohnkostenzuschuss-hoechstanteil: zuletzt geprüft am 30\. November 2026 – Quelle: https://www\.gesetze-im-internet\.de/", later)
    # A listing, not a failure: the strict build went through.
    assert "WARNING" not in later.split("HINWEIS", 1)[1].split("\n", 1)[0]
