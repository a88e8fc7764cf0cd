"""Who is responsible: the bodies (data/responsible/bodies.yaml) and one rules file per Land
(data/responsible/rules/<land>.yaml), checked against each other and against the gazetteer.

Pages: one static page per Land (``/zustaendig/<land>/``, the path without
JavaScript, indexed by Pagefind with its Kreise and places). Downloads: the
place data of the gazetteer (``zustaendig/orte.json``) and the rules, bodies and
providers (``zustaendig/regeln.json``) that ``overrides/assets/components/zustaendig``
uses in the browser. The answer for one place is computed in
``portal.types.responsible_resolver`` (and the same way in the browser).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from portal import gazetteer
from portal.core.errors import Problem, field_path
from portal.core.load import YamlDocument, expect_mapping, read_or_report
from portal.core.model import Context, Dataset, Directive, GeneratedDownload, GeneratedPage, RecordType
from portal.core.schemas import LAENDER
from portal.core.validate import validate_document
from portal.rendering.paths import href, relative
from portal.rendering.render import render
from portal.rendering.twins import is_easy

DATA_DIR = Path("data") / "responsible"
BODIES_FILE = DATA_DIR / "bodies.yaml"
RULES_DIR = DATA_DIR / "rules"
BODIES_SCHEMA = "responsible-bodies.schema.json"
RULES_SCHEMA = "responsibility-rules.schema.json"

PAGE_DIR = "zustaendig"
MAIN_PAGE = "zustaendig.md"
PLACES_DOWNLOAD = f"{PAGE_DIR}/orte.json"
RULES_DOWNLOAD = f"{PAGE_DIR}/regeln.json"
COMPONENT = "zustaendig"
LETTER_PAGE = "antrag-schreiben"  # content/antrag-schreiben.md and its twin: the letter to the body the answer names
RULES_FORMAT = "portal-zustaendig/1"

# The sections of a rules file that name bodies, the kinds of body each may name, and their German names.
SECTIONS = {
    "eingliederungshilfe": (("traeger-eingliederungshilfe", "durchfuehrende-stelle"), "Träger der Eingliederungshilfe (Budget für Arbeit)"),
    "integrationsamt": (("integrationsamt",), "Integrations-/Inklusionsamt"),
    "ansprechstellen_arbeitgeber": (("ansprechstelle-arbeitgeber",), "Einheitliche Ansprechstelle für Arbeitgeber"),
}
KIND_LABELS = {
    "traeger-eingliederungshilfe": "ein Träger der Eingliederungshilfe",
    "durchfuehrende-stelle": "eine durchführende Stelle",
    "integrationsamt": "ein Integrations-/Inklusionsamt",
    "ansprechstelle-arbeitgeber": "eine Einheitliche Ansprechstelle für Arbeitgeber",
    "agentur-fuer-arbeit": "die Bundesagentur für Arbeit",
    "landesministerium": "ein Landesministerium",
}

# The EUTB (§ 32 SGB IX) has about 500 offices; the portal links to their own search and copies nothing.
# The search page's address was seen in a search result on 2026-11-30 (see data/responsible/SOURCES.md).
EUTB = {
    "name": "Ergänzende unabhängige Teilhabeberatung (EUTB)",
    "search": {"title": "teilhabeberatung.de – Beratungsangebote der EUTB", "url": "https://www.teilhabeberatung.de/beratung/beratungsangebote-der-eutb"},
    "sources": [
        {"title": "§ 32 SGB IX – Ergänzende unabhängige Teilhabeberatung", "url": "https://www.gesetze-im-internet.de/sgb_9_2018/__32.html"},
    ],
    "checked": "2026-11-30",
}

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def land_slug(land: str) -> str:
    """Baden-Württemberg → baden-wuerttemberg (the same slug as the rules file and the provider lists)."""
    return land.translate(_UMLAUTS).lower()


def letter_uri(easy: bool) -> str:
    """The letter page in the reader's language (a built folder, for raw-HTML links)."""
    return ("leichte-sprache/" if easy else "") + LETTER_PAGE


def land_uri(land: str) -> str:
    return f"{PAGE_DIR}/{land_slug(land)}.md"


