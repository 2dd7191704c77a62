import PizZip from 'pizzip';
import { readDocxText } from './docx-text';
import { docxTables } from './docx-tables';

const words = (texts: Iterable<string>) => [
  ...new Set(
    [...texts]
      .join(' ')
      .replace(/\[\^\d+\]/g, ' ')
      .split(/\s+/)
      .filter(Boolean),
  ),
];

/** Every distinct word a reader sees in a Word file: body, table cells and footnotes. */
export function docxWords(bytes: Buffer): string[] {
  const read = readDocxText(bytes);
  return words([...read.body.map((p) => p.text), ...read.footnotes.values()]);
}

/** Every distinct word of the tables of a Word file. */
export function docxTableWords(bytes: Buffer): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  return words(docxTables(xml).flatMap((t) => t.flatMap((row) => row.map((c) => c.text))));
}
