"""Dates as German readers write them, no more precise than the source."""

from __future__ import annotations

from portal.rendering.render import MONTHS, date_de

def partial_date_text(value: str) -> str:
    """2021-10-01 → 1. Oktober 2021; 2017-12 → Dezember 2017; 2010 → 2010 (no more precise than the source)."""
    parts = str(value).split("-")
    if len(parts) == 3:
        return date_de(value)
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]
