//! The core compiled to wasm32, called across the JavaScript boundary, in Node
//! (`cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_node`).
//!
//! These call the exported functions of `src/wasm.rs` themselves, as `www/core.js` does: options
//! go in as the JSON text of JavaScript objects, results come out as JSON text that parses to
//! plain JavaScript objects (with each fact as its value, the rest of it in a table of numbers),
//! bad options as JavaScript `Error`s. The end-to-end tests (`e2e/pkg.test.js`) call the built
//! package's exports from JavaScript, through core.js, which builds the facts.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The wasm export `summarizeJson(text, optionsJson)` between `JSON.stringify` and
/// `JSON.parse`: JS options in, a JS object or a JS `Error` out. `undefined` options are passed
/// as empty text, which the core reads as the defaults (as it does `null`).
fn js_summarize(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    js_summarize_with_table(text, options).map(|(summary, _)| summary)
}

/// [`js_summarize`], and the table of the facts' kinds and offsets that the export returns.
fn js_summarize_with_table(text: &str, options: JsValue) -> Result<(JsValue, Vec<u32>), JsValue> {
    let options = if options.is_undefined() { String::new() } else { String::from(JSON::stringify(&options)?) };
    let pieces = Array::new();
    let table = nutshell::wasm::summarize_json(text, &options, pieces.unchecked_ref()).map_err(JsValue::from)?;
    Ok((JSON::parse(&String::from(pieces.join("")))?, table))
}

/// Each fact's `[kind, start, end, startUtf16, endUtf16]` from an export's table.
fn fact_rows(table: &[u32]) -> Vec<[u32; nutshell::json::FACT_FIELDS]> {
    assert_eq!(table.len() % nutshell::json::FACT_FIELDS, 0);
    table.chunks(nutshell::json::FACT_FIELDS).map(|row| row.try_into().unwrap()).collect()
}

/// What a wasm export pushed to its array of pieces, joined and parsed.
fn parsed(write: impl FnOnce(&nutshell::wasm::Pieces)) -> JsValue {
    let pieces = Array::new();
    write(pieces.unchecked_ref());
    JSON::parse(&String::from(pieces.join(""))).expect("the core returns JSON")
}

/// A JavaScript object from `(key, value)` pairs.
fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

