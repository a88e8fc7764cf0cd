"""MkDocs hook: find each page's Leichte-Sprache twin (or standard twin) for the header switch."""

from __future__ import annotations

from mkdocs.structure.files import Files

from mkdocs.exceptions import PluginError

from portal.rendering.twins import orphans, twin_of

_build: dict = {}


# Hooks ---------------------------------------------------------------------


def on_files(files: Files, config) -> Files:
    """Remember this build's files (hooks outlive `mkdocs serve` rebuilds, so replace, never add)."""
    _build["files"] = files
    _build["sources"] = {file.src_uri for file in files.documentation_pages()}
    missing = orphans(_build["sources"])
    if missing:
        rows = "\n".join(f"  content/{src}: Es gibt keine Seite content/{src.removeprefix('leichte-sprache/')} in Standardsprache." for src in missing)
        raise PluginError(f"Jede Seite in Leichter Sprache braucht ihren Zwilling in Standardsprache:\n{rows}\n  – Legen Sie die Seite in Standardsprache an oder verschieben Sie die Seite.")
    return files


def on_page_context(context: dict, page, config, nav) -> dict:
    """Expose ``twin`` and ``twin_url`` (site-relative) to the templates."""
    twin = twin_of(page.file.src_uri, _build["sources"])
    context["twin"] = twin
    context["twin_url"] = _build["files"].get_file_from_path(twin.src_uri).url
    return context
