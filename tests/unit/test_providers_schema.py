"""Every rule of schemas/providers.schema.json: a broken fixture and the German message it produces.

Each file in tests/fixtures/providers-broken/ holds one defect. The test loads it
as data/providers.yaml of a throwaway project and expects exactly one problem
with file, line, field, message and a hint on how to fix it. A second test walks
the schema and fails if any rule is not broken by some fixture.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

from portal.types import load_dataset
from portal.core.errors import DataError

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "fixtures" / "providers-broken"
SCHEMA = json.loads((ROOT / "schemas" / "providers.schema.json").read_text(encoding="utf-8"))
DISPLAY = "data/providers.yaml"
# JSON-Schema keywords that are rules (the others describe or structure).
RULE_KEYWORDS = {"type", "required", "additionalProperties", "enum", "pattern", "minLength", "maxLength", "minItems", "uniqueItems", "minProperties", "minimum", "maximum", "format"}

# fixture → (field, words the message must contain, words the hint must contain)
EXPECTED = {
    "required-name": ("providers[0].name", "Pflichtfeld „name“ fehlt", "Offizieller Name"),
    "required-source": ("providers[0].source", "Pflichtfeld „source“ fehlt", "Quelle"),
    "required-id": ("providers[0].id", "Pflichtfeld „id“ fehlt", "Feste Kennung"),
    "required-kind": ("providers[0].kind", "Pflichtfeld „kind“ fehlt", "Art der Stelle"),
    "required-land": ("providers[0].land", "Pflichtfeld „land“ fehlt", "Bundesland"),
    "required-checked": ("providers[0].checked", "Pflichtfeld „checked“ fehlt", "Stand"),
    "root-missing": ("providers", "Pflichtfeld „providers“ fehlt", "Liste aller Anbieter"),
    "root-type": ("", "Die Datei muss Felder mit Namen enthalten", "CONTRIBUTING.md"),
    "root-unknown": ("extra", "Unbekanntes Feld „extra“", "Erlaubt sind: providers"),
    "providers-type": ("providers", "ist eine Gruppe von Feldern, erwartet wird eine Liste", "„- “"),
    "entry-type": ("providers[0]", "ist ein Text, erwartet wird eine Gruppe von Feldern", "eingerückt"),
    "unknown-field": ("providers[0].webseite", "Unbekanntes Feld „webseite“", "Erlaubt sind:"),
    "id-pattern": ("providers[0].id", "ist keine gültige Kennung", "Beispiel: isl-budgetkompetenz"),
    "id-reserved": ("providers[0].id", "„index“ und „bundesland“ sind vergeben", "Beispiel"),
    "id-too-long": ("providers[0].id", "erlaubt sind höchstens 80", "Kürzen Sie ihn"),
    "id-duplicate": ("providers[1].id", "Die Kennung „ifd-musterstadt“ gibt es schon", "wählen Sie eine andere"),
    "name-html": ("providers[0].name", "enthält spitze Klammern", "Beispiel"),
    "name-empty": ("providers[0].name", "Das Feld ist leer", "lassen Sie das Feld ganz weg"),
    "name-too-long": ("providers[0].name", "erlaubt sind höchstens 200", "Kürzen Sie ihn"),
    "kind-enum": ("providers[0].kind", "ist kein erlaubter Wert", "Meinten Sie „Integrationsfachdienst“?"),
    "land-enum": ("providers[0].land", "„Hesen“ ist kein erlaubter Wert", "Meinten Sie „Hessen“?"),
    "kreis-control": ("providers[0].kreis", "unsichtbare Steuerzeichen", "Beispiel"),
    "kreis-empty": ("providers[0].kreis", "Das Feld ist leer", ""),
    "kreis-too-long": ("providers[0].kreis", "höchstens 120", ""),
    "region-empty": ("providers[0].region_served", "Das Feld ist leer", "Beispiel: bundesweit"),
    "region-too-long": ("providers[0].region_served", "höchstens 200", ""),
    "region-html": ("providers[0].region_served", "spitze Klammern", ""),
    "services-type": ("providers[0].services", "ist ein Text, erwartet wird eine Liste", "„- “"),
    "services-enum": ("providers[0].services[0]", "„Jobcoching“ ist kein erlaubter Wert", "Meinten Sie „Jobcoaching“?"),
    "services-empty": ("providers[0].services", "Die Liste ist leer", "mindestens 1"),
    "services-duplicate": ("providers[0].services", "doppelt", "Löschen Sie die Wiederholung"),
    "address-unknown": ("providers[0].address.hausnummer", "Unbekanntes Feld „hausnummer“", "Erlaubt sind: postal_code, street, town"),
    "address-town-missing": ("providers[0].address.town", "Pflichtfeld „town“ fehlt", "Ort"),
    "postal-code": ("providers[0].address.postal_code", "ist keine fünfstellige Postleitzahl", "Beispiel: 12345"),
    "street-html": ("providers[0].address.street", "spitze Klammern", ""),
    "street-empty": ("providers[0].address.street", "Das Feld ist leer", ""),
    "street-too-long": ("providers[0].address.street", "höchstens 200", ""),
    "town-empty": ("providers[0].address.town", "Das Feld ist leer", ""),
    "town-too-long": ("providers[0].address.town", "höchstens 120", ""),
    "town-html": ("providers[0].address.town", "spitze Klammern", ""),
    "geo-lat-north": ("providers[0].geo.lat", "„60.1“ ist zu groß, erlaubt ist höchstens 55.1", "Breitengrad in Deutschland"),
    "geo-lat-south": ("providers[0].geo.lat", "„40.0“ ist zu klein, erlaubt ist mindestens 47.2", "Beispiel: 52.6058"),
    "geo-lon-west": ("providers[0].geo.lon", "ist zu klein, erlaubt ist mindestens 5.8", "Längengrad"),
    "geo-lon-east": ("providers[0].geo.lon", "ist zu groß, erlaubt ist höchstens 15.1", "Längengrad"),
    "geo-lon-missing": ("providers[0].geo.lon", "Pflichtfeld „lon“ fehlt", "Längengrad"),
    "geo-type": ("providers[0].geo.lat", "„52,1“ ist ein Text, erwartet wird eine Zahl", "52.6058"),
    "geo-unknown": ("providers[0].geo.alt", "Unbekanntes Feld „alt“", "Erlaubt sind: lat, lon"),
    "contact-empty": ("providers[0].contact", "Die Gruppe ist leer", "mindestens eine Angabe"),
    "contact-unknown": ("providers[0].contact.fax", "Unbekanntes Feld „fax“", "Erlaubt sind:"),
    "phone": ("providers[0].contact.phone", "ist keine Telefonnummer", "Beispiel: +49 30 1234567"),
    "email": ("providers[0].contact.email", "ist keine E-Mail-Adresse", "Beispiel: info@example.org"),
    "email-too-long": ("providers[0].contact.email", "höchstens 200", ""),
    "website-http": ("providers[0].contact.website", "ist keine https-Adresse", "Beispiel: https://www.example.org"),
    "website-too-long": ("providers[0].contact.website", "höchstens 500", ""),
    "contact-form-javascript": ("providers[0].contact.contact_form", "„javascript:alert(1)“ ist keine https-Adresse", "Beispiel: https://www.example.org/kontakt"),
    "contact-form-too-long": ("providers[0].contact.contact_form", "höchstens 500", ""),
    "online-enum": ("providers[0].online[0]", "„Beratung per Brief“ ist kein erlaubter Wert", "Erlaubt sind: Beratung am Telefon"),
    "online-empty": ("providers[0].online", "Die Liste ist leer", ""),
    "online-duplicate": ("providers[0].online", "doppelt", ""),
    "accessibility-enum": ("providers[0].accessibility[0]", "„Rollstuhlgerecht“ ist kein erlaubter Wert", "Rollstuhlgerechte Toilette"),
    "accessibility-empty": ("providers[0].accessibility", "Die Liste ist leer", ""),
    "accessibility-duplicate": ("providers[0].accessibility", "doppelt", ""),
    "languages-semicolon": ("providers[0].languages[0]", "enthält spitze Klammern, ein Semikolon oder Steuerzeichen", "Beispiel: Englisch"),
    "languages-empty": ("providers[0].languages", "Die Liste ist leer", ""),
    "languages-item-empty": ("providers[0].languages[0]", "Das Feld ist leer", ""),
    "languages-item-too-long": ("providers[0].languages[0]", "höchstens 60", ""),
    "languages-duplicate": ("providers[0].languages", "doppelt", ""),
    "hours-empty": ("providers[0].hours", "Das Feld ist leer", ""),
    "hours-html": ("providers[0].hours", "spitze Klammern", ""),
    "hours-too-long": ("providers[0].hours", "höchstens 300", ""),
    "description-too-long": ("providers[0].description", "2001 Zeichen lang, erlaubt sind höchstens 2000", "Kürzen Sie ihn"),
    "description-html": ("providers[0].description", "spitze Klammern", ""),
    "description-empty": ("providers[0].description", "Das Feld ist leer", ""),
    "easy-html": ("providers[0].description_leichte_sprache", "spitze Klammern", ""),
    "easy-empty": ("providers[0].description_leichte_sprache", "Das Feld ist leer", ""),
    "easy-too-long": ("providers[0].description_leichte_sprache", "höchstens 1000", ""),
    "source-url-http": ("providers[0].source.url", "ist keine https-Adresse", "Beispiel: https://budget-kompetenz.de/"),
    "source-url-too-long": ("providers[0].source.url", "höchstens 500", ""),
    "source-title-missing": ("providers[0].source.title", "Pflichtfeld „title“ fehlt", "Titel der Quelle"),
    "source-url-missing": ("providers[0].source.url", "Pflichtfeld „url“ fehlt", "Adresse der Quelle"),
    "source-title-empty": ("providers[0].source.title", "Das Feld ist leer", ""),
    "source-title-too-long": ("providers[0].source.title", "höchstens 200", ""),
    "source-title-html": ("providers[0].source.title", "spitze Klammern", ""),
    "source-unknown": ("providers[0].source.datum", "Unbekanntes Feld „datum“", "Erlaubt sind: title, url"),
    "checked-format": ("providers[0].checked", "„2026-13-01“ ist kein gültiges Datum", "Beispiel: 2026-11-23"),
    "checked-pattern": ("providers[0].checked", "„23.11.2026“ ist kein Datum in der Form JJJJ-MM-TT", "Beispiel: 2026-11-23"),
}


def _fixtures() -> list[Path]:
    return sorted(path for path in BROKEN.glob("*.yaml") if path.stem != "valid")


def _load(tmp_path: Path, fixture: Path):
    (tmp_path / "data").mkdir()
    shutil.copy(fixture, tmp_path / "data" / "providers.yaml")
    return load_dataset(tmp_path)


def _expected(stem: str, text: str) -> tuple[str, str, str]:
    if stem in EXPECTED:
        return EXPECTED[stem]
    # type-<path>: a value of the wrong type; the message names both types.
    assert stem.startswith("type-"), f"{stem}: no expectation listed"
    return "", "erwartet wird", ""


def test_the_valid_entry_loads(tmp_path):
    dataset = _load(tmp_path, BROKEN / "valid.yaml")
    assert [record.slug for record in dataset.providers] == ["ifd-musterstadt"]


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda path: path.stem)
def test_broken_fixture_gives_a_german_problem(tmp_path, fixture):
    text = fixture.read_text(encoding="utf-8")
    with pytest.raises(DataError) as caught:
        _load(tmp_path, fixture)
    problems = caught.value.problems
    field, message, hint = _expected(fixture.stem, text)
    # One defect, one field (a date like 23.11.2026 breaks both its form and its pattern).
    assert len({problem.field for problem in problems}) == 1, "\n".join(map(str, problems))
    matching = [problem for problem in problems if message in problem.message]
    assert matching, "\n".join(map(str, problems))
    problem = matching[0]
    assert problem.file == DISPLAY
    if field:
        assert problem.field == field
    assert hint in problem.hint, str(problem)
    assert problem.hint, f"no fix suggested: {problem}"
    # The line points at the field (or, when the field is missing, at its group).
    if not problem.field:  # the whole file is wrong
        return
    assert problem.line > 0
    line = text.splitlines()[problem.line - 1]
    last = problem.field.rsplit(".", 1)[-1].split("[")[0]
    assert last in line or line.lstrip().startswith("-") or problem.message.startswith("Pflichtfeld") or last in ("providers", ""), f"line {problem.line}: {line!r} for {problem}"
    # The report editors see carries all four parts.
    report = str(problem)
    assert report.startswith(f"{DISPLAY}:{problem.line} {problem.field}: ") and " – " in report


def _rules(schema: dict, path: tuple = ()) -> set[tuple]:
    rules = set()
    for key, value in schema.items():
        if key in RULE_KEYWORDS:
            rules.add(path + (key,))
        if key in ("properties",):
            for name, sub in value.items():
                rules |= _rules(sub, path + ("properties", name))
        elif key == "items" and isinstance(value, dict):
            rules |= _rules(value, path + ("items",))
    return rules


def test_every_schema_rule_is_broken_by_a_fixture():
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    covered = set()
    for fixture in _fixtures():
        data = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        for error in validator.iter_errors(data):
            covered.add(tuple(error.schema_path))
    missing = sorted("/".join(map(str, rule)) for rule in _rules(SCHEMA) - covered)
    assert not missing, "Regeln ohne kaputtes Beispiel in tests/fixtures/providers-broken/:\n" + "\n".join(missing)


def test_contributing_example_is_valid_and_shows_every_field(tmp_path):
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Einen Anbieter eintragen", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "providers.yaml").write_text("providers:\n" + example, encoding="utf-8")
    record = load_dataset(tmp_path).providers[0]
    fields = SCHEMA["properties"]["providers"]["items"]["properties"]
    assert set(record.data) == set(fields)
    for group in ("address", "geo", "contact", "source"):
        assert set(record[group]) == set(fields[group]["properties"]), group
