/*
 * „Antrag schreiben" (/antrag-schreiben/ and its Leichte-Sprache twin): a formless application for
 * the Budget für Arbeit (§ 61 SGB IX) or the Budget für Ausbildung (§ 61a SGB IX), a reminder or a
 * Widerspruch, addressed to the body that the „zuständig" answer names for the reader's place.
 *
 * Everything happens in this page: the place data and the rules come from this site
 * (zustaendig/orte.json, zustaendig/regeln.json, the same files as /zustaendig/); nothing the reader
 * types is sent anywhere or stored (no cookies, no Web Storage, no IndexedDB). The place in the
 * address (?ort=…&kreis=…&name=…, as the „zuständig" answer links here) fills the place field.
 * The letter prints on one A4 page (antrag.css, DIN 5008 layout) and can be copied as text.
 */

import { dateDe, el, safeUrl } from "../lib/dom.js";
import { answer, loadPlaceData, pickPlace } from "../lib/responsible.js";

const root = document.getElementById("antrag");

// ---------------------------------------------------------------- texts

// The letter itself is written to an office, in standard German on both pages; the page around it
// speaks to the reader in the page's language.
const TEXT = {
  standard: {
    loading: "Die Ortsdaten werden geladen …",
    failed: "Die Ortsdaten konnten nicht geladen werden. Tragen Sie die Anschrift der Stelle selbst ein.",
    notFound: (q) => `„${q}“ kennt das Ortsverzeichnis nicht. Prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein; die Anschrift können Sie auch selbst eintragen.`,
    empty: "Bitte geben Sie eine Postleitzahl oder einen Ort ein.",
    choose: "Diese Eingabe passt zu mehreren Orten. Bitte wählen Sie Ihren Ort:",
    to: "Ihr Brief geht an:",
    for: (a) => `für ${a.place} (${a.kreis}, ${a.land})`,
    appliesAt: (body) => `Den Antrag nimmt in Ihrem Land der Kreis oder die kreisfreie Stadt an; entscheiden wird ${body}.`,
    kreis: "Ihr Kreis oder Ihre kreisfreie Stadt entscheidet selbst. Die Anschrift des Sozialamts haben wir noch nicht geprüft: Ergänzen Sie sie unten oder später von Hand.",
    noAddress: "Die Anschrift haben wir noch nicht an einer Quelle geprüft: Ergänzen Sie sie unten oder später von Hand.",
    agentur: "Ihre Agentur für Arbeit vor Ort. Ihre Anschrift finden Sie auf der Internetseite der Bundesagentur für Arbeit:",
    unknown: "Für Ihren Ort haben wir noch nicht geprüft, wer entscheidet; wir nennen deshalb keine Stelle. Tragen Sie die Anschrift selbst ein, wenn Sie sie kennen, oder fragen Sie eine Beratungsstelle. Ein Antrag bei einer unzuständigen Stelle wird weitergeleitet (§ 16 SGB I).",
    askGroup: "Bitte wählen Sie oben, wo Sie jetzt sind: Davon hängt ab, wer entscheidet.",
    source: "Quelle",
    stand: "Stand",
    answerLink: "Alle Angaben für Ihren Ort",
    needName: "Bitte tragen Sie Ihren Namen ein.",
    needGroup: "Bitte wählen Sie, wo Sie jetzt sind (Eingangsverfahren/Berufsbildungsbereich oder Arbeitsbereich).",
    needDate: "Bitte tragen Sie das Datum ein.",
    done: "Ihr Brief ist fertig. Sie können ihn jetzt drucken oder als Text kopieren.",
    copied: "Der Brief ist als Text kopiert. Fügen Sie ihn zum Beispiel in eine E-Mail oder ein Schreibprogramm ein.",
    copyManual: "Kopieren war nicht möglich. Der Text ist unten markiert: Drücken Sie Strg + C.",
  },
  easy: {
    loading: "Bitte warten.",
    failed: "Das hat nicht geklappt. Schreiben Sie die Adresse vom Amt selbst.",
    notFound: (q) => `Den Ort „${q}“ kennen wir nicht. Schreiben Sie die Post-Leit-Zahl.`,
    empty: "Schreiben Sie eine Post-Leit-Zahl oder einen Ort.",
    choose: "Es gibt mehrere Orte mit diesem Namen. Wählen Sie Ihren Ort:",
    to: "Ihr Brief geht an:",
    for: (a) => `für ${a.place} in ${a.land}`,
    appliesAt: (body) => `Sie geben den Antrag bei Ihrem Kreis ab. Entscheiden wird: ${body}.`,
    kreis: "Ihr Kreis entscheidet. Die Adresse wissen wir noch nicht. Schreiben Sie die Adresse unten dazu.",
    noAddress: "Die Adresse wissen wir noch nicht. Schreiben Sie die Adresse unten dazu.",
    agentur: "Die Agentur für Arbeit in Ihrer Nähe. Die Adresse finden Sie hier:",
    unknown: "Das wissen wir noch nicht. Fragen Sie eine Stelle für Beratung. Schreiben Sie die Adresse vom Amt selbst.",
    askGroup: "Wählen Sie oben: Wo sind Sie jetzt?",
    source: "Quelle",
    stand: "Stand",
    answerLink: "Mehr über die Ämter für Ihren Ort",
    needName: "Schreiben Sie Ihren Namen.",
    needGroup: "Wählen Sie: Wo sind Sie jetzt?",
    needDate: "Schreiben Sie das Datum.",
    done: "Ihr Brief ist fertig. Sie können ihn jetzt drucken.",
    copied: "Der Text ist kopiert.",
    copyManual: "Das hat nicht geklappt. Der Text ist unten markiert. Drücken Sie Strg und C.",
  },
};

