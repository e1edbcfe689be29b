// "Ways to vote" and the emergency proxy wizard, in English and Welsh, against the
// release build, with the device clock fixed (Playwright's clock): the demo poll is
// Wales's council elections of Thursday 6 May 2027 (postal votes until 5pm on Tuesday
// 20 April, proxies until 5pm on Tuesday 27 April, emergency proxies until 5pm on
// polling day). The deadline is checked at 4:59pm and 5:00pm; the wizard is answered
// with the keyboard only, for grounds that apply and for grounds that do not, with
// every validation error in the summary and beside its input; axe runs on every page;
// nothing leaves 127.0.0.1; the pages work with the server stopped after one visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean, assertFocusOnHeading } from './support/checks.mjs';
import { startServer } from './support/server.mjs';
import { STRINGS } from './support/strings.mjs';

const suite = serveReleaseBuild();

/** 10am on Wednesday 14 April 2027 in London (BST). */
const APRIL_14 = '2027-04-14T09:00:00Z';
/** 4:59pm and 5:00pm on Tuesday 20 April 2027, the postal vote deadline's day. */
const POSTAL_DAY_1659 = '2027-04-20T15:59:00Z';
const POSTAL_DAY_1700 = '2027-04-20T16:00:00Z';
/** 10am on Thursday 29 April 2027: after the proxy deadline, before polling day. */
const APRIL_29 = '2027-04-29T09:00:00Z';

const TEXT = {
  en: {
    title: 'Ways to vote',
    ways: ['In person', 'By post', 'By proxy', 'Emergency proxy'],
    pollDay: 'Polling day: Thursday 6 May 2027',
    postalBy: 'By 5pm on Tuesday 20 April 2027 – 4 working days from today',
    proxyBy: 'By 5pm on Tuesday 27 April 2027 – 9 working days from today',
    postalToday: 'By 5pm on Tuesday 20 April 2027 – that is today',
    postalPassed: 'The deadline passed at 5pm on Tuesday 20 April 2027.',
    stillProxy: 'Apply for a proxy vote by 5pm on Tuesday 27 April 2027.',
    applyPostal: 'Apply for a postal vote',
    emergencyLink: 'Check whether you can get an emergency proxy vote',
    fromStation: 'Ways to vote: in person, by post or by proxy, and the deadlines',
    what: 'What has happened?',
    medical: 'I have a medical emergency, or my disability or illness has got worse',
    whatError: 'Select what has happened',
    when: 'When did it happen?',
    whenEmpty: 'Enter the date it happened',
    whenFuture: 'The date it happened must be today or in the past',
    whenMonth: 'The date it happened must include a month',
    time: 'Did it happen before 5pm on Tuesday 27 April 2027?',
    timeError: 'Select whether it happened before the deadline',
    after: 'No, at that time or later',
    applies: 'You can apply for an emergency proxy vote',
    arrive: 'Your application must arrive by 5pm on Thursday 6 May 2027.',
    attester: 'A doctor, nurse or other registered health or social care professional must confirm your application by signing it.',
    contact: 'Your council’s electoral services',
    change: 'Change your answers',
    refused: 'You cannot get an emergency proxy vote for this',
    before: 'It happened before 5pm on Tuesday 27 April 2027',
  },
  cy: {
    title: 'Ffyrdd o bleidleisio',
    ways: ['Yn bersonol', 'Drwy’r post', 'Drwy ddirprwy', 'Dirprwy mewn argyfwng'],
    pollDay: 'Diwrnod pleidleisio: dydd Iau 6 Mai 2027',
    postalBy: 'Erbyn 5yh ddydd Mawrth 20 Ebrill 2027 – 4 diwrnod gwaith o heddiw',
    proxyBy: 'Erbyn 5yh ddydd Mawrth 27 Ebrill 2027 – 9 diwrnod gwaith o heddiw',
    postalToday: 'Erbyn 5yh ddydd Mawrth 20 Ebrill 2027 – sef heddiw',
    postalPassed: 'Aeth y dyddiad cau heibio am 5yh ddydd Mawrth 20 Ebrill 2027.',
    stillProxy: 'Gwneud cais am bleidlais drwy ddirprwy erbyn 5yh ddydd Mawrth 27 Ebrill 2027.',
    applyPostal: 'Gwneud cais am bleidlais bost',
    emergencyLink: 'Gweld a allwch gael pleidlais drwy ddirprwy mewn argyfwng',
    fromStation: 'Ffyrdd o bleidleisio: yn bersonol, drwy’r post neu drwy ddirprwy, a’r dyddiadau cau',
    what: 'Beth sydd wedi digwydd?',
    medical: 'Mae gen i argyfwng meddygol, neu mae fy anabledd neu fy salwch wedi gwaethygu',
    whatError: 'Dewiswch beth sydd wedi digwydd',
    when: 'Pryd digwyddodd hyn?',
    whenEmpty: 'Rhowch y dyddiad y digwyddodd',
    whenFuture: 'Rhaid i’r dyddiad y digwyddodd fod heddiw neu yn y gorffennol',
    whenMonth: 'Rhaid i’r dyddiad y digwyddodd gynnwys mis',
    time: 'A ddigwyddodd hyn cyn 5yh ddydd Mawrth 27 Ebrill 2027?',
    timeError: 'Dewiswch a ddigwyddodd hyn cyn y dyddiad cau',
    after: 'Naddo, ar yr amser hwnnw neu’n hwyrach',
    applies: 'Gallwch wneud cais am bleidlais drwy ddirprwy mewn argyfwng',
    arrive: 'Rhaid i’ch cais gyrraedd erbyn 5yh ddydd Iau 6 Mai 2027.',
    attester: 'Rhaid i feddyg, nyrs neu weithiwr iechyd neu ofal cymdeithasol cofrestredig arall gadarnhau eich cais drwy ei lofnodi.',
    contact: 'Gwasanaethau etholiadol eich cyngor',
    change: 'Newid eich atebion',
    refused: 'Allwch chi ddim cael pleidlais drwy ddirprwy mewn argyfwng am hyn',
    before: 'Digwyddodd hyn cyn 5yh ddydd Mawrth 27 Ebrill 2027',
  },
};

