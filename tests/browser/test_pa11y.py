"""A second accessibility engine: pa11y with HTML_CodeSniffer (WCAG 2 AA) on every built page, 0 errors.

axe-core runs in test_every_page.py; HTML_CodeSniffer checks other techniques
(for example H32: a form needs a submit button; H91: every form control needs
a name). pa11y comes from the npm registry, pinned in package-lock.json, and
drives Debian's Chromium (tests/browser/pa11y_pages.mjs); puppeteer's own
browser is never downloaded (npm ci --ignore-scripts).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from support import CHROMIUM, ROOT

pytestmark = pytest.mark.browser

RUNNER = ROOT / "tests" / "browser" / "pa11y_pages.mjs"


def page_urls(built_site: Path, site_url: str) -> list[str]:
    """Every HTML page of the build (not Pagefind's files), as served by the test server."""
    urls = []
    for html in sorted(built_site.rglob("*.html")):
        relative = html.relative_to(built_site).as_posix()
        if relative.startswith("pagefind/"):
            continue
        urls.append(site_url + (relative.removesuffix("index.html")))
    return urls


def test_pa11y_finds_no_error_on_any_page(built_site, site_url, tmp_path):
    assert (ROOT / "node_modules" / "pa11y").is_dir(), "pa11y fehlt: npm ci (siehe Makefile, make test)"
    urls = page_urls(built_site, site_url)
    assert len(urls) > 50, f"zu wenige Seiten gefunden: {len(urls)}"
    url_file = tmp_path / "urls.txt"
    url_file.write_text("\n".join(urls), encoding="utf-8")
    result = subprocess.run(
        ["node", str(RUNNER), str(url_file)],
        cwd=ROOT,
        env={**os.environ, "PA11Y_CHROMIUM": CHROMIUM, "PUPPETEER_SKIP_DOWNLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"pa11y lief nicht:\n{result.stderr[-3000:]}"
    report = json.loads(result.stdout)
    assert {entry["url"] for entry in report} == set(urls), "pa11y hat nicht jede Seite geprüft"
    problems = [
        f"{entry['url']}: {issue['code']}\n    {issue['selector']}\n    {issue['message']}\n    {issue['context'][:200]}"
        for entry in report
        for issue in entry["issues"]
    ]
    assert not problems, f"{len(problems)} Fehler (WCAG 2 AA, HTML_CodeSniffer):\n" + "\n".join(problems)
