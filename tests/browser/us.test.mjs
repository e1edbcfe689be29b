// A US bundle in Debian Chromium against `pollcard serve`: the release app with its
// data replaced by `pollcard build` over the fictional VIP 6.0 feed and precinct
// boundaries in demo/us/ (Cedar County: a polling place per precinct, early voting
// and a drop box; Birch County: vote centres, a drop box, a mail-only precinct),
// precached and signed like any release. With an emulated geolocation, "use my
// location" finds the precinct and where it votes (hours with their UTC offset,
// directions, accessibility not known, the election office with its links marked as
// leaving Pollcard); a vote-centre precinct lists every vote centre; a mail-only one
// says so; outside every precinct and a refused permission say so. "Choose a place"
// lists the places by kind, nearest first, and the boxes change the list (said in the
// live region). axe finds nothing in English and Welsh, nothing leaves 127.0.0.1, the
// position is in no URL, request or storage, and it all works with the server stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startServer } from './support/server.mjs';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';

// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');
const KEY = path.join(ROOT, 'demo/keys/demo-publisher.key');

/** The release app with the US demo bundle as its data, precached and signed. */
function usSite() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-us-'));
  const dir = path.join(root, 'site');
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  for (const file of ['release.json', 'release.sig', 'publication-log.json']) fs.rmSync(path.join(dir, file), { force: true });
  fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  const bundle = path.join(root, 'bundle');
  execFileSync(POLLCARD, ['build', '--out', bundle, 'demo/us/feed.xml', 'demo/us/precincts.geojson'], { cwd: ROOT, stdio: 'pipe' });
  for (const file of ['report.json', 'report.html']) fs.rmSync(path.join(bundle, file), { force: true });
  fs.cpSync(bundle, path.join(dir, 'data'), { recursive: true });
  execFileSync(POLLCARD, ['precache', dir], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(POLLCARD, ['sign', dir, '--key', KEY, '--bundle-version', '1', '--valid-days', '30',
    '--publisher', 'Example State Board of Elections'], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}

const site = usSite();
const suite = serveReleaseBuild(site);

// Inside each precinct of demo/us/precincts.geojson (0.02° squares from 100.10° W).
const AT = {
  cedar: { latitude: 40.004, longitude: -100.096 },
  birch: { latitude: 40.01, longitude: -100.055 },
  mail: { latitude: 40.01, longitude: -100.025 },
  outside: { latitude: 41.5, longitude: -100.5 },
};

const TEXT = {
  en: {
    prefix: '',
    heading: 'Find where to vote from where you are',
    privacy: 'Your location is used on this device only',
    button: 'Use my location',
    cedar: 'Where you are now is in precinct Cedar 1, Cedar County.',
    placesLink: 'Choose a vote centre, early voting site or drop box near you',
    placesHeading: 'Choose where to vote or leave your ballot',
  },
  cy: {
    prefix: '/cy',
    heading: "Dod o hyd i ble i bleidleisio o'r man lle rydych chi",
    privacy: 'Dim ond ar y ddyfais hon y defnyddir eich lleoliad',
    button: 'Defnyddio fy lleoliad',
    cedar: "Mae'r man lle rydych chi nawr yn ardal bleidleisio (precinct) Cedar 1, Cedar County.",
    placesLink: 'Dewis canolfan bleidleisio, safle pleidleisio cynnar neu flwch gollwng yn agos atoch chi',
    placesHeading: 'Dewis ble i bleidleisio neu adael eich papur pleidleisio',
  },
};

/** A context whose browser reports `at` as its position (or refuses, without one). */
async function contextAt(at) {
  const options = { viewport: { width: 1024, height: 800 } };
  if (at) Object.assign(options, { permissions: ['geolocation'], geolocation: at });
  const context = await suite.browser.browser.newContext(options);
  return { context, ...(await openPage(context)) };
}

/** Opens /location in `lang`, checks the promise comes before the button, presses it. */
async function useLocation(page, origin, lang) {
  const t = TEXT[lang];
  await page.goto(`${origin}${t.prefix}/location`);
  await page.getByRole('heading', { level: 1, name: t.heading }).waitFor();
  const main = await page.locator('main').innerText();
  assert.ok(main.indexOf(t.privacy) >= 0 && main.indexOf(t.privacy) < main.indexOf(t.button), 'the privacy promise comes first');
  await page.getByRole('button', { name: t.button }).click();
}

const result = (page) => page.locator('.location-result');

test('a precinct with its own polling place, then choosing a place with the filters', { timeout: 120_000 }, async () => {
  const { context, page, record } = await contextAt(AT.cedar);
  const origin = suite.server.origin;
  try {
    await useLocation(page, origin, 'en');
    await result(page).getByText(TEXT.en.cedar).waitFor();
    await page.locator('#app-status').getByText(TEXT.en.cedar).waitFor();
    const text = await result(page).innerText();
    assert.match(text, /On election day, you vote at your polling place:/);
    assert.match(text, /Cedar Community Hall\n+10 Cedar Hall Road, Cedarville, EX 00010/);
    assert.match(text, /About [\d.]+ (m|km) north-east/);
    assert.match(text, /Tuesday 3 November 2026, 6am to 7pm \(UTC\u22126\)/, 'hours with their UTC offset');
    assert.match(text, /Directions: Use the north entrance, by the car park/);
    assert.match(text, /Accessibility: not known\./);
    assert.doesNotMatch(text, /Accessibility: (Yes|No)/);
    assert.doesNotMatch(text, /Elementary School|Vote Centre/, 'only this precinct\'s polling place');
    // The county's office, its phone and email, and its links marked as leaving Pollcard.
    assert.match(text, /Your election office\n+Cedar County Elections Office/);
    assert.equal(await result(page).getByRole('link', { name: '555-0123' }).getAttribute('href'), 'tel:5550123');
    const absentee = result(page).getByRole('link', { name: 'Vote by mail (absentee voting) (opens another website, leaving Pollcard)' });
    assert.equal(await absentee.getAttribute('href'), 'https://cedar.example/vote-by-mail');
    assert.match(await absentee.getAttribute('rel'), /external/);
    await assertAccessible(page, 'en /location, a precinct found');

    await result(page).getByRole('link', { name: TEXT.en.placesLink }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.placesHeading }).waitFor();
    const groups = async () => page.locator('main h2').allInnerTexts();
    assert.deepEqual(await groups(), ['Your polling place', 'Early voting sites', 'Ballot drop boxes', 'Your election office']);
    const list = await page.locator('main').innerText();
    assert.match(list, /Showing 3 of 3 places/);
    assert.match(list, /Monday 19 October 2026 to Friday 30 October 2026, 8:30am to 5pm \(UTC\u22125\), or by appointment/);
    assert.match(list, /Cedar Library drop box\n+40 Library Way, Cedarville, EX 00010\n+About [\d.]+ km north/);
    assert.match(list, /Opening hours not known/);
    await assertAccessible(page, 'en /places in a US bundle');

    await page.getByLabel('Ballot drop boxes').check();
    await page.locator('#app-status').getByText('Showing 1 of 3 places').waitFor();
    assert.deepEqual(await groups(), ['Ballot drop boxes', 'Your election office']);
    await page.getByLabel('Early voting sites').check();
    await page.locator('#app-status').getByText('Showing 2 of 3 places').waitFor();
    assert.deepEqual(await groups(), ['Early voting sites', 'Ballot drop boxes', 'Your election office']);
    await page.getByLabel('Ballot drop boxes').uncheck();
    await page.getByLabel('Early voting sites').uncheck();
    await page.locator('#app-status').getByText('Showing 3 of 3 places').waitFor();
    await assertAccessible(page, 'en /places with the boxes used');

    // Welsh: the same two pages.
    await useLocation(page, origin, 'cy');
    await result(page).getByText(TEXT.cy.cedar).waitFor();
    assert.match(await result(page).innerText(), /\(UTC\u22126\)/);
    await assertAccessible(page, 'cy /location, a precinct found');
    await result(page).getByRole('link', { name: TEXT.cy.placesLink }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.cy.placesHeading }).waitFor();
    await page.locator('main').getByText('Yn dangos 3 o 3 o leoedd').waitFor();
    await assertAccessible(page, 'cy /places in a US bundle');

    await assertClean(page, record, origin, [String(AT.cedar.latitude), String(AT.cedar.longitude)]);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.ok(!storage.includes('40.004') && !storage.includes('100.096'), 'the position is not stored');
  } finally {
    await context.close();
  }
});