const BUDGET = {
  arbeit: { name: "Budget für Arbeit", article: "ein Budget für Arbeit", law: "§ 61 SGB IX" },
  ausbildung: { name: "Budget für Ausbildung", article: "ein Budget für Ausbildung", law: "§ 61a SGB IX" },
};

// ---------------------------------------------------------------- the addressee

/** "Wiesbaden, Landeshauptstadt" → "Landeshauptstadt Wiesbaden", "Kassel, Stadt" → "Stadt Kassel" (the gazetteer labels). */
export function kreisName(label) {
  const match = /^(.*), (Stadt|Landeshauptstadt|Hansestadt|Universitätsstadt|Wissenschaftsstadt)$/.exec(label);
  return match ? `${match[2]} ${match[1]}` : label;
}

/**
 * Whom the letter goes to, for an answer of lib/responsible.js, the budget and (Budget für Ausbildung)
 * the reader's group: { status, lines, note, body, link, sources, checked }.
 * status: "body" (name, with address lines when verified), "kreis" (name only), "agentur", "unknown",
 * "ask" (the group is not chosen yet). Never a body the rules do not name.
 */
export function addressee(a, budget, group) {
  if (budget === "ausbildung" && !group) return { status: "ask", lines: [] };
  if (budget === "ausbildung" && group === "eingang") {
    const item = a.ausbildungEingang;
    if (item.status !== "body") return { status: "unknown", lines: [], sources: item.sources, checked: item.checked };
    const website = item.body.contact && safeUrl(item.body.contact.website);
    return { status: "agentur", lines: ["Agentur für Arbeit"], link: website || null, sources: item.sources, checked: item.checked };
  }
  const item = a.budgetFuerArbeit;
  if (item.status === "kreis") return { status: "kreis", lines: [kreisName(item.kreis)], sources: item.sources, checked: item.checked };
  if (item.status !== "body") return { status: "unknown", lines: [], sources: item.sources, checked: item.checked };
  if (a.appliesAt) {
    return { status: "kreis", lines: [kreisName(a.appliesAt)], decides: item.body.name, sources: item.sources, checked: item.checked };
  }
  const contact = item.body.contact || {};
  const lines = [item.body.name];
  if (contact.street) lines.push(contact.street);
  const town = [contact.postal_code, contact.town].filter(Boolean).join(" ");
  if (contact.street && town) lines.push(town);
  return { status: "body", lines, complete: lines.length === 3, body: item.body, sources: [item.body.source, ...(item.sources || [])], checked: item.body.checked || item.checked };
}

