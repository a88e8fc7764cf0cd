"""A new data type is one schema, one type module, one template folder: registered by this test, nothing else edited."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from datetime import datetime
from pathlib import Path

import pytest
from support import FIXTURES, ROOT

from portal.build import Build
from portal.core.clock import BERLIN
from portal.core.errors import DataError
from portal.types import REGISTRY

FIXTURE = FIXTURES / "new-record-type"
NOW = datetime(2026, 11, 23, 12, tzinfo=BERLIN)


def _type_module():
    spec = importlib.util.spec_from_file_location("sprechstunden_type", FIXTURE / "sprechstunden.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def root(tmp_path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(FIXTURE / "data" / "sprechstunden", tmp_path / "data" / "sprechstunden")
    shutil.copy2(FIXTURE / "schemas" / "sprechstunden.schema.json", tmp_path / "schemas")
    return tmp_path


def test_registered_type_gets_pages_listing_counts(root):
    types = (*REGISTRY, _type_module().TYPE)
    owner = Build.load(root, now=NOW, types=types)
    pages = {page.src_uri: page.markdown for page in owner.pages()}
    page = pages["sprechstunden/offene-sprechstunde-neuss.md"]
    assert "# Offene Sprechstunde in Neuss" in page and "](../anbieter/bbd-neuss.md)" in page
    listing = owner.transform_page("# Sprechstunden\n\n<!-- portal:sprechstunden -->\n", {}, "sprechstunden.md")
    assert "[Offene Sprechstunde in Neuss](sprechstunden/offene-sprechstunde-neuss.md) (Dienstag)" in listing
    assert "1 Sprechstunde" in owner.counts()
    # The built-in types are untouched by the new one.
    assert "anbieter/bbd-neuss.md" in pages


def test_registered_type_is_validated_by_its_schema_and_its_rules(root):
    broken = root / "data" / "sprechstunden" / "kaputt.yaml"
    broken.write_text("title: Kaputt\nprovider: gibt-es-nicht\nweekday: Sonntag\nsummary_leichte_sprache: Das Amt würde gemäß § 61 zahlen (vielleicht).\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        Build.load(root, now=NOW, types=(*REGISTRY, _type_module().TYPE))
    report = caught.value.report()
    assert "data/sprechstunden/kaputt.yaml:3 weekday" in report  # schema: closed list
    assert "data/sprechstunden/kaputt.yaml:2 provider" in report and "gibt-es-nicht" in report  # the type's own rule
    assert "data/sprechstunden/kaputt.yaml:4 summary_leichte_sprache: Leichte Sprache:" in report  # the one Leichte-Sprache field check


def test_without_registration_the_folder_is_not_read(root):
    owner = Build.load(root, now=NOW)
    assert "sprechstunden" not in owner.dataset
    assert "Sprechstunde" not in owner.counts()
