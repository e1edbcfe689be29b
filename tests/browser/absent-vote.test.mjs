// The postal and proxy vote applications (/apply/postal, /apply/proxy), in Debian
// Chromium against `pollcard serve`, in English and Welsh: each flow is completed by
// keyboard, with errors shown in the summary (which takes focus) and beside their
// input; the registered address comes from the lookup and is not asked again;
// "check your answers" changes an answer and comes back; print emulation shows the
// completed form; axe finds nothing on any page; nothing leaves 127.0.0.1; without
// opting in no answer is in any storage; an opted-in draft survives a reload and is
// gone after "Delete my answers now"; and a flow works with the server stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { startServer } from './support/server.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';
import { STRINGS } from './support/strings.mjs';

const suite = serveReleaseBuild();

const TEXT = {
  en: {
    start: 'Start now', make: 'Make my application form', change: 'Change', print: 'Print or save as PDF',
    titles: { postal: 'Apply for a postal vote', proxy: 'Apply for a proxy vote' },
    done: { postal: 'Your postal vote application form is ready', proxy: 'Your proxy vote application form is ready' },
    online: { postal: 'Apply for a postal vote online on GOV.UK (leaves Pollcard)', proxy: 'Apply for a proxy vote online on GOV.UK (leaves Pollcard)' },
    save: 'Save my answers on this device for 7 days', delete: 'Delete my answers now',
    errors: {
      name: 'Enter a full name', impossible: 'Date of birth must be a real date',
      ni: 'A National Insurance number never starts with D, F, I, Q, U or V. Check the first letter',
      scope: 'Select how long you want this for', email: 'Enter an email address in the right format',
      proxyLimit: 'A proxy can vote for at most 2 people living in the UK', able: 'Confirm that your proxy is able and willing',
    },
  },
  cy: {
    start: 'Dechrau nawr', make: 'Gwneud fy ffurflen gais', change: 'Newid', print: 'Argraffu neu gadw fel PDF',
    titles: { postal: 'Gwneud cais am bleidlais bost', proxy: 'Gwneud cais am bleidlais drwy ddirprwy' },
    done: { postal: 'Mae eich ffurflen gais am bleidlais bost yn barod', proxy: 'Mae eich ffurflen gais am bleidlais drwy ddirprwy yn barod' },
    online: { postal: 'Gwneud cais am bleidlais bost ar-lein ar GOV.UK (yn gadael Pollcard)', proxy: 'Gwneud cais am bleidlais drwy ddirprwy ar-lein ar GOV.UK (yn gadael Pollcard)' },
    save: 'Cadw fy atebion ar y ddyfais hon am 7 diwrnod', delete: 'Dileu fy atebion nawr',
    errors: {
      name: 'Rhowch enw llawn', impossible: 'Dyddiad geni: rhaid iddo fod yn ddyddiad go iawn',
      ni: 'Nid yw rhif Yswiriant Gwladol byth yn dechrau gyda D, F, I, Q, U na V',
      scope: 'Dewiswch am ba mor hir rydych chi eisiau hyn', email: 'Rhowch gyfeiriad e-bost yn y fformat cywir',
      proxyLimit: "Gall dirprwy bleidleisio ar ran 2 berson sy'n byw yn y DU ar y mwyaf", able: 'Cadarnhewch fod eich dirprwy yn gallu',
    },
  },
};

const VOTER = 'Gwenllian Ap Rhys';
const NI_REASON = 'Never issued one to me';

async function newPage() {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  return { context, ...(await openPage(context)) };
}

/** An in-app navigation (the lookup stays in memory), as a link inside the app makes. */
async function goInApp(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function onPage(page, path) {
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('h1').waitFor();
}

/** Presses Continue (or the page's button) from the keyboard. */
async function submit(page, name) {
  await page.getByRole('button', { name, exact: true }).press('Enter');
}

async function type(page, id, text) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** The summary took focus, names `message`, its link focuses `field`, and the message is beside it. */
async function expectError(page, lang, message, field) {
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
  assert.ok((await page.title()).startsWith(STRINGS[lang].errorTitlePrefix), 'the title says there is an error');
  const link = summary.getByRole('link', { name: message });
  await link.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id?.startsWith(id), field);
  const inline = await page.locator('.error-message').allInnerTexts();
  assert.ok(inline.some((text) => text.includes(message)), `"${message}" is shown beside its input: ${inline}`);
}

