//! English function words that carry no topic: they are left out of centrality and of the
//! near-duplicate test. Sorted, so membership is a [`WordSet`] lookup. SC-10: those of German,
//! French, Spanish, Italian, Dutch, Russian, Polish, Portuguese, Ukrainian, Danish and
//! Norwegian too, for text in those languages.

use crate::wordset::{sorted_words, word_set, SortedWords, WordSet};

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
        is_stop_word(&crate::case::to_lowercase(word))
    }
}

/// SC-10: the function words of the languages whose facts Nutshell reads (LANG-1 … LANG-4):
/// articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs, and a few common
/// adverbs, each sorted by bytes. Not the verbs that report speech (SC-7: "sagte", "a dit").
pub(crate) fn of_language(code: &str) -> Option<&'static SortedWords> {
    match code {
        "de" => Some(&DE),
        "fr" => Some(&FR),
        "es" => Some(&ES),
        "it" => Some(&IT),
        "nl" => Some(&NL),
        "ru" => Some(&RU),
        "pl" => Some(&PL),
        "pt" => Some(&PT),
        "uk" => Some(&UK),
        "da" => Some(&DA),
        "no" => Some(&NO),
        _ => None,
    }
}

#[rustfmt::skip]
static DE: SortedWords = sorted_words!(&[
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "auch", "auf", "aus", "bei",
    "beim", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass", "dem", "den", "denen", "denn", "der", "des",
    "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "du", "durch", "ein",
    "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa", "euch", "für", "gegen", "habe", "haben", "hat",
    "hatte", "hatten", "hier", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in",
    "ins", "ist", "ja", "jede", "jedem", "jeden", "jeder", "jedes", "jetzt", "kann", "kein", "keine", "keinen",
    "können", "könnte", "man", "mehr", "mit", "muss", "nach", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne",
    "schon", "sehr", "sei", "sein", "seine", "seinem", "seinen", "seiner", "seit", "sich", "sie", "sind", "so",
    "soll", "sollen", "sollte", "sowie", "um", "und", "uns", "unter", "vom", "von", "vor", "war", "waren", "was",
    "weil", "wenn", "wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "worden", "wurde", "wurden", "zu",
    "zum", "zur", "zwischen", "über",
]);

#[rustfmt::skip]
static FR: SortedWords = sorted_words!(&[
    "a", "afin", "ai", "ainsi", "alors", "au", "aux", "avaient", "avait", "avant", "avec", "avoir", "c", "ce",
    "ceci", "cela", "celle", "celles", "celui", "ces", "cet", "cette", "ceux", "chez", "comme", "d", "dans", "de",
    "depuis", "des", "donc", "dont", "du", "elle", "elles", "en", "encore", "entre", "est", "et", "eu", "eux", "il",
    "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "mais", "me", "mes", "moi", "mon", "même",
    "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "pas", "peut", "plus", "pour", "qu",
    "quand", "que", "qui", "s", "sa", "sans", "se", "sera", "serait", "ses", "si", "son", "sont", "sous", "sur", "t",
    "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "très", "tu", "un", "une", "vos", "votre",
    "vous", "y", "à", "étaient", "était", "été", "être",
]);

#[rustfmt::skip]
static ES: SortedWords = sorted_words!(&[
    "a", "al", "algo", "algunos", "ante", "antes", "aquí", "así", "aunque", "cada", "como", "con", "contra", "cual",
    "cuando", "de", "del", "desde", "donde", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa",
    "esas", "ese", "eso", "esos", "esta", "estaba", "estas", "este", "esto", "estos", "está", "están", "fue",
    "fueron", "ha", "había", "han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "me", "mi", "muy", "más",
    "nada", "ni", "no", "nos", "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que",
    "qué", "se", "sea", "ser", "será", "si", "sido", "sin", "sobre", "son", "su", "sus", "sí", "también", "tan",
    "te", "tiene", "todo", "todos", "tras", "un", "una", "uno", "unos", "y", "ya", "yo", "él",
]);

