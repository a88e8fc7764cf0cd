"""The researched "who is responsible" data: schema-valid, complete for 16 Länder, consistent.

data/responsible/bodies.yaml lists the bodies; data/responsible/rules/<land>.yaml holds one
Land's rules. These tests check the real files, not fixtures: every file passes its schema,
every Land has exactly one rules file, every Kreis key of a regional mapping is a five-digit
key of that Land, every referenced body exists and belongs to the Land (or is bundesweit),
and all 17 Integrations-/Inklusionsämter are present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from portal.core.validate import FORMATS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "responsible"
SCHEMAS = ROOT / "schemas"

LAND_PREFIX = {
    "Schleswig-Holstein": "01", "Hamburg": "02", "Niedersachsen": "03", "Bremen": "04",
    "Nordrhein-Westfalen": "05", "Hessen": "06", "Rheinland-Pfalz": "07", "Baden-Württemberg": "08",
    "Bayern": "09", "Saarland": "10", "Berlin": "11", "Brandenburg": "12",
    "Mecklenburg-Vorpommern": "13", "Sachsen": "14", "Sachsen-Anhalt": "15", "Thüringen": "16",
}
# Kreise and kreisfreie Städte per Land where a rule maps every Kreis (Destatis Kreisliste).
KREIS_COUNT = {"Bayern": 96, "Nordrhein-Westfalen": 53}


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FORMATS)


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


BODIES = _load(DATA / "bodies.yaml")["bodies"]
BODY_BY_ID = {body["id"]: body for body in BODIES}
RULE_FILES = sorted((DATA / "rules").glob("*.yaml"))
RULES = {path: _load(path) for path in RULE_FILES}


def _errors(validator: Draft202012Validator, document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_bodies_file_passes_its_schema():
    assert _errors(_validator("responsible-bodies.schema.json"), _load(DATA / "bodies.yaml")) == []


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rules_file_passes_its_schema(path):
    assert _errors(_validator("responsibility-rules.schema.json"), RULES[path]) == []


def test_every_data_file_names_its_schema_for_editors():
    assert (DATA / "bodies.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../schemas/responsible-bodies.schema.json\n")
    for path in RULE_FILES:
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../../schemas/responsibility-rules.schema.json\n"), path.name


def test_all_16_laender_have_exactly_one_rules_file():
    lands = [rules["land"] for rules in RULES.values()]
    assert sorted(lands) == sorted(LAND_PREFIX)
    assert len(RULE_FILES) == 16


def test_body_ids_are_unique():
    ids = [body["id"] for body in BODIES]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def test_17_integrationsaemter_and_every_land_has_one():
    aemter = [body for body in BODIES if body["kind"] == "integrationsamt"]
    assert len(aemter) == 17
    per_land = {}
    for body in aemter:
        per_land.setdefault(body["land"], []).append(body["id"])
    assert set(per_land) == set(LAND_PREFIX)
    assert len(per_land["Nordrhein-Westfalen"]) == 2
    assert all(len(ids) == 1 for land, ids in per_land.items() if land != "Nordrhein-Westfalen")


def _references(rules):
    """(section, body id) for every body the rules point at."""
    for section in ("eingliederungshilfe", "integrationsamt", "ansprechstellen_arbeitgeber"):
        part = rules[section]
        if "body" in part:
            yield section, part["body"]
        for body_id in part.get("bodies_by_kreis", {}).values():
            yield section, body_id
    yield "budget_fuer_ausbildung", rules["budget_fuer_ausbildung"]["eingangsverfahren_berufsbildungsbereich"]


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_every_referenced_body_exists_and_fits(path):
    rules = RULES[path]
    for section, body_id in _references(rules):
        assert body_id in BODY_BY_ID, f"{path.name}: {section} verweist auf unbekannte Stelle {body_id!r}"
        body = BODY_BY_ID[body_id]
        assert body["land"] in (rules["land"], "bundesweit"), f"{path.name}: {body_id} gehört zu {body['land']}"
        if section == "integrationsamt":
            assert body["kind"] == "integrationsamt", f"{path.name}: {body_id} ist kein Integrationsamt"
        if section == "eingliederungshilfe":
            assert body["kind"] in ("traeger-eingliederungshilfe", "durchfuehrende-stelle"), body_id
        if section == "budget_fuer_ausbildung":
            assert body["kind"] == "agentur-fuer-arbeit"
        if section == "ansprechstellen_arbeitgeber":
            assert body["kind"] == "ansprechstelle-arbeitgeber", f"{path.name}: {body_id} ist keine EAA"


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_kreis_keys_are_five_digits_of_the_land(path):
    rules = RULES[path]
    prefix = LAND_PREFIX[rules["land"]]
    for section in ("eingliederungshilfe", "integrationsamt"):
        for key in rules[section].get("bodies_by_kreis", {}):
            assert re.fullmatch(r"[0-9]{5}", key), f"{path.name}: {key!r} ist kein fünfstelliger Kreisschlüssel"
            assert key.startswith(prefix), f"{path.name}: {key} gehört nicht zu {rules['land']} ({prefix})"


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_regional_mappings_list_every_kreis_of_the_land(path):
    rules = RULES[path]
    for section in ("eingliederungshilfe", "integrationsamt"):
        part = rules[section]
        if part["mode"] != "regional_bodies":
            continue
        assert rules["land"] in KREIS_COUNT, f"{path.name}: für {rules['land']} ist keine Kreiszahl hinterlegt"
        assert len(part["bodies_by_kreis"]) == KREIS_COUNT[rules["land"]], (path.name, section)


def test_bavarian_bezirk_follows_the_regierungsbezirk_digit():
    rules = next(r for r in RULES.values() if r["land"] == "Bayern")
    bezirk = {"1": "bezirk-oberbayern", "2": "bezirk-niederbayern", "3": "bezirk-oberpfalz",
              "4": "bezirk-oberfranken", "5": "bezirk-mittelfranken", "6": "bezirk-unterfranken",
              "7": "bezirk-schwaben"}
    mapping = rules["eingliederungshilfe"]["bodies_by_kreis"]
    assert all(body == bezirk[key[2]] for key, body in mapping.items())
    assert mapping["09564"] == "bezirk-mittelfranken"  # Nürnberg
    assert mapping["09162"] == "bezirk-oberbayern"  # München


def test_nrw_splits_into_rheinland_and_westfalen_lippe():
    rules = next(r for r in RULES.values() if r["land"] == "Nordrhein-Westfalen")
    egh = rules["eingliederungshilfe"]["bodies_by_kreis"]
    amt = rules["integrationsamt"]["bodies_by_kreis"]
    assert egh.keys() == amt.keys()
    assert sum(1 for b in egh.values() if b == "lvr") == 26
    assert sum(1 for b in egh.values() if b == "lwl") == 27
    assert egh["05315"] == "lvr" and amt["05315"] == "lvr-inklusionsamt"  # Köln
    assert egh["05515"] == "lwl" and amt["05515"] == "lwl-inklusionsamt-arbeit"  # Münster


def test_unknown_rules_say_where_to_ask_and_name_no_body():
    for path, rules in RULES.items():
        for section in ("eingliederungshilfe", "integrationsamt", "ansprechstellen_arbeitgeber"):
            part = rules[section]
            if part["mode"] == "unknown":
                assert part["note"].strip(), (path.name, section)
                assert "body" not in part and "bodies_by_kreis" not in part, (path.name, section)


def test_every_source_is_https_and_every_check_date_is_set():
    for body in BODIES:
        assert body["source"]["url"].startswith("https://"), body["id"]
    for path, rules in RULES.items():
        for section in ("eingliederungshilfe", "budget_fuer_ausbildung", "integrationsamt", "ansprechstellen_arbeitgeber"):
            part = rules[section]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", part["checked"]), (path.name, section)
            for source in part.get("sources", []):
                assert source["url"].startswith("https://"), (path.name, section, source["url"])


def test_budget_fuer_ausbildung_rule_cites_section_63():
    for path, rules in RULES.items():
        urls = [s["url"] for s in rules["budget_fuer_ausbildung"]["sources"]]
        assert "https://www.gesetze-im-internet.de/sgb_9_2018/__63.html" in urls, path.name


def test_a_separate_contact_source_backs_an_actual_contact():
    for body in BODIES:
        if "contact_source" in body:
            assert body.get("contact"), f"{body['id']}: contact_source ohne Kontaktangaben"
            assert body["contact_source"]["url"].startswith("https://"), body["id"]


def _has_contact(body_id: str) -> bool:
    return bool(BODY_BY_ID[body_id].get("contact"))


def test_contact_coverage_does_not_fall_back():
    """Floors for the researched coverage (SOURCES.md lists what is still missing)."""
    aemter = [body["id"] for body in BODIES if body["kind"] == "integrationsamt"]
    with_contact = [body_id for body_id in aemter if _has_contact(body_id)]
    assert len(with_contact) >= 15, sorted(set(aemter) - set(with_contact))
    addressed = [body_id for body_id in aemter
                 if {"street", "postal_code", "town"} <= BODY_BY_ID[body_id].get("contact", {}).keys()]
    assert len(addressed) >= 3, addressed
    bezirke = [body["id"] for body in BODIES if body["id"].startswith("bezirk-")]
    assert len(bezirke) == 7
    assert sum(1 for body_id in bezirke if "phone" in BODY_BY_ID[body_id].get("contact", {})) >= 4


def test_employer_contact_points_link_a_list_or_a_body_where_known():
    lists = 0
    for path, rules in RULES.items():
        part = rules["ansprechstellen_arbeitgeber"]
        if "list" in part:
            lists += 1
            assert part["list"]["url"].startswith("https://"), path.name
        if part["mode"] == "several":
            assert part.get("sources"), path.name
    assert lists >= 4
    saarland = next(r for r in RULES.values() if r["land"] == "Saarland")["ansprechstellen_arbeitgeber"]
    assert saarland["mode"] == "land_body" and saarland["body"] == "eaa-saarland"
