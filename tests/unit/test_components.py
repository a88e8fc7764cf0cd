"""Front-end components: one folder each, ES modules only, reached by one template helper, checked names."""

import re

import pytest
import yaml

from portal.rendering.components import ALWAYS, COMPONENT_DIR, SHARED_LIB, component_problems, known_components
from portal.core.errors import DataError
from portal.types.providers import FINDER_FIELDS
from support import ROOT

ASSETS = ROOT / "overrides" / "assets"
CONTENT = ROOT / "content"
MAIN_HTML = ROOT / "overrides" / "main.html"
SCRIPTS = sorted(ASSETS.rglob("*.js"))


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1]) if text.startswith("---\n") else {}


def test_components_are_the_folders_and_each_holds_its_module_and_style():
    names = known_components()
    assert names == ("antrag", "calculator", "case-filter", "entry-form", "finder", "proposal-form", "read-aloud", "search", "zustaendig")
    assert SHARED_LIB not in names and (COMPONENT_DIR / SHARED_LIB).is_dir()
    for name in names:
        assert (COMPONENT_DIR / name / f"{name}.js").is_file(), name
        assert (COMPONENT_DIR / name / f"{name}.css").is_file(), name
    # No script lives outside the components any more.
    assert {path.parent.parent for path in SCRIPTS} == {COMPONENT_DIR}


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.relative_to(ASSETS).as_posix())
def test_every_script_is_an_es_module_without_a_wrapper(path):
    text = path.read_text(encoding="utf-8")
    code = re.sub(r"^[ \t]*//.*$", "", re.sub(r"/\*.*?\*/", "", text, flags=re.S), flags=re.M)
    # An IIFE wrapper, "use strict" (modules are strict anyway) and var belong to the old classic scripts.
    assert not re.search(r"^\s*[;!]?\(\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>)", code, re.M), f"{path.name}: IIFE"
    assert not re.search(r"\}\s*\)?\s*\(\s*\)\s*\)?\s*;?\s*$", code, re.M), f"{path.name}: IIFE"
    assert '"use strict"' not in code and not re.search(r"\bvar\s", code)
    exports_or_imports = re.search(r"^\s*(?:import|export)\s", code, re.M)
    is_entry = path.name == f"{path.parent.name}.js" and path.parent.parent == COMPONENT_DIR
    # lib/ modules export; a component's entry module is included with type="module" by main.html.
    assert exports_or_imports or is_entry, path
    for target in re.findall(r"""^\s*import\s.*?from\s+["']([^"']+)["']""", code, re.M):
        assert target.startswith(("./", "../")) and (path.parent / target).resolve().is_file(), f"{path.name}: {target}"


def test_no_script_tag_in_content():
    offenders = [str(path.relative_to(ROOT)) for path in CONTENT.rglob("*.md") if "<script" in path.read_text(encoding="utf-8").lower()]
    assert offenders == []


def test_generated_fragments_emit_no_script_tags():
    templates = ROOT / "portal" / "templates"
    assert [path.name for path in templates.rglob("*") if path.is_file() and "<script" in path.read_text(encoding="utf-8") and "ld+json" not in path.read_text(encoding="utf-8")] == []


def test_one_helper_includes_the_scripts():
    html = MAIN_HTML.read_text(encoding="utf-8")
    # The helper's list of components for every page is the one portal/components.py documents.
    always = re.search(r'for name in \(\[([^\]]*)\] \+ named\)', html)
    assert always and tuple(re.findall(r'"([^"]+)"', always.group(1))) == ALWAYS
    assert set(ALWAYS) <= set(known_components())
    sources = re.findall(r'<script src="([^"]+)"', html)
    # Pagefind's own bundle (built by the search index) and the helper's module tag: nothing else.
    assert sorted(sources) == ["{{ 'pagefind/pagefind-component-ui.js' | url }}", "{{ (path ~ '.js') | url }}"]
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert not re.search(r"^extra_javascript:", mkdocs, re.M)
    extra_css = re.search(r"^extra_css:\n((?:  - .*\n)+)", mkdocs, re.M).group(1)
    assert "components/" not in extra_css


def test_content_pages_name_known_components_and_the_pages_that_need_one_do():
    named = {}
    for path in sorted(CONTENT.rglob("*.md")):
        meta = front_matter(path) or {}
        page = f"content/{path.relative_to(CONTENT).as_posix()}"
        assert component_problems(meta, page) == [], page
        if meta.get("components"):
            named[page] = meta["components"]
    text = {page: (ROOT / page).read_text(encoding="utf-8") for page in named}
    for path in CONTENT.rglob("*.md"):
        page = f"content/{path.relative_to(CONTENT).as_posix()}"
        source = path.read_text(encoding="utf-8")
        if "<!-- portal:providers -->" in source:
            assert "finder" in named.get(page, []), page
        if "<!-- portal:good-practice -->" in source:
            assert "case-filter" in named.get(page, []), page
    assert named["content/mitmachen.md"] == ["entry-form", "proposal-form"] and 'id="entry"' in text["content/mitmachen.md"]
    assert named["content/rechner.md"] == ["calculator"] and 'id="rechner"' in text["content/rechner.md"]


def test_unknown_component_is_a_german_problem_naming_page_line_and_the_allowed_names():
    source = "---\ntitle: Rechner\ncomponents: [rechner]\n---\n# Rechner\n"
    [problem] = component_problems({"components": ["rechner"]}, "content/rechner.md", source)
    text = str(problem)
    assert text.startswith("content/rechner.md:3 components: Die Komponente „rechner“ gibt es nicht")
    assert "Erlaubt sind: antrag, calculator, case-filter, entry-form, finder, proposal-form, read-aloud, search, zustaendig" in text
    assert "Der Bau wurde abgebrochen" in DataError([problem]).report()


def test_components_must_be_a_list_of_known_names():
    assert component_problems({}, "p") == []
    assert component_problems({"components": ["finder", "search"]}, "p") == []
    [problem] = component_problems({"components": "finder"}, "content/a.md")
    assert problem.line == 1 and "Liste" in problem.message
    assert len(component_problems({"components": ["finder", "karte", {"x": 1}]}, "p")) == 2


def test_finder_reads_its_data_by_field_name():
    for path in SCRIPTS:
        code = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(?:row|code|place|record)\[\d", code), f"{path.name} liest Spalten nach Position"
    finder = (COMPONENT_DIR / "finder" / "finder.js").read_text(encoding="utf-8")
    fields = re.search(r"const PROVIDER_FIELDS = \[([^\]]*)\]", finder)
    assert fields and tuple(re.findall(r'"([^"]+)"', fields.group(1))) == FINDER_FIELDS
    assert "columns(payload.fields, PROVIDER_FIELDS)" in finder
    # Places come from the shared gazetteer module (lib/places.js), as on /zustaendig/.
    assert 'from "../lib/places.js"' in finder and "new Gazetteer(" in finder and "PLACE_FIELDS" not in finder
