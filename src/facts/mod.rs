//! Stage 2: the key facts in each sentence — money, percentages, quantities, dates and
//! named entities — as typed byte spans with normalised values.
//!
//! Each sentence is split into tokens (words, numbers, symbols); then, from left to
//! right, every matcher is tried at each token and the one that reaches furthest wins (money
//! before percent before date before quantity when they tie), so "$29.3 billion" is one money
//! fact, not a quantity and a number. Entities are tried where no number-based fact starts.
//! Facts never overlap and come in source order. Spans are tight: they leave out "about",
//! "the" and a counted noun ("1,000 jobs" marks "1,000"), but keep scale words, units and
//! bounds ("$29.3 billion", "23 percent", "5 km", "60 days", "nearly 200").
//!
//! The rules, each named in the code and tested under its name:
//!
//! - **NUM-1 digits** — "1,000", "29.3"; not an ordinal ("17th"). In a language that writes a
//!   decimal comma (every language with a profile but English, SEG-18) "8,1" is 8.1 and "3.000"
//!   is 3,000, and so is "3 000" (a space, a no-break space or a narrow one between groups).
//!   Digits with two or more dots that are not thousands groups are one token and no number: a
//!   date (DATE-5, "17.07.2025") or a version or address ("4.1.3", "192.168.1.1").
//! - **NUM-2 number words** — "seven", "twenty-five", "forty five" (a units word in lower case,
//!   not "Twenty One Pilots"), "one hundred and twenty three", fractions "two-thirds" (0.667),
//!   "three-quarters", "two thirds", "one fifth of", "half of", "a third of" (not "two
//!   quarters" of a year), and "half" after a bound or an approximation ("more than half",
//!   "by almost half"; not "over half an hour").
//! - **NUM-3 vague counts** — "several hundred", "a few thousand", "hundreds", "tens of
//!   thousands", "a dozen", "half a million".
//! - **NUM-4 scale words** — "3.5 million", "two hundred thousand"; after money's digits also
//!   "m", "bn", "k" ("£15.8m"), and "m" glued to a decimal before the noun it counts ("1.4m
//!   workers"; any other "m" after a number is metres, QTY-1). The value is the whole number named, exactly: "$4.1m" is
//!   4,100,000 (not 4,099,999.9999999995, as floating-point 4.1 × 10⁶ would give).
//! - **NUM-5 ranges** — "5-6 billion", "5 to 6 million", "$24-$26", "£40m-£50m", "between 10
//!   and 20 percent", "between $10 and $20 million", "$15 to $17 a share", "3% to 5%", and a
//!   range announced before "from", whatever its ends ("ranging from $5 to $100", "anywhere
//!   from 10 to 50") (not two years: "between 2010 and 2015"; not a change and the level it
//!   led to: "fell $28.63 to $38.65", "rose from 3% to 5%", "from 11,000 to 813,200"): the
//!   value is the lower end, scaled like the upper end when only that has a scale word
//!   ("$10-$20 million" is $10 million).
//! - **NUM-6 bounds and approximations** — "more than", "less than", "at least", "up to", "as
//!   many as", "nearly", "almost", "some", "around", "roughly", "just", "only", "just over",
//!   "an estimated" and a range's "between" belong to the amount, as newswire annotates them:
//!   "more than 3,000", "nearly 200", "between 10 and 20 percent". Not "about" alone (but "only
//!   about 40%"), nor "over" or "under" as prepositions ("over two days", "turned over 300
//!   files").
//! - **MONEY-1 symbol or code first** — "$29.3 billion", "US$ 40", "€5bn", "USD 3 million",
//!   "Rs 200 crore".
//! - **MONEY-2 currency word after** — "3 million euros", "50 cents" (0.5 USD), "50p", "200
//!   Canadian dollars", "1bn Swiss francs", "9.5bn kronor", "20bn baht", "154m naira", and
//!   hyphenated before a noun ("a 20,000-euro fine", "a 5-million-dollar deal"); not "10 pounds
//!   of", "weighed 10 pounds" or "a 500-pound bomb" (a weight).
//! - **MONEY-3 per unit** — what a price is per belongs to the amount: "85 cents a share",
//!   "$1.16 per share", "$70 a barrel", "$15 an hour", "$300 a month"; not "$5 a year ago".
//! - **MONEY-4 vague amounts** — a vague count of a currency is money without a value:
//!   "thousands of dollars", "hundreds of millions of euros".
//! - **MONEY-5 scale adjectives** — a scale word and a currency without a number make one
//!   adjective: "billion-dollar deals", "thousand-dollar price tags", "million-pound homes"
//!   (valued as one of the scale, as "a billion-dollar deal" is); after "multi" the amount is
//!   vague, without a value ("a multimillion-dollar contract", "multi-billion dollar
//!   projects"). Not "thousand-pound bombs", a weight, nor "Million Dollar Baby", a name.
//! - **PCT-1 percentages** — "17%", "23 percent", "5.5 per cent", "2.9 pc", "3 percentage
//!   points", "a 17-percent rise"; also "2,4 Prozent", "5 por ciento", "2,5 pour cent".
//! - **NUM-7 negatives** — "minus" before digits belongs to the amount and makes it negative:
//!   "minus 5 degrees", "minus 0.3%".
//! - **QTY-1 units** — a unit of measure belongs to the span: "5 km", "100m", "30°C", and so
//!   does the scale after "degrees" ("40 degrees Celsius", unit "°C"). A capital C or F glued to
//!   a number is a temperature ("40C", "104F"), unless it is out of a weather report's range or
//!   labels a seat, room, gate and the like ("seat 12F"). A one-letter unit counts only in its
//!   own case ("5g", not "5G" phones). Basis points are a unit ("25 basis points", "50bp"), and
//!   so is an area or a volume with its word ("1,100 sq ft", "40 square miles", "3 cubic
//!   metres"), and so are decibels, hertz and milliamp-hours ("58 dB", "2.4GHz", "5,000 mAh").
//! - **QTY-2 durations** — "60 days", "five-year", "30-year-old", "the past five years" (span from
//!   "past"; not "last" after "to" or a modal verb, "expected to last six weeks"), "two years ago",
//!   "two years later", "the last three months of 2004", "the first three months of the year".
//!   Hours, minutes and clock times ("3 p.m.", "10:30"), timestamps and timings with seconds
//!   ("\[00:01:23\]", "2:03:11") are times, not facts, and are skipped.
//! - **QTY-3 counts** — any other number is a count; only the number is the span and a
//!   following noun is its unit ("1,000 jobs" → 1,000, "jobs"; "38 flood warnings" →
//!   "warnings", the plural a word or two lead up to), but not an English verb's past in "-ed"
//!   ("300 injured", "Flight 9525 crashed"). "one" counts only before "of" or a noun,
//!   and not after a determiner ("no one", "the one").
//! - **QTY-4 not a count** — numbers that name things are skipped: digits after a capitalised
//!   word ("Boeing 737", "Article 50") or a product's camel-case name ("iPhone 15"), with the
//!   model's word after them ("Boeing 737 Max", "iPhone 16 Pro": no name "Max"), unless a
//!   duration follows ("joined Apple two years ago" counts); a version or a part (after
//!   "version", "episode", "season", "chapter" or "page" in any case), or a
//!   bare decimal after a name that opens the sentence: "Python 3.12 is out", not "Nearly 2.5
//!   million" or "Rainfall 2.5 inches"); numbers glued to letters ("G7", "3D", "3-D",
//!   "COVID-19"), after "No." or "#", a list item's or a section heading's own number ("1.
//!   Preheat", "2 Method"), a document's own numbering ("Figure 1", "Table 2", also opening a
//!   sentence), a reference mark in brackets ("traffic.\[1\]", "\[2–11\]"), a law's paragraph that
//!   names a thing ("401(k)"), a code written with a leading zero (a phone number's "020" and
//!   "0958", "555-0142", "007"), and a number word capitalised inside a sentence ("the Three
//!   Gorges Dam", "Formula One").
//! - **CIT-1 citations** — a paper's references in its text are no facts: numbered ones in
//!   square brackets ("[3, 7]", "[12–14]") and author–year ones in parentheses ("(Luhn, 1958;
//!   Edmundson, 1969)", "(Nallapati et al., 2016)").
//! - **DATE-1 month and day** — "July 17", "17 July 2025", "July 17th, 2025", "July 2025", "October
//!   last year", "Sept. 5", "19 and 20 October"; a bare month only after a word like "in",
//!   "since", "early", between a determiner and a noun ("the August shooting", "an August
//!   opinion") or when its name is not also a common word or name ("in May", "October"; not "May
//!   said").
//! - **DATE-2 weekdays** — "Thursday", "Thursday, July 17"; not in a newspaper's name ("The
//!   Sunday Times").
//! - **DATE-3 years** — 1900–2100 standing alone ("in 2024", "the 2024 election", "2004's
//!   average"), earlier years after "in", "since" …; not a count like "some 2000 workers" (news
//!   writes counts with a comma: "2,000"); decades ("1990s"); ranges ("2020-21"); "FY2025",
//!   "fiscal 2025"; centuries ("the 20th century", "19th-century").
//! - **DATE-4 quarters** — "Q1", "Q1 2025", "the first quarter of 2025", "fourth-quarter",
//!   "the second half of 2024", "the second half of next year", "the final quarter of 2004",
//!   "the second quarter of the year".
//! - **DATE-5 numeric dates** — "2025-07-17"; "17/07/2025", "7/17/2025" and "11.18.2014" (day
//!   and month told apart where one exceeds 12, else only the year; dotted, day first in the
//!   languages that write a decimal comma: "3.4.2024" is 3 April); "9/11".
//! - **DATE-6 relative dates** — "yesterday", "today" (not a capitalised "Today" inside a sentence,
//!   a programme's name), "last week", "the last quarter of 2004", "this year", "next Thursday",
//!   "earlier this month", "early 2025", "mid-July", "recent years", "a year ago", "Christmas",
//!   "New Year's Eve", "Boxing Day", "Good Friday" (not the film "Independence Day 2"), "the next
//!   day", "the following week"; "mid-2023", "the mid-1980s", "the late 19th century", "late
//!   spring" (not "a late fall in prices"), "early Friday". Their value holds only what the words
//!   say.
//! - **DATE-7 parts of periods** — "the end of 2006", "the beginning of March", "the middle
//!   of next year", "the end of the year": the part belongs to the date.
//! - **DATE-8 ranges** — two dates of one form joined by "to", "through", "until" or a dash, or
//!   by "and" after "between", are one date whose value is the first's: "November 2013 to June
//!   2014", "April 1 to October 31", "Monday to Friday", "between 2013 and 2014".
//! - **DATE-9 periods up to a date** — "the three months to December", "the year to March 2005",
//!   "the 12 months through June", "the quarter ending September 30": one date, valued as the
//!   date it runs up to.
//! - **ENT-1 capitalised runs** — consecutive capitalised words (also camel case after a lower-case
//!   "e" or "i": "eBay", "iPhone") and acronyms make one name, joined by "&", hyphens (also after one
//!   letter: "T-Mobile"; around a particle: "Lashkar-e-Taiba", "Stratford-upon-Avon"), a number glued
//!   to a name in capitals ("G7", "Flight MH17", "BMW X5"), a stock index's number ("S&P 500", "FTSE
//!   100") and a numbered road's or building's ("Route 9", "Interstate 95", "Terminal 5"), a
//!   web address's domain ("Amazon.com Inc.", "Change.org"), middle initials ("George W. Bush",
//!   "George W Bush"), "St." and lower-case particles between capitals ("Bank of England",
//!   "Boy Scouts of America", "Charles de Gaulle", "Walter van der Vijver"), the lower-case rest of a
//!   British "Co-" word ("Organisation for Economic Co-operation and Development"), "for" after a
//!   word like "Office" or "Institute" ("Office for National Statistics"), "and" inside the names of
//!   bodies and firms that have it ("Securities and Exchange Commission", "Marks and Spencer"), or
//!   before a public body's words that end in a word like "Administration" or "Council", after
//!   words that are no whole name ("National Oceanic and Atmospheric Administration"); a
//!   possessive ends the name ("Amazon’s" → "Amazon") unless a word like "Hospital" follows ("St
//!   Mary's Hospital"), or "Office", "Department" or "Bureau" follows a title, whose words are then
//!   the name of an office ("Manhattan District Attorney's Office", "U.S. Attorney's Office"),
//!   or the name is a firm's that ends in one ("McDonald's", "Moody's", "Standard & Poor's"), or
//!   it is "People's" ("People's Bank of China"). A plural's apostrophe joins a
//!   word like "Park" or "Party" to it ("St James' Park", "Workers' Party"), not "Evans' goal".
//!   An apostrophe for a dropped "g" joins ("Dunkin' Donuts"), unless a quotation it would
//!   close was opened before it.
//! - **ENT-2 sentence openings** — a capitalised word that opens a sentence or a quotation (or a
//!   sentence inside a quotation kept whole: after "!", "?" or a full stop that follows a
//!   lower-case word or a number; or an item after a separator set apart, as page furniture
//!   sets them: "$549 | Check price", "2d • Edited") is a name only if it is an acronym, or the
//!   text also capitalises it mid-sentence (at the edge of a name) or opens a firm's name with it
//!   ("Nimbus Technologies" names "Nimbus") and never writes it in lower case, or the text writes it and the
//!   word after it as the start of a name mid-sentence ("General Motors", "Standard Life", not
//!   after a full stop), or it starts a run of capitals, a name joined to it ("Bank of England",
//!   "Ludwig van Beethoven"; by "of" only after a word like "Bank", which then opens the name
//!   even where the text writes it in lower case too) or a list of names ("Microsoft,
//!   Meta and Intel", "California and Florida"), or it is a listed country, continent or large
//!   city or state ("Thailand has …", "London is …"; not "Chad", "Jordan" or "Turkey"), and is
//!   neither a common opener ("The", "However", "According", plural nouns such as "Veterans" or
//!   "Rivals" before a name, a life story's participles "Born", "Nicknamed", "Dubbed") nor a
//!   word the text also writes in lower case. An opening word
//!   glued to "-owned", "-based", "-backed" … names the owner when a name follows or the text
//!   capitalises it mid-sentence too ("Microsoft-owned LinkedIn", not "Family-run firms"), and
//!   so does one in the possessive ("Ukraine's President …", "Ofgem's price cap"; not "Let's",
//!   "Tonight's", nor a common noun such as "Company's"). A word that modifies titles but also opens
//!   the names of bodies and places ("State", "Federal", "New", not "Former") opens a name before a
//!   name word that is no title ("State Department", "New York"). Headings and title-case lines
//!   (also those a scraper closed with a full stop after a space: "Best Architecture Photos From
//!   the Past Year .") count as openings throughout; a heading in sentence case, with most of its
//!   words in lower case, reads as a sentence ("Drought forces Spain to ration water in
//!   Catalonia" names Spain and Catalonia, and so names them where a sentence opens with them;
//!   "Ad sales boost Time Warner profit" names Time Warner, not Warner).
//! - **ENT-3 titles** — titles and honorifics are not part of a name: "CEO Andy Jassy" → "Andy
//!   Jassy", "Mr. Smith" → "Smith", "Former Defense Secretary Jim Mattis" → "Jim Mattis", the
//!   roles news puts before a name as titles ("Actor Tom Hanks", "Striker Didier Drogba",
//!   "Journalist Chan Kok Leong"; not "Imam" or "Principal", which open names of places and
//!   firms), and a title inside a run splits it ("Amazon CEO Andy Jassy" → "Amazon", "Andy
//!   Jassy"; "Labour MP Sarah Jones" → "Sarah Jones"). "Justice" before a full name is a judge's
//!   title ("Chief Justice John Roberts" → "John Roberts"), not before a word like
//!   "Department". The country of a title is a name of its own: "Former U.S. President Bill
//!   Clinton" → "U.S.", "Bill Clinton".
//!   So are the honorifics of other languages that English never writes otherwise: "la Sra.
//!   Helena Duarte" → "Helena Duarte", also "Srta.", "Dra.", "Mme", "Mlle", "Herr", "Frau".
//! - **ENT-4 not names** — alone, nationalities and groups ("American", "Democrats"; not
//!   Britain's "Labour", which OntoNotes tags as an organisation), common-noun
//!   acronyms ("CEO", "AI", "GDP"), and capitalised common words ("Internet", "Government", the
//!   "Category" of a storm, "Chapter 11", the "Series" of a funding round, "Aids") are not
//!   entities, nor are phrases set in capitals whose words the text also writes in lower case
//!   ("READ MORE"); month and day names are dates.
//!   Nor are nationalities after a region or another nationality ("South Vietnamese", "Iranian
//!   Jews") or joined to one by hyphens ("Anglo-Dutch", "African-American", "German-US"), a prefix
//!   glued to a name ("Ex-Manchester United" → "Manchester United"; "Pro-democracy"), initials
//!   joined by "&" that are common nouns ("Q&A", "R&D", "M&A"), words in a quoted title of a work
//!   ("Into the Woods"), hashtags, handles and e-mail addresses. Nor are the names of events and
//!   laws, which are no person, organisation or place: "World Cup", "Cold War", "Olympics",
//!   "Malaysian Grand Prix", "U.S. Open", "Academy Awards", "Patriot Act", "First Amendment"
//!   (but "Department of War" is a body).
//! - **ENT-5 abbreviations** — a name that ends in an abbreviation keeps its full stop, as
//!   newswire writes and annotates it: "Apple Inc.", "Main St.", "Springfield, Mass."; not an
//!   acronym ("talks with the SEC.") or, closing a sentence, a month's or day's abbreviation
//!   ("He read The Sun."). "Bros." goes on with the name ("Warner Bros. Television").
//! - **ENT-6 languages that capitalise nouns** — in German (the `language` option, or else the
//!   guess of SEG-18) every noun is capitalised, so a capitalised word is no evidence of a name:
//!   a name there is an acronym or a run of two or more capitalised words ("Christian Lindner",
//!   "Deutsche Bank"), not joined by an article ("Ausbau der Bahn"), and an opening word starts
//!   one only by the text's evidence ("Laut Finanzminister Christian Lindner" → "Finanzminister
//!   Christian Lindner").
//! - **LANG-1 dates in other languages** — in German, French, Spanish, Italian, Dutch, Russian,
//!   Polish, Portuguese, Ukrainian, Danish and Norwegian text (the `language` option, or else
//!   the guess of SEG-18; `local.rs`), the language's month and day names, in any of their
//!   forms, are dates, written in its case (capitalised in German, in lower case elsewhere):
//!   "3. März 2024", "Montag, 3. März", "lundi 1er janvier",
//!   "3 de marzo de 2024", "5 maggio 2022", "3 maart 2024", "3 марта 2024", "3 marca 2024", "3
//!   de março de 2024", "3 березня 2024", "mandag den 3. marts 2024", "mandag 3. mars", "im
//!   März", "en enero", "в пятницу", "w piątek", "segunda-feira" (Portuguese numbers five of
//!   its weekdays: "segunda", "quinta" are days only with their "-feira"; "a segunda vez" is
//!   "the second time").
//! - **LANG-2 scale words in other languages** — "2,5 Millionen", "3,2 Mrd.", "2 Billionen" (a
//!   million million, as German, French, Spanish, Danish and Norwegian count), "15 millions",
//!   "5 mil millones", "3 miliardi", "15 miljoen", "2,5 млрд", "300 tys.", "2,5 bilhões" (a
//!   thousand million in Brazil; Portugal's "bilião" is a million million), "R$ 3 bi", "5 mil
//!   milhões", "300 тис.", "2,5 mia.", "300 mill.", "1,2 milliarder".
//! - **LANG-3 currencies in other languages** — a currency word, a symbol after the amount, and
//!   the link a scale word takes: "2,5 Millionen Euro", "200 €", "3,5 Mio. €", "200 millones de
//!   euros", "15 millions d'euros", "3 milioni di euro", "5 mil millones de dólares", "50 Cent"
//!   (half a euro), "2,5 млрд рублей", "2,5 mld zł", "200 milhões de reais", "2,5 млрд грн",
//!   "2,5 mia. kr." (Danish kroner), "300 millioner kroner" (Norwegian kroner in Norwegian text).
//! - **LANG-4 relative dates in other languages** — "gestern", "letzte Woche", "im vergangenen
//!   Jahr" ("vergangenen Jahr"), "hier", "la semaine dernière" ("semaine dernière": as "the"
//!   is no part of "last week"), "l'année prochaine", "ayer", "el año pasado" ("año pasado"),
//!   "ieri", "l'anno scorso", "vorig jaar", "вчера", "в прошлом году" ("прошлом году"),
//!   "wczoraj", "w zeszłym roku" ("zeszłym roku"), "ontem", "no ano passado" ("ano passado"),
//!   "вчора", "минулого року", "i går", "sidste år", "i fjor", "forrige uke" ("i går" keeps its
//!   "i": alone, "går" is "goes"). Not the words that also name a time of day ("morgen",
//!   "mañana"), nor those that start a common phrase ("w tym roku": "w tym" is also
//!   "including").
//! - **HYPH-1 words broken at a line end** — a word that a line break hyphenated, as text
//!   pasted from a PDF has it, is read whole where a summary's text joins it (the rules of
//!   `ReadingText`): "14 Septem-\nber 2026" is one date (it was the count 14, the name "Septem"
//!   and the year); a fact's span is the source as written. A break that the summary's text
//!   keeps ("deep-\nwater") is read as written.

