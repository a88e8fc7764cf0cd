/*
 * Mitmachen: builds a data/providers.yaml entry from the form, entirely in the
 * browser. Nothing is sent. The closed lists (kinds, services, ...) come from
 * the finder's data file, which the build derives from the JSON Schema, so the
 * form always offers exactly the values the build accepts.
 */
(function () {
  "use strict";

  var root = document.getElementById("entry");
  if (!root || !window.fetch) return;

  var form = document.getElementById("entry-form");
  var errorBox = document.getElementById("entry-errors");
  var errorList = document.getElementById("entry-errors-list");
  var result = document.getElementById("entry-result");
  var output = document.getElementById("entry-output");
  var idField = document.getElementById("entry-id");
  var nameField = document.getElementById("entry-name");
  var idTouched = false;

  var TEXT_OK = /^[^<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]*$/;
  var RULES = {
    id: [/^(?!index$|bundesland$)[a-z0-9]+(-[a-z0-9]+)*$/, "Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche; „index“ und „bundesland“ sind vergeben."],
    postal_code: [/^[0-9]{5}$/, "Die Postleitzahl hat genau fünf Ziffern, zum Beispiel 39576."],
    phone: [/^\+?[0-9][0-9 /()-]{4,30}$/, "Nur Ziffern, Leerzeichen, +, /, - und Klammern, zum Beispiel 03931 123456."],
    email: [/^[^@\s<>"']+@[^@\s<>"']+\.[a-z]{2,}$/, "Eine E-Mail-Adresse wie info@example.org."],
    website: [/^https:\/\/[^\s<>"']+$/, "Die Adresse beginnt mit https://, zum Beispiel https://www.example.org."],
    contact_form: [/^https:\/\/[^\s<>"']+$/, "Die Adresse beginnt mit https://."],
    source_url: [/^https:\/\/[^\s<>"']+$/, "Die Adresse beginnt mit https://."],
    checked: [/^\d{4}-\d{2}-\d{2}$/, "Ein Datum, zum Beispiel 23.11.2026."]
  };
  var REQUIRED = ["name", "kind", "land", "source_title", "source_url", "checked"];

  function slug(text) {
    return text.toLowerCase()
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
  }

  function fill(lists) {
    form.querySelectorAll("select[data-list]").forEach(function (select) {
      lists[select.getAttribute("data-list")].forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
    });
    form.querySelectorAll("[data-checks]").forEach(function (box) {
      var name = box.getAttribute("data-name");
      lists[box.getAttribute("data-checks")].forEach(function (value) {
        var label = document.createElement("label");
        label.className = "finder__check";
        var input = document.createElement("input");
        input.type = "checkbox";
        input.name = name;
        input.value = value;
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + value));
        box.appendChild(label);
      });
    });
  }

  function value(name) {
    var field = form.elements[name];
    return field ? field.value.replace(/\s+/g, " ").trim() : "";
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (box) { return box.value; });
  }

  function labelOf(field) {
    var label = form.querySelector('label[for="' + field.id + '"]');
    return label ? label.textContent.replace(/\s*\(Pflicht\)/, "") : field.name;
  }

  function clearErrors() {
    errorList.textContent = "";
    errorBox.hidden = true;
    form.querySelectorAll("[aria-invalid]").forEach(function (field) {
      field.removeAttribute("aria-invalid");
      var message = document.getElementById(field.id + "-error");
      if (message) message.remove();
      var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (id) { return id && id !== field.id + "-error"; });
      if (described.length) field.setAttribute("aria-describedby", described.join(" "));
      else field.removeAttribute("aria-describedby");
    });
  }

  function addError(field, message) {
    field.setAttribute("aria-invalid", "true");
    var note = document.createElement("p");
    note.className = "finder__hint entry-error";
    note.id = field.id + "-error";
    note.textContent = message;
    field.insertAdjacentElement("afterend", note);
    field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + note.id).trim());
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = "#" + field.id;
    link.textContent = labelOf(field) + ": " + message;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      field.focus();
    });
    item.appendChild(link);
    errorList.appendChild(item);
  }

  function validate() {
    clearErrors();
    var count = 0;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "checkbox" || field.type === "submit") return;
      var text = value(field.name);
      if (!text) {
        if (REQUIRED.indexOf(field.name) !== -1) {
          addError(field, "Bitte ausfüllen.");
          count++;
        }
        return;
      }
      if (!TEXT_OK.test(text)) {
        addError(field, "Bitte ohne spitze Klammern (< >) und ohne Steuerzeichen; HTML ist nicht erlaubt.");
        count++;
        return;
      }
      var rule = RULES[field.name];
      if (rule && !rule[0].test(text)) {
        addError(field, rule[1]);
        count++;
      }
    });
    if (count) {
      errorBox.hidden = false;
      errorBox.focus();
    }
    return count === 0;
  }

  function quote(text) {
    // A JSON string is a valid YAML double-quoted scalar: safe for any text.
    return JSON.stringify(text);
  }

  function yaml() {
    var lines = ["  - id: " + quote(value("id") || slug(value("name")))];
    function add(key, text, indent) {
      if (text) lines.push((indent || "    ") + key + ": " + quote(text));
    }
    function addList(key, values) {
      if (!values.length) return;
      lines.push("    " + key + ":");
      values.forEach(function (item) { lines.push("      - " + quote(item)); });
    }
    function addGroup(key, pairs) {
      var present = pairs.filter(function (pair) { return pair[1]; });
      if (!present.length) return;
      lines.push("    " + key + ":");
      present.forEach(function (pair) { add(pair[0], pair[1], "      "); });
    }
    add("name", value("name"));
    add("kind", value("kind"));
    add("land", value("land"));
    add("kreis", value("kreis"));
    add("region_served", value("region_served"));
    addList("services", checked("services"));
    addGroup("address", [["street", value("street")], ["postal_code", value("postal_code")], ["town", value("town")]]);
    addGroup("contact", [["phone", value("phone")], ["email", value("email")], ["website", value("website")], ["contact_form", value("contact_form")]]);
    addList("online", checked("online"));
    addList("accessibility", checked("accessibility"));
    addList("languages", value("languages").split(",").map(function (item) { return item.trim(); }).filter(Boolean));
    add("hours", value("hours"));
    add("description", value("description"));
    add("description_leichte_sprache", value("description_leichte_sprache"));
    addGroup("source", [["title", value("source_title")], ["url", value("source_url")]]);
    add("checked", value("checked"));
    return lines.join("\n") + "\n";
  }

  nameField.addEventListener("input", function () {
    if (!idTouched) idField.value = slug(nameField.value);
  });
  idField.addEventListener("input", function () { idTouched = idField.value !== ""; });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!idField.value) idField.value = slug(nameField.value);
    if (!validate()) {
      result.hidden = true;
      return;
    }
    output.textContent = yaml();
    result.hidden = false;
    document.getElementById("entry-result-heading").focus();
  });
  document.getElementById("entry-copy").addEventListener("click", function () {
    var status = document.getElementById("entry-copy-status");
    if (!navigator.clipboard) {
      status.textContent = "Kopieren ist hier nicht möglich. Markieren Sie den Text und kopieren Sie ihn mit Strg+C.";
      return;
    }
    navigator.clipboard.writeText(output.textContent).then(
      function () { status.textContent = "Der Text ist kopiert."; },
      function () { status.textContent = "Kopieren ist nicht gelungen. Markieren Sie den Text und kopieren Sie ihn mit Strg+C."; }
    );
  });

  fetch(root.getAttribute("data-lists"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (lists) {
      fill(lists);
      root.hidden = false;
      root.setAttribute("data-ready", "true");
    })
    .catch(function () { root.setAttribute("data-ready", "error"); });
})();
