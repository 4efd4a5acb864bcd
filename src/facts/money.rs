//! MONEY-1, MONEY-2 and MONEY-5: amounts of money with their ISO 4217 currency.

use super::lexicon;
use super::local;
use super::numbers::{self, Amount};
use super::tokens::{glued_hyphen_at, word_in, word_is, Token};
use super::{FactKind, FactValue, Found};

/// The money fact starting at token `i`, if any.
pub(crate) fn money(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let mut found = symbol_first(tokens, i).or_else(|| word_after(tokens, i)).or_else(|| scale_adjective(tokens, i))?;
    // MONEY-3: "85 cents a share", "$70 a barrel" are one amount, as newswire writes and
    // annotates them; not "$5 a year ago", where the time goes with what follows.
    let per_unit = word_in(tokens, found.end, &["a", "an", "per"]) && word_in(tokens, found.end + 1, &PRICED_UNITS);
    if per_unit && !word_in(tokens, found.end + 2, &["ago", "earlier", "later", "before", "after"]) {
        found.end += 2;
        found.next = found.next.max(found.end);
    }
    Some(found)
}

/// MONEY-3: what a price is given per.
const PRICED_UNITS: [&str; 19] = [
    "share", "barrel", "ounce", "gallon", "litre", "liter", "tonne", "ton", "kilo", "hour", "day", "week", "month",
    "year", "night", "head", "person", "unit", "ticket",
];

/// MONEY-1: a currency symbol or code, then digits: "$29.3 billion", "US$ 40", "€5bn",
/// "USD 3 million", "Rs. 200 crore".
fn symbol_first(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let (len, currency) = currency_prefix(tokens, i)?;
    let at = i + len;
    if !tokens.get(at)?.is_number() {
        return None;
    }
    let amount = numbers::amount(tokens, at, true)?;
    let (end, amount) = upper_end(tokens, i, at, currency, &amount).unwrap_or((at + amount.len, amount));
    Some(found(i, end, amount, currency, 1.0))
}

