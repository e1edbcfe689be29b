// Publishes signed releases of the built app the way a council publishes a data
// update: copy the release folder, change files, `pollcard precache` (a new sw.js
// listing every file's hash), `pollcard sign` with the demo key. Each release gets
// visible markers, so a test can tell which release's app and which release's data
// a page shows — and that they never mix.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server.mjs';

// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');
const DIST = path.join(ROOT, 'dist');
const KEY = path.join(ROOT, 'demo/keys/demo-publisher.key');
const SIGNING_OUTPUT = ['release.json', 'release.sig', 'publication-log.json'];

/** The station whose name carries the data marker. */
export const MARKED_STATION = 'S1';

/** The data marker release `n` adds to the station's name. */
export const dataMarker = (n) => `(data ${n})`;
/** The app marker release `n` adds to the footer's history link, in en and cy. */
export const appMarker = (n) => `(app ${n})`;

/** A scratch folder: `site/` is what the test server serves. */
export function releaseWorkspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pollcard-releases-'));
  const site = path.join(root, 'site');
  fs.mkdirSync(site);
  return { root, site, previousLog: null };
}

function isoSecondsAgo(seconds) {
  return new Date(Date.now() - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Stages release `version` in `workspace` and returns its folder. With
 * `{ created, validDays }` the manifest's times can be set (an expired release).
 */
export function stageRelease(workspace, version, { created = isoSecondsAgo(60), validDays = 30 } = {}) {
  const dir = path.join(workspace.root, `release-${version}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  for (const file of SIGNING_OUTPUT) fs.rmSync(path.join(dir, file), { force: true });

  const bundlePath = path.join(dir, 'data/bundle.json');
  const bundle = JSON.parse(fs.readFileSync(bundlePath, 'utf8'));
  const station = bundle.stations.find((s) => s.id === MARKED_STATION);
  station.name = `${station.name} ${dataMarker(version)}`;
  fs.writeFileSync(bundlePath, JSON.stringify(bundle));
  for (const lang of ['en', 'cy']) {
    const catalogue = path.join(dir, `i18n/${lang}.ftl`);
    const text = fs.readFileSync(catalogue, 'utf8');
    const marked = text.replace(/^(release-history-link = .*)$/m, `$1 ${appMarker(version)}`);
    if (marked === text) throw new Error(`no release-history-link in ${lang}.ftl`);
    fs.writeFileSync(catalogue, marked);
  }

  execFileSync(POLLCARD, ['precache', dir], { cwd: ROOT, stdio: 'pipe' });
  const log = workspace.previousLog ? ['--log', workspace.previousLog] : [];
  execFileSync(
    POLLCARD,
    ['sign', dir, '--key', KEY, '--bundle-version', String(version), '--created', created,
      '--valid-days', String(validDays), '--publisher', 'Demo County Council', ...log],
    { cwd: ROOT, stdio: 'pipe' },
  );
  workspace.previousLog = path.join(dir, 'publication-log.json');
  return dir;
}

/** Makes `dir` the site the server serves (the server reads files per request). */
export function publish(workspace, dir) {
  fs.rmSync(workspace.site, { recursive: true, force: true });
  fs.cpSync(dir, workspace.site, { recursive: true });
}

/** Flips one byte of `file` inside the published site (keeps the length). */
export function flipByte(workspace, file, needle) {
  const target = path.join(workspace.site, file);
  const bytes = fs.readFileSync(target);
  const at = bytes.indexOf(Buffer.from(needle));
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  bytes[at] ^= 0x01;
  fs.writeFileSync(target, bytes);
}

/** Every Cache Storage entry and IndexedDB record the page's origin holds. */
export async function storageSnapshot(page) {
  return page.evaluate(async () => {
    const cache = {};
    for (const name of await caches.keys()) {
      const store = await caches.open(name);
      cache[name] = {};
      for (const request of await store.keys()) {
        cache[name][request.url] = await (await store.match(request)).text();
      }
    }
    const indexed = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      indexed[name] = {};
      for (const storeName of db.objectStoreNames) {
        indexed[name][storeName] = await new Promise((resolve, reject) => {
          const store = db.transaction(storeName).objectStore(storeName);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => resolve({ keys: keys.result, values: values.result });
          values.onerror = () => reject(values.error);
        });
      }
      db.close();
    }
    const local = { ...localStorage };
    const session = { ...sessionStorage };
    return { cache, indexed, local, session };
  });
}
