//! A sorted, lower-case word list packed into bytes, with filters in front: for each first
//! letter, a bit mask of the word lengths present, and for each first letter and length, a bit
//! mask of the second letters present, so most words are rejected without a comparison; the
//! rest compare against the words of their own first letter and length only.
//!
//! The words are packed at compile time: per first letter, one group per length (its length
//! byte, its word count, in larger groups a mask of second letters, then its words back to
//! back). One small byte string per list instead of a table of string pointers, which in
//! WebAssembly costs more than the words themselves. Declare a set with [`word_set!`].
//!
//! [`SortedWords`] packs words of any script (each as its length byte, then its bytes), with a
//! two-byte offset per word for a binary search (instead of eight bytes of pointer and
//! length); declare one with [`sorted_words!`].

/// A set of ASCII words, lower case and sorted.
pub(crate) struct WordSet {
    /// Per first letter, its words grouped by length in increasing order: each group is its
    /// header, then its words (see [`pack_groups`]).
    packed: &'static [u8],
    /// Bit `n` of `lengths[letter]` is set when a word of `n` bytes (up to 31) starts with
    /// `letter`; bit 31 stands for every longer word.
    lengths: [u32; 26],
    /// The groups of the words starting with letter `l` are `packed[starts[l]..starts[l + 1]]`.
    starts: [u16; 27],
    #[cfg(test)]
    words: &'static [&'static str],
}

/// `word_set!(&["a", "b", …])`: a `&'static WordSet` of the words, which must be sorted, lower
/// case and start with a letter `a`–`z`. The list itself is used only at compile time.
macro_rules! word_set {
    ($words:expr) => {{
        const WORDS: &[&str] = $words;
        const PACKED: [u8; $crate::wordset::grouped_len(WORDS)] = $crate::wordset::pack_groups(WORDS);
        &$crate::wordset::WordSet::new(WORDS, &PACKED)
    }};
}
pub(crate) use word_set;

/// The bytes [`pack`] needs for `words`.
pub(crate) const fn packed_len(words: &[&str]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < words.len() {
        len += 1 + words[i].len();
        i += 1;
    }
    len
}

/// `words`, each as its length byte followed by its bytes.
pub(crate) const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < words.len() {
        let bytes = words[i].as_bytes();
        assert!(bytes.len() < 256, "a word of the list is too long");
        out[at] = bytes.len() as u8;
        at = copy_word(&mut out, at + 1, bytes);
        i += 1;
    }
    out
}

/// Copies `bytes` into `out` at `at`; returns where they end.
const fn copy_word<const N: usize>(out: &mut [u8; N], at: usize, bytes: &[u8]) -> usize {
    let mut j = 0;
    while j < bytes.len() {
        out[at + j] = bytes[j];
        j += 1;
    }
    at + bytes.len()
}

/// The first letter of a word of a [`WordSet`], 0 for `a` … 25 for `z`.
const fn letter_of(word: &str) -> usize {
    let bytes = word.as_bytes();
    assert!(!bytes.is_empty() && bytes[0].is_ascii_lowercase(), "a word of the set must start with a-z");
    assert!(bytes.len() < 256, "a word of the set is too long");
    (bytes[0] - b'a') as usize
}

/// 0 for `a` or `A` … 25 for `z` or `Z`; `None` for any other byte.
fn letter_index(byte: u8) -> Option<usize> {
    let lower = byte.to_ascii_lowercase();
    lower.is_ascii_lowercase().then(|| usize::from(lower - b'a'))
}

/// The words of `words` (sorted) that start with `letter`: `first..end`.
const fn letter_range(words: &[&str], letter: usize) -> (usize, usize) {
    let mut first = 0;
    while first < words.len() && letter_of(words[first]) < letter {
        first += 1;
    }
    let mut end = first;
    while end < words.len() && letter_of(words[end]) == letter {
        end += 1;
    }
    (first, end)
}

/// How many of `words[first..end]` are `len` bytes long.
const fn count_of_length(words: &[&str], first: usize, end: usize, len: usize) -> usize {
    let (mut count, mut i) = (0, first);
    while i < end {
        if words[i].len() == len {
            count += 1;
        }
        i += 1;
    }
    count
}

/// A group's header: its word length, its word count, and for a group of [`MASKED_GROUP`] words
/// or more the bit mask of its words' second letters ([`second_letter_bit`]), which turns most
/// words away before any comparison (a smaller group compares as fast without one).
const fn group_header(count: usize) -> usize {
    if count >= MASKED_GROUP {
        6
    } else {
        2
    }
}

/// The fewest words of a group with a mask of second letters.
const MASKED_GROUP: usize = 3;

/// The bit of a word's second byte in a group's mask: one per letter in any ASCII case, one
/// for every other byte, one for a word of a single letter.
const fn second_letter_bit(second: Option<u8>) -> u32 {
    match second {
        Some(b) if b.is_ascii_alphabetic() => 1 << (b.to_ascii_lowercase() - b'a'),
        Some(_) => 1 << 26,
        None => 1 << 27,
    }
}

