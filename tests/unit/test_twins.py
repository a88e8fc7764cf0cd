"""Each page and its Leichte-Sprache twin."""

from portal.rendering.twins import twin_of

SOURCES = {"index.md", "a.md", "leichte-sprache/index.md", "leichte-sprache/a.md", "b.md"}


def test_standard_page_links_to_its_twin():
    twin = twin_of("a.md", SOURCES)
    assert (twin.src_uri, twin.exists, twin.is_easy, twin.label) == ("leichte-sprache/a.md", True, False, "Leichte Sprache")


def test_easy_page_links_back():
    twin = twin_of("leichte-sprache/a.md", SOURCES)
    assert (twin.src_uri, twin.exists, twin.is_easy, twin.label) == ("a.md", True, True, "Standard-Sprache")


def test_missing_twin_leads_to_the_easy_start_page_and_says_so():
    twin = twin_of("b.md", SOURCES)
    assert (twin.src_uri, twin.exists) == ("leichte-sprache/index.md", False)
    # The switch's own text says where it leads; a visible sentence says why.
    assert twin.label == "Leichte Sprache: zur Start-Seite"
    assert twin.note == "Diese Seite gibt es nicht in Leichter Sprache."
    assert twin_of("a.md", SOURCES).note == ""


def test_easy_page_without_standard_twin_is_an_orphan():
    from portal.rendering.twins import orphans

    assert orphans(SOURCES | {"leichte-sprache/c.md"}) == ["leichte-sprache/c.md"]
    assert orphans(SOURCES) == []
