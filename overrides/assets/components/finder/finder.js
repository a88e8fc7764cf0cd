/*
 * Anbieter-Finder: filters and sorts the providers in the page.
 *
 * Progressive enhancement: without this script the finder section stays hidden
 * and the Bundesland lists below it lead to every provider. The data comes from
 * this site only (finder.json, and orte.json once a reader searches by place);
 * the reader's position never leaves the browser. Both files name their
 * columns in "fields"; rows are read by those names.
 */
import { liveRegion } from "../lib/announce.js";
import { columns, loadJson } from "../lib/data.js";
import { normalise } from "../lib/normalise.js";

const PAGE_SIZE = 50;
const PROVIDER_FIELDS = ["id", "name", "kind", "land", "town", "nationwide", "lat", "lon", "approximate", "services", "access", "online", "region", "easy"];
const PLACE_FIELDS = ["name", "land", "lat", "lon"];

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
      // Both labels of the kind: a reader may type either ("Jobcenter", "Job-Center").
      haystack: normalise([row[at.name], town, strings[row[at.region]], payload.kinds[row[at.kind]], payload.easy.kinds[row[at.kind]], payload.lands[row[at.land]]].join(" ")),
      distance: null,
    };
  });
}

/** The orte.json rows as objects, read by the column names the file declares. */
export function places(table) {
  const at = columns(table.fields, PLACE_FIELDS);
  return table.p.map((row) => ({ name: row[at.name], key: normalise(row[at.name]), land: row[at.land], lat: row[at.lat] / 100, lon: row[at.lon] / 100 }));
}

export function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dlat = (lat2 - lat1) * rad;
  const dlon = (lon2 - lon1) * rad;
  const a = Math.sin(dlat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dlon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

/* Local providers by distance, then the nationwide ones (they serve every place), then those without a position. */
function rank(row) {
  if (row.nationwide) return 1;
  return row.distance === null ? 2 : 0;
}

function findPlace(table, text) {
  const key = normalise(text);
  // The table lists the largest places first, so the first hit is the likeliest.
  return (
    table.find((place) => place.key === key) ||
    table.find((place) => place.key.startsWith(`${key} `)) ||
    table.find((place) => place.key.startsWith(key)) ||
    null
  );
}

function start(root) {
  const TEXT = root.getAttribute("data-easy") === "1" ? TEXTS.easy : TEXTS.standard;
  const filters = document.getElementById("finder-filters");
  const form = document.getElementById("finder-form");
  const textField = document.getElementById("finder-text");
  const landField = document.getElementById("finder-land");
  const kindField = document.getElementById("finder-kind");
  const placeField = document.getElementById("finder-place");
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
  let origin = null; // {lat, lon} chosen by the reader
  let shown = 0;
  let matches = [];
  let placeTable = null;
  let loading = null;

  function checkedMask(name) {
    let mask = 0;
    form.querySelectorAll(`input[name="${name}"]:checked`).forEach((box) => {
      mask |= 1 << Number(box.value);
    });
    return mask;
  }

  function filter() {
    const words = normalise(textField.value).split(" ").filter(Boolean);
    const land = landField.value === "" ? -1 : Number(landField.value);
    const kind = kindField.value === "" ? -1 : Number(kindField.value);
    const services = checkedMask("service");
    const access = checkedMask("access");
    matches = rows.filter((row) => {
      if (land !== -1 && row.land !== land && !row.nationwide) return false;
      if (kind !== -1 && row.kind !== kind) return false;
      if ((row.services & services) !== services) return false;
      if ((row.access & access) !== access) return false;
      return words.every((word) => row.haystack.includes(word));
    });
    if (origin) {
      matches.sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.distance - b.distance : 0) || a.name.localeCompare(b.name, "de"));
    }
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
    parts.push(row.town ? `${row.town}, ${data.lands[row.land]}` : data.lands[row.land]);
    if (row.nationwide) parts.push(TEXT.nationwide);
    meta.textContent = parts.join(" · ");
    li.appendChild(meta);
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

  function update(delay) {
    if (!data) return;
    filter();
    list.textContent = "";
    shown = 0;
    showMore();
    list.hidden = matches.length === 0;
    empty.hidden = matches.length !== 0;
    count.say(matches.length ? TEXT.count(matches.length) : TEXT.none, delay);
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

  function sortFrom(lat, lon, message) {
    if (!data) {
      load().then(() => {
        if (data) sortFrom(lat, lon, message);
      });
      return;
    }
    origin = { lat, lon };
    rows.forEach((row) => {
      row.distance = row.lat === null ? null : distanceKm(lat, lon, row.lat, row.lon);
    });
    nearStatus.textContent = message;
    update(0);
  }

  function loadPlaces() {
    if (!placeTable) placeTable = loadJson(root.getAttribute("data-places")).then(places);
    return placeTable;
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
    if (/^\d{5}$/.test(text)) {
      const code = data.plz[text];
      if (code) {
        const [lat, lon] = code;
        sortFrom(lat / 100, lon / 100, TEXT.near(text));
      } else {
        nearStatus.textContent = TEXT.unknownCode;
      }
      return;
    }
    nearStatus.textContent = TEXT.waiting;
    loadPlaces().then(
      (table) => {
        const place = findPlace(table, text);
        if (place) sortFrom(place.lat, place.lon, TEXT.near(`${place.name} (${data.lands[place.land]})`));
        else nearStatus.textContent = TEXT.unknownPlace(text);
      },
      () => {
        placeTable = null;
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
      (position) => sortFrom(position.coords.latitude, position.coords.longitude, TEXT.here),
      () => {
        nearStatus.textContent = TEXT.noPosition;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  }

  /* After the form's own reset has cleared the fields: forget the place and show everything. */
  function afterReset() {
    origin = null;
    rows.forEach((row) => {
      row.distance = null;
    });
    nearStatus.textContent = "";
    update(0);
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

  // Wide screens show the filters open; small screens keep them folded so the results come first.
  if (filters && window.matchMedia("(min-width: 45em)").matches) filters.open = true;
  root.hidden = false;
  if (root.getAttribute("data-load") === "page") {
    load();
  } else {
    // A large list loads when the reader first turns to the form, not with the page.
    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("pointerdown", load, { once: true });
  }
}

const root = document.getElementById("finder");
if (root) start(root);
