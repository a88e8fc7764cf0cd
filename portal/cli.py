"""Command line: ``python -m portal generate DIR | validate | build``."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from portal.build import RELEASE_ENV, Build
from portal.core.errors import DataError
from portal.core.model import counts_text
from portal.generate import site_settings, write_docs_tree, write_plain_config
from portal.leichte_sprache.cli import main as check_easy_language
from portal.core.clock import build_moment
from portal.types import load_dataset
from portal.types.responsible import coverage_report
from portal.types.facts import staleness_lines

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
    dataset = load_dataset(args.root)
    for line in staleness_lines(dataset.facts, build_moment()):
        print(line)
    print(f"Alles in Ordnung: {counts_text(dataset)}.")
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
    env = os.environ.copy()
    if args.release:
        env[RELEASE_ENV] = "1"  # the build hook then stops while the Impressum details are incomplete
    try:
        result = subprocess.run(command, cwd=args.root, env=env)
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


def _split_easy_command(argv: list[str]) -> tuple[list[str], list[str] | None]:
    """Cut the arguments after ``leichte-sprache`` off, so that its own options (--profile, --glossar)
    reach the checker's parser unchanged; argparse's REMAINDER would take them as options of ``portal``."""
    for index, argument in enumerate(argv):
        if argument == "leichte-sprache" and (index == 0 or argv[index - 1] != "--root"):
            return argv[: index + 1], argv[index + 1 :]
    return argv, None


def _coverage(args: argparse.Namespace) -> int:
    """Per Land: the Träger rule (mode), Integrationsamt contact, EAA status, providers; then the totals."""
    print(coverage_report(load_dataset(args.root)))
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
    build.add_argument(
        "--release",
        action="store_true",
        help="Bau zur Veröffentlichung: bricht ab, solange in mkdocs.yml extra.operator Angaben für das Impressum (§ 5 DDG) fehlen (ebenso, wenn SITE_URL gesetzt ist)",
    )
    build.set_defaults(run=_build)
    coverage = commands.add_parser("coverage", help="zeigen, für welche Länder Zuständigkeiten, Kontakte und Anbieter geprüft sind")
    coverage.set_defaults(run=_coverage)
    easy = commands.add_parser("leichte-sprache", help="Seiten in Leichter Sprache prüfen", add_help=False)
    easy.add_argument("rest", nargs=argparse.REMAINDER)
    easy.set_defaults(run=lambda args: check_easy_language(args.rest))
    head, rest = _split_easy_command(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(head)
    if rest is not None:
        args.rest = rest
    try:
        return args.run(args)
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
