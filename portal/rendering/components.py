"""Front-end components: which exist, and which a content page may name in its front matter.

A component is one folder under ``overrides/assets/components/`` holding
``<name>.js`` (an ES module) and ``<name>.css``. The template helper in
``overrides/main.html`` includes both for every component a page names
(``components: [finder]``) and for the ones every page gets (``ALWAYS``).
``lib/`` holds the modules the components share; it is no component.
"""

from __future__ import annotations

from pathlib import Path

from portal.core.errors import Problem

COMPONENT_DIR = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "components"
SHARED_LIB = "lib"
FIELD = "components"
# Included on every page by overrides/main.html: the search dialog and the Vorlesen button
# (which shows only where a page holds Leichte Sprache and the browser can speak).
ALWAYS = ("search", "read-aloud")


def known_components(folder: Path = COMPONENT_DIR) -> tuple[str, ...]:
    """The component names: the folders under ``folder`` except the shared lib, sorted."""
    return tuple(sorted(path.name for path in folder.iterdir() if path.is_dir() and path.name != SHARED_LIB))


KNOWN = known_components()


def _line_of_field(source: str) -> int:
    """The front-matter line that starts with ``components:`` (1 if it cannot be found)."""
    lines = source.splitlines()
    if not lines or lines[0].strip() != "---":
        return 1
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        if line.startswith(f"{FIELD}:"):
            return number
    return 1


def component_problems(meta: dict, page: str, source: str = "", known: tuple[str, ...] = KNOWN) -> list[Problem]:
    """German problems with the ``components`` front matter of one page (``source``: the page's text, for the line)."""
    names = meta.get(FIELD)
    if names is None:
        return []
    allowed = ", ".join(known)
    hint = f"Erlaubt sind: {allowed}. Schreiben Sie zum Beispiel: {FIELD}: [{known[0]}]"
    line = _line_of_field(source)
    if not isinstance(names, list):
        return [Problem(page, line, FIELD, "Die Komponenten stehen als Liste von Namen in eckigen Klammern", hint)]
    problems = []
    for name in names:
        if name not in known:
            problems.append(Problem(page, line, FIELD, f"Die Komponente „{name}“ gibt es nicht (ein Ordner in overrides/assets/components/)", hint))
    return problems
