// Starts `pollcard serve dist` (the release build, with the production headers) on a
// free loopback port, and keeps its access log so tests can count requests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const POLLCARD = path.join(ROOT, 'target/release/pollcard');

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `dir` (default: the release dist/) and resolves once it listens. */
export async function startServer(dir = path.join(ROOT, 'dist')) {
  const port = await freePort();
  const child = spawn(POLLCARD, ['serve', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const accessLog = [];
  let stderrTail = '';
  child.stderr.on('data', (chunk) => {
    stderrTail += chunk.toString();
    const lines = stderrTail.split('\n');
    stderrTail = lines.pop();
    accessLog.push(...lines.filter(Boolean));
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('pollcard serve did not start within 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`pollcard serve exited early with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    accessLog,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
