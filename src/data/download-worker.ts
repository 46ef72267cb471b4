/**
 * Writes the large downloads on a thread of their own (see src/data/downloads.ts),
 * each posted back as soon as it is ready, in the order Astro asks for them.
 * Run by Node as it is, not bundled: it imports only plain modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { downloadText, LARGE_DOWNLOADS, type DownloadRecords } from '../lib/export.ts';

const records = workerData as DownloadRecords;
const encoder = new TextEncoder();
for (const name of LARGE_DOWNLOADS) {
  const bytes = encoder.encode(downloadText(name, records));
  // Transferred, not copied: tens of megabytes each at scale.
  parentPort!.postMessage({ name, bytes }, [bytes.buffer]);
}
