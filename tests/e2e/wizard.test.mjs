// Journeys through both wizards against the release build and a real receiver.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axeViolations, daysFromToday, closePage, startStack } from './harness.mjs';
import {
  joeyPython,
  meetupGroup,
  completeCommunityPartner,
  completeMeetupPro,
  fillCpApplicant,
  fillCpEvent,
  fillDate,
  chooseRadio,
  tickAcknowledgements,
  continueOn,
  submitApplication,
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
beforeEach(async () => {
  page = await newPage(browser);
});
afterEach(() => closePage(page));

async function expectNoAxeViolations(where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

test('a complete Community Partner application (the seed example) reaches the receiver', async () => {
  const before = (await receiver.stored()).length;
  const joey = joeyPython(90);
  await completeCommunityPartner(page, app.url, joey, {
    onStep: async (step) => {
      await heading(page).waitFor();
      await expectNoAxeViolations(`community partner ${step}`);
    },
  });
  assert.equal(await heading(page).textContent(), 'Check your answers before submitting');
  await assert.doesNotReject(page.getByText('PyCon Jupiter').first().waitFor());
  await submitApplication(page);

  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const stored = await eventually(() => receiver.stored(), (s) => s.length === before + 1);
  const record = stored.at(-1);
  assert.match(record.reference, /^PSF-CP-\d{6}$/);
  await assert.doesNotReject(page.getByText(record.reference).waitFor());
  await expectNoAxeViolations('community partner confirmation');

  const { payload } = record;
  assert.equal(payload.schema, 'psf-apply/community-partner/v1');
  assert.equal(payload.answers.first_name, 'Joey');
  assert.equal(payload.answers.title, 'PyCon Jupiter');
  assert.equal(payload.answers.python_percent, 100);
  assert.equal(payload.answers.expected_attendees, 100);
  assert.equal(payload.eligibility.verdict, 'eligible');
  assert.equal(payload.acknowledgements.length, 8);
  assert.ok(payload.acknowledgements.every((a) => a.accepted));
  const d = joey.date.date;
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  assert.equal(payload.answers.event_date, iso);
  assert.equal(payload.window.outcome, 'in_window');
});

test('a complete Meetup Pro application reaches the receiver', async () => {
  const before = (await receiver.stored()).length;
  await completeMeetupPro(page, app.url, meetupGroup(), {
    onStep: async (step) => {
      await heading(page).waitFor();
      await expectNoAxeViolations(`meetup pro ${step}`);
    },
  });
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const stored = await eventually(() => receiver.stored(), (s) => s.length === before + 1);
  const record = stored.at(-1);
  assert.match(record.reference, /^PSF-MP-\d{6}$/);
  assert.equal(record.payload.schema, 'psf-apply/meetup-pro/v1');
  assert.equal(record.payload.answers.group_name, 'Python Jupiter');
  assert.equal(record.payload.eligibility.verdict, 'eligible');
  // What happens next: the expected decision window, 7–10 business days.
  await assert.doesNotReject(page.getByText(/business days/).first().waitFor());
  const decision = await page.getByText(/business days/).first().textContent();
  // A reload of the confirmation page reads the receipt back from the tab's
  // storage: the same reference and decision window, nothing lost.
  await page.reload();
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  await assert.doesNotReject(page.getByText(record.reference).waitFor());
  assert.equal(await page.getByText(/business days/).first().textContent(), decision);
});

// "Saturday 31 October 2026", as the app writes dates (built by hand: ICU
// versions disagree on a comma after the weekday).
const longDate = (d) =>
  `${d.toLocaleDateString('en-GB', { weekday: 'long' })} ${d.getDate()} ${d.toLocaleDateString('en-GB', { month: 'long' })} ${d.getFullYear()}`;

/** The feedback under the date question, for an event `days` from today. */
async function dateFeedback(days, firstApplication) {
  await page.goto(`${app.url}/#/community-partner/event`);
  await heading(page).waitFor();
  await chooseRadio(page, 'Is this your first Community Partner application?', firstApplication);
  await fillDate(page, 'When is the event or initiative?', daysFromToday(days));
  const feedback = page.getByTestId('psf-window-feedback');
  await feedback.waitFor();
  return feedback;
}

test('a date under 6 weeks away says it is too late, and the last day that was in time', async () => {
  const feedback = await dateFeedback(20, 'No');
  await assert.doesNotReject(feedback.getByText(/too late/i).first().waitFor());
  const lastDay = daysFromToday(20 - 42).date;
  await assert.doesNotReject(feedback.getByText(longDate(lastDay)).first().waitFor());
});

test('a date over 6 months away says it is too early, and when the window opens', async () => {
  const feedback = await dateFeedback(250, 'No');
  await assert.doesNotReject(feedback.getByText(/too early/i).first().waitFor());
  const event = daysFromToday(250).date;
  const opens = new Date(event);
  opens.setMonth(opens.getMonth() - 6);
  if (opens.getDate() !== event.getDate()) opens.setDate(0); // clamp at month end
  await assert.doesNotReject(feedback.getByText(longDate(opens)).first().waitFor());
});

test('a first-time applicant 7 weeks ahead is advised to apply 8 weeks ahead, and may still apply', async () => {
  const feedback = await dateFeedback(49, 'Yes');
  await assert.doesNotReject(feedback.getByText(/8 weeks/).first().waitFor());
  const advisedBy = daysFromToday(49 - 56).date;
  await assert.doesNotReject(feedback.getByText(longDate(advisedBy)).first().waitFor());
  // Advice, not an error.
  assert.equal(await page.getByRole('alert').count(), 0);
});

test('Continue is refused until all eight acknowledgements are ticked, naming the missing one', async () => {
  await page.goto(`${app.url}/#/community-partner/acknowledgements`);
  await heading(page).waitFor();
  await tickAcknowledgements(page, [3]);
  await continueOn(page);
  const summary = page.getByRole('alert');
  await summary.getByText('There is a problem').waitFor();
  assert.equal(await summary.getByRole('link').count(), 1, 'one missing acknowledgement listed');
  assert.match(await page.title(), /^Error: /);
  assert.equal(await heading(page).textContent(), 'Acknowledgements');
  await expectNoAxeViolations('acknowledgements with an error');

  // Following the summary link lands on the unticked box.
  await summary.getByRole('link').click();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('type'));
  assert.equal(focused, 'checkbox');
  await page.getByRole('checkbox').nth(3).check();
  await continueOn(page);
  await heading(page).filter({ hasText: 'Check your answers' }).waitFor();
});

test('an empty step shows the error summary, keeps what was typed, and links each field', async () => {
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await page.getByLabel('First name').fill('Joey');
  await page.getByLabel('Email address').fill('joey-at-example');
  await continueOn(page);
  const summary = page.getByRole('alert');
  await summary.getByText('There is a problem').waitFor();
  // Focus moves to the summary, as GOV.UK does.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'alert');
  assert.equal(await summary.getByRole('link').count(), 2);
  assert.equal(await page.getByLabel('First name').inputValue(), 'Joey');
  assert.equal(await page.getByLabel('Email address').inputValue(), 'joey-at-example');
  await expectNoAxeViolations('applicant with errors');
  await summary.getByRole('link', { name: /last name/i }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), await page.getByLabel('Last name').getAttribute('id'));
  // Fixing a field re-validates it at once.
  await page.getByLabel('Email address').fill('joey@example.org');
  await eventually(() => summary.getByRole('link').count(), (n) => n === 1);
});

