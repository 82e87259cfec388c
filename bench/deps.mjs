// What each crate costs in the shipped wasm.
//
//   node bench/deps.mjs [--top 25] [--functions 20] [--json out.json] [--first-load]
//
// --first-load: only the module a person fetches first (the start-up
// module, without what `wasm-split-cli` moves into the app's
// module), which is what the size budget's first load holds.
//
// Reads the wasm as linked by the last release build
// (target/wasm32-unknown-unknown/release/psf-apply.wasm, which keeps its name
// section), runs it through the same wasm-bindgen and `wasm-opt -Oz` as Trunk
// but with `-g` so the function names survive, and sums each function's body
// by the crate its name starts with. Generic code is counted where it was
// instantiated: `<T as tachys::…>` goes to tachys, but a Leptos view built in
// one of our components goes to psf_apply. Brotli is given per crate as a
// share of the whole wasm's brotli size (compression works across functions,
// so a crate's own brotli size does not exist): an estimate, unlike the raw bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const TOP = Number(option('--top', '25'));
const FUNCTIONS = Number(option('--functions', '20'));
const jsonOut = option('--json', null);
const firstLoad = args.includes('--first-load');

const linked = join(root, 'target/wasm32-unknown-unknown/release/psf-apply.wasm');
if (!existsSync(linked)) {
  console.error(`no ${linked}: run \`trunk build --release\` first (with scripts/env.sh)`);
  process.exit(1);
}
const bin = (name) => {
  const local = join(root, 'node_modules/.bin', name);
  return existsSync(local) ? local : name;
};

const work = mkdtempSync(join(tmpdir(), 'psf-deps-'));
try {
  let input = linked;
  const bindgen = ['--keep-debug', '--target', 'web', '--out-dir', work];
  if (firstLoad) {
    // As scripts/bin/wasm-bindgen splits it for Trunk; the split-off module
    // imports the function table, so wasm-bindgen must keep it exported.
    const split = join(work, 'split');
    mkdirSync(split);
    execFileSync('wasm-split-cli', [linked, split], { stdio: ['ignore', 'ignore', 'inherit'] });
    input = join(work, 'psf-apply.wasm');
    writeFileSync(input, readFileSync(join(split, 'main.wasm')));
    bindgen.push('--keep-lld-exports');
  }
  execFileSync('wasm-bindgen', [...bindgen, input], { stdio: 'inherit' });
  const named = join(work, 'named.wasm');
  execFileSync(bin('wasm-opt'), ['-Oz', '-g', join(work, 'psf-apply_bg.wasm'), '-o', named], { stdio: 'inherit' });
  const stripped = join(work, 'stripped.wasm');
  execFileSync(bin('wasm-opt'), ['--strip-debug', '--strip-producers', named, '-o', stripped], { stdio: 'inherit' });
  report(readFileSync(named), readFileSync(stripped));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function report(named, stripped) {
  const { functions, dataBytes } = readModule(named);
  const codeBytes = functions.reduce((s, f) => s + f.size, 0);
  const total = codeBytes + dataBytes;
  const brotliTotal = brotliCompressSync(stripped, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: stripped.length },
  }).length;

  const byCrate = new Map([['(data: strings, tables)', dataBytes]]);
  for (const f of functions) byCrate.set(f.crate, (byCrate.get(f.crate) ?? 0) + f.size);
  const crates = [...byCrate].sort((a, b) => b[1] - a[1]);
  const ours = functions.filter((f) => f.crate === 'psf_apply');
  const byModule = new Map();
  for (const f of ours) {
    const module = f.name.replace(/::h[0-9a-f]{16}$/, "").match(/^psf_apply::((?:[a-z_0-9]+::){0,2}[a-z_0-9]+)/)?.[1] ?? '(other)';
    byModule.set(module, (byModule.get(module) ?? 0) + f.size);
  }

  const kb = (n) => (n / 1024).toFixed(1);
  const pct = (n) => ((100 * n) / total).toFixed(1);
  const row = (cells) => `| ${cells.join(' | ')} |`;
  console.log(`\nthe wasm: ${kb(stripped.length)} KB as shipped, ${kb(brotliTotal)} KB brotli; code ${kb(codeBytes)} KB + data ${kb(dataBytes)} KB\n`);
  console.log(row(['crate', 'raw KB', 'share', '≈ brotli KB']));
  console.log(row(['---', '---:', '---:', '---:']));
  const shown = crates.slice(0, TOP);
  for (const [name, size] of shown) console.log(row([name, kb(size), `${pct(size)}%`, kb((brotliTotal * size) / total)]));
  const rest = crates.slice(TOP).reduce((s, [, size]) => s + size, 0);
  if (rest) console.log(row([`${crates.length - TOP} more`, kb(rest), `${pct(rest)}%`, kb((brotliTotal * rest) / total)]));
  console.log(`\npsf_apply by module:\n`);
  console.log(row(['module', 'raw KB', 'share of the wasm']));
  console.log(row(['---', '---:', '---:']));
  for (const [name, size] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(row([name, kb(size), `${pct(size)}%`]));
  }
  console.log(`\nlargest functions:\n`);
  for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, FUNCTIONS)) {
    console.log(`${String(f.size).padStart(7)}  ${f.name.slice(0, 150)}`);
  }
  if (jsonOut) {
    writeFileSync(
      jsonOut,
      JSON.stringify(
        { wasmBytes: stripped.length, brotliBytes: brotliTotal, codeBytes, dataBytes, crates, modules: [...byModule] },
        null,
        2,
      ),
    );
  }
}

