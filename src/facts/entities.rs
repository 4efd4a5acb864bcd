//! ENT-1..ENT-4: proper names and acronyms.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use super::lexicon::{
    self, BODY_OPENERS, COMMON_OWNERS, FOR_HEADS, NON_NAMES, NON_NAME_ACRONYMS, NORP, OF_HEADS, PLACES,
    POSSESSIVE_HEADS, POSSESSIVE_NAMES, SENTENCE_STARTERS, TITLES, TITLE_BREAKS, TITLE_MODIFIERS,
};
use super::tokens::{possessive_at, word_is, Token};
use super::{FactKind, Found};
use crate::stopwords::is_stop_word;
use crate::word_hash::WordHasher;
use crate::wordset::{word_set, WordSet};

/// What the whole text says about its words' case (ENT-2): which words it capitalises
/// mid-sentence, and which it writes in lower case.
#[derive(Debug, Default)]
pub(crate) struct Evidence<'a> {
    /// Lower-cased; also the first word of a firm's name opening a sentence ("Nimbus" of
    /// "Nimbus Technologies").
    capitalized: HashSet<String, BuildHasherDefault<WordHasher>>,
    lowercase: HashSet<&'a str, BuildHasherDefault<WordHasher>>,
    /// Hashes of the pairs of words as written, capitalised mid-sentence, that start a name
    /// ("General Motors", "Standard &"): such a pair opening a sentence opens the same name.
    name_starts: HashSet<u64, BuildHasherDefault<WordHasher>>,
    /// ENT-6: the text's language capitalises every noun.
    nouns_capitalised: bool,
}

impl<'a> Evidence<'a> {
    /// Empty sets, sized for the distinct words of a text of `text_len` bytes, in a language
    /// that capitalises every noun or not (ENT-6).
    pub fn for_text(text_len: usize, nouns_capitalised: bool) -> Self {
        let words = (text_len / 12).clamp(16, 4096);
        // Capitalised mid-sentence: names, a fraction of the words.
        let capitalized = HashSet::with_capacity_and_hasher(words / 4, BuildHasherDefault::default());
        Evidence {
            capitalized,
            lowercase: HashSet::with_capacity_and_hasher(words, BuildHasherDefault::default()),
            name_starts: HashSet::with_capacity_and_hasher(words / 8, BuildHasherDefault::default()),
            nouns_capitalised,
        }
    }

