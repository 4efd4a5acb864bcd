//! The data-driven harness: runs every case in `tests/fixtures/**/*.txt` and names each that fails.
//!
//! A fixture file holds cases in this block format:
//!
//! ```text
//! # comments and attribution (only before the first case)
//! === case name            (append `!xfail reason` for a case known to fail)
//! input text, verbatim, may span lines
//! --- sentences            one expected sentence per line, whitespace collapsed;
//!                          a `[heading] `, `[list-item] ` or `[prose] ` prefix also checks the kind
//! --- facts                every fact, in order: `kind: text` or `kind: text => JSON value`;
//!                          `\n` in the text stands for a line break inside the fact
//! --- options              `name: value` lines for the summary (and `language` for facts after it)
//! --- summary              the expected summary sentences
//! --- summary facts        the Summary's facts, as `--- facts` (those of the article's lines:
//!                          not of page furniture, bylines or back matter)
//! ```
//!
//! An `!xfail` case must still fail: when it starts passing, the harness asks for the marker
//! to be removed.

use std::fs;
use std::path::{Path, PathBuf};

use nutshell::summary::{collapse_whitespace, fact_spans};
use nutshell::{Options, SentenceKind};
use serde_json::Value;

#[derive(Default)]
struct Case {
    file: String,
    name: String,
    xfail: Option<String>,
    input: String,
    input_lines: usize,
    sections: Vec<(String, Vec<String>)>,
}

