"""Each kind of unreadable or wrong file gets one German message with file and line; nothing is published."""

import pytest

from support import build_site

GOOD = """title: Ein Beispiel
summary: Kurz gesagt.
kind: Modellprojekt
sources:
  - title: Quelle
    url: https://example.org/
checked: "2026-01-15"
"""

BAD_FILES = {
    "yaml-syntax": (GOOD.replace("title: Ein Beispiel", "title: [Ein Beispiel"), 2, "Abschnitt beginnt in Zeile 1"),
    "encoding": (GOOD.replace("Kurz gesagt.", "Kurz gesagt, ärgerlich.").encode("latin-1"), 2, "nicht in UTF-8"),
    "tab-indent": (GOOD.replace("  - title: Quelle", "\t- title: Quelle"), 5, "Tabulator"),
    "duplicate-key": (GOOD + "kind: Peer-Angebot\n", 8, "steht doppelt"),
    "empty": ("", 1, "Die Datei ist leer"),
    "list-not-mapping": ("- " + GOOD.replace("\n", "\n  "), 1, "keine Liste"),
    "unknown-field-typo": (GOOD + "sumary: Tippfehler\n", 8, "Meinten Sie „summary“"),
    "impossible-date": (GOOD.replace("2026-01-15", "2026-02-30"), 7, "kein gültiges Datum"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_stops_the_build_with_one_message(name, project, tmp_path):
    content, line, words = BAD_FILES[name]
    root = project("valid")
    path = root / "data" / "good-practice" / "kaputt.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("gute alte Fassung", encoding="utf-8")

    result = build_site(root, site)

    assert result.returncode != 0
    messages = [row.strip() for row in result.stderr.splitlines() if row.strip().startswith("data/")]
    assert len(messages) == 1, result.stderr
    assert messages[0].startswith(f"data/good-practice/kaputt.yaml:{line}"), messages[0]
    assert words in messages[0]
    assert "Traceback" not in result.stderr
    assert [entry.name for entry in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "gute alte Fassung"
