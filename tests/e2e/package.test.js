// The package as real consumers get it: `npm pack`, install the tarball into a fresh
// temporary project, import it from Node ESM, and build a one-page consumer with Vite 7 that
// headless Chromium (Debian's, through playwright-core) loads and shows the analysis of.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
let dir;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "fintone-consumer-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: root, encoding: "utf8" }));
  const files = packed[0].files.map((f) => f.path);
  for (const f of ["js/index.js", "js/node.js", "js/index.d.ts", "pkg/fintone.js", "pkg/fintone_bg.wasm", "www/fintone-analyzer.js", "www/worker.js",
    "js/slim.js", "js/slim-node.js", "js/slim.d.ts", "js/load-node.js", "pkg/slim/fintone.js", "pkg/slim/fintone_bg.wasm",
    "www/element.js", "www/worker-serve.js", "www/fintone-analyzer-slim.js", "www/fintone-analyzer-slim.d.ts", "www/worker-slim.js"]) {
    assert.ok(files.includes(f), `${f} is in the tarball (${files.join(", ")})`);
  }
  assert.ok(!files.some((f) => f.startsWith("src/") || f.startsWith("target/")), "no sources in the tarball");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(dir, packed[0].filename)], { cwd: dir, stdio: "pipe" });
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `source` as an ES module in the consumer project and parses the JSON it prints. */
function consumerScript(name, source) {
  writeFileSync(join(dir, name), source);
  return JSON.parse(execFileSync(process.execPath, [name], { cwd: dir, encoding: "utf8" }));
}

test("Node ESM imports the installed tarball and analyses", () => {
  const out = consumerScript(
    "node.mjs",
    `import { init, analyze, Analyzer } from "fintone";
await init();
const text = "Café owners cheered 🎉: revenue rose 12% and losses narrowed.";
const r = analyze(text);
console.log(JSON.stringify({ label: r.overall.label, spans: r.phrases.map((p) => text.slice(p.start, p.end) === p.text), a: new Analyzer({ phrases: false }).analyze(text).phrases.length }));`,
  );
  assert.equal(out.label, "strongly positive");
  assert.ok(out.spans.length >= 2 && out.spans.every(Boolean), JSON.stringify(out));
  assert.equal(out.a, 0);
});

test("Node ESM imports the slim build from the installed tarball and analyses", () => {
  const out = consumerScript(
    "slim.mjs",
    `import { init, analyze, Analyzer } from "fintone/slim";
await init();
const text = "Café owners cheered 🎉: Acme revenue rose 12% and losses narrowed.";
const r = analyze(text);
const own = new Analyzer({ universe: [{ symbol: "ACME", name: "Acme Corp", aliases: ["Acme"] }] }).analyze(text);
console.log(JSON.stringify({ label: r.overall.label, spans: r.phrases.map((p) => text.slice(p.start, p.end) === p.text), tickers: r.tickers.length, own: own.tickers.map((t) => t.symbol) }));`,
  );
  assert.equal(out.label, "strongly positive");
  assert.ok(out.spans.length >= 2 && out.spans.every(Boolean), JSON.stringify(out));
  assert.equal(out.tickers, 0, "no company table in the slim build");
  assert.deepEqual(out.own, ["ACME"]);
});

test("a Vite 7 build of a one-page consumer shows the analysis in headless Chromium", async () => {
  const { dist, assets } = await viteBuild("web", "fintone");
  assert.match(assets, /\.wasm/, "Vite emitted the .wasm");
  console.log(`# Vite page shows: ${await showPage(dist, "/")}`);
});

test("with no bundler, a page importing the package's ESM directly works", async () => {
  // The installed package as a static site: /node_modules/fintone/js/index.js, and init()
  // with no argument fetches ../pkg/fintone_bg.wasm beside it.
  console.log(`# plain page shows: ${await plainPage("plain", "./node_modules/fintone/js/index.js")}`);
});

test("a Vite 7 build of the consumer on the slim build emits pkg/slim's .wasm and shows the analysis", async () => {
  const { dist, assets } = await viteBuild("web-slim", "fintone/slim");
  const wasm = readFileSync(join(dir, "node_modules/fintone/pkg/slim/fintone_bg.wasm")).length;
  assert.ok(assets.split("\n").some((l) => l.endsWith(".wasm") && l.includes(` ${wasm} `)), `Vite emitted the slim .wasm (${wasm} bytes): ${assets}`);
  console.log(`# Vite page on the slim build shows: ${await showPage(dist, "/")}`);
});

test("with no bundler, a page importing the slim build's ESM directly works", async () => {
  // init() with no argument fetches ../pkg/slim/fintone_bg.wasm beside js/slim.js.
  console.log(`# plain page on the slim build shows: ${await plainPage("plain-slim", "./node_modules/fintone/js/slim.js")}`);
});

/**
 * Builds tests/e2e/consumer with Vite 7 into `dist-<name>`, its main.js importing `entry`.
 * @returns {Promise<{ dist: string, assets: string }>} the output and `ls -l` of its assets
 */
async function viteBuild(name, entry) {
  const { build } = await import(join(root, "node_modules/vite/dist/node/index.js"));
  const web = join(dir, name);
  cpSync(join(root, "tests/e2e/consumer"), web, { recursive: true });
  const main = join(web, "main.js");
  writeFileSync(main, readFileSync(main, "utf8").replace('from "fintone"', `from "${entry}"`));
  const dist = join(dir, `dist-${name}`);
  await build({ root: web, logLevel: "warn", configFile: false, build: { outDir: dist, emptyOutDir: true } });
  return { dist, assets: execFileSync("ls", ["-l", join(dist, "assets")], { encoding: "utf8" }) };
}

/** The consumer as `<name>.html` + `<name>.js` beside node_modules, importing `module`; shown. */
async function plainPage(name, module) {
  writeFileSync(
    join(dir, `${name}.html`),
    readFileSync(join(root, "tests/e2e/consumer/index.html"), "utf8").replace('src="./main.js"', `src="./${name}.js"`),
  );
  writeFileSync(
    join(dir, `${name}.js`),
    readFileSync(join(root, "tests/e2e/consumer/main.js"), "utf8").replace('from "fintone"', `from "${module}"`),
  );
  return showPage(dir, `/${name}.html`);
}

/** Serves `site`, opens `path` in headless Chromium, checks the analysis shown, returns it. */
async function showPage(site, path) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((req, res) => {
    const file = join(site, new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html"));
    if (!file.startsWith(site) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}/`;

  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const offOrigin = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && !/status of 404/.test(m.text()) && errors.push(m.text()));
    // A 404 is an error unless it is the favicon the page does not have.
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.status()} ${r.url()}`));
    page.on("request", (r) => !r.url().startsWith(origin) && offOrigin.push(r.url()));
    await page.goto(origin + path.slice(1));
    await page.waitForSelector("#result[data-state]", { timeout: 20000 });
    const shown = await page.textContent("#result");
    const phrases = await page.$$eval("#phrases li", (lis) => lis.map((li) => [li.textContent, li.dataset.text]));
    assert.equal(await page.getAttribute("#result", "data-state"), "ready", shown);
    assert.match(shown, /^(strongly positive|positive|neutral|negative|strongly negative) · -?\d\.\d\d$/);
    assert.ok(phrases.length >= 3, JSON.stringify(phrases));
    for (const [li, text] of phrases) assert.ok(li.startsWith(`${text} (`), `span text in the page: ${li}`);
    assert.deepEqual(errors, []);
    assert.deepEqual(offOrigin, []);
    return shown;
  } finally {
    await browser.close();
    server.close();
  }
}