/** Function body sizes from the code section, named by the name section. */
function readModule(bytes) {
  let at = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const text = () => {
    const length = leb();
    const s = bytes.toString('utf8', at, at + length);
    at += length;
    return s;
  };
  let importedFunctions = 0;
  let bodies = [];
  let dataBytes = 0;
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        text();
        text();
        const kind = bytes[at++];
        if (kind === 0) {
          leb();
          importedFunctions++;
        } else if (kind === 1) {
          at++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) {
          at += 2;
        } else {
          throw new Error(`unknown import kind ${kind}`);
        }
      }
    } else if (id === 10) {
      bodies = [];
      for (let n = leb(); n > 0; n--) {
        const bodySize = leb();
        bodies.push(bodySize);
        at += bodySize;
      }
    } else if (id === 11) {
      dataBytes = size;
    } else if (id === 0 && text() === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subSize = leb();
        const subEnd = at + subSize;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) {
            const index = leb();
            names.set(index, text());
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  if (!names.size) throw new Error('the wasm has no function names: was it built with them kept?');
  const functions = bodies.map((size, i) => {
    const name = (names.get(importedFunctions + i) ?? `function[${i}]`).replace(/\[[0-9a-f]{16}\]/g, '');
    return { name, size, crate: crateOf(name) };
  });
  return { functions, dataBytes };
}

/**
 * The crate a function's code belongs to: its path's first segment, or for
 * `<A as B>::f`, A's crate when that is ours (our type's impl, derived or
 * written) and otherwise B's (a trait's blanket or generic impl).
 */
function crateOf(name) {
  const crate = /^&?(?:mut )?(?:dyn )?([a-z_][a-z0-9_]*)::/;
  if (!name.startsWith('<')) return name.match(crate)?.[1] ?? '(other)';
  let depth = 0;
  let inner = name.slice(1);
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '<') depth++;
    else if (name[i] === '>' && --depth === 0) {
      inner = name.slice(1, i);
      break;
    }
  }
  depth = 0;
  let self = inner;
  let trait = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if ('<([{'.includes(c)) depth++;
    else if ('>)]}'.includes(c)) depth--;
    else if (depth === 0 && inner.startsWith(' as ', i)) {
      self = inner.slice(0, i);
      trait = inner.slice(i + 4);
      break;
    }
  }
  const selfCrate = self.match(crate)?.[1];
  if (selfCrate === 'psf_apply') return selfCrate;
  return trait.match(crate)?.[1] ?? selfCrate ?? inner.match(/([a-z_][a-z0-9_]*)::/)?.[1] ?? '(other)';
}
