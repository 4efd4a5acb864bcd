//! Word lists of the facts stage: ASCII, lower case and sorted (a test checks), each a
//! [`WordSet`] so membership is a length filter and a short scan that ignores ASCII case.

use crate::wordset::{word_set, WordSet};

/// Capitalised words that open sentences but are not names (beyond the stop words).
#[rustfmt::skip]
pub(crate) const SENTENCE_STARTERS: &WordSet = word_set!(&[
    "according", "activists", "actually", "additionally", "advertisement", "after", "afterwards",
    "again", "ago", "ahead", "all", "almost", "already", "also", "although", "altogether", "always",
    "amid", "among", "analysts", "another", "any", "anyway", "apparently", "around", "as", "asked",
    "at", "authorities", "back", "bad", "based", "before", "behind", "being", "below", "beside",
    "besides", "best", "beyond", "big", "born", "both", "breaking", "briefly", "but", "by",
    "certainly", "clearly", "click", "colleagues", "consequently", "critics", "currently", "daily",
    "dear", "despite", "details", "detectives", "doctors", "don't", "dubbed", "during", "each",
    "earlier", "early", "economists", "either", "elsewhere", "eventually", "every", "everybody",
    "everyone", "everything", "exactly", "executives", "experts", "fans", "finally", "first",
    "firstly", "following", "for", "fortunately", "four", "frankly", "friday", "from", "further",
    "furthermore", "given", "good", "great", "he's", "hello", "hence", "here", "here's", "hi",
    "hopefully", "how", "however", "i'm", "if", "importantly", "in", "including", "indeed",
    "initially", "inside", "instead", "interestingly", "investigators", "investors", "it's",
    "judges", "just", "last", "lastly", "lately", "later", "lawmakers", "let", "let's", "life",
    "like", "likewise", "many", "maybe", "meanwhile", "meet", "militants", "more", "moreover",
    "most", "much", "naturally", "neighbors", "neighbours", "neither", "nevertheless", "new",
    "next", "nicknamed", "nine", "no", "nobody", "none", "nonetheless", "nor", "not", "notably",
    "nothing", "now", "observers", "obviously", "of", "officials", "often", "oh", "ok", "okay",
    "old", "on", "once", "one", "only", "or", "originally", "other", "others", "otherwise",
    "overall", "parents", "passengers", "perhaps", "photos", "players", "please", "plus", "police",
    "previously", "prior", "probably", "prosecutors", "protesters", "published", "raised", "rather",
    "read", "rebels", "recently", "regardless", "related", "relatives", "reportedly", "rescuers",
    "researchers", "residents", "rivals", "scientists", "second", "secondly", "see", "seven",
    "several", "shareholders", "she's", "shortly", "similarly", "since", "six", "small", "so",
    "soldiers", "some", "somebody", "someone", "something", "sometimes", "soon", "sorry",
    "speaking", "still", "students", "subsequently", "such", "suddenly", "supporters", "sure",
    "teachers", "teammates", "ten", "thank", "thankfully", "thanks", "that", "that's", "the",
    "their", "then", "there", "there's", "thereafter", "therefore", "these", "they", "they're",
    "third", "this", "those", "though", "three", "thus", "today", "together", "tomorrow", "tonight",
    "too", "top", "troops", "two", "ultimately", "under", "undoubtedly", "unfortunately", "unless",
    "unlike", "until", "up", "update", "updated", "upon", "usually", "veterans", "victims", "video",
    "villagers", "volunteers", "voters", "watch", "we", "we're", "we've", "welcome", "well", "what",
    "what's", "whatever", "when", "whenever", "where", "whereas", "whether", "which", "while",
    "who", "why", "with", "within", "without", "witnesses", "workers", "worst", "writing", "yes",
    "yesterday", "yet", "you", "you're",
]);

