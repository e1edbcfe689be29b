// Choosing a place to hand in a postal vote (`/places`), in Debian Chromium against
// `pollcard serve dist`: reached from a station page, the demo council's stations are
// listed nearest first from that station (the order worked out here from the bundle's
// coordinates, ties in the bundle's order, the station without coordinates last), each
// linking to its station page; ticking accessibility filters keeps only the stations
// the bundle says have them ("unknown" is left out), changes the count and says it in
// the live region. English and Welsh, axe clean, nothing leaves 127.0.0.1, and it works
// with the server stopped after one visit. Also: a position in a demo district whose
// voters are split between two stations (AA-R) lists both on `/location`.
// The demo council has advance voting places and a polling-day hub
// (`data/voting-places.json`): the station page says its voters may also vote there,
// and the page lists first the groups a voter of the station's district may use (not
// the place for another ward), filtered like the stations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveReleaseBuild } from './support/suite.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';

// POLLCARD_TEST_DIST: a copy of a signed release build to test instead of dist/.
const DIST = process.env.POLLCARD_TEST_DIST ?? path.join(ROOT, 'dist');
const suite = serveReleaseBuild(DIST);
const bundle = JSON.parse(readFileSync(path.join(DIST, 'data/bundle.json'), 'utf8'));
const START = 'S1';
const votingPlaces = JSON.parse(readFileSync(path.join(DIST, 'data/voting-places.json'), 'utf8')).places;

const TEXT = {
  en: {
    prefix: '',
    link: 'Hand in your postal vote at a polling station near you',
    confirmedUnknown: 'Not known when the council last confirmed this station.',
    heading: 'Where you can vote, or hand in your postal vote',
    alsoVote: 'You can also vote at an advance voting place or a polling-day hub.',
    groupCount: (shown, total) => `Showing ${shown} of ${total} places`,
    rules: 'any polling station in the council',
    toilet: 'Accessible toilet',
    hearingLoop: 'Hearing loop',
    count: (shown, total) => `Showing ${shown} of ${total} polling stations`,
  },
  cy: {
    prefix: '/cy',
    link: 'Rhoi eich pleidlais bost i mewn mewn gorsaf bleidleisio yn agos atoch chi',
    confirmedUnknown: 'Does dim gwybodaeth am pryd y cadarnhaodd y cyngor yr orsaf hon ddiwethaf.',
    heading: 'Ble gallwch chi bleidleisio, neu roi eich pleidlais bost i mewn',
    alsoVote: 'Gallwch hefyd bleidleisio mewn man pleidleisio ymlaen llaw neu mewn hyb diwrnod y bleidlais.',
    groupCount: (shown, total) => `Yn dangos ${shown} o ${total} lle`,
    rules: 'unrhyw orsaf bleidleisio yn ardal y cyngor',
    toilet: 'Toiled hygyrch',
    hearingLoop: "Dolen sain",
    count: (shown, total) => `Yn dangos ${shown} o ${total} gorsaf bleidleisio`,
  },
};

