//! Figures and the issuer's logo as readers get them: in the PDF's pixels and its tagged
//! structure (alternative text for screen readers), and in the HTML page as `<img>` with the
//! picture itself inside (a `data:` URI) and its `alt`.
//!
//! The pictures are test fixtures (`tests/fixtures/images/`): flat colours, so a pixel of that
//! colour on the rasterised page shows the picture is there, and which language's version.
//!
//! See: issue 15 (1, images; 7, accessibility).

use std::process::Command;

use crate::common::{self, NOTICE, Sandbox};

const FIGURE: &str = r#"{ figure = "label.png", alt = "figure-label-alt", caption = "figure-label-caption", width = "6cm" },"#;

/// The notice with a figure in its summary (a German version of its own) and the issuer with
/// a logo.
fn with_figure_and_logo() -> Sandbox {
    let sandbox = Sandbox::new();
    let fixtures = common::repo_root().join("tests/fixtures/images");
    let figures = sandbox.path(&format!("notices/{NOTICE}/figures"));
    std::fs::create_dir_all(figures.join("de")).unwrap();
    std::fs::copy(fixtures.join("label.png"), figures.join("label.png")).unwrap();
    std::fs::copy(fixtures.join("label-de.png"), figures.join("de/label.png")).unwrap();
    std::fs::copy(
        fixtures.join("logo.svg"),
        sandbox.path("issuers/illumina/logo.svg"),
    )
    .unwrap();
    sandbox.edit("issuers/illumina/issuer.toml", |text| {
        text.replacen(
            "short-name = \"Illumina\"",
            "short-name = \"Illumina\"\nlogo = { file = \"logo.svg\", width = \"5cm\" }",
            1,
        )
    });
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(
            r#"{ paragraph = "summary-risk" },"#,
            &format!("{{ paragraph = \"summary-risk\" }},\n  {FIGURE}"),
            1,
        )
    });
    for (lang, alt, caption) in [
        (
            "en",
            "The label on the back of the server",
            "Figure 1: Where the serial number is",
        ),
        (
            "de",
            "Das Etikett auf der Rückseite des Servers",
            "Abbildung 1: Wo die Seriennummer steht",
        ),
        (
            "it",
            "L'etichetta sul retro del server",
            "Figura 1: Dove si trova il numero di serie",
        ),
    ] {
        sandbox.edit(&format!("notices/{NOTICE}/locales/{lang}.ftl"), |text| {
            format!("{text}\nfigure-label-alt = {alt}\nfigure-label-caption = {caption}\n")
        });
    }
    sandbox.review(&["en", "de", "it"]);
    sandbox
}

/// The RGB pixels of page `page` at `dpi`, with the page's width.
fn pixels(pdf: &std::path::Path, page: u32, dpi: u32) -> (Vec<[u8; 3]>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let stem = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args([
            "-r",
            &dpi.to_string(),
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .args(["-singlefile"])
        .arg(pdf)
        .arg(&stem)
        .status()
        .expect("pdftoppm (poppler-utils) runs");
    assert!(status.success());
    let ppm = std::fs::read(stem.with_extension("ppm")).unwrap();
    // P6 header: magic, width, height, maximum value, each followed by white space.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let start = at;
        while !ppm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&ppm[start..at]).into_owned());
        at += 1;
    }
    let width: usize = fields[1].parse().unwrap();
    let rgb = ppm[at..]
        .chunks_exact(3)
        .map(|pixel| [pixel[0], pixel[1], pixel[2]])
        .collect();
    (rgb, width)
}

/// Rows (from the top) where pixels of `color` are, first and last.
fn rows_of(pixels: &[[u8; 3]], width: usize, color: [u8; 3]) -> Option<(usize, usize)> {
    let near = |pixel: &[u8; 3]| pixel.iter().zip(color).all(|(a, b)| a.abs_diff(b) <= 8);
    let rows: Vec<usize> = pixels
        .iter()
        .enumerate()
        .filter(|(_, pixel)| near(pixel))
        .map(|(index, _)| index / width)
        .collect();
    Some((*rows.first()?, *rows.last()?))
}

const MAGENTA: [u8; 3] = [255, 0, 255];
const GREEN: [u8; 3] = [0, 200, 0];
const ORANGE: [u8; 3] = [255, 128, 0];