/// Titles and honorifics: dropped from the front of a name, and a name ends before them; also
/// the honorifics of other languages that English never writes otherwise ("Sra.", "Mme", "Herr").
#[rustfmt::skip]
pub(crate) const TITLES: &WordSet = word_set!(&[
    "actor", "actress", "adm", "agent", "alderman", "ambassador", "analyst", "archbishop",
    "assemblyman", "assemblywoman", "astronaut", "attorney", "author", "bishop", "brig", "capt",
    "captain", "cdr", "ceo", "cfo", "chair", "chairman", "chairman-elect", "chairperson",
    "chairwoman", "chancellor", "chief", "cllr", "cmdr", "co-founder", "coach", "cofounder", "col",
    "columnist", "comedian", "commissioner", "congressman", "congresswoman", "constable", "coo",
    "corporal", "correspondent", "councillor", "councilman", "councilwoman", "counsel", "cpl",
    "cpt", "cto", "dame", "deputy", "detective", "director", "dr", "dra", "duchess", "duke",
    "economist", "editor", "emperor", "ens", "executive", "father", "filmmaker", "founder", "frau",
    "gen", "goalkeeper", "gov", "governor", "head", "herr", "inspector", "journalist", "judge",
    "king", "lady", "lawyer", "leader", "lord", "lt", "maj", "manager", "marshal", "mayor", "mep",
    "midfielder", "minister", "miss", "mla", "mlle", "mme", "mp", "mr", "mrs", "ms", "msgr", "msp",
    "mx", "novelist", "officer", "pastor", "pfc", "photographer", "playwright", "pope", "president",
    "president-elect", "presidents", "prince", "princess", "prof", "professor", "pte", "pvt",
    "queen", "rabbi", "rapper", "rep", "reporter", "rev", "secretary", "sen", "senator", "sergeant",
    "sfc", "sgt", "sheikh", "sheriff", "singer", "sir", "songwriter", "spc", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "sra", "srta", "striker", "superintendent", "trooper", "vice",
]);

/// Words of [`TITLE_MODIFIERS`] that also open the names of bodies, firms and places ("State
/// Department", "Federal Reserve", "New York"), unlike those of a person's role ("former",
/// "acting", "senior").
#[rustfmt::skip]
pub(crate) const BODY_OPENERS: &WordSet = word_set!(&[
    "defence", "defense", "district", "education", "federal", "finance", "financial", "foreign",
    "general", "global", "health", "home", "labor", "labour", "national", "new", "regional",
    "state", "supreme", "technology",
]);

/// Titles that end a running name ("Amazon CEO Andy Jassy" is two names).
#[rustfmt::skip]
pub(crate) const TITLE_BREAKS: &WordSet = word_set!(&[
    "adm", "ambassador", "analyst", "attorney", "brig", "capt", "cdr", "ceo", "cfo", "chairman",
    "chairwoman", "chancellor", "chief", "cllr", "cmdr", "co-founder", "coach", "col",
    "commissioner", "coo", "cpl", "cpt", "cto", "deputy", "director", "dr", "economist", "ens",
    "executive", "founder", "gen", "gov", "governor", "head", "judge", "lt", "maj", "manager",
    "mayor", "mep", "minister", "mla", "mp", "mr", "mrs", "ms", "msgr", "msp", "pfc", "president",
    "prof", "pte", "pvt", "rep", "rev", "secretary", "sen", "senator", "sfc", "sgt", "spc",
    "spokesman", "spokesperson", "spokeswoman", "vice",
]);

/// Words that belong to a title when next to one ("Former Defense Secretary").
#[rustfmt::skip]
pub(crate) const TITLE_MODIFIERS: &WordSet = word_set!(&[
    "acting", "assistant", "associate", "attorney", "chief", "country", "defence", "defense",
    "deputy", "district", "education", "executive", "federal", "finance", "financial", "first",
    "foreign", "former", "general", "global", "head", "health", "home", "incoming", "interim",
    "labor", "labour", "lead", "managing", "marketing", "national", "new", "operating", "outgoing",
    "prime", "principal", "regional", "senior", "state", "supreme", "technology", "then", "u.s.",
    "us", "vice",
]);

