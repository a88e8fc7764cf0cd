"""Finder benchmark: first-load transfer and filter response at N synthetic providers.

Writes a throwaway copy of the portal with N invented providers (ids
``bench-anbieter-…``, names "Beispiel-…", example.org addresses) placed in real
German towns from GeoNames, builds it, serves it on 127.0.0.1 and drives the
finder page in headless Chromium:

* **Transfer on first load**: every response the page fetches until the network
  is idle, each body compressed with gzip -6 (what a static host sends with
  compression on; Python's test server sends none, so the size is computed).
  Budget: 150 KB.
* **Filter response**: for each of many filter changes (Bundesland, kind,
  service, accessibility, typed text, sort by distance) the time from the input
  event until the next frame is painted, measured inside the page. Budget:
  median below 100 ms.

Usage::

    .venv/bin/python bench/bench_finder.py                 # 5,000 providers
    .venv/bin/python bench/bench_finder.py --providers 500 --keep
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from generate import write_portal_project  # noqa: E402

from portal import gazetteer  # noqa: E402
from portal.core.places import german_places  # noqa: E402
from portal.core.schemas import PROVIDER_KINDS, SERVICES  # noqa: E402

TRANSFER_BUDGET = 150 * 1024
FILTER_BUDGET_MS = 100
CHROMIUM = "/usr/bin/chromium"
ACCESSIBILITY = ["Stufenloser Zugang", "Rollstuhlgerechte Toilette", "Gebärdensprache", "Leichte Sprache", "Induktive Höranlage", "Hausbesuche"]
ONLINE = ["Beratung am Telefon", "Beratung per Video", "Beratung per E-Mail"]
WORDS = ["Beratung", "Fachdienst", "Inklusion", "Arbeit", "Teilhabe", "Zentrum", "Netzwerk", "Dienst", "Begleitung", "Werkstatt"]


def synthetic_providers(n: int, seed: int = 1) -> list[dict]:
    """N invented providers in real towns (weighted by population), about 2 % nationwide."""
    rng = random.Random(seed)
    # Only towns the gazetteer knows in the same Land: the build checks town, PLZ and Land of every provider.
    towns = gazetteer.load()
    known = {}
    for place in german_places():
        if place.population >= 2000:
            found = [p for p in towns.by_name.get(gazetteer.fold(place.name), []) if p.land == place.land]
            if found:
                known[place] = found[0].plz[0]
    places = list(known)
    weights = [place.population for place in places]
    providers = []
    for i in range(1, n + 1):
        place = rng.choices(places, weights)[0]
        kind = rng.choice(PROVIDER_KINDS)
        entry: dict = {
            "id": f"bench-anbieter-{i:05d}",
            "name": f"Beispiel-{rng.choice(WORDS)} {rng.choice(WORDS)} {place.name} {i}",
            "kind": kind,
            "land": place.land,
        }
        entry["region_served"] = "bundesweit" if rng.random() < 0.02 else f"Landkreis um {place.name}"
        entry["services"] = rng.sample(SERVICES, rng.randint(1, 4))
        entry["address"] = {"street": f"Beispielweg {rng.randint(1, 200)}", "postal_code": known[place], "town": place.name}
        if rng.random() < 0.5:
            entry["geo"] = {"lat": round(place.lat + rng.uniform(-0.02, 0.02), 5), "lon": round(place.lon + rng.uniform(-0.02, 0.02), 5)}
        entry["contact"] = {"website": f"https://www.example.org/anbieter/{i:05d}"}
        if rng.random() < 0.5:
            entry["online"] = rng.sample(ONLINE, rng.randint(1, 3))
        if rng.random() < 0.6:
            entry["accessibility"] = rng.sample(ACCESSIBILITY, rng.randint(1, 3))
        entry["description"] = "Erfundener Eintrag für den Benchmark des Anbieter-Finders."
        entry["source"] = {"title": f"Beispielquelle {i}", "url": f"https://www.example.org/quelle/{i:05d}"}
        entry["checked"] = "2026-11-23"
        providers.append(entry)
    return providers


def build(project: Path, site: Path) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795431600", "NO_MKDOCS_2_WARNING": "1"}
    import time

    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "portal", "--root", str(project), "build", "--site-dir", str(site)], cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"Build failed:\n{result.stdout}\n{result.stderr}")
    return time.perf_counter() - started


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


# Runs in the page: apply one filter change, wait for two animation frames (the
# second starts after the first frame with the new list was painted), return ms.
MEASURE = """async ([kind, value]) => {
  const form = document.getElementById('finder-form');
  const t0 = performance.now();
  if (kind === 'land' || kind === 'kind') {
    const select = document.getElementById('finder-' + kind);
    select.value = value;
    select.dispatchEvent(new Event('input', {bubbles: true}));
  } else if (kind === 'service' || kind === 'access') {
    const box = form.querySelector(`input[name=${kind}][value="${value}"]`);
    box.checked = !box.checked;
    box.dispatchEvent(new Event('input', {bubbles: true}));
  } else if (kind === 'text') {
    const field = document.getElementById('finder-text');
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
  } else if (kind === 'place') {
    document.getElementById('finder-place').value = value;
    document.getElementById('finder-place-go').click();
    await new Promise((resolve) => {
      const status = document.getElementById('finder-near-status');
      const check = () => status.textContent.startsWith('Sortiert') ? resolve() : setTimeout(check, 1);
      check();
    });
  } else if (kind === 'reset') {
    form.reset();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const sync = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return [sync, performance.now() - t0, document.querySelectorAll('#finder-results li').length];
}"""


def steps(rng: random.Random) -> list[tuple[str, str]]:
    plan: list[tuple[str, str]] = []
    for land in range(16):
        plan.append(("land", str(land)))
    plan.append(("land", ""))
    for kind in range(len(PROVIDER_KINDS)):
        plan.append(("kind", str(kind)))
    plan.append(("kind", ""))
    for index in range(len(SERVICES)):
        plan += [("service", str(index)), ("service", str(index))]
    for index in range(len(ACCESSIBILITY)):
        plan += [("access", str(index)), ("access", str(index))]
    for word in ["b", "be", "bei", "beis", "beispiel", "beispiel-beratung", "münchen", "stendal", "zzz", ""]:
        plan.append(("text", word))
    plan += [("reset", "")]
    rng.shuffle(plan)
    return plan


def measure(site: Path, repeat: int) -> dict:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/anbieter/"
    report: dict = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(locale="de-DE")
        page = context.new_page()
        responses = []
        page.on("response", lambda response: responses.append(response))
        page.goto(url, wait_until="networkidle")
        first_load = list(responses)
        # A large list loads when the reader turns to the form: measure that separately.
        page.focus("#finder-land")
        page.wait_for_selector("#finder[data-ready=true]")
        page.wait_for_load_state("networkidle")
        on_use = responses[len(first_load):]
        transfers = []
        def sizes(batch):
            result = []
            for response in batch:
                try:
                    body = response.body()
                except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
                    continue
                result.append((response.url.replace(url.rsplit("/anbieter/", 1)[0], ""), len(body), len(gzip.compress(body, 6))))
            return result

        transfers = sizes(first_load)
        report["on_first_use"] = sizes(on_use)
        report["requests"] = sorted(transfers, key=lambda item: -item[2])
        report["transfer_raw"] = sum(item[1] for item in transfers)
        report["transfer_gzip"] = sum(item[2] for item in transfers)
        report["foreign_requests"] = [item[0] for item in transfers + report["on_first_use"] if item[0].startswith("http")]
        rng = random.Random(7)
        syncs, frames = [], []
        for _ in range(repeat):
            for kind, value in steps(rng):
                sync, frame, _count = page.evaluate(MEASURE, [kind, value])
                syncs.append(sync)
                frames.append(frame)
        # Sort by distance (first call loads orte.json; later ones reuse it).
        first_place = page.evaluate(MEASURE, ["place", "Stendal"])
        places = [page.evaluate(MEASURE, ["place", town])[1] for town in ["Kassel", "Leipzig", "Erlangen", "Neuss", "Genthin"] * repeat]
        report["filter_sync_ms"] = {"median": statistics.median(syncs), "p95": sorted(syncs)[int(len(syncs) * 0.95)], "max": max(syncs), "n": len(syncs)}
        report["filter_frame_ms"] = {"median": statistics.median(frames), "p95": sorted(frames)[int(len(frames) * 0.95)], "max": max(frames), "n": len(frames)}
        report["place_first_ms"] = first_place[1]
        report["place_ms"] = {"median": statistics.median(places), "max": max(places), "n": len(places)}
        browser.close()
    server.shutdown()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--providers", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the filter plan")
    parser.add_argument("--keep", action="store_true", help="keep the project and site")
    parser.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-finder-"))
    project = write_portal_project(work / "project", 0, 0, 0)
    header = "# yaml-language-server: $schema=../schemas/providers.schema.json\n# SYNTHETISCH: erfundene Daten für bench/, niemals veröffentlichen.\n"
    (project / "data" / "providers.yaml").write_text(header + yaml.safe_dump({"providers": synthetic_providers(args.providers)}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    site = work / "site"
    seconds = build(project, site)
    report = {"providers": args.providers, "build_seconds": round(seconds, 1), **measure(site, args.repeat)}
    report["finder_json_bytes"] = (site / "anbieter" / "finder.json").stat().st_size
    report["finder_json_gzip"] = len(gzip.compress((site / "anbieter" / "finder.json").read_bytes(), 6))
    report["orte_json_gzip"] = len(gzip.compress((site / "anbieter" / "orte.json").read_bytes(), 6))
    print(f"Anbieter: {args.providers}, Bau: {report['build_seconds']} s")
    print(f"Erster Aufruf /anbieter/: {len(report['requests'])} Anfragen, {report['transfer_raw'] / 1024:.1f} KB roh, {report['transfer_gzip'] / 1024:.1f} KB gzip (Budget 150 KB)")
    for path, raw, packed in report["requests"]:
        print(f"  {packed / 1024:7.1f} KB gzip  {raw / 1024:7.1f} KB roh  {path}")
    for path, raw, packed in report["on_first_use"]:
        print(f"  bei der ersten Nutzung des Formulars: {packed / 1024:.1f} KB gzip  {raw / 1024:.1f} KB roh  {path}")
    print(f"finder.json: {report['finder_json_bytes'] / 1024:.1f} KB roh, {report['finder_json_gzip'] / 1024:.1f} KB gzip; orte.json (erst bei Ortssuche): {report['orte_json_gzip'] / 1024:.1f} KB gzip")
    sync, frame = report["filter_sync_ms"], report["filter_frame_ms"]
    print(f"Filtern ({frame['n']} Änderungen): bis zum nächsten Bild Median {frame['median']:.1f} ms, p95 {frame['p95']:.1f} ms, max {frame['max']:.1f} ms; reine Skriptzeit Median {sync['median']:.1f} ms")
    print(f"Nach Entfernung sortieren: erster Ort (lädt orte.json) {report['place_first_ms']:.0f} ms, danach Median {report['place_ms']['median']:.1f} ms")
    if report["foreign_requests"]:
        print("FREMDE ANFRAGEN:", report["foreign_requests"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.keep:
        print(f"Behalten: {work}")
    else:
        import shutil

        shutil.rmtree(work)
    ok = report["transfer_gzip"] <= TRANSFER_BUDGET and frame["median"] < FILTER_BUDGET_MS and not report["foreign_requests"]
    print("Ergebnis:", "im Budget" if ok else "ÜBER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
