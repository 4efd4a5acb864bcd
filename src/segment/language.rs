//! Language profiles (SEG-17) and a cheap detector (SEG-18): the script of the first letters,
//! then, for Latin and Cyrillic text, a count of a few very common words.

use super::abbreviations;
use crate::wordset::{sorted_words, SortedWords};

/// How an abbreviation behaves before a word that could start a sentence (SEG-11, SEG-13).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Stands before a name ("Mr.", "Dr.", "St."): never ends a sentence before a capital.
    Title,
    /// Stands before a number ("No. 5", "p. 55"): no boundary before a token with a digit.
    Number,
    /// A time or era ("a.m.", "B.C."): ends a sentence before a capital unless the sentence
    /// opened with a fronted time phrase ("At 5 a.m. Mr. Smith left").
    Time,
    /// A unit ("lb.", "ft.", "hrs."): after a number it ends a sentence before a capital;
    /// elsewhere it is general.
    Unit,
    /// An academic degree ("Ph.D.", "M.D."), which closes a name: ends a sentence before
    /// any capitalised word.
    Final,
    /// Anything else ("Inc.", "U.S.", "etc."): ends a sentence only before a sentence starter.
    General,
}

/// A sorted abbreviation table packed at compile time ([`SortedWords`]): the abbreviations
/// and the class of each.
#[derive(Debug)]
pub(crate) struct Abbreviations {
    words: SortedWords,
    classes: &'static [Abbreviation],
}

/// `abbreviations!(TABLE)`: the [`Abbreviations`] of a sorted `&[(&str, Abbreviation)]`,
/// which is used only at compile time.
macro_rules! abbreviations {
    ($entries:expr) => {{
        const ENTRIES: &[(&str, Abbreviation)] = $entries;
        const KEYS: [&str; ENTRIES.len()] = keys(ENTRIES);
        const CLASSES: [Abbreviation; ENTRIES.len()] = classes(ENTRIES);
        Abbreviations { words: sorted_words!(&KEYS), classes: &CLASSES }
    }};
}

