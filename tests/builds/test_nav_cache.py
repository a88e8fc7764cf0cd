"""Pages outside the nav share the navigation of their folder: the site is byte for byte the one built without sharing."""

from __future__ import annotations

import filecmp

from support import FIXTURES, build_site, make_project


def _pages(site):
    return sorted(path.relative_to(site) for path in site.rglob("*.html") if "pagefind" not in path.parts)


def test_shared_navigation_changes_no_page(tmp_path):
    root = make_project(tmp_path / "project", FIXTURES / "valid" / "data")
    shared, own = tmp_path / "shared", tmp_path / "own"
    for site, switch in ((shared, "1"), (own, "0")):
        result = build_site(root, site, extra_env={"PORTAL_NAV_CACHE": switch, "SOURCE_DATE_EPOCH": "1795431600"})
        assert result.returncode == 0, f"Bau mit PORTAL_NAV_CACHE={switch} fehlgeschlagen:\n{result.stdout}\n{result.stderr}"
    pages = _pages(shared)
    assert pages == _pages(own)
    # Record pages (providers, cases, events) are the ones that share; the fixture has several per folder.
    assert sum(1 for page in pages if page.parts[0] in {"anbieter", "gute-praxis", "termine"}) >= 10
    different = [str(page) for page in pages if not filecmp.cmp(shared / page, own / page, shallow=False)]
    assert not different, f"{len(different)} Seiten unterscheiden sich, z. B. {different[:5]}"
