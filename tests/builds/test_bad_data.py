"""Bad data stops the build with one German message per mistake, and publishes nothing."""

from support import build_site


def test_several_mistakes_one_message_each(project, tmp_path):
    root = project("broken-many")
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    for expected in [
        "data/providers.yaml:6 providers[0].land: „Hesen“ ist kein erlaubter Wert",
        "data/providers.yaml:8 providers[0].contact.website: „javascript:alert(1)“ ist keine https-Adresse",
        "data/providers.yaml:14 providers[1].name:",
        "data/providers.yaml:16 providers[1].kind: Der Schlüssel „kind“ steht doppelt",
        "data/events/2026-12-01-beispieltermin.yaml:7 organiser: Den Veranstalter „gibt-es-nicht“ gibt es nicht",
    ]:
        assert output.count(expected) == 1, f"{expected!r} not exactly once in:\n{output}"
    assert "Die Daten enthalten 5 Fehler" in output
    assert "Traceback" not in output


def test_a_failed_build_leaves_the_previous_site_untouched(project, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("alte Fassung", encoding="utf-8")
    result = build_site(project("broken-many"), site)
    assert result.returncode != 0
    assert [path.name for path in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "alte Fassung"
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".site.new")]


def test_unknown_directive_in_content_stops_the_build(project, tmp_path):
    root = project("valid")
    page = root / "content" / "termine" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<!-- portal:termine -->\n", encoding="utf-8")
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    assert "termine/index.md:" in result.stderr and "Unbekannte Anweisung „portal:termine“" in result.stderr
