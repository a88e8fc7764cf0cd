"""MkDocs hook: find each page's Leichte-Sprache twin (or standard twin) for the header switch."""

from __future__ import annotations

from mkdocs.structure.files import Files

from portal.twins import twin_of

_build: dict = {}


# Hooks ---------------------------------------------------------------------


def on_files(files: Files, config) -> Files:
    """Remember this build's files (hooks outlive `mkdocs serve` rebuilds, so replace, never add)."""
    _build["files"] = files
    _build["sources"] = {file.src_uri for file in files.documentation_pages()}
    return files


def on_page_context(context: dict, page, config, nav) -> dict:
    """Expose ``twin`` and ``twin_url`` (site-relative) to the templates."""
    twin = twin_of(page.file.src_uri, _build["sources"])
    context["twin"] = twin
    context["twin_url"] = _build["files"].get_file_from_path(twin.src_uri).url
    return context
