"""Every built page, in every colour scheme, at 1280 and 320 CSS px: axe-core finds nothing (WCAG 2.2 AA plus best practice)."""

from __future__ import annotations

import pytest

from .axe_check import describe, violations_of
from .conftest import wait_until_ready
from .targets import SCHEMES, VIEWPORTS, assert_scheme, built_pages

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
def test_every_page_has_no_axe_violations(browser, site_url, built_site, scheme_options, md_scheme, viewport):
    paths = built_pages(built_site)
    assert len(paths) >= 10, f"zu wenige Seiten gebaut: {paths}"
    # One context per scheme and viewport; the page navigates from page to page.
    context = browser.new_context(viewport=viewport, locale="de-DE", **scheme_options)
    page = context.new_page()
    report = {}
    try:
        for path in paths:
            page.goto(site_url + path, wait_until="load")
            wait_until_ready(page)
            assert_scheme(page, md_scheme)
            violations = violations_of(page)
            if violations:
                report["/" + path] = describe(violations)
    finally:
        context.close()
    assert not report, f"axe meldet Regelverstöße auf {len(report)} von {len(paths)} Seiten:\n" + "\n".join(
        f"--- {path}\n{text}" for path, text in report.items()
    )


def test_built_pages_sample_is_sorted_and_bounded(tmp_path):
    """The walk takes every page up to the limit and an even, sorted sample above it."""
    for name in ["index.html", "404.html", "b/index.html", "a/index.html", "assets/x.html", "pagefind/y.html"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>x</p>", encoding="utf-8")
    assert built_pages(tmp_path) == ["", "404.html", "a/", "b/"]
    for i in range(500):
        (tmp_path / f"p{i:03d}" / "index.html").parent.mkdir()
        (tmp_path / f"p{i:03d}" / "index.html").write_text("x", encoding="utf-8")
    sample = built_pages(tmp_path)
    assert len(sample) == 200 and sample == sorted(sample) and sample[0] == ""
    assert sample == built_pages(tmp_path), "Stichprobe ist nicht reproduzierbar"
