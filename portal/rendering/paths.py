"""Links between generated files: Markdown links (rewritten by the generator) and raw-HTML links (not rewritten)."""

from __future__ import annotations

import posixpath


def relative(target: str, page: str) -> str:
    """Link from the Markdown file ``page`` to the Markdown file ``target`` (both src paths)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def url_dir(src_uri: str) -> str:
    """The folder of the page's URL with directory URLs: a/index.md → a, a/b.md → a/b."""
    stem = src_uri.removesuffix(".md")
    return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem


def href(target: str, page: str) -> str:
    """A link in raw HTML (which MkDocs does not rewrite) from the page's URL to a built file or folder."""
    return posixpath.relpath(target, url_dir(page) or ".")
