"""MkDocs hook: load and validate data/, add one generated page per record, expand directives."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from portal.clock import build_moment
from portal.components import component_problems
from portal.dataset import counts_text, load_dataset
from portal.directives import Context, expand
from portal.errors import DataError
from portal.form_rules import FORM_RULES, form_rules_json
from portal.glossary import abbreviation_definitions, link_hard_words
from portal.review import easy_reading_layout, review_note, review_problems
from portal.twins import is_easy
from portal.pages import generate_downloads, generate_pages, missing_operator_fields

log = logging.getLogger("mkdocs.plugins.portal.data_pages")

# Hooks are not reloaded by `mkdocs serve`; this holds only the current build's data.
_state: dict = {}


# Hooks ---------------------------------------------------------------------


def on_files(files: Files, config) -> Files:
    """Load data afresh for this build and add the generated pages outside the nav."""
    root = Path(config.config_file_path).parent
    try:
        dataset = load_dataset(root)
    except DataError as error:
        raise PluginError(error.report()) from None
    now = build_moment()
    operator = dict(config.extra.get("operator") or {})
    _state["context"] = Context(dataset, now, operator)
    missing = missing_operator_fields(operator)
    if missing:
        # Info, not warning: strict mode turns warnings into failures, and a
        # preview without operator details must still build.
        log.info("HINWEIS: Betreiberangaben für Impressum/Datenschutz fehlen in mkdocs.yml extra.operator: %s", ", ".join(missing))
    for page in generate_pages(dataset, now):
        files.append(File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
    uid_domain = config.extra.get("calendar_uid_domain") or "budget-fuer-arbeit-portal"
    for download in generate_downloads(dataset, now, uid_domain, config.site_url):
        files.append(File.generated(config, download.src_uri, content=download.content))
    files.append(File.generated(config, FORM_RULES, content=form_rules_json()))
    log.info("Daten: %s", counts_text(dataset))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Expand ``<!-- portal:… -->`` directives, link hard words on Leichte-Sprache pages, add abbreviations."""
    context = _state["context"]
    src_uri = page.file.src_uri
    if problems := component_problems(page.meta, f"content/{src_uri}", page.file.content_string if "components" in page.meta else ""):
        raise PluginError(DataError(problems).report())
    if "portal:" in markdown:
        try:
            markdown = expand(markdown, src_uri, context)
        except DataError as error:
            raise PluginError(error.report()) from None
    if is_easy(src_uri):
        problems = review_problems(page.meta, f"content/{src_uri}")
        if problems:
            raise PluginError(DataError(problems).report())
        markdown = easy_reading_layout(link_hard_words(markdown, context.dataset.glossary, src_uri) + review_note(page.meta))
    return markdown + abbreviation_definitions(context.dataset.glossary)