@dataclass
class Responsible:
    """The validated bodies and rules, with the documents for line numbers in later checks."""

    bodies: dict[str, dict] = field(default_factory=dict)
    rules: dict[str, dict] = field(default_factory=dict)  # Land → its rules file
    bodies_document: YamlDocument | None = None
    rule_documents: dict[str, YamlDocument] = field(default_factory=dict)
    body_index: dict[str, int] = field(default_factory=dict)  # id → index in bodies.yaml

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def present(self) -> bool:
        return bool(self.rules or self.bodies)


def _problem(document: YamlDocument, path: tuple, message: str, hint: str) -> Problem:
    return Problem(document.display, document.line(path), field_path(path), message, hint)


def load_responsible(root: Path, schemas: Path, problems: list[Problem]) -> Responsible:
    """Read bodies.yaml and rules/*.yaml; append schema and duplicate problems, never raise."""
    result = Responsible()
    if not (root / DATA_DIR).is_dir():
        return result
    path = root / BODIES_FILE
    if path.exists():
        document = read_or_report(path, root, problems)
        if document is not None and expect_mapping(document, problems):
            problems += validate_document(document, schemas / BODIES_SCHEMA)
            result.bodies_document = document
            for index, body in enumerate(document.data.get("bodies") or []):
                if not isinstance(body, dict) or not isinstance(body.get("id"), str):
                    continue
                if body["id"] in result.bodies:
                    first = document.line(("bodies", result.body_index[body["id"]], "id"))
                    problems.append(
                        _problem(document, ("bodies", index, "id"), f"Die Kennung „{body['id']}“ gibt es schon (Zeile {first})", "Jede Stelle hat ihre eigene Kennung; wählen Sie eine andere.")
                    )
                    continue
                result.bodies[body["id"]] = body
                result.body_index[body["id"]] = index
    else:
        problems.append(Problem(BODIES_FILE.as_posix(), 0, "", "Die Datei mit den zuständigen Stellen fehlt", "Legen Sie data/responsible/bodies.yaml an (Beispiel in CONTRIBUTING.md)."))
    for rules_path in sorted((root / RULES_DIR).glob("*")):
        if rules_path.suffix != ".yaml":
            problems.append(Problem(rules_path.relative_to(root).as_posix(), 0, "", "Hier werden nur Dateien mit der Endung .yaml gelesen", f"Benennen Sie die Datei um, zum Beispiel in {rules_path.stem}.yaml."))
            continue
        document = read_or_report(rules_path, root, problems)
        if document is None or not expect_mapping(document, problems):
            continue
        problems += validate_document(document, schemas / RULES_SCHEMA)
        land = document.data.get("land")
        if not isinstance(land, str):
            continue
        if land in result.rule_documents:
            problems.append(_problem(document, ("land",), f"Für {land} gibt es schon eine Datei ({result.rule_documents[land].display})", "Jedes Land hat genau eine Datei; führen Sie die beiden zusammen."))
            continue
        expected = land_slug(land) + ".yaml"
        if land in LAENDER and rules_path.name != expected:
            problems.append(_problem(document, ("land",), f"Die Datei für {land} heißt „{rules_path.name}“", f"Nennen Sie sie „{expected}“, damit jedes Land leicht zu finden ist."))
        result.rules[land] = document.data
        result.rule_documents[land] = document
    return result


def _references(rules: dict) -> list[tuple[tuple, str, tuple[str, ...]]]:
    """(path in the file, body id, allowed kinds) for every body a rules file names."""
    found = []
    for section, (kinds, _label) in SECTIONS.items():
        part = rules.get(section) or {}
        if isinstance(part.get("body"), str):
            found.append(((section, "body"), part["body"], kinds))
        for key, body_id in (part.get("bodies_by_kreis") or {}).items():
            if isinstance(body_id, str):
                found.append(((section, "bodies_by_kreis", key), body_id, kinds))
    bfa = rules.get("budget_fuer_ausbildung") or {}
    if isinstance(bfa.get("eingangsverfahren_berufsbildungsbereich"), str):
        found.append((("budget_fuer_ausbildung", "eingangsverfahren_berufsbildungsbereich"), bfa["eingangsverfahren_berufsbildungsbereich"], ("agentur-fuer-arbeit",)))
    return found


