"""Under `mkdocs serve`, a data error keeps the last good pages and shows the German report.

serve rebuilds with mkdocs.commands.build.build into the folder it serves; this
test does the same twice in one process: a good build, then one with a data
error. The data is checked in on_pre_build, before MkDocs empties the folder,
so the pages of the good build are still there, and the report is logged as
an error (what serve prints in the terminal).
"""

from __future__ import annotations

import logging
import os

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from support import FIXTURES, SOURCE_DATE_EPOCH, make_project


def test_a_data_error_during_serve_keeps_the_last_good_pages(tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(os.environ, "SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    root = make_project(tmp_path / "project", FIXTURES / "valid" / "data")
    site = tmp_path / "served"
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))
    page = site / "termine" / "2026-12-03-kommender-termin" / "index.html"
    good = page.read_text(encoding="utf-8")

    event = root / "data" / "events" / "2026-12-03-kommender-termin.yaml"
    event.write_text(event.read_text(encoding="utf-8") + 'recurrence: "FREQ=DAILY;FREQ=SECONDLY"\n', encoding="utf-8")
    caplog.set_level(logging.ERROR)
    with pytest.raises(Abort):
        build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))

    assert page.read_text(encoding="utf-8") == good
    assert (site / "index.html").is_file()
    report = "\n".join(record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR)
    assert "Die Daten enthalten 1 Fehler" in report
    assert "data/events/2026-12-03-kommender-termin.yaml:14 recurrence" in report and "FREQ steht zweimal" in report
