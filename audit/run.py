"""Lighthouse audit of the portal against a stock Material for MkDocs build (`make audit`).

Not a test: it prints a report and writes it to audit/out/report.md. It exits
non-zero only when something could not be run, never for a missed target.

Steps:
1. Build the portal with `python -m portal build` into audit/out/site-portal.
2. Build a stock Material site from a copy of mkdocs.yml + content/ in a temp
   dir: theme {name: material, language: de, font: false}, plugins [search],
   no hooks, no custom_dir, no extra_css/extra_javascript.
3. Serve each site on 127.0.0.1 with the small threaded server below, which
   gzips text responses on the fly (http.server alone does not compress).
4. Run Lighthouse (audit/node_modules, the system Chromium) N times per page,
   take the median of each category score, and report page weight (bytes
   transferred, Lighthouse's total-byte-weight) and request count.

Chromium gets --host-resolver-rules that make every host name unresolvable,
so nothing but 127.0.0.1 can be contacted.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

AUDIT = Path(__file__).resolve().parent
ROOT = AUDIT.parent
OUT = AUDIT / "out"
PYTHON = ROOT / ".venv" / "bin" / "python"
LIGHTHOUSE_CLI = AUDIT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Safety net: no host name resolves, so only the loopback IP is reachable.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}

# (label, path, exists in the stock build?)
PAGES = [
    ("Startseite", "/", True),
    ("Inhaltsseite", "/budget-fuer-arbeit/", True),
    ("Leichte Sprache", "/leichte-sprache/budget-fuer-arbeit/", True),
    ("Anbieter-Finder", "/anbieter/", True),
    ("Gute Praxis (Filter)", "/gute-praxis/", True),
    ("Anbieter-Seite", "/anbieter/lwl-inklusionsamt-arbeit/", False),
    ("Termin-Seite", "/termine/2025-03-18-budgetkompetenz-netzwerkveranstaltung/", False),
]

# The response headers HOSTING.md asks the host to add (the same for both sites).
HOSTING_HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml", "application/manifest+json", "application/wasm")


# --------------------------------------------------------------------------- server

class GzipHandler(SimpleHTTPRequestHandler):
    """Static files over HTTP/1.1 with keep-alive; text types gzipped on the fly (level 6)."""

    protocol_version = "HTTP/1.1"
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".mjs": "application/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
        ".pagefind": "application/octet-stream",
        ".ics": "text/calendar",
        ".vcf": "text/vcard",
    }
    _cache: dict[tuple[str, float], bytes] = {}

    def log_message(self, *args):  # quiet
        pass

    def guess_type(self, path):
        ctype = super().guess_type(path)
        if Path(path).suffix.startswith(".pf_"):
            return "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json",
                                                  "image/svg+xml", "application/xml"):
            ctype += "; charset=utf-8"
        return ctype

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path.split("?", 1)[0] + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
            if not path.is_file():
                self.send_error(404)
                return None
        body = path.read_bytes()
        ctype = self.guess_type(str(path))
        encoding = None
        if "gzip" in self.headers.get("Accept-Encoding", "") and ctype.startswith(COMPRESSIBLE):
            key = (str(path), path.stat().st_mtime)
            if key not in self._cache:
                self._cache[key] = gzip.compress(body, compresslevel=6, mtime=0)
            body, encoding = self._cache[key], "gzip"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        for name, value in HOSTING_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(GzipHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# --------------------------------------------------------------------------- builds

def build_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", "1795431600")
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("SITE_URL", None)
    return env


def build_portal(dest: Path) -> None:
    log = OUT / "build-portal.log"
    with log.open("w") as fh:
        subprocess.run([str(PYTHON), "-m", "portal", "build", "--site-dir", str(dest)],
                       cwd=ROOT, env=build_env(), stdout=fh, stderr=subprocess.STDOUT, check=True)


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)  # site_url stays unset, as locally


def stock_config() -> dict:
    cfg = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    for key in ("hooks", "extra_css", "extra_javascript", "watch", "strict", "site_url"):
        cfg.pop(key, None)
    cfg["site_dir"] = "site"
    cfg["docs_dir"] = "content"
    # Stock Material; font: false only because the default loads Roboto from
    # Google Fonts, which would contact another host (the portal sets it too).
    cfg["theme"] = {"name": "material", "language": "de", "font": False}
    cfg["plugins"] = ["search"]
    extra = cfg.get("extra") or {}
    extra.pop("operator", None)  # read by the portal's hooks only
    cfg["extra"] = extra
    return cfg


def build_stock(dest: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="audit-stock-") as tmp:
        tmp = Path(tmp)
        shutil.copytree(ROOT / "content", tmp / "content")
        (tmp / "mkdocs.yml").write_text(yaml.safe_dump(stock_config(), allow_unicode=True,
                                                       sort_keys=False), encoding="utf-8")
        shutil.copy(tmp / "mkdocs.yml", OUT / "stock-mkdocs.yml")
        if dest.exists():
            shutil.rmtree(dest)
        log = OUT / "build-stock.log"
        with log.open("w") as fh:
            subprocess.run([str(PYTHON), "-m", "mkdocs", "build", "--site-dir", str(dest)],
                           cwd=tmp, env=build_env(), stdout=fh, stderr=subprocess.STDOUT,
                           check=True)


# --------------------------------------------------------------------------- lighthouse

def lighthouse_version() -> str:
    pkg = AUDIT / "node_modules" / "lighthouse" / "package.json"
    return json.loads(pkg.read_text())["version"]


def run_lighthouse(url: str, out_json: Path) -> dict:
    cmd = [
        "node", str(LIGHTHOUSE_CLI), url,
        "--output=json", f"--output-path={out_json}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--chrome-flags=" + " ".join(CHROME_FLAGS),
        "--disable-full-page-screenshot",
        "--quiet",
    ]
    env = dict(os.environ, CHROME_PATH=CHROME)
    for attempt in range(2):
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        if proc.returncode == 0 and out_json.is_file():
            break
        if attempt:
            raise RuntimeError(f"Lighthouse failed for {url}:\n{proc.stderr[-2000:]}")
    lhr = json.loads(out_json.read_text())
    if lhr.get("runtimeError"):
        raise RuntimeError(f"Lighthouse runtime error for {url}: {lhr['runtimeError']}")
    return lhr


def summarize(lhr: dict) -> dict:
    audits = lhr["audits"]
    items = (audits.get("network-requests", {}).get("details") or {}).get("items", [])
    return {
        "scores": {c: lhr["categories"][c]["score"] for c in CATEGORIES},
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(items),
        "metrics": {k: audits[k].get("numericValue") for k in (
            "first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
            "cumulative-layout-shift", "speed-index")},
    }


def failing_audits(lhr: dict, category: str) -> list[dict]:
    """Scored audits of a category that did not get full marks, heaviest first."""
    out = []
    for ref in lhr["categories"][category]["auditRefs"]:
        audit = lhr["audits"][ref["id"]]
        if ref.get("weight", 0) <= 0 or audit.get("score") is None or audit["score"] >= 1:
            continue
        if audit.get("scoreDisplayMode") in ("notApplicable", "informative", "manual"):
            continue
        details = audit.get("details") or {}
        targets = []
        # Metric audits carry no elements: name them from the diagnostic audits.
        source = {"cumulative-layout-shift": "layout-shifts",
                  "total-blocking-time": "long-tasks"}.get(ref["id"])
        if source and source in lhr["audits"]:
            for item in (lhr["audits"][source].get("details") or {}).get("items", [])[:5]:
                node = item.get("node") or {}
                if "score" in item:
                    targets.append(f"shift {item['score']:.3f}: {node.get('selector', '')}")
                elif "duration" in item:
                    targets.append(f"long task {item['duration']:.0f} ms: {item.get('url', '')}")
        for item in details.get("items", [])[:5]:
            node = item.get("node") if isinstance(item, dict) else None
            if node:
                targets.append(f"{node.get('selector', '')} {node.get('snippet', '')[:160]}")
            elif isinstance(item, dict):
                bits = [str(item[k]) for k in ("url", "source", "description", "label")
                        if k in item and item[k]]
                if bits:
                    targets.append(" ".join(b if len(b) < 200 else b[:200] + "…" for b in bits))
        out.append({
            "id": ref["id"], "title": audit.get("title", ""), "score": audit["score"],
            "weight": ref.get("weight"), "display": audit.get("displayValue", ""),
            "targets": targets,
        })
    return sorted(out, key=lambda a: -a["weight"])


def audit_site(name: str, base: str, pages: list[tuple[str, str]], runs: int) -> list[dict]:
    results = []
    for label, path in pages:
        summaries, lhrs = [], []
        for i in range(runs):
            slug = path.strip("/").replace("/", "_") or "index"
            out_json = OUT / "json" / f"{name}-{slug}-{i + 1}.json"
            out_json.parent.mkdir(parents=True, exist_ok=True)
            t0 = time.monotonic()
            if base is None:  # --report-only: reuse the saved Lighthouse results
                lhr = json.loads(out_json.read_text())
            else:
                lhr = run_lighthouse(base + path, out_json)
            lhrs.append(lhr)
            summaries.append(summarize(lhr))
            s = summaries[-1]
            print(f"  {name} {path} run {i + 1}/{runs}: "
                  + " ".join(f"{c}={s['scores'][c]}" for c in CATEGORIES)
                  + f" {s['bytes'] / 1024:.1f} KB {s['requests']} req"
                  + f" ({time.monotonic() - t0:.0f} s)", flush=True)
        median = {c: statistics.median(s["scores"][c] for s in summaries) for c in CATEGORIES}
        # Weights and metrics from the run whose performance score is the median one.
        order = sorted(range(runs), key=lambda i: summaries[i]["scores"]["performance"])
        mid = order[(runs - 1) // 2]
        misses = {}
        for c in CATEGORIES:
            if median[c] < TARGETS[c]:
                # The run with the lowest score in that category shows the cause best.
                worst = min(range(runs), key=lambda i: summaries[i]["scores"][c])
                misses[c] = failing_audits(lhrs[worst], c)
        results.append({
            "label": label, "path": path, "scores": median,
            "all_scores": [s["scores"] for s in summaries],
            "bytes": summaries[mid]["bytes"], "requests": summaries[mid]["requests"],
            "metrics": summaries[mid]["metrics"], "misses": misses,
        })
    return results


# --------------------------------------------------------------------------- report

def fmt_score(value: float, category: str, mark: bool = True) -> str:
    text = f"{value:.2f}"
    return f"**{text}** ✗" if mark and value < TARGETS[category] else text


def site_table(results: list[dict], mark: bool) -> list[str]:
    lines = ["| Seite | Pfad | Performance | Accessibility | Best Practices | SEO "
             "| Transfer (KB) | Requests | LCP (ms) | TBT (ms) | CLS |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        m = r["metrics"]
        lines.append(
            f"| {r['label']} | `{r['path']}` | "
            + " | ".join(fmt_score(r["scores"][c], c, mark) for c in CATEGORIES)
            + f" | {r['bytes'] / 1024:.1f} | {r['requests']}"
            + f" | {m['largest-contentful-paint']:.0f} | {m['total-blocking-time']:.0f}"
            + f" | {m['cumulative-layout-shift']:.3f} |")
    return lines


def report(portal: list[dict], stock: list[dict], runs: int, version: str,
           chromium: str) -> str:
    lines = [
        "# Lighthouse-Audit",
        "",
        f"Lighthouse {version} (CLI, Standard-Konfiguration: mobil, simulierte Drosselung), "
        f"{chromium}, Median aus {runs} Läufen je Seite "
        "(Transfer, Requests und Metriken aus dem Lauf mit dem mittleren Performance-Wert). "
        "Server: audit/run.py, 127.0.0.1, HTTP/1.1, gzip (Stufe 6) on the fly für Text-Typen, "
        "dazu die Header aus HOSTING.md. Ziele: Performance ≥ 0.95, sonst 1.0 (✗ = verfehlt).",
        "",
        "## Portal",
        "",
        *site_table(portal, True),
        "",
        "## Stock Material for MkDocs (gleiches Markdown)",
        "",
        "theme `{name: material, language: de, font: false}`, plugins `[search]`, ohne Hooks, "
        "custom_dir, extra_css/extra_javascript (Konfiguration: audit/out/stock-mkdocs.yml). "
        "Die aus data/ erzeugten Seiten gibt es dort nicht; `/anbieter/` ist dort nur die "
        "Markdown-Seite ohne Finder.",
        "",
        *site_table(stock, False),
        "",
        "## Portal gegen Stock (Seiten, die es in beiden gibt)",
        "",
        "| Seite | Perf. P/S | A11y P/S | BP P/S | SEO P/S | Transfer KB P/S (Δ) | Requests P/S |",
        "|---|---|---|---|---|---|---|",
    ]
    by_path = {r["path"]: r for r in stock}
    for p in portal:
        s = by_path.get(p["path"])
        if not s:
            continue
        cells = [f"{p['scores'][c]:.2f} / {s['scores'][c]:.2f}" for c in CATEGORIES]
        kb_p, kb_s = p["bytes"] / 1024, s["bytes"] / 1024
        lines.append(f"| {p['label']} | " + " | ".join(cells)
                     + f" | {kb_p:.1f} / {kb_s:.1f} ({kb_p - kb_s:+.1f})"
                     + f" | {p['requests']} / {s['requests']} |")
    lines += ["", "## Verfehlte Ziele (Portal)", ""]
    any_miss = False
    for r in portal:
        for c, audits in r["misses"].items():
            any_miss = True
            runs_txt = ", ".join(f"{s[c]:.2f}" for s in r["all_scores"])
            lines.append(f"- `{r['path']}` {c} {r['scores'][c]:.2f} (Läufe: {runs_txt}):")
            for a in audits:
                lines.append(f"  - `{a['id']}` (Gewicht {a['weight']}, Score {a['score']}"
                             + (f", {a['display']}" if a["display"] else "") + f"): {a['title']}")
                for t in a["targets"]:
                    lines.append(f"    - `{t.strip()}`")
    if not any_miss:
        lines.append("Keine: alle Seiten erreichen alle Ziele.")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    ap.add_argument("--skip-build", action="store_true",
                    help="reuse audit/out/site-portal and audit/out/site-stock")
    ap.add_argument("--no-stock", action="store_true", help="audit the portal only")
    ap.add_argument("--report-only", action="store_true",
                    help="rewrite the report from audit/out/json without running Lighthouse")
    args = ap.parse_args()

    if not LIGHTHOUSE_CLI.is_file():
        print("audit/node_modules is missing: run `npm ci` in audit/ (make audit does).",
              file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    portal_dir, stock_dir = OUT / "site-portal", OUT / "site-stock"
    if not args.skip_build and not args.report_only:
        print("Building the portal …", flush=True)
        build_portal(portal_dir)
        if not args.no_stock:
            print("Building the stock Material site …", flush=True)
            build_stock(stock_dir)

    portal_pages = []
    for label, path, _ in PAGES:
        if (portal_dir / path.lstrip("/") / "index.html").is_file():
            portal_pages.append((label, path))
        else:
            print(f"warning: {path} is not in the portal build, skipped", file=sys.stderr)
    stock_pages = [(label, path) for label, path, _ in PAGES
                   if (stock_dir / path.lstrip("/") / "index.html").is_file()]

    chromium = subprocess.run([CHROME, "--version"], capture_output=True, text=True,
                              ).stdout.strip() or CHROME
    version = lighthouse_version()
    print(f"Lighthouse {version}, {chromium}, {args.runs} run(s) per page", flush=True)

    stock = []
    if args.report_only:
        portal = audit_site("portal", None, portal_pages, args.runs)
        if not args.no_stock:
            stock = audit_site("stock", None, stock_pages, args.runs)
    else:
        server, base = serve(portal_dir)
        try:
            portal = audit_site("portal", base, portal_pages, args.runs)
        finally:
            server.shutdown()
        if not args.no_stock:
            server, base = serve(stock_dir)
            try:
                stock = audit_site("stock", base, stock_pages, args.runs)
            finally:
                server.shutdown()

    text = report(portal, stock, args.runs, version, chromium)
    (OUT / "report.md").write_text(text, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps({"portal": portal, "stock": stock},
                                                 indent=1, ensure_ascii=False))
    print()
    print(text)
    print(f"Written to {OUT.relative_to(ROOT) / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
