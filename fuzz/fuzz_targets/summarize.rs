//! `summarize` (and the two stages it is built on) over arbitrary bytes, lossily decoded as the
//! CLI reads them, with arbitrary options, valid or not. Beyond "never panics", it checks the
//! invariants every caller relies on: spans in order, inside the text, on char boundaries.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nutshell::{Length, Options, SummaryType};

/// Options as the fuzzer draws them: every field, including values `validate` must reject.
#[derive(Arbitrary, Debug)]
struct Input<'a> {
    summary_type: u8,
    length: u8,
    sentences: Option<u8>,
    words: Option<u16>,
    ratio: Option<f64>,
    language: Option<Language<'a>>,
    text: &'a [u8],
}

/// Mostly a real language code, sometimes any string.
#[derive(Arbitrary, Debug)]
enum Language<'a> {
    Code(u8),
    Any(&'a str),
}

const CODES: [&str; 8] = ["en", "de", "fr", "es", "it", "nl", "ru", "zh"];

fn options(input: &Input) -> Options {
    let summary_type = [SummaryType::KeyPoints, SummaryType::Tldr, SummaryType::Teaser, SummaryType::Headline];
    let length = [Length::Short, Length::Medium, Length::Long];
    Options {
        summary_type: summary_type[usize::from(input.summary_type) % summary_type.len()],
        length: length[usize::from(input.length) % length.len()],
        sentences: input.sentences.map(usize::from),
        words: input.words.map(usize::from),
        ratio: input.ratio,
        language: input.language.as_ref().map(|language| match language {
            Language::Code(i) => CODES[usize::from(*i) % CODES.len()].to_string(),
            Language::Any(s) => s.to_string(),
        }),
    }
}

fn check_span(text: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len(), "span {start}..{end} outside 0..{}", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} splits a char");
}

fuzz_target!(|input: Input| {
    let text = String::from_utf8_lossy(input.text);
    let text = text.as_ref();
    let sentences = nutshell::sentences(text);
    for pair in sentences.windows(2) {
        assert!(pair[0].end <= pair[1].start, "sentences overlap or are out of order");
    }
    for sentence in &sentences {
        check_span(text, sentence.start, sentence.end);
    }
    for fact in nutshell::facts(text) {
        check_span(text, fact.start, fact.end);
    }
    let options = options(&input);
    let Ok(summary) = nutshell::summarize(text, &options) else {
        assert!(options.validate().is_err(), "summarize failed on valid options");
        return;
    };
    for sentence in &summary.sentences {
        check_span(text, sentence.start, sentence.end);
    }
    for fact in &summary.facts {
        check_span(text, fact.start, fact.end);
    }
});
