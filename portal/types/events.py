"""Events: one file each in data/events/, a page and an .ics each, the calendar feed, the listings."""

from __future__ import annotations

import difflib
import re
from datetime import datetime
from typing import Any

from portal.core.errors import Problem
from portal.core.model import Context, Dataset, Directive, GeneratedDownload, GeneratedPage, Record, RecordType
from portal.core.berlin import day, iso, moment, offset_problem
from portal.core.recurrence import RecurrenceError, expand, first_occurrence_problem, is_past, parse_rule
from portal.exports.calendar import calendar_ics, event_ics
from portal.leichte_sprache.fields import sentences
from portal.rendering.paths import href, url_dir
from portal.rendering.render import render
from portal.rendering.twins import is_easy
from portal.types.providers import provider_uri

EVENT_DIR = "termine"
CALENDAR_FEED = f"{EVENT_DIR}/termine.ics"
EVENT_FILE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(-[a-z0-9]+)*$")


def event_uri(record: Record) -> str:
    return f"{EVENT_DIR}/{record.slug}.md"


def event_problems(dataset: Dataset) -> list[Problem]:
    """File name and dates agree; organiser and host name existing providers."""
    problems: list[Problem] = []
    for event in dataset.events:
        document = event.document
        match = EVENT_FILE_NAME.match(event.slug)
        start, end = event.get("start"), event.get("end")
        if not match:
            problems.append(
                Problem(event.file, 0, "", "Der Dateiname muss mit dem Datum beginnen: JJJJ-MM-TT-kurzname.yaml", "Zum Beispiel 2026-03-12-online-sprechstunde.yaml.")
            )
        starts = _moment(start)
        ends = _moment(end)
        if match and starts and day(start).isoformat() != match.group(1):
            problems.append(
                Problem(event.file, document.line(("start",)), "start", f"Der Beginn {start} passt nicht zum Datum im Dateinamen ({match.group(1)})", "Gleichen Sie Dateiname und Beginn an.")
            )
        if starts and ends and ends < starts:
            problems.append(Problem(event.file, document.line(("end",)), "end", f"Das Ende {end} liegt vor dem Beginn {start}", "Prüfen Sie Datum und Uhrzeit."))
        for name, value in (("start", start), ("end", end)):
            wrong = offset_problem(value) if isinstance(value, str) else None
            if wrong:
                problems.append(Problem(event.file, document.line((name,)), name, *wrong))
        problems += _recurrence_problems(event, starts)
        known = ", ".join(sorted(record.slug for record in dataset.providers)[:20])
        place = event.get("place")
        references = [(("organiser",), "organiser", event.get("organiser"), "Den Veranstalter")]
        if isinstance(place, dict):
            references.append((("place", "provider"), "place.provider", place.get("provider"), "Den Anbieter am Ort"))
        for path, field_name, provider_id, what in references:
            if isinstance(provider_id, str) and dataset.provider(provider_id) is None:
                problems.append(
                    Problem(
                        event.file,
                        document.line(path),
                        field_name,
                        f"{what} „{provider_id}“ gibt es nicht in data/providers.yaml",
                        f"{_suggest_provider(provider_id, dataset)}Tragen Sie die Kennung (id) eines Anbieters ein oder legen Sie ihn zuerst an. "
                        f"Vorhanden sind zum Beispiel: {known}.",
                    )
                )
    return problems


def _recurrence_problems(event: Record, starts: datetime | None) -> list[Problem]:
    """The rule is read by the same parser the build uses; what it cannot build is reported here."""
    rule_text = event.get("recurrence")
    if not isinstance(rule_text, str) or starts is None:
        return []
    line = event.line_of(("recurrence",))
    try:
        rule = parse_rule(rule_text, event["start"], bool(event.get("all_day")))
        expansion = expand(rule, event["start"])
        event.cache["expansion"] = expansion  # computed once per build: validation, pages and listings share it
        wrong = first_occurrence_problem(rule, event["start"], expansion)
    except RecurrenceError as error:
        return [Problem(event.file, line, "recurrence", f"Die Wiederholungsregel „{' '.join(rule_text.split())[:80]}“ ist nicht verwendbar: {error.message}", error.hint)]
    if wrong:
        return [Problem(event.file, line, "recurrence", wrong, "Legen Sie den Beginn (start) auf den ersten Termin der Regel oder ändern Sie die Regel.")]
    return []


