"""What the browser tests check: one page of each template, both colour schemes."""

from __future__ import annotations

import pytest

# One page of each template, with a readable id for the test report.
PAGES = [
    pytest.param("", id="start"),
    pytest.param("budget-fuer-arbeit/", id="content"),
    pytest.param("leichte-sprache/budget-fuer-arbeit/", id="leichte-sprache"),
    pytest.param("anbieter/", id="listing-anbieter"),
    pytest.param("gute-praxis/", id="listing-gute-praxis"),
    pytest.param("termine/", id="listing-termine"),
    pytest.param("anbieter/lwl-inklusionsamt-arbeit/", id="provider"),
    pytest.param("gute-praxis/hessen-budget-fuer-arbeit-bekannt-machen/", id="good-practice"),
    pytest.param("termine/2025-03-18-budgetkompetenz-netzwerkveranstaltung/", id="event"),
    pytest.param("404.html", id="not-found"),
]

# mkdocs.yml selects the palette with prefers-color-scheme media queries; Material
# writes the resulting scheme to <body data-md-color-scheme>.
SCHEMES = [
    pytest.param("light", "default", id="light"),
    pytest.param("dark", "slate", id="dark"),
]
