// What applicants keep and what organizers plan with (issue 15): calendar
// reminders, a printable record read back from a PDF, answers carried to
// another device in a file, and "Will the PSF re-share this post?". In the
// standalone app and in the widget under the demo host's strict CSP.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, axeViolations, closePage, startStack, startApp, daysFromToday } from './harness.mjs';
import {
  joeyPython,
  meetupGroup,
  completeCommunityPartner,
  completeMeetupPro,
  fillCpApplicant,
  fillCpEvent,
  tickAcknowledgements,
  fillDate,
  chooseRadio,
  continueOn,
  submitApplication,
  heading,
  eventually,
} from './steps.mjs';

const CSP = "script-src 'self' 'wasm-unsafe-eval'";

let stack, receiver, app, strict, browser, page;
const scratch = mkdtempSync(join(tmpdir(), 'psf-keep-'));

before(async () => {
  stack = await startStack();
  ({ receiver, app, browser } = stack);
  strict = await startApp({ backend: () => receiver.url, headers: { 'Content-Security-Policy': CSP } });
});
after(async () => {
  await strict?.close();
  await stack?.stop();
});
beforeEach(async () => {
  page = await newPage(browser, { acceptDownloads: true });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterEach(async () => {
  const violations = page.isClosed() ? [] : await page.evaluate(() => window.__csp).catch(() => []);
  await closePage(page);
  assert.deepEqual(violations, [], 'no Content Security Policy violation');
});

async function expectNoAxeViolations(where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

/** Follows a download link (by click, or by `press` on the focused link) and returns its name and text. */
async function download(trigger) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = join(scratch, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** An iCalendar file's content lines, unfolded, as [name with params, value]. */
function icsLines(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  assert.ok(!/[^\r]\n/.test(text), 'no bare LF line ends');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => {
      const i = l.indexOf(':');
      return [l.slice(0, i), l.slice(i + 1)];
    });
}

const ymd = ({ date }) =>
  `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
const unescape = (v) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

/** The text of the page printed to PDF (Chromium's print media), read back by poppler's pdftotext. */
async function printedText() {
  const pdf = join(scratch, `${Date.now()}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  // -raw keeps reading order; lines joined so that wrapped answers compare whole.
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('an organizer who is too early leaves the preview with a reminder of the day applications open', async () => {
  await page.goto(`${app.url}/#/preview/community-partner`);
  await heading(page).waitFor();
  const event = daysFromToday(250);
  await fillDate(page, 'When is the event or initiative?', event);
  const link = page.getByRole('link', { name: /^Add a reminder to your calendar for .* \(applications open\)$/ });
  await link.waitFor();
  await expectNoAxeViolations('preview with a reminder');
  // By keyboard: focus the link and press Enter.
  await link.focus();
  const { name, text } = await download(() => page.keyboard.press('Enter'));
  assert.match(name, /^psf-community-partner-window-opens-\d{4}-\d{2}-\d{2}\.ics$/);
  const lines = icsLines(text);
  const get = (key) => lines.filter(([k]) => k === key).map(([, v]) => v);
  assert.deepEqual(lines[0], ['BEGIN', 'VCALENDAR']);
  assert.deepEqual(get('VERSION'), ['2.0']);
  assert.equal(get('PRODID').length, 1);
  assert.equal(get('BEGIN').join(','), 'VCALENDAR,VEVENT,VALARM');
  // The window opens 6 calendar months before the event (the app states the date beside the link).
  const shown = await page.locator('[data-date="apply-from"]').innerText();
  const opens = new Date(`${shown.replace(/^\w+ /, '')} 12:00`);
  assert.deepEqual(get('DTSTART;VALUE=DATE'), [ymd({ date: opens })]);
  assert.match(get('UID')[0], /^community-partner-window-opens-\d{4}-\d{2}-\d{2}@/);
  assert.match(get('DTSTAMP')[0], /^\d{8}T\d{6}Z$/);
  assert.match(unescape(get('SUMMARY')[0]), /Community Partner.*open/);
  assert.match(unescape(get('DESCRIPTION')[0]), /6 months before your event/);
  assert.equal(get('URL')[0], `${app.url}/#/community-partner/applicant`);
  assert.deepEqual(get('TRIGGER'), ['-P1D']);
  assert.deepEqual(get('ACTION'), ['DISPLAY']);
  // The same reminder twice is the same event (a calendar updates it, not duplicates it).
  const again = await download(() => link.click());
  assert.equal(icsLines(again.text).find(([k]) => k === 'UID')[1], get('UID')[0]);
});

test("the Meetup Pro confirmation's latest decision date is a reminder", async () => {
  await completeMeetupPro(page, app.url, meetupGroup());
  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const link = page.getByRole('link', { name: /^Add a reminder to your calendar for .*latest date to expect a decision/ });
  const { name, text } = await download(() => link.click());
  assert.match(name, /^psf-meetup-pro-decision-by-\d{4}-\d{2}-\d{2}\.ics$/);
  const start = icsLines(text).find(([k]) => k === 'DTSTART;VALUE=DATE')[1];
  // The date in the link is the date in the file.
  const label = await link.innerText();
  const date = new Date(`${label.replace(/^.* for \w+ /, '')} 12:00`);
  assert.equal(start, ymd({ date }));
  await expectNoAxeViolations('Meetup Pro confirmation');
});

test('check your answers and the confirmation print every answer, the outcome per criterion, the texts agreed and the reference, without the controls', async () => {
  const a = joeyPython(90);
  await completeCommunityPartner(page, app.url, a);
  await heading(page).filter({ hasText: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
  const answers = [a.firstName, a.lastName, a.email, a.title, a.description, a.city, a.country, 'Conference – PyCon'];
  const ackStart = 'I acknowledge that the PSF Community Partnership being applied for with this form does not make the event';
  let printed = await printedText();
  for (const answer of answers) assert.ok(printed.includes(answer), `the printed check page has "${answer}"`);
  assert.ok(printed.includes('What you agreed to'), 'the acknowledgements are printed');
  assert.ok(printed.includes(ackStart), 'in their own words');
  assert.ok(printed.includes('Python-related'), 'the eligibility per criterion');
  for (const chrome of ['Submit application', 'Print or save as PDF', 'Save your answers to a file', 'Change', 'Back'])
    assert.ok(!printed.includes(chrome), `no "${chrome}" on paper`);

  await submitApplication(page);
  await heading(page).filter({ hasText: 'Application submitted' }).waitFor();
  const reference = (await page.locator('.psf-panel__reference').innerText()).trim();
  assert.match(reference, /^PSF-CP-\d{6}$/);
  await expectNoAxeViolations('confirmation with the record');
  printed = await printedText();
  assert.ok(printed.includes(reference), 'the reference is printed');
  assert.match(printed, /You submitted your Community Partner application on \w+ \d+ \w+ \d{4} at \d+:\d\d[ap]m/);
  for (const answer of answers) assert.ok(printed.includes(answer), `the printed confirmation has "${answer}"`);
  assert.ok(printed.includes(ackStart), 'the acknowledgements as agreed');
  assert.ok(printed.includes('Eligibility when you submitted'));
  for (const chrome of ['Print or save as PDF', 'Download a copy', 'Apply for something else', 'Will the PSF re-share'])
    assert.ok(!printed.includes(chrome), `no "${chrome}" on paper`);
});

test('answers saved to a file continue on another device, at the step where they were saved', async () => {
  const a = joeyPython(90);
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await fillCpApplicant(page, a);
  await continueOn(page);
  await page.getByLabel('Title of the event or initiative').fill(a.title);
  const saved = await download(() => page.getByRole('link', { name: 'Save your answers to a file' }).click());
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  assert.equal(saved.name, `psf-community-partner-answers-${iso}.json`);
  const file = JSON.parse(saved.text);
  assert.equal(file.format, 'psf-apply/saved-answers');
  assert.equal(file.program, 'community-partner');
  assert.equal(file.draft.title, a.title);

  // Another device: a new browser profile with nothing saved.
  const other = await newPage(browser, { acceptDownloads: true });
  try {
    await other.goto(`${app.url}/#/`);
    const input = other.getByLabel('Choose your saved answers file');
    await input.setInputFiles(saved.path);
    await other.getByRole('heading', { level: 1 }).filter({ hasText: 'Event or initiative details' }).waitFor();
    assert.equal(await other.getByLabel('Title of the event or initiative').inputValue(), a.title);
    // Taken up, the answers are this browser's draft: a reload keeps them.
    await other.waitForTimeout(300); // as long as an autosave takes
    await other.reload();
    await other.getByRole('heading', { level: 1 }).filter({ hasText: 'Event or initiative details' }).waitFor();
    assert.equal(await other.getByLabel('Title of the event or initiative').inputValue(), a.title, 'kept over a reload');
    await other.getByRole('link', { name: 'Back' }).click();
    assert.equal(await other.getByLabel('Email address').inputValue(), a.email);
    assert.deepEqual(await axeViolations(other), []);
  } finally {
    await closePage(other);
  }
});

test('a file that is not saved answers is refused with a message, and answers in progress are replaced only when the person says so', async () => {
  const a = joeyPython(90);
  await page.goto(`${app.url}/#/community-partner/applicant`);
  await fillCpApplicant(page, a);
  const saved = await download(() => page.getByRole('link', { name: 'Save your answers to a file' }).click());
  // The draft in this browser moves on after the file was saved.
  await page.getByLabel('First name').fill('Josephine');

  const write = (name, content) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };
  const good = JSON.parse(saved.text);
  const bad = [
    [write('notes.json', 'first name: Joey'), 'is not a saved answers file'],
    [write('empty.json', ''), 'is empty'],
    [write('huge.json', `{"x":"${'a'.repeat(1_100_000)}"}`), 'too large'],
    [write('newer.json', JSON.stringify({ ...good, version: 9 })), 'newer version of this form'],
    [write('payload.json', JSON.stringify({ schema: 'psf-apply/community-partner/v1', answers: {} })), 'a downloaded copy of a submitted application'],
    [write('broken.json', JSON.stringify({ ...good, draft: { ...good.draft, first_name: 12 } })), 'changed or damaged'],
  ];
  await page.goto(`${app.url}/#/`);
  const input = page.getByLabel('Choose your saved answers file');
  for (const [path, words] of bad) {
    await input.setInputFiles(path);
    const error = page.locator('.psf-continue-file .psf-error-message');
    await eventually(() => error.innerText().catch(() => ''), (t) => t.includes(words));
    assert.equal(await input.getAttribute('aria-describedby').then((d) => d.split(' ').length), 2, 'the input points to its error');
  }
  await expectNoAxeViolations('start page with a refused file');
  // The draft in progress is untouched by all of that.
  await page.goto(`${app.url}/#/community-partner/applicant`);
  assert.equal(await page.getByLabel('First name').inputValue(), 'Josephine');

  // A good file while answers are in progress: asked first.
  await page.goto(`${app.url}/#/`);
  await input.setInputFiles(saved.path);
  const question = page.getByRole('group', { name: 'Replace your Community Partner answers?' });
  await question.waitFor();
  await expectNoAxeViolations('the question before replacing answers');
  await question.getByRole('button', { name: 'Keep the answers I have' }).click();
  await page.getByText('Your answers are unchanged.').waitFor({ state: 'attached' });
  await page.goto(`${app.url}/#/community-partner/applicant`);
  assert.equal(await page.getByLabel('First name').inputValue(), 'Josephine');
  await page.goto(`${app.url}/#/`);
  await page.getByLabel('Choose your saved answers file').setInputFiles(saved.path);
  await question.getByRole('button', { name: 'Replace them with the file’s answers' }).click();
  await heading(page).filter({ hasText: 'Your details' }).waitFor();
  assert.equal(await page.getByLabel('First name').inputValue(), a.firstName);
});

test('will the PSF re-share this post: the kind decides, and words in the text that contradict it are named', async () => {
  await page.goto(`${app.url}/#/preview/community-partner`);
  const section = page.getByRole('region', { name: 'Will the PSF re-share your post?' });
  await section.waitFor();
  const kinds = section.getByRole('group', { name: 'What is the post?' });
  const result = section.locator('[data-outcome]');
  // By keyboard: Tab into the radios, arrows move the choice.
  await kinds.getByLabel('Save the date').focus();
  await page.keyboard.press('Space');
  await eventually(() => result.getAttribute('data-outcome'), (o) => o === 'eligible');
  assert.match(await result.innerText(), /Eligible: the PSF may re-share this post/);
  await section.getByLabel("The post's text (optional)").fill('PyCon Jupiter 2027! Tickets on sale now: $25 early bird.');
  await eventually(() => result.getAttribute('data-outcome'), (o) => o === 'decided-by-psf');
  const words = await section.getByTestId('psf-reshare-cues').innerText();
  for (const found of ['“Tickets”', '“$25”']) assert.ok(words.includes(found), `${found} named in: ${words}`);
  await expectNoAxeViolations('re-share check with a warning');
  await kinds.getByLabel('Fundraiser or donation request').check();
  await eventually(() => result.getAttribute('data-outcome'), (o) => o === 'not-eligible');
  assert.equal(await section.getByTestId('psf-reshare-cues').count(), 0, 'no contradiction for an ineligible kind');
  await kinds.getByLabel('Something else').check();
  await eventually(() => result.getAttribute('data-outcome'), (o) => o === 'decided-by-psf');
  const facts = await section.innerText();
  assert.match(facts, /at most 2 posts per Community Partner/);
  assert.match(facts, /social media calendar/);
  assert.match(facts, /professional and inclusive/);
  // Meetup Pro groups are not partners: no checker there.
  await page.goto(`${app.url}/#/preview/meetup-pro`);
  await heading(page).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Will the PSF re-share your post?' }).count(), 0);
});

test('in the widget under a strict CSP: reminder, re-share check, save to a file and continue from it', async () => {
  await page.goto(`${strict.url}/demo-host.html`);
  const form = page.locator('#cp-apply');
  const preview = page.locator('#cp-check');
  await heading(form).waitFor();
  await heading(preview).waitFor();
  // The preview widget: a reminder and the re-share check.
  await fillDate(preview, 'When is the event or initiative?', daysFromToday(250));
  const reminder = await download(() => preview.getByRole('link', { name: /^Add a reminder to your calendar/ }).click());
  assert.ok(reminder.text.startsWith('BEGIN:VCALENDAR\r\n'));
  // In a widget the link leads back to the host's page, where the form lives.
  assert.ok(reminder.text.replace(/\r\n /g, '').includes(`\r\nURL:${strict.url}/demo-host.html\r\n`));
  await preview.getByLabel('Mission statement').check();
  await eventually(() => preview.locator('[data-outcome]').getAttribute('data-outcome'), (o) => o === 'eligible');
  // The application widget: save, then continue from the file on a fresh device.
  await fillCpApplicant(form, joeyPython());
  const saved = await download(() => form.getByRole('link', { name: 'Save your answers to a file' }).click());
  assert.equal(JSON.parse(saved.text).draft.email, joeyPython().email);
  const other = await newPage(browser);
  try {
    await other.goto(`${strict.url}/demo-host.html`);
    const otherForm = other.locator('#cp-apply');
    await heading(otherForm).waitFor();
    // A file of another program is refused by a Community Partner widget.
    const mp = join(scratch, 'mp.json');
    writeFileSync(mp, JSON.stringify({ ...JSON.parse(saved.text), program: 'meetup-pro' }));
    await otherForm.getByLabel('Choose your saved answers file').setInputFiles(mp);
    await otherForm
      .locator('.psf-error-message')
      .filter({ hasText: "The file holds a Meetup Pro Network application, which this form doesn't take." })
      .waitFor();
    await otherForm.getByLabel('Choose your saved answers file').setInputFiles(saved.path);
    await eventually(() => otherForm.getByLabel('Email address').inputValue(), (v) => v === joeyPython().email);
  } finally {
    await closePage(other);
  }
});

test("a widget prints its own record, without the host's page around it", async () => {
  await page.goto(`${strict.url}/demo-host.html`);
  const form = page.locator('#cp-apply');
  await heading(form).waitFor();
  const a = joeyPython(90);
  await fillCpApplicant(form, a);
  await continueOn(form);
  await heading(form).filter({ hasText: 'Event or initiative details' }).waitFor();
  await fillCpEvent(form, a);
  await continueOn(form);
  await tickAcknowledgements(form);
  await continueOn(form);
  await heading(form).filter({ hasText: 'Check your answers' }).waitFor();
  // The print dialog itself is the browser's: the test prints to PDF while
  // the page is as the button leaves it, before the dialog would close.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await form.getByRole('button', { name: 'Print or save as PDF' }).click();
  const printed = await printedText();
  for (const answer of [a.email, a.title, a.city]) assert.ok(printed.includes(answer), `the widget's "${answer}" printed`);
  for (const host of ['Get support for your community', 'Frequently asked', 'Newsletter', 'Member sign-in'])
    assert.ok(!printed.includes(host), `the host's "${host}" left off the paper`);
  // Once printing is over, the marks are gone: the host's page prints as its own again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const marks = () =>
    page.evaluate(() => document.querySelectorAll('[data-psf-printing], [data-psf-printing-widget]').length);
  await eventually(marks, (n) => n === 0);
});
