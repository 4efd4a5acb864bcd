//! Compares `nutshell::words` with UAX #29's words (`unicode-segmentation`) on JSONL files of
//! `{"text", ...}` lines, and prints how many texts get different word lists (the first few
//! differences go to stderr):
//!
//! ```sh
//! cargo run --release --example words_vs_uax29 -- ../shared/data/news/*.jsonl ../shared/data/sentences/*.jsonl
//! ```

use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let (mut texts, mut differ) = (0, 0);
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in data.lines() {
            let record: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            let text = record["text"].as_str().unwrap_or("");
            texts += 1;
            let ours: Vec<_> = nutshell::words::word_indices(text).collect();
            let uax29: Vec<_> = text.unicode_word_indices().collect();
            if ours != uax29 {
                differ += 1;
                let at = ours.iter().zip(&uax29).position(|(a, b)| a != b).unwrap_or(ours.len().min(uax29.len()));
                if differ <= 20 {
                    eprintln!("{path}: {:?} where UAX #29 has {:?}", ours.get(at), uax29.get(at));
                }
            }
        }
    }
    println!("{texts} texts, {differ} with different words");
}
