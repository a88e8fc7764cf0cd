"""Build time with five adversarial recurrence rules against the same build without them (issue 15).

Two throwaway projects from tests/fixtures/valid: one as is, one with the five
recurring events of tests/fixtures/hardening/adversarial-rules/ (valid rules
that are costly to expand: a daily rule that only hits 29 February, the same on
a Monday, a daily rule without end, the last weekday of 1,000 months, Friday
the 13th). Each is built with ``python -m portal build`` REPEAT times,
interleaved; the medians and their ratio are printed (target: at most 1.2).
Also timed: how fast validation rejects an impossible rule.

    python bench/bench_recurrence.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support import FIXTURES, SOURCE_DATE_EPOCH, make_project  # noqa: E402

ADVERSARIAL = FIXTURES / "hardening" / "adversarial-rules"
TARGET = 1.2


def build_seconds(root: Path) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "portal", "--root", str(root), "build", "--site-dir", str(root / "site")], cwd=root, env=env, capture_output=True, text=True)
    took = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"Bau fehlgeschlagen ({root}):\n{result.stderr[-3000:]}")
    return took


def validate_seconds(root: Path) -> tuple[float, int]:
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "portal", "--root", str(root), "validate"], cwd=root, capture_output=True, text=True)
    return time.perf_counter() - began, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-recurrence-") as folder:
        base = Path(folder)
        plain = make_project(base / "plain", FIXTURES / "valid" / "data")
        adversarial = make_project(base / "adversarial", FIXTURES / "valid" / "data")
        for path in sorted(ADVERSARIAL.glob("*.yaml")):
            shutil.copy2(path, adversarial / "data" / "events" / path.name)
        impossible = make_project(base / "impossible", FIXTURES / "valid" / "data")
        for index, rule in enumerate(["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31", "FREQ=MONTHLY;BYMONTH=6;BYMONTHDAY=31", "FREQ=DAILY;BYMONTH=11;BYMONTHDAY=31"]):
            text = (ADVERSARIAL / "2026-12-01-taeglich-ohne-ende.yaml").read_text(encoding="utf-8").replace('recurrence: "FREQ=DAILY"', f'recurrence: "{rule}"')
            (impossible / "data" / "events" / f"2026-12-01-unmoeglich-{index}.yaml").write_text(text, encoding="utf-8")
        build_seconds(plain)  # warm caches (GeoNames tables, bytecode) for both
        times: dict[str, list[float]] = {"ohne": [], "mit": []}
        for _ in range(args.repeat):
            times["ohne"].append(build_seconds(plain))
            times["mit"].append(build_seconds(adversarial))
        rejected, code = validate_seconds(impossible)
    without, with_rules = statistics.median(times["ohne"]), statistics.median(times["mit"])
    ratio = with_rules / without
    print(f"Bau ohne die Regeln:   Median {without:.2f} s  ({', '.join(f'{t:.2f}' for t in times['ohne'])})")
    print(f"Bau mit 5 Regeln:      Median {with_rules:.2f} s  ({', '.join(f'{t:.2f}' for t in times['mit'])})")
    print(f"Verhältnis: {ratio:.3f} (Ziel höchstens {TARGET})")
    print(f"5 unmögliche Regeln: 'portal validate' lehnt in {rejected:.2f} s ab (Rückgabe {code})")
    return 0 if ratio <= TARGET and code == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
