//! Lines, paragraphs and headings (SEG-1 … SEG-4).
//!
//! The text is cut into lines; blank lines end a paragraph (SEG-1). Between two lines the
//! break is either *hard* (it ends the sentence and the paragraph, SEG-2) or *soft* (an errant
//! newline inside a sentence, read as a space, SEG-3). A run of lines joined by soft breaks is
//! a paragraph; the scanner then finds its sentences.

use super::chars::{is_closer, is_lower, is_sentence_initial_letter, is_terminator};
use super::language::Profile;
use super::markers;
use super::swar;

/// One line's content (without surrounding whitespace) and what the joining rules need.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    /// Whitespace between the content and the line break ("a cold \nnight").
    trailing_space: bool,
    /// After a blank line (or at the start of the text).
    after_blank: bool,
}

/// Cuts `text` into its non-blank lines.
pub(crate) fn lines(text: &str, out: &mut Vec<Line>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut after_blank = true;
    let mut i = 0;
    while i <= bytes.len() {
        // Jump to the next byte that may break a line.
        i += bytes.get(i..).and_then(next_break_candidate).unwrap_or(bytes.len() - i.min(bytes.len()));
        let (is_break, width, paragraph) = line_break_at(bytes, i);
        if !is_break {
            i += 1;
            continue;
        }
        let raw = text.get(start..i).unwrap_or("");
        let content = raw.trim();
        if content.is_empty() {
            after_blank = true;
        } else {
            let content_start = start + (raw.len() - raw.trim_start().len());
            let content_end = content_start + content.len();
            let trailing_space = content_end < i;
            out.push(Line { start: content_start, end: content_end, trailing_space, after_blank });
            after_blank = paragraph;
        }
        i += width.max(1);
        start = i;
    }
}

/// Where the first byte of `bytes` is that may break a line: LF, VT, FF, CR, or 0xE2 (the
/// lead byte of U+2028 and U+2029, and of curly quotes and dashes). Most runs of eight bytes
/// hold none: two word-wide tests tell so.
fn next_break_candidate(bytes: &[u8]) -> Option<usize> {
    let at = swar::skip_quiet(bytes, 0, |word| !swar::has_below(word, 0x0E) && !swar::has_byte(word, 0xE2));
    let is_candidate = |b: &u8| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0xE2);
    bytes.get(at..)?.iter().position(is_candidate).map(|i| at + i)
}

/// Whether a line ends at `i`: (is a break, its width in bytes, ends a paragraph by itself).
fn line_break_at(bytes: &[u8], i: usize) -> (bool, usize, bool) {
    match bytes.get(i..) {
        None | Some([]) => (true, 0, false),
        Some([b'\r', b'\n', ..]) => (true, 2, false),
        Some([b'\n' | b'\r' | 0x0b, ..]) => (true, 1, false),
        Some([0x0c, ..]) => (true, 1, true),
        // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
        Some([0xE2, 0x80, 0xA8, ..]) => (true, 3, false),
        Some([0xE2, 0x80, 0xA9, ..]) => (true, 3, true),
        Some(_) => (false, 0, false),
    }
}

/// Groups lines into paragraph runs: `(first line, last line)` index pairs, pushed on `out`.
pub(crate) fn runs(text: &str, lines: &[Line], profile: &Profile, out: &mut Vec<(usize, usize)>) {
    out.clear();
    // reaches[i]: from line i, lines continued in lowercase go on to one with final
    // punctuation before a blank line or a list item, or to one that holds a sentence's end
    // (SEG-3). Computed backwards, so linear.
    let mut reaches = vec![false; lines.len()];
    for i in (0..lines.len()).rev() {
        let line = lines[i];
        let next_reaches =
            lines.get(i + 1).is_some_and(|n| !n.after_blank && starts_lowercase(text, n) && !starts_list(text, n))
                && reaches.get(i + 1).copied().unwrap_or(false);
        reaches[i] = ends_sentence(text, &line, profile) || holds_sentence_end(content(text, &line)) || next_reaches;
    }
    let wrapped = wrapped_lines(text, lines, profile);
    let mut first = 0;
    for i in 0..lines.len() {
        let soft = lines.get(i + 1).is_some_and(|next| {
            !next.after_blank && (is_soft_break(text, &lines[i], next, reaches[i + 1], profile) || wrapped[i])
        });
        if !soft {
            out.push((first, i));
            first = i + 1;
        }
    }
}