const fn keys<const N: usize>(entries: &[(&'static str, Abbreviation)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = entries[i].0;
        i += 1;
    }
    out
}

const fn classes<const N: usize>(entries: &[(&str, Abbreviation)]) -> [Abbreviation; N] {
    let mut out = [Abbreviation::General; N];
    let mut i = 0;
    while i < N {
        out[i] = entries[i].1;
        i += 1;
    }
    out
}

impl Abbreviations {
    /// The class of `word` (lowercase), if the table holds it.
    fn find(&self, word: &str) -> Option<Abbreviation> {
        self.words.position(word).and_then(|i| self.classes.get(i)).copied()
    }

    /// The byte length of the longest abbreviation in the table.
    fn longest(&self) -> usize {
        self.words.longest()
    }
}

static EN: Abbreviations = abbreviations!(abbreviations::EN);
static EN_STATES: Abbreviations = abbreviations!(abbreviations::EN_STATES);
static DE: Abbreviations = abbreviations!(abbreviations::DE);
static FR: Abbreviations = abbreviations!(abbreviations::FR);
static ES: Abbreviations = abbreviations!(abbreviations::ES);
static PT: Abbreviations = abbreviations!(abbreviations::PT);
static IT: Abbreviations = abbreviations!(abbreviations::IT);
static NL: Abbreviations = abbreviations!(abbreviations::NL);
static DA: Abbreviations = abbreviations!(abbreviations::DA);
static PL: Abbreviations = abbreviations!(abbreviations::PL);
static SK: Abbreviations = abbreviations!(abbreviations::SK);
static RU: Abbreviations = abbreviations!(abbreviations::RU);
static BG: Abbreviations = abbreviations!(abbreviations::BG);
static KK: Abbreviations = abbreviations!(abbreviations::KK);
static EL: Abbreviations = abbreviations!(abbreviations::EL);
static NONE: Abbreviations = abbreviations!(&[]);

/// What the segmenter knows about one language.
#[derive(Debug)]
pub(crate) struct Profile {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// The language's own abbreviations.
    pub abbreviations: &'static Abbreviations,
    /// Whether the English table applies too (Latin-script text quotes English names).
    pub english_abbreviations: bool,
    /// Abbreviations of this language only, never borrowed by others: the US states of
    /// datelines ("HOWELL, Mich. -"), several of which are words elsewhere ("mich", "va").
    pub regional_abbreviations: &'static Abbreviations,
    /// Lowercase day names: a time before one goes on ("4 p.m. Monday") (SEG-13).
    pub day_names: SortedWords,
    /// Lowercase words that typically start a sentence (SEG-11).
    pub starters: SortedWords,
    /// Lowercase prepositions that open a fronted time phrase (SEG-13).
    pub prepositions: SortedWords,
    /// Lowercase relative pronouns: a bracketed sentence opening with one comments on the
    /// sentence before and stays with it (SEG-15).
    pub relatives: SortedWords,
    /// "12. Juni", "XII. Pluku": a full stop after a small number is an ordinal (SEG-17).
    pub ordinal_dot: bool,
    /// An ASCII character that ends sentences in this language only: the Greek question mark
    /// written as `;`, the Armenian full stop written as `:` (SEG-5).
    pub extra_terminator: Option<u8>,
}

const EN_STARTERS: SortedWords = sorted_words!(&[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "every",
    "finally",
    "first",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "later",
    "let",
    "many",
    "may",
    "meanwhile",
    "might",
    "most",
    "my",
    "no",
    "not",
    "now",
    "on",
    "once",
    "one",
    "or",
    "our",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "today",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
]);

const EN_DAY_NAMES: SortedWords =
    sorted_words!(&["friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday"]);
const EN_PREPOSITIONS: SortedWords =
    sorted_words!(&["about", "after", "around", "at", "before", "by", "during", "from", "in", "on", "since", "until"]);

const DE_STARTERS: SortedWords = sorted_words!(&[
    "aber", "das", "dem", "den", "der", "die", "dies", "diese", "doch", "du", "ein", "eine", "er", "es", "ich", "ihr",
    "sie", "und", "wir",
]);
const FR_STARTERS: SortedWords = sorted_words!(&[
    "ce", "cette", "elle", "elles", "il", "ils", "je", "la", "le", "les", "mais", "nous", "on", "un", "une", "vous"
]);
const ES_STARTERS: SortedWords =
    sorted_words!(&["el", "ella", "ellos", "en", "la", "las", "los", "pero", "un", "una", "yo"]);
const PT_STARTERS: SortedWords =
    sorted_words!(&["a", "as", "ela", "ele", "eles", "em", "eu", "mas", "na", "no", "o", "os", "um", "uma"]);
const DA_STARTERS: SortedWords =
    sorted_words!(&["de", "den", "der", "det", "du", "han", "hun", "hvad", "hvor", "jeg", "men", "vi"]);
const NL_STARTERS: SortedWords =
    sorted_words!(&["dat", "de", "dit", "het", "hij", "ik", "maar", "we", "wij", "ze", "zij"]);
const IT_STARTERS: SortedWords = sorted_words!(&["gli", "il", "la", "le", "lei", "lo", "lui", "ma", "non", "questo"]);
const RU_STARTERS: SortedWords = sorted_words!(&["в", "и", "мы", "на", "но", "он", "она", "они", "это", "я"]);

macro_rules! profile {
    ($code:literal, $abbr:expr, $english:expr, $starters:expr, $ordinal:expr, $extra:expr) => {
        Profile {
            code: $code,
            abbreviations: $abbr,
            english_abbreviations: $english,
            regional_abbreviations: &NONE,
            day_names: sorted_words!(&[]),
            starters: $starters,
            prepositions: sorted_words!(&[]),
            relatives: sorted_words!(&[]),
            ordinal_dot: $ordinal,
            extra_terminator: $extra,
        }
    };
}

/// English: also the profile of languages the segmenter has no table for.
pub(crate) static ENGLISH: Profile = Profile {
    code: "en",
    abbreviations: &EN,
    english_abbreviations: false,
    regional_abbreviations: &EN_STATES,
    day_names: EN_DAY_NAMES,
    starters: EN_STARTERS,
    prepositions: EN_PREPOSITIONS,
    relatives: sorted_words!(&["which", "who", "whom", "whose"]),
    ordinal_dot: false,
    extra_terminator: None,
};

static PROFILES: &[Profile] = &[
    profile!("de", &DE, true, DE_STARTERS, true, None),
    profile!("fr", &FR, true, FR_STARTERS, false, None),
    profile!("es", &ES, true, ES_STARTERS, false, None),
    profile!("pt", &PT, true, PT_STARTERS, false, None),
    profile!("it", &IT, true, IT_STARTERS, false, None),
    profile!("nl", &NL, true, NL_STARTERS, false, None),
    profile!("da", &DA, true, DA_STARTERS, true, None),
    profile!("no", &DA, true, DA_STARTERS, true, None),
    profile!("pl", &PL, true, sorted_words!(&[]), true, None),
    profile!("sk", &SK, true, sorted_words!(&[]), true, None),
    profile!("cs", &SK, true, sorted_words!(&[]), true, None),
    profile!("ru", &RU, false, RU_STARTERS, false, None),
    profile!("uk", &RU, false, sorted_words!(&[]), false, None),
    profile!("bg", &BG, false, sorted_words!(&[]), false, None),
    profile!("kk", &KK, false, sorted_words!(&[]), false, None),
    profile!("el", &EL, false, sorted_words!(&[]), false, Some(b';')),
    profile!("hy", &NONE, false, sorted_words!(&[]), false, Some(b':')),
];

/// The profile for an ISO 639-1 code; English for codes without one.
pub(crate) fn profile(code: &str) -> &'static Profile {
    PROFILES.iter().find(|p| p.code == code).unwrap_or(&ENGLISH)
}

