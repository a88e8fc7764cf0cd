"""Content-Security-Policy for every built page, as a <meta http-equiv> tag.

Material inlines three small scripts (scope, palette, tabs). Rather than allow
'unsafe-inline', each page's policy lists the SHA-256 of exactly the inline
scripts on that page; any other inline script, such as one injected through
data, is refused by the browser.
"""

from __future__ import annotations

import base64
import hashlib
import re

# <script> elements without src whose type is executable (JSON data blocks are not run, so CSP ignores them).
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:(?!\bsrc=)[^>])*)>(?P<body>.*?)</script>", re.S | re.I)
_DATA_TYPE = re.compile(r"""type=["']?application/(?:ld\+)?json""", re.I)
_HEAD = re.compile(r"<head[^>]*>", re.I)

# frame-ancestors, report-to and sandbox are ignored in a meta tag; HOSTING.md
# lists the HTTP headers a host should add for them.
BASE_POLICY = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("worker-src", "'self' blob:"),
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for the executable inline scripts of ``html``, in order, without repeats."""
    hashes: list[str] = []
    for match in _INLINE_SCRIPT.finditer(html):
        if _DATA_TYPE.search(match.group("attrs")):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group("body").encode("utf-8")).digest()).decode("ascii")
        source = f"'sha256-{digest}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy_for(html: str) -> str:
    """The policy text for one page."""
    parts = []
    for directive, sources in BASE_POLICY:
        if directive == "script-src":
            sources = " ".join([sources, *inline_script_hashes(html)])
        parts.append(f"{directive} {sources}")
    return "; ".join(parts)


def with_policy(html: str) -> str:
    """``html`` with the policy as the first element of <head>, before any script it governs."""
    match = _HEAD.search(html)
    if match is None:
        return html
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return html[: match.end()] + tag + html[match.end() :]
