//! PCT-1 and QTY-1..QTY-4: percentages, measures, durations and counts.

use super::lexicon::{self, CLOCK_UNITS, COUNT_ADJECTIVES, DURATIONS, UNITS};
use super::numbers::{self, Amount};
use super::tokens::{word_in, word_is, Token};
use super::{FactKind, FactValue, Found};
use crate::segment::SentenceKind;
use crate::stopwords::is_stop_word;

/// PCT-1: "17%", "23 percent", "5.5 per cent", "2.9 pc", "3 percentage points", "5-6%",
/// "3% to 5%".
pub(crate) fn percent(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let lower = single_percent(tokens, i)?;
    Some(match upper_percent(tokens, i, &lower) {
        Some(upper) => Found { end: upper.end, next: upper.next, ..lower },
        None => lower,
    })
}

/// NUM-5 for percentages written with their sign twice: "3% to 5%", "3%-5%", "between 3% and
/// 5%" make one range whose value is the lower end; not a change and its level ("rose from 3%
/// to 5%", "cut by 0.25% to 4.5%"). Returns the upper end.
fn upper_percent(tokens: &[Token<'_>], i: usize, lower: &Found) -> Option<Found> {
    let link = tokens.get(lower.end)?;
    let and = word_is(tokens, lower.end, "and") && numbers::after_between(tokens, i);
    let to = word_is(tokens, lower.end, "to");
    if !(link.is('-') || link.is('–') || and || (to && !numbers::after_change(tokens, i))) {
        return None;
    }
    let upper = single_percent(tokens, lower.end + 1)?;
    let value = |found: &Found| match found.value {
        Some(FactValue::Percent(value)) => Some(value),
        _ => None,
    };
    if to
        && !value(lower)
            .zip(value(&upper))
            .is_some_and(|(lower, upper)| numbers::range_ends_fit(tokens, i, lower, upper))
    {
        return None;
    }
    Some(upper)
}

/// PCT-1: one percentage.
fn single_percent(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let amount = numbers::amount(tokens, i, false)?;
    let value = amount.value?;
    let at = i + amount.len;
    let is = |j: usize, w: &str| word_is(tokens, j, w);
    // "pc" in lower case only: British papers' "2.9 pc"; "5 PCs" are computers.
    let pc = tokens.get(at).is_some_and(|t| t.text == "pc");
    // Also the words of other languages that SEG-18 knows: "3,1 Prozent", "5 por ciento".
    let word = |j: usize, words: &[&str]| word_in(tokens, j, words);
    let words = [
        "percent",
        "pct",
        "prozent",
        "procent",
        "prosent",
        "proc",
        "процент",
        "процента",
        "процентов",
        "відсоток",
        "відсотка",
        "відсотки",
        "відсотків",
    ];
    let len = if tokens.get(at)?.is('%') || word(at, &words) || pc {
        1
    } else if word(at, &["per", "pour", "por"]) && word(at + 1, &["cent", "cento", "ciento"]) {
        2
    } else if is(at, "per") && tokens.get(at + 1)?.is('-') && is(at + 2, "cent") {
        3
    } else if is(at, "percentage") && (is(at + 1, "point") || is(at + 1, "points")) || hyphenated_percent(tokens, at) {
        2
    } else {
        return None;
    };
    let value = Some(FactValue::Percent(value));
    Some(Found::fact(i, at + len, FactKind::Percent, value))
}

/// "-percent" glued to a number: "a 17-percent rise".
fn hyphenated_percent(tokens: &[Token<'_>], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| t.is('-') && !t.spaced)
        && (word_is(tokens, at + 1, "percent") || word_is(tokens, at + 1, "pct"))
}

/// The quantity (QTY-1..QTY-3) starting at token `i`, or a skip over a number that is no fact
/// (QTY-2 clock times, QTY-4).
pub(crate) fn quantity(tokens: &[Token<'_>], i: usize, kind: SentenceKind) -> Option<Found> {
    if let Some(found) = span_of_past_duration(tokens, i) {
        return Some(found);
    }
    let mut amount = numbers::amount(tokens, i, false)?;
    if is_millions_counted(tokens, i, amount) {
        amount = numbers::amount(tokens, i, true)?;
    }
    let at = i + amount.len;
    if let Some(end) = clock_time_end(tokens, at) {
        return Some(Found::skip(i, end));
    }
    if names_a_thing(tokens, i, at, kind) {
        return Some(Found::skip(i, at + usize::from(is_model_suffix(tokens, at))));
    }
    if let Some(found) = measure(tokens, i, at, amount) {
        return Some(found);
    }
    count(tokens, i, at, amount)
}

/// NUM-4: a decimal number with "m" glued to it before the noun it counts is millions, as
/// British news writes them ("1.4m workers", "10.9m viewers"); any other "m" after a number is
/// metres ("100m relay", "7.96m in the long jump", "1.5 m tall").
fn is_millions_counted(tokens: &[Token<'_>], i: usize, amount: Amount) -> bool {
    const DIMENSIONS: [&str; 7] = ["deep", "high", "long", "tall", "thick", "wide", "away"];
    let glued_m = tokens.get(i + 1).is_some_and(|t| t.text == "m" && !t.spaced);
    let counted = tokens.get(i + 2).is_some_and(|t| noun_like(t) && !word_in(tokens, i + 2, &DIMENSIONS));
    amount.len == 1 && tokens[i].has_decimal_mark() && glued_m && counted
}

/// QTY-2: "the past five years", "the last two decades": the span starts at "past".
fn span_of_past_duration(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let lead = tokens.get(i)?;
    let modifiers = ["past", "last", "next", "previous", "coming", "first", "final"];
    if !modifiers.iter().any(|m| lead.text.eq_ignore_ascii_case(m)) {
        return None;
    }
    // "expected to last six weeks", "could last two years": the verb, not a modifier.
    let verb_before = ["to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "didn't"];
    if lead.text == "last" && i.checked_sub(1).is_some_and(|b| word_in(tokens, b, &verb_before)) {
        return None;
    }
    let amount = numbers::amount(tokens, i + 1, false)?;
    let at = i + 1 + amount.len;
    let unit = tokens.get(at)?;
    if !lexicon::has(DURATIONS, unit.text) {
        return None;
    }
    Some(duration(tokens, i, at, amount))
}

/// QTY-2: "3 p.m.", "3pm", "10:30", "10:30 a.m.", "00:01:23", "2:03:11" — clock times,
/// timestamps and timings are not facts here; the end of the time whose hour ends at `at`.
fn clock_time_end(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let is_unit = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && lexicon::has(CLOCK_UNITS, t.text));
    let colon_group = |j: usize| {
        tokens.get(j).is_some_and(|t| t.is(':') && !t.spaced)
            && tokens.get(j + 1).is_some_and(|t| t.is_number() && !t.spaced)
    };
    let mut end = at;
    while colon_group(end) {
        end += 2;
    }
    (end > at || is_unit(end)).then(|| end + usize::from(is_unit(end)))
}

/// QTY-4: numbers that are part of a name or a label, not a count.
fn names_a_thing(tokens: &[Token<'_>], i: usize, at: usize, kind: SentenceKind) -> bool {
    let before = i.checked_sub(1).and_then(|b| tokens.get(b));
    let glued_before =
        before.is_some_and(|b| !tokens[i].spaced && (b.is_word() || b.is('-') && glued_word_before(tokens, i - 1)));
    let glued_letter = tokens.get(at).is_some_and(|t| t.is('-') && !t.spaced)
        && tokens.get(at + 1).is_some_and(|t| !t.spaced && t.is_capitalized() && t.text.len() == 1);
    // A paragraph of a law that names a thing: "401(k)", "501(c)(3)".
    let glued_paragraph = tokens.get(at).is_some_and(|t| t.is('(') && !t.spaced)
        && tokens.get(at + 1).is_some_and(|t| !t.spaced && t.is_word() && t.text.len() == 1)
        && tokens.get(at + 2).is_some_and(|t| t.is(')') && !t.spaced);
    let glued_after = glued_letter
        || tokens.get(at).is_some_and(|t| {
            !t.spaced
                && t.is_word()
                && !is_unit(t.text)
                && !lexicon::has(DURATIONS, t.text)
                && temperature_scale(t.text).is_none()
        });
    // "Boeing 737", and a product's camel-case name: "iPhone 15"; but digits or a number word
    // before a duration count it ("joined Apple two years ago", "told CNN 30 minutes later"), and
    // a number word in lower case is not a name's ("Smith three times").
    let after_name = before.is_some_and(|b| {
        (b.is_capitalized() && (!b.initial || LABELS.contains(&b.text)) && !lexicon::is_stop(b.text))
            || is_camel_case(b.text)
    }) && tokens[i].is_number()
        && !tokens.get(at).is_some_and(|t| t.is_word() && lexicon::has(DURATIONS, t.text));
    let numbered_part = i.checked_sub(1).is_some_and(|b| word_in(tokens, b, &NUMBERED_PARTS))
        || (at == i + 1 && is_version_after_opening_name(tokens, i));
    let label = before.is_some_and(|b| b.is('#') || b.text == "No" || b.text == "no.")
        || (i >= 2 && tokens[i - 1].is('.') && tokens[i - 2].text == "No");
    // A list item's or a section heading's own number: "1. Preheat the oven", "2 Method",
    // "3.1 Results".
    let next = tokens.get(at);
    let list_number = i == 0
        && match kind {
            SentenceKind::ListItem => next.is_some_and(|t| t.is('.') || t.is(')')),
            SentenceKind::Heading => next.is_some_and(|t| t.spaced && t.is_capitalized()),
            SentenceKind::Prose => false,
        };
    // A reference mark, as copied from an encyclopedia: "traffic.[1]", "1932.[2][3]", "[2–11]".
    let reference = before.is_some_and(|b| b.is('['))
        && !tokens[i].spaced
        && tokens.get(at).is_some_and(|t| !t.spaced && t.is(']'));
    // A code, not an amount: digits with a leading zero, as phone numbers and identifiers
    // have them ("020 7946 0958", "555-0142", "007").
    let code = tokens[i..at].iter().any(|t| t.is_number() && t.text.len() >= 2 && t.text.starts_with('0'))
        && !tokens[i].has_decimal_mark();
    glued_before
        || glued_after
        || glued_paragraph
        || after_name
        || numbered_part
        || label
        || list_number
        || reference
        || code
}

/// QTY-4: the words that number a part of a document, opening a sentence too ("Figure 3
/// shows …", "Table 2: …").
const LABELS: [&str; 8] = ["Appendix", "Chapter", "Equation", "Fig", "Figure", "Section", "Table", "Tables"];

/// QTY-4: the words that number a version or a part of a series or a book in any case
/// ("version 2", "episode 42", "season 3", "page 12"), where a number names the part.
const NUMBERED_PARTS: [&str; 10] =
    ["chapter", "chapters", "episode", "episodes", "page", "pages", "season", "seasons", "version", "versions"];

/// QTY-4: the word of a model after its number ("iPhone 16 Pro", "Boeing 737 Max") belongs to
/// the name with it, not to a name of its own.
fn is_model_suffix(tokens: &[Token<'_>], at: usize) -> bool {
    const SUFFIXES: [&str; 11] = ["Air", "Edge", "Lite", "Max", "Mini", "Neo", "Plus", "Pro", "SE", "Ultra", "XL"];
    tokens.get(at).is_some_and(|t| t.spaced && t.is_word() && SUFFIXES.contains(&t.text))
}

/// QTY-4: a name that opens a sentence and a bare decimal number after it name a version
/// ("Python 3.12 is out", "Tern 4.2 adds sync"), as they do inside a sentence ("Boeing 737");
/// not a bound ("Nearly 2.5 …"), a function word ("The 3.5 …") or a measure ("… 2.5 km").
fn is_version_after_opening_name(tokens: &[Token<'_>], i: usize) -> bool {
    let name = i.checked_sub(1).and_then(|b| tokens.get(b)).is_some_and(|b| {
        b.initial
            && b.is_capitalized()
            && !lexicon::is_stop(b.text)
            && !word_in(tokens, i - 1, &super::APPROXIMATIONS)
            && !word_in(tokens, i - 1, &["another", "estimated"])
    });
    let measured =
        tokens.get(i + 1).is_some_and(|t| t.is_word() && (is_unit(t.text) || lexicon::has(DURATIONS, t.text)));
    name && tokens[i].has_decimal_mark() && !measured
}

/// A product's name in lower case with a capital inside: "iPhone", "iPad", "eBay".
fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

/// Whether the hyphen at `h` is glued to a word before it ("COVID-19").
fn glued_word_before(tokens: &[Token<'_>], h: usize) -> bool {
    h >= 1 && !tokens[h].spaced && tokens[h - 1].is_word()
}

/// QTY-1 units ("5 km", "30°C") and QTY-2 durations ("60 days", "five-year", "30-year-old",
/// "two years ago"); hours and minutes are skipped as times.
fn measure(tokens: &[Token<'_>], i: usize, at: usize, amount: Amount) -> Option<Found> {
    let next = tokens.get(at)?;
    if next.is('°') {
        return degrees(tokens, i, at, amount);
    }
    if !next.spaced {
        if let Some(scale) = temperature_scale(next.text) {
            return glued_temperature(tokens, i, at, amount, scale);
        }
    }
    let hyphened = next.is('-') && !next.spaced;
    let unit_at = if hyphened { at + 1 } else { at };
    let unit = tokens.get(unit_at).filter(|t| t.is_word())?;
    if hyphened && unit.spaced {
        return None;
    }
    if lexicon::has(DURATIONS, unit.text) {
        return Some(duration(tokens, i, unit_at, amount));
    }
    if lexicon::has(CLOCK_UNITS, unit.text) {
        return Some(Found::skip(i, unit_at + 1));
    }
    if word_is(tokens, unit_at, "basis") && word_in(tokens, unit_at + 1, &["point", "points"]) {
        let value = quantity_value(amount.value, Some("basis points".to_string()));
        return Some(Found::fact(i, unit_at + 2, FactKind::Quantity, value)); // "25 basis points"
    }
    // An area or a volume: "1,100 sq ft", "40 square miles", "3 cubic metres".
    let area = word_in(tokens, unit_at, &["sq", "square", "cubic", "cu"]);
    if let Some(base) = tokens.get(unit_at + 1).filter(|t| area && t.spaced && t.is_word() && is_unit(t.text)) {
        let mut unit = crate::case::to_lowercase(unit.text);
        unit.push(' ');
        unit.push_str(&crate::case::to_lowercase(base.text));
        return Some(Found::fact(i, unit_at + 2, FactKind::Quantity, quantity_value(amount.value, Some(unit))));
    }
    if is_unit(unit.text) && !(unit.text == "g" && unit.spaced) {
        let scale =
            tokens.get(unit_at + 1).filter(|t| t.spaced && is_degree(unit.text)).and_then(|t| degree_scale(t.text));
        if let Some(scale) = scale {
            let value = quantity_value(amount.value, Some(scale.to_string()));
            return Some(Found::fact(i, unit_at + 2, FactKind::Quantity, value));
        }
        let value = quantity_value(amount.value, Some(crate::case::to_lowercase(unit.text)));
        return Some(Found::fact(i, unit_at + 1, FactKind::Quantity, value));
    }
    None
}

/// QTY-1: a unit of measure; a one-letter unit only in its own case ("5g", not "5G" phones).
fn is_unit(word: &str) -> bool {
    lexicon::has(UNITS, word) && (word.len() > 1 || word.bytes().all(|b| b.is_ascii_lowercase()))
}

fn is_degree(word: &str) -> bool {
    word.eq_ignore_ascii_case("degree") || word.eq_ignore_ascii_case("degrees")
}

/// QTY-1: the scale named after "degrees": "40 degrees Celsius", "5 degrees F".
fn degree_scale(word: &str) -> Option<&'static str> {
    match word {
        "Celsius" | "centigrade" | "Centigrade" => Some("°C"),
        _ if word.eq_ignore_ascii_case("fahrenheit") => Some("°F"),
        _ => temperature_scale(word),
    }
}

/// QTY-1: a capital C or F glued to a number is a temperature ("40C", "104F").
fn temperature_scale(word: &str) -> Option<&'static str> {
    match word {
        "C" => Some("°C"),
        "F" => Some("°F"),
        _ => None,
    }
}

/// QTY-1: "40C", "104F": a temperature a weather report could give; otherwise a label, skipped
/// as QTY-4 skips numbers glued to letters ("seat 12F"; after a capitalised word, "Form 10C",
/// it is a name's number before this is asked).
fn glued_temperature(tokens: &[Token<'_>], i: usize, at: usize, amount: Amount, scale: &str) -> Option<Found> {
    const LABELS: [&str; 12] =
        ["seat", "seats", "row", "room", "gate", "flat", "apartment", "suite", "platform", "floor", "unit", "grade"];
    let labelled = i.checked_sub(1).is_some_and(|b| LABELS.iter().any(|l| word_is(tokens, b, l)));
    // Also after "minus" (NUM-7: "minus 15C") and with decimals ("1.5C of warming").
    let plausible = amount.value.is_some_and(|v| (-90.0..=140.0).contains(&v));
    let glued_on = tokens.get(at + 1).is_some_and(|t| !t.spaced && (t.is_word() || t.is_number() || t.is('-')));
    if labelled || !plausible || glued_on {
        return Some(Found::skip(i, at + 1)); // a label, as any number glued to letters (QTY-4)
    }
    let value = quantity_value(amount.value, Some(scale.to_string()));
    Some(Found::fact(i, at + 1, FactKind::Quantity, value))
}

/// "30°C", "86 °F".
fn degrees(tokens: &[Token<'_>], i: usize, at: usize, amount: Amount) -> Option<Found> {
    let sign = tokens.get(at).filter(|t| t.is('°'))?;
    let scale = tokens.get(at + 1).filter(|t| !t.spaced && (t.text == "C" || t.text == "F"));
    let end = at + 1 + usize::from(scale.is_some());
    let mut unit = String::from(sign.text);
    unit.push_str(scale.map_or("", |t| t.text));
    let value = quantity_value(amount.value, Some(unit));
    Some(Found::fact(i, end, FactKind::Quantity, value))
}

/// A duration whose unit is at `unit_at`, with "ago", "later", "earlier" or "-old"/"old" after
/// it when present.
fn duration(tokens: &[Token<'_>], first: usize, unit_at: usize, amount: Amount) -> Found {
    let mut end = unit_at + 1;
    let is = |j: usize, w: &str| word_is(tokens, j, w);
    let year_after = tokens.get(end + 1).is_some_and(|t| t.is_number() && t.text.len() == 4);
    if word_in(tokens, end, &["ago", "old", "later", "earlier"]) {
        end += 1;
    } else if is(end, "of") && year_after {
        end += 2; // "the last three months of 2004"
    } else if is(end, "of")
        && word_in(tokens, end + 1, &["the", "this", "last", "next"])
        && word_in(tokens, end + 2, &PERIODS)
    {
        end += 3; // "the first three months of the year"
    } else if tokens.get(end).is_some_and(|t| t.is('-') && !t.spaced) && is(end + 1, "old") {
        end += 2;
    }
    let unit = crate::case::to_lowercase(tokens[unit_at].text);
    let value = quantity_value(amount.value, Some(unit));
    Found::fact(first, end, FactKind::Quantity, value)
}

/// QTY-2: what a duration may be the part of ("the first three months of the year").
const PERIODS: [&str; 6] = ["century", "decade", "month", "quarter", "season", "year"];

/// QTY-3: a count; only the number is the span, a following noun is its unit.
fn count(tokens: &[Token<'_>], i: usize, at: usize, amount: Amount) -> Option<Found> {
    let noun = counted_noun(tokens, at, amount);
    let bare_one = at == i + 1 && tokens[i].text.eq_ignore_ascii_case("one");
    if bare_one && !is_numeral_one(tokens, i, noun.is_some()) {
        return None;
    }
    let value = quantity_value(amount.value, noun);
    Some(Found::fact(i, at, FactKind::Quantity, value))
}

/// The noun a count counts: the next lower-case word that is not a stop word, past one
/// adjective ("three new stores"), or after "of" ("thousands of people"; in another language
/// after its "de" or "di": "12 000 000 de personnes", and without its elision: "3 millions
/// d'habitants").
fn counted_noun(tokens: &[Token<'_>], at: usize, amount: Amount) -> Option<String> {
    let mut j = at;
    if amount.value.is_none() && word_is(tokens, j, "of") {
        j += 1;
    }
    let link = |t: &Token<'_>| matches!((t.lang.code(), t.text), ("fr" | "es", "de") | ("it", "di"));
    if tokens.get(j).is_some_and(link) {
        j += 1;
    }
    if let Some(t) = tokens.get(j).filter(|t| t.lang.decimal_comma() && t.is_lowercase()) {
        let noun = crate::stopwords::without_elision(t.lang.code(), t.text);
        if noun.len() < t.text.len() {
            return noun_like(&Token { text: noun, ..*t }).then(|| crate::case::to_lowercase(noun));
        }
    }
    if tokens.get(j).is_some_and(|t| lexicon::has(COUNT_ADJECTIVES, t.text)) && tokens.get(j + 1).is_some_and(noun_like)
    {
        j += 1;
    }
    if tokens.get(j).is_some_and(noun_like) {
        j = plural_head(tokens, j);
    }
    tokens.get(j).filter(|t| noun_like(t)).map(|t| crate::case::to_lowercase(t.text))
}

/// QTY-3: the head of a compound that a count counts, from its first word at `j`: the plural
/// a word or two not in the plural lead up to ("38 flood warnings", "300 electric cars", "5
/// million monthly active users"), as news writes a count's noun; otherwise `j` itself, so a
/// verb after a plural stays out ("14 people remain", "300 jobs go", "millions of people buy
/// smartwatches").
fn plural_head(tokens: &[Token<'_>], j: usize) -> usize {
    const IRREGULAR: [&str; 4] = ["children", "men", "people", "women"];
    let plural = |t: &Token<'_>| {
        let regular = t.text.len() > 3 && t.text.ends_with('s') && !t.text.ends_with("ss");
        t.lang.code() == "en" && (regular || IRREGULAR.contains(&t.text))
    };
    if tokens.get(j).is_some_and(plural) {
        return j;
    }
    let modifier = |t: &Token<'_>| noun_like(t) && t.spaced && lexicon::number_word(t.text).is_none();
    (j + 1..j + 1 + MODIFIERS_BEFORE_HEAD)
        .take_while(|&k| tokens.get(k).is_some_and(modifier))
        .find(|&k| tokens.get(k).is_some_and(plural))
        .unwrap_or(j)
}

/// QTY-3: the most words before the plural head of a count's noun.
const MODIFIERS_BEFORE_HEAD: usize = 2;

fn noun_like(token: &Token<'_>) -> bool {
    let foreign_stop = || crate::stopwords::of_language(token.lang.code()).is_some_and(|s| s.contains(token.text));
    token.is_lowercase()
        && token.text.chars().all(char::is_alphabetic)
        && !is_stop_word(token.text)
        && !foreign_stop()
        && !is_past_tense(token)
        && token.text != "’s"
}

/// QTY-3: an English word in "-ed" of five letters or more is a verb's past, not the noun a
/// count counts ("Flight 9525 crashed", "300 injured"); not "-eed" or "-bed" ("speed",
/// "seabed").
fn is_past_tense(token: &Token<'_>) -> bool {
    let w = token.text;
    token.lang.code() == "en" && w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !w.ends_with("bed")
}

/// QTY-3: "one" is a numeral before "of" or a noun, and not after a determiner ("no one").
fn is_numeral_one(tokens: &[Token<'_>], i: usize, before_noun: bool) -> bool {
    let determiners = [
        "no", "the", "any", "every", "each", "this", "that", "which", "another", "some", "someone", "anyone",
        "everyone", "no-one", "a", "only", "last", "other",
    ];
    let after_determiner = i
        .checked_sub(1)
        .and_then(|b| tokens.get(b))
        .is_some_and(|b| determiners.iter().any(|d| b.text.eq_ignore_ascii_case(d)));
    !after_determiner && (before_noun || word_is(tokens, i + 1, "of"))
}

/// The quantity's value; `None` when neither the amount nor the unit is known.
fn quantity_value(amount: Option<f64>, unit: Option<String>) -> Option<FactValue> {
    (amount.is_some() || unit.is_some()).then_some(FactValue::Quantity { amount, unit })
}

#[cfg(test)]
mod tests {
    use super::super::{test_facts as facts, FactKind, FactValue};

    fn of_kind(text: &str, kind: FactKind) -> Vec<(&str, Option<FactValue>)> {
        facts(text).into_iter().filter(|f| f.kind == kind).map(|f| (f.text(text), f.value)).collect()
    }

    fn qty(amount: Option<f64>, unit: Option<&str>) -> Option<FactValue> {
        Some(FactValue::Quantity { amount, unit: unit.map(String::from) })
    }

    fn spans(text: &str, kind: FactKind) -> Vec<&str> {
        of_kind(text, kind).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn pct_1_percentages() {
        let pct = |v: f64| Some(FactValue::Percent(v));
        assert_eq!(
            of_kind("up 17% and 23 percent", FactKind::Percent),
            [("17%", pct(17.0)), ("23 percent", pct(23.0))]
        );
        assert_eq!(of_kind("rose 5.5 per cent", FactKind::Percent), [("5.5 per cent", pct(5.5))]);
        assert_eq!(of_kind("eased to 2.9 pc in May", FactKind::Percent), [("2.9 pc", pct(2.9))]);
        assert!(of_kind("bought 5 PCs", FactKind::Percent).is_empty());
        assert_eq!(of_kind("a 3 percentage point rise", FactKind::Percent), [("3 percentage point", pct(3.0))]);
        assert_eq!(of_kind("five percent, 5-6%", FactKind::Percent), [("five percent", pct(5.0)), ("5-6%", pct(5.0))]);
        assert_eq!(spans("% and 100 % x", FactKind::Percent), ["100 %"]);
    }

    #[test]
    fn qty_1_units() {
        assert_eq!(of_kind("a 5 km walk", FactKind::Quantity), [("5 km", qty(Some(5.0), Some("km")))]);
        assert_eq!(spans("it was 30°C and 10kg", FactKind::Quantity), ["30°C", "10kg"]);
    }

    #[test]
    fn qty_2_durations() {
        assert_eq!(
            of_kind("at least 60 days of pay", FactKind::Quantity),
            [("at least 60 days", qty(Some(60.0), Some("days")))]
        );
        assert_eq!(spans("a five-year deal for a 30-year-old", FactKind::Quantity), ["five-year", "30-year-old"]);
        assert_eq!(
            spans("over the past five years, two years ago", FactKind::Quantity),
            ["past five years", "two years ago"]
        );
        assert_eq!(spans("at 3 p.m., at 10:30 and for two hours", FactKind::Quantity), Vec::<&str>::new());
    }

    #[test]
    fn qty_3_counts() {
        assert_eq!(of_kind("cut 1,000 jobs", FactKind::Quantity), [("1,000", qty(Some(1000.0), Some("jobs")))]);
        assert_eq!(
            of_kind("laid off several hundred employees", FactKind::Quantity),
            [("several hundred", qty(None, Some("employees")))]
        );
        assert_eq!(of_kind("in the hundreds.", FactKind::Quantity), [("hundreds", None)]);
        assert_eq!(
            of_kind("3.5 million people", FactKind::Quantity),
            [("3.5 million", qty(Some(3.5e6), Some("people")))]
        );
        assert_eq!(
            of_kind("two dozen new stores", FactKind::Quantity),
            [("two dozen", qty(Some(24.0), Some("stores")))]
        );
        assert_eq!(spans("one of them, one person, no one, the one", FactKind::Quantity), ["one", "one"]);
    }

    #[test]
    fn qty_4_not_counts() {
        let none = Vec::<&str>::new();
        assert_eq!(spans("a Boeing 737 and a G7 summit on COVID-19 in 3D and 3-D", FactKind::Quantity), none);
        assert_eq!(spans("ranked No. 1 and #2", FactKind::Quantity), none);
    }
}
