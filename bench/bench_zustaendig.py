"""„Wer ist für mich zuständig?" benchmark: resolver latency and the sizes of the browser downloads.

Prints

* the median and 95th percentile of one full answer (``resolve`` then
  ``answer``) over mixed queries: every PLZ of the gazetteer in a sample, the
  names of places as readers type them (exact, lower case, ae/oe/ue), names
  that exist many times, Kreis labels and unknown names. Budget: 50 ms median,
* the median of the same answer in Chromium (the component's own JavaScript,
  ``Gazetteer.resolve`` and ``answer``) over the same queries, when
  ``--browser`` is given (builds the site into a temporary folder first),
* the sizes of ``zustaendig/orte.json`` and ``zustaendig/regeln.json`` raw and
  gzip -9. Budget for the place data: 200 KB gzip.

Usage::

    .venv/bin/python bench/bench_zustaendig.py
    .venv/bin/python bench/bench_zustaendig.py --queries 3000 --browser
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from portal import gazetteer  # noqa: E402
from portal.types import load_dataset  # noqa: E402
from portal.types.responsible import rules_data  # noqa: E402
from portal.types.responsible_resolver import answer, resolve  # noqa: E402

BUDGET_MS = 50
PLACE_BUDGET = 200 * 1024
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def queries(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    places = gazetteer.load()
    codes = places.plz_codes()
    names = [place.name for place in places.places]
    labels = [kreis.label for kreis in places.kreise.values()]
    result = []
    for i in range(count):
        kind = i % 6
        if kind in (0, 1):
            result.append(rng.choice(codes))
        elif kind == 2:
            result.append(rng.choice(names))
        elif kind == 3:
            result.append(rng.choice(names).lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"))
        elif kind == 4:
            result.append(rng.choice(["Neustadt", "Frankfurt", "Halle", "Kirchberg", "Berg", "Neuhaus", *labels[:20]]))
        else:
            result.append(rng.choice(["Nirgendwohausen", "Xyz", "Nürnbreg", "Muenchn"]))
    return result


def python_latency(data, items: list[str]) -> list[float]:
    times = []
    for query in items:
        start = time.perf_counter()
        found = resolve(query)
        if found.chosen is not None:
            answer(found.chosen, data)
        times.append((time.perf_counter() - start) * 1000)
    return times


MEASURE = """async (queries) => {
  const module = await import(new URL('../assets/components/zustaendig/zustaendig.js', location.href).href);
  const [places, rules] = await Promise.all(['orte.json', 'regeln.json'].map((f) => fetch(f).then((r) => r.json())));
  let t = performance.now();
  const g = new module.Gazetteer(places);
  const decode = performance.now() - t;
  const times = [];
  for (const q of queries) {
    t = performance.now();
    const r = g.resolve(q);
    if (r.chosen) module.answer(r.chosen, g, rules);
    times.push(performance.now() - t);
  }
  return [decode, times];
}"""


def browser_latency(items: list[str]) -> tuple[float, list[float]]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only with --browser

    site = Path(tempfile.mkdtemp(prefix="bench-zustaendig-")) / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)], cwd=REPO, check=True)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # noqa: D102 - silence the request log
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/zustaendig/")
            decode, times = page.evaluate(MEASURE, items)
            browser.close()
    finally:
        server.shutdown()
    return decode, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1200)
    parser.add_argument("--browser", action="store_true", help="also measure the JavaScript in Chromium")
    args = parser.parse_args()
    start = time.perf_counter()
    dataset = load_dataset(REPO)
    print(f"Daten und Ortsverzeichnis geladen: {time.perf_counter() - start:.1f} s")
    items = queries(args.queries)
    data = dataset["responsible"]
    times = python_latency(data, items)
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"Antwort in Python ({len(items)} Anfragen): Median {median:.3f} ms, 95 % {p95:.3f} ms, Maximum {max(times):.1f} ms (Budget {BUDGET_MS} ms)")
    places = gazetteer.export_for_browser().encode("utf-8")
    rules = rules_data(dataset)
    for name, content in (("zustaendig/orte.json", places), ("zustaendig/regeln.json", rules)):
        print(f"{name}: {len(content)} Bytes, gzip -9 {len(gzip.compress(content, 9))} Bytes")
    ok = median < BUDGET_MS and len(gzip.compress(places, 9)) <= PLACE_BUDGET
    if args.browser:
        decode, js_times = browser_latency(items)
        js_median = statistics.median(js_times)
        print(f"Antwort im Browser: Ortsdaten entpacken {decode:.0f} ms einmal, dann Median {js_median:.3f} ms, 95 % {statistics.quantiles(js_times, n=20)[-1]:.3f} ms")
        ok = ok and js_median < BUDGET_MS
    print("Budget eingehalten." if ok else "BUDGET ÜBERSCHRITTEN.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
