// Lighthouse 12.2.3 on the main pages, in English and Welsh: the accessibility and
// best-practices scores are printed, and each must be 100. A second opinion beside
// the axe matrix (Lighthouse runs axe too, plus its own audits: console errors,
// deprecated APIs, image ratios, the document's charset and doctype…).
//
// Lighthouse drives the same locked-down Debian Chromium as every other test, through
// its debugging port: it opens its own tab and loads each page cold, as a first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer, stopAllServers } from './support/server.mjs';
import { FLAGS } from './support/browser.mjs';
import { demoPostcodes } from './support/demo.mjs';

const demo = demoPostcodes();
const station = `/station/${demo.single_station.station_id}`;
const PAGES = [
  '/', station, '/elections', '/ways-to-vote', '/apply/postal', '/settings',
  '/voting-if-you-are-disabled', '/easy-read', '/accessibility',
  '/cy', `/cy${station}`, '/cy/ways-to-vote',
];
const CATEGORIES = ['accessibility', 'best-practices'];

let server;
let browser;
let port;

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

before(async () => {
  server = await startServer();
  port = await freePort();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, `--remote-debugging-port=${port}`],
  });
});

after(async () => {
  await browser?.close();
  await stopAllServers();
});

test(`Lighthouse: ${CATEGORIES.join(' and ')} score 100 on ${PAGES.length} main pages`, async () => {
  const shortfalls = [];
  console.log(`${'page'.padEnd(34)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(server.origin + path, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((id) => Math.round(categories[id].score * 100));
    console.log(`${path.padEnd(34)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const id of CATEGORIES) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          shortfalls.push(`${path} ${id}: ${audit.id} — ${audit.title}`);
        }
      }
    }
  }
  assert.deepEqual(shortfalls, [], 'audits below full marks');
});
