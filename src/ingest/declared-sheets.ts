import { posix } from 'node:path';
import PizZip from 'pizzip';
import { unescapeXml } from '../ooxml/escape-xml';

/** A sheet as the workbook lists it, and the part (file in the zip) that should hold it. */
export interface DeclaredSheet {
  readonly name: string;
  readonly part: string;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/**
 * The sheets `xl/workbook.xml` lists, with their parts resolved through the workbook's
 * relationships. exceljs silently drops a listed sheet whose part is missing (or not named as
 * it expects): comparing with this list tells the official. Empty when the list cannot be read
 * (exceljs, which read the workbook, is then the judge).
 */
export function declaredSheets(workbook: Buffer): DeclaredSheet[] {
  try {
    const zip = new PizZip(workbook);
    const book = zip.file('xl/workbook.xml')?.asText() ?? '';
    const rels = zip.file('xl/_rels/workbook.xml.rels')?.asText() ?? '';
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const id = attribute(m[0], 'Id');
      const target = attribute(m[0], 'Target');
      if (id && target)
        targets.set(id, target.startsWith('/') ? target.slice(1) : posix.join('xl', target));
    }
    return [...book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].flatMap((m) => {
      const name = attribute(m[0], 'name');
      const id = attribute(m[0], 'r:id') ?? attribute(m[0], '\\w+:id');
      return name === undefined
        ? []
        : [{ name: unescapeXml(name), part: targets.get(id ?? '') ?? '' }];
    });
  } catch {
    return [];
  }
}

/**
 * Bytes of XML (uncompressed, as the zip declares them: the zip guard has checked that they do
 * not lie) that exceljs would parse: every .xml part of the workbook.
 */
export function workbookXmlBytes(workbook: Buffer): number {
  try {
    const zip = new PizZip(workbook);
    return Object.values(zip.files)
      .filter((f) => !f.dir && /\.(xml|rels)$/i.test(f.name))
      .reduce(
        (n, f) =>
          n +
          ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ??
            0),
        0,
      );
  } catch {
    return 0;
  }
}
