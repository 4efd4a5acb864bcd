//! LANG-1 … LANG-4: the words other languages write their facts with — month and day names,
//! scale words, currency words, the small words that link them, and relative dates — for
//! German, French, Spanish, Italian, Dutch, Russian, Polish, Portuguese, Ukrainian, Danish and
//! Norwegian (Bokmål), the languages of SEG-18 whose news Nutshell summarises most. A token
//! carries its text's [`Lang`]; English tokens never consult these lists, so English facts are
//! the same with or without them.

use super::lexicon::{currency_symbol, with_lowercase};
use std::sync::OnceLock;

use super::tokens::Token;
use crate::stopwords::without_elision;

/// The language a token is written in, as far as the facts stage tells languages apart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Lang {
    #[default]
    English,
    German,
    French,
    Spanish,
    Italian,
    Dutch,
    Russian,
    Polish,
    Portuguese,
    Ukrainian,
    Danish,
    Norwegian,
    /// Another language with a segmenter profile: a decimal comma, no word lists here.
    Other,
}

impl Lang {
    /// The language of an ISO 639-1 code (a segmenter profile's).
    pub(crate) fn of(code: &str) -> Lang {
        match code {
            "en" => Lang::English,
            "de" => Lang::German,
            "fr" => Lang::French,
            "es" => Lang::Spanish,
            "it" => Lang::Italian,
            "nl" => Lang::Dutch,
            "ru" => Lang::Russian,
            "pl" => Lang::Polish,
            "pt" => Lang::Portuguese,
            "uk" => Lang::Ukrainian,
            "da" => Lang::Danish,
            "no" => Lang::Norwegian,
            _ => Lang::Other,
        }
    }

    /// The ISO 639-1 code of the language, "" for [`Lang::Other`].
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::German => "de",
            Lang::French => "fr",
            Lang::Spanish => "es",
            Lang::Italian => "it",
            Lang::Dutch => "nl",
            Lang::Russian => "ru",
            Lang::Polish => "pl",
            Lang::Portuguese => "pt",
            Lang::Ukrainian => "uk",
            Lang::Danish => "da",
            Lang::Norwegian => "no",
            Lang::Other => "",
        }
    }

    /// NUM-1: whether the language writes "8,1 %" and "3.000" (every one but English).
    pub(crate) fn decimal_comma(self) -> bool {
        self != Lang::English
    }

    /// The row of this language in the tables below.
    fn row(self) -> Option<usize> {
        match self {
            Lang::German => Some(0),
            Lang::French => Some(1),
            Lang::Spanish => Some(2),
            Lang::Italian => Some(3),
            Lang::Dutch => Some(4),
            Lang::Russian => Some(5),
            Lang::Polish => Some(6),
            Lang::Portuguese => Some(7),
            Lang::Ukrainian => Some(8),
            Lang::Danish => Some(9),
            Lang::Norwegian => Some(10),
            Lang::English | Lang::Other => None,
        }
    }
}

/// How many languages the tables below have a row for ([`Lang::row`]).
const ROWS: usize = 11;

/// LANG-1: the months, January first, in German, French, Spanish, Italian, Dutch, Russian,
/// Polish, Portuguese, Ukrainian, Danish and Norwegian (one string each: a fraction of the
/// wasm's data that a list of strings takes; a month's forms are separated by "/": Russian,
/// Polish and Ukrainian decline their months, "март", "3 марта", "в марте").
const MONTHS: [&str; ROWS] = [
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "январь/января/январе февраль/февраля/феврале март/марта/марте апрель/апреля/апреле май/мая/мае \
     июнь/июня/июне июль/июля/июле август/августа/августе сентябрь/сентября/сентябре \
     октябрь/октября/октябре ноябрь/ноября/ноябре декабрь/декабря/декабре",
    "styczeń/stycznia/styczniu luty/lutego/lutym marzec/marca/marcu kwiecień/kwietnia/kwietniu maj/maja/maju \
     czerwiec/czerwca/czerwcu lipiec/lipca/lipcu sierpień/sierpnia/sierpniu wrzesień/września/wrześniu \
     październik/października/październiku listopad/listopada/listopadzie grudzień/grudnia/grudniu",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "січень/січня/січні лютий/лютого/лютому березень/березня/березні квітень/квітня/квітні \
     травень/травня/травні червень/червня/червні липень/липня/липні серпень/серпня/серпні \
     вересень/вересня/вересні жовтень/жовтня/жовтні листопад/листопада/листопаді грудень/грудня/грудні",
    "januar februar marts april maj juni juli august september oktober november december",
    "januar februar mars april mai juni juli august september oktober november desember",
];

