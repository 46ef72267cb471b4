/**
 * Writes the large downloads on a thread of their own (see src/data/downloads.ts),
 * in the order Astro asks for them. Given a folder (in a build), it writes each
 * file there itself and says so; otherwise (the dev server) it posts each
 * file's bytes back. Run by Node as it is, not bundled: it imports only plain
 * modules. src/data/downloads.ts uses `produceDownload` too, should the worker fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { downloadText, LARGE_DOWNLOADS, type DownloadRecords, type LargeDownload } from '../lib/export.ts';

/** One large download, written into `folder` (then null), or its bytes when there is no folder. */
export function produceDownload(
  name: LargeDownload,
  records: DownloadRecords,
  folder: string | null,
): Uint8Array<ArrayBuffer> | null {
  const bytes = new TextEncoder().encode(downloadText(name, records));
  if (!folder) return bytes;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), bytes);
  return null;
}

// Run as the worker: each file in turn, said as soon as it is ready.
if (parentPort && workerData) {
  const { records, folder } = workerData as { records: DownloadRecords; folder: string | null };
  for (const name of LARGE_DOWNLOADS) {
    const bytes = produceDownload(name, records, folder);
    // Transferred, not copied: tens of megabytes each at scale.
    parentPort.postMessage({ name, bytes }, bytes ? [bytes.buffer] : []);
  }
}