#[test]
fn fixtures() {
    let cases = load_all(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"));
    assert!(!cases.is_empty(), "no fixture cases found");
    let mut failures = Vec::new();
    let mut passed = 0;
    for case in &cases {
        let outcome = run(case);
        match (outcome, &case.xfail) {
            (Ok(()), None) => passed += 1,
            (Err(_), Some(_)) => {}
            (Err(why), None) => failures.push(format!("{} :: {}\n{}", case.file, case.name, why)),
            (Ok(()), Some(reason)) => failures.push(format!(
                "{} :: {}\n  passes now (xfail: {reason}); remove its !xfail marker",
                case.file, case.name
            )),
        }
    }
    let xfail = cases.iter().filter(|c| c.xfail.is_some()).count();
    eprintln!("fixtures: {passed} passed, {xfail} known failures, {} failed", failures.len());
    assert!(failures.is_empty(), "{} fixture case(s) failed:\n\n{}", failures.len(), failures.join("\n\n"));
}

fn load_all(dir: PathBuf) -> Vec<Case> {
    let mut files = Vec::new();
    collect_files(&dir, &mut files);
    files.sort();
    files.iter().flat_map(|path| parse_file(path, &dir)).collect()
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
}

fn parse_file(path: &Path, root: &Path) -> Vec<Case> {
    let content = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = path.strip_prefix(root).unwrap_or(path).display().to_string();
    let mut cases: Vec<Case> = Vec::new();
    for line in content.split('\n') {
        if let Some(header) = line.strip_prefix("=== ") {
            let (name, xfail) = match header.split_once(" !xfail") {
                Some((name, reason)) => (name, Some(reason.trim().to_string())),
                None => (header, None),
            };
            cases.push(Case { file: file.clone(), name: name.trim().to_string(), xfail, ..Case::default() });
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue;
        };
        if let Some(section) = line.strip_prefix("--- ") {
            case.sections.push((section.trim().to_string(), Vec::new()));
        } else if let Some((_, lines)) = case.sections.last_mut() {
            if !line.trim().is_empty() {
                lines.push(line.to_string());
            }
        } else {
            // Input lines are joined with '\n': the input ends without the newline before
            // its first section.
            if case.input_lines > 0 {
                case.input.push('\n');
            }
            case.input.push_str(line);
            case.input_lines += 1;
        }
    }
    for case in &cases {
        assert!(!case.sections.is_empty(), "{} :: {} has no expected section", case.file, case.name);
    }
    cases
}

fn run(case: &Case) -> Result<(), String> {
    let mut options = Options::default();
    for (section, lines) in &case.sections {
        match section.as_str() {
            "sentences" => check_sentences(&case.input, lines)?,
            "facts" => check_facts(&case.input, options.language.as_deref(), lines)?,
            "options" => options = parse_options(lines)?,
            "summary" => check_summary(&case.input, &options, lines)?,
            "summary facts" => check_summary_facts(&case.input, &options, lines)?,
            other => return Err(format!("  unknown section `--- {other}`")),
        }
    }
    Ok(())
}

fn check_sentences(input: &str, expected: &[String]) -> Result<(), String> {
    let got = nutshell::sentences(input);
    let got_lines: Vec<String> = got.iter().map(|s| collapse_whitespace(s.text(input))).collect();
    let want: Vec<(Option<SentenceKind>, String)> = expected.iter().map(|line| split_kind(line)).collect();
    let same_text = got_lines.len() == want.len() && got_lines.iter().zip(&want).all(|(g, (_, w))| g == w);
    let same_kinds = got.iter().zip(&want).all(|(g, (kind, _))| kind.is_none_or(|k| k == g.kind));
    if same_text && same_kinds {
        return Ok(());
    }
    let shown: Vec<String> = got.iter().zip(&got_lines).map(|(s, t)| format!("[{:?}] {t}", s.kind)).collect();
    Err(diff("sentences", expected, &shown))
}

fn split_kind(line: &str) -> (Option<SentenceKind>, String) {
    let kinds = [
        ("[heading] ", SentenceKind::Heading),
        ("[list-item] ", SentenceKind::ListItem),
        ("[prose] ", SentenceKind::Prose),
    ];
    for (prefix, kind) in kinds {
        if let Some(rest) = line.strip_prefix(prefix) {
            return (Some(kind), collapse_whitespace(rest));
        }
    }
    (None, collapse_whitespace(line))
}

fn check_facts(input: &str, language: Option<&str>, expected: &[String]) -> Result<(), String> {
    let facts = fact_spans(input, &nutshell::facts::facts_in_language(input, language));
    let got: Vec<Value> = facts.iter().map(|f| serde_json::to_value(f).expect("facts serialise")).collect();
    compare_facts(&got, expected)
}

fn check_summary_facts(input: &str, options: &Options, expected: &[String]) -> Result<(), String> {
    let summary = nutshell::summarize(input, options).map_err(|e| format!("  {e}"))?;
    let got: Vec<Value> = summary.facts.iter().map(|f| serde_json::to_value(f).expect("facts serialise")).collect();
    compare_facts(&got, expected)
}

/// Facts as JSON (`got`) against `kind: text [=> value]` lines, in order, all of them.
fn compare_facts(got: &[Value], expected: &[String]) -> Result<(), String> {
    let shown: Vec<String> = got
        .iter()
        .map(|f| {
            let (kind, text) =
                (f["kind"].as_str().unwrap_or("?"), f["text"].as_str().unwrap_or("").replace('\n', "\\n"));
            match f.get("value") {
                Some(value) => format!("{kind}: {text} => {value}"),
                None => format!("{kind}: {text}"),
            }
        })
        .collect();
    let matches = got.len() == expected.len() && got.iter().zip(expected).all(|(g, line)| fact_matches(g, line));
    if matches {
        Ok(())
    } else {
        Err(diff("facts", expected, &shown))
    }
}

fn fact_matches(got: &Value, line: &str) -> bool {
    let (head, value) = match line.split_once(" => ") {
        Some((head, value)) => (head, Some(value)),
        None => (line, None),
    };
    let Some((kind, text)) = head.split_once(": ") else {
        return false;
    };
    if got["kind"] != kind.trim() || got["text"] != text.trim().replace("\\n", "\n") {
        return false;
    }
    match value.map(serde_json::from_str::<Value>) {
        None => true,
        Some(Ok(want)) => got.get("value").is_some_and(|v| same_value(v, &want)),
        Some(Err(_)) => false,
    }
}

/// JSON equality with numbers compared as floats, so `29.3e9` equals `29300000000`.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_value(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_value(v, w)),
        _ => a == b,
    }
}

fn parse_options(lines: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(|| format!("  bad option line {line:?}"))?;
        options.set(name.trim(), value.trim()).map_err(|e| format!("  {e}"))?;
    }
    Ok(options)
}

fn check_summary(input: &str, options: &Options, expected: &[String]) -> Result<(), String> {
    let summary = nutshell::summarize(input, options).map_err(|e| format!("  {e}"))?;
    let got: Vec<String> = summary.sentences.iter().map(|s| s.text.clone()).collect();
    let want: Vec<String> = expected.iter().map(|l| collapse_whitespace(l)).collect();
    if got == want {
        Ok(())
    } else {
        Err(diff("summary", &want, &got))
    }
}

fn diff(what: &str, expected: &[String], got: &[String]) -> String {
    let list = |lines: &[String]| lines.iter().map(|l| format!("      {l}")).collect::<Vec<_>>().join("\n");
    format!("  {what} differ\n    expected:\n{}\n    got:\n{}", list(expected), list(got))
}
