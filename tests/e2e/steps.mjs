// Filling in the applications as a person with a screen reader would find
// things: by role, label and group name. Shared by the journeys and the
// benchmark (bench/run.mjs).
import { daysFromToday } from './harness.mjs';

/** The seed's example application (Joey Python / PyCon Jupiter), dated `days` ahead. */
export const joeyPython = (days = 90) => ({
  firstName: 'Joey',
  lastName: 'Python',
  email: 'joeylovespython@email.com',
  type: 'Conference – PyCon',
  title: 'PyCon Jupiter',
  description: 'PyCon Jupiter is a community-organized conference focused on raising awareness about Python in space.',
  date: daysFromToday(days),
  firstApplication: 'Yes',
  website: 'pycon.jupiter.com',
  coc: 'pycon.jupiter.com/coc',
  cocReporting: 'Yes',
  city: 'New Earth',
  country: 'Jupiter',
  attendees: '100',
  percent: '100',
});

export const meetupGroup = () => ({
  fullName: 'Ada Lovelace',
  email: 'ada@example.org',
  role: 'Organizer',
  groupName: 'Python Jupiter',
  meetupUrl: 'https://www.meetup.com/python-jupiter/',
  city: 'New Earth',
  country: 'Jupiter',
  coc: 'https://python-jupiter.org/code-of-conduct',
  cocInAbout: 'Yes',
  held: '6',
  planned: '8',
  percent: '90',
});

/** The question group (fieldset) whose legend is `name`. */
export const group = (page, name) => page.getByRole('group', { name });

export const heading = (page) => page.getByRole('heading', { level: 1 });

