"""Pagefind writes its index into the site only, never into the working directory."""

from __future__ import annotations

from portal.postbuild.search import build_index


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