fn content<'a>(text: &'a str, line: &Line) -> &'a str {
    text.get(line.start..line.end).unwrap_or("")
}

/// SEG-3: whether `line` holds the end of a sentence before its last word ("… of the year.
/// Analysts at …"): it is prose, not a list's item or a menu's.
fn holds_sentence_end(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.windows(2).any(|pair| matches!(pair, [b'.' | b'!' | b'?', b' ']))
}

/// SEG-3 wrapped text: for each line, whether a tool or a writer wrapped it at a width, so
/// the break after it is no end. A block of at least [`WRAPPED_BLOCK_LINES`] lines between
/// blank lines, the widest of them [`WRAP_WIDTHS`] characters wide, of which a line after the
/// first starts in lower case (prose, not a list of headlines), is wrapped at its widest
/// line's width; a block of two lines, or one that ends a sentence, at the widest such
/// block's (or its own, when a little wider: a wrap's widest lines vary). Which of a wrapped
/// block's lines run on, [`mark_wrapped`] says.
fn wrapped_lines(text: &str, lines: &[Line], profile: &Profile) -> Vec<bool> {
    // Wrapped prose starts lines with words in lower case; a text set one paragraph or one
    // headline a line starts none so.
    let is_prose = |block: &[Line]| block.get(1..).unwrap_or_default().iter().any(|l| starts_lowercase(text, l));
    let widest = |block: &[Line]| block.iter().map(|l| width_of(text, l)).max().unwrap_or(0);
    let shows_width = |block: &[Line], prose: bool| block.len() >= WRAPPED_BLOCK_LINES && prose;
    let text_width =
        blocks(lines).filter(|b| shows_width(b, is_prose(b))).map(widest).filter(|w| WRAP_WIDTHS.contains(w)).max();
    let mut wrapped = Vec::with_capacity(lines.len());
    for block in blocks(lines) {
        let prose = is_prose(block);
        let own = if shows_width(block, prose) || text_width.is_some() { widest(block) } else { 0 };
        let own_width = (shows_width(block, prose) && WRAP_WIDTHS.contains(&own)).then_some(own);
        let like_the_text = |text_width: usize| {
            let ends = block.last().is_some_and(|l| ends_sentence(text, l, profile));
            let near = own * 100 <= text_width * (100 + WRAP_SLACK_PERCENT);
            (near && (block.len() == 2 || prose || ends)).then_some(own.max(text_width))
        };
        let width = own_width.or_else(|| text_width.and_then(like_the_text));
        mark_wrapped(text, block, width, profile, &mut wrapped);
    }
    wrapped
}

/// SEG-3: pushes on `out`, for each line of `block` wrapped at `width` characters, whether it
/// runs on: it is no wider than that, and the next line's first word would not have fit on it
/// (within [`WRAP_SLACK_PERCENT`]); not a rule, and not before a list's item: after a line that
/// ends a sentence or opens a list with a colon, or in a block that holds items before it ("…
/// the firm\n- China's biggest supplier -", "… come in at\n57. Of the 20" run on).
fn mark_wrapped(text: &str, block: &[Line], width: Option<usize>, profile: &Profile, out: &mut Vec<bool>) {
    // Whether a line before started an item, and whether this one runs on from the last.
    let (mut items_before, mut runs_on) = (false, false);
    for (i, line) in block.iter().enumerate() {
        let (Some(width), Some(next)) = (width, block.get(i + 1)) else {
            out.push(false);
            continue;
        };
        items_before |= !runs_on && starts_list(text, line);
        let line_width = width_of(text, line);
        let next_word = content(text, next).split(' ').next().unwrap_or("").chars().count();
        let full = line_width <= width && (line_width + 1 + next_word) * 100 > width * (100 - WRAP_SLACK_PERCENT);
        let opens_item = || {
            let intro = ends_sentence(text, line, profile) || content(text, line).ends_with(':');
            starts_item(text, next) && (items_before || intro)
        };
        runs_on = full && !is_rule(content(text, line)) && !opens_item();
        out.push(runs_on);
    }
}

