"""Shared fixtures: the repository, one strict build of the real site, a local server, a browser."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from support import CHROMIUM, CHROMIUM_ARGS, FIXTURES, ROOT, build_site, make_project


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session."""
    site = tmp_path_factory.mktemp("build") / "site"
    result = build_site(ROOT, site)
    assert result.returncode == 0, f"Build failed:\n{result.stdout}\n{result.stderr}"
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the stdlib
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Serve the built site on 127.0.0.1 (a free port) for the browser tests."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright's own browser download is unavailable here)."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} fehlt: apt-get install chromium (siehe .ci/run)"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def project(tmp_path):
    """Factory: ``project("broken-many")`` copies the site with tests/fixtures/<name>/data."""

    def factory(name: str) -> Path:
        return make_project(tmp_path / name, FIXTURES / name / "data")

    return factory
