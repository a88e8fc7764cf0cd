"""Every generated page and download of a dataset: each registered type contributes its own."""

from __future__ import annotations

from datetime import datetime

from portal.core.model import Context, Dataset, GeneratedDownload, GeneratedPage


def generate_pages(dataset: Dataset, now: datetime) -> list[GeneratedPage]:
    """The pages of every record type, in registry order."""
    return [page for record_type in dataset.types for page in record_type.pages(dataset, now)]


def generate_downloads(context: Context) -> list[GeneratedDownload]:
    """The downloads of every record type (calendar files, open data, finder data, vCards)."""
    return [download for record_type in context.dataset.types for download in record_type.downloads(context)]
