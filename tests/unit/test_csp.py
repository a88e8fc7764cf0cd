"""The per-page Content-Security-Policy."""

import base64
import hashlib

from portal.postbuild.csp import inline_script_hashes, policy_for, with_policy

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<script>var a=1</script>
<script type="application/json" id="__config">{"x": 1}</script>
<script type="application/ld+json">{"@type": "Event"}</script>
<script src="x.js"></script>
<script>var a=1</script>
</head><body></body></html>"""


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_executable_inline_scripts_are_hashed_once_each():
    assert inline_script_hashes(PAGE) == [sha("var a=1")]


def test_policy_allows_self_wasm_and_hashes_but_not_unsafe_inline_scripts():
    policy = policy_for(PAGE)
    script_src = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert script_src == f"script-src 'self' 'wasm-unsafe-eval' {sha('var a=1')}"
    assert "default-src 'self'" in policy and "worker-src 'self' blob:" in policy
    assert "object-src 'none'" in policy


def test_meta_tag_comes_first_in_head():
    html = with_policy(PAGE)
    head = html.split("<head>", 1)[1]
    assert head.startswith('<meta http-equiv="Content-Security-Policy"')
