// The accessibility matrix: every page of the app × {en, cy} × {320 px, 1280 px} ×
// {default, forced colours, high-contrast theme, largest text size}, against the
// release build served with the production headers. Each page in each variant must
// have zero axe violations for WCAG 2.0/2.1/2.2 A and AA and must not scroll sideways
// at 320 px; axe's best-practice findings from the same run are printed at the end
// (not failures). Then the display settings themselves: applied before the first
// paint, kept across a reload, reduced motion, visible focus, and "delete all my data".
//
// Pages are listed in ROUTES below, one line each: add a page there when it is added
// to src/routes.rs. A page reached by a journey (a lookup) says how to get there; a
// page whose address holds an id found in the data says where to find a link to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertClean } from './support/checks.mjs';
import { demoPostcodes } from './support/demo.mjs';
import { STRINGS } from './support/strings.mjs';

// POLLCARD_TEST_DIST=FOLDER checks a copy of a release build instead of dist/.
const suite = serveReleaseBuild(process.env.POLLCARD_TEST_DIST || undefined);
const demo = demoPostcodes();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGUAGES = ['en', 'cy'];
const WIDTHS = [320, 1280];

/**
 * Runs `action` and waits for the app to show another page: the layout and its
 * `<main>` are built afresh on every navigation, so the old `<main>` is marked first.
 */
async function pageChange(page, action) {
  await page.evaluate(() => document.querySelector('main')?.setAttribute('data-leaving', ''));
  await action();
  await page.waitForFunction(() => document.querySelector('main') && !document.querySelector('main[data-leaving]'));
}

/**
 * Goes to `path` inside the app, as its links and the back button do (no reload, so
 * the matrix does not start the app hundreds of times); loads it when `fresh` or when
 * the app is not running yet.
 */
