// Offline support, the page's side; documented where the wasm declares it
// (src/offline/mod.rs). Kept short: it ships as written, nothing minifies it.

const STATE_DB = 'pollcard-release-state';
const STATE_STORE = 'state';
let reloadRequested = false;

export function startServiceWorker(onEvent) {
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
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persisted().then((persisted) => persisted || navigator.storage.persist()).catch(() => {});
  }
  return true;
}

export function keepWhenControlled(path) {
  const container = navigator.serviceWorker;
  if (!container || container.controller) return;
  container.addEventListener('controllerchange', () => fetch(path).catch(() => {}), { once: true });
}

export function isControlled() {
  return !!(navigator.serviceWorker && navigator.serviceWorker.controller);
}

export function applyUpdate() {
  reloadRequested = true;
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration && registration.waiting) registration.waiting.postMessage({ type: 'activate-now' });
    else window.location.reload();
  });
}

export async function verifyEd25519(publicKey, message, signature) {
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
}

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
