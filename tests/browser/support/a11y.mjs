// What the screen-reader, keyboard and reflow tests share: the main pages and how to
// reach each one, navigation inside the running app (no reload), and the checks that
// read the page's layout.
import { demoPostcodes } from './demo.mjs';
import { STRINGS } from './strings.mjs';

/** 10am on Wednesday 14 April 2027 in London: the fixed clock, so countdowns never change. */
export const FIXED_TIME = new Date('2027-04-14T09:00:00Z');

/** The ballot the tests open, and whose first candidate they follow. */
export const BALLOT = '/ballot/local.demo-county.llanffug-north.2027-05-06';

const demo = demoPostcodes();

/**
 * The main pages, in the order they are opened in one page without a reload (the
 * lookups last, so the elections page lists every election). `path` is opened
 * directly; `lookup` is a postcode typed on the home page; `find` is the first link
 * in `<main>` matching it on the page at `from`.
 */
export const MAIN_PAGES = [
  { name: 'home', path: '/' },
  { name: 'elections', path: '/elections' },
  { name: 'ballot', path: BALLOT },
  { name: 'candidate', find: /\/candidate\/[^/]+\/[^/]+$/, from: BALLOT },
  { name: 'settings', path: '/settings' },
  { name: 'voting-if-you-are-disabled', path: '/voting-if-you-are-disabled' },
  { name: 'accessibility-statement', path: '/accessibility' },
  { name: 'privacy', path: '/privacy' },
  { name: 'location', path: '/location' },
  { name: 'station', path: `/station/${demo.single_station.station_id}` },
  { name: 'choose-address', lookup: demo.split.postcode },
  { name: 'no-station', lookup: demo.unknown_station.postcode },
];

/** Waits for the page's heading and data (the footer names the council once the data is in). */
export async function settle(page) {
  await page.locator('main h1').waitFor();
  await page.locator('footer h2').first().waitFor({ timeout: 5000 }).catch(() => {});
  await page.locator('main h1').waitFor();
}

/**
 * Runs `action` and waits for another page: the layout and its `<main>` are built
 * afresh on every navigation, so the old `<main>` is marked first.
 */
export async function pageChange(page, action) {
  await page.evaluate(() => document.querySelector('main')?.setAttribute('data-leaving', ''));
  await action();
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main[data-leaving]'));
}

/** Goes to `path` inside the running app as its links do (loads it if the app is not running). */
export async function go(page, origin, path) {
  const running = await page.evaluate(() => !!document.querySelector('main h1')).catch(() => false);
  if (!running) {
    await page.goto(origin + path);
  } else if ((await page.evaluate(() => location.pathname)) !== path) {
    await pageChange(page, () =>
      page.evaluate((target) => {
        history.pushState(null, '', target);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path),
    );
  }
  await settle(page);
}

/** Opens main page `entry` in `lang` (`en` or `cy`) on `page`. */
export async function openMainPage(page, origin, entry, lang) {
  const s = STRINGS[lang];
  const at = (path) => (s.prefix + path).replace(/(.)\/$/, '$1');
  if (entry.path) return go(page, origin, at(entry.path));
  if (entry.lookup) {
    await go(page, origin, at('/'));
    await page.getByLabel(s.postcodeLabel, { exact: true }).fill(entry.lookup);
    await pageChange(page, () => page.getByRole('button', { name: s.submit }).click());
    return settle(page);
  }
  await go(page, origin, at(entry.from));
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => entry.find.test(h));
  if (!href) throw new Error(`no link matching ${entry.find} on ${entry.from}`);
  return go(page, origin, href);
}

/** Elements whose computed transition or animation lasts any time (with their pseudo-elements). */
export async function movingElements(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map(parseFloat);
        return durations.some((d) => d > 0) ? [`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.className}`] : [];
      }),
    ),
  );
}
