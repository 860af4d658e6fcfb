//! Aggregation: sentence scores, the document score, and the score toward one entity.

use super::params::{
    ALPHA, ENTITY_CARRYOVER, HEADLINE_WEIGHT, LEAD_WEIGHT, NEUTRAL_SENTENCE_WEIGHT, PUBLIC_BODY,
};
use super::rules::direction::{ENTERS as INDEX_ENTERS, INDEX_WORDS, LEAVES as INDEX_LEAVES};
use super::{ScoredPhrase, SentenceScore, SentimentResult};
use crate::sort;
use crate::span::Span;
use crate::text::words::{
    is_in, strip_possessive, WordList, WordSet, Words, LEGAL_SUFFIXES, MONTHS, WEEKDAYS,
};
use crate::text::{phrase_pattern, Doc, TokenKind};
use std::borrow::Cow;

/// Maps a raw sum of contributions to [-1, 1]: `x / sqrt(x^2 + ALPHA)`.
pub fn normalise(x: f64) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    (x / (x * x + ALPHA).sqrt()).clamp(-1.0, 1.0)
}

/// The weight of the `n`-th counted sentence: the headline or lead weighs more.
pub(crate) fn position_weight(n: usize) -> f64 {
    match n {
        0 => HEADLINE_WEIGHT,
        1 => LEAD_WEIGHT,
        _ => 1.0,
    }
}

/// The document score: the weighted mean of sentence scores. It is bounded by the strongest
/// sentence, so it does not grow with length, and neutral sentences weigh
/// [`NEUTRAL_SENTENCE_WEIGHT`], so it does not vanish in a long factual text either.
pub(crate) fn document(sentences: &[SentenceScore]) -> f64 {
    let (sum, weight) = document_sums(sentences, (0.0, 0.0));
    weighted_mean(sum, weight)
}

/// The weighted sum and the total weight of the document score, `(sum, weight)` going on
/// from those of the text before `sentences` (`(0, 0)` for a whole text; a
/// [`crate::Stream`] carries them from part to part, adding in the same order).
pub(crate) fn document_sums(sentences: &[SentenceScore], (sum, weight): (f64, f64)) -> (f64, f64) {
    sentences.iter().fold((sum, weight), |(s, w), x| {
        (s + x.weight * x.score, w + x.weight)
    })
}

/// `sum / weight` in [-1, 1], or 0 when nothing weighs: the document's and an entity's score.
pub(crate) fn weighted_mean(sum: f64, weight: f64) -> f64 {
    if weight > 0.0 {
        (sum / weight).clamp(-1.0, 1.0)
    } else {
        0.0
    }
}

/// What every entity's score reads of one document, computed once per document so that
/// scoring many companies in one article costs the document once plus each company's own
/// sentences, not the document once per company.
#[derive(Debug, Clone, Default)]
pub struct EntityContext {
    /// Per sentence, its phrases (indices into [`SentimentResult::phrases`]).
    sentence_phrases: Vec<std::ops::Range<usize>>,
    /// Per sentence, its clauses (indices into [`SentimentResult::clauses`]).
    sentence_clauses: Vec<std::ops::Range<usize>>,
    /// Per sentence, the last token of its first phrase's anchor.
    first_anchor: Vec<Option<usize>>,
    /// Per clause, whether it holds a phrase.
    clause_has_phrase: Vec<bool>,
    /// Per sentence, the raw sum it carries over to an entity named earlier when it names
    /// no entity itself ([`ENTITY_CARRYOVER`] x each phrase's score, summed in text
    /// order); `None` when it holds no phrase.
    carried: Vec<Option<f64>>,
    /// Per token, its clause ([`NO_CLAUSE`] for none): the rules ask for the clause of
    /// every mention, and a binary search over the clauses each time was a third of the
    /// ticker stage's entity scoring (perf, ticker bench).
    clause_at: Vec<u32>,
    /// Per token, which part of [`is_cited`] it may let answer yes ([`CUE_NOUN`],
    /// [`CUE_BEFORE`], [`CUE_REPORT`]; 0 for most): [`is_cited`] is asked of every mention
    /// of every company, and is only worth asking near one of them.
    cues: Vec<u8>,
    /// Per sentence, the kinds of cue its tokens hold (0 for most: then no name in it is
    /// asked about).
    sentence_cues: Vec<u8>,
    /// Buffers [`score_entity_in`] reuses from one entity to the next: allocating and
    /// zeroing them per company was a fifth of ticker detection's allocations (callgrind).
    scratch: std::cell::RefCell<EntityScratch>,
}

/// The per-entity vectors of [`score_entity_in`] (see [`EntityContext::scratch`]).
#[derive(Debug, Clone, Default)]
struct EntityScratch {
    mine_bits: Vec<u64>,
    mention_clause: Vec<bool>,
    clause_speaks: Vec<Option<usize>>,
    clause_weight: Vec<f64>,
    acts_on_others: Vec<bool>,
    per_sentence: Vec<(usize, f64, f64)>,
}

/// `v` cleared and filled with `n` copies of `x`, keeping its allocation.
fn refill<T: Clone>(mut v: Vec<T>, n: usize, x: T) -> Vec<T> {
    v.clear();
    v.resize(n, x);
    v
}

/// The lists whose words [`is_cited`] needs near a name before it can answer yes (nouns of
/// published figures, participles of gathering, verbs of speech and reporting verbs, and
/// "according"), and the nouns of a holding that [`held_by_another`] needs: the cue words.
const CITATION_CUES: [&[&str]; 6] = [
    SOURCE_NOUNS.words,
    GATHERED.words,
    SPEECH.words,
    REPORTING.words,
    HOLDINGS.words,
    &["according"],
];

/// A cue for a noun of published figures right after the name ("Refinitiv data").
const CUE_NOUN: u8 = 1;
/// A cue for a citation before the name ("polled by", "according to", "said").
const CUE_BEFORE: u8 = 2;
/// A cue for a reporting verb after the name ("AAII reported that").
const CUE_REPORT: u8 = 4;
/// A cue for a holding ("positions in", [`held_by_another`]).
const CUE_HOLD: u8 = 8;

/// The cue words' [`crate::text::word_hash`]es with their kinds, sorted, and one bit per
/// hash's low 16 bits: one bit test per word of the stream turns away all but the cues.
type CueTable = (Box<[u64; 1024]>, Vec<(u32, u8)>);
static CUE_TABLE: std::sync::OnceLock<CueTable> = std::sync::OnceLock::new();

/// Per token of `doc`, its kinds of cue (see [`EntityContext::cues`]): one pass over the
/// word stream's hashes (lower-cased words), without reading the text. A word whose 32-bit
/// hash equals a cue's is taken for it: [`is_cited`] compares the text before it answers.
fn citation_cues(doc: &Doc) -> Vec<u8> {
    let (bits, kinds) = CUE_TABLE.get_or_init(|| {
        let mut bits = Box::new([0u64; 1024]);
        let mut kinds: Vec<(u32, u8)> = Vec::new();
        for w in CITATION_CUES.concat() {
            let noun = is_in(w, SOURCE_NOUNS);
            let before = noun || is_in(w, GATHERED) || is_in(w, SPEECH) || w == "according";
            let flag = |on: bool, kind: u8| if on { kind } else { 0 };
            let kind = flag(noun, CUE_NOUN)
                | flag(before, CUE_BEFORE)
                | flag(is_in(w, REPORTING), CUE_REPORT)
                | flag(is_in(w, HOLDINGS), CUE_HOLD);
            kinds.push((crate::text::word_hash(w.as_bytes()), kind));
        }
        // A word in two lists ("said": speech and reporting) comes twice, as two equal
        // entries with the kinds of every list: the search finds either.
        sort::by_key(&mut kinds, |&(h, kind)| {
            sort::key2(h as usize, kind as usize)
        });
        for &(h, _) in &kinds {
            let h = h as usize & 0xffff;
            bits[h >> 6] |= 1 << (h & 63);
        }
        (bits, kinds)
    });
    let stream = &doc.stream;
    let mut out = vec![0u8; doc.tokens.len()];
    for (k, &hash) in stream.hashes().iter().enumerate() {
        let h = hash as usize & 0xffff;
        if bits[h >> 6] & (1 << (h & 63)) != 0 {
            if let Ok(i) = kinds.binary_search_by_key(&hash, |&(h, _)| h) {
                out[stream.token_index(k)] = kinds[i].1;
            }
        }
    }
    out
}

/// [`EntityContext::clause_at`] for a token outside every clause.
const NO_CLAUSE: u32 = u32::MAX;

impl EntityContext {
    /// Reads `res` (whose phrases and clauses are in sentence order, as
    /// [`super::run`] leaves them).
    pub fn new(doc: &Doc, res: &SentimentResult) -> Self {
        let n = doc.sentences.len();
        let mut ctx = EntityContext {
            sentence_phrases: vec![0..0; n],
            sentence_clauses: vec![0..0; n],
            first_anchor: vec![None; n],
            clause_has_phrase: vec![false; res.clauses.len()],
            carried: vec![None; n],
            clause_at: vec![NO_CLAUSE; doc.tokens.len()],
            cues: citation_cues(doc),
            sentence_cues: Vec::new(),
            scratch: Default::default(),
        };
        ctx.sentence_cues = doc
            .sentences
            .iter()
            .map(|s| ctx.cues[s.tokens.clone()].iter().fold(0, |a, &c| a | c))
            .collect();
        let mut i = 0;
        for run in res.phrases.chunk_by(|a, b| a.sentence == b.sentence) {
            let s = run[0].sentence;
            debug_assert!(ctx.sentence_phrases[s].is_empty(), "phrases out of order");
            ctx.sentence_phrases[s] = i..i + run.len();
            i += run.len();
            ctx.first_anchor[s] = Some(run[0].anchor.1);
            // Summed in text order, as the per-entity sums are.
            let mut raw = ENTITY_CARRYOVER * run[0].score;
            for p in &run[1..] {
                raw += ENTITY_CARRYOVER * p.score;
            }
            ctx.carried[s] = Some(raw);
            for p in run {
                ctx.clause_has_phrase[p.clause] = true;
            }
        }
        let mut c = 0;
        for run in res.clauses.chunk_by(|a, b| a.sentence == b.sentence) {
            let s = run[0].sentence;
            debug_assert!(ctx.sentence_clauses[s].is_empty(), "clauses out of order");
            ctx.sentence_clauses[s] = c..c + run.len();
            c += run.len();
        }
        // Offsets are 32-bit (inputs stay below 4 GiB), so clause numbers fit.
        for (k, clause) in res.clauses.iter().enumerate() {
            ctx.clause_at[clause.tokens.clone()].fill(k as u32);
        }
        ctx
    }

    /// Whether a token in `from..=to` is a cue of `kind` ([`EntityContext::cues`]).
    fn cue_within(&self, from: usize, to: usize, kind: u8) -> bool {
        let to = to.min(self.cues.len().saturating_sub(1));
        from <= to && self.cues[from..=to].iter().any(|&c| c & kind != 0)
    }

    /// The clause holding token `t`, if any: [`SentimentResult::clause_of`] in one look-up.
    pub fn clause_of(&self, t: usize) -> Option<usize> {
        self.clause_at
            .get(t)
            .filter(|&&k| k != NO_CLAUSE)
            .map(|&k| k as usize)
    }
}

/// The phrases that speak about one entity, and the score they make.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityScore {
    /// Score in [-1, 1].
    pub score: f64,
    /// `(phrase index, weight)` for every phrase counted toward the entity.
    pub phrases: Vec<(usize, f64)>,
    /// The weighted sum and the total weight whose quotient (clamped) is `score`: what
    /// [`crate::Stream`] adds up over the parts of a long text.
    pub sum: f64,
    /// See `sum`; 0 when nothing speaks about the entity.
    pub weight: f64,
}

/// A sentence that names the entity being scored.
struct Named<'m> {
    sentence: usize,
    /// Its mentions (inclusive token ranges, in order; never empty).
    mentions: &'m [(usize, usize)],
}

impl Named<'_> {
    /// First token of its first mention.
    fn first(&self) -> usize {
        self.mentions[0].0
    }

    /// Last token of its mentions.
    fn last(&self) -> usize {
        self.mentions.iter().map(|m| m.1).fold(0, usize::max)
    }
}

/// What the caller knows of the other entities of the text, for [`score_entity_in`].
#[derive(Debug, Clone, Copy)]
pub enum Others<'a> {
    /// Nothing: a capitalised word that is not a known word stands for another entity.
    Unknown,
    /// Their mentions, as inclusive token ranges (in text order is quickest).
    Mentions(&'a [(usize, usize)]),
    /// For every clause, whether it holds another entity's mention (the tickers stage
    /// works this out for all its companies at once).
    Clauses(&'a [bool]),
}

/// For every clause, whether it speaks about someone else: it holds another entity's
/// mention or, when the caller knows no other entities, a capitalised word that is not a
/// known word. One pass over the clauses and mentions, so long texts stay linear.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn clauses_naming_others<'a>(
    doc: &Doc,
    res: &SentimentResult,
    in_mine: &dyn Fn(usize) -> bool,
    others: Others<'a>,
) -> Cow<'a, [bool]> {
    let others = match others {
        Others::Clauses(flags) => return Cow::Borrowed(flags),
        Others::Mentions(m) => Some(m),
        Others::Unknown => None,
    };
    let mut out = vec![false; res.clauses.len()];
    if let Some(others) = others {
        // Others come in text order from the tickers stage, about as dense as the clauses
        // in a news article: a walk along the clauses finds each one's clause (a binary
        // search again whenever the order goes back). Measured cheaper than a binary or a
        // galloping search per mention.
        let mut c = 0;
        let mut prev = 0;
        for o in others {
            if o.0 < prev {
                c = res.clauses.partition_point(|x| x.tokens.end <= o.0);
            }
            prev = o.0;
            while c < res.clauses.len() && res.clauses[c].tokens.end <= o.0 {
                c += 1;
            }
            if c < res.clauses.len() && res.clauses[c].tokens.contains(&o.0) {
                out[c] = true;
            }
        }
        return Cow::Owned(out);
    }
    let in_lexicon = |t: usize| {
        let i = res.hits.partition_point(|h| h.last < t);
        res.hits.get(i).is_some_and(|h| h.first <= t)
    };
    // A capitalised lexicon word that carries no phrase of its own, inside a sentence-case
    // line, is a market or an index that is someone else's subject ("Infosys slips 2%;
    // Sensex rallies"); in a title-case line every word is capitalised. Not at the start of
    // a sentence, where "Revenue" is capitalised too.
    let mut anchors: Vec<(usize, usize)> = res.phrases.iter().map(|p| p.anchor).collect();
    sort::by_key(&mut anchors, |&(a, b)| sort::key2(a, b));
    let anchored = |t: usize| {
        let i = anchors.partition_point(|a| a.1 < t);
        anchors.get(i).is_some_and(|a| a.0 <= t)
    };
    let title_case: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| {
            let (mut long, mut capital) = (0, 0);
            for t in s.tokens.clone().skip(1) {
                let word = doc.tok(t);
                if doc.tokens[t].kind == TokenKind::Word && word.len() >= 4 {
                    long += 1;
                    capital += usize::from(word.chars().next().is_some_and(char::is_uppercase));
                }
            }
            2 * capital > long
        })
        .collect();
    for (k, clause) in res.clauses.iter().enumerate() {
        let sentence_start = doc.sentences[clause.sentence].tokens.start;
        // A currency or a commodity that opens the clause is its subject, capitalised or
        // not ("Asian currencies firm; ringgit falls", "Gold edges lower, flat dollar limits
        // downside"): the clause speaks of it.
        if opens_with_asset(doc, res, k, in_mine) {
            out[k] = true;
            continue;
        }
        out[k] = clause.tokens.clone().any(|t| {
            let tok = doc.tokens[t];
            if tok.kind != TokenKind::Word || in_mine(t) {
                return false;
            }
            let word = doc.tok(t);
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let market = t != sentence_start && !title_case[clause.sentence] && !anchored(t);
            capital
                && (!in_lexicon(t) || market || is_in(word, MARKET_INDICES))
                && !is_common_capitalised(word)
                && (t != sentence_start || !is_function_word(word))
        });
    }
    Cow::Owned(out)
}

/// Currencies and commodities: a clause that opens with one speaks of it
/// ([`clauses_naming_others`]).
const ASSETS: WordList = WordList::new(&[
    "rupee",
    "dollar",
    "greenback",
    "euro",
    "yen",
    "yuan",
    "renminbi",
    "won",
    "ringgit",
    "pound",
    "sterling",
    "franc",
    "rouble",
    "ruble",
    "peso",
    "lira",
    "rand",
    "baht",
    "rupiah",
    "loonie",
    "aussie",
    "gold",
    "silver",
    "copper",
    "crude",
    "oil",
    "brent",
    "nickel",
    "zinc",
    "aluminium",
    "aluminum",
    "platinum",
    "palladium",
    "wheat",
    "sugar",
    "cotton",
    "soybean",
    "soybeans",
    "soyabean",
    "corn",
    "rubber",
    "coffee",
    "cocoa",
    "bonds",
    "treasuries",
    "gilts",
]);

/// True when one of the first two words of clause `k` is one of [`ASSETS`] and not the
/// entity's own mention.
fn opens_with_asset(
    doc: &Doc,
    res: &SentimentResult,
    k: usize,
    in_mine: &dyn Fn(usize) -> bool,
) -> bool {
    res.clauses[k]
        .tokens
        .clone()
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .take(2)
        .any(|t| !in_mine(t) && is_in(doc.tok(t), ASSETS))
}

/// Market indices, which the lexicon reads as metrics ("Sensex slips"): a capitalised one is
/// always another subject than the entity, even where it opens the sentence ("Sensex slips
/// 200 points, Nifty tests 6,250"), where a capitalised metric may be a plain noun
/// ("Revenue rose").
const MARKET_INDICES: WordList = WordList::new(&[
    "sensex", "nifty", "dow", "nasdaq", "nikkei", "ftse", "dax", "cac", "kospi", "topix", "stoxx",
]);

/// Verbs whose subject acts on someone else: a broker that upgrades, a fund that buys or
/// sells a stake, a regulator that fines. In "Gati surges as Macquarie buys stake", the
/// clause is Gati's news, not Macquarie's. Verbs a company also uses about itself are left
/// out ("said", "sees", "expects", "maintains", "keeps": "Harbor Bank said income rose" is
/// the bank's own news), and so are "raises", "cuts" and "trims" ("X raises guidance").
const AGENT_VERBS: WordList = WordList::new(&[
    "buys",
    "bought",
    "sells",
    "sold",
    "acquires",
    "upgrades",
    "upgrade",
    "downgrades",
    "downgrade",
    "recommends",
    "initiates",
    "reiterates",
    "affirms",
    "prefers",
    "picks",
    "imposes",
    "fines",
    "probes",
    "bans",
    "penalises",
    "penalizes",
    "raids",
    "sues",
    // Regulators and courts acting on someone else ("Sebi slaps fine on Falcon", "SAT
    // upholds Sebi order against Sicom", "Sebi asks Moneyworld to stop…").
    "slaps",
    "approves",
    "upholds",
    "allows",
    "orders",
    "directs",
    "asks",
    "tells",
    "urges",
    "cautions",
    "rescinds",
    // Exchanges and rating agencies moving someone else ("NSE, BSE to exclude United Spirits
    // from F&O", "BSE to shift Kingfisher to restricted group", "ICRA places SMILE on watch").
    "exclude",
    "excludes",
    "shift",
    "shifts",
    "places",
    // Not verbs, but the same: the name before what a regulator or an exchange gives is the
    // approver ("Wipro gets BSE, NSE approval", "secures NSE & BSE nod").
    "nod",
    "approval",
    "approvals",
    "clearance",
    "permission",
    "go-ahead",
]);
/// Words between a subject and its verb that put the verb off ("to", "likely to", "in talks
/// to", "plans to"), skipped to find whether the subject acts on someone else.
const DEFERRING: WordList = WordList::new(&[
    "to", "likely", "may", "might", "will", "would", "could", "can", "set", "plans", "plan", "in",
    "talks", "seeks", "seen", "looks", "looking", "wants", "agrees", "mulls", "eyes", "is", "are",
    "not",
]);

