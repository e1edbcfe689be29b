// A national bundle in Debian Chromium against `pollcard serve`: the release app with
// its data replaced by `pollcard build --councils` over three small councils
// (crates/pollcard-cli/tests/fixtures/national), precached and signed like any
// release. A lookup fetches exactly one station-lookup shard and no address list;
// "Download all data for this area" fetches the area's address list; both stay on
// the device, so the area works with the server stopped. The offer is on every page a
// lookup leaves the voter on: the station page, the address picker and home. A
// station page opened by its address (`/station/{council}/{id}`) in a fresh browser
// fetches only its council's stations file, and still works offline afterwards; with
// no lookup in memory it offers the station's own postcode area (none for a station
// without a postcode), after which a lookup there works offline. "Use my location"
// fetches the boundaries of the council whose box (in the index) holds the position,
// then that council's stations, and nothing of the others: a station inside a
// district, "outside every district" inside a council's box, and outside every box
// without fetching any boundaries, in English and Welsh.
// "Offline" here means the server process is stopped (Playwright's setOffline misses
// service-worker traffic).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startServer, stopAllServers } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { assertAccessible } from './support/checks.mjs';
import { STRINGS } from './support/strings.mjs';

// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');
const KEY = path.join(ROOT, 'demo/keys/demo-publisher.key');
const COUNCILS = path.join(ROOT, 'crates/pollcard-cli/tests/fixtures/national');
const DOWNLOAD = {
  en: {
    button: 'Download all data for this area',
    done: 'Done: the information for postcode area AA is on this device.',
    stationBody: 'You can keep all the polling station information for postcode area AA, where this polling station is, on this device',
  },
  cy: {
    button: "Lawrlwytho'r holl ddata ar gyfer yr ardal hon",
    stationBody: "ar gyfer ardal cod post AA, lle mae'r orsaf bleidleisio hon, ar y ddyfais hon",
  },
};
const UNKNOWN_STATION = 'We could not find that polling station';
const SEARCH_AGAIN = 'Search for another postcode';
const SERVICE_PROBLEM = 'Sorry, there is a problem with the service';

let browser;
let site;

