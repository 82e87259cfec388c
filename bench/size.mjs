// Size budget of the release build: what a phone downloads, brotli-compressed.
// Sizes are deterministic, so this is a test (scripts/test.sh runs it), unlike
// the timings in bench/run.mjs.
//
//   node bench/size.mjs [--budget-kb 100] [--json out.json]
//
// Fails when the total exceeds the budget, or when the wasm (before wasm-opt,
// as linked) carries code from regex, idna or url.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.PSF_DIST ?? join(root, 'dist'));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const budgetKb = Number(option('--budget-kb', '100'));
const jsonOut = option('--json', null);

const SHIPPED = new Set(['.wasm', '.js', '.css', '.html']);
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

if (!existsSync(dist)) {
  console.error('no dist/: run `trunk build --release` first');
  process.exit(1);
}
const files = readdirSync(dist)
  // The demo host page is a test fixture, not part of what a host ships.
  .filter((f) => SHIPPED.has(extname(f)) && !f.startsWith('demo-host'))
  .map((name) => {
    const buf = readFileSync(join(dist, name));
    return { name, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf) };
  })
  .sort((a, b) => b.brotli - a.brotli);
const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(34)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const f of files) console.log(`${f.name.padEnd(34)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
console.log(`${'total'.padEnd(34)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);

const problems = [];
if (total.brotli > budgetKb * 1024) {
  problems.push(`brotli total ${(total.brotli / 1024).toFixed(1)} KB is over the ${budgetKb} KB budget`);
}

// Which crates' code survived linking: every crate with a panicking path
// (an unwrap, an index, an overflow check) leaves its source path in the
// panic-location strings of the linked wasm. validator depends on regex, idna
// and url unconditionally, so the dependency tree can't tell; the linked code can.
const linked = join(root, 'target/wasm32-unknown-unknown/release/psf-apply.wasm');
let heavy = [];
if (existsSync(linked)) {
  const text = readFileSync(linked).toString('latin1');
  const crates = new Set([...text.matchAll(/registry\/src\/[^/]+\/([a-z0-9_-]+?)-\d+\.\d+\.\d+/g)].map((m) => m[1]));
  // The control: Leptos's renderer is always linked. Not finding it means
  // this way of looking no longer works, and a clean result would mean nothing.
  if (!crates.has('tachys')) {
    problems.push('found no crate source paths in the wasm: cannot tell whether regex, idna or url are linked');
  }
  heavy = ['regex', 'regex-automata', 'regex-syntax', 'idna', 'url'].filter((c) => crates.has(c));
  if (heavy.length) problems.push(`the wasm contains code from: ${heavy.join(', ')}`);
  console.log(`crates with code in the wasm: ${[...crates].sort().join(', ')}`);
  if (!heavy.length) console.log('no regex, idna or url code in the wasm');
} else {
  problems.push(`no linked wasm at ${linked} to check for regex/idna/url`);
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ budgetKb, files, total, heavy }, null, 2));
if (problems.length) {
  for (const p of problems) console.error(`size budget: ${p}`);
  process.exit(1);
}
console.log(`size budget: ${(total.brotli / 1024).toFixed(1)} KB of ${budgetKb} KB brotli`);
