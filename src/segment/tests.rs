//! Unit tests, one group per rule of the module docs.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.text(text)).collect()
}

#[test]
fn debug2() {
    for t in ["Той поставя началото на могъща династия, която управлява в продължение на 150 г. Саргон надделява в двубой", "Иран революциясы (1905 — 11) және азаматтық қозғалыс (1918 — 21) кезінде А. Фарахани, М. Кермани."] {
    let p = language::detect(t);
    eprintln!("{} {:?} {:?}", p.code, p.abbreviation("г"), split(t));
    }
}
