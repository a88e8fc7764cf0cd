"""One owner per build: the dataset, the build moment, the operator settings and the glossary words.

``mkdocs build``/``serve`` create a :class:`Build` in ``on_files`` (hooks only
hand events to it); ``python -m portal generate`` uses the same object, so
another generator gets exactly what MkDocs gets.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from datetime import datetime
from pathlib import Path

from portal.core.clock import build_moment
from portal.core.errors import DataError, field_path
from portal.core.model import Context, Dataset, GeneratedDownload, GeneratedPage, Record, RecordType, counts_text
from portal.leichte_sprache.checker import check_page
from portal.leichte_sprache.model import Finding
from portal.leichte_sprache.transforms import easy_reading_layout, link_hard_words, review_note, review_problems
from portal.rendering.components import component_problems
from portal.rendering.directives import expand
from portal.rendering.operator import missing_operator_fields, release_problems
from portal.rendering.pages import generate_downloads, generate_pages
from portal.rendering.raw_html import restore, stash
from portal.rendering.twins import is_easy
from portal.types import REGISTRY, load_dataset
from portal.types.facts import apply_stand, staleness_lines
from portal.types.glossary import abbreviations, add_search_terms, known_words

DEFAULT_UID_DOMAIN = "budget-fuer-arbeit-portal"


@dataclass
class Build:
    """Everything one build knows; created once per build (each ``mkdocs serve`` rebuild makes a new one)."""

    root: Path
    dataset: Dataset
    now: datetime
    operator: dict = field(default_factory=dict)
    site_url: str | None = None
    uid_domain: str = DEFAULT_UID_DOMAIN
    findings: list[Finding] = field(default_factory=list)
    release: bool = False  # a build for publication: the Impressum must be complete
    stashed_html: dict[str, dict[str, str]] = field(default_factory=dict)  # src_uri → blocks, see stash_raw_html

    @classmethod
    def load(
        cls,
        root: Path,
        operator: dict | None = None,
        site_url: str | None = None,
        uid_domain: str | None = None,
        now: datetime | None = None,
        types: tuple[RecordType, ...] = REGISTRY,
        release: bool = False,
    ) -> Build:
        """Read and validate ``root/data``; raise DataError listing every problem.

        A release build (``release``) also raises DataError while the operator details lack what § 5 DDG requires.
        """
        dataset = load_dataset(Path(root), types)
        owner = cls(Path(root), dataset, now or build_moment(), dict(operator or {}), site_url, uid_domain or DEFAULT_UID_DOMAIN, release=release)
        config = Path(root) / "mkdocs.yml"
        if release and (problems := release_problems(owner.operator, config.read_text(encoding="utf-8") if config.is_file() else "")):
            raise DataError(problems)
        return owner

    @property
    def context(self) -> Context:
        return Context(self.dataset, self.now, self.operator, self.site_url, self.uid_domain)

    @property
    def glossary_words(self) -> frozenset[str]:
        """Words the Leichte-Sprache checker treats as explained."""
        if not hasattr(self, "_words"):
            self._words = known_words(self.dataset.glossary)
        return self._words

    @property
    def abbreviations(self) -> dict[str, str]:
        """Abbreviation → term for the ``abbr`` extension's ``glossary`` setting (tooltips on every page)."""
        return abbreviations(self.dataset.glossary)

    def markdown_settings(self, settings: dict) -> dict:
        """``settings`` (MkDocs' mdx_configs) with the glossary's abbreviations for the ``abbr`` extension."""
        abbr = dict(settings.get("abbr") or {})
        abbr["glossary"] = {**abbr.get("glossary", {}), **self.abbreviations}
        return {**settings, "abbr": abbr}

    def counts(self) -> str:
        return counts_text(self.dataset)

    def missing_operator_fields(self) -> list[str]:
        return missing_operator_fields(self.operator)

    def staleness(self) -> list[str]:
        """Build-log lines naming the facts checked more than twelve months before the build moment."""
        return staleness_lines(self.dataset.facts, self.now)

    def pages(self) -> list[GeneratedPage]:
        """Every data page, made once per build; the Leichte-Sprache ones are checked like content pages."""
        if not hasattr(self, "_pages"):
            self._pages = generate_pages(self.dataset, self.now)
            for page in self._pages:
                if is_easy(page.src_uri):
                    self.check_easy_source(page.markdown, page.src_uri, page.record)
        return self._pages

    @cached_property
    def generated_uris(self) -> frozenset[str]:
        return frozenset(page.src_uri for page in self.pages())

    def stash_raw_html(self, markdown: str, src_uri: str) -> str:
        """A generated page's Markdown with its raw HTML blocks replaced by placeholders (see portal.rendering.raw_html).

        Content pages keep their HTML: editors may put Markdown inside it.
        """
        if src_uri not in self.generated_uris:
            return markdown
        markdown, blocks = stash(markdown)
        if blocks:
            self.stashed_html[src_uri] = blocks
        return markdown

    def restore_raw_html(self, html: str, src_uri: str) -> str:
        """The rendered page with the blocks ``stash_raw_html`` took out put back."""
        blocks = self.stashed_html.pop(src_uri, None)
        return restore(html, blocks) if blocks else html

    def downloads(self) -> list[GeneratedDownload]:
        return generate_downloads(self.context)

    def transform_page(self, markdown: str, meta: dict, src_uri: str, source: str = "") -> str:
        """Everything a content page goes through: its Stand, directives, Leichte-Sprache layout, search words, abbreviations.

        Abbreviations are not appended as Markdown; they reach the ``abbr``
        extension as a setting (``markdown_settings``).

        ``source`` is the page's file as written (for line numbers in messages).
        Raises DataError for an unknown component, a bad directive, a bad Stand date or a bad Prüfgruppe note.
        """
        problems = component_problems(meta, f"content/{src_uri}", source)
        if problems:
            raise DataError(problems)
        markdown = apply_stand(markdown, meta, src_uri, self.dataset.facts)
        if "portal:" in markdown:
            markdown = expand(markdown, src_uri, self.context)
        if is_easy(src_uri):
            problems = review_problems(meta, f"content/{src_uri}")
            if problems:
                raise DataError(problems)
            markdown = easy_reading_layout(link_hard_words(markdown, self.dataset.glossary, src_uri) + review_note(meta))
        return add_search_terms(markdown, self.dataset.glossary, src_uri)

    def check_easy_source(self, source: str, display: str, record: Record | None = None) -> list[Finding]:
        """Check a Leichte-Sprache page as the editor wrote it (line numbers match the file); findings are kept.

        A generated page names its ``record``: each finding then points to the
        data file, and to the field and line whose text holds the flagged words.
        """
        found = check_page(source, display, glossary=self.glossary_words)
        if record is not None:
            found = [generated_finding(finding, record) for finding in found]
        self.findings.extend(found)
        return found


