// Pagefind Component UI: German strings that address the reader as "Sie".
// Loaded as a module from this site only (no inline script, see the CSP notes).
const strings = {
  placeholder: "Suchbegriff eingeben",
  search_label: "Diese Website durchsuchen",
  keyboard_search: "Suchen",
  zero_results: "Keine Ergebnisse für [SEARCH_TERM]. Versuchen Sie ein anderes Wort.",
  input_hint: "Die Ergebnisse erscheinen, während Sie tippen",
};

function configure() {
  const components = window.PagefindComponents;
  if (!components) return false;
  const manager = components.getInstanceManager ? components.getInstanceManager() : null;
  const instance = manager ? manager.getInstance("default") : null;
  if (!instance || !instance.setTranslations) return false;
  instance.setTranslations(strings);
  return true;
}

if (!configure()) {
  window.addEventListener("DOMContentLoaded", configure, { once: true });
}
