// "Use my location" and the offline station map, in Debian Chromium against `pollcard
// serve` with an emulated geolocation: a position inside a demo district finds its
// station; positions outside every district (beyond the council, in AA-H's lake) and
// in the district whose station is not announced say so and offer the postcode
// search; a refused permission does too. The map zooms by keyboard, has its text
// alternative, the external links carry the station's position only and are never
// requested unless followed, nothing leaves 127.0.0.1, the position is in no URL or
// storage, axe finds nothing in English and Welsh, and it all works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveReleaseBuild } from './support/suite.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';

const suite = serveReleaseBuild();
const expected = JSON.parse(readFileSync(path.join(ROOT, 'demo/expected.json'), 'utf8'));
const PLACES = expected.locations;
const stationNames = Object.fromEntries(
  Object.values(expected.postcodes).filter((p) => p.station_name).map((p) => [p.station_id, p.station_name]),
);

const TEXT = {
  en: {
    prefix: '',
    homeLink: 'Or use your location instead of a postcode',
    heading: 'Find your polling station from where you are',
    privacy: 'Your location is used on this device only',
    button: 'Use my location',
    found: 'The polling station for where you are now is:',
    outside: 'outside every polling district',
    notAnnounced: 'has not announced yet',
    denied: 'was not allowed to use your location',
    postcode: 'Search by postcode',
    direction: /The polling station is about [\d.]+ (m|km) [a-z-]+ of you\./,
    zoomIn: 'Zoom in',
    mapApp: 'Open in your map app (opens another app)',
  },
  cy: {
    prefix: '/cy',
    homeLink: 'Neu defnyddiwch eich lleoliad yn lle cod post',
    heading: "Dod o hyd i'ch gorsaf bleidleisio o'r lle rydych chi",
    privacy: 'Dim ond ar y ddyfais hon y defnyddir eich lleoliad',
    button: 'Defnyddio fy lleoliad',
    found: "Yr orsaf bleidleisio ar gyfer y lle rydych chi nawr yw:",
    outside: 'y tu allan i bob dosbarth pleidleisio',
    notAnnounced: "nad yw'r cyngor wedi cyhoeddi",
    denied: 'Ni chafodd Pollcard ganiatâd',
    postcode: 'Chwilio yn ôl cod post',
    direction: /Mae'r orsaf bleidleisio tua [\d.]+ (m|km) i'r [a-z-]+ ohonoch chi\./,
    zoomIn: 'Chwyddo i mewn',
    mapApp: 'Agor yn eich ap mapiau (yn agor ap arall)',
  },
};

/** A page whose browser reports `place` as its position (or refuses, without one). */
async function pageAt(place) {
  const options = { viewport: { width: 1024, height: 800 } };
  if (place) Object.assign(options, { permissions: ['geolocation'], geolocation: { latitude: place.lat, longitude: place.lon } });
  const context = await suite.browser.browser.newContext(options);
  const { page, record } = await openPage(context);
  return { context, page, record };
}

/** The position's digits, as they could appear in a URL or storage. */
function secretsOf(place) {
  return [String(place.lat), String(place.lon)];
}

async function assertPositionNowhere(page, record, place) {
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  for (const secret of secretsOf(place)) {
    assert.ok(!storage.includes(secret), `the position ${secret} is in storage`);
    assert.ok(!page.url().includes(secret), `the position ${secret} is in the URL`);
    for (const url of record.requests) assert.ok(!url.includes(secret), `the position ${secret} was requested: ${url}`);
  }
}

async function useLocation(page, origin, lang) {
  const t = TEXT[lang];
  await page.goto(`${origin}${t.prefix}/`);
  await page.getByRole('link', { name: t.homeLink }).click();
  await page.getByRole('heading', { level: 1, name: t.heading }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(t.privacy), 'the privacy promise comes before the button');
  await page.getByRole('button', { name: t.button }).click();
}

