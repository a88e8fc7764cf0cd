"""Run the Leichte-Sprache checker over a labelled corpus and print how well it separates the labels.

Prints, per label, how many texts pass (no error), and per rule how often it fired in each
label, then the ids of the texts that were judged wrongly. The corpus is read, never copied.

Usage::

    python bench/leichte_sprache_eval.py ../shared/corpus/leichte-sprache-eval.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.leichte_sprache.evaluation import evaluate  # noqa: E402
from portal.leichte_sprache.rules import RULES_BY_ID  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="YAML file with entries of id, label (leichte|standard) and text")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"Korpus nicht gefunden: {args.corpus}", file=sys.stderr)
        return 2
    result = evaluate(args.corpus)

    leichte_passed = round(result["leichte_pass_rate"] * result["leichte_total"])
    standard_failed = round(result["standard_fail_rate"] * result["standard_total"])
    print("| label | texts | pass (no error) | fail | rate |")
    print("|---|---|---|---|---|")
    print(
        f"| leichte | {result['leichte_total']} | {leichte_passed} | {result['leichte_total'] - leichte_passed} "
        f"| {result['leichte_pass_rate']:.1%} pass (target 85 %) |"
    )
    print(
        f"| standard | {result['standard_total']} | {result['standard_total'] - standard_failed} | {standard_failed} "
        f"| {result['standard_fail_rate']:.1%} fail (target 90 %) |"
    )
    print()
    print("| rule | severity | fired in leichte | fired in standard |")
    print("|---|---|---|---|")
    counts = result["rule_counts"]
    for rule_id, rule in RULES_BY_ID.items():
        if rule_id in result["skipped_rules"]:
            continue
        print(f"| {rule_id} | {rule.severity.value} | {counts['leichte'].get(rule_id, 0)} | {counts['standard'].get(rule_id, 0)} |")
    print()
    print("Not judged (layout lost in the corpus): " + (", ".join(result["skipped_rules"]) or "none"))
    print("Leichte texts with errors: " + (", ".join(result["failed"]["leichte"]) or "none"))
    standard_passing = result["standard_passed"]
    print("Standard texts without errors: " + (", ".join(standard_passing) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
