//! Stage 2: the key facts in each sentence — money, percentages, quantities, dates and
//! named entities — as typed byte spans with normalised values.
//!
//! Placeholder: the rules come next.

use serde::Serialize;

use crate::segment::{self, Sentence};

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
    facts_in(text, &segment::sentences(text))
}

/// Finds the facts in the given sentences of `text` (as [`sentences`](crate::sentences)
/// returned them), in source order.
pub fn facts_in(_text: &str, _sentences: &[Sentence]) -> Vec<Fact> {
    Vec::new()
}