    /// Adds the evidence of one sentence's tokens. A capitalised word counts where it starts
    /// or ends a run of capitals inside a sentence ("Jassy" in "Andy Jassy"), not in the
    /// middle of a longer name ("Air" in "International Air Transport Association").
    pub fn add(&mut self, tokens: &[Token<'a>]) {
        for (j, token) in tokens.iter().enumerate().filter(|(_, t)| t.is_word()) {
            if token.is_lowercase() {
                self.lowercase.insert(token.text);
                continue;
            }
            if token.initial && is_firm_short_name(tokens, j) {
                // "Nimbus Technologies" opening a sentence names "Nimbus" as well.
                self.note_capitalized(token);
            }
            if !token.is_capitalized() || token.initial {
                continue;
            }
            if !inside_run(tokens, j) {
                self.note_capitalized(token);
            }
            if let Some(next) = tokens.get(j + 1).filter(|next| starts_run(tokens, j) && continues_name(next)) {
                self.name_starts.insert(pair_hash(token, next));
            }
        }
    }

    fn note_capitalized(&mut self, token: &Token<'_>) {
        lexicon::with_lowercase(token.text, |lower| {
            if !self.capitalized.contains(lower) {
                self.capitalized.insert(lower.to_string());
            }
        });
    }

    /// ENT-2: whether the text writes `first` and `next` as the start of a name mid-sentence.
    fn starts_name(&self, first: &Token<'_>, next: &Token<'_>) -> bool {
        continues_name(next) && self.name_starts.contains(&pair_hash(first, next))
    }

    fn capitalizes(&self, token: &Token<'_>) -> bool {
        lexicon::with_lowercase(token.text, |lower| self.capitalized.contains(lower))
    }

    fn lowercases(&self, token: &Token<'_>) -> bool {
        lexicon::with_lowercase(token.text, |lower| self.lowercase.contains(lower))
    }
}

/// ENT-2: whether the capitalised word `j` opens a firm's name that ends in a word like
/// "Technologies" or "Airlines" right after it ("Nimbus Technologies"): the first word alone
/// is the firm's short name, which may open another sentence ("Nimbus shares rose 6%").
fn is_firm_short_name(tokens: &[Token<'_>], j: usize) -> bool {
    const FIRM_ENDS: &WordSet = word_set!(&[
        "airlines",
        "airways",
        "brands",
        "communications",
        "corp",
        "corporation",
        "electronics",
        "entertainment",
        "group",
        "holdings",
        "inc",
        "industries",
        "laboratories",
        "labs",
        "llc",
        "ltd",
        "motors",
        "networks",
        "pharmaceuticals",
        "plc",
        "software",
        "studios",
        "systems",
        "technologies",
        "therapeutics",
    ]);
    let next = tokens.get(j + 1);
    tokens[j].is_capitalized()
        && starts_run(tokens, j)
        && next.is_some_and(|n| n.spaced && n.is_capitalized() && lexicon::has(FIRM_ENDS, n.text))
}

/// Whether the capitalised word `j` starts a run of capitals: an article before it is no part
/// of the name ("The Czech Republic also …"), and a word after a full stop may open a
/// sentence that the segmenter kept whole ("… MCI Inc. Former WorldCom chief").
fn starts_run(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(before) = j.checked_sub(1).map(|b| &tokens[b]) else {
        return true;
    };
    !(before.is('.') || (before.is_capitalized() && !is_function_word(before)))
}

/// A capitalised word other than a title, or "&", after a space: the second token of a pair
/// of [`Evidence`] ("General Motors", not "Trade Minister").
fn continues_name(next: &Token<'_>) -> bool {
    next.spaced && (next.is('&') || (next.is_capitalized() && !lexicon::has(TITLES, next.text)))
}

fn pair_hash(first: &Token<'_>, next: &Token<'_>) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(first.text.as_bytes());
    hasher.write_u8(b' ');
    hasher.write(next.text.as_bytes());
    hasher.finish()
}

/// Whether capitalised words stand right before and after token `j`.
fn inside_run(tokens: &[Token<'_>], j: usize) -> bool {
    let capital = |k: Option<usize>| k.and_then(|k| tokens.get(k)).is_some_and(Token::is_capitalized);
    capital(j.checked_sub(1)) && capital(Some(j + 1))
}

/// ENT-4: which tokens are inside a quoted title, such as a film's or a song's ("Into the
/// Woods", "I Really Like You"): a quotation of at most 12 tokens whose words are all
/// capitalised or short function words. Names inside them are not entities.
pub(crate) fn quoted_titles(tokens: &[Token<'_>]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    for (j, t) in tokens.iter().enumerate() {
        let opens = t.is('“') || (t.is('"') && open.is_none());
        let closes = t.is('”') || (t.is('"') && open.is_some());
        match open {
            Some(o) if closes => {
                if j - o <= 12 && is_title_text(&tokens[o + 1..j]) {
                    inside[o + 1..j].iter_mut().for_each(|x| *x = true);
                }
                open = None;
            }
            _ if opens => open = Some(j),
            _ => {}
        }
    }
    inside
}

/// Words all capitalised or function words, at least one capitalised.
fn is_title_text(tokens: &[Token<'_>]) -> bool {
    let mut words = tokens.iter().filter(|t| t.is_word());
    let title_word = |t: &Token<'_>| t.is_capitalized() || is_function_word(t) || t.text == "it";
    tokens.iter().any(Token::is_capitalized) && words.all(title_word)
}

/// ENT-2: whether a heading is in sentence case: after its first word, three or more content
/// words (not stop words, not acronyms, two letters or more), at most half of them
/// capitalised ("Ad sales boost Time Warner profit"; not "Drought Forces Spain To Ration
/// Water", nor a short "Paying for the work").
pub(crate) fn is_sentence_case(tokens: &[Token<'_>]) -> bool {
    let (mut content, mut capitalized) = (0, 0);
    let words = tokens.iter().filter(|t| t.is_word()).skip(1);
    for t in words.filter(|t| !t.is_acronym() && t.text.chars().nth(1).is_some() && !lexicon::is_stop(t.text)) {
        content += 1;
        capitalized += usize::from(t.is_capitalized());
    }
    content >= 3 && capitalized * 2 <= content
}

/// ENT-2: whether a line is in title case (a heading the segmenter left as prose): four or
/// more content words (not stop words, not acronyms, two letters or more), three in four
/// capitalised, and no sentence-final punctuation (a full stop after a space does not count).
pub(crate) fn is_title_case(tokens: &[Token<'_>]) -> bool {
    // A full stop set apart by a space is a scraper's, after a headline it kept as a line
    // ("14 of the Best Architecture Photos From the Past Year ."), not a sentence's end.
    let tokens = match tokens.split_last() {
        Some((stop, rest)) if stop.is('.') && stop.spaced => rest,
        _ => tokens,
    };
    let ends_sentence = tokens.last().is_some_and(|t| t.text.ends_with(['.', '!', '?', '"', '”', ':']));
    if ends_sentence {
        return false;
    }
    let (mut content, mut capitalized) = (0, 0);
    for t in tokens.iter().filter(|t| t.is_word() && !t.is_acronym()) {
        if t.text.chars().nth(1).is_some() && !lexicon::is_stop(t.text) {
            content += 1;
            capitalized += usize::from(t.is_capitalized());
        }
    }
    content >= 4 && capitalized * 4 >= content * 3
}

/// The entity starting at token `i`, or a skip over titles that name nobody. In a `heading`
/// every word needs the text's evidence to be a name.
pub(crate) fn entity(tokens: &[Token<'_>], i: usize, evidence: &Evidence, heading: bool) -> Option<Found> {
    if !tokens.get(i)?.is_capitalized() {
        return None;
    }
    let tag = i >= 1 && (tokens[i - 1].is('#') || tokens[i - 1].is('@')) && !tokens[i].spaced;
    let email = tokens.get(i + 1).is_some_and(|t| t.is('@') && !t.spaced);
    if tag || email {
        return Some(Found::skip(i, i + 1)); // "#BringBackClarkson", "@Amazon", "CNNtips@cnn.com"
    }
    if is_prefix_of_compound(tokens, i) {
        return Some(Found::skip(i, i + 2)); // "Ex-Manchester United star", "Pro-democracy"
    }
    if is_role_label(tokens, i) {
        return Some(Found::skip(i, i + 1)); // "HOST: Welcome back …"
    }
    if let Some((first, end)) = office_of_title(tokens, i) {
        return Some(Found::fact(first, end, FactKind::Entity, None));
    }
    let start = past_titles(tokens, i);
    if let Some(country) = country_in_title(tokens, i, start) {
        return Some(Found::fact(country, country + 1, FactKind::Entity, None));
    }
    let strong = is_strong(tokens, start, evidence);
    let weak = !strong
        && !heading
        && !evidence.nouns_capitalised
        && tokens.get(start).is_some_and(|t| {
            is_weak(t, evidence) || (start == i && (opens_a_body(tokens, start) || heads_of_a_name(tokens, start)))
        })
        && (is_strong(tokens, start + 1, evidence)
            || joins_a_name(tokens, start, evidence)
            || heads_a_list(tokens, start, evidence)
            || is_related_by_hyphen(tokens, start, evidence)
            || owns_a_name(tokens, start)
            || domain_len(tokens, start + 1) > 0);
    if !(strong || weak) {
        return (start > i).then(|| Found::skip(i, start));
    }
    let end = run_end(tokens, start, evidence);
    if weak && end == start + 2 && !is_name_alone(&tokens[start + 1], evidence) {
        return Some(Found::skip(i, end)); // "Struggling Japanese"
    }
    let mut first = start;
    while end > first + 1 && is_function_word(&tokens[first]) && tokens[first + 1].spaced {
        first += 1; // "The New York Times" → "New York Times"
    }
    if end == first + 1 && !is_name_alone(&tokens[first], evidence) {
        return Some(Found::skip(i, end));
    }
    if is_regional_nationality(&tokens[first..end]) || is_nationality_compound(&tokens[first..end]) {
        return Some(Found::skip(i, end)); // "South Vietnamese", "Anglo-Dutch", "German-US"
    }
    if is_shouted_phrase(&tokens[first..end], evidence) || is_common_initials(&tokens[first..end]) {
        return Some(Found::skip(i, end)); // "READ MORE", "FREE GIFT"
    }
    if is_event_or_law(&tokens[first..end]) {
        return Some(Found::skip(i, end)); // "World Cup", "Cold War", "Patriot Act"
    }
    Some(Found::fact(with_arabic_article(tokens, first), end, FactKind::Entity, None))
}

/// ENT-4: a capitalised prefix glued by a hyphen to what follows, which it only modifies:
/// "Ex-Manchester United", "Pro-democracy" (but "Anti-Slavery International" is a name).
fn is_prefix_of_compound(tokens: &[Token<'_>], i: usize) -> bool {
    const PREFIXES: [&str; 5] = ["Anti", "Non", "Post", "Pre", "Pro"];
    let ex = tokens[i].text == "Ex";
    (ex || PREFIXES.contains(&tokens[i].text))
        && tokens.get(i + 1).is_some_and(|h| h.is('-') && !h.spaced)
        && tokens.get(i + 2).is_some_and(|w| !w.spaced && (ex || w.is_lowercase()))
}

/// ENT-4: a transcript's label for a speaker's role, in capitals before a colon ("HOST:",
/// "INTERVIEWER:"): no name. A speaker's name set so ("MIRIAM OSEI:") is one.
fn is_role_label(tokens: &[Token<'_>], i: usize) -> bool {
    const ROLES: [&str; 12] = [
        "ANCHOR",
        "ANNOUNCER",
        "AUDIENCE",
        "CALLER",
        "HOST",
        "INTERVIEWER",
        "MODERATOR",
        "NARRATOR",
        "PANELIST",
        "REPORTER",
        "SPEAKER",
        "VOICE",
    ];
    ROLES.contains(&tokens[i].text) && tokens.get(i + 1).is_some_and(|t| t.is(':') && !t.spaced)
}

/// ENT-4: words in capitals that the text also writes in lower case, stop words or a web page's
/// links ("READ", "WATCH"), two or more of them: a phrase set in capitals ("READ MORE", "ALL
/// RIGHTS RESERVED"), not a name.
fn is_shouted_phrase(run: &[Token<'_>], evidence: &Evidence) -> bool {
    const LINKS: [&str; 6] = ["CLICK", "READ", "RELATED", "SHARE", "SUBSCRIBE", "WATCH"];
    let words = || run.iter().filter(|t| t.is_word());
    let common = |t: &Token<'_>| {
        LINKS.contains(&t.text) || lexicon::with_lowercase(t.text, is_stop_word) || evidence.lowercases(t)
    };
    words().count() >= 2 && words().all(|t| t.is_acronym() && common(t))
}

/// ENT-4: the name of an event or a law, by the word that ends it ("World Cup", "Cold War",
/// "Patriot Act"; "Olympics" alone), which OntoNotes labels EVENT and LAW, not a person, an
/// organisation or a place. Not after "of": "Department of War" is a body.
fn is_event_or_law(run: &[Token<'_>]) -> bool {
    const HEADS: [&str; 15] = [
        "Act",
        "Amendment",
        "Awards",
        "Bowl",
        "Championships",
        "Cup",
        "Festival",
        "Marathon",
        "Olympics",
        "Open",
        "Prix",
        "Revolution",
        "Summit",
        "Tournament",
        "War",
    ];
    let Some((last, rest)) = run.split_last() else {
        return false;
    };
    let after_of = rest.last().is_some_and(|t| t.text == "of");
    HEADS.contains(&last.text) && !after_of && (!rest.is_empty() || last.text == "Olympics")
}

/// ENT-4: initials joined by "&" that are common nouns: "Q&A", "R&D", "M&A", "P&L".
fn is_common_initials(run: &[Token<'_>]) -> bool {
    const PAIRS: [(&str, &str); 4] = [("M", "A"), ("P", "L"), ("Q", "A"), ("R", "D")];
    match run {
        [a, amp, b] if amp.is('&') => PAIRS.contains(&(a.text, b.text)),
        _ => false,
    }
}

/// ENT-1: a name glued to a lower-case Arabic article keeps it: "al-Qaeda".
fn with_arabic_article(tokens: &[Token<'_>], first: usize) -> usize {
    let glued = |j: usize| tokens.get(j).is_some_and(|t| !t.spaced);
    let article = first >= 2
        && tokens[first - 1].is('-')
        && glued(first - 1)
        && glued(first)
        && ["al", "el"].contains(&tokens[first - 2].text);
    if article {
        first - 2
    } else {
        first
    }
}

/// ENT-2: a word that is a name wherever it stands: an acronym, a capitalised word inside a
/// sentence, or an opening word the text also capitalises inside a sentence. Not a title that
/// ends a name, nor the start of a date, nor a lone letter.
fn is_strong(tokens: &[Token<'_>], j: usize, evidence: &Evidence) -> bool {
    let Some(t) = tokens.get(j) else {
        return false;
    };
    if !t.is_capitalized() || lexicon::has(TITLE_BREAKS, t.text) {
        return false;
    }
    let ampersand =
        (j >= 1 && tokens[j - 1].is('&') && !t.spaced) || tokens.get(j + 1).is_some_and(|a| a.is('&') && !a.spaced);
    // "T-Mobile", "X-Men": a letter glued by a hyphen to a capitalised word.
    let letter = t.text.chars().count() == 1;
    let hyphenated = letter
        && tokens.get(j + 1).is_some_and(|h| h.is('-') && !h.spaced)
        && tokens.get(j + 2).is_some_and(|w| !w.spaced && w.is_capitalized() && w.text.len() > 1);
    // "G7", "M25": a capital letter with a number glued on is a name ("A" or "I", also words,
    // only after a capitalised word: "Airbus A380", not "an A1 rating").
    let after_name = || j >= 1 && tokens[j - 1].is_capitalized();
    let numbered =
        letter && in_capitals(t.text) && (!matches!(t.text, "A" | "I") || after_name()) && glued_number(tokens, j + 1);
    if letter && !is_initial_letter(tokens, j) && !ampersand && !hyphenated && !numbered {
        return false;
    }
    // Looked up only for an opening word that nothing else names (most names stand inside a
    // sentence).
    let common = || lexicon::is_stop(t.text) || lexicon::has(SENTENCE_STARTERS, t.text) || evidence.lowercases(t);
    // Only an opening word that nothing before it names needs the pair evidence.
    let opens_known_name = || tokens.get(j + 1).is_some_and(|next| evidence.starts_name(t, next));
    // "S&P", "AT&T", "M&S" open a name even at a sentence's start.
    let firm_initials = ampersand && in_capitals(t.text);
    // ENT-2: a listed place opens a sentence as a name ("Thailand has …").
    let place = || lexicon::has(PLACES, t.text) && !evidence.lowercases(t);
    let named = t.is_acronym()
        || firm_initials
        || !t.initial
        || place()
        || hyphenated
        || numbered
        || opens_known_name()
        || (evidence.capitalizes(t) && !common());
    named && !super::starts_number_fact(tokens, j)
}

/// Whether `text` is all capital letters A–Z ("G", "MH").
fn in_capitals(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_uppercase())
}

/// ENT-1: whether token `j` is the number of a stock index named before it ("S&P 500", "FTSE
/// 100", "CAC 40": two or three digits) or of a road, a building or a place ("Route 9",
/// "Interstate 95": up to three), after a space, nothing glued on.
fn is_index_number(tokens: &[Token<'_>], j: usize) -> bool {
    let Some(number) = tokens.get(j).filter(|t| t.is_number() && t.spaced) else { return false };
    let digits = number.text.len() <= 3 && number.text.bytes().all(|b| b.is_ascii_digit());
    let glued_after = tokens.get(j + 1).is_some_and(|a| !a.spaced && (a.is_word() || a.is_number()));
    const INDEXES: [&str; 11] = ["AEX", "ASX", "CAC", "DAX", "FTSE", "IBEX", "KOSPI", "MIB", "SMI", "STOXX", "TSX"];
    let before = |k: usize| j.checked_sub(k).map_or("", |b| tokens[b].text);
    let index_name = INDEXES.contains(&before(1)) || (before(1) == "P" && before(2) == "&" && before(3) == "S");
    let named = index_name && number.text.len() >= 2 || NUMBERED_PLACES.contains(&before(1));
    digits && !glued_after && named
}

/// ENT-1: the words that, with a number, name a road, a building or a place.
const NUMBERED_PLACES: [&str; 10] =
    ["Area", "Building", "Gate", "Highway", "Interstate", "Pier", "Platform", "Route", "Studio", "Terminal"];

/// Whether token `j` is a number glued to the word before it, with no letter glued after it
/// but a possessive ("MH370's").
fn glued_number(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(|t| t.is_number() && !t.spaced)
        && !tokens
            .get(j + 1)
            .is_some_and(|a| !a.spaced && (a.is_word() || a.is_number()) && !possessive_at(tokens, j + 1))
}

/// ENT-2: a sentence's opening word that may start a name if a name (or a list of names)
/// follows: not a common
/// opener, and not written in lower case elsewhere in the text.
fn is_weak(t: &Token<'_>, evidence: &Evidence) -> bool {
    t.initial
        && lexicon::with_lowercase(t.text, |lower| {
            !is_stop_word(lower) && !lexicon::has(SENTENCE_STARTERS, lower) && !lexicon::has(TITLE_MODIFIERS, lower)
        })
        && !evidence.lowercases(t)
}

/// ENT-2: whether an opening word is joined to a name that follows ("Bank of England",
/// "Ludwig van Beethoven", "Marks & Spencer"); by "of" only when it is a word like "Bank"
/// ("Fans of Manchester United" is no name).
fn joins_a_name(tokens: &[Token<'_>], start: usize, evidence: &Evidence<'_>) -> bool {
    let joined = joiner_len(tokens, start + 1, 1);
    let by_of = tokens.get(start + 1).is_some_and(|t| t.text == "of");
    joined > 0
        && (!by_of || lexicon::has(OF_HEADS, tokens[start].text))
        && is_strong(tokens, start + 1 + joined, evidence)
}

/// ENT-2: an opening word glued by a hyphen to a participle that relates what follows to it
/// ("Microsoft-owned LinkedIn", "London-based Revolut", "Kremlin-backed"): it names the owner
/// when a name follows or the text capitalises the word inside a sentence too ("Family-run
/// firms" has no owner).
fn is_related_by_hyphen(tokens: &[Token<'_>], start: usize, evidence: &Evidence<'_>) -> bool {
    const PARTICIPLES: [&str; 12] = [
        "backed",
        "based",
        "born",
        "controlled",
        "funded",
        "headquartered",
        "led",
        "listed",
        "made",
        "owned",
        "run",
        "sponsored",
    ];
    let glued = |j: usize| tokens.get(j).filter(|t| !t.spaced);
    let related =
        glued(start + 1).is_some_and(|h| h.is('-')) && glued(start + 2).is_some_and(|w| PARTICIPLES.contains(&w.text));
    let named = || evidence.capitalizes(&tokens[start]) || is_strong(tokens, start + 3, evidence);
    related && named()
}

/// ENT-2: an opening word in the possessive names the owner: "Ukraine's President Volodymyr
/// Zelensky", "Ofgem's price cap" (not "Today's", a common opener, nor "Women's", no name, nor
/// "Company's", a common noun).
fn owns_a_name(tokens: &[Token<'_>], start: usize) -> bool {
    possessive_at(tokens, start + 1)
        && tokens.get(start + 2).is_some_and(|t| t.spaced && t.is_word())
        && !lexicon::has(COMMON_OWNERS, tokens[start].text)
}

/// ENT-1: how many tokens at `j` end a name that is a web address ("Amazon.com",
/// "Booking.com", "Which.co.uk"): a glued full stop and a top-level domain, 0 if none.
fn domain_len(tokens: &[Token<'_>], j: usize) -> usize {
    const DOMAINS: [&str; 6] = ["com", "gov", "io", "net", "org", "co"];
    let dot_then = |k: usize, words: &[&str]| {
        tokens.get(k).is_some_and(|d| d.is('.') && !d.spaced)
            && tokens.get(k + 1).is_some_and(|w| !w.spaced && words.contains(&w.text))
    };
    if !dot_then(j, &DOMAINS) {
        return 0;
    }
    if tokens[j + 1].text == "co" {
        return if dot_then(j + 2, &["uk"]) { 4 } else { 0 };
    }
    2
}

/// ENT-1: an apostrophe for a dropped "g" ("Dunkin' Donuts", "Lovin' Spoonful"): glued to a
/// word ending in "in", before a capitalised word, and no quotation mark opened before it in
/// the sentence, which it would close.
fn is_dropped_g(tokens: &[Token<'_>], j: usize) -> bool {
    let apostrophe = |t: &Token<'_>| t.is('\'') || t.is('’');
    let opened = |t: &Token<'_>| (t.is('\'') && t.spaced) || t.is('‘');
    tokens.get(j).is_some_and(|t| apostrophe(t) && !t.spaced)
        && j >= 1
        && tokens[j - 1].text.ends_with("in")
        && tokens.get(j + 1).is_some_and(|n| n.spaced && n.is_capitalized())
        && !tokens[..j - 1].iter().any(opened)
}

/// ENT-2: an opening word that modifies titles ("State Secretary") but, before a name word
/// that is no title, opens the name of a body or a firm: "State Department", "Supreme Court",
/// "New York", "General Electric" (not "Former Chelsea striker", nor before an acronym: "New
/// EU rules").
fn opens_a_body(tokens: &[Token<'_>], start: usize) -> bool {
    let t = &tokens[start];
    let before_acronym = tokens.get(start + 1).is_some_and(Token::is_acronym);
    t.initial && !before_acronym && lexicon::has(BODY_OPENERS, t.text)
}

/// ENT-2: whether an opening word is the head of a name with "of" ("Bank of America", "House
/// of Commons"), which opens it even where the text writes the word in lower case too ("the
/// bank said"); [`joins_a_name`] checks the name after "of".
fn heads_of_a_name(tokens: &[Token<'_>], start: usize) -> bool {
    let t = &tokens[start];
    t.initial && word_is(tokens, start + 1, "of") && lexicon::has(OF_HEADS, t.text)
}

/// ENT-2: whether an opening word heads a list of names ("Microsoft, Meta and Intel",
/// "California and Florida"): "and" or "or" and a name; or a comma, a name, then a comma,
/// "and" or "or" and another name.
fn heads_a_list(tokens: &[Token<'_>], start: usize, evidence: &Evidence<'_>) -> bool {
    let conjunction = |j: usize| tokens.get(j).is_some_and(|t| t.text == "and" || t.text == "or");
    if conjunction(start + 1) {
        return is_strong(tokens, start + 2, evidence); // "California and Florida"
    }
    if !tokens.get(start + 1).is_some_and(|t| t.is(',')) || !is_strong(tokens, start + 2, evidence) {
        return false;
    }
    let mut j = run_end(tokens, start + 2, evidence);
    if tokens.get(j).is_some_and(|t| t.is(',')) {
        j += 1;
    }
    is_strong(tokens, j + usize::from(conjunction(j)), evidence)
}

/// A middle initial: one capital letter, a period, a capitalised word ("W." in "George W.
/// Bush").
fn is_initial_letter(tokens: &[Token<'_>], j: usize) -> bool {
    let with_period = tokens.get(j + 1).is_some_and(|t| t.is('.') && !t.spaced)
        && tokens.get(j + 2).is_some_and(Token::is_capitalized);
    with_period || is_bare_middle_initial(tokens, j)
}

/// ENT-1: a middle initial written without a period, as British news does ("George W Bush"):
/// one capital letter between two capitalised words (not "A" or "I").
fn is_bare_middle_initial(tokens: &[Token<'_>], j: usize) -> bool {
    let name_word = |k: usize| tokens.get(k).is_some_and(|t| t.spaced && t.is_capitalized() && t.text.len() > 1);
    let letter = tokens
        .get(j)
        .is_some_and(|t| t.spaced && t.text.len() == 1 && in_capitals(t.text) && !matches!(t.text, "A" | "I"));
    letter && j >= 1 && name_word(j - 1) && name_word(j + 1)
}

/// ENT-3: past a title and its modifiers before a name ("Former Defense Secretary", "CEO",
/// "Mr.", "Secretary of State", "Chancellor of the Exchequer"); `i` itself when no title is
/// there.
fn past_titles(tokens: &[Token<'_>], i: usize) -> usize {
    let mut j = i;
    let mut titled = false;
    while let Some(t) = tokens.get(j).filter(|t| t.is_capitalized()) {
        if lexicon::has(TITLES, t.text) || is_justice_title(tokens, j) {
            titled = true;
            j += 1;
            if tokens.get(j).is_some_and(|d| d.is('.') && !d.spaced) {
                j += 1;
            }
        } else if lexicon::has(TITLE_MODIFIERS, t.text) || lexicon::has(NORP, t.text) {
            j += 1;
        } else {
            break;
        }
    }
    if !titled {
        return i;
    }
    // The office a title is of, when a full name follows: "Secretary of State John Kerry",
    // "Chancellor of the Exchequer Gordon Brown" (not "Governor of the Reserve Bank").
    let capital = |k: usize| tokens.get(k).is_some_and(Token::is_capitalized);
    let the = usize::from(tokens.get(j + 1).is_some_and(|t| t.text == "the"));
    let office = j + 1 + the;
    let of_office = tokens.get(j).is_some_and(|t| t.text == "of") && capital(office) && capital(office + 1);
    if of_office && (the == 0 || capital(office + 2)) {
        j = office + 1;
    }
    j
}

/// ENT-1: an office named for its holder, a title in the possessive before "Office",
/// "Department" or "Bureau", is one name with the title's words and the place before them:
/// "Manhattan District Attorney's Office", "U.S. Attorney's Office", "Governor's Office",
/// "Attorney General's Office" (they were "Office" alone, or a place and "Office"). The run
/// of capitalised words from `i` (past a leading "The"), and where the name ends.
fn office_of_title(tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    const HEADS: [&str; 3] = ["Bureau", "Department", "Office"];
    const HOLDERS: [&str; 8] =
        ["auditor", "clerk", "comptroller", "controller", "coroner", "examiner", "prosecutor", "treasurer"];
    // The possessive is the first token glued to the one before it: most runs of capitals
    // have none, and are turned away before any word is read.
    let glued = (i + 1..tokens.len().min(i + 8)).find(|&k| !tokens[k].spaced)?;
    if !possessive_at(tokens, glued) || !tokens.get(glued + 1).is_some_and(|h| h.spaced && HEADS.contains(&h.text)) {
        return None;
    }
    let first = if is_function_word(&tokens[i]) { i + 1 } else { i };
    let owner = &tokens[glued - 1];
    let holder = lexicon::has(TITLES, owner.text)
        || HOLDERS.iter().any(|h| h.eq_ignore_ascii_case(owner.text))
        || (owner.text == "General" && glued - first >= 2);
    let capitals = tokens[first..glued].iter().all(Token::is_capitalized);
    (first < glued && holder && capitals).then_some((first, glued + 2))
}

/// ENT-3: the country of a title ("U.S." in "Former U.S. President Bill Clinton") is a name of
/// its own: where in the title words `i..start` it is.
fn country_in_title(tokens: &[Token<'_>], i: usize, start: usize) -> Option<usize> {
    (i..start).find(|&j| matches!(tokens[j].text, "U.S." | "U.S" | "US"))
}

/// ENT-3: "Justice" before a full name is a judge's title ("Chief Justice John Roberts",
/// "Justice Ketanji Brown Jackson"); before a word like "Department" it names a body.
fn is_justice_title(tokens: &[Token<'_>], j: usize) -> bool {
    let capital = |k: usize| tokens.get(k).is_some_and(|t| t.spaced && t.is_capitalized());
    tokens[j].text == "Justice" && capital(j + 1) && capital(j + 2) && !lexicon::has(OF_HEADS, tokens[j + 1].text)
}

/// ENT-1: the end of the run of name words starting at `start`.
fn run_end(tokens: &[Token<'_>], start: usize, evidence: &Evidence) -> usize {
    let mut end = start + 1;
    loop {
        end += domain_len(tokens, end); // "Amazon.com Inc."
        if possessive_at(tokens, end) && lexicon::has(POSSESSIVE_NAMES, tokens[end - 1].text) {
            end += 1; // "Moody's", "Standard & Poor's"
        }
        // ENT-6: "Ausbau der Bahn" is a noun and its article, not a name.
        let article =
            evidence.nouns_capitalised && tokens.get(end).is_some_and(|t| matches!(t.text, "der" | "den" | "das"));
        let joined = if article { 0 } else { joiner_len(tokens, end, end - start) };
        if is_strong(tokens, end + joined, evidence) {
            end += joined + 1;
        } else {
            break;
        }
    }
    if co_word(tokens, end) {
        end += 2; // "Asia-Pacific Economic Co-operation"
    }
    // "G7", "Flight MH17": a number glued to a name's last word is part of it.
    if glued_number(tokens, end) && in_capitals(tokens[end - 1].text) {
        end += 1;
    }
    if is_index_number(tokens, end) {
        end += 1; // "S&P 500", "FTSE 100", "Route 9"
    }
    let before_title = tokens.get(end).is_some_and(|t| lexicon::has(TITLES, t.text));
    // A letter glued after "&" is no function word: "Q&A", "A&E".
    let trailing = |t: &Token<'_>| t.spaced && is_function_word(t);
    while end > start + 1
        && (trailing(&tokens[end - 1]) || (before_title && lexicon::has(TITLE_MODIFIERS, tokens[end - 1].text)))
    {
        end -= 1; // "Lost In", "NUJ General Secretary"
    }
    end
}

/// Articles, prepositions and conjunctions (not acronyms like "AT"), which neither start nor
/// end a name ("The Times" → "Times", "Lost In" → "Lost").
fn is_function_word(token: &Token<'_>) -> bool {
    const WORDS: [&str; 15] =
        ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];
    !token.is_acronym() && WORDS.iter().any(|w| w.eq_ignore_ascii_case(token.text))
}

/// ENT-1: how many tokens at `j` join two parts of one name (`so_far` words long): "&", a
/// glued hyphen, a possessive before a word like "Hospital" ("St Mary's Hospital"), a middle
/// initial's period, "St.", a particle ("de", "van", "al-"), "of"
/// or "of the" after one word or a word like "Bank" ("Bank of England", not "Mike Powell of
/// Dresdner"), and "for" after a word like "Office" ("Office for National Statistics").
fn joiner_len(tokens: &[Token<'_>], j: usize, so_far: usize) -> usize {
    const PARTICLES: [&str; 20] = [
        "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "ibn", "la", "le", "of",
        "ter", "van", "von", "y",
    ];
    let Some(t) = tokens.get(j) else {
        return 0;
    };
    let glued = !t.spaced;
    let after_glued = tokens.get(j + 1).is_some_and(|n| !n.spaced);
    if co_word(tokens, j) {
        return 2 + joiner_len(tokens, j + 2, so_far + 1); // "Economic Co-operation and Development"
    }
    if t.is('&') || (t.is('-') && glued && after_glued) || is_dropped_g(tokens, j) {
        return if hyphenated_particle(tokens, j) { 3 } else { 1 };
    }
    let joined_by_and =
        |before: &Token<'_>| tokens.get(j + 1).is_some_and(|after| is_joined_by_and(before.text, after.text));
    if t.text == "and" && j >= 1 && (joined_by_and(&tokens[j - 1]) || joins_a_body(tokens, j, so_far)) {
        return 1; // "Securities and Exchange Commission"
    }
    if possessive_at(tokens, j) && tokens.get(j + 1).is_some_and(|n| lexicon::has(POSSESSIVE_HEADS, n.text)) {
        return 1; // "St Mary's Hospital"
    }
    if possessive_at(tokens, j) && j >= 1 && tokens[j - 1].text == "People" {
        return 1; // "People's Bank of China", "People's Party"
    }
    if is_plural_possessive(tokens, j) {
        return 1; // "Workers' Party", "St James' Park"
    }
    if t.is('.') && glued && j >= 1 && is_short_name_part(tokens[j - 1].text) {
        return 1;
    }
    let of_allowed = so_far == 1 || lexicon::has(OF_HEADS, tokens[j - 1].text);
    if t.text == "for" && j >= 1 && lexicon::has(FOR_HEADS, tokens[j - 1].text) {
        return 1; // "Office for National Statistics"
    }
    if t.is_word() && PARTICLES.contains(&t.text) && (t.text != "of" || of_allowed) {
        let the = t.text == "of" && tokens.get(j + 1).is_some_and(|n| n.text == "the");
        let hyphen = tokens.get(j + 1).is_some_and(|n| n.is('-') && !n.spaced);
        // "Walter van der Vijver", "Maria de la Cruz": two particles in a row.
        let second = t.text != "of"
            && tokens.get(j + 1).is_some_and(|n| n.spaced && n.text != "of" && PARTICLES.contains(&n.text));
        let len = 1 + usize::from(the || hyphen || second);
        // ENT-3: a title after the particles opens another name ("Duarte y la Dra. Prado").
        let title_after = t.text != "of" && tokens.get(j + len).is_some_and(|n| lexicon::has(TITLES, n.text));
        return if title_after { 0 } else { len };
    }
    0
}

/// ENT-1: whether token `j` is the apostrophe of a plural possessive inside a name: glued to a
/// word in "s", before a word like "Park" or "Party" ("Workers' Party", "St James' Park",
/// "Farmers' Market"); not "Jonny Evans' goal".
fn is_plural_possessive(tokens: &[Token<'_>], j: usize) -> bool {
    const HEADS: [&str; 6] = ["affairs", "association", "federation", "market", "party", "union"];
    let apostrophe = tokens.get(j).is_some_and(|t| !t.spaced && (t.is('\'') || t.is('’')));
    let owner = j >= 1 && tokens[j - 1].text.ends_with('s');
    let head = tokens.get(j + 1).is_some_and(|n| {
        n.spaced && (lexicon::has(POSSESSIVE_HEADS, n.text) || HEADS.iter().any(|h| h.eq_ignore_ascii_case(n.text)))
    });
    apostrophe && owner && head
}

/// Whether token `j` is a hyphen before a short lower-case particle hyphenated to a capitalised
/// word: "Lashkar-e-Taiba", "Zaki-ur-Rehman", "Stratford-upon-Avon", "Southend-on-Sea".
fn hyphenated_particle(tokens: &[Token<'_>], j: usize) -> bool {
    let glued = |k: usize| tokens.get(j + k).filter(|t| !t.spaced);
    glued(0).is_some_and(|t| t.is('-'))
        && glued(1).is_some_and(|t| t.is_lowercase() && t.text.len() <= 4)
        && glued(2).is_some_and(|t| t.is('-'))
        && glued(3).is_some_and(|t| t.is_capitalized())
}

/// Whether token `j` is the hyphen of a word that British names write with "Co-" and a
/// lower-case rest ("Co-operation", "Co-ordination", "Co-operative"): the rest is part of the
/// name (a hyphen before a lower-case word otherwise ends it: "Microsoft-owned").
fn co_word(tokens: &[Token<'_>], j: usize) -> bool {
    let hyphen = tokens.get(j).is_some_and(|t| t.is('-') && !t.spaced);
    let rest = tokens.get(j + 1).is_some_and(|t| !t.spaced && t.is_lowercase());
    hyphen && rest && j >= 1 && tokens[j - 1].text == "Co"
}

/// ENT-1: whether "and" at `j`, after `so_far` words of a name, joins them to the words of a
/// public body's name that follows it ("National Oceanic and Atmospheric Administration",
/// "Competition and Markets Authority", "National Health and Medical Research Council"): up to
/// four capitalised words right after it that end in a word like "Administration" or
/// "Council", where the words before it hold no such word, are no acronym or listed place and
/// end in no word like "House" ("the US and World Health Organization" are two names).
fn joins_a_body(tokens: &[Token<'_>], j: usize, so_far: usize) -> bool {
    const HEADS: [&str; 16] = [
        "Administration",
        "Agency",
        "Authority",
        "Board",
        "Bureau",
        "Commission",
        "Committee",
        "Council",
        "Department",
        "Directorate",
        "Executive",
        "Inspectorate",
        "Institute",
        "Ministry",
        "Office",
        "Service",
    ];
    // What ends a whole name: "the Clinton White House and State Department" are two.
    const NAME_ENDS: [&str; 14] = [
        "Army",
        "Bank",
        "Church",
        "Congress",
        "Court",
        "Government",
        "Group",
        "House",
        "Parliament",
        "Party",
        "Police",
        "Senate",
        "Union",
        "University",
    ];
    let Some(before) = j.checked_sub(so_far).and_then(|first| tokens.get(first..j)) else {
        return false;
    };
    let plain = |t: &Token<'_>| !t.is_acronym() && !lexicon::has(PLACES, t.text) && !HEADS.contains(&t.text);
    let whole = before.last().is_some_and(|t| NAME_ENDS.contains(&t.text));
    if before.is_empty() || whole || !before.iter().all(plain) {
        return false;
    }
    let name_word = |t: &&Token<'_>| t.spaced && t.is_capitalized() && !is_function_word(t);
    let (count, last) =
        tokens[j + 1..].iter().take(4).take_while(name_word).fold((0, None), |(n, _), t| (n + 1, Some(t)));
    // The body's head ends the words after "and", unless a name goes on past them.
    count < 4 && last.is_some_and(|t| HEADS.contains(&t.text))
}

/// ENT-1: the words on either side of "and" inside a name of a body or a firm that news
/// writes with it ("Securities and Exchange Commission", "Marks and Spencer"); elsewhere
/// "and" separates names ("Microsoft and Intel").
fn is_joined_by_and(before: &str, after: &str) -> bool {
    const PAIRS: [(&str, &str); 35] = [
        ("Abercrombie", "Fitch"),
        ("Alcohol", "Tobacco"),
        ("Arts", "Sciences"),
        ("Barnes", "Noble"),
        ("Black", "Decker"),
        ("Control", "Prevention"),
        ("Customs", "Excise"),
        ("Dolce", "Gabbana"),
        ("Education", "Skills"),
        ("Energy", "Climate"),
        ("Ernst", "Young"),
        ("Fish", "Wildlife"),
        ("Food", "Agriculture"),
        ("Food", "Drug"),
        ("Foreign", "Commonwealth"),
        ("Health", "Human"),
        ("Health", "Safety"),
        ("Housing", "Urban"),
        ("Immigration", "Customs"),
        ("Immigration", "Naturalization"),
        ("Industrial", "Commercial"),
        ("Marks", "Spencer"),
        ("operation", "Development"),
        ("Peace", "Security"),
        ("Procter", "Gamble"),
        ("Revenue", "Customs"),
        ("Rock", "Roll"),
        ("Science", "Technology"),
        ("Securities", "Exchange"),
        ("Simon", "Schuster"),
        ("Standard", "Poor's"),
        ("Tate", "Lyle"),
        ("Trade", "Development"),
        ("Trade", "Industry"),
        ("Work", "Pensions"),
    ];
    PAIRS.iter().any(|&(a, b)| a == before && b == after)
}

/// A part of a name written with a period: a middle initial, "St", "Mt", "Jr", "Bros"
/// ("Warner Bros. Television").
fn is_short_name_part(word: &str) -> bool {
    word.chars().count() == 1 || ["St", "Mt", "Ft", "Jr", "Sr", "Bros"].contains(&word)
}

/// ENT-4: whether a single word is a name on its own.
fn is_name_alone(t: &Token<'_>, evidence: &Evidence) -> bool {
    lexicon::with_lowercase(t.text, |lower| is_name_alone_lowercase(t, lower, evidence))
}

/// [`is_name_alone`] with the token's text lowercased.
fn is_name_alone_lowercase(t: &Token<'_>, lower: &str, evidence: &Evidence) -> bool {
    let plural_acronym = lower.strip_suffix('s').filter(|_| {
        let base = t.text.get(..t.text.len() - 1).unwrap_or("");
        base.chars().filter(|c| c.is_alphabetic()).count() >= 2 && base.chars().all(char::is_uppercase)
    });
    if plural_acronym.is_some_and(|base| lexicon::has(NON_NAME_ACRONYMS, base)) {
        return false; // "SUVs"
    }
    if t.is_acronym() {
        let keep = ["us", "who"].contains(&lower);
        let common = lexicon::has(NON_NAME_ACRONYMS, lower) || evidence.lowercases(t);
        return keep || !(common || is_stop_word(lower));
    }
    let pronoun = lower == "i" || lower.starts_with("i'") || lower.starts_with("i’");
    !(pronoun
        || evidence.nouns_capitalised
        || lexicon::number_word(lower).is_some()
        || is_stop_word(lower)
        || is_nationality(lower)
        || lexicon::has(NON_NAMES, lower)
        || lexicon::has(TITLES, lower)
        || (lexicon::has(TITLE_MODIFIERS, lower) && lower != "labour"))
}

/// ENT-4: a nationality after words of a region or other nationalities only: "South
/// Vietnamese", "Latin American", "Iranian Jews", "Puerto Rican".
fn is_regional_nationality(run: &[Token<'_>]) -> bool {
    // Also the first words of two-word countries' demonyms: "Puerto Rican", "Sri Lankan".
    const REGIONS: [&str; 15] = [
        "Central", "Costa", "East", "Eastern", "Far", "Latin", "Middle", "North", "Northern", "Puerto", "Sri", "South",
        "Southern", "West", "Western",
    ];
    let Some((last, before)) = run.split_last() else {
        return false;
    };
    let nationality = |t: &Token<'_>| lexicon::with_lowercase(t.text, is_nationality);
    !before.is_empty() && before.iter().all(|t| REGIONS.contains(&t.text) || nationality(t)) && nationality(last)
}

/// ENT-4: nationalities joined by hyphens, with combining forms or country acronyms:
/// "Anglo-Dutch", "Pan-European", "Sino-Japanese", "German-US".
fn is_nationality_compound(run: &[Token<'_>]) -> bool {
    const COMBINING: [&str; 12] =
        ["Afro", "Anglo", "Austro", "Euro", "Franco", "Greco", "Indo", "Italo", "Judeo", "Pan", "Russo", "Sino"];
    let nationality = |t: &Token<'_>| lexicon::with_lowercase(t.text, is_nationality);
    let part =
        |t: &Token<'_>| (t.is('-') && !t.spaced) || COMBINING.contains(&t.text) || t.is_acronym() || nationality(t);
    run.len() >= 3 && run.iter().all(part) && run.iter().any(|t| COMBINING.contains(&t.text) || nationality(t))
}

/// ENT-4: nationalities, religions and political groups: listed ones (also after a hyphen:
/// "African-Americans"), and longer words with a demonym's ending ("Malian", "Mauritanians",
/// "Congolese", "Islamist").
fn is_nationality(lower: &str) -> bool {
    let endings = ["ian", "ians", "ean", "eans", "ese", "ist", "ists", "ish"];
    let last = lower.rsplit('-').next().unwrap_or(lower); // "african-americans"
    lexicon::has(NORP, last) || (lower.chars().count() >= 6 && endings.iter().any(|e| lower.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::super::{test_facts as facts, FactKind};

    fn entities(text: &str) -> Vec<&str> {
        facts(text).into_iter().filter(|f| f.kind == FactKind::Entity).map(|f| f.text(text)).collect()
    }

    #[test]
    fn ent_1_capitalised_runs() {
        assert_eq!(
            entities("He left Amazon Web Services (AWS) for the Bank of England."),
            ["Amazon Web Services", "AWS", "Bank of England"]
        );
        assert_eq!(
            entities("He sold Procter & Gamble, AT&T and Coca-Cola shares."),
            ["Procter & Gamble", "AT&T", "Coca-Cola"]
        );
        assert_eq!(
            entities("He met George W. Bush in St. Louis and the U.S."),
            ["George W. Bush", "St. Louis", "U.S."]
        );
        assert_eq!(entities("It is Amazon’s and Jassy's plan."), ["Amazon", "Jassy"]);
    }

    #[test]
    fn ent_2_sentence_openings() {
        assert_eq!(entities("However, the Federal Reserve held rates."), ["Federal Reserve"]);
        assert_eq!(entities("Still, it grew. According to data, it grew."), Vec::<&str>::new());
        assert_eq!(entities("Jassy spoke. Then Andy Jassy left."), ["Jassy", "Andy Jassy"]);
        assert_eq!(entities("Andy Jassy spoke."), ["Andy Jassy"]);
        assert_eq!(
            entities("Microsoft, Meta and Intel cut. Worse, Meta fell."),
            ["Microsoft", "Meta", "Intel", "Meta"]
        );
        assert_eq!(entities("AWS grew. Police came."), ["AWS"]);
        assert_eq!(entities("Airlines paid. The airlines and Delta Airlines Group paid."), ["Delta Airlines Group"]);
        assert_eq!(entities("Air fares rose at International Air Transport."), ["International Air Transport"]);
        assert_eq!(entities("Senior staff left. Senior Amazon staff stayed."), ["Amazon"]);
    }

    #[test]
    fn ent_3_titles() {
        assert_eq!(entities("He met CEO Andy Jassy and Mr. Smith."), ["Andy Jassy", "Smith"]);
        assert_eq!(entities("He met Amazon CEO Andy Jassy."), ["Amazon", "Andy Jassy"]);
        assert_eq!(entities("Then Former Defense Secretary Jim Mattis spoke."), ["Jim Mattis"]);
        assert_eq!(entities("He called Secretary of State John Kerry."), ["John Kerry"]);
        assert_eq!(entities("He called British Prime Minister Theresa May."), ["Theresa May"]);
    }

    #[test]
    fn ent_4_not_names() {
        assert_eq!(entities("Many Americans and the CEO like AI on the Internet."), Vec::<&str>::new());
        assert_eq!(entities("It hit on Thursday in July, said the US and WHO."), ["US", "WHO"]);
    }
}
