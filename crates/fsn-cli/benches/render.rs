//! Warm rendering of one notice: compose, PDF and HTML, with fonts and template loaded once.
//!
//! `cargo bench -p fsn-cli --bench render` prints the time per notice × language.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use fsn_core::Repository;
use fsn_pdf::Typesetter;

/// As `fsn build`: typst's memoised results unused by the last few documents are dropped
/// after each one. Without it, every unique document grows the caches and whichever
/// benchmark runs later pays for the ones before it.
const CACHE_AGE: usize = 4;

/// Passes a rendered document through, after trimming typst's caches as the build does.
fn trimmed<T>(rendered: T) -> T {
    fsn_pdf::trim_caches(CACHE_AGE);
    rendered
}

fn render(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let repository = Repository::open(&root).expect("the repository");
    let notice = repository
        .load(&root.join("notices/FSN2025-1682"))
        .expect("the notice loads");
    let typesetter = Typesetter::new();
    let document = notice.compose("it").expect("the notice composes");
    // Warm typst's caches and the lazily loaded fonts before measuring.
    fsn_pdf::pdf(&typesetter, &document).expect("the PDF renders");

    let mut group = c.benchmark_group("FSN2025-1682 it");
    group.sample_size(30);
    group.bench_function("compose", |b| b.iter(|| notice.compose("it").unwrap()));
    group.bench_function("pdf (same document)", |b| {
        b.iter(|| fsn_pdf::pdf(&typesetter, &document).unwrap())
    });
    // A different document each time, as in a real build of many notices: typst's caches
    // only help where the template's evaluation is the same.
    let languages = ["it", "de", "en"];
    let documents: Vec<_> = languages
        .iter()
        .map(|lang| notice.compose(lang).unwrap())
        .collect();
    let mut next = 0;
    group.bench_function("pdf (rotating it/de/en)", |b| {
        b.iter(|| {
            next = (next + 1) % documents.len();
            fsn_pdf::pdf(&typesetter, &documents[next]).unwrap()
        })
    });
    // A document typst has never seen, every time (its document number differs): what a build
    // of many notices pays per file once fonts and template are warm.
    let mut serial = 0_u64;
    group.bench_function("pdf (new document each time)", |b| {
        b.iter_batched(
            || {
                serial += 1;
                let mut fresh = document.clone();
                fresh.footer.document_number = format!("FSN-BENCH-{serial}");
                fresh
            },
            |fresh| trimmed(fsn_pdf::pdf(&typesetter, &fresh).unwrap()),
            criterion::BatchSize::SmallInput,
        )
    });
    // Baseline: typst alone compiling and exporting the very same document (template, fonts,
    // JSON data) in the same process, the data serialised beforehand. Against "fsn end to end"
    // this shows what composition and serialisation add.
    // The same PDF standard as fsn writes (PDF/A-2b, tagged), so the export does the same work.
    let options = typst_pdf::PdfOptions {
        standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2b]).unwrap(),
        ..typst_pdf::PdfOptions::default()
    };
    let mut baseline_serial = 0_u64;
    group.bench_function("typst alone (new document each time)", |b| {
        b.iter_batched(
            // Untimed: a document typst has not seen, already serialised.
            || {
                baseline_serial += 1;
                let mut fresh = document.clone();
                fresh.footer.document_number = format!("FSN-BASELINE-{baseline_serial}");
                serde_json::to_vec(&fresh).unwrap()
            },
            |json| {
                let typeset = fsn_pdf::typeset_data(&typesetter, json, "2025-01-16").unwrap();
                trimmed(typst_pdf::pdf(&typeset.document, &options).unwrap())
            },
            criterion::BatchSize::SmallInput,
        )
    });
    let mut serial = 0_u64;
    group.bench_function(
        "fsn end to end (compose + pdf, new document each time)",
        |b| {
            b.iter(|| {
                serial += 1;
                let mut fresh = notice.compose("it").unwrap();
                fresh.footer.document_number = format!("FSN-E2E-{serial}");
                trimmed(fsn_pdf::pdf(&typesetter, &fresh).unwrap())
            })
        },
    );
    group.bench_function("html", |b| b.iter(|| fsn_html::html(&document)));
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
