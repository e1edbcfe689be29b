// Keyboard and reflow, against the release build.
//
// Keyboard: the main journeys with the keyboard alone (Tab, Shift+Tab, Enter and
// Space; the arrow keys only inside a radio group, the one widget whose keys they
// are), never a click. On every page of a journey the Tab key goes round the whole
// page: each element it reaches shows a focus indicator (an outline of some width
// in a visible colour, or a box shadow it does not have without focus) and is not
// hidden under anything (the element at the centre of its visible part is itself or
// inside it), every element that should be reachable is, and Tab leaves every widget
// and comes back round (no focus trap).
//
// Reflow: at 320 CSS px, and at 400 % zoom of a 1280 × 1024 window, no page scrolls
// sideways (anything wider scrolls inside a labelled, focusable region); with WCAG
// 1.4.12's text spacing no text is clipped. Browser zoom is emulated as a 320 × 256
// viewport with deviceScaleFactor 4, which is what zooming to 400 % does to the page
// (its CSS viewport becomes a quarter as wide and high, media queries see 320 px and
// 4 dppx) rather than the CSS `zoom` property, which scales the page inside an
// unchanged 1280 px viewport and so would not test the layout the voter gets. At that
// zoom the Tab key also goes round every page, checking each stop as above.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertClean } from './support/checks.mjs';
import { demoPostcodes } from './support/demo.mjs';
import { BALLOT, FIXED_TIME, MAIN_PAGES, openMainPage, settle } from './support/a11y.mjs';

// POLLCARD_TEST_DIST=FOLDER checks a copy of a release build instead of dist/.
const suite = serveReleaseBuild(process.env.POLLCARD_TEST_DIST || undefined);
const demo = demoPostcodes();
/** How many focus stops and pages the keyboard tests checked, printed at the end. */
const checked = { stops: 0, pages: 0 };

/**
 * The focused element: a name for messages, whether it shows focus, and what (if
 * anything) covers the centre of its part inside the viewport.
 */
async function focusState(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor);
    // The same element without focus: a shallow copy beside it (no id or name, so no
    // radio group or label changes), for the shadow it has anyway.
    const copy = element.cloneNode(false);
    copy.removeAttribute('id');
    copy.removeAttribute('name');
    element.after(copy);
    const unfocusedShadow = getComputedStyle(copy).boxShadow;
    copy.remove();
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== unfocusedShadow;
    // Each line of a link that wraps is a box of its own: the centre of each part
    // inside the viewport must be the element (or inside it, or its label).
    const parts = [...element.getClientRects()].map((box) => ({
      left: Math.max(box.left, 0), right: Math.min(box.right, innerWidth), top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight),
    })).filter((part) => part.right > part.left && part.bottom > part.top);
    let covered = parts.length ? null : 'outside the viewport';
    for (const part of parts) {
      const hit = document.elementFromPoint((part.left + part.right) / 2, (part.top + part.bottom) / 2);
      const own = hit && (element.contains(hit) || [...(element.labels ?? [])].some((label) => label.contains(hit)));
      if (!own) covered = hit ? `under ${describe(hit)}` : 'nothing at its centre';
    }
    return { name: describe(element), shown: outline || shadow, covered };
  });
}

/** Marks the focused element so the cycle can tell when it comes round again. */
async function focusedKey(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    if (!element.dataset.tabStop) element.dataset.tabStop = String((window.__tabStops = (window.__tabStops ?? 0) + 1));
    return element.dataset.tabStop;
  });
}

/** The elements the Tab key should reach: focusable, shown, enabled, one per radio group. */
async function expectedTabStops(page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const groups = new Set();
    return [...document.querySelectorAll(selector)].filter((el) => {
      if (el.disabled || el.tabIndex < 0 || el.type === 'hidden' || !el.checkVisibility({ visibilityProperty: true })) return false;
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') return false;
      // The skip link is shown only with focus, so it is counted although hidden now.
      if (el.type === 'radio') {
        if (groups.has(el.name)) return false;
        groups.add(el.name);
      }
      return true;
    }).length;
  });
}

