"""MkDocs hook: check every Leichte-Sprache page with the rule checker; errors stop the build."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from portal import build
from portal.leichte_sprache.checker import format_finding
from portal.leichte_sprache.model import Severity
from portal.rendering.twins import is_easy

log = logging.getLogger("mkdocs.plugins.portal.leichte_sprache")


# Hooks ---------------------------------------------------------------------


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Check the page's source file as the editor wrote it, so line numbers match.

    Generated Leichte-Sprache pages (provider and case twins) have no source
    file: the build owner checks them when it makes them (``Build.pages``) and
    names the data file and field in its findings.
    """
    if is_easy(page.file.src_uri) and page.file.abs_src_path:
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        build.current().check_easy_source(source, f"{Path(config.docs_dir).name}/{page.file.src_uri}")
    return markdown


def on_env(env, config, files):
    """After all pages were read: list warnings, stop on errors."""
    findings = build.current().findings
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    for finding in findings:
        if finding.severity is not Severity.ERROR:
            # Info, not warning: strict mode fails on warnings, and the rules
            # the sources only advise against must not stop a build.
            log.info("Leichte Sprache, Hinweis: %s", format_finding(finding))
    if errors:
        report = "\n".join(f"  {format_finding(finding)}" for finding in errors)
        raise PluginError(f"Die Prüfung der Leichten Sprache fand {len(errors)} Fehler:\n{report}")
    return env
