// The peer benchmark's corpus (benches/corpus.mjs) is the same bytes on every run, so the
// figures in benches/README.md compare across commits and machines. Shape and determinism
// only: no timing here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { corpus, article10k, joined, hash, bytesOf } from "../../benches/corpus.mjs";

test("two generations of the 5 MB corpus are byte-identical", () => {
  const a = corpus();
  const b = corpus();
  assert.equal(hash(a), hash(b));
  assert.equal(a.length, b.length);
  const bytes = bytesOf(a);
  // At least 5 MB, and over by less than one article (at most 8 KB plus a sentence).
  assert.ok(bytes >= 5_000_000 && bytes < 5_000_000 + 9_000, `${bytes} bytes`);
  assert.ok(a.length > 500 && a.length < 3000, `${a.length} articles`);
  for (const t of a) {
    const n = Buffer.byteLength(t);
    assert.ok(n >= 1400 && n < 9000, `article of ${n} bytes`);
  }
  // Varied: not one article repeated.
  assert.equal(new Set(a).size, a.length);
});

test("another seed gives another corpus; a smaller size is a prefix", () => {
  assert.notEqual(hash(corpus(200_000, 1)), hash(corpus(200_000, 2)));
  const small = corpus(200_000);
  assert.deepEqual(small, corpus().slice(0, small.length));
});

test("the 10 KB article is stable and within a sentence of 10 KB", () => {
  const a = article10k();
  assert.equal(a, article10k());
  const n = Buffer.byteLength(a);
  assert.ok(n <= 10 * 1024 && n > 10 * 1024 - 400, `${n} bytes`);
});

test("joined texts for the scaling figures have the sizes asked for", () => {
  const articles = corpus(300_000);
  for (const size of [10 * 1024, 1_000_000]) {
    const t = joined(articles, size);
    const n = Buffer.byteLength(t);
    assert.ok(n <= size && n > size - 9_000, `${n} for ${size}`);
  }
});

test("joined texts start at the article asked for, so the 10 KB scaling texts differ", () => {
  const articles = corpus(300_000);
  const texts = [0, 10, 20].map((from) => joined(articles, 10 * 1024, from));
  texts.forEach((t, k) => assert.ok(t.startsWith(articles[k * 10]), `text ${k}`));
  assert.equal(new Set(texts).size, 3);
  // Past the end it cycles back to the first article.
  assert.ok(joined(articles, 40 * 1024, articles.length - 1).includes(`\n${articles[0]}`));
});
