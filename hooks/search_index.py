"""MkDocs hook: index the built site with Pagefind after every build and serve rebuild."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from portal.build import current
from portal.postbuild.search import SearchIndexError, build_index

log = logging.getLogger("mkdocs.plugins.portal.search_index")


# Hooks ---------------------------------------------------------------------


def on_post_build(config) -> None:
    """Write site/pagefind/; a failure stops the build."""
    try:
        summary = build_index(Path(config.site_dir), current().search_records())
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    log.debug(summary)
