// Pollcard's service worker. Hand-written and dependency-free (see
// docs/offline.md for why not Workbox). `pollcard precache` fills in BUILD below for
// each build, so every release changes these bytes and browsers see the update.
//
// A release is one signed manifest (release.json + release.sig) listing every app and
// data file. Installing a release means: check the signature against the keys this
// build trusts, the schema, the version (never lower than one already seen) and the
// expiry; then fetch every file to keep offline, check its SHA-256 and size against
// the manifest, and store it in this release's own cache. Any failure discards the
// whole cache, so a release is used completely or not at all, and the release already
// in use stays. Only same-origin files are ever cached. Nothing the voter types is
// ever seen here: lookups happen in the page, against whole postcode-area files.
'use strict';

const BUILD = /*@BUILD@*/ { id: 'unbuilt', kind: 'demo', trusted_keys: [], precache: [] };

const SCHEMA = 'pollcard-release/1';
const MANIFEST = 'release.json';
const SIGNATURE = 'release.sig';
const LOG = 'publication-log.json';
const CACHE_PREFIX = 'pollcard-release-';
const CLOCK_SKEW_MS = 300 * 1000;
const PARALLEL_FETCHES = 6;
// Shared with the page (src/offline/bridge.js): the highest version ever adopted and
// the last refusal. Neither is personal, and "delete all my data" keeps the version.
const STATE_DB = 'pollcard-release-state';
const STATE_STORE = 'state';

const scope = new URL(self.registration.scope);
const urlOf = (path) => new URL(path, scope).href;

