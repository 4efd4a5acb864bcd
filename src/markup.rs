//! Markdown as pasted text carries it (notes, chat answers, a blog's source): what the rules
//! that read a line look past, and what a summary sentence leaves out when it is read.
//!
//! - **MD-1 a line's edges**: a blockquote marker ("> ") and the emphasis around a whole line
//!   ("*Published March 3 by …*", "**Follow us on …**") are not its words: the non-content
//!   rules (NC-3, NC-5, …) and SEG-4 read the line without them.
//! - **MD-2 links**: a link reads as its text, "[the report](https://…)" as "the report", in a
//!   summary sentence and for the non-content rules.
//! - **MD-3 emphasis**: a pair of `*`, `**`, `_` or `__` runs around words ("the **City
//!   Council** voted") is left out of a summary sentence. A run counts only at a word's edge,
//!   so "snake_case", "f***" and "5*3" keep theirs.
//! - **MD-4 quoted lines**: the "> " that opens each line of a blockquote is left out of a
//!   summary sentence.
//! - **MD-5 citations**: a paper's citations ("[3, 7]", "(Luhn, 1958; Edmundson, 1969)", as
//!   CIT-1 finds them among the facts) are left out of a summary sentence, with the space
//!   before them: "over the lead baseline (Nallapati et al., 2016), while" reads "over the lead
//!   baseline, while".

use std::borrow::Cow;

/// MD-1: `line` without a blockquote marker and the emphasis runs at its edges.
pub(crate) fn without_edges(line: &str) -> &str {
    let line = line.trim();
    let line = line.strip_prefix('>').map_or(line, |rest| rest.trim_start_matches('>').trim_start());
    line.trim_matches(['*', '_']).trim()
}

/// Whether `text` may hold Markdown or a citation that [`plain`] takes out: one cheap pass over
/// its bytes.
pub(crate) fn may_have_markup(text: &str) -> bool {
    text.bytes().any(|b| matches!(b, b'*' | b'_' | b']' | b'>' | b')'))
}

/// Whether the edges of `line` may be Markdown's (MD-1), or it may end with a link: a test of
/// two bytes, for the rules that read every line.
pub(crate) fn may_have_markup_at_edges(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.first().is_some_and(|b| matches!(b, b'*' | b'_' | b'>'))
        || bytes.last().is_some_and(|b| matches!(b, b'*' | b'_' | b')'))
}

/// `text` as it reads: links as their text (MD-2), without paired emphasis runs (MD-3), the
/// "> " that opens a quoted line (MD-4) and citations (MD-5).
pub(crate) fn plain(text: &str) -> Cow<'_, str> {
    if !may_have_markup(text) {
        return Cow::Borrowed(text);
    }
    let mut cut = vec![false; text.len()];
    cut_links(text, &mut cut);
    cut_citations(text, &mut cut);
    cut_quote_markers(text, &mut cut);
    cut_emphasis(text, &mut cut);
    if !cut.contains(&true) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let kept = at + cut[at..].iter().take_while(|&&c| !c).count();
        out.push_str(text.get(at..kept).unwrap_or_default());
        at = kept + cut[kept..].iter().take_while(|&&c| c).count();
    }
    Cow::Owned(out)
}

/// Marks `range` of `cut`.
fn mark(cut: &mut [bool], range: std::ops::Range<usize>) {
    cut.get_mut(range).into_iter().flatten().for_each(|c| *c = true);
}

/// MD-2: the longest link text and target taken for one, in bytes: every search for a link's
/// parts stays within them, so a text full of brackets costs linear time.
const LINK_TEXT: usize = 500;
const LINK_TARGET: usize = 400;

