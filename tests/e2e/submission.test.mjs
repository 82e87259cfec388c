// Submitting when the backend misbehaves: every outcome has its own screen
// state, and no application is lost or stored twice.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startReceiver, startApp, launchBrowser, newPage, closePage } from './harness.mjs';
import { joeyPython, completeCommunityPartner, submitApplication, heading, eventually } from './steps.mjs';

let receiver, app, browser, page;
// The app talks to whatever receiver is current, through the same origin, so
// a test can kill the backend and start it again behind the app.
let backendUrl = null;

before(async () => {
  receiver = await startReceiver();
  backendUrl = receiver.url;
  app = await startApp({
    backend: () => backendUrl,
    // Short timeout and quick retries keep the failure tests fast.
    overrides: {
      '/config.json': ['application/json', JSON.stringify({ endpoint: '/api/applications', timeoutMs: 1500, retries: 2 })],
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await receiver?.stop();
});
beforeEach(async () => {
  await receiver.reset();
  page = await newPage(browser);
});
// The failures these tests ask for show in the console as failed requests.
afterEach(() => closePage(page, { expected: /status of (4|5)\d\d|ERR_EMPTY_RESPONSE|ERR_CONNECTION/ }));

const storedFor = async (key) => (await receiver.stored()).filter((r) => r.idempotency_key === key);
const notSent = () => page.getByRole('heading', { name: /not been sent yet/i });

async function toCheckAnswers(title = `PyCon Jupiter ${Math.random().toString(36).slice(2, 8)}`) {
  const joey = joeyPython(90);
  joey.title = title;
  await completeCommunityPartner(page, app.url, joey);
  await heading(page).filter({ hasText: 'Check your answers' }).waitFor();
  return title;
}

const lastPosted = async (title) => (await receiver.stored()).filter((r) => r.payload.answers.title === title);

test('a 500 then success is retried with the same key and stored exactly once', async () => {
  await receiver.mode({ mode: 'fail_then_succeed', count: 1 });
  const title = await toCheckAnswers();
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  const stored = await lastPosted(title);
  assert.equal(stored.length, 1);
  assert.equal((await receiver.stats()).posts, 2, 'one failed attempt, one retry');
  await assert.doesNotReject(page.getByText(stored[0].reference).waitFor());
});

test('a 429 with Retry-After is honoured, then stored once', async () => {
  await receiver.mode({ mode: 'rate_limited', count: 1, retry_after: 1 });
  const title = await toCheckAnswers();
  const started = Date.now();
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
  assert.equal((await lastPosted(title)).length, 1);
});

test('a 422 with problem details takes the person to each question, unknown pointers kept', async () => {
  await receiver.mode({ mode: 'problem_422' });
  const title = await toCheckAnswers();
  await submitApplication(page);
  const summary = page.getByRole('alert');
  await summary.getByText('There is a problem').waitFor();
  // /answers/email is on the first step: the person is taken there.
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.match(await page.title(), /^Error: /);
  const text = await summary.textContent();
  assert.match(text, /email/i, 'the email problem is listed');
  assert.match(text, /title/i, 'the title problem, on another step, is listed');
  assert.match(text, /unknown_field|could not be matched|not match any question/i, 'the unknown pointer is not dropped');
  // The email field itself carries the message.
  const email = page.getByLabel('Email address');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  assert.equal(await email.inputValue(), 'joeylovespython@email.com', 'nothing typed is lost');
  assert.equal((await lastPosted(title)).length, 0, 'nothing was stored');

  // Changing the refused answer clears its refusal; our own checks speak again.
  await email.fill('joey@example.org');
  await eventually(() => email.getAttribute('aria-invalid'), (v) => v !== 'true');
  // The title's problem links to its own step, and lands on the question.
  await summary.getByRole('link', { name: /title/i }).click();
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  const titleId = await page.getByLabel('Title of the event or initiative').getAttribute('id');
  await eventually(() => page.evaluate(() => document.activeElement?.id), (id) => id === titleId);
});

test('a device clock days off is refused by the backend in plain words; with the clock put right, submitting again is stored', async () => {
  // The receiver judges the window by its own clock and refuses a submitted_at
  // more than a day from it, so a wrong device clock cannot move a deadline.
  await page.clock.setFixedTime(new Date(Date.now() + 3 * 24 * 3600 * 1000));
  const title = await toCheckAnswers();
  await submitApplication(page);
  const problem = page.getByRole('alert').filter({ hasText: 'could not accept' });
  await problem.getByText('The date or time on your device seems to be wrong').waitFor();
  const said = await problem.textContent();
  assert.doesNotMatch(said, /submitted_at|clock_skew|receiver's clock/, 'our words, no pointer, code or backend detail');
  assert.doesNotMatch(said, /Change those answers/, 'no answer to change');
  assert.equal((await lastPosted(title)).length, 0, 'nothing was stored');

  await page.clock.setFixedTime(new Date());
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const stored = await lastPosted(title);
  assert.equal(stored.length, 1, 'stored once');
});

test('an HTML 502 page is retried, then "not sent yet" with Retry; Retry stores it once', async () => {
  await receiver.mode({ mode: 'html_502' });
  const title = await toCheckAnswers();
  await submitApplication(page);
  await notSent().waitFor({ timeout: 20_000 });
  assert.equal((await receiver.stats()).posts, 3, 'first attempt and two retries');
  await assert.doesNotReject(page.getByRole('link', { name: /download/i }).first().waitFor());
  assert.equal((await lastPosted(title)).length, 0);

  await receiver.mode({ mode: 'normal' });
  await page.getByRole('button', { name: /try again|retry/i }).click();
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  assert.equal((await lastPosted(title)).length, 1);
});

test('a backend that is down: not sent, the draft survives a reload, Retry after restart stores one', async () => {
  const title = await toCheckAnswers();
  const dataDir = receiver.dataDir;
  await receiver.stop();
  backendUrl = null; // connections to /api/ are now refused
  try {
    await submitApplication(page);
    await notSent().waitFor({ timeout: 20_000 });

    await page.reload();
    await heading(page).filter({ hasText: 'Check your answers' }).waitFor();
    await assert.doesNotReject(page.getByText(title).first().waitFor());
  } finally {
    receiver = await startReceiver({ dataDir });
    backendUrl = receiver.url;
  }
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  assert.equal((await lastPosted(title)).length, 1);
});

test('a slow backend times out, the retry uses the same key, and the backend stores it once', async () => {
  // The first attempt outlives the app's timeout but the receiver still stores
  // it; the retry must be recognised by its key and not stored again.
  await receiver.mode({ mode: 'slow', delay_ms: 2500 });
  const title = await toCheckAnswers();
  await submitApplication(page);
  await eventually(() => receiver.stats(), (s) => s.posts >= 2, { timeout: 15_000 });
  await receiver.mode({ mode: 'normal' });
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 20_000 });
  const stored = await lastPosted(title);
  assert.equal(stored.length, 1, 'stored once, however many attempts');
});

test('a double click sends one request', async () => {
  await receiver.mode({ mode: 'slow', delay_ms: 800 });
  const title = await toCheckAnswers();
  const button = page.getByRole('button', { name: /submit/i });
  await button.dblclick();
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  assert.equal((await receiver.stats()).posts, 1);
  assert.equal((await lastPosted(title)).length, 1);
});

test('offline: says so, keeps the draft, and sends when the browser is back online', async () => {
  const title = await toCheckAnswers();
  await page.context().setOffline(true);
  await submitApplication(page);
  await page.getByText(/offline/i).first().waitFor();
  assert.equal((await receiver.stats()).posts, 0);
  await page.context().setOffline(false);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor({ timeout: 15_000 });
  assert.equal((await lastPosted(title)).length, 1);
});

test('with no endpoint configured, nothing is sent and the JSON is offered', async () => {
  const noEndpoint = await startApp({
    backend: () => backendUrl,
    overrides: { '/config.json': ['application/json', '{}'] },
  });
  try {
    const joey = joeyPython(90);
    await completeCommunityPartner(page, noEndpoint.url, joey);
    await submitApplication(page);
    await page.getByText(/nothing was sent|not been sent/i).first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /download/i }).first().click();
    const file = await download;
    const json = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
    assert.equal(json.schema, 'psf-apply/community-partner/v1');
    assert.equal(json.answers.title, joey.title);
    assert.equal((await receiver.stats()).posts, 0);
  } finally {
    await noEndpoint.close();
  }
});
