// The app lives in a wasm module of its own (issue 13's size work,
// src/ui/entry.rs; the start page is drawn by hand, src/ui/shell.rs): the
// start page works without it, it is fetched once, in the background or
// when the person moves on, and when it cannot be fetched the person is
// told so, loses nothing and can try again.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axeViolations, closePage, startStack, APP_MODULE as MODULE } from './harness.mjs';
import { continueOn, heading, eventually, fillCpApplicant, joeyPython } from './steps.mjs';

let stack, app, browser, page, fetched, expectedErrors;

before(async () => {
  stack = await startStack();
  ({ app, browser } = stack);
});
after(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  page = await newPage(browser);
  fetched = [];
  expectedErrors = null;
  page.on('request', (r) => {
    if (MODULE.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
});
afterEach(async () => {
  await closePage(page, { expected: expectedErrors });
});

/** "Loading…" is drawn by the style sheet in the empty page box, after a moment. */
async function loadingShown() {
  await eventually(
    () =>
      page.evaluate(() => {
        const box = document.querySelector('.psf-program-page');
        if (!box || box.children.length) return null;
        const before = getComputedStyle(box, '::before');
        return before.visibility === 'visible' ? before.content : null;
      }),
    (content) => content === '"Loading…"',
  );
}

test('the start page needs only the first module; the app arrives in the background, once', async () => {
  await page.goto(`${app.url}/#/`);
  await heading(page).filter({ hasText: 'Apply to a PSF community program' }).waitFor();
  await page.getByRole('link', { name: 'Start a Community Partner application' }).waitFor();
  assert.deepEqual(fetched, [], 'the start page was drawn before the app module was asked for');
  // Fetched once the start page has been shown a moment (PREFETCH_AFTER_MS).
  await eventually(() => fetched.length, (n) => n === 1, { timeout: 5000 });

  await page.getByRole('link', { name: 'Start a Community Partner application' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  await fillCpApplicant(page, joeyPython());
  await continueOn(page);
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  await page.goto(`${app.url}/#/preview/meetup-pro`);
  await heading(page).filter({ hasText: /meetup pro/i }).waitFor();
  assert.equal(fetched.length, 1, 'no second fetch: the module stays loaded');
});

test('a program page opened at once from the start page is drawn, with the module fetched once', async () => {
  await page.goto(`${app.url}/#/`);
  await page.getByRole('link', { name: 'Start a Community Partner application' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(fetched.length, 1, 'fetched for the first program page');
});

test("a program page opened by its address fetches the module beside the main one, once", async () => {
  let mainLoaded = null;
  let moduleAsked = null;
  page.on('request', (r) => {
    if (MODULE.test(new URL(r.url()).pathname)) moduleAsked ??= Date.now();
  });
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.endsWith('/psf-apply_bg.wasm')) mainLoaded ??= Date.now();
  });
  await page.goto(`${app.url}/#/community-partner/event`);
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  assert.equal(fetched.length, 1, 'the preload is what the page used: one request');
  assert.ok(moduleAsked <= mainLoaded, 'asked for before the main module had arrived');
});

test('when the app cannot be fetched, the person is told, keeps every answer, and can try again', async () => {
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await page.getByLabel('First name').fill('Joey');
  await eventually(
    () => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Joey'))),
    (saved) => saved,
  );

  // A reload on a network that drops the module (routing bypasses the cache),
  // after a while, as a slow network would. The split loader reports the
  // failed fetch on the console.
  expectedErrors = /Failed to fetch|net::ERR_FAILED/;
  await page.route(MODULE, (route) => setTimeout(() => route.abort('failed'), 1000));
  await page.reload();
  await loadingShown();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await alert.waitFor();
  assert.equal(await page.locator('.psf-program-page').count(), 1, 'one page box: no "Loading…" left beside the message');
  await assert.doesNotReject(
    alert.getByText('Check your internet connection, then try again. Your answers are still here.').waitFor(),
  );
  assert.deepEqual(await axeViolations(page), [], 'axe violations on the failed load');

  // Still offline: trying again shows it is trying, then fails again, and says so again.
  await page.getByRole('button', { name: 'Try again' }).click();
  await alert.waitFor({ state: 'detached' });
  await loadingShown();
  await alert.waitFor();

  await page.unroute(MODULE);
  await page.getByRole('button', { name: 'Try again' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), 'Joey', 'the answer typed before is still there');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(), 0);
});
