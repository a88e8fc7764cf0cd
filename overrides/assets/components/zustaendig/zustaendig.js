/*
 * „Wer ist für mich zuständig?" (/zustaendig/ and its Leichte-Sprache twin).
 *
 * Loads two files of this site, nothing else: the gazetteer (zustaendig/orte.json,
 * format portal-gazetteer/1, see portal/gazetteer/export.py) and the rules, bodies
 * and providers (zustaendig/regeln.json, see portal/types/responsible.py). The
 * lookup, the choice between places and the answer follow portal/gazetteer/core.py
 * and portal/types/responsible_resolver.py step by step; the browser tests compare
 * the two. The query stays in the address (?ort=90402, ?ort=Nürnberg&kreis=09564)
 * so that an answer can be bookmarked, shared and printed.
 */

import { dateDe, el, safeUrl } from "../lib/dom.js";
import { answer, loadPlaceData, pickPlace } from "../lib/responsible.js";

const root = document.getElementById("zustaendig");

// ---------------------------------------------------------------- rendering helpers

function link(url, text) {
  const href = safeUrl(url);
  return href ? el("a", { href }, text) : text;
}

function telHref(phone) {
  const digits = String(phone).replace(/[^0-9+]/g, "");
  return digits ? `tel:${digits}` : "";
}

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// ---------------------------------------------------------------- texts (standard / Leichte Sprache)

