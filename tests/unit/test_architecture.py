"""The shape of portal/: stages as folders, no import cycle, no hidden imports, types from one registry."""

from __future__ import annotations

import ast
from pathlib import Path

from support import ROOT

PORTAL = ROOT / "portal"
STAGES = ("core", "types", "rendering", "leichte_sprache", "exports", "postbuild")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def runtime_imports(path: Path) -> set[str]:
    """The portal modules ``path`` imports when it runs (``if TYPE_CHECKING:`` blocks are for type checkers only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    skipped = {id(child) for node in ast.walk(tree) if isinstance(node, ast.If) and _is_type_checking(node) for child in ast.walk(node)}
    modules = {module_name(p) for p in PORTAL.rglob("*.py")}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("portal"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("portal"))
    return found


def import_graph() -> dict[str, set[str]]:
    return {module_name(path): runtime_imports(path) for path in PORTAL.rglob("*.py")}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None (depth-first search, colours white/grey/black)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            # A package's __init__ is imported first; importing a submodule of a package is an edge to it.
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if state.get(target) is None and target in graph:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if state.get(node) is None:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_among_portal_modules():
    assert find_cycle(import_graph()) is None


def test_no_function_local_import_without_a_reason():
    """An import inside a function or a TYPE_CHECKING block needs a comment on its line or the line above saying why."""
    offenders = []
    for path in PORTAL.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and node.col_offset > 0:
                here, above = lines[node.lineno - 1], lines[node.lineno - 2]
                if "#" not in here and "#" not in above:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_stages_are_folders_and_the_top_level_is_small():
    for stage in STAGES:
        assert (PORTAL / stage / "__init__.py").is_file(), stage
    top = sorted(path.name for path in PORTAL.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "build.py", "cli.py", "generate.py"]


def test_core_knows_no_record_type():
    """Nothing in core/ imports a type module: types build on core, never the reverse."""
    for path in (PORTAL / "core").rglob("*.py"):
        assert not any(name.startswith("portal.types") for name in runtime_imports(path)), path


def test_every_type_module_is_registered():
    from portal.types import REGISTRY  # noqa: PLC0415 - the registry is what the test checks

    modules = {path.stem for path in (PORTAL / "types").glob("*.py") if path.stem != "__init__"}
    registered = {record_type.name for record_type in REGISTRY}
    assert registered == {"providers", "cases", "events", "statistics", "glossary", "facts", "places"}
    assert modules >= {"providers", "cases", "events", "statistics", "glossary", "facts"}