/**
 * Goes round the page with `key` (Tab or Shift+Tab) from where focus is until it
 * comes back to the first element reached; every stop must show focus and not be
 * covered, and every expected stop must be reached. Returns the problems found.
 */
async function goRound(page, label, key = 'Tab') {
  const problems = [];
  checked.pages += 1;
  const expected = await expectedTabStops(page);
  const seen = [];
  for (let step = 0; step < expected + 6; step += 1) {
    await page.keyboard.press(key);
    const id = await focusedKey(page);
    if (id === null) continue; // past the end: the browser's own controls, then round again
    if (id === seen[0]) break;
    if (seen.includes(id)) {
      problems.push(`${label}: ${key} came back to an element before going round (a trap) after ${seen.length} stops`);
      break;
    }
    seen.push(id);
    checked.stops += 1;
    const state = await focusState(page);
    if (!state.shown) problems.push(`${label}: no visible focus on ${state.name}`);
    if (state.covered) problems.push(`${label}: focus on ${state.name} is ${state.covered}`);
  }
  // The skip link may not be counted as visible before it has focus (it is 1 px).
  if (seen.length < expected) problems.push(`${label}: ${key} reached ${seen.length} of ${expected} elements`);
  return problems;
}

/**
 * Presses Tab until the focused element is `target`: `{ text }` (its whole text),
 * `{ href }` (a pattern for its address) or `{ type }` (an input's type). Fails if
 * the Tab key never gets there.
 */
async function tabTo(page, target) {
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(({ text, href, type }) => {
      const element = document.activeElement;
      if (text !== undefined) return element?.textContent.trim() === text;
      if (href !== undefined) return new RegExp(href).test(element?.getAttribute('href') ?? '');
      return element?.type === type;
    }, { ...target, href: target.href?.source });
    if (reached) return;
  }
  assert.fail(`the Tab key never reached ${JSON.stringify(target)}`);
}

/**
 * One step of a journey: Tab to `target`, press `key`, and on the page it leads to
 * (address matching `url`) check the title and the h1's focus, then go round it.
 */
async function step(page, problems, target, url, label, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
  await page.waitForURL(url);
  await arrived(page, problems, label);
}

/** A new page: focus on its h1, which the title names; then Tab goes round it. */
async function arrived(page, problems, label) {
  await settle(page);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  const heading = (await page.locator('main h1').innerText()).trim();
  assert.equal(await page.title(), `${heading} – Pollcard`, `${label}: title`);
  problems.push(...(await goRound(page, label)));
}

/**
 * A keyboard test: a fresh page at `path` (the clock fixed), then `journey(page,
 * problems)`; the problems every round of a page found fail the test at the end, and
 * `secrets` must not leak into any URL.
 */
function keyboardTest(name, path, journey, secrets = []) {
  test(name, async () => {
    const context = await suite.browser.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, record } = await openPage(context);
    await page.clock.setFixedTime(FIXED_TIME);
    await page.goto(`${suite.server.origin}${path}`);
    await settle(page);
    const problems = [];
    await journey(page, problems);
    await assertClean(page, record, suite.server.origin, secrets);
    await context.close();
    assert.deepEqual(problems, []);
  });
}

// The words the journey's links and buttons carry, in each language.
const JOURNEY = {
  en: { prefix: '', continue: 'Continue', elections: 'Elections and candidates where you live' },
  cy: { prefix: '/cy', continue: 'Parhau', elections: "Etholiadau ac ymgeiswyr lle rydych chi'n byw" },
};