/// Nationalities, religions and political groups: not persons, organisations or places.
#[rustfmt::skip]
pub(crate) const NORP: &WordSet = word_set!(&[
    "aboriginal", "afghan", "afghans", "african", "africans", "afrikaner", "afrikaners", "alawite",
    "alawites", "american", "americans", "arab", "arabian", "arabs", "argentine", "argentines",
    "argentinians", "armenian", "asian", "asians", "australian", "australians", "austrian",
    "belarusian", "belgian", "brazilian", "british", "briton", "britons", "buddhist", "bulgarian",
    "canadian", "canadians", "catholic", "catholics", "chinese", "christian", "christians",
    "colombian", "communist", "communists", "conservative", "conservatives", "croatian", "cuban",
    "cubans", "czech", "dane", "danes", "danish", "democrat", "democratic", "democrats", "dutch",
    "dutchman", "dutchwoman", "eastern", "easterner", "easterners", "egyptian", "english",
    "englishman", "englishmen", "englishwoman", "englishwomen", "ethiopian", "european",
    "europeans", "filipino", "filipinos", "finn", "finnish", "finns", "french", "frenchman",
    "frenchmen", "frenchwoman", "frenchwomen", "georgian", "german", "germans", "greek", "greeks",
    "greens", "hindu", "hindus", "hispanic", "hispanics", "houthi", "houthis", "hungarian",
    "indian", "indians", "indonesian", "inuit", "iranian", "iraqi", "iraqis", "irish", "irishman",
    "irishmen", "irishwoman", "islamic", "israeli", "israelis", "italian", "italians", "japanese",
    "jew", "jewish", "jews", "kazakh", "kazakhs", "kenyan", "kenyans", "korean", "kurdish", "kurds",
    "kuwaitis", "kyrgyz", "lankan", "lankans", "latina", "latinas", "latino", "latinos", "lebanese",
    "liberal", "liberals", "libyan", "malaysian", "maori", "mexican", "mexicans", "muslim",
    "muslims", "nationalists", "nazi", "nazis", "new-zealander", "nigerian", "northern",
    "norwegian", "ottoman", "pakistani", "pakistanis", "palestinian", "palestinians", "pashtun",
    "pashtuns", "philippine", "polish", "portuguese", "protestant", "qataris", "republican",
    "republicans", "rican", "ricans", "roman", "romanian", "romans", "russian", "russians",
    "salvadoran", "salvadorans", "saudi", "saudis", "scot", "scots", "scotsman", "scotsmen",
    "scotswoman", "scottish", "semitic", "serbian", "shia", "shias", "shiite", "shiites", "sikh",
    "socialist", "socialists", "somali", "somalis", "south-african", "southern", "soviet",
    "soviets", "spaniard", "spaniards", "spanish", "sudanese", "sunni", "sunnis", "swede", "swedes",
    "swedish", "swiss", "syrian", "tajik", "tajiks", "tamil", "tamils", "thai", "tories", "tory",
    "turk", "turkish", "turks", "uighur", "uighurs", "ukrainian", "ukrainians", "unionists",
    "uyghur", "uyghurs", "uzbek", "uzbeks", "venezuelan", "vietnamese", "welsh", "welshman",
    "welshwoman", "western", "westerner", "westerners", "yazidi", "yazidis", "yemeni", "yemenis",
]);

/// ENT-2: countries, continents and large cities and states that news names at the start of a
/// sentence as often as inside one ("Thailand has …", "London is …"): such an opening word is a
/// name unless the text also writes it in lower case. Not the ambiguous ones ("Chad",
/// "Jordan", "Georgia", "Turkey", "Washington").
#[rustfmt::skip]
pub(crate) const PLACES: &WordSet = word_set!(&[
    "afghanistan", "africa", "albania", "algeria", "america", "angola", "antarctica", "argentina",
    "armenia", "asia", "australia", "austria", "azerbaijan", "baghdad", "bahrain", "bangladesh",
    "beijing", "beirut", "belarus", "belgium", "berlin", "bolivia", "bosnia", "brazil", "britain",
    "brussels", "bulgaria", "cairo", "california", "cambodia", "cameroon", "canada", "chicago",
    "chile", "china", "colombia", "croatia", "cuba", "cyprus", "damascus", "delhi", "denmark",
    "dubai", "ecuador", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "florida",
    "france", "gaza", "germany", "ghana", "greece", "haiti", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "istanbul", "italy", "jakarta", "japan",
    "jerusalem", "kabul", "kazakhstan", "kenya", "kosovo", "kuwait", "kyiv", "latvia", "lebanon",
    "libya", "lithuania", "london", "madrid", "malaysia", "mexico", "moldova", "mongolia",
    "morocco", "moscow", "mozambique", "mumbai", "myanmar", "nepal", "netherlands", "nigeria",
    "norway", "ohio", "pakistan", "palestine", "panama", "paris", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "rome", "russia", "rwanda", "scotland", "senegal", "seoul",
    "serbia", "shanghai", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
    "sweden", "switzerland", "sydney", "syria", "taiwan", "tanzania", "tehran", "texas",
    "thailand", "tokyo", "tunisia", "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela",
    "vietnam", "wales", "yemen", "zambia", "zimbabwe",
]);