/// How much text the detector reads: about 170 words of English, of which some 80 are the
/// common words it counts, cheap on any input. With 2 KB, the splits and summaries of every
/// shared sentence suite and news article were the same, and the guess took 5% of a ~5 KB
/// article's summary.
const SAMPLE_BYTES: usize = 1024;

/// Guesses the language of `text` from its first [`SAMPLE_BYTES`] (SEG-18).
pub(crate) fn detect(text: &str) -> &'static Profile {
    let mut end = SAMPLE_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end).unwrap_or("");
    if sample.is_ascii() {
        // Most English text, read a byte at a time: the same guess as the general path below
        // (a sample without letters scores no language, and English wins), in a tenth of the time.
        return profile(latin_language_of_ascii(sample.as_bytes()));
    }
    match dominant_script(sample) {
        Script::Greek => profile("el"),
        Script::Armenian => profile("hy"),
        Script::Cyrillic => profile(cyrillic_language(sample)),
        Script::Latin => profile(latin_language(sample)),
        Script::Other => &ENGLISH,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Other,
}

fn dominant_script(sample: &str) -> Script {
    let mut counts = [0usize; 5];
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        let script = match u32::from(c) {
            0..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x0400..=0x052F => Script::Cyrillic,
            0x0530..=0x058F => Script::Armenian,
            _ => Script::Other,
        };
        counts[script as usize] += 1;
    }
    let scripts = [Script::Latin, Script::Cyrillic, Script::Greek, Script::Armenian, Script::Other];
    let best = (0..counts.len()).max_by_key(|&i| counts[i]).unwrap_or(0);
    scripts[best]
}

/// Kazakh, Ukrainian, Bulgarian or Russian, by the letters only each of them uses.
fn cyrillic_language(sample: &str) -> &'static str {
    let has = |letters: &str| sample.chars().any(|c| letters.contains(c));
    if has("әғқңөұүһӘҒҚҢӨҰҮҺ") {
        "kk"
    } else if has("іїєґІЇЄҐ") {
        "uk"
    } else if has("ыэЫЭ") {
        "ru"
    } else {
        "bg"
    }
}

/// Very common words of each Latin-script language with a profile: two letters or more, and
/// not English words ("at", "is", "to"), which short English texts would match.
const STOP_WORDS: [(&str, &[&str]); 11] = [
    ("en", &["and", "in", "is", "it", "of", "that", "the", "to", "was", "with"]),
    ("de", &["das", "den", "der", "die", "ein", "eine", "ist", "mit", "nicht", "und"]),
    ("fr", &["de", "des", "du", "est", "et", "la", "le", "les", "pas", "que", "une"]),
    ("es", &["de", "el", "en", "es", "las", "los", "para", "por", "que", "se", "una"]),
    ("it", &["anche", "che", "della", "di", "gli", "il", "la", "non", "sono", "un", "una"]),
    ("nl", &["dat", "de", "een", "en", "het", "ik", "niet", "op", "van", "voor", "zijn"]),
    // Danish and Norwegian share most of these; each has a few of its own ("af"/"av",
    // "efter"/"etter", "hvad"/"hva"), and Danish wins a tie.
    (
        "da",
        &[
            "af", "blev", "de", "den", "det", "efter", "er", "hans", "hvad", "ikke", "jeg", "med", "og", "på", "til",
            "vi",
        ],
    ),
    (
        "no",
        &["av", "ble", "de", "den", "det", "er", "etter", "hans", "hva", "ikke", "jeg", "med", "og", "på", "til", "vi"],
    ),
    ("pl", &["jak", "jest", "na", "nie", "od", "po", "się", "za", "że"]),
    ("sk", &["aj", "ako", "je", "na", "pre", "sa", "sme", "už", "že"]),
    ("pt", &["ao", "com", "da", "de", "em", "foi", "não", "os", "são", "uma"]),
];

