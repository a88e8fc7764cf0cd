"""The provider finder: data for the browser, one list per Bundesland, facts for each provider page.

Pure functions on validated records. The finder page works without JavaScript
through the Bundesland lists; with JavaScript, finder.js filters and sorts a
compact copy of the records (``finder.json``) entirely in the page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from itertools import groupby
from typing import Any
from urllib.parse import quote, urlencode

from portal import gazetteer
from portal.core.errors import Problem, field_path
from portal.core.model import Context, Dataset, Directive, GeneratedDownload, GeneratedPage, Record, RecordType
from portal.core.recurrence import is_past
from portal.exports.form_rules import FORM_RULES, form_rules_json
from portal.exports.opendata import providers_csv, providers_json
from portal.exports.vcard import provider_vcard
from portal.rendering.paths import href, relative, url_dir
from portal.rendering.render import render
from portal.leichte_sprache.fields import name_allowances, sentences
from portal.core.schemas import ACCESSIBILITY, EASY_LABELS, LAENDER, ONLINE, SERVICES
from portal.core.schemas import PROVIDER_KINDS as KINDS
from portal.rendering.twins import EASY_DIR, is_easy
from portal.types.responsible import PLACES_DOWNLOAD, is_sgb2, provider_place

PROVIDER_DIR = "anbieter"
LAND_DIR = f"{PROVIDER_DIR}/bundesland"
FINDER_PAGE = f"{PROVIDER_DIR}/index.md"
FINDER_DATA = f"{PROVIDER_DIR}/finder.json"
OPEN_DATA_JSON = f"{PROVIDER_DIR}/providers.json"
OPEN_DATA_CSV = f"{PROVIDER_DIR}/providers.csv"
NATIONWIDE = "bundesweit"
# Up to this many providers the finder page also lists all of them in tables (no
# JavaScript needed, findable with the browser's own search); above it, only the
# Bundesland lists do, so that the page stays small (bench/bench_finder.py).
FULL_LIST_LIMIT = 200
# finder.json up to this size loads with the page, so results show at once; a
# larger one loads when the reader first uses the form, which keeps the page's
# first load within 150 KB compressed at 5,000 providers (bench/bench_finder.py).
EAGER_DATA_BYTES = 24 * 1024
# Ids whose page would collide with the finder or the Bundesland lists (the schema refuses them too).
RESERVED_IDS = ("index", "bundesland")

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def land_slug(land: str) -> str:
    """Baden-Württemberg → baden-wuerttemberg."""
    return land.translate(_UMLAUTS).lower()


def land_uri(land: str) -> str:
    return f"{LAND_DIR}/{land_slug(land)}.md"


def provider_uri(record: Record) -> str:
    return f"{PROVIDER_DIR}/{record.slug}.md"


def easy_provider_uri(record: Record) -> str:
    """The provider's Leichte-Sprache twin (only for records with ``description_leichte_sprache``)."""
    return f"{EASY_DIR}{PROVIDER_DIR}/{record.slug}.md"


def has_easy_page(record: Record | dict) -> bool:
    """A provider gets a Leichte-Sprache page only where an editor wrote its text in Leichter Sprache."""
    return bool((record.get("description_leichte_sprache") or "").strip())


def vcard_uri(record: Record) -> str:
    return f"{PROVIDER_DIR}/{record.slug}.vcf"


def is_nationwide(record: Record | dict) -> bool:
    """A provider that serves all of Germany appears for every Land and every place."""
    return (record.get("region_served") or "").strip().casefold() == NATIONWIDE




def position(record: Record | dict) -> tuple[float, float, bool] | None:
    """(lat, lon, approximate): the recorded ``geo``, else the town (with its PLZ) in the gazetteer."""
    geo = record.get("geo")
    if geo:
        return float(geo["lat"]), float(geo["lon"]), False
    place = provider_place(record)
    if place is None:
        return None
    return place.lat, place.lon, True


def kreis_key(record: Record | dict) -> str:
    """The official key of the Kreis the provider's town lies in (gazetteer), or "" if unknown."""
    place = provider_place(record)
    return place.kreis_key if place else ""


def _mask(values: list[str] | None, options: tuple[str, ...]) -> int:
    return sum(1 << options.index(value) for value in values or [] if value in options)


# The columns of a finder.json row, in order; finder.json names them in "fields" and the finder reads them by name.
FINDER_FIELDS = ("id", "name", "kind", "land", "town", "nationwide", "lat", "lon", "approximate", "services", "access", "online", "region", "easy", "kreis", "sgb2")


