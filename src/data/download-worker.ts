/**
 * Writes the large downloads on a thread of their own (see src/data/downloads.ts),
 * in the order Astro asks for them. Given a folder (in a build), it writes each
 * file there itself and says so; otherwise (the dev server) it posts each
 * file's bytes back. Run by Node as it is, not bundled: it imports only plain
 * modules.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { downloadText, LARGE_DOWNLOADS, type DownloadRecords } from '../lib/export.ts';

const { records, folder } = workerData as { records: DownloadRecords; folder: string | null };
if (folder) mkdirSync(folder, { recursive: true });
const encoder = new TextEncoder();
for (const name of LARGE_DOWNLOADS) {
  const bytes = encoder.encode(downloadText(name, records));
  if (folder) {
    writeFileSync(join(folder, name), bytes);
    parentPort!.postMessage({ name, bytes: null });
  } else {
    // Transferred, not copied: tens of megabytes each at scale.
    parentPort!.postMessage({ name, bytes }, [bytes.buffer]);
  }
}
