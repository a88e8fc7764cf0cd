"""Recurrence rules: what validate accepts, the build builds; the rest is a German message (issue 15)."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from icalendar import Calendar, vRecur

from portal.core.errors import DataError
from portal.core.model import Context, Record
from portal.core.recurrence import HORIZON_YEARS, MAX_OCCURRENCES, RecurrenceError, expand, expansion_of, is_past, last_end, parse_rule
from portal.types import load_dataset
from portal.types.events import event_downloads, event_pages

START = "2026-12-01T10:00:00+01:00"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def message(rule: str, start: str = START, all_day: bool = False) -> str:
    with pytest.raises(RecurrenceError) as caught:
        parse_rule(rule, start, all_day)
    return caught.value.message


@pytest.mark.parametrize(
    "rule, words",
    [
        ("FREQ=DAILY;COUNT=ABC", "COUNT=ABC liegt außerhalb"),
        ("FREQ=DAILY;COUNT=0", "COUNT=0 liegt außerhalb"),
        ("FREQ=DAILY;COUNT=5000", "COUNT=5000 liegt außerhalb"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400", "BYSETPOS=400 liegt außerhalb"),
        ("FREQ=DAILY;FREQ=SECONDLY", "FREQ steht zweimal"),
        ("FREQ=WEEKLY;BYDAY=TU;BYDAY=WE", "BYDAY steht zweimal"),
        ("FREQ=WEEKLY;FOO=BAR", "„FOO“ ist kein Teil"),
        ("FREQ=WEEKLY;X-NAME=1", "„X-NAME“ ist kein Teil"),
        ("FREQ=SECONDLY", "FREQ=SECONDLY ist nicht möglich"),
        ("FREQ=DAILY;BYHOUR=10,14", "BYHOUR ist hier nicht möglich"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY=32 liegt außerhalb"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH=13 liegt außerhalb"),
        ("FREQ=YEARLY;BYMONTH=-1", "BYMONTH=-1 liegt außerhalb"),
        ("FREQ=WEEKLY;BYDAY=XX", "„XX“ ist kein Wochentag"),
        ("FREQ=WEEKLY;BYDAY=1TU", "nur bei FREQ=MONTHLY oder YEARLY"),
        ("FREQ=MONTHLY;BYDAY=6TU", "BYDAY=6 liegt außerhalb"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "COUNT und UNTIL"),
        ("FREQ=WEEKLY;UNTIL=2027-01-01", "ist kein Datum"),
        ("FREQ=WEEKLY;UNTIL=20270230", "kein gültiges Datum"),
        ("FREQ=WEEKLY;UNTIL=20261101", "liegt vor dem Beginn"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL=0 liegt außerhalb"),
        ("FREQ=WEEKLY;BYMONTHDAY=3", "BYMONTHDAY ist bei FREQ=WEEKLY nicht möglich"),
        ("FREQ=MONTHLY;BYWEEKNO=3", "BYWEEKNO ist nur bei FREQ=YEARLY"),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS braucht"),
        ("FREQ=WEEKLY;;COUNT=2", "kein Teil der Form NAME=WERT"),
        ("WEEKLY", "kein Teil der Form NAME=WERT"),
        ("COUNT=2", "keine Häufigkeit"),
    ],
)
def test_unusable_rules_get_a_german_message(rule, words):
    assert words in message(rule)


def test_until_in_utc_as_the_schema_recommends_is_kept_for_a_timed_event():
    rule = parse_rule("FREQ=WEEKLY;UNTIL=20270630T220000Z", START)
    assert rule.text == "FREQ=WEEKLY;UNTIL=20270630T220000Z"
    assert expand(rule, START).complete


@pytest.mark.parametrize(
    "until, normalised",
    [
        ("20270630", "20270630T215959Z"),  # a date: the whole day in German time counts
        ("20270630T100000", "20270630T080000Z"),  # a time without Z is German time (summer)
        ("20270115T100000", "20270115T090000Z"),  # … (winter)
    ],
)
def test_until_is_normalised_to_utc_for_a_timed_event(until, normalised):
    assert parse_rule(f"FREQ=WEEKLY;UNTIL={until}", START).text == f"FREQ=WEEKLY;UNTIL={normalised}"


def test_until_is_a_date_for_an_all_day_event():
    rule = parse_rule("FREQ=WEEKLY;UNTIL=20270630T220000Z", "2026-12-01T00:00:00+01:00", all_day=True)
    assert rule.text == "FREQ=WEEKLY;UNTIL=20270701"


def test_parts_are_put_in_one_order_and_upper_case():
    assert parse_rule("freq=monthly;byday=-1fr;count=3", START).text == "FREQ=MONTHLY;COUNT=3;BYDAY=-1FR"


@pytest.mark.parametrize("rule", ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11"])
def test_an_impossible_rule_is_found_quickly(rule, tmp_path):
    began = time.perf_counter()
    expansion = expand(parse_rule(rule, START), START)
    assert expansion.starts == ()
    assert time.perf_counter() - began < 2.0


def test_expansion_is_bounded_in_count_and_time():
    weekly = expand(parse_rule("FREQ=DAILY", START), START)
    assert len(weekly.starts) == MAX_OCCURRENCES and not weekly.complete
    yearly = expand(parse_rule("FREQ=YEARLY", START), START)
    assert len(yearly.starts) == HORIZON_YEARS + 1 and not yearly.complete
    counted = expand(parse_rule("FREQ=MONTHLY;COUNT=4", START), START)
    assert len(counted.starts) == 4 and counted.complete


def test_the_expansion_is_computed_once_per_event_and_build():
    record = Record("events", "2026-12-01-x", {"start": START, "end": "2026-12-01T11:00:00+01:00", "recurrence": "FREQ=WEEKLY;COUNT=3"}, "x", 1)
    first = expansion_of(record)
    assert expansion_of(record) is first
    assert last_end(record) == datetime.fromisoformat("2026-12-15T11:00:00+01:00")
    assert not is_past(record, NOW)


EVENT = """title: Termin
start: "{start}"
end: "{end}"
format: Online
online_url: https://example.org/live
organiser: veranstalter
recurrence: "{rule}"
source: {{title: Q, url: "https://example.org/"}}
checked: "2026-01-15"
"""
PROVIDER = """providers:
  - id: veranstalter
    name: Veranstalter
    kind: Verband
    land: Hessen
    source: {title: Q, url: "https://example.org/"}
    checked: "2026-01-15"