const TEXT = {
  standard: {
    answerFor: "Antwort für",
    q1: "Wer entscheidet über Ihr Budget für Arbeit?",
    q2: "Wer entscheidet über Ihr Budget für Ausbildung?",
    q3: "Für Ihren Arbeitgeber",
    q4: "Wer berät Sie unabhängig?",
    q5: "Anbieter in Ihrer Nähe",
    kreisItself: "Ihr Kreis oder Ihre kreisfreie Stadt selbst:",
    kreisContact: "Die Kontaktangaben des Sozialamts haben wir noch nicht geprüft; Sie finden sie auf der Internetseite Ihres Kreises oder Ihrer Stadt.",
    unknown: "Das hat das Portal für Ihren Ort noch nicht geprüft. Wir nennen deshalb keine Stelle.",
    unknownAsk: "Fragen Sie bei einer Beratungsstelle der EUTB (siehe unten) oder beim Sozialamt Ihres Kreises oder Ihrer kreisfreien Stadt.",
    appliesAt: "Den Antrag stellen Sie bei:",
    eingang: "Sie kommen aus dem Eingangsverfahren oder dem Berufsbildungsbereich einer Werkstatt:",
    eingangWho: "in der Regel die Agentur für Arbeit",
    arbeitsbereich: "Sie arbeiten schon im Arbeitsbereich einer Werkstatt:",
    arbeitsbereichWho: "der Träger der Eingliederungshilfe, dieselbe Stelle wie beim Budget für Arbeit",
    amt: "Integrations- oder Inklusionsamt:",
    eaa: "Einheitliche Ansprechstelle für Arbeitgeber:",
    eaaList: "Liste der Ansprechstellen:",
    eaaUnknown: "Welche Ansprechstelle zuständig ist, haben wir für Ihren Ort noch nicht geprüft.",
    eutb: "Die Ergänzende unabhängige Teilhabeberatung (EUTB) berät kostenlos und unabhängig von den Ämtern. Beratungsstellen in Ihrer Nähe zeigt die Suche der EUTB:",
    noContact: "Kontaktangaben haben wir noch nicht an einer Quelle geprüft.",
    phone: "Telefon",
    email: "E-Mail",
    web: "Internet",
    address: "Anschrift",
    source: "Quelle",
    sources: "Quellen",
    stand: "Stand",
    about: "etwa",
    km: "km entfernt",
    nationwide: "berät bundesweit",
    sgb2: "Stelle für langzeitarbeitslose Menschen (SGB II): Über das Budget für Arbeit entscheidet sie nicht.",
    sgb2Head: "Auch in der Nähe, aber nicht für das Budget für Arbeit:",
    noProviders: "In der Nähe ist noch kein Anbieter eingetragen.",
    allProviders: "Alle Anbieter",
    landPage: "Alle Angaben für",
    choose: "Diese Eingabe passt zu mehreren Orten. Bitte wählen Sie Ihren Ort:",
    chooseStatus: (n) => `${n} Orte passen. Bitte wählen Sie Ihren Ort.`,
    notFound: (q) => `„${q}“ kennt das Ortsverzeichnis nicht. Prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.`,
    empty: "Bitte geben Sie eine Postleitzahl oder einen Ort ein.",
    loading: "Die Ortsdaten werden geladen …",
    failed: "Die Ortsdaten konnten nicht geladen werden. Nutzen Sie die Listen nach Bundesland unten.",
    status: (a) => `Antwort für ${a.place} (${a.kreis}, ${a.land}).`,
    also: "Andere Orte mit diesem Namen:",
    letter: "Antrag schreiben",
    letterHint: "Ein Brief an diese Stelle, in Ihrem Browser geschrieben und ausgedruckt.",
  },
  easy: {
    answerFor: "Das Ergebnis für",
    q1: "Wer entscheidet über Ihr Budget für Arbeit?",
    q2: "Wer entscheidet über Ihr Budget für Ausbildung?",
    q3: "Für Ihren Betrieb",
    q4: "Wer berät Sie?",
    q5: "Stellen in Ihrer Nähe",
    kreisItself: "Ihr Kreis entscheidet. Ihr Kreis ist:",
    kreisContact: "Fragen Sie dort beim Sozial-Amt.",
    unknown: "Das wissen wir noch nicht.",
    unknownAsk: "Fragen Sie eine Stelle für Beratung. Zum Beispiel die EUTB. Die EUTB steht unten.",
    appliesAt: "Den Antrag geben Sie hier ab:",
    eingang: "Sie sind im Berufs-Bildungs-Bereich von der Werkstatt:",
    eingangWho: "Meistens entscheidet die Agentur für Arbeit.",
    arbeitsbereich: "Sie arbeiten schon in der Werkstatt:",
    arbeitsbereichWho: "Dann entscheidet das gleiche Amt wie beim Budget für Arbeit.",
    amt: "Dieses Amt hilft Ihrem Betrieb:",
    eaa: "Hier bekommt Ihr Betrieb Beratung:",
    eaaList: "Eine Liste mit Stellen für Betriebe:",
    eaaUnknown: "Die Stelle für Betriebe wissen wir noch nicht.",
    eutb: "Die EUTB berät Sie. Die Beratung kostet nichts. Hier finden Sie eine EUTB in Ihrer Nähe:",
    noContact: "Die Adresse wissen wir noch nicht.",
    phone: "Telefon",
    email: "E-Mail",
    web: "Internet",
    address: "Adresse",
    source: "Quelle",
    sources: "Quellen",
    stand: "Stand",
    about: "etwa",
    km: "Kilometer weg",
    nationwide: "für ganz Deutschland",
    sgb2: "Diese Stelle ist für Menschen ohne Arbeit. Sie entscheidet nicht über das Budget für Arbeit.",
    sgb2Head: "Diese Stellen sind auch in der Nähe:",
    noProviders: "In der Nähe kennen wir noch keine Stelle.",
    allProviders: "Alle Stellen",
    landPage: "Alles für",
    choose: "Es gibt mehrere Orte mit diesem Namen. Wählen Sie Ihren Ort:",
    chooseStatus: (n) => `Es gibt ${n} Orte. Wählen Sie Ihren Ort.`,
    notFound: (q) => `Den Ort „${q}“ kennen wir nicht. Schreiben Sie die Post-Leit-Zahl.`,
    empty: "Schreiben Sie eine Post-Leit-Zahl oder einen Ort.",
    loading: "Bitte warten.",
    failed: "Das hat nicht geklappt. Wählen Sie unten Ihr Bundes-Land.",
    status: (a) => `Das Ergebnis für ${a.place}: ${a.kreis} in ${a.land}.`,
    also: "Andere Orte mit diesem Namen:",
    letter: "Antrag schreiben",
    letterHint: "Hier schreiben Sie einen Brief an das Amt.",
  },
};

