"""Generated pages' raw HTML bypasses Python-Markdown and comes back exactly as Python-Markdown would have written it."""

from __future__ import annotations

import difflib

import markdown
import pytest
from mkdocs.config import load_config
from support import FIXTURES, ROOT, make_project

from portal.build import Build
from portal.rendering.raw_html import restore, stash

DATASETS = ["repository", "valid", "hostile-inert", "providers-hostile"]


def _converter(config):
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.fixture(scope="module", params=DATASETS)
def owner_and_config(request, tmp_path_factory):
    if request.param == "repository":
        root = ROOT
    else:
        root = make_project(tmp_path_factory.mktemp(request.param) / "project", FIXTURES / request.param / "data")
    owner = Build.load(root)
    config = load_config(str(root / "mkdocs.yml"))
    config["mdx_configs"] = owner.markdown_settings(dict(config["mdx_configs"] or {}))
    return request.param, owner, config


def _body(page_markdown: str) -> str:
    return page_markdown.split("---\n", 2)[2] if page_markdown.startswith("---\n") else page_markdown


def test_every_generated_page_renders_the_same_with_and_without_the_bypass(owner_and_config):
    name, owner, config = owner_and_config
    pages = owner.pages()
    stashed = 0
    for page in pages:
        text = owner.transform_page(_body(page.markdown), {}, page.src_uri, _body(page.markdown))
        direct = _converter(config).convert(text)
        bypassed, blocks = stash(text)
        stashed += bool(blocks)
        through = restore(_converter(config).convert(bypassed), blocks)
        assert through == direct, f"{name}: {page.src_uri} weicht ab:\n" + "\n".join(
            list(difflib.unified_diff(direct.splitlines(), through.splitlines(), lineterm=""))[:40]
        )
    # Not vacuous: most record pages of every data set take the bypass.
    assert stashed >= len(pages) // 3, f"{name}: nur {stashed} von {len(pages)} Seiten ohne HTML-Parser"


def test_text_that_spells_a_placeholder_stays_text():
    first, blocks = stash('<p class="a">eins</p>\n\nText\n')
    (token,) = blocks
    # A record that writes the placeholder of some page into its own page gets a different digest.
    second, others = stash(f'<p class="a">eins</p>\n\n{token}\n')
    assert token not in others
    html = restore(f"<p>{next(iter(others))}</p>\n<p>{token}</p>", others)
    assert f"<p>{token}</p>" in html and '<p class="a">eins</p>' in html


def test_markdown_inside_html_and_fenced_code_are_left_to_python_markdown():
    for text in ['<div markdown="1">\n\n*x*\n\n</div>\n', "<div markdown>\n\n*x*\n\n</div>\n", "```\n<p>x</p>\n```\n\n<p>y</p>\n"]:
        assert stash(text) == (text, {})


def test_blocks_that_are_not_one_whole_element_are_left_alone():
    text = '<div class="a">\n<p>offen</p>\n\nweiter\n\n</div>\n\n  <p>eingerückt</p>\n\n<p>x</p> und Text\n'
    assert stash(text) == (text, {})


def test_a_missing_placeholder_is_an_error_not_a_silent_gap():
    _, blocks = stash('<p class="a">eins</p>\n')
    with pytest.raises(ValueError, match="nicht genau einmal"):
        restore("<p>etwas anderes</p>", blocks)
