"""Directives in content: listings, and unknown directives or arguments stop the build."""

from datetime import datetime
from pathlib import Path

import pytest

from portal.core.clock import BERLIN
from portal.types import load_dataset
from portal.core.model import Context
from portal.rendering.directives import expand
from portal.core.errors import DataError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN)


@pytest.fixture(scope="module")
def context():
    return Context(load_dataset(FIXTURE), NOW)


def test_providers_listing_links_each_page_relative_to_the_page(context):
    markdown = expand("<!-- portal:providers -->", "anbieter/index.md", context)
    assert "## Niedersachsen" in markdown and "## Sachsen" in markdown
    assert "(beispiel-fachdienst-uelzen.md)" in markdown
    markdown = expand("<!-- portal:providers -->", "leichte-sprache/anbieter/index.md", context)
    assert "(../../anbieter/beispiel-fachdienst-uelzen.md)" in markdown


def test_providers_listing_filters_by_land(context):
    markdown = expand("<!-- portal:providers land=Sachsen -->", "anbieter/index.md", context)
    assert "beispiel-link-trick" in markdown
    assert "uelzen" not in markdown


def test_events_split_into_upcoming_and_past_by_build_date(context):
    upcoming = expand("<!-- portal:events -->", "termine/index.md", context)
    past = expand("<!-- portal:events when=past -->", "termine/index.md", context)
    assert "Kommende Sprechstunde" in upcoming and "Vergangenes Treffen" not in upcoming
    assert "Vergangenes Treffen" in past and "Kommende Sprechstunde" not in past


def test_no_upcoming_events_says_so_and_points_to_counselling(context):
    later = Context(context.dataset, datetime(2027, 6, 1, tzinfo=BERLIN))
    markdown = expand("<!-- portal:events when=upcoming -->", "termine/index.md", later)
    assert "keine kommenden Termine" in markdown
    assert "(../anbieter/index.md)" in markdown


def test_unknown_directive_lists_the_allowed_ones(context):
    with pytest.raises(DataError) as caught:
        expand("Text\n\n<!-- portal:anbieter -->", "x.md", context)
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == ("x.md", 3)
    assert "portal:providers" in problem.hint and "portal:events" in problem.hint


def test_unknown_argument_and_value(context):
    with pytest.raises(DataError) as caught:
        expand("<!-- portal:providers bundesland=Hessen -->\n<!-- portal:events when=morgen -->", "x.md", context)
    messages = [str(problem) for problem in caught.value.problems]
    assert "Unbekanntes Argument „bundesland“" in messages[0] and "land" in messages[0]


def test_operator_notice_while_unset_and_details_when_set(context):
    assert "noch nicht eingetragen" in expand("<!-- portal:operator -->", "impressum.md", context)
    operator = {"name": "Verein <X>", "street": "Weg 1", "postal_code": "12345", "town": "Ort", "email": "a@example.org"}
    markdown = expand("<!-- portal:operator -->", "impressum.md", Context(context.dataset, NOW, operator))
    assert "Verein &lt;X&gt;" in markdown and "mailto:a@example.org" in markdown


def test_proposal_targets_name_the_operators_email_and_issue_link():
    from portal.rendering.operator import proposal_targets  # noqa: PLC0415 - this test's subject only

    both = proposal_targets({"email": "kontakt@example.org", "repo_url": "https://github.com/example/portal/"})
    assert 'data-email="kontakt@example.org"' in both and 'data-repo="https://github.com/example/portal"' in both
    assert "als E-Mail an kontakt@example.org oder als neue" in both
    none = proposal_targets({})
    assert 'data-email=""' in none and "Noch keine Adresse für Vorschläge" in none
    hostile = proposal_targets({"email": 'x" onclick="alert(1)@a.de', "repo_url": "javascript:alert(1)"})
    assert 'data-email=""' in hostile and 'data-repo=""' in hostile
