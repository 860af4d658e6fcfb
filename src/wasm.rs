//! The JS API (wasm-bindgen), and nothing else: `analyze(text, options?)` and the class
//! `Analyzer`. Values cross as plain data: options come in as a JS object deserialised into
//! [`Options`], results go out as plain objects through serde-wasm-bindgen's
//! `json_compatible()` serializer, so they deep-equal the CLI's JSON. `js/` wraps this glue
//! with `init()` and the "call init() first" errors.
//!
//! Errors are real JS `Error`s (`TypeError` for a non-string text) whose message names the
//! option field at fault. The panic hook only makes a bug readable in the console: the engine
//! does not panic on any input, since a panic would poison the module for the whole page.

use crate::{Analysis, CompanyEntry, LexiconEntry, Options, Thresholds};
use serde::Serialize;
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
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_arg(&text, "analyze(text, options?)")?;
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
            analyzer.analyze(&text).map_err(error)
        })?;
        return to_js(&result);
    }
    let analyzer = crate::Analyzer::new(options_arg(options)?).map_err(error)?;
    to_js(&analyzer.analyze(&text).map_err(error)?)
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
    pub fn analyze(&self, text: JsValue) -> Result<JsValue, JsValue> {
        let text = text_arg(&text, "Analyzer.analyze(text)")?;
        to_js(&self.inner.analyze(&text).map_err(error)?)
    }
}

/// The text argument as UTF-8. wasm-bindgen's conversion turns each lone surrogate into
/// U+FFFD, one UTF-16 unit for one, so the UTF-16 offsets computed in Rust index the
/// caller's original string.
fn text_arg(text: &JsValue, call: &str) -> Result<String, JsValue> {
    text.as_string().ok_or_else(|| {
        let got = if text.is_undefined() {
            "undefined".to_string()
        } else if text.is_null() {
            "null".to_string()
        } else {
            text.js_typeof().as_string().unwrap_or_default()
        };
        js_sys::TypeError::new(&format!(
            "fintone: {call} needs the text as a string, got {got}"
        ))
        .into()
    })
}

/// Deserialises options, with the path of the field at fault in the message
/// (`thresholds.neutral`, `lexicon[2].score`) for wrong types, unknown keys and bad values.
fn options_arg(options: JsValue) -> Result<Options, JsValue> {
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(js_sys::TypeError::new(
            "fintone: options must be an object such as { thresholds: { neutral: 0.1, strong: 0.4 } }",
        )
        .into());
    }
    check_keys(&options, "", fields::<Options>())?;
    let de = serde_wasm_bindgen::Deserializer::from(options);
    let options: Options = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        // serde-wasm-bindgen's messages start with the JS error's "Error: ".
        let inner = e.into_inner().to_string();
        let inner = inner.strip_prefix("Error: ").unwrap_or(&inner);
        let msg = if path == "." {
            format!("fintone: invalid options: {inner}")
        } else {
            format!("fintone: invalid option `{path}`: {inner}")
        };
        JsValue::from(JsError::new(&msg))
    })?;
    Ok(options)
}

/// Rejects keys that `Options` (and its nested structs) do not have. serde-wasm-bindgen reads
/// a struct by asking for each known field, so it never sees an unknown key and
/// `deny_unknown_fields` alone does not catch a misspelt option: this check does, with the
/// field names taken from the serde derives themselves.
fn check_keys(value: &JsValue, path: &str, known: &'static [&'static str]) -> Result<(), JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Ok(()); // a wrong type: serde reports it, with its path
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let at = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        if !known.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "fintone: unknown option `{at}`; expected one of: {}",
                known.join(", ")
            ))
            .into());
        }
        let nested = match (path, key.as_str()) {
            ("", "thresholds") => Some((fields::<Thresholds>(), false)),
            ("", "lexicon") => Some((fields::<LexiconEntry>(), true)),
            ("", "universe") => Some((fields::<CompanyEntry>(), true)),
            _ => None,
        };
        let Some((fields, is_list)) = nested else {
            continue;
        };
        let v = js_sys::Reflect::get(value, &JsValue::from_str(&key)).unwrap_or_default();
        if is_list && js_sys::Array::is_array(&v) {
            for (i, item) in js_sys::Array::from(&v).iter().enumerate() {
                check_keys(&item, &format!("{at}[{i}]"), fields)?;
            }
        } else if !is_list {
            check_keys(&v, &at, fields)?;
        }
    }
    Ok(())
}

/// The (renamed) field names of a struct with derived `Deserialize`, as serde sees them.
fn fields<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    struct Fields(&'static [&'static str]);
    #[derive(Debug)]
    struct Done;
    impl std::fmt::Display for Done {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names captured")
        }
    }
    impl std::error::Error for Done {}
    impl serde::de::Error for Done {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Done
        }
    }
    struct Capture<'a>(&'a mut Fields);
    impl<'de> serde::Deserializer<'de> for Capture<'_> {
        type Error = Done;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Done> {
            Err(Done)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Done> {
            self.0 .0 = fields;
            Err(Done)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut f = Fields(&[]);
    let _ = T::deserialize(Capture(&mut f));
    f.0
}

fn error(e: crate::Error) -> JsValue {
    JsError::new(&format!("fintone: {e}")).into()
}

fn to_js(analysis: &Analysis) -> Result<JsValue, JsValue> {
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("fintone: cannot convert the result: {e}")).into())
}
