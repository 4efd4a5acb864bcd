//! Sentence boundaries inside one paragraph run (SEG-5 … SEG-17).
//!
//! One pass over the bytes: ASCII bytes are classified through a table and only terminators,
//! and the whitespace before a possible list item, are looked at more closely; other bytes are
//! decoded only when they start a non-ASCII character. Every rule reads a bounded window
//! around its terminator, so the whole pass is linear.

use super::chars::{
    is_closer, is_dash, is_format, is_lower, is_opener, is_sentence_initial_letter, is_space, is_spaceless_terminator,
    is_terminator, ELLIPSIS,
};
use super::language::{Abbreviation, Profile};
use super::markers::{self, Successor};
use super::quotes::{is_clitic, Protected};
use super::swar;
use std::cell::Cell;

/// How far rules look back for a word, in bytes: longer "words" are not abbreviations.
const WORD_WINDOW: usize = 64;
/// How long a sentence may be and still open with a fronted time phrase (SEG-13).
const FRONTED_WINDOW: usize = 160;

/// A sentence found in a run: its untrimmed byte range and whether it opened with a marker.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub list_item: bool,
}

/// The terminator cluster found at a candidate position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cluster {
    /// One full stop: the ambiguous case.
    Period,
    /// Two full stops: an abbreviation's and the sentence's ("in the E.U..").
    Double,
    /// "...", "…", "....": unspaced ellipsis (SEG-14).
    Ellipsis,
    /// ". . ." or ". . . .", `attached` when its first dot touches the word before.
    SpacedEllipsis { dots: usize, attached: bool },
    /// "!", "?", "?!", "।" and other unambiguous terminators.
    Strong,
    /// "。", "！": terminators of scripts without spaces (SEG-5).
    Spaceless,
}

/// What to do after looking at a terminator.
enum Decision {
    /// Not a boundary: go on scanning at this offset.
    Continue(usize),
    /// A boundary: the sentence ends at `end`, the next one starts at `next`.
    Break { end: usize, next: usize },
}