use serde::Serialize;

use crate::reading::Rejoined;
use crate::segment::{self, Sentence, SentenceKind};
use crate::stopwords::is_stop_word;

mod dates;
mod entities;
pub(crate) mod lexicon;
mod local;
mod money;
mod numbers;
mod quantities;
mod tokens;

use entities::Evidence;
use local::Lang;
use tokens::{word_in, word_is, Token};

/// The kinds of fact Nutshell finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// An amount of money: "$29.3 billion", "£15.8m".
    Money,
    /// A percentage: "17%", "23 percent".
    Percent,
    /// A number with a unit or a counted noun: "60 days", "several hundred employees".
    Quantity,
    /// A date or a part of one: "July 17", "Thursday", "Q1 2025".
    Date,
    /// A proper name or acronym: "Amazon Web Services", "AWS".
    Entity,
}

/// The normalised value of a fact, where it has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FactValue {
    /// Money: the amount in units of the currency, and the ISO 4217 code.
    Money {
        /// 29.3e9 for "$29.3 billion".
        amount: f64,
        /// "USD", "GBP", "EUR", …
        currency: &'static str,
    },
    /// A percentage: 17.0 for "17%". Serialises as a bare number.
    Percent(f64),
    /// A quantity: the number and, where there is one, the unit or counted noun.
    Quantity {
        /// 60.0 for "60 days"; absent for "hundreds".
        #[serde(skip_serializing_if = "Option::is_none")]
        amount: Option<f64>,
        /// "days", "employees".
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// A date: the parts that are known.
    Date(DateParts),
}

