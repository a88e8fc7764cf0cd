"""The index Pagefind builds page by page during the build is the one `pagefind --site` builds over the finished site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from portal.postbuild.search import INDEX_CHUNK_SIZE


def _entry(site):
    return json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))


def test_streamed_index_has_the_pages_and_texts_of_an_index_over_the_site(built_site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy, ignore=shutil.ignore_patterns("pagefind"))
    env = {**os.environ, "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": INDEX_CHUNK_SIZE}
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(copy)], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    streamed, walked = _entry(built_site), _entry(copy)
    assert streamed["languages"]["de"]["page_count"] == walked["languages"]["de"]["page_count"] > 100
    # A fragment's name is the hash of its page's URL, text, meta data and filters.
    fragments = {path.name for path in (built_site / "pagefind" / "fragment").iterdir()}
    assert fragments == {path.name for path in (copy / "pagefind" / "fragment").iterdir()}
