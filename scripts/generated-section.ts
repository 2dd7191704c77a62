export const BEGIN = '<!-- BEGIN GENERATED: npm run docs:data -->';
export const END = '<!-- END GENERATED -->';

/** The document with the text between the two markers replaced. */
export function replaceGenerated(doc: string, generated: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error('generated-section markers not found');
  return doc.slice(0, start + BEGIN.length) + '\n\n' + generated + '\n' + doc.slice(end);
}

/** The text between the markers. */
export function generatedPart(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return doc.slice(start + BEGIN.length, end).trim() + '\n';
}
