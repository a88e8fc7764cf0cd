"""Repairs to Material's page markup that no template block can reach.

Each repair names the W3C Nu HTML Checker error it removes. Material's
base.html writes these elements outside any block, so overriding them would
mean copying base.html whole, which would then drift with every Material update.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# base.html: <input ... type="checkbox" id="__drawer" autocomplete="off">
# vnu: 'Attribute "autocomplete" is only allowed when the input type is …'.
# Material sets it so Firefox does not restore the drawer's open state after
# "back"; the drawer is closed on load anyway, so dropping it is harmless.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')


# base.html: <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">
# pa11y/HTML_CodeSniffer (WCAG 2 AA, H91 and F68): a checkbox without a name.
# Material's search is not used (Pagefind is), but Material's script reads this
# toggle on every key press, so it stays: hidden from everyone, with a name.
_SEARCH_TOGGLE = re.compile(r'<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"')
_SEARCH_TOGGLE_NAMED = '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" aria-label="Suche von Material (nicht benutzt)" hidden'


def repair(html: str) -> str:
    """Remove the known invalid attributes from a rendered page and name Material's unused search toggle."""
    return _SEARCH_TOGGLE.sub(_SEARCH_TOGGLE_NAMED, _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html), count=1)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class _HiddenHeadings(HTMLParser):
    """Collects the ids of headings that sit inside an element with the ``hidden`` attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        inside = any(hidden for _, hidden in self.stack)
        if tag in _HEADINGS and inside and names.get("id"):
            self.found.add(names["id"])
        if tag not in _VOID:
            self.stack.append((tag, "hidden" in names))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return


def hidden_heading_ids(html: str) -> set[str]:
    """Ids of headings inside ``hidden`` elements (forms that only scripts reveal)."""
    parser = _HiddenHeadings()
    parser.feed(html)
    parser.close()
    return parser.found


def prune_toc(items: list, ids: set[str]) -> list:
    """The table-of-contents entries without those ids, at every depth.

    Without JavaScript such a heading stays hidden, so a link to it from the
    table of contents would lead nowhere.
    """
    kept = []
    for item in items:
        if item.id in ids:
            continue
        item.children = prune_toc(item.children, ids)
        kept.append(item)
    return kept
