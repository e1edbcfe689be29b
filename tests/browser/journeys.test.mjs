// "Where do I vote?" end to end, in English and Welsh, against the release build served
// by `pollcard serve` with the production headers (strict CSP). Every page visited is
// checked with axe (WCAG 2.2 A/AA), for CSP violations, for requests off 127.0.0.1 and
// for the postcode leaking into a URL or history.state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean, assertFocusOnHeading } from './support/checks.mjs';
import { lookup, demoPostcodes } from './support/demo.mjs';
import { STRINGS } from './support/strings.mjs';

const suite = serveReleaseBuild();
const demo = demoPostcodes();


/** A fresh page in a fresh context at `path`. */
async function visit(path) {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const { page, record } = await openPage(context);
  await page.goto(suite.server.origin + path);
  await page.locator('h1').waitFor();
  return { context, page, record };
}

/** Checks every page must pass, then axe. */
async function checkPage(page, record, label, secrets) {
  await assertAccessible(page, label);
  await assertClean(page, record, suite.server.origin, secrets);
}

async function submitPostcode(page, s, postcode) {
  await page.getByLabel(s.postcodeLabel, { exact: true }).fill(postcode);
  await page.getByRole('button', { name: s.submit }).click();
}

/** Expected yes / no / not known counts for a station, from the CLI's answer. */
function availabilityCounts(station) {
  const counts = { yes: 0, no: 0, unknown: 0 };
  for (const value of Object.values(station.accessibility)) counts[value] += 1;
  return counts;
}

async function assertStationPage(page, s, station, { freshLoad = false } = {}) {
  const heading = await assertFocusOnHeading(page, { freshLoad });
  assert.equal(heading, station.name);
  assert.match(page.url(), new RegExp(`${s.prefix}/station/${encodeURIComponent(station.id)}$`));
  await page.getByRole('heading', { name: s.accessibility, exact: true }).waitFor();
  // Each feature is stated in words; unknown is never shown as no, nor no as unknown.
  const expected = availabilityCounts(station);
  const states = await page.locator('[data-availability]').evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-availability'), node.textContent.trim()]),
  );
  const features = Object.keys(station.accessibility).length;
  assert.ok(features >= 22, `the CLI answer lists every feature (${features})`);
  assert.equal(states.length, features, `all ${features} accessibility features are listed`);
  for (const [value, words] of Object.entries(s.availability)) {
    const shown = states.filter(([state, text]) => state === value && words.some((w) => text.startsWith(w))).length;
    assert.equal(shown, expected[value], `${expected[value]} features should read ${words.join(' or ')}`);
  }
  await page.getByText(s.fictional).first().waitFor();
  await page.getByRole('heading', { name: s.contactHeading }).waitFor();
}