/// NUM-5 for money written with its symbol twice: "$300,000-$400,000", "$10-$20 million",
/// "between $10 and $20 million", "$15 to $17 a share" (not a change and its level: "from $15
/// to $17", "fell $28.63 to $38.65", "rose $2 to $15"), one amount whose value is the lower
/// end, scaled like the upper end when only that has the scale word. Returns the end and the
/// value.
fn upper_end(
    tokens: &[Token<'_>],
    start: usize,
    lower_at: usize,
    currency: &str,
    lower: &Amount,
) -> Option<(usize, Amount)> {
    let link = tokens.get(lower_at + lower.len)?;
    let and = word_is(tokens, lower_at + lower.len, "and") && numbers::after_between(tokens, start);
    // "$15 to $17 a share", but not a change: "from $15 to $17", "fell $28.63 to $38.65".
    let change = numbers::after_change(tokens, start);
    let to = word_is(tokens, lower_at + lower.len, "to");
    if to && change {
        return None;
    }
    if !(link.is('-') || link.is('–') || and || to) {
        return None;
    }
    let after_link = lower_at + lower.len + 1;
    let (len, upper_currency) = currency_prefix(tokens, after_link)?;
    let at = after_link + len;
    if upper_currency != currency || !tokens.get(at)?.is_number() {
        return None;
    }
    let upper = numbers::amount(tokens, at, true)?;
    if lower.scaled && !upper.scaled {
        return None; // "$2 million-$500": not a range written so
    }
    let factor = numbers::upper_scale(tokens, at, lower, &upper, true);
    let value = lower.value.map(|v| v * factor).filter(|v| v.is_finite());
    // "rose $2 to $15": a change and the level it led to.
    if to && !value.zip(upper.value).is_some_and(|(lower, upper)| numbers::range_ends_fit(tokens, start, lower, upper))
    {
        return None;
    }
    Some((at + upper.len, Amount { value, ..*lower }))
}

/// The currency written before an amount, and how many tokens it takes.
fn currency_prefix(tokens: &[Token<'_>], i: usize) -> Option<(usize, &'static str)> {
    let token = tokens.get(i)?;
    if let Some(code) = lexicon::currency_symbol(token.text) {
        return Some((1, code));
    }
    if !token.is_word() {
        return None;
    }
    let next = tokens.get(i + 1);
    if next.is_some_and(|t| t.is('$') && !t.spaced) {
        return lexicon::dollar_prefix(token.text).map(|code| (2, code));
    }
    if token.text == "Rs" {
        let dot = next.is_some_and(|t| t.is('.') && !t.spaced);
        return Some((1 + usize::from(dot), "INR"));
    }
    currency_code(token.text).map(|code| (1, code))
}

/// An upper-case ISO 4217 code Nutshell knows ("USD"), as a static string.
fn currency_code(word: &str) -> Option<&'static str> {
    const CODES: [&str; 21] = [
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK", "KRW",
        "RUB", "BRL", "MXN", "ZAR", "TRY",
    ];
    if word == "RMB" {
        return Some("CNY");
    }
    CODES.iter().find(|c| **c == word).copied()
}

/// MONEY-2: an amount, then a currency word: "3 million euros", "50 cents", "50p",
/// "200 Canadian dollars", "10 pounds sterling", and hyphenated before a noun: "a 20,000-euro
/// fine", "a 5-million-dollar deal" (not "a 500-pound bomb", a weight).
fn word_after(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    let amount = numbers::amount(tokens, i, true)?;
    let hyphenated = glued_hyphen_at(tokens, i + amount.len);
    let at = i + amount.len + usize::from(hyphenated);
    let (len, currency, factor) = currency_after(tokens, i, at, amount.scaled)?;
    if hyphenated && is_pound(currency, factor) {
        return None;
    }
    // A weight: "the fish weighed 10 pounds", "weighs about 20 pounds".
    let weighed = (1..=3).any(|k| i >= k && word_in(tokens, i - k, &["weigh", "weighs", "weighed", "weighing"]));
    if weighed && is_pound(currency, factor) {
        return None;
    }
    Some(found(i, at + len, amount, currency, factor))
}

/// MONEY-5: a scale word and a currency as one adjective, without a number: "billion-dollar
/// deals" and "thousand-dollar price tags" (valued as one of the scale, as "a billion-dollar
/// deal" is), and "multi-billion dollar contracts", "a multimillion-dollar deal" (no value). Not
/// "thousand-pound bombs", a weight.
fn scale_adjective(tokens: &[Token<'_>], i: usize) -> Option<Found> {
    const MULTI: [&str; 3] = ["multimillion", "multibillion", "multitrillion"];
    const SCALES: [&str; 4] = ["thousand", "million", "billion", "trillion"];
    // The scale: after "multi-" ("multi-billion"), in one word with it ("multibillion"), or alone.
    let after_multi = word_is(tokens, i, "multi") && glued_hyphen_at(tokens, i + 1);
    let scale_at = if after_multi { i + 2 } else { i };
    let vague = after_multi || word_in(tokens, i, &MULTI);
    let scale =
        if after_multi { word_in(tokens, scale_at, &SCALES[1..]) } else { vague || word_in(tokens, i, &SCALES) };
    if !scale {
        return None;
    }
    // A bare scale word takes its currency by a hyphen only: "Million Dollar Baby" is a name.
    let hyphen = glued_hyphen_at(tokens, scale_at + 1);
    if !hyphen && !vague {
        return None;
    }
    let at = scale_at + 1 + usize::from(hyphen);
    let (len, currency, factor) = currency_after(tokens, i, at, true)?;
    if is_pound(currency, factor) && word_is(tokens, scale_at, "thousand") {
        return None;
    }
    let value = (!vague)
        .then(|| lexicon::scale(tokens[scale_at].text, false))
        .flatten()
        .map(|amount| FactValue::Money { amount: amount * factor, currency });
    Some(Found::fact(i, at + len, FactKind::Money, value))
}

/// Whether the currency read is the pound in whole units (not pence), whose word may be a
/// weight: "a 500-pound bomb", "weighed 10 pounds", "10 pounds of cocaine".
fn is_pound(currency: &str, factor: f64) -> bool {
    currency == "GBP" && factor == 1.0
}

/// The currency named after an amount: its tokens, code and factor to whole units.
fn currency_after(tokens: &[Token<'_>], i: usize, at: usize, scaled: bool) -> Option<(usize, &'static str, f64)> {
    if let Some(found) = local::currency_after(tokens, at, scaled) {
        return Some(found);
    }
    let (lead, word) = (tokens.get(i)?, tokens.get(at).filter(|t| t.is_word())?);
    let is = |j: usize, w: &str| tokens.get(j).is_some_and(|t| t.text.eq_ignore_ascii_case(w));
    let noun = tokens.get(at + 1).map_or("", |t| t.text);
    if let Some(code) = lexicon::currency_adjective(word.text, noun) {
        return Some((2, code, 1.0));
    }
    let (code, factor) = lexicon::currency_word(word.text)?;
    let glued_only = word.text.eq_ignore_ascii_case("p");
    let digits_only = ["won", "rand", "real", "reais"].iter().any(|w| word.text.eq_ignore_ascii_case(w));
    if (glued_only && word.spaced) || (digits_only && !lead.is_number()) {
        return None;
    }
    if is_pound(code, factor) {
        if is(at + 1, "of") {
            return None; // a weight: "10 pounds of cocaine"
        }
        if is(at + 1, "sterling") {
            return Some((2, code, factor));
        }
    }
    Some((1, code, factor))
}

fn found(first: usize, end: usize, amount: Amount, currency: &'static str, factor: f64) -> Found {
    let value = amount.value.map(|a| FactValue::Money { amount: a * factor, currency });
    Found::fact(first, end, FactKind::Money, value)
}

#[cfg(test)]
mod tests {
    use super::super::{test_facts as facts, FactKind, FactValue};

    /// The money facts of `text` as (span, amount, currency).
    fn money(text: &str) -> Vec<(&str, f64, &str)> {
        facts(text)
            .into_iter()
            .filter(|f| f.kind == FactKind::Money)
            .map(|f| match f.value {
                Some(FactValue::Money { amount, currency }) => (f.text(text), amount, currency),
                _ => (f.text(text), f64::NAN, ""),
            })
            .collect()
    }

    #[test]
    fn money_1_symbol_or_code_first() {
        assert_eq!(money("It made $29.3 billion."), [("$29.3 billion", 29.3e9, "USD")]);
        assert_eq!(money("It cost £15.8m."), [("£15.8m", 15.8e6, "GBP")]);
        assert_eq!(money("A €5bn deal."), [("€5bn", 5e9, "EUR")]);
        assert_eq!(money("Pay USD 3 million now."), [("USD 3 million", 3e6, "USD")]);
        assert_eq!(money("Only US$ 40 each."), [("Only US$ 40", 40.0, "USD")]);
        assert_eq!(money("A A$40 fee."), [("A$40", 40.0, "AUD")]);
        assert_eq!(money("It was ¥500."), [("¥500", 500.0, "JPY")]);
        assert_eq!(money("Costs Rs 200 crore."), [("Rs 200 crore", 2e9, "INR")]);
        assert_eq!(money("Debt of $1.2 trillion."), [("$1.2 trillion", 1.2e12, "USD")]);
        assert_eq!(money("A $5-6 billion hole."), [("$5-6 billion", 5e9, "USD")]);
    }

    #[test]
    fn money_2_currency_word_after() {
        assert_eq!(money("It cost 50 cents."), [("50 cents", 0.5, "USD")]);
        assert_eq!(money("Fined 3 million euros."), [("3 million euros", 3e6, "EUR")]);
        assert_eq!(money("Just 50p more."), [("Just 50p", 0.5, "GBP")]);
        assert_eq!(money("Paid 200 Canadian dollars."), [("200 Canadian dollars", 200.0, "CAD")]);
        assert_eq!(money("About 10 pounds sterling."), [("10 pounds sterling", 10.0, "GBP")]);
        assert_eq!(money("He seized 10 pounds of cocaine."), []);
        assert_eq!(money("The fish weighed 10 pounds."), []);
        assert_eq!(money("Ten dollars."), [("Ten dollars", 10.0, "USD")]);
    }

    #[test]
    fn lone_signs_are_not_money() {
        assert_eq!(money("$ and £ and € alone, $."), []);
        assert_eq!(money("5 m away; p 5"), []);
    }
}
