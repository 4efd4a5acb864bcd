//! Amounts: the number phrases that money, percentages, quantities and dates are built from
//! ("29.3", "1,000", "twenty-five", "3.5 million", "several hundred", "hundreds of thousands",
//! "5-6 billion").

use super::lexicon;
use super::local;
use super::tokens::{glued_hyphen_at, word_in, word_is, Token};

/// A number phrase found at some token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Amount {
    /// How many tokens it spans.
    pub len: usize,
    /// Its value (the lower end of a range), scaled; `None` for a vague count ("hundreds") or a
    /// number too large for an `f64`.
    pub value: Option<f64>,
    /// Whether it is plain digits without a comma or decimal point, and how many.
    pub plain_digits: Option<usize>,
    /// Whether a scale word multiplied it ("million").
    pub scaled: bool,
}

/// NUM-1..NUM-5: the number phrase starting at token `i`. `abbreviated` admits the short scale
/// words money uses right after the digits ("£15.8m", "$5bn", "€30k").
pub(crate) fn amount(tokens: &[Token<'_>], i: usize, abbreviated: bool) -> Option<Amount> {
    let first = single_amount(tokens, i, abbreviated)?;
    Some(with_range(tokens, i, first, abbreviated))
}

/// One amount without a range.
fn single_amount(tokens: &[Token<'_>], i: usize, abbreviated: bool) -> Option<Amount> {
    let lead = lead(tokens, i)?;
    let (scale_len, factor) = scales(tokens, i + lead.len, abbreviated);
    let (tail_len, tail) =
        if factor == 100.0 && tokens[i].is_word() { hundreds_tail(tokens, i + lead.len + scale_len) } else { (0, 0.0) };
    Some(Amount {
        len: lead.len + scale_len + tail_len,
        value: lead.value.map(|v| times(v, factor) + tail).filter(|v| v.is_finite()),
        scaled: lead.scaled || scale_len > 0,
        plain_digits: if scale_len > 0 { None } else { lead.plain_digits },
    })
}

/// NUM-2: the tens and units after a spelled "hundred", with or without "and": "one hundred
/// and twenty three", "two hundred fifty". Returns how many tokens and their value.
fn hundreds_tail(tokens: &[Token<'_>], j: usize) -> (usize, f64) {
    let and = usize::from(word_is(tokens, j, "and"));
    let spelled = tokens.get(j + and).filter(|t| t.spaced && t.is_word() && !t.is_capitalized());
    match spelled.and_then(|t| lexicon::number_word(t.text)) {
        Some(value) => {
            let tail = spelled_number(tokens, j + and, value);
            (and + tail.len, tail.value.unwrap_or(0.0))
        }
        None => (0, 0.0),
    }
}

/// `value` × a scale `factor`, exactly where the product is a whole number: "$4.1m" is
/// 4,100,000, not 4.1 × 10⁶ = 4,099,999.9999999995 in floating point. The decimals are taken
/// off first (41 × 10⁵), so the product is of two whole numbers.
fn times(value: f64, factor: f64) -> f64 {
    const POWERS: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
    if factor < 10.0 {
        return value * factor; // most amounts: no scale word
    }
    match POWERS.iter().find(|&&p| p <= factor && (value * p).round() / p == value) {
        Some(&p) => (value * p).round() * (factor / p),
        None => value * factor,
    }
}

/// NUM-1 digits, NUM-2 number words, NUM-3 vague counts.
fn lead(tokens: &[Token<'_>], i: usize) -> Option<Amount> {
    let token = tokens.get(i)?;
    if token.is_number() {
        return digits(tokens, i);
    }
    if !token.is_word() {
        return None;
    }
    if token.text.eq_ignore_ascii_case("minus") {
        return negative(tokens, i);
    }
    if let Some(value) = lexicon::number_word(token.text) {
        // QTY-4: capitalised inside a sentence, a number word is part of a name ("the Three
        // Gorges Dam", "Formula One", "the Big Four").
        let in_name = token.is_capitalized() && !token.initial;
        return (!in_name).then(|| spelled_number(tokens, i, value));
    }
    vague_count(tokens, i)
}

/// NUM-1: digits with thousands commas and a decimal point; not an ordinal ("17th"), which is a
/// date's day or a rank, nor dotted digits ("4.1.3", a version; "17.07.2025", a date).
fn digits(tokens: &[Token<'_>], i: usize) -> Option<Amount> {
    let token = tokens[i];
    if token.is_dotted() || tokens.get(i + 1).is_some_and(|t| !t.spaced && is_ordinal_suffix(t.text)) {
        return None;
    }
    let point = if token.lang.decimal_comma() || token.has_dot_groups() { b',' } else { b'.' };
    let value = decimal_value(token.text, point);
    let plain = token.text.bytes().all(|b| b.is_ascii_digit());
    Some(Amount { len: 1, value, plain_digits: plain.then_some(token.text.len()), scaled: false })
}

/// NUM-7: "minus" before digits makes them negative: "minus 5 degrees", "minus 0.3%".
fn negative(tokens: &[Token<'_>], i: usize) -> Option<Amount> {
    if !tokens.get(i + 1).is_some_and(|t| t.is_number() && t.spaced) {
        return None;
    }
    let digits = digits(tokens, i + 1)?;
    Some(Amount { len: digits.len + 1, value: digits.value.map(|v| -v), plain_digits: None, ..digits })
}

/// The value of digits with thousands groups and the decimal mark `point`. Hand-written rather than
/// `str::parse::<f64>`, whose exact algorithm costs kilobytes of WebAssembly: the integer of all
/// digits divided by a power of ten is exact for up to 15 significant digits.
fn decimal_value(text: &str, point: u8) -> Option<f64> {
    let mut mantissa = 0.0_f64;
    let mut decimals = 0;
    let mut after_point = false;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10.0 + f64::from(b - b'0');
                decimals += i32::from(after_point);
            }
            _ if b == point => after_point = true,
            _ => {}
        }
    }
    let value = mantissa / 10f64.powi(decimals);
    value.is_finite().then_some(value)
}

pub(crate) fn is_ordinal_suffix(word: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// NUM-2: "seven", "twenty-five" (a tens word, a hyphen, a units word).
fn spelled_number(tokens: &[Token<'_>], i: usize, value: f64) -> Amount {
    let units = |j: usize| tokens.get(j).filter(|t| !t.spaced).and_then(|t| units_word(t.text));
    let hyphen = tokens.get(i + 1).is_some_and(|t| t.is('-') && !t.spaced);
    let denominator = tokens.get(i + 2).filter(|t| !t.spaced).and_then(|t| fraction_denominator(t.text));
    if let Some(denominator) = denominator.filter(|_| hyphen && value < 10.0) {
        return spelled(3, value / denominator); // "two-thirds", "three-quarters"
    }
    if let Some(denominator) = spaced_fraction(tokens, i + 1).filter(|_| value < 10.0) {
        return spelled(2, value / denominator); // "two thirds", "one fifth of"
    }
    // From 20 up the number words are the tens ("twenty" … "ninety"), so no `% 10.0` is
    // needed, which would bring a float remainder's 128-bit arithmetic into the WebAssembly.
    if value < 20.0 {
        return spelled(1, value);
    }
    let hyphenated = units(i + 2).filter(|_| hyphen).map(|extra| (3, extra));
    match hyphenated.or_else(|| spaced_units(tokens, i + 1).map(|extra| (2, extra))) {
        Some((len, extra)) => spelled(len, value + extra), // "twenty-five", "Twenty three people"
        None => spelled(1, value),
    }
}

/// NUM-2: the value of a units word, "one" … "nine".
fn units_word(word: &str) -> Option<f64> {
    lexicon::number_word(word).filter(|v| (1.0..10.0).contains(v))
}

/// NUM-2: a units word written apart after a tens word ("forty five"), in lower case ("Twenty
/// One Pilots" is a name) and not opening a compound ("twenty one-year-olds").
fn spaced_units(tokens: &[Token<'_>], j: usize) -> Option<f64> {
    let t = tokens.get(j).filter(|t| t.spaced && t.is_word() && !t.is_capitalized())?;
    if tokens.get(j + 1).is_some_and(|n| n.is('-') && !n.spaced) {
        return None;
    }
    units_word(t.text)
}

/// NUM-2: what a fraction's second word divides by ("thirds" in "two-thirds").
fn fraction_denominator(word: &str) -> Option<f64> {
    const DENOMINATORS: [(&str, &str, f64); 5] = [
        ("third", "thirds", 3.0),
        ("quarter", "quarters", 4.0),
        ("fifth", "fifths", 5.0),
        ("sixth", "sixths", 6.0),
        ("tenth", "tenths", 10.0),
    ];
    let lower = |w: &str| word.eq_ignore_ascii_case(w);
    DENOMINATORS.iter().find(|(one, many, _)| lower(one) || lower(many)).map(|&(_, _, d)| d)
}

/// NUM-2: the denominator of a fraction written apart at `j`, when it reads as one: before
/// "of" ("one fifth of") or plural ("two thirds"), but not "two quarters" of a year.
fn spaced_fraction(tokens: &[Token<'_>], j: usize) -> Option<f64> {
    let word = tokens.get(j).filter(|t| t.spaced && t.is_word())?;
    let denominator = fraction_denominator(word.text)?;
    let of = tokens.get(j + 1).is_some_and(|t| t.is_word() && t.text.eq_ignore_ascii_case("of"));
    (of || (word.text.ends_with('s') && denominator != 4.0)).then_some(denominator)
}

fn spelled(len: usize, value: f64) -> Amount {
    Amount { len, value: Some(value), plain_digits: None, scaled: false }
}

/// NUM-3: counts without a number: "a dozen", "a million" (one of the scale), "half a
/// million", "several hundred", "a few thousand", "hundreds", "tens of thousands".
fn vague_count(tokens: &[Token<'_>], i: usize) -> Option<Amount> {
    let word = |j: usize| tokens.get(j).filter(|t| t.is_word()).map(|t| t.text);
    let is = |j: usize, w: &str| word(j).is_some_and(|t| t.eq_ignore_ascii_case(w));
    let full_scale = |j: usize| word(j).filter(|w| w.len() > 3).and_then(|w| lexicon::scale(w, false));
    if is(i, "a") || is(i, "an") {
        if let Some(s) = full_scale(i + 1) {
            return Some(counted(2, Some(s)));
        }
    }
    if is(i, "half") && is(i + 1, "a") {
        return full_scale(i + 2).map(|s| counted(3, Some(s / 2.0)));
    }
    // NUM-2: "half of", "a third of", "a quarter of"; and "half" after a bound or an
    // approximation, which make it a share ("more than half said no", "by almost half").
    const BOUNDS: [&str; 9] =
        ["about", "almost", "approximately", "around", "nearly", "over", "roughly", "than", "under"];
    // Not "over half an hour", a stretch of time.
    let bounded = || i >= 1 && BOUNDS.iter().any(|b| is(i - 1, b)) && !is(i + 1, "a") && !is(i + 1, "an");
    if is(i, "half") && (is(i + 1, "of") || bounded()) {
        return Some(spelled(1, 0.5));
    }
    if is(i, "a") && is(i + 2, "of") {
        if let Some(denominator) = word(i + 1).filter(|w| !w.ends_with('s')).and_then(fraction_denominator) {
            return Some(spelled(2, 1.0 / denominator));
        }
    }
    let modifiers =
        if is(i, "a") && is(i + 1, "few") { 2 } else { usize::from(is(i, "several") || is(i, "few") || is(i, "many")) };
    if modifiers > 0 {
        return full_scale(i + modifiers).map(|_| counted(modifiers + 1, None));
    }
    let of_plural = is(i + 1, "of") && word(i + 2).is_some_and(lexicon::plural_scale);
    if is(i, "tens") {
        return of_plural.then(|| counted(3, None));
    }
    let len = if of_plural { 3 } else { 1 };
    word(i).filter(|w| lexicon::plural_scale(w)).map(|_| counted(len, None))
}

fn counted(len: usize, value: Option<f64>) -> Amount {
    Amount { len, value, plain_digits: None, scaled: true }
}

/// NUM-4: scale words after a number, multiplied: "3.5 million", "two hundred thousand",
/// "£15.8m", "$1.2-billion", and those of the text's language (LANG-2). Returns how many
/// tokens and the factor.
fn scales(tokens: &[Token<'_>], mut i: usize, abbreviated: bool) -> (usize, f64) {
    let start = i;
    let mut factor = 1.0;
    // "$1.2-billion": a hyphen glued to a number and a scale word.
    let hyphenated = glued_hyphen_at(tokens, i)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_word() && t.text.len() > 3 && lexicon::scale(t.text, false).is_some());
    if hyphenated {
        i += 1;
    }
    while let Some(t) = tokens.get(i).filter(|t| t.is_word()) {
        // LANG-2: "2,5 Millionen", "3,2 Mrd.", "200 millones", "mil millones".
        if let Some((s, abbreviation)) = local::scale(t) {
            factor *= s;
            i += 1 + usize::from(abbreviation && tokens.get(i + 1).is_some_and(|d| d.is('.') && !d.spaced));
            continue;
        }
        let short = t.text.len() == 1;
        let Some(s) = lexicon::scale(t.text, abbreviated && !t.spaced) else {
            break;
        };
        if short && (t.spaced || i != start) {
            break;
        }
        factor *= s;
        i += 1;
    }
    (i - start, factor)
}

/// NUM-5: a range "5-6 billion", "5 to 6 million", "10–20", "between 10 and 20 million", "three
/// or four": one amount whose value is the lower end, scaled like the upper end when only that
/// has the scale word; not a change and the level it led to ("grew by 1.2 million to 67.6
/// million", "from 10 to 5%"), nor two years ("between 2010 and 2015", which are dates).
fn with_range(tokens: &[Token<'_>], i: usize, first: Amount, abbreviated: bool) -> Amount {
    let joint = i + first.len;
    let Some(link) = tokens.get(joint) else {
        return first;
    };
    let dash = (link.is('-') || link.is('–')) && !first.scaled;
    let to = link.text.eq_ignore_ascii_case("to");
    let and = link.text.eq_ignore_ascii_case("and") && after_between(tokens, i);
    let or = link.text.eq_ignore_ascii_case("or");
    if !(dash || to || and || or) || first.value.is_none() {
        return first;
    }
    let Some(second) = tokens
        .get(joint + 1)
        .filter(|t| t.is_number() == tokens[i].is_number())
        .and_then(|_| single_amount(tokens, joint + 1, abbreviated))
    else {
        return first;
    };
    if and && [first, second].iter().all(|a| a.plain_digits == Some(4)) {
        return first;
    }
    let upper_factor = upper_scale(tokens, joint + 1, &first, &second, abbreviated);
    let lower = first.value.map(|v| times(v, upper_factor));
    // A range's ends are of a size ("by 3 to 5 percent"): "grew by 1.2 million to 67.6 million"
    // and "rose from 11,000 to 813,200" are a change and the level it led to, "one or 100" two
    // choices.
    if (or || to && after_change(tokens, i))
        && !lower.zip(second.value).is_some_and(|(lower, upper)| range_ends_fit(tokens, i, lower, upper))
    {
        return first;
    }
    // "in 2010 to 5%", "from 10 to 5%": a range runs upwards (a dash also joins a score, "2-1").
    if !dash && lower.zip(second.value).is_some_and(|(lower, upper)| lower > upper) {
        return first;
    }
    Amount {
        len: first.len + 1 + second.len,
        value: first.value.map(|v| times(v, upper_factor)).filter(|v| v.is_finite()),
        plain_digits: None,
        scaled: first.scaled || second.scaled,
    }
}

/// NUM-5: whether a range's ends are of a size (the upper at most twice the lower), as a
/// range's are and a change and the level it led to seldom are ("rose $2 to $15").
pub(crate) fn of_a_size(lower: f64, upper: f64) -> bool {
    upper <= 2.0 * lower
}

/// NUM-5: whether the amount at `i` follows a word of change ("rose", "from", "by"), so "to"
/// after it leads to the level the change reached rather than to a range's upper end; not
/// when a range is announced ("ranging from").
pub(crate) fn after_change(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|b| word_in(tokens, b, &lexicon::CHANGES)) && !announced_range(tokens, i)
}

/// NUM-5: whether a range is announced before the amount at `i`: "ranged from $5 to $100",
/// "anywhere from $100 to $20,000", "varying from 10 to 50". Its ends need not be of a size.
pub(crate) fn announced_range(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(2).is_some_and(|b| word_is(tokens, b + 1, "from") && word_in(tokens, b, &lexicon::RANGE_ANNOUNCERS))
}

/// NUM-5: whether `lower` to `upper` reads as a range after the amount at `i`: announced, or
/// of a size.
pub(crate) fn range_ends_fit(tokens: &[Token<'_>], i: usize, lower: f64, upper: f64) -> bool {
    announced_range(tokens, i) || of_a_size(lower, upper)
}

/// NUM-5: whether the amount at `i` follows "between", so "and" joins it to the upper end.
pub(crate) fn after_between(tokens: &[Token<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|b| tokens[b].text.eq_ignore_ascii_case("between"))
}

/// NUM-5: the factor a range's lower end takes from its upper end at `at`: the upper end's
/// scale when only it has one ("5-6 billion", "$10-$20 million"), else 1.
pub(crate) fn upper_scale(tokens: &[Token<'_>], at: usize, lower: &Amount, upper: &Amount, abbreviated: bool) -> f64 {
    match (lower.scaled, upper.scaled) {
        (false, true) => scale_factor(tokens, at, upper.len, abbreviated),
        _ => 1.0,
    }
}

/// The product of the scale words ending the amount at `i` (of `len` tokens).
fn scale_factor(tokens: &[Token<'_>], i: usize, len: usize, abbreviated: bool) -> f64 {
    let lead_len = lead(tokens, i).map_or(len, |l| l.len);
    scales(tokens, i + lead_len, abbreviated).1
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn parse(s: &str, abbreviated: bool) -> Option<(usize, Option<f64>)> {
        let tokens = tokenize(s, 0);
        amount(&tokens, 0, abbreviated).map(|a| (a.len, a.value))
    }

    #[test]
    fn num_1_digits() {
        assert_eq!(parse("1,000 jobs", false), Some((1, Some(1000.0))));
        assert_eq!(parse("29.3", false), Some((1, Some(29.3))));
        assert_eq!(parse("17th", false), None);
        let huge = "9".repeat(400);
        assert_eq!(parse(&huge, false), Some((1, None)));
    }

    #[test]
    fn decimals_parse_exactly() {
        for text in ["29.3", "0.5", "1,234,567.89", "274.5", "15.8", "1.13", "6661.89"] {
            let parsed: f64 = text.replace(',', "").parse().unwrap();
            assert_eq!(super::decimal_value(text, b'.'), Some(parsed), "{text}");
        }
    }

    #[test]
    fn num_2_number_words() {
        assert_eq!(parse("twenty-five people", false), Some((3, Some(25.0))));
        assert_eq!(parse("seven-year", false), Some((1, Some(7.0))));
    }

    #[test]
    fn num_3_vague_counts() {
        assert_eq!(parse("several hundred employees", false), Some((2, None)));
        assert_eq!(parse("a few thousand", false), Some((3, None)));
        assert_eq!(parse("hundreds of thousands", false), Some((3, None)));
        assert_eq!(parse("hundreds", false), Some((1, None)));
        assert_eq!(parse("tens", false), None);
        assert_eq!(parse("a dozen", false), Some((2, Some(12.0))));
        assert_eq!(parse("half a million", false), Some((3, Some(5e5))));
        assert_eq!(parse("a few", false), None);
    }

    #[test]
    fn num_4_scale_words() {
        assert_eq!(parse("3.5 million people", false), Some((2, Some(3.5e6))));
        assert_eq!(parse("two hundred thousand", false), Some((3, Some(2e5))));
        assert_eq!(parse("15.8m", true), Some((2, Some(15.8e6))));
        assert_eq!(parse("15.8m", false), Some((1, Some(15.8))));
        assert_eq!(parse("15.8 m", true), Some((1, Some(15.8))));
        assert_eq!(parse("5bn", false), Some((2, Some(5e9))));
        assert_eq!(parse("99999999999999999999999 billion", false).map(|a| a.0), Some(2));
    }

    #[test]
    fn num_5_ranges() {
        assert_eq!(parse("5-6 billion", false), Some((4, Some(5e9))));
        assert_eq!(parse("5 to 6 million", false), Some((4, Some(5e6))));
        assert_eq!(parse("10–20", false), Some((3, Some(10.0))));
        assert_eq!(parse("5 to", false), Some((1, Some(5.0))));
        let between = |s: &str| {
            let tokens = tokenize(s, 0);
            amount(&tokens, 1, false).map(|a| (a.len, a.value))
        };
        assert_eq!(between("between 10 and 20 million"), Some((4, Some(10e6))));
        assert_eq!(between("between 2010 and 2015"), Some((1, Some(2010.0))));
        assert_eq!(parse("10 and 20", false), Some((1, Some(10.0))));
    }
}