/// All-capital words that are common nouns, not names.
#[rustfmt::skip]
pub(crate) const NON_NAME_ACRONYMS: &WordSet = word_set!(&[
    "aa", "aaa", "ad", "ad's", "adhd", "ai", "aids", "aka", "am", "api", "apis", "ar", "asap",
    "atm", "atms", "b2b", "bb", "bbb", "bc", "bce", "bmi", "breaking", "bst", "ccc", "cctv", "cd",
    "cds", "cdt", "ce", "ceo", "ceo's", "ceos", "cfo", "cmo", "co2", "coo", "covid", "crypto",
    "cst", "ct", "cto", "diy", "dj", "djs", "dna", "dvd", "dvds", "edt", "er", "esg", "est", "et",
    "eta", "ev", "ev's", "evs", "faq", "fps", "fyi", "gb", "gcse", "gdp", "gm", "gmo", "gmt", "gp",
    "gps", "gw", "hd", "hiv", "hr", "ict", "icu", "id", "inc", "iot", "ipa", "ipo", "ipos", "iq",
    "ira", "ivf", "kb", "kpi", "kpis", "kwh", "lcd", "led", "lgbt", "lgbtq", "lgbtq+", "lgbtqia",
    "live", "llc", "lol", "ltd", "mb", "mba", "mc", "mep", "meps", "mp", "mph", "mps", "mri", "mvp",
    "mw", "nb", "nft", "nfts", "ngo", "ngos", "note", "ocd", "ok", "omg", "os", "ot", "pc", "pcr",
    "pdf", "pdt", "pe", "phd", "photos", "plc", "pm", "pos", "ppe", "pr", "ps", "pst", "pt", "ptsd",
    "qa", "qb", "read", "related", "rip", "roi", "rpm", "rss", "saas", "sat", "sats", "sec's",
    "sme", "smes", "sms", "stem", "suv", "suvs", "tb", "tba", "tbd", "tv", "ufo", "ufos", "ui",
    "update", "url", "usb", "utc", "uv", "ux", "vat", "vc", "vcs", "video", "vip", "vips", "vr",
    "watch", "wmd",
]);

/// Capitalised words that are not names even mid-sentence.
#[rustfmt::skip]
pub(crate) const NON_NAMES: &WordSet = word_set!(&[
    "aids", "brexit", "budget", "cabinet", "category", "chapter", "children", "christmas",
    "constitution", "coronavirus", "covid", "dad", "dr", "east", "easter", "ebola", "friday", "god",
    "government", "highlights", "i", "internet", "madam", "men", "mom", "monday", "mr", "mrs", "ms",
    "mum", "north", "northeast", "northwest", "oh", "ok", "okay", "people", "please", "saturday",
    "series", "sir", "south", "southeast", "southwest", "state", "sunday", "thanksgiving", "thursday",
    "tuesday", "web", "wednesday", "west", "women", "year",
]);

/// Words that head a name going on with "for" ("Office for National Statistics", "Centers for
/// Disease Control").
#[rustfmt::skip]
pub(crate) const FOR_HEADS: &WordSet = word_set!(&[
    "agency", "alliance", "association", "campaign", "center", "centers", "centre", "coalition",
    "commission", "committee", "council", "department", "foundation", "fund", "institute", "office",
    "organisation", "organization", "partnership", "society", "trust",
]);

