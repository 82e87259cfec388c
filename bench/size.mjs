// Size budget of the release build: what a phone downloads, brotli-compressed.
// Sizes are deterministic, so this is a test (scripts/test.sh runs it), unlike
// the timings in bench/run.mjs.
//
//   node bench/size.mjs [--budget-kb 100] [--all-budget-kb 400] [--json out.json]
//
// The first load is what a person downloads before the start page works:
// every shipped file except the wasm modules split off to be fetched on
// demand (named in the split loader, `*_split.js`, see scripts/bin/wasm-bindgen).
// Fails when the first load exceeds --budget-kb, when everything shipped
// exceeds --all-budget-kb, or when the wasm (before wasm-opt, as linked)
// carries code from regex, idna or url.
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
const allBudgetKb = Number(option('--all-budget-kb', 'Infinity'));
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
const onDemandNames = new Set(
  files
    .filter((f) => f.name.endsWith('_split.js'))
    .flatMap((f) => [...readFileSync(join(dist, f.name), 'utf8').matchAll(/\.\/([\w.-]+\.wasm)/g)].map((m) => m[1])),
);
for (const f of files) f.onDemand = onDemandNames.has(f.name);
const missing = [...onDemandNames].filter((name) => !files.some((f) => f.name === name));
// A loader the app imports but the build lacks would break the whole app while
// counting as a smaller one.
for (const f of files.filter((f) => f.name.endsWith('.js'))) {
  for (const [, name] of readFileSync(join(dist, f.name), 'utf8').matchAll(/from\s*"\.\/([\w.-]+_split\.js)"/g)) {
    if (!files.some((g) => g.name === name)) missing.push(name);
  }
}
const sum = (list) =>
  list.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const total = sum(files.filter((f) => !f.onDemand));
const onDemand = sum(files.filter((f) => f.onDemand));
const all = sum(files);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const line = (name, f) => console.log(`${name.padEnd(34)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
console.log(`${'file'.padEnd(34)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
for (const f of files.filter((f) => !f.onDemand)) line(f.name, f);
line('total (first load)', total);
if (onDemandNames.size) {
  for (const f of files.filter((f) => f.onDemand)) line(`${f.name} (on demand)`, f);
  line('everything shipped', all);
}

const problems = [];
if (total.brotli > budgetKb * 1024) {
  problems.push(`first load ${(total.brotli / 1024).toFixed(1)} KB brotli is over the ${budgetKb} KB budget`);
}
if (all.brotli > allBudgetKb * 1024) {
  problems.push(`everything shipped, ${(all.brotli / 1024).toFixed(1)} KB brotli, is over the ${allBudgetKb} KB budget`);
}
if (missing.length) problems.push(`files the app loads are not in the build: ${missing.join(', ')}`);

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

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ budgetKb, allBudgetKb, files, total, onDemand, all, heavy }, null, 2));
if (problems.length) {
  for (const p of problems) console.error(`size budget: ${p}`);
  process.exit(1);
}
console.log(`size budget: first load ${(total.brotli / 1024).toFixed(1)} KB of ${budgetKb} KB brotli`);
if (Number.isFinite(allBudgetKb)) console.log(`size budget: everything shipped ${(all.brotli / 1024).toFixed(1)} KB of ${allBudgetKb} KB brotli`);