/// Letters that point to one of the languages of [`STOP_WORDS`] (same order), each worth a
/// common word.
const LETTERS: [&str; 11] = ["", "ßöü", "çœêîû", "ñ¿¡", "ìò", "", "æø", "æø", "łąęśźżćń", "ľĺŕôťďňšč", "ãõ"];

fn latin_language(sample: &str) -> &'static str {
    let mut scores = [0usize; STOP_WORDS.len()];
    let words = sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 6).take(400);
    for word in words {
        let key = if word.is_ascii() {
            // Most words: the key of the lowercased bytes, with no string to build.
            lowercase_key(word.as_bytes())
        } else {
            let mut lower = [0u8; 8];
            let Some(word) = lowercase_into(word, &mut lower) else {
                continue;
            };
            word_key(word.as_bytes())
        };
        count_stop_word(key, &mut scores);
    }
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        for (score, letters) in scores.iter_mut().zip(LETTERS) {
            *score += usize::from(letters.contains(c));
        }
    }
    best_latin_language(&scores)
}

/// [`latin_language`] of an ASCII sample: its words are its runs of ASCII letters.
fn latin_language_of_ascii(sample: &[u8]) -> &'static str {
    let mut scores = [0usize; STOP_WORDS.len()];
    let words = sample.split(|b| !b.is_ascii_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 6).take(400);
    for word in words {
        count_stop_word(lowercase_key(word), &mut scores);
    }
    best_latin_language(&scores)
}

/// Adds one to the score of each language whose stop words hold the word keyed `key`.
fn count_stop_word(key: u64, scores: &mut [usize; STOP_WORDS.len()]) {
    let languages = stop_word_languages(key);
    if languages != 0 {
        for (i, score) in scores.iter_mut().enumerate() {
            *score += usize::from(languages >> i & 1);
        }
    }
}

fn best_latin_language(scores: &[usize; STOP_WORDS.len()]) -> &'static str {
    // English wins ties: it is the default, and mixed text is most often English.
    let best = (0..scores.len()).rev().max_by_key(|&i| scores[i]).unwrap_or(0);
    LATIN_CODES[best]
}

/// The codes of [`STOP_WORDS`]' languages, in order: all of the lists the detector keeps at
/// run time besides [`STOP_WORD_TABLE`].
const LATIN_CODES: [&str; STOP_WORDS.len()] = {
    let mut codes = [""; STOP_WORDS.len()];
    let mut i = 0;
    while i < codes.len() {
        codes[i] = STOP_WORDS[i].0;
        i += 1;
    }
    codes
};

/// Every word of [`STOP_WORDS`] by its [`word_key`], with the bit mask of the languages that
/// list it, in an open-addressing hash table built at compile time: a sample word costs a
/// probe or two, where a binary search per language compared strings and took a sixth of the
/// time of a whole summary. Only the table is in the binary; the lists are read at compile
/// time.
static STOP_WORD_TABLE: StopWordTable = stop_word_table();

/// A power of two, enough for the stop words at a load under three quarters.
const TABLE_SLOTS: usize = 256;

struct StopWordTable {
    /// The [`word_key`] in each slot, 0 for an empty one.
    keys: [u64; TABLE_SLOTS],
    /// The languages of the word in the same slot.
    languages: [u16; TABLE_SLOTS],
}

