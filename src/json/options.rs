//! [`Options`] from the JSON text of a flat options object, as the WebAssembly binding gets
//! them (`{"type":"tldr","sentences":2}`), with the messages serde's deserialisation gives
//! ([`Options`]' `Deserialize`): every mistake names its option, a value of the wrong JSON type
//! says `(invalid type: …)`, which JavaScript turns into a `TypeError`.
//!
//! Besides JSON it reads the bare numbers `NaN`, `Infinity` and `-Infinity`, which JavaScript
//! callers can pass and the binding's glue writes as such, so they fail validation like any
//! other number out of range instead of silently becoming `null`. `null` stands for "not given".
//! Malformed text is an error, never a panic.

use crate::options::{concat, quoted, Error, LENGTH_VALUES, TYPE_VALUES};
use crate::Options;

/// A JSON value as far as options care: nested lists and objects are only skipped.
enum Value<'a> {
    Null,
    Bool(bool),
    Number(&'a str),
    Text(String),
    List,
    Map,
}

const COUNT: &str = "a whole number of at least 1";
const RATIO: &str = "a number greater than 0 and at most 1";
const LANGUAGE: &str = "a two-letter ISO 639-1 code";

/// Reads and validates options; empty text or `null` means the defaults.
pub fn options(json: &str) -> Result<Options, Error> {
    let mut reader = Reader { text: json, at: 0 };
    let mut options = Options::default();
    match reader.value()? {
        Some(Value::Map) => {}
        Some(Value::Null) | None => return Ok(options),
        Some(other) => return Err(Error::not_options(&unexpected(&other))),
    }
    if reader.peek().is_some() {
        return Err(malformed());
    }
    // `value()` skipped the object to check it is whole; read its fields from the start.
    reader.at = json.len() - json.trim_start().len() + 1;
    while let Some(key) = reader.key()? {
        let value = reader.value()?.ok_or_else(malformed)?;
        read_field(&mut options, &key, value)?;
        reader.comma_or_end()?;
    }
    options.validate()?;
    Ok(options)
}

fn read_field(options: &mut Options, key: &str, value: Value<'_>) -> Result<(), Error> {
    if matches!(value, Value::Null) && crate::options::OPTION_NAMES.contains(&key) {
        return Ok(());
    }
    match key {
        "type" => options.summary_type = text(key, TYPE_VALUES, value)?.parse()?,
        "length" => options.length = text(key, LENGTH_VALUES, value)?.parse()?,
        "sentences" => options.sentences = Some(count(key, value)?),
        "words" => options.words = Some(count(key, value)?),
        "ratio" => options.ratio = Some(ratio(value)?),
        "language" => options.language = Some(text(key, LANGUAGE, value)?),
        _ => return Err(Error::unknown(key)),
    }
    Ok(())
}

fn text(key: &str, allowed: &str, value: Value<'_>) -> Result<String, Error> {
    match value {
        Value::Text(text) => Ok(text),
        other => Err(Error::wrong_type(key, allowed, &unexpected(&other), "a string")),
    }
}

fn count(key: &str, value: Value<'_>) -> Result<usize, Error> {
    let Value::Number(number) = value else {
        return Err(Error::wrong_type(key, COUNT, &unexpected(&value), "usize"));
    };
    let digits = number.strip_prefix('-').unwrap_or(number);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::wrong_type(key, COUNT, &unexpected(&value), "usize"));
    }
    // A whole number: negative or too large is a value out of range, not a wrong type.
    match number.parse::<usize>() {
        Ok(count) => Ok(count),
        Err(_) => Err(Error::invalid(key, COUNT, number)),
    }
}

fn ratio(value: Value<'_>) -> Result<f64, Error> {
    let parsed = match value {
        Value::Number("NaN") => Some(f64::NAN),
        Value::Number("Infinity") => Some(f64::INFINITY),
        Value::Number("-Infinity") => Some(f64::NEG_INFINITY),
        Value::Number(number) => number_value(number),
        _ => None,
    };
    parsed.ok_or_else(|| Error::wrong_type("ratio", RATIO, &unexpected(&value), "f64"))
}

/// The value of a JSON number (as JavaScript's `String(number)` writes it too), without
/// `str::parse::<f64>`, whose exact algorithm brings about 20 KB of tables into the WebAssembly
/// build. Exact (correctly rounded) when the digits make an integer below 2^53 and the power of
/// ten is at most 22 either way, as for any ratio a person types; otherwise good to about 13
/// significant digits. `None` unless it is a number: a sign, digits with at most one point, an
/// optional exponent.
fn number_value(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((digits, exponent)) => (digits, exponent.parse::<i32>().ok()?),
        None => (unsigned, 0),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || (digits.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let mut mantissa = 0u64;
    let mut scale = i64::from(exponent);
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let after_point = i >= whole.len();
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            scale -= i64::from(after_point);
        } else {
            scale += i64::from(!after_point); // digits past the 18th only scale the whole part
        }
    }
    let value = scaled(mantissa as f64, scale);
    Some(if negative { -value } else { value })
}

