// What the demo bundle holds, asked of the `pollcard lookup` CLI so the browser tests
// compare the page with the same lookup code's answer instead of hard-coded names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');
const BUNDLE = path.join(ROOT, 'build/data');

/** `pollcard lookup build/data POSTCODE [--uprn UPRN]`, parsed. */
export function lookup(postcode, uprn) {
  const args = ['lookup', BUNDLE, postcode, ...(uprn ? ['--uprn', uprn] : [])];
  return JSON.parse(execFileSync(POLLCARD, args, { encoding: 'utf8' }));
}

/** The test postcodes the demo generator documents in demo/expected.json. */
export function demoPostcodes() {
  return JSON.parse(readFileSync(path.join(ROOT, 'demo/expected.json'), 'utf8')).postcodes;
}
