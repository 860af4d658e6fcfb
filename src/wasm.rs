//! The JS API (wasm-bindgen), and nothing else: `analyze(text, options?)` and the class
//! `Analyzer`. Values cross as plain data: options come in as a JS object read field by field
//! into [`Options`] (see `options_arg`), results go out packed (a `Float64Array` and a string
//! table, see [`to_js`]) and `js/api.js` unpacks them into plain objects that deep-equal the
//! CLI's JSON. `js/` wraps this glue with `init()`, the unpacking and the "call init() first"
//! errors.
//!
//! The text comes in as its UTF-8 bytes, which `js/api.js` encodes (see `text_arg`).
//! Errors are real JS `Error`s whose message names the option field at fault (`js/api.js`
//! throws the `TypeError` for a text that is not a string). The panic hook only makes a bug
//! readable in the console: the engine does not panic on any input, since a panic would
//! poison the module for the whole page.

use crate::{Analysis, CompanyEntry, LexiconEntry, Options, Thresholds};
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Analyses `text` with `options` (an object, or `undefined`/`null` for the defaults).
#[wasm_bindgen]
pub fn analyze(text: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_arg(text)?;
    if options.is_undefined() || options.is_null() {
        // The default analyser is built once per module: its matchers are the costly part.
        thread_local!(static DEFAULT: OnceCell<crate::Analyzer> = const { OnceCell::new() });
        let result = DEFAULT.with(|cell| {
            let analyzer = match cell.get() {
                Some(a) => a,
                None => {
                    let a = crate::Analyzer::new(Options::default()).map_err(error)?;
                    cell.get_or_init(|| a)
                }
            };
            analyzer.analyze_for_js(text).map_err(error)
        })?;
        return to_js(&result);
    }
    let analyzer = crate::Analyzer::new(options_arg(options)?).map_err(error)?;
    to_js(&analyzer.analyze_for_js(text).map_err(error)?)
}

/// An analyser for many texts with the same options: the lexicon matcher and the company
/// index are built once, in the constructor.
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// Checks `options` (an object, or `undefined` for the defaults) and prepares the analyser.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsAnalyzer, JsValue> {
        let options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else {
            options_arg(options)?
        };
        Ok(JsAnalyzer {
            inner: crate::Analyzer::new(options).map_err(error)?,
        })
    }

    /// Analyses one text.
    pub fn analyze(&self, text: &[u8]) -> Result<JsValue, JsValue> {
        let text = text_arg(text)?;
        to_js(&self.inner.analyze_for_js(text).map_err(error)?)
    }

    /// A stream for one long text (`Analyzer.analyzeStream` in `js/api.js` cuts the text
    /// into parts and feeds them in).
    pub fn stream(&self) -> JsStream {
        JsStream {
            inner: Some(self.inner.stream_for_js()),
        }
    }
}

/// One long text in parts ([`crate::Stream`]): `push` each part in order, then `finish`.
#[wasm_bindgen(js_name = Stream)]
pub struct JsStream {
    inner: Option<crate::Stream>,
}

#[wasm_bindgen(js_class = Stream)]
impl JsStream {
    /// The next part, packed as [`to_js`] packs an analysis (its sentences, phrases and
    /// figures; no overall score, tickers or target), then the part's UTF-16 start and end.
    pub fn push(&mut self, text: &[u8]) -> Result<JsValue, JsValue> {
        let text = text_arg(text)?;
        let stream = self.inner.as_mut().ok_or_else(finished)?;
        let part = stream.push(text).map_err(error)?;
        let (start, end) = (part.start, part.end);
        let analysis = Analysis {
            overall: crate::Overall {
                score: 0.0,
                label: String::new(),
            },
            sentences: part.sentences,
            phrases: part.phrases,
            tickers: Vec::new(),
            figures: part.figures,
            target: None,
        };
        pack_with(&analysis, &[start as f64, end as f64])
    }

    /// What holds for the whole text, packed as an analysis with its overall score, tickers
    /// and target (empty lists otherwise), then the sentence count and the number of parts.
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let summary = self.inner.take().ok_or_else(finished)?.finish();
        let analysis = Analysis {
            overall: summary.overall,
            sentences: Vec::new(),
            phrases: Vec::new(),
            tickers: summary.tickers,
            figures: Vec::new(),
            target: summary.target,
        };
        pack_with(
            &analysis,
            &[summary.sentence_count as f64, summary.parts as f64],
        )
    }
}

