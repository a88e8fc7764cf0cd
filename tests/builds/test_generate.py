"""``python -m portal generate DIR`` writes the docs tree MkDocs gets; plain MkDocs + Material builds it without hooks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support import SOURCE_DATE_EPOCH

from portal.build import Build
from portal.core.clock import build_moment
from portal.types import load_dataset

ROOT = Path(__file__).resolve().parents[2]
ENV = {"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    command = [sys.executable, "-m", "portal", "generate", str(folder / "docs"), "--config", str(folder / "mkdocs.yml")]
    result = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return folder


def html_pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html") if not path.relative_to(site).as_posix().startswith("pagefind/")}


def test_the_tree_holds_content_pages_data_pages_and_downloads(generated):
    docs = generated / "docs"
    owner = Build.load(ROOT, now=build_moment({"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}))
    for page in owner.pages():
        assert (docs / page.src_uri).is_file(), page.src_uri
    for download in owner.downloads():
        assert (docs / download.src_uri).read_bytes() == download.content
    for source in (ROOT / "content").rglob("*.md"):
        assert (docs / source.relative_to(ROOT / "content")).is_file()
    dataset = load_dataset(ROOT)
    assert "# LWL-Inklusionsamt Arbeit" in (docs / "anbieter/lwl-inklusionsamt-arbeit.md").read_text(encoding="utf-8")
    assert len(dataset.providers) > 0


def test_content_pages_arrive_transformed(generated):
    docs = generated / "docs"
    for source in (ROOT / "content").rglob("*.md"):
        text = (docs / source.relative_to(ROOT / "content")).read_text(encoding="utf-8")
        assert "<!-- portal:" not in text, f"{source}: directive not expanded"
    easy = (docs / "leichte-sprache/budget-fuer-arbeit.md").read_text(encoding="utf-8")
    assert '<div class="portal-easy" markdown>' in easy
    assert "](../leichte-sprache/woerterbuch.md#" in easy or "](woerterbuch.md#" in easy
    assert easy.startswith("---\n"), "front matter is kept"


def test_plain_mkdocs_without_hooks_builds_the_same_html_pages(generated, built_site):
    site = generated / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(generated / "mkdocs.yml"), "-d", str(site)]
    result = subprocess.run(command, cwd=generated, env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "hooks" not in (generated / "mkdocs.yml").read_text(encoding="utf-8")
    assert html_pages(site) == html_pages(built_site)