// ---------------------------------------------------------------- the letter

/** The letter as parts: sender lines, addressee lines, date, subject, paragraphs, name. */
export function composeLetter(values, today) {
  const budget = BUDGET[values.budget] || BUDGET.arbeit;
  const training = values.budget === "ausbildung";
  const sender = [values.name, values.street, values.town].filter(Boolean);
  const extra = [];
  if (values.phone) extra.push(`Telefon: ${values.phone}`);
  if (values.birth) extra.push(`Geburtsdatum: ${values.birth}`);
  if (values.file) extra.push(`Aktenzeichen: ${values.file}`);
  const to = values.to
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 6);
  const body = [];
  let subject;
  if (values.kind === "erinnerung") {
    subject = `Mein Antrag auf ${budget.article} (${budget.law}) vom ${values.applied} – Bitte um Sachstand`;
    body.push(`am ${values.applied} habe ich bei Ihnen ${budget.article} nach ${budget.law} beantragt. Eine Entscheidung habe ich bis heute nicht erhalten.`);
    body.push("Bitte teilen Sie mir schriftlich mit, wie weit mein Antrag bearbeitet ist und wann Sie entscheiden werden. Falls Ihnen Unterlagen fehlen, nennen Sie mir diese bitte. Für die Entscheidung setzt das SGB IX Fristen (§§ 14 und 15 SGB IX).");
    body.push("Sollten Sie nicht zuständig sein, teilen Sie mir bitte mit, an welche Stelle Sie meinen Antrag weitergeleitet haben.");
  } else if (values.kind === "widerspruch") {
    subject = `Widerspruch gegen Ihren Bescheid vom ${values.decided}${values.file ? `, Aktenzeichen ${values.file}` : ""}`;
    body.push(`hiermit lege ich Widerspruch gegen Ihren Bescheid vom ${values.decided} ein, mit dem Sie meinen Antrag auf ${budget.article} nach ${budget.law} abgelehnt haben.`);
    body.push(values.reasons ? `Begründung: ${values.reasons}` : "Die Begründung reiche ich nach.");
    body.push("Bitte bestätigen Sie mir den Eingang dieses Widerspruchs schriftlich.");
  } else {
    subject = `Antrag auf ${budget.article} nach ${budget.law}`;
    body.push(`hiermit beantrage ich ${budget.article} nach ${budget.law}.`);
    const now = [];
    if (values.workshop) now.push(`Zurzeit arbeite ich bei ${values.workshop}.`);
    if (training && values.group === "eingang") now.push("Ich bin im Eingangsverfahren oder im Berufsbildungsbereich.");
    if (training && values.group === "arbeitsbereich") now.push("Ich bin im Arbeitsbereich.");
    const place = training ? "eine Ausbildung machen" : "arbeiten";
    if (values.employer && values.job) now.push(`Ich möchte bei ${values.employer} ${place}, als ${values.job}.`);
    else if (values.employer) now.push(`Ich möchte bei ${values.employer} ${place}.`);
    else if (values.job) now.push(training ? `Ich möchte eine Ausbildung als ${values.job} machen.` : `Ich möchte als ${values.job} arbeiten.`);
    else now.push(training ? "Einen Ausbildungsbetrieb suche ich noch; das Angebot reiche ich nach, sobald ich es habe." : "Einen Arbeitgeber suche ich noch; das Angebot reiche ich nach, sobald ich es habe.");
    body.push(now.join(" "));
    body.push(values.support ? `Diese Unterstützung brauche ich: ${values.support}` : "Welche Unterstützung ich brauche, möchte ich mit Ihnen im Gesamtplanverfahren klären.");
    body.push("Bitte bestätigen Sie mir den Eingang dieses Antrags schriftlich. Sollten Sie nicht zuständig sein, leiten Sie ihn bitte an den zuständigen Träger weiter (§ 16 SGB I, § 14 SGB IX) und teilen Sie mir das mit. Über meinen Antrag bitte ich um einen schriftlichen Bescheid.");
  }
  return { sender, extra, returnLine: [values.name, values.street, values.town].filter(Boolean).join(", "), to, date: dateDe(today), subject, salutation: "Sehr geehrte Damen und Herren,", body, closing: "Mit freundlichen Grüßen", name: values.name };
}