export async function continueOn(page) {
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function fillDate(page, legend, { day, month, year }) {
  const g = group(page, legend);
  await g.getByLabel('Day').fill(day);
  await g.getByLabel('Month').fill(month);
  await g.getByLabel('Year').fill(year);
}

export async function chooseRadio(page, legend, option) {
  await group(page, legend).getByLabel(option, { exact: true }).check();
}

export async function fillCpApplicant(page, a) {
  await page.getByLabel('First name').fill(a.firstName);
  await page.getByLabel('Last name').fill(a.lastName);
  await page.getByLabel('Email address').fill(a.email);
}

export async function fillCpEvent(page, a) {
  await chooseRadio(page, 'What type of event or initiative is it?', a.type);
  await page.getByLabel('Title of the event or initiative').fill(a.title);
  await page.getByLabel('Short description of the event or initiative').fill(a.description);
  await fillDate(page, 'When is the event or initiative?', a.date);
  await chooseRadio(page, 'Is this your first Community Partner application?', a.firstApplication);
  await page.getByLabel('Website of the event or initiative').fill(a.website);
  await page.getByLabel('Link to the Code of Conduct').fill(a.coc);
  await chooseRadio(page, 'Does the Code of Conduct say how to report a problem and who responds?', a.cocReporting);
  await page.getByLabel('City').fill(a.city);
  await page.getByLabel('Country').fill(a.country);
  await page.getByLabel('Expected number of attendees or participants').fill(a.attendees);
  await page.getByLabel('Approximately what percentage of the event is Python-related?').fill(a.percent);
}

/** Ticks every acknowledgement checkbox except those at the `skip` positions. */
export async function tickAcknowledgements(page, skip = []) {
  const boxes = page.getByRole('checkbox');
  // The step may still be drawing after Continue: count once its boxes are there.
  await boxes.first().waitFor();
  const count = await boxes.count();
  if (count !== 8) throw new Error(`expected 8 acknowledgements, found ${count}`);
  for (let i = 0; i < count; i++) if (!skip.includes(i)) await boxes.nth(i).check();
}

export async function fillMpApplicant(page, a) {
  await page.getByLabel('Full name').fill(a.fullName);
  await page.getByLabel('Email address').fill(a.email);
  await page.getByLabel('Your role in the group').fill(a.role);
}

export async function fillMpGroup(page, a) {
  await page.getByLabel('Name of the Meetup group').fill(a.groupName);
  await page.getByLabel("Address of the group's Meetup page").fill(a.meetupUrl);
  await page.getByLabel('City').fill(a.city);
  await page.getByLabel('Country').fill(a.country);
  await page.getByLabel("Link to the group's Code of Conduct").fill(a.coc);
  await chooseRadio(
    page,
    'Is the Code of Conduct included or linked in the About section of your Meetup page?',
    a.cocInAbout,
  );
  await page.getByLabel('How many events did the group hold in the last 12 months?').fill(a.held);
  await page.getByLabel('How many events does the group plan to hold in the next 12 months?').fill(a.planned);
  await page.getByLabel("Approximately what percentage of the group's content is about Python?").fill(a.percent);
}

/** From the start page to check your answers, for either program. */
export async function completeCommunityPartner(page, appUrl, a = joeyPython(), { onStep } = {}) {
  await page.goto(`${appUrl}/#/community-partner/applicant`);
  await onStep?.('applicant');
  await fillCpApplicant(page, a);
  await continueOn(page);
  await onStep?.('event');
  await fillCpEvent(page, a);
  await continueOn(page);
  await onStep?.('acknowledgements');
  await tickAcknowledgements(page);
  await continueOn(page);
  await onStep?.('check');
}

export async function completeMeetupPro(page, appUrl, a = meetupGroup(), { onStep } = {}) {
  await page.goto(`${appUrl}/#/meetup-pro/applicant`);
  await onStep?.('applicant');
  await fillMpApplicant(page, a);
  await continueOn(page);
  await onStep?.('group');
  await fillMpGroup(page, a);
  await continueOn(page);
  await onStep?.('check');
}

export async function submitApplication(page) {
  await page.getByRole('button', { name: /submit/i }).click();
}

/** Polls `read` until `check(value)` holds, or fails with the last value. */
export async function eventually(read, check, { timeout = 10_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** A grant request for PyCon Jupiter, starting `days` ahead, asking for `amount`. */
export const pyconGrant = (days = 150, amount = '9,000') => ({
  firstName: 'Joey',
  lastName: 'Python',
  email: 'joeylovespython@email.com',
  group: 'Python Jupiter',
  title: 'PyCon Jupiter',
  type: 'Conference',
  description: 'A community conference about Python in space, with travel grants for students.',
  percent: '90',
  start: daysFromToday(days),
  website: 'pycon.jupiter.com',
  coc: 'pycon.jupiter.com/coc',
  cocReporting: 'Yes',
  city: 'New Earth',
  country: 'Jupiter',
  attendees: '300',
  firstGrant: 'Yes',
  amount,
  total: '60,000',
});

export async function fillGrantApplicant(page, a) {
  await page.getByLabel('First name').fill(a.firstName);
  await page.getByLabel('Last name').fill(a.lastName);
  await page.getByLabel('Email address').fill(a.email);
}

export async function fillGrantEvent(page, a) {
  await page.getByLabel('Name of the organizing group').fill(a.group);
  await page.getByLabel('Title of the event or initiative').fill(a.title);
  await chooseRadio(page, 'What kind of event or initiative is it?', a.type);
  await page.getByLabel('Short description').fill(a.description);
  await page.getByLabel('Approximately what percentage of the event is about Python?').fill(a.percent);
  await fillDate(page, 'When does it start?', a.start);
  await chooseRadio(page, 'Where does it happen?', 'In person (or hybrid)');
  await page.getByLabel('City').fill(a.city);
  await page.getByLabel('Country').fill(a.country);
  await page.getByLabel('How many people do you expect?').fill(a.attendees);
  await page.getByLabel('Website of the event or initiative').fill(a.website);
  await page.getByLabel('Link to the Code of Conduct').fill(a.coc);
  await chooseRadio(page, 'Does the Code of Conduct say how to report a problem and who responds?', a.cocReporting);
}

export async function fillGrantRequest(page, a) {
  await chooseRadio(page, "Is this the group's first PSF grant request?", a.firstGrant);
  await page.getByLabel('How much are you asking the PSF for?').fill(a.amount);
  await page.getByLabel("What is the event's total budget?").fill(a.total);
}

/** The fieldset of budget line `n` (from 1). */
export const budgetLine = (page, n) => group(page, `Budget line ${n}`);

/** Adds a budget line and fills it in; `line` is its description, category, amount, essential, quote. */
export async function addBudgetLine(page, line) {
  await page.getByRole('button', { name: /^Add (a|another) budget line$/ }).click();
  const n = await page.getByRole('group', { name: /^Budget line \d+$/ }).count();
  await fillBudgetLine(page, n, line);
  return n;
}

export async function fillBudgetLine(page, n, { description, category, amount, essential = false, quote = '' }) {
  const g = budgetLine(page, n);
  await g.getByLabel('What it pays for').fill(description);
  await g.getByRole('group', { name: 'Category' }).getByLabel(category, { exact: true }).check();
  await g.getByLabel('Amount', { exact: true }).fill(amount);
  if (essential) await g.getByLabel("Essential: the event can't do without it").check();
  if (quote) await g.getByLabel(/^Link to a quote or invoice/).fill(quote);
}

export async function addOtherSource(page, { name, amount }) {
  await page.getByRole('button', { name: /^Add (a|another) source$/ }).click();
  const n = await page.getByRole('group', { name: /^Source \d+$/ }).count();
  const g = group(page, `Source ${n}`);
  await g.getByLabel('Sponsor or source').fill(name);
  await g.getByLabel('Amount', { exact: true }).fill(amount);
}

/** From the start page through your details and the event, to the money step. */
export async function startGrant(page, appUrl, a = pyconGrant(), { onStep } = {}) {
  await page.goto(`${appUrl}/#/grant/applicant`);
  await onStep?.('applicant');
  await fillGrantApplicant(page, a);
  await continueOn(page);
  await onStep?.('event');
  await fillGrantEvent(page, a);
  await continueOn(page);
  await onStep?.('money');
  await fillGrantRequest(page, a);
}
