// A national bundle in Debian Chromium against `pollcard serve`: the release app with
// its data replaced by `pollcard build --councils` over three small councils
// (crates/pollcard-cli/tests/fixtures/national), precached and signed like any
// release. A lookup fetches exactly one station-lookup shard and no address list;
// "Download all data for this area" fetches the area's address list; both stay on
// the device, so the area works with the server stopped. "Offline" here means the
// server process is stopped (Playwright's setOffline misses service-worker traffic).
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

const POLLCARD = path.join(ROOT, 'target/release/pollcard');
const KEY = path.join(ROOT, 'demo/keys/demo-publisher.key');
const COUNCILS = path.join(ROOT, 'crates/pollcard-cli/tests/fixtures/national');
const DOWNLOAD = {
  en: { button: 'Download all data for this area', done: 'Done: the information for postcode area AA is on this device.' },
  cy: { button: "Lawrlwytho'r holl ddata ar gyfer yr ardal hon" },
};

let browser;
let site;

/** The release app with a national bundle as its data, precached and signed. */
function nationalSite() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-national-'));
  const dir = path.join(root, 'site');
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  for (const file of ['release.json', 'release.sig', 'publication-log.json']) fs.rmSync(path.join(dir, file), { force: true });
  fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  const bundle = path.join(root, 'bundle');
  execFileSync(POLLCARD, ['build', '--out', bundle, '--councils', COUNCILS], { stdio: 'pipe' });
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
  const lookups = requestsFor(server, 'lookup', mark);
  assert.equal(lookups.length, 1, `one station-lookup shard: ${lookups}`);
  assert.ok(lookups[0].includes('/data/lookup/AA.'), lookups[0]);
  assert.equal(requestsFor(server, 'addresses', mark).length, 0, 'no address list for a lookup');
  assert.ok(!server.accessLog.slice(mark).some((line) => /AA1\s?1AA|AA11AA/i.test(line)), 'the postcode never reaches the server');
  // The footer names the council the lookup found.
  assert.ok((await page.locator('footer').innerText()).includes('North Test Council'));

  // Another postcode in the area, in another council: no new request.
  mark = server.accessLog.length;
  await page.goto(`${server.origin}/`);
  await submitPostcode(page, s, 'AA3 3AA');
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
  assert.equal(requestsFor(server, 'lookup', mark).length, 0);

  await assertAccessible(page, 'station page of a national bundle, with the download offer');
  mark = server.accessLog.length;
  await page.getByRole('button', { name: DOWNLOAD.en.button }).click();
  await page.getByText(DOWNLOAD.en.done).waitFor({ timeout: 30_000 });
  const lists = requestsFor(server, 'addresses', mark);
  assert.equal(lists.length, 1, `the area's address list: ${lists}`);
  const listPath = lists[0].match(/\/data\/addresses\/AA\.[0-9a-f]{16}\.json/)[0];

  await server.stop();
  // With the server gone, the area still works: a split postcode across two councils.
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { name: s.homeHeading }).waitFor();
  await submitPostcode(page, s, 'AA2 2AA');
  await page.getByRole('heading', { name: s.pickerHeading }).waitFor();
  await page.getByLabel('3 Border Road', { exact: true }).check();
  await page.getByRole('button', { name: s.continue }).click();
  await page.getByRole('heading', { level: 1, name: 'South Hall' }).waitFor();
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
