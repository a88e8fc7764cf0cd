"""The registered record types, in load order. A new type: one module here, one line below (ARCHITECTURE.md)."""

from __future__ import annotations

from pathlib import Path

from portal.core import dataset as _dataset
from portal.core.model import Dataset, RecordType
from portal.types import cases, events, facts, glossary, places, providers, statistics

REGISTRY: tuple[RecordType, ...] = (
    providers.TYPE,
    cases.TYPE,
    events.TYPE,
    statistics.TYPE,
    glossary.TYPE,
    facts.TYPE,
    places.TYPE,
)


def load_dataset(root: Path, types: tuple[RecordType, ...] = REGISTRY) -> Dataset:
    """Read and validate everything in ``root/data`` for ``types``; raise DataError listing every problem."""
    return _dataset.load_dataset(root, types)