#[test]
fn figures_and_the_logo_print_in_each_language_with_their_alternative_text() {
    let sandbox = with_figure_and_logo();
    let run = sandbox.fsn(&[
        "render",
        &format!("notices/{NOTICE}"),
        "--lang",
        "en,de",
        "--format",
        "pdf,html",
        "--out",
        "out",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let en = sandbox.path(&format!("out/{NOTICE}_en.pdf"));
    let de = sandbox.path(&format!("out/{NOTICE}_de.pdf"));
    // The PNG is embedded as an image; the SVG logo is drawn as vector graphics.
    let list = common::poppler("pdfimages", &["-list"], &std::fs::read(&en).unwrap(), &[]);
    let images: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(images.len(), 1, "one picture in the English PDF:\n{list}");
    assert!(
        images[0].contains(" 320 ") && images[0].contains(" 180 "),
        "{list}"
    );

    let (page, width) = pixels(&en, 1, 50);
    let height = page.len() / width;
    let (logo_top, logo_bottom) = rows_of(&page, width, ORANGE).expect("the logo on page 1");
    assert!(
        logo_bottom < height / 8,
        "the logo heads the page: rows {logo_top}-{logo_bottom} of {height}"
    );
    assert!(
        rows_of(&page, width, MAGENTA).is_some(),
        "the English figure on page 1"
    );
    assert!(rows_of(&page, width, GREEN).is_none(), "not the German one");
    let (de_page, de_width) = pixels(&de, 1, 50);
    assert!(
        rows_of(&de_page, de_width, GREEN).is_some(),
        "the German figure"
    );
    assert!(
        rows_of(&de_page, de_width, MAGENTA).is_none(),
        "not the shared one"
    );
    assert!(
        rows_of(&de_page, de_width, ORANGE).is_some(),
        "the logo in German too"
    );
    // The logo repeats on every page, in place of the name.
    let (second, second_width) = pixels(&en, 2, 50);
    assert!(
        rows_of(&second, second_width, ORANGE).is_some(),
        "the logo on page 2"
    );
    let text = common::pdf_text(&std::fs::read(&en).unwrap());
    assert!(
        text.contains("Figure 1: Where the serial number is"),
        "the caption:\n{text}"
    );

    // Screen readers get the description: the structure tree has a Figure with its Alt.
    let structure = common::poppler("pdfinfo", &["-struct"], &std::fs::read(&en).unwrap(), &[]);
    assert!(
        structure.contains("Figure"),
        "a Figure element:\n{structure}"
    );
    assert_eq!(
        common::figure_alts(&std::fs::read(&en).unwrap()),
        ["The label on the back of the server"],
        "the figure's alternative text (the logo heads the page, an artifact)"
    );

    let html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_en.html"))).unwrap();
    let png = std::fs::read(common::repo_root().join("tests/fixtures/images/label.png")).unwrap();
    let svg = std::fs::read(common::repo_root().join("tests/fixtures/images/logo.svg")).unwrap();
    assert!(html.contains(&format!(
        r#"<img src="data:image/png;base64,{}" alt="The label on the back of the server""#,
        base64(&png)
    )));
    assert!(html.contains("<figcaption>Figure 1: Where the serial number is</figcaption>"));
    assert!(html.contains(&format!(
        r#"<p class="letterhead"><img src="data:image/svg+xml;base64,{}" alt="Illumina""#,
        base64(&svg)
    )));
    let de_html = std::fs::read_to_string(sandbox.path(&format!("out/{NOTICE}_de.html"))).unwrap();
    let de_png =
        std::fs::read(common::repo_root().join("tests/fixtures/images/label-de.png")).unwrap();
    assert!(de_html.contains(&format!(
        r#"<img src="data:image/png;base64,{}" alt="Das Etikett auf der Rückseite des Servers""#,
        base64(&de_png)
    )));
    assert!(
        !html.contains("src=\"http") && !html.contains("src=\"/"),
        "no outside file"
    );
}

/// An empty description would leave screen readers with nothing: an error at the message.
#[test]
fn an_empty_description_is_an_error_where_the_message_is() {
    let sandbox = with_figure_and_logo();
    sandbox.edit(&format!("notices/{NOTICE}/locales/en.ftl"), |text| {
        text.replacen(
            "figure-label-alt = The label on the back of the server",
            "figure-label-alt = { \"\" }",
            1,
        )
    });
    let run = sandbox.render("en", "pdf,html");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fsn::compose::empty_alt"), "{stderr}");
    assert!(
        stderr.contains(&format!("notices/{NOTICE}/locales/en.ftl:")),
        "{stderr}"
    );
    assert!(sandbox.written().is_empty(), "nothing written");
}

/// A build records the pictures each file shows among its sources, with their hashes: a
/// changed picture is a changed source.
#[test]
fn the_manifest_lists_the_pictures_each_file_shows() {
    use sha2::Digest as _;

    let sandbox = with_figure_and_logo();
    let run = sandbox.fsn(&["build", "--notice", NOTICE, "--out", "dist"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sandbox.path("dist/manifest.json")).unwrap())
            .unwrap();
    let pictures = |lang: &str| -> Vec<(String, String)> {
        let file = manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|file| file["lang"] == lang && file["format"] == "pdf")
            .unwrap();
        file["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|source| {
                let path = source["path"].as_str().unwrap().to_owned();
                (path, source["sha256"].as_str().unwrap().to_owned())
            })
            .filter(|(path, _)| path.ends_with(".png") || path.ends_with(".svg"))
            .collect()
    };
    let hash = |relative: &str| {
        let bytes = std::fs::read(sandbox.path(relative)).unwrap();
        format!("{:x}", sha2::Sha256::digest(bytes))
    };
    let logo = "issuers/illumina/logo.svg".to_owned();
    let shared = format!("notices/{NOTICE}/figures/label.png");
    let german = format!("notices/{NOTICE}/figures/de/label.png");
    assert_eq!(
        pictures("en"),
        [(logo.clone(), hash(&logo)), (shared.clone(), hash(&shared))]
    );
    assert_eq!(
        pictures("de"),
        [(logo.clone(), hash(&logo)), (german.clone(), hash(&german))]
    );

    // A new German picture in the same format renders the German files again, and only them.
    std::fs::copy(sandbox.path(&shared), sandbox.path(&german)).unwrap();
    let rebuild = sandbox.fsn(&["build", "--notice", NOTICE, "--out", "dist"]);
    let summary = String::from_utf8_lossy(&rebuild.stdout).into_owned()
        + &String::from_utf8_lossy(&rebuild.stderr);
    assert!(rebuild.status.success(), "{summary}");
    assert!(summary.contains("(2 rendered, 4 reused"), "{summary}");
}