async function question(page, lang, kind, key, check = true) {
  await onPage(page, `${STRINGS[lang].prefix}/apply/${kind}/${key}`);
  if (check) await assertAccessible(page, `${lang} /apply/${kind}/${key}`);
}

/** Start page, then the questions both applications share, with an error on each kind of input. */
async function sharedQuestions(page, lang, kind, { errors, lookup }) {
  const t = TEXT[lang];
  const go = STRINGS[lang].continue;
  await onPage(page, `${STRINGS[lang].prefix}/apply/${kind}`);
  assert.equal((await page.locator('h1').innerText()).trim(), t.titles[kind]);
  await assertAccessible(page, `${lang} /apply/${kind}`);
  await page.getByRole('button', { name: t.start }).press('Enter');

  await question(page, lang, kind, 'full-name', errors);
  if (errors) {
    await submit(page, go);
    await expectError(page, lang, t.errors.name, 'full-name');
    await assertAccessible(page, `${lang} /apply/${kind}/full-name with an error`);
  }
  await type(page, 'full-name', VOTER);
  await submit(page, go);
  await question(page, lang, kind, 'previous-name', errors);
  await submit(page, go);
  if (!lookup) {
    await question(page, lang, kind, 'registered-address', errors);
    await type(page, 'registered-address-line-1', '3 Heol y Bont');
    await type(page, 'registered-address-town', 'Llanffug');
    await type(page, 'registered-address-postcode', 'AA1 2AB');
    await submit(page, go);
  }
  await question(page, lang, kind, 'date-of-birth', errors);
  if (errors) {
    await type(page, 'date-of-birth-day', '31');
    await type(page, 'date-of-birth-month', '2');
    await type(page, 'date-of-birth-year', '1980');
    await submit(page, go);
    await expectError(page, lang, t.errors.impossible, 'date-of-birth');
  }
  await type(page, 'date-of-birth-day', '10');
  await type(page, 'date-of-birth-month', '12');
  await type(page, 'date-of-birth-year', '1985');
  await submit(page, go);
  await question(page, lang, kind, 'ni-number', errors);
  if (errors) {
    await type(page, 'ni-number', 'QQ 12 34 56 C');
    await submit(page, go);
    await expectError(page, lang, t.errors.ni, 'ni-number');
  }
  await page.locator('#ni-number-cannot').press('Space');
  await type(page, 'ni-number-reason', NI_REASON);
  await submit(page, go);
  await question(page, lang, kind, 'scope', errors);
  if (errors) {
    await submit(page, go);
    await expectError(page, lang, t.errors.scope, 'scope');
  }
  await page.locator('#scope-one-poll').press('Space');
  await submit(page, go);
}

async function contactAndCheck(page, lang, kind, errors) {
  const t = TEXT[lang];
  const go = STRINGS[lang].continue;
  await question(page, lang, kind, 'signature', errors);
  await page.locator('#signature-will-sign').press('Space');
  await submit(page, go);
  await question(page, lang, kind, 'contact', errors);
  if (errors) {
    await type(page, 'contact-email', 'not an email');
    await submit(page, go);
    await expectError(page, lang, t.errors.email, 'contact-email');
    await type(page, 'contact-email', '');
  }
  await submit(page, go);
  await onPage(page, `${STRINGS[lang].prefix}/apply/${kind}/check`);
}

