/*
 * Rule resolution shared by the components (zustaendig, antrag): who is responsible for a
 * place, from zustaendig/regeln.json (format portal-zustaendig/1, see portal/types/responsible.py).
 * Follows portal/types/responsible_resolver.answer; tests/browser/test_zustaendig.py compares the two.
 */

import { Gazetteer } from "./places.js";

// ---------------------------------------------------------------- the answer

/** The answer for a place — as responsible_resolver.answer. */
export function answer(place, gazetteer, rules) {
  const kreis = gazetteer.kreise.get(place.kreis);
  const land = rules.laender[kreis.land];
  const bodies = rules.bodies;
  const common = (part) => ({ note: part.note || "", sources: part.sources || [], checked: part.checked || "" });
  let traeger = { status: "unknown", note: "" };
  let appliesAt = null;
  let eingang = { status: "unknown" };
  let amt = { status: "unknown" };
  let eaa = { status: "unknown" };
  if (land) {
    const eh = land.eingliederungshilfe;
    if (eh.mode === "kreis") {
      traeger = { status: "kreis", kreis: kreis.label, ...common(eh) };
    } else {
      const id = eh.mode === "land_body" ? eh.body : eh.mode === "regional_bodies" ? (eh.bodies_by_kreis || {})[kreis.key] : null;
      if (id && bodies[id]) {
        traeger = { status: "body", body: bodies[id], ...common(eh) };
        if (eh.handled_by === "kreis") appliesAt = kreis.label;
      } else {
        traeger = { status: "unknown", note: eh.note || "", sources: eh.sources || [], checked: eh.checked || "" };
      }
    }
    const bfa = land.budget_fuer_ausbildung;
    const ba = bodies[bfa.eingangsverfahren_berufsbildungsbereich];
    eingang = ba ? { status: "body", body: ba, ...common(bfa) } : { status: "unknown", ...common(bfa) };
    const ia = land.integrationsamt;
    const amtId = ia.mode === "land_body" ? ia.body : ia.mode === "regional_bodies" ? (ia.bodies_by_kreis || {})[kreis.key] : null;
    amt = amtId && bodies[amtId] ? { status: "body", body: bodies[amtId], ...common(ia) } : { status: "unknown", ...common(ia) };
    const e = land.ansprechstellen_arbeitgeber;
    if (e.mode === "land_body" && bodies[e.body]) eaa = { status: "body", body: bodies[e.body], ...common(e) };
    else if (e.mode === "several") eaa = { status: "several", link: e.list || null, ...common(e) };
    else eaa = { status: "unknown", link: e.list || null, ...common(e) };
  }
  return {
    place: place.name,
    plz: place.plz,
    land: kreis.land,
    landSlug: land ? land.slug : null,
    kreisKey: kreis.key,
    kreis: kreis.label,
    budgetFuerArbeit: traeger,
    ausbildungEingang: eingang,
    integrationsamt: amt,
    eaa,
    appliesAt,
    eutb: rules.eutb,
  };
}

// ---------------------------------------------------------------- loading and choosing

/** Fetch the place data and the rules of this site (nothing else) → { gazetteer, rules }. */
export function loadPlaceData(placesUrl, rulesUrl) {
  const json = (url) =>
    fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    });
  return Promise.all([json(placesUrl), json(rulesUrl)]).then(([places, rules]) => ({ gazetteer: new Gazetteer(places), rules }));
}

/**
 * The place a query answers for, honouring a choice kept in the address (?kreis=…&name=…):
 * { chosen, others } — chosen is null when the reader has to choose among others.
 */
export function pickPlace(gazetteer, query, kreis, name) {
  const result = gazetteer.resolve(query);
  let chosen = result.chosen;
  let others = result.choices;
  if (kreis) {
    const all = [result.chosen, ...result.choices].filter(Boolean);
    const pick = all.find((p) => p.kreis === kreis && (!name || p.name === name)) || all.find((p) => p.kreis === kreis);
    if (pick) {
      chosen = pick;
      others = all.filter((p) => p !== pick && p.kreis !== kreis);
    }
  }
  return { chosen, others };
}
