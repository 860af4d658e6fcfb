// The demo page: sample buttons and the theme switch around one <fintone-analyzer>.
import "./fintone-analyzer.js";
import { samples, demoUniverse } from "./samples.js";

const widget = /** @type {import("./fintone-analyzer.js").FintoneAnalyzer} */ (document.querySelector("fintone-analyzer"));
// The samples' companies are invented: give the widget them as a custom universe.
widget.options = { universe: demoUniverse };
const bar = /** @type {HTMLElement} */ (document.getElementById("samples"));
for (const s of samples) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = s.title;
  b.addEventListener("click", () => { widget.value = s.text; });
  bar.append(b);
}
const theme = /** @type {HTMLButtonElement} */ (document.getElementById("theme"));
theme.addEventListener("click", () => {
  const dark = widget.getAttribute("theme") !== "dark";
  widget.setAttribute("theme", dark ? "dark" : "light");
  document.documentElement.classList.toggle("dark", dark);
  theme.setAttribute("aria-pressed", String(dark));
});
if (!widget.value) widget.value = samples[0].text;
