/** The opening marker of the part `npm run <command>` writes. */
export const beginMarker = (command = 'docs:data'): string =>
  `<!-- BEGIN GENERATED: npm run ${command} -->`;
export const BEGIN = beginMarker();
export const END = '<!-- END GENERATED -->';

/** The document with the text between the two markers replaced. */
export function replaceGenerated(doc: string, generated: string, command = 'docs:data'): string {
  const BEGIN = beginMarker(command);
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error('generated-section markers not found');
  return doc.slice(0, start + BEGIN.length) + '\n\n' + generated + '\n' + doc.slice(end);
}

/** The text between the markers. */
export function generatedPart(doc: string, command = 'docs:data'): string {
  const BEGIN = beginMarker(command);
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  return doc.slice(start + BEGIN.length, end).trim() + '\n';
}
