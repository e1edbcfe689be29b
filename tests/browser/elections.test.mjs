// The voter's election pages end to end, in English and Welsh, against the release
// build: a lookup, the station page, "your elections", a ballot with its candidates in
// ballot-paper order, key dates with working-day countdowns, the .ics download, a
// cancelled poll and its replacement, results, and every election without a lookup.
// The device clock is fixed (Playwright's clock) so countdowns are deterministic.
// Expectations come from the demo bundle's own elections.json, not from the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean, assertFocusOnHeading } from './support/checks.mjs';
import { demoPostcodes } from './support/demo.mjs';
import { ROOT } from './support/server.mjs';
import { STRINGS } from './support/strings.mjs';

const suite = serveReleaseBuild();
const demo = demoPostcodes();
const ELECTIONS = JSON.parse(readFileSync(path.join(ROOT, 'build/data/elections.json'), 'utf8'));

/** 10am on Wednesday 14 April 2027 in London (BST): three weeks before the May 2027 poll. */
const APRIL_14 = '2027-04-14T09:00:00Z';

const TEXT = {
  en: {
    electionsLink: 'Elections and candidates where you live',
    yours: 'Your elections',
    all: 'Elections',
    results: 'Results',
    cancelled: 'This poll was cancelled.',
    newPoll: 'The new poll is on Thursday 23 April 2026',
    provisional: 'These candidates are not confirmed until the council publishes the official list on Friday 9 April 2027.',
    caption: (ballot) => `Candidates for ${ballot}, in the order they will appear on the ballot paper`,
    resultsCaption: 'Votes for each candidate, most first',
    turnout: 'Turnout',
    rejected: 'Rejected ballot papers',
    unopposed: 'was elected unopposed',
    noPhotoId: 'You do not need photo ID to vote in this election.',
    photoId: 'You need to show photo ID to vote at a polling station in this election.',
    queue: 'In the queue at 10pm? You can still vote.',
    keyDates: 'Key dates',
    postal: 'Apply for a postal vote',
    postalBy: 'By 5pm on Tuesday 20 April 2027',
    postalLeft: '5 working days left to apply for a postal vote',
    registerLeft: '4 working days left to register to vote',
    postalToday: 'Today is the last day to apply for a postal vote.',
    postalPassed: 'The deadline to apply for a postal vote has passed.',
    proxyStill: 'You can still apply for a proxy vote until 5pm on Tuesday 27 April 2027.',
    calendar: 'Add these dates to your calendar (.ics)',
    rehearse: 'See the ballot paper and practise filling it in',
  },
  cy: {
    electionsLink: "Etholiadau ac ymgeiswyr lle rydych chi'n byw",
    yours: 'Eich etholiadau',
    all: 'Etholiadau',
    results: 'Canlyniadau',
    cancelled: 'Cafodd y bleidlais hon ei chanslo.',
    newPoll: "Mae'r bleidlais newydd ddydd Iau 23 Ebrill 2026",
    provisional: "Nid yw'r ymgeiswyr hyn wedi'u cadarnhau nes i'r cyngor gyhoeddi'r rhestr swyddogol ddydd Gwener 9 Ebrill 2027.",
    caption: (ballot) => `Ymgeiswyr ${ballot}, yn y drefn y byddant ar y papur pleidleisio`,
    resultsCaption: 'Pleidleisiau pob ymgeisydd, y mwyaf yn gyntaf',
    turnout: 'Nifer a bleidleisiodd',
    rejected: 'Papurau pleidleisio a wrthodwyd',
    unopposed: 'yn ddiwrthwynebiad',
    noPhotoId: 'Does dim angen ID â llun arnoch i bleidleisio yn yr etholiad hwn.',
    photoId: 'Mae angen i chi ddangos ID â llun i bleidleisio mewn gorsaf bleidleisio yn yr etholiad hwn.',
    queue: 'Yn y ciw am 10yh? Gallwch bleidleisio o hyd.',
    keyDates: 'Dyddiadau allweddol',
    postal: 'Gwneud cais am bleidlais bost',
    postalBy: 'Erbyn 5yh ddydd Mawrth 20 Ebrill 2027',
    postalLeft: '5 diwrnod gwaith ar ôl i wneud cais am bleidlais bost',
    registerLeft: '4 diwrnod gwaith ar ôl i gofrestru i bleidleisio',
    postalToday: "Heddiw yw'r diwrnod olaf i wneud cais am bleidlais bost.",
    postalPassed: "Mae'r dyddiad cau i wneud cais am bleidlais bost wedi mynd heibio.",
    proxyStill: 'Gallwch wneud cais am bleidlais drwy ddirprwy o hyd tan 5yh ddydd Mawrth 27 Ebrill 2027.',
    calendar: "Ychwanegu'r dyddiadau hyn at eich calendr (.ics)",
    rehearse: 'Gweld y papur pleidleisio ac ymarfer ei lenwi',
  },
};

