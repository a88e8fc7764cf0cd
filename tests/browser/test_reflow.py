"""Reflow at 320 CSS px on every page (WCAG 1.4.10), text spacing without clipping (1.4.12), no motion for readers who ask for less (2.3.3)."""

from __future__ import annotations

import pytest

from .conftest import wait_until_ready
from .targets import PAGES, assert_scheme, built_pages

pytestmark = pytest.mark.browser

NARROW = {"width": 320, "height": 640}

# WCAG 1.4.12: the reader's own style sheet may set these; nothing may be lost.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""

# Elements that hide what overflows them (overflow hidden or clip), and the
# rendered text inside them that lies outside their box: clipped or cut off
# with an ellipsis. Text in parts that are not rendered (display: none,
# visibility: hidden) does not count; 1 px tolerance for rounding.
CLIPPED = """() => {
    const clipped = [];
    for (const el of document.querySelectorAll('body *')) {
        const style = getComputedStyle(el);
        const hidesX = ['hidden', 'clip'].includes(style.overflowX);
        const hidesY = ['hidden', 'clip'].includes(style.overflowY);
        if (!hidesX && !hidesY) continue;
        if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
        // The visually-hidden pattern for screen-reader text (1 px box) is meant to clip.
        if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
        const box = el.getBoundingClientRect();
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim() || !node.parentElement.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
            // Text inside a scroll container below el can be scrolled to: not clipped.
            let scrolls = false;
            for (let up = node.parentElement; up && up !== el; up = up.parentElement) {
                const own = getComputedStyle(up);
                if (['auto', 'scroll'].includes(own.overflowY) || ['auto', 'scroll'].includes(own.overflowX)) { scrolls = true; break; }
            }
            if (scrolls) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const outside = [...range.getClientRects()].some((r) => r.width > 0 && (
                (hidesX && (r.left < box.left - 1 || r.right > box.right + 1)) ||
                (hidesY && (r.top < box.top - 1 || r.bottom > box.bottom + 1))));
            if (outside) {
                const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
                clipped.push(`${name}: „${node.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60)}“`);
                break;
            }
        }
    }
    return clipped;
}"""


# Transitions and animations on the elements that move in Material: header,
# drawer, sidebars, skip link, back-to-top button, search dialog and results.
MOTION = """() => {
    const selector = '.md-header, .md-header__title, .md-header__topic, .md-sidebar, .md-nav, .md-overlay, .md-skip, .md-top, .md-tooltip, .md-typeset a, .md-nav__link, .md-header__button, .pf-trigger-btn, dialog.pf-modal, .pf-result, details, summary';
    const moving = [];
    const seconds = (value) => Math.max(...value.split(',').map((part) => part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)));
    for (const el of document.querySelectorAll(selector)) {
        const style = getComputedStyle(el);
        const transition = seconds(style.transitionDuration) + seconds(style.transitionDelay);
        const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
        if (transition > 0.01 || animation > 0.01) {
            moving.push(`${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\\s+/).join('.')}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`);
        }
    }
    return moving;
}"""


def test_no_page_scrolls_sideways_at_320px(browser, site_url, built_site):
    paths = built_pages(built_site)
    context = browser.new_context(viewport=NARROW, locale="de-DE", color_scheme="light")
    page = context.new_page()
    wide = {}
    try:
        for path in paths:
            page.goto(site_url + path, wait_until="load")
            wait_until_ready(page)
            assert page.evaluate("() => document.documentElement.clientWidth") == NARROW["width"]
            sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if sizes[0] > sizes[1]:
                wide["/" + path] = sizes
    finally:
        context.close()
    assert not wide, f"Seiten scrollen bei 320 px waagerecht (scrollWidth, clientWidth) – {len(paths)} Seiten geprüft:\n" + "\n".join(
        f"  {path}: {sizes}" for path, sizes in wide.items()
    )


@pytest.mark.parametrize("width", [320, 1280], ids=["320px", "1280px"])
@pytest.mark.parametrize("path", PAGES)
def test_text_spacing_clips_nothing(open_page, path, width):
    page = open_page(path, width=width, height=800)
    before = page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset p, .md-typeset h1')).letterSpacing")
    page.add_style_tag(content=TEXT_SPACING_CSS)
    after = page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset p, .md-typeset h1')).letterSpacing")
    assert after != before, f"Abstands-Stylesheet wirkt nicht (letter-spacing {before!r} -> {after!r}) auf /{path}"
    clipped = page.evaluate(CLIPPED)
    assert not clipped, f"Text abgeschnitten bei erweiterten Abständen auf /{path} ({width} px):\n" + "\n".join(f"  {c}" for c in clipped)
    sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"waagerechtes Scrollen bei erweiterten Abständen auf /{path} ({width} px): {sizes}"


@pytest.mark.parametrize("path", PAGES)
def test_reduced_motion_stops_transitions(open_page, path):
    page = open_page(path, width=1280, height=800, reduced_motion="reduce")
    assert page.evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches"), "reduced motion nicht emuliert"
    assert_scheme(page, "default")
    # Open the search dialog too, so that its results and their fade-in are on the page.
    if path == "":
        page.locator("pagefind-modal-trigger button").click()
        page.locator("dialog.pf-modal input[type=search]").fill("Budget")
        page.locator("dialog.pf-modal a.pf-result-link").first.wait_for()
    moving = page.evaluate(MOTION)
    assert not moving, f"Bewegung trotz prefers-reduced-motion auf /{path}:\n" + "\n".join(f"  {m}" for m in moving[:30])
