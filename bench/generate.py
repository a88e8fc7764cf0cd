"""Synthetic, schema-valid data of any size, written into a throwaway project copy.

Everything here is invented (ids ``bench-…``, names like "Beispiel-Fachdienst 17",
example.org addresses) and is only ever written into a target directory outside
the repository's ``data/``. Two kinds of project can be written:

* ``portal``: mkdocs.yml, content/, overrides/, hooks/, schemas/ copied from the
  repository plus synthetic data/ (N providers, M cases, K events).
* ``plain``: the same site configuration with hooks removed (so no generated
  pages and no Pagefind) and N+M+K plain Markdown pages written into content/,
  kept out of the nav with ``not_in_nav``: the "plain Material" baseline.

Usage::

    python bench/generate.py portal DIR --providers 100 --cases 10 --events 10
    python bench/generate.py plain DIR --providers 100 --cases 10 --events 10
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
COPIED = ("content", "overrides", "hooks", "schemas")
SYNTHETIC = ("providers.yaml", "good-practice", "events")  # data/ entries the generator writes itself
CET = timezone(timedelta(hours=1))

try:  # libyaml is ~10x faster at 5,000 providers
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _Dumper = yaml.SafeDumper


class _Tagged:
    """A value with a MkDocs tag such as ``!ENV SITE_URL``, kept as written."""

    def __init__(self, tag: str, node: yaml.Node):
        self.tag, self.node = tag, node


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node))
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: _Tagged("tag:yaml.org,2002:python/name:" + suffix, node))
_ConfigDumper.add_representer(_Tagged, lambda dumper, value: _retag(value))


def _retag(value: _Tagged) -> yaml.Node:
    node = value.node
    return type(node)(value.tag, node.value, flow_style=getattr(node, "flow_style", None)) if not isinstance(node, yaml.ScalarNode) else yaml.ScalarNode(value.tag, node.value)


def read_config(path: Path) -> dict:
    """mkdocs.yml as a dict; MkDocs tags (``!ENV``, ``!relative``) survive a round trip."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_ConfigLoader)


def write_config(config: dict, path: Path, comment: str = "") -> None:
    text = yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False)
    Path(path).write_text((f"# {comment}\n" if comment else "") + text, encoding="utf-8")


def _enum(schema: dict, *path: str) -> list[str]:
    node = schema
    for key in path:
        node = node[key]
    return list(node["enum"])


def _schemas() -> dict[str, dict]:
    base = REPO / "schemas"
    return {name: json.loads((base / f"{name}.schema.json").read_text(encoding="utf-8")) for name in ("providers", "good-practice", "event")}


SCHEMAS = _schemas()
_PROVIDER = SCHEMAS["providers"]["properties"]["providers"]["items"]["properties"]
PROVIDER_KINDS = _enum(_PROVIDER, "kind")
LAENDER = _enum(_PROVIDER, "land")
SERVICES = _enum(_PROVIDER, "services", "items")
CASE_KINDS = _enum(SCHEMAS["good-practice"]["properties"], "kind")
FORMATS = _enum(SCHEMAS["event"]["properties"], "format")