/// `x` × 10^`scale`: one rounding when 10^|scale| is exact (|scale| ≤ 22).
fn scaled(x: f64, scale: i64) -> f64 {
    let power = |n: i64| (0..n.min(400)).fold(1.0_f64, |p, _| p * 10.0);
    if scale >= 0 {
        x * power(scale)
    } else if scale >= -22 {
        x / power(-scale)
    } else {
        (0..(-scale).min(400)).fold(x, |v, _| v / 10.0)
    }
}

/// How serde's `Unexpected` describes a value.
fn unexpected(value: &Value<'_>) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(true) => "boolean `true`".into(),
        Value::Bool(false) => "boolean `false`".into(),
        Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit() || b == b'-') => concat(&["integer `", n, "`"]),
        Value::Number(n) => concat(&["floating point `", n, "`"]),
        Value::Text(text) => concat(&["string ", &quoted(text)]),
        Value::List => "sequence".into(),
        Value::Map => "map".into(),
    }
}

fn malformed() -> Error {
    Error::not_options("malformed JSON")
}

/// A cursor over the JSON text.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        self.text.get(self.at..).unwrap_or_default()
    }

    fn peek(&mut self) -> Option<u8> {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
        self.rest().bytes().next()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    /// The next key of the object, or `None` at its closing brace.
    fn key(&mut self) -> Result<Option<String>, Error> {
        if self.eat(b'}') {
            return Ok(None);
        }
        let key = match self.value()? {
            Some(Value::Text(key)) => key,
            _ => return Err(malformed()),
        };
        if self.eat(b':') {
            Ok(Some(key))
        } else {
            Err(malformed())
        }
    }

    fn comma_or_end(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(())
            }
            Some(b'}') => Ok(()),
            _ => Err(malformed()),
        }
    }

    /// The next value (a list or an object is skipped whole); `None` at the end of the text.
    fn value(&mut self) -> Result<Option<Value<'a>>, Error> {
        let Some(first) = self.peek() else { return Ok(None) };
        let value = match first {
            b'"' => Value::Text(self.string()?),
            b'[' | b'{' => {
                self.skip_nested()?;
                if first == b'[' {
                    Value::List
                } else {
                    Value::Map
                }
            }
            _ => self.word()?,
        };
        Ok(Some(value))
    }

    /// A bare word: a number, `true`, `false` or `null`.
    fn word(&mut self) -> Result<Value<'a>, Error> {
        let rest = self.rest();
        let len =
            rest.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.'))).unwrap_or(rest.len());
        let word = rest.get(..len).unwrap_or_default();
        self.at += len;
        Ok(match word {
            "null" => Value::Null,
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "NaN" | "Infinity" | "-Infinity" => Value::Number(word),
            _ if number_value(word).is_some() => Value::Number(word),
            _ => return Err(malformed()),
        })
    }

    /// A string literal, unescaped; a lone surrogate escape becomes U+FFFD.
    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = self.rest();
            let run = rest.find(['"', '\\']).ok_or_else(malformed)?;
            out.push_str(rest.get(..run).unwrap_or_default());
            self.at += run + 1;
            if rest.as_bytes().get(run) == Some(&b'"') {
                return Ok(out);
            }
            self.escape(&mut out)?;
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let byte = self.rest().bytes().next().ok_or_else(malformed)?;
        self.at += 1;
        let c = match byte {
            b'"' | b'\\' | b'/' => char::from(byte),
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(malformed()),
        };
        out.push(c);
        Ok(())
    }

    /// `\uXXXX`, or two of them for a surrogate pair.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let high = self.hex4()?;
        if (0xd800..0xdc00).contains(&high) && self.rest().starts_with("\\u") {
            let at = self.at;
            self.at += 2;
            let low = self.hex4()?;
            if (0xdc00..0xe000).contains(&low) {
                let code = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
                return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            self.at = at;
        }
        Ok(char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.rest().get(..4).ok_or_else(malformed)?;
        let code = u32::from_str_radix(digits, 16).map_err(|_| malformed())?;
        self.at += 4;
        Ok(code)
    }

    /// Skips a whole list or object, strings inside included, without recursion.
    fn skip_nested(&mut self) -> Result<(), Error> {
        let mut depth = 0usize;
        loop {
            match self.peek().ok_or_else(malformed)? {
                b'"' => {
                    self.string()?;
                    continue;
                }
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth -= 1,
                _ => {}
            }
            self.at += 1;
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(json: &str) -> String {
        options(json).unwrap_err().to_string()
    }

    #[test]
    fn reads_every_option() {
        let json = r#"{"type":"tldr","length":"long","sentences":2,"words":50,"ratio":0.5,"language":"de"}"#;
        let read = options(json).unwrap();
        let mut expected = Options::default();
        for (name, value) in [("type", "tldr"), ("length", "long"), ("sentences", "2"), ("words", "50")] {
            expected.set(name, value).unwrap();
        }
        expected.set("ratio", "0.5").unwrap();
        expected.set("language", "de").unwrap();
        assert_eq!(read, expected);
    }

    #[test]
    fn empty_null_and_nulls_mean_the_defaults() {
        for json in ["", "  ", "null", "{}", " { } ", r#"{"type":null,"sentences":null}"#] {
            assert_eq!(options(json).unwrap(), Options::default(), "{json}");
        }
    }

    #[test]
    fn wrong_types_say_invalid_type_and_name_the_option() {
        let cases = [
            (r#"{"type":3}"#, "`type`", "(invalid type: integer `3`, expected a string)"),
            (r#"{"sentences":2.5}"#, "`sentences`", "(invalid type: floating point `2.5`, expected usize)"),
            (r#"{"words":"many"}"#, "`words`", r#"(invalid type: string "many", expected usize)"#),
            (r#"{"ratio":true}"#, "`ratio`", "(invalid type: boolean `true`, expected f64)"),
            (r#"{"language":["en"]}"#, "`language`", "(invalid type: sequence, expected a string)"),
            (r#"{"length":{"a":"}"}}"#, "`length`", "(invalid type: map, expected a string)"),
        ];
        for (json, name, detail) in cases {
            let message = message(json);
            assert!(message.starts_with(&format!("invalid option {name}: expected ")), "{json}: {message}");
            assert!(message.ends_with(detail), "{json}: {message}");
        }
    }

    #[test]
    fn values_out_of_range_give_the_validation_messages() {
        let mut native = Options::default();
        for (name, value) in [("sentences", "0"), ("ratio", "3"), ("type", "essay"), ("length", "epic")] {
            let json = format!(
                r#"{{"{name}":{}}}"#,
                if value.parse::<f64>().is_ok() { value.to_string() } else { format!("\"{value}\"") }
            );
            assert_eq!(message(&json), native.set(name, value).unwrap_err().to_string(), "{json}");
        }
        assert!(message(r#"{"words":-5}"#).contains("at least 1, got -5"));
        assert!(message(r#"{"ratio":NaN}"#).contains("got NaN"));
        assert!(message(r#"{"ratio":-Infinity}"#).contains("got -Infinity"));
        assert!(message(r#"{"language":"English"}"#).contains(r#"got "English""#));
        assert!(message(r#"{"colour":"red"}"#).contains("the options are type, length"));
    }

    #[test]
    fn numbers_read_as_rust_parses_them() {
        let exact =
            ["0.5", "0.3", "1", "-0.25", "0.1234567", "3", "1e-7", "1.5e+3", "2E2", "0", "-0", "12345678901234.5"];
        for text in exact {
            assert_eq!(number_value(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["0.30000000000000004", "1.5e300", "2.5e-300", "123456789012345678901234"] {
            let (read, parsed) = (number_value(text).unwrap(), text.parse::<f64>().unwrap());
            assert!((read - parsed).abs() <= parsed.abs() * 1e-13, "{text}: {read} vs {parsed}");
        }
        for text in ["", "-", ".5", "5.", "1e", "e5", "1.2.3", "--1", "0x10", "1e5.5", "inf", "NaN"] {
            assert_eq!(number_value(text), None, "{text}");
        }
    }

    #[test]
    fn escapes_and_surrogates_decode() {
        let read = options(r#"{"language":"\u0064\u0065"}"#).unwrap();
        assert_eq!(read.language.as_deref(), Some("de"));
        let message = message(r#"{"language":"\ud83d\ude00\ud800 \"\\\/\n"}"#);
        assert!(message.contains("\"😀\u{fffd} \\\"\\\\/\\n\""), "{message}");
    }

    #[test]
    fn malformed_text_is_an_error_not_a_panic() {
        let inputs = [
            "{",
            "}",
            "[]",
            "\"x\"",
            "3",
            "{\"type\"}",
            "{\"type\":}",
            "{\"type\":\"tldr\"",
            "{\"a\":[1,{]}",
            "{\"type\":\"\\u12\"}",
            "{\"type\":\"\\ud800\\u\"}",
            "{\"ratio\":1e}",
            "{\"ratio\":--1}",
            "{,}",
            "{\"é\":\"\\",
            "{\"type\":\"tldr\"}}",
            "{\"type\" \"tldr\"}",
            "\u{0}",
        ];
        for json in inputs {
            assert!(options(json).is_err(), "{json:?}");
        }
    }
}
