//! Fits the score [`Weights`](nutshell::score::Weights) on news with reference summaries.
//!
//! ```sh
//! cargo run --release --example fit -- ../shared/data/news/cnn_dev.jsonl:3 \
//!     ../shared/data/news/bbc_news_summary.jsonl:ref [--limit 300]
//! ```
//!
//! Each argument is `FILE:K`, a JSONL file of `{"id","text","summary"}` (reference sentences
//! one per line; records with `duplicate_of` are skipped) and the summary size: a number of
//! sentences, or `ref` for the reference's own count. Every weight combination of a grid is
//! scored with ROUGE-1/2 F1 (rouge-score's tokenisation: lowercase alphanumeric tokens, tokens
//! longer than 3 stemmed — here with Snowball English, so figures are close to but not exactly
//! rouge-score's; `make eval` gives the official ones). It prints Lead-k and the best
//! combinations: the ones that beat Lead-k on every set by the widest margin.

use std::collections::HashMap;

use nutshell::score::{self, Scored, Weights};
use nutshell::select::{self, Budget};
use nutshell::{Options, Sentence};
use rust_stemmers::{Algorithm, Stemmer};
use serde_json::Value;

struct Article {
    sentences: Vec<Sentence>,
    scored: Vec<Scored>,
    text: String,
    /// rouge tokens of each sentence
    tokens: Vec<Vec<u32>>,
    reference: Grams,
    k: usize,
}

/// Unigram and bigram counts of a token sequence.
struct Grams {
    one: HashMap<u32, u32>,
    two: HashMap<(u32, u32), u32>,
    len1: u32,
    len2: u32,
}

impl Grams {
    fn new(tokens: &[u32]) -> Grams {
        let mut one = HashMap::new();
        let mut two = HashMap::new();
        tokens.iter().for_each(|&t| *one.entry(t).or_insert(0) += 1);
        tokens
            .windows(2)
            .for_each(|w| *two.entry((w[0], w[1])).or_insert(0) += 1);
        let len1 = tokens.len() as u32;
        Grams {
            one,
            two,
            len1,
            len2: len1.saturating_sub(1),
        }
    }
}

fn f1(overlap: u32, candidate: u32, reference: u32) -> f64 {
    if overlap == 0 {
        return 0.0;
    }
    let (p, r) = (
        f64::from(overlap) / f64::from(candidate),
        f64::from(overlap) / f64::from(reference),
    );
    2.0 * p * r / (p + r)
}

/// ROUGE-1 and ROUGE-2 F1 of `candidate` against `reference`.
fn rouge(candidate: &[u32], reference: &Grams) -> (f64, f64) {
    let c = Grams::new(candidate);
    let o1 = c
        .one
        .iter()
        .map(|(t, n)| (*n).min(*reference.one.get(t).unwrap_or(&0)))
        .sum();
    let o2 = c
        .two
        .iter()
        .map(|(t, n)| (*n).min(*reference.two.get(t).unwrap_or(&0)))
        .sum();
    (
        f1(o1, c.len1, reference.len1),
        f1(o2, c.len2, reference.len2),
    )
}

struct Tokenizer {
    stemmer: Stemmer,
    ids: HashMap<String, u32>,
}

impl Tokenizer {
    fn tokens(&mut self, text: &str) -> Vec<u32> {
        let lower = text.to_lowercase();
        let mut out = Vec::new();
        for word in lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let stem = if word.len() > 3 {
                self.stemmer.stem(word).into_owned()
            } else {
                word.to_string()
            };
            let next = self.ids.len() as u32;
            out.push(*self.ids.entry(stem).or_insert(next));
        }
        out
    }
}

fn load(path: &str, k: &str, limit: usize, tokenizer: &mut Tokenizer) -> Vec<Article> {
    let content = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut articles = Vec::new();
    for line in content.lines() {
        let record: Value = serde_json::from_str(line).expect("JSONL");
        if record.get("duplicate_of").is_some_and(|d| !d.is_null()) {
            continue;
        }
        let (Some(text), Some(summary)) = (record["text"].as_str(), record["summary"].as_str())
        else {
            continue;
        };
        let sentences = nutshell::sentences(text);
        let facts = nutshell::facts::facts_in(text, &sentences);
        let scored = score::score(text, &sentences, &facts);
        let tokens = sentences
            .iter()
            .map(|s| tokenizer.tokens(s.text(text)))
            .collect();
        let k = if k == "ref" {
            summary.lines().filter(|l| !l.trim().is_empty()).count()
        } else {
            k.parse().expect("K")
        };
        let reference = Grams::new(&tokenizer.tokens(summary));
        articles.push(Article {
            sentences,
            scored,
            text: text.to_string(),
            tokens,
            reference,
            k,
        });
        if articles.len() >= limit {
            break;
        }
    }
    articles
}

/// Mean ROUGE-1/2 F1 of the summaries that `pick` makes.
fn evaluate(articles: &mut [Article], pick: impl Fn(&mut Article) -> Vec<usize>) -> (f64, f64) {
    let (mut r1, mut r2) = (0.0, 0.0);
    for article in articles.iter_mut() {
        let chosen = pick(article);
        let candidate: Vec<u32> = chosen
            .iter()
            .flat_map(|&i| article.tokens[i].iter().copied())
            .collect();
        let (a, b) = rouge(&candidate, &article.reference);
        r1 += a;
        r2 += b;
    }
    let n = articles.len().max(1) as f64;
    (100.0 * r1 / n, 100.0 * r2 / n)
}

