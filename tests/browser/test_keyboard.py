"""Keyboard walk on one page of each template, in every colour scheme: skip link first, every control reached in reading order, a visible focus indicator (3:1) on every stop, no trap."""

from __future__ import annotations

import pytest

from .focus import FOCUS_STATE, MARK_FOCUSABLES
from .targets import PAGES, SCHEMES, assert_scheme

pytestmark = pytest.mark.browser

# WCAG 2.4.13 / 1.4.11: the focus indicator contrasts at least 3:1 with what is next to it.
MIN_FOCUS_CONTRAST = 3.0
# Tab presses allowed beyond the number of controls before the walk counts as a trap.
SPARE_STEPS = 25


def tab_walk(page) -> tuple[list[str], list[dict], bool]:
    """Press Tab until focus leaves the page (or comes back to the first stop); return the marked controls, the stops, and whether it ended."""
    controls = page.evaluate(MARK_FOCUSABLES)
    stops: list[dict] = []
    for _ in range(len(controls) + SPARE_STEPS):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["atTop"] or (stops and state["isSkipLink"]):
            return controls, stops, True
        stops.append(state)
    return controls, stops, False


@pytest.mark.parametrize(("scheme_options", "md_scheme"), SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_tab_walk(open_page, path, scheme_options, md_scheme):
    page = open_page(path, width=1280, height=800, **scheme_options)
    assert_scheme(page, md_scheme)
    controls, stops, ended = tab_walk(page)
    trail = "\n".join(f"  {i + 1}. {stop['description']}" for i, stop in enumerate(stops))

    assert stops, f"Tab erreicht nichts auf /{path}"
    assert stops[0]["isSkipLink"], f"erster Tab-Halt ist nicht der Sprunglink auf /{path}: {stops[0]['description']}"
    assert ended, f"Tastaturfalle auf /{path}: nach {len(stops)} Tab-Halten verlässt der Fokus die Seite nicht:\n{trail}"

    reached = {stop["walk"] for stop in stops if stop["walk"] is not None}
    missed = [control for i, control in enumerate(controls) if i not in reached]
    assert not missed, f"per Tab nicht erreicht auf /{path}:\n" + "\n".join(f"  {m}" for m in missed) + f"\nWeg:\n{trail}"

    order = [stop["walk"] for stop in stops if stop["walk"] is not None]
    backwards = [(controls[a], controls[b]) for a, b in zip(order, order[1:]) if b <= a]
    assert not backwards, f"Fokusreihenfolge folgt nicht der Lesereihenfolge auf /{path}: " + "; ".join(f"{b} nach {a}" for a, b in backwards)

    weak = [
        f"  {stop['description']}: {stop['indicator']['kind'] or 'kein Fokusrahmen'}, Kontrast {stop['indicator']['contrast']:.2f}:1"
        f" ({stop['indicator'].get('color')} vor {stop['indicator'].get('background')})"
        for stop in stops
        if stop["indicator"]["contrast"] < MIN_FOCUS_CONTRAST
    ]
    assert not weak, f"Fokus nicht sichtbar genug (mindestens {MIN_FOCUS_CONTRAST}:1) auf /{path}:\n" + "\n".join(weak)
