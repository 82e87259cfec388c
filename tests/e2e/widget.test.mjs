// The embeddable widget on a busy third-party page (public/demo-host.html),
// served with a strict Content Security Policy: the journey, isolation from
// the host's CSS both ways, host events, prefill, two widgets side by side,
// the JavaScript API, and no CSP violation anywhere.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReceiver, startApp, launchBrowser, newPage, closePage } from './harness.mjs';
import {
  joeyPython,
  fillCpApplicant,
  fillCpEvent,
  tickAcknowledgements,
  continueOn,
  submitApplication,
  heading,
  eventually,
} from './steps.mjs';

const CSP = "script-src 'self' 'wasm-unsafe-eval'";

// Small host pages for the cases the demo page does not cover.
const bareHost = (attributes) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/main.css">
<script type="module" src="/embed.js"></script></head>
<body><main><h1>Host page</h1><div id="w" data-psf-apply ${attributes}></div></main></body></html>`;
const apiHost = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>API host</title>
<link rel="stylesheet" href="/main.css">
<script type="module" src="/api-host.js"></script></head>
<body><main><h1>Host page</h1><div id="api"></div></main></body></html>`;
const apiHostScript = `import { mount } from '/embed.js';
const el = document.getElementById('api');
await mount(el, { program: 'meetup-pro', mode: 'preview', storagePrefix: 'api-host', prefill: { python_percent: 90 } });
try { await mount(el, {}); } catch (e) { document.body.dataset.second = String(e.message); }
document.body.dataset.mounted = 'yes';`;

let receiver, app, plain, browser, page;

before(async () => {
  receiver = await startReceiver();
  app = await startApp({
    backend: () => receiver.url,
    headers: { 'Content-Security-Policy': CSP },
    overrides: {
      '/failing-host.html': ['text/html; charset=utf-8', bareHost('data-program="community-partner" data-endpoint="/api/applications" data-retries="0"')],
      '/url-host.html': ['text/html; charset=utf-8', bareHost('data-program="community-partner"')],
      '/api-host.html': ['text/html; charset=utf-8', apiHost],
      '/api-host.js': ['text/javascript', apiHostScript],
    },
  });
  // The standalone app (its Trunk-made page has an inline loader: no CSP).
  plain = await startApp({ backend: () => receiver.url });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await plain?.close();
  await receiver?.stop();
});
beforeEach(async () => {
  page = await newPage(browser);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    window.__events = [];
    for (const type of ['psf-apply:step', 'psf-apply:eligibility', 'psf-apply:submitted', 'psf-apply:failed']) {
      window.addEventListener(type, (e) =>
        window.__events.push({ type: type.slice('psf-apply:'.length), target: e.target.id, detail: e.detail }),
      );
    }
  });
});
afterEach(async () => {
  const violations = page.isClosed() ? [] : await page.evaluate(() => window.__csp).catch(() => []);
  await closePage(page);
  assert.deepEqual(violations, [], 'no Content Security Policy violation');
});

const events = (type, target) =>
  page.evaluate(([type, target]) => window.__events.filter((e) => e.type === type && (!target || e.target === target)), [type, target]);
const form = () => page.locator('#cp-apply');
const preview = () => page.locator('#cp-check');

async function openDemo(query = '') {
  await page.goto(`${app.url}/demo-host.html${query}`);
  await heading(form()).waitFor();
  await heading(preview()).waitFor();
}

