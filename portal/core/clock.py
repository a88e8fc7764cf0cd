"""The build date: today in Berlin, or fixed by SOURCE_DATE_EPOCH for reproducible builds."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def build_moment(environ: dict[str, str] | None = None) -> datetime:
    """The moment the build pretends to run at, in Berlin time."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).astimezone(BERLIN)
    return datetime.now(tz=BERLIN)


def build_date(environ: dict[str, str] | None = None) -> date:
    """The calendar day of the build in Berlin."""
    return build_moment(environ).date()
