"""Markdown handling, line numbers, allowances in front matter, the CLI and the corpus evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.leichte_sprache import Allowance, Severity, check_page, check_text, format_finding
from portal.leichte_sprache.cli import main
from portal.leichte_sprache.evaluation import evaluate

# shared/ lies beside the repository (CI clones main next to it).
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "leichte-sprache-eval.yaml"
PAGE = """---
title: Test
leichte_sprache:
  allow:
    - rule: lange-woerter
      word: Eingliederungshilfe
      reason: Fachwort, im Wörterbuch erklärt
---

# Die Eingliederungshilfe

<!-- Ein Kommentar mit 01.03.2026 und drei Sätzen. Noch einer. -->

Sie bekommen [drei Termine](termine.md) beim **Amt**.

```
Code mit 01.03.2026 wird nicht geprüft.
```

- Ein Punkt mit einer Windschutzscheibe.
"""


def _rules_by_line(findings):
    return {(finding.line, finding.rule) for finding in findings}


def test_line_numbers_follow_the_markdown_source() -> None:
    findings = check_page(PAGE, "content/leichte-sprache/x.md")
    assert (14, "zahlwoerter") in _rules_by_line(findings)
    assert (20, "lange-woerter") in _rules_by_line(findings)


def test_comments_code_and_link_targets_are_not_checked() -> None:
    findings = check_page(PAGE, "x.md")
    assert not [f for f in findings if f.rule == "datum"]
    assert not [f for f in findings if "termine.md" in f.message]


def test_allowance_in_front_matter_silences_only_its_word() -> None:
    findings = check_page(PAGE, "x.md")
    long_words = [word for f in findings if f.rule == "lange-woerter" for word in f.words]
    assert "Eingliederungshilfe" not in long_words
    assert "Windschutzscheibe" in long_words


def test_allowance_without_reason_is_an_error() -> None:
    page = "---\nleichte_sprache:\n  allow:\n    - rule: lange-woerter\n      word: Eingliederungshilfe\n---\nDas ist gut.\n"
    (finding,) = check_page(page, "x.md")
    assert finding.rule == "front-matter" and finding.severity is Severity.ERROR and "reason" in finding.message


def test_allowance_for_unknown_rule_lists_the_rules() -> None:
    page = "---\nleichte_sprache:\n  allow:\n    - {rule: gibtsnicht, word: x, reason: y}\n---\nDas ist gut.\n"
    (finding,) = check_page(page, "x.md")
    assert "satzlaenge" in finding.message


def test_check_text_takes_allowances() -> None:
    allow = [Allowance("verneinung", "nicht", "Wichtiger Hinweis")]
    assert not check_text("Das ist nicht schwer.", allow=allow)


def test_abbreviation_defined_on_the_page_counts_as_explained() -> None:
    page = "Das steht im SGB.\n\n*[SGB]: Sozial-Gesetz-Buch\n"
    assert not [f for f in check_text(page) if f.rule == "abkuerzungen"]


def test_format_finding() -> None:
    (finding,) = [f for f in check_page(PAGE, "content/leichte-sprache/x.md") if f.rule == "zahlwoerter"]
    assert format_finding(finding).startswith("content/leichte-sprache/x.md:14 [zahlwoerter] Fehler: ")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Sie arbeiten im Betrieb.\n", 0), ("Sie haben drei Termine.\n", 1), ("Das ist nicht schwer.\n", 0)],
    ids=["sauber", "fehler", "nur-warnung"],
)
def test_cli_exit_code(tmp_path, capsys, text: str, code: int) -> None:
    (tmp_path / "seite.md").write_text(text, encoding="utf-8")
    assert main([str(tmp_path)]) == code
    output = capsys.readouterr().out
    assert "1 Seite geprüft" in output
    if text.startswith("Das ist nicht"):
        assert "Warnung" in output


def test_cli_missing_path_fails(tmp_path) -> None:
    assert main([str(tmp_path / "fehlt.md")]) == 1


@pytest.fixture(scope="module")
def evaluation() -> dict:
    assert CORPUS.exists(), f"Das Bewertungskorpus fehlt: {CORPUS} (../shared neben dem Repository)"
    return evaluate(CORPUS)


def test_standard_texts_fail(evaluation) -> None:
    assert evaluation["standard_fail_rate"] >= 0.90


def test_leichte_texts_pass_at_least_at_the_measured_rate(evaluation) -> None:
    """Regression guard, not the goal: the issue asks for 85 %; with thresholds taken
    from the rules' sources 13 of 26 published texts pass (2026-11-23). The other
    texts break rules the sources make mandatory (Wenn-Nebensätze, unsplit compounds,
    quotation marks, numbers as words); the thresholds are not fitted to the corpus."""
    assert evaluation["leichte_pass_rate"] >= 0.5


def test_evaluation_script_prints_the_table_per_label_and_rule(capsys):
    import importlib.util

    script = Path(__file__).resolve().parents[3] / "bench" / "leichte_sprache_eval.py"
    spec = importlib.util.spec_from_file_location("leichte_sprache_eval", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(CORPUS)]) == 0
    out = capsys.readouterr().out
    result = evaluate(CORPUS)
    passed = round(result["leichte_pass_rate"] * result["leichte_total"])
    assert f"| leichte | {result['leichte_total']} | {passed} |" in out
    failed = round(result["standard_fail_rate"] * result["standard_total"])
    assert f"| standard | {result['standard_total']} | {result['standard_total'] - failed} | {failed} | {result['standard_fail_rate']:.1%} fail" in out
    assert f"| satzlaenge | error | {result['rule_counts']['leichte']['satzlaenge']} | {result['rule_counts']['standard']['satzlaenge']} |" in out
    assert module.main(["/nonexistent/corpus.yaml"]) == 2


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Das Treffen war am 18. März 2025 in Berlin. Es war schön.", ["Das Treffen war am 18. März 2025 in Berlin.", "Es war schön."]),
        ("Es gibt z. B. Kaffee. Oder Tee!", ["Es gibt z. B. Kaffee.", "Oder Tee!"]),
        ("Wir sagen: „Hallo.“ Dann gehen wir", ["Wir sagen: „Hallo.“", "Dann gehen wir"]),
        ("  Eine   Zeile\n  ohne Punkt  ", ["Eine Zeile ohne Punkt"]),
        ("", []),
    ],
    ids=["datum", "abkuerzung", "zitat", "ohne-punkt", "leer"],
)
def test_summaries_are_cut_into_lines_by_the_checkers_sentence_rules(text, lines):
    from portal.leichte_sprache.fields import sentences

    assert sentences(text) == lines
