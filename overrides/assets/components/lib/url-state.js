// Filter state in the address (?land=Hessen), so that a filtered list can be
// bookmarked or shared. Nothing is stored or sent.

/** The value of each named parameter in the current address, or null where it is absent. */
export function readState(names) {
  const params = new URLSearchParams(window.location.search);
  return Object.fromEntries(names.map((name) => [name, params.get(name)]));
}

/**
 * Write the filter values into the address without a new history entry. A value
 * equal to its neutral value (defaults[name], else "") is left out; parameters
 * that are no filter stay as they are.
 */
export function writeState(values, defaults = {}) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value && value !== (defaults[name] || "")) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  window.history.replaceState(window.history.state, "", window.location.pathname + (query ? `?${query}` : "") + window.location.hash);
}