for (const [lang, words] of Object.entries(JOURNEY)) {
  keyboardTest(`[${lang}] keyboard alone: postcode → choose address → station → elections → ballot → candidate`, words.prefix || '/', async (page, problems) => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link', 'the first Tab reaches the skip link');
    problems.push(...(await goRound(page, `${lang} home`)));
    await tabTo(page, { type: 'text' });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('autocomplete')), 'postal-code');
    await page.keyboard.type(demo.split.postcode);
    await page.keyboard.press('Enter');
    await page.waitForURL(/choose-address/);
    await arrived(page, problems, `${lang} choose address`);
    await tabTo(page, { type: 'radio' });
    await page.keyboard.press('Space');
    await step(page, problems, { text: words.continue }, /\/station\//, `${lang} station`);
    await step(page, problems, { text: words.elections }, /\/elections$/, `${lang} your elections`);
    const ballot = new RegExp(`^${(words.prefix + BALLOT).replaceAll('.', '\\.')}$`);
    await step(page, problems, { href: ballot }, /\/ballot\/[^/]+$/, `${lang} ballot`);
    await step(page, problems, { href: /\/candidate\// }, /\/candidate\//, `${lang} candidate`);
  }, [demo.split.postcode]);
}

keyboardTest('keyboard alone: change a setting, then delete all my data; Shift+Tab goes round too', '/settings', async (page, problems) => {
  problems.push(...(await goRound(page, 'settings')));
  problems.push(...(await goRound(page, 'settings backwards', 'Shift+Tab')));
  await tabTo(page, { type: 'radio' });
  await page.keyboard.press('ArrowDown');
  await page.locator('#app-status').getByText('Your settings are saved on this device').waitFor();
  assert.equal(await page.getAttribute('html', 'data-text-size'), 'large');
  await tabTo(page, { text: 'Delete all my data on this device' });
  await page.keyboard.press('Enter');
  await page.locator('.confirm-panel').waitFor();
  problems.push(...(await goRound(page, 'settings, confirming deletion')));
  await tabTo(page, { text: 'Yes, delete my data' });
  await page.keyboard.press('Space');
  await page.locator('#app-status').getByText('Your data on this device has been deleted').waitFor();
  assert.equal(await page.getAttribute('html', 'data-text-size'), null, 'back to the standard size');
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pollcard-'))), []);
  problems.push(...(await goRound(page, 'settings after deleting')));
});

// No geolocation permission in the context: the browser refuses the request.
keyboardTest('keyboard alone: "use my location" refused, then the postcode search', '/location', async (page, problems) => {
  problems.push(...(await goRound(page, 'location')));
  await tabTo(page, { text: 'Use my location' });
  await page.keyboard.press('Enter');
  await page.locator('#app-status').getByText('was not allowed to use your location').waitFor();
  const live = '[role=status], [role=alert], [aria-live]:not([aria-live=off])';
  assert.equal(await page.locator(live).count(), 1, 'the refusal is said in the one live region; the page has none of its own');
  problems.push(...(await goRound(page, 'location refused')));
  await step(page, problems, { text: 'Search by postcode' }, (url) => url.pathname === '/', 'home from location');
  console.log(`keyboard: ${checked.stops} focus stops checked on ${checked.pages} rounds of a page`);
});

/** WCAG 1.4.12's spacing, as a user style sheet would set it (a constructed sheet, allowed by the CSP). */
async function addTextSpacing(page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    sheet.disabled = true;
    window.__textSpacing = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Sideways scrolling of the page, and elements scrolling sideways that are not labelled, focusable regions. */
async function reflowProblems(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const problems = [];
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    for (const el of document.querySelectorAll('body *')) {
      const { overflowX } = getComputedStyle(el);
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth) {
        const region = el.getAttribute('role') === 'region' && el.getAttribute('aria-label') && el.tabIndex === 0;
        if (!region) problems.push(`${el.tagName.toLowerCase()}.${el.className} scrolls sideways but is not a labelled, focusable region`);
      }
    }
    return problems;
  });
}

