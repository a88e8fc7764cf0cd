// Text for matching: the same rule as portal.places.normalise in Python.

/** Lower case, no accents, ß as ss, single spaces: "Straße  Öhringen" → "strasse ohringen". */
export function normalise(text) {
  return text.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
}
