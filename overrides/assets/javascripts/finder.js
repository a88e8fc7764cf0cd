/*
 * Anbieter-Finder: filters and sorts the providers in the page.
 *
 * Progressive enhancement: without this script the finder section stays hidden
 * and the Bundesland lists below it lead to every provider. The data comes from
 * this site only (finder.json, and orte.json once a reader searches by place);
 * the reader's position never leaves the browser.
 */
(function () {
  "use strict";

  var root = document.getElementById("finder");
  if (!root || !window.fetch) return;

  var PAGE_SIZE = 50;
  var easy = root.getAttribute("data-easy") === "1";
  var TEXT = easy
    ? {
        count: function (n) { return n === 1 ? "Wir haben 1 Stelle gefunden." : "Wir haben " + n + " Stellen gefunden."; },
        none: "Wir haben keine Stelle gefunden.",
        nationwide: "für ganz Deutschland",
        near: function (name) { return "Die nächsten Stellen bei " + name + " stehen oben."; },
        here: "Die nächsten Stellen bei Ihnen stehen oben.",
        noPosition: "Wir kennen Ihren Ort nicht. Schreiben Sie bitte den Namen von Ihrem Ort.",
        unknownPlace: function (text) { return "Den Ort " + text + " kennen wir nicht. Schreiben Sie den Ort bitte anders."; },
        unknownCode: "Diese Post-Leit-Zahl kennen wir nicht. Schreiben Sie bitte den Namen von Ihrem Ort.",
        waiting: "Einen Moment bitte.",
        loadError: "Die Liste konnte nicht laden. Nehmen Sie bitte die Listen für jedes Bundes-Land weiter unten.",
        distance: function (km) { return "etwa " + km + " Kilometer entfernt"; },
        more: function (n) { return "Mehr Stellen zeigen (noch " + n + ")"; }
      }
    : {
        count: function (n) { return n === 1 ? "1 Anbieter gefunden." : n + " Anbieter gefunden."; },
        none: "Keine Anbieter gefunden.",
        nationwide: "bundesweit tätig",
        near: function (name) { return "Sortiert nach Entfernung zu " + name + "."; },
        here: "Sortiert nach Entfernung zu Ihrem Standort.",
        noPosition: "Ihr Standort ist nicht verfügbar oder wurde nicht freigegeben. Geben Sie stattdessen einen Ort oder eine Postleitzahl ein.",
        unknownPlace: function (text) { return "Den Ort „" + text + "“ kennt das Portal nicht. Prüfen Sie die Schreibweise oder geben Sie einen größeren Ort in der Nähe ein."; },
        unknownCode: "Für diese Postleitzahl kennt das Portal keine Lage. Geben Sie bitte den Ortsnamen ein.",
        waiting: "Die Ortsliste wird geladen …",
        loadError: "Die Anbieterliste konnte nicht geladen werden. Nutzen Sie bitte die Listen nach Bundesland weiter unten.",
        distance: function (km) { return "etwa " + km + " km entfernt"; },
        more: function (n) { return "Weitere Anbieter anzeigen (noch " + n + ")"; }
      };

  var form = document.getElementById("finder-form");
  var textField = document.getElementById("finder-text");
  var landField = document.getElementById("finder-land");
  var kindField = document.getElementById("finder-kind");
  var placeField = document.getElementById("finder-place");
  var count = document.getElementById("finder-count");
  var list = document.getElementById("finder-results");
  var more = document.getElementById("finder-more");
  var empty = document.getElementById("finder-empty");
  var nearStatus = document.getElementById("finder-near-status");
  var base = root.getAttribute("data-base") || "./";

  var data = null;
  var rows = [];
  var origin = null; // {lat, lon} chosen by the reader
  var shown = 0;
  var matches = [];
  var announceTimer = 0;
  var places = null;

  /* Same rule as portal.places.normalise: lower case, no accents, ß as ss. */
  function normalise(text) {
    return text.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
  }

  function prepare(payload) {
    data = payload;
    var strings = payload.s;
    rows = payload.p.map(function (row) {
      return {
        id: row[0],
        name: row[1],
        kind: row[2],
        land: row[3],
        town: strings[row[4]],
        nationwide: row[5] === 1,
        lat: row[6] === null ? null : row[6] / 100,
        lon: row[7] === null ? null : row[7] / 100,
        approximate: row[8] === 1,
        services: row[9],
        access: row[10],
        online: row[11],
        haystack: normalise([row[1], strings[row[4]], strings[row[12]], payload.kinds[row[2]], payload.lands[row[3]]].join(" ")),
        distance: null
      };
    });
  }

  function checkedMask(name) {
    var mask = 0;
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (box) {
      mask |= 1 << Number(box.value);
    });
    return mask;
  }

  function distanceKm(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var dlat = (lat2 - lat1) * rad;
    var dlon = (lon2 - lon1) * rad;
    var a = Math.pow(Math.sin(dlat / 2), 2) + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin(dlon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }

  /* Local providers by distance, then the nationwide ones (they serve every place), then those without a position. */
  function rank(row) {
    if (row.nationwide) return 1;
    return row.distance === null ? 2 : 0;
  }

  function filter() {
    var words = normalise(textField.value).split(" ").filter(Boolean);
    var land = landField.value === "" ? -1 : Number(landField.value);
    var kind = kindField.value === "" ? -1 : Number(kindField.value);
    var services = checkedMask("service");
    var access = checkedMask("access");
    matches = rows.filter(function (row) {
      if (land !== -1 && row.land !== land && !row.nationwide) return false;
      if (kind !== -1 && row.kind !== kind) return false;
      if ((row.services & services) !== services) return false;
      if ((row.access & access) !== access) return false;
      for (var i = 0; i < words.length; i++) {
        if (row.haystack.indexOf(words[i]) === -1) return false;
      }
      return true;
    });
    if (origin) {
      matches.sort(function (a, b) {
        return rank(a) - rank(b) || (rank(a) === 0 ? a.distance - b.distance : 0) || a.name.localeCompare(b.name, "de");
      });
    }
  }

  function item(row) {
    var li = document.createElement("li");
    li.className = "finder__item";
    var link = document.createElement("a");
    link.href = base + encodeURIComponent(row.id) + "/";
    link.textContent = row.name;
    li.appendChild(link);
    var meta = document.createElement("span");
    meta.className = "finder__meta";
    var parts = [data.kinds[row.kind]];
    parts.push(row.town ? row.town + ", " + data.lands[row.land] : data.lands[row.land]);
    if (row.nationwide) parts.push(TEXT.nationwide);
    meta.textContent = parts.join(" · ");
    li.appendChild(meta);
    if (origin && row.distance !== null && !row.nationwide) {
      var distance = document.createElement("span");
      distance.className = "finder__distance";
      distance.textContent = TEXT.distance(Math.max(1, Math.round(row.distance)));
      li.appendChild(distance);
    }
    return li;
  }

  function showMore() {
    var fragment = document.createDocumentFragment();
    var end = Math.min(matches.length, shown + PAGE_SIZE);
    for (var i = shown; i < end; i++) fragment.appendChild(item(matches[i]));
    list.appendChild(fragment);
    var first = list.children[shown];
    shown = end;
    more.hidden = shown >= matches.length;
    more.textContent = TEXT.more(matches.length - shown);
    return first;
  }

  function announce(delay) {
    window.clearTimeout(announceTimer);
    var message = matches.length ? TEXT.count(matches.length) : TEXT.none;
    if (!delay) {
      count.textContent = message;
      return;
    }
    // While the reader types, announce the count once they pause, not at every key.
    announceTimer = window.setTimeout(function () { count.textContent = message; }, delay);
  }

  function update(delay) {
    if (!data) return;
    filter();
    list.textContent = "";
    shown = 0;
    showMore();
    list.hidden = matches.length === 0;
    empty.hidden = matches.length !== 0;
    announce(delay);
  }

  function sortFrom(lat, lon, message) {
    if (!data) {
      load().then(function () { if (data) sortFrom(lat, lon, message); });
      return;
    }
    origin = { lat: lat, lon: lon };
    rows.forEach(function (row) {
      row.distance = row.lat === null ? null : distanceKm(lat, lon, row.lat, row.lon);
    });
    nearStatus.textContent = message;
    update(0);
  }

  function loadPlaces() {
    if (!places) {
      places = fetch(root.getAttribute("data-places"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (table) {
          return table.p.map(function (row) { return { name: row[0], key: normalise(row[0]), land: row[1], lat: row[2] / 100, lon: row[3] / 100 }; });
        });
    }
    return places;
  }

  function findPlace(table, text) {
    var key = normalise(text);
    var i;
    // The table lists the largest places first, so the first hit is the likeliest.
    for (i = 0; i < table.length; i++) if (table[i].key === key) return table[i];
    for (i = 0; i < table.length; i++) if (table[i].key.indexOf(key + " ") === 0) return table[i];
    for (i = 0; i < table.length; i++) if (table[i].key.indexOf(key) === 0) return table[i];
    return null;
  }

  function searchPlace() {
    var text = placeField.value.trim();
    if (!text) return;
    if (!data) {
      load().then(function () { if (data) searchPlace(); });
      return;
    }
    if (/^\d{5}$/.test(text)) {
      var code = data.plz[text];
      if (code) sortFrom(code[0] / 100, code[1] / 100, TEXT.near(text));
      else nearStatus.textContent = TEXT.unknownCode;
      return;
    }
    nearStatus.textContent = TEXT.waiting;
    loadPlaces().then(function (table) {
      var place = findPlace(table, text);
      if (place) sortFrom(place.lat, place.lon, TEXT.near(place.name + " (" + data.lands[place.land] + ")"));
      else nearStatus.textContent = TEXT.unknownPlace(text);
    }, function () {
      places = null;
      nearStatus.textContent = TEXT.loadError;
    });
  }

  function locate() {
    if (!navigator.geolocation) {
      nearStatus.textContent = TEXT.noPosition;
      return;
    }
    nearStatus.textContent = TEXT.waiting;
    navigator.geolocation.getCurrentPosition(
      function (position) { sortFrom(position.coords.latitude, position.coords.longitude, TEXT.here); },
      function () { nearStatus.textContent = TEXT.noPosition; },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
    );
  }

  /* After the form's own reset has cleared the fields: forget the place and show everything. */
  function afterReset() {
    origin = null;
    rows.forEach(function (row) { row.distance = null; });
    nearStatus.textContent = "";
    update(0);
  }

  function reset() {
    form.reset();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (document.activeElement === placeField) searchPlace();
  });
  form.addEventListener("reset", function () {
    // The reset event fires before the fields are cleared.
    window.setTimeout(afterReset, 0);
  });
  form.addEventListener("input", function (event) {
    if (event.target === placeField) return;
    update(event.target === textField ? 700 : 0);
  });
  if (placeField) {
    placeField.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        searchPlace();
      }
    });
    document.getElementById("finder-place-go").addEventListener("click", searchPlace);
  }
  document.getElementById("finder-locate").addEventListener("click", locate);
  document.getElementById("finder-empty-reset").addEventListener("click", function () {
    reset();
    textField.focus();
  });
  more.addEventListener("click", function () {
    var first = showMore();
    // Keyboard and screen-reader users continue at the first newly shown entry.
    if (first) first.querySelector("a").focus();
  });

  var loading = null;
  function load() {
    if (!loading) {
      loading = fetch(root.getAttribute("data-finder"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (payload) {
          prepare(payload);
          var waiting = document.getElementById("finder-waiting");
          if (waiting) waiting.remove();
          root.setAttribute("data-ready", "true");
          update(0);
        })
        .catch(function () {
          count.textContent = TEXT.loadError;
          root.setAttribute("data-ready", "error");
        });
    }
    return loading;
  }

  root.hidden = false;
  if (root.getAttribute("data-load") === "page") {
    load();
  } else {
    // A large list loads when the reader first turns to the form, not with the page.
    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("pointerdown", load, { once: true });
  }
})();