fn finished() -> JsValue {
    JsError::new("fintone: this stream is finished; start another with analyzer.stream()").into()
}

/// The text argument: its UTF-8 bytes, as `js/api.js` encodes them with `TextEncoder`, which
/// turns each lone surrogate into U+FFFD, one UTF-16 unit for one, so that the UTF-16 offsets
/// computed in Rust index the caller's original string.
///
/// Bytes rather than a `String`: wasm-bindgen's string conversion copies a string into the
/// module with a JS loop, one char at a time, for as long as it is ASCII (the whole text, in
/// English news), and only then hands the rest to `TextEncoder.encodeInto`; `encodeInto`
/// alone is several times faster. The check below costs a fraction of that loop, and keeps
/// the export safe for any bytes it is given.
fn text_arg(text: &[u8]) -> Result<&str, JsValue> {
    std::str::from_utf8(text)
        .map_err(|_| js_sys::TypeError::new("fintone: the text is not valid UTF-8").into())
}

/// Reads the options object field by field, as the serde derives in [`crate::options`] read
/// the CLI's JSON: the same names, the same defaults, and `undefined` counted as missing.
/// Errors name the field at fault (`thresholds.neutral`, `lexicon[2].score`), and an unknown
/// key is an error rather than ignored, so that a misspelt option does not pass unnoticed.
///
/// By hand rather than through serde-wasm-bindgen: that route (with serde_path_to_error for
/// the field paths, and the float formatting its messages pulled in) made the gzipped `.wasm`
/// 18.8 KB bigger than this reader does (339,951 against 321,170 B). Messages never format a
/// number the caller gave, which keeps that float formatting out. The key lists are the
/// structs' `KEYS`, which a native test holds equal to the serde derives' field names.
fn options_arg(options: JsValue) -> Result<Options, JsValue> {
    if !is_record(&options) {
        return Err(js_sys::TypeError::new(
            "fintone: options must be an object such as { thresholds: { neutral: 0.1, strong: 0.4 } }",
        )
        .into());
    }
    let mut o = Options::default();
    for (i, v) in fields_of(&options, "", &Options::KEYS)? {
        let at = Options::KEYS[i];
        match at {
            "labels" => {
                let labels = array(&v, at)?;
                if labels.len() != 5 {
                    return Err(invalid(at, "expected an array of 5 strings"));
                }
                for (i, label) in labels.iter().enumerate() {
                    o.labels[i] = string(label, &format!("labels[{i}]"))?;
                }
            }
            "thresholds" => {
                let [neutral, strong] = object(&v, at, &Thresholds::KEYS, 2)?;
                o.thresholds = Thresholds {
                    neutral: number(&neutral, "thresholds.neutral")?,
                    strong: number(&strong, "thresholds.strong")?,
                };
            }
            "lexicon" => {
                for (i, e) in array(&v, at)?.iter().enumerate() {
                    let at = format!("lexicon[{i}]");
                    let [phrase, score] = object(e, &at, &LexiconEntry::KEYS, 2)?;
                    o.lexicon.push(LexiconEntry {
                        phrase: string(&phrase, &format!("{at}.phrase"))?,
                        score: number(&score, &format!("{at}.score"))?,
                    });
                }
            }
            "universe" => {
                for (i, e) in array(&v, at)?.iter().enumerate() {
                    let at = format!("universe[{i}]");
                    // `aliases` may be left out.
                    let [symbol, name, aliases] = object(e, &at, &CompanyEntry::KEYS, 2)?;
                    let mut c = CompanyEntry {
                        symbol: string(&symbol, &format!("{at}.symbol"))?,
                        name: string(&name, &format!("{at}.name"))?,
                        aliases: Vec::new(),
                    };
                    if !aliases.is_undefined() {
                        for (k, a) in array(&aliases, &format!("{at}.aliases"))?
                            .iter()
                            .enumerate()
                        {
                            c.aliases.push(string(a, &format!("{at}.aliases[{k}]"))?);
                        }
                    }
                    o.universe.push(c);
                }
            }
            "sentences" => o.sentences = boolean(&v, at)?,
            "phrases" => o.phrases = boolean(&v, at)?,
            "tickers" => o.tickers = boolean(&v, at)?,
            "figures" => o.figures = boolean(&v, at)?,
            "replaceDefault" => o.replace_default = boolean(&v, at)?,
            "target" => {
                o.target = if v.is_null() {
                    None
                } else {
                    Some(string(&v, at)?)
                }
            }
            "maxInputBytes" => {
                o.max_input_bytes = match v.as_f64() {
                    Some(x) if x >= 0.0 && x.fract() == 0.0 && x <= usize::MAX as f64 => x as usize,
                    _ => {
                        return Err(invalid(
                            at,
                            &format!("expected a whole number of bytes from 0 to {}", usize::MAX),
                        ))
                    }
                }
            }
            // `fields_of` gives only the keys it is asked for.
            _ => {}
        }
    }
    Ok(o)
}