#[rustfmt::skip]
static IT: SortedWords = sorted_words!(&[
    "a", "ad", "agli", "ai", "al", "alla", "alle", "anche", "ancora", "che", "chi", "ci", "come", "con", "così",
    "da", "dai", "dal", "dalla", "degli", "dei", "del", "della", "delle", "di", "dopo", "e", "ed", "era", "essere",
    "fra", "già", "gli", "ha", "hanno", "ho", "i", "il", "in", "io", "la", "le", "lei", "lo", "loro", "lui", "ma",
    "mi", "molto", "ne", "nei", "nel", "nella", "nelle", "non", "o", "per", "perché", "più", "poi", "quale",
    "quando", "quella", "quelle", "quello", "questa", "queste", "questo", "se", "si", "sia", "solo", "sono", "stata",
    "stato", "su", "sua", "sue", "sul", "sulla", "suo", "suoi", "tra", "tutti", "tutto", "un", "una", "uno", "è",
]);

#[rustfmt::skip]
static NL: SortedWords = sorted_words!(&[
    "aan", "al", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er", "had", "hebben",
    "heeft", "hem", "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "kan", "maar", "me", "met", "mij", "na",
    "naar", "niet", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "te", "tegen", "toen",
    "tot", "uit", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "wel", "werd", "wie", "wij", "wil",
    "worden", "wordt", "zal", "ze", "zich", "zij", "zijn", "zo", "zou",
]);

#[rustfmt::skip]
static RU: SortedWords = sorted_words!(&[
    "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь", "во", "вот", "все",
    "всего", "всех", "вы", "где", "да", "даже", "для", "до", "его", "ее", "ей", "ему", "если", "есть", "еще", "же",
    "за", "здесь", "и", "из", "или", "им", "их", "к", "как", "какой", "когда", "кто", "ли", "либо", "между", "меня",
    "мне", "может", "мы", "на", "над", "надо", "нас", "не", "него", "нее", "нет", "ни", "них", "но", "ну", "о", "об",
    "однако", "он", "она", "они", "оно", "от", "очень", "по", "под", "после", "при", "про", "с", "со", "так",
    "также", "такой", "там", "тем", "то", "того", "тоже", "только", "том", "тот", "тут", "у", "уже", "хотя", "чем",
    "через", "что", "чтобы", "эта", "эти", "это", "этого", "этой", "этом", "этот", "я",
]);

#[rustfmt::skip]
static PL: SortedWords = sorted_words!(&[
    "a", "aby", "albo", "ale", "ani", "bez", "bo", "by", "być", "był", "była", "było", "były", "co", "czy", "dla",
    "do", "gdy", "go", "i", "ich", "im", "jak", "jako", "je", "jego", "jej", "jest", "jeszcze", "jeśli", "już", "ją",
    "ku", "lub", "ma", "może", "mu", "na", "nad", "nie", "niż", "o", "od", "oraz", "po", "pod", "przed", "przez",
    "przy", "się", "są", "ta", "tak", "także", "te", "tego", "tej", "ten", "to", "tu", "tylko", "tym", "w", "we",
    "więc", "z", "za", "ze", "że", "żeby",
]);

#[rustfmt::skip]
static PT: SortedWords = sorted_words!(&[
    "a", "ao", "aos", "aquela", "aquele", "aqueles", "as", "até", "com", "como", "da", "das", "de", "dela", "dele",
    "deles", "depois", "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "essa", "essas",
    "esse", "esses", "esta", "estas", "este", "estes", "está", "estão", "eu", "foi", "foram", "há", "isso", "isto",
    "já", "lhe", "lhes", "mais", "mas", "me", "mesmo", "muito", "na", "nas", "nem", "no", "nos", "num", "numa",
    "não", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "porque", "quando", "que", "quem",
    "se", "sem", "ser", "será", "seu", "seus", "sua", "suas", "são", "também", "tem", "têm", "um", "uma", "umas",
    "uns", "vai", "à", "às", "é",
]);

#[rustfmt::skip]
static UK: SortedWords = sorted_words!(&[
    "а", "або", "але", "без", "бо", "був", "була", "були", "було", "бути", "в", "вже", "ви", "вона", "вони", "все",
    "всі", "від", "він", "для", "до", "же", "з", "за", "зі", "й", "його", "коли", "лише", "ми", "між", "на",
    "навіть", "над", "не", "ні", "по", "при", "про", "під", "після", "та", "так", "також", "те", "ти", "то", "той",
    "у", "це", "цей", "ця", "ці", "через", "чи", "що", "щоб", "я", "як", "яка", "яке", "який", "якщо", "які", "є",
    "і", "із", "їх", "її",
]);

