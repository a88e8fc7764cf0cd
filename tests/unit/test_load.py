"""Reading YAML strictly: one rule, one test."""

from pathlib import Path

import pytest

from portal.core.load import YamlError, parse_yaml, read_yaml


def test_duplicate_key_is_reported_with_both_lines():
    document = parse_yaml("name: a\nland: Hessen\nname: b\n", "data/x.yaml")
    [problem] = document.problems
    assert (problem.file, problem.line, problem.field) == ("data/x.yaml", 3, "name")
    assert "doppelt" in problem.message and "Zeile 1" in problem.message


def test_duplicate_key_inside_a_list_item_names_the_path():
    text = "providers:\n  - id: a\n    kind: x\n    kind: y\n"
    [problem] = parse_yaml(text, "data/providers.yaml").problems
    assert problem.line == 4
    assert problem.field == "providers[0].kind"


def test_line_numbers_are_kept_for_nested_values():
    text = "providers:\n  - id: a\n  - id: b\n    contact:\n      website: x\n"
    document = parse_yaml(text, "f.yaml")
    assert document.line(("providers", 1, "contact", "website")) == 5
    assert document.line(("providers", 1, "missing", "deeper")) == 3


def test_dates_stay_strings_for_the_schema_to_check():
    document = parse_yaml("checked: 2026-02-30\nstart: 2026-01-01T10:00:00+01:00\n", "f.yaml")
    assert document.data == {"checked": "2026-02-30", "start": "2026-01-01T10:00:00+01:00"}


def test_tab_indentation_is_named_with_its_line():
    with pytest.raises(YamlError) as caught:
        parse_yaml("a: 1\nb:\n\t- x\n", "f.yaml")
    assert caught.value.problem.line == 3
    assert "Tabulator" in caught.value.problem.message


def test_syntax_error_gives_line_and_german_message():
    with pytest.raises(YamlError) as caught:
        parse_yaml("title: [unclosed\nother: 1\n", "f.yaml")
    assert caught.value.problem.line >= 1
    assert "kein gültiges YAML" in caught.value.problem.message


def test_empty_file_is_an_error():
    with pytest.raises(YamlError) as caught:
        parse_yaml("# only a comment\n", "f.yaml")
    assert "leer" in caught.value.problem.message


def test_non_utf8_file_is_rejected_with_line(tmp_path: Path):
    path = tmp_path / "data" / "x.yaml"
    path.parent.mkdir()
    path.write_bytes("name: ok\ntown: M".encode() + "ünchen\n".encode("latin-1"))
    with pytest.raises(YamlError) as caught:
        read_yaml(path, tmp_path)
    assert caught.value.problem.file == "data/x.yaml"
    assert caught.value.problem.line == 2
    assert "UTF-8" in caught.value.problem.message


def test_byte_order_mark_is_accepted(tmp_path: Path):
    path = tmp_path / "x.yaml"
    path.write_bytes("\ufeffname: Ärger\n".encode())
    assert read_yaml(path, tmp_path).data == {"name": "Ärger"}