async function proxyQuestions(page, lang, errors) {
  const t = TEXT[lang];
  const go = STRINGS[lang].continue;
  await question(page, lang, 'proxy', 'ground', errors);
  await page.locator('#ground-other').press('Space');
  await type(page, 'ground-details', 'Away on holiday');
  await submit(page, go);
  await question(page, lang, 'proxy', 'proxy-name', errors);
  await type(page, 'proxy-name', 'Dafydd Jones');
  await submit(page, go);
  await question(page, lang, 'proxy', 'proxy-address', errors);
  await type(page, 'proxy-address-line-1', '5 Heol y Bont');
  await type(page, 'proxy-address-town', 'Llanffug');
  await type(page, 'proxy-address-postcode', 'AA1 2AB');
  await submit(page, go);
  // The demo council is in Wales: its council polls ask the relationship.
  await question(page, lang, 'proxy', 'proxy-relationship', errors);
  await page.locator('#proxy-relationship-not-close').press('Space');
  await submit(page, go);
  await question(page, lang, 'proxy', 'proxy-limit', errors);
  if (errors) {
    await type(page, 'proxy-limit-uk-resident', '2');
    await submit(page, go);
    await expectError(page, lang, t.errors.proxyLimit, 'proxy-limit-uk-resident');
  }
  await type(page, 'proxy-limit-uk-resident', '0');
  await submit(page, go);
  await question(page, lang, 'proxy', 'proxy-able-and-willing', errors);
  if (errors) {
    await submit(page, go);
    await expectError(page, lang, t.errors.able, 'proxy-able-and-willing');
  }
  await page.locator('#proxy-able-and-willing').press('Space');
  await submit(page, go);
}

