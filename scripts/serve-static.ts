/**
 * A minimal static server for the browser tests: serves `dist/` as a static
 * host would (directory index, 404 page), on loopback only. The tests use it
 * rather than `astro preview`, which allows one preview per project and would
 * clash with a reader's own `npm start`.
 *
 * With `--gzip` it compresses text as a static host does, so the benchmark
 * counts the bytes a reader would download. It sends the headers of the
 * site's `_headers` by the same rules as a host, a `Content-Encoding` only
 * to a client that accepts it. Where `_headers` gives no
 * `Cache-Control`, it sends `no-cache` and an `ETag`, as static hosts do by
 * default, and answers a browser that has the file with a bodiless 304.
 *
 * With `--cms-backend <port>` it passes the browser editor's requests for its
 * local backend (`/admin/api/v1`) to decap-server on that port, so that the
 * editor works on this computer under its own Content-Security-Policy
 * (`npm run cms`, tests/e2e/cms.spec.ts).
 *
 *   node scripts/serve-static.ts [--port 4329] [--dir dist] [--gzip] [--cms-backend 8085]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaderRules } from '../src/lib/security-headers.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    port: { type: 'string', default: '4329' },
    dir: { type: 'string', default: 'dist' },
    gzip: { type: 'boolean', default: false },
    'cms-backend': { type: 'string' },
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

/** Passes a request of the browser editor to decap-server, whose one address is `/api/v1`. */
function toCmsBackend(request: IncomingMessage, response: ServerResponse, port: number): void {
  const onward = forward(
    { host: '127.0.0.1', port, path: '/api/v1', method: request.method, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  onward.on('error', () =>
    response
      .writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      .end(`decap-server does not answer on port ${port}: start it with npm run cms`),
  );
  request.pipe(onward);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (values['cms-backend'] && url.pathname.endsWith('/admin/api/v1')) {
    toCmsBackend(request, response, Number(values['cms-backend']));
    return;
  }
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
  // A file that `_headers` gives an encoding is stored encoded: a client that does not accept it gets the same bytes without it.
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
})
  .on('error', (error: NodeJS.ErrnoException) => {
    // Said in a sentence: a port in use is a common slip, not a fault to trace.
    console.error(
      error.code === 'EADDRINUSE'
        ? `serve-static: port ${values.port} is in use by another program; stop it or choose another with --port`
        : `serve-static: cannot serve on port ${values.port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(Number(values.port), '127.0.0.1', () => {
    console.log(`Serving ${root} at http://127.0.0.1:${values.port}/`);
  });
