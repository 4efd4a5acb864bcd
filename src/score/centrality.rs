//! SC-2 and SC-5: how central a sentence is to the article, from the content stems the
//! sentences share. Both work on the term–sentence incidences, never on all pairs of
//! sentences, so they stay linear in the text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::is_stop_term as is_stop_word;
use super::stems::Stems;
use super::Scored;
use crate::word_hash::WordHasher;
use crate::wordset::SortedWords;

/// One list of term ids per sentence, all in one buffer: for a long text of short sentences a
/// `Vec` per sentence costs more in headers and allocations than its ids.
#[derive(Default)]
pub(super) struct TermLists {
    ids: Vec<u32>,
    /// `ids[ends[i - 1]..ends[i]]` is sentence `i`'s list.
    ends: Vec<usize>,
}

impl TermLists {
    /// Appends the next sentence's list: `list` sorted and without repeats; leaves `list`
    /// empty.
    fn push(&mut self, list: &mut Vec<u32>) {
        list.sort_unstable();
        list.dedup();
        self.push_as_is(list);
    }

    /// Appends the next sentence's list as it is, for a list that is sorted later anyway;
    /// leaves `list` empty.
    fn push_as_is(&mut self, list: &mut Vec<u32>) {
        self.ids.extend_from_slice(list);
        self.ends.push(self.ids.len());
        list.clear();
    }

    /// Sentence `i`'s list (empty past the last).
    pub fn get(&self, i: usize) -> &[u32] {
        let start = i.checked_sub(1).map_or(0, |j| self.ends.get(j).copied().unwrap_or(self.ids.len()));
        let end = self.ends.get(i).copied().unwrap_or(start);
        &self.ids[start..end]
    }
}

/// How many content sentences use each stem id.
pub(super) fn sentence_counts(scored: &[Scored]) -> Vec<u32> {
    let mut sentence_count: Vec<u32> = Vec::new();
    for s in scored.iter().filter(|s| s.features.excluded.is_none()) {
        for &id in &s.terms {
            if id as usize >= sentence_count.len() {
                sentence_count.resize(id as usize + 1, 0);
            }
            sentence_count[id as usize] += 1;
        }
    }
    sentence_count
}

/// A content word's lowercased form, and whether its stem is a term too.
#[derive(Clone, Copy)]
struct Term {
    /// `false` for a word that is a term only as written (SC-9).
    stemmed: bool,
    form: u32,
}

/// Content-word ids (lowercased, in order of first use), with each word as written
/// remembered: an article repeats its words, so most occurrences cost one lookup instead of
/// lowercasing and a stop-word test. Stems come once every sentence is indexed
/// ([`TermIds::stem_ids`]).
pub(super) struct TermIds<'a> {
    /// Lowercased word → id.
    forms: HashMap<Cow<'a, str>, u32, BuildHasherDefault<WordHasher>>,
    /// Per form id, whether some occurrence of it is stemmed.
    stemmed: Vec<bool>,
    /// Word as written → its ids, or `None` for a stop word or a number.
    words: HashMap<&'a str, Option<Term>, BuildHasherDefault<WordHasher>>,
    lower: String,
    /// The lists of the sentence being indexed.
    stem_forms: Vec<u32>,
    form_ids: Vec<u32>,
    /// The ISO 639-1 code of the text's language (SC-10).
    language: &'static str,
    /// SC-10: the stop words of the text's language beyond English's.
    stops: Option<&'static SortedWords>,
}

impl<'a> TermIds<'a> {
    /// Empty tables, sized for the distinct words of a text of `text_len` bytes (about one
    /// in a dozen bytes starts a new word in an article), so that they seldom grow.
    pub fn for_text(text_len: usize, language: &'static str) -> Self {
        let words = (text_len / 12).clamp(16, 4096);
        TermIds {
            forms: table(words),
            stemmed: Vec::with_capacity(words),
            words: table(words),
            lower: String::new(),
            stem_forms: Vec::new(),
            form_ids: Vec::new(),
            language,
            stops: crate::stopwords::of_language(language),
        }
    }

