//! The ticker benchmark's article: a few paragraphs of wire-style news naming many companies,
//! in every form the detector knows, repeated to 10 KB. Shared by `benches/tickers.rs` and
//! `examples/profile.rs` (mode `tickers`).

const PARAGRAPHS: &str = "Apple Inc. (NASDAQ: AAPL) shares rose 3% after the iPhone maker beat \
estimates, while Microsoft's Azure cloud business grew 29%. JPMorgan rose 2% while Wells Fargo \
fell 6% as investors weighed the outlook for banks. Johnson & Johnson <JNJ.N> cut its full-year \
forecast, citing a stronger dollar; the company said its pharmaceutical sales held up. \
$TSLA and $NVDA led the Nasdaq higher. Amazon said AWS revenue grew 12%, and the retailer \
expects holiday demand to stay strong. Target cut its outlook and its shares fell 5% in \
premarket trading. Goldman Sachs and Morgan Stanley reported lower trading revenue, and \
analysts at Citi said the outlook for investment banking remained weak. Shell plc raised its \
dividend as oil prices climbed. Nvidia gained share while Intel lost ground to AMD in the \
data-centre market. Ford recalled 100,000 vehicles; GM shares were unchanged.\n\n";

pub fn article() -> String {
    let mut s = String::new();
    while s.len() < 10_000 {
        s.push_str(PARAGRAPHS);
    }
    s
}
