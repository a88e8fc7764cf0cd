// Site search: Pagefind's Component UI (pagefind-component-ui.js, loaded
// before this module) with German strings that address the reader as "Sie",
// and what the readers of this portal need on top of Pagefind's ranking:
//
// - a place or a Postleitzahl puts the answer for that place first (a link to
//   /zustaendig/?ort=…, found in zustaendig/orte.json, loaded only for such a
//   query), and then only pages that contain the place's name as a word;
// - a query of several words that no page contains whole falls back to the
//   pages that contain most of its words, and says so (also when Pagefind
//   itself dropped a word that no page holds);
// - from a Leichte-Sprache page, Leichte-Sprache pages first (a switch in the
//   dialog turns that off);
// - one entry per page with a short excerpt and the page's language,
//   sections only where they point elsewhere on the page;
// - an empty state in plain words with three ways on.
//
// The ranking itself comes from the index (hidden, weighted words of the
// Wörterbuch on the pages that explain them; see portal/types/glossary.py).
// Loaded as a module from this site only (no inline script, see the CSP notes).
import { Gazetteer } from "../lib/places.js";
import { loadJson } from "../lib/data.js";

const SITE = new URL("../../../", import.meta.url);
const EASY_PATH = "leichte-sprache/";

const strings = {
  placeholder: "Suchbegriff eingeben",
  search_label: "Diese Website durchsuchen",
  keyboard_search: "Suchen",
  zero_results: "Keine Ergebnisse für [SEARCH_TERM].",
  input_hint: "Die Ergebnisse erscheinen, während Sie tippen",
  filters_label: "Ergebnisse eingrenzen",
};

// Small words that say nothing about a topic; left out when a question of
// several words is split into its words (no page contains all of them).
const FILLER = new Set(
  "der die das den dem des ein eine einen einem einer eines und oder aber wie was wer wen wem wo wann warum weshalb wieso welche welcher welches ist sind bin bist war hat habe haben hast kann kannst können muss müssen darf soll ich mir mich mein meine sie ihr ihre ihnen es er man wir uns zu zum zur im in an am auf aus bei beim mit von vom für über unter nach vor ohne bis als auch noch nicht kein keine viel viele gibt geht bekommt bekomme bekommen".split(
    " ",
  ),
);

const pageIsEasy = () => document.querySelector('[data-pagefind-filter="Sprache:Leichte Sprache"]') !== null;
const isEasyUrl = (url) => new URL(url, location.href).pathname.startsWith(new URL(EASY_PATH, SITE).pathname);
const escapeHtml = (text) =>
  String(text ?? "").replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]);

/** Only links into this site (Pagefind's URLs are site-relative). */
function safeUrl(url) {
  const target = new URL(url, location.href);
  return target.origin === location.origin ? target.pathname + target.search + target.hash : "#";
}

// ---------------------------------------------------------------------------
// Places

let gazetteer = null;

