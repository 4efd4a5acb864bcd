//! SEL-6: a headline cut from a sentence too long for its word limit.
//!
//! Every way to cut the sentence within the limit is weighed by these rules, the first rule
//! that tells two cuts apart deciding:
//!
//! - **HL-1** a cut never leaves a quotation or a bracket open; a closing quote or bracket
//!   right after its last word is kept ("… series “Survivor’s Remorse”").
//! - **HL-2** it keeps at least two fifths of the limit, so that it says something.
//! - **HL-3** it says much, says what happened, and ends where a phrase ends: each word is worth
//!   one, and the cut loses eight words' worth if it holds no verb of the main clause, none
//!   if it ends before a comma, colon, semicolon or dash, a word that opens a clause ("while",
//!   "that", "who") or the sentence's end, one before a preposition or a bracket ("Real Madrid
//!   fell to a 1-0 defeat | at the hands of …"), one and a half before "and" or "or", which may
//!   join only nouns ("Iraqi | and coalition forces"), two and a half before "to", and six
//!   elsewhere, as before an "of", which binds close ("at the hands | of"). A verb counts if a
//!   word other than a verb follows it in the cut ("has been suspended from …", not "…, has
//!   said"), or if the cut ends after it before a clause, a preposition or "and" ("… collapsed
//!   | on the pitch"). Verbs are told by a short list and the ending "-ed"; those of
//!   a relative clause set off by a comma ("…, who has …,"), of a leading subordinate clause
//!   ("When I was a child, …") or of a bracket do not count. Of cuts worth the same, the one
//!   that ends at the stronger boundary wins.
//! - **HL-4** it may start after a leading phrase that sets the scene ("On the 6th of April
//!   1996, San Jose Clash …", "Following last year's tour, Prince …") if that makes a better
//!   cut by HL-1 … HL-3; the rest must begin with a capital.
//! - **HL-5** it never ends with a function word ("the", "of", "will").
//! - **HL-6** it does not end before a name, inside it ("May Department | Stores") or before
//!   it ("driver | Kurt Busch", "to buy rival | May Department Stores"), or on a possessive
//!   ("one of Europe's | most painful"), which need the words after them. This ranks after HL-1 and HL-2, so a line in title case still gets its best cut.

use std::cmp::Reverse;

use crate::segment::Sentence;
use crate::verbs::is_verb;
use crate::wordset::{word_set, WordSet};

/// SEL-6: the part of `sentence` that makes the best headline of at most `limit` words
/// (HL-1 … HL-6): the sentence itself when it is short enough.
pub fn trim_to_words(text: &str, sentence: Sentence, limit: usize) -> Sentence {
    let body = sentence.text(text);
    let words: Vec<(usize, &str)> = crate::words::word_indices(body).take(limit + MAX_LEAD_WORDS + 1).collect();
    if words.len() <= limit || limit == 0 {
        return sentence;
    }
    let cut = Cuts { body, words: &words, limit };
    let starts = std::iter::once(0).chain(cut.lead_end());
    let best =
        starts.flat_map(|first| cut.ends(first).map(move |last| (first, last))).min_by_key(|&(f, l)| cut.rank(f, l));
    let Some((first, last)) = best else {
        // Every cut ends with a function word: the first `limit` words.
        return Sentence { end: sentence.start + cut.word_end(limit - 1), ..sentence };
    };
    let (start, end) = cut.span(first, last);
    Sentence { start: sentence.start + start, end: sentence.start + end, ..sentence }
}

/// HL-4: a leading phrase is at most this many words.
const MAX_LEAD_WORDS: usize = 8;

/// The words of a sentence, and the ways to cut it.
struct Cuts<'a> {
    body: &'a str,
    /// The first words of `body`, with their offsets: enough for every cut considered.
    words: &'a [(usize, &'a str)],
    limit: usize,
}

