//! Stage 1: text → paragraphs → sentences, as byte spans into the input.
//!
//! The segmenter follows the sentence boundaries of Unicode's UAX #29 (a terminator, closing
//! punctuation, spaces, then anything but a lowercase letter) and corrects what UAX #29 gets
//! wrong in news text with the named rules below. It is one linear pass over the bytes (UAX #29
//! itself is not run: its terminator and closer classes are tables in `chars`); each rule looks
//! at a bounded window around a candidate terminator.
//!
//! # Rules
//!
//! Lines and paragraphs (`lines`):
//!
//! - **SEG-1 blank lines**: a blank line (or form feed, U+2029) ends a paragraph.
//! - **SEG-2 hard line breaks**: a line break ends the sentence and the paragraph when the
//!   line ends with sentence-final punctuation, when the next line is a list item, or when the
//!   next line starts with a capital. So text pasted one paragraph per line keeps its
//!   paragraphs, and every line of `aws-layoffs.txt` is a paragraph of its own.
//! - **SEG-3 soft line breaks**: otherwise the newline is errant and read as a space when the
//!   line ends in a clause mark (`,` `;` `&` `-` `/`), when an English line of five words or
//!   more ends with an article, a preposition or a conjunction, which no sentence ends with
//!   ("against 30.2 for\nLead-3.", as a PDF or a mail client wraps), when the next line starts
//!   with a stray terminator, or when the next line starts in lowercase and either the line ends with a
//!   space (as text wrapped by PDF tools and `format=flowed` mail does) or the lines go on to
//!   one with final punctuation, or one that holds a sentence's end, before a blank line.
//!   Lines that never reach punctuation ("features\ncontact manager") are a list, one sentence
//!   each. In text wrapped at a width (mail, plain-text files, a PDF's columns), a line that
//!   the next line's first word would not have fit on runs on whatever follows, a capital, a
//!   number, a dash or an abbreviation's full stop: a block of three or more lines between
//!   blank lines, one of them after the first starting in lowercase, is wrapped at its widest
//!   line's width (32 to 160 characters); a block of two lines, or one that ends a sentence,
//!   at the widest such block's; within a fifth of the width, for a PDF's proportional fonts.
//!   A list's item still starts a line after a colon, a sentence's end or other items.
//! - **SEG-4 headings**: a paragraph that is one sentence, has at most 12 words, starts with a
//!   capital and ends without terminator, closer or clause mark is a [`SentenceKind::Heading`]
//!   when the text has other paragraphs; the "\[edit\]" link of a heading copied from Wikipedia
//!   ("History\[edit\]") does not count as its end. The first paragraph after none but such
//!   headings (a page's menu and section names) may have up to 20 words: a pasted article
//!   opens with its headline, and news headlines run longer than section headings ("Amazon to
//!   cut 14,000 corporate jobs as it pours billions into artificial intelligence push"). Longer such lines (an RSS trailer like "The post … appeared first on
//!   …") are prose sentences of their own.
//!
//! Sentences inside a paragraph (`scan`):
//!
//! - **SEG-5 terminators**: `.` `!` `?`, the UAX #29 `STerm`/`ATerm` characters of every script
//!   (`。` `！` `؟` `।` `։` `።` `။` …), `…`, and per language the Greek question mark `;` and
//!   the Armenian full stop `:`. CJK full stops end a sentence even with no space after them.
//! - **SEG-6 terminal clusters**: repeated terminators (`?!`, `!!`), the closing quotes and
//!   brackets right after them, citation marks (`[1]`, `[2–11]`, also after a space; an
//!   encyclopedia's notes in lower case right after the stop, `[a]`, `[citation needed]`) and
//!   footnote numbers stuck to the stop (`consultation.11 Take`) belong to the sentence. So do
//!   closing quotes set apart by spaces, as tokenised text writes them (`Dad ! '' .`, `the
//!   Chief. ' Jed`), and a lone stop after them; such a quote goes with the next sentence when
//!   it stands nearer the next word, or when it comes before a capital and the quotation marks
//!   before it in the paragraph pair up (`'' A , '' she wrote . '' Why`).
//! - **SEG-7 lowercase continuation**: a terminator followed by a lowercase word, or by a dash
//!   and a lowercase word, is not a boundary ("Yahoo! in", "voila! -- you") (UAX #29 SB8);
//!   nor is one followed by a comma or semicolon ("cream. , It is").
//! - **SEG-8 missing space**: "world.Today" splits: a full stop between a lowercase word of two
//!   or more letters (or a number) and a capitalised word, outside addresses (SEG-10), unless
//!   the letters run into digits ("7.Bg5", a chess move or model number).
//! - **SEG-9 numbers**: a full stop inside a number ("$29.3", "2.5%", "11.18.2014", ".50") is
//!   no boundary; a full stop after a number and before a capital is.
//! - **SEG-10 addresses**: URLs, e-mail addresses, domain and file names never split inside.
//! - **SEG-11 abbreviations**: per-language tables (`abbreviations`). Titles ("Mr.", "Dr.",
//!   "St.", "v.") never end a sentence before a name; number prefixes ("No.", "p.", "Rs.")
//!   never before a number; other abbreviations ("Inc.", "Co.", "U.S.", "e.g.", "etc.") and
//!   unlisted dotted ones ("J.C.", "i.v.") end a sentence only before a typical sentence
//!   starter ("I live in the U.S. How about you?" but "the U.S. Government"). A full stop
//!   set apart by a space, as in tokenised text ("Mr . Robinson", "171/U.S . Highway"), is
//!   read as the stop of the word before it (after a slash, of the part after it). A sentence
//!   starter counts behind an opening quote or bracket too ("told CNN.com. \"I think").
//!   English text also knows the US states as datelines write them ("HOWELL, Mich. -"),
//!   in title case only ("LA." is Los Angeles) and never in other languages ("mich", "va").
//! - **SEG-12 initials**: a single letter and full stop is an initial ("Jonas E. Smith",
//!   "J. R. R. Tolkien") or part of a spaced abbreviation ("z. B."), ending a sentence only
//!   before a sentence starter; the pronoun "I" after a lowercase word ends it ("you and I.").
//!   A letter glued to a number is a scale or unit, not an initial: "worth £451m. Looking
//!   ahead" splits.
//! - **SEG-13 times**: "a.m.", "p.m.", "B.C." end a sentence before a capital unless the
//!   sentence (or a clause after ": " or "; ") opened with a preposition and no typical
//!   sentence starter follows ("At 5 a.m. Mr. Smith went" and "By 9:00 P.M. Mr. Smith was"
//!   stay one sentence; "At 6 a.m. The birds sing." is two). Before a number they end one,
//!   except "A.D.", which stands before its year ("A.D. 79"); before a day name or a time
//!   zone never ("10 a.m. Tuesday", "11:58 p.m. PDT", "2:00 p.m. Pacific Time").
//! - **SEG-14 ellipses**: "..." and "…" followed by a capital end a sentence, by a lowercase
//!   word not; the spaced ". . ." never does; ". . . ." ends one (an ellipsis and a full stop),
//!   and in "word. . . . Next" the first dot ends the sentence; ". . ." then two spaces and a
//!   capital ("Happy . . .  No one") ends one, as typewriter spacing marks sentence ends.
//! - **SEG-15 quotations and brackets** (`quotes`): terminators inside a paired quotation (up
//!   to 100 words) or bracket (up to 10 words) are no boundaries: `"How many? I don't know,"
//!   she said.` is one sentence. An apostrophe before a clitic set apart by a space
//!   ("Walter 's", "rock 'n' roll") opens no quotation.
//! - **SEG-16 list items** (`markers`): a sentence may open with a bullet or an enumerator
//!   ("1.", "2)", "(iv)", "a.)"), whose full stop is no boundary; the next marker in sequence
//!   ("2." after "1.", "b)" after "a)", the same bullet) starts a new item inside a line. Such
//!   sentences are [`SentenceKind::ListItem`]s.
//! - **SEG-17 languages** (`language`): abbreviation tables and sentence starters for en, de,
//!   fr, es, pt, it, nl, da/no, pl, sk/cs, ru/uk, bg, kk, el; in languages that write ordinals
//!   with a full stop ("12. Juni", "XII. Pluku") a small number's stop is no boundary.
//! - **SEG-18 detection**: with no language given, the script of the first 1 KB decides, then
//!   a count of a few common words for Latin and Cyrillic text; English is the default.
//!   Danish and Norwegian share most such words and are told apart by a few of their own
//!   ("af"/"av", "efter"/"etter"); Danish wins a tie.