/** Great-circle metres, as pollcard-core works them out. */
function metres(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h = Math.sin((rad(b.lat) - rad(a.lat)) / 2) ** 2
    + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const yes = (station, key) => station.accessibility?.features?.[key] === 'yes';
const FILTERS = {
  toilet: (s) => yes(s, 'accessible_toilet'),
  hearing_loop: (s) => yes(s, 'hearing_loop'),
};

/** The ids the page must list, nearest first from START, keeping only `keep`. */
function expectedIds(keep = () => true) {
  const from = bundle.stations.find((s) => s.id === START).location;
  const distance = (s) => (s.location ? metres(from, s.location) : Infinity);
  // A stable sort: equal distances keep the bundle's order.
  return bundle.stations.filter(keep).map((s, i) => [s, i])
    .sort(([a, i], [b, j]) => distance(a) - distance(b) || i - j)
    .map(([s]) => s.id);
}

async function listed(page) {
  return page.locator('.places-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

/** The names listed in the group of `kind` (`advance` or `hub`). */
async function group(page, kind) {
  return page.locator(`ol[data-kind="${kind}"] h3`).allInnerTexts();
}

/** The demo's places of `kind` a voter of S1's district may use, by name in `lang`. */
function expectedGroup(kind, lang, keep = () => true) {
  // S1's district is in Llanffug North: the Cwmderwen ward's place is not theirs.
  return votingPlaces.filter((p) => p.kind === kind && !p.wards && keep(p)).map((p) => p.name[lang]);
}

/** Opens the station page and follows its link to the places. `alsoVote`: whether
 * the station page is expected to say the voter may also vote at a voting place. */
async function openPlaces(page, origin, lang, { alsoVote = true } = {}) {
  const t = TEXT[lang];
  await page.goto(`${origin}${t.prefix}/station/${START}`);
  // The demo gives no confirmation date: the page says it is not known, not a date.
  await page.locator('.station-confirmed').getByText(t.confirmedUnknown).waitFor();
  if (alsoVote) await page.locator('.station-also-vote').getByText(t.alsoVote).waitFor();
  await page.getByRole('link', { name: t.link }).click();
  await page.getByRole('heading', { level: 1, name: t.heading }).waitFor();
  // The stations' list (the voting places' groups carry their kind).
  await page.locator('.places-list:not([data-kind])').waitFor();
}

for (const lang of ['en', 'cy']) {
  test(`${lang}: stations nearest first from the station, filtered by what is known`, { timeout: 90_000 }, async () => {
    const t = TEXT[lang];
    const total = bundle.stations.length;
    const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const { page, record } = await openPage(context);
    try {
      await openPlaces(page, suite.server.origin, lang);
      assert.ok((await page.locator('main').innerText()).includes(t.rules), 'the hand-in rules are stated');
      const all = expectedIds();
      assert.equal(all[0], START, 'the station the list starts from comes first');
      assert.equal(all.at(-1), 'S13', 'the station without coordinates comes last');
      assert.deepEqual(await listed(page), all.map((id) => `${t.prefix}/station/${id}`), 'nearest first, each linking to its station');
      assert.equal(await page.locator('.places-count').innerText(), t.count(total, total));
      assert.match(await page.locator('.places-distance').nth(1).innerText(), /[\d.]+ (m|km)/);
      const advance = expectedGroup('advance', lang);
      const hubs = expectedGroup('hub', lang);
      assert.ok(advance.length > 0 && hubs.length > 0, 'the demo has both kinds for S1');
      assert.deepEqual(await group(page, 'advance'), advance, 'only the places for this voter');
      assert.deepEqual(await group(page, 'hub'), hubs);
      assert.equal(await page.locator('ol[data-kind="advance"] .places-days li').count(), votingPlaces.find((p) => p.kind === 'advance' && !p.wards).days.length, 'each opening day');
      await assertAccessible(page, `${lang} /places`);

      // Tick "accessible toilet": only the stations known to have one (not those where
      // it is unknown), and the new count said in the live region.
      await page.getByLabel(t.toilet, { exact: true }).check();
      const toilet = expectedIds(FILTERS.toilet);
      assert.ok(toilet.length > 0 && toilet.length < total, 'the demo has stations either side of the filter');
      await page.locator('#app-status').getByText(t.count(toilet.length, total)).waitFor();
      assert.deepEqual(await listed(page), toilet.map((id) => `${t.prefix}/station/${id}`));
      assert.equal(await page.locator('.places-count').innerText(), t.count(toilet.length, total));

      // And a hearing loop as well: both must be known to be there.
      await page.getByLabel(t.hearingLoop, { exact: true }).check();
      const both = expectedIds((s) => FILTERS.toilet(s) && FILTERS.hearing_loop(s));
      assert.ok(both.length < toilet.length, 'the second filter hides more');
      await page.locator('#app-status').getByText(t.count(both.length, total)).waitFor();
      assert.deepEqual(await listed(page), both.map((id) => `${t.prefix}/station/${id}`));
      // The groups are filtered alike: the hub has no hearing loop.
      const bothKnown = (p) => yes(p, 'accessible_toilet') && yes(p, 'hearing_loop');
      assert.deepEqual(await group(page, 'advance'), expectedGroup('advance', lang, bothKnown));
      assert.deepEqual(await group(page, 'hub'), expectedGroup('hub', lang, bothKnown));
      assert.equal(await page.locator('.places-group-count').last().innerText(), t.groupCount(0, hubs.length));
      await assertAccessible(page, `${lang} /places with two filters`);

      // A place's link opens its station page.
      await page.getByLabel(t.toilet, { exact: true }).uncheck();
      await page.getByLabel(t.hearingLoop, { exact: true }).uncheck();
      await page.locator('#app-status').getByText(t.count(total, total)).waitFor();
      const second = bundle.stations.find((s) => s.id === all[1]);
      await page.locator('.places-list a').nth(1).click();
      await page.getByRole('heading', { level: 1, name: second.name }).waitFor();
      await assertClean(page, record, suite.server.origin);
    } finally {
      await context.close();
    }
  });
}

test('a position in a district with two stations lists both on /location, with the postcode search', { timeout: 60_000 }, async () => {
  const expected = JSON.parse(readFileSync(path.join(ROOT, 'demo/expected.json'), 'utf8'));
  const place = expected.locations.district_two_stations;
  const context = await suite.browser.browser.newContext({
    viewport: { width: 1024, height: 800 },
    permissions: ['geolocation'],
    geolocation: { latitude: place.lat, longitude: place.lon },
  });
  const { page, record } = await openPage(context);
  try {
    await page.goto(`${suite.server.origin}/location`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await page.locator('main').getByText('Where you are now, voters go to different polling stations.', { exact: false }).waitFor();
    const links = await page.locator('.location-stations a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links.sort(), place.station_ids.map((id) => `/station/${id}`).sort());
    await page.locator('.location-result').getByRole('link', { name: 'Search by postcode', exact: true }).waitFor();
    await assertAccessible(page, '/location in a district with two stations');
    await assertClean(page, record, suite.server.origin);
  } finally {
    await context.close();
  }
});

test('after one visit the list of places works with the server stopped', { timeout: 90_000 }, async () => {
  const server = await startServer(DIST);
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  try {
    await page.goto(`${server.origin}/`);
    await page.locator('h1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await server.stop();
    await openPlaces(page, server.origin, 'en');
    assert.equal((await listed(page)).length, bundle.stations.length);
    await page.locator('ol[data-kind="advance"] h3').first().waitFor();
    assert.deepEqual(await group(page, 'hub'), expectedGroup('hub', 'en'), 'the voting places are kept offline too');
    // After the hub closes on polling day (10pm in London), every day listed is over:
    // each place says so instead of listing days gone by.
    await page.clock.setFixedTime(new Date('2027-05-06T21:00:00Z'));
    await openPlaces(page, server.origin, 'en', { alsoVote: false });
    const items = page.locator('ol[data-kind] .places-item');
    await items.first().waitFor();
    assert.ok(await items.count() > 0);
    assert.equal(await page.locator('ol[data-kind] .places-days').count(), 0, 'no past day is listed');
    for (const text of await items.allInnerTexts()) assert.match(text, /Its voting days are over\./);
    // Back on the station page, with the places loaded: no "you can also vote" note.
    await page.goBack();
    await page.locator('.station-confirmed').waitFor();
    assert.equal(await page.locator('.station-also-vote').count(), 0, 'no note for places whose days are over');
  } finally {
    await context.close();
  }
});
