//! A seeded financial-news corpus generated from templates written by the fintone authors:
//! byte-identical on every run, so benchmark figures compare across commits.

const COMPANIES: &[&str] = &[
    "Acme Robotics",
    "Globex",
    "Initech",
    "Umbrella Pharma",
    "Stark Industries",
    "Wayne Enterprises",
    "Apple",
    "Microsoft",
    "Amazon",
    "JPMorgan",
    "Wells Fargo",
    "Nvidia",
    "Intel",
    "Tesla",
];
const METRICS: &[&str] = &[
    "revenue",
    "net income",
    "operating margin",
    "free cash flow",
    "costs",
    "net losses",
    "deliveries",
    "subscribers",
    "debt",
    "bookings",
    "gross margin",
    "churn",
];
const MOVES: &[&str] = &[
    "rose", "fell", "jumped", "narrowed", "widened", "slipped", "climbed", "declined",
];
const TEMPLATES: &[&str] = &[
    "{C} said {M} {V} {P}% year over year to ${N} billion in the third quarter.",
    "Shares of {C} {V} {P}% in early trading after the company beat analysts' estimates.",
    "{C} cut its full-year guidance, citing weaker demand and higher costs.",
    "Despite higher input costs, {C} reported that {M} {V} {P}% from a year earlier.",
    "Analysts at a large bank upgraded {C} to buy, with a price target of ${N}.",
    "{C} did not meet expectations, and {M} {V} sharply, but the outlook improved.",
    "The board of {C} declared a quarterly dividend of $0.{P} per share.",
    "{C} ({X}: {T}) expects {M} to grow between {P}% and {Q}% in fiscal 2026.",
    "While {C} rallied, rivals fell after a profit warning; the index ended flat.",
    "Regulators fined {C} ${N} million over the breach, and the stock slumped.",
];

/// A small deterministic generator (xorshift64*), so the corpus needs no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next_u64() % xs.len() as u64) as usize]
    }
}

/// One article of about `bytes` bytes: a headline and paragraphs of sentences.
pub fn article(rng: &mut Rng, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 200);
    let c = rng.pick(COMPANIES);
    out.push_str(&format!(
        "{c} shares {} after quarterly results\n\n",
        rng.pick(MOVES)
    ));
    let mut n = 0;
    while out.len() < bytes {
        let t = rng.pick(TEMPLATES);
        let symbol: String = rng
            .pick(COMPANIES)
            .chars()
            .filter(|c| c.is_ascii_uppercase())
            .collect();
        let s = t
            .replace("{C}", rng.pick(COMPANIES))
            .replace("{M}", rng.pick(METRICS))
            .replace("{V}", rng.pick(MOVES))
            .replace("{P}", &(rng.next_u64() % 40 + 1).to_string())
            .replace("{Q}", &(rng.next_u64() % 40 + 41).to_string())
            .replace(
                "{N}",
                &format!("{}.{}", rng.next_u64() % 90 + 1, rng.next_u64() % 10),
            )
            .replace("{X}", rng.pick(&["NASDAQ", "NYSE"]))
            .replace("{T}", &format!("{symbol}X"));
        out.push_str(&s);
        n += 1;
        out.push_str(if n % 4 == 0 { "\n\n" } else { " " });
    }
    out
}

/// A corpus of articles of 2-6 KB adding up to about `bytes`.
pub fn corpus(seed: u64, bytes: usize) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let mut total = 0;
    while total < bytes {
        let size = 2000 + (rng.next_u64() % 4000) as usize;
        let a = article(&mut rng, size);
        total += a.len();
        out.push(a);
    }
    out
}
