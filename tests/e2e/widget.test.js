// The demo page and <fintone-analyzer> in headless Chromium (Debian's, via playwright-core),
// served by scripts/serve.mjs with the strict CSP. Needs pkg/ (npm run build).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { serve, CSP } from "../../scripts/serve.mjs";
import { samples } from "../../www/samples.js";
import { hammer } from "../js/hammer.js";
import { init, analyze, PART_UNITS } from "fintone";

await init();

const root = new URL("../../", import.meta.url).pathname;
let server, origin, browser;
/** @type {string[]} */ const offOrigin = [];

before(async () => {
  ({ server, origin } = await serve(0));
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  assert.deepEqual(offOrigin, [], "no off-origin requests in any test");
});

/** Opens the demo; collects errors, CSP violations and off-origin requests. */
async function open(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => { if (!r.url().startsWith(origin + "/") && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) offOrigin.push(r.url()); });
  page.on("dialog", (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  // Init scripts come through the DevTools protocol, not the page, so the CSP does not apply.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(origin + "/");
  await page.waitForSelector("fintone-analyzer mark.phrase", { timeout: 20000 });
  return { context, page, errors, response };
}

/** Sets the widget's text and waits for the analysis to be rendered. */
async function paste(page, text) {
  await page.locator("fintone-analyzer textarea").fill(text);
  return page.evaluate(() => document.querySelector("fintone-analyzer").analyzeNow());
}

test("a sample article: highlights, ticker and figures tables, gauge; CSP in force", async () => {
  const { context, page, errors, response } = await open();
  try {
    assert.equal(response.headers()["content-security-policy"], CSP);
    const events = page.evaluate(() => new Promise((r) => document.addEventListener("fintone-result", (e) => r(e.detail.overall.label), { once: true })));
    await page.getByRole("button", { name: samples[1].title }).click();
    assert.match(await events, /negative/);
    await page.getByRole("button", { name: samples[0].title }).click();
    await page.waitForFunction(() => document.querySelector("fintone-analyzer").analysis?.tickers.some((t) => t.symbol === "AKRB"));
    const w = page.locator("fintone-analyzer");
    assert.ok((await w.locator("mark.phrase").count()) >= 5);
    assert.ok((await w.locator("mark.phrase.pos").count()) >= 3);
    assert.ok((await w.locator("mark.figure").count()) >= 5);
    assert.equal(await w.locator("tr[data-symbol=AKRB]").count(), 1);
    assert.ok((await w.locator("table.figures tr[data-kind]").count()) >= 5);
    assert.ok((await w.locator("table.figures tr[data-kind=money]").count()) >= 1);
    assert.match(await w.locator("table.figures").textContent(), /1,200,000,000 USD/);
    const gauge = await w.locator(".gauge-label").textContent();
    assert.match(gauge, /(strongly positive|positive) · 0\.\d\d/);
    // Clicking a ticker row highlights its mentions; Enter toggles it from the keyboard.
    await w.locator("tr[data-symbol=AKRB]").click();
    assert.ok((await w.locator("mark.mention.active[data-symbol=AKRB]").count()) >= 1);
    await w.locator("tr[data-symbol=AKRB]").press("Enter");
    assert.equal(await w.locator("mark.mention.active").count(), 0);
    // A phrase's tooltip shows on keyboard focus, with its score and rule.
    await w.locator("mark.phrase").first().focus();
    assert.ok(await w.locator("mark.phrase").first().locator(".tip").isVisible());
    assert.match(await w.locator("mark.phrase").first().locator(".tip").textContent(), /[+−]\d\.\d\d · rule: \w/);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);

    mkdirSync(root + "test-results", { recursive: true });
    await page.screenshot({ path: root + "test-results/demo.png", fullPage: true });
  } finally {
    await context.close();
  }
});

