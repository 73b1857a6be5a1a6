//! GS1 DataMatrix symbols of device identifiers, as data the renderers draw.
//!
//! A symbol is the GS1 element string `(01)` + GTIN-14, encoded by the `datamatrix` crate as
//! ECC 200 with FNC1 in first position (the GS1 DataMatrix of the UDI rules), square sizes only.
//! The renderers get the modules as rows of `#` (dark) and `.` (light), so the PDF and the HTML
//! draw the same symbol as vector graphics from the same data, nothing reaches them as markup,
//! and a snapshot of the composed notice shows the symbol as a picture.

use crate::document::Barcode;

/// The GS1 DataMatrix of a device identifier (a GTIN-14 whose check digit was verified).
pub fn udi_barcode(gtin: &str) -> Result<Barcode, String> {
    if gtin.len() != 14 || !gtin.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(format!("`{gtin}` is not a GTIN-14"));
    }
    encode(&format!("01{gtin}"), format!("(01){gtin}"))
}

/// The GS1 DataMatrix of a lot's UDI: `(01)` GTIN-14, `(17)` expiry date (YYMMDD) when given,
/// then `(10)` lot. The lot, of variable length, comes last, so no separator follows it.
/// Validation checked the lot (GS1 character set, at most 20 characters) and the expiry year.
pub fn lot_udi_barcode(
    gtin: &str,
    expiry: Option<crate::base::date::IsoDate>,
    lot: &str,
) -> Result<Barcode, String> {
    if gtin.len() != 14 || !gtin.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(format!("`{gtin}` is not a GTIN-14"));
    }
    crate::validate::lots::gs1_lot_problem(lot)
        .map_err(|problem| format!("lot `{lot}` {problem}"))?;
    let expiry = expiry
        .map(|date| {
            format!(
                "17{:02}{:02}{:02}",
                date.year.rem_euclid(100),
                date.month,
                date.day
            )
        })
        .unwrap_or_default();
    let data = format!("01{gtin}{expiry}10{lot}");
    let text = format!("(01){gtin}{}(10){lot}", expiry.replacen("17", "(17)", 1));
    encode(&data, text)
}

/// Encodes a GS1 element string (AIs without brackets) with FNC1 in first position.
fn encode(data: &str, text: String) -> Result<Barcode, String> {
    let symbol = datamatrix::DataMatrix::encode_gs1(
        data.as_bytes(),
        datamatrix::SymbolList::default().enforce_square(),
    )
    .map_err(|err| format!("cannot encode `{data}` as a DataMatrix: {err:?}"))?;
    let bitmap = symbol.bitmap();
    let rows = bitmap
        .bits()
        .chunks(bitmap.width())
        .map(|row| {
            row.iter()
                .map(|&dark| if dark { '#' } else { '.' })
                .collect()
        })
        .collect();
    Ok(Barcode { text, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_exactly_the_dark_modules() {
        let barcode = Barcode {
            text: String::new(),
            rows: vec!["##.#".to_owned(), "..##".to_owned()],
        };
        assert_eq!(barcode.runs(), vec![[0, 0, 2], [3, 0, 1], [2, 1, 2]]);
        assert_eq!((barcode.width(), barcode.height()), (4, 2));
    }

    #[test]
    fn encodes_a_gs1_symbol_that_decodes_back() {
        let barcode = udi_barcode("00816270020637").unwrap();
        assert_eq!(barcode.text, "(01)00816270020637");
        assert_eq!(barcode.width(), barcode.height(), "square sizes only");
        let pixels: Vec<bool> = barcode.rows.concat().bytes().map(|m| m == b'#').collect();
        // The crate's own decoder skips the leading FNC1; the independent check is the
        // rendered page read by libdmtx (crates/fsn-cli/tests/barcodes.rs).
        let decoded = datamatrix::DataMatrix::decode(&pixels, barcode.width()).unwrap();
        assert_eq!(decoded, b"0100816270020637");
    }

    #[test]
    fn lot_symbols_carry_expiry_and_lot_last() {
        let expiry = crate::base::date::IsoDate::new(2026, 3, 31).ok();
        let barcode = lot_udi_barcode("00816270020637", expiry, "L2301A").unwrap();
        assert_eq!(barcode.text, "(01)00816270020637(17)260331(10)L2301A");
        let pixels: Vec<bool> = barcode.rows.concat().bytes().map(|m| m == b'#').collect();
        let decoded = datamatrix::DataMatrix::decode(&pixels, barcode.width()).unwrap();
        assert_eq!(decoded, b"01008162700206371726033110L2301A");
        assert!(lot_udi_barcode("00816270020637", None, &"1".repeat(21)).is_err());
    }

    #[test]
    fn refuses_what_is_not_a_gtin() {
        assert!(udi_barcode("0081627002063").is_err());
        assert!(udi_barcode("0081627002063x").is_err());
    }
}
