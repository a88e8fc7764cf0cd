"""Raw HTML blocks of generated pages bypass Python-Markdown, and come back unchanged.

A generated record page (a provider, a case, an event) is mostly HTML that the
templates have already escaped: fact lists, the source line, JSON-LD. Python-
Markdown gains nothing from reading it, but its ``md_in_html`` extension parses
every raw block with ``html.parser`` and MkDocs parses it once more for anchors;
at 10,000 pages that was a tenth of the build (bench/README.md).

:func:`stash` swaps each top-level raw HTML block for a placeholder paragraph,
:func:`restore` puts the block back into the rendered HTML where Python-Markdown
would have put it. The placeholder carries a digest of the page, so text in a
record cannot spell a placeholder of its own page. Pages with fenced code or a
``markdown`` attribute (Markdown inside HTML) go through Python-Markdown whole.
``tests/unit/test_raw_html.py`` renders pages both ways and compares them.
"""

from __future__ import annotations

import hashlib
import re

# Python-Markdown (md_in_html) treats these as block elements that start a raw HTML block.
_BLOCK_START = re.compile(
    r"<(address|article|aside|details|div|dl|fieldset|figure|footer|form|header|nav|ol|p|script|section|table|ul)\b[^>]*>"
)
_BLANK = re.compile(r"(\n[ \t]*\n)")
_MARKDOWN_INSIDE = re.compile(r"<[^>]*\smarkdown(\s*=|[\s/>])|```|~~~")


def _balanced(chunk: str, tag: str) -> bool:
    """The chunk is one element (or several whole ones): it ends with the closing tag and every opened ``tag`` is closed."""
    return chunk.endswith(f"</{tag}>") and len(re.findall(rf"<{tag}\b", chunk)) == chunk.count(f"</{tag}>")


def stash(markdown: str) -> tuple[str, dict[str, str]]:
    """``markdown`` with each top-level raw HTML block replaced by a placeholder; the placeholders → blocks."""
    if _MARKDOWN_INSIDE.search(markdown):
        return markdown, {}
    digest = hashlib.sha256(markdown.encode("utf-8")).hexdigest()[:16]
    parts = _BLANK.split(markdown)
    blocks: dict[str, str] = {}
    # Even indices are blocks of text between blank lines; only those that follow a blank line (or open the page) qualify.
    for index in range(0, len(parts), 2):
        chunk = parts[index]
        body = chunk.rstrip()
        start = _BLOCK_START.match(chunk)  # at the line start: an indented chunk is code or a continuation
        if not start or not _balanced(body, start.group(1)):
            continue
        token = f"portalrawhtml{digest}n{len(blocks)}"
        blocks[token] = body
        parts[index] = token + chunk[len(body) :]
    return "".join(parts), blocks


def restore(html: str, blocks: dict[str, str]) -> str:
    """Put the stashed blocks back where Python-Markdown wrote their placeholder paragraphs."""
    for token, block in blocks.items():
        placeholder = f"<p>{token}</p>"
        if html.count(placeholder) != 1:
            raise ValueError(f"Platzhalter {token} steht nicht genau einmal als Absatz im HTML (gefunden: {html.count(placeholder)}×).")
        html = html.replace(placeholder, block + "\n")
    # Python-Markdown strips its output; a block at the very end must not leave its newline.
    return html.strip()