/** Runs axe-core on one element only (the host page is not ours to judge). */
async function axeOn(selector) {
  const source = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate((s) => axe.run(s, { resultTypes: ['violations'] }), selector); // eslint-disable-line no-undef
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Community Partner journey completes inside the busy host and tells the host each step', async () => {
  const before = (await receiver.stored()).length;
  await openDemo();
  assert.equal(await heading(form()).textContent(), 'Your details');
  assert.deepEqual(await axeOn('#cp-apply'), []);

  const joey = joeyPython(90);
  await fillCpApplicant(form(), joey);
  await continueOn(form());
  await heading(form()).filter({ hasText: 'Event or initiative details' }).waitFor();
  await fillCpEvent(form(), joey);
  await continueOn(form());
  await tickAcknowledgements(form());
  await continueOn(form());
  await heading(form()).filter({ hasText: 'Check your answers' }).waitFor();
  assert.deepEqual(await axeOn('#cp-apply'), []);
  const eligibility = (await events('eligibility', 'cp-apply')).map((e) => e.detail);
  await submitApplication(form());
  await heading(form()).filter({ hasText: 'Application submitted' }).waitFor();

  const stored = await eventually(() => receiver.stored(), (s) => s.length === before + 1);
  const record = stored.at(-1);
  assert.equal(record.payload.answers.title, 'PyCon Jupiter');
  await form().getByText(record.reference).waitFor();

  // The host's URL is never the widget's router.
  assert.equal(new URL(page.url()).hash, '');

  const steps = (await events('step', 'cp-apply')).map((e) => e.detail);
  assert.deepEqual(steps, [
    { program: 'community-partner', step: 'applicant', stepNumber: 1, of: 4 },
    { program: 'community-partner', step: 'event', stepNumber: 2, of: 4 },
    { program: 'community-partner', step: 'acknowledgements', stepNumber: 3, of: 4 },
    { program: 'community-partner', step: 'check', stepNumber: 4, of: 4 },
    { program: 'community-partner', step: 'confirmation', stepNumber: null, of: null },
  ]);
  assert.deepEqual(
    (await events('step', 'cp-check')).map((e) => e.detail),
    [{ program: 'community-partner', step: 'preview', stepNumber: null, of: null }],
  );

  const submitted = await events('submitted', 'cp-apply');
  assert.equal(submitted.length, 1);
  assert.equal(submitted[0].detail.program, 'community-partner');
  assert.equal(submitted[0].detail.reference, record.reference);
  assert.equal(submitted[0].detail.submittedAt, record.payload.submitted_at);

  // Eligibility: only changes, each a full picture; the last one before
  // submitting is the verdict sent.
  assert.ok(eligibility.length >= 2, `a few changes, got ${eligibility.length}`);
  assert.ok(eligibility.length < 30, `not one per keystroke, got ${eligibility.length}`);
  for (let i = 1; i < eligibility.length; i++) {
    assert.notDeepEqual(eligibility[i], eligibility[i - 1], 'each event is a change');
  }
  const last = eligibility.at(-1);
  assert.equal(last.program, 'community-partner');
  assert.equal(last.preview, false);
  assert.equal(last.verdict, record.payload.eligibility.verdict);
  assert.deepEqual(
    last.outcomes,
    record.payload.eligibility.outcomes.map(({ rule, status }) => ({ rule, status })),
  );
});

test('a failed submission tells the host why', async () => {
  await receiver.mode({ mode: 'always_500' });
  try {
    await page.goto(`${app.url}/failing-host.html`);
    const w = page.locator('#w');
    await heading(w).waitFor();
    const joey = joeyPython(90);
    await fillCpApplicant(w, joey);
    await continueOn(w);
    await fillCpEvent(w, joey);
    await continueOn(w);
    await tickAcknowledgements(w);
    await continueOn(w);
    await submitApplication(w);
    const failed = await eventually(() => events('failed', 'w'), (e) => e.length === 1);
    assert.deepEqual(failed[0].detail, { program: 'community-partner', reason: 'server', status: 500, attempts: 1 });
    assert.deepEqual(await events('submitted'), []);
  } finally {
    await receiver.mode({ mode: 'normal' });
  }
});

test('prefill fills the empty questions; a restored draft wins over it', async () => {
  await openDemo();
  const firstName = form().getByLabel('First name');
  assert.equal(await firstName.inputValue(), 'Joey');
  assert.equal(await form().getByLabel('Last name').inputValue(), 'Python');
  assert.equal(await form().getByLabel('Email address').inputValue(), 'joeylovespython@email.com');
  await page.waitForTimeout(300); // as long as an autosave takes
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:')));
  assert.deepEqual(await drafts(), [], 'prefilled answers alone leave no draft behind');
  // The host's own "Email address" (newsletter) is untouched.
  assert.equal(await page.locator('#hub-email').inputValue(), '');

  await firstName.fill('Joanna');
  await form().getByLabel('Last name').fill('');
  await page.waitForTimeout(300); // autosave
  await page.reload();
  await heading(form()).waitFor();
  assert.equal(await form().getByLabel('First name').inputValue(), 'Joanna', 'the draft wins');
  assert.equal(await form().getByLabel('Last name').inputValue(), 'Python', 'an emptied answer is filled again');

  // URL parameters (psf_<answer name>) fill what the host did not.
  await page.goto(`${app.url}/url-host.html?psf_first_name=Ada&psf_email=ada%40example.org&psf_nope=1`);
  const w = page.locator('#w');
  await heading(w).waitFor();
  assert.equal(await w.getByLabel('First name').inputValue(), 'Ada');
  assert.equal(await w.getByLabel('Email address').inputValue(), 'ada@example.org');
});

