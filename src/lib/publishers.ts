/**
 * Who published a source: the publisher the source names, else the one whose
 * `hosts` hold the source's address (`www.` and sub-domains included).
 */
import type { Source } from '../schemas/common.ts';
import type { Publisher } from '../schemas/publisher.ts';

type PublisherEntry = { id: string; data: Pick<Publisher, 'hosts'> };

export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

export function publisherIdOf(source: Pick<Source, 'url' | 'publisher'>, publishers: readonly PublisherEntry[]): string | null {
  if (source.publisher) return source.publisher.id;
  const host = hostOf(source.url);
  const owner = publishers.find((entry) => entry.data.hosts.some((known) => host === known || host.endsWith(`.${known}`)));
  return owner?.id ?? null;
}
