/**
 * The large downloads (/data/decisions.json and .csv, /data/followups.json and
 * .csv): 230 MB of text at 10,000 decisions. Built on Astro's own thread, they
 * held up every other page for about 20 s at that size: writing the JSON and
 * CSV took 7 s, and Astro copies a route's body four times on its way to the
 * disk (its `Response`, and the copy its incremental build keeps), which on a
 * 2-core virtual machine took 2 to 3 s per file.
 *
 * So a worker thread writes them, from the same records and with the same
 * function (`downloadText`), started as soon as a build has loaded the content
 * (src/data/content.ts), while Astro still works out the pages' paths. In a
 * build the worker writes each file into the output folder itself, and the
 * route gives Astro an empty body, for which Astro writes no file; the dev
 * server gets the bytes. Should the worker be unavailable or fail, the rest are
 * written here, byte for byte the same.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { LARGE_DOWNLOADS, type DownloadRecords, type LargeDownload } from '../lib/export.ts';
import { produceDownload } from './download-worker.ts';
import { getExports } from './exports.ts';

/** Set by astro.config.ts: the worker runs from the project, not from Astro's bundle. */
const WORKER = process.env.PORTAL_DOWNLOAD_WORKER;
/** Set by astro.config.ts: the output folder's data/, where a build's downloads go. */
const OUT = process.env.PORTAL_DOWNLOADS_OUT;

/** A file's bytes, or null once it is written into the output folder. */
type Download = Uint8Array<ArrayBuffer> | null;
type Pending = { promise: Promise<Download>; resolve: (bytes: Download) => void; done: boolean };

async function start(site: URL | undefined): Promise<Map<LargeDownload, Pending>> {
  const { today, decisions, followups } = await getExports(site);
  const records: DownloadRecords = { today, decisions, followups };
  const folder = import.meta.env.PROD && OUT ? OUT : null;
  const files = new Map<LargeDownload, Pending>(
    LARGE_DOWNLOADS.map((name) => {
      const { promise, resolve } = Promise.withResolvers<Download>();
      return [name, { promise, resolve, done: false }];
    }),
  );
  const settle = (name: LargeDownload, bytes: Download) => {
    const file = files.get(name)!;
    if (file.done) return;
    file.done = true;
    file.resolve(bytes);
  };
  const here = () => {
    for (const [name, file] of files) if (!file.done) settle(name, produceDownload(name, records, folder));
  };
  if (!WORKER || !existsSync(WORKER)) {
    here();
    return files;
  }
  const worker = new Worker(WORKER, { workerData: { records, folder } });
  worker.on('message', ({ name, bytes }: { name: LargeDownload; bytes: Download }) => settle(name, bytes));
  worker.on('error', (error) =>
    console.warn(`The downloads' worker failed (${error.message}); writing them on the main thread.`),
  );
  worker.on('exit', here);
  return files;
}

let started: ReturnType<typeof start> | undefined;

/** Starts writing the four downloads, if not started yet. */
export function startDownloads(site: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined) {
  started ??= start(site);
  return started;
}

/**
 * The body of one large download's route: its bytes, or, in a build, null once
 * the file is in the output folder (Astro writes no file for an empty body).
 */
export async function downloadBody(name: LargeDownload, site: URL | undefined): Promise<Download> {
  return (await startDownloads(site)).get(name)!.promise;
}