"""


def project(tmp_path: Path, rule: str, start: str = START, end: str = "2026-12-01T11:00:00+01:00") -> Path:
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "providers.yaml").write_text(PROVIDER, encoding="utf-8")
    (tmp_path / "data" / "events" / f"{start[:10]}-termin.yaml").write_text(EVENT.format(start=start, end=end, rule=rule), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "rule, words",
    [
        ("FREQ=DAILY;COUNT=ABC", "COUNT=ABC liegt außerhalb"),
        ("FREQ=DAILY;FREQ=SECONDLY", "FREQ steht zweimal"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400", "BYSETPOS=400"),
        ("FREQ=WEEKLY;WHEN=NOW", "„WHEN“ ist kein Teil"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "keinen einzigen Termin"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "beginnt nicht mit dem Beginn des Termins, sondern am 15.12.2026, 10:00 Uhr"),
    ],
)
def test_validation_names_file_line_and_field(rule, words, tmp_path):
    with pytest.raises(DataError) as caught:
        load_dataset(project(tmp_path, rule))
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.field) == ("data/events/2026-12-01-termin.yaml", 7, "recurrence")
    assert words in problem.message


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;UNTIL=20270630T220000Z",
        "FREQ=WEEKLY;UNTIL=20270630",
        "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        "FREQ=MONTHLY;BYDAY=1TU",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
        "FREQ=DAILY;INTERVAL=2;COUNT=10",
        "FREQ=YEARLY",
    ],
)
def test_what_validate_accepts_the_build_builds(rule, tmp_path):
    dataset = load_dataset(project(tmp_path, rule))
    assert event_pages(dataset, NOW)
    downloads = {item.src_uri: item.content for item in event_downloads(Context(dataset, NOW))}
    calendar = Calendar.from_ical(downloads["termine/2026-12-01-termin.ics"])
    [event] = [component for component in calendar.walk() if component.name == "VEVENT"]
    assert dict(event["RRULE"]) == dict(vRecur.from_ical(parse_rule(rule, START).text))
