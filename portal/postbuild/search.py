"""Run Pagefind over a built site (German, main content only), plus records that are no page.

Pagefind's Python API indexes the site directory as ``pagefind --site`` does
and adds the extra records (the places of the gazetteer, see
the /zustaendig/<land>/ pages), so that a place or a Postleitzahl finds the answer
for that place through Pagefind's own search, not only in the dialog.

Index chunks: Pagefind loads the chunk of its index that holds a query's
word; the default chunk (20,000 word locations) is 20–30 KB compressed. Smaller
chunks keep a query within its byte budget (bench/search_queries.py: first
query ≤ 150 KB, later ≤ 50 KB). Pagefind 1.5 reads the size from
``PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE``; a Pagefind upgrade must keep it or
replace it (the bench shows the bytes).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import os
from dataclasses import dataclass, field
from pathlib import Path

INDEX_CHUNK_SIZE = "2000"
LANGUAGE = "de"


class SearchIndexError(RuntimeError):
    """Pagefind failed; the build must not publish a site without search."""


@dataclass(frozen=True)
class SearchRecord:
    """A search result that is no HTML page of the site (e.g. the answer for a place)."""

    url: str  # site-relative, starting with "/"
    title: str
    content: str
    filters: dict[str, list[str]] = field(default_factory=dict)


async def _index(site_dir: Path, records: tuple[SearchRecord, ...]) -> int:
    from pagefind.index import PagefindIndex  # noqa: PLC0415 - starts Pagefind's service; only the build needs it

    # The output path belongs in the config: leaving the context writes the index again, by
    # default into the working directory.
    async with PagefindIndex(config={"output_path": str(site_dir / "pagefind")}) as index:
        result = await index.add_directory(str(site_dir))
        # All at once: the service answers each request on its own, one by one takes a second per 10 records.
        await asyncio.gather(
            *(
                index.add_custom_record(
                    url=record.url,
                    content=record.content,
                    language=LANGUAGE,
                    meta={"title": record.title},
                    filters=record.filters or None,
                )
                for record in records
            )
        )
    return int(result.get("page_count", 0))


def build_index(site_dir: Path, records: tuple[SearchRecord, ...] | list[SearchRecord] = ()) -> str:
    """Index ``site_dir`` and ``records`` into ``site_dir/pagefind``; return a one-line summary."""
    site_dir = Path(site_dir).resolve()
    os.environ.setdefault("PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE", INDEX_CHUNK_SIZE)
    try:
        # In a thread of its own: the caller may already run an event loop (a test process
        # that drives a browser), and asyncio.run refuses to start a second one in it.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pages = pool.submit(asyncio.run, _index(site_dir, tuple(records))).result()
    except Exception as error:  # noqa: BLE001 - any failure of the service stops the build with its message
        raise SearchIndexError(f"Pagefind ist fehlgeschlagen: {error}") from error
    if not (site_dir / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError("Pagefind hat keinen Suchindex geschrieben (pagefind/pagefind.js fehlt).")
    return f"Pagefind: {pages} Seiten und {len(records)} weitere Einträge indexiert"
