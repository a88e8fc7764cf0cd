"""MkDocs hook: finish each rendered page: repair Material markup, then add the Content-Security-Policy."""

from __future__ import annotations

from portal.csp import with_policy
from portal.markup import repair


# Hooks ---------------------------------------------------------------------


def on_post_page(output: str, page, config) -> str:
    """Every Markdown page."""
    return with_policy(repair(output))


def on_post_template(output_content: str, template_name: str, config) -> str:
    """Static templates such as 404.html."""
    if template_name.endswith(".html"):
        return with_policy(repair(output_content))
    return output_content
