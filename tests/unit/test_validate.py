"""Schema rules with German messages: one rule, one test."""

import pytest

from portal.core.load import parse_yaml
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document

PROVIDERS = SCHEMA_DIR / "providers.schema.json"
EVENT = SCHEMA_DIR / "event.schema.json"
CASE = SCHEMA_DIR / "good-practice.schema.json"

VALID_PROVIDER = """providers:
  - id: beispiel
    name: Beispielstelle
    kind: Integrationsfachdienst
    land: Hessen
    source:
      title: Quelle
      url: https://example.org/
    checked: "2026-01-15"
"""


def problems_for(text: str, schema=PROVIDERS):
    return validate_document(parse_yaml(text, "data/providers.yaml"), schema)


def with_line(field: str, value: str) -> str:
    return VALID_PROVIDER + f"    {field}: {value}\n"


def test_valid_provider_has_no_problems():
    assert problems_for(VALID_PROVIDER) == []


def test_unknown_bundesland_suggests_the_closest():
    [problem] = problems_for(VALID_PROVIDER.replace("land: Hessen", "land: Hesen"))
    assert (problem.line, problem.field) == (5, "providers[0].land")
    assert "Meinten Sie „Hessen“" in problem.hint


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "http://example.org", "https://exa mple.org"])
def test_website_must_be_https(url):
    [problem] = problems_for(with_line("contact", "{website: '" + url + "'}"))
    assert problem.field == "providers[0].contact.website"
    assert "keine https-Adresse" in problem.message


def test_unknown_field_gets_did_you_mean():
    [problem] = problems_for(with_line("descripton", "Text"))
    assert problem.field == "providers[0].descripton"
    assert problem.line == 10
    assert "Meinten Sie „description“" in problem.hint


def test_missing_required_field_is_named():
    [problem] = problems_for(VALID_PROVIDER.replace("    kind: Integrationsfachdienst\n", ""))
    assert problem.field == "providers[0].kind"
    assert "Pflichtfeld „kind“ fehlt" in problem.message


def test_impossible_date_is_rejected():
    [problem] = problems_for(VALID_PROVIDER.replace('"2026-01-15"', '"2026-02-30"'))
    assert problem.field == "providers[0].checked"
    assert "kein gültiges Datum" in problem.message


def test_html_in_a_text_field_is_rejected():
    [problem] = problems_for(VALID_PROVIDER.replace("name: Beispielstelle", "name: <b>fett</b>"))
    assert "spitze Klammern" in problem.message


def test_bidi_control_character_is_rejected():
    [problem] = problems_for(VALID_PROVIDER.replace("name: Beispielstelle", 'name: "Stelle \\u202e lieb"'))
    assert "Steuerzeichen" in problem.message


def test_postal_code_needs_five_digits():
    [problem] = problems_for(with_line("address", "{town: Ort, postal_code: '1234'}"))
    assert "fünfstellige Postleitzahl" in problem.message


def test_too_long_text_names_the_limit():
    [problem] = problems_for(VALID_PROVIDER.replace("name: Beispielstelle", "name: " + "x" * 10_000))
    assert "höchstens 200" in problem.message


def test_online_event_needs_a_link():
    text = """title: T
start: "2026-12-01T10:00:00+01:00"
end: "2026-12-01T11:00:00+01:00"
format: Online
organiser: beispiel
source: {title: Q, url: "https://example.org/"}
checked: "2026-01-15"
"""
    [problem] = validate_document(parse_yaml(text, "data/events/x.yaml"), EVENT)
    assert problem.field == "online_url"
    assert "Pflichtfeld" in problem.message


def test_event_time_needs_a_zone():
    text = """title: T
start: "2026-12-01T10:00"
end: "2026-12-01T11:00:00+01:00"
format: Präsenz
place: {town: Ort}
organiser: beispiel
source: {title: Q, url: "https://example.org/"}
checked: "2026-01-15"
"""
    [problem] = validate_document(parse_yaml(text, "data/events/x.yaml"), EVENT)
    assert problem.field == "start"


def test_case_kind_is_a_closed_list():
    text = """title: T
summary: S
kind: Irgendwas
sources: [{title: Q, url: "https://example.org/"}]
checked: "2026-01-15"
"""
    [problem] = validate_document(parse_yaml(text, "data/good-practice/x.yaml"), CASE)
    assert problem.field == "kind"
    assert "Modellprojekt" in problem.hint


def test_every_schema_field_has_german_description_and_examples():
    import json

    def walk(node, path):
        if isinstance(node, dict):
            if "type" in node:
                assert node.get("description"), f"{path}: description fehlt"
                assert node.get("examples"), f"{path}: examples fehlen"
            for key, value in node.get("properties", {}).items():
                walk(value, f"{path}.{key}")
            if "items" in node:
                walk(node["items"], f"{path}[]")

    schemas = sorted(SCHEMA_DIR.glob("*.schema.json"))
    assert len(schemas) >= 3
    for schema_path in schemas:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        assert schema["description"]
        for key, value in schema["properties"].items():
            walk(value, f"{schema_path.name}:{key}")
