/**
 * Opens the browser editor on this computer, without GitHub: the built site
 * (run `npm run build` first) is served at http://127.0.0.1:4322/ and the
 * editor at /admin/ saves through decap-server, Decap CMS's local backend,
 * straight into src/content/: no pull request, no sign-in. See what it
 * changed with `git diff`, and check it with `npm run validate`.
 *
 *   npm run cms [-- --port 4322] [--cms-port 8085]
 *
 * Stop it with Ctrl+C.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from './lib/command-line.ts';
import { startCmsBackend } from './lib/cms-backend.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    port: { type: 'string', default: '4322' },
    'cms-port': { type: 'string', default: process.env.CMS_PORT ?? '8085' },
  },
});

const root = join(import.meta.dirname, '..');
const site = join(root, 'dist');
if (!existsSync(join(site, 'admin', 'index.html'))) {
  console.error('No built editor in dist/admin/: run npm run build first, then npm run cms again.');
  process.exit(1);
}

const backend = await startCmsBackend({ folder: root, port: Number(values['cms-port']), mode: 'fs' });
const server = await startStaticServer({ dir: site, port: Number(values.port), cmsBackend: Number(values['cms-port']) });
console.log(`The editor is at ${server.url}/admin/ (Kazakh labels: /admin/kk/, Russian: /admin/ru/).`);
console.log('What you save is written into src/content/. Stop with Ctrl+C.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.stop();
    backend.stop();
    process.exit(0);
  });
}
