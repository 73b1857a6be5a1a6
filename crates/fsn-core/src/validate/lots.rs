//! Lots and serial numbers of the affected products: as written, checked, and where they print.
//!
//! A product may list lots (`{ lot = "L2301", expiry = 2026-03-31 }`), single serial numbers
//! (`{ serial = "SN0042" }`) and serial ranges (`{ first = "CON000001", last = "CON005472" }`),
//! each with optional expiry and manufacture dates. They print as a table of their own, one row
//! per entry, under the product table or, when long, in an annex after the letter.

use crate::base::date::IsoDate;
use crate::base::limits;
use crate::base::toml_spans::Key;
use crate::model::{LotPlacement, RawLot, RawProduct, RawProductTable, RawUdiDi};

/// Lots or serial numbers above this many rows print in the annex when `lots = "auto"`: a
/// longer table would push the letter's own text pages away from its products.
pub const ANNEX_THRESHOLD: usize = 40;

/// The shared messages the lot table and its annex print.
pub const MESSAGES: [&str; 10] = [
    "lot-table-caption",
    "lot-table-product",
    "lot-table-lot",
    "lot-table-serial",
    "lot-table-expiry",
    "lot-table-manufactured",
    "lot-table-udi",
    "lot-serial-range",
    "annex-lots-heading",
    "annex-lots-reference",
];

/// The longest lot GS1 allows in application identifier (10).
pub const MAX_GS1_LOT_CHARS: usize = 20;

/// What identifies an entry of the lot table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LotId {
    /// A lot number.
    Lot(String),
    /// One serial number.
    Serial(String),
    /// A range of serial numbers, first and last included.
    Range(String, String),
}

/// A checked lot or serial entry.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Lot {
    /// The lot, serial number or range.
    pub id: LotId,
    /// Expiry date.
    pub expiry: Option<IsoDate>,
    /// Manufacture date.
    pub manufactured: Option<IsoDate>,
}

impl Lot {
    /// The checked entry; `None` for one validation refuses.
    pub fn from_raw(raw: &RawLot) -> Option<Self> {
        let id = match (&raw.lot, &raw.serial, &raw.first, &raw.last) {
            (Some(lot), None, None, None) => LotId::Lot(lot.clone()),
            (None, Some(serial), None, None) => LotId::Serial(serial.clone()),
            (None, None, Some(first), Some(last)) => LotId::Range(first.clone(), last.clone()),
            _ => return None,
        };
        let date = |value: &Option<toml::value::Datetime>| match value {
            Some(value) => local_date(value).ok().map(Some),
            None => Some(None),
        };
        Some(Self {
            id,
            expiry: date(&raw.expiry)?,
            manufactured: date(&raw.manufactured)?,
        })
    }
}

/// Whether the lots print in the annex, given the placement and the number of rows.
pub fn in_annex(placement: LotPlacement, rows: usize) -> bool {
    match placement {
        LotPlacement::Auto => rows > ANNEX_THRESHOLD,
        LotPlacement::Table => false,
        LotPlacement::Annex => true,
    }
}

/// A TOML value that must be a calendar date without time.
pub(crate) fn local_date(value: &toml::value::Datetime) -> Result<IsoDate, String> {
    let (Some(date), None, None) = (value.date, value.time, value.offset) else {
        return Err(format!("`{value}` is not a date without time"));
    };
    IsoDate::new(i32::from(date.year), date.month, date.day)
}