/// The known parts of a date; absent parts are `None` and not serialised.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DateParts {
    /// The year, e.g. 2025.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The quarter, 1–4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quarter: Option<u8>,
    /// The month, 1–12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// The day of the month, 1–31.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// The day of the week, 1 (Monday) – 7 (Sunday).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
}

/// One fact: its kind, its byte span in the input, the sentence that holds it, and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Money, percent, quantity, date or entity.
    pub kind: FactKind,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the sentence (in [`sentences`](crate::sentences) order) that holds the fact.
    pub sentence: usize,
    /// The normalised value, where the kind has one.
    pub value: Option<FactValue>,
}

impl Fact {
    /// The fact's text within `source`, the string it was found in.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// Finds the facts in `text`, in source order.
pub fn facts(text: &str) -> Vec<Fact> {
    facts_in_language(text, None)
}

/// Finds the facts in `text`, in source order, read as `language` (an ISO 639-1 code) writes
/// them; `None` detects it (SEG-18). Codes without rules of their own read as English.
///
/// ```
/// let text = "Am 3. März kostete es 2,5 Millionen Euro.";
/// let facts = nutshell::facts::facts_in_language(text, Some("de"));
/// let spans: Vec<&str> = facts.iter().map(|f| f.text(text)).collect();
/// assert_eq!(spans, ["3. März", "2,5 Millionen Euro"]);
/// ```
pub fn facts_in_language(text: &str, language: Option<&str>) -> Vec<Fact> {
    let profile = segment::language_of(text, language);
    facts_with(text, &segment::sentences_with(text, profile), Writing::of(profile))
}

/// Finds the facts in the given sentences of `text` (as [`sentences`](crate::sentences)
/// returned them), in source order.
pub fn facts_in(text: &str, sentences: &[Sentence]) -> Vec<Fact> {
    facts_with(text, sentences, Writing::of(segment::language_of(text, None)))
}

/// What the matchers need to know of how the text's language writes (SEG-18's guess, or the
/// `language` option).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Writing {
    /// ENT-6: every noun is capitalised.
    pub nouns_capitalised: bool,
    /// NUM-1 and LANG-1 … LANG-3: how numbers are written ("8,1 %" and "3.000" rather than
    /// "8.1%" and "3,000") and which words name months, scales and currencies.
    pub lang: Lang,
}

