"""Property-based tests (Hypothesis): whatever editors write, the outcome is a build or German problems.

Generated YAML documents and valid records mutated field by field go through
load → validate → page generation → downloads (calendar, open data, vCards,
charts). The only allowed outcomes are generated pages and downloads, or a
DataError whose problems each name a file below data/ and say what is wrong.
Any other exception is a bug (what validate accepts, the build must build).

``make test`` runs the "test" profile (a bounded number of examples);
``make bench`` sets PORTAL_HYPOTHESIS_PROFILE=bench for many more.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from records import BASE

from portal.core.errors import DataError
from portal.core.model import Context
from portal.rendering.directives import expand
from portal.rendering.pages import generate_downloads, generate_pages
from portal.types import load_dataset

# "test" explores the same examples on every run (CI stays reproducible); "bench" explores new ones each time.
settings.register_profile("test", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.register_profile("bench", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.load_profile(os.environ.get("PORTAL_HYPOTHESIS_PROFILE", "test"))

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
GERMAN = re.compile(r"[äöüßÄÖÜ„“]|\b(ist|sind|fehlt|gibt|nicht|kein\w*|Feld|Datei|Wert|Zahl|Regel|Zeile|Liste|Text|enthält|passt|liegt|steht|Unbekannt\w*|erlaubt)\b")
ENGLISH = re.compile(r"\b(the|is not|does not|Traceback|object|NoneType|unhashable)\b|Error\b")

# Where each schema's record lives in a project.
FILES = {
    "providers.schema.json": "providers.yaml",
    "event.schema.json": "events/2026-12-01-termin.yaml",
    "good-practice.schema.json": "good-practice/beispiel.yaml",
    "statistics.schema.json": "statistics/reihe.yaml",
    "glossary.schema.json": "glossary.yaml",
    "facts.schema.json": "facts.yaml",
}


def write_project(root: Path, documents: dict[str, Any]) -> None:
    # Who is responsible where is real data every project needs (each Land has its rules file).
    shutil.copytree(REPO / "data" / "responsible", root / "data" / "responsible")
    for relative, content in documents.items():
        path = root / "data" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def outcome(documents: dict[str, Any]) -> str:
    """Run the whole pipeline on a throwaway project; return "built" or "problems", never raise anything else."""
    with tempfile.TemporaryDirectory(prefix="portal-property-") as folder:
        root = Path(folder)
        write_project(root, documents)
        try:
            dataset = load_dataset(root)
        except DataError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.file.startswith("data/"), problem
                assert problem.line >= 0 and problem.message, problem
                assert GERMAN.search(problem.message) and not ENGLISH.search(problem.message + " " + problem.hint), problem
            return "problems"
        context = Context(dataset, NOW)
        pages = generate_pages(dataset, NOW)
        downloads = generate_downloads(context)
        for fact_id in dataset.facts:
            expand(f"<!-- portal:fact id={fact_id} -->", "x.md", context)
        assert all(page.markdown for page in pages) and all(isinstance(item.content, bytes) for item in downloads)
        return "built"


def valid_documents() -> dict[str, Any]:
    return {FILES[schema]: json.loads(json.dumps(record)) for schema, record in BASE.items()}


def paths(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, path + (index,))
    return found


def test_the_valid_records_build():
    assert outcome(valid_documents()) == "built"


SPECIAL_TEXT = st.sampled_from(
    [
        "",
        " ",
        "probe\n",
        "index",
        "a\u202eb",
        "x\x00y",
        "[x](https://evil.example){: style=\"position:fixed\" }",
        "<script>alert(1)</script>",
        "https://evil.example@good.de/",
        "https://example.org/\u200b",
        "+49 (0)30 1234",
        "2026-02-30",
        "2026-07-01T10:00:00+01:00",
        "2026-12-01T09:00:00Z",
        "2027-03-28T02:30:00+01:00",
        "FREQ=WEEKLY;UNTIL=20270630T220000Z",
        "FREQ=DAILY;COUNT=ABC",
        "FREQ=DAILY;FREQ=SECONDLY",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400",
        "a" * 3000,
        "Zeile\nZeile",
        "'",
        "*a",
        "&a",
        "!!binary",
    ]
)
SCALARS = st.one_of(
    st.text(max_size=40),
    SPECIAL_TEXT,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
VALUES = st.recursive(SCALARS, lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)), max_leaves=8)


@st.composite
def mutated_documents(draw) -> dict[str, Any]:
    """The valid records with one to three fields replaced by other values or removed."""
    documents = valid_documents()
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        relative = draw(st.sampled_from(sorted(documents)))
        document = documents[relative]
        candidates = paths(document)
        if not candidates:
            continue
        path = draw(st.sampled_from(candidates))
        target = document
        for part in path[:-1]:
            target = target[part]
        if draw(st.booleans()) and isinstance(target, dict):
            target.pop(path[-1], None)
        else:
            target[path[-1]] = draw(VALUES)
    return documents


@example({**valid_documents(), "providers.yaml": {"providers": 1}})  # found by this test: a list key holding a number crashed the loader
@given(mutated_documents())
def test_records_mutated_field_by_field_build_or_give_german_problems(documents):
    assert outcome(documents) in ("built", "problems")


RULE_PARTS = st.lists(
    st.tuples(
        st.sampled_from(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYDAY", "BYSETPOS", "WKST", "BYHOUR", "X"]),
        st.one_of(
            st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SECONDLY", "MO", "TU,TH", "-1FR", "2TU", "1", "-1", "0", "13", "31", "366", "400", "ABC"]),
            st.sampled_from(["20270630", "20270630T220000Z", "20270630T100000", "20261101", "2027-06-30"]),
            st.integers(min_value=-400, max_value=400).map(str),
        ),
    ),
    min_size=1,
    max_size=5,
)


@given(RULE_PARTS, st.booleans(), st.sampled_from(["2026-12-01T10:00:00+01:00", "2026-12-01T09:00:00Z", "2027-07-01T10:00:00+02:00", "2026-12-01T00:00:00+01:00"]))
def test_any_recurrence_rule_builds_or_gives_a_german_problem(parts, all_day, start):
    documents = valid_documents()
    event = documents.pop(FILES["event.schema.json"])
    event["recurrence"] = "FREQ=WEEKLY;" + ";".join(f"{name}={value}" for name, value in parts) if parts[0][0] != "FREQ" else ";".join(f"{name}={value}" for name, value in parts)
    event["start"] = start
    event["end"] = start.replace("T10:", "T11:").replace("T09:", "T10:").replace("T00:", "T01:")
    event["all_day"] = all_day
    documents[f"events/{datetime.fromisoformat(start).astimezone(__import__('zoneinfo').ZoneInfo('Europe/Berlin')).date().isoformat()}-termin.yaml"] = event
    assert outcome(documents) in ("built", "problems")


YAML_ALPHABET = st.sampled_from(list("abcxyz019 :-[]{},'\"&*!?|>#%@`\n\t\\.") + ["\x00", "\u202e", "ä", "\ufeff", "  ", "- ", ": ", "&a ", "*a", "!!binary ", "<<: ", "? "])


@given(st.lists(YAML_ALPHABET, max_size=80).map("".join), st.sampled_from(sorted(FILES.values())))
def test_generated_yaml_text_builds_or_gives_german_problems(text, relative):
    documents = valid_documents()
    documents[relative] = text
    assert outcome(documents) in ("built", "problems")


@given(VALUES, st.sampled_from(sorted(FILES.values())))
def test_generated_yaml_structures_build_or_give_german_problems(value, relative):
    documents = valid_documents()
    documents[relative] = value
    assert outcome(documents) in ("built", "problems")
