"""Every Leichte-Sprache rule: sentences that must fire and sentences that must not, in both profiles."""

from __future__ import annotations

import pytest

from portal.leichte_sprache import RULES, Severity, check_text, nlp
from portal.leichte_sprache.profiles import DEFAULT, PROFILES

GLOSSARY = frozenset({"WfbM"})

# (rule id, text, must fire?) with the house profile (Netzwerk Leichte Sprache).
CASES = [
    ("satzlaenge", "Sie arbeiten in einem Betrieb und bekommen dafür jeden Monat einen richtigen Lohn vom Chef.", True),
    ("satzlaenge", "Sie arbeiten in einem Betrieb.", False),
    ("satzlaenge", "Das heißt: Sie arbeiten jeden Tag in einem Betrieb mit vielen netten Kollegen.", False),
    ("satzlaenge", "Sie fragen z. B. beim Amt in Nr. 5 nach dem Geld.", False),
    ("satzlaenge", "So spricht man das: 36 tausend Menschen arbeiten in den Werkstätten vom Land.", False),
    ("eine-aussage", "Sie arbeiten im Betrieb und der Betrieb zahlt den Lohn.", True),
    ("eine-aussage", "Sie arbeiten und bekommen Geld.", True),
    ("eine-aussage", "Sie arbeiten, der Betrieb zahlt.", True),
    ("eine-aussage", "Sie bekommen Geld, weil Sie arbeiten.", True),
    ("eine-aussage", "Ich weiß, dass Sie arbeiten.", True),
    ("eine-aussage", "Wenn Sie Fragen haben, dann rufen Sie an.", True),
    ("eine-aussage", "Das sind Menschen, die in einer Werkstatt arbeiten.", True),
    ("eine-aussage", "Sie arbeiten im Betrieb.", False),
    ("eine-aussage", "Das heißt: Sie bekommen Geld.", False),
    ("eine-aussage", "Sie bekommen Hilfe und Geld.", False),
    ("eine-aussage", "Sie können arbeiten und Geld verdienen.", False),
    ("eine-aussage", "Sie haben das Recht, einen Antrag zu stellen.", False),
    ("eine-aussage", "Sie bekommen mehr als 3 Euro.", False),
    ("lange-woerter", "Die Eingliederungshilfe hilft Ihnen.", True),
    ("lange-woerter", "Sie bekommen einen Arbeitsvertrag.", True),
    ("lange-woerter", "Sie bekommen einen Arbeits-Vertrag.", False),
    ("lange-woerter", "Sie bekommen einen Arbeits·vertrag.", False),
    ("lange-woerter", "Sie sind ein Budget-Nehmer.", False),
    ("lange-woerter", "Sie suchen einen Arbeitsplatz auf dem Arbeitsmarkt.", False),
    ("lange-woerter", "Die Großmutter kocht.", False),
    ("lange-woerter", "Der Bus kommt.", False),
    ("trennzeichen", "Sie sind Budget-Nehmer.\nSie haben einen Arbeits·vertrag.", True),
    ("trennzeichen", "Sie sind Budget-Nehmer.\nSie haben einen Arbeits-Vertrag.", False),
    ("trennzeichen", "Sie sind Budget·nehmer.\nSie haben einen Arbeits·vertrag.", False),
    ("trennzeichen", "Sie sind Budget·nehmer.\nSchreiben Sie eine E-Mail.", False),
    ("trennzeichen", "Sie sind Budget·nehmer.\nMehr steht auf www.lvr.de/leichte-sprache.", False),
    ("trennzeichen", "Die Kreis·verwaltung ist in Baden-Württemberg.", False),
    ("kurze-woerter", "Hier gibt es Informationen.", True),
    ("kurze-woerter", "Hier gibt es Hilfe.", False),
    ("abkuerzungen", "Das gilt z. B. für Sie.", True),
    ("abkuerzungen", "Das gilt z.B. für Sie.", True),
    ("abkuerzungen", "Das steht im SGB.", True),
    ("abkuerzungen", "Wir sind die Lebenshilfe e. V.", True),
    ("abkuerzungen", "Sie arbeiten in einer WfbM.", False),
    ("abkuerzungen", "Das gilt zum Beispiel für Sie.", False),
    ("abkuerzungen", "Sie arbeiten in einer Werkstatt.", False),
    ("abkuerzungen", "Das ist das Bundes-Teilhabe-Gesetz.\nDie Abkürzung ist: BTHG.\nDas BTHG gilt seit 2018.", False),
    ("abkuerzungen", "BTHG heißt: Bundes-Teilhabe-Gesetz.\nDas BTHG gilt seit 2018.", False),
    ("abkuerzungen", "Die Buchstaben GdB stehen für: Grad der Behinderung.", False),
    ("abkuerzungen", "Wir sind die Lebenshilfe e. V.\ne. V. heißt: eingetragener Verein.", False),
    ("abkuerzungen", "Der LVR bezahlt das Geld.", False),
    ("abkuerzungen", "Das sind Nachrichten vom NDR.", False),
    ("abkuerzungen", "Schreiben Sie uns bei WhatsApp.", False),
    ("abkuerzungen", "Der Integrations-Fach-Dienst heißt auch: IFD.", False),
    ("abkuerzungen", "Das heißt: Das SGB gilt für Sie.", True),
    ("sonderzeichen", "Das steht im § 61.", True),
    ("sonderzeichen", "Sie und Ihr Chef (oder Ihre Chefin) reden.", True),
    ("sonderzeichen", "Das Wort heißt „Budget“.", True),
    ("sonderzeichen", "Hilfe & Geld gibt es hier.", True),
    ("sonderzeichen", "Sie arbeiten; der Betrieb zahlt.", True),
    ("sonderzeichen", "Sie bekommen 75 % vom Lohn.", True),
    ("sonderzeichen", "Das Wort heißt: Budget.", False),
    ("sonderzeichen", "Schreiben Sie an info@example.org.", False),
    ("zahlwoerter", "Sie haben drei Termine.", True),
    ("zahlwoerter", "Tausend Menschen waren dabei.", True),
    ("zahlwoerter", "Sie haben 3 Termine.", False),
    ("zahlwoerter", "Sie haben einen Termin.", False),
    ("zahlwoerter", "Dort waren 10 tausend Menschen dabei.", False),
    ("zahlwoerter", "Geben Sie gut Acht.", False),
    ("grosse-zahlen", "Es gibt 12000 Euro.", True),
    ("grosse-zahlen", "Es gibt 12.000 Euro.", False),
    ("grosse-zahlen", "Das war im Jahr 2026.", False),
    ("grosse-zahlen", "12000 Menschen waren da.", True),
    ("grosse-zahlen", "Die Adresse ist: Ottoplatz 2, 50679 Köln.", False),
    ("grosse-zahlen", "Rufen Sie an: 0221 8090.", False),
    ("grosse-zahlen", "Die Telefon-Nummer ist: 809 12345.", False),
    ("prozent", "Sie bekommen 75 Prozent vom Lohn.", True),
    ("prozent", "Sie bekommen drei Viertel vom Lohn.", False),
    ("roemische-zahlen", "Das steht im Buch IX.", True),
    ("roemische-zahlen", "Das steht im Buch 9.", False),
    ("roemische-zahlen", "Ich bin da.", False),
    ("roemische-zahlen", "Das sind Nachrichten vom MDR.", False),
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


def _severities(text: str, rule: str, profile: str | None = None) -> list[Severity]:
    return [finding.severity for finding in check_text(text, profile=profile) if finding.rule == rule]


# The house profile: errors only where the sources agree, warnings where they disagree.
THIRTEEN_WORDS = "Sie arbeiten jeden Tag in einem großen Betrieb mit vielen netten Kollegen zusammen."
SIXTEEN_WORDS = "Sie arbeiten jeden Tag von morgens bis abends in einem großen Betrieb mit vielen Kollegen zusammen."
TWELVE_WORDS = "Sie arbeiten jeden Tag in einem großen Betrieb mit netten Kollegen zusammen."
NINE_WORDS = "Sie arbeiten jeden Tag in einem großen Betrieb mit."


@pytest.mark.parametrize(
    ("text", "words"), [(TWELVE_WORDS, 12), (THIRTEEN_WORDS, 13), (SIXTEEN_WORDS, 16), (NINE_WORDS, 9)], ids=["12", "13", "16", "9"]
)
def test_the_example_sentences_have_the_word_counts_they_claim(text: str, words: int) -> None:
    assert len([token for token in text.rstrip(".").split()]) == words


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        (None, TWELVE_WORDS, []),
        (None, THIRTEEN_WORDS, [Severity.WARNING]),
        (None, SIXTEEN_WORDS, [Severity.ERROR]),
        ("hildesheim", NINE_WORDS, [Severity.WARNING]),
        ("hildesheim", THIRTEEN_WORDS, [Severity.ERROR]),
    ],
    ids=["haus-12-still", "haus-13-warnung", "haus-16-fehler", "hildesheim-9-warnung", "hildesheim-13-fehler"],
)
def test_sentence_length_is_graded_by_profile(profile, text: str, expected: list[Severity]) -> None:
    assert _severities(text, "satzlaenge", profile) == expected


