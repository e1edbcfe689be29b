// Pollcard as an installable app, and without JavaScript, against the release build
// served by `pollcard serve` with the production headers. Chromium itself judges the
// manifest and installability through the DevTools protocol (Page.getAppManifest,
// Page.getInstallabilityErrors), so these tests see what its install prompt sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './support/server.mjs';
import { serveReleaseBuild } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { assertAccessible, assertClean } from './support/checks.mjs';
import { STRINGS } from './support/strings.mjs';

const suite = serveReleaseBuild();
// The council the build's <noscript> fallback names: the bundle the build published.
const council = JSON.parse(readFileSync(path.join(ROOT, 'dist/data/bundle.json'), 'utf8')).council;

// Playwright's browser contexts are off the record, so Chromium always adds this one;
// it says nothing about the app.
const INCOGNITO = 'in-incognito';


/** Waits until the page's manifest link is `href` (the app sets it with the language). */
async function waitForManifestLink(page, href) {
  await page.waitForFunction(
    (expected) => document.querySelector('link[rel="manifest"]')?.getAttribute('href') === expected,
    href,
  );
}

/** Chromium's own reading of the page's manifest, and its installability verdict. */
async function chromiumVerdict(context, page) {
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await cdp.detach();
  const describe = (e) => `${e.errorId}${e.errorArguments?.length ? ` ${JSON.stringify(e.errorArguments)}` : ''}`;
  return { manifest, installabilityErrors: installabilityErrors.map(describe) };
}

for (const lang of ['en', 'cy']) {
  const home = lang === 'en' ? '/' : '/cy/';
  const manifestPath = `/manifest.${lang}.webmanifest`;

  test(`[${lang}] ${home} links its own manifest and Chromium finds the app installable`, async () => {
    const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
    try {
      const { page, record } = await openPage(context);
      await page.goto(suite.server.origin + home);
      await page.locator('h1').waitFor();
      await waitForManifestLink(page, manifestPath);

      const { manifest, installabilityErrors } = await chromiumVerdict(context, page);
      assert.equal(manifest.url, suite.server.origin + manifestPath);
      assert.deepEqual(manifest.errors, [], 'Chromium reports no manifest errors');
      const data = JSON.parse(manifest.data);
      assert.equal(data.lang, lang);
      assert.equal(data.start_url, home);
      assert.equal(data.id, home);
      assert.deepEqual(
        data.icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose}`),
        [
          '/icons/app-icon.svg any any',
          '/icons/icon-192.png 192x192 any',
          '/icons/icon-512.png 512x512 any',
          '/icons/maskable-192.png 192x192 maskable',
          '/icons/maskable-512.png 512x512 maskable',
        ],
      );
      assert.deepEqual(installabilityErrors.filter((id) => id !== INCOGNITO), [], 'installability errors');

      // The files themselves, with the production headers.
      const served = await page.request.get(suite.server.origin + manifestPath);
      assert.equal(served.status(), 200);
      assert.equal(served.headers()['content-type'], 'application/manifest+json; charset=utf-8');
      assert.equal(served.headers()['cache-control'], 'no-cache');
      for (const icon of data.icons.filter((i) => i.type === 'image/png')) {
        const png = await page.request.get(suite.server.origin + icon.src);
        assert.equal(png.status(), 200, icon.src);
        assert.equal(png.headers()['content-type'], 'image/png', icon.src);
        const [width, height] = icon.sizes.split('x').map(Number);
        const body = await png.body();
        assert.deepEqual([body.readUInt32BE(16), body.readUInt32BE(20)], [width, height], `${icon.src} IHDR`);
      }
      await assertClean(page, record, suite.server.origin);
    } finally {
      await context.close();
    }
  });
}

test('switching language in the app points the manifest link at the other language', async () => {
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const { page, record } = await openPage(context);
    await page.goto(suite.server.origin + '/');
    await page.locator('h1').waitFor();
    await waitForManifestLink(page, '/manifest.en.webmanifest');
    await page.getByRole('link', { name: STRINGS.en.otherLanguageLink }).click();
    await page.getByRole('heading', { name: STRINGS.cy.homeHeading }).waitFor();
    await waitForManifestLink(page, '/manifest.cy.webmanifest');
    const { manifest } = await chromiumVerdict(context, page);
    assert.equal(manifest.url, suite.server.origin + '/manifest.cy.webmanifest');
    assert.equal(JSON.parse(manifest.data).lang, 'cy');
    await assertClean(page, record, suite.server.origin);
  } finally {
    await context.close();
  }
});

/**
 * axe runs in the page, so it cannot run where JavaScript is off; and with JavaScript
 * on, a browser never shows <noscript>. So axe checks the page as the no-JavaScript
 * browser built it: its DOM, with <noscript> as a plain container and scripts left out,
 * served at the same origin (so the stylesheet applies) in a JavaScript-enabled page.
 */
async function assertAccessibleWithoutJavaScript(noScriptPage, label) {
  const html = await noScriptPage.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
    for (const noscript of copy.querySelectorAll('noscript')) {
      const container = document.createElement('div');
      container.append(...noscript.childNodes);
      noscript.replaceWith(container);
    }
    return `<!DOCTYPE html>\n${copy.outerHTML}`;
  });
  const context = await suite.browser.browser.newContext({ viewport: { width: 1024, height: 800 } });
  try {
    const page = await context.newPage();
    const url = `${suite.server.origin}/__as-rendered-without-javascript`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    assert.ok(await page.getByRole('heading', { name: 'Pollcard needs JavaScript', exact: true }).isVisible());
    await assertAccessible(page, label);
  } finally {
    await context.close();
  }
}

test('without JavaScript the page says what to do, with the council contact, in English and Welsh', async () => {
  const context = await suite.browser.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
  try {
    const page = await context.newPage();
    for (const route of ['/', '/cy/station/S1']) {
      await page.goto(suite.server.origin + route);
      await page.getByRole('heading', { name: 'Pollcard needs JavaScript', exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Mae angen JavaScript ar Pollcard', exact: true }).waitFor();
      // The Welsh text is marked as Welsh.
      assert.equal(await page.locator('section[lang="cy"] h2').innerText(), 'Mae angen JavaScript ar Pollcard');
      const phone = page.getByRole('link', { name: council.contact.phone });
      assert.equal(await phone.count(), 2, 'the phone number in each language');
      assert.ok(await phone.first().isVisible(), 'the phone number is visible');
      assert.equal(await phone.first().getAttribute('href'), `tel:${council.contact.phone.replace(/[^0-9+]/g, '')}`);
      assert.ok(await page.getByText(council.name.en, { exact: true }).isVisible());
      assert.ok(await page.getByText(council.name.cy, { exact: true }).isVisible());
      await assertAccessibleWithoutJavaScript(page, `${route} without JavaScript`);
    }
  } finally {
    await context.close();
  }
});
