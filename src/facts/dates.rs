//! DATE-1..DATE-6: dates and parts of dates, absolute and relative.

use super::lexicon::{self, DATE_PREPOSITIONS, DURATIONS};
use super::local;
use super::numbers::{self, is_ordinal_suffix};
use super::tokens::{possessive_at, word_in, word_is, Token};
use super::{DateParts, FactKind, FactValue, Found};

/// A date match: the token just past it and the parts it names.
type Hit = (usize, DateParts);

/// The date starting at token `i` that reaches furthest, if any.
pub(crate) fn date(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (end, parts) = single_date(tokens, i)?;
    let (first, end) = range_end(tokens, i, end, &parts).map_or((i, end), |range| range);
    let value = (parts != DateParts::default()).then_some(FactValue::Date(parts));
    Some(Found { first, ..Found::fact(i, end, FactKind::Date, value) })
}

/// The date at `i` that reaches furthest.
fn single_date(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let matchers =
        [modified, relative, weekday_date, month_first, day_first, numeric, quarter, year, holiday, century, period_to];
    let (end, parts) =
        matchers.iter().filter_map(|m| m(tokens, i)).fold(None, |best: Option<Hit>, hit| match best {
            Some(b) if b.0 >= hit.0 => Some(b),
            _ => Some(hit),
        })?;
    // DATE-1: "October last year", "March next year".
    let of_year = parts.month.is_some()
        && parts.year.is_none()
        && word_in(tokens, end, &["last", "this", "next"])
        && word_is(tokens, end + 1, "year");
    Some((if of_year { end + 2 } else { end }, parts))
}

/// DATE-9: a period up to a date is one date, valued as the date: "the three months to
/// December", "the year to March 2005", "the 12 months through June".
fn period_to(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    const PERIODS: [&str; 7] = ["year", "years", "month", "months", "weeks", "quarter", "quarters"];
    // The period's word and the link first: most amounts have neither, and reading the
    // amount costs more.
    let unit_at = (i..i + 4).find(|&j| word_in(tokens, j, &PERIODS))?;
    if !word_in(tokens, unit_at + 1, &["to", "through", "ending"]) {
        return None;
    }
    let amount_len = if unit_at == i { 0 } else { numbers::amount(tokens, i, false)?.len };
    if unit_at != i + amount_len || (unit_at == i && !word_in(tokens, i, &["year", "quarter"])) {
        return None;
    }
    let (end, parts) = month_first(tokens, unit_at + 2).or_else(|| day_first(tokens, unit_at + 2))?;
    parts.month.is_some().then_some((end, parts))
}

