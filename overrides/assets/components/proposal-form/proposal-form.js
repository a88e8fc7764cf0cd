/*
 * Proposal forms for an event or a story (Mitmachen). The reader fills in
 * plain fields; the page writes them as a short text, "Feld: Wert" per line,
 * and offers to send it by e-mail or as an issue (lib/proposal.js). Nothing is
 * sent or stored by the page.
 */

import { showProposalLinks } from "../lib/proposal.js";

function fieldLabel(control) {
  const label = control.labels && control.labels[0];
  return label ? label.textContent.replace(/\s*\(Pflicht\)\s*$/, "").trim() : control.name;
}

function proposalText(form) {
  const lines = [];
  for (const control of form.querySelectorAll("input, select, textarea")) {
    const value = control.value.trim();
    if (value) lines.push(`${fieldLabel(control)}: ${value.replace(/\s*\n\s*/g, " / ")}`);
  }
  return `${lines.join("\n")}\n`;
}

function start(form) {
  const result = document.getElementById(form.dataset.result);
  const output = result.querySelector("code");
  const errors = form.querySelector(".proposal-errors");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const missing = [...form.querySelectorAll("[required]")].filter((control) => !control.value.trim());
    for (const control of form.querySelectorAll("input, select, textarea")) control.removeAttribute("aria-invalid");
    if (missing.length) {
      for (const control of missing) control.setAttribute("aria-invalid", "true");
      errors.textContent = `Bitte füllen Sie aus: ${missing.map(fieldLabel).join(", ")}.`;
      errors.hidden = false;
      missing[0].focus();
      result.hidden = true;
      return;
    }
    errors.hidden = true;
    const text = proposalText(form);
    output.textContent = text;
    const title = form.querySelector("[name=title]").value.trim();
    showProposalLinks(result.querySelector(".proposal-links"), `${form.dataset.subject}: ${title}`, text);
    result.hidden = false;
    result.querySelector("h3").focus();
  });
  form.closest("[data-proposal-wrapper]").hidden = false;
}

for (const form of document.querySelectorAll("form[data-proposal]")) start(form);
