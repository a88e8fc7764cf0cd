/*
 * Anbieter-Finder: filters and sorts the providers in the page.
 *
 * Progressive enhancement: without this script the finder section stays hidden
 * and the Bundesland lists below it lead to every provider. The data comes from
 * this site only (finder.json, and the gazetteer zustaendig/orte.json once a
 * reader searches by place or position, the same one /zustaendig/ uses); the
 * reader's position never leaves the browser. finder.json names its columns in
 * "fields"; rows are read by those names. The filters and the place typed stay
 * in the address (lib/url-state.js), so a list can be bookmarked and shared.
 *
 * Order once a place is known: providers in the reader's Kreis, then in the
 * reader's Land (the Bundesland filter counts as the reader's Land), then the
 * nationwide ones, then the others; by distance within each group.
 */
import { liveRegion } from "../lib/announce.js";
import { columns, loadJson } from "../lib/data.js";
import { normalise } from "../lib/normalise.js";
import { Gazetteer, fold } from "../lib/places.js";
import { readState, writeState } from "../lib/url-state.js";

const PAGE_SIZE = 50;
const PROVIDER_FIELDS = ["id", "name", "kind", "land", "town", "nationwide", "lat", "lon", "approximate", "services", "access", "online", "region", "easy", "kreis", "sgb2"];
const STATE = ["q", "land", "art", "angebot", "barriere", "sgb2", "ort"];

const TEXTS = {
  easy: {
    count: (n) => (n === 1 ? "Wir haben 1 Stelle gefunden." : `Wir haben ${n} Stellen gefunden.`),
    none: "Wir haben keine Stelle gefunden.",
    nationwide: "für ganz Deutschland",
    near: (name) => `Die nächsten Stellen bei ${name} stehen oben.`,
    here: "Die nächsten Stellen bei Ihnen stehen oben.",
    noPosition: "Wir kennen Ihren Ort nicht. Schreiben Sie bitte den Namen von Ihrem Ort.",
    unknownPlace: (text) => `Den Ort ${text} kennen wir nicht. Schreiben Sie den Ort bitte anders.`,
    unknownCode: "Diese Post-Leit-Zahl kennen wir nicht. Schreiben Sie bitte den Namen von Ihrem Ort.",
    waiting: "Einen Moment bitte.",
    loadError: "Die Liste konnte nicht laden. Nehmen Sie bitte die Listen für jedes Bundes-Land weiter unten.",
    distance: (km) => `etwa ${km} Kilometer entfernt`,
    more: (n) => `Mehr Stellen zeigen (noch ${n})`,
    standardOnly: "Diese Seite gibt es nur in schwerer Sprache.",
    sgb2: "Diese Stelle ist für Menschen ohne Arbeit. Sie entscheidet nicht über das Budget für Arbeit.",
    several: (name) => `Es gibt mehrere Orte mit diesem Namen. Wir nehmen ${name}. Sie können auch einen anderen Ort wählen:`,
  },
  standard: {
    count: (n) => (n === 1 ? "1 Anbieter gefunden." : `${n} Anbieter gefunden.`),
    none: "Keine Anbieter gefunden.",
    nationwide: "bundesweit tätig",
    near: (name) => `Sortiert nach Entfernung zu ${name}.`,
    here: "Sortiert nach Entfernung zu Ihrem Standort.",
    noPosition: "Ihr Standort ist nicht verfügbar oder wurde nicht freigegeben. Geben Sie stattdessen einen Ort oder eine Postleitzahl ein.",
    unknownPlace: (text) => `Den Ort „${text}“ kennt das Portal nicht. Prüfen Sie die Schreibweise oder geben Sie einen größeren Ort in der Nähe ein.`,
    unknownCode: "Für diese Postleitzahl kennt das Portal keine Lage. Geben Sie bitte den Ortsnamen ein.",
    waiting: "Die Ortsliste wird geladen …",
    loadError: "Die Anbieterliste konnte nicht geladen werden. Nutzen Sie bitte die Listen nach Bundesland weiter unten.",
    distance: (km) => `etwa ${km} km entfernt`,
    more: (n) => `Weitere Anbieter anzeigen (noch ${n})`,
    standardOnly: "",
    sgb2: "Stelle für langzeitarbeitslose Menschen (SGB II): Über das Budget für Arbeit entscheidet sie nicht.",
    several: (name) => `Dieser Ort oder diese Postleitzahl liegt in mehreren Kreisen. Sortiert wird nach ${name}. Andere Möglichkeiten:`,
  },
};