/// Splits the run `start..end` of `text` into sentences.
pub(crate) struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    end: usize,
    profile: &'static Profile,
    protected: &'a Protected,
    sentence_start: usize,
    /// Quotation marks counted so far in the run: (counted up to this offset, how many).
    quotes: Cell<(usize, usize)>,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, end: usize, profile: &'static Profile, protected: &'a Protected) -> Self {
        Scanner { text, bytes: text.as_bytes(), end, profile, protected, sentence_start: 0, quotes: Cell::new((0, 0)) }
    }

    /// Pushes the sentences of `start..self.end` onto `out`.
    pub(crate) fn split(&mut self, start: usize, out: &mut Vec<Piece>) {
        let table = byte_classes(self.profile);
        self.quotes.set((start, 0));
        let (mut i, mut successor, mut list_item) = self.open_sentence(start);
        let extra = self.profile.extra_terminator.filter(u8::is_ascii).unwrap_or(b'.');
        while i < self.end {
            if successor == Successor::None {
                i = next_mark(self.bytes, i, self.end, &table, extra);
                if i >= self.end {
                    break;
                }
            }
            let b = self.bytes[i];
            let decision = if b < 0x80 {
                match table[usize::from(b)] {
                    Class::Plain => {
                        i += 1;
                        continue;
                    }
                    Class::Space if successor == Successor::None => {
                        i += 1;
                        continue;
                    }
                    Class::Space => self.list_item_after_space(i, successor),
                    Class::Terminator => self.decide(i, char::from(b)),
                    Class::Quote => self.interrupted_quote(i, '"'),
                }
            } else {
                let Some(c) = self.char_at(i) else {
                    i += 1;
                    continue;
                };
                if is_terminator(c) {
                    self.decide(i, c)
                } else if c == '\u{201D}' {
                    self.interrupted_quote(i, c)
                } else if successor != Successor::None
                    && markers::is_distinct_bullet(c)
                    && self.char_before(i).is_some_and(is_space)
                {
                    Decision::Break { end: i, next: i }
                } else {
                    Decision::Continue(i + c.len_utf8())
                }
            };
            match decision {
                Decision::Continue(next) => i = next.max(i + 1),
                Decision::Break { end, next } => {
                    out.push(Piece { start: self.sentence_start, end, list_item });
                    (i, successor, list_item) = self.open_sentence(next);
                }
            }
        }
        if self.sentence_start < self.end {
            out.push(Piece { start: self.sentence_start, end: self.end, list_item });
        }
    }

    /// Starts a sentence at `pos`: skips whitespace and a list marker (SEG-16).
    fn open_sentence(&mut self, pos: usize) -> (usize, Successor, bool) {
        let pos = self.skip_spaces(pos);
        self.sentence_start = pos;
        match markers::parse(self.text, pos, self.end) {
            Some(marker) => (marker.end, marker.next, marker.is_item),
            None => (pos, Successor::None, false),
        }
    }

    /// SEG-16: inside an item of a list, the next item's marker (or a new list's first
    /// marker) starts a new sentence.
    fn list_item_after_space(&self, i: usize, successor: Successor) -> Decision {
        let next_item = markers::is_successor(self.text, i + 1, self.end, successor)
            || markers::parse(self.text, i + 1, self.end).is_some_and(|m| m.first);
        if next_item {
            return Decision::Break { end: i, next: i + 1 };
        }
        Decision::Continue(i + 1)
    }

    /// Whether the terminator at `t` ends a sentence, and where.
    fn decide(&self, t: usize, c: char) -> Decision {
        let (cluster, after_cluster) = self.cluster(t, c);
        let end = self.footnote_end(t, self.closers_end(after_cluster));
        let end = self.detached_closers_end(end);
        let (end, next) = self.citations_end(end);
        if next >= self.end {
            // The run's end closes the sentence anyway.
            return Decision::Continue(self.end);
        }
        if self.protected.covers(t, end) {
            return Decision::Continue(end);
        }
        let Some(following) = self.char_at(next) else {
            return Decision::Continue(end);
        };
        if next == end {
            return self.unspaced(t, cluster, end);
        }
        if self.continues_in_lowercase(next, following) {
            // "Smith. a. here it is": a lowercase list marker still starts an item (SEG-16).
            let list_item = is_lower(following) && self.opens_list(next);
            // Not after an abbreviation, nor after a single letter: "u. a." and "d. h." are
            // spaced abbreviations (SEG-12), their second letter no list marker.
            let after_abbreviation = cluster == Cluster::Period && (self.is_abbreviation(t) || self.after_letter(t));
            if list_item && !after_abbreviation {
                return Decision::Break { end, next };
            }
            return Decision::Continue(end);
        }
        if cluster == Cluster::Ellipsis && self.is_omission_mark(t, after_cluster) {
            return Decision::Continue(end);
        }
        let boundary = match cluster {
            Cluster::Strong | Cluster::Spaceless | Cluster::Double | Cluster::Ellipsis => true,
            Cluster::SpacedEllipsis { dots, attached: true } if dots >= 4 => {
                // SEG-14: "word. . . . Next": the first dot ends the sentence; the ellipsis
                // opens the next one.
                return Decision::Break { end: t + 1, next: t + 1 };
            }
            // "Happy . . .  No one": typewriter spacing (two spaces) marks the sentence end.
            Cluster::SpacedEllipsis { dots, .. } => {
                dots >= 4 || (next - end >= 2 && is_sentence_initial_letter(following))
            }
            Cluster::Period => self.period_ends_sentence(t, next, following),
        };
        if boundary && !self.relative_aside(next) {
            Decision::Break { end, next }
        } else {
            Decision::Continue(end)
        }
    }

    /// SEG-14: "[...]" or "(…)" marks an omission inside a quotation, not an end.
    fn is_omission_mark(&self, t: usize, after: usize) -> bool {
        matches!(self.char_before(t), Some('[' | '(')) && matches!(self.char_at(after), Some(']' | ')'))
    }

    /// SEG-15: "… the house!' (Which was very likely true.)": a bracketed sentence opening with
    /// a relative pronoun comments on the sentence before and stays with it.
    fn relative_aside(&self, next: usize) -> bool {
        self.char_at(next) == Some('(') && {
            let word = self.token_after(next + 1);
            let word = word.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            self.profile.is_relative(word)
        }
    }

    /// SEG-6: speech broken off with a dash and closed ("sir--\" The Rabbit") ends the
    /// sentence when a sentence starter follows.
    fn interrupted_quote(&self, q: usize, quote: char) -> Decision {
        let end = q + quote.len_utf8();
        let before = self.text.get(self.sentence_start..q).unwrap_or("");
        let next = self.skip_spaces(end);
        if before.ends_with(is_dash)
            && next > end
            && self.char_at(next).is_some_and(is_sentence_initial_letter)
            && self.starts_sentence(next)
        {
            return Decision::Break { end, next };
        }
        Decision::Continue(end)
    }

    /// SEG-16: a lowercase marker that can open a list ("a.", "i.") or is bracketed ("w)").
    /// Whether the full stop at `t` follows a single letter standing alone ("u." in "u. a.").
    fn after_letter(&self, t: usize) -> bool {
        let mut letters = self.word_before(t).chars();
        matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic())
    }

    fn opens_list(&self, next: usize) -> bool {
        markers::parse(self.text, next, self.end).is_some_and(|m| m.opens_list)
    }

    /// SEG-7: a lowercase word (possibly after a dash), or a comma or semicolon ("cream. ,
    /// It is"), continues the sentence.
    fn continues_in_lowercase(&self, next: usize, following: char) -> bool {
        if is_lower(following) || matches!(following, ',' | ';') {
            return true;
        }
        if !is_dash(following) {
            return false;
        }
        let rest = self.text.get(next..self.end).unwrap_or("");
        let after_dashes = rest.trim_start_matches(|c: char| is_dash(c) || is_space(c));
        after_dashes.len() < rest.len() && after_dashes.chars().next().is_some_and(is_lower)
    }

    /// A terminator with no space after it: CJK full stops end the sentence; a full stop
    /// between two words may be a missing space (SEG-8); anything else is inside a token.
    fn unspaced(&self, t: usize, cluster: Cluster, end: usize) -> Decision {
        let boundary = match cluster {
            Cluster::Spaceless => true,
            Cluster::Period => end == t + 1 && self.missing_space(t),
            _ => false,
        };
        if boundary {
            Decision::Break { end, next: end }
        } else {
            Decision::Continue(end)
        }
    }

    /// Reads the terminators starting at `t` (SEG-6, SEG-14).
    fn cluster(&self, t: usize, c: char) -> (Cluster, usize) {
        let run_of = |from: usize, byte: u8| {
            self.bytes.get(from..self.end).map_or(0, |r| r.iter().take_while(|&&b| b == byte).count())
        };
        let (cluster, end) = if c == '.' {
            let dots = run_of(t, b'.');
            match dots {
                1 => self.spaced_ellipsis(t),
                2 => (Cluster::Double, t + 2),
                _ => (Cluster::Ellipsis, t + dots),
            }
        } else if c == ELLIPSIS {
            (Cluster::Ellipsis, t + c.len_utf8())
        } else if is_spaceless_terminator(c) {
            (Cluster::Spaceless, t + c.len_utf8())
        } else {
            (Cluster::Strong, t + c.len_utf8())
        };
        // "?!", "!!", "...?", "。」": every further terminator joins the cluster.
        let mut end = end;
        let mut strong = false;
        while let Some(next) = self.char_at(end).filter(|&n| self.is_terminator(n)) {
            strong |= !matches!(next, '.' | ELLIPSIS);
            end += next.len_utf8();
        }
        if strong || cluster == Cluster::Strong {
            end = self.spaced_terminators_end(end);
        }
        let cluster = match cluster {
            Cluster::SpacedEllipsis { .. } if end > t + 1 => cluster,
            _ if strong && cluster != Cluster::Spaceless => Cluster::Strong,
            _ => cluster,
        };
        (cluster, end)
    }

    /// ". . ." after the full stop at `t`: three or more dots separated by single spaces.
    fn spaced_ellipsis(&self, t: usize) -> (Cluster, usize) {
        let mut dots = 1;
        let mut last = t;
        while self.bytes.get(last + 1) == Some(&b' ') && self.bytes.get(last + 2) == Some(&b'.') {
            dots += 1;
            last += 2;
        }
        if dots < 3 || last + 1 > self.end {
            return (Cluster::Period, t + 1);
        }
        let attached = self.char_before(t).is_some_and(|c| !is_space(c));
        (Cluster::SpacedEllipsis { dots, attached }, last + 1)
    }

    /// SEG-6: "Really ? ? ?", "Happy! . . .": terminators repeated after single spaces join
    /// a `!`/`?` cluster when they stand alone (not "! ...and").
    fn spaced_terminators_end(&self, mut end: usize) -> usize {
        while self.bytes.get(end) == Some(&b' ') {
            let run = self.text.get(end + 1..self.end).unwrap_or("");
            let len: usize = run.chars().take_while(|&c| self.is_terminator(c)).map(char::len_utf8).sum();
            let after = run.get(len..).and_then(|r| r.chars().next());
            if len == 0 || after.is_some_and(|c| !is_space(c) && !is_closer(c)) {
                break;
            }
            end += 1 + len;
        }
        end
    }

    fn is_terminator(&self, c: char) -> bool {
        is_terminator(c) || (c.is_ascii() && self.profile.extra_terminator == Some(c as u8))
    }

    /// SEG-6: closing quotes and brackets right after the terminator belong to the sentence.
    fn closers_end(&self, mut end: usize) -> usize {
        while let Some(c) = self.char_at(end).filter(|&c| is_closer(c)) {
            end += c.len_utf8();
        }
        end
    }

    /// SEG-6: closing quotes set apart by spaces ("American Dad ! '' .", "the Chief. ' Jed
    /// noticed") belong to the sentence before, and so does a lone terminator after them. A
    /// quote nearer the next word than this one ("doors. '  Guess you") opens the next.
    fn detached_closers_end(&self, mut end: usize) -> usize {
        let mut after_quote = false;
        loop {
            let pos = self.skip_spaces(end);
            let token = self.token_after(pos);
            let token_end = pos + token.len();
            let quote = token.chars().all(|c| matches!(c, '\'' | '"' | '\u{2019}' | '\u{201D}' | '»' | ')' | ']'));
            let stop = after_quote && token.chars().all(|c| self.is_terminator(c));
            if pos == end || token.is_empty() || !(quote || stop) || token.chars().count() > 3 {
                return end;
            }
            let after = self.skip_spaces(token_end);
            let standalone = token_end >= self.end || self.char_at(token_end).is_some_and(is_space);
            if !standalone || (token_end < self.end && after - token_end < pos - end) {
                return end;
            }
            // Before a capital the quote may open the next sentence: it does when the marks
            // before it pair up ("'' A , '' she wrote . '' Why"); none before means the
            // quotation opened in an earlier paragraph.
            let quotes = self.quotes_before(pos);
            if quote && self.char_at(after).is_some_and(is_sentence_initial_letter) && quotes > 0 && quotes % 2 == 0 {
                return end;
            }
            end = token_end;
            after_quote = quote;
        }
    }

    /// SEG-6: how many quotation marks stand in the run before `pos`: runs of quote
    /// characters outside words, apostrophes of clitics ("Walter 's") aside. Counts on from
    /// the last call, so the run is read once.
    fn quotes_before(&self, pos: usize) -> usize {
        let (from, mut count) = self.quotes.get();
        let Some(slice) = self.text.get(from..pos) else {
            return count;
        };
        let mut prev = self.char_before(from).unwrap_or(' ');
        for (i, c) in slice.char_indices() {
            if is_quote_mark(c) && !is_quote_mark(prev) {
                let next = self.char_at(from + i + c.len_utf8()).unwrap_or(' ');
                let in_word = prev.is_alphanumeric() && next.is_alphanumeric();
                let clitic = c == '\'' && is_space(prev) && is_clitic(self.text, from + i + 1, self.end);
                count += usize::from(!in_word && !clitic);
            }
            prev = c;
        }
        self.quotes.set((pos, count));
        count
    }

    /// SEG-6: citation marks after the sentence ("martyr.[1] The", "a gas. [1][2] It",
    /// "in 1930.[citation needed] The"). Returns the sentence's end and the start of what follows.
    fn citations_end(&self, mut end: usize) -> (usize, usize) {
        loop {
            let next = self.skip_spaces(end);
            match self.citation_at(next, next == end) {
                Some(citation_end) => end = citation_end,
                None => return (end, next),
            }
        }
    }

    /// A bracketed reference at `pos`: a number like "[1]", "[2–11]" or "[3, 4]", or, `glued`
    /// to what it follows, an encyclopedia's note in lower case ("[a]", "[note 2]", "[citation
    /// needed]", "[according to whom?]"). Its end.
    fn citation_at(&self, pos: usize, glued: bool) -> Option<usize> {
        /// The longest bracket taken for a number, and for a note ("[clarification needed]").
        const NUMBER_LEN: usize = 16;
        const NOTE_LEN: usize = 32;
        let rest = self.bytes.get(pos..self.end)?;
        if rest.first() != Some(&b'[') {
            return None;
        }
        let close = rest.iter().take(NOTE_LEN).position(|&b| b == b']')?;
        let inner = self.text.get(pos + 1..pos + close)?;
        let is_number = close < NUMBER_LEN
            && inner.chars().any(|c| c.is_ascii_digit())
            && inner.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '-' | '–'));
        let is_note = glued
            && inner.starts_with(|c: char| c.is_ascii_lowercase())
            && inner.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, ' ' | '?' | '-'));
        (is_number || is_note).then_some(pos + close + 1)
    }

    /// SEG-6: footnote numbers stuck to the terminator ("consultation.11 12 Take", "(1987).1
    /// According"): after a word or bracket, 1–3 digit groups, then a capital.
    fn footnote_end(&self, t: usize, end: usize) -> usize {
        if !self.char_before(t).is_some_and(|c| c.is_alphabetic() || c == ')') {
            return end;
        }
        let mut pos = end;
        let mut groups_end = end;
        loop {
            let digits =
                self.bytes.get(pos..self.end).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
            if digits == 0 || digits > 3 || !self.char_at(pos + digits).is_some_and(is_space) {
                break;
            }
            groups_end = pos + digits;
            pos = self.skip_spaces(groups_end);
        }
        let capital_follows = self.char_at(pos).is_some_and(is_sentence_initial_letter);
        if groups_end > end && capital_follows {
            groups_end
        } else {
            end
        }
    }

    /// SEG-8: "world.Today", "1,000.That": a full stop between a lowercase word (or a
    /// number) and a capitalised word, outside URLs, e-mail addresses and file names (SEG-10).
    fn missing_space(&self, t: usize) -> bool {
        let before = self.word_before(t);
        let after = self.token_after(t + 1);
        let letters: &str = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let mut chars = letters.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            return false;
        };
        // "7.Bg5", "v.X11": letters run into digits in a chess move or a model number.
        if after.get(letters.len()..).and_then(|r| r.chars().next()).is_some_and(|c| c.is_alphanumeric()) {
            return false;
        }
        let capitalised =
            is_sentence_initial_letter(first) && (is_lower(second) || letters.chars().all(|c| !is_lower(c)));
        let last = before.chars().next_back();
        let word_before = last.is_some_and(is_lower) && before.chars().filter(|c| c.is_alphabetic()).count() >= 2
            || last.is_some_and(|c| c.is_ascii_digit());
        let in_address = |token: &str| token.contains(['@', '/', ':']);
        let more_dots = after
            .find('.')
            .is_some_and(|i| after.get(i + 1..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric));
        capitalised
            && word_before
            && !in_address(before)
            && !in_address(after)
            && !more_dots
            && !before.to_ascii_lowercase().starts_with("www")
            && self.profile.abbreviation(before).is_none()
    }

    /// SEG-9 … SEG-13, SEG-17: whether the single full stop at `t`, followed by whitespace and
    /// the character `following` at `next` (not a lowercase letter), ends the sentence.
    fn period_ends_sentence(&self, t: usize, next: usize, following: char) -> bool {
        let t = self.detached_stop_word_end(t);
        let word = self.word_before(t);
        // "171/U.S . Highway": a dotted abbreviation after a slash is the word.
        let word = match word.rsplit_once('/') {
            Some((_, tail)) if tail.contains('.') => tail,
            _ => word,
        };
        if word.is_empty() {
            return true;
        }
        if self.profile.ordinal_dot && is_ordinal(word) && following.is_alphabetic() {
            return false;
        }
        if let Some(class) = self.profile.abbreviation(word) {
            return self.abbreviation_ends_sentence(class, t, next, following);
        }
        // A number, or one with a scale or unit glued on ("£451m.", "(£451m).", "40C."): not an
        // initial.
        let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if word.ends_with(|c: char| c.is_ascii_digit()) || bare.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        if let (Some(letter), None) = (letters.next(), letters.next()) {
            if !word.contains('.') {
                return self.initial_ends_sentence(letter, t, next);
            }
        }
        if is_dotted_abbreviation(word) {
            return self.starts_sentence(next);
        }
        true
    }

    /// SEG-11: in pre-tokenised text a full stop stands apart ("Mr . Robinson", "U.S .
    /// Highway"): it is read as the stop of the word before it, so the rules for that word
    /// apply. Returns the end of that word, or `t` when the stop touches its word.
    fn detached_stop_word_end(&self, t: usize) -> usize {
        let before = t.saturating_sub(1);
        let detached = self.bytes.get(before) == Some(&b' ')
            && self.bytes.get(before.saturating_sub(1)).is_some_and(|&b| b != b' ' && b != b'.')
            && before > self.sentence_start;
        if detached {
            before
        } else {
            t
        }
    }

    /// SEG-11, SEG-13: an abbreviation ends the sentence only before some words.
    fn abbreviation_ends_sentence(&self, class: Abbreviation, t: usize, next: usize, following: char) -> bool {
        let capital = is_sentence_initial_letter(following);
        let token = self.token_after(next);
        match class {
            Abbreviation::Title => false,
            Abbreviation::Number if token.contains(|c: char| c.is_ascii_digit()) => false,
            // "11:58 p.m. PDT", "2:00 p.m. Pacific Time": a time zone goes with the time.
            Abbreviation::Time if is_acronym(token) || is_zone_name(token) => false,
            // "2-6 p.m. Saturday": the day goes with the time.
            Abbreviation::Time if self.profile.is_day_name(token.trim_end_matches(|c: char| !c.is_alphabetic())) => {
                false
            }
            // "At 5 a.m. Mr. Smith left" but "At 6 a.m. The birds sing."
            Abbreviation::Time if capital => !self.fronted_time(t) || self.starts_sentence(next),
            // "A.D. 79": anno Domini stands before its year.
            Abbreviation::Time if following.is_ascii_digit() => !self.word_before(t).eq_ignore_ascii_case("a.d"),
            Abbreviation::Time => self.starts_sentence(next),
            Abbreviation::Unit if capital && self.after_number(t) => true,
            Abbreviation::Final if capital => !is_acronym(token),
            _ => self.starts_sentence(next),
        }
    }

    /// Whether the word before the one ending at `t` is a number ("5 lb.").
    fn after_number(&self, t: usize) -> bool {
        let word = self.word_before(t);
        let before = self.word_before(t.saturating_sub(word.len() + 1));
        !before.is_empty() && before.ends_with(|c: char| c.is_ascii_digit())
    }

    /// SEG-12: a single letter and full stop is an initial ("Jonas E. Smith"), part of a
    /// spaced abbreviation ("z. B.", "s. r. o."), or the pronoun "I" ending a sentence.
    fn initial_ends_sentence(&self, letter: char, t: usize, next: usize) -> bool {
        if !letter.is_uppercase() && !letter.is_lowercase() {
            // A letter of a caseless script standing alone is an abbreviation ("د.").
            return false;
        }
        if letter == 'I' && self.profile.code == "en" {
            let before = self.word_before(t.saturating_sub(2));
            if before.chars().next().is_some_and(is_lower) {
                return true;
            }
        }
        let token = self.token_after(next);
        let mut chars = token.chars();
        let another_initial = matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_alphabetic());
        !another_initial && self.starts_sentence(next)
    }

    /// SEG-11: whether the word at `next` typically starts a sentence in this language.
    fn starts_sentence(&self, next: usize) -> bool {
        // "in the U.S. \"My …": an opening quote or bracket before the word.
        let token = self.token_after(next).trim_start_matches(is_opener);
        let word = token.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        !word.is_empty() && token.starts_with(word) && self.profile.is_starter(word)
    }

    /// SEG-13: "At 5 a.m. Mr. Smith left": a sentence (or clause after a colon) that opens
    /// with a preposition and a time goes on after the time's abbreviation.
    fn fronted_time(&self, t: usize) -> bool {
        if t.saturating_sub(self.sentence_start) > FRONTED_WINDOW {
            return false;
        }
        let sentence = self.text.get(self.sentence_start..t).unwrap_or("");
        // A colon in a time ("By 9:00 P.M.") opens no clause; one before a space does.
        let cut = [": ", "; "].iter().filter_map(|sep| sentence.rfind(sep).map(|i| i + sep.len())).max();
        let clause = sentence.get(cut.unwrap_or(0)..).unwrap_or(sentence);
        let first = clause
            .trim_start_matches(|c: char| is_space(c) || is_opener(c))
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        self.profile.is_preposition(first)
    }

    fn is_abbreviation(&self, t: usize) -> bool {
        self.profile.abbreviation(self.word_before(t)).is_some()
    }

    /// The word that ends at `t`: non-space characters back to whitespace, an opening
    /// bracket or quote, or the sentence start; invisible format characters at its end skipped.
    fn word_before(&self, t: usize) -> &'a str {
        let mut floor = self.sentence_start.max(t.saturating_sub(WORD_WINDOW));
        while !self.text.is_char_boundary(floor) {
            floor += 1;
        }
        let Some(head) = self.text.get(floor..t) else {
            return "";
        };
        let head = head.trim_end_matches(is_format);
        let start =
            head.char_indices().rev().find(|&(_, c)| is_space(c) || is_opener(c)).map_or(0, |(i, c)| i + c.len_utf8());
        head.get(start..).unwrap_or("")
    }

    /// The non-space characters starting at `pos`, within the word window.
    fn token_after(&self, pos: usize) -> &'a str {
        let mut limit = (pos + WORD_WINDOW).min(self.end);
        while !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        let rest = self.text.get(pos..limit).unwrap_or("");
        rest.split(is_space).next().unwrap_or("")
    }

    fn skip_spaces(&self, pos: usize) -> usize {
        let rest = self.text.get(pos..self.end).unwrap_or("");
        pos + (rest.len() - rest.trim_start_matches(|c: char| is_space(c) || is_format(c)).len())
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..self.end)?.chars().next()
    }

    fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos)?.chars().next_back()
    }
}