@pytest.mark.parametrize(
    ("text", "house", "hildesheim"),
    [
        ("Wenn Sie Fragen haben, dann rufen Sie an.", [Severity.WARNING], [Severity.ERROR]),
        ("Das sind Menschen, die in einer Werkstatt arbeiten.", [Severity.WARNING], [Severity.ERROR]),
        ("Sie arbeiten im Betrieb und der Betrieb zahlt den Lohn.", [Severity.WARNING], [Severity.ERROR]),
        ("Sie bekommen Hilfe und Geld.", [], []),
        ("Haben Sie Fragen? Dann rufen Sie an.", [], []),
    ],
    ids=["wenn-dann", "relativsatz", "zwei-hauptsaetze", "und-zwischen-woertern", "frage-und-antwort"],
)
def test_one_statement_is_a_warning_in_the_house_profile_and_an_error_in_hildesheim(text: str, house, hildesheim) -> None:
    assert _severities(text, "eine-aussage") == house
    assert _severities(text, "eine-aussage", "hildesheim") == hildesheim


def test_wenn_dann_names_the_clause_and_the_way_out() -> None:
    (finding,) = [f for f in check_text("Wenn Sie Fragen haben, dann rufen Sie an.") if f.rule == "eine-aussage"]
    assert "„Wenn … haben“" in finding.message and "Haben Sie Fragen? Dann rufen Sie an." in finding.message


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("Arbeitsmarkt", 3),
        ("Haushalt", 2),
        ("Arbeitsplatz", 3),
        ("Arbeitsvertrag", 4),
        ("Arbeitsassistenz", 5),
        ("Eingliederungshilfe", 6),
        ("Bundesgleichstellungsgesetz", 7),
        ("Situation", 5),
        ("Qualität", 3),
        ("Steuer", 2),
        ("Feier", 2),
        ("Idee", 2),
        ("Häuser", 2),
        ("Budget", 2),
        ("Werkstatt", 2),
        ("Arbeits·vertrag", 4),
        ("Budget-Nehmer", 4),
        ("Bus", 1),
    ],
)
def test_syllables_are_spoken_syllables(word: str, count: int) -> None:
    assert nlp.syllables(word) == count