const RULE = "______________________________";

/** The letter as plain text (for the clipboard): blank address lines become lines to fill in. */
export function letterText(letter) {
  const to = letter.to.length ? [...letter.to] : [RULE];
  while (to.length < 3) to.push(RULE);
  return [
    ...letter.sender,
    ...letter.extra,
    "",
    ...to,
    "",
    letter.date,
    "",
    letter.subject,
    "",
    letter.salutation,
    "",
    ...letter.body.flatMap((paragraph) => [paragraph, ""]),
    letter.closing,
    "",
    "",
    RULE,
    letter.name,
  ].join("\n");
}

function fill(label) {
  return el("span", { class: "antrag-sheet__fill" }, el("span", { class: "antrag-sheet__label" }, label));
}

/** The letter as the printable sheet (the same structure as the blank letter of the template). */
function letterSheet(letter) {
  const lines = (items) => items.flatMap((line, i) => (i ? [el("br"), line] : [line]));
  const to = letter.to.length ? lines(letter.to) : [fill("Name der Stelle")];
  const missing = [];
  for (let n = Math.max(letter.to.length, 1); n < 3; n++) missing.push(fill(n === 1 ? "Straße und Hausnummer oder Postfach" : "Postleitzahl und Ort"));
  return [
    el("div", { class: "antrag-sheet__head" }, el("p", { class: "antrag-sheet__sender" }, lines([...letter.sender, ...letter.extra]))),
    el(
      "div",
      { class: "antrag-sheet__fields" },
      el(
        "div",
        { class: "antrag-sheet__window" },
        el("p", { class: "antrag-sheet__return" }, letter.returnLine),
        el("p", { class: "antrag-sheet__to", "data-testid": "empfaenger" }, to, letter.to.length && missing.length ? el("br") : null, missing),
      ),
      el("div", { class: "antrag-sheet__info" }, el("p", { class: "antrag-sheet__date" }, letter.date)),
    ),
    el("p", { class: "antrag-sheet__subject" }, letter.subject),
    el("p", {}, letter.salutation),
    letter.body.map((paragraph) => el("p", {}, paragraph)),
    el("p", {}, letter.closing),
    el("p", { class: "antrag-sheet__signature" }, fill("Unterschrift"), el("br"), letter.name),
  ];
}

// ---------------------------------------------------------------- the page

