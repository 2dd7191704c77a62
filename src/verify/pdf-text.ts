import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF (pages `first` to `last`, 1-based, when given) as poppler's pdftotext reads
 * it: what a reader's copy and paste, or a search in the viewer, would find.
 */
export function pdfText(pdf: Uint8Array, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  const r = spawnSync('pdftotext', [...range, '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  return r.stdout;
}

// Line breaks and table layout move words apart and pdftotext joins a word broken at its
// hyphen ("NĐ-" + "CP" reads "NĐCP"), so words are looked for with spaces and hyphens taken
// out of both sides.
const compact = (s: string) => s.normalize('NFKC').replace(/[\s\u00ad-]+/g, '');

/** The words of `words` that `text` does not show. */
export function missingWords(words: readonly string[], text: string): string[] {
  const flat = compact(text);
  return words.filter((w) => !flat.includes(compact(w)));
}
