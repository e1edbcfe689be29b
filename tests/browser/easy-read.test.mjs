// Easy Read, "Read aloud" and "Tell the council", against the release build, in
// English and Welsh:
// - the Easy Read pages (home, a station, voting if you are disabled) are reached from
//   the footer's "Easy Read" link and back, every picture has alt text and loads, and
//   the station's page says the station's real name and address;
// - "Read aloud" with `speechSynthesis` stubbed inside Chromium (an init script; no
//   voice is really used): only the device's own (`localService`) voice in the page's
//   language reads, pause, carry on and stop are said in the live region, and with
//   only remote voices (or none in the page's language) nothing is read and the
//   reason is given;
// - "Tell the council": a filled-in form gives a `mailto:` link to the council's
//   email with the subject and body percent-encoded, which the test decodes;
// axe runs on every new page, and nothing leaves 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';
import { demoPostcodes } from './support/demo.mjs';
import { pageChange } from './support/a11y.mjs';

const suite = serveReleaseBuild();
const STATION = demoPostcodes().single_station;

/** Replaces the speech synthesis with a recorder whose voices are `window.__voices`. */
function stubSpeech() {
  window.__voices = [];
  window.__speech = [];
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() { return this.__voice ?? null; },
    set(voice) { this.__voice = voice; },
  });
  const synthesis = window.speechSynthesis;
  const record = (action) => () => window.__speech.push({ action });
  synthesis.getVoices = () => window.__voices;
  synthesis.speak = (u) => window.__speech.push({ action: 'speak', voice: u.voice?.name, lang: u.lang, text: u.text });
  synthesis.pause = record('pause');
  synthesis.resume = record('resume');
  synthesis.cancel = record('cancel');
}

const voice = (name, lang, localService) => ({ name, lang, localService, voiceURI: name, default: false });
const status = (page) => page.locator('#app-status');

/** Follows the link `name` in `<main>` (or in `where`, e.g. the footer). */
async function follow(page, name, where = 'main') {
  await pageChange(page, () => page.locator(where).getByRole('link', { name, exact: true }).click());
}

/** Every picture in `<main>` has alt text and has loaded. */
async function assertPictures(page, count) {
  const pictures = await page.locator('main img').evaluateAll((images) =>
    images.map((image) => ({ alt: image.getAttribute('alt'), loaded: image.complete && image.naturalWidth > 0 })));
  assert.equal(pictures.length, count);
  for (const picture of pictures) {
    assert.ok(picture.alt && picture.alt.length > 2, `alt text: ${picture.alt}`);
    assert.ok(picture.loaded, `picture loaded: ${picture.alt}`);
  }
  return pictures.map((picture) => picture.alt);
}

test('Easy Read pages in English and Welsh, switched from any page', async () => {
  const { page, record } = await openPage(suite.browser.context);
  const origin = suite.server.origin;
  await page.goto(`${origin}/privacy`);
  await page.locator('main h1').waitFor();
  await follow(page, 'Easy Read', 'footer');
  assert.equal(new URL(page.url()).pathname, '/easy-read');
  assert.equal(await page.locator('main h1').textContent(), 'Easy Read: find where you vote');
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((image) => image.complete));
  const alts = await assertPictures(page, 5);
  assert.ok(alts.includes('A ballot paper with a cross in one box'));
  await assertAccessible(page, 'Easy Read home (en)');
  await follow(page, 'Easy Read: voting if you are disabled');
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((image) => image.complete));
  await assertPictures(page, 7);
  await assertAccessible(page, 'Easy Read, voting if you are disabled (en)');

  await page.goto(`${origin}/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  const address = (await page.locator('.station-address').innerText()).split('\n')[0];
  await follow(page, 'Easy Read', 'footer');
  assert.equal(new URL(page.url()).pathname, `/easy-read/station/${STATION.station_id}`);
  assert.equal(await page.locator('main h1').textContent(), `Easy Read: your polling station, ${STATION.station_name}`);
  const text = await page.locator('main').innerText();
  assert.ok(text.includes(`You vote at ${STATION.station_name}.`), text);
  assert.ok(text.includes(`The address is ${address}.`), text);
  assert.match(text, /It is open from \d+(:\d\d)?[ap]m to \d+(:\d\d)?[ap]m on polling day\./);
  assert.match(text, /The building has:|Nobody has checked this building yet\./);
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((image) => image.complete));
  await assertPictures(page, 5);
  await assertAccessible(page, 'Easy Read station (en)');
  await follow(page, 'Standard version of this page');
  assert.equal(new URL(page.url()).pathname, `/station/${STATION.station_id}`);

  await page.goto(`${origin}/cy/easy-read/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), `Hawdd ei Ddeall: eich gorsaf bleidleisio, ${STATION.station_name}`);
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((image) => image.complete));
  const welsh = await assertPictures(page, 5);
  assert.ok(welsh.includes('Cloc'));
  await assertAccessible(page, 'Easy Read station (cy)');
  await follow(page, 'Fersiwn safonol y dudalen hon');
  assert.equal(new URL(page.url()).pathname, `/cy/station/${STATION.station_id}`);
  await follow(page, 'Hawdd ei Ddeall', 'footer');
  await follow(page, 'Hawdd ei Ddeall: pleidleisio os ydych yn anabl');
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((image) => image.complete));
  await assertPictures(page, 7);
  await assertAccessible(page, 'Easy Read, voting if you are disabled (cy)');
  await page.goto(`${origin}/cy/easy-read`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Hawdd ei Ddeall: dod o hyd i ble rydych yn pleidleisio');
  await assertAccessible(page, 'Easy Read home (cy)');
  await assertClean(page, record, origin);
  await page.close();
});

