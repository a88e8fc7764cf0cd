// Data files of this site (finder.json, orte.json, form-rules.json): loaded
// from the same origin only, and their table rows read by column name.

/** The parsed JSON at `url` (relative to the page); rejects on any HTTP error. */
export async function loadJson(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Column positions by name, from a table's "fields" list: columns(["id", "name"]).name === 1.
 * Throws if a column the caller needs is missing, so a changed file fails loudly.
 */
export function columns(fields, needed = []) {
  const index = Object.fromEntries(fields.map((name, position) => [name, position]));
  for (const name of needed) {
    if (!(name in index)) throw new Error(`Spalte ${name} fehlt`);
  }
  return index;
}
