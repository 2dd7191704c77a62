// A plain CSV text (cells quoted as RFC 4180 quotes them, one kind of line end) is split
// without csv-parse (src/ingest/plain-csv.ts): its records must be csv-parse's, cell for cell
// and line for line, for every CSV file the project holds and variants of each; any other text
// is left to csv-parse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { plainRecords, type CsvRecord } from '../../src/ingest/plain-csv';
import { projectRoot } from '../../src/tools/project-root';

const LONGEST = 1000;

/** csv-parse with the options of src/ingest/read-csv.ts that shape a record. */
const csvParse = (text: string, delimiter: string): CsvRecord[] =>
  (
    parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number; empty_lines: number } }[]
  ).map((r) => ({
    record: r.record,
    info: { lines: r.info.lines, empty_lines: r.info.empty_lines },
  }));

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.csv'))
    .map((e) => join(e.parentPath, e.name));
}

const delimiterOf = (text: string) => {
  const first = text.slice(0, text.indexOf('\n') >>> 0);
  return [';', '\t'].reduce(
    (best, d) => (first.split(d).length > first.split(best).length ? d : best),
    ',',
  );
};

/** The text and ways an official's copy of it may differ. */
const variants = (text: string): [string, string][] => {
  const lf = text.replace(/\r\n/g, '\n');
  return [
    ['as it is', text],
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['no last line end', lf.replace(/\n+$/, '')],
    ['blank lines', lf.replace(/\n/g, '\n\n').replace(/^/, '\n')],
    ['blank lines, CRLF', lf.replace(/\n/g, '\n\n').replace(/\n/g, '\r\n')],
    ['trailing separators and spaces', lf.replace(/\n/g, ', ,\n')],
  ];
};

test('every CSV file of the project and its variants: plain ones split as csv-parse splits them', () => {
  const root = projectRoot();
  const files = [...csvFiles(join(root, 'data')), ...csvFiles(join(root, 'test', 'fixtures'))];
  let plain = 0;
  let left = 0;
  for (const path of files) {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    for (const [how, variant] of variants(text)) {
      const delimiter = delimiterOf(variant);
      const ours = plainRecords(variant, delimiter, LONGEST);
      if (!ours) {
        left++;
        continue;
      }
      plain++;
      let theirs: CsvRecord[];
      try {
        theirs = csvParse(variant, delimiter);
      } catch (err) {
        throw new Error(`${path} (${how}): csv-parse failed where plainRecords read`, {
          cause: err,
        });
      }
      expect([path, how, ours]).toEqual([path, how, theirs]);
    }
  }
  // Both ways are exercised: most files are plain (1.008 of 1.050 texts when this was written),
  // the fixtures of broken quoting are not.
  expect(plain).toBeGreaterThan(900);
  expect(left).toBeGreaterThan(20);
});

test('quoted cells as RFC 4180 writes them, and quotes inside a cell: as csv-parse reads them', () => {
  const texts = [
    'a,b\n"x",y\n',
    'a,b\nSở "A",y\n',
    'a,b\n"Sở Tư pháp, tỉnh Lào Cai","1.234"\n',
    'a,b\n"Nói ""có"" hai lần",y\n',
    'a,b\n"",""\n""\n',
    'a,b\n"hai\ndòng",y\nx,"ba\n\ndòng"\n\nz,w',
    'a,b\r\n"hai\r\ndòng",y\r\n\r\nx,"y"',
    'a;b\n"x;y";"z"\n',
    'a,b\nx,y"\n"x""",y\n',
  ];
  for (const text of texts) {
    const delimiter = delimiterOf(text);
    const ours = plainRecords(text, delimiter, LONGEST);
    expect([text, ours === null]).toEqual([text, false]);
    expect([text, ours]).toEqual([text, csvParse(text, delimiter)]);
  }
});

test('a quote not closed or followed by text, a lone carriage return, mixed line ends or a long record: left to csv-parse', () => {
  expect(plainRecords('a,b\n"x,y\n', ',', LONGEST)).toBeNull();
  expect(plainRecords('a,b\n"x" y,z\n', ',', LONGEST)).toBeNull();
  expect(plainRecords('a,b\rx,y\r', ',', LONGEST)).toBeNull();
  expect(plainRecords('a,b\r\nx,y\nz,w\r\n', ',', LONGEST)).toBeNull();
  expect(plainRecords('a,b\nx\r,y\n', ',', LONGEST)).toBeNull();
  expect(plainRecords(`a,b\n${'x'.repeat(LONGEST + 1)}\n`, ',', LONGEST)).toBeNull();
  expect(plainRecords(`a,b\n"${'x\n'.repeat(LONGEST)}"\n`, ',', LONGEST)).toBeNull();
  // The same texts without what stops them are read.
  expect(plainRecords('a,b\r\nx,y\r\n', ',', LONGEST)).toEqual([
    { record: ['a', 'b'], info: { lines: 1, empty_lines: 0 } },
    { record: ['x', 'y'], info: { lines: 2, empty_lines: 0 } },
  ]);
});
