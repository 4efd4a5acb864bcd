//! `make bench` (or `cargo bench --bench throughput`): how fast Nutshell is on real news prose.
//!
//! 1. divan's table: throughput of `sentences`, `facts` and `summarize` on 1 MB and 10 MB of
//!    prose, beside a bare `split_sentence_bounds` pass (UAX #29) over the same text as the floor.
//! 2. A report of the targets, measured again here with plain timers (fastest of a few
//!    runs) so each figure stands beside its target, plus per-article latency (p50, p99) over
//!    every news set.
//! 3. For `benches/wasm.mjs`: the 1 MB corpus, the ~5 KB articles and the native figures,
//!    written to `target/bench/` (never committed: the text is the news sets'); and, run with
//!    `--serve FILE`, native `summarize` times on demand, which it takes in turn with its wasm
//!    runs.
//!
//! The corpus is read from the shared news sets at bench time (see `corpus`); without them the
//! benchmark says so and exits successfully.

mod corpus;

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use divan::counter::BytesCount;
use divan::Bencher;
use unicode_segmentation::UnicodeSegmentation;

use corpus::NewsSet;

const MB: usize = 1_000_000;
/// The input sizes, in MB: 10× the input should cost at most 11× the time.
const SIZES_MB: [usize; 2] = [1, 10];
/// Articles of about this size give the wasm "5 KB article" latency.
const FIVE_KB: std::ops::RangeInclusive<usize> = 4_500..=5_500;

struct Corpus {
    sets: Vec<NewsSet>,
    /// The prose of each size in `SIZES_MB`, in that order.
    prose: Vec<String>,
}

static CORPUS: OnceLock<Corpus> = OnceLock::new();

fn prose(mb: usize) -> &'static str {
    let corpus = CORPUS.get().expect("the corpus is loaded before any benchmark");
    let index = SIZES_MB.iter().position(|&size| size == mb).expect("a size in SIZES_MB");
    &corpus.prose[index]
}

fn main() {
    // `benches/wasm.mjs` runs this binary with `--serve FILE` to time native `summarize`
    // in turn with the wasm builds (see `serve`).
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|arg| arg == "--serve") {
        serve(args.get(at + 1).map(String::as_str).unwrap_or_default());
        return;
    }
    let sets = match corpus::news_dir().and_then(|dir| corpus::load(&dir)) {
        Ok(sets) => sets,
        Err(why) => {
            println!("bench: skipped: {why}");
            return;
        }
    };
    let prose = SIZES_MB.iter().map(|&mb| corpus::prose(&sets, mb * MB)).collect();
    let corpus = CORPUS.get_or_init(|| Corpus { sets, prose });
    divan::main();
    // `cargo test --benches` runs each benchmark once: no report then.
    if std::env::args().any(|arg| arg == "--bench") {
        report(corpus);
    }
}

// ---- 1. divan ----------------------------------------------------------------------------

#[divan::bench(args = SIZES_MB, sample_count = 10, sample_size = 1)]
fn floor_split_sentence_bounds(bencher: Bencher, mb: usize) {
    let text = prose(mb);
    bencher.counter(BytesCount::of_str(text)).bench(|| black_box(text).split_sentence_bounds().count());
}

#[divan::bench(args = SIZES_MB, sample_count = 10, sample_size = 1)]
fn sentences(bencher: Bencher, mb: usize) {
    let text = prose(mb);
    bencher.counter(BytesCount::of_str(text)).bench(|| nutshell::sentences(black_box(text)));
}

#[divan::bench(args = SIZES_MB, sample_count = 10, sample_size = 1)]
fn facts(bencher: Bencher, mb: usize) {
    let text = prose(mb);
    bencher.counter(BytesCount::of_str(text)).bench(|| nutshell::facts(black_box(text)));
}

#[divan::bench(args = SIZES_MB, sample_count = 10, sample_size = 1)]
fn summarize(bencher: Bencher, mb: usize) {
    let text = prose(mb);
    let options = nutshell::Options::default();
    bencher.counter(BytesCount::of_str(text)).bench(|| nutshell::summarize(black_box(text), &options));
}

// ---- 2. the targets ----------------------------------------------------------------------

/// The wall time of one call of `f`.
fn time_once<T>(f: &mut impl FnMut(&str) -> T, text: &str) -> Duration {
    let start = Instant::now();
    black_box(f(black_box(text)));
    start.elapsed()
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / MB as f64 / time.as_secs_f64()
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "MISSED"
    }
}