fn width_of(text: &str, line: &Line) -> usize {
    content(text, line).chars().count()
}

/// A rule, or a label set between rules ("----------", "---------- Forwarded message
/// ---------", "-----Original Message-----"), not a dash or a hyphenated word at the line's end
/// ("… and crew ---\nprovides"): it never runs on.
fn is_rule(line: &str) -> bool {
    line.starts_with("---") && line.ends_with("---")
}

/// The blocks of lines between blank lines.
fn blocks(lines: &[Line]) -> impl Iterator<Item = &[Line]> {
    lines.chunk_by(|_, next| !next.after_blank)
}

/// SEG-3: the fewest lines of a block that [`wrapped_lines`] reads as wrapped: of two lines,
/// the longer always seems full.
const WRAPPED_BLOCK_LINES: usize = 3;

/// SEG-3: how much narrower than its block's width, in percent, a wrapped line may be with
/// the next word: text copied from a PDF was wrapped in a proportional font, where a line of
/// narrow letters holds a fifth more characters than one of wide letters.
const WRAP_SLACK_PERCENT: usize = 20;

/// SEG-3: the widths, in characters, that text is wrapped at: a PDF's narrow columns to its
/// full page's. Narrower blocks may be lists; wider lines are paragraphs each.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 32..=160;

/// SEG-2, SEG-3: whether the break between `line` and `next` is an errant newline.
fn is_soft_break(text: &str, line: &Line, next: &Line, next_reaches: bool, profile: &Profile) -> bool {
    if ends_sentence(text, line, profile) || starts_list(text, next) {
        return false;
    }
    let last = content(text, line).chars().next_back().unwrap_or(' ');
    let first = content(text, next).chars().next().unwrap_or(' ');
    if is_rule(content(text, line)) {
        return false;
    }
    if matches!(last, ',' | ';' | '&' | '-' | '/') || is_terminator(first) {
        // The clause goes on ("Andy Jassy,\nAmazon's CEO"), or a stray full stop wrapped.
        return true;
    }
    if profile.code == "en" && ends_with_joining_word(content(text, line)) {
        return true;
    }
    if is_lower(first) {
        return line.trailing_space || next_reaches;
    }
    !is_sentence_initial_letter(first) && line.trailing_space
}

/// SEG-3: whether `line`, of at least [`JOINING_LINE_WORDS`] words, stops at a word that no
/// English sentence or heading ends with: an article, a preposition or a conjunction ("… against
/// 30.2 for\nLead-3."). Such a line was wrapped, by a PDF, a mail client or a hand, and runs on
/// even before a capital.
fn ends_with_joining_word(line: &str) -> bool {
    const JOINING: [&str; 17] = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "than", "the", "to", "with",
    ];
    let mut words = line.rsplit(' ');
    let last = words.next().unwrap_or_default();
    JOINING.iter().any(|w| last.eq_ignore_ascii_case(w)) && words.nth(JOINING_LINE_WORDS - 2).is_some()
}

/// SEG-3: the fewest words of a line that [`ends_with_joining_word`] runs on: shorter lines may
/// be a menu's or a heading's ("Sign in", "Log in").
const JOINING_LINE_WORDS: usize = 5;

