"""MkDocs hook: add a Content-Security-Policy meta tag with hashes of the page's inline scripts."""

from __future__ import annotations

from portal.csp import with_policy


# Hooks ---------------------------------------------------------------------


def on_post_page(output: str, page, config) -> str:
    """Every Markdown page."""
    return with_policy(output)


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Static templates such as 404.html."""
    if template_name.endswith(".html"):
        return with_policy(output_content)
    return output_content
