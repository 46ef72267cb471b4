/**
 * The benchmark: builds the portal on a synthetic corpus of the size asked,
 * beside a minimal Astro + Pagefind site over the same Markdown, and prints
 * what it cost. Figures, not a test: nothing here fails on a slow machine.
 *
 *   npm run bench                         10,000 decisions and 10,000 follow-up entries
 *   npm run bench -- --decisions 2000 --followups 3000
 *   npm run bench -- --scales 1000,5000   also build these sizes, to show how cost grows
 *   npm run bench -- --scales none --no-baseline --no-browser --no-rebuild
 *   npm run bench -- --pairs 3            build the portal and the baseline three times each, in turn
 *
 * Everything it makes goes under .bench/ (ignored by git); the figures go to
 * .bench/results.json (or --json). docs/performance.md explains them.
 *
 * What it measures, at the full size:
 * - the full build (scripts/build.ts, cold: no output, no content cache): wall
 *   time, peak memory of Astro and of Pagefind, milliseconds per entry, size of
 *   the site and of the Pagefind index;
 * - the baseline (bench/baseline: one plain page per decision and language with
 *   its follow-up texts, Astro then Pagefind's command line), and our time as a
 *   ratio to it. Build times on a shared machine vary by a fifth from run to
 *   run, the baseline's as much as ours; with --pairs N the two are built N
 *   times, one after the other, and the ratio is that of the summed times;
 * - a rebuild after one entry changed, with Astro's caches kept;
 * - the weight of a decision page: HTML, CSS and JS, raw and gzip;
 * - in headless Chromium, over a server that compresses as a host does: the
 *   bytes transferred and the time from Enter until the first results for a
 *   few queries, pasted as soon as the page is ready (the worst case), pasted
 *   half a second later and typed key by key, each on three first visits (the
 *   median, and every visit in the JSON);
 * - the full list of decisions and the follow-up board on a phone (390 px wide,
 *   the processor slowed four times, as Chromium's developer tools do): bytes,
 *   first paint, and when the page is parsed and loaded.
 * At each smaller size of --scales, the cold build only.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, type CorpusSummary } from './bench/corpus.ts';
import { measure, median, MIB, type Measured } from './lib/measure.ts';
import { startStaticServer } from './lib/static-server.ts';
import { filesUnder } from './lib/site-files.ts';
import { urlPathOf } from './lib/site-links.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    decisions: { type: 'string', default: '10000' },
    followups: { type: 'string' },
    scales: { type: 'string', default: '1000,5000' },
    'no-baseline': { type: 'boolean', default: false },
    pairs: { type: 'string', default: '1' },
    'no-browser': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    json: { type: 'string' },
    port: { type: 'string', default: '4391' },
  },
});

const root = join(import.meta.dirname, '..');
const work = join(root, '.bench');
const node = process.execPath;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const size = Number(values.decisions);
const followupRatio = values.followups === undefined ? 1 : Number(values.followups) / size;
const scales = [
  ...new Set([...(values.scales === 'none' ? [] : values.scales!.split(',').map(Number)).filter((n) => n > 0 && n < size), size]),
].sort((a, b) => a - b);
if (!Number.isInteger(size) || size < 10 || !Number.isFinite(followupRatio)) {
  console.error('Benchmark: --decisions takes a whole number of at least 10, and --followups a number.');
  process.exit(1);
}

mkdirSync(work, { recursive: true });
const log = join(work, 'bench.log');
writeFileSync(log, '');
const say = (line: string) => console.log(line);

/** Runs a step with its output in .bench/bench.log, and stops the benchmark if it fails. */
async function run(label: string, args: string[], env: Record<string, string>, cwd = root): Promise<Measured> {
  appendFileSync(log, `\n=== ${label}\n`);
  const result = await measure(node, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    onSpawn: (child) => {
      child.stdout?.on('data', (chunk) => appendFileSync(log, chunk));
      child.stderr?.on('data', (chunk) => appendFileSync(log, chunk));
    },
  }).done;
  if (result.code !== 0) {
    console.error(`Benchmark: ${label} failed; see ${relative(root, log)}`);
    process.exit(1);
  }
  return result;
}

const bytesOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const mib = (bytes: number | null) => (bytes === null ? null : Math.round((bytes / MIB) * 10) / 10);
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

type StepFigures = { step: string; seconds: number; peakMiB: number | null };
type Build = {
  decisions: number;
  followups: number;
  corpus: CorpusSummary;
  seconds: number;
  /** Processor time of the whole build; steadier than `seconds` on a shared machine. */
  cpuSeconds: number | null;
  peakMiB: number | null;
  steps: StepFigures[];
  msPerEntry: number;
  htmlPages: number;
  siteMiB: number;
  pagefindMiB: number;
};

/** The corpora generated in this run, by number of decisions. */
const corpora = new Map<number, CorpusSummary>();

/** A cold build of the portal on the corpus of `decisions` entries. */
async function buildPortal(decisions: number): Promise<{ build: Build; dirs: Record<string, string> }> {
  const followups = Math.round(decisions * followupRatio);
  const corpusRoot = join(work, `corpus-${decisions}`);
  say(`\n${decisions} decisions, ${followups} follow-up entries`);
  // A size built again (--pairs) keeps the corpus it was given: the same seed would write the same files.
  const corpus = corpora.get(decisions) ?? generateCorpus({ root: corpusRoot, decisions, followups, source: root });
  corpora.set(decisions, corpus);
  say(`  corpus: ${corpus.files} files, ${mib(corpus.bytes)} MiB of Markdown`);
  const dirs = {
    content: join(corpusRoot, 'src/content'),
    out: join(work, `site-${decisions}`),
    cache: join(work, `cache-${decisions}`),
    timings: join(work, `timings-${decisions}.json`),
  };
  rmSync(dirs.out, { recursive: true, force: true });
  rmSync(dirs.cache, { recursive: true, force: true });
  const env = { PORTAL_CONTENT: dirs.content, PORTAL_OUT: dirs.out, PORTAL_CACHE: dirs.cache };
  const whole = await run(`portal build, ${decisions}`, [join(root, 'scripts/build.ts'), '--timings', dirs.timings], env);
  const { steps } = JSON.parse(readFileSync(dirs.timings, 'utf8')) as { steps: StepFigures[] };
  const pages = filesUnder(dirs.out);
  const build: Build = {
    decisions,
    followups,
    corpus,
    seconds: whole.seconds,
    cpuSeconds: whole.cpuSeconds,
    peakMiB: mib(whole.peakBytes),
    steps: steps.map(({ step, seconds, peakMiB }) => ({ step, seconds, peakMiB: peakMiB === null ? null : Math.round(peakMiB) })),
    msPerEntry: (whole.seconds * 1000) / (decisions + followups),
    htmlPages: pages.filter((file) => file.endsWith('.html')).length,
    siteMiB: mib(bytesOf(pages))!,
    pagefindMiB: mib(bytesOf(filesUnder(join(dirs.out, 'pagefind'))))!,
  };
  say(`  portal: ${build.seconds.toFixed(1)} s, ${build.htmlPages} pages, peak ${build.peakMiB ?? 'n/a'} MiB`);
  return { build, dirs: { ...dirs, corpusRoot } };
}