def _suggest_provider(provider_id: str, dataset: Dataset) -> str:
    """The closest existing ids, so a typo is easy to fix."""
    close = difflib.get_close_matches(provider_id, [record.slug for record in dataset.providers], n=3, cutoff=0.5)
    return f"Meinten Sie {', '.join(f'„{slug}“' for slug in close)}? " if close else ""


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


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
                    "events/event.md",
                    e=record.data,
                    slug=record.slug,
                    organiser=organiser,
                    organiser_uri=provider_uri(organiser),
                    host=host,
                    # raw HTML: MkDocs does not rewrite the link, so it points at the built folder
                    host_href=href(url_dir(provider_uri(host)), event_uri(record)) + "/" if host else None,
                    page=event_uri(record),
                    past=is_past(record, now),
                    when=event_when(record),
                    ld=event_json_ld(record, organiser),
                    easy_lines=sentences(record.get("summary_leichte_sprache")),
                ),
            )
        )
    return pages


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
        **event_dates(record),
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


def event_dates(record: Record | dict) -> dict[str, str]:
    """startDate/endDate as the page shows them: Berlin time, or the first and last day of an all-day event."""
    if record.get("all_day"):
        return {"startDate": day(record["start"]).isoformat(), "endDate": day(record["end"]).isoformat()}
    return {"startDate": iso(record["start"]), "endDate": iso(record["end"])}


def event_when(record: Record | dict) -> dict:
    """What the page shows under "Wann", in Berlin time: days, and clock times unless all-day."""
    all_day = bool(record.get("all_day"))
    first, last = day(record["start"]), day(record["end"])
    return {
        "all_day": all_day,
        "start": moment(record["start"]),
        "end": moment(record["end"]),
        "first_day": first,
        "last_day": last,
        "same_day": first == last,
        **event_dates(record),
    }


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


def event_listing(dataset: Dataset, page: str, now: datetime, when: str = "upcoming") -> str:
    """Upcoming events (soonest first) or past ones (latest first)."""
    if when == "past":
        records = [event for event in reversed(dataset.events) if is_past(event, now)]
    else:
        records = [event for event in dataset.events if not is_past(event, now)]
    template = "events/list-events-easy.md" if is_easy(page) else "events/list-events.md"
    return render(template, events=records, page=page, uri=event_uri, when=when, dataset=dataset, sentences=sentences)


def event_downloads(context: Context) -> list[GeneratedDownload]:
    """One .ics per event and the whole calendar as a subscribable feed."""
    dataset, now, site_url, uid_domain = context.dataset, context.now, context.site_url, context.uid_domain
    entries = [calendar_entry(dataset, record, site_url) for record in dataset.events]
    downloads = [GeneratedDownload(f"{EVENT_DIR}/{entry['slug']}.ics", event_ics(entry, uid_domain, now)) for entry in entries]
    feed_url = f"{site_url.rstrip('/')}/{CALENDAR_FEED}" if site_url else None
    downloads.append(GeneratedDownload(CALENDAR_FEED, calendar_ics(entries, uid_domain, now, url=feed_url)))
    return downloads


def _by_start(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda record: (record["start"], record.slug))


TYPE = RecordType(
    name="events",
    counted_as=("Termin", "Termine"),
    source="data/events/",
    schema="event.schema.json",
    example="2027-03-12-online-sprechstunde.yaml",
    url_dir=EVENT_DIR,
    easy_fields=("title_leichte_sprache", "summary_leichte_sprache"),
    check=event_problems,
    order=_by_start,
    pages=lambda dataset, now: event_pages(dataset, now),
    downloads=event_downloads,
    directives={
        "events": Directive({"when": ("upcoming", "past")}, lambda ctx, page, **args: event_listing(ctx.dataset, page, ctx.now, **args)),
    },
)
