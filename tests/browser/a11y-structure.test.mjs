// What a screen reader hears, kept under review: the accessibility tree of each main
// page in English and Welsh (Playwright's `ariaSnapshot()`) against the copies in
// tests/browser/aria-snapshots/, so any change to it shows up as a diff in review.
// `POLLCARD_UPDATE_SNAPSHOTS=1` rewrites the copies. The home page is taken whole
// (skip link, header, live region, main, footer); every other page's `<main>` only,
// since the frame around it is the same. The clock is fixed and the release's date,
// the server's port and the calendar file's blob address are replaced by placeholders,
// so the copies change only when what is said changes.
//
// The same pages, opened with `reducedMotion: 'reduce'`, must have no transition or
// animation lasting any time. Then route changes: following links inside the app,
// `<title>` names each new page and focus moves to its `h1`; the one live region
// (`#app-status`) says each status message exactly once, and no page has a live
// region of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertClean } from './support/checks.mjs';
import { BALLOT, FIXED_TIME, MAIN_PAGES, movingElements, openMainPage, pageChange, settle } from './support/a11y.mjs';

// POLLCARD_TEST_DIST=FOLDER checks a copy of a release build instead of dist/.
const suite = serveReleaseBuild(process.env.POLLCARD_TEST_DIST || undefined);
const SNAPSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'aria-snapshots');
const UPDATE = process.env.POLLCARD_UPDATE_SNAPSHOTS === '1';

/** The tree with what changes between runs (not what is said) replaced by placeholders. */
async function stableSnapshot(page, selector) {
  let yaml = await page.locator(selector).ariaSnapshot();
  yaml = yaml.replaceAll(suite.server.origin, '<origin>').replace(/blob:<origin>\/[0-9a-f-]+/g, 'blob:<calendar file>');
  // The footer's "Information published on DATE, version 1." (the date of the last
  // commit, in the demo build): that sentence only, since other text may hold the same date.
  const lead = await page.evaluate(() => {
    const line = document.querySelector('.release-provenance');
    return line ? line.textContent.replace(line.querySelector('a')?.textContent ?? '', '').trim() : '';
  });
  const date = lead.match(/\d{1,2} [^\s\d,.]+ \d{4}/)?.[0];
  if (date) yaml = yaml.replaceAll(lead, lead.replace(date, '<release date>'));
  return `${yaml.trimEnd()}\n`;
}

/** A line diff (expected → actual): changed lines with two lines of context around them. */
function lineDiff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence table, from the ends.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const lines = [];
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(`  ${a[i]}`);
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      lines.push(`+ ${b[j]}`);
      j += 1;
    } else {
      lines.push(`- ${a[i]}`);
      i += 1;
    }
  }
  const changed = (k) => lines[k] !== undefined && !lines[k].startsWith('  ');
  const shown = lines.map((_, k) => [-2, -1, 0, 1, 2].some((d) => changed(k + d)));
  return lines.flatMap((line, k) => (shown[k] ? [line] : shown[k - 1] ? ['  …'] : [])).join('\n');
}

/** Compares `actual` with the checked-in copy (or writes it); returns a problem or null. */
function compareSnapshot(file, actual) {
  const target = path.join(SNAPSHOTS, file);
  if (UPDATE) {
    fs.mkdirSync(SNAPSHOTS, { recursive: true });
    fs.writeFileSync(target, actual);
    return null;
  }
  if (!fs.existsSync(target)) return `${file}: no snapshot yet (POLLCARD_UPDATE_SNAPSHOTS=1 writes it)`;
  const expected = fs.readFileSync(target, 'utf8');
  return expected === actual ? null : `${file} changed (- checked in, + now):\n${lineDiff(expected, actual)}`;
}

for (const lang of ['en', 'cy']) {
  test(`[${lang}] what a screen reader hears on each main page matches tests/browser/aria-snapshots; no motion with reduced motion`, async () => {
    const context = await suite.browser.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const { page, record } = await openPage(context);
    await page.clock.setFixedTime(FIXED_TIME);
    const problems = [];
    for (const entry of MAIN_PAGES) {
      await openMainPage(page, suite.server.origin, entry, lang);
      const snapshot = await stableSnapshot(page, entry.name === 'home' ? 'body' : 'main');
      const problem = compareSnapshot(`${lang}-${entry.name}.yml`, snapshot);
      if (problem) problems.push(problem);
      const moving = await movingElements(page);
      if (moving.length) problems.push(`${lang} ${entry.name}: moves with reduced motion: ${moving.join(', ')}`);
    }
    await assertClean(page, record, suite.server.origin);
    await context.close();
    // assert.fail, not deepEqual: the line diffs print once, as they are.
    if (problems.length) assert.fail(`\n${problems.join('\n\n')}`);
  });
}