/// `--serve FILE`: for each line read from stdin, one timed `summarize` of FILE's text and one
/// of `summarize` plus the binding's JSON writer, printed as a JSON line of milliseconds. The
/// wasm benchmark asks for a round at a time, between its own wasm runs, so that the native and
/// wasm times it compares come from the same minutes on a machine whose speed drifts.
fn serve(path: &str) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return println!("{{\"error\": \"cannot read {path}: {e}\"}}"),
    };
    let options = nutshell::Options::default();
    let mut summarize = |text: &str| nutshell::summarize(text, &options);
    let mut summarize_json = |text: &str| summarize_as_json(text, &options);
    for _ in std::io::stdin().lines().map_while(Result::ok) {
        let plain = time_once(&mut summarize, &text);
        let json = time_once(&mut summarize_json, &text);
        println!("{{\"summarizeMs\": {}, \"summarizeJsonMs\": {}}}", ms(plain), ms(json));
    }
}

/// `summarize`, then the Summary written as the wasm binding writes it (src/json): JSON with
/// each fact's value, and the table of the facts' kinds and offsets; returns the JSON's length
/// and the table's.
fn summarize_as_json(text: &str, options: &nutshell::Options) -> usize {
    let mut bytes = 0;
    if let Ok(summary) = nutshell::summarize(text, options) {
        nutshell::json::write_summary_for_js(&summary, &mut |piece| bytes += piece.len());
        bytes += nutshell::json::fact_table(&summary.facts).len();
    }
    bytes
}

/// Times of one input size, each the fastest of a few runs.
struct Timings {
    bytes: usize,
    split: Duration,
    sentences: Duration,
    facts: Duration,
    summarize: Duration,
    /// `summarize` plus writing the Summary as JSON: what the wasm binding also pays.
    summarize_json: Duration,
}

/// Picks one stage's time out of [`Timings`].
type Stage = fn(&Timings) -> Duration;

/// Timings of every size, measured side by side: each the fastest of a few rounds after one
/// unmeasured round. The fastest, not the median: on a shared machine other work only ever adds
/// time. Every stage and size takes its turn within each round, so a busy spell slows them
/// alike and their ratios (summarize to the floor, 10 MB to 1 MB) hold.
fn time_sizes(texts: &[&str]) -> Vec<Timings> {
    const RUNS: usize = 5;
    let options = nutshell::Options::default();
    let mut split = |text: &str| text.split_sentence_bounds().count();
    let mut sentences = |text: &str| nutshell::sentences(text).len();
    let mut facts = |text: &str| nutshell::facts(text).len();
    let mut summarize = |text: &str| nutshell::summarize(text, &options).map_or(0, |s| s.sentences.len());
    let mut summarize_json = |text: &str| summarize_as_json(text, &options);
    let mut stages: [&mut dyn FnMut(&str) -> usize; 5] =
        [&mut split, &mut sentences, &mut facts, &mut summarize, &mut summarize_json];
    let mut fastest = vec![[Duration::MAX; 5]; texts.len()];
    for round in 0..=RUNS {
        for (best, text) in fastest.iter_mut().zip(texts) {
            for (stage_best, stage) in best.iter_mut().zip(stages.iter_mut()) {
                let time = time_once(stage, text);
                if round > 0 {
                    *stage_best = (*stage_best).min(time);
                }
            }
        }
    }
    texts
        .iter()
        .zip(fastest)
        .map(|(text, [split, sentences, facts, summarize, summarize_json])| Timings {
            bytes: text.len(),
            split,
            sentences,
            facts,
            summarize,
            summarize_json,
        })
        .collect()
}