/// Words that head a name going on with "of" ("Bank of England").
#[rustfmt::skip]
pub(crate) const OF_HEADS: &WordSet = word_set!(&[
    "academy", "administration", "archdiocese", "assembly", "association", "bank", "bay",
    "bureau", "cape", "chamber", "chambers", "chiefs", "church", "city", "college", "commission",
    "committee", "conference", "corps", "council", "court", "department", "diocese", "district",
    "duke", "federation", "gulf", "hall", "house", "institute", "institutes", "isle", "kingdom",
    "lake", "league", "library", "ministry", "mount", "museum", "office", "order",
    "organisation", "organization", "palace", "party", "port", "prince", "princess", "province",
    "republic", "school", "scouts", "sea", "secretary", "society", "state", "states", "statue",
    "strait", "tower", "union", "university",
]);

/// Nouns that continue a name after a possessive ("St Mary's Hospital").
#[rustfmt::skip]
pub(crate) const POSSESSIVE_HEADS: &WordSet = word_set!(&[
    "bar", "bay", "cafe", "cathedral", "church", "college", "day", "hall", "hospital", "inn",
    "island", "islands", "park", "restaurant", "road", "school", "square", "street", "university",
]);

/// Firms whose names end in a possessive, which belongs to the name ("Moody's",
/// "Standard & Poor's"); not names that are as often a person's ("Christie", "Kohl", "Wendy").
#[rustfmt::skip]
pub(crate) const POSSESSIVE_NAMES: &WordSet = word_set!(&[
    "applebee", "dillard", "domino", "harrah", "hershey", "kellogg", "lowe", "macy", "mcdonald",
    "moody", "poor", "sainsbury", "sotheby",
]);

/// ENT-2: common nouns that open a sentence in the possessive as often as a name does
/// ("Company's shares fell", "Time's up", "Summer's end"): no owner's name there.
#[rustfmt::skip]
pub(crate) const COMMON_OWNERS: &WordSet = word_set!(&[
    "autumn", "business", "city", "club", "company", "country", "family", "father", "government",
    "history", "industry", "life", "love", "market", "money", "mother", "nation", "nature",
    "party", "school", "science", "season", "spring", "summer", "team", "time", "war", "week",
    "winter", "world", "year",
]);

/// Units of measure: the unit belongs to the quantity's span.
#[rustfmt::skip]
pub(crate) const UNITS: &WordSet = word_set!(&[
    "acre", "acres", "barrel", "barrels", "bp", "bpd", "bps", "calorie", "calories", "centimeter",
    "centimeters", "centimetre", "centimetres", "cm", "db", "decibel", "decibels", "degree", "degrees", "feet",
    "foot", "ft", "g", "gallon", "gallons", "gb", "ghz", "gigabyte", "gigabytes", "gigawatt", "gigawatts",
    "gram", "grams", "gw", "gwh", "hectare", "hectares", "hz", "inch", "inches", "kb", "kg", "khz", "kilobyte",
    "kilobytes", "kilogram", "kilogramme", "kilogrammes", "kilograms", "kilometer", "kilometers", "kilometre",
    "kilometres", "kilowatt", "kilowatts", "km", "knots", "kph", "kw", "kwh", "lb", "lbs", "liter", "liters",
    "litre", "litres", "m", "mah", "mb", "megabyte", "megabytes", "megawatt", "megawatts", "meter", "meters",
    "metre", "metres", "mg", "mhz", "mile", "miles", "milligram", "milligrams", "millimeter", "millimeters",
    "millimetre", "millimetres", "ml", "mm", "mph", "mw", "mwh", "ounce", "ounces", "oz", "pound", "pounds",
    "sq", "tb", "terabyte", "terabytes", "ton", "tonne", "tonnes", "tons", "twh", "volt", "volts", "watt",
    "watts", "yard", "yards",
]);

