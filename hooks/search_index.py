"""MkDocs hook: Pagefind indexes each finished page while MkDocs renders the next; the index is written after the build."""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError

from portal.postbuild.search import SearchIndex, SearchIndexError

log = logging.getLogger("mkdocs.plugins.portal.search_index")

# The index of the build under way (one at a time; each `mkdocs serve` rebuild starts a new one).
_index: SearchIndex | None = None


def _stop() -> None:
    global _index  # noqa: PLW0603 - the hook's own state across one build's events
    if _index is not None:
        _index.close()
        _index = None


# Hooks ---------------------------------------------------------------------


def on_pre_build(config) -> None:
    global _index  # noqa: PLW0603
    _stop()
    try:
        _index = SearchIndex(config.site_dir)
    except SearchIndexError as error:
        raise PluginError(str(error)) from None


def on_post_page(output: str, page, config) -> str:
    """The finished page (hooks listed before this one have run) goes to Pagefind as it is written."""
    try:
        _index.add_page("/" + page.url, output, page.file.dest_uri)
    except SearchIndexError as error:
        _stop()
        raise PluginError(str(error)) from None
    return output


def on_post_build(config) -> None:
    """Write site/pagefind/; a failure stops the build."""
    global _index  # noqa: PLW0603
    index, _index = _index, None
    try:
        summary = index.finish()
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    finally:
        index.close()
    log.debug(summary)


def on_build_error(error) -> None:
    _stop()
