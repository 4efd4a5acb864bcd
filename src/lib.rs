//! Nutshell: short extractive summaries with key facts, in about a millisecond, anywhere —
//! natively, or as WebAssembly in the browser.
//!
//! The pipeline has one module per stage, each working on `&str` and yielding byte spans:
//!
//! 1. [`segment`] — blocks and sentences ([`sentences`]);
//! 2. [`facts`](mod@facts) — money, percentages, quantities, dates and entities ([`facts()`](fn@facts));
//! 3. [`score`] — a score per sentence from named features;
//! 4. [`select`] — sentences under a budget, without near-duplicates, in source order;
//! 5. [`summary`] — the [`Summary`], whose sentences point back into the source.
//!
//! ```
//! let article = "Acme Corp. said on Monday that sales rose 17% to $29.3 billion. \
//!     The weather was mild. Acme Corp. plans to hire 500 engineers in 2026.";
//! let options = nutshell::Options { sentences: Some(1), ..Default::default() };
//! let summary = nutshell::summarize(article, &options)?;
//! assert_eq!(summary.sentences.len(), 1);
//! assert_eq!(&article[summary.sentences[0].start..summary.sentences[0].end], summary.text);
//! # Ok::<(), nutshell::Error>(())
//! ```
#![deny(missing_docs)]

mod case;
pub mod facts;
pub mod json;
mod markup;
pub mod options;
mod reading;
pub mod score;
pub mod segment;
pub mod select;
mod stopwords;
pub mod summary;
mod verbs;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
mod word_hash;
pub mod words;
mod wordset;

pub use facts::{facts, Fact, FactKind, FactValue};
pub use options::{Error, Length, Options, SummaryType};
pub use segment::{sentences, Sentence, SentenceKind};
pub use summary::Summary;

/// Summarises `text`: every stage in one call.
///
/// Fails only when `options` are invalid; any text, even empty or binary, gives a summary.
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    options.validate()?;
    let language = segment::language_of(text, options.language.as_deref());
    let sentences = segment::sentences_with(text, language);
    let mut facts = facts::facts_with(text, &sentences, facts::Writing::of(language));
    let mut scored = score::score_in(text, &sentences, &facts, language.code);
    let article_words = scored.iter().map(|s| s.words).sum();
    let budget = select::Budget::new(options, article_words);
    if let Some(share) = budget.share(&scored) {
        score::fit_to_budget(&mut scored, share);
    }
    let chosen = select::select(text, &sentences, &scored, budget);
    facts.retain(|fact| {
        scored.get(fact.sentence).is_none_or(|s| s.features.excluded.is_none_or(score::Excluded::is_article))
    });
    Ok(summary::assemble(summary::Parts { text, sentences: &sentences, facts: &facts, scored, chosen: &chosen }))
}
