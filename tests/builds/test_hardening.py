"""Issue 15: every probe ends in a German message with file and line, or in a correct build.

Each failing probe is written into a copy of tests/fixtures/valid and built with
``python -m portal build``; the previous site stays untouched, no Python
traceback is printed and no staging folder is left behind.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from support import ROOT, build_site

EVENT = """title: Termin
start: "{start}"
end: "{end}"
format: Online
online_url: https://example.org/raum
organiser: beispiel-fachdienst-uelzen
source: {{title: Q, url: "https://example.org/"}}
checked: "2026-03-01"
"""
CASE = """title: Ein Beispiel
summary: Kurz gesagt.
kind: Modellprojekt
sources:
  - title: Quelle
    url: https://example.org/
checked: "2026-01-15"
"""
# Appended to the fixture's providers.yaml; {line} in the expected place is the line of "extra".
PROVIDER = """  - id: {id}
    name: N
    kind: Verband
    land: Hessen
    {extra}
    source: {{title: Q, url: "https://example.org/"}}
    checked: "2026-01-15"
"""
SERIES = """title: T
label: L
unit: Personen
description: D
chart: {id: reihe, title: C}
points:
  - {date: "2020-12-31", value: 1}
  - {date: "2021-12-31", value: .nan}
source: {title: Q, url: "https://example.org/"}
checked: "2026-01-15"
"""
# 338 bytes of nested aliases: 9^9 values once expanded.
ALIAS_BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
) + "title: x\n"


def rule_event(rule: str) -> str:
    return EVENT.format(start="2026-12-01T10:00:00+01:00", end="2026-12-01T11:00:00+01:00") + f'recurrence: "{rule}"\n'


# name: (file below data/, content (text or bytes), "file:line field" the message starts with, words in it)
PROBES = {
    "until-count-abc": ("events/2026-12-01-termin.yaml", rule_event("FREQ=DAILY;COUNT=ABC"), "data/events/2026-12-01-termin.yaml:9 recurrence", "COUNT=ABC liegt außerhalb"),
    "unknown-part": ("events/2026-12-01-termin.yaml", rule_event("FREQ=WEEKLY;FOO=BAR"), "data/events/2026-12-01-termin.yaml:9 recurrence", "„FOO“ ist kein Teil"),
    "bysetpos-400": ("events/2026-12-01-termin.yaml", rule_event("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400"), "data/events/2026-12-01-termin.yaml:9 recurrence", "BYSETPOS=400"),
    "freq-twice": ("events/2026-12-01-termin.yaml", rule_event("FREQ=DAILY;FREQ=SECONDLY"), "data/events/2026-12-01-termin.yaml:9 recurrence", "FREQ steht zweimal"),
    "impossible-rule": ("events/2026-12-01-termin.yaml", rule_event("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31"), "data/events/2026-12-01-termin.yaml:9 recurrence", "keinen einzigen Termin"),
    "winter-offset-in-summer": ("events/2027-07-01-termin.yaml", EVENT.format(start="2027-07-01T10:00:00+01:00", end="2027-07-01T11:00:00+02:00"), "data/events/2027-07-01-termin.yaml:2 start", "dort gilt +02:00"),
    "statistics-nan": ("statistics/reihe-probe.yaml", SERIES, "data/statistics/reihe-probe.yaml:8 points[1].value", "keine Zahl, mit der sich rechnen lässt"),
    "geo-inf": ("+providers.yaml", PROVIDER.format(id="a", extra="geo: {lat: .inf, lon: 8.5}"), "data/providers.yaml:{extra} providers[{index}].geo.lat", "keine Zahl"),
    "id-with-newline": ("+providers.yaml", PROVIDER.format(id='"probe\\n"', extra="region_served: R"), "data/providers.yaml:{id} providers[{index}].id", "keine gültige Kennung"),
    "url-with-user-info": ("+providers.yaml", PROVIDER.format(id="a", extra='contact: {website: "https://evil.example@good.de/"}'), "data/providers.yaml:{extra} providers[{index}].contact.website", "ist keine https-Adresse"),
    "alias-bomb": ("good-practice/bombe.yaml", ALIAS_BOMB, "data/good-practice/bombe.yaml:", "Verweise"),
    "deep-nesting": ("good-practice/tief.yaml", "title: " + "[" * 10_000 + "]" * 10_000 + "\n", "data/good-practice/tief.yaml:1", "tiefer als"),
    "complex-key": ("good-practice/schluessel.yaml", CASE + "? [a, b]\n: x\n", "data/good-practice/schluessel.yaml:8", "kein gültiger Feldname"),
    "integer-key": ("good-practice/zahl.yaml", CASE + "1: x\n", "data/good-practice/zahl.yaml:8", "„1“ ist kein gültiger Feldname"),
    "binary": ("good-practice/binaer.yaml", CASE + "what_happened: !!binary aGVsbG8=\n", "data/good-practice/binaer.yaml:8", "„!!binary“ ist nicht erlaubt"),
    "nul-byte": ("good-practice/nul.yaml", CASE.replace("Kurz gesagt.", "Kurz\x00 gesagt.").encode("utf-8"), "data/good-practice/nul.yaml:2", "U+0000"),
    "index-replaces-overview": ("good-practice/index.yaml", CASE, "data/good-practice/index.yaml:1", "ist vergeben"),
}


@pytest.mark.parametrize("name", PROBES)
def test_probe_ends_in_one_german_message_and_the_old_site_stays(name, project, tmp_path):
    relative, content, where, words = PROBES[name]
    root = project("valid")
    path = root / "data" / relative.lstrip("+")
    path.parent.mkdir(parents=True, exist_ok=True)
    if relative.startswith("+"):  # appended to the fixture's file: an entry at its end
        before = path.read_text(encoding="utf-8")
        lines = before.count("\n")
        where = where.format(id=lines + 1, extra=lines + 5, index=len(re.findall(r"^  - id:", before, re.M)))
        content = before + content
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("gute alte Fassung", encoding="utf-8")
    # A staging folder left by a killed build (its process is gone): the next build removes it.
    stale = tmp_path / ".site.new-999999999-abc"
    stale.mkdir()

    began = time.perf_counter()
    result = build_site(root, site)
    took = time.perf_counter() - began

    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    messages = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("data/")]
    assert len(messages) == 1, result.stderr
    assert messages[0].startswith(where), messages[0]
    assert words in messages[0], messages[0]
    assert [entry.name for entry in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "gute alte Fassung"
    assert not [entry for entry in tmp_path.iterdir() if entry.name.startswith(".site.new")]
    assert took < 60, f"{name} took {took:.0f} s"


def test_validate_rejects_what_build_rejects(project):
    """`portal validate` runs the same checks: the alias bomb and a bad rule fail fast there too."""
    import subprocess
    import sys

    root = project("valid")
    (root / "data" / "good-practice" / "bombe.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    (root / "data" / "events" / "2026-12-01-termin.yaml").write_text(rule_event("FREQ=DAILY;FREQ=SECONDLY"), encoding="utf-8")
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "portal", "--root", str(root), "validate"], capture_output=True, text=True)
    assert time.perf_counter() - began < 20
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/good-practice/bombe.yaml:" in result.stderr and "data/events/2026-12-01-termin.yaml:9 recurrence" in result.stderr


def test_a_symlink_is_refused_and_its_target_never_echoed(project, tmp_path):
    root = project("valid")
    secret = tmp_path / "geheim.txt"
    secret.write_text("title: GEHEIMER-INHALT-4711\n", encoding="utf-8")
    (root / "data" / "good-practice" / "verweis.yaml").symlink_to(secret)
    site = tmp_path / "site"
    result = build_site(root, site)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "data/good-practice/verweis.yaml: Die Datei oder der Ordner ist ein symbolischer Verweis" in result.stderr
    assert "GEHEIMER-INHALT-4711" not in result.stdout + result.stderr
    assert "geheim.txt" not in result.stdout + result.stderr
    assert not site.exists()


def test_two_glossary_entries_with_one_id_stop_the_build(project, tmp_path):
    root = project("valid")
    glossary = root / "data" / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    first_id = re.search(r"^  - id: (\S+)$", text, re.M).group(1)
    text += f"  - id: {first_id}\n    term: Zweiteintrag\n    explanation: E.\n    explanation_leichte_sprache: Ein Satz.\n"
    glossary.write_text(text, encoding="utf-8")
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"Die Kennung „{first_id}“ gibt es schon" in result.stderr


def test_an_unknown_inline_script_in_a_template_stops_the_build(project, tmp_path):
    root = project("valid")
    template = root / "overrides" / "main.html"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("{% block scripts %}", "{% block scripts %}\n  <script>console.log('unbekannt')</script>", 1), encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(root, site)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "unbekannte(s) Inline-Skript(e)" in result.stderr and "console.log('unbekannt')" in result.stderr
    assert not site.exists()


EVIL = '[x](https://overlay.example){: style="position:fixed;inset:0" }'


@pytest.fixture(scope="module")
def hostile_valid_site(tmp_path_factory):
    """Valid but unusual data: a hostile glossary term, UTC and all-day events, an UNTIL in UTC, a +49 (0) phone."""
    from support import FIXTURES, make_project

    base = tmp_path_factory.mktemp("hostile-valid")
    root = make_project(base / "project", FIXTURES / "valid" / "data")
    glossary = root / "data" / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8")
        + f"  - id: probe-abkuerzung\n    term: '{EVIL}'\n    abbreviation: PRB\n    explanation: E.\n    explanation_leichte_sprache: Ein Satz.\n",
        encoding="utf-8",
    )
    (root / "content" / "mitmachen.md").write_text((root / "content" / "mitmachen.md").read_text(encoding="utf-8") + "\nDie PRB hilft.\n", encoding="utf-8")
    events = root / "data" / "events"
    (events / "2026-12-08-utc-termin.yaml").write_text(
        EVENT.format(start="2026-12-08T14:00:00Z", end="2026-12-08T15:30:00Z") + 'recurrence: "FREQ=WEEKLY;UNTIL=20270630T220000Z"\n', encoding="utf-8"
    )
    (events / "2027-07-01-ganztags.yaml").write_text(EVENT.format(start="2027-07-01T00:00:00+02:00", end="2027-07-02T00:00:00+02:00") + "all_day: true\n", encoding="utf-8")
    providers = root / "data" / "providers.yaml"
    providers.write_text(providers.read_text(encoding="utf-8").replace("phone: +49 581 12345", 'phone: "+49 (0)581 12345"', 1), encoding="utf-8")
    site = base / "site"
    result = build_site(root, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_the_glossary_term_stays_in_the_tooltip_on_every_page(hostile_valid_site):
    pages = list(hostile_valid_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<a\b[^>]*overlay\.example", html), page
        assert "position:fixed;inset:0\"" not in html.replace("&quot;", '"').split("title=")[0], page
    mitmachen = (hostile_valid_site / "mitmachen" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="[x](https://overlay.example){: style=&quot;position:fixed;inset:0&quot; }">PRB</abbr>' in mitmachen


def test_utc_event_with_until_in_utc_builds_and_shows_german_time(hostile_valid_site):
    page = (hostile_valid_site / "termine" / "2026-12-08-utc-termin" / "index.html").read_text(encoding="utf-8")
    assert "15:00 Uhr" in page and "16:30 Uhr" in page
    ics = (hostile_valid_site / "termine" / "2026-12-08-utc-termin.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20261208T150000" in ics and "RRULE:FREQ=WEEKLY;UNTIL=20270630T220000Z" in ics
    assert '"startDate": "2026-12-08T15:00:00+01:00"' in page


def test_all_day_event_shows_days_and_agrees_on_the_last_day(hostile_valid_site):
    page = (hostile_valid_site / "termine" / "2027-07-01-ganztags" / "index.html").read_text(encoding="utf-8")
    when = re.search(r"<dt>Wann</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)
    assert "Uhr" not in when and "1. Juli 2027" in when and "2. Juli 2027" in when
    ics = (hostile_valid_site / "termine" / "2027-07-01-ganztags.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20270701" in ics and "DTEND;VALUE=DATE:20270703" in ics
    assert '"endDate": "2027-07-02"' in page


def test_a_phone_with_a_bracketed_zero_is_dialable(hostile_valid_site):
    page = (hostile_valid_site / "anbieter" / "beispiel-fachdienst-uelzen" / "index.html").read_text(encoding="utf-8")
    assert 'href="tel:+4958112345"' in page
    assert "tel:+490" not in page
