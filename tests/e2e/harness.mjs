// What every journey needs: the bundled receiver on a free port with a fresh
// data directory, the release build (dist/) served on 127.0.0.1 with /api/
// passed to the receiver (as `trunk serve` does), and headless Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
// PSF_DIST lets a run use its own release build while `trunk serve` rewrites dist/.
/** The app's module, fetched on demand (src/ui/entry.rs): named after its
 * content, so that a tab still running the previous build never links the
 * new module into its old main one. */
export const APP_MODULE = /\/psf-apply_app-[0-9a-f]{16}\.wasm$/;
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

// The receiver refuses requests from origins it was not started with, and the
// app servers below pass the browser's Origin on to it, as Trunk does. So the
// app servers' ports are taken before any receiver starts: a few servers
// listening already, handed out by startApp, whose origins every receiver
// allows. A file needing more app servers raises APP_SERVERS.
const APP_SERVERS = 4;
let appServers;

function appServerPool() {
  appServers ??= Promise.all(
    Array.from({ length: APP_SERVERS }, async () => {
      const server = createServer();
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      // An unused one must not keep the test process alive.
      server.unref();
      return { server, taken: false };
    }),
  );
  return appServers;
}

const appOrigins = async () => (await appServerPool()).map(({ server }) => `http://127.0.0.1:${server.address().port}`);

/**
 * Starts the receiver with the test switches on and a fresh read key; resolves
 * when it says where it listens.
 */
export async function startReceiver({ dataDir, port = 0 } = {}) {
  if (!existsSync(receiverBin)) throw new Error(`build the receiver first: ${receiverBin}`);
  const data = dataDir ?? mkdtempSync(join(tmpdir(), 'psf-receiver-'));
  const token = randomBytes(24).toString('hex');
  const origins = (await appOrigins()).flatMap((origin) => ['--allow-origin', origin]);
  const child = spawn(receiverBin, ['--port', String(port), '--data', data, '--test-controls', ...origins], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PSF_RECEIVER_TOKEN: token },
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
  const control = async (path, body) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  return {
    url,
    dataDir: data,
    token,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    mode: (settings) => control('/__receiver/mode', settings),
    reset: () => control('/__receiver/reset', {}),
    /** Every stored record, page after page (reading needs the key). */
    async stored() {
      const all = [];
      let path = '/api/applications?limit=1000';
      while (path) {
        const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`list: ${res.status} ${await res.text()}`);
        all.push(...(await res.json()));
        path = res.headers.get('link')?.match(/^<([^>]+)>; rel="next"$/)?.[1];
      }
      return all;
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
  const free = (await appServerPool()).find((entry) => !entry.taken);
  if (!free) throw new Error(`more than ${APP_SERVERS} app servers in one file: raise APP_SERVERS in harness.mjs`);
  free.taken = true;
  const { server } = free;
  server.ref();
  server.on('request', (req, res) => {
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

/**
 * What a file of journeys needs: a receiver, the app in front of it and a
 * browser; `stop()` ends all three.
 */
export async function startStack() {
  const receiver = await startReceiver();
  const app = await startApp({ backend: () => receiver.url });
  const browser = await launchBrowser();
  return {
    receiver,
    app,
    browser,
    async stop() {
      await browser.close();
      await app.close();
      await receiver.stop();
    },
  };
}

/**
 * Closes a test's page and fails the test on the errors it saw (a panic in
 * the wasm shows up as one); `expected` matches errors the test provokes on
 * purpose (a 500 it asked the receiver for).
 */
export async function closePage(page, { expected = null } = {}) {
  const errors = page.errors.filter((e) => !expected?.test(e));
  await page.context().close();
  assert.deepEqual(errors, [], 'no uncaught errors or console errors in the page');
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
