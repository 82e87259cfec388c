// What every journey needs: the bundled receiver on a free port with a fresh
// data directory, the release build (dist/) served on 127.0.0.1 with /api/
// passed to the receiver (as `trunk serve` does), and headless Chromium.
import { spawn } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
// PSF_DIST lets a run use its own release build while `trunk serve` rewrites dist/.
export const distDir = resolve(process.env.PSF_DIST ?? join(root, 'dist'));
const receiverBin = join(root, 'target/debug/examples/receiver');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the receiver; resolves when it says where it listens. */
export async function startReceiver({ dataDir, port = 0 } = {}) {
  if (!existsSync(receiverBin)) throw new Error(`build the receiver first: ${receiverBin}`);
  const data = dataDir ?? mkdtempSync(join(tmpdir(), 'psf-receiver-'));
  const child = spawn(receiverBin, ['--port', String(port), '--data', data], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`receiver did not start: ${stderr}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${stderr}`)));
  });
  return {
    url,
    dataDir: data,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    async mode(settings) {
      const res = await fetch(`${url}/__receiver/mode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });
      if (!res.ok) throw new Error(`mode: ${res.status} ${await res.text()}`);
    },
    async stored() {
      return (await fetch(`${url}/api/applications`)).json();
    },
    async stats() {
      return (await fetch(`${url}/__receiver/stats`)).json();
    },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ on 127.0.0.1. `/api/*` goes to `backend()` (a function, so a
 * test can stop and restart the receiver behind the same app origin); when it
 * returns null the connection is refused like a dead backend. `overrides` maps
 * a path to [contentType, body] (e.g. another /config.json).
 */
export async function startApp({ backend, overrides = {}, headers = {} } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/api/')) {
      const target = backend?.();
      if (!target) {
        req.socket.destroy();
        return;
      }
      const upstream = httpRequest(
        new URL(req.url, target),
        { method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
      return;
    }
    if (overrides[path]) {
      const [type, body] = overrides[path];
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
      return;
    }
    let file = normalize(join(distDir, path));
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Headless Chromium from Debian, never a downloaded browser. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page that fails the test on any uncaught error or console error (a panic
 * in the wasm shows up as one).
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text())) page.errors.push(msg.text());
  });
  return page;
}

/** Runs axe-core on the page and returns its violations (empty is good). */
export async function axeViolations(page) {
  const source = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated over CDP rather than added as a <script>, so that a page under a
  // strict Content Security Policy can be checked too.
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A date `days` from today, as the applicant's local calendar has it. */
export function daysFromToday(days) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()), date: d };
}
