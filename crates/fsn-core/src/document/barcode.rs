//! GS1 DataMatrix symbols as data the renderers draw: rows of `#` (dark) and `.` (light), so
//! the PDF and the HTML draw the same symbol as vector graphics from the same data.

use serde::Serialize;

/// A GS1 DataMatrix symbol and the human-readable text printed under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Barcode {
    /// The element string as people read it, e.g. "(01)00816270020637".
    pub text: String,
    /// The modules, top row first: `#` dark, `.` light; the quiet zone is not included.
    pub rows: Vec<String>,
}

impl Barcode {
    /// The dark modules as horizontal runs `[column, row, length]`, for drawing.
    pub fn runs(&self) -> Vec<[usize; 3]> {
        let mut runs = Vec::new();
        for (row, line) in self.rows.iter().enumerate() {
            let mut start = None;
            for (column, module) in line.bytes().chain([b'.']).enumerate() {
                match (module == b'#', start) {
                    (true, None) => start = Some(column),
                    (false, Some(first)) => {
                        runs.push([first, row, column - first]);
                        start = None;
                    }
                    _ => {}
                }
            }
        }
        runs
    }

    /// Width in modules.
    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, String::len)
    }

    /// Height in modules.
    pub fn height(&self) -> usize {
        self.rows.len()
    }
}
