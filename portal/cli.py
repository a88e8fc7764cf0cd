"""Command line: ``python -m portal generate DIR | validate | build``."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from portal.build import Build
from portal.core.errors import DataError
from portal.core.model import counts_text
from portal.generate import site_settings, write_docs_tree, write_plain_config
from portal.leichte_sprache.cli import main as check_easy_language
from portal.types import load_dataset

ROOT = Path(__file__).resolve().parent.parent


def _generate(args: argparse.Namespace) -> int:
    """A complete docs tree for any generator: content pages as they reach MkDocs, data pages, downloads."""
    settings = site_settings(args.root / "mkdocs.yml")
    owner = Build.load(args.root, **settings)
    written = write_docs_tree(owner, args.root / "content", Path(args.directory))
    print(f"{written} Dateien nach {args.directory} geschrieben ({owner.counts()}).")
    if args.config:
        write_plain_config(owner, args.root / "mkdocs.yml", Path(args.directory), Path(args.config))
        print(f"Konfiguration ohne Hooks: {args.config}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    print(f"Alles in Ordnung: {counts_text(load_dataset(args.root))}.")
    return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(target: Path) -> list[Path]:
    """Staging folders of earlier builds that were killed (``.site.new-<pid>-…`` whose process is gone)."""
    removed = []
    for folder in target.parent.glob(f".{target.name}.new-*"):
        pid_text = folder.name.removeprefix(f".{target.name}.new-").split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _alive(int(pid_text)):
            continue  # another build is running right now
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _build(args: argparse.Namespace) -> int:
    """Build into a fresh directory beside the target, then swap: a failed build publishes nothing."""
    target = Path(args.site_dir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    for folder in remove_stale_staging(target):
        print(f"Reste eines abgebrochenen Baus entfernt: {folder.name}", file=sys.stderr)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-{os.getpid()}-", dir=target.parent))
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--site-dir", str(staging), "--config-file", str(args.root / "mkdocs.yml")]
    try:
        result = subprocess.run(command, cwd=args.root, env=os.environ.copy())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"Bau fehlgeschlagen; {target} bleibt unverändert.", file=sys.stderr)
        return result.returncode
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="portal", description="Daten und Seiten des Portals zum Budget für Arbeit.")
    parser.add_argument("--root", type=Path, default=ROOT, help="Wurzel des Projekts (mit data/ und schemas/)")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="den vollständigen Quellordner (Inhaltsseiten, Datenseiten, Downloads) für einen anderen Generator schreiben")
    generate.add_argument("directory")
    generate.add_argument("--config", help="auch eine mkdocs.yml ohne Hooks für diesen Ordner schreiben (Pfad)")
    generate.set_defaults(run=_generate)
    validate = commands.add_parser("validate", help="alle Daten prüfen")
    validate.set_defaults(run=_validate)
    build = commands.add_parser("build", help="die Website bauen (MkDocs und Pagefind), atomar")
    build.add_argument("--site-dir", default="site")
    build.set_defaults(run=_build)
    easy = commands.add_parser("leichte-sprache", help="Seiten in Leichter Sprache prüfen", add_help=False)
    easy.add_argument("rest", nargs=argparse.REMAINDER)
    easy.set_defaults(run=lambda args: check_easy_language(args.rest))
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
