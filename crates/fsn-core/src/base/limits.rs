//! How big one notice may be, so that laying it out stays within about 1 GB of memory.
//!
//! typst holds a whole document in memory while it lays it out, and the memory grows with the
//! pages: a notice of 100,000 sections took 9.65 GB, 10,000 products 952 MiB, a 10 MB message
//! 2.5 GiB (about 3,000 pages). The limits below are checked before layout (validation for
//! counts, composition for text), each with a located error. A notice at the limits (1,000
//! products, 200 sections, about 2,000 blocks and 800,000 characters) laid out in 318 MiB,
//! 1,000 products of 20 catalog numbers each in 286 MiB (`crates/fsn-cli/tests/limits.rs`
//! measures both and fails above 1 GiB). The largest printed notice is far below every limit.
//!
//! See: issue 12, E (size).

/// Affected products of one notice (rows of the product table and of the reply form).
pub const MAX_PRODUCTS: usize = 1_000;

/// Catalog numbers, UDI-DIs or versions of one product.
pub const MAX_PRODUCT_LIST: usize = 20;

/// Lots, serial numbers and serial ranges of all products together (rows of the lot table, and
/// of the form's per-lot quantities and certificate of destruction): 3,000 printed three times
/// laid out in 602 MiB (`crates/fsn-cli/tests/limits.rs`).
pub const MAX_LOTS: usize = 3_000;

/// Empty rows of one form element (a certificate of destruction's rows to write in).
pub const MAX_BLANK_ROWS: usize = 100;

/// Sections of the letter.
pub const MAX_SECTIONS: usize = 200;

/// Blocks of the letter, across all sections.
pub const MAX_BLOCKS: usize = 2_000;

/// Items of one bulleted or numbered list.
pub const MAX_LIST_ITEMS: usize = 200;

/// Elements of the reply form.
pub const MAX_FORM_ELEMENTS: usize = 200;

/// Characters of one formatted message.
pub const MAX_MESSAGE_CHARS: usize = 100_000;

/// Characters of one word (a run without white space). A PDF/A string holds at most 32,767
/// bytes and typst writes a word as one string; no word of any language comes near this, and
/// the longest web address of a notice is a few hundred characters.
pub const MAX_WORD_CHARS: usize = 1_000;

/// Characters of text of one composed document, in one language.
pub const MAX_DOCUMENT_CHARS: usize = 1_000_000;

/// Bytes of one picture file (a figure or a logo). A photograph of a label or a screenshot
/// is a few hundred kilobytes; the bound keeps a wrong file out of every PDF and HTML page.
pub const MAX_IMAGE_BYTES: u64 = 4 << 20;

/// Pixels of one PNG or JPEG picture: decoded, each takes 4 bytes of memory, so a small file
/// of huge dimensions would otherwise take gigabytes (25 million pixels are 100 MB).
pub const MAX_IMAGE_PIXELS: u64 = 25_000_000;

/// Bytes of all the figure files of one notice, every language's versions together.
pub const MAX_NOTICE_IMAGE_BYTES: u64 = 32 << 20;

/// Figures of the letter.
pub const MAX_FIGURES: usize = 50;

/// The longest run of characters without white space in `text`, in characters.
pub fn longest_word(text: &str) -> usize {
    text.split(char::is_whitespace)
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0)
}

/// How deep XML elements may nest in a file fsn reads (an XLIFF document, an SVG picture):
/// fsn's own XLIFF nests six deep and drawings a few dozen; a deeper file is refused before
/// its element stack grows with it.
pub const MAX_XML_DEPTH: usize = 256;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_word_counts_characters_between_white_space() {
        assert_eq!(longest_word(""), 0);
        assert_eq!(longest_word("a bb\tccc\nd"), 3);
        assert_eq!(longest_word("àé ü"), 2);
        assert_eq!(longest_word(&"x".repeat(40_000)), 40_000);
    }
}