impl Writing {
    pub(crate) fn of(profile: &segment::Profile) -> Writing {
        Writing { nouns_capitalised: segment::capitalises_nouns(profile), lang: Lang::of(profile.code) }
    }
}

/// [`facts_in`] for a text whose language's [`Writing`] is known.
pub(crate) fn facts_with(text: &str, sentences: &[Sentence], writing: Writing) -> Vec<Fact> {
    // HYPH-1: words that a line break hyphenated are read whole ("Septem-\nber 2026").
    let Some(rejoined) = Rejoined::of(text, sentences) else {
        return facts_of(text, sentences, writing);
    };
    let mut facts = facts_of(&rejoined.text, sentences, writing);
    for fact in &mut facts {
        (fact.start, fact.end) = rejoined.source_span(fact.start, fact.end);
    }
    facts
}

fn facts_of(text: &str, sentences: &[Sentence], writing: Writing) -> Vec<Fact> {
    // Two passes over the tokens: the evidence for names comes from the whole text. An
    // article keeps its tokens from the first pass to the second; a long text tokenizes each
    // sentence again, which costs less than keeping every token at once (40 bytes a token:
    // several times the text).
    let keep = text.len() <= KEEP_TOKENS_UP_TO;
    let (mut tokens, mut kept, mut kept_ends) = (Vec::new(), Vec::new(), Vec::new());
    let mut evidence = Evidence::for_text(text.len(), writing.nouns_capitalised);
    let headings: Vec<bool> = sentences
        .iter()
        .map(|s| {
            let heading = sentence_tokens(text, s, None, writing, &mut tokens);
            evidence.add(&tokens);
            if keep {
                kept.extend_from_slice(&tokens);
                kept_ends.push(kept.len());
            }
            heading
        })
        .collect();
    let mut out = Vec::new();
    for (index, (sentence, &heading)) in sentences.iter().zip(&headings).enumerate() {
        let these = if keep {
            let start = index.checked_sub(1).and_then(|i| kept_ends.get(i)).copied().unwrap_or(0);
            kept.get(start..kept_ends.get(index).copied().unwrap_or(start)).unwrap_or_default()
        } else {
            sentence_tokens(text, sentence, Some(heading), writing, &mut tokens);
            &tokens
        };
        let context = Context { text, kind: sentence.kind, heading, evidence: &evidence };
        scan(these, &context, index, &mut out);
    }
    in_source_order(out)
}