KIND_WORD = {
    "Integrationsfachdienst": "Integrationsfachdienst",
    "Fachdienst für berufliche Inklusion": "Fachdienst",
    "EUTB-Beratungsstelle": "Beratungsstelle",
    "Werkstatt (WfbM)": "Werkstatt",
    "anderer Leistungsanbieter": "Leistungsanbieter",
    "Integrations-/Inklusionsamt": "Inklusionsamt",
    "Träger der Eingliederungshilfe": "Eingliederungshilfe",
    "Jobcenter": "Jobcenter",
    "Agentur für Arbeit": "Arbeitsagentur",
    "Bildungsträger": "Bildungsträger",
    "Peer-Beratung": "Peer-Beratung",
    "Selbstvertretung/Werkstattrat": "Werkstattrat",
    "Verband": "Verband",
    "Netzwerk/Projekt": "Netzwerk",
    "Kommune/Landkreis": "Landkreis",
    "Wohlfahrtsverband/sozialer Träger": "Wohlfahrtsverband",
}
TOWNS = ["Musterstadt", "Beispielheim", "Testdorf", "Neu-Erfunden", "Fiktivhausen", "Am Beispielsee", "Musterberg", "Probstadt"]
STREETS = ["Musterstraße", "Beispielweg", "Am Testplatz", "Erfundene Allee", "Probegasse"]
WORDS = (
    "Die Stelle berät Beschäftigte aus Werkstätten und Betriebe zum Budget für Arbeit. "
    "Sie begleitet den Wechsel auf den allgemeinen Arbeitsmarkt, hilft beim Antrag und "
    "hält Kontakt zum Betrieb. Dieser Eintrag ist frei erfunden und dient nur dem Messen der Bauzeit."
).split()


def _text(rng: random.Random, low: int, high: int) -> str:
    count = rng.randint(low, high)
    start = rng.randrange(len(WORDS))
    words = [WORDS[(start + i) % len(WORDS)] for i in range(count)]
    return " ".join(words).rstrip(".") + "."


def _dump(data, path: Path, schema: str) -> None:
    header = f"# yaml-language-server: $schema={schema}\n# SYNTHETISCH: erfundene Daten für bench/, niemals veröffentlichen.\n"
    path.write_text(header + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def _places() -> list:
    """Places of the gazetteer with a name of their own (not a city's Ortsteil), in a fixed order."""
    from portal import gazetteer  # noqa: PLC0415 - loaded only when providers are generated

    return [place for place in gazetteer.load().places if " " not in place.name]


def make_providers(n: int, rng: random.Random) -> list[dict]:
    providers = []
    for i in range(1, n + 1):
        kind = rng.choice(PROVIDER_KINDS)
        # A real place of the gazetteer (the build checks town, PLZ and Land); the provider is invented.
        place = rng.choice(_places())
        town = place.name
        entry: dict = {
            "id": f"bench-anbieter-{i:05d}",
            "name": f"Beispiel-{KIND_WORD.get(kind, 'Stelle')} {i}",
            "kind": kind,
            "land": place.land,
        }
        if rng.random() < 0.7:
            entry["region_served"] = rng.choice(["bundesweit", f"Landkreis {town}", f"Stadt {town}"])
        entry["services"] = rng.sample(SERVICES, rng.randint(1, 5))
        address: dict = {"town": town}
        if rng.random() < 0.8:
            address = {"street": f"{rng.choice(STREETS)} {rng.randint(1, 200)}", "postal_code": rng.choice(place.plz), "town": town}
        entry["address"] = address
        contact: dict = {"website": f"https://www.example.org/anbieter/{i:05d}"}
        if rng.random() < 0.6:
            contact["phone"] = f"+49 {rng.randint(30, 999)} {rng.randint(100000, 9999999)}"
        if rng.random() < 0.6:
            contact["email"] = f"kontakt-{i:05d}@example.org"
        entry["contact"] = contact
        entry["description"] = _text(rng, 25, 70)
        entry["source"] = {"title": f"Beispielquelle {i}", "url": f"https://www.example.org/quelle/anbieter-{i:05d}"}
        entry["checked"] = "2026-11-23"
        providers.append(entry)
    return providers


def make_case(i: int, provider_ids: list[str], rng: random.Random) -> dict:
    case: dict = {
        "title": f"Beispielprojekt {i}: Wege aus der Werkstatt",
        "summary": _text(rng, 30, 80),
        "kind": rng.choice(CASE_KINDS),
    }
    if rng.random() < 0.85:
        case["land"] = rng.choice(LAENDER)
    if rng.random() < 0.7:
        case["region"] = f"Landkreis {rng.choice(TOWNS)}"
    start = date(2018, 1, 1) + timedelta(days=rng.randrange(2500))
    period: dict = {"start": start.isoformat()}
    if rng.random() < 0.6:
        period["end"] = (start + timedelta(days=rng.randint(180, 1400))).isoformat()
    case["period"] = period
    organisations = rng.sample(provider_ids, min(len(provider_ids), rng.randint(0, 3)))
    if rng.random() < 0.5 or not organisations:
        organisations.append(f"Erfundener Partner {i}")
    case["organisations"] = organisations
    case["sources"] = [{"title": f"Projektbericht {i}", "url": f"https://www.example.org/beispiel/{i:05d}"}]
    if rng.random() < 0.3:
        case["sources"].append({"title": f"Zweite Quelle {i}", "url": f"https://www.example.org/beispiel/{i:05d}/mehr"})
    case["checked"] = "2026-11-23"
    return case


def _winter_day(rng: random.Random) -> date:
    """A day in Nov–Mar (so +01:00 is the right offset), 2025–2027: past and upcoming events."""
    while True:
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        if day.month in (11, 12, 1, 2) or (day.month == 3 and day.day <= 20):
            return day


def make_event(i: int, provider_ids: list[str], rng: random.Random) -> tuple[str, dict]:
    day = _winter_day(rng)
    start = datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.choice([0, 15, 30]), tzinfo=CET)
    end = start + timedelta(minutes=rng.choice([60, 90, 120, 240]))
    fmt = FORMATS[i % len(FORMATS)]
    event: dict = {
        "title": f"Beispiel-Sprechstunde {i} zum Budget für Arbeit",
        "start": start.isoformat(),
        "end": end.isoformat(),
        "format": fmt,
    }
    if fmt in ("Präsenz", "Hybrid"):
        place: dict = {"town": rng.choice(TOWNS)}
        if rng.random() < 0.7:
            place = {"name": f"Beispielsaal {i % 20 + 1}", "street": f"{rng.choice(STREETS)} {rng.randint(1, 99)}", "postal_code": f"{rng.randint(1000, 99999):05d}", "town": place["town"]}
        event["place"] = place
    if fmt in ("Online", "Hybrid"):
        event["online_url"] = f"https://www.example.org/termin/{i:05d}"
    event["organiser"] = rng.choice(provider_ids)
    event["description"] = _text(rng, 15, 50)
    event["source"] = {"title": f"Terminankündigung {i}", "url": f"https://www.example.org/termine/{i:05d}"}
    event["checked"] = "2026-11-23"
    return f"{day.isoformat()}-bench-termin-{i:05d}", event


