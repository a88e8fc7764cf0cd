"""Run Pagefind over a built site (German, main content only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class SearchIndexError(RuntimeError):
    """Pagefind failed; the build must not publish a site without search."""


def build_index(site_dir: Path) -> str:
    """Index ``site_dir`` into ``site_dir/pagefind``; return Pagefind's summary output."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind ist fehlgeschlagen:\n{result.stdout}\n{result.stderr}")
    if not (Path(site_dir) / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError("Pagefind hat keinen Suchindex geschrieben (pagefind/pagefind.js fehlt).")
    return result.stdout
