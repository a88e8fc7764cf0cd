"""A release build (``--release`` or SITE_URL) stops with a German message while the Impressum details are missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import ROOT, build_site


@pytest.mark.parametrize(("args_env"), [{"flag": True}, {"env": {"SITE_URL": "https://example.org/portal/"}}], ids=["--release", "SITE_URL"])
def test_a_release_without_operator_details_publishes_nothing(tmp_path, args_env):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("vorher", encoding="utf-8")
    result = build_site(ROOT, site, args_env.get("env"), release=args_env.get("flag", False))
    assert result.returncode != 0
    log = result.stdout + result.stderr
    assert "Veröffentlichung gestoppt: Für das Impressum (§ 5 DDG) fehlt „name“" in log
    assert "mkdocs.yml:" in log and "extra.operator.email" in log and "extra.operator.legal_form" in log
    assert (site / "index.html").read_text(encoding="utf-8") == "vorher", "ein fehlgeschlagener Bau ändert nichts"


def test_the_deploy_workflow_builds_a_release():
    workflow = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "run: make release" in workflow
    assert "portal build --release" in makefile


def test_the_preview_keeps_the_notice(built_site: Path):
    impressum = (built_site / "impressum" / "index.html").read_text(encoding="utf-8")
    assert "Die Angaben zum Betreiber dieses Portals sind noch nicht eingetragen." in impressum
