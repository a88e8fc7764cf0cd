"""The one Jinja2 environment for generated fragments: autoescape on, safe filters.

MkDocs' own theme environment does not autoescape, so contributed text never
goes through it; it is escaped here, once, before MkDocs sees the Markdown.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import ChainableUndefined, Environment, FileSystemLoader
from markupsafe import Markup

from portal.core.berlin import day as berlin_day
from portal.core.berlin import moment as berlin_moment
from portal.rendering.paths import relative

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

# Characters that start Markdown or HTML syntax inside one line of text. Each is
# written as a numeric entity so that a name like "[x](javascript:…)" or
# "<script>" stays text. Newlines are folded, so line-start syntax cannot occur.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>&#|!{}~^=]")
# Bidirectional controls can reorder how text is displayed (CVE-2021-42574 style).
# Also C1 controls, the Arabic letter mark, zero-width characters and marks, word joiners, the BOM.
_INVISIBLE_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def plain(value: Any) -> str:
    """Text without control characters, on one line."""
    return " ".join(_INVISIBLE_CONTROLS.sub("", str(value)).split())


def md_text(value: Any) -> Markup:
    """Contributed text for a Markdown context (heading, link text, table cell)."""
    text = plain(value)
    return Markup(_MARKDOWN_SYNTAX.sub(lambda match: f"&#{ord(match.group())};", text))


def safe_url(value: Any, schemes: tuple[str, ...] = ("https",)) -> str:
    """The URL if its scheme is allowed, else an empty string (the template then omits the link)."""
    text = plain(value)
    scheme = urlsplit(text).scheme.lower()
    return text if scheme in schemes else ""


def tel_href(value: Any) -> str:
    """A dialable tel: URL with only digits and a leading plus.

    "+49 (0)30 1234" is written for readers who dial from Germany or abroad; the
    "(0)" is dropped after a country code, or the number (+49030…) is not dialable.
    """
    text = plain(value)
    if text.startswith("+"):
        text = re.sub(r"\(\s*0\s*\)", "", text)
    digits = re.sub(r"[^0-9]", "", text)
    if not digits:
        return ""
    return f"tel:+{digits}" if text.startswith("+") else f"tel:{digits}"


def date_de(value: Any) -> str:
    """2026-03-01 → 1. März 2026; a moment gives its day in German time."""
    day = berlin_day(value)
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def time_de(value: Any) -> str:
    """An ISO moment → 15:00 Uhr, in German time whatever offset it was written with."""
    moment = berlin_moment(value)
    return f"{moment.hour}:{moment.minute:02d} Uhr"


def json_ld(value: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block, safe against </script>."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def yaml_string(value: Any) -> Markup:
    """A front-matter value: HTML-escaped, then JSON-quoted (JSON strings are YAML strings)."""
    return Markup(json.dumps(html.escape(plain(value)), ensure_ascii=False))


TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=8)
def environment(extra_dirs: tuple[Path, ...] = ()) -> Environment:
    """The autoescaping Jinja2 environment; ``extra_dirs`` add template folders of record types outside portal/."""
    env = Environment(
        loader=FileSystemLoader([TEMPLATES, *extra_dirs]),
        autoescape=True,
        undefined=ChainableUndefined,  # optional fields are simply absent
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md_text=md_text,
        plain=plain,
        safe_url=safe_url,
        tel_href=tel_href,
        date_de=date_de,
        time_de=time_de,
        json_ld=json_ld,
        yaml_string=yaml_string,
    )
    env.globals["relative"] = relative
    return env


def render(template: str, **context: Any) -> str:
    """Render ``portal/rendering/templates/<template>`` with autoescape."""
    return environment().get_template(template).render(**context)


def render_from(folder: Path, template: str, **context: Any) -> str:
    """Render a template of a record type that keeps its templates in its own folder."""
    return environment((Path(folder),)).get_template(template).render(**context)
