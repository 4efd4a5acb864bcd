//! SC-2 and SC-5: how central a sentence is to the article, from the content stems the
//! sentences share. Both work on the term–sentence incidences, never on all pairs of
//! sentences, so they stay linear in the text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use rust_stemmers::{Algorithm, Stemmer};

use super::is_stop_term as is_stop_word;
use super::Scored;
use crate::fnv::Fnv;

/// One list of term ids per sentence, all in one buffer: for a long text of short sentences a
/// `Vec` per sentence costs more in headers and allocations than its ids.
#[derive(Default)]
pub(super) struct TermLists {
    ids: Vec<u32>,
    /// `ids[ends[i - 1]..ends[i]]` is sentence `i`'s list.
    ends: Vec<usize>,
}

impl TermLists {
    /// Appends the next sentence's list: `list` sorted and without repeats.
    fn push(&mut self, list: &mut Vec<u32>) {
        list.sort_unstable();
        list.dedup();
        self.ids.extend_from_slice(list);
        self.ends.push(self.ids.len());
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

/// A content word's ids: of its stem, and of its lowercased form.
#[derive(Clone, Copy)]
struct Term {
    /// `None` for a word that is a term only as written (SC-9).
    stem: Option<u32>,
    form: u32,
}

/// Content-stem and content-word ids, handed out in order of first use, with each word as
/// written remembered: an article repeats its words, so most occurrences cost one lookup
/// instead of lowercasing, a stop-word test and stemming.
pub(super) struct TermIds<'a> {
    stemmer: Stemmer,
    /// Stem → id.
    stems: HashMap<Cow<'a, str>, u32, BuildHasherDefault<Fnv>>,
    /// Lowercased word → id.
    forms: HashMap<Cow<'a, str>, u32, BuildHasherDefault<Fnv>>,
    /// Word as written → its ids, or `None` for a stop word or a number.
    words: HashMap<&'a str, Option<Term>, BuildHasherDefault<Fnv>>,
    lower: String,
}

impl<'a> TermIds<'a> {
    /// Empty tables, sized for the distinct words of a text of `text_len` bytes (about one
    /// in a dozen bytes starts a new word in an article), so that they seldom grow.
    pub fn for_text(text_len: usize) -> Self {
        let words = (text_len / 12).clamp(16, 4096);
        let stemmer = Stemmer::create(Algorithm::English);
        TermIds { stemmer, stems: table(words), forms: table(words), words: table(words), lower: String::new() }
    }

    /// One pass over the words of `sentence`: its word count and its distinct content-stem
    /// ids, sorted (SC-2, SEL-3); its distinct content-word ids, lowercased but not stemmed
    /// (SC-5), go to `forms`.
    pub fn index(&mut self, sentence: &'a str, forms: &mut TermLists) -> (usize, Vec<u32>) {
        let (mut words, mut stems, mut form_ids) = (0, Vec::new(), Vec::new());
        for word in crate::words::words(sentence) {
            words += 1;
            if let Some(Term { stem, form }) = self.of_word(word) {
                stems.extend(stem);
                form_ids.push(form);
            }
        }
        stems.sort_unstable();
        stems.dedup();
        forms.push(&mut form_ids);
        (words, stems)
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
        lower.extend(word.chars().flat_map(char::to_lowercase));
        let stop = is_stop_word(lower) && !is_acronym(word);
        if (stop && !super::is_content_stop(lower)) || lower.chars().all(|c| c.is_numeric()) {
            return None;
        }
        // Most words are written in lower case and many are their own stem: those keys are
        // borrowed from the text, not copied.
        let own = |s: &str| if s == word { Cow::Borrowed(word) } else { Cow::Owned(s.to_owned()) };
        let form = match self.forms.get(lower.as_str()) {
            Some(&form) => form,
            None => {
                let form = self.forms.len() as u32;
                self.forms.insert(own(lower), form);
                form
            }
        };
        if stop {
            return Some(Term { stem: None, form });
        }
        let stemmed = self.stemmer.stem(lower);
        let stem = match self.stems.get(stemmed.as_ref()) {
            Some(&stem) => stem,
            None => {
                let stem = self.stems.len() as u32;
                self.stems.insert(own(&stemmed), stem);
                stem
            }
        };
        Some(Term { stem: Some(stem), form })
    }
}

fn table<K, V>(capacity: usize) -> HashMap<K, V, BuildHasherDefault<Fnv>> {
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
}
