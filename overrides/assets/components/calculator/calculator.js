// Lohnkostenzuschuss-Rechner (content/rechner.md, component calculator). No third-party code.
// The arithmetic works in whole cents so that rounding matches portal/calculator.py exactly.

// § 61 Abs. 2 SGB IX: up to 75 % of the wage; tests/unit/test_calculator.py keeps this equal to data/facts.yaml.
export const MAX_SHARE_PERCENT = 75;
// A sanity limit for typing errors, not a legal one.
export const MAX_GROSS_EUR = 100000;

/**
 * Monthly subsidy and remaining employer share, in cents.
 * grossCents: gross monthly wage in cents; shareHundredths: share in hundredths of a percent (75 % = 7500).
 * Rounds half up to whole cents, like Decimal.quantize(ROUND_HALF_UP) in Python.
 */
export function subsidy(grossCents, shareHundredths) {
  if (!Number.isSafeInteger(grossCents) || !Number.isSafeInteger(shareHundredths) || grossCents < 0 || shareHundredths < 0) {
    throw new RangeError("subsidy() erwartet ganze, nicht negative Cent- und Hundertstelprozent-Werte");
  }
  const subsidyCents = Math.floor((grossCents * shareHundredths + 5000) / 10000);
  return [subsidyCents, grossCents - subsidyCents];
}

/**
 * German number input ("2.400,50", "2400.5", "75") → hundredths (240050), or null if it is no number
 * with at most two decimals.
 */
export function parseHundredths(text) {
  let value = String(text).trim().replace(/\s|€|%/g, "");
  if (value === "") return null;
  if (value.includes(",")) {
    value = value.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(value)) {
    value = value.replace(/\./g, "");
  }
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] || "").padEnd(2, "0"));
  const result = whole * 100 + fraction;
  return Number.isSafeInteger(result) ? result : null;
}

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });

export function formatEuro(cents) {
  return euro.format(cents / 100);
}

export function formatPercent(hundredths) {
  return `${number.format(hundredths / 100)} %`;
}

function validate(grossText, shareText) {
  const errors = {};
  const gross = parseHundredths(grossText);
  const share = parseHundredths(shareText);
  if (String(grossText).trim() === "") {
    errors.lohn = "Bitte geben Sie den Bruttolohn im Monat in Euro ein.";
  } else if (gross === null) {
    errors.lohn = "Bitte geben Sie den Bruttolohn als Zahl mit höchstens zwei Nachkommastellen ein, zum Beispiel 2.400,50.";
  } else if (gross === 0) {
    errors.lohn = "Bitte geben Sie einen Bruttolohn größer als 0 Euro ein.";
  } else if (gross > MAX_GROSS_EUR * 100) {
    errors.lohn = `Bitte prüfen Sie den Bruttolohn: Der Rechner nimmt Beträge bis ${formatEuro(MAX_GROSS_EUR * 100)} im Monat an.`;
  }
  if (String(shareText).trim() === "") {
    errors.anteil = `Bitte geben Sie den Anteil des Zuschusses ein: den Anteil aus dem Bescheid oder einen angenommenen, eine Zahl von 0 bis ${MAX_SHARE_PERCENT}. Der Rechner gibt keinen Anteil vor.`;
  } else if (share === null) {
    errors.anteil = `Bitte geben Sie den Anteil als Zahl von 0 bis ${MAX_SHARE_PERCENT} ein, zum Beispiel 75 oder 62,5.`;
  } else if (share > MAX_SHARE_PERCENT * 100) {
    errors.anteil = `Der Zuschuss beträgt höchstens ${MAX_SHARE_PERCENT} Prozent des Lohns. Bitte geben Sie eine Zahl von 0 bis ${MAX_SHARE_PERCENT} ein.`;
  }
  return { gross, share, errors };
}

function paragraph(text) {
  const element = document.createElement("p");
  element.textContent = text;
  return element;
}

function showError(field, message) {
  const input = document.getElementById(`rechner-${field}`);
  const error = document.getElementById(`rechner-${field}-fehler`);
  const hint = `rechner-${field}-hinweis`;
  if (message) {
    error.textContent = message;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", `rechner-${field}-fehler ${hint}`);
  } else {
    error.textContent = "";
    error.hidden = true;
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", hint);
  }
}

function explain(grossCents, shareHundredths) {
  const [subsidyCents, remainingCents] = subsidy(grossCents, shareHundredths);
  const gross = formatEuro(grossCents);
  const share = formatPercent(shareHundredths);
  return [
    `Bei einem Bruttolohn von ${gross} im Monat und einem Zuschuss von ${share} bekommt der Betrieb einen Lohnkostenzuschuss von ${formatEuro(subsidyCents)} im Monat.`,
    `Vom Bruttolohn trägt der Betrieb dann selbst ${formatEuro(remainingCents)} im Monat.`,
    `Den tatsächlichen Anteil legt der zuständige Träger im Einzelfall fest. Er richtet sich nach der verminderten Leistung der beschäftigten Person; ${MAX_SHARE_PERCENT} % sind der gesetzliche Höchstwert.`,
  ];
}

function start() {
  const wrapper = document.getElementById("rechner");
  const form = document.getElementById("rechner-form");
  const output = document.getElementById("rechner-ergebnis");
  if (!wrapper || !form || !output) return;
  wrapper.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { gross, share, errors } = validate(form.elements.lohn.value, form.elements.anteil.value);
    showError("lohn", errors.lohn);
    showError("anteil", errors.anteil);
    const messages = Object.values(errors);
    if (messages.length) {
      const count = messages.length === 1 ? "eine Angabe" : `${messages.length} Angaben`;
      output.replaceChildren(paragraph(`Bitte prüfen Sie ${count}: ${messages.join(" ")}`));
      document.getElementById(errors.lohn ? "rechner-lohn" : "rechner-anteil").focus();
      return;
    }
    output.replaceChildren(...explain(gross, share).map(paragraph));
  });
}

start();
