/*
 * Small DOM and text helpers shared by the components (zustaendig, antrag).
 * Text is always set as text, never as markup; URLs pass safeUrl first.
 */

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** "2026-11-30" → "30. November 2026" (a Date gives the same for its local day). */
export function dateDe(value) {
  if (value instanceof Date) return `${value.getDate()}. ${MONTHS[value.getMonth()]} ${value.getFullYear()}`;
  const [y, m, d] = String(value).slice(0, 10).split("-").map(Number);
  return y ? `${d}. ${MONTHS[m - 1]} ${y}` : "";
}

/** An element with attributes (null, undefined and false are left out) and children (nodes or text). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** The URL if it parses and uses one of the allowed schemes, else "". */
export function safeUrl(url, schemes = ["https:"]) {
  try {
    const parsed = new URL(url);
    return schemes.includes(parsed.protocol) ? parsed.href : "";
  } catch {
    return "";
  }
}
