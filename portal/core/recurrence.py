"""When an event ends, its repetitions included (recurrence rules in the iCalendar RRULE form)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dateutil.rrule import rrulestr

MAX_OCCURRENCES = 1000


def last_end(event: Any) -> datetime | None:
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


def is_past(event: Any, now: datetime) -> bool:
    """An event is past once it (or its last repetition) has ended."""
    ends = last_end(event)
    return ends is not None and ends < now
