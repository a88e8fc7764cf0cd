"""Benchmark: the Leichte-Sprache checker over 1,000 synthetic pages of about 300 words.

Pages are generated from a small invented vocabulary of easy-German sentences (no real text),
with a heading, list items, a link and some rule breaks mixed in, so every rule has work.
Prints the median wall time of 3 runs; the target is under 20 s on a 2-core machine.

Usage::

    python bench/bench_leichte_sprache.py [--pages 1000] [--runs 3] [--profile hildesheim]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.leichte_sprache import check_page, nlp  # noqa: E402
from portal.leichte_sprache.profiles import DEFAULT, PROFILES  # noqa: E402

SUBJECTS = ["Sie", "Der Betrieb", "Die Werkstatt", "Ihr Chef", "Das Amt", "Die Beratungs-Stelle", "Ihre Kollegin", "Der Job-Coach"]
VERBS = ["bekommt", "zahlt", "erklärt", "prüft", "sucht", "braucht", "findet", "schreibt", "hilft bei"]
OBJECTS = ["den Lohn", "einen Arbeits-Vertrag", "das Geld", "den Antrag", "eine neue Arbeit", "die Unterstützung", "einen Termin", "die Fahrt-Kosten"]
ENDINGS = ["", " jeden Monat", " am 1. März 2026", " um 9:00 Uhr", " im Betrieb", " mit Ihnen", " für 2 Jahre", " in der Stadt"]
BREAKS = [
    "Das würde Ihnen helfen.",
    "Der Antrag wird vom Amt geprüft.",
    "Sie bekommen Geld, weil Sie arbeiten.",
    "Die Eingliederungshilfe zahlt z. B. drei Monate.",
    "Das steht im § 61 SGB IX.",
    "Der Termin ist am 01.03.2026 um 9 Uhr.",
    "Das ist nicht schwer.",
    "Die Kosten des Betriebs sind hoch.",
    "Sie arbeiten. Sie bekommen Geld.",
]


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(BREAKS)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(ENDINGS)}."


def synthetic_page(seed: int, words: int = 300) -> str:
    """One Markdown page in the portal's Leichte-Sprache style."""
    rng = random.Random(seed)
    lines = ["---", f"title: Beispiel-Seite {seed}", "---", "", f"# Beispiel-Seite {seed}", ""]
    count = 0
    while count < words:
        if rng.random() < 0.1:
            lines += ["", f"## Abschnitt {count}", ""]
        sentence = _sentence(rng)
        if rng.random() < 0.1:
            lines.append(f"- {sentence}")
        elif rng.random() < 0.05:
            lines.append(f"Mehr steht auf der Seite [Hilfe](hilfe-{seed}.md).")
        else:
            lines.append(sentence)
        lines.append("")
        count += len(sentence.split())
    return "\n".join(lines)


def clear_caches() -> None:
    """Forget memoised tags and syllables, so each run pays for them (the tagger model stays loaded)."""
    for cached in (nlp.tag, nlp.syllables, nlp.compound_parts, nlp._lemma):
        cached.cache_clear()
    nlp._tagger().__dict__.pop("_memo", None)


def run(pages: list[str], profile: str = DEFAULT.id) -> float:
    """Seconds to check all pages with ``profile``, caches cold."""
    clear_caches()
    start = time.perf_counter()
    for number, page in enumerate(pages):
        check_page(page, f"seite-{number}.md", glossary=frozenset({"SGB"}), profile=profile)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=sorted(PROFILES), default=DEFAULT.id)
    args = parser.parse_args()
    pages = [synthetic_page(seed) for seed in range(args.pages)]
    words = sum(len(page.split()) for page in pages)
    times = [run(pages, args.profile) for _ in range(args.runs)]
    print(f"{args.pages} Seiten, {words} Wörter, Profil {args.profile}; Läufe: {', '.join(f'{t:.2f} s' for t in times)}")
    print(f"Median: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
