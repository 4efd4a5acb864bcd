//! The `nutshell` command: summaries, sentences and facts of files, stdin or JSONL batches.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use nutshell::summary::{collapse_whitespace, fact_spans};
use nutshell::{Options, Summary};
use serde_json::{json, Value};

const USAGE: &str = "\
Usage:
  nutshell summarize [FILE] [OPTIONS]   print the summary, one sentence per line
  nutshell summarize --jsonl [OPTIONS]  batch: {\"id\",\"text\",...} lines in, one result line each
  nutshell split [FILE] [--jsonl]       print the sentences, one per line (--language applies)
  nutshell facts [FILE]                 print the key facts as JSON (--language applies)

FILE is read as UTF-8 (invalid bytes replaced); without FILE, or with -, stdin is read.

Options of summarize:
  --sentences N      at most N sentences
  --words N          at most N words
  --ratio R          at most this share of the article's words, 0 < R <= 1
  --type T           key-points (default), tldr, teaser, headline
  --length L         short (default), medium, long
  --language CODE    the text's language (ISO 639-1), detected when absent
  --format F         text (default), markdown, json
  -h, --help         this help
  -V, --version      the version
";

/// What went wrong with the command line; reported with exit status 2.
struct UsageError(String);

impl<E: std::fmt::Display> From<E> for UsageError {
    fn from(error: E) -> Self {
        UsageError(error.to_string())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Json,
}

enum Command {
    Summarize,
    Split,
    Facts,
}

struct Args {
    command: Command,
    file: Option<String>,
    jsonl: bool,
    format: Format,
    options: Options,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(UsageError(message)) => {
            eprintln!("nutshell: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`nutshell … | head`) is not an error worth a message.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("nutshell: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Parses the command line; `Ok(None)` when help or the version was printed.
fn parse_args() -> Result<Option<Args>, UsageError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut command = None;
    let mut args = Args {
        command: Command::Summarize,
        file: None,
        jsonl: false,
        format: Format::Text,
        options: Options::default(),
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("nutshell {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Long("jsonl") => args.jsonl = true,
            Long("format") => args.format = parse_format(&parser.value()?.string()?)?,
            Long(name @ ("sentences" | "words" | "ratio" | "type" | "length" | "language")) => {
                let name = name.to_string();
                args.options.set(&name, &parser.value()?.string()?)?;
            }
            Value(value) if command.is_none() => {
                command = Some(match value.string()?.as_str() {
                    "summarize" => Command::Summarize,
                    "split" => Command::Split,
                    "facts" => Command::Facts,
                    other => return Err(UsageError(format!("unknown command {other:?}"))),
                });
            }
            Value(value) if args.file.is_none() => args.file = Some(value.string()?),
            _ => return Err(arg.unexpected().into()),
        }
    }
    args.command = command.ok_or_else(|| UsageError("no command given".into()))?;
    if args.jsonl && args.file.is_some() {
        return Err(UsageError("--jsonl reads stdin; do not give a FILE".into()));
    }
    if args.jsonl && matches!(args.command, Command::Facts) {
        return Err(UsageError("facts has no --jsonl mode".into()));
    }
    Ok(Some(args))
}

fn parse_format(value: &str) -> Result<Format, UsageError> {
    match value {
        "text" => Ok(Format::Text),
        "markdown" => Ok(Format::Markdown),
        "json" => Ok(Format::Json),
        _ => Err(UsageError(format!("invalid value {value:?} for --format: expected text, markdown or json"))),
    }
}

fn run(args: &Args) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    if args.jsonl {
        let stdin = io::stdin().lock();
        match args.command {
            Command::Split => batch(stdin, &mut out, |record| split_record(record, &args.options))?,
            _ => batch(stdin, &mut out, |record| summarize_record(record, &args.options))?,
        }
        return out.flush();
    }
    let text = read_input(args.file.as_deref())?;
    match args.command {
        Command::Summarize => match nutshell::summarize(&text, &args.options) {
            Ok(summary) => print_summary(&mut out, &summary, args.format)?,
            Err(error) => {
                // Options are checked while parsing, so this is unreachable in practice.
                return Err(io::Error::new(io::ErrorKind::InvalidInput, error.to_string()));
            }
        },
        Command::Split => {
            for sentence in nutshell::segment::sentences_in(&text, args.options.language.as_deref()) {
                writeln!(out, "{}", collapse_whitespace(sentence.text(&text)))?;
            }
        }
        Command::Facts => {
            let facts = fact_spans(&text, &nutshell::facts::facts_in_language(&text, args.options.language.as_deref()));
            serde_json::to_writer_pretty(&mut out, &facts)?;
            writeln!(out)?;
        }
    }
    out.flush()
}

fn read_input(file: Option<&str>) -> io::Result<String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => io::stdin().lock().read_to_end(&mut bytes)?,
        Some(path) => {
            let mut f = std::fs::File::open(path).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
            f.read_to_end(&mut bytes)?
        }
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn print_summary(out: &mut impl Write, summary: &Summary, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, summary)?;
            writeln!(out)
        }
        Format::Text | Format::Markdown => {
            let bullet = if format == Format::Markdown { "- " } else { "" };
            summary.sentences.iter().try_for_each(|s| writeln!(out, "{bullet}{}", s.text))
        }
    }
}

