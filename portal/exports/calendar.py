"""iCalendar files for events: one .ics per event and one subscribable feed.

Times are written as local Berlin time with ``TZID=Europe/Berlin`` (not UTC),
so that a weekly event at 15:00 stays at 15:00 after the change to summer
time, and the calendar carries its own VTIMEZONE for clients that do not know
the zone. Output depends only on the input: the build passes in ``now``
(from ``SOURCE_DATE_EPOCH``) for DTSTAMP, and nothing else varies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from portal.core.berlin import BERLIN, moment
from portal.core.recurrence import parse_rule
from portal.rendering.render import plain, safe_url

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vDuration, vRecur, vText

TZID = "Europe/Berlin"
PRODID = "-//Portal Budget für Arbeit//Termine//DE"
CALENDAR_NAME = "Termine zum Budget für Arbeit"
# How often subscribed clients should fetch the feed again.
REFRESH = timedelta(days=1)


def event_ics(event: dict[str, Any], uid_domain: str, now: datetime) -> bytes:
    """One event as a complete .ics file (for a "In den Kalender" link on its page)."""
    calendar = _calendar(method="PUBLISH")
    calendar.add_component(berlin_timezone())
    calendar.add_component(_event(event, uid_domain, now))
    return calendar.to_ical()


def calendar_ics(
    events: Iterable[dict[str, Any]],
    uid_domain: str,
    now: datetime,
    name: str = CALENDAR_NAME,
    url: str | None = None,
) -> bytes:
    """Every event in one feed to subscribe to, sorted by start and slug so the bytes are stable."""
    calendar = _calendar(method="PUBLISH")
    calendar.add("X-WR-CALNAME", name)
    calendar.add("X-WR-TIMEZONE", TZID)
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    if url:
        calendar.add("SOURCE", url, parameters={"VALUE": "URI"})
    calendar.add_component(berlin_timezone())
    for event in sorted(events, key=lambda item: (_moment(item["start"]), item["slug"])):
        calendar.add_component(_event(event, uid_domain, now))
    return calendar.to_ical()


def berlin_timezone() -> Timezone:
    """VTIMEZONE for Europe/Berlin with the EU rules in force since 1996 (last Sunday of March/October).

    Written as yearly rules rather than generated transitions: it is short, it
    does not depend on the installed tzdata, and it stays right for recurring
    events of any length.
    """
    zone = Timezone()
    zone.add("TZID", TZID)
    zone.add("X-LIC-LOCATION", TZID)
    daylight = TimezoneDaylight()
    daylight.add("TZOFFSETFROM", timedelta(hours=1))
    daylight.add("TZOFFSETTO", timedelta(hours=2))
    daylight.add("TZNAME", "CEST")
    daylight.add("DTSTART", datetime(1981, 3, 29, 2, 0, 0))
    daylight.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    standard = TimezoneStandard()
    standard.add("TZOFFSETFROM", timedelta(hours=2))
    standard.add("TZOFFSETTO", timedelta(hours=1))
    standard.add("TZNAME", "CET")
    standard.add("DTSTART", datetime(1996, 10, 27, 3, 0, 0))
    standard.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def parse_recurrence(rule: str, start: Any = "2026-01-01T00:00:00+01:00", all_day: bool = False) -> vRecur:
    """The RRULE value for ``rule`` as checked by portal.core.recurrence (UNTIL agreeing with the start);
    RecurrenceError (a ValueError, German) if it is not usable."""
    return vRecur.from_ical(parse_rule(rule, start, all_day).text)


# Helpers


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    return calendar


def _moment(value: Any) -> datetime:
    """An ISO moment with offset ("2026-03-12T15:00:00+01:00") as Berlin local time."""
    return moment(value)


def _event(event: dict[str, Any], uid_domain: str, now: datetime) -> Event:
    if now.tzinfo is None:
        raise ValueError("now braucht eine Zeitzone, damit DTSTAMP eindeutig ist")
    start, end = _moment(event["start"]), _moment(event["end"])
    item = Event()
    item.add("UID", f"{event['slug']}@{uid_domain}")
    item.add("DTSTAMP", now.astimezone(timezone.utc))
    if event.get("all_day"):
        # DTEND of an all-day event is the day after the last day (RFC 5545, 3.6.1).
        item.add("DTSTART", start.date())
        item.add("DTEND", end.date() + timedelta(days=1))
    else:
        item.add("DTSTART", start)
        item.add("DTEND", end)
    if event.get("recurrence"):
        item.add("RRULE", parse_recurrence(event["recurrence"], event["start"], bool(event.get("all_day"))))
    item.add("SUMMARY", _one_line(event["title"]))
    description = _description(event)
    if description:
        item.add("DESCRIPTION", description)
    location = _location(event)
    if location:
        item.add("LOCATION", location)
    link = safe_url(event.get("url") or event.get("online_url") or "")
    if link:
        item.add("URL", link, parameters={"VALUE": "URI"})
    organiser = _organiser(event)
    if organiser is not None:
        item.add("ORGANIZER", organiser)
    return item


def _one_line(value: Any) -> str:
    """Text on one line, without control or bidi characters."""
    return plain(value)


def _description(event: dict[str, Any]) -> str:
    parts = []
    if event.get("description"):
        parts.append(_one_line(event["description"]))
    if event.get("organiser_name"):
        parts.append(f"Veranstalter: {_one_line(event['organiser_name'])}")
    if safe_url(event.get("online_url") or ""):
        parts.append(f"Online: {safe_url(event['online_url'])}")
    if safe_url(event.get("url") or ""):
        parts.append(f"Mehr: {safe_url(event['url'])}")
    return "\n\n".join(parts)


def _location(event: dict[str, Any]) -> str:
    """Place name, street, postal code and town; online events get their link; hybrid gets both."""
    place = event.get("place") or {}
    town = " ".join(part for part in (place.get("postal_code"), place.get("town")) if part)
    where = ", ".join(_one_line(part) for part in (place.get("name"), place.get("street"), town) if part)
    online = safe_url(event.get("online_url") or "")
    if where and online:
        return f"{where} und online: {online}"
    return where or online


def _organiser(event: dict[str, Any]) -> vCalAddress | None:
    """ORGANIZER needs an address (RFC 5545 CAL-ADDRESS): e-mail first, else the organiser's website."""
    name = event.get("organiser_name")
    address = f"mailto:{plain(event['organiser_email'])}" if event.get("organiser_email") else safe_url(event.get("organiser_url") or "")
    if not name or not address:
        return None
    organiser = vCalAddress(address)
    organiser.params["CN"] = vText(_one_line(name))
    return organiser
