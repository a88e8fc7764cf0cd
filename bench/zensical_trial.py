"""Try the generator-neutral docs tree with Zensical, Material's successor (not part of ``make test``).

    .venv/bin/python bench/zensical_trial.py            # installs zensical into bench/out/zensical-venv once

Steps: ``python -m portal generate`` writes the docs tree and a hook-free
mkdocs.yml; plain MkDocs + Material builds it (the reference); Zensical builds
it twice, with the portal's theme overrides and without them. Printed: whether
each build succeeds, its wall time, and how its set of HTML pages differs from
the MkDocs build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from portal.generate import _ConfigDumper as ConfigDumper  # noqa: E402 - the tags of mkdocs.yml survive a round trip
from portal.generate import _ConfigLoader as ConfigLoader  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "zensical"
VENV = HERE / "out" / "zensical-venv"
ZENSICAL = "zensical==0.0.73"  # the newest release whose dependencies the registry serves here
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795431600"}


def run(command: list[str], cwd: Path) -> tuple[bool, float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    return result.returncode == 0, time.perf_counter() - start, (result.stdout + result.stderr).strip()


def html_pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")} if site.is_dir() else set()


def zensical() -> Path:
    binary = VENV / "bin" / "zensical"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", ZENSICAL], check=True)
    return binary


def zensical_config(base: dict, site_dir: str, overrides: bool) -> dict:
    """Zensical wants paths relative to the config file (absolute ones made 0.0.73 panic)."""
    config = {**base, "docs_dir": "docs", "site_dir": site_dir, "theme": dict(base["theme"])}
    if overrides:
        config["theme"]["custom_dir"] = "overrides"
    else:
        config["theme"].pop("custom_dir", None)
    return config


def main() -> int:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    ok, seconds, output = run([sys.executable, "-m", "portal", "--root", str(ROOT), "generate", str(OUT / "docs"), "--config", str(OUT / "mkdocs.yml")], ROOT)
    if not ok:
        print(output)
        return 1
    shutil.copytree(ROOT / "overrides", OUT / "overrides")
    rows = []
    ok, seconds, output = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(OUT / "site-mkdocs")], OUT)
    reference = html_pages(OUT / "site-mkdocs")
    rows.append(("MkDocs 1.6 + Material 9.8, no hooks", ok, seconds, reference, output))
    base = yaml.load((OUT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=ConfigLoader)  # noqa: S506 - SafeLoader subclass
    binary = zensical()
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    for overrides in (True, False):
        name = f"site-zensical-{'overrides' if overrides else 'plain-theme'}"
        config = OUT / f"zensical-{'overrides' if overrides else 'plain-theme'}.yml"
        config.write_text(yaml.dump(zensical_config(base, name, overrides), Dumper=ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
        ok, seconds, output = run([str(binary), "build", "-f", config.name], OUT)
        label = f"Zensical {version}, {'with the portal overrides' if overrides else 'stock theme'}"
        rows.append((label, ok, seconds, html_pages(OUT / name), output))
    print(f"{'build':58} {'ok':3} {'seconds':>8} {'pages':>6} {'missing':>8} {'extra':>6}")
    for label, ok, seconds, pages, output in rows:
        print(f"{label:58} {'yes' if ok else 'no':3} {seconds:8.1f} {len(pages):6d} {len(reference - pages):8d} {len(pages - reference):6d}")
    for label, ok, _seconds, _pages, output in rows:
        if not ok:
            print(f"\n{label} failed; last lines:\n" + "\n".join(output.splitlines()[-3:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