test('a vote-centre precinct, a mail-only precinct, outside every precinct, and a refusal', { timeout: 120_000 }, async () => {
  const { context, page, record } = await contextAt(AT.birch);
  const origin = suite.server.origin;
  try {
    await useLocation(page, origin, 'en');
    await result(page).getByText('Where you are now is in precinct Birch 1, Birch County.').waitFor();
    let text = await result(page).innerText();
    assert.match(text, /on election day you can vote at any vote centre in Birch County:/);
    const listed = await result(page).locator('.places-item h3').allInnerTexts();
    assert.deepEqual(listed.sort(), ['Birch North Vote Centre', 'Birch South Vote Centre'], 'every vote centre, not the drop box');
    // No office of its own: the state's.
    assert.match(text, /Example State Board of Elections/);
    assert.equal(await result(page).getByRole('link', { name: 'Register to vote (opens another website, leaving Pollcard)' })
      .getAttribute('href'), 'https://elections.example/register');
    await assertAccessible(page, 'en /location, a vote-centre precinct');

    await context.setGeolocation(AT.mail);
    await page.getByRole('button', { name: TEXT.en.button }).click();
    await result(page).getByText('Where you are now is in precinct Birch Ranch, Birch County.').waitFor();
    text = await result(page).innerText();
    assert.match(text, /Everyone in this precinct votes by mail, so there is no polling place\./);
    assert.equal(await result(page).locator('.places-item').count(), 0, 'no polling place listed');
    await assertAccessible(page, 'en /location, a mail-only precinct');
    await result(page).getByRole('link', { name: TEXT.en.placesLink }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.placesHeading }).waitFor();
    assert.deepEqual(await page.locator('main h2').allInnerTexts(), ['Ballot drop boxes', 'Your election office']);
    assert.deepEqual(await page.locator('.places-item h3').allInnerTexts(), ['Birch Town Hall drop box']);

    await context.setGeolocation(AT.outside);
    await useLocation(page, origin, 'en');
    await result(page).getByText('Your location is outside every precinct Pollcard has.', { exact: false }).waitFor();
    await assertAccessible(page, 'en /location, outside every precinct');
    await assertClean(page, record, origin, ['41.5', '100.5']);
  } finally {
    await context.close();
  }

  const refused = await contextAt(null);
  try {
    // A US release's start page is the location search: no postcode question, and no
    // back link on the first page.
    for (const lang of ['en', 'cy']) {
      await refused.page.goto(`${origin}${TEXT[lang].prefix}/`);
      await refused.page.getByRole('heading', { level: 1, name: TEXT[lang].heading }).waitFor();
      assert.equal(await refused.page.locator('main input[type=text], main .back-link').count(), 0, `${lang}: no postcode field or back link on the start page`);
      await refused.page.getByRole('button', { name: TEXT[lang].button }).waitFor();
    }
    await assertAccessible(refused.page, 'cy start page of a US release');
    await useLocation(refused.page, origin, 'cy');
    await result(refused.page).getByText('Ni chafodd Pollcard ganiatâd i ddefnyddio eich lleoliad.', { exact: false }).waitFor();
    await assertAccessible(refused.page, 'cy /location, permission refused');
    // Choosing a place without a position asks for one.
    await refused.page.goto(`${origin}/cy/places`);
    await refused.page.getByRole('heading', { level: 1, name: TEXT.cy.placesHeading }).waitFor();
    await refused.page.locator('main').getByRole('link', { name: TEXT.cy.button }).waitFor();
    await assertAccessible(refused.page, 'cy /places with no position');
  } finally {
    await refused.context.close();
  }
});

test('after one visit, the US location search and the places work with the server stopped', { timeout: 120_000 }, async () => {
  const server = await startServer(site);
  const { context, page } = await contextAt(AT.cedar);
  try {
    await page.goto(`${server.origin}/location`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await server.stop();
    await useLocation(page, server.origin, 'en');
    await result(page).getByText(TEXT.en.cedar).waitFor();
    await result(page).getByRole('link', { name: TEXT.en.placesLink }).click();
    await page.locator('main').getByText('Showing 3 of 3 places').waitFor();
  } finally {
    await context.close();
  }
});
