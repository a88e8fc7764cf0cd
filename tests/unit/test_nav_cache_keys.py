"""Which pages may reuse the navigation rendered for another page."""

from __future__ import annotations

from types import SimpleNamespace

from portal.rendering.nav_cache import NavCache


def _page(url, parent=None):
    return SimpleNamespace(url=url, parent=parent)


NAV_PAGES = [_page(""), _page("anbieter/"), _page("fragen/"), _page("gute-praxis/sammlung/")]
NAV = SimpleNamespace(pages=NAV_PAGES)


def test_pages_outside_the_nav_share_by_folder():
    cache = NavCache(enabled=True)
    assert cache.key(_page("anbieter/a/"), NAV) == cache.key(_page("anbieter/b/"), NAV) == "/anbieter/*/"
    assert cache.key(_page("termine/x/"), NAV) == "/termine/*/"
    assert cache.key(_page("anbieter/bundesland/bayern/"), NAV) == "/anbieter/bundesland/*/"
    # Without directory URLs a page sits one level higher than a folder page of the same name.
    assert cache.key(_page("anbieter/a.html"), NAV) == "/anbieter/*" != cache.key(_page("anbieter/a/"), NAV)
    assert cache.key(_page("anbieter/a/"), NAV) != cache.key(_page("termine/x/"), NAV)


def test_pages_in_the_nav_or_below_a_section_get_their_own():
    cache = NavCache(enabled=True)
    assert cache.key(NAV_PAGES[1], NAV) == ""
    assert cache.key(_page("x/", parent=object()), NAV) == ""
    # A nav link into the page's own folder is relative to the page itself.
    assert cache.key(_page("gute-praxis/"), NAV) == ""


def test_switched_off_or_without_page_nothing_is_shared(monkeypatch):
    assert NavCache(enabled=False).key(_page("anbieter/a/"), NAV) == ""
    assert NavCache(enabled=True).key(None, NAV) == ""
    monkeypatch.setenv("PORTAL_NAV_CACHE", "0")
    assert NavCache().key(_page("anbieter/a/"), NAV) == ""


def test_the_first_rendering_is_reused():
    cache = NavCache(enabled=True)
    assert cache.get("/anbieter/") is None
    assert cache.remember("/anbieter/", "<nav>1</nav>") == "<nav>1</nav>"
    assert cache.get("/anbieter/") == "<nav>1</nav>"
    assert cache.remember("", "<nav>2</nav>") == "<nav>2</nav>" and cache.get("") is None