/// Units of time that make a duration ("60 days").
#[rustfmt::skip]
pub(crate) const DURATIONS: &WordSet = word_set!(&[
    "centuries", "century", "day", "days", "decade", "decades", "fortnight", "fortnights", "month",
    "months", "quarter", "quarters", "week", "weekend", "weekends", "weeks", "year", "years",
]);

/// Units of clock time: such spans are times, which are not facts here.
#[rustfmt::skip]
pub(crate) const CLOCK_UNITS: &WordSet = word_set!(&[
    "a.m.", "am", "bst", "edt", "est", "et", "gmt", "hour", "hours", "hr", "hrs", "min", "mins",
    "minute", "minutes", "o'clock", "oclock", "p.m.", "pdt", "pm", "pst", "pt", "sec", "second",
    "seconds", "secs", "utc",
]);

/// Words before a bare month name that make it a date ("in March").
#[rustfmt::skip]
pub(crate) const DATE_PREPOSITIONS: &WordSet = word_set!(&[
    "after", "and", "around", "before", "beginning", "between", "by", "during", "early", "end",
    "from", "in", "last", "late", "mid", "next", "of", "on", "or", "since", "start", "this",
    "through", "throughout", "till", "to", "until",
]);

/// Adjectives skipped to find a counted noun ("three new stores" counts stores).
#[rustfmt::skip]
pub(crate) const COUNT_ADJECTIVES: &WordSet = word_set!(&[
    "additional", "big", "extra", "foreign", "former", "full-time", "large", "local", "major",
    "more", "new", "old", "other", "part-time", "senior", "small", "young",
]);

/// Words that can start a money, percent, date or quantity fact; any other word is passed over at once.
#[rustfmt::skip]
pub(crate) const FACT_STARTERS: &WordSet = word_set!(&[
    "a", "an", "apr", "april", "au", "aud", "aug", "august", "autumn", "beginning", "billion",
    "billions", "boxing", "brl", "c", "ca", "cad", "can", "chf", "christmas", "close", "cny",
    "coming", "dec", "december", "diwali", "dkk", "dozens", "earlier", "early", "easter", "eight",
    "eighteen", "eighty", "eleven", "end", "eur", "fall", "father", "feb", "february", "few",
    "fifteen", "fifty", "final", "first", "fiscal", "five", "following", "forty", "four",
    "fourteen", "fourth", "friday", "fy", "gbp", "good", "h", "half", "halloween", "hanukkah", "hk",
    "hkd", "hundreds", "independence", "inr", "jan", "january", "jpy", "jul", "july", "jun", "june",
    "krw", "labor", "labour", "last", "late", "later", "many", "mar", "march", "may", "memorial",
    "mid", "middle", "million", "millions", "minus", "monday", "mother", "multi", "multibillion",
    "multimillion", "multitrillion", "mxn", "new", "next", "nine", "nineteen", "ninety", "nok",
    "nov", "november", "nz", "nzd", "oct", "october", "one", "past", "previous", "q", "quarter",
    "r", "ramadan", "recent", "remembrance", "rmb", "rs", "rub", "s", "saturday", "second", "sek",
    "sep", "sept", "september", "seven", "seventeen", "seventy", "several", "sgd", "six", "sixteen",
    "sixty", "spring", "start", "summer", "sunday", "ten", "tens", "thanksgiving", "third",
    "thirteen", "thirty", "this", "thousand", "thousands", "three", "thursday", "today", "tomorrow",
    "trillion", "trillions", "try", "tuesday", "turn", "twelve", "twenty", "two", "u.s.", "us",
    "usd", "valentine", "veterans", "wednesday", "winter", "year", "yesterday", "zar", "zero",
]);
/// Whether `list` (sorted, lower case) holds `word`, ignoring ASCII case. A word beyond ASCII
/// is in no list (their words are ASCII), and the set's comparison says so itself.
pub(crate) fn has(list: &WordSet, word: &str) -> bool {
    word.len() <= 32 && list.contains_ignoring_ascii_case(word)
}