fn nutshell_pick(article: &mut Article, weights: &Weights) -> Vec<usize> {
    score::reweigh(&mut article.scored, weights);
    let budget = Budget::new(
        &Options {
            sentences: Some(article.k.max(1)),
            ..Options::default()
        },
        0,
    );
    select::select(&article.text, &article.sentences, &article.scored, budget)
        .into_iter()
        .map(|(i, _)| i)
        .collect()
}

fn grid() -> Vec<Weights> {
    let mut grid = Vec::new();
    for facts in [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] {
        for centrality in [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] {
            for position_halving in [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 64.0] {
                for centrality_damping in [0.0, 0.25, 0.5, 0.75, 1.0] {
                    let position = 1.0 - facts - centrality;
                    if position >= 0.0 {
                        grid.push(Weights {
                            facts,
                            centrality,
                            position,
                            position_halving,
                            centrality_damping,
                        });
                    }
                }
            }
        }
    }
    grid
}

/// A weight combination: its worst margin over Lead-k, the weights, and ROUGE-1/2 per set.
type Trial = (f64, Weights, Vec<(f64, f64)>);

/// One data set, split into the half the weights are fitted on and the half held out.
struct Set {
    name: String,
    fit: Vec<Article>,
    held_out: Vec<Article>,
    lead: (f64, f64),
}

fn load_set(arg: &str, limit: usize, tokenizer: &mut Tokenizer) -> Set {
    let (path, k) = arg.rsplit_once(':').expect("FILE:K");
    let (mut fit, mut held_out) = (Vec::new(), Vec::new());
    for (i, article) in load(path, k, limit, tokenizer).into_iter().enumerate() {
        if i % 2 == 0 {
            fit.push(article)
        } else {
            held_out.push(article)
        }
    }
    let lead = evaluate(&mut fit, |a| (0..a.k.min(a.sentences.len())).collect());
    Set {
        name: path.rsplit('/').next().unwrap_or(path).to_string(),
        fit,
        held_out,
        lead,
    }
}

fn show(label: &str, w: &Weights, scores: &[(f64, f64)]) {
    let shown: Vec<String> = scores
        .iter()
        .map(|(a, b)| format!("{a:.2}/{b:.2}"))
        .collect();
    println!(
        "{label}  facts {:.1} centrality {:.1} position {:.1} halving {:>4} damping {:.2}  R-1/R-2 {}",
        w.facts, w.centrality, w.position, w.position_halving, w.centrality_damping, shown.join("  ")
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let limit = args
        .iter()
        .position(|a| a == "--limit")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(usize::MAX);
    let mut tokenizer = Tokenizer {
        stemmer: Stemmer::create(Algorithm::English),
        ids: HashMap::new(),
    };
    let mut sets: Vec<Set> = args
        .iter()
        .filter(|a| a.contains(".jsonl:"))
        .map(|arg| load_set(arg, limit, &mut tokenizer))
        .collect();
    for set in &mut sets {
        let current = evaluate(&mut set.fit, |a| nutshell_pick(a, &score::WEIGHTS));
        println!(
            "{}: {} + {} held-out articles; on the fitting half Lead-k R-1/R-2 {:.2}/{:.2}, current weights {:.2}/{:.2}",
            set.name, set.fit.len(), set.held_out.len(), set.lead.0, set.lead.1, current.0, current.1
        );
    }
    let mut results: Vec<Trial> = grid()
        .into_iter()
        .map(|weights| {
            let scores: Vec<(f64, f64)> = sets
                .iter_mut()
                .map(|s| evaluate(&mut s.fit, |x| nutshell_pick(x, &weights)))
                .collect();
            // The worst margin over Lead-k across sets and measures: a gain on one set may not
            // hide a loss on another.
            let margin = scores
                .iter()
                .zip(&sets)
                .map(|(s, set)| (s.0 - set.lead.0).min(s.1 - set.lead.1))
                .fold(f64::INFINITY, f64::min);
            (margin, weights, scores)
        })
        .collect();
    for (i, set) in sets.iter().enumerate() {
        let best = results
            .iter()
            .max_by(|a, b| a.2[i].0.total_cmp(&b.2[i].0))
            .expect("a grid");
        println!(
            "best on {} alone: R-1/R-2 {:.2}/{:.2} with {:?}",
            set.name, best.2[i].0, best.2[i].1, best.1
        );
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("\nbest combinations on the fitting halves (worst margin over Lead-k first):");
    for (margin, w, scores) in results.iter().take(10) {
        show(&format!("margin {margin:+.2}"), w, scores);
    }
    println!("\nthe same on the held-out halves (Lead-k first):");
    let mut leads = Vec::new();
    for set in &mut sets {
        leads.push(evaluate(&mut set.held_out, |a| {
            (0..a.k.min(a.sentences.len())).collect()
        }));
    }
    show(
        "lead-k     ",
        &Weights {
            facts: 0.0,
            centrality: 0.0,
            position: 1.0,
            position_halving: 0.0,
            centrality_damping: 0.0,
        },
        &leads,
    );
    for (_, w, _) in results.iter().take(10) {
        let scores: Vec<(f64, f64)> = sets
            .iter_mut()
            .map(|s| evaluate(&mut s.held_out, |x| nutshell_pick(x, w)))
            .collect();
        show("held out   ", w, &scores);
    }
}