/** Check your answers: change the name and come back; then the form, on screen and printed. */
async function checkAndPrint(page, lang, kind, { errors, address }) {
  const t = TEXT[lang];
  const prefix = STRINGS[lang].prefix;
  const rows = page.locator('.summary-list');
  assert.ok((await rows.innerText()).includes(NI_REASON), 'the answers are listed');
  if (errors) {
    await assertAccessible(page, `${lang} /apply/${kind}/check`);
    await page.locator(`a[href="${prefix}/apply/${kind}/full-name?change"]`).press('Enter');
    await onPage(page, `${prefix}/apply/${kind}/full-name`);
    assert.equal(await page.locator('#full-name').inputValue(), VOTER, 'the answer is filled in');
    await type(page, 'full-name', `${VOTER} Jones`);
    await submit(page, STRINGS[lang].continue);
    await onPage(page, `${prefix}/apply/${kind}/check`);
    assert.ok((await rows.innerText()).includes(`${VOTER} Jones`), 'the changed answer is shown');
  }
  await submit(page, t.make);
  await onPage(page, `${prefix}/apply/${kind}/done`);
  assert.equal((await page.locator('h1').innerText()).trim(), t.done[kind]);
  if (errors) await assertAccessible(page, `${lang} /apply/${kind}/done`);
  const online = page.getByRole('link', { name: t.online[kind] });
  assert.match(await online.getAttribute('href'), /^https:\/\/www\.gov\.uk\/apply-(postal|proxy)-vote$/);

  await page.emulateMedia({ media: 'print' });
  try {
    const form = page.locator('.apply-form');
    assert.ok(await form.isVisible(), 'the form is printed');
    const printed = await form.innerText();
    for (const answer of [VOTER, NI_REASON, '1985', address, 'Llanffug']) {
      assert.ok(printed.includes(answer), `the printed form shows "${answer}": ${printed}`);
    }
    for (const hidden of ['.site-header-bar', '.draft-controls', '.apply-print', '.back-link']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** No answer in localStorage, IndexedDB or the caches. */
async function assertNothingStored(page) {
  const found = await page.evaluate(async (secrets) => {
    const texts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        texts.push(request.url);
        const response = await cache.match(request);
        if ((response.headers.get('content-type') ?? '').match(/json|text|html/)) texts.push(await response.text());
      }
    }
    const all = texts.join('\n');
    return { databases: databases.map((d) => d.name), hits: secrets.filter((s) => all.includes(s)) };
  }, [VOTER, NI_REASON]);
  assert.ok(!found.databases.includes('pollcard-drafts'), `no drafts database: ${found.databases}`);
  assert.deepEqual(found.hits, [], 'no answer in storage or the caches');
}

for (const lang of ['en', 'cy']) {
  test(`${lang}: the postal application by keyboard, the address from the lookup, errors, change and print`, { timeout: 180_000 }, async () => {
    const s = STRINGS[lang];
    const { context, page, record } = await newPage();
    try {
      await page.goto(`${suite.server.origin}${s.prefix}/`);
      await page.getByLabel(s.postcodeLabel, { exact: true }).fill('AA1 2AB');
      await page.getByRole('button', { name: s.submit }).press('Enter');
      await page.locator('#address-2').press('Space');
      await submit(page, s.continue);
      await page.waitForURL(/\/station\//);
      await goInApp(page, `${s.prefix}/apply/postal`);
      await sharedQuestions(page, lang, 'postal', { errors: true, lookup: true });
      await question(page, lang, 'postal', 'ballot-address');
      await page.locator('#ballot-address-registered').press('Space');
      await submit(page, s.continue);
      await contactAndCheck(page, lang, 'postal', true);
      await checkAndPrint(page, lang, 'postal', { errors: true, address: '3 Heol y Bont' });
      await assertNothingStored(page);
      await assertClean(page, record, suite.server.origin, [VOTER, 'AA1 2AB']);
    } finally {
      await context.close();
    }
  });

  test(`${lang}: the proxy application by keyboard, with its own questions and errors`, { timeout: 180_000 }, async () => {
    const { context, page, record } = await newPage();
    try {
      await page.goto(`${suite.server.origin}${STRINGS[lang].prefix}/apply/proxy`);
      await sharedQuestions(page, lang, 'proxy', { errors: false, lookup: false });
      await proxyQuestions(page, lang, true);
      await contactAndCheck(page, lang, 'proxy', false);
      await checkAndPrint(page, lang, 'proxy', { errors: true, address: '5 Heol y Bont' });
      await assertNothingStored(page);
      await assertClean(page, record, suite.server.origin, [VOTER]);
    } finally {
      await context.close();
    }
  });
}

test('an opted-in draft survives a reload and is gone after "Delete my answers now"', { timeout: 120_000 }, async () => {
  const t = TEXT.en;
  const { context, page, record } = await newPage();
  try {
    await page.goto(`${suite.server.origin}/apply/postal`);
    await page.getByLabel(t.save).press('Space');
    await page.getByRole('button', { name: t.start }).press('Enter');
    await onPage(page, '/apply/postal/full-name');
    await type(page, 'full-name', VOTER);
    await submit(page, 'Continue');
    await onPage(page, '/apply/postal/previous-name');
    // Written to IndexedDB in the background: wait until it is there.
    await page.waitForFunction(async (name) => {
      const database = await new Promise((resolve) => {
        const request = indexedDB.open('pollcard-drafts');
        request.onsuccess = () => resolve(request.result);
      });
      const stored = await new Promise((resolve) => {
        const request = database.transaction('drafts').objectStore('drafts').get('postal');
        request.onsuccess = () => resolve(String(request.result ?? ''));
        request.onerror = () => resolve('');
      });
      database.close();
      return stored.includes(name);
    }, VOTER);
    await page.goto(`${suite.server.origin}/apply/postal/full-name`);
    await page.waitForFunction((name) => document.querySelector('#full-name')?.value === name, VOTER);
    assert.equal(await page.getByLabel(t.save).isChecked(), true, 'the choice to save is shown');

    await page.getByRole('button', { name: t.delete }).press('Enter');
    await page.waitForFunction(() => document.querySelector('#full-name')?.value === '');
    await page.reload();
    await page.locator('#full-name').waitFor();
    assert.equal(await page.locator('#full-name').inputValue(), '', 'nothing comes back after a reload');
    assert.equal(await page.getByLabel(t.save).isChecked(), false);
    await assertNothingStored(page);
    await assertClean(page, record, suite.server.origin, [VOTER]);
  } finally {
    await context.close();
  }
});

test('after one visit the postal application works with the server stopped', { timeout: 120_000 }, async () => {
  const server = await startServer();
  const { context, page } = await newPage();
  try {
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await server.stop();
    await page.goto(`${server.origin}/apply/postal`);
    await sharedQuestions(page, 'en', 'postal', { errors: false, lookup: false });
    await page.locator('#ballot-address-registered').press('Space');
    await submit(page, 'Continue');
    await contactAndCheck(page, 'en', 'postal', false);
    await submit(page, TEXT.en.make);
    await onPage(page, '/apply/postal/done');
    assert.ok((await page.locator('.apply-form').innerText()).includes(VOTER), 'the form is made offline');
  } finally {
    await context.close();
  }
});