async function go(page, path, fresh = false) {
  const running = await page.evaluate(() => !!document.querySelector('main h1')).catch(() => false);
  if (fresh || !running) {
    await page.goto(suite.server.origin + path);
    return;
  }
  if (await page.evaluate(() => location.pathname) === path) return;
  await pageChange(page, () =>
    page.evaluate((target) => {
      history.pushState(null, '', target);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path),
  );
}

/** A postcode typed on the home page, and (unless it is refused there) the page it leads to. */
function byLookup(postcode, url) {
  return async (page, s) => {
    await go(page, s.prefix || '/');
    await page.locator('main h1').waitFor();
    await page.getByLabel(s.postcodeLabel, { exact: true }).fill(postcode);
    const submit = () => page.getByRole('button', { name: s.submit }).click();
    if (url) {
      await pageChange(page, submit);
      await page.waitForURL(url);
    } else {
      await submit();
    }
  };
}

/**
 * Every page of the app (src/routes.rs's `Page`, plus the states a page can be in).
 * `path`: opened directly; `journey(page, strings)`: reached by doing what a voter
 * does; `find`: the address is the first link matching it on the page at `from`
 * (pages keyed by an id in the data), skipped with a note when the data has none.
 */
const ROUTES = [
  { name: 'home', path: '/' },
  { name: 'home, postcode error', journey: byLookup('not a postcode') , after: (page) => page.locator('.error-summary').waitFor() },
  { name: 'station', path: `/station/${demo.single_station.station_id}` },
  { name: 'choose address', journey: byLookup(demo.split.postcode, /choose-address/) },
  { name: 'no station', journey: byLookup(demo.unknown_station.postcode, /no-station/) },
  { name: 'postcode not found', journey: byLookup(demo.not_in_data.postcode, /not-found/) },
  { name: 'result page reloaded (start again)', path: '/choose-address', fresh: true },
  { name: 'privacy', path: '/privacy' },
  { name: 'publication history', path: '/history' },
  { name: 'settings', path: '/settings' },
  { name: 'settings, confirming deletion', path: '/settings', after: (page) => page.locator('.button-warning').first().click().then(() => page.locator('.confirm-panel').waitFor()) },
  { name: 'voting if you are disabled', path: '/voting-if-you-are-disabled' },
  { name: 'accessibility statement', path: '/accessibility' },
  { name: 'page not found', path: '/no-such-page' },
  { name: 'elections', path: '/elections' },
  { name: 'ballot', find: /^\/ballot\/[^/]+$/, from: '/elections' },
  { name: 'ballot paper', find: /^\/ballot\/[^/]+\/paper$/, from: 'ballot' },
  { name: 'candidates', path: '/candidates' },
  { name: 'candidate', find: /^\/candidate\/[^/]+\/[^/]+$/, from: 'ballot' },
  { name: 'use my location', path: '/location' },
  { name: 'choosing a place to hand in a postal vote', path: '/places' },
  { name: 'ways to vote', path: '/ways-to-vote' },
  { name: 'emergency proxy: what happened', path: '/emergency-proxy' },
  { name: 'easy read station', path: `/easy-read/station/${demo.single_station.station_id}` },
  { name: 'tell the council', path: `/tell-the-council/station/${demo.single_station.station_id}` },
  { name: 'postal application: date of birth', path: '/apply/postal/date-of-birth' },
  { name: 'proxy application: a question with an error', path: '/apply/proxy/scope', after: (page) => page.getByRole('button', { name: /^(Continue|Parhau)$/ }).click().then(() => page.locator('.error-summary').waitFor()) },
];

/** The display variants: what the context emulates, and the settings stored first. */
function modes(width) {
  return [
    { name: 'default' },
    { name: 'forced colours', forcedColors: 'active' },
    // Both high-contrast themes are covered: dark on phones, light on desktops.
    { name: `high contrast ${width === 320 ? 'dark' : 'light'}`, storage: { 'pollcard-contrast': width === 320 ? 'dark' : 'light' } },
    { name: 'largest text', storage: { 'pollcard-text-size': 'largest' } },
  ];
}

const bestPractice = new Map();
const timing = { checks: 0, started: 0, perRoute: new Map() };
// `POLLCARD_MATRIX_ONLY="cy 320 largest text"` runs only the variants whose name holds it.
const ONLY = process.env.POLLCARD_MATRIX_ONLY;
const skipped = new Set();


/** The routes with their addresses found in the data (see `find`). */
let resolvedRoutes = [];

/** Waits until the page has its heading and its data (the footer names the council). */
async function settle(page) {
  await page.locator('main h1').waitFor();
  await page.locator('footer h2').first().waitFor({ timeout: 5000 }).catch(() => {});
  await page.locator('main h1').waitFor();
}

async function resolveRoutes() {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const found = {};
  const resolved = [];
  for (const route of ROUTES) {
    if (!route.find) {
      resolved.push(route);
      continue;
    }
    const from = found[route.from] ?? route.from;
    let path = null;
    if (from) {
      await page.goto(suite.server.origin + from);
      await settle(page);
      const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      path = hrefs.find((href) => route.find.test(href)) ?? null;
    }
    if (path) {
      found[route.name] = path;
      resolved.push({ ...route, path });
    } else {
      skipped.add(`${route.name}: no link matching ${route.find} on ${from ?? route.from} in this data`);
    }
  }
  await context.close();
  return resolved;
}

async function newContext({ width, forcedColors, storage, reducedMotion }) {
  const context = await suite.browser.browser.newContext({
    viewport: { width, height: 900 },
    forcedColors: forcedColors ?? 'none',
    reducedMotion: reducedMotion ?? 'no-preference',
  });
  if (storage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
  }
  return context;
}

/** Opens `route` in `lang` on `page`. */
async function open(page, route, s) {
  if (route.journey) await route.journey(page, s);
  else await go(page, (s.prefix + route.path).replace(/(.)\/$/, '$1'), route.fresh);
  await settle(page);
  if (route.after) await route.after(page);
}

/** axe (WCAG and best practice in one run) and reflow; returns the problems found. */
async function checkPage(page, label, width) {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
  timing.checks += 1;
  const problems = [];
  for (const v of results.violations) {
    if (v.tags.some((tag) => WCAG_TAGS.includes(tag))) {
      problems.push(`${label}: ${v.id} (${v.impact}) ${v.help}\n      ${v.nodes.map((n) => n.target.join(' ')).join('\n      ')}`);
    } else {
      const key = `${v.id}: ${v.help}`;
      if (!bestPractice.has(key)) bestPractice.set(key, new Set());
      bestPractice.get(key).add(label);
    }
  }
  if (width === 320) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${label}: scrolls sideways by ${overflow} px at 320 px (WCAG 1.4.10)`);
  }
  return problems;
}

test('the pages to check, with addresses found in the data', async () => {
  timing.started = Date.now();
  resolvedRoutes = await resolveRoutes();
  assert.ok(resolvedRoutes.length >= 15, `at least 15 pages to check (${resolvedRoutes.length})`);
});

for (const lang of LANGUAGES) {
  for (const width of WIDTHS) {
    for (const mode of modes(width)) {
      const variant = `${lang} ${width} ${mode.name}`;
      test(`[${lang}] ${width} px, ${mode.name}: every page passes axe WCAG 2.2 AA and reflows`, { skip: ONLY && !variant.includes(ONLY) }, async () => {
        const s = STRINGS[lang];
        const context = await newContext({ width, ...mode });
        const { page, record } = await openPage(context);
        const problems = [];
        for (const route of resolvedRoutes) {
          const label = `${lang} ${width}px ${mode.name} — ${route.name}`;
          const started = Date.now();
          await open(page, route, s);
          assert.equal(await page.getAttribute('html', 'lang'), lang, `${label}: <html lang>`);
          for (const [key, value] of Object.entries(mode.storage ?? {})) {
            const attribute = `data-${key.replace('pollcard-', '')}`;
            assert.equal(await page.getAttribute('html', attribute), value, `${label}: the setting is applied`);
          }
          problems.push(...(await checkPage(page, label, width)));
          timing.perRoute.set(route.name, (timing.perRoute.get(route.name) ?? 0) + Date.now() - started);
        }
        await assertClean(page, record, suite.server.origin);
        await context.close();
        assert.deepEqual(problems, [], `accessibility problems:\n  ${problems.join('\n  ')}`);
      });
    }
  }
}

/** The live region's text. */
async function statusText(page) {
  return (await page.locator('#app-status').innerText()).trim();
}

test('settings apply at once, persist across a reload and are there before the first paint', async () => {
  const context = await newContext({ width: 1280 });
  const { page, record } = await openPage(context);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.documentElement;
      window.__atDomContentLoaded = { size: root.getAttribute('data-text-size'), contrast: root.getAttribute('data-contrast'), spacing: root.getAttribute('data-spacing') };
    });
  });
  await page.goto(`${suite.server.origin}/settings`);
  await settle(page);
  // The early script is an external file in <head>, before the stylesheet is used.
  const early = await page.evaluate(() => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'INLINE'));
  assert.ok(early.some((src) => /settings-early-[0-9a-f]+\.js$/.test(src)), `the settings script is loaded from a hashed file: ${early}`);
  assert.ok(!early.includes('INLINE'), 'no inline script');

  await page.getByLabel('Largest (twice the standard size)').check();
  assert.equal(await page.getAttribute('html', 'data-text-size'), 'largest', 'applied without a reload');
  await page.getByLabel('High contrast: white text on black').check();
  await page.getByLabel('Wider spacing', { exact: false }).check();
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'dark');
  await page.locator('#app-status').getByText('Your settings are saved on this device').waitFor();
  assert.match(await statusText(page), /^Space between lines, words and letters: .*Wider spacing.*saved on this device\.$/s, 'the live region says what was saved, once');
  // Only this page's message: one status message, in the one live region.
  assert.equal(await page.locator('[role=status], [aria-live]').count(), 1, 'a single live region');

  const fontSize = async () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.equal(await fontSize(), 32, 'largest is twice the 16 px standard');
  const spacing = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const size = parseFloat(body.fontSize);
    return { letter: parseFloat(body.letterSpacing) / size, word: parseFloat(body.wordSpacing) / size, line: parseFloat(body.lineHeight) / size };
  });
  assert.ok(spacing.letter >= 0.12 && spacing.word >= 0.16 && spacing.line >= 1.5, `WCAG 1.4.12 spacing: ${JSON.stringify(spacing)}`);

  await page.reload();
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.__atDomContentLoaded), { size: 'largest', contrast: 'dark', spacing: 'wide' }, 'applied before DOMContentLoaded, so before the first paint');
  assert.equal(await page.getByLabel('Largest (twice the standard size)').isChecked(), true, 'the page shows the stored choice');
  // Another page, opened fresh, has them too.
  await page.goto(`${suite.server.origin}/cy/privacy`);
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.__atDomContentLoaded), { size: 'largest', contrast: 'dark', spacing: 'wide' });
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['pollcard-contrast', 'pollcard-spacing', 'pollcard-text-size'], 'only the documented preference keys are stored');
  await assertClean(page, record, suite.server.origin);
  await context.close();
});

test('the language setting switches now and opens the start page in that language later', async () => {
  const context = await newContext({ width: 1280 });
  const { page, record } = await openPage(context);
  await page.goto(`${suite.server.origin}/settings`);
  await settle(page);
  const welsh = page.getByLabel('Cymraeg');
  assert.equal(await welsh.evaluate((input) => input.labels[0].getAttribute('lang')), 'cy', 'the Welsh name is marked lang="cy"');
  await welsh.check();
  await page.waitForURL(/\/cy\/settings$/);
  await page.getByRole('heading', { level: 1, name: 'Gosodiadau' }).waitFor();
  await page.goto(`${suite.server.origin}/`);
  await page.waitForURL(/\/cy$/);
  await page.getByRole('heading', { level: 1, name: STRINGS.cy.homeHeading }).waitFor();
  await assertClean(page, record, suite.server.origin);
  await context.close();
});

test('delete all my data: confirmed first, then every preference goes and the live region says so', async () => {
  const context = await newContext({ width: 320, storage: undefined });
  const { page, record } = await openPage(context);
  await page.goto(`${suite.server.origin}/settings`);
  await settle(page);
  await page.getByLabel('Larger', { exact: true }).check();
  await page.getByLabel('Reduce motion').check();
  assert.equal(await page.getAttribute('html', 'data-motion'), 'reduce');
  await page.getByRole('button', { name: 'Delete all my data on this device' }).click();
  const confirm = page.getByRole('heading', { name: 'Are you sure you want to delete your data on this device?' });
  await confirm.waitFor();
  assert.equal(await confirm.evaluate((h) => h === document.activeElement), true, 'focus moves to the question');
  assert.equal(await page.evaluate(() => localStorage.getItem('pollcard-text-size')), 'larger', 'nothing is deleted before the voter confirms');
  await page.getByRole('button', { name: 'Yes, delete my data' }).click();
  await page.locator('#app-status').getByText('Your data on this device has been deleted').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pollcard-'))), []);
  assert.equal(await page.getAttribute('html', 'data-text-size'), null, 'the page is back to standard at once');
  assert.equal(await page.getAttribute('html', 'data-motion'), null);
  assert.equal(await page.getByLabel('Standard', { exact: true }).isChecked(), true, 'the choices show the standard settings');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Delete all my data on this device', 'focus returns to the button');
  await assertClean(page, record, suite.server.origin);
  await context.close();
});

/** Every element's computed transition and animation durations, where not zero. */
async function movingElements(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map((d) => parseFloat(d));
        return durations.some((d) => d > 0) ? [`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`] : [];
      }),
    ),
  );
}

test('reduced motion, from the device or the setting: no transition or animation lasts any time', async () => {
  for (const variant of [{ reducedMotion: 'reduce' }, { storage: { 'pollcard-motion': 'reduce' } }]) {
    const context = await newContext({ width: 1280, ...variant });
    const page = await context.newPage();
    for (const path of ['/', '/settings', `/station/${demo.single_station.station_id}`]) {
      await page.goto(suite.server.origin + path);
      await settle(page);
      assert.equal(await page.getAttribute('html', 'data-motion'), 'reduce', `${path}: reduced motion applied`);
      assert.deepEqual(await movingElements(page), [], `${path} ${JSON.stringify(variant)}: moving elements`);
    }
    await context.close();
  }
});

/** Whether the focused element shows focus: an outline, a box shadow or a changed background. */
async function focusShown(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', shown: true };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style.boxShadow !== 'none';
    const background = style.backgroundColor === 'rgb(255, 221, 0)';
    const name = `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id || '').trim().slice(0, 40)}"`;
    return { tag: name, shown: outline || shadow || background };
  });
}