test('two widgets on one page keep apart: ids, answers and storage', async () => {
  await openDemo();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no duplicate ids');

  await preview().getByLabel('Approximately what percentage of the event is Python-related?').fill('80');
  await form().getByLabel('First name').fill('Joey');
  await continueOn(form());
  await heading(form()).filter({ hasText: 'Event or initiative details' }).waitFor();
  assert.equal(
    await form().getByLabel('Approximately what percentage of the event is Python-related?').inputValue(),
    '',
    "the preview's answer is not in the form",
  );
  await form().getByLabel('City').fill('New Earth');
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:')));
  assert.deepEqual(keys, ['psf-apply-cp-apply:v1:draft:community-partner']);
  // The preview's own events name it, and only it.
  const previewEligibility = await events('eligibility', 'cp-check');
  assert.ok(previewEligibility.length >= 1);
  assert.ok(previewEligibility.every((e) => e.detail.preview === true));
  assert.equal(new URL(page.url()).hash, '');

  // A reload reopens the form on its step; its Back link works in memory.
  await page.reload();
  await heading(form()).filter({ hasText: 'Event or initiative details' }).waitFor();
  assert.equal(await form().getByLabel('City').inputValue(), 'New Earth');
  // Judging the saved answers when the step is drawn is not a change.
  await page.waitForTimeout(300);
  assert.deepEqual(await events('eligibility', 'cp-apply'), [], 'no eligibility event on reopening a saved step');
  await form().getByRole('link', { name: 'Back' }).click();
  await heading(form()).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(new URL(page.url()).hash, '');
  // Widgets follow their own width: in the sidebar the criteria start folded.
  assert.equal(await preview().locator('details').first().getAttribute('open'), null);
});

const HOST_PROPS = [
  'display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color',
  'background-color', 'text-transform', 'letter-spacing', 'text-align', 'margin-top', 'margin-bottom',
  'padding-top', 'padding-left', 'border-top-width', 'border-top-color', 'border-bottom-width', 'width', 'height',
];
const HOST_ELEMENTS = ['body', '.hub-header', 'main h1', '.hub-intro', '.hub-nav a', '#hub-user', 'label[for=hub-user]', '#hub-signin .hub-button', '.hub-box', '.hub-footer', '.hub-card > h2'];

async function computed(selectors, props) {
  return page.evaluate(
    ([selectors, props]) =>
      Object.fromEntries(
        selectors.map((s) => {
          const el = document.querySelector(s);
          if (!el) return [s, null];
          const style = getComputedStyle(el);
          return [s, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      ),
    [selectors, props],
  );
}

test("the host's own elements keep their styles when the widget arrives", async () => {
  // Without the app's stylesheet and wasm: the host as it is on its own.
  await page.route(/\/(main\.css|psf-apply_bg\.wasm)$/, (route) => route.abort());
  await page.goto(`${app.url}/demo-host.html`);
  await page.waitForLoadState('load');
  const alone = await computed(HOST_ELEMENTS, HOST_PROPS);
  await page.unroute(/\/(main\.css|psf-apply_bg\.wasm)$/);
  page.errors.length = 0; // the blocked wasm's own load failure

  await openDemo();
  const withWidget = await computed(HOST_ELEMENTS, HOST_PROPS);
  for (const s of HOST_ELEMENTS) assert.ok(alone[s], `${s} exists`);
  // The page grows by the widget's height; that is the only difference.
  delete alone.body.height;
  delete withWidget.body.height;
  assert.deepEqual(withWidget, alone);
});

const WIDGET_PROPS = [
  'display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color',
  'background-color', 'text-transform', 'letter-spacing', 'text-align', 'margin-top', 'margin-bottom',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-top-style',
  'border-top-color', 'border-bottom-width', 'border-radius', 'outline-style', 'appearance', 'cursor', 'height',
];

async function widgetLook(root) {
  return {
    input: await root.getByLabel('First name').evaluate(
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]).concat([['width', getComputedStyle(el).width]])),
      WIDGET_PROPS,
    ),
    label: await root.locator('label', { hasText: 'First name' }).evaluate(
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
      WIDGET_PROPS,
    ),
    button: await root.getByRole('button', { name: 'Continue' }).evaluate(
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]).concat([['width', getComputedStyle(el).width]])),
      WIDGET_PROPS,
    ),
    h1: await heading(root).evaluate(
      (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
      WIDGET_PROPS,
    ),
  };
}

test("the widget looks as it does on its own page, whatever the host's CSS", async () => {
  await page.goto(`${plain.url}/#/community-partner/applicant`);
  await heading(page).waitFor();
  const standalone = await widgetLook(page.locator('.psf-app'));

  await openDemo();
  const embedded = await widgetLook(form());
  assert.deepEqual(embedded, standalone);
  // The host's rules really are aggressive: its own h1 is red and 4rem.
  const hostH1 = await page.locator('main h1').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontSize]);
  assert.deepEqual(hostH1, ['rgb(255, 0, 0)', '64px']);
});

test('a host can mount from JavaScript, once per element', async () => {
  await page.goto(`${app.url}/api-host.html`);
  await page.locator('body[data-mounted=yes]').waitFor();
  const w = page.locator('#api');
  assert.equal(await heading(w).textContent(), 'Check if your Meetup group can join the Meetup Pro Network');
  assert.equal(
    await w.getByLabel("Approximately what percentage of the group's content is about Python?").inputValue(),
    '90',
  );
  assert.match(await page.locator('body').getAttribute('data-second'), /already holds an application/);
  assert.deepEqual((await events('step', 'api')).map((e) => e.detail.step), ['preview']);
});