    /// One pass over the words of `sentence`: its word count; its distinct content-word ids
    /// (lowercased, not stemmed: SC-5's words as written) go to `forms`, and those of them
    /// whose stems are terms (SC-2, SEL-3) to `stemmed`, unsorted and with repeats.
    pub fn index(&mut self, sentence: &'a str, forms: &mut TermLists, stemmed: &mut TermLists) -> usize {
        let (mut stem_forms, mut form_ids) = (std::mem::take(&mut self.stem_forms), std::mem::take(&mut self.form_ids));
        let mut words = 0;
        for word in crate::words::words(sentence) {
            words += 1;
            if let Some(Term { stemmed, form }) = self.of_word(word) {
                if stemmed {
                    stem_forms.push(form);
                }
                form_ids.push(form);
            }
        }
        forms.push(&mut form_ids);
        // Sorted once they are stem ids (`score`), not as form ids too.
        stemmed.push_as_is(&mut stem_forms);
        // Emptied, they keep their room for the next sentence.
        (self.stem_forms, self.form_ids) = (stem_forms, form_ids);
        words
    }

    /// The ids of `word`, or `None` when it is a stop word or a number.
    fn of_word(&mut self, word: &'a str) -> Option<Term> {
        if let Some(&term) = self.words.get(word) {
            return term;
        }
        let term = self.term(word);
        self.words.insert(word, term);
        term
    }

    fn term(&mut self, word: &'a str) -> Option<Term> {
        let lower = &mut self.lower;
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(crate::case::lower_chars));
        }
        let stop = match self.stops {
            None => is_stop_word(lower),
            Some(stops) => {
                let elided = lower.len() - crate::stopwords::without_elision(self.language, lower).len();
                lower.drain(..elided);
                is_stop_word(lower) || stops.contains(lower)
            }
        } && !is_acronym(word);
        // SC-9 is English's: another language's function words are no terms at all.
        let content_stop = self.stops.is_none() && super::is_content_stop(lower);
        if (stop && !content_stop) || lower.chars().all(|c| c.is_numeric()) {
            return None;
        }
        let form = match self.forms.get(lower.as_str()) {
            Some(&form) => form,
            None => {
                let form = self.forms.len() as u32;
                // Most words are written in lower case: those keys are borrowed from the text.
                let key = if *lower == word { Cow::Borrowed(word) } else { Cow::Owned(lower.clone()) };
                self.forms.insert(key, form);
                self.stemmed.push(false);
                form
            }
        };
        if !stop {
            self.stemmed[form as usize] = true;
        }
        Some(Term { stemmed: !stop, form })
    }

    /// SC-2: per form id, the id of its stem term (`u32::MAX` for a form that is never
    /// stemmed), handed out in order of first use. Forms are one term when they have the same
    /// Snowball stem, and a form of more than [`SHORT_FORM`] characters only with a stem that
    /// begins as the form does ([`stem_key`]; not "upping" → "up"). So a long form that
    /// begins like no other form shares no stem and is not stemmed: in an article most do
    /// not (seven in ten), and stemming was a quarter of the time of a summary.
    pub fn stem_ids(&self) -> Vec<u32> {
        let mut by_id = vec![""; self.forms.len()];
        for (form, &id) in &self.forms {
            by_id[id as usize] = form;
        }
        let stemmed = |id: usize| self.stemmed.get(id).copied().unwrap_or(false);
        Stems::with(|stems| {
            // Short forms are stemmed at once and counted under their stem's key.
            let short_stems: Vec<Option<u32>> = (0..by_id.len())
                .map(|id| (stemmed(id) && is_short(by_id[id])).then(|| stems.stem_number(by_id[id])))
                .collect();
            let keys: Vec<StemKey> = (0..by_id.len())
                .map(|id| short_stems[id].map_or_else(|| stem_key(by_id[id]), |stem| stem_key(stems.stem(stem))))
                .collect();
            // Whether another form has the same key (the table holds the first form of each key).
            let mut alike = vec![false; by_id.len()];
            let mut first_of_key: HashMap<StemKey, u32, BuildHasherDefault<WordHasher>> = table(by_id.len());
            for id in (0..by_id.len()).filter(|&id| stemmed(id)) {
                match first_of_key.get(&keys[id]) {
                    Some(&first) => (alike[id], alike[first as usize]) = (true, true),
                    None => {
                        first_of_key.insert(keys[id], id as u32);
                    }
                }
            }
            let mut ids = vec![u32::MAX; by_id.len()];
            let mut next = 0;
            for id in (0..by_id.len()).filter(|&id| stemmed(id)) {
                let stem = match short_stems[id] {
                    Some(stem) => Some(stem),
                    None if alike[id] => {
                        Some(stems.stem_number(by_id[id])).filter(|&stem| stem_key(stems.stem(stem)) == keys[id])
                    }
                    None => None,
                };
                ids[id] = stem.map_or(next, |stem| stems.term(stem, next));
                if ids[id] == next {
                    next += 1;
                }
            }
            ids
        })
    }
}

