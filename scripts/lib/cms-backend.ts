/**
 * Starts decap-server, Decap CMS's local backend, in a process of its own:
 * the browser editor then reads and saves the entries of a folder on this
 * computer instead of a GitHub repository. In `git` mode it keeps each saved
 * entry on a branch of its own (`cms/decisions/ccpr-2521-2015`), as a pull
 * request would; in `fs` mode it writes the files in place. Resolves once it
 * listens (on loopback only); rejects when it stops before that.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export type CmsBackend = { stop: () => void };

export async function startCmsBackend(options: { folder: string; port: number; mode: 'fs' | 'git' }): Promise<CmsBackend> {
  const { folder, port, mode } = options;
  const child = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server')], {
    env: {
      ...process.env,
      MODE: mode,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: folder,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((listening, failed) => {
    const timer = setInterval(() => {
      fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      }).then(
        () => {
          clearInterval(timer);
          listening();
        },
        () => undefined,
      );
    }, 200);
    child.once('exit', (code) => {
      clearInterval(timer);
      failed(new Error(`decap-server stopped (exit code ${code}) before it listened on port ${port}; is the port taken?`));
    });
  });
  child.stdout.resume();
  return { stop: () => child.kill() };
}
