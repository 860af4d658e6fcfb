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

/// "text = kind value" for every figure.
fn brief(text: &str) -> Vec<String> {
    figs(text)
        .iter()
        .map(|f| format!("{} = {} {}", f.text, f.kind, f.value))
        .collect()
}

/// The one figure of `kind` in `text`.
fn one(text: &str, kind: &str) -> Figure {
    let f: Vec<_> = figs(text).into_iter().filter(|f| f.kind == kind).collect();
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

fn money(text: &str, written: &str, value: f64, iso: Option<&str>) {
    let f = one(text, "money");
    assert_eq!(
        (f.text.as_str(), f.value, f.currency),
        (written, value, iso),
        "{text}"
    );
}

#[test]
fn money_forms() {
    money(
        "revenue of $37.6 billion",
        "$37.6 billion",
        37.6e9,
        Some("USD"),
    );
    money("a €2.3bn deal", "€2.3bn", 2.3e9, Some("EUR"));
    money("a £40m fine", "£40m", 40e6, Some("GBP"));
    money("raised USD 5 million", "USD 5 million", 5e6, Some("USD"));
    money(
        "paid 1.2 trillion yen",
        "1.2 trillion yen",
        1.2e12,
        Some("JPY"),
    );
    money("raised Rs 500 crore", "Rs 500 crore", 5e9, Some("INR"));
    money("worth C$ 1.34", "C$ 1.34", 1.34, Some("CAD"));
    money(
        "worth c $ 16.4 million",
        "c $ 16.4 million",
        16.4e6,
        Some("CAD"),
    );
    money(
        "sold $ 75 million of bonds",
        "$ 75 million",
        75e6,
        Some("USD"),
    );
    money(
        "to hk $ 10.05 billion .",
        "hk $ 10.05 billion",
        10.05e9,
        Some("HKD"),
    );
    money("a A$5m grant", "A$5m", 5e6, Some("AUD"));
    money(
        "spent two hundred million dollars",
        "two hundred million dollars",
        2e8,
        Some("USD"),
    );
    money("down 34 cents", "34 cents", 0.34, Some("USD"));
    money("bid 470 pence a share", "470 pence", 4.7, Some("GBP"));
    money(
        "it cost thirteen dollars and forty-five cents",
        "thirteen dollars and forty-five cents",
        13.45,
        Some("USD"),
    );
    money(
        "125 million australian dollars of bonds",
        "125 million australian dollars",
        125e6,
        Some("AUD"),
    );
    money(
        "sold for 10,000 swiss francs",
        "10,000 swiss francs",
        1e4,
        Some("CHF"),
    );
    money("a one-yen bid", "one-yen", 1.0, Some("JPY"));
    money("a 30 MUSD loss", "30 MUSD", 30e6, Some("USD"));
    money("only 100元!", "100元", 100.0, Some("CNY"));
}

#[test]
fn per_share_and_ranges() {
    let f = one("EPS of $0.91 per share", "money");
    assert_eq!((f.per, f.metric), (Some("share"), Some("EPS")));
    assert_eq!(one("a $ 70 - a - share price", "money").per, Some("share"));
    let f = one("revenue of $12.5 billion to $13.5 billion", "money");
    assert_eq!((f.low, f.high, f.value), (Some(12.5e9), Some(13.5e9), 13e9));
    let f = one("capex of $5-6 billion", "money");
    assert_eq!((f.low, f.high), (Some(5e9), Some(6e9)));
    let f = one("growth of 3-6%", "percent");
    assert_eq!(
        (f.text.as_str(), f.low, f.high),
        ("3-6%", Some(3.0), Some(6.0))
    );
    let f = one("between 10 and 12 percent", "percent");
    assert_eq!((f.low, f.high), (Some(10.0), Some(12.0)));
    // "from 5% to 6%" is a move, not a range.
    assert_eq!(brief("rose from 5% to 6%").len(), 2);
}

#[test]
fn rates_counts_multiples() {
    assert_eq!(brief("up 28%"), ["28% = percent 28"]);
    assert_eq!(brief("up 21 percent"), ["21 percent = percent 21"]);
    assert_eq!(brief("up 21 per cent"), ["21 per cent = percent 21"]);
    assert_eq!(
        brief("minus five percent"),
        ["minus five percent = percent -5"]
    );
    assert_eq!(brief("a -2% margin"), ["-2% = percent -2"]);
    assert_eq!(
        brief("15 percentage points"),
        ["15 percentage points = percentagePoints 15"]
    );
    assert_eq!(brief("150 bps"), ["150 bps = basisPoints 150"]);
    assert_eq!(
        brief("240 basis points"),
        ["240 basis points = basisPoints 240"]
    );
    assert_eq!(
        brief("384,122 vehicles"),
        ["384,122 vehicles = count 384122"]
    );
    assert_eq!(brief("10.4 GWh"), ["10.4 GWh = count 10.4"]);
    assert_eq!(
        brief("two million subscribers"),
        ["two million subscribers = count 2000000"]
    );
    assert_eq!(
        one("1,200 employees", "count").unit.as_deref(),
        Some("employees")
    );
    assert_eq!(brief("a 2x return"), ["2x = multiple 2"]);
    assert_eq!(brief("at 4.5x sales"), ["4.5x = multiple 4.5"]);
    assert_eq!(brief("30 times earnings"), ["30 times = multiple 30"]);
}

#[test]
fn periods() {
    for (text, written, value) in [
        ("in Q1 2026 sales", "Q1 2026", 2026.0),
        ("for FY2025", "FY2025", 2025.0),
        ("in fiscal 2024", "fiscal 2024", 2024.0),
        ("in Q4 of fiscal 2024", "Q4 of fiscal 2024", 2024.0),
        ("in 1H25", "1H25", 2025.0),
        ("in the first half", "the first half", 0.0),
        ("in the third quarter", "the third quarter", 0.0),
        ("fourth - quarter sales", "fourth - quarter", 0.0),
        ("on a TTM basis", "TTM", 0.0),
        ("YTD", "YTD", 0.0),
        ("from a year earlier", "a year earlier", 0.0),
        ("in October 2008", "October 2008", 2008.0),
    ] {
        let f = one(text, "period");
        assert_eq!((f.text.as_str(), f.value), (written, value), "{text}");
    }
    let f = one("over the next 12-24 months", "period");
    assert_eq!(f.text, "over the next 12-24 months");
    assert_eq!(
        (f.low, f.high, f.unit.as_deref()),
        (Some(12.0), Some(24.0), Some("months"))
    );
    let f = one("3-6 months", "period");
    assert_eq!((f.low, f.high), (Some(3.0), Some(6.0)));
}

#[test]
fn no_false_figures() {
    for text in [
        "in 2024 the company grew",
        "In 2024, 2025 and 2026.",
        "at 10:30 a.m. on Monday",
        "call 555-123-4567 or +1 (212) 555 0100",
        "on the 15th of May, the 2nd time",
        "see section 4.2 and clause 12(b)",
        "3M and 7-Eleven; AAPL 2024 calls; $AAPL",
        "Boeing 737 MAX and Airbus A320",
        "I tried to call Bob 3 times already",
        "All 70 of us",
        "the 1990s",
        "a 10-year bond",
        "according to two people familiar with the matter",
        "in 2024 shares fell",
    ] {
        assert!(brief(text).is_empty(), "{text}: {:?}", brief(text));
    }
}

#[test]
fn linkage() {
    let f = figs("Revenue rose 28% year over year to $37.6 billion in Q1 2026.");
    let m = f.iter().find(|f| f.kind == "money").unwrap();
    assert_eq!(m.metric, Some("revenue"));
    assert_eq!(m.period.as_deref(), Some("Q1 2026"));
    assert_eq!(
        m.change,
        Some(Change {
            direction: "up",
            value: 28.0,
            unit: "percent",
            basis: Some("YoY".into())
        })
    );
    assert!(f.iter().any(|f| f.kind == "period" && f.text == "Q1 2026"));

    let f = figs("Gross margin slumped to 35.4% from 39.8%.");
    assert_eq!(f[0].metric, Some("gross margin"));
    assert_eq!((f[0].value, f[0].previous), (35.4, Some(39.8)));
    assert_eq!(f[0].change.as_ref().unwrap().direction, "down");

    let f = figs("Net income was $5.2 billion, up 12% from a year earlier.");
    assert_eq!(f[1].metric, Some("net income"));
    let c = f[0].change.as_ref().unwrap();
    assert_eq!(
        (c.direction, c.value, c.basis.as_deref()),
        ("up", 12.0, Some("YoY"))
    );

    let f = figs("The company posted $5 billion in revenue, down 3% sequentially.");
    assert_eq!(f[0].metric, Some("revenue"));
    assert_eq!(f[1].metric, Some("revenue"));
    assert_eq!(
        f[0].change.as_ref().unwrap().basis.as_deref(),
        Some("sequential")
    );

    let f = figs("Sales rose 10% to $5 billion from $4.5 billion.");
    let c = f[1].change.as_ref().unwrap();
    assert_eq!(
        (c.value, c.basis.as_deref()),
        (10.0, Some("from $4.5 billion"))
    );
    assert_eq!(f[1].previous, Some(4.5e9));

    let f = figs("Spending was down 0.6% to 309,381 yen from a year earlier.");
    let c = f[1].change.as_ref().unwrap();
    assert_eq!((c.direction, c.basis.as_deref()), ("down", Some("YoY")));

    let f = one("Shares of Apple closed at $187.50.", "price");
    assert_eq!(f.metric, Some("share price"));
}

#[test]
fn utf16_offsets_after_emoji_and_accents() {
    let text = "😀 Café résumé 日本: revenue rose 5% to €1.5bn 📈 in Q1 2026";
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let f = figs(text);
    assert_eq!(f.len(), 3);
    for x in &f {
        let slice = String::from_utf16(&utf16[x.start..x.end]).unwrap();
        assert_eq!(slice, x.text);
        if let (Some(s), Some(e)) = (x.period_start, x.period_end) {
            let slice = String::from_utf16(&utf16[s..e]).unwrap();
            assert_eq!(Some(slice), x.period.clone());
        }
    }
    assert_eq!(f[1].period.as_deref(), Some("Q1 2026"));
}

#[test]
fn sorted_and_serialised_in_camel_case() {
    let f = figs("Operating margin rose 2.5 percentage points to 21% in FY2025.");
    assert!(f.windows(2).all(|w| w[0].start <= w[1].start));
    let json = serde_json::to_string(&f).unwrap();
    assert!(json.contains("\"kind\":\"percentagePoints\""), "{json}");
    assert!(!json.contains("null"), "{json}");
    assert!(!json.contains("bytes"), "{json}");
}
