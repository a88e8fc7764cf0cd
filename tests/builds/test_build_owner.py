"""One owner per build: a real MkDocs build, in this process, reads the glossary once."""

from __future__ import annotations

import os

from mkdocs.commands.build import build
from mkdocs.config import load_config
from support import ROOT, SOURCE_DATE_EPOCH

from portal.types import glossary


def test_a_build_reads_the_glossary_once(tmp_path, monkeypatch):
    calls = []
    original = glossary._load

    def counting(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(glossary, "_load", counting)
    monkeypatch.setitem(os.environ, "SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    build(config)
    assert (tmp_path / "site" / "leichte-sprache" / "woerterbuch" / "index.html").is_file()
    assert len(calls) == 1
