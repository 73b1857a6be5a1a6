//! The fingerprint of a normalised text (see `crate::text::normalise`), and a word diff of
//! two such texts.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// The fingerprint of a normalised text: the first 16 hex digits (64 bits) of its SHA-256.
pub fn fingerprint(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().take(8).fold(
        String::with_capacity(16),
        |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        },
    )
}

/// Word diffs longer than this many word pairs are shown as a whole replacement: the table
/// the diff needs grows with the product of the lengths.
const MAX_DIFF_CELLS: usize = 1_000_000;

/// The old and the new text side by side, word by word: words only in the old text marked
/// `[-…-]`, words only in the new one `{+…+}` (the markers of `git diff --word-diff`).
pub fn word_diff(old: &str, new: &str) -> (String, String) {
    let old_words: Vec<&str> = old.split_whitespace().collect();
    let new_words: Vec<&str> = new.split_whitespace().collect();
    let (n, m) = (old_words.len(), new_words.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        return (mark(&old_words, "[-", "-]"), mark(&new_words, "{+", "+}"));
    }
    // Longest common subsequence, filled from the end.
    let mut lcs = vec![vec![0_u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old_words[i] == new_words[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut old_out, mut new_out) = (Side::default(), Side::default());
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && old_words[i] == new_words[j] {
            old_out.word(old_words[i], false, "[-", "-]");
            new_out.word(new_words[j], false, "{+", "+}");
            i += 1;
            j += 1;
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            old_out.word(old_words[i], true, "[-", "-]");
            i += 1;
        } else {
            new_out.word(new_words[j], true, "{+", "+}");
            j += 1;
        }
    }
    (old_out.finish("-]"), new_out.finish("+}"))
}

fn mark(words: &[&str], open: &str, close: &str) -> String {
    if words.is_empty() {
        String::new()
    } else {
        format!("{open}{}{close}", words.join(" "))
    }
}

/// One side of a word diff, with runs of changed words marked once.
#[derive(Default)]
struct Side {
    text: String,
    in_change: bool,
}

impl Side {
    fn word(&mut self, word: &str, changed: bool, open: &str, close: &str) {
        if self.in_change && !changed {
            self.text.push_str(close);
        }
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        if changed && !self.in_change {
            self.text.push_str(open);
        }
        self.in_change = changed;
        self.text.push_str(word);
    }

    fn finish(mut self, close: &str) -> String {
        if self.in_change {
            self.text.push_str(close);
        }
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalised_value as value;

    #[test]
    fn rewrapping_keeps_the_text_and_a_word_changes_it() {
        let one = value("a = Disconnect the\n    network cable { $issuer }.\n");
        let two = value("a = Disconnect the network\n  cable { $issuer }.\n");
        assert_eq!(one, "Disconnect the network cable { $issuer }.");
        assert_eq!(one, two);
        assert_ne!(
            fingerprint(&one),
            fingerprint(&value("a = Keep the network cable { $issuer }.\n"))
        );
        assert_eq!(fingerprint(&one).len(), 16);
    }

    #[test]
    fn the_word_diff_marks_runs_of_changed_words() {
        let (old, new) = word_diff(
            "Immediately disconnect the network cable.",
            "Do NOT disconnect the network cable; keep it running.",
        );
        assert_eq!(old, "[-Immediately-] disconnect the network [-cable.-]");
        assert_eq!(
            new,
            "{+Do NOT+} disconnect the network {+cable; keep it running.+}"
        );
        assert_eq!(word_diff("same", "same"), ("same".into(), "same".into()));
    }
}
