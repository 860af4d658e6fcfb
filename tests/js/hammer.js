// The poisoning test of issue 8, shared by Node (tests/js/hammer.test.js) and the page
// (tests/e2e/widget.test.js): many varied calls, bad ones included, in one module instance,
// then the reference text must still give exactly the answer it gave first.
//
// Self-contained on purpose (no imports): the browser test hands this function's source to
// the page through Playwright, where it imports the package from `url`.

/**
 * @param {[number, string]} args how many calls, and the URL or specifier of the package
 * @returns {Promise<{calls: number, ok: number, errors: number, same: boolean, problems: string[]}>}
 */
export async function hammer([n, url]) {
  const api = await import(url);
  await api.init();
  const REFERENCE = "Acme Robotics (NASDAQ: ACMR) said revenue rose 12% to $1.2 billion, but losses did not narrow. 📉 Shares fell 4%.";
  const first = JSON.stringify(api.analyze(REFERENCE));

  // Analyzers with valid options are built once (building one costs milliseconds).
  const analyzers = [
    new api.Analyzer(),
    new api.Analyzer({ target: "Acme", labels: ["very bearish", "bearish", "flat", "bullish", "very bullish"] }),
    new api.Analyzer({ tickers: false, figures: false, lexicon: [{ phrase: "sold out", score: 0.6 }] }),
    new api.Analyzer({ maxInputBytes: 64 }),
  ];
  const surrogates = ["\uD800", "\uDFFF", "a\uD83Dz", "\uDE00\uD83D", "x\uDBFF\uDBFF"];
  const good = [
    "", " ", "\n\r\n\r", "Revenue rose 📈", "Shares plunged after the CEO quit.", "Losses narrowed; costs rose.",
    "not ".repeat(200), "9".repeat(2000), "((((\"[{".repeat(100), "Ünïcödé Änderung 株価が上昇 📊 +5%", "\0\u0001\u0007\u001b",
    "$AMZN $5bn (NYSE: JPM) <JNJ.N> 1,234.5 million USD, -3.2% q/q", "€1.2bn 12bps 3 pp H1 2026 FY25",
  ];
  const badTexts = [undefined, null, 42, {}, ["a"], new String("x"), true, 10n, () => "x"];
  const badOptions = [
    { foo: 1 }, { thresholds: { neutral: 0.5, strong: 0.4 } }, { lexicon: [{ phrase: "x", score: 9 }] },
    { labels: ["a"] }, { universe: [{ symbol: "", name: "X" }] }, { maxInputBytes: -1 }, { target: 7 }, "fast", [1],
  ];

  let ok = 0;
  let errors = 0;
  /** @type {string[]} */
  const problems = [];
  const note = (/** @type {string} */ what) => { if (problems.length < 20) problems.push(what); };

  /** Every span of a result is in bounds and slices to its own text. */
  const checkSpans = (/** @type {string} */ text, /** @type {any} */ a) => {
    const spans = [...a.phrases, ...a.figures, ...a.tickers.flatMap((/** @type {any} */ t) => t.mentions)];
    for (const s of spans) {
      if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
        note(`bad span ${s.start}..${s.end} in ${JSON.stringify(text.slice(0, 40))}`);
      }
    }
    if (!(a.overall.score >= -1 && a.overall.score <= 1)) note(`score ${a.overall.score}`);
  };
  /** An expected failure must be a plain Error with a message, never a wasm trap. */
  const expectError = (/** @type {() => unknown} */ f, /** @type {string} */ what) => {
    try {
      f();
      note(`no error for ${what}`);
    } catch (e) {
      errors++;
      if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError || !e.message) note(`${what}: ${e}`);
    }
  };

  for (let i = 0; i < n; i++) {
    const k = i % 10;
    if (k < 5) {
      // A valid text, sometimes with a lone surrogate spliced in (offsets must not shift).
      let text = good[i % good.length];
      if (k === 4) text = text.slice(0, 3) + surrogates[i % surrogates.length] + text.slice(3);
      const a = k % 2 ? analyzers[i % 3].analyze(text) : api.analyze(text);
      checkSpans(text, a);
      ok++;
    } else if (k < 7) {
      const bad = badTexts[i % badTexts.length];
      expectError(() => (k === 5 ? api.analyze(bad) : analyzers[i % 3].analyze(bad)), `text ${typeof bad}`);
    } else if (k === 7) {
      const opts = badOptions[i % badOptions.length];
      expectError(() => api.analyze("x", /** @type {any} */ (opts)), `options ${JSON.stringify(opts)}`);
    } else if (k === 8) {
      // Over the Analyzer's 64-byte limit: a clear error, then the same Analyzer still works.
      expectError(() => analyzers[3].analyze("Revenue rose sharply. ".repeat(4)), "over maxInputBytes");
      if (analyzers[3].analyze("Profit rose.").overall.score <= 0) note("maxInputBytes analyzer broke");
      ok++;
    } else {
      expectError(() => new api.Analyzer(/** @type {any} */ (badOptions[i % badOptions.length])), "new Analyzer(bad)");
    }
  }
  const same = JSON.stringify(api.analyze(REFERENCE)) === first;
  return { calls: n, ok, errors, same, problems };
}