/// Verbs by which the subject of a headline speaks of someone or something else: "Barclays
/// expects gold prices to struggle", "Nomura says to cut back on Reliance Power". In prose
/// a company says and expects things about itself ("Harbor Bank said income rose"); in a
/// headline, on SEntFiN's fit split, the subject of "expects", "says" or "maintains" is
/// labelled neutral 30 times in 33. Not "sees", which is as often "goes through" ("sees
/// robust demand", "sees 5% fall in profit").
const SPEAKS: WordList = WordList::new(&[
    "expects",
    "says",
    "thinks",
    "predicts",
    "forecasts",
    "estimates",
    "maintains",
]);

/// Verbs of a purchase, whose subject's own stock moves on it.
const PURCHASES: WordList =
    WordList::new(&["buy", "buys", "bought", "acquire", "acquires", "acquired"]);

/// Base forms of [`AGENT_VERBS`]: an agent's verb after a list of names or "to", a noun
/// after a single name ("Pininfarina buy").
/// Not "sell": a company plans to sell its own assets ("Unitech to sell lands; stock up").
const BASE_AGENT_VERBS: WordList = WordList::new(&["buy", "acquire", "pick"]);

/// [`DEFERRING`] hashed: looked up per mention of every company.
static DEFERRING_SET: WordSet = WordSet::new(DEFERRING.words);

/// [`AGENT_VERBS`] hashed: looked up per mention of every company.
static AGENT_VERB_SET: WordSet = WordSet::new(AGENT_VERBS.words);

/// Verbs that keep a rating, which makes their subject a broker when a rating follows
/// ("CLSA maintains 'buy' on Shree Cement", "Nomura retains its 'Hold' rating on ONGC").
const RATING_VERBS: WordList = WordList::new(&[
    "starts",
    "started",
    "maintains",
    "maintained",
    "retains",
    "retained",
    "keeps",
    "kept",
    "reiterated",
    "rates",
    "assigns",
]);

/// Ratings a broker gives.
const RATINGS: WordList = WordList::new(&[
    "buy",
    "sell",
    "hold",
    "overweight",
    "underweight",
    "outperform",
    "underperform",
    "neutral",
    "accumulate",
    "reduce",
]);

/// Verbs that move a rating, with "to" and the rating after them.
const RATING_MOVES: WordList = WordList::new(&[
    "cut", "cuts", "raise", "raises", "raised", "lifts", "lifted", "lower", "lowers", "lowered",
    "moves", "moved", "takes", "took",
]);

/// A view held about someone else: "Citi bullish on metals", "Barclays overweight on HCL
/// Tech", "Citi stays neutral on Tech Mahindra".
const VIEWS: WordList = WordList::new(&[
    "bullish",
    "bearish",
    "positive",
    "negative",
    "optimistic",
    "pessimistic",
    "cautious",
    "upbeat",
    "overweight",
    "underweight",
    "neutral",
    "constructive",
    "hopeful",
]);

/// Verbs by which a broker or an analyst states a call ([`OUTLOOK_NOUNS`] "in" someone).
const FORECAST_VERBS: WordList =
    WordList::new(&["sees", "see", "finds", "find", "spots", "expects"]);

/// What a forecaster sees in someone else.
const OUTLOOK_NOUNS: WordList = WordList::new(&["upside", "downside", "value", "potential"]);

/// Verbs that move a holding in someone else: "Moodys ups stake", "ICICI Bank trims stake".
const STAKE_VERBS: WordList = WordList::new(&[
    "ups",
    "raises",
    "hikes",
    "increases",
    "lifts",
    "cuts",
    "trims",
    "reduces",
    "pares",
    "offloads",
    "divests",
    "sells",
    "buys",
    "acquires",
    "up",
    "raise",
    "hike",
    "increase",
    "cut",
    "trim",
    "reduce",
    "pare",
    "offload",
    "divest",
    "buy",
    "acquire",
    "pick",
    "picks",
    "take",
    "takes",
    "buyback",
    "buy-back",
]);

