// The page's side of Pollcard's offline support, called from the wasm app
// (src/offline/mod.rs) through wasm-bindgen. Kept in JavaScript because these are
// thin calls into browser APIs whose Rust bindings would cost more wasm than this
// file's bytes: service-worker registration and messages, WebCrypto's Ed25519, and
// the small release-state record in IndexedDB that the service worker shares.

const STATE_DB = 'pollcard-release-state';
const STATE_STORE = 'state';
let reloadRequested = false;

/**
 * Registers the service worker and reports what it does through `onEvent(kind)`:
 * `update-ready` (a verified release is waiting for the voter to reload),
 * `release-state` (the shared release record changed: read it again),
 * `refused` with a reason and detail (the worker refused a new release),
 * `updated-elsewhere` (another window switched to a new release).
 * Returns false where service workers are unavailable.
 */
export function startServiceWorker(onEvent) {
  // onEvent(kind, reason = '', detail = '')
  if (!('serviceWorker' in navigator)) return false;
  const container = navigator.serviceWorker;
  const hadController = !!container.controller;
  container.addEventListener('message', (event) => {
    const data = event.data;
    if (data && data.type === 'release-state') {
      if (data.refusal) onEvent('refused', String(data.refusal.reason), String(data.refusal.detail));
      else onEvent('release-state');
    }
  });
  container.startMessages();
  container.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
    else if (hadController) onEvent('updated-elsewhere');
  });
  container
    .register('/sw.js', { scope: '/', updateViaCache: 'none' })
    .then((registration) => {
      const watch = (worker) => {
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) onEvent('update-ready');
        });
      };
      if (registration.waiting && container.controller) onEvent('update-ready');
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    .catch(() => onEvent('release-state'));
  // Ask the browser not to evict the offline copy under storage pressure; it may say
  // no, and nothing depends on the answer.
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persisted().then((persisted) => persisted || navigator.storage.persist()).catch(() => {});
  }
  return true;
}

/** Whether a service worker serves this page (its files came from a verified release). */
export function isControlled() {
  return !!(navigator.serviceWorker && navigator.serviceWorker.controller);
}

/** Switches to the waiting release and reloads, after the voter asked to. */
export function applyUpdate() {
  reloadRequested = true;
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration && registration.waiting) registration.waiting.postMessage({ type: 'activate-now' });
    else window.location.reload();
  });
}

/** Ed25519 with the browser's own WebCrypto. Rejects where the browser lacks it. */
export async function verifyEd25519(publicKey, message, signature) {
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
}

/**
 * The shared release record, flattened for the wasm side: `[highest version adopted
 * or -1, refusal reason or "", refusal detail or ""]`.
 */
export async function readReleaseState() {
  let state = {};
  try {
    const db = await openStateDb();
    try {
      state = (await request(db.transaction(STATE_STORE).objectStore(STATE_STORE).get('release'))) || {};
    } finally {
      db.close();
    }
  } catch (error) {
    // Unreadable storage counts as empty.
  }
  const refusal = state.refusal || {};
  const highest = Number.isSafeInteger(state.highest_seen_version) ? state.highest_seen_version : -1;
  return [highest, String(refusal.reason || ''), String(refusal.detail || '')];
}

/** Raises the highest version adopted to `version` (never lowers it). */
export async function recordVersionSeen(version) {
  try {
    const db = await openStateDb();
    try {
      const transaction = db.transaction(STATE_STORE, 'readwrite');
      const store = transaction.objectStore(STATE_STORE);
      const state = (await request(store.get('release'))) || {};
      state.highest_seen_version = Math.max(state.highest_seen_version || 0, version);
      await request(store.put(state, 'release'));
    } finally {
      db.close();
    }
  } catch (error) {
    // Private modes may refuse IndexedDB; the service worker keeps its own record.
  }
}

function openStateDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(STATE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STATE_STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
