"""Recurrence rules (RRULE, RFC 5545) for events: parsed and checked at validation, expanded with bounds.

:func:`parse_rule` reads a rule part by part and refuses, in German, what a
calendar would misread or what cannot be built: unknown or repeated parts,
values out of range, COUNT together with UNTIL, parts the frequency does not
allow. It normalises UNTIL so that it agrees with the event's start (UTC for a
timed event, a date for an all-day event), which is the form the .ics carries.

:func:`expand` computes the occurrences within HORIZON_YEARS and at most
MAX_OCCURRENCES. dateutil looks for the next occurrence until the year 9999,
which for a rule without any (``BYMONTH=2;BYMONTHDAY=31``) takes seconds; the
expansion therefore runs on a copy of the rule moved by a multiple of 400
years (the Gregorian calendar, weekdays included, repeats every 400 years)
close to the year 9999, so that the search ends after at most about 400 years
of calendar, and moves the results back. Events cache their expansion, so it
runs once per event and build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from dateutil import rrule as du

from portal.core.berlin import BERLIN, moment

MAX_OCCURRENCES = 1000
HORIZON_YEARS = 20
MAX_INTERVAL = 99
FREQUENCIES = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY, "YEARLY": du.YEARLY}
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Part: (smallest, largest, negative values allowed, dateutil keyword)
NUMBER_LISTS = {
    "BYMONTH": (1, 12, False, "bymonth"),
    "BYMONTHDAY": (1, 31, True, "bymonthday"),
    "BYYEARDAY": (1, 366, True, "byyearday"),
    "BYWEEKNO": (1, 53, True, "byweekno"),
    "BYSETPOS": (1, 366, True, "bysetpos"),
}
ORDER = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST")
TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
EXAMPLE = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
_DAY = re.compile(r"([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_INTEGER = re.compile(r"([+-]?)(\d{1,4})")
_UNTIL = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")


class RecurrenceError(ValueError):
    """A rule that cannot be used; ``message`` and ``hint`` are German."""

    def __init__(self, message: str, hint: str = f"Ein Beispiel: {EXAMPLE} (jeden Dienstag, sechsmal).") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} – {hint}")


@dataclass(frozen=True)
class Rule:
    """A checked rule: its parts in canonical order (UNTIL normalised) and what dateutil needs."""

    text: str
    parts: tuple[tuple[str, str], ...]
    options: tuple[tuple[str, Any], ...]
    all_day: bool
    until: datetime | None
    count: int | None


@dataclass(frozen=True)
class Expansion:
    """Occurrence starts (Berlin time) within the horizon; ``complete`` if the rule ends within it."""

    starts: tuple[datetime, ...]
    complete: bool


def _integer(name: str, value: str, low: int, high: int, signed: bool) -> int:
    match = _INTEGER.fullmatch(value)
    number = int(match.group(1) + match.group(2)) if match else None
    if number is None or number == 0 or abs(number) < low or abs(number) > high or (number < 0 and not signed):
        allowed = f"{low} bis {high}" + (f" oder -{high} bis -{low}" if signed else "")
        raise RecurrenceError(f"{name}={value} liegt außerhalb des erlaubten Bereichs ({allowed})", f"Korrigieren Sie die Zahl. Ein Beispiel: {EXAMPLE}.")
    return number


def _start_of(start: Any, all_day: bool) -> datetime:
    begin = moment(start)
    if all_day:
        return datetime.combine(begin.date(), time(0, 0), BERLIN)
    return begin


def _until(value: str, all_day: bool) -> tuple[str, datetime]:
    """UNTIL as the .ics writes it and as the moment it stands for (inclusive)."""
    match = _UNTIL.fullmatch(value)
    if not match:
        raise RecurrenceError(
            f"UNTIL={value} ist kein Datum",
            "Schreiben Sie das Enddatum als JJJJMMTT (zum Beispiel UNTIL=20270630) oder als Zeitpunkt in UTC (UNTIL=20270630T220000Z).",
        )
    year, month, dom, hour, minute, second, utc = match.groups()
    try:
        day = date(int(year), int(month), int(dom))
        clock = time(int(hour), int(minute), int(second)) if hour is not None else None
    except ValueError:
        raise RecurrenceError(f"UNTIL={value} ist kein gültiges Datum", "Prüfen Sie Tag, Monat und Uhrzeit.") from None
    if clock is None:
        last = datetime.combine(day, time(23, 59, 59), BERLIN)  # the whole last day counts
    elif utc:
        last = datetime.combine(day, clock, timezone.utc).astimezone(BERLIN)
    else:
        last = datetime.combine(day, clock, BERLIN)  # a time without Z is German time
    if all_day:
        last_day = last.date()
        return last_day.strftime("%Y%m%d"), datetime.combine(last_day, time(23, 59, 59), BERLIN)
    return last.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"), last


def parse_rule(text: Any, start: Any, all_day: bool = False) -> Rule:
    """The checked and normalised rule for an event starting at ``start``; RecurrenceError (German) if unusable."""
    if not isinstance(text, str) or not text.strip():
        raise RecurrenceError("Die Wiederholungsregel ist leer")
    body = text.strip().removeprefix("RRULE:")
    seen: dict[str, str] = {}
    for item in body.split(";"):
        name, equals, value = item.partition("=")
        name = name.strip().upper()
        value = value.strip().upper()
        if not equals or not name or not value:
            raise RecurrenceError(f"„{item}“ ist kein Teil der Form NAME=WERT")
        if name in seen:
            raise RecurrenceError(f"{name} steht zweimal in der Regel ({name}={seen[name]} und {name}={value})", "Jeder Teil darf nur einmal vorkommen; löschen Sie einen.")
        if name in TIME_PARTS:
            raise RecurrenceError(f"{name} ist hier nicht möglich: die Uhrzeit steht in start und end", "Löschen Sie den Teil; für mehrere Uhrzeiten legen Sie je einen Termin an.")
        if name not in ORDER:
            raise RecurrenceError(f"„{name}“ ist kein Teil einer Wiederholungsregel", f"Erlaubt sind: {', '.join(ORDER)}.")
        seen[name] = value
    freq = seen.get("FREQ")
    if freq is None:
        raise RecurrenceError("Die Regel nennt keine Häufigkeit (FREQ)", "Beginnen Sie mit FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY.")
    if freq not in FREQUENCIES:
        raise RecurrenceError(f"FREQ={freq} ist nicht möglich", "Erlaubt sind FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY.")
    options: dict[str, Any] = {}
    parts = dict(seen)
    if "INTERVAL" in seen:
        options["interval"] = _integer("INTERVAL", seen["INTERVAL"], 1, MAX_INTERVAL, False)
        parts["INTERVAL"] = str(options["interval"])
    count = None
    if "COUNT" in seen:
        count = _integer("COUNT", seen["COUNT"], 1, MAX_OCCURRENCES, False)
        options["count"] = count
        parts["COUNT"] = str(count)
    if "COUNT" in seen and "UNTIL" in seen:
        raise RecurrenceError("COUNT und UNTIL stehen beide in der Regel", "Geben Sie entweder die Anzahl (COUNT) oder das Enddatum (UNTIL) an.")
    for name, (low, high, signed, keyword) in NUMBER_LISTS.items():
        if name in seen:
            values = [_integer(name, value, low, high, signed) for value in seen[name].split(",")]
            options[keyword] = tuple(values)
            parts[name] = ",".join(str(value) for value in values)
    if "BYDAY" in seen:
        days = []
        for value in seen["BYDAY"].split(","):
            match = _DAY.fullmatch(value)
            if not match:
                raise RecurrenceError(f"BYDAY={seen['BYDAY']}: „{value}“ ist kein Wochentag", "Wochentage: MO, TU, WE, TH, FR, SA, SU; der zweite Dienstag im Monat ist 2TU, der letzte -1TU.")
            sign, number, weekday = match.groups()
            index = WEEKDAYS.index(weekday)
            if number is None:
                days.append(du.weekday(index))
                continue
            if freq not in ("MONTHLY", "YEARLY") or "BYWEEKNO" in seen:
                raise RecurrenceError(f"BYDAY={value}: eine Zahl vor dem Wochentag ist nur bei FREQ=MONTHLY oder YEARLY (ohne BYWEEKNO) möglich", "Schreiben Sie nur den Wochentag, zum Beispiel BYDAY=TU.")
            limit = 5 if freq == "MONTHLY" or "BYMONTH" in seen else 53
            days.append(du.weekday(index, _integer("BYDAY", sign + number, 1, limit, True)))
        options["byweekday"] = tuple(days)
    if "WKST" in seen:
        if seen["WKST"] not in WEEKDAYS:
            raise RecurrenceError(f"WKST={seen['WKST']} ist kein Wochentag", "Schreiben Sie zum Beispiel WKST=MO.")
        options["wkst"] = WEEKDAYS.index(seen["WKST"])
    if "BYWEEKNO" in seen and freq != "YEARLY":
        raise RecurrenceError("BYWEEKNO ist nur bei FREQ=YEARLY möglich")
    if "BYYEARDAY" in seen and freq != "YEARLY":
        raise RecurrenceError("BYYEARDAY ist nur bei FREQ=YEARLY möglich")
    if "BYMONTHDAY" in seen and freq == "WEEKLY":
        raise RecurrenceError("BYMONTHDAY ist bei FREQ=WEEKLY nicht möglich", "Nehmen Sie FREQ=MONTHLY für einen Tag im Monat.")
    if "BYSETPOS" in seen and not any(name in seen for name in NUMBER_LISTS if name != "BYSETPOS") and "BYDAY" not in seen:
        raise RecurrenceError("BYSETPOS braucht einen weiteren Teil wie BYDAY", "Zum Beispiel FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 (letzter Werktag im Monat).")
    until = None
    if "UNTIL" in seen:
        parts["UNTIL"], until = _until(seen["UNTIL"], all_day)
    try:
        begin = _start_of(start, all_day)
    except (TypeError, ValueError):
        raise RecurrenceError("Der Beginn (start) ist kein Zeitpunkt, daher lässt sich die Regel nicht prüfen", "Korrigieren Sie zuerst start.") from None
    if until is not None and until < begin:
        raise RecurrenceError(f"Das Ende der Wiederholung (UNTIL={seen['UNTIL']}) liegt vor dem Beginn", "Prüfen Sie das Datum nach UNTIL=.")
    options["freq"] = FREQUENCIES[freq]
    ordered = tuple((name, parts[name]) for name in ORDER if name in parts)
    return Rule(";".join(f"{name}={value}" for name, value in ordered), ordered, tuple(sorted(options.items())), all_day, until, count)


def _moved(moment_: datetime, years: int) -> datetime:
    """The same wall-clock time ``years`` later (a multiple of 400: 29 February stays a leap day)."""
    return moment_.replace(year=moment_.year + years)


def expand(rule: Rule, start: Any) -> Expansion:
    """The starts of the occurrences within HORIZON_YEARS of ``start``, at most MAX_OCCURRENCES."""
    begin = _start_of(start, rule.all_day)
    shift = 400 * max(0, (9999 - HORIZON_YEARS - 2 - begin.year) // 400)
    horizon = begin + timedelta(days=round(365.2425 * HORIZON_YEARS))
    limit = horizon if rule.until is None else min(rule.until, horizon)
    options = dict(rule.options)
    found: list[datetime] = []
    complete = True
    if rule.count is None:  # dateutil refuses COUNT together with UNTIL; COUNT ends the search by itself
        options["until"] = _moved(limit.astimezone(BERLIN), shift)
    for occurrence in du.rrule(dtstart=_moved(begin, shift), cache=False, **options):
        occurrence = _moved(occurrence, -shift)
        if len(found) >= MAX_OCCURRENCES or occurrence > horizon:
            complete = False
            break
        found.append(occurrence)
    else:
        ended_by_count = rule.count is not None and len(found) >= rule.count
        ended_by_until = rule.until is not None and rule.until <= horizon
        complete = ended_by_count or ended_by_until
    return Expansion(tuple(found), complete)


def first_occurrence_problem(rule: Rule, start: Any, expansion: Expansion | None = None) -> str | None:
    """German text if the rule yields nothing or does not begin at the event's own start."""
    expansion = expansion or expand(rule, start)
    begin = _start_of(start, rule.all_day)
    if not expansion.starts:
        return f"Die Regel {rule.text} ergibt in den {HORIZON_YEARS} Jahren ab dem Beginn keinen einzigen Termin (zum Beispiel gibt es keinen 31. Februar)"
    first = expansion.starts[0]
    if first != begin:
        shown = f"{first:%d.%m.%Y}" if rule.all_day else f"{first:%d.%m.%Y, %H:%M} Uhr"
        return f"Die Regel beginnt nicht mit dem Beginn des Termins, sondern am {shown}; Kalender würden den ersten Termin unterschiedlich zeigen"
    return None