type Record = serde_json::Map<String, Value>;

/// Runs `handle` on every stdin line and writes one line for each: `{"id", …fields}`, or
/// `{"id", "error"}` when the line fails — and the batch goes on.
fn batch(
    input: impl BufRead,
    out: &mut impl Write,
    handle: impl Fn(&Record) -> Result<Record, String>,
) -> io::Result<()> {
    for line in input.split(b'\n') {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let (id, result) = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(record)) => (record.get("id").cloned().unwrap_or(Value::Null), handle(&record)),
            Ok(_) => (Value::Null, Err("line is not a JSON object".to_string())),
            Err(error) => (Value::Null, Err(format!("line is not valid JSON: {error}"))),
        };
        let mut reply = Record::new();
        reply.insert("id".into(), id);
        match result {
            Ok(fields) => reply.extend(fields),
            Err(error) => drop(reply.insert("error".into(), error.into())),
        }
        serde_json::to_writer(&mut *out, &reply)?;
        writeln!(out)?;
    }
    Ok(())
}

fn record_text(record: &Record) -> Result<&str, String> {
    match record.get("text") {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err("`text` must be a string".into()),
        None => Err("the line has no `text`".into()),
    }
}

fn summarize_record(record: &Record, defaults: &Options) -> Result<Record, String> {
    let text = record_text(record)?;
    let mut options = defaults.clone();
    for (key, name) in [
        ("k", "sentences"),
        ("sentences", "sentences"),
        ("words", "words"),
        ("ratio", "ratio"),
        ("type", "type"),
        ("length", "length"),
        ("language", "language"),
    ] {
        match record.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(value)) => options.set(name, value).map_err(|e| e.to_string())?,
            Some(value) => options.set(name, &value.to_string()).map_err(|e| e.to_string())?,
        }
    }
    let summary = nutshell::summarize(text, &options).map_err(|e| e.to_string())?;
    let sentences: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    let mut fields = Record::new();
    fields.insert("summary".into(), sentences.join("\n").into());
    fields.insert("sentences".into(), json!(sentences));
    Ok(fields)
}

fn split_record(record: &Record, defaults: &Options) -> Result<Record, String> {
    let text = record_text(record)?;
    let mut options = defaults.clone();
    match record.get("language") {
        None | Some(Value::Null) => {}
        Some(Value::String(code)) => options.set("language", code).map_err(|e| e.to_string())?,
        Some(_) => return Err("`language` must be a string such as \"en\"".into()),
    }
    let sentences = nutshell::segment::sentences_in(text, options.language.as_deref());
    let sentences: Vec<String> = sentences.iter().map(|s| collapse_whitespace(s.text(text))).collect();
    Ok(Record::from_iter([("sentences".to_string(), json!(sentences))]))
}