def _fresh(target: Path) -> Path:
    target = Path(target).resolve()
    data = (REPO / "data").resolve()
    if target == REPO or target == data or data.is_relative_to(target) or target.is_relative_to(REPO / "data"):
        sys.exit(f"Weigere mich, in {target} zu schreiben: synthetische Daten gehören nie nach {data}.")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    return target


def write_portal_project(target: Path, providers: int, cases: int, events: int, seed: int = 1) -> Path:
    """A complete throwaway copy of the portal with synthetic data/."""
    if events and not providers:
        raise ValueError("events need at least one provider as organiser")
    target = _fresh(target)
    shutil.copy2(REPO / "mkdocs.yml", target / "mkdocs.yml")
    for name in COPIED:
        shutil.copytree(REPO / name, target / name)
    # mkdocs.yml watches portal/, and `python -m` puts the project root first on
    # sys.path: link the repository's package so the copy runs the current code.
    (target / "portal").symlink_to(REPO / "portal", target_is_directory=True)
    rng = random.Random(seed)
    data = target / "data"
    (data / "good-practice").mkdir(parents=True)
    (data / "events").mkdir()
    # Other data (statistics, glossary, …) is real and needed by content/ pages: copy it as is.
    for item in sorted((REPO / "data").iterdir()):
        if item.name in SYNTHETIC:
            continue
        if item.is_dir():
            shutil.copytree(item, data / item.name)
        else:
            shutil.copy2(item, data / item.name)
    provider_list = make_providers(providers, rng)
    ids = [entry["id"] for entry in provider_list]
    _dump({"providers": provider_list}, data / "providers.yaml", "../schemas/providers.schema.json")
    for i in range(1, cases + 1):
        _dump(make_case(i, ids, rng), data / "good-practice" / f"bench-beispiel-{i:05d}.yaml", "../../schemas/good-practice.schema.json")
    for i in range(1, events + 1):
        slug, event = make_event(i, ids, rng)
        _dump(event, data / "events" / f"{slug}.yaml", "../../schemas/event.schema.json")
    return target