// ---------------------------------------------------------------- the page

function init() {
  const easy = root.dataset.easy === "1";
  const T = easy ? TEXT.easy : TEXT.standard;
  const form = document.getElementById("zustaendig-form");
  const input = document.getElementById("zustaendig-ort");
  const status = document.getElementById("zustaendig-status");
  const output = document.getElementById("zustaendig-answer");
  const providerBase = root.dataset.providers;
  const landBase = root.dataset.lands;
  const letterPage = root.dataset.letter;

  root.hidden = false;

  const ready = loadPlaceData(root.dataset.places, root.dataset.rules);

  function sourcesLine(sources, checked, label) {
    const parts = [];
    if (sources && sources.length) {
      parts.push(`${label || (sources.length > 1 ? T.sources : T.source)}: `);
      sources.forEach((s, i) => {
        if (i) parts.push("; ");
        parts.push(link(s.url, s.title));
      });
      parts.push(". ");
    }
    if (checked) parts.push(`${T.stand}: ${dateDe(checked)}.`);
    return parts.length ? el("p", { class: "zustaendig__source" }, parts) : null;
  }

  function contactList(contact) {
    if (!contact) return el("p", {}, T.noContact);
    const items = [];
    if (contact.street || contact.town) {
      items.push(el("li", {}, `${T.address}: `, [contact.street, [contact.postal_code, contact.town].filter(Boolean).join(" ")].filter(Boolean).join(", ")));
    }
    if (contact.phone) items.push(el("li", {}, `${T.phone}: `, el("a", { href: telHref(contact.phone) }, contact.phone)));
    if (contact.email) items.push(el("li", {}, `${T.email}: `, el("a", { href: `mailto:${contact.email}` }, contact.email)));
    if (contact.website && safeUrl(contact.website)) items.push(el("li", {}, `${T.web}: `, link(contact.website, contact.website)));
    return items.length ? el("ul", { class: "zustaendig__contact" }, items) : el("p", {}, T.noContact);
  }

  function bodyBlock(body) {
    const source = [body.source];
    if (body.contact_source) source.push(body.contact_source);
    return [
      el("p", { class: "zustaendig__name" }, el("strong", {}, body.name)),
      contactList(body.contact),
      sourcesLine(source, body.checked),
    ];
  }

  function card(id, title, ...content) {
    return el("section", { class: "zustaendig__card", "aria-labelledby": id }, el("h3", { id }, title), content);
  }

  function traegerContent(item, a) {
    if (item.status === "body") {
      return [
        bodyBlock(item.body),
        a.appliesAt ? el("p", {}, `${T.appliesAt} `, el("strong", {}, a.appliesAt), ".") : null,
        !easy && item.note ? el("p", {}, item.note) : null,
        sourcesLine(item.sources, item.checked),
      ];
    }
    if (item.status === "kreis") {
      return [
        el("p", {}, `${T.kreisItself} `, el("strong", { class: "zustaendig__name" }, item.kreis)),
        el("p", {}, T.kreisContact),
        !easy && item.note ? el("p", {}, item.note) : null,
        sourcesLine(item.sources, item.checked),
      ];
    }
    return [
      el("p", { class: "zustaendig__unknown" }, el("strong", {}, T.unknown)),
      !easy && item.note ? el("p", {}, item.note) : el("p", {}, T.unknownAsk),
      sourcesLine(item.sources, item.checked),
    ];
  }

  function providersContent(place, table) {
    // Rows of regeln.json are read by the column names it ships ("provider_fields"), never by position.
    const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((field, index) => [field, row[index]])));
    const located = rows
      .filter((row) => row.lat !== null && !row.nationwide)
      .map((row) => ({ row, km: distanceKm(place, { lat: row.lat, lon: row.lon }) }))
      .sort((x, y) => x.km - y.km)
      .slice(0, 5);
    const near = located.filter((entry) => !entry.row.sgb2);
    const sgb2 = located.filter((entry) => entry.row.sgb2);
    const nationwide = rows.filter((row) => row.nationwide && !row.sgb2).map((row) => ({ row, km: null }));
    const item = ({ row, km }) => {
      const { id, name, kind, land, town, nationwide: wide, sgb2: isSgb2, phone, email, website } = row;
      const { source_title: sourceTitle, source_url: sourceUrl, checked } = row;
      const facts = [kind, town || land, wide ? T.nationwide : null, km !== null ? `${T.about} ${Math.round(km)} ${T.km}` : null].filter(Boolean).join(" · ");
      const contact = {};
      if (phone) contact.phone = phone;
      if (email) contact.email = email;
      if (website) contact.website = website;
      return el(
        "li",
        { class: "zustaendig__provider" },
        el("a", { href: `${providerBase}${id}/` }, name),
        el("span", { class: "zustaendig__meta" }, facts),
        isSgb2 ? el("span", { class: "zustaendig__label" }, T.sgb2) : null,
        Object.keys(contact).length ? contactList(contact) : null,
        sourcesLine([{ title: sourceTitle, url: sourceUrl }], checked),
      );
    };
    const content = [];
    if (near.length || nationwide.length) content.push(el("ul", { class: "zustaendig__providers" }, [...near, ...nationwide].map(item)));
    else content.push(el("p", {}, T.noProviders));
    if (sgb2.length) content.push(el("p", {}, T.sgb2Head), el("ul", { class: "zustaendig__providers" }, sgb2.map(item)));
    content.push(el("p", {}, el("a", { href: providerBase }, T.allProviders)));
    return content;
  }

  /** „Antrag schreiben": the letter page for the same place (the query and the chosen Kreis travel along). */
  function letterLink(place, query) {
    if (!letterPage) return null;
    const params = new URLSearchParams({ ort: query, kreis: place.kreis });
    if (!/^\d{5}$/.test(query.trim())) params.set("name", place.name);
    return el("p", { class: "zustaendig__letter" }, el("a", { href: `${letterPage}?${params}`, class: "md-button", id: "zustaendig-antrag" }, T.letter), " ", T.letterHint);
  }

  function renderAnswer(place, choices, data, query) {
    const a = answer(place, data.gazetteer, data.rules);
    const heading = el("h2", { id: "zustaendig-antwort", tabindex: "-1" }, `${T.answerFor} ${a.place}`);
    const where = el("p", { class: "zustaendig__where" }, `${a.kreis} · ${a.land}${a.plz.length === 1 ? ` · PLZ ${a.plz[0]}` : ""}`);
    const eingang = a.ausbildungEingang;
    const t = a.budgetFuerArbeit;
    const cards = [
      card("zustaendig-q1", T.q1, traegerContent(t, a), letterLink(place, query)),
      card(
        "zustaendig-q2",
        T.q2,
        el(
          "ul",
          {},
          el("li", {}, el("strong", {}, T.eingang), " ", eingang.status === "body" ? [T.eingangWho, eingang.body.contact && eingang.body.contact.website ? [" (", link(eingang.body.contact.website, eingang.body.contact.website), ")"] : null] : T.unknown),
          el("li", {}, el("strong", {}, T.arbeitsbereich), " ", t.status === "unknown" ? `${T.arbeitsbereichWho}. ${T.unknown}` : [T.arbeitsbereichWho, ": ", el("strong", {}, t.status === "body" ? t.body.name : t.kreis)]),
        ),
        !easy && eingang.note ? el("p", {}, eingang.note) : null,
        sourcesLine(eingang.sources, eingang.checked),
      ),
      card(
        "zustaendig-q3",
        T.q3,
        el("h4", {}, T.amt),
        a.integrationsamt.status === "body" ? bodyBlock(a.integrationsamt.body) : el("p", { class: "zustaendig__unknown" }, T.unknown),
        !easy && a.integrationsamt.note ? el("p", {}, a.integrationsamt.note) : null,
        sourcesLine(a.integrationsamt.sources, a.integrationsamt.checked),
        el("h4", {}, T.eaa),
        a.eaa.status === "body" ? bodyBlock(a.eaa.body) : null,
        a.eaa.link ? el("p", {}, `${T.eaaList} `, link(a.eaa.link.url, a.eaa.link.title)) : null,
        a.eaa.status === "unknown" && !a.eaa.link ? el("p", { class: "zustaendig__unknown" }, T.eaaUnknown) : null,
        !easy && a.eaa.note ? el("p", {}, a.eaa.note) : null,
        sourcesLine(a.eaa.sources, a.eaa.checked),
      ),
      card("zustaendig-q4", T.q4, el("p", {}, T.eutb, " ", link(a.eutb.search.url, a.eutb.search.title)), sourcesLine(a.eutb.sources, a.eutb.checked)),
      card("zustaendig-q5", T.q5, providersContent(place, { fields: data.rules.provider_fields, rows: data.rules.providers })),
    ];
    const also = choices.length
      ? el("p", { class: "zustaendig__also" }, `${T.also} `, choices.slice(0, 8).map((p, i) => [i ? ", " : "", choiceLink(p, query, data)]))
      : null;
    const landLink = a.landSlug ? el("p", {}, `${T.landPage} ${a.land}: `, el("a", { href: `${landBase}${a.landSlug}/` }, a.land)) : null;
    output.replaceChildren(heading, where, ...cards, also || "", landLink || "");
    output.dataset.land = a.land;
    output.dataset.kreis = a.kreisKey;
    status.textContent = T.status(a);
    return heading;
  }

  function choiceLabel(p, data) {
    const kreis = data.gazetteer.kreise.get(p.kreis);
    return `${p.name} (${kreis.label}, ${kreis.land})`;
  }

  function choiceLink(p, query, data) {
    const params = new URLSearchParams({ ort: query, kreis: p.kreis });
    if (!/^\d{5}$/.test(query.trim())) params.set("name", p.name);
    const anchor = el("a", { href: `?${params}`, "data-kreis": p.kreis }, choiceLabel(p, data));
    anchor.addEventListener("click", (event) => {
      event.preventDefault();
      history.pushState(null, "", anchor.getAttribute("href"));
      show(true);
    });
    return anchor;
  }

  function renderChoices(choices, query, data) {
    const heading = el("h2", { id: "zustaendig-antwort", tabindex: "-1" }, T.choose);
    const list = el("ul", { class: "zustaendig__choices" }, choices.map((p) => el("li", {}, choiceLink(p, query, data))));
    output.replaceChildren(heading, list);
    delete output.dataset.land;
    delete output.dataset.kreis;
    status.textContent = T.chooseStatus(choices.length);
  }

  function message(text) {
    output.replaceChildren();
    delete output.dataset.land;
    delete output.dataset.kreis;
    status.textContent = text;
  }

  function show(focusAnswer) {
    const params = new URLSearchParams(location.search);
    const query = (params.get("ort") || "").trim();
    if (input.value.trim() !== query) input.value = query;
    if (!query) {
      output.replaceChildren();
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = T.loading;
    return ready.then(
      (data) => {
        const { chosen, others } = pickPlace(data.gazetteer, query, params.get("kreis"), params.get("name"));
        if (chosen) {
          const heading = renderAnswer(chosen, others, data, query);
          if (focusAnswer) heading.focus();
        } else if (others.length) {
          renderChoices(others, query, data);
          if (focusAnswer) document.getElementById("zustaendig-antwort").focus();
        } else {
          message(T.notFound(query));
        }
      },
      () => message(T.failed),
    );
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) {
      message(T.empty);
      return;
    }
    const params = new URLSearchParams({ ort: query });
    history.pushState(null, "", `${location.pathname}?${params}`);
    show(false);
  });
  window.addEventListener("popstate", () => show(false));
  root.dataset.ready = "loading";
  show(false).then(() => ready.then(() => (root.dataset.ready = "true"), () => (root.dataset.ready = "error")));
}

if (root) init();