def responsible_problems(dataset: Dataset) -> list[Problem]:
    """Rules across files: bodies exist and fit, Kreis keys exist in the gazetteer, lie in the Land and cover it."""
    data: Responsible = dataset["responsible"]
    if not data.present:
        return []
    problems: list[Problem] = []
    places = gazetteer.load()
    for land, rules in data.rules.items():
        document = data.rule_documents[land]
        for path, body_id, kinds in _references(rules):
            body = data.bodies.get(body_id)
            if body is None:
                close = difflib.get_close_matches(body_id, list(data.bodies), n=3, cutoff=0.6)
                hint = f"Meinten Sie {', '.join('„' + c + '“' for c in close)}?" if close else "Tragen Sie die Stelle zuerst in data/responsible/bodies.yaml ein."
                problems.append(_problem(document, path, f"Die Stelle „{body_id}“ gibt es in data/responsible/bodies.yaml nicht", hint))
                continue
            if body.get("kind") not in kinds:
                wanted = " oder ".join(KIND_LABELS.get(kind, kind) for kind in kinds)
                problems.append(_problem(document, path, f"„{body_id}“ ist {KIND_LABELS.get(body.get('kind'), body.get('kind'))}, hier gehört {wanted} hin", "Wählen Sie eine Stelle der passenden Art (Feld kind in bodies.yaml)."))
            if body.get("land") not in (land, "bundesweit"):
                problems.append(_problem(document, path, f"„{body_id}“ gehört zu {body.get('land')}, diese Datei zu {land}", "Wählen Sie eine Stelle dieses Landes."))
        if land not in gazetteer.LAENDER.values():
            continue
        for section in SECTIONS:
            part = rules.get(section) or {}
            mapping = part.get("bodies_by_kreis")
            if not isinstance(mapping, dict):
                continue
            for key in mapping:
                kreis = places.kreis(str(key))
                path = (section, "bodies_by_kreis", key)
                if kreis is None:
                    problems.append(_problem(document, path, f"Den Kreisschlüssel {key} kennt das Ortsverzeichnis nicht", "Nehmen Sie den fünfstelligen amtlichen Kreisschlüssel des heutigen Gebietsstands (Liste: Seite /zustaendig/ des Landes)."))
                elif kreis.land != land:
                    problems.append(_problem(document, path, f"Kreisschlüssel {key} ist {kreis.label} in {kreis.land}, nicht in {land}", "Entfernen Sie die Zeile oder tragen Sie sie in der Datei des richtigen Landes ein."))
            missing = [kreis for kreis in places.kreise_of_land(land) if kreis.key not in mapping]
            if missing:
                names = ", ".join(f"{kreis.key} ({kreis.label})" for kreis in missing[:8]) + (" …" if len(missing) > 8 else "")
                problems.append(
                    _problem(document, (section, "bodies_by_kreis"), f"Es fehlen {len(missing)} Kreise des Landes: {names}", "Ordnen Sie jedem Kreis und jeder kreisfreien Stadt des Landes eine Stelle zu.")
                )
    if data.rules:
        for land in LAENDER:
            if land not in data.rules:
                problems.append(Problem(RULES_DIR.as_posix(), 0, "", f"Für {land} fehlt die Datei mit den Zuständigkeiten", f"Legen Sie data/responsible/rules/{land_slug(land)}.yaml an; was nicht belegt ist, steht dort als „mode: unknown“ mit Hinweis."))
    return problems


# --- pages -------------------------------------------------------------------------


def _body_view(data: Responsible, body_id: str | None) -> dict | None:
    return data.bodies.get(body_id) if body_id else None