/** The minimal site over the same corpus: Astro, then Pagefind's command line over the whole site, as its documentation starts. */
async function buildBaseline(content: string, decisions: number) {
  const out = join(work, `baseline-${decisions}`);
  const cache = join(work, `baseline-cache-${decisions}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { BASELINE_CONTENT: content, BASELINE_OUT: out, BASELINE_CACHE: cache };
  const astro = await run(`baseline astro, ${decisions}`, [astroBin, 'build'], env, join(root, 'bench/baseline'));
  const pagefind = await run(
    `baseline pagefind, ${decisions}`,
    [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out],
    {},
  );
  const figures = {
    seconds: astro.seconds + pagefind.seconds,
    cpuSeconds: astro.cpuSeconds === null || pagefind.cpuSeconds === null ? null : astro.cpuSeconds + pagefind.cpuSeconds,
    astro: { seconds: astro.seconds, peakMiB: mib(astro.peakBytes) },
    pagefind: { seconds: pagefind.seconds, peakMiB: mib(pagefind.peakBytes) },
    htmlPages: filesUnder(out).filter((file) => file.endsWith('.html')).length,
    pagefindMiB: mib(bytesOf(filesUnder(join(out, 'pagefind'))))!,
  };
  say(`  baseline: ${figures.seconds.toFixed(1)} s, ${figures.htmlPages} pages`);
  return figures;
}

/** Changes one decision's summary and builds again with the caches kept. */
async function rebuildAfterOneChange(dirs: Record<string, string>) {
  const folder = join(dirs.content!, 'decisions');
  const file = join(folder, readdirSync(folder).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()}\n\nOne sentence added by the benchmark's rebuild.\n`);
  try {
    const env = { PORTAL_CONTENT: dirs.content!, PORTAL_OUT: dirs.out!, PORTAL_CACHE: dirs.cache! };
    const timings = join(work, 'timings-rebuild.json');
    const result = await run('portal rebuild after one change', [join(root, 'scripts/build.ts'), '--timings', timings], env);
    const { steps } = JSON.parse(readFileSync(timings, 'utf8')) as { steps: StepFigures[] };
    const page = readFileSync(join(dirs.out!, 'en/decisions', relative(folder, file).replace(/\.md$/, ''), 'index.html'), 'utf8');
    if (!page.includes('One sentence added by the benchmark')) {
      console.error('Benchmark: the rebuild did not show the changed entry.');
      process.exit(1);
    }
    return { seconds: result.seconds, steps: steps.map(({ step, seconds }) => ({ step, seconds })) };
  } finally {
    writeFileSync(file, original);
  }
}

/** HTML, CSS and JS of one decision page, raw and gzip, in each language. */
function pageWeight(out: string, id: string) {
  const sizes = (buffers: Buffer[]) => ({
    raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer).length, 0),
  });
  return ['kk', 'ru', 'en'].map((lang) => {
    const html = readFileSync(join(out, lang, 'decisions', id, 'index.html'));
    const hrefs = [...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(
      (match) => match[1]!,
    );
    const read = (pattern: RegExp) => hrefs.filter((href) => pattern.test(href)).map((href) => readFileSync(join(out, href)));
    const css = read(/\.css$/);
    const js = read(/\.m?js$/);
    const all = sizes([html, ...css, ...js]);
    return {
      lang,
      htmlKB: kb(sizes([html]).raw),
      htmlGzipKB: kb(sizes([html]).gzip),
      htmlAndCssGzipKB: kb(sizes([html, ...css]).gzip),
      files: 1 + css.length + js.length,
      allRawKB: kb(all.raw),
      allGzipKB: kb(all.gzip),
    };
  });
}

/** The queries: words of the corpus in each language, and a generated author's name. */
function queries(corpus: CorpusSummary) {
  return [
    { lang: 'en', q: 'torture' },
    { lang: 'en', q: corpus.sampleSurnames[0] ?? 'Akhmetov' },
    { lang: 'ru', q: 'свобода выражения' },
    { lang: 'kk', q: 'азаптау' },
  ];
}

/** A person typing fast: a key every 120 ms (about 100 words a minute). */
const KEY_MS = 120;

/**
 * Each search is timed on this many first visits, and the median reported with every sample: one
 * visit's time varied by half from run to run.
 */
const TIMING_SAMPLES = 3;

/**
 * How long after the page is ready the `paused` visit pastes its query: about the least a person
 * takes to paste and press Enter once the page shows.
 */
const PASTE_PAUSE_MS = 500;

/**
 * Run in the page, before its own scripts or later: notes in `window[key]` when `selector` next
 * matches, in milliseconds since navigation began. Read once Playwright had seen the element, the
 * page's clock was 357 and 384 ms late on two visits watched: Playwright looks again less and less
 * often while it waits.
 */
function clockWhenFound({ key, selector }: { key: string; selector: string }) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    (window as unknown as Record<string, number>)[key] = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

/** The first search result in the list, and the list's static links hidden as its script puts its filters in place. */
const FIRST_RESULT = { key: 'benchFirstResult', selector: '[data-search-results] li' };
const LIST_ENHANCED = { key: 'benchListEnhanced', selector: '[data-static-facets][hidden]' };

