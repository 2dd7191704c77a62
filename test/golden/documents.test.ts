// Golden copies of every document the CLI writes from the bundled samples (issue 13, point 8):
// the compiled CLI is run as `npm start` runs it (npm test builds it first, see "pretest"), and
// every file it writes is compared with its checked-in copy under test/golden/documents/,
// XML parts pretty-printed, every zip entry hashed. TTHC_UPDATE_GOLDEN=1 rewrites the copies;
// the diff is then reviewed by eye before committing (test/golden/README.md).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { WRITTEN_FILES } from '../../src/render/written-files';
import {
  GOLDEN_ROOT,
  goldenDifferences,
  goldenDocuments,
  goldenTexts,
  UPDATING,
  writeGolden,
} from '../helpers/golden/golden-copies';
import { zipEntries } from '../helpers/golden/zip-entries';
import { schemaErrorsOf } from '../helpers/ooxml-validator';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

// The zip time stamp of each file, typed from the data: a package's files carry its report date
// (ngay_bao_cao of ThongTin.csv) at midnight, a letter its own date with the blanks of a draft
// read as the first (ngay: 2025 → 1 January 2025, ngay: 2025-08 → 1 August). Null: not a zip.
const Q1 = '2026-03-16 00:00:00'; // data/lao-cai-2026-q1/ThongTin.csv
const Q3 = '2025-08-26 00:00:00'; // data/lao-cai-766-2025-08/ThongTin.csv
const H1 = '2026-06-16 00:00:00'; // data/lai-chau-2026-h1/ThongTin.csv
const DOCUMENTS: Record<string, string | null> = {
  'cong-van/001-nang-cao-hieu-qua-giai-quyet-tthc.docx': '2025-01-01 00:00:00', // ngay: 2025
  'cong-van/004-thuc-day-dvc-truc-tuyen.docx': '2026-04-01 00:00:00', // ngay: 2026-04
  'lai-chau-2026-h1/bao-cao.docx': H1,
  'lai-chau-2026-h1/bieu-mau.xlsx': H1,
  'lai-chau-2026-h1/model.json': null,
  'lai-chau-2026-h1/phu-luc-bieu-mau.docx': H1,
  'lai-chau-2026-h1/tom-tat.txt': null,
  'lao-cai-2025-q3/chi-tieu-don-vi.docx': Q3,
  'lao-cai-2025-q3/chi-tieu-don-vi.xlsx': Q3,
  'lao-cai-2025-q3/cong-van-766.docx': '2025-08-01 00:00:00', // cong-van.md, ngay: 2025-08
  'lao-cai-2025-q3/model.json': null,
  'lao-cai-2025-q3/tom-tat.txt': null,
  'lao-cai-2025-q3/xep-hang-766.docx': Q3,
  'lao-cai-2025-q3/xep-hang-766.xlsx': Q3,
  'lao-cai-2026-q1/bao-cao.docx': Q1,
  'lao-cai-2026-q1/bieu-mau.xlsx': Q1,
  'lao-cai-2026-q1/model.json': null,
  'lao-cai-2026-q1/phu-luc-bieu-mau.docx': Q1,
  'lao-cai-2026-q1/tom-tat.txt': null,
};
const LISTED = Object.keys(DOCUMENTS).sort();
const ZIPS = LISTED.filter((d) => DOCUMENTS[d] !== null);

const HOW_TO_UPDATE =
  'If the change is intended: TTHC_UPDATE_GOLDEN=1 npx jest test/golden/documents.test.ts, ' +
  'then review `git diff test/golden/documents` by eye before committing (test/golden/README.md).';

let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tthc-golden-'));
  const letters = join(out, 'cong-van');
  const runs = [
    ['build', '--data', 'data/lao-cai-2026-q1', '--out', out],
    ['build', '--data', 'data/lao-cai-766-2025-08', '--out', out],
    ['build', '--data', 'data/lai-chau-2026-h1', '--out', out],
    ['letter', 'data/cong-van/001-nang-cao-hieu-qua-giai-quyet-tthc.md', '--out', letters],
    ['letter', 'data/cong-van/004-thuc-day-dvc-truc-tuyen.md', '--out', letters],
  ];
  // Not one after the other: the five runs are independent and mostly wait on start-up.
  await Promise.all(
    runs.map((args) =>
      promisify(execFile)('node', [MAIN, ...args], { cwd: ROOT }).catch(
        (e: { stderr?: string }) => {
          throw new Error(`tthc ${args.join(' ')} failed:\n${e.stderr ?? String(e)}`);
        },
      ),
    ),
  );
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The documents in `dir`; the manifest of what tthc wrote (for --force) is not one. */
function writtenFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile() && basename(f) !== WRITTEN_FILES)
    .map((f) => f.split('\\').join('/'))
    .sort();
}

test('the CLI writes exactly the listed documents, and each has a golden copy', () => {
  expect(writtenFiles(out)).toEqual(LISTED);
  if (UPDATING)
    for (const stale of goldenDocuments().filter((d) => !LISTED.includes(d)))
      rmSync(join(GOLDEN_ROOT, stale), { recursive: true, force: true });
  else expect(goldenDocuments()).toEqual(LISTED);
});

test.each(LISTED)('%s is the same as its golden copy', (document) => {
  const texts = goldenTexts(document, readFileSync(join(out, document)));
  expect(texts.size).toBeGreaterThan(0);
  if (UPDATING) return writeGolden(document, texts);
  const problems = goldenDifferences(document, texts);
  if (problems.length > 0) throw new Error([...problems, HOW_TO_UPDATE].join('\n\n'));
});

test.each(ZIPS)('every entry of %s is stamped with the date of the document', (document) => {
  const stamps = zipEntries(readFileSync(join(out, document))).map((e) => e.stamp);
  expect(stamps.length).toBeGreaterThan(0);
  expect([...new Set(stamps)]).toEqual([DOCUMENTS[document]]);
});

// Word and Excel open a file whose parts break the Office Open XML schemas with "unreadable
// content"; the validator of the Open XML SDK finds those breaks (docs/ooxml-validation.md).
test('every .docx and .xlsx the samples give is valid against the Office Open XML schemas', async () => {
  expect(ZIPS.length).toBeGreaterThan(10);
  const errors = await schemaErrorsOf(ZIPS.map((d) => join(out, d)));
  expect(errors.map((e) => `${e.file}: ${e.part} ${e.xPath}: ${e.description}`)).toEqual([]);
}, 120_000);