/// Calls `f` with `word` in lower case, without allocating for short words (in another
/// language's text, most words hold a letter beyond ASCII: "März", "année", "марта").
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()) {
        Some(slot) if word.is_ascii() => {
            slot.copy_from_slice(word.as_bytes());
            slot.make_ascii_lowercase();
            f(std::str::from_utf8(slot).unwrap_or(word))
        }
        // A capital sigma lowers by its place in the word ("ΟΔΟΣ" → "οδος"): only
        // `case::to_lowercase` knows that rule.
        _ if word.contains('Σ') => f(&crate::case::to_lowercase(word)),
        _ => match crate::segment::lowercase_into(word, &mut [0u8; 64]) {
            Some(lower) => f(lower),
            None => f(&crate::case::to_lowercase(word)),
        },
    }
}

/// Whether `word`, in any case, is an English stop word.
pub(crate) fn is_stop(word: &str) -> bool {
    crate::stopwords::is_stop_word_any_case(word)
}

/// The month a name or abbreviation stands for, 1–12, and whether it was abbreviated.
pub(crate) fn month(word: &str) -> Option<(u8, bool)> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const SHORT: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let find = |names: &[&str]| names.iter().position(|m| m.eq_ignore_ascii_case(word));
    if let Some(i) = find(&FULL) {
        return Some((i as u8 + 1, false));
    }
    if word.eq_ignore_ascii_case("sept") {
        return Some((9, true));
    }
    find(&SHORT).map(|i| (i as u8 + 1, true))
}

/// The day of the week a full name stands for, 1 (Monday) – 7 (Sunday).
pub(crate) fn weekday(word: &str) -> Option<u8> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(word)).map(|i| i as u8 + 1)
}

/// The value of a number word from "one" to "ninety-nine"'s parts.
pub(crate) fn number_word(word: &str) -> Option<f64> {
    const WORDS: [&str; 28] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "zero",
    ];
    let i = WORDS.iter().position(|w| w.eq_ignore_ascii_case(word))?;
    Some(match i {
        0..=18 => i as f64 + 1.0,
        19..=26 => (i as f64 - 17.0) * 10.0,
        _ => 0.0,
    })
}

/// The multiplier of a scale word: "million" → 1e6. `abbreviated` also admits the short forms
/// money uses ("m", "bn", "k").
pub(crate) fn scale(word: &str, abbreviated: bool) -> Option<f64> {
    let full = with_lowercase(word, |lower| match lower {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "dozen" => 12.0,
        "lakh" => 1e5,
        "crore" => 1e7,
        "bn" | "bln" => 1e9,
        "mn" | "mln" => 1e6,
        "tn" | "trn" => 1e12,
        _ => 0.0,
    });
    if full > 0.0 {
        return Some(full);
    }
    match (abbreviated, word) {
        (true, "m" | "M") => Some(1e6),
        (true, "k" | "K") => Some(1e3),
        (true, "b" | "B") => Some(1e9),
        _ => None,
    }
}

/// The plural scale words that stand alone for a vague count: "hundreds", "thousands".
pub(crate) fn plural_scale(word: &str) -> bool {
    ["dozens", "hundreds", "thousands", "millions", "billions", "trillions"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The currency a symbol stands for.
pub(crate) fn currency_symbol(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        _ => return None,
    })
}

/// The currency a prefix written straight before "$" stands for: "US$", "A$", "HK$".
pub(crate) fn dollar_prefix(word: &str) -> Option<&'static str> {
    Some(match word {
        "US" | "U.S." => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" | "CAN" => "CAD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "R" => "BRL",
        _ => return None,
    })
}

