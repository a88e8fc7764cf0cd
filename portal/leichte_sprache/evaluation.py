"""How well the checker tells published Leichte Sprache from standard German, on a labelled corpus.

The corpus (``label: leichte`` or ``standard``, ``text``) was assembled from datasets that lost
the original line breaks (entries are sentences concatenated into one paragraph), so layout
rules (``satz-pro-zeile``) cannot be judged on it and are left out of the evaluation.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from portal.leichte_sprache.checker import check_text, has_errors
from portal.leichte_sprache.rules import RULES

EVALUATED_RULES = tuple(rule for rule in RULES if not rule.layout)


def evaluate(corpus_path: str | Path) -> dict:
    """Pass rate of the leichte texts, fail rate of the standard texts, and how often each rule fired."""
    corpus = yaml.safe_load(Path(corpus_path).read_text(encoding="utf-8"))
    totals: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    fired: dict[str, Counter[str]] = {"leichte": Counter(), "standard": Counter()}
    failed_ids: dict[str, list[str]] = {"leichte": [], "standard": []}
    standard_passed: list[str] = []
    for entry in corpus["entries"]:
        label = entry["label"]
        findings = check_text(entry["text"], rules=EVALUATED_RULES)
        totals[label] += 1
        fired[label].update(finding.rule for finding in findings)
        if has_errors(findings):
            failing[label] += 1
            failed_ids[label].append(entry["id"])
        elif label == "standard":
            standard_passed.append(entry["id"])
    return {
        "leichte_total": totals["leichte"],
        "standard_total": totals["standard"],
        "leichte_pass_rate": (totals["leichte"] - failing["leichte"]) / totals["leichte"] if totals["leichte"] else 0.0,
        "standard_fail_rate": failing["standard"] / totals["standard"] if totals["standard"] else 0.0,
        "rule_counts": {label: dict(counter) for label, counter in fired.items()},
        "failed": failed_ids,
        "standard_passed": standard_passed,
        "skipped_rules": [rule.id for rule in RULES if rule.layout],
    }
