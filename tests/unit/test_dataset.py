"""Rules that span files, and that every error of every file is reported at once."""

from pathlib import Path

import pytest

from portal.types import load_dataset
from portal.core.errors import DataError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

PROVIDER = """  - id: {id}
    name: Stelle {id}
    kind: Integrationsfachdienst
    land: Hessen
    source: {{title: Q, url: "https://example.org/"}}
    checked: "2026-01-15"
"""

EVENT = """title: Termin
start: "{start}"
end: "{end}"
format: Präsenz
place: {{town: Ort}}
organiser: {organiser}
source: {{title: Q, url: "https://example.org/"}}
checked: "2026-01-15"
"""


def write(root: Path, relative: str, text: str | bytes) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(root)
    return [str(problem) for problem in caught.value.problems]


def event(start="2026-12-01T10:00:00+01:00", end="2026-12-01T12:00:00+01:00", organiser="a"):
    return EVENT.format(start=start, end=end, organiser=organiser)


def test_real_data_is_valid():
    dataset = load_dataset(ROOT)
    assert len(dataset.providers) >= 3
    assert len(dataset.cases) >= 1


def test_duplicate_provider_id(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a") + PROVIDER.format(id="a"))
    [message] = problems(tmp_path)
    assert message.startswith("data/providers.yaml:8 providers[1].id:")
    assert "gibt es schon (Zeile 2)" in message


def test_unknown_organiser(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a"))
    write(tmp_path, "data/events/2026-12-01-termin.yaml", event(organiser="b"))
    [message] = problems(tmp_path)
    assert message.startswith("data/events/2026-12-01-termin.yaml:6 organiser:")
    assert "„b“" in message and "Vorhanden sind zum Beispiel: a" in message


def test_unknown_place_provider_names_line_field_and_the_closest_id(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="lwl-inklusionsamt") + PROVIDER.format(id="jobcenter-stendal"))
    write(tmp_path, "data/events/2026-12-01-termin.yaml", event(organiser="jobcenter-stendal").replace("place: {town: Ort}", "place:\n  town: Ort\n  provider: lwl-inklusionsam"))
    [message] = problems(tmp_path)
    assert message.startswith("data/events/2026-12-01-termin.yaml:7 place.provider: Den Anbieter am Ort „lwl-inklusionsam“ gibt es nicht")
    assert "Meinten Sie „lwl-inklusionsamt“?" in message


def test_known_place_provider_passes(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a"))
    write(tmp_path, "data/events/2026-12-01-termin.yaml", event().replace("place: {town: Ort}", "place: {town: Ort, provider: a}"))
    [record] = load_dataset(tmp_path).events
    assert record["place"]["provider"] == "a"


def test_event_file_name_must_match_start_date(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a"))
    write(tmp_path, "data/events/2026-12-02-termin.yaml", event())
    [message] = problems(tmp_path)
    assert "passt nicht zum Datum im Dateinamen" in message


def test_event_file_name_needs_a_date(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a"))
    write(tmp_path, "data/events/termin.yaml", event())
    assert any("JJJJ-MM-TT-kurzname.yaml" in message for message in problems(tmp_path))


def test_event_cannot_end_before_it_starts(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a"))
    write(tmp_path, "data/events/2026-12-01-termin.yaml", event(end="2026-12-01T09:00:00+01:00"))
    [message] = problems(tmp_path)
    assert message.startswith("data/events/2026-12-01-termin.yaml:3 end:")


def test_a_list_instead_of_a_mapping(tmp_path):
    write(tmp_path, "data/good-practice/fall.yaml", "- title: x\n- summary: y\n")
    [message] = problems(tmp_path)
    assert message.startswith("data/good-practice/fall.yaml:1")
    assert "keine Liste" in message


def test_file_name_with_capitals_or_umlauts(tmp_path):
    write(tmp_path, "data/good-practice/Fall-Über.yaml", "title: x\n")
    [message] = problems(tmp_path)
    assert "Dateiname" in message


def test_every_problem_of_every_file_is_reported_together():
    messages = problems(FIXTURES / "broken-many")
    assert len(messages) == 5
    expected = [
        "data/events/2026-12-01-beispieltermin.yaml:7 organiser:",
        "data/providers.yaml:6 providers[0].land:",
        "data/providers.yaml:8 providers[0].contact.website:",
        "data/providers.yaml:14 providers[1].name:",
        "data/providers.yaml:16 providers[1].kind:",
    ]
    for prefix, message in zip(expected, messages):
        assert message.startswith(prefix), message


def test_unreadable_files_do_not_hide_the_others(tmp_path):
    write(tmp_path, "data/providers.yaml", "providers:\n" + PROVIDER.format(id="a").replace("Hessen", "Hesse"))
    write(tmp_path, "data/good-practice/leer.yaml", "")
    write(tmp_path, "data/good-practice/kaputt.yaml", b"title: \xff\n")
    messages = problems(tmp_path)
    assert len(messages) == 3
    assert {message.split(":")[0] for message in messages} == {
        "data/providers.yaml",
        "data/good-practice/leer.yaml",
        "data/good-practice/kaputt.yaml",
    }
