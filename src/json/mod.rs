//! Results as JSON text and options from JSON text, for the WebAssembly binding.
//!
//! The binding hands JavaScript one string per call, which it `JSON.parse`s: a string crosses
//! the boundary in one copy, where building the objects field by field from Rust would take a
//! call per field and pull serde's and serde-wasm-bindgen's machinery into the download. The
//! writer is small on purpose and writes what `serde_json` writes for the same values (the
//! tests compare both): the same keys in the same order, numbers in their shortest round-trip
//! form (`ryu`, as `serde_json` uses), and `null` for a number that is not finite.
//!
//! The options reader is in [`options`](mod@options).

pub mod options;

use crate::facts::{FactKind, FactValue};
use crate::score::{Excluded, Features};
use crate::segment::{Sentence, SentenceKind};
use crate::summary::{collapse_whitespace, FactSpan, Stats, SummarySentence};
use crate::Summary;

pub use options::options;

/// The [`Summary`] as a JSON object (the shape `serde_json` gives it).
pub fn summary(summary: &Summary) -> String {
    let mut json = Json::with_capacity(256 + summary.text.len() * 2 + summary.facts.len() * 96);
    json.open('{');
    json.key("sentences");
    json.list(&summary.sentences, Json::summary_sentence);
    json.key("facts");
    json.list(&summary.facts, Json::fact_span);
    json.key("text");
    json.string(&summary.text);
    json.key("stats");
    json.stats(&summary.stats);
    json.close('}');
    json.finish()
}

/// The facts of a text as a JSON array of [`FactSpan`] objects.
pub fn fact_spans(facts: &[FactSpan]) -> String {
    let mut json = Json::with_capacity(16 + facts.len() * 96);
    json.list(facts, Json::fact_span);
    json.finish()
}

/// The sentences of `text` as a JSON array of `{text, start, end, paragraph, kind}` objects
/// (the text with its whitespace collapsed, byte offsets), as the binding's `sentences()` lists them.
pub fn sentences(text: &str, sentences: &[Sentence]) -> String {
    let mut json = Json::with_capacity(16 + sentences.iter().map(|s| s.end - s.start + 64).sum::<usize>());
    json.list(sentences, |json, s| {
        json.open('{');
        json.key("text");
        json.string(&collapse_whitespace(s.text(text)));
        json.key("start");
        json.uint(s.start);
        json.key("end");
        json.uint(s.end);
        json.key("paragraph");
        json.uint(s.paragraph);
        json.key("kind");
        json.string(sentence_kind(s.kind));
        json.close('}');
    });
    json.finish()
}

/// JSON text under construction. Every value is followed by a comma; closing a list or an
/// object drops the last one, so no writer has to know whether it comes first.
struct Json(String);

impl Json {
    fn with_capacity(capacity: usize) -> Self {
        Json(String::with_capacity(capacity))
    }

    fn finish(mut self) -> String {
        if self.0.ends_with(',') {
            self.0.pop();
        }
        self.0
    }

    fn open(&mut self, bracket: char) {
        self.0.push(bracket);
    }

    fn close(&mut self, bracket: char) {
        if self.0.ends_with(',') {
            self.0.pop();
        }
        self.0.push(bracket);
        self.0.push(',');
    }

    /// A key of the object being written (keys here never need escaping).
    fn key(&mut self, name: &str) {
        self.0.push('"');
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.open('[');
        for item in items {
            write(self, item);
        }
        self.close(']');
    }

    fn uint(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &digit in &digits[at..] {
            self.0.push(char::from(digit));
        }
        self.0.push(',');
    }

    fn int(&mut self, n: i32) {
        if n < 0 {
            self.0.push('-');
        }
        self.uint(n.unsigned_abs() as usize);
    }

    /// A number in its shortest round-trip form; `null` if it is not finite, as `serde_json`.
    fn number(&mut self, x: f64) {
        if x.is_finite() {
            self.0.push_str(ryu::Buffer::new().format_finite(x));
        } else {
            self.0.push_str("null");
        }
        self.0.push(',');
    }