/// The longest text, in bytes, whose tokens [`facts_in`] keeps between its passes: about
/// 2 MB of tokens at most.
const KEEP_TOKENS_UP_TO: usize = 256 * 1024;

/// `facts` sorted by start, those with equal starts in the order found. Sentences in order
/// (as [`segment::sentences`] gives them) already yield them so; other orders go through a
/// heap sort of `(start, index)` pairs: a fraction of the code of a slice sort instance, for
/// a path the page never takes.
fn in_source_order(facts: Vec<Fact>) -> Vec<Fact> {
    if facts.is_sorted_by_key(|f| f.start) {
        return facts;
    }
    let order: Vec<(usize, usize)> = facts.iter().enumerate().map(|(i, f)| (f.start, i)).collect();
    let order = std::collections::BinaryHeap::from(order).into_sorted_vec();
    let mut slots: Vec<Option<Fact>> = facts.into_iter().map(Some).collect();
    order.iter().filter_map(|&(_, i)| slots.get_mut(i)?.take()).collect()
}

/// Fills `tokens` with the tokens of `sentence`, every word marked as an opening when the
/// sentence is a heading or title-case line (ENT-2); returns whether it is one. A heading
/// written in sentence case, which capitalises names only ("Drought forces Spain to ration
/// water in Catalonia"), is read as a sentence. `heading` is the answer when already known.
fn sentence_tokens<'a>(
    text: &'a str,
    sentence: &Sentence,
    heading: Option<bool>,
    writing: Writing,
    tokens: &mut Vec<Token<'a>>,
) -> bool {
    tokens.clear();
    tokens::tokenize_into(sentence.text(text), sentence.start, writing.lang, tokens);
    let heading = heading.unwrap_or_else(|| {
        let capitalised_heading = sentence.kind == SentenceKind::Heading && !entities::is_sentence_case(tokens);
        capitalised_heading || entities::is_title_case(tokens)
    });
    if heading {
        tokens.iter_mut().for_each(|t| t.initial = true);
    }
    heading
}

