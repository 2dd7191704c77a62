// The tests that open files in LibreOffice need soffice and pdftotext (.ci/run installs them).
// Elsewhere they are skipped with a notice, unless TTHC_REQUIRE_SOFFICE=1 says they must run.
// The warm converter also needs python3-uno (.ci/run installs it); where it is missing, the
// tests that share a warm pool fall back to the cold way, and those about the warm path itself
// are skipped, again unless TTHC_REQUIRE_SOFFICE=1.
import { spawnSync } from 'node:child_process';
import { unoMissing } from '../../src/render/pdf/converter/uno-python';
import { warmPool, type WarmPool } from '../../src/render/pdf/converter/warm-pool';
import { findProgram } from '../../src/render/pdf/pdf-tools';
import { PDFTOTEXT, sofficeCommand } from '../../src/tools/programs';

const available = findProgram(sofficeCommand()) !== null && findProgram(PDFTOTEXT) !== null;
const required = process.env.TTHC_REQUIRE_SOFFICE === '1';

/** `test` where LibreOffice is there or required, else `test.skip` with a notice. */
export function sofficeTest(what: string): jest.It {
  if (!available && !required)
    console.warn(`soffice/pdftotext không có: bỏ qua các kiểm tra ${what}.`);
  return available || required ? test : test.skip;
}

/** Whether the warm converter can run here: LibreOffice and a Python with python3-uno. */
export const warmAvailable = (): boolean => available && unoMissing() === null;

/** `test` where the warm converter can run or LibreOffice is required, else skipped. */
export function warmTest(what: string): jest.It {
  const ok = warmAvailable();
  if (!ok && !required)
    console.warn(`LibreOffice/python3-uno không có: bỏ qua các kiểm tra ${what}.`);
  return ok || required ? test : test.skip;
}

// One warm pool per test file (jest loads this module once per file), started on first use
// and closed after the file's tests: the file pays LibreOffice's start once, not per file.
let shared: WarmPool | undefined;
afterAll(async () => {
  await shared?.close();
  shared = undefined;
});

/** The test file's warm pool. */
export const testPool = (): WarmPool => (shared ??= warmPool());

/**
 * Converts `source` to PDF at `target` with the test file's warm pool; throws on failure, and
 * when LibreOffice is required, also when the pool could not start (it must not silently fall
 * back where python3-uno is meant to be installed).
 */
export async function convertShared(source: string, target: string): Promise<string> {
  const r = await testPool().convert([{ source, target }]);
  const problems = [...r.issues.filter((i) => i !== null), ...(required ? r.warnings : [])];
  if (problems.length > 0) throw new Error(problems.map((i) => i.message).join('\n'));
  return target;
}

/** The text of a PDF's pages, as pdftotext lays it out. */
export const pageText = (pdf: string, page: number): string =>
  spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  }).stdout;

export const pdfAllText = (pdf: string): string =>
  spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;

/** A word of a page with its box, in points from the top left corner. */
export interface PlacedWord {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The words of one page with their positions (pdftotext -bbox) and the page's size. */
export function pageWords(
  pdf: string,
  page: number,
): { width: number; height: number; words: PlacedWord[] } {
  const html = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], {
    encoding: 'utf8',
  }).stdout;
  const size = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html);
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
  return { width: Number(size?.[1]), height: Number(size?.[2]), words };
}
