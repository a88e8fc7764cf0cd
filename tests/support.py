"""Helpers shared by tests: build the site, copy the project with fixture data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# 2026-11-23 12:00 Berlin: fixed so that "upcoming" and "past" are testable.
SOURCE_DATE_EPOCH = "1795431600"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def build_site(root: Path, site_dir: Path, extra_env: dict[str, str] | None = None, release: bool = False) -> subprocess.CompletedProcess:
    """Run the real build (MkDocs + Pagefind, atomic swap) for the project at ``root``; ``release``: with ``--release``."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    env.pop("PORTAL_RELEASE", None)
    return subprocess.run(
        [sys.executable, "-m", "portal", "--root", str(root), "build", "--site-dir", str(site_dir), *(["--release"] if release else [])],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )


PROJECT_PARTS = ("mkdocs.yml", "content", "overrides", "hooks", "schemas")
FIXTURES = ROOT / "tests" / "fixtures"


def make_project(target: Path, data: Path | None) -> Path:
    """A throwaway copy of the site with the data folder ``data`` (None: no data at all)."""
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    if data is not None:
        shutil.copytree(data, target / "data")
        # The real content names real chart ids, figures and glossary terms; a
        # fixture without its own borrows the real ones so those pages still build.
        if not (target / "data" / "statistics").exists():
            shutil.copytree(ROOT / "data" / "statistics", target / "data" / "statistics")
        for borrowed in ("facts.yaml", "glossary.yaml"):
            if not (target / "data" / borrowed).exists():
                shutil.copy2(ROOT / "data" / borrowed, target / "data" / borrowed)
    return target
