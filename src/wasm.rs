//! The WebAssembly binding: the only file that touches `wasm_bindgen`. Options arrive as plain
//! JavaScript objects and results leave as plain objects, through `serde-wasm-bindgen`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::summary::collapse_whitespace;
use crate::Options;

// Maps serialise as plain objects (not `Map`s), so results read like JSON.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// A JavaScript `Error` with `message`; serde-wasm-bindgen's errors already print as "Error: …".
fn js_error(message: &str) -> JsError {
    JsError::new(message.strip_prefix("Error: ").unwrap_or(message))
}

/// `summarize(text, options?)` → the Summary. Invalid options throw an `Error` whose message
/// names the option and the allowed values.
#[wasm_bindgen]
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| js_error(&e.to_string()))?
    };
    let summary = crate::summarize(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&summary)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SentenceOut {
    text: String,
    start: usize,
    end: usize,
    paragraph: usize,
    kind: crate::SentenceKind,
}

/// `sentences(text)` → `[{text, start, end, paragraph, kind}]` (byte offsets).
#[wasm_bindgen]
pub fn sentences(text: &str) -> Result<JsValue, JsError> {
    let out: Vec<SentenceOut> = crate::sentences(text)
        .into_iter()
        .map(|s| SentenceOut {
            text: collapse_whitespace(s.text(text)),
            start: s.start,
            end: s.end,
            paragraph: s.paragraph,
            kind: s.kind,
        })
        .collect();
    to_js(&out)
}

/// `facts(text)` → the Summary's `facts` list for the whole text.
#[wasm_bindgen]
pub fn facts(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::summary::fact_spans(text, &crate::facts(text)))
}
