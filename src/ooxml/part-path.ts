/**
 * Paths inside a package (OPC part names), without node:path: "/" always, no drive, no leading
 * slash, and ".." never climbs above the package's root.
 */

/** The folder of a part: "word" for "word/document.xml", "" for a part at the root. */
export const partFolder = (part: string): string =>
  part.slice(0, Math.max(0, part.lastIndexOf('/')));

/** The file name of a part: "document.xml" for "word/document.xml". */
export const partName = (part: string): string => part.slice(part.lastIndexOf('/') + 1);

/** Segments joined and normalised: "word" + "../customXml/item1.xml" is "customXml/item1.xml". */
export function joinPartPath(...segments: readonly string[]): string {
  const out: string[] = [];
  for (const segment of segments.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}
