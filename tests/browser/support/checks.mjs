// Checks every browser test applies to every page it visits.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Best-practice findings, gathered across the run and printed at the end (not failures). */
export const bestPracticeReport = new Map();

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n');
}

/** axe with every WCAG 2.x A/AA tag (wcag22aa switches on target-size): zero violations. */
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.equal(results.violations.length, 0, `axe violations on ${label}:\n${describe(results.violations)}`);
  const practice = await new AxeBuilder({ page }).withTags(['best-practice']).analyze();
  for (const v of practice.violations) {
    bestPracticeReport.set(`${v.id}: ${v.help}`, (bestPracticeReport.get(`${v.id}: ${v.help}`) ?? 0) + 1);
  }
  for (const v of results.incomplete) {
    bestPracticeReport.set(`to review (axe incomplete) ${v.id}: ${v.help}`, (bestPracticeReport.get(`to review (axe incomplete) ${v.id}: ${v.help}`) ?? 0) + 1);
  }
}

/** Nothing left the origin, nothing broke the CSP, no script errors, and `secret`
 * (a postcode or UPRN) is in no URL and not in history.state. */
export async function assertClean(page, record, origin, secrets = []) {
  const foreign = record.requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to another origin');
  assert.deepEqual(record.cspViolations, [], 'Content-Security-Policy violations');
  assert.deepEqual(record.errors, [], 'console or page errors');
  const state = JSON.stringify(await page.evaluate(() => history.state) ?? null);
  for (const secret of secrets) {
    const variants = [secret, secret.replace(/\s+/g, ''), encodeURIComponent(secret)].map((s) => s.toLowerCase());
    for (const url of [page.url(), ...record.requests]) {
      for (const variant of variants) assert.ok(!url.toLowerCase().includes(variant), `${secret} appears in the URL ${url}`);
    }
    for (const variant of variants) assert.ok(!state.toLowerCase().includes(variant), `${secret} appears in history.state`);
  }
}

/**
 * The title is "<h1> – Pollcard" (with the error prefix when asked) and, after a move
 * inside the app, the h1 has focus. A fresh page load leaves focus where the browser
 * puts it, so the first Tab still reaches the skip link.
 */
export async function assertFocusOnHeading(page, { error = false, errorPrefix = 'Error: ', freshLoad = false } = {}) {
  const h1 = page.locator('h1');
  await h1.waitFor();
  const heading = (await h1.innerText()).trim();
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  if (!error && !freshLoad) assert.equal(focused, 'H1', `focus should be on the h1 "${heading}"`);
  const title = await page.title();
  assert.ok(title.includes(heading), `title "${title}" should name the page "${heading}"`);
  assert.equal(title.startsWith(errorPrefix), error, `title "${title}" ${error ? 'should' : 'should not'} start with "${errorPrefix}"`);
  return heading;
}