/// What a matcher found at a token: the fact's tokens `first..end`, and where the scan goes on
/// (`next` ≥ `end`: a matcher may consume words that belong to no fact, like a clock time's
/// "p.m." or a title before a name).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub next: usize,
    /// `None` when the tokens are consumed but are no fact (a time of day, a title).
    pub kind: Option<FactKind>,
    pub value: Option<FactValue>,
}

impl Found {
    /// A fact over tokens `first..end`.
    pub fn fact(first: usize, end: usize, kind: FactKind, value: Option<FactValue>) -> Self {
        Found { first, end, next: end, kind: Some(kind), value }
    }

    /// Tokens `first..next` that are no fact.
    pub fn skip(first: usize, next: usize) -> Self {
        Found { first, end: next, next, kind: None, value: None }
    }
}

/// What the matchers of one sentence need to know beyond its tokens.
struct Context<'a> {
    /// The whole input, which the tokens' offsets index.
    text: &'a str,
    /// The sentence's kind: a list item's or a heading's own number is none of its facts.
    kind: SentenceKind,
    heading: bool,
    evidence: &'a Evidence<'a>,
}

/// Finds the facts of one sentence, left to right, the furthest-reaching match at each token.
fn scan(tokens: &[Token<'_>], context: &Context<'_>, sentence: usize, out: &mut Vec<Fact>) {
    let titles = entities::quoted_titles(tokens);
    let mut i = 0;
    while i < tokens.len() {
        // CIT-1: the tokens of a citation are skipped whole.
        let bracket = tokens[i].kind == tokens::TokenKind::Symbol && matches!(tokens[i].text, "[" | "(");
        if let Some(end) = bracket.then(|| crate::markup::citation_end(context.text, tokens[i].start)).flatten() {
            i += tokens[i..].iter().take_while(|t| t.start < end).count();
            continue;
        }
        let found = number_fact(tokens, i, context.kind).or_else(|| {
            let named = !titles[i];
            named.then(|| entities::entity(tokens, i, context.evidence, context.heading))?
        });
        let Some(found) = found else {
            i += 1;
            continue;
        };
        if let (Some(kind), Some(first), Some(last)) =
            (found.kind, tokens.get(found.first), found.end.checked_sub(1).and_then(|e| tokens.get(e)))
        {
            let end = if kind == FactKind::Entity { abbreviation_end(tokens, found.end) } else { last.end };
            out.push(Fact { kind, start: first.start, end, sentence, value: found.value });
        }
        i = found.next.max(i + 1);
    }
}

/// ENT-5: where a name whose tokens end before `end` ends, with the full stop of an
/// abbreviation that closes it ("Apple Inc.", "Main St.", "Springfield, Mass."); not the full
/// stop after an acronym ("talks with the SEC.") or, at a sentence's end, after a name that
/// is also a month's or a day's abbreviation ("He read The Sun.", "I met Jan.").
fn abbreviation_end(tokens: &[Token<'_>], end: usize) -> usize {
    const DAY_ABBREVIATIONS: [&str; 10] = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"];
    let Some(last) = end.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return 0;
    };
    let Some(stop) = tokens.get(end).filter(|t| t.is('.') && !t.spaced) else {
        return last.end;
    };
    let acronym = last.is_acronym() && !last.text.contains('.');
    let closes_sentence = tokens[end + 1..].iter().all(|t| !t.is_word() && !t.is_number());
    let short_month = || lexicon::month(last.text).is_some_and(|(_, abbreviated)| abbreviated);
    let date = closes_sentence && (DAY_ABBREVIATIONS.contains(&last.text) || short_month());
    if last.is_word() && !acronym && !date && segment::is_english_abbreviation(last.text) {
        stop.end
    } else {
        last.end
    }
}

/// The money, percent, date or quantity at token `i` that reaches furthest; on a tie the
/// earlier kind in that list wins.
fn number_fact(tokens: &[Token<'_>], i: usize, kind: SentenceKind) -> Option<Found> {
    if !may_start_number_fact(tokens.get(i)?) {
        return None;
    }
    let candidates = [
        money::money(tokens, i),
        quantities::percent(tokens, i),
        dates::date(tokens, i),
        quantities::quantity(tokens, i, kind),
    ];
    let mut best: Option<Found> = None;
    for found in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| found.next > b.next) {
            best = Some(found);
        }
    }
    best.map(|found| with_bound(tokens, vague_money(tokens, found))).map(|found| with_part_of(tokens, found))
}

