"""The answer for one place: who decides, who advises the employer, where to get independent counselling.

Pure functions on the validated rules (``portal.types.responsible.Responsible``)
and the gazetteer. The browser component
``overrides/assets/components/zustaendig/zustaendig.js`` computes the same
answer from ``zustaendig/regeln.json`` and ``zustaendig/orte.json``; the
browser tests compare both.

Never a wrong body: where a rule is ``unknown`` the answer is ``unknown`` with
the rule's note; a body that a rule names but the data lacks is also
``unknown`` (the type's check refuses such data anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from portal import gazetteer
from portal.gazetteer import Gazetteer, Kreis, Place
from portal.types.responsible import EUTB, Responsible

# Statuses of one item of the answer.
BODY = "body"  # a named body (with contact where verified)
KREIS = "kreis"  # the Kreis or kreisfreie Stadt itself
UNKNOWN = "unknown"  # not verified: the note routes to counselling
SEVERAL = "several"  # several bodies in the Land; link to their list where verified
LINK = "link"  # a link to someone else's search (EUTB)

UNKNOWN_TRAEGER = (
    "Für diesen Ort haben wir noch nicht geprüft, wer über das Budget für Arbeit entscheidet. "
    "Fragen Sie bei einer Beratungsstelle der Ergänzenden unabhängigen Teilhabeberatung (EUTB) "
    "oder beim Sozialamt Ihres Kreises oder Ihrer kreisfreien Stadt."
)


@dataclass(frozen=True)
class Item:
    """The answer to one question: a body, the Kreis itself, several bodies, a link, or unknown."""

    status: str
    body: dict | None = None
    kreis: str | None = None  # the Kreis label when the Kreis itself is responsible (or handles the application)
    note: str = ""
    link: dict | None = None  # {"title", "url"}: a list of bodies or someone else's search
    sources: tuple[dict, ...] = ()
    checked: str = ""

    @property
    def name(self) -> str | None:
        """Who it is, as the page names it; None when unknown, several or a link."""
        if self.body:
            return self.body["name"]
        if self.status == KREIS:
            return self.kreis
        return None


@dataclass(frozen=True)
class Answer:
    """Everything the card for one place shows."""

    place: str
    plz: tuple[str, ...]
    land: str
    kreis_key: str
    kreis: str  # label: "Nürnberg, Stadt", "Landkreis Göttingen"
    budget_fuer_arbeit: Item
    ausbildung_eingang: Item  # people from the Eingangsverfahren/Berufsbildungsbereich (§ 57 SGB IX)
    ausbildung_arbeitsbereich: Item  # people already in the Arbeitsbereich (§ 58 SGB IX): the Träger
    integrationsamt: Item
    ansprechstelle_arbeitgeber: Item
    eutb: Item
    applies_at: str | None = None  # where the application goes when the Kreis handles it for the Träger


def _sources(part: dict) -> tuple[dict, ...]:
    return tuple(part.get("sources") or ())


def _traeger(rules: dict | None, kreis: Kreis, data: Responsible) -> tuple[Item, str | None]:
    if rules is None:
        return Item(UNKNOWN, note=UNKNOWN_TRAEGER), None
    part = rules["eingliederungshilfe"]
    mode = part["mode"]
    common = {"note": part.get("note", ""), "sources": _sources(part), "checked": str(part.get("checked", ""))}
    applies_at = kreis.label if part.get("handled_by") == "kreis" else None
    if mode == "kreis":
        return Item(KREIS, kreis=kreis.label, **common), None
    body_id = part.get("body") if mode == "land_body" else (part.get("bodies_by_kreis") or {}).get(kreis.key) if mode == "regional_bodies" else None
    body = data.bodies.get(body_id) if body_id else None
    if body is None:
        return Item(UNKNOWN, note=part.get("note") or UNKNOWN_TRAEGER, sources=common["sources"], checked=common["checked"]), None
    return Item(BODY, body=body, **common), applies_at


def _amt(rules: dict | None, kreis: Kreis, data: Responsible) -> Item:
    if rules is None:
        return Item(UNKNOWN)
    part = rules["integrationsamt"]
    common = {"note": part.get("note", ""), "sources": _sources(part), "checked": str(part.get("checked", ""))}
    body_id = part.get("body") if part["mode"] == "land_body" else (part.get("bodies_by_kreis") or {}).get(kreis.key) if part["mode"] == "regional_bodies" else None
    body = data.bodies.get(body_id) if body_id else None
    return Item(BODY, body=body, **common) if body else Item(UNKNOWN, **common)


def _eaa(rules: dict | None, data: Responsible) -> Item:
    if rules is None:
        return Item(UNKNOWN)
    part = rules["ansprechstellen_arbeitgeber"]
    common = {"note": part.get("note", ""), "sources": _sources(part), "checked": str(part.get("checked", ""))}
    if part["mode"] == "land_body" and part.get("body") in data.bodies:
        return Item(BODY, body=data.bodies[part["body"]], **common)
    if part["mode"] == "several":
        return Item(SEVERAL, link=part.get("list"), **common)
    # unknown (a list may still be linked, e.g. Sachsen: the page lists the offices but not how many)
    return Item(UNKNOWN, link=part.get("list"), **common)


def answer(place: Place | Kreis, data: Responsible, places: Gazetteer | None = None) -> Answer:
    """The answer for a gazetteer place (or a Kreis): Land, Kreis and the body behind each question."""
    places = places or gazetteer.load()
    if isinstance(place, Kreis):
        kreis, name, plz = place, place.label, ()
    else:
        kreis, name, plz = places.kreise[place.kreis_key], place.name, place.plz
    rules = data.rules.get(kreis.land)
    traeger, applies_at = _traeger(rules, kreis, data)
    if rules is not None:
        bfa = rules["budget_fuer_ausbildung"]
        ba = data.bodies.get(bfa.get("eingangsverfahren_berufsbildungsbereich"))
        bfa_common = {"note": bfa.get("note", ""), "sources": _sources(bfa), "checked": str(bfa.get("checked", ""))}
        eingang = Item(BODY, body=ba, **bfa_common) if ba else Item(UNKNOWN, **bfa_common)
    else:
        eingang = Item(UNKNOWN)
    eutb = Item(LINK, link=EUTB["search"], sources=tuple(EUTB["sources"]), checked=EUTB["checked"])
    return Answer(
        place=name,
        plz=tuple(plz),
        land=kreis.land,
        kreis_key=kreis.key,
        kreis=kreis.label,
        budget_fuer_arbeit=traeger,
        ausbildung_eingang=eingang,
        ausbildung_arbeitsbereich=traeger,
        integrationsamt=_amt(rules, kreis, data),
        ansprechstelle_arbeitgeber=_eaa(rules, data),
        eutb=eutb,
        applies_at=applies_at,
    )


@dataclass(frozen=True)
class Resolution:
    """What a query finds: the place answered directly (or None: the reader chooses), and the other places."""

    query: str
    chosen: Place | None
    choices: tuple[Place, ...] = field(default_factory=tuple)

    @property
    def found(self) -> bool:
        return self.chosen is not None or bool(self.choices)


def _is_own_city(place: Place, places: Gazetteer) -> bool:
    """A city whose Kreis is that city: "Nürnberg" in "Nürnberg, Stadt", "Halle (Saale)" in 15002."""
    kreis = places.kreise[place.kreis_key]
    return kreis.is_city and gazetteer.fold(gazetteer.base_name(kreis.name)) == gazetteer.fold(gazetteer.base_name(place.name))


def resolve(query: str, places: Gazetteer | None = None) -> Resolution:
    """A PLZ or place name → the place to answer for, or the places the reader chooses among.

    One Kreis among the matches: answered. A PLZ in several Kreise: the reader
    chooses. A name: answered when the best match is the city that is its own
    Kreis and is either named exactly or no exact namesake lies in another
    Kreis, and no other such city matches ("München"; "Halle" → Halle (Saale)
    only if no place is called just "Halle"); otherwise the reader chooses
    ("Frankfurt", "Neustadt").
    """
    places = places or gazetteer.load()
    text = query.strip()
    found = places.lookup(text)
    if not found:
        return Resolution(text, None, ())
    if len({place.kreis_key for place in found}) == 1:
        return Resolution(text, found[0], tuple(found[1:]))
    if re.fullmatch(r"\d{5}", text):
        return Resolution(text, None, tuple(found))
    key = gazetteer.fold(text)
    top = found[0]
    elsewhere = [p for p in found if p.kreis_key != top.kreis_key]
    exact_elsewhere = any(gazetteer.fold(p.name) == key for p in elsewhere)
    city_elsewhere = any(_is_own_city(p, places) for p in elsewhere)
    top_exact = gazetteer.fold(top.name) == key
    if _is_own_city(top, places) and not city_elsewhere and (top_exact or not exact_elsewhere):
        return Resolution(text, top, tuple(found[1:]))
    return Resolution(text, None, tuple(found))
