//! SC-2: Snowball stems, remembered across calls. News repeats the language's common words, so
//! most forms of the next article were stemmed before, and a look-up costs a tenth of stemming
//! (about 2,000 instructions a word). The page summarises on every keystroke, and a batch runs
//! article after article: both stem almost nothing after the first few calls. Stems are pure,
//! so the output is the same with or without the memory.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use frostem::{Algorithm, Stemmer};

use crate::fnv::Fnv;

/// Forms remembered at most; past this the memory starts again, so it stays under about 3 MB
/// whatever the input.
const REMEMBERED: usize = 40_000;

/// Form → its stem, or `None` where the stem is the form itself.
type Memory = HashMap<Box<str>, Option<Box<str>>, BuildHasherDefault<Fnv>>;

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The Snowball English stem of `form` (lower case).
pub(super) struct Stems {
    stemmer: Stemmer,
}

impl Stems {
    pub fn new() -> Self {
        Stems { stemmer: Stemmer::new(Algorithm::English) }
    }

    pub fn stem<'a>(&self, form: &'a str) -> Cow<'a, str> {
        MEMORY.with(|memory| {
            let mut memory = memory.borrow_mut();
            if let Some(known) = memory.get(form) {
                return known.as_deref().map_or(Cow::Borrowed(form), |stem| Cow::Owned(stem.to_owned()));
            }
            let stem = self.stemmer.stem(form);
            if memory.len() >= REMEMBERED {
                memory.clear();
            }
            let changed = (stem != form).then(|| Box::from(stem.as_ref()));
            memory.insert(Box::from(form), changed);
            stem
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_are_snowball_stems() {
        let stems = Stems::new();
        let snowball = Stemmer::new(Algorithm::English);
        for _ in 0..2 {
            for form in ["running", "cuts", "news", "said", "nationally", "dying", "x", ""] {
                assert_eq!(stems.stem(form), snowball.stem(form), "{form}");
            }
        }
    }
}
