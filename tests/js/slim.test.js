// The slim build (`fintone/slim`, pkg/slim/): no company table, built for size. It must be
// the same engine as the main build in everything but the table: the same API, the same
// results where the table plays no part, the user's own universe and the text's own ticker
// cues, and a state of its own when both builds are loaded in one process.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as full from "fintone";
import * as slim from "fintone/slim";
import { article, corpus } from "./corpus.js";
import { assertSpans } from "./helpers.js";

test("the slim build has its own init(): loading the main build does not load it", async () => {
  await full.init();
  assert.throws(() => slim.analyze("Shares rose."), /call `await init\(\)`/);
  await slim.init();
  assert.equal(slim.version(), full.version());
  assert.deepEqual(Object.keys(slim).sort(), Object.keys(full).sort());
});

test("without tickers, the slim build gives the main build's results, spans and all", async () => {
  await Promise.all([full.init(), slim.init()]);
  const texts = [article, ...corpus(200).map((c) => c.text)];
  for (const text of texts) {
    const a = full.analyze(text, { tickers: false });
    const b = slim.analyze(text, { tickers: false });
    assert.deepEqual(b, a, text.slice(0, 80));
    assertSpans(text, b);
  }
  const s = new slim.Analyzer({ figures: false, phrases: false, sentences: false, tickers: false });
  assert.deepEqual(s.analyze(article).overall, full.analyze(article).overall);
  s.free();
});

test("the slim build knows no companies until given a universe, then finds them as the main build does", async () => {
  await Promise.all([full.init(), slim.init()]);
  const text = "Apple shares rose 3% 🍎 after earnings; $TSLA slipped and Acme Robotics (NASDAQ: ACMR) jumped.";
  const symbols = (a) => a.tickers.map((t) => t.symbol).sort();
  assert.deepEqual(symbols(full.analyze(text)), ["AAPL", "ACMR", "TSLA"], "the main build's table has all three symbols");
  assert.deepEqual(slim.analyze(text).tickers, []);

  const universe = [
    { symbol: "AAPL", name: "Apple Inc.", aliases: ["Apple"] },
    { symbol: "TSLA", name: "Tesla, Inc." },
    { symbol: "ACMR", name: "Acme Robotics Inc." },
  ];
  const own = new slim.Analyzer({ universe }).analyze(text);
  assert.deepEqual(symbols(own), ["AAPL", "ACMR", "TSLA"]);
  assertSpans(text, own);
  const mention = (a, symbol) => a.tickers.find((t) => t.symbol === symbol).mentions.map((m) => text.slice(m.start, m.end));
  assert.deepEqual(mention(own, "AAPL"), ["Apple"]);
  assert.deepEqual(mention(own, "TSLA"), ["$TSLA"]);
  assert.ok(own.tickers.find((t) => t.symbol === "AAPL").score > 0, "shares rose: good news for Apple");
  // The same universe in place of the main build's table gives the same result.
  assert.deepEqual(own, new full.Analyzer({ universe, replaceDefault: true }).analyze(text));
});

test("the slim build streams a long text as the main build does", async () => {
  await Promise.all([full.init(), slim.init()]);
  const text = Array.from({ length: 40 }, () => article).join("\n\n");
  const parts = (api) => {
    const got = [];
    const summary = api.analyzeStream(text, (p) => got.push([p.start, p.end, p.phrases.length, p.figures.length]), { tickers: false });
    return { got, summary };
  };
  assert.deepEqual(parts(slim), parts(full));
});