/// The bit mask of the languages (bit `i` for `STOP_WORDS[i]`) whose stop words hold the word
/// whose [`word_key`] is `key`.
fn stop_word_languages(key: u64) -> u16 {
    let mut slot = table_slot(key);
    // The table is never full, so an empty slot ends every search.
    while STOP_WORD_TABLE.keys[slot] != 0 {
        if STOP_WORD_TABLE.keys[slot] == key {
            return STOP_WORD_TABLE.languages[slot];
        }
        slot = (slot + 1) % TABLE_SLOTS;
    }
    0
}

const fn table_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % TABLE_SLOTS
}

const fn stop_word_table() -> StopWordTable {
    assert!(STOP_WORDS.len() <= 16, "more languages than bits in a mask");
    let mut table = StopWordTable { keys: [0; TABLE_SLOTS], languages: [0; TABLE_SLOTS] };
    let (mut language, mut filled) = (0, 0);
    while language < STOP_WORDS.len() {
        let list = STOP_WORDS[language].1;
        let mut i = 0;
        while i < list.len() {
            assert!(!list[i].is_empty() && list[i].len() <= 8, "a stop word must fit a key");
            let key = word_key(list[i].as_bytes());
            let mut slot = table_slot(key);
            while table.keys[slot] != 0 && table.keys[slot] != key {
                slot = (slot + 1) % TABLE_SLOTS;
            }
            if table.keys[slot] == 0 {
                filled += 1;
                assert!(4 * filled < 3 * TABLE_SLOTS, "the stop word table is too full");
            }
            table.keys[slot] = key;
            table.languages[slot] |= 1 << language;
            i += 1;
        }
        language += 1;
    }
    table
}

/// Up to 8 bytes of a word as one integer, zero-padded. Distinct words of at most 8 bytes get
/// distinct keys, since a letter's UTF-8 bytes are never zero.
const fn word_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() && i < 8 {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// [`word_key`] of ASCII `word` lowercased.
fn lowercase_key(word: &[u8]) -> u64 {
    word.iter().take(8).enumerate().fold(0, |key, (i, b)| key | u64::from(b.to_ascii_lowercase()) << (8 * i))
}

/// Writes `word` lowercased into `buffer`; `None` when it does not fit.
pub(crate) fn lowercase_into<'a>(word: &str, buffer: &'a mut [u8]) -> Option<&'a str> {
    if word.is_ascii() {
        // Most words: a byte each, no decoding.
        let out = buffer.get_mut(..word.len())?;
        for (lower, b) in out.iter_mut().zip(word.bytes()) {
            *lower = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(out).ok();
    }
    let mut len = 0;
    for c in word.chars().flat_map(crate::case::lower_chars) {
        let n = c.len_utf8();
        let slot = buffer.get_mut(len..len + n)?;
        c.encode_utf8(slot);
        len += n;
    }
    std::str::from_utf8(buffer.get(..len)?).ok()
}

impl Profile {
    /// The class of abbreviation `word` (without its final full stop) is, if any.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<Abbreviation> {
        // Most words before a full stop are longer than any abbreviation: they stop here,
        // before a binary search, as soon as their lowercase outgrows the longest.
        let english = if self.english_abbreviations { EN.longest() } else { 0 };
        let longest = self.abbreviations.longest().max(self.regional_abbreviations.longest()).max(english);
        let mut buffer = [0u8; 32];
        let lower = lowercase_into(word, buffer.get_mut(..longest.min(32))?)?;
        self.abbreviations
            .find(lower)
            .or_else(|| if is_title_case(word) { self.regional_abbreviations.find(lower) } else { None })
            .or_else(|| if self.english_abbreviations { EN.find(lower) } else { None })
    }

    /// Whether `word` names a day of the week.
    pub(crate) fn is_day_name(&self, word: &str) -> bool {
        in_list(word, &self.day_names)
    }

    /// Whether `word` typically starts a sentence in this language.
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        in_list(word, &self.starters)
    }

    /// Whether `word` is a preposition that opens a fronted time phrase.
    pub(crate) fn is_preposition(&self, word: &str) -> bool {
        in_list(word, &self.prepositions)
    }

    /// Whether `word` is a relative pronoun.
    pub(crate) fn is_relative(&self, word: &str) -> bool {
        in_list(word, &self.relatives)
    }
}

