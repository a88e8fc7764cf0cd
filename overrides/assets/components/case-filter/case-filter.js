/*
 * Gute Praxis: filters and sorts the cases listed in the page.
 *
 * Progressive enhancement: without this script the form stays hidden and every
 * case is listed, newest first. The choice is kept in the address (?land=Hessen)
 * so a filtered list can be bookmarked or shared; nothing is stored or sent.
 */
import { liveRegion } from "../lib/announce.js";
import { readState, writeState } from "../lib/url-state.js";

const NEUTRAL = { sort: "new" };

function targets(item) {
  try {
    return JSON.parse(item.getAttribute("data-target") || "[]");
  } catch {
    return [];
  }
}

export function countText(shown, total, easy) {
  if (easy) {
    if (shown === 0) return "Wir haben kein Beispiel gefunden.";
    if (shown === total) return "Sie sehen alle Beispiele.";
    return shown === 1 ? "Sie sehen 1 Beispiel." : `Sie sehen ${shown} Beispiele.`;
  }
  if (shown === 0) return "Kein Beispiel passt zu dieser Auswahl. Wählen Sie weniger Filter oder setzen Sie die Filter zurück.";
  if (shown === total) return total === 1 ? "1 Beispiel wird angezeigt." : `Alle ${total} Beispiele werden angezeigt.`;
  return `${shown} von ${total} Beispielen ${shown === 1 ? "passt" : "passen"} zu Ihrer Auswahl.`;
}

function start(root, list) {
  const form = document.getElementById("case-filter-form");
  const status = liveRegion(document.getElementById("case-filter-status"));
  const sort = document.getElementById("case-filter-sort"); // absent in the Leichte-Sprache listing
  const fields = Array.from(form.querySelectorAll("select"));
  const selects = Array.from(form.querySelectorAll("select[data-field]"));
  const cases = Array.from(list.querySelectorAll(".portal-case"));
  const order = cases.slice(); // the page's own order: newest start first
  const easy = root.getAttribute("data-easy") === "1";

  function matches(item) {
    return selects.every((select) => {
      const wanted = select.value;
      if (!wanted) return true;
      const field = select.getAttribute("data-field");
      if (field === "target") return targets(item).includes(wanted);
      return item.getAttribute(`data-${field}`) === wanted;
    });
  }

  function update(announce) {
    const sequence = sort && sort.value === "old" ? order.slice().reverse() : order;
    let shown = 0;
    sequence.forEach((item) => {
      const visible = matches(item);
      item.hidden = !visible;
      if (visible) shown += 1;
      list.appendChild(item);
    });
    const text = countText(shown, cases.length, easy);
    // A status region announces changed text; the first text is set without waiting.
    if (announce) status.say(text);
    else status.update(text);
    writeState(Object.fromEntries(fields.map((select) => [select.name, select.value])), NEUTRAL);
  }

  function restore() {
    const state = readState(fields.map((select) => select.name));
    fields.forEach((select) => {
      const value = state[select.name];
      if (value === null) return;
      const known = Array.from(select.options).some((option) => option.value === value);
      if (known) select.value = value;
    });
  }

  form.addEventListener("change", () => update(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(true);
    // The list follows every change already; the button takes the reader to its count.
    document.getElementById("case-filter-status").focus();
  });
  form.addEventListener("reset", () => {
    // The reset event fires before the fields are reset.
    window.setTimeout(() => update(true), 0);
  });

  restore();
  root.hidden = false;
  update(false);
}

const root = document.getElementById("case-filter");
const list = document.getElementById("case-list");
if (root && list) start(root, list);
