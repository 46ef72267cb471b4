/**
 * Where the browser tests find the sites they test: the bundled content's,
 * built by `npm run build`, and small sites built from fixture content, each
 * on a port of its own beside it (playwright.config.ts starts them).
 */
export const port = Number(process.env.PORT ?? 4329);

/** The site built from tests/fixtures/search, for the search's behaviour on words it holds and lacks. */
export const searchFixture = {
  content: 'tests/fixtures/search/src/content',
  out: 'tests/fixtures/search/dist',
  port: port + 100,
};
export const searchFixtureUrl = `http://127.0.0.1:${searchFixture.port}`;
