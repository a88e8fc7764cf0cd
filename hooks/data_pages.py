"""MkDocs hook: start the build's owner (portal.build.Build), add its pages and downloads, transform content pages.

Listed first in mkdocs.yml: its ``on_page_content`` must run before the other hooks'.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from portal import build
from portal.core.errors import DataError

log = logging.getLogger("mkdocs.plugins.portal.data_pages")


# Hooks ---------------------------------------------------------------------


def on_pre_build(config) -> None:
    """Load and validate the data afresh for this build, before MkDocs empties the site folder.

    A data error stops the build here, so ``mkdocs serve`` keeps serving the last
    good pages while the terminal shows the German report (MkDocs logs a
    PluginError's text as an error and waits for the next change).
    """
    try:
        owner = build.start(
            build.Build.load(
                Path(config.config_file_path).parent,
                operator=config.extra.get("operator"),
                site_url=config.site_url,
                uid_domain=config.extra.get("calendar_uid_domain"),
                release=build.is_release(config.site_url, os.environ),
            )
        )
    except DataError as error:
        raise PluginError(error.report()) from None
    # Glossary abbreviations as a setting of the abbr extension, never as Markdown text.
    config["mdx_configs"] = owner.markdown_settings(dict(config["mdx_configs"] or {}))


def on_files(files: Files, config) -> Files:
    """Add the generated pages outside the nav, and the downloads."""
    owner = build.current()
    missing = owner.missing_operator_fields()
    if missing:
        # Info, not warning: strict mode turns warnings into failures, and a
        # preview without operator details must still build.
        log.info("HINWEIS: Betreiberangaben für Impressum/Datenschutz fehlen in mkdocs.yml extra.operator: %s", ", ".join(missing))
    # Facts checked more than twelve months ago: listed in every build log (info, so strict builds still pass).
    for line in owner.staleness():
        log.info(line)
    for page in owner.pages():
        files.append(File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
    for download in owner.downloads():
        files.append(File.generated(config, download.src_uri, content=download.content))
    log.info("Daten: %s", owner.counts())
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Directives, Leichte-Sprache layout and hard-word links: whatever a content page goes through."""
    owner = build.current()
    try:
        markdown = owner.transform_page(markdown, page.meta, page.file.src_uri, page.file.content_string)
    except DataError as error:
        raise PluginError(error.report()) from None
    # Last step before Python-Markdown: a generated page's ready-made HTML skips its HTML parser.
    return owner.stash_raw_html(markdown, page.file.src_uri)


def on_page_content(html: str, page, config, files) -> str:
    """Put the HTML blocks back (first of the hooks' on_page_content, so the others see the whole page)."""
    try:
        return build.current().restore_raw_html(html, page.file.src_uri)
    except ValueError as error:
        raise PluginError(f"Interner Fehler beim Zusammensetzen von {page.file.src_uri}: {error}") from None
