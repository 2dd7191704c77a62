import type PizZip from 'pizzip';

/**
 * Removes footnotes nobody points at any more (their mark sat in a condition that was false,
 * or the content file did not place it), so the document carries no orphaned note.
 */
export function dropUnusedFootnotes(zip: PizZip): void {
  const doc = zip.file('word/document.xml')?.asText() ?? '';
  const notes = zip.file('word/footnotes.xml')?.asText();
  if (notes === undefined) return;
  const used = new Set([...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]));
  const kept = notes.replace(
    /<w:footnote w:id="(\d+)">[\s\S]*?<\/w:footnote>/g,
    (whole, id: string) => (used.has(id) ? whole : ''),
  );
  zip.file('word/footnotes.xml', kept);
}