test('a reload mid-way restores the draft on the same step', async () => {
  const joey = joeyPython(100);
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await fillCpApplicant(page, joey);
  await continueOn(page);
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  await page.getByLabel('Title of the event or initiative').fill('PyCon Jupiter');
  await page.reload();
  await heading(page).filter({ hasText: 'Event or initiative details' }).waitFor();
  assert.equal(await page.getByLabel('Title of the event or initiative').inputValue(), 'PyCon Jupiter');
  await page.goBack();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), 'Joey');
});

test('a returning person is offered to continue or start again', async () => {
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await page.getByLabel('First name').fill('Joey');
  await page.goto(`${app.url}/#/`);
  await page.reload();
  await page.getByRole('button', { name: /continue where you left off/i }).first().waitFor();
  await page.getByRole('button', { name: /start again/i }).first().click();
  await page.goto(`${app.url}/#/community-partner/applicant`);
  assert.equal(await page.getByLabel('First name').inputValue(), '');
});

test('the eligibility panel explains a failing criterion without calling it an error', async () => {
  await page.goto(`${app.url}/#/community-partner/event`);
  await page.getByLabel('Approximately what percentage of the event is Python-related?').fill('30');
  const panel = page.getByRole('region', { name: /eligibility/i });
  await assert.doesNotReject(panel.getByText(/30\s?%/).first().waitFor());
  const live = await panel.evaluate(
    (el) => el.getAttribute('aria-live') ?? el.querySelector('[aria-live]')?.getAttribute('aria-live'),
  );
  assert.equal(live, 'polite', 'changes are announced politely');
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.getByLabel('Approximately what percentage of the event is Python-related?').fill('80');
  await assert.doesNotReject(panel.getByText(/80\s?%/).first().waitFor());
});

