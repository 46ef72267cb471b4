/**
 * The bytes of the large downloads (/data/decisions.json and .csv,
 * /data/followups.json and .csv). At 10,000 decisions they are 230 MB of text;
 * written on Astro's own thread they held up every other page for several
 * seconds, much of it collecting the garbage of Astro's large heap. They are
 * written on a worker thread instead, from the same records and with the same
 * function (`downloadText`), while Astro prepares and renders the other pages.
 * Should the worker be unavailable or fail, the rest are written here, byte for
 * byte the same.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { downloadText, LARGE_DOWNLOADS, type DownloadRecords, type LargeDownload } from '../lib/export.ts';
import { getExports } from './exports.ts';

/** Set by astro.config.ts: the worker runs from the project, not from Astro's bundle. */
const WORKER = process.env.PORTAL_DOWNLOAD_WORKER;

type Pending = { promise: Promise<Uint8Array<ArrayBuffer>>; resolve: (bytes: Uint8Array<ArrayBuffer>) => void; done: boolean };

async function start(site: URL | undefined): Promise<Map<LargeDownload, Pending>> {
  const { today, decisions, followups } = await getExports(site);
  const records: DownloadRecords = { today, decisions, followups };
  const files = new Map<LargeDownload, Pending>(
    LARGE_DOWNLOADS.map((name) => {
      const { promise, resolve } = Promise.withResolvers<Uint8Array<ArrayBuffer>>();
      return [name, { promise, resolve, done: false }];
    }),
  );
  const settle = (name: LargeDownload, bytes: Uint8Array<ArrayBuffer>) => {
    const file = files.get(name)!;
    if (file.done) return;
    file.done = true;
    file.resolve(bytes);
  };
  const here = () => {
    const encoder = new TextEncoder();
    for (const [name, file] of files) if (!file.done) settle(name, encoder.encode(downloadText(name, records)));
  };
  if (!WORKER || !existsSync(WORKER)) {
    here();
    return files;
  }
  const worker = new Worker(WORKER, { workerData: records });
  worker.on('message', ({ name, bytes }: { name: LargeDownload; bytes: Uint8Array<ArrayBuffer> }) => settle(name, bytes));
  worker.on('error', (error) =>
    console.warn(`The downloads' worker failed (${error.message}); writing them on the main thread.`),
  );
  worker.on('exit', here);
  return files;
}

let started: ReturnType<typeof start> | undefined;

/**
 * Starts writing the four downloads, if not started yet. The build starts them
 * as soon as the content is loaded (src/data/content.ts), so that the worker
 * runs while Astro prepares the pages' paths, before any page waits for them.
 */
export function startDownloads(site: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined) {
  started ??= start(site);
  return started;
}

/** One large download's bytes. */
export async function getDownload(name: LargeDownload, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  return (await startDownloads(site)).get(name)!.promise;
}