mod abbreviations;
mod chars;
mod language;
mod lines;
mod markers;
mod quotes;
mod scan;
pub(crate) mod swar;
#[cfg(test)]
mod tests;

use serde::Serialize;

pub(crate) use language::{lowercase_into, Profile};
pub(crate) use lines::without_edit_link;
use quotes::Protected;
use scan::{Piece, Scanner};

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
/// detects it (SEG-18). Codes without rules of their own get the English ones.
///
/// ```
/// let text = "Es gibt z. B. am 12. Juni ein Fest. Wir kommen.";
/// let spans: Vec<&str> =
///     nutshell::segment::sentences_in(text, Some("de")).iter().map(|s| s.text(text)).collect();
/// assert_eq!(spans, ["Es gibt z. B. am 12. Juni ein Fest.", "Wir kommen."]);
/// ```
pub fn sentences_in(text: &str, language: Option<&str>) -> Vec<Sentence> {
    sentences_with(text, language_of(text, language))
}

/// The rules for `language` (an ISO 639-1 code), or for the language SEG-18 guesses for
/// `text` when it is `None`. The guess reads up to 1 KB: [`crate::summarize`] makes it once
/// for both the sentences and the facts.
pub(crate) fn language_of(text: &str, language: Option<&str>) -> &'static Profile {
    match language {
        Some(code) => language::profile(code),
        None => language::detect(text),
    }
}

