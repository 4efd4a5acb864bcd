//! The JSON the WebAssembly binding returns (`nutshell::json`, written by hand to keep the wasm
//! small) is the JSON `serde_json` makes of the same values: parsed, the two are equal, for the
//! summaries, facts and sentences of every fixture text and of generated text with quotes,
//! backslashes, control characters and emoji. So is the binding's own form, whose facts come
//! as values and a table of numbers, once the facts are built from them as `www/core.js` does.

use std::path::Path;

use nutshell::json;
use nutshell::summary::{collapse_whitespace, fact_spans};
use nutshell::{Options, SummaryType};
use proptest::prelude::*;
use serde_json::{json, Value};

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Every way the binding turns `text` into JSON, each beside what serde_json makes of it.
fn assert_same_as_serde(text: &str) {
    let presets = [
        Options::default(),
        Options { sentences: Some(50), ..Default::default() },
        Options { summary_type: SummaryType::Headline, ..Default::default() },
    ];
    for options in presets {
        let summary = nutshell::summarize(text, &options).unwrap();
        let expected = serde_json::to_value(&summary).unwrap();
        assert_eq!(parse(&json::summary(&summary)), expected, "summary of {text:?}");
        let mut for_js = parse(&collect(|sink| json::write_summary_for_js(&summary, sink)));
        for_js["facts"] = facts_as_core_js_builds_them(text, &for_js["facts"], &json::fact_table(&summary.facts));
        assert_eq!(for_js, expected, "the binding's summary of {text:?}");
    }
    let facts = fact_spans(text, &nutshell::facts(text));
    let expected = serde_json::to_value(&facts).unwrap();
    assert_eq!(parse(&json::fact_spans(&facts)), expected, "facts of {text:?}");
    let values = parse(&collect(|sink| json::write_fact_values(&facts, sink)));
    assert_eq!(
        facts_as_core_js_builds_them(text, &values, &json::fact_table(&facts)),
        expected,
        "binding's facts of {text:?}"
    );
    let sentences = nutshell::sentences(text);
    let expected: Vec<Value> = sentences
        .iter()
        .map(|s| {
            let text = collapse_whitespace(s.text(text));
            json!({"text": text, "start": s.start, "end": s.end, "paragraph": s.paragraph, "kind": s.kind})
        })
        .collect();
    assert_eq!(parse(&json::sentences(text, &sentences)), Value::Array(expected), "sentences of {text:?}");
}

fn collect(write: impl FnOnce(json::Sink<'_>)) -> String {
    let mut out = String::new();
    write(&mut |piece| out.push_str(piece));
    out
}

/// The facts from the binding's values and table, built as `www/core.js` builds them: the text
/// is the slice of the input's UTF-16 code units between the UTF-16 offsets.
fn facts_as_core_js_builds_them(text: &str, values: &Value, table: &[u32]) -> Value {
    let values = values.as_array().expect("the facts' values are a list");
    assert_eq!(table.len(), values.len() * json::FACT_FIELDS, "five numbers a fact");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let facts = values.iter().zip(table.chunks(json::FACT_FIELDS)).map(|(value, row)| {
        let &[kind, start, end, start_utf16, end_utf16] = row else { unreachable!() };
        let slice = String::from_utf16(&utf16[start_utf16 as usize..end_utf16 as usize]).unwrap();
        let mut fact = json!({
            "kind": json::FACT_KINDS[kind as usize],
            "text": slice,
            "start": start,
            "end": end,
            "startUtf16": start_utf16,
            "endUtf16": end_utf16,
        });
        if !value.is_null() {
            fact["value"] = value.clone();
        }
        fact
    });
    Value::Array(facts.collect())
}

fn fixture_texts(dir: &Path, texts: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            fixture_texts(&path, texts);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let file = std::fs::read_to_string(&path).unwrap();
            // Each case's input, and the whole file as one (long, varied) text.
            texts.extend(file.split("\n=== ").filter_map(|case| case.split("\n--- ").next()).map(String::from));
            texts.push(file);
        }
    }
}

#[test]
fn every_fixture_text_gives_the_same_json_as_serde() {
    let mut texts = Vec::new();
    fixture_texts(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")), &mut texts);
    assert!(texts.len() > 100, "found only {} fixture texts", texts.len());
    let article = Path::new("/work/shared/data/examples/aws-layoffs.txt");
    if let Ok(text) = std::fs::read_to_string(article) {
        texts.push(text);
    }
    for text in &texts {
        assert_same_as_serde(text);
    }
}

#[test]
fn strings_with_quotes_backslashes_and_control_characters_round_trip() {
    let text = "He said \"no\" \\ twice.\u{1}\u{1f}\u{7f} Tabs\there, é and 😀 too.\r\nIt cost $2.50 or 17.25%.";
    assert_same_as_serde(text);
    let facts = fact_spans(text, &nutshell::facts(text));
    assert!(!facts.is_empty());
}

#[test]
fn a_long_result_comes_in_pieces_that_join_to_the_whole() {
    let text = "Acme Corp. said on Monday that sales rose 17% to $29.3 billion. ".repeat(5_000);
    let summary = nutshell::summarize(&text, &Options::default()).unwrap();
    let mut pieces = Vec::new();
    json::write_summary(&summary, &mut |piece| pieces.push(piece.to_string()));
    assert!(pieces.len() > 10, "{} pieces", pieces.len());
    assert!(pieces.iter().all(|p| p.len() <= json::PIECE + 1024));
    assert_eq!(pieces.concat(), json::summary(&summary));
    assert_eq!(parse(&pieces.concat()), serde_json::to_value(&summary).unwrap());
}

fn text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,9}",
        "[0-9]{1,4}([.,][0-9]{1,3})?",
        Just("$29.3 billion".to_string()),
        Just("€0.1 million".to_string()),
        Just("17.25%".to_string()),
        Just("Q3 2025".to_string()),
        Just("July 17, 2024".to_string()),
        Just("3.7 km".to_string()),
        "[\"\\\\\u{0}-\u{1f}\u{7f}\u{2028}😀é]{1,3}",
    ];
    let gap = prop_oneof![Just(" "), Just(". "), Just("\n\n"), Just("! "), Just(", ")];
    prop_oneof![
        4 => prop::collection::vec((word, gap), 0..60)
            .prop_map(|parts| parts.into_iter().map(|(w, g)| format!("{w}{g}")).collect::<String>()),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn generated_text_gives_the_same_json_as_serde(text in text()) {
        assert_same_as_serde(&text);
    }
}