/// How well a cut ends a phrase (HL-3).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Boundary {
    /// The sentence ends, or a clause does.
    Clause,
    /// A prepositional phrase or a bracket follows.
    Phrase,
    /// An "and" or "or" follows, which join clauses or only nouns ("Iraqi | and coalition
    /// forces").
    And,
    /// A "to" follows: a preposition, or an infinitive's ("used | to call").
    To,
    /// An "of" follows, which binds close ("at the hands | of Valencia"), or nothing that ends
    /// a phrase.
    None,
}

impl Boundary {
    /// HL-3: what ending so costs a cut, in half words.
    fn cost(self) -> usize {
        match self {
            Boundary::Clause => 0,
            Boundary::Phrase => 2,
            Boundary::And => 3,
            Boundary::To => 5,
            Boundary::None => 12,
        }
    }
}

/// HL-3: what a cut without a verb costs, in half words.
const NO_VERB_COST: usize = 16;

impl<'a> Cuts<'a> {
    fn word_end(&self, j: usize) -> usize {
        self.words[j].0 + self.words[j].1.len()
    }

    /// The text between word `j` and the next, or the rest of the sentence after the last.
    fn gap_after(&self, j: usize) -> &'a str {
        let next = self.words.get(j + 1).map_or(self.body.len(), |w| w.0);
        &self.body[self.word_end(j)..next]
    }

    /// HL-4: the first word after a leading phrase, if the sentence opens with one.
    fn lead_end(&self) -> Option<usize> {
        if !LEAD_OPENERS.contains_ignoring_ascii_case(self.words.first()?.1) {
            return None;
        }
        // Only the words read: a short sentence has fewer than MAX_LEAD_WORDS.
        let comma = (1..=MAX_LEAD_WORDS.min(self.words.len())).find(|&j| self.gap_after(j - 1).contains(','))?;
        let capital = self.words.get(comma)?.1.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        (capital && comma >= 2 && self.words.len() > comma + 3).then_some(comma)
    }

    /// HL-5: the last words of the cuts that start at word `first`.
    fn ends(&self, first: usize) -> impl Iterator<Item = usize> + '_ {
        let last = (first + self.limit - 1).min(self.words.len() - 1);
        (first..=last).filter(move |&j| {
            // Not inside a compound or a score ("ISIS-affiliated", "1-0"): a space must follow.
            let ends_word = self.gap_after(j).contains(char::is_whitespace);
            self.is_whole(j) || ends_word && !DANGLING.contains_ignoring_ascii_case(self.words[j].1)
        })
    }

    /// Whether word `j` ends the sentence (no word after it was read, and fewer were read than
    /// asked for).
    fn is_whole(&self, j: usize) -> bool {
        j + 1 == self.words.len() && self.words.len() < self.limit + MAX_LEAD_WORDS + 1
    }

    fn boundary(&self, j: usize) -> Boundary {
        let gap = self.gap_after(j);
        if self.is_whole(j) || gap.contains([',', ';', ':', '–', '—']) || gap.contains(" - ") {
            return Boundary::Clause;
        }
        if gap.contains('(') {
            // A bracket may stand inside a phrase ("its $102.6bn (£53.51bn) debt offer").
            return Boundary::Phrase;
        }
        let next = self.words[j + 1].1;
        let is = |word: &str| next.eq_ignore_ascii_case(word);
        if is("to") && self.words[j].1.eq_ignore_ascii_case("up") {
            // "up to 1,000 jobs" is one phrase.
            return Boundary::None;
        }
        if is("and") || is("or") {
            Boundary::And
        } else if is("to") {
            Boundary::To
        } else if CLAUSE_OPENERS.contains_ignoring_ascii_case(next) {
            Boundary::Clause
        } else if PREPOSITIONS.contains_ignoring_ascii_case(next) {
            Boundary::Phrase
        } else {
            Boundary::None
        }
    }

    /// The byte range of the cut from word `first` to word `last`: the rest of the sentence
    /// when `last` ends it, with a closing quote or bracket right after it (HL-1).
    fn span(&self, first: usize, last: usize) -> (usize, usize) {
        let start = if first == 0 { 0 } else { self.words[first].0 };
        if self.is_whole(last) {
            return (start, self.body.len());
        }
        let mut end = self.word_end(last);
        // A percentage keeps its sign ("10%").
        end += self.body[end..].len() - self.body[end..].trim_start_matches(['%', '‰']).len();
        // An abbreviation keeps its full stop ("the U.S.").
        if self.words[last].1.contains('.') && self.body[end..].starts_with('.') {
            end += 1;
        }
        // A closing quote or bracket, maybe after the comma or stop American style puts inside.
        if self.is_open(start, end) {
            let rest = &self.body[end..];
            let mark = rest.starts_with([',', '.', '!', '?']) as usize;
            if let Some(closer) = rest[mark..].chars().next().filter(|&c| CLOSERS.contains(c)) {
                end += mark + closer.len_utf8();
            }
        }
        (start, end)
    }

    /// HL-1: whether `body[start..end]` leaves a quotation or bracket open.
    fn is_open(&self, start: usize, end: usize) -> bool {
        // Straight quotes open and close in turn; the others pair up.
        let (mut straight, mut curly, mut round, mut square) = (false, 0i32, 0i32, 0i32);
        for c in self.body[start..end].chars() {
            match c {
                '"' => straight = !straight,
                '“' => curly += 1,
                '”' => curly -= 1,
                '(' => round += 1,
                ')' => round -= 1,
                '[' => square += 1,
                ']' => square -= 1,
                _ => {}
            }
        }
        straight || curly > 0 || round > 0 || square > 0
    }

    /// HL-3: whether words `first..=last` hold a verb of the main clause, with a word after it
    /// unless the cut ends a clause.
    fn has_predicate(&self, first: usize, last: usize, boundary: Boundary) -> bool {
        // A leading subordinate clause ("When I was a child, …") is no main clause either.
        let mut aside = SUBORDINATORS.contains_ignoring_ascii_case(self.words[first].1);
        let mut depth = 0usize;
        for j in first..=last {
            if j > first {
                let gap = self.gap_after(j - 1);
                for c in gap.bytes() {
                    match c {
                        b'(' => depth += 1,
                        b')' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                if gap.contains(',') {
                    aside = RELATIVES.contains_ignoring_ascii_case(self.words[j].1);
                }
            }
            // A verb with its object or complement in the cut, or before a phrase or clause.
            let counts = if j < last { !is_verb(self.words[j + 1].1) } else { boundary <= Boundary::And };
            if counts && !aside && depth == 0 && is_verb(self.words[j].1) {
                return true;
            }
        }
        false
    }

    /// HL-6: whether the cut ending with word `last` stops before a name (a capitalised word
    /// after a space: the rest of a name, or the name a role or verb needs) or on a possessive
    /// ("Europe's") whose noun follows.
    fn ends_inside(&self, last: usize) -> bool {
        let Some(&(_, next)) = self.words.get(last + 1) else {
            return false;
        };
        // Only a space, or an ampersand that joins a name ("Marsh | & McLennan").
        if !self.gap_after(last).chars().all(|c| c.is_whitespace() || c == '&') {
            return false;
        }
        let word = self.words[last].1;
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        possessive || (next.starts_with(|c: char| c.is_uppercase()) && !is_date_word(next))
    }

    /// The order of cuts from `first` to `last`: lower is better (HL-1 … HL-6).
    fn rank(&self, first: usize, last: usize) -> (bool, bool, bool, Reverse<isize>, Boundary, bool) {
        let (start, end) = self.span(first, last);
        let words = last + 1 - first;
        let tiny = words * 5 < self.limit * 2;
        let boundary = self.boundary(last);
        let verb_cost = if self.has_predicate(first, last, boundary) { 0 } else { NO_VERB_COST };
        // Each word is worth two half words; what the cut costs is subtracted.
        let worth = (2 * words) as isize - (verb_cost + boundary.cost()) as isize;
        (self.is_open(start, end), tiny, self.ends_inside(last), Reverse(worth), boundary, first > 0)
    }
}

/// HL-6: a day or month name, capitalised but no name that a cut must not end before ("faced
/// this situation | Monday"); "May" may be a name ("rival May Department Stores").
fn is_date_word(word: &str) -> bool {
    use crate::facts::lexicon::{month, weekday};
    weekday(word).is_some() || (matches!(month(word), Some((_, false))) && !word.eq_ignore_ascii_case("may"))
}

/// Closing quotes and brackets (HL-1).
const CLOSERS: &str = "\"”’)]";

/// HL-3: words after which a comma opens a relative clause, whose verbs are not the
/// sentence's.
const RELATIVES: &WordSet = word_set!(&["which", "who", "whom", "whose"]);

/// HL-3: words that open a subordinate clause, whose verbs are not the sentence's when it
/// leads.
#[rustfmt::skip]
const SUBORDINATORS: &WordSet = word_set!(&[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless",
    "until", "when", "whenever", "while",
]);

/// HL-3: words that open a clause, before which a headline may end.
#[rustfmt::skip]
const CLAUSE_OPENERS: &WordSet = word_set!(&[
    "after", "although", "amid", "as", "because", "before", "but", "despite", "following",
    "since", "that", "though", "unless", "until", "when", "whereas", "which", "while", "who",
    "with",
]);

/// HL-3: prepositions, before which a headline may end when no clause does ("of" and "to"
/// are weaker: [`Boundary::Of`]).
#[rustfmt::skip]
const PREPOSITIONS: &WordSet = word_set!(&[
    "across", "against", "along", "among", "around", "at", "by", "during", "for", "from", "in",
    "inside", "into", "near", "on", "outside", "over", "through", "throughout", "toward",
    "towards", "under", "via", "within", "without",
]);

/// HL-4: words that open a leading phrase.
#[rustfmt::skip]
const LEAD_OPENERS: &WordSet = word_set!(&[
    "according", "after", "amid", "as", "at", "before", "despite", "during", "earlier",
    "following", "for", "in", "last", "later", "on", "since", "this", "when", "while", "with",
]);

/// HL-5: words a headline cannot end with: articles, prepositions, conjunctions, possessives,
/// subject pronouns, auxiliaries and modals, and words that open a phrase ("one of", "rather
/// than").
#[rustfmt::skip]
const DANGLING: &WordSet = word_set!(&[
    "a", "about", "after", "against", "all", "also", "amid", "among", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "during", "each", "even", "every", "for", "from", "had", "has",
    "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "just", "like", "may",
    "might", "more", "most", "must", "my", "no", "nor", "not", "of", "on", "one", "onto", "or",
    "our", "per", "rather", "shall", "she", "should", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "these", "they", "this", "those", "through", "to", "under",
    "until", "upon", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "whose", "will", "with", "within", "without", "would", "your",
]);

#[cfg(test)]
mod tests {
    use super::*;

    fn headline(text: &str, limit: usize) -> &str {
        let sentence = Sentence { start: 0, end: text.len(), paragraph: 0, kind: crate::SentenceKind::Prose };
        trim_to_words(text, sentence, limit).text(text)
    }

    #[test]
    fn a_sentence_that_fits_is_whole() {
        assert_eq!(headline("One two three, four five.", 5), "One two three, four five.");
        assert_eq!(headline("One two three, four five.", 4), "One two three");
    }

    #[test]
    fn hl_3_a_cut_keeps_a_verb_and_ends_a_phrase() {
        let text = "The mayor will close the bridge to trucks after cracks were found in two piers.";
        assert_eq!(headline(text, 12), "The mayor will close the bridge to trucks after cracks were found");
        assert_eq!(headline(text, 9), "The mayor will close the bridge to trucks");
        assert_eq!(headline(text, 5), "The mayor will close");
        let text = "Real Madrid fell to a lacklustre 1-0 defeat at the hands of Valencia on Sunday night.";
        assert_eq!(headline(text, 12), "Real Madrid fell to a lacklustre 1-0 defeat");
    }

    #[test]
    fn hl_3_a_relative_clause_is_not_the_predicate() {
        let text = "The striker, who has fainted before, collapsed on the pitch during the first half of the match.";
        assert_eq!(headline(text, 8), "The striker, who has fainted before, collapsed");
        let text = "When I was a child, a pale specter used to call on our house every winter night.";
        assert_eq!(headline(text, 11), "When I was a child, a pale specter used to call");
    }

    #[test]
    fn hl_1_quotations_are_closed() {
        let text = "Jessie Usher, the lead of the series \"Survivor's Remorse\" on Starz, talks about fame and family.";
        assert_eq!(headline(text, 9), "Jessie Usher, the lead of the series \"Survivor's Remorse\"");
    }

    #[test]
    fn hl_4_a_leading_phrase_may_go() {
        let text = "On the 6th of April 1996, San Jose Clash and DC United kicked off the first season of the league.";
        assert_eq!(headline(text, 12), "San Jose Clash and DC United kicked off the first season");
    }

    #[test]
    fn hl_4_a_sentence_shorter_than_a_leading_phrase_has_none() {
        // It was read past its last word, looking for the comma (a panic).
        assert_eq!(headline("On Monday the firm fell sharply again.", 5), "On Monday the firm fell");
        assert_eq!(headline("On Monday the firm fell.", 3), "On Monday");
    }

    #[test]
    fn a_cut_keeps_an_opening_quote_and_an_abbreviation_and_never_splits_a_compound() {
        let text =
            "\"This is going to be a test for Serena Williams,\" her coach said of the match in the U.S. this week.";
        assert_eq!(headline(text, 12), "\"This is going to be a test for Serena Williams,\"");
        let text = "Prince and his band are bringing their tour to the U.S. in the spring and summer.";
        assert_eq!(headline(text, 11), "Prince and his band are bringing their tour to the U.S.");
        let text = "Nine workers are believed to be held by ISIS-affiliated militants in the desert.";
        assert_eq!(headline(text, 9), "Nine workers are believed to be held");
    }

    #[test]
    fn hl_5_no_cut_ends_with_a_function_word() {
        let text = "General Motors, the largest car maker, has confirmed that it will cut up to 1,000 jobs in Europe.";
        assert_eq!(headline(text, 12), "General Motors, the largest car maker, has confirmed");
        let text = "BMW has forecast sales growth of at least 10% in Asia for the coming year.";
        assert_eq!(headline(text, 9), "BMW has forecast sales growth of at least 10%");
        assert_eq!(headline("Of the and to a in for the of and on with by the.", 3), "Of the and");
    }

    #[test]
    fn hl_6_no_cut_ends_before_a_name_or_on_a_possessive() {
        let cases = [
            (
                "The league announced on Wednesday that it has lifted its ban on driver Kurt Busch, who may race again.",
                12,
                "The league announced on Wednesday that it has lifted its ban",
            ),
            ("The regulator is investigating broker Marsh & McLennan over its fees.", 6, "The regulator is investigating"),
            (
                "The company said on Monday that it will sell one of Europe's largest breweries to a rival.",
                12,
                "The company said on Monday",
            ),
            // A name that ends before a bracket is whole ("Standard & Poor's (S&P)").
            (
                "The rupee rose after Standard & Poor's (S&P) raised the country's rating on Friday.",
                7,
                "The rupee rose after Standard & Poor's",
            ),
            // A day or month is no name.
            (
                "The mayor of the city faced just this situation Monday and resigned.",
                9,
                "The mayor of the city faced just this situation",
            ),
            // A line in title case still gets a cut.
            ("Big Storm Hits The Coast As Thousands Flee Their Homes In The Night", 5, "Big Storm Hits The Coast"),
        ];
        for (text, limit, expected) in cases {
            assert_eq!(headline(text, limit), expected, "{text}");
        }
    }
}
