// Pagefind Component UI: German strings that address the reader as "Sie".
// Loaded as a module from this site only (no inline script, see the CSP notes),
// after pagefind-component-ui.js, which defines window.PagefindComponents.
const strings = {
  placeholder: "Suchbegriff eingeben",
  search_label: "Diese Website durchsuchen",
  keyboard_search: "Suchen",
  zero_results: "Keine Ergebnisse für [SEARCH_TERM]. Versuchen Sie ein anderes Wort.",
  input_hint: "Die Ergebnisse erscheinen, während Sie tippen",
  filters_label: "Ergebnisse eingrenzen",
};

function configure() {
  const components = window.PagefindComponents;
  if (!components || !components.getInstanceManager) return false;
  // getInstance creates the "default" instance if no component has yet; the
  // components connected later pick it up with these strings already set.
  const instance = components.getInstanceManager().getInstance("default");
  // Pagefind guesses its bundle from document.currentScript, which is null for
  // module scripts, and then falls back to "/pagefind/": wrong when the site
  // lives under a subpath (e.g. GitHub Pages). This file sits in
  // assets/components/search/, so the bundle is three levels up, wherever the site is.
  instance.options.bundlePath = new URL("../../../pagefind/", import.meta.url).href;
  instance.setTranslations(strings);
  return true;
}

// Insert the dialog only now: see the comment in overrides/partials/header.html.
function insertDialog() {
  const template = document.getElementById("portal-search-dialog");
  if (template) template.replaceWith(template.content.cloneNode(true));
}

if (configure()) insertDialog();
