"""A published site has an Impressum: a release build stops while § 5 DDG details are missing; a preview builds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from portal.build import RELEASE_ENV, Build, is_release
from portal.core.clock import BERLIN
from portal.core.errors import DataError
from portal.rendering.operator import NATURAL_PERSON, missing_release_fields, operator_details, release_problems

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 30, 12, tzinfo=BERLIN)
# Invented operator (tests only).
ASSOCIATION = {
    "name": "Beispielverein Teilhabe",
    "legal_form": "eingetragener Verein",
    "street": "Musterweg 1",
    "postal_code": "12345",
    "town": "Musterstadt",
    "email": "kontakt@example.org",
    "represented_by": "Erika Beispiel (Vorsitzende)",
    "register": "Vereinsregister Amtsgericht Musterstadt, VR 0000",
}


def test_a_complete_legal_person_may_be_published():
    assert missing_release_fields(ASSOCIATION) == []
    assert release_problems(ASSOCIATION) == []


def test_a_natural_person_needs_no_representative():
    person = {key: value for key, value in ASSOCIATION.items() if key not in ("represented_by", "register")}
    assert missing_release_fields({**person, "legal_form": NATURAL_PERSON}) == []


@pytest.mark.parametrize(
    ("drop", "missing"),
    [
        ("name", ["name"]),
        ("street", ["street"]),
        ("email", ["email"]),
        ("legal_form", ["legal_form"]),
        ("represented_by", ["represented_by"]),
    ],
)
def test_each_missing_detail_is_named(drop, missing):
    operator = {key: value for key, value in ASSOCIATION.items() if key != drop}
    assert missing_release_fields(operator) == missing


def test_the_message_is_german_and_names_file_line_field_and_fix():
    config = "extra:\n  generator: false\n  operator: {}\n"
    problems = release_problems({}, config)
    assert [problem.field for problem in problems] == [f"extra.operator.{key}" for key in ("name", "legal_form", "street", "postal_code", "town", "email")]
    first = problems[0]
    assert (first.file, first.line) == ("mkdocs.yml", 3)
    assert "Veröffentlichung gestoppt" in first.message and "§ 5 DDG" in first.message
    assert "mkdocs.yml unter extra.operator" in first.hint and "Vorschau" in first.hint


def test_release_is_site_url_or_the_flag():
    assert is_release("https://example.org/portal/", {})
    assert is_release(None, {RELEASE_ENV: "1"})
    assert not is_release(None, {})
    assert not is_release("", {RELEASE_ENV: "0"})


def test_a_release_build_of_the_real_project_stops_while_the_operator_is_unset():
    # mkdocs.yml ships with operator: {} – the organisation that publishes fills it in.
    with pytest.raises(DataError) as caught:
        Build.load(ROOT, operator={}, now=NOW, release=True)
    assert {problem.field for problem in caught.value.problems} >= {"extra.operator.name", "extra.operator.email"}
    assert "Der Bau wurde abgebrochen" in caught.value.report()
    # A preview builds and keeps the notice on the Impressum.
    preview = Build.load(ROOT, operator={}, now=NOW)
    assert "noch nicht eingetragen" in operator_details(preview.operator)
    assert Build.load(ROOT, operator=ASSOCIATION, now=NOW, release=True).operator == ASSOCIATION


def test_the_impressum_shows_legal_form_representative_and_register():
    markdown = operator_details(ASSOCIATION)
    assert "Beispielverein Teilhabe (eingetragener Verein)" in markdown
    assert "Vertreten durch: Erika Beispiel (Vorsitzende)" in markdown
    assert "Registereintrag: Vereinsregister Amtsgericht Musterstadt, VR 0000" in markdown
    person = operator_details({**ASSOCIATION, "legal_form": NATURAL_PERSON, "represented_by": "", "register": ""})
    assert NATURAL_PERSON not in person and "Vertreten durch" not in person