def finder_rows(records: list[Record]) -> tuple[list[list[Any]], list[str]]:
    """One compact row per provider, in name order, and the table of towns and regions they share."""
    strings: dict[str, int] = {"": 0}

    def shared(text: str) -> int:
        return strings.setdefault(text, len(strings))

    rows = []
    for record in sorted(records, key=lambda item: item["name"].casefold()):
        where = position(record)
        address = record.get("address") or {}
        region = " ".join(part for part in (record.get("kreis"), record.get("region_served")) if part)
        rows.append(
            [
                record.slug,
                record["name"],
                KINDS.index(record["kind"]),
                LAENDER.index(record["land"]),
                shared(address.get("town", "")),
                1 if is_nationwide(record) else 0,
                # Hundredths of a degree (about 1 km) are enough for "etwa 12 km".
                round(where[0] * 100) if where else None,
                round(where[1] * 100) if where else None,
                1 if where and where[2] else 0,
                _mask(record.get("services"), SERVICES),
                _mask(record.get("accessibility"), ACCESSIBILITY),
                _mask(record.get("online"), ONLINE),
                shared(region),
                1 if has_easy_page(record) else 0,
                kreis_key(record),
                1 if is_sgb2(record) else 0,
            ]
        )
    return rows, list(strings)


def finder_data(dataset: Dataset) -> bytes:
    """``finder.json``, made once per dataset (the finder pages and the download share it)."""
    return dataset.memo("finder.json", lambda: _finder_data(dataset))


