//! The `nutshell` binary, run as a user runs it: stdin, files, batches and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLE: &str = "Harbor Logistics said on Tuesday that it had agreed to buy Northgate Freight for $1.2 billion. \
The weather in the port city was mild. \
Analysts said the deal would make Harbor Logistics the largest freight operator on the coast. \
Northgate's shares rose 14% after the announcement.\n";

fn nutshell(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A usage error exits before reading stdin: then the pipe is closed, and that is no failure.
    let written = child.stdin.take().expect("stdin").write_all(stdin);
    if let Err(error) = written {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "stdin takes the input: {error}");
    }
    child.wait_with_output().expect("the binary finishes")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn summarize_reads_stdin_and_prints_one_sentence_per_line() {
    let output = nutshell(&["summarize", "--sentences", "2"], ARTICLE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines.iter().all(|line| ARTICLE.contains(line.as_str())), "{lines:?}");
    assert!(lines[0].contains("$1.2 billion"), "{lines:?}");
}

#[test]
fn summarize_reads_a_file_and_dash_means_stdin() {
    let path = std::env::temp_dir().join(format!("nutshell-cli-{}.txt", std::process::id()));
    std::fs::write(&path, ARTICLE).unwrap();
    let from_file = nutshell(&["summarize", path.to_str().unwrap()], b"");
    let from_dash = nutshell(&["summarize", "-"], ARTICLE.as_bytes());
    std::fs::remove_file(&path).ok();
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    assert!(!stdout(&from_file).is_empty());
    assert_eq!(stdout(&from_file), stdout(&from_dash));
}

#[test]
fn formats_markdown_and_json() {
    let markdown = nutshell(&["summarize", "--format", "markdown", "--sentences", "2"], ARTICLE.as_bytes());
    assert!(stdout(&markdown).lines().all(|line| line.starts_with("- ")), "{}", stdout(&markdown));
    let json = nutshell(&["summarize", "--format", "json", "--type", "tldr"], ARTICLE.as_bytes());
    let summary: Value = serde_json::from_str(&stdout(&json)).expect("json output parses");
    assert_eq!(summary["sentences"].as_array().map(Vec::len), Some(1));
    let first = &summary["sentences"][0];
    for key in ["index", "text", "start", "end", "startUtf16", "endUtf16", "paragraph", "score", "features", "facts"] {
        assert!(first.get(key).is_some(), "sentence lacks {key}: {first}");
    }
    for key in ["sentences", "words", "summarySentences", "summaryWords"] {
        assert!(summary["stats"].get(key).is_some(), "stats lack {key}");
    }
    assert!(summary["facts"].is_array() && summary["text"].is_string());
}

#[test]
fn usage_errors_exit_2_and_say_what_is_wrong() {
    let cases: [(&[&str], &str); 7] = [
        (&["summarize", "--sentences", "0"], "`sentences`"),
        (&["summarize", "--ratio", "2"], "`ratio`"),
        (&["summarize", "--type", "poem"], "key-points, tldr, teaser, headline"),
        (&["summarize", "--format", "html"], "--format"),
        (&["summarize", "--bogus"], "--bogus"),
        (&["dance"], "unknown command"),
        (&[], "no command"),
    ];
    for (args, message) in cases {
        let output = nutshell(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(message), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let output = nutshell(&["summarize", "/nonexistent/article.txt"], b"");
    assert!(!output.status.success());
    assert!(stderr(&output).contains("/nonexistent/article.txt"));
}

#[test]
fn jsonl_batch_goes_on_past_bad_lines() {
    let input = [
        serde_json::json!({"id": "a", "text": ARTICLE, "k": 1}).to_string(),
        "this is not json".to_string(),
        serde_json::json!({"id": 7, "title": "no text"}).to_string(),
        serde_json::json!({"id": "b", "text": ARTICLE, "sentences": 0}).to_string(),
        serde_json::json!({"id": "c", "text": ARTICLE, "type": "key-points", "length": "medium"}).to_string(),
    ]
    .join("\n");
    let output = nutshell(&["summarize", "--jsonl"], input.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<Value> =
        stdout(&output).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().map(Vec::len), Some(1));
    assert_eq!(lines[0]["summary"], lines[0]["sentences"][0]);
    assert!(lines[1]["id"].is_null() && lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert!(lines[3]["error"].as_str().unwrap().contains("`sentences`"));
    assert_eq!(lines[4]["id"], "c");
    assert_eq!(lines[4]["sentences"].as_array().map(Vec::len), Some(4));
}

#[test]
fn split_prints_sentences_and_splits_batches() {
    let output = nutshell(&["split"], b"First one here. Second one here.\n\nThird one.");
    assert_eq!(stdout(&output), "First one here.\nSecond one here.\nThird one.\n");
    let input = serde_json::json!({"id": 1, "text": "It works. Does it?"}).to_string();
    let output = nutshell(&["split", "--jsonl"], input.as_bytes());
    let line: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(line, serde_json::json!({"id": 1, "sentences": ["It works.", "Does it?"]}));
    let input = serde_json::json!({"id": 2, "language": "english", "text": "x"}).to_string();
    let output = nutshell(&["split", "--jsonl"], input.as_bytes());
    assert!(stdout(&output).contains("`language`"), "{}", stdout(&output));
}

#[test]
fn facts_prints_a_json_list() {
    let output = nutshell(&["facts"], ARTICLE.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let facts: Value = serde_json::from_str(&stdout(&output)).expect("facts output parses");
    assert!(facts.is_array());
}

#[test]
fn facts_read_the_language_given() {
    let text = "Am 3. März kostete es 2,5 Millionen Euro.";
    let spans = |args: &[&str]| -> Vec<String> {
        let output = nutshell(args, text.as_bytes());
        assert!(output.status.success(), "{}", stderr(&output));
        let facts: Value = serde_json::from_str(&stdout(&output)).expect("facts output parses");
        facts.as_array().unwrap().iter().map(|f| f["text"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(spans(&["facts", "--language", "de"]), ["3. März", "2,5 Millionen Euro"]);
    assert_ne!(spans(&["facts", "--language", "en"]), ["3. März", "2,5 Millionen Euro"]);
    let output = nutshell(&["facts", "--language", "german"], text.as_bytes());
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(stderr(&output).contains("language"), "{}", stderr(&output));
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let mut input = b"Prices rose 5% in May. ".to_vec();
    input.extend_from_slice(&[0xff, 0xfe, 0x80]);
    input.extend_from_slice(b" Then they fell.");
    let output = nutshell(&["summarize", "--sentences", "5"], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Prices rose 5% in May."));
}

#[test]
fn help_and_version_succeed() {
    assert!(stdout(&nutshell(&["--help"], b"")).contains("nutshell summarize"));
    assert!(stdout(&nutshell(&["--version"], b"")).starts_with("nutshell "));
}