/**
 * Runs one search on the open search page and returns the milliseconds from
 * pressing Enter to the first result in the list, timed in the page. `pasted`
 * puts the whole query in at once, as soon as the page is ready, and presses
 * Enter: the worst case, with Pagefind still starting. `paused` does the same
 * half a second later, as a person pasting does. `typed` presses the keys one
 * by one, as a reader does, then Enter.
 */
async function timeSearch(page: import('@playwright/test').Page, q: string, how: 'pasted' | 'paused' | 'typed'): Promise<number> {
  await page.evaluate(() => {
    const form = document.querySelector('[data-search-form]')!;
    const clock = window as unknown as Record<string, number>;
    form.addEventListener('submit', () => (clock.benchSubmitted = performance.now()), { capture: true });
  });
  await page.evaluate(clockWhenFound, FIRST_RESULT);
  const input = page.locator('input[name="q"]');
  if (how === 'typed') {
    await input.pressSequentially(q, { delay: KEY_MS });
    await page.waitForTimeout(KEY_MS);
  } else {
    if (how === 'paused') await page.waitForTimeout(PASTE_PAUSE_MS);
    await input.fill(q);
  }
  await input.press('Enter');
  await page.locator(FIRST_RESULT.selector).first().waitFor();
  const [submitted, shown] = await page.evaluate((key) => {
    const clock = window as unknown as Record<string, number>;
    return [clock.benchSubmitted!, clock[key]!];
  }, FIRST_RESULT.key);
  return shown! - submitted!;
}

/**
 * Counts what a page transfers, bodies and headers, as each request finishes;
 * `settled()` waits for the sizes of those finished so far.
 */
function countTransfers(page: import('@playwright/test').Page) {
  const counted = { bytes: 0, pagefindBytes: 0, headerBytes: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const transferred = sizes.responseBodySize + sizes.responseHeadersSize;
        counted.bytes += transferred;
        counted.headerBytes += sizes.responseHeadersSize;
        counted.requests++;
        if (request.url().includes('/pagefind/')) counted.pagefindBytes += transferred;
      }),
    );
  });
  return { counted, settled: () => Promise.all(pending) };
}

/**
 * The screens the longest lists are opened on: a phone, 390 by 844 CSS pixels, and a laptop's wide
 * window, both with the processor four times slower than this machine's, as a phone's or an old
 * laptop's is.
 */
const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, cpuSlowdown: 4 },
  wide: { viewport: { width: 1280, height: 800 }, cpuSlowdown: 4 },
} as const;

/**
 * The longest pages, as each screen opens them: bytes, first paint, and when the page is parsed
 * and loaded.
 */
async function longestLists(browser: import('@playwright/test').Browser, base: string) {
  const results = [];
  for (const [screen, { viewport, cpuSlowdown }] of Object.entries(SCREENS)) {
    for (const path of ['/en/decisions/', '/en/follow-up/']) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      const transfers = countTransfers(page);
      await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 300_000 });
      await transfers.settled();
      const times = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return { firstPaintMs: paint?.startTime ?? null, parsedMs: navigation.domInteractive, loadedMs: navigation.loadEventEnd };
      });
      await context.close();
      results.push({
        screen,
        width: viewport.width,
        cpuSlowdown,
        path,
        transferredKB: kb(transfers.counted.bytes),
        firstPaintMs: times.firstPaintMs === null ? null : Math.round(times.firstPaintMs),
        parsedMs: Math.round(times.parsedMs),
        loadedMs: Math.round(times.loadedMs),
      });
    }
  }
  return results;
}

/**
 * A slow mobile connection: the figures of Lighthouse's mobile preset, 150 ms of latency and 1.6 Mbit/s
 * down, 0.75 up. Chromium applies them to each request, which is gentler than a real network of that
 * latency (Lighthouse, throttling this way, multiplies the latency by 3.75).
 */
const SLOW_NETWORK = { latencyMs: 150, downloadMbits: 1.6, uploadMbits: 0.75 } as const;

/** On a slow connection, the search made before the timed second one: a word of every language's corpus. */
const FIRST_SEARCH = 'torture';

