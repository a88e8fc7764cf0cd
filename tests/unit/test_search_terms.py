"""Glossary search words: everyday words, the explaining page, the hidden weighted block; JS and Python fold alike."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from support import ROOT

from portal.gazetteer.core import fold
from portal.types.glossary import Term, add_search_terms, load_glossary, search_terms_html


def term(**fields) -> Term:
    base = {"id": "x", "term": "Anleitung und Begleitung", "explanation": "…", "explanation_easy": "…"}
    return Term(**{**base, **fields})


def test_search_words_hold_spellings_abbreviation_and_everyday_words():
    entry = term(variants=("Jobcoach",), abbreviation="AuB", everyday=("Unterstützung am Arbeitsplatz",))
    assert entry.search_words == ("Anleitung und Begleitung", "Jobcoach", "AuB", "Unterstützung am Arbeitsplatz")
    # Everyday words are for the search only, never linked as hard words.
    assert "Unterstützung am Arbeitsplatz" not in entry.words


def test_the_explaining_page_and_its_twin_get_a_hidden_weighted_block_after_the_heading():
    terms = [term(variants=("Jobcoach",), page="anleitung-und-begleitung.md")]
    for src in ("anleitung-und-begleitung.md", "leichte-sprache/anleitung-und-begleitung.md"):
        out = add_search_terms("# Titel\n\nText.\n", terms, src)
        block = '<div class="portal-search-terms" hidden data-pagefind-weight="6" data-pagefind-meta="suchwoerter">Anleitung und Begleitung, Jobcoach</div>'
        assert out == f"# Titel\n\n{block}\n\n\n\nText.\n"
    assert add_search_terms("# Andere\n", terms, "antrag.md") == "# Andere\n"


def test_search_words_are_escaped():
    assert "&lt;b&gt;" in str(search_terms_html(["<b>"]))


def _project(tmp_path: Path, entry_changes: dict) -> Path:
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "antrag.md").write_text("# Antrag\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    entry = {"id": "antrag", "term": "Antrag", "explanation": "Ein Antrag.", "explanation_leichte_sprache": "Sie fragen beim Amt.", **entry_changes}
    (tmp_path / "data" / "glossary.yaml").write_text(yaml.safe_dump({"terms": [entry]}, allow_unicode=True), encoding="utf-8")
    return tmp_path


def test_page_must_exist(tmp_path):
    problems = []
    load_glossary(_project(tmp_path, {"page": "fehlt.md"}), tmp_path / "schemas", problems)
    assert len(problems) == 1
    assert "content/fehlt.md" in problems[0].message and problems[0].field == "terms[0].page"


def test_page_in_leichte_sprache_is_refused_by_the_schema(tmp_path):
    problems = []
    load_glossary(_project(tmp_path, {"page": "leichte-sprache/antrag.md"}), tmp_path / "schemas", problems)
    assert len(problems) == 1 and "Standardsprache" in problems[0].message


def test_everyday_word_may_not_repeat_another_word(tmp_path):
    problems = []
    terms = load_glossary(_project(tmp_path, {"page": "antrag.md", "everyday": ["Antrag"]}), tmp_path / "schemas", problems)
    assert terms and len(problems) == 1 and "steht schon" in problems[0].message


NAMES = ["Nürnberg", "Nuernberg", "St. Ingbert", "Sankt Ingbert", "Frankfurt am Main", "Halle (Saale)", "Köln", "Straße", "GROẞ", "Bad Neuenahr-Ahrweiler", "Mülheim an der Ruhr", "Öhringen"]


def test_browser_fold_matches_python_fold():
    script = (
        "import('" + (ROOT / "overrides/assets/components/lib/places.js").as_uri() + "').then((m) => "
        "console.log(JSON.stringify(" + json.dumps(NAMES) + ".map((n) => m.fold(n)))))"
    )
    result = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [fold(name) for name in NAMES]


def test_browser_lookup_finds_places_and_plz_like_python(tmp_path):
    from portal import gazetteer  # noqa: PLC0415 - loads the place data (1–2 s), only this test needs it

    export = tmp_path / "orte.json"
    export.write_text(gazetteer.export_for_browser(), encoding="utf-8")
    queries = ["90402", "Nürnberg", "Nuernberg", "Köln", "Sankt Ingbert", "Frankfurt", "Landkreis Göttingen", "Rente"]
    script = (
        "import { readFileSync } from 'node:fs';"
        "const m = await import('" + (ROOT / "overrides/assets/components/lib/places.js").as_uri() + "');"
        "const g = new m.Gazetteer(JSON.parse(readFileSync(" + json.dumps(str(export)) + ", 'utf8')));"
        "console.log(JSON.stringify(" + json.dumps(queries) + ".map((q) => g.lookup(q).map((p) => p.kreis))));"
    )
    result = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    places = gazetteer.load()
    expected = [[place.kreis_key for place in places.lookup(query)] for query in queries]
    assert json.loads(result.stdout)[0] == expected[0]
    for got, want, query in zip(json.loads(result.stdout), expected, queries):
        assert (got[:1] == want[:1]), f"{query}: {got[:3]} statt {want[:3]}"