/// typst lays out an SVG with a `<foreignObject>` but warns that it may not draw it as a
/// browser does: `fsn render` and `fsn build` both pass the warning on, in the same words, and
/// a build renders such a file again next time (and warns again) instead of taking it from
/// the previous build without a word.
#[test]
fn typst_warnings_are_printed_by_render_and_by_build() {
    let sandbox = with_figure_and_logo();
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><rect width="60" height="30" fill="#2a6"/><foreignObject width="60" height="30"><p xmlns="http://www.w3.org/1999/xhtml">label</p></foreignObject></svg>"##;
    std::fs::write(
        sandbox.path(&format!("notices/{NOTICE}/figures/label.svg")),
        svg,
    )
    .unwrap();
    std::fs::remove_dir_all(sandbox.path(&format!("notices/{NOTICE}/figures/de"))).unwrap();
    sandbox.edit(&format!("notices/{NOTICE}/notice.toml"), |text| {
        text.replacen(r#"figure = "label.png""#, r#"figure = "label.svg""#, 1)
    });
    let warning = format!("fsn: {NOTICE} (en): typst warning: image contains foreign object");

    let render = sandbox.render("en", "pdf");
    let said = String::from_utf8_lossy(&render.stderr).into_owned();
    assert!(render.status.success(), "{said}");
    assert!(said.contains(&warning), "{said}");

    let build = |what: &str| {
        let args = ["build", "--notice", NOTICE, "--lang", "en", "--out", "dist"];
        let run = sandbox.fsn(&args);
        let said = String::from_utf8_lossy(&run.stderr).into_owned();
        assert!(run.status.success(), "{what}: {said}");
        assert_eq!(said.matches(&warning).count(), 1, "{what}: {said}");
        said
    };
    build("the first build");
    // The HTML page is taken from the first build; the PDF typst warned about is not.
    let said = build("the second build");
    assert!(said.contains("(1 rendered, 1 reused"), "{said}");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sandbox.path("dist/manifest.json")).unwrap())
            .unwrap();
    let keyed: Vec<(&str, bool)> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| {
            let format = file["format"].as_str().unwrap();
            (format, file.get("input_sha256").is_some())
        })
        .collect();
    assert_eq!(keyed, [("html", true), ("pdf", false)]);
}

/// Standard base64, written out here so the test does not trust the code it checks.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, byte)| n | u32::from(*byte) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
