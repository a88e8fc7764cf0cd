"""Calendar files and charts in the built site."""

from icalendar import Calendar

from portal.types import load_dataset
from support import ROOT


def test_each_event_and_the_feed_are_valid_ics(built_site):
    events = load_dataset(ROOT).events
    feed = Calendar.from_ical((built_site / "termine" / "termine.ics").read_bytes())
    assert len(feed.walk("VEVENT")) == len(events)
    for event in events:
        single = Calendar.from_ical((built_site / "termine" / f"{event.slug}.ics").read_bytes())
        [vevent] = single.walk("VEVENT")
        assert str(vevent["UID"]).startswith(event.slug)
        page = (built_site / "termine" / event.slug / "index.html").read_text(encoding="utf-8")
        assert f'href="../{event.slug}.ics"' in page


def test_figures_page_has_accessible_charts_with_tables(built_site):
    page = (built_site / "zahlen" / "index.html").read_text(encoding="utf-8")
    charts = page.count('role="img"')
    assert charts == len(load_dataset(ROOT).statistics) - 1  # two series share the profilings chart
    assert page.count("<table") == charts
    assert "1.679" in page and "3.457" in page
