// Run pa11y (HTML_CodeSniffer, WCAG 2 AA) over many pages with one Chromium.
// Usage: node tests/browser/pa11y_pages.mjs URLS_FILE > report.json
// URLS_FILE holds one URL per line; the report is a JSON list of
// {url, issues: [{code, message, selector, context}]} with errors only.
// The browser is Debian's Chromium (/usr/bin/chromium, or PA11Y_CHROMIUM);
// puppeteer's own browser download is never used (npm ci --ignore-scripts).
import { readFileSync } from "node:fs";
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PARALLEL = Number(process.env.PA11Y_PARALLEL || 2);

const urls = readFileSync(process.argv[2], "utf8").split("\n").map((line) => line.trim()).filter(Boolean);
const browser = await puppeteer.launch({
  executablePath: process.env.PA11Y_CHROMIUM || "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
  headless: true,
});
const report = [];
let next = 0;
async function worker() {
  while (next < urls.length) {
    const url = urls[next++];
    try {
      const result = await pa11y(url, {
        browser,
        standard: "WCAG2AA",
        runners: ["htmlcs"],
        includeNotices: false,
        includeWarnings: false,
        timeout: 60000,
        chromeLaunchConfig: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
      });
      report.push({ url, issues: result.issues.map(({ code, message, selector, context }) => ({ code, message, selector, context })) });
    } catch (error) {
      report.push({ url, issues: [{ code: "pa11y-failed", message: String(error), selector: "", context: "" }] });
    }
  }
}
try {
  await Promise.all(Array.from({ length: PARALLEL }, worker));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report, null, 1));
