//! The WebAssembly binding: the only file that touches `wasm_bindgen`. Options arrive as the
//! JSON text of a plain object and results leave as JSON text in pieces ([`crate::json`],
//! pushed to a JavaScript array), the facts' kinds and offsets as a `Uint32Array`;
//! `www/core.js` wraps these exports into `summarize(text, options)`, `sentences(text)` and
//! `facts(text)` that take and return plain JavaScript objects. Text and numbers, rather than
//! objects built field by field, keep the glue and the wasm small, and the crossing cheap.

use wasm_bindgen::prelude::*;

use crate::json;

// Talc instead of the default dlmalloc: a fraction of its size in the download, and faster.
// It grows the wasm memory as needed and reuses what is freed (coalescing neighbours), so
// repeated calls (the page summarises on every keystroke) keep a steady footprint.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen]
extern "C" {
    /// A JavaScript array that JSON text is pushed to in pieces: joined, they are the text.
    pub type Pieces;
    #[wasm_bindgen(method)]
    fn push(this: &Pieces, piece: &str);
}

/// `summarizeJson(text, optionsJson, pieces)`: the Summary as JSON text, pushed to `pieces`,
/// with each fact as its value alone; returns the facts' kinds and offsets as a `Uint32Array`
/// (`json::fact_table`), from which `www/core.js` builds the facts. Invalid options throw an
/// `Error` whose message names the option and the allowed values.
#[wasm_bindgen(js_name = summarizeJson)]
pub fn summarize_json(text: &str, options: &str, pieces: &Pieces) -> Result<Vec<u32>, JsError> {
    let summary = json::options(options).and_then(|options| crate::summarize(text, &options));
    let summary = summary.map_err(|error| JsError::new(&error.to_string()))?;
    json::write_summary_for_js(&summary, &mut |piece| pieces.push(piece));
    Ok(json::fact_table(&summary.facts))
}

/// `sentencesJson(text, pieces)`: `[{text, start, end, paragraph, kind}]` (byte offsets) as
/// JSON text, pushed to `pieces`.
#[wasm_bindgen(js_name = sentencesJson)]
pub fn sentences_json(text: &str, pieces: &Pieces) {
    json::write_sentences(text, &crate::sentences(text), &mut |piece| pieces.push(piece));
}

/// `factsJson(text, pieces)`: the Summary's `facts` list for the whole text, as
/// `summarizeJson` gives it: the values as JSON text pushed to `pieces`, the kinds and
/// offsets returned.
#[wasm_bindgen(js_name = factsJson)]
pub fn facts_json(text: &str, pieces: &Pieces) -> Vec<u32> {
    let facts = crate::summary::fact_spans(text, &crate::facts(text));
    json::write_fact_values(&facts, &mut |piece| pieces.push(piece));
    json::fact_table(&facts)
}
