"""MkDocs hook: check every Leichte-Sprache page with the rule checker; errors stop the build."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from portal.glossary import known_words, load_glossary
from portal.leichte_sprache.checker import check_page, format_finding
from portal.leichte_sprache.model import Severity
from portal.twins import is_easy

log = logging.getLogger("mkdocs.plugins.portal.leichte_sprache")

_findings: list = []
_glossary: set[str] = set()


# Hooks ---------------------------------------------------------------------


def on_pre_build(config) -> None:
    """Start each build (and each serve rebuild) with no findings and the current glossary."""
    _findings.clear()
    _glossary.clear()
    root = Path(config.config_file_path).parent
    # Problems in the glossary are reported by hooks/data_pages.py; here only its words count.
    _glossary.update(known_words(load_glossary(root, root / "schemas", problems=[])))


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Check the page's source file as the editor wrote it, so line numbers match."""
    if is_easy(page.file.src_uri) and page.file.abs_src_path:
        source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
        _findings.extend(check_page(source, f"{Path(config.docs_dir).name}/{page.file.src_uri}", glossary=frozenset(_glossary)))
    return markdown


def on_env(env, config, files):
    """After all pages were read: list warnings, stop on errors."""
    errors = [finding for finding in _findings if finding.severity is Severity.ERROR]
    for finding in _findings:
        if finding.severity is not Severity.ERROR:
            # Info, not warning: strict mode fails on warnings, and the rules
            # the sources only advise against must not stop a build.
            log.info("Leichte Sprache, Hinweis: %s", format_finding(finding))
    if errors:
        report = "\n".join(f"  {format_finding(finding)}" for finding in errors)
        raise PluginError(f"Die Prüfung der Leichten Sprache fand {len(errors)} Fehler:\n{report}")
    return env