/// LANG-1: the days of the week, Monday first, in the same languages. Portuguese names its
/// weekdays by number ("segunda-feira", "quinta"), so those five are days only with their
/// "-feira" ([`weekday_at`]): "a segunda vez" is "the second time". Danish and Norwegian
/// name them alike.
const WEEKDAYS: [&str; ROWS] = [
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "понедельник/понедельника вторник/вторника среда/среду/среды четверг/четверга \
     пятница/пятницу/пятницы суббота/субботу/субботы воскресенье/воскресенья",
    "poniedziałek/poniedziałku wtorek/wtorku środa/środę/środy czwartek/czwartku piątek/piątku \
     sobota/sobotę/soboty niedziela/niedzielę/niedzieli",
    "segunda terça quarta quinta sexta sábado domingo",
    "понеділок/понеділка вівторок/вівторка середа/середу/середи четвер/четверга \
     п'ятниця/п'ятницю/п'ятниці/п’ятниця/п’ятницю/п’ятниці субота/суботу/суботи неділя/неділю/неділі",
    NORDIC_WEEKDAYS,
    NORDIC_WEEKDAYS,
];

/// LANG-1: the days of the week in Danish and Norwegian.
const NORDIC_WEEKDAYS: &str = "mandag tirsdag onsdag torsdag fredag lørdag søndag";

/// LANG-1: the month a token names in its language ("März", "janvier", "3 de marzo"),
/// 1–12. German capitalises its months as every noun; the others write them in lower case,
/// so a capitalised "Mars" or "Julio" inside a sentence is a name.
pub(crate) fn month(token: &Token<'_>) -> Option<u8> {
    find_name(token, &MONTHS).map(|i| i as u8 + 1)
}

