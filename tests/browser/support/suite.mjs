// The set-up most browser test files share: one `pollcard serve dist` and one Chromium
// for the whole file, both closed afterwards, and the axe best-practice findings
// printed at the end (they are reported, not failures).
import { before, after } from 'node:test';
import { startServer, stopAllServers } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { bestPracticeReport } from './checks.mjs';

/**
 * Registers the file's `before` and `after`; `suite.server` and `suite.browser` are set
 * once it has started. `dir` serves a copy of a release build instead of dist/.
 */
export function serveReleaseBuild(dir = undefined) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startServer(dir);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
    await stopAllServers();
    console.log(`axe best-practice findings and items to review (not failures): ${bestPracticeReport.size}`);
    for (const [rule, pages] of bestPracticeReport) console.log(`  ${rule} — on ${pages} page(s)`);
  });
  return suite;
}
