"""Pairs of pages: every standard page may have a Leichte-Sprache twin at the same relative path."""

from __future__ import annotations

from dataclasses import dataclass

EASY_DIR = "leichte-sprache/"


def is_easy(src_uri: str) -> bool:
    """The page (a src path such as ``leichte-sprache/antrag.md``) is in Leichte Sprache."""
    return src_uri.startswith(EASY_DIR)


@dataclass(frozen=True)
class Twin:
    """Where the header switch leads and what it says."""

    src_uri: str  # the page to link (the twin, or the other language's start page)
    label: str  # the switch's visible text; says where it leads
    exists: bool  # False: there is no twin yet, the link goes to the start page
    is_easy: bool  # the current page is in Leichte Sprache
    note: str = ""  # without twin: the visible sentence that says so (shown above the page)


def twin_of(src_uri: str, sources: set[str]) -> Twin:
    """The twin of ``src_uri`` among ``sources``, or the other language's start page."""
    easy = is_easy(src_uri)
    partner = src_uri.removeprefix(EASY_DIR) if easy else EASY_DIR + src_uri
    if easy:
        if partner in sources:
            return Twin(partner, "Standard-Sprache", True, True)
        return Twin("index.md", "Standard-Sprache: zur Startseite", False, True, "Diese Seite gibt es nur in Leichter Sprache.")
    if partner in sources:
        return Twin(partner, "Leichte Sprache", True, False)
    return Twin(EASY_DIR + "index.md", "Leichte Sprache: zur Start-Seite", False, False, "Diese Seite gibt es nicht in Leichter Sprache.")


def orphans(sources: set[str]) -> list[str]:
    """Leichte-Sprache pages without a standard page at the same relative path."""
    return sorted(src for src in sources if is_easy(src) and src.endswith(".md") and src.removeprefix(EASY_DIR) not in sources)
