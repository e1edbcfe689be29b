// Debian Chromium driven by Playwright, locked down the way the tests need it: no
// background traffic, and no host but 127.0.0.1 even resolvable, so nothing can leave
// the machine even if a check misses it.
import { chromium } from 'playwright-core';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches Chromium (Playwright gives it a fresh profile) with one new context. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  return {
    browser,
    context,
    async close() {
      await browser.close();
    },
  };
}

/**
 * Opens a page that records every request, every CSP violation and every console
 * error, for the checks in `assertClean`.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const record = { requests: [], cspViolations: [], errors: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  page.on('pageerror', (error) => record.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  await page.exposeBinding('__pollcardCspViolation', (_source, text) => record.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__pollcardCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return { page, record };
}
