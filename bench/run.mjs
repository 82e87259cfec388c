// The benchmark of issues 7 and 13: builds the release, serves it on 127.0.0.1 with
// the bundled receiver behind /api/, and drives headless Chromium at 4× CPU
// slowdown through both wizards. Prints, per figure, the median, the p95
// where it applies and the min–max across runs (the machine's noise), beside
// the targets, and writes bench/out/report.json and bench/out/report.md.
//
//   node bench/run.mjs [--runs 5] [--no-build] [--rate 4] [--round-trips 100] [--dist DIR]
//
// It measures dist/, unless a `trunk serve` owns dist/ (dist/index.html has
// its live-reload script: a debug build that the next edit rewrites, and two
// Trunk builds in one dist/ break each other): then it builds into and
// measures target/bench-dist/ instead. `--dist DIR` chooses the directory.
//
// A benchmark, not a test: it never asserts a timing. It exits non-zero only
// when something broke (a build, a page error, a journey that did not
// complete, keystrokes that did not reach a field).
import { spawn, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, distDir, newPage, startApp, startReceiver } from '../tests/e2e/harness.mjs';
import {
  completeCommunityPartner,
  completeMeetupPro,
  continueOn,
  eventually,
  fillCpApplicant,
  fillCpEvent,
  fillMpApplicant,
  fillMpGroup,
  group,
  heading,
  joeyPython,
  meetupGroup,
  submitApplication,
} from '../tests/e2e/steps.mjs';
import {
  benchInitScript,
  kb,
  mb,
  median,
  memoryAfterGc,
  ms,
  percentile,
  range,
  signedKb,
  span,
  table,
} from './probes.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'bench/out');

// ---- options ----
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) usage(`${name} needs a positive whole number`);
  return value;
};
function usage(problem) {
  console.error(
    `${problem}\nusage: node bench/run.mjs [--runs 5] [--no-build] [--rate 4] [--round-trips 100] [--dist DIR]`,
  );
  process.exit(2);
}
for (const a of args) {
  if (a.startsWith('--') && !['--runs', '--no-build', '--rate', '--round-trips', '--dist'].includes(a)) {
    usage(`unknown option ${a}`);
  }
}
const RUNS = option('--runs', 5);
const RATE = option('--rate', 4);
const ROUND_TRIPS = option('--round-trips', 100); // each is two steps: Continue, then Back
const BUILD = !args.includes('--no-build');
const LIVE_RELOAD = '.well-known/trunk/ws'; // what `trunk serve` adds to index.html
const servedByTrunkServe = (dir) => {
  const index = join(dir, 'index.html');
  return existsSync(index) && readFileSync(index, 'utf8').includes(LIVE_RELOAD);
};
let DIST = distDir;
if (args.includes('--dist')) {
  const given = args[args.indexOf('--dist') + 1];
  if (!given || given.startsWith('--')) usage('--dist needs a directory');
  DIST = resolve(given);
} else if (servedByTrunkServe(distDir)) {
  DIST = join(root, 'target/bench-dist');
  console.error(
    `[bench] dist/ holds a \`trunk serve\` build: ${BUILD ? 'building into' : 'measuring'} ${relative(root, DIST)}/ instead`,
  );
}
const TYPING_DELAY = 30;

const log = (...parts) => console.error('[bench]', ...parts);
const failures = [];
const fail = (where, err) => {
  const lines = String(err?.message ?? err).split('\n');
  const waiting = lines.find((l) => /waiting for/.test(l))?.trim().replace(/^- /, '');
  const message = `${where}: ${lines[0]}${waiting ? ` (${waiting})` : ''}`;
  failures.push(message);
  log(`FAILED ${message}`);
};

