"""Contributed text is data, not markup: escaping rules."""

import markdown
import pytest

from portal.rendering.render import date_de, json_ld, md_text, plain, safe_url, tel_href, time_de


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "tables", "abbr", "md_in_html"])


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "[klick](javascript:alert(1))",
        "![bild](https://evil.example/x.png)",
        "<img src=x onerror=alert(1)>",
        "**fett** _kursiv_ `code`",
        "Text {: onclick=alert(1) }",
        "&lt;script&gt; schon kodiert",
    ],
)
def test_md_text_renders_as_literal_text(hostile):
    html = to_html(f"# {md_text(hostile)}")
    assert "<script" not in html
    assert "<a " not in html and "<img" not in html
    assert "<strong>" not in html and "<em>" not in html and "<code>" not in html
    assert "onclick" not in html.split(">", 1)[0]


def test_md_text_keeps_ordinary_text_readable():
    assert to_html(f"# {md_text('Fachdienst Übergänge (Nord) – Süd')}") == "<h1>Fachdienst Übergänge (Nord) – Süd</h1>"


def test_plain_removes_bidi_controls_and_folds_lines():
    assert plain("a\u202eb\n\nc\u2066") == "ab c"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x", "http://x.org", ""])
def test_safe_url_rejects_other_schemes(url):
    assert safe_url(url) == ""


def test_safe_url_keeps_https():
    assert safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c"


def test_tel_href_keeps_digits_only():
    assert tel_href("+49 (30) 123-45 / 6") == "tel:+4930123456"


def test_json_ld_cannot_close_its_script():
    text = json_ld({"name": "</script><script>alert(1)</script>"})
    assert "</script>" not in text and "<" not in text


def test_german_dates_and_times():
    assert date_de("2026-03-01") == "1. März 2026"
    assert time_de("2026-03-01T09:05:00+01:00") == "9:05 Uhr"