/// A plain object: not `null`, not an array, not a function or a primitive.
fn is_record(v: &JsValue) -> bool {
    v.is_object() && !js_sys::Array::is_array(v)
}

/// The path of field `key` of the object at `path` ("" for the options object itself).
fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The fields of the object `value` (at `path`) that `known` names and that are not
/// `undefined`, as (index in `known`, value), in `known`'s order; an error for an own key
/// `known` does not name. Fields are read with a property get, so an inherited one counts,
/// as it did for serde-wasm-bindgen.
fn fields_of(
    value: &JsValue,
    path: &str,
    known: &'static [&'static str],
) -> Result<Vec<(usize, JsValue)>, JsValue> {
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "fintone: unknown option `{}`; expected one of: {}",
                field_path(path, &key),
                known.join(", ")
            ))
            .into());
        }
    }
    let mut out = Vec::with_capacity(known.len());
    for (i, &key) in known.iter().enumerate() {
        let v = js_sys::Reflect::get(value, &JsValue::from_str(key)).map_err(|_| {
            invalid(
                &field_path(path, key),
                "could not be read (its getter threw)",
            )
        })?;
        if !v.is_undefined() {
            out.push((i, v));
        }
    }
    Ok(out)
}

/// The fields `known` names of the object at `path`, `undefined` for an absent one; an error
/// when `value` is not an object, or when one of the first `needed` fields is absent.
fn object<const N: usize>(
    value: &JsValue,
    path: &str,
    known: &'static [&'static str; N],
    needed: usize,
) -> Result<[JsValue; N], JsValue> {
    if !is_record(value) {
        return Err(invalid(
            path,
            &format!(
                "expected an object with {}, got {}",
                known.join(", "),
                kind(value)
            ),
        ));
    }
    let mut out: [JsValue; N] = std::array::from_fn(|_| JsValue::UNDEFINED);
    for (i, v) in fields_of(value, path, known)? {
        out[i] = v;
    }
    if let Some(i) = out[..needed].iter().position(JsValue::is_undefined) {
        return Err(invalid(path, &format!("missing field `{}`", known[i])));
    }
    Ok(out)
}

fn array(v: &JsValue, path: &str) -> Result<Vec<JsValue>, JsValue> {
    if !js_sys::Array::is_array(v) {
        return Err(invalid(
            path,
            &format!("expected an array, got {}", kind(v)),
        ));
    }
    Ok(js_sys::Array::from(v).iter().collect())
}

fn string(v: &JsValue, path: &str) -> Result<String, JsValue> {
    v.as_string()
        .ok_or_else(|| invalid(path, &format!("expected a string, got {}", kind(v))))
}

fn number(v: &JsValue, path: &str) -> Result<f64, JsValue> {
    v.as_f64()
        .ok_or_else(|| invalid(path, &format!("expected a number, got {}", kind(v))))
}

fn boolean(v: &JsValue, path: &str) -> Result<bool, JsValue> {
    v.as_bool()
        .ok_or_else(|| invalid(path, &format!("expected true or false, got {}", kind(v))))
}

