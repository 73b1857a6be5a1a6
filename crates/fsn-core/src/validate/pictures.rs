//! Pictures checked by their bytes, not their names.
//!
//! A picture's format is told by its bytes: PNG and JPEG by their signatures and dimensions (a
//! small file may unpack into a huge bitmap, so the pixel count is bounded too), SVG by reading
//! it as XML whose root is `<svg>`. typst and the browser decode them; this only makes sure
//! they get what the name promises, within the limits.

use crate::base::limits;
use crate::document::image::ImageFormat;

/// What a picture's bytes are, or what is wrong with them (a phrase after the file's name).
pub fn sniff(bytes: &[u8]) -> Result<ImageFormat, String> {
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        let (width, height) = png_size(bytes).ok_or("is a PNG file without a valid header")?;
        check_pixels(width, height)?;
        return Ok(ImageFormat::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let (width, height) =
            jpeg_size(bytes).ok_or("is a JPEG file without a valid frame header")?;
        check_pixels(width, height)?;
        return Ok(ImageFormat::Jpeg);
    }
    let other: [(&[u8], &str); 6] = [
        (b"GIF8", "GIF"),
        (b"RIFF", "WebP (or another RIFF format)"),
        (b"%PDF", "PDF"),
        (b"BM", "BMP"),
        (b"II*\0", "TIFF"),
        (b"MM\0*", "TIFF"),
    ];
    if let Some((_, name)) = other.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(format!("is a {name} picture, which fsn does not print"));
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if text.trim_ascii_start().starts_with(b"<") {
        check_svg(text)?;
        return Ok(ImageFormat::Svg);
    }
    Err("is not a PNG, JPEG or SVG picture".to_owned())
}

fn check_pixels(width: u32, height: u32) -> Result<(), String> {
    let pixels = u64::from(width) * u64::from(height);
    if width == 0 || height == 0 {
        return Err("has no pixels".to_owned());
    }
    if pixels > limits::MAX_IMAGE_PIXELS {
        return Err(format!(
            "has {width} × {height} pixels; at most {} million are printed",
            limits::MAX_IMAGE_PIXELS / 1_000_000
        ));
    }
    Ok(())
}

/// Width and height from the PNG header chunk, which must come first.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let header = bytes.get(8..24)?;
    if &header[4..8] != b"IHDR" {
        return None;
    }
    let number = |at: usize| u32::from_be_bytes(header[at..at + 4].try_into().unwrap_or([0; 4]));
    Some((number(8), number(12)))
}

/// Width and height from the first frame header (SOFn) of a JPEG file.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Markers may be padded with any number of 0xFF bytes.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let height = u16::from_be_bytes([*bytes.get(at + 5)?, *bytes.get(at + 6)?]);
                let width = u16::from_be_bytes([*bytes.get(at + 7)?, *bytes.get(at + 8)?]);
                return Some((u32::from(width), u32::from(height)));
            }
            // Image data before any frame header: not a picture typst can read.
            0xDA | 0xD9 => return None,
            _ if length < 2 => return None,
            _ => at += 2 + length,
        }
    }
}

/// An SVG file: well-formed XML, no entity declarations, an `<svg>` root element, no bitmaps.
fn check_svg(bytes: &[u8]) -> Result<(), String> {
    use crate::base::xml::events::Event;

    let text = std::str::from_utf8(bytes).map_err(|err| {
        format!(
            "looks like SVG but is not UTF-8 (byte {})",
            err.valid_up_to()
        )
    })?;
    let mut reader = crate::base::xml::XmlReader::new(text);
    let mut root: Option<String> = None;
    let mut depth: usize = 0;
    loop {
        let (event, _) = reader
            .next_event()
            .map_err(|err| format!("{} (at byte {})", err.message, err.at))?;
        let element = match &event {
            Event::Start(element) | Event::Empty(element) => element,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        // A bitmap inside an SVG escapes the pixel bound, and a linked one is a file the
        // sandbox refuses: a logo or figure with a bitmap is saved as PNG or JPEG instead.
        if element.local_name().into_inner() == "image" {
            return Err(
                "embeds or links a bitmap (<image>); save the picture as PNG or JPEG \
                        instead"
                    .to_owned(),
            );
        }
        if depth == 0 {
            if root.is_some() {
                return Err("is not a well-formed SVG file (more than one root element)".to_owned());
            }
            root = Some(element.local_name().into_inner().to_owned());
        }
        depth += usize::from(matches!(event, Event::Start(_)));
    }
    if depth > 0 {
        return Err("is not a well-formed SVG file (it ends inside an element)".to_owned());
    }
    match root.as_deref() {
        Some("svg") => Ok(()),
        Some(other) => Err(format!(
            "is XML whose root is <{other}>, not an SVG picture"
        )),
        None => Err("is not an SVG picture (no root element)".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 2, 0, 0, 0]);
        bytes
    }

    /// SOI, an APP0 segment, then a baseline frame header of `width` × `height`.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8];
        bytes.extend(height.to_be_bytes());
        bytes.extend(width.to_be_bytes());
        bytes.extend([1, 1, 0x11, 0]);
        bytes
    }

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(sniff(&png(320, 180)), Ok(ImageFormat::Png));
        assert_eq!(sniff(&jpeg(640, 480)), Ok(ImageFormat::Jpeg));
        let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#;
        assert_eq!(sniff(svg), Ok(ImageFormat::Svg));
        assert_eq!(sniff(b"\xEF\xBB\xBF <svg></svg>"), Ok(ImageFormat::Svg));
    }

    #[test]
    fn broken_huge_and_foreign_pictures_are_refused() {
        let refused = |bytes: &[u8], phrase: &str| {
            let problem = sniff(bytes).unwrap_err();
            assert!(problem.contains(phrase), "{problem}");
        };
        refused(&png(20_000, 20_000), "20000 × 20000 pixels");
        refused(&png(0, 10), "no pixels");
        refused(&png(10, 10)[..20], "without a valid header");
        refused(&jpeg(1, 1)[..10], "without a valid frame header");
        refused(b"GIF89a....", "GIF");
        refused(b"%PDF-1.7", "PDF");
        refused(b"hello", "not a PNG, JPEG or SVG");
        refused(b"<svg><g></svg>", "well-formed");
        refused(b"<svg><g>", "ends inside an element");
        refused(b"<html></html>", "root is <html>");
        refused(b"<svg/><svg/>", "more than one root");
        refused(
            b"<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg>&a;</svg>",
            "entities",
        );
        refused(b"<svg>\xFF</svg>", "not UTF-8");
        refused(b"<svg><image href=\"x.png\"/></svg>", "bitmap");
    }
}