const ballot = (id) => ELECTIONS.ballots.find((b) => b.id === id);

/** Ballot-paper order for a ballot without statement positions: surname, then forenames, ignoring case and accents. */
function paperOrder(b) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const surname = (c) => c.surname ?? c.name.split(' ').pop();
  const forenames = (c) => c.name.slice(0, c.name.length - surname(c).length).trim();
  return b.candidates
    .filter((c) => !['withdrawn', 'invalid'].includes(c.status))
    .sort((a, z) => fold(surname(a)).localeCompare(fold(surname(z))) || fold(forenames(a)).localeCompare(fold(forenames(z))))
    .map((c) => c.name);
}

/** A fresh page in a fresh context, its clock fixed at `time`, at `path`. */
async function visit(pathname, time = APRIL_14) {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 }, acceptDownloads: true });
  const { page, record } = await openPage(context);
  await page.clock.setFixedTime(new Date(time));
  await page.goto(suite.server.origin + pathname);
  await page.locator('h1').waitFor();
  return { context, page, record };
}

async function checkPage(page, record, label, secrets = []) {
  await assertAccessible(page, label);
  await assertClean(page, record, suite.server.origin, secrets);
}

/** The rows of the table captioned `caption`, each as its cells' text. */
async function tableRows(page, caption) {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent.trim())),
  );
}