function init() {
  const easy = root.dataset.easy === "1";
  const T = easy ? TEXT.easy : TEXT.standard;
  const $ = (id) => document.getElementById(id);
  const form = $("antrag-form");
  const placeInput = $("antrag-ort");
  const placeOut = $("antrag-stelle");
  const toInput = $("antrag-empfaenger");
  const status = $("antrag-status");
  const result = $("antrag-ergebnis");
  const sheet = $("antrag-brief");
  const blankSheet = $("antrag-vorlage-brief");
  const copyField = $("antrag-text-feld");
  const copyArea = $("antrag-text");
  const copied = $("antrag-kopiert");
  $("antrag-app").hidden = false;

  const ready = loadPlaceData(root.dataset.places, root.dataset.rules);
  let current = null; // { place, answer } for the chosen place
  let lastLetter = null;

  const checked = (name) => {
    const input = form.querySelector(`input[name=${name}]:checked`);
    return input ? input.value : "";
  };

  function sourcesLine(sources, stand) {
    const parts = [];
    const seen = new Set();
    (sources || []).filter((s) => s && !seen.has(s.url) && seen.add(s.url)).forEach((s, i) => {
      const href = safeUrl(s.url);
      parts.push(i ? "; " : `${T.source}: `, href ? el("a", { href }, s.title) : s.title);
    });
    if (parts.length) parts.push(". ");
    if (stand) parts.push(`${T.stand}: ${dateDe(stand)}.`);
    return parts.length ? el("p", { class: "antrag__source" }, parts) : null;
  }

  /** Show whom the letter goes to and fill the address field (the reader may still change it). */
  function showAddressee() {
    if (!current) return;
    const a = current.answer;
    const who = addressee(a, checked("budget"), checked("gruppe"));
    const heading = el("p", { class: "antrag__to" }, el("strong", {}, T.to), " ");
    const content = [];
    if (who.status === "ask") {
      heading.append(T.askGroup);
    } else if (who.status === "unknown") {
      heading.append(el("strong", { class: "antrag__unknown" }, "Das wissen wir noch nicht."));
      content.push(el("p", {}, T.unknown));
    } else {
      heading.append(el("strong", { class: "antrag__name", id: "antrag-stelle-name" }, who.lines[0]), " ", T.for(a));
      if (who.status === "kreis" && who.decides) content.push(el("p", {}, T.appliesAt(who.decides)));
      else if (who.status === "kreis") content.push(el("p", {}, T.kreis));
      else if (who.status === "agentur") content.push(el("p", {}, T.agentur, " ", who.link ? el("a", { href: who.link }, who.link) : null));
      else if (!who.complete) content.push(el("p", {}, T.noAddress));
    }
    const more = el("p", {}, el("a", { href: `${root.dataset.zustaendig}?${new URLSearchParams({ ort: current.query, kreis: current.place.kreis })}` }, T.answerLink));
    placeOut.replaceChildren(heading, ...content, sourcesLine(who.sources, who.checked) || "", more);
    placeOut.dataset.status = who.status;
    placeOut.dataset.kreis = current.place.kreis;
    toInput.value = who.lines.join("\n");
  }

  function chooseButtons(choices, query, data) {
    const list = el(
      "ul",
      { class: "antrag__choices" },
      choices.slice(0, 12).map((p) => {
        const kreis = data.gazetteer.kreise.get(p.kreis);
        const button = el("button", { type: "button", class: "antrag__choice-button", "data-kreis": p.kreis }, `${p.name} (${kreis.label}, ${kreis.land})`);
        button.addEventListener("click", () => {
          current = { place: p, query, answer: answer(p, data.gazetteer, data.rules) };
          showAddressee();
          const target = placeOut.querySelector(".antrag__to");
          target.setAttribute("tabindex", "-1");
          target.focus();
        });
        return el("li", {}, button);
      }),
    );
    placeOut.replaceChildren(el("p", {}, T.choose), list);
    placeOut.dataset.status = "choose";
    delete placeOut.dataset.kreis;
  }

  /** Resolve the place field (kreis/name: a choice carried in the address). Resolves when done. */
  function findPlace(kreis, name) {
    const query = placeInput.value.trim();
    current = null;
    if (!query) {
      placeOut.replaceChildren(el("p", {}, T.empty));
      placeOut.dataset.status = "empty";
      return Promise.resolve();
    }
    placeOut.replaceChildren(el("p", {}, T.loading));
    return ready.then(
      (data) => {
        const { chosen, others } = pickPlace(data.gazetteer, query, kreis, name);
        if (chosen) {
          current = { place: chosen, query, answer: answer(chosen, data.gazetteer, data.rules) };
          showAddressee();
        } else if (others.length) {
          chooseButtons(others, query, data);
        } else {
          placeOut.replaceChildren(el("p", {}, T.notFound(query)));
          placeOut.dataset.status = "not-found";
        }
      },
      () => {
        placeOut.replaceChildren(el("p", {}, T.failed));
        placeOut.dataset.status = "failed";
      },
    );
  }

  function showFields() {
    const kind = checked("art");
    $("antrag-antragsdatum-feld").hidden = kind !== "erinnerung";
    $("antrag-bescheid-feld").hidden = kind !== "widerspruch";
    $("antrag-gruende-feld").hidden = kind !== "widerspruch";
    $("antrag-datum-hinweis").hidden = kind === "antrag";
    $("antrag-gruppe").hidden = checked("budget") !== "ausbildung";
  }

  function setError(input, message) {
    let box = document.getElementById(`${input.id}-fehler`);
    if (!box) {
      box = el("p", { class: "antrag__error", id: `${input.id}-fehler` });
      input.after(box);
      input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), box.id].filter(Boolean).join(" "));
    }
    box.textContent = message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  function values() {
    const v = (id) => $(id).value.trim();
    return {
      kind: checked("art"),
      budget: checked("budget"),
      group: checked("gruppe"),
      to: $("antrag-empfaenger").value,
      name: v("antrag-name"),
      street: v("antrag-strasse"),
      town: v("antrag-wohnort"),
      birth: v("antrag-geburtsdatum"),
      file: v("antrag-aktenzeichen"),
      phone: v("antrag-telefon"),
      workshop: v("antrag-werkstatt"),
      employer: v("antrag-arbeitgeber"),
      job: v("antrag-taetigkeit"),
      support: v("antrag-unterstuetzung").replace(/\s+/g, " "),
      applied: v("antrag-antragsdatum"),
      decided: v("antrag-bescheiddatum"),
      reasons: v("antrag-gruende").replace(/\s+/g, " "),
    };
  }

  function build() {
    const data = values();
    const problems = [];
    setError($("antrag-name"), data.name ? "" : T.needName);
    if (!data.name) problems.push($("antrag-name"));
    const dateInput = data.kind === "erinnerung" ? $("antrag-antragsdatum") : data.kind === "widerspruch" ? $("antrag-bescheiddatum") : null;
    if (dateInput) {
      setError(dateInput, dateInput.value.trim() ? "" : T.needDate);
      if (!dateInput.value.trim()) problems.push(dateInput);
    }
    const groupBox = $("antrag-gruppe");
    const groupMissing = data.budget === "ausbildung" && !data.group;
    let groupError = document.getElementById("antrag-gruppe-fehler");
    if (!groupError) {
      groupError = el("p", { class: "antrag__error", id: "antrag-gruppe-fehler" });
      groupBox.append(groupError);
    }
    groupError.textContent = groupMissing ? T.needGroup : "";
    if (groupMissing) problems.push(groupBox.querySelector("input[name=gruppe]"));
    if (problems.length) {
      status.textContent = [groupMissing ? T.needGroup : "", !data.name ? T.needName : "", dateInput && !dateInput.value.trim() ? T.needDate : ""].filter(Boolean).join(" ");
      problems[0].focus();
      return;
    }
    lastLetter = composeLetter(data, new Date());
    sheet.replaceChildren(...letterSheet(lastLetter).flat());
    sheet.classList.add("antrag-sheet--print");
    blankSheet.classList.remove("antrag-sheet--print");
    copyArea.value = letterText(lastLetter);
    copyField.hidden = true;
    copied.textContent = "";
    result.hidden = false;
    status.textContent = T.done;
    $("antrag-brief-heading").focus();
  }

  function copyFallback() {
    copyField.hidden = false;
    copyArea.focus();
    copyArea.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    copied.textContent = ok ? T.copied : T.copyManual;
  }

  $("antrag-kopieren").addEventListener("click", () => {
    if (!lastLetter) return;
    const text = letterText(lastLetter);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        () => {
          copyField.hidden = true;
          copied.textContent = T.copied;
        },
        copyFallback,
      );
    } else {
      copyFallback();
    }
  });
  $("antrag-drucken").addEventListener("click", () => window.print());
  $("antrag-suchen").addEventListener("click", () => findPlace().then(announce));
  placeInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      findPlace().then(announce);
    }
  });
  form.addEventListener("change", (event) => {
    if (event.target.name === "art" || event.target.name === "budget" || event.target.name === "gruppe") {
      showFields();
      if (event.target.name !== "art") showAddressee();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = placeInput.value.trim();
    if (query && (!current || current.query !== query)) findPlace().then(build);
    else build();
  });

  function announce() {
    const first = placeOut.querySelector(".antrag__to, p");
    status.textContent = first ? first.textContent : "";
  }

  showFields();
  const params = new URLSearchParams(location.search);
  const query = (params.get("ort") || "").trim();
  root.dataset.ready = "loading";
  const start = query ? ((placeInput.value = query), findPlace(params.get("kreis"), params.get("name"))) : Promise.resolve();
  start.then(() => ready.then(() => (root.dataset.ready = "true"), () => (root.dataset.ready = "error")));
}

if (root) init();
