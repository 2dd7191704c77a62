/**
 * The corpus of bad input (issue 8): every kind of file an office's systems may export, each
 * a real file under test/fixtures/bad-input/ (laid over the small valid dataset `base/`, or read
 * alone), with the issue it must raise — code, severity, location — and every other error and
 * warning it raises. Inputs too large for the repository (100,000 rows, zip bombs, a 1 MB line,
 * a 40 MB cell, files of 49 to 195 MB, 200,001 rows) are made by the test. Accepted inputs (a BOM, UTF-16, a date with its time…)
 * are in the table too, with what must have been read from them.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { readDataset } from '../../src/ingest/read-dataset';
import { readRegistry } from '../../src/ingest/read-registry';
import { validateSource, type Expected } from '../../src/validate/package/validate-source';
import { CORPUS, FIXTURES, prepareCase as prepare } from '../helpers/bad-input-corpus';
import { codesOf, mentioning } from '../helpers/issues';
import { removeTempFolders } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** The dataset of --data checked as validate and build check it (the other inputs aside). */
const loadDataset = async (data: string, asked?: Expected) =>
  validateSource(
    await readDataset(data),
    basename(data.replace(/[\\/]+$/, '')),
    readRegistry(),
    asked,
  );

test('the corpus holds at least 40 cases, and every fixture folder is one of them', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  const used = new Set(CORPUS.map((c) => c.fixture));
  const folders = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'base')
    .map((e) => e.name);
  expect(folders.filter((f) => !used.has(f))).toEqual([]);
});

describe('bad input: the expected code at the expected place, and nothing else', () => {
  test.each(CORPUS)(
    '$name',
    async (c) => {
      const data = prepare(c);
      const { dataset, issues } = await loadDataset(data, c.asked);
      if (c.code !== null)
        expect(issues).toContainEqual({
          code: c.code,
          severity: c.severity ?? 'error',
          message: c.mentions ? mentioning(...c.mentions) : expect.any(String),
          location: typeof c.at === 'function' ? c.at(data) : c.at,
        });
      expect(codesOf(issues, 'error')).toEqual([...c.errors].sort());
      expect(codesOf(issues, 'warning')).toEqual([...c.warnings].sort());
      // Whatever the input, a message stays short and prints nothing a terminal would obey.
      for (const i of issues) {
        expect(i.message.length).toBeLessThan(700);
        // eslint-disable-next-line no-control-regex
        expect(i.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
      if (c.read) {
        expect(dataset).not.toBeNull();
        c.read(dataset!);
      }
      // Generous: the large inputs take seconds on a busy machine; no case is timed.
    },
    60_000,
  );
});
