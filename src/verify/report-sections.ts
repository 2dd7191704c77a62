import type { DocxParagraph } from '../ooxml/docx-model';

const LABEL = /^([A-Z]+|\d+)\./;

/**
 * Splits the report body into its sections by heading style: "A" for part A, "I.6" for point
 * 6 of part I, "II.2", "III", … Text before part A (header, title, opening) is "".
 * Each section's text holds its paragraphs (and those of its sub-points), one per line.
 */
export function reportSections(body: readonly DocxParagraph[]): Map<string, string> {
  const sections = new Map<string, string[]>();
  let top = '';
  let current = '';
  for (const p of body) {
    const label = LABEL.exec(p.text.trim())?.[1];
    if (p.style === 'Muc1' && label) current = top = label === 'B' ? 'B' : label;
    else if (p.style === 'Muc2' && label) current = top = label;
    else if (p.style === 'Muc3' && label) current = `${top}.${label}`;
    const lines = sections.get(current) ?? [];
    lines.push(p.text);
    sections.set(current, lines);
  }
  return new Map([...sections].map(([k, v]) => [k, v.join('\n')]));
}
