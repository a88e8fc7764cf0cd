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


def test_generated_twins_are_built_for_every_record_with_easy_text(built_site):
    from portal.types import load_dataset
    from support import ROOT

    dataset = load_dataset(ROOT)
    for record in dataset.providers:
        page = built_site / "leichte-sprache" / "anbieter" / record.slug / "index.html"
        assert page.exists() == bool(record.get("description_leichte_sprache")), record.slug
    for record in dataset.cases:
        page = built_site / "leichte-sprache" / "gute-praxis" / record.slug / "index.html"
        assert page.exists() == bool(record.get("summary_leichte_sprache")), record.slug
    html = (built_site / "leichte-sprache" / "anbieter" / "jobcenter-stendal" / "index.html").read_text(encoding="utf-8")
    assert 'class="portal-easy"' in html and "Art von der Stelle: Job-Center" in html


def _case(root, slug: str, text: str) -> None:
    (root / "data" / "good-practice" / f"{slug}.yaml").write_text(text, encoding="utf-8")


def test_a_rule_breaking_easy_field_stops_the_build_naming_file_line_and_field(project, tmp_path):
    root = project("valid")
    _case(
        root,
        "leicht-falsch",
        "title: Ein Fall\n"
        "title_leichte_sprache: Ein Fall\n"
        "summary: Ein Fall.\n"
        "summary_leichte_sprache: Der Antrag wird gemäß § 61 SGB IX beschieden.\n"
        "kind: Modellprojekt\n"
        "sources: [{title: Q, url: 'https://example.org/'}]\n"
        'checked: "2026-01-15"\n',
    )
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    rows = [row for row in result.stderr.splitlines() if "data/good-practice/leicht-falsch.yaml:4" in row]
    assert rows and all("summary_leichte_sprache" in row and "Leichte Sprache:" in row for row in rows), result.stderr
    assert not (tmp_path / "site").exists()


def test_a_generated_twin_that_breaks_a_rule_stops_the_build_naming_data_file_and_field(project, tmp_path):
    root = project("valid")
    # No easy title: the twin shows the title, and its number word breaks a rule only the page check sees.
    _case(
        root,
        "ohne-leichten-titel",
        "title: Fünf Wege in den Betrieb\n"
        "summary: Ein Fall.\n"
        "summary_leichte_sprache: Das ist ein Beispiel.\n"
        "kind: Modellprojekt\n"
        "sources: [{title: Q, url: 'https://example.org/'}]\n"
        'checked: "2026-01-15"\n',
    )
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    assert "Die Prüfung der Leichten Sprache fand" in result.stderr
    row = next(row.strip() for row in result.stderr.splitlines() if "data/good-practice/ohne-leichten-titel.yaml:1 " in row)
    assert "[zahlwoerter] Fehler: Feld title:" in row, row
    assert "erzeugte Seite leichte-sprache/gute-praxis/ohne-leichten-titel.md" in row
    assert not (tmp_path / "site").exists()