/** Elements that hide overflow and hold text that does not fit (the visually hidden 1 px pattern aside). */
async function clippedText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((el) => {
      const style = getComputedStyle(el);
      const hides = [style.overflowX, style.overflowY].some((v) => v === 'hidden' || v === 'clip');
      if (!hides || !el.textContent.trim() || (el.clientWidth <= 1 && el.clientHeight <= 1)) return [];
      if (!el.checkVisibility({ visibilityProperty: true })) return [];
      const clipped = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      return clipped ? [`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}"`] : [];
    }),
  );
}

const VIEWS = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, reflow: true },
  // Zoomed in, the keyboard goes round each page too: a 256 px high viewport is where
  // focus is likeliest to end up hidden under something.
  { name: '400 % zoom of 1280 px', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, reflow: true, keyboard: true },
  { name: '1280 px', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reflow: false },
];

for (const lang of ['en', 'cy']) {
  test(`[${lang}] reflow at 320 px and 400 % zoom (where Tab also goes round each page), and WCAG 1.4.12 text spacing clips nothing`, async () => {
    const problems = [];
    for (const view of VIEWS) {
      const context = await suite.browser.browser.newContext({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor });
      const { page, record } = await openPage(context);
      await page.clock.setFixedTime(FIXED_TIME);
      for (const entry of MAIN_PAGES) {
        await openMainPage(page, suite.server.origin, entry, lang);
        if (!(await page.evaluate(() => !!window.__textSpacing))) await addTextSpacing(page);
        const label = `${lang} ${view.name} ${entry.name}`;
        if (view.reflow) problems.push(...(await reflowProblems(page)).map((p) => `${label}: ${p}`));
        if (view.keyboard) problems.push(...(await goRound(page, label)));
        await page.evaluate(() => { window.__textSpacing.disabled = false; });
        problems.push(...(await clippedText(page)).map((p) => `${label} with text spacing: clipped ${p}`));
        if (view.reflow) problems.push(...(await reflowProblems(page)).map((p) => `${label} with text spacing: ${p}`));
        await page.evaluate(() => { window.__textSpacing.disabled = true; });
      }
      await assertClean(page, record, suite.server.origin);
      await context.close();
    }
    console.log(`reflow [${lang}]: ${MAIN_PAGES.length} pages × ${VIEWS.length} views, each with and without text spacing; keyboard: ${checked.stops} focus stops checked so far`);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });
}

test('the checks themselves catch a wide element, clipped text, a hidden focus and a covered one', async () => {
  const context = await suite.browser.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(`${suite.server.origin}/privacy`);
  await settle(page);
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.className = 'too-wide';
    wide.textContent = 'x'.repeat(400);
    wide.style.setProperty('overflow-wrap', 'normal');
    wide.style.setProperty('word-break', 'normal');
    const clipped = document.createElement('p');
    clipped.className = 'too-small';
    clipped.textContent = 'Some words that need more than one line at this width';
    for (const [k, v] of [['height', '1em'], ['overflow', 'hidden']]) clipped.style.setProperty(k, v);
    document.querySelector('main').append(wide, clipped);
  }).catch(() => {});
  // The CSP forbids style attributes set from markup but not through CSSOM, which is what ran above.
  assert.ok((await reflowProblems(page)).some((p) => p.includes('scrolls sideways')), 'a 400-character word widens the page');
  assert.ok((await clippedText(page)).some((p) => p.includes('too-small')), 'a paragraph one line high with overflow hidden clips');
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'No focus style';
    for (const [k, v] of [['outline', 'none'], ['box-shadow', 'none']]) button.style.setProperty(k, v, 'important');
    const cover = document.createElement('div');
    for (const [k, v] of [['position', 'fixed'], ['inset', '0'], ['background', 'white']]) cover.style.setProperty(k, v);
    document.querySelector('main').append(button);
    button.focus();
    document.body.append(cover);
  });
  assert.deepEqual(await focusState(page), { name: 'button "No focus style"', shown: false, covered: 'under div "' + '"' });
  await context.close();
});