/// What a JS value is, for messages (never its contents: no number formatting in the wasm).
fn kind(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

fn invalid(path: &str, what: &str) -> JsValue {
    JsError::new(&format!("fintone: invalid option `{path}`: {what}")).into()
}

fn error(e: crate::Error) -> JsValue {
    JsError::new(&format!("fintone: {e}")).into()
}

/// The result, packed for `js/api.js` to unpack: `[numbers, strings]`, a `Float64Array` and
/// one string. Building the result object field by field through serde-wasm-bindgen was
/// about 40% of a call (each key and string value crossed the boundary on its own, a 10 KB
/// article's result being ~600 objects); JS builds the same objects from two values and
/// slices each span's `text` out of the input it already holds.
///
/// The format, read in this order by `unpack` in `js/api.js` (which must change with it):
/// every number is one f64; a string is its index in the string table; lists are a count
/// then the items:
///
/// ```text
/// header     string count, then the UTF-16 length of each (the table is their concatenation)
/// overall    score, label
/// sentences  n × (start, end, score, label)
/// phrases    n × (start, end, score, sentence, rule)
/// tickers    n × (symbol, name, relevance, score, label, mentions: m × (start, end))
/// figures    n × (start, end, kind, value, optional-field bits, then each field present in
///            bit order: currency, per, unit, low, high, metric, [period: no number, its
///            text is the input's periodStart..periodEnd], periodStart, periodEnd, change
///            (direction, value, unit, basis bit, basis), previous)
/// target     0, or 1 then name, score, label, mentions
/// tail       (a stream's part) its start and end; (a stream's summary) the text's
///            sentence count and number of parts
/// ```
/// Spans are UTF-16 offsets; every span's `text` is the input's slice, which the tests check
/// on every result.
fn to_js(analysis: &Analysis) -> Result<JsValue, JsValue> {
    pack_with(analysis, &[])
}

/// [`to_js`] with `tail` numbers after the analysis (a stream's part and summary use two).
fn pack_with(analysis: &Analysis, tail: &[f64]) -> Result<JsValue, JsValue> {
    // Two passes: the first only counts the numbers, so the second writes them into a buffer
    // of the exact size. A buffer grown by doubling, then joined to the string header in a
    // second buffer, set the wasm memory's high-water mark on large texts (210 MB on a 10 MB
    // text against 187 MB; the wasm memory never shrinks back).
    let mut counter = Packer::default();
    pack(analysis, &mut counter);
    for &x in tail {
        counter.nums.push(x);
    }
    let n = counter.nums.len();
    let mut p = Packer {
        nums: Nums::Write(Vec::with_capacity(n)),
        ..Packer::default()
    };
    pack(analysis, &mut p);
    for &x in tail {
        p.nums.push(x);
    }
    debug_assert_eq!(p.nums.len(), n);
    // The string table: the header (count, lengths) goes before the body. The numbers are
    // copied straight from the buffer into the JS array (no joined copy in wasm memory).
    let mut head = Vec::with_capacity(1 + p.strings.len());
    head.push(p.strings.len() as f64);
    let mut table = String::new();
    for s in &p.strings {
        head.push(s.encode_utf16().count() as f64);
        table.push_str(s);
    }
    let nums: &[f64] = match &p.nums {
        Nums::Write(buf) => buf,
        Nums::Count(_) => &[],
    };
    let array = js_sys::Float64Array::new_with_length((head.len() + nums.len()) as u32);
    array.subarray(0, head.len() as u32).copy_from(&head);
    array
        .subarray(head.len() as u32, (head.len() + nums.len()) as u32)
        .copy_from(nums);
    let packed = js_sys::Array::new_with_length(2);
    packed.set(0, array.into());
    packed.set(1, JsValue::from_str(&table));
    Ok(packed.into())
}

/// Writes `analysis` into `p` in [`to_js`]'s order.
fn pack<'a>(analysis: &'a Analysis, p: &mut Packer<'a>) {
    p.nums.push(analysis.overall.score);
    p.str(&analysis.overall.label);
    p.count(analysis.sentences.len());
    for s in &analysis.sentences {
        p.nums.extend([s.start as f64, s.end as f64, s.score]);
        p.str(&s.label);
    }
    p.count(analysis.phrases.len());
    for ph in &analysis.phrases {
        p.nums
            .extend([ph.start as f64, ph.end as f64, ph.score, ph.sentence as f64]);
        p.str(ph.rule);
    }
    p.count(analysis.tickers.len());
    for t in &analysis.tickers {
        p.str(&t.symbol);
        p.str(&t.name);
        p.nums.extend([t.relevance, t.score]);
        p.str(&t.label);
        p.mentions(&t.mentions);
    }
    p.count(analysis.figures.len());
    for f in &analysis.figures {
        p.figure(f);
    }
    match &analysis.target {
        None => p.nums.push(0.0),
        Some(t) => {
            p.nums.push(1.0);
            p.str(&t.name);
            p.nums.push(t.score);
            p.str(&t.label);
            p.mentions(&t.mentions);
        }
    }
}