#[rustfmt::skip]
static DA: SortedWords = sorted_words!(&[
    "af", "alle", "alt", "andre", "at", "blev", "blive", "bliver", "da", "de", "dem", "den", "denne", "der", "deres",
    "det", "dette", "dig", "din", "disse", "du", "efter", "eller", "en", "end", "er", "et", "for", "fra", "før",
    "ham", "han", "hans", "har", "havde", "have", "hende", "hendes", "her", "hun", "hvad", "hvis", "hvor", "hvordan",
    "i", "ikke", "ind", "jeg", "kan", "kunne", "man", "med", "meget", "men", "mig", "min", "mod", "må", "ned",
    "nogen", "nogle", "nu", "når", "og", "også", "om", "op", "os", "over", "på", "sig", "sin", "sine", "sit", "skal",
    "skulle", "som", "så", "til", "ud", "under", "var", "ved", "vi", "vil", "ville", "være", "været",
]);

#[rustfmt::skip]
static NO: SortedWords = sorted_words!(&[
    "alle", "alt", "andre", "at", "av", "ble", "bli", "blir", "da", "de", "deg", "dem", "den", "denne", "der",
    "deres", "det", "dette", "din", "disse", "du", "eller", "en", "enn", "er", "et", "etter", "for", "fra", "før",
    "ha", "hadde", "ham", "han", "hans", "har", "henne", "hennes", "her", "hun", "hva", "hvis", "hvor", "hvordan",
    "i", "ikke", "inn", "jeg", "kan", "kunne", "man", "med", "meg", "men", "min", "mot", "må", "ned", "noe", "noen",
    "nå", "når", "og", "også", "om", "opp", "oss", "over", "på", "seg", "sin", "sine", "sitt", "skal", "skulle",
    "som", "så", "til", "under", "ut", "var", "ved", "vi", "vil", "ville", "være", "vært",
]);

/// SC-10: `lower` without the elided article or preposition that French and Italian glue to a
/// word ("l'économie" → "économie", "dell'anno" → "anno"), so that the word is one term
/// however it is introduced.
pub(crate) fn without_elision<'a>(code: &str, lower: &'a str) -> &'a str {
    const FR: [&str; 12] = ["c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "puisqu", "qu", "s", "t"];
    const IT: [&str; 12] = ["all", "c", "d", "dall", "dell", "l", "n", "nell", "quell", "quest", "sull", "un"];
    let elisions: &[&str] = match code {
        "fr" => &FR,
        "it" => &IT,
        _ => return lower,
    };
    let Some((head, rest)) = lower.split_once(['\'', '’']) else {
        return lower;
    };
    if rest.is_empty() || !elisions.contains(&head) {
        return lower;
    }
    rest
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_is_sorted_and_unique() {
        assert!(super::STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        for list in [
            &super::DE,
            &super::FR,
            &super::ES,
            &super::IT,
            &super::NL,
            &super::RU,
            &super::PL,
            &super::PT,
            &super::UK,
            &super::DA,
            &super::NO,
        ] {
            let words = list.words();
            assert!(words.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()), "{words:?}");
            assert!(words.iter().all(|w| w.to_lowercase() == *w), "{words:?}");
        }
    }

    #[test]
    fn sc_10_languages_and_elisions() {
        assert!(super::of_language("de").is_some_and(|s| s.contains("und") && !s.contains("sagte")));
        assert!(super::of_language("fr").is_some_and(|s| s.contains("où")));
        assert!(super::of_language("en").is_none());
        assert_eq!(super::without_elision("fr", "l'économie"), "économie");
        assert_eq!(super::without_elision("fr", "aujourd'hui"), "aujourd'hui");
        assert_eq!(super::without_elision("it", "dell’anno"), "anno");
        assert_eq!(super::without_elision("en", "l'économie"), "l'économie");
        assert_eq!(super::without_elision("fr", "l'"), "l'");
    }
}
