"""Turn validated records into Markdown pages and listings (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from dateutil.rrule import rrulestr
from markupsafe import Markup

from portal.calendar import calendar_ics, event_ics
from portal.charts import figure_html
from portal.dataset import Dataset, Record
from portal.opendata import providers_csv, providers_json
from portal.places import german_places, place_table
from portal.providers import (
    FINDER_DATA,
    FINDER_PAGE,
    OPEN_DATA_CSV,
    OPEN_DATA_JSON,
    PLACE_TABLE,
    by_land,
    finder_context,
    finder_data,
    href,
    is_nationwide,
    json_ld,
    land_uri,
    osm_url,
    provider_uri,
    sentences,
    url_dir,
    vcard_uri,
)
from portal.render import MONTHS, date_de, relative, render
from portal.schemas import CASE_KINDS, LAENDER, SECTORS
from portal.statistics import group_charts
from portal.twins import is_easy
from portal.vcard import provider_vcard

CASE_DIR = "gute-praxis"
EVENT_DIR = "termine"


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown source that exists only in the build: where it goes and what it says."""

    src_uri: str
    markdown: str


@dataclass(frozen=True)
class GeneratedDownload:
    """A file offered for download (calendar, open data), generated from the same records."""

    src_uri: str
    content: bytes


CALENDAR_FEED = f"{EVENT_DIR}/termine.ics"
# A recurrence without COUNT or UNTIL never ends; one with more occurrences than
# this is treated the same way instead of being expanded in full.
MAX_OCCURRENCES = 1000


def case_uri(record: Record) -> str:
    return f"{CASE_DIR}/{record.slug}.md"


def event_uri(record: Record) -> str:
    return f"{EVENT_DIR}/{record.slug}.md"


def last_end(event: Record) -> datetime | None:
    """When the event (its last occurrence, if it recurs) ends; None if it recurs without end."""
    start = datetime.fromisoformat(event["start"])
    end = datetime.fromisoformat(event["end"])
    rule = event.get("recurrence")
    if not rule:
        return end
    occurrences = rrulestr(rule, dtstart=start.replace(tzinfo=None))
    last = None
    for index, occurrence in enumerate(occurrences):
        if index >= MAX_OCCURRENCES:
            return None
        last = occurrence
    if last is None:
        return end
    return last.replace(tzinfo=start.tzinfo) + (end - start)


def is_past(event: Record, now: datetime) -> bool:
    """An event is past once it (or its last repetition) has ended."""
    ends = last_end(event)
    return ends is not None and ends < now


def generate_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    """One page per provider, case and event, and one provider list per Bundesland."""
    pages = [*provider_pages(dataset, now), *land_pages(dataset)]
    pages += case_pages(dataset)
    pages += event_pages(dataset, now)
    return pages


def event_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    """One page per event: when, where, for whom, accessibility, registration, calendar file, JSON-LD."""
    pages = []
    for record in dataset.events:
        organiser = dataset.provider(record["organiser"])
        host = dataset.provider((record.get("place") or {}).get("provider", ""))
        pages.append(
            GeneratedPage(
                event_uri(record),
                render(
                    "event.md",
                    e=record.data,
                    slug=record.slug,
                    organiser=organiser,
                    organiser_uri=provider_uri(organiser),
                    host=host,
                    # raw HTML: MkDocs does not rewrite the link, so it points at the built folder
                    host_href=href(url_dir(provider_uri(host)), event_uri(record)) + "/" if host else None,
                    page=event_uri(record),
                    past=is_past(record, now),
                    ld=event_json_ld(record, organiser),
                    easy_lines=sentences(record.get("summary_leichte_sprache")),
                ),
            )
        )
    return pages


def provider_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    """One page per provider: facts as text, links to OpenStreetMap and the vCard, JSON-LD."""
    pages = []
    for record in dataset.providers:
        uri = provider_uri(record)
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "provider.md",
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


def land_pages(dataset: Dataset) -> list[GeneratedPage]:
    """One list per Bundesland (its providers and the nationwide ones): the finder's path without JavaScript."""
    pages = []
    for land, groups in by_land(dataset).items():
        uri = land_uri(land)
        pages.append(GeneratedPage(uri, render("provider-land.md", land=land, local=groups["local"], nationwide=groups["nationwide"], page=uri, uri=provider_uri, finder=FINDER_PAGE)))
    return pages


def provider_downloads(dataset: Dataset, now: datetime) -> list[GeneratedDownload]:
    """Open data (JSON, CSV), the finder's compact data, the place table and one vCard per provider."""
    records = [record.data for record in dataset.providers]
    downloads = [
        GeneratedDownload(OPEN_DATA_JSON, providers_json(records, now.date().isoformat())),
        GeneratedDownload(OPEN_DATA_CSV, providers_csv(records)),
        GeneratedDownload(FINDER_DATA, finder_data(dataset)),
    ]
    if german_places():
        downloads.append(GeneratedDownload(PLACE_TABLE, place_table(list(LAENDER))))
    downloads += [GeneratedDownload(vcard_uri(record), provider_vcard(record.data)) for record in dataset.providers]
    return downloads