/**
 * What a reader on a slow connection waits for, from navigation, each the median of a few first
 * visits: a cited link's redirect page until the decision page starts to arrive, the decision list
 * until its filters work (its script has run), and a search opened from its address until its
 * first result. Each round trip costs 150 ms here, so a page that makes the browser fetch files one
 * after the other shows it.
 */
async function onSlowConnection(browser: import('@playwright/test').Browser, base: string, out: string, surname: string) {
  /** The address of a page of the built site, from its file. */
  const addressOf = (file: string) => urlPathOf(relative(out, file).split(sep).join('/'));
  const citedLink = addressOf(filesUnder(join(out, 'communication'), (name) => name === 'index.html').sort()[0]!);
  type Wait = (page: import('@playwright/test').Page) => Promise<number | null>;
  /**
   * `wait` gives the page's own clock, or null for the time as this script sees it. With `after`,
   * that page is visited first in the same browser, so that the timed visit finds in the browser's
   * cache what the host lets it keep (src/lib/security-headers.ts).
   */
  const visit = async (path: string, wait: Wait, after?: { path: string; wait: Wait }) => {
    const times: number[] = [];
    for (let sample = 0; sample < TIMING_SAMPLES; sample++) {
      const context = await browser.newContext({ locale: 'en-GB' });
      await context.addInitScript(clockWhenFound, FIRST_RESULT);
      await context.addInitScript(clockWhenFound, LIST_ENHANCED);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_NETWORK.latencyMs,
        downloadThroughput: (SLOW_NETWORK.downloadMbits * 1e6) / 8,
        uploadThroughput: (SLOW_NETWORK.uploadMbits * 1e6) / 8,
      });
      if (after) {
        await page.goto(`${base}${after.path}`, { waitUntil: 'commit', timeout: 120_000 });
        await after.wait(page);
        await page.waitForLoadState('networkidle', { timeout: 120_000 });
      }
      const started = Date.now();
      await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
      const inPage = await wait(page);
      times.push(Math.round(inPage ?? Date.now() - started));
      await context.close();
    }
    return { path, ms: Math.round(median(times)), samplesMs: times };
  };
  const inPage = (name: string) => async (page: import('@playwright/test').Page) => {
    await page.waitForFunction((key) => key in window, name, { timeout: 120_000 });
    return page.evaluate((key) => (window as unknown as Record<string, number>)[key]!, name);
  };
  const loaded = async (page: import('@playwright/test').Page) => {
    await page.waitForLoadState('load', { timeout: 120_000 });
    return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
  };
  const decisions = filesUnder(join(out, 'en', 'decisions'), (name) => name === 'index.html')
    .map(addressOf)
    .filter((path) => path.split('/').length === 5)
    .sort();
  return {
    network: SLOW_NETWORK,
    citedLink: await visit(citedLink, async (page) => {
      // Timed from here: the decision page is another document, with a clock of its own.
      await page.waitForURL(/\/decisions\/[^/]+\/$/, { waitUntil: 'commit', timeout: 120_000 });
      return null;
    }),
    listFilters: await visit('/en/decisions/', inPage(LIST_ENHANCED.key)),
    searchFromAddress: await visit(`/en/search/?q=${encodeURIComponent(surname)}`, inPage(FIRST_RESULT.key)),
    secondDecision: await visit(decisions[1]!, loaded, { path: decisions[0]!, wait: loaded }),
    secondSearch: await visit(`/en/search/?q=${encodeURIComponent(surname)}`, inPage(FIRST_RESULT.key), {
      path: `/en/search/?q=${encodeURIComponent(FIRST_SEARCH)}`,
      wait: inPage(FIRST_RESULT.key),
    }),
  };
}