/// The ISO code and the factor to units of a currency named after its amount: "euros" →
/// ("EUR", 1), "cents" → ("USD", 0.01).
pub(crate) fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    with_lowercase(word, |lower| match lower {
        "dollar" | "dollars" => Some(("USD", 1.0)),
        "euro" | "euros" => Some(("EUR", 1.0)),
        "pound" | "pounds" | "sterling" => Some(("GBP", 1.0)),
        "yen" => Some(("JPY", 1.0)),
        "yuan" | "renminbi" => Some(("CNY", 1.0)),
        "rupee" | "rupees" => Some(("INR", 1.0)),
        "franc" | "francs" => Some(("CHF", 1.0)),
        "ruble" | "rubles" | "rouble" | "roubles" => Some(("RUB", 1.0)),
        "won" => Some(("KRW", 1.0)),
        "peso" | "pesos" => Some(("MXN", 1.0)),
        "rand" => Some(("ZAR", 1.0)),
        "real" | "reais" => Some(("BRL", 1.0)),
        "krona" | "kronor" => Some(("SEK", 1.0)),
        "krone" | "kroner" => Some(("DKK", 1.0)),
        "lira" => Some(("TRY", 1.0)),
        "shekel" | "shekels" => Some(("ILS", 1.0)),
        "zloty" | "zlotys" => Some(("PLN", 1.0)),
        "forint" => Some(("HUF", 1.0)),
        "baht" => Some(("THB", 1.0)),
        "ringgit" => Some(("MYR", 1.0)),
        "rupiah" => Some(("IDR", 1.0)),
        "naira" => Some(("NGN", 1.0)),
        "riyal" | "riyals" => Some(("SAR", 1.0)),
        "dirham" | "dirhams" => Some(("AED", 1.0)),
        "cent" | "cents" => Some(("USD", 0.01)),
        "pence" | "p" => Some(("GBP", 0.01)),
        _ => None,
    })
}

/// The currency of an adjective and a currency noun: "Canadian dollars" → CAD, "Swiss
/// francs" → CHF.
pub(crate) fn currency_adjective(adjective: &str, noun: &str) -> Option<&'static str> {
    let is = |w: &str| noun.eq_ignore_ascii_case(w);
    let dollars = is("dollars") || is("dollar");
    let francs = is("francs") || is("franc");
    Some(match adjective {
        "US" | "U.S." | "American" if dollars => "USD",
        "Canadian" if dollars => "CAD",
        "Australian" if dollars => "AUD",
        "Singapore" if dollars => "SGD",
        "Taiwan" | "Taiwanese" if dollars => "TWD",
        "Zealand" if dollars => "NZD",
        "Kong" if dollars => "HKD",
        "Swiss" if francs => "CHF",
        "Norwegian" if is("krone") || is("kroner") => "NOK",
        _ => return None,
    })
}

/// NUM-5: words before an amount that "to" follows as the level a change led to.
pub(crate) const CHANGES: [&str; 18] = [
    "added", "by", "climbed", "declined", "down", "dropped", "eased", "fell", "from", "gained", "jumped", "lost",
    "rose", "slid", "slipped", "soared", "tumbled", "up",
];

/// NUM-5: the words before "from" that announce a range rather than a change: "prices ranging
/// from $5 to $100", "anywhere from 10 to 50".
pub(crate) const RANGE_ANNOUNCERS: [&str; 10] =
    ["anything", "anywhere", "range", "ranged", "ranges", "ranging", "varied", "varies", "vary", "varying"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        let lists = [
            SENTENCE_STARTERS,
            BODY_OPENERS,
            FOR_HEADS,
            OF_HEADS,
            POSSESSIVE_HEADS,
            POSSESSIVE_NAMES,
            TITLES,
            TITLE_BREAKS,
            TITLE_MODIFIERS,
            NORP,
            NON_NAME_ACRONYMS,
            NON_NAMES,
            UNITS,
            DURATIONS,
            CLOCK_UNITS,
            DATE_PREPOSITIONS,
            COUNT_ADJECTIVES,
            FACT_STARTERS,
        ];
        for list in lists.map(|l| l.words()) {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    #[test]
    fn looks_up_ignoring_case() {
        assert!(has(TITLES, "CEO") && has(TITLES, "ceo") && !has(TITLES, "Amazon"));
        assert_eq!(month("Sept"), Some((9, true)));
        assert_eq!(month("July"), Some((7, false)));
        assert_eq!(weekday("Thursday"), Some(4));
        assert_eq!(number_word("forty"), Some(40.0));
        assert_eq!(number_word("nineteen"), Some(19.0));
        assert_eq!(scale("bn", false), Some(1e9));
        assert_eq!(scale("m", false), None);
    }
}