@pytest.mark.parametrize(
    ("text", "house", "hildesheim"),
    [
        ("Sie suchen einen Arbeitsplatz.", [], [Severity.WARNING]),
        ("Sie bekommen einen Arbeitsvertrag.", [Severity.WARNING], [Severity.ERROR]),
        ("Sie bekommen eine Arbeitsassistenz.", [Severity.ERROR], [Severity.ERROR]),
        ("Die Eingliederungshilfe zahlt.", [Severity.ERROR], [Severity.ERROR]),
        ("Die Eingliederungs-Hilfe zahlt.", [], []),
        ("Die Eingliederungs·hilfe zahlt.", [], []),
    ],
    ids=["3-silben", "4-silben", "5-silben", "6-silben", "binde-strich", "medio-punkt"],
)
def test_compounds_are_graded_by_syllables_and_profile(text: str, house, hildesheim) -> None:
    assert _severities(text, "lange-woerter") == house
    assert _severities(text, "lange-woerter", "hildesheim") == hildesheim


def test_long_word_message_names_the_syllables_and_a_split() -> None:
    (finding,) = [f for f in check_text("Die Eingliederungshilfe zahlt.") if f.rule == "lange-woerter"]
    assert "6 Silben" in finding.message and "Eingliederungs-Hilfe" in finding.message


