//! Results as JSON text and options from JSON text, for the WebAssembly binding.
//!
//! The binding hands JavaScript JSON text, which it `JSON.parse`s: strings cross the boundary
//! in one copy each, where building the objects field by field from Rust would take a call per
//! field and pull serde's and serde-wasm-bindgen's machinery into the download. Long results
//! go in pieces of about 64 KB (the `write_*` functions), so the wasm memory never holds the
//! whole text, which for a 10 MB article is some 30 MB of facts. The
//! writer is small on purpose and writes what `serde_json` writes for the same values (the
//! tests compare both): the same keys in the same order, numbers in their shortest round-trip
//! form (`ryu`, as `serde_json` uses), and `null` for a number that is not finite.
//!
//! The binding sends a Summary's facts apart ([`write_summary_for_js`], [`fact_table`]): in a
//! long text they are most of the result, and JavaScript builds them from numbers and its own
//! text in about a third of the time it takes to parse them as JSON objects.
//!
//! The options reader is in [`options`](mod@options).

pub mod options;

use crate::facts::{FactKind, FactValue};
use crate::score::{Excluded, Features};
use crate::segment::{Sentence, SentenceKind};
use crate::summary::{collapse_whitespace, FactSpan, Stats, SummarySentence};
use crate::Summary;

pub use options::options;

/// Where JSON text goes, in pieces that joined make the whole text (each piece ends between
/// two values, so it is whole UTF-8).
pub type Sink<'a> = &'a mut dyn FnMut(&str);

/// The [`Summary`] as a JSON object (the shape `serde_json` gives it).
pub fn summary(summary: &Summary) -> String {
    collect(|sink| write_summary(summary, sink))
}

/// [`summary`] written to `sink` in pieces of about [`PIECE`] bytes, so that a long text's
/// JSON (most of it facts) never needs one buffer, or memory, of its whole length.
pub fn write_summary(summary: &Summary, sink: Sink<'_>) {
    write_summary_with(summary, sink, Json::fact_span);
}

/// The binding's form of [`write_summary`]: the same JSON but that each item of `facts` is
/// the fact's `value` alone, or `null` where it has none. The rest of each fact is in
/// [`fact_table`], from which `www/core.js` builds the objects that [`write_summary`] writes.
pub fn write_summary_for_js(summary: &Summary, sink: Sink<'_>) {
    write_summary_with(summary, sink, Json::fact_value_or_null);
}

fn write_summary_with<'s>(summary: &Summary, sink: Sink<'s>, fact: fn(&mut Json<'s>, &FactSpan)) {
    let mut json = Json::new(sink);
    json.open('{');
    json.key("sentences");
    json.list(&summary.sentences, Json::summary_sentence);
    json.key("facts");
    json.list(&summary.facts, fact);
    json.key("text");
    json.string(&summary.text);
    json.key("stats");
    json.stats(&summary.stats);
    json.close('}');
    json.finish();
}

/// The facts of a text as a JSON array of [`FactSpan`] objects.
pub fn fact_spans(facts: &[FactSpan]) -> String {
    collect(|sink| write_fact_spans(facts, sink))
}

/// [`fact_spans`] written to `sink` in pieces.
pub fn write_fact_spans(facts: &[FactSpan], sink: Sink<'_>) {
    write_facts_with(facts, sink, Json::fact_span);
}

/// The binding's form of [`write_fact_spans`]: each fact's `value` alone, or `null`; the rest
/// is in [`fact_table`].
pub fn write_fact_values(facts: &[FactSpan], sink: Sink<'_>) {
    write_facts_with(facts, sink, Json::fact_value_or_null);
}

fn write_facts_with<'s>(facts: &[FactSpan], sink: Sink<'s>, fact: fn(&mut Json<'s>, &FactSpan)) {
    let mut json = Json::new(sink);
    json.list(facts, fact);
    json.finish();
}

/// The names of the fact kinds as JSON gives them, in the order of their numbers in
/// [`fact_table`].
pub const FACT_KINDS: [&str; 5] = ["money", "percent", "quantity", "date", "entity"];

/// How many numbers [`fact_table`] gives each fact.
pub const FACT_FIELDS: usize = 5;

