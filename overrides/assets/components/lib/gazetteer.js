// German places and Postleitzahlen in the browser: the decoder of
// zustaendig/orte.json (format "portal-gazetteer/1", see
// portal/gazetteer/export.py) and the name folding of portal/gazetteer/core.py
// (fold, base_name). Python and JavaScript must fold alike; the unit test
// tests/unit/test_gazetteer_js.py runs both over the same names.

export const FORMAT = "portal-gazetteer/1";

const UMLAUTS = { ä: "a", ö: "o", ü: "u", ß: "ss" };

/**
 * Comparison key, as fold() in Python: case-, accent-, umlaut- and ß-insensitive,
 * "ue" after a vowel as "u", every other character run one space, "st" → "sankt".
 * fold("St. Ingbert") === fold("Sankt Ingbert"); fold("Nuernberg") === fold("Nürnberg").
 */
export function fold(text) {
  let key = String(text).toLowerCase().replace(/ẞ/g, "ss");
  key = key.replace(/(?<=[aou])e/g, "").replace(/[äöüß]/g, (char) => UMLAUTS[char]);
  key = key.normalize("NFD").replace(/\p{M}/gu, "");
  key = key.replace(/[^a-z0-9]+/g, " ").trim();
  return key.includes("st") ? key.replace(/\bst\b/g, "sankt") : key;
}

const BASE_SPLIT = /\s*(?:\(|\/|,| am | an der | an | in der | in | im | ob der | bei | b\.\s*| a\.\s*| i\.\s*)/;

/** The name without its official disambiguation: "Frankfurt am Main" → "Frankfurt", "Halle (Saale)" → "Halle". */
export function baseName(name) {
  return name.split(BASE_SPLIT)[0].trim();
}

/**
 * Decode the export: {kreise: [{key, label, kind, land}], places: [{name, kreis, lat, lon, plz}], plz: Map}.
 * `kreis` is an index into kreise, `plz` of a place counts its Postleitzahlen,
 * the map gives the place indices of a five-digit PLZ. Throws on another format.
 */
export function decode(data) {
  if (!data || data.format !== FORMAT) throw new Error(`Unbekanntes Format der Ortsliste: ${data && data.format}`);
  const kreise = data.kreise.map(([key, label, kind]) => ({ key, label, kind: data.kinds[kind], land: data.laender[key.slice(0, 2)] }));
  const names = data.places.names.split("|");
  const places = [];
  let lat = 0;
  let lon = 0;
  let kreis = 0;
  let left = data.places.per_kreis[0];
  names.forEach((name, index) => {
    while (left === 0) left = data.places.per_kreis[++kreis];
    left -= 1;
    lat += data.places.lat[index];
    lon += data.places.lon[index];
    places.push({ name, kreis, lat: lat / 1000, lon: lon / 1000, plz: 0 });
  });
  const plz = new Map();
  const flat = data.plz;
  let position = 0;
  let code = 0;
  let place = 0;
  while (position < flat.length) {
    code += flat[position];
    const count = flat[position + 1];
    position += 2;
    const indices = [];
    for (let i = 0; i < count; i += 1) {
      place += flat[position];
      indices.push(place);
      places[place].plz += 1;
      position += 1;
    }
    plz.set(String(code).padStart(5, "0"), indices);
  }
  return { kreise, places, plz };
}

function push(map, key, value) {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Lookups over a decoded export. lookup(query) gives the places of a PLZ (one
 * per Kreis, names joined) or of a name (exact, then without disambiguation,
 * then a Kreis label), best first, as the Python gazetteer orders them:
 * the exact name, then a city whose Kreis is that city, then more PLZ.
 * Each hit: {name, kreis: {key, label, kind, land}, plz: "90402" or ""}.
 */
export function createGazetteer(decoded) {
  const { kreise, places, plz } = decoded;
  const byName = new Map();
  const byBase = new Map();
  const byKreis = new Map();
  places.forEach((place, index) => {
    push(byName, fold(place.name), index);
    push(byBase, fold(baseName(place.name)), index);
  });
  kreise.forEach((kreis, index) => push(byKreis, fold(kreis.label), index));
  const cityKinds = new Set(["kreisfreie Stadt", "Stadtkreis"]);

  function isCity(place) {
    const kreis = kreise[place.kreis];
    const bare = kreis.label.replace(/, Stadt$/, "").replace(/^Stadt /, "");
    return cityKinds.has(kreis.kind) && fold(baseName(bare)) === fold(baseName(place.name));
  }

  function hit(place, code = "") {
    return { name: place.name, kreis: kreise[place.kreis], plz: code };
  }

  function lookup(query) {
    const text = String(query).trim();
    if (/^\d{5}$/.test(text)) {
      const perKreis = new Map();
      for (const index of plz.get(text) || []) push(perKreis, places[index].kreis, places[index].name);
      return [...perKreis].map(([kreis, names]) => ({ name: names.join(", "), kreis: kreise[kreis], plz: text }));
    }
    const key = fold(text);
    if (!key) return [];
    const found = [...new Set([...(byName.get(key) || []), ...(byBase.get(key) || [])])].map((index) => places[index]);
    if (!found.length) {
      return (byKreis.get(key) || []).map((index) => ({ name: kreise[index].label, kreis: kreise[index], plz: "" }));
    }
    const rank = (place) => [!(fold(place.name) === key || isCity(place)), !isCity(place), -place.plz];
    found.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i] < rb[i] ? -1 : 1;
      return a.name.localeCompare(b.name, "de");
    });
    return found.map((place) => hit(place));
  }

  return { lookup, kreise, places };
}