/// [`sentences_in`] with the language's rules already chosen.
pub(crate) fn sentences_with(text: &str, profile: &'static Profile) -> Vec<Sentence> {
    let mut lines = Vec::new();
    lines::lines(text, &mut lines);
    let mut runs = Vec::new();
    lines::runs(text, &lines, profile, &mut runs);
    let mut out = Vec::new();
    let mut pieces = Vec::new();
    let mut protected = Protected::default();
    let mut headline_open = true;
    for (paragraph, &(first, last)) in runs.iter().enumerate() {
        let (Some(first_line), Some(last_line)) = (lines.get(first), lines.get(last)) else {
            continue;
        };
        let (start, end) = (first_line.start, last_line.end);
        protected.find(text, start, end);
        pieces.clear();
        Scanner::new(text, end, profile, &protected).split(start, &mut pieces);
        let before = out.len();
        out.extend(pieces.iter().filter_map(|piece| sentence(text, piece, paragraph)));
        headline_open = mark_heading(text, &mut out[before..], runs.len(), first == last, headline_open, profile);
    }
    out
}

/// The trimmed sentence of a piece, if it holds anything.
fn sentence(text: &str, piece: &Piece, paragraph: usize) -> Option<Sentence> {
    let raw = text.get(piece.start..piece.end)?;
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = piece.start + (raw.len() - raw.trim_start().len());
    let kind = if piece.list_item { SentenceKind::ListItem } else { SentenceKind::Prose };
    Some(Sentence { start, end: start + trimmed.len(), paragraph, kind })
}

/// SEG-4: a one-line paragraph holding one short unpunctuated sentence is a heading; while
/// `headline_open` (no paragraph before it but short headings: a page's menu and section
/// names), one of up to [`lines::HEADLINE_WORDS`] is the headline. Returns whether a headline
/// may still follow: the paragraph was a heading of at most [`lines::HEADING_WORDS`].
fn mark_heading(
    text: &str,
    paragraph: &mut [Sentence],
    paragraphs: usize,
    one_line: bool,
    headline_open: bool,
    profile: &Profile,
) -> bool {
    let [only] = paragraph else {
        return false;
    };
    if !one_line || paragraphs < 2 || only.kind != SentenceKind::Prose {
        return false;
    }
    let limit = if headline_open { lines::HEADLINE_WORDS } else { lines::HEADING_WORDS };
    let Some(words) = lines::heading_words(only.text(text), profile).filter(|&w| w <= limit) else {
        return false;
    };
    only.kind = SentenceKind::Heading;
    headline_open && words <= lines::HEADING_WORDS
}

/// Whether `code` is a language code Nutshell accepts (two ASCII lowercase letters).
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether English writes `word` (without its full stop) as an abbreviation: "Inc", "Corp",
/// "Jr", "St", "Mass". The facts stage keeps the full stop of such a word that ends a name.
pub(crate) fn is_english_abbreviation(word: &str) -> bool {
    language::ENGLISH.abbreviation(word).is_some()
}

/// Whether the language of `profile` capitalises every noun (German, Luxembourgish): there a
/// capitalised word says nothing about a name (ENT-6).
pub(crate) fn capitalises_nouns(profile: &Profile) -> bool {
    matches!(profile.code, "de" | "lb")
}

/// Where the text of list item `sentence` starts after its marker ("- ", "• ", "1. ", "(a)")
/// and the spaces after it; `None` when it is no list item or has no marker.
pub(crate) fn after_list_marker(text: &str, sentence: &Sentence) -> Option<usize> {
    if sentence.kind != SentenceKind::ListItem {
        return None;
    }
    let marker = markers::parse(text, sentence.start, sentence.end)?;
    let rest = text.get(marker.end..sentence.end)?;
    let start = marker.end + (rest.len() - rest.trim_start().len());
    (start < sentence.end).then_some(start)
}
