"""MkDocs hook: finish each rendered page: share the navigation of pages outside the nav, repair Material markup, add the Content-Security-Policy."""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from portal.postbuild.csp import UnknownInlineScript, with_policy
from portal.postbuild.markup import hidden_heading_ids, prune_toc, repair
from portal.rendering.nav_cache import NavCache


# Hooks ---------------------------------------------------------------------


def on_env(env, config, files):
    """A fresh navigation cache for this build (overrides/partials/nav.html)."""
    env.globals["portal_nav"] = NavCache()
    return env


def on_page_content(html: str, page, config, files) -> str:
    """Leave headings of script-only parts (finder, case filter) out of the table of contents."""
    # Parse only pages with a hidden part: most (the generated record pages) have none.
    hidden = hidden_heading_ids(html) if " hidden" in html else set()
    if hidden:
        page.toc.items = prune_toc(list(page.toc.items), hidden)
    return html


def on_post_page(output: str, page, config) -> str:
    """Every Markdown page."""
    try:
        return with_policy(repair(output), page.file.src_uri)
    except UnknownInlineScript as error:
        raise PluginError(str(error)) from None


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Static templates such as 404.html."""
    if template_name.endswith(".html"):
        try:
            return with_policy(repair(output_content), template_name)
        except UnknownInlineScript as error:
            raise PluginError(str(error)) from None
    return output_content