for (const lang of ['en', 'cy']) {
  const s = STRINGS[lang];
  const t = TEXT[lang];

  test(`[${lang}] lookup → station → your elections → ballot: candidates in order, key dates, photo ID, .ics`, async () => {
    const postcode = demo.single_station.postcode;
    const { context, page, record } = await visit(`${s.prefix}/`);
    await page.getByLabel(s.postcodeLabel, { exact: true }).fill(postcode);
    await page.getByRole('button', { name: s.submit }).click();
    await page.waitForURL(/\/station\//);
    await page.getByRole('link', { name: t.electionsLink }).click();
    await page.waitForURL(new RegExp(`${s.prefix}/elections$`));
    assert.equal(await assertFocusOnHeading(page), t.yours);
    await page.getByText(postcode).first().waitFor();

    // AA1 1AA (district AA-A) votes in Llanffug North in 2027 and the 2028 PCC ballot, no more.
    const mine = ELECTIONS.districts['AA-A'];
    const links = await page.locator('main a[href*="/ballot/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.map((href) => decodeURIComponent(href.split('/ballot/')[1])), mine);
    // Key dates with countdowns for May 2027, in Wales's working days (14 April 2027).
    await page.getByRole('heading', { name: t.keyDates }).first().waitFor();
    await page.getByText(t.postalBy, { exact: true }).first().waitFor();
    await page.getByText(t.postalLeft, { exact: true }).first().waitFor();
    await page.getByText(t.registerLeft, { exact: true }).first().waitFor();
    await checkPage(page, record, `${lang} your elections`, [postcode]);

    // The .ics download: made on the device, with a fixed Europe/London time zone.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: t.calendar }).first().click(),
    ]);
    assert.match(download.suggestedFilename(), /\.ics$/);
    const ics = readFileSync(await download.path(), 'utf8');
    assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/);
    assert.match(ics, /DTSTART;TZID=Europe\/London:20270420T170000/, 'the postal vote deadline, 5pm on 20 April 2027');
    assert.match(ics, /UID:local\.demo-county\.2027-05-06\/postal_application@pollcard/);

    // The Llanffug North ballot.
    const north = ballot('local.demo-county.llanffug-north.2027-05-06');
    const name = north.name[lang] ?? north.name.en;
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(/\/ballot\//);
    assert.equal(await assertFocusOnHeading(page), name);
    const rows = await tableRows(page, t.caption(name));
    assert.deepEqual(rows.map((cells) => cells[1]), paperOrder(north), 'candidates in ballot-paper order');
    assert.deepEqual(rows.map((cells) => cells[0]), paperOrder(north).map((_, i) => String(i + 1)));
    const headers = await page.locator('table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('scope')));
    assert.ok(headers.every((scope) => scope === 'col'));
    await page.getByText(t.provisional).waitFor();
    await page.getByText(t.noPhotoId).waitFor();
    await page.getByText(t.queue).waitFor();
    await page.getByText(t.postalLeft, { exact: true }).waitFor();
    const paper = page.getByRole('link', { name: t.rehearse });
    assert.match(await paper.getAttribute('href'), new RegExp(`${s.prefix}/ballot/${north.id.replaceAll('.', '\\.')}/paper$`));
    await checkPage(page, record, `${lang} ballot before the statement`, [postcode]);

    // The PCC ballot needs photo ID: the accepted list is shown.
    await page.goBack();
    await page.getByRole('heading', { name: t.yours }).waitFor();
    const pcc = ballot('pcc.demo-police.2028-05-04');
    await page.getByRole('link', { name: pcc.name[lang] ?? pcc.name.en, exact: true }).click();
    await page.getByText(t.photoId).waitFor();
    for (const id of ELECTIONS.photo_id.slice(0, 3)) await page.getByText(id[lang] ?? id.en, { exact: true }).waitFor();
    await checkPage(page, record, `${lang} ballot with photo ID`, [postcode]);
    await context.close();
  });

  test(`[${lang}] without a lookup: every election, a cancelled poll, its re-run's results, an uncontested poll`, async () => {
    const { context, page, record } = await visit(`${s.prefix}/elections`);
    assert.equal(await assertFocusOnHeading(page, { freshLoad: true }), t.all);
    const upcoming = ELECTIONS.ballots.filter((b) => b.id.slice(-10) >= '2027-04-14');
    const past = ELECTIONS.ballots.filter((b) => b.id.slice(-10) < '2027-04-14');
    const hrefs = await page.locator('main a[href*="/ballot/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(hrefs.length, upcoming.length + past.length, 'every ballot is listed once');
    await page.getByRole('heading', { name: t.results, exact: true }).waitFor();
    await checkPage(page, record, `${lang} every election`);

    // The cancelled Cwmderwen by-election and its replacement.
    await page.locator(`a[href$="/ballot/local.demo-county.cwmderwen.by.2026-03-12"]`).click();
    await page.getByText(t.cancelled).waitFor();
    const cancelled = ballot('local.demo-county.cwmderwen.by.2026-03-12');
    await page.getByText(cancelled.cancelled.reason[lang]).waitFor();
    await checkPage(page, record, `${lang} cancelled ballot`);
    await page.getByRole('link', { name: t.newPoll }).click();
    await page.waitForURL(/cwmderwen\.by\.2026-04-23$/);
    const rerun = ballot('local.demo-county.cwmderwen.by.2026-04-23');
    const results = await tableRows(page, t.resultsCaption);
    const byVotes = [...rerun.candidates].sort((a, z) => z.votes - a.votes);
    assert.deepEqual(results.map((cells) => [cells[0], cells[2]]), byVotes.map((c) => [c.name, String(c.votes)]));
    await page.getByText(`${rerun.results.turnout_percent.toFixed(1)}%`).waitFor();
    const rejected = page.locator('.summary-row', { hasText: t.rejected });
    assert.equal((await rejected.locator('dd').innerText()).trim(), String(rerun.results.rejected_ballots));
    await checkPage(page, record, `${lang} results`);

    // Tregarreg's by-election: one candidate, elected unopposed.
    await page.goto(`${suite.server.origin}${s.prefix}/ballot/local.demo-county.tregarreg.by.2026-03-12`);
    await page.getByText(t.unopposed).first().waitFor();
    await checkPage(page, record, `${lang} uncontested ballot`);
    await context.close();
  });

  test(`[${lang}] countdowns: the last day, and a passed deadline with what is still possible`, async () => {
    const north = `${s.prefix}/ballot/local.demo-county.llanffug-north.2027-05-06`;
    let { context, page } = await visit(north, '2027-04-20T11:00:00Z');
    await page.getByText(t.postalToday, { exact: true }).waitFor();
    await context.close();
    ({ context, page } = await visit(north, '2027-04-21T11:00:00Z'));
    await page.getByText(t.postalPassed, { exact: true }).waitFor();
    await page.getByText(t.proxyStill, { exact: true }).waitFor();
    await context.close();
  });
}