/// True when the word at `t` (right after an entity's mention) makes the entity act on
/// someone else: an [`AGENT_VERBS`] verb, a rating kept ([`RATING_VERBS`] then one of
/// [`RATINGS`] within three words), a view "on" or "about" someone ([`VIEWS`], after an
/// optional "is", "stays"…), or a stake moved ([`STAKE_VERBS`] then "stake" within four
/// words).
fn acts_on_another(doc: &Doc, t: usize, end: usize) -> bool {
    let w = doc.tok(t);
    let within = |n: usize, words: &[&str]| within(doc, t, end, n, words);
    if AGENT_VERB_SET.contains(w) {
        return true;
    }

    // A forecast or a word about someone named right after: "Deutsche Bank sees Sensex
    // 20% up", "HSBC says Kaveri, PI Industries top picks".
    if is_in(w, &["sees", "says", "expects", "predicts"])
        && t + 1 < end
        && doc.tokens[t + 1].kind == TokenKind::Word
        && doc
            .tok(t + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && !is_common_capitalised(doc.tok(t + 1))
        && !is_function_word(doc.tok(t + 1))
    {
        return true;
    }
    if rates_another(doc, t, end) || moves_a_forecast_of_another(doc, t, end) {
        return true;
    }
    if is_in(w, STAKE_VERBS) && within(4, &["stake", "stakes"]) {
        return true;
    }
    // An index provider moving a stock: "MSCI adds Aurobindo Pharma to India index" (not a
    // stock moving itself: "Vedanta exits Sensex").
    if (is_in(w, INDEX_ENTERS) || is_in(w, INDEX_LEAVES))
        && t + 1 < end
        && doc
            .tok(t + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && !is_in(doc.tok(t + 1), INDEX_WORDS)
        && within(7, INDEX_WORDS.words)
    {
        return true;
    }
    // A forecaster's call on someone else: "BofA-ML sees 20% upside in Maruti Suzuki",
    // "Jefferies finds value in metals". The upside belongs to what follows "in".
    if is_in(w, FORECAST_VERBS) && within(5, &OUTLOOK_NOUNS) && within(7, &["in"]) {
        return true;
    }
    let v = if is_in(w, &["is", "are", "turns", "turned", "remains", "stays"]) {
        t + 1
    } else {
        t
    };
    if v + 1 < end && is_in(doc.tok(v), VIEWS) && is_in(doc.tok(v + 1), &["on", "about"]) {
        return true;
    }
    // A rating or a call "on" someone, past its closing quote: "Barclays 'Underweight' on
    // Voltas", "UBS rating on Indiabulls Real Estate rises".
    let mut on = t + 1;
    while on < end && is_quote(doc.tok(on)) {
        on += 1;
    }
    on < end
        && (is_in(w, RATINGS) || is_in(w, &["rating", "ratings", "call", "calls", "stance"]))
        && crate::text::eq_lower(doc.tok(on), "on")
}

/// Verbs that set or move a price target or a forecast.
const FORECAST_MOVES: WordList = WordList::new(&[
    "cut",
    "cuts",
    "trims",
    "trim",
    "slashes",
    "lowers",
    "lower",
    "raises",
    "raise",
    "hikes",
    "lifts",
    "ups",
    "revises",
    "sets",
    "maintains",
    "retains",
]);

/// What a forecaster's [`FORECAST_MOVES`] verb moves.
const FORECASTS: WordList = WordList::new(&[
    "target",
    "targets",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
]);

/// True when the word at `t` moves a price target or someone else's forecast: "JPMorgan cuts
/// target price on Jet Airways", "Macquarie lowers 2015 gold price forecasts", "Credit Suisse
/// trims Nifty earnings estimates". A company's own forecast ("Infosys cuts revenue
/// forecast") names neither a price nor anyone else.
fn moves_a_forecast_of_another(doc: &Doc, t: usize, end: usize) -> bool {
    if !is_in(doc.tok(t), FORECAST_MOVES) {
        return false;
    }
    let upto = (t + 6).min(end);
    let price_call = (t + 1..upto.saturating_sub(1)).any(|k| {
        let (a, b) = (doc.tok(k), doc.tok(k + 1));
        (is_in(a, &["target", "targets"]) && is_in(b, &["price", "prices"]))
            || (is_in(a, &["price", "prices"]) && is_in(b, FORECASTS))
    });
    let next = doc.tok((t + 1).min(end - 1));
    let named = t + 1 < end
        && doc.tokens[t + 1].kind == TokenKind::Word
        && next.chars().next().is_some_and(char::is_uppercase)
        && !next.chars().any(|c| c.is_ascii_digit())
        && !is_common_capitalised(next)
        && !is_function_word(next)
        && within(doc, t + 1, end, 3, FORECASTS);
    price_call || named
}

/// People who speak for a broker or a bank about someone else.
const ANALYSTS: WordList = WordList::new(&[
    "analyst",
    "analysts",
    "strategist",
    "strategists",
    "economist",
    "economists",
]);

/// Verbs by which a stock joins or leaves an index, before "to", "from", "into" or "in" and
/// the index's name. Not "exit" or "join": investors exit stocks and people
/// join companies, news about the object.
const INDEX_MOVES: WordList = WordList::new(&[
    "added",
    "add",
    "adds",
    "deleted",
    "removed",
    "dropped",
    "included",
    "include",
    "inclusion",
    "excluded",
    "exclusion",
]);

/// Calls and deals whose agent follows "by" ("downgraded by UBS", "buyout by Walt Disney").
const PASSIVE_CALLS: WordList = WordList::new(&[
    "downgraded",
    "upgraded",
    "downgrade",
    "upgrade",
    "downgrades",
    "upgrades",
    "rated",
    "buyout",
    "acquisition",
    "takeover",
    "acquired",
    "bought",
    "fined",
    "penalised",
    "penalized",
    "sued",
    "probed",
    "raided",
    "banned",
]);

/// Words after which a name is the counterpart, not the subject, of its clause's news.
const COUNTERPART: WordList = WordList::new(&["with", "vs", "vs.", "versus", "against"]);

/// What a company wins from a customer or a payer, before "from" and the counterpart's
/// name.
const DEAL_NOUNS: WordList = WordList::new(&[
    "order",
    "orders",
    "contract",
    "contracts",
    "deal",
    "deals",
    "mandate",
    "mandates",
    "payment",
    "payments",
    "win",
    "business",
    "funding",
    "investment",
    "loan",
]);

/// Words after which a name is what the subject is compared with ("better than Bata",
/// "outshines Sensex", "to underperform Nifty").
const COMPARED: WordList = WordList::new(&[
    "than",
    "outperform",
    "outperforms",
    "outperformed",
    "outperforming",
    "outshine",
    "outshines",
    "outshone",
    "outdo",
    "outdoes",
    "outclass",
    "outclasses",
    "outpace",
    "outpaces",
    "outpaced",
    "beat",
    "beats",
    "underperform",
    "underperforms",
    "underperformed",
    "lag",
    "lags",
    "lagged",
    "trail",
    "trails",
    "trailed",
]);
/// [`COMPARED`] hashed: looked up per mention of every company.
static COMPARED_SET: WordSet = WordSet::new(COMPARED.words);
/// [`COUNTERPART`] hashed: looked up per mention of every company.
static COUNTERPART_SET: WordSet = WordSet::new(COUNTERPART.words);

/// Words of a preference, after which "over" names what is passed over ("Prefer Idea
/// Cellular over Bharti Airtel").
const PREFERENCES: WordList = WordList::new(&[
    "prefer",
    "prefers",
    "preferred",
    "better",
    "favour",
    "favours",
    "favor",
    "favors",
    "choose",
    "pick",
]);

/// For every clause, whether a mention of the entity is the subject of an [`AGENT_VERBS`]
/// verb there ("Macquarie buys …", "Morgan Stanley, BofA downgrade") or only its
/// counterpart ([`COUNTERPART`]): then the clause speaks about someone else, and counts
/// nothing toward the entity.
fn agent_clauses(
    doc: &Doc,
    res: &SentimentResult,
    ctx: &EntityContext,
    mentions: &[(usize, usize)],
    out: Vec<bool>,
) -> Vec<bool> {
    let mut out = refill(out, res.clauses.len(), false);
    for m in mentions {
        let Some(c) = ctx.clause_of(m.0) else {
            continue;
        };
        let end = doc.sentences[res.clauses[c].sentence].tokens.end;
        // Skip a short list of co-subjects: ", BofA", "and Nomura" (commas may split clauses).
        let mut t = m.1 + 1;
        let limit = (t + 6).min(end);
        while t < limit {
            let w = doc.tok(t);
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            // A capitalised rating or view is the call itself ("Barclays 'Underweight'"). Looked
            // up only for a capitalised word (two lists of 46 words, per mention).
            let call = || is_in(w, RATINGS) || is_in(w, VIEWS);
            let quote = is_quote(w) && t + 1 < limit;
            if w == ","
                || w == "&"
                || w.eq_ignore_ascii_case("and")
                || (capital && !call())
                || quote
            {
                t += 1;
            } else {
                break;
            }
        }
        // A verb right after a comma opens a new clause whose subject came earlier ("BofA-ML
        // sees upside in Infosys, upgrades to buy"): the entity is not its subject.
        let after_comma = t > m.1 + 1 && doc.tok(t - 1) == ",";
        // A headline: short, and with no full stop (prose says "The bank said it expects
        // expenses to rise.", its own news).
        let headline = || {
            let sentence = &doc.sentences[res.clauses[c].sentence].tokens;
            sentence.len() <= CAUSE_MAX_TOKENS
                && !sentence.is_empty()
                && doc.tok(sentence.end - 1) != "."
                && doc.tok(m.0).chars().next().is_some_and(char::is_uppercase)
        };
        // Past the words that put the verb off: "LIC likely to pick stake", "General Atlantic
        // in talks to buy stakes", "Sesa Sterlite plans to acquire".
        let mut v = t;
        let lower = |k: usize| {
            doc.tok(k)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase)
        };
        while v < limit.max(t + 4).min(end) && lower(v) && is_in(doc.tok(v), DEFERRING) {
            v += 1;
        }
        // Only to a verb of a purchase, a sale or a stake ("may see upside" is the entity's).
        let deferred = v > t
            && v < end
            && !is_in(doc.tok(v - 1), &["is", "are"])
            && (AGENT_VERB_SET.contains(doc.tok(v))
                || is_in(doc.tok(v), BASE_AGENT_VERBS)
                || (is_in(doc.tok(v), STAKE_VERBS)
                    && within(doc, v, end, 4, &["stake", "stakes"])));
        let list = || t > m.1 + 1 || (m.0 > 0 && is_in(doc.tok(m.0 - 1), &[",", "&", "and"]));
        let t = if deferred { v } else { t };
        // A base form acts only after "to" or a list of names, and with an object: "Pininfarina
        // buy" is a noun, "upgrades Mahindra & Mahindra to buy" a rating.
        let base = t < end && lower(t) && is_in(doc.tok(t), BASE_AGENT_VERBS);
        if t < end
            && !after_comma
            && (!base
                || ((deferred || list()) && t + 1 < end && !is_in(doc.tok(t + 1), &["up", "it"])))
            && doc.tokens[t].kind == TokenKind::Word
            && (base
                || acts_on_another(doc, t, end)
                || (lower(t) && is_in(doc.tok(t), SPEAKS) && headline()))
        {
            let last = ctx.clause_of(t).unwrap_or(c);
            for o in &mut out[c..=last.max(c)] {
                *o = true;
            }
        }
        // The employer of the analysts who speak: "Analysts at Goldman Sachs cut their price
        // target on Intel", "Goldman analysts see …".
        let analysts_at = m.0 >= 2
            && is_in(doc.tok(m.0 - 2), ANALYSTS)
            && is_in(doc.tok(m.0 - 1), &["at", "from", "with"]);
        let analysts_of = m.1 + 1 < end && is_in(doc.tok(m.1 + 1), ANALYSTS);
        if analysts_at || analysts_of {
            let verb = (m.1 + 1 + usize::from(analysts_of)).min(end - 1);
            let last = ctx.clause_of(verb).unwrap_or(c);
            for o in &mut out[c..=last.max(c)] {
                *o = true;
            }
        }
        // The counterpart of someone else's news: "rallies on deal with JSW Energy", "yen up
        // against dollar". On SEntFiN's fit split, targets right after these words are
        // labelled neutral 82% of the time (with 90%, vs 100%, against 68%).
        let before = res.clauses[c].tokens.start..m.0;
        // Not when the word is part of a lexicon phrase: "Sebi order against Sicom" names
        // whom the order is against.
        let sentence = res.clauses[c].sentence;
        let in_phrase = |t: usize| {
            ctx.sentence_phrases[sentence]
                .clone()
                .any(|i| res.phrases[i].anchor.0 <= t && t <= res.phrases[i].anchor.1)
        };
        // Past an article and a capitalised qualifier: "against the US dollar".
        let mut p = m.0;
        while p > before.start
            && m.0 - p < 2
            && (is_in(doc.tok(p - 1), &["the", "a", "an"])
                || (doc
                    .tok(p - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    && is_common_capitalised(doc.tok(p - 1))))
        {
            p -= 1;
        }
        // Not after a copula, where the word is the predicate ("headwinds are against the
        // auto stocks").
        let copula = || p > 1 && is_in(doc.tok(p - 2), &["is", "are", "was", "were", "remain"]);
        // Nor "with" opening a clause of its own, whose subject the name is ("…, with Roku
        // <ROKU.O> dropping over 6%").
        let participle =
            || crate::text::eq_lower(doc.tok(p - 1), "with") && leads_a_participle(doc, *m, end);
        if p > 0
            && before.contains(&(p - 1))
            && COUNTERPART_SET.contains(doc.tok(p - 1))
            && !in_phrase(p - 1)
            && !copula()
            && !participle()
        {
            out[c] = true;
        }
        // The agent of a passive call or deal: "Infosys downgraded by UBS", "ratings downgrade
        // by ICRA", "buyout by Walt Disney".
        if m.0 > 1
            && before.contains(&(m.0 - 1))
            && crate::text::eq_lower(doc.tok(m.0 - 1), "by")
            && is_in(
                doc.tok(word_before(doc, m.0 - 1, before.start)),
                PASSIVE_CALLS,
            )
        {
            out[c] = true;
        }
        // The index a stock joins or leaves: "added to MSCI India index", "to be deleted from
        // MSCI India Index": the move is the stock's.
        if m.0 > 1 && before.contains(&(m.0 - 1)) {
            let w = doc.tok(m.0 - 1);
            let joins = |k: usize| is_in(doc.tok(k), INDEX_MOVES);
            // Not the stock itself: "MSCI adds Aurobindo Pharma to India index".
            if is_in(w, &["to", "from", "into", "in"]) && joins(m.0 - 2) {
                out[c] = true;
            }
            // Or right after the verb, when it names an index: "to exit Sensex", "to join
            // Nifty index" (investors also exit stocks, and people join companies).
            let names_index =
                || (m.0..=(m.1 + 1).min(end - 1)).any(|t| is_in(doc.tok(t), INDEX_WORDS));
            if (is_in(w, INDEX_LEAVES) || is_in(w, INDEX_ENTERS)) && names_index() {
                out[c] = true;
            }
        }
        // The customer or payer of a deal: "bags order from Union Bank", "milestone payment
        // from Merck" (all five such targets of SEntFiN's fit split are labelled neutral).
        if m.0 > 1
            && before.contains(&(m.0 - 2))
            && crate::text::eq_lower(doc.tok(m.0 - 1), "from")
            && is_in(doc.tok(m.0 - 2), DEAL_NOUNS)
        {
            out[c] = true;
        }
        // What the subject is compared with: "Relaxo more attractive than Bata", "Broader
        // market outshines Sensex", "Prefer Idea Cellular over Bharti Airtel". On SEntFiN's
        // fit split, a target right after such a word is neutral 15 times in 25, negative 8,
        // positive 2: the comparison is the subject's news.
        if m.0 > 0 && before.contains(&(m.0 - 1)) {
            let w = doc.tok(m.0 - 1);
            let preferred = || (before.start..m.0 - 1).any(|t| is_in(doc.tok(t), PREFERENCES));
            if COMPARED_SET.contains(w) || (is_in(w, &["over", "to"]) && preferred()) {
                out[c] = true;
            }
        }
        // A later item of the list passed over: "Prefer HDFC Bank over ICICI, Axis Bank".
        let sentence_start = doc.sentences[sentence].tokens.start;
        let mut t = m.0;
        while t > sentence_start && m.0 - t < LIST_ITEM_TOKENS * 2 {
            let w = doc.tok(t - 1);
            let item = w == ","
                || w == "&"
                || w.eq_ignore_ascii_case("and")
                || w.chars().next().is_some_and(char::is_uppercase);
            if !item {
                break;
            }
            t -= 1;
        }
        if t < m.0
            && t > sentence_start
            && crate::text::eq_lower(doc.tok(t - 1), "over")
            && (sentence_start..t - 1).any(|k| is_in(doc.tok(k), PREFERENCES))
        {
            out[c] = true;
        }
        // Or of the list compared with or set against: "Nifty to outperform CNX IT, CNX
        // Bank", "highs vs Yen & Pound" (not "with", which also means "including": "optimism
        // in auto space with Maruti, Tata Motors").
        let separated = (t..m.0)
            .any(|k| matches!(doc.tok(k), "," | "&") || crate::text::eq_lower(doc.tok(k), "and"));
        if separated
            && t > sentence_start
            && (COMPARED_SET.contains(doc.tok(t - 1))
                || (is_in(doc.tok(t - 1), &["vs", "vs.", "versus", "against"])
                    && !in_phrase(t - 1)))
        {
            out[c] = true;
        }
    }
    out
}

/// Whether the mention `m` (before the sentence end `end`) is the subject of a participle:
/// past its ticker in angle brackets and a short list of co-subjects ("Exxon Mobil Corp
/// <XOM.N> and Chevron Corp <CVX.N> climbing 3.7% and 4.9%"), a lower-case word in "-ing".
fn leads_a_participle(doc: &Doc, m: (usize, usize), end: usize) -> bool {
    let mut t = m.1 + 1;
    let mut bracket = false;
    while t < end && t <= m.1 + 16 {
        let w = doc.tok(t);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if bracket {
            bracket = w != ">";
        } else if w == "<" {
            bracket = true;
        } else if !(capital
            || matches!(w, "," | "&" | "'s" | "." | "-")
            || w.eq_ignore_ascii_case("and"))
        {
            return doc.tokens[t].kind == TokenKind::Word
                && w.len() > 4
                && w.ends_with("ing")
                && w.as_bytes()[0].is_ascii_lowercase();
        }
        t += 1;
    }
    false
}

/// For every sentence, whether the entity is only its source (or only names the index of a
/// ranking, [`names_a_ranking`]): every mention sits in a tail
/// after the sentence's last colon that holds no phrase of its own ("Optimistic on auto
/// stocks: Jane Doe, Acme Securities"). The view belongs to its subject, not its speaker.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn source_sentences(
    doc: &Doc,
    res: &SentimentResult,
    ctx: &EntityContext,
    named: &[Named],
) -> Vec<bool> {
    named
        .iter()
        .map(|n| {
            // Or it only names the index of a ranking ("M&M top Sensex loser").
            if names_a_ranking(doc, n) {
                return true;
            }
            // Or the employer of whoever speaks ("said Jane Doe, chief strategist at Acme
            // Securities", "said Hargreaves Lansdown analyst Susannah Streeter").
            let start = doc.sentences[n.sentence].tokens.start;
            let end = doc.sentences[n.sentence].tokens.end;
            if n.mentions
                .iter()
                .all(|&m| employs_the_speaker(doc, m, start, end))
            {
                return true;
            }
            // Or the source of published figures or views ("a Reuters report", "according to
            // data from Baker Hughes", "AAII reported that bullish sentiment surged").
            // Or a holding of someone else's ("ARK Innovation, which has outsized positions in
            // Zoom, Tesla and Roku, rose 1.9%").
            // Or the agency of a wire story's byline ("NEW YORK, Sept 12 (Reuters) - Wall
            // Street advanced…").
            if n.mentions.iter().all(|&m| is_byline(doc, m, start, end)) {
                return true;
            }
            let cue = ctx.sentence_cues[n.sentence];
            if cue != 0
                && n.mentions.iter().all(|&m| {
                    (cue & !CUE_HOLD != 0 && is_cited(doc, ctx, m, start, end))
                        || (cue & CUE_HOLD != 0 && held_by_another(doc, m.0, start))
                })
            {
                return true;
            }
            let tokens = doc.sentences[n.sentence].tokens.clone();
            // Or the source a figure is cited from, in a tail after the sentence's phrases:
            // "…, according to IBES data from Refinitiv", "according to Frank Cappelleri,
            // desk strategist at Instinet", "per Refinitiv", "says Deepak Shenoy, Capital
            // Mind" (within eight words).
            // The first citation word after the sentence's last phrase, looked for once per
            // sentence (the mentions are many when the tickers stage scores every company).
            // (Not a phrase inside the name itself: "Karvy Stock Broking".)
            let in_name = |t: usize| n.mentions.iter().any(|m| m.0 <= t && t <= m.1);
            let tail = ctx.sentence_phrases[n.sentence]
                .clone()
                .map(|i| res.phrases[i].anchor)
                .filter(|a| !in_name(a.0))
                .map(|a| a.1 + 1)
                .max()
                .unwrap_or(tokens.start);
            let first = n.first();
            if first >= tail {
                let citation =
                    (tail.max(first.saturating_sub(8))..first).find(|&t| cites(doc, t, first));
                // Not a firm's own officer, who speaks of its own business ("…, said Jane Doe,
                // chief executive of Acme").
                let own_officer = |c: usize| {
                    is_in(doc.tok(c), SPEECH) && (c + 1..first).any(|t| is_in(doc.tok(t), OFFICERS))
                };
                if citation.is_some_and(|c| !own_officer(c))
                    && n.mentions.iter().all(|m| m.0 - first <= 8)
                {
                    return true;
                }
            }
            // The sentence's last colon.
            let Some(colon) = tokens
                .clone()
                .rev()
                .find(|&t| doc.tokens[t].kind == TokenKind::Punct && doc.tok(t) == ":")
            else {
                return false;
            };
            n.mentions
                .iter()
                .all(|m| m.0 > colon && tokens.end - m.0 <= 12)
                && ctx.sentence_phrases[n.sentence]
                    .clone()
                    .all(|i| res.phrases[i].anchor.0 <= colon || in_name(res.phrases[i].anchor.0))
        })
        .collect()
}

/// Who speaks for a firm about the market or someone else, before "at", "of" or "with" and
/// the firm's name ("chief economist at PNC Financial", "analyst with Longbow Research"), or
/// right after it ("Hargreaves Lansdown analyst"). Not a chief executive, who speaks of the
/// firm's own business.
const SPEAKER_ROLES: WordList = WordList::new(&[
    "analyst",
    "analysts",
    "strategist",
    "strategists",
    "economist",
    "economists",
    "researcher",
    "researchers",
]);

/// Roles of two words that do the same ("chief investment officer at Truist", "portfolio
/// manager at Acme", "managing director of wealth management at Arbuthnot"), or "head" of
/// something "at" a firm ("head of Brazil economics at BofA"): the first word, then the second.
const SPEAKER_ROLE_PAIRS: [(&str, &str); 5] = [
    ("investment", "officer"),
    ("portfolio", "manager"),
    ("fund", "manager"),
    ("money", "manager"),
    ("managing", "director"),
];

/// Whether mention `m` (inside the sentence `start..end`) names the employer of someone quoted
/// ([`SPEAKER_ROLES`]): its role within six words before "at", "of" or "with" and the name
/// (an article aside), with no punctuation but a hyphen or a full stop between, or the role
/// right after the name. Such a firm is the view's source, not its subject.
fn employs_the_speaker(doc: &Doc, m: (usize, usize), start: usize, end: usize) -> bool {
    if m.1 + 1 < end && is_in(doc.tok(m.1 + 1), SPEAKER_ROLES) {
        return true;
    }
    let mut p = m.0;
    if p > start && is_in(doc.tok(p - 1), &["the"]) {
        p -= 1;
    }
    if p <= start + 1 || !is_in(doc.tok(p - 1), &["at", "of", "with"]) {
        return false;
    }
    let at = crate::text::eq_lower(doc.tok(p - 1), "at");
    for k in (p.saturating_sub(7).max(start)..p - 1).rev() {
        let w = doc.tok(k);
        if doc.tokens[k].kind == TokenKind::Punct && !matches!(w, "-" | ".") {
            return false;
        }
        if is_in(w, SPEAKER_ROLES)
            || (at && crate::text::eq_lower(w, "head"))
            || (k > start
                && SPEAKER_ROLE_PAIRS.iter().any(|&(a, b)| {
                    crate::text::eq_lower(w, b) && crate::text::eq_lower(doc.tok(k - 1), a)
                }))
        {
            return true;
        }
    }
    false
}

/// Nouns of published figures and views, whose source is named right before them ("a
/// Deutsche Bank survey", "Refinitiv data shows") or after "by" or "from" ("a survey by
/// industry group Make UK").
const SOURCE_NOUNS: WordList = WordList::new(&[
    "data",
    "survey",
    "surveys",
    "poll",
    "study",
    "research",
    "statistics",
    "calculations",
    "report",
    "note",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
]);

/// Of [`SOURCE_NOUNS`], those that are also a company's own verbs ("Acme forecast revenue
/// above estimates", "Acme report"): after a name they are nouns only behind an article or
/// a possessive ("a Reuters report", "BofA's note").
const SOURCE_VERB_NOUNS: WordList = WordList::new(&[
    "report",
    "note",
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
]);

/// Participles of gathering figures, before "by" and their source ("analysts polled by
/// Refinitiv", "a basket tracked by advisory firm Strategas").
const GATHERED: WordList = WordList::new(&[
    "polled",
    "compiled",
    "tracked",
    "assessed",
    "published",
    "conducted",
    "calculated",
    "surveyed",
]);

/// Verbs that report a view or a figure; their subject is its source, unless what follows
/// speaks of the subject itself ("Acme said it expects…").
const REPORTING: WordList = WordList::new(&[
    "said",
    "says",
    "say",
    "wrote",
    "writes",
    "noted",
    "notes",
    "estimates",
    "estimated",
    "predicts",
    "predicted",
    "forecasted",
    "believes",
    "thinks",
    "reported",
    "reports",
    "warned",
    "warns",
]);

/// Of [`REPORTING`], those whose object is the subject's own news unless "that" follows
/// ("Acme reported a record profit", "Acme warned of a loss").
const REPORTING_THAT: WordList = WordList::new(&["reported", "reports", "warned", "warns"]);

/// Words between a reporting verb and the start of what is reported ("said on Thursday
/// that", "wrote in a note"), with the day names of [`WEEKDAYS`].
const REPORT_FILLER: WordList = WordList::new(&[
    "that",
    "on",
    "in",
    "a",
    "an",
    "statement",
    "note",
    "report",
    "letter",
    "filing",
    "interview",
    "last",
    "this",
    "earlier",
    "late",
    "week",
    "month",
    "year",
    "also",
    "previously",
    "recently",
    ",",
]);

/// What a firm reports of its own business when it opens what is reported ("Acme said
/// revenue rose").
const OWN_RESULTS: WordList = WordList::new(&[
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "earnings",
    "income",
    "margin",
    "margins",
    "deliveries",
    "shipments",
    "orders",
    "subscribers",
    "customers",
    "shares",
    "cost",
    "costs",
    "expenses",
]);

/// The first token from `t` on (before `end`) past a bracketed code ("<TSLA.O>") and a
/// possessive "'s" standing alone.
fn past_code(doc: &Doc, mut t: usize, end: usize) -> usize {
    if t < end && doc.tok(t) == "<" {
        let stop = (t + 8).min(end);
        if let Some(close) = (t + 1..stop).find(|&k| doc.tok(k) == ">") {
            t = close + 1;
        }
    }
    if t < end && matches!(doc.tok(t), "'s" | "\u{2019}s" | "'" | "\u{2019}") {
        t += 1;
    }
    t
}

/// Whether mention `m` (inside the sentence `start..end`) only names the source of figures or
/// views that are about something else: right before a noun of published figures ("a
/// Reuters report", "Refinitiv data shows", "a Deutsche Bank survey of…"), after "by" or
/// "from" such a noun or a participle of gathering ("survey by industry group Make UK",
/// "analysts polled by Refinitiv"), after "according to", or as the subject of a reporting
/// verb whose report does not open on the subject itself ("AAII reported that bullish
/// sentiment surged", "Travel website KAYAK said searches…", "…, BofA said"; not "Affirm
/// said it expects…" nor "Acme said revenue rose").
fn is_cited(doc: &Doc, ctx: &EntityContext, m: (usize, usize), start: usize, end: usize) -> bool {
    // Asked of every mention of every company: each part is looked at only when one of the
    // [`EntityContext::cues`] lies where it needs one.
    let raw_next = m.1 + 1;
    let next = past_code(doc, raw_next, end);
    if next < end && ctx.cues[next] & CUE_NOUN != 0 && listed(doc, next, SOURCE_NOUNS) {
        let possessive = || {
            doc.tok(m.1).ends_with("'s")
                || doc.tok(m.1).ends_with("\u{2019}s")
                || (next > raw_next && doc.tok(next - 1).starts_with(['\'', '\u{2019}']))
        };
        let article = || m.0 > start && listed(doc, m.0 - 1, ARTICLES);
        if !listed(doc, next, SOURCE_VERB_NOUNS) || article() || possessive() {
            return true;
        }
    }
    // Back over a few lower-case words that describe the source ("field services company",
    // "industry group", "advisory firm"), then "by", "from" or "according to".
    if ctx.cue_within(m.0.saturating_sub(8).max(start), m.0, CUE_BEFORE)
        && cited_before(doc, m, start)
    {
        return true;
    }
    // The subject of a reporting verb: past the name's code, a title and a person's name
    // ("Shell CEO Ben Van Beurden has said"), "has" or "also".
    if !ctx.cue_within(next, next + 6, CUE_REPORT) {
        return false;
    }
    let mut t = next;
    while t < end && t < next + 6 && doc.tokens[t].kind == TokenKind::Word {
        let first = doc.text.as_bytes()[doc.tokens[t].span.start];
        if !(first.is_ascii_uppercase()
            || (first >= 0x80 && doc.tok(t).chars().next().is_some_and(char::is_uppercase))
            || listed(doc, t, AUXILIARIES)
            // An adverb: "KBW actually believes", "Acme recently wrote".
            || doc.tok(t).ends_with("ly")
            || listed(doc, t, OFFICERS)
            || listed(doc, t, SPEAKER_ROLES))
        {
            break;
        }
        t += 1;
    }
    if t >= end || ctx.cues[t] & CUE_REPORT == 0 || !listed(doc, t, REPORTING) {
        return false;
    }
    let verb = t;
    let titled = (next..verb).any(|k| listed(doc, k, OFFICERS) || listed(doc, k, SPEAKER_ROLES));
    // At the end of the sentence ("…, BofA said."): the report came before; a firm's own
    // officer speaks of its business, and so does "we".
    let rest = (verb + 1..end).find(|&k| {
        let w = doc.tok(k);
        !is_in(w, REPORT_FILLER) && !is_in(w, WEEKDAYS) && doc.tokens[k].kind == TokenKind::Word
    });
    let Some(opens) = rest else {
        return !titled && !(start..m.0).any(|k| is_in(doc.tok(k), &["we", "our", "us"]));
    };
    if is_in(doc.tok(verb), REPORTING_THAT) && !crate::text::eq_lower(doc.tok(verb + 1), "that") {
        return false;
    }
    // The first words of the report: its subject ("said advisory revenues nearly doubled").
    let own = (opens..(opens + 3).min(end)).any(|k| {
        let w = doc.tok(k);
        is_in(w, BACK_REFERENCES)
            || is_in(w, OWN_RESULTS)
            || (m.0..=m.1).any(|k| crate::text::eq_lower(doc.tok(k), w))
            || (crate::text::eq_lower(w, "the")
                && k + 1 < end
                && is_in(doc.tok(k + 1), COMPANY_NOUNS))
    });
    !own
}

/// The part of [`is_cited`] before the name: "by" or "from" after a noun of published
/// figures or a participle of gathering, "according to", or a verb of speech after a comma,
/// past an article and a few lower-case words that describe the source.
fn cited_before(doc: &Doc, m: (usize, usize), start: usize) -> bool {
    let mut p = m.0;
    if p > start && listed(doc, p - 1, ARTICLES) {
        p -= 1;
    }
    let mut described = 0;
    while p > start + 1
        && described < 4
        && doc.tokens[p - 1].kind == TokenKind::Word
        && doc.text.as_bytes()[doc.tokens[p - 1].span.start].is_ascii_lowercase()
        && !listed(doc, p - 1, CITING)
    {
        p -= 1;
        described += 1;
    }
    if p > start + 1 && listed(doc, p - 1, CITING) {
        let (w, before) = (doc.tok(p - 1), doc.tok(p - 2));
        let by_from = is_in(w, &["by", "from"]);
        // Not a forecast or an estimate "from" a firm, which is often its own guidance
        // ("a weaker sales forecast from Amazon").
        let source_noun = is_in(before, SOURCE_NOUNS)
            && !is_in(before, &["forecast", "forecasts", "estimate", "estimates"]);
        if (by_from && (source_noun || is_in(before, GATHERED)))
            || (crate::text::eq_lower(w, "to") && crate::text::eq_lower(before, "according"))
            // "…, said JP.Morgan in a note": the speaker after the report.
            || (is_in(w, SPEECH) && (before == "," || is_quote(before)))
        {
            return true;
        }
    }
    false
}

/// Whether token `t` is one of `list`: most tokens are turned away by their first byte and
/// length before their text is sliced out and compared.
#[inline]
fn listed(doc: &Doc, t: usize, list: WordList) -> bool {
    let span = doc.tokens[t].span;
    !span.is_empty()
        && list.may_hold_token(doc.text.as_bytes()[span.start], span.len())
        && is_in(doc.tok(t), list)
}

/// Articles, before a name ("a Reuters report").
const ARTICLES: WordList = WordList::new(&["a", "an", "the"]);

/// What a source follows: "by", "from", "according to" or a verb of speech ([`SPEECH`]).
const CITING: WordList = WordList::new(&[
    "by", "from", "to", "says", "said", "say", "writes", "wrote", "notes", "noted", "adds",
    "added", "told",
]);

/// Words between a name and its reporting verb ("has said", "also noted"), besides adverbs.
const AUXILIARIES: WordList = WordList::new(&["has", "have", "had", "also", "again"]);

/// Whether mention `m` (inside the sentence `start..end`) stands alone in brackets before a
/// dash, as a news agency does in a dateline ("LONDON, May 3 (Reuters) - …").
fn is_byline(doc: &Doc, m: (usize, usize), start: usize, end: usize) -> bool {
    // Cheap first: the token before is a lone "(" (asked of every mention).
    if m.0 <= start || m.1 + 2 >= end {
        return false;
    }
    let before = doc.tokens[m.0 - 1].span;
    before.len() == 1
        && doc.text.as_bytes()[before.start] == b'('
        && doc.tok(m.1 + 1) == ")"
        && matches!(doc.tok(m.1 + 2), "-" | "\u{2013}" | "\u{2014}")
}

/// Nouns of a holding, before "in" and what is held ("positions in", "stake in").
const HOLDINGS: WordList = WordList::new(&[
    "position",
    "positions",
    "stake",
    "stakes",
    "holding",
    "holdings",
    "investment",
    "investments",
    "exposure",
]);

/// Words that make a holding someone's standing one ("has a stake in", "his stake in", "with
/// positions in").
const HOLDERS: WordList = WordList::new(&[
    "has",
    "have",
    "had",
    "holds",
    "held",
    "hold",
    "owns",
    "owned",
    "own",
    "with",
    "its",
    "his",
    "her",
    "their",
    "our",
    "whose",
    "disclosed",
]);

/// Whether the name starting at token `first` (in a sentence from `start`) is, alone or in a
/// list, what someone else holds ("which has outsized positions in Zoom, Tesla and Roku",
/// "disclosed his stake in Twitter"): the sentence is the holder's news. Not a holding
/// traded ("raised its stake in", "sold his stake in"), which is news for the company held:
/// there the holding word comes after a verb of trade rather than a holder's word.
fn held_by_another(doc: &Doc, first: usize, start: usize) -> bool {
    // Back over the list of names before it ("Zoom, Tesla Inc <TSLA.O> and").
    let mut k = first;
    let mut bracket = false;
    while k > start && first - k < 24 {
        let w = doc.tok(k - 1);
        if bracket {
            bracket = w != "<";
        } else if w == ">" {
            bracket = true;
        } else if !(matches!(w, "," | "&" | ".")
            || crate::text::eq_lower(w, "and")
            || (doc.tokens[k - 1].kind == TokenKind::Word
                && w.chars().next().is_some_and(char::is_uppercase)))
        {
            break;
        }
        k -= 1;
    }
    if k < start + 2 || !crate::text::eq_lower(doc.tok(k - 1), "in") {
        return false;
    }
    let noun = k - 2;
    if !is_in(doc.tok(noun), HOLDINGS) {
        return false;
    }
    // A holder's word within five words before the noun, past its size ("his more than 9%
    // stake", "outsized positions"), and no verb of trade ("raised its stake").
    let window = (noun.saturating_sub(5).max(start)..noun)
        .rev()
        .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct || doc.tok(t) == "%");
    let mut held = false;
    for t in window {
        let w = doc.tok(t);
        if is_in(w, HOLDING_TRADES) {
            return false;
        }
        held |= is_in(w, HOLDERS);
    }
    held
}