test('Read aloud uses only a voice on the device, in the page language', async () => {
  const { page, record } = await openPage(suite.browser.context);
  await page.addInitScript(stubSpeech);
  const origin = suite.server.origin;
  await page.goto(`${origin}/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  await page.evaluate(({ voices }) => { window.__voices = voices; }, {
    voices: [voice('Remote English', 'en-GB', false), voice('Local French', 'fr-FR', true), voice('Local English', 'en-GB', true)],
  });
  const speech = () => page.evaluate(() => window.__speech.filter((entry) => entry.action !== 'cancel'));

  await page.getByRole('button', { name: 'Read aloud' }).click();
  await status(page).getByText('Reading aloud.').waitFor();
  const [spoken] = await speech();
  assert.equal(spoken.voice, 'Local English');
  assert.equal(spoken.lang, 'en-GB');
  assert.ok(spoken.text.startsWith(`${STATION.station_name}.`), spoken.text);
  await page.getByRole('button', { name: 'Pause reading' }).click();
  await status(page).getByText('Reading paused.').waitFor();
  await page.getByRole('button', { name: 'Carry on reading' }).click();
  await page.getByRole('button', { name: 'Stop reading' }).click();
  await status(page).getByText('Reading stopped.').waitFor();
  assert.deepEqual((await speech()).map((entry) => entry.action), ['speak', 'pause', 'resume']);
  assert.equal(await page.getByRole('button', { name: 'Stop reading' }).count(), 0);
  await assertAccessible(page, 'station with read aloud (en)');

  // Only a remote English voice: nothing is read, and the reason is given.
  await page.evaluate(() => { window.__voices = window.__voices.filter((v) => v.name !== 'Local English'); });
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await status(page).getByText('This device has no voice that reads English on the device itself.', { exact: false }).waitFor();
  assert.equal((await speech()).length, 3, 'nothing more was read');

  // Welsh page, English voice on the device only: declines too.
  await page.goto(`${origin}/cy/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  await page.evaluate(() => { window.__voices = [{ name: 'Local English', lang: 'en-GB', localService: true }]; });
  await page.getByRole('button', { name: 'Darllen yn uchel' }).click();
  await status(page).getByText('Nid oes gan y ddyfais hon lais sy’n darllen Cymraeg', { exact: false }).or(
    status(page).getByText("Nid oes gan y ddyfais hon lais sy'n darllen Cymraeg", { exact: false })).waitFor();
  assert.equal((await speech()).length, 0);
  await assertClean(page, record, origin);
  await page.close();
});

test('Tell the council: a filled-in form gives an encoded email draft', async () => {
  const { page, record } = await openPage(suite.browser.context);
  const origin = suite.server.origin;
  await page.goto(`${origin}/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  await follow(page, 'Tell the council what you need, or how your visit went');
  assert.equal(new URL(page.url()).pathname, `/tell-the-council/station/${STATION.station_id}`);
  await assertAccessible(page, 'tell the council (en)');

  await page.getByLabel('A ramp to get in').check();
  await page.getByLabel('A chair to sit on while I wait').check();
  await page.locator('#tell-before-words').fill('I use a walking frame & a stick?');
  await page.getByLabel('The hearing loop did not work').check();
  const draft = async (id) => {
    const href = await page.locator(id).getAttribute('href');
    assert.match(href, /^mailto:elections@example\.org\?subject=[^&]*&body=[^&]*$/, href);
    assert.ok(!href.includes('+') && !/[ \n]/.test(href), `percent-encoded: ${href}`);
    const [, subject, body] = href.match(/subject=([^&]*)&body=(.*)$/);
    return { subject: decodeURIComponent(subject), body: decodeURIComponent(body) };
  };
  const before = await draft('#tell-before-email');
  assert.equal(before.subject, `What I need to vote at ${STATION.station_name}`);
  assert.ok(before.body.startsWith('Dear electoral services team,\r\nThis is about the polling station at'), before.body);
  assert.ok(before.body.includes('I would like to ask for:\r\n- A ramp to get in\r\n- A chair to sit on while I wait\r\n\r\nI use a walking frame & a stick?\r\n\r\nThank you.'), before.body);
  const after = await draft('#tell-after-email');
  assert.ok(after.body.includes('When I voted:\r\n- The hearing loop did not work\r\n\r\nThank you.'), after.body);
  assert.ok(!after.body.includes('walking frame'));

  await page.goto(`${origin}/cy/tell-the-council/station/${STATION.station_id}`);
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('main h1').textContent(), 'Dweud wrth y cyngor');
  await assertAccessible(page, 'tell the council (cy)');
  await assertClean(page, record, origin);
  await page.close();
});