ATTENDANCE_MODES = {
    "Präsenz": "https://schema.org/OfflineEventAttendanceMode",
    "Online": "https://schema.org/OnlineEventAttendanceMode",
    "Hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(record: Record, organiser: Record | None) -> dict:
    """schema.org ``Event`` for the event page, built from the same fields the page shows."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": record["title"],
        "startDate": record["start"],
        "endDate": record["end"],
        "eventAttendanceMode": ATTENDANCE_MODES[record["format"]],
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": "de",
    }
    locations = []
    place = record.get("place")
    if place:
        address = {"@type": "PostalAddress", "addressLocality": place["town"], "addressCountry": "DE"}
        if place.get("street"):
            address["streetAddress"] = place["street"]
        if place.get("postal_code"):
            address["postalCode"] = place["postal_code"]
        locations.append({"@type": "Place", "name": place.get("name") or place["town"], "address": address})
    if record.get("online_url"):
        locations.append({"@type": "VirtualLocation", "url": record["online_url"]})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": organiser["name"]}
        website = (organiser.get("contact") or {}).get("website")
        if website:
            data["organizer"]["url"] = website
    if record.get("description"):
        data["description"] = record["description"]
    if record.get("audience"):
        data["audience"] = [{"@type": "Audience", "audienceType": group} for group in record["audience"]]
    return data


def calendar_entry(dataset: Dataset, record: Record, site_url: str | None) -> dict:
    """The event as the calendar export wants it: its fields plus slug, page URL and organiser."""
    organiser = dataset.provider(record["organiser"])
    contact = organiser.get("contact", {}) if organiser else {}
    return {
        **record.data,
        "slug": record.slug,
        "url": f"{site_url.rstrip('/')}/{EVENT_DIR}/{record.slug}/" if site_url else None,
        "organiser_name": organiser["name"] if organiser else None,
        "organiser_email": contact.get("email"),
        "organiser_url": contact.get("website"),
    }


def generate_downloads(dataset: Dataset, now: datetime, uid_domain: str, site_url: str | None = None) -> list[GeneratedDownload]:
    """One .ics per event, the whole calendar as a subscribable feed, and the provider downloads."""
    entries = [calendar_entry(dataset, record, site_url) for record in dataset.events]
    downloads = [GeneratedDownload(f"{EVENT_DIR}/{entry['slug']}.ics", event_ics(entry, uid_domain, now)) for entry in entries]
    feed_url = f"{site_url.rstrip('/')}/{CALENDAR_FEED}" if site_url else None
    downloads.append(GeneratedDownload(CALENDAR_FEED, calendar_ics(entries, uid_domain, now, url=feed_url)))
    return downloads + provider_downloads(dataset, now)


def chart(dataset: Dataset, id: str) -> str:  # noqa: A002 - the directive's argument is called id
    """One chart with its table and reading, by chart id."""
    return figure_html(group_charts(dataset.statistics)[id], f"chart-{id}")


def chart_ids(dataset: Dataset) -> tuple[str, ...]:
    return tuple(group_charts(dataset.statistics))


def _events_of(dataset: Dataset, provider: Record, now: datetime) -> list[Record]:
    return [event for event in dataset.events if event["organiser"] == provider.slug and not is_past(event, now)]


def _organisation(dataset: Dataset, name: str) -> dict:
    provider = dataset.provider(name)
    if provider is None:
        return {"name": name, "uri": None}
    return {"name": provider["name"], "uri": provider_uri(provider)}


def provider_listing(dataset: Dataset, page: str, land: str | None = None) -> str:
    """Without ``land``: the finder (form, Bundesland lists, open data). With ``land``: that Land's table.

    The finder rides on the existing ``<!-- portal:providers -->`` directive so
    that content/anbieter/index.md and its Leichte-Sprache twin need no new one.
    """
    if land is None:
        return render("finder.md", **finder_context(dataset, page))
    records = [record for record in dataset.providers if land is None or record["land"] == land]
    records.sort(key=lambda record: (record["land"], record["name"].casefold()))
    groups = [(key, list(items)) for key, items in groupby(records, key=lambda record: record["land"])]
    return render("list-providers.md", groups=groups, page=page, uri=provider_uri, grouped=land is None)


NATIONWIDE = "bundesweit"


def case_listing(dataset: Dataset, page: str) -> str:
    """Good-practice cases, newest start first, each with its period and Land, under a filter form."""
    records = sorted(dataset.cases, key=lambda record: (record.get("period", {}).get("start", ""), record.slug), reverse=True)
    periods = {record.slug: period_text(record.get("period")) for record in records}
    filters = case_filters(records)
    return render(
        "list-cases-easy.md" if is_easy(page) else "list-cases.md",
        cases=records,
        periods=periods,
        page=page,
        uri=case_uri,
        filters=filters,
        lands=next(item["options"] for item in filters if item["name"] == "land") if records else [],
        sentences=sentences,
        NATIONWIDE=NATIONWIDE,
    )


def case_filters(records: list[Record]) -> list[dict]:
    """The listing's filters, each offering only values some case has, in the schema's order, with counts.

    A filter without any value to choose (no case names a sector yet) is left out rather than shown empty.
    """

    def options(values: list[str], order: tuple[str, ...] | None) -> list[dict]:
        counts: dict[str, int] = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        ranked = [value for value in order if value in counts] if order else sorted(counts, key=str.casefold)
        ranked += [value for value in counts if value not in ranked]  # "bundesweit" after the Länder
        return [{"value": value, "count": counts[value]} for value in ranked]

    filters = [
        ("art", "kind", "Art", "Alle Arten", [record["kind"] for record in records], CASE_KINDS),
        ("land", "land", "Bundesland", "Alle Bundesländer", [record.get("land") or NATIONWIDE for record in records], LAENDER),
        ("branche", "sector", "Branche (WZ 2008)", "Alle Branchen", [record["sector"] for record in records if record.get("sector")], SECTORS),
        ("zielgruppe", "target", "Zielgruppe", "Alle Zielgruppen", [group for record in records for group in record.get("target_group", [])], None),
    ]
    return [
        {"name": name, "field": field, "label": label, "all": all_text, "options": options(values, order)}
        for name, field, label, all_text, values, order in filters
        if values
    ]


def case_pages(dataset: Dataset) -> list[GeneratedPage]:
    """One page per good-practice case: facts, what happened, its figures as charts, sources."""
    charts = group_charts(dataset.statistics)
    pages = []
    for record in dataset.cases:
        uri = case_uri(record)
        organisations = [_organisation(dataset, name) for name in record.get("organisations", [])]
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "case.md",
                    c=record.data,
                    organisations=organisations,
                    page=uri,
                    period=period_text(record.get("period")),
                    figures=case_figures(record, dataset, charts),
                    easy_lines=sentences(record.get("summary_leichte_sprache")),
                ),
            )
        )
    return pages


def case_figures(record: Record, dataset: Dataset, charts: dict | None = None) -> list[Markup]:
    """The charts that hold the case's series, each once, in the order the case names them."""
    charts = group_charts(dataset.statistics) if charts is None else charts
    chart_order = []
    for series_id in record.get("figures", []):
        chart_id = dataset.statistics[series_id].chart_id
        if chart_id not in chart_order:
            chart_order.append(chart_id)
    # figure_html renders through the autoescaping environment, so its output is safe markup.
    return [Markup(figure_html(charts[chart_id], f"chart-{chart_id}")) for chart_id in chart_order]


def partial_date_text(value: str) -> str:
    """2021-10-01 → 1. Oktober 2021; 2017-12 → Dezember 2017; 2010 → 2010 (no more precise than the source)."""
    parts = str(value).split("-")
    if len(parts) == 3:
        return date_de(value)
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def period_text(period: dict | None) -> dict | None:
    """Start and end of a case as display text with their machine-readable values."""
    if not period or not period.get("start"):
        return None
    text = {"start": period["start"], "start_text": partial_date_text(period["start"])}
    if period.get("end"):
        text.update(end=period["end"], end_text=partial_date_text(period["end"]))
    return text


def event_listing(dataset: Dataset, page: str, now: datetime, when: str = "upcoming") -> str:
    """Upcoming events (soonest first) or past ones (latest first)."""
    if when == "past":
        records = [event for event in reversed(dataset.events) if is_past(event, now)]
    else:
        records = [event for event in dataset.events if not is_past(event, now)]
    template = "list-events-easy.md" if is_easy(page) else "list-events.md"
    return render(template, events=records, page=page, uri=event_uri, when=when, dataset=dataset, sentences=sentences)


OPERATOR_FIELDS = ("name", "street", "postal_code", "town", "email", "phone", "represented_by")


def missing_operator_fields(operator: dict) -> list[str]:
    """Operator settings (mkdocs.yml ``extra.operator``) that an Impressum needs but are unset."""
    required = ("name", "street", "postal_code", "town", "email")
    return [key for key in required if not str(operator.get(key) or "").strip()]


def operator_details(operator: dict) -> str:
    """The operator block of Impressum and contact notes, or a plain notice while unset."""
    return render("operator.md", o=operator or {}, missing=missing_operator_fields(operator or {}))