/// "Mich", "Calif": a capital, then lowercase letters, as regional abbreviations are
/// written (not "LA" or "pa").
fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Whether `word`, lowercased, is in `list`.
fn in_list(word: &str, list: &SortedWords) -> bool {
    let mut buffer = [0u8; 32];
    buffer.get_mut(..list.longest().min(32)).and_then(|b| lowercase_into(word, b)).is_some_and(|w| list.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(list: &[&str]) -> bool {
        list.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        let sorted = |list: &SortedWords| sorted(&list.words());
        assert!(sorted(&EN_STARTERS) && sorted(&EN_PREPOSITIONS) && sorted(&EN_DAY_NAMES));
        assert!(sorted(&DE_STARTERS) && sorted(&FR_STARTERS) && sorted(&ES_STARTERS));
        assert!(sorted(&RU_STARTERS) && sorted(&DA_STARTERS) && sorted(&NL_STARTERS));
        assert!(sorted(&IT_STARTERS));
        for (code, list) in STOP_WORDS {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "stop words of {code}");
        }
        for profile in PROFILES.iter().chain([&ENGLISH]) {
            assert!(sorted(&profile.relatives) && sorted(&profile.day_names), "{}", profile.code);
            assert!(sorted(&profile.starters) && sorted(&profile.prepositions), "{}", profile.code);
        }
    }

    #[test]
    fn abbreviation_tables_are_sorted_lowercase_and_packed_whole() {
        let tables = [
            (abbreviations::EN, &EN),
            (abbreviations::EN_STATES, &EN_STATES),
            (abbreviations::DE, &DE),
            (abbreviations::FR, &FR),
            (abbreviations::ES, &ES),
            (abbreviations::IT, &IT),
            (abbreviations::NL, &NL),
            (abbreviations::DA, &DA),
            (abbreviations::PL, &PL),
            (abbreviations::SK, &SK),
            (abbreviations::RU, &RU),
            (abbreviations::BG, &BG),
            (abbreviations::KK, &KK),
            (abbreviations::EL, &EL),
            (&[], &NONE),
        ];
        for (list, table) in tables {
            let keys: Vec<&str> = list.iter().map(|(k, _)| *k).collect();
            assert!(sorted(&keys), "abbreviations {keys:?}");
            assert!(keys.iter().all(|k| k.to_lowercase() == *k));
            assert_eq!(table.words.words(), keys);
            for &(key, class) in list {
                assert_eq!(table.find(key), Some(class), "{key}");
                assert_eq!(table.find(&format!("{key}x")), None);
            }
        }
    }

    #[test]
    fn seg18_detects_by_script_then_common_words() {
        assert_eq!(detect("Der Hund und die Katze sind nicht da.").code, "de");
        assert_eq!(detect("The dog and the cat are not there.").code, "en");
        assert_eq!(detect("Le chien et le chat ne sont pas là.").code, "fr");
        assert_eq!(detect("Собака и кошка были здесь.").code, "ru");
        assert_eq!(detect("Τι κάνεις; Καλά.").code, "el");
        assert_eq!(detect("Ի՞նչ ես մտածում:").code, "hy");
        assert_eq!(detect("").code, "en");
        assert_eq!(detect("我们明天一起去。").code, "en");
    }

    #[test]
    fn seg18_ascii_text_gets_the_guess_of_the_general_path() {
        let samples = [
            "Der Hund und die Katze sind nicht da, aber das Haus ist gross.",
            "Le chien et le chat ne sont pas la; les enfants de la ville.",
            "El perro y los gatos de la casa, que es para una familia.",
            "Il cane e il gatto della casa non sono qui, anche gli altri.",
            "De hond en het paard zijn niet op de boerderij van ons.",
            "Hunden og katten er ikke med til byen efter det.",
            "Pies jest na dworze, nie za domem, ale po drodze.",
            "O gato e os cachorros da casa em que foi uma festa.",
            "The dog and the cat, which is in the house, was not there.",
            "1234 -- 5678 !!",
            "",
        ];
        for sample in samples {
            assert_eq!(latin_language_of_ascii(sample.as_bytes()), latin_language(sample), "{sample}");
            let letters = sample.bytes().any(|b| b.is_ascii_alphabetic());
            let general = if letters { profile(latin_language(sample)) } else { &ENGLISH };
            assert_eq!(detect(sample).code, general.code, "{sample}");
        }
    }

    #[test]
    fn lowercasing_never_overflows() {
        let mut buffer = [0u8; 4];
        assert_eq!(lowercase_into("ABCDE", &mut buffer), None);
        assert_eq!(lowercase_into("AB", &mut buffer), Some("ab"));
    }
}
