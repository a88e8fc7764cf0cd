"""The in-page detectors find what they claim to find, on tiny pages made for it (so that a passing check means something)."""

from __future__ import annotations

import pytest

from .focus import FOCUS_STATE, MARK_FOCUSABLES
from .test_hostile_data import DANGEROUS_MARKUP
from .test_reflow import CLIPPED, MOTION, TEXT_SPACING_CSS

pytestmark = pytest.mark.browser


@pytest.fixture
def blank(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    yield page
    context.close()


def test_dangerous_markup_detector(blank):
    blank.set_content(
        '<a href=" JaVa\tScript:alert(1)">a</a><img alt="" src="data:image/png;base64,AA=="><div onclick="x()">c</div>'
        '<a href="https://example.org/?javascript:alert(1)">harmlos</a><p>javascript:alert(1) als Text</p>'
    )
    found = blank.evaluate(DANGEROUS_MARKUP)
    assert len(found) == 3, found


def test_focus_detector_tells_visible_from_invisible(blank):
    blank.set_content(
        '<style>body{background:#fff;margin:40px} #a:focus{outline:3px solid #000} #b:focus{outline:none}'
        ' #c:focus{outline:3px solid #eee} #d{opacity:0}</style>'
        '<a id="a" href="#1">gut</a> <a id="b" href="#2">ohne</a> <a id="c" href="#3">blass</a> <a id="d" href="#4">unsichtbar</a>'
    )
    marked = blank.evaluate(MARK_FOCUSABLES)
    assert len(marked) == 3, marked  # the transparent link is not expected to be reached
    ratios = []
    for _ in range(4):
        blank.keyboard.press("Tab")
        ratios.append(round(blank.evaluate(FOCUS_STATE)["indicator"]["contrast"], 1))
    assert ratios[0] == 21.0 and ratios[1] == 0 and ratios[2] < 1.5 and ratios[3] == 0, ratios


def test_clipping_detector(blank):
    blank.set_content(
        '<div id="cut" style="width:100px;height:1.2em;overflow:hidden">ein langer Satz, der nicht passt, und noch mehr</div>'
        '<div style="width:300px;overflow:hidden">kurz</div>'
        '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">nur für Screenreader</span>'
    )
    blank.add_style_tag(content=TEXT_SPACING_CSS)
    clipped = blank.evaluate(CLIPPED)
    assert len(clipped) == 1 and clipped[0].startswith("div"), clipped


def test_motion_detector(blank):
    blank.set_content('<style>.md-header{transition:opacity .3s}</style><header class="md-header">x</header><div class="md-top">y</div>')
    assert len(blank.evaluate(MOTION)) == 1
