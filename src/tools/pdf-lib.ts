import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib, loaded on first use: it takes some 40 ms to load, which every `tthc build` without
 * --pdf would otherwise pay at start-up (docs/performance.md).
 */
export function pdfLib(): typeof PdfLib {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('pdf-lib') as typeof PdfLib;
}