/// Builds the packed result of [`to_js`].
#[derive(Default)]
struct Packer<'a> {
    nums: Nums,
    /// The string table, each string once.
    strings: Vec<&'a str>,
    index: crate::hash::FastMap<&'a str, usize>,
    /// The strings last looked up, by address: (address, length, index in the table). Most
    /// strings of a result are the same few `&'static str` (rule names, figure kinds), and
    /// the same address and length are the same string, so most look-ups stop here instead
    /// of hashing the text (the map was 3% of a 10 KB article's call in wasm).
    recent: [(usize, usize, usize); 16],
}

/// The numbers of a packed result: in the counting pass only how many there are, in the
/// writing pass the numbers.
enum Nums {
    Count(usize),
    Write(Vec<f64>),
}

impl Default for Nums {
    /// The counting pass.
    fn default() -> Self {
        Nums::Count(0)
    }
}

impl Nums {
    fn len(&self) -> usize {
        match self {
            Nums::Count(n) => *n,
            Nums::Write(buf) => buf.len(),
        }
    }

    #[inline]
    fn push(&mut self, v: f64) {
        match self {
            Nums::Count(n) => *n += 1,
            Nums::Write(buf) => buf.push(v),
        }
    }

    #[inline]
    fn extend<const N: usize>(&mut self, vs: [f64; N]) {
        match self {
            Nums::Count(n) => *n += N,
            Nums::Write(buf) => buf.extend(vs),
        }
    }
}

impl<'a> Packer<'a> {
    fn count(&mut self, n: usize) {
        self.nums.push(n as f64);
    }

    /// A string, as its index in the table.
    fn str(&mut self, s: &'a str) {
        if let Nums::Count(n) = &mut self.nums {
            *n += 1;
            return;
        }
        let at = s.as_ptr() as usize;
        let slot = (at >> 3 ^ at >> 7) & 15;
        let (a, len, i) = self.recent[slot];
        if a == at && len == s.len() {
            self.nums.push(i as f64);
            return;
        }
        let next = self.strings.len();
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.strings.push(s);
        }
        self.recent[slot] = (at, s.len(), i);
        self.nums.push(i as f64);
    }

    fn mentions(&mut self, mentions: &[crate::Mention]) {
        self.count(mentions.len());
        for m in mentions {
            self.nums.extend([m.start as f64, m.end as f64]);
        }
    }

    fn figure(&mut self, f: &'a crate::Figure) {
        self.nums.extend([f.start as f64, f.end as f64]);
        self.str(f.kind);
        self.nums.push(f.value);
        let bits = [
            f.currency.is_some(),
            f.per.is_some(),
            f.unit.is_some(),
            f.low.is_some(),
            f.high.is_some(),
            f.metric.is_some(),
            f.period_bytes.is_some(),
            f.period_start.is_some(),
            f.period_end.is_some(),
            f.change.is_some(),
            f.previous.is_some(),
        ]
        .iter()
        .enumerate()
        .fold(0u32, |acc, (i, &on)| acc | (on as u32) << i);
        self.nums.push(bits as f64);
        if let Some(s) = f.currency {
            self.str(s);
        }
        if let Some(s) = f.per {
            self.str(s);
        }
        if let Some(s) = &f.unit {
            self.str(s);
        }
        if let Some(v) = f.low {
            self.nums.push(v);
        }
        if let Some(v) = f.high {
            self.nums.push(v);
        }
        if let Some(s) = &f.metric {
            self.str(s);
        }
        if let Some(v) = f.period_start {
            self.nums.push(v as f64);
        }
        if let Some(v) = f.period_end {
            self.nums.push(v as f64);
        }
        if let Some(c) = &f.change {
            self.str(c.direction);
            self.nums.push(c.value);
            self.str(c.unit);
            match &c.basis {
                None => self.nums.push(0.0),
                Some(b) => {
                    self.nums.push(1.0);
                    self.str(b);
                }
            }
        }
        if let Some(v) = f.previous {
            self.nums.push(v);
        }
    }
}
