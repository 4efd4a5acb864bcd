//! English function words that carry no topic: they are left out of centrality and of the
//! near-duplicate test. Sorted, so membership is a [`WordSet`] lookup.

use crate::wordset::{word_set, WordSet};

#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an", "and",
    "another", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "even", "ever", "every", "few", "for", "from", "further", "get", "got", "had",
    "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less",
    "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my",
    "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
    "other", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "s", "said", "same",
    "say", "says", "she", "should", "since", "so", "some", "still", "such", "t", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was",
    "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
    "yourselves",
];

const STOP_SET: &WordSet = word_set!(STOP_WORDS);

/// Whether `word` (lowercase) is an English stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains_lowercase(word)
}

/// Whether `word`, in any case, is an English stop word.
pub fn is_stop_word_any_case(word: &str) -> bool {
    if word.is_ascii() {
        STOP_SET.contains_ignoring_ascii_case(word)
    } else {
        // Beyond ASCII a letter may lower-case into ASCII (the Kelvin sign into "k").
        is_stop_word(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted_and_unique() {
        assert!(super::STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
