"""Exports never carry control or bidi characters; URLs with user-info are refused; phone links are dialable."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest
import yaml
from records import BASE

from portal.core.load import parse_yaml
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document
from portal.exports.calendar import event_ics
from portal.exports.opendata import providers_csv, providers_json
from portal.exports.vcard import provider_vcard
from portal.rendering.render import tel_href

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
INVISIBLE = re.compile("[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
PROVIDER = {
    "id": "a",
    "name": "Name\u200b mit\u00a0Text\n",
    "kind": "Integrationsfachdienst",
    "land": "Hessen",
    "description": "Erste Zeile\nzweite Zeile\n\n",
    "description_leichte_sprache": "Ein Satz.\nNoch ein Satz.\n",
    "hours": "Mo\u2066–Fr\u2069 9–12 Uhr\u0085",
    "source": {"title": "Q\u200f", "url": "https://example.org/"},
    "checked": "2026-01-15",
}


def test_open_data_carry_no_control_characters_and_no_trailing_newline():
    for content in (providers_json([PROVIDER], "2026-11-23").decode("utf-8"), providers_csv([PROVIDER]).decode("utf-8-sig")):
        body = content.replace("\r\n", "").replace("\n", "") if content.startswith("id,") else content
        assert not INVISIBLE.search(json.dumps(json.loads(content), ensure_ascii=False) if content.startswith("{") else body), content
    document = json.loads(providers_json([PROVIDER], "2026-11-23"))
    [record] = document["providers"]
    assert record["name"] == "Name mit Text"
    assert record["description"] == "Erste Zeile zweite Zeile"
    assert record["hours"] == "Mo–Fr 9–12 Uhr"


def test_calendar_and_vcard_carry_no_control_characters():
    event = {
        "slug": "2026-12-01-x",
        "title": "Titel\u202egnp.exe\n",
        "start": "2026-12-01T10:00:00+01:00",
        "end": "2026-12-01T11:00:00+01:00",
        "description": "Text\u200b\nmit Umbruch",
        "organiser_name": "Veranstalter\u2067",
    }
    text = event_ics(event, "example.org", NOW).decode("utf-8").replace("\r\n ", "").replace("\r\n", "")
    assert not INVISIBLE.search(text.replace("\\n", ""))
    card = provider_vcard(PROVIDER).decode("utf-8").replace("\r\n", "")
    assert not INVISIBLE.search(card)


@pytest.mark.parametrize(
    "url",
    ["https://evil.example@good.de/", "https://user:geheim@good.de/", "https://good.de/\u202egnp", "https://good.de/\u200b", "https://good.de/\n"],
)
@pytest.mark.parametrize("schema, path", [("providers.schema.json", ("providers", 0, "contact", "website")), ("event.schema.json", ("online_url",)), ("event.schema.json", ("source", "url"))])
def test_urls_with_user_info_or_invisible_characters_are_refused(url, schema, path):
    data = json.loads(json.dumps(BASE[schema]))
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = url
    problems = validate_document(parse_yaml(yaml.safe_dump(data, allow_unicode=True, width=10_000), "x.yaml"), SCHEMA_DIR / schema)
    assert [problem.field for problem in problems] == [".".join(str(part) for part in path).replace(".0.", "[0].")]
    assert "ist keine https-Adresse" in problems[0].message


def test_an_at_sign_in_the_path_is_fine():
    data = json.loads(json.dumps(BASE["event.schema.json"]))
    data["online_url"] = "https://good.de/@kanal"
    assert validate_document(parse_yaml(yaml.safe_dump(data, allow_unicode=True), "x.yaml"), SCHEMA_DIR / "event.schema.json") == []


@pytest.mark.parametrize(
    "phone, href",
    [
        ("+49 (0)30 1234567", "tel:+49301234567"),
        ("+49 (0) 30 / 12 34-56", "tel:+4930123456"),
        ("030 1234567", "tel:0301234567"),
        ("+49 30 1234567", "tel:+49301234567"),
        ("(030) 1234567", "tel:0301234567"),
    ],
)
def test_phone_links_are_dialable(phone, href):
    assert tel_href(phone) == href


WHOLE = {
    ("providers.schema.json", ("providers", 0, "id")): "probe",
    ("providers.schema.json", ("providers", 0, "address", "postal_code")): "12345",
    ("providers.schema.json", ("providers", 0, "contact", "phone")): "+49 1234 5678",
    ("providers.schema.json", ("providers", 0, "contact", "email")): "a@example.org",
    ("event.schema.json", ("organiser",)): "a",
    ("event.schema.json", ("registration", "email")): "a@example.org",
    ("event.schema.json", ("place", "postal_code")): "12345",
    ("event.schema.json", ("checked",)): "2026-01-15",
    ("glossary.schema.json", ("terms", 0, "id")): "wfbm",
    ("facts.schema.json", ("facts", 0, "id")): "anteil",
    ("statistics.schema.json", ("chart", "id")): "reihe",
}


@pytest.mark.parametrize("schema, path", list(WHOLE), ids=[f"{schema}:{'.'.join(map(str, path))}" for schema, path in WHOLE])
def test_patterns_match_whole_texts_so_a_final_newline_fails(schema, path):
    data = json.loads(json.dumps(BASE[schema]))
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = WHOLE[(schema, path)] + "\n"
    problems = validate_document(parse_yaml(yaml.safe_dump(data, allow_unicode=True), "x.yaml"), SCHEMA_DIR / schema)
    assert len(problems) == 1, problems
    target[path[-1]] = WHOLE[(schema, path)]
    assert validate_document(parse_yaml(yaml.safe_dump(data, allow_unicode=True), "x.yaml"), SCHEMA_DIR / schema) == []
