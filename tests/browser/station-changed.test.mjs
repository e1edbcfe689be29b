// "Your polling station has changed since the last election": a bundle built with
// `pollcard build --previous` from two versions of the demo data (demo/, then
// crates/pollcard-cli/tests/fixtures/diff/, where postcode AA1 1AA's addresses move
// from station S1 to S2), published and signed the way a council publishes a data
// update, and looked up in English and Welsh. The notice shows for the moved
// postcode only, never for another postcode voting at the same station, and not
// after a reload (the page no longer knows whose station it is).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startServer, stopAllServers } from './support/server.mjs';
import { launchBrowser, openPage } from './support/browser.mjs';
import { assertAccessible, assertClean, assertFocusOnHeading } from './support/checks.mjs';
import { demoPostcodes } from './support/demo.mjs';
import { STRINGS } from './support/strings.mjs';

// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');
const KEY = path.join(ROOT, 'demo/keys/demo-publisher.key');
const DEMO = ['council.toml', 'stations.csv', 'addresses.csv', 'dc-survey.csv'].map((f) => path.join(ROOT, 'demo', f));
const NEXT_ELECTION = DEMO.map((file) =>
  file.endsWith('addresses.csv') ? path.join(ROOT, 'crates/pollcard-cli/tests/fixtures/diff/addresses.csv') : file,
);

const NOTICE = {
  en: 'Your polling station has changed since the last election.',
  cy: 'Mae eich gorsaf bleidleisio wedi newid ers yr etholiad diwethaf.',
};

const demo = demoPostcodes();
const MOVED = demo.single_station.postcode; // AA1 1AA: S1 before, S2 now
const SAME_STATION = demo.level_access_no_hearing_loop.postcode; // AA1 3HL: S2 before and now

let server;
let browser;
let workspace;

/** Builds both versions, publishes the second into a copy of dist/ and signs it. */
function publishNextElection() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-station-changed-'));
  const run = (args) => execFileSync(POLLCARD, args, { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  run(['build', '--out', path.join(root, 'last-election'), ...DEMO]);
  run(['build', '--out', path.join(root, 'bundle'), '--previous', path.join(root, 'last-election'), ...NEXT_ELECTION]);

  const site = path.join(root, 'site');
  fs.cpSync(path.join(ROOT, 'dist'), site, { recursive: true });
  for (const file of ['release.json', 'release.sig', 'publication-log.json']) fs.rmSync(path.join(site, file), { force: true });
  fs.rmSync(path.join(site, 'data'), { recursive: true, force: true });
  fs.cpSync(path.join(root, 'bundle'), path.join(site, 'data'), { recursive: true });
  for (const report of ['report.json', 'report.html']) fs.rmSync(path.join(site, 'data', report));
  const shard = JSON.parse(fs.readFileSync(path.join(site, 'data/postcodes/AA.json'), 'utf8'));
  assert.equal(shard.station_changed.AA11AA.length, 18, 'the build recorded the moved addresses');

  run(['precache', site]);
  run(['sign', site, '--key', KEY, '--bundle-version', '2', '--valid-days', '30', '--publisher', 'Demo County Council']);
  return { root, site };
}

before(async () => {
  workspace = publishNextElection();
  server = await startServer(workspace.site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await stopAllServers();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

async function lookUp(s, postcode) {
  const context = await browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, record } = await openPage(context);
  await page.goto(`${server.origin}${s.prefix}/`);
  await assertFocusOnHeading(page, { freshLoad: true });
  await page.getByLabel(s.postcodeLabel, { exact: true }).fill(postcode);
  await page.getByRole('button', { name: s.submit }).click();
  await page.waitForURL(/\/station\//);
  await assertFocusOnHeading(page);
  return { context, page, record };
}

for (const lang of ['en', 'cy']) {
  const s = STRINGS[lang];

  test(`[${lang}] a voter whose station changed is told so on the station page`, async () => {
    const { context, page, record } = await lookUp(s, MOVED);
    assert.match(page.url(), /\/station\/S2$/);
    const notice = page.getByText(NOTICE[lang]);
    await notice.waitFor();
    // Between the station's address and the opening hours, where it is read first.
    const order = await page.evaluate(() => {
      const nodes = [...document.querySelectorAll('main h1, main h2, main .station-changed-notice')];
      return nodes.map((node) => (node.classList.contains('station-changed-notice') ? 'notice' : node.tagName));
    });
    assert.deepEqual(order.slice(0, 3), ['H1', 'notice', 'H2']);
    await assertAccessible(page, `${lang} station page with the changed-station notice`);
    await assertClean(page, record, server.origin, [MOVED]);

    // After a reload the lookup is gone: the page cannot know whose station it is.
    await page.reload();
    await page.locator('h1').waitFor();
    assert.equal(await page.getByText(NOTICE[lang]).count(), 0);
    await context.close();
  });

  test(`[${lang}] another postcode voting at the same, unchanged station sees no notice`, async () => {
    const { context, page, record } = await lookUp(s, SAME_STATION);
    assert.match(page.url(), /\/station\/S2$/);
    await page.getByRole('heading', { name: s.accessibility, exact: true }).waitFor();
    assert.equal(await page.getByText(NOTICE[lang]).count(), 0);
    await assertClean(page, record, server.origin, [SAME_STATION]);
    await context.close();
  });
}