/// LANG-1: the day of the week the tokens at `i` name in their language, 1 (Monday) – 7
/// (Sunday), and the token after the name ("Freitag", "segunda-feira").
pub(crate) fn weekday_at(tokens: &[Token<'_>], i: usize) -> Option<(u8, usize)> {
    let token = tokens.get(i)?;
    let day = find_name(token, &WEEKDAYS)? as u8 + 1;
    if token.lang != Lang::Portuguese {
        return Some((day, i + 1));
    }
    let glued = |j: usize| tokens.get(j).filter(|t| !t.spaced);
    let feira = glued(i + 1).is_some_and(|t| t.is('-')) && glued(i + 2).is_some_and(|t| t.text == "feira");
    match (feira, day) {
        (true, _) => Some((day, i + 3)),
        (false, 6 | 7) => Some((day, i + 1)),
        (false, _) => None,
    }
}

fn find_name(token: &Token<'_>, table: &[&str; ROWS]) -> Option<usize> {
    let row = token.lang.row()?;
    let cased = if token.lang == Lang::German {
        token.is_capitalized()
    } else {
        token.is_lowercase() || (token.initial && token.is_capitalized())
    };
    if !cased || !token.is_word() {
        return None;
    }
    with_lowercase(token.text, |lower| {
        let name = |name: &str| name.split('/').any(|form| form == lower);
        starts_date(row, lower).then(|| table[row].split(' ').position(name))?
    })
}

/// LANG-4: relative dates, phrases separated by "|", in the same languages, without the article
/// before them (as "the" is no part of "last week"), which would make every "la" and "el" a
/// date's possible start. Not the words that also mean something else: "morgen" (also
/// "morning"), "mañana" (also "morning"). Danish and Norwegian "i går", "i dag", "i fjor" keep
/// their "i": without it "går" is "goes" and "dag" "day".
const RELATIVE: [&str; ROWS] = [
    "gestern|heute|vorgestern|übermorgen|letzte woche|vergangene woche|vergangener woche|nächste woche|\
     nächster woche|diese woche|dieser woche|letztes jahr|letzten jahr|letzten jahres|vergangenes jahr|\
     vergangenen jahr|vergangenen jahres|nächstes jahr|nächsten jahr|nächsten jahres|dieses jahr|dieses jahres|\
     diesem jahr|letzten monat|vergangenen monat|nächsten monat|diesen monat|diesem monat",
    "hier|aujourd'hui|demain|semaine dernière|semaine passée|semaine prochaine|cette semaine|l'an dernier|\
     l'an passé|l'an prochain|l'année dernière|l'année passée|l'année prochaine|cette année|mois dernier|\
     mois prochain",
    "ayer|hoy|anteayer|semana pasada|próxima semana|semana próxima|semana que viene|esta semana|año pasado|\
     próximo año|año próximo|año que viene|este año|mes pasado|próximo mes|mes próximo|este mes",
    "ieri|oggi|domani|settimana scorsa|scorsa settimana|prossima settimana|questa settimana|l'anno scorso|\
     scorso anno|l'anno prossimo|prossimo anno|quest'anno|mese scorso|scorso mese|prossimo mese|questo mese",
    "gisteren|vandaag|eergisteren|vorige week|volgende week|deze week|vorig jaar|volgend jaar|dit jaar|\
     vorige maand|volgende maand|deze maand",
    "вчера|сегодня|завтра|позавчера|прошлой неделе|этой неделе|следующей неделе|прошлом году|этом году|\
     следующем году|прошлого года|этого года|прошлом месяце|этом месяце|следующем месяце",
    "wczoraj|dzisiaj|dziś|jutro|przedwczoraj|zeszłym tygodniu|przyszłym tygodniu|zeszłym roku|ubiegłym roku|\
     przyszłym roku|zeszłym miesiącu|ubiegłym miesiącu|przyszłym miesiącu",
    "ontem|hoje|anteontem|amanhã|semana passada|próxima semana|semana que vem|esta semana|nesta semana|\
     ano passado|próximo ano|ano que vem|este ano|neste ano|mês passado|próximo mês|mês que vem|este mês|neste mês",
    "вчора|учора|сьогодні|завтра|позавчора|минулого тижня|цього тижня|наступного тижня|минулого року|\
     цього року|наступного року|минулому році|цьому році|наступному році|минулого місяця|цього місяця|\
     наступного місяця",
    "i går|i dag|i morgen|i forgårs|i overmorgen|i fjor|i år|sidste uge|forrige uge|næste uge|denne uge|\
     sidste år|forrige år|næste år|sidste måned|forrige måned|næste måned|denne måned",
    "i går|i dag|i morgen|i forgårs|i overmorgen|i fjor|i år|forrige uke|neste uke|denne uken|denne uka|\
     forrige år|neste år|forrige måned|neste måned|denne måneden",
];

/// LANG-1 and LANG-4: whether a date of language `row` may start with `lower` (one of its month
/// or day names in any form, or the first word of one of its relative dates): one binary search
/// turns away most words of a text before the tables are read.
fn starts_date(row: usize, lower: &str) -> bool {
    static STARTS: OnceLock<[Vec<&'static str>; ROWS]> = OnceLock::new();
    let starts = STARTS.get_or_init(|| std::array::from_fn(start_words));
    starts.get(row).is_some_and(|words| words.binary_search(&lower).is_ok())
}

/// The words a date of language `row` may start with, sorted, from the tables above.
fn start_words(row: usize) -> Vec<&'static str> {
    let names = MONTHS[row].split(' ').chain(WEEKDAYS[row].split(' ')).flat_map(|name| name.split('/'));
    let relative = RELATIVE[row].split('|').filter_map(|phrase| phrase.split(' ').next());
    let mut words = Vec::new();
    for word in names.chain(relative) {
        if let Err(at) = words.binary_search(&word) {
            words.insert(at, word);
        }
    }
    words
}

/// LANG-4: the end of a relative date of the text's language that starts at token `i`
/// ("gestern", "la semana pasada", "l'année dernière"), the longest there is. Not after a
/// Danish or Norwegian "de": "de sidste år" are "the last years".
pub(crate) fn relative(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let first = tokens.get(i).filter(|t| t.is_word())?;
    let row = first.lang.row()?;
    let after_de = i.checked_sub(1).and_then(|b| tokens.get(b)).is_some_and(|t| t.text.eq_ignore_ascii_case("de"));
    if after_de && matches!(first.lang, Lang::Danish | Lang::Norwegian) {
        return None;
    }
    with_lowercase(first.text, |first_word| {
        if !starts_date(row, first_word) {
            return None;
        }
        let rest_matches = |rest: &str| {
            rest.split(' ').enumerate().all(|(k, word)| {
                let t = tokens.get(i + 1 + k).filter(|t| t.is_word());
                t.is_some_and(|t| with_lowercase(t.text, |lower| lower == word))
            })
        };
        let lengths = RELATIVE[row].split('|').filter_map(|phrase| match phrase.split_once(' ') {
            None => (phrase == first_word).then_some(1),
            Some((head, rest)) => (head == first_word && rest_matches(rest)).then(|| 1 + rest.split(' ').count()),
        });
        lengths.max().map(|len| i + len)
    })
}

/// LANG-1 and LANG-4: whether a date of the text's language (a month, a day, a relative date)
/// may start at `token`.
pub(crate) fn may_start_date(token: &Token<'_>) -> bool {
    let Some(row) = token.lang.row() else {
        return false;
    };
    token.is_word() && with_lowercase(token.text, |lower| starts_date(row, lower))
}

/// LANG-1: the word between a day, its month and its year in Spanish and Portuguese: "3 de
/// marzo de 2024", "3 de março de 2024".
pub(crate) fn is_date_link(token: &Token<'_>) -> bool {
    match token.lang {
        Lang::Spanish => matches!(token.text, "de" | "del"),
        Lang::Portuguese => token.text == "de",
        _ => false,
    }
}

/// LANG-1: the French ordinal of the first day, "1er janvier".
pub(crate) fn is_ordinal_suffix(token: &Token<'_>) -> bool {
    token.lang == Lang::French && token.text == "er"
}

/// LANG-1: a day's ordinal full stop, "3. März" (German), "3. marts" (Danish), "3. mars"
/// (Norwegian).
pub(crate) fn is_ordinal_dot(token: &Token<'_>) -> bool {
    matches!(token.lang, Lang::German | Lang::Danish | Lang::Norwegian) && token.is('.') && !token.spaced
}

/// LANG-1: how many tokens at `j` stand between a day of the week and its date in Danish and
/// Norwegian: "mandag den 3. marts", "mandag d. 3. marts".
pub(crate) fn day_article_len(tokens: &[Token<'_>], j: usize) -> usize {
    let Some(token) = tokens.get(j).filter(|t| matches!(t.lang, Lang::Danish | Lang::Norwegian)) else {
        return 0;
    };
    match token.text {
        "den" => 1,
        "d" if tokens.get(j + 1).is_some_and(|t| t.is('.') && !t.spaced) => 2,
        _ => 0,
    }
}

/// LANG-2: a scale word after a number in the token's language, and whether it is an
/// abbreviation that takes a full stop ("3,2 Mrd.", "15 Mio."). German and French "Billion"
/// and Spanish "billón" are a million million, not the English thousand million.
pub(crate) fn scale(token: &Token<'_>) -> Option<(f64, bool)> {
    look_up(token, &SCALES).copied()
}

/// LANG-3: a currency word after an amount in the token's language, as an ISO 4217 code and
/// the factor to whole units: "Pfund", "dólares", "sterline", and the cents of the euro
/// ("50 Cent" in German text is half a euro).
pub(crate) fn currency_word(token: &Token<'_>) -> Option<(&'static str, f64)> {
    look_up(token, &CURRENCIES).copied()
}

/// The entry of `table` for the token's word (lower-cased) in its language. Tables rather
/// than `match`: a fraction of the wasm's code.
fn look_up<T>(token: &Token<'_>, table: &'static [(u16, &'static str, T)]) -> Option<&'static T> {
    let bit = 1u16 << token.lang.row()?;
    with_lowercase(token.text, |lower| {
        table.iter().find(|(langs, word, _)| langs & bit != 0 && *word == lower).map(|(_, _, entry)| entry)
    })
}

const DE: u16 = 1;
const FR: u16 = 2;
const ES: u16 = 4;
const IT: u16 = 8;
const NL: u16 = 16;
const RU: u16 = 32;
const PL: u16 = 64;
const PT: u16 = 128;
const UK: u16 = 256;
const DA: u16 = 512;
const NO: u16 = 1024;

/// LANG-2: the scale words: their languages, the word, the factor, and whether it is an
/// abbreviation that takes a full stop.
const SCALES: [(u16, &str, (f64, bool)); 86] = [
    (DE, "tausend", (1e3, false)),
    (FR, "mille", (1e3, false)),
    (ES | PT, "mil", (1e3, false)),
    (IT, "mila", (1e3, false)),
    (NL, "duizend", (1e3, false)),
    (DE | FR | DA | NO, "million", (1e6, false)),
    (DE, "millionen", (1e6, false)),
    (FR, "millions", (1e6, false)),
    (ES, "millón", (1e6, false)),
    (ES, "millon", (1e6, false)),
    (ES, "millones", (1e6, false)),
    (IT, "milione", (1e6, false)),
    (IT, "milioni", (1e6, false)),
    (NL, "miljoen", (1e6, false)),
    (DE, "milliarde", (1e9, false)),
    (DE, "milliarden", (1e9, false)),
    (FR | DA | NO, "milliard", (1e9, false)),
    (FR, "milliards", (1e9, false)),
    (ES, "millardo", (1e9, false)),
    (ES, "millardos", (1e9, false)),
    (IT, "miliardo", (1e9, false)),
    (IT, "miliardi", (1e9, false)),
    (NL, "miljard", (1e9, false)),
    (DE | FR | DA | NO, "billion", (1e12, false)),
    (DE, "billionen", (1e12, false)),
    (FR, "billions", (1e12, false)),
    (ES, "billón", (1e12, false)),
    (ES, "billones", (1e12, false)),
    (DE | DA | NO, "mio", (1e6, true)),
    (DE | DA | NO, "mrd", (1e9, true)),
    (IT | NL | PL, "mln", (1e6, true)),
    (IT | NL | PL, "mld", (1e9, true)),
    (RU, "тыс", (1e3, true)),
    (RU, "тысяча", (1e3, false)),
    (RU, "тысячи", (1e3, false)),
    (RU, "тысяч", (1e3, false)),
    (RU | UK, "млн", (1e6, true)),
    (RU, "миллион", (1e6, false)),
    (RU, "миллиона", (1e6, false)),
    (RU, "миллионов", (1e6, false)),
    (RU | UK, "млрд", (1e9, true)),
    (RU, "миллиард", (1e9, false)),
    (RU, "миллиарда", (1e9, false)),
    (RU, "миллиардов", (1e9, false)),
    (RU, "трлн", (1e12, true)),
    (RU, "триллионов", (1e12, false)),
    (PL, "tys", (1e3, true)),
    (PL, "tysiąc", (1e3, false)),
    (PL, "tysiące", (1e3, false)),
    (PL, "tysięcy", (1e3, false)),
    (PL, "milion", (1e6, false)),
    (PL, "miliony", (1e6, false)),
    (PL, "milionów", (1e6, false)),
    (PL, "miliard", (1e9, false)),
    (PL, "miliardy", (1e9, false)),
    (PL, "miliardów", (1e9, false)),
    (PL, "bln", (1e12, true)),
    (PT, "milhão", (1e6, false)),
    (PT, "milhões", (1e6, false)),
    (PT, "mi", (1e6, false)),
    (PT, "bilhão", (1e9, false)),
    (PT, "bilhões", (1e9, false)),
    (PT, "bi", (1e9, false)),
    (PT, "bilião", (1e12, false)),
    (PT, "biliões", (1e12, false)),
    (PT, "trilhão", (1e12, false)),
    (PT, "trilhões", (1e12, false)),
    (PT, "tri", (1e12, false)),
    (UK, "тис", (1e3, true)),
    (UK, "тисяча", (1e3, false)),
    (UK, "тисячі", (1e3, false)),
    (UK, "тисяч", (1e3, false)),
    (UK, "мільйон", (1e6, false)),
    (UK, "мільйона", (1e6, false)),
    (UK, "мільйони", (1e6, false)),
    (UK, "мільйонів", (1e6, false)),
    (UK, "мільярд", (1e9, false)),
    (UK, "мільярди", (1e9, false)),
    (UK, "мільярдів", (1e9, false)),
    (DA, "tusind", (1e3, false)),
    (NO, "tusen", (1e3, false)),
    (DA | NO, "millioner", (1e6, false)),
    (DA | NO, "mill", (1e6, true)),
    (DA | NO, "milliarder", (1e9, false)),
    (DA, "mia", (1e9, true)),
    (DA | NO, "billioner", (1e12, false)),
];

/// LANG-3: the currency words: their languages, the word, the ISO 4217 code, and the factor
/// to whole units.
const CURRENCIES: [(u16, &str, (&str, f64)); 68] = [
    (DE | FR | ES | IT | NL | PL | PT | DA | NO, "euro", ("EUR", 1.0)),
    (DE | FR | ES | IT | NL | PT, "euros", ("EUR", 1.0)),
    (DE | NL, "cent", ("EUR", 0.01)),
    (DE, "cents", ("EUR", 0.01)),
    (FR, "centimes", ("EUR", 0.01)),
    (ES, "céntimos", ("EUR", 0.01)),
    (IT, "centesimi", ("EUR", 0.01)),
    (DE | FR | NL | DA | NO, "dollar", ("USD", 1.0)),
    (FR | DA, "dollars", ("USD", 1.0)),
    (ES, "dólar", ("USD", 1.0)),
    (ES, "dólares", ("USD", 1.0)),
    (IT, "dollaro", ("USD", 1.0)),
    (IT, "dollari", ("USD", 1.0)),
    (DE, "pfund", ("GBP", 1.0)),
    (FR, "livre", ("GBP", 1.0)),
    (FR, "livres", ("GBP", 1.0)),
    (ES, "libra", ("GBP", 1.0)),
    (ES, "libras", ("GBP", 1.0)),
    (IT, "sterlina", ("GBP", 1.0)),
    (IT, "sterline", ("GBP", 1.0)),
    (NL, "pond", ("GBP", 1.0)),
    (DE, "franken", ("CHF", 1.0)),
    (FR, "franc", ("CHF", 1.0)),
    (FR, "francs", ("CHF", 1.0)),
    (IT, "franco", ("CHF", 1.0)),
    (IT, "franchi", ("CHF", 1.0)),
    (RU, "евро", ("EUR", 1.0)),
    (RU, "рубль", ("RUB", 1.0)),
    (RU, "рубля", ("RUB", 1.0)),
    (RU, "рублей", ("RUB", 1.0)),
    (RU, "руб", ("RUB", 1.0)),
    (RU, "доллар", ("USD", 1.0)),
    (RU, "доллара", ("USD", 1.0)),
    (RU, "долларов", ("USD", 1.0)),
    (RU, "юаней", ("CNY", 1.0)),
    (RU, "фунтов", ("GBP", 1.0)),
    (PL, "zł", ("PLN", 1.0)),
    (PL, "złoty", ("PLN", 1.0)),
    (PL, "złote", ("PLN", 1.0)),
    (PL, "złotych", ("PLN", 1.0)),
    (PL, "dolar", ("USD", 1.0)),
    (PL, "dolary", ("USD", 1.0)),
    (PL, "dolarów", ("USD", 1.0)),
    (PL, "funtów", ("GBP", 1.0)),
    (PT, "cêntimos", ("EUR", 0.01)),
    (PT, "dólar", ("USD", 1.0)),
    (PT, "dólares", ("USD", 1.0)),
    (PT, "real", ("BRL", 1.0)),
    (PT, "reais", ("BRL", 1.0)),
    (PT, "libra", ("GBP", 1.0)),
    (PT, "libras", ("GBP", 1.0)),
    (UK, "гривня", ("UAH", 1.0)),
    (UK, "гривні", ("UAH", 1.0)),
    (UK, "гривень", ("UAH", 1.0)),
    (UK, "грн", ("UAH", 1.0)),
    (UK, "євро", ("EUR", 1.0)),
    (UK, "долар", ("USD", 1.0)),
    (UK, "долари", ("USD", 1.0)),
    (UK, "доларів", ("USD", 1.0)),
    (DA, "kroner", ("DKK", 1.0)),
    (DA, "krone", ("DKK", 1.0)),
    (DA, "kr", ("DKK", 1.0)),
    (DA, "øre", ("DKK", 0.01)),
    (NO, "kroner", ("NOK", 1.0)),
    (NO, "krone", ("NOK", 1.0)),
    (NO, "kr", ("NOK", 1.0)),
    (NO, "øre", ("NOK", 0.01)),
    (DA | NO, "pund", ("GBP", 1.0)),
];

/// LANG-3: a currency after an amount in another language: a word ("3,2 Mrd. Euro"), a word
/// after the link a scale word takes ("200 millones de euros", "15 millions d'euros", "3
/// milioni di euro"), or a symbol ("200 €", "3,5 Mio. €"). Returns its tokens, code and factor.
pub(crate) fn currency_after(tokens: &[Token<'_>], at: usize, scaled: bool) -> Option<(usize, &'static str, f64)> {
    let token = tokens.get(at)?;
    token.lang.row()?;
    if let Some(code) = currency_symbol(token.text) {
        return Some((1, code, 1.0));
    }
    if let Some((code, factor)) = currency_word(token) {
        return Some((1, code, factor));
    }
    if !scaled {
        return None;
    }
    // "d'euros": French elides the link.
    let word = without_elision(token.lang.code(), token.text);
    if token.lang == Lang::French && word.len() < token.text.len() && token.text.starts_with('d') {
        let (code, factor) = currency_word(&Token { text: word, ..*token })?;
        return Some((1, code, factor));
    }
    let link = matches!(
        (token.lang, token.text),
        (Lang::French | Lang::Spanish | Lang::Portuguese, "de") | (Lang::Italian, "di")
    );
    let (code, factor) = link.then(|| tokens.get(at + 1).and_then(currency_word)).flatten()?;
    Some((2, code, factor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_starts_are_the_names_and_the_first_words_of_relative_dates() {
        assert!(starts_date(0, "märz") && starts_date(0, "gestern") && starts_date(0, "letzte"));
        assert!(starts_date(5, "марта") && starts_date(5, "прошлом") && !starts_date(5, "году"));
        assert!(!starts_date(1, "la") && !starts_date(2, "el") && !starts_date(8, "mai"));
        assert!(starts_date(7, "março") && starts_date(7, "ontem") && !starts_date(7, "feira"));
        assert!(starts_date(8, "березня") && starts_date(8, "вчора") && !starts_date(8, "року"));
        assert!(starts_date(9, "marts") && starts_date(9, "lørdag") && starts_date(9, "i") && !starts_date(9, "går"));
        assert!(starts_date(10, "mars") && starts_date(10, "forrige") && !starts_date(10, "marts"));
        assert!((0..ROWS).all(|row| start_words(row).windows(2).all(|w| w[0] < w[1])));
    }
}
