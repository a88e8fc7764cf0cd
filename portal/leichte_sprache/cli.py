"""``leichte-sprache PATH…``: check Markdown files or folders of them; exit 1 if any error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from portal.leichte_sprache.checker import check_page, format_finding
from portal.leichte_sprache.model import Severity
from portal.leichte_sprache.profiles import DEFAULT, PROFILES


def _markdown_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    files, missing = [], []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.md")))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(name)
    return files, missing


def _glossary(path: str | None) -> frozenset[str]:
    """Terms from a YAML file: a list of terms, a mapping term → explanation, or the portal's
    data/glossary.yaml (``terms`` with ``term``, ``variants`` and ``abbreviation``)."""
    if not path:
        return frozenset()
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    if isinstance(data, dict) and isinstance(data.get("terms"), list):
        words = set()
        for entry in data["terms"]:
            if isinstance(entry, dict):
                words.update(str(word) for word in [entry.get("term"), entry.get("abbreviation"), *entry.get("variants", [])] if word)
        return frozenset(words)
    return frozenset(str(term) for term in data)


def main(argv: list[str] | None = None) -> int:
    """Run the check and print one line per finding, errors and warnings; return 1 if any error."""
    parser = argparse.ArgumentParser(prog="leichte-sprache", description="Prüft Seiten in Leichter Sprache.")
    parser.add_argument("paths", nargs="+", metavar="PFAD", help="Markdown-Datei oder Ordner mit .md-Dateien")
    parser.add_argument("--glossar", metavar="DATEI", help="YAML-Datei mit erklärten Wörtern (Liste oder Wörterbuch)")
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default=DEFAULT.id,
        help=f"Regel-Profil: {DEFAULT.id} (Hausprofil nach dem Netzwerk Leichte Sprache, Standard) "
        "oder hildesheim (strenger, nach Bredel/Maaß); siehe portal/leichte_sprache/PROFILE.md",
    )
    args = parser.parse_args(argv)
    files, missing = _markdown_files(args.paths)
    for name in missing:
        print(f"{name}: Datei oder Ordner gibt es nicht.", file=sys.stderr)
    glossary = _glossary(args.glossar)
    errors = warnings = 0
    for path in files:
        for finding in check_page(path.read_text(encoding="utf-8"), str(path), glossary=glossary, profile=args.profile):
            print(format_finding(finding))
            if finding.severity is Severity.ERROR:
                errors += 1
            else:
                warnings += 1
    pages = "1 Seite" if len(files) == 1 else f"{len(files)} Seiten"
    profile = PROFILES[args.profile].title
    print(f"{pages} geprüft ({profile}): {errors} Fehler, {warnings} {'Warnung' if warnings == 1 else 'Warnungen'}.")
    return 1 if errors or missing else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