/// Verbs that trade a holding ("raised its stake in", "sold his holding in"): news for the
/// company held.
const HOLDING_TRADES: WordList = WordList::new(&[
    "buy",
    "buys",
    "bought",
    "sell",
    "sells",
    "sold",
    "raise",
    "raises",
    "raised",
    "cut",
    "cuts",
    "trim",
    "trims",
    "trimmed",
    "increase",
    "increases",
    "increased",
    "reduce",
    "reduces",
    "reduced",
    "boost",
    "boosts",
    "boosted",
    "dump",
    "dumps",
    "dumped",
    "offload",
    "offloads",
    "offloaded",
    "acquire",
    "acquires",
    "acquired",
    "exit",
    "exits",
    "exited",
    "divest",
    "divests",
    "divested",
    "build",
    "builds",
    "built",
    "take",
    "takes",
    "took",
    "hike",
    "hikes",
    "hiked",
    "pare",
    "pares",
    "pared",
    "add",
    "adds",
    "added",
    "double",
    "doubled",
    "doubles",
    "slash",
    "slashes",
    "slashed",
]);

/// Words of a ranking of stocks inside an index ("top Sensex loser", "Nifty gainers").
const RANKINGS: WordList = WordList::new(&["gainer", "gainers", "loser", "losers"]);

/// Whether every mention of the entity in the sentence of `n` only names the index whose
/// ranking a stock tops ("M&M top Sensex loser", "Tata Steel, JSPL top Nifty losers"): the
/// move is the stock's, not the index's.
fn names_a_ranking(doc: &Doc, n: &Named) -> bool {
    let end = doc.sentences[n.sentence].tokens.end;
    let start = doc.sentences[n.sentence].tokens.start;
    n.mentions.iter().all(|m| {
        (m.1 + 1 < end
            && matches!(
                doc.tok(m.1 + 1).as_bytes().first(),
                Some(b'g' | b'l' | b'G' | b'L')
            )
            && is_in(doc.tok(m.1 + 1), RANKINGS))
            || ranked_within(doc, m.0, start)
    })
}

/// Words that rank a stock or a sector among others ("the best performing stock on the S&P
/// 500", "at the bottom of the STOXX 600", "the biggest hits among S&P 500 sectors").
const RANKED: WordList = WordList::new(&[
    "best",
    "worst",
    "top",
    "bottom",
    "biggest",
    "leading",
    "gainer",
    "gainers",
    "loser",
    "losers",
    "performer",
    "performers",
    "decliner",
    "decliners",
    "laggard",
    "laggards",
]);

/// Whether the name starting at token `first` is the index or market a stock is ranked
/// within: "on", "of", "in" or "among" (and "the") before it, and a word of [`RANKED`]
/// within five words before that, with no punctuation between.
fn ranked_within(doc: &Doc, first: usize, start: usize) -> bool {
    let mut p = first;
    if p > start && crate::text::eq_lower(doc.tok(p - 1), "the") {
        p -= 1;
    }
    if p <= start || !is_in(doc.tok(p - 1), &["on", "of", "in", "among"]) {
        return false;
    }
    (p.saturating_sub(6).max(start)..p - 1)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .any(|k| is_in(doc.tok(k), RANKED))
}

/// Verbs of speech that, after a sentence's last phrase, name whoever spoke ("…, says Deepak
/// Shenoy, Capital Mind", "…, said analysts at Jefferies").
const SPEECH: WordList = WordList::new(&[
    "says", "said", "say", "writes", "wrote", "notes", "noted", "adds", "added", "told",
]);

/// Titles of a firm's own officers, who speak for its business.
const OFFICERS: WordList = WordList::new(&[
    "executive",
    "ceo",
    "cfo",
    "coo",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "md",
]);

/// Whether token `t` opens the citation of a source that ends at `mention`: "according to",
/// "data from" (or figures, estimates, a survey), "per" right before the name, or a verb of
/// speech ([`SPEECH`]).
fn cites(doc: &Doc, t: usize, mention: usize) -> bool {
    let w = doc.tok(t);
    let next_is = |word: &str| t + 1 < mention && crate::text::eq_lower(doc.tok(t + 1), word);
    is_in(w, SPEECH)
        || (crate::text::eq_lower(w, "according") && next_is("to"))
        || (crate::text::eq_lower(w, "from")
            && t > 0
            && is_in(doc.tok(t - 1), &["data", "figures", "estimates", "survey"]))
        // "top picks for 2014 from Sharekhan", "trading ideas from Acme Securities".
        || (crate::text::eq_lower(w, "from")
            && (t.saturating_sub(4)..t).any(|k| is_in(doc.tok(k), PICKS)))
        || (crate::text::eq_lower(w, "per") && t + 1 == mention)
}

/// What a broker hands out, before "from" and its name.
const PICKS: WordList = WordList::new(&[
    "picks",
    "ideas",
    "idea",
    "tips",
    "recommendations",
    "bets",
    "calls",
]);

/// True when clause `k`, from token `from` on, holds nothing but the entity's mentions,
/// punctuation and "and" or "&": one item of a list of names.
fn bare_name(
    doc: &Doc,
    res: &SentimentResult,
    k: usize,
    from: usize,
    in_mine: &dyn Fn(usize) -> bool,
) -> bool {
    let tokens = &res.clauses[k].tokens;
    // A ticker in angle brackets is part of the name before it ("Roku Inc <ROKU.O>").
    let in_ticker = |t: usize| {
        let open = (t.saturating_sub(3).max(tokens.start)..t).rev().find(|&a| {
            doc.tokens[a].kind == TokenKind::Punct && matches!(doc.tok(a), "<" | ">" | "," | "(")
        });
        let close = (t + 1..(t + 4).min(tokens.end)).find(|&b| {
            doc.tokens[b].kind == TokenKind::Punct && matches!(doc.tok(b), "<" | ">" | "," | ")")
        });
        open.is_some_and(|a| doc.tok(a) == "<") && close.is_some_and(|b| doc.tok(b) == ">")
    };
    let bare = |t: usize| {
        in_mine(t)
            || matches!(doc.tokens[t].kind, TokenKind::Punct | TokenKind::Symbol)
            || crate::text::eq_lower(doc.tok(t), "and")
            || in_ticker(t)
    };
    let from = from.max(tokens.start);
    if (from..tokens.end).all(bare) {
        return true;
    }
    // Other items of the list share the clause ("invest in FMCG, pharma and IT"): at most
    // two words besides the names, joined by "and", "&" or "or", carrying no phrase (the
    // caller checks) and not a verb's "to".
    let mut others = 0;
    let mut joined = false;
    for t in from..tokens.end {
        let w = doc.tok(t);
        if is_in(w, &["and", "&", "or"]) {
            joined = true;
        } else if bare(t) {
            continue;
        } else if doc.tokens[t].kind != TokenKind::Word || is_in(w, &["to", "may", "will"]) {
            return false;
        } else {
            others += 1;
            if others > 2 {
                return false;
            }
        }
    }
    joined && (from..tokens.end).any(in_mine)
}

/// True when the entity's first mention in its sentence opens it, alone or in a list of
/// names ("Morgan Stanley, Barclays buy…"), or opens what follows a kicker's colon
/// ("Coalgate verdict: Jindal Steel, Hindalco lose big").
fn is_subject(doc: &Doc, n: &Named) -> bool {
    let tokens = doc.sentences[n.sentence].tokens.clone();
    let first = n.first();
    let start = (tokens.start..first)
        .rev()
        .find(|&t| doc.tok(t) == ":")
        .map_or(tokens.start, |t| t + 1);
    (start..first).all(|t| {
        let w = doc.tok(t);
        w == ","
            || w == "&"
            || crate::text::eq_lower(w, "and")
            || (doc.tokens[t].kind == TokenKind::Word
                && w.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Words by which a clause speaks of a company's stock without naming the company.
const THE_STOCK: WordList = WordList::new(&["stock", "shares", "scrip"]);

/// Verbs of a broker's call on someone else, whose object's stock then moves ("CARE
/// downgrades Everonn Education, shares fall 11%").
const CALLS: WordList = WordList::new(&[
    "upgrades",
    "upgrade",
    "upgraded",
    "downgrades",
    "downgrade",
    "downgraded",
    "initiates",
    "reiterates",
    "recommends",
]);

/// True when a broker's call ([`CALLS`], or a rating kept or moved) starts at token `t`.
fn calls_on_another(doc: &Doc, t: usize, end: usize) -> bool {
    is_in(doc.tok(t), CALLS) || rates_another(doc, t, end)
}

/// True when the word at `t` keeps a rating ([`RATING_VERBS`] then one of [`RATINGS`] within
/// three words) or moves one ("Deutsche Bank cut Indian markets to 'neutral'", "Jefferies
/// raises Infosys to buy": [`RATING_MOVES`], a rating within six words, "to" within five).
/// Both [`acts_on_another`] and [`calls_on_another`] read it.
#[inline]
fn rates_another(doc: &Doc, t: usize, end: usize) -> bool {
    let w = doc.tok(t);
    (is_in(w, RATING_VERBS) && within(doc, t, end, 3, RATINGS))
        || (is_in(w, RATING_MOVES)
            && within(doc, t, end, 6, RATINGS)
            && within(doc, t, end, 5, &["to"]))
}

/// True when one of `words` is among the `n` tokens after `t` (not past `end`).
#[inline]
fn within(doc: &Doc, t: usize, end: usize, n: usize, words: impl Words + Copy) -> bool {
    (t + 1..(t + 1 + n).min(end)).any(|k| is_in(doc.tok(k), words))
}

/// Whether a clause about "the stock" in the sentence of `n` speaks of the entity: it
/// does when the entity is the sentence's subject and makes no broker's call, or when it
/// is the object of such a call.
fn owns_the_stock(doc: &Doc, res: &SentimentResult, ctx: &EntityContext, n: &Named) -> bool {
    let first = n.first();
    let Some(c) = ctx.clause_of(first) else {
        return true;
    };
    let end = doc.sentences[n.sentence].tokens.end;
    let called = |range: std::ops::Range<usize>| {
        range
            .into_iter()
            .any(|t| doc.tokens[t].kind == TokenKind::Word && calls_on_another(doc, t, end))
    };
    if is_subject(doc, n) {
        // Its own verb, within a few words of its name.
        !called(n.last() + 1..(n.last() + 4).min(end))
    } else {
        called(res.clauses[c].tokens.start..first)
    }
}

/// True when clause `k` is about "the stock" ("; stock up", ", shares fall 11%"): its
/// first word, past "the" or "its", is one of [`THE_STOCK`].
fn about_the_stock(doc: &Doc, res: &SentimentResult, k: usize) -> bool {
    res.clauses[k]
        .tokens
        .clone()
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .find(|&t| !is_in(doc.tok(t), &["the", "its", "their"]))
        .is_some_and(|t| is_in(doc.tok(t), THE_STOCK))
}

/// Longest clause, in tokens, taken for one item of a list of names (", Suzlon Energy").
const LIST_ITEM_TOKENS: usize = 5;

/// Nouns of an action laid "on" someone by the name before them ("Sebi fine on Falcon").
const ACTIONS_ON: WordList = WordList::new(&[
    "fine",
    "fines",
    "penalty",
    "penalties",
    "ban",
    "curbs",
    "order",
    "action",
]);

/// Words by which a name led the move of a market clause before it.
const LEADERS: WordList = WordList::new(&[
    "lead", "leads", "led", "drive", "drives", "drag", "drags", "pull", "pulls", "gainers",
    "losers", "gainer", "loser",
]);

/// Words saying that a market or a price did not move, or only held its ground ("Nifty tests
/// 6,250 levels").
const FLAT: WordList = WordList::new(&[
    "rangebound",
    "range-bound",
    "flat",
    "steady",
    "steadies",
    "unchanged",
    "mixed",
    "holds",
    "hovers",
    "hovering",
    "tests",
    "trades",
    "trading",
    "consolidates",
    "stable",
    "subdued",
    "quiet",
    "calm",
]);

/// [`FLAT`] words that are also nouns for a company ("to buy UK firm ITN Mark"): they say a
/// price held its ground only right after the name ("Yen firms after BoJ minutes").
const FLAT_RIGHT_AFTER: WordList = WordList::new(&["firm", "firms"]);

/// True when the entity's first mention in its sentence is followed, before a semicolon
/// and within a few words, by [`FLAT`] ("Sensex rangebound", "Sensex, Nifty flat", "Euro
/// steadies after…"), or right after it by [`FLAT_RIGHT_AFTER`].
fn held_flat(doc: &Doc, n: &Named) -> bool {
    let end = doc.sentences[n.sentence].tokens.end;
    let last = n.mentions[0].1;
    (last + 1..(last + 5).min(end))
        .take_while(|&t| doc.tok(t) != ";")
        .any(|t| is_in(doc.tok(t), FLAT) || (t == last + 1 && is_in(doc.tok(t), FLAT_RIGHT_AFTER)))
}

/// Words that open a list of examples ("stocks like ITC, HUL", "NBFCs such as IDFC").
const LIST_OPENERS: WordList = WordList::new(&["like", "as", "including", "especially", "notably"]);

/// Words that open the cause of a move ("Brent drops as Fed optimism lifts dollar", "Tyre
/// companies rise on weak rubber prices").
const CAUSES: WordList = WordList::new(&["as", "after", "on", "amid", "following"]);

/// Words by which a cause can speak of the entity again.
const BACK_REFERENCES: WordList = WordList::new(&["its", "it", "it's", "their", "they"]);

/// Nouns that, after "the", name the entity again ("the company", "the chipmaker").
const COMPANY_NOUNS: WordList = WordList::new(&[
    "company",
    "firm",
    "group",
    "lender",
    "bank",
    "chipmaker",
    "carmaker",
    "automaker",
    "insurer",
    "retailer",
    "carrier",
    "airline",
    "miner",
    "producer",
    "maker",
    "operator",
    "developer",
    "brewer",
    "drugmaker",
]);

/// Longest sentence, in tokens, whose cause [`cause_cuts`] sets aside: a headline.
const CAUSE_MAX_TOKENS: usize = 20;

/// For every headline-length sentence, where the entity's own news ends and its cause
/// begins: the first [`CAUSES`] word after the first phrase that follows the entity's last
/// mention there. The cause tells why the entity moved, often through
/// the opposite move of something else ("won retreats as dollar rallies"); the entity's
/// own phrase already says which way it went.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn cause_cuts(
    doc: &Doc,
    res: &SentimentResult,
    ctx: &EntityContext,
    named: &[Named],
) -> Vec<Option<usize>> {
    named
        .iter()
        .map(|n| {
            let tokens = doc.sentences[n.sentence].tokens.clone();
            // Headline-length sentences only: in prose the cause is often the entity's own
            // news ("rose 4% after the company reported…").
            if tokens.len() > CAUSE_MAX_TOKENS {
                return None;
            }
            // The first phrase after the last mention: the entity's own move.
            let after = ctx.sentence_phrases[n.sentence]
                .clone()
                .map(|i| res.phrases[i].anchor)
                .find(|a| a.0 > n.last())?
                .1;
            let cut = tokens
                .clone()
                .skip_while(|&t| t <= after)
                .find(|&t| is_cause(doc, t, CAUSES))?;
            // A cause that speaks of the entity again is its own news: "slid 4% after the
            // chipmaker warned", "after its profit fell".
            let back = (cut + 1..tokens.end).any(|t| {
                is_in(doc.tok(t), BACK_REFERENCES)
                    || (crate::text::eq_lower(doc.tok(t - 1), "the")
                        && is_in(doc.tok(t), COMPANY_NOUNS))
            });
            (!back).then_some(cut)
        })
        .collect()
}

/// True when token `t` is one of `words` opening a cause: "on Nov. 17" and "on Monday" are
/// dates, "on Wall Street" a place and "such as" a list, not causes; "on Rs 8,900 crore
/// Vodafone deal" and "on US jobs data" are causes.
fn is_cause(doc: &Doc, t: usize, words: impl Words) -> bool {
    doc.tokens[t].kind == TokenKind::Word
        && is_in(doc.tok(t), words)
        // "NBFCs such as M&M Financial", "banks as well as NBFCs": a list, not a cause.
        && !(crate::text::eq_lower(doc.tok(t), "as")
            && t > 0
            && is_in(doc.tok(t - 1), &["such", "well"]))
        && !(crate::text::eq_lower(doc.tok(t), "on")
            && doc.tokens.get(t + 1).is_some_and(|n| {
                n.kind != TokenKind::Word
                    || is_in(doc.tok(t + 1), MONTHS)
                    || is_in(doc.tok(t + 1), WEEKDAYS)
                    // A place: "stops the bleeding on Wall Street".
                    || is_in(doc.tok(t + 1), &["wall", "dalal", "street"])
            }))
}

/// Words that open the cause of someone else's move, or name its agent ("Infosys
/// downgraded by UBS").
/// "On" opens a cause too ("IndusInd Bank shares fall 4% on RBI move"), except after a
/// view or a rating, whose object it names ("cut their price target on Intel", "bullish on
/// auto stocks"): see [`VIEW_NOUNS`].
const CAUSES_OR_AGENT: WordList = WordList::new(&[
    "as",
    "after",
    "amid",
    "following",
    "by",
    // A time mark: "Eros gains ahead of rival Shemaroo's IPO", "caution before ECB meeting" ("ahead"
    // only before "of", see [`caused_by`]).
    "ahead",
    "before",
]);

/// For every headline-length sentence where the entity is first named inside the cause of
/// someone else's move, where that cause begins: the first [`CAUSES_OR_AGENT`] word after
/// the sentence's first phrase and before the entity. The move before it is the other
/// subject's news ("IOB drops after RBI action", "Axis Bank slips as SUUTI sells stake");
/// the entity's own phrases follow its name ("Acme falls as Beta Corp rallies").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn caused_by(
    doc: &Doc,
    res: &SentimentResult,
    ctx: &EntityContext,
    named: &[Named],
) -> Vec<Option<usize>> {
    named
        .iter()
        .map(|n| {
            let tokens = doc.sentences[n.sentence].tokens.clone();
            if tokens.len() > CAUSE_MAX_TOKENS {
                return None;
            }
            let (after, first) = (ctx.first_anchor[n.sentence]?, n.first());
            // A word of a phrase opens nothing: the "on" of "weigh on" names the phrase's
            // object ("Currency headwinds weigh on IT stocks").
            let in_phrase = |t: usize| {
                ctx.sentence_phrases[n.sentence].clone().any(|i| {
                    let a = res.phrases[i].anchor;
                    a.0 <= t && t <= a.1
                })
            };
            (after + 1..first).find(|&t| {
                if in_phrase(t) {
                    return false;
                }
                // The word before, past closing quotes ("maintains 'Buy' on Shree Cement").
                let before = doc.tok(word_before(doc, t, tokens.start));
                // "FTSE lifted by miners", "Britain FTSE extends falls, led by banks": the
                // agent of a market's move made that move, and shares it.
                if crate::text::eq_lower(doc.tok(t), "by") && carried_by(doc, t, tokens.start) {
                    return false;
                }
                // "Ahead" marks a time only before "of": what lies "ahead for ITC" is ITC's
                // outlook ("Tough times ahead for ITC's tobacco division").
                let ahead_alone = || {
                    crate::text::eq_lower(doc.tok(t), "ahead")
                        && !(t + 1 < tokens.end && crate::text::eq_lower(doc.tok(t + 1), "of"))
                };
                (is_cause(doc, t, CAUSES_OR_AGENT) && !ahead_alone())
                    || (crate::text::eq_lower(doc.tok(t), "on")
                        && is_cause(doc, t, &["on"])
                        && !is_in(before, VIEWS)
                        && !is_in(before, RATINGS)
                        && !is_in(before, VIEW_NOUNS))
            })
        })
        .collect()
}

/// Verbs by which a piece of news acts on what follows: "Castex clarification lifts Amtek
/// Auto shares", "Ukraine nerves send European shares lower", "CERC order likely to boost
/// Tata Power's credit quality".
const CAUSATIVES: WordList = WordList::new(&[
    "lifts", "lift", "boosts", "boost", "helps", "help", "aids", "buoys", "props", "supports",
    "cheers", "spurs", "fuels", "drives", "drive", "pushes", "push", "sends", "send", "leads",
    "led", "hurts", "hurt", "dents", "weighs", "drags", "pulls", "rattles", "jolts", "spooks",
    "roils", "hammers", "sparks", "triggers", "trigger",
]);

/// Words that end the news before any verb: a list or a cause, and the entity's own
/// performance, price or failure ("Infosys Q3 results lift IT stocks", "Softer oil prices
/// boost…", "SBI stock split fails to lift sentiment" are the entity's news as well).
const STOPS_A_CAUSE: WordList = WordList::new(&[
    "and",
    "&",
    "as",
    "on",
    "after",
    "results",
    "result",
    "earnings",
    "profit",
    "profits",
    "numbers",
    "sales",
    "revenue",
    "growth",
    "show",
    "performance",
    "price",
    "prices",
    "stock",
    "shares",
    "fails",
    "fail",
    "failed",
    "not",
    "unable",
    "expects",
    "says",
]);
/// [`CAUSATIVES`] hashed: looked up per word after every company's first mention.
static CAUSATIVE_SET: WordSet = WordSet::new(CAUSATIVES.words);
/// [`STOPS_A_CAUSE`] hashed.
static STOPS_A_CAUSE_SET: WordSet = WordSet::new(STOPS_A_CAUSE.words);

/// For every headline-length sentence where the entity's first mention opens a piece of news
/// that acts on something else ([`CAUSATIVES`], after at least one word of the news: "Castex
/// clarification lifts Amtek Auto shares", "Calvin Klein deal to help Arvind rise"), where
/// that action begins: what follows is its object's news. Not for a list of names ("TCS,
/// financial stocks drive Sensex higher": leaders share the move), nor for the entity's own
/// results ([`STOPS_A_CAUSE`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn causes_for_others(doc: &Doc, named: &[Named]) -> Vec<Option<usize>> {
    named
        .iter()
        .map(|n| {
            let tokens = doc.sentences[n.sentence].tokens.clone();
            // A headline: short, with no full stop.
            if tokens.len() > CAUSE_MAX_TOKENS || doc.tok(tokens.end - 1) == "." {
                return None;
            }
            let m = n.mentions[0];
            let limit = (m.1 + 7).min(tokens.end);
            let mut words = 0;
            for t in m.1 + 1..limit {
                let w = doc.tok(t);
                if doc.tokens[t].kind != TokenKind::Word {
                    if matches!(w, "," | ";" | ":" | "&") {
                        return None;
                    }
                    continue;
                }
                // A verb, not a noun ("to get boost from"), with an object that is not the
                // entity again ("lifts stock", "will help it").
                if CAUSATIVE_SET.contains(w) && !is_in(doc.tok(t - 1), &["a", "the", "get", "gets"])
                {
                    let object_is_own = t + 1 < tokens.end
                        && (is_in(doc.tok(t + 1), THE_STOCK)
                            || is_in(doc.tok(t + 1), BACK_REFERENCES));
                    return (words > 0 && t + 1 < tokens.end && !object_is_own).then_some(t);
                }
                if STOPS_A_CAUSE_SET.contains(w) {
                    return None;
                }
                if !DEFERRING_SET.contains(w) {
                    words += 1;
                }
            }
            None
        })
        .collect()
}

/// Participles of a market's move whose agent, after "by", moves with it: "lifted by
/// mining stocks", "led by banks", "dragged down by bank shares".
const CARRIERS: WordList = WordList::new(&[
    "led",
    "lifted",
    "buoyed",
    "boosted",
    "propped",
    "supported",
    "driven",
    "powered",
    "helped",
    "aided",
    "fuelled",
    "fueled",
    "dragged",
    "weighed",
    "pulled",
    "pushed",
    "pressured",
]);

/// Whether the "by" at `t` follows one of [`CARRIERS`], maybe with a direction between
/// ("dragged down by", "led higher by").
fn carried_by(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = word_before(doc, t, floor);
    if k > floor && is_in(doc.tok(k), &["up", "down", "higher", "lower"]) {
        k = word_before(doc, k, floor);
    }
    k < t && is_in(doc.tok(k), CARRIERS)
}

/// The token before `t` (not before `floor`), past quotes and apostrophes: the rating of
/// "'Buy' on" is the word before "on".
fn word_before(doc: &Doc, t: usize, floor: usize) -> usize {
    let mut k = t.saturating_sub(1).max(floor);
    while k > floor && is_quote(doc.tok(k)) {
        k -= 1;
    }
    k
}

/// Quote marks, straight and curly.
fn is_quote(word: &str) -> bool {
    matches!(
        word,
        "'" | "\"" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}"
    )
}

