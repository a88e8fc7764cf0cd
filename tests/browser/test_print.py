"""Print a Praxishilfe to PDF with headless Chromium: it fits A4 on at most two pages, without navigation."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

# Text that only the header, navigation, search or footer show, never the checklists themselves.
NAVIGATION_TEXT = ["Zahlen und Daten", "Wörterbuch", "Gute Praxis", "Suchen", "Leichte Sprache", "CC BY 4.0", "Zum Inhalt"]
MAX_PAGES = 2
PAGES = ["praxishilfen/checkliste-erstes-gespraech/", "praxishilfen/checkliste-arbeitgeber/", "leichte-sprache/praxishilfen/checkliste-erstes-gespraech/"]


def _pdf_text(pdf: bytes, tmp_path) -> str:
    assert shutil.which("pdftotext"), "pdftotext fehlt: apt-get install -y poppler-utils"
    path = tmp_path / "print.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _page_count(pdf: bytes) -> int:
    # Each page object of Chromium's PDF is "/Type /Page" (the tree is "/Type /Pages").
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


@pytest.mark.parametrize("path", PAGES)
def test_praxishilfe_prints_on_a4_without_navigation(open_page, path, tmp_path):
    page = open_page(path)
    heading = page.locator("article h1").inner_text().strip()
    pdf = page.pdf(format="A4", print_background=False)
    pages = _page_count(pdf)
    assert 1 <= pages <= MAX_PAGES, f"{path}: {pages} Seiten statt höchstens {MAX_PAGES}"
    text = " ".join(_pdf_text(pdf, tmp_path).split())
    assert heading in text, f"{path}: Die Überschrift fehlt im PDF – wurde der Inhalt gedruckt?"
    # The Stand the build derives from the page (its own check date and its facts) is printed too.
    assert re.search(r"Stand: \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}", text), f"{path}: Stand fehlt im PDF"
    found = [word for word in NAVIGATION_TEXT if word in text]
    assert not found, f"{path}: Navigationstext im PDF: {found}"


def test_link_targets_are_written_out(open_page, tmp_path):
    page = open_page(PAGES[0])
    text = " ".join(_pdf_text(page.pdf(format="A4"), tmp_path).split())
    assert "(https://www.gesetze-im-internet.de/sgb_9_2018/__61.html)" in text.replace("- ", "-")
