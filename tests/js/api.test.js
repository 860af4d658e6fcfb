// The JS API on the built package: init, analyze, Analyzer, options and errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { init, analyze, Analyzer, version } from "fintone";

const TEXT = "Losses narrowed and revenue rose 12%. Shares plunged after the CEO quit.";

test("analyze before init throws an Error that says to call init()", () => {
  assert.throws(() => analyze(TEXT), { name: "Error", message: /call `await init\(\)`/ });
  assert.throws(() => new Analyzer(), /call `await init\(\)`/);
});

test("init is idempotent, also when called concurrently", async () => {
  await Promise.all([init(), init(), init()]);
  await init();
  assert.equal(version(), JSON.parse((await import("node:fs")).readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
});

test("the result is a plain object with the documented fields", async () => {
  await init();
  const a = analyze(TEXT);
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.deepEqual(Object.keys(a), ["overall", "sentences", "phrases", "tickers", "figures"]);
  assert.ok(Array.isArray(a.phrases));
  assert.ok(a.phrases.length > 0);
  assert.equal(typeof a.overall.score, "number");
  assert.equal(a.sentences.length, 2);
  assert.ok(a.phrases.some((p) => p.text === "Losses narrowed"));
  // A plain object survives structuredClone and JSON unchanged (Maps would not).
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  assert.deepEqual(structuredClone(a), a);
});

test("Analyzer: labels, thresholds, lexicon overrides, target, parts switched off", async () => {
  await init();
  const labels = ["very bad", "bad", "meh", "good", "very good"];
  const a = new Analyzer({
    labels,
    thresholds: { neutral: 0.05, strong: 0.9 },
    lexicon: [{ phrase: "sold out", score: 0.6 }],
    target: "Acme",
  });
  const r = a.analyze("Acme sold out its first run.");
  assert.ok(r.phrases.some((p) => p.text === "sold out" && p.score === 0.6), JSON.stringify(r.phrases));
  assert.ok(labels.includes(r.overall.label));
  assert.equal(r.target.name, "Acme");
  assert.deepEqual(r.target.mentions, [{ start: 0, end: 4, text: "Acme" }]);
  assert.ok(!analyze("Acme sold out its first run.").phrases.some((p) => p.score === 0.6), "the override is per analyser");
  const added = new Analyzer({ lexicon: [{ phrase: "zorbly glimmer", score: -0.7 }] }).analyze("Its zorbly glimmer worried investors.");
  assert.ok(added.phrases.some((p) => p.text === "zorbly glimmer" && p.score === -0.7), JSON.stringify(added.phrases));

  const lean = analyze(TEXT, { sentences: false, phrases: false, tickers: false, figures: false });
  assert.deepEqual(lean.sentences, []);
  assert.deepEqual(lean.phrases, []);
  assert.deepEqual(lean.tickers, []);
  assert.deepEqual(lean.figures, []);
  assert.equal(lean.overall.score, analyze(TEXT).overall.score);
  a.free();
  assert.throws(() => a.analyze("x"), /freed/);
});

test("null and undefined options mean the defaults", async () => {
  await init();
  assert.deepEqual(analyze(TEXT, undefined), analyze(TEXT));
  assert.deepEqual(analyze(TEXT, null), analyze(TEXT));
  assert.deepEqual(new Analyzer().analyze(TEXT), analyze(TEXT));
  assert.deepEqual(analyze(TEXT, {}), analyze(TEXT));
});

test("non-string text throws a TypeError saying a string is needed", async () => {
  await init();
  for (const bad of [undefined, null, 42, {}, ["a"], new String("x"), Symbol("s"), 10n, () => "x"]) {
    assert.throws(() => analyze(bad), (e) => e instanceof TypeError && /needs the text as a string/.test(e.message), String(typeof bad));
  }
  assert.throws(() => new Analyzer().analyze(42), TypeError);
});

test("the text reaches the engine whole: ASCII, non-ASCII, texts past the reused buffer, and a short one after a long one", () => {
  // In a fresh process: js/api.js encodes texts into a buffer it keeps between calls (texts
  // of up to 2^18 UTF-16 units; longer ones get their own), and this test's texts must find
  // it as a page's first calls do, small.
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", `
    import { init, analyze, Analyzer } from "fintone";
    import assert from "node:assert/strict";
    await init();
    const TEXT = ${JSON.stringify(TEXT)};
    const a = new Analyzer({ tickers: false });
    // Each text ends with TEXT, as its own paragraph: its last phrases are TEXT's, at offsets
    // moved by what comes before (a text cut short, or bytes left over, would lose or add some).
    const own = a.analyze(TEXT).phrases;
    for (const before of ["", "Café 😀 sales.\\n\\n", "é".repeat(5000) + ".\\n\\n", \`\${TEXT}\\n\\n\`.repeat(300)]) {
      const text = before + TEXT;
      const got = a.analyze(text);
      for (const p of got.phrases) assert.equal(text.slice(p.start, p.end), p.text);
      const last = got.phrases.slice(-own.length);
      assert.deepEqual(last.map((p) => [p.text, p.start - before.length, p.score]), own.map((p) => [p.text, p.start, p.score]));
      assert.deepEqual(analyze(text, { tickers: false }), got);
    }
    // Past the buffer's reach, then a short text after the long one.
    const long = \`\${TEXT} \`.repeat(Math.ceil((1 << 18) / (TEXT.length + 1)) + 1);
    const shortAfter = "Profit fell.";
    const expected = analyze(shortAfter);
    assert.ok(long.length > 1 << 18);
    const r = analyze(long, { tickers: false, phrases: false, figures: false });
    // Two sentences for each copy of TEXT, the last ending at the text's last full stop.
    assert.equal(r.sentences.length, 2 * (long.length / (TEXT.length + 1)));
    assert.equal(r.sentences.at(-1).end, long.length - 1);
    assert.deepEqual(analyze(shortAfter), expected);
    console.log("ok");`], { cwd: new URL("../../", import.meta.url), encoding: "utf8" });
  assert.equal(out.trim(), "ok");
});

test("the module's own export refuses bytes that are not UTF-8 with a TypeError", async () => {
  await init();
  const glue = await import("../../pkg/fintone.js");
  assert.throws(() => glue.analyze(new Uint8Array([0x52, 0xc3]), undefined), { name: "TypeError", message: /not valid UTF-8/ });
  assert.throws(() => new glue.Analyzer(undefined).analyze(new Uint8Array([0xff])), { name: "TypeError", message: /not valid UTF-8/ });
});

test("bad options throw an Error naming the field", async () => {
  await init();
  const cases = [
    [{ foo: 1 }, "`foo`"],
    [{ Labels: [] }, "`Labels`"],
    [{ thresholds: { neutral: "a", strong: 0.4 } }, "`thresholds.neutral`"],
    [{ thresholds: { neutral: 0.1, strong: 0.4, extra: 1 } }, "`thresholds.extra`"],
    [{ thresholds: { neutral: 0.5, strong: 0.4 } }, "`thresholds`"],
    [{ lexicon: [{ phrase: "ok", score: 0.1 }, { phrase: "sold out", score: 2 }] }, "`lexicon[1].score`"],
    [{ lexicon: [{ phrase: "x", score: "high" }] }, "`lexicon[0].score`"],
    [{ lexicon: [{ phrase: "x", score: 0.1, weight: 1 }] }, "`lexicon[0].weight`"],
    [{ lexicon: [{ phrase: "   ", score: 0.1 }] }, "`lexicon[0].phrase`"],
    [{ lexicon: { phrase: "x", score: 0.1 } }, "`lexicon`"],
    [{ sentences: "yes" }, "`sentences`"],
    [{ labels: ["a", "b"] }, "`labels`"],
    [{ universe: [{ symbol: "", name: "X" }] }, "`universe[0].symbol`"],
    [{ universe: [{ symbol: "X", name: "X", alias: [] }] }, "`universe[0].alias`"],
    [{ maxInputBytes: -5 }, "`maxInputBytes`"],
    [{ target: 7 }, "`target`"],
  ];
  for (const [options, field] of cases) {
    assert.throws(() => analyze("x", options), (e) => e instanceof Error && e.message.includes(field), `${JSON.stringify(options)} -> ${field}`);
    assert.throws(() => new Analyzer(options), (e) => e instanceof Error && e.message.includes(field));
  }
  assert.throws(() => analyze("x", "fast"), TypeError);
  assert.throws(() => analyze("x", [1]), TypeError);
});

test("options are read as the CLI reads JSON: undefined is absent, null target is none, inherited fields count", async () => {
  await init();
  const text = "Apple shares rose 5% after the results. Costs fell.";
  const plain = analyze(text);
  assert.ok(plain.tickers.length > 0, "the default analyser finds Apple");
  // `undefined` leaves the default (as a missing key), and so does a null target.
  assert.deepEqual(analyze(text, { tickers: undefined, target: undefined, labels: undefined }), plain);
  assert.deepEqual(analyze(text, { target: null }), plain);
  // A field on the prototype is read, as a property get reads it.
  assert.deepEqual(analyze(text, Object.create({ tickers: false })).tickers, []);
  assert.deepEqual(new Analyzer({ sentences: false, phrases: false }).analyze(text).overall, plain.overall);
  // Each field's value as given.
  const custom = new Analyzer({
    labels: ["--", "-", "0", "+", "++"],
    thresholds: { neutral: 0.05, strong: 0.5 },
    universe: [{ symbol: "RRC", name: "RoadRunner Catcher", aliases: ["Catcher Co"] }],
    replaceDefault: true,
    maxInputBytes: 1000,
  }).analyze("Catcher Co shares rose 5% after strong results.");
  assert.deepEqual(custom.tickers.map((t) => t.symbol), ["RRC"]);
  assert.ok(["--", "-", "0", "+", "++"].includes(custom.overall.label));
  assert.throws(() => new Analyzer({ maxInputBytes: 10 }).analyze("a".repeat(11)), /over the limit of 10 bytes/);
});

test("wrong option shapes: the field at fault and what was expected", async () => {
  await init();
  const cases = [
    [{ thresholds: { neutral: 0.1 } }, /`thresholds`: missing field `strong`/],
    [{ thresholds: null }, /`thresholds`: expected an object with neutral, strong, got null/],
    [{ labels: ["a", "b", "c", "d", 5] }, /`labels\[4\]`: expected a string, got number/],
    [{ labels: "abc" }, /`labels`: expected an array, got string/],
    [{ maxInputBytes: 1.5 }, /`maxInputBytes`: expected a whole number of bytes/],
    [{ maxInputBytes: NaN }, /`maxInputBytes`/],
    [{ maxInputBytes: 2 ** 40 }, /`maxInputBytes`/],
    [{ maxInputBytes: "1000" }, /`maxInputBytes`/],
    [{ universe: [{ symbol: "X", name: "Y", aliases: "Z" }] }, /`universe\[0\]\.aliases`: expected an array, got string/],
    [{ universe: [{ symbol: "X", name: "Y", aliases: ["ok", 1] }] }, /`universe\[0\]\.aliases\[1\]`: expected a string/],
    [{ universe: [{ name: "Y" }] }, /`universe\[0\]`: missing field `symbol`/],
    [{ lexicon: [null] }, /`lexicon\[0\]`: expected an object with phrase, score, got null/],
    [{ lexicon: [[1]] }, /`lexicon\[0\]`: expected an object with phrase, score, got an array/],
    [{ lexicon: [{ phrase: "up", score: 0.5 }, { phrase: "down" }] }, /`lexicon\[1\]`: missing field `score`/],
    [{ sentences: 1 }, /`sentences`: expected true or false, got number/],
    [{ replaceDefault: "no" }, /`replaceDefault`: expected true or false, got string/],
    [{ target: 5 }, /`target`: expected a string, got number/],
    [{ get tickers() { throw new Error("boom"); } }, /`tickers`: could not be read/],
    [{ thresholds: { neutral: 0.1, strong: 0.4, Strong: 1 } }, /unknown option `thresholds\.Strong`; expected one of: neutral, strong/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => new Analyzer(options), (e) => e instanceof Error && message.test(e.message), String(message));
  }
});

test("input over maxInputBytes is a clear Error, and the module keeps working", async () => {
  await init();
  assert.throws(() => analyze("a".repeat(100), { maxInputBytes: 10 }), /over the limit of 10 bytes.*maxInputBytes/);
  assert.equal(analyze(TEXT).sentences.length, 2);
});

test("after all these errors the module still gives the right answer", async () => {
  await init();
  const before = analyze(TEXT);
  for (let i = 0; i < 200; i++) {
    try { analyze(i % 2 ? 5 : "x", { lexicon: [{ phrase: "x", score: 9 }] }); } catch {}
  }
  assert.deepEqual(analyze(TEXT), before);
});