/** The release app with a national bundle of `councils` as its data, precached and signed. */
function nationalSite(councils = COUNCILS) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-national-'));
  const dir = path.join(root, 'site');
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  for (const file of ['release.json', 'release.sig', 'publication-log.json']) fs.rmSync(path.join(dir, file), { force: true });
  fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  const bundle = path.join(root, 'bundle');
  execFileSync(POLLCARD, ['build', '--out', bundle, '--councils', councils], { stdio: 'pipe' });
  fs.rmSync(path.join(bundle, 'reports'), { recursive: true });
  fs.cpSync(bundle, path.join(dir, 'data'), { recursive: true });
  execFileSync(POLLCARD, ['precache', dir], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(POLLCARD, ['sign', dir, '--key', KEY, '--bundle-version', '1', '--valid-days', '30',
    '--publisher', 'Demo County Council'], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}

before(async () => {
  site = nationalSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stopAllServers();
});

async function submitPostcode(page, s, postcode) {
  await page.getByLabel(s.postcodeLabel, { exact: true }).fill(postcode);
  await page.getByRole('button', { name: s.submit }).click();
}

/** Requests for files under `folder` the server has answered since `from`. */
function requestsFor(server, folder, from) {
  return server.accessLog.slice(from).filter((line) => line.includes(`/data/${folder}/`));
}

test('a lookup fetches one station-lookup shard; "download all data for this area" keeps the area offline', { timeout: 180_000 }, async () => {
  const server = await startServer(site);
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  const s = STRINGS.en;
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: s.homeHeading }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  // Installing the release kept the index, not the shards.
  assert.equal(requestsFor(server, 'lookup', 0).length, 0, server.accessLog.join('\n'));
  assert.equal(requestsFor(server, 'addresses', 0).length, 0);
  assert.ok(server.accessLog.some((line) => line.includes('/data/bundle.json')));

  let mark = server.accessLog.length;
  await submitPostcode(page, s, 'AA1 1AA');
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();
  // Station ids are unique only within a council: the address names both.
  assert.equal(new URL(page.url()).pathname, '/station/north-test/N1');
  assert.equal(requestsFor(server, 'stations', mark).length, 0, 'the lookup shard held the station');
  const lookups = requestsFor(server, 'lookup', mark);
  assert.equal(lookups.length, 1, `one station-lookup shard: ${lookups}`);
  assert.ok(lookups[0].includes('/data/lookup/AA.'), lookups[0]);
  assert.equal(requestsFor(server, 'addresses', mark).length, 0, 'no address list for a lookup');
  assert.ok(!server.accessLog.slice(mark).some((line) => /AA1\s?1AA|AA11AA/i.test(line)), 'the postcode never reaches the server');
  // The footer names the council the lookup found.
  assert.ok((await page.locator('footer').innerText()).includes('North Test Council'));
  // Back home through the app, the lookup is still in memory: so is the offer.
  await page.getByRole('link', { name: SEARCH_AGAIN }).click();
  await page.getByRole('heading', { name: s.homeHeading }).waitFor();
  await page.getByRole('button', { name: DOWNLOAD.en.button }).waitFor();
  await assertAccessible(page, 'home page after a lookup in a national bundle, with the download offer');

  // Another postcode in the area, in another council: no new request.
  mark = server.accessLog.length;
  await page.goto(`${server.origin}/`);
  await submitPostcode(page, s, 'AA3 3AA');
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  assert.equal(requestsFor(server, 'lookup', mark).length, 0);

  await assertAccessible(page, 'station page of a national bundle, with the download offer');
  mark = server.accessLog.length;
  await page.getByRole('button', { name: DOWNLOAD.en.button }).click();
  await page.locator('.area-download-status').getByText(DOWNLOAD.en.done).waitFor({ timeout: 30_000 });
  const lists = requestsFor(server, 'addresses', mark);
  assert.equal(lists.length, 1, `the area's address list: ${lists}`);
  const councilFiles = requestsFor(server, 'stations', mark).map((line) => line.match(/stations\/([a-z-]+)\./)[1]);
  assert.deepEqual(councilFiles.sort(), ['north-test', 'south-test'], "the area's councils' stations");
  const listPath = lists[0].match(/\/data\/addresses\/AA\.[0-9a-f]{16}\.json/)[0];

  await server.stop();
  // With the server gone, the area still works: a split postcode across two councils.
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: s.homeHeading }).waitFor();
  await submitPostcode(page, s, 'AA2 2AA');
  await page.getByRole('heading', { name: s.pickerHeading }).waitFor();
  // The address picker offers the area's data too.
  await page.getByRole('button', { name: DOWNLOAD.en.button }).waitFor();
  await assertAccessible(page, 'address picker of a national bundle, with the download offer');
  await page.getByLabel('3 Border Road', { exact: true }).check();
  await page.getByRole('button', { name: s.continue }).click();
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  // The split postcode crosses a council boundary: this address votes in South Test.
  assert.equal(new URL(page.url()).pathname, '/station/south-test/S1');
  // The address list came from the device, checked against the release.
  const list = await page.evaluate(async (file) => {
    const response = await fetch(file);
    return response.ok ? (await response.json()).postcodes.AA11AA.length : `HTTP ${response.status}`;
  }, listPath);
  assert.equal(list, 2);

  // Welsh: the same offer, translated.
  await page.goto(`${server.origin}/cy/`);
  await submitPostcode(page, STRINGS.cy, 'AA1 1AA');
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();
  await page.getByRole('button', { name: DOWNLOAD.cy.button }).waitFor();
  await context.close();
});