fn number(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn list(value: &JsValue, key: &str) -> Vec<JsValue> {
    get(value, key).dyn_into::<Array>().unwrap().to_vec()
}

const ARTICLE: &str = "The city council approved a new budget on Monday. \
    It raises spending on schools by a tenth. \
    Critics said the plan ignores roads. \
    The mayor will sign it next week. \
    Residents can comment until Friday.";

#[wasm_bindgen_test]
fn summarize_returns_a_plain_object_of_the_summary() {
    let options = object(&[("type", "tldr".into()), ("length", "short".into())]);
    let summary = js_summarize(ARTICLE, options).unwrap();
    assert!(summary.is_object() && !Array::is_array(&summary));
    let sentences = list(&summary, "sentences");
    assert_eq!(sentences.len(), 1, "a short TL;DR is one sentence");
    let text = get(&summary, "text").as_string().unwrap();
    assert_eq!(get(&sentences[0], "text").as_string().unwrap(), text);
    let stats = get(&summary, "stats");
    assert_eq!(number(&stats, "sentences"), 5);
    assert_eq!(number(&stats, "summarySentences"), 1);
    assert!(number(&stats, "words") > number(&stats, "summaryWords"));
    assert!(Array::is_array(&get(&summary, "facts")));
    let features = get(&sentences[0], "features");
    assert!(get(&features, "centrality").as_f64().is_some());
}

#[wasm_bindgen_test]
fn an_explicit_sentence_count_is_honoured() {
    for count in 1..=4 {
        let options = object(&[("sentences", JsValue::from(count))]);
        let summary = js_summarize(ARTICLE, options).unwrap();
        assert_eq!(list(&summary, "sentences").len(), count as usize);
    }
}

#[wasm_bindgen_test]
fn missing_options_mean_the_defaults() {
    let by_default = js_summarize(ARTICLE, JsValue::UNDEFINED).unwrap();
    let from_null = js_summarize(ARTICLE, JsValue::NULL).unwrap();
    let from_empty = js_summarize(ARTICLE, object(&[])).unwrap();
    assert_eq!(list(&by_default, "sentences").len(), 3, "key points, short");
    for other in [from_null, from_empty] {
        assert_eq!(get(&other, "text"), get(&by_default, "text"));
    }
}

#[wasm_bindgen_test]
fn invalid_options_become_js_errors_naming_the_option() {
    let cases: [(&str, JsValue); 8] = [
        ("type", "short-story".into()),
        ("type", JsValue::from(3)),
        ("length", "huge".into()),
        ("sentences", JsValue::from(0)),
        ("sentences", "three".into()),
        ("words", JsValue::from(-5)),
        ("ratio", JsValue::from(1.5)),
        ("colour", "red".into()),
    ];
    for (name, value) in cases {
        let options = object(&[(name, value.clone())]);
        let error = js_summarize(ARTICLE, options).expect_err(name);
        let error: js_sys::Error = error.dyn_into().expect("a JavaScript Error");
        let message = String::from(error.message());
        assert!(message.contains(&format!("`{name}`")), "{name} = {value:?}: {message}");
    }
}

/// Astral characters (emoji) take two UTF-16 code units and four bytes: the offsets must
/// still cut the JavaScript string where the byte offsets cut the Rust one.
#[wasm_bindgen_test]
fn utf16_offsets_match_js_string_slicing_with_emoji() {
    let text = "Café 😀 owners cheered on Monday. 🎉🎉 Sales rose 17% to €2.5 million! \
        Ünïcödé 𝒻𝒶𝓃𝒸𝓎 letters stay intact. The end is near 👋🏽.";
    let (summary, table) = js_summarize_with_table(text, object(&[("sentences", JsValue::from(10))])).unwrap();
    let js_text = JsString::from(text);
    let sentences = list(&summary, "sentences");
    assert!(sentences.len() >= 3, "expected several sentences");
    let sentence_offsets = sentences
        .iter()
        .map(|s| [number(s, "start"), number(s, "end"), number(s, "startUtf16"), number(s, "endUtf16")]);
    let facts = fact_rows(&table);
    assert_eq!(facts.len(), list(&summary, "facts").len());
    assert!(facts.len() >= 3, "the date, the percentage, the money");
    let fact_offsets = facts.iter().map(|&[_, start, end, start16, end16]| [start, end, start16, end16]);
    for [start, end, start16, end16] in sentence_offsets.chain(fact_offsets) {
        let from_bytes = &text[start as usize..end as usize];
        let from_js = String::from(js_text.slice(start16, end16));
        assert_eq!(from_js, from_bytes);
    }
    let last = sentences.last().unwrap();
    assert_eq!(number(last, "endUtf16"), js_text.length(), "the last sentence ends the text");
}

#[wasm_bindgen_test]
fn any_text_gives_a_summary_without_trapping() {
    let long = "word ".repeat(20_000);
    let inputs = [
        "",
        "   \n\n\t ",
        "\u{0}\u{1}\u{fffd}\u{ffff}",
        "no punctuation at all just words and more words",
        "!!!???...",
        "日本語の文です。二つ目の文です。",
        &long,
    ];
    for text in inputs {
        let summary = js_summarize(text, JsValue::UNDEFINED).unwrap();
        for sentence in list(&summary, "sentences") {
            assert!(number(&sentence, "endUtf16") as usize <= text.encode_utf16().count());
        }
    }
}

#[wasm_bindgen_test]
fn a_long_result_comes_in_pieces_that_join_to_json() {
    let text = "Sales rose 17% to $29.3 billion on Monday, Acme said. ".repeat(3_000);
    let pieces = Array::new();
    let table = nutshell::wasm::facts_json(&text, pieces.unchecked_ref());
    assert!(pieces.length() > 3, "{} pieces", pieces.length());
    let values = JSON::parse(&String::from(pieces.join(""))).unwrap();
    assert_eq!(Array::from(&values).length(), 4 * 3_000);
    assert_eq!(fact_rows(&table).len(), 4 * 3_000);
}

#[wasm_bindgen_test]
fn sentences_and_facts_return_arrays_of_plain_objects() {
    let text = "One sentence here. Another one there.";
    let sentences: Array = parsed(|pieces| nutshell::wasm::sentences_json(text, pieces)).dyn_into().unwrap();
    let texts: Vec<String> = sentences.iter().map(|s| get(&s, "text").as_string().unwrap()).collect();
    assert_eq!(texts, ["One sentence here.", "Another one there."]);
    assert_eq!(get(&sentences.get(1), "start").as_f64(), Some(19.0));
    let mut table = Vec::new();
    let values = parsed(|pieces| table = nutshell::wasm::facts_json("It cost $5 on Monday.", pieces));
    let kinds: Vec<&str> = fact_rows(&table).iter().map(|row| nutshell::json::FACT_KINDS[row[0] as usize]).collect();
    assert_eq!(kinds, ["money", "date"]);
    let amount = get(&Array::from(&values).get(0), "amount");
    assert_eq!(amount.as_f64(), Some(5.0), "the money's value");
    assert!(Array::from(&values).get(1).is_object(), "the date's parts");
}