/// A problem found in the lots: where (a path in `notice.toml`), its code, message and help.
pub struct Problem {
    /// Path of the offending value.
    pub path: Vec<Key<'static>>,
    /// Diagnostic code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

/// Checks every product's lots and serial numbers, and the table settings that use them.
pub fn check(products: &[RawProduct], table: &RawProductTable) -> Vec<Problem> {
    let mut problems = Vec::new();
    let total: usize = products.iter().map(|product| product.lots.len()).sum();
    if total > limits::MAX_LOTS {
        problems.push(Problem {
            path: vec!["products".into()],
            code: "fsn::validate::too_large",
            message: format!(
                "the notice has {total} lots and serial entries; at most {} are laid out",
                limits::MAX_LOTS
            ),
            help: "split the notice, or list the lots in an attached file; the limits keep one \
                   notice's layout within about 1 GB of memory (docs/SECURITY.md, \"The limits\")"
                .to_owned(),
        });
    }
    for (index, product) in products.iter().enumerate() {
        let one_udi_di = matches!(&product.udi_di, RawUdiDi::List(list) if list.len() == 1);
        if table.lot_barcodes && !product.lots.is_empty() && !one_udi_di {
            problems.push(Problem {
                path: vec!["products".into(), index.into(), "udi-di".into()],
                code: "fsn::validate::lot_barcode_udi_di",
                message: format!(
                    "`lot-barcodes = true` needs one UDI-DI per product with lots; product {} has {}",
                    index + 1,
                    match &product.udi_di {
                        RawUdiDi::List(list) => format!("{}", list.len()),
                        RawUdiDi::Keyword(_) => "none".to_owned(),
                    }
                ),
                help: "give the product the one UDI-DI its lots are labelled with, or remove \
                       `lot-barcodes`"
                    .to_owned(),
            });
        }
        for (position, lot) in product.lots.iter().enumerate() {
            let at = |field: Option<&'static str>| {
                let mut path: Vec<Key<'static>> = vec![
                    "products".into(),
                    index.into(),
                    "lots".into(),
                    position.into(),
                ];
                path.extend(field.map(Key::Field));
                path
            };
            let mut report = |field, code, message: String, help: &str| {
                problems.push(Problem {
                    path: at(field),
                    code,
                    message,
                    help: help.to_owned(),
                });
            };
            let what = format!(
                "entry {} of the lots of product {}",
                position + 1,
                index + 1
            );
            check_identity(lot, &what, &mut report);
            let dates = [("expiry", &lot.expiry), ("manufactured", &lot.manufactured)].map(
                |(field, value)| {
                    let value = value.as_ref()?;
                    local_date(value)
                        .inspect_err(|problem| {
                            report(
                                Some(field),
                                "fsn::validate::lot_date",
                                format!("`{field}` of {what}: {problem}"),
                                "write a calendar date as YYYY-MM-DD, e.g. expiry = 2026-03-31",
                            );
                        })
                        .ok()
                },
            );
            if let [Some(expiry), Some(manufactured)] = &dates
                && expiry < manufactured
            {
                report(
                    Some("expiry"),
                    "fsn::validate::expiry_before_manufacture",
                    format!("{what} expires on {expiry}, before it was made on {manufactured}"),
                    "check both dates: the expiry date comes after the manufacture date",
                );
            }
            if table.lot_barcodes
                && let [Some(expiry), _] = &dates
                && !(2000..=2099).contains(&expiry.year)
            {
                report(
                    Some("expiry"),
                    "fsn::validate::bad_gs1_lot",
                    format!("the expiry date {expiry} of {what} cannot be written as GS1 AI (17)"),
                    "GS1 AI (17) writes the year with two digits, for the years 2000 to 2099",
                );
            }
            if table.lot_barcodes
                && let Some(lot_number) = &lot.lot
                && let Err(problem) = gs1_lot_problem(lot_number)
            {
                report(
                    Some("lot"),
                    "fsn::validate::bad_gs1_lot",
                    format!("lot `{lot_number}` of product {} {problem}", index + 1),
                    &format!(
                        "a lot in a UDI barcode (GS1 AI 10) has 1 to {MAX_GS1_LOT_CHARS} of the \
                         characters A–Z a–z 0–9 and !\"%&'()*+,-./:;<=>?_; correct the lot, or \
                         remove `lot-barcodes`"
                    ),
                );
            }
        }
    }
    problems
}

type Report<'a> = dyn FnMut(Option<&'static str>, &'static str, String, &str) + 'a;

