//! Stage 1: text → blocks → sentences, as byte spans into the input.
//!
//! Placeholder: UAX #29 sentence bounds, split at blank lines. The named rules come next.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// What a sentence is, as far as a summary cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SentenceKind {
    /// Running text.
    Prose,
    /// A short line without sentence-final punctuation standing on its own.
    Heading,
    /// A numbered or bulleted list item.
    ListItem,
}

/// One sentence: a byte span of the input (without surrounding whitespace), its paragraph
/// (counted from 0) and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the paragraph (block) that holds it.
    pub paragraph: usize,
    /// Prose, heading or list item.
    pub kind: SentenceKind,
}

impl Sentence {
    /// The sentence's text within `source`, the string it was found in.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits `text` into sentences, in order.
///
/// ```
/// let text = "Mr. Smith paid $29.3 billion. Then he left.";
/// let spans: Vec<&str> = nutshell::sentences(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(spans, ["Mr. Smith paid $29.3 billion.", "Then he left."]);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_in(text, None)
}

/// Splits `text` into sentences with the rules of `language` (an ISO 639-1 code); `None`
/// detects it.
pub fn sentences_in(text: &str, _language: Option<&str>) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, (offset, block)) in blocks(text).enumerate() {
        for (i, piece) in block.split_sentence_bound_indices() {
            let trimmed = piece.trim();
            if trimmed.is_empty() {
                continue;
            }
            let start = offset + i + (piece.len() - piece.trim_start().len());
            out.push(Sentence {
                start,
                end: start + trimmed.len(),
                paragraph,
                kind: SentenceKind::Prose,
            });
        }
    }
    out
}

fn blocks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split("\n\n").map(move |block| {
        let start = offset;
        offset += block.len() + 2;
        (start, block)
    })
}

/// Whether `code` is a language code Nutshell accepts (two ASCII lowercase letters).
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}
