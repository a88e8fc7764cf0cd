"""iCalendar export: parseable, Berlin local time across daylight-saving changes, stable bytes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from portal.exports.calendar import calendar_ics, event_ics

BERLIN = ZoneInfo("Europe/Berlin")
DOMAIN = "budget-fuer-arbeit.example"
NOW = datetime(2026, 11, 23, 11, 0, tzinfo=timezone.utc)


def make_event(**changes) -> dict:
    event = {
        "slug": "2026-03-26-sprechstunde",
        "title": "Online-Sprechstunde zum Budget für Arbeit",
        "start": "2026-03-26T15:00:00+01:00",
        "end": "2026-03-26T16:30:00+01:00",
        "format": "Präsenz",
        "place": {"name": "Rathaus, Saal 2", "street": "Markt 1", "postal_code": "12345", "town": "Musterstadt"},
        "description": "Fragen Sie live; wir antworten.",
        "organiser_name": "Beispielverein e. V.",
        "organiser_email": "info@example.org",
        "url": "https://budget-fuer-arbeit.example/termine/2026-03-26-sprechstunde/",
    }
    event.update(changes)
    return event


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def only_event(data: bytes):
    [event] = parse(data).walk("VEVENT")
    return event


def test_event_parses_with_icalendar():
    assert only_event(event_ics(make_event(), DOMAIN, NOW))["SUMMARY"] == "Online-Sprechstunde zum Budget für Arbeit"


def test_start_is_berlin_local_time_with_tzid():
    data = event_ics(make_event(), DOMAIN, NOW)
    assert b"DTSTART;TZID=Europe/Berlin:20260326T150000" in data
    start = only_event(data).decoded("DTSTART")
    assert (start.hour, start.utcoffset()) == (15, timedelta(hours=1))


def test_utc_input_is_converted_to_berlin_winter_time():
    data = event_ics(make_event(start="2026-03-26T14:00:00Z", end="2026-03-26T15:30:00Z"), DOMAIN, NOW)
    assert b"DTSTART;TZID=Europe/Berlin:20260326T150000" in data


def test_utc_input_is_converted_to_berlin_summer_time():
    data = event_ics(make_event(start="2026-04-02T13:00:00Z", end="2026-04-02T14:30:00Z"), DOMAIN, NOW)
    assert b"DTSTART;TZID=Europe/Berlin:20260402T150000" in data


def test_weekly_recurrence_keeps_local_time_across_the_change_to_summer_time():
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
    event = only_event(event_ics(make_event(start="2026-03-24T15:00:00+01:00", end="2026-03-24T16:30:00+01:00", recurrence=rule), DOMAIN, NOW))
    start = event.decoded("DTSTART")
    occurrences = list(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))
    assert [moment.date() for moment in occurrences] == [date(2026, 3, 24) + timedelta(weeks=week) for week in range(6)]
    assert {moment.astimezone(BERLIN).strftime("%H:%M") for moment in occurrences} == {"15:00"}
    assert [moment.astimezone(BERLIN).utcoffset() for moment in occurrences[:2]] == [timedelta(hours=1), timedelta(hours=2)]


def test_recurrence_is_emitted_as_rrule():
    data = event_ics(make_event(recurrence="FREQ=WEEKLY;BYDAY=TU;COUNT=6"), DOMAIN, NOW)
    rule = only_event(data)["RRULE"]
    assert (rule["FREQ"], rule["BYDAY"], rule["COUNT"]) == (["WEEKLY"], ["TU"], [6])


def test_invalid_recurrence_is_refused_in_german():
    with pytest.raises(ValueError, match="kein Teil der Form NAME=WERT"):
        event_ics(make_event(recurrence="jeden Dienstag"), DOMAIN, NOW)


def test_all_day_event_uses_dates_and_exclusive_end():
    data = event_ics(make_event(all_day=True, start="2026-06-01T00:00:00+02:00", end="2026-06-02T23:59:00+02:00"), DOMAIN, NOW)
    assert b"DTSTART;VALUE=DATE:20260601" in data
    assert b"DTEND;VALUE=DATE:20260603" in data


def test_location_is_place_street_and_town():
    assert str(only_event(event_ics(make_event(), DOMAIN, NOW))["LOCATION"]) == "Rathaus, Saal 2, Markt 1, 12345 Musterstadt"


def test_online_event_location_is_its_link():
    event = make_event(format="Online", place=None, online_url="https://example.org/raum")
    assert str(only_event(event_ics(event, DOMAIN, NOW))["LOCATION"]) == "https://example.org/raum"


def test_description_url_and_organiser():
    event = only_event(event_ics(make_event(), DOMAIN, NOW))
    assert "Fragen Sie live; wir antworten." in str(event["DESCRIPTION"])
    assert str(event["URL"]) == "https://budget-fuer-arbeit.example/termine/2026-03-26-sprechstunde/"
    assert str(event["ORGANIZER"]) == "mailto:info@example.org"
    assert event["ORGANIZER"].params["CN"] == "Beispielverein e. V."


def test_organiser_without_address_is_left_out():
    event = only_event(event_ics(make_event(organiser_email=None), DOMAIN, NOW))
    assert "ORGANIZER" not in event
    assert "Veranstalter: Beispielverein e. V." in str(event["DESCRIPTION"])


def test_uid_is_slug_at_domain():
    assert str(only_event(event_ics(make_event(), DOMAIN, NOW))["UID"]) == f"2026-03-26-sprechstunde@{DOMAIN}"


def test_dtstamp_is_the_build_moment_in_utc():
    assert b"DTSTAMP:20261123T110000Z" in event_ics(make_event(), DOMAIN, NOW)


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        event_ics(make_event(), DOMAIN, datetime(2026, 11, 23, 12, 0))


def test_feed_is_a_subscribable_publish_calendar():
    calendar = parse(calendar_ics([make_event()], DOMAIN, NOW))
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "Termine zum Budget für Arbeit"
    assert calendar["X-WR-TIMEZONE"] == "Europe/Berlin"
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 3, 29, 1, 30), datetime(2026, 3, 29, 3, 30), datetime(2026, 10, 25, 1, 30), datetime(2026, 10, 25, 3, 30), datetime(2031, 7, 1, 12, 0)],
    ids=str,
)
def test_vtimezone_agrees_with_the_tz_database(moment):
    [zone] = parse(calendar_ics([make_event()], DOMAIN, NOW)).walk("VTIMEZONE")
    utc = moment.replace(tzinfo=timezone.utc)
    assert utc.astimezone(zone.to_tz()).utcoffset() == utc.astimezone(BERLIN).utcoffset()


def test_feed_holds_every_event_sorted_by_start():
    later = make_event(slug="2026-05-05-treffen", start="2026-05-05T10:00:00+02:00", end="2026-05-05T12:00:00+02:00")
    events = parse(calendar_ics([later, make_event()], DOMAIN, NOW)).walk("VEVENT")
    assert [str(event["UID"]).split("@")[0] for event in events] == ["2026-03-26-sprechstunde", "2026-05-05-treffen"]


def test_output_is_byte_identical_for_the_same_input():
    later = make_event(slug="2026-05-05-treffen", start="2026-05-05T10:00:00+02:00", end="2026-05-05T12:00:00+02:00")
    assert calendar_ics([make_event(), later], DOMAIN, NOW) == calendar_ics([later, make_event()], DOMAIN, NOW)
    assert event_ics(make_event(), DOMAIN, NOW) == event_ics(make_event(), DOMAIN, NOW)


def test_lines_end_in_crlf_and_are_folded():
    data = calendar_ics([make_event(description="Sehr langer Text " * 20)], DOMAIN, NOW)
    lines = data.split(b"\r\n")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75


def test_html_in_text_stays_text():
    event = only_event(event_ics(make_event(title="<script>alert(1)</script>"), DOMAIN, NOW))
    assert str(event["SUMMARY"]) == "<script>alert(1)</script>"  # plain text in iCalendar; escaping is the HTML side's job
