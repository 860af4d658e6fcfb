// Issue 8: the module never ends up poisoned. 100,000 varied calls in one Node process (bad
// texts, bad options, lone surrogates, inputs over the limit among them), then the reference
// text still gives exactly its first answer. The page runs the same in tests/e2e.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hammer } from "./hammer.js";

test("100,000 varied calls, bad ones included: no poisoning, the last answer is right", async () => {
  const r = await hammer([100_000, "fintone"]);
  console.log(`${r.calls} calls: ${r.ok} analyses, ${r.errors} clear errors`);
  assert.deepEqual(r.problems, []);
  assert.equal(r.calls, 100_000);
  assert.ok(r.ok >= 50_000 && r.errors >= 40_000, JSON.stringify(r));
  assert.ok(r.same, "the reference text gives the same answer after all the calls");
});
