// WCAG 1.4.10 Reflow: at 320 CSS pixels no page scrolls sideways, pristine or
// in its error state, with the longest words the app shows (its own headings)
// and the longest answers people type (email addresses, URLs) shown back.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, closePage, startStack } from './harness.mjs';
import {
  joeyPython,
  meetupGroup,
  completeCommunityPartner,
  completeMeetupPro,
  continueOn,
  submitApplication,
  heading,
} from './steps.mjs';

const PHONE = { width: 320, height: 640 };
// Longer than any line of a 320 px screen, with no place to break.
const LONG_EMAIL = 'joey.python.organizer.of.the.conference@events.pycon-jupiter-community.example.org';
const LONG_URL = 'https://pycon-jupiter-community.example.org/conferences/2027/code-of-conduct-and-reporting-guidelines';

let receiver, app, browser, page;

let stack;
before(async () => {
  stack = await startStack();
  ({ receiver, app, browser } = stack);
});
after(() => stack?.stop());
beforeEach(async () => {
  page = await newPage(browser, { viewport: PHONE });
});
afterEach(() => closePage(page));

/**
 * Fails when the page is wider than the viewport or any visible element
 * sticks out of it or spills its text out of its own box, naming them (the
 * visually hidden text is 1 px wide and left out).
 */
async function expectNoSidewaysScroll(where) {
  await heading(page).waitFor();
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      // Sticking out itself, or its text spilling out of its box.
      const spills = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
      if (r.right <= width + 0.5 && !spills) continue;
      const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className ? `.${String(el.className).split(' ')[0]}` : '');
      out.push(`${name} to ${Math.round(r.right)}px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 6) };
  });
  assert.equal(found.width, PHONE.width, 'no vertical scroll bar narrows the page');
  assert.ok(
    found.scrollWidth <= found.width && found.out.length === 0,
    `${where} is ${found.scrollWidth}px wide at ${found.width}px: ${found.out.join('; ')}`,
  );
}

async function open(hash, where) {
  await page.goto(`${app.url}/${hash}`);
  await expectNoSidewaysScroll(where);
}

/** Opens a step, checks it, presses Continue with nothing answered, checks the errors. */
async function pristineThenErrors(hash, where) {
  await open(hash, where);
  await continueOn(page);
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectNoSidewaysScroll(`${where} with errors`);
}

test('the start page, the previews and an unknown address reflow at 320 px', async () => {
  await open('#/', 'the start page');
  await open('#/preview/community-partner', 'the Community Partner preview');
  await open('#/preview/meetup-pro', 'the Meetup Pro preview');
  await open('#/no-such-page', 'the page not found');
});

test('every Community Partner step reflows at 320 px, pristine and with errors', async () => {
  await pristineThenErrors('#/community-partner/applicant', 'your details');
  await pristineThenErrors('#/community-partner/event', 'the event');
  await pristineThenErrors('#/community-partner/acknowledgements', 'the acknowledgements');
  // Nothing answered: every row says so and Submit says why it is blocked.
  await open('#/community-partner/check', 'check your answers, nothing answered');
  await page.locator('#psf-blocked').waitFor();
  await expectNoSidewaysScroll('check your answers, blocked');
});

test('every Meetup Pro step reflows at 320 px, pristine and with errors', async () => {
  await pristineThenErrors('#/meetup-pro/applicant', 'your details');
  await pristineThenErrors('#/meetup-pro/group', 'the group');
  await open('#/meetup-pro/check', 'check your answers, nothing answered');
  await page.locator('#psf-blocked').waitFor();
  await expectNoSidewaysScroll('check your answers, blocked');
});

test('long email addresses and URLs wrap on check your answers and the confirmation', async () => {
  const joey = { ...joeyPython(90), email: LONG_EMAIL, website: LONG_URL, coc: `${LONG_URL}/coc` };
  await completeCommunityPartner(page, app.url, joey);
  await page.getByText(LONG_EMAIL).first().waitFor();
  await expectNoSidewaysScroll('Community Partner check your answers with long answers');
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  await expectNoSidewaysScroll('the Community Partner confirmation');

  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  const group = { ...meetupGroup(), email: LONG_EMAIL, coc: LONG_URL };
  await completeMeetupPro(page, app.url, group);
  await page.getByText(LONG_EMAIL).first().waitFor();
  await expectNoSidewaysScroll('Meetup Pro check your answers with long answers');
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  await page.getByText(LONG_EMAIL).first().waitFor();
  await expectNoSidewaysScroll('the Meetup Pro confirmation, naming the email address');
});