// ---- 1. build ----
function sh(command) {
  return new Promise((resolveRun, reject) => {
    log(`$ ${command}`);
    const child = spawn('bash', ['-c', command], { cwd: root, stdio: ['ignore', 2, 2] });
    child.on('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`\`${command}\` exited with ${code}`))));
  });
}

const builds = {};
if (BUILD) {
  for (const [name, command] of [
    [
      'app',
      `source scripts/env.sh && trunk build --release${DIST === distDir ? '' : ` --dist '${DIST.replaceAll("'", "'\\''")}'`}`,
    ],
    ['receiver', 'source scripts/env.sh && cargo build --no-default-features --example receiver'],
  ]) {
    const t = performance.now();
    try {
      await sh(command);
    } catch (err) {
      console.error(`[bench] build failed: ${err.message}`);
      process.exit(1);
    }
    builds[name] = Math.round((performance.now() - t) / 1000);
  }
}

// ---- sizes (bench/size.mjs), then a snapshot of dist/ to serve ----
mkdirSync(outDir, { recursive: true });
const sizeJson = join(outDir, 'size.json');
// size.mjs measures <its repo>/dist: for another directory it runs from a
// tree of symbolic links (bench/size.mjs, dist -> DIST, the unoptimised wasm).
let sizeScript = join(root, 'bench/size.mjs');
const sizeArgs = [];
let tree = null;
if (DIST !== distDir) {
  tree = mkdtempSync(join(tmpdir(), 'psf-bench-size-'));
  const unoptimised = 'target/wasm32-unknown-unknown/release/psf-apply.wasm';
  mkdirSync(join(tree, 'bench'));
  mkdirSync(join(tree, dirname(unoptimised)), { recursive: true });
  symlinkSync(sizeScript, join(tree, 'bench/size.mjs'));
  symlinkSync(DIST, join(tree, 'dist'));
  if (existsSync(join(root, unoptimised))) symlinkSync(join(root, unoptimised), join(tree, unoptimised));
  sizeScript = join(tree, 'bench/size.mjs');
  sizeArgs.push('--preserve-symlinks-main');
}
if (existsSync(sizeJson)) rmSync(sizeJson);
const sizeRun = await new Promise((resolveRun) => {
  const child = spawn(process.execPath, [...sizeArgs, sizeScript, '--json', sizeJson], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  child.on('exit', (code) => resolveRun({ code, output }));
});
if (tree) rmSync(tree, { recursive: true, force: true }); // the links only, never what they point to
let size = null;
if (existsSync(sizeJson)) {
  size = JSON.parse(readFileSync(sizeJson, 'utf8'));
  // size.mjs exits 1 when over budget or when it finds regex/idna/url code:
  // a figure to report here, not a broken benchmark.
  if (sizeRun.code !== 0) log(`size.mjs: ${sizeRun.output.trim().split('\n').filter((l) => /budget|heavy|no /.test(l)).join('; ')}`);
} else {
  fail('size', new Error(`bench/size.mjs wrote no JSON:\n${sizeRun.output}`));
}

// Served from memory, so that a `trunk serve` rewriting dist/ meanwhile (a
// debug build with its live-reload script) cannot change what is measured.
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};
function snapshot(dir) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[`/${relative(dir, path).split('\\').join('/')}`] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`[bench] no ${relative(root, DIST)}/index.html: run without --no-build`);
  process.exit(1);
}
const dist = snapshot(DIST);
const indexHtml = dist['/index.html'].toString('utf8');
if (indexHtml.includes(LIVE_RELOAD)) {
  console.error(
    `[bench] ${relative(root, DIST)}/ holds a \`trunk serve\` build (it has the live-reload script), not a release build.\n` +
      '        Build into another directory: node bench/run.mjs --dist target/bench-dist',
  );
  process.exit(1);
}
const wasmFile = Object.keys(dist).find((p) => p.endsWith('_bg.wasm'));
if (!wasmFile || !indexHtml.includes(wasmFile.slice(1))) {
  console.error(`[bench] ${relative(root, DIST)}/index.html does not load a wasm of that directory (${wasmFile ?? 'none'})`);
  process.exit(1);
}
if (size) {
  const served = Object.fromEntries(Object.entries(dist).map(([p, b]) => [p.slice(1), b.length]));
  const differ = size.files.filter((f) => served[f.name] !== f.raw).map((f) => f.name);
  if (differ.length) log(`warning: ${relative(root, DIST)}/ changed between size.mjs and the snapshot (${differ.join(', ')})`);
}
const loaderEvent = indexHtml.includes('TrunkApplicationStarted');
log(
  loaderEvent
    ? `${relative(root, DIST)}/index.html dispatches TrunkApplicationStarted with detail.wasm: wasm memory read from detail.wasm.memory`
    : `${relative(root, DIST)}/index.html has no TrunkApplicationStarted: wasm memory read from the wrapped WebAssembly.instantiate`,
);
const overrides = Object.fromEntries(
  Object.entries(dist).map(([path, body]) => [path, [MIME[extname(path)] ?? 'application/octet-stream', body]]),
);
overrides['/'] = overrides['/index.html'];
// The floor of the keystroke figure: the same probe on a page with nothing
// but an input (the wait for the next frame is part of the figure).
const BARE = '/__bench/bare.html';
overrides[BARE] = [
  'text/html; charset=utf-8',
  '<!DOCTYPE html><html lang="en"><title>bare</title><label>Text <input id="t"></label></html>',
];

