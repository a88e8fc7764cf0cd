"""Pagefind writes its index into the site only, never into the working directory."""

from __future__ import annotations

import pytest

from portal.postbuild.search import SearchIndexError, build_index


def test_the_index_goes_into_the_site_and_nowhere_else(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<html lang="de"><body><main data-pagefind-body><h1>Budget für Arbeit</h1><p>Lohnkostenzuschuss</p></main></body></html>', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    summary = build_index(site)
    assert "1 Seiten" in summary
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert list(work.iterdir()) == []


def test_indexing_works_while_the_caller_runs_an_event_loop(tmp_path):
    """A process that already runs an event loop (Playwright's sync API in the test session) can still index."""
    import asyncio  # noqa: PLC0415 - only this test needs a loop of its own
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<html lang="de"><body><main data-pagefind-body><h1>Werkstatt</h1></main></body></html>', encoding="utf-8")

    async def inside_a_loop() -> str:
        return build_index(site)

    # Own thread: this test process may itself run Playwright's loop already.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert "1 Seiten" in pool.submit(asyncio.run, inside_a_loop()).result()


def test_a_service_that_dies_stops_the_build_with_a_message(tmp_path, monkeypatch):
    """No hang and no traceback: a Pagefind that ends at once gives a German SearchIndexError."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<html lang="de"><body><main data-pagefind-body><h1>x</h1></main></body></html>', encoding="utf-8")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    with pytest.raises(SearchIndexError, match="Pagefind wurde beendet"):
        build_index(site)
