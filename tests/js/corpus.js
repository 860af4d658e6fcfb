// A seeded, varied corpus for the JS tests: the bundled sample article, template sentences
// over companies, metrics, movements, negation, hedges, contrast, figures, emoji, accents,
// CJK and odd whitespace. Same texts on every run.
import { readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url);
export const article = readFileSync(new URL("samples/article.txt", root), "utf8");

const companies = ["Acme Robotics Inc.", "Globex Corp.", "Initech", "Umbrella Pharma", "Société Générale", "Nestlé", "Tōkyō Gas", "Zürich Re", "Ålandsbanken", "Çelik Holding"];
const metrics = ["revenue", "net income", "operating margin", "losses", "costs", "debt", "free cash flow", "EPS", "guidance", "market share", "churn", "delinquencies"];
const moves = ["rose", "fell", "surged", "plunged", "narrowed", "widened", "beat estimates", "missed forecasts", "was flat", "soared", "slumped", "improved", "deteriorated"];
const amounts = ["12%", "$1.2 billion", "€45 million", "240 basis points", "3.5x", "¥800 billion", "1,234 units", "0.5 percentage points", "£3.20 a share", "Q3 2024", "fiscal 2025"];
const frames = [
  (c, m, v, a) => `${c} said ${m} ${v} ${a} in the quarter.`,
  (c, m, v, a) => `${m[0].toUpperCase()}${m.slice(1)} at ${c} ${v} by ${a}, but shares did not recover.`,
  (c, m, v, a) => `Analysts were not impressed: ${c}'s ${m} ${v} ${a}.`,
  (c, m, v, a) => `${c} may see ${m} that ${v} slightly, roughly ${a}, according to people familiar.`,
  (c, m, v, a) => `📈 ${c} ${m} ${v} ${a} 🚀🚀 — café owners cheered; résumé of the call: très bien.`,
  (c, m, v, a) => `${c}：${m} ${v} ${a}。市場は好感した。 Investors were extremely pleased.`,
  (c, m, v, a) => `  ${c}\t${m}\r\n${v}   ${a}\n\nNo growth, no profit, no hope?!`,
  (c, m, v, a) => `Although ${m} ${v}, ${c} warned that demand remains weak and layoffs loom (${a}).`,
  (c, m, v, a) => `"${c} delivered a very strong quarter," the CEO said; ${m} ${v} ${a} 👍🏽.`,
  (c, m, v, a) => `${c} didn't ${v.split(" ")[0]} at all; ${m} hardly changed (${a}) 🤷‍♀️.`,
];

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` texts (with an optional target on some), the same on every run. */
export function corpus(n = 240, seed = 42) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = [];
  for (const p of article.split(/\n\s*\n/)) if (p.trim()) out.push({ text: p });
  out.push({ text: article, target: "Acme Robotics" });
  while (out.length < n) {
    const sentences = 1 + Math.floor(r() * 4);
    let text = "";
    let firm = pick(companies);
    for (let s = 0; s < sentences; s++) {
      text += (s ? " " : "") + pick(frames)(r() < 0.7 ? firm : pick(companies), pick(metrics), pick(moves), pick(amounts));
    }
    const item = { text };
    if (r() < 0.2) item.target = firm.split(" ")[0];
    out.push(item);
  }
  return out;
}