def _finder_data(dataset: Dataset) -> bytes:
    """``finder.json``: lookup lists once, then one row per provider, its columns named in ``fields``.

    Row columns (FINDER_FIELDS): id, name, kind index, Land index, town (index into ``s``),
    nationwide (0/1), lat×100, lon×100 (or null), approximate position (0/1),
    services bit mask, accessibility bit mask, online bit mask, Kreis and region
    served (index into ``s``, for the text search), Leichte-Sprache page (0/1), official key of the
    Kreis of the town (gazetteer, "" if unknown), SGB II body (0/1: a Jobcenter or a programme for
    long-term unemployed people). Places and Postleitzahlen come from ``zustaendig/orte.json``.
    ``easy`` holds the lists' labels in Leichter Sprache (from the schema's ``x-leichte-sprache``).
    """
    rows, strings = finder_rows(dataset.providers)
    document = {
        "kinds": KINDS,
        "services": SERVICES,
        "access": ACCESSIBILITY,
        "online": ONLINE,
        "lands": LAENDER,
        "easy": {name: [EASY_LABELS[key][value] for value in values] for name, key, values in _EASY_LISTS},
        "s": strings,
        "fields": list(FINDER_FIELDS),
        "p": rows,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# finder.json "easy" lists: (name in finder.json, list in schemas.EASY_LABELS, the values in order).
_EASY_LISTS = (("kinds", "kind", KINDS), ("services", "services", SERVICES), ("access", "accessibility", ACCESSIBILITY), ("online", "online", ONLINE))


def by_land(dataset: Dataset) -> dict[str, dict[str, list[Record]]]:
    """Per Land: its own providers and the nationwide ones (both by name)."""
    nationwide = sorted((record for record in dataset.providers if is_nationwide(record)), key=lambda item: item["name"].casefold())
    result = {}
    for land in LAENDER:
        local = sorted((record for record in dataset.providers if record["land"] == land and not is_nationwide(record)), key=lambda item: item["name"].casefold())
        result[land] = {"local": local, "nationwide": nationwide}
    return result


def finder_context(dataset: Dataset, page: str) -> dict[str, Any]:
    """What the finder template needs, with links relative to ``page``."""
    easy = is_easy(page)
    lands = by_land(dataset)
    # The place search uses the gazetteer download of /zustaendig/ (made while its data exists).
    has_places = "responsible" in dataset and dataset["responsible"].present
    records = sorted(dataset.providers, key=lambda record: (record["land"], record["name"].casefold()))
    groups = [(land, [record for record in records if record["land"] == land]) for land in LAENDER]
    return {
        "easy": easy,
        "page": page,
        "groups": [(land, items) for land, items in groups if items] if len(records) <= FULL_LIST_LIMIT else [],
        "uri": provider_uri,
        "total": len(dataset.providers),
        "nationwide_count": sum(1 for record in dataset.providers if is_nationwide(record)),
        "lands": [
            {"name": land, "uri": land_uri(land), "local": len(groups["local"]), "nationwide": len(groups["nationwide"])}
            for land, groups in lands.items()
        ],
        # The options' labels; the values stay the list positions, so both pages share finder.json.
        "kinds": [EASY_LABELS["kind"][value] for value in KINDS] if easy else KINDS,
        # Option values are the standard names, so that the address reads ?art=Jobcenter in both languages.
        "kind_values": KINDS,
        "services": [EASY_LABELS["services"][value] for value in SERVICES] if easy else SERVICES,
        "accessibility": [EASY_LABELS["accessibility"][value] for value in ACCESSIBILITY] if easy else ACCESSIBILITY,
        "data_href": href(FINDER_DATA, page),
        "eager": len(finder_data(dataset)) <= EAGER_DATA_BYTES,
        "places_href": href(PLACES_DOWNLOAD, page) if has_places else "",
        "provider_base": href(PROVIDER_DIR, page) + "/",
        "easy_base": href(EASY_DIR + PROVIDER_DIR, page) + "/",
        "easy_uri": easy_provider_uri,
        "has_easy_page": has_easy_page,
        "json_uri": OPEN_DATA_JSON,
        "csv_uri": OPEN_DATA_CSV,
        "attribution": gazetteer.ATTRIBUTION,
        "attribution_url": gazetteer.ATTRIBUTION_URL,
        "license_url": gazetteer.LICENSE_URL,
        "has_places": has_places,
        "sgb2_count": sum(1 for record in dataset.providers if is_sgb2(record)),
    }


def osm_url(record: Record | dict) -> str:
    """A plain link to the place on openstreetmap.org (no embedded map, nothing loads from there)."""
    geo = record.get("geo")
    if geo:
        lat, lon = geo["lat"], geo["lon"]
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
    address = record.get("address") or {}
    if not address.get("town"):
        return ""
    query = ", ".join(part for part in (address.get("street"), " ".join(filter(None, (address.get("postal_code"), address.get("town"))))) if part)
    return "https://www.openstreetmap.org/search?" + urlencode({"query": query}, quote_via=quote)


def json_ld(record: Record | dict) -> dict[str, Any]:
    """schema.org description of the provider for search engines and assistive tools."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Organization", "name": record["name"]}
    contact = record.get("contact") or {}
    if contact.get("website"):
        data["url"] = contact["website"]
    if contact.get("phone"):
        data["telephone"] = contact["phone"]
    if contact.get("email"):
        data["email"] = contact["email"]
    address = record.get("address") or {}
    if address:
        postal = {"@type": "PostalAddress", "addressRegion": record["land"], "addressCountry": "DE"}
        for key, field in (("streetAddress", "street"), ("postalCode", "postal_code"), ("addressLocality", "town")):
            if address.get(field):
                postal[key] = address[field]
        data["address"] = postal
    if record.get("geo"):
        data["geo"] = {"@type": "GeoCoordinates", "latitude": record["geo"]["lat"], "longitude": record["geo"]["lon"]}
    data["areaServed"] = "Deutschland" if is_nationwide(record) else record.get("region_served") or record["land"]
    if record.get("description"):
        data["description"] = record["description"]
    if record.get("languages"):
        data["knowsLanguage"] = record["languages"]
    return data


def provider_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    """One page per provider: facts as text, links to OpenStreetMap and the vCard, JSON-LD."""
    pages = []
    for record in dataset.providers:
        uri = provider_uri(record)
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "providers/provider.md",
                    p=record.data,
                    slug=record.slug,
                    nationwide=is_nationwide(record),
                    events=_events_of(dataset, record, now),
                    osm=osm_url(record),
                    vcard=relative(vcard_uri(record), uri),
                    land_list=relative(land_uri(record["land"]), uri),
                    finder=relative(FINDER_PAGE, uri),
                    ld=json_ld(record),
                    easy_lines=sentences(record.get("description_leichte_sprache")),
                ),
            )
        )
    return pages


def easy_provider_pages(dataset: Dataset) -> list[GeneratedPage]:
    """The Leichte-Sprache twin of each provider page whose record has ``description_leichte_sprache``.

    The page is built only from the easy field, the Leichte-Sprache labels of
    the lists (schema ``x-leichte-sprache``) and names; the names stay as the
    provider writes them, so the page's front matter lets the checker accept
    their words (``leichte_sprache.allow``) and nothing else.
    """
    pages = []
    for record in dataset.providers:
        if not has_easy_page(record):
            continue
        uri = easy_provider_uri(record)
        address = record.get("address") or {}
        contact = record.get("contact") or {}
        names = [record["name"], address.get("street"), address.get("postal_code"), address.get("town"), contact.get("phone"), record.get("kreis")]
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "providers/provider-easy.md",
                    p=record.data,
                    nationwide=is_nationwide(record),
                    kind=EASY_LABELS["kind"][record["kind"]],
                    services=[EASY_LABELS["services"][value] for value in record.get("services", [])],
                    access=[EASY_LABELS["accessibility"][value] for value in record.get("accessibility", [])],
                    online=[EASY_LABELS["online"][value] for value in record.get("online", [])],
                    easy_lines=sentences(record.get("description_leichte_sprache")),
                    allow=name_allowances(names, "Name, Anschrift oder Telefon der Stelle: Sie bleiben, wie die Stelle sie schreibt."),
                    standard=relative(provider_uri(record), uri),
                    finder=relative(f"{EASY_DIR}{FINDER_PAGE}", uri),
                    vcard=relative(vcard_uri(record), uri),
                    slug=record.slug,
                ),
                record=record,
            )
        )
    return pages


def land_pages(dataset: Dataset) -> list[GeneratedPage]:
    """One list per Bundesland (its providers and the nationwide ones): the finder's path without JavaScript."""
    pages = []
    for land, groups in by_land(dataset).items():
        uri = land_uri(land)
        pages.append(GeneratedPage(uri, render("providers/provider-land.md", land=land, local=groups["local"], nationwide=groups["nationwide"], page=uri, uri=provider_uri, finder=FINDER_PAGE)))
    return pages


def provider_downloads(dataset: Dataset, now: datetime) -> list[GeneratedDownload]:
    """Open data (JSON, CSV), the finder's compact data and one vCard per provider."""
    records = [record.data for record in dataset.providers]
    downloads = [
        GeneratedDownload(OPEN_DATA_JSON, providers_json(records, now.date().isoformat())),
        GeneratedDownload(OPEN_DATA_CSV, providers_csv(records)),
        GeneratedDownload(FINDER_DATA, finder_data(dataset)),
    ]
    downloads += [GeneratedDownload(vcard_uri(record), provider_vcard(record.data)) for record in dataset.providers]
    return downloads


def _events_of(dataset: Dataset, provider: Record, now: datetime) -> list[Record]:
    return [event for event in dataset.events if event["organiser"] == provider.slug and not is_past(event, now)]


def provider_listing(dataset: Dataset, page: str, land: str | None = None) -> str:
    """Without ``land``: the finder (form, Bundesland lists, open data). With ``land``: that Land's table.

    The finder rides on the existing ``<!-- portal:providers -->`` directive so
    that content/anbieter/index.md and its Leichte-Sprache twin need no new one.
    """
    if land is None:
        return render("providers/finder.md", **finder_context(dataset, page))
    records = [record for record in dataset.providers if land is None or record["land"] == land]
    records.sort(key=lambda record: (record["land"], record["name"].casefold()))
    groups = [(key, list(items)) for key, items in groupby(records, key=lambda record: record["land"])]
    return render("providers/list-providers.md", groups=groups, page=page, uri=provider_uri, grouped=land is None)


def town_problems(dataset: Dataset) -> list[Problem]:
    """Every provider's town is a place of the gazetteer, its PLZ belongs to that place and the place lies in its Land."""
    problems = []
    for record in dataset.providers:
        address = record.get("address")
        town = address.get("town") if isinstance(address, dict) else None
        if not isinstance(town, str) or not town.strip():
            continue
        plz = address.get("postal_code")
        plz = plz if isinstance(plz, str) and re.fullmatch(r"\d{5}", plz) else None  # a malformed PLZ is the schema's message
        check = gazetteer.find_town(town, plz)
        if not check.ok:
            key = ("address", "postal_code") if check.places and plz else ("address", "town")
            if key == ("address", "postal_code"):
                hint = "Korrigieren Sie die Postleitzahl oder den Ort; beide müssen zusammenpassen."
            else:
                hint = "Schreiben Sie den Ort wie im Ortsverzeichnis, mit Umlauten und amtlichem Zusatz (zum Beispiel „Nürnberg“, „Frankfurt am Main“, „Halle (Saale)“)."
            problems.append(Problem(record.file, record.line_of(key), field_path(record.prefix + key), check.message, hint))
            continue
        lands = sorted({place.land for place in check.places})
        if record.get("land") in LAENDER and record["land"] not in lands:
            key = ("land",)
            problems.append(
                Problem(
                    record.file,
                    record.line_of(key),
                    field_path(record.prefix + key),
                    f"{town} liegt in {' oder '.join(lands)}, nicht in {record['land']}",
                    "Tragen Sie das Bundesland des Sitzes ein (eine bundesweit tätige Stelle bekommt region_served: bundesweit).",
                )
            )
    return problems


def _downloads(context: Context) -> list[GeneratedDownload]:
    # The proposal form (Mitmachen) checks entries with the same patterns and lists as this type's schema.
    rules = GeneratedDownload(FORM_RULES, form_rules_json().encode("utf-8"))
    return [*provider_downloads(context.dataset, context.now), rules]


TYPE = RecordType(
    name="providers",
    counted_as=("Anbieter", "Anbieter"),
    source="data/providers.yaml",
    list_key="providers",
    schema="providers.schema.json",
    url_dir=PROVIDER_DIR,
    easy_fields=("description_leichte_sprache",),
    check=town_problems,
    pages=lambda dataset, now: [*provider_pages(dataset, now), *easy_provider_pages(dataset), *land_pages(dataset)],
    downloads=_downloads,
    directives={"providers": Directive({"land": LAENDER}, lambda ctx, page, **args: provider_listing(ctx.dataset, page, **args))},
)