    /// A string literal: quotes, backslashes and control characters escaped, the rest as is.
    fn string(&mut self, text: &str) {
        self.0.push('"');
        let mut run = 0;
        for (i, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            // Only ASCII bytes end a run, so `run..i` lies on character boundaries.
            self.0.push_str(text.get(run..i).unwrap_or_default());
            if escape.is_empty() {
                self.0.push_str("\\u00");
                self.0.push(char::from(HEX[usize::from(byte >> 4)]));
                self.0.push(char::from(HEX[usize::from(byte & 0xf)]));
            } else {
                self.0.push_str(escape);
            }
            run = i + 1;
        }
        self.0.push_str(text.get(run..).unwrap_or_default());
        self.0.push_str("\",");
    }

    fn summary_sentence(&mut self, s: &SummarySentence) {
        self.open('{');
        self.key("index");
        self.uint(s.index);
        self.key("text");
        self.string(&s.text);
        self.spans(s.start, s.end, s.start_utf16, s.end_utf16);
        self.key("paragraph");
        self.uint(s.paragraph);
        self.key("score");
        self.number(s.score);
        self.key("features");
        self.features(&s.features);
        self.key("facts");
        self.list(&s.facts, |json, &i| json.uint(i));
        self.close('}');
    }

    fn spans(&mut self, start: usize, end: usize, start_utf16: usize, end_utf16: usize) {
        for (name, value) in [("start", start), ("end", end), ("startUtf16", start_utf16), ("endUtf16", end_utf16)] {
            self.key(name);
            self.uint(value);
        }
    }

    fn features(&mut self, f: &Features) {
        self.open('{');
        let values = [
            ("facts", f.facts),
            ("centrality", f.centrality),
            ("position", f.position),
            ("length", f.length),
            ("overlap", f.overlap),
        ];
        for (name, value) in values {
            self.key(name);
            self.number(value);
        }
        if let Some(rule) = f.excluded {
            self.key("excluded");
            self.string(excluded(rule));
        }
        self.close('}');
    }

    fn fact_span(&mut self, f: &FactSpan) {
        self.open('{');
        self.key("kind");
        self.string(fact_kind(f.kind));
        self.key("text");
        self.string(&f.text);
        self.spans(f.start, f.end, f.start_utf16, f.end_utf16);
        if let Some(value) = &f.value {
            self.key("value");
            self.fact_value(value);
        }
        self.close('}');
    }

    fn fact_value(&mut self, value: &FactValue) {
        match value {
            FactValue::Money { amount, currency } => {
                self.open('{');
                self.key("amount");
                self.number(*amount);
                self.key("currency");
                self.string(currency);
                self.close('}');
            }
            FactValue::Percent(percent) => self.number(*percent),
            FactValue::Quantity { amount, unit } => {
                self.open('{');
                if let Some(amount) = amount {
                    self.key("amount");
                    self.number(*amount);
                }
                if let Some(unit) = unit {
                    self.key("unit");
                    self.string(unit);
                }
                self.close('}');
            }
            FactValue::Date(date) => {
                self.open('{');
                if let Some(year) = date.year {
                    self.key("year");
                    self.int(year);
                }
                let parts =
                    [("quarter", date.quarter), ("month", date.month), ("day", date.day), ("weekday", date.weekday)];
                for (name, part) in parts {
                    if let Some(part) = part {
                        self.key(name);
                        self.uint(usize::from(part));
                    }
                }
                self.close('}');
            }
        }
    }

    fn stats(&mut self, stats: &Stats) {
        self.open('{');
        let counts = [
            ("sentences", stats.sentences),
            ("words", stats.words),
            ("summarySentences", stats.summary_sentences),
            ("summaryWords", stats.summary_words),
        ];
        for (name, count) in counts {
            self.key(name);
            self.uint(count);
        }
        self.close('}');
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

// The names serde gives the enums (see their `rename_all`); the tests hold the two together.

fn fact_kind(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Money => "money",
        FactKind::Percent => "percent",
        FactKind::Quantity => "quantity",
        FactKind::Date => "date",
        FactKind::Entity => "entity",
    }
}

fn sentence_kind(kind: SentenceKind) -> &'static str {
    match kind {
        SentenceKind::Prose => "prose",
        SentenceKind::Heading => "heading",
        SentenceKind::ListItem => "list-item",
    }
}

fn excluded(rule: Excluded) -> &'static str {
    match rule {
        Excluded::Heading => "heading",
        Excluded::FeedTrailer => "feed-trailer",
        Excluded::CallToAction => "call-to-action",
        Excluded::Rights => "rights",
        Excluded::Byline => "byline",
        Excluded::PhotoCredit => "photo-credit",
    }
}
