/*
 * Mitmachen: builds a data/providers.yaml entry from the form, entirely in the
 * browser. Nothing is sent. The rules (patterns, closed lists, length limits)
 * come from form-rules.json, which the build derives from
 * schemas/providers.schema.json (portal/form_rules.py), so the form accepts
 * exactly what the build accepts; required fields are the ones marked
 * `required` in the page (a test holds them equal to the schema).
 */
import { showProposalLinks } from "../lib/proposal.js";
import { loadJson } from "../lib/data.js";

// What the reader is told when a field breaks its pattern; fields not named here get TEXT_MESSAGE.
const MESSAGES = {
  id: "Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche; „index“ und „bundesland“ sind vergeben.",
  postal_code: "Die Postleitzahl hat genau fünf Ziffern, zum Beispiel 39576.",
  phone: "Nur Ziffern, Leerzeichen, +, /, - und Klammern, zum Beispiel 03931 123456.",
  email: "Eine E-Mail-Adresse wie info@example.org.",
  website: "Die Adresse beginnt mit https://, zum Beispiel https://www.example.org.",
  contact_form: "Die Adresse beginnt mit https://.",
  source_url: "Die Adresse beginnt mit https://.",
  checked: "Ein Datum, zum Beispiel 23.11.2026.",
  languages: "Bitte ohne spitze Klammern (< >), Semikolon und Steuerzeichen; mehrere Sprachen durch Komma trennen.",
};
const TEXT_MESSAGE = "Bitte ohne spitze Klammern (< >) und ohne Steuerzeichen; HTML ist nicht erlaubt.";
const TOO_LONG = (limit) => `Bitte höchstens ${limit} Zeichen.`;

/** A page address from a name: "Beratung & Söhne" → "beratung-soehne", at most `limit` characters. */
export function slug(text, limit) {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, limit)
    .replace(/-+$/, "");
}

/** The rules document with each pattern compiled: {name: {pattern: RegExp, enum, maxLength, list}}. */
export function compile(rules) {
  const fields = {};
  for (const [name, rule] of Object.entries(rules.fields)) {
    fields[name] = { ...rule, pattern: rule.pattern === undefined ? null : new RegExp(rule.pattern) };
  }
  return fields;
}

/** The problem with one field's text under its rule, or "" if there is none. */
export function problem(name, text, rule) {
  const items = rule.list ? text.split(",").map((item) => item.trim()).filter(Boolean) : [text];
  for (const item of items) {
    if (rule.maxLength !== undefined && item.length > rule.maxLength) return TOO_LONG(rule.maxLength);
    if (rule.pattern && !rule.pattern.test(item)) return MESSAGES[name] || TEXT_MESSAGE;
    if (rule.enum && !rule.enum.includes(item)) return "Bitte einen Eintrag aus der Liste wählen.";
  }
  return "";
}

