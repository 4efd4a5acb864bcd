//! SC-2: Snowball stems, remembered across calls. News repeats the language's common words, so
//! most forms of the next article were stemmed before, and a look-up costs a tenth of stemming
//! (about 2,000 instructions a word). The page summarises on every keystroke, and a batch runs
//! article after article: both stem almost nothing after the first few calls. Stems are pure,
//! so the output is the same with or without the memory.
//!
//! Each stem the memory holds has a number, so a call compares stems as numbers: a remembered
//! form costs one look-up, with no copy of its stem and no second hash of it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use frostem::{Algorithm, Stemmer};

use crate::word_hash::WordHasher;

/// Forms remembered at most, so the memory stays under about 3 MB whatever the input: past
/// this a call stems its new forms without remembering them, and the memory starts again at
/// its end (its stems are numbered until then).
const REMEMBERED: usize = 40_000;

type Table<K> = HashMap<K, u32, BuildHasherDefault<WordHasher>>;

/// The forms stemmed so far and their stems, each stem with its number.
#[derive(Default)]
struct Memory {
    /// Form → the number of its stem.
    stem_of: Table<Box<str>>,
    /// Number → stem.
    stems: Vec<Box<str>>,
    /// Stem → number.
    numbers: Table<Box<str>>,
    /// Per stem number, the term id the call numbered `.0` gave it ([`Stems::term`]): a
    /// look-up by index, where a table per call would hash every stem again.
    terms: Vec<(u32, u32)>,
    /// The number of the current call, from 1.
    call: u32,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The Snowball English stems of lower-case forms, as numbers that stay the same for the
/// whole of a [`Stems::with`] call: equal stems, equal numbers.
pub(super) struct Stems<'m> {
    stemmer: Stemmer,
    memory: &'m mut Memory,
}

impl Stems<'_> {
    /// Runs `f` with the memory of stems, started again after it if it has grown too large.
    pub fn with<T>(f: impl FnOnce(&mut Stems<'_>) -> T) -> T {
        MEMORY.with(|memory| {
            let mut memory = memory.borrow_mut();
            if memory.call == u32::MAX {
                *memory = Memory::default();
            }
            memory.call += 1;
            let result = f(&mut Stems { stemmer: Stemmer::new(Algorithm::English), memory: &mut memory });
            if memory.stem_of.len() >= REMEMBERED {
                *memory = Memory::default();
            }
            result
        })
    }

    /// The number of the stem of `form`.
    pub fn stem_number(&mut self, form: &str) -> u32 {
        if let Some(&number) = self.memory.stem_of.get(form) {
            return number;
        }
        let stem = self.stemmer.stem(form);
        let number = match self.memory.numbers.get(stem.as_ref()) {
            Some(&number) => number,
            None => {
                let number = self.memory.stems.len() as u32;
                self.memory.stems.push(Box::from(stem.as_ref()));
                self.memory.numbers.insert(Box::from(stem.as_ref()), number);
                number
            }
        };
        if self.memory.stem_of.len() < REMEMBERED {
            self.memory.stem_of.insert(Box::from(form), number);
        }
        number
    }

    /// The stem numbered `number`.
    pub fn stem(&self, number: u32) -> &str {
        self.memory.stems.get(number as usize).map_or("", |stem| stem)
    }

    /// The term id of the stem numbered `number` in this call: `next` if it has none yet,
    /// which then becomes its id.
    pub fn term(&mut self, number: u32, next: u32) -> u32 {
        let call = self.memory.call;
        let terms = &mut self.memory.terms;
        if terms.len() <= number as usize {
            terms.resize(self.memory.stems.len().max(number as usize + 1), (0, 0));
        }
        match &mut terms[number as usize] {
            (seen, term) if *seen == call => *term,
            slot => {
                *slot = (call, next);
                next
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_are_snowball_stems() {
        let snowball = Stemmer::new(Algorithm::English);
        let forms = ["running", "cuts", "news", "said", "nationally", "dying", "x", "", "runs", "cut"];
        for _ in 0..2 {
            Stems::with(|stems| {
                for form in forms {
                    let number = stems.stem_number(form);
                    assert_eq!(stems.stem(number), snowball.stem(form), "{form}");
                }
                assert_eq!(stems.stem_number("running"), stems.stem_number("runs"));
                assert_ne!(stems.stem_number("running"), stems.stem_number("cuts"));
                let (run, cut) = (stems.stem_number("runs"), stems.stem_number("cut"));
                assert_eq!((stems.term(run, 0), stems.term(cut, 1), stems.term(run, 2)), (0, 1, 0));
            });
        }
    }

    #[test]
    fn the_memory_starts_again_when_full() {
        Stems::with(|stems| {
            for i in 0..REMEMBERED + 10 {
                stems.stem_number(&format!("form{i}ing"));
            }
        });
        Stems::with(|stems| {
            assert!(stems.memory.stem_of.is_empty());
            let number = stems.stem_number("walking");
            assert_eq!(stems.stem(number), "walk");
        });
    }
}
