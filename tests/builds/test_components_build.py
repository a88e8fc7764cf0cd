"""Components in a real build: an unknown name in front matter stops it; the form rules are published."""

import json

from support import build_site


def test_unknown_component_stops_the_build_with_a_german_message(project, tmp_path):
    root = project("valid")
    page = root / "content" / "rechner.md"
    page.write_text(page.read_text(encoding="utf-8").replace("components: [calculator]", "components: [rechner]"), encoding="utf-8")
    site = tmp_path / "site"

    result = build_site(root, site)

    assert result.returncode != 0
    messages = [row.strip() for row in result.stderr.splitlines() if row.strip().startswith("content/")]
    assert messages == [
        "content/rechner.md:4 components: Die Komponente „rechner“ gibt es nicht (ein Ordner in overrides/assets/components/)"
        " – Erlaubt sind: antrag, calculator, case-filter, entry-form, finder, proposal-form, read-aloud, search, zustaendig."
        " Schreiben Sie zum Beispiel: components: [antrag]"
    ], result.stderr
    assert "Traceback" not in result.stderr
    assert not site.exists()


def test_pages_get_the_components_they_name_and_every_page_gets_search_and_read_aloud(built_site):
    rechner = (built_site / "rechner" / "index.html").read_text(encoding="utf-8")
    start = (built_site / "index.html").read_text(encoding="utf-8")
    for name in ("search", "read-aloud", "calculator"):
        assert f'<script src="../assets/components/{name}/{name}.js" type="module"></script>' in rechner
        assert f'<link rel="stylesheet" href="../assets/components/{name}/{name}.css">' in rechner
    assert '<script src="assets/components/read-aloud/read-aloud.js" type="module"></script>' in start
    assert "calculator" not in start and "finder/finder" not in start
    rules = json.loads((built_site / "mitmachen" / "form-rules.json").read_bytes())
    assert rules["fields"]["postal_code"]["pattern"] == "^[0-9]{5}$"
