"""An event's time is the same instant on its page, in its .ics and in its JSON-LD (issue 15).

Inputs in UTC, with the winter offset, with the summer offset and all-day: the
page shows German time (or only days), the .ics carries TZID=Europe/Berlin (or
dates), and the JSON-LD names the same instant (or the same first and last day).
An offset that is not Berlin's on that date is an error that names the right one.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from portal.core.berlin import BERLIN
from portal.core.errors import DataError
from portal.core.model import Context
from portal.types import load_dataset
from portal.types.events import event_downloads, event_pages

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
PROVIDER = """providers:
  - id: veranstalter
    name: Veranstalter
    kind: Verband
    land: Hessen
    source: {title: Q, url: "https://example.org/"}
    checked: "2026-01-15"
"""


def event_yaml(start: str, end: str, extra: str = "") -> str:
    return (
        f'title: Termin\nstart: "{start}"\nend: "{end}"\nformat: Online\nonline_url: https://example.org/live\n'
        f'organiser: veranstalter\nsource: {{title: Q, url: "https://example.org/"}}\nchecked: "2026-01-15"\n{extra}'
    )


def project(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "providers.yaml").write_text(PROVIDER, encoding="utf-8")
    (tmp_path / "data" / "events" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def built(tmp_path: Path, name: str, text: str) -> tuple[str, dict, Calendar]:
    dataset = load_dataset(project(tmp_path, name, text))
    [page] = event_pages(dataset, NOW)
    downloads = {item.src_uri: item.content for item in event_downloads(Context(dataset, NOW))}
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page.markdown).group(1))
    return page.markdown, ld, Calendar.from_ical(downloads[f"termine/{name}.ics"])


def only_event(calendar: Calendar):
    [event] = [component for component in calendar.walk() if component.name == "VEVENT"]
    return event


def when_line(page: str) -> str:
    return re.search(r"<dt>Wann</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)


TIMED = {
    # name: (start, end, Berlin start, Berlin end)
    "utc": ("2026-12-01T09:00:00Z", "2026-12-01T10:30:00Z", "10:00", "11:30"),
    "winter": ("2026-12-01T10:00:00+01:00", "2026-12-01T11:30:00+01:00", "10:00", "11:30"),
    "summer": ("2026-12-01T10:00:00+01:00", "2026-12-01T11:30:00+01:00", "10:00", "11:30"),
    "summer-utc": ("2027-07-01T08:00:00Z", "2027-07-01T09:30:00Z", "10:00", "11:30"),
    "summer-offset": ("2027-07-01T10:00:00+02:00", "2027-07-01T11:30:00+02:00", "10:00", "11:30"),
}


@pytest.mark.parametrize("case", TIMED)
def test_page_ics_and_json_ld_name_the_same_instant(case, tmp_path):
    start, end, shown_start, shown_end = TIMED[case]
    page, ld, calendar = built(tmp_path, f"{start[:10]}-termin", event_yaml(start, end))
    instant_start = datetime.fromisoformat(start)
    instant_end = datetime.fromisoformat(end)
    line = when_line(page)
    # Page: German clock time, and the machine-readable datetime attribute in German time.
    hour, minute = shown_start.split(":")
    assert f"{int(hour)}:{minute} Uhr" in line
    hour, minute = shown_end.split(":")
    assert f"{int(hour)}:{minute} Uhr" in line
    attributes = re.findall(r'<time datetime="([^"]+)"', line)
    assert [datetime.fromisoformat(value) for value in attributes] == [instant_start, instant_end]
    assert all(datetime.fromisoformat(value).utcoffset() == instant_start.astimezone(BERLIN).utcoffset() for value in attributes)
    # .ics: TZID=Europe/Berlin, same instant.
    event = only_event(calendar)
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTART") == instant_start and event.decoded("DTEND") == instant_end
    assert event.decoded("DTSTART").astimezone(BERLIN).strftime("%H:%M") == shown_start
    # JSON-LD: same instant, written in German time.
    assert datetime.fromisoformat(ld["startDate"]) == instant_start
    assert datetime.fromisoformat(ld["endDate"]) == instant_end
    assert ld["startDate"] == attributes[0] and ld["endDate"] == attributes[1]


@pytest.mark.parametrize(
    "start, end, first, last",
    [
        ("2027-07-01T00:00:00+02:00", "2027-07-01T00:00:00+02:00", date(2027, 7, 1), date(2027, 7, 1)),
        ("2026-12-01T00:00:00+01:00", "2026-12-03T00:00:00+01:00", date(2026, 12, 1), date(2026, 12, 3)),
        ("2027-06-30T22:00:00Z", "2027-07-01T22:00:00Z", date(2027, 7, 1), date(2027, 7, 2)),
    ],
)
def test_all_day_event_shows_days_only_and_agrees_on_the_last_day(start, end, first, last, tmp_path):
    page, ld, calendar = built(tmp_path, f"{first.isoformat()}-termin", event_yaml(start, end, "all_day: true\n"))
    line = when_line(page)
    assert "Uhr" not in line and "ganztägig" in line
    assert re.findall(r'<time datetime="([^"]+)"', line) == ([first.isoformat()] if first == last else [first.isoformat(), last.isoformat()])
    event = only_event(calendar)
    assert event.decoded("DTSTART") == first
    assert event.decoded("DTEND") == last + timedelta(days=1)  # exclusive end (RFC 5545)
    assert (ld["startDate"], ld["endDate"]) == (first.isoformat(), last.isoformat())


@pytest.mark.parametrize(
    "start, right",
    [
        ("2027-07-01T10:00:00+01:00", "+02:00"),  # winter offset on a summer date
        ("2026-12-01T10:00:00+02:00", "+01:00"),  # summer offset on a winter date
        ("2026-12-01T10:00:00+05:30", "+01:00"),
    ],
)
def test_an_offset_that_is_not_berlins_is_an_error_naming_the_right_one(start, right, tmp_path):
    end = start.replace("T10:", "T11:")
    with pytest.raises(DataError) as caught:
        load_dataset(project(tmp_path, f"{start[:10]}-termin", event_yaml(start, end)))
    messages = [problem for problem in caught.value.problems if problem.field == "start"]
    assert len(messages) == 1, caught.value.report()
    [problem] = messages
    assert problem.file == f"data/events/{start[:10]}-termin.yaml" and problem.line == 2
    assert f"dort gilt {right}" in problem.message
    assert right in problem.hint


def test_a_clock_time_skipped_by_the_change_to_summer_time_is_an_error(tmp_path):
    with pytest.raises(DataError) as caught:
        load_dataset(project(tmp_path, "2027-03-28-termin", event_yaml("2027-03-28T02:30:00+01:00", "2027-03-28T04:00:00+02:00")))
    [problem] = [problem for problem in caught.value.problems if problem.field == "start"]
    assert "gibt es am 28.03.2027 in Deutschland nicht" in problem.message


def test_a_weekly_rule_keeps_german_clock_time_across_the_change(tmp_path):
    text = event_yaml("2027-03-23T15:00:00+01:00", "2027-03-23T16:00:00+01:00", "recurrence: FREQ=WEEKLY;COUNT=3\n")
    page, ld, calendar = built(tmp_path, "2027-03-23-termin", text)
    event = only_event(calendar)
    from dateutil.rrule import rrulestr

    starts = list(rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART")))
    assert [moment.astimezone(BERLIN).strftime("%d.%m. %H:%M") for moment in starts] == ["23.03. 15:00", "30.03. 15:00", "06.04. 15:00"]
