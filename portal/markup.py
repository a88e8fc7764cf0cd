"""Repairs to Material's page markup that no template block can reach.

Each repair names the W3C Nu HTML Checker error it removes. Material's
base.html writes these elements outside any block, so overriding them would
mean copying base.html whole, which would then drift with every Material update.
"""

from __future__ import annotations

import re

# base.html: <input ... type="checkbox" id="__drawer" autocomplete="off">
# vnu: 'Attribute "autocomplete" is only allowed when the input type is …'.
# Material sets it so Firefox does not restore the drawer's open state after
# "back"; the drawer is closed on load anyway, so dropping it is harmless.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')


def repair(html: str) -> str:
    """Remove the known invalid attributes from a rendered page."""
    return _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
