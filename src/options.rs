//! What a caller can ask for: the [`Options`] of a summary, and the one [`Error`] type.
//!
//! `Options` deserialises from a partial object with camelCase keys (`{"type": "tldr"}`,
//! `{"sentences": 2}`), so JavaScript and JSON callers pass only what they change. Every
//! mistake is reported by [`Options::validate`] or by deserialisation as an
//! [`Error::InvalidOption`] that names the option and what is allowed.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The shape of a summary, after Chrome's Summarizer API.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SummaryType {
    /// The most important points: 3, 5 or 7 sentences (short, medium, long). The default.
    #[default]
    KeyPoints,
    /// A short overview: 1, about 3 or about 5 sentences.
    Tldr,
    /// An enticing opening: 1, about 3 or about 5 sentences.
    Teaser,
    /// One sentence trimmed to at most 12, 17 or 22 words: the article's own headline if it
    /// has one, else its best sentence.
    Headline,
}

/// How long a preset summary is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Length {
    /// The default.
    #[default]
    Short,
    /// Medium.
    Medium,
    /// Long.
    Long,
}

/// A language whose sentence and abbreviation rules apply.
pub type Language = String;

/// Options of [`summarize`](crate::summarize). Every field has a default, so
/// `Options::default()` (or `{}` from JavaScript) is a key-points summary of three sentences.
///
/// An explicit budget (`sentences`, `words` or `ratio`) overrides the `type`/`length` preset's
/// count; when several are given, all of them hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// The preset shape (`key-points`, `tldr`, `teaser`, `headline`). Default `key-points`.
    #[serde(rename = "type")]
    pub summary_type: SummaryType,
    /// The preset length (`short`, `medium`, `long`). Default `short`.
    pub length: Length,
    /// At most this many sentences (≥ 1). Default: none, the preset decides.
    pub sentences: Option<usize>,
    /// At most this many words (≥ 1). Default: none.
    pub words: Option<usize>,
    /// At most this share of the article's words, in (0, 1]. Default: none.
    pub ratio: Option<f64>,
    /// The text's language as an ISO 639-1 code (`en`, `de`, …). Default: none, detected.
    pub language: Option<Language>,
}

/// The option names a caller may use, in the order the README lists them.
pub const OPTION_NAMES: [&str; 6] = ["type", "length", "sentences", "words", "ratio", "language"];
/// [`OPTION_NAMES`] joined by commas, for messages (a test holds the two together): spelled
/// out, so the WebAssembly build needs no `join`.
const OPTION_LIST: &str = "type, length, sentences, words, ratio, language";

pub(crate) const TYPE_VALUES: &str = "key-points, tldr, teaser, headline";
pub(crate) const LENGTH_VALUES: &str = "short, medium, long";

impl Options {
    /// Checks the values that deserialisation cannot: counts of zero and ratios out of range.
    ///
    /// ```
    /// let options = nutshell::Options { sentences: Some(0), ..Default::default() };
    /// let error = options.validate().unwrap_err();
    /// assert!(error.to_string().contains("`sentences`"));
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        if self.sentences == Some(0) {
            return Err(Error::invalid("sentences", "a whole number of at least 1", "0"));
        }
        if self.words == Some(0) {
            return Err(Error::invalid("words", "a whole number of at least 1", "0"));
        }
        if let Some(ratio) = self.ratio {
            if !(ratio > 0.0 && ratio <= 1.0) {
                return Err(Error::invalid("ratio", "a number greater than 0 and at most 1", &number_text(ratio)));
            }
        }
        if let Some(language) = &self.language {
            if !crate::segment::is_language_code(language) {
                let allowed = "a two-letter ISO 639-1 code such as en, de, fr";
                return Err(Error::invalid("language", allowed, &quoted(language)));
            }
        }
        Ok(())
    }

    /// Reads one option from its name and a string value, as the CLI and scripts give them.
    ///
    /// ```
    /// let mut options = nutshell::Options::default();
    /// options.set("type", "tldr").unwrap();
    /// assert!(options.set("ratio", "lots").is_err());
    /// ```
    /// On error `self` is left as it was.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), Error> {
        let mut next = self.clone();
        match name {
            "type" => next.summary_type = value.parse()?,
            "length" => next.length = value.parse()?,
            "sentences" => next.sentences = Some(parse_count("sentences", value)?),
            "words" => next.words = Some(parse_count("words", value)?),
            "ratio" => {
                let ratio = value.trim().parse::<f64>();
                let allowed = "a number greater than 0 and at most 1";
                next.ratio = Some(ratio.map_err(|_| Error::invalid("ratio", allowed, &quoted(value)))?);
            }
            "language" => next.language = Some(value.to_string()),
            _ => return Err(Error::unknown(name)),
        }
        next.validate()?;
        *self = next;
        Ok(())
    }
}

