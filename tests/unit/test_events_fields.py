"""Events: audience, accessibility, registration (one rule, one test) and the schema.org JSON-LD."""

import json
import re

import pytest

from portal.core.model import Record
from portal.types import load_dataset
from portal.core.load import parse_yaml
from portal.types.events import event_json_ld, event_pages
from portal.rendering.pages import generate_pages
from portal.core.schemas import SCHEMA_DIR
from portal.core.validate import validate_document
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVENT = SCHEMA_DIR / "event.schema.json"

VALID = """title: Termin
start: "2026-12-01T10:00:00+01:00"
end: "2026-12-01T12:00:00+01:00"
format: Hybrid
place: {name: Saal, street: Markt 1, postal_code: "12345", town: Ort}
online_url: https://example.org/live
organiser: a
source: {title: Q, url: "https://example.org/"}
checked: "2026-01-15"
"""

PROVIDER = "providers:\n  - id: {id}\n    name: N\n    kind: Verband\n    land: Hessen\n    source: {{title: Q, url: 'https://example.org/'}}\n    checked: '2026-01-15'\n"


def problems_for(extra: str):
    return validate_document(parse_yaml(VALID + extra, "data/events/x.yaml"), EVENT)


def test_all_new_fields_valid():
    extra = """audience: [Werkstatträte, Angehörige]
accessibility: [DGS-Dolmetschung, Schriftdolmetschung, Leichte Sprache, stufenloser Zugang]
registration: {email: anmeldung@example.org, deadline: "2026-11-20"}
"""
    assert problems_for(extra) == []


def test_audience_is_a_closed_list():
    [problem] = problems_for("audience: [Jeder]\n")
    assert problem.field == "audience[0]"
    assert "Erlaubt sind" in problem.hint


def test_accessibility_is_a_closed_list_with_a_suggestion():
    [problem] = problems_for("accessibility: [Schriftdolmetscher]\n")
    assert problem.field == "accessibility[0]"
    assert "Meinten Sie „Schriftdolmetschung“" in problem.hint


def test_registration_needs_url_or_email():
    problems = problems_for('registration: {deadline: "2026-11-20"}\n')
    assert {problem.field for problem in problems} == {"registration.url", "registration.email"}
    assert all("Pflichtfeld" in problem.message for problem in problems)


@pytest.mark.parametrize(("extra", "field", "message"), [
    ("registration: {url: 'javascript:alert(1)'}\n", "registration.url", "keine https-Adresse"),
    ("registration: {email: 'kein-at.example.org'}\n", "registration.email", "keine E-Mail-Adresse"),
    ("registration: {url: 'https://example.org/', deadline: '2026-02-30'}\n", "registration.deadline", "kein gültiges Datum"),
])
def test_registration_values_are_checked(extra, field, message):
    [problem] = problems_for(extra)
    assert problem.field == field
    assert message in problem.message


def test_json_ld_is_a_schema_org_event():
    data = parse_yaml(VALID + "audience: [Werkstatträte]\n", "x.yaml").data
    organiser = Record("provider", "a", {"name": "Stelle", "contact": {"website": "https://example.org/"}}, "p.yaml", 1)
    ld = event_json_ld(Record("event", "2026-12-01-termin", data, "x.yaml", 1), organiser)
    assert ld["@type"] == "Event"
    assert ld["startDate"] == "2026-12-01T10:00:00+01:00"
    assert ld["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in ld["location"]] == ["Place", "VirtualLocation"]
    assert ld["location"][0]["address"]["postalCode"] == "12345"
    assert ld["organizer"] == {"@type": "Organization", "name": "Stelle", "url": "https://example.org/"}
    assert ld["audience"] == [{"@type": "Audience", "audienceType": "Werkstatträte"}]


def test_every_event_page_carries_parseable_json_ld():
    dataset = load_dataset(ROOT)
    pages = {page.src_uri: page.markdown for page in generate_pages(dataset, datetime(2026, 11, 23, tzinfo=timezone.utc))}
    for record in dataset.events:
        markdown = pages[f"termine/{record.slug}.md"]
        [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', markdown)
        ld = json.loads(block)
        assert ld["@type"] == "Event" and ld["name"] == record["title"]


def test_json_ld_cannot_close_its_script_block():
    data = parse_yaml(VALID.replace("title: Termin", "title: Termin"), "x.yaml").data
    data["description"] = "</script><script>alert(1)</script>"
    ld = event_json_ld(Record("event", "2026-12-01-termin", data, "x.yaml", 1), None)
    from portal.rendering.render import json_ld

    assert "</script>" not in json_ld(ld)
    assert json.loads(str(json_ld(ld)))["description"] == data["description"]



def test_place_provider_links_the_host_from_the_event_page():
    hosts = {
        "a": Record("provider", "a", {"name": "Veranstalter"}, "p.yaml", 1),
        "gastgeber": Record("provider", "gastgeber", {"name": "Haus <der> Beratung"}, "p.yaml", 2),
    }

    class Data:
        events = [Record("event", "2026-12-01-termin", parse_yaml(VALID.replace("town: Ort}", "town: Ort, provider: gastgeber}"), "x.yaml").data, "x.yaml", 1)]

        def provider(self, provider_id):
            return hosts.get(provider_id)

    [page] = event_pages(Data(), datetime(2026, 11, 23, tzinfo=timezone.utc))
    assert '<p>In den Räumen von <a href="../../anbieter/gastgeber/">Haus &lt;der&gt; Beratung</a></p>' in page.markdown
    Data.events[0].data["place"].pop("provider")
    [page] = event_pages(Data(), datetime(2026, 11, 23, tzinfo=timezone.utc))
    assert "In den Räumen von" not in page.markdown


def test_easy_summary_of_an_event_is_checked_with_line_and_field(tmp_path):
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "providers.yaml").write_text(
        PROVIDER.format(id="a"),
        encoding="utf-8",
    )
    event = VALID + "summary_leichte_sprache: Wir treffen uns. Sie bekommen z. B. drei Hefte.\n"
    (tmp_path / "data" / "events" / "2026-12-01-termin.yaml").write_text(event, encoding="utf-8")
    from portal.core.errors import DataError

    with pytest.raises(DataError) as caught:
        load_dataset(tmp_path)
    messages = sorted(str(problem) for problem in caught.value.problems)
    assert len(messages) == 2, messages
    assert all(message.startswith("data/events/2026-12-01-termin.yaml:10 summary_leichte_sprache: Leichte Sprache: ") for message in messages)
    assert any("„z. B.“" in message for message in messages) and any("„drei“" in message for message in messages)


def test_contributing_event_example_is_valid(tmp_path):
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Einen Termin eintragen", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "providers.yaml").write_text(
        PROVIDER.format(id="ifd-musterstadt"),
        encoding="utf-8",
    )
    (tmp_path / "data" / "events" / "2027-03-12-online-sprechstunde.yaml").write_text(example, encoding="utf-8")
    [record] = load_dataset(tmp_path).events
    assert record["summary_leichte_sprache"].startswith("Wir treffen uns im Internet.")
