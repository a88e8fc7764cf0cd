"""Browser fixtures: fresh pages of the built site in either colour scheme, ready for checks."""

from __future__ import annotations

import pytest


@pytest.fixture
def open_page(browser, site_url):
    """Return a function that opens a path of the built site in a fresh context and waits until the UI is ready."""
    contexts = []

    def _open(path: str, color_scheme: str = "light", width: int = 1280, height: int = 900, **context_options):
        context = browser.new_context(
            color_scheme=color_scheme,
            viewport={"width": width, "height": height},
            locale="de-DE",
            **context_options,
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(site_url + path, wait_until="load")
        wait_until_ready(page)
        return page

    yield _open
    for context in contexts:
        context.close()


def wait_until_ready(page) -> None:
    """Wait for web fonts and for Pagefind's trigger button, so that axe sees the finished page."""
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    page.wait_for_selector("pagefind-modal-trigger button", state="attached")