/// The mask of the second letters of the words of `words[first..end]` that are `size` long.
const fn second_letters(words: &[&str], first: usize, end: usize, size: usize) -> u32 {
    let (mut mask, mut i) = (0, first);
    while i < end {
        let bytes = words[i].as_bytes();
        if bytes.len() == size {
            mask |= second_letter_bit(if bytes.len() > 1 { Some(bytes[1]) } else { None });
        }
        i += 1;
    }
    mask
}

/// The bytes [`pack_groups`] needs for `words`: the words, and a header per group.
pub(crate) const fn grouped_len(words: &[&str]) -> usize {
    let (mut len, mut letter) = (0, 0);
    while letter < 26 {
        len += letter_bytes(words, letter);
        letter += 1;
    }
    len
}

/// The bytes [`pack_groups`] needs for the words of `words` that start with `letter`.
const fn letter_bytes(words: &[&str], letter: usize) -> usize {
    let (first, end) = letter_range(words, letter);
    let (mut len, mut size) = (0, 1);
    while size < 256 {
        let count = count_of_length(words, first, end, size);
        if count > 0 {
            len += group_header(count) + count * size;
        }
        size += 1;
    }
    len
}

/// `words` (sorted, each starting with `a`–`z`) grouped per first letter and, within it, per
/// length, shortest first: a group is its header ([`group_header`]), then its words.
pub(crate) const fn pack_groups<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut letter = 0;
    while letter < 26 {
        let (first, end) = letter_range(words, letter);
        let mut size = 1;
        while size < 256 {
            let count = count_of_length(words, first, end, size);
            if count > 0 {
                assert!(count < 256, "too many words of one letter and length");
                out[at] = size as u8;
                out[at + 1] = count as u8;
                let mask = second_letters(words, first, end, size).to_le_bytes();
                let mut k = 0;
                while count >= MASKED_GROUP && k < 4 {
                    out[at + 2 + k] = mask[k];
                    k += 1;
                }
                at += group_header(count);
                let mut i = first;
                while i < end {
                    if words[i].len() == size {
                        at = copy_word(&mut out, at, words[i].as_bytes());
                    }
                    i += 1;
                }
            }
            size += 1;
        }
        letter += 1;
    }
    assert!(at == N, "the packed length is wrong");
    out
}

/// Whether `a` sorts strictly before `b`, byte by byte (as `str`'s `Ord`).
const fn is_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

impl WordSet {
    /// The set of `words`, packed by [`pack_groups`] into `packed` (use [`word_set!`]).
    pub const fn new(words: &'static [&'static str], packed: &'static [u8]) -> Self {
        assert!(packed.len() < 1 << 16, "the set is too large");
        let mut lengths = [0u32; 26];
        let mut starts = [0u16; 27];
        let mut i = 0;
        while i < words.len() {
            let letter = letter_of(words[i]);
            // Sorted and without repeats, as the list's declaration promises (checked in full here,
            // at compile time, for every set).
            assert!(i == 0 || is_before(words[i - 1], words[i]), "the words of a set must be sorted");
            lengths[letter] |= length_bit(words[i].len());
            i += 1;
        }
        let mut letter = 0;
        while letter < 26 {
            starts[letter + 1] = starts[letter] + letter_bytes(words, letter) as u16;
            letter += 1;
        }
        #[cfg(not(test))]
        let set = WordSet { packed, lengths, starts };
        #[cfg(test)]
        let set = WordSet { packed, lengths, starts, words };
        set
    }

    /// Whether the set holds `word` (already lower case).
    pub fn contains_lowercase(&self, word: &str) -> bool {
        self.find(word.as_bytes(), |stored, word| stored == word)
    }

    /// Whether the set holds `word` in any ASCII case: compared in place, with no lower-case
    /// copy, so the many words the filter rejects cost a table lookup and nothing more.
    pub fn contains_ignoring_ascii_case(&self, word: &str) -> bool {
        self.find(word.as_bytes(), <[u8]>::eq_ignore_ascii_case)
    }

    /// Whether a word of the set equals `word` by `same` (which gets the stored word first),
    /// looking only at the stored words of `word`'s first letter and length.
    fn find(&self, word: &[u8], same: impl Fn(&[u8], &[u8]) -> bool) -> bool {
        let Some(letter) = word.first().and_then(|&b| letter_index(b)) else {
            return false;
        };
        if self.lengths[letter] & length_bit(word.len()) == 0 {
            return false;
        }
        let groups =
            self.packed.get(self.starts[letter] as usize..self.starts[letter + 1] as usize).unwrap_or_default();
        let mut at = 0;
        while let (Some(&len), Some(&count)) = (groups.get(at), groups.get(at + 1)) {
            let (len, count) = (usize::from(len), usize::from(count));
            let (header, size) = (group_header(count), len * count);
            if len == word.len() {
                let mask = groups.get(at + 2..at + header).and_then(|m| m.try_into().ok()).map(u32::from_le_bytes);
                if mask.is_some_and(|mask| mask & second_letter_bit(word.get(1).copied()) == 0) {
                    return false;
                }
                let group = groups.get(at + header..at + header + size).unwrap_or_default();
                return group.chunks_exact(len).any(|stored| same(stored, word));
            }
            if len > word.len() {
                return false;
            }
            at += header + size;
        }
        false
    }

    /// The words, in order.
    #[cfg(test)]
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// A sorted list of lowercase words in any script, packed as [`pack`] does, with the offset of
/// each word in the packed bytes: found by binary search, in the order of `str`'s `Ord`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SortedWords {
    packed: &'static [u8],
    starts: &'static [u16],
    /// The byte length of the longest word: a longer one is not looked up.
    longest: usize,
}