/// SC-2: a form of up to this many characters is always stemmed; a longer one only when
/// another form begins like it ([`stem_key`]).
const SHORT_FORM: usize = 5;

fn is_short(form: &str) -> bool {
    form.chars().nth(SHORT_FORM).is_none()
}

/// What a form begins with: its first three characters up to an apostrophe, with "y" read as
/// "i". Snowball keeps the start of a word and changes its end: it drops suffixes, replaces
/// one with another that begins with the same letter ("-ational" → "-ate"), turns a final
/// "y" into "i" ("crying" → "cri") and may add an "e" or drop a doubled letter. So a long
/// word begins like its stem unless little of it is left ("upping" → "up"); a short one
/// ("using" → "use", "dying" → "die") is keyed by its stem.
type StemKey = [char; 3];

fn stem_key(form: &str) -> StemKey {
    let mut key = ['\0'; 3];
    let chars = form.chars().take_while(|&c| c != '\'' && c != '’').map(|c| if c == 'y' { 'i' } else { c });
    for (slot, c) in key.iter_mut().zip(chars) {
        *slot = c;
    }
    key
}

fn table<K, V>(capacity: usize) -> HashMap<K, V, BuildHasherDefault<WordHasher>> {
    HashMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// SC-8 acronyms: a word of two or more letters written all in capitals ("US", "IT",
/// "WHO") is a name, not the function word it spells in lower case ("us", "it", "who"), so
/// it is a term like any other name.
fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// SC-2, first part: the sum, over a sentence's distinct stems, of ln(1 + the number of
/// *other* content sentences that share the stem).
pub(super) fn shared_terms(s: &Scored, sentence_count: &[u32]) -> f64 {
    if s.features.excluded.is_some() {
        return 0.0;
    }
    s.terms.iter().map(|&t| f64::from(sentence_count[t as usize].saturating_sub(1))).sum()
}

/// SC-2, second part: shared terms damped by the sentence's size, so long sentences do not win
/// by length alone (scaled afterwards so the most central sentence has 1).
pub(super) fn centrality(s: &Scored, damping: f64) -> f64 {
    if s.terms.is_empty() {
        return 0.0;
    }
    s.shared_terms / (s.terms.len() as f64).powf(damping)
}

/// SC-5: sentences with a distinct-stem count above this are counted at this size (a bound on
/// the work per shared stem; news sentences rarely come near it).
const SIZE_CAP: usize = 64;

/// SC-5: for every content sentence, the sum over the *other* content sentences of the Dice
/// coefficient of their term sets, 2·|A ∩ B| / (|A| + |B|): the weighted degree of the
/// sentence in the TextRank graph (whose PageRank, on an undirected graph, follows the degree).
/// `terms(i)` is sentence `i`'s set of distinct term ids, sorted.
///
/// Computed term by term rather than pair by pair: Σ_B 2|A∩B|/(|A|+|B|) = Σ_{t∈A} Σ_{B∋t}
/// 2/(|A|+|B|), and the inner sum only needs how many sentences of each size hold `t`. So each
/// term keeps a histogram of sizes (at most [`SIZE_CAP`] bins), and the work is at most
/// `SIZE_CAP` per term occurrence: linear in the text.
pub(super) fn dice_degrees<'a>(scored: &[Scored], terms: impl Fn(usize) -> &'a [u32] + Copy) -> Vec<f64> {
    let content = |i: usize| scored[i].features.excluded.is_none() && !terms(i).is_empty();
    let histograms = size_histograms((0..scored.len()).filter(move |&i| content(i)).map(terms));
    (0..scored.len())
        .map(|i| {
            if !content(i) {
                return 0.0;
            }
            let a = terms(i).len().min(SIZE_CAP) as f64;
            let all: f64 = terms(i).iter().map(|&t| histograms.dice_sum(t, a)).sum();
            // The sentence itself is in every one of its terms' histograms.
            (all - terms(i).len() as f64 * 2.0 / (a + a)).max(0.0)
        })
        .collect()
}

