"""Content rules: every topic in both languages, the abolished cap never stated as current, Quellen and Stand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
EASY = CONTENT / "leichte-sprache"

# Every topic of the knowledge base, by its path; the Leichte-Sprache twin has the same path under leichte-sprache/.
TOPICS = [
    "budget-fuer-arbeit.md",
    "wer-kann-es-bekommen.md",
    "antrag.md",
    "geld-und-versicherung.md",
    "anleitung-und-begleitung.md",
    "zurueck-in-die-werkstatt.md",
    "budget-fuer-ausbildung.md",
    "zustaendigkeit.md",
    "fragen.md",
    "hindernisse.md",
    "unternehmen.md",
    "peer-support.md",
    "beratung.md",
    "praxishilfen/checkliste-erstes-gespraech.md",
    "fuer/werkstatt-beschaeftigte.md",
    "ueber-das-portal.md",
    "barrierefreiheit.md",
    "datenschutz.md",
    "impressum.md",
]

# Standard pages that state facts: each ends with a "Quellen" list and the Stand line.
PAGES_WITH_SOURCES = TOPICS + [
    "rechner.md",
    "praxishilfen/index.md",
    "praxishilfen/checkliste-arbeitgeber.md",
    "fuer/unternehmen.md",
    "fuer/fachkraefte.md",
    "fuer/verwaltung-und-politik.md",
]
# The Stand line is computed by the build from the facts the page uses and its own ``checked`` date.
STAND = re.compile(r"<!-- portal:stand -->\n*(<script type=\"module\" src=\"[^\"]+\"></script>\n*)?\Z")
HAND_WRITTEN_STAND = re.compile(r"^Stand: \d{1,2}\. \w+ \d{4}\s*$", re.M)

# A sentence that mentions the old cap (40 % of the Bezugsgröße) must say that it is history.
CAP_MENTION = re.compile(r"40\s*(%|Prozent)|alte-deckelung-bezugsgroesse|Deckel|gedeckelt|Obergrenze|Höchstgrenze|Grenze für das Geld|eine Grenze", re.I)
PAST_MARKER = re.compile(
    r"bis zum 13\. Juni 2023|seit dem 14\. Juni 2023|zum 14\. Juni 2023|am 14\. Juni 2023|abgeschafft|nicht mehr|keine[rn]? (feste )?Obergrenze mehr|früher|frühere|veraltet|galt|ist die Grenze weg|keine Obergrenze",
    re.I,
)
# Sentence ends: . ! ? followed by whitespace and a capital, except after a digit ("13. Juni") or an abbreviation.
SENTENCE_END = re.compile(r"(?<!\d)(?<!Abs)(?<!Nr)(?<!z\. B)(?<!bzw)(?<!ca)(?<!BGBl)[.!?:;]\s+(?=[A-ZÄÖÜ„\[*])")


def markdown_pages() -> list[Path]:
    return sorted(CONTENT.rglob("*.md"))


def sentences(text: str) -> list[str]:
    """Sentences of a Markdown text, paragraph by paragraph (line breaks inside a paragraph joined)."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    found = []
    for block in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip().lstrip("-*>#0123456789. ") if re.match(r"\s*(\d+\.|[-*>#])\s", line) else line.strip() for line in block.splitlines())
        found += [part.strip() for part in SENTENCE_END.split(joined) if part.strip()]
    return found


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_exists_in_both_languages(topic):
    assert (CONTENT / topic).is_file(), f"content/{topic} fehlt"
    assert (EASY / topic).is_file(), f"content/leichte-sprache/{topic} fehlt (Zwilling in Leichter Sprache)"


def cap_violations(text: str) -> list[str]:
    # A question ("Gibt es noch eine Obergrenze?") states nothing; its answer is checked as a sentence.
    return [s for s in sentences(text) if CAP_MENTION.search(s) and not PAST_MARKER.search(s) and not s.endswith("?")]


