"""Leichte Sprache wherever the reader goes: easy labels, generated twins, their check, the start page, pictures."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from portal.build import Build
from portal.core import schemas
from portal.core.errors import DataError
from portal.core.schemas import EASY_LABELS, SCHEMA_DIR
from portal.leichte_sprache.checker import check_page, check_text
from portal.leichte_sprache.fields import name_allowances
from portal.leichte_sprache.markdown import visible_text
from portal.leichte_sprache.model import Severity
from portal.types.cases import easy_case_uri
from portal.types.providers import easy_provider_uri, finder_context

ROOT = Path(__file__).resolve().parents[2]
EASY = ROOT / "content" / "leichte-sprache"
CORE_PAGES = (
    "index.md",
    "budget-fuer-arbeit.md",
    "wer-kann-es-bekommen.md",
    "antrag.md",
    "geld-und-versicherung.md",
    "anleitung-und-begleitung.md",
    "zurueck-in-die-werkstatt.md",
    "budget-fuer-ausbildung.md",
    "beratung.md",
    "fragen.md",
    "hindernisse.md",
    "unternehmen.md",
    "fuer/werkstatt-beschaeftigte.md",
)
ICON = re.compile(r':material-([a-z0-9-]+):\{ \.portal-picture aria-hidden="true" \}')
MATERIAL_ICONS = Path(__import__("material").__file__).parent / "templates" / ".icons" / "material"


def errors(findings):
    return [finding for finding in findings if finding.severity is Severity.ERROR]


@pytest.fixture(scope="module")
def build():
    return Build.load(ROOT)


# Easy labels: one place (schema x-leichte-sprache), complete, themselves Leichte Sprache.


def test_every_value_of_every_finder_list_has_an_easy_label():
    provider = json.loads((SCHEMA_DIR / "providers.schema.json").read_text(encoding="utf-8"))["properties"]["providers"]["items"]["properties"]
    assert list(EASY_LABELS["kind"]) == provider["kind"]["enum"]
    for name in ("services", "accessibility", "online"):
        assert list(EASY_LABELS[name]) == provider[name]["items"]["enum"]
    assert EASY_LABELS["services"]["Jobcoaching"] != "Jobcoaching"
    assert EASY_LABELS["accessibility"]["Induktive Höranlage"] == "Technik für Hör-Geräte"
    assert EASY_LABELS["kind"]["Netzwerk/Projekt"] == "Gruppe oder Projekt"


@pytest.mark.parametrize("list_name", ["kind", "services", "accessibility", "online"])
def test_easy_labels_pass_the_checker(list_name):
    for value, label in EASY_LABELS[list_name].items():
        assert not errors(check_text(label + "\n")), f"{value} → {label}"
        assert "/" not in label and "(" not in label


def test_a_missing_easy_label_is_a_german_error_naming_the_value():
    node = {"enum": ["A", "B"], "x-leichte-sprache": {"A": "Ein A", "C": "Ein C"}}
    with pytest.raises(ValueError) as caught:
        schemas._easy_labels(node, "services")
    message = str(caught.value)
    assert "schemas/providers.schema.json, services" in message
    assert "Es fehlt: B." in message and "Nicht in der Liste: C." in message


def test_the_easy_finder_offers_easy_labels_and_links_easy_pages(build):
    easy = finder_context(build.dataset, "leichte-sprache/anbieter/index.md")
    standard = finder_context(build.dataset, "anbieter/index.md")
    assert "Üben und Lernen am Arbeits-Platz" in easy["services"] and "Jobcoaching" not in easy["services"]
    assert "Jobcoaching" in standard["services"]
    # Same positions, so both pages filter the shared finder.json.
    assert len(easy["kinds"]) == len(standard["kinds"]) and len(easy["accessibility"]) == len(standard["accessibility"])
    assert easy["easy_base"] == "./" and easy["provider_base"] == "../../anbieter/"


# Generated twins: only where there is easy text; each checked like a content page.


def test_twins_exist_exactly_for_records_with_easy_text(build):
    pages = {page.src_uri: page for page in build.pages()}
    for record in build.dataset.providers:
        assert (easy_provider_uri(record) in pages) == bool(record.get("description_leichte_sprache")), record.slug
    for record in build.dataset.cases:
        assert (easy_case_uri(record) in pages) == bool(record.get("summary_leichte_sprache")), record.slug
    assert any(uri.startswith("leichte-sprache/anbieter/") for uri in pages)
    assert any(uri.startswith("leichte-sprache/gute-praxis/") for uri in pages)


def test_every_generated_easy_page_passes_the_checker(build):
    easy = [page for page in build.pages() if page.src_uri.startswith("leichte-sprache/")]
    assert len(easy) >= 10
    for page in easy:
        assert not errors(check_page(page.markdown, page.src_uri, glossary=build.glossary_words)), page.src_uri
    assert not errors(build.findings)


def test_a_case_twin_shows_its_easy_title_and_easy_text(build):
    record = build.dataset.record("cases", "lwl-budget-fuer-arbeit-westfalen-lippe")
    page = next(page for page in build.pages() if page.src_uri == easy_case_uri(record))
    assert f"# {record['title_leichte_sprache']}" in page.markdown
    assert "Das Programm gibt es seit dem Jahr 2018." in page.markdown
    assert "fünf" not in page.markdown  # the standard title's number word stays on the standard page
    assert "[Mehr zum Beispiel in schwerer Sprache](../../gute-praxis/lwl-budget-fuer-arbeit-westfalen-lippe.md)" in page.markdown


def test_a_provider_twin_speaks_easy_labels_and_names_its_source(build):
    record = build.dataset.record("providers", "jobcenter-stendal")
    page = next(page for page in build.pages() if page.src_uri == easy_provider_uri(record)).markdown
    assert "Art von der Stelle: Job-Center" in page
    assert "Beratung für Betriebe" in page and "Arbeitgeberberatung" not in page
    assert f"[Quelle]({record['source']['url']})" in page
    assert "[Mehr über die Stelle in schwerer Sprache](../../anbieter/jobcenter-stendal.md)" in page


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def test_a_rule_breaking_title_on_a_generated_twin_names_data_file_and_field(tmp_path):
    root = _project(tmp_path)
    case = root / "data" / "good-practice" / "lwl-budget-fuer-arbeit-westfalen-lippe.yaml"
    text = case.read_text(encoding="utf-8")
    text = re.sub(r"^title_leichte_sprache: .*\n", "", text, flags=re.M)  # no easy title: the title stands on the twin
    case.write_text(text, encoding="utf-8")
    owner = Build.load(root)
    owner.pages()
    found = errors(owner.findings)
    assert found, "Der Titel mit dem Zahlwort fünf muss auffallen"
    finding = found[0]
    assert finding.path == "data/good-practice/lwl-budget-fuer-arbeit-westfalen-lippe.yaml"
    assert finding.line == 2  # the line of title
    assert finding.message.startswith("Feld title: ")
    assert "erzeugte Seite leichte-sprache/gute-praxis/lwl-budget-fuer-arbeit-westfalen-lippe.md" in finding.message


def test_a_rule_breaking_easy_field_stops_loading_with_file_line_and_field(tmp_path):
    root = _project(tmp_path)
    providers = root / "data" / "providers.yaml"
    text = providers.read_text(encoding="utf-8")
    text = text.replace("Das Job-Center zahlt Geld für das Leben.", "Das Job-Center zahlt nach § 19 SGB II (Bürgergeld) Geld.", 1)
    providers.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Build.load(root)
    report = caught.value.report()
    assert "data/providers.yaml" in report and "description_leichte_sprache" in report and "Leichte Sprache:" in report


def test_names_are_allowed_only_for_the_rules_names_break():
    allowed = name_allowances(["Budgetkompetenz (ISL e. V.)", "10117", None], "Name")
    pairs = {(entry["rule"], entry["word"]) for entry in allowed}
    assert ("lange-woerter", "Budgetkompetenz") in pairs
    assert ("abkuerzungen", "ISL") in pairs and ("abkuerzungen", "e. V.") in pairs
    assert ("sonderzeichen", "(") in pairs and ("grosse-zahlen", "10117") in pairs
    assert not any(rule in ("satzlaenge", "zahlwoerter", "datum") for rule, _ in pairs)
    assert all(entry["reason"] == "Name" for entry in allowed)
    # A full stop inside a name does not make the rest of the name a second sentence.
    broken = {(entry["rule"], entry["word"]) for entry in name_allowances(["Meier & Co. Tabelle"], "Name")}
    assert ("satz-pro-zeile", "Tabelle") in broken and ("satz-pro-zeile", "Meier") not in broken


# Pictures: Material's icons through pymdownx.emoji; decorative, never instead of words.


def test_icon_shortcodes_are_pictures_not_words_for_the_checker():
    blocks = visible_text(':material-briefcase-account:{ .portal-picture aria-hidden="true" } Sie arbeiten.\n', has_front_matter=False).blocks
    assert [text for block in blocks for _, text in block.pieces] == [" Sie arbeiten."]


@pytest.mark.parametrize("page", CORE_PAGES)
def test_core_easy_pages_carry_a_decorative_picture_beside_words(page):
    text = (EASY / page).read_text(encoding="utf-8")
    pictures = [line for line in text.splitlines() if ":material-" in line]
    assert pictures, f"{page}: kein Bild"
    for line in pictures:
        match = ICON.match(line)
        assert match, f"{page}: Bild ohne aria-hidden oder nicht am Zeilenanfang: {line}"
        assert (MATERIAL_ICONS / f"{match.group(1)}.svg").exists(), f"{page}: Symbol {match.group(1)} fehlt in Material"
        assert line[match.end() :].strip().endswith((".", "?", "!")), f"{page}: Bild ohne Satz daneben: {line}"


def test_the_emoji_extension_keeps_its_python_names_in_the_plain_config(tmp_path):
    """mkdocs.yml names Material's emoji index and generator; the generator-neutral config writes them back as tags."""
    from portal.generate import PythonName, plain_config, write_plain_config

    config = plain_config(ROOT / "mkdocs.yml", tmp_path, [])
    emoji = next(item["pymdownx.emoji"] for item in config["markdown_extensions"] if isinstance(item, dict) and "pymdownx.emoji" in item)
    assert emoji["emoji_index"] == PythonName("material.extensions.emoji.twemoji") and isinstance(emoji["emoji_index"], PythonName)
    target = tmp_path / "mkdocs.yml"
    write_plain_config(Build.load(ROOT), ROOT / "mkdocs.yml", tmp_path, target)
    written = target.read_text(encoding="utf-8")
    assert "emoji_index: !!python/name:material.extensions.emoji.twemoji" in written
    assert "emoji_generator: !!python/name:material.extensions.emoji.to_svg" in written


# The start page and headings.


def test_start_page_list_items_are_links_and_the_amt_is_named():
    text = (EASY / "index.md").read_text(encoding="utf-8")
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert items and all(re.fullmatch(r"- \[[^\]]+\]\([^)]+\.md\)", item) for item in items), items
    assert "Diese Seite ist in schwerer Sprache." not in text
    assert "Träger von der Eingliederungs-Hilfe" in text
    assert re.search(r"\]\((zustaendig|zustaendigkeit)\.md\)", text)


def test_no_numbered_thing_headings_in_easy_pages():
    for page in EASY.rglob("*.md"):
        for line in page.read_text(encoding="utf-8").splitlines():
            assert not re.match(r"#+ .*\bDing \d", line), f"{page.relative_to(ROOT)}: {line}"