/// Words of a view or a position, after which "on" names its object ("go long on auto").
const VIEW_NOUNS: WordList = WordList::new(&[
    "target",
    "targets",
    // "cuts target price on Jet Airways"
    "price",
    "view",
    "views",
    "stance",
    "call",
    "calls",
    "coverage",
    "rating",
    "ratings",
    "outlook",
    "long",
    "short",
    "bet",
    "bets",
    "betting",
    "focus",
    "keen",
    // Burdens laid on their object: "put pressure on rupee", "a drag on Deccan Chronicle",
    // "import duty on wheat", "Sebi ban on Trendline".
    "pressure",
    "drag",
    "overhang",
    "toll",
    "burden",
    "strain",
    "heavy",
    "caution",
    "duty",
    "duties",
    "tax",
    "taxes",
    "levy",
    "charges",
    "curbs",
    "restrictions",
    "ban",
    "fine",
    "penalty",
    "cap",
    "limit",
    "limits",
    "squeeze",
    "crackdown",
    "clampdown",
    // Orders and scrutiny laid on their object: "Sebi restraint on SMC", "SAT upholds Sebi
    // order on 9 entities", "sanctions on Russia", "probe on Ranbaxy".
    "restraint",
    "restraints",
    "curb",
    "order",
    "orders",
    "action",
    "probe",
    "scrutiny",
    "sanctions",
    "embargo",
    "injunction",
    "freeze",
]);

/// Words that open sentences without naming anyone.
fn is_function_word(word: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "with",
        "after",
        "before",
        "as",
        "and",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "we",
        "our",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "you",
        "analysts",
        "investors",
        "traders",
        "when",
        "if",
        "so",
        "all",
        "some",
        "many",
        "most",
        "one",
        "two",
        "what",
        "why",
        "how",
        "who",
        "overall",
        "total",
        "net",
        "new",
        "last",
        "next",
        "first",
        "by",
        "from",
        "to",
        "of",
        "over",
        "under",
        "about",
        "according",
        "other",
        "both",
        "each",
        "such",
        "even",
        "only",
        "just",
        "now",
        "then",
        "today",
        "yesterday",
        "earlier",
        "later",
        "company",
        "firm",
        "government",
        "officials",
        "experts",
        "sources",
        "meanwhile",
        "also",
        "still",
        "not",
        "no",
        "year",
        "quarter",
        "during",
        "since",
        "amid",
        "following",
        "under",
        "while",
        "full",
        "annual",
    ];
    FUNCTION.iter().any(|c| crate::text::eq_lower(word, c))
}

/// Capitalised words that name no company: titles, months and days, legal suffixes,
/// common abbreviations.
fn is_common_capitalised(word: &str) -> bool {
    const COMMON: &[&str] = &[
        "i",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chairman",
        "president",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "fy",
        "us",
        "u.s.",
        "uk",
        "eu",
        "wall",
        "street",
        "reuters",
        "rs",
        "usd",
        "eur",
        "ipo",
        "eps",
        "gdp",
        "ebitda",
    ];
    is_in(word, COMMON)
        || is_in(word, MONTHS)
        || is_in(word, WEEKDAYS)
        || is_in(word, LEGAL_SUFFIXES)
}

/// Scores an entity from its mentions (inclusive token ranges). `others` are the mentions
/// of other entities when the caller knows them (the tickers stage); without them a
/// capitalised unknown word stands for another entity.
///
/// Which phrases count:
/// - in a sentence that names the entity, the clauses that name it, and the clauses that
///   name nobody else (weight 1); if those carry no phrase, the next clause that does
///   ("Infosys, TCS gain");
/// - in a later sentence that names no entity at all, every clause at
///   [`ENTITY_CARRYOVER`] ("The company also cut its forecast");
/// - never a phrase inside a mention.
///
/// The score is the weighted mean of the normalised per-sentence sums.
pub fn score_entity(
    doc: &Doc,
    res: &SentimentResult,
    mine: &[(usize, usize)],
    others: Option<&[(usize, usize)]>,
) -> EntityScore {
    let others = others.map_or(Others::Unknown, Others::Mentions);
    let mut e = score_entity_in(&EntityContext::new(doc, res), doc, res, mine, others, true);
    if mine.iter().all(|&m| is_public_body(doc, m)) {
        e.score *= PUBLIC_BODY;
        e.sum *= PUBLIC_BODY;
        for p in &mut e.phrases {
            p.1 *= PUBLIC_BODY;
        }
    }
    e
}

/// Central banks, regulators, courts, governments and public and intergovernmental
/// agencies (a hand-written list of the usual ones). They act on the market rather than trade in it: what they do ("Sebi bars three
/// firms", "RBI tightens norms", "the Fed raised rates") is news about whom they act on,
/// and what happens around them ("Sensex hits record ahead of RBI policy") is not theirs.
/// Names of several words are written with single spaces, lower case.
const PUBLIC_BODIES: WordList = WordList::new(&[
    // Central banks.
    "rbi",
    "reserve bank",
    "reserve bank of india",
    "fed",
    "us fed",
    "federal reserve",
    "ecb",
    "european central bank",
    "boe",
    "bank of england",
    "boj",
    "bank of japan",
    "pboc",
    "people's bank of china",
    "snb",
    "swiss national bank",
    "rba",
    "reserve bank of australia",
    "rbnz",
    "bank of canada",
    "bundesbank",
    "bank of italy",
    "bank of france",
    "banque de france",
    "bank of korea",
    "bank of spain",
    "riksbank",
    "norges bank",
    "fomc",
    "federal open market committee",
    // Market, banking and sector regulators.
    "sebi",
    "sec",
    "securities and exchange commission",
    "u.s. securities and exchange commission",
    "cftc",
    "finra",
    "fca",
    "fdic",
    "esma",
    "bafin",
    "csrc",
    "irda",
    "irdai",
    "pfrda",
    "fmc",
    "trai",
    "cci",
    "ftc",
    "fda",
    "usfda",
    // Tribunals, courts, investigators and finance ministries.
    "sat",
    "securities appellate tribunal",
    "supreme court",
    "high court",
    "cbi",
    "enforcement directorate",
    "finmin",
    "finance ministry",
    "government",
    "govt",
    "cabinet",
    "fipb",
    "ccea",
    "cbdt",
    "nclt",
    "nclat",
    "dot",
    // International lenders and intergovernmental bodies.
    "imf",
    "world bank",
    "adb",
    "asian development bank",
    "opec",
    "iea",
    "international energy agency",
]);

/// Whether a mention names one of the [`PUBLIC_BODIES`] (a possessive "'s" aside).
fn is_public_body(doc: &Doc, m: (usize, usize)) -> bool {
    let words: Vec<String> = (m.0..=m.1)
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .map(|t| strip_possessive(&crate::case::lower(doc.tok(t))).to_string())
        .collect();
    is_in(&words.join(" "), PUBLIC_BODIES)
}

