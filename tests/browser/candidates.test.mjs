// Ballot rehearsal, candidate search and candidate pages, in English and Welsh, against
// the release build and the demo elections (demo/ballots.csv, demo/candidates.csv).
// Every page is checked with axe (WCAG 2.2 A/AA), for CSP violations and for requests
// off 127.0.0.1. The clock is fixed to 1 March 2027, before the May 2027 statement of
// persons nominated, so "provisional" and "not confirmed" are what the pages must say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean, assertFocusOnHeading } from './support/checks.mjs';

const suite = serveReleaseBuild();
const TODAY = new Date('2027-03-01T10:00:00Z');

// Llanffug North, May 2027: five candidates for three seats, statement due 9 April.
const NORTH = 'local.demo-county.llanffug-north.2027-05-06';
// Rhosfelen, May 2027: one seat, and Wil Bowen has withdrawn.
const RHOSFELEN = 'local.demo-county.rhosfelen.2027-05-06';
// Aberdemo by-election, March 2026: declared; Marc Le Fèvre was not elected.
const ABERDEMO_BY = 'local.demo-county.aberdemo.by.2026-03-12';

const S = {
  en: {
    prefix: '',
    paperTitle: (ballot) => `Practise your ballot paper for ${ballot}`,
    north: 'Llanffug North',
    position: (n, total) => `${n} of ${total}`,
    provisional: 'This paper is provisional',
    sopnDate: '9 April 2027',
    blank: 'You have not marked any boxes',
    counted: 'This paper would be counted',
    notCounted: 'This paper would not be counted',
    practiceOnly: 'not sent or saved',
    searchTitle: 'Find a candidate',
    searchLabel: 'Candidate’s name',
    searchButton: 'Search',
    emptyError: 'Enter a candidate’s name',
    errorSummary: 'There is a problem',
    errorPrefix: 'Error: ',
    oneMatch: '1 candidate matches “fevre”',
    noMatch: 'No candidates match “zzqx”',
    notElected: 'Not elected',
    votes: 'Votes',
    standing: 'This is not confirmed until the council publishes the statement of persons nominated',
    unknown: 'We could not find that ballot or candidate',
    footerLink: 'Find a candidate',
    practiseLink: 'Practise on the ballot paper',
    timetable: 'Their timetable',
    nominationsClose: 'Nominations close',
    meanings: 'What these dates mean for a candidate',
  },
  cy: {
    prefix: '/cy',
    paperTitle: (ballot) => `Ymarfer eich papur pleidleisio ar gyfer ${ballot}`,
    north: 'Gogledd Llanffug',
    position: (n, total) => `${n} o ${total}`,
    provisional: 'Papur dros dro yw hwn',
    sopnDate: '9 Ebrill 2027',
    blank: 'Nid ydych wedi marcio unrhyw flwch',
    counted: "Byddai'r papur hwn yn cael ei gyfrif",
    notCounted: "Ni fyddai'r papur hwn yn cael ei gyfrif",
    practiceOnly: "nid yw eich marciau'n cael eu hanfon",
    searchTitle: 'Dod o hyd i ymgeisydd',
    searchLabel: "Enw'r ymgeisydd",
    searchButton: 'Chwilio',
    emptyError: 'Rhowch enw ymgeisydd',
    errorSummary: 'Mae problem wedi codi',
    errorPrefix: 'Gwall: ',
    oneMatch: 'Mae 1 ymgeisydd yn cyfateb i “fevre”',
    noMatch: 'Nid oes unrhyw ymgeisydd yn cyfateb i “zzqx”',
    notElected: 'Aflwyddiannus',
    votes: 'Pleidleisiau',
    standing: "Ni fydd hyn wedi'i gadarnhau nes i'r cyngor gyhoeddi'r datganiad o'r personau a enwebwyd",
    unknown: "Ni allem ddod o hyd i'r bleidlais na'r ymgeisydd hwnnw",
    footerLink: 'Dod o hyd i ymgeisydd',
    practiseLink: 'Ymarfer ar y papur pleidleisio',
    timetable: 'Eu hamserlen',
    nominationsClose: "Enwebiadau'n cau",
    meanings: "Beth mae'r dyddiadau hyn yn ei olygu i ymgeisydd",
  },
};