for (const lang of ['en', 'cy']) {
  test(`${lang}: a position in a district finds its station, and the station map zooms by keyboard`, { timeout: 120_000 }, async () => {
    const t = TEXT[lang];
    const place = PLACES.in_district;
    const name = stationNames[place.station_id];
    const { context, page, record } = await pageAt(place);
    try {
      await useLocation(page, suite.server.origin, lang);
      await page.locator('main').getByText(t.found).waitFor();
      const link = page.getByRole('link', { name, exact: true });
      await link.waitFor();
      await assertAccessible(page, `${lang} /location with a station found`);

      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const map = page.locator('svg[role="img"]');
      await map.waitFor();
      assert.ok((await map.getAttribute('aria-label')).length > 10, 'the map has an accessible name');
      assert.equal(await page.locator('.map-district').getAttribute('fill-rule'), 'evenodd');
      assert.equal(await page.locator('circle.map-you').count(), 1, 'the voter is drawn');
      assert.match(await page.locator('.station-map-text').innerText(), t.direction);

      // Zoom in from the keyboard: the drawing changes and focus stays on the button.
      const district = page.locator('.map-district');
      const before = await district.getAttribute('d');
      const zoomIn = page.getByRole('button', { name: t.zoomIn });
      await zoomIn.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((old) => document.querySelector('.map-district')?.getAttribute('d') !== old, before);
      assert.equal(await zoomIn.evaluate((button) => button === document.activeElement), true, 'focus stays on Zoom in');
      const box = await zoomIn.boundingBox();
      assert.ok(box.width >= 24 && box.height >= 24, 'the zoom button is at least 24 by 24 pixels');

      // The directions link gives the station's position only, and is not followed.
      const href = await page.getByRole('link', { name: t.mapApp }).getAttribute('href');
      assert.match(href, /^geo:-?\d+\.\d{5},-?\d+\.\d{5}$/);
      assert.ok(!href.includes(String(place.lat)), 'the link carries the station, not the voter');
      await assertAccessible(page, `${lang} station page with the map`);
      await assertClean(page, record, suite.server.origin);
      await assertPositionNowhere(page, record, place);
    } finally {
      await context.close();
    }
  });
}

test('positions outside every district, and in one with no station yet, say so and offer the postcode search', { timeout: 90_000 }, async () => {
  for (const [place, message] of [
    [PLACES.outside, TEXT.en.outside],
    [PLACES.in_hole, TEXT.en.outside],
    [PLACES.station_not_announced, TEXT.en.notAnnounced],
  ]) {
    const { context, page, record } = await pageAt(place);
    try {
      await useLocation(page, suite.server.origin, 'en');
      await page.locator('main').getByText(message, { exact: false }).waitFor();
      await page.locator('.location-result').getByRole('link', { name: TEXT.en.postcode, exact: true }).waitFor();
      await assertAccessible(page, `/location: ${message}`);
      await assertClean(page, record, suite.server.origin);
    } finally {
      await context.close();
    }
  }
});

test('a position in the exclave of a multipolygon district finds its station', { timeout: 60_000 }, async () => {
  const place = PLACES.in_exclave;
  const { context, page } = await pageAt(place);
  try {
    await useLocation(page, suite.server.origin, 'en');
    await page.locator('main').getByText(TEXT.en.found).waitFor();
    const links = await page.locator('.location-stations a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, [`/station/${place.station_id}`]);
  } finally {
    await context.close();
  }
});

for (const lang of ['en', 'cy']) {
  test(`${lang}: a refused permission gives a clear message and the postcode search`, { timeout: 60_000 }, async () => {
    const t = TEXT[lang];
    const { context, page, record } = await pageAt(null);
    try {
      await useLocation(page, suite.server.origin, lang);
      await page.locator('main').getByText(t.denied, { exact: false }).waitFor();
      await page.locator('.location-result').getByRole('link', { name: t.postcode, exact: true }).waitFor();
      await assertAccessible(page, `${lang} /location, permission refused`);
      await assertClean(page, record, suite.server.origin);
    } finally {
      await context.close();
    }
  });
}

test('after one visit the location search and the map work with the server stopped', { timeout: 120_000 }, async () => {
  const server = await startServer();
  const place = PLACES.in_district;
  const { context, page } = await pageAt(place);
  try {
    await page.goto(`${server.origin}/`);
    await page.locator('h1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await server.stop();
    await useLocation(page, server.origin, 'en');
    const name = stationNames[place.station_id];
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.locator('svg[role="img"] .map-district').waitFor();
  } finally {
    await context.close();
  }
});
