"""Markdown handling, line numbers, allowances in front matter, the CLI and the corpus evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from portal.leichte_sprache import Allowance, Severity, check_page, check_text, format_finding
from portal.leichte_sprache.cli import main
from portal.leichte_sprache.evaluation import evaluate

ROOT = Path(__file__).resolve().parents[3]
# shared/ lies beside the repository (CI clones main next to it).
CORPUS = ROOT.parent / "shared" / "corpus" / "leichte-sprache-eval-v2.yaml"
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


def test_cli_takes_the_hildesheim_profile(tmp_path, capsys) -> None:
    (tmp_path / "seite.md").write_text("Wenn Sie Fragen haben, dann rufen Sie an.\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "[eine-aussage] Warnung" in capsys.readouterr().out
    assert main(["--profile", "hildesheim", str(tmp_path)]) == 1
    output = capsys.readouterr().out
    assert "[eine-aussage] Fehler" in output and "Hildesheimer Profil" in output


def test_portal_cli_passes_the_checkers_options_through(tmp_path, capsys) -> None:
    from portal.cli import main as portal_main

    (tmp_path / "seite.md").write_text("Der Antrag wird vom Amt geprüft.\n", encoding="utf-8")
    assert portal_main(["leichte-sprache", str(tmp_path)]) == 0
    assert portal_main(["leichte-sprache", "--profile", "hildesheim", str(tmp_path)]) == 1
    assert "[passiv] Fehler" in capsys.readouterr().out


@pytest.fixture(scope="module")
def evaluation() -> dict:
    assert CORPUS.exists(), f"Das Bewertungskorpus fehlt: {CORPUS} (../shared neben dem Repository)"
    return evaluate(CORPUS)


def test_house_profile_meets_the_targets_on_the_corpus(evaluation) -> None:
    """Issue 14: at least 85 % of the published Leichte-Sprache texts pass (no error) and at least
    95 % of the standard texts fail, with the house profile. The thresholds come from the rule
    sources (PROFILE.md), not from the corpus; a separate unseen set is checked with the same targets."""
    assert evaluation["profile"] == "netzwerk"
    assert evaluation["leichte_total"] >= 30 and evaluation["standard_total"] >= 30
    assert evaluation["leichte_pass_rate"] >= 0.85, evaluation["failed"]["leichte"]
    assert evaluation["standard_fail_rate"] >= 0.95, evaluation["standard_passed"]


def test_hildesheim_profile_is_stricter_on_the_same_corpus(evaluation) -> None:
    strict = evaluate(CORPUS, profile="hildesheim")
    assert strict["profile"] == "hildesheim"
    assert strict["standard_fail_rate"] >= evaluation["standard_fail_rate"]
    assert strict["leichte_pass_rate"] <= evaluation["leichte_pass_rate"]
    assert set(evaluation["failed"]["leichte"]) <= set(strict["failed"]["leichte"])


def _eval_script():
    import importlib.util

    script = ROOT / "bench" / "leichte_sprache_eval.py"
    spec = importlib.util.spec_from_file_location("leichte_sprache_eval", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluation_script_prints_both_tables_per_label_and_rule(capsys, evaluation):
    module = _eval_script()
    assert module.main([str(CORPUS)]) == 0
    out = capsys.readouterr().out
    for result in (evaluation, evaluate(CORPUS, profile="hildesheim")):
        section = out.split(f"(--profile {result['profile']})", 1)[1].split("## ", 1)[0]
        leichte, standard = result["leichte_total"], result["standard_total"]
        assert f"| leichte | {leichte} | {result['leichte_passed']} | {leichte - result['leichte_passed']} | {result['leichte_pass_rate']:.1%} pass" in section
        assert f"| standard | {standard} | {standard - result['standard_failed']} | {result['standard_failed']} | {result['standard_fail_rate']:.1%} fail" in section
        counts = {label: result["severity_counts"][label].get("satzlaenge", {}) for label in ("leichte", "standard")}
        row = " | ".join(str(counts[label].get(severity, 0)) for label in ("leichte", "standard") for severity in ("error", "warning"))
        assert f"| satzlaenge | {row} |" in section
    assert module.main(["/nonexistent/corpus.yaml"]) == 2


def test_entries_with_other_labels_are_skipped_with_a_note(tmp_path, capsys):
    corpus = tmp_path / "korpus.yaml"
    corpus.write_text(
        "entries:\n"
        "  - {id: a, label: leichte, text: Sie arbeiten im Betrieb.}\n"
        "  - {id: b, label: standard, text: 'Die Eingliederungshilfe (§ 90 SGB IX) wird gewährt.'}\n"
        "  - {id: c, label: einfach, text: Ein Text in Einfacher Sprache.}\n",
        encoding="utf-8",
    )
    result = evaluate(corpus)
    assert result["skipped"] == [("c", "einfach")]
    assert (result["leichte_total"], result["standard_total"]) == (1, 1)
    assert (result["leichte_pass_rate"], result["standard_fail_rate"]) == (1.0, 1.0)
    assert _eval_script().main([str(corpus), "--profile", "netzwerk"]) == 0
    out = capsys.readouterr().out
    assert "Skipped c: label „einfach“" in out and "Hildesheim" not in out
    corpus.write_text("version: 3\n", encoding="utf-8")
    assert _eval_script().main([str(corpus)]) == 2
    assert "entries" in capsys.readouterr().err


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


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Darum gibt es Schulungen.\nzugangswerk ist ein Verein.", 2),  # a name in lower case on a new line
        ("Es gibt z. B.\nviele Hefte.", 1),  # a known abbreviation at the end of a line
        ("So spricht man das: 36 tausend\nDer Verein gibt Geld.", 2),  # a line without a mark, then a sentence start
        ("Sie bekommen Geld vom\nInklusions-Amt.", 1),  # a noun continues the sentence
        ("Wir rufen\nSie an.", 1),  # the polite "Sie" continues the sentence
    ],
    ids=["punkt-am-zeilenende", "abkuerzung-am-zeilenende", "zeile-ohne-punkt", "nomen-am-zeilenanfang", "sie-am-zeilenanfang"],
)
def test_line_breaks_of_leichte_sprache_layout_end_sentences(text, sentences):
    from portal.leichte_sprache.markdown import visible_text
    from portal.leichte_sprache.sentences import split_sentences

    assert len(split_sentences(visible_text(text, has_front_matter=False).blocks)) == sentences


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Mehr steht auf www.lvr.de/leichte-sprache.", "www.lvr.de/leichte-sprache"),
        ("Schreiben Sie an info@lebenshilfe-witten.de.", "info@lebenshilfe-witten.de"),
        ("Die Seite https://www.example.org/a?b=1 hilft.", "https://www.example.org/a?b=1"),
        ("Mehr steht auf lebenshilfe.de/leichte-sprache.", "lebenshilfe.de/leichte-sprache"),
    ],
)
def test_addresses_are_one_word_and_no_special_characters(text, token):
    from portal.leichte_sprache.sentences import split_text

    assert not [finding for finding in check_text(text) if finding.severity is Severity.ERROR]
    assert token in split_text(text)[0]