/// What a fact's JSON holds besides its value, as [`FACT_FIELDS`] numbers a fact: its kind's
/// index in [`FACT_KINDS`], `start`, `end`, `startUtf16` and `endUtf16`. Its `text` is
/// `text.slice(startUtf16, endUtf16)` of the string JavaScript passed in (with any lone
/// surrogate read as U+FFFD, as the string reached the core). An offset past `u32::MAX`,
/// which a wasm32 memory cannot hold, is given as `u32::MAX`.
pub fn fact_table(facts: &[FactSpan]) -> Vec<u32> {
    let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut table = Vec::with_capacity(facts.len() * FACT_FIELDS);
    for f in facts {
        table.extend([kind_index(f.kind) as u32, number(f.start), number(f.end)]);
        table.extend([number(f.start_utf16), number(f.end_utf16)]);
    }
    table
}

/// The sentences of `text` as a JSON array of `{text, start, end, paragraph, kind}` objects
/// (the text with its whitespace collapsed, byte offsets), as the binding's `sentences()` lists them.
pub fn sentences(text: &str, sentences: &[Sentence]) -> String {
    collect(|sink| write_sentences(text, sentences, sink))
}

/// [`sentences`] written to `sink` in pieces.
pub fn write_sentences(text: &str, sentences: &[Sentence], sink: Sink<'_>) {
    let mut json = Json::new(sink);
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
    json.finish();
}

fn collect(write: impl FnOnce(Sink<'_>)) -> String {
    let mut out = String::new();
    write(&mut |piece| out.push_str(piece));
    out
}

/// The size of the pieces a sink gets (but a single long string goes whole).
pub const PIECE: usize = 64 * 1024;

/// JSON text under construction. Every value is followed by a comma; closing a list or an
/// object drops the last one, so no writer has to know whether it comes first. The comma
/// after the last value is always kept back from the sink for this reason.
struct Json<'a> {
    out: String,
    sink: Sink<'a>,
}

impl<'a> Json<'a> {
    fn new(sink: Sink<'a>) -> Self {
        Json { out: String::with_capacity(PIECE + PIECE / 4), sink }
    }

    /// Hands the text so far, but a trailing comma, to the sink once it makes a piece.
    fn flush_piece(&mut self) {
        if self.out.len() < PIECE {
            return;
        }
        let comma = self.out.ends_with(',');
        (self.sink)(self.out.get(..self.out.len() - usize::from(comma)).unwrap_or_default());
        self.out.clear();
        if comma {
            self.out.push(',');
        }
    }

    fn finish(mut self) {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        (self.sink)(&self.out);
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
    }

    fn close(&mut self, bracket: char) {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        self.out.push(bracket);
        self.out.push(',');
    }

    /// A key of the object being written (keys here never need escaping).
    fn key(&mut self, name: &str) {
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
    }

    fn list<T>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, &T)) {
        self.open('[');
        for item in items {
            write(self, item);
            self.flush_piece();
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
            self.out.push(char::from(digit));
        }
        self.out.push(',');
    }

    fn int(&mut self, n: i32) {
        if n < 0 {
            self.out.push('-');
        }
        self.uint(n.unsigned_abs() as usize);
    }

    /// A number in its shortest round-trip form; `null` if it is not finite, as `serde_json`.
    fn number(&mut self, x: f64) {
        if x.is_finite() {
            self.out.push_str(ryu::Buffer::new().format_finite(x));
        } else {
            self.out.push_str("null");
        }
        self.out.push(',');
    }

    /// A string literal: quotes, backslashes and control characters escaped, the rest as is.
    fn string(&mut self, text: &str) {
        self.out.push('"');
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
            self.out.push_str(text.get(run..i).unwrap_or_default());
            if escape.is_empty() {
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(byte >> 4)]));
                self.out.push(char::from(HEX[usize::from(byte & 0xf)]));
            } else {
                self.out.push_str(escape);
            }
            run = i + 1;
        }
        self.out.push_str(text.get(run..).unwrap_or_default());
        self.out.push_str("\",");
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

    fn fact_value_or_null(&mut self, f: &FactSpan) {
        match &f.value {
            Some(value) => self.fact_value(value),
            None => self.out.push_str("null,"),
        }
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
    FACT_KINDS[kind_index(kind)]
}

fn kind_index(kind: FactKind) -> usize {
    match kind {
        FactKind::Money => 0,
        FactKind::Percent => 1,
        FactKind::Quantity => 2,
        FactKind::Date => 3,
        FactKind::Entity => 4,
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
        Excluded::LeadIn => "lead-in",
        Excluded::Boilerplate => "boilerplate",
        Excluded::Fragment => "fragment",
        Excluded::Code => "code",
        Excluded::RunningHead => "running-head",
    }
}