/// MD-2: for each `[text](target)` (or image `![text](target)`) whose target holds no
/// whitespace, cuts the opening bracket and the `](target)` after the text.
fn cut_links(text: &str, cut: &mut [bool]) {
    let (mut from, mut last_end) = (0, 0);
    while let Some(found) = text[from..].find("](") {
        let middle = from + found;
        from = middle + 2;
        let window = floor_boundary(text, middle.saturating_sub(LINK_TEXT).max(last_end));
        let Some(open) = text[window..middle].rfind('[').map(|at| window + at) else { continue };
        let target_end = floor_boundary(text, (middle + 2 + LINK_TARGET).min(text.len()));
        let target = &text.as_bytes()[middle + 2..target_end];
        let Some(close) = target.iter().position(|&b| b == b')' || b.is_ascii_whitespace()).map(|c| middle + 2 + c)
        else {
            continue;
        };
        let inner = &text[open + 1..middle];
        if inner.is_empty() || inner.contains(['[', ']']) || !text[close..].starts_with(')') || close == middle + 2 {
            continue;
        }
        let start = if text[..open].ends_with('!') { open - 1 } else { open };
        mark(cut, start..open + 1);
        mark(cut, middle..close + 1);
        (from, last_end) = (close + 1, close + 1);
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// MD-5: the longest citation taken for one, in bytes.
const CITATION: usize = 200;

/// MD-5: cuts each citation in brackets or parentheses, with the whitespace before it.
fn cut_citations(text: &str, cut: &mut [bool]) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(open) = bytes[at..].iter().position(|&b| b == b'[' || b == b'(').map(|p| at + p) {
        at = open + 1;
        let Some(end) = citation_end(text, open).filter(|_| !cut[open]) else { continue };
        let spaced = text[..open].trim_end_matches([' ', '\t', '\n', '\r']).len();
        mark(cut, spaced..end);
        at = end;
    }
}

/// MD-5 and the facts' CIT-1: where the citation whose bracket opens at byte `open` of `text`
/// ends, past its closing bracket, if one does: numbered ("[3, 7]", "[12–14]") or author–year
/// ("(Luhn, 1958; Edmundson, 1969)", "(Nallapati et al., 2016a)").
pub(crate) fn citation_end(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let close = match bytes.get(open)? {
        b'[' => b']',
        b'(' => b')',
        _ => return None,
    };
    let window = &bytes[open + 1..bytes.len().min(open + 1 + CITATION)];
    let end = window.iter().position(|&b| b == close || b == b'(' || b == b'[').map(|p| open + 1 + p)?;
    let inner = &text[open + 1..end];
    let cited =
        bytes[end] == close && if close == b']' { is_numbered_citation(inner) } else { is_author_year_citation(inner) };
    cited.then_some(end + 1)
}

/// MD-5: "3, 7", "12–14", "12": numbers joined by commas and dashes.
fn is_numbered_citation(inner: &str) -> bool {
    inner.starts_with(|c: char| c.is_ascii_digit())
        && inner.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–'))
}

/// MD-5: author–year items joined by ";": capitalised names (with "et al.", "and", "&"), a
/// comma and a year, maybe with a letter ("2016a").
fn is_author_year_citation(inner: &str) -> bool {
    inner.split(';').all(|item| {
        let Some((names, year)) = item.trim().rsplit_once(", ") else { return false };
        let digits = year.strip_suffix(|c: char| c.is_ascii_lowercase()).unwrap_or(year);
        let year = digits.len() == 4
            && (digits.starts_with("19") || digits.starts_with("20"))
            && digits.bytes().all(|b| b.is_ascii_digit());
        let name = |w: &str| w.starts_with(char::is_uppercase) || matches!(w, "et" | "al." | "and" | "&");
        year && names.starts_with(char::is_uppercase) && names.split(' ').all(name)
    })
}

/// MD-4: cuts a ">" (or ">>") and its space at the start of `text` or of a line in it.
fn cut_quote_markers(text: &str, cut: &mut [bool]) {
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let rest = &line[indent..];
        let marker = rest.len() - rest.trim_start_matches('>').len();
        if marker > 0 && rest[marker..].starts_with([' ', '\t']) {
            let at = line_start + indent;
            mark(cut, at..at + marker + 1);
        }
        line_start += line.len();
    }
}

