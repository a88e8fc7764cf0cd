"""``python -m portal generate DIR``: the docs tree exactly as MkDocs receives it, for any generator.

Content pages are written after everything the hooks do to them (directives
expanded, Leichte-Sprache layout, abbreviations); data pages and downloads are
added; other files of ``content/`` are copied. Plain MkDocs + Material (or
Zensical) can build the result without the portal's hooks.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from portal.build import Build
from portal.core.errors import DataError, Problem
from portal.leichte_sprache.checker import format_finding
from portal.leichte_sprache.model import Severity
from portal.rendering.twins import is_easy

# The front-matter block as MkDocs reads it (mkdocs.utils.meta).
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml with its ``!ENV`` tags (read from the environment, as MkDocs does)."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    for name in [names] if isinstance(names, str) else names:
        if name in os.environ:
            return os.environ[name]
    return None


PYTHON_NAME = "tag:yaml.org,2002:python/name:"


class PythonName(str):
    """A ``!!python/name:`` reference in mkdocs.yml (e.g. the emoji index), kept as a name and written back as the tag."""


class _ConfigDumper(yaml.SafeDumper):
    """Writes the plain config; ``PythonName`` values go back out as ``!!python/name:`` tags for MkDocs to resolve."""


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor(PYTHON_NAME, lambda loader, suffix, node: PythonName(suffix))
_ConfigDumper.add_representer(PythonName, lambda dumper, value: dumper.represent_scalar(PYTHON_NAME + str(value), ""))


def site_settings(config_file: Path) -> dict[str, Any]:
    """What a build takes from mkdocs.yml: operator details, calendar UID domain, site URL."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}  # noqa: S506 - SafeLoader subclass
    extra = config.get("extra") or {}
    return {"operator": extra.get("operator") or {}, "uid_domain": extra.get("calendar_uid_domain"), "site_url": config.get("site_url")}


def split_front_matter(text: str) -> tuple[str, dict]:
    """(front matter block as written, parsed meta); the block is kept verbatim for the output."""
    match = FRONT_MATTER.match(text)
    if not match:
        return "", {}
    meta = yaml.safe_load(match.group(1)) or {}
    return match.group(0), meta if isinstance(meta, dict) else {}


def write_docs_tree(owner: Build, content: Path, target: Path) -> int:
    """Write every page and download to ``target``; raise DataError if a page breaks a rule. Returns the file count."""
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    problems: list[Problem] = []
    for path in sorted(content.rglob("*")):
        if path.is_dir():
            continue
        src_uri = path.relative_to(content).as_posix()
        out = target / src_uri
        out.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix != ".md":
            shutil.copyfile(path, out)
            written += 1
            continue
        text = path.read_text(encoding="utf-8")
        if is_easy(src_uri):
            owner.check_easy_source(text, f"{content.name}/{src_uri}")
        block, meta = split_front_matter(text)
        try:
            body = owner.transform_page(text[len(block) :], meta, src_uri, text)
        except DataError as error:
            problems += error.problems
            continue
        out.write_text(block + body, encoding="utf-8")
        written += 1
    pages = owner.pages()  # checks the generated Leichte-Sprache pages too
    errors = [finding for finding in owner.findings if finding.severity is Severity.ERROR]
    problems += [Problem(finding.path, finding.line, finding.rule, format_finding(finding), "Die Regeln stehen in CONTRIBUTING.md.") for finding in errors]
    if problems:
        raise DataError(problems)
    for page in pages:
        (target / page.src_uri).parent.mkdir(parents=True, exist_ok=True)
        (target / page.src_uri).write_text(page.markdown, encoding="utf-8")
        written += 1
    for download in owner.downloads():
        (target / download.src_uri).parent.mkdir(parents=True, exist_ok=True)
        (target / download.src_uri).write_bytes(download.content)
        written += 1
    return written


def plain_config(config_file: Path, docs_dir: Path, generated: list[str], abbreviations: dict[str, str] | None = None) -> dict[str, Any]:
    """mkdocs.yml for building a generated tree without the portal's hooks (plain MkDocs + Material, or Zensical).

    The data pages stay out of the navigation as in the real build
    (``not_in_nav``); the theme overrides are kept, with absolute paths.
    """
    root = config_file.parent
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}  # noqa: S506 - SafeLoader subclass
    config.pop("hooks", None)
    config.pop("watch", None)
    config["docs_dir"] = str(docs_dir.resolve())
    theme = dict(config.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((root / theme["custom_dir"]).resolve())
    config["theme"] = theme
    if config.get("site_url") is None:
        config.pop("site_url", None)
    config["not_in_nav"] = "\n".join(f"/{src_uri}" for src_uri in sorted(generated))
    if abbreviations:
        config["markdown_extensions"] = [_with_glossary(item, abbreviations) for item in config.get("markdown_extensions") or []]
    return config


def _with_glossary(item: Any, abbreviations: dict[str, str]) -> Any:
    """The ``abbr`` entry of markdown_extensions with the glossary's abbreviations as its setting."""
    if item == "abbr":
        return {"abbr": {"glossary": dict(abbreviations)}}
    if isinstance(item, dict) and "abbr" in item:
        settings = dict(item["abbr"] or {})
        settings["glossary"] = {**settings.get("glossary", {}), **abbreviations}
        return {"abbr": settings}
    return item


def write_plain_config(owner: Build, config_file: Path, docs_dir: Path, target: Path) -> None:
    """Write ``plain_config`` as YAML to ``target``."""
    generated = [page.src_uri for page in owner.pages()]
    target.write_text(yaml.dump(plain_config(config_file, docs_dir, generated, owner.abbreviations), Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
