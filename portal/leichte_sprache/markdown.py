"""Visible text of a Markdown page, split into blocks, with the source line of every piece.

Only what a reader sees is checked: front matter, code, HTML comments and tags,
link targets, attribute lists and emphasis markers are removed. Headings, list
items and table cells are blocks of their own, because a sentence never runs
across them; lines of one paragraph are joined, because a sentence may.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+"(.*)")?\s*$')
_ABBREVIATION_DEFINITION = re.compile(r"^\s*\*\[([^\]]+)\]:\s*(.*)$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_HORIZONTAL_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_ATTRIBUTE_LINE = re.compile(r"^\s*\{:?\s*[#.][^}]*\}\s*$")

_INLINE = (
    (re.compile(r"`+[^`]*`+"), ""),  # inline code is not prose
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: the alt text is not shown
    (re.compile(r":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:"), ""),  # icons (pymdownx.emoji): a picture, not words
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote references
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(?:https?|mailto):[^>]+>"), ""),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # HTML tags
    (re.compile(r"\{:?\s*[#.][^}]*\}"), ""),  # attribute lists
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w])"), r"\1"),
    (re.compile(r"==(?=\S)(.+?)(?<=\S)=="), r"\1"),  # pymdownx.mark
)


@dataclass(frozen=True)
class Block:
    """A run of visible text that no sentence crosses; ``pieces`` are (source line, text) per source line."""

    kind: str
    pieces: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class VisibleText:
    """The visible text of a page plus what its source declares on the side."""

    blocks: tuple[Block, ...]
    abbreviations: frozenset[str]


def front_matter_end(lines: list[str]) -> int:
    """Index of the first line after the YAML front matter (0 if there is none)."""
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def clean_inline(text: str) -> str:
    """Visible text of one line: markup removed, entities decoded."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = text.replace("\\", "")
    return html.unescape(text).replace("\u00a0", " ")


def _strip_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    kept = []
    position = 0
    while position < len(line):
        if in_comment:
            end = line.find("-->", position)
            if end < 0:
                return "".join(kept), True
            position = end + 3
            in_comment = False
        else:
            start = line.find("<!--", position)
            if start < 0:
                kept.append(line[position:])
                break
            kept.append(line[position:start])
            position = start + 4
            in_comment = True
    return "".join(kept), in_comment


def visible_text(source: str, *, has_front_matter: bool = True) -> VisibleText:
    """Split a Markdown source into visible blocks; line numbers count from 1 over the whole file."""
    lines = source.splitlines()
    start = front_matter_end(lines) if has_front_matter else 0
    blocks: list[Block] = []
    abbreviations: set[str] = set()
    current: list[tuple[int, str]] = []
    kind = "paragraph"
    in_fence = False
    in_comment = False

    def flush() -> None:
        nonlocal current, kind
        pieces = tuple((number, text) for number, text in current if text.strip())
        if pieces:
            blocks.append(Block(kind, pieces))
        current = []
        kind = "paragraph"

    for index in range(start, len(lines)):
        number = index + 1
        raw = lines[index]
        if in_fence:
            if _FENCE.match(raw):
                in_fence = False
            continue
        if not in_comment and _FENCE.match(raw):
            flush()
            in_fence = True
            continue
        line, in_comment = _strip_comments(raw, in_comment)
        if not line.strip():
            flush()
            continue
        definition = _ABBREVIATION_DEFINITION.match(line)
        if definition:
            abbreviations.add(definition.group(1).strip())
            continue
        if _LINK_DEFINITION.match(line) or _HORIZONTAL_RULE.match(line) or _TABLE_RULE.match(line) or _ATTRIBUTE_LINE.match(line):
            continue
        admonition = _ADMONITION.match(line)
        if admonition:
            flush()
            if admonition.group(1):
                blocks.append(Block("heading", ((number, clean_inline(admonition.group(1))),)))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append(Block("heading", ((number, clean_inline(heading.group(2))),)))
            continue
        if line.lstrip().startswith("|"):
            flush()
            for cell in line.strip().strip("|").split("|"):
                text = clean_inline(cell)
                if text.strip():
                    blocks.append(Block("cell", ((number, text),)))
            continue
        line = _QUOTE.sub("", line)
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            kind = "item"
            line = item.group(1)
        current.append((number, clean_inline(line)))
    flush()
    return VisibleText(tuple(blocks), frozenset(abbreviations))
