// Focus is never hidden under a host's sticky header (WCAG 2.4.11 Focus Not
// Obscured, issue 11): in the demo host (a sticky 80 px header), whatever
// takes focus is scrolled to just below the header, told its height either
// by the widget's data-scroll-offset or by the page's own scroll-padding-top.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, launchBrowser, newPage, distDir, closePage } from './harness.mjs';
import { joeyPython, fillCpEvent, tickAcknowledgements, continueOn, heading, eventually } from './steps.mjs';

const CSP = "script-src 'self' 'wasm-unsafe-eval'";

// The demo host without the widgets' setting, its header's height given the
// CSS way instead: scroll-padding-top on the document's scrolling element.
const paddedHost = () =>
  readFileSync(join(distDir, 'demo-host.html'), 'utf8')
    .replaceAll(' data-scroll-offset="80"', '')
    .replace('</head>', '<style>html { scroll-padding-top: 80px; }</style></head>');

let app, plain, browser, page;

before(async () => {
  assert.match(readFileSync(join(distDir, 'demo-host.html'), 'utf8'), /data-scroll-offset="80"/);
  app = await startApp({
    headers: { 'Content-Security-Policy': CSP },
    overrides: { '/padded-host.html': ['text/html; charset=utf-8', paddedHost()] },
  });
  plain = await startApp();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await plain?.close();
});
beforeEach(async () => {
  page = await newPage(browser);
});
afterEach(() => closePage(page));

/** Waits until `locator` has focus. */
async function focused(locator, what) {
  await eventually(
    () => locator.evaluate((el) => el === document.activeElement).catch(() => false),
    Boolean,
  ).catch(() => assert.fail(`${what} has focus`));
}

/** Where `locator` is, against the bottom of the host's header and the window. */
const position = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.hub-header')?.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, headerBottom: header?.bottom ?? 0, viewport: innerHeight };
  });

/** `locator` is entirely in the window, none of it under the header. */
async function fullyVisible(locator, what) {
  const p = await position(locator);
  assert.ok(
    p.top >= p.headerBottom && p.bottom <= p.viewport,
    `${what} is fully visible below the header: ${JSON.stringify(p)}`,
  );
}

/** The question (label, hint, input) around `input`. */
const questionOf = (input) => input.locator('xpath=ancestor::*[contains(@class, "psf-form-group")][1]');

/** The four focus moves of a Community Partner application, in the host at `path`. */
async function journey(path) {
  await page.goto(`${app.url}${path}`);
  const form = page.locator('#cp-apply');
  await heading(form).filter({ hasText: 'Your details' }).waitFor();
  // The host's header really is sticky and 80 px tall.
  assert.deepEqual(
    await page.locator('.hub-header').evaluate((h) => [getComputedStyle(h).position, h.getBoundingClientRect().height]),
    ['sticky', 80],
  );

  // A failed Continue: the error summary takes focus.
  const lastName = form.getByLabel('Last name');
  await lastName.fill('');
  await continueOn(form);
  const summary = form.locator('.psf-error-summary');
  await focused(summary, 'the error summary');
  await fullyVisible(summary, 'the error summary');

  // Its link: the question takes focus, label and all.
  await summary.getByRole('link', { name: 'Enter your last name' }).click();
  await focused(lastName, 'the last name');
  await fullyVisible(questionOf(lastName), 'the last name question');

  // Continue: the next step's heading takes focus.
  await lastName.fill('Python');
  await continueOn(form);
  const eventHeading = heading(form).filter({ hasText: 'Event or initiative details' });
  await focused(eventHeading, "the event step's heading");
  await fullyVisible(eventHeading, "the event step's heading");

  // A "Change" link on check your answers: the question takes focus.
  await fillCpEvent(form, joeyPython(90));
  await continueOn(form);
  await tickAcknowledgements(form);
  await continueOn(form);
  const checkHeading = heading(form).filter({ hasText: 'Check your answers' });
  await focused(checkHeading, "check your answers' heading");
  await fullyVisible(checkHeading, "check your answers' heading");
  await form.getByRole('link', { name: 'Change title', exact: true }).click();
  const title = form.getByLabel('Title of the event or initiative');
  await focused(title, 'the title');
  await fullyVisible(questionOf(title), 'the title question');
}

test('in a host with a sticky header and data-scroll-offset, focus lands below the header', async () => {
  await journey('/demo-host.html');
});

test("in a host with a sticky header and scroll-padding-top, focus lands below the header", async () => {
  await journey('/padded-host.html');
});

test('the standalone page (its header scrolls away) still brings the next heading to the top', async () => {
  await page.goto(`${plain.url}/#/community-partner/applicant`);
  await page.getByLabel('First name').fill('Joey');
  await page.getByLabel('Last name').fill('Python');
  await page.getByLabel('Email address').fill('joeylovespython@email.com');
  await continueOn(page);
  const h1 = heading(page).filter({ hasText: 'Event or initiative details' });
  await focused(h1, "the event step's heading");
  const p = await position(h1);
  assert.ok(Math.abs(p.top) < 1, `the heading is at the top of the window: ${JSON.stringify(p)}`);
});
