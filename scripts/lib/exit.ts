/**
 * Ends the process once what it has written has left it. `process.exit` right
 * after a large write to a pipe cuts the output short: the validator's report,
 * read by the build, by CI or by `| less`, lost its end past about 50 to 150 KB.
 */
export async function exitWhenWritten(code: number): Promise<never> {
  // A stream calls back for a write once every write before it has been handed on.
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))),
  );
  process.exit(code);
}