/** Waits until the service worker's cache holds `file` (a path under the origin). */
async function waitUntilKept(page, file) {
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(async (path) => !!(await caches.match(path)), file))) {
    assert.ok(Date.now() < deadline, `${file} was never kept for offline use`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('a station page opened by its address fetches its council\'s stations only, and works offline after', { timeout: 180_000 }, async () => {
  const server = await startServer(site);
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  await page.goto(`${server.origin}/station/south-test/S1`);
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  assert.ok((await page.locator('footer').innerText()).includes('South Test Council'), 'the council is named');
  // One file, the council's (fetched a second time, through the service worker, if
  // it has taken control meanwhile).
  const councilFiles = requestsFor(server, 'stations', 0);
  const file = councilFiles[0].match(/\/data\/stations\/south-test\.[0-9a-f]{16}\.json/)[0];
  assert.ok(councilFiles.length <= 2 && councilFiles.every((line) => line.includes(file)), councilFiles.join('\n'));
  assert.equal(requestsFor(server, 'lookup', 0).length + requestsFor(server, 'addresses', 0).length, 0, 'nothing but the council');
  // No lookup in memory: the offer is for the station's own area (not clicked here).
  await page.getByText(DOWNLOAD.en.stationBody).waitFor();
  await assertAccessible(page, 'station page of a national bundle opened by its address');

  // Unknown ids, or an unknown council: the unknown-station page, with no request.
  for (const missing of ['/station/south-test/S9', '/station/east-test/S1']) {
    const mark = server.accessLog.length;
    await page.goto(`${server.origin}${missing}`);
    await page.getByRole('heading', { level: 1, name: UNKNOWN_STATION }).waitFor();
    if (missing.includes('east')) assert.equal(requestsFor(server, 'stations', mark).length, 0);
  }

  // The first visit was not yet served by the service worker; once it is, the
  // council's file is fetched again through it and kept.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await waitUntilKept(page, file);
  await server.stop();
  await page.goto(`${server.origin}/station/south-test/S1`);
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  await page.goto(`${server.origin}/cy/station/south-test/S1`);
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  // A council never fetched is not on the device: a clear problem page, not a blank one.
  await page.goto(`${server.origin}/station/north-test/N1`);
  await page.getByRole('heading', { level: 1, name: SERVICE_PROBLEM }).waitFor();
  await context.close();
});

test('a station page opened by its address offers its own postcode area; the area then works offline', { timeout: 180_000 }, async () => {
  const server = await startServer(site);
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  // North Hall's postcode is AA1 9AA: no lookup in memory, so its area is offered.
  await page.goto(`${server.origin}/station/north-test/N1`);
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.getByText(DOWNLOAD.en.stationBody).waitFor();
  await assertAccessible(page, 'station page opened by its address, offering the station\'s area');
  const mark = server.accessLog.length;
  await page.getByRole('button', { name: DOWNLOAD.en.button }).click();
  await page.locator('.area-download-status').getByText(DOWNLOAD.en.done).waitFor({ timeout: 30_000 });
  // The area's lookup shard and address list (the council's stations file was
  // already fetched for the page, and may come from the device).
  const lookups = requestsFor(server, 'lookup', mark);
  const lists = requestsFor(server, 'addresses', mark);
  assert.equal(lookups.length, 1, `the area's station-lookup shard: ${lookups}`);
  assert.ok(lookups[0].includes('/data/lookup/AA.'), lookups[0]);
  assert.equal(lists.length, 1, `the area's address list: ${lists}`);
  assert.ok(lists[0].includes('/data/addresses/AA.'), lists[0]);
  assert.ok(requestsFor(server, 'stations', mark).every((line) => line.includes('/data/stations/north-test.')));
  for (const line of [lookups[0], lists[0]]) await waitUntilKept(page, line.match(/\/data\/[a-z]+\/AA\.[0-9a-f]{16}\.json/)[0]);
  await waitUntilKept(page, requestsFor(server, 'stations', 0)[0].match(/\/data\/stations\/north-test\.[0-9a-f]{16}\.json/)[0]);

  await server.stop();
  // With the server gone, a lookup in the area works, in another council too.
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: STRINGS.en.homeHeading }).waitFor();
  await submitPostcode(page, STRINGS.en, 'AA3 3AA');
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/station/south-test/S1');
  await page.goto(`${server.origin}/`);
  await submitPostcode(page, STRINGS.en, 'AA1 1AA');
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();
  // Welsh, opened by its address again (from the device): the same offer, translated.
  await page.goto(`${server.origin}/cy/station/north-test/N1`);
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();
  await page.getByText(DOWNLOAD.cy.stationBody).waitFor();
  await page.getByRole('button', { name: DOWNLOAD.cy.button }).waitFor();
  await context.close();
});

test('a station without a postcode, opened by its address, has no area to offer', { timeout: 120_000 }, async () => {
  // The fixture councils, with a second west-test station that has no postcode.
  const councils = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-national-councils-'));
  fs.cpSync(COUNCILS, councils, { recursive: true });
  fs.appendFileSync(path.join(councils, 'west-test/stations.csv'), 'W2,West Barn,Farm Track,,55.91,-3.21\n');
  const server = await startServer(nationalSite(councils));
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  await page.goto(`${server.origin}/station/west-test/W1`);
  await page.getByRole('heading', { level: 1, name: 'West Hall' }).waitFor();
  await page.getByText('postcode area BB, where this polling station is').waitFor();
  await page.goto(`${server.origin}/station/west-test/W2`);
  await page.getByRole('heading', { level: 1, name: 'West Barn' }).waitFor();
  assert.equal(await page.getByRole('button', { name: DOWNLOAD.en.button }).count(), 0);
  await context.close();
  await server.stop();
});