test('the Meetup Pro journey can be completed with the keyboard alone', async () => {
  const before = (await receiver.stored()).length;
  const a = meetupGroup();
  a.groupName = 'Keyboard Pythonistas';
  await page.goto(`${app.url}/#/meetup-pro/applicant`);
  await heading(page).waitFor();
  const kb = page.keyboard;
  // Focus is on the heading after navigation; Tab walks the questions in order.
  const typeInto = async (label, text) => {
    for (let i = 0; i < 40; i++) {
      await kb.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id);
      const labelled = await page.getByLabel(label, { exact: true }).getAttribute('id');
      if (id && id === labelled) {
        await kb.type(text);
        return;
      }
    }
    throw new Error(`never reached ${label} with Tab`);
  };
  const pressButton = async (name) => {
    for (let i = 0; i < 60; i++) {
      await kb.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === name) {
        await kb.press('Enter');
        return;
      }
    }
    throw new Error(`never reached the ${name} button with Tab`);
  };
  await typeInto('Full name', a.fullName);
  await typeInto('Email address', a.email);
  await typeInto('Your role in the group', a.role);
  await pressButton('Continue');
  await heading(page).filter({ hasText: 'Your Meetup group' }).waitFor();
  await typeInto('Name of the Meetup group', a.groupName);
  await typeInto("Address of the group's Meetup page", a.meetupUrl);
  await typeInto('City', a.city);
  await typeInto('Country', a.country);
  await typeInto("Link to the group's Code of Conduct", a.coc);
  // Radios: Tab reaches the group, Space selects the focused (first) option, "Yes".
  for (let i = 0; i < 10; i++) {
    await kb.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.type)) === 'radio') break;
  }
  await kb.press('Space');
  await typeInto('How many events did the group hold in the last 12 months?', a.held);
  await typeInto('How many events does the group plan to hold in the next 12 months?', a.planned);
  await typeInto("Approximately what percentage of the group's content is about Python?", a.percent);
  await pressButton('Continue');
  await heading(page).filter({ hasText: 'Check your answers' }).waitFor();
  await pressButton('Submit application');
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const stored = await eventually(() => receiver.stored(), (s) => s.length === before + 1);
  assert.equal(stored.at(-1).payload.answers.group_name, 'Keyboard Pythonistas');
  assert.equal(stored.at(-1).payload.answers.coc_in_about, true);
});

test('the start page and the eligibility preview have no accessibility violations', async () => {
  await page.goto(`${app.url}/#/`);
  await heading(page).waitFor();
  await expectNoAxeViolations('start page');
  await page.goto(`${app.url}/#/preview/community-partner`);
  await heading(page).waitFor();
  await expectNoAxeViolations('community partner preview');
});

test('the eligibility preview asks no personal questions and carries its answers into the application', async () => {
  await page.goto(`${app.url}/#/preview/meetup-pro`);
  await heading(page).waitFor();
  assert.equal(await page.getByLabel('Email address').count(), 0);
  assert.equal(await page.getByLabel('Full name').count(), 0);
  await page.getByLabel("Address of the group's Meetup page").fill('https://www.meetup.com/python-jupiter/');
  await page.getByLabel('How many events did the group hold in the last 12 months?').fill('1');
  await page.getByLabel('How many events does the group plan to hold in the next 12 months?').fill('0');
  const panel = page.getByRole('region', { name: /eligibility/i });
  await assert.doesNotReject(panel.getByText(/at least 2 events/i).first().waitFor());
  await page.getByRole('button', { name: /apply/i }).first().click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  await continueOn(page); // errors on personal details, but the group answers were carried
  await page.goto(`${app.url}/#/meetup-pro/group`);
  assert.equal(
    await page.getByLabel("Address of the group's Meetup page").inputValue(),
    'https://www.meetup.com/python-jupiter/',
  );
});
