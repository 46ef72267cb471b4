/**
 * A minimal static server for the browser tests: serves `dist/` as a static
 * host would (directory index, 404 page), on loopback only. The tests use it
 * rather than `astro preview`, which allows one preview per project and would
 * clash with a reader's own `npm start`.
 *
 * With `--gzip` it compresses text as a static host does, so the benchmark
 * counts the bytes a reader would download. It sends the headers of the
 * site's `_headers` by the same rules as a host, Pagefind's `Content-Encoding`
 * only to a client that accepts gzip. Where `_headers` gives no
 * `Cache-Control`, it sends `no-cache` and an `ETag`, as static hosts do by
 * default, and answers a browser that has the file with a bodiless 304.
 *
 *   node scripts/serve-static.ts [--port 4329] [--dir dist] [--gzip]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaderRules } from '../src/lib/security-headers.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    port: { type: 'string', default: '4329' },
    dir: { type: 'string', default: 'dist' },
    gzip: { type: 'boolean', default: false },
  },
});
const root = resolve(values.dir!);

/** The headers the build wrote for static hosts (`_headers`), sent here by the same rules, so the tests run under them. */
const headerFile = join(root, '_headers');
const headerRules = existsSync(headerFile) ? parseHeaderRules(readFileSync(headerFile, 'utf8')) : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

function resolveFile(urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const target = file ?? join(root, '404.html');
  if (!existsSync(target)) {
    // No 404 page (a build under way, or none made): answer plainly rather than crash.
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  const { size, mtimeMs } = statSync(target);
  const etag = `W/"${size.toString(16)}-${Math.round(mtimeMs).toString(16)}"`;
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
  // `_headers` gives Pagefind's files, gzip streams already, their encoding, so that a browser inflates them
  // itself; a client that does not accept gzip gets the same bytes without it, and Pagefind's script inflates them.
  // An error page is neither encoded nor kept, as with nginx (no `always`).
  const { 'Content-Encoding': encoding, 'Cache-Control': keep, ...headers } = headersFor(headerRules, url.pathname);
  const encoded = encoding !== undefined && file !== null;
  // Otherwise a host compresses text only.
  const compress = values.gzip && !encoded && /^(text\/|application\/(json|xml|javascript))|image\/svg/.test(type) && acceptsGzip;
  const common = {
    ...headers,
    ...(file ? { 'cache-control': keep ?? 'no-cache', etag } : {}),
    ...(compress || encoded ? { vary: 'accept-encoding' } : {}),
  };
  if (file && request.headers['if-none-match'] === etag) {
    response.writeHead(304, common).end();
    return;
  }
  response.writeHead(file ? 200 : 404, {
    ...common,
    'content-type': type,
    ...(compress || (encoded && acceptsGzip) ? { 'content-encoding': compress ? 'gzip' : encoding } : {}),
  });
  const stream = createReadStream(target);
  if (compress) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}/`);
});