/// DATE-8: a range of two dates of one form is one date, as newswire annotates it: "November
/// 2013 to June 2014", "April 1 to October 31", "Monday to Friday", "2013-2014" and "between
/// 2013 and 2014" (with "between"). Returns the range's first token and its end; its value is
/// the first date's.
fn range_end(tokens: &[Token<'_>], i: usize, end: usize, parts: &DateParts) -> Option<(usize, usize)> {
    let between = i.checked_sub(1).filter(|&b| word_is(tokens, b, "between"));
    let link = tokens.get(end)?;
    let linked = match between {
        Some(_) => word_is(tokens, end, "and"),
        None => word_in(tokens, end, &["to", "through", "until"]) || link.is('–') || (link.is('-') && link.spaced),
    };
    if !linked {
        return None;
    }
    let (upper_end, upper) = single_date(tokens, end + 1)?;
    let form = |p: &DateParts| (p.year.is_some(), p.month.is_some(), p.day.is_some(), p.weekday.is_some());
    let month_or_year = parts.year.is_some() || parts.month.is_some();
    let same_form = *parts != DateParts::default() && form(parts) == form(&upper);
    (same_form && (month_or_year || parts.weekday.is_some())).then_some((between.unwrap_or(i), upper_end))
}

/// The value of plain digits at `j` of at most `max_len` digits.
fn small_number(tokens: &[Token<'_>], j: usize, max_len: usize) -> Option<u32> {
    let t = tokens.get(j).filter(|t| t.is_number())?;
    let digits = t.text.len() <= max_len && t.text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| t.text.parse().ok()).flatten()
}

/// A four-digit year at `j`, 1000–2999.
fn year_at(tokens: &[Token<'_>], j: usize) -> Option<i32> {
    let t = tokens.get(j)?;
    let y = small_number(tokens, j, 4).filter(|_| t.text.len() == 4)?;
    (1000..3000).contains(&y).then_some(y as i32)
}

/// A day of the month at `j` ("17", "17th"; LANG-1 "1er", "3."): the value and the token after
/// it.
fn day_at(tokens: &[Token<'_>], j: usize) -> Option<(u8, usize)> {
    let day = small_number(tokens, j, 2).filter(|d| (1..=31).contains(d))?;
    let suffix = tokens.get(j + 1).is_some_and(|t| {
        !t.spaced && (is_ordinal_suffix(t.text) || local::is_ordinal_suffix(t)) || local::is_ordinal_dot(t)
    });
    Some((day as u8, j + 1 + usize::from(suffix)))
}

/// ", 2025" or "2025" (or "of 2025" when `of` is allowed; LANG-1 "de 2025") at `j`: the year
/// and the token after.
fn year_after(tokens: &[Token<'_>], j: usize, of: bool) -> Option<(i32, usize)> {
    let lead = tokens.get(j)?;
    let skip = usize::from(lead.is(',') || (of && word_is(tokens, j, "of")) || local::is_date_link(lead));
    year_at(tokens, j + skip).map(|y| (y, j + skip + 1))
}

/// A capitalised month name at `j` (or one of the text's language, LANG-1): its number,
/// whether abbreviated, the token after it (past an abbreviation's period).
fn month_at(tokens: &[Token<'_>], j: usize) -> Option<(u8, bool, usize)> {
    let t = tokens.get(j)?;
    if let Some(month) = local::month(t) {
        return Some((month, false, j + 1));
    }
    let t = Some(t).filter(|t| t.is_capitalized())?;
    let (month, short) = lexicon::month(t.text)?;
    let dot = short && tokens.get(j + 1).is_some_and(|d| d.is('.') && !d.spaced);
    Some((month, short, j + 1 + usize::from(dot)))
}

/// DATE-1: "July 17", "July 17th, 2025", "July 2025", "July of 2025", "in March".
fn month_first(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let (month, short, at) = month_at(tokens, i)?;
    let mut parts = DateParts { month: Some(month), ..DateParts::default() };
    if let Some((day, after)) = day_at(tokens, at).filter(|_| tokens[at].spaced) {
        parts.day = Some(day);
        let (year, end) = year_after(tokens, after, false).map_or((None, after), |(y, e)| (Some(y), e));
        parts.year = year;
        return Some((end, parts));
    }
    if let Some((year, end)) = year_after(tokens, at, true) {
        parts.year = Some(year);
        return Some((end, parts));
    }
    let local = || local::month(&tokens[i]).is_some();
    (!short && (local() || bare_month_is_date(tokens, i, month))).then_some((at, parts))
}

/// DATE-1: a month name alone is a date after a word like "in" or "since", between a
/// determiner and the noun it dates ("the August shooting", "an August opinion", "this March
/// deadline"), or when its name is not also a common word or a first name. (LANG-1: a month of
/// the text's own language, written in its case, is a date alone.)
fn bare_month_is_date(tokens: &[Token<'_>], i: usize, month: u8) -> bool {
    let unambiguous = matches!(month, 1 | 2 | 7 | 9..=12);
    let after_preposition =
        i.checked_sub(1).is_some_and(|b| tokens[b].is_word() && lexicon::has(DATE_PREPOSITIONS, tokens[b].text));
    let determiner = i >= 1 && word_in(tokens, i - 1, &["a", "an", "that", "the", "this"]);
    let dates_a_noun = determiner && tokens.get(i + 1).is_some_and(|n| n.is_lowercase());
    unambiguous || after_preposition || dates_a_noun
}

/// DATE-1: "17 July", "17th of July 2025", "5 Sept. 2024", and two days of one month: "19 and
/// 20 October", "19-20 October" (the value is the first).
fn day_first(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let (day, mut at) = day_at(tokens, i)?;
    let link = tokens.get(at).is_some_and(|t| t.is('-') || t.is('–')) || word_in(tokens, at, &["and", "to"]);
    let month_after = |j: usize| month_at(tokens, j + usize::from(word_is(tokens, j, "of"))).is_some();
    if let Some((_, after)) = day_at(tokens, at + 1).filter(|&(_, after)| link && month_after(after)) {
        at = after;
    }
    if word_is(tokens, at, "of") || tokens.get(at).is_some_and(local::is_date_link) {
        at += 1;
    }
    let (month, _, after) = month_at(tokens, at)?;
    let (year, end) = year_after(tokens, after, false).map_or((None, after), |(y, e)| (Some(y), e));
    Some((end, DateParts { year, month: Some(month), day: Some(day), ..DateParts::default() }))
}

/// DATE-2: "Thursday", "Thursday, July 17" (LANG-1: "mandag den 3. marts").
fn weekday_date(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let t = tokens.get(i)?;
    let (weekday, next) = match local::weekday_at(tokens, i) {
        Some(found) => found,
        None => (lexicon::weekday(Some(t).filter(|t| t.is_capitalized())?.text)?, i + 1),
    };
    // A newspaper's name: "The Sunday Telegraph", "Sunday Times" (not "on Sunday Post Office
    // staff struck").
    const PAPERS: [&str; 11] =
        ["Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "Mail", "Tribune", "Star", "Sport", "Observer"];
    let paper = tokens.get(next).is_some_and(|n| PAPERS.contains(&n.text));
    if paper && !(i >= 1 && word_in(tokens, i - 1, &["on", "by", "until", "since", "last", "next", "this", "from"])) {
        return None;
    }
    let comma = tokens.get(next).is_some_and(|t| t.is(','));
    let after_comma = next + usize::from(comma);
    // LANG-1: "mandag den 3. marts".
    let then = after_comma + local::day_article_len(tokens, after_comma);
    let date = month_first(tokens, then).or_else(|| day_first(tokens, then));
    match date {
        Some((end, parts)) if parts.day.is_some() => Some((end, DateParts { weekday: Some(weekday), ..parts })),
        _ => Some((next, DateParts { weekday: Some(weekday), ..DateParts::default() })),
    }
}

/// DATE-3: years standing alone, decades, year ranges, fiscal years.
fn year(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    if let Some(hit) = fiscal_year(tokens, i).or_else(|| decade(tokens, i)) {
        return Some(hit);
    }
    let y = year_at(tokens, i)?;
    let prev = i.checked_sub(1).map(|b| tokens[b]);
    let after_preposition = prev.is_some_and(|b| b.is_word() && lexicon::has(DATE_PREPOSITIONS, b.text));
    let in_range = (1900..=2100).contains(&y) || (after_preposition && y >= 1000);
    // "mid-2023", "mid-1980s": a hyphen after DATE-6's "early", "late" or "mid" joins them.
    let modifier_hyphen = i >= 2 && word_in(tokens, i - 2, &PERIOD_MODIFIERS);
    let glued_before = prev.is_some_and(|b| !tokens[i].spaced && (b.is_word() || b.is('-') && !modifier_hyphen));
    if !in_range || glued_before {
        return None;
    }
    let next = tokens.get(i + 1);
    if next.is_some_and(|t| t.is_word() && t.text == "s" && !t.spaced) {
        return Some((i + 2, DateParts::default())); // "1990s"
    }
    let parts = DateParts { year: Some(y), ..DateParts::default() };
    if possessive_at(tokens, i + 1) {
        return Some((i + 1, parts)); // "2004's average"
    }
    if next.is_some_and(|t| t.is_word() && !t.spaced) || is_approximate_count(tokens, i) {
        return None;
    }
    Some((year_range_end(tokens, i + 1), parts))
}

/// Whether a number at `i` is a count: after "about", "nearly" … and before a plural noun
/// ("some 2000 workers").
fn is_approximate_count(tokens: &[Token<'_>], i: usize) -> bool {
    let approximate = ["about", "some", "nearly", "almost", "around", "than", "roughly"];
    let plural_after = tokens.get(i + 1).is_some_and(|t| {
        t.is_lowercase() && t.text.len() > 3 && t.text.ends_with('s') && !crate::stopwords::is_stop_word(t.text)
    });
    plural_after && i >= 1 && word_in(tokens, i - 1, &approximate)
}

/// Past "-21", "–2024", "/25" glued after a year.
fn year_range_end(tokens: &[Token<'_>], j: usize) -> usize {
    let link = tokens.get(j).is_some_and(|t| (t.is('-') || t.is('–') || t.is('/')) && !t.spaced);
    let tail = tokens.get(j + 1).filter(|t| t.is_number() && !t.spaced);
    match tail {
        Some(t) if link && (t.text.len() == 2 || t.text.len() == 4) => j + 2,
        _ => j,
    }
}

/// "FY2025", "FY25", "FY 2025", "fiscal 2025".
fn fiscal_year(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let lead = tokens.get(i)?;
    let fy = lead.text == "FY";
    if !fy && !word_is(tokens, i, "fiscal") {
        return None;
    }
    let number = tokens.get(i + 1).filter(|t| t.is_number())?;
    let y = match (fy && !number.spaced, number.text.len()) {
        (true, 2) => 2000 + small_number(tokens, i + 1, 2)? as i32,
        (_, 4) => year_at(tokens, i + 1)?,
        _ => return None,
    };
    Some((i + 2, DateParts { year: Some(y), ..DateParts::default() }))
}

/// "1990s" is handled with years; this is "'90s".
fn decade(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let quote = tokens.get(i).filter(|t| t.is('\'') || t.is('’'))?;
    let _ = quote;
    small_number(tokens, i + 1, 2).filter(|n| n % 10 == 0)?;
    let s = tokens.get(i + 2).filter(|t| t.text == "s" && !t.spaced)?;
    let _ = s;
    Some((i + 3, DateParts::default()))
}

/// DATE-3: "the 20th century", "19th-century".
fn century(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    small_number(tokens, i, 2).filter(|n| (1..=22).contains(n))?;
    tokens.get(i + 1).filter(|t| !t.spaced && is_ordinal_suffix(t.text))?;
    let hyphen = tokens.get(i + 2).is_some_and(|t| t.is('-') && !t.spaced);
    let at = i + 2 + usize::from(hyphen);
    // Not in a name: "20th Century Fox".
    let in_name =
        tokens.get(at).is_some_and(Token::is_capitalized) && tokens.get(at + 1).is_some_and(Token::is_capitalized);
    (word_in(tokens, at, &["century", "centuries"]) && !in_name).then_some((at + 1, DateParts::default()))
}

/// DATE-4: "Q1", "Q1 2025", "first quarter of 2025", "fourth-quarter", "second half of 2024",
/// "H1 2025".
fn quarter(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let lead = tokens.get(i)?;
    if lead.text == "Q" || lead.text == "H" {
        let n = small_number(tokens, i + 1, 1).filter(|n| (1..=4).contains(n))?;
        let glued = !tokens[i + 1].spaced && !tokens.get(i + 2).is_some_and(|t| !t.spaced && t.is_word());
        let year = year_after(tokens, i + 2, false).filter(|_| glued);
        let (year, end) = year.map_or((None, i + 2), |(y, e)| (Some(y), e));
        if !glued || (lead.text == "H" && (year.is_none() || n > 2)) {
            return None;
        }
        let quarter = (lead.text == "Q").then_some(n as u8);
        return Some((end, DateParts { year, quarter, ..DateParts::default() }));
    }
    ordinal_period(tokens, i)
}

/// "first quarter", "the fourth-quarter", "second half", "the final quarter", with an optional
/// year ("of 2004", "of next year", "of the year").
fn ordinal_period(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let ordinals = ["first", "second", "third", "fourth"];
    let (n, mut at) = match ordinals.iter().position(|o| word_is(tokens, i, o)) {
        Some(p) => (p as u8 + 1, i + 1),
        None if word_is(tokens, i, "final") && word_is(tokens, i + 1, "quarter") => (4, i + 1),
        None => {
            let n = small_number(tokens, i, 1).filter(|n| (1..=4).contains(n))?;
            let suffix = tokens.get(i + 1).filter(|t| !t.spaced && is_ordinal_suffix(t.text))?;
            let _ = suffix;
            (n as u8, i + 2)
        }
    };
    if tokens.get(at).is_some_and(|t| t.is('-') && !t.spaced) {
        at += 1;
    }
    let is_quarter = word_is(tokens, at, "quarter");
    let is_half = word_is(tokens, at, "half") && n <= 2;
    if !(is_quarter || is_half) {
        return None;
    }
    let (year, end) = year_after(tokens, at + 1, true).map_or((None, at + 1), |(y, e)| (Some(y), e));
    // "the second half of next year", "the first quarter of this year": one period.
    let of_relative = || word_is(tokens, at + 1, "of").then(|| relative(tokens, at + 2)).flatten();
    let of_the_year =
        word_is(tokens, at + 1, "of") && word_is(tokens, at + 2, "the") && word_is(tokens, at + 3, "year");
    let end = match year {
        Some(_) => end,
        None if of_the_year => at + 4,
        None => of_relative().map_or(end, |(e, _)| e),
    };
    let quarter = is_quarter.then_some(n);
    Some((end, DateParts { year, quarter, ..DateParts::default() }))
}

/// DATE-5: "2025-07-17", "17/07/2025", "7/17/2025", "9/11", "17.07.2025".
fn numeric(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    if tokens.get(i).is_some_and(Token::is_dotted) {
        return dotted(&tokens[i]).map(|parts| (i + 1, parts));
    }
    let glued = |j: usize, c: char| {
        tokens.get(j).is_some_and(|t| t.is(c) && !t.spaced)
            && tokens.get(j + 1).is_some_and(|t| t.is_number() && !t.spaced)
    };
    let a = small_number(tokens, i, 4)?;
    if tokens[i].text.len() == 4 && glued(i + 1, '-') && glued(i + 3, '-') {
        let month = small_number(tokens, i + 2, 2).filter(|m| (1..=12).contains(m))?;
        let (day, _) = day_at(tokens, i + 4)?;
        let parts =
            DateParts { year: Some(a as i32), month: Some(month as u8), day: Some(day), ..DateParts::default() };
        return Some((i + 5, parts));
    }
    if !(glued(i + 1, '/') && tokens[i].text.len() <= 2) {
        return None;
    }
    let b = small_number(tokens, i + 2, 2)?;
    if !glued(i + 3, '/') {
        let nine_eleven = a == 9 && b == 11;
        return nine_eleven.then(|| (i + 3, DateParts { month: Some(9), day: Some(11), ..DateParts::default() }));
    }
    let year = year_at(tokens, i + 4)?;
    Some((i + 5, day_month_year(a, b, year, false)))
}

/// DATE-5: a dotted date, "17.07.2025", "3.4.2024"; in a language that writes a decimal comma
/// (SEG-18) the day comes first, as it does there ("3.4.2024" is 3 April).
fn dotted(token: &Token<'_>) -> Option<DateParts> {
    let mut parts = token.text.split('.');
    let mut small = || parts.next().filter(|p| p.len() <= 2).and_then(|p| p.parse::<u32>().ok());
    let (a, b) = (small()?, small()?);
    let year = parts.next().filter(|y| y.len() == 4).and_then(|y| y.parse::<u32>().ok());
    let year = year.filter(|y| (1000..3000).contains(y) && parts.next().is_none())?;
    Some(day_month_year(a, b, year as i32, token.lang.decimal_comma()))
}

/// DATE-5: the parts of a numeric date `a`, `b`, `year`: day and month told apart where one
/// exceeds 12, or by the language's order when `day_first`; else only the year.
fn day_month_year(a: u32, b: u32, year: i32, day_first: bool) -> DateParts {
    let (month, day) = match (a, b) {
        (13..=31, 1..=12) => (Some(b as u8), Some(a as u8)),
        (1..=12, 13..=31) => (Some(a as u8), Some(b as u8)),
        (1..=12, 1..=12) if day_first => (Some(b as u8), Some(a as u8)),
        _ => (None, None),
    };
    DateParts { year: Some(year), month, day, ..DateParts::default() }
}

/// DATE-6: yesterday, last week, this year, next Thursday, earlier this month, recent years,
/// a year ago.
fn relative(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    const PERIODS: [&str; 13] = [
        "week", "month", "year", "weekend", "quarter", "decade", "century", "season", "spring", "summer", "autumn",
        "fall", "winter",
    ];
    let none = DateParts::default();
    if let Some(end) = local::relative(tokens, i) {
        return Some((end, none)); // LANG-4
    }
    let as_name = tokens.get(i).is_some_and(|t| t.is_capitalized() && !t.initial);
    if word_in(tokens, i, &["yesterday", "today", "tomorrow"]) && !as_name {
        return Some((i + 1, none)); // not the BBC's "Today" programme
    }
    if word_in(tokens, i, &["earlier", "later"]) && word_in(tokens, i + 1, &["this", "last", "next"]) {
        return word_in(tokens, i + 2, &PERIODS).then_some((i + 3, none));
    }
    let after_the = i >= 1 && word_is(tokens, i - 1, "the");
    if word_in(tokens, i, &PERIOD_PARTS) && word_is(tokens, i + 1, "of") && word_is(tokens, i + 2, "the") {
        // DATE-7 "the end of the year", "the start of the month".
        return word_in(tokens, i + 3, &PERIODS).then_some((i + 4, none));
    }
    let following = word_is(tokens, i, "following") && after_the;
    if following || word_in(tokens, i, &["last", "next", "this", "coming", "past", "previous"]) {
        if after_the && word_is(tokens, i + 1, "day") {
            return Some((i + 2, none)); // "the next day", "the following day"
        }
        let t = tokens.get(i + 1).filter(|t| t.is_word())?;
        if let Some(weekday) = lexicon::weekday(t.text).filter(|_| t.is_capitalized()) {
            return Some((i + 2, DateParts { weekday: Some(weekday), ..none }));
        }
        if let Some((month, false)) = lexicon::month(t.text).filter(|_| t.is_capitalized()) {
            return Some((i + 2, DateParts { month: Some(month), ..none }));
        }
        if !word_in(tokens, i + 1, &PERIODS) {
            return None;
        }
        let year = year_after(tokens, i + 2, true).filter(|_| word_is(tokens, i + 2, "of"));
        return Some(year.map_or((i + 2, none.clone()), |(y, end)| (end, DateParts { year: Some(y), ..none })));
    }
    if word_is(tokens, i, "recent") {
        return word_in(tokens, i + 1, &["years", "months", "weeks", "days", "decades"]).then_some((i + 2, none));
    }
    if word_in(tokens, i, &["a", "an"]) && tokens.get(i + 1).is_some_and(|t| lexicon::has(DURATIONS, t.text)) {
        return word_in(tokens, i + 2, &["ago", "earlier", "later"]).then_some((i + 3, none));
    }
    season_of_year(tokens, i)
}

/// DATE-7: the parts of a period that belong to the date after "of": "the end of 2006".
pub(crate) const PERIOD_PARTS: [&str; 6] = ["end", "beginning", "start", "middle", "turn", "close"];

/// "summer 2025", "spring of 2024".
fn season_of_year(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    if !(word_in(tokens, i, &SEASONS) || word_is(tokens, i, "fall")) {
        return None;
    }
    let (year, end) = year_after(tokens, i + 1, true)?;
    Some((end, DateParts { year: Some(year), ..DateParts::default() }))
}

/// DATE-6: the words that place a date within its period.
const PERIOD_MODIFIERS: [&str; 3] = ["early", "late", "mid"];

/// DATE-6: "early 2025", "late last year", "mid-July", "mid-2025", "the mid-1980s", "the late
/// 19th century", "late spring", "early Friday".
fn modified(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    if !word_in(tokens, i, &PERIOD_MODIFIERS) {
        return None;
    }
    let hyphen = tokens.get(i + 1).is_some_and(|t| t.is('-') && !t.spaced);
    let at = i + 1 + usize::from(hyphen);
    [relative, month_first, month_alone, year, quarter, century, season_alone, weekday_date]
        .iter()
        .find_map(|m| m(tokens, at))
}

/// A season with nothing after it ("spring" in "late spring"), not "fall": "a late fall in
/// prices" is no date.
fn season_alone(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    word_in(tokens, i, &SEASONS).then_some((i + 1, DateParts::default()))
}

/// The seasons, but "fall", which is a date only with its year ("fall 2025").
const SEASONS: [&str; 4] = ["spring", "summer", "autumn", "winter"];

/// A full month name with nothing after it ("July" in "mid-July").
fn month_alone(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let (month, short, at) = month_at(tokens, i)?;
    let parts = DateParts { month: Some(month), ..DateParts::default() };
    (!short).then_some((at, parts))
}

/// DATE-6: holidays that name a date: "Christmas", "Easter Sunday", "Thanksgiving Day".
fn holiday(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    let names = ["Christmas", "Easter", "Thanksgiving", "Ramadan", "Hanukkah", "Diwali", "Halloween"];
    let t = tokens.get(i)?;
    let new_year = t.text == "New" && tokens.get(i + 1).is_some_and(|y| y.text == "Year");
    if !(names.contains(&t.text) || new_year) {
        return named_day(tokens, i);
    }
    let at = i + 1 + usize::from(new_year);
    let at = at + usize::from(new_year && possessive_at(tokens, at)); // "New Year's Eve"
    let day = word_in(tokens, at, &["Day", "Eve", "Sunday", "Monday"]) && tokens[at].is_capitalized();
    Some((at + usize::from(day), DateParts::default()))
}

/// DATE-6: a holiday named "… Day" or "Good Friday": "Boxing Day", "Valentine's Day".
fn named_day(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    const DAYS: [&str; 10] = [
        "Boxing",
        "Father",
        "Independence",
        "Labor",
        "Labour",
        "Memorial",
        "Mother",
        "Remembrance",
        "Valentine",
        "Veterans",
    ];
    let t = tokens.get(i)?;
    if t.text == "Good" && tokens.get(i + 1).is_some_and(|d| d.text == "Friday") {
        return Some((i + 2, DateParts::default()));
    }
    if !DAYS.contains(&t.text) {
        return None;
    }
    let at = i + 1 + usize::from(possessive_at(tokens, i + 1));
    // Not the film "Independence Day 2".
    let sequel = tokens.get(at + 1).is_some_and(|n| n.is_number() && n.text.len() < 4);
    tokens.get(at).filter(|d| d.text == "Day" && !sequel).map(|_| (at + 1, DateParts::default()))
}

#[cfg(test)]
mod tests {
    use super::super::{test_facts as facts, DateParts, FactKind, FactValue};

    fn dates(text: &str) -> Vec<(&str, DateParts)> {
        facts(text)
            .into_iter()
            .filter(|f| f.kind == FactKind::Date)
            .map(|f| {
                let span = f.text(text);
                match f.value {
                    Some(FactValue::Date(parts)) => (span, parts),
                    _ => (span, DateParts::default()),
                }
            })
            .collect()
    }

    fn ymd(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> DateParts {
        DateParts { year, month, day, ..DateParts::default() }
    }

    #[test]
    fn date_1_month_and_day() {
        assert_eq!(dates("on July 17 it"), [("July 17", ymd(None, Some(7), Some(17)))]);
        assert_eq!(dates("on 17 July 2025 it"), [("17 July 2025", ymd(Some(2025), Some(7), Some(17)))]);
        assert_eq!(dates("by July 17th, 2025."), [("July 17th, 2025", ymd(Some(2025), Some(7), Some(17)))]);
        assert_eq!(dates("in July 2025"), [("July 2025", ymd(Some(2025), Some(7), None))]);
        assert_eq!(dates("on Sept. 5"), [("Sept. 5", ymd(None, Some(9), Some(5)))]);
        assert_eq!(
            dates("in May and October"),
            [("May", ymd(None, Some(5), None)), ("October", ymd(None, Some(10), None))]
        );
        assert_eq!(dates("Theresa May said the march was long"), []);
    }

    #[test]
    fn date_2_weekdays() {
        let thursday = DateParts { weekday: Some(4), ..DateParts::default() };
        assert_eq!(dates("fired on Thursday as"), [("Thursday", thursday.clone())]);
        let full = DateParts { weekday: Some(4), ..ymd(None, Some(7), Some(17)) };
        assert_eq!(dates("on Thursday, July 17, staff"), [("Thursday, July 17", full)]);
    }

    #[test]
    fn date_3_years() {
        assert_eq!(
            dates("in 2024 and the 2024 election"),
            [("2024", ymd(Some(2024), None, None)), ("2024", ymd(Some(2024), None, None))]
        );
        assert_eq!(
            dates("in the 1990s, in 1066, in 2020-21"),
            [
                ("1990s", ymd(None, None, None)),
                ("1066", ymd(Some(1066), None, None)),
                ("2020-21", ymd(Some(2020), None, None))
            ]
        );
        assert_eq!(dates("some 2000 workers"), []);
        assert_eq!(
            dates("for FY2025 and fiscal 2026"),
            [("FY2025", ymd(Some(2025), None, None)), ("fiscal 2026", ymd(Some(2026), None, None))]
        );
    }

    #[test]
    fn date_4_quarters() {
        let q = |year, quarter| DateParts { year, quarter, ..DateParts::default() };
        assert_eq!(dates("in Q1 2025"), [("Q1 2025", q(Some(2025), Some(1)))]);
        assert_eq!(dates("during the first quarter of 2025, up"), [("first quarter of 2025", q(Some(2025), Some(1)))]);
        assert_eq!(dates("its fourth-quarter results"), [("fourth-quarter", q(None, Some(4)))]);
        assert_eq!(dates("the second half of 2024"), [("second half of 2024", q(Some(2024), None))]);
        assert_eq!(dates("the second half of next year"), [("second half of next year", q(None, None))]);
        assert_eq!(dates("the first quarter of this year"), [("first quarter of this year", q(None, Some(1)))]);
    }

    #[test]
    fn date_5_numeric() {
        assert_eq!(
            dates("on 2025-07-17 and 17/07/2025"),
            [("2025-07-17", ymd(Some(2025), Some(7), Some(17))), ("17/07/2025", ymd(Some(2025), Some(7), Some(17)))]
        );
        assert_eq!(
            dates("on 5/6/2025 after 9/11"),
            [("5/6/2025", ymd(Some(2025), None, None)), ("9/11", ymd(None, Some(9), Some(11)))]
        );
    }

    #[test]
    fn date_6_relative() {
        let spans: Vec<&str> = dates("Yesterday, last week, the last quarter of 2004, this year, next Thursday, earlier this month, early 2025, mid-July, in recent years, a year ago, at Christmas.")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(
            spans,
            [
                "Yesterday",
                "last week",
                "last quarter of 2004",
                "this year",
                "next Thursday",
                "earlier this month",
                "early 2025",
                "mid-July",
                "recent years",
                "a year ago",
                "Christmas"
            ]
        );
    }
}
