"""Content-Security-Policy for every built page, as a <meta http-equiv> tag.

Material inlines three small scripts (scope, palette, tabs) and
overrides/main.html one (the palette is stored only after a choice). Rather
than allow 'unsafe-inline', each page's policy lists the SHA-256 of exactly
the inline scripts on that page, and only scripts from KNOWN_INLINE_SCRIPTS
may be there: any other inline script (one injected through data, or one a
template gained unnoticed) stops the build with a German message. JSON data
blocks (``application/json``, ``application/ld+json``) are not run by the
browser and are not scripts here.

A new inline script in a template: add its exact text below (with a name and
the template it comes from), after a review of what it does.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class KnownScript:
    """An inline script the theme is known to emit: its exact text (``text``), or ``pattern`` where a part varies."""

    name: str
    origin: str
    text: str = ""
    pattern: re.Pattern | None = None

    def matches(self, body: str) -> bool:
        return body == self.text if self.pattern is None else self.pattern.fullmatch(body) is not None


_MATERIAL_SCOPE = (
    '__md_scope=new URL("{base}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)
KNOWN_INLINE_SCRIPTS: tuple[KnownScript, ...] = (
    KnownScript(
        "Material: Speicherbereich (__md_scope)",
        "material/templates/base.html (mkdocs-material 9.8.1)",
        # The only varying part is the relative path to the site root ("." "../.." or "/" on the 404 page).
        pattern=re.compile("[A-Za-z0-9._/~-]*".join(re.escape(part) for part in _MATERIAL_SCOPE.split("{base}"))),
    ),
    KnownScript(
        "Material: gespeichertes Farbschema anwenden",
        "material/templates/base.html (mkdocs-material 9.8.1)",
        'var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"===palette.color.media){var media=matchMedia("(prefers-color-scheme: light)"),'
        "input=document.querySelector(media.matches?\"[data-md-color-media='(prefers-color-scheme: light)']\":\"[data-md-color-media='(prefers-color-scheme: dark)']\");"
        'palette.color.media=input.getAttribute("data-md-color-media"),palette.color.scheme=input.getAttribute("data-md-color-scheme"),'
        'palette.color.primary=input.getAttribute("data-md-color-primary"),palette.color.accent=input.getAttribute("data-md-color-accent")}'
        'for(var[key,value]of Object.entries(palette.color))document.body.setAttribute("data-md-color-"+key,value)}',
    ),
    KnownScript(
        "Material: Reiter aus der Adresse öffnen",
        "material/templates/base.html (mkdocs-material 9.8.1)",
        'var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))',
    ),
    KnownScript(
        "Portal: Farbschema erst nach einer Wahl speichern",
        "overrides/main.html, block scripts",
        '(function(){var chosen=false,set=__md_set;document.addEventListener("change",function(e){if(e.target&&e.target.name==="__palette")chosen=true},true);'
        "__md_set=function(key,value,storage,scope){if(key===\"__palette\"&&!chosen){try{if(__md_get(\"__palette\",storage,scope)===null)return}catch(e){return}}"
        "return set(key,value,storage,scope)}})()",
    ),
)


class UnknownInlineScript(Exception):
    """An inline script that is not in KNOWN_INLINE_SCRIPTS; the message is German."""


def known_script(body: str) -> KnownScript | None:
    return next((script for script in KNOWN_INLINE_SCRIPTS if script.matches(body)), None)


def unknown_inline_scripts(html: str) -> list[str]:
    """The bodies of executable inline scripts in ``html`` that are not known."""
    return [match.group("body") for match in _INLINE_SCRIPT.finditer(html) if not _DATA_TYPE.search(match.group("attrs")) and known_script(match.group("body")) is None]


def check_inline_scripts(html: str, page: str) -> None:
    """Raise UnknownInlineScript (German) if ``html`` (the built ``page``) holds an inline script nobody reviewed."""
    unknown = unknown_inline_scripts(html)
    if unknown:
        shown = " ".join(unknown[0].split())
        shown = shown if len(shown) <= 120 else shown[:117] + "…"
        raise UnknownInlineScript(
            f"{page}: Die Seite enthält {len(unknown)} unbekannte(s) Inline-Skript(e), zum Beispiel „{shown}“. "
            "Die Sicherheitsrichtlinie (CSP) erlaubt nur die bekannten Skripte des Themes; der Bau wurde abgebrochen. "
            "Kommt das Skript aus den Daten, entfernen Sie es dort; gehört es zu einer Vorlage, prüfen Sie es und tragen Sie es "
            "in KNOWN_INLINE_SCRIPTS in portal/postbuild/csp.py ein."
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


def with_policy(html: str, page: str = "") -> str:
    """``html`` with the policy as the first element of <head>, before any script it governs.

    Raises UnknownInlineScript if the page holds an inline script that is not known.
    """
    check_inline_scripts(html, page or "Seite")
    match = _HEAD.search(html)
    if match is None:
        return html
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return html[: match.end()] + tag + html[match.end() :]