/// [`score_entity`] with the document's [`EntityContext`] computed once by the caller, for
/// scoring several entities of one document. Its cost is the entity's own sentences plus a
/// step per later sentence. Without `list_phrases`, [`EntityScore::phrases`] is left empty
/// (the score is the same).
///
/// Its per-sentence stages (`clauses_naming_others`, `source_sentences`, `cause_cuts`,
/// `caused_by`, `causes_for_others`) are kept out of line in wasm. Inlined, this was one
/// 32 KB wasm function, and V8's optimising compiler took a 33 MB working set to compile it:
/// a streamed 10 MB text then peaked at 50-62 MB over the baseline (budget 56), against
/// 39-42 MB with the stages apart (benches/README, "eleventh look").
pub fn score_entity_in(
    ctx: &EntityContext,
    doc: &Doc,
    res: &SentimentResult,
    mine: &[(usize, usize)],
    others: Others,
    list_phrases: bool,
) -> EntityScore {
    if mine.is_empty() {
        return EntityScore::default();
    }
    // Everything below is precomputed per token, clause or sentence so that the cost stays
    // linear in the text plus the mentions, however many there are.
    let mut sorted: Vec<(usize, usize)> = mine.to_vec();
    sort::by_key(&mut sorted, |&(a, b)| sort::key2(a, b));
    // The mentions' tokens as bits over the tokens from the first mention to the last: the
    // rules ask about single tokens hundreds of times per entity, and a bit test was
    // measured cheaper than a binary search over the mentions (ticker bench).
    let lo = sorted[0].0;
    let hi = sorted.iter().map(|m| m.1).max().unwrap_or(lo);
    let mut scratch = ctx.scratch.take();
    let mut mine_bits = refill(
        std::mem::take(&mut scratch.mine_bits),
        (hi - lo) / 64 + 1,
        0,
    );
    for m in &sorted {
        for t in m.0..=m.1 {
            mine_bits[(t - lo) / 64] |= 1 << ((t - lo) % 64);
        }
    }
    let in_mine =
        |t: usize| t >= lo && t <= hi && mine_bits[(t - lo) / 64] & (1 << ((t - lo) % 64)) != 0;
    let mut mention_clause = refill(
        std::mem::take(&mut scratch.mention_clause),
        res.clauses.len(),
        false,
    );
    // The sentences that name the entity, in order (sorted mentions give them in order),
    // each with its run of `sorted`.
    let mut named: Vec<Named> = Vec::with_capacity(sorted.len());
    let sentence_of: Vec<usize> = sorted.iter().map(|m| doc.sentence_of(m.0)).collect();
    let mut at = 0;
    for run in sentence_of.chunk_by(|a, b| a == b) {
        named.push(Named {
            sentence: run[0],
            mentions: &sorted[at..at + run.len()],
        });
        at += run.len();
    }
    for m in &sorted {
        if let Some(c) = ctx.clause_of(m.0) {
            mention_clause[c] = true;
        }
    }
    let clause_has_phrase = &ctx.clause_has_phrase;
    // Whether a phrase's shown span begins or ends inside one of the mentions: a metric x
    // movement pair whose metric is the entity's name or part of it ("rally on Nifty"),
    // not one that only passes over the name ("slips on PBOC guidance").
    let moves = |p: &ScoredPhrase| {
        let i = sorted.partition_point(|m| doc.tokens[m.1].span.end <= p.span.start);
        sorted[i..]
            .iter()
            .take_while(|m| doc.tokens[m.0].span.start < p.span.end)
            .any(|m| {
                let (a, b) = (doc.tokens[m.0].span.start, doc.tokens[m.1].span.end);
                a <= p.span.start || p.span.end <= b
            })
    };
    // Per clause of the named sentences, the last token where a phrase of its own starts,
    // not counting phrases inside the entity's own name ("Sensex").
    let mut clause_speaks = refill(
        std::mem::take(&mut scratch.clause_speaks),
        res.clauses.len(),
        None,
    );
    for i in named
        .iter()
        .flat_map(|n| ctx.sentence_phrases[n.sentence].clone())
    {
        let p = &res.phrases[i];
        if !(p.anchor.0..=p.anchor.1).all(in_mine) {
            let last = &mut clause_speaks[p.clause];
            *last = Some(last.map_or(p.anchor.0, |l: usize| l.max(p.anchor.0)));
        }
    }
    // Per named sentence (aligned with `named`).
    let cause = cause_cuts(doc, res, ctx, &named);
    let caused = caused_by(doc, res, ctx, &named);
    let causing = causes_for_others(doc, &named);
    let only_source = source_sentences(doc, res, ctx, &named);
    let someone_else = clauses_naming_others(doc, res, &in_mine, others);
    let acts_on_others = agent_clauses(
        doc,
        res,
        ctx,
        &sorted,
        std::mem::take(&mut scratch.acts_on_others),
    );
    let first_sentence = named[0].sentence;
    // An entity named only as the source of what is said ("…, said Jane Doe, strategist at
    // Acme", "BCA says inflation remains tame") takes nothing from the sentences that go on
    // with the report either: they are its view of someone else.
    let only_a_source = only_source.iter().all(|&s| s);

    // Whether clause `k` holds a phrase of its own at or after token `from`.
    let clause_speaks_after = |k: usize, from: usize| clause_speaks[k].is_some_and(|l| l >= from);
    let mut clause_weight = refill(
        std::mem::take(&mut scratch.clause_weight),
        res.clauses.len(),
        0.0,
    );
    let mut phrases = Vec::new();
    // (sentence, raw, weight): at most one per sentence from the first mention on.
    let mut per_sentence = std::mem::take(&mut scratch.per_sentence);
    per_sentence.clear();
    let mut silent = 0usize;
    // Sentences before the first mention count nothing.
    let mut next_named = 0;
    for s in first_sentence..doc.sentences.len() {
        let (c, end) = (ctx.sentence_clauses[s].start, ctx.sentence_clauses[s].end);
        // Its place in `named`, if it names the entity.
        let j = (named.get(next_named).is_some_and(|n| n.sentence == s)).then(|| {
            next_named += 1;
            next_named - 1
        });
        if j.is_some_and(|j| only_source[j]) {
            // Its speaker: the sentence says nothing about the entity.
            silent += 1;
        } else if let Some(j) = j {
            let mut last_named = None;
            // In a headline, a clause before the one that names the entity, set off by a
            // semicolon, has its own subject ("Sensex slips 100 points; Nifty tests 7900").
            let first_named = (c..end).find(|&k| mention_clause[k]).unwrap_or(end);
            // Unless the entity led that move ("Sensex pares losses; TCS, Tata Motors lead").
            let short = doc.sentences[s].tokens.len() <= CAUSE_MAX_TOKENS && first_named < end;
            let led = short
                && (res.clauses[first_named].tokens.start..doc.sentences[s].tokens.end)
                    .take_while(|&t| doc.tok(t) != ";")
                    // A verb, not a noun ("HP still a drag").
                    .any(|t| {
                        is_in(doc.tok(t), LEADERS)
                            && !(t > 0 && is_in(doc.tok(t - 1), &["a", "the"]))
                    });
            let headline = short && !led;
            // A semicolon from clause `k` up to the named clause's first token.
            let semicolon_before = |k: usize| {
                let to = (res.clauses[first_named].tokens.start + 1).min(doc.tokens.len());
                (res.clauses[k].tokens.start..to).any(|t| doc.tok(t) == ";")
            };
            for k in c..end {
                if mention_clause[k] {
                    clause_weight[k] = 1.0;
                    last_named = Some(k);
                } else if !(someone_else[k] || (headline && k < first_named && semicolon_before(k)))
                    // The market's move that the entity led, even though the market is named
                    // there ("Nifty rangebound; Hindalco, Tata Steel lead").
                    || (led && k < first_named && semicolon_before(k))
                {
                    clause_weight[k] = 1.0;
                }
            }
            // A bare name in a list ("ITC, TCS, Tata Motors top gainers") shares the
            // predicate of the list, even when another clause of the sentence speaks.
            for k in c..end {
                // After the cause word, if the clause holds one: "Dow closes at a record as
                // Intel, IBM gain".
                let mut from = caused[j].map_or(0, |c| c + 1);
                // Or after a word that opens a list of examples: "Sugar stocks like Bajaj
                // Hindusthan, Dhampur Sugar rise".
                let tokens = &res.clauses[k].tokens;
                if let Some(m) = named[j]
                    .mentions
                    .iter()
                    .find(|m| tokens.contains(&m.0) && m.0 > tokens.start)
                {
                    if is_in(doc.tok(m.0 - 1), LIST_OPENERS) {
                        from = from.max(m.0);
                    }
                }
                if mention_clause[k]
                    && !clause_speaks_after(k, from)
                    && !acts_on_others[k]
                    && bare_name(doc, res, k, from, &in_mine)
                {
                    if let Some(j) = (k + 1..end).find(|&j| clause_has_phrase[j]) {
                        clause_weight[j] = 1.0;
                    } else {
                        // The last item of a list takes the clause before the list ("go long
                        // on auto, pharma", "Better to invest in FMCG, pharma and IT"),
                        // past the other short items.
                        let mut b = k;
                        while b > c
                            && !clause_has_phrase[b - 1]
                            && !mention_clause[b - 1]
                            && res.clauses[b - 1].tokens.len() <= LIST_ITEM_TOKENS
                        {
                            b -= 1;
                        }
                        // Not across a colon: "…: Jane Doe, Acme Securities" is the speaker;
                        // nor a semicolon, past which the clause had its own subject ("Nifty
                        // seen opening lower; TCS, RIL eyed").
                        let colon = b > c
                            && (res.clauses[b - 1].tokens.start..res.clauses[k].tokens.start)
                                .any(|t| matches!(doc.tok(t), ":" | ";"));
                        if b > c && !colon && clause_has_phrase[b - 1] && !mention_clause[b - 1] {
                            clause_weight[b - 1] = 1.0;
                        }
                    }
                }
            }
            // "Prefer Bajaj, Titan in the largecap space": a name that opens its clause right
            // after a clause ending in another name is the next item of that list, and shares
            // the list's predicate before it.
            for m in named[j].mentions {
                let Some(k) = ctx.clause_of(m.0).filter(|&k| k > c) else {
                    continue;
                };
                let start = res.clauses[k].tokens.start;
                let opens =
                    || start == m.0 || (start + 1 == m.0 && is_in(doc.tok(m.0 - 1), &["and", "&"]));
                let after_comma = doc.tok(start.saturating_sub(1)) == ",";
                if after_comma && opens() && !acts_on_others[k] && !acts_on_others[k - 1] {
                    let prev = res.clauses[k - 1].tokens.clone();
                    let last = prev.end - 1;
                    let w = doc.tok(last);
                    let name = doc.tokens[last].kind == TokenKind::Word
                        && w.chars().next().is_some_and(char::is_uppercase)
                        && !in_mine(last)
                        && !is_common_capitalised(w)
                        && !is_function_word(w);
                    // Not a name inside a cause ("Seoul shares fall on China PMI, won
                    // retreats").
                    let in_cause = prev.clone().any(|t| is_cause(doc, t, CAUSES));
                    if name && !in_cause {
                        clause_weight[k - 1] = 1.0;
                    }
                }
            }
            // "Britain FTSE extends falls, led by Admiral", "Led by Infosys, IT stocks gain":
            // the agent of a market's move, in a clause of its own, made that move.
            let sentence_start = doc.sentences[s].tokens.start;
            for m in named[j].mentions {
                if m.0 <= sentence_start || !crate::text::eq_lower(doc.tok(m.0 - 1), "by") {
                    continue;
                }
                let Some(k) = ctx.clause_of(m.0) else {
                    continue;
                };
                if carried_by(doc, m.0 - 1, sentence_start) && !clause_has_phrase[k] {
                    let near = [k.checked_sub(1), Some(k + 1)]
                        .into_iter()
                        .flatten()
                        .find(|&n| n >= c && n < end && clause_has_phrase[n]);
                    if let Some(n) = near {
                        clause_weight[n] = 1.0;
                    }
                }
            }
            // "Sensex rangebound, Nifty below 7450": an entity whose own news is that it
            // did not move takes nothing from the other clauses.
            let flat = held_flat(doc, &named[j]);
            if flat {
                for k in c..end {
                    if !mention_clause[k] {
                        clause_weight[k] = 0.0;
                    }
                }
            }
            if !flat && !(c..end).any(|k| clause_weight[k] > 0.0 && clause_has_phrase[k]) {
                if let Some(last) = last_named {
                    // Not a clause about a currency or commodity that opens it: "Asian
                    // currencies hold; ringgit falls".
                    if let Some(k) = (last + 1..end).find(|&k| clause_has_phrase[k]) {
                        if !opens_with_asset(doc, res, k, &in_mine) {
                            clause_weight[k] = 1.0;
                        }
                    }
                }
            }
            // A broker's or a buyer's later clauses go on about its object ("JPMorgan
            // upgrades Titan to Overweight, sees over 14% upside").
            // But a buyer's own stock moves on its purchase ("Core Projects to buy UK firm ITN
            // Mark; stock up").
            let owns = owns_the_stock(doc, res, ctx, &named[j]);
            if let Some(mc) = ctx
                .clause_of(named[j].first())
                .filter(|&k| acts_on_others[k])
            {
                let buys = res.clauses[mc]
                    .tokens
                    .clone()
                    .any(|t| is_in(doc.tok(t), PURCHASES) || is_in(doc.tok(t), SPEAKS));
                for k in mc + 1..end {
                    let own_stock = owns && buys && about_the_stock(doc, res, k);
                    if !(mention_clause[k] || own_stock) {
                        clause_weight[k] = 0.0;
                    }
                }
            }
            // "Vakrangee bags order from Union Bank; stock up": a clause about "the stock"
            // speaks of the sentence's subject, or of the object of an agent's call
            // ("Credit Suisse cuts Bharti Airtel, stock falls"), not of a name met later.
            if !owns {
                for k in c..end {
                    if !mention_clause[k] && about_the_stock(doc, res, k) {
                        clause_weight[k] = 0.0;
                    }
                }
            }
            let mut spoke = false;
            for i in ctx.sentence_phrases[s].clone() {
                let p = &res.phrases[i];
                if (p.anchor.0..=p.anchor.1).all(in_mine) {
                    continue;
                }
                let w = clause_weight[p.clause];
                // "Sebi order against Sicom", "Sebi fine on Falcon": an action "against" or
                // "on" someone, right after the name, is about its object, not its author
                // (while "Orange weighs on European shares" is Orange's own weight).
                let action_on = || {
                    (is_in(doc.tok(p.anchor.1), &["against"])
                        || (is_in(doc.tok(p.anchor.1), &["on"])
                            && is_in(doc.tok(p.anchor.0), ACTIONS_ON)))
                        && p.anchor.0 > 0
                        && in_mine(p.anchor.0 - 1)
                };
                let skipped = w == 0.0
                    || action_on()
                    // "NTPC slips as Barclays downgrades": the clause is about the agent's
                    // object.
                    || acts_on_others[p.clause]
                    // "Brent drops as Fed optimism lifts dollar": the cause is someone else's
                    // news.
                    || cause[j].is_some_and(|c| p.anchor.0 > c)
                    // "IOB drops after RBI action": for RBI, the drop is IOB's news.
                    || caused[j].is_some_and(|c| p.anchor.0 < c)
                    // "Castex clarification lifts Amtek Auto shares": for Castex, the lift is
                    // Amtek's news.
                    || causing[j].is_some_and(|c| p.anchor.0 >= c);
                // "Beginning of rally on Nifty", "FTSE lifted by mining stocks": a movement
                // whose shown span holds the entity moves the entity itself (it is the
                // metric the movement took), whatever the rules above say. (Looked at only
                // when they would skip it: otherwise it counts at weight 1 anyway.)
                let w = if !skipped {
                    w
                } else if moves(p) {
                    1.0
                } else {
                    continue;
                };
                if list_phrases {
                    phrases.push((i, w));
                }
                match per_sentence.last_mut() {
                    Some(last) if last.0 == s => last.1 += w * p.score,
                    _ => per_sentence.push((s, w * p.score, w)),
                }
                spoke = true;
            }
            // A sentence that names the entity but says nothing about it dilutes the score
            // a little.
            silent += usize::from(!spoke);
        } else if s > first_sentence && !only_a_source && !(c..end).any(|k| someone_else[k]) {
            // A later sentence that names nobody: every clause at ENTITY_CARRYOVER, none of
            // the entity's own rules applying, so the sum is the document's.
            if let Some(raw) = ctx.carried[s] {
                per_sentence.push((s, raw, ENTITY_CARRYOVER));
                if list_phrases {
                    phrases.extend(
                        ctx.sentence_phrases[s]
                            .clone()
                            .map(|i| (i, ENTITY_CARRYOVER)),
                    );
                }
            }
        }
    }
    let (sum, weight) = per_sentence.iter().fold(
        (0.0, silent as f64 * NEUTRAL_SENTENCE_WEIGHT),
        |(s, wt), &(_, raw, w)| (s + w * normalise(raw), wt + w),
    );
    let score = weighted_mean(sum, weight);
    ctx.scratch.replace(EntityScratch {
        mine_bits,
        mention_clause,
        clause_speaks,
        clause_weight,
        acts_on_others,
        per_sentence,
    });
    EntityScore {
        score,
        phrases,
        sum,
        weight,
    }
}

/// Where a target name occurs and the score toward it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TargetResult {
    /// Score in [-1, 1]; the document score when the name is not found.
    pub score: f64,
    /// Byte spans of the mentions.
    pub mentions: Vec<Span>,
    /// The same mentions as inclusive token ranges (what [`score_entity`] takes).
    pub mention_tokens: Vec<(usize, usize)>,
    /// The phrases counted, as in [`EntityScore::phrases`]; empty when not found.
    pub phrases: Vec<(usize, f64)>,
    /// As in [`EntityScore`]; both 0 when the name is not found.
    pub sum: f64,
    /// See `sum`.
    pub weight: f64,
}

/// Words that never identify an entity on their own.
fn is_generic(word: &str) -> bool {
    const GENERIC: &[&str] = &[
        "the",
        "of",
        "and",
        "&",
        "a",
        "an",
        "in",
        "on",
        "for",
        "to",
        "company",
        "holding",
        "international",
        "industries",
        "bank",
        "india",
        "indian",
        "american",
        "national",
        "global",
        "financial",
        "services",
        "capital",
        "energy",
        "motors",
        "technologies",
        "technology",
        "systems",
        "fund",
        "funds",
        "market",
        "shares",
    ];
    word.len() < 3 || is_in(word, GENERIC) || is_in(word, LEGAL_SUFFIXES)
}

/// Finds `name` in the text and scores it. When the full name is absent, its distinctive
/// words are tried ("Bank of Baroda" -> "Baroda"); when nothing is found, the score is the
/// document's.
pub fn score_target(doc: &Doc, res: &SentimentResult, name: &str) -> TargetResult {
    let mut mentions = find_name(doc, name);
    // Its possessive, a word of its own ("Wipro's growth", "RILs Q1 show", "Sebi’s plea").
    for suffix in ["'s", "\u{2019}s", "s"] {
        if mentions.is_empty() {
            mentions = find_name(doc, &format!("{name}{suffix}"));
        }
    }
    if mentions.is_empty() {
        let words: Vec<&str> = name
            .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
            .filter(|w| !is_generic(w))
            .collect();
        for w in words {
            mentions = find_name(doc, w);
            if !mentions.is_empty() {
                break;
            }
        }
    }
    if mentions.is_empty() {
        return TargetResult {
            score: res.overall,
            ..TargetResult::default()
        };
    }
    let e = score_entity(doc, res, &mentions, None);
    TargetResult {
        score: e.score,
        mentions: mentions
            .iter()
            .map(|m| Span::new(doc.tokens[m.0].span.start, doc.tokens[m.1].span.end))
            .collect(),
        mention_tokens: mentions,
        phrases: e.phrases,
        sum: e.sum,
        weight: e.weight,
    }
}