/** A release refused for a reason the page can explain to the voter. */
class Refusal extends Error {
  constructor(reason, detail) {
    super(detail);
    this.reason = reason;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(installRelease());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

self.addEventListener('message', (event) => {
  // Sent by the page only when the voter presses "Reload" on the update banner.
  if (event.data && event.data.type === 'activate-now') self.skipWaiting();
  // Sent by public/settings-early.js after "Delete all my data on this device".
  if (event.data && event.data.type === 'forget-downloads') event.waitUntil(forgetDownloads());
});

/** Forgets the files fetched on demand (other postcode areas, a council's stations),
 * which tell where the voter looked; the release's own files stay, so Pollcard still
 * works offline. */
async function forgetDownloads() {
  const name = await ownCacheName();
  if (!name) return;
  const cache = await caches.open(name);
  const kept = new Set([...BUILD.precache.map(([path]) => path), MANIFEST, SIGNATURE, LOG]);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname.slice(scope.pathname.length);
    if (!kept.has(path)) await cache.delete(request);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const target = new URL(request.url);
  if (target.origin !== scope.origin || !target.pathname.startsWith(scope.pathname)) return;
  event.respondWith(respond(request, target));
});

// ---- installing a release -------------------------------------------------------

let installing = null;

/** Installs this build's release once at a time; refusals are recorded and thrown. */
function installRelease() {
  if (!installing) {
    installing = stageRelease().finally(() => {
      installing = null;
    });
  }
  return installing;
}

async function stageRelease() {
  let cacheName = null;
  try {
    const [manifestResponse, signatureResponse] = await Promise.all([fetchFresh(MANIFEST), fetchFresh(SIGNATURE)]);
    const manifestBytes = new Uint8Array(await manifestResponse.clone().arrayBuffer());
    const signatureText = await signatureResponse.clone().text();
    const manifest = await openManifest(manifestBytes, signatureText);
    const files = new Map(manifest.files.map((file) => [file.path, file]));
    for (const [path, sha256, size] of BUILD.precache) {
      const listed = files.get(path);
      if (!listed || listed.sha256 !== sha256 || listed.size !== size) {
        throw new Refusal('mismatch', `${path}: this app's file list does not match the signed release`);
      }
    }
    cacheName = `${CACHE_PREFIX}${manifest.bundle_version}-${BUILD.id}`;
    await caches.delete(cacheName);
    const cache = await caches.open(cacheName);
    await inParallel(BUILD.precache, async ([path]) => {
      const response = await fetchFresh(path);
      const bytes = await response.arrayBuffer();
      await checkFile(files.get(path), bytes);
      await store(cache, path, response, bytes);
    });
    await store(cache, MANIFEST, manifestResponse, manifestBytes);
    await store(cache, SIGNATURE, signatureResponse, await signatureResponse.arrayBuffer());
    // The log is not in the manifest (it grows after signing); the page checks that
    // its chain ends in this manifest before showing it.
    const log = await fetch(urlOf(LOG), { cache: 'no-store', credentials: 'omit' }).catch(() => null);
    if (log && log.ok) await store(cache, LOG, log, await log.arrayBuffer());
    await updateState((state) => {
      delete state.refusal;
    });
    await tellPages({ type: 'release-state' });
  } catch (error) {
    if (cacheName) await caches.delete(cacheName).catch(() => {});
    const reason = error instanceof Refusal ? error.reason : isQuotaError(error) ? 'storage' : 'network';
    const detail = String((error && error.message) || error);
    // A network failure is not the release's fault and the browser retries later;
    // everything else is remembered so the page can say what happened.
    const refusal = reason === 'network' ? null : { reason, detail, at: new Date().toISOString() };
    if (refusal) {
      await updateState((state) => {
        state.refusal = refusal;
      }).catch(() => {});
    }
    // The refusal travels with the message too: when storage is full, it may not
    // have been written.
    await tellPages({ type: 'release-state', refusal });
    throw error;
  }
}

/** Signature → schema → version → expiry, as pollcard_core::release::verify_release. */
async function openManifest(bytes, signatureText) {
  const parts = /^ed25519 ([0-9a-f]{64}) ([0-9a-f]{128})\n?$/.exec(signatureText);
  if (!parts) throw new Refusal('signature', 'release.sig is malformed');
  let valid;
  try {
    const key = await crypto.subtle.importKey('raw', hexBytes(parts[1]), { name: 'Ed25519' }, false, ['verify']);
    valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, hexBytes(parts[2]), bytes);
  } catch (error) {
    throw new Refusal('unsupported', `this browser cannot check Ed25519 signatures (${error})`);
  }
  if (!valid) throw new Refusal('signature', 'the release signature does not match its manifest');
  if (!BUILD.trusted_keys.includes(parts[1])) {
    throw new Refusal('signature', `the release is signed with key ${parts[1]}, which this app does not trust`);
  }
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new Refusal('signature', `release.json is not JSON (${error})`);
  }
  if (!manifest || manifest.schema !== SCHEMA || !Array.isArray(manifest.files)) {
    throw new Refusal('schema', `release.json has schema ${JSON.stringify(manifest && manifest.schema)}`);
  }
  if (!Number.isSafeInteger(manifest.bundle_version) || manifest.bundle_version < 0) {
    throw new Refusal('schema', 'release.json has no usable bundle_version');
  }
  const highest = await highestVersionSeen();
  if (manifest.bundle_version < highest) {
    throw new Refusal('rollback', `release version ${manifest.bundle_version} is older than version ${highest}, already seen`);
  }
  const created = parseUtc(manifest.created_at);
  const expires = parseUtc(manifest.expires_at);
  const now = Date.now();
  if (now >= expires) throw new Refusal('expired', `the release expired at ${manifest.expires_at}`);
  if (created > now + CLOCK_SKEW_MS) {
    throw new Refusal('not-yet-valid', `the release says it was created at ${manifest.created_at}`);
  }
  return manifest;
}

/** The highest version adopted, or held by any release cache (a waiting update). */
async function highestVersionSeen() {
  let highest = (await readState()).highest_seen_version || 0;
  for (const name of await caches.keys()) {
    const version = cacheVersion(name);
    if (version !== null && !name.endsWith(`-${BUILD.id}`)) highest = Math.max(highest, version);
  }
  return highest;
}

