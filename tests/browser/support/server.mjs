// Starts `pollcard serve dist` (the release build, with the production headers) on a
// free loopback port, and keeps its access log so tests can count requests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// Where cargo put it: CARGO_TARGET_DIR when set (a shared build cache), else target/.
const POLLCARD = path.join(path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'release/pollcard');

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

/** Every server started and not yet stopped, so a failed test cannot leave one running. */
const running = new Set();

/** Stops every server still running (each test file's `after` calls this). */
export async function stopAllServers() {
  await Promise.all([...running].map((server) => server.stop()));
}

// A server left behind must not keep this process alive either.
process.on('exit', () => {
  for (const server of running) server.kill();
});

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
  // Neither the child nor its pipes keep the test process alive; `running` and the
  // exit hook make sure the child ends with it.
  child.unref();
  child.stdout.unref?.();
  child.stderr.unref?.();
  const server = {
    origin: `http://127.0.0.1:${port}`,
    accessLog,
    async stop() {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
  running.add(server);
  return server;
}
