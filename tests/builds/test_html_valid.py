"""The W3C Nu HTML Checker (vnu, from the npm registry) finds no error on any built page."""

import json
import shutil
import subprocess

from support import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(built_site):
    java = shutil.which("java")
    assert java, "Java fehlt; vnu braucht eine Java-Laufzeit (Debian: default-jre-headless)"
    assert VNU.exists(), "vnu.jar fehlt; `make test` installiert es mit npm ci"
    pages = sorted(str(path) for path in built_site.rglob("*.html"))
    assert len(pages) > 10
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *pages], capture_output=True, text=True)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{m['url'].split(str(built_site))[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error" or m.get("subType") == "fatal"]
    assert errors == [], "\n".join(errors)
