//! The hash of the sets and maps of words built from the text: eight bytes at a time.

use std::hash::Hasher;

/// A word's bytes taken eight at a time, each step a rotate, an xor and a multiply (as
/// rustc's FxHash), the last chunk zero-padded. A word of news is about six bytes: one or two
/// steps, where FNV-1a took a multiply per byte (1.6% of a summary's instructions).
#[derive(Debug, Default)]
pub(crate) struct WordHasher(u64);

/// An odd constant with well-spread bits (rustc-hash 2's).
const MULTIPLIER: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    fn add(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(5) ^ chunk).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for WordHasher {
    /// The multiply leaves the low bits, which pick a table's bucket, the least mixed: a
    /// rotation brings well-mixed high bits down (as rustc-hash 2 does).
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    #[test]
    fn words_that_differ_hash_apart() {
        let hash = |w: &str| std::hash::BuildHasherDefault::<WordHasher>::default().hash_one(w);
        let words = ["a", "b", "ab", "ba", "abcdefgh", "abcdefghi", "abcdefgh\0", "the", "The", "said", "says"];
        let hashes: HashSet<u64> = words.iter().map(|w| hash(w)).collect();
        assert_eq!(hashes.len(), words.len());
        assert_eq!(hash("word"), hash("word"));
    }

    /// The low bits pick the bucket: over many distinct words they spread evenly.
    #[test]
    fn low_bits_spread_over_buckets() {
        let hash = |w: &str| std::hash::BuildHasherDefault::<WordHasher>::default().hash_one(w);
        let mut buckets = [0usize; 64];
        for i in 0..64_000 {
            buckets[(hash(&format!("w{i}x")) & 63) as usize] += 1;
        }
        assert!(buckets.iter().all(|&n| (800..1200).contains(&n)), "{buckets:?}");
    }
}
