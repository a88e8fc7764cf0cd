"""Mitmachen: the event and story forms write a proposal; without operator details the page says where it cannot go yet."""

from __future__ import annotations

import pytest

from .axe_check import assert_no_violations

pytestmark = pytest.mark.browser


def test_event_form_names_missing_fields_then_writes_the_proposal(open_page):
    page = open_page("mitmachen/")
    page.locator("#event-title").focus()
    page.keyboard.type("Offene Sprechstunde")
    page.locator("#event-form button[type=submit]").press("Enter")
    errors = page.locator("#event-form .proposal-errors")
    assert errors.is_visible() and "Beginn" in errors.inner_text() and "Quelle" in errors.inner_text()
    assert page.evaluate("document.activeElement.id") == "event-start"
    page.fill("#event-start", "2027-03-12T10:00")
    page.fill("#event-place", "online")
    page.fill("#event-organiser", "Beratungsstelle")
    page.fill("#event-source", "https://example.org/termin")
    page.locator("#event-form button[type=submit]").press("Enter")
    result = page.locator("#event-result")
    assert result.is_visible()
    assert "Titel: Offene Sprechstunde" in result.locator("code").inner_text()
    # The real site has no operator details yet: no link, and the page says so plainly.
    assert result.locator("a[href^='mailto:']").count() == 0
    assert "noch keine Adresse für Vorschläge" in result.inner_text()
    assert "Noch keine Adresse für Vorschläge" in page.locator("article").inner_text()


def test_story_form_writes_the_proposal(open_page):
    page = open_page("mitmachen/")
    page.fill("#story-title", "Aus der Werkstatt in eine Gärtnerei")
    page.select_option("#story-kind", "Budget für Arbeit")
    page.fill("#story-source", "https://example.org/bericht")
    page.locator("#story-form button[type=submit]").press("Enter")
    text = page.locator("#story-result code").inner_text()
    assert "Art: Budget für Arbeit" in text and "Quelle, https://…: https://example.org/bericht" in text


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_mitmachen_with_a_proposal_written_has_no_axe_violations(open_page, scheme):
    page = open_page("mitmachen/", color_scheme=scheme)
    page.fill("#story-title", "Ein Beispiel")
    page.select_option("#story-kind", "Budget für Ausbildung")
    page.fill("#story-source", "https://example.org/x")
    page.locator("#story-form button[type=submit]").press("Enter")
    assert_no_violations(page)