@pytest.mark.parametrize(
    ("text", "house", "hildesheim"),
    [
        ("Das Wort heißt „Budget“.", [Severity.WARNING, Severity.WARNING], [Severity.WARNING, Severity.WARNING]),
        ("Die Frau sagt: „Ich komme morgen.“", [Severity.WARNING, Severity.WARNING], []),
        ("Das steht im § 61.", [Severity.ERROR], [Severity.ERROR]),
        ("Sie und Ihr Chef (oder Ihre Chefin) reden.", [Severity.ERROR, Severity.ERROR], [Severity.ERROR, Severity.ERROR]),
    ],
    ids=["anfuehrungszeichen", "direkte-rede", "paragraf", "klammern"],
)
def test_quotation_marks_are_warnings_and_direct_speech_is_fine_in_hildesheim(text: str, house, hildesheim) -> None:
    assert _severities(text, "sonderzeichen") == house
    assert _severities(text, "sonderzeichen", "hildesheim") == hildesheim


@pytest.mark.parametrize(
    ("rule", "text"),
    [("passiv", "Der Antrag wird vom Amt geprüft."), ("konjunktiv", "Das würde Ihnen helfen.")],
)
def test_passive_and_subjunctive_are_errors_only_in_hildesheim(rule: str, text: str) -> None:
    assert _severities(text, rule) == [Severity.WARNING]
    assert _severities(text, rule, "hildesheim") == [Severity.ERROR]


@pytest.mark.parametrize(
    "text",
    [
        "Das Amt prüft den Antrag.\nDie Abkürzung ist: SGB.",  # explained in the text
        "BTHG bedeutet: Bundes-Teilhabe-Gesetz.",
        "Das Kurz-Wort ist KBA.",
        "Die Nachrichten kommen vom MDR.",  # a broadcaster's name
        "Der KVJS hilft Ihnen.",  # an organisation's name
        "Die Toilette heißt auch WC.",  # a short form the guides call known
    ],
)
def test_explained_or_named_abbreviations_have_no_finding(text: str) -> None:
    assert not [f for f in check_text(text) if f.rule == "abkuerzungen"]


def test_unexplained_abbreviation_is_an_error_and_says_how_to_explain_it() -> None:
    (finding,) = [f for f in check_text("Das steht im BTHG.") if f.rule == "abkuerzungen"]
    assert finding.severity is Severity.ERROR and "Die Abkürzung ist: BTHG." in finding.message


def test_glossary_terms_explain_abbreviations() -> None:
    assert not [f for f in check_text("Das steht im BTHG.", glossary=frozenset({"BTHG"})) if f.rule == "abkuerzungen"]


def test_unknown_profile_is_refused_with_the_allowed_names() -> None:
    with pytest.raises(ValueError, match="hildesheim"):
        check_text("Das ist gut.", profile="streng")


def test_house_profile_is_the_default() -> None:
    assert check_text(SIXTEEN_WORDS) == check_text(SIXTEEN_WORDS, profile="netzwerk")
    assert PROFILES["netzwerk"] is DEFAULT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir treffen uns um 9:00 Uhr.", []),
        ("Wir sind von 9:00 bis 12:00 Uhr da.", []),
        ("Wir treffen uns um 9 Uhr.", [Severity.WARNING]),
        ("Wir treffen uns um 09:00 Uhr.", [Severity.ERROR]),
        ("Wir treffen uns um 9.00 Uhr.", [Severity.ERROR]),
        ("Um 9:00 treffen wir uns.", [Severity.ERROR]),
    ],
    ids=["richtig", "von-bis", "volle-stunde", "null-vorne", "punkt", "ohne-uhr"],
)
def test_times_in_the_plain_form(text: str, expected) -> None:
    assert _severities(text, "uhrzeit") == expected


@pytest.mark.parametrize("name", ["NDR", "MDR", "LVR", "LWL", "BMAS", "KVJS", "AWO"])
def test_names_in_the_list_are_no_abbreviations(name: str) -> None:
    from portal.leichte_sprache.names import NAMES

    assert name in NAMES
    assert not [f for f in check_text(f"Das sagt der {name}.") if f.rule in ("abkuerzungen", "roemische-zahlen")]
