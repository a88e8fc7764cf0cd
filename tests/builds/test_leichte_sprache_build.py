"""The build checks every Leichte-Sprache page; a bad page stops it with page, line and rule."""

from support import build_site


def test_real_easy_language_pages_pass(built_site):
    assert (built_site / "leichte-sprache" / "index.html").exists()


def test_a_bad_page_stops_the_build_naming_page_line_and_rule(project, tmp_path):
    root = project("valid")
    page = root / "content" / "leichte-sprache" / "budget-fuer-arbeit.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(8, "Der Antrag würde gemäß § 61 SGB IX vom zuständigen Träger der Eingliederungshilfe innerhalb von drei Wochen beschieden werden.")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = build_site(root, tmp_path / "site")

    assert result.returncode != 0
    assert "Die Prüfung der Leichten Sprache fand" in result.stderr
    rows = [row.strip() for row in result.stderr.splitlines() if row.strip().startswith("content/leichte-sprache/budget-fuer-arbeit.md:9 ")]
    rules = {row.split("[", 1)[1].split("]", 1)[0] for row in rows}
    assert {"satzlaenge", "sonderzeichen", "zahlwoerter"} <= rules, result.stderr
    assert not (tmp_path / "site").exists()


def test_an_easy_page_without_standard_twin_stops_the_build(project, tmp_path):
    root = project("valid")
    (root / "content" / "leichte-sprache" / "nur-leicht.md").write_text("# Nur leicht\n\nDas ist ein Text.\n", encoding="utf-8")
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    assert "content/leichte-sprache/nur-leicht.md: Es gibt keine Seite content/nur-leicht.md in Standardsprache." in result.stderr


def test_glossary_gives_tooltips_and_links(built_site):
    standard = (built_site / "budget-fuer-arbeit" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Sozialgesetzbuch">SGB</abbr>' in standard
    easy = (built_site / "leichte-sprache" / "budget-fuer-arbeit" / "index.html").read_text(encoding="utf-8")
    assert 'href="../woerterbuch/#wfbm"' in easy
    assert "noch nicht geprüft" in easy
