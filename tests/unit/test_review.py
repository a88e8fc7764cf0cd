"""The Prüfgruppe note on Leichte-Sprache pages."""

from datetime import date

from portal.leichte_sprache.transforms import review_note, review_problems


def test_checked_page_says_by_whom_and_when():
    note = review_note({"pruefung": {"gruppe": "Prüfgruppe Musterstadt", "datum": date(2026, 11, 20)}})
    assert "Geprüft von: Prüfgruppe Musterstadt." in note and "Am 20. November 2026." in note


def test_unchecked_page_says_so():
    assert "noch nicht geprüft" in review_note({})


def test_malformed_review_is_a_problem():
    assert review_problems({"pruefung": {"gruppe": "X"}}, "content/leichte-sprache/a.md")[0].field == "pruefung"
    assert review_problems({"pruefung": {"gruppe": "X", "datum": "bald"}}, "p")[0].field == "pruefung.datum"
    assert review_problems({"pruefung": {"gruppe": "X", "datum": date(2026, 1, 1)}}, "p") == []
