// Where the bytes of a .wasm go (a small stand-in for `twiggy top`, which is not installed
// here): section sizes, data segments, and the largest functions by name.
// Usage: node scripts/wasm-size.mjs [file.wasm] [top N]
// For names, point it at target/wasm32-unknown-unknown/wasm/fintone.wasm (before wasm-opt).
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "target/wasm32-unknown-unknown/wasm/fintone.wasm";
const top = Number(process.argv[3] ?? 25);
const b = readFileSync(file);
let p = 8;
const leb = () => {
  let r = 0, s = 0, x;
  do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return r;
};
const names = new Map();
const sections = [];
let bodies = [];
let imported = 0;
const ids = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount", "tag"];
while (p < b.length) {
  const id = b[p++];
  const size = leb();
  const end = p + size;
  let name = ids[id] ?? `#${id}`;
  if (id === 0) {
    const n = leb();
    name = `custom:${b.subarray(p, p + n).toString()}`;
    p += n;
    if (name === "custom:name") {
      while (p < end) {
        const sub = b[p++];
        const len = leb();
        const subEnd = p + len;
        if (sub === 1) {
          for (let i = leb(); i > 0; i--) {
            const idx = leb();
            const l = leb();
            names.set(idx, b.subarray(p, p + l).toString());
            p += l;
          }
        }
        p = subEnd;
      }
    }
  } else if (id === 2) {
    for (let i = leb(); i > 0; i--) {
      p += leb(); p += leb();
      const kind = b[p++];
      if (kind === 0) { imported++; leb(); } else if (kind === 1) { p++; const f = b[p++]; leb(); if (f & 1) leb(); } else if (kind === 2) { const f = b[p++]; leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; } else { p++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      const s = leb();
      bodies.push({ index: imported + i, size: s });
      p += s;
    }
  }
  sections.push({ name, size });
  p = end;
}
console.log(`${file}: ${b.length} bytes`);
for (const s of sections.sort((x, y) => y.size - x.size)) console.log(`  ${String(s.size).padStart(8)}  ${s.name}`);
bodies.sort((x, y) => y.size - x.size);
console.log(`\nlargest of ${bodies.length} functions:`);
for (const f of bodies.slice(0, top)) {
  const n = names.get(f.index) ?? `func[${f.index}]`;
  console.log(`  ${String(f.size).padStart(8)}  ${n.length > 110 ? n.slice(0, 110) + "…" : n}`);
}
