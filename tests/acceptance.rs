//! Acceptance on the real article `../shared/data/examples/aws-layoffs.txt` (not part of the
//! repository: the test is skipped where that file is absent, as on CI). Set
//! `NUTSHELL_SHARED` to point at another copy of the shared folder.

use std::path::PathBuf;

use nutshell::{FactKind, FactValue, Options};

fn shared_article() -> Option<String> {
    let shared = std::env::var_os("NUTSHELL_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    std::fs::read_to_string(shared.join("data/examples/aws-layoffs.txt")).ok()
}

#[test]
fn aws_layoffs_default_summary_keeps_the_facts_and_drops_the_chrome() {
    let Some(text) = shared_article() else {
        eprintln!("skipped: ../shared/data/examples/aws-layoffs.txt is not here");
        return;
    };
    let summary = nutshell::summarize(&text, &Options::default()).unwrap();
    let lines: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(lines.iter().any(|s| s.contains("$29.3 billion")), "{lines:#?}");
    for line in &lines {
        assert!(!line.contains("appeared first on"), "{lines:#?}");
        assert!(*line != "Reasons behind the cuts" && *line != "Robust Q1 performance", "{lines:#?}");
    }
}

#[test]
fn aws_layoffs_facts_include_the_key_figures_and_names() {
    let Some(text) = shared_article() else { return };
    let facts = nutshell::facts(&text);
    let has = |kind: FactKind, wanted: &str| facts.iter().any(|f| f.kind == kind && f.text(&text) == wanted);
    let money = facts.iter().find(|f| f.kind == FactKind::Money && f.text(&text) == "$29.3 billion");
    match money.and_then(|f| f.value.as_ref()) {
        Some(FactValue::Money { amount, currency }) => {
            assert!((amount - 29.3e9).abs() < 1.0, "{amount}");
            assert_eq!(*currency, "USD");
        }
        other => panic!("no $29.3 billion money fact with a value: {other:?}"),
    }
    for (kind, wanted) in [
        (FactKind::Percent, "17%"),
        (FactKind::Percent, "23%"),
        (FactKind::Date, "July 17"),
        (FactKind::Entity, "Amazon"),
        (FactKind::Entity, "AWS"),
        (FactKind::Entity, "Andy Jassy"),
    ] {
        assert!(has(kind, wanted), "no {kind:?} fact {wanted:?}");
    }
}

/// SEL-8: the key figure is the article's amount of money, at every length (the long summary
/// had kept "Operating income climbed 23%" instead).
#[test]
fn aws_layoffs_summaries_of_every_length_keep_the_key_figure() {
    let Some(text) = shared_article() else { return };
    for length in ["short", "medium", "long"] {
        let mut options = Options::default();
        options.set("length", length).unwrap();
        let summary = nutshell::summarize(&text, &options).unwrap();
        let lines: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
        let in_summary = summary.sentences.iter().flat_map(|s| &s.facts).map(|&i| &summary.facts[i]);
        let figure = in_summary.into_iter().any(|f| f.kind == FactKind::Money && f.text == "$29.3 billion");
        assert!(figure, "{length}: no $29.3 billion in {lines:#?}");
    }
}
