"""Only visible text is checked, split into blocks that no sentence crosses, with source lines."""

from __future__ import annotations

import dataclasses

import pytest

from portal.leichte_sprache import Finding, check_page, check_text
from portal.leichte_sprache.markdown import visible_text
from portal.leichte_sprache.sentences import split_sentences


def _sentences(source: str, *, front_matter: bool = False) -> list[tuple[int, str]]:
    blocks = visible_text(source, has_front_matter=front_matter).blocks
    return [(sentence.first_line, " ".join(token.text for token in sentence.words)) for sentence in split_sentences(blocks)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# Über **uns**\nDas ist gut.\n", [(1, "Über uns"), (2, "Das ist gut")]),
        ("- Punkt eins\n- Punkt zwei\n", [(1, "Punkt eins"), (2, "Punkt zwei")]),
        ("Das ist [ein Link](https://example.org/a.b.c).\n", [(1, "Das ist ein Link")]),
        ("Das ist *wichtig* und __klar__.\n", [(1, "Das ist wichtig und klar")]),
        ("<!-- Ein\nlanger Kommentar. -->\nDas ist gut.\n", [(3, "Das ist gut")]),
        ("```\nCode. Code.\n```\nDas ist gut.\n", [(4, "Das ist gut")]),
        ("Das ist `code.x` gut.\n", [(1, "Das ist gut")]),
        ("| Wer | Was |\n| --- | --- |\n| Amt | Geld |\n", [(1, "Wer"), (1, "Was"), (3, "Amt"), (3, "Geld")]),
        ('!!! note "Wichtig"\n    Das ist gut.\n', [(1, "Wichtig"), (2, "Das ist gut")]),
        ("Das ist gut.\n{: .portal-source }\n", [(1, "Das ist gut")]),
        ("Wenn Sie Fragen haben,\nrufen Sie an.\n", [(1, "Wenn Sie Fragen haben rufen Sie an")]),
        ("Das gilt z. B. für Sie.\n", [(1, "Das gilt z B für Sie")]),
        ("Am 1. März 2026 ist das Treffen.\n", [(1, "Am 1 März 2026 ist das Treffen")]),
        ("Sie wohnen in Nr. 5. Das ist gut.\n", [(1, "Sie wohnen in Nr 5"), (1, "Das ist gut")]),
    ],
    ids=[
        "ueberschrift",
        "liste",
        "link",
        "betonung",
        "html-kommentar",
        "code-block",
        "inline-code",
        "tabelle",
        "hinweis-kasten",
        "attribut-liste",
        "satz-ueber-zwei-zeilen",
        "z-b-im-satz",
        "datum-mit-ordinalzahl",
        "nr-im-satz",
    ],
)
def test_visible_sentences(source: str, expected: list[tuple[int, str]]) -> None:
    assert _sentences(source) == expected


def test_front_matter_is_skipped_but_counted_in_line_numbers() -> None:
    assert _sentences("---\ntitle: Drei Sätze. Hier.\n---\n\nDas ist gut.\n", front_matter=True) == [(5, "Das ist gut")]


def test_finding_line_is_the_line_of_the_word_in_a_wrapped_sentence() -> None:
    findings = check_text("Wenn Sie Fragen haben,\nrufen Sie drei Mal an.\n")
    (finding,) = [f for f in findings if f.rule == "zahlwoerter"]
    assert finding.line == 2


def test_finding_is_frozen() -> None:
    (finding,) = [f for f in check_page("Das ist nicht gut.\n", "x.md") if f.rule == "verneinung"]
    assert isinstance(finding, Finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.line = 3  # type: ignore[misc]