// ---- 2. receiver, app server, browser ----
const receiver = await startReceiver();
const app = await startApp({ backend: () => receiver.url, overrides });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const chromiumVersion = browser.version();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping`);
    await browser.close().catch(() => {});
    await app.close().catch(() => {});
    await receiver.stop().catch(() => {});
    process.exit(130);
  });
}
log(`app on ${app.url}, receiver on ${receiver.url}, Chromium ${chromiumVersion}, ${RUNS} runs at ${RATE}× CPU slowdown`);

/** A fresh context with the probes, throttled; `close()` reports the page's errors as failures. */
async function session(where, { throttle = true } = {}) {
  const page = await newPage(browser);
  // A panic in the wasm (an uncaught error) ends a wait at once rather than at its timeout.
  page.crashed = new Promise((_, reject) => page.once('pageerror', (e) => reject(new Error(`the page failed: ${e}`))));
  page.crashed.catch(() => {});
  await page.context().addInitScript(benchInitScript);
  const cdp = await page.context().newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  return {
    page,
    cdp,
    async close() {
      const errors = [...page.errors];
      await page.context().close();
      for (const e of errors) if (!failures.some((f) => f.includes(e))) fail(`${where}: page error`, e);
    },
  };
}

const WIZARDS = {
  cp: { name: 'Community Partner', hash: '#/community-partner/applicant', firstLabel: 'First name' },
  mp: { name: 'Meetup Pro Network', hash: '#/meetup-pro/applicant', firstLabel: 'Full name' },
};

/** Loads a wizard's first step; its timings from the navigation start. */
async function loadReady(page, wizard) {
  await page.goto(`${app.url}/${wizard.hash}`);
  await Promise.race([page.getByLabel(wizard.firstLabel).waitFor({ state: 'visible' }), page.crashed]);
  await page.waitForFunction(() => window.__bench.ready !== null);
  return page.evaluate(() => {
    const b = window.__bench;
    const resources = performance.getEntriesByType('resource');
    const wasm = resources.find((e) => e.name.endsWith('_bg.wasm'));
    const config = resources.find((e) => new URL(e.name).pathname.endsWith('/config.json'));
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ready: b.ready,
      inputAt: b.inputAt,
      started: b.started,
      memorySource: b.memorySource,
      htmlLoaded: nav?.responseEnd ?? null,
      wasmLoaded: wasm?.responseEnd ?? null,
      configRequested: config?.startTime ?? null,
      configLoaded: config?.responseEnd ?? null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    };
  });
}

/** Clears a field, then types into it with real key events, one keydown per character. */
async function typeInto(page, locator, field, text) {
  await locator.fill('');
  await page.evaluate((f) => (window.__bench.field = f), field);
  await locator.click();
  await page.keyboard.type(text, { delay: TYPING_DELAY });
  await page.waitForFunction(() => window.__bench.pending === 0);
  await page.evaluate(() => (window.__bench.field = null));
  const value = await locator.inputValue();
  if (value !== text) throw new Error(`typed ${JSON.stringify(text)} into ${field}, the field holds ${JSON.stringify(value)}`);
}

const keysOf = (page) => page.evaluate(() => window.__bench.keys.filter((k) => k.field !== null));

/** Ready, memory at ready and keystrokes through the fields that matter, for one wizard. */
async function measureWizard(key) {
  const wizard = WIZARDS[key];
  const s = await session(`${wizard.name} keystrokes`);
  const { page, cdp } = s;
  const result = {};
  try {
    result.load = await loadReady(page, wizard);
    result.memoryAtReady = await memoryAfterGc(page, cdp);
    if (key === 'cp') {
      const a = joeyPython(90);
      await fillCpApplicant(page, a);
      await typeInto(page, page.getByLabel('Email address'), 'email', a.email);
      await continueOn(page);
      await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
      await fillCpEvent(page, a);
      await typeInto(page, page.getByLabel('Title of the event or initiative'), 'title', a.title);
      const when = group(page, 'When is the event or initiative?');
      await typeInto(page, when.getByLabel('Day'), 'date', a.date.day);
      await typeInto(page, when.getByLabel('Month'), 'date', a.date.month);
      await typeInto(page, when.getByLabel('Year'), 'date', a.date.year);
      await typeInto(
        page,
        page.getByLabel('Approximately what percentage of the event is Python-related?'),
        'percent',
        a.percent,
      );
    } else {
      const a = meetupGroup();
      await fillMpApplicant(page, a);
      await typeInto(page, page.getByLabel('Email address'), 'email', a.email);
      await continueOn(page);
      await heading(page).filter({ hasText: 'Your Meetup group' }).waitFor();
      await fillMpGroup(page, a);
      await typeInto(page, page.getByLabel('Name of the Meetup group'), 'group name', a.groupName);
      await typeInto(
        page,
        page.getByLabel('How many events did the group hold in the last 12 months?'),
        'count',
        a.held,
      );
      await typeInto(
        page,
        page.getByLabel("Approximately what percentage of the group's content is about Python?"),
        'percent',
        a.percent,
      );
    }
    result.keys = await keysOf(page);
  } catch (err) {
    fail(`${wizard.name} keystrokes`, err);
    result.keys ??= await keysOf(page).catch(() => []);
  } finally {
    await s.close();
  }
  return result;
}

/** Keystrokes into a bare input: what the probe reports for a page doing nothing. */
async function measureFloor() {
  const s = await session('bare input');
  const { page } = s;
  try {
    await page.goto(`${app.url}${BARE}`);
    await typeInto(page, page.getByLabel('Text'), 'bare', joeyPython().email);
    return { keys: await keysOf(page), memory: await memoryAfterGc(page, s.cdp) };
  } catch (err) {
    fail('bare input', err);
    return { keys: [] };
  } finally {
    await s.close();
  }
}

/** Memory at ready, then after `ROUND_TRIPS` × (Continue, Back) between the first two CP steps. */
async function measureSteps() {
  const s = await session('steps back and forth');
  const { page, cdp } = s;
  const result = { roundTrips: 0 };
  try {
    await loadReady(page, WIZARDS.cp);
    result.atReady = await memoryAfterGc(page, cdp);
    await fillCpApplicant(page, joeyPython(90));
    for (let i = 1; i <= ROUND_TRIPS; i++) {
      await continueOn(page);
      await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
      // Alternately the browser's Back and the page's own "Back" link.
      if (i % 2) await page.goBack();
      else await page.getByRole('link', { name: 'Back', exact: true }).click();
      await heading(page).filter({ hasText: 'Your details' }).waitFor();
      result.roundTrips = i;
      if (i === 1) result.afterFirst = await memoryAfterGc(page, cdp);
      if (i === Math.ceil(ROUND_TRIPS / 2)) result.halfway = await memoryAfterGc(page, cdp);
    }
    result.atEnd = await memoryAfterGc(page, cdp);
  } catch (err) {
    fail(`steps back and forth (after ${result.roundTrips} round trips)`, err);
  } finally {
    await s.close();
  }
  return result;
}

// Step changes: from the click on Continue (or the page's own Back link) to
// the frame in which the other step's first field is in the page, visible and
// enabled, timed inside the page so that no round trip to Playwright counts.
// Three series, as the React build of the same product was measured (issue 13).
const STEP_SERIES = [
  { name: 'CP your details ⇄ event', wizard: 'cp', from: 'psf-cp-first-name', to: 'psf-cp-event-type' },
  { name: 'CP event ⇄ acknowledgements', wizard: 'cp', from: 'psf-cp-event-type', to: 'psf-cp-ack-1' },
  { name: 'MP your details ⇄ group', wizard: 'mp', from: 'psf-mp-full-name', to: 'psf-mp-group-name' },
];
const STEP_REPEATS = 5; // forward and back, per series and run

/** Clicks Continue or Back, resolves with the ms until field `targetId` is shown. */
function timedStepChange(page, control, targetId) {
  return page.evaluate(
    ({ control, targetId }) => {
      const clickable =
        control === 'continue'
          ? [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Continue')
          : [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Back');
      if (!clickable) throw new Error(`no ${control} on the page`);
      if (document.getElementById(targetId)) throw new Error(`#${targetId} is already on the page`);
      const t0 = performance.now();
      clickable.click();
      return new Promise((resolve, reject) => {
        const check = () => {
          const el = document.getElementById(targetId);
          if (el && !el.disabled && el.getClientRects().length > 0) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 10_000) reject(new Error(`#${targetId} not shown within 10 s`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { control, targetId },
  );
}

/** Continue and Back, `STEP_REPEATS` times each, for every series. */
async function measureStepChanges() {
  const result = {};
  for (const series of STEP_SERIES) {
    const s = await session(`step changes, ${series.name}`);
    const { page } = s;
    const times = { continue: [], back: [] };
    try {
      await loadReady(page, WIZARDS[series.wizard]);
      if (series.wizard === 'cp') {
        const a = joeyPython(90);
        await fillCpApplicant(page, a);
        if (series.from === 'psf-cp-event-type') {
          await continueOn(page);
          await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
          await fillCpEvent(page, a);
        }
      } else {
        await fillMpApplicant(page, meetupGroup());
      }
      await page.locator(`#${series.from}`).waitFor();
      for (let i = 0; i < STEP_REPEATS; i++) {
        times.continue.push(await timedStepChange(page, 'continue', series.to));
        // Let the new step settle (autosave, panel) before going back.
        await page.waitForTimeout(300);
        times.back.push(await timedStepChange(page, 'back', series.from));
        await page.waitForTimeout(300);
      }
    } catch (err) {
      fail(`step changes, ${series.name}`, err);
    } finally {
      await s.close();
    }
    result[series.name] = times;
  }
  return result;
}

/** A whole application, from the first step to "Application submitted", stored by the receiver. */
async function journey(key) {
  const wizard = WIZARDS[key];
  const s = await session(`${wizard.name} journey`);
  const { page } = s;
  let stage = 'start';
  try {
    const before = (await receiver.stored()).length;
    const t = performance.now();
    const onStep = (step) => (stage = step);
    if (key === 'cp') await completeCommunityPartner(page, app.url, joeyPython(90), { onStep });
    else await completeMeetupPro(page, app.url, meetupGroup(), { onStep });
    stage = 'submit';
    await submitApplication(page);
    await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
    const wall = performance.now() - t;
    stage = 'receiver';
    await eventually(
      () => receiver.stored(),
      (stored) => stored.length === before + 1,
    );
    return { wall };
  } catch (err) {
    const at = await heading(page)
      .textContent({ timeout: 1000 })
      .catch(() => '?');
    fail(`${wizard.name} journey, at step "${stage}", page "${at}"`, err);
    return { wall: null };
  } finally {
    await s.close();
  }
}

// ---- 3. the runs ----
const runs = [];
let memorySource = null;
try {
  // One unmeasured load, so that the first run does not pay for the browser's own start.
  const warm = await session('warm-up', { throttle: false });
  try {
    memorySource = (await loadReady(warm.page, WIZARDS.cp)).memorySource;
  } catch (err) {
    fail('warm-up', err);
  } finally {
    await warm.close();
  }
  const starts = !failures.length;
  if (!starts) log('the app does not start: no runs');
  for (let r = 1; starts && r <= RUNS; r++) {
    const t = performance.now();
    // Odd runs start with Community Partner, even ones with Meetup Pro, so
    // that neither always comes first after the previous run's work.
    const order = r % 2 ? ['cp', 'mp'] : ['mp', 'cp'];
    const run = { order };
    for (const key of order) run[key] = await measureWizard(key);
    run.floor = await measureFloor();
    run.steps = await measureSteps();
    run.stepChanges = await measureStepChanges();
    run.journeys = {};
    for (const key of order) run.journeys[key] = await journey(key);
    runs.push(run);
    log(
      `run ${r}/${RUNS} (${((performance.now() - t) / 1000).toFixed(0)} s): ready CP ${ms(run.cp.load?.ready)}, ` +
        `MP ${ms(run.mp.load?.ready)}; keystroke p95 CP ${ms(percentile(frames(run.cp.keys), 95))}, ` +
        `MP ${ms(percentile(frames(run.mp.keys), 95))}`,
    );
  }
} catch (err) {
  fail('benchmark', err);
} finally {
  await browser.close().catch(() => {});
  await app.close().catch(() => {});
  await receiver.stop().catch(() => {});
}

function frames(keys, field) {
  return (keys ?? []).filter((k) => field === undefined || k.field === field).map((k) => k.frame);
}

// ---- 4. summary ----
const TARGET = {
  size: '≤ 100 KB (aim 80)',
  ready: '≤ 350 ms median',
  key: '≤ 16 ms p95',
  memory: 'report',
  growth: 'no growth',
  journey: 'completes',
};
const verdict = (value, limit) => (value === null || value === undefined ? '–' : value <= limit ? 'met' : 'not met');
const across = (pick) => runs.map(pick).filter((x) => typeof x === 'number');
const firstAt = (keys) => (keys ?? []).find((k) => k.field === 'email' && k.key === '@')?.frame ?? null;
const total = (m) => m?.total ?? null;

const summary = { size: null, wizards: {}, steps: null, floor: null };
{
  const all = runs.flatMap((r) => frames(r.floor?.keys));
  const floorKeys = (pick) => runs.flatMap((r) => (r.floor?.keys ?? []).map(pick));
  const heap = across((r) => r.floor?.memory?.jsHeap);
  summary.floor = {
    count: all.length,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    delayP95: percentile(floorKeys((k) => k.delay), 95),
    workP50: percentile(floorKeys((k) => k.work), 50),
    workP95: percentile(floorKeys((k) => k.work), 95),
    jsHeap: { median: median(heap), range: range(heap) },
  };
}
if (size) {
  // The first load: the modules fetched on demand are counted apart.
  const byKind = (ext) => size.files.filter((f) => !f.onDemand && f.name.endsWith(ext)).reduce((s, f) => s + f.brotli, 0);
  summary.size = {
    total: size.total.brotli,
    onDemand: size.onDemand?.brotli ?? 0,
    wasm: byKind('.wasm'),
    js: byKind('.js'),
    css: byKind('.css'),
    html: byKind('.html'),
    budgetKb: size.budgetKb,
    heavy: size.heavy,
  };
}
for (const key of ['cp', 'mp']) {
  const perRunP95 = across((r) => percentile(frames(r[key].keys), 95));
  const all = runs.flatMap((r) => frames(r[key].keys));
  const keysOfRuns = (pick, field) =>
    runs.flatMap((r) => (r[key].keys ?? []).filter((k) => field === undefined || k.field === field).map(pick));
  const fields = [...new Set(runs.flatMap((r) => (r[key].keys ?? []).map((k) => k.field)))];
  summary.wizards[key] = {
    ready: { median: median(across((r) => r[key].load?.ready)), range: range(across((r) => r[key].load?.ready)) },
    breakdown: Object.fromEntries(
      ['htmlLoaded', 'domContentLoaded', 'wasmLoaded', 'started', 'configRequested', 'configLoaded', 'inputAt', 'ready'].map((m) => [
        m,
        median(across((r) => r[key].load?.[m])),
      ]),
    ),
    keys: {
      count: all.length,
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      max: percentile(all, 100),
      perRunP95Range: range(perRunP95),
      delayP95: percentile(keysOfRuns((k) => k.delay), 95),
      workP50: percentile(keysOfRuns((k) => k.work), 50),
      workP95: percentile(keysOfRuns((k) => k.work), 95),
      byField: Object.fromEntries(
        fields.map((f) => {
          const fs = keysOfRuns((k) => k.frame, f);
          return [
            f,
            {
              count: fs.length,
              p50: percentile(fs, 50),
              p95: percentile(fs, 95),
              delayP95: percentile(keysOfRuns((k) => k.delay, f), 95),
              workP50: percentile(keysOfRuns((k) => k.work, f), 50),
              workP95: percentile(keysOfRuns((k) => k.work, f), 95),
            },
          ];
        }),
      ),
    },
    firstAt: { median: median(across((r) => firstAt(r[key].keys))), range: range(across((r) => firstAt(r[key].keys))) },
    memoryAtReady: Object.fromEntries(
      ['jsHeap', 'wasm', 'total'].map((m) => [
        m,
        { median: median(across((r) => r[key].memoryAtReady?.[m])), range: range(across((r) => r[key].memoryAtReady?.[m])) },
      ]),
    ),
    journey: {
      median: median(across((r) => r.journeys[key].wall)),
      range: range(across((r) => r.journeys[key].wall)),
      completed: runs.filter((r) => r.journeys[key].wall !== null).length,
    },
  };
}
{
  const growth = (from, to, m) => across((r) => (r.steps[to]?.[m] ?? NaN) - (r.steps[from]?.[m] ?? NaN));
  const stat = (xs) => ({ median: median(xs), range: range(xs) });
  summary.steps = {
    roundTrips: ROUND_TRIPS,
    atReady: stat(across((r) => total(r.steps.atReady))),
    atEnd: Object.fromEntries(['jsHeap', 'wasm', 'total'].map((m) => [m, stat(across((r) => r.steps.atEnd?.[m]))])),
    // From after the first round trip (both pages rendered once) to the end.
    growth: Object.fromEntries(['jsHeap', 'wasm', 'total'].map((m) => [m, stat(growth('afterFirst', 'atEnd', m))])),
    // The second half alone: a leak keeps growing there, warm-up does not.
    growthSecondHalf: stat(growth('halfway', 'atEnd', 'total')),
  };
}

const W = summary.wizards;
const rows = [];
if (summary.size) {
  const z = summary.size;
  rows.push([
    'transfer, brotli (wasm + JS + CSS + HTML)',
    kb(z.total),
    '–',
    `deterministic (wasm ${kb(z.wasm)}, JS ${kb(z.js)}, CSS ${kb(z.css)}, HTML ${kb(z.html)})`,
    TARGET.size,
    verdict(z.total, 100 * 1024),
  ]);
}
for (const key of ['cp', 'mp']) {
  const w = W[key];
  rows.push([`ready, ${WIZARDS[key].name}`, ms(w.ready.median), '–', span(w.ready.range, ms), TARGET.ready, verdict(w.ready.median, 350)]);
}
for (const key of ['cp', 'mp']) {
  const k = W[key].keys;
  rows.push([
    `keystroke → next frame, ${WIZARDS[key].name} (${k.count} keys)`,
    ms(k.p50),
    ms(k.p95),
    `per-run p95 ${span(k.perRunP95Range, ms)}` +
      (k.p95 && summary.floor.p95 ? `; ${(k.p95 / summary.floor.p95).toFixed(1)}× the floor's p95` : ''),
    TARGET.key,
    verdict(k.p95, 16),
  ]);
  rows.push([`  first "@" in the email, ${WIZARDS[key].name}`, ms(W[key].firstAt.median), '–', span(W[key].firstAt.range, ms), TARGET.key, verdict(W[key].firstAt.median, 16)]);
}
rows.push([
  `  the probe's floor: the same keys into a bare <input> page`,
  ms(summary.floor.p50),
  ms(summary.floor.p95),
  `per-run p95 ${span(range(across((r) => percentile(frames(r.floor?.keys), 95))), ms)}`,
  '(reference)',
  '–',
]);
for (const series of STEP_SERIES) {
  for (const [control, label, react] of [
    ['continue', 'Continue → next step shown', '133–165 ms'],
    ['back', 'Back → previous step shown', '116–152 ms'],
  ]) {
    const all = runs.flatMap((r) => r.stepChanges?.[series.name]?.[control] ?? []);
    const perRun = across((r) => median(r.stepChanges?.[series.name]?.[control] ?? []));
    rows.push([
      `${label}, ${series.name} (${all.length})`,
      ms(median(all)),
      ms(percentile(all, 95)),
      `per-run median ${span(range(perRun), ms)}`,
      `≤ the React build (${react} on issue 13's harness)`,
      '–',
    ]);
  }
}
for (const key of ['cp', 'mp']) {
  const m = W[key].memoryAtReady;
  rows.push([`memory at ready, ${WIZARDS[key].name}`, mb(m.total.median), '–', span(m.total.range, mb), TARGET.memory, '–']);
}
{
  const st = summary.steps;
  rows.push([
    `memory after ${2 * ROUND_TRIPS} steps back and forth (CP)`,
    mb(st.atEnd.total.median),
    '–',
    span(st.atEnd.total.range, mb),
    TARGET.memory,
    '–',
  ]);
  rows.push([
    `  growth over them`,
    signedKb(st.growth.total.median),
    '–',
    span(st.growth.total.range, signedKb),
    TARGET.growth,
    st.growth.total.median === null ? '–' : st.growth.total.median <= 0 ? 'met' : 'not met',
  ]);
}
for (const key of ['cp', 'mp']) {
  const j = W[key].journey;
  rows.push([
    `whole journey to "Application submitted", ${WIZARDS[key].name}`,
    j.median === null ? '–' : `${(j.median / 1000).toFixed(1)} s`,
    '–',
    span(j.range, (x) => `${(x / 1000).toFixed(1)} s`),
    TARGET.journey,
    `${j.completed}/${runs.length}`,
  ]);
}
const main = table(['figure', 'median', 'p95', 'min – max across runs', 'target', 'target met'], rows);

const breakdown = table(
  [
    'medians, ms from navigation start',
    'HTML loaded',
    'wasm loaded',
    'DOMContentLoaded',
    'TrunkApplicationStarted',
    'config.json requested',
    'config.json loaded',
    'first input in DOM',
    'ready',
  ],
  ['cp', 'mp'].map((key) => {
    const b = W[key].breakdown;
    return [
      WIZARDS[key].name,
      ...['htmlLoaded', 'wasmLoaded', 'domContentLoaded', 'started', 'configRequested', 'configLoaded', 'inputAt', 'ready'].map(
        (m) => ms(b[m]),
      ),
    ];
  }),
);
const memoryPoint = (label, pick) => {
  const m = (f) => median(across((r) => pick(r)?.[f]));
  return [label, mb(m('jsHeap')), mb(m('wasm')), mb(m('total'))];
};
const memory = table(
  ['medians, after a full GC', 'JS heap', 'wasm memory', 'total'],
  [
    memoryPoint('Community Partner, at ready', (r) => r.cp.memoryAtReady),
    memoryPoint('Meetup Pro Network, at ready', (r) => r.mp.memoryAtReady),
    memoryPoint("bare <input> page (Playwright's injected script, the probe)", (r) => r.floor?.memory),
    memoryPoint('steps: CP at ready', (r) => r.steps.atReady),
    memoryPoint('steps: CP applicant filled, after round trip 1', (r) => r.steps.afterFirst),
    memoryPoint(`steps: after round trip ${Math.ceil(ROUND_TRIPS / 2)}`, (r) => r.steps.halfway),
    memoryPoint(`steps: after round trip ${ROUND_TRIPS}`, (r) => r.steps.atEnd),
    [
      `growth, round trip 1 → ${ROUND_TRIPS}`,
      signedKb(summary.steps.growth.jsHeap.median),
      signedKb(summary.steps.growth.wasm.median),
      signedKb(summary.steps.growth.total.median),
    ],
  ],
);
const fieldRow = (wizard, f, v) => [wizard, f, v.count, ms(v.p50), ms(v.p95), ms(v.delayP95), ms(v.workP50), ms(v.workP95)];
const perField = table(
  ['wizard', 'field', 'keys', 'next frame p50', 'next frame p95', 'input delay p95', 'own work p50', 'own work p95'],
  [
    ...['cp', 'mp'].flatMap((key) => Object.entries(W[key].keys.byField).map(([f, v]) => fieldRow(WIZARDS[key].name, f, v))),
    fieldRow('bare <input> page', 'the same keys as the CP email', summary.floor),
  ],
);
const sizes = size
  ? table(
      ['file', 'raw', 'gzip', 'brotli'],
      [
        ...size.files.filter((f) => !f.onDemand).map((f) => [f.name, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
        ['total (first load)', kb(size.total.raw), kb(size.total.gzip), kb(size.total.brotli)],
        ...size.files.filter((f) => f.onDemand).map((f) => [`${f.name} (on demand)`, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
      ],
    )
  : 'size.mjs gave no figures';

let commit = null;
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {}
const environment = {
  date: new Date().toISOString(),
  commit,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  node: process.version,
  chromium: chromiumVersion,
  runs: RUNS,
  cpuSlowdown: RATE,
  roundTrips: ROUND_TRIPS,
  typingDelayMs: TYPING_DELAY,
  wasmMemoryFrom: memorySource ?? (loaderEvent ? 'TrunkApplicationStarted' : 'WebAssembly.instantiate'),
  dist: relative(root, DIST) || '.',
  buildSeconds: builds,
};

const md = [
  `# psf-apply benchmark, ${environment.date.slice(0, 10)}`,
  '',
  `${runs.length} runs, ${RATE}× CPU slowdown, headless Chromium ${environment.chromium}, ${environment.cpus} cores ` +
    `(${environment.cpuModel}), load average ${environment.loadAverage.join(' ')}, HEAD ${commit ?? '?'}, ` +
    `measured ${environment.dist}/. ` +
    'Keystroke figures pool every key of every run; min – max is the spread of the per-run figure.',
  '',
  main,
  '',
  '## Where the time to ready goes',
  '',
  breakdown,
  '',
  '## Memory',
  '',
  'Growth is measured from after the first round trip (both pages rendered once, the applicant step filled in) to the last; ' +
    'wasm memory never shrinks, so its growth is the allocator\'s high-water mark.',
  '',
  memory,
  '',
  '## Keystrokes by field (all runs)',
  '',
  '"next frame" (the figure above) runs from the keydown event\'s timestamp to just after the next frame; ' +
    '"input delay" from that timestamp until the page\'s first keydown listener ran; ' +
    '"own work" from then until the main thread was free again (keydown, input, the app\'s handlers and effects).',
  '',
  perField,
  '',
  '## Sizes (bench/size.mjs)',
  '',
  sizes,
  '',
  failures.length ? `## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}\n` : '',
].join('\n');

writeFileSync(join(outDir, 'report.md'), md);
writeFileSync(join(outDir, 'report.json'), JSON.stringify({ environment, summary, failures, runs }, null, 2));
console.log(md);
log(`wrote ${relative(root, join(outDir, 'report.md'))} and ${relative(root, join(outDir, 'report.json'))}`);
if (failures.length) {
  log(`${failures.length} problem(s): something broke (see above); the figures are incomplete`);
  process.exit(1);
}
