"""How well the checker tells published Leichte Sprache from standard German, on a labelled corpus.

The corpus is a YAML file with ``entries`` of ``id``, ``label`` (``leichte`` or ``standard``)
and ``text``. Entries with another label are skipped and listed, never a crash. Some entries
were assembled from datasets that lost the original line breaks (sentences concatenated into
one paragraph), so layout rules (``satz-pro-zeile``) cannot be judged on the corpus and are left
out. Texts are checked alone, without the portal's glossary: a text must explain its own
abbreviations.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from portal.leichte_sprache.checker import check_text, has_errors
from portal.leichte_sprache.model import Profile, Severity
from portal.leichte_sprache.profiles import get_profile
from portal.leichte_sprache.rules import RULES

EVALUATED_RULES = tuple(rule for rule in RULES if not rule.layout)
LABELS = ("leichte", "standard")


def evaluate(corpus_path: str | Path, profile: str | Profile | None = None) -> dict:
    """Pass rate of the leichte texts, fail rate of the standard texts, and how often each rule fired.

    ``rule_counts[label][rule]`` counts all findings; ``severity_counts[label][rule]`` splits
    them into ``error`` and ``warning``. ``skipped`` lists (id, label) of entries with another label.
    """
    chosen = get_profile(profile)
    corpus = yaml.safe_load(Path(corpus_path).read_text(encoding="utf-8"))
    if not isinstance(corpus, dict) or not isinstance(corpus.get("entries"), list):
        raise ValueError(f"{corpus_path}: Das Korpus braucht eine Liste „entries“ mit id, label und text je Eintrag.")
    totals: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    fired: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    by_severity: dict[str, dict[str, Counter[str]]] = {label: {} for label in LABELS}
    failed_ids: dict[str, list[str]] = {label: [] for label in LABELS}
    standard_passed: list[str] = []
    skipped: list[tuple[str, str]] = []
    for entry in corpus["entries"]:
        label = entry.get("label") if isinstance(entry, dict) else None
        if label not in LABELS or not isinstance(entry.get("text"), str):
            skipped.append((str(entry.get("id", "?") if isinstance(entry, dict) else "?"), str(label)))
            continue
        findings = check_text(entry["text"], rules=EVALUATED_RULES, profile=chosen)
        totals[label] += 1
        fired[label].update(finding.rule for finding in findings)
        for finding in findings:
            by_severity[label].setdefault(finding.rule, Counter())[finding.severity.value] += 1
        if has_errors(findings):
            failing[label] += 1
            failed_ids[label].append(entry["id"])
        elif label == "standard":
            standard_passed.append(entry["id"])
    return {
        "profile": chosen.id,
        "profile_title": chosen.title,
        "leichte_total": totals["leichte"],
        "standard_total": totals["standard"],
        "leichte_passed": totals["leichte"] - failing["leichte"],
        "standard_failed": failing["standard"],
        "leichte_pass_rate": (totals["leichte"] - failing["leichte"]) / totals["leichte"] if totals["leichte"] else 0.0,
        "standard_fail_rate": failing["standard"] / totals["standard"] if totals["standard"] else 0.0,
        "rule_counts": {label: dict(counter) for label, counter in fired.items()},
        "severity_counts": {
            label: {rule: {severity.value: counts.get(severity.value, 0) for severity in Severity} for rule, counts in rules.items()}
            for label, rules in by_severity.items()
        },
        "failed": failed_ids,
        "standard_passed": standard_passed,
        "skipped": skipped,
        "skipped_rules": [rule.id for rule in RULES if rule.layout],
    }
