// The tests that open files in LibreOffice need soffice and pdftotext (.ci/run installs them).
// Elsewhere they are skipped with a notice, unless TTHC_REQUIRE_SOFFICE=1 says they must run.
import { spawnSync } from 'node:child_process';
import { findProgram, PDFTOTEXT, sofficeCommand } from '../../src/render/pdf/pdf-tools';

const available = findProgram(sofficeCommand()) !== null && findProgram(PDFTOTEXT) !== null;
const required = process.env.TTHC_REQUIRE_SOFFICE === '1';

/** `test` where LibreOffice is there or required, else `test.skip` with a notice. */
export function sofficeTest(what: string): jest.It {
  if (!available && !required)
    console.warn(`soffice/pdftotext không có: bỏ qua các kiểm tra ${what}.`);
  return available || required ? test : test.skip;
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
