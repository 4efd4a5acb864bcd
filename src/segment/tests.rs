//! Unit tests, one group per rule of the module docs.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.text(text)).collect()
}

#[test]
fn debug() {
    assert_eq!(
        split("Around 300 A.D. Rome began."),
        ["Around 300 A.D. Rome began."]
    );
}
#[test]
fn debug2() {
    let p = language::detect("Around 300 A.D. Rome began.");
    eprintln!(
        "{} {:?} {:?}",
        p.code,
        p.abbreviation("A.D"),
        p.abbreviation("Mr")
    );
}