def expansion_of(event: Any) -> Expansion | None:
    """The expansion of an event's rule (None without a rule); cached on the record, so it runs once per build."""
    cache = getattr(event, "cache", None)
    if cache is not None and "expansion" in cache:
        return cache["expansion"]
    rule_text = event.get("recurrence")
    result = None
    if rule_text:
        all_day = bool(event.get("all_day"))
        result = expand(parse_rule(rule_text, event["start"], all_day), event["start"])
    if cache is not None:
        cache["expansion"] = result
    return result


def last_end(event: Any) -> datetime | None:
    """When the event (its last occurrence, if it recurs) ends; None if it recurs beyond the horizon."""
    all_day = bool(event.get("all_day"))
    start = _start_of(event["start"], all_day)
    end = moment(event["end"])
    if all_day:
        end = datetime.combine(end.date() + timedelta(days=1), time(0, 0), BERLIN)
    expansion = expansion_of(event)
    if expansion is None or not expansion.starts:
        return end
    if not expansion.complete:
        return None
    last = expansion.starts[-1]
    if all_day:
        return datetime.combine(last.date() + (end.date() - start.date()), time(0, 0), BERLIN)
    return last + (end - start)


def is_past(event: Any, now: datetime) -> bool:
    """An event is past once it (or its last repetition) has ended."""
    ends = last_end(event)
    return ends is not None and ends < now