/// Every whole-token occurrence of `name`, case-insensitive, as inclusive token ranges.
pub(crate) fn find_name(doc: &Doc, name: &str) -> Vec<(usize, usize)> {
    let pattern = phrase_pattern(name);
    if pattern.trim().is_empty() {
        return Vec::new();
    }
    let stream = &doc.stream.text;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = stream[from..].find(&pattern) {
        let start = from + i;
        if let Some(r) = doc.stream.tokens_of(start, start + pattern.len()) {
            out.push(r);
        }
        from = start + pattern.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentiment::{run, Lexicon};

    fn target(text: &str, name: &str) -> f64 {
        let doc = Doc::new(text);
        let res = run(&doc, &Lexicon::builtin());
        score_target(&doc, &res, name).score
    }

    #[test]
    fn a_name_after_with_leading_a_participle_is_its_subject() {
        let text = "Video stocks fell, with Roku <ROKU.O> dropping over 6%, Walt Disney <DIS.N> \
                    falling 5%.";
        assert!(target(text, "Roku") < -0.15);
        let text = "Oil stocks topped the indexes with Exxon Mobil Corp <XOM.N> and Chevron Corp \
                    <CVX.N> climbing 3.7% and 4.9%.";
        assert!(target(text, "Exxon Mobil Corp") > 0.15);
        // "With" still names the counterpart of a deal.
        let text = "RCom gains 3% on deal with Reliance Jio";
        assert!(target(text, "Reliance Jio").abs() < 0.15);
    }

    #[test]
    fn a_speaker_named_after_the_news_is_only_its_source() {
        let text = "Potential future growth in pharma space, says Deepak Shenoy, Capital Mind";
        assert!(target(text, "Capital Mind").abs() < 0.15);
        let text = "Limited room left for further upside, says P Phani Sekhar, Karvy Stock Broking";
        assert!(target(text, "Karvy Stock Broking").abs() < 0.15);
        // Not a name in news told after the verb.
        let text = "Carl Icahn says his firm sold remainder of Netflix stake";
        assert!(target(text, "Netflix") < -0.15);
    }

    #[test]
    fn what_lies_ahead_for_a_name_is_its_own_outlook() {
        let text = "Tough times ahead for ITC's tobacco division: Taher Badshah, Motilal Oswal";
        assert!(target(text, "ITC") < -0.15);
        // "Ahead of" still marks a time: the gain is Eros's, not its rival's.
        let text = "Eros gains ahead of rival Shemaroo's IPO";
        assert!(target(text, "Shemaroo").abs() < 0.15);
    }

    #[test]
    fn the_employer_of_a_speaker_is_only_the_source() {
        let text = "Earnings estimates are weaker than normal, says Jonathan Golub, the chief \
                    U.S. equity strategist at Credit Suisse.";
        assert!(target(text, "Credit Suisse").abs() < 0.15);
        let text = "\"The iPhone's popularity has endured,\" said Hargreaves Lansdown analyst \
                    Susannah Streeter.";
        assert!(target(text, "Hargreaves Lansdown").abs() < 0.15);
        let text = "Tuesday's rally is strong, said Jake Dollarhide, chief investment officer \
                    at Longbow Asset Management.";
        assert!(target(text, "Longbow Asset Management").abs() < 0.15);
        // A chief executive speaks of the firm's own business.
        let text = "Profit jumped 40% to a record, said Jane Doe, chief executive of Acme Corp.";
        assert!(target(text, "Acme Corp") > 0.15);
    }

    #[test]
    fn a_holding_traded_is_news_for_its_company_not_the_trader() {
        let text = "Piem Hotels sells 27 lakh shares of Indian Hotels for Rs 21 cr";
        assert!(target(text, "Indian Hotels") < -0.15);
        assert!(target(text, "Piem Hotels").abs() < 0.15);
        let text = "Videocon buys 5.5 lakh shares of ABG Shipyard for over Rs 20 crore";
        assert!(target(text, "ABG Shipyard") > 0.15);
        assert!(target(text, "Videocon").abs() < 0.15);
    }

    #[test]
    fn targets_take_their_own_clause() {
        assert!(target("Shell rose while BP fell", "BP") < -0.15);
        assert!(target("Shell rose while BP fell", "Shell") > 0.15);
        assert!(target("JPMorgan rose 2% while Wells Fargo fell 6%", "Wells Fargo") < -0.15);
    }

    #[test]
    fn the_cause_of_a_move_is_someone_else_s_news() {
        assert!(
            target(
                "Brent drops below $87 as Fed optimism lifts dollar",
                "Brent"
            ) < -0.15
        );
        assert!(
            target(
                "Jewellery stocks rally 14% as gold prices fall sharply",
                "Jewellery"
            ) > 0.15
        );
        assert!(
            target(
                "Tyre companies rise on weak rubber prices",
                "Tyre companies"
            ) > 0.15
        );
        // And for the one named in the cause, the move is someone else's news.
        assert!(target("IOB drops after RBI action", "RBI").abs() < 0.15);
        assert!(target("IndusInd Bank shares fall 4% on RBI move", "RBI").abs() < 0.15);
        assert!(target("Infosys downgraded by UBS", "UBS").abs() < 0.15);
        assert!(target("Acme falls as Beta Corp rallies", "Beta Corp") > 0.15);
        // Unless it speaks of the entity again.
        let text = "Acme shares rose 4% after the company won a large order";
        assert!(target(text, "Acme") > target("Acme shares rose 4%", "Acme"));
    }

    #[test]
    fn on_after_a_quoted_rating_or_inside_a_phrase_names_the_object() {
        // The rating's object, past the closing quote.
        assert!(target("CLSA maintains 'Buy' on Shree Cement", "Shree Cement") > 0.15);
        assert!(target("Barclays 'Underweight' on Voltas", "Voltas") < -0.15);
        // The "on" of "weigh on" names what is weighed on.
        assert!(target("Currency headwinds weigh on IT stocks", "IT stocks") < -0.15);
        // A move's cause still opens after "on".
        assert!(target("IndusInd Bank shares fall 4% on RBI move", "RBI").abs() < 0.15);
        assert!(target("Acme shares fall 4% on Beta Corp move", "Beta Corp").abs() < 0.15);
    }

    #[test]
    fn advisers_calls_score_their_object() {
        let text = "Avoid Tech Mahindra: Jane Doe, Acme Securities";
        assert!(target(text, "Tech Mahindra") < -0.15);
        assert!(target(text, "Acme Securities").abs() < 0.15);
        assert!(
            target(
                "Hopeful on construction sector: Jane Doe",
                "construction sector"
            ) > 0.15
        );
        let text = "Citi downgrades Reliance Industries to neutral; prefers Cairn India";
        assert!(target(text, "Cairn India") > 0.15);
        assert!(target(text, "Reliance Industries") < -0.15);
    }

    #[test]
    fn a_market_named_in_another_clause_is_someone_else() {
        let text = "Infosys slips 2%; Sensex rallies over 300 points";
        assert!(target(text, "Infosys") < -0.15);
        assert!(target(text, "Sensex") > 0.15);
    }

    #[test]
    fn lists_borrow_the_next_clause() {
        assert!(target("Infosys, TCS gain on strong results", "Infosys") > 0.15);
        // Even when another clause of the sentence speaks too.
        let text = "Mutual funds sell IT stocks in March; go long on auto, pharma";
        assert!(target(text, "pharma") > 0.15);
        let text = "Dow closes at new record as Intel, IBM gain";
        assert!(target(text, "Intel") > 0.15);
        let text = "Sensex, Nifty hit fresh record high ahead of RBI policy";
        assert!(target(text, "Sensex") > 0.15);
        let text = "Sensex, Nifty rangebound; ITC, TCS, Tata Motors top gainers";
        assert!(target(text, "TCS") > 0.15);
        assert!(target(text, "ITC") > 0.15);
    }

    #[test]
    fn an_agent_is_not_the_subject_of_its_object_s_news() {
        let text = "Gati surges as Macquarie buys stake";
        assert!(target(text, "Gati") > 0.15);
        assert!(target(text, "Macquarie").abs() < 0.15);
        let text = "CLSA maintains 'Buy' on Shree Cement";
        assert!(target(text, "CLSA").abs() < 0.15);
        let text = "Citi bullish on metals, upgrades Tata Steel";
        assert!(target(text, "Citi").abs() < 0.15);
        assert!(target(text, "Tata Steel") > 0.15);
        let text = "Icra hits record high as Moodys ups stake to 50%";
        assert!(target(text, "Moodys").abs() < 0.15);
        let text = "Top five reasons why Deutsche Bank cut Indian markets to 'neutral'";
        assert!(target(text, "Deutsche Bank").abs() < 0.15);
        let text = "BofA-ML sees 20% upside potential in Infosys, upgrades to buy";
        assert!(target(text, "Infosys") > 0.15);
        // The forecaster's own score is not its call on someone else.
        let text = "BofA-ML sees nearly 20% upside in Maruti Suzuki";
        assert!(target(text, "BofA-ML").abs() < 0.15);
        assert!(target(text, "Maruti Suzuki") > 0.15);
        let text = "Analysts at Goldman Sachs cut their price target on Intel";
        assert!(target(text, "Goldman Sachs").abs() < 0.15);
        assert!(target(text, "Intel") < -0.15);
        let text = "Dr Reddy extends losses; Morgan Stanley, BofA downgrade";
        assert!(target(text, "Morgan Stanley").abs() < 0.15);
        assert!(target(text, "Dr Reddy") < -0.15);
        // A company's own verbs stay its own news.
        assert!(target("Harbor Bank said profit soared", "Harbor Bank") > 0.15);
    }

    #[test]
    fn the_speaker_of_a_headline_is_not_its_subject() {
        let text = "Strongly bullish on auto stocks: Jane Doe, Acme Securities";
        assert!(target(text, "Acme Securities").abs() < 0.15);
        assert!(target(text, "auto stocks") > 0.15);
    }

    #[test]
    fn a_counterpart_is_not_the_subject() {
        assert!(target("Yen surges against dollar", "dollar").abs() < 0.15);
        assert!(target("Jaypee stocks rally on deal with JSW Energy", "JSW Energy").abs() < 0.15);
        assert!(target("Jaypee stocks rally on deal with JSW Energy", "Jaypee") > 0.15);
    }

    #[test]
    fn what_the_subject_is_compared_with_is_not_the_subject() {
        let text = "Relaxo more attractive than Bata";
        assert!(target(text, "Bata").abs() < 0.15);
        assert!(target(text, "Relaxo") > 0.15);
        assert!(target("Broader market outshines Sensex", "Sensex").abs() < 0.15);
        let text = "Bank, IT stocks to underperform Nifty in the short run";
        assert!(target(text, "Nifty").abs() < 0.15);
        let text = "Prefer Idea Cellular over Bharti Airtel";
        assert!(target(text, "Bharti Airtel").abs() < 0.15);
        assert!(target(text, "Idea Cellular") > 0.15);
        // "Over" without a preference compares nothing.
        assert!(target("Acme surges over Beta Corp takeover bid", "Beta Corp") > 0.15);
    }

    #[test]
    fn the_stock_clause_belongs_to_the_subject_or_to_the_object_of_a_call() {
        let text = "Archies ties up with UNICEF; stock gains";
        assert!(target(text, "UNICEF").abs() < 0.15);
        assert!(target(text, "Archies") > 0.15);
        let text = "Credit Suisse downgrades Ipca Labs; stock plunges 15%";
        assert!(target(text, "Credit Suisse").abs() < 0.15);
        assert!(target(text, "Ipca Labs") < -0.15);
    }

    #[test]
    fn a_broker_s_call_and_its_later_clauses_are_about_its_object() {
        let text = "Barclays 'Underweight' on Voltas";
        assert!(target(text, "Barclays").abs() < 0.15);
        assert!(target(text, "Voltas") < -0.15);
        let text = "Just Dial gains after Macquarie starts with 'outperform'";
        assert!(target(text, "Macquarie").abs() < 0.15);
        let text = "JPMorgan upgrades Titan to Overweight, sees over 14% upside";
        assert!(target(text, "JPMorgan").abs() < 0.15);
        assert!(target(text, "Titan") > 0.15);
        // A passive rating change is the subject's own news.
        assert!(target("Infosys downgraded by UBS: old concern", "Infosys") < -0.15);
    }

    #[test]
    fn regulators_and_forecasters_act_on_someone_else() {
        let text = "Sebi slaps Rs 1 crore fine on Falcon";
        assert!(target(text, "Sebi").abs() < 0.15);
        assert!(target(text, "Falcon") < -0.15);
        let text = "Deutsche Bank sees Sensex 20% up in 2014";
        assert!(target(text, "Deutsche Bank").abs() < 0.15);
        assert!(target(text, "Sensex") > 0.15);
        // What a company sees for itself stays its own news.
        assert!(target("Acme sees strong demand in 2014", "Acme") > 0.15);
    }

    #[test]
    fn on_after_a_burden_names_who_bears_it() {
        let text = "Debt is going to be a drag on Deccan Chronicle: Jane Doe";
        assert!(target(text, "Deccan Chronicle") < -0.15);
        assert!(target("Exit of hot money could put pressure on rupee", "rupee") < -0.15);
        // A cause after a move still opens with "on".
        assert!(target("Acme shares fall 4% on Beta Corp move", "Beta Corp").abs() < 0.15);
    }

    #[test]
    fn the_last_item_of_a_list_takes_the_clause_before_the_list() {
        let text = "Maintain Buy on IOC, BPCL, HPCL: Emkay";
        assert!(target(text, "HPCL") > 0.15);
        // Not the speaker after the colon.
        assert!(target(text, "Emkay").abs() < 0.15);
        let text = "Bullish on Reliance Communications: Jane Doe, Fund Manager, Acme Equities";
        assert!(target(text, "Acme Equities").abs() < 0.15);
    }

    #[test]
    fn an_action_against_someone_is_about_its_object_not_its_author() {
        let text = "Tribunal upholds Sebi order against Comfort Fincap";
        assert!(target(text, "Comfort Fincap") < -0.15);
        assert!(target(text, "Sebi").abs() < 0.15);
        // A plain "against" still names a counterpart.
        assert!(target("Rupee slips against dollar", "dollar").abs() < 0.15);
    }

    #[test]
    fn a_headline_clause_before_a_semicolon_has_its_own_subject() {
        let text = "Sensex slips over 100 points; Nifty tests 7900 levels";
        assert!(target(text, "Nifty").abs() < 0.15);
        assert!(target(text, "Sensex") < -0.15);
        // Unless the name led that move.
        let text = "Sensex rallies over 300 points; TCS, Tata Motors lead";
        assert!(target(text, "TCS") > 0.15);
    }

    #[test]
    fn the_next_item_of_a_list_shares_the_predicate_before_it() {
        let text = "Prefer Bajaj, Titan in the largecap space: Pankaj Pandey";
        assert!(target(text, "Titan") > 0.15);
        let text = "More lawsuits filed against Honda, Takata over air bags";
        assert!(target(text, "Takata") < -0.15);
        // Not a name inside a cause, nor an item of a list passed over.
        let text = "Seoul shares fall on China PMI, won retreats as dollar rallies";
        assert!(target(text, "won") < -0.15);
        let text = "Prefer HDFC Bank over ICICI, Axis Bank: Sonam Udasi";
        assert!(target(text, "Axis Bank").abs() < 0.15);
    }

    #[test]
    fn every_item_of_a_compared_list_is_compared() {
        let text = "Nifty to outperform CNX IT, CNX Bank: Ashwani Gujral";
        assert!(target(text, "CNX Bank").abs() < 0.15);
        assert!(target(text, "Nifty") > 0.15);
        // A buyback of a stake in someone else acts on it.
        let text = "Fortis Healthcare to buyback 3.1% stake in SRL Ltd, a strong boost";
        assert!(target(text, "Fortis Healthcare").abs() < 0.15);
    }

    #[test]
    fn the_index_a_stock_joins_or_leaves_is_not_the_subject() {
        let text = "Lupin, Power Grid, Zee Entertainment to be deleted from MSCI India Index";
        assert!(target(text, "MSCI India Index").abs() < 0.15);
        assert!(target(text, "Lupin") < -0.15);
    }

    #[test]
    fn the_approver_is_not_the_subject() {
        let text = "Wipro gets BSE, NSE approval to merge subsidiaries, a strong boost";
        assert!(target(text, "NSE").abs() < 0.15);
        assert!(target(text, "Wipro") > 0.15);
    }

    #[test]
    fn a_counterpart_after_an_article_is_still_a_counterpart() {
        let text = "South Korean won falls nearly 1% against the dollar";
        assert!(target(text, "dollar").abs() < 0.15);
        let text = "Rupee hits day high of 60.45 against the US dollar";
        assert!(target(text, "dollar").abs() < 0.15);
        // After a copula the word is the predicate.
        let text = "Macro headwinds are against the auto stocks";
        assert!(target(text, "auto stocks") < -0.15);
    }

    #[test]
    fn the_index_of_a_ranking_is_not_the_subject() {
        let text = "Profit-booking hits auto stocks, M&M top Sensex loser";
        assert!(target(text, "Sensex").abs() < 0.15);
        assert!(target(text, "M&M") < -0.15);
        let text = "Tata Steel, JSPL top Nifty losers, sink over Goa mining ban uncertainty";
        assert!(target(text, "Nifty").abs() < 0.15);
    }

    #[test]
    fn brokers_targets_passive_agents_and_pick_sources_are_not_the_subject() {
        let text = "JPMorgan cuts target price on Jet Airways by a massive 40% post Q3 loss";
        assert!(target(text, "JPMorgan").abs() < 0.15);
        assert!(target(text, "Jet Airways") < -0.15);
        let text = "Credit Suisse trims Nifty earnings estimates";
        assert!(target(text, "Credit Suisse").abs() < 0.15);
        // A company's own forecast is its own news.
        let text = "Acme cuts revenue forecast";
        assert!(target(text, "Acme") < -0.05);
        let text = "Jet Airways plunge on ratings downgrade by ICRA";
        assert!(target(text, "ICRA").abs() < 0.15);
        assert!(target(text, "Jet Airways") < -0.15);
        let text = "Markets high on hope; top picks for 2014 from Sharekhan";
        assert!(target(text, "Sharekhan").abs() < 0.15);
    }

    #[test]
    fn news_that_acts_on_someone_else_is_the_object_s() {
        let text = "Castex clarification lifts Amtek Auto shares, ends 6% higher";
        assert!(target(text, "Castex").abs() < 0.15);
        assert!(target(text, "Amtek Auto") > 0.15);
        let text = "Ukraine nerves send European shares lower";
        assert!(target(text, "Ukraine").abs() < 0.15);
        // The cause's own move stays its own.
        let text = "Dollar's retreat lifts Asia FX";
        assert!(target(text, "Dollar") < -0.15);
        // Not leaders, nor the entity's own results or stock.
        let text = "TCS, financial stocks drive Sensex higher";
        assert!(target(text, "TCS") > 0.15);
        let text = "Den demerger talk lifts stock";
        assert!(target(text, "Den") > 0.15);
    }

    #[test]
    fn the_speaker_of_a_headline_forecast_is_not_its_subject() {
        let text = "Barclays expects gold prices to struggle as Fed plans rate hike";
        assert!(target(text, "Barclays").abs() < 0.15);
        assert!(target(text, "gold") < -0.15);
        let text = "Nomura says to cut back on Reliance Power";
        assert!(target(text, "Nomura").abs() < 0.15);
        // Its own stock still moves with its own outlook.
        let text = "Suzlon expects emerging economies to push sales; stock jumps";
        assert!(target(text, "Suzlon") > 0.15);
        // In prose, a company's outlook is its own news.
        let text = "Harbor Bank expects strong growth next year.";
        assert!(target(text, "Harbor Bank") > 0.15);
    }

    #[test]
    fn a_buyer_after_to_or_in_a_list_acts_on_someone_else() {
        // A purchase put off by "to" or "in talks to": the gain is the object's.
        let text = "GE India to acquire 70% stake in Advanced Systek, a strong growth story";
        assert!(target(text, "GE India").abs() < 0.15);
        let text = "General Atlantic in talks to buy stakes in Just Dial, a strong growth story";
        assert!(target(text, "General Atlantic").abs() < 0.15);
        // The later item of a list of buyers, with the base form of the verb.
        let text = "Morgan Stanley, Barclays buy Claris shares, a strong growth story";
        assert!(target(text, "Barclays").abs() < 0.15);
        // A base form after a single name is a noun; a buyer's own stock moves on its
        // purchase.
        let text = "Core Projects to buy UK firm ITN Mark; stock up";
        assert!(target(text, "Core Projects") > 0.15);
        let text = "Rice, soya pick up on better rains";
        assert!(target(text, "soya") > 0.15);
    }

    #[test]
    fn a_market_index_is_someone_else_even_first_in_the_sentence() {
        let text = "Sensex slips over 200 points, Nifty tests 6,250 levels";
        assert!(target(text, "Nifty").abs() < 0.15);
        assert!(target(text, "Sensex") < -0.15);
        // Still the move of the names that led it, past the semicolon.
        let text = "Nifty slips 100 points; Hindalco, Tata Steel drag";
        assert!(target(text, "Hindalco") < -0.15);
        // "A drag" is no leader: the clause before is MphasiS's own news.
        let text = "MphasiS Q3 profit rises 7%; HP still a drag";
        assert!(target(text, "HP") < -0.15);
    }

    #[test]
    fn a_name_held_flat_takes_nothing_from_the_other_clauses() {
        let text = "Sensex rangebound, Nifty below 7450; top ten stocks in focus";
        assert!(target(text, "Sensex").abs() < 0.15);
        let text = "Wall Street flat, but tech and biotech lift Nasdaq";
        assert!(target(text, "Wall Street").abs() < 0.15);
        // A name that moved still takes its list's predicate.
        assert!(target("Infosys, TCS gain on strong results", "Infosys") > 0.15);
    }

    #[test]
    fn a_name_that_holds_firm_or_tests_a_level_takes_nothing_else() {
        let text = "Yen firms after central bank minutes; dollar retreats";
        assert!(target(text, "Yen").abs() < 0.15);
        let text = "Sensex slips over 200 points, Nifty tests 6,250 levels";
        assert!(target(text, "Nifty").abs() < 0.15);
        assert!(target(text, "Sensex") < -0.15);
        // Its own phrase still counts.
        let text = "Acme Corp holds gains as rivals slump";
        assert!(target(text, "Acme Corp") > 0.15);
        // "firm" the noun holds nothing: the buyer's own stock moved.
        let text = "Acme Corp to buy UK firm Beta Ltd; stock up";
        assert!(target(text, "Acme Corp") > 0.15);
    }

    #[test]
    fn a_name_after_ahead_of_or_before_marks_a_time() {
        let text = "Britain FTSE edges lower, caution before ECB meeting";
        assert!(target(text, "ECB").abs() < 0.15);
        assert!(target(text, "FTSE") < -0.15);
    }

    #[test]
    fn examples_after_like_take_the_list_s_predicate() {
        let text = "Sugar stocks like Bajaj Hindusthan, Dhampur Sugar rise amid election results";
        assert!(target(text, "Bajaj Hindusthan") > 0.15);
        // A name that ends a clause with its own verb before it does not borrow.
        let text = "Vakrangee bags order from Union Bank; stock up";
        assert!(target(text, "Union Bank") < target(text, "Vakrangee"));
    }

    #[test]
    fn a_movement_whose_metric_is_the_entity_moves_it() {
        // The name is the metric the movement took, past a word that opens a cause.
        assert!(target("Analysts see a rally on Nifty next week", "Nifty") > 0.15);
        // A movement whose span only passes over a name is not about it.
        assert!(target("Dollar slips on Acme Bank guidance", "Acme Bank").abs() < 0.15);
    }

    #[test]
    fn the_agent_of_a_market_s_move_moves_with_it() {
        let text = "London shares lifted by mining stocks";
        assert!(target(text, "mining stocks") > 0.15);
        assert!(target(text, "London shares") > 0.15);
        let text = "Paris bourse slips, led lower by Acme Motors";
        assert!(target(text, "Acme Motors") < -0.15);
        // Not the agent of a rating change, nor a backer.
        let text = "Infosys downgraded by Acme Securities";
        assert!(target(text, "Acme Securities").abs() < 0.15);
        let text = "Paris bourse slips, backed by Acme Motors";
        assert!(target(text, "Acme Motors").abs() < 0.15);
    }

    #[test]
    fn public_bodies_act_on_the_market() {
        let text = "RBI warns of rising bad loans at banks";
        assert!(target(text, "RBI").abs() < 0.15);
        assert!(target("Fed sees slump in demand", "Fed").abs() < 0.15);
        let text = "Govt clears Acme Corp merger; stock surges";
        assert!(target(text, "Govt").abs() < 0.15);
        assert!(target("OPEC warns of weak demand, falling prices", "OPEC").abs() < 0.15);
        let text = "The Bank of Italy warned of rising bad loans at Italian banks.";
        assert!(target(text, "Bank of Italy").abs() < 0.15);
        let text = "The U.S. Securities and Exchange Commission fined three banks for weak \
                    controls.";
        assert!(target(text, "U.S. Securities and Exchange Commission").abs() < 0.15);
        // The same words about a company are its news.
        let text = "Acme Bank warns of rising bad loans";
        assert!(target(text, "Acme Bank") < -0.15);
        assert!(target("Acme Corp sees slump in demand", "Acme Corp") < -0.15);
    }

    #[test]
    fn on_before_an_amount_or_a_country_opens_a_cause() {
        let text = "Acme Corp rallies 7% on Rs 8,900 crore Beta Telecom deal";
        assert!(target(text, "Beta Telecom").abs() < 0.15);
        // (A deal, not "takeover talks": the learned weight of "takeover" is Beta's own.)
        let text = "Acme Corp surges on US based Beta Chemicals deal";
        assert!(target(text, "Beta Chemicals").abs() < 0.15);
        // A place is not a cause: the move there is the place's.
        assert!(target("Stocks slide sharply on Wall Street", "Wall Street") < -0.15);
    }

    #[test]
    fn the_customer_of_a_deal_is_a_counterpart() {
        let text = "Acme Engineering surges on big order from Beta Railways";
        assert!(target(text, "Beta Railways").abs() < 0.15);
        assert!(target(text, "Acme Engineering") > 0.15);
        // Not a move away from a name.
        let text = "Investors should stay away from Beta Railways";
        assert!(target(text, "Beta Railways") < -0.15);
    }

    #[test]
    fn such_as_opens_a_list_not_a_cause() {
        let text = "Very positive on NBFCs such as Acme Financial";
        assert!(target(text, "Acme Financial") > 0.15);
        // "as" alone still opens a cause: the move before it is someone else's.
        let text = "Acme Financial slumps as Beta Capital sells stake";
        assert!(target(text, "Beta Capital").abs() < 0.15);
    }

    #[test]
    fn an_item_before_the_last_of_a_list_takes_its_predicate() {
        let text = "Better to invest in FMCG, pharma and IT";
        assert!(target(text, "pharma") > 0.15);
        let text = "Recommend Acme Motors, Beta Steel and Gamma Power";
        assert!(target(text, "Beta Steel") > 0.15);
        assert!(target(text, "Gamma Power") > 0.15);
        // A clause with a verb of its own is not a list item.
        let text = "Zeta Corp shares slump, Acme Motors and Beta Steel to merge";
        assert!(target(text, "Acme Motors").abs() < 0.15);
        assert!(target(text, "Beta Steel").abs() < 0.15);
    }

    #[test]
    fn more_forms_of_advisers_calls_and_regulators_attention() {
        assert!(
            target(
                "Acme Motors not recommended at current levels",
                "Acme Motors"
            ) < -0.15
        );
        assert!(
            target(
                "Acme Motors is the recommended stock in autos",
                "Acme Motors"
            ) > 0.15
        );
        assert!(target("Get out of Acme Motors: Jane Doe", "Acme Motors") < -0.15);
        let text = "Acme Corp, Beta Land under income tax scanner";
        assert!(target(text, "Beta Land") < -0.15);
        // Whole words only: a maker of scanners is not under one.
        let text = "Acme Corp launches new barcode scanners";
        assert!(target(text, "Acme Corp").abs() < 0.15);
    }

    #[test]
    fn what_a_preference_passes_over_is_not_the_subject() {
        let text = "Prefer Acme Bank over Beta Bank, Gamma Bank: Jane Doe";
        assert!(target(text, "Gamma Bank").abs() < 0.15);
        assert!(target(text, "Beta Bank").abs() < 0.15);
        let text = "Prefer private lenders to Beta Bank: Jane Doe";
        assert!(target(text, "Beta Bank").abs() < 0.15);
        // The preferred names keep the call.
        assert!(target("Prefer Acme Bank, Gamma Bank: Jane Doe", "Gamma Bank") > 0.15);
    }

    #[test]
    fn the_source_of_figures_or_views_is_not_their_subject() {
        // Named before a noun of published figures, or after "by" or "from" one.
        let text = "A Deutsche Bank survey showed expectations of a recession are sharply on \
                    the rise.";
        assert!(target(text, "Deutsche Bank").abs() < 0.15);
        let text = "Rigs drilling for gas rose sharply, according to data from field services \
                    company Baker Hughes, but growth has stalled.";
        assert!(target(text, "Baker Hughes").abs() < 0.15);
        let text = "Netflix added 2.4 million subscribers, more than double the forecast of \
                    analysts polled by Refinitiv.";
        assert!(target(text, "Refinitiv").abs() < 0.15);
        // The subject of a reporting verb, when the report is about something else.
        let text = "AAII reported that bullish sentiment surged to a one-year high.";
        assert!(target(text, "AAII").abs() < 0.15);
        let text = "Travel website Kayak said searches for flights to Europe jumped 40%.";
        assert!(target(text, "Kayak").abs() < 0.15);
        let text = "Funds remain heavily underweight energy after weak inflows, BofA said.";
        assert!(target(text, "BofA").abs() < 0.15);
        // Not a firm that reports its own business, nor its own guidance.
        let text = "Affirm said on Thursday its quarterly loss widened sharply.";
        assert!(target(text, "Affirm") < -0.15);
        let text = "Morgan Stanley said advisory revenues nearly doubled from a year ago.";
        assert!(target(text, "Morgan Stanley") > 0.15);
        let text = "Acme reported a record quarterly profit.";
        assert!(target(text, "Acme") > 0.15);
        let text = "Stocks fell after a weak sales forecast from Acme.";
        assert!(target(text, "Acme") < -0.15);
        let text = "Acme added 5% after it beat revenue estimates.";
        assert!(target(text, "Acme") > 0.15);
    }

    #[test]
    fn a_source_takes_nothing_from_the_rest_of_its_report() {
        let text = "But BCA says inflationary pressures remain tame in Japan. The index rose \
                    sharply and wages jumped.";
        assert!(target(text, "BCA").abs() < 0.15);
        let text = "The rally has legs, said Jane Doe, chief strategist at Acme Capital. The \
                    index rose sharply and wages jumped.";
        assert!(target(text, "Acme Capital").abs() < 0.15);
        // A firm that speaks of its own business still carries its later sentences.
        let text = "Acme said its revenue rose. Profit also jumped to a record.";
        assert!(target(text, "Acme") > 0.15);
    }

    #[test]
    fn the_index_a_stock_ranks_within_takes_nothing_from_its_move() {
        let text = "Best Buy shot up 12% as the best performing stock on the S&P 500 index.";
        assert!(target(text, "S&P 500").abs() < 0.15);
        let text = "Interroll shares are at the bottom of the STOXX 600, losing 6.5%.";
        assert!(target(text, "STOXX 600").abs() < 0.15);
        // The index's own move still counts.
        let text = "The S&P 500 fell 2%, its worst day in a month.";
        assert!(target(text, "S&P 500") < -0.15);
    }

    #[test]
    fn what_someone_else_holds_takes_nothing_from_the_holder_s_news() {
        let text = "ARK Innovation, which has outsized positions in Zoom, Tesla Inc <TSLA.O> \
                    and Roku Inc <ROKU.O>, rose 1.9% in afternoon trading.";
        assert!(target(text, "Roku Inc").abs() < 0.15);
        assert!(target(text, "Tesla Inc").abs() < 0.15);
        let text = "Shares of Tesla fell 9% since he disclosed his more than 9% stake in Twitter.";
        assert!(target(text, "Twitter").abs() < 0.15);
        // A holding traded is news for the company held.
        let text = "Acme Capital raised its stake in Beta Corp, whose shares jumped 5%.";
        assert!(target(text, "Beta Corp") > 0.15);
    }

    #[test]
    fn an_adverb_may_stand_between_a_source_and_its_reporting_verb() {
        let text = "KBW actually believes crypto banking trends could be more positive than \
                    the market expects.";
        assert!(target(text, "KBW").abs() < 0.15);
        let text = "Acme recently said its quarterly profit jumped to a record.";
        assert!(target(text, "Acme") > 0.15);
    }

    #[test]
    fn a_double_digit_move_takes_the_move_s_sign() {
        let text = "Double digit share drop for Acme after its third-quarter update.";
        assert!(target(text, "Acme") < -0.15);
        let text = "Acme posted double-digit revenue growth.";
        assert!(target(text, "Acme") > 0.15);
    }

    #[test]
    fn the_agency_of_a_byline_is_only_the_source() {
        let text = "NEW YORK, Sept 12 (Reuters) - Wall Street advanced to two-week highs with a \
                    three-day winning streak. Stocks rallied again.";
        assert!(target(text, "Reuters").abs() < 0.15);
        // Not a name in brackets that the sentence is about.
        let text = "Shares of the carmaker (Acme) jumped 9% to a record high.";
        assert!(target(text, "Acme") > 0.15);
    }

    #[test]
    fn a_target_is_found_in_its_possessive() {
        let text = "Acme's profit slumps, but Beta Corp shares rally";
        assert!(target(text, "Acme") < -0.15);
        assert!(target("Acme’s profit slumps", "Acme") < -0.15);
        assert!(target("Acmes profit slumps", "Acme") < -0.15);
    }

    #[test]
    fn a_list_after_a_semicolon_does_not_take_the_clause_before_it() {
        let text = "Markets seen opening sharply lower; Acme Motors, Beta Steel eyed";
        assert!(target(text, "Beta Steel").abs() < 0.15);
        // Within the clause's own list it does ("go long on auto, pharma").
        let text = "Go long on Acme Motors, Beta Steel";
        assert!(target(text, "Beta Steel") > 0.15);
    }

    #[test]
    fn the_source_of_a_figure_is_not_its_subject() {
        let text = "Acme Corp sales rose sharply, according to data from Beta Research";
        assert!(target(text, "Beta Research").abs() < 0.15);
        assert!(target(text, "Acme Corp") > 0.15);
        let text = "Acme Corp profit jumped, per Beta Research";
        assert!(target(text, "Beta Research").abs() < 0.15);
        // A source before the news is not a tail citation: the news is about the name.
        let text = "According to traders, Beta Research shares surged";
        assert!(target(text, "Beta Research") > 0.15);
    }

    #[test]
    fn relief_drive_reproach_and_reasonable_valuations() {
        let text = "New contract a big relief for Acme Ports: Jane Doe";
        assert!(target(text, "Acme Ports") > 0.15);
        assert!(target("Acme Ports looks reasonably priced: Jane Doe", "Acme Ports") > 0.15);
        assert!(target("Acme Ports gets an earful from the tribunal", "Acme Ports") < -0.15);
        // Relief as a measure is neutral news.
        let text = "Acme Ports applies for relief package";
        assert!(target(text, "Acme Ports").abs() < 0.15);
    }

    #[test]
    fn market_slang_moves_runs_and_advisers_calls() {
        assert!(target("Acme Corp shares leap 8% after CEO quits", "Acme Corp") > 0.15);
        assert!(target("Acme Corp Q2 net nosedives 81%", "Acme Corp") < -0.15);
        assert!(target("Acme Corp losses nosedive as costs ease", "Acme Corp") > 0.0);
        assert!(
            target(
                "Acme Corp profit after tax expected to decline",
                "Acme Corp"
            ) < 0.0
        );
        assert!(target("Acme Corp snaps losing streak", "Acme Corp") > 0.15);
        assert!(target("Acme Corp shares take hit after filing", "Acme Corp") < -0.15);
        assert!(target("Step aside from Acme Corp: Jane Doe", "Acme Corp") < -0.15);
        assert!(target("Acme Corp is doing very well: Jane Doe", "Acme Corp") > 0.15);
        // A market going nowhere is neutral news.
        assert!(target("Acme Corp trades in a narrow range", "Acme Corp").abs() < 0.15);
    }

    #[test]
    fn outlook_words_and_negated_linking_verbs() {
        assert!(target("Outlook for Acme Corp bright: Jane Doe", "Acme Corp") > 0.15);
        assert!(target("Acme Corp reports dismal sales", "Acme Corp") < -0.15);
        // The negator passes over "look" to the word it links.
        assert!(target("Acme Corp doesn't look cheap: Jane Doe", "Acme Corp") < -0.15);
        assert!(target("Acme Corp looks cheap: Jane Doe", "Acme Corp") > 0.15);
        assert!(target("Foreign funds pull out of Acme Corp", "Acme Corp") < -0.15);
    }

    #[test]
    fn regulators_restraints_and_rating_watches() {
        let text = "Tribunal upholds regulator's restraint on Acme Securities";
        assert!(target(text, "Acme Securities") < -0.15);
        assert!(
            target(
                "Regulator prohibits Acme Securities for six months",
                "Acme Securities"
            ) < -0.15
        );
        let text = "Agency places Acme Finance on rating watch with negative implications";
        assert!(target(text, "Acme Finance") < -0.15);
        assert!(target("Broker ups target price on Acme Corp", "Acme Corp") > 0.0);
    }

    #[test]
    fn an_exchange_or_agency_acting_on_another_is_not_its_subject() {
        let text = "Exchanges to exclude Acme Spirits from F&O segment";
        assert!(target(text, "Acme Spirits") < -0.15);
        let text = "NSE, BSE to exclude Acme Spirits from F&O segment";
        assert!(target(text, "NSE").abs() < 0.15);
        let text = "Beta Ratings places Acme Finance on ratings watch";
        assert!(target(text, "Beta Ratings").abs() < 0.15);
        assert!(target(text, "Acme Finance") < -0.15);
    }

    #[test]
    fn a_clause_opened_by_a_currency_or_commodity_is_its_own() {
        let text = "Asian currencies hold; ringgit falls on weak oil demand";
        assert!(target(text, "Asian currencies").abs() < 0.15);
        assert!(target(text, "ringgit") < -0.15);
        let text = "Acme Mining shares rally, gold slumps";
        assert!(target(text, "Acme Mining") > 0.15);
    }

    #[test]
    fn index_inclusion_and_a_market_s_tone() {
        let added = target("Acme Pharma added to benchmark index", "Acme Pharma");
        let dropped = target("Acme Pharma dropped from benchmark index", "Acme Pharma");
        assert!(
            dropped < -0.15 && added > dropped + 0.3,
            "{added} {dropped}"
        );
        assert!(target("Acme Pharma added to model portfolio", "Acme Pharma") > 0.0);
        assert!(target("Indices on firm footing; banks in focus", "Indices") > 0.15);
        let text = "Acme Corp helps shares start June on a positive note";
        assert!(target(text, "Acme Corp") > 0.15);
    }

    #[test]
    fn a_stock_leaving_an_index_is_the_stock_s_news() {
        let text = "Vedanta, Hindalco to exit Sensex on December 21";
        assert!(target(text, "Hindalco") < -0.15);
        assert!(target(text, "Sensex").abs() < 0.15);
        let text = "MSCI adds Aurobindo Pharma to India index";
        assert!(target(text, "Aurobindo Pharma") > 0.15);
        assert!(target(text, "MSCI").abs() < 0.15);
    }

    #[test]
    fn a_name_and_its_ticker_in_a_list_share_the_predicate() {
        let text = "Advanced Micro Devices <AMD.O>, Qualcomm <QCOM.O> and Nvidia Corp <NVDA.O> \
                    were down between 0.9% and 1.3%.";
        assert!(target(text, "Advanced Micro Devices") < -0.15);
    }

    #[test]
    fn a_phrase_inside_the_speaker_s_name_leaves_it_the_speaker() {
        let text = "Exercise caution while booking profits in metals: Networth Stock Broking";
        assert!(target(text, "Networth Stock Broking").abs() < 0.15);
    }

    #[test]
    fn the_worst_being_over_is_a_bottom_called() {
        assert!(target("Worst is behind for Acme Bank: Jane Doe", "Acme Bank") > 0.15);
        let text = "Worst is not over; Acme Steel could go down further: Jane Doe";
        assert!(target(text, "Acme Steel") < -0.15);
    }

    #[test]
    fn buying_the_dip_is_a_buy_call() {
        assert!(target("Enter HPCL on dips: Jane Doe, Acme Capital", "HPCL") > 0.15);
        let text = "Will go for stocks like Bajaj Finserv, Max India at lower levels: Jane Doe";
        assert!(target(text, "Max India") > 0.0);
    }

    #[test]
    fn outlook_and_fortune_words() {
        let text = "Festive season likely to trigger turnaround for auto stocks: Jane Doe, Acme";
        assert!(target(text, "auto stocks") > 0.15);
        assert!(target("Not excited about NBFC space: Jane Doe, Acme", "NBFC space") < -0.15);
        let text = "Brazilian sugar a threat to Indian millers";
        assert!(target(text, "Indian millers") < -0.15);
        assert!(target("Outlook bleak for Acme Steel", "Acme Steel") < -0.15);
    }

    #[test]
    fn an_approval_received_is_good_news() {
        assert!(target("Acme Infra gets Sebi nod for IPO", "Acme Infra") > 0.15);
        assert!(target("Acme Infra secures nod for merger", "Acme Infra") > 0.15);
    }

    #[test]
    fn absent_target_falls_back_to_the_document() {
        assert!(target("Revenue rose sharply", "Zebra Corp") > 0.15);
    }

    #[test]
    fn document_score_does_not_grow_with_length() {
        let one = "Acme beat estimates. ";
        let doc1 = Doc::new(one);
        let many = one.repeat(50);
        let doc50 = Doc::new(&many);
        let lex = Lexicon::builtin();
        let a = run(&doc1, &lex).overall;
        let b = run(&doc50, &lex).overall;
        assert!((a - b).abs() < 0.05, "{a} vs {b}");
    }

    #[test]
    fn document_score_does_not_vanish_in_neutral_text() {
        let text = format!(
            "Acme beat estimates and raised guidance. {}",
            "The meeting is on Tuesday. ".repeat(20)
        );
        let doc = Doc::new(&text);
        let s = run(&doc, &Lexicon::builtin()).overall;
        assert!(s > 0.15, "{s}");
    }
}