@pytest.mark.parametrize("page", markdown_pages(), ids=lambda path: path.relative_to(CONTENT).as_posix())
def test_no_page_presents_the_abolished_cap_as_current(page):
    violations = cap_violations(page.read_text(encoding="utf-8"))
    assert not violations, (
        f"content/{page.relative_to(CONTENT).as_posix()} nennt die frühere Obergrenze ohne Hinweis, dass sie bis zum "
        f"13. Juni 2023 galt und abgeschafft ist:\n" + "\n".join(f"  – {sentence}" for sentence in violations)
    )


def test_the_glossary_never_presents_the_cap_as_current():
    terms = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text(encoding="utf-8"))["terms"]
    for term in terms:
        for field in ("explanation", "explanation_leichte_sprache"):
            assert not cap_violations(term.get(field) or ""), f"data/glossary.yaml {term['id']}.{field}"


@pytest.mark.parametrize(
    "text",
    [
        "Der Zuschuss ist auf 40 % der Bezugsgröße begrenzt.",
        "Es gilt eine Obergrenze von <!-- portal:fact id=alte-deckelung-bezugsgroesse --> der Bezugsgröße.",
        "Die Deckelung beträgt 40 Prozent.",
    ],
)
def test_the_cap_check_catches_a_current_statement(text):
    assert cap_violations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bis zum 13. Juni 2023 war der Zuschuss auf 40 % der Bezugsgröße begrenzt.",
        "Die Obergrenze wurde zum 14. Juni 2023 abgeschafft.",
        "Manche Seiten nennen die alte Obergrenze noch; sie gilt nicht mehr.",
    ],
)
def test_the_cap_check_accepts_history(text):
    assert not cap_violations(text)


@pytest.mark.parametrize("page", PAGES_WITH_SOURCES)
def test_every_standard_page_ends_with_sources_and_stand(page):
    text = (CONTENT / page).read_text(encoding="utf-8")
    assert "\n## Quellen\n" in text, f"content/{page}: Abschnitt „## Quellen“ fehlt"
    sources = text.split("\n## Quellen\n", 1)[1]
    assert re.search(r"^- ", sources, re.M), f"content/{page}: Die Quellen brauchen mindestens einen Listenpunkt"
    assert "\n## " not in sources, f"content/{page}: Nach den Quellen folgt noch ein Abschnitt; Quellen und Stand gehören ans Ende"
    assert STAND.search(text), f"content/{page}: Die Seite muss mit „<!-- portal:stand -->“ enden (der Bau setzt dort den Stand ein)"


@pytest.mark.parametrize("topic", TOPICS)
def test_every_easy_twin_shows_its_stand(topic):
    text = (EASY / topic).read_text(encoding="utf-8")
    assert STAND.search(text), f"content/leichte-sprache/{topic}: „<!-- portal:stand -->“ fehlt am Ende"


# Pages of other topics (data listings, the entry form) are checked in the built site by
# tests/builds/test_links_and_titles.py; these are the pages of the knowledge base.
KNOWLEDGE_BASE = sorted({*PAGES_WITH_SOURCES, "index.md", *(f"leichte-sprache/{topic}" for topic in TOPICS)})


@pytest.mark.parametrize("page", KNOWLEDGE_BASE)
def test_every_page_has_a_description(page):
    front = re.match(r"\A---\n(.*?)\n---\n", (CONTENT / page).read_text(encoding="utf-8"), re.S)
    meta = yaml.safe_load(front.group(1)) if front else {}
    assert isinstance(meta.get("description"), str) and len(meta["description"]) >= 40, f"content/{page}: description fehlt im Front Matter"


@pytest.mark.parametrize("page", markdown_pages(), ids=lambda path: path.relative_to(CONTENT).as_posix())
def test_no_page_writes_its_stand_by_hand(page):
    text = page.read_text(encoding="utf-8")
    assert not HAND_WRITTEN_STAND.search(text), (
        f"content/{page.relative_to(CONTENT).as_posix()}: „Stand: …“ von Hand geschrieben – ersetzen Sie die Zeile durch "
        "<!-- portal:stand --> und tragen Sie das Prüfdatum des Seitentexts im Front Matter als checked ein"
    )