def is_release(site_url: str | None, environ: dict[str, str]) -> bool:
    """A build for publication: ``SITE_URL`` is set, or ``python -m portal build --release`` asked for it."""
    return bool(site_url) or environ.get(RELEASE_ENV) == "1"


RELEASE_ENV = "PORTAL_RELEASE"  # set by ``python -m portal build --release`` for the MkDocs process it starts


def generated_finding(finding: Finding, record: Record) -> Finding:
    """A finding on a generated page, moved to the record's data file: the field that holds its words, else the record."""
    page = f"erzeugte Seite {finding.path}, Zeile {finding.line}"
    texts = sorted(_text_fields(record.data), key=lambda item: not str(item[0][0]).endswith("_leichte_sprache"))
    for name, value in texts:
        if finding.words and all(word in value for word in finding.words):
            where = field_path((*record.prefix, *name))
            line = record.line_of(name)
            return replace(finding, path=record.file, line=line, message=f"Feld {where}: {finding.message} ({page})")
    return replace(finding, path=record.file, line=record.line, message=f"{finding.message} ({page}; der Text kommt aus der Vorlage oder aus mehreren Feldern)")


def _text_fields(data: object, path: tuple = ()) -> list[tuple[tuple, str]]:
    """(path, text) of every text in a record."""
    found: list[tuple[tuple, str]] = []
    if isinstance(data, str):
        found.append((path, data))
    elif isinstance(data, dict):
        for key, value in data.items():
            found += _text_fields(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _text_fields(value, (*path, index))
    return found


_current: list[Build] = []


def start(build: Build) -> Build:
    """Make ``build`` the one the MkDocs hooks hand their events to (replacing the previous build's)."""
    _current[:] = [build]
    return build


def current() -> Build:
    """The build that ``start`` began (hooks of later events reach it here)."""
    return _current[0]