/// Exactly one of a lot, a serial number or a range; none of them empty; a range in order.
fn check_identity(lot: &RawLot, what: &str, report: &mut Report<'_>) {
    let fields = [
        ("lot", &lot.lot),
        ("serial", &lot.serial),
        ("first", &lot.first),
        ("last", &lot.last),
    ];
    let mut valid = true;
    for (field, value) in fields {
        if value.as_ref().is_some_and(|value| value.trim().is_empty()) {
            valid = false;
            report(
                Some(field),
                "fsn::validate::empty_lot",
                format!("`{field}` of {what} is empty"),
                "write the number as printed on the label, or remove the entry",
            );
        }
    }
    let given: Vec<&str> = fields
        .iter()
        .filter(|(_, value)| value.is_some())
        .map(|(field, _)| *field)
        .collect();
    let shape_ok = matches!(given.as_slice(), ["lot"] | ["serial"] | ["first", "last"]);
    if !shape_ok {
        report(
            None,
            "fsn::validate::lot_shape",
            if given.is_empty() {
                format!("{what} names no lot or serial number")
            } else {
                let given: Vec<String> = given.iter().map(|field| format!("`{field}`")).collect();
                format!("{what} combines {}", given.join(" and "))
            },
            "write one of { lot = \"L2301\" }, { serial = \"SN0042\" } or \
             { first = \"CON000001\", last = \"CON005472\" }, each with optional expiry and \
             manufactured dates",
        );
        return;
    }
    if let (true, Some(first), Some(last)) = (valid, &lot.first, &lot.last)
        && let Err(problem) = range_order(first, last)
    {
        report(
            Some("last"),
            "fsn::validate::serial_range",
            format!("the serial range {first} to {last} of {what} {problem}"),
            "write the range's first and last serial numbers with the same prefix, the lower \
             number first, e.g. first = \"CON000001\", last = \"CON005472\"",
        );
    }
}

/// Checks that a range's ends share their letters and that the first is not after the last.
fn range_order(first: &str, last: &str) -> Result<(), String> {
    let split = |serial: &str| {
        let digits = serial.len() - serial.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (prefix, number) = serial.split_at(serial.len() - digits);
        (prefix.to_owned(), number.trim_start_matches('0').to_owned())
    };
    let (first_prefix, first_number) = split(first);
    let (last_prefix, last_number) = split(last);
    if first_prefix != last_prefix || first.len() == first_prefix.len() {
        return Err("does not run over numbers with one prefix".to_owned());
    }
    // Compared as decimal numbers of any length: longer is larger, else digit by digit.
    let order = first_number
        .len()
        .cmp(&last_number.len())
        .then_with(|| first_number.cmp(&last_number));
    if order == std::cmp::Ordering::Greater {
        return Err("starts after it ends".to_owned());
    }
    Ok(())
}

/// Why a lot cannot go into a GS1 element string as AI (10), if it cannot.
pub fn gs1_lot_problem(lot: &str) -> Result<(), String> {
    let count = lot.chars().count();
    if count > MAX_GS1_LOT_CHARS {
        return Err(format!(
            "has {count} characters; GS1 AI (10) allows at most {MAX_GS1_LOT_CHARS}"
        ));
    }
    // GS1 character set 82 (GS1 General Specifications, figure 7.11-1).
    let allowed = |c: char| c.is_ascii_alphanumeric() || "!\"%&'()*+,-./:;<=>?_".contains(c);
    if let Some(bad) = lot.chars().find(|&c| !allowed(c)) {
        return Err(format!(
            "contains {bad:?}, which GS1 AI (10) does not allow"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_compare_their_numbers() {
        assert!(range_order("CON000001", "CON005472").is_ok());
        assert!(range_order("SN9", "SN10").is_ok());
        assert!(range_order("1000", "1000").is_ok());
        assert!(range_order("CON005472", "CON000001").is_err());
        assert!(range_order("A100", "B200").is_err());
        assert!(range_order("ABC", "ABC").is_err());
    }

    #[test]
    fn gs1_lots_are_short_and_of_the_gs1_character_set() {
        assert!(gs1_lot_problem("L2301-A/7").is_ok());
        assert!(gs1_lot_problem(&"1".repeat(20)).is_ok());
        assert!(gs1_lot_problem(&"1".repeat(21)).is_err());
        assert!(gs1_lot_problem("L 2301").is_err());
        assert!(gs1_lot_problem("LÖT").is_err());
    }
}