/// Per stem, how many content sentences of each (capped) size hold it, as runs of
/// `(size, count)`, stored flat with each stem's range in `starts`.
struct SizeHistograms {
    starts: Vec<usize>,
    runs: Vec<(u32, u32)>,
}

impl SizeHistograms {
    /// Σ over the sentences that hold stem `t` of 2 / (a + their size).
    fn dice_sum(&self, t: u32, a: f64) -> f64 {
        let (Some(&from), Some(&to)) = (self.starts.get(t as usize), self.starts.get(t as usize + 1)) else {
            return 0.0;
        };
        self.runs[from..to].iter().map(|&(b, count)| 2.0 * f64::from(count) / (a + f64::from(b))).sum()
    }
}

/// Groups the (stem, capped size) incidences of `sentences` by stem (a counting sort), then
/// each stem's sizes into runs.
fn size_histograms<'a>(sentences: impl Iterator<Item = &'a [u32]> + Clone) -> SizeHistograms {
    let vocabulary = sentences.clone().flatten().max().map_or(0, |&t| t as usize + 1);
    let mut offsets = vec![0usize; vocabulary + 1];
    sentences.clone().flatten().for_each(|&t| offsets[t as usize + 1] += 1);
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let mut sizes = vec![0u32; offsets[vocabulary]];
    let mut fill = offsets.clone();
    for s in sentences {
        let size = s.len().min(SIZE_CAP) as u32;
        for &t in s {
            sizes[fill[t as usize]] = size;
            fill[t as usize] += 1;
        }
    }
    let mut starts = Vec::with_capacity(vocabulary + 1);
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for t in 0..vocabulary {
        starts.push(runs.len());
        let of_stem = &mut sizes[offsets[t]..offsets[t + 1]];
        of_stem.sort_unstable();
        let first = runs.len();
        for &size in of_stem.iter() {
            match runs.get_mut(first..).and_then(|open| open.last_mut()) {
                Some((last, count)) if *last == size => *count += 1,
                _ => runs.push((size, 1)),
            }
        }
    }
    starts.push(runs.len());
    SizeHistograms { starts, runs }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(terms: &[u32]) -> Scored {
        Scored { terms: terms.to_vec(), ..Scored::default() }
    }

    fn degrees(scored: &[Scored]) -> Vec<f64> {
        dice_degrees(scored, |i| scored[i].terms.as_slice())
    }

    #[test]
    fn term_lists_keep_each_sentence_apart() {
        let mut lists = super::TermLists::default();
        for list in [vec![3, 1, 3], vec![], vec![2]] {
            lists.push(&mut list.clone());
        }
        assert_eq!([lists.get(0), lists.get(1), lists.get(2), lists.get(3)], [&[1, 3][..], &[], &[2], &[]]);
    }

    /// The pairwise definition, for comparison.
    fn brute_force(scored: &[Scored]) -> Vec<f64> {
        let dice = |a: &[u32], b: &[u32]| {
            let shared = a.iter().filter(|t| b.contains(t)).count() as f64;
            2.0 * shared / (a.len() + b.len()) as f64
        };
        (0..scored.len())
            .map(|i| {
                (0..scored.len())
                    .filter(|&j| j != i && !scored[j].terms.is_empty() && !scored[i].terms.is_empty())
                    .map(|j| dice(&scored[i].terms, &scored[j].terms))
                    .sum()
            })
            .collect()
    }

    #[test]
    fn acronyms_in_capitals_are_terms() {
        for word in ["US", "IT", "WHO", "UK"] {
            assert!(is_acronym(word), "{word}");
        }
        for word in ["us", "Us", "U", "It", "who"] {
            assert!(!is_acronym(word), "{word}");
        }
    }

    #[test]
    fn dice_degrees_match_the_pairwise_sums() {
        let scored = vec![
            sentence(&[0, 1, 2]),
            sentence(&[1, 2, 3, 4]),
            sentence(&[]),
            sentence(&[4, 5]),
            sentence(&[0, 4, 6, 7, 8]),
        ];
        for (fast, slow) in degrees(&scored).iter().zip(brute_force(&scored)) {
            assert!((fast - slow).abs() < 1e-12, "{fast} {slow}");
        }
    }

    #[test]
    fn dice_degrees_skip_excluded_sentences() {
        let mut scored = vec![sentence(&[0, 1]), sentence(&[0, 1]), sentence(&[0, 1])];
        scored[2].features.excluded = Some(super::super::Excluded::Heading);
        assert_eq!(degrees(&scored), vec![1.0, 1.0, 0.0]);
    }

    #[test]
    fn dice_degrees_stay_finite_past_the_size_cap() {
        let long: Vec<u32> = (0..200).collect();
        let scored = vec![sentence(&long), sentence(&long[..3]), sentence(&long)];
        assert!(degrees(&scored).iter().all(|d| d.is_finite() && *d >= 0.0));
    }

    /// The stem ids of every stemmed form of `text`, next to the classes that stemming every
    /// form gives under the same rule: both as the partition of the forms they make.
    fn stem_classes(text: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let mut ids = TermIds::for_text(text.len(), "en");
        let (mut forms, mut stemmed) = (TermLists::default(), TermLists::default());
        ids.index(text, &mut forms, &mut stemmed);
        let mut by_id = vec![String::new(); ids.forms.len()];
        for (form, &id) in &ids.forms {
            by_id[id as usize] = form.to_string();
        }
        let shortcut = ids.stem_ids();
        let classes = |class_of: &dyn Fn(usize) -> String| {
            let mut classes: HashMap<String, Vec<String>> = HashMap::new();
            for &id in stemmed.get(0) {
                classes.entry(class_of(id as usize)).or_default().push(by_id[id as usize].clone());
            }
            let mut classes: Vec<Vec<String>> = classes.into_values().collect();
            classes.iter_mut().for_each(|c| c.sort());
            classes.sort();
            classes
        };
        let by_rule = |id: usize| {
            let form = &by_id[id];
            let stem = Stems::with(|stems| {
                let number = stems.stem_number(form);
                stems.stem(number).to_string()
            });
            let begins_alike = is_short(form) || stem_key(&stem) == stem_key(form);
            if begins_alike {
                stem
            } else {
                format!("{form} alone")
            }
        };
        (classes(&|id| shortcut[id].to_string()), classes(&by_rule))
    }

    #[test]
    fn stemming_only_forms_that_begin_alike_gives_the_same_terms() {
        let texts = [
            "using use used uses user dying die died lying lie tying tie crying cry cries cried skies sky",
            "national nation nationally nationalities rational ration adding added add upped upping up",
            "awfully awful awe Amazon's Amazon amazing amazed NEW new news newsroom café cafés naïve",
            "generously generous generate generation general generally gently gentle gentleness singly single",
            "running runs ran runner universe university universities production product products productive",
        ];
        for text in texts {
            let (shortcut, every) = stem_classes(text);
            assert_eq!(shortcut, every, "{text}");
            assert!(shortcut.iter().any(|class| class.len() > 1), "{text}");
        }
    }

    #[test]
    fn stem_keys_read_y_as_i_and_stop_at_an_apostrophe() {
        assert_eq!(stem_key("crying"), stem_key("cri"));
        assert_eq!(stem_key("it's"), ['i', 't', '\0']);
        assert_eq!(stem_key("a"), ['a', '\0', '\0']);
        assert_eq!(stem_key(""), ['\0'; 3]);
        assert_eq!(stem_key("éty"), ['é', 't', 'i']);
    }

    /// Word-like strings: a root of one to six letters and a suffix Snowball removes or
    /// replaces, so that many of them share stems in the ways real words do.
    fn word_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        const SUFFIXES: &[&str] = &[
            "", "s", "es", "e", "ed", "ing", "ingly", "edly", "ly", "ful", "fully", "ness", "ation", "ational", "ies",
            "ied", "y", "er", "ement", "ity", "ize", "ization", "ous", "ive", "al", "able", "ion", "'s",
        ];
        ("[a-z]{1,6}", proptest::sample::select(SUFFIXES)).prop_map(|(root, suffix)| root + suffix)
    }

    proptest::proptest! {
        #[test]
        fn stem_shortcut_matches_stemming_every_form(
            words in proptest::collection::vec(word_like(), 1..40),
        ) {
            let text = words.join(" ");
            let (shortcut, every) = stem_classes(&text);
            proptest::prop_assert_eq!(shortcut, every, "{}", text);
        }
    }
}