/** Every live region in the document (role=status or alert, or aria-live other than off). */
async function liveRegions(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role=status], [role=alert], [role=log], [aria-live]:not([aria-live=off])')].map(
      (element) => element.id || `${element.tagName.toLowerCase()}.${element.className}`,
    ),
  );
}

/** Starts counting what is added to the live region (each added node or changed text is one announcement). */
async function listenToLiveRegion(page) {
  await page.evaluate(() => {
    window.__said = [];
    window.__liveObserver?.disconnect();
    window.__liveObserver = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') window.__said.push(r.target.textContent.trim());
        for (const node of r.addedNodes) if (node.textContent.trim()) window.__said.push(node.textContent.trim());
      }
    });
    window.__liveObserver.observe(document.getElementById('app-status'), { childList: true, subtree: true, characterData: true });
  });
}

/** Waits until the live region says `text`; asserts it was said exactly once. */
async function assertSaidOnce(page, text, label) {
  await page.locator('#app-status').getByText(text).waitFor();
  const said = await page.evaluate(() => window.__said);
  assert.equal(said.filter((s) => s.includes(text)).length, 1, `${label}: "${text}" said once in the live region (said: ${JSON.stringify(said)})`);
}

/** Follows `link` inside the app: the title names the new page's h1, which has focus. */
async function follow(page, link, label) {
  const before = await page.title();
  await pageChange(page, () => link.click());
  await settle(page);
  const heading = (await page.locator('main h1').innerText()).trim();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', `${label}: focus on the h1 "${heading}"`);
  const title = await page.title();
  assert.equal(title, `${heading} – Pollcard`, `${label}: the title names the page`);
  assert.notEqual(title, before, `${label}: the title changed`);
  assert.deepEqual(await liveRegions(page), ['app-status'], `${label}: one live region only`);
  assert.ok(await skipLinkLeads(page), `${label}: the skip link comes before the live region (the update banner), and no tabindex reorders them`);
}

/** The skip link is first in the tab order: before the live region, which holds the update banner's button. */
async function skipLinkLeads(page) {
  return page.evaluate(() => {
    const skip = document.querySelector('.skip-link');
    const status = document.getElementById('app-status');
    const reordered = [...document.querySelectorAll('[tabindex]')].some((el) => el.tabIndex > 0);
    return !!skip && !reordered && !!(skip.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING) && document.querySelector('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])') === skip;
  });
}

test('route changes: the title and focus follow every link; status messages are said once, in the one live region', async () => {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, record } = await openPage(context);
  await page.clock.setFixedTime(FIXED_TIME);
  await page.goto(`${suite.server.origin}/`);
  await settle(page);
  assert.equal(await page.title(), 'Find your polling station – Pollcard');
  assert.deepEqual(await liveRegions(page), ['app-status'], 'home: one live region only');
  assert.ok(await skipLinkLeads(page), 'home: the skip link comes first, before the live region');
  const main = page.locator('main');
  const footer = page.locator('footer');

  await follow(page, main.getByRole('link', { name: 'Elections and candidates where you live' }), 'elections');
  await follow(page, main.locator(`a[href="${BALLOT}"]`).first(), 'ballot');
  await follow(page, main.getByRole('link', { name: 'See the ballot paper and practise filling it in' }), 'ballot paper');
  await listenToLiveRegion(page);
  await page.locator('.paper-mark').first().check();
  await assertSaidOnce(page, 'would be counted', 'one cross on the ballot paper');
  assert.deepEqual(await liveRegions(page), ['app-status'], 'ballot paper after marking: one live region only');

  await follow(page, footer.getByRole('link', { name: 'Find a candidate' }), 'candidate search');
  assert.equal(await page.locator('#app-status').innerText(), '', 'showing another page clears the live region');
  await listenToLiveRegion(page);
  await page.getByRole('searchbox').fill('rees');
  await page.getByRole('button', { name: 'Search' }).click();
  await assertSaidOnce(page, '“rees”', 'the number of candidates found');
  await follow(page, main.locator('.candidate-result-name').first(), 'candidate');

  await follow(page, footer.getByRole('link', { name: 'Settings' }), 'settings');
  await listenToLiveRegion(page);
  await page.getByLabel('Larger', { exact: true }).check();
  await assertSaidOnce(page, 'Your settings are saved on this device', 'a setting changed');
  await page.getByLabel('Standard', { exact: true }).first().check();
  await page.locator('#app-status').getByText('Text size: Standard').waitFor();
  await follow(page, footer.getByRole('link', { name: 'Accessibility statement' }), 'accessibility statement');
  await follow(page, footer.getByRole('link', { name: 'Voting if you are disabled' }), 'voting if you are disabled');
  await follow(page, footer.getByRole('link', { name: 'Privacy' }), 'privacy');
  await follow(page, page.getByRole('link', { name: 'Cymraeg' }), 'privacy in Welsh');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await assertClean(page, record, suite.server.origin);
  await context.close();
});
