// The widget renders user text with textContent/createElement only. This grep fails the build
// if www/ or js/ ever reach for an HTML-string sink (issue 8: widget in a hostile page).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?)\b/;

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(m?js|ts|html)$/.test(f) ? [p] : [];
  });
}

test("www/ and js/ use no HTML-string sinks", () => {
  const found = [];
  for (const f of [...files(join(root, "www")), ...files(join(root, "js")), join(root, "index.html")]) {
    readFileSync(f, "utf8").split("\n").forEach((line, i) => {
      if (sinks.test(line)) found.push(`${f.slice(root.length)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test("the grep would catch a sink", () => {
  assert.ok(sinks.test("el.innerHTML = x") && sinks.test("document.write(x)") && sinks.test("a.insertAdjacentHTML('x', y)"));
});