/// MD-3: cuts the emphasis runs that pair up: an opening run at the start of a word and a
/// closing run of the same character and length at the end of a later one. What is cut
/// already (links, quote marks) is no emphasis.
fn cut_emphasis(text: &str, cut: &mut [bool]) {
    let bytes = text.as_bytes();
    // The open runs of each character (`*`, `_`) and length (1 to 3), innermost last.
    let mut open: [Vec<(usize, usize)>; 6] = Default::default();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b != b'*' && b != b'_' || cut[at] {
            at += 1;
            continue;
        }
        let end = at + bytes[at..].iter().take_while(|&&c| c == b).count();
        // By bytes: a byte of a character beyond ASCII counts as a word's.
        let (before, after) = (at.checked_sub(1).map(|b| bytes[b]), bytes.get(end).copied());
        let edge = |c: Option<u8>| {
            c.is_none_or(|c| c.is_ascii_whitespace() || c.is_ascii_punctuation() && c != b'*' && c != b'_')
        };
        let word = |c: Option<u8>| c.is_some_and(|c| !c.is_ascii_whitespace());
        if end - at <= 3 {
            let stack = &mut open[usize::from(b == b'_') * 3 + end - at - 1];
            if word(before) && edge(after) && !stack.is_empty() {
                if let Some((start, stop)) = stack.pop() {
                    mark(cut, start..stop);
                }
                mark(cut, at..end);
            } else if edge(before) && word(after) {
                stack.push((at, end));
            }
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md_1_a_lines_edges() {
        assert_eq!(without_edges("*Follow us on Twitter.*"), "Follow us on Twitter.");
        assert_eq!(without_edges("> **Related:** More"), "Related:** More");
        assert_eq!(without_edges(">> quoted"), "quoted");
        assert_eq!(without_edges("Plain line."), "Plain line.");
    }

    #[test]
    fn md_2_to_4_a_sentence_as_it_reads() {
        let cases = [
            ("The **City Council** voted 7-2.", "The City Council voted 7-2."),
            ("Said by [Dana Whitfield](https://example.com/dana), the editor.", "Said by Dana Whitfield, the editor."),
            ("See ![the map](/img/map.png) and *this*.", "See the map and this."),
            ("> \"We cannot,\" said Ortiz.", "\"We cannot,\" said Ortiz."),
            ("one line\n> and the next", "one line\nand the next"),
            ("a __strong__ and _light_ word", "a strong and light word"),
            ("***both*** ways", "both ways"),
            // Not Markdown: kept as written.
            ("snake_case and my_var_name", "snake_case and my_var_name"),
            ("f*** that, 5*3 = 15", "f*** that, 5*3 = 15"),
            ("an unpaired *star and [brackets] (here)", "an unpaired *star and [brackets] (here)"),
            ("[citation needed] x > y", "[citation needed] x > y"),
            ("a [link with space](not a target)", "a [link with space](not a target)"),
            ("", ""),
            // MD-5: citations, with the space before them.
            ("over the baseline (Nallapati et al., 2016a), while", "over the baseline, while"),
            ("a long history (Luhn, 1958; Edmundson, 1969).", "a long history."),
            ("methods lead [3, 7], as in earlier work [12].", "methods lead, as in earlier work."),
            ("(Smith and Jones, 2020) found it.", " found it."),
            (
                "revenue rose (to $5 million, in 2024) [sic] (see 2020)",
                "revenue rose (to $5 million, in 2024) [sic] (see 2020)",
            ),
            ("Apple (AAPL) rose [a] in (May, 2020)", "Apple (AAPL) rose [a] in"),
        ];
        for (text, expected) in cases {
            assert_eq!(plain(text), expected, "{text:?}");
        }
    }

    #[test]
    fn plain_never_panics_on_stray_marks() {
        for text in ["](", "[](", "[a](", "[a]()", "**", "*_*_", "> ", ">", "é*ü*", "**é**", "![", "!](x)", "_*a*_"]
        {
            let _ = plain(text);
            let _ = without_edges(text);
        }
    }
}
