//! English verbs, told without a dictionary: a short list of frequent verbs and auxiliaries,
//! and the ending "-ed". Headlines keep a verb of the main clause (HL-3 in `select`), and a
//! short sentence without one announces rather than says (SC-4 in `score`).

use crate::wordset::{word_set, WordSet};

/// Whether `word` is most likely a verb: a form of a frequent verb or auxiliary, a
/// negated auxiliary ("didn't"), or a word ending in "-ed" that is no noun or adjective.
pub(crate) fn is_verb(word: &str) -> bool {
    if word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let ascii = word.is_ascii();
    ascii && VERBS.contains_lowercase(word)
        || word.ends_with("n't")
        || word.ends_with("n’t")
        || ascii && word.len() >= 4 && word.ends_with("ed") && !NOT_VERBS.contains_lowercase(word)
}

/// Whether `text` holds a word that [`is_verb`].
pub(crate) fn has_verb(text: &str) -> bool {
    crate::words::words(text).any(is_verb)
}

/// Frequent verbs whose forms do not end in "-ed", auxiliaries and modals, as news
/// writes them.
#[rustfmt::skip]
const VERBS: &WordSet = word_set!(&[
    "am", "are", "ate", "be", "bears", "beat", "beats", "became", "becomes", "been", "began",
    "begins", "being", "bought", "brings", "brought", "builds", "built", "buys", "calls", "came",
    "can", "caught", "chose", "claims", "comes", "could", "cuts", "dies", "does", "drew", "drove",
    "ends", "faces", "falls", "feels", "fell", "felt", "finds", "fled", "flew", "fought", "found",
    "gave", "gets", "gives", "goes", "got", "grew", "had", "has", "have", "heard", "held", "hid",
    "hit", "hits", "holds", "hopes", "is", "keeps", "kept", "knew", "knows", "laid", "lays",
    "leads", "leaves", "led", "left", "lets", "looks", "loses", "lost", "made", "makes", "may",
    "means", "meets", "met", "might", "must", "needs", "opens", "paid", "pays", "plans", "put",
    "puts", "quit", "ran", "reaches", "rises", "rose", "runs", "said", "sank", "saw", "say",
    "says", "seeks", "sees", "sells", "sent", "sets", "shall", "shot", "should", "shows", "shut",
    "sold", "sought", "spent", "spoke", "stands", "stole", "stood", "struck", "takes", "taught",
    "tell", "tells", "thinks", "threw", "told", "took", "tries", "turns", "urges", "wants",
    "warns", "was", "went", "were", "will", "wins", "won", "wore", "would", "wrote",
]);

/// Words ending in "-ed" that are seldom verbs.
#[rustfmt::skip]
const NOT_VERBS: &WordSet = word_set!(&[
    "aged", "bleed", "breed", "creed", "deed", "embed", "exceed", "feed", "freed", "greed", "heed",
    "hundred", "hundreds", "indeed", "infrared", "kindred", "need", "proceed", "reed", "seed",
    "shed", "sled", "speed", "steed", "succeed", "tweed", "weed",
]);