/** A fresh page in a fresh context at `path`, with the clock fixed at TODAY. */
async function visit(path) {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, record } = await openPage(context);
  await page.clock.setFixedTime(TODAY);
  await page.goto(suite.server.origin + path);
  await page.locator('h1').waitFor();
  return { context, page, record };
}

async function checkPage(page, record, label) {
  await assertAccessible(page, label);
  await assertClean(page, record, suite.server.origin);
}

const paperPath = (s, ballot) => `${s.prefix}/ballot/${encodeURIComponent(ballot)}/paper`;

for (const lang of ['en', 'cy']) {
  const s = S[lang];

  test(`[${lang}] the ballot paper: printed order, numbered boxes, provisional before the statement`, async () => {
    const { context, page, record } = await visit(paperPath(s, NORTH));
    assert.equal(await assertFocusOnHeading(page, { freshLoad: true }), s.paperTitle(s.north));
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // Surname, then forenames, ignoring case and punctuation (O'Connor sorts as oconnor).
    const surnames = await page.locator('.paper-surname').allTextContents();
    assert.deepEqual(surnames, ['Davies', 'Hopwood-Lewis', "O'Connor", 'Pritchard', 'Rees']);
    assert.deepEqual(await page.locator('.paper-forenames').allTextContents(), ['Owain Glyn', 'Mererid', 'Elinor', 'Siân', 'Tomos']);
    // Printed in capitals, by style only.
    assert.equal(await page.locator('.paper-surname').first().evaluate((el) => getComputedStyle(el).textTransform), 'uppercase');
    // A list a screen reader can count, each box named by its position and candidate.
    assert.equal(await page.locator('ol.paper-list > li').count(), 5);
    const first = page.getByRole('checkbox', { name: new RegExp(`^${s.position(1, 5)} Davies Owain Glyn`, 'i') });
    await first.waitFor();
    await page.getByRole('checkbox', { name: new RegExp(`^${s.position(5, 5)} Rees Tomos`, 'i') }).waitFor();
    const box = await first.boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `the box is at least 24 px (${box.width}×${box.height})`);
    const notice = await page.locator('.warning-notice').first().innerText();
    assert.ok(notice.includes(s.provisional) && notice.includes(s.sopnDate), `provisional notice: ${notice}`);
    assert.ok((await page.locator('.paper-how-to-mark').innerText()).trim().length > 20, 'how to mark is shown');
    assert.ok((await page.locator('#paper-hint').innerText()).includes(s.practiceOnly));
    await checkPage(page, record, `${lang} ballot paper`);
    await context.close();
  });

  test(`[${lang}] practice marking: one cross counts, two spoil a one-seat paper; a withdrawn candidate is not on it`, async () => {
    const { context, page, record } = await visit(paperPath(s, RHOSFELEN));
    assert.deepEqual(await page.locator('.paper-surname').allTextContents(), ['Ellis', 'Jenkins', 'Price']);
    assert.equal(await page.getByText('Bowen').count(), 0, 'Wil Bowen withdrew');
    const verdict = page.locator('.paper-verdict', { hasText: s.blank });
    await verdict.waitFor();
    // On a first visit the service worker takes control and the app fetches its
    // files again for offline use (see src/data.rs); count only once that is over.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const requestsBefore = record.requests.length;
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 3);
    await boxes.nth(1).check();
    await page.locator('.paper-verdict', { hasText: s.counted }).waitFor();
    await boxes.nth(2).check();
    await page.locator('.paper-verdict', { hasText: s.notCounted }).waitFor();
    await checkPage(page, record, `${lang} ballot paper, too many marks`);
    await boxes.nth(2).uncheck();
    await page.locator('.paper-verdict', { hasText: s.counted }).waitFor();
    assert.equal(record.requests.length, requestsBefore, 'marking the practice paper sends nothing');
    await context.close();
  });

  test(`[${lang}] candidate search: an empty query is an error; "fevre" finds Marc Le Fèvre`, async () => {
    const { context, page, record } = await visit(`${s.prefix}/`);
    await page.getByRole('link', { name: s.footerLink }).click();
    await page.waitForURL(new RegExp(`${s.prefix}/candidates$`));
    assert.equal(await assertFocusOnHeading(page), s.searchTitle);
    await page.getByRole('button', { name: s.searchButton }).click();
    await page.getByRole('heading', { name: s.errorSummary }).waitFor();
    await page.getByRole('link', { name: s.emptyError }).waitFor();
    assert.ok((await page.title()).startsWith(s.errorPrefix), 'the title says there is an error');
    await checkPage(page, record, `${lang} candidate search, error`);

    await page.getByLabel(s.searchLabel).fill('zzqx');
    await page.getByRole('button', { name: s.searchButton }).click();
    await page.getByRole('heading', { name: s.noMatch }).waitFor();

    await page.getByLabel(s.searchLabel).fill('fevre');
    await page.getByRole('button', { name: s.searchButton }).click();
    await page.getByRole('heading', { name: s.oneMatch }).waitFor();
    await page.locator('#app-status').getByText(s.oneMatch).waitFor();
    assert.ok(page.url().endsWith('/candidates'), 'the query is not in the URL');
    await checkPage(page, record, `${lang} candidate search, results`);

    await page.getByRole('link', { name: 'Marc Le Fèvre' }).click();
    await page.waitForURL(/\/candidate\//);
    assert.equal(
      new URL(page.url()).pathname,
      `${s.prefix}/candidate/${encodeURIComponent(ABERDEMO_BY)}/${encodeURIComponent('marc-le-fèvre')}`,
    );
    assert.equal(await assertFocusOnHeading(page), 'Marc Le Fèvre');
    const summary = await page.locator('dl').first().innerText();
    assert.ok(summary.includes(s.notElected), `status: ${summary}`);
    assert.match(summary, new RegExp(`${s.votes}\\s+152`));
    assert.ok(summary.includes('Fictional Green Party'));
    const ballotLink = page.locator('dl').first().locator('a');
    assert.equal(await ballotLink.getAttribute('href'), `${s.prefix}/ballot/${encodeURIComponent(ABERDEMO_BY)}`);
    // A declared result: no rehearsal to offer.
    assert.equal(await page.getByRole('link', { name: s.practiseLink }).count(), 0);
    await checkPage(page, record, `${lang} candidate page, not elected`);

    // Back: the query and its results are still there, from memory.
    await page.goBack();
    await page.getByRole('heading', { name: s.oneMatch }).waitFor();
    assert.equal(await page.getByLabel(s.searchLabel).inputValue(), 'fevre');
    await context.close();
  });

  test(`[${lang}] a standing candidate: not confirmed until the statement, and a link to practise`, async () => {
    const key = encodeURIComponent('siân-pritchard');
    const { context, page, record } = await visit(`${s.prefix}/candidate/${encodeURIComponent(NORTH)}/${key}`);
    assert.equal(await assertFocusOnHeading(page, { freshLoad: true }), 'Siân Pritchard');
    const status = await page.locator('.candidate-status').innerText();
    assert.ok(status.includes(s.standing) && status.includes(s.sopnDate), `status: ${status}`);
    // Their own timetable: nominations, withdrawal, the statement, polling day, each
    // explained, with a countdown to the next deadline and a calendar file.
    await page.getByRole('heading', { name: s.timetable }).waitFor();
    const dates = await page.locator('.key-date-title').allTextContents();
    assert.ok(dates.length >= 4 && dates.includes(s.nominationsClose), `key dates: ${dates}`);
    assert.ok((await page.locator('.key-date-countdown').count()) >= 1, 'a countdown to the next deadline');
    await page.getByRole('heading', { name: s.meanings }).waitFor();
    assert.equal(await page.locator('.candidate-event-meanings dt').count(), dates.length, 'every date is explained');
    assert.match(await page.locator('a.calendar-download').getAttribute('download'), /\.ics$/);
    await checkPage(page, record, `${lang} candidate page, standing`);
    await page.getByRole('link', { name: s.practiseLink }).click();
    await page.waitForURL(/\/paper$/);
    assert.equal(await assertFocusOnHeading(page), s.paperTitle(s.north));
    await context.close();
  });

  test(`[${lang}] an unknown ballot or candidate is a dead end, not a broken page`, async () => {
    for (const path of [
      `${s.prefix}/candidate/${encodeURIComponent(NORTH)}/nobody`,
      `${s.prefix}/ballot/local.nowhere.2027-05-06/paper`,
    ]) {
      const { context, page, record } = await visit(path);
      assert.equal(await assertFocusOnHeading(page, { freshLoad: true }), s.unknown);
      await checkPage(page, record, `${lang} unknown ${path}`);
      await context.close();
    }
  });
}