async function inBrowser(out: string, corpus: CorpusSummary) {
  const { chromium } = await import('@playwright/test');
  const { findBrowser, SYSTEM_CHROMIUM_ARGS } = await import('./browser.ts');
  const found = findBrowser();
  if (!found) {
    say('  browser: no Chromium found; run npx playwright install chromium, or install chromium');
    return null;
  }
  const server = await startStaticServer({ dir: out, port: Number(values.port), gzip: true });
  const browser = await chromium.launch(
    found.kind === 'system' ? { executablePath: found.executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  const results = [];
  const base = server.url;
  try {
    for (const { lang, q } of queries(corpus)) {
      // A new context for each visit: an empty cache, as a first visit. Pagefind fetches its index
      // from a worker; Playwright reports the worker's requests with the page's.
      const pasted: number[] = [];
      const paused: number[] = [];
      const typed: number[] = [];
      const fromAddress: number[] = [];
      let transferred: { counted: ReturnType<typeof countTransfers>['counted']; bytesBefore: number; status: string } | null =
        null;
      for (let sample = 0; sample < TIMING_SAMPLES; sample++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const transfers = countTransfers(page);
        await page.goto(`${base}/${lang}/search/`);
        await page.locator('[data-search-filters]').waitFor({ state: 'visible' });
        await transfers.settled();
        const bytesBefore = transfers.counted.bytes;
        pasted.push(await timeSearch(page, q, 'pasted'));
        const status = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';
        await page.waitForLoadState('networkidle');
        await transfers.settled();
        await context.close();
        // The bytes are the same on every visit; the first one's are kept.
        transferred ??= { counted: transfers.counted, bytesBefore, status };

        // The same query pasted half a second later, then typed as a person types, each from a new
        // visit: Pagefind loads during the pause or while the keys are pressed.
        for (const [how, times] of [
          ['paused', paused],
          ['typed', typed],
        ] as const) {
          const visit = await browser.newContext();
          const visitPage = await visit.newPage();
          await visitPage.goto(`${base}/${lang}/search/`);
          await visitPage.locator('[data-search-filters]').waitFor({ state: 'visible' });
          times.push(await timeSearch(visitPage, q, how));
          await visit.close();
        }

        // The same search from its address, from navigation to the first result.
        const direct = await browser.newContext();
        await direct.addInitScript(clockWhenFound, FIRST_RESULT);
        const directPage = await direct.newPage();
        await directPage.goto(`${base}/${lang}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
        await directPage.locator('[data-search-results] li').first().waitFor();
        fromAddress.push(
          await directPage.evaluate((key) => (window as unknown as Record<string, number>)[key]!, FIRST_RESULT.key),
        );
        await direct.close();
      }
      const { counted, bytesBefore, status } = transferred!;
      const rounded = (times: number[]) => times.map((time) => Math.round(time));
      results.push({
        lang,
        q,
        status,
        firstResultsMs: Math.round(median(pasted)),
        afterPauseMs: Math.round(median(paused)),
        afterTypingMs: Math.round(median(typed)),
        fromAddressMs: Math.round(median(fromAddress)),
        samplesMs: {
          pasted: rounded(pasted),
          paused: rounded(paused),
          typed: rounded(typed),
          fromAddress: rounded(fromAddress),
        },
        totalKB: kb(counted.bytes),
        searchKB: kb(counted.bytes - bytesBefore),
        pagefindKB: kb(counted.pagefindBytes),
        // Of the total, the response headers: an HTTP/2 or HTTP/3 host sends them compressed, after the
        // first response, where this local server sends each in full.
        headersKB: kb(counted.headerBytes),
        requests: counted.requests,
      });
    }
    return {
      search: results,
      lists: await longestLists(browser, base),
      slow: await onSlowConnection(browser, base, out, corpus.sampleSurnames[0]!),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

// --- The run -------------------------------------------------------------

const started = Date.now();
say(
  `Benchmark on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
);
const builds: Build[] = [];
let last: Awaited<ReturnType<typeof buildPortal>> | undefined;
for (const decisions of scales) {
  last = await buildPortal(decisions);
  builds.push(last.build);
}
let full = last!;
type Pair = {
  portal: number;
  baseline: number;
  ratio: number;
  portalCpu: number | null;
  baselineCpu: number | null;
  steps: StepFigures[];
};
const pairs: Pair[] = [];
let baseline: Awaited<ReturnType<typeof buildBaseline>> | null = null;
if (!values['no-baseline']) {
  for (let pair = 1; pair <= Math.max(1, Number(values.pairs)); pair++) {
    if (pair > 1) full = await buildPortal(size);
    baseline = await buildBaseline(full.dirs.content!, size);
    const portal = full.build.seconds;
    pairs.push({
      portal,
      baseline: baseline.seconds,
      ratio: Math.round((portal / baseline.seconds) * 100) / 100,
      portalCpu: full.build.cpuSeconds,
      baselineCpu: baseline.cpuSeconds,
      steps: full.build.steps,
    });
  }
}
const sum = (key: 'portal' | 'baseline' | 'portalCpu' | 'baselineCpu') =>
  pairs.reduce((total, pair) => total + (pair[key] ?? Number.NaN), 0);
const ratioOf = (portal: number, baseline: number) =>
  pairs.length > 0 && Number.isFinite(portal / baseline) ? Math.round((portal / baseline) * 100) / 100 : null;
const middle = readdirSync(join(full.dirs.content!, 'decisions')).sort()[Math.floor(size / 2)]!.replace(/\.md$/, '');
const weight = pageWeight(full.dirs.out!, middle);
const browsed = values['no-browser'] ? null : await inBrowser(full.dirs.out!, full.build.corpus);
const search = browsed?.search ?? null;
const rebuild = values['no-rebuild'] ? null : await rebuildAfterOneChange(full.dirs);

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim(),
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  },
  builds,
  baseline,
  pairs,
  ratioToBaseline: ratioOf(sum('portal'), sum('baseline')),
  cpuRatioToBaseline: ratioOf(sum('portalCpu'), sum('baselineCpu')),
  rebuild: rebuild ? { ...rebuild, ratioToCold: Math.round((rebuild.seconds / full.build.seconds) * 100) / 100 } : null,
  decisionPage: { id: middle, languages: weight },
  search,
  longestLists: browsed?.lists ?? null,
  slowConnection: browsed?.slow ?? null,
  benchmarkMinutes: Math.round((Date.now() - started) / 600) / 100,
};
const jsonFile = values.json ?? join(work, 'results.json');
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);

// --- The tables ----------------------------------------------------------

/** A median with the lowest and highest of its samples: "226 (220–327)". */
const withRange = (middle: number, samples: number[]) => `${middle} (${Math.min(...samples)}–${Math.max(...samples)})`;

const table = (rows: (string | number | null)[][]) => {
  const text = rows.map((row) => row.map((cell) => (cell === null ? 'n/a' : String(cell))));
  const widths = text[0]!.map((_, column) => Math.max(...text.map((row) => row[column]!.length)));
  for (const [index, row] of text.entries()) {
    say(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) say(widths.map((width) => '-'.repeat(width)).join('  '));
  }
};
say('\nFull build (scripts/build.ts, cold)');
table([
  [
    'decisions',
    'follow-ups',
    'pages',
    'build s',
    'processor s',
    'ms/entry',
    'astro s',
    'astro MiB',
    'pagefind s',
    'pagefind MiB',
    'site MiB',
    'index MiB',
  ],
  ...builds.map((build) => {
    const astro = build.steps.find((item) => item.step === 'astro');
    const pagefind = build.steps.find((item) => item.step === 'search-index');
    return [
      build.decisions,
      build.followups,
      build.htmlPages,
      build.seconds.toFixed(1),
      build.cpuSeconds?.toFixed(1) ?? null,
      build.msPerEntry.toFixed(2),
      astro?.seconds.toFixed(1) ?? null,
      astro?.peakMiB ?? null,
      pagefind?.seconds.toFixed(1) ?? null,
      pagefind?.peakMiB ?? null,
      build.siteMiB,
      build.pagefindMiB,
    ];
  }),
]);
say(
  `\nSteps at ${size}${pairs.length > 1 ? ', last build' : ''}: ${full.build.steps.map((item) => `${item.step} ${item.seconds.toFixed(1)} s`).join(', ')}`,
);
if (baseline) {
  say(
    `Baseline (bench/baseline) at ${size}: ${baseline.seconds.toFixed(1)} s, ${baseline.cpuSeconds?.toFixed(1) ?? 'n/a'} s of processor time (astro ${baseline.astro.seconds.toFixed(1)} s, ${baseline.astro.peakMiB} MiB; pagefind ${baseline.pagefind.seconds.toFixed(1)} s), ${baseline.htmlPages} pages`,
  );
  if (pairs.length > 1) {
    say(
      `Pairs, portal then baseline: ${pairs.map((pair) => `${pair.portal.toFixed(1)} s / ${pair.baseline.toFixed(1)} s = ${pair.ratio}x`).join('; ')}`,
    );
  }
  say(
    `Portal / baseline: ${results.ratioToBaseline}x${pairs.length > 1 ? ` over ${pairs.length} pairs` : ''}; in processor time ${results.cpuRatioToBaseline ?? 'n/a'}x   (budget: at most 1.5x)`,
  );
}
say(`Peak memory of the whole build: ${full.build.peakMiB ?? 'n/a'} MiB   (budget: at most 4096 MiB)`);
if (rebuild)
  say(`Rebuild after one changed entry: ${rebuild.seconds.toFixed(1)} s, ${results.rebuild!.ratioToCold}x the cold build`);
say(`\nDecision page ${middle} (budget: at most 30 KB of HTML+CSS gzip)`);
table([
  ['language', 'HTML KB', 'HTML gzip KB', 'HTML+CSS gzip KB', 'all files', 'all raw KB', 'all gzip KB'],
  ...weight.map((item) => [
    item.lang,
    item.htmlKB,
    item.htmlGzipKB,
    item.htmlAndCssGzipKB,
    item.files,
    item.allRawKB,
    item.allGzipKB,
  ]),
]);
if (search) {
  say(
    `\nSearch in headless Chromium, empty cache, gzip, times the median of ${TIMING_SAMPLES} visits (lowest–highest) (budget: first query at most 300 KB, results in under 300 ms)`,
  );
  table([
    [
      'query',
      'first results ms',
      'after a pause ms',
      'after typing ms',
      'from address ms',
      'page+search KB',
      'search KB',
      'pagefind KB',
      'headers KB',
      'requests',
      'status',
    ],
    ...search.map((item) => [
      `${item.lang}: ${item.q}`,
      withRange(item.firstResultsMs, item.samplesMs.pasted),
      withRange(item.afterPauseMs, item.samplesMs.paused),
      withRange(item.afterTypingMs, item.samplesMs.typed),
      withRange(item.fromAddressMs, item.samplesMs.fromAddress),
      item.totalKB,
      item.searchKB,
      item.pagefindKB,
      item.headersKB,
      item.requests,
      item.status,
    ]),
  ]);
}
if (browsed?.lists) {
  say(`\nThe longest lists, the processor ${SCREENS.phone.cpuSlowdown} times slower, gzip`);
  table([
    ['screen', 'page', 'KB', 'first paint ms', 'parsed ms', 'loaded ms'],
    ...browsed.lists.map((item) => [
      `${item.screen} (${item.width} px)`,
      item.path,
      item.transferredKB,
      item.firstPaintMs,
      item.parsedMs,
      item.loadedMs,
    ]),
  ]);
}
if (browsed?.slow) {
  const { network, citedLink, listFilters, searchFromAddress, secondDecision, secondSearch } = browsed.slow;
  say(
    `\nOn a slow connection (${network.latencyMs} ms latency, ${network.downloadMbits} Mbit/s), from navigation, the median of ${TIMING_SAMPLES} visits, each in a new browser (lowest–highest)`,
  );
  table([
    ['what', 'page', 'ms'],
    ['a cited link reaches its decision page', citedLink.path, withRange(citedLink.ms, citedLink.samplesMs)],
    ["the decision list's filters work", listFilters.path, withRange(listFilters.ms, listFilters.samplesMs)],
    [
      'a search from its address shows its first result',
      searchFromAddress.path,
      withRange(searchFromAddress.ms, searchFromAddress.samplesMs),
    ],
    [
      'after a first, a second decision page has loaded',
      secondDecision.path,
      withRange(secondDecision.ms, secondDecision.samplesMs),
    ],
    [
      `after a search for "${FIRST_SEARCH}", a second from its address shows its first result`,
      secondSearch.path,
      withRange(secondSearch.ms, secondSearch.samplesMs),
    ],
  ]);
}
say(
  `\nFigures written to ${relative(root, jsonFile)}; build logs in ${relative(root, log)}. ${results.benchmarkMinutes} minutes.`,
);