for (const lang of ['en', 'cy']) {
  const s = STRINGS[lang];

  test(`[${lang}] messy postcode input goes straight to the station page`, async () => {
    const postcode = demo.single_station.postcode;
    const answer = lookup(postcode);
    assert.equal(answer.status, 'station');
    const { context, page, record } = await visit(`${s.prefix}/`);
    const home = await assertFocusOnHeading(page, { freshLoad: true });
    assert.equal(home, s.homeHeading);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getByLabel(s.postcodeLabel, { exact: true }).getAttribute('autocomplete'), 'postal-code');
    await checkPage(page, record, `${lang} home`, []);
    const messy = `  ${postcode.toLowerCase().replace(' ', '  ')} `;
    await submitPostcode(page, s, messy);
    await page.waitForURL(/\/station\//);
    await assertStationPage(page, s, answer.station);
    await checkPage(page, record, `${lang} station`, [postcode]);
    // The browser's back button returns to the form.
    await page.goBack();
    await page.getByRole('heading', { name: s.homeHeading }).waitFor();
    await context.close();
  });

  test(`[${lang}] split postcode: choose an address, then see its station`, async () => {
    const postcode = demo.split.postcode;
    const answer = lookup(postcode);
    assert.equal(answer.status, 'address_picker');
    const { context, page, record } = await visit(`${s.prefix}/`);
    await submitPostcode(page, s, postcode);
    await page.waitForURL(/choose-address|dewis-cyfeiriad/);
    assert.equal(await assertFocusOnHeading(page), s.pickerHeading);
    const radios = page.getByRole('radio');
    assert.equal(await radios.count(), answer.addresses.length);
    const labels = await page.locator('input[type=radio] + label, label:has(input[type=radio])').allInnerTexts();
    assert.deepEqual(labels.map((l) => l.trim()), answer.addresses.map((a) => a.label), 'addresses in natural order');
    await checkPage(page, record, `${lang} address picker`, [postcode]);

    // Continue without choosing: the error summary pattern.
    await page.getByRole('button', { name: s.continue }).click();
    await page.getByText(s.errorSummary).waitFor();
    assert.ok((await page.title()).startsWith(s.errorTitlePrefix));
    await checkPage(page, record, `${lang} address picker with error`, [postcode]);

    const chosen = answer.addresses.find((a) => a.station_id !== null);
    await page.getByRole('radio', { name: chosen.label, exact: true }).check();
    await page.getByRole('button', { name: s.continue }).click();
    await page.waitForURL(/\/station\//);
    const station = lookup(postcode, chosen.uprn).station;
    await assertStationPage(page, s, station);
    await checkPage(page, record, `${lang} station after picker`, [postcode, chosen.uprn]);
    // Back goes to the picker, which still knows the addresses (held in memory).
    await page.goBack();
    await page.getByRole('heading', { name: s.pickerHeading }).waitFor();
    await context.close();
  });

  test(`[${lang}] a postcode whose station is not known yet shows the council contact`, async () => {
    const postcode = demo.unknown_station.postcode;
    assert.equal(lookup(postcode).status, 'no_station');
    const { context, page, record } = await visit(`${s.prefix}/`);
    await submitPostcode(page, s, postcode);
    await page.getByRole('heading', { level: 1, name: s.noStationHeading }).waitFor();
    await assertFocusOnHeading(page);
    const council = lookup(postcode).council;
    await page.getByText(council.phone).first().waitFor();
    await page.getByText(council.email).first().waitFor();
    await checkPage(page, record, `${lang} no station`, [postcode]);
    await context.close();
  });

  test(`[${lang}] a postcode outside the area says so and what to do`, async () => {
    const postcode = demo.not_in_data.postcode;
    assert.equal(lookup(postcode).status, 'not_found');
    const { context, page, record } = await visit(`${s.prefix}/`);
    await submitPostcode(page, s, postcode);
    await page.getByRole('heading', { level: 1, name: s.notFoundHeading }).waitFor();
    await assertFocusOnHeading(page);
    await checkPage(page, record, `${lang} not found`, [postcode]);
    await context.close();
  });

  test(`[${lang}] an invalid postcode gives a focused error summary`, async () => {
    const { context, page, record } = await visit(`${s.prefix}/`);
    for (const bad of ['', 'AA1', 'not a postcode']) {
      await submitPostcode(page, s, bad);
      const summary = page.locator(':focus');
      await assert.doesNotReject(summary.getByText(s.errorSummary).waitFor({ timeout: 5000 }), `summary focused for ${JSON.stringify(bad)}`);
      assert.ok((await page.title()).startsWith(s.errorTitlePrefix), `title for ${JSON.stringify(bad)}`);
      const input = page.getByLabel(s.postcodeLabel, { exact: true });
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      assert.ok(describedBy.length > 0, 'the input is described by its error message');
      await checkPage(page, record, `${lang} home with error ${JSON.stringify(bad)}`, bad.length > 3 ? [bad] : []);
      // The summary links to the field.
      await page.locator(':focus').getByRole('link').first().click();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete')), 'postal-code');
    }
    await context.close();
  });

  test(`[${lang}] a station page survives a reload and the language switch keeps the page`, async () => {
    const answer = lookup(demo.single_station.postcode);
    const { context, page, record } = await visit(`${s.prefix}/station/${encodeURIComponent(answer.station.id)}`);
    await assertStationPage(page, s, answer.station, { freshLoad: true });
    await page.reload();
    await assertStationPage(page, s, answer.station, { freshLoad: true });
    await checkPage(page, record, `${lang} station after reload`, []);
    await page.getByRole('link', { name: s.otherLanguageLink }).click();
    const other = lang === 'en' ? STRINGS.cy : STRINGS.en;
    await page.getByRole('heading', { name: other.accessibility, exact: true }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'en' ? 'cy' : 'en');
    assert.equal(await page.locator('h1').innerText(), answer.station.name);
    await context.close();
  });

  test(`[${lang}] the station with nothing surveyed shows every feature as not known`, async () => {
    const answer = lookup(demo.all_unknown_accessibility.postcode);
    assert.equal(answer.status, 'station');
    assert.ok(Object.values(answer.station.accessibility).every((v) => v === 'unknown'));
    const { context, page, record } = await visit(`${s.prefix}/station/${encodeURIComponent(answer.station.id)}`);
    await assertStationPage(page, s, answer.station, { freshLoad: true });
    await checkPage(page, record, `${lang} all-unknown station`, []);
    await context.close();
  });

  test(`[${lang}] pages that need a lookup ask to start again after a reload`, async () => {
    const postcode = demo.split.postcode;
    const { context, page, record } = await visit(`${s.prefix}/`);
    await submitPostcode(page, s, postcode);
    await page.getByRole('heading', { name: s.pickerHeading }).waitFor();
    await page.reload();
    // The postcode was only ever in memory: after a reload it is gone.
    await page.getByRole('heading', { level: 1, name: s.startAgainHeading }).waitFor();
    assert.equal(await page.getByText(postcode).count(), 0);
    await checkPage(page, record, `${lang} start again`, [postcode]);
    await page.getByRole('link', { name: s.startAgainLink }).click();
    await page.getByRole('heading', { level: 1, name: s.homeHeading }).waitFor();
    await context.close();
  });

  test(`[${lang}] privacy page`, async () => {
    const { context, page, record } = await visit(`${s.prefix}/`);
    await page.getByRole('link', { name: s.privacyLink }).first().click();
    await page.waitForURL(/privacy|preifatrwydd/);
    await assertFocusOnHeading(page);
    await checkPage(page, record, `${lang} privacy`, []);
    await context.close();
  });
}

test('an unknown address gets a page-not-found page, not a blank one', async () => {
  const { context, page, record } = await visit('/no-such-page');
  await page.getByRole('heading', { level: 1, name: STRINGS.en.pageNotFoundHeading }).waitFor();
  await checkPage(page, record, 'page not found', []);
  await context.close();
});

test('the main journey works with the keyboard alone', async () => {
  const postcode = demo.split.postcode;
  const answer = lookup(postcode);
  const { context, page, record } = await visit('/');
  // The first Tab reaches the skip link, which jumps to the main content.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Skip to main content/);
  await page.keyboard.press('Enter');
  // Tab until the postcode field has focus (bounded).
  for (let i = 0; i < 15; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))) === 'postal-code') break;
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete')), 'postal-code');
  await page.keyboard.type(postcode);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: STRINGS.en.pickerHeading }).waitFor();
  // Into the radio group, move with the arrow keys, then to Continue.
  for (let i = 0; i < 15; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('type'))) === 'radio') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  const target = answer.addresses.findIndex((a) => a.station_id !== null);
  for (let i = 0; i < target; i += 1) await page.keyboard.press('ArrowDown');
  const checked = await page.evaluate(() => document.querySelector('input[type=radio]:checked')?.closest('div')?.textContent?.trim());
  assert.equal(checked, answer.addresses[target].label);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/station\//);
  assert.equal(await assertFocusOnHeading(page), lookup(postcode, answer.addresses[target].uprn).station.name);
  await assertClean(page, record, suite.server.origin, [postcode]);
  await context.close();
});