test("with emoji, every <mark> holds exactly its phrase's text", async () => {
  const { context, page, errors } = await open();
  try {
    const text = "🚀 Acme Robotics Inc. shares soared 12% 🎉 after revenue rose sharply. 👩‍💼 Analysts were not impressed by the weak outlook 📉, and margins fell.";
    await paste(page, text);
    const check = await page.evaluate((text) => {
      const w = document.querySelector("fintone-analyzer");
      const marks = [...w.shadowRoot.querySelectorAll("mark.phrase")].map((m) => m.firstChild.textContent);
      return { marks, phrases: w.analysis.phrases.map((p) => [p.text, text.slice(p.start, p.end)]) };
    }, text);
    assert.ok(check.phrases.length >= 3, JSON.stringify(check));
    assert.deepEqual(check.marks, check.phrases.map(([t]) => t));
    for (const [t, s] of check.phrases) assert.equal(t, s);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("XSS payloads are shown as text: nothing runs, no element is created from them", async () => {
  const { context, page, errors } = await open();
  try {
    const payloads = [
      `<script>window.__xss = 1</script>`,
      `<img src=x onerror="window.__xss = 2">`,
      `<a href="javascript:window.__xss=3">click</a>`,
      `<svg onload="window.__xss=4"><script>window.__xss=5</script></svg>`,
      `<style>* { display: none !important }</style><div style="background:url(javascript:window.__xss=6)">`,
      `"><iframe srcdoc="<script>parent.__xss=7</script>"></iframe>`,
      `</textarea><script>window.__xss=8</script>`,
    ];
    const text = `Acme Robotics Inc. revenue rose 28% to $1.2 billion. ${payloads.join(" Shares fell 3%. ")} Profit jumped.`;
    await paste(page, text);
    await page.waitForTimeout(300);
    const out = await page.evaluate(() => {
      const root = document.querySelector("fintone-analyzer").shadowRoot;
      const tags = new Set([...root.querySelectorAll(".output *")].map((e) => e.localName));
      const article = root.querySelector(".article");
      // The article's own text, without tooltips and margin scores.
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let shown = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest(".tip, .sent-score")) shown += n.data;
      return { xss: window.__xss ?? null, tags: [...tags].sort(), shown, bodyTags: document.body.querySelectorAll("script, img, iframe, svg, style").length };
    });
    assert.equal(out.xss, null);
    assert.equal(out.shown, text, "the article is the pasted text, character for character");
    const allowed = ["caption", "div", "h2", "mark", "p", "section", "span", "sup", "table", "tbody", "td", "th", "thead", "tr"];
    for (const t of out.tags) assert.ok(allowed.includes(t), `unexpected element <${t}> in the output`);
    assert.equal(out.bodyTags, 0);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("paste → rendered result for a 10 KB article, timed with the Performance API", async () => {
  const { context, page } = await open();
  try {
    let text = "";
    for (let i = 0; text.length < 10_000; i++) text += samples[i % samples.length].text + "\n\n";
    text = text.slice(0, 10_240);
    const ms = await page.evaluate(async (text) => {
      const w = document.querySelector("fintone-analyzer");
      const times = [];
      for (let i = 0; i < 5; i++) {
        performance.mark("paste");
        w.input.value = text + " ".repeat(i);
        w.input.dispatchEvent(new Event("input"));
        await w.analyzeNow();
        performance.mark("rendered");
        times.push(performance.measure("paste→render", "paste", "rendered").duration);
      }
      return times;
    }, text);
    const median = [...ms].sort((a, b) => a - b)[2];
    console.log(`# paste → rendered, 10 KB article: median ${median.toFixed(1)} ms (runs: ${ms.map((x) => x.toFixed(1)).join(", ")}; target < 50 ms)`);
    assert.ok(median < 250, `median ${median} ms (a generous bound on a shared 2-core machine)`);
  } finally {
    await context.close();
  }
});

test("long text goes to the Web Worker and still renders", async () => {
  const { context, page, errors } = await open();
  try {
    const text = (samples[0].text + "\n\n").repeat(40);
    const a = await paste(page, text);
    assert.ok(a.phrases.length > 40);
    assert.ok((await page.locator("fintone-analyzer mark.phrase").count()) > 40);
    // Past 64 K characters the worker streams the text in parts (README, "Long texts"):
    // the same sentences, phrases, figures and overall score as one analyze() call.
    const long = (samples[1].text + "\n\n" + samples[0].text + "\n\n").repeat(150);
    assert.ok(long.length > 2 * PART_UNITS);
    // Set in the page: Playwright's fill() of 190 K characters takes seconds of its own.
    const b = await page.evaluate((long) => {
      const w = document.querySelector("fintone-analyzer");
      w.input.value = long;
      return w.analyzeNow();
    }, long);
    const whole = analyze(long, await page.evaluate(() => document.querySelector("fintone-analyzer").options));
    for (const k of ["sentences", "phrases", "figures"]) assert.deepEqual(b[k], whole[k], k);
    assert.deepEqual(b.overall, whole.overall);
    assert.deepEqual(Object.keys(b), Object.keys(whole));
    assert.deepEqual(b.tickers.map((t) => [t.symbol, t.mentions.length]).sort(), whole.tickers.map((t) => [t.symbol, t.mentions.length]).sort());
    assert.ok(b.tickers.length >= 2);
    // Drawn lazily: the chunks in view have their marks.
    assert.ok((await page.locator("fintone-analyzer mark.phrase").count()) > 40);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("typing with 1 MB pasted: keystrokes as quick as in a bare textarea, and the result renders", async () => {
  // The browser itself needs tens of milliseconds per keystroke in a textarea holding 1 MB, so
  // the widget is measured against a bare textarea in the same browser: the worker analysis,
  // the sliced decoding and rendering must add no stutter of their own. Keystrokes come every
  // 150 ms for 4 s, while the 1 MB result is analysed and drawn.
  let text = "";
  for (let i = 0; text.length < 1_000_000; i++) text += samples[i % samples.length].text.replace(/\d+/g, (d) => String(+d + i)) + "\n\n";
  const results = {};
  for (const variant of ["bare", "widget"]) {
    const { context, page, errors } = await open();
    try {
      await page.evaluate(([text, variant]) => {
        window.__keys = [];
        window.__rendered = false;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "keydown") window.__keys.push([e.duration, e.processingStart - e.startTime]); })
          .observe({ type: "event", durationThreshold: 16 });
        const w = document.querySelector("fintone-analyzer");
        let ta = w.input;
        if (variant === "bare") {
          // The same box and font as the widget's textarea, so the browser's own cost is equal.
          ta = document.createElement("textarea");
          const cs = getComputedStyle(w.input);
          for (const p of ["width", "height", "font", "line-height", "padding", "border", "box-sizing", "white-space"]) ta.style.setProperty(p, cs.getPropertyValue(p));
          w.before(ta);
          w.remove();
        } else {
          w.addEventListener("fintone-result", (e) => { window.__rendered = e.detail.phrases.length; });
        }
        ta.value = text;
        ta.focus();
        ta.setSelectionRange(text.length, text.length);
        ta.dispatchEvent(new Event("input"));
      }, [text, variant]);
      await page.waitForTimeout(400);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.type("x");
        await page.waitForTimeout(150);
      }
      if (variant === "widget") await page.waitForFunction(() => window.__rendered, null, { timeout: 60000 });
      const r = await page.evaluate(() => ({ keys: window.__keys, rendered: window.__rendered }));
      // Keystrokes under 16 ms are not reported: count them as 16.
      const keys = [...r.keys.map((k) => k[0]), ...Array(Math.max(0, 25 - r.keys.length)).fill(16)].sort((a, b) => a - b);
      const delays = [...r.keys.map((k) => k[1]), ...Array(Math.max(0, 25 - r.keys.length)).fill(0)].sort((a, b) => a - b);
      results[variant] = { median: keys[12], p90: keys[22], max: keys[24], delay: Math.round(delays[12]), maxDelay: Math.round(delays[24]), rendered: r.rendered };
      if (variant === "widget") {
        // The article shows the text as typed, character for character; its parts get their
        // marks as they come into view, and a ticker row draws the parts with its mentions.
        const drawn = await page.evaluate(async () => {
          const w = document.querySelector("fintone-analyzer");
          const a = await w.analyzeNow(); // the text as typed so far
          const article = w.shadowRoot.querySelector(".article");
          const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
          let shown = "";
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest(".tip, .sent-score")) shown += n.data;
          const chunks = article.querySelectorAll(".chunk");
          const last = chunks[chunks.length - 1];
          const before = { marks: article.querySelectorAll("mark.phrase").length, lastMarks: last.querySelectorAll("mark").length };
          article.scrollTop = article.scrollHeight;
          await new Promise((r) => setTimeout(r, 500));
          const row = w.shadowRoot.querySelector("table.tickers tr[data-symbol]");
          row.click();
          const symbol = row.dataset.symbol;
          const ticker = a.tickers.find((t) => t.symbol === symbol);
          return {
            same: shown === w.value, chunks: chunks.length, phrases: a.phrases.length, before,
            lastMarks: last.querySelectorAll("mark").length,
            active: article.querySelectorAll(`mark.mention.active`).length, mentions: ticker.mentions.length,
          };
        });
        assert.ok(drawn.same, "the article is the text as typed");
        assert.ok(drawn.chunks > 100 && drawn.phrases > 10_000, JSON.stringify(drawn));
        assert.ok(drawn.before.marks < drawn.phrases / 10, "only the parts near the view have their marks at first");
        assert.equal(drawn.before.lastMarks, 0);
        assert.ok(drawn.lastMarks > 0, "scrolled into view, the last part gets its marks");
        assert.ok(drawn.active > 0 && drawn.active <= drawn.mentions, "a ticker row highlights its mentions everywhere");
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  const { bare, widget } = results;
  console.log(`keystroke event durations with 1 MB, ms: bare textarea median ${bare.median} p90 ${bare.p90} max ${bare.max} (input delay median ${bare.delay}, max ${bare.maxDelay}); widget median ${widget.median} p90 ${widget.p90} max ${widget.max} (input delay median ${widget.delay}, max ${widget.maxDelay})`);
  // What the widget controls is how long a keystroke waits for the page (its input delay):
  // its own tasks are slices of a few milliseconds. The keystroke's total time is mostly the
  // browser editing and painting a 1 MB textarea, which swings by 2× between runs on a busy
  // machine (and the worker's analysis competes for the CPU), hence the bound of twice the
  // bare textarea's median. Before slicing, keystrokes waited seconds behind one 5.5 s task.
  assert.ok(widget.maxDelay < 300, `the longest input delay is ${widget.maxDelay} ms`);
  assert.ok(widget.median <= bare.median * 2 + 50, `median keystroke ${widget.median} ms vs ${bare.median} ms in a bare textarea`);
});

test("100,000 varied calls in the page, bad ones included: the module is never poisoned", async () => {
  const { context, page, errors } = await open();
  try {
    const r = await page.evaluate(hammer, [100_000, "/js/index.js"]);
    assert.deepEqual(r.problems, []);
    assert.ok(r.ok >= 50_000 && r.errors >= 40_000, JSON.stringify(r));
    assert.ok(r.same, "the reference text gives the same answer after all the calls");
    // The widget on the same page still works.
    const a = await paste(page, "Profit soared and margins improved.");
    assert.match(a.overall.label, /positive/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("host isolation: the page's CSS cannot reach inside, and the widget's CSS does not leak out", async () => {
  const { context, page, errors } = await open();
  try {
    const out = await page.evaluate(() => {
      const w = document.querySelector("fintone-analyzer");
      const root = w.shadowRoot;
      const probe = () => {
        const style = (sel, props) => {
          const el = root.querySelector(sel);
          const cs = getComputedStyle(el);
          return props.map((p) => cs.getPropertyValue(p)).join("|");
        };
        const props = ["display", "visibility", "color", "font-size", "letter-spacing", "text-transform", "white-space", "background-color", "line-height"];
        return ["mark.phrase", ".article", ".gauge-label", "textarea", "button.analyze", "table.figures th", ".status"].map((s) => `${s}: ${style(s, props)}`);
      };
      const before = probe();
      // A hostile host stylesheet (constructed: the page's CSP forbids inline <style>).
      const hostile = new CSSStyleSheet();
      hostile.replaceSync(`
        * { color: red !important; font-size: 40px !important; letter-spacing: 9px !important; text-transform: uppercase !important;
            line-height: 7 !important; visibility: visible; white-space: nowrap !important; }
        body { visibility: visible !important; font-family: monospace !important; }
        mark, .article, table, th, textarea, button, .status, .gauge-label, div, span { display: none !important; background: red !important; }
        fintone-analyzer mark, fintone-analyzer .article { display: none !important; }
      `);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
      const after = probe();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostile);
      // The widget's own rules do not style look-alike elements of the page.
      const mark = document.createElement("mark");
      mark.className = "phrase pos";
      mark.textContent = "rose";
      const article = document.createElement("div");
      article.className = "article fintone";
      article.textContent = "x";
      const button = document.createElement("button");
      button.className = "analyze";
      button.textContent = "b";
      document.body.append(mark, article, button);
      const leak = {
        markBg: getComputedStyle(mark).backgroundColor,
        markDecoration: getComputedStyle(mark).textDecorationLine,
        articleWhiteSpace: getComputedStyle(article).whiteSpace,
        articlePadding: getComputedStyle(article).paddingLeft,
        buttonWeight: getComputedStyle(button).fontWeight,
      };
      mark.remove(); article.remove(); button.remove();
      return { before, after, leak };
    });
    assert.deepEqual(out.after, out.before, "the widget looks the same under the hostile stylesheet");
    assert.deepEqual(out.leak, { markBg: "rgb(255, 255, 0)", markDecoration: "none", articleWhiteSpace: "normal", articlePadding: "0px", buttonWeight: "400" });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("axe-core: no serious or critical accessibility violations (light and dark)", async () => {
  // axe is injected as a script, which the page's CSP would refuse: this context bypasses CSP.
  const { context, page } = await open({ bypassCSP: true });
  try {
    await page.addScriptTag({ content: readFileSync(root + "node_modules/axe-core/axe.min.js", "utf8") });
    for (const theme of ["light", "dark"]) {
      if (theme === "dark") { await page.click("#theme"); }
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert.deepEqual(violations, [], theme);
    }
  } finally {
    await context.close();
  }
});

test("attributes text, labels, theme; render() into a plain container", async () => {
  const { context, page, errors } = await open();
  try {
    const out = await page.evaluate(async () => {
      const { render } = await import("/www/fintone-analyzer.js");
      const el = document.createElement("fintone-analyzer");
      el.setAttribute("labels", "");
      el.setAttribute("theme", "dark");
      const result = new Promise((r) => el.addEventListener("fintone-result", (e) => r(e.detail), { once: true }));
      el.setAttribute("text", "Profits soared and margins improved.");
      document.body.append(el);
      const a = await result;
      const root = el.shadowRoot;
      const darkBg = getComputedStyle(el).backgroundColor;
      const box = document.createElement("div");
      document.body.append(box);
      render(box, a, "Profits soared and margins improved.");
      return {
        label: a.overall.label,
        arrows: root.querySelectorAll("mark.phrase sup.arrow").length,
        phrases: a.phrases.length,
        darkBg,
        rendered: box.querySelectorAll("mark.phrase").length,
        gauge: box.querySelector(".gauge-label")?.textContent,
      };
    });
    assert.match(out.label, /positive/);
    assert.ok(out.phrases >= 2 && out.arrows === out.phrases, JSON.stringify(out));
    assert.equal(out.darkBg, "rgb(21, 25, 30)");
    assert.equal(out.rendered, out.phrases);
    assert.match(out.gauge, /positive · 0\.\d\d/);
    // Five comma-separated names in `labels` become the labels of the analysis.
    const named = await page.evaluate(async () => {
      await import("/www/fintone-analyzer.js");
      const el = document.createElement("fintone-analyzer");
      el.setAttribute("labels", "very bearish, bearish, flat, bullish, very bullish");
      const result = new Promise((r) => el.addEventListener("fintone-result", (e) => r(e.detail), { once: true }));
      el.setAttribute("text", "Profits soared and margins improved.");
      document.body.append(el);
      const a = await result;
      return { label: a.overall.label, gauge: el.shadowRoot.querySelector(".gauge-label")?.textContent };
    });
    assert.match(named.label, /bullish/);
    assert.match(named.gauge, /bullish · 0\.\d\d/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("fintone/widget/slim: the element on the slim build, on the page and in its worker", async () => {
  // A page of its own (the demo defines the element on the main build): served through a
  // route with the same CSP; its scripts come from the real server.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.route(`${origin}/slim-widget.html`, (route) =>
    route.fulfill({
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP },
      body: '<!doctype html><html lang="en"><meta charset="utf-8"><title>slim</title><fintone-analyzer></fintone-analyzer><script type="module" src="/www/fintone-analyzer-slim.js"></script></html>',
    }),
  );
  try {
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${origin}/slim-widget.html`);
    await page.waitForFunction(() => customElements.get("fintone-analyzer"));
    const short = "Apple shares rose 3% after earnings. Acme Robotics (NASDAQ: ACMR) jumped 12% as losses narrowed.";
    // Past the element's worker threshold (20,000 characters), the worker analyses it.
    const long = Array.from({ length: 250 }, () => short).join("\n");
    const out = await page.evaluate(async (texts) => {
      const w = /** @type {any} */ (document.querySelector("fintone-analyzer"));
      const results = [];
      for (const [universe, text] of texts) {
        w.options = universe ? { universe } : null;
        w.value = text;
        const a = await w.analyzeNow();
        results.push({
          tickers: a.tickers.map((t) => t.symbol),
          phrases: a.phrases.length,
          marks: w.shadowRoot.querySelectorAll("mark.phrase").length,
          rows: [...w.shadowRoot.querySelectorAll("tr[data-symbol]")].map((r) => r.dataset.symbol),
        });
      }
      return { results, csp: window.__csp };
    }, [
      [null, short],
      [[{ symbol: "ACME", name: "Acme Robotics Inc.", aliases: ["Acme Robotics"] }], short],
      [[{ symbol: "ACME", name: "Acme Robotics Inc.", aliases: ["Acme Robotics"] }], long],
    ]);
    const [bare, own, inWorker] = out.results;
    assert.deepEqual(bare.tickers, [], "no company table in the slim build");
    assert.ok(bare.phrases >= 2 && bare.marks >= 2, JSON.stringify(bare));
    assert.deepEqual(own.tickers, ["ACME"]);
    assert.deepEqual(own.rows, ["ACME"]);
    assert.deepEqual(inWorker.tickers, ["ACME"]);
    assert.ok(inWorker.phrases >= 250 * 2, JSON.stringify({ ...inWorker, rows: inWorker.rows.length }));
    // The slim build's files, and none of the main build's.
    assert.ok(requested.includes("/www/worker-slim.js"), requested.join(" "));
    assert.ok(requested.includes("/pkg/slim/fintone_bg.wasm"), requested.join(" "));
    assert.ok(!requested.some((p) => p === "/pkg/fintone_bg.wasm" || p === "/pkg/fintone.js" || p === "/www/worker.js"), requested.join(" "));
    assert.deepEqual(out.csp, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
