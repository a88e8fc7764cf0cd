/*
 * Place lookup shared by the components (zustaendig, antrag): name folding and the
 * gazetteer of zustaendig/orte.json (format portal-gazetteer/1, see portal/gazetteer/export.py).
 * Follows portal/gazetteer/core.py and the place choice of portal/types/responsible_resolver.py
 * step by step; tests/browser/test_zustaendig.py compares the two.
 */

// ---------------------------------------------------------------- name folding

const UMLAUTS = { "ä": "a", "ö": "o", "ü": "u", "ß": "ss" };

/** Same as portal.gazetteer.fold: case, umlauts (also written ae/oe/ue), ß, accents, punctuation, "St." */
export function fold(text) {
  let value = text.toLowerCase().replace(/(?<=[aou])e/g, "").replace(/[äöüß]/g, (c) => UMLAUTS[c]);
  if (/[^ -~]/.test(value)) value = value.normalize("NFD").replace(/\p{M}/gu, "");
  value = value.replace(/[^a-z0-9]+/g, " ").trim();
  return value.includes("st") ? value.replace(/\bst\b/g, "sankt") : value;
}

const BASE_SPLIT = /\s*(?:\(|\/|,| am | an der | an | in der | in | im | ob der | bei | b\.\s*| a\.\s*| i\.\s*)/;

/** Same as portal.gazetteer.base_name: "Frankfurt am Main" → "Frankfurt". */
export function baseName(name) {
  return name.split(BASE_SPLIT)[0].trim();
}

const CITY_KINDS = new Set(["kreisfreie Stadt", "Stadtkreis"]);
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- gazetteer

export class Gazetteer {
  constructor(data) {
    this.laender = data.laender;
    this.kreise = new Map();
    for (const [key, label, kind] of data.kreise) {
      const kindName = data.kinds[kind];
      const city = CITY_KINDS.has(kindName);
      const bare = city && label.endsWith(", Stadt") ? label.slice(0, -7) : label;
      this.kreise.set(key, { key, label, kind: kindName, land: data.laender[key.slice(0, 2)], isCity: city, name: bare });
    }
    const names = data.places.names.split("|");
    const keys = [];
    data.kreise.forEach(([key], index) => {
      for (let i = 0; i < data.places.per_kreis[index]; i++) keys.push(key);
    });
    this.places = [];
    let lat = 0;
    let lon = 0;
    names.forEach((name, i) => {
      lat += data.places.lat[i];
      lon += data.places.lon[i];
      this.places.push({ name, kreis: keys[i], lat: lat / 1000, lon: lon / 1000, plz: [] });
    });
    this.byPlz = new Map();
    const flat = data.plz;
    let position = 0;
    let code = 0;
    let place = 0;
    while (position < flat.length) {
      code += flat[position];
      const count = flat[position + 1];
      position += 2;
      const text = String(code).padStart(5, "0");
      const list = [];
      for (let n = 0; n < count; n++) {
        place += flat[position++];
        list.push(this.places[place]);
        this.places[place].plz.push(text);
      }
      this.byPlz.set(text, list);
    }
    this.byName = new Map();
    this.byBase = new Map();
    for (const p of this.places) {
      const key = fold(p.name);
      if (!this.byName.has(key)) this.byName.set(key, []);
      this.byName.get(key).push(p);
      const base = fold(baseName(p.name));
      if (base !== key) {
        if (!this.byBase.has(base)) this.byBase.set(base, []);
        this.byBase.get(base).push(p);
      }
      p.own = 0;
    }
    for (const list of this.byPlz.values()) if (list.length === 1) list[0].own++;
    this.kreisByLabel = new Map([...this.kreise.values()].map((k) => [fold(k.label), k]));
    this.sortedNames = [...this.byName.keys()].sort(byCode);
  }

  isOwnCity(place) {
    const kreis = this.kreise.get(place.kreis);
    return kreis.isCity && fold(baseName(kreis.name)) === fold(baseName(place.name));
  }

  rank(place, key) {
    const exact = fold(place.name) === key;
    const city = this.isOwnCity(place);
    return [!exact && !city ? 1 : 0, city ? 0 : 1, -place.plz.length, -place.own, place.name, place.kreis];
  }

  /** Places for a PLZ (one per Kreis) or a name, best first — as Gazetteer.lookup in Python. */
  lookup(query) {
    const text = query.trim();
    if (/^\d{5}$/.test(text)) return this.plzPlaces(text);
    const key = fold(text);
    if (!key) return [];
    let found = [...(this.byName.get(key) || [])];
    for (const p of this.byBase.get(key) || []) if (!found.includes(p)) found.push(p);
    if (!found.length && this.kreisByLabel.has(key)) found = [this.kreisPlace(this.kreisByLabel.get(key))];
    if (!found.length) {
      for (const name of this.sortedNames) {
        if (name.startsWith(key + " ")) found.push(...this.byName.get(name));
        if (found.length >= 20) break;
      }
      found = found.slice(0, 20);
    }
    const ranked = found.map((p) => [this.rank(p, key), p]);
    ranked.sort((a, b) => {
      for (let i = 0; i < a[0].length; i++) {
        const x = a[0][i];
        const y = b[0][i];
        if (x !== y) return typeof x === "string" ? byCode(x, y) : x - y;
      }
      return 0;
    });
    return ranked.map((pair) => pair[1]);
  }

  plzPlaces(code) {
    const perKreis = new Map();
    for (const p of this.byPlz.get(code) || []) {
      if (!perKreis.has(p.kreis)) perKreis.set(p.kreis, []);
      perKreis.get(p.kreis).push(p);
    }
    const result = [];
    for (const [key, places] of perKreis) {
      places.sort((a, b) => b.plz.length - a.plz.length || byCode(a.name, b.name));
      const names = [...new Set(places.map((p) => p.name))];
      const lat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
      const lon = places.reduce((sum, p) => sum + p.lon, 0) / places.length;
      result.push({ name: names.join(", "), count: names.length, kreis: key, lat, lon, plz: [code], own: 0 });
    }
    result.sort((a, b) => b.count - a.count || byCode(a.kreis, b.kreis));
    return result;
  }

  kreisPlace(kreis) {
    const places = this.places.filter((p) => p.kreis === kreis.key);
    const lat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
    const lon = places.reduce((sum, p) => sum + p.lon, 0) / places.length;
    return { name: kreis.label, kreis: kreis.key, lat, lon, plz: [...new Set(places.flatMap((p) => p.plz))], own: 0 };
  }

  /** The place to answer for, or null and the places to choose from — as responsible_resolver.resolve. */
  resolve(query) {
    const text = query.trim();
    const found = this.lookup(text);
    if (!found.length) return { chosen: null, choices: [] };
    if (new Set(found.map((p) => p.kreis)).size === 1) return { chosen: found[0], choices: found.slice(1) };
    if (/^\d{5}$/.test(text)) return { chosen: null, choices: found };
    const key = fold(text);
    const top = found[0];
    const elsewhere = found.filter((p) => p.kreis !== top.kreis);
    const exactElsewhere = elsewhere.some((p) => fold(p.name) === key);
    const cityElsewhere = elsewhere.some((p) => this.isOwnCity(p));
    if (this.isOwnCity(top) && !cityElsewhere && (fold(top.name) === key || !exactElsewhere)) {
      return { chosen: top, choices: found.slice(1) };
    }
    return { chosen: null, choices: found };
  }
}
