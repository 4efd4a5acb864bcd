//! The WebAssembly binding: the only file that touches `wasm_bindgen`. Options arrive as the
//! JSON text of a plain object and results leave as JSON text ([`crate::json`]); `www/core.js`
//! wraps these exports into `summarize(text, options)`, `sentences(text)` and `facts(text)` that
//! take and return plain JavaScript objects. One string each way keeps the glue and the wasm
//! small, and the crossing cheap.

use wasm_bindgen::prelude::*;

use crate::json;

/// `summarizeJson(text, optionsJson)` → the Summary as JSON text. Invalid options throw an
/// `Error` whose message names the option and the allowed values.
#[wasm_bindgen(js_name = summarizeJson)]
pub fn summarize_json(text: &str, options: &str) -> Result<String, JsError> {
    let summary = json::options(options).and_then(|options| crate::summarize(text, &options));
    summary.map(|summary| json::summary(&summary)).map_err(|error| JsError::new(&error.to_string()))
}

/// `sentencesJson(text)` → `[{text, start, end, paragraph, kind}]` (byte offsets) as JSON text.
#[wasm_bindgen(js_name = sentencesJson)]
pub fn sentences_json(text: &str) -> String {
    json::sentences(text, &crate::sentences(text))
}

/// `factsJson(text)` → the Summary's `facts` list for the whole text, as JSON text.
#[wasm_bindgen(js_name = factsJson)]
pub fn facts_json(text: &str) -> String {
    json::fact_spans(&crate::summary::fact_spans(text, &crate::facts(text)))
}