/// Whether a line ends with sentence-final punctuation (closing quotes aside).
pub(crate) fn ends_sentence(text: &str, line: &Line, profile: &Profile) -> bool {
    content(text, line)
        .trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(|c| is_terminator(c) || (c.is_ascii() && profile.extra_terminator == Some(c as u8)))
}

fn starts_lowercase(text: &str, line: &Line) -> bool {
    content(text, line).chars().next().is_some_and(is_lower)
}

/// SEG-3: whether a line after a wrapped one starts a list item: not a dash before a word in
/// lower case, which a wrap put at the line's start ("… in relentless decline\n- means …").
fn starts_item(text: &str, line: &Line) -> bool {
    let dash = ["- ", "– ", "— "].iter().find_map(|d| content(text, line).strip_prefix(d));
    match dash {
        Some(rest) => !rest.chars().next().is_some_and(is_lower),
        None => starts_list(text, line),
    }
}

fn starts_list(text: &str, line: &Line) -> bool {
    markers::parse(text, line.start, line.end).is_some_and(|m| m.is_item)
}

/// Most words a heading may have.
pub(crate) const HEADING_WORDS: usize = 12;
/// Most words a headline may have: news headlines run to 15–20 words, where a subheading
/// rarely has more than [`HEADING_WORDS`].
pub(crate) const HEADLINE_WORDS: usize = 20;

/// SEG-4: how many words `sentence` has (up to one more than [`HEADLINE_WORDS`]) if it has the
/// shape of a heading: a line standing alone, without sentence-final punctuation, starting with
/// a capital (or a letter of a caseless script), and not ending in a clause mark. A section
/// heading copied from Wikipedia keeps its edit link ("History[edit]"), which is no closer.
pub(crate) fn heading_words(sentence: &str, profile: &Profile) -> Option<usize> {
    // MD-1: "*Follow us on Twitter.*" ends with its full stop, "**Key dates**" is a heading.
    let sentence = crate::markup::without_edges(without_edit_link(sentence));
    let last = sentence.chars().next_back().unwrap_or('.');
    let ends_open = is_terminator(last)
        || is_closer(last)
        || matches!(last, ',' | ';' | ':')
        || profile.extra_terminator.is_some_and(|b| char::from(b) == last);
    let first_letter = sentence.chars().find(|c| c.is_alphabetic());
    let shaped = !ends_open && first_letter.is_some_and(|c| !is_lower(c));
    shaped.then(|| sentence.split_whitespace().take(HEADLINE_WORDS + 1).count())
}

/// `heading` without the edit link that a section heading copied from Wikipedia ends with, in
/// English or another of its larger editions.
pub(crate) fn without_edit_link(heading: &str) -> &str {
    const EDIT_LINKS: [&str; 10] = [
        "[edit]",
        "[editar]",
        "[Bearbeiten | Quelltext bearbeiten]",
        "[modifier | modifier le code]",
        "[modifica | modifica wikitesto]",
        "[bewerken | brontekst bewerken]",
        "[editar | editar código-fonte]",
        "[edytuj | edytuj kod]",
        "[править | править код]",
        "[ред. | ред. код]",
    ];
    EDIT_LINKS.iter().find_map(|link| heading.strip_suffix(link)).unwrap_or(heading)
}

#[cfg(test)]
mod tests {
    use super::next_break_candidate;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn finds_the_first_break_candidate_like_a_byte_loop(bytes in proptest::collection::vec(prop_oneof![
            8 => 0x20u8..0x7f,
            1 => Just(b'\n'), 1 => Just(b'\r'), 1 => Just(0x0b), 1 => Just(0x0c), 1 => Just(0xE2), 1 => any::<u8>(),
        ], 0..40)) {
            let expected = bytes.iter().position(|b| matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0xE2));
            prop_assert_eq!(next_break_candidate(&bytes), expected);
        }
    }
}