/** A query that can name a place: five digits, or one to four words of letters. */
export function mayBePlace(query) {
  const text = query.trim();
  if (/^\d{5}$/.test(text)) return true;
  return text.length >= 3 && text.split(/\s+/).length <= 4 && /^\p{L}[\p{L} .'()\-/]*$/u.test(text);
}

/**
 * The best place for a query, or null. The place list (zustaendig/orte.json)
 * is loaded only when the query can be a place and the index agrees: a
 * Postleitzahl, or a word that the Länder's pages (/zustaendig/<land>/, with their Kreise, places and Postleitzahlen)
 * contain as a whole word. "Rente" or "Werkstatt" cost no extra byte.
 */
async function placeFor(query, search, options = {}) {
  if (!mayBePlace(query)) return null;
  const text = query.trim();
  if (!/^\d{5}$/.test(text) && !/\b(st|sankt)\b/i.test(text)) {
    const filters = { ...(options.filters || {}), Typ: ["Zuständigkeit"] };
    const inPlaces = await search(`"${text.replace(/"/g, "")}"`, { ...options, filters });
    if (!inPlaces || !inPlaces.results.length) return null;
  }
  try {
    if (gazetteer === null) gazetteer = loadJson(new URL("zustaendig/orte.json", SITE)).then((data) => new Gazetteer(data));
    const places = await gazetteer;
    const found = places.lookup(text);
    return found.length ? { ...found[0], kreis: places.kreise.get(found[0].kreis) } : null;
  } catch (error) {
    // Without the place list (an older build) the search works as before.
    console.warn("Ortsliste nicht verfügbar:", error);
    gazetteer = Promise.resolve({ lookup: () => [] });
    return null;
  }
}

function placeResult(query, place, easy) {
  const plz = /^\d{5}$/.test(query.trim());
  const url = new URL("zustaendig/", SITE);
  url.searchParams.set("ort", plz ? query.trim() : place.name);
  const where = plz ? `${query.trim()} (${place.name})` : place.name;
  const data = {
    url: url.pathname + url.search,
    meta: {
      title: easy ? `Wer hilft in ${where}?` : `Wer ist zuständig in ${where}?`,
    },
    excerpt: escapeHtml(
      easy
        ? `Hier steht, welches Amt für ${place.name} zuständig ist.`
        : `${place.kreis.label}, ${place.kreis.land}: die Stelle, die über das Budget für Arbeit entscheidet.`,
    ),
    sub_results: [],
    portalPlace: true,
  };
  return { id: "portal-place", score: Number.MAX_VALUE, words: [], data: async () => data };
}

// ---------------------------------------------------------------------------
// Search: Pagefind's results, reordered and completed

let easyFirst = pageIsEasy();
let easyIds = null;

async function easyPageIds(search) {
  if (easyIds === null) {
    easyIds = search(null, { filters: { Sprache: ["Leichte Sprache"] } }).then((found) => new Set((found?.results || []).map((result) => result.id)));
  }
  return easyIds;
}

/** The pages that contain most of the query's words, for a question that no page contains whole. */
async function partialMatches(search, words, options) {
  const pages = new Map();
  for (const word of words) {
    const found = await search(word, options);
    (found?.results || []).forEach((result, rank) => {
      const entry = pages.get(result.id) || { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += 1 / (rank + 1);
      pages.set(result.id, entry);
    });
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}

/** Pagefind's search(term, options) completed as described at the top; exported for bench/search_queries.py. */
export async function portalSearch(search, term, options = {}) {
  const found = await search(term, options);
  const query = (term || "").trim();
  if (!found || !query) return found;
  let results = found.results;
  let partial = false;

  // A question of several words: when few pages hold all its words, the
  // pages that hold most of them follow (all of them when none holds all).
  const words = query.split(/\s+/).filter((word) => word.length > 1 && !FILLER.has(word.toLowerCase()));
  if (results.length < 3 && words.length > 1) {
    const ids = new Set(results.map((result) => result.id));
    const more = (await partialMatches(search, words, options)).filter((result) => !ids.has(result.id));
    partial = results.length === 0 && more.length > 0;
    results = [...results, ...more];
  }
  // Pagefind leaves out a word that no page holds and answers for the others
  // ("Budget Kühlschrank" gives every page on the budget): say that these
  // pages hold only some of the words.
  if (!partial && results.length > 0 && words.length > 1) {
    for (const word of words) {
      const exact = await search(`"${word.replace(/"/g, "")}"`, options);
      if (!exact?.results?.length) {
        partial = true;
        break;
      }
    }
  }

  const easy = pageIsEasy();
  const place = await placeFor(query, search, options);
  if (place) {
    // Only pages that contain the place's name (or the PLZ) as a word, not a
    // word that merely starts like it (Pagefind matches "Nürnberg" to "nur"
    // when no page holds "Nürnberg").
    const exact = await search(`"${query.replace(/"/g, "")}"`, options);
    const keep = new Set((exact?.results || []).map((result) => result.id));
    results = [placeResult(query, place, easy), ...results.filter((result) => keep.has(result.id))];
  }

  if (easy && easyFirst) {
    const ids = await easyPageIds(search);
    const first = results.filter((result) => result.id === "portal-place" || ids.has(result.id));
    results = [...first, ...results.filter((result) => !first.includes(result))];
  }
  return { ...found, results, portalPartial: partial, portalPlace: place };
}

// ---------------------------------------------------------------------------
// Results: one entry per page

const plainText = (html) => String(html || "").replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
const tokenText = (token) => plainText(token).replace(/[.,;:!?]+$/, "").toLowerCase();

/**
 * The hidden search words of a page (see portal/types/glossary.py) can fill
 * an excerpt. A run of them becomes the words that matched, followed by the
 * start of the page's own text after them.
 */
function tidyExcerpt(excerpt, searchWords, content = "") {
  if (!searchWords) return excerpt;
  const known = new Set(searchWords.split(/[\s,]+/).map((word) => word.toLowerCase()).filter(Boolean));
  const tokens = excerpt.split(" ");
  const out = [];
  let run = [];
  let tidied = false;
  const flush = () => {
    if (run.length >= 3) {
      tidied = true;
      const marked = run.filter((token) => token.includes("<mark>"));
      const words = [...new Map(marked.map((token) => [tokenText(token), token.replace(/[.,](<\/mark>)?$/, "$1")])).values()];
      if (words.length) out.push(words.join(" · ") + " –");
    } else out.push(...run);
    run = [];
  };
  for (const token of tokens) {
    if (known.has(tokenText(token))) run.push(token);
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  const text = out.join(" ");
  const at = content.indexOf(searchWords);
  if (!tidied || at < 0 || plainText(text).split(" ").length > 10) return text;
  // The excerpt was mostly the word list: go on with the text that follows it on the page.
  const after = content.slice(at + searchWords.length).replace(/^[\s.,]+/, "").split(/\s+/);
  return `${text} ${escapeHtml(after.slice(0, 14).join(" "))}${after.length > 14 ? " …" : ""}`;
}

function subResults(data, title, excerpt) {
  const pageUrl = (data.meta?.url || data.url || "").split("#")[0];
  const seen = new Set([plainText(excerpt)]);
  const sections = [];
  for (const sub of data.sub_results || []) {
    const [path, hash] = (sub.url || "").split("#");
    const text = plainText(sub.excerpt);
    // Only sections of this page other than its top, with text the card does not show already.
    if (!hash || path !== pageUrl || plainText(sub.title) === plainText(title) || seen.has(text)) continue;
    seen.add(text);
    sections.push(sub);
  }
  return sections
    .map((sub, order) => ({ sub, order, weight: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .sort((a, b) => a.order - b.order)
    .map((entry) => entry.sub);
}

export function renderResult(data) {
  const url = data.meta?.url || data.url;
  const title = data.meta?.title || url;
  if (data.portalPlace) {
    return `<li class="pf-result portal-result portal-result--place"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title"><a class="pf-result-link" href="${escapeHtml(safeUrl(url))}">${escapeHtml(title)}</a></p>
<p class="pf-result-excerpt">${data.excerpt}</p></div></div></li>`;
  }
  const easy = isEasyUrl(url);
  const excerpt = tidyExcerpt(data.excerpt || "", data.meta?.suchwoerter, data.content);
  const sections = subResults(data, title, excerpt);
  const chips = sections.length
    ? `<ul class="pf-heading-chips">${sections
        .map(
          (sub) =>
            `<li class="pf-heading-chip"><a class="pf-heading-link" href="${escapeHtml(safeUrl(sub.url))}">${escapeHtml(sub.title)}</a><p class="pf-heading-excerpt">${tidyExcerpt(sub.excerpt, data.meta?.suchwoerter)}</p></li>`,
        )
        .join("")}</ul>`
    : "";
  return `<li class="pf-result portal-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title"><a class="pf-result-link" href="${escapeHtml(safeUrl(url))}">${escapeHtml(title)}<span class="portal-result-language${easy ? " portal-result-language--easy" : ""}"><span class="md-visually-hidden">, </span>${easy ? "Leichte Sprache" : "Standard-Sprache"}</span></a></p>
${excerpt ? `<p class="pf-result-excerpt">${excerpt}</p>` : ""}</div></div>${chips}</li>`;
}

// ---------------------------------------------------------------------------
// Status below the summary: empty state and partial matches

function statusHtml(result, term, easy) {
  const link = (path, text) => `<li><a href="${escapeHtml(new URL(path, SITE).pathname)}">${escapeHtml(text)}</a></li>`;
  if (!result.results.length) {
    const ways = easy
      ? [link("zustaendig/", "Wer hilft mir in meinem Ort?"), link(EASY_PATH + "anbieter/", "Eine Stelle in der Nähe finden"), link(EASY_PATH + "beratung/", "Beratung")]
      : [link("zustaendig/", "Wer ist an Ihrem Ort zuständig?"), link("anbieter/", "Anbieter in Ihrer Nähe finden"), link("beratung/", "Beratung zum Budget für Arbeit")];
    const intro = easy
      ? `<p>Wir haben nichts gefunden für: <strong>${escapeHtml(term)}</strong>.</p><p>Versuchen Sie ein anderes Wort. Oder ein kürzeres Wort.</p><p>Hier finden Sie auch Hilfe:</p>`
      : `<p>Zu <strong>${escapeHtml(term)}</strong> haben wir keine Seite gefunden. Versuchen Sie ein anderes oder ein kürzeres Wort, zum Beispiel „Lohn“, „Antrag“ oder den Namen Ihres Ortes.</p><p>Oder gehen Sie hier weiter:</p>`;
    return `${intro}<ul>${ways.join("")}</ul>`;
  }
  if (result.portalPartial) {
    return easy
      ? "<p>Keine Seite hat alle Ihre Wörter. Diese Seiten haben einige davon.</p>"
      : "<p>Keine Seite enthält alle Ihre Wörter. Diese Seiten passen zu einem Teil davon.</p>";
  }
  return "";
}

// ---------------------------------------------------------------------------
// Wiring

function configure() {
  const components = window.PagefindComponents;
  if (!components || !components.getInstanceManager) return null;
  // getInstance creates the "default" instance if no component has yet; the
  // components connected later pick it up with these strings already set.
  const instance = components.getInstanceManager().getInstance("default");
  // Pagefind guesses its bundle from document.currentScript, which is null for
  // module scripts, and then falls back to "/pagefind/": wrong when the site
  // lives under a subpath (e.g. GitHub Pages). The bundle is at the site root.
  instance.options.bundlePath = new URL("pagefind/", SITE).href;
  // Short excerpts: a card is read at a glance, also on a phone.
  instance.pagefindOptions = { ...instance.pagefindOptions, excerptLength: 16 };
  instance.setTranslations(strings);
  wrapBackend(instance);
  return instance;
}

/**
 * Pagefind's Component UI (1.5) loads its backend in Instance.__doLoad__ and
 * keeps it as __pagefind__; its search() is wrapped once loaded, so that every
 * component (results, summary, filters) sees the same completed results.
 * tests/browser/test_search.py fails if a Pagefind upgrade changes this.
 */
function wrapBackend(instance) {
  const load = instance.__doLoad__;
  if (typeof load !== "function") {
    console.warn("Pagefind: __doLoad__ fehlt; Orte, Teiltreffer und Leichte Sprache zuerst sind aus.");
    return;
  }
  instance.__doLoad__ = async function portalLoad(...args) {
    await load.apply(this, args);
    const backend = this.__pagefind__;
    if (backend && !backend.portalWrapped) {
      const search = backend.search.bind(backend);
      backend.search = (term, options) => portalSearch(search, term, options);
      backend.portalWrapped = true;
    }
  };
}

// Insert the dialog only now: see the comment in overrides/partials/header.html.
function insertDialog(instance) {
  const template = document.getElementById("portal-search-dialog");
  if (!template) return;
  template.replaceWith(template.content.cloneNode(true));
  const results = document.querySelector("pagefind-modal pagefind-results");
  if (results) results.resultTemplate = renderResult;

  const status = document.querySelector(".portal-search__status");
  instance.on("results", (result) => {
    if (!status) return;
    const term = (instance.searchTerm || "").trim();
    status.innerHTML = term ? statusHtml(result, term, pageIsEasy()) : "";
    status.hidden = status.innerHTML === "";
    // The query whose results are shown (tests wait for it).
    status.dataset.query = term;
  });

  const order = document.querySelector(".portal-search__easy-first input");
  if (order) {
    order.checked = easyFirst;
    order.addEventListener("change", () => {
      easyFirst = order.checked;
      if ((instance.searchTerm || "").trim()) instance.triggerSearch(instance.searchTerm);
    });
  }
}

const instance = configure();
if (instance) insertDialog(instance);
