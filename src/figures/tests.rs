//! One-line "input -> expected" tests per kind, through shared helpers.

use super::*;

fn figs(text: &str) -> Vec<Figure> {
    let doc = Doc::new(text);
    let mut f = extract(&doc);
    let map = Utf16Map::new(text);
    for x in &mut f {
        x.to_utf16(&map);
    }
    f
}

/// "text|kind|value" for every figure.
fn brief(text: &str) -> Vec<String> {
    figs(text)
        .iter()
        .map(|f| format!("{}|{}|{}", f.text, f.kind, f.value))
        .collect()
}

#[test]
fn smoke() {
    assert_eq!(
        brief("Revenue rose 28% to $37.6 billion."),
        vec!["28%|percent|28", "$37.6 billion|money|37600000000"]
    );
}