fn parse_count(option: &'static str, value: &str) -> Result<usize, Error> {
    value.trim().parse().map_err(|_| Error::invalid(option, "a whole number of at least 1", &quoted(value)))
}

/// A number as a message shows it: shortest round-trip digits (no `.0` on whole numbers), and
/// JavaScript's names for the values that are not finite. Written with `ryu`, not `Display`,
/// which would pull float formatting's much larger code into the WebAssembly build.
pub(crate) fn number_text(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    text.strip_suffix(".0").unwrap_or(text).to_string()
}

/// `parts` one after another: what `format!` would make of them, without its machinery (the
/// WebAssembly build formats nothing else).
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// A string in double quotes, as `{:?}` shows it (quotes, backslashes and control characters
/// escaped), without `Debug`'s Unicode tables, which would weigh on the WebAssembly build.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                out.push_str("\\u{");
                let code = u32::from(c);
                let digits = if code > 0xff {
                    4
                } else if code > 0xf {
                    2
                } else {
                    1
                };
                for shift in (0..digits).rev() {
                    out.push(char::from(b"0123456789abcdef"[((code >> (4 * shift)) & 0xf) as usize]));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl std::str::FromStr for SummaryType {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self, Error> {
        Ok(match value {
            "key-points" => Self::KeyPoints,
            "tldr" => Self::Tldr,
            "teaser" => Self::Teaser,
            "headline" => Self::Headline,
            _ => return Err(Error::invalid("type", TYPE_VALUES, &quoted(value))),
        })
    }
}

impl std::str::FromStr for Length {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self, Error> {
        Ok(match value {
            "short" => Self::Short,
            "medium" => Self::Medium,
            "long" => Self::Long,
            _ => return Err(Error::invalid("length", LENGTH_VALUES, &quoted(value))),
        })
    }
}

/// The one error Nutshell reports: an option it cannot honour. The pipeline itself never fails.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An option has a value outside what is allowed, or is not an option at all.
    InvalidOption {
        /// The option's name as JavaScript and JSON spell it (`sentences`, `type`, …).
        option: String,
        /// What is allowed, in words.
        allowed: String,
        /// What was given.
        given: String,
    },
}

impl Error {
    pub(crate) fn invalid(option: &str, allowed: &str, given: &str) -> Self {
        Error::InvalidOption { option: option.into(), allowed: allowed.into(), given: given.into() }
    }

    /// A value of the wrong type, worded as serde's deserialisation words it ("invalid type:
    /// string \"x\", expected usize"), which JavaScript turns into a `TypeError`.
    pub(crate) fn wrong_type(option: &str, allowed: &str, unexpected: &str, expected: &str) -> Self {
        Error::InvalidOption {
            option: option.into(),
            allowed: concat(&["expected ", allowed, " (invalid type: ", unexpected, ", expected ", expected, ")"]),
            given: String::new(),
        }
    }

    /// Options that are not an object at all.
    pub(crate) fn not_options(given: &str) -> Self {
        Error::InvalidOption {
            option: "options".into(),
            allowed: concat(&["expected an options object (invalid type: ", given, ", expected a map)"]),
            given: String::new(),
        }
    }