function start(root, rules) {
  const form = document.getElementById("entry-form");
  const errorBox = document.getElementById("entry-errors");
  const errorList = document.getElementById("entry-errors-list");
  const result = document.getElementById("entry-result");
  const output = document.getElementById("entry-output");
  const idField = document.getElementById("entry-id");
  const nameField = document.getElementById("entry-name");
  const idLimit = rules.id.maxLength;
  let idTouched = false;

  function fill() {
    form.querySelectorAll("select").forEach((select) => {
      rules[select.name].enum.forEach((value) => {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
    });
    form.querySelectorAll("[data-checks]").forEach((box) => {
      const name = box.getAttribute("data-checks");
      rules[name].enum.forEach((value) => {
        const label = document.createElement("label");
        label.className = "portal-form__check";
        const input = document.createElement("input");
        input.type = "checkbox";
        input.name = name;
        input.value = value;
        label.appendChild(input);
        label.appendChild(document.createTextNode(` ${value}`));
        box.appendChild(label);
      });
    });
    // Text fields take no more characters than the schema allows.
    Array.prototype.forEach.call(form.elements, (field) => {
      const rule = rules[field.name];
      if (rule && !rule.list && rule.maxLength !== undefined && "maxLength" in field) field.maxLength = rule.maxLength;
    });
  }

  function value(name) {
    const field = form.elements[name];
    return field ? field.value.replace(/\s+/g, " ").trim() : "";
  }

  function checked(name) {
    return Array.from(form.querySelectorAll(`input[name="${name}"]:checked`), (box) => box.value);
  }

  function labelOf(field) {
    const label = form.querySelector(`label[for="${field.id}"]`);
    return label ? label.textContent.replace(/\s*\(Pflicht\)/, "") : field.name;
  }

  function clearErrors() {
    errorList.textContent = "";
    errorBox.hidden = true;
    form.querySelectorAll("[aria-invalid]").forEach((field) => {
      field.removeAttribute("aria-invalid");
      const message = document.getElementById(`${field.id}-error`);
      if (message) message.remove();
      const described = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== `${field.id}-error`);
      if (described.length) field.setAttribute("aria-describedby", described.join(" "));
      else field.removeAttribute("aria-describedby");
    });
  }

  function addError(field, message) {
    field.setAttribute("aria-invalid", "true");
    const note = document.createElement("p");
    note.className = "portal-form__hint entry-error";
    note.id = `${field.id}-error`;
    note.textContent = message;
    field.insertAdjacentElement("afterend", note);
    field.setAttribute("aria-describedby", `${field.getAttribute("aria-describedby") || ""} ${note.id}`.trim());
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${field.id}`;
    link.textContent = `${labelOf(field)}: ${message}`;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      field.focus();
    });
    item.appendChild(link);
    errorList.appendChild(item);
  }

  function validate() {
    clearErrors();
    let count = 0;
    Array.prototype.forEach.call(form.elements, (field) => {
      if (!field.name || field.type === "checkbox" || field.type === "submit") return;
      const text = value(field.name);
      let message = "";
      if (!text) {
        if (field.required) message = "Bitte ausfüllen.";
      } else if (rules[field.name]) {
        message = problem(field.name, text, rules[field.name]);
      }
      if (message) {
        addError(field, message);
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
    const lines = [`  - id: ${quote(value("id") || slug(value("name"), idLimit))}`];
    function add(key, text, indent = "    ") {
      if (text) lines.push(`${indent}${key}: ${quote(text)}`);
    }
    function addList(key, values) {
      if (!values.length) return;
      lines.push(`    ${key}:`);
      values.forEach((item) => lines.push(`      - ${quote(item)}`));
    }
    function addGroup(key, pairs) {
      const present = pairs.filter((pair) => pair[1]);
      if (!present.length) return;
      lines.push(`    ${key}:`);
      present.forEach(([name, text]) => add(name, text, "      "));
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
    addList("languages", value("languages").split(",").map((item) => item.trim()).filter(Boolean));
    add("hours", value("hours"));
    add("description", value("description"));
    add("description_leichte_sprache", value("description_leichte_sprache"));
    addGroup("source", [["title", value("source_title")], ["url", value("source_url")]]);
    add("checked", value("checked"));
    return `${lines.join("\n")}\n`;
  }

  fill();
  nameField.addEventListener("input", () => {
    if (!idTouched) idField.value = slug(nameField.value, idLimit);
  });
  idField.addEventListener("input", () => {
    idTouched = idField.value !== "";
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!idField.value) idField.value = slug(nameField.value, idLimit);
    if (!validate()) {
      result.hidden = true;
      return;
    }
    output.textContent = yaml();
    showProposalLinks(document.getElementById("entry-links"), `Vorschlag für den Anbieter-Finder: ${nameField.value.trim()}`, output.textContent);
    result.hidden = false;
    document.getElementById("entry-result-heading").focus();
  });
  document.getElementById("entry-copy").addEventListener("click", () => {
    const status = document.getElementById("entry-copy-status");
    if (!navigator.clipboard) {
      status.textContent = "Kopieren ist hier nicht möglich. Markieren Sie den Text und kopieren Sie ihn mit Strg+C.";
      return;
    }
    navigator.clipboard.writeText(output.textContent).then(
      () => {
        status.textContent = "Der Text ist kopiert.";
      },
      () => {
        status.textContent = "Kopieren ist nicht gelungen. Markieren Sie den Text und kopieren Sie ihn mit Strg+C.";
      },
    );
  });
  root.hidden = false;
  root.setAttribute("data-ready", "true");
}

const root = document.getElementById("entry");
if (root) {
  loadJson(root.getAttribute("data-rules"))
    .then((rules) => start(root, compile(rules)))
    .catch(() => root.setAttribute("data-ready", "error"));
}