test('focus is visible on every element the keyboard reaches, in every theme', async () => {
  const problems = [];
  for (const storage of [undefined, { 'pollcard-contrast': 'dark' }, { 'pollcard-contrast': 'light' }]) {
    const context = await newContext({ width: 1280, storage });
    const page = await context.newPage();
    for (const path of ['/', '/settings', `/station/${demo.single_station.station_id}`, '/history', '/accessibility']) {
      await page.goto(suite.server.origin + path);
      await settle(page);
      const seen = new Set();
      for (let step = 0; step < 60; step += 1) {
        await page.keyboard.press('Tab');
        const focus = await focusShown(page);
        if (seen.has(focus.tag)) break;
        seen.add(focus.tag);
        if (!focus.shown) problems.push(`${path} ${JSON.stringify(storage ?? 'default')}: ${focus.tag} has no visible focus`);
      }
      assert.ok(seen.size > 3, `${path}: the keyboard reaches the page's controls (${seen.size})`);
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('the matrix report: size, time, best-practice findings (printed, not failures)', () => {
  const seconds = ((Date.now() - timing.started) / 1000).toFixed(1);
  console.log(`accessibility matrix: ${timing.checks} page checks (${resolvedRoutes.length} pages × ${LANGUAGES.length} languages × ${WIDTHS.length} widths × 4 display modes) in ${seconds} s`);
  for (const note of skipped) console.log(`  skipped: ${note}`);
  const slowest = [...timing.perRoute].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`  slowest pages (total seconds over all variants): ${slowest.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
  console.log(`axe best-practice findings in the matrix (not failures): ${bestPractice.size}`);
  for (const [rule, where] of bestPractice) console.log(`  ${rule} — ${where.size} page check(s), e.g. ${[...where][0]}`);
});
