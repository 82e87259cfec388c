// The start page is drawn by hand before the app (src/ui/shell.rs), and the
// app (src/ui/entry.rs) takes over when the person moves on or uses one of
// its controls. These journeys hold the app's module back, so that what the
// person does happens on the page drawn by hand, then let it through.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axeViolations, closePage, startStack, startApp, APP_MODULE as MODULE } from './harness.mjs';
import { heading, eventually } from './steps.mjs';

let stack, app, browser, page, gate;

/** Holds the app's module back from now on, until `release()`. */
function hold() {
  let open;
  const held = new Promise((resolve) => (open = resolve));
  gate = { held, open };
}
const release = () => gate.open();

before(async () => {
  stack = await startStack();
  ({ app, browser } = stack);
});
after(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  page = await newPage(browser);
  // The host's view of the page: every step event, in order.
  await page.addInitScript(() => {
    window.__steps = [];
    document.addEventListener('psf-apply:step', (e) => window.__steps.push(e.detail.step));
  });
  hold();
  await page.route(MODULE, async (route) => {
    await gate.held;
    await route.continue();
  });
});
afterEach(async () => {
  release();
  await closePage(page);
});

const steps = () => page.evaluate(() => window.__steps);
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()} ${el.textContent.trim()}`;
  });

/** A Community Partner draft in this browser, saved as the app saves one. */
async function saveDraft() {
  await page.goto(`${app.url}/#/community-partner/applicant`);
  release();
  await page.getByLabel('First name').fill('Joey');
  await eventually(
    () => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Joey'))),
    (saved) => saved,
  );
}

test('the start page works before the app has arrived: a language chosen by keyboard is spoken, with focus kept and the page announced once', async () => {
  await page.goto(`${app.url}/#/`);
  await heading(page).filter({ hasText: 'Apply to a PSF community program' }).waitFor();
  await page.getByRole('link', { name: 'Start a Community Partner application' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe violations on the start page drawn by hand');
  assert.deepEqual(await steps(), ['start']);

  await page.getByRole('button', { name: 'Español' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'nothing changes before the app is here');
  release();
  await eventually(() => page.locator('html').getAttribute('lang'), (lang) => lang === 'es');
  await heading(page).filter({ hasText: 'PSF' }).waitFor();
  assert.notEqual(await heading(page).innerText(), 'Apply to a PSF community program', 'drawn in Spanish');
  assert.equal(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-current'), 'true');
  assert.equal(await focused(), 'button Español', 'focus stays on the language chosen');
  assert.equal(await page.locator('.psf-app').count(), 1, 'one app, in place of the page drawn by hand');
  assert.deepEqual(await steps(), ['start'], 'the start page is announced once');
});

test('moving on from the start page draws the next page with its heading focused, and announces it', async () => {
  await page.goto(`${app.url}/#/`);
  const start = page.getByRole('link', { name: 'Start a Meetup Pro Network application' });
  await start.focus();
  await page.keyboard.press('Enter');
  release();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  await eventually(focused, (f) => f === 'h1 Your details');
  assert.match(page.url(), /#\/meetup-pro\/applicant$/);
  assert.deepEqual(await steps(), ['start', 'applicant']);
});

test('"Start again" on the page drawn by hand forgets the saved answers once the app has arrived', async () => {
  await saveDraft();
  // A new page load, whose module is held again.
  hold();
  await page.goto(`${app.url}/#/`);
  await page.reload();
  const again = page.getByRole('button', { name: /Start again/ });
  await again.click();
  assert.equal(await page.locator('.psf-notification').count(), 1, 'the offer stays until the app is here');
  release();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), '', 'the answers are forgotten');
  assert.equal(
    await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Joey'))),
    false,
    'and gone from storage',
  );
});

test("the page's config is read: its storage prefix by the start page, its refused settings reported once, on the start page, without a click", async () => {
  const config = JSON.stringify({ storagePrefix: 'psf-shell-test', retries: 'many' });
  const own = await startApp({ backend: () => stack.receiver.url, overrides: { '/config.json': ['application/json', config] } });
  try {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && /psf-apply/.test(m.text()) && warnings.push(m.text()));
    release();
    await page.goto(`${own.url}/#/`);
    await eventually(() => warnings.length, (n) => n === 1, { timeout: 5000 });
    assert.match(warnings[0], /retries "many" is out of range/);
    await page.getByRole('link', { name: 'Start a Community Partner application' }).click();
    await page.getByLabel('First name').fill('Joey');
    await eventually(
      () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:'))),
      (keys) => keys.length === 1 && keys[0] === 'psf-shell-test:v1:draft:community-partner',
    );
    // A reload: the start page finds the draft under the same prefix.
    await page.goto(`${own.url}/#/`);
    await page.reload();
    await page.getByRole('button', { name: /Continue where you left off/ }).waitFor();
    await eventually(() => warnings.length, (n) => n === 2, { timeout: 5000 });
    await page.getByRole('button', { name: /Continue where you left off/ }).click();
    await heading(page).filter({ hasText: 'Your details' }).waitFor();
    assert.equal(await page.getByLabel('First name').inputValue(), 'Joey');
    await page.waitForTimeout(300);
    assert.equal(warnings.length, 2, 'reported once per page load, not again when the app is drawn');
  } finally {
    await own.close();
  }
});

test('what the person does while the app is on its way is all done, in order: "Start again", then a link followed', async () => {
  await saveDraft();
  hold();
  await page.goto(`${app.url}/#/`);
  await page.reload();
  await page.getByRole('button', { name: /Start again/ }).click();
  await page.getByRole('link', { name: 'Start a Meetup Pro Network application' }).click();
  assert.match(page.url(), /#\/meetup-pro\/applicant$/);
  release();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  await eventually(focused, (f) => f === 'h1 Your details');
  assert.match(page.url(), /#\/meetup-pro\/applicant$/, 'the page moved to');
  assert.equal(
    await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Joey'))),
    false,
    'the saved answers were forgotten first',
  );
  assert.deepEqual(await steps(), ['start', 'applicant']);
});
