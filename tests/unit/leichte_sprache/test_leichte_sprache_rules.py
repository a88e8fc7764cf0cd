"""Every Leichte-Sprache rule: sentences that must fire and sentences that must not."""

from __future__ import annotations

import pytest

from portal.leichte_sprache import RULES, Severity, check_text

GLOSSARY = frozenset({"WfbM"})

# (rule id, text, must fire?)
CASES = [
    ("satzlaenge", "Sie arbeiten in einem Betrieb und bekommen dafür jeden Monat einen richtigen Lohn vom Chef.", True),
    ("satzlaenge", "Sie arbeiten in einem Betrieb.", False),
    ("satzlaenge", "Das heißt: Sie arbeiten jeden Tag in einem Betrieb mit vielen netten Kollegen.", False),
    ("satzlaenge", "Sie fragen z. B. beim Amt in Nr. 5 nach dem Geld.", False),
    ("eine-aussage", "Sie arbeiten im Betrieb und der Betrieb zahlt den Lohn.", True),
    ("eine-aussage", "Sie bekommen Geld, weil Sie arbeiten.", True),
    ("eine-aussage", "Ich weiß, dass Sie arbeiten.", True),
    ("eine-aussage", "Sie arbeiten im Betrieb.", False),
    ("eine-aussage", "Das heißt: Sie bekommen Geld.", False),
    ("eine-aussage", "Sie bekommen Hilfe und Geld.", False),
    ("lange-woerter", "Die Eingliederungshilfe hilft Ihnen.", True),
    ("lange-woerter", "Sie bekommen einen Arbeitsvertrag.", True),
    ("lange-woerter", "Sie bekommen einen Arbeits-Vertrag.", False),
    ("lange-woerter", "Sie bekommen einen Arbeits·vertrag.", False),
    ("lange-woerter", "Sie sind ein Budget-Nehmer.", False),
    ("lange-woerter", "Die Großmutter kocht.", False),
    ("lange-woerter", "Der Bus kommt.", False),
    ("trennzeichen", "Sie sind Budget-Nehmer.\nSie haben einen Arbeits·vertrag.", True),
    ("trennzeichen", "Sie sind Budget-Nehmer.\nSie haben einen Arbeits-Vertrag.", False),
    ("trennzeichen", "Sie sind Budget·nehmer.\nSie haben einen Arbeits·vertrag.", False),
    ("trennzeichen", "Sie sind Budget·nehmer.\nSchreiben Sie eine E-Mail.", False),
    ("kurze-woerter", "Hier gibt es Informationen.", True),
    ("kurze-woerter", "Hier gibt es Hilfe.", False),
    ("abkuerzungen", "Das gilt z. B. für Sie.", True),
    ("abkuerzungen", "Das gilt z.B. für Sie.", True),
    ("abkuerzungen", "Das steht im SGB.", True),
    ("abkuerzungen", "Sie arbeiten in einer WfbM.", False),
    ("abkuerzungen", "Das gilt zum Beispiel für Sie.", False),
    ("abkuerzungen", "Sie arbeiten in einer Werkstatt.", False),
    ("sonderzeichen", "Das steht im § 61.", True),
    ("sonderzeichen", "Sie und Ihr Chef (oder Ihre Chefin) reden.", True),
    ("sonderzeichen", "Das Wort heißt „Budget“.", True),
    ("sonderzeichen", "Hilfe & Geld gibt es hier.", True),
    ("sonderzeichen", "Das Wort heißt: Budget.", False),
    ("zahlwoerter", "Sie haben drei Termine.", True),
    ("zahlwoerter", "Sie haben 3 Termine.", False),
    ("zahlwoerter", "Sie haben einen Termin.", False),
    ("grosse-zahlen", "Es gibt 12000 Euro.", True),
    ("grosse-zahlen", "Es gibt 12.000 Euro.", False),
    ("grosse-zahlen", "Das war im Jahr 2026.", False),
    ("prozent", "Sie bekommen 75 Prozent vom Lohn.", True),
    ("prozent", "Sie bekommen drei Viertel vom Lohn.", False),
    ("roemische-zahlen", "Das steht im Buch IX.", True),
    ("roemische-zahlen", "Das steht im Buch 9.", False),
    ("roemische-zahlen", "Ich bin da.", False),
    ("datum", "Der Termin ist am 01.03.2026.", True),
    ("datum", "Der Termin ist am 2026-03-01.", True),
    ("datum", "Der Termin ist am 1. Mär. 2026.", True),
    ("datum", "Der Termin ist am 1. März 2026.", False),
    ("uhrzeit", "Wir treffen uns um 9 Uhr.", True),
    ("uhrzeit", "Wir treffen uns um 9.00 Uhr.", True),
    ("uhrzeit", "Wir treffen uns um 09:00 Uhr.", True),
    ("uhrzeit", "Wir treffen uns um 9:00 Uhr.", False),
    ("passiv", "Der Antrag wird vom Amt geprüft.", True),
    ("passiv", "Der Antrag wurde geprüft.", True),
    ("passiv", "Das Amt prüft den Antrag.", False),
    ("passiv", "Die Frau wird bald ein Kind bekommen.", False),
    ("passiv", "Es wird kalt.", False),
    ("konjunktiv", "Das würde Ihnen helfen.", True),
    ("konjunktiv", "Sie könnten fragen.", True),
    ("konjunktiv", "Das wäre gut.", True),
    ("konjunktiv", "Sie können fragen.", False),
    ("konjunktiv", "Ich möchte helfen.", False),
    ("genitiv", "Das ist das Haus des Lehrers.", True),
    ("genitiv", "Wegen des Wetters bleiben wir hier.", True),
    ("genitiv", "Das ist die Hälfte der Kosten.", True),
    ("genitiv", "Das ist das Haus von dem Lehrer.", False),
    ("genitiv", "Dieses Haus ist groß.", False),
    ("genitiv", "Der Lehrer wohnt hier.", False),
    ("verneinung", "Das ist nicht schwer.", True),
    ("verneinung", "Sie bekommen keine Hilfe.", True),
    ("verneinung", "Das ist leicht.", False),
    ("satz-pro-zeile", "Sie arbeiten. Sie bekommen Geld.", True),
    ("satz-pro-zeile", "Sie arbeiten.\nSie bekommen Geld.", False),
    ("satz-pro-zeile", "Wenn Sie Fragen haben,\nrufen Sie an.", False),
    ("satz-pro-zeile", "Das gilt z. B. für Sie.", False),
    ("satz-pro-zeile", "Das Treffen ist am 1. März 2026.", False),
    ("satz-pro-zeile", "Das Treffen ist in Raum Nr. 5 im Haus.", False),
]


