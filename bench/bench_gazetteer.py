"""Gazetteer benchmark: build time, lookup latency, size of the browser export.

Prints

* the time to build the gazetteer from the installed data package (cold, a
  fresh build each round; median of ``--builds`` rounds),
* the median and 95th percentile of ``lookup`` over about 1,000 mixed queries
  (every third a PLZ, the others place names as readers type them: exact,
  lower case, umlauts written as ae/oe/ue, a name shared by many places, a
  prefix of a double name, an unknown name). Budget: 50 ms per lookup,
* the size of ``export_for_browser()`` raw and gzip -9. Budget: 200 KB gzip.

Usage::

    .venv/bin/python bench/bench_gazetteer.py
    .venv/bin/python bench/bench_gazetteer.py --queries 5000 --builds 5
"""

from __future__ import annotations

import argparse
import gzip
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from portal import gazetteer  # noqa: E402
from portal.gazetteer import core  # noqa: E402

SPELLINGS = (
    lambda name: name,
    lambda name: name.lower(),
    lambda name: name.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss"),
    lambda name: name.upper(),
)


def queries(g: gazetteer.Gazetteer, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    codes = g.plz_codes()
    names = [p.name for p in g.places]
    result = []
    for i in range(count):
        if i % 3 == 0:
            result.append(rng.choice(codes))
        elif i % 50 == 1:
            result.append(rng.choice(["Neustadt", "Frankfurt", "Halle", "Xyzzyhausen", "Landkreis München"]))
        else:
            result.append(rng.choice(SPELLINGS)(rng.choice(names)))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--builds", type=int, default=3)
    args = parser.parse_args()

    builds = []
    for _ in range(args.builds):
        core.fold.cache_clear()
        start = time.perf_counter()
        g = core.build()
        builds.append(time.perf_counter() - start)
    print(f"build: median {statistics.median(builds) * 1000:.0f} ms over {len(builds)} builds "
          f"({len(g.by_plz)} PLZ, {len(g.places)} places, {len(g.kreise)} Kreise)")

    timings = []
    misses = 0
    for query in queries(g, args.queries):
        start = time.perf_counter()
        found = g.lookup(query)
        timings.append(time.perf_counter() - start)
        misses += not found
    timings.sort()
    median = statistics.median(timings) * 1000
    p95 = timings[int(len(timings) * 0.95)] * 1000
    print(f"lookup: median {median:.3f} ms, p95 {p95:.3f} ms, max {timings[-1] * 1000:.3f} ms "
          f"over {len(timings)} queries ({misses} without result); budget 50 ms")

    text = gazetteer.export_for_browser(g).encode("utf-8")
    packed = len(gzip.compress(text, 9))
    print(f"browser export: {len(text):,} bytes raw, {packed:,} bytes gzip -9 ({packed / 1024:.1f} KB); budget 200 KB")
    return 0 if median < 50 and packed <= 200 * 1024 else 1


if __name__ == "__main__":
    raise SystemExit(main())