def land_context(data: Responsible, land: str, page: str) -> dict[str, Any]:
    """What the template of one Land's page needs."""
    rules = data.rules[land]
    places = gazetteer.load()
    eh = rules["eingliederungshilfe"]
    ia = rules["integrationsamt"]
    eaa = rules["ansprechstellen_arbeitgeber"]
    kreise = []
    for kreis in places.kreise_of_land(land):
        kreise.append(
            {
                "key": kreis.key,
                "label": kreis.label,
                "traeger": _body_view(data, (eh.get("bodies_by_kreis") or {}).get(kreis.key)),
                "amt": _body_view(data, (ia.get("bodies_by_kreis") or {}).get(kreis.key)),
                "places": sorted({place.name for place in places.places_of_kreis(kreis.key)}, key=lambda name: (gazetteer.fold(name), name)),
                # Written out so that the site search finds a Land's page from a Postleitzahl too.
                "codes": sorted({code for place in places.places_of_kreis(kreis.key) for code in place.plz}),
            }
        )
    regional_eh = sorted({b for b in (eh.get("bodies_by_kreis") or {}).values()})
    regional_ia = sorted({b for b in (ia.get("bodies_by_kreis") or {}).values()})
    return {
        "land": land,
        "page": page,
        "main": relative(MAIN_PAGE, page),
        "eh": eh,
        "eh_body": _body_view(data, eh.get("body")),
        "eh_regional": [data.bodies[b] for b in regional_eh if b in data.bodies],
        "bfa": rules["budget_fuer_ausbildung"],
        "ba": _body_view(data, rules["budget_fuer_ausbildung"].get("eingangsverfahren_berufsbildungsbereich")),
        "ia": ia,
        "ia_body": _body_view(data, ia.get("body")),
        "ia_regional": [data.bodies[b] for b in regional_ia if b in data.bodies],
        "eaa": eaa,
        "eaa_body": _body_view(data, eaa.get("body")),
        "eutb": EUTB,
        "kreise": kreise,
        "attribution": gazetteer.ATTRIBUTION,
        "attribution_url": gazetteer.ATTRIBUTION_URL,
        "license_url": gazetteer.LICENSE_URL,
    }


def land_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    data: Responsible = dataset["responsible"]
    pages = []
    for land in LAENDER:
        if land in data.rules:
            uri = land_uri(land)
            pages.append(GeneratedPage(uri, render("responsible/land.md", **land_context(data, land, uri))))
    return pages


# --- browser data --------------------------------------------------------------------

# Provider kinds that belong to the basic income support for jobseekers (SGB II): shown with that
# label and never as counselling on the Budget für Arbeit.
SGB2_KINDS = ("Jobcenter",)
# Programmes for long-term unemployed people (basic income support, SGB II) that a provider's
# description names; such a provider is labelled as an SGB II body too. „Stabilisierung und
# Teilhabe am Arbeitsleben“: Landesprogramm Sachsen-Anhalt for long-term unemployed people
# (http://www.saalekreis.de/de/stabilisierung-und-teilhabe-am-arbeitsleben.html, checked 2026-11-30).
SGB2_PROGRAMMES = ("Stabilisierung und Teilhabe am Arbeitsleben",)


def is_sgb2(record: Any) -> bool:
    """A Jobcenter or a provider of a programme for long-term unemployed people (SGB II)."""
    if record.get("kind") in SGB2_KINDS:
        return True
    text = " ".join(str(record.get(key) or "") for key in ("name", "description"))
    return any(programme in text for programme in SGB2_PROGRAMMES)


def provider_place(record: Any) -> Any:
    """The gazetteer place of a provider's town (with its PLZ), or None."""
    address = record.get("address") or {}
    if not address.get("town"):
        return None
    check = gazetteer.find_town(address["town"], address.get("postal_code"))
    # A name in two Länder (Hamburg, a village in Stormarn): the place in the provider's Land.
    in_land = [place for place in check.places if place.land == record.get("land")]
    return (in_land or list(check.places) or [None])[0]


def provider_point(record: Any) -> tuple[float, float] | None:
    """A provider's point: its own ``geo``, else its town (with its PLZ) in the gazetteer."""
    geo = record.get("geo")
    if geo:
        return float(geo["lat"]), float(geo["lon"])
    place = provider_place(record)
    return (place.lat, place.lon) if place else None


# The columns of a provider row in regeln.json; the browser reads them by these names.
PROVIDER_FIELDS = ("id", "name", "kind", "land", "town", "lat", "lon", "nationwide", "sgb2", "phone", "email", "website", "source_title", "source_url", "checked")


def provider_rows(records: list) -> list[list]:
    """One compact row per provider (columns: PROVIDER_FIELDS), by name."""
    rows = []
    for record in sorted(records, key=lambda item: item["name"].casefold()):
        point = provider_point(record)
        contact = record.get("contact") or {}
        rows.append(
            [
                record.slug,
                record["name"],
                record["kind"],
                record["land"],
                (record.get("address") or {}).get("town", ""),
                round(point[0], 3) if point else None,
                round(point[1], 3) if point else None,
                1 if (record.get("region_served") or "").strip().casefold() == "bundesweit" else 0,
                1 if is_sgb2(record) else 0,
                contact.get("phone", ""),
                contact.get("email", ""),
                contact.get("website", ""),
                record["source"]["title"],
                record["source"]["url"],
                str(record["checked"]),
            ]
        )
    return rows

