// The application in the applicant's language: whole journeys in Spanish
// and Brazilian Portuguese found by their translated labels, switching
// language mid-form, a French widget, and the pseudo-locale that shows any
// text left untranslated or a layout that breaks on longer words.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axeViolations, closePage, startStack } from './harness.mjs';
import { catalogue } from './catalogue.mjs';
import {
  joeyPython,
  meetupGroup,
  completeCommunityPartner,
  completeMeetupPro,
  submitApplication,
  tickAcknowledgements,
  heading,
  eventually,
} from './steps.mjs';

let receiver, app, browser, page;
let stack;
before(async () => {
  stack = await startStack();
  ({ receiver, app, browser } = stack);
});
after(() => stack?.stop());
afterEach(() => page && closePage(page));

async function expectNoAxeViolations(where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

const button = (name) => page.getByRole('button', { name, exact: true });
const group = (name) => page.getByRole('group', { name });

/** The words of a journey's locale, and the steps written with them. */
function speaker(tag) {
  const t = catalogue(tag);
  return {
    t,
    async continueOn() {
      await button(t('continue-button-text')).click();
    },
    async fillDate(legend, { day, month, year }) {
      const g = group(legend);
      await g.getByLabel(t('date-field-day')).fill(day);
      await g.getByLabel(t('date-field-month')).fill(month);
      await g.getByLabel(t('date-field-year')).fill(year);
    },
    async choose(legend, option) {
      await group(legend).getByLabel(option, { exact: true }).check();
    },
  };
}

/** The most recent stored payload, once there are `count`. */
async function storedPayload(count) {
  const stored = await eventually(() => receiver.stored(), (s) => s.length === count);
  return stored.at(-1).payload;
}

/** What a backend keeps of a payload besides when and under which key. */
const content = ({ answers, eligibility, window, decision_expected, acknowledgements }) => ({
  answers,
  eligibility,
  window,
  decision_expected,
  acknowledgements,
});

/** A month's name as the locale writes it, as the app's dates must show it. */
const monthName = (tag, date) => new Intl.DateTimeFormat(tag, { month: 'long' }).format(date);

test('a browser that prefers Spanish applies to be a Community Partner in Spanish, and the backend gets the English payload plus the locale', async () => {
  const joey = joeyPython(90);
  // The same application in English first: the payload to compare with.
  page = await newPage(browser);
  const count = (await receiver.stored()).length;
  await completeCommunityPartner(page, app.url, joey);
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const english = await storedPayload(count + 1);
  assert.equal(english.locale, 'en');
  await closePage(page);

  page = await newPage(browser, { locale: 'es-ES' });
  const { t, continueOn, fillDate, choose } = speaker('es');
  await page.goto(app.url);
  await heading(page).filter({ hasText: t('msg-heading-start') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  await expectNoAxeViolations('start page in Spanish');
  await page.getByRole('link', { name: t('cp-start-button') }).click();

  await heading(page).filter({ hasText: t('cp-step-applicant-heading') }).waitFor();
  await expectNoAxeViolations('your details in Spanish');
  await page.getByLabel(t('cp-first_name-label')).fill(joey.firstName);
  await page.getByLabel(t('cp-last_name-label')).fill(joey.lastName);
  await page.getByLabel(t('cp-email-label')).fill(joey.email);
  await continueOn();

  await heading(page).filter({ hasText: t('cp-step-event-heading') }).waitFor();
  // An empty Continue: the error summary and messages in Spanish.
  await continueOn();
  await page.getByRole('alert').filter({ hasText: t('cp-title-required') }).waitFor();
  await expectNoAxeViolations('event step errors in Spanish');
  await choose(t('cp-event_type-label'), t('cp-event_type-option-pycon_conference'));
  await page.getByLabel(t('cp-title-label')).fill(joey.title);
  await page.getByLabel(t('cp-description-label')).fill(joey.description);
  await fillDate(t('cp-event_date-label'), joey.date);
  // The window panel writes its dates in Spanish.
  const spanishMonths = Array.from({ length: 12 }, (_, m) => monthName('es', new Date(2026, m, 15)));
  await page.getByText(new RegExp(`\\d+ de (${spanishMonths.join('|')}) de \\d{4}`)).first().waitFor();
  await choose(t('cp-first_application-label'), t('msg-yes'));
  await page.getByLabel(t('cp-website-label')).fill(joey.website);
  await page.getByLabel(t('cp-code_of_conduct_url-label')).fill(joey.coc);
  await choose(t('cp-coc_has_reporting-label'), t('msg-yes'));
  await page.getByLabel(t('cp-city-label')).fill(joey.city);
  await page.getByLabel(t('cp-country-label')).fill(joey.country);
  await page.getByLabel(t('cp-expected_attendees-label')).fill(joey.attendees);
  await page.getByLabel(t('cp-python_percent-label')).fill(joey.percent);
  await expectNoAxeViolations('event step in Spanish');
  await continueOn();

  await heading(page).filter({ hasText: t('cp-step-acknowledgements-heading') }).waitFor();
  // The PSF's English text is what is agreed to, its translation beside it.
  const english_text = page.locator('label[lang="en"]');
  assert.equal(await english_text.count(), 8, 'each acknowledgement in English');
  const translations = page.locator('.psf-ack-translation[lang="es"]');
  assert.equal(await translations.count(), 8, 'each with its Spanish translation');
  assert.match(await translations.first().textContent(), new RegExp(t('checkbox-translation-lead')));
  await expectNoAxeViolations('acknowledgements in Spanish');
  await tickAcknowledgements(page);
  await continueOn();

  await heading(page).filter({ hasText: t('msg-heading-check') }).waitFor();
  await expectNoAxeViolations('check your answers in Spanish');
  await button(t('check-answers-submit-button')).click();
  await heading(page).filter({ hasText: t('msg-heading-confirmation') }).waitFor();
  await expectNoAxeViolations('confirmation in Spanish');

  const spanish = await storedPayload(count + 2);
  assert.equal(spanish.locale, 'es');
  assert.deepEqual(content(spanish), content(english), 'the same answers, outcomes and acknowledgements as in English');
});

test('a Meetup Pro application in Brazilian Portuguese reaches the backend with its locale', async () => {
  page = await newPage(browser);
  const count = (await receiver.stored()).length;
  await completeMeetupPro(page, app.url, meetupGroup());
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const english = await storedPayload(count + 1);
  await closePage(page);

  const g = meetupGroup();
  page = await newPage(browser, { locale: 'pt-BR' });
  const { t, continueOn, choose } = speaker('pt-BR');
  await page.goto(`${app.url}/#/meetup-pro/applicant`);
  await heading(page).filter({ hasText: t('mp-step-applicant-heading') }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'pt-BR');
  await expectNoAxeViolations('your details in Portuguese');
  await page.getByLabel(t('mp-full_name-label')).fill(g.fullName);
  await page.getByLabel(t('mp-email-label')).fill(g.email);
  await page.getByLabel(t('mp-role-label')).fill(g.role);
  await continueOn();

  await heading(page).filter({ hasText: t('mp-step-group-heading') }).waitFor();
  await page.getByLabel(t('mp-group_name-label')).fill(g.groupName);
  await page.getByLabel(t('mp-meetup_url-label')).fill(g.meetupUrl);
  await page.getByLabel(t('mp-city-label')).fill(g.city);
  await page.getByLabel(t('mp-country-label')).fill(g.country);
  await page.getByLabel(t('mp-code_of_conduct_url-label')).fill(g.coc);
  await choose(t('mp-coc_in_about-label'), t('msg-yes'));
  await page.getByLabel(t('mp-events_last_12_months-label')).fill('1');
  await expectNoAxeViolations('group step in Portuguese, too few events');
  await page.getByLabel(t('mp-events_last_12_months-label')).fill(g.held);
  await page.getByLabel(t('mp-events_next_12_months-label')).fill(g.planned);
  await page.getByLabel(t('mp-python_percent-label')).fill(g.percent);
  await expectNoAxeViolations('group step in Portuguese');
  await continueOn();

  await heading(page).filter({ hasText: t('msg-heading-check') }).waitFor();
  await button(t('check-answers-submit-button')).click();
  await heading(page).filter({ hasText: t('msg-heading-confirmation') }).waitFor();
  // The decision window is written in Portuguese.
  await expectNoAxeViolations('confirmation in Portuguese');
  const portuguese = await storedPayload(count + 2);
  assert.equal(portuguese.locale, 'pt-BR');
  assert.deepEqual(content(portuguese), content(english));
});

test('switching language mid-form keeps every answer and the step, and is remembered', async () => {
  const es = catalogue('es');
  const joey = joeyPython(90);
  page = await newPage(browser);
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await page.getByLabel('First name').fill(joey.firstName);
  await page.getByLabel('Last name').fill(joey.lastName);
  await page.getByLabel('Email address').fill(joey.email);
  await button('Continue').click();
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  await page.getByLabel('Title of the event or initiative').fill(joey.title);

  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('button', { name: 'Español' }).click();
  await heading(page).filter({ hasText: es('cp-step-event-heading') }).waitFor();
  assert.match(page.url(), /#\/community-partner\/event$/);
  assert.equal(await page.getByLabel(es('cp-title-label')).inputValue(), joey.title);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  const current = page.getByRole('navigation', { name: es('language-switcher-label') }).getByRole('button', { name: 'Español' });
  assert.equal(await current.getAttribute('aria-current'), 'true');
  assert.equal(await current.getAttribute('lang'), 'es');
  await expectNoAxeViolations('event step after switching to Spanish');

  await page.goBack();
  await heading(page).filter({ hasText: es('cp-step-applicant-heading') }).waitFor();
  assert.equal(await page.getByLabel(es('cp-email-label')).inputValue(), joey.email);

  // Remembered beside the draft: a reload opens in Spanish.
  await page.reload();
  await heading(page).filter({ hasText: es('cp-step-applicant-heading') }).waitFor();
  assert.equal(await page.getByLabel(es('cp-first_name-label')).inputValue(), joey.firstName);

  await page.getByRole('button', { name: 'English' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByLabel('Last name').inputValue(), joey.lastName);
});

test('a widget whose host says data-lang="fr" speaks French, whatever the browser prefers', async () => {
  const fr = catalogue('fr');
  page = await newPage(browser, { locale: 'es-ES' });
  await page.route('**/french-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title>
        <link rel="stylesheet" href="/main.css"></head><body><main>
        <h1>A host page</h1>
        <div id="apply" data-psf-apply data-program="community-partner" data-lang="fr"></div>
        </main><script type="module" src="/embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`${app.url}/french-host.html`);
  const widget = page.locator('#apply .psf-app');
  await widget.getByRole('heading', { name: fr('cp-step-applicant-heading') }).waitFor();
  assert.equal(await widget.getAttribute('lang'), 'fr');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', "the host's own lang is the host's");
  await widget.getByLabel(fr('cp-first_name-label')).fill('Joey');
  await widget.getByRole('button', { name: fr('continue-button-text'), exact: true }).click();
  await widget.getByRole('alert').filter({ hasText: fr('cp-last_name-required') }).waitFor();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], 'axe on the French widget');
});

/**
 * The visible text of the app that is still plain English: runs of three
 * or more unaccented ASCII letters outside what a person typed, addresses
 * and codes that are the same in every language.
 */
async function untranslated() {
  return page.evaluate(() => {
    const allowed = /^(https?:\/\/\S+|\S+@\S+|USD[.,:;]?|PSF-[A-Z]+-\d+|[\w.-]+\.(org|com|ics|json))$/;
    const dates = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|at|am|pm)\b/g;
    const root = document.querySelector('.psf-app');
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('.psf-language, [lang="en"], script, style')) continue;
      if (!el.checkVisibility() && !el.closest('.psf-visually-hidden')) continue;
      const words = node.textContent.replace(dates, '').split(/\s+/).filter(Boolean);
      for (const w of words) if (/[A-Za-z]{3}/.test(w.replace(/[ȧ-ẑȦ-Ẑ]/g, '')) && !allowed.test(w)) found.push(w);
    }
    return found;
  });
}

test('in the pseudo-locale every word on every page is translated, and nothing overflows at 320 px', async () => {
  page = await newPage(browser, { locale: 'en-XA', viewport: { width: 320, height: 640 } });
  const typed = new Set(['Joey', 'Python', 'joeylovespython@email.com', 'PyCon', 'Jupiter']);
  const check = async (where) => {
    await heading(page).waitFor();
    const left = (await untranslated()).filter((w) => ![...typed].some((t) => w.includes(t)));
    assert.deepEqual(left, [], `untranslated text on ${where}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${where} is ${overflow} px wider than the screen`);
  };
  const pseudo = catalogue('en-XA');
  await page.goto(app.url);
  await check('start page');
  await page.goto(`${app.url}/#/preview/community-partner`);
  await check('community partner preview');
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await check('your details');
  await button(pseudo('continue-button-text')).click();
  await page.getByRole('alert').waitFor();
  await check('your details with errors');
  await page.goto(`${app.url}/#/community-partner/event`);
  await check('event step');
  await button(pseudo('continue-button-text')).click();
  await page.getByRole('alert').waitFor();
  await check('event step with errors');
  await page.goto(`${app.url}/#/community-partner/acknowledgements`);
  await check('acknowledgements');
  await page.goto(`${app.url}/#/community-partner/check`);
  await check('check your answers');
  await page.goto(`${app.url}/#/meetup-pro/group`);
  await button(pseudo('continue-button-text')).click();
  await page.getByRole('alert').waitFor();
  await check('meetup pro group step with errors');
  await page.goto(`${app.url}/#/grant/money`);
  await check('grant money step');
});
