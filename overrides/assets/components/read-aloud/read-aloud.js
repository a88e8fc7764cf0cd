// "Vorlesen": reads a Leichte-Sprache page aloud with the browser's own speech
// synthesis (Web Speech API). Nothing leaves the device through this script; no
// third-party service. Without speech synthesis the button is never shown.
// Every page includes this component (overrides/main.html); it acts only where
// the page holds Leichte Sprache (.portal-easy).
const content = document.querySelector(".portal-easy");

function germanVoice() {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((voice) => voice.lang === "de-DE") || voices.find((voice) => voice.lang.startsWith("de")) || null;
}

function readableText(root) {
  const clone = root.cloneNode(true);
  clone.querySelectorAll(".portal-read-aloud, .headerlink, script, style, [hidden]").forEach((node) => node.remove());
  return clone.innerText.replace(/\s+\n/g, "\n").trim();
}

function setUp() {
  const box = content.querySelector(".portal-read-aloud") || document.createElement("div");
  box.className = "portal-read-aloud";
  const start = document.createElement("button");
  start.type = "button";
  start.textContent = "Vorlesen";
  const stop = document.createElement("button");
  stop.type = "button";
  stop.textContent = "Vorlesen beenden";
  stop.hidden = true;
  box.append(start, stop);
  if (!box.isConnected) {
    const heading = content.querySelector("h1");
    (heading || content.firstChild).after(box);
  }
  box.hidden = false;

  const done = () => {
    start.hidden = false;
    stop.hidden = true;
  };
  start.addEventListener("click", () => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(readableText(content));
    utterance.lang = "de-DE";
    const voice = germanVoice();
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.addEventListener("end", done);
    utterance.addEventListener("error", done);
    start.hidden = true;
    stop.hidden = false;
    stop.focus();
    window.speechSynthesis.speak(utterance);
  });
  stop.addEventListener("click", () => {
    window.speechSynthesis.cancel();
    done();
    start.focus();
  });
  window.addEventListener("pagehide", () => window.speechSynthesis.cancel());
}

if (content && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
  setUp();
}