test('the server saw only same-origin requests and never a postcode', () => {
  assert.ok(suite.server.accessLog.length > 20, `access log has ${suite.server.accessLog.length} lines`);
  const postcodes = [demo.single_station.postcode, demo.split.postcode, demo.unknown_station.postcode, demo.not_in_data.postcode];
  for (const line of suite.server.accessLog) {
    for (const postcode of postcodes) {
      assert.ok(!line.toUpperCase().replace(/%20|\s/g, '').includes(postcode.replace(' ', '')), `${postcode} in access log: ${line}`);
    }
  }
});

test('pages reflow at 320 CSS pixels (400 % zoom) with no sideways scrolling', async () => {
  const answer = lookup(demo.split.postcode);
  const context = await suite.browser.browser.newContext({ viewport: { width: 320, height: 640 } });
  const { page, record } = await openPage(context);
  for (const path of ['/', `/station/${encodeURIComponent(answer.addresses[0].station_id)}`, '/cy/privacy']) {
    await page.goto(suite.server.origin + path);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 320px`);
  }
  await assertClean(page, record, suite.server.origin, []);
  await context.close();
});

test('the accessibility check itself catches a real violation', async () => {
  const { context, page } = await visit('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(img);
  });
  await assert.rejects(assertAccessible(page, 'home with an image lacking alt text'), /image-alt/);
  await context.close();
});
