"""Search benchmark: do readers' queries find the page they mean, and how many bytes does a query cost?

Runs a list of reader queries (everyday words, places, Postleitzahlen,
questions of several words, Leichte-Sprache words) against the built site's
Pagefind index in headless Chromium, through Pagefind's own JS API:

* **index**: ``pagefind.search(query)`` as it is, with Pagefind's default
  options: the ranking comes from the index alone (hidden weighted words of
  the Wörterbuch, headings, titles).
* **dialog**: the same search as the search dialog runs it
  (``portalSearch`` in overrides/assets/components/search/search.js): the
  answer for a place first, partial matches for questions that no page
  contains whole.

A query counts as found when one of its expected pages is among the first
three results. Budget: at least 90 % in the top 3.

Bytes: the site is served by a small server that logs every response and
compresses text files with gzip as a static host does (the Pagefind index and
fragment files are compressed already). *First query*: a fresh browser with
an empty cache opens the start page and searches once (Pagefind's script,
WebAssembly, metadata, the index chunks and the fragments of the first five
results). *Later query*: the same browser searching again. Budgets: 150 KB
for a first query, 50 KB for a later one. The dialog's place list
(zustaendig/orte.json) is loaded once, only for a query that can be a place,
and reported on its own.

Usage::

    .venv/bin/python bench/search_queries.py                     # builds the site into a temporary folder
    .venv/bin/python bench/search_queries.py --site /tmp/site    # an existing build
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TOP = 3
SHARE_BUDGET = 0.9
FIRST_BUDGET = 150 * 1024
LATER_BUDGET = 50 * 1024
SHOWN = 5  # results whose fragments a dialog loads on its first screen
COMPRESSED_TYPES = (".js", ".json", ".css", ".html", ".svg", ".txt")


def twin(path: str) -> tuple[str, str]:
    """A content page and its Leichte-Sprache twin: either answers a query that does not say which."""
    return (path, "/leichte-sprache" + path)


# (query, kind, expected paths). Written from what readers type, before looking
# at the results. The answer for a place is /zustaendig/?ort=… (the dialog) or
# the page of its Land, /zustaendig/<land>/, which lists its Kreise and places.
QUERIES: list[tuple[str, str, tuple[str, ...]]] = [
    # everyday words for official ones
    ("Rente", "Alltagswort", twin("/geld-und-versicherung/")),
    ("Jobcoach", "Alltagswort", twin("/anleitung-und-begleitung/")),
    ("Zuschuss", "Alltagswort", (*twin("/geld-und-versicherung/"), "/fragen/", "/unternehmen/", "/rechner/")),
    ("Inklusionsamt", "Alltagswort", twin("/zustaendigkeit/")),
    ("Arbeitsamt", "Alltagswort", twin("/budget-fuer-ausbildung/")),
    ("Krankenkasse", "Alltagswort", twin("/geld-und-versicherung/")),
    ("Behindertenwerkstatt", "Alltagswort", twin("/fuer/werkstatt-beschaeftigte/")),
    ("Lohn", "Alltagswort", twin("/geld-und-versicherung/")),
    ("Gehalt", "Alltagswort", (*twin("/geld-und-versicherung/"), "/woerterbuch/", "/leichte-sprache/woerterbuch/")),
    ("Lehre", "Alltagswort", twin("/budget-fuer-ausbildung/")),
    ("Sozialamt", "Alltagswort", twin("/zustaendigkeit/")),
    ("Beratungsstelle", "Alltagswort", twin("/beratung/")),
    ("versichert", "Alltagswort", (*twin("/geld-und-versicherung/"), *twin("/fragen/"))),
    ("Probleme", "Alltagswort", twin("/hindernisse/")),
    # words of the topic
    ("Werkstatt", "Fachwort", (*twin("/fuer/werkstatt-beschaeftigte/"), *twin("/zurueck-in-die-werkstatt/"))),
    ("WfbM", "Abkürzung", twin("/fuer/werkstatt-beschaeftigte/")),
    ("EUTB", "Abkürzung", twin("/beratung/")),
    ("Antrag", "Fachwort", twin("/antrag/")),
    ("Beratung", "Fachwort", twin("/beratung/")),
    ("Budget für Ausbildung", "Fachwort", twin("/budget-fuer-ausbildung/")),
    ("Minijob", "Fachwort", (*twin("/fragen/"), *twin("/geld-und-versicherung/"))),
    ("Lohnkostenzuschuss", "Fachwort", (*twin("/geld-und-versicherung/"), "/rechner/", "/unternehmen/")),
    ("Rechner", "Fachwort", ("/rechner/",)),
    ("Datenschutz", "Fachwort", twin("/datenschutz/")),
    ("Peer", "Fachwort", twin("/peer-support/")),
    ("Termine", "Fachwort", twin("/termine/")),
    ("Checkliste", "Fachwort", ("/praxishilfen/", "/praxishilfen/checkliste-arbeitgeber/", *twin("/praxishilfen/checkliste-erstes-gespraech/"))),
    ("Widerspruch", "Fachwort", twin("/woerterbuch/")),
    ("Gesamtplan", "Fachwort", twin("/antrag/")),
    ("Voraussetzungen", "Fachwort", twin("/wer-kann-es-bekommen/")),
    # questions of several words
    ("wie viel Geld bekommt der Arbeitgeber", "Frage", (*twin("/fragen/"), *twin("/geld-und-versicherung/"), "/unternehmen/")),
    ("Probleme beim Budget", "Frage", twin("/hindernisse/")),
    ("wer bezahlt die Begleitung", "Frage", (*twin("/anleitung-und-begleitung/"), *twin("/geld-und-versicherung/"))),
    ("kann ich zurück in die Werkstatt", "Frage", (*twin("/zurueck-in-die-werkstatt/"), *twin("/fragen/"))),
    ("wie stelle ich einen Antrag", "Frage", twin("/antrag/")),
    ("bin ich versichert", "Frage", (*twin("/geld-und-versicherung/"), *twin("/fragen/"))),
    ("wer ist zuständig", "Frage", twin("/zustaendigkeit/")),
    ("Arbeitgeber Hamburg", "Frage", ("/anbieter/bag-ub/", "/anbieter/bundesland/hamburg/", "/unternehmen/", "/fuer/unternehmen/")),
    # places and Postleitzahlen
    ("Münster", "Ort", ("/zustaendig/?ort=M%C3%BCnster", "/zustaendig/nordrhein-westfalen/", "/anbieter/lwl-inklusionsamt-arbeit/")),
    ("48143", "PLZ", ("/zustaendig/?ort=48143", "/zustaendig/nordrhein-westfalen/", "/anbieter/lwl-inklusionsamt-arbeit/")),
    ("Erlangen", "Ort", ("/zustaendig/?ort=Erlangen", "/zustaendig/bayern/", "/anbieter/access-erlangen/")),
    ("Lübeck", "Ort", ("/zustaendig/?ort=L%C3%BCbeck", "/zustaendig/schleswig-holstein/", "/anbieter/integra-luebeck/")),
    ("Kassel", "Ort", ("/zustaendig/?ort=Kassel", "/zustaendig/hessen/", "/anbieter/lwv-hessen/")),
    ("Nürnberg", "Ort", ("/zustaendig/?ort=N%C3%BCrnberg", "/zustaendig/bayern/")),
    ("90402", "PLZ", ("/zustaendig/?ort=90402", "/zustaendig/bayern/")),
    ("Köln", "Ort", ("/zustaendig/?ort=K%C3%B6ln", "/zustaendig/nordrhein-westfalen/")),
    ("St. Ingbert", "Ort", ("/zustaendig/?ort=Sankt+Ingbert", "/zustaendig/saarland/")),
    ("Frankfurt", "Ort", ("/zustaendig/?ort=Frankfurt+am+Main", "/zustaendig/?ort=Frankfurt%20am%20Main", "/zustaendig/hessen/")),
    # Leichte-Sprache words
    ("Hilfe bei der Arbeit", "Leichte Sprache", twin("/anleitung-und-begleitung/")),
    ("Geld", "Leichte Sprache", twin("/geld-und-versicherung/")),
    ("Amt", "Leichte Sprache", (*twin("/zustaendigkeit/"), *twin("/antrag/"))),
    ("schwere Wörter", "Leichte Sprache", twin("/woerterbuch/")),
    ("Arbeits-Vertrag", "Leichte Sprache", (*twin("/budget-fuer-arbeit/"), *twin("/wer-kann-es-bekommen/"))),
    ("Betrieb", "Leichte Sprache", (*twin("/unternehmen/"), "/fuer/unternehmen/", *twin("/budget-fuer-arbeit/"))),
]


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def serve(site: Path) -> tuple[_Server, list[tuple[str, int]]]:
    """Serve ``site``; every response is logged as (path, bytes sent), text gzip-compressed."""
    log: list[tuple[str, int]] = []
    lock = threading.Lock()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - stdlib signature
            pass

        def do_GET(self):  # noqa: N802 - stdlib name
            path = self.translate_path(self.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            if not os.path.isfile(path):
                self.send_error(404)
                with lock:
                    log.append((self.path, 0))
                return
            body = Path(path).read_bytes()
            headers = {"Content-Type": self.guess_type(path)}
            if path.endswith(COMPRESSED_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, 6, mtime=0)
                headers["Content-Encoding"] = "gzip"
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with lock:
                log.append((self.path.split("?")[0], len(body)))

    server = _Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, log


RUN = """async ([query, mode, shown]) => {
    window.__pf = window.__pf || await import(new URL("pagefind/pagefind.js", document.baseURI).href);
    window.__portal = window.__portal || await import(new URL("assets/components/search/search.js", document.baseURI).href);
    const search = (term, options) => window.__pf.search(term, options);
    const found = mode === "dialog" ? await window.__portal.portalSearch(search, query) : await search(query);
    const results = found ? found.results.slice(0, shown) : [];
    const urls = [];
    for (const result of results) urls.push((await result.data()).url);
    return { total: found ? found.results.length : 0, urls };
}"""


def run(site: Path, modes: tuple[str, ...]) -> dict:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only this function needs the browser

    server, log = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    report: dict = {"modes": {}, "first": [], "later": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for mode in modes:
            page = browser.new_context().new_page()
            page.goto(base, wait_until="load")
            rows = []
            for query, kind, expected in QUERIES:
                start = len(log)
                answer = page.evaluate(RUN, [query, mode, SHOWN])
                later = sum(size for path, size in log[start:] if not path.endswith("orte.json"))
                places = sum(size for path, size in log[start:] if path.endswith("orte.json"))
                rank = next((i + 1 for i, url in enumerate(answer["urls"][:TOP]) if url in expected), None)
                rows.append({"query": query, "kind": kind, "rank": rank, "top": answer["urls"][:TOP], "total": answer["total"], "bytes": later, "places": places})
            report["modes"][mode] = rows
            page.context.close()
        # A first query: empty cache, the start page open, one search.
        for query, _kind, _expected in QUERIES:
            context = browser.new_context()
            page = context.new_page()
            page.goto(base, wait_until="load")
            start = len(log)
            page.evaluate(RUN, [query, "index", SHOWN])
            report["first"].append((query, sum(size for _path, size in log[start:])))
            context.close()
        browser.close()
    server.shutdown()
    for mode, rows in report["modes"].items():
        report["later"] += [(mode, row["query"], row["bytes"]) for row in rows[1:]]
    places_file = site / "zustaendig" / "orte.json"
    report["orte_gzip"] = len(gzip.compress(places_file.read_bytes(), 6)) if places_file.exists() else 0
    return report


def print_report(report: dict) -> bool:
    ok = True
    for mode, rows in report["modes"].items():
        found = sum(1 for row in rows if row["rank"])
        share = found / len(rows)
        ok &= share >= SHARE_BUDGET
        print(f"\n## {mode}: {found} von {len(rows)} Anfragen finden die erwartete Seite unter den ersten {TOP}: {share:.0%} (Ziel ≥ {SHARE_BUDGET:.0%})\n")
        print(f"| Anfrage | Art | Rang | Treffer | Bytes (später) | erste {TOP} Ergebnisse |")
        print("|---|---|---|---|---|---|")
        for row in rows:
            rank = str(row["rank"]) if row["rank"] else "–"
            top = ", ".join(row["top"]) or "(keine)"
            extra = f" + orte.json {row['places'] / 1024:.0f} KB" if row["places"] else ""
            print(f"| {row['query']} | {row['kind']} | {rank} | {row['total']} | {row['bytes'] / 1024:.1f} KB{extra} | {top} |")
    first = [size for _query, size in report["first"]]
    later = [size for _mode, _query, size in report["later"]]
    print(f"\nErste Anfrage (leerer Cache, Startseite offen): höchstens {max(first) / 1024:.1f} KB, Median {sorted(first)[len(first) // 2] / 1024:.1f} KB (Budget {FIRST_BUDGET // 1024} KB)")
    heaviest = sorted(report["first"], key=lambda item: -item[1])[:3]
    print("  am schwersten: " + ", ".join(f"„{query}“ {size / 1024:.1f} KB" for query, size in heaviest))
    print(f"Spätere Anfragen: höchstens {max(later) / 1024:.1f} KB, Median {sorted(later)[len(later) // 2] / 1024:.1f} KB (Budget {LATER_BUDGET // 1024} KB)")
    if report["orte_gzip"]:
        print(f"Ortsliste zustaendig/orte.json: {report['orte_gzip'] / 1024:.1f} KB gzip, einmal je Besuch, nur für eine Anfrage, die ein Ort sein kann (Dialog)")
    ok &= max(first) <= FIRST_BUDGET and max(later) <= LATER_BUDGET
    return ok


def build(site: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795431600", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "portal", "build", "--site-dir", str(site)], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"Bau fehlgeschlagen:\n{result.stdout}\n{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one into a temporary folder)")
    parser.add_argument("--mode", choices=("index", "dialog", "both"), default="both")
    args = parser.parse_args(argv)
    modes = ("index", "dialog") if args.mode == "both" else (args.mode,)
    if args.site:
        report = run(args.site, modes)
    else:
        with tempfile.TemporaryDirectory(prefix="search-bench-") as folder:
            site = Path(folder) / "site"
            build(site)
            report = run(site, modes)
    print(f"{len(QUERIES)} Anfragen")
    return 0 if print_report(report) else 1


if __name__ == "__main__":
    sys.exit(main())
