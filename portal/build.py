"""One owner per build: the dataset, the build moment, the operator settings and the glossary words.

``mkdocs build``/``serve`` create a :class:`Build` in ``on_files`` (hooks only
hand events to it); ``python -m portal generate`` uses the same object, so
another generator gets exactly what MkDocs gets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from portal.core.clock import build_moment
from portal.core.errors import DataError
from portal.core.model import Context, Dataset, GeneratedDownload, GeneratedPage, RecordType, counts_text
from portal.leichte_sprache.checker import check_page
from portal.leichte_sprache.model import Finding
from portal.leichte_sprache.transforms import easy_reading_layout, link_hard_words, review_note, review_problems
from portal.rendering.directives import expand
from portal.rendering.operator import missing_operator_fields
from portal.rendering.pages import generate_downloads, generate_pages
from portal.rendering.twins import is_easy
from portal.types import REGISTRY, load_dataset
from portal.types.glossary import abbreviations, known_words

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

    @classmethod
    def load(
        cls,
        root: Path,
        operator: dict | None = None,
        site_url: str | None = None,
        uid_domain: str | None = None,
        now: datetime | None = None,
        types: tuple[RecordType, ...] = REGISTRY,
    ) -> Build:
        """Read and validate ``root/data``; raise DataError listing every problem."""
        dataset = load_dataset(Path(root), types)
        return cls(Path(root), dataset, now or build_moment(), dict(operator or {}), site_url, uid_domain or DEFAULT_UID_DOMAIN)

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

    def pages(self) -> list[GeneratedPage]:
        return generate_pages(self.dataset, self.now)

    def downloads(self) -> list[GeneratedDownload]:
        return generate_downloads(self.context)

    def transform_page(self, markdown: str, meta: dict, src_uri: str) -> str:
        """Everything a content page goes through: directives, Leichte-Sprache layout and hard-word links.

        Abbreviations are not appended as Markdown; they reach the ``abbr``
        extension as a setting (``markdown_settings``).

        Raises DataError for a bad directive or a bad Prüfgruppe note.
        """
        if "portal:" in markdown:
            markdown = expand(markdown, src_uri, self.context)
        if is_easy(src_uri):
            problems = review_problems(meta, f"content/{src_uri}")
            if problems:
                raise DataError(problems)
            markdown = easy_reading_layout(link_hard_words(markdown, self.dataset.glossary, src_uri) + review_note(meta))
        return markdown

    def check_easy_source(self, source: str, display: str) -> list[Finding]:
        """Check a Leichte-Sprache page as the editor wrote it (line numbers match the file); findings are kept."""
        found = check_page(source, display, glossary=self.glossary_words)
        self.findings.extend(found)
        return found


_current: list[Build] = []


def start(build: Build) -> Build:
    """Make ``build`` the one the MkDocs hooks hand their events to (replacing the previous build's)."""
    _current[:] = [build]
    return build


def current() -> Build:
    """The build that ``start`` began (hooks of later events reach it here)."""
    return _current[0]