_RULE_KEYS = ("mode", "body", "bodies_by_kreis", "handled_by", "note", "list", "sources", "checked")


def _compact_rule(part: dict) -> dict:
    return {key: part[key] for key in _RULE_KEYS if key in part}


def rules_data(dataset: Dataset) -> bytes:
    """``zustaendig/regeln.json``: rules per Land, the bodies they name, the EUTB link and the providers.

    ``providers`` rows: id, name, kind, Land, town, lat, lon (None if unknown),
    nationwide (0/1), SGB II body (0/1), phone, e-mail, website, source title,
    source URL, checked.
    """
    data: Responsible = dataset["responsible"]
    laender = {}
    for land, rules in sorted(data.rules.items()):
        laender[land] = {
            "slug": land_slug(land),
            "eingliederungshilfe": _compact_rule(rules["eingliederungshilfe"]),
            "budget_fuer_ausbildung": rules["budget_fuer_ausbildung"],
            "integrationsamt": _compact_rule(rules["integrationsamt"]),
            "ansprechstellen_arbeitgeber": _compact_rule(rules["ansprechstellen_arbeitgeber"]),
        }
    used = {body_id for rules in data.rules.values() for _path, body_id, _kinds in _references(rules)}
    bodies = {body_id: {key: value for key, value in body.items() if key != "id"} for body_id, body in sorted(data.bodies.items()) if body_id in used}
    document = {
        "format": RULES_FORMAT,
        "laender": laender,
        "bodies": bodies,
        "eutb": EUTB,
        "provider_fields": list(PROVIDER_FIELDS),
        "providers": provider_rows(dataset.providers),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def downloads(context: Context) -> list[GeneratedDownload]:
    data: Responsible = context.dataset["responsible"]
    if not data.present:
        return []
    return [
        GeneratedDownload(PLACES_DOWNLOAD, gazetteer.export_for_browser().encode("utf-8")),
        GeneratedDownload(RULES_DOWNLOAD, rules_data(context.dataset)),
    ]


def finder_form(context: Context, page: str) -> str:
    """The directive ``<!-- portal:zustaendig -->``: the form the component drives and the Land pages for use without JavaScript."""
    data: Responsible = context.dataset["responsible"]
    easy = is_easy(page)
    return render(
        "responsible/form.md",
        easy=easy,
        page=page,
        present=data.present,
        places_href=href(PLACES_DOWNLOAD, page),
        rules_href=href(RULES_DOWNLOAD, page),
        provider_base=href("anbieter", page) + "/",
        land_base=href(PAGE_DIR, page) + "/",
        letter_page=href(letter_uri(easy), page) + "/",
        lands=[{"name": land, "uri": relative(land_uri(land), page)} for land in LAENDER if land in data.rules],
        attribution=gazetteer.ATTRIBUTION,
        attribution_url=gazetteer.ATTRIBUTION_URL,
        license_url=gazetteer.LICENSE_URL,
        eutb=EUTB,
    )


def letter_form(context: Context, page: str) -> str:
    """The directive ``<!-- portal:antrag -->``: the letter form the ``antrag`` component drives, and the
    blank letter to fill in by hand (printable without JavaScript)."""
    data: Responsible = context.dataset["responsible"]
    easy = is_easy(page)
    return render(
        "responsible/letter.md",
        easy=easy,
        present=data.present,
        places_href=href(PLACES_DOWNLOAD, page),
        rules_href=href(RULES_DOWNLOAD, page),
        zustaendig_href=href(("leichte-sprache/" if easy else "") + PAGE_DIR, page) + "/",
    )


# --- coverage ------------------------------------------------------------------------

CONTACT_FIELDS = (("street", "A"), ("phone", "T"), ("email", "E"), ("website", "W"))


def _contact_code(body: dict | None) -> str:
    contact = (body or {}).get("contact") or {}
    code = "".join(letter for key, letter in CONTACT_FIELDS if contact.get(key))
    return code or ("O" if contact.get("town") else "–")


def coverage_report(dataset: Dataset) -> str:
    """A plain table for ``python -m portal coverage``: what is verified per Land, and the totals."""
    data: Responsible = dataset["responsible"]
    providers: dict[str, int] = {land: 0 for land in LAENDER}
    nationwide = 0
    for record in dataset.providers:
        if (record.get("region_served") or "").strip().casefold() == "bundesweit":
            nationwide += 1
        providers[record["land"]] = providers.get(record["land"], 0) + 1
    rows = [("Land", "Träger-Regel", "geprüft", "Integrationsamt (Kontakt)", "EAA", "Anbieter")]
    verified = 0
    for land in LAENDER:
        rules = data.rules.get(land)
        if rules is None:
            rows.append((land, "fehlt", "nein", "–", "–", str(providers[land])))
            continue
        eh = rules["eingliederungshilfe"]
        mode = eh["mode"] + (" (Antrag beim Kreis)" if eh.get("handled_by") == "kreis" else "")
        ok = eh["mode"] != "unknown"
        verified += ok
        ia = rules["integrationsamt"]
        amt_ids = [ia["body"]] if ia.get("body") else sorted(set((ia.get("bodies_by_kreis") or {}).values()))
        amt = ", ".join(f"{body_id}: {_contact_code(data.bodies.get(body_id))}" for body_id in amt_ids) or "–"
        eaa = rules["ansprechstellen_arbeitgeber"]
        eaa_text = eaa["mode"] + (" + Liste" if eaa.get("list") else "")
        rows.append((land, mode, "ja" if ok else "nein", amt, eaa_text, str(providers[land])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    aemter = [body for body in data.bodies.values() if body.get("kind") == "integrationsamt"]
    with_contact = [body for body in aemter if body.get("contact")]
    with_phone_or_address = [body for body in aemter if (body.get("contact") or {}).get("phone") or (body.get("contact") or {}).get("street")]
    eaa_modes = [rules["ansprechstellen_arbeitgeber"]["mode"] for rules in data.rules.values()]
    eaa_lists = sum(1 for rules in data.rules.values() if rules["ansprechstellen_arbeitgeber"].get("list"))
    lines += [
        "",
        "Kontakt: A Anschrift, T Telefon, E E-Mail, W Internet, O nur Ort, – keiner geprüft.",
        f"Träger-Regel geprüft: {verified} von {len(LAENDER)} Ländern.",
        f"Integrations-/Inklusionsämter mit Kontaktangaben: {len(with_contact)} von {len(aemter)} (mit Telefon oder Anschrift: {len(with_phone_or_address)}).",
        f"Einheitliche Ansprechstellen: eine Stelle für das Land in {eaa_modes.count('land_body')}, mehrere in {eaa_modes.count('several')}, "
        f"ungeprüft in {eaa_modes.count('unknown')} Ländern; verlinkte Liste in {eaa_lists}.",
        f"Anbieter: {len(dataset.providers)}, davon {nationwide} bundesweit; Länder ohne Anbieter: {sum(1 for n in providers.values() if n == 0)}.",
    ]
    return "\n".join(lines)


def place_data_credit(context: Context, page: str) -> str:
    """The directive ``<!-- portal:ortsdaten -->``: the GeoNames attribution the licence asks for, in one line."""
    return (
        f"{gazetteer.ATTRIBUTION} ([GeoNames]({gazetteer.ATTRIBUTION_URL}), [Lizenz CC BY 4.0]({gazetteer.LICENSE_URL})); "
        f"{gazetteer.TERRITORIAL_STATE}. Das Portal nutzt sie für die Suche nach Postleitzahl und Ort."
    )


TYPE = RecordType(
    name="responsible",
    counted_as=("Land mit Zuständigkeiten", "Länder mit Zuständigkeiten"),
    source=DATA_DIR.as_posix() + "/",
    schema=RULES_SCHEMA,
    example="bayern.yaml",
    url_dir=PAGE_DIR,
    load=load_responsible,
    check=responsible_problems,
    pages=land_pages,
    downloads=downloads,
    directives={
        "zustaendig": Directive({}, lambda ctx, page: finder_form(ctx, page)),
        "ortsdaten": Directive({}, place_data_credit),
        "antrag": Directive({}, lambda ctx, page: letter_form(ctx, page)),
    },
)
