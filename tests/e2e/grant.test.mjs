// Journeys through the PSF Grants request: the itemised budget (a list the
// person adds lines to), the swag rule, the Board note, the keyboard.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, axeViolations, closePage, startStack } from './harness.mjs';
import {
  pyconGrant,
  startGrant,
  fillGrantEvent,
  fillGrantRequest,
  addBudgetLine,
  budgetLine,
  addOtherSource,
  continueOn,
  submitApplication,
  heading,
  eventually,
  fillDate,
  chooseRadio,
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

/** The eligibility panel's row of one rule. */
const ruleRow = (id) => page.locator(`li[data-rule="${id}"]`);

test('the start page offers the grant request, with its eligibility preview', async () => {
  await page.goto(`${app.url}/#/`);
  await page.getByRole('heading', { name: 'PSF Grants', level: 2 }).waitFor();
  await page.getByRole('link', { name: 'Check eligibility first for a PSF grant' }).click();
  await heading(page).filter({ hasText: 'Check if your event can get a PSF grant' }).waitFor();
  // Never personal data.
  assert.equal(await page.getByLabel('Email address').count(), 0);
  assert.equal(await page.getByLabel('First name').count(), 0);
  await page.getByLabel('How much are you asking the PSF for?').fill('12,000');
  await page.getByLabel("What is the event's total budget?").fill('10,000');
  await assert.doesNotReject(
    page.getByText('You ask for 12,000 USD, more than the event\'s whole budget of 10,000 USD.').first().waitFor(),
  );
  await expectNoAxeViolations('grant preview');
  // Everything the preview asks can pass: the budget lines wait for the request.
  const a = pyconGrant(150, '5,000');
  await page.getByLabel("What is the event's total budget?").fill(a.total);
  await page.getByLabel('How much are you asking the PSF for?').fill(a.amount);
  await page.getByLabel('Approximately what percentage of the event is about Python?').fill(a.percent);
  await fillDate(page, 'When does it start?', a.start);
  await page.getByLabel('Link to the Code of Conduct').fill(a.coc);
  await chooseRadio(page, 'Does the Code of Conduct say how to report a problem and who responds?', 'Yes');
  await page.locator('[data-verdict="pass"]').filter({ hasText: 'Eligible (5 of 5 met)' }).first().waitFor();
  assert.equal(await page.locator('li[data-rule="gr.budget_itemised"]').count(), 0);
});

test('a complete grant request with three budget lines, one removed, reaches the receiver as posted', async () => {
  const before = (await receiver.stored()).length;
  const a = pyconGrant(150, '9,000');
  await startGrant(page, app.url, a, {
    onStep: async (step) => {
      await heading(page).waitFor();
      await expectNoAxeViolations(`grant ${step}`);
    },
  });
  await addBudgetLine(page, { description: 'Venue hire', category: 'Venue', amount: '$5,000', essential: true, quote: 'venue.example.org/quote' });
  await addBudgetLine(page, { description: 'Coffee', category: 'Food and drink', amount: '700' });
  await addBudgetLine(page, { description: 'Student travel grants', category: 'Travel grants or scholarships', amount: '4,000 USD' });
  assert.equal(
    await page.getByTestId('psf-running-total').textContent(),
    'The lines add up to 9,700 USD. Amount requested: 9,000 USD, so the lines come to 700 USD more than you\'re asking for.',
  );
  // The coffee goes: the lines after it keep what they hold.
  await budgetLine(page, 2).getByRole('button', { name: 'Remove budget line 2' }).click();
  await assert.doesNotReject(page.getByTestId('psf-list-announcement').filter({ hasText: 'Budget line 2 removed. 2 budget lines left.' }).first().waitFor());
  assert.equal(await budgetLine(page, 2).getByLabel('What it pays for').inputValue(), 'Student travel grants');
  assert.equal(await budgetLine(page, 2).getByLabel('Amount', { exact: true }).inputValue(), '4,000 USD');
  assert.equal(await page.getByRole('group', { name: /^Budget line \d+$/ }).count(), 2);
  assert.equal(
    await page.getByTestId('psf-running-total').textContent(),
    'The lines add up to 9,000 USD. That is the amount requested exactly.',
  );
  await addOtherSource(page, { name: 'Jupiter Space Agency', amount: '20,000' });
  await expectNoAxeViolations('grant money, filled in');
  await continueOn(page);

  await heading(page).filter({ hasText: 'Check your answers before submitting' }).waitFor();
  await assert.doesNotReject(page.getByText('Budget line 1: Venue hire, Venue, 5,000 USD, Essential, venue.example.org/quote').first().waitFor());
  await assert.doesNotReject(page.getByText('Budget line 2: Student travel grants, Travel grants or scholarships, 4,000 USD').first().waitFor());
  await expectNoAxeViolations('grant check your answers');
  // "Change" on the budget leads to its first line, not to a new one.
  assert.match(
    await page.getByRole('link', { name: 'Change budget', exact: true }).getAttribute('href'),
    /psf-gr-budget-0-description/,
  );

  const posted = page.waitForRequest((r) => r.method() === 'POST');
  await submitApplication(page);
  const body = JSON.parse((await posted).postData());
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const stored = await eventually(() => receiver.stored(), (s) => s.length === before + 1);
  const record = stored.at(-1);
  assert.match(record.reference, /^PSF-GR-\d{6}$/);
  assert.deepEqual(record.payload, body, 'the receiver stored exactly what was posted');
  await assert.doesNotReject(page.getByText(record.reference).waitFor());
  await assert.doesNotReject(page.getByText('A grant may be approved for less than you asked for.', { exact: false }).first().waitFor());
  await expectNoAxeViolations('grant confirmation');

  const { payload } = record;
  assert.equal(payload.schema, 'psf-apply/grant/v1');
  assert.equal(payload.answers.amount_requested, 9000);
  assert.equal(payload.answers.total_budget, 60000);
  assert.deepEqual(
    payload.answers.budget.map((l) => [l.description, l.category, l.amount, l.essential]),
    [
      ['Venue hire', 'venue', 5000, true],
      ['Student travel grants', 'travel_grants', 4000, false],
    ],
  );
  assert.deepEqual(payload.answers.other_sources, [{ name: 'Jupiter Space Agency', amount: 20000 }]);
  assert.equal(payload.eligibility.verdict, 'eligible');
});

test('each budget line has its own messages, and removing a line keeps the others and theirs', async () => {
  await startGrant(page, app.url, pyconGrant(150, '9,000'));
  await continueOn(page);
  // No line yet: the summary links to the Add button.
  const summary = page.getByRole('alert');
  await summary.getByRole('link', { name: 'Add at least one budget line' }).waitFor();
  await expectNoAxeViolations('grant money, no budget line');
  await addBudgetLine(page, { description: 'Venue hire', category: 'Venue', amount: '12.5k' });
  await page.getByRole('button', { name: 'Add another budget line' }).click();
  await budgetLine(page, 2).getByLabel('Amount', { exact: true }).fill('-300');
  await continueOn(page);
  await summary.getByRole('link', { name: 'Budget line 1: enter the amount in whole US dollars, like 4,000' }).waitFor();
  await summary.getByRole('link', { name: 'Budget line 2: enter what this line pays for' }).waitFor();
  await summary.getByRole('link', { name: 'Budget line 2: select the category of this line' }).waitFor();
  await summary.getByRole('link', { name: 'Budget line 2: amount must be 1 USD or more, without a minus sign' }).waitFor();
  await expectNoAxeViolations('grant money, line errors');
  // The link leads to the line's own input.
  await summary.getByRole('link', { name: 'Budget line 2: enter what this line pays for' }).click();
  assert.equal(
    await page.evaluate(() => document.activeElement.labels?.[0]?.textContent),
    'What it pays for',
  );
  // Line 1 goes; line 2 becomes line 1 with what was typed and its messages.
  await budgetLine(page, 1).getByRole('button', { name: 'Remove budget line 1' }).click();
  const only = budgetLine(page, 1);
  assert.equal(await only.getByLabel('Amount', { exact: true }).inputValue(), '-300');
  await assert.doesNotReject(only.getByText('Budget line 1: enter what this line pays for').first().waitFor());
  assert.equal(await page.getByText('12.5k').count(), 0);
  assert.equal(
    await page.evaluate(() => document.activeElement.textContent),
    'Add another budget line',
  );
});

test('a swag line is refused and named, and Submit is held back', async () => {
  await startGrant(page, app.url, pyconGrant(150, '5,000'));
  await addBudgetLine(page, { description: 'Venue hire', category: 'Venue', amount: '4,000', essential: true });
  await addBudgetLine(page, { description: 'Conference T-shirts', category: 'Swag (not funded)', amount: '1,000' });
  const swag = ruleRow('gr.no_swag');
  await assert.doesNotReject(
    swag.getByText('Budget line 2 (“Conference T-shirts”) is swag, which the PSF never funds.', { exact: false }).waitFor(),
  );
  await assert.doesNotReject(swag.getByText('Not met').waitFor());
  await addOtherSource(page, { name: 'Jupiter Space Agency', amount: '20,000' });
  await continueOn(page);
  await heading(page).filter({ hasText: 'Check your answers before submitting' }).waitFor();
  // Submit says why it is held back, naming the line.
  const submit = page.getByRole('button', { name: /submit/i });
  assert.equal(await submit.getAttribute('aria-disabled'), 'true');
  const blocked = page.locator('#psf-blocked');
  await assert.doesNotReject(
    blocked.getByText('No swag (not met): Budget line 2 (“Conference T-shirts”) is swag', { exact: false }).waitFor(),
  );
  await submit.click({ force: true });
  assert.equal(await heading(page).textContent(), 'Check your answers before submitting');
  await expectNoAxeViolations('grant check, swag refused');
});

test('a 12,000 USD request less than 3 months ahead shows the Board note', async () => {
  await page.goto(`${app.url}/#/grant/applicant`);
  const a = pyconGrant(60, '12,000');
  await page.getByLabel('First name').fill(a.firstName);
  await page.getByLabel('Last name').fill(a.lastName);
  await page.getByLabel('Email address').fill(a.email);
  await continueOn(page);
  await fillGrantEvent(page, a);
  const win = page.getByTestId('psf-window-feedback');
  await win.locator('[data-status="warn"]').waitFor();
  await continueOn(page);
  await fillGrantRequest(page, a);
  await assert.doesNotReject(
    ruleRow('gr.window')
      .getByText('goes to the PSF Board, which meets every other month and may take up to two months to see it', { exact: false })
      .waitFor(),
  );
  await assert.doesNotReject(ruleRow('gr.board_review').getByText('Over 10,000 USD', { exact: false }).waitFor());
  // Back on the event step, the window box under the start date says it too.
  await page.getByRole('link', { name: 'Back' }).click();
  await assert.doesNotReject(
    win.getByText('a request over 10,000 USD goes to the PSF Board, which meets every other month', { exact: false }).waitFor(),
  );
  // Said once: the Board note is for requests in good time.
  assert.equal(await win.getByTestId('psf-board-note').count(), 0);
  await expectNoAxeViolations('grant event, board note');
});

test('the budget list works from the keyboard alone', async () => {
  await startGrant(page, app.url, pyconGrant(150, '3,000'));
  const add = page.getByRole('button', { name: 'Add a budget line' });
  await add.focus();
  await page.keyboard.press('Enter');
  // Focus goes to the new line's first input.
  await eventually(
    () => page.evaluate(() => document.activeElement.labels?.[0]?.textContent),
    (label) => label === 'What it pays for',
  );
  await page.keyboard.type('Captioning');
  await page.keyboard.press('Tab'); // the category's first radio
  await page.keyboard.press('ArrowDown'); // food and drink
  await page.keyboard.press('ArrowDown'); // travel grants
  await page.keyboard.press('ArrowDown'); // speaker travel
  await page.keyboard.press('ArrowDown'); // accessibility
  await page.keyboard.press('Tab');
  await page.keyboard.type('3000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // essential
  const line = budgetLine(page, 1);
  assert.equal(await line.getByLabel(/^Accessibility/).isChecked(), true);
  assert.equal(await line.getByLabel("Essential: the event can't do without it").isChecked(), true);
  assert.equal(await line.getByLabel('Amount', { exact: true }).inputValue(), '3000');
  // A second line, then removed from the keyboard: announced, focus on Add.
  await add.or(page.getByRole('button', { name: 'Add another budget line' })).focus();
  await page.keyboard.press('Enter');
  await budgetLine(page, 2).waitFor();
  await budgetLine(page, 2).getByRole('button', { name: 'Remove budget line 2' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('psf-list-announcement').filter({ hasText: 'Budget line 2 removed. 1 budget line left.' }).waitFor();
  await eventually(
    () => page.evaluate(() => document.activeElement.textContent),
    (text) => text === 'Add another budget line',
  );
  assert.equal(await page.getByRole('group', { name: /^Budget line \d+$/ }).count(), 1);
});

test('the money step fits a 320 px phone screen', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  await startGrant(page, app.url, pyconGrant(150, '3,000'));
  await addBudgetLine(page, { description: 'Captioning for every talk', category: 'Accessibility (captioning, childcare, sign language)', amount: '3,000', essential: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 320 px (overflow ${overflow} px)`);
  await expectNoAxeViolations('grant money at 320 px');
});