def _case_id(case) -> str:
    rule, text, fires = case
    return f"{rule}-{'meldet' if fires else 'still'}-{text[:40]}"


@pytest.mark.parametrize(("rule", "text", "fires"), CASES, ids=[_case_id(case) for case in CASES])
def test_rule(rule: str, text: str, fires: bool) -> None:
    fired = [finding for finding in check_text(text, glossary=GLOSSARY) if finding.rule == rule]
    assert bool(fired) is fires, fired


def test_every_rule_has_cases_both_ways() -> None:
    for rule in RULES:
        outcomes = {fires for rule_id, _, fires in CASES if rule_id == rule.id}
        assert outcomes == {True, False}, rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_metadata(rule) -> None:
    assert rule.id and rule.title and rule.source
    assert isinstance(rule.severity, Severity)


def test_message_names_the_word_and_a_fix() -> None:
    (finding,) = [f for f in check_text("Sie haben drei Termine.") if f.rule == "zahlwoerter"]
    assert "„drei“" in finding.message and "3" in finding.message
    assert finding.words == ("drei",)


def test_z_b_inside_a_sentence_does_not_end_it() -> None:
    findings = check_text("Sie fragen z. B. beim Amt nach dem Geld und der Chef hilft Ihnen dabei sehr gern.")
    (length,) = [f for f in findings if f.rule == "satzlaenge"]
    assert "17 Wörter" in length.message