/** The finder.json rows as objects, read by the column names the file declares. */
export function providers(payload) {
  const at = columns(payload.fields, PROVIDER_FIELDS);
  const strings = payload.s;
  return payload.p.map((row) => {
    const town = strings[row[at.town]];
    return {
      id: row[at.id],
      name: row[at.name],
      kind: row[at.kind],
      land: row[at.land],
      town,
      nationwide: row[at.nationwide] === 1,
      lat: row[at.lat] === null ? null : row[at.lat] / 100,
      lon: row[at.lon] === null ? null : row[at.lon] / 100,
      approximate: row[at.approximate] === 1,
      services: row[at.services],
      access: row[at.access],
      online: row[at.online],
      hasEasyPage: row[at.easy] === 1,
      kreis: row[at.kreis] || null,
      sgb2: row[at.sgb2] === 1,
      // Both labels of the kind: a reader may type either ("Jobcenter", "Job-Center").
      haystack: normalise([row[at.name], town, strings[row[at.region]], payload.kinds[row[at.kind]], payload.easy.kinds[row[at.kind]], payload.lands[row[at.land]]].join(" ")),
      distance: null,
    };
  });
}

export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dlat = (lat2 - lat1) * rad;
  const dlon = (lon2 - lon1) * rad;
  const a = Math.sin(dlat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dlon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

/**
 * The group of a provider for a reader in `home` ({kreis, land}: Kreis key or null, Land name or null):
 * 0 the reader's Kreis, 1 the reader's Land, 2 nationwide (those based in the reader's Land first: 2, else 3), 4 all others.
 */
export function group(row, landName, home) {
  if (row.nationwide) return home.land && landName === home.land ? 2 : 3;
  if (home.kreis && row.kreis === home.kreis) return 0;
  if (home.land && landName === home.land) return 1;
  return 4;
}

/** The gazetteer place nearest to a position (for "Meinen Standort verwenden"). */
function nearestPlace(gazetteer, lat, lon) {
  let best = null;
  let bestKm = Infinity;
  for (const place of gazetteer.places) {
    const km = distanceKm(lat, lon, place.lat, place.lon);
    if (km < bestKm) {
      best = place;
      bestKm = km;
    }
  }
  return best;
}

function start(root) {
  const TEXT = root.getAttribute("data-easy") === "1" ? TEXTS.easy : TEXTS.standard;
  const filters = document.getElementById("finder-filters");
  const form = document.getElementById("finder-form");
  const textField = document.getElementById("finder-text");
  const landField = document.getElementById("finder-land");
  const kindField = document.getElementById("finder-kind");
  const placeField = document.getElementById("finder-place");
  const sgb2Field = document.getElementById("finder-sgb2");
  const choices = document.getElementById("finder-choices");
  const count = liveRegion(document.getElementById("finder-count"));
  const list = document.getElementById("finder-results");
  const more = document.getElementById("finder-more");
  const empty = document.getElementById("finder-empty");
  const nearStatus = document.getElementById("finder-near-status");
  const easy = root.getAttribute("data-easy") === "1";
  const base = root.getAttribute("data-base") || "./";
  const easyBase = root.getAttribute("data-easy-base") || base;

  let data = null;
  let rows = [];
  let origin = null; // {lat, lon, kreis, land} of the reader's place
  let place = ""; // the place the reader typed, kept in the address
  let shown = 0;
  let matches = [];
  let gazetteer = null;
  let loading = null;

  function checked(name) {
    return Array.from(form.querySelectorAll(`input[name="${name}"]:checked`), (box) => box.value);
  }

  function mask(values) {
    return values.reduce((sum, value) => sum | (1 << Number(value)), 0);
  }

  function landName(row) {
    return data.lands[row.land];
  }

  function filter() {
    const words = normalise(textField.value).split(" ").filter(Boolean);
    const land = landField.value;
    const kind = kindField.value === "" ? -1 : data.kinds.indexOf(kindField.value);
    const services = mask(checked("service"));
    const access = mask(checked("access"));
    // SGB II bodies only on request: the checkbox, or the reader chose their kind ("Jobcenter").
    const sgb2 = sgb2Field ? sgb2Field.checked : true;
    matches = rows.filter((row) => {
      if (land && landName(row) !== land && !row.nationwide) return false;
      if (kind !== -1 && row.kind !== kind) return false;
      if (row.sgb2 && !sgb2 && row.kind !== kind) return false;
      if ((row.services & services) !== services) return false;
      if ((row.access & access) !== access) return false;
      return words.every((word) => row.haystack.includes(word));
    });
    // The Bundesland filter is the reader's Land; else the Land of the place typed or located.
    const homeLand = land || (origin ? origin.land : null);
    const home = { land: homeLand, kreis: origin && origin.land === homeLand ? origin.kreis : null };
    if (!home.land) return;
    const far = (row) => (row.distance === null ? Infinity : row.distance);
    matches.sort((a, b) => group(a, landName(a), home) - group(b, landName(b), home) || (origin ? far(a) - far(b) : 0) || a.name.localeCompare(b.name, "de"));
  }

  function item(row) {
    const li = document.createElement("li");
    li.className = "finder__item";
    const link = document.createElement("a");
    // From the Leichte-Sprache finder, a provider with a Leichte-Sprache page opens that page.
    const inEasy = easy && row.hasEasyPage;
    link.href = `${inEasy ? easyBase : base}${encodeURIComponent(row.id)}/`;
    link.textContent = row.name;
    li.appendChild(link);
    if (easy && !row.hasEasyPage) {
      const note = document.createElement("span");
      note.className = "finder__note";
      note.textContent = TEXT.standardOnly;
      li.appendChild(note);
    }
    const meta = document.createElement("span");
    meta.className = "finder__meta";
    const parts = [(easy ? data.easy.kinds : data.kinds)[row.kind]];
    parts.push(row.town ? `${row.town}, ${landName(row)}` : landName(row));
    if (row.nationwide) parts.push(TEXT.nationwide);
    meta.textContent = parts.join(" · ");
    li.appendChild(meta);
    if (row.sgb2) {
      const label = document.createElement("span");
      label.className = "finder__note finder__sgb2";
      label.textContent = TEXT.sgb2;
      li.appendChild(label);
    }
    if (origin && row.distance !== null && !row.nationwide) {
      const distance = document.createElement("span");
      distance.className = "finder__distance";
      distance.textContent = TEXT.distance(Math.max(1, Math.round(row.distance)));
      li.appendChild(distance);
    }
    return li;
  }

  function showMore() {
    const fragment = document.createDocumentFragment();
    const end = Math.min(matches.length, shown + PAGE_SIZE);
    for (let i = shown; i < end; i++) fragment.appendChild(item(matches[i]));
    list.appendChild(fragment);
    const first = list.children[shown];
    shown = end;
    more.hidden = shown >= matches.length;
    more.textContent = TEXT.more(matches.length - shown);
    return first;
  }

  function remember() {
    writeState({
      q: textField.value.trim(),
      land: landField.value,
      art: kindField.value,
      angebot: checked("service").join("."),
      barriere: checked("access").join("."),
      sgb2: sgb2Field && sgb2Field.checked ? "1" : "",
      ort: place,
    });
  }

  function update(delay) {
    if (!data) return;
    filter();
    list.textContent = "";
    shown = 0;
    showMore();
    list.hidden = matches.length === 0;
    empty.hidden = matches.length !== 0;
    count.say(matches.length ? TEXT.count(matches.length) : TEXT.none, delay);
    remember();
  }

  function load() {
    if (!loading) {
      loading = loadJson(root.getAttribute("data-finder"))
        .then((payload) => {
          rows = providers(payload);
          data = payload;
          const waiting = document.getElementById("finder-waiting");
          if (waiting) waiting.remove();
          root.setAttribute("data-ready", "true");
          update(0);
        })
        .catch(() => {
          count.say(TEXT.loadError);
          root.setAttribute("data-ready", "error");
        });
    }
    return loading;
  }

  function loadGazetteer() {
    if (!gazetteer) {
      gazetteer = loadJson(root.getAttribute("data-places")).then((payload) => new Gazetteer(payload));
      gazetteer.catch(() => {
        gazetteer = null;
      });
    }
    return gazetteer;
  }

  /** Sort from a gazetteer place (it names its Kreis, and so the Land). */
  function sortFrom(where, kreis, message) {
    origin = { lat: where.lat, lon: where.lon, kreis: kreis ? kreis.key : null, land: kreis ? kreis.land : null };
    rows.forEach((row) => {
      row.distance = row.lat === null ? null : distanceKm(where.lat, where.lon, row.lat, row.lon);
    });
    nearStatus.textContent = message;
    update(0);
  }

  function placeLabel(found, kreis, code) {
    const name = code ? `${code} ${found.name}` : found.name;
    const inKreis = kreis && fold(kreis.name) !== fold(found.name) ? `, ${kreis.label}` : "";
    return `${name}${inKreis} (${kreis ? kreis.land : ""})`;
  }

  function offerChoices(first, others, code, places) {
    choices.textContent = "";
    choices.hidden = others.length === 0;
    if (!others.length) return;
    const intro = document.createElement("p");
    intro.textContent = TEXT.several(placeLabel(first, places.kreise.get(first.kreis), code));
    choices.appendChild(intro);
    for (const other of others.slice(0, 8)) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button finder__choice";
      button.textContent = placeLabel(other, places.kreise.get(other.kreis), code);
      button.addEventListener("click", () => {
        const kreis = places.kreise.get(other.kreis);
        sortFrom(other, kreis, TEXT.near(placeLabel(other, kreis, code)));
        choices.hidden = true;
      });
      choices.appendChild(button);
    }
  }

  function searchPlace() {
    const text = placeField.value.trim();
    if (!text) return;
    if (!data) {
      load().then(() => {
        if (data) searchPlace();
      });
      return;
    }
    nearStatus.textContent = TEXT.waiting;
    loadGazetteer().then(
      (places) => {
        const { chosen, choices: others } = places.resolve(text);
        const code = /^\d{5}$/.test(text) ? text : "";
        const found = chosen || others[0];
        if (!found) {
          place = "";
          choices.hidden = true;
          nearStatus.textContent = code ? TEXT.unknownCode : TEXT.unknownPlace(text);
          remember();
          return;
        }
        place = text;
        // One place, or one of several in different Kreise: the first is taken, the others offered.
        offerChoices(found, chosen ? [] : others.slice(1).filter((other) => other.kreis !== found.kreis), code, places);
        const kreis = places.kreise.get(found.kreis);
        sortFrom(found, kreis, TEXT.near(placeLabel(found, kreis, code)));
      },
      () => {
        nearStatus.textContent = TEXT.loadError;
      },
    );
  }

  function locate() {
    if (!navigator.geolocation) {
      nearStatus.textContent = TEXT.noPosition;
      return;
    }
    nearStatus.textContent = TEXT.waiting;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude: lat, longitude: lon } = position.coords;
        const sort = (places) => {
          const near = places ? nearestPlace(places, lat, lon) : null;
          place = ""; // a position is never written into the address
          choices.hidden = true;
          sortFrom({ lat, lon }, near ? places.kreise.get(near.kreis) : null, TEXT.here);
        };
        Promise.all([load(), loadGazetteer()]).then(
          ([, places]) => sort(places),
          () => load().then(() => sort(null)),
        );
      },
      () => {
        nearStatus.textContent = TEXT.noPosition;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  }

  /* After the form's own reset has cleared the fields: forget the place and show everything. */
  function afterReset() {
    origin = null;
    place = "";
    rows.forEach((row) => {
      row.distance = null;
    });
    nearStatus.textContent = "";
    choices.hidden = true;
    update(0);
  }

  /** The filters from the address (?land=Berlin&sgb2=1&ort=90402); unknown values are ignored. */
  function restore() {
    const state = readState(STATE);
    const known = (select, value) => value !== null && Array.from(select.options).some((option) => option.value === value);
    if (state.q !== null) textField.value = state.q;
    if (known(landField, state.land)) landField.value = state.land;
    if (known(kindField, state.art)) kindField.value = state.art;
    for (const [name, key] of [
      ["service", "angebot"],
      ["access", "barriere"],
    ]) {
      const values = (state[key] || "").split(".");
      form.querySelectorAll(`input[name="${name}"]`).forEach((box) => {
        box.checked = values.includes(box.value);
      });
    }
    if (sgb2Field) sgb2Field.checked = state.sgb2 === "1";
    if (placeField && state.ort) placeField.value = state.ort;
    return STATE.some((name) => state[name] !== null);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (document.activeElement === placeField) {
      searchPlace();
      return;
    }
    // The list follows every change already; the button takes the reader to it.
    document.getElementById("finder-count").focus();
  });
  form.addEventListener("reset", () => {
    // The reset event fires before the fields are cleared.
    window.setTimeout(afterReset, 0);
  });
  form.addEventListener("input", (event) => {
    if (event.target === placeField) return;
    update(event.target === textField ? 700 : 0);
  });
  if (placeField) {
    placeField.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        searchPlace();
      }
    });
    document.getElementById("finder-place-go").addEventListener("click", searchPlace);
  }
  document.getElementById("finder-locate").addEventListener("click", locate);
  document.getElementById("finder-empty-reset").addEventListener("click", () => {
    form.reset();
    if (filters) filters.open = true;
    textField.focus();
  });
  more.addEventListener("click", () => {
    const first = showMore();
    // Keyboard and screen-reader users continue at the first newly shown entry.
    if (first) first.querySelector("a").focus();
  });

  const restored = restore();
  // Wide screens show the filters open; small screens keep them folded so the results come first.
  if (filters && (restored || window.matchMedia("(min-width: 45em)").matches)) filters.open = true;
  root.hidden = false;
  if (root.getAttribute("data-load") === "page" || restored) {
    load().then(() => {
      if (placeField && placeField.value.trim()) searchPlace();
    });
  } else {
    // A large list loads when the reader first turns to the form, not with the page.
    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("pointerdown", load, { once: true });
  }
}

const root = document.getElementById("finder");
if (root) start(root);
