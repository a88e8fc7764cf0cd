"""ESLint (pinned in package.json and package-lock.json, config eslint.config.mjs) finds nothing in the front end."""

import json
import subprocess

from support import ROOT

ESLINT = ROOT / "node_modules" / ".bin" / "eslint"
ASSETS = ROOT / "overrides" / "assets"


def test_front_end_javascript_is_lint_clean_and_every_file_is_linted():
    assert ESLINT.exists(), "ESLint fehlt; `make test` installiert es mit npm ci"
    result = subprocess.run([str(ESLINT), "--format", "json", "overrides/assets"], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.startswith("["), result.stderr
    reports = json.loads(result.stdout)
    problems = [
        f"{report['filePath']}:{message.get('line')}:{message.get('column')} {message.get('ruleId')}: {message['message']}"
        for report in reports
        for message in report["messages"]
    ]
    assert problems == [], "\n".join(problems)
    assert result.returncode == 0, result.stderr
    # A file outside the config's reach would pass unseen.
    assert {report["filePath"] for report in reports} == {str(path) for path in ASSETS.rglob("*.js")}
