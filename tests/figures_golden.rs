//! Golden tests: articles written for fintone (`tests/golden/figures/*.txt`) with every
//! figure annotated beneath its line in a readable snapshot (`*.snap`).
//!
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test figures_golden`, then read the diff.

use fintone::{analyze, Figure, Options};
use std::fmt::Write;
use std::path::PathBuf;

fn describe(f: &Figure) -> String {
    let mut s = format!("{} {}", f.kind, f.value);
    if let Some(c) = f.currency {
        write!(s, " {c}").unwrap();
    }
    if let Some(p) = f.per {
        write!(s, " per {p}").unwrap();
    }
    if let Some(u) = &f.unit {
        write!(s, " unit={u}").unwrap();
    }
    if let (Some(l), Some(h)) = (f.low, f.high) {
        write!(s, " range={l}..{h}").unwrap();
    }
    if let Some(m) = &f.metric {
        write!(s, " metric={m:?}").unwrap();
    }
    if let Some(p) = &f.period {
        write!(s, " period={p:?}").unwrap();
    }
    if let Some(c) = &f.change {
        write!(s, " change={} {} {}", c.direction, c.value, c.unit).unwrap();
        if let Some(b) = &c.basis {
            write!(s, " ({b})").unwrap();
        }
    }
    if let Some(p) = f.previous {
        write!(s, " previous={p}").unwrap();
    }
    s
}

/// Each line of the article, then a caret line under each figure on it.
fn snapshot(text: &str) -> String {
    let figures = analyze(text, &Options::default()).unwrap().figures;
    let mut out = String::new();
    let mut line_start = 0usize; // UTF-16 offset of the line start
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let len16 = line.encode_utf16().count();
        out.push_str(body);
        out.push('\n');
        let utf16: Vec<u16> = body.encode_utf16().collect();
        for f in figures
            .iter()
            .filter(|f| f.start >= line_start && f.start < line_start + len16)
        {
            // Columns in chars, so the carets sit under the text in an editor.
            let col = String::from_utf16_lossy(&utf16[..f.start - line_start])
                .chars()
                .count();
            let width = f.text.chars().count().max(1);
            writeln!(
                out,
                "{}{} {}",
                " ".repeat(col),
                "^".repeat(width),
                describe(f)
            )
            .unwrap();
        }
        line_start += len16;
    }
    out
}

#[test]
fn golden_articles() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/figures");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut articles: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty());
    for path in articles {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = snapshot(&text);
        let snap = path.with_extension("snap");
        if update {
            std::fs::write(&snap, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&snap)
            .unwrap_or_else(|_| panic!("{}: run UPDATE_GOLDEN=1", snap.display()));
        if got != want {
            for (g, w) in got.lines().zip(want.lines()) {
                if g != w {
                    eprintln!("- {w}\n+ {g}");
                }
            }
            panic!("{} differs (UPDATE_GOLDEN=1 to accept)", snap.display());
        }
    }
}