/// `sorted_words!(&["a", "b", …])`: a [`SortedWords`] of the words, which must be sorted (as
/// `str`s) and under 64 KB in all. The list itself is used only at compile time.
macro_rules! sorted_words {
    ($words:expr) => {{
        const WORDS: &[&str] = $words;
        const PACKED: [u8; $crate::wordset::packed_len(WORDS)] = $crate::wordset::pack(WORDS);
        const STARTS: [u16; WORDS.len()] = $crate::wordset::starts(WORDS);
        $crate::wordset::SortedWords::new(&PACKED, &STARTS, $crate::wordset::longest(WORDS))
    }};
}
pub(crate) use sorted_words;

/// Where each of `words` starts in what [`pack`] makes of them.
pub(crate) const fn starts<const N: usize>(words: &[&str]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        assert!(at < 1 << 16, "the list is too long");
        out[i] = at as u16;
        at += 1 + words[i].len();
        i += 1;
    }
    out
}

/// The byte length of the longest of `words`.
pub(crate) const fn longest(words: &[&str]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > longest {
            longest = words[i].len();
        }
        i += 1;
    }
    longest
}

impl SortedWords {
    /// The words packed by [`pack`] into `packed`, starting at `starts`, the longest of them
    /// `longest` bytes (use [`sorted_words!`]).
    pub const fn new(packed: &'static [u8], starts: &'static [u16], longest: usize) -> Self {
        SortedWords { packed, starts, longest }
    }

    /// The byte length of the longest word in the list.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The index of `word` in the list, if it is there.
    pub fn position(&self, word: &str) -> Option<usize> {
        self.starts.binary_search_by(|&at| self.word(at).cmp(word.as_bytes())).ok()
    }

    /// Whether the list holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// The bytes of the word that starts at `at`.
    fn word(&self, at: u16) -> &'static [u8] {
        let at = usize::from(at);
        let len = self.packed.get(at).map_or(0, |&len| usize::from(len));
        self.packed.get(at + 1..at + 1 + len).unwrap_or_default()
    }

    /// The words, in order.
    #[cfg(test)]
    pub fn words(&self) -> Vec<&'static str> {
        self.starts.iter().map(|&at| std::str::from_utf8(self.word(at)).unwrap()).collect()
    }
}

const fn length_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn finds_exactly_its_words() {
        const SET: &WordSet = word_set!(&["ab", "abc", "b", "international-organisations", "zz"]);
        for word in ["ab", "abc", "b", "international-organisations", "zz"] {
            assert!(SET.contains_lowercase(word));
        }
        for word in ["", "a", "abcd", "c", "Ab", "1", "é", "international-organisation", "z", "{"] {
            assert!(!SET.contains_lowercase(word));
        }
        for word in ["AB", "Abc", "B", "International-Organisations", "zZ"] {
            assert!(SET.contains_ignoring_ascii_case(word) && !SET.contains_lowercase(word));
        }
        for word in ["", "A", "ABCD", "C", "é", "Ä", "{", "@b"] {
            assert!(!SET.contains_ignoring_ascii_case(word));
        }
    }

    #[test]
    fn finds_words_in_groups_of_one_letter_and_length() {
        const LIST: &[&str] = &["a", "an", "and", "any", "are", "as", "at", "bar", "bat", "be", "zoo"];
        const SET: &WordSet = word_set!(LIST);
        for word in LIST {
            assert!(SET.contains_lowercase(word) && SET.contains_ignoring_ascii_case(&word.to_uppercase()), "{word}");
        }
        for word in ["ab", "ana", "anz", "ar", "ba", "bas", "bet", "zo", "zoos", "b"] {
            assert!(!SET.contains_lowercase(word) && !SET.contains_ignoring_ascii_case(word), "{word}");
        }
    }

    #[test]
    fn sorted_words_finds_exactly_its_words() {
        const LIST: &[&str] = &["", "a", "ab", "b", "été", "ζ", "я"];
        let list = sorted_words!(LIST);
        assert_eq!(list.words(), LIST);
        for (i, word) in LIST.iter().enumerate() {
            assert_eq!(list.position(word), Some(i));
        }
        for word in ["A", "aa", "abc", "c", "ét", "я.", "\u{10FFFF}"] {
            assert!(!list.contains(word));
        }
        assert!(!sorted_words!(&[]).contains(""));
    }
}
