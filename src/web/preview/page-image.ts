import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { findProgram } from '../../render/pdf/pdf-tools';

const PDFTOPPM = 'pdftoppm';

/** Whether pages can be drawn here (poppler's pdftoppm, installed with pdftotext). */
export const canDrawPages = (): boolean => findProgram(PDFTOPPM) !== null;

/** The longest side of a page's picture, in pixels: an A4 page at about 120 dpi. */
const SIZE = 1000;
const TIMEOUT_MS = 60_000;

/**
 * The picture of one page of a PDF, drawn by pdftoppm on first request and kept in `cacheDir`
 * (the job's preview folder) under `name`; null when it cannot be drawn.
 */
export async function pageImage(
  pdf: string,
  page: number,
  cacheDir: string,
  name: string,
): Promise<string | null> {
  const target = join(cacheDir, `${name}.png`);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const prefix = join(cacheDir, `.${name}-${process.pid}-${Date.now()}`);
  const ok = await new Promise<boolean>((done) =>
    execFile(
      PDFTOPPM,
      [
        '-f',
        String(page),
        '-l',
        String(page),
        '-png',
        '-scale-to',
        String(SIZE),
        '-singlefile',
        pdf,
        prefix,
      ],
      { timeout: TIMEOUT_MS },
      (err) => done(!err),
    ),
  );
  if (!ok || !existsSync(`${prefix}.png`)) return null;
  // Renamed into place: a picture is either whole or missing, never half-written.
  renameSync(`${prefix}.png`, target);
  return target;
}