/// Straight and curly quotation marks (and apostrophes, which look the same).
fn is_quote_mark(c: char) -> bool {
    matches!(c, '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}')
}

/// SEG-13: the first word of a time zone written out after a time ("2:00 p.m. Pacific Time",
/// "9 a.m. Eastern"), with or without a full stop or comma after it.
fn is_zone_name(token: &str) -> bool {
    const ZONES: [&str; 6] = ["Atlantic", "Central", "Eastern", "Greenwich", "Mountain", "Pacific"];
    ZONES.contains(&token.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// "PDT", "P.D.T.", "KG": capitals (and full stops) only, two letters or more.
fn is_acronym(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && token.chars().all(|c| c.is_uppercase() || c == '.')
}

/// SEG-17: "12." or "XII." read as an ordinal in languages that write ordinals so.
fn is_ordinal(word: &str) -> bool {
    let digits = word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
    let roman = word.len() <= 5 && word.bytes().all(|b| b"IVXLC".contains(&b));
    !word.is_empty() && (digits || roman)
}

/// SEG-11: "U.S", "Ph.D", "i.v", "Wag.B.H": letters in short groups joined by full stops.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    Space,
    Terminator,
    Quote,
}

/// The first byte of `bytes[i..end]` that is neither plain text nor a space: a terminator or
/// quotation mark of `table`, or a non-ASCII byte; `end` when there is none. Eight bytes at a
/// time while they hold none of `!`, `"`, `.`, `?`, the language's `extra` terminator (`.`
/// when it has none) or a byte from 0x80.
fn next_mark(bytes: &[u8], i: usize, end: usize, table: &[Class; 128], extra: u8) -> usize {
    let quiet =
        |word| !swar::has_non_ascii(word) && ![b'!', b'"', b'.', b'?', extra].iter().any(|&b| swar::has_byte(word, b));
    let at = swar::skip_quiet(bytes.get(..end).unwrap_or_default(), i, quiet);
    let is_mark = |&b: &u8| b >= 0x80 || matches!(table[usize::from(b)], Class::Terminator | Class::Quote);
    bytes.get(at..end).and_then(|rest| rest.iter().position(is_mark)).map_or(end, |k| at + k)
}

/// The class of every ASCII byte for this language.
fn byte_classes(profile: &Profile) -> [Class; 128] {
    let mut table = [Class::Plain; 128];
    for b in [b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c] {
        table[usize::from(b)] = Class::Space;
    }
    table[usize::from(b'"')] = Class::Quote;
    for b in [b'.', b'!', b'?'] {
        table[usize::from(b)] = Class::Terminator;
    }
    if let Some(extra) = profile.extra_terminator.filter(u8::is_ascii) {
        table[usize::from(extra)] = Class::Terminator;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::{byte_classes, next_mark, Class};
    use crate::segment::language::profile;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn next_mark_finds_what_a_byte_loop_finds(bytes in proptest::collection::vec(prop_oneof![
            8 => 0x20u8..0x7f,
            1 => Just(b'.'), 1 => Just(b'"'), 1 => Just(b';'), 1 => any::<u8>(),
        ], 0..40), start in 0usize..8, cut in 0usize..8, code in prop_oneof![Just("en"), Just("el")]) {
            let table = byte_classes(profile(code));
            let extra = profile(code).extra_terminator.unwrap_or(b'.');
            let end = bytes.len().saturating_sub(cut);
            let start = start.min(end);
            let is_mark = |b: &u8| *b >= 0x80 || matches!(table[usize::from(*b)], Class::Terminator | Class::Quote);
            let expected = bytes[start..end].iter().position(is_mark).map_or(end, |k| start + k);
            prop_assert_eq!(next_mark(&bytes, start, end, &table, extra), expected);
        }
    }
}
