import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { SaxesParser } from 'saxes';
import { readDocxText } from '../../src/ooxml/docx-text';

/** The XML parts of a .docx or .xlsx (every .xml and .rels entry), by name. */
export function xmlParts(bytes: Buffer): Map<string, string> {
  const zip = new PizZip(bytes);
  return new Map(
    Object.values(zip.files)
      .filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))
      .map((f) => [f.name, f.asText()]),
  );
}

/** The first well-formedness error of an XML text (strict XML 1.0 parser), or null. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** What makes a Word file's structure: paragraphs, tables, rows, footnote marks, per part. */
export function docxStructure(bytes: Buffer): Record<string, Record<string, number>> {
  const count = (xml: string, tag: RegExp) => xml.match(tag)?.length ?? 0;
  const out: Record<string, Record<string, number>> = {};
  for (const [name, xml] of xmlParts(bytes))
    if (/^word\/(document|footnotes)\.xml$/.test(name))
      out[name] = {
        paragraphs: count(xml, /<w:p[ >]/g),
        tables: count(xml, /<w:tbl>/g),
        rows: count(xml, /<w:tr[ >]/g),
        footnoteReferences: count(xml, /<w:footnoteReference /g),
        footnotes: count(xml, /<w:footnote /g),
      };
  return out;
}

/** All the text a reader of a Word file sees: body paragraphs and footnotes. */
export function docxText(bytes: Buffer): string {
  const { body, footnotes } = readDocxText(bytes);
  return [...body.map((p) => p.text), ...footnotes.values()].join('\n');
}

/** Every cell of every sheet of a workbook, as text. */
export async function workbookText(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts.join('\n');
}
