"""Moments in German time (Europe/Berlin): the one place that reads and checks event times.

Editors write ``2026-07-01T10:00:00+02:00``. The offset must be Berlin's offset
at that moment (+01:00 in winter, +02:00 in summer); a moment in UTC (``Z``)
is accepted and shown in Berlin time. Page, calendar file and JSON-LD all take
their times from :func:`moment`, so they name the same instant.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def moment(value: Any) -> datetime:
    """An ISO moment with offset as Berlin time; ValueError if it has no offset or is no moment."""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError(f"Der Zeitpunkt {value} hat keine Zeitzone (zum Beispiel +01:00)")
    return parsed.astimezone(BERLIN)


def day(value: Any) -> date:
    """The Berlin date of a moment, or the date itself for ``JJJJ-MM-TT``."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = str(value)
    if len(text) == 10:
        return date.fromisoformat(text)
    return moment(value).date()


def offset_text(delta: timedelta | None) -> str:
    """+02:00 for two hours east of UTC."""
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def iso(value: Any) -> str:
    """The moment as ISO 8601 in Berlin time: 2026-07-01T10:00:00+02:00."""
    return moment(value).isoformat(timespec="seconds")


def offset_problem(value: Any) -> tuple[str, str] | None:
    """(message, hint) if ``value`` carries an offset that Berlin does not have at that moment; UTC is fine."""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None  # the schema reports it
    if parsed.tzinfo is None:
        return None
    offset = parsed.utcoffset()
    if offset == timedelta(0) and parsed.tzinfo is timezone.utc:
        return None  # "Z" or "+00:00": UTC, shown in Berlin time
    local = parsed.astimezone(BERLIN)
    if local.utcoffset() == offset:
        return None
    # What the editor meant: the same clock time in Berlin, with Berlin's offset of that day.
    meant = parsed.replace(tzinfo=BERLIN)
    right = offset_text(meant.utcoffset())
    season = "Sommerzeit" if meant.dst() else "Winterzeit"
    if meant.replace(tzinfo=None) != meant.astimezone(timezone.utc).astimezone(BERLIN).replace(tzinfo=None):
        return (
            f"Die Uhrzeit {parsed:%H:%M} gibt es am {parsed:%d.%m.%Y} in Deutschland nicht (Umstellung auf die Sommerzeit)",
            "Wählen Sie eine Uhrzeit vor 2:00 oder ab 3:00 Uhr.",
        )
    return (
        f"Die Zeitzone {offset_text(offset)} ist am {parsed:%d.%m.%Y} nicht die deutsche Zeit; dort gilt {right} ({season})",
        f"Schreiben Sie {parsed.replace(tzinfo=None).isoformat(timespec='seconds')}{right} oder geben Sie die Zeit in UTC mit „Z“ an.",
    )
