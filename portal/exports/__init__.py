"""Exports: calendar (iCalendar), open data (JSON, CSV), vCards, charts (SVG with table)."""
