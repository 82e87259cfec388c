// What bench/run.mjs puts into the page and how it summarises what comes back:
// the init script (ready, keystroke to next frame, the wasm memory), reading
// the memory after a garbage collection, and the statistics and tables.
// Nothing here asserts a timing.

/**
 * Runs in every page before its own scripts (context.addInitScript). Records
 * on `window.__bench`:
 * - `inputAt`: performance.now() when the first enabled <input> entered the DOM;
 *   `ready`: performance.now() in the first animation frame after that.
 *   performance.now() counts from the navigation start.
 * - `started`: when Trunk's loader dispatched `TrunkApplicationStarted`
 *   (after the wasm's main has mounted the app), and `memory`, the wasm's
 *   `WebAssembly.Memory`, taken from that event's `detail.wasm.memory`, or
 *   (`memorySource` says which) from the instance of a wrapped
 *   `WebAssembly.instantiate(Streaming)` when a loader has no such event.
 * - `keys`: one record per keydown (capture phase, so before the app's
 *   handlers): `frame`, the time from `event.timeStamp` to a MessageChannel
 *   message posted in the next requestAnimationFrame, i.e. until the frame
 *   after the keystroke was produced; `raf`, until that animation frame
 *   began; `delay`, until this keydown listener ran (the input delay: the
 *   main thread was busy or the throttler had it suspended); `work`, from
 *   then until a message posted by the listener ran, i.e. the keystroke's own
 *   work on the main thread (keydown, keypress, input, the app's handlers and
 *   effects, and a frame if one was due in between).
 */
export function benchInitScript() {
  const b = (window.__bench = {
    ready: null,
    inputAt: null,
    started: null,
    memory: null,
    memorySource: null,
    field: null,
    keys: [],
    pending: 0,
  });

  addEventListener('TrunkApplicationStarted', (e) => {
    b.started = performance.now();
    const memory = e.detail?.wasm?.memory;
    if (memory instanceof WebAssembly.Memory) {
      b.memory = memory;
      b.memorySource = 'TrunkApplicationStarted';
    }
  });
  // Fallback for a loader without that event: catch the instance itself.
  const keep = (result) => {
    const exports = (result?.instance ?? result)?.exports;
    if (!b.memory && exports?.memory instanceof WebAssembly.Memory) {
      b.memory = exports.memory;
      b.memorySource = 'WebAssembly.instantiate';
    }
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original === 'function') {
      WebAssembly[name] = function (...args) {
        return original.apply(this, args).then(keep);
      };
    }
  }

  const enabledInput = () => {
    for (const input of document.getElementsByTagName('input')) if (!input.disabled) return true;
    return false;
  };
  const observer = new MutationObserver(() => {
    if (b.inputAt !== null || !enabledInput()) return;
    b.inputAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      b.ready = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });

  addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      const t1 = performance.now();
      const record = { key: event.key, field: b.field, frame: null, raf: null, delay: t1 - t0, work: null };
      b.pending++;
      const work = new MessageChannel();
      work.port1.onmessage = () => {
        record.work = performance.now() - t1;
      };
      work.port2.postMessage(0);
      requestAnimationFrame(() => {
        record.raf = performance.now() - t0;
        const frame = new MessageChannel();
        frame.port1.onmessage = () => {
          record.frame = performance.now() - t0;
          b.keys.push(record);
          b.pending--;
        };
        frame.port2.postMessage(0);
      });
    },
    { capture: true },
  );
}

/** Memory after a full garbage collection: JS heap and wasm linear memory, bytes. */
export async function memoryAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => {
    const jsHeap = performance.memory?.usedJSHeapSize ?? null;
    const wasm = window.__bench.memory?.buffer.byteLength ?? null;
    return { jsHeap, wasm, total: jsHeap !== null && wasm !== null ? jsHeap + wasm : null };
  });
}

// ---- statistics ----

const sorted = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100) of the finite numbers in xs. */
export function percentile(xs, p) {
  const s = sorted(xs);
  if (!s.length) return null;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(xs) {
  const s = sorted(xs);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function range(xs) {
  const s = sorted(xs);
  return s.length ? [s[0], s.at(-1)] : null;
}

// ---- formatting ----

export const ms = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
export const kb = (x) => (x === null || x === undefined ? '–' : `${(x / 1024).toFixed(1)} KB`);
export const mb = (x) => (x === null || x === undefined ? '–' : `${(x / (1024 * 1024)).toFixed(2)} MB`);
export const signedKb = (x) =>
  x === null || x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${(Math.abs(x) / 1024).toFixed(1)} KB`;
export const span = (r, fmt) => (r ? `${fmt(r[0])} – ${fmt(r[1])}` : '–');

/** A Markdown table (also readable as plain text in a terminal). */
export function table(header, rows) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c ?? '–')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}