/// DATE-7: the part of a period before a date belongs to it: "the end of 2006", "the
/// beginning of March", "the middle of next year".
fn with_part_of(tokens: &[Token<'_>], found: Found) -> Found {
    let part_of = found.first >= 2
        && word_is(tokens, found.first - 1, "of")
        && word_in(tokens, found.first - 2, &dates::PERIOD_PARTS);
    if found.kind == Some(FactKind::Date) && part_of {
        return Found { first: found.first - 2, ..found };
    }
    found
}

/// NUM-6: a bound or an approximation before an amount belongs to it, as newswire annotates
/// it: "more than 3,000", "at least 14", "up to $5 million", "as many as 40%", "nearly 200",
/// "some 2,000", "just over $3 million", "an estimated 5,000", and "between" before a range
/// ("between 10 and 20 percent"). Not "about" alone (only after "only" or "just": "only about
/// 40%"), which the benchmarks we measure against trim,
/// nor "over" or "under" where they are prepositions ("over two days", "turn over 30 emails").
fn with_bound(tokens: &[Token<'_>], found: Found) -> Found {
    // "over" and "under" before a count are as often prepositions ("ruled over millions",
    // "stood over one of them") unless they follow a function word ("for over 800 people").
    let over_is_bound = match (&found.kind, &found.value) {
        (Some(FactKind::Money | FactKind::Percent), _) => true,
        (Some(FactKind::Quantity), Some(FactValue::Quantity { amount: Some(_), unit })) => {
            let duration = unit.as_deref().is_some_and(|u| lexicon::DURATIONS.contains_ignoring_ascii_case(u));
            let before = found.first.checked_sub(2).and_then(|j| tokens.get(j));
            !duration && before.is_none_or(|t| !t.is_word() || is_stop_word(t.text))
        }
        (Some(FactKind::Quantity), _) => false,
        _ => return found,
    };
    let first = found.first - bound_len(tokens, &found, over_is_bound);
    Found { first, ..found }
}

/// NUM-6: how many words before `found` bound or approximate its amount.
fn bound_len(tokens: &[Token<'_>], found: &Found, over_is_bound: bool) -> usize {
    let is = |back: usize, words: &[&str]| found.first.checked_sub(back).is_some_and(|j| word_in(tokens, j, words));
    if is(1, &["as"]) && is(2, &["many", "much", "few", "little"]) && is(3, &["as"]) {
        return 3;
    }
    let two = (is(2, &["more", "less", "fewer"]) && is(1, &["than"]))
        || (is(2, &["at"]) && is(1, &["least", "most"]))
        || (is(2, &["up", "close"]) && is(1, &["to"]))
        || (is(2, &["an"]) && is(1, &["estimated"]))
        || (is(2, &["only", "just"]) && is(1, &["about"]));
    if two {
        return 2;
    }
    if is(1, &["over", "under"]) && over_is_bound {
        return if is(2, &["just", "well"]) { 2 } else { 1 };
    }
    let approximation = is(1, &APPROXIMATIONS);
    let range = || (found.first..found.end).any(|j| word_is(tokens, j, "and"));
    usize::from(approximation || (is(1, &["between"]) && range()))
}

/// NUM-6: the words that approximate the amount after them.
pub(crate) const APPROXIMATIONS: [&str; 8] =
    ["nearly", "almost", "some", "around", "approximately", "roughly", "just", "only"];

/// MONEY-4: a vague count of a currency is money without an amount: "thousands of dollars",
/// "hundreds of millions of euros".
fn vague_money(tokens: &[Token<'_>], found: Found) -> Found {
    let vague = matches!(&found.value, Some(FactValue::Quantity { amount: None, unit: Some(_) }));
    let of = tokens.get(found.end).is_some_and(|t| t.is_word() && t.text == "of");
    let currency = tokens.get(found.end + 1).is_some_and(|t| t.is_word() && lexicon::currency_word(t.text).is_some());
    if found.kind == Some(FactKind::Quantity) && vague && of && currency {
        let end = found.end + 2;
        return Found { first: found.first, end, next: found.next.max(end), kind: Some(FactKind::Money), value: None };
    }
    found
}

/// Whether a money, percent, date or quantity fact starts at token `j` (ending a name there).
fn starts_number_fact(tokens: &[Token<'_>], j: usize) -> bool {
    tokens.get(j).is_some_and(may_start_number_fact)
        && (money::money(tokens, j).is_some() || dates::date(tokens, j).is_some())
}

/// A quick test that passes over most words at once: only numbers, currency signs, apostrophes
/// and the words of [`lexicon::FACT_STARTERS`] start money, percentages, dates or quantities.
fn may_start_number_fact(token: &Token<'_>) -> bool {
    match token.kind {
        tokens::TokenKind::Number => true,
        tokens::TokenKind::Word => {
            lexicon::has(lexicon::FACT_STARTERS, token.text)
                || (token.lang.decimal_comma() && local::may_start_date(token))
        }
        tokens::TokenKind::Symbol => lexicon::currency_symbol(token.text).is_some() || token.is('\'') || token.is('’'),
    }
}

/// Facts of `text` split into sentences by a fixed rule, so the rule tests do not depend on the
/// segmenter: a sentence ends at ". ", "! " or "? " after a lower-case word of three or more
/// letters.
#[cfg(test)]
pub(crate) fn test_facts(text: &str) -> Vec<Fact> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let word_before = text.get(start..i).unwrap_or("").rsplit(' ').next().unwrap_or("");
        let ends = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && word_before.len() >= 3
            && word_before.bytes().all(|c| c.is_ascii_lowercase());
        if ends || i + 1 == bytes.len() {
            sentences.push(Sentence { start, end: i + 1, paragraph: 0, kind: SentenceKind::Prose });
            start = i + 2;
        }
    }
    facts_in(text, &sentences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Facts are in order, do not overlap, lie on char boundaries inside their sentence.
    fn check_invariants(text: &str) {
        let sentences = segment::sentences(text);
        let found = facts_in(text, &sentences);
        for pair in found.windows(2) {
            assert!(pair[0].end <= pair[1].start, "{text:?}: {found:?}");
        }
        for fact in &found {
            let sentence = sentences[fact.sentence];
            assert!(sentence.start <= fact.start && fact.end <= sentence.end);
            assert!(fact.start < fact.end && text.get(fact.start..fact.end).is_some());
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let digits = format!("{}{}", "1,000".repeat(1000), " jobs");
        let inputs = [
            "",
            "$",
            "%",
            "£ € ¥ ₹ $ US$ USD Rs. Rs",
            "99999999999999999999999 billion dollars and $99999999999999999999999 trillion",
            &digits,
            "🎉 Amazon 🎉 $5 😀 17% 👍🏽",
            "שלום עולם 2025 مرحبا بالعالم ١٢٣",
            "Cafe\u{301} Zu\u{308}rich e\u{301}tait 5 km",
            "\u{0}\u{1}\u{7f}$\u{0}5\u{200d}%\u{feff}",
            "U.S.A.B.C.D. a.b. A. . .. ' ’s 's ’ \u{2019}",
            "- -- — 5- -5 5-- Q Q5 Q1- FY FY2 9/ /11 2025-13-45 31/31/2025",
            "Mr. Mr. Mr. CEO CEO of of the The",
        ];
        for input in inputs {
            check_invariants(input);
        }
    }

    /// The quick test in `number_fact` never hides a fact: on text with every form the rules
    /// know, no matcher finds anything at a word it passes over.
    #[test]
    fn quick_test_passes_over_no_fact() {
        let forms = "US$ 40 A$40 USD 3 million Rs 200 crore 50 cents 3 million euros 200 \
            Canadian dollars 1bn Swiss francs 50p £15.8m 17% 23 percent 5.5 per cent 3 percentage \
            points 5 km 30°C 60 days five-year 30-year-old the past five years two years ago \
            several hundred a few thousand hundreds of thousands tens of thousands a dozen half a \
            million twenty-five one of them July 17 17 July 2025 Sept. 5 in May Thursday, July \
            17 in 2024 the 1990s '90s 2020-21 FY2025 fiscal 2026 Q1 2025 H1 2025 first quarter of \
            2025 fourth-quarter second half 2025-07-17 9/11 yesterday last week earlier this month \
            early 2025 mid-July recent years a year ago Christmas Day summer 2025 last quarter of \
            2004 3 p.m. 10:30 a Boeing 737 No. 1";
        let sample = std::fs::read_to_string("/work/shared/data/examples/aws-layoffs.txt").unwrap_or_default();
        for text in [forms, sample.as_str()] {
            let tokens = tokens::tokenize(text, 0);
            for i in 0..tokens.len() {
                if !may_start_number_fact(&tokens[i]) {
                    let any = money::money(&tokens, i)
                        .or_else(|| quantities::percent(&tokens, i))
                        .or_else(|| dates::date(&tokens, i))
                        .or_else(|| quantities::quantity(&tokens, i, SentenceKind::Prose));
                    assert_eq!(any, None, "at {:?}", tokens[i].text);
                }
            }
        }
    }

    #[test]
    fn large_inputs_stay_linear() {
        let words = "Amazon Web Services ".repeat(20_000);
        let scales = format!("5 {}", "million ".repeat(20_000));
        let numbers = "1 2 3 $4 5% ".repeat(20_000);
        for input in [words, scales, numbers] {
            let start = std::time::Instant::now();
            check_invariants(&input);
            assert!(start.elapsed().as_secs() < 20, "too slow");
        }
    }

    #[test]
    fn facts_of_sentences_out_of_order_come_in_source_order() {
        let text = "Shares of Amazon grew 17%. Then AWS paid $5.";
        let sentences = segment::sentences(text);
        let reversed: Vec<Sentence> = sentences.iter().rev().copied().collect();
        let starts: Vec<usize> = facts_in(text, &reversed).iter().map(|f| f.start).collect();
        let expected: Vec<usize> = facts_in(text, &sentences).iter().map(|f| f.start).collect();
        assert_eq!(starts, expected);
        let twice = [sentences[0], sentences[0]];
        let found = facts_in(text, &twice);
        assert_eq!(found.len(), 4);
        assert!(found.windows(2).all(|p| (p[0].start, p[0].sentence) <= (p[1].start, p[1].sentence)));
    }

    #[test]
    fn sentence_indexes_follow_the_given_sentences() {
        let text = "Shares of Amazon grew 17%. Then AWS paid $5.";
        let sentences = segment::sentences(text);
        let found = facts_in(text, &sentences);
        let indexes: Vec<usize> = found.iter().map(|f| f.sentence).collect();
        assert_eq!(indexes, [0, 0, 1, 1]);
        assert!(facts_in(text, &[]).is_empty());
    }

    proptest! {
        #[test]
        fn any_text_keeps_the_invariants(text in "\\PC{0,200}") {
            check_invariants(&text);
        }

        #[test]
        fn news_like_text_keeps_the_invariants(
            text in "([A-Z][a-z]{0,6}|[0-9]{1,5}|[$£€%.,&'’ -]|bn|m|of|Q|July|per cent| ){0,60}"
        ) {
            check_invariants(&text);
        }

        /// The words the name rules look at, in any order and at either end of a sentence
        /// (a text ending in "Co" once read past the last token).
        #[test]
        fn name_words_keep_the_invariants(
            text in "(Co|-|operation|'s|McDonald|van|der|of|the|Bank|&|Three|Ex|Anglo|Dutch|General|Motors|\\.|and|Development|Moody|August| ){0,40}"
        ) {
            check_invariants(&text);
        }
    }
}
