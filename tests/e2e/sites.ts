/**
 * Where the browser tests find the sites they test: the bundled content's,
 * built by `npm run build`, and small sites built from fixture content, each
 * on a port of its own beside it (playwright.config.ts starts them).
 */
export const port = Number(process.env.PORT ?? 4329);

/** A site built from fixture content (`<folder>/src/content`) into `out`, with Astro's caches in `cache`. */
export type FixtureSite = { content: string; out: string; cache: string; port: number; url: string };

/** The site of `tests/fixtures/<name>/`, on the port `offset` above the bundled content's. */
function fixtureSite(name: string, offset: number): FixtureSite {
  return {
    content: `tests/fixtures/${name}/src/content`,
    out: `tests/fixtures/${name}/dist`,
    cache: `node_modules/.astro/${name}-fixture`,
    port: port + offset,
    url: `http://127.0.0.1:${port + offset}`,
  };
}

/** The site built from tests/fixtures/search, for the search's behaviour on words it holds and lacks. */
export const searchFixture = fixtureSite('search', 100);
export const searchFixtureUrl = searchFixture.url;

/**
 * The site built from tests/fixtures/site: frozen copies of a few real entries, for the tests that
 * check what a reader sees of a given decision, so that an editor's correction never breaks one.
 */
export const readerFixture = fixtureSite('site', 200);
export const readerFixtureUrl = readerFixture.url;
