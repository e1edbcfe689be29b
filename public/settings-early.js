// Pollcard's display settings, applied before the first paint. Loaded by a plain
// (blocking) <script src> in <head>, so the page is never drawn in the wrong size or
// colours; the Content-Security-Policy allows no inline script, and this file is
// copied, content-hashed, precached and signed like the rest of the app.
//
// The settings page (src/pages/settings.rs) writes the keys below to localStorage and
// fires a `pollcard-settings` event on window; this script then applies them again,
// so a change shows at once without a reload. Only non-sensitive preferences are
// stored here (docs/accessibility.md lists the keys).
//
//   pollcard-text-size   large | larger | largest        -> <html data-text-size>
//   pollcard-contrast    dark | light                    -> <html data-contrast>
//   pollcard-spacing     wide                            -> <html data-spacing>
//   pollcard-motion      reduce                          -> <html data-motion>
//   pollcard-language    en | cy  (opening the start page in that language)
//
// Without a stored contrast choice, `prefers-contrast: more` picks the high-contrast
// theme (dark when the device prefers a dark scheme); `prefers-reduced-motion` reduces
// motion whatever is stored. Forced colours (Windows high contrast) override both.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEYS = ['text-size', 'contrast', 'spacing', 'motion'];
  var ALLOWED = {
    'text-size': ['large', 'larger', 'largest'],
    contrast: ['dark', 'light'],
    spacing: ['wide'],
    motion: ['reduce'],
  };

  function read(name) {
    try {
      return window.localStorage.getItem('pollcard-' + name);
    } catch (error) {
      // Storage switched off: the defaults apply.
      return null;
    }
  }

  function matches(query) {
    return !!(window.matchMedia && window.matchMedia(query).matches);
  }

  function apply() {
    for (var i = 0; i < KEYS.length; i++) {
      var key = KEYS[i];
      var value = read(key);
      if (key === 'contrast' && value === null && matches('(prefers-contrast: more)')) {
        value = matches('(prefers-color-scheme: dark)') ? 'dark' : 'light';
      }
      if (key === 'motion' && matches('(prefers-reduced-motion: reduce)')) value = 'reduce';
      if (value !== null && ALLOWED[key].indexOf(value) >= 0) root.setAttribute('data-' + key, value);
      else root.removeAttribute('data-' + key);
    }
  }

  // The start page opened afresh (from the home screen or a typed address, not a
  // reload or the back button) follows the chosen language.
  function followLanguage() {
    var language = read('language');
    var script = document.currentScript;
    var entry = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    if (!script || !entry || entry.type !== 'navigate' || (language !== 'cy' && language !== 'en')) return;
    var base = new URL('.', script.src).pathname;
    var path = location.pathname.replace(/\/$/, '') + '/';
    var target = language === 'cy' && path === base ? base + 'cy' : language === 'en' && path === base + 'cy/' ? base : null;
    if (target) location.replace(target);
  }

  apply();
  followLanguage();
  window.addEventListener('pollcard-settings', apply);
  // Another tab changed a setting.
  window.addEventListener('storage', apply);
  var queries = ['(prefers-contrast: more)', '(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'];
  for (var q = 0; q < queries.length; q++) {
    var list = window.matchMedia && window.matchMedia(queries[q]);
    if (list && list.addEventListener) list.addEventListener('change', apply);
  }

  // "Delete all my data on this device" (the settings page fires this event after the
  // voter confirms): every pollcard- key in localStorage, and saved drafts. The number
  // of the newest release seen (pollcard-release-state) is kept: it is not personal
  // and guards against old data being replayed.
  window.addEventListener('pollcard-delete-data', function () {
    try {
      var names = [];
      for (var k = 0; k < localStorage.length; k++) {
        var name = localStorage.key(k);
        if (name && name.indexOf('pollcard-') === 0) names.push(name);
      }
      for (var n = 0; n < names.length; n++) localStorage.removeItem(names[n]);
    } catch (error) {
      // Nothing could be stored either.
    }
    try {
      if (window.indexedDB) indexedDB.deleteDatabase('pollcard-drafts');
    } catch (error) {
      // No drafts store in this browser.
    }
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (worker) worker.postMessage({ type: 'forget-downloads' });
    apply();
  });
})();