/** A fresh page in a fresh context, its clock fixed at `time`, at `path`. */
async function visit(pathname, time) {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, record } = await openPage(context);
  await page.clock.setFixedTime(new Date(time));
  await page.goto(suite.server.origin + pathname);
  await page.locator('h1').waitFor();
  return { context, page, record };
}

async function checkPage(page, record, label) {
  await assertAccessible(page, label);
  await assertClean(page, record, suite.server.origin);
}

/** Presses Enter on the form's button, then waits for the page called `heading`. */
async function submitTo(page, heading) {
  await page.locator('form button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Submits and expects `message` in the summary (focused) and beside input `id`. */
async function expectError(page, s, message, id) {
  await page.locator('form button[type=submit]').focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await summary.getByRole('link', { name: message }).waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.equal((await page.locator(`#${id}-error`).innerText()).replace(/\s+/g, ' ').trim().endsWith(message), true);
  await assertFocusOnHeading(page, { error: true, errorPrefix: s.errorTitlePrefix });
}

/** Chooses the radio labelled `label` with the keyboard. */
async function chooseRadio(page, label) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('Space');
}

/** Types a date into the `when` boxes with the keyboard. */
async function typeDate(page, [day, month, year]) {
  for (const [part, value] of [['day', day], ['month', month], ['year', year]]) {
    await page.locator(`#when-${part}`).fill('');
    await page.locator(`#when-${part}`).focus();
    await page.keyboard.type(value);
  }
}

for (const lang of ['en', 'cy']) {
  const s = STRINGS[lang];
  const t = TEXT[lang];

  test(`[${lang}] ways to vote: who can use each way, deadlines in working days, either side of 5pm`, async () => {
    let { context, page, record } = await visit(`${s.prefix}/ways-to-vote`, APRIL_14);
    assert.equal(await assertFocusOnHeading(page, { freshLoad: true }), t.title);
    const headings = await page.locator('main h2').allInnerTexts();
    for (const way of t.ways) assert.ok(headings.includes(way), `heading ${way} in ${headings}`);
    await page.getByRole('heading', { name: t.pollDay }).waitFor();
    await page.getByText(t.postalBy, { exact: true }).waitFor();
    await page.getByText(t.proxyBy, { exact: true }).waitFor();
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of ['/apply/postal', '/apply/proxy', '/emergency-proxy']) {
      assert.ok(hrefs.includes(`${s.prefix}${path}`), `a link to ${s.prefix}${path} in ${hrefs}`);
    }
    await checkPage(page, record, `${lang} ways to vote`);
    await context.close();

    ({ context, page, record } = await visit(`${s.prefix}/ways-to-vote`, POSTAL_DAY_1659));
    await page.getByText(t.postalToday, { exact: true }).waitFor();
    await page.getByRole('link', { name: t.applyPostal }).waitFor();
    await context.close();

    ({ context, page, record } = await visit(`${s.prefix}/ways-to-vote`, POSTAL_DAY_1700));
    await page.getByText(t.postalPassed, { exact: true }).waitFor();
    await page.getByText(t.stillProxy, { exact: true }).waitFor();
    // Still offered: without a lookup the 2028 police and crime commissioner poll counts too.
    await page.getByRole('link', { name: t.applyPostal }).waitFor();
    await checkPage(page, record, `${lang} ways to vote after the postal deadline`);
    // Linked from "voting if you are disabled".
    await page.goto(`${suite.server.origin}${s.prefix}/voting-if-you-are-disabled`);
    await page.getByRole('link', { name: t.fromStation }).click();
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await context.close();
  });

  test(`[${lang}] emergency proxy wizard by keyboard: grounds that apply, then grounds that do not`, async () => {
    const { context, page, record } = await visit(`${s.prefix}/ways-to-vote`, APRIL_29);
    await page.getByRole('link', { name: t.emergencyLink }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: t.what }).waitFor();
    assert.equal(await assertFocusOnHeading(page), t.what);
    await checkPage(page, record, `${lang} emergency: what happened`);
    await expectError(page, s, t.whatError, 'what');
    await checkPage(page, record, `${lang} emergency: what happened, error`);
    await chooseRadio(page, t.medical);
    await submitTo(page, t.when);
    await checkPage(page, record, `${lang} emergency: when`);

    await expectError(page, s, t.whenEmpty, 'when');
    await typeDate(page, ['27', '', '2027']);
    await expectError(page, s, t.whenMonth, 'when');
    await typeDate(page, ['30', '4', '2027']);
    await expectError(page, s, t.whenFuture, 'when');
    await checkPage(page, record, `${lang} emergency: when, error`);
    // The proxy deadline's day: asked whether before or after 5pm.
    await typeDate(page, ['27', '4', '2027']);
    await submitTo(page, t.time);
    await checkPage(page, record, `${lang} emergency: time of day`);
    await expectError(page, s, t.timeError, 'time');
    await chooseRadio(page, t.after);
    await submitTo(page, t.applies);
    await page.getByText(t.arrive, { exact: true }).waitFor();
    await page.getByText(t.attester, { exact: true }).waitFor();
    await page.getByRole('heading', { name: t.contact }).waitFor();
    await page.locator('main .contact').waitFor();
    await checkPage(page, record, `${lang} emergency: applies`);

    // Back to the start with the answers kept; the day before the deadline does not count.
    await page.getByRole('link', { name: t.change }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: t.what }).waitFor();
    assert.equal(await page.getByLabel(t.medical, { exact: true }).isChecked(), true, 'the answer is kept');
    await submitTo(page, t.when);
    assert.equal(await page.locator('#when-day').inputValue(), '27');
    await typeDate(page, ['26', '4', '2027']);
    await submitTo(page, t.refused);
    await page.getByText(t.before).waitFor();
    await checkPage(page, record, `${lang} emergency: does not apply`);
    await context.close();
  });
}

test('after one visit the pages work with the server stopped', { timeout: 120_000 }, async () => {
  const server = await startServer();
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, record } = await openPage(context);
  await page.clock.setFixedTime(new Date(APRIL_29));
  await page.goto(`${server.origin}/ways-to-vote`);
  await page.getByRole('heading', { name: TEXT.en.pollDay }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await server.stop();
  for (const lang of ['en', 'cy']) {
    const t = TEXT[lang];
    await page.goto(`${server.origin}${STRINGS[lang].prefix}/ways-to-vote`);
    await page.getByRole('heading', { name: t.pollDay }).waitFor();
    await page.getByRole('link', { name: t.emergencyLink }).click();
    await page.getByRole('heading', { level: 1, name: t.what }).waitFor();
  }
  const foreign = record.requests.filter((url) => !url.startsWith(server.origin + '/'));
  assert.deepEqual(foreign, [], 'requests to another origin');
  await context.close();
});