/// Latency percentiles of `summarize` over a set's articles, each article's time the fastest
/// of three runs (after one warm-up pass over the whole set).
fn latencies(articles: &[String]) -> Vec<Duration> {
    let options = nutshell::Options::default();
    for article in articles {
        black_box(nutshell::summarize(article, &options).ok());
    }
    let mut times: Vec<Duration> = articles
        .iter()
        .map(|article| {
            (0..3)
                .map(|_| {
                    let start = Instant::now();
                    black_box(nutshell::summarize(black_box(article), &options).ok());
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        })
        .collect();
    times.sort();
    times
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1e3
}

fn report(corpus: &Corpus) {
    println!("\nNutshell against the issue's targets (native, opt-level 3, fastest of 5 rounds, stages and sizes in turn):\n");
    let texts: Vec<&str> = corpus.prose.iter().map(String::as_str).collect();
    let timings = time_sizes(&texts);
    print_throughput(&timings);
    let (small, large) = (&timings[0], &timings[1]);
    print_targets(small, large);
    let five_kb = print_latencies(&corpus.sets);
    write_for_wasm(corpus, small, &five_kb);
}

fn print_throughput(timings: &[Timings]) {
    println!("{:<34} {:>12} {:>12}", "throughput (MB/s)", "1 MB", "10 MB");
    let rows: [(&str, Stage); 5] = [
        ("split_sentence_bounds (floor)", |t| t.split),
        ("nutshell::sentences", |t| t.sentences),
        ("nutshell::facts", |t| t.facts),
        ("nutshell::summarize", |t| t.summarize),
        ("summarize + JSON of the Summary", |t| t.summarize_json),
    ];
    for (name, time) in rows {
        let cells: Vec<String> = timings.iter().map(|t| format!("{:12.1}", mb_per_s(t.bytes, time(t)))).collect();
        println!("{name:<34} {}", cells.join(" "));
    }
    println!();
}

fn print_targets(small: &Timings, large: &Timings) {
    let split_speed = mb_per_s(small.bytes, small.sentences);
    let over_floor = small.summarize.as_secs_f64() / small.split.as_secs_f64();
    // Time per byte at 10 MB over time per byte at 1 MB, scaled to exactly 10× the input.
    let size_ratio = large.bytes as f64 / small.bytes as f64;
    let growth = |t: Stage| t(large).as_secs_f64() / t(small).as_secs_f64() * 10.0 / size_ratio;
    let summarize_growth = growth(|t| t.summarize);
    println!("{:<46} {:>12}   {:<10} verdict", "target", "measured", "target");
    let line = |name: &str, measured: String, target: &str, ok: bool| {
        println!("{name:<46} {measured:>12}   {target:<10} {}", verdict(ok));
    };
    line(
        "sentence splitting (nutshell::sentences), 1 MB",
        format!("{split_speed:.1} MB/s"),
        "≥ 100 MB/s",
        split_speed >= 100.0,
    );
    line("summarize time / bare split time, 1 MB", format!("{over_floor:.2}×"), "≤ 2×", over_floor <= 2.0);
    line("10× input: summarize time", format!("{summarize_growth:.2}×"), "≤ 11×", summarize_growth <= 11.0);
    for (name, t) in [
        ("10× input: sentences time", (|t| t.sentences) as Stage),
        ("10× input: facts time", |t| t.facts),
        ("10× input: split_sentence_bounds time", |t| t.split),
    ] {
        let g = growth(t);
        line(name, format!("{g:.2}×"), "≤ 11×", g <= 11.0);
    }
    println!();
}

/// Prints p50/p99 per set; returns the articles of about 5 KB with their native p50.
fn print_latencies(sets: &[NewsSet]) -> (Vec<&String>, Duration) {
    println!(
        "{:<24} {:>8} {:>10} {:>10} {:>10} {:>10}",
        "summarize latency", "articles", "mean KB", "p50 ms", "p99 ms", "max ms"
    );
    for set in sets {
        let times = latencies(&set.articles);
        let mean_kb =
            set.articles.iter().map(String::len).sum::<usize>() as f64 / set.articles.len().max(1) as f64 / 1e3;
        let (p50, p99, max) =
            (percentile(&times, 50.0), percentile(&times, 99.0), times.last().copied().unwrap_or_default());
        println!(
            "{:<24} {:>8} {:>10.1} {:>10.3} {:>10.3} {:>10.3}",
            set.name,
            set.articles.len(),
            mean_kb,
            ms(p50),
            ms(p99),
            ms(max)
        );
    }
    let five_kb: Vec<&String> = sets.iter().flat_map(|s| &s.articles).filter(|a| FIVE_KB.contains(&a.len())).collect();
    let owned: Vec<String> = five_kb.iter().map(|a| a.to_string()).collect();
    let p50 = percentile(&latencies(&owned), 50.0);
    println!(
        "{:<24} {:>8} {:>10} {:>10.3}   (wasm target: < 0.5 ms, see make bench's wasm part)\n",
        "articles of 4.5–5.5 KB",
        five_kb.len(),
        "~5",
        ms(p50)
    );
    (five_kb, p50)
}

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench")
}

/// Leaves the 1 MB corpus, the ~5 KB articles and the native figures for the wasm benchmark.
fn write_for_wasm(corpus: &Corpus, small: &Timings, (five_kb, five_kb_p50): &(Vec<&String>, Duration)) {
    let dir = bench_dir();
    let figures = serde_json::json!({
        "corpusBytes": small.bytes,
        "summarizeMs": ms(small.summarize),
        "summarizeJsonMs": ms(small.summarize_json),
        "splitMs": ms(small.split),
        "fiveKbP50Ms": ms(*five_kb_p50),
    });
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("corpus-1mb.txt"), &corpus.prose[0]))
        .and_then(|()| {
            std::fs::write(dir.join("articles-5kb.json"), serde_json::to_string(five_kb).unwrap_or_default())
        })
        .and_then(|()| std::fs::write(dir.join("native.json"), figures.to_string()));
    match written {
        Ok(()) => println!("bench: wrote the corpus and native figures for the wasm benchmark to {}", dir.display()),
        Err(e) => println!("bench: could not write {}: {e}", dir.display()),
    }
}