_TAG = re.compile(r"<[^>]+>")
# Links to files that only the portal's hooks write (e.g. calendar .ics): keep the text, drop the link.
_HOOK_LINK = re.compile(r"\[([^\]]*)\]\((?!https?:|mailto:|tel:)([^)#]*?)(?<!\.md)(#[^)]*)?\)")


def _plain_markdown(markdown: str) -> str:
    """A generated page as plain Markdown: same text, no HTML, padded to the same length."""
    lines = [_HOOK_LINK.sub(r"\1", _TAG.sub("", line)).strip() for line in markdown.splitlines()]
    text, blank = [], False
    for line in lines:
        if not line:
            if not blank:
                text.append("")
            blank = True
            continue
        text.append(line)
        blank = False
    body = "\n".join(text).strip() + "\n"
    filler = "Dieser Absatz ist Fülltext für den Vergleich und hat keine Bedeutung."
    pad = []
    while len(body) + sum(len(p) + 2 for p in pad) < len(markdown):
        pad.append(filler)
    if pad:
        body += "\n" + "\n\n".join(pad) + "\n"
    return body


def write_plain_project(target: Path, providers: int, cases: int, events: int, seed: int = 1) -> Path:
    """The "plain Material" baseline: same config, no hooks, N+M+K plain pages out of the nav.

    Each plain page carries the text of the page the portal would generate for the
    same synthetic record (HTML fragments removed, padded to the same length).
    """
    from portal.core.clock import build_moment
    from portal.types import load_dataset
    from portal.rendering.pages import generate_pages

    target = Path(target).resolve()
    portal_copy = write_portal_project(target.with_name(target.name + ".src"), providers, cases, events, seed)
    pages = generate_pages(load_dataset(portal_copy), build_moment())
    shutil.rmtree(portal_copy)

    target = _fresh(target)
    config = read_config(REPO / "mkdocs.yml")
    config.pop("hooks", None)
    config.pop("watch", None)
    config["plugins"] = []
    config["not_in_nav"] = "\n".join(["/anbieter/bench-*.md", "/anbieter/bundesland/*.md", "/gute-praxis/bench-*.md", "/termine/*-bench-*.md"])
    # Without hooks the content's directives stay HTML comments, so links into
    # what they would render (e.g. #nach-bundesland) cannot resolve. The baseline
    # measures time, not validity.
    config["strict"] = False
    write_config(config, target / "mkdocs.yml", "Baseline für bench/: Material ohne Hooks und ohne Pagefind.")
    shutil.copytree(REPO / "content", target / "content")
    shutil.copytree(REPO / "overrides", target / "overrides")
    for page in pages:
        path = target / "content" / page.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_plain_markdown(page.markdown), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind", choices=["portal", "plain"])
    parser.add_argument("target", type=Path)
    parser.add_argument("--providers", type=int, default=100)
    parser.add_argument("--cases", type=int, default=10)
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write = write_portal_project if args.kind == "portal" else write_plain_project
    target = write(args.target, args.providers, args.cases, args.events, args.seed)
    print(f"{args.kind}: {args.providers} Anbieter, {args.cases} Beispiele, {args.events} Termine -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