async function checkFile(listed, bytes) {
  const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  if (!listed || digest !== listed.sha256 || bytes.byteLength !== listed.size) {
    throw new Refusal('tampered', `${listed ? listed.path : 'a file'}: the contents do not match the release manifest`);
  }
}

/** Stores a response with the headers it was fetched with (the CSP among them). */
async function store(cache, path, response, bytes) {
  const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  await cache.put(urlOf(path), copy);
}

// `no-store`: straight from the server, past the HTTP cache, so a release is never
// assembled from a stale copy of a file the page fetched moments before.
async function fetchFresh(path) {
  const response = await fetch(urlOf(path), { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`${path} answered HTTP ${response.status}`);
  return response;
}

async function inParallel(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, items.length) }, worker));
}

// ---- activating: the switch -----------------------------------------------------

async function activate() {
  const own = await ownCacheName();
  if (own) {
    const version = cacheVersion(own);
    await updateState((state) => {
      state.highest_seen_version = Math.max(state.highest_seen_version || 0, version);
    });
    // Only now, with this release complete and verified, do older ones go.
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== own) await caches.delete(name);
    }
  }
  await self.clients.claim();
  await tellPages({ type: 'release-state' });
}

async function ownCacheName() {
  const names = await caches.keys();
  return names.find((name) => name.startsWith(CACHE_PREFIX) && name.endsWith(`-${BUILD.id}`)) || null;
}

function cacheVersion(name) {
  const match = /^pollcard-release-(\d+)-/.exec(name);
  return match ? Number(match[1]) : null;
}

// ---- serving ----------------------------------------------------------------------

async function respond(request, target) {
  const name = await ownCacheName();
  if (!name) {
    // The browser evicted the release (or it is still installing): use the network
    // and quietly fetch and verify the release again.
    installRelease().catch(() => {});
    return fetch(request);
  }
  const cache = await caches.open(name);
  const path = target.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    // An app route gets the cached app shell, with the headers it was served with.
    const file = path && !path.endsWith('/') ? await cache.match(urlOf(path)) : undefined;
    return file || (await cache.match(urlOf('index.html'))) || fetch(request);
  }
  const hit = await cache.match(urlOf(path));
  if (hit) return hit;
  // A file of this release not kept at install (another area's data in a national
  // bundle): fetch it, check it against the manifest, and keep it for offline use.
  const listed = await listedFile(cache, path);
  if (!listed) return fetch(request);
  const response = await fetch(urlOf(path), { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) return response;
  const bytes = await response.arrayBuffer();
  try {
    await checkFile(listed, bytes);
  } catch (error) {
    return new Response('', { status: 502, statusText: 'Does not match the release manifest' });
  }
  await store(cache, path, response, bytes).catch(() => {});
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function listedFile(cache, path) {
  const manifest = await cache.match(urlOf(MANIFEST));
  if (!manifest) return null;
  const files = (await manifest.json()).files || [];
  return files.find((file) => file.path === path) || null;
}

// ---- small helpers ----------------------------------------------------------------

async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(message);
}

function isQuotaError(error) {
  return !!error && (error.name === 'QuotaExceededError' || error.code === 22);
}

function parseUtc(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(text || '');
  if (!match) throw new Refusal('schema', `${JSON.stringify(text)} is not a UTC time`);
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

function hexBytes(text) {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function openStateDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(STATE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STATE_STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function readState() {
  const db = await openStateDb();
  try {
    return await new Promise((resolve, reject) => {
      const read = db.transaction(STATE_STORE).objectStore(STATE_STORE).get('release');
      read.onsuccess = () => resolve(read.result || {});
      read.onerror = () => reject(read.error);
    });
  } finally {
    db.close();
  }
}

async function updateState(change) {
  const db = await openStateDb();
  try {
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(STATE_STORE, 'readwrite');
      const store = transaction.objectStore(STATE_STORE);
      const read = store.get('release');
      read.onsuccess = () => {
        const state = read.result || {};
        change(state);
        store.put(state, 'release');
      };
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}
