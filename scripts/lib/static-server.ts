/**
 * Starts scripts/serve-static.ts on a folder in a process of its own, as the
 * benchmark and the browser tests that serve more than `dist/` do. Resolves
 * once it listens; rejects, rather than waiting for ever, when it stops
 * before that (its port taken, the folder missing).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export type StaticServer = { url: string; stop: () => void };

export async function startStaticServer(options: {
  dir: string;
  port: number;
  gzip?: boolean;
  /** The port of decap-server, for the browser editor's local backend. */
  cmsBackend?: number;
}): Promise<StaticServer> {
  const { dir, port, gzip = false, cmsBackend } = options;
  const child = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '../serve-static.ts'),
      '--dir',
      dir,
      '--port',
      String(port),
      ...(gzip ? ['--gzip'] : []),
      ...(cmsBackend ? ['--cms-backend', String(cmsBackend)] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((listening, failed) => {
    child.stdout.once('data', () => listening());
    child.once('exit', (code) =>
      failed(new Error(`The static server for ${dir} stopped (exit code ${code}) before it listened on port ${port}`)),
    );
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