test('a single-council bundle shows no download offer', { timeout: 60_000 }, async () => {
  const server = await startServer();
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page } = await openPage(context);
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'demo/expected.json'), 'utf8')).postcodes;
  await page.goto(`${server.origin}/`);
  await submitPostcode(page, STRINGS.en, expected.single_station.postcode);
  await page.waitForURL(/\/station\//);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: DOWNLOAD.en.button }).count(), 0);
  await context.close();
  await server.stop();
});

test('"use my location" fetches only the boundaries of the council whose box holds the position', { timeout: 120_000 }, async () => {
  const server = await startServer(site);
  const inDistrict = { latitude: 52.5, longitude: -1.5 }; // north-test's ND1, where all vote at N1
  const context = await browser.browser.newContext({
    viewport: { width: 1024, height: 800 }, permissions: ['geolocation'], geolocation: inDistrict,
  });
  const { page, record } = await openPage(context);
  const LOCATION = {
    en: { prefix: '', button: 'Use my location', found: 'The polling station for where you are now is:', outside: 'outside every polling district' },
    cy: { prefix: '/cy', button: 'Defnyddio fy lleoliad', found: "Yr orsaf bleidleisio ar gyfer y lle rydych chi nawr yw:", outside: 'y tu allan i bob dosbarth pleidleisio' },
  };
  const locate = async (lang) => {
    await page.goto(`${server.origin}${LOCATION[lang].prefix}/location`);
    await page.getByRole('button', { name: LOCATION[lang].button }).click();
  };

  let mark = server.accessLog.length;
  await locate('en');
  await page.locator('main').getByText(LOCATION.en.found).waitFor();
  const link = page.locator('main').getByRole('link', { name: 'North Hall', exact: true });
  assert.equal(await link.getAttribute('href'), '/station/north-test/N1');
  // The council's boundaries and stations, nothing of the other councils, no shard.
  const fetched = (folder) => requestsFor(server, folder, mark).map((line) => line.match(new RegExp(`/data/${folder}/([a-z-]+)\\.`))[1]);
  assert.deepEqual([...new Set(fetched('districts'))], ['north-test'], server.accessLog.slice(mark).join('\n'));
  assert.deepEqual([...new Set(fetched('stations'))], ['north-test']);
  assert.equal(requestsFor(server, 'lookup', mark).length + requestsFor(server, 'addresses', mark).length, 0);
  await assertAccessible(page, 'en /location in a national bundle with a station found');
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'North Hall' }).waitFor();

  // Inside north-test's box but in none of its districts: outside, said in Welsh too.
  await context.setGeolocation({ latitude: 52.512, longitude: -1.497 });
  await locate('cy');
  await page.locator('main').getByText(LOCATION.cy.outside).waitFor();
  await page.locator('main').getByRole('link', { name: 'Chwilio yn ôl cod post' }).first().waitFor();
  await assertAccessible(page, 'cy /location in a national bundle outside every district');
  // In no council's box: outside, without fetching any boundaries.
  await context.setGeolocation({ latitude: 51.0, longitude: 0.5 });
  mark = server.accessLog.length;
  await locate('en');
  await page.locator('main').getByText(LOCATION.en.outside).waitFor();
  assert.equal(requestsFor(server, 'districts', mark).length, 0, 'no council is near');
  await assertAccessible(page, 'en /location in a national bundle outside every council');
  // Welsh, found.
  await context.setGeolocation(inDistrict);
  await locate('cy');
  await page.locator('main').getByText(LOCATION.cy.found).waitFor();
  await page.locator('main').getByRole('link', { name: 'North Hall', exact: true }).waitFor();
  await assertAccessible(page, 'cy /location in a national bundle with a station found');
  // The position never left the device.
  for (const url of record.requests) {
    assert.ok(!/52\.5|51\.0|1\.497/.test(url.replace(/\.[0-9a-f]{16}\.json/, '')), `the position was sent: ${url}`);
  }
  await context.close();
  await server.stop();
});
