"""Run the Leichte-Sprache checker over a labelled corpus and print how well it separates the labels.

For each profile (the house profile, then Hildesheim; or only the one named with --profile)
prints, per label, how many texts pass (no error), and per rule how often it fired in each label
as errors and warnings, then the ids of the texts that were judged wrongly. Entries with a label
other than ``leichte`` or ``standard`` are skipped with a note. The corpus is read, never copied.

Usage::

    python bench/leichte_sprache_eval.py ../shared/corpus/leichte-sprache-eval-v2.yaml [--profile hildesheim]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.leichte_sprache.evaluation import evaluate  # noqa: E402
from portal.leichte_sprache.profiles import PROFILES  # noqa: E402
from portal.leichte_sprache.rules import RULES_BY_ID  # noqa: E402

LEICHTE_TARGET = 0.85
STANDARD_TARGET = 0.95


def print_tables(result: dict) -> None:
    """The label table and the rule table of one evaluation, in Markdown."""
    print(f"## {result['profile_title']} (--profile {result['profile']})")
    print()
    print("| label | texts | pass (no error) | fail | rate |")
    print("|---|---|---|---|---|")
    leichte, standard = result["leichte_total"], result["standard_total"]
    print(
        f"| leichte | {leichte} | {result['leichte_passed']} | {leichte - result['leichte_passed']} "
        f"| {result['leichte_pass_rate']:.1%} pass (target {LEICHTE_TARGET:.0%}) |"
    )
    print(
        f"| standard | {standard} | {standard - result['standard_failed']} | {result['standard_failed']} "
        f"| {result['standard_fail_rate']:.1%} fail (target {STANDARD_TARGET:.0%}) |"
    )
    print()
    print("| rule | leichte: errors | leichte: warnings | standard: errors | standard: warnings |")
    print("|---|---|---|---|---|")
    counts = result["severity_counts"]
    for rule_id in RULES_BY_ID:
        if rule_id in result["skipped_rules"]:
            continue
        leichte_counts = counts["leichte"].get(rule_id, {})
        standard_counts = counts["standard"].get(rule_id, {})
        print(
            f"| {rule_id} | {leichte_counts.get('error', 0)} | {leichte_counts.get('warning', 0)} "
            f"| {standard_counts.get('error', 0)} | {standard_counts.get('warning', 0)} |"
        )
    print()
    print("Not judged (layout lost in the corpus): " + (", ".join(result["skipped_rules"]) or "none"))
    print("Leichte texts with errors: " + (", ".join(result["failed"]["leichte"]) or "none"))
    print("Standard texts without errors: " + (", ".join(result["standard_passed"]) or "none"))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="YAML file with entries of id, label (leichte|standard) and text")
    parser.add_argument("--profile", choices=sorted(PROFILES), help="only this profile (default: house profile and Hildesheim)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"Korpus nicht gefunden: {args.corpus}", file=sys.stderr)
        return 2
    profiles = [args.profile] if args.profile else list(PROFILES)
    for number, name in enumerate(profiles):
        try:
            result = evaluate(args.corpus, profile=name)
        except ValueError as error:
            print(error, file=sys.stderr)
            return 2
        if number == 0:
            print(f"Corpus: {args.corpus}")
            for entry_id, label in result["skipped"]:
                print(f"Skipped {entry_id}: label „{label}“ is neither leichte nor standard, or the entry has no text.")
            print()
        print_tables(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
