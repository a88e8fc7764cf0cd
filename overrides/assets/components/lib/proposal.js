/*
 * Where a proposal goes: links that open the reader's e-mail program or a new
 * issue of the portal's public project, with the proposal already filled in.
 * The targets come from the page (#proposal-targets, written by the build from
 * mkdocs.yml: the operator's e-mail and repo_url); nothing is sent by the page.
 */

// Mail programs and browsers cut very long addresses; the text stays on the page to copy.
const MAX_URL = 7000;

function targets() {
  const element = document.getElementById("proposal-targets");
  return {
    email: element ? element.dataset.email || "" : "",
    repo: element ? element.dataset.repo || "" : "",
  };
}

/** The mailto: and issue links for a proposal (each null where the site has no such target). */
export function proposalLinks(subject, text) {
  const { email, repo } = targets();
  const mail = email ? `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}` : null;
  const issue = repo ? `${repo}/issues/new?title=${encodeURIComponent(subject)}&body=${encodeURIComponent("```\n" + text + "```\n")}` : null;
  return {
    mail: mail && mail.length <= MAX_URL ? mail : mail && `mailto:${email}?subject=${encodeURIComponent(subject)}`,
    issue: issue && issue.length <= MAX_URL ? issue : issue && `${repo}/issues/new?title=${encodeURIComponent(subject)}`,
    shortened: Boolean((mail && mail.length > MAX_URL) || (issue && issue.length > MAX_URL)),
  };
}

/** Fill ``container`` with the links (or a plain note when the site names no target). */
export function showProposalLinks(container, subject, text) {
  const links = proposalLinks(subject, text);
  container.replaceChildren();
  const add = (href, label) => {
    const p = document.createElement("p");
    const a = document.createElement("a");
    a.className = "md-button md-button--primary";
    a.href = href;
    a.textContent = label;
    p.appendChild(a);
    container.appendChild(p);
  };
  if (links.mail) add(links.mail, "Per E-Mail an die Redaktion schicken");
  if (links.issue) add(links.issue, "Als Meldung im öffentlichen Projekt öffnen");
  const note = document.createElement("p");
  if (!links.mail && !links.issue) {
    note.textContent = "Für dieses Portal ist noch keine Adresse für Vorschläge eingetragen. Kopieren Sie den Text und heben Sie ihn auf.";
  } else if (links.shortened) {
    note.textContent = "Der Text ist zu lang für einen Link. Kopieren Sie ihn und fügen Sie ihn in die Nachricht ein.";
  }
  if (note.textContent) container.appendChild(note);
}
