/*
 * Gute Praxis: filters and sorts the cases listed in the page.
 *
 * Progressive enhancement: without this script the form stays hidden and every
 * case is listed, newest first. The choice is kept in the address (?land=Hessen)
 * so a filtered list can be bookmarked or shared; nothing is stored or sent.
 */
(function () {
  "use strict";

  var root = document.getElementById("case-filter");
  var list = document.getElementById("case-list");
  if (!root || !list) return;

  var form = document.getElementById("case-filter-form");
  var status = document.getElementById("case-filter-status");
  var sort = document.getElementById("case-filter-sort"); // absent in the Leichte-Sprache listing
  var fields = Array.prototype.slice.call(form.querySelectorAll("select"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-field]"));
  var cases = Array.prototype.slice.call(list.querySelectorAll(".portal-case"));
  var order = cases.slice(); // the page's own order: newest start first

  function targets(item) {
    try {
      return JSON.parse(item.getAttribute("data-target") || "[]");
    } catch (error) {
      return [];
    }
  }

  function matches(item) {
    return selects.every(function (select) {
      var wanted = select.value;
      if (!wanted) return true;
      var field = select.getAttribute("data-field");
      if (field === "target") return targets(item).indexOf(wanted) !== -1;
      return item.getAttribute("data-" + field) === wanted;
    });
  }

  var easy = root.getAttribute("data-easy") === "1";

  function countText(shown, total) {
    if (easy) {
      if (shown === 0) return "Wir haben kein Beispiel gefunden.";
      if (shown === total) return "Sie sehen alle Beispiele.";
      return shown === 1 ? "Sie sehen 1 Beispiel." : "Sie sehen " + shown + " Beispiele.";
    }
    if (shown === 0) return "Kein Beispiel passt zu dieser Auswahl. Wählen Sie weniger Filter oder setzen Sie die Filter zurück.";
    if (shown === total) return total === 1 ? "1 Beispiel wird angezeigt." : "Alle " + total + " Beispiele werden angezeigt.";
    return shown + " von " + total + " Beispielen " + (shown === 1 ? "passt" : "passen") + " zu Ihrer Auswahl.";
  }

  function remember() {
    if (!window.history || !window.history.replaceState || !window.URLSearchParams) return;
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (select) {
      var neutral = select === sort ? "new" : "";
      if (select.value && select.value !== neutral) params.set(select.name, select.value);
      else params.delete(select.name);
    });
    var query = params.toString();
    window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function update(announce) {
    var sequence = sort && sort.value === "old" ? order.slice().reverse() : order;
    var shown = 0;
    sequence.forEach(function (item) {
      var visible = matches(item);
      item.hidden = !visible;
      if (visible) shown += 1;
      list.appendChild(item);
    });
    var text = countText(shown, cases.length);
    // A status region announces changed text; the first text is set without waiting.
    if (announce || status.textContent !== text) status.textContent = text;
    remember();
  }

  function restore() {
    if (!window.URLSearchParams) return;
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (select) {
      var value = params.get(select.name);
      if (value === null) return;
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      if (known) select.value = value;
    });
  }

  form.addEventListener("change", function () { update(true); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true);
  });
  form.addEventListener("reset", function () {
    // The reset event fires before the fields are reset.
    window.setTimeout(function () { update(true); }, 0);
  });

  restore();
  root.hidden = false;
  update(false);
})();
