// A one-page consumer of the npm package, built by Vite in tests/e2e/package.test.js.
import { init, analyze } from "fintone";

const out = document.getElementById("result");
init()
  .then(() => {
    const text = document.getElementById("text").textContent;
    const r = analyze(text);
    out.textContent = `${r.overall.label} · ${r.overall.score.toFixed(2)}`;
    for (const p of r.phrases) {
      const li = document.createElement("li");
      li.textContent = `${text.slice(p.start, p.end)} (${p.rule}, ${p.score})`;
      li.dataset.text = p.text;
      document.getElementById("phrases").append(li);
    }
    out.dataset.state = "ready";
  })
  .catch((e) => {
    out.textContent = `error: ${e.message}`;
    out.dataset.state = "error";
  });
