"""Build time and size against data size, compared with a plain Material build.

For each size N/M/K (providers/cases/events) this generates a throwaway portal
project with synthetic data and a "plain Material" baseline project (same
config, no hooks, no Pagefind, N+M+K plain pages out of the nav) into a
temporary directory, then times, interleaved per repetition:

* full      ``python -m portal --root P build --site-dir P/site`` (MkDocs + hooks + Pagefind, atomic)
* mkdocs    ``python -m mkdocs build`` of P with hooks/search_index.py removed
* pagefind  ``python -m pagefind --site`` over that MkDocs output
* baseline  ``python -m mkdocs build`` of the plain project

Every figure is wall-clock time of a fresh process; medians are reported.
Results go to the terminal and to bench/out/results.json.

    python bench/run.py                                  # 100/10/10, 1000/100/100, 5000/500/500, 3 repeats
    python bench/run.py --sizes 5000/500/500 --repeat 5
    python bench/run.py --sizes 5000/500/500 --profile    # also cProfile one MkDocs build
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import read_config, write_config, write_plain_project, write_portal_project  # noqa: E402

OUT = HERE / "out"
DEFAULT_SIZES = "100/10/10,1000/100/100,5000/500/500"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795431600"}
SEARCH_HOOK = "hooks/search_index.py"


def parse_sizes(text: str) -> list[tuple[int, int, int]]:
    sizes = []
    for part in text.split(","):
        n, m, k = (int(x) for x in part.strip().split("/"))
        sizes.append((n, m, k))
    return sizes


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"Fehlgeschlagen ({result.returncode}): {' '.join(command)}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}")
    return elapsed


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def count_pages(site: Path) -> int:
    return sum(1 for f in site.rglob("*.html") if f.name != "404.html" and "pagefind" not in f.parts)


def write_nosearch_config(project: Path) -> Path:
    """mkdocs.yml without the Pagefind hook, beside the original (hook paths are relative)."""
    config = read_config(project / "mkdocs.yml")
    config["hooks"] = [hook for hook in config.get("hooks", []) if hook != SEARCH_HOOK]
    path = project / "mkdocs-nosearch.yml"
    write_config(config, path)
    return path


def profile(project: Path, config: Path, label: str, python: str) -> Path:
    """cProfile one MkDocs build (without Pagefind); write the top functions to bench/out.

    Profiling slows pure-Python code about 2-3x, so read the shares, not the seconds.
    """
    OUT.mkdir(exist_ok=True)
    raw = OUT / f"profile-{label}.prof"
    script = (
        "import sys, cProfile; from mkdocs.__main__ import cli; "
        f"sys.argv=['mkdocs','build','--clean','--config-file',{str(config)!r},'--site-dir',{str(project / 'site-prof')!r}]; "
        f"cProfile.run('cli(standalone_mode=False)', {str(raw)!r})"
    )
    subprocess.run([python, "-c", script], cwd=project, env=ENV, check=True, capture_output=True)
    report = OUT / f"profile-{label}.txt"
    stats_script = (
        "import pstats, sys; s = pstats.Stats(sys.argv[1], stream=open(sys.argv[2], 'w')); "
        "s.sort_stats('cumulative').print_stats(60); s.sort_stats('tottime').print_stats(40)"
    )
    subprocess.run([python, "-c", stats_script, str(raw), str(report)], check=True)
    return report


def bench_size(n: int, m: int, k: int, repeat: int, python: str, workdir: Path, do_profile: bool) -> dict:
    label = f"{n}/{m}/{k}"
    base = workdir / f"{n}-{m}-{k}"
    t0 = time.perf_counter()
    portal = write_portal_project(base / "portal", n, m, k)
    plain = write_plain_project(base / "plain", n, m, k)
    generation = time.perf_counter() - t0
    nosearch = write_nosearch_config(portal)
    site, mk_site, plain_site = portal / "site", portal / "site-mkdocs", plain / "site"
    commands = {
        "full": ([python, "-m", "portal", "--root", str(portal), "build", "--site-dir", str(site)], portal),
        "mkdocs": ([python, "-m", "mkdocs", "build", "--clean", "--config-file", str(nosearch), "--site-dir", str(mk_site)], portal),
        "pagefind": ([python, "-m", "pagefind", "--site", str(mk_site)], portal),
        "baseline": ([python, "-m", "mkdocs", "build", "--clean", "--config-file", str(plain / "mkdocs.yml"), "--site-dir", str(plain_site)], plain),
    }
    times: dict[str, list[float]] = {key: [] for key in commands}
    for i in range(repeat):
        for key, (command, cwd) in commands.items():
            if key == "pagefind":
                shutil.rmtree(mk_site / "pagefind", ignore_errors=True)
            times[key].append(timed(command, cwd))
        print(f"  {label} Lauf {i + 1}/{repeat}: " + ", ".join(f"{key} {values[-1]:.2f} s" for key, values in times.items()), flush=True)
    medians = {key: statistics.median(values) for key, values in times.items()}
    result = {
        "size": label,
        "providers": n,
        "cases": m,
        "events": k,
        "pages": count_pages(site),
        "baseline_pages": count_pages(plain_site),
        "repeat": repeat,
        "times_s": {key: [round(v, 3) for v in values] for key, values in times.items()},
        "median_s": {key: round(v, 3) for key, v in medians.items()},
        "site_mb": round(size_mb(site), 2),
        "pagefind_mb": round(size_mb(site / "pagefind"), 2),
        "baseline_site_mb": round(size_mb(plain_site), 2),
        "ratio_full_to_baseline": round(medians["full"] / medians["baseline"], 2),
        "generation_s": round(generation, 2),
    }
    if do_profile:
        name = label.replace("/", "-")
        report = profile(portal, nosearch, name, python)
        baseline_report = profile(plain, plain / "mkdocs.yml", f"{name}-baseline", python)
        result["profile"] = str(report.relative_to(HERE.parent))
        result["profile_baseline"] = str(baseline_report.relative_to(HERE.parent))
        print(f"  Profil: {report}, Basis: {baseline_report}")
    return result


def print_table(results: list[dict]) -> None:
    header = ["size N/M/K", "pages", "MkDocs s", "Pagefind s", "full s", "site MB", "pagefind MB", "baseline s", "full/baseline"]
    rows = [
        [
            r["size"],
            str(r["pages"]),
            f"{r['median_s']['mkdocs']:.2f}",
            f"{r['median_s']['pagefind']:.2f}",
            f"{r['median_s']['full']:.2f}",
            f"{r['site_mb']:.1f}",
            f"{r['pagefind_mb']:.1f}",
            f"{r['median_s']['baseline']:.2f}",
            f"{r['ratio_full_to_baseline']:.2f}",
        ]
        for r in results
    ]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(cell.rjust(w) for cell, w in zip(row, widths)) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bauzeit und Größe gegen Datenmenge (synthetische Daten).")
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"Komma-getrennt N/M/K (Anbieter/Beispiele/Termine), Standard {DEFAULT_SIZES}")
    parser.add_argument("--repeat", type=int, default=3, help="Wiederholungen je Messung (Median), Standard 3")
    parser.add_argument("--python", default=sys.executable, help="Python mit mkdocs, portal und pagefind")
    parser.add_argument("--profile", action="store_true", help="zusätzlich einen MkDocs-Bau je Größe mit cProfile messen")
    parser.add_argument("--keep", action="store_true", help="temporäre Projekte nicht löschen")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    results = []
    try:
        for n, m, k in parse_sizes(args.sizes):
            print(f"Größe {n}/{m}/{k} …", flush=True)
            results.append(bench_size(n, m, k, args.repeat, args.python, workdir, args.profile))
    finally:
        if args.keep:
            print(f"Projekte bleiben in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print_table(results)
    OUT.mkdir(exist_ok=True)
    path = OUT / "results.json"
    previous = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    by_size = {r["size"]: r for r in previous.get("results", [])}
    by_size.update({r["size"]: {**r, "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")} for r in results})
    document = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "env": {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1795431600"},
        "results": sorted(by_size.values(), key=lambda r: (r["providers"], r["cases"], r["events"])),
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nErgebnisse: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