    pub(crate) fn unknown(option: &str) -> Self {
        Error::InvalidOption {
            option: option.into(),
            allowed: concat(&["no such option; the options are ", OPTION_LIST]),
            given: String::new(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOption { option, allowed, given } if given.is_empty() => {
                write!(f, "invalid option `{option}`: {allowed}")
            }
            Error::InvalidOption { option, allowed, given } => {
                write!(f, "invalid option `{option}`: expected {allowed}, got {given}")
            }
        }
    }
}

impl std::error::Error for Error {}

// Deserialisation is written by hand so that every failure names its option: a derived
// impl would say "invalid type: string, expected usize" without saying where.
impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OptionsVisitor)
    }
}

struct OptionsVisitor;

impl<'de> Visitor<'de> for OptionsVisitor {
    type Value = Options;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an options object")
    }

    // `null`/`undefined` in place of the whole object means "all defaults".
    fn visit_unit<E: de::Error>(self) -> Result<Options, E> {
        Ok(Options::default())
    }

    fn visit_none<E: de::Error>(self) -> Result<Options, E> {
        Ok(Options::default())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Options, A::Error> {
        let mut options = Options::default();
        while let Some(key) = map.next_key::<String>()? {
            read_field(&mut options, &key, &mut map)?;
        }
        options.validate().map_err(de::Error::custom)?;
        Ok(options)
    }
}

fn read_field<'de, A: MapAccess<'de>>(options: &mut Options, key: &str, map: &mut A) -> Result<(), A::Error> {
    fn named<'a, E: de::Error>(key: &'a str, allowed: &'a str) -> impl FnOnce(E) -> E + 'a {
        // serde-wasm-bindgen's errors print as JavaScript errors do ("Error: …"); keep the message.
        move |error| {
            let detail = error.to_string();
            let detail = detail.strip_prefix("Error: ").unwrap_or(&detail);
            E::custom(format!("invalid option `{key}`: expected {allowed} ({detail})"))
        }
    }
    let count = "a whole number of at least 1";
    match key {
        "type" => {
            if let Some(value) = map.next_value::<Option<String>>().map_err(named(key, TYPE_VALUES))? {
                options.summary_type = value.parse().map_err(de::Error::custom)?;
            }
        }
        "length" => {
            if let Some(value) = map.next_value::<Option<String>>().map_err(named(key, LENGTH_VALUES))? {
                options.length = value.parse().map_err(de::Error::custom)?;
            }
        }
        "sentences" => options.sentences = map.next_value().map_err(named(key, count))?,
        "words" => options.words = map.next_value().map_err(named(key, count))?,
        "ratio" => options.ratio = map.next_value().map_err(named(key, "a number greater than 0 and at most 1"))?,
        "language" => options.language = map.next_value().map_err(named(key, "a two-letter ISO 639-1 code"))?,
        _ => return Err(de::Error::custom(Error::unknown(key))),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_key_points_short() {
        let options = Options::default();
        assert_eq!(options.summary_type, SummaryType::KeyPoints);
        assert_eq!(options.length, Length::Short);
        assert!(options.validate().is_ok());
    }

    #[test]
    fn option_list_joins_the_option_names() {
        assert_eq!(OPTION_LIST, OPTION_NAMES.join(", "));
    }

    #[test]
    fn errors_name_the_option_and_the_allowed_values() {
        let mut options = Options::default();
        let cases = [
            ("type", "short-story", "key-points, tldr, teaser, headline"),
            ("length", "huge", "short, medium, long"),
            ("sentences", "0", "at least 1"),
            ("words", "-3", "at least 1"),
            ("ratio", "2", "at most 1"),
            ("ratio", "0", "greater than 0"),
            ("colour", "red", "the options are type, length"),
        ];
        for (name, value, allowed) in cases {
            let message = options.set(name, value).unwrap_err().to_string();
            assert!(message.contains(&format!("`{name}`")), "{name}={value}: {message}");
            assert!(message.contains(allowed), "{name}={value}: {message}");
        }
    }
}
